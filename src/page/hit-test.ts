// From a mouse position to the annotation under it, without a listener on any page node:
// the caret position at the point says which text node and offset the pointer is over, and
// the annotation's client rects confirm the pointer is on the text itself (the caret APIs snap
// to the nearest text even over blank margins).

export interface HitTarget {
  id: number;
  range: Range;
  /** Problems win when annotations nest (an event claim around a title claim). */
  problem: boolean;
  /** Length of the annotated text: the innermost annotation wins among equals. */
  length: number;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  if (typeof withRange.caretRangeFromPoint === 'function') {
    const range = withRange.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 2 && y <= rect.bottom + 2) return true;
  }
  return false;
}

export function hitTest(doc: Document, targets: readonly HitTarget[], x: number, y: number): HitTarget | null {
  if (!targets.length) return null;
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  let best: HitTarget | null = null;
  for (const target of targets) {
    const { range } = target;
    // Cheap containment first, then the rects.
    if (range.startContainer.nodeType === 3 && !range.intersectsNode(caret.node)) continue;
    if (!rectsContain(range, x, y)) continue;
    if (!best || (target.problem && !best.problem) || (target.problem === best.problem && target.length < best.length)) best = target;
  }
  return best;
}
