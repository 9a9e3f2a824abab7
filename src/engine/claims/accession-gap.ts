// Round 28. The time since the last accession, told when a country joins or of the page's day: "Montenegro became the 29th
// member of NATO. It has been a decade since the last state has been accepted" (5 June 2017: Albania and Croatia joined on 1
// April 2009, eight years before), "the first new member in a decade", "the first country to join the alliance in more than
// ten years". The gap is counted from the accession before the one at hand (an accession within 30 days of the page's day)
// or, with none at hand, from the latest accession to the page's day. Confirmed when the length fits (a bare count within a
// year, "more than", "nearly", "about" as said); contradicted when it is off by a year and a half or more, the page's date
// certain, NATO named in the sentence or the 600 characters before and no other club there, no year written in the sentence
// (which would make it another time's) and no supposition. ("the first expansion/enlargement of NATO in six years" is
// accession-steps.ts's firstExpansion.)
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, toDays } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { COUNT_SRC, HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import { gated } from '../triggers';

const HINT_RE = gated(
  /\b(?:since\s+the\s+(?:last|previous)|first\s+(?:new\s+)?(?:member|country|nation|state|ally|accession|enlargement|expansion))\b/i,
);
const LENGTH_SRC = `(more\\s+than|over|nearly|almost|about|around|some|roughly|less\\s+than|under|just\\s+over|just\\s+under)?\\s*(?:(a|one)\\s+decade|(?:a|one)\\s+(year)|${COUNT_SRC}\\s+years)`;
// "It has been a decade since the last state has been accepted", "eight years after the last country joined": a member's
// noun with its verb of joining (not "since the last member left the Warsaw Pact"), or the enlargement itself.
const SINCE_RE = new RegExp(
  `\\b(?:it\\s+(?:has|had)\\s+been|it['’]s\\s+been|after|ending|ends|ended)\\s+${LENGTH_SRC}\\s+(?:since|after)\\s+(?:the\\s+)?(?:last|previous)\\s+(?:new\\s+)?(?:(?:state|country|nation|member(?:\\s+(?:state|country))?|ally)\\s+(?:to\\s+(?:join|be\\s+admitted|accede)|(?:has\\s+been|had\\s+been|was|were)\\s+(?:accepted|admitted|welcomed)|(?:has\\s+|had\\s+)?(?:joined|acceded|entered))|(?:enlargement|expansion|accession)(?!\\s+of\\s+(?!NATO|Nato|the\\s+[Aa]lliance)))\\b`,
  'i',
);
// "the first new member in a decade", "the first country to join the alliance in more than ten years".
const FIRST_RE = new RegExp(
  `\\bfirst\\s+(?:new\\s+)?(?:member(?:\\s+(?:state|country))?|country|nation|state|ally|accession|(enlargement|expansion))(?:\\s+to\\s+(?:join|be\\s+admitted|accede)(?:\\s+(?:to\\s+)?(?:NATO|Nato|the\\s+(?:North\\s+Atlantic\\s+)?[Aa]lliance))?)?(?:\\s+(?:of|in)\\s+(?:NATO|Nato|the\\s+[Aa]lliance))?\\s+(?:in|for)\\s+${LENGTH_SRC}\\b`,
  'i',
);
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Communit(?:y|ies))|eurozone|euro\s+zone|Schengen|OECD|WTO|Council\s+of\s+Europe|United\s+Nations|BRICS|Commonwealth|Warsaw\s+Pact|Soviet|CSTO)\b/;
const YEAR_RE = /\b(?:19[4-9]\d|20[0-4]\d)\b/;
const YEAR_DAYS = 365.2425;

