// Round 25: a president's term told by its number, and a return to office told with its time: "An inauguration
// ceremony to mark the official start of Vladimir Putin’s fifth term in office was held in the Kremlin on Tuesday"
// (held-out 23 ra023, 7 May 2024), "The fifth inauguration of Vladimir Putin as President of Russia took place on 7 May
// 2024" (ra024), "the first time Donald Trump has attended since taking office for a second term in January" (held-out
// 20 yb109, June 2025), "Since taking office for the second time last month, he has again singled out this issue"
// (held-out 23 re005), "officials preparing for Donald Trump’s return to the White House in January" (ra021, November
// 2024).
//
// A person's terms of a president's office are their tenures of it (acting ones aside) and the later terms within a
// tenure on record (`terms`: a re-elected president's inaugurations), in order. Supported when the Nth of them (a
// return: any after the first) began on or within a day of a date the sentence tells, or, with no date told, by the
// page's date (or within a few months after it: an elected president's term to come). A term on record lists only the
// re-elections written down, so a number with no term on record is never flagged; round 46 flags a number only where the
// words point at one term (begun "now", or on a day written out) and every term before it is on record
// (termAgainstRecord).
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { sentenceOf, startSentencesBack } from '../doc';
import { addDays, formatDay, toDays, type DateMention } from '../dates';
import { describeHolder, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { tenureStartConfirmed } from './tenure-pronoun';
import { keysGate, compiledOnFirstRun } from '../triggers';

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
  '6th': 6,
  '7th': 7,
};
const NTH_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const ORD = '(first|second|third|fourth|fifth|sixth|seventh|[1-7](?:st|nd|rd|th))';
// Right after the name: "’s fifth term", "'s second inauguration", "’s third presidential term".
const POSSESSIVE_RE = new RegExp(
  `^['’]s[ \\t]+${ORD}[ \\t]+(?:(?:presidential|consecutive|straight)[ \\t]+)?(term|inauguration)\\b(?![ \\t]+(?:limit|bid|run|campaign|agenda|plans?))`,
  'i',
);
// Right before the name: "The fifth inauguration of ", "the second swearing-in of ".
const INAUGURATION_OF_RE = new RegExp(`\\b${ORD}[ \\t]+(?:inauguration|swearing[- ]in)[ \\t]+of[ \\t]+$`, 'i');
// After the name, a verb of the oath and the term: "was sworn in for a fifth term", "began his second term".
const SWORN_FOR_RE = compiledOnFirstRun(
  new RegExp(
    `^(?:[ \\t]+(?:has[ \\t]+been|had[ \\t]+been|has|had|was|is|will[ \\t]+be))?[ \\t]+(?:(?:officially|formally)[ \\t]+)?(?:sworn[ \\t]+in[ \\t]+for|inaugurated[ \\t]+for|began|begins|beginning|started|starts|starting|entered|enters|entering|assumed|assumes|assuming|embarked[ \\t]+on|embarks[ \\t]+on|embarking[ \\t]+on)[ \\t]+(?:a|his|her|the)[ \\t]+${ORD}[ \\t]+(?:(?:presidential|consecutive|straight)[ \\t]+)?term\\b`,
    'i',
  ),
);
// Round 46: the term told as beginning now, in the present ("as Putin assumes his fifth presidential term", The Moscow
// Times, 15 May 2024; "as Putin begins his fifth term", "Putin has been sworn in for his fifth term"): the verb of the
// sworn-for form (group 1 of NOW_VERB_RE) in the present or "-ing", read against the term begun about the page's day.
const NOW_VERB_RE =
  /^(?:[ \t]+(?:is|are|has|have))?(?:[ \t]+(?:being|been|now))?[ \t]+(?:(?:officially|formally)[ \t]+)?(assumes|assuming|begins|beginning|starts|starting|enters|entering|embarks|embarking|sworn|inaugurated)\b/i;
const NOW_PASSIVE_RE =
  /^[ \t]+(?:(?:is|are)[ \t]+(?:being[ \t]+)?|(?:has|have)[ \t]+been[ \t]+)(?:(?:officially|formally)[ \t]+)?(?:sworn|inaugurated)\b/i;
const YEAR_TOLD_RE = /\b(?:1[89]|20)\d\d\b/;
const COUNTED_OTHERWISE_RE = /\b(?:consecutive|straight|successive|in[ \t]+a[ \t]+row|six-year|five-year|four-year|seven-year)\b/i;
/** How long after a term's start, in days, it may still be told as beginning ("as Putin assumes his fifth term"). */
const NOW_DAYS = 120;
/**
 * The longest gap, in days, between two terms on record with no term missing between them: seven years (Italy's
 * president; Russia's six, France's five, the United States' four) and a month. A wider gap may hide a re-election the
 * record does not list ("terms" lists only the ones written down), and then a term's number is not known.
 */
