// How long, and in which years, someone held an office: "Stoltenberg, who served as the NATO chief
// for a decade", "was prime minister of Norway in 2000-2001 and 2005-2013", "was the Prime Minister
// of the Netherlands for 14 years, from 2010 to 2024", "replacing Jens Stoltenberg after ten years
// as Secretary General of NATO", "He headed the Western military alliance for a decade".
//
// The start of a tenure is claims/tenure.ts; this reads its length and its years. Press figures
// are rounded ("close to 14 years" for 13 years and 9 months), so a duration is supported within
// its rounding words, and red-flagged only when it is wrong by more than a year beyond them, for a
// person named in full and an office named with its jurisdiction whose holder list is complete.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import type { ClaimDetector } from '../detector';
import { firstAtOrAfter, sentenceOf } from '../doc';
import { ROLE_OF_COUNTRY_RE } from '../fuzzy';
import { describeHolder, isConfident, sourcesOfAll, tenuresOf, type Tenure } from '../holders';
import { numberFrom } from '../numbers';
import { foldKey } from '../normalize';
import { pastHorizon } from '../horizon';
import { daysBetween, formatDay } from '../dates';
import { APPOSITIVE, officesNamed } from './tenure';
import { careerOff, tenureLengths } from './tenure-length';
import type { Span } from '../sentences';
import { spansOverlap } from '../sentences';
import { gated, keysGate, warmed } from '../triggers';
import { tookOfficeUnnamed } from './title-took-office';
import { titleBefore } from './title';
import { NON_LETTER_FIRST_RE } from '../letter-classes';

const YEAR = String.raw`(?:19|20)\d{2}`;
const NUMBER_WORD = String.raw`\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty`;

// The verb after the name; what follows it, up to the duration or the years, names the office.
// Or no verb: the title and its years in apposition or in brackets, "Jens Stoltenberg, NATO Secretary
// General from 2014 to 2024, said", "Mark Rutte (Prime Minister of the Netherlands, 2010-2024)", as
// profiles and captions give them. The lookahead leaves the title to be read as after a verb.
const APPOSED_SPAN = String.raw`\s*[,(]\s*(?=(?:the\s+)?[^,.;:()"\u201c\u201d]{3,80}?(?:,\s*|\s+)(?:(?:from|between|in)\s+)?(?:19|20)\d{2}\s*(?:-|\u2013|\u2014|to|and)\s*(?:(?:19|20)?\d{2})\b)`;
// Round 42: the profile's opening, "Mark Rutte is a Dutch politician who served as prime minister of the Netherlands from
// 2010 to 2024": the relative clause is the name's, as after a comma.
const DESCRIBED_WHO = String.raw`\s+(?:is|was)\s+an?\s+(?:[\w-]+\s+){0,3}(?:politician|diplomat|statesman|economist|lawyer)\s+who\s+(?:(?:has|had)\s+(?:served|been|headed|led)|served|was|headed|led)\b`;
const SPAN_VERB_RE = new RegExp(
  String.raw`^(?:${APPOSITIVE}[\s,]*(?:who\s+)?(?:(?:has|had)\s+(?:served|been|headed|led)|served|serving|was|formerly|headed|led|heading|leading|ran|chaired)\b|${APPOSED_SPAN}|${DESCRIBED_WHO})`,
  'i',
);
// "Jens Stoltenberg after ten years as Secretary General of NATO".
const AFTER_RE = new RegExp(
  String.raw`^\s*,?\s*(?=(?:after|following)\s+(?:(?:nearly|almost|more\s+than|over|some|about)\s+)?(?:${NUMBER_WORD}|a)\s+(?:years?|decades?)\s+(?:as|at\s+the\s+helm))`,
  'i',
);
// "He ...", "The veteran politician ...": the sentence's subject refers back to the one person the
// sentence before named.
const PRONOUN_RE =
  /^(?:He|She|The\s+(?:[a-z-]+\s+){0,3}(?:politician|diplomat|statesman|leader|economist|general|official))\s+(?=(?:has\s+|had\s+)?(?:served|headed|led|ran|chaired|was)\b)/;

const DURATION_RE = new RegExp(
  String.raw`\b(?:for\s+|after\s+)(?:(close\s+to|nearly|almost|just\s+under|under|about|around|roughly|some|more\s+than|over|just\s+over)\s+)?(?:(a|one|two|three)\s+(decades?)|(${NUMBER_WORD})\s+(years?))\b`,
  'i',
);
const RANGE_RE = new RegExp(String.raw`\b(${YEAR})\s*(?:-|\u2013|\u2014|to|until|till|through)\s*(${YEAR}|\d{2})\b`, 'g');
const RANGES_RE = new RegExp(
  String.raw`\b(?:(?:in|from|between)\s+)?${YEAR}\s*(?:-|\u2013|\u2014|to|until|till|through|and)\s*(?:${YEAR}|\d{2})\b(?:(?:\s*,\s*|\s+and\s+)${YEAR}\s*(?:-|\u2013|\u2014|to)\s*(?:${YEAR}|\d{2})\b)*`,
  'i',
);
const JOINED_CLAUSE_RE = /,\s+(?:as\s+well\s+as|and|but|while|then|later|before|after)\s|;|\s(?:and|but)\s+(?:then|later|subsequently)\s/i;
// Loose names of NATO's top post after "led"/"headed": the Secretary General's.
const ALLIANCE_RE =
  /^\s*(?:the\s+)?(?:NATO|(?:transatlantic\s+|western\s+military\s+|military\s+|western\s+)?alliance|north\s+atlantic\s+(?:treaty\s+organi[sz]ation|alliance))\b/i;

// "head of the defense ministry", "head of the Ministry of Foreign Affairs": a minister's office by its ministry.
const HEAD_OF_MINISTRY_RE = /\b(?:head|chief)\s+of\s+the\s+(?:([a-z]+)\s+ministry|ministry\s+of\s+(?:the\s+)?([a-z]+(?:\s+affairs)?))\b/i;

