// Round 23. An accession told ahead, at a time, after every ally had ratified it: "Sweden is set to become the alliance’s
// 32nd member at the next summit in Washington DC in July, pending the bill being signed by Hungary’s newly elected
// President" (26 February 2024, the day of Hungary's vote, the last; held-out 21 zb007). Once the last ally has ratified,
// only the signature and the deposit of the instruments in Washington remain, days of work: Sweden joined on 7 March 2024.
// An accession never waits for a summit, so a time told for it that begins more than a month after the real accession day
// is contradicted, and the place in line the sentence confirms goes with it.
//
// Only with the candidate as the subject of "is set to / will / is expected to / is due to (formally) become (NATO's Nth)
// member / join (NATO)", a month or day written right after (through "at the (next) summit (in PLACE)" at most), no "by",
// "before", "until" or "no later than" (a deadline is true of an earlier day); the page's day on or after the last
// ratification on record (the last of all: the accession followed it within a month) and before the accession. Before the
// last ratification a time to come is a forecast and says nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { addDays, factRange, findDates, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import type { Span } from '../sentences';
import { memoByFacts } from '../memo';
import { countriesIn, historyAnnotation, ORDINAL_SRC, ordinalName } from './history-common';
import { numberFrom } from '../numbers';
import { gated } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

const AHEAD_RE =
  /\b(?:is|are)\s+(?:now\s+)?(?:set|expected|due|poised|scheduled|slated)\s+to\s+(?:formally\s+|officially\s+)?(?:become\s+(?:a\s+(?:full\s+)?(?:NATO\s+)?member|(?:NATO['\u2019]s|the\s+(?:[Aa]lliance|bloc)['\u2019]s|the|its)\s+(?:\d{2}(?:st|nd|rd|th)|thirty-\w+)\s+(?:full\s+)?(?:NATO\s+)?(?:member|[Aa]lly)(?:\s+(?:state|country|nation))?|a\s+(?:full\s+)?member\s+of\s+(?:NATO|the\s+[Aa]lliance))|join\s+(?:NATO|the\s+(?:\w+\s+)?[Aa]lliance))\b/;
