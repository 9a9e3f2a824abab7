// Round 38 (errors by volume): a step on record told with a weekday that names another day. Pages tell the events of
// the days before them by weekday alone ("Putin announced on Monday that Russia was suspending its participation in the
// New START", held-out 32 fb012, a page of Tuesday 21 February 2023: the address was that Tuesday). The meeting, sanction
// and accession readers weigh a weekday themselves; the readers of the alliance's history (Article 4 and 5 uses,
// arms-control steps, NATO's milestones, invitations, the UN General Assembly's votes) identify the step by what it was
// and confirmed it whatever weekday stood beside it ("Estonia requested NATO Article 4 consultations on Saturday").
//
// The weekday is counted back from the page: the day of that name in the six days up to the page's own. That is the day
// meant whenever the step is within those six days and the page's date is at or after it, so only then is it weighed:
// the record's day (all of its days, at most three) in the week before the page. Read only a weekday inside the claim's
// words, right after them ("on Monday", "Monday", "Wednesday's") or opening the sentence before them ("On Friday, ..."),
// alone in its sentence, with no written day after it ("Monday, March 3": the written day governs), no "last", "this",
// "next", "since", "by", "until", and a sentence in the past (no will, would, could, if, plans, a question).
//
// A weekday that is not the record's day withdraws the confirmation: nothing is said, never a red flag. A day off may be
// another time zone's (an evening in Brussels is the next morning in Asia); a day before the record's may be the
// request's (Estonia asked for Article 4 consultations on Friday 19 September 2025; the Council met on Tuesday 23
// September, the record's day), an arms-control step's announcement or a milestone's first word; a day after it, a later
// step of the same story (the Duma's vote after Putin's address). The Article 4/5 reader itself leaves a weekday after a
// use unconfirmed.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { FactIndex } from '../../facts/load';
import { sentenceOf } from '../doc';
import { formatDay, lastWeekdayOn, toDays } from '../dates';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const ANY_WEEKDAY_RE = /(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/;
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['\u2019]s)?\b/g;
// Words before the weekday that make it another day than the one the step was on, or no one day.
const NOT_THE_DAY_BEFORE_RE =
  /\b(?:last|this|next|coming|since|by|until|till|before|after|from|through|every|each|early|late|following|previous|past)\s+(?:on\s+)?$/i;
// A written day after the weekday ("Monday, March 3", "Monday 3 March", "Tuesday (14 June)").
const WRITTEN_DAY_AFTER_RE =
  /^[\s,(]*(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|^\s*(?:and|or|to|through|[-\u2013\u2014])\s*(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/i;
// A sentence of the future or of a supposition: its weekday may point forward.
const NOT_PAST_RE =
  /\b(?:will|would|could|might|may|shall|if|unless|whether|plans?|planned|planning|expected|expects?|scheduled|set\s+to|due\s+to|is\s+to|are\s+to|going\s+to|intends?|tomorrow)\b|\?/i;

interface Days {
  first: string;
  last: string;
}

/** The days of the records an annotation rests on: the history's dated steps and the events; null when any is not found. */
function recordDays(facts: FactIndex, ids: readonly string[]): Days | null {
  if (!ids.length) return null;
  const h = facts.base.history;
  let first = '';
  let last = '';
  for (const id of ids) {
    const step =
      h?.treatyArticles?.find((s) => s.id === id) ??
      h?.armsControl?.find((s) => s.id === id) ??
      h?.milestones?.find((s) => s.id === id) ??
      h?.accessionSteps?.find((s) => s.id === id);
    const event = step ? undefined : (facts.events.get(id) ?? facts.euMeetings.get(id));
    const a = step ? step.date : event?.start;
    const b = step ? step.date : (event?.end ?? event?.start);
    if (!a || !b || a.length !== 10 || b.length !== 10) return null;
    if (!first || a < first) first = a;
    if (!last || b > last) last = b;
  }
  return toDays(last) - toDays(first) <= 2 ? { first, last } : null;
}

/** The weekday the claim is told on, and where: inside its words or right after them, alone in its sentence. */
function toldWeekday(doc: Doc, a: Annotation): { index: number; name: string } | null {
  const sentence = sentenceOf(doc, a.start);
  if (sentence.end <= sentence.start) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (NOT_PAST_RE.test(text)) return null;
  WEEKDAY_RE.lastIndex = 0;
  const found = [...text.matchAll(WEEKDAY_RE)];
  if (found.length !== 1) return null;
  const m = found[0];
  const at = sentence.start + m.index!;
  const end = at + m[0].length;
  const inside = at >= a.start && end <= a.end;
  const after = at >= a.end && /^[\s,]*(?:on\s+)?$/i.test(doc.text.slice(a.end, at));
  // "On Friday, Estonia requested ...": the weekday opening the sentence, the claim right after it.
  const opening =
    end <= a.start && /^\W*(?:on\s+)?$/i.test(doc.text.slice(sentence.start, at)) && /^\s*,?\s*$/.test(doc.text.slice(end, a.start));
  if (!inside && !after && !opening) return null;
  if (NOT_THE_DAY_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, at - 24), at))) return null;
  if (WRITTEN_DAY_AFTER_RE.test(doc.text.slice(end, end + 24))) return null;
  return { index: WEEKDAYS.indexOf(m[1].toLowerCase() as (typeof WEEKDAYS)[number]), name: m[1] };
}

function judged(doc: Doc, facts: FactIndex, a: Annotation): Annotation {
  if (a.verdict !== 'supported') return a;
  const days = recordDays(facts, a.factIds);
  if (!days || days.last > doc.asOf || toDays(doc.asOf) - toDays(days.first) > 6) return a;
  const told = toldWeekday(doc, a);
  if (!told) return a;
  const day = lastWeekdayOn(doc.asOf, told.index);
  if (day >= days.first && day <= days.last) return a;
  const onRecord = days.first === days.last ? formatDay(days.first) : `${formatDay(days.first)} to ${formatDay(days.last)}`;
  const message = `Another day than the record's: ${told.name} was ${formatDay(day)}, the record's day ${onRecord} (a day off may be another time zone's, a day before the request's or announcement's, a day after a later step's). ${a.message}`;
  return { ...a, verdict: 'context', message };
}

/** `inner`, its confirmations withdrawn where the weekday they are told on names another day than the record's. */
export function withRecordWeekdays(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const found = inner.find(doc, ctx);
      if (!found.length || !ANY_WEEKDAY_RE.test(doc.text)) return found;
      return found.map((a) => judged(doc, ctx.facts, a));
    },
  };
}