/** The tenure detector, and durations and year ranges read by it too: one detector per kind of claim. */
export function withTenureSpans(tenure: ClaimDetector): ClaimDetector {
  return {
    kind: tenure.kind,
    triggers: tenure.triggers,
    find: (doc, ctx) => {
      const spans = findSpanClaims(doc);
      // Lengths this file does not read ("who has been the head of NATO for the past ten years",
      // "departs after 16 years at the helm"); where both read one, this file's reading stands.
      const lengths = tenureLengths(doc).filter((a) => !spans.some((b) => spansOverlap(b, a)));
      const titled = [...titleYears(doc), ...nameYears(doc)].filter((a) => !spans.some((b) => spansOverlap(b, a)));
      // "the Norwegian prime minister, who took office in 2014": an office's start year told of its title alone.
      const unnamed = tookOfficeUnnamed(doc);
      return [...tenure.find(doc, ctx), ...spans, ...lengths, ...titled, ...unnamed];
    },
  };
}

interface Subject {
  personId: string;
  start: number;
  /** Where the words after the name start. */
  after: number;
  /** Named in full (or linked to a full name on the page), not by a pronoun. */
  named: boolean;
}

// A duration or a span of years: without one, no claim of this kind.
const SPAN_WORDS = gated(
  /\b(?:years?|decades?|(?:19|20)\d{2}\s*(?:-|\u2013|\u2014|to|until|till|through|and)|(?:until|till)\s+(?:19|20)\d{2})\b/i,
);

// "During his 10-year tenure", "Stoltenberg's decade-long stint as NATO chief", "her five-year term":
// a tenure's length said of its holder by a possessive.
const POSSESSED_RE =
  /\b(?:(his|her)|['\u2019]s)\s+(?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)[- ]year|(decade))(?:-long)?\s+(?:tenure|term|stint|reign|rule|premiership|presidency|chancellorship|mandate|time\s+in\s+office)\b/gi;

// Built once (speed, round 41): a literal in findSpanClaims was a new expression, parsed again, at each call.
const FIND_SPAN_CLAIMS_RE = /-year|decade-long/i;
function findSpanClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!SPAN_WORDS.test(doc.text)) return out;
  if (FIND_SPAN_CLAIMS_RE.test(doc.text)) out.push(...possessedSpans(doc));
  const seen = new Set<number>();
  for (const subject of subjects(doc)) {
    if (seen.has(subject.after)) continue;
    const a = claimAfter(doc, subject);
    if (a) {
      seen.add(subject.after);
      out.push(a);
    }
  }
  return out;
}

function* subjects(doc: Doc): Generator<Subject> {
  for (const p of doc.people) yield { personId: p.personId, start: p.start, after: p.end, named: !p.fuzzy };
  // "He headed the Western military alliance for a decade": the one person the sentence before named.
  for (let i = 1; i < doc.sentences.length; i++) {
    const s = doc.sentences[i];
    // A bullet may open the line: "• He served as NATO Secretary General from 2014 to 2024" (held-out 19 xc206).
    const lead = /^[\s\u2022\u00b7\u25aa*\u2013\u2014-]*/.exec(doc.text.slice(s.start, s.start + 8))![0].length;
    const m = PRONOUN_RE.exec(doc.text.slice(s.start + lead, s.start + lead + 60));
    if (!m) continue;
    const before = doc.sentences[i - 1];
    const named = new Set(peopleIn(doc, before).map((p) => p.personId));
    if (named.size !== 1) continue;
    yield { personId: [...named][0], start: s.start + lead, after: s.start + lead + m[0].trimEnd().length, named: false };
  }
  yield* participleSubjects(doc);
}

// "Rutte was elevated to his position leading NATO earlier this year after having served as the
// prime minister of the Netherlands between 2010 and 2024": a participle clause further on in the
// sentence, said of its subject (the person the sentence starts with, or "He"/"She" for the one
// person the sentence before named).
// Also a participle in apposition, after a comma: "But he is an experienced and qualified political leader, serving
// as Dutch prime minister from 2010 to 2024" (Eurasia Review, 2 October 2024; held-out 12, g040), said of "he" after a
// leading "But" or "And" as well.
// "Having served as Norway's prime minister from 2000-2001 and 2005-2013, as well as heading the Western military alliance
// for ten years, Stoltenberg played a key role" (Reuters, February 2025; held-out 19 xc204): clauses that open the
// sentence are said of the first name after them, set off by a comma, with no other name between.
const HAVING_SERVED_KEYS = ['having served as ', ', serving as ', ', as well as heading ', ', as well as leading '];
const HAVING_SERVED_GATE = keysGate(HAVING_SERVED_KEYS);
const SENTENCE_SUBJECT_RE = /^\s*["\u201c]?(?:(?:But|And|Yet)\s+(?=(?:he|she)\b))?(?:(He|She|he|she)\b)?/;

// The sentence opens on a participle ("Having served as ...") and its clauses end with a comma before the name.
const OPENING_CLAUSES_RE =
  /^[\s"\u201c\u2022\u00b7\u25aa*\u2013\u2014-]*Having\s+(?:served|led|headed)\s[^.;:!?()"\u201c\u201d]{3,240},\s*(?:(?:the\s+)?(?:former|then|veteran|ex-)[\s-]+)?$/;

function* participleSubjects(doc: Doc): Generator<Subject> {
  for (const key of HAVING_SERVED_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const sentence = sentenceOf(doc, i);
      const lead = SENTENCE_SUBJECT_RE.exec(doc.text.slice(sentence.start, sentence.start + 8))!;
      const clauseStart = /\bafter\s+$/i.test(doc.text.slice(i - 6, i)) ? i - 6 : key.startsWith(', as') ? i + 2 : i;
      // The span's reader takes the verb, "served", on.
      const served = i + key.search(/serv|head|lead/);
      let personId: string | undefined;
      let named = false;
      if (lead[1]) {
        const k = doc.sentences.indexOf(sentence);
        const ids = new Set(k > 0 ? peopleIn(doc, doc.sentences[k - 1]).map((p) => p.personId) : []);
        if (ids.size === 1) personId = [...ids][0];
      } else {
        const first = doc.people[firstAtOrAfter(doc.people, sentence.start)];
        if (first && first.start === sentence.start + lead[0].length && first.end < i && !first.fuzzy) {
          personId = first.personId;
          named = first.full || !!first.namedInFull;
        } else if (first && !first.fuzzy && first.start > i && OPENING_CLAUSES_RE.test(doc.text.slice(sentence.start, first.start))) {
          // The clauses open the sentence and the first name after them is its subject.
          personId = first.personId;
          named = first.full || !!first.namedInFull;
          yield { personId, start: clauseStart, after: served, named };
          continue;
        }
      }
      // Another person between the subject and the clause may be the one it is said of.
      if (!personId || doc.people.some((q) => q.start > sentence.start + lead[0].length && q.end <= i && q.personId !== personId)) continue;
      yield { personId, start: clauseStart, after: served, named };
    }
  }
}

