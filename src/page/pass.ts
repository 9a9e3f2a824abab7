// One reading of the page: read its text, have it judged, and say what was found. No painting
// and no state kept between passes: the annotator (src/page/annotator.ts) owns those.
//
// In order, every step in slices (src/page/yield.ts):
// 1. on a page read for the first time that holds more than a screenful or two of text, that
//    screenful is read first and sent to be judged before anything else (the blocks in view in
//    one request, those below them in another), and handed to `onQuick` as the answers come
//    (the reader sees marks in view before the whole page is judged);
// 2. a first look: the page's whole `textContent` (one native call) goes to the background in
//    parts; the background keeps it and says where the known names and claim words are. A page
//    that names no one stops here;
// 3. the paragraphs holding the marks are read (src/page/extract.ts) and judged. When that is
//    much text, requests name it by offsets into the look the background holds (src/page/
//    look-offsets.ts) rather than sending it again, unless the page changed since the look.
import type { Annotation, ArticleDate } from '../engine/types';
import { createExtractor, createMarkedExtractor, extractText, openShadowHosts, toDomPosition, type Extraction } from './extract';
import { firstLook, judgeBlocks, type Marks, type PageJudge } from './judge';
import { createLookOffsets } from './look-offsets';
import { perfMark } from './perf-marks';
import type { Slicer } from './yield';

/** How much the quick read takes in: a screenful or two of text. */
const QUICK_CHARS = 12_000;
/** Above this, the first look (the whole text in messages) costs more than it can save. */
const LOOK_MAX_CHARS = 8_000_000;
/** The dateline, if the page has one, is within its first few hundred characters (src/engine/article-date.ts reads 300). */
const DATELINE_CHARS = 400;
/**
 * Text read beyond which requests name it in the first look rather than carry it, both in
 * characters and as a share of the page's text: the pass over text-node lengths that finds the
 * offsets walks every text node up to the last one read, so on a page where one paragraph in
 * ten names someone (the 1 MB news page: 40,000 text nodes for ~200,000 characters read) it
 * costs more than sending the text; on a page dense with names it costs a bare walk and saves
 * serialising the whole text a second time.
 */
const BY_LOOK_MIN_CHARS = 150_000;
const BY_LOOK_MIN_SHARE = 0.5;

export const EMPTY_EXTRACTION: Extraction = { text: '', segments: [], blocks: [] };

export interface PassResult {
  ex: Extraction;
  annotations: Annotation[];
}

export interface PassContext {
  root: Element;
  judge: PageJudge;
  /** Factmark's own element to leave out of the reading (the card's host), if any. */
  exclude: Node | null;
  /** This look's number in the session (the background keeps the latest). */
  look: number;
  /** Read the part in view first (the first pass of a page). */
  quickRead: boolean;
  /** Where a quick read of the view starts: null at the top of the page (read from the start). */
  viewportStart(): Node | null;
  /** The date to judge as of; `firstLines` gives the page's first lines, when the pass can tell them (for a dateline). */
  date(firstLines: (() => string) | null): ArticleDate;
  slicer: Slicer;
  /** True when the page's text may have changed since `mark()` was called (src/page/watch.ts). */
  changed: { mark(): void; since(): boolean };
  /** Resolves once the next frame has been rendered, or soon when no frame comes (a hidden tab); absent: no frames to wait for. */
  nextFrame?(): Promise<void>;
  /** True when `node` lies below the viewport (absent: no layout to ask). */
  belowView?(node: Node): boolean;
  /** The part in view, judged, before the rest (only on a quick read): called for the view, then again with the screens below it. */
  onQuick(result: PassResult): void;
}

/**
 * The first of a quick read's blocks that lies below the viewport (binary search: text in
 * document order runs down the page), or all of them when the page has no layout to ask.
 */
function firstBelowView(ex: Extraction, belowView: (node: Node) => boolean): number {
  let lo = 0;
  let hi = ex.blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = toDomPosition(ex, ex.blocks[mid].start, 'start');
    if (at && belowView(at.node)) hi = mid;
    else lo = mid + 1;
  }
  return lo || ex.blocks.length;
}

