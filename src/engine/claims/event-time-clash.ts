// A meeting confirmed while the sentence tells it at another time than the record's: "The 2023 NATO Summit took place
// on June 24–25, 2025" (The Hague), "The next NATO summit will be held in Ankara on July 7-8, 2024", "this year's summit
// which takes place 11-12 June" (Vilnius, July), "when Allies meet on Thursday and Wednesday" (Tuesday and Wednesday),
// "on Monday 3 and Wednesday 4 December 2024". Found by the round-20 mutation probe: the readers identify the meeting by
// its place, its name or one of its days and pass over the rest of the time told, so a wrong year before the summit's
// name, a wrong year or month in the date right after it, or a wrong weekday of a pair were confirmed. A confirmation is
// dropped (nothing is said) when the claim's own words tell a time the meeting did not have:
//   - a year naming the meeting ("the 2023 NATO Summit", "its 2023 summit", "NATO Summit 2023") that is none of its years;
//   - a date inside the claim or right after it (only words of placing between) whose year or month is none of its;
//   - a pair of weekdays ("on Thursday and Wednesday") inside the claim or right after it, one not a day of the meeting.
// Never a red flag: which meeting is meant is then not beyond doubt.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { FactIndex } from '../../facts/load';
import type { Span } from '../sentences';
import { addDays, factRange, findDates, formatDay, toDays } from '../dates';
import { isConfident } from '../holders';
import { asOfHorizon, pastHorizon } from '../horizon';
import { memoByFacts } from '../memo';
import { spansOverlap } from '../sentences';
import { placedSummitTimes } from './summit-placed-time';
import { pairSummitMonths } from './summit-pair-month';
import { anchorOrders } from './event-anchor-order';
import { compiledOnFirstRun, warmed, matchesOf } from '../triggers';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const DAYS = String.raw`\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:[-\u2013\u2014]|and|to|&)\s*\d{1,2}(?:st|nd|rd|th)?)?`;
// "24–25 June 2025", "June 24–25, 2025", "30 November and 1 December 2021", "April 3 and 4, 2025", "11-12 June".
const DATE_RE = new RegExp(
  String.raw`^(?:(?:${WEEKDAY},?\s+)?(?:${DAYS}\s+(${MONTH})(?:\s*(?:[-\u2013\u2014]|and|to)\s*(?:${WEEKDAY}\s+)?${DAYS}\s+(${MONTH}))?|(${MONTH})\s+${DAYS}(?:\s*(?:[-\u2013\u2014]|and|to)\s*(${MONTH})\s+${DAYS})?)(?:,?\s+((?:19|20)\d\d)\b)?)`,
);
// What may stand between the claim's end and a date that tells its time.
const LEAD_RE = new RegExp(String.raw`^[\s,(]*(?:(?:on|from|in|for|of|early|mid|late|the|this|year|,|\(|${WEEKDAY}|and)\s*,?\s*)*`);
// "the 2023 NATO Summit", "its 2023 summit", "The 2023 Washington summit": a year naming the meeting.
const NAMING_YEAR_RE = compiledOnFirstRun(
  /(?<!\b(?:in|since|by|until|till|before|after|from|of|to|for|during|through|and|or)\s+)\b((?:19|20)\d\d)\s+(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+){0,5}$/,
);
const YEAR_NAMING_RE = /\b((?:19|20)\d\d)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,5}(?:[Ss]ummit|[Mm]inisterial|[Mm]eeting)\b/g;
const SUMMIT_AFTER_YEAR_RE = /^\s*(?:\u2013|-|\u2014)?\s*((?:19|20)\d\d)\b/;
const NOUN_RE = /\b(?:[Ss]ummit|[Mm]inisterial|[Mm]eeting)\b/g;
const START_RE = new RegExp(String.raw`\b(?:\d{1,2}\b|${MONTH}\s+\d)`, 'g');
const MONTH_END_RE = new RegExp(String.raw`${MONTH}\s*$`);
const MONTH_ALONE_RE = new RegExp(String.raw`^(${MONTH})(?![\w-]|\s*\d)`);
const MONTH_LEAD_RE = compiledOnFirstRun(/\b(?:in|for|early|mid|late)[\s-]+$/);
const PAIR_RE = new RegExp(String.raw`\b(${WEEKDAY})(?:\s+\d{1,2})?\s*(?:and|&|[-\u2013\u2014]|to)\s*(${WEEKDAY})\b`, 'g');

