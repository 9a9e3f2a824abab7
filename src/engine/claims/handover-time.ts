// When a handover happened, told right after it: "Stoltenberg, who led NATO since 2014, handed over to his successor
// Mark Rutte earlier this month" (February 2025; held-out 19 xc203: he handed over on 1 October 2024), "Rutte, who took
// over from Stoltenberg last month", "Grynkewich succeeded Cavoli on July 1".
//
// The succession readers (tenure-succession.ts) confirm who followed whom; this checks the time told with it against the
// day the office changed hands. A time that agrees is named in the confirmation; one that does not takes the
// confirmation away. It is a red flag only when the handover is told as done, the time is plainly the handover's (right
// after the successor, or the office he took), and it is more than a month later than the handover: a handover told as
// recent that was long past. A time told before the handover is never red: an election month is often given for the
// change of government ("Merz succeeded Scholz in February": elected then, sworn in in May).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import type { Tenure } from '../holders';
import { findDates, formatDay, gapDays, type DateMention, type DayRange } from '../dates';

/** How far after the name the time may stand (characters). */
const REACH = 90;
// Between the name and the time: nothing, a comma, or the office taken ("as NATO chief", "as the new defence minister"),
// then the time's own preposition. No clause may open ("who", "and", "after"): the time would be another verb's.
const LEAD_RE = new RegExp(
  String.raw`^\s*,?\s*(?:as\s+(?:[\p{L}\u2019'.-]+\s+){1,6})?(?:(?:in|on|during|at\s+the\s+(?:start|end|beginning)\s+of)\s+)?$`,
  'u',
);
const CLAUSE_RE =
  /\b(?:and|or|but|who|whom|which|that|while|when|where|after|before|since|until|till|by|from|through|then|to|for|with|whose)\b/i;
// A time that bounds rather than dates: "since 2014", "until 2027".
const BOUND_RE = /^(?:since|until|till|by|from|through|after|before)\b/i;
const BOUND_BEFORE_RE = /\b(?:since|until|till|by|from|through|after|before|to|and)\s+$/i;
/** Days a time told may fall after the handover before it is a red flag. */
const LATE_DAYS = 31;

export interface HandoverTold {
  /** The handover is told as done ("handed over", "took over from"), not planned ("will replace"). */
  done: boolean;
  from: Tenure;
  to: Tenure;
}

/** The time told right after `at` (the successor's name, or the office after it), within the sentence. */
function timeAfter(doc: Doc, at: number, sentence: Span): DateMention | null {
  const stop = Math.min(sentence.end, at + REACH);
  const first = findDates(doc.text, at, stop, { asOf: doc.asOf })[0];
  if (!first) return null;
  const lead = doc.text.slice(at, first.start);
  if (!LEAD_RE.test(lead) || CLAUSE_RE.test(lead.replace(/^\s*,?\s*as\s/i, ' '))) return null;
  if (BOUND_RE.test(doc.text.slice(first.start, first.end))) return null;
  return first;
}

/**
 * The succession annotation `a`, checked against the time told right after `at`: unchanged when none is told; the
 * time added when it agrees with the handover; else context, or contradicted when told as done and more than a month
 * after the handover.
 */
export function handoverTimed(doc: Doc, a: Annotation, at: number, sentence: Span, told: HandoverTold): Annotation {
  if (a.verdict !== 'supported') return a;
  const d = timeAfter(doc, at, sentence);
  if (!d) return a;
  const { from, to } = told;
  // What was said: a relative time ("earlier this month") reaches no further than the page's day.
  const said: DayRange = { first: d.first, last: d.relative && d.last > doc.asOf ? doc.asOf : d.last };
  if (said.first > said.last) return a;
  const started: DayRange = { first: to.from, last: to.fromLate };
  const left: DayRange | null = from.until ? { first: from.until, last: from.untilLate ?? from.until } : null;
  // "on 1 October", "in October": a year inferred from the page's day may be the wrong one; the month (and day) are compared.
  const yearless = !d.explicitYear && (d.granularity === 'month' || (d.granularity === 'day' && !d.relative));
  const gap = yearless
    ? sameMonthDay(d, to.from) || (from.until !== null && sameMonthDay(d, from.until))
      ? 0
      : 1
    : Math.min(gapDays(said, started), left ? gapDays(said, left) : Infinity);
  const end = Math.max(a.end, d.end);
  const words = doc.text.slice(d.start, d.end);
  const day = to.from === to.fromLate ? `on ${formatDay(to.from)}` : `in ${formatDay(to.from)}–${formatDay(to.fromLate)}`;
  if (gap === 0) return { ...a, end, quote: doc.text.slice(a.start, end), message: `${a.message.replace(/\.$/, '')}, ${day}.` };
  // Red only for a time the words fix: a year written, or a span counted from the page's day ("earlier this month", "last
  // week"). A weekday or "yesterday" may be counted from a narrated day; a sentence with a year of its own tells of it.
  const fixed = d.explicitYear || d.granularity === 'span' || (d.granularity === 'year' && d.relative);
  const late = fixed && !yearless && said.first > started.last && gap > LATE_DAYS && !otherYearTold(doc, sentence, d);
  const firm =
    told.done &&
    late &&
    doc.dateCertain &&
    to.from === to.fromLate &&
    !to.holder.acting &&
    to.holder.confidence === 'verified' &&
    from.holder.confidence === 'verified';
  return {
    ...a,
    end,
    quote: doc.text.slice(a.start, end),
    verdict: firm ? 'contradicted' : 'context',
    message: firm
      ? `${a.message.replace(/\.$/, '')} ${day}, not ${words} (${formatRange(said)}).`
      : `${a.message.replace(/\.$/, '')} ${day}; the sentence says ${words} (${formatRange(said)}).`,
  };
}

/** Whether a date without its year names the month (and the day, when it has one) of `day`. */
function sameMonthDay(d: DateMention, day: string): boolean {
  if (day.length < 7 || d.first.slice(5, 7) !== day.slice(5, 7)) return false;
  return d.granularity !== 'day' || day.length < 10 || d.first.slice(8, 10) === day.slice(8, 10);
}

/** Another date with its year in the sentence: the sentence may tell of that time. */
function otherYearTold(doc: Doc, sentence: Span, d: DateMention): boolean {
  // A bound ("who led NATO since 2014") dates no event of the sentence.
  return findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).some(
    (x) =>
      x.start !== d.start &&
      x.explicitYear &&
      !BOUND_RE.test(doc.text.slice(x.start, x.end)) &&
      !BOUND_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, x.start - 8), x.start)),
  );
}

function formatRange(r: DayRange): string {
  return r.first === r.last ? formatDay(r.first) : `${formatDay(r.first)} – ${formatDay(r.last)}`;
}
