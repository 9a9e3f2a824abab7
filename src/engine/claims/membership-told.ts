// Round 26 (read by membership.ts): two families of a member's accession told without its name at the claim.
//
// (1) The member as "the country", "the nation" or "it": "The country has been a NATO member since 2017" (Montenegro named
// in the sentence before, December 2020; held-out 21 za009), "The country joined the European Union in 1995, but stayed
// away from NATO until last year, when it became a full member" (Finland, February 2024; held-out 22 pb009), "It joined
// the alliance in 2004". The country is the one member named in the nearest sentence before that names a country (in
// the paragraph, two sentences back at most), or the one named before "it" in the sentence. Confirmed when the time told
// holds the accession; never flagged (the pronoun may be of another country than the one read).
//
// (2) The newest accession told as "the most recent": "The organization has undergone several expansions since its
// inception, with the most recent being the accession of North Macedonia in 2020" (February 2025; held-out 24 se010:
// Finland and Sweden joined after), "NATO has enlarged ten times, most recently with Sweden in 2024", "the latest
// enlargement was Sweden's accession". The newest on the page's day confirmed; another member, when a later one joined
// more than a week before the page's day, outdated (present or present perfect only, NATO named in the sentence or
// the two before and no other body, no time of another span: "until 2023", "at the time", "between 1999 and 2020").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, factRange, findDates, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { spanIndexAt, type Span } from '../sentences';
import {
  HYPOTHETICAL_RE,
  MEMBERS_NOW_ID,
  countriesIn,
  historyAnnotation,
  membersOn,
  previousInParagraph,
  type NamedCountry,
} from './history-common';
import { warmed, compiledOnFirstRun } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];
type Member = Members[number];

const NATO_NOUN = String.raw`(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|transatlantic\s+|military\s+|Western\s+)?[Aa]lliance)`;
const THE_COUNTRY = String.raw`(?:[Tt]he\s+(?:(?:Balkan|Baltic|Nordic|Scandinavian|Adriatic|Central\s+European|Eastern\s+European|small|former\s+Soviet|former\s+Yugoslav)\s+)?(?:country|nation|state|republic)|[Ii]t)`;
// "has been a NATO member since 2017", "has been a member of NATO since", "has been in NATO since", "has been part of NATO since".
const MEMBER_SINCE_RE = new RegExp(
  String.raw`\b${THE_COUNTRY}\s+(?:has|had)\s+been\s+(?:(?:an?|a\s+full)\s+)?(?:(?:full|full-fledged|fully-fledged)\s+)?(?:(?:NATO|Nato)\s+(?:member(?:\s+(?:state|country|nation))?|[Aa]lly)|(?:member|[Aa]lly)\s+(?:state\s+)?of\s+${NATO_NOUN}|(?:in|part\s+of)\s+${NATO_NOUN})\s+since\s+`,
  'g',
);
// "became a full member (of NATO)", "joined NATO", "joined the alliance", "acceded to NATO".
const BECAME_RE = new RegExp(
  String.raw`\b${THE_COUNTRY}\s+(?:(?:officially|formally|finally)\s+)?(?:became\s+(?:a|an)\s+(?:(?:full|full-fledged|fully-fledged|official)\s+)?(?:(?:NATO|Nato)\s+)?(?:member|[Aa]lly)(?:\s+(?:state|country|nation))?(?:\s+of\s+${NATO_NOUN})?|joined\s+${NATO_NOUN}|acceded\s+to\s+${NATO_NOUN})\b`,
  'g',
);
// What ties the time to the phrase: right after it ("in 2017", "last year", "on 5 June 2017"), or a clause of it after the
// time ("until last year, when it became a full member").
const TIME_GAP_RE = /^\s*,?\s*(?:(?:in|on|back\s+in)\s+)?$/i;
const WHEN_BEFORE_RE =
  /(?:in\s+\d{4}|last\s+year|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}),\s+when\s+$/;
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European Union|eurozone|euro zone|Schengen|G7|G20|United Nations|UN|OSCE|Council of Europe|WTO|OECD|CSTO|Warsaw Pact|Commonwealth)\b/;
const HINT_RE = compiledOnFirstRun(/\b(?:since|became|joined|acceded|most\s+recent(?:ly)?|latest|newest|last)\b/);

/** The sentence before `i`, across a line break (a page's lines) or one paragraph break at most when `paragraphs`. */
function sentenceBefore(doc: Doc, i: number, paragraphs: boolean): Span | null {
  if (i <= 0) return null;
  const prev = doc.sentences[i - 1];
  const gap = doc.text.slice(prev.end, doc.sentences[i].start);
  if (gap.length > 6 || (!paragraphs && /\n\s*\n/.test(gap))) return null;
  return prev;
}

