// When three episodes of Russia's war on Ukraine began, told by a season, a month, a year or (round 27) a day (the days are
// data: figures.war.kurskIncursion, figures.war.northKoreanTroops, figures.war.atacmsIntoRussia):
//
// - Ukraine's incursion into Russia's Kursk region, 6 August 2024: "His counter-invasion of Russia which started in the
//   late Spring" (October 2024) is contradicted. The incursion is named beyond doubt only as "Kursk incursion/offensive",
//   an incursion or invasion "into Kursk", or a "(counter-)invasion of Russia" by Ukraine (Ukraine, Kyiv or Zelensky in the
//   sentence; not the Belgorod raids of Russian volunteers). A red flag when the time told of its start (the season or
//   month as a whole, a week either side) misses 6 August 2024. Round 27: the launch told by its verb before the incursion
//   ("Kyiv launched its surprise incursion into the Kursk region in June"), "the" before Kursk, and "counter-invasion of
//   Russia's Kursk region"; a time that holds the day is confirmed (a new offensive, another push, a crossing elsewhere
//   are not this one and are not read).
// - North Korea's troops sent to Russia from October 2024: "North Korea reportedly sent over 11,000 troops to Russia in
//   early 2023" (June 2025) is contradicted. Only a time before the first deployment is wrong (a later one may be
//   reinforcements: "an additional 3,000 in January and February of this year").
// - Round 27: Ukraine's first strike into Russia itself with US-made ATACMS, 19 November 2024 (six missiles at Bryansk,
//   after the Biden administration eased its limits): "ATACMS missiles that struck deep into Russian territory for the
//   first time in August" (September 2025, held-out 24 yb102) is contradicted. ATACMS, "first", and Russia itself as the
//   target (not occupied Ukraine or Crimea: ATACMS were first used there in October 2023) in one sentence, with one time
//   told; not the permission (granted days before, discussed for months), another weapon named beside it (Storm Shadow,
//   HIMARS: "for the first time" may be theirs), "since", a hedge, a plan or a denial.
//
// A season or month without its year is the last one begun by the page's date; a denial, a condition or the future
// leaves the claim alone.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { factRange, formatDay, MONTH_NAMES, type DayRange } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { spansOverlap } from '../sentences';

const SEASONS: Record<string, [string, string, number]> = {
  // Northern seasons, by the widest reading (meteorological start, astronomical end); winter starts the year before.
  spring: ['03-01', '06-21', 0],
  summer: ['06-01', '09-22', 0],
  autumn: ['09-01', '12-21', 0],
  fall: ['09-01', '12-21', 0],
  winter: ['12-01', '03-20', -1],
};
const MONTHS = MONTH_NAMES.join('|');
// "in the late Spring", "in early 2023", "in August", "in the summer of 2024", "in mid-2023", "in October 2024".
const TIME = String.raw`in\s+(?:the\s+)?(?:(early|late|mid)[-\s]+)?(?:(spring|summer|autumn|fall|winter)(?:\s+of)?|(${MONTHS}))?(?:\s*((?:19|20)\d{2}))?\b`;
const TIME_RE = new RegExp(`^${TIME}`, 'i');
// Round 27: a day written out after "on": "on August 16", "on 16 August 2024", "on Nov. 19, 2024".
const MONTH_ABBR = String.raw`(?:${MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?`;
const DAY_TIME_RE = new RegExp(
  String.raw`^on\s+(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_ABBR})|(${MONTH_ABBR})\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+((?:19|20)\d{2}))?\b`,
  'i',
);

