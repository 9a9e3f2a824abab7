// The page side of Factmark: extract -> analyse (block by block, viewport first, in slices)
// -> paint -> publish findings; plus the card on hover and keyboard stepping, and
// re-analysis when the page changes. Every listener is tied to an AbortSignal, so turning
// Factmark off (or the extension being reloaded) removes all of it and leaves the page as it was.
import type { Engine } from '../engine';
import type { AsOfSource, ArticleDate } from '../engine/types';
import { isProblem } from '../engine/types';
import type { PageFindings } from '../messaging';
import { createCardHost, type CardHost } from '../ui/card/host';
import { BlockAnalyzer, sentenceAround } from './analyze';
import { extractText, type Extraction } from './extract';
import { hitTest, type HitTarget } from './hit-test';
import { buildRange, createPainter, type Painter } from './paint';
import { watchPage } from './watch';

export type PageAnnotation = PageFindings['annotations'][number];

export interface AnnotatorOptions {
  doc: Document;
  engine: Engine;
  /** Finds the date to judge the page as of from the document and its text (re-run on SPA navigation). */
  findDate(doc: Document, text: string): ArticleDate;
  onlyProblems: boolean;
  /** Called whenever the number of problems may have changed (the toolbar badge). */
  onFindings(findings: PageFindings): void;
  /** The reader asked to report a problem with this annotation. */
  onReport(annotation: PageAnnotation, findings: PageFindings): void;
}

export interface Annotator {
  findings(): PageFindings;
  reveal(id: number): boolean;
  overrideAsOf(asOf: string | null): Promise<PageFindings>;
  setOnlyProblems(onlyProblems: boolean): void;
  /** Re-reads the page now (SPA navigation); resolves when painted. */
  refresh(options?: { redate?: boolean }): Promise<void>;
  /** Resolves once the current analysis pass is painted (tests, messages). */
  ready(): Promise<void>;
  stop(): void;
}

/** Blocks beyond which viewport-first ordering is worth its layout reads. */
const VIEWPORT_FIRST_MIN_BLOCKS = 40;
const HOVER_OPEN_MS = 180;
const HOVER_CLOSE_MS = 350;