/** The one member country the subject means: named before "it" in the sentence, else in the nearest sentence before that names one. */
function subjectCountry(doc: Doc, members: Members, i: number, phraseStart: number): Member | null {
  const sentence = doc.sentences[i];
  const subject = doc.text.slice(phraseStart, phraseStart + 3).toLowerCase();
  const one = (named: NamedCountry[]) => {
    const ids = [...new Set(named.map((c) => c.id))];
    return ids.length === 1 ? (members.find((m) => m.id === ids[0]) ?? null) : null;
  };
  const inSentence = countriesIn(doc, { start: sentence.start, end: phraseStart });
  // "it" after a country of its own sentence; "The country" is never one named in its own sentence before it.
  if (subject === 'it ' || subject === 'it\u00a0') {
    if (inSentence.length) return one(inSentence);
    // "The country joined the EU in 1995, but stayed away from NATO until last year, when it became a full member": "it" is
    // the sentence's subject, itself "The country".
    if (!new RegExp(`^\\W*${THE_COUNTRY}\\b`).test(doc.text.slice(sentence.start, phraseStart))) return null;
  } else if (inSentence.length) return null;
  // The nearest sentence before that names a country, two back at most: across a paragraph break only right before.
  for (let j = i, k = 0; k < 2; k++, j--) {
    const prev = k === 0 ? sentenceBefore(doc, j, true) : previousInParagraph(doc, j);
    if (!prev) return null;
    const named = countriesIn(doc, prev);
    if (named.length) return one(named);
  }
  return null;
}

// Built once (speed, round 41): a literal in pronounAccessions was a new expression, parsed again, at each call.
const PRONOUN_ACCESSIONS_RE = /\b(?:became|joined|acceded)\b/;
function pronounAccessions(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  // One pass of each phrase over the text (a cheap look first), then the sentence of each match.
  for (const re of [MEMBER_SINCE_RE, BECAME_RE]) {
    if (re === MEMBER_SINCE_RE ? !doc.text.includes(' since ') : !PRONOUN_ACCESSIONS_RE.test(doc.text)) continue;
    warmed(re, doc.text).lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const i = spanIndexAt(doc.sentences, m.index);
      if (i < 0) continue;
      const sentence = doc.sentences[i];
      const text = doc.text.slice(sentence.start, sentence.end);
      if (HYPOTHETICAL_RE.test(text)) continue;
      const phrase: Span = { start: m.index, end: m.index + m[0].length };
      let range: { first: string; last: string } | null = null;
      let end = phrase.end;
      const dates = findDates(doc.text, phrase.start, sentence.end, { asOf: doc.asOf });
      if (re === MEMBER_SINCE_RE) {
        const d = dates.find((x) => x.start <= phrase.end + 1 && x.end > phrase.end);
        // Round 46: a day too ("The country has been a full member of NATO since 29 March 2004"): confirmed only when it
        // is the accession's own day (the check below), never flagged.
        if (!d || !d.explicitYear) continue;
        range = d;
        end = d.end;
      } else {
        // Not a body named between NATO and a phrase that does not name it ("became a full member" of the EU).
        if (!new RegExp(NATO_NOUN).test(m[0])) {
          const before = doc.text.slice(sentence.start, phrase.start);
          const nato = before.search(/\b(?:NATO|Nato)\b(?![\s\S]*\b(?:NATO|Nato)\b)/);
          if (nato < 0 || OTHER_BODY_RE.test(before.slice(nato))) continue;
        }
        const d = dates.find((x) => x.start >= phrase.end && TIME_GAP_RE.test(doc.text.slice(phrase.end, x.start)));
        if (d && (d.granularity !== 'day' || d.explicitYear)) {
          range = d;
          end = d.end;
        } else {
          const lead = doc.text.slice(sentence.start, phrase.start);
          const when = WHEN_BEFORE_RE.exec(lead);
          if (!when) continue;
          const told = findDates(doc.text, sentence.start + when.index, phrase.start, { asOf: doc.asOf });
          if (told.length !== 1) continue;
          range = told[0];
        }
      }
      const country = subjectCountry(doc, members, i, phrase.start);
      if (!country?.nato || !range) continue;
      const joined = factRange(country.nato.joined);
      if (!(range.first <= joined.first && joined.last <= range.last)) continue;
      const message = `${country.name} joined NATO on ${formatDay(joined.first)}.`;
      out.push(
        historyAnnotation(
          doc,
          { start: phrase.start, end },
          'membership',
          'supported',
          message,
          message,
          [country.id],
          sourcesOfAll([country.nato]).slice(0, 3),
        ),
      );
    }
  }
  return out;
}