const TERM_GAP_DAYS = 7 * 366 + 31;

// No name: "since taking office for a second term in January", "Since taking office for the second time last month".
const TAKING_OFFICE_RE = new RegExp(
  `\\b(?:taking|took|taken|assuming|assumed)[ \\t]+office[ \\t]+for[ \\t]+(?:a|the|his|her)[ \\t]+${ORD}[ \\t]+(?:term|time)\\b`,
  'gi',
);
// A return after a term out: "’s return to the White House in January", "’s return to power on 20 January".
const RETURN_RE = compiledOnFirstRun(
  /^['\u2019]s[ \t]+(?:(?:planned|upcoming|expected|coming)[ \t]+)?return[ \t]+to[ \t]+(?:the[ \t]+White[ \t]+House|the[ \t]+Oval[ \t]+Office|the[ \t]+presidency|office|power)\b/i,
);
// Denied or hypothetical: "Trump’s second term has not occurred", "would have", "there was no fifth inauguration of".
const DENIED_AFTER_RE = /^[^.;:!?]{0,30}?\b(?:not|never|n['\u2019]t|no\s+longer|would\s+have|could\s+have|might\s+have)\b/i;
const DENIED_BEFORE_RE = compiledOnFirstRun(
  /\b(?:no|not|never|without|denied|deny|denies|if|hypothetical|possible|potential)\b[^.;:!?]{0,20}$/i,
);
const KEYS = ['term', 'inauguration', 'swearing', 'return to', 'taking office', 'took office', 'assum'];
const KEYS_GATE = keysGate(KEYS);
/** How far after the page an elected president's term may begin for "Nth term" with no date to be confirmed. */
const AHEAD_DAYS = 120;
/** How far after the words the day of a possessive form may stand ("’s return to the White House in January"). */
const DAY_REACH = 40;

export interface Term {
  tenure: Tenure;
  start: string;
}

// Built once (speed, round 41): a literal in termsOf was a new expression, parsed again, at each call.
const TERMS_OF_RE = /^President\b/;
/** The person's terms of a president's office, in order: their tenures (not acting) and the later terms within them. */
export function termsOf(doc: Doc, personId: string): Term[][] {
  return (doc.facts.officesByPerson.get(personId) ?? [])
    .filter((o) => TERMS_OF_RE.test(o.name))
    .map((o) =>
      tenuresOf(personId, o)
        .filter((t) => !t.holder.acting && t.holder.start.length === 10)
        .flatMap((t) => [t.holder.start, ...(t.holder.terms ?? [])].map((start) => ({ tenure: t, start })))
        .sort((a, b) => (a.start < b.start ? -1 : 1)),
    )
    .filter((ts) => ts.length);
}

const fitsRange = (start: string, first: string, last: string) => addDays(start, 1) >= first && addDays(start, -1) <= last;
/** The start on or within a day of the date told; a month told without its year may be the next year's ("in January", said in November). */
const fits = (start: string, d: DateMention) =>
  fitsRange(start, d.first, d.last) ||
  (!d.explicitYear && d.granularity === 'month' && fitsRange(start, shiftYear(d.first), shiftYear(d.last)));
const shiftYear = (iso: string) => `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;

/** The dates the sentence tells (not spans, not a bare weekday of another year). */
function toldDates(doc: Doc, span: { start: number; end: number }, sentence: { start: number; end: number }): DateMention[] {
  // "last month" is a span of a month's days.
  return datesIn(doc, span, sentence).filter(
    (d) => d.granularity === 'day' || d.granularity === 'month' || (d.granularity === 'span' && addDays(d.first, 31) >= d.last),
  );
}

function confirmed(doc: Doc, personId: string, term: Term, start: number, end: number, nth?: number): Annotation {
  return tenureStartConfirmed(doc, personId, term.tenure, start, end, (name) =>
    nth
      ? `${name}'s ${NTH_WORDS[nth - 1]} term as ${term.tenure.office.name} began on ${formatDay(term.start)}.`
      : `${name} returned to office as ${term.tenure.office.name} on ${formatDay(term.start)}.`,
  );
}

/** The Nth term of the person: confirmed by a date of the sentence that fits its start, or with none, by the page's date. */
function nthTerm(doc: Doc, personId: string, nth: number, start: number, end: number, within = false): Annotation | null {
  const sentence = sentenceOf(doc, start);
  if (DENIED_AFTER_RE.test(doc.text.slice(end, sentence.end)) || DENIED_BEFORE_RE.test(doc.text.slice(sentence.start, start))) return null;
  const dates = toldDates(doc, sentence, sentence);
  for (const terms of termsOf(doc, personId)) {
    const term = terms[nth - 1];
    if (!term || (within && term.start === term.tenure.holder.start)) continue;
    const ok = dates.length ? dates.some((d) => fits(term.start, d)) : term.start <= addDays(doc.asOf, AHEAD_DAYS);
    if (ok) return confirmed(doc, personId, term, start, end, nth);
  }
  return null;
}

function presidentTerms(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!KEYS_GATE.test(doc.folded)) return out;
  const { text } = doc;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const tail = text.slice(p.end, p.end + 90);
    const possessive = POSSESSIVE_RE.exec(tail);
    let m = possessive ?? SWORN_FOR_RE.exec(tail);
    if (m) {
      const nth = ORDINALS[m[1].toLowerCase()];
      const end = p.end + m[0].length;
      // A term that opens a tenure of its own is the tenure readers' ("Trump’s second term": tenure-events.ts,
      // tenure-inauguration.ts, tenure.ts); here only a later term within one.
      const a = possessive ? nthTerm(doc, p.personId, nth, p.start, end, true) : termOrNth(doc, p.personId, nth, p.start, end, tail);
      if (a) out.push(a);
      continue;
    }
    m = INAUGURATION_OF_RE.exec(text.slice(Math.max(0, p.start - 40), p.start));
    if (m) {
      const a = nthTerm(doc, p.personId, ORDINALS[m[1].toLowerCase()], p.start - m[0].length, p.end);
      if (a) out.push(a);
      continue;
    }
    m = RETURN_RE.exec(tail);
    if (m) {
      const a = returned(doc, p.personId, p.start, p.end + m[0].length);
      if (a) out.push(a);
    }
  }
  out.push(...takingOffice(doc));
  return out;
}

