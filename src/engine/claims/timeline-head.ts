// Round 24: a timeline's day on a line of its own, heading the entry told on the next line ("February 22\n\nIn a televised
// address, Mr Putin said he recognised the “independence” of Donetsk and Luhansk", a day-by-day timeline of March 2022).
// The day is the entry's first sentence's, and only that sentence's: what follows it in the entry may be background of
// another day ("The decision came after Russia deployed tens of thousands of its soldiers near the border").
import type { Doc } from '../doc';
import { findDates, type DateMention } from '../dates';
import { spanIndexAt, type Span } from '../sentences';

// The line may end in a colon or a dash, and may carry a weekday before the day ("Monday, February 21").
const HEAD_REST_RE = /^[ \t]*[:\u2013\u2014-]?[ \t]*$/;
const HEAD_LEAD_RE = /^[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+)?$/i;

/**
 * The day written alone on the line before `s`, when `s` opens its own line (a blank line or a line break between): the
 * timeline's day of the entry `s` opens. Null when `s` is not such an entry's first sentence or the line holds more than a
 * day written out (with its day of the month; no relative day, no range).
 */
export function timelineHeadDay(doc: Doc, s: Span): DateMention | null {
  const i = spanIndexAt(doc.sentences, s.start);
  if (i < 1 || doc.sentences[i].start !== s.start) return null;
  const prev = doc.sentences[i - 1];
  const between = doc.text.slice(prev.end, s.start);
  if (!between.includes('\n') || /\S/.test(between)) return null;
  // The previous sentence is one line: its own line's start and end.
  const lineStart = doc.text.lastIndexOf('\n', prev.start - 1) + 1;
  const head = doc.text.slice(lineStart, prev.end);
  if (head.length > 40 || head.includes('\n')) return null;
  const dates = findDates(doc.text, lineStart, prev.end, { asOf: doc.asOf, past: true });
  if (dates.length !== 1) return null;
  const d = dates[0];
  if (d.granularity !== 'day' || d.relative || (d.through && d.through !== d.first)) return null;
  if (!HEAD_LEAD_RE.test(doc.text.slice(lineStart, d.start)) || !HEAD_REST_RE.test(doc.text.slice(d.end, prev.end))) return null;
  return d;
}