interface Told {
  years: Set<number>;
  months: Set<number>;
  weekdays: Set<number>;
}

/** Adds the days first..last (at most 40 after first) to `told`; false when the span is none such. */
function addTold(told: Told, first: string, last: string): boolean {
  const a = toDays(first.slice(0, 10));
  const b = toDays(last.slice(0, 10));
  if (!(b >= a) || b - a > 40) return false;
  for (let d = a; d <= b; d++) {
    const iso = addDays(first.slice(0, 10), d - a);
    told.years.add(+iso.slice(0, 4));
    told.months.add(+iso.slice(5, 7) - 1);
    told.weekdays.add(new Date(`${iso}T00:00:00Z`).getUTCDay());
  }
  return true;
}

// Built once (speed, round 41): a literal in toldOf was a new expression, parsed again, at each call.
const TOLD_OF_RE = /^\d{4}-\d\d-\d\d$/;
/** A meeting's years, months and weekdays: from the fact base alone, so kept per fact base and event (read, never changed). */
const toldOf = memoByFacts((facts: FactIndex, id: string): Told | undefined => {
  const e = facts.events.get(id);
  if (!e) return undefined;
  const told: Told = { years: new Set(), months: new Set(), weekdays: new Set() };
  // Only meetings known to the day: a month or a year alone says nothing of the weekdays.
  if (!TOLD_OF_RE.test(e.start) || !addTold(told, e.start, e.end ?? e.start)) return undefined;
  for (const d of e.altDates ?? []) if (/^\d{4}-\d\d-\d\d$/.test(d)) addTold(told, d, d);
  return told;
});

const monthOf = (word: string | undefined): number =>
  word === undefined ? -1 : MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
const weekdayOf = (word: string): number => WEEKDAYS.findIndex((w) => w.slice(0, 3) === word.slice(0, 3).toLowerCase());

// A date at `from` (inside the claim, or the first right after it): true, it clashes with the meeting's time; false, it
// agrees; undefined, no date there.
function dateAt(text: string, sentence: Span, told: Told, from: number): boolean | undefined {
  const after = text.slice(from, Math.min(sentence.end, from + 80));
  const d = warmed(DATE_RE, after).exec(after);
  if (!d || !d[0].trim()) {
    // A month alone told as the meeting's: "in early May", "scheduled for June".
    if (!MONTH_LEAD_RE.test(text.slice(Math.max(0, from - 8), from))) return undefined;
    const m = MONTH_ALONE_RE.exec(text.slice(from, from + 12));
    return m === null ? undefined : !told.months.has(monthOf(m[1]));
  }
  // The month the meeting opens on: talks may run on into the next month ("on Nov. 30 and Dec. 1").
  const first = monthOf(d[1] ?? d[3]);
  if (first >= 0 && !told.months.has(first)) return true;
  return d[5] !== undefined && !told.years.has(+d[5]);
}

