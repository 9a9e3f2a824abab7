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
import { addDays, factRange, formatDay, gapDays, overlaps, toDays } from '../dates';
import { pastHorizon } from '../horizon';
import { isConfident, sourcesOfAll, tenuresOf } from '../holders';
import { countriesIn, datesAndYears, previousInParagraph, type Dated } from './history-common';
import { namesIn } from './accession-lists';
import { gated, compiledOnFirstRun } from '../triggers';
import { numberFrom } from '../numbers';

type Country = Doc['facts']['base']['jurisdictions'][number];
type Named = { start: number; end: number; country: Country };

// "joined" for the rounds listed after a list that joined ("Greece and Turkey joined NATO in 1952, West Germany in 1954");
// NATO growing, the newest members and "have become members under" (round 29).
const HINT_RE = gated(
  /\b(?:accessions?|admitted|admission|entry\s+(?:in)?to|took\s+in|added|adding|joined|entered|acceded|became|become|expanded|expansion|enlargement|grew|enlarged|newest|latest|membership\s+(?:(?:was|became|being)\s+)?(?:finali[sz]ed|completed|formali[sz]ed|sealed|official))\b/i,
);
const NATO_RE = compiledOnFirstRun(/\b(?:NATO|Nato|North Atlantic|[Aa]lliance|[Aa]llies)\b/);
// Another club whose accessions a page may list: then "the accession of Poland in 2004" is the EU's.
const OTHER_CLUB_RE = compiledOnFirstRun(
  /\b(?:EU|E\.U\.|European\s+(?:Union|Communit(?:y|ies)|Council)|EEC|eurozone|euro\s+zone|euro|Schengen|OECD|WTO|Council\s+of\s+Europe|United\s+Nations|UN|Partnership\s+for\s+Peace|PfP|Warsaw\s+Pact|OSCE)\b/,
);
// Words that make the date another event's: an anniversary or a time counted from the accession, a step before it or an
// act on it by others ("Turkey delayed Finland's accession in 2022"), what is to come, a supposition, a denial.
const NOT_THE_ACCESSION_RE = compiledOnFirstRun(
  /\b(?:anniversar\w*|jubilee|celebrat\w*|commemorat\w*|years?\s+(?:since|after)|invit\w*|protocols?|talks|negotiat\w*|ratif\w*|appl(?:y|ied|ication)\w*|bids?|request\w*|process|path|road|will|would|could|might|should|if|unless|whether|expected|planned|hop\w*|likely|possibl\w*|aim\w*|goal|target\w*|sought|seek\w*|push\w*|fast[- ]track\w*|speed\w*|delay\w*|block\w*|stall\w*|held\s+up|hold\w*\s+up|approv\w*|back\w*|support\w*|green[- ]?light\w*|veto\w*|object\w*|oppos\w*|not|never|n['\u2019]t|nor|claim\w*|alleg\w*|false\w*|wrongly|respectively)\b|\?/i,
);
// Between the names of one list: commas and "and" ("West" before Germany, as ownName reads it: "Greece, Turkey, and West
// Germany").
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?(?:West\s+)?$/;
// Heads that make the date after the list the accession's.
//  - "the accession(s)/admission/entry of" + list: the noun of joining owned by the countries.
const OF_HEAD_RE = /\b(?:accessions?|admission|entry)\s+of\s+(?:the\s+)?(?:West\s+)?$/i;
//  - NATO (or the alliance) as the subject that admits: "NATO admitted", "the alliance took in".
//    Round 29: NATO growing "to include" the list ("NATO expanded to include Poland in 1999") is the same claim; round 32:
//    NATO adding the list ("NATO added Greece and Turkey in 1952", "expanded its membership by adding Spain in 1982").
//    Round 44: the noun, "an expansion of the alliance to include Sweden and Finland in 2023" (held-out 42 tr005, the Irish
//    Times, November 2025), "the enlargement of NATO to include Poland in 1999".
const ADMITS_HEAD_RE =
  /\b(?:NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance)\s+(?:(?:later|then|also|formally|officially|first|subsequently|eventually)\s+)?(?:admitted|took\s+in|added|(?:expanded|grew|enlarged)\s+(?:its\s+(?:membership|ranks)\s+)?by\s+adding|(?:expanded|grew|enlarged|was\s+(?:expanded|enlarged))\s+(?:(?:again|further|eastwards?)\s+)?to\s+(?:include|take\s+in|admit))\s+(?:the\s+)?(?:West\s+)?$|\b(?:expansion|enlargement)\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?(?:[Aa]lliance|Treaty\s+Organi[sz]ation))\s+to\s+(?:include|take\s+in|admit)\s+(?:the\s+)?(?:West\s+)?$/;
//  - Round 29: the enlargement's date told before the list it took in: "NATO expanded in 1950 to include Greece, Turkey,
//    and West Germany" (1952 and 1955), "the alliance grew again in 1999 to take in the Czech Republic, ...". The date is
//    group 1 (the last date written before the list is the one read).
const EXPANDED_DATE_HEAD_RE =
  /\b(?:NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance)\s+(?:(?:first|then|later|next|again|further)\s+)?(?:expanded|grew|enlarged|widened|was\s+(?:expanded|enlarged))\s+(?:(?:again|further|eastwards?|for\s+the\s+first\s+time)\s+)?(in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s*,?\s+(?:to\s+(?:include|take\s+in|admit|add)|with\s+the\s+(?:accession|addition|entry)\s+of)\s+(?:the\s+)?(?:West\s+)?$/;
//  - Round 29: a round told after another's verb of joining with its date first and no verb of its own: "In 1982 Spain
//    joined the alliance, then in 1999 Czech Republic, Hungary, and Poland, and then in 2004 ...". The list must end the
//    clause (THEN_LIST_END_RE), so "then in 1999 Poland hosted ..." is not read. The date is group 1.
const THEN_DATE_HEAD_RE =
  /\b(?:joined|became\s+(?:an?\s+)?(?:full\s+)?members?|acceded|(?:was|were)\s+admitted)\b[^.;:?!]*?,?\s+(?:and\s+)?then\s+(in\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)\s*,?\s+(?:the\s+)?$/;
const THEN_LIST_END_RE = /^\s*(?:[,;.]|$)/;
// After the list, what may stand before the date: the alliance it joined, "as members".
const TO_NATO_RE =
  /^(?:\s+(?:(?:in)?to|as\s+(?:full\s+)?members\s+of)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?:\s*\(NATO\))?|\s+as\s+(?:full\s+)?members)?(?:,)?\s+(?:in|on)\s+/;
//  - The country's own accession: "Sweden's accession to NATO, finalised in Brussels on", "Spain's NATO accession in".
// Round 39: the admission and the entry too, "Sweden's admission to NATO in 2023", "Finland's entry into NATO on 4 April".
// Round 41: the membership with a verb of its completion, "Sweden's NATO membership was finalized in 2024" (a membership
// alone, "Sweden's NATO membership in 2024", may be a state and is not read).
const DONE_VERB = String.raw`(?:finali[sz]ed|completed|formali[sz]ed|sealed|made\s+official|took\s+effect|came\s+into\s+effect)`;
const OWN_HEAD_AFTER_RE = new RegExp(
  String.raw`^['\u2019]s?\s+(?:(?:NATO\s+|formal\s+|official\s+|full\s+)?(?:accession|admission|entry)(?:\s+(?:in)?to\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance))?(?:,?\s+(?:was\s+)?${DONE_VERB}(?:\s+in\s+[A-Z][\w.]*(?:,?\s+D\.?\s?C\.?)?)?)?|(?:NATO\s+|formal\s+|full\s+)?membership(?:\s+(?:of|in)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance))?,?\s+(?:was\s+|became\s+)?(?:${DONE_VERB}|official))(?:,)?\s+(?:in|on)\s+`,
);
// Round 41: the membership or accession as a fronted phrase whose owner is the subject after it: "With NATO membership
// finalized in 2024 and Russia's war in Ukraine intensifying regional tensions, Sweden has committed to a defense budget"
// (held-out 39 sn005, September 2025), "After its accession to NATO was completed in March 2024, Sweden ...". Group 1 ends
// where the date begins; the country is the first named after the phrase's closing comma, as the subject.
const FRONTED_OWN_RE = new RegExp(
  String.raw`^[\s"\u201c'\u2018]*(?:With|After|Since|Following|Upon)\s+(?:(?:its|their)\s+)?((?:(?:NATO|Nato|formal|full)\s+)?(?:membership|accession)(?:\s+(?:(?:in)?to|of|in)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance))?\s+(?:(?:was|being|having\s+been|now)\s+)?${DONE_VERB}\s+(?:in|on)\s+)`,
);
// A date alone at the head of the sentence, then the list: "In 1981, ", "In May 1982, " (as membership.ts reads it).
const HEAD_DATE_RE =
  /^[\s"\u201c'\u2018-]*(?:In|On)\s+(?:(?:early|late|mid-?)\s*)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)?\s*(?:\d{1,2},?\s+)?(?:19|20)\d\d\s*,\s*(?:the\s+)?$/;
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
// Precision (round 43): a round's date followed by a verb of its own, the round then the subject of another clause ("Albania
// joined NATO in 2009, North Macedonia in 2020, and Montenegro in 2006 declared independence from Serbia before joining in
// 2017"; "... and Sweden in 2022, after Russia's invasion, decided to seek membership"): no round listed under the head's verb.
// A comma clause may stand between the date and the verb; a preposition, a conjunction or a participle after the date keeps
// the round ("Sweden in 2024, bringing the total to 32", "Spain in 1982 after a referendum").
const OWN_CLAUSE_AFTER_RE =
  /^(?:\s*,\s+[^,;.]{1,60},)?\s+(?!(?:and|or|but|as|after|before|when|while|with|following|amid|during|under|at|on|in|to|for|of|by|from|bringing|making|taking|raising|becoming|joining|each|both|the|its|their|a|an|respectively|too|also|alone|itself)\b)[a-z]+/;

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
    // A red flag needs nothing in the sentence that makes the date another event's.
    const strict = doc.dateCertain && !NOT_THE_ACCESSION_RE.test(text);
    const names = namesIn(doc, sentence).filter((n) => ownName(doc, n));
    if (text.includes('years ago')) out.push(...yearsAgoClaims(doc, names, sentence, strict));
    if (UNDER_HINT_RE.test(text)) out.push(...underLeaderClaims(doc, names, sentence, strict));
    if (LATEST_HINT_RE.test(text))
      for (let i = 0; i < names.length; i++) {
        const latest = latestRoundClaim(doc, names, i, sentence);
        if (latest) out.push(latest);
      }
    const dates = datesAndYears(doc, sentence);
    if (!dates.length) continue;
    // The country's own accession, the owner before the noun ("Sweden's accession to NATO, finalised in Brussels on ...").
    for (const c of countriesIn(doc, sentence)) {
      const country = doc.facts.jurisdictions.get(c.id);
      const own = country && OWN_HEAD_AFTER_RE.exec(doc.text.slice(c.end, Math.min(sentence.end, c.end + 120)));
      // Not another's possession before it: "Turkey's approval of Sweden's accession on ..." is the approval's date.
      if (!own || /['\u2019]s?\s+(?:\w+\s+){0,3}$/.test(doc.text.slice(Math.max(sentence.start, c.start - 40), c.start))) continue;
      const date = dateAt(dates, c.end + own[0].length);
      const annotation = date && judgeRound(doc, [{ start: c.start, end: c.end, country }], date, strict);
      if (annotation) out.push(annotation);
    }
    const fronted = FRONTED_OWN_RE.exec(text);
    if (fronted) {
      const at = sentence.start + fronted[0].length;
      const date = dateAt(dates, at);
      // The subject: the first country after the phrase's comma, right at the clause's start.
      const comma = date ? doc.text.indexOf(',', date.end) : -1;
      const subject =
        comma >= 0 && comma < sentence.end
          ? countriesIn(doc, sentence).find(
              (c) =>
                c.start > comma &&
                /^,\s*(?:[^,;]{0,120},\s*)?$/.test(doc.text.slice(comma, c.start)) &&
                !/^['\u2019]/.test(doc.text.slice(c.end, c.end + 1)),
            )
          : undefined;
      // One subject: a list ("Finland and Sweden raised spending") may join at two times, said nothing of here.
      const listed = subject && /^\s*(?:,|and\b|&)/.test(doc.text.slice(subject.end, subject.end + 6));
      const country = subject && !listed ? doc.facts.jurisdictions.get(subject.id) : undefined;
      // The claim is the phrase, from its opening word to its date.
      if (date && country) {
        const annotation = judgeRound(doc, [{ start: sentence.start + fronted.index, end: at, country }], date, strict);
        if (annotation) out.push(annotation);
      }
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
    for (let i = 0; i < names.length; i++) {
      const lead = doc.text.slice(Math.max(sentence.start, names[i].start - 80), names[i].start);
      let list: Named[];
      let date: Dated | undefined;
      let headJudged = false;
      let admits = false;
      let dateHead: RegExpExecArray | null;
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
      } else if ((dateHead = EXPANDED_DATE_HEAD_RE.exec(lead) ?? THEN_DATE_HEAD_RE.exec(lead))) {
        // The date told before the list; the list's end closes the claim.
        list = listFrom(doc, names, i);
        const then = !EXPANDED_DATE_HEAD_RE.test(lead);
        if (then && !THEN_LIST_END_RE.test(doc.text.slice(list.at(-1)!.end, sentence.end))) continue;
        // Past "in " of group 1, where the date's span starts at the latest.
        date = dateAt(dates, names[i].start - lead.length + dateHead.index + dateHead[0].indexOf(dateHead[1]) + 3);
        from = list.at(-1)!.end;
      } else if (OF_HEAD_RE.test(lead) || ADMITS_HEAD_RE.test(lead)) {
        // Round 44: NATO (or its expansion) taking in the list, where one year for Finland and Sweden is read (judgeRound);
        // "the accession of Finland and Sweden in 2023" is accession-together.ts's.
        admits = !OF_HEAD_RE.test(lead);
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
        if (!d || OWN_CLAUSE_AFTER_RE.test(doc.text.slice(d.end, sentence.end))) break;
        rounds.push({ list: next, date: d });
        at = d.end;
        k = names.findIndex((n) => n.start >= at);
      }
      for (const round of rounds) {
        if (headJudged && round === rounds[0]) continue;
        if (out.some((o) => o.start <= round.list[0].start && round.list[0].start < o.end)) continue;
        const annotation = judgeRound(doc, round.list, round.date, strict, round.end, admits && round === rounds[0]);
        if (annotation) out.push(annotation);
      }
      i = Math.max(i, names.findIndex((n) => n.start >= at) - 1);
      if (i < 0) break;
    }
  }
  for (const a of roundCountClaims(doc)) if (!out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
  return out;
}

// Round 29. How many countries one round took in, told with its year: "in 2004 7 more European countries joined NATO",
// "Seven new countries joined the alliance in 2004", "In 1999, NATO admitted three former Warsaw Pact states". The count is
// the round's when nothing between it and the noun narrows it, or only what every round after 1949 was (European);
// confirmed when it is the number of accessions in that time, contradicted when it is more (a narrowed count too: a part
// cannot outnumber the whole) or, not narrowed, fewer. Not of 1949 (the founders, membership-founders.ts), nor of a time
// with no accession (nothing to cite), nor in a sentence of another club or of a step before joining.
const ROUND_NUM = String.raw`(\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve)`;
const ROUND_NOUN = String.raw`(?:((?:[A-Za-z-]+\s+){0,3}?)(?:countries|nations|states|members|member\s+states))`;
const ROUND_MORE = String.raw`(?:(?:more|new|other|additional|further)\s+)?`;
const ROUND_NATO = String.raw`(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance)`;
const ROUND_DATE = String.raw`(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d`;
// The date first ("in 2004 7 more countries joined NATO", "In 2004, NATO took in seven new members"), then the date after
// ("7 countries joined NATO in 2004", "NATO admitted seven countries in 2004"). Groups: the date first, the count, the words
// before the noun; or the count, the words, the date.
const ROUND_COUNT_RES = [
  new RegExp(
    String.raw`\b[Ii]n\s+(${ROUND_DATE})\s*,?\s+(?:another\s+|a\s+further\s+)?${ROUND_NUM}\s+${ROUND_MORE}${ROUND_NOUN}\s+(?:also\s+)?joined\s+${ROUND_NATO}(?!\s*['\u2019])`,
    'g',
  ),
  // Round 31. The alliance left to the sentence before: "Eight years later, Poland, Hungary, and the Czech Republic were
  // admitted to NATO ... In 2002 another seven countries joined, including three of Russia's neighbours" (Forces News, March
  // 2019). "joined" ends its clause; NATO must be named in the sentence or the one before (ROUND_BARE).
  new RegExp(
    String.raw`\b[Ii]n\s+(${ROUND_DATE})\s*,?\s+(?:another\s+|a\s+further\s+)?${ROUND_NUM}\s+${ROUND_MORE}${ROUND_NOUN}\s+(?:also\s+)?joined(?=\s*[,;.]|\s*$|\s+(?:as\s+well|too)\b)`,
    'g',
  ),
  new RegExp(
    String.raw`\b[Ii]n\s+(${ROUND_DATE})\s*,?\s+${ROUND_NATO}\s+(?:admitted|took\s+in|added|welcomed)\s+${ROUND_NUM}\s+${ROUND_MORE}${ROUND_NOUN}(?=\s*[,;.]|\s*$|\s+(?:as|into|to)\b)`,
    'g',
  ),
  new RegExp(
    String.raw`\b${ROUND_NUM}\s+${ROUND_MORE}${ROUND_NOUN}\s+(?:also\s+)?joined\s+${ROUND_NATO}\s*,?\s+in\s+(${ROUND_DATE})\b`,
    'g',
  ),
  new RegExp(
    String.raw`\b${ROUND_NATO}\s+(?:admitted|took\s+in|added|welcomed)\s+${ROUND_NUM}\s+${ROUND_MORE}${ROUND_NOUN}\s+in\s+(${ROUND_DATE})\b`,
    'g',
  ),
];
const ROUND_BARE_NATO_RE =
  /\b(?:NATO|Nato|North Atlantic Treaty Organi[sz]ation|[Tt]he\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance)\b/;

/** Where the sentence before `sentence` starts (the same paragraph), else the sentence's own start. */
function previousStart(doc: Doc, sentence: { start: number }): number {
  const i = doc.sentences.findIndex((s) => s.start === sentence.start);
  const prev = i > 0 ? doc.sentences[i - 1] : null;
  return prev && !doc.text.slice(prev.end, sentence.start).includes('\n\n') ? prev.start : sentence.start;
}

/** The one accession round of exactly `n` countries within two years of `date` (none joined in `date` itself), or null. */
function roundNear(doc: Doc, date: { first: string; last: string }, n: number): Country[] | null {
  const lo = `${Number(date.first.slice(0, 4)) - 2}${date.first.slice(4)}`;
  const hi = `${Number(date.last.slice(0, 4)) + 2}${date.last.slice(4)}`;
  const byDay = new Map<string, Country[]>();
  for (const c of doc.facts.base.jurisdictions) {
    if (!c.nato) continue;
    const day = factRange(c.nato.joined).last;
    if (day < lo || day > hi || day.startsWith('1949')) continue;
    byDay.set(day, [...(byDay.get(day) ?? []), c]);
  }
  const rounds = [...byDay.values()];
  const same = rounds.filter((r) => r.length === n);
  return rounds.length === 1 && same.length === 1 && same[0].every((c) => sureOf(c, date)) ? same[0] : null;
}

// Words between count and noun that narrow nothing after 1949.
const WHOLE_ROUND_RE = /^(?:(?:Central|Eastern|East|Central\s+and\s+Eastern|European)\s+)*$/i;

// What every one of ROUND_COUNT_RES holds, read on the whole text once: the verb and NATO together.
const ROUND_HINT_RE = gated(
  /\b(?:joined\s+(?:NATO|Nato|the\s+(?:\w+\s+)?[Aa]lliance)\b|(?:NATO|Nato|[Aa]lliance)\s+(?:admitted|took\s+in|added|welcomed)\b|(?:countries|nations|states|members)\s+(?:also\s+)?joined\s*[,;.])/,
);

/** The number of countries one round took in, told with its date (see ROUND_COUNT_RES). */
function roundCountClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!ROUND_HINT_RE.test(doc.text)) return out;
  for (const [k, re] of ROUND_COUNT_RES.entries()) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const dateFirst = k < 3;
      const [whenText, countText, between] = dateFirst ? [m[1], m[2], m[3] ?? ''] : [m[3], m[1], m[2] ?? ''];
      const sentence = doc.sentences.find((sp) => sp.start <= m!.index && m!.index < sp.end);
      if (!sentence) continue;
      const around = doc.text.slice(Math.max(0, sentence.start - 600), sentence.end);
      if (OTHER_CLUB_RE.test(around)) continue;
      if (re === ROUND_COUNT_RES[1] && !ROUND_BARE_NATO_RE.test(doc.text.slice(previousStart(doc, sentence), sentence.end))) continue;
      const whenAt = m.index + m[0].lastIndexOf(whenText);
      const date = dateAt(datesAndYears(doc, sentence), whenAt);
      if (!date || !date.explicitYear || date.first < '1950') continue;
      const round = doc.facts.base.jurisdictions.filter((c) => c.nato && overlaps(date, factRange(c.nato.joined)));
      const whole = WHOLE_ROUND_RE.test(between);
      const n = numberFrom(countText);
      if (!(n >= 1)) continue;
      if (!round.length) {
        // Round 31. No one joined then: a round of that many within two years is the one meant, told by the year of its
        // invitation or signing ("In 2002 another seven countries joined": invited at Prague in November 2002, joined on
        // 29 March 2004). Only a count of two or more, whole, and one such round.
        const missed = n >= 2 && whole ? roundNear(doc, date, n) : null;
        const from = dateFirst ? m[0].indexOf(countText, m[0].indexOf(whenText) + whenText.length) : 0;
        if (missed && doc.dateCertain && !NOT_THE_ACCESSION_RE.test(doc.text.slice(sentence.start, sentence.end))) {
          const base = roundBase(doc, missed, m.index + from, m.index + m[0].length);
          out.push({ ...base, verdict: 'contradicted', message: `Not in ${whenText}: no country joined NATO then. ${base.fact}` });
        }
        continue;
      }
      // The claim: from the count (the date first) or the match's start, to its end.
      const from = dateFirst ? m[0].indexOf(countText, m[0].indexOf(whenText) + whenText.length) : 0;
      const base = roundBase(doc, round, m.index + from, m.index + m[0].length);
      const strict =
        doc.dateCertain && !NOT_THE_ACCESSION_RE.test(doc.text.slice(sentence.start, sentence.end)) && round.every((c) => sureOf(c, date));
      if (n === round.length && whole)
        out.push({ ...base, verdict: 'supported', message: `${n} countries joined NATO then: ${base.fact}` });
      else if (strict && (n > round.length || (n < round.length && whole)))
        out.push({
          ...base,
          verdict: 'contradicted',
          message: `Not ${n}: ${round.length === 1 ? 'one country' : `${round.length} countries`} joined NATO then: ${base.fact}`,
        });
    }
  }
  return out;
}