function termOrNth(doc: Doc, personId: string, nth: number, start: number, end: number, tail: string): Annotation | null {
  const judged = termAgainstRecord(doc, personId, nth, start, end, tail);
  return judged === undefined ? nthTerm(doc, personId, nth, start, end, true) : judged;
}

/** The verb of the sworn-for form tells the term as beginning about now ("assumes", "is being sworn in for"), not as begun. */
function toldAsNow(tail: string): boolean {
  const v = NOW_VERB_RE.exec(tail);
  if (!v) return false;
  const verb = v[1].toLowerCase();
  return verb === 'sworn' || verb === 'inaugurated' ? NOW_PASSIVE_RE.test(tail) : true;
}

/**
 * The terms on record run back to the person's first with no gap that may hide one, up to the kth (0-based): the
 * office's holders are complete from before the first, and within each tenure no two term starts, nor the last start
 * and the tenure's end, lie further apart than a term may run (Putin's 2004 term to his leaving in 2008; his years as
 * prime minister between two tenures are no gap).
 */
function noTermMissing(terms: Term[], k: number): boolean {
  const covered = terms[0].tenure.office.coveredFrom;
  if (!covered || terms[0].start < covered) return false;
  for (let i = 0; i <= k; i++) {
    const { holder } = terms[i].tenure;
    if (holder.confidence !== 'verified' || holder.disputed) return false;
    const next = i + 1 < terms.length && terms[i + 1].tenure === terms[i].tenure ? terms[i + 1].start : i < k ? holder.end : null;
    if (next && next.length === 10 && toDays(next) - toDays(terms[i].start) > TERM_GAP_DAYS) return false;
    if (i < k && !next) return false;
  }
  return true;
}

/**
 * "as Putin assumes his fifth presidential term" (May 2024), "Putin was sworn in for a fourth term on 7 May 2024": the
 * number told against the term the words point at. With no date, a verb of now points at the one term of theirs begun
 * within NOW_DAYS before the page (or AHEAD_DAYS after it); with a day told, at the one term begun on it (or a day
 * from it). Supported when that is the Nth; contradicted when it is another and every term before it is on record (a
 * number is then known beyond doubt: "as Putin begins his fourth term" in May 2024, his fifth). Past verbs with no date
 * ("began his fourth term") and the possessive ("Putin's fourth term", of any time) are left to nthTerm.
 */
