// The page's text for the first look (src/page/judge.ts): `root.textContent`, in one native call,
// then handed out in parts (issue 13).
//
// Measured alternatives, on the bench's 1 MB pages (docs/benchmarks.md, third round): a walk over
// the text nodes, in slices, took the one 30–55 ms task away, but in the content script's world
// every node visited gets a JS wrapper of that world, and a page with no names (where nothing else
// reads the nodes) paid twice what textContent cost (72 → 140 ms of content script); cutting the
// page into a few hundred subtrees and reading each one's textContent cost more still (178 ms).
// The one call stays, in a task of its own (the pass yields before it and after it).

export interface LookText {
  /** Reads the text (true when done; `shouldYield` is for readers that stop part-way). */
  read(shouldYield: () => boolean): boolean;
  /** Characters read so far (the whole text's length once `read` said true). */
  readonly length: number;
  /** The next part of the text read, `chars` long unless it is the last; '' when all was taken. */
  take(chars: number): string;
}

export function createLookText(root: Node): LookText {
  let text: string | null = null;
  let taken = 0;
  return {
    read() {
      text ??= root.textContent ?? '';
      return true;
    },
    get length() {
      return text?.length ?? 0;
    },
    take(chars) {
      const part = (text ?? '').slice(taken, taken + chars);
      taken += part.length;
      return part;
    },
  };
}