// Round 29. A list that joined, timed by "N years ago": "Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and
// Slovenia became members 15 years ago" (DoD News, 18 March 2019: 29 March 2004), "The Czech Republic, Hungary and Poland
// joined NATO 20 years ago". Confirmed when N is the years since the accession, whole or rounded; contradicted when it
// is off by two or more, said flat (a hedge, "more than", "nearly", only confirms) under the same guards as a date.
const YEARS_AGO_AFTER_LIST_RE = new RegExp(
  String.raw`^\s+(?:(?:officially|formally|also|both|all)\s+)?(?:joined(?:\s+${ROUND_NATO})?|became\s+(?:an?\s+)?(?:NATO\s+)?(?:full\s+)?members?(?:\s+of\s+${ROUND_NATO})?|acceded(?:\s+to\s+${ROUND_NATO})?)\s+((?:almost|nearly|about|around|some|roughly|more\s+than|over|just\s+over|less\s+than|under)\s+)?(\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+years\s+ago\b`,
);

/** Lists that joined NATO "N years ago" (YEARS_AGO_AFTER_LIST_RE), each list starting at `names[i]`. */
function yearsAgoClaims(doc: Doc, names: readonly Named[], sentence: { start: number; end: number }, strict: boolean): Annotation[] {
  const out: Annotation[] = [];
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && LIST_GAP_RE.test(doc.text.slice(names[i - 1].end, names[i].start))) continue;
    const list = listFrom(doc, names, i);
    const m = YEARS_AGO_AFTER_LIST_RE.exec(doc.text.slice(list.at(-1)!.end, sentence.end));
    const n = m ? numberFrom(m[2]) : NaN;
    const countries = list.map((x) => x.country);
    if (!(n >= 1) || countries.some((c) => !c.nato)) continue;
    const joined = [...new Set(countries.map((c) => c.nato!.joined))];
    if (joined.length !== 1 || joined[0] > doc.asOf) continue;
    const years = (toDays(doc.asOf) - toDays(factRange(joined[0]).first)) / 365.25;
    const base = roundBase(doc, countries, list[0].start, list.at(-1)!.end + m![0].length);
    if (n === Math.floor(years) || n === Math.round(years) || (m![1] && Math.abs(n - years) <= 1.5))
      out.push({
        ...base,
        verdict: 'supported',
        message: `${base.fact.slice(0, -1)}: ${Math.floor(years)} years before ${formatDay(doc.asOf)}.`,
      });
    else if (strict && !m![1] && Math.abs(n - years) >= 2 && countries.every((c) => isConfident(c.nato!)))
      out.push({
        ...base,
        verdict: 'contradicted',
        message: `Not ${n} years ago: ${base.fact.slice(0, -1)}, ${Math.floor(years)} years before ${formatDay(doc.asOf)}.`,
      });
  }
  return out;
}

