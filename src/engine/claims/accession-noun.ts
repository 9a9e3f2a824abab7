// Round 28. NATO's enlargements told with the accession as a noun, or with NATO as the one that admits, each with its
// date, and the lists of rounds that follow such a head:
//   "NATO grew with the accessions of Greece and Turkey in 1951, West Germany in 1954 and Spain in 1981" (1952, 1955, 1982),
//   "the accession of Spain to NATO in 1981", "NATO admitted the Czech Republic, Hungary and Poland in 1997" (1999; 1997 was
//   the Madrid invitation, which these words do not say), "Sweden's accession to NATO, finalised in Brussels on 15 July 2025"
//   (7 March 2024, in Washington).
// Only a head that says in so many words that the date is the accession's (the heads below: the noun "of" the list, NATO
// admitting, the country's own accession, a list that joined NATO, a date at the head of a bare "became a member"), with
// NATO named in the sentence or the 600 characters before and no other club there, may make a red flag; the rounds listed
// after it (", Germany in 1954 and Spain in 1981") take its verb. Each country of a list is judged by its own record; a
// list is contradicted when every one of its members joined outside the date (a mixed list says nothing). Not in a
// sentence that tells of an anniversary or a time measured from the accession ("the 20th anniversary of the accession of
// Poland in 2019"), a step before it (invitation, protocol, talks, ratification) or an act on it by others, a time to
// come or a supposition; a day without its year and a relative date only confirm.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, gapDays, overlaps } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { countriesIn, datesAndYears, previousInParagraph, type Dated } from './history-common';
import { namesIn } from './accession-lists';
import { gated } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];
type Named = { start: number; end: number; country: Country };

// "joined" for the rounds listed after a list that joined ("Greece and Turkey joined NATO in 1952, West Germany in 1954").
const HINT_RE = gated(/\b(?:accessions?|admitted|admission|took\s+in|joined|entered|acceded|became)\b/i);
const NATO_RE = /\b(?:NATO|Nato|North Atlantic|[Aa]lliance|[Aa]llies)\b/;
// Another club whose accessions a page may list: then "the accession of Poland in 2004" is the EU's.
const OTHER_CLUB_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Communit(?:y|ies)|Council)|EEC|eurozone|euro\s+zone|euro|Schengen|OECD|WTO|Council\s+of\s+Europe|United\s+Nations|UN|Partnership\s+for\s+Peace|PfP|Warsaw\s+Pact|OSCE)\b/;
// Words that make the date another event's: an anniversary or a time counted from the accession, a step before it or an
// act on it by others ("Turkey delayed Finland's accession in 2022"), what is to come, a supposition, a denial.
const NOT_THE_ACCESSION_RE =
  /\b(?:anniversar\w*|jubilee|celebrat\w*|commemorat\w*|years?\s+(?:since|after)|invit\w*|protocols?|talks|negotiat\w*|ratif\w*|appl(?:y|ied|ication)\w*|bids?|request\w*|process|path|road|will|would|could|might|should|if|unless|whether|expected|planned|hop\w*|likely|possibl\w*|aim\w*|goal|target\w*|sought|seek\w*|push\w*|fast[- ]track\w*|speed\w*|delay\w*|block\w*|stall\w*|held\s+up|hold\w*\s+up|approv\w*|back\w*|support\w*|green[- ]?light\w*|veto\w*|object\w*|oppos\w*|not|never|n['’]t|nor|claim\w*|alleg\w*|false\w*|wrongly|respectively)\b|\?/i;
// Between the names of one list: commas and "and".
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$/;
// Heads that make the date after the list the accession's.
//  - "the accession(s)/admission/entry of" + list: the noun of joining owned by the countries.
const OF_HEAD_RE = /\b(?:accessions?|admission|entry)\s+of\s+(?:the\s+)?(?:West\s+)?$/i;
//  - NATO (or the alliance) as the subject that admits: "NATO admitted", "the alliance took in".
const ADMITS_HEAD_RE =
  /\b(?:NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance)\s+(?:(?:later|then|also|formally|officially|first|subsequently|eventually)\s+)?(?:admitted|took\s+in)\s+(?:the\s+)?(?:West\s+)?$/;
// After the list, what may stand before the date: the alliance it joined, "as members".
const TO_NATO_RE =
  /^(?:\s+(?:(?:in)?to|as\s+(?:full\s+)?members\s+of)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?:\s*\(NATO\))?|\s+as\s+(?:full\s+)?members)?(?:,)?\s+(?:in|on)\s+/;
//  - The country's own accession: "Sweden's accession to NATO, finalised in Brussels on", "Spain's NATO accession in".
const OWN_HEAD_AFTER_RE =
  /^['’]s?\s+(?:NATO\s+|formal\s+|official\s+)?accession(?:\s+to\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance))?(?:,?\s+(?:was\s+)?(?:finali[sz]ed|completed|formali[sz]ed|sealed|made\s+official|took\s+effect|came\s+into\s+effect)(?:\s+in\s+[A-Z][\w.]*(?:,?\s+D\.?\s?C\.?)?)?)?,?\s+(?:in|on)\s+/;
// A date alone at the head of the sentence, then the list: "In 1981, ", "In May 1982, " (as membership.ts reads it).
const HEAD_DATE_RE =
  /^[\s"“'‘-]*(?:In|On)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*,\s*(?:the\s+)?$/;
// After the list under a head date, the verb of joining with no object but NATO, then a comma or the end.
const BARE_VERB_RE =
  /^\s+(?:(?:also|officially|formally|finally)\s+)?(?:joined|became\s+(?:an?\s+)?(?:full\s+)?members?|w(?:as|ere)\s+admitted|acceded)(?:\s+(?:of\s+|to\s+)?(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+)?[Aa]lliance))?(?=\s*[,;.]|\s*$)/;
// A round listed after the first: ", Germany in 1954", "and Spain in 1982", ", followed by Spain in 1982".
const NEXT_ROUND_RE =
  /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|,?\s+(?:then|later|followed\s+by|and\s+then|and\s+later)\s+)(?:by\s+)?(?:the\s+)?(?:West\s+)?$/;
// A list that joined by the verb, NATO named after it, its date next ("Greece and Turkey joined NATO in 1952"): judged in
// membership.ts; here only the rounds listed after it take its verb.
const JOINED_AFTER_LIST_RE =
  /^\s+(?:(?:both|also|officially|formally|later)\s+)?(?:joined|entered|acceded\s+to)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance)\s+(?:in|on)\s+/;
