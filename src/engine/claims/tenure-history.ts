// Round 45: tenures told on history and reference pages, the kinds the readers of a named subject and its verb miss.
//
// - An election told with its day, of a named holder or of "he"/"she" for the paragraph's one named person: "on October 8,
//   2018, he was elected President of the Czech Republic" (a machine-written profile of Petr Pavel, March 2023; held-out 43
//   ty023: he was elected in January 2023 and took office on 9 March 2023). The fact base holds no elections, only the
//   tenures they led to; an election comes before its tenure, by weeks for a head of state (ten weeks for a US president)
//   and by up to sixteen months for the Chair of NATO's Military Committee (Cavo Dragone, elected September 2023, in
//   office January 2025), or during it (a re-election). So a day more than ELECTED_LEAD_DAYS before every tenure of the
//   office named, or after its end, is no election of theirs to it: contradicted. A day or month of the weeks before a
//   start (CONFIRM_LEAD_DAYS) is confirmed; anything else is left alone.
// - An office and its years with no one named: "his appointment as Secretary-General of NATO from 1984-88" (Herald
//   obituary of Lord Carrington, named a paragraph before; held-out 43 ty011), "He served as NATO Secretary General from
//   2014 to 2024", "who served as the US president from 2017-21". The years fit one holder's run in the office named with
//   its jurisdiction, and only theirs: the words are true of that holder. Only ever confirmed: who is meant is not read,
//   and a pronoun's span is judged by tenure-span.ts, whose reading stands where both read the same words.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { addDays, daysBetween, factRange, formatDay, overlaps, type DateMention } from '../dates';
import { describeHolder, describeTenure, isConfident, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { spansOverlap } from '../sentences';
import { keysGate, compiledOnFirstRun } from '../triggers';
import { NON_LETTER_FIRST_RE } from '../letter-classes';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';
import { namedPeople, tenureStartConfirmed } from './tenure-pronoun';
import { paragraphReferent } from './tenure-referent';
import { jurisdictionNamed } from './tenure-span';

/** The tenure detector, and the tenures of history pages read here. */
export function withHistoryTenures(tenure: ClaimDetector): ClaimDetector {
  return {
    kind: tenure.kind,
    triggers: tenure.triggers,
    find: (doc, ctx) => {
      const found = tenure.find(doc, ctx);
      const elections = doc.folded.includes('elected ') ? electionDays(doc) : [];
      const flagged = elections.filter((a) => a.verdict === 'contradicted');
      // A start confirmed on the words of an election flagged here read the office, not the day told after it.
      const out = flagged.length ? found.filter((a) => a.verdict !== 'supported' || !flagged.some((b) => spansOverlap(a, b))) : found;
      for (const a of elections) if (!out.some((b) => spansOverlap(a, b))) out.push(a);
      if (doc.folded.includes(' from ') || doc.folded.includes(' between '))
        for (const a of unnamedSpans(doc)) if (!out.some((b) => spansOverlap(a, b))) out.push(a);
      if (START_GATE.test(doc.folded)) for (const a of unnamedStarts(doc)) if (!out.some((b) => spansOverlap(a, b))) out.push(a);
      return out;
    },
  };
}

/** How long before a tenure its election may lie (the Chair of the Military Committee: sixteen months). */
const ELECTED_LEAD_DAYS = 730;
/** How long before a tenure an election told by its day or month is confirmed (a US president's: ten to eleven weeks). */
const CONFIRM_LEAD_DAYS = 120;
// The verb before "elected", and what may stand between it and the subject's name or pronoun.
const ELECTED_VERB_RE =
  /(?:^|[^\p{L}])(?:was|had\s+been|has\s+been)\s+(?:(?:first|later|then|subsequently|eventually|finally|officially|formally|narrowly|overwhelmingly|directly)\s+)?(?:re-?)?$/iu;
const PRONOUN_BEFORE_RE = /(?:^|[^\p{L}])(he|she)\s*$/iu;
const SUBJECT_GAP_RE = /^\s*(?:,\s*[^,.;:()"\u201c\u201d]{1,60}?,\s*)?$/;
// After "elected": "as", "the", "new".
const TITLE_OPEN_RE = /^elected\s+(?:as\s+)?(?:(?:the|a)\s+)?(?:new\s+)?/i;
// Where the office's words end: a clause break, or a preposition that opens a time, a place or a vote.
const TITLE_END_RE =
  /[,;:()]|\.(?:\s|$)|\s(?:on|in|by|with|after|for|and|at|from|during|defeating|beating|against|until|to|when|following|succeeding|replacing|over)\s/i;
const TITLE_REACH = 90;
// The day told before the subject: "..., and on October 8, 2018, he was elected", "In 2018, Pavel was elected".
// Built once (speed): the tests of the words around a date.
const ON_IN_BEFORE_RE = /^\s*(?:on|in)\s+$/i;
const ON_IN_FIRST_RE = /^(?:in|on)\b/i;
const ON_IN_LEAD_RE = /^(?:in|on)\s+/i;
const COMMA_OR_SPACE_RE = /^\s*,?\s*$/;
const DATE_LEAD_RE = /(?:^|[,;]\s*|\band\s+)(?:(?:on|in)\s+)?$/i;

/** Elections told with their day, month or year ("X was elected OFFICE on DAY", "On DAY, he was elected OFFICE"). */
function electionDays(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  // The page's named people, listed once for every "elected" read (namedPeople walks all the page's matches).
  let pagePeople: ReturnType<typeof namedPeople> | undefined;
  for (let i = doc.folded.indexOf('elected '); i >= 0; i = doc.folded.indexOf('elected ', i + 8)) {
    const sentence = sentenceOf(doc, i);
    const lead = text.slice(Math.max(sentence.start, i - 50), i);
    const verb = ELECTED_VERB_RE.exec(lead);
    if (!verb) continue;
    const verbStart = i - verb[0].length + (NON_LETTER_FIRST_RE.test(verb[0]) ? 1 : 0);
    // The subject: a name right before the verb, or "he"/"she" for the paragraph's one named person.
    const before = text.slice(sentence.start, verbStart);
    // "Petr Pavel, a retired general, was elected": an apposition may stand between the name and the verb.
    pagePeople ??= namedPeople(doc);
    const people = pagePeople.filter((q) => q.start >= sentence.start && q.end <= verbStart);
    const p = people.find(
      (q) => SUBJECT_GAP_RE.test(text.slice(q.end, verbStart)) && !people.some((r) => r.start >= q.end && r.end <= verbStart),
    );
    const pronoun = p ? null : PRONOUN_BEFORE_RE.exec(before);
    const subjectStart = p ? p.start : pronoun ? verbStart - pronoun[0].length + (NON_LETTER_FIRST_RE.test(pronoun[0]) ? 1 : 0) : -1;
    if (subjectStart < 0) continue;
    const personId = p ? p.personId : paragraphReferent(doc, subjectStart);
    if (!personId) continue;
    const named = p ? doc.people.some((q) => q.start === p.start && (q.full || !!q.namedInFull)) : true;
    const open = TITLE_OPEN_RE.exec(text.slice(i, i + 30));
    if (!open) continue;
    const titleStart = i + open[0].length;
    const region = text.slice(titleStart, Math.min(sentence.end, titleStart + TITLE_REACH));
    const cut = TITLE_END_RE.exec(region);
    const titleEnd = titleStart + (cut ? cut.index : region.length);
    const offices = officesNamed(doc, titleStart, titleEnd).filter((o) => tenuresOf(personId, o).length);
    if (offices.length !== 1) continue;
    const office = offices[0];
    const date = electionDate(doc, sentence, titleEnd, subjectStart);
    if (!date || !date.explicitYear || date.relative || date.granularity === 'span' || date.first > doc.asOf) continue;
    const tenures = tenuresOf(personId, office);
    const start = Math.min(subjectStart, date.start);
    const end = Math.max(titleEnd, date.end);
    const fits = tenures.some((t) => overlaps(electionWindow(t), date));
    if (!fits) {
      const sure =
        named &&
        doc.dateCertain &&
        tenures.every((t) => isConfident(t.holder) && t.holder.start.length === 10 && (!t.holder.end || t.holder.end.length === 10)) &&
        office.coveredFrom <= date.first &&
        jurisdictionNamed(doc, titleStart, titleEnd, [office]) &&
        !pastHorizon(doc.facts, doc.asOf, { office: office.id });
      if (sure) out.push(electionFlag(doc, personId, tenures, date, start, end));
      continue;
    }
    if (date.granularity === 'year') continue;
    const t = tenures.find((x) =>
      [x.holder.start, ...(x.holder.altStart ?? [])].some((s) => overlaps({ first: addDays(s, -CONFIRM_LEAD_DAYS), last: s }, date)),
    );
    if (t && isConfident(t.holder) && t.holder.start.length === 10)
      out.push(
        tenureStartConfirmed(
          doc,
          personId,
          t,
          start,
          end,
          (name) => `${name} took office as ${t.office.name} on ${formatDay(t.holder.start)}, after the election.`,
        ),
      );
  }
  return out;
}

/** The days an election to the tenure may fall on: from ELECTED_LEAD_DAYS before its first start to its end. */
function electionWindow(t: Tenure) {
  const first = [t.holder.start, ...(t.holder.altStart ?? [])].map((s) => factRange(s).first).sort()[0];
  return { first: addDays(first, -ELECTED_LEAD_DAYS), last: t.until ?? '9999-12-31' };
}

/** The election's date: right after the office ("on 8 October 2018", "in 2018"), else told before the subject, which it opens. */
function electionDate(doc: Doc, sentence: { start: number; end: number }, titleEnd: number, subjectStart: number): DateMention | undefined {
  const { text } = doc;
  const after = datesIn(doc, { start: titleEnd, end: Math.min(sentence.end, titleEnd + 40) }, sentence).find(
    (d) =>
      d.start <= titleEnd + 5 && (ON_IN_BEFORE_RE.test(text.slice(titleEnd, d.start)) || ON_IN_FIRST_RE.test(text.slice(d.start, d.end))),
  );
  if (after) return after;
  const before = datesIn(doc, { start: sentence.start, end: subjectStart }, sentence).at(-1);
  if (!before || !COMMA_OR_SPACE_RE.test(text.slice(before.end, subjectStart))) return undefined;
  return DATE_LEAD_RE.test(text.slice(sentence.start, before.start)) ? before : undefined;
}

function electionFlag(doc: Doc, personId: string, tenures: Tenure[], date: DateMention, start: number, end: number): Annotation {
  const person = doc.facts.people.get(personId);
  // The tenure nearest the day told.
  const near = [...tenures].sort(
    (a, b) => Math.abs(Date.parse(a.holder.start) - Date.parse(date.first)) - Math.abs(Date.parse(b.holder.start) - Date.parse(date.first)),
  )[0];
  const told = doc.text.slice(date.start, date.end).replace(ON_IN_LEAD_RE, '');
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict: 'contradicted',
    factIds: [near.office.id, personId],
    message: `${person?.name} took office as ${near.office.name} on ${formatDay(near.holder.start)}: an election of ${told} lies ${date.last < near.holder.start ? 'years before' : 'after'} any tenure of theirs in it.`,
    fact: tenures.map((t) => describeHolder(person, t)).join('; '),
    sources: sourcesOf(...tenures.map((t) => t.holder)),
  };
}

// The office with its years, no one named before it in the sentence: "appointment as Secretary-General of NATO from
// 1984-88", "served as NATO Secretary General from October 2014 to October 2024", "the US president from 2017-21".
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const YEARS_AFTER_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`^(?:from|between)\s+(?:${MONTH}\s+)?((?:19|20)\d\d)(?:\s*[-\u2013\u2014]\s*|\s+(?:to|and|until|till|through)\s+(?:${MONTH}\s+)?)((?:19|20)?\d\d)\b(?![-\u2013\u2014]?\d)`,
    'i',
  ),
);
// Before "from": a verb or noun of holding the office, or the start of the sentence, then the office's words alone.
const TITLE_WORDS = String.raw`(?:the\s+)?((?:(?!\b(?:served|serving|was|as|and|who|he|she|his|her)\b)[^,.;:()"\u201c\u201d\n]){3,80})\s+$`;
const TITLE_BEFORE_RE = new RegExp(
  String.raw`\b(?:served\s+as|serving\s+as|appointment\s+as|tenure\s+as|term\s+as|time\s+as|was|as)\s+${TITLE_WORDS}`,
  'i',
);
const TITLE_ALONE_RE = new RegExp(String.raw`^\s*${TITLE_WORDS}`, 'i');
const LEAD_REACH = 110;
const PRONOUN_RE = /\b(?:he|she)\b/i;