// Round 29. The latest round named as a list, as of the page's day: "The states that have most recently joined NATO were
// Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia" (a 2006 term paper: true until April 2009), "NATO's
// newest members are Finland and Sweden". The list is group 1's end onwards. Confirmed when it is the last round before
// the page's day; outdated when it is an earlier round and a later one came three days or more before the page, said in
// the present ("are", "have most recently joined"), within the fact base's horizon. A past "were the newest members"
// alone tells of its own time: confirmed or left alone. "The newest members" must say "of NATO" (the EU's were Bulgaria
// and Romania in 2007). Group 1: the present perfect.
const LATEST_ROUND_HEAD_RE = new RegExp(
  String.raw`\b(?:(?:[Tt]he\s+)?(?:states|countries|nations|members)\s+(?:that|which)\s+(have\s+)?most\s+recently\s+(?:joined\s+${ROUND_NATO}|became\s+(?:NATO\s+)?members(?:\s+of\s+${ROUND_NATO})?)\s+(?:were|are)|(?:(?:NATO|Nato)['\u2019]s|[Tt]he\s+[Aa]lliance['\u2019]s)\s+(?:newest|latest|most\s+recent)\s+(?:members|member\s+(?:states|countries|nations)|allies|Allies)\s+(?:are|were)|[Tt]he\s+(?:newest|latest|most\s+recent)\s+(?:members|member\s+(?:states|countries|nations)|allies|Allies)\s+of\s+${ROUND_NATO}\s+(?:are|were))\s+(?:the\s+)?$`,
);
const LAST_ROUND_DAYS = 3;
const LATEST_HINT_RE = /\b(?:recently|newest|latest|most\s+recent)\b/;

