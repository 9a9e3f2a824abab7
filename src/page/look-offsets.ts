// Where each text node an extraction read lies in the page's first look (`root.textContent`),
// so a judge request can name its text by offsets into the look the background already holds
// instead of sending the same characters again (src/page/judge.ts, LookPieces).
//
// textContent is every text node's data under root, in document order; a NodeIterator over text
// nodes, adding up their lengths, gives each one's offset. The extraction's segments are in
// document order too, so one pass matches them.
import type { TextSegment } from './extract';

export interface LookOffsets {
  /** Walks on until done (true) or until `shouldYield()` says to give the thread back (false). */
  step(shouldYield: () => boolean): boolean;
  /** For each segment, its node's offset in root.textContent; -1 for one outside root's light DOM (a shadow root's). */
  result(): Int32Array;
}

export function createLookOffsets(root: Node, segments: readonly TextSegment[]): LookOffsets {
  const doc = root.ownerDocument ?? (root as Document);
  const offsets = new Int32Array(segments.length).fill(-1);
  const home = root.getRootNode();
  // 0x4: NodeFilter.SHOW_TEXT (the constant, so this also runs where NodeFilter is not a global).
  const iterator = doc.createNodeIterator(root, 0x4);
  let raw = 0;
  let k = 0;
  /** Skips segments whose node is in a shadow root (read under root, but not in its textContent). */
  const skipForeign = () => {
    while (k < segments.length && segments[k].node.getRootNode() !== home) k++;
  };
  skipForeign();
  let done = k >= segments.length;
  return {
    step(shouldYield) {
      let visited = 0;
      while (!done) {
        const node = iterator.nextNode() as Text | null;
        if (!node) {
          done = true;
          break;
        }
        if (node === segments[k].node) {
          offsets[k++] = raw;
          skipForeign();
          if (k >= segments.length) done = true;
        }
        raw += node.length;
        if ((++visited & 1023) === 0 && shouldYield()) return false;
      }
      return true;
    },
    result: () => offsets,
  };
}
