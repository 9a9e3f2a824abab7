// Paints what the reader can see (issue 13): the annotations in the viewport and a margin around
// it have ranges and highlights, the others get them as the reader scrolls near them, and those
// left far behind lose theirs. On a page dense with names that is a few dozen live ranges instead
// of thousands: less work while the page loads, and a cheap change when the window moves
// (Chromium revalidates every range of every highlight when any highlight changes, so adding to
// a set of thousands costs in proportion to the thousands). The badge and the popup count every
// annotation, painted or not.
//
// Where an annotation is on screen comes from its paragraph's box (one getBoundingClientRect
// of an element, which costs no layout on a page already laid out), found by binary search over
// the annotations in document order: text in document order runs down the page. A page laid
// out otherwise (a sidebar first in the DOM but shown beside the article) gets its marks a
// little later, as the reader scrolls past them in document order; short lists are painted whole.
import { toDomPosition, type Extraction } from './extract';
import type { HitTarget } from './hit-test';
import { buildRange, type Painter } from './paint';
import type { Verdict } from '../engine/types';

/** Lists this short are painted whole, at once. */
const PAINT_ALL_BELOW = 300;
/** How far beyond the viewport to paint, in viewport heights: above it, and below it (where reading goes). */
const MARGIN_ABOVE = 1;
const MARGIN_BELOW = 2;
/** How far beyond the viewport must be painted before the window moves (less than the margins: it moves seldom). */
const NEED_ABOVE = 0.25;
const NEED_BELOW = 1;
/**
 * The window holds at least this many annotations (more below the view than above): on a page
 * where every line names someone the margins alone hold a few dozen, and the next screens'
 * marks should already be there when the reader gets to them. Still few enough that moving the
 * window costs little.
 */
const WINDOW_MIN = 150;

export interface Paintable {
  id: number;
  start: number;
  end: number;
  verdict: Verdict;
  problem: boolean;
}

export interface PaintWindow {
  /** Replaces what is painted: `list` (sorted by start, offsets into `ex`), near the view now, the rest later. */
  show(ex: Extraction, list: readonly Paintable[]): void;
  /** Moves the painted window to the view if the view has come near its edge (call after a scroll or a resize). */
  update(): void;
  /** The painted annotations, in document order: what the pointer can reach. */
  targets(): HitTarget[];
  /** An annotation's target, painted now if it was not (keyboard stepping, the popup); null when it maps to no text. */
  target(id: number): HitTarget | null;
  /** The index in the list of the first annotation at or below the top of the viewport (-1 if none). */
  firstInView(): number;
  /** The annotations shown, in order. */
  list(): readonly Paintable[];
  clear(): void;
}

