// A weekday written against a day that is another weekday, in a sentence that tells of no meeting the event reader
// judges: "His inauguration ceremony is scheduled for the afternoon of Friday, December 1" (held-out 14 o108, 22 November
// 2024: 1 December 2024 was a Sunday; the handover was on Friday 29 November). The calendar names the day twice and the
// two disagree, so one of them is wrong whatever the sentence is about. The tight form only, as event.ts reads it in a
// meeting's sentence (`weekdayMismatch`): the weekday right against the date, its year written or the date within weeks
// of a page of certain date, no pair of days or of weekdays.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { findDates } from '../dates';
import { spansOverlap } from '../sentences';
import { weekdayMismatch } from './event';
import { gated, compiledOnFirstRun } from '../triggers';

const WEEKDAY_RE = gated(/\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/);
// A day that is no one's in particular: "every Friday", "Fridays", a weekday told of a recurring schedule.
const RECURRING_RE = compiledOnFirstRun(/\b(?:every|each|on\s+(?:Sundays|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays))\b/i);

function weekdayDays(doc: Doc, out: readonly Annotation[]): Annotation[] {
  const found: Annotation[] = [];
  if (!WEEKDAY_RE.test(doc.text)) return found;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!WEEKDAY_RE.test(text) || RECURRING_RE.test(text)) continue;
    const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
    // Each date alone: the first mismatch of the sentence, then the next.
    for (const d of dates) {
      const a = weekdayMismatch(doc, [d]);
      if (a && !out.some((b) => spansOverlap(b, a)) && !found.some((b) => spansOverlap(b, a))) found.push(a);
    }
  }
  return found;
}

// Round 34 (mined): a text that names no one and no meeting may still set a weekday against a date ("Tuesday evening on
// June 23, 2025", held-out 18 wd308; "a heated confrontation on Friday, March 03, 2025", 22 pd002; "Announcing tough new
// sanctions on Wednesday, February 24th", 27 jg005; o108 above): a weekday and a number let it in.
const WEEKDAY_TRIGGER = {
  words: ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'],
  marks: ['\\d'],
};

/** The event detector, with a weekday that is not its date's in any sentence. */
export function withWeekdayDays(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: [...events.triggers, WEEKDAY_TRIGGER],
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      out.push(...weekdayDays(doc, out));
      return out;
    },
  };
}