// Between the joining and its time: "at the (next/upcoming) (NATO) summit (in Washington (DC))".
const GAP_RE =
  /^\s+(?:at\s+(?:the\s+|its\s+)?(?:next\s+|upcoming\s+|coming\s+)?(?:NATO\s+|alliance['\u2019]s\s+)?(?:[A-Z][\w.]*\s+)?summit(?:\s+in\s+[A-Z][\w.]*(?:,?\s+[A-Z][\w.]*){0,2})?\s+)?(?:(?:in|on)\s+)?$/;

const lastRatification = memoByFacts((facts, _: 'all') => {
  const out = new Map<string, { day: string; ids: string[] }>();
  for (const s of facts.base.history?.accessionSteps ?? []) {
    if (s.step !== 'ratified' || !s.by?.length) continue;
    const r = factRange(s.date);
    const had = out.get(s.country);
    out.set(s.country, {
      day: had && had.day > r.last ? had.day : r.last,
      ids: [...(had?.ids ?? []), s.id],
    });
  }
  return out;
});

/** One cheap look before the reader. */
export const AHEAD_HINT_RE = gated(
  /\b(?:(?:set|expected|due|poised|scheduled|slated|likely|going) to|will) (?:formally |officially |finally |soon )?(?:become|join|be (?:NATO['\u2019]s|the|its)(?: alliance['\u2019]s| bloc['\u2019]s)? (?:\d|thirt|twent))/,
);

// Round 37. An accession told as still to come on a page dated long after it came: "North Macedonia is expected to formally
// join the alliance at the NATO summit in December in London" (an exam note dated 26 June 2020, written after the US Senate
// vote of October 2019 and not updated; held-out 35 qi006: it joined on 27 March 2020), "Finland will join NATO soon" (2024),
// "Sweden is set to become the 32nd member" (June 2024). The member the subject right before the verb ("which" between at
// most), joining NATO or the alliance by name (not "join NATO exercises", "the alliance's command"), or becoming a member
// of it; the page's day, sure, two months or more after the accession on record (a page written days before it may carry a
// later date); no year, "then", "at the time", supposition or question in the sentence (a timeline, a recalled forecast).
const STALE_AHEAD_RE =
  /\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:set|expected|due|poised|scheduled|slated|likely|going)\s+to|will(?:\s+now|\s+soon)?)\s+(?:formally\s+|officially\s+|finally\s+|soon\s+)?(?:become\s+(?:a\s+(?:full(?:[- ]fledged)?\s+)?(?:NATO\s+member(?:\s+(?:state|country|nation))?\b|member\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|military\s+|transatlantic\s+)?[Aa]lliance)\b)(?![\u2019'\u2010-])|(?:NATO['\u2019]s|the\s+(?:[Aa]lliance|bloc)['\u2019]s|the|its)\s+(?:\d{2}(?:st|nd|rd|th)|thirty-\w+)\s+(?:full\s+)?(?:NATO\s+)?(?:member|[Aa]lly)(?:\s+(?:state|country|nation))?\b(?![\u2019'\u2010-]))|join\s+(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation|the\s+(?:(?:military|western|Western|transatlantic|Atlantic)\s+)?[Aa]lliance)\b(?![\u2019'-])(?=\s*(?:[.,;:!?)]|$)|\s+(?:at|in(?!\s+\w+ing\b)|on|by|this|next|later|soon|as|after|within|formally|officially|and|once|when|following)\b))/;
const STALE_DOUBT_RE =
  /\b(?:(?:19|20)\d\d|then|at\s+the\s+time|back|once|if|unless|whether|would|could|might|should|hoped|hopes?|said|says|told|predicted|forecast|recall\w*|timeline|was|were|had)\b|\?|["\u201c\u201d]/i;

// Round 39. A place in line told as still to be taken, two months or more after it was: "... Finland, 2023; Sweden just
// recently and will be the 32nd nation" (a letter to the editor of 1 March 2025 listing NATO's enlargements, held-out 37
// rh005: Sweden became the 32nd member on 7 March 2024), "The country will become NATO's 30th member" (2021), "Sweden is set
// to be the alliance's 32nd ally" (2025). The Nth member is the one the record puts in that place (a round's countries share
// its places); no other country named in the clause; NATO or the alliance named in the sentence or the 600 characters
// before; the doubts of the form above read in the clause only (the sentence's own clause after a semicolon: a list of
// past years before it does not make it a timeline). Not a founder's place; not "the 30th member to ratify".
const STALE_NTH_RE = new RegExp(
  String.raw`\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:set|expected|due|poised|scheduled|slated|likely|going)\s+to|will(?:\s+now|\s+soon)?)\s+(?:formally\s+|officially\s+|finally\s+|soon\s+)?(?:be|become)\s+(?:NATO['\u2019]s|Nato['\u2019]s|the\s+(?:[Aa]lliance|bloc)['\u2019]s|the|its)\s+${ORDINAL_SRC}\s+(?:full\s+)?(?:NATO\s+)?(?:member|[Aa]lly|nation|country|state)(?:\s+(?:state|country|nation))?\b(?![\u2019'\u2010-])(?!\s+(?:to\s+(?!join\b)|of\s+(?!NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)))`,
);
const PRESENT_RE = /\b(?:now|today|currently|(?:just\s+)?recently|at\s+present|presently|this\s+year)\b/i;
const NATO_NEAR_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;

/** The member or round NATO's record puts in place `n` (from the thirteenth), with its day. */
function nthMembers(doc: Doc, n: number): { day: string; members: Country[] } | null {
  if (!(n > 12)) return null;
  const members = (doc.facts.base.jurisdictions as readonly Country[])
    .filter((j) => j.kind === 'country' && j.nato && j.nato.joined.length === 10)
    .sort((a, b) => (a.nato!.joined < b.nato!.joined ? -1 : 1));
  if (members.length < n) return null;
  const day = members[n - 1].nato!.joined;
  return { day, members: members.filter((j) => j.nato!.joined === day) };
}

function staleNthClaims(doc: Doc, sentence: Span, text: string): Annotation[] {
  const m = STALE_NTH_RE.exec(text);
  if (!m) return [];
  const at = sentence.start + m.index;
  const clauseStart = sentence.start + Math.max(0, text.lastIndexOf(';', m.index) + 1);
  if (STALE_DOUBT_RE.test(doc.text.slice(clauseStart, sentence.end))) return [];
  if (!NATO_NEAR_RE.test(text) && !NATO_NEAR_RE.test(doc.text.slice(Math.max(0, sentence.start - 600), sentence.start))) return [];
  const nth = nthMembers(doc, numberFrom(m[1]));
  if (!nth || !nth.members.every((c) => isConfident(c.nato!)) || addDays(nth.day, 60) > doc.asOf) return [];
  const named = countriesIn(doc, { start: clauseStart, end: sentence.end });
  if (named.some((q) => !nth.members.some((c) => c.id === q.id))) return [];
  const subject = named.find((q) => q.end <= at);
  const span = { start: subject?.start ?? at, end: at + m[0].length };
  const names = nth.members.map((c) => c.name).join(' and ');
  // A clause told of the page's own time ("Sweden just recently and will be the 32nd nation") is not re-read as of a time
  // the passage narrates (a list of past accessions before it).
  const now = PRESENT_RE.test(doc.text.slice(clauseStart, sentence.end));
  const fact = `${names} joined NATO on ${formatDay(nth.day)}, as its ${ordinalName(numberFrom(m[1]))} member${nth.members.length > 1 ? 's' : ''}.`;
  return [
    historyAnnotation(
      doc,
      span,
      'membership',
      'outdated',
      `Not so any more: ${names} had already joined NATO, on ${formatDay(nth.day)}.`,
      fact,
      [...(now ? [] : ['nato-members']), ...nth.members.map((c) => c.id)],
      sourcesOfAll(nth.members.map((c) => c.nato)),
    ),
  ];
}

/** A member told as still to join two months or more after it joined: outdated. */
export function staleAheadClaims(doc: Doc, sentence: Span): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = STALE_AHEAD_RE.exec(text);
  if (!doc.dateCertain) return [];
  if (!m || STALE_DOUBT_RE.test(text)) return staleNthClaims(doc, sentence, text);
  const at = sentence.start + m.index;
  const subject = matchesIn(doc, { start: Math.max(sentence.start, at - 40), end: at }, 'qualifier').pop();
  const id = subject?.value.jurisdiction;
  const country = id ? doc.facts.jurisdictions.get(id) : undefined;
  if (!subject || !country?.nato || !isConfident(country.nato) || country.nato.joined.length < 10)
    return staleNthClaims(doc, sentence, text);
  if (!/^\s*(?:,\s*which\s+)?$/.test(doc.text.slice(subject.end, at))) return staleNthClaims(doc, sentence, text);
  const joined = factRange(country.nato.joined).last;
  if (joined.startsWith('1949') || addDays(joined, 60) > doc.asOf) return [];
  const span = { start: subject.start, end: at + m[0].length };
  const fact = `${country.name} joined NATO on ${formatDay(joined)}.`;
  return [
    historyAnnotation(
      doc,
      span,
      'membership',
      'outdated',
      `Not so any more: ${country.name} had already joined NATO, on ${formatDay(joined)}.`,
      fact,
      ['nato-members', id!],
      sourcesOfAll([country.nato]),
    ),
  ];
}

export function aheadTimeClaims(doc: Doc, sentence: Span): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = AHEAD_RE.exec(text);
  if (!m || !doc.dateCertain) return [];
  const at = sentence.start + m.index;
  // The candidate: the one country named right before the verb (its subject).
  const subject = matchesIn(doc, { start: Math.max(sentence.start, at - 40), end: at }, 'qualifier').pop();
  const id = subject?.value.jurisdiction;
  const last = id ? lastRatification(doc.facts, 'all').get(id) : undefined;
  const country = id ? doc.facts.jurisdictions.get(id) : undefined;
  if (!subject || !last || !country?.nato || !/^\s*$/.test(doc.text.slice(subject.end, at))) return [];
  const joined = factRange(country.nato.joined).first;
  if (doc.asOf < last.day || doc.asOf >= joined) return [];
  // The last ratification on record was the last of all: the accession followed within a month.
  if (addDays(last.day, 31) < joined) return [];
  const end = at + m[0].length;
  const when = findDates(doc.text, end, sentence.end, { asOf: doc.asOf, future: true })[0];
  if (!when || !GAP_RE.test(doc.text.slice(end, when.start))) return [];
  // A deadline ("by July", "before the summit") is true of an earlier day.
  if (/^\W*(?:by|before|until|till|no\s+later\s+than|not\s+before)\b/i.test(doc.text.slice(when.start, when.end))) return [];
  if (when.first <= addDays(joined, 31)) return [];
  const span = { start: subject.start, end: when.end };
  const message = `Not so: every ally had ratified ${country.name}'s accession by ${formatDay(last.day)}; it joined NATO on ${formatDay(joined)}, not at the time told (${formatDay(when.first)}).`;
  const fact = `${country.name} joined NATO on ${formatDay(joined)}.`;
  return [
    historyAnnotation(
      doc,
      span,
      'membership',
      'contradicted',
      message,
      fact,
      ['nato-members', id!, ...last.ids],
      sourcesOfAll([country.nato]),
    ),
  ];
}
