// The page's text for the first look (src/page/judge.ts), read by walking its text nodes in
// slices (issue 13).
//
// Why not `root.textContent`: it is one native call that cannot be cut, and on the bench's 1 MB
// pages it took 30–55 ms (dense-1mb: 9,500 text nodes; news-1mb: 40,000), a long task of its
// own on every long page. A TreeWalker over the same nodes gave the same string in 4–23 ms (the
// pieces joined; measured in Chromium on one core), and it can stop whenever the slice is used.
// The text is the same: textContent is the data of every Text node under root (CDATA sections
// included) in document order, which is what this walk visits, so offsets into it (the marks,
// src/page/look-offsets.ts) are offsets into textContent.

/** 0x4 | 0x8: NodeFilter.SHOW_TEXT | SHOW_CDATA_SECTION (the constants, so this runs where NodeFilter is not a global). */
const TEXT_NODES = 0x4 | 0x8;

export interface LookText {
  /** Walks on until the text ends (true) or `shouldYield()` says to give the thread back (false). */
  read(shouldYield: () => boolean): boolean;
  /** Characters read so far (the whole text's length once `read` said true). */
  readonly length: number;
  /** The next part of the text read, at least `chars` long unless it is the last; '' when all was taken. */
  take(chars: number): string;
}

export function createLookText(root: Node): LookText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, TEXT_NODES);
  // The nodes' strings, joined only part by part as they are sent: no copy of the whole text.
  const pieces: string[] = [];
  let length = 0;
  let taken = 0;
  let done = false;
  return {
    read(shouldYield) {
      let visited = 0;
      while (!done) {
        const node = walker.nextNode() as CharacterData | null;
        if (!node) {
          done = true;
          break;
        }
        const data = node.data;
        pieces.push(data);
        length += data.length;
        if ((++visited & 255) === 0 && shouldYield()) return false;
      }
      return true;
    },
    get length() {
      return length;
    },
    take(chars) {
      let size = 0;
      const from = taken;
      while (taken < pieces.length && size < chars) size += pieces[taken++].length;
      const part = pieces.slice(from, taken).join('');
      // (what was sent is not needed again: let it go)
      pieces.fill('', from, taken);
      return part;
    },
  };
}