function peopleIn(doc: Doc, span: Span): PersonMention[] {
  const out: PersonMention[] = [];
  for (let i = firstAtOrAfter(doc.people, span.start); i < doc.people.length && doc.people[i].end <= span.end; i++) out.push(doc.people[i]);
  return out;
}

function claimAfter(doc: Doc, subject: Subject): Annotation | null {
  const sentence = sentenceOf(doc, subject.after);
  const tail = doc.text.slice(subject.after, Math.min(sentence.end, subject.after + 200));
  const verb = warmed(SPAN_VERB_RE, tail).exec(tail) ?? warmed(AFTER_RE, tail).exec(tail);
  if (!verb) return null;
  const from = subject.after + verb[0].length;
  // The claim's clause: up to a break that starts another ("..., the longest-serving Dutch leader").
  // A second clause joined on ("..., as well as leading the alliance for one year", "..., and then led NATO for a decade")
  // tells of another office: its duration is not this one's.
  const whole = doc.text.slice(from, Math.min(sentence.end, from + 140));
  const joined = JOINED_CLAUSE_RE.exec(whole);
  const rest = joined ? whole.slice(0, joined.index) : whole;
  const duration = DURATION_RE.exec(rest);
  const ranges = RANGES_RE.exec(rest);
  if (!duration && !ranges) return untilClaim(doc, subject, verb[0], from, rest);
  const firstMark = Math.min(duration?.index ?? Infinity, ranges?.index ?? Infinity);
  // "after ten years as Secretary General of NATO": the office comes after the duration.
  const after = !SPAN_VERB_RE.test(tail) && duration ? from + duration.index + duration[0].length : null;
  const titleStart = after ?? from;
  const titleEnd =
    after !== null ? after + (/^[^,;.()]{0,60}/.exec(doc.text.slice(after, sentence.end))?.[0].length ?? 0) : from + firstMark;
  // Another name between the verb and the figure: the figure may be about someone else.
  if (doc.people.some((q) => q.start >= titleStart && q.start < titleEnd)) return null;
  const titleText = doc.text.slice(titleStart, titleEnd);
  // Only the title may stand between the verb and the figure: "was elected in 2010" or "was
  // born in 1959" name no office and are skipped by officesNamed finding none.
  let offices = officesNamed(doc, titleStart, titleEnd);
  let loose = offices.length === 0 || !jurisdictionNamed(doc, titleStart, titleEnd, offices);
  if (
    !offices.length &&
    /^(?:\s*,?\s*(?:who\s+)?(?:has\s+|had\s+)?(?:headed|led|ran|heading|leading))/i.test(
      verb[0].replace(new RegExp(`^${APPOSITIVE}`, 'i'), ''),
    ) &&
    ALLIANCE_RE.test(titleText)
  ) {
    const sg = doc.facts.offices.get('nato-secretary-general');
    if (sg) offices = [sg];
    loose = true;
  }
  // "has been in the position of head of the defense ministry for one year": the ministry's minister.
  if (!offices.length && HEAD_OF_MINISTRY_RE.test(titleText)) {
    const [, body, of] = HEAD_OF_MINISTRY_RE.exec(titleText)!;
    const role = foldKey(body ? `${body} minister` : `minister of ${of}`);
    offices = (doc.lexicon.roles.get(role) ?? []).filter((x) => !x.loose).map((x) => x.office);
    loose = true;
  }
  if (!offices.length || titleText.length > 80) return null;
  const tenures = offices.flatMap((o) => tenuresOf(subject.personId, o));
  // Never held it: whether the title is right is the title detector's question, not this one's.
  if (!tenures.length) return null;
  const claimEnd = Math.max(
    after !== null ? titleEnd : 0,
    from + Math.max(duration ? duration.index + duration[0].length : 0, ranges ? ranges.index + ranges[0].length : 0),
  );
  const yearRanges = ranges ? readRanges(ranges[0]) : [];
  const matched = yearRanges.map((r) => tenures.find((t) => yearOf(t.holder.start) === r[0] && endYear(doc, t) === r[1]));
  const person = doc.facts.people.get(subject.personId);
  // "NATO Secretary General Mark Rutte, formerly Premier of the Netherlands for a decade": the claim is the apposition's,
  // the name keeps the title before it (a title of the page's day, judged on its own).
  const formerly = /\bformerly\b/i.exec(verb[0]);
  const claimStart = formerly ? subject.after + formerly.index : subject.start;
  const told = (verdict: Annotation['verdict'], message: string, ts: Tenure[]): Annotation => ({
    start: claimStart,
    end: claimEnd,
    quote: doc.text.slice(claimStart, claimEnd),
    verdict,
    kind: 'tenure',
    factIds: [...new Set([...ts.map((t) => t.office.id), subject.personId])],
    message,
    fact: ts.map((t) => describeHolder(person, t)).join('; '),
    sources: sourcesOfAll(ts.map((t) => t.holder)),
  });
  const name = person?.name ?? subject.personId;
  // The office's tenures the sentence speaks of: those its years name, else all of them.
  const spoken = yearRanges.length && matched.every(Boolean) ? (matched as Tenure[]) : tenures;
  const office = spoken[0].office.name;
  const verified = spoken.every((t) => t.holder.confidence === 'verified');
  // Strict: a red flag needs the person named, one office named with its jurisdiction, every
  // tenure verified with whole dates, and the office's holder list complete for the years.
  const strict =
    subject.named &&
    !loose &&
    offices.length === 1 &&
    tenures.every((t) => isConfident(t.holder) && t.holder.start.length === 10 && (!t.holder.end || t.holder.end.length === 10)) &&
    !pastHorizon(doc.facts, doc.asOf, { office: offices[0].id }) &&
    tenures.every((t) => t.holder.start >= offices[0].coveredFrom);

  if (yearRanges.length) {
    if (matched.every(Boolean)) {
      const says = spoken.map((t) => `${yearOf(t.holder.start)}–${t.holder.end ? yearOf(t.holder.end) : 'now'}`).join(' and ');
      const durationOk = !duration || durationFits(readDuration(duration), spoken, doc.asOf) !== 'wrong';
      if (durationOk) return told(verified ? 'supported' : 'context', `${name} was ${office} ${says}.`, spoken);
    } else {
      const wrong = yearRanges.some((r) => !tenures.some((t) => yearsFit(doc, t, r[0], r[1])));
      const real = tenures.map((t) => `${yearOf(t.holder.start)}–${t.holder.end ? yearOf(t.holder.end) : 'now'}`).join(' and ');
      return told(
        (strict || (!subject.named && fitsNoHolder(doc, offices, loose, tenures, yearRanges))) && wrong ? 'contradicted' : 'context',
        `${name} was ${office} ${real}, not ${ranges![0].replace(/^(in|from|between)\s+/i, '')}.`,
        tenures,
      );
    }
  }
  if (!duration) return null;
  const claimed = readDuration(duration);
  const fit = durationFits(claimed, spoken, doc.asOf);
  const years = totalYears(spoken, doc.asOf);
  const real = `${name} was ${office} for ${years.toFixed(1)} years (${spoken.map((t) => describeHolder(undefined, t).replace(/^[^:]*: [^,]*, /, '')).join('; ')}).`;
  if (fit === 'fits') return told(verified ? 'supported' : 'context', real, spoken);
  // Wrong beyond rounding by more than a year, for someone whose tenure has ended (an ongoing one
  // grows while the page is read).
  const ended = spoken.every((t) => t.holder.end && t.holder.end <= doc.asOf);
  // Round 39 (errors by volume): a running tenure told as longer than it has lasted, by more than a year beyond rounding
  // ("Petro Poroshenko, who has been president of Ukraine for a decade", April 2019: 4.9 years), is as wrong as an ended
  // one; shorter may count from a new term ("president for six years" of Putin in 2024), so it stays context. Only one
  // tenure of the office, and the person's time in office across offices without a year's break off too (Erdogan,
  // "president for two decades" in 2023, prime minister before).
  const outgrown =
    !ended &&
    spoken.length === 1 &&
    years < claimed.years - 2 &&
    careerOff(doc, subject.personId, spoken[0].from, doc.asOf, (y) => y < claimed.years - 2);
  return told(strict && fit === 'wrong' && (ended || outgrown) && claimed.plain ? 'contradicted' : 'context', real, spoken);
}

