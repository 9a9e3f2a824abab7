// The page side of Factmark: extract -> analyse (block by block, viewport first, in slices)
// -> paint -> publish findings; plus the card on hover and keyboard stepping, and
// re-analysis when the page changes. Every listener is tied to an AbortSignal, so turning
// Factmark off (or the extension being reloaded) removes all of it and leaves the page as it was.
import type { Annotation, AsOfSource, ArticleDate } from '../engine/types';
import { isProblem } from '../engine/types';
import type { PageFindings } from '../messaging';
import { createCardHost, type CardHost } from '../ui/card/host';
import { sentenceAround } from '../engine/sentences';
import { createExtractor, createMarkedExtractor, extractText, type Extraction } from './extract';
import { hitTest, type HitTarget } from './hit-test';
import { judgeBlocks, type Marks, type PageJudge } from './judge';
import { buildRange, createPainter, type Painter } from './paint';
import { watchPage } from './watch';

export type PageAnnotation = PageFindings['annotations'][number];
type Found = Omit<PageAnnotation, 'sentence'>;

export interface AnnotatorOptions {
  doc: Document;
  /** Judges the extracted text: the background, over messages (src/page/judge.ts). */
  judge: PageJudge;
  /** Finds the date to judge the page as of from the document and its text (re-run on SPA navigation). */
  findDate(doc: Document, text: string): ArticleDate;
  onlyProblems: boolean;
  /** Called with the number of problems (outdated, contradicted) whenever it may have changed (the toolbar badge). */
  onProblems(problems: number): void;
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

/** Pages with more text than this get a quick read of the part in view first. */
const QUICK_MIN_CHARS = 100_000;
/** Text beyond which the judge requests start in a task of their own. */
const REQUEST_SPLIT_CHARS = 1_000_000;
/** How much the quick read takes in: a screenful or two of text. */
const QUICK_CHARS = 12_000;
/** How much of the page's start the first look at the view covers (textContent also holds nav, script and style text). */
const QUICK_LOOK_CHARS = 32_000;
/** Above this, the first look (the whole text in one message) costs more than it can save. */
const PROBE_MAX_CHARS = 8_000_000;
/** The dateline, if the page has one, is within its first few hundred characters (src/engine/article-date.ts reads 300). */
const DATELINE_CHARS = 400;
const EMPTY_EXTRACTION: Extraction = { text: '', segments: [], blocks: [] };
const HOVER_OPEN_MS = 180;
/** Longest stretch of work before giving the main thread back (a long task is 50 ms). */
const SLICE_MS = 25;
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const HOVER_CLOSE_MS = 350;

export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { doc } = options;
  const win = doc.defaultView as Window & typeof globalThis;
  const controller = new AbortController();
  const { signal } = controller;
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
    override
      ? { asOf: override, asOfSource: 'flag' as AsOfSource }
      : (detected ?? { asOf: new Date().toISOString().slice(0, 10), asOfSource: 'today' });

  // A page where the first look found nothing was never read in full, so its dateline is
  // unknown: the popup still shows the date its metadata gives, if any.
  let metadataDate: ArticleDate | null = null;
  const shownDate = (): ArticleDate => (override || detected ? asOf() : (metadataDate ??= options.findDate(doc, '')));

  const withSentence = (a: Found): PageAnnotation => ({ ...a, sentence: sentenceAround(extraction.text, a.start, a.end) });
  const findings = (): PageFindings =>
    (findingsCache ??= {
      url: win.location.href,
      title: doc.title,
      asOf: shownDate().asOf,
      asOfSource: shownDate().asOfSource,
      annotations: annotations.map(withSentence),
    });

  // The card's host element (and its shadow root, styles and Preact tree) is made the first time
  // a card opens: most pages are read and never hovered, and making it costs a few ms.
  let cardHost: CardHost | null = null;
  const card = {
    get element(): HTMLElement | null {
      return cardHost?.element ?? null;
    },
    get openId(): number | null {
      return cardHost?.openId ?? null;
    },
    open: (...args: Parameters<CardHost['open']>) =>
      (cardHost ??= createCardHost(doc, { onKeydown: (event) => handleStepKey(event) })).open(...args),
    close: (...args: Parameters<CardHost['close']>) => cardHost?.close(...args),
    contains: (event: Event) => cardHost?.contains(event) ?? false,
    reanchor: (range: Range) => cardHost?.reanchor(range),
    reposition: () => cardHost?.reposition(),
    destroy: () => cardHost?.destroy(),
  };

  // ---- analysis passes ------------------------------------------------------------------

  const root = doc.body ?? doc.documentElement;
  let firstPass = true;

  /** Where a quick read of the viewport starts: null at the top of the page (read from the start). */
  const viewportStart = (): Node | null => {
    if (win.scrollY < win.innerHeight) return null;
    for (const y of [0.15, 0.4, 0.7]) {
      const element = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight * y);
      if (element && element !== root && root.contains(element) && !card.element?.contains(element)) return element;
    }
    return null;
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
    targets = items.map(({ annotation }, i) => ({
      id: annotation.id,
      range: painted[i],
      problem: isProblem(annotation.verdict),
      length: annotation.end - annotation.start,
    }));
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
  const toFound = (found: Annotation[]): Found[] => {
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
    // Only the count: the findings themselves (each with its sentence cut out) are built when
    // the popup asks for them.
    const problems = annotations.filter((a) => isProblem(a.verdict)).length;
    options.onProblems(problems);
    lastProblems = problems;
  };