// Built once (speed, round 41): a literal in clashes was a new expression, parsed again, at each call.
const CLASHES_RE = /^S/;
const CLASHES_RE2 = /[\d\u2013-]\s*$/;
// true: the time told clashes; a number: the year naming the meeting, which clashes.
function clashes(doc: Doc, a: Annotation): boolean | number {
  const told = toldOf(doc.facts, a.factIds[0]);
  if (!told) return false;
  const text = doc.text;
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  if (!sentence) return false;
  const claim = text.slice(a.start, a.end);
  // A year naming the meeting: before its noun inside the claim (or the noun the claim opens on), or right after it.
  // A year inside the claim that names a meeting on record's year ("the 1978 Washington summit, 1999 Washington
  // summit"): the year before is another meeting's.
  const namesOwnYear = [...text.slice(a.start, Math.min(sentence.end, a.end + 40)).matchAll(YEAR_NAMING_RE)].some(
    (m) => m.index < a.end - a.start && told.years.has(+m[1]),
  );
  for (const m of namesOwnYear ? [] : matchesOf(NOUN_RE, claim)) {
    const at = a.start + m.index;
    const before = text.slice(Math.max(sentence.start, at - 70), at);
    const y = NAMING_YEAR_RE.exec(before);
    if (y && !told.years.has(+y[1])) return +y[1];
    if (CLASHES_RE.test(m[0])) {
      const after = SUMMIT_AFTER_YEAR_RE.exec(text.slice(at + m[0].length, at + m[0].length + 12));
      if (after && !told.years.has(+after[1])) return true;
    }
  }
  const starts: number[] = [];
  for (const m of matchesOf(START_RE, claim)) starts.push(a.start + m.index);
  const lead = LEAD_RE.exec(text.slice(a.end, Math.min(sentence.end, a.end + 40)));
  const next = a.end + (lead?.[0].length ?? 0);
  if (next < sentence.end) starts.push(next);
  // A pair of weekdays told as the meeting's days, inside the claim or right after it.
  const from = Math.max(sentence.start, a.start - 30);
  const near = text.slice(from, Math.min(sentence.end, a.end + 40));
  for (const m of matchesOf(PAIR_RE, near))
    if (from + m.index + m[0].length > a.start && told.weekdays.size >= 2 && [m[1], m[2]].some((w) => !told.weekdays.has(weekdayOf(w))))
      return true;
  // A number inside a date ("24–25") is read only where the date opens: not after another digit or a month. One
  // date that agrees is enough: a sentence may tell other days beside the meeting's ("resigned on September 27 ...
  // the July 25 telephone conversation", "on 28 February, 3 March, and 7 March 2022" for the first round).
  let clash = false;
  for (const s of starts) {
    if (CLASHES_RE2.test(text.slice(Math.max(0, s - 3), s))) continue;
    if (MONTH_END_RE.test(text.slice(Math.max(0, s - 10), s))) continue;
    const c = dateAt(text, sentence, told, s);
    if (c === false) return false;
    if (c) clash = true;
  }
  if (clash) return true;
  return false;
}

function sameOfYear(doc: Doc, id: string, year: number): { id: string; name: string } | undefined {
  const e = doc.facts.events.get(id);
  if (!e?.place) return undefined;
  const found = [...doc.facts.events.values()].filter(
    (x) => x.kind === e.kind && x.place === e.place && x.id !== id && x.start.startsWith(`${year}-`),
  );
  return found.length === 1 ? found[0] : undefined;
}

// Built once (speed, round 41): a literal in withPlacedSummitTimes was a new expression, parsed again, at each call.
const WITH_PLACED_SUMMIT_TIMES_RE = /[Ss]ummit/;
const WITH_PLACED_SUMMIT_TIMES_RE2 = / (?:after|following|before|ahead of|prior to) |[Ss]ince /;
/**
 * Round 34: a NATO summit told at its place and a time none of that place's summits had (summit-placed-time.ts), and an
 * event told on the wrong side of a dated anchor (event-anchor-order.ts), are red flags; they replace what other readers
 * said of the same words.
 */
function withPlacedSummitTimes(doc: Doc, out: Annotation[]): Annotation[] {
  const wrong = [
    ...(WITH_PLACED_SUMMIT_TIMES_RE.test(doc.text) ? placedSummitTimes(doc) : []),
    // Round 43: a two leaders' summit at its place told with a month not its own ("the April summit in Alaska"); most days
    // are far from any such summit, and it returns before reading the text.
    ...pairSummitMonths(doc),
    ...(WITH_PLACED_SUMMIT_TIMES_RE2.test(doc.text) ? anchorOrders(doc) : []),
  ];
  if (!wrong.length) return out;
  const kept = out.filter((a) => a.kind !== 'event' || !wrong.some((w) => spansOverlap(w, a)) || a.verdict === 'contradicted');
  return [...kept, ...wrong.filter((w) => !kept.some((a) => a.kind === 'event' && a.verdict === 'contradicted' && spansOverlap(w, a)))];
}

