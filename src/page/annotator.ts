// The page side of Factmark, put together: passes that read and judge the page (src/page/pass.ts),
// painting what is near the view (src/page/paint-window.ts), the card on hover (hover.ts) and
// from the keyboard (keys.ts), and a new pass when the page changes (watch.ts). The card itself
// is the caller's (entrypoints/content.ts passes src/ui/card): this side does not import the UI.
// Every listener is tied to an AbortSignal, so turning Factmark off (or the extension being
// reloaded) removes all of it and leaves the page as it was.
import type { Annotation, AsOfSource, ArticleDate } from '../engine/types';
import { isProblem } from '../engine/types';
import { sentenceAround } from '../engine/sentences';
import type { PageFindings } from '../messaging';
import type { Extraction } from './extract';
import { hitTest } from './hit-test';
import { watchHover } from './hover';
import type { PageJudge } from './judge';
import { createStepping } from './keys';
import { createPainter } from './paint';
import { createPaintWindow, type Paintable } from './paint-window';
import { EMPTY_EXTRACTION, readAndJudge, type PassResult } from './pass';
import { perfMark } from './perf-marks';
import { watchPage } from './watch';
import { createSlicer, taskYielder } from './yield';

export type PageAnnotation = PageFindings['annotations'][number];
type Found = Omit<PageAnnotation, 'sentence'>;

/** What the card shows for one annotation (src/ui/card/Card.tsx's props, minus onClose). */
interface CardContent {
  id: number;
  annotation: PageAnnotation;
  asOf: string;
  asOfSource: AsOfSource;
  rejectedDates?: ArticleDate['rejected'];
  /** "n of m" when reached from the keyboard. */
  position?: { index: number; total: number };
  onReport(): void;
  onStep?(direction: 1 | -1): void;
}

/** What the annotator needs of a card (src/ui/card/host.ts is one). */
interface PageCard {
  readonly element: HTMLElement;
  readonly openId: number | null;
  open(content: CardContent, anchor: Range, options?: { focus?: boolean }): void;
  close(options?: { restoreFocus?: boolean }): void;
  contains(event: Event): boolean;
  reanchor(range: Range): void;
  reposition(): void;
  destroy(): void;
}

/** Makes the card, the first time one opens; `onKeydown` gets the keys typed inside it (stepping from the card). */
type CardFactory = (doc: Document, options: { onKeydown(event: KeyboardEvent): void }) => PageCard;