  /** Makes `found` this pass's annotations and paints them at once. */
  const show = (ex: Extraction, found: Found[]) => {
    extraction = ex;
    annotations = found;
    findingsCache = null;
    paint(ex, found);
  };

  const runPass = async () => {
    const mine = new AbortController();
    passController = mine;
    const id = ++pass;
    const stale = () => mine.signal.aborted || signal.aborted || id !== pass;
    // Start in a task of our own: whatever ran before (the page's own scripts) must not add up
    // with our first slice into one long task.
    await yieldToPage();
    if (stale()) return;
    try {
      // A first look at the whole page, its text in one native call: the background says where
      // the names are, so the walk below knows which paragraphs to send, and a page that names
      // no one costs no walk at all. (textContent also holds script and style text: a name
      // there marks nothing the walk reads.)
      const whole = root.textContent ?? '';
      // A long page read the first time: the part in view is read, judged and painted before the
      // whole. At the top of the page the view is the start of the text, so a first look at that
      // start (a small message, answered at once) says whether there is anything to paint there;
      // a page that names no one then costs only the two looks.
      let quick: { ex: Extraction; found: Promise<Annotation[]> } | null = null;
      if (firstPass && whole.length > QUICK_MIN_CHARS) {
        const startAt = viewportStart();
        const inView = startAt != null || (await options.judge.firstLook(whole.slice(0, QUICK_LOOK_CHARS))).length > 0;
        if (stale()) return;
        if (inView) {
          const reader = createExtractor(root, { exclude: card.element, startAt, maxChars: QUICK_CHARS });
          reader.step(() => false);
          const ex = reader.result();
          // Read from the top, the quick text begins like the whole text: its dateline is the page's.
          if (!startAt) detected ??= options.findDate(doc, ex.text);
          quick = { ex, found: judgeBlocks(options.judge, ex, asOf()) };
          // (a failure is handled where it is awaited)
          quick.found.catch(() => undefined);
        }
      }
      firstPass = false;
      // Sent after the quick read's request, so the background answers that one first.
      const look = whole.length <= PROBE_MAX_CHARS ? options.judge.firstLook(whole) : Promise.resolve<Marks>('all');
      look.catch(() => undefined);
      if (quick) {
        const found = await quick.found;
        if (stale()) return;
        show(quick.ex, toFound(found));
      }
      const marks = await look;
      if (stale()) return;
      if (!marks.length) {
        show(EMPTY_EXTRACTION, []);
        publish();
        return;
      }
      await yieldToPage();
      if (stale()) return;
      // The whole page. The card host is skipped by extraction; the walk is one pass, in slices
      // on a huge page (reading ~1 MB of text costs tens of ms).
      const extractor =
        marks === 'all' ? createExtractor(root, { exclude: card.element }) : createMarkedExtractor(root, marks, { exclude: card.element });
      let sliceStart = performance.now();
      while (!extractor.step(() => performance.now() - sliceStart > SLICE_MS)) {
        await yieldToPage();
        if (stale()) return;
        sliceStart = performance.now();
      }
      // Joining the text read (9 MB on a huge page) is not added to a slice already well used.
      if (performance.now() - sliceStart > SLICE_MS / 2) {
        await yieldToPage();
        if (stale()) return;
      }
      const ex = extractor.result();
      // The dateline is in the page's first lines, which the marked reading may leave out.
      detected ??= options.findDate(
        doc,
        marks === 'all' ? ex.text : extractText(root, { exclude: card.element, maxChars: DATELINE_CHARS }).text,
      );
      if (ex.text.length > REQUEST_SPLIT_CHARS) {
        // (a huge page: the join above took a task's worth of time; the requests start in the next)
        await yieldToPage();
        if (stale()) return;
      }
      const found = await judgeBlocks(options.judge, ex, asOf());
      if (stale()) return;
      const final = toFound(found);
      const items = await buildItemsSliced(ex, final, mine.signal);
      if (!items || stale()) return;
      extraction = ex;
      annotations = final;
      findingsCache = null;
      applyItems(items);
      publish();
    } catch (error) {
      // The background could not be reached (the extension is being updated) or failed on this
      // text: keep what is painted, say why in the console, and let the next change try again.
      if (!stale()) console.warn('Factmark could not check this page:', error);
    }
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
    const { asOf: day, asOfSource, rejected: rejectedDates } = asOf();
    card.open(
      {
        id: annotation.id,
        annotation,
        asOf: day,
        asOfSource,
        rejectedDates,
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
  doc.addEventListener(
    'mousedown',
    (event) => {
      if (card.openId != null && !card.contains(event)) card.close();
    },
    { capture: true, signal },
  );

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
    const element =
      target.range.startContainer.nodeType === 1 ? (target.range.startContainer as Element) : target.range.startContainer.parentElement;
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

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.openId != null) {
        card.close({ restoreFocus: true });
        return;
      }
      handleStepKey(event);
    },
    { capture: true, signal },
  );

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
      if (refreshOptions.redate) detected = metadataDate = null;
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
      if (lastProblems !== 0) options.onProblems(0);
    },
  };
}
