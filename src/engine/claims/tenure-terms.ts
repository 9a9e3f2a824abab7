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
// page's date (or within a few months after it: an elected president's term to come). Confirm-only: a term on record
// lists only the re-elections written down, so a number with no term on record is never flagged.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { sentenceOf, startSentencesBack } from '../doc';
import { addDays, formatDay, type DateMention } from '../dates';
import { tenuresOf, type Tenure } from '../holders';
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
const SWORN_FOR_RE = new RegExp(
  `^(?:[ \\t]+(?:has|had|was|is|will[ \\t]+be))?[ \\t]+(?:(?:officially|formally)[ \\t]+)?(?:sworn[ \\t]+in[ \\t]+for|inaugurated[ \\t]+for|began|begins|started|starts|entered|embarked[ \\t]+on)[ \\t]+(?:a|his|her|the)[ \\t]+${ORD}[ \\t]+(?:(?:presidential|consecutive|straight)[ \\t]+)?term\\b`,
  'i',
);
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
    let m = POSSESSIVE_RE.exec(tail) ?? SWORN_FOR_RE.exec(tail);
    if (m) {
      // A term that opens a tenure of its own is the tenure readers' ("Trump’s second term": tenure-events.ts,
      // tenure-inauguration.ts, tenure.ts); here only a later term within one.
      const a = nthTerm(doc, p.personId, ORDINALS[m[1].toLowerCase()], p.start, p.end + m[0].length, true);
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
