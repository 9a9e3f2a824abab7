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
import { createExtractor, type Extraction } from './extract';
import { hitTest, type HitTarget } from './hit-test';
import { buildRange, createPainter, type Painter } from './paint';
import { watchPage } from './watch';

export type PageAnnotation = PageFindings['annotations'][number];
type Found = Omit<PageAnnotation, 'sentence'>;

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
/** Longest stretch of work before giving the main thread back (a long task is 50 ms). */
const SLICE_MS = 25;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
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
  /** This pass's annotations; their sentences are cut only when asked for (findings, report). */
  let annotations: Found[] = [];
  let findingsCache: PageFindings | null = null;
  /** Painted annotations with their live ranges, in document order (what hover and keys reach). */
  let targets: HitTarget[] = [];
  let pass = 0;
  let passController: AbortController | null = null;
  let current: Promise<void> = Promise.resolve();
  let lastProblems = -1;

  const asOf = (): ArticleDate =>
    override ? { asOf: override, asOfSource: 'flag' as AsOfSource } : (detected ?? { asOf: new Date().toISOString().slice(0, 10), asOfSource: 'today' });

  const withSentence = (a: Found): PageAnnotation => ({ ...a, sentence: sentenceAround(extraction.text, a.start, a.end) });
  const findings = (): PageFindings =>
    (findingsCache ??= {
      url: win.location.href,
      title: doc.title,
      asOf: asOf().asOf,
      asOfSource: asOf().asOfSource,
      annotations: annotations.map(withSentence),
    });

  const card: CardHost = createCardHost(doc, {
    onKeydown: (event) => handleStepKey(event),
  });

  // ---- analysis passes ------------------------------------------------------------------

  const blockOrder = (ex: Extraction): number[] | undefined => {
    if (ex.blocks.length < VIEWPORT_FIRST_MIN_BLOCKS) return undefined;
    // Blocks come in document order, which is (nearly always) top-to-bottom order: a binary
    // search finds the first block reaching into the viewport with a dozen rect reads, and
    // the order becomes: from there down, then the blocks above it.
    const elementOf = (i: number) => {
      const start = ex.blocks[i].start;
      let lo = 0;
      let hi = ex.segments.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (ex.segments[mid].end <= start) lo = mid + 1;
        else hi = mid;
      }
      return ex.segments[lo]?.node.parentElement ?? null;
    };
    let lo = 0;
    let hi = ex.blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const rect = elementOf(mid)?.getBoundingClientRect();
      if (rect && rect.bottom < 0) lo = mid + 1;
      else hi = mid;
    }
    const order: number[] = [];
    for (let i = lo; i < ex.blocks.length; i++) order.push(i);
    for (let i = 0; i < lo; i++) order.push(i);
    return order;
  };

  type Item = { annotation: Found; range: Range };

  const visibleOf = (found: Found[]): Found[] => {
    // Fallback only: unwrap the previous marks before building ranges. Unwrapping moves text
    // nodes (same nodes, same text, so the extraction still maps onto them), and a move would
    // collapse any range already built inside them.
    if (painter.mode === 'wrap') painter.clear();
    return onlyProblems ? found.filter((a) => isProblem(a.verdict)) : found;
  };
  const pushItem = (items: Item[], ex: Extraction, annotation: Found) => {
    const range = buildRange(doc, ex, annotation.start, annotation.end);
    if (range) items.push({ annotation, range });
  };

  /**
   * Ranges for the annotations to show, giving the main thread back every SLICE_MS (thousands
   * of ranges on a very long page); null if a newer pass superseded this one. The wrapping
   * fallback builds in one go: its DOM must not change between build and paint.
   */
  const buildItemsSliced = async (ex: Extraction, found: Found[], passSignal: AbortSignal): Promise<Item[] | null> => {
    const visible = visibleOf(found);
    const items: Item[] = [];
    let sliceStart = performance.now();
    for (let i = 0; i < visible.length; i++) {
      if (painter.mode === 'highlight' && (i & 63) === 63 && performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (passSignal.aborted || signal.aborted) return null;
        sliceStart = performance.now();
      }
      pushItem(items, ex, visible[i]);
    }
    return items;
  };

  const applyItems = (items: Item[]) => {
    const openId = card.openId;
    const painted = painter.paint(items.map(({ annotation, range }) => ({ verdict: annotation.verdict, range })));
    targets = items.map(({ annotation }, i) => ({ id: annotation.id, range: painted[i], problem: isProblem(annotation.verdict), length: annotation.end - annotation.start }));
    watcher.discardPending(); // fallback wrapping is our own mutation
    if (openId != null) {
      const still = targets.find((t) => t.id === openId);
      if (still) card.reanchor(still.range);
      else card.close();
    }
  };

  /** Paints at once (a settings change, the first screenful). */
  const paint = (ex: Extraction, found: Found[]) => {
    const items: Item[] = [];
    for (const annotation of visibleOf(found)) pushItem(items, ex, annotation);
    applyItems(items);
  };



  // Ids stay the same across passes for the same claim (verdict, quote, n-th occurrence), so a
  // re-render keeps an open card open and the popup's ids keep pointing at the same text.
  const ids = new Map<string, number>();
  let nextId = 1;
  const toFound = (found: ReturnType<BlockAnalyzer['analyzeAll']>): Found[] => {
    const seen = new Map<string, number>();
    const keys: string[] = [];
    const out = found.map((a) => {
      const base = `${a.verdict}|${a.quote}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      const key = `${base}|${n}`;
      keys.push(key);
      let id = ids.get(key);
      if (id == null) ids.set(key, (id = nextId++));
      return { ...a, id };
    });
    // On an endless page the map would only grow: past twice what the page holds now (plus
    // slack for paragraphs a framework re-renders), keep the current claims' ids only.
    if (ids.size > 2 * keys.length + 1000) {
      const current = new Set(keys);
      for (const key of ids.keys()) if (!current.has(key)) ids.delete(key);
    }
    return out;
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
    // Start in a task of our own: whatever ran before (building the engine, the page's own
    // scripts) must not add up with our first slice into one long task.
    await yieldToPage();
    if (mine.signal.aborted || signal.aborted) return;
    // The card host is skipped by extraction; the walk is one pass, in slices on a huge page
    // (reading ~1 MB of text costs over 100 ms the first time).
    const extractor = createExtractor(doc.body ?? doc.documentElement, { exclude: card.element });
    let sliceStart = performance.now();
    while (!extractor.step(() => performance.now() - sliceStart > SLICE_MS)) {
      await yieldToPage();
      if (mine.signal.aborted || signal.aborted) return;
      sliceStart = performance.now();
    }
    const ex = extractor.result();
    // Each phase starts in a fresh task: the tail of one and the head of the next must not add
    // up to a long task.
    await yieldToPage();
    if (mine.signal.aborted || signal.aborted) return;
    detected ??= options.findDate(doc, ex.text);
    const date = asOf();
    // Each intermediate paint redoes the ranges and highlights of everything found so far, so
    // painting after every slice is quadratic on a long page (npm run bench): paint slices
    // 1, 2, 4, 8…, which keeps the viewport's slice immediate and the total at most twice a paint.
    let slices = 0;
    let nextPaintAt = 1;
    // A date guessed from today cannot make a claim "outdated": the engine needs to know.
    const found = await analyzer.analyzeSliced(ex, { asOf: date.asOf, dateCertain: date.asOfSource !== 'today' }, {
      order: blockOrder(ex),
      signal: mine.signal,
      budgetMs: SLICE_MS,
      // Paint the first slice (the viewport's blocks) without waiting for the rest.
      onSlice: (partial) => {
        if (id !== pass || signal.aborted) return;
        if (++slices < nextPaintAt) return;
        nextPaintAt *= 2;
        const sorted = [...partial].sort((a, b) => a.start - b.start);
        extraction = ex;
        annotations = toFound(sorted);
        findingsCache = null;
        paint(ex, annotations);
      },
    });
    if (!found || id !== pass || signal.aborted) return;
    await yieldToPage();
    if (mine.signal.aborted || signal.aborted) return;
    const final = toFound(found.sort((a, b) => a.start - b.start));
    const items = await buildItemsSliced(ex, final, mine.signal);
    if (!items || id !== pass || signal.aborted) return;
    extraction = ex;
    annotations = final;
    findingsCache = null;
    applyItems(items);
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
    const found = annotations.find((a) => a.id === target.id);
    if (!found) return;
    const annotation = withSentence(found);
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
      findingsCache = null;
      await schedule();
      return findings();
    },
    setOnlyProblems(value) {
      onlyProblems = value;
      paint(extraction, annotations);
    },
    async refresh(refreshOptions = {}) {
      if (refreshOptions.redate) detected = null;
      findingsCache = null;
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
      findingsCache = null;
      if (lastProblems !== 0) options.onFindings(findings());
    },
  };
}
