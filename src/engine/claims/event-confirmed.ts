// A claim about an event record confirmed: the record said in words (its days, its place) and the
// annotation that confirms it. One form for every detector that confirms meetings and summits, so
// that the card reads the same whichever phrasing found the event.
import type { Annotation } from '../types';
import { sentenceOf, type Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { Span } from '../sentences';
import { addDays, daysBetween, factRange, findDates, formatDay, gapDays, overlaps, toDays, type DayRange } from '../dates';
import { sourcesOf } from '../holders';
import { testWarm } from '../triggers';

/** The days the record's event took, from its first day's first to its last day's last (a date given as a month or a year is all of it). */
export const eventDays = (e: EventRecord): DayRange => ({ first: factRange(e.start).first, last: factRange(e.end ?? e.start).last });

/** The record's days ("June 24, 2025 – June 25, 2025"), its place's name, and the card's fact line. */
export function describeEvent(doc: Doc, e: EventRecord): { when: string; place: string | undefined; fact: string } {
  const place = e.place ? doc.facts.places.get(e.place)?.name : undefined;
  const when = e.end && e.end !== e.start ? `${formatDay(e.start)} – ${formatDay(e.end)}` : formatDay(e.start);
  return { when, place, fact: `${e.name}: ${when}${place ? `, ${place}` : ''} (${e.status}).` };
}

/**
 * Why a reader confirmed or contradicted an event, where another reader weighs its annotation against its own on the same
 * words: a meeting named by its number ('number') outranks a record matched by its place alone ('place-only'); a false
 * "first since" ('not-first-since') outranks a confirmation of the place or day. Kept beside the annotation (the public
 * Annotation type carries no reason), never read from its message.
 */
export type EventReason = 'number' | 'place-only' | 'not-first-since';
const REASONS = new WeakMap<Annotation, EventReason>();
/** `a`, marked with the reason it was given. */
export function withReason<A extends Annotation>(a: A, reason: EventReason): A {
  REASONS.set(a, reason);
  return a;
}
/** The reason `a` was marked with, if any. */
export const reasonOf = (a: Annotation): EventReason | undefined => REASONS.get(a);

/** The words at `span` confirmed by the record `e`; `fact` and `factIds` default to the record's own. */
export function eventSupported(
  doc: Doc,
  e: EventRecord,
  span: Span,
  message: string,
  more: { fact?: string; factIds?: string[] } = {},
): Annotation {
  return eventAnnotation(doc, e, span, 'supported', message, more);
}

/** The words at `span` contradicted by the record `e` (a caller decides the record is sure enough to say so). */
export function eventContradicted(doc: Doc, e: EventRecord, span: Span, message: string): Annotation {
  return eventAnnotation(doc, e, span, 'contradicted', message);
}

function eventAnnotation(
  doc: Doc,
  e: EventRecord,
  span: Span,
  verdict: 'supported' | 'contradicted',
  message: string,
  more: { fact?: string; factIds?: string[] } = {},
): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict,
    kind: 'event',
    factIds: more.factIds ?? [e.id],
    message,
    fact: more.fact ?? describeEvent(doc, e).fact,
    sources: sourcesOf(e),
  };
}

// How long before a meeting its days are settled. A summit's days are announced a year ahead and
// may be trimmed since ("The 2025 NATO Summit will be held ... from 24 to 26 June 2025", NATO, May
// 2024; it was held on 24-25 June); in its last weeks the programme is out.
const SETTLED_BEFORE_DAYS = 45;

/**
 * A range of days said of a recorded event ("June 24-26") that opens on its days and runs past its
 * last one, on a page written when the days were settled: a wrong last day. Only a range that runs
 * late: sources count the evening of arrival in ("hosted ... on June 23-25"), never a day after
 * everyone has gone home. Only for a record that gives its last day, a range of a few days ("June 24
 * to July 10" tells of more than the meeting), and no other days the record knows of covering it.
 */
export function runsPastLastDay(doc: Doc, e: EventRecord, range: DayRange): boolean {
  if (!e.end || e.end === e.start || doc.asOf < addDays(e.start, -SETTLED_BEFORE_DAYS)) return false;
  const main = eventDays(e);
  const first = { first: range.first, last: range.first };
  if (range.last <= main.last || !overlaps(first, main)) return false;
  if (gapDays(first, { first: range.last, last: range.last }) > 4) return false;
  return !(e.altDates ?? []).some((d) => factRange(d).last >= range.last);
}

/**
 * "the leaders' summit in Vilnius, Lithuania, scheduled for July 10-11" (held-out 18 wb102; it was 11-12 July): a range of
 * days said of a summit of two days or more that opens before its first day and ends before its last, with every day the
 * record adds counted (Madrid's dinner of 28 June 2022): other days, not the evening of arrival counted in. Never a
 * confirmation. `sure` when the days were settled on the page's date (the record's daysAnnounced, else weeks before the
 * summit) and the range's year is certain: told, or within half a year of a page of certain date.
 */