// ---- the most recent accession ----

// "the most recent being (the accession of) X", "the most recent (enlargement|expansion|accession|addition) being/was X('s)",
// "most recently (with) X".
const RECENT_RE =
  /\b(?:(?:[Ii]ts|NATO['\u2019]s|Nato['\u2019]s|the\s+[Aa]lliance['\u2019]s)\s+(?:last|latest|newest|most\s+recent)\s+(?:new\s+)?member(?:\s+(?:state|country|nation))?\s*(?:[\u2013\u2014:]|,|-)\s*|(?:[Ww]ith\s+)?[Tt]he\s+(?:most\s+recent|latest)(?:\s+(?:one|enlargement|expansion|accession|addition|round(?:\s+of\s+enlargement)?|new\s+member))?\s+(?:being|was|is|came\s+with|coming\s+with)\s+(?:that\s+of\s+|the\s+(?:accession|addition|admission|entry|inclusion)\s+of\s+)?|[Mm]ost\s+recently\s*,?\s+(?:with\s+(?:the\s+(?:accession|addition|admission|entry)\s+of\s+)?)?)$/;
const NOT_NOW_RE =
  /\b(?:had|was\s+(?:then|at\s+the\s+time)|were|until|till|by\s+(?:19|20)\d\d|between|at\s+the\s+time|back\s+then|then|as\s+of|in\s+(?:19|20)\d\d,|before)\b/i;
const NATO_RE = /\b(?:NATO|Nato|North Atlantic Treaty|North Atlantic Alliance)\b/;
// Round 34 (mined). The member told as the latest by a noun of its own: "its last member – Montenegro in 2017".
const MEMBER_NOUN_LEAD_RE = /\bmember(?:\s+(?:state|country|nation))?\s*(?:[\u2013\u2014:]|,|-)\s*$/;

/**
 * Round 34 (mined). NATO meant with no NATO named: the accession told right after the country is its NATO accession, by
 * its year (not 2004, when five members joined the EU as well) or its day: "most recently, Finland became a member on
 * April 4, 2023", "the most recent being the accession of North Macedonia in 2020", "its last member – Montenegro in 2017".
 */
function toldByItsAccession(tail: string, joined: string): boolean {
  const year = /\b((?:19|20)\d\d)\b/.exec(tail);
  if (!year || year[1] !== joined.slice(0, 4) || year[1] === '2004') return false;
  const month = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/.exec(tail);
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  if (month && MONTHS.indexOf(month[1]) + 1 !== Number(joined.slice(5, 7))) return false;
  // The day beside its month ("April 4", "4 April"), not an ordinal of the count ("the 31st member in April 2023").
  const day = month ? new RegExp(`\\b${month[1]}\\s+(\\d{1,2})\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${month[1]}\\b`).exec(tail) : null;
  return !day || Number(day[1] ?? day[2]) === Number(joined.slice(8, 10));
}

// Built once (speed, round 41): a literal in recentAccessions was a new expression, parsed again, at each call.
const RECENT_ACCESSIONS_RE = /\b(?:most\s+recent(?:ly)?|latest|last|newest)\b/g;
function recentAccessions(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  const joinedBy = membersOn(members, doc.asOf);
  if (!joinedBy.length) return out;
  const latestDay = factRange(joinedBy[joinedBy.length - 1].nato!.joined).first;
  // The sentences of the words, found in one pass over the text.
  const at = new Set<number>();
  // In the folded text: "Most recently, ..." opens its sentence.
  for (const w of doc.folded.matchAll(RECENT_ACCESSIONS_RE)) at.add(spanIndexAt(doc.sentences, w.index));
  at.delete(-1);
  for (const i of at) {
    const sentence = doc.sentences[i];
    const text = doc.text.slice(sentence.start, sentence.end);
    const named = countriesIn(doc, sentence);
    for (const c of named) {
      const lead = doc.text.slice(sentence.start, c.start);
      const m = warmed(RECENT_RE, lead).exec(lead);
      if (!m) continue;
      // NATO in the sentence or the two before it (in the paragraph), and no other body there.
      let from = sentence.start;
      for (let j = i, k = 0; k < 2; k++, j--) {
        const prev = sentenceBefore(doc, j, false);
        if (!prev) break;
        from = prev.start;
      }
      const around = doc.text.slice(from, sentence.end);
      const country = members.find((j) => j.id === c.id);
      if (!country?.nato) continue;
      const after = doc.text.slice(c.end, Math.min(sentence.end, c.end + 60));
      const byItsAccession = toldByItsAccession(after, factRange(country.nato.joined).first);
      // The member noun before the name only with the accession's time right after it, no verb ("its last member –
      // Montenegro in 2017"): "NATO's most recent member, North Macedonia, joined in 2020" tells of 2020 (round 27).
      if (MEMBER_NOUN_LEAD_RE.test(m[0]) && !(byItsAccession && /^\s*(?:in|on|\()/.test(after))) continue;
      if ((!NATO_RE.test(around) && !byItsAccession) || OTHER_BODY_RE.test(around) || HYPOTHETICAL_RE.test(text)) continue;
      // The enlargement's own verbs: the alliance grew (expansions, enlargements, new members) in the sentence.
      // Round 33: "Most recently, Finland became the 31st member in April 2023" (an exam note of April 2024): becoming a member.
      // Round 34: or the member noun right before the name ("its last member – Montenegro").
      if (
        !MEMBER_NOUN_LEAD_RE.test(m[0]) &&
        !/\b(?:expan\w+|enlarg\w+|grow\w*|grew|grown|accession|joined|new\s+members?|admitted|added|addition)\b|\bbecame\s+(?:a|an|its|the\s+\w+)\s+(?:full\s+)?(?:member|ally)\b/i.test(
          text,
        )
      )
        continue;
      // "with the most recent being the accession of Finland and Sweden": two or more named after it are left alone.
      if (named.some((o) => o.start > c.end && o.id !== c.id && o.start - c.end < 40)) continue;
      const joined = factRange(country.nato.joined).first;
      if (joined > doc.asOf) continue;
      const start = sentence.start + m.index;
      // Round 33: the accession told as a clause after the name, "became the 31st member in April 2023", "joined NATO on 4 April 2023".
      const tail =
        /^(?:['\u2019]s)?(?:\s+(?:accession|entry|admission)|\s+(?:officially\s+|formally\s+)?(?:joined(?:\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?|became\s+(?:a|an|its|the\s+\w+)\s+(?:full\s+)?(?:member|ally)(?:\s+(?:of\s+)?(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))?))?(?:,?\s+(?:in|on)\s+(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2},\s+)?(?:19|20)\d\d)?/.exec(
          doc.text.slice(c.end, sentence.end),
        );
      const end = c.end + (tail ? tail[0].length : 0);
      const latestNames = joinedBy.filter((j) => factRange(j.nato!.joined).first === latestDay).map((j) => j.name);
      const fact = `NATO's most recent accession on ${formatDay(doc.asOf)}: ${latestNames.join(' and ')} (${formatDay(latestDay)}).`;
      const sources = sourcesOfAll([
        country.nato,
        ...joinedBy.filter((j) => factRange(j.nato!.joined).first === latestDay).map((j) => j.nato!),
      ]).slice(0, 3);
      if (joined === latestDay) {
        out.push(historyAnnotation(doc, { start, end }, 'membership', 'supported', fact, fact, [MEMBERS_NOW_ID, c.id], sources));
        continue;
      }
      // A later member joined: outdated, when told of now (no other time in the sentence than the accession's year).
      const years = (text.match(/\b(?:19|20)\d\d\b/g) ?? []).filter((y) => y !== joined.slice(0, 4));
      const later = joinedBy.filter((j) => factRange(j.nato!.joined).first > joined);
      // Another time told: the most recent then, not a claim about now.
      // Round 33: nor a time told before the words ("In 2020, most recently, North Macedonia became a member").
      if (years.length || NOT_NOW_RE.test(text) || /\b(?:19|20)\d\d\b/.test(doc.text.slice(sentence.start, start))) continue;
      // A week's margin after the later accession (round 33, was a month: an explainer of 4 April 2024 still naming Finland
      // as the latest, four weeks after Sweden joined, was left unflagged), as for a count told as now.
      const red =
        doc.dateCertain && addDays(latestDay, 7) < doc.asOf && isConfident(country.nato) && later.every((j) => isConfident(j.nato!));
      const message = `Not so on ${formatDay(doc.asOf)}: ${country.name} joined NATO on ${formatDay(joined)}; ${later.map((j) => j.name).join(' and ')} joined later (the latest on ${formatDay(latestDay)}).`;
      // Of the page's day: the year in the sentence is the accession's own, not a time the passage tells of.
      out.push(
        historyAnnotation(doc, { start, end }, 'membership', red ? 'outdated' : 'context', message, fact, [MEMBERS_NOW_ID, c.id], sources),
      );
    }
  }
  return out;
}

export function toldMemberClaims(doc: Doc, members: Members): Annotation[] {
  if (!HINT_RE.test(doc.folded)) return [];
  return [...recentAccessions(doc, members), ...pronounAccessions(doc, members)];
}