/**
 * Round 42 (held-out 40 sw001, a profile of October 2024): "He served as Prime Minister of the Netherlands for 14 years, from
 * 2010 to 2023" (Rutte, 2010 to July 2024). "He" is a reading of who is meant, so a span told of a pronoun is only context;
 * but years in which no one on record held the office named with its country ("from 2010 to 2023": Rutte until 2024,
 * Balkenende until 2010) are wrong whoever is meant. The office's record complete and sure from before the years told,
 * every tenure of the one the pronoun reads as verified with whole dates (a weakly sourced predecessor's dates still
 * say no one else's term fits); a duration alone stays context.
 */
function fitsNoHolder(
  doc: Doc,
  offices: readonly Office[],
  loose: boolean,
  tenures: readonly Tenure[],
  yearRanges: ReadonlyArray<[number, number]>,
): boolean {
  if (loose || offices.length !== 1 || !doc.dateCertain) return false;
  const office = offices[0];
  if (pastHorizon(doc.facts, doc.asOf, { office: office.id })) return false;
  if (
    !tenures.every(
      (t) => t.holder.confidence === 'verified' && t.holder.start.length === 10 && (!t.holder.end || t.holder.end.length === 10),
    )
  )
    return false;
  if (yearRanges.some((r) => office.coveredFrom > `${r[0]}-01-01` || r[1] > Number(doc.asOf.slice(0, 4)))) return false;
  const people = [...new Set(office.holders.map((h) => h.person))];
  return yearRanges.some((r) => !people.some((id) => runsFit(doc, tenuresOf(id, office), r[0], r[1])));
}

/**
 * Whether one person's run in the office, records that follow on within days counted as one (an acting term, then the
 * full one; a record split where its sources change), starts in the first year told and ends in the last.
 */