function unnamedSpans(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  for (const key of [' from ', ' between ']) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const years = YEARS_AFTER_RE.exec(text.slice(i + 1, i + 60));
      if (!years) continue;
      const sentence = sentenceOf(doc, i);
      const lead = text.slice(Math.max(sentence.start, i + 1 - LEAD_REACH), i + 1);
      // The office's words alone may open the sentence ("Secretary-General of NATO from 1984-88", a line of a career).
      const m = TITLE_BEFORE_RE.exec(lead) ?? (i + 1 - sentence.start <= LEAD_REACH ? TITLE_ALONE_RE.exec(lead) : null);
      if (!m) continue;
      // Someone named in the sentence before the years: tenure-span.ts's claim.
      if (doc.people.some((q) => q.start >= sentence.start && q.end <= i)) continue;
      const titleStart = i + 1 - m[0].length + m[0].lastIndexOf(m[1]);
      const titleEnd = titleStart + m[1].trimEnd().length;
      const offices = officesNamed(doc, titleStart, titleEnd);
      if (offices.length !== 1 || !jurisdictionNamed(doc, titleStart, titleEnd, offices)) continue;
      const office = offices[0];
      const first = Number(years[1]);
      const last = years[2].length === 2 ? Math.floor(first / 100) * 100 + Number(years[2]) : Number(years[2]);
      if (last < first || last > Number(doc.asOf.slice(0, 4)) || `${first}-01-01` < office.coveredFrom) continue;
      // The years exactly (a confirmation, unlike a flag, may not take a year one off at the turn of a year: "from 2016 to 2020"
      // is not Trump's 2017-2021).
      const holders = [...new Set(office.holders.map((h) => h.person))].filter((id) => yearsExactly(tenuresOf(id, office), first, last));
      if (holders.length !== 1) continue;
      const personId = holders[0];
      // "He served as ... from 2014 to 2024" of someone else the paragraph names: not the holder's years, whatever they fit.
      const pronoun = PRONOUN_RE.exec(text.slice(sentence.start, titleStart));
      const referent = pronoun ? paragraphReferent(doc, sentence.start + pronoun.index) : null;
      if (referent && referent !== personId) continue;
      const run = runOf(tenuresOf(personId, office), first, last);
      if (!run.length || !run.every((t) => t.holder.confidence === 'verified')) continue;
      const person = doc.facts.people.get(personId);
      const end = i + 1 + years[0].length;
      out.push({
        start: titleStart,
        end,
        quote: text.slice(titleStart, end),
        kind: 'tenure',
        verdict: 'supported',
        factIds: [office.id, personId],
        message: `${person?.name} was ${office.name} (${run.map(describeTenure).join('; ')}), the only holder in those years.`,
        fact: run.map((t) => describeHolder(person, t)).join('; '),
        sources: sourcesOf(...run.map((t) => t.holder)),
      });
    }
  }
  return out;
}