// Round 41 (held-out 39 sq005, 7 July 2026: "The Ankara Summit, scheduled to commence tomorrow, July 8" of the summit of 7-8
// July; "The summit in Vilnius, which began on July 12", "The Vilnius summit ended on July 11"): a meeting's opening or
// closing day told with its verb ("opens", "began", "commence", "kicked off", "ended", "concluded", "wraps up"), a day that
// is not the record's first (or last) day. The readers identify the meeting by any of its days and confirmed the words. A day
// inside the meeting's days, or one either side, is dropped (nothing is said: a dinner or an arrival the evening before is
// counted by some as the opening); a day further off is a red flag on a verified record of a certain day.
const EDGE_GATE_RE = compiledOnFirstRun(
  /\b(?:open|began|begin|begun|start|commenc|kick|under\s*way|ended|ends|ending|end\s+on|clos|conclud|wrap)/i,
);
const EDGE_VERB_RE = compiledOnFirstRun(
  /\b(?:(open(?:s|ed|ing)?|begins?|beginning|began|begun|start(?:s|ed|ing)?|commenc(?:e|es|ed|ing)|kick(?:s|ed|ing)?\s+off|(?:get|gets|getting|got)\s+under\s*way)|(end(?:s|ed|ing)?|clos(?:e|es|ed|ing)|conclud(?:e|es|ed|ing)|wrap(?:s|ped|ping)?\s+up))\s+(?:on\s+)?(?:(?:tomorrow|today|yesterday),?\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:the\s+)?$/i,
);
// What may stand between the claim and a verb after it: "the summit in Vilnius, which began on".
const EDGE_LINK_RE =
  /^[\s,]*(?:(?:which|that|and|has|had|was|is|will|be|were|are|set\s+to|due\s+to|scheduled\s+to|expected\s+to|to)\s+)*$/i;
const EDGE_NOUN_RE =
  /\b(?:summits?|meetings?|talks|negotiations|rounds?|ministerials?|sessions?|gatherings?|conferences?|visits?|calls?)\b/gi;