export interface AnnotatorOptions {
  doc: Document;
  /** Judges the extracted text: the background, over messages (src/page/judge.ts). */
  judge: PageJudge;
  /** Makes the card (src/ui/card/host.ts's createCardHost). */
  card: CardFactory;
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

/** The longest wait for a frame after the view's first marks (a background tab renders none). */
const FRAME_WAIT_MS = 100;
/** The painted window follows the view once scrolling pauses this long… */
const VIEW_QUIET_MS = 100;
/** …or after this long of continuous scrolling. */
const VIEW_MAX_WAIT_MS = 300;

/**
 * Ids stay the same across passes for the same claim (verdict, quote, n-th occurrence): a
 * re-render keeps an open card open and the popup's ids keep pointing at the same text. Cheap on
 * a page of thousands (issue 13): one string key per annotation (the n-th occurrence is an index,
 * not part of the key), and the id is set on the annotation itself, which the pass made for us,
 * rather than on a copy.
 */
export function createIds(): (found: Annotation[]) => Found[] {
  /** verdict|quote → the ids of its first, second, … occurrence. */
  let ids = new Map<string, number[]>();
  let size = 0;
  let nextId = 1;
  return (found) => {
    const seen = new Map<string, number>();
    for (const a of found) {
      const base = `${a.verdict}|${a.quote}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      let list = ids.get(base);
      if (!list) ids.set(base, (list = []));
      if (n >= list.length) {
        list.push(nextId++);
        size++;
      }
      (a as Found).id = list[n];
    }
    // On an endless page the map would only grow: past twice what the page holds now (plus
    // slack for paragraphs a framework re-renders), keep the current claims' ids only.
    if (size > 2 * found.length + 1000) {
      const kept = new Map<string, number[]>();
      size = 0;
      for (const [base, count] of seen) {
        kept.set(base, ids.get(base)!.slice(0, count));
        size += count;
      }
      ids = kept;
    }
    return found as Found[];
  };
}

export function startAnnotator(options: AnnotatorOptions): Annotator {
  const { doc } = options;
  const win = doc.defaultView as Window & typeof globalThis;
  const controller = new AbortController();
  const { signal } = controller;
  const root = doc.body ?? doc.documentElement;
  const painter = createPainter(doc);
  const window_ = createPaintWindow(doc, painter);
  const nextTask = taskYielder(win);
  const toFound = createIds();

  let onlyProblems = options.onlyProblems;
  // Found on the first pass (the dateline needs the extracted text), again after SPA navigation.
  let detected: ArticleDate | null = null;
  let override: string | null = null;
  /** The text the current annotations' offsets point into. */
  let extraction: Extraction = EMPTY_EXTRACTION;
  /** This pass's annotations; their sentences are cut only when asked for (findings, report). */
  let annotations: Found[] = [];
  let findingsCache: PageFindings | null = null;
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

  // ---- the card ---------------------------------------------------------------------------
  // Made the first time a card opens: most pages are read and never hovered, and making it
  // (host element, shadow root, styles, Preact tree) costs a few ms.
  let cardHost: PageCard | null = null;
  let openedByKeyboard = false;
  const card = {
    get element(): HTMLElement | null {
      return cardHost?.element ?? null;
    },
    get openId(): number | null {
      return cardHost?.openId ?? null;
    },
    open: (content: CardContent, anchor: Range, focus: boolean) =>
      (cardHost ??= options.card(doc, { onKeydown: (event) => void stepping.handleStepKey(event) })).open(content, anchor, { focus }),
    close: (closeOptions?: { restoreFocus?: boolean }) => cardHost?.close(closeOptions),
    contains: (event: Event) => cardHost?.contains(event) ?? false,
  };

  const openCard = (id: number, range: Range, position?: { index: number; total: number }) => {
    const found = annotations.find((a) => a.id === id);
    if (!found) return;
    const annotation = withSentence(found);
    const { asOf: day, asOfSource, rejected: rejectedDates } = asOf();
    const content: CardContent = {
      id,
      annotation,
      asOf: day,
      asOfSource,
      rejectedDates,
      position,
      onReport: () => options.onReport(annotation, findings()),
      onStep: (direction) => stepping.step(direction),
    };
    card.open(content, range, position != null);
  };

  // ---- painting ----------------------------------------------------------------------------

  const shown = (found: Found[]): Paintable[] =>
    (onlyProblems ? found.filter((a) => isProblem(a.verdict)) : found).map((a) => ({
      id: a.id,
      start: a.start,
      end: a.end,
      verdict: a.verdict,
      problem: isProblem(a.verdict),
    }));

  /** Makes `found` (offsets into `ex`) the annotations of the page, and paints those near the view. */
  const show = (ex: Extraction, found: Found[]) => {
    extraction = ex;
    annotations = found;
    findingsCache = null;
    const openId = card.openId;
    window_.show(ex, shown(found));
    watcher.discardPending(); // fallback wrapping is our own mutation
    if (openId != null) {
      const still = window_.target(openId);
      if (still) cardHost?.reanchor(still.range);
      else card.close();
    }
  };

  const publish = () => {
    // Only the count: the findings themselves (each with its sentence cut out) are built when
    // the popup asks for them.
    const problems = annotations.filter((a) => isProblem(a.verdict)).length;
    options.onProblems(problems);
    lastProblems = problems;
  };

  // ---- passes ------------------------------------------------------------------------------

  let pass = 0;
  let passController: AbortController | null = null;
  let current: Promise<void> = Promise.resolve();
  let firstPass = true;
  let changesAtMark = 0;

  /** Where a quick read of the viewport starts: null at the top of the page (read from the start). */
  const viewportStart = (): Node | null => {
    if (win.scrollY < win.innerHeight) return null;
    for (const y of [0.15, 0.4, 0.7]) {
      const element = doc.elementFromPoint(win.innerWidth / 2, win.innerHeight * y);
      if (element && element !== root && root.contains(element) && !card.element?.contains(element)) return element;
    }
    return null;
  };

  /** Below the viewport: the top of the node's element past its bottom edge (false without layout). */
  const belowView = (node: Node): boolean => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return !!element && win.innerHeight > 0 && element.getBoundingClientRect().top > win.innerHeight;
  };

  /** The next animation frame (a hidden tab has none: then a short wait). */
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      win.requestAnimationFrame(() => resolve());
      setTimeout(resolve, FRAME_WAIT_MS);
    });

  const runPass = async () => {
    const mine = new AbortController();
    passController = mine;
    const id = ++pass;
    const stale = () => mine.signal.aborted || signal.aborted || id !== pass;
    const quickRead = firstPass;
    firstPass = false;
    try {
      const result = await readAndJudge({
        root,
        judge: options.judge,
        exclude: card.element,
        look: id,
        quickRead,
        viewportStart,
        belowView,
        nextFrame,
        date: (firstLines) => {
          if (firstLines) detected ??= options.findDate(doc, firstLines());
          return asOf();
        },
        slicer: createSlicer(nextTask, stale),
        changed: {
          mark: () => void (changesAtMark = watcher.changes()),
          since: () => watcher.changes() !== changesAtMark,
        },
        onQuick: ({ ex, annotations: found }: PassResult) => {
          if (stale()) return;
          show(ex, toFound(found));
          perfMark('quick-shown');
        },
      });
      if (!result || stale()) return;
      show(result.ex, toFound(result.annotations));
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

  const watcher = watchPage(root, () => void schedule(), { signal });

  // ---- the reader: pointer, keys, scrolling -------------------------------------------------

  const hover = watchHover({
    doc,
    signal,
    card,
    hitTest: (x, y) => hitTest(doc, window_.targets(), x, y),
    open: (target) => {
      openedByKeyboard = false;
      openCard(target.id, target.range);
    },
    openedByKeyboard: () => openedByKeyboard,
  });

  const reveal = (id: number, position?: { index: number; total: number }): boolean => {
    const target = window_.target(id);
    if (!target) return false;
    const node = target.range.startContainer;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const rect = target.range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    openedByKeyboard = true;
    openCard(id, target.range, position ?? { index: window_.list().findIndex((a) => a.id === id), total: window_.list().length });
    return true;
  };

  const stepping = createStepping({
    ids: () => window_.list().map((a) => a.id),
    firstInView: () => window_.firstInView(),
    card,
    reveal: (id, position) => void reveal(id, position),
  });
  doc.addEventListener('keydown', (event) => stepping.onKeydown(event), { capture: true, signal });

  // Scrolling moves the open card's anchor (followed every frame) and brings other annotations
  // near the view: the painted window moves when the scrolling pauses, or every
  // VIEW_MAX_WAIT_MS of continuous scrolling. Not every frame: a change to the highlights makes
  // the browser revalidate them all on the next frame, which a scroll should not pay each time.
  let scrollFrame = false;
  let viewTimer: ReturnType<typeof setTimeout> | undefined;
  let viewWaitingSince = 0;
  const moveWindow = () => {
    viewTimer = undefined;
    viewWaitingSince = 0;
    if (!signal.aborted) window_.update();
  };
  const onView = () => {
    if (!scrollFrame && card.openId != null) {
      scrollFrame = true;
      win.requestAnimationFrame(() => {
        scrollFrame = false;
        if (!signal.aborted && card.openId != null) cardHost?.reposition();
      });
    }
    const now = Date.now();
    viewWaitingSince ||= now;
    clearTimeout(viewTimer);
    viewTimer = setTimeout(moveWindow, Math.max(0, Math.min(VIEW_QUIET_MS, viewWaitingSince + VIEW_MAX_WAIT_MS - now)));
  };
  signal.addEventListener('abort', () => clearTimeout(viewTimer));
  win.addEventListener('scroll', onView, { passive: true, capture: true, signal });
  win.addEventListener('resize', onView, { passive: true, signal });

  // ---- public -------------------------------------------------------------------------------

  void schedule();

  return {
    findings,
    reveal: (id) => reveal(id),
    async overrideAsOf(day) {
      override = day;
      findingsCache = null;
      await schedule();
      return findings();
    },
    setOnlyProblems(value) {
      onlyProblems = value;
      show(extraction, annotations);
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
      hover.cancel();
      cardHost?.destroy();
      window_.clear();
      annotations = [];
      findingsCache = null;
      if (lastProblems !== 0) options.onProblems(0);
    },
  };
}