export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { doc, engine } = options;
  const win = doc.defaultView as Window & typeof globalThis;
  const controller = new AbortController();
  const { signal } = controller;
  const analyzer = new BlockAnalyzer(engine);
  const painter: Painter = createPainter(doc);

  let onlyProblems = options.onlyProblems;
  // Found on the first pass (the dateline needs the extracted text), again after SPA navigation.
  let detected: ArticleDate | null = null;
  let override: string | null = null;
  let extraction: Extraction = { text: '', segments: [], blocks: [] };
  let annotations: PageAnnotation[] = [];
  /** Painted annotations with their live ranges, in document order (what hover and keys reach). */
  let targets: HitTarget[] = [];
  let pass = 0;
  let passController: AbortController | null = null;
  let current: Promise<void> = Promise.resolve();
  let lastProblems = -1;

  const asOf = (): ArticleDate =>
    override ? { asOf: override, asOfSource: 'flag' as AsOfSource } : (detected ?? { asOf: new Date().toISOString().slice(0, 10), asOfSource: 'today' });

  const findings = (): PageFindings => ({
    url: win.location.href,
    title: doc.title,
    asOf: asOf().asOf,
    asOfSource: asOf().asOfSource,
    annotations,
  });

  const card: CardHost = createCardHost(doc, {
    onKeydown: (event) => handleStepKey(event),
  });

  // ---- analysis passes ------------------------------------------------------------------

  const blockOrder = (ex: Extraction): number[] | undefined => {
    if (ex.blocks.length < VIEWPORT_FIRST_MIN_BLOCKS) return undefined;
    // Distance of each block's first node from the viewport: what the reader sees comes first.
    const vh = win.innerHeight;
    let s = 0;
    const distance = ex.blocks.map((block) => {
      while (s < ex.segments.length && ex.segments[s].end <= block.start) s++;
      const element = ex.segments[s]?.node.parentElement;
      if (!element) return Number.MAX_SAFE_INTEGER;
      const rect = element.getBoundingClientRect();
      return rect.bottom < 0 ? -rect.bottom : rect.top > vh ? rect.top - vh : 0;
    });
    return ex.blocks.map((_, i) => i).sort((a, b) => distance[a] - distance[b]);
  };

  const paint = (ex: Extraction, found: PageAnnotation[]) => {
    const visible = onlyProblems ? found.filter((a) => isProblem(a.verdict)) : found;
    const items: Array<{ annotation: PageAnnotation; range: Range }> = [];
    for (const annotation of visible) {
      const range = buildRange(doc, ex, annotation.start, annotation.end);
      if (range) items.push({ annotation, range });
    }
    const openId = card.openId;
    const painted = painter.paint(items.map(({ annotation, range }) => ({ verdict: annotation.verdict, range })));
    targets = items.map(({ annotation }, i) => ({ id: annotation.id, range: painted[i] }));
    watcher.discardPending(); // fallback wrapping is our own mutation
    if (openId != null) {
      const still = targets.find((t) => t.id === openId);
      if (still) card.reanchor(still.range);
      else card.close();
    }
  };

  // Ids stay the same across passes for the same claim (verdict, quote, n-th occurrence), so a
  // re-render keeps an open card open and the popup's ids keep pointing at the same text.
  const ids = new Map<string, number>();
  let nextId = 1;
  const toPageAnnotations = (ex: Extraction, found: ReturnType<BlockAnalyzer['analyzeAll']>): PageAnnotation[] => {
    const seen = new Map<string, number>();
    return found.map((a) => {
      const base = `${a.verdict}|${a.quote}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const key = `${base}|${n}`;
      let id = ids.get(key);
      if (id == null) ids.set(key, (id = nextId++));
      return { ...a, id, sentence: sentenceAround(ex.text, a.start, a.end) };
    });
  };

  const publish = () => {
    const problems = annotations.filter((a) => isProblem(a.verdict)).length;
    options.onFindings(findings());
    lastProblems = problems;
  };

  const runPass = async () => {
    const mine = new AbortController();
    passController = mine;
    const id = ++pass;
    // The card host and fallback marks are skipped by extraction; the walk is a single pass.
    const ex = extractText(doc.body ?? doc.documentElement, { exclude: card.element });
    detected ??= options.findDate(doc, ex.text);
    const date = asOf();
    // A date guessed from today cannot make a claim "outdated": the engine needs to know.
    const found = await analyzer.analyzeSliced(ex, { asOf: date.asOf, dateCertain: date.asOfSource !== 'today' }, {
      order: blockOrder(ex),
      signal: mine.signal,
      // Paint the first slice (the viewport's blocks) without waiting for the rest.
      onSlice: (partial) => {
        if (id !== pass || signal.aborted) return;
        const sorted = [...partial].sort((a, b) => a.start - b.start);
        extraction = ex;
        annotations = toPageAnnotations(ex, sorted);
        paint(ex, annotations);
      },
    });
    if (!found || id !== pass || signal.aborted) return;
    extraction = ex;
    annotations = toPageAnnotations(ex, found.sort((a, b) => a.start - b.start));
    paint(ex, annotations);
    publish();
  };

  const schedule = (): Promise<void> => {
    // A newer pass supersedes one still running: it stops at its next yield.
    passController?.abort();
    current = current.then(runPass, runPass);
    return current;
  };

  const watcher = watchPage(doc.body ?? doc.documentElement, () => void schedule(), { signal });

  // ---- hover ------------------------------------------------------------------------------

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let pointer: { x: number; y: number } | null = null;
  let frame = 0;
  let openedByKeyboard = false;

  const openCard = (target: HitTarget, focus: boolean) => {
    const annotation = annotations.find((a) => a.id === target.id);
    if (!annotation) return;
    const index = targets.indexOf(target);
    const { asOf: day, asOfSource } = asOf();
    card.open(
      {
        id: annotation.id,
        annotation,
        asOf: day,
        asOfSource,
        position: focus ? { index, total: targets.length } : undefined,
        onReport: () => options.onReport(annotation, findings()),
        onStep: (direction) => step(direction),
      },
      target.range,
      { focus },
    );
  };

  const onPointer = () => {
    frame = 0;
    if (!pointer) return;
    const hit = hitTest(doc, targets, pointer.x, pointer.y);
    clearTimeout(hoverTimer);
    if (hit) {
      if (hit.id === card.openId) return;
      hoverTimer = setTimeout(() => {
        openedByKeyboard = false;
        openCard(hit, false);
      }, HOVER_OPEN_MS);
    } else if (card.openId != null && !openedByKeyboard) {
      hoverTimer = setTimeout(() => card.close(), HOVER_CLOSE_MS);
    }
  };

  doc.addEventListener(
    'mousemove',
    (event) => {
      if (card.contains(event)) {
        clearTimeout(hoverTimer); // the pointer went onto the card: keep it
        return;
      }
      pointer = { x: event.clientX, y: event.clientY };
      if (!frame) frame = win.requestAnimationFrame(onPointer);
    },
    { passive: true, signal },
  );

  // A click outside the card closes it, like any popover.
  doc.addEventListener('mousedown', (event) => {
    if (card.openId != null && !card.contains(event)) card.close();
  }, { capture: true, signal });

  const follow = () => {
    if (card.openId != null) win.requestAnimationFrame(() => card.reposition());
  };
  win.addEventListener('scroll', follow, { passive: true, capture: true, signal });
  win.addEventListener('resize', follow, { passive: true, signal });

  // ---- keyboard ---------------------------------------------------------------------------

  const step = (direction: 1 | -1) => {
    if (!targets.length) return;
    let index = targets.findIndex((t) => t.id === card.openId);
    if (index < 0) {
      // Start from the first annotation at or below the top of the viewport.
      const first = targets.findIndex((t) => t.range.getBoundingClientRect().bottom >= 0);
      index = direction === 1 ? (first < 0 ? 0 : first) - 1 : first < 0 ? targets.length : first;
    }
    const next = targets[(index + direction + targets.length) % targets.length];
    reveal(next);
  };

  const reveal = (target: HitTarget) => {
    const element = target.range.startContainer.nodeType === 1 ? (target.range.startContainer as Element) : target.range.startContainer.parentElement;
    const rect = target.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    openedByKeyboard = true;
    openCard(target, true);
  };

  const handleStepKey = (event: KeyboardEvent) => {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    if (event.code !== 'KeyJ' && event.code !== 'KeyK') return;
    event.preventDefault();
    step(event.code === 'KeyJ' ? 1 : -1);
  };

  doc.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && card.openId != null) {
      card.close({ restoreFocus: true });
      return;
    }
    handleStepKey(event);
  }, { capture: true, signal });

  // ---- public -------------------------------------------------------------------------------

  void schedule();

  return {
    findings,
    reveal(id) {
      const target = targets.find((t) => t.id === id);
      if (!target) return false;
      reveal(target);
      return true;
    },
    async overrideAsOf(day) {
      override = day;
      await schedule();
      return findings();
    },
    setOnlyProblems(value) {
      onlyProblems = value;
      paint(extraction, annotations);
    },
    async refresh(refreshOptions = {}) {
      if (refreshOptions.redate) detected = null;
      await schedule();
    },
    ready: () => current,
    stop() {
      controller.abort();
      passController?.abort();
      pass++;
      clearTimeout(hoverTimer);
      card.destroy();
      painter.clear();
      targets = [];
      annotations = [];
      if (lastProblems !== 0) options.onFindings(findings());
    },
  };
}