export function shiftedDays(
  doc: Doc,
  e: EventRecord,
  told: { first: string; last: string; explicitYear: boolean; start: number },
): { sure: boolean } | null {
  if (e.kind !== 'summit' || !e.end || e.end === e.start || told.first === told.last) return null;
  const main = eventDays(e);
  let first = main.first;
  let last = main.last;
  for (const d of e.altDates ?? []) {
    const r = factRange(d);
    if (r.first < first) first = r.first;
    if (r.last > last) last = r.last;
  }
  if (!(told.first < first && told.last >= first && told.last < last)) return null;
  const settledOn = e.daysAnnounced ?? addDays(e.start, -SETTLED_BEFORE_DAYS);
  const yearSure = told.explicitYear || (doc.dateCertain && Math.abs(toDays(told.first) - toDays(doc.asOf)) <= 200);
  return {
    sure:
      e.id.startsWith('nato-') &&
      (e.status === 'held' || e.status === 'scheduled') &&
      e.confidence === 'verified' &&
      !e.disputed &&
      doc.dateCertain &&
      doc.asOf >= settledOn &&
      yearSure &&
      !travelDay(doc, told) &&
      !stayOrOwnDays(doc, { first, last }, told),
  };
}

// "Trump was in London on December 2-3 before the NATO leaders' meeting in Watford on December 4" (a true sentence of
// December 2019; the meeting was on 3-4 December, the round-20 look-alike probe): a sentence that tells a day of the
// summit besides tells its days, so the range is something else (a stay, a trip), as is a range told of a stay ("stayed
// in London on", "spent December 2-3 in London").
const STAY_BEFORE_RE = /\b(?:stay(?:ed|s|ing)?|spen(?:t|ds?|ding)|remain(?:ed|s|ing)?)\b[^.;!?]{0,40}$/i;

function stayOrOwnDays(doc: Doc, days: DayRange, told: { start: number }): boolean {
  if (STAY_BEFORE_RE.test(doc.text.slice(Math.max(0, told.start - 50), told.start))) return true;
  const s = sentenceOf(doc, told.start);
  return findDates(doc.text, s.start, s.end, { asOf: doc.asOf }).some(
    (d) => d.start !== told.start && !d.relative && d.granularity === 'day' && overlaps(d, days),
  );
}

// A day told of a journey, not of the meeting: "The Secretary General, Mark Rutte, arrived in The
// Hague on 23 June 2025 to prepare the summit" (the summit was on the 24th and 25th; he came the day
// before). Such a day is never said against the record.
const TRAVEL_BEFORE_RE =
  /\b(?:arriv(?:e|ed|es|ing)|land(?:ed|s|ing)|flew|fl(?:y|ies|ying)\s+(?:in|to|into)|travel(?:l?ed|s|l?ing)?|depart(?:ed|s|ing)?|left|leaves|leaving|return(?:ed|s|ing)?|came|comes|head(?:ed|s|ing)\s+(?:to|for)|set\s+off)\b[^.;!?]{0,60}$/i;

export function travelDay(doc: Doc, dc: { start: number }): boolean {
  return testWarm(TRAVEL_BEFORE_RE, doc.text.slice(Math.max(0, dc.start - 80), dc.start));
}

// Days told as those a meeting was held on: "held from", "took place on", "which ran from".
export const HELD_FROM_RE = /\b(?:held|took\s+place|ran|running|convened|met)\s+(?:from|on|between)\s+$/i;

// Precision round 29 (mutation probe of confirmed quotes): "the summit in Vilnius on July 8-12", "will be held from May 28
// to June 1 in Oslo", "On 31 May and 4 June, the ministers will meet", "from July 6 to July 11" (of meetings held on 11-12
// July, 31 May - 1 June and 9-11 July) overlap the record and were confirmed by the readers that match a day. A span of
// days written out, as one range or as two days joined by "to", "and" or a dash, is the event's only when each end is
// within a day of the record's (an arrival the evening before, a time zone). A year left unwritten is the record's.
const DAY_SPAN_JOIN_RE = /^\s*(?:to|through|until|till|and|[-\u2013\u2014])\s*$/i;

// How far past the confirmed words the second day of a pair may end ("gather in Oslo on 31 May and 4 June": the reader
// matched the first day only).
const DAY_PAIR_TAIL = 24;

/** The first span of days opening between `from` and `to` whose ends miss every run of the record's days, or null. */
export function daySpanOffRecord(doc: Doc, e: EventRecord, from: number, to: number): string | null {
  const tail = Math.max(to, Math.min(to + DAY_PAIR_TAIL, sentenceOf(doc, from).end));
  const days = findDates(doc.text, from, tail, { asOf: doc.asOf }).filter((d) => !d.relative && d.granularity === 'day');
  if (!days.some((d) => d.through) && days.length < 2) return null;
  const runs = [eventDays(e), ...(e.altDates ?? []).map(factRange)];
  const fits = (first: string, last: string, yearWritten: boolean) =>
    runs.some((r) => {
      const shift = yearWritten ? 0 : Number(r.first.slice(0, 4)) - Number(first.slice(0, 4));
      const moved = (d: string) => `${Number(d.slice(0, 4)) + shift}${d.slice(4)}`;
      return daysBetween(moved(first), r.first) <= 1 && daysBetween(moved(last), r.last) <= 1;
    });
  for (const [k, d] of days.entries()) {
    if (d.start >= to) break;
    if (d.through && !fits(d.first, d.through, d.explicitYear)) return doc.text.slice(d.start, d.end);
    const next = days[k + 1];
    if (d.through || !next || next.through || !DAY_SPAN_JOIN_RE.test(doc.text.slice(d.end, next.start))) continue;
    if (!fits(d.first, next.last, d.explicitYear || next.explicitYear)) return doc.text.slice(d.start, next.end);
  }
  return null;
}
