// Round 34: a NATO summit told with its place and a time none of that place's summits had. "It was at the NATO summit in
// Vilnius in June that the Turkish president announced ..." (held-out 32 ig007, 11 August 2023: the Vilnius summit was
// held on 11-12 July 2023), "the 2023 NATO summit in Madrid" (Madrid's was 2022), "NATO's June 2024 summit in
// Washington" (July), "the Vilnius NATO summit in June".
//
// The place says which summit is meant, the time told with it is its own (nothing but "in", "this" or the summit's noun
// between them), and NATO's summits are on record without a gap from 2014:
//   - a month without its year: contradicted when no NATO summit at that place was ever held in that month (nor, for
//     "early"/"late" MONTH, within a week of it) and the one meant (the last at that place before the page, in the last
//     two years, none to come) is on record.
//   - a year told, with or without a month, is left to the older readers (ministerials.ts, summit-forms.ts), which know
//     the virtual summits (Brussels' of February 2022 had no place) and rounded months.
// Never for a summit to come (dates move), a plan, a wish or a time told as a change ("originally", "postponed"), or
// with another body's meeting named in the sentence (the Eastern Partnership met in Vilnius in November 2013).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { matchesIn } from '../doc';
import { addDays, MONTH_NAMES } from '../dates';
import { sourcesOf } from '../holders';
import { pastHorizon } from '../horizon';
import { memoByFacts } from '../memo';
import { describeEvent, eventDays } from './event-confirmed';
import { placesAgree } from './place-chain';
import { execWarm, testWarm, warmed, compiledOnFirstRun } from '../triggers';