function termAgainstRecord(
  doc: Doc,
  personId: string,
  nth: number,
  start: number,
  end: number,
  tail: string,
): Annotation | null | undefined {
  const sentence = sentenceOf(doc, start);
  if (DENIED_AFTER_RE.test(doc.text.slice(end, sentence.end)) || DENIED_BEFORE_RE.test(doc.text.slice(sentence.start, start))) return null;
  const told = datesIn(doc, sentence, sentence);
  // A weekday ("sworn in for a fourth term on Tuesday") hangs on the page's date being right: nthTerm's, to confirm only.
  if (told.some((d) => d.relative)) return undefined;
  const dates = told.filter((d) => d.granularity === 'day');
  const now = toldAsNow(tail);
  // Not a term pointed at by the words: nthTerm's. A year or a month told with no day may be a timeline's narrated time
  // ("2018: Putin begins his fourth term" on a page of 2024), and "consecutive", "in a row" count another way.
  if (!dates.length && (!now || told.length || YEAR_TOLD_RE.test(doc.text.slice(sentence.start, sentence.end)))) return undefined;
  if (COUNTED_OTHERWISE_RE.test(doc.text.slice(start, Math.min(sentence.end, end + 12)))) return null;
  const lists = termsOf(doc, personId);
  if (lists.length !== 1) return undefined;
  const [terms] = lists;
  const pointed = dates.length
    ? terms.filter((t) => dates.some((d) => fits(t.start, d)))
    : terms.filter((t) => addDays(doc.asOf, -NOW_DAYS) <= t.start && t.start <= addDays(doc.asOf, AHEAD_DAYS));
  // No term begun about the day the words point at: a dated oath of another time is nthTerm's; "now" with none, nothing.
  if (pointed.length !== 1) return now && !dates.length ? null : undefined;
  const [term] = pointed;
  const k = terms.indexOf(term);
  // A term that opens a tenure of its own, told as begun on its day ("Donald Trump began his second term as US President on
  // January 20, 2025"), is the tenure readers' to confirm (presidentTerms): a second confirmation of the same words here.
  if (k === nth - 1) return term.start === term.tenure.from && !now ? undefined : confirmed(doc, personId, term, start, end, nth);
  if (!doc.dateCertain || k >= NTH_WORDS.length || !noTermMissing(terms, k)) return null;
  const person = doc.facts.people.get(personId);
  const name = person?.name ?? personId;
  const nthStart = terms[nth - 1] ? ` (the ${NTH_WORDS[nth - 1]} began on ${formatDay(terms[nth - 1].start)})` : '';
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict: 'contradicted',
    factIds: [term.tenure.office.id, personId],
    message: `The term as ${term.tenure.office.name} that ${name} began on ${formatDay(term.start)} was the ${NTH_WORDS[k]}, not the ${NTH_WORDS[nth - 1]}${nthStart}.`,
    fact: describeHolder(person, term.tenure),
    sources: sourcesOf(term.tenure.holder),
  };
}

/** "X's return to the White House in January": a term after the first begun on the day or in the month told right after. */
function returned(doc: Doc, personId: string, start: number, end: number): Annotation | null {
  const sentence = sentenceOf(doc, start);
  const date = toldDates(doc, { start: end, end: Math.min(sentence.end, end + DAY_REACH) }, sentence).find((d) => d.start <= end + 5);
  if (!date || DENIED_BEFORE_RE.test(doc.text.slice(sentence.start, start))) return null;
  for (const terms of termsOf(doc, personId)) {
    // A return: a tenure of the office after another of theirs, not a later term within one.
    const term = terms.find((t, i) => i > 0 && t.start === t.tenure.holder.start && fits(t.start, date));
    if (term) return confirmed(doc, personId, term, start, date.end);
  }
  return null;
}

/** "since taking office for a second term in January": the one president named nearby whose Nth term began then. */
function takingOffice(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of doc.text.matchAll(TAKING_OFFICE_RE)) {
    const sentence = sentenceOf(doc, m.index);
    const end = m.index + m[0].length;
    const date = toldDates(doc, { start: end, end: Math.min(sentence.end, end + DAY_REACH) }, sentence).find((d) => d.start <= end + 5);
    if (!date) continue;
    const nth = ORDINALS[m[1].toLowerCase()];
    const from = startSentencesBack(doc, sentence, 2);
    const found = new Map<string, Term>();
    for (const q of doc.people) {
      if (q.fuzzy || q.start < from || q.start >= sentence.end || found.has(q.personId)) continue;
      const term = termsOf(doc, q.personId)
        .map((ts) => ts[nth - 1])
        .find((t) => t && fits(t.start, date));
      if (term) found.set(q.personId, term);
    }
    if (found.size !== 1) continue;
    const [[personId, term]] = [...found];
    out.push(confirmed(doc, personId, term, m.index, date.end, nth));
  }
  return out;
}

export const presidentTermsDetector: ClaimDetector = {
  kind: 'tenure',
  // Every claim names its president, or one is named nearby.
  triggers: [],
  find: (doc) => presidentTerms(doc),
};
