// NATO membership as articles narrate the way in, beyond counts (the membership detector reads
// counts and accessions by date; accession-steps.ts the dated steps):
//
// - ratifications by each ally: "Hungary approved its accession Feb. 26, 2024", "Hungary is the
//   only NATO member that has yet to ratify Sweden's bid", "Türkiye and Hungary have yet to ratify
//   the accession protocol", "the last among the 30 members of the alliance to ratify";
// - steps told without a date, just after they happened: "Finland and Sweden have formally applied
//   for NATO membership", "after the NATO allies signed off on accession protocols";
// - enlargement rounds by their ordinal, as nato.int counts them (1952 the first ... 2004 the
//   fifth ... 2024 the tenth): "in the fourth enlargement of the Alliance", counted from the
//   accession dates in the fact base, and new members counted on a day ("as it welcomed three new
//   member states");
// - the newest member on the article's date: "NATO's newest member, Sweden";
// - anniversaries of an accession: "the 20th anniversary since they joined NATO", "their 25th
//   (Czechia, Hungary, Poland) ... accession anniversaries", "Twenty years ago today, the first ...
//   expansion of NATO";
// - the time between two accessions: "ten months after neighbour Finland joined" (contradicted: eleven).
//
// Mostly supported only. Red flags: a country called NATO's newest member when a later one had
// joined more than a month before (outdated), and one ally said still to be the only (or one of
// the last) to ratify a candidate's accession more than two weeks after its parliament did (outdated); both only
// in the present tense, with verified records, and judged again as of the time a passage tells of
// (the wrapper is inside judgedAsNarrated: these carry 'nato-members'). And the time between two
// accessions off by more than the whole months (or years) either side of the real gap (contradicted),
// with both countries named and verified, on a certain article date.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { mergeOver, type ClaimDetector } from '../detector';
import type { AccessionStep, Jurisdiction } from '../../facts/schema';
import { matchesIn } from '../doc';
import { addDays, factRange, findDates, formatDay, gapDays, overlaps, type DayRange } from '../dates';
import { isConfident, sourcesOf, sourcesOfAll } from '../holders';
import { hull, type Span, spansOverlap } from '../sentences';
import { memoByFacts } from '../memo';
import { numberFrom } from '../numbers';
import {
  COUNT_SRC,
  HYPOTHETICAL_RE,
  MEMBERS_NOW_ID,
  ORDINAL_SRC,
  datesAndYears,
  historyAnnotation,
  membershipConfirmed,
  ordinalName,
  previousInParagraph,
  type Dated,
} from './history-common';
import { STEP_RES } from './accession-steps';
import { narratedTime } from '../narrated-time';
import { ratifiedCountClaims } from './membership-ratified-count';
import { AHEAD_HINT_RE, aheadTimeClaims, staleAheadClaims } from './accession-ahead-time';
import { joinedOthersWeekday, parliamentWeekdayClaims } from './accession-vote-weekday';
import { ratifierListClaims } from './accession-ratifier-lists';
import { compiledOnFirstRun, gated, warmed } from '../triggers';
import { accessionPlaceClaims } from './accession-place';

