// NATO summits told at a time no summit was held, where the fact base's record of them is complete (event-series.json,
// a series `named: 'nato-summit'`: every summit and leaders' meeting of 2010–2025). The event detector flags a summit's
// day only when it identified the summit (its place, a day a few days off); here the record is whole, so "the NATO
// summit" said on a day, in a month or in a year in which none was held is no summit at all:
//
// - "An informal two-day NATO summit opens Thursday in Prague" (30 May 2024: NATO's foreign ministers met in Prague;
//   the summit was in Washington in July), "the 2020 NATO summit", "the NATO summit in London in May 2021";
// - "the three-day summit" of a summit identified by the page's day (held-out 13 d204: Vilnius, 11–12 July 2023, two
//   days). Only a length longer than the record's is flagged: the record spans every official day, and a summit told
//   shorter may count only the leaders' sessions.
//
// The time must be the summit's own: right after it ("the NATO summit in Prague on", "NATO summit opens Thursday"),
// or right before it ("the 2020 NATO summit", "the July 2021 NATO summit"). A weekday or "today" counts only on a page
// of certain date, as does a day without its year within ten days of the page's ("A landmark NATO summit was held in
// Bucharest, Romania on Nov. 29-30", 30 November 2022: the foreign ministers met); a month without its year never. Not read: a time after the page's (a summit planned that may
// move), a denial or condition in the sentence ("there was no NATO summit in 2020"), another body's summit.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord, EventSeries } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { addDays, factRange, findDates, formatDay, gapDays, overlaps, toDays, type DayRange } from '../dates';
import { memoByFacts } from '../memo';
import { isConfident, sourcesOf } from '../holders';
import { eventContradicted, eventDays } from './event-confirmed';
import { numberFrom } from '../numbers';
import { spansOverlap } from '../sentences';
import { placesAgree, placesIn } from './place-chain';
import { previousSummitClaims } from './summit-previous';
import { compiledOnFirstRun, testWarm, matchesOf } from '../triggers';

interface Series {
  series: EventSeries;
  /** The summits' places by name, and the places they lie in short of a country ("Newport", "Wales"): "the Wales summit". */
  places: RegExp | undefined;
  summits: EventRecord[];
  /** NATO's other meetings on record, to tell what was held instead. */
  others: EventRecord[];
}

// Built once (speed, round 41): a literal in summitSeries was a new expression, parsed again, at each call.
const SUMMIT_SERIES_RE = /^[A-Z]/;
const SUMMIT_SERIES_RE2 = /\bNATO\b/;
const SUMMIT_SERIES_RE3 = /[.*+?^${}()|[\]\\]/g;
const SUMMIT_SERIES_RE4 = / /g;
const summitSeries = memoByFacts((facts: FactIndex, _: 'all'): Series[] => {
  const out: Series[] = [];
  for (const series of facts.eventSeries.values()) {
    if (series.named !== 'nato-summit' || !isConfident(series)) continue;
    const summits = series.events.map((id) => facts.events.get(id)).filter((e): e is EventRecord => !!e && e.status === 'held');
    const others = [...facts.events.values()].filter((e) => e.status === 'held' && e.kind === 'meeting' && e.id.startsWith('nato-'));
    const names = new Set<string>();
    for (const e of summits) {
      for (let place = e.place ? facts.places.get(e.place) : undefined; place?.within; place = facts.places.get(place.within))
        for (const n of [place.name, ...place.aliases]) if (SUMMIT_SERIES_RE.test(n) && !SUMMIT_SERIES_RE2.test(n)) names.add(n);
    }
    const alt = [...names].map((n) => n.replace(SUMMIT_SERIES_RE3, '\\$&').replace(SUMMIT_SERIES_RE4, '\\s+')).join('|');
    const places = alt
      ? new RegExp(String.raw`\b(?:${alt})(?:['\u2019]s)?\s+(?:(?:NATO|Nato)\s+)?[Ss]ummit\b(?![-\u2013])`, 'g')
      : undefined;
    out.push({ series, summits, others, places });
  }
  return out;
});

// "the NATO summit", "NATO's summit", "the NATO leaders' summit", "a summit of NATO (leaders)", "the summit of the
// North Atlantic Alliance"; never "EU-NATO summit" or "NATO-Russia summit".
const SUMMIT_RE =
  /(?<![-\u2013\w])(?:NATO|Nato)(?:['\u2019]s)?\s+(?:(?:leaders['\u2019]?|heads\s+of\s+state(?:\s+and\s+government)?)\s+)?[Ss]ummit\b|\b[Ss]ummit\s+of\s+(?:the\s+)?(?:NATO|Nato|North\s+Atlantic\s+(?:Treaty\s+Organi[sz]ation|Alliance))\b(?![-\u2013])/g;
