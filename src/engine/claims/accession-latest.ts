// Round 44 (held-out 42 tt004, a list page of 15 April 2023: "the alliance has grown to 30 NATO members with North Macedonia
// being the latest country to join in 2020"; Finland had joined on 4 April 2023). An accession told with its year and, in
// the same words, as the latest one now: "X being the latest country to join in 2020", "X, the newest member of NATO, joined
// in 2020", "X is the most recent country to join NATO, in 2020", "The most recent country to join NATO is X, in 2020".
// accessionDateClaims (accession.ts) confirms the year; the place as the latest is a claim of the page's day, and when a
// later member had joined by then it is not so. Judged as accession-process.ts judges "X is NATO's newest member": outdated
// when the later accession is more than a month before the page's day (a page may be written earlier than it is dated),
// both records sure, the date certain and nothing supposed or told of another time in the sentence; otherwise context. Not
// "X became the latest country to join NATO in 2020" (true when it happened), nor "was" after the country ("At the time,
// X was the newest member"), nor the phrase of the past opening a fronted time ("In 2018, the most recent member was
// Montenegro").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { HYPOTHETICAL_RE } from './history-common';

type Country = Doc['facts']['base']['jurisdictions'][number];
type Span = { start: number; end: number };

const LATEST_WORD = String.raw`(?:latest|newest|most\s+recent)`;
const JOINER_NOUN = String.raw`(?:(?:NATO\s+|Nato\s+)?(?:country|member(?:\s+(?:state|country|nation))?|nation|state|ally|addition))`;
const OF_NATO = String.raw`(?:\s+(?:of|to|in)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?`;
const TO_JOIN = String.raw`(?:\s+to\s+(?:join|enter)(?:\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?)?`;
// Cheap gate: the word itself.
const LATEST_HINT_RE = new RegExp(`\\b${LATEST_WORD}\\b`, 'i');
// Between the country and the date: "being the latest country to join", ", the newest member of NATO, joined", "is the most
// recent country to join NATO,".
const AFTER_COUNTRY_RE = new RegExp(
  String.raw`^(?:\s+(?:being|is|remains|now\s+being)\s+|\s*,\s*(?:now\s+)?|\s+as\s+)(?:NATO['\u2019]s\s+|[Tt]he\s+|its\s+)${LATEST_WORD}\s+(?:${JOINER_NOUN}${OF_NATO}${TO_JOIN}|to\s+join${OF_NATO})(?:\s*,\s*(?:which\s+|that\s+|having\s+)?(?:joined|became\s+a\s+member|acceded|entered))?(?:\s*,)?(?:\s+(?:in|on))?\s*$`,
);
// Before the country, the phrase opening its sentence: "The most recent country to join NATO is/was X".
const BEFORE_COUNTRY_RE = new RegExp(
  String.raw`^[\s"\u201c'\u2018(]*(?:NATO['\u2019]s\s+|[Tt]he\s+)${LATEST_WORD}\s+(?:${JOINER_NOUN}${OF_NATO}${TO_JOIN}|to\s+join${OF_NATO})\s+(?:is|was)\s+$`,
);
// Another time or a supposition in the sentence.
const THEN_RE = /\b(?:then|at\s+the\s+time|until|formerly|once|previously|had\s+been|back\s+in)\b/i;

/**
 * The judgement of one country's accession confirmed with its year (`span` from the country to the date) when the words
 * also call it the latest to join: null when they do not, or when it was the latest on the page's day (the confirmation
 * stands).
 */
export function latestToldJudged(
  doc: Doc,
  sentence: Span,
  members: readonly Country[],
  country: { start: number; end: number; country: Country },
  date: Span,
  span: Span,
): Annotation | null {
  const text = doc.text;
  if (!LATEST_HINT_RE.test(text.slice(sentence.start, sentence.end))) return null;
  const after = date.start > country.end && AFTER_COUNTRY_RE.test(text.slice(country.end, date.start));
  const before = !after && country.start > sentence.start && BEFORE_COUNTRY_RE.test(text.slice(sentence.start, country.start));
  if (!after && !before) return null;
  const said = text.slice(sentence.start, sentence.end);
  const c = country.country;
  const own = factRange(c.nato!.joined).first;
  const joined = members.filter((j) => j.nato && factRange(j.nato.joined).last <= doc.asOf);
  const later = joined.filter((j) => factRange(j.nato!.joined).first > own);
  if (!later.length) return null;
  const latest = factRange(later[later.length - 1].nato!.joined).first;
  const next = later.reduce((a, b) => (factRange(b.nato!.joined).first < factRange(a.nato!.joined).first ? b : a));
  const latestNames = later.filter((j) => factRange(j.nato!.joined).first === latest).map((j) => j.name);
  const sure =
    doc.dateCertain &&
    addDays(factRange(next.nato!.joined).first, 30) < doc.asOf &&
    !HYPOTHETICAL_RE.test(said) &&
    !THEN_RE.test(said) &&
    isConfident(c.nato!) &&
    later.every((j) => isConfident(j.nato!));
  const fact = `NATO's newest member on ${formatDay(doc.asOf)}: ${latestNames.join(' and ')} (joined ${formatDay(latest)}).`;
  const message = `Not so on ${formatDay(doc.asOf)}: ${c.name} joined NATO on ${formatDay(own)}, but it was no longer the latest to join; ${latestNames.join(' and ')} joined later (${formatDay(latest)}).`;
  const whole = before
    ? {
        start: sentence.start + (text.slice(sentence.start, span.end).length - text.slice(sentence.start, span.end).trimStart().length),
        end: span.end,
      }
    : span;
  return {
    start: whole.start,
    end: whole.end,
    quote: text.slice(whole.start, whole.end),
    verdict: sure ? 'outdated' : 'context',
    kind: 'membership',
    factIds: [c.id],
    message,
    fact,
    sources: sourcesOfAll([c.nato, ...later.map((j) => j.nato)]).slice(0, 3),
  };
}
