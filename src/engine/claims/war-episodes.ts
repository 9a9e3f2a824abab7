// When two episodes of Russia's war on Ukraine began, told by a season, a month or a year (the days are data:
// figures.war.kurskIncursion and figures.war.northKoreanTroops):
//
// - Ukraine's incursion into Russia's Kursk region, 6 August 2024: "His counter-invasion of Russia which started in the
//   late Spring" (October 2024) is contradicted. The incursion is named beyond doubt only as "Kursk incursion/offensive",
//   an incursion or invasion "into Kursk", or a "(counter-)invasion of Russia" by Ukraine (Ukraine, Kyiv or Zelensky in the
//   sentence; not the Belgorod raids of Russian volunteers). A red flag when the time told of its start (the season or
//   month as a whole, a week either side) misses 6 August 2024.
// - North Korea's troops sent to Russia from October 2024: "North Korea reportedly sent over 11,000 troops to Russia in
//   early 2023" (June 2025) is contradicted. Only a time before the first deployment is wrong (a later one may be
//   reinforcements: "an additional 3,000 in January and February of this year").
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

// The incursion by its name: "the Kursk incursion", "Ukraine's incursion into Russia's Kursk region", "his
// counter-invasion of Russia".
const KURSK_RE = new RegExp(
  String.raw`\b(?:Kursk\s+(incursion|offensive|operation|invasion)|(incursion|invasion|offensive|counter-?invasion|operation|push)\s+(?:in|into)\s+(?:Russia['’]s\s+)?(?:western\s+)?Kursk(?:\s+(?:region|oblast|Oblast|Region))?|counter-?invasion\s+(?:of|into)\s+Russia)\b`,
  'gi',
);
// An offensive, an operation or a push in Kursk is Ukraine's only when the page says so right before it ("Ukraine's
// offensive in Kursk"): Russia's counter-offensive there began in September 2024. "The Kursk offensive" is Ukraine's.
const UKRAINE_OWNER_RE = /\b(?:Ukrain\w*(?:['’]s)?|Kyiv['’]s|Zelensk\w*['’]s|[Hh]is)\s+(?:[\w-]+\s+){0,2}$/;
// Before the name: another of Ukraine's attacks there ("a new offensive in Kursk" of January 2025) or Russia's.
const NOT_THE_FIRST_RE =
  /\b(?:new|renewed|second|fresh|another|latest|Russia['’]s|Russian|Moscow['’]s|Putin['’]s|Kremlin['’]s)\s+(?:[\w-]+\s+){0,2}$/i;
// Between the incursion and its time: "which started", "that began", "launched", "began".
const STARTED_RE = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+)?(?:(?:was|had|has\s+been)\s+)?(?:started|began|begun|launched|kicked\s+off|commenced)\s+(?=in\b)`,
  'i',
);
const UKRAINE_RE = /\b(?:Ukrain\w*|Kyiv|Kiev|Zelensk\w*|Syrskyi)\b/;
const OTHER_RAID_RE = /\b(?:Belgorod|volunteer|Freedom\s+of\s+Russia|Russian\s+Volunteer\s+Corps|1943|World\s+War)\b/i;

// "North Korea (reportedly) sent over 11,000 troops to Russia in early 2023", "North Korean troops were sent to Russia in".
const NK_RE = new RegExp(
  String.raw`\b(?:(?:North\s+Korea|Pyongyang|the\s+DPRK)\s+(?:(?:reportedly|first|initially|allegedly|also)\s+)?(?:sent|deployed|dispatched|began\s+sending|started\s+sending|began\s+deploying)\s+(?:(?:over|more\s+than|about|around|some|up\s+to|nearly|roughly|an\s+estimated)\s+)?(?:[\d,]+|thousands\s+of|tens\s+of\s+thousands\s+of)?\s*(?:of\s+its\s+)?(?:troops|soldiers)|North\s+Korean\s+(?:troops|soldiers)\s+(?:were|had\s+been|have\s+been)\s+(?:first\s+)?(?:sent|deployed|dispatched))\s+to\s+(?:Russia|Kursk|fight\s+for\s+Russia)(?:['’]s\s+Kursk\s+(?:region|oblast))?\s+`,
  'gi',
);
const NOT_SAID_RE =
  /\b(?:no|not|never|denied|deny|denies|if|whether|would|could|might|will|plans?|planning|expected|rumou?rs?)\b|n['’]t\b/i;

interface Told extends DayRange {
  end: number;
  text: string;
}

/** The days a time after "in" covers, its year resolved as the last one begun by `asOf`; null when no time is there. */
function toldTime(text: string, at: number, asOf: string): Told | null {
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
  return r ? { ...r, end: at + m[0].length, text: m[0] } : null;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86400000).toISOString().slice(0, 10);

function sentenceOf(doc: Doc, at: number) {
  return doc.sentences.find((s) => s.start <= at && at < s.end);
}

type Episode = NonNullable<NonNullable<Doc['facts']['base']['figures']['war']>['kurskIncursion']>;

/** A module function, not a closure declared per call: under tsx each named closure costs a naming call. */
function episodeAnnotation(doc: Doc, start: number, end: number, message: string, anchor: Episode, id: string): Annotation {
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    verdict: 'contradicted',
    kind: 'event',
    factIds: [id],
    message,
    fact: anchor.summary,
    sources: sourcesOf(anchor),
  };
}

function episodes(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const war = doc.facts.base.figures.war;
  if (!war || !doc.dateCertain) return out;
  const { kurskIncursion: kursk, northKoreanTroops: nk } = war;
  if (kursk && isConfident(kursk) && /Kursk|counter-?invasion/i.test(doc.text)) {
    for (const m of doc.text.matchAll(KURSK_RE)) {
      const s = sentenceOf(doc, m.index);
      if (!s) continue;
      const text = doc.text.slice(s.start, s.end);
      if (!UKRAINE_RE.test(text) && !UKRAINE_RE.test(doc.text.slice(Math.max(0, s.start - 300), s.start))) continue;
      if (OTHER_RAID_RE.test(text) || NOT_SAID_RE.test(text)) continue;
      const lead = doc.text.slice(Math.max(s.start, m.index - 40), m.index);
      if (NOT_THE_FIRST_RE.test(lead)) continue;
      if (/^(?:offensive|operation|push)$/i.test(m[2] ?? '') && !UKRAINE_OWNER_RE.test(lead)) continue;
      const after = m.index + m[0].length;
      const verb = STARTED_RE.exec(doc.text.slice(after, s.end));
      if (!verb) continue;
      const told = toldTime(doc.text, after + verb[0].length, doc.asOf);
      if (!told || told.end > s.end) continue;
      const day = kursk.date;
      // Before the incursion the page cannot tell of it; a week's slack either side of the time told.
      if (doc.asOf < day) continue;
      if (addDays(told.first, -7) <= day && day <= addDays(told.last, 7)) continue;
      out.push(
        episodeAnnotation(
          doc,
          m.index,
          told.end,
          `Not so: Ukraine's incursion into Russia's Kursk region began on ${formatDay(day)}, not ${told.text.trim()}.`,
          kursk,
          'kursk-incursion',
        ),
      );
    }
  }
  if (nk && isConfident(nk) && /North\s+Korea|Pyongyang|DPRK/.test(doc.text)) {
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
