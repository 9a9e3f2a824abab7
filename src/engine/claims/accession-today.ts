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
const NOT_TOLD_RE =
  /\b(?:will|would|could|might|should|once|when|if|unless|until|soon|expected|set\s+to|about\s+to|anniversar\w*|years?\s+ago|since|not|never|n['’]t|claim\w*)\b|\?/i;

/**
 * Whether `said` (from the country to the end of its accession's claim, and the words right after it) tells the accession
 * as today's: contradicted when it was three days or more before the page's day, confirmed on the day or the day after;
 * null otherwise.
 */
export function todayAtOdds(doc: Doc, country: Country, said: string, sentence: string): Pick<Annotation, 'verdict' | 'message'> | null {
  if (!TODAY_RE.test(said) || !EVENT_VERB_RE.test(said) || !country.nato || !doc.dateCertain) return null;
  const joined = factRange(country.nato.joined);
  // On the day or the day after (a page dated in another time zone): confirmed ("North Macedonia joined NATO today").
  if (joined.first <= doc.asOf && daysBetween(joined.last, doc.asOf) <= 1 && !NOT_TOLD_RE.test(sentence) && !HYPOTHETICAL_RE.test(sentence))
    return { verdict: 'supported', message: `${country.name} joined NATO on ${formatDay(country.nato.joined)}.` };
  if (joined.first > doc.asOf || daysBetween(joined.last, doc.asOf) < 3) return null;
  if (NOT_TOLD_RE.test(sentence) || HYPOTHETICAL_RE.test(sentence) || !sureOf(country, { first: doc.asOf, last: doc.asOf })) return null;
  return {
    verdict: 'contradicted',
    message: `Not today (${formatDay(doc.asOf)}): ${country.name} joined NATO on ${formatDay(country.nato.joined)}.`,
  };
}

/**
 * The words that tell a country's accession: from the country (or a "Today," that opens the sentence right before it) to
 * a few characters past the claim's end ("... became NATO's 32nd member today").
 */
export function toldWithToday(doc: Doc, sentence: { start: number }, country: { start: number; end: number }, end: number): string {
  const head = /^\W*Today,?\s+(?:the\s+)?$/i.test(doc.text.slice(sentence.start, country.start)) ? 'today ' : '';
  return head + doc.text.slice(country.end, end + 12);
}