/** The tenures that start in the first year told and end in the last, those between joined on within days (an acting term, then the full one). */
function runOf(tenures: readonly Tenure[], first: number, last: number): Tenure[] {
  const sorted = [...tenures].sort((a, b) => (a.from < b.from ? -1 : 1));
  const i = sorted.findIndex((t) => Number(t.holder.start.slice(0, 4)) === first);
  if (i < 0) return [];
  for (let j = i; j < sorted.length; j++) {
    if (j > i && (!sorted[j - 1].until || daysBetween(sorted[j - 1].until!, sorted[j].from) > RUN_GAP_DAYS)) return [];
    const ends = sorted[j].holder.end ? [sorted[j].holder.end!, ...(sorted[j].holder.altEnd ?? [])] : [];
    if (ends.some((d) => Number(d.slice(0, 4)) === last)) return sorted.slice(i, j + 1);
  }
  return [];
}
const RUN_GAP_DAYS = 2;

const yearsExactly = (tenures: readonly Tenure[], first: number, last: number) => runOf(tenures, first, last).length > 0;

// An office and its start with no one named: "became Nato Secretary General in October 2014" (held-out 21 za040), "named
// NATO's top civilian in October 2014" (held-out 35 o116). Confirm only: the start of exactly one holder of the office named
// with its jurisdiction falls in the month or on the day told (a year alone may be a nomination's or an election's).
const START_KEYS = ['became ', 'named ', 'appointed ', 'took office as ', 'sworn in as '];
const START_GATE = keysGate(START_KEYS);
const START_VERB_RE =
  /\b(?:became|was\s+named|named|was\s+appointed|appointed|took\s+office\s+as|(?:was\s+)?sworn\s+in\s+as)\s+(?:(?:the|a)\s+)?(?:new\s+)?/gi;
