// Paints annotations on the page.
//
// With the CSS Custom Highlight API (Chrome 105+, Firefox 140+) a highlight is a set of Ranges
// registered by name and styled through ::highlight(name): the page's DOM is never touched,
// so frameworks, editors and the page's own scripts see exactly the DOM they built. The four
// names are a contract with tests and tools: factmark-supported, -outdated, -contradicted,
// -context. The ::highlight rules ship as the content script's stylesheet (assets/highlights.css).
//
// Only where the API is missing do we wrap text in <factmark-mark> elements, and unwrap them
// before every repaint.
import type { Verdict } from '../engine/types';
import { VERDICTS } from '../engine/types';
import type { Extraction } from './extract';
import { toDomPosition } from './extract';

const HIGHLIGHT_NAMES: Record<Verdict, string> = {
  supported: 'factmark-supported',
  outdated: 'factmark-outdated',
  contradicted: 'factmark-contradicted',
  context: 'factmark-context',
};

/** A highlight above another where two could touch: problems win. */
const PRIORITY: Record<Verdict, number> = { contradicted: 4, outdated: 3, supported: 2, context: 1 };

export interface PaintItem {
  verdict: Verdict;
  range: Range;
}

export interface Painter {
  readonly mode: 'highlight' | 'wrap';
  /** Replaces whatever was painted; returns each item's range as painted (wrapping moves text into new nodes). */
  paint(items: PaintItem[]): Range[];
  /** Adds to what is painted (highlights only: the wrapping fallback paints everything at once). */
  add(items: PaintItem[]): void;
  clear(): void;
}

/** A live Range over [start, end) of the extracted text, or null when it maps to nothing. */
export function buildRange(doc: Document, extraction: Extraction, start: number, end: number): Range | null {
  const from = toDomPosition(extraction, start, 'start');
  const to = toDomPosition(extraction, end, 'end');
  if (!from || !to) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null; // a node changed under us; the next pass will rebuild
  }
  return range.collapsed ? null : range;
}

function supportsHighlights(win: Window & typeof globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && 'highlights' in win.CSS;
}

export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  return supportsHighlights(win) ? createHighlightPainter(win) : createWrappingPainter(doc);
}

function createHighlightPainter(win: Window & typeof globalThis): Painter {
  /** The highlights registered now, by verdict. */
  let current = new Map<Verdict, Highlight>();
  const clear = () => {
    for (const verdict of VERDICTS) win.CSS.highlights.delete(HIGHLIGHT_NAMES[verdict]);
    current = new Map();
  };
  // Ranges go in one by one: `new Highlight(...ranges)` spreads them into arguments, and past
  // some 60,000 of them that throws (the engine's argument limit), leaving the page half painted.
  const addTo = (highlights: Map<Verdict, Highlight>, items: PaintItem[]) => {
    for (const { verdict, range } of items) {
      let highlight = highlights.get(verdict);
      if (!highlight) {
        highlight = new win.Highlight();
        highlight.priority = PRIORITY[verdict];
        highlights.set(verdict, highlight);
      }
      highlight.add(range);
    }
  };
  return {
    mode: 'highlight',
    paint(items) {
      // New highlights filled first and swapped in: no frame shows the page half repainted.
      const next = new Map<Verdict, Highlight>();
      addTo(next, items);
      for (const verdict of VERDICTS) {
        const highlight = next.get(verdict);
        if (highlight) win.CSS.highlights.set(HIGHLIGHT_NAMES[verdict], highlight);
        else win.CSS.highlights.delete(HIGHLIGHT_NAMES[verdict]);
      }
      current = next;
      return items.map((item) => item.range);
    },
    add(items) {
      const fresh = new Map<Verdict, Highlight>();
      for (const { verdict } of items) if (!current.has(verdict) && !fresh.has(verdict)) fresh.set(verdict, new win.Highlight());
      for (const [verdict, highlight] of fresh) {
        highlight.priority = PRIORITY[verdict];
        current.set(verdict, highlight);
        win.CSS.highlights.set(HIGHLIGHT_NAMES[verdict], highlight);
      }
      addTo(current, items);
    },
    clear,
  };
}

/** The fallback: <factmark-mark data-verdict="…"> around each text-node piece of a range. */
function createWrappingPainter(doc: Document): Painter {
  let marks: Element[] = [];
  const clear = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
    }
    marks = [];
  };
  const wrapPiece = (node: Text, from: number, to: number, verdict: Verdict): Element => {
    let piece = node;
    if (to < piece.data.length) piece.splitText(to);
    if (from > 0) piece = piece.splitText(from);
    const mark = doc.createElement('factmark-mark');
    mark.setAttribute('data-verdict', verdict);
    piece.parentNode!.insertBefore(mark, piece);
    mark.appendChild(piece);
    marks.push(mark);
    return mark;
  };
  return {
    mode: 'wrap',
    add() {
      throw new Error('the wrapping painter paints everything at once');
    },
    paint(items) {
      clear();
      // Back to front: splitting a text node keeps earlier offsets valid.
      const painted: Range[] = new Array(items.length);
      const order = items.map((_, i) => i).sort((a, b) => items[b].range.compareBoundaryPoints(Range.START_TO_START, items[a].range));
      for (const i of order) {
        const { range, verdict } = items[i];
        const pieces: Array<[Text, number, number]> = [];
        const walker = doc.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
        let node: Node | null = range.commonAncestorContainer.nodeType === 3 ? range.commonAncestorContainer : walker.nextNode();
        while (node) {
          if (range.intersectsNode(node)) {
            const text = node as Text;
            const from = node === range.startContainer ? range.startOffset : 0;
            const to = node === range.endContainer ? range.endOffset : text.data.length;
            if (to > from) pieces.push([text, from, to]);
          }
          node = node === range.commonAncestorContainer ? null : walker.nextNode();
        }
        const wrapped = pieces
          .reverse()
          .map(([text, from, to]) => wrapPiece(text, from, to, verdict))
          .reverse();
        const out = doc.createRange();
        if (wrapped.length) {
          out.setStartBefore(wrapped[0]);
          out.setEndAfter(wrapped[wrapped.length - 1]);
        }
        painted[i] = out;
      }
      return painted;
    },
    clear,
  };
}