const MONTH = String.raw`(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const YEAR = String.raw`((?:19|20)\d\d)`;
const NATO = String.raw`(?:NATO|Nato|N\.A\.T\.O\.|[Aa]lliance|[Aa]llied|[Aa]tlantic\s+[Aa]lliance)(?:['\u2019]s?)?`;
// Before the place: "the NATO summit in", "NATO's June 2024 summit in", "the July NATO leaders' summit held in".
const BEFORE_PLACE_RE = new RegExp(
  String.raw`(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:${MONTH}\s+)?(?:${YEAR}\s+)?${NATO}\s+|\b${NATO}\s+(?:${MONTH}\s+)?(?:${YEAR}\s+)?)(?:leaders['\u2019]?\s+)?[Ss]ummit\s+(?:(?:held|hosted|that\s+took\s+place|which\s+took\s+place)\s+)?(?:in|at)\s+(?:[Tt]he\s+)?$`,
);
// Before the place, with "summit" after it: "the 2023 Vilnius NATO summit", "NATO's June Vilnius summit".
const BEFORE_NAMED_RE = new RegExp(
  String.raw`(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:${MONTH}\s+)?(?:${YEAR}\s+)?(?:${NATO}\s+)?|\b${NATO}\s+(?:${MONTH}\s+)?(?:${YEAR}\s+)?)$`,
);
const NAMED_AFTER_RE = new RegExp(String.raw`^\s+(?:(${NATO})\s+)?(?:leaders['\u2019]?\s+)?[Ss]ummit\b`);
// After the summit's place: "in June", "in early July", "in June 2023", "in 2023", "this June".
// Round 40: "last June" too ("the NATO Summit held in Madrid last March", held-out 38 ry001, May 2023: Madrid's were in July
// 1997 and June 2022): a month counted back from the page, its year not told, judged as "in June" is (no summit at the place
// in that month of any year). Not a day ("in June 14"):
// days are the meeting readers' (ministerials.ts).
const AFTER_RE = new RegExp(
  String.raw`^\s*(?:in\s+(?:(?:early|mid|late)[\s-]+)?|this\s+|last\s+)(?:${MONTH}(?:\s+(?:of\s+)?${YEAR})?|${YEAR})\b(?![\s,]*\d|\s*[-\u2013]\s*\d|\s+last\b|['\u2019])`,
);
const REL_MONTH_AFTER_RE = /^,?\s*(?:(?:earlier|early)\s+)?(this|last)\s+month\b(?!['\u2019])/i;
const REL_YEAR_AFTER_RE = /^,?\s*(?:(?:earlier|early|late|later)\s+(?:in\s+)?)?(this|last)\s+year\b(?!['\u2019])/i;
// A plan, a wish, a change of date or a hypothesis: the time told may be another's than the summit held.
const HEDGE_RE =
  /\b(?:would|could|should|might|if|whether|plann?\w*|propos\w*|wanted|wants?|hop(?:e|ed|es|ing)|bid|offer\w*|original\w*|initial\w*|postpone\w*|reschedul\w*|delay\w*|moved|brought\s+forward|expected|scheduled|slated|set\s+to|was\s+to|were\s+to|due)\b/i;
// Another body's meeting: the place may have hosted that one at the time told.
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Council|Political\s+Community)|Eastern\s+Partnership|G7|G-7|G20|G-20|OSCE|ASEAN|BRICS|SCO|Turkic|Arab|African|Council\s+of\s+Europe|Commonwealth|Three\s+Seas|Bucharest\s+Nine|B9|Nordic|Visegrad|Crimea\s+Platform|Parliamentary\s+Assembly|ministers?|ministerial|[Pp]eace\s+[Ss]ummit)\b/;
// What is reported or relative after the time told: another clause's tense.
const CLAUSE_AFTER_RE = /\b(?:that|who|which|where|when)\b/;
const mainClauseAfter = (rest: string): string => {
  const m = CLAUSE_AFTER_RE.exec(rest);
  return m ? rest.slice(0, m.index) : rest;
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** NATO's summits are on record without a gap from this year. */
const COMPLETE_FROM = 2014;

const natoSummits = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.id.startsWith('nato-') && /^\d{4}-\d\d-\d\d$/.test(e.start)),
);

/** The months (0-11) and years a record's days fall in. */
function monthsOf(e: EventRecord): { months: Set<number>; years: Set<number> } {
  const { first, last } = eventDays(e);
  const months = new Set<number>();
  const years = new Set<number>();
  for (let d = first; d <= last; d = addDays(d, 1)) {
    months.add(+d.slice(5, 7) - 1);
    years.add(+d.slice(0, 4));
  }
  return { months, years };
}

interface Told {
  /** "early" or "late" before the month. */
  part?: string;
  /** Round 40: the year told relative to the page ("last year", "earlier this year"). */
  relative?: boolean;
  /**
   * Round 42: the years a month counted back from the page may be in ("the Madrid Summit last July" on 9 July 2023: July
   * 2022 alone; "last June" in August 2023: June 2023, or June 2022 as some writers mean it).
   */
  years?: number[];
  /** Round 42: a season counted back from the page ("the Vilnius summit last spring"). */
  season?: Season;
  /** Round 42: the months (0-11) "next month" may mean ("the NATO summit in Vilnius next month"). */
  next?: number[];
  month: number | null;
  year: number | null;
  start: number;
  end: number;
}

function timeTold(doc: Doc, before: RegExpExecArray | null, beforeAt: number, afterAt: number, sentenceEnd: number): Told | null {
  let month: number | null = null;
  let year: number | null = null;
  let end = afterAt;
  if (before) {
    if (before[1] ?? before[3]) month = MONTHS.indexOf((before[1] ?? before[3]).slice(0, 3).toLowerCase());
    if (before[2] ?? before[4]) year = +(before[2] ?? before[4]);
  }
  const after = AFTER_RE.exec(doc.text.slice(afterAt, Math.min(sentenceEnd, afterAt + 30)));
  if (after) {
    // A time on both sides is two times: which is the summit's is not sure.
    if (month !== null || year !== null) return null;
    if (after[1]) month = MONTHS.indexOf(after[1].slice(0, 3).toLowerCase());
    if (after[2] ?? after[3]) year = +(after[2] ?? after[3]);
    if (/^\s*this\s/.test(after[0])) year = +doc.asOf.slice(0, 4);
    end = afterAt + after[0].length;
    // Round 42: "last July", its year not told, is the July before the page's month, not any July: Madrid's summit of July
    // 1997 does not excuse "the Madrid Summit last July" on a page of July 2023 (held-out 40 tf001; Madrid's was 28-30 June
    // 2022). In a month's first week the writer's month may be the one before: the years of both are taken.
    if (LAST_RE.test(after[0]) && month !== null && year === null) {
      return { month, year: null, years: lastMonthYearsOnPage(month, doc.asOf), start: beforeAt, end };
    }
  }
  // Round 42: "the Vilnius summit last spring" (July 2023), "the Madrid summit last autumn": a season counted back from the page.
  const season =
    !after && month === null && year === null ? SEASON_AFTER_RE.exec(doc.text.slice(afterAt, Math.min(sentenceEnd, afterAt + 30))) : null;
  if (season) {
    const name = season[1].toLowerCase();
    return {
      month: null,
      year: null,
      season: name === 'fall' ? 'autumn' : (name as Season),
      start: beforeAt,
      end: afterAt + season[0].length,
    };
  }
  // Round 40: "the Madrid summit last year" (a page of 2024: Madrid's was in 2022), "the NATO summit in Vilnius earlier this
  // year": a year counted from the page's, no time before the place.
  const rel =
    !after && month === null && year === null ? REL_YEAR_AFTER_RE.exec(doc.text.slice(afterAt, Math.min(sentenceEnd, afterAt + 30))) : null;
  if (rel) {
    year = +doc.asOf.slice(0, 4) - (rel[1].toLowerCase() === 'last' ? 1 : 0);
    return { month: null, year, start: beforeAt, end: afterAt + rel[0].length, relative: true };
  }
  // Round 40: "the NATO summit in Vilnius last month" (a page of September 2023: July), "earlier this month": the month counted
  // from the page's, judged as "in July" is. Not in the first week of a month, when "last month" may be the writer's month before.
  const relMonth =
    !after && month === null && year === null
      ? REL_MONTH_AFTER_RE.exec(doc.text.slice(afterAt, Math.min(sentenceEnd, afterAt + 30)))
      : null;
  if (relMonth && +doc.asOf.slice(8, 10) >= 8) {
    const pageMonth = +doc.asOf.slice(5, 7) - 1;
    month = relMonth[1].toLowerCase() === 'last' ? (pageMonth + 11) % 12 : pageMonth;
    return { month, year: null, start: beforeAt, end: afterAt + relMonth[0].length };
  }
  // Round 42: "the NATO summit in Vilnius next month" on a page of May 2023 (held on 11-12 July): the month after the page's,
  // and in a month's first week the page's own too (the writer's month may be the one before).
  const nextMonth =
    !after && month === null && year === null
      ? NEXT_MONTH_AFTER_RE.exec(doc.text.slice(afterAt, Math.min(sentenceEnd, afterAt + 30)))
      : null;
  if (nextMonth) {
    const pageMonth = +doc.asOf.slice(5, 7) - 1;
    const next = [(pageMonth + 1) % 12, ...(+doc.asOf.slice(8, 10) < 8 ? [pageMonth] : [])];
    return { month: null, year: null, next, start: beforeAt, end: afterAt + nextMonth[0].length };
  }
  const part = /\b(early|late)\b/i.exec(doc.text.slice(afterAt, end))?.[1].toLowerCase();
  if (month === null && year === null) return null;
  return { month, year, start: beforeAt, end, ...(part ? { part } : {}) };
}

/** "in early July" of a summit that ended days before July, "in late June" of one that opened days after June. */
function rounded(e: EventRecord, told: Told): boolean {
  const { first, last } = eventDays(e);
  const month = told.month!;
  if (told.part === 'early') return addDays(last, 7).slice(5, 7) === String(month + 1).padStart(2, '0');
  if (told.part === 'late') return addDays(first, -7).slice(5, 7) === String(month + 1).padStart(2, '0');
  return false;
}

function judge(doc: Doc, placeId: string, placeName: string, told: Told): Annotation | null {
  const atPlace = natoSummits(doc.facts, 'all').filter((e) => e.place && placesAgree(doc.facts, placeId, e.place));
  if (!atPlace.length) return null;
  let meant: EventRecord | undefined;
  if (told.relative) return relativeYear(doc, atPlace, placeId, placeName, told);
  if (told.years || told.season) return relativeMonthOrSeason(doc, atPlace, placeId, placeName, told);
  if (told.next) return nextMonthSummit(doc, atPlace, placeId, placeName, told);
  // A year told is the older readers' (ministerials.ts, summit-forms.ts): they know the virtual summits and rounded months.
  if (told.year !== null || told.month === null) return null;
  {
    if (!doc.dateCertain) return null;
    // No NATO summit at the place in that month of any year on record, nor (for "early"/"late" MONTH) within days of it.
    if (atPlace.some((e) => monthsOf(e).months.has(told.month!) || rounded(e, told))) return null;
    // None to come at the place; the last one held there is recent and on record's complete years.
    if (atPlace.some((e) => eventDays(e).last >= doc.asOf || e.status !== 'held')) return null;
    const last = atPlace.reduce((a, b) => (a.start > b.start ? a : b));
    if (+last.start.slice(0, 4) < COMPLETE_FROM || last.start < addDays(doc.asOf, -730) || last.confidence !== 'verified') return null;
    meant = last;
  }
  if (!meant || meant.confidence !== 'verified') return null;
  const said = told.month !== null ? `${MONTH_NAMES[told.month]}${told.year !== null ? ` ${told.year}` : ''}` : String(told.year);
  return noSummitThen(doc, told, placeName, said, meant);
}

/** "No NATO summit was held in PLACE in TIME": the time told, on its words, with the summit at the place that was meant. */
function noSummitThen(doc: Doc, told: Told, placeName: string, said: string, meant: EventRecord): Annotation {
  const now = describeEvent(doc, meant);
  return {
    start: told.start,
    end: told.end,
    quote: doc.text.slice(told.start, told.end),
    kind: 'event',
    verdict: 'contradicted',
    factIds: [meant.id],
    message: `No NATO summit was held in ${placeName} in ${said}: ${meant.name} was held on ${now.when}${now.place ? `, ${now.place.replace(/\.$/, '')}` : ''}.`,
    fact: now.fact,
    sources: sourcesOf(meant),
  };
}

/**
 * Round 40: a NATO summit at its place told with a year counted from the page that none of that place's summits had ("the
 * Madrid summit last year" in 2024). Not Brussels (the EU's leaders and NATO's extraordinary summits meet there), not in January
 * (a text of December read days later still says "this year" of its own), not past the fact base's horizon, and only where the
 * last summit at the place is on record's complete years, held and verified, with none to come.
 */
function relativeYear(doc: Doc, atPlace: EventRecord[], placeId: string, placeName: string, told: Told): Annotation | null {
  if (!doc.dateCertain || doc.asOf.slice(5, 7) === '01' || placeId === 'brussels' || pastHorizon(doc.facts, doc.asOf)) return null;
  const year = told.year!;
  if (year < COMPLETE_FROM || atPlace.some((e) => monthsOf(e).years.has(year))) return null;
  if (atPlace.some((e) => eventDays(e).last >= doc.asOf || e.status !== 'held')) return null;
  const last = atPlace.reduce((a, b) => (a.start > b.start ? a : b));
  if (+last.start.slice(0, 4) < COMPLETE_FROM || last.confidence !== 'verified') return null;
  return noSummitThen(doc, told, placeName, String(year), last);
}

/** The years "last MONTH" may mean on a day: the year before for the day's month or a later one, else either. */
function lastMonthYears(month: number, day: string): number[] {
  const year = +day.slice(0, 4);
  return month >= +day.slice(5, 7) - 1 ? [year - 1] : [year, year - 1];
}

/** The same on a page's day; in a month's first week the writer's month may be the one before, whose years are taken too. */
function lastMonthYearsOnPage(month: number, asOf: string): number[] {
  const years = lastMonthYears(month, asOf);
  if (+asOf.slice(8, 10) < 8) for (const y of lastMonthYears(month, addDays(asOf, -8))) if (!years.includes(y)) years.push(y);
  return years;
}

/** Whether one of the event's days falls in the month (0-11) of one of the years. */
export function heldInMonth(e: EventRecord, month: number, years: readonly number[]): boolean {
  const { first, last } = eventDays(e);
  for (let d = first; d <= last; d = addDays(d, 1)) if (+d.slice(5, 7) - 1 === month && years.includes(+d.slice(0, 4))) return true;
  return false;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
const LAST_RE = /^\s*last\s/;
// "last spring", "last summer", "last autumn", "last fall", "last winter" right after the summit's place (or its noun).
const SEASON_AFTER_RE = /^\s*last\s+(spring|summer|autumn|fall|winter)\b(?!['\u2019])/i;
/**
 * The days (month and day, "MM-DD") a season may be taken to cover, the meteorological and the astronomical reckonings
 * together, each in the northern and, reversed, the southern hemisphere (a writer in Australia calls July winter): a season
 * fits a summit that meets either.
 */
const SEASON_DAYS: Record<Season, readonly (readonly [string, string])[]> = {
  spring: [
    ['03-01', '06-21'],
    ['09-01', '12-21'],
  ],
  summer: [
    ['06-01', '09-23'],
    ['12-01', '12-31'],
    ['01-01', '03-20'],
  ],
  autumn: [
    ['09-01', '12-21'],
    ['03-01', '06-21'],
  ],
  winter: [
    ['12-01', '12-31'],
    ['01-01', '03-20'],
    ['06-01', '09-23'],
  ],
};
/** Days a summit may lie outside a season's days and still be loosely told in it. */
const SEASON_MARGIN_DAYS = 14;
/** How far back "last MONTH" or "last SEASON" may reach: the two years before the page. */
const LAST_REACH_DAYS = 730;

export function inSeason(e: EventRecord, season: Season): boolean {
  const { first, last } = eventDays(e);
  for (let d = addDays(first, -SEASON_MARGIN_DAYS); d <= addDays(last, SEASON_MARGIN_DAYS); d = addDays(d, 1)) {
    const md = d.slice(5);
    if (SEASON_DAYS[season].some(([from, to]) => md >= from && md <= to)) return true;
  }
  return false;
}

/**
 * Round 42: a NATO summit at its place told with a month or season counted back from the page ("the Madrid Summit last July",
 * 9 July 2023; "the Vilnius summit last spring") that no summit held there in the two years before the page had. As the
 * relative year (relativeYear): not Brussels (the EU's leaders and NATO's extraordinary summits meet there), not past the fact
 * base's horizon, none to come at the place, and the last one held there recent, on record's complete years and verified.
 */
function relativeMonthOrSeason(doc: Doc, atPlace: EventRecord[], placeId: string, placeName: string, told: Told): Annotation | null {
  if (!doc.dateCertain || placeId === 'brussels' || pastHorizon(doc.facts, doc.asOf)) return null;
  if (atPlace.some((e) => eventDays(e).last >= doc.asOf || e.status !== 'held')) return null;
  const from = addDays(doc.asOf, -LAST_REACH_DAYS);
  const recent = atPlace.filter((e) => eventDays(e).last >= from);
  if (!recent.length) return null;
  if (told.years) {
    const years = told.years;
    if (atPlace.some((e) => heldInMonth(e, told.month!, years))) return null;
  } else if (recent.some((e) => inSeason(e, told.season!))) return null;
  const last = recent.reduce((a, b) => (a.start > b.start ? a : b));
  if (+last.start.slice(0, 4) < COMPLETE_FROM || last.confidence !== 'verified') return null;
  const said = told.years ? `${MONTH_NAMES[told.month!]} ${told.years.join(' or ')}` : `the ${told.season} before the article`;
  return noSummitThen(doc, told, placeName, said, last);
}

const NEXT_MONTH_AFTER_RE = /^\s*next\s+month\b(?!['\u2019])/i;
/** How far ahead the summit "next month" may mean is looked for: the next one at the place, within about four months. */
const NEXT_REACH_DAYS = 120;
/** How far ahead a day of the summit may be and still fall in "next month". */
const NEXT_MONTH_DAYS = 70;

/**
 * Round 42: the next NATO summit at a place told as "next month" when none of its days falls in the month after the page's
 * ("the NATO summit in Vilnius next month" on 20 May 2023; Vilnius met on 11-12 July). A summit's dates are set and announced
 * months ahead; the one meant is the next at the place on record, verified, within four months of the page. Not Brussels (the
 * EU's leaders and NATO's extraordinary summits meet there), not past the fact base's horizon.
 */
function nextMonthSummit(doc: Doc, atPlace: EventRecord[], placeId: string, placeName: string, told: Told): Annotation | null {
  if (!doc.dateCertain || placeId === 'brussels' || pastHorizon(doc.facts, doc.asOf)) return null;
  const coming = atPlace.filter((e) => eventDays(e).first > doc.asOf).sort((a, b) => (a.start < b.start ? -1 : 1));
  const meant = coming[0];
  if (!meant || meant.confidence !== 'verified' || eventDays(meant).first > addDays(doc.asOf, NEXT_REACH_DAYS)) return null;
  const { first, last } = eventDays(meant);
  const latest = addDays(doc.asOf, NEXT_MONTH_DAYS);
  for (let d = first; d <= last && d <= latest; d = addDays(d, 1)) if (told.next!.includes(+d.slice(5, 7) - 1)) return null;
  const month = told.next![0];
  const year = +doc.asOf.slice(0, 4) + (month < +doc.asOf.slice(5, 7) - 1 ? 1 : 0);
  return noSummitThen(doc, told, placeName, `${MONTH_NAMES[month]} ${year}`, meant);
}

const UNPLACED_GATE_RE = compiledOnFirstRun(/[Ss]ummit\s+(?:held\s+)?last\s/);
// "the NATO summit last July", "NATO's summit last June", "the alliance's leaders' summit held last July": NATO in the phrase,
// the month right after it, not a day ("last July 11") nor a possessive.
const UNPLACED_LAST_MONTH_RE = new RegExp(
  String.raw`\b(?:[Tt]he\s+(?:NATO|Nato|[Aa]lliance['\u2019]s)|NATO['\u2019]s|Nato['\u2019]s)\s+(?:leaders['\u2019]?\s+)?[Ss]ummit\s+(?:held\s+)?last\s+${MONTH}\b(?![\s,]*\d|['\u2019])`,
);
/** How far from the month told a NATO summit may be to be the one meant: about six weeks. */
const MEANT_NEAR_DAYS = 45;

/**
 * Round 42: a NATO summit with no place told by "last MONTH" when no NATO summit met in that month of the year or two it can
 * mean ("At the NATO summit last July, allies invited Finland and Sweden" in October 2022: Madrid met on 28-30 June). NATO's
 * summits, extraordinary and virtual ones included, are on record without a gap from 2014; the one meant is the latest summit
 * within six weeks of the month told (there must be one: else the writer may mean another meeting), held and verified. Not hedged, not with another body's meeting or ministers in the
 * sentence, not past the horizon.
 */
function unplacedLastMonth(doc: Doc, sentence: { start: number; end: number }): Annotation | null {
  const said = doc.text.slice(sentence.start, sentence.end);
  const m = UNPLACED_LAST_MONTH_RE.exec(said);
  if (!m || !doc.dateCertain || testWarm(OTHER_BODY_RE, said) || pastHorizon(doc.facts, doc.asOf)) return null;
  const own = said.slice(0, m.index + m[0].length) + mainClauseAfter(said.slice(m.index + m[0].length));
  if (HEDGE_RE.test(own)) return null;
  const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
  const years = lastMonthYearsOnPage(month, doc.asOf);
  if (years.some((y) => y < COMPLETE_FROM)) return null;
  const summits = natoSummits(doc.facts, 'all');
  if (summits.some((e) => heldInMonth(e, month, years))) return null;
  // The summits near the month told, in any year it can mean.
  const near = summits.filter((e) => {
    const { first, last } = eventDays(e);
    return years.some((y) => {
      const from = `${y}-${String(month + 1).padStart(2, '0')}-01`;
      const to = addDays(`${month === 11 ? y + 1 : y}-${String(((month + 1) % 12) + 1).padStart(2, '0')}-01`, -1);
      return last >= addDays(from, -MEANT_NEAR_DAYS) && first <= addDays(to, MEANT_NEAR_DAYS);
    });
  });
  // "last July" in October 2022 may be 2022's or 2021's: wrong for both when neither had one; the latest near is cited.
  if (!near.length) return null;
  const meant = near.reduce((a, b) => (a.start > b.start ? a : b));
  if (meant.status !== 'held' || meant.confidence !== 'verified' || eventDays(meant).last >= doc.asOf) return null;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  const now = describeEvent(doc, meant);
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'event',
    verdict: 'contradicted',
    factIds: [meant.id],
    message: `No NATO summit was held in ${MONTH_NAMES[month]} ${years.join(' or ')}: ${meant.name} was held on ${now.when}${now.place ? `, ${now.place.replace(/\.$/, '')}` : ''}.`,
    fact: now.fact,
    sources: sourcesOf(meant),
  };
}

// Built once (speed, round 41): a literal in placedSummitTimes was a new expression, parsed again, at each call.
const PLACED_SUMMIT_TIMES_RE = /[Ss]ummit/;
const PLACED_SUMMIT_TIMES_RE2 = /\b(?:NATO|Nato|[Aa]lliance|[Aa]llies)\b/;
/** "the NATO summit in Vilnius in June" (July): a NATO summit told at its place and a time none of that place's had. */
export function placedSummitTimes(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Round 42: a NATO summit told by "last MONTH" with no place (unplacedLastMonth); most pages have none.
  const unplaced = UNPLACED_GATE_RE.test(doc.text);
  for (const sentence of doc.sentences) {
    if (unplaced) {
      const a = unplacedLastMonth(doc, sentence);
      if (a) out.push(a);
    }
    const places = matchesIn(doc, sentence, 'place');
    if (!places.length) continue;
    const said = doc.text.slice(sentence.start, sentence.end);
    if (!PLACED_SUMMIT_TIMES_RE.test(said) || testWarm(OTHER_BODY_RE, said)) continue;
    for (const p of places) {
      const lead = doc.text.slice(Math.max(sentence.start, p.start - 80), p.start);
      const placeName = doc.facts.places.get(p.value.id)?.name ?? doc.text.slice(p.start, p.end);
      let told: Told | null = null;
      const before = warmed(BEFORE_PLACE_RE, lead).exec(lead);
      if (before) told = timeTold(doc, before, p.start - before[0].length, p.end, sentence.end);
      else {
        const rest = doc.text.slice(p.end, Math.min(sentence.end, p.end + 40));
        const named = warmed(NAMED_AFTER_RE, rest).exec(rest);
        if (!named) continue;
        const pre = execWarm(BEFORE_NAMED_RE, lead);
        // NATO named in the phrase itself, or in the sentence with no other body ("the Vilnius summit", NATO named).
        const natoNamed = (pre && new RegExp(NATO).test(pre[0])) || named[1] || PLACED_SUMMIT_TIMES_RE2.test(said);
        if (!natoNamed) continue;
        const at = pre ? p.start - pre[0].length : p.start;
        told = timeTold(doc, pre, at, p.end + named[0].length, sentence.end);
      }
      if (!told) continue;
      // A plan or a change told of the summit: in the sentence up to the clause after the time ("It was at the summit in
      // Vilnius in June that ...") or a clause reported after it ("announced that Turkey would ratify").
      const own = doc.text.slice(sentence.start, told.end) + mainClauseAfter(doc.text.slice(told.end, sentence.end));
      if (HEDGE_RE.test(own)) continue;
      const a = judge(doc, p.value.id, placeName, told);
      if (a) out.push(a);
    }
  }
  return out;
}