const ROUND_DATE_GAP_RE = /^\s+(?:in|on)\s+/;

/** The run of countries joined by list words that starts at `names[i]`. */
function listFrom(doc: Doc, names: readonly Named[], i: number): Named[] {
  const out = [names[i]];
  for (let k = i + 1; k < names.length && LIST_GAP_RE.test(doc.text.slice(names[k - 1].end, names[k].start)); k++) out.push(names[k]);
  return out;
}

/** The date written right at `at`, after "in"/"on" (a written date's span may hold its preposition), or none. */
function dateAt(dates: readonly Dated[], at: number): Dated | undefined {
  return dates.find((d) => d.start <= at && at < d.end && at - d.start <= 3 && !d.relative);
}

/** Whether "West " (not "East ") may stand before the name: "West Germany" is the Germany that joined in 1955. */
function ownName(doc: Doc, n: Named): boolean {
  const before = doc.text.slice(Math.max(0, n.start - 6), n.start);
  return !/\b(?:East|Eastern|North|South)\s+$/.test(before) || (n.country.id === 'deu' && /\bWest\s+$/.test(before));
}

/** NATO accessions told with the accession as a noun or NATO admitting, and the rounds listed after such a head. */
export function accessionNounClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  for (const [si, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) continue;
    const around = doc.text.slice(Math.max(0, sentence.start - 600), sentence.end);
    if (!NATO_RE.test(text) && !NATO_RE.test(around)) continue;
    if (OTHER_CLUB_RE.test(around)) continue;
    const dates = datesAndYears(doc, sentence);
    if (!dates.length) continue;
    // A red flag needs nothing in the sentence that makes the date another event's.
    const strict = doc.dateCertain && !NOT_THE_ACCESSION_RE.test(text);
    // The country's own accession, the owner before the noun ("Sweden's accession to NATO, finalised in Brussels on ...").
    for (const c of countriesIn(doc, sentence)) {
      const country = doc.facts.jurisdictions.get(c.id);
      const own = country && OWN_HEAD_AFTER_RE.exec(doc.text.slice(c.end, Math.min(sentence.end, c.end + 120)));
      // Not another's possession before it: "Turkey's approval of Sweden's accession on ..." is the approval's date.
      if (!own || /['’]s?\s+(?:\w+\s+){0,3}$/.test(doc.text.slice(Math.max(sentence.start, c.start - 40), c.start))) continue;
      const date = dateAt(dates, c.end + own[0].length);
      const annotation = date && judgeRound(doc, [{ start: c.start, end: c.end, country }], date, strict);
      if (annotation) out.push(annotation);
    }
    // "The country’s accession, finalized in Brussels on July 15, 2025" after a sentence naming Sweden alone.
    const described = DESCRIBED_OWNER_RE.exec(text);
    if (described) {
      // The match ends with the owner's "’s" and a space: three characters after the description.
      const ownerEnd = sentence.start + described.index + described[0].length - 3;
      const start = ownerEnd - described[1].length;
      const own = OWN_HEAD_AFTER_RE.exec(doc.text.slice(ownerEnd, Math.min(sentence.end, ownerEnd + 120)));
      const country = own ? countryBefore(doc, si) : undefined;
      const date = country && dateAt(dates, ownerEnd + own![0].length);
      const annotation = date && judgeRound(doc, [{ start, end: ownerEnd, country }], date, strict);
      if (annotation) out.push(annotation);
    }
    const names = namesIn(doc, sentence).filter((n) => ownName(doc, n));
    for (let i = 0; i < names.length; i++) {
      const lead = doc.text.slice(Math.max(sentence.start, names[i].start - 80), names[i].start);
      let list: Named[];
      let date: Dated | undefined;
      let headJudged = false;
      // Where the rounds listed after the head begin, and where the head's claim ends (its date's end unless said).
      let from = -1;
      const joinedList = i === 0 || !LIST_GAP_RE.test(doc.text.slice(names[i - 1].end, names[i].start)) ? listFrom(doc, names, i) : [];
      const joinedGap = joinedList.length ? JOINED_AFTER_LIST_RE.exec(doc.text.slice(joinedList.at(-1)!.end, sentence.end)) : null;
      if (joinedGap) {
        list = joinedList;
        date = dateAt(dates, list.at(-1)!.end + joinedGap[0].length);
        headJudged = true;
      } else if (joinedList.length && HEAD_DATE_RE.test(doc.text.slice(sentence.start, names[i].start))) {
        // "In 1981, Spain became a member, followed by the Czech Republic, Hungary and Poland in 1997": the date at the head,
        // the verb with no object but NATO, closed by a comma or the sentence's end.
        const verb = BARE_VERB_RE.exec(doc.text.slice(joinedList.at(-1)!.end, sentence.end));
        if (!verb) continue;
        list = joinedList;
        date = dates.find((d) => d.end <= names[i].start && d.explicitYear);
        from = list.at(-1)!.end + verb[0].length;
      } else if (OF_HEAD_RE.test(lead) || ADMITS_HEAD_RE.test(lead)) {
        list = listFrom(doc, names, i);
        const rest = doc.text.slice(list.at(-1)!.end, sentence.end);
        const gap = TO_NATO_RE.exec(rest);
        date = gap ? dateAt(dates, list.at(-1)!.end + gap[0].length) : undefined;
      } else continue;
      if (!date) continue;
      // The head's round, then each round listed after it with its own date.
      const rounds: Array<{ list: Named[]; date: Dated; end?: number }> = [{ list, date, end: from >= 0 ? from : undefined }];
      let at = from >= 0 ? from : date.end;
      let k = names.findIndex((n) => n.start >= at);
      while (k >= 0 && NEXT_ROUND_RE.test(doc.text.slice(at, names[k].start))) {
        const next = listFrom(doc, names, k);
        const gap = ROUND_DATE_GAP_RE.exec(doc.text.slice(next.at(-1)!.end, sentence.end).slice(0, 8));
        const d = gap ? dateAt(dates, next.at(-1)!.end + gap[0].length) : undefined;
        if (!d) break;
        rounds.push({ list: next, date: d });
        at = d.end;
        k = names.findIndex((n) => n.start >= at);
      }
      for (const round of rounds) {
        if (headJudged && round === rounds[0]) continue;
        if (out.some((o) => o.start <= round.list[0].start && round.list[0].start < o.end)) continue;
        const annotation = judgeRound(doc, round.list, round.date, strict, round.end);
        if (annotation) out.push(annotation);
      }
      i = Math.max(i, names.findIndex((n) => n.start >= at) - 1);
      if (i < 0) break;
    }
  }
  return out;
}

// The country told by a description as the owner of its accession, opening the sentence: "The country’s accession".
const DESCRIBED_OWNER_RE =
  /^[\s"“'‘]*((?:[Tt]he|[Tt]his)\s+(?:(?:Nordic|Scandinavian|Balkan|Baltic|Adriatic|small|northern\s+European)\s+)?(?:country|nation))['’]s\s/;

/**
 * The one country the sentence before `i` (in the same paragraph) names, when it is a NATO member and the sentence names
 * no other country: what "the country" of the next sentence can only mean.
 */
function countryBefore(doc: Doc, i: number): Country | undefined {
  const prev = previousInParagraph(doc, i);
  if (!prev) return undefined;
  const ids = new Set(countriesIn(doc, prev).map((c) => c.id));
  if (ids.size !== 1) return undefined;
  const country = doc.facts.jurisdictions.get([...ids][0]);
  return country?.nato ? country : undefined;
}

/** One round of a list: its countries' accessions against the date. Null when a country is no member or not sure. */
function judgeRound(doc: Doc, list: readonly Named[], date: Dated, strict: boolean, claimEnd?: number): Annotation | null {
  const countries = list.map((n) => n.country);
  if (countries.some((c) => !c.nato)) return null;
  const start = Math.min(list[0].start, date.start);
  const end = Math.max(claimEnd ?? date.end, date.end);
  const wrong = countries.filter((c) => !overlaps(date, accessionRange(c)));
  const base = roundBase(doc, countries, start, end);
  if (!wrong.length) return { ...base, verdict: 'supported', message: base.fact };
  // A list right for some and wrong for others says nothing, as a head year's list does (accession-head-year.ts): "In 2004,
  // Poland and Estonia joined NATO" may be a list of two rounds with one date.
  if (wrong.length < countries.length) return null;
  // A red flag needs the year written and every wrong member's record verified; a day with no year only confirms.
  if (!strict || !date.explicitYear || wrong.some((c) => !sureOf(c, date))) return null;
  const said = doc.text.slice(date.start, date.end);
  const message = `Not ${/^(?:in|on)\s/i.test(said) ? said.replace(/^(?:In|On)\b/, (w) => w.toLowerCase()) : `${/^\d{4}$/.test(said) ? 'in' : 'on'} ${said}`}: ${joinedSaid(wrong)}.`;
  return { ...base, verdict: 'contradicted', message };
}

/** "Greece joined NATO on February 18, 1952; Turkey joined NATO on ...": each member's accession, as the fact of a list. */
export const joinedSaid = (countries: readonly Country[]): string =>
  countries.map((c) => `${c.name} joined NATO on ${formatDay(c.nato!.joined)}`).join('; ');

/** A membership annotation over a list of members told with one time, all but its verdict and message. */
export function roundBase(doc: Doc, countries: readonly Country[], start: number, end: number) {
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'membership' as const,
    factIds: countries.map((c) => c.id),
    fact: `${joinedSaid(countries)}.`,
    sources: sourcesOfAll(countries.map((c) => c.nato)).slice(0, 3),
  };
}

/**
 * A record sure enough to refute `date`: confident, or verified with a dispute over the day only (West Germany's 6 or 9 May
 * 1955: the dispute names no year but the record's) and the date more than a month off, so "in 1954" is wrong either way.
 */
export function sureOf(c: Country, date: { first: string; last: string }): boolean {
  const record = c.nato!;
  if (isConfident(record)) return true;
  if (record.confidence !== 'verified' || !record.disputed) return false;
  const year = record.joined.slice(0, 4);
  return (record.disputed.match(/\b(?:19|20)\d\d\b/g) ?? []).every((y) => y === year) && gapDays(date, factRange(record.joined)) > 31;
}

/** A founder "joined" in 1949: the treaty was signed on 4 April and came into force on 24 August. */
function accessionRange(c: Country) {
  const r = factRange(c.nato!.joined);
  return r.first.startsWith('1949') ? { first: '1949-04-04', last: '1949-12-31' } : r;
}
