// Viewport-first painting (src/page/paint-window.ts): on a long list only the annotations near
// the view get ranges and highlights; scrolling paints the ones it comes near; keyboard and
// popup reach any annotation, painting it then; a short list is painted whole.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../src/page/extract';
import type { PaintItem, Painter } from '../../../src/page/paint';
import { createPaintWindow, type Paintable } from '../../../src/page/paint-window';

const VIEW = 900;
const LINE = 100;

function setup(paragraphs: number) {
  const html = Array.from({ length: paragraphs }, (_, i) => `<p>Paragraph ${i} names Mark Rutte.</p>`).join('');
  const { document, window } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  // linkedom's Range has no boundary setters: a minimal one over text nodes.
  (doc as { createRange(): unknown }).createRange = () => {
    const range = {
      startContainer: null as unknown as Text,
      startOffset: 0,
      endContainer: null as unknown as Text,
      endOffset: 0,
      setStart: (node: Text, offset: number) => void Object.assign(range, { startContainer: node, startOffset: offset }),
      setEnd: (node: Text, offset: number) => void Object.assign(range, { endContainer: node, endOffset: offset }),
      get collapsed() {
        return range.startContainer === range.endContainer && range.startOffset === range.endOffset;
      },
      toString: () => range.startContainer.data.slice(range.startOffset, range.endOffset),
    };
    return range;
  };
  let scrollY = 0;
  Object.defineProperty(window, 'innerHeight', { value: VIEW });
  // A laid-out page: paragraph i is LINE px tall, one under the other.
  Array.from(doc.querySelectorAll('p')).forEach((p, i) => {
    (p as unknown as { getBoundingClientRect(): object }).getBoundingClientRect = () => ({
      top: i * LINE - scrollY,
      bottom: (i + 1) * LINE - scrollY,
    });
  });
  const painted: PaintItem[] = [];
  const painter: Painter = {
    mode: 'highlight',
    paint(items) {
      painted.splice(0, painted.length, ...items);
      return items.map((i) => i.range);
    },
    add: (items) => void painted.push(...items),
    clear: () => void painted.splice(0),
  };
  const ex = extractText(doc.body);
  const list: Paintable[] = ex.blocks.map((b, i) => {
    const start = b.start + ex.text.slice(b.start, b.end).indexOf('Mark Rutte');
    return { id: i + 1, start, end: start + 'Mark Rutte'.length, verdict: 'supported', problem: false };
  });
  const paintWindow = createPaintWindow(doc, painter);
  return { paintWindow, painted, ex, list, scrollTo: (y: number) => void (scrollY = y) };
}

const paragraphOf = (item: PaintItem) => Number(/Paragraph (\d+)/.exec(item.range.startContainer.textContent ?? '')![1]);

describe('painting near the view first', () => {
  it('paints the view and its margin on a long list, not the rest', () => {
    const { paintWindow, painted, ex, list } = setup(2_000);
    paintWindow.show(ex, list);
    // The view (9 paragraphs), two screens below it, widened to 150 annotations; nothing far down.
    expect(painted).toHaveLength(150);
    expect(Math.max(...painted.map(paragraphOf))).toBe(149);
    expect(painted.every((p) => p.range.toString() === 'Mark Rutte')).toBe(true);
    expect(paintWindow.list()).toHaveLength(2_000);
  });

  it('moves the painted window with the view, leaving what is far behind', () => {
    const { paintWindow, painted, ex, list, scrollTo } = setup(2_000);
    paintWindow.show(ex, list);
    scrollTo(200); // a little: the window still covers the view, nothing changes
    paintWindow.update();
    expect(Math.min(...painted.map(paragraphOf))).toBe(0);
    scrollTo(100_050); // paragraph 1,000 at the top
    paintWindow.update();
    const now = painted.map(paragraphOf);
    expect(now).toContain(1_000);
    expect(now).toHaveLength(150);
    expect(Math.min(...now)).toBeGreaterThanOrEqual(950);
    expect(Math.max(...now)).toBeLessThan(1_120);
    expect(paintWindow.firstInView()).toBe(1_000);
    expect(paintWindow.targets().map((t) => t.id)).toEqual(now.map((p) => p + 1));
  });

  it('gives any annotation its range on demand (keyboard, popup), painted then', () => {
    const { paintWindow, painted, ex, list } = setup(2_000);
    paintWindow.show(ex, list);
    const target = paintWindow.target(1_500);
    expect(target?.range.toString()).toBe('Mark Rutte');
    expect(painted.map(paragraphOf)).toContain(1_499);
    expect(paintWindow.target(99_999)).toBeNull();
  });

  it('paints a short list whole', () => {
    const { paintWindow, painted, ex, list } = setup(200);
    paintWindow.show(ex, list);
    expect(painted).toHaveLength(200);
  });
});
