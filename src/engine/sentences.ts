// Sentence boundaries, so that claims stay within the sentence that makes them.
// News text is full of periods that end nothing ("U.S. President", "Oct. 22", "Donald J.
// Trump"), so a period ends a sentence only when the word before it is not an
// abbreviation or an initial and what follows looks like a new sentence.

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'gen',
  'adm',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'sen',
  'rep',
  'gov',
  'st',
  'jr',
  'sr',
  'prof',
  'rev',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'approx',
]);

const BOUNDARY_RE = /[.!?]+["”’')\]]*(?=\s+["“‘(]?[A-Z0-9])|\n+/g;

export function splitSentences(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  let start = from;
  const slice = text.slice(from, to);
  BOUNDARY_RE.lastIndex = 0;
  for (let m = BOUNDARY_RE.exec(slice); m; m = BOUNDARY_RE.exec(slice)) {
    const at = from + m.index;
    if (m[0][0] === '.' && !endsSentence(text, at)) continue;
    const end = at + m[0].length;
    if (end > start) out.push(trim(text, start, end));
    start = end;
  }
  if (start < to) out.push(trim(text, start, to));
  return out.filter((s) => s.end > s.start);
}

function endsSentence(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[A-Za-z]/.test(text[i])) i--;
  const word = text.slice(i + 1, dot);
  // "U.S." and "U.K.": a letter after another period.
  if (text[i] === '.' && word.length <= 2) return false;
  if (word.length === 1 && /[A-Z]/.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Index of the span containing `offset` (binary search over sorted spans), or -1. */
export function spanIndexAt(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= offset) lo = mid + 1;
    else if (spans[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