/** The accession days of the members, in order, each once. */
function accessionDays(doc: Doc): Array<{ day: string; sure: boolean; ids: string[]; sources: Annotation['sources'] }> {
  const byDay = new Map<string, { day: string; sure: boolean; ids: string[]; records: Array<{ sources: Array<{ url: string }> }> }>();
  for (const j of doc.facts.base.jurisdictions) {
    if (!j.nato) continue;
    const day = factRange(j.nato.joined).first;
    const entry = byDay.get(day) ?? { day, sure: true, ids: [], records: [] };
    entry.sure &&= isConfident(j.nato);
    entry.ids.push(j.id);
    entry.records.push(j.nato);
    byDay.set(day, entry);
  }
  return [...byDay.values()]
    .sort((a, b) => (a.day < b.day ? -1 : 1))
    .map((e) => ({ day: e.day, sure: e.sure, ids: e.ids, sources: sourcesOfAll(e.records).slice(0, 3) }));
}

/**
 * Whether a length told with its hedge fits `years`; 'off' when it misses by a year and a half or more (by two and a half
 * for a decade told "nearly", "about": "nearly a decade" of eight years is loose, not false).
 */
function fits(hedge: string, n: number, years: number, decade: boolean): 'yes' | 'near' | 'off' {
  const h = hedge.toLowerCase().replace(/\s+/g, ' ');
  const slack = decade && h && !/more than|over|less than|under/.test(h) ? 2.5 : 1.5;
  let ok: boolean;
  let off: boolean;
  if (/more than|over/.test(h)) [ok, off] = [years > n, years < n - slack];
  else if (/less than|under/.test(h)) [ok, off] = [years < n, years > n + slack];
  else if (/nearly|almost/.test(h)) [ok, off] = [years <= n && years >= n - 1, years < n - slack || years > n + 0.5];
  else [ok, off] = [Math.abs(years - n) < 1, Math.abs(years - n) >= slack];
  return ok ? 'yes' : off ? 'off' : 'near';
}

/** The time since the last accession (see above). */
export function accessionGapClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const days = accessionDays(doc);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) continue;
    const m = SINCE_RE.exec(text) ?? FIRST_RE.exec(text);
    if (!m) continue;
    const around = doc.text.slice(Math.max(0, sentence.start - 600), sentence.end);
    if (!NATO_RE.test(around) || OTHER_CLUB_RE.test(around)) continue;
    const [, noun, hedge = '', decade, aYear, count] = m.length === 6 ? m : [m[0], undefined, ...m.slice(1)];
    // "the first expansion of NATO in six years", no hedge: accession-steps.ts's firstExpansion reads it.
    if (noun && !hedge && !decade) continue;
    const n = decade ? 10 : aYear ? 1 : numberFrom(count ?? '');
    if (!Number.isFinite(n)) continue;
    // The accession at hand (within 30 days of the page) and the one before it; or the latest before the page, to the page.
    const at = toDays(doc.asOf);
    const hand = days.find((d) => Math.abs(toDays(d.day) - at) <= 30);
    const i = hand ? days.indexOf(hand) : days.filter((d) => d.day <= doc.asOf).length;
    const prev = days[i - 1];
    if (!prev) continue;
    const to = hand ? hand.day : doc.asOf;
    const years = (toDays(to) - toDays(prev.day)) / YEAR_DAYS;
    const fit = fits(hedge, n, years, !!decade);
    if (fit === 'near') continue;
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    // The accessions counted from and to (not 'nato-members': the length is of these days, not re-judged as of a told time).
    const ids = [...prev.ids, ...(hand ? hand.ids : [])];
    const fact = hand
      ? `The accession before ${formatDay(hand.day)} was on ${formatDay(prev.day)}, ${years.toFixed(1)} years earlier.`
      : `The latest accession before ${formatDay(doc.asOf)} was on ${formatDay(prev.day)}, ${years.toFixed(1)} years earlier.`;
    if (fit === 'yes') {
      out.push(historyAnnotation(doc, span, 'membership', 'supported', fact, fact, ids, prev.sources));
      continue;
    }
    if (!doc.dateCertain || YEAR_RE.test(text) || HYPOTHETICAL_RE.test(text) || !prev.sure || (hand && !hand.sure)) continue;
    out.push(historyAnnotation(doc, span, 'membership', 'contradicted', `Not so: ${fact}`, fact, ids, prev.sources));
  }
  return out;
}