/** Reads and judges the page; null when superseded (a newer pass started, or Factmark stopped). */
export async function readAndJudge(ctx: PassContext): Promise<PassResult | null> {
  const { root, judge, slicer } = ctx;
  perfMark('pass-queued');
  // Start in a task of our own: whatever ran before (the page's own scripts) must not add up
  // with our first slice into one long task. Not on a first reading of a loaded page: the
  // content script starts it from a task of its own (after its settings read), and waiting would
  // queue the quick read of the view behind whatever the page queued meanwhile, where its round
  // trip to the background could have run beside it. A page still loading gets its load event
  // first: the quick read asks for layout, which on a 9 MB page would hold that event up.
  const loading = (root.ownerDocument ?? document).readyState !== 'complete';
  if ((!ctx.quickRead || loading) && !(await slicer.yieldNow())) return null;
  perfMark('pass');
  let quick: { ex: Extraction; inView: Annotation[]; rest: Promise<Annotation[] | null> | null } | null = null;
  if (ctx.quickRead) {
    // The screenful in view, before anything else: sent straight away, with no first look at
    // it before (one round trip to the background less before the first marks). On a page
    // that names no one in its first screens that costs reading ~12,000 characters (about a
    // millisecond) for an empty answer. A page with less text than that is read whole at once.
    const startAt = ctx.viewportStart();
    const reader = createExtractor(root, { exclude: ctx.exclude, startAt, maxChars: QUICK_CHARS });
    reader.step(() => false);
    const ex = reader.result();
    perfMark('quick-extracted');
    if (ex.blocks.length && (startAt || ex.text.length >= QUICK_CHARS)) {
      // Read from the top, the quick text begins like the whole text: its dateline is the page's.
      const date = ctx.date(startAt ? null : () => ex.text);
      // Two requests: the blocks in view, then the rest of the quick read. The background
      // judges a page dense with claims at some 100 K characters a second, so the view alone
      // comes back in a fraction of the time the whole quick read would take. The rest is sent
      // only once the view's answer is in: sent together, the background ran both before the
      // first answer reached the page (measured: the view's reply came after the rest was judged).
      const split = ctx.belowView ? firstBelowView(ex, ctx.belowView) : ex.blocks.length;
      const inView = judgeBlocks(judge, { ...ex, blocks: ex.blocks.slice(0, split) }, date);
      perfMark('quick-sent');
      const below = split < ex.blocks.length ? { ...ex, blocks: ex.blocks.slice(split) } : null;
      quick = { ex, inView: [], rest: null };
      // Nothing else until the view's answer is painted: the page's own tasks (its first
      // layout, on a long page) run while the background judges, and nothing of ours (the
      // whole text, the first look's messages) stands between that answer and the paint.
      const found = await inView;
      perfMark('quick-reply');
      // (the reply came in a task of its own: painting it at once adds to no one's long task)
      if (!found || !slicer.resumed()) return null;
      ctx.onQuick({ ex, annotations: (quick.inView = found) });
      if (below) {
        quick.rest = judgeBlocks(judge, below, date);
        quick.rest.catch(() => undefined); // handled where it is awaited
      }
      // Let the frame that shows them come before more of our work: the browser does not put
      // rendering ahead of the tasks queued before it, and the whole text and the first look's
      // messages would otherwise stand between the marks and the screen.
      if (ctx.nextFrame) await ctx.nextFrame();
      if (!(await slicer.yieldNow())) return null;
    }
  }
  // (textContent also holds script and style text: a name there marks nothing the walk reads.)
  // One native call of 30–55 ms on a 1 MB page, in a task of its own. Measured alternatives
  // (docs/benchmarks.md, third round): a walk over the text nodes in slices made the 1 MB page
  // with no names cost twice as much (72 → 140 ms: every node visited gets a wrapper in the
  // content script's world), reading a few hundred subtrees' textContent one by one more still.
  ctx.changed.mark();
  const whole = root.textContent ?? '';
  perfMark('text');
  const look = whole.length <= LOOK_MAX_CHARS ? firstLook(judge, whole, ctx.look, slicer.yieldNow) : Promise.resolve<Marks | null>('all');
  look.catch(() => undefined);
  if (quick?.rest) {
    const rest = await quick.rest;
    if (!rest || !(await slicer.yieldIfUsed())) return null;
    ctx.onQuick({ ex: quick.ex, annotations: [...quick.inView, ...rest] });
  }
  const marks = await look;
  if (marks == null || !(await slicer.yieldIfUsed())) return null;
  perfMark('looked');
  // (the look holds no shadow-root text: a page whose names are all in web components still gets read)
  if (!marks.length && !openShadowHosts(root).length) return { ex: EMPTY_EXTRACTION, annotations: [] };
  // The paragraphs holding the marks (every paragraph when there are too many marks to list).
  const extractor =
    marks === 'all' ? createExtractor(root, { exclude: ctx.exclude }) : createMarkedExtractor(root, marks, { exclude: ctx.exclude });
  while (!extractor.step(slicer.shouldYield)) if (!(await slicer.yieldNow())) return null;
  // Joining the text read (9 MB on a huge page) is not added to a slice already well used.
  if (!(await slicer.yieldIfUsed())) return null;
  const ex = extractor.result();
  // The dateline is in the page's first lines, which the marked reading may leave out.
  const date = ctx.date(() => (marks === 'all' ? ex.text : extractText(root, { exclude: ctx.exclude, maxChars: DATELINE_CHARS }).text));
  let inLook: { look: number; offsets: Int32Array } | undefined;
  if (whole.length <= LOOK_MAX_CHARS && ex.text.length >= Math.max(BY_LOOK_MIN_CHARS, whole.length * BY_LOOK_MIN_SHARE)) {
    const offsets = createLookOffsets(root, ex.segments);
    while (!offsets.step(slicer.shouldYield)) if (!(await slicer.yieldNow())) return null;
    // Offsets into a look of a page that has changed since would name other text.
    if (!ctx.changed.since()) inLook = { look: ctx.look, offsets: offsets.result() };
  }
  if (!(await slicer.yieldIfUsed())) return null;
  const annotations = await judgeBlocks(judge, ex, date, { inLook, yieldNow: slicer.yieldNow });
  if (!annotations) return null;
  return { ex, annotations };
}