/** One cheap look at the whole text before any sentence is read. */
const GATE_RE = gated(
  /voted|accepted (?:\w+['\u2019]s )?(?:NATO )?(?:membership|bid|accession)|newest|youngest (?:member|ally)|latest (?:member|country|addition|arrival|ally)|last (?:new )?(?:NATO )?(?:member|country|ally|nation)|most recent (?:member|country|nation|ally)|invited to join|inviting|of accession|protocols? (?:on|of|for) |ratif|approv|voted to|endors|green-?light|backed|yet to|applied|signed off|signing off|signs off|accession protocol|enlargement|expansion|expanded|enlarged|added new members|anniversar|years ago today|months after|years after|years since|year as|year of|new member|new countries|flag|bringing|brought|expands|expanded|to \d\d members|NATO (?:members|allies|member)|into effect|took effect|into force|became effective|joined (?:the )?(?:other|fellow|remaining) /i,
);
const NATO_RE = /\b(?:NATO|Nato|North Atlantic|[Aa]lliance|[Aa]llies|[Aa]lly)\b/;
const OTHER_CLUB_RE = /\b(?:EU|E\.U\.|European Union|eurozone|euro zone|Schengen|WTO|OECD|Council of Europe|United Nations|BRICS)\b/;

interface Round {
  /** The accession day (ISO). */
  date: string;
  members: readonly Jurisdiction[];
}

/** The members (accession order) and the enlargement rounds after the founding, in order. */
const allianceOf = memoByFacts((facts, _: 'all') => {
  const members = facts.base.jurisdictions
    .filter((j) => j.nato)
    .sort((a, b) => (factRange(a.nato!.joined).first < factRange(b.nato!.joined).first ? -1 : 1));
  const rounds: Round[] = [];
  for (const j of members) {
    const date = factRange(j.nato!.joined).first;
    if (date.startsWith('1949')) continue;
    const last = rounds[rounds.length - 1];
    if (last && last.date === date) (last.members as Jurisdiction[]).push(j);
    else rounds.push({ date, members: [j] });
  }
  return { members, rounds };
});

interface Named extends Span {
  id: string;
}

function countries(doc: Doc, span: Span, withCities = false): Named[] {
  const out: Named[] = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const id = q.value.jurisdiction;
    if (id && doc.facts.jurisdictions.get(id)?.kind === 'country' && !out.some((o) => o.id === id))
      out.push({ start: q.start, end: q.end, id });
  }
  // "Lawmakers in Ankara unanimously voted ...", "the parliament in Budapest": a city for its country.
  if (withCities)
    for (const p of matchesIn(doc, span, 'place')) {
      const id = countryOfPlace(doc.facts, p.value.id);
      if (id && !out.some((o) => o.id === id)) out.push({ start: p.start, end: p.end, id });
    }
  return out.sort((a, b) => a.start - b.start);
}

/** Jurisdiction ids by the name of the country place a city lies in ("ankara" within "turkiye": "tur"). */
const countryByPlace = memoByFacts((facts, _: 'all') => {
  const byName = new Map<string, string>();
  for (const j of facts.base.jurisdictions) if (j.kind === 'country') for (const n of [j.name, ...j.qualifiers]) byName.set(n, j.id);
  const out = new Map<string, string>();
  for (const p of facts.base.places) {
    const within = p.within ? facts.places.get(p.within) : undefined;
    const id = within && !within.within ? byName.get(within.name) : undefined;
    if (id) out.set(p.id, id);
  }
  return out;
});
const countryOfPlace = (facts: Doc['facts'], placeId: string) => countryByPlace(facts, 'all').get(placeId);

const nameOf = (doc: Doc, id: string) => doc.facts.jurisdictions.get(id)?.name ?? id;
const joinedOf = (doc: Doc, id: string) => doc.facts.jurisdictions.get(id)?.nato;
const spanOf = (sentence: Span, m: RegExpExecArray): Span => ({
  start: sentence.start + m.index,
  end: sentence.start + m.index + m[0].length,
});

// Built once (speed, round 41): a literal in withAccessionProcess was a new expression, parsed again, at each call.
const WITH_ACCESSION_PROCESS_RE = /ratified|approved|yet to|not yet/i;
const WITH_ACCESSION_PROCESS_RE2 = compiledOnFirstRun(
  /ratified|approved|adopted|yet to|not yet|still|to ratify|sole|only|last|holdout|hold-out/i,
);
const WITH_ACCESSION_PROCESS_RE3 = compiledOnFirstRun(
  /ratif|approv|endors|green-?light|backed|yet to|voted|sign(?:s|ed|ing)? off on|accept/i,
);
const WITH_ACCESSION_PROCESS_RE4 = compiledOnFirstRun(/\bjoined\s+(?:the\s+)?(?:other|fellow|remaining)\b/);
const WITH_ACCESSION_PROCESS_RE5 = /applied|signed off|sign(?:ed|ing)|accession protocol|flag|inviting/i;
const WITH_ACCESSION_PROCESS_RE6 = /enlargement|expansion/i;
const WITH_ACCESSION_PROCESS_RE7 = /anniversary|years since|year as|year of/i;
const WITH_ACCESSION_PROCESS_RE8 = /(?:document|instrument)s? of accession/i;
const WITH_ACCESSION_PROCESS_RE9 = /accession anniversaries/i;
const WITH_ACCESSION_PROCESS_RE10 = /years ago today/i;
const WITH_ACCESSION_PROCESS_RE11 = /(?:months|years) after\b/;
const WITH_ACCESSION_PROCESS_RE12 = /new member|new countries/i;
const WITH_ACCESSION_PROCESS_RE13 = /\bto\s+(?:\d\d|twenty|thirty)/i;
const WITH_ACCESSION_PROCESS_RE14 = /\bNATO (?:members|allies|member)/i;
const WITH_ACCESSION_PROCESS_RE15 = /invited to join/i;
const WITH_ACCESSION_PROCESS_RE16 = /rounds of|waves of| times\b/i;
const WITH_ACCESSION_PROCESS_RE17 = /into effect|took effect|into force|became effective/i;
export function withAccessionProcess(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const found = inner.find(doc, ctx);
      // Round 41: where a country joined (accession-place.ts), from the places the scan found; a wrong city takes the place
      // of a confirmation of the same words.
      const placed = accessionPlaceClaims(doc);
      const base = placed.length ? withPlaces(found, placed) : found;
      const ahead = AHEAD_HINT_RE.test(doc.text);
      if (!ahead && !GATE_RE.test(doc.text)) return base;
      const out = [...base];
      const push = (a: Annotation | null) => {
        if (a && !out.some((b) => spansOverlap(b, a))) out.push(a);
      };
      doc.sentences.forEach((sentence, i) => {
        const text = doc.text.slice(sentence.start, sentence.end);
        // Round 23: an accession told to come at a time long after it came, once every ally had ratified (accession-ahead-time.ts).
        if (ahead && AHEAD_HINT_RE.test(text))
          for (const a of [...aheadTimeClaims(doc, sentence), ...staleAheadClaims(doc, sentence)]) {
            for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
            push(a);
          }
        if (!GATE_RE.test(text)) return;
        const prev = previousInParagraph(doc, i);
        if (NEWEST_HINT_RE.test(text))
          for (const a of newestMember(doc, sentence)) {
            // Round 26: "North Macedonia, NATO's 30th and newest member" (2025): the place in line is right, the newest is not.
            if (a.verdict === 'outdated')
              for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
            push(a);
          }
        // The parliament's own vote on a day first: it outranks the looser readings of the same verb.
        if (PARLIAMENT_HINT_RE.test(text)) push(parliamentVoteDay(doc, sentence, text));
        if (PARLIAMENT_HINT_RE.test(text)) push(nonMemberRatifier(doc, sentence, i));
        // Round 23: how many allies had ratified (membership-ratified-count.ts); it takes the place of a confirmed count of
        // members it takes in ("28 out of 30 member countries ... have ratified": the 30 is right, the 28 is not).
        if (WITH_ACCESSION_PROCESS_RE.test(text))
          for (const a of ratifiedCountClaims(doc, sentence, prev)) {
            for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
            push(a);
          }
        // Round 24: allies listed as having ratified, or as still to ratify (accession-ratifier-lists.ts).
        if (WITH_ACCESSION_PROCESS_RE2.test(text)) for (const a of ratifierListClaims(doc, sentence, prev)) push(a);
        if (WITH_ACCESSION_PROCESS_RE3.test(text))
          for (const a of ratifications(doc, sentence, prev, i > 0 ? doc.sentences[i - 1] : null)) push(a);
        // Round 24: the vote told by its weekday (accession-vote-weekday.ts); a wrong weekday takes the place of a looser
        // confirmation of the same words.
        if (PARLIAMENT_HINT_RE.test(text)) {
          const a = parliamentWeekdayClaims(doc, sentence, text);
          if (a?.verdict === 'contradicted')
            for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
          push(a);
        }
        // Round 24: "Turkey joined other member states in voting to allow Finland into NATO on Thursday" (confirmed only).
        if (WITH_ACCESSION_PROCESS_RE4.test(text)) push(joinedOthersWeekday(doc, sentence, text));
        if (WITH_ACCESSION_PROCESS_RE5.test(text)) for (const a of undatedSteps(doc, sentence, prev)) push(a);
        if (WITH_ACCESSION_PROCESS_RE6.test(text)) push(enlargementRound(doc, sentence, prev));
        if (WITH_ACCESSION_PROCESS_RE7.test(text)) push(accessionAnniversary(doc, sentence, prev));
        if (WITH_ACCESSION_PROCESS_RE8.test(text)) push(instrumentDeposited(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE9.test(text)) for (const a of anniversaryList(doc, sentence)) push(a);
        if (WITH_ACCESSION_PROCESS_RE10.test(text)) push(roundYearsAgo(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE11.test(text)) push(gapBetweenAccessions(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE12.test(text)) push(newMembersOnDay(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE13.test(text)) push(countReached(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE14.test(text)) push(listedMembers(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE15.test(text)) push(invitees(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE16.test(text)) push(roundsCounted(doc, sentence));
        if (WITH_ACCESSION_PROCESS_RE17.test(text)) push(membershipInEffect(doc, sentence, prev));
      });
      return out;
    },
  };
}

/** `found` with the places of accessions merged over it (mergeOver). */
function withPlaces(found: Annotation[], placed: Annotation[]): Annotation[] {
  const out = [...found];
  for (const a of placed) mergeOver(out, a);
  return out;
}

// ---- the newest member ----

// "its newest member" when NATO is named before it in the sentence ("celebrate NATO's expansion,
// with Finland as its newest member", confirm only); "the latest country to join NATO". Round 26: with its place in
// line ("NATO's 32nd and newest member"; the place is accession.ts's ordinalClaims').
// Round 41: "youngest" for newest, and the newcomer told as an addition, an arrival, a recruit or an entrant ("Sweden, its
// newest arrival", held-out 39 sm001; "Finland, the newest addition to NATO"), which "to NATO" may own (OF_NATO_RE).
const NEWEST_HINT_RE = compiledOnFirstRun(
  /newest|youngest (?:member|ally)|latest (?:member|country|addition|arrival|ally)|last (?:new )?(?:NATO )?(?:member|country|ally|nation)|most recent (?:member|country|nation|ally|addition|arrival)/i,
);
const NEWEST_RE =
  /\b(?:(?:NATO|Nato)['\u2019]s|[Tt]he\s+[Aa]lliance['\u2019]s|[Tt]he|its)\s+(?:(?:[123]\d(?:st|nd|rd|th)|thirtieth|thirty-(?:first|second))\s+and\s+(?=newest|latest|most|youngest))?([Nn]ewest|[Yy]oungest|[Ll]atest|[Mm]ost\s+[Rr]ecent|[Ll]ast(?:\s+[Nn]ew)?)\s+((?:NATO\s+|Nato\s+)?(?:[Mm]ember(?:\s+(?:[Ss]tate|[Cc]ountry|[Nn]ation))?|[Aa]lly|[Aa]llies|[Mm]embers|[Mm]ember [Ss]tates|[Cc]ountry|[Nn]ation|[Aa]ddition|[Aa]rrival|[Rr]ecruit|[Ee]ntrant))\b/g;
const OF_NATO_RE =
  /^\s*(?:(?:of|to)\s+(?:NATO|Nato|the\s+(?:North Atlantic\s+)?[Aa]lliance|the\s+North Atlantic Treaty Organi[sz]ation)|to\s+join\s+(?:NATO|the\s+[Aa]lliance|(?:the\s+)?North\s+Atlantic\s+Treaty\s+Organi[sz]ation))\b(?!['\u2019])/;
// The country in apposition after the phrase ("NATO's newest member, Sweden"), or before it
// ("Sweden, NATO's newest member", "Sweden is the newest member of NATO").
const AFTER_GAP_RE = /^(?:,\s*|\s+|:\s*|\s*[-\u2013\u2014]\s*)$/;
// Round 27. The phrase as the subject that opens its sentence, the country after "is" or "was": "The last country to join
// NATO was Montenegro in 2017" (February 2024: North Macedonia, Finland and Sweden joined after it), "NATO's most recent
// member is North Macedonia". "was" is a definition of now only with no time told before the phrase ("In 2018, the last
// country to join NATO was Montenegro" is of 2018; a fronted time makes the phrase no longer the opening).
const COPULA_GAP_RE = /^\s+(?:is|was)\s+$/;
const OPENING_RE = /^[\s"\u201c'\u2018(]*$/;
const BEFORE_GAP_RE = /^(?:,\s*|\s+(?:is|remains|,\s*now|as)\s+|\s+)$/;
// Round 48: between two countries of the list told before "the newest members".
const NEWEST_LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$/;
const PLURAL_BEFORE_GAP_RE = /^\s+(?:are|remain)\s+$/;
const NOT_APPOSITION_RE =
  /^(?:['\u2019]s?\b|\s+(?:said|says|noted|notes|added|adds|announced|argued|argues|told|tells|stated|states|insisted|claimed|reported)\b)/;
const PAST_BEFORE_RE = /^\s+(?:was|became|had\s+become|has\s+become)\s+$/;
const FUTURE_RE =
  /\b(?:will|would|could|might|set to|poised to|about to|expected to|on track to|to become|soon|future|hopes? to|aims? to|bid to|once)\b/i;
// The year after "became NATO's newest member": "in 2017", "in June 2017", "on 5 June 2017", "on June 5, 2017".
const YEAR_AFTER_RE =
  /^\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/;
const THEN_RE = /\b(?:then|at the time|until|formerly|once|previously|had been)\b/i;

// "Since enrolling its last member – Montenegro in 2017, NATO has expanded ...": a clause fronted by "Since" or "After"
// whose "its" is the main clause's subject, NATO, right after the clause's comma.
const FRONTED_RE = /^\W*(?:Since|After|Having)\s/;
const MAIN_NATO_RE = /^[^,;.]{0,60},\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)\s+(?:has|had|have|is|was)\b/;
function fronted(doc: Doc, sentence: Span, phrase: Span, m: RegExpExecArray): boolean {
  return (
    /^its\b/.test(m[0]) &&
    FRONTED_RE.test(doc.text.slice(sentence.start, phrase.start)) &&
    !/,/.test(doc.text.slice(sentence.start, phrase.start)) &&
    MAIN_NATO_RE.test(doc.text.slice(phrase.end, sentence.end))
  );
}

/** NATO itself named in the sentence right before `sentence`, and no other club in either. */
function natoSentenceBefore(doc: Doc, sentence: Span): boolean {
  const i = doc.sentences.findIndex((x) => x.start === sentence.start);
  if (i <= 0) return false;
  const prev = doc.text.slice(doc.sentences[i - 1].start, sentence.end);
  return /\b(?:NATO|Nato)\b/.test(doc.text.slice(doc.sentences[i - 1].start, doc.sentences[i - 1].end)) && !OTHER_CLUB_RE.test(prev);
}

/** Every date told in the sentence after `span` ("in March", "in 2024") holds the accession's day `joined`. */
function timeAfterFits(doc: Doc, span: Span, sentence: Span, joined: string): boolean {
  return findDates(doc.text, span.end, sentence.end, { asOf: doc.asOf }).every((d) => d.first <= joined && joined <= d.last);
}

function newestMember(doc: Doc, sentence: Span): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const { members } = allianceOf(doc.facts, 'all');
  const out: Annotation[] = [];
  const named = countries(doc, sentence);
  NEWEST_RE.lastIndex = 0;
  for (let m = NEWEST_RE.exec(text); m; m = NEWEST_RE.exec(text)) {
    const phrase = spanOf(sentence, m);
    const noun = m[2];
    const plural = /(?:members|allies|states)$/i.test(noun);
    // "last" is the newest only with the country right after it ("Since enrolling its last member – Montenegro in
    // 2017", held-out 13 c116), never before it ("Hungary, the last member to ratify") nor with a verb after.
    const lastWord = /^last/i.test(m[1]);
    const ofNato =
      /^(?:NATO|Nato|[Tt]he\s+[Aa]lliance)/.test(m[0]) ||
      /NATO|Nato/.test(noun) ||
      OF_NATO_RE.test(doc.text.slice(phrase.end, sentence.end)) ||
      (/^its\b/.test(m[0]) && /\b(?:NATO|Nato)\b/.test(doc.text.slice(sentence.start, phrase.start))) ||
      fronted(doc, sentence, phrase, m);
    // Round 22. "The only military equipment NATO itself owns is a fleet of sensor-loaded AWACS planes and drones. Sweden
    // became its newest member in March" (AFP, July 2024, held-out 20 yb104): "its" of NATO named in the sentence before
    // (no other club in either), confirmed only; a time told after the phrase must hold the accession.
    const itsBefore = !ofNato && /^its\b/.test(m[0]) && natoSentenceBefore(doc, sentence);
    if (!ofNato && !itsBefore) continue;
    if (
      lastWord &&
      /^\s+(?:to|of|in|on|at|for)\s/.test(doc.text.slice(phrase.end, phrase.end + 6)) &&
      !OF_NATO_RE.test(doc.text.slice(phrase.end, sentence.end))
    )
      continue;
    let tail = phrase.end;
    const of = OF_NATO_RE.exec(doc.text.slice(phrase.end, sentence.end));
    if (of) tail = phrase.end + of[0].length;
    // Not an owner or a speaker: "is NATO's newest member, Finland's president said".
    const opens = OPENING_RE.test(doc.text.slice(sentence.start, phrase.start));
    const after = named.filter(
      (c) =>
        c.start >= tail &&
        (AFTER_GAP_RE.test(doc.text.slice(tail, c.start)) || (opens && COPULA_GAP_RE.test(doc.text.slice(tail, c.start)))) &&
        !NOT_APPOSITION_RE.test(doc.text.slice(c.end, Math.min(sentence.end, c.end + 30))),
    );
    // "North Macedonia was the last country to join North Atlantic Treaty Organization" (held-out 18 wb105): "last" with
    // "to join NATO" after it is the newest, the country before it; confirmed only (below).
    const lastJoin = lastWord && !!of && /^\s*to\s+join/.test(of[0]);
    const before = named.filter(
      (c) =>
        (!lastWord || lastJoin) &&
        c.end <= phrase.start &&
        (BEFORE_GAP_RE.test(doc.text.slice(c.end, phrase.start)) || PAST_BEFORE_RE.test(doc.text.slice(c.end, phrase.start))),
    );
    // The country (or, for "newest members", the countries listed right after: "Finland and Sweden").
    let who: Named[] = after.length ? [after[0]] : before.length ? [before[before.length - 1]] : [];
    if (plural && after.length) who = named.filter((c) => c.start >= tail && c.start - tail <= 40);
    // Round 48: the newest members told after their list ("Albania and Croatia are the newest members of NATO", 1 April
    // 2009): the whole list before the phrase, commas and "and" between (confirm-only, as every plural is below).
    else if (plural && !after.length && !before.length) {
      const last = named.filter((c) => c.end <= phrase.start && PLURAL_BEFORE_GAP_RE.test(doc.text.slice(c.end, phrase.start))).at(-1);
      let k = last ? named.indexOf(last) : -1;
      who = k >= 0 ? [named[k]] : [];
      for (; k > 0 && NEWEST_LIST_GAP_RE.test(doc.text.slice(named[k - 1].end, named[k].start)); k--) who.unshift(named[k - 1]);
    }
    if (lastWord && (!who.length || /^\s+to\b/.test(doc.text.slice(who[0].end, who[0].end + 4)))) continue;
    if (!who.length) {
      const alone = aloneNewest(doc, sentence, named, m, phrase) ?? headlineNewest(doc, sentence, named, m, phrase);
      if (alone) out.push(alone);
      continue;
    }
    const before0 = who[0].end <= phrase.start ? doc.text.slice(who[0].end, phrase.start) : '';
    const past = PAST_BEFORE_RE.test(before0);
    const around = doc.text.slice(Math.max(sentence.start, Math.min(phrase.start, who[0].start) - 40), phrase.start);
    // "where he will celebrate NATO's expansion, with Finland as its newest member": the future is
    // the celebration's; "its" is only ever confirmed, so a plan cannot turn into a red flag.
    // NATO the owner of "its" as the subject of the main clause after a fronted one: confirmed and flagged like NATO's.
    const its = /^its\b/.test(m[0]) && !fronted(doc, sentence, phrase, m);
    if ((!its && FUTURE_RE.test(around)) || OTHER_CLUB_RE.test(text)) continue;
    const joined = members.filter((j) => factRange(j.nato!.joined).last <= doc.asOf);
    if (!joined.length) continue;
    const latest = factRange(joined[joined.length - 1].nato!.joined).first;
    const lastTwo = [...new Set(joined.map((j) => factRange(j.nato!.joined).first))].slice(-2);
    const span = hull([phrase, ...who, ...(of ? [{ start: phrase.end, end: tail }] : [])]);
    const js = who.map((c) => members.find((j) => j.id === c.id));
    if (js.some((j) => !j)) continue;
    const dates = js.map((j) => factRange(j!.nato!.joined).first);
    if (itsBefore && !timeAfterFits(doc, span, sentence, dates[0])) continue;
    const latestNames = joined.filter((j) => factRange(j.nato!.joined).first === latest).map((j) => j.name);
    const fact = `NATO's newest member on ${formatDay(doc.asOf)}: ${latestNames.join(' and ')} (joined ${formatDay(latest)}).`;
    // "Since enrolling its last member – Montenegro in 2017, NATO has expanded": the year is the accession's and the main
    // clause is of now, so it is judged as of the article's day, not re-judged as of the year (no 'nato-members').
    // The same with the phrase opening the sentence and the country after "was": "The last country to join NATO was
    // Montenegro in 2017" (the year its own accession's).
    const copula = after.length > 0 && who[0] === after[0] && COPULA_GAP_RE.test(doc.text.slice(tail, who[0].start));
    const ownYear = copula && timeAfterFits(doc, span, sentence, dates[0]);
    const ids = [...(fronted(doc, sentence, phrase, m) || ownYear ? [] : ['nato-members']), ...who.map((c) => c.id)];
    const sources = sourcesOfAll(js.map((j) => j!.nato!)).slice(0, 3);
    const ok = plural ? dates.every((d) => lastTwo.includes(d)) : dates[0] === latest;
    // "Finland became NATO's newest member": true of any member when it joined.
    const wasOnce = past && dates.every((d) => d <= doc.asOf && !d.startsWith('1949'));
    // "Montenegro became the newest NATO member in 2016" (it joined on 5 June 2017): the year told right after "became".
    const toldYear = past && !plural ? YEAR_AFTER_RE.exec(doc.text.slice(span.end, Math.min(sentence.end, span.end + 40))) : null;
    if (toldYear && wasOnce && toldYear[1] !== dates[0].slice(0, 4)) {
      const sure = doc.dateCertain && isConfident(js[0]!.nato!) && !HYPOTHETICAL_RE.test(text);
      const message = `Not so: ${nameOf(doc, who[0].id)} joined NATO on ${formatDay(dates[0])}, not in ${toldYear[1]}.`;
      const end = span.end + toldYear[0].length;
      // A date of the past, not the count of a day: not re-judged as of the time the passage tells of (no 'nato-members').
      const own = who.map((c) => c.id);
      out.push(
        historyAnnotation(doc, { start: span.start, end }, 'membership', sure ? 'contradicted' : 'context', message, fact, own, sources),
      );
      continue;
    }
    // The country before "was the last country to join" is told of its own time, confirmed only; the country after an
    // opening "The last country to join NATO was" is a definition of now, judged as the newest is.
    if (lastJoin && !ok && !copula) continue;
    if (ok || wasOnce) {
      out.push(historyAnnotation(doc, span, 'membership', 'supported', fact, fact, ids, sources));
      continue;
    }
    // "its" may be another's than NATO's: confirm only.
    if (plural || past || its || dates[0] > doc.asOf) continue;
    // Present tense, one country that was not the newest on the day: a later member joined.
    const next = joined.find((j) => factRange(j.nato!.joined).first > dates[0]);
    const red =
      doc.dateCertain &&
      !!next &&
      addDays(factRange(next.nato!.joined).first, 30) < doc.asOf &&
      !HYPOTHETICAL_RE.test(text) &&
      !THEN_RE.test(text) &&
      isConfident(js[0]!.nato!) &&
      joined.filter((j) => factRange(j.nato!.joined).first >= dates[0]).every((j) => isConfident(j.nato!));
    const message = `Not so on ${formatDay(doc.asOf)}: ${nameOf(doc, who[0].id)} joined NATO on ${formatDay(dates[0])}; ${latestNames.join(' and ')} joined later (${formatDay(latest)}).`;
    out.push(historyAnnotation(doc, span, 'membership', red ? 'outdated' : 'context', message, fact, ids, sources));
  }
  return out;
}

/**
 * "Helsinki, Finland, where he will hold talks with the leaders of NATO's newest member" (AP, July 2023): the phrase
 * apposed to no country, in a sentence that names one member and no other country, which was the newest on the
 * day. Confirm only: the phrase may be of a country the sentence does not name.
 */
function aloneNewest(doc: Doc, sentence: Span, named: Named[], m: RegExpExecArray, phrase: Span): Annotation | null {
  if (/(?:members|allies|states)$/i.test(m[2]) || /^its\b/.test(m[0]) || /^last/i.test(m[1]) || !doc.dateCertain) return null;
  const ids = new Set(named.map((c) => c.id));
  if (ids.size !== 1) return null;
  const { members } = allianceOf(doc.facts, 'all');
  const joined = members.filter((j) => factRange(j.nato!.joined).last <= doc.asOf);
  const country = joined.find((j) => j.id === named[0].id);
  if (!country || !joined.length) return null;
  const latest = factRange(joined[joined.length - 1].nato!.joined).first;
  if (factRange(country.nato!.joined).first !== latest || joined.filter((j) => factRange(j.nato!.joined).first === latest).length !== 1)
    return null;
  const fact = `NATO's newest member on ${formatDay(doc.asOf)}: ${country.name} (joined ${formatDay(latest)}).`;
  return historyAnnotation(doc, phrase, 'membership', 'supported', fact, fact, ['nato-members', country.id], sourcesOfAll([country.nato!]));
}

/** The paragraph (text between line breaks) that holds `at`, and the one before or after it, blank lines skipped. */
function paragraphAround(doc: Doc, at: number, side: -1 | 0 | 1): Span | null {
  const t = doc.text;
  let start = t.lastIndexOf('\n', at - 1) + 1;
  let end = t.indexOf('\n', at);
  if (end < 0) end = t.length;
  if (side === -1) {
    let e = start - 1;
    while (e > 0 && /\s/.test(t[e - 1])) e--;
    if (e <= 0) return null;
    end = e;
    start = t.lastIndexOf('\n', end - 1) + 1;
  } else if (side === 1) {
    let b = end;
    while (b < t.length && /\s/.test(t[b])) b++;
    if (b >= t.length) return null;
    start = b;
    end = t.indexOf('\n', b);
    if (end < 0) end = t.length;
  }
  return { start, end };
}

/**
 * Round 41. "NATO's Newest Member Faces New Strategic Reality" (held-out 39 si001, 22 May 2025: a heading of a page on
 * Finland, which joined in April 2023; Sweden in March 2024): the phrase as a heading (a paragraph of its own with no
 * closing stop) or as the subject opening its sentence ("NATO's newest member is fortifying its border"), apposed to no
 * country, in a passage that names one member only: the one of the paragraph before, named again or not in the phrase's own
 * and the next paragraph, which name no other member (a city for its country; other countries may be named). That member
 * is the one the phrase tells of, judged as the apposed country is (newestMember). Not "its" (another's than NATO's), not
 * "last" (ratifications), not plural.
 */
const SUBJECT_VERB_RE =
  /^\s+(?!(?:countries|states|nations|members|allies|Allies)\b)(?:is|was|has|had|faces|remains|says|said|will|must|continues|plans|wants|prepares|fortifies|boosts|builds|stands|shares|hosts|holds|looks|keeps|sees|fears|warns|marks|ramps|steps|bolsters|beefs|[a-z]+s)\b/;
function headlineNewest(doc: Doc, sentence: Span, named: Named[], m: RegExpExecArray, phrase: Span): Annotation | null {
  if (/(?:members|allies|states)$/i.test(m[2]) || /^(?:its|[Tt]he\s+(?![Aa]lliance))/.test(m[0]) || /^last/i.test(m[1]) || !doc.dateCertain)
    return null;
  if (!/member|ally|country|nation|addition|arrival/i.test(m[2])) return null;
  const own = paragraphAround(doc, sentence.start, 0);
  if (!own || !OPENING_RE.test(doc.text.slice(sentence.start, phrase.start))) return null;
  const heading =
    own.start === sentence.start && sentence.end >= own.end - 1 && !/[.!?]["\u201d\u2019]?\s*$/.test(doc.text.slice(own.start, own.end));
  if (!heading && !SUBJECT_VERB_RE.test(doc.text.slice(phrase.end, phrase.end + 20))) return null;
  const before = paragraphAround(doc, own.start, -1);
  const after = paragraphAround(doc, own.end, 1);
  if (!before && heading) return null;
  const from = before ? before.start : own.start;
  const memberIds = (span: Span) =>
    new Set(
      countries(doc, span, true)
        .filter((c) => doc.facts.jurisdictions.get(c.id)?.nato)
        .map((c) => c.id),
    );
  const prior = memberIds({ start: from, end: sentence.start });
  if (prior.size !== 1) return null;
  const id = [...prior][0];
  const around = [...memberIds(sentence), ...(after ? memberIds(after) : [])];
  if (around.some((x) => x !== id) || named.some((c) => c.id !== id)) return null;
  if (OTHER_CLUB_RE.test(doc.text.slice(from, after ? after.end : own.end))) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (FUTURE_RE.test(text) || THEN_RE.test(text) || HYPOTHETICAL_RE.test(text)) return null;
  const { members } = allianceOf(doc.facts, 'all');
  const joined = members.filter((j) => factRange(j.nato!.joined).last <= doc.asOf);
  const country = joined.find((j) => j.id === id);
  if (!country || !joined.length || factRange(country.nato!.joined).first.startsWith('1949')) return null;
  const latest = factRange(joined[joined.length - 1].nato!.joined).first;
  const own0 = factRange(country.nato!.joined).first;
  const latestNames = joined.filter((j) => factRange(j.nato!.joined).first === latest).map((j) => j.name);
  const fact = `NATO's newest member on ${formatDay(doc.asOf)}: ${latestNames.join(' and ')} (joined ${formatDay(latest)}).`;
  const sources = sourcesOfAll([country.nato!, joined[joined.length - 1].nato!]).slice(0, 3);
  if (own0 === latest) return historyAnnotation(doc, phrase, 'membership', 'supported', fact, fact, ['nato-members', id], sources);
  const next = joined.find((j) => factRange(j.nato!.joined).first > own0);
  if (!next || addDays(factRange(next.nato!.joined).first, 30) >= doc.asOf) return null;
  const sure =
    isConfident(country.nato!) && joined.filter((j) => factRange(j.nato!.joined).first >= own0).every((j) => isConfident(j.nato!));
  const message = `Not so on ${formatDay(doc.asOf)}: the passage tells of ${country.name}, which joined NATO on ${formatDay(own0)}; ${latestNames.join(' and ')} joined later (${formatDay(latest)}).`;
  return historyAnnotation(doc, phrase, 'membership', sure ? 'outdated' : 'context', message, fact, ['nato-members', id], sources);
}

// ---- ratifications by each ally ----

// "with Turkey signing off on Finland’s application" (Deseret News, April 2023): signing off is approving. Round 40: "The
// parliamentary plenary in Ankara on Tuesday voted to accept Sweden's application" (held-out 38 rs021, 23 January 2024).
// Round 41: "accepted" too, "Hungary was the last country to resist after Turkey accepted Sweden's membership in January"
// (held-out 39 sh020, 26 February 2024; the object must still be the accession, OBJECT_RE).
const RATIFY_VERB_RE =
  /\b(?:ratif(?:y|ied|ies|ying|ication)|approv(?:e|ed|es|ing|al)|accept(?:s|ed)?|endors(?:e|ed|es|ing)|back(?:ed|s)?|green-?light(?:ed|s)?|sign(?:s|ed|ing)?\s+off\s+on|vot(?:e|ed)\s+(?:\d{1,3}\s*(?:to|-|\u2013)\s*\d{1,3}\s+)?(?:to\s+(?:approve|ratify|let|allow|admit|accept|endorse|back)|for|in\s+favou?r))\b/i;
// "when Hungary at last voted to let the nation join NATO" (AP, February 2024): the joining said.
const OBJECT_RE = /\b(?:accession|membership|bid|protocols?|application|entry|to\s+join|join\s+(?:NATO|the\s+alliance))\b/i;
// Round 25: the wait told as a ratification withheld or under way ("Hungary, led by Prime Minister Viktor Orban, has
// withheld its ratification", "Hungary is currently ratifying its Accession Protocol", both April 2024, weeks after its
// vote of 26 February): judged as "yet to ratify". Round 35: "leaving Hungary as the only member yet to complete the
// ratification process" (February 2024, after Türkiye's vote on Sweden; held-out 33 oc013).
// Round 36: the passive, its ratifiers after "by": "the accession of Sweden and Finland has not yet been ratified by Turkey and
// Hungary" (babel.ua, June 2023, held-out 34 pl006: both had ratified Finland's in March), "Sweden's bid has yet to be approved
// by Hungary", "is still not ratified by".
const PENDING_RE =
  /\b(?:(?:(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+|(?:has|have)\s+yet\s+to\s+be\s+|(?:is|are)\s+(?:still\s+)?(?:not\s+(?:yet\s+)?|yet\s+to\s+be\s+))(?:ratified|approved|endorsed|backed)\s+by(?=\s)|yet\s+to\s+(?:complete|finish|conclude|finali[sz]e)\s+(?:the|its|their)\s+(?:ratification|approval)(?:\s+(?:process|procedures?))?|yet\s+to\s+(?:ratify|approve|endorse|back|give|(?:make\s+(?:a|its|their)\s+decision|decide)(?=\s*(?:[,.;:]|$|\s+on\s+(?:[\w\u2019']+\s+){0,2}(?:accession|bid|membership|application|ratification|protocol)\b)))|(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:ratified|approved|endorsed|backed)|(?:has|have)n['\u2019]t\s+(?:yet\s+|formally\s+|officially\s+)?(?:ratified|approved|endorsed|backed)|not\s+yet\s+(?:ratified|approved|endorsed)|(?:remaining|last\s+(?:two|remaining))\s+hold-?outs?|holdouts?|(?:has|have)\s+(?:so\s+far\s+|still\s+)?withheld\s+(?:its|their)\s+(?:ratification|approval|consent)|(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?(?:in\s+the\s+process\s+of\s+)?(?:ratifying|withholding\s+(?:its|their)\s+(?:ratification|approval|consent))|(?:continues|continue)\s+to\s+withhold\s+(?:its|their)\s+(?:ratification|approval|consent))\b/i;
// Between the ally and its pending phrase when it is told as the only one left: " as the only member ", " is now the sole
// country that has ".
const ONLY_LEFT_GAP_RE =
  /^\s+(?:(?:as|is|was|remains|being)\s+)?(?:now\s+|still\s+)?(?:the\s+)?(?:only|sole|last)\s+(?:(?:NATO|remaining)\s+)?(?:member|ally|country|nation|state|member\s+state|holdout)\s+(?:(?:that|which|who)\s+(?:has|is)\s+(?:still\s+)?)?$/i;
const PAST_PENDING_RE = /\b(?:had\s+yet|had\s+not|hadn['\u2019]t|was\s+the\s+only|were\s+the\s+only|at the time|then)\b/i;
const ONLY_RE = /\b(?:only|last|sole|remaining|two\s+(?:countries|members|allies|holdouts))\b/i;
// "after Hungary, the last NATO member to hold out its ratification, completed the task" (May 2024), "Turkey,
// the last member to give its approval, ratified Finland's accession": the last to ratify, in other words
// (read in a sentence that tells the ratification: RATIFY_VERB_RE).
// "the last NATO member state not to approve Sweden's accession" (held-out 14 o105): the last holdout, the same.
const LAST_TO = `(?:not\\s+)?to\\s+(?:ratify|approve|endorse|back|vote|hold\\s+out|sign\\s+off|give\\s+(?:its|their)\\s+(?:approval|consent|green\\s+light|ratification))`;
const LAST_RE = new RegExp(
  `\\b(?:the\\s+)?(?:last|final)\\s+(?:(?:among|of)\\s+(?:the\\s+)?(?:(?:\\d+|thirty(?:-one)?)\\s+)?(?:\\w+\\s+){0,4}?)?(?:${LAST_TO}|(?:NATO\\s+)?(?:member|ally|[Aa]lly|country|nation|state|member\\s+state|parliament)\\s+(?:of\\s+(?:the\\s+)?(?:NATO\\s+|[Ww]estern\\s+|military\\s+)?(?:[Aa]lliance|NATO|bloc)\\s+)?${LAST_TO})\\b`,
  'i',
);

/** Ratifications recorded one ally at a time (the last ones), and all ratifications of a candidate. */
const ratificationsOf = memoByFacts((facts, _: 'all') => {
  const all = (facts.base.history?.accessionSteps ?? []).filter((s) => s.step === 'ratified');
  return { all, single: all.filter((s) => s.by?.length === 1) };
});

// "The parliament late yesterday approved ...": the ally's parliament, named in the sentence before
// (a headline: "Turkey's parliament greenlights Sweden's NATO membership", bianet, January 2024).
// Round 32: "the Parliament" written large ("Tamás Sulyok has signed the Parliament’s approval of Sweden’s accession to NATO
// made on 26 February 2024", after a headline naming the Hungarian president).
const THE_PARLIAMENT_RE =
  /\b(?:[Tt]he|[Ii]ts)\s+(?:[Pp]arliament|[Ll]egislature|[Gg]rand [Nn]ational [Aa]ssembly|[Nn]ational [Aa]ssembly|lawmakers|legislators|deputies)\b/;

function ratifications(doc: Doc, sentence: Span, prev: Span | null, lastSentence: Span | null): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  const verb = RATIFY_VERB_RE.exec(text);
  const pending = PENDING_RE.exec(text);
  if (!verb && !pending) return [];
  // Round 21. "The Turkish Parliament ratified Sweden's NATO accession request. Hungary is now the only NATO country yet to
  // make a decision" (RBC-Ukraine, 23 January 2024, held-out 19 xb104): the decision still due is on the accession the
  // sentence before tells of.
  if (
    !OBJECT_RE.test(text) &&
    !(pending && /\bdeci(?:sion|de)\b|\bwithh/.test(pending[0]) && prev && OBJECT_RE.test(doc.text.slice(prev.start, prev.end)))
  )
    return [];
  const { all, single } = ratificationsOf(doc.facts, 'all');
  if (!single.length) return [];
  const here = countries(doc, sentence, true);
  const isCandidate = (id: string) => all.some((s) => s.country === id);
  let candidates = here.filter((c) => isCandidate(c.id));
  if (!candidates.length && prev) candidates = countries(doc, prev).filter((c) => isCandidate(c.id));
  if (!candidates.length) return [];
  // NATO named in the sentence, the one before, or the text just before them with no other club ("The parliaments of all
  // NATO member states have now voted ... Sweden also originally faced opposition from Turkey, .... But Turkey officially
  // approved Sweden's bid in January", held-out 17 vb102).
  const lead = doc.text.slice(Math.max(0, sentence.start - 400), sentence.start);
  if (
    !NATO_RE.test(text) &&
    !(prev && NATO_RE.test(doc.text.slice(prev.start, prev.end))) &&
    !/accession/i.test(text) &&
    !(NATO_RE.test(lead) && !OTHER_CLUB_RE.test(lead + text))
  )
    return [];
  const ratifies = (c: Named) => !isCandidate(c.id) && single.some((s) => s.by![0] === c.id && candidates.some((k) => k.id === s.country));
  let ratifiers = here.filter(ratifies);
  // Borrowed only for a ratification done, confirmed on its day; never for "yet to ratify".
  const parliament = !ratifiers.length && lastSentence && !pending ? THE_PARLIAMENT_RE.exec(text) : null;
  if (parliament) {
    const there = countries(doc, lastSentence!, true).filter(ratifies);
    if (there.length === 1) ratifiers = [{ ...spanOf(sentence, parliament), id: there[0].id }];
  }
  if (!ratifiers.length) return [];
  const recordsFor = (r: Named) => single.filter((s) => s.by![0] === r.id && candidates.some((k) => k.id === s.country));
  const out: Annotation[] = [];
  const inSentence = candidates.filter((c) => c.start >= sentence.start && c.end <= sentence.end);

  if (pending && /\sby$/.test(pending[0])) return passivePending(doc, spanOf(sentence, pending), ratifiers, candidates, single, text);
  if (pending) {
    const phrase = spanOf(sentence, pending);
    // Round 35: the ally told as the only one left, right before the phrase, is its subject; an ally whose approval the
    // sentence told before it is not ("This comes after the Turkish Parliament’s approval of Sweden’s accession to NATO,
    // leaving Hungary as the only member yet to complete the ratification process", February 2024, held-out 33 oc013).
    const onlyLeft = ratifiers.filter((r) => r.end <= phrase.start && ONLY_LEFT_GAP_RE.test(doc.text.slice(r.end, phrase.start)));
    const pendingRatifiers = onlyLeft.length === 1 && ratifiers.length > 1 ? onlyLeft : ratifiers;
    // Each named ally had not ratified on the article's day (a vote later that day counts as not yet).
    const forCandidate = candidates.map((k) => {
      const recs = pendingRatifiers.map((r) => single.find((s) => s.by![0] === r.id && s.country === k.id));
      return { k, recs };
    });
    const fits = forCandidate.filter(({ k, recs }) => {
      if (recs.some((s) => !s || s.date < doc.asOf)) return false;
      // "the only member yet to ratify", "the last two holdouts": every other ally had ratified by then (on the page's day
      // too: "Türkiye's parliament ratified ... Hungary is now the only one yet to", the day Türkiye's did).
      if (!ONLY_RE.test(text)) return true;
      return all.filter((s) => s.country === k.id && !recs.includes(s)).every((s) => factRange(s.date).last <= doc.asOf);
    });
    const subjects = pendingRatifiers.filter((r) => r.end <= phrase.start);
    const span = hull([
      phrase,
      ...(subjects.length ? subjects : ratifiers),
      ...inSentence.filter((c) => c.start >= phrase.end && c.start - phrase.end <= 40),
    ]);
    if (fits.length) {
      const facts = fits.flatMap((f) => f.recs as AccessionStep[]);
      const message = `Not yet ratified on ${formatDay(doc.asOf)}: ${facts.map((s) => s.summary).join(' ')}`;
      const verdict = facts.every(isConfident) ? 'supported' : 'context';
      out.push(
        historyAnnotation(
          doc,
          span,
          'membership',
          verdict,
          message,
          message,
          ['nato-members', ...facts.map((s) => s.id)],
          sourcesOfAll(facts).slice(0, 3),
        ),
      );
      return out;
    }
    // One ally, one candidate, present tense: its parliament had ratified more than two weeks before
    // (the head of state's signature and the deposit in Washington follow within days: Sweden
    // joined on 7 March 2024, nine days after Hungary's vote).
    // A decision still due ("yet to make a decision") is only confirmed: its object may be the sentence before's.
    // Round 25: with two allies named, the one that is the pending phrase's subject (an apposition at most between, and not
    // listed with the other: "While Turkish concerns were eventually assuaged, ..., Hungary, led by Prime Minister Viktor
    // Orban, has withheld its ratification").
    const subject = subjects[subjects.length - 1];
    // Round 27. Two allies or more listed as the pending phrase's subject, one of which had ratified weeks before: "Hungary and
    // Turkey are the only NATO members that have not yet ratified Sweden's bid" (February 2024; Türkiye's parliament
    // ratified on 23 January), "Only Turkey and Hungary have yet to ratify" after one of the votes. The claim is the list's.
    const listed = listedPending(doc, subjects, ratifiers, phrase);
    // Not a ratification withheld or under way: "Turkey and Hungary have withheld their ratification" may tell the wait that
    // was (round 25 leaves it alone).
    if (
      listed &&
      !/withh|ratifying/i.test(pending[0]) &&
      candidates.length === 1 &&
      !PAST_PENDING_RE.test(text) &&
      !HYPOTHETICAL_RE.test(text) &&
      doc.dateCertain
    ) {
      const done = listed
        .map((r) => single.find((t) => t.by![0] === r.id && t.country === candidates[0].id))
        .find((rec): rec is AccessionStep => !!rec && addDays(rec.date, 14) < doc.asOf && isConfident(rec));
      if (done) {
        const message = `Not so on ${formatDay(doc.asOf)}: ${done.summary}`;
        out.push(
          historyAnnotation(
            doc,
            hull([listed[0], phrase]),
            'membership',
            'outdated',
            message,
            done.summary,
            ['nato-members', done.id],
            sourcesOf(done),
          ),
        );
        return out;
      }
    }
    const sole =
      ratifiers.length === 1
        ? ratifiers
        : subject &&
            /^(?:,[^,;:()]{1,60},)?\s+$/.test(doc.text.slice(subject.end, phrase.start)) &&
            (subjects.length < 2 || !/^\s*(?:,|and\b|&|or\b)/.test(doc.text.slice(subjects[subjects.length - 2].end, subject.start)))
          ? [subject]
          : [];
    if (
      sole.length !== 1 ||
      candidates.length !== 1 ||
      PAST_PENDING_RE.test(text) ||
      HYPOTHETICAL_RE.test(text) ||
      !doc.dateCertain ||
      /\bdeci(?:sion|de)\b/.test(pending[0])
    )
      return out;
    const rec = single.find((t) => t.by![0] === sole[0].id && t.country === candidates[0].id);
    if (!rec || addDays(rec.date, 14) >= doc.asOf || !isConfident(rec)) return out;
    const message = `Not so on ${formatDay(doc.asOf)}: ${rec.summary}`;
    // The phrase alone when an apposition stands between: its own words (a title) are another claim.
    const at = ratifiers.length === 1 ? span : /,/.test(doc.text.slice(sole[0].end, phrase.start)) ? phrase : hull([sole[0], phrase]);
    out.push(historyAnnotation(doc, at, 'membership', 'outdated', message, rec.summary, ['nato-members', rec.id], sourcesOf(rec)));
    return out;
  }

  if (!verb) return out;
  // "Hungary was the last among the 31 members of the alliance to ratify Sweden's membership".
  const last = LAST_RE.exec(text);
  // "it promised Hungary would not be the last country to ratify": not a claim that it was, unless
  // the sentence goes on to say so ("..., even though this turned out to be the case").
  const denied =
    !!last &&
    /\b(?:not|never|would|will|could|might|may)\s+(?:\w+\s+){0,2}$|n['\u2019]t\s+(?:\w+\s+){0,2}$/i.test(
      text.slice(Math.max(0, last.index - 30), last.index),
    ) &&
    !/\b(?:turned out|proved|ended up|in the end|ultimately)\b/i.test(text.slice(last.index));
  // Round 26: "the 30th and last member to ratify" tells a place in line, judged with its count (accession-ratifier-order.ts).
  const ordered = !!last && /\b(?:\d{1,2}(?:st|nd|rd|th)|\w+(?:st|nd|rd|th))\s+and\s+$/i.test(text.slice(0, last.index));
  if (last && !denied && !ordered) {
    const lspan = spanOf(sentence, last);
    const r = ratifiers.filter((x) => x.end <= lspan.start).pop();
    const recs = r
      ? recordsFor(r).filter((s) => {
          const latest = all.filter((t) => t.country === s.country).every((t) => t === s || factRange(t.date).last <= s.date);
          return latest && s.date <= doc.asOf;
        })
      : [];
    // "Turkey, the last of the 27 member countries to vote" (round 34, found when a passage with NATO unnamed was read as
    // NATO's): a count told with the last is the allies that ratified, those NATO had on the day of the last ratification.
    const toldCount = /\b(\d+|thirty(?:-one)?)\s/i.exec(last[0])?.[1];
    const allies = (day: string) => doc.facts.base.jurisdictions.filter((j) => j.nato && factRange(j.nato.joined).last <= day).length;
    const countFits = !toldCount || recs.every((s) => numberFrom(toldCount) === allies(factRange(s.date).last));
    if (r && recs.length && countFits) {
      const message = recs.map((s) => s.summary).join(' ');
      const verdict = recs.every(isConfident) ? 'supported' : 'context';
      out.push(
        historyAnnotation(
          doc,
          hull([r, lspan]),
          'membership',
          verdict,
          message,
          message,
          recs.map((s) => s.id),
          sourcesOfAll(recs).slice(0, 3),
        ),
      );
    }
  }
  // "Hungary approved its accession Feb. 26, 2024", "Lawmakers in Ankara unanimously voted on
  // Thursday to ratify Finland's entry", "after the Hungarian parliament on Monday also backed the
  // move": each verb with the ally just before it, a record of that ally, on the date said near the
  // verb (or, with no date in the sentence, done in the two weeks before the article).
  const dates = datesAndYears(doc, sentence).filter((d) => !d.bareYear || d.first.startsWith('20'));
  const verbRe = new RegExp(RATIFY_VERB_RE.source, 'gi');
  for (let v = verbRe.exec(text); v; v = verbRe.exec(text)) {
    const vspan = spanOf(sentence, v);
    const lead = doc.text.slice(Math.max(sentence.start, vspan.start - 30), vspan.start);
    if (/\b(?:will|would|could|expected|plans?|set to|should|to)\s+(?:\w+\s+)?$/i.test(lead) || /\bnot\b|n['\u2019]t\b|refus/i.test(lead))
      continue;
    let r = ratifiers.filter((x) => x.end <= vspan.start && vspan.start - x.end <= 60).pop();
    // Round 23: the ally named again right before the verb ("Turkey’s national assembly approves Sweden’s NATO application
    // The Turkish national assembly has approved ...", a headline run into the lead, held-out 21 zd010): countries() keeps
    // each country's first mention only.
    if (!r)
      for (const q of matchesIn(doc, { start: Math.max(sentence.start, vspan.start - 60), end: vspan.start }, 'qualifier'))
        if (ratifiers.some((x) => x.id === q.value.jurisdiction)) r = { start: q.start, end: q.end, id: q.value.jurisdiction! };
    if (!r || out.some((a) => a.start <= vspan.start && vspan.end <= a.end)) continue;
    // The sentence's only date leading it is the time of the whole sentence: "Last Thursday, NATO got the final
    // approval to allow the country into the alliance with Turkey signing off on Finland’s application" (April 2023).
    const leading = dates.length === 1 && /^\W*(?:(?:[Ll]ast|[Tt]his|[Oo]n)\s+)?$/.test(doc.text.slice(sentence.start, dates[0].start));
    const near = dates.filter((d) => leading || Math.abs(d.start - vspan.start) <= 60 || Math.abs(d.start - vspan.end) <= 60);
    let hit: { s: AccessionStep; d: Dated | null } | null = null;
    for (const s of recordsFor(r)) {
      // "approved Sweden's bid in January" (February 2024): a month without its year is the last such before the page.
      const d = near.find((x) => overlaps(x, factRange(s.date)) && (x.granularity === 'day' || x.granularity === 'month' || !x.relative));
      if (d) hit = { s, d };
      else if (!dates.length && s.date <= doc.asOf && addDays(s.date, 14) >= doc.asOf) hit = { s, d: null };
      if (hit) break;
    }
    const early = ratifiedTooEarly(doc, sentence, text, v, vspan, r, ratifiers, inSentence, dates.length > 0);
    if (early) {
      out.push(early);
      continue;
    }
    // Round 28: the ratification's date, told right after its object, that none of the ally's records holds.
    if (!hit) {
      const wrong = ratifiedOnAnotherDay(doc, sentence, text, vspan, dates, recordsFor(r));
      if (wrong && !out.some((a) => spansOverlap(a, hull([r, vspan, wrong.d])))) {
        const rec = wrong.recs[0];
        const message = `Not so: ${wrong.recs.map((x) => x.summary).join(' ')}`;
        out.push(
          historyAnnotation(
            doc,
            hull([r, vspan, wrong.d]),
            'membership',
            'contradicted',
            message,
            rec.summary,
            wrong.recs.map((x) => x.id),
            sourcesOfAll(wrong.recs).slice(0, 3),
          ),
        );
      }
      continue;
    }
    // "The Hungarian parliament voted 188 to 6 in favor of Sweden's accession" (held-out 13 b043): the tally told is the
    // vote's on record (`votes`), or contradicted; with no tally on record the words are not confirmed at all.
    const tally = TALLY_RE.exec(v[0]);
    let tallyOff: string | null = null;
    if (tally) {
      const votes = hit.s.votes;
      if (!votes) continue;
      if (Number(tally[1]) !== votes.for || Number(tally[2]) !== votes.against)
        tallyOff = `Not so: the vote was ${votes.for} to ${votes.against}. ${hit.s.summary}`;
    }
    const objectAt = OBJECT_RE.exec(doc.text.slice(vspan.end, sentence.end));
    const parts: Span[] = [r, vspan];
    if (objectAt && objectAt.index <= 50)
      parts.push({ start: vspan.end + objectAt.index, end: vspan.end + objectAt.index + objectAt[0].length });
    if (hit.d && hit.d.start - vspan.end <= 80 && hit.d.start > vspan.start) parts.push(hit.d);
    const span = hull(parts);
    if (out.some((a) => spansOverlap(a, span))) continue;
    if (tallyOff) {
      const verdict = isConfident(hit.s) ? 'contradicted' : 'context';
      out.push(historyAnnotation(doc, span, 'membership', verdict, tallyOff, hit.s.summary, [hit.s.id], sourcesOf(hit.s)));
      continue;
    }
    const verdict = isConfident(hit.s) ? 'supported' : 'context';
    out.push(historyAnnotation(doc, span, 'membership', verdict, hit.s.summary, hit.s.summary, [hit.s.id], sourcesOf(hit.s)));
  }
  return out;
}
const TALLY_RE = /\b(\d{1,3})\s*(?:to|-|\u2013)\s*(\d{1,3})\b/;

// Round 28. "Turkey ratified Sweden's NATO membership in January 2023", "Hungary's parliament approved Finland's accession
// on March 27, 2024", "Turkey and Hungary both ratified Sweden's membership in early 2025" (Türkiye's parliament ratified
// Sweden's accession on 23 January 2024, Hungary's on 26 February 2024): between the verb and the date only its object
// (the candidate's membership, accession, bid, application or protocol, "to NATO"), the date's year written, no other
// date nearer the verb. Contradicted when every record of that ally for the candidates named is verified, done by the
// page's day and more than a month from the date; nothing to come, no supposition or denial in the sentence.
const RATIFIED_OBJECT_GAP_RE =
  /^\s+(?:the\s+)?(?:[\w\u2019'.-]+(?:['\u2019]s)?\s+){0,4}?(?:NATO\s+)?(?:membership|accession|bid|application|protocols?|entry)(?:\s+(?:bid|request|application|protocols?))?(?:\s+(?:to|in|of|into)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|military\s+)?[Aa]lliance))?(?:\s+(?:in|on))?(?:\s+(?:early|late|mid-?))?\s*$/;
const NOT_DONE_RATIFY_RE =
  /\b(?:will|would|could|might|should|if|unless|whether|expected|planned|set\s+to|not|never|n['\u2019]t|yet|claim\w*|hop\w*|anniversar\w*)\b|\?/i;
function ratifiedOnAnotherDay(
  doc: Doc,
  sentence: Span,
  text: string,
  vspan: Span,
  dates: readonly Dated[],
  recs: readonly AccessionStep[],
): { d: Dated; recs: AccessionStep[] } | null {
  if (!doc.dateCertain || !recs.length || NOT_DONE_RATIFY_RE.test(text) || HYPOTHETICAL_RE.test(text)) return null;
  const d = dates.find((x) => x.start >= vspan.end && x.start - vspan.end <= 90);
  if (!d || d.relative || !d.explicitYear || !RATIFIED_OBJECT_GAP_RE.test(doc.text.slice(vspan.end, d.start))) return null;
  // A month or more off every record: a few days off may be another day of the same process (a committee's vote, the
  // president's signature), which round 7 leaves unflagged ("signed off ... on February 20, 2024" of the 26th).
  if (recs.some((r) => gapDays(d, factRange(r.date)) <= 31 || r.date > doc.asOf || !isConfident(r))) return null;
  // Not a head of state's signature or a deposit told after the vote: the date must be the ratifying verb's own.
  if (/\b(?:signed|deposit\w*|promulgat\w*)\b/i.test(doc.text.slice(vspan.end, d.start))) return null;
  return { d, recs: [...recs] };
}

// Between the last of the allies listed together (LIST_GAP_RE, below) and the pending phrase ("are the only NATO members
// that have not yet ratified", "have yet to ratify", "still have not ratified").
const LIST_TO_PENDING_RE =
  /^\s+(?:(?:are|remain)\s+(?:still\s+)?(?:the\s+)?(?:only|last|two|remaining)\s+(?:[\w-]+\s+){0,4}?(?:that|which|who)\s+|(?:still\s+)?(?:have\s+|has\s+)?(?:still\s+)?)$/i;

/** Every ally with a ratification on record named as one list right before the pending phrase, or null. */
/**
 * Round 36. A ratification told as still due, in the passive, its ratifiers listed after "by": wrong (outdated) when, for one
 * candidate of the sentence, every ratifier listed had ratified more than two weeks before the page's day; confirmed when
 * none had for any candidate.
 */
function passivePending(
  doc: Doc,
  phrase: Span,
  ratifiers: Named[],
  candidates: Named[],
  single: AccessionStep[],
  text: string,
): Annotation[] {
  const listed: Named[] = [];
  for (const r of ratifiers.filter((x) => x.start >= phrase.end).sort((x, y) => x.start - y.start)) {
    const gap = doc.text.slice(listed.length ? listed[listed.length - 1].end : phrase.end, r.start);
    if (listed.length ? !LIST_GAP_RE.test(gap) : !/^\s*(?:the\s+)?$/.test(gap)) break;
    listed.push(r);
  }
  const ids = [...new Set(candidates.map((k) => k.id))];
  if (!listed.length || !ids.length || PAST_PENDING_RE.test(text) || HYPOTHETICAL_RE.test(text) || !doc.dateCertain) return [];
  const span = hull([phrase, listed[listed.length - 1]]);
  const recsOf = (id: string) => listed.map((r) => single.find((s) => s.by![0] === r.id && s.country === id));
  for (const id of ids) {
    const recs = recsOf(id);
    if (recs.every((rec) => !!rec && addDays(rec.date, 14) < doc.asOf && isConfident(rec))) {
      const done = recs as AccessionStep[];
      const message = `Not so on ${formatDay(doc.asOf)}: ${done.map((s) => s.summary).join(' ')}`;
      // The present perfect ("has not yet been") tells of the page's day, whatever time the passage before told of.
      return [
        historyAnnotation(
          doc,
          span,
          'membership',
          'outdated',
          message,
          message,
          [MEMBERS_NOW_ID, ...done.map((s) => s.id)],
          sourcesOfAll(done).slice(0, 3),
        ),
      ];
    }
  }
  const due = ids.flatMap(recsOf);
  if (!due.every((rec) => !!rec && rec.date >= doc.asOf && isConfident(rec))) return [];
  const facts = due as AccessionStep[];
  const message = `Not yet ratified on ${formatDay(doc.asOf)}: ${facts.map((s) => s.summary).join(' ')}`;
  return [
    historyAnnotation(
      doc,
      span,
      'membership',
      'supported',
      message,
      message,
      [MEMBERS_NOW_ID, ...facts.map((s) => s.id)],
      sourcesOfAll(facts).slice(0, 3),
    ),
  ];
}

function listedPending(doc: Doc, subjects: Named[], ratifiers: Named[], phrase: Span): Named[] | null {
  if (ratifiers.length < 2 || subjects.length !== ratifiers.length) return null;
  for (let i = 1; i < subjects.length; i++) if (!LIST_GAP_RE.test(doc.text.slice(subjects[i - 1].end, subjects[i].start))) return null;
  return LIST_TO_PENDING_RE.test(doc.text.slice(subjects[subjects.length - 1].end, phrase.start)) ? subjects : null;
}

// ---- a ratifier that is no member ----

// "They must still be approved by parliaments in Ukraine and Türkiye" (held-out 14 o101, the Finnish president's office,
// 12 July 2023, of Sweden's accession: Türkiye and Hungary were left; Ukraine is no ally): the parliaments said to
// approve or ratify an accession, named right after "by parliaments in/of", one of which is not NATO's member on the
// page's day nor the candidate. The candidate (a country with ratifications on record) and the accession or
// ratification are named in the sentence or the two before it in the paragraph. Contradicted on a certain date.
const RATIFIED_BY_RE =
  /\b(?:approved|ratified|endorsed|backed|approve|ratify)\s+by\s+(?:the\s+)?(?:national\s+)?(?:parliaments?|legislatures?|lawmakers)\s+(?:in|of)\s+/i;
const RATIFIER_GAP_RE = /^\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/;

function nonMemberRatifier(doc: Doc, sentence: Span, i: number): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const by = RATIFIED_BY_RE.exec(text);
  if (!by || !doc.dateCertain || HYPOTHETICAL_RE.test(text)) return null;
  const from = sentence.start + by.index + by[0].length;
  const named = countries(doc, { start: from, end: sentence.end });
  const listed: Named[] = [];
  for (const c of named) {
    const gap = doc.text.slice(listed.length ? listed[listed.length - 1].end : from, c.start);
    if (listed.length ? !RATIFIER_GAP_RE.test(gap) : gap.trim() !== '') break;
    listed.push(c);
  }
  if (!listed.length) return null;
  // The candidate and the accession: this sentence or the two before it in the same paragraph.
  let context = sentence;
  for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
    if (doc.text.slice(doc.sentences[k].end, context.start).includes('\n\n')) break;
    context = { start: doc.sentences[k].start, end: sentence.end };
  }
  const { all } = ratificationsOf(doc.facts, 'all');
  const candidates = countries(doc, context).filter((c) => all.some((s) => s.country === c.id) && c.end <= from);
  const candidateIds = [...new Set(candidates.map((c) => c.id))];
  if (candidateIds.length !== 1 || !NATO_RE.test(doc.text.slice(context.start, context.end))) return null;
  if (!/\b(?:ratif\w*|accession|membership)\b/i.test(doc.text.slice(context.start, context.end))) return null;
  const outsider = listed.find((c) => {
    const joined = joinedOf(doc, c.id);
    return c.id !== candidateIds[0] && (!joined || factRange(joined.joined).first > doc.asOf);
  });
  if (!outsider) return null;
  const pending = all.filter((s) => s.country === candidateIds[0] && s.by?.length === 1 && s.date >= doc.asOf);
  const left = pending.length ? ` The allies yet to ratify then did so later: ${pending.map((s) => s.summary).join(' ')}` : '';
  const message = `Not so: only NATO's members ratify an accession, and ${nameOf(doc, outsider.id)} was not one on ${formatDay(doc.asOf)}.${left}`;
  const span = { start: sentence.start + by.index, end: listed[listed.length - 1].end };
  return historyAnnotation(
    doc,
    span,
    'membership',
    'contradicted',
    message,
    message,
    ['nato-members', ...pending.map((s) => s.id)],
    sourcesOfAll(pending).slice(0, 3),
  );
}

// ---- a parliament's vote on a day ----

// "The Turkish parliament voted on January 24 in favor of Sweden's bid for accession to NATO" (held-out 14 o104, February
// 2024: the Grand National Assembly voted on the 23rd), "Hungary's parliament on 27 February approved Sweden's accession":
// an ally's parliament (the ally right before the word) told as voting on a day written out, right before or after its
// verb, for one candidate's accession named after the verb. The ally's own ratification of that candidate is on record
// one by one (`by`): the day agrees, supported; another day up to the page's day, contradicted (the record verified, the
// date certain). Never a committee's vote, a head of state's signature, a plan or a hypothetical.
const PARLIAMENT_HINT_RE = compiledOnFirstRun(/\b(?:parliaments?|assembly|legislatures?|lawmakers|legislators|deputies|MPs)\b/i);
const PARLIAMENT_RE =
  /\b(?:[Pp]arliament|[Gg]rand\s+[Nn]ational\s+[Aa]ssembly|[Nn]ational\s+[Aa]ssembly|[Ll]egislature|lawmakers|legislators|deputies|MPs)\b/g;
const VOTE_VERB_SRC = '(?:voted|ratified|approved|backed|endorsed|passed)';
const MANNER_SRC = '(?:(?:overwhelmingly|unanimously|finally|formally|officially|also|eventually)\\s+)?';
const VERB_THEN_DAY_RE = new RegExp(`^\\s+${MANNER_SRC}${VOTE_VERB_SRC}\\s+(?:on\\s+)?$`);
const DAY_THEN_VERB_RE = new RegExp(`^\\s*,?\\s+${MANNER_SRC}${VOTE_VERB_SRC}\\b`);
const NOT_THE_VOTE_RE =
  /\b(?:committee|commission|signed|signature|promulgat\w*|will|would|could|expected|plans?|set to|scheduled|due to|to vote|not|never|n['\u2019]t|rejected|postponed|delayed)\b/i;

function parliamentVoteDay(doc: Doc, sentence: Span, text: string): Annotation | null {
  if (NOT_THE_VOTE_RE.test(text) || HYPOTHETICAL_RE.test(text)) return null;
  const { all, single } = ratificationsOf(doc.facts, 'all');
  const here = countries(doc, sentence, true);
  const days = datesAndYears(doc, sentence).filter((d) => !d.relative && d.granularity === 'day');
  if (!days.length || !here.length) return null;
  PARLIAMENT_RE.lastIndex = 0;
  for (let m = PARLIAMENT_RE.exec(text); m; m = PARLIAMENT_RE.exec(text)) {
    const word = spanOf(sentence, m);
    // The ally right before the word: "The Turkish parliament", "Hungary's National Assembly".
    const ally = here.filter((c) => c.end <= word.start && /^(?:['\u2019]s?)?\s+$/.test(doc.text.slice(c.end, word.start))).pop();
    if (!ally) continue;
    // The day right after the verb ("voted on January 24") or between the word and the verb ("on 27 February approved").
    let day: Dated | undefined;
    let verbEnd = -1;
    for (const d of days) {
      if (d.start < word.end) continue;
      const before = doc.text.slice(word.end, d.start);
      if (VERB_THEN_DAY_RE.test(before)) {
        day = d;
        verbEnd = d.end;
        break;
      }
      const after = DAY_THEN_VERB_RE.exec(doc.text.slice(d.end, sentence.end));
      if (/^\s+(?:on\s+)?$/.test(before) && after) {
        day = d;
        verbEnd = d.end + after[0].length;
        break;
      }
    }
    if (!day) continue;
    // One candidate named after the verb, with its accession, membership or bid.
    const rest = doc.text.slice(verbEnd, Math.min(sentence.end, verbEnd + 90));
    if (!OBJECT_RE.test(rest)) continue;
    const candidates = here.filter((c) => c.start >= verbEnd && c.start - verbEnd <= 90 && all.some((s) => s.country === c.id));
    if (candidates.length !== 1 || candidates[0].id === ally.id) continue;
    const recs = single.filter((s) => s.by![0] === ally.id && s.country === candidates[0].id);
    if (recs.length !== 1) continue;
    const rec = recs[0];
    const span = hull([ally, word, day, { start: verbEnd, end: verbEnd }, candidates[0]]);
    const agrees = overlaps(day, factRange(rec.date));
    if (agrees) {
      const verdict = isConfident(rec) ? 'supported' : 'context';
      return historyAnnotation(doc, span, 'membership', verdict, rec.summary, rec.summary, [rec.id], sourcesOf(rec));
    }
    if (day.first > doc.asOf || !doc.dateCertain || !isConfident(rec)) return null;
    const message = `Not on that day: ${rec.summary}`;
    return historyAnnotation(doc, span, 'membership', 'contradicted', message, rec.summary, [rec.id], sourcesOf(rec));
  }
  return null;
}

/**
 * "Finland is joining NATO after Turkey and Hungary ratified its accession" (28 March 2023; Türkiye's parliament voted
 * on the 30th): allies told as having ratified a candidate's accession, in the simple or present perfect with no date in
 * the sentence, one of whom had not yet: its only record for that candidate is later than the article's day. The allies
 * are the one right before the verb and those joined to it by "and" or commas ("Turkey and Hungary ratified");
 * contradicted on a certain date with a verified record, never in a hypothetical or planned clause. Only "ratified":
 * "Turkey approved Sweden's bid" was said of Erdogan's consent at Vilnius (July 2023), months before the vote.
 */
const RATIFIED_PAST_RE = /^(?:(?:has|have)\s+(?:now\s+|already\s+|finally\s+)?)?ratified$/i;
const EXCEPT_BEFORE_RE =
  /\b(?:but|except(?:\s+for)?|apart\s+from|aside\s+from|other\s+than|save(?:\s+for)?|besides|bar|barring|excluding|without)\s+(?:the\s+)?$/i;
const SUBJECT_JOIN_RE = /^(?:\s*,\s*|\s*,?\s+and\s+|\s+&\s+)$/;

function ratifiedTooEarly(
  doc: Doc,
  sentence: Span,
  text: string,
  v: RegExpExecArray,
  vspan: Span,
  r: Named,
  ratifiers: Named[],
  inSentence: Named[],
  dated: boolean,
): Annotation | null {
  if (dated || !doc.dateCertain || HYPOTHETICAL_RE.test(text) || inSentence.length !== 1) return null;
  const aux = /(?:(?:has|have)\s+(?:now\s+|already\s+|finally\s+)?)?$/i.exec(doc.text.slice(r.end, vspan.start));
  if (!aux || !RATIFIED_PAST_RE.test((aux[0] + v[0]).trim()) || doc.text.slice(r.end, vspan.start).trim() !== aux[0].trim()) return null;
  if (/\b(?:once|when|until|before|if|expected|set to|poised|soon|will|would)\b/i.test(doc.text.slice(sentence.start, r.start).slice(-40)))
    return null;
  // The object is the candidate's accession or membership: "its accession", "Finland's membership".
  if (
    !/^\s+(?:its|their|the|[A-Z][\w\u2019']+['\u2019]s?)\s+(?:NATO\s+)?(?:accession|membership|bid|application|entry|protocol)/.test(
      doc.text.slice(vspan.end, sentence.end),
    )
  )
    return null;
  const subjects: Named[] = [r];
  for (let k = ratifiers.indexOf(r) - 1; k >= 0; k--) {
    if (!SUBJECT_JOIN_RE.test(doc.text.slice(ratifiers[k].end, subjects[0].start))) break;
    subjects.unshift(ratifiers[k]);
  }
  // Round 24 (precision): "All allies but Hungary and Turkey have ratified Sweden's accession": the allies named are the
  // exception, not the subject.
  if (EXCEPT_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, subjects[0].start - 30), subjects[0].start))) return null;
  const { all, single } = ratificationsOf(doc.facts, 'all');
  const candidate = inSentence[0].id;
  for (const x of subjects) {
    const recs = all.filter((s) => s.country === candidate && s.by?.includes(x.id));
    const rec = recs.length === 1 && recs[0].by!.length === 1 && single.includes(recs[0]) ? recs[0] : null;
    if (!rec || factRange(rec.date).first <= doc.asOf || !isConfident(rec)) continue;
    const message = `Not yet on ${formatDay(doc.asOf)}: ${rec.summary}`;
    return historyAnnotation(
      doc,
      hull([subjects[0], vspan]),
      'membership',
      'contradicted',
      message,
      rec.summary,
      ['nato-members', rec.id],
      sourcesOf(rec),
    );
  }
  return null;
}

// ---- steps told without a date ----

const NEGATED_RE = /\b(?:not|never|yet to|refus\w*|declin\w*)\s+(?:\w+\s+)?$|n['\u2019]t\s+(?:\w+\s+)?$/i;
const FUTURE_STEP_RE = /\b(?:will|would|could|might|should|plans? to|expected to|set to|to)\s+(?:\w+\s+)?$/i;
// Where the step's clause ends after it: a comma or semicolon, or a clause of its cause or time ("Finland and Sweden have
// applied for Nato membership amid concerns over Russia’s war in Ukraine", Metro, 18 May 2022): a country named in that
// clause (Ukraine, with an application of its own on record) is not one of those who took the step (round 43).
const STEP_CLAUSE_END_RE = /[,;]|\s(?:amid|after|following|despite|because|while)\s/;

/**
 * "Finland and Sweden have formally applied for NATO membership", "after the NATO allies signed
 * off on accession protocols": a step of the countries named, said as done with no date, done by
 * the article's day. The dated forms are accession-steps.ts's.
 */
function undatedSteps(doc: Doc, sentence: Span, prev: Span | null): Annotation[] {
  const steps = doc.facts.base.history?.accessionSteps;
  if (!steps?.length) return [];
  const text = doc.text.slice(sentence.start, sentence.end);
  const dates = datesAndYears(doc, sentence);
  const out: Annotation[] = [];
  for (const { step, re } of STEP_RES) {
    if (step !== 'applied' && step !== 'protocol-signed' && step !== 'invited' && step !== 'flag-raised') continue;
    const rx = new RegExp(re.source, re.flags);
    for (let m = rx.exec(text); m; m = rx.exec(text)) {
      const span = spanOf(sentence, m);
      // A date near the step is accession-steps.ts's to judge; one far off is another clause's.
      if (dates.some((d) => Math.abs(d.start - span.start) <= 80 || Math.abs(d.start - span.end) <= 80)) continue;
      // The countries of the step's clause: "... in 2020 but Finland and Sweden are also now close
      // to joining the alliance after the NATO allies signed off on accession protocols".
      const clauseStart = Math.max(
        sentence.start,
        ...[';', ' but ', ' while '].map((w) => doc.text.lastIndexOf(w, span.start)).filter((x) => x >= sentence.start),
      );
      // ... and up to the clause's end: "inviting Sweden and Finland to join, and agreeing to do all it takes to support Ukraine".
      const after = doc.text.slice(span.end, Math.min(sentence.end, span.end + 60));
      const cut = after.search(STEP_CLAUSE_END_RE);
      const here = countries(doc, { start: clauseStart, end: span.end + (cut < 0 ? after.length : cut) });
      const named = here.length ? here : prev && clauseStart === sentence.start ? countries(doc, prev) : [];
      const lead = doc.text.slice(Math.max(sentence.start, span.start - 30), span.start);
      if (NEGATED_RE.test(lead) || FUTURE_STEP_RE.test(lead) || HYPOTHETICAL_RE.test(text)) continue;
      const withStep = named.filter((c) => steps.some((s) => s.country === c.id && s.step === step));
      if (
        !withStep.length ||
        withStep.length !== named.filter((c) => doc.facts.jurisdictions.get(c.id)?.nato || steps.some((s) => s.country === c.id)).length
      )
        continue;
      const facts = withStep.map(
        (c) => steps.filter((s) => s.country === c.id && s.step === step).sort((a, b) => (a.date < b.date ? 1 : -1))[0],
      );
      // Done by the article's day, and recently enough that the sentence tells of it (not a later one). Round 43: an
      // application of a country not yet in is the one it made, however long ago ("Sweden has also applied for its membership
      // but it awaits ratification of its application", held-out 40 sv002, 13 February 2024; applied 18 May 2022).
      const pending = (s: AccessionStep) =>
        step === 'applied' && !((doc.facts.jurisdictions.get(s.country)?.nato?.joined ?? '9999') <= doc.asOf);
      if (
        !facts.every(
          (s) =>
            s.date <= doc.asOf && (pending(s) || addDays(s.date, step === 'applied' ? 400 : step === 'flag-raised' ? 3 : 60) >= doc.asOf),
        )
      )
        continue;
      const inSentence = withStep.filter((c) => c.start >= sentence.start);
      const whole = hull([span, ...inSentence.filter((c) => Math.abs(c.start - span.start) <= 80)]);
      const summary = [...new Set(facts.map((s) => s.summary))].join(' ');
      out.push(
        historyAnnotation(
          doc,
          whole,
          'membership',
          facts.every(isConfident) ? 'supported' : 'context',
          summary,
          summary,
          facts.map((s) => s.id),
          sourcesOfAll(facts).slice(0, 3),
        ),
      );
    }
  }
  return out;
}

// ---- invitees ----

// "Finland and Sweden, countries invited to join the organization" (AGERPRES, 30 November 2022): a
// state, true from the invitation to the accession. Confirm only: the countries must stand right
// before the phrase, each invited by the article's day and not yet a member.
const INVITEES_RE =
  /,\s*(?:the\s+)?(?:two\s+|three\s+)?(?:countries|nations|states|candidates)\s+(?:(?:formally|already)\s+)?invited\s+to\s+join\s+(?:NATO|Nato|the\s+(?:organi[sz]ation|[Aa]lliance|North Atlantic Alliance))\b/g;

function invitees(doc: Doc, sentence: Span): Annotation | null {
  const steps = doc.facts.base.history?.accessionSteps;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!steps?.length || OTHER_CLUB_RE.test(text) || !NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end)))
    return null;
  INVITEES_RE.lastIndex = 0;
  const m = INVITEES_RE.exec(text);
  if (!m) return null;
  const phrase = spanOf(sentence, m);
  const named = countries(doc, { start: sentence.start, end: phrase.start });
  const list: Named[] = [];
  for (let i = named.length - 1, to = phrase.start; i >= 0; i--) {
    const gap = doc.text.slice(named[i].end, to);
    if (!(to === phrase.start ? gap === '' : LIST_GAP_RE.test(gap))) break;
    list.unshift(named[i]);
    to = named[i].start;
  }
  if (!list.length) return null;
  const found = list.map(
    (c) =>
      steps.filter((s) => s.country === c.id && s.step === 'invited' && s.date <= doc.asOf).sort((a, b) => (a.date < b.date ? 1 : -1))[0],
  );
  if (found.some((s) => !s || !isConfident(s))) return null;
  // Still a candidate on the day: not yet a member.
  if (
    list.some((c) => {
      const j = joinedOf(doc, c.id);
      return !!j && factRange(j.joined).first <= doc.asOf;
    })
  )
    return null;
  const summary = [...new Set(found.map((s) => s!.summary))].join(' ');
  const span = hull([list[0], phrase]);
  return historyAnnotation(
    doc,
    span,
    'membership',
    'supported',
    summary,
    summary,
    found.map((s) => s!.id),
    sourcesOfAll(found.map((s) => s!)).slice(0, 3),
  );
}

// ---- enlargement rounds ----

const ROUND_RE = new RegExp(
  `\\b${ORDINAL_SRC}(?:,?\\s+and\\s+(?:the\\s+)?(?:largest|biggest|most\\s+extensive),?)?\\s+(?:round\\s+of\\s+(?:NATO\\s+)?(?:enlargement|expansion)|wave\\s+of\\s+(?:NATO\\s+)?(?:enlargement|expansion)|(?:NATO\\s+)?(?:enlargement|expansion)(?:\\s+(?:round|wave))?)\\b`,
  'gi',
);

/** "became NATO members on March 12, 1999, in the fourth enlargement of the Alliance". */
function enlargementRound(doc: Doc, sentence: Span, prev: Span | null): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const context = prev ? doc.text.slice(prev.start, sentence.end) : text;
  if (!NATO_RE.test(context)) return null;
  const { rounds } = allianceOf(doc.facts, 'all');
  ROUND_RE.lastIndex = 0;
  for (let m = warmed(ROUND_RE, text).exec(text); m; m = ROUND_RE.exec(text)) {
    const n = numberFrom(m[1]);
    const round = rounds[n - 1];
    if (!round || round.date > doc.asOf) continue;
    const span = spanOf(sentence, m);
    // "the fifth enlargement of the EU": another club named next to the ordinal.
    if (OTHER_CLUB_RE.test(doc.text.slice(Math.max(sentence.start, span.start - 30), Math.min(sentence.end, span.end + 30)))) continue;
    // The round is that of a country or a date of the sentence (or of the one before).
    const here = countries(doc, sentence).filter((c) => round.members.some((j) => j.id === c.id));
    const dates = datesAndYears(doc, sentence).concat(here.length || !prev ? [] : datesAndYears(doc, prev));
    const date = dates.find((d) => overlaps(d, factRange(round.date)) && !d.relative);
    const others = countries(doc, sentence).filter(
      (c) => doc.facts.jurisdictions.get(c.id)?.nato && !round.members.some((j) => j.id === c.id),
    );
    // "the alliance's fifth and most extensive expansion": the ordinal and the size say which round on their own.
    const largest = Math.max(...rounds.filter((r) => r.date <= doc.asOf).map((r) => r.members.length));
    const selfNamed = /largest|biggest|most\s+extensive/i.test(m[0]) && round.members.length === largest;
    if (!here.length && !date && !selfNamed) continue;
    // A date of another round next to it ("first enlargement east, in 1999"): not this one.
    if (!date && !selfNamed && dates.some((d) => !d.relative && rounds.some((r) => r !== round && overlaps(d, factRange(r.date)))))
      continue;
    if (here.length && others.length > here.length) continue;
    const names = round.members.map((j) => j.name);
    const message = `NATO's ${ordinalName(n)} enlargement: ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names[names.length - 1]} joined on ${formatDay(round.date)}.`;
    const parts: Span[] = [span];
    // A date right after the phrase is part of it ("the fifth enlargement of the Alliance, on March 29,
    // 2004"); one before it is the accession's, which the membership detector reads.
    if (date && date.start >= span.end && date.start - span.end <= 12) parts.push(date);
    return roundOnRecord(doc, hull(parts), round, message);
  }
  return null;
}

/** What an enlargement round on record confirms, said of the words at `span`. */
function roundOnRecord(doc: Doc, span: Span, round: Round, message: string): Annotation {
  return membershipConfirmed(
    doc,
    span,
    message,
    ['nato-members', ...round.members.map((j) => j.id)],
    round.members.map((j) => j.nato!),
  );
}

// "Twenty years ago today, the first major post–Cold War expansion of NATO took place in an unlikely
// locale: Independence, Missouri" (Foreign Affairs, 12 March 2019): the day counted back is a round's.
const YEARS_AGO_TODAY_RE = new RegExp(`\\b${COUNT_SRC}\\s+years\\s+ago\\s+today\\b`, 'i');
const ROUND_WORD_RE =
  /\b(?:expansion|enlargement)\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)\b|\b(?:joined|entered|acceded\s+to)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)\b/;

function roundYearsAgo(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const ago = YEARS_AGO_TODAY_RE.exec(text);
  const what = ROUND_WORD_RE.exec(text);
  if (!ago || !what || OTHER_CLUB_RE.test(text)) return null;
  const n = numberFrom(ago[1]);
  if (!Number.isFinite(n) || n < 1) return null;
  const day = `${Number(doc.asOf.slice(0, 4)) - n}${doc.asOf.slice(4)}`;
  // A day either side: the page's date may be its time zone's.
  const round = allianceOf(doc.facts, 'all').rounds.find((r) => Math.abs(Date.parse(r.date) - Date.parse(day)) <= 86_400_000);
  if (!round) return null;
  const names = round.members.map((j) => j.name);
  const message = `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names[names.length - 1]} joined NATO on ${formatDay(round.date)}, ${n} years before ${formatDay(doc.asOf)}.`;
  return roundOnRecord(doc, hull([spanOf(sentence, ago), spanOf(sentence, what)]), round, message);
}

// "Sweden became the latest country to join the North Atlantic Treaty Organization (NATO), ten months
// after neighbour Finland joined the military alliance" (March 2024: eleven months, 4 April 2023 to
// 7 March 2024). The gap between two accessions, each of a country named, the first said to join.
const GAP_RE = new RegExp(
  `\\b${COUNT_SRC}\\s+(months|years)\\s+after\\s+(?:(?:its|their)\\s+)?(?:(?:neighbou?r(?:ing)?|fellow|Nordic|Baltic)\\s+)*$`,
  'i',
);
const SUBJECT_JOINED_RE =
  /^\s+(?:(?:officially|formally|finally)\s+)?(?:joined|became\s+(?:a\s+member|the\s+(?:latest|newest|\w+)\s+(?:country|member|nation|ally)))\b/i;
const OBJECT_JOINED_RE = /^\s+(?:joined|had\s+joined|did|acceded|became\s+a\s+member)\b/i;

function gapBetweenAccessions(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!NATO_RE.test(text) || OTHER_CLUB_RE.test(text) || HYPOTHETICAL_RE.test(text)) return null;
  const named = countries(doc, sentence);
  for (const later of named) {
    const gap = GAP_RE.exec(doc.text.slice(sentence.start, later.start));
    if (!gap || !OBJECT_JOINED_RE.test(doc.text.slice(later.end, sentence.end))) continue;
    const gapStart = later.start - (doc.text.slice(sentence.start, later.start).length - gap.index);
    // The subject: the country the sentence begins with, said to have joined.
    const subject = named.find(
      (c) => c.end <= gapStart && SUBJECT_JOINED_RE.test(doc.text.slice(c.end, Math.min(sentence.end, c.end + 60))),
    );
    if (!subject || subject.id === later.id) return null;
    const a = joinedOf(doc, later.id);
    const b = joinedOf(doc, subject.id);
    if (!a || !b) return null;
    const from = factRange(a.joined).first;
    const to = factRange(b.joined).first;
    if (to <= from) return null;
    const n = numberFrom(gap[1]);
    const months = (Date.parse(to) - Date.parse(from)) / (30.436875 * 86_400_000);
    const actual = /^years$/i.test(gap[2]) ? months / 12 : months;
    const ok = n >= Math.floor(actual) && n <= Math.ceil(actual);
    const span = hull([{ start: gapStart, end: gapStart + gap[0].length }, later]);
    const message = `${nameOf(doc, later.id)} joined NATO on ${formatDay(from)}, ${nameOf(doc, subject.id)} on ${formatDay(to)}: ${actual.toFixed(1)} ${gap[2].toLowerCase()} apart.`;
    const sure = doc.dateCertain && isConfident(a) && isConfident(b) && /^\d+$|^[a-z]+$/i.test(gap[1]);
    const ids = [later.id, subject.id];
    const sources = sourcesOfAll([a, b]).slice(0, 3);
    return historyAnnotation(
      doc,
      span,
      'membership',
      ok ? 'supported' : sure ? 'contradicted' : 'context',
      ok ? message : `Not so: ${message}`,
      message,
      ids,
      sources,
    );
  }
  return null;
}

// ---- new members counted on a day ----

const NEW_MEMBERS_RE = new RegExp(
  `\\b(?:(?:welcom\\w*|admitt\\w*|added|took\\s+in|incorporat\\w*)\\s+(?:its\\s+|the\\s+)?${COUNT_SRC}\\s+new\\s+(?:member\\s+states|member\\s+countries|members|countries|nations|allies|Allies)|${COUNT_SRC}\\s+new\\s+(?:member\\s+states|member\\s+countries|members|countries|nations|allies|Allies)\\s+(?:formally\\s+|officially\\s+)?(?:joined|acceded|were\\s+admitted))\\b`,
  'gi',
);

/** "on March 12, 1999, as it welcomed three new member states", "On 29 March 2004, seven new countries formally joined the Alliance". */
function newMembersOnDay(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end)) || OTHER_CLUB_RE.test(text)) return null;
  const { rounds } = allianceOf(doc.facts, 'all');
  NEW_MEMBERS_RE.lastIndex = 0;
  const m = NEW_MEMBERS_RE.exec(text);
  if (!m) return null;
  const n = numberFrom(m[1] ?? m[2]);
  const span = spanOf(sentence, m);
  const dates = datesAndYears(doc, sentence).filter((d) => !d.relative);
  for (const d of dates) {
    const inRange = rounds.filter((r) => overlaps(d, factRange(r.date)));
    if (inRange.length !== 1 || inRange[0].members.length !== n) continue;
    const round = inRange[0];
    const message = `${round.members.map((j) => j.name).join(', ')} joined NATO on ${formatDay(round.date)}: ${n} new members.`;
    return membershipConfirmed(
      doc,
      hull([span, ...(Math.abs(d.start - span.start) <= 80 ? [d] : [])]),
      message,
      ['nato-members'],
      round.members.map((j) => j.nato!),
    );
  }
  return null;
}

// ---- the instrument of accession deposited ----

// "On March 27, the United States, as the custodian of the Treaty, received a document of accession to the
// North Atlantic Alliance from the Republic of North Macedonia" (Pompeo, 28 March 2020), "Sweden became
// NATO’s 32nd Ally on 7 March upon depositing its instrument of accession to the North Atlantic Treaty with
// the United States government" (nato.int, March 2024): the deposit is the accession. Confirm only: a
// member named in the sentence whose accession falls on a date the sentence gives.
const DEPOSIT_RE =
  /\b(?:deposit(?:ed|s|ing)?|received|receiving|hand(?:ed|ing)\s+over|deliver(?:ed|ing)|submitt(?:ed|ing))\s+(?:(?:its|their|his|her|the|a|an)\s+|(?:[A-Z][\w-]+\s+){0,2}?[A-Z][\w-]+['\u2019]s\s+)?(?:signed\s+|formal\s+)?(?:document|instrument)s?\s+of\s+accession\b/i;

function instrumentDeposited(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = DEPOSIT_RE.exec(text);
  if (!m || OTHER_CLUB_RE.test(text)) return null;
  const phrase = spanOf(sentence, m);
  const dates = datesAndYears(doc, sentence).filter((d) => !d.relative && d.granularity === 'day');
  if (!dates.length) return null;
  const fit = countries(doc, sentence)
    .map((c) => ({ c, j: joinedOf(doc, c.id) }))
    .filter((x) => x.j && !factRange(x.j.joined).first.startsWith('1949'))
    .map((x) => ({ ...x, d: dates.find((d) => overlaps(d, factRange(x.j!.joined))) }))
    .filter((x) => x.d);
  if (!fit.length) return wrongDepositDay(doc, sentence, sentence.start + m.index, phrase, dates);
  const message = fit
    .map((x) => `${nameOf(doc, x.c.id)} joined NATO on ${formatDay(x.j!.joined)}, depositing its instrument of accession.`)
    .join(' ');
  // The words of the deposit alone: the date may be an accession's said just before ("became a member on 7 March upon depositing").
  return membershipConfirmed(
    doc,
    phrase,
    message,
    fit.map((x) => x.c.id),
    fit.map((x) => x.j!),
  );
}

// "When Finland’s then-Foreign Minister Pekka Haavisto deposited the instrument of accession with the United
// States Secretary of State, Anthony Blinken, on 4 April 2024" (a think tank, May 2024: it was 4 April 2023),
// "Finnish Foreign Minister Pekka Haavisto deposited Finland’s instrument of accession with the government of
// the United States" (NATO, 4 April 2023), "North Macedonia deposited its instrument of accession on 27 March
// 2020": the deposit is the day a country joins. A red flag only when it is told as done (a past verb), by the
// one later member named before the verb (the depositor: "Finland’s ... Minister"), with a full date in the
// same clause after it that is no named member's accession day, and the fact base is sure of the day.
const DEPOSITED_RE = /^(?:deposited|handed\s+over|submitted|delivered)\b/i;
const DEPOSIT_TO_DATE_RE = /^[^;:()?!]{0,120}?\b(?:on|dated)\s+$/;

function wrongDepositDay(doc: Doc, sentence: Span, verbAt: number, phrase: Span, dates: Dated[]): Annotation | null {
  if (!DEPOSITED_RE.test(doc.text.slice(verbAt, phrase.end))) return null;
  const said = doc.text.slice(sentence.start, sentence.end);
  if (HYPOTHETICAL_RE.test(said)) return null;
  // The depositor: named before the verb, or as the instrument's owner ("deposited Finland’s instrument").
  const later = (c: Named) => {
    const j = joinedOf(doc, c.id);
    return !!j && !factRange(j.joined).first.startsWith('1949');
  };
  const owner = countries(doc, phrase).filter(later);
  const before = owner.length ? owner : countries(doc, { start: sentence.start, end: verbAt }).filter(later);
  if (before.length !== 1) return null;
  const date = dates.find((d) => d.start >= phrase.end && DEPOSIT_TO_DATE_RE.test(doc.text.slice(phrase.end, d.start)));
  if (!date?.explicitYear) return null;
  const joined = joinedOf(doc, before[0].id)!;
  if (!isConfident(joined) || overlaps(date, factRange(joined.joined))) return null;
  // The day of another member named in the sentence: "... and handed over Sweden's papers on 7 March 2024".
  for (const c of countries(doc, sentence)) {
    const j = joinedOf(doc, c.id);
    if (j && overlaps(date, factRange(j.joined))) return null;
  }
  const fact = `${nameOf(doc, before[0].id)} joined NATO on ${formatDay(joined.joined)}, depositing its instrument of accession.`;
  const span = { start: phrase.start, end: date.end };
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    kind: 'membership',
    verdict: 'contradicted',
    message: `Not so: ${fact}`,
    fact,
    factIds: [before[0].id],
    sources: sourcesOf(joined),
  };
}

// ---- membership in effect ----

// "Southeastern Europe's Republic of North Macedonia has been admitted as a full member of the North
// Atlantic Treaty Organization (NATO). Its membership officially went into effect on Friday, March 27"
// (Political Geography Now, April 2020), "Finland's NATO membership took effect on 4 April 2023", "Sweden's
// accession to NATO entered into force on 7 March 2024": the accession by its effect. Not "the protocol on
// Sweden's accession entered into force" (a step before it): the possessive stands right before
// "membership" or "accession". Confirmed when the date after it is the accession's; nothing otherwise.
const IN_EFFECT_RE =
  /\b(?:([Ii]ts|[Tt]heir)|((?:[A-Z][\w-]+\s+){0,2}?[A-Z][\w-]+)['\u2019]s)\s+(?:NATO\s+|full\s+)?(?:membership|accession)(?:\s+(?:to|in|of)\s+(?:NATO|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?\s+(?:officially\s+|formally\s+)?(?:went\s+into\s+effect|came\s+into\s+(?:effect|force)|took\s+effect|became\s+effective|entered\s+into\s+force)\b/;

function membershipInEffect(doc: Doc, sentence: Span, prev: Span | null): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = IN_EFFECT_RE.exec(text);
  if (!m || OTHER_CLUB_RE.test(text)) return null;
  const phrase = spanOf(sentence, m);
  // Whose: the owner named ("Finland's"), or for "Its" the one later member named in the sentence before.
  const where = m[1] ? (prev ?? null) : phrase;
  if (!where || (m[1] && OTHER_CLUB_RE.test(doc.text.slice(where.start, where.end)))) return null;
  const named = countries(doc, where).filter((c) => {
    const j = joinedOf(doc, c.id);
    return j && !factRange(j.joined).first.startsWith('1949');
  });
  if (named.length !== 1 || !NATO_RE.test(doc.text.slice(where.start, sentence.end))) return null;
  const joined = joinedOf(doc, named[0].id)!;
  const date = datesAndYears(doc, { start: phrase.end, end: sentence.end }).find(
    (d) =>
      d.granularity === 'day' &&
      /^[\s,]*(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/.test(doc.text.slice(phrase.end, d.start)),
  );
  if (!date || !overlaps(date, factRange(joined.joined))) return null;
  const message = `${nameOf(doc, named[0].id)} joined NATO on ${formatDay(joined.joined)}.`;
  return membershipConfirmed(doc, hull([phrase, date]), message, [named[0].id], [joined]);
}

// ---- the rounds counted ----

// "NATO was formed in 1949 with twelve founding members and has added new members ten times" (Wikipedia), "In
// 10 rounds of expansion, NATO has enlarged itself to 32 members" (2024), "NATO has expanded 10 times since its
// founding": the enlargement rounds up to the article's day. Confirm only (a count told as of an earlier day is
// not wrong then).
const ROUNDS_COUNT_RE = new RegExp(
  `\\b${COUNT_SRC}\\s+(?:rounds|waves)\\s+of\\s+(?:NATO\\s+)?(?:enlargement|expansion)\\b|\\b(?:added\\s+new\\s+members|expanded|enlarged(?:\\s+itself)?)\\s+${COUNT_SRC}\\s+times\\b`,
  'i',
);

function roundsCounted(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = ROUNDS_COUNT_RE.exec(text);
  if (!m || OTHER_CLUB_RE.test(text) || !NATO_RE.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))) return null;
  const n = numberFrom(m[1] ?? m[2]);
  const { rounds } = allianceOf(doc.facts, 'all');
  const done = rounds.filter((r) => r.date <= doc.asOf);
  if (!Number.isFinite(n) || n !== done.length || !done.length) return null;
  const last = done[done.length - 1];
  const message = `NATO had enlarged ${n} times by ${formatDay(doc.asOf)}, most recently on ${formatDay(last.date)} (${last.members.map((j) => j.name).join(', ')}).`;
  return membershipConfirmed(
    doc,
    spanOf(sentence, m),
    message,
    ['nato-members'],
    done.map((r) => r.members[0].nato!),
  );
}

// ---- anniversaries of an accession ----

const ANNIVERSARY_RE = new RegExp(
  `\\b${ORDINAL_SRC}\\s+anniversary\\s+(?:of|since)\\s+(?:(?:their|its|the|his|her)\\s+)?(?:[\\w'’-]+\\s+){0,3}?(?:join(?:ing|ed)?|accession|membership|admission|entry|inclusion)\\b|\\b${ORDINAL_SRC}\\s+(?:NATO\\s+)?(?:membership|accession)\\s+anniversary\\b|\\b${COUNT_SRC}\\s+years\\s+since\\s+(?:(?:\\w+\\s+){0,4}?)join(?:ed|ing)\\b|\\b${ORDINAL_SRC}\\s+year\\s+(?:as\\s+an?\\s+(?:NATO\\s+)?(?:member|[Aa]lly)|(?:of|in)\\s+(?:NATO\\s+)?membership)\\b`,
  'gi',
);

/** "the 20th anniversary since they joined NATO": years from a named country's accession to the article's date. */
const ROUND_ANNIVERSARY_RE = new RegExp(
  `\\b${ORDINAL_SRC}\\s+anniversary\\s+of\\s+(?:the\\s+|its\\s+|NATO['’]s\\s+)?(largest\\s+|biggest\\s+|first\\s+|eastward\\s+|historic\\s+)?(?:[\\w-]+\\s+){0,2}?(?:expansion|enlargement)\\b`,
  'gi',
);

/** "the 20th anniversary of the largest expansion of the NATO military alliance": a round N years before the article. */
// "the 20th anniversary of the admission of seven Central and Eastern European nations to NATO"
// (TVP World, 29 March 2024): the round of that many countries that many years before.
const ADMISSION_ANNIVERSARY_RE = new RegExp(
  `\\b${ORDINAL_SRC}\\s+anniversary\\s+of\\s+the\\s+(?:admission|accession|entry)\\s+of\\s+${COUNT_SRC}\\s+(?:[\\w-]+\\s+){0,4}?(?:nations|countries|states)\\s+(?:to|into)\\s+(?:NATO|Nato|the\\s+(?:North\\s+Atlantic\\s+)?[Aa]lliance)\\b`,
  'gi',
);

function roundAnniversary(doc: Doc, sentence: Span, text: string): Annotation | null {
  ROUND_ANNIVERSARY_RE.lastIndex = 0;
  ADMISSION_ANNIVERSARY_RE.lastIndex = 0;
  const round = ROUND_ANNIVERSARY_RE.exec(text);
  const admission = round ? null : ADMISSION_ANNIVERSARY_RE.exec(text);
  const m = round ?? admission;
  if (!m) return null;
  const n = numberFrom(m[1]);
  const { rounds } = allianceOf(doc.facts, 'all');
  const near = (r: Round) => {
    const due = `${parseInt(r.date.slice(0, 4), 10) + n}${r.date.slice(4)}`;
    return overlaps({ first: addDays(due, -200), last: addDays(due, 200) }, { first: doc.asOf, last: doc.asOf });
  };
  const fits = rounds.filter(near);
  const largest = Math.max(...rounds.filter((r) => r.date <= doc.asOf).map((r) => r.members.length));
  const which = admission
    ? fits.filter((r) => r.members.length === numberFrom(admission[2]))
    : /largest|biggest/i.test(m[2] ?? '')
      ? fits.filter((r) => r.members.length === largest)
      : fits;
  if (which.length !== 1) return null;
  const r = which[0];
  const message = `${r.members.map((j) => j.name).join(', ')} joined NATO on ${formatDay(r.date)}, ${n} years before.`;
  return membershipConfirmed(
    doc,
    spanOf(sentence, m),
    message,
    r.members.map((j) => j.id),
    r.members.map((j) => j.nato!),
  );
}

function accessionAnniversary(doc: Doc, sentence: Span, prev: Span | null): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (/expansion|enlargement|(?:admission|accession|entry) of/i.test(text) && NATO_RE.test(text)) {
    const a = roundAnniversary(doc, sentence, text);
    if (a) return a;
  }
  if (!NATO_RE.test(text) && !(prev && NATO_RE.test(doc.text.slice(prev.start, prev.end)))) return null;
  if (OTHER_CLUB_RE.test(doc.text.slice(sentence.start, sentence.end).replace(/\bEU member states\b/g, ''))) return null;
  ANNIVERSARY_RE.lastIndex = 0;
  const m = ANNIVERSARY_RE.exec(text);
  if (!m) return null;
  const n = numberFrom(m[1] ?? m[2] ?? m[3] ?? m[4]);
  if (!Number.isFinite(n) || n < 1) return null;
  // The country the anniversary is said of, in the phrase itself ("the 25th anniversary of Poland's accession to
  // NATO", Polskie Radio, March 2024), before the others of the sentence ("in support of Ukraine").
  const phrase = spanOf(sentence, m);
  const own = countries(doc, { start: phrase.start, end: Math.min(sentence.end, phrase.end + 2) });
  let named = own.length ? own : countries(doc, sentence);
  if (!named.length && prev) named = countries(doc, prev);
  const members = named
    .map((c) => joinedOf(doc, c.id))
    .filter((j): j is NonNullable<typeof j> => !!j && !factRange(j.joined).first.startsWith('1949'));
  if (!members.length || members.length !== named.length) return null;
  const joined = [...new Set(members.map((j) => factRange(j.joined).first))];
  if (joined.length !== 1) return null;
  const due = `${parseInt(joined[0].slice(0, 4), 10) + n}${joined[0].slice(4)}`;
  const window: DayRange = { first: addDays(due, -200), last: addDays(due, 200) };
  if (!overlaps(window, { first: doc.asOf, last: doc.asOf })) return wrongAnniversary(doc, sentence, m, own, members, n);
  const span = spanOf(sentence, m);
  const message = `${named.map((c) => nameOf(doc, c.id)).join(', ')} joined NATO on ${formatDay(joined[0])}: ${n} years on ${formatDay(due)}.`;
  return membershipConfirmed(
    doc,
    span,
    message,
    named.map((c) => c.id),
    members,
  );
}

// A country's accession anniversary said of the article's days with the wrong count: "to commemorate the 20th
// anniversary of Poland's accession to NATO" in March 2024 (its 25th). A red flag only when the one country is
// named in the phrase itself, the count is off by more than a year's slack (over 400 days from the article),
// no other year or time is told in the sentence (the page may look back or ahead), and the date is certain.
const ELSEWHEN_RE =
  /\b(?:next|last|previous|upcoming|coming|ahead|approach\w*|will|would|plans?|planned|prepar\w*|ago|earlier|later|once|then|if|whether|could|might|(?:19|20)\d\d)\b|\?/i;

const MARKING_BEFORE_RE =
  /\b(?:mark|marks|marking|commemorate|commemorates|commemorating|celebrate|celebrates|celebrating)\s+(?:the|its|their)\s+$/i;

function wrongAnniversary(
  doc: Doc,
  sentence: Span,
  m: RegExpExecArray,
  own: readonly Named[],
  members: ReadonlyArray<NonNullable<Jurisdiction['nato']>>,
  n: number,
): Annotation | null {
  if (own.length !== 1 || members.length !== 1 || !doc.dateCertain || !isConfident(members[0])) return null;
  const joined = factRange(members[0].joined).first;
  const due = `${parseInt(joined.slice(0, 4), 10) + n}${joined.slice(4)}`;
  if (Math.abs(Date.parse(due) - Date.parse(doc.asOf)) < 400 * 86_400_000) return null;
  // The clause of the anniversary: from the sentence's start to the first comma after it (NATO's name in brackets aside).
  const span = spanOf(sentence, m);
  const rest = doc.text.slice(span.end, sentence.end).replace(/^[^,(]*\([^()]*\)/, (x) => x.replace(/[(),]/g, ' '));
  const comma = rest.indexOf(',');
  if (ELSEWHEN_RE.test(doc.text.slice(sentence.start, span.end) + (comma < 0 ? rest : rest.slice(0, comma)))) return null;
  // Said as kept now ("to commemorate the 25th anniversary", "marks its 20th"), not recalled ("spoke at the 20th
  // anniversary of ..."), and in no passage that tells of another time.
  if (!MARKING_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, span.start - 40), span.start))) return null;
  if (narratedTime(doc, span.start).narration) return null;
  const years = Math.floor((Date.parse(doc.asOf) - Date.parse(joined)) / (365.2425 * 86_400_000));
  const fact = `${nameOf(doc, own[0].id)} joined NATO on ${formatDay(joined)}: ${years} years before ${formatDay(doc.asOf)}.`;
  return historyAnnotation(doc, span, 'membership', 'contradicted', `Not so: ${fact}`, fact, [own[0].id], sourcesOf(members[0]));
}

// "to mark their 25th (Czechia, Hungary, Poland), 20th (Bulgaria, Estonia, ...), and 15th (Albania,
// Croatia) accession anniversaries" (nato.int, 4 April 2024): each ordinal with the countries it is of.
const ANNIVERSARY_PART_SRC = `${ORDINAL_SRC}\\s*\\(([^()]{3,200})\\)`;
// The same without its captures (ORDINAL_SRC's only capturing group is its outer one).
const ANNIVERSARY_PART_BARE = `(?:${ORDINAL_SRC.slice(1)}\\s*\\([^()]{3,200}\\)`;
const ANNIVERSARY_LIST_RE = new RegExp(
  `(?:${ANNIVERSARY_PART_BARE}(?:,\\s*(?:and\\s+)?|\\s+and\\s+))+${ANNIVERSARY_PART_BARE}\\s+(?:NATO\\s+)?accession\\s+anniversaries\\b`,
  'gi',
);
const ANNIVERSARY_PART_RE = new RegExp(ANNIVERSARY_PART_SRC, 'gi');

/** Supported when every ordinal is the years since its countries joined, on a day within 200 days of the article's. */
function anniversaryList(doc: Doc, sentence: Span): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  // "Twelve Allied Foreign Ministers ...": NATO said by its allies; each ordinal must fit its accession anyway.
  if (!NATO_RE.test(text) && !/\bAllied\b/.test(text)) return [];
  ANNIVERSARY_LIST_RE.lastIndex = 0;
  const m = ANNIVERSARY_LIST_RE.exec(text);
  if (!m) return [];
  const list = spanOf(sentence, m);
  const facts: string[] = [];
  const ids: string[] = [];
  const joinedAll: NonNullable<Jurisdiction['nato']>[] = [];
  ANNIVERSARY_PART_RE.lastIndex = 0;
  for (let p = ANNIVERSARY_PART_RE.exec(m[0]); p; p = ANNIVERSARY_PART_RE.exec(m[0])) {
    const n = numberFrom(p[1]);
    const inner = { start: list.start + p.index + p[0].indexOf('(') + 1, end: list.start + p.index + p[0].length - 1 };
    const named = countries(doc, inner);
    const members = named.map((c) => joinedOf(doc, c.id));
    if (!Number.isFinite(n) || !named.length || members.some((j) => !j)) return [];
    const joined = [...new Set(members.map((j) => factRange(j!.joined).first))];
    if (joined.length !== 1 || joined[0].startsWith('1949')) return [];
    const due = `${parseInt(joined[0].slice(0, 4), 10) + n}${joined[0].slice(4)}`;
    if (!overlaps({ first: addDays(due, -200), last: addDays(due, 200) }, { first: doc.asOf, last: doc.asOf })) return [];
    facts.push(
      `${named.map((c) => nameOf(doc, c.id)).join(', ')} joined NATO on ${formatDay(joined[0])}: ${n} years on ${formatDay(due)}.`,
    );
    ids.push(...named.map((c) => c.id));
    joinedAll.push(...members.map((j) => j!));
  }
  const message = facts.join(' ');
  return [historyAnnotation(doc, list, 'membership', 'supported', message, message, ids, sourcesOfAll(joinedAll).slice(0, 3))];
}

// ---- the count an accession brought ----

const REACHED_RE = new RegExp(
  `\\b(?:bringing|brought|brings|taking|took|raising|raised|increasing|increased|expanding|expanded|expands|growing|grew)\\s+(?:the\\s+)?(?:(?:total\\s+)?(?:membership|number\\s+of\\s+(?:members|allies|member states))|(?:[\\w-]+\\s+){0,3}?(?:alliance|Alliance|NATO|bloc))(?:\\s+of\\s+(?:the\\s+)?(?:[Aa]lliance|NATO))?\\s+to\\s+${COUNT_SRC}\\b(?:\\s+(?:members|member states|member countries|countries|nations|allies))?`,
  'g',
);

/**
 * "joined NATO on March 29, 2004, bringing the total membership of the Alliance to 26", "This move
 * expands the Western defense alliance to 32 members": the count after an accession the sentence
 * dates, or the count on the article's day. Supported only (a count "brought" to may be a plan).
 */
function countReached(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  REACHED_RE.lastIndex = 0;
  const m = REACHED_RE.exec(text);
  if (!m || OTHER_CLUB_RE.test(text) || /\b(?:would|will|could|might)\b/.test(text)) return null;
  const n = numberFrom(m[1]);
  const { members } = allianceOf(doc.facts, 'all');
  const countOn = (day: string) => members.filter((j) => factRange(j.nato!.joined).last <= day).length;
  const days = datesAndYears(doc, sentence)
    .filter((d) => !d.relative && d.granularity === 'day')
    .map((d) => d.last);
  days.push(doc.asOf);
  const day = days.find((d) => countOn(d) === n);
  if (!day) return null;
  const message = `NATO had ${n} members on ${formatDay(day)}.`;
  return membershipConfirmed(
    doc,
    spanOf(sentence, m),
    message,
    ['nato-members'],
    members.map((j) => j.nato!),
  );
}

// ---- countries listed as members ----

const ARE_MEMBERS_RE = compiledOnFirstRun(
  /\b(?:are|have\s+(?:all\s+)?become)\s+(?:now\s+|all\s+|already\s+|both\s+)*(?:NATO|Nato)\s+(?:members|allies|Allies|member states|member countries)\b/,
);
const LIST_GAP_RE = /^(?:,\s*(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?)$/;
const NEITHER_RE = /\b[Nn]either\b/;

/**
 * "Denmark, Finland, Germany, Estonia, Latvia, Lithuania, Poland, and Sweden are now NATO members":
 * every country of the list right before the phrase a member on the article's day. Supported only
 * ("are NATO members" of a candidate may be a slip or a plan; nothing is said then).
 */
function listedMembers(doc: Doc, sentence: Span): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  const m = ARE_MEMBERS_RE.exec(text);
  // Round 45: "Neither Sweden nor Finland are NATO members" says the opposite (membership-status.ts reads it).
  if (!m || HYPOTHETICAL_RE.test(text) || NEITHER_RE.test(text)) return null;
  const phrase = spanOf(sentence, m);
  // Every mention, not each country once: "With the joining of Sweden, ... Poland, and Sweden are now".
  const before: Named[] = [];
  for (const q of matchesIn(doc, { start: sentence.start, end: phrase.start }, 'qualifier')) {
    const id = q.value.jurisdiction;
    if (id && doc.facts.jurisdictions.get(id)?.kind === 'country') before.push({ start: q.start, end: q.end, id });
  }
  const last = before[before.length - 1];
  if (!last || !/^\s+$/.test(doc.text.slice(last.end, phrase.start))) return null;
  const list = [last];
  for (let i = before.length - 2; i >= 0 && LIST_GAP_RE.test(doc.text.slice(before[i].end, list[0].start)); i--) list.unshift(before[i]);
  const joined = list.map((c) => joinedOf(doc, c.id));
  if (joined.some((j) => !j || factRange(j.joined).last > doc.asOf)) return null;
  const message = list.map((c, i) => `${nameOf(doc, c.id)} (${formatDay(joined[i]!.joined)})`).join(', ');
  const fact = `NATO members on ${formatDay(doc.asOf)}, with their accession: ${message}.`;
  return historyAnnotation(
    doc,
    hull([list[0], phrase]),
    'membership',
    'supported',
    fact,
    fact,
    list.map((c) => c.id),
    sourcesOfAll(joined.map((j) => j!)).slice(0, 3),
  );
}