function runsFit(doc: Doc, tenures: readonly Tenure[], first: number, last: number): boolean {
  const sorted = [...tenures].sort((a, b) => (a.from < b.from ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    if (!yearFitsDay(sorted[i].holder.start, first)) continue;
    for (let j = i; j < sorted.length; j++) {
      if (j > i && (!sorted[j - 1].until || daysBetween(sorted[j - 1].until!, sorted[j].from) > RUN_GAP_DAYS)) break;
      const ends = [sorted[j].holder.end ?? doc.asOf, ...(sorted[j].holder.altEnd ?? [])];
      if (ends.some((d) => yearFitsDay(d, last))) return true;
    }
  }
  return false;
}
const RUN_GAP_DAYS = 2;

export function jurisdictionNamed(doc: Doc, start: number, end: number, offices: readonly Office[]): boolean {
  // A fixed title ("NATO chief") names its jurisdiction; a role needs a qualifier ("of the Netherlands").
  return doc.matches.some(
    (m) =>
      m.start >= start &&
      m.end <= end &&
      m.values.some((v) => v.type === 'fixed' || (v.type === 'qualifier' && offices.some((o) => o.jurisdiction === v.jurisdiction))),
  );
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The last year in office: the year of the end, or the article's while in office. */
function endYear(doc: Doc, t: Tenure): number {
  return t.holder.end ? yearOf(t.holder.end) : yearOf(doc.asOf);
}

// Round 40: "Prime Minister of the Netherlands (in office from 2010 to 2023)" (held-out 38 ry003) and "Rutte served four
// consecutive terms as Dutch PM from 2010 to 2023" (rw003): he resigned in July 2023 but stayed in office until 2 July
// 2024, half a year into the next year. A year one off the record's is loose only for a day near the turn of the year
// ("Biden (2020-2024)": elected in November 2020, in office from 20 January 2021 to 20 January 2025); further from it,
// the year is wrong. An earlier end the sources give (altEnd: a resignation) is a year told too.
const YEAR_TURN_DAYS = 62;
function yearFitsDay(day: string, year: number): boolean {
  const y = yearOf(day);
  if (y === year) return true;
  if (y === year + 1) return daysBetween(`${year}-12-31`, day) <= YEAR_TURN_DAYS;
  if (y === year - 1) return daysBetween(day, `${year}-01-01`) <= YEAR_TURN_DAYS;
  return false;
}

/** The years told fit the tenure: its start's, and its end's (an earlier end the sources give, or the page's day if open). */
function yearsFit(doc: Doc, t: Tenure, first: number, last: number): boolean {
  if (!yearFitsDay(t.holder.start, first)) return false;
  const ends = [t.holder.end ?? doc.asOf, ...(t.holder.altEnd ?? [])];
  return ends.some((d) => yearFitsDay(d, last));
}

function readRanges(written: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(written); m; m = RANGE_RE.exec(written)) {
    const first = Number(m[1]);
    // "2005-13": the century of the first year.
    const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (last >= first) out.push([first, last]);
  }
  // "between 2010 and 2024" reads as one range.
  const between = /between\s+((?:19|20)\d{2})\s+and\s+((?:19|20)\d{2})/i.exec(written);
  if (!out.length && between) out.push([Number(between[1]), Number(between[2])]);
  return out;
}

interface Duration {
  years: number;
  /** Below, above or about the figure, or the figure itself ("for 14 years"). */
  bound: 'below' | 'above' | 'about' | 'exact';
  /** No rounding words at all: the only form a red flag may rest on. */
  plain: boolean;
}

function readDuration(m: RegExpExecArray): Duration {
  const qualifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const decades = m[3] ? (m[2].toLowerCase() === 'a' ? 1 : numberFrom(m[2])) : 0;
  const years = m[3] ? decades * 10 : m[4].toLowerCase() === 'a' ? 1 : numberFrom(m[4]);
  const bound = /close to|nearly|almost|under/.test(qualifier)
    ? 'below'
    : /more than|over/.test(qualifier)
      ? 'above'
      : qualifier
        ? 'about'
        : 'exact';
  return { years, bound, plain: !qualifier };
}

const YEAR_DAYS = 365.25;

function totalYears(ts: readonly Tenure[], asOf: string): number {
  let days = 0;
  // As of the date: a tenure that ends after it has lasted only until it.
  for (const t of ts) {
    const end = t.holder.end && t.holder.end < asOf ? t.holder.end : asOf;
    days += Math.max(0, Date.parse(end) - Date.parse(t.holder.start)) / 86_400_000;
  }
  return days / YEAR_DAYS;
}

/**
 * 'fits' within the rounding the words allow; 'wrong' when off by more than a year beyond it;
 * 'unsure' in between. Either all the tenures together or one of them may be meant.
 */
function durationFits(d: Duration, ts: readonly Tenure[], asOf: string): 'fits' | 'wrong' | 'unsure' {
  const candidates = [totalYears(ts, asOf), ...(ts.length > 1 ? ts.map((t) => totalYears([t], asOf)) : [])];
  const verdicts = candidates.map((y) => {
    const [low, high] =
      d.bound === 'below'
        ? [d.years - 1.5, d.years + 0.1]
        : d.bound === 'above'
          ? [d.years - 0.1, Infinity]
          : d.bound === 'about'
            ? [d.years - 1.5, d.years + 1.5]
            : [d.years - 1, d.years + 1];
    if (y >= low && y < high) return 'fits';
    return y < low - 1 || y >= high + 1 ? 'wrong' : 'unsure';
  });
  return verdicts.includes('fits') ? 'fits' : verdicts.every((v) => v === 'wrong') ? 'wrong' : 'unsure';
}

/**
 * "During his 10-year tenure, he oversaw ...": the length of a tenure of the person the possessive
 * is about. "X's" is the name right before it; "his" or "her" the one person named before it in
 * the sentence, or, with none there, in the sentence before. Which office is not said, so the claim
 * is supported when one of the person's tenures (or all of one office's together) has about that
 * length, and never flagged: the office meant may be one the fact base does not hold, and a "term"
 * may be its legal length rather than the time served.
 */
function possessedSpans(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of doc.text.matchAll(POSSESSED_RE)) {
    const sentenceIndex = doc.sentences.findIndex((x) => x.start <= m.index && m.index < x.end);
    if (sentenceIndex < 0) continue;
    const sentence = doc.sentences[sentenceIndex];
    let personId: string | undefined;
    let start = m.index;
    if (!m[1]) {
      const owner = doc.people.find((p) => p.end === m.index && !p.fuzzy);
      personId = owner?.personId;
      start = owner?.start ?? start;
    } else {
      const before = new Set(peopleIn(doc, { start: sentence.start, end: m.index }).map((p) => p.personId));
      const earlier =
        sentenceIndex > 0 ? new Set(peopleIn(doc, doc.sentences[sentenceIndex - 1]).map((p) => p.personId)) : new Set<string>();
      const named = before.size ? before : earlier;
      if (named.size === 1) personId = [...named][0];
    }
    if (!personId) continue;
    // "Stoltenberg's 12-year tenure as NATO Secretary General": with the office named, tenure-length.ts judges it.
    const as = /^\s+as\s+[^,.;:()]{3,50}/.exec(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    if (as && officesNamed(doc, m.index + m[0].length, m.index + m[0].length + as[0].length).length) continue;
    const years = m[3] ? 10 : numberFrom(m[2]);
    if (!Number.isFinite(years)) continue;
    const claimed: Duration = { years, bound: 'exact', plain: true };
    const offices = doc.facts.officesByPerson.get(personId) ?? [];
    const fitting = offices
      .map((o) => tenuresOf(personId, o).filter((t) => t.from <= doc.asOf))
      .find((ts) => ts.length && durationFits(claimed, ts, doc.asOf) === 'fits');
    if (!fitting) continue;
    const person = doc.facts.people.get(personId);
    const end = m.index + m[0].length;
    const spoken = fitting.length > 1 ? fitting.filter((t) => durationFits(claimed, [t], doc.asOf) === 'fits') : fitting;
    const ts = spoken.length ? spoken : fitting;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: ts.every((t) => t.holder.confidence === 'verified') ? 'supported' : 'context',
      kind: 'tenure',
      factIds: [ts[0].office.id, personId],
      message: `${person?.name ?? personId} was ${ts[0].office.name} for ${totalYears(ts, doc.asOf).toFixed(1)} years.`,
      fact: ts.map((t) => describeHolder(person, t)).join('; '),
      sources: sourcesOfAll(ts.map((t) => t.holder)),
    });
  }
  return out;
}

