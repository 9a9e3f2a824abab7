// Round 28. An accession told as happening "today" on another day: "Sweden today officially becomes the 32nd member of the
// Alliance" on a page of 11 March 2024, the day its flag was raised in Brussels (it joined on 7 March, when its instrument
// of accession was deposited in Washington), "Finland officially joined NATO today" in a piece of mid-April 2023. The
// event's verb must be there ("becomes", "joined"): "Sweden is today NATO's 32nd member" tells a state, true on any later
// day. Contradicted when the page's certain date is three days or more after the accession (a day's margin for time zones
// and pages dated the day after); nothing to come, no condition, no denial. On the day or the day after it is confirmed.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { HYPOTHETICAL_RE } from './history-common';
import { sureOf } from './accession-noun';

type Country = Doc['facts']['base']['jurisdictions'][number];

const TODAY_RE = /\btoday\b/i;
const EVENT_VERB_RE = /\b(?:becomes|became|become|joins|joined|enters|entered|accedes|acceded)\b/i;
// A clause boundary between "today" and the accession's verb: "Sweden's flag is raised today ... after it became the 32nd
// member on Thursday" tells today's flag raising, and the accession in another clause.
const CLAUSE_BREAK_RE = /\b(?:after|before|since|following|when|while|which|who|whose|as|because|where)\b|[,;:()\u2013\u2014]/i;
// The accession told with a day of its own ("on Thursday", "last week", "on March 7"): "today" is then of something else.
const OWN_DAY_RE =
  /\b(?:yesterday|last\s+(?:week|month|\w+day)|earlier\s+this\s+(?:week|month)|on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*))\b/i;
// Round 47: "today" inside a speaker's words is the speaker's day. "\"Today, Montenegro joins NATO with a seat at the table
// as an equal ...\", said NATO's Secretary General, Jens Stoltenberg" (en.mndse.ro, a page of June 2017 quoting his words
// at the flag-raising of 7 June; held-out 46 ve020, a red flag on a true sentence): never flagged against the page's day.
const QUOTED_TODAY_RE = /["\u201c][^"\u201c\u201d]*\btoday\b/i;
const SAYING_RE = /\b(?:said|says|told|declared|stated|added|announced|remarked|noted|wrote|tweeted)\b/i;
const NOT_TOLD_RE =
  /\b(?:will|would|could|might|should|once|when|if|unless|until|soon|expected|set\s+to|about\s+to|anniversar\w*|years?\s+ago|since|not|never|n['\u2019]t|claim\w*)\b|\?/i;

/**
 * Whether `said` (from the country to the end of its accession's claim, and the words right after it) tells the accession
 * as today's: contradicted when it was three days or more before the page's day, confirmed on the day or the day after;
 * null otherwise.
 */
export function todayAtOdds(doc: Doc, country: Country, said: string, sentence: string): Pick<Annotation, 'verdict' | 'message'> | null {
  if (!TODAY_RE.test(said) || !EVENT_VERB_RE.test(said) || !country.nato || !doc.dateCertain) return null;
  if (!sameClause(said) || OWN_DAY_RE.test(said)) return null;
  const joined = factRange(country.nato.joined);
  // On the day or the day after (a page dated in another time zone): confirmed ("North Macedonia joined NATO today").
  if (joined.first <= doc.asOf && daysBetween(joined.last, doc.asOf) <= 1 && !NOT_TOLD_RE.test(sentence) && !HYPOTHETICAL_RE.test(sentence))
    return { verdict: 'supported', message: `${country.name} joined NATO on ${formatDay(country.nato.joined)}.` };
  if (joined.first > doc.asOf || daysBetween(joined.last, doc.asOf) < 3) return null;
  if (NOT_TOLD_RE.test(sentence) || HYPOTHETICAL_RE.test(sentence) || !sureOf(country, { first: doc.asOf, last: doc.asOf })) return null;
  if (QUOTED_TODAY_RE.test(sentence) && SAYING_RE.test(sentence)) return null;
  return {
    verdict: 'contradicted',
    message: `Not today (${formatDay(doc.asOf)}): ${country.name} joined NATO on ${formatDay(country.nato.joined)}.`,
  };
}

/** Whether some "today" and some verb of the event in `said` stand in one clause, with no break between them. */
function sameClause(said: string): boolean {
  const todays = [...said.matchAll(/\btoday\b/gi)].map((m) => m.index);
  const verbs = [...said.matchAll(new RegExp(EVENT_VERB_RE.source, 'gi'))].map((m) => m.index);
  return todays.some((t) => verbs.some((v) => !CLAUSE_BREAK_RE.test(t < v ? said.slice(t + 5, v) : said.slice(v, t))));
}

/**
 * The words that tell a country's accession: from the country (or a "Today," that opens the sentence right before it) to
 * the claim's end, and a "today" right after it ("... became NATO's 32nd member today"), not one that opens the next
 * predicate ("Finland, which joined NATO, today hosted ...").
 */
export function toldWithToday(doc: Doc, sentence: { start: number }, country: { start: number; end: number }, end: number): string {
  const head = /^\W*Today,?\s+(?:the\s+)?$/i.test(doc.text.slice(sentence.start, country.start)) ? 'today ' : '';
  const after = TODAY_AFTER_RE.test(doc.text.slice(end, end + 40)) ? ' today' : '';
  return head + doc.text.slice(country.end, end) + after;
}
const TODAY_AFTER_RE =
  /^\s*today\b(?!,?\s+(?:\w+ed|became|becomes|is|was|has|have|had|will|would|said|says|marks|hosts|holds|raises|takes|begins|starts|meets)\b)/i;