// Between the summit and its time: the place, a verb of its holding, a preposition.
const AFTER_PLACE = String.raw`(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}(?:,\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})?,?)?`;
// The place before the verb or after it: "NATO summit in Prague opens", "NATO summit was held in Bucharest, Romania on".
const AFTER_RE = new RegExp(
  String.raw`^${AFTER_PLACE}(?:,?\s+(?:opens|opened|begins|began|starts|started|kicks\s+off|kicked\s+off|was\s+held|took\s+place|is\s+held|held|convened|ended|closes|closed|concluded|taking\s+place|takes\s+place|will\s+take\s+place|(?:is\s+|was\s+)?scheduled(?:\s+for)?|(?:will|to)\s+be\s+held))?${AFTER_PLACE}(?:\s+(?:on|in))?(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*\()?(?:\s+\d{1,2},)*\s*$`,
);
// Between a summit and its time, words that tell it as held: the past, not a plan.
const HELD_RE = /^\s+(?:[^,;]*\s)?(?:took\s+place|was\s+held|were\s+held|opened|ended|closed|concluded|convened)\s/;
// Between the time and the summit: a possessive or the words describing it.
const BEFORE_RE = /^(?:['\u2019]s)?\s+(?:(?:informal|extraordinary|emergency|virtual|two-day|one-day|annual|historic|landmark)\s+)*$/;
const BARE_YEAR_BEFORE_RE = compiledOnFirstRun(
  /\b(?:the|a|an|at|of|this|last)\s+((?:19|20)\d{2})\s+(?:(?:informal|extraordinary|emergency|virtual|two-day|one-day|annual)\s+)*$/i,
);
const BARE_YEAR_AFTER_RE = compiledOnFirstRun(/^\s+((?:19|20)\d{2})\b(?!\s*(?:%|percent|-|\u2013))/);
const DENIAL_RE =
  /\b(?:no|not|never|without|cancel\w*|postpon\w*|scrapp\w*|called\s+off|if|whether|unless|instead\s+of|rather\s+than|would\s+have)\b|n['\u2019]t\b/i;
const NATO_RE = compiledOnFirstRun(/\b(?:NATO|Nato|North\s+Atlantic|[Aa]llies|[Aa]llied|Alliance)\b/);
// Other sides whose summits share NATO's places ("the Washington summit" of Trump, Zelensky and European leaders).
const OTHER_SIDE_RE = compiledOnFirstRun(
  /\b(?:Russia\w*|Soviet|Putin|Gorbachev|Kremlin|Ukrain\w*|Zelensk\w*|Trump|Biden|Obama|Reagan|China|Chinese|Xi|U\.S\.-|US-|American-)\b|\b(?:U\.S\.|US)[-\u2013]/,
);
const OTHER_BODY_RE = compiledOnFirstRun(
  /\b(?:EU|European|G7|G-7|G20|G-20|BRICS|SCO|ASEAN|African|Arab|Commonwealth|OSCE|Security\s+Conference)\b/,
);

// "the three-day summit": a length told of the summit the page is about.
const LENGTH_RE =
  /\b(?:the|a|an|this|that|its)\s+(?:(?:informal|extraordinary|historic|landmark|annual)\s+)*(\w+)[-\s]day\s+(?:NATO\s+|Nato\s+)?summit\b/gi;

interface Told extends DayRange {
  start: number;
  end: number;
  granularity: 'day' | 'month' | 'year';
}

function toldTimes(doc: Doc, sStart: number, sEnd: number, mStart: number, mEnd: number): Told[] {
  const out: Told[] = [];
  const text = doc.text;
  // A weekday may point back or forward ("opens Thursday"): read both ways, and told only if the two agree.
  const ahead = findDates(text, sStart, sEnd, { asOf: doc.asOf, future: true });
  for (const d of findDates(text, sStart, sEnd, { asOf: doc.asOf })) {
    if (d.granularity === 'span') continue;
    if (d.relative && ahead.find((x) => x.start === d.start)?.first !== d.first) continue;
    // A day without its year ("on Nov. 29-30") is the page's year only within days of a page of certain date.
    const nearDay =
      !d.relative && !d.explicitYear && d.granularity === 'day' && doc.dateCertain && Math.abs(toDays(d.first) - toDays(doc.asOf)) <= 10;
    if (d.relative ? d.granularity !== 'day' || !doc.dateCertain : !d.explicitYear && !nearDay) continue;
    const after = d.start >= mEnd && AFTER_RE.test(text.slice(mEnd, d.start));
    const before =
      d.end <= mStart &&
      BEFORE_RE.test(text.slice(d.end, mStart)) &&
      /\b(?:the|a|an|at|of)\s+\S+/i.test(text.slice(Math.max(sStart, d.start - 6), d.end));
    if (!after && !before) continue;
    out.push({ first: d.first, last: d.through ?? d.last, start: d.start, end: d.end, granularity: d.granularity });
  }
  const lead = BARE_YEAR_BEFORE_RE.exec(text.slice(sStart, mStart));
  if (lead) {
    const y = lead[1];
    const at = sStart + lead.index + lead[0].indexOf(y);
    out.push({ ...factRange(y), start: at, end: at + 4, granularity: 'year' });
  }
  const tail = BARE_YEAR_AFTER_RE.exec(text.slice(mEnd, sEnd));
  if (tail) {
    const at = mEnd + tail[0].indexOf(tail[1]);
    out.push({ ...factRange(tail[1]), start: at, end: at + 4, granularity: 'year' });
  }
  return out;
}

const within = (told: DayRange, e: EventRecord, slack: number) => {
  const days = eventDays(e);
  return (
    overlaps(told, { first: addDays(days.first, -slack), last: addDays(days.last, slack) }) ||
    (e.altDates ?? []).some((a) => overlaps(told, factRange(a)))
  );
};

const monthYear = (iso: string) => formatDay(iso).replace(/\s+\d{1,2},/, '');

const whenTold = (t: Told) =>
  t.granularity === 'day'
    ? `on ${formatDay(t.first)}`
    : t.granularity === 'month'
      ? `in ${monthYear(t.first)}`
      : `in ${t.first.slice(0, 4)}`;

function noSummitThen(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const all = summitSeries(doc.facts, 'all');
  if (!all.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (testWarm(DENIAL_RE, text) || OTHER_BODY_RE.test(text)) continue;
    const mentions = [...matchesOf(SUMMIT_RE, text)].map((m) => ({ at: m.index, length: m[0].length }));
    // "the Wales summit in 2013": a summit named by a NATO summit's place, NATO named in the sentence and no other side.
    if (NATO_RE.test(text) && !OTHER_SIDE_RE.test(text))
      for (const { places } of all)
        for (const m of places ? matchesOf(places, text) : [])
          if (!mentions.some((x) => x.at < m.index + m[0].length && m.index < x.at + x.length))
            mentions.push({ at: m.index, length: m[0].length });
    for (const m of mentions) {
      const mStart = sentence.start + m.at;
      const mEnd = mStart + m.length;
      for (const t of toldTimes(doc, sentence.start, sentence.end, mStart, mEnd)) {
        // A time yet to come may be a summit planned, and plans move; the week of the page is the page's news. Unless the
        // summit is told as held ("The Warsaw NATO Summit took place in Warsaw, Poland on July 8-9, 2017", July 2016).
        if (toDays(t.first) > toDays(doc.asOf) + 7 && !HELD_RE.test(doc.text.slice(Math.min(mEnd, t.end), Math.max(mStart, t.start))))
          continue;
        for (const { series, summits, others } of all) {
          if (t.last < series.from || t.first > series.through) continue;
          if (t.first < series.from || t.last > series.through) continue;
          // A day within a week of a summit may be told of something around it (the arrivals, a protest against it, the
          // days first announced): the event reader judges those days, knowing the summit. Only a day far from every one.
          if (summits.some((e) => within(t, e, t.granularity === 'day' ? 7 : 0))) continue;
          if (!summits.length) continue;
          const gap = (e: EventRecord) => Math.abs(toDays(eventDays(e).first) - toDays(t.first));
          const nearest = summits.reduce((a, b) => (gap(a) <= gap(b) ? a : b));
          const year = t.first.slice(0, 4);
          const sameYear = summits.filter((e) => eventDays(e).first.slice(0, 4) === year);
          const held = sameYear.length
            ? `the ${sameYear.length === 1 ? 'only one' : 'summits'} of ${year} on record (all of them): ${sameYear.map((e) => `${e.name}, ${formatDay(eventDays(e).first)}`).join('; ')}`
            : `none was held in ${year} (the record of ${series.name} from ${formatDay(series.from)} through ${formatDay(series.through)} is complete)`;
          const instead = others.find((e) => within(t, e, t.granularity === 'day' ? 1 : 0));
          const insteadNote =
            instead && t.granularity === 'day'
              ? ` What was held then was ${instead.name} (${formatDay(eventDays(instead).first)}), no summit.`
              : '';
          const span = { start: Math.min(mStart, t.start), end: Math.max(mEnd, t.end) };
          const a = eventContradicted(
            doc,
            instead && t.granularity === 'day' ? instead : nearest,
            span,
            `No NATO summit was held ${whenTold(t)}: ${held}.${insteadNote}`,
          );
          out.push({ ...a, factIds: [...new Set([...a.factIds, series.id])], sources: [...new Set([...sourcesOf(series), ...a.sources])] });
        }
      }
    }
  }
  return out;
}

// Between a summit and the place told as where it was held: "the NATO Summit in", "NATO summit, held in", "NATO summit
// took place in", "the NATO summit will be held at".
// A place named as a summit's: "Tallinn summit", "Tallinn NATO Summit" (group 1: NATO in the name).
const OWN_NAME_RE = compiledOnFirstRun(/^(?:['\u2019]s)?\s+((?:NATO|Nato)\s+)?[Ss]ummit\b(?![-\u2013])/);
// NATO's by the words right before the place: "NATO's (2016) ", "NATO Heads of State and Government at the (2023) ", "The
// Alliance's 28 leaders agreed at their " (group 2: the leaders' clause, not read with another side in the sentence).
const NATO_OWNS_RE =
  /(?:\b(?:NATO|Nato)['\u2019]s\s+(?:((?:19|20)\d{2})\s+)?|\b((?:NATO|Nato)\s+(?:[Hh]eads\s+of\s+[Ss]tate(?:\s+and\s+[Gg]overnment)?|leaders|[Aa]llies)|(?:[Aa]lliance|NATO|Nato)['\u2019]s\s+(?:\d+\s+)?(?:leaders|heads\s+of\s+state))\b[^.;,]{0,50}\bat\s+(?:the|their)\s+(?:((?:19|20)\d{2})\s+)?)$/;
const PLACE_AFTER_RE = compiledOnFirstRun(
  /^,?\s+(?:(?:was|is|will\s+be|were)\s+)?(?:(?:held|hosted|convened|opens|opened|took\s+place|takes\s+place|will\s+take\s+place)\s+)?(?:in|at)\s+(?:the\s+)?$/,
);

/**
 * A NATO summit identified by the time told of it (one summit of the complete record on that day, in that month, or in
 * that year) told at another place: "Spain hosts the NATO Summit in Warsaw on 28, 29 and 30 June 2022", "the 2016
 * Prague summit". The place must be one the fact base knows, told right after the summit as where it was held or
 * standing as its name, and share nothing with the record's place (Washington and the Walter E. Washington Convention
 * Center agree; Newport and Wales agree). Not read of a time yet to come, a denial or another body's summit.
 */
function summitElsewhere(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const all = summitSeries(doc.facts, 'all');
  if (!all.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (DENIAL_RE.test(text) || OTHER_BODY_RE.test(text) || !NATO_RE.test(text)) continue;
    const places = placesIn(doc, sentence);
    if (!places.length) continue;
    const mentions: { start: number; end: number; named?: string; year?: Told }[] = [...matchesOf(SUMMIT_RE, text)].map((m) => ({
      start: sentence.start + m.index,
      end: sentence.start + m.index + m[0].length,
    }));
    if (!OTHER_SIDE_RE.test(text))
      for (const { places: named } of all)
        for (const m of named ? matchesOf(named, text) : []) {
          const start = sentence.start + m.index;
          const place = places.find((p) => p.start === start);
          // "the Vilnius NATO summit", "NATO's Vilnius summit": NATO's by the words themselves (London and Paris host
          // other leaders' summits).
          const nato = /\b(?:NATO|Nato)\b/.test(m[0]) || /\b(?:NATO|Nato)['\u2019]s\s+(?:\d{4}\s+)?$/.test(text.slice(0, m.index));
          if (nato && place && !mentions.some((x) => x.start < start + m[0].length && start < x.end))
            mentions.push({ start, end: start + m[0].length, named: place.value.id });
        }
    // "NATO's 2016 Tallinn summit", "the 2016 Tallinn NATO Summit", "NATO Heads of State and Government at the Vilnius
    // Summit", "The Alliance's 28 leaders agreed at their Wales Summit": NATO's by the words right before or in the name,
    // at any place the fact base knows, not only one NATO met at.
    for (const p of places) {
      if (mentions.some((x) => x.start < p.end && p.start < x.end)) continue;
      const name = OWN_NAME_RE.exec(doc.text.slice(p.end, Math.min(sentence.end, p.end + 24)));
      if (!name) continue;
      const before = doc.text.slice(Math.max(sentence.start, p.start - 140), p.start);
      const own = name[1] ? null : NATO_OWNS_RE.exec(before);
      if (!name[1] && !own) continue;
      if (own?.[2] && OTHER_SIDE_RE.test(text)) continue;
      const year = own?.[1] ?? own?.[3] ?? /\b((?:19|20)\d{2})\s+$/.exec(before)?.[1];
      const at = year ? p.start - before.length + before.lastIndexOf(year) : -1;
      mentions.push({
        start: p.start,
        end: p.end + name[0].length,
        named: p.value.id,
        year: year ? { ...factRange(year), start: at, end: at + 4, granularity: 'year' } : undefined,
      });
    }
    for (const m of mentions) {
      let said = m.named;
      let saidEnd = m.end;
      if (!said) {
        const after = places.find((p) => p.start >= m.end && PLACE_AFTER_RE.test(doc.text.slice(m.end, p.start)));
        if (!after) continue;
        said = after.value.id;
        saidEnd = after.end;
      }
      const times = toldTimes(doc, sentence.start, sentence.end, m.start, m.end);
      if (m.year && !times.some((t) => t.start === m.year!.start)) times.push(m.year);
      for (const t of times) {
        if (toDays(t.first) > toDays(doc.asOf) + 7) continue;
        for (const { series, summits } of all) {
          if (t.first < series.from || t.last > series.through) continue;
          const held = summits.filter((e) => within(t, e, 0));
          if (held.length !== 1) continue;
          const e = held[0];
          if (!e.place || !isConfident(e) || placesAgree(doc.facts, said, e.place)) continue;
          const where = doc.facts.places.get(e.place)?.name ?? e.place;
          const saidName = doc.facts.places.get(said)?.name ?? said;
          const span = { start: Math.min(m.start, t.start), end: Math.max(saidEnd, t.end) };
          const a = eventContradicted(
            doc,
            e,
            span,
            `${e.name} (${formatDay(eventDays(e).first)}) was held in ${where}, not in ${saidName}: the only NATO summit ${whenTold(t)} on record.`,
          );
          out.push({ ...a, factIds: [...new Set([...a.factIds, series.id])], sources: [...new Set([...sourcesOf(series), ...a.sources])] });
        }
      }
    }
  }
  return out;
}

// "Oslo, 2 June 2023 (TDI): This year's NATO Summit brings representatives from member countries, and they gathered
// to discuss ..." (held-out 17 vd303: NATO's foreign ministers met informally in Oslo on 31 May-1 June 2023; the summit
// was in Vilnius on 11-12 July): a dateline, its place and its day with the year, opening a paragraph of the page's
// first lines, then a lead that opens with the summit and tells it as under way there.
const DATELINE_RE =
  /^[ \t]*([A-Z][A-Za-z\u00c0-\u024f'\u2019.-]+(?:[ \t]+[A-Z][A-Za-z\u00c0-\u024f'\u2019.-]+){0,2}),[ \t]+((?:\d{1,2}[ \t]+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?[ \t]+\d{1,2},?)[ \t]+(?:19|20)\d{2})[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:[:\u2013\u2014]|-{1,2})[ \t]*/gm;
// The lead's subject: the summit of the dateline's year, right at its start.
const LEAD_SUMMIT_RE =
  /^(?:(?:This|this)\s+year['\u2019]s|The|the|(?:NATO|Nato)['\u2019]s)\s+(?:(?:annual|two-day|historic|landmark)\s+)?(?:(?:NATO|Nato)\s+)?(?:leaders['\u2019]?\s+)?[Ss]ummit\b/;
// Told as under way or just held: a verb of gathering or opening, in the present or the past, after the summit.
const UNDER_WAY_RE =
  /\b(?:brings|gathers|opens|opened|begins|began|kicks\s+off|kicked\s+off|convenes|convened|gathered|met|are\s+meeting|is\s+(?:under\s*way|taking\s+place|being\s+held)|got\s+under\s*way)\b/;
// Anything that puts the summit ahead or elsewhere, or makes the gathering another: ministers, a plan, a preparation.
const NOT_UNDER_WAY_RE =
  /\b(?:will|would|shall|next|upcoming|coming|ahead|expect\w*|plan\w*|prepar\w*|set\s+to|due|later|run-?up|before|until|minist\w*|virtual|online)\b|['\u2019]ll\b/i;

// Built once (speed, round 41): a literal in datelineSummit was a new expression, parsed again, at each call.
const DATELINE_SUMMIT_RE = /[Ss]ummit/;
function datelineSummit(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!DATELINE_SUMMIT_RE.test(doc.text.slice(0, 2000))) return out;
  const all = summitSeries(doc.facts, 'all');
  if (!all.length) return out;
  const head = doc.text.slice(0, 1200);
  DATELINE_RE.lastIndex = 0;
  const m = DATELINE_RE.exec(head);
  if (!m) return out;
  // Only the page's own dateline: among its first three lines.
  if ((head.slice(0, m.index).match(/\n/g) ?? []).length > 2) return out;
  const placeStart = m.index + m[0].indexOf(m[1]);
  const place = placesIn(doc, { start: placeStart, end: placeStart + m[1].length }).find(
    (p) => p.start === placeStart && p.end === placeStart + m[1].length,
  );
  if (!place) return out;
  const dateStart = m.index + m[0].indexOf(m[2]);
  const day = findDates(doc.text, dateStart, dateStart + m[2].length, { asOf: doc.asOf }).find(
    (d) => d.granularity === 'day' && d.explicitYear && !d.relative,
  );
  if (!day) return out;
  const leadStart = m.index + m[0].length;
  const sentence = doc.sentences.find((x) => x.start <= leadStart && leadStart < x.end);
  if (!sentence) return out;
  const lead = doc.text.slice(leadStart, sentence.end);
  const summit = LEAD_SUMMIT_RE.exec(lead);
  if (!summit) return out;
  const rest = lead.slice(summit[0].length);
  if (!UNDER_WAY_RE.test(rest) || NOT_UNDER_WAY_RE.test(lead) || DENIAL_RE.test(lead) || OTHER_BODY_RE.test(lead)) return out;
  // A place told in the lead as where ('in Vilnius') is where the sentence puts the summit: summitElsewhere reads it.
  if (
    placesIn(doc, { start: leadStart, end: sentence.end }).some((p) =>
      /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(leadStart, p.start - 8), p.start)),
    )
  )
    return out;
  const year = day.first.slice(0, 4);
  for (const { series, summits } of all) {
    if (day.first < series.from || day.first > series.through) continue;
    const sameYear = summits.filter((e) => eventDays(e).first.slice(0, 4) === year);
    if (!sameYear.length || !sameYear.every((e) => e.place && isConfident(e))) continue;
    // A summit of that year at the dateline's place, or one under way or just over anywhere (a bureau far away reports
    // it: "Kyiv, 11 July 2023: This year's NATO summit opens with ..."): nothing to say.
    if (sameYear.some((e) => placesAgree(doc.facts, place.value.id, e.place!))) continue;
    if (sameYear.some((e) => within(day, e, 7))) continue;
    const e = sameYear.reduce((a, b) =>
      Math.abs(toDays(eventDays(a).first) - toDays(day.first)) <= Math.abs(toDays(eventDays(b).first) - toDays(day.first)) ? a : b,
    );
    const where = sameYear
      .map((x) => `${x.name}, ${formatDay(eventDays(x).first)}, ${doc.facts.places.get(x.place!)?.name ?? x.place}`)
      .join('; ');
    const saidName = doc.facts.places.get(place.value.id)?.name ?? m[1];
    const span = { start: m.index + m[0].indexOf(m[1]), end: leadStart + summit[0].length };
    const a = eventContradicted(
      doc,
      e,
      span,
      `No NATO summit was held in ${saidName} around ${formatDay(day.first)}: the NATO summits of ${year} on record (all of them) were ${where}.`,
    );
    out.push({ ...a, factIds: [...new Set([...a.factIds, series.id])], sources: [...new Set([...sourcesOf(series), ...a.sources])] });
  }
  return out;
}

// Round 32: an act of the page's news told as done "during a summit" on a day no NATO summit (nor any summit on record) was
// held: "..., NATO Secretary General Jen Stoltenberg announced during a summit in Brussels" (held-out 30 nf001, Wednesday
// 14 April 2021: NATO's foreign and defence ministers met), "The appointment was made during a summit meeting of NATO's 32
// member states that was held in Belgium" (nb001, 26 June 2024: the North Atlantic Council in permanent session appointed
// Rutte; the summit was in Washington two weeks later). The summit is indefinite ("a summit": a new event of the news, not
// one told before), the verb a plain past of the act, the sentence names NATO and holds no time of its own outside a
// quotation, and the page's own day is told in the lines before ("on Wednesday", "On Wednesday (26 June 2024)"), so the
// act is the page's news. Not read: "had announced" (an earlier time), a denial, another body's or side's summit, a day
// on which any summit on record was held or ended the day before (a NATO leader speaks at EU and G7 summits too).
const NEWS_SUMMIT_RE =
  /(?<!\bhad\s)\b((?:announced|said|made|decided|agreed|appointed|named|approved|adopted|unveiled)\s+(?:[a-z]+\s+){0,2}?(?:during|at)\s+a\s+(?:(?:NATO|Nato)\s+)?summit(?:\s+meeting)?)(?:\s+(?:of\s+(?:NATO|Nato)['\u2019]s\s+\d+\s+member\s+states|in\s+[A-Z][\w'\u2019.-]*)(?:\s+that\s+was\s+held\s+in\s+[A-Z][\w'\u2019.-]*)?)?/g;
// Words that put the act at an earlier time than the news: "once said during a summit", "announced last ...".
const RECALLED_RE = /\b(?:once|previously|earlier|formerly|ago|last|previous|before|past|former|then|first|years?|months?)\b/i;
// How far back the page's day may be told: the lead and a paragraph or two.
const NEWS_DAY_BACK = 700;

/** Whether the page's own day is told in the lines before `at` (a weekday or "today" of the page, or its date). */
function pageDayToldBefore(doc: Doc, at: number): boolean {
  const from = Math.max(0, at - NEWS_DAY_BACK);
  return findDates(doc.text, from, at, { asOf: doc.asOf }).some(
    (d) => d.granularity === 'day' && d.first === doc.asOf && d.last === doc.asOf && (d.relative || d.explicitYear),
  );
}

// Built once (speed, round 41): a literal in unquoted was a new expression, parsed again, at each call.
const UNQUOTED_RE = /["\u201c][^"\u201c\u201d]*["\u201d]/g;
/** The text of a sentence with its quotations blanked: what a quoted speaker said is not the sentence's own time. */
const unquoted = (text: string) => text.replace(UNQUOTED_RE, (q) => ' '.repeat(q.length));

/** Any summit on record (NATO's, the EU's, the G7's, a format's) on the page's day or ending the day before. */
function summitAround(doc: Doc): boolean {
  const around = { first: addDays(doc.asOf, -1), last: doc.asOf };
  for (const e of doc.facts.events.values()) if (e.kind === 'summit' && e.status === 'held' && overlaps(around, eventDays(e))) return true;
  for (const e of doc.facts.euMeetings.values())
    if (e.kind === 'summit' && e.status === 'held' && overlaps(around, eventDays(e))) return true;
  return false;
}

// Built once (speed, round 41): a literal in summitOfTheNewsDay was a new expression, parsed again, at each call.
const SUMMIT_OF_THE_NEWS_DAY_RE = compiledOnFirstRun(/\ba\s+(?:(?:NATO|Nato)\s+)?summit\b/);
function summitOfTheNewsDay(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !SUMMIT_OF_THE_NEWS_DAY_RE.test(doc.text)) return out;
  const all = summitSeries(doc.facts, 'all');
  const day = factRange(doc.asOf);
  for (const sentence of doc.sentences) {
    const raw = doc.text.slice(sentence.start, sentence.end);
    if (!raw.includes('summit')) continue;
    const text = unquoted(raw);
    if (!NATO_RE.test(text) || DENIAL_RE.test(text) || OTHER_BODY_RE.test(text) || OTHER_SIDE_RE.test(text)) continue;
    if (/\b(?:19|20)\d{2}\b/.test(text) || RECALLED_RE.test(text)) continue;
    NEWS_SUMMIT_RE.lastIndex = 0;
    for (let m = NEWS_SUMMIT_RE.exec(text); m; m = NEWS_SUMMIT_RE.exec(text)) {
      const start = sentence.start + m.index;
      // The claim's words end at the summit: what follows ("of NATO's 32 member states") only tells whose it was.
      const end = start + m[1].length;
      // No time of the sentence's own, outside its quotations.
      const times = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter(
        (d) => text[d.start - sentence.start] !== ' ',
      );
      if (times.length || !pageDayToldBefore(doc, sentence.start) || summitAround(doc)) continue;
      for (const { series, summits, others } of all) {
        if (doc.asOf < series.from || doc.asOf > series.through) continue;
        if (summits.some((e) => within(day, e, 3))) continue;
        const gap = (e: EventRecord) => Math.abs(toDays(eventDays(e).first) - toDays(doc.asOf));
        const nearest = summits.reduce((a, b) => (gap(a) <= gap(b) ? a : b));
        if (!isConfident(nearest)) continue;
        const instead = others.find((e) => within(day, e, 0));
        const insteadNote = instead ? ` What NATO held that day was ${instead.name}, no summit.` : '';
        const a = eventContradicted(
          doc,
          instead ?? nearest,
          { start, end },
          `No NATO summit was held on ${formatDay(doc.asOf)}, the day of this news (the record of ${series.name} is complete): the nearest was ${nearest.name}, ${formatDay(eventDays(nearest).first)}.${insteadNote}`,
        );
        out.push({
          ...a,
          factIds: [...new Set([...a.factIds, nearest.id, series.id])],
          sources: [...new Set([...sourcesOf(series), ...a.sources])],
        });
      }
    }
  }
  return out;
}

// Round 32: NATO's summit held by video (the record's summits with no place: the extraordinary summit of 25 February 2022,
// the day after the invasion) told on another day a few days off: "The extraordinary virtual NATO summit on February 24",
// "this was the third NATO summit that year, following the virtual meeting on February 24 and the extraordinary in-person
// summit in Brussels on March 24" (held-out 30 nf003: 24 February was the day NATO's ambassadors met under Article 4). "A
// virtual meeting" is read as the summit only in a sentence that tells of NATO summits, and not where a NATO meeting held
// by video (a ministerial with no place) falls on the day told. Its own day is confirmed.
const VIRTUAL_SUMMIT_RE =
  /\b(?:virtual|online|video)\s+(?:(?:NATO|Nato)\s+)?(summit|meeting)\b(?:\s+(?:of\s+(?:NATO|Nato|[Aa]llied)\s+leaders|was\s+held|took\s+place|held))?\s+on\s+$/;
const VIRTUAL_WORD_RE = /\b(?:virtual|online|video)\s/;

function virtualSummitDays(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!VIRTUAL_WORD_RE.test(doc.text)) return out;
  const all = summitSeries(doc.facts, 'all');
  for (const sentence of doc.sentences) {
    const raw = doc.text.slice(sentence.start, sentence.end);
    if (!VIRTUAL_WORD_RE.test(raw)) continue;
    const text = unquoted(raw);
    if (!NATO_RE.test(text) || DENIAL_RE.test(text) || OTHER_BODY_RE.test(text) || OTHER_SIDE_RE.test(text)) continue;
    const summitsTold = /\b[Ss]ummits?\b/.test(text);
    for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf })) {
      if (d.relative || d.granularity !== 'day') continue;
      const before = VIRTUAL_SUMMIT_RE.exec(text.slice(Math.max(0, d.start - sentence.start - 90), d.start - sentence.start));
      if (!before || (before[1] === 'meeting' && !summitsTold)) continue;
      // A day without its year is read within the year before the page (the page looks back on it).
      if (!d.explicitYear && (d.first > doc.asOf || toDays(doc.asOf) - toDays(d.first) > 366)) continue;
      const told = { first: d.first, last: d.through ?? d.last };
      for (const { series, summits, others } of all) {
        if (told.first < series.from || told.last > series.through) continue;
        const virtual = summits.filter((e) => !e.place);
        if (virtual.some((e) => within(told, e, 0))) continue;
        const near = virtual.filter((e) => within(told, e, 3));
        if (near.length !== 1 || !isConfident(near[0])) continue;
        if (before[1] === 'meeting' && others.some((e) => !e.place && within(told, e, 0))) continue;
        const e = near[0];
        const start = sentence.start + (d.start - sentence.start) - before[0].length + before[0].search(/\S/);
        const a = eventContradicted(
          doc,
          e,
          { start: Math.max(sentence.start, start), end: d.end },
          `${e.name} was held on ${formatDay(eventDays(e).first)}, not on ${formatDay(told.first)}: the only NATO summit held by video on record near that day.`,
        );
        out.push({ ...a, factIds: [...new Set([...a.factIds, series.id])], sources: [...new Set([...sourcesOf(series), ...a.sources])] });
      }
    }
  }
  return out;
}

function summitLengths(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain) return out;
  const all = summitSeries(doc.facts, 'all');
  const page = factRange(doc.asOf);
  for (const m of matchesOf(LENGTH_RE, doc.text)) {
    const n = numberFrom(m[1]);
    if (!n || n < 1 || n > 10) continue;
    const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (OTHER_BODY_RE.test(text) || /\bminist/i.test(text)) continue;
    if (!/\b(?:NATO|Nato|[Aa]lliance|[Aa]llies)\b/.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end))) continue;
    for (const { series, summits } of all) {
      // The summit of the page's days: under way, or ended or opening within three days.
      const now = summits.filter((e) => gapDays(eventDays(e), page) <= 3);
      if (now.length !== 1) continue;
      const e = now[0];
      if (!isConfident(e)) continue;
      // Round 27: a place said as where the summit is that is not this summit's ("The three-day summit in Kananaskis", a G7
      // summit told in the week of a NATO one): another summit.
      const elsewhere = placesIn(doc, sentence).some(
        (p) =>
          /\b(?:in|at)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(sentence.start, p.start - 8), p.start)) &&
          !!e.place &&
          !placesAgree(doc.facts, p.value.id, e.place),
      );
      if (elsewhere) continue;
      // Its longest span on record: the days, and any other day sources give (Madrid's arrival dinner of 28 June).
      const days = [eventDays(e).first, eventDays(e).last, ...(e.altDates ?? []).map((a) => factRange(a).first)].sort();
      const length = toDays(days[days.length - 1]) - toDays(days[0]) + 1;
      if (n <= length) continue;
      const start = m.index + m[0].indexOf(m[1]);
      const span = { start, end: start + m[1].length + 4 };
      const a = eventContradicted(
        doc,
        e,
        span,
        `${e.name} lasted ${length === 1 ? 'one day' : `${length} days`} (${length === 1 ? formatDay(days[0]) : `${formatDay(days[0])} – ${formatDay(days[days.length - 1])}`}), not ${n}.`,
      );
      out.push({ ...a, factIds: [...new Set([...a.factIds, series.id])] });
    }
  }
  return out;
}