// Where the office's words end: the preposition of the date.
const START_TITLE_RE = /^([^,.;:()"\u201c\u201d\n]{3,70}?)\s+(?:in|on)\s+(?=\S)/;

function unnamedStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  START_VERB_RE.lastIndex = 0;
  for (let m = START_VERB_RE.exec(text); m; m = START_VERB_RE.exec(text)) {
    const verbStart = m.index;
    const titleStart = m.index + m[0].length;
    const title = START_TITLE_RE.exec(text.slice(titleStart, titleStart + 90));
    if (!title) continue;
    const titleEnd = titleStart + title[1].length;
    const sentence = sentenceOf(doc, verbStart);
    // Someone named in the sentence before the office: the named readers' claim.
    if (doc.people.some((q) => q.start >= sentence.start && q.start < titleEnd)) continue;
    const offices = officesNamed(doc, titleStart, titleEnd);
    if (offices.length !== 1 || !jurisdictionNamed(doc, titleStart, titleEnd, offices)) continue;
    const office = offices[0];
    const date = datesIn(doc, { start: titleEnd, end: Math.min(sentence.end, titleEnd + 40) }, sentence).find(
      (d) => d.start <= titleStart + title[0].length + 1,
    );
    if (!date || !date.explicitYear || date.relative || (date.granularity !== 'month' && date.granularity !== 'day')) continue;
    if (date.first > doc.asOf) continue;
    const fits = office.holders.filter((h) => [h.start, ...(h.altStart ?? [])].some((d) => overlaps(factRange(d), date)));
    if (new Set(fits.map((h) => h.person)).size !== 1 || fits[0].acting) continue;
    const personId = fits[0].person;
    const t = tenuresOf(personId, office).find((x) => x.holder === fits[0]);
    if (!t || !isConfident(t.holder)) continue;
    // "He was named ..." of someone else the paragraph names.
    const pronoun = PRONOUN_RE.exec(text.slice(sentence.start, verbStart));
    const referent = pronoun ? paragraphReferent(doc, sentence.start + pronoun.index) : null;
    if (referent && referent !== personId) continue;
    out.push(tenureStartConfirmed(doc, personId, t, verbStart, date.end));
  }
  return out;
}