/** The list after a head naming it the latest round (LATEST_ROUND_HEAD_RE), starting at `names[i]`. */
function latestRoundClaim(doc: Doc, names: readonly Named[], i: number, sentence: { start: number; end: number }): Annotation | null {
  const head = LATEST_ROUND_HEAD_RE.exec(doc.text.slice(Math.max(sentence.start, names[i].start - 160), names[i].start));
  if (!head) return null;
  const list = listFrom(doc, names, i);
  // The list must end the clause: "... were Bulgaria and Romania, which joined in 2004" is still the list, "... are Finland
  // and Sweden's neighbours" is not.
  if (
    !/^\s*(?:[,;.:)]|$|\s+(?:and|which|who|in|on)\b)/.test(doc.text.slice(list.at(-1)!.end, sentence.end)) ||
    list.some((n) => !n.country.nato)
  )
    return null;
  const present = !!head[1] || /\bare\s+(?:the\s+)?$/.test(head[0]);
  const rounds = [
    ...new Set(doc.facts.base.jurisdictions.filter((c) => c.nato && c.nato.joined <= doc.asOf).map((c) => c.nato!.joined)),
  ].sort();
  const last = rounds.at(-1);
  if (!last) return null;
  const lastRound = doc.facts.base.jurisdictions.filter((c) => c.nato?.joined === last);
  const countries = list.map((n) => n.country);
  const base = roundBase(doc, countries, list[0].start, list.at(-1)!.end);
  const joined = new Set(countries.map((c) => c.nato!.joined));
  // The last round, or the last two together ("NATO's newest members are Finland and Sweden", 2023 and 2024).
  const lastTwo = rounds.slice(-2);
  const wholeOf = (days: readonly string[]) =>
    [...joined].every((d) => days.includes(d)) &&
    days.every((d) => joined.has(d)) &&
    countries.length === doc.facts.base.jurisdictions.filter((c) => c.nato && days.includes(c.nato.joined)).length;
  if (wholeOf([last]) || (lastTwo.length === 2 && wholeOf(lastTwo)))
    return { ...base, verdict: 'supported', message: `The latest to join NATO as of ${formatDay(doc.asOf)}: ${base.fact}` };
  // An earlier round whole, told as the latest now, with a later round well before the page.
  const earlier = joined.size === 1 ? [...joined][0] : undefined;
  const sure = doc.dateCertain && present && !pastHorizon(doc.facts, doc.asOf) && countries.every((c) => isConfident(c.nato!));
  if (!earlier || earlier >= last || !sure || addDays(last, LAST_ROUND_DAYS) > doc.asOf) return null;
  if (countries.length !== doc.facts.base.jurisdictions.filter((c) => c.nato?.joined === earlier).length) return null;
  return {
    ...base,
    start: list[0].start,
    verdict: 'outdated',
    message: `No longer the latest: ${joinedSaid(lastRound)} (the latest as of ${formatDay(doc.asOf)}).`,
    fact: `${joinedSaid(lastRound)}. ${base.fact}`,
    factIds: [...base.factIds, ...lastRound.map((c) => c.id)],
    sources: sourcesOfAll([...lastRound, ...countries].map((c) => c.nato)).slice(0, 3),
  };
}

