// Sentence boundaries, so that claims stay within the sentence that makes them, and the
// sentence around a claim that the card shows and a report carries: one rule for both.
// News text is full of periods that end nothing ("U.S. President", "Oct. 22", "Gen. Christopher
// Cavoli", "Donald J. Trump"), so a period ends a sentence only when the word before it is not
// an abbreviation or an initial and what follows looks like a new sentence.

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

const BOUNDARY_RE = /[.!?]+["\u201d\u2019')\]]*(?=\s+["\u201c\u2018(]?[A-Z0-9])|\n+/g;

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

/** Longer words before a period are never abbreviations; the look back stops there. */
const LONGEST_ABBREVIATION = 8;

// Character codes, not one-character strings and regular expressions: these run for every
// period and every sentence edge of every paragraph.
const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;
const isAsciiLetter = (code: number): boolean => isUpperAscii(code) || (code >= 97 && code <= 122);
/** What `\s` matches: the ECMAScript white space and line terminators. */
export const isSpace = (code: number): boolean =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 160 ||
  code === 5760 ||
  (code >= 8192 && code <= 8202) ||
  code === 8232 ||
  code === 8233 ||
  code === 8239 ||
  code === 8287 ||
  code === 12288 ||
  code === 65279;

function endsSentence(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && dot - i <= LONGEST_ABBREVIATION && isAsciiLetter(text.charCodeAt(i))) i--;
  const word = text.slice(i + 1, dot);
  // "U.S." and "U.K.": a letter after another period.
  if (text[i] === '.' && word.length <= 2) return false;
  if (word.length === 1 && isUpperAscii(word.charCodeAt(0))) return false;
  // Round 33: an article of a law before its number, "the new Art. 5af of Regulation 833/2014 imposes ...": written large
  // and followed by a digit (lower-case "art." and "Art." before a word may end a sentence).
  if (word === 'Art' && isDigitAfterSpace(text, dot + 1)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

function isDigitAfterSpace(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const code = text.charCodeAt(i);
  return i > at && code >= 48 && code <= 57;
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Index of the span containing `offset` (binary search over sorted spans), or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
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

/** The smallest span covering all the given ones (a loop: lists may be long). */
export function hull(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}

/** Whether two spans share a character (half-open: touching ends do not overlap). */
export const spansOverlap = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

// Built once (speed, round 41): a literal in insideQuotes was a new expression, parsed again, at each call.
const INSIDE_QUOTES_RE = /["\u201c\u201d]/g;
/**
 * Whether words that follow `before` (the sentence up to them) stand inside quotation marks: an odd number of straight or
 * curly double quotes before them opened a quotation that has not closed. Quoted words are someone's, of their own time.
 */
export const insideQuotes = (before: string): boolean => (before.match(INSIDE_QUOTES_RE) ?? []).length % 2 === 1;

/** The most characters `sentenceAround` returns, besides its ellipses. */
export const SENTENCE_WINDOW = 400;

/**
 * The sentence an annotation at [start, end) sits in, within its block of `text` (for the card
 * and for reports): the sentences it overlaps, by the rule the engine splits with, cut to at
 * most `limit` characters around the claim at word boundaries, with "…" where it was cut. Only
 * a window around the claim is read, so neither the work nor the result grows with the
 * paragraph (a page may hold a megabyte with no full stop).
 */
export function sentenceAround(text: string, start: number, end: number, limit = SENTENCE_WINDOW): string {
  const from = Math.max(0, start - limit);
  const to = Math.min(text.length, end + limit);
  let first = start;
  let last = end;
  for (const s of splitSentences(text, from, to)) {
    if (s.end <= start && !(s.end === start && start === end)) continue;
    if (s.start >= end && !(s.start === end && start === end)) break;
    first = Math.min(first, s.start);
    last = Math.max(last, s.end);
  }
  if (last - first <= limit) return text.slice(first, last).trim();
  // Too long: keep the claim (itself cut if it is longer than the limit) and share the rest of
  // the window between both sides, giving one side's unused share to the other.
  if (end - start >= limit) return `${cutAfter(text, start, start + limit)}…`;
  const room = limit - (end - start);
  let left = Math.min(start - first, room >> 1);
  const right = Math.min(last - end, room - left);
  left = Math.min(start - first, room - right);
  const head = first < start - left ? `…${cutBefore(text, start - left, start)}` : text.slice(first, start);
  const tail = end + right < last ? `${cutAfter(text, end, end + right)}…` : text.slice(end, last);
  return `${head}${text.slice(start, end)}${tail}`.trim();
}

/** text[from, to) without the partial word at its start (unless that would leave nothing). */
function cutBefore(text: string, from: number, to: number): string {
  if (from === 0 || /\s/.test(text[from - 1] ?? ' ')) return text.slice(from, to).trimStart();
  const space = text.slice(from, to).search(/\s/);
  return space < 0 ? text.slice(from, to) : text.slice(from + space, to).trimStart();
}

/** text[from, to) without the partial word at its end (unless that would leave nothing). */
function cutAfter(text: string, from: number, to: number): string {
  if (to >= text.length || /\s/.test(text[to] ?? ' ')) return text.slice(from, to).trimEnd();
  const slice = text.slice(from, to);
  const space = Math.max(slice.lastIndexOf(' '), slice.lastIndexOf('\n'), slice.lastIndexOf('\t'));
  return space <= 0 ? slice : slice.slice(0, space).trimEnd();
}