// The incursion by its name: "the Kursk incursion", "Ukraine's incursion into Russia's Kursk region", "his
// counter-invasion of Russia".
const KURSK_RE = new RegExp(
  String.raw`\b(?:Kursk\s+(incursion|offensive|operation|invasion)|(incursion|invasion|offensive|counter-?invasion|operation|push)\s+(?:in|into)\s+(?:Russia['\u2019]s\s+)?(?:the\s+)?(?:western\s+)?Kursk(?:\s+(?:region|oblast|Oblast|Region))?|counter-?invasion\s+(?:of|into)\s+Russia(?:['\u2019]s\s+(?:western\s+)?Kursk(?:\s+(?:region|oblast|Oblast|Region))?)?)\b`,
  'gi',
);
// Round 27: the launch told by its verb before the incursion, the time right after it: "Kyiv launched its surprise incursion
// into Russia's Kursk region in July", "Ukraine began its cross-border invasion of the Kursk region on August 6". The
// possessive makes it the incursion ("launched an incursion ... near Tyotkino on September 11" was another crossing). Only an
// incursion or an invasion, or a surprise or cross-border offensive into Kursk: Ukraine launched other offensives and attacks
// in Kursk later (January 2025), told as "new" or "in" the region.
const KURSK_LAUNCH_RE = new RegExp(
  String.raw`\b(?:launch(?:ed|es|ing)?|beg[au]n|start(?:ed|s|ing)?|mount(?:ed|s|ing)?|staged)\s+(?:its|their|his)\s+(?:(?:surprise|cross-border|ground|major|large-scale|lightning|daring|audacious|bold|stunning)\s+)*(?:incursion|invasion|counter-?invasion|(?<=(?:surprise|cross-border)\s+)(?:offensive|operation|attack|assault))\s+(?:into|of)\s+(?:Russia['\u2019]s\s+)?(?:the\s+)?(?:(?:western|southern|southwestern|border)\s+)?Kursk(?:\s+(?:region|oblast|Oblast|Region))?\s+`,
  'gi',
);
// An offensive, an operation or a push in Kursk is Ukraine's only when the page says so right before it ("Ukraine's
// offensive in Kursk"): Russia's counter-offensive there began in September 2024. "The Kursk offensive" is Ukraine's.
const UKRAINE_OWNER_RE = /\b(?:Ukrain\w*(?:['\u2019]s)?|Kyiv['\u2019]s|Zelensk\w*['\u2019]s|[Hh]is)\s+(?:[\w-]+\s+){0,2}$/;
// Before the name: another of Ukraine's attacks there ("a new offensive in Kursk" of January 2025) or Russia's.
const NOT_THE_FIRST_RE =
  /\b(?:new|renewed|second|fresh|another|latest|Russia['\u2019]s|Russian|Moscow['\u2019]s|Putin['\u2019]s|Kremlin['\u2019]s)\s+(?:[\w-]+\s+){0,2}$/i;
// Between the incursion and its time: "which started", "that began", "launched", "began".
const STARTED_RE = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+)?(?:(?:was|had|has\s+been)\s+)?(?:started|began|begun|launched|kicked\s+off|commenced)\s+(?=(?:in|on)\b)`,
  'i',
);
const UKRAINE_RE = /\b(?:Ukrain\w*|Kyiv|Kiev|Zelensk\w*|Syrskyi)\b/;
const OTHER_RAID_RE =
  /\b(?:Belgorod|Tyotkino|Tetkino|Glushkovo|Glushkovsky|volunteer\w*|Freedom\s+of\s+Russia|Russian\s+Volunteer\s+Corps|1943|World\s+War)\b/i;

// "North Korea (reportedly) sent over 11,000 troops to Russia in early 2023", "North Korean troops were sent to Russia in".
const NK_RE = new RegExp(
  String.raw`\b(?:(?:North\s+Korea|Pyongyang|the\s+DPRK)\s+(?:(?:reportedly|first|initially|allegedly|also)\s+)?(?:sent|deployed|dispatched|began\s+sending|started\s+sending|began\s+deploying)\s+(?:(?:over|more\s+than|about|around|some|up\s+to|nearly|roughly|an\s+estimated)\s+)?(?:[\d,]+|thousands\s+of|tens\s+of\s+thousands\s+of)?\s*(?:of\s+its\s+)?(?:troops|soldiers)|North\s+Korean\s+(?:troops|soldiers)\s+(?:were|had\s+been|have\s+been)\s+(?:first\s+)?(?:sent|deployed|dispatched))\s+to\s+(?:Russia|Kursk|fight\s+for\s+Russia)(?:['\u2019]s\s+Kursk\s+(?:region|oblast))?\s+`,
  'gi',
);
const NOT_SAID_RE =
  /\b(?:no|not|never|denied|deny|denies|if|whether|would|could|might|will|plans?|planning|expected|rumou?rs?)\b|n['\u2019]t\b/i;

// Round 27: the first ATACMS strike into Russia itself. The target: Russia's own territory ("deep into Russian territory",
// "inside Russia", "on Russian soil", "Russia's Bryansk region"), not occupied Ukraine.
const ATACMS_INTO_RUSSIA_RE =
  /\b(?:(?:into|inside|in|on|against|at|struck|hit|strike|strikes|targeted|targeting)\s+(?:targets?\s+(?:deep\s+)?(?:in|inside|on)\s+)?(?:Russian\s+(?:territory|soil)|Russia)\b(?!['\u2019]s\s+(?:forces|troops|army|positions|invasion|war))|Bryansk)/i;
const ATACMS_FIRST_RE = /\b(?:for\s+the\s+first\s+time|first(?:\s+ever)?)\b/i;
// Whose time is not the strike's: the permission ("allowed", "authorised", "lifted the ban"), another weapon named beside it,
// a span ("since"), occupied Ukraine or Crimea, the report of a claim that may not hold ("reportedly", "if confirmed").
const ATACMS_OTHER_RE =
  /\b(?:allow\w*|authori[sz]\w*|permi\w*|green[-\s]light\w*|approv\w*|lift\w*|eas(?:ed|ing|es)|restrict\w*|ban|barred|request\w*|sought|asked|since|occupied|Crimea\w*|Storm\s+Shadows?|SCALP|HIMARS|Taurus|F-16s?|Neptune|drones?|Tomahawks?|reportedly|confirmed|claimed|alleged\w*)\b/i;

// Another Russian region than Bryansk named: the first strike on that region may be meant ("struck Russia's Kursk region with
// ATACMS for the first time on November 23").
const ATACMS_OTHER_REGION_RE =
  /\b(?!Bryansk\b)[A-Z][a-z]+\s+(?:region|oblast|Oblast|Region|province)\b|\b(?:Kursk|Belgorod|Rostov|Voronezh|Krasnodar|Taganrog|Oryol|Lipetsk)\b/;

interface Told extends DayRange {
  end: number;
  text: string;
  /** No year was written: the page's year (or the one before) was taken. */
  yearless?: boolean;
}

/** The days a time after "in" covers, its year resolved as the last one begun by `asOf`; null when no time is there. */
function toldTime(text: string, at: number, asOf: string): Told | null {
  const d = DAY_TIME_RE.exec(text.slice(at));
  if (d) return toldDay(d, at, asOf);
  const m = TIME_RE.exec(text.slice(at));
  if (!m) return null;
  const [, part, season, month, year] = m;
  if (!season && !month && !year) return null;
  if (!season && !month && !part && year) {
    // "in 2023" alone: the whole year.
    return { ...factRange(year), end: at + m[0].length, text: m[0] };
  }
  const range = (y: number): DayRange | null => {
    if (season) {
      const [from, to, shift] = SEASONS[season.toLowerCase()];
      return { first: `${y + shift}-${from}`, last: `${y}-${to}` };
    }
    if (month) {
      const mm = String(MONTH_NAMES.findIndex((n) => n.toLowerCase() === month.toLowerCase()) + 1).padStart(2, '0');
      return factRange(`${y}-${mm}`);
    }
    // "early 2023", "late 2023", "mid-2023": the year's first half, its second, its middle half.
    const half = part!.toLowerCase();
    return half === 'early'
      ? { first: `${y}-01-01`, last: `${y}-06-30` }
      : half === 'late'
        ? { first: `${y}-07-01`, last: `${y}-12-31` }
        : { first: `${y}-04-01`, last: `${y}-09-30` };
  };
  let r: DayRange | null;
  if (year) r = range(Number(year));
  else {
    if (!season && !month) return null;
    const y = Number(asOf.slice(0, 4));
    r = range(y);
    if (r && r.first > asOf) r = range(y - 1);
  }
  return r ? { ...r, end: at + m[0].length, text: m[0], yearless: !year } : null;
}

/** A day written out ("on August 16"), its year the page's, or the year before when the day would be after the page. */
function toldDay(d: RegExpExecArray, at: number, asOf: string): Told | null {
  const day = Number(d[1] ?? d[4]);
  const name = (d[2] ?? d[3]).toLowerCase().replace(/\.$/, '');
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(name.slice(0, 3))) + 1;
  if (!month || day < 1 || day > 31) return null;
  const md = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  let iso = `${d[5] ?? asOf.slice(0, 4)}-${md}`;
  if (!d[5] && iso > asOf) iso = `${Number(asOf.slice(0, 4)) - 1}-${md}`;
  return { first: iso, last: iso, end: at + d[0].length, text: d[0], yearless: !d[5] };
}

const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86400000).toISOString().slice(0, 10);

function sentenceOf(doc: Doc, at: number) {
  return doc.sentences.find((s) => s.start <= at && at < s.end);
}

type Episode = NonNullable<NonNullable<Doc['facts']['base']['figures']['war']>['kurskIncursion']>;

/** A module function, not a closure declared per call: under tsx each named closure costs a naming call. */
function episodeAnnotation(
  doc: Doc,
  start: number,
  end: number,
  message: string,
  anchor: Episode,
  id: string,
  verdict: 'contradicted' | 'supported' = 'contradicted',
): Annotation {
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    verdict,
    kind: 'event',
    factIds: [id],
    message,
    fact: anchor.summary,
    sources: sourcesOf(anchor),
  };
}

/**
 * Round 27: an episode's start against the time told of it: supported when the time holds the day, contradicted when it
 * misses it by more than the slack (a week for a month or a season, a day for a day written out: reports from other time
 * zones, a night's events). Null before the episode (the page cannot tell of it).
 */
function judgeStart(
  doc: Doc,
  span: { start: number; end: number },
  told: Told,
  anchor: Episode,
  id: string,
  what: string,
): Annotation | null {
  const day = anchor.date;
  if (doc.asOf < day) return null;
  const slack = told.first === told.last ? 1 : 7;
  const inside = told.first <= day && day <= told.last;
  if (!inside && addDays(told.first, -slack) <= day && day <= addDays(told.last, slack)) return null;
  // A month or a day with no year, read as this year's, that holds the day in the episode's own year ("launched in August"
  // on a page of September 2025, of August 2024) is the writer's shorthand, not a wrong time: left alone.
  if (!inside && told.yearless) {
    const k = Number(told.last.slice(0, 4)) - Number(day.slice(0, 4));
    const back = (iso: string) => `${Number(iso.slice(0, 4)) - k}${iso.slice(4)}`;
    if (k > 0 && addDays(back(told.first), -slack) <= day && day <= addDays(back(told.last), slack)) return null;
  }
  return inside
    ? episodeAnnotation(doc, span.start, span.end, `${what} on ${formatDay(day)}.`, anchor, id, 'supported')
    : episodeAnnotation(
        doc,
        span.start,
        span.end,
        `Not so: ${what} on ${formatDay(day)}, not ${told.text.trim().replace(/^In\b/, 'in')}.`,
        anchor,
        id,
      );
}

const KURSK_BEGAN = "Ukraine's incursion into Russia's Kursk region began";
const ATACMS_FIRST = 'Ukraine first fired US-made ATACMS missiles into Russia itself';
// Where a time may be told in a sentence: "in August", "on 19 November".
const TIME_AT_RE = /\b(?:in|on)\s/gi;

// Built once (speed, round 41): a literal in episodes was a new expression, parsed again, at each call.
const EPISODES_RE = /Kursk|counter-?invasion/i;
const EPISODES_RE2 = /North\s+Korea|Pyongyang|DPRK/;
function episodes(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const war = doc.facts.base.figures.war;
  if (!war || !doc.dateCertain) return out;
  const { kurskIncursion: kursk, northKoreanTroops: nk, atacmsIntoRussia: atacms } = war;
  if (kursk && isConfident(kursk) && EPISODES_RE.test(doc.text)) {
    // The incursion named, then how it began ("which started in"); or its launch told by the verb, the time right after.
    const found: { at: number; timeAt: number }[] = [];
    for (const m of doc.text.matchAll(KURSK_RE)) {
      const s = sentenceOf(doc, m.index);
      if (!s) continue;
      const lead = doc.text.slice(Math.max(s.start, m.index - 40), m.index);
      if (NOT_THE_FIRST_RE.test(lead)) continue;
      if (/^(?:offensive|operation|push)$/i.test(m[2] ?? '') && !UKRAINE_OWNER_RE.test(lead)) continue;
      const after = m.index + m[0].length;
      const verb = STARTED_RE.exec(doc.text.slice(after, s.end));
      if (verb) found.push({ at: m.index, timeAt: after + verb[0].length });
    }
    if (/\bKursk\b/.test(doc.text))
      for (const m of doc.text.matchAll(KURSK_LAUNCH_RE)) found.push({ at: m.index, timeAt: m.index + m[0].length });
    for (const { at, timeAt } of found) {
      const s = sentenceOf(doc, at);
      if (!s) continue;
      const text = doc.text.slice(s.start, s.end);
      if (!UKRAINE_RE.test(text) && !UKRAINE_RE.test(doc.text.slice(Math.max(0, s.start - 300), s.start))) continue;
      if (OTHER_RAID_RE.test(text) || NOT_SAID_RE.test(text)) continue;
      const told = toldTime(doc.text, timeAt, doc.asOf);
      if (!told || told.end > s.end) continue;
      const a = judgeStart(doc, { start: at, end: told.end }, told, kursk, 'kursk-incursion', KURSK_BEGAN);
      if (a && !out.some((b) => spansOverlap(a, b))) out.push(a);
    }
  }
  if (nk && isConfident(nk) && EPISODES_RE2.test(doc.text)) {
    const first = factRange(nk.date).first;
    for (const m of doc.text.matchAll(NK_RE)) {
      const s = sentenceOf(doc, m.index);
      if (!s) continue;
      const text = doc.text.slice(s.start, s.end);
      if (NOT_SAID_RE.test(text)) continue;
      const told = toldTime(doc.text, m.index + m[0].length, doc.asOf);
      if (!told || told.end > s.end) continue;
      // Only a time wholly before the first deployment, by more than a month.
      if (told.last >= addDays(first, -31)) continue;
      out.push(
        episodeAnnotation(
          doc,
          m.index,
          told.end,
          `Not so: North Korea's troops were first sent to Russia in ${formatDay(first).replace(/\s+\d{1,2},/, '')}, not ${told.text.trim()}.`,
          nk,
          'north-korean-troops',
        ),
      );
    }
  }
  if (atacms && isConfident(atacms) && doc.text.includes('ATACMS')) {
    for (const s of doc.sentences) {
      const text = doc.text.slice(s.start, s.end);
      const at = text.indexOf('ATACMS');
      if (at < 0) continue;
      if (!ATACMS_FIRST_RE.test(text) || !ATACMS_INTO_RUSSIA_RE.test(text)) continue;
      if (ATACMS_OTHER_RE.test(text) || ATACMS_OTHER_REGION_RE.test(text) || NOT_SAID_RE.test(text)) continue;
      // Exactly one time told in the sentence, so that it is the strike's.
      const times: Told[] = [];
      for (const m of text.matchAll(TIME_AT_RE)) {
        const told = toldTime(doc.text, s.start + m.index, doc.asOf);
        if (told && told.end <= s.end) times.push(told);
      }
      if (times.length !== 1) continue;
      const told = times[0];
      const timeStart = told.end - told.text.length;
      const span = { start: Math.min(s.start + at, timeStart), end: Math.max(s.start + at + 'ATACMS'.length, told.end) };
      const a = judgeStart(doc, span, told, atacms, 'atacms-into-russia', ATACMS_FIRST);
      if (a) out.push(a);
    }
  }
  return out;
}

/** The event detector, with the start of the war's episodes told at a time they had not begun. */
export function withWarEpisodes(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      for (const a of episodes(doc)) if (!out.some((b) => b.kind === 'event' && spansOverlap(b, a))) out.push(a);
      return out;
    },
  };
}
