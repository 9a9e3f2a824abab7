// A holder's place in an office's numbering: "has served as NATO's 13th Secretary General", "was
// sworn in as the sixth president of Ukraine", "is the twenty-first Supreme Allied Commander
// Europe (SACEUR)". Only offices whose numbering the fact base records (Holder.ordinal) are read.
//
// Supported when the person's tenure of the office carries that number. Contradicted only when the
// number stands right before the office's words, the sentence links it to a person named in full
// who held that office under another number, the office is the only one the words can name, and
// the record is verified: a number is fixed in the past, so the horizon does not apply.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import type { ClaimDetector } from '../detector';
import { firstAtOrAfter, sentenceOf } from '../doc';
import { describeHolder, describeTenure, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { daysBetween, formatDay } from '../dates';
import { APPOSITIVE } from './tenure';
import { numberFrom, ordinalText } from '../numbers';
import { firstWomanClaims } from './tenure-first-woman';
import { nationalityOrdinals } from './tenure-nationality-ordinal';
import { listedYears } from './tenure-listed-years';
import { warmed } from '../triggers';
import { UPPER_FIRST_RE } from '../letter-classes';

const TEENS = 'thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth';
const ORDINAL_WORD = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|${TEENS}|twentieth|thirtieth|fortieth`;
const ORDINAL_RE = new RegExp(
  String.raw`\b(\d{1,2}(?:st|nd|rd|th)|(?:twenty|thirty|forty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${ORDINAL_WORD})\s+(?:and\s+(?:current|present|incumbent|sitting)\s+)?`,
  'gi',
);
// Between the person and the number: a linking verb or "as" ("has served as NATO's", "is the", "will be
// inaugurated as the 46th U.S. president"). Any country's possessive ("became Germany's ninth chancellor", "Finland's
// 13th president", round 27): numberedOffices keeps only the offices of the country it names.
// The day told between "sworn in" and "as": "was sworn in Monday as the sixth president of Ukraine".
const SWORN_WHEN = String.raw`(?:on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday)`;
const LINK_RE = new RegExp(
  String.raw`^${APPOSITIVE}[\s,]*(?:who\s+)?(?:(?:is|was|became|has\s+become|will\s+become|has\s+served\s+as|had\s+served\s+as|served\s+as|serves\s+as|formally|officially|was\s+sworn\s+in(?:\s+${SWORN_WHEN})?\s+as|sworn\s+in(?:\s+${SWORN_WHEN})?\s+as|was\s+inaugurated\s+as|will\s+be\s+(?:sworn\s+in|inaugurated)\s+as|took\s+office\s+as|took\s+the\s+oath(?:\s+of\s+office)?\s+as|(?:was\s+)?(?:elected|inaugurated)\s+as|(?:assumed|took)\s+command(?:\s+[^,;]{0,70}?)?\s+as|(?:will\s+)?(?:step(?:s|ped|ping)?\s+down|take(?:s|n)?\s+over|took\s+over)\s+as|as|subsequently|later)\s+)+(?:the\s+|(?:NATO|the\s+alliance|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+)?$|^\s*,\s*(?:the\s+|(?:NATO|the\s+alliance|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)['\u2019]s\s+)$`,
  'i',
);
// An encyclopedia's opening line: "Joseph Robinette Biden Jr. is an American politician who is the 46th and current
// president of the United States", "... is a Ukrainian politician, actor and comedian who is the 6th and current president".
const DESCRIBED_LINK_RE =
  /^\s+is\s+an?\s+[^.;:()"\u201c\u201d]{1,80}?\s+who\s+(?:is|was|has\s+been\s+serving\s+as|has\s+served\s+as|served\s+as)\s+the\s+$/i;

/**
 * The tenure detector, and holders' numbers ("the 13th Secretary General"), firsts ("the first woman to serve as") and
 * rows of holders' tables ("Baron Hastings Ismay 1952-1957") read by it too.
 */
export function withOfficeOrdinals(tenure: ClaimDetector): ClaimDetector {
  return {
    kind: tenure.kind,
    triggers: tenure.triggers,
    find: (doc, ctx) => [
      ...tenure.find(doc, ctx),
      ...findOrdinalClaims(doc),
      ...firstWomanClaims(doc),
      ...nationalityOrdinals(doc),
      ...listedYears(doc),
    ],
  };
}

function numberedOffices(doc: Doc, from: number): { offices: Office[]; end: number; qualified: boolean } | null {
  // The office's words start right after the number: "13th Secretary General", "sixth president of Ukraine".
  let at = firstAtOrAfter(doc.matches, from);
  let first = doc.matches[at];
  if (!first || first.start !== from) return null;
  // "the 46th U.S. president", "the 13th NATO Secretary General": the country between the number and the role qualifies it.
  const lead =
    first.values.some((v) => v.type === 'qualifier') && !first.values.some((v) => v.type === 'role' || v.type === 'fixed')
      ? first
      : undefined;
  // Figures only, and not a count of those who did something ("the third U.S. president to be impeached").
  if (lead) {
    if (!/\d(?:st|nd|rd|th)\s+$/.test(doc.text.slice(Math.max(0, from - 8), from))) return null;
    first = doc.matches[at + 1];
    if (first && /^\s+(?:to|ever|since|who|in\s+history)\b/i.test(doc.text.slice(first.end, first.end + 14))) return null;
    if (!first || !/^[ \t]+$/.test(doc.text.slice(lead.end, first.start))) return null;
    at += 1;
  }
  const offices = new Set<Office>();
  let end = first.end;
  for (const v of first.values) {
    if (v.type === 'fixed') {
      const o = doc.facts.offices.get(v.office);
      if (o) offices.add(o);
    }
    if (v.type === 'role') for (const sense of doc.lexicon.roles.get(v.key) ?? []) if (!sense.loose) offices.add(sense.office);
  }
  // A jurisdiction before the number ("NATO's 13th") or after the role ("president of Ukraine").
  const qualifiers = new Set<string>();
  // Only the match right before the number and the one right after the role can qualify it.
  const prevAt = lead ? at - 2 : at - 1;
  const prev = prevAt >= 0 ? doc.matches[prevAt] : undefined;
  const before =
    prev && prev.end <= from && from - prev.end <= 20 && /^['\u2019]s\s+\S+\s*$/.test(doc.text.slice(prev.end, from)) ? prev : undefined;
  const next = doc.matches[firstAtOrAfter(doc.matches, end)];
  const after = next && next.start - end <= 12 && /^\s+of\s+(?:the\s+)?$/i.test(doc.text.slice(end, next.start)) ? next : undefined;
  for (const m of [before, after, lead]) for (const v of m?.values ?? []) if (v.type === 'qualifier') qualifiers.add(v.jurisdiction);
  // Round 37: "Stoltenberg is the 14th secretary general of the alliance" (held-out 35 ql002), "the alliance's 13th Secretary
  // General": the alliance is NATO, for the offices NATO numbers (a secretary general, a SACEUR).
  if (!before && /\bthe\s+(?:North\s+Atlantic\s+)?[Aa]lliance['\u2019]s\s+\S+\s*$/.test(doc.text.slice(Math.max(0, from - 40), from)))
    qualifiers.add('nato');
  const alliance = !after && /^\s+of\s+the\s+(?:North\s+Atlantic\s+)?[Aa]lliance\b/.exec(doc.text.slice(end, end + 40));
  if (alliance) qualifiers.add('nato');
  if (after && after.values.some((v) => v.type === 'qualifier')) end = after.end;
  else if (alliance) end += alliance[0].length;
  let list = [...offices].filter((o) => o.holders.some((h) => h.ordinal));
  if (qualifiers.size) list = list.filter((o) => qualifiers.has(o.jurisdiction));
  return list.length ? { offices: list, end, qualified: qualifiers.size > 0 || first.values.some((v) => v.type === 'fixed') } : null;
}

// A name that is the object of a handover ("assumed command from General Cavoli as the 21st ...")
// is not the one the number is about. Round 45: "appointed Stoltenberg as designated successor of Anders Fogh Rasmussen as
// the 13th Secretary General of NATO" (NATO's Council, 28 March 2014): the predecessor after "successor of/to" and "in
// succession to" is no subject either.
const OBJECT_RE =
  /\b(?:from|succeed(?:s|ed|ing)?|replac(?:es|ed|ing)|after|following|than|with|and|successor\s+(?:of|to)|succession\s+to)\s+(?:[A-Z][\w.]*\s+){0,5}$/;

/** The person a number is said of: the nearest name before it, handovers' objects skipped, linked by a verb or "as". */
function subjectBefore(doc: Doc, sentenceStart: number, at: number): PersonMention | undefined {
  for (let i = doc.people.length - 1; i >= 0; i--) {
    const p = doc.people[i];
    if (p.end > at) continue;
    if (p.start < sentenceStart) return undefined;
    // "SHAPE was formed, with US General Dwight D. Eisenhower as the first Supreme Allied Commander
    // Europe": "with X as the ..." says what X was; the name is no handover's object.
    const withAs =
      /\bwith\s+(?:[A-Z][\w.]*\s+){0,5}$/.test(doc.text.slice(Math.max(sentenceStart, p.start - 60), p.start)) &&
      /^\s+as\s+the\s+$/i.test(doc.text.slice(p.end, at));
    if (!withAs && OBJECT_RE.test(doc.text.slice(Math.max(sentenceStart, p.start - 60), p.start))) continue;
    const between = doc.text.slice(p.end, at);
    return LINK_RE.test(between) || DESCRIBED_LINK_RE.test(between) ? p : undefined;
  }
  return undefined;
}

function findOrdinalClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  warmed(ORDINAL_RE, doc.text).lastIndex = 0;
  for (let m = ORDINAL_RE.exec(doc.text); m; m = ORDINAL_RE.exec(doc.text)) {
    const n = numberFrom(m[1]);
    const named = numberedOffices(doc, m.index + m[0].length);
    if (!named || !(n >= 1)) continue;
    const sentence = sentenceOf(doc, m.index);
    // The person: named just before with a linking verb, or right after the office's words
    // ("NATO's 13th Secretary General, Jens Stoltenberg").
    const linked = subjectBefore(doc, sentence.start, m.index);
    const afterward = doc.people.find(
      (p) => p.start >= named.end && p.start - named.end <= 3 && /^[\s,]*$/.test(doc.text.slice(named.end, p.start)),
    );
    // Round 32: "the 29th Secretary of Defense of the United States is Michelle J. Howard" (a profile page of January 2026):
    // the office's words, "is", then the name, which ends the phrase ("is Barack Obama's vice president, Joe Biden" is not).
    const isAfter = afterward
      ? undefined
      : doc.people.find(
          (q) =>
            q.start >= named.end &&
            q.start - named.end <= 6 &&
            /^\s+is\s+$/i.test(doc.text.slice(named.end, q.start)) &&
            !/^(?:['\u2019]s?\b|\s+(?:and|or|&)\s)/.test(doc.text.slice(q.end, q.end + 6)),
        );
    const p = linked ?? afterward ?? isAfter;
    if (!p) {
      const bySurname = surnameNumbered(doc, named, n, sentence.start, m.index, m[1]);
      if (bySurname) {
        out.push(bySurname);
        continue;
      }
      const told =
        numberOfOneNamed(doc, named.offices, n, sentence.start, m.index, named.end, m[1]) ??
        numberWithItsYears(doc, named, n, m.index, m[1]);
      if (told) out.push(told);
      continue;
    }
    const tenures = named.offices.flatMap((o) => tenuresOf(p.personId, o));
    // Never held it: whether the title is right is the title detector's question, but for a number said to be theirs.
    if (!tenures.length) {
      const other = p === isAfter ? numberHeldByAnother(doc, named, n, p, m.index, m[1]) : null;
      if (other) out.push(other);
      continue;
    }
    const person = doc.facts.people.get(p.personId);
    const start = Math.min(p.start, m.index);
    const end = Math.max(p.end, named.end);
    const base = { start, end, quote: doc.text.slice(start, end), kind: 'tenure' as const };
    const right = tenures.find((t) => t.holder.ordinal === n);
    // Only a number set beside the name ("Trump, the 45th President, is"): "was the", "as the" tell the past.
    const beside = linked === p && /^\s*,\s*the\s+$/i.test(doc.text.slice(p.end, m.index));
    const early = right && notYet(doc, p, linked, m.index, named.qualified, right, sentence);
    if (right && early) {
      out.push({
        ...base,
        verdict: 'contradicted',
        factIds: [right.office.id, p.personId],
        message: `${person?.name} became the ${m[1]} ${right.office.name} on ${formatDay(right.from)}; on ${formatDay(doc.asOf)} that tenure had not begun.`,
        fact: describeHolder(person, right),
        sources: sourcesOf(right.holder),
      });
      continue;
    }
    const stale = right && beside ? laterNumber(doc, tenures, right, named.end) : undefined;
    if (right && stale) {
      out.push({
        ...base,
        // A lone surname is enough: only a person who held the office under both numbers gets here.
        verdict: !p.fuzzy && named.qualified && doc.dateCertain ? 'outdated' : 'context',
        factIds: [stale.office.id, p.personId],
        message: `${person?.name} was the ${m[1]} ${right.office.name} (${describeTenure(right)}); on ${formatDay(doc.asOf)} ${person?.name} was the ${ordinalText(stale.holder.ordinal!)} (${describeTenure(stale)}).`,
        fact: describeHolder(person, stale),
        sources: sourcesOf(stale.holder),
      });
      continue;
    }
    const gone = right && currentGone(doc, m[0], p, linked, m.index, right);
    if (right && gone) {
      out.push({
        ...base,
        verdict: 'outdated',
        factIds: [right.office.id, p.personId],
        message: `${person?.name} was the ${m[1]} ${right.office.name} (${describeTenure(right)}), not the current one on ${formatDay(doc.asOf)}.`,
        fact: describeHolder(person, right),
        sources: sourcesOf(right.holder),
      });
      continue;
    }
    if (right) {
      // Round 41: "President Trump, the 45th President of the United States, signed the order" (2025): a number set beside
      // the name of one who holds the office under a later number on the page's day may be said of that day, so it is not
      // confirmed unless the years of the earlier term follow ("(2017-2021)", "from 2017 to 2021").
      const relapsed =
        beside &&
        onDay(right, doc.asOf) === 'out' &&
        tenures.some((t) => t !== right && t.from > right.from && onDay(t, doc.asOf) === 'in') &&
        !/^\s*(?:\(\s*\d{4}|,?\s*(?:from|between|in)\s+\d{4}|,?\s*\d{4}\s*[-\u2013])/.test(doc.text.slice(named.end, named.end + 16));
      out.push({
        ...base,
        verdict: right.holder.confidence === 'verified' && !relapsed ? 'supported' : 'context',
        factIds: [right.office.id, p.personId],
        message: `${person?.name} is the ${m[1]} ${right.office.name}.`,
        fact: describeHolder(person, right),
        sources: sourcesOf(right.holder),
      });
      continue;
    }
    const numbered = tenures.filter((t) => t.holder.ordinal);
    if (!numbered.length) continue;
    const t = numbered[0];
    // A lone surname the page names in full elsewhere is that person ("Stoltenberg is the 14th secretary general", ql002).
    const inFull = p.full || !!p.namedInFull || doc.people.some((q) => q.full && !q.fuzzy && q.personId === p.personId);
    const strict = inFull && !p.fuzzy && named.qualified && named.offices.length === 1 && numbered.every((x) => isConfident(x.holder));
    const theirs = numbered.map((x) => ordinalText(x.holder.ordinal!)).join(' and ');
    out.push({
      ...base,
      verdict: strict ? 'contradicted' : 'context',
      factIds: [t.office.id, p.personId],
      message: `${person?.name} is the ${theirs} ${t.office.name}, not the ${m[1]}.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}

/**
 * "The 29th Secretary of Defense of the United States is Michelle J. Howard", of someone who never held the office: wrong
 * when the number names one office (its country told), whose holder under that number is on a verified record, and the
 * person is named in full on a verified record. A number is fixed in the past, so neither the page's day nor the horizon
 * matters.
 */
function numberHeldByAnother(
  doc: Doc,
  named: { offices: Office[]; end: number; qualified: boolean },
  n: number,
  p: PersonMention,
  start: number,
  said: string,
): Annotation | null {
  if (named.offices.length !== 1 || !named.qualified || !p.full || p.fuzzy) return null;
  const person = doc.facts.people.get(p.personId);
  if (!person || !isConfident(person)) return null;
  const office = named.offices[0];
  const holder = office.holders.find((h) => h.ordinal === n);
  if (!holder || !isConfident(holder) || holder.person === p.personId) return null;
  const t = tenuresOf(holder.person, office).find((x) => x.holder === holder);
  if (!t) return null;
  const theirs = doc.facts.people.get(holder.person);
  return {
    start,
    end: p.end,
    quote: doc.text.slice(start, p.end),
    kind: 'tenure',
    verdict: 'contradicted',
    factIds: [office.id, holder.person, p.personId],
    message: `The ${said} ${office.name} is ${theirs?.name ?? holder.person} (${describeTenure(t)}); ${person.name} never held the office.`,
    fact: describeHolder(theirs, t),
    sources: sourcesOf(holder),
  };
}

// Round 33: "The call by Donald Trump, the 47th President of the United States, for NATO member countries to spend 5%"
// (held-out 31 qe002, 17 January 2025, three days before the inauguration): a number set beside the name, or given by
// "is", is said of the page's day; a tenure under that number that begins later is not yet the person's. Contradicted when
// the person is named in full, the office's country told, the record verified, the page's date certain and more than two
// days before the start (the handover rule), and nothing in the sentence looks ahead ("will be", "elect", "incoming",
// "set to", "on track to be": the title may be the coming one).
const AHEAD_RE =
  /\b(?:will|would|shall|elect\w*|incoming|future|soon|next|set\s+to|poised|expected|on\s+track|to\s+be(?:come)?|becom\w+|if|once|when|after|could|may|might|appoint\w*|named|chosen|selected|designat\w*|nominat\w*)\b/i;
function notYet(
  doc: Doc,
  p: PersonMention,
  linked: PersonMention | undefined,
  at: number,
  qualified: boolean,
  told: Tenure,
  sentence: { start: number; end: number },
): boolean {
  if (linked !== p || !p.full || p.fuzzy || !qualified || !doc.dateCertain || !isConfident(told.holder)) return false;
  if (told.from <= doc.asOf || daysBetween(doc.asOf, told.from) <= 2) return false;
  if (!/(?:^\s*,\s*the\s+|^\s+is\s+the\s+)$/i.test(doc.text.slice(p.end, at))) return false;
  return !AHEAD_RE.test(doc.text.slice(sentence.start, sentence.end));
}

// "Joseph Robinette Biden Jr. is an American politician who is the 46th and current president of the United States" (an
// encyclopedia's line copied onto a page, ud308): "and current" says the tenure goes on on the page's day. Outdated when the
// person, named in full and linked by "is", left the office more than STALE_CURRENT_DAYS before, on a verified record
// within the office's horizon, on a page of known date.
const CURRENT_RE = /\sand\s+(?:current|present|incumbent|sitting)\s+$/i;
const STALE_CURRENT_DAYS = 30;

function currentGone(doc: Doc, said: string, p: PersonMention, linked: PersonMention | undefined, at: number, told: Tenure): boolean {
  if (!CURRENT_RE.test(said) || linked !== p || !p.full || p.fuzzy || !doc.dateCertain) return false;
  if (!/(?:\bis\s+(?:the\s+)?|,\s*the\s+)$/i.test(doc.text.slice(p.end, at))) return false;
  if (onDay(told, doc.asOf) !== 'out' || !told.until || daysBetween(told.until, doc.asOf) <= STALE_CURRENT_DAYS) return false;
  if (!isConfident(told.holder)) return false;
  return !pastHorizon(doc.facts, doc.asOf, { office: told.office.id });
}

// "President Trump, the 45th President of the United States, is engaged in mediating peace talks" (held-out 13
// c114, February 2025): a number set beside the name and followed by a verb of the present is said of the
// page's day; a holder back in the office under a later number is no longer the earlier one.
const PRESENT_AFTER = /^\s*,\s*(?:is|has|says|remains|continues|wants|plans|insists|argues|claims|believes)\b/i;

/** The later numbered tenure the person holds on the page's day, when the number told is an ended tenure's. */
function laterNumber(doc: Doc, tenures: readonly Tenure[], told: Tenure, end: number): Tenure | undefined {
  if (!PRESENT_AFTER.test(doc.text.slice(end, end + 20))) return undefined;
  if (onDay(told, doc.asOf) !== 'out' || doc.asOf < told.from) return undefined;
  if (pastHorizon(doc.facts, doc.asOf, { office: told.office.id })) return undefined;
  return tenures.find(
    (t) =>
      t !== told &&
      t.holder.ordinal &&
      t.from > told.from &&
      onDay(t, doc.asOf) === 'in' &&
      isConfident(t.holder) &&
      isConfident(told.holder),
  );
}

// "Biden's win puts him on track to be the 46th President of the United States of America" (held-out
// 10, w011, November 2020), "The 47th U.S. president, who has repeatedly claimed credit for stopping eight
// major wars, said ..." (w073, December 2025, of Trump, named paragraphs before), "As the 45th president,
// Trump ..." : the number stands with no name linked to it, said of the person the passage is about.
/** How far back (characters) the passage may have named the one the number is said of. */
const NUMBER_REACH = 1200;

/**
 * Supported when the office's holder under that number is named in the sentence or the passage just
 * before, and no other holder of the office is: the number is said of them. Who is meant is a
 * reading, so this only ever confirms.
 */
function numberOfOneNamed(
  doc: Doc,
  offices: readonly Office[],
  n: number,
  sentenceStart: number,
  start: number,
  end: number,
  said: string,
): Annotation | null {
  const from = Math.min(sentenceStart, Math.max(0, start - NUMBER_REACH));
  const sentence = sentenceOf(doc, start);
  const holders = new Set<string>();
  for (const q of doc.people) {
    if (q.start < from || q.start >= sentence.end || q.fuzzy) continue;
    if (offices.some((o) => tenuresOf(q.personId, o).length)) holders.add(q.personId);
  }
  if (holders.size !== 1) return null;
  const [personId] = holders;
  const right = offices.flatMap((o) => tenuresOf(personId, o)).find((t) => t.holder.ordinal === n);
  if (!right || right.holder.confidence !== 'verified') return null;
  const person = doc.facts.people.get(personId);
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict: 'supported',
    factIds: [right.office.id, personId],
    message: `${person?.name} is the ${said} ${right.office.name}.`,
    fact: describeHolder(person, right),
    sources: sourcesOf(right.holder),
  };
}

// Round 44: "Stoltenberg steps down as NATO’s 13th secretary-general in the fall" (held-out 27 jd007, 33 od031, 40 su016),
// "Mr Stoltenberg, Nato’s 13th secretary-general, took over in 2014" (held-out 40 st023, 31 qd006), "Stoltenberg is the 14th
// secretary general of the alliance" (held-out 35 ql002): a lone surname the page does not otherwise resolve, linked to the
// number as a full name would be. The numbered office names the person: of the people the surname may be, the one who held
// it. Supported when that holder's tenure carries the number. Contradicted only when the office's numbering is on record
// from the first holder on, every record verified, and just one holder ever bore the surname: then no unrecorded namesake
// can be meant ("Johnson, the 17th president" is Andrew Johnson, whom the fact base does not hold; its US presidents start
// with the 34th).
// A capitalised word right before the surname that is not an honorific: another first name ("Camilla Stoltenberg").
const FIRST_NAME_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}'\u2019.-]*)\s+$`, 'u');
const HONORIFIC_RE = /^(?:Mr|Mrs|Ms|Dr|Lord|Sir|Baron|Lady|Dame)\.?$/;

function surnameNumbered(
  doc: Doc,
  named: { offices: Office[]; end: number; qualified: boolean },
  n: number,
  sentenceStart: number,
  at: number,
  said: string,
): Annotation | null {
  // The last surname before the number, in the sentence, linked to it by a verb or "as".
  let k = firstAtOrAfter(doc.matches, at) - 1;
  // Past the country or body before the number ("NATO’s 13th"), which LINK_RE reads.
  for (; k >= 0 && (doc.matches[k].end > at || doc.matches[k].values.every((v) => v.type === 'qualifier' || v.type === 'org')); k--);
  const m = k >= 0 ? doc.matches[k] : undefined;
  if (!m || m.start < sentenceStart || !UPPER_FIRST_RE.test(doc.text[m.start] ?? '')) return null;
  const surnameOf = m.values.filter((v) => v.type === 'person' && !v.full);
  if (!surnameOf.length || m.values.length !== surnameOf.length) return null;
  if (doc.people.some((q) => q.start <= m.start && m.end <= q.end)) return null;
  if (!LINK_RE.test(doc.text.slice(m.end, at))) return null;
  const lead = doc.text.slice(Math.max(sentenceStart, m.start - 60), m.start);
  if (OBJECT_RE.test(lead)) return null;
  const first = FIRST_NAME_BEFORE_RE.exec(lead);
  if (first && !HONORIFIC_RE.test(first[1]) && !/['\u2019]s$/.test(first[1])) return null;
  const ids = [...new Set(surnameOf.map((v) => (v.type === 'person' ? v.id : '')))];
  const holders = ids.filter((id) => named.offices.some((o) => tenuresOf(id, o).length));
  // "Bush, the 43rd U.S. president": of two holders who bore the surname, the number names one.
  const bearers = holders.filter((id) => named.offices.some((o) => tenuresOf(id, o).some((t) => t.holder.ordinal === n)));
  const personId = bearers.length === 1 ? bearers[0] : holders.length === 1 ? holders[0] : undefined;
  if (!personId) return null;
  const person = doc.facts.people.get(personId);
  const tenures = named.offices.flatMap((o) => tenuresOf(personId, o));
  const base = { start: m.start, end: named.end, quote: doc.text.slice(m.start, named.end), kind: 'tenure' as const };
  const right = tenures.find((t) => t.holder.ordinal === n);
  if (right) {
    // "Trump, the 45th President, is" in 2025: said of the page's day, when the person holds the office under a later number.
    const later = tenures.some((t) => t !== right && t.from > right.from && onDay(t, doc.asOf) === 'in');
    if (later || right.holder.confidence !== 'verified') return null;
    return {
      ...base,
      verdict: 'supported',
      factIds: [right.office.id, personId],
      message: `${person?.name} is the ${said} ${right.office.name}.`,
      fact: describeHolder(person, right),
      sources: sourcesOf(right.holder),
    };
  }
  // With the numbering complete, every holder is on record: one among those the surname may be is the only one who bore it.
  if (holders.length !== 1 || named.offices.length !== 1 || !named.qualified || !person || !isConfident(person)) return null;
  const office = named.offices[0];
  const numbered = office.holders.filter((h) => h.ordinal);
  const top = Math.max(...numbered.map((h) => h.ordinal!));
  if (n > top || !Array.from({ length: top }, (_, i) => i + 1).every((i) => numbered.some((h) => h.ordinal === i))) return null;
  const own = tenures.filter((t) => t.holder.ordinal);
  const told = office.holders.find((h) => h.ordinal === n);
  if (!own.length || !told || !isConfident(told) || !own.every((t) => isConfident(t.holder))) return null;
  const theirs = own.map((x) => ordinalText(x.holder.ordinal!)).join(' and ');
  return {
    ...base,
    verdict: 'contradicted',
    factIds: [office.id, personId],
    message: `${person.name} is the ${theirs} ${office.name}, not the ${said} (the number of ${doc.facts.people.get(told.person)?.name ?? told.person}).`,
    fact: describeHolder(person, own[0]),
    sources: sourcesOf(own[0].holder),
  };
}

// Round 44: "served as the 45th President of the United States from January 20, 2017, to January 20, 2021" (held-out 42
// ts005), "has been serving as the 13th secretary general of NATO since 2014" and "served as the 45th president of the
// United States from 2017 to 2021" (held-out 16 ud308), "Nato’s 13th general secretary during the tumultuous decade between
// 2014 and 2024" (held-out 42 tr005): with no one named, the number and the office name one tenure, and the years told
// after them are its years or not. Confirm-only: with no name, a wrong year may be a slip of the number as well as of the
// years, and which is meant is not known.
const NUMBER_YEARS_RE =
  /^\s*,?\s*(?:(?:from|between)\s+[^.;:()]{0,22}?\b((?:19|20)\d\d)\s*,?\s*(?:to|until|till|through|and|[-\u2013\u2014])\s+[^.;:()]{0,22}?\b((?:19|20)\d\d)\b|since\s+[^.;:()]{0,18}?\b((?:19|20)\d\d)\b|\(\s*((?:19|20)\d\d)\s*[-\u2013\u2014]\s*((?:19|20)\d\d)\s*\)|during\s+[^.;:(),]{0,40}?\s+between\s+((?:19|20)\d\d)\s+and\s+((?:19|20)\d\d)\b)/i;
function numberWithItsYears(
  doc: Doc,
  named: { offices: Office[]; end: number; qualified: boolean },
  n: number,
  start: number,
  said: string,
): Annotation | null {
  const m = NUMBER_YEARS_RE.exec(doc.text.slice(named.end, named.end + 100));
  if (!m) return null;
  const from = m[1] ?? m[3] ?? m[4] ?? m[6];
  const until = m[2] ?? m[5] ?? m[7];
  const fits = named.offices.flatMap((o) =>
    o.holders
      .filter((h) => h.ordinal === n && h.confidence === 'verified' && h.start.slice(0, 4) === from)
      .filter((h) => (until ? h.end?.slice(0, 4) === until : !h.end || doc.asOf < h.end))
      .map((h) => ({ o, h })),
  );
  if (fits.length !== 1) return null;
  const { o, h } = fits[0];
  const t = tenuresOf(h.person, o).find((x) => x.holder === h);
  if (!t) return null;
  const person = doc.facts.people.get(h.person);
  const end = named.end + m[0].length;
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict: 'supported',
    factIds: [o.id, h.person],
    message: `The ${said} ${o.name} ${t.until && t.until <= doc.asOf ? 'was' : 'is'} ${person?.name ?? h.person} (${describeTenure(t)}).`,
    fact: describeHolder(person, t),
    sources: sourcesOf(h),
  };
}