// Built once (speed, round 41): a literal in withSummitSeries was a new expression, parsed again, at each call.
const WITH_SUMMIT_SERIES_RE = /summit/i;
/** Adds the NATO summits told at a time none was held, and summits told longer than they were. */
export function withSummitSeries(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const out = inner.find(doc, ctx);
      if (!WITH_SUMMIT_SERIES_RE.test(doc.text)) return out;
      // Round 27: a summit told longer than it was outranks the confirmation of its place or day on the same words ("NATO
      // leaders meet in Vilnius for the three-day summit", "The three-day summit opens today"): the length is another claim.
      const lengths = summitLengths(doc);
      for (const a of lengths)
        for (let k = out.length - 1; k >= 0; k--)
          if (out[k].kind === 'event' && out[k].verdict === 'supported' && out[k].factIds[0] === a.factIds[0] && spansOverlap(out[k], a))
            out.splice(k, 1);
      for (const a of [...noSummitThen(doc), ...lengths, ...datelineSummit(doc), ...previousSummitClaims(doc)])
        if (!out.some((b) => spansOverlap(b, a) && (b.kind === 'event' || b.verdict !== 'context'))) out.push(a);
      // A summit told elsewhere, or on a news day with no summit, outranks a confirmation of its day or place on the same
      // words ("a summit meeting ... that was held in Belgium" had been confirmed by the place of the summit of March 2022).
      for (const a of [...summitElsewhere(doc), ...summitOfTheNewsDay(doc), ...virtualSummitDays(doc)])
        if (!out.some((b) => spansOverlap(b, a) && (b.verdict === 'contradicted' || b.verdict === 'outdated'))) {
          for (let k = out.length - 1; k >= 0; k--)
            if (out[k].kind === 'event' && out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
          out.push(a);
        }
      return out;
    },
  };
}