const EDGE_OTHER_RE = /\b(?:prior\s+to|before|after|following|ahead\s+of|until|since|another|next|previous|second|third|fourth|fifth)\b/i;
const ISO_DAY_RE = /^\d{4}-\d\d-\d\d$/;
function otherMeetingOnDay(doc: Doc, e: { id: string; kind: string; place?: string }, told: string): boolean {
  if (!e.place) return false;
  for (const x of doc.facts.events.values()) {
    if (x.id === e.id || x.kind !== e.kind || x.place !== e.place || !ISO_DAY_RE.test(x.start)) continue;
    const last = x.end && ISO_DAY_RE.test(x.end) ? x.end : x.start;
    const day = `${x.start.slice(0, 4)}${told.slice(4)}`;
    if (day >= addDays(x.start, -1) && day <= addDays(last, 1)) return true;
  }
  return false;
}
function edgeDay(doc: Doc, a: Annotation): Annotation | 'drop' | null {
  const e = doc.facts.events.get(a.factIds[0]);
  if (!e || !/^\d{4}-\d\d-\d\d$/.test(e.start)) return null;
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  if (!sentence) return null;
  const to = Math.min(sentence.end, a.end + 60);
  if (!EDGE_GATE_RE.test(doc.text.slice(a.start, to))) return null;
  for (const d of findDates(doc.text, a.start, to, { asOf: doc.asOf })) {
    if (d.granularity !== 'day' || d.relative) continue;
    const before = doc.text.slice(Math.max(sentence.start, d.start - 60), d.start);
    const v = EDGE_VERB_RE.exec(before);
    if (!v) continue;
    const verbAt = d.start - before.length + v.index;
    if (verbAt < a.start) continue;
    if (verbAt > a.end && !EDGE_LINK_RE.test(doc.text.slice(a.end, verbAt))) continue;
    // The verb is the claim's meeting's: one meeting named before it, no other meeting or time anchor between ("took place on 28
    // February ... prior to a fourth round of negotiations which began on 14 March").
    const lead = doc.text.slice(a.start, verbAt);
    if ((lead.match(EDGE_NOUN_RE) ?? []).length > 1 || EDGE_OTHER_RE.test(lead)) continue;
    // A denial or a condition before the verb says nothing of the day.
    if (/\b(?:not|never|if|whether|unless)\b|n['\u2019]t\b/i.test(doc.text.slice(Math.max(sentence.start, verbAt - 30), verbAt))) continue;
    const opening = v[1] !== undefined;
    const last = e.end ?? e.start;
    const edge = opening ? e.start : last;
    // Precision (round 41): a day told without its year is of the meeting the readers identified, not of the page's year ("The
    // NATO summit in Vilnius, which opened on July 11 two years ago", on a page of 2025).
    const told = d.explicitYear ? d.first : `${edge.slice(0, 4)}${d.first.slice(4)}`;
    const other = opening && d.through ? d.through : told;
    if (told === edge || (e.altDates ?? []).includes(told)) continue;
    // "opens on 24-25 June": a range after the verb is the meeting's days, judged elsewhere.
    if (d.through && other !== told) continue;
    const near = told >= addDays(e.start, -1) && told <= addDays(last, 1);
    if (near || e.disputed || e.altDates?.length || e.status !== 'held' || a.verdict !== 'supported') return 'drop';
    // Precision (round 41): a day told without its year that falls on another meeting of the same kind at the same place
    // ("The first Washington summit, which opened on April 23" on a page of July 2024: the summit of April 1999) says
    // nothing of this one.
    if (!d.explicitYear && otherMeetingOnDay(doc, e, told)) return 'drop';
    const range = factRange(last);
    const horizon = pastHorizon(doc.facts, doc.asOf, { list: 'events' });
    const confident = isConfident(e) && doc.dateCertain;
    const message = `${e.name} ${opening ? 'opened' : 'ended'} on ${formatDay(edge)}, not ${doc.text.slice(d.start, d.end)}.`;
    const judged = {
      verdict: confident ? ('contradicted' as const) : ('context' as const),
      message: confident ? message : `${message} (Not flagged: weakly sourced.)`,
    };
    const said = horizon && !(range.last <= horizon) ? asOfHorizon(judged, horizon) : judged;
    return { ...a, start: verbAt, end: d.end, quote: doc.text.slice(verbAt, d.end), verdict: said.verdict, message: said.message };
  }
  return null;
}

/** The event detector, with a meeting confirmed while its own words tell another year, month or weekday dropped. */
export function withTimeClashes(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = withPlacedSummitTimes(doc, events.find(doc, ctx));
      if (!out.some((a) => a.kind === 'event' && (a.verdict === 'supported' || a.verdict === 'context'))) return out;
      const kept: Annotation[] = [];
      for (const a of out) {
        const c = a.kind === 'event' && a.verdict === 'supported' ? clashes(doc, a) : false;
        const edge =
          c === false && a.kind === 'event' && (a.verdict === 'supported' || (a.verdict === 'context' && /\bmatch/.test(a.message)))
            ? edgeDay(doc, a)
            : null;
        if (edge === 'drop') continue;
        if (edge) kept.push(edge);
        else if (c === false) kept.push(a);
        else if (typeof c === 'number') {
          // "the 1997 Madrid Summit" read as Madrid 2022: the one meeting of that kind, place and year is meant.
          const other = sameOfYear(doc, a.factIds[0], c);
          if (other)
            kept.push({ ...a, factIds: [other.id, ...a.factIds.slice(1)], message: `The year and place match the record: ${other.name}.` });
        }
      }
      return kept;
    },
  };
}