// Round 29. Accessions told by the Secretary General they came under: "Montenegro, North Macedonia, Finland, and Sweden
// have become members under Stoltenberg" (a profile of September 2024; all four joined 2017-2024, his term 2014-2024),
// "Under Secretary General Rasmussen, Albania and Croatia joined NATO". The person must be a Secretary General on record
// and the list end at the verb. Confirmed when every member joined in one of that person's terms; contradicted when none
// did and the office is named ("under Secretary General Stoltenberg": without it "under Stoltenberg" may mean his years
// as Norway's prime minister); a mixed list says nothing.
const SG_OFFICE = 'nato-secretary-general';
const UNDER_HINT_RE = /\b(?:[Uu]nder|[Dd]uring)\b/;
const SG_TITLE = String.raw`(?:(?:NATO\s+)?(?:Secretary[- ]General|SG|chief)\s+)`;
const UNDER_AFTER_LIST_RE = new RegExp(
  String.raw`^\s+(?:(?:have|had)\s+)?(?:(?:all|also|each)\s+)?(?:joined(?:\s+${ROUND_NATO})?|bec(?:a|o)me\s+(?:NATO\s+)?(?:full\s+)?members(?:\s+of\s+${ROUND_NATO})?|acceded(?:\s+to\s+${ROUND_NATO})?)\s+(?:under|during)\s+(?:the\s+(?:tenure|term|leadership)\s+of\s+)?(${SG_TITLE})?$`,
);
const UNDER_HEAD_RE = new RegExp(
  String.raw`^[\s"\u201c'\u2018]*(?:Under|During)\s+(?:the\s+(?:tenure|term|leadership)\s+of\s+)?(${SG_TITLE})?$`,
);
const UNDER_HEAD_AFTER_RE = new RegExp(
  String.raw`^(?:['\u2019]s\s+(?:tenure|term|leadership|watch|time\s+in\s+office))?(\s+as\s+(?:NATO\s+)?Secretary[- ]General)?\s*,\s+(?:the\s+)?`,
);
const UNDER_HEAD_VERB_RE = new RegExp(
  String.raw`^\s+(?:(?:have|had)\s+)?(?:(?:all|also)\s+)?(?:joined(?:\s+${ROUND_NATO})?|bec(?:a|o)me\s+(?:NATO\s+)?(?:full\s+)?members(?:\s+of\s+${ROUND_NATO})?|acceded(?:\s+to\s+${ROUND_NATO})?)(?=\s*[,;.]|\s*$|\s+(?:in|on|as|and)\b)`,
);