export function createPaintWindow(doc: Document, painter: Painter): PaintWindow {
  const win = doc.defaultView as Window & typeof globalThis;
  let ex: Extraction = { text: '', segments: [], blocks: [] };
  let list: readonly Paintable[] = [];
  /** Painted annotations by index in `list` (null: it maps to no text). */
  let painted = new Map<number, HitTarget | null>();
  /** The window painted: [from, to) of `list`, plus annotations painted on demand. */
  let window_: [number, number] = [0, 0];
  let byId = new Map<number, number>();
  let elements: Array<Element | null | undefined> = [];
  let paintedList: HitTarget[] | null = null;
  let whole = false;

  const elementOf = (i: number): Element | null => {
    let element = elements[i];
    if (element === undefined) {
      const at = toDomPosition(ex, list[i].start, 'start');
      element = elements[i] = at?.node.parentElement ?? null;
    }
    return element;
  };
  /** The box of annotation i's paragraph, viewport-relative; null without layout (or without an element). */
  const box = (i: number): { top: number; bottom: number } | null => {
    const element = elementOf(i);
    return element && typeof element.getBoundingClientRect === 'function' ? element.getBoundingClientRect() : null;
  };
  /** First index whose `test` holds, for a test that holds from some index on (binary search). */
  const firstWhere = (test: (i: number) => boolean, from = 0): number => {
    let lo = from;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (test(mid)) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  /** [from, to): the annotations within `above` and `below` viewport heights of the view. */
  const near = (above: number, below: number): [number, number] => {
    const height = win.innerHeight || 0;
    if (!height || !box(0)) return [0, list.length]; // no layout to ask (a test's DOM): everything
    const from = firstWhere((i) => (box(i)?.bottom ?? 0) >= -above * height);
    const to = firstWhere((i) => (box(i)?.top ?? 0) > height * (1 + below), from);
    return [from, to];
  };

  /** [from, to) grown to WINDOW_MIN annotations: a quarter of the growth above, the rest below. */
  const widened = ([from, to]: [number, number]): [number, number] => {
    const missing = WINDOW_MIN - (to - from);
    if (missing <= 0) return [from, to];
    const start = Math.max(0, from - (missing >> 2));
    return [start, Math.min(list.length, Math.max(to, start + WINDOW_MIN))];
  };

  const build = (i: number): HitTarget | null => {
    const a = list[i];
    const range = buildRange(doc, ex, a.start, a.end);
    return range && { id: a.id, range, problem: a.problem, length: a.end - a.start };
  };

  /** Paints [from, to) and nothing else, keeping the ranges already built there. */
  const paintWindow = (from: number, to: number) => {
    const next = new Map<number, HitTarget | null>();
    const items: Array<{ verdict: Verdict; range: Range }> = [];
    const indexes: number[] = [];
    for (let i = from; i < to; i++) {
      const target = painted.has(i) ? painted.get(i)! : build(i);
      next.set(i, target);
      if (target) {
        items.push({ verdict: list[i].verdict, range: target.range });
        indexes.push(i);
      }
    }
    // (the wrapping fallback moves text into new nodes: its ranges are the painted ones)
    const ranges = painter.paint(items);
    indexes.forEach((i, k) => (next.get(i)!.range = ranges[k]));
    painted = next;
    window_ = [from, to];
    paintedList = null;
  };

  return {
    show(nextEx, nextList) {
      ex = nextEx;
      list = nextList;
      painted = new Map();
      elements = new Array(list.length);
      byId = new Map(list.map((a, i) => [a.id, i]));
      whole = painter.mode === 'wrap' || list.length < PAINT_ALL_BELOW;
      if (whole) paintWindow(0, list.length);
      else paintWindow(...widened(near(MARGIN_ABOVE, MARGIN_BELOW)));
    },
    update() {
      if (whole || !list.length) return;
      const [from, to] = near(NEED_ABOVE, NEED_BELOW);
      // (at either end of the list the window cannot reach further: nothing is missing there)
      if (from >= window_[0] && to <= window_[1]) return;
      paintWindow(...widened(near(MARGIN_ABOVE, MARGIN_BELOW)));
    },
    targets() {
      if (!paintedList) {
        paintedList = [];
        for (const i of [...painted.keys()].sort((a, b) => a - b)) {
          const target = painted.get(i);
          if (target) paintedList.push(target);
        }
      }
      return paintedList;
    },
    target(id) {
      const i = byId.get(id);
      if (i == null) return null;
      if (!painted.has(i)) {
        const target = build(i);
        painted.set(i, target);
        if (target) painter.add([{ verdict: list[i].verdict, range: target.range }]);
        paintedList = null;
      }
      return painted.get(i) ?? null;
    },
    firstInView() {
      if (!list.length) return -1;
      if (!box(0)) return 0;
      const i = firstWhere((k) => (box(k)?.bottom ?? 0) >= 0);
      return i < list.length ? i : -1;
    },
    list: () => list,
    clear() {
      painter.clear();
      list = [];
      painted = new Map();
      window_ = [0, 0];
      elements = [];
      byId = new Map();
      paintedList = null;
    },
  };
}