// "Former NATO Secretary General (2014-2024) who led alliance expansion during Ukraine war" (a profile
// page of 19 July 2025 headed "Jens Stoltenberg"), "Prime Minister of Norway (2005–2013)": a title
// with its years in brackets and no name beside it, said of the person the page is about.
// Round 40: "As the longest-serving Prime Minister of the Netherlands (in office from 2010 to 2023), he is known for his
// pragmatic style" (held-out 38 ry003, October 2024: Rutte held office until 2 July 2024): the years in words too, "in
// office", "served", "from ... to", "between ... and".
const TITLE_YEARS_RE =
  /^[ \t]*\([ \t]*(?:(?:in[ \t]+office|served|serving)[ \t]*[:,]?[ \t]*)?(?:(?:from|between)[ \t]+)?((?:19|20)\d{2})[ \t]*(?:[-\u2013\u2014]|to|until|and)[ \t]*((?:19|20)\d{2}|\d{2})[ \t]*\)/i;
const FORMER_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(?:former|ex-)[ \t]+$`, 'iu');

// Round 40: "Former German chancellor Olaf Scholz (2021-2024)" (the class of held-out 38 ry003): the years in brackets
// right after a name with a title before it are that title's. A person's life is told the same way ("former chancellor
// Helmut Kohl (1930-2017)"), so a red flag needs one year to be the tenure's own and only the other wrong.
const NAME_YEARS_RE = /^[ \t]*\([ \t]*((?:19|20)\d{2})[ \t]*[-\u2013\u2014][ \t]*((?:19|20)\d{2}|\d{2})[ \t]*\)/;

function nameYears(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    // A cheap look first, with no string made: a bracket right after the name.
    if (person.fuzzy || !person.full) continue;
    const c = doc.text.charCodeAt(person.end) === 32 ? doc.text.charCodeAt(person.end + 1) : doc.text.charCodeAt(person.end);
    if (c !== 40) continue;
    const years = NAME_YEARS_RE.exec(doc.text.slice(person.end, person.end + 16));
    if (!years) continue;
    const claim = titleBefore(doc, person);
    if (!claim || claim.start >= person.start || !claim.explicit) continue;
    const offices = [...new Set(claim.senses.filter((x) => !x.loose).map((x) => x.office))].filter(
      (o) => tenuresOf(person.personId, o).length > 0,
    );
    if (offices.length !== 1) continue;
    const office = offices[0];
    const first = Number(years[1]);
    const last = years[2].length === 2 ? Math.floor(first / 100) * 100 + Number(years[2]) : Number(years[2]);
    if (last < first) continue;
    const tenures = tenuresOf(person.personId, office);
    const who = doc.facts.people.get(person.personId);
    const name = who?.name ?? person.personId;
    const end = person.end + years[0].length;
    const open = doc.text.indexOf('(', person.end);
    const fits = tenures.filter((t) => yearsFit(doc, t, first, last));
    const real = tenures.map((t) => `${yearOf(t.holder.start)}–${t.holder.end ? yearOf(t.holder.end) : 'now'}`).join(' and ');
    if (fits.length) {
      const t = fits[0];
      out.push({
        start: open,
        end,
        quote: doc.text.slice(open, end),
        kind: 'tenure',
        verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
        factIds: [office.id, person.personId],
        message: `${name} was ${office.name} ${real}.`,
        fact: describeHolder(who, t),
        sources: sourcesOfAll([t.holder]),
      });
      continue;
    }
    // One year the tenure's own, the other wrong: the start ("(2021-2024)" of a chancellor from 2021 to 2025), or the end
    // with a start near the tenure's (a life's years end with the tenure of one who died in office: "(1926-2022)").
    const half = tenures.find(
      (t) =>
        yearOf(t.holder.start) === first ||
        ((t.holder.end ? yearOf(t.holder.end) : yearOf(doc.asOf)) === last && Math.abs(yearOf(t.holder.start) - first) <= 2),
    );
    const strict =
      half &&
      doc.dateCertain &&
      tenures.every((t) => isConfident(t.holder) && t.holder.start.length === 10 && (!t.holder.end || t.holder.end.length === 10)) &&
      tenures.every((t) => t.holder.start >= office.coveredFrom) &&
      !pastHorizon(doc.facts, doc.asOf, { office: office.id });
    if (!strict) continue;
    out.push({
      start: open,
      end,
      quote: doc.text.slice(open, end),
      kind: 'tenure',
      verdict: 'contradicted',
      factIds: [office.id, person.personId],
      message: `${name} was ${office.name} ${real}, not ${first}–${last}.`,
      fact: describeHolder(who, half),
      sources: sourcesOfAll([half.holder]),
    });
  }
  return out;
}

/**
 * Supported when exactly one holder of the office the title names held it in those years and the
 * page names them before the words. Contradicted when no holder did, the page names before the words
 * exactly one person who ever held the office (in full), the years are more than a year off theirs,
 * the office is one named with its jurisdiction, every record of theirs is verified with whole dates
 * and the page's date is certain.
 */
function titleYears(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  doc.matches.forEach((m, i) => {
    // A cheap look first: a bracket right after the title's words.
    const next = doc.text.indexOf('(', m.end);
    if (next < 0 || next - m.end > 2) return;
    // "Prime Minister of the Netherlands (in office from 2010 to 2023)": the role before "of" and the country.
    let r = i;
    if (!m.values.some((v) => v.type === 'role' || v.type === 'fixed')) {
      const role = doc.matches[i - 1];
      if (!role || !m.values.some((v) => v.type === 'qualifier') || !role.values.some((v) => v.type === 'role')) return;
      if (!ROLE_OF_COUNTRY_RE.test(doc.text.slice(role.end, m.start))) return;
      r = i - 1;
    }
    const years = TITLE_YEARS_RE.exec(doc.text.slice(m.end, m.end + 44));
    if (!years) return;
    const first = Number(years[1]);
    const last = years[2].length === 2 ? Math.floor(first / 100) * 100 + Number(years[2]) : Number(years[2]);
    if (last < first) return;
    // The qualifier before the role ("NATO", "Dutch"), and "former" before that.
    const roleMatch = doc.matches[r];
    const q = doc.matches[r - 1];
    let start =
      q && q.values.some((v) => v.type === 'qualifier') && /^[ \t]+$/.test(doc.text.slice(q.end, roleMatch.start))
        ? q.start
        : roleMatch.start;
    const former = FORMER_BEFORE_RE.exec(doc.text.slice(Math.max(0, start - 10), start));
    if (former) start -= former[0].length - (NON_LETTER_FIRST_RE.test(former[0]) ? 1 : 0);
    const end = m.end + years[0].length;
    // A name right after the title is another form's. One right before, after a comma ("Jens Stoltenberg, NATO Secretary
    // General (2014–2024)"), is the one the years are told of.
    if (doc.people.some((p) => p.start >= end && p.start - end < 3)) return;
    const beside = doc.people.find((p) => p.end <= start && /^[ \t]*,[ \t]*(?:the[ \t]+)?$/i.test(doc.text.slice(p.end, start)));
    if (!beside && doc.people.some((p) => p.end <= start && /^[ \t,]*$/.test(doc.text.slice(p.end, start)))) return;
    if (beside?.fuzzy) return;
    const titleStart = start;
    if (beside) start = beside.start;
    const offices = officesNamed(doc, titleStart, m.end);
    if (!offices.length) return;
    const fitting = offices.flatMap((o) =>
      o.holders
        .filter((h) => yearOf(h.start) === first && (h.end ? yearOf(h.end) : yearOf(doc.asOf)) === last)
        .map((h) => tenuresOf(h.person, o).find((t) => t.holder === h)!),
    );
    const named = new Set(beside ? [beside.personId] : doc.people.filter((p) => !p.fuzzy && p.end <= start).map((p) => p.personId));
    const base = (t: Tenure, personId: string) => {
      const person = doc.facts.people.get(personId);
      return {
        start,
        end,
        quote: doc.text.slice(start, end),
        kind: 'tenure' as const,
        factIds: [t.office.id, personId],
        fact: describeHolder(person, t),
        sources: sourcesOfAll([t.holder]),
        name: person?.name ?? personId,
      };
    };
    const spoken = [...new Set(fitting.map((t) => t.holder.person))];
    if (spoken.length === 1 && named.has(spoken[0])) {
      const t = fitting[0];
      const { name, ...rest } = base(t, spoken[0]);
      out.push({
        ...rest,
        verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
        message: `${name} was ${t.office.name} ${yearOf(t.holder.start)}–${t.holder.end ? yearOf(t.holder.end) : 'now'}${beside ? '.' : '; the title names no one and is read as said of them.'}`,
      });
      return;
    }
    if (fitting.length || offices.length !== 1) return;
    const office = offices[0];
    const holders = [...named].filter((id) => tenuresOf(id, office).length);
    if (holders.length !== 1) return;
    const personId = holders[0];
    const tenures = tenuresOf(personId, office);
    const wrong = !tenures.some((t) => yearsFit(doc, t, first, last));
    // Another holder's years, a year off at either end, may be the ones meant.
    const near = (d: string, y: number) => Math.abs(yearOf(d) - y) <= 1;
    if (office.holders.some((h) => h.person !== personId && near(h.start, first) && near(h.end ?? doc.asOf, last))) return;
    const strict =
      wrong &&
      doc.dateCertain &&
      doc.people.some((p) => p.personId === personId && p.full && !p.fuzzy) &&
      jurisdictionNamed(doc, titleStart, m.end, offices) &&
      tenures.every((t) => isConfident(t.holder) && t.holder.start.length === 10 && (!t.holder.end || t.holder.end.length === 10)) &&
      tenures.every((t) => t.holder.start >= office.coveredFrom) &&
      !pastHorizon(doc.facts, doc.asOf, { office: office.id });
    if (!strict) return;
    const { name, ...rest } = base(tenures[0], personId);
    const real = tenures.map((t) => `${yearOf(t.holder.start)}–${t.holder.end ? yearOf(t.holder.end) : 'now'}`).join(' and ');
    // The red flag on the years in brackets, the words that are wrong: "the longest-serving Prime Minister of the
    // Netherlands (in office from 2010 to 2023)" (ry003) keeps its true title unflagged.
    const open = doc.text.indexOf('(', m.end);
    out.push({
      ...rest,
      start: open,
      quote: doc.text.slice(open, end),
      verdict: 'contradicted',
      message: `${name} was ${office.name} ${real}, not ${first}–${last}.`,
    });
  });
  return out;
}

// "Stoltenberg served as prime minister of Norway until 2013", "was NATO Secretary General until 2024": the
// year a tenure ended, with no start. Read only after a past verb ("served", "was"), never "has been".
const UNTIL_RE = new RegExp(String.raw`\s(?:until|till)\s+(?:(?:the\s+end\s+of|late|early|mid-?)\s+)?(${YEAR})\b`, 'i');
const PAST_VERB_RE = /(?:^|\s)(?:served|was|headed|led|ran|chaired)$/i;
const UNTIL_TITLE_NOT_RE = /\b[a-z]+(?:ed|ing)\b|\b(?:to|due|set|supposed|originally|initially|mandate|term|scheduled|also|still)\b/;
const EXTENDED_RE = /\b(?:extend\w*|extension|prolong\w*|renew\w*|re-?elect\w*|re-?appoint\w*|originally|initially|expected|planned)\b/i;

/**
 * The end year of a tenure: supported when one of the person's tenures of the office ended that year (or
 * on the first days of the next: "until 2013" for a handover on 16 October 2013 is the year itself).
 * Contradicted when strict (as claimAfter's red flags), every tenure of theirs in the office ended
 * before the page's date, and none ended within a year of the one told.
 */
function untilClaim(doc: Doc, subject: Subject, verb: string, from: number, rest: string): Annotation | null {
  if (!PAST_VERB_RE.test(verb.trimEnd())) return null;
  const m = UNTIL_RE.exec(rest);
  if (!m) return null;
  const titleEnd = from + m.index;
  if (doc.people.some((q) => q.start >= from && q.start < titleEnd)) return null;
  // Only the title between the verb and "until": "was expected to serve as NATO chief until 2018" tells of a plan.
  if (UNTIL_TITLE_NOT_RE.test(doc.text.slice(from, titleEnd).replace(/^\s*as\s/i, ' '))) return null;
  const offices = officesNamed(doc, from, titleEnd);
  if (offices.length !== 1 || titleEnd - from > 80) return null;
  const tenures = tenuresOf(subject.personId, offices[0]);
  if (!tenures.length) return null;
  const told = Number(m[1]);
  const end = titleEnd + m[0].length;
  const person = doc.facts.people.get(subject.personId);
  const name = person?.name ?? subject.personId;
  const base = (verdict: Annotation['verdict'], message: string, ts: readonly Tenure[]): Annotation => ({
    start: subject.start,
    end,
    quote: doc.text.slice(subject.start, end),
    verdict,
    kind: 'tenure',
    factIds: [offices[0].id, subject.personId],
    message,
    fact: ts.map((t) => describeHolder(person, t)).join('; '),
    sources: sourcesOfAll(ts.map((t) => t.holder)),
  });
  const fit = tenures.find((t) => t.holder.end && yearOf(t.holder.end) === told);
  if (fit)
    return base(
      fit.holder.confidence === 'verified' ? 'supported' : 'context',
      `${name} was ${offices[0].name} until ${formatDay(fit.holder.end!)}.`,
      [fit],
    );
  // A mandate extended or renewed: the year told may be an end planned before it.
  const sentence = sentenceOf(doc, from);
  const strict =
    subject.named &&
    !EXTENDED_RE.test(doc.text.slice(sentence.start, sentence.end)) &&
    jurisdictionNamed(doc, from, titleEnd, offices) &&
    tenures.every((t) => isConfident(t.holder) && t.holder.end && t.holder.end.length === 10 && t.holder.end <= doc.asOf) &&
    told <= yearOf(doc.asOf) &&
    !pastHorizon(doc.facts, doc.asOf, { office: offices[0].id }) &&
    tenures.every((t) => t.holder.start >= offices[0].coveredFrom && Math.abs(yearOf(t.holder.end!) - told) > 1);
  if (!strict) return null;
  const real = tenures.map((t) => `until ${formatEnd(t)}`).join(' and ');
  return base('contradicted', `${name} was ${offices[0].name} ${real}, not until ${told}.`, tenures);
}

const formatEnd = (t: Tenure) => formatDay(t.holder.end!);