/** Lists that joined under a Secretary General (UNDER_AFTER_LIST_RE, UNDER_HEAD_RE). */
function underLeaderClaims(doc: Doc, names: readonly Named[], sentence: { start: number; end: number }, strict: boolean): Annotation[] {
  const out: Annotation[] = [];
  const office = doc.facts.offices.get(SG_OFFICE);
  if (!office) return out;
  const people = doc.people.filter((p) => sentence.start <= p.start && p.end <= sentence.end && !p.fuzzy);
  for (const person of people) {
    const terms = tenuresOf(person.personId, office);
    // Not another person named by this one: "under Secretary General Stoltenberg's predecessor".
    if (
      !terms.length ||
      /^['\u2019]s?\s+(?!(?:tenure|term|leadership|watch|time\s+in\s+office)\b)/.test(doc.text.slice(person.end, person.end + 30))
    )
      continue;
    let list: Named[] | undefined;
    let titled = false;
    let end = person.end;
    // The list before: "... have become members under Stoltenberg".
    const before = names.filter((n) => n.end <= person.start).at(-1);
    if (before) {
      let k = names.indexOf(before);
      while (k > 0 && LIST_GAP_RE.test(doc.text.slice(names[k - 1].end, names[k].start))) k--;
      const m = UNDER_AFTER_LIST_RE.exec(doc.text.slice(before.end, person.start));
      if (m) {
        list = names.slice(k, names.indexOf(before) + 1);
        titled = !!m[1];
        const own = /^['\u2019]s\s+(?:tenure|term|leadership|watch)\b/.exec(doc.text.slice(person.end, sentence.end));
        end = person.end + (own?.[0].length ?? 0);
      }
    }
    // The person at the head: "Under Secretary General Rasmussen, Albania and Croatia joined NATO".
    const head = list ? null : UNDER_HEAD_RE.exec(doc.text.slice(sentence.start, person.start));
    if (head) {
      const after = UNDER_HEAD_AFTER_RE.exec(doc.text.slice(person.end, sentence.end));
      const first = after ? names.find((n) => n.start === person.end + after[0].length) : undefined;
      const headList = first ? listFrom(doc, names, names.indexOf(first)) : [];
      const verb = headList.length ? UNDER_HEAD_VERB_RE.exec(doc.text.slice(headList.at(-1)!.end, sentence.end)) : null;
      if (verb) {
        list = headList;
        titled = !!head[1] || !!after![1];
        end = headList.at(-1)!.end + verb[0].length;
      }
    }
    if (!list?.length || list.some((n) => !n.country.nato)) continue;
    const countries = list.map((n) => n.country);
    const within = (c: Country) => {
      const day = factRange(c.nato!.joined).first;
      return terms.some((t) => t.from <= day && (t.until === null || day < t.until));
    };
    const inside = countries.filter(within);
    const start = Math.min(list[0].start, person.start);
    const base = roundBase(doc, countries, start, Math.max(end, list.at(-1)!.end));
    const term = terms.map((t) => `${formatDay(t.from)} – ${t.until ? formatDay(t.until) : 'now'}`).join('; ');
    const who = doc.text.slice(person.start, person.end);
    if (inside.length === countries.length)
      out.push({
        ...base,
        verdict: 'supported',
        message: `${base.fact.slice(0, -1)}: all within ${who}'s time as Secretary General (${term}).`,
      });
    else if (
      !inside.length &&
      titled &&
      strict &&
      countries.every((c) => isConfident(c.nato!)) &&
      terms.every((t) => isConfident(t.holder))
    )
      out.push({
        ...base,
        verdict: 'contradicted',
        message: `Not under ${who}, Secretary General ${term}: ${base.fact}`,
        factIds: [...base.factIds, SG_OFFICE],
      });
  }
  return out;
}

// The country told by a description as the owner of its accession, opening the sentence: "The country’s accession".
const DESCRIBED_OWNER_RE =
  /^[\s"\u201c'\u2018]*((?:[Tt]he|[Tt]his)\s+(?:(?:Nordic|Scandinavian|Balkan|Baltic|Adriatic|small|northern\s+European)\s+)?(?:country|nation))['\u2019]s\s/;

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
const NORDIC_PAIR = new Set(['fin', 'swe']);
const YEAR_ONLY_RE = /^(?:in\s+)?(?:19|20)\d\d$/i;
const YEARS_ON_RE = /^\s*(?:[-\u2013/]\s*\d|(?:and|or|to|,)\s+(?:19|20)?\d\d\b)/;
function judgeRound(
  doc: Doc,
  list: readonly Named[],
  date: Dated,
  strict: boolean,
  claimEnd?: number,
  admitted = false,
): Annotation | null {
  const countries = list.map((n) => n.country);
  if (countries.some((c) => !c.nato)) return null;
  const start = Math.min(list[0].start, date.start);
  const end = Math.max(claimEnd ?? date.end, date.end);
  const wrong = countries.filter((c) => !overlaps(date, accessionRange(c)));
  const base = roundBase(doc, countries, start, end);
  if (!wrong.length) return { ...base, verdict: 'supported', message: base.fact };
  // A list right for some and wrong for others says nothing, as a head year's list does (accession-head-year.ts): "In 2004,
  // Poland and Estonia joined NATO" may be a list of two rounds with one date. Round 44: not Finland and Sweden alone, who
  // applied together on one day and are told as one enlargement ("an expansion of the alliance to include Sweden and Finland
  // in 2023", held-out 42 tr005): one year for both is said of both, and the one it does not fit is off, once both had joined.
  const nordicPair =
    admitted && countries.length === 2 && new Set(countries.map((c) => c.id)).size === 2 && countries.every((c) => NORDIC_PAIR.has(c.id));
  const bothIn = countries.every((c) => factRange(c.nato!.joined).last <= doc.asOf);
  // Not a span of years ("in 2023-24", "in 2023 and 2024"): one year each.
  // A year alone ("in 2023"): a month or a day told with the pair is membership-round40's reading of a time only one's.
  const oneYear = YEAR_ONLY_RE.test(doc.text.slice(date.start, date.end)) && !YEARS_ON_RE.test(doc.text.slice(date.end, date.end + 12));
  if (wrong.length < countries.length && !(nordicPair && bothIn && oneYear)) return null;
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
