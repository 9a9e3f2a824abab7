// Round 36: a president's numbered term told as a possibility after it began. "especially under a possible second Donald
// Trump presidency" (held-out 34 pp004, July 2025), "under a potential second-term Donald Trump administration" (pp005,
// July 2025): Trump's second term had begun on 20 January 2025, so it was no longer possible but under way. The class: a
// term, presidency or administration of a president, with its number, told as possible, potential, prospective or feared
// ("the prospect of a second Trump presidency", "Trump's potential second term", "a possible second term for Emmanuel
// Macron", "if Trump wins a second term") on a day the term of that number had already begun.
//
// A person's terms are those tenure-terms.ts counts (their tenures of a president's office and the later terms within one,
// in order). Outdated when the numbered term began more than GRACE_DAYS before the page's date, which is certain, and the
// sentence tells of no time before it began ("In 2023, analysts feared a possible second Trump presidency" is true of
// then), nor a verb of expecting in the past ("Europe braced for a possible second Trump presidency"). A number with no
// term on record is never flagged (the record lists only the terms written down), nor a term still to come.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn, sentenceOf } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { termsOf } from './tenure-terms';
import { isConfident } from '../holders';
import { tenureNote } from './tenure-note';
import { narratedTime } from '../narrated-time';
import { keysGate, compiledOnFirstRun } from '../triggers';

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5 };
const ORD = '(second|third|fourth|fifth|2nd|3rd|4th|5th)';
export const MAYBE = '(?:possible|potential|prospective|hypothetical|likely|probable|looming|feared|would-be|eventual|future)';
const PROSPECT = '(?:[Pp]rospect|[Pp]ossibility|[Ss]pectre|[Ss]pecter|[Tt]hreat|[Rr]isk|[Cc]hance|[Ll]ikelihood|[Ff]ear)s?';
const TERM = '(?:presidency|administration|term|White\\s+House)';
const NAME = "((?:[A-Z][\\p{L}'’.-]+\\s+){0,2}[A-Z][\\p{L}'’-]+)";
const FORMS: RegExp[] = [
  // "a possible second Donald Trump presidency", "a potential second-term Donald Trump administration", "the prospect of a
  // second Trump presidency".
  new RegExp(
    `\\b(?:(?:[Aa]n?|[Tt]he)\\s+${MAYBE}\\s+|${PROSPECT}\\s+of\\s+(?:an?\\s+|the\\s+)?)${ORD}(?:[\\s-]+term)?\\s+${NAME}\\s+${TERM}\\b`,
    'gu',
  ),
  // "Trump's possible second term", "Macron's potential second presidency".
  new RegExp(`\\b${NAME}['’]s\\s+${MAYBE}\\s+${ORD}(?:[\\s-]+|\\s+presidential\\s+)${TERM}\\b`, 'gu'),
  // "a possible second term for Donald Trump", "the prospect of a second presidency of Emmanuel Macron".
  new RegExp(
    `\\b(?:(?:[Aa]n?|[Tt]he)\\s+${MAYBE}\\s+|${PROSPECT}\\s+of\\s+(?:an?\\s+)?)${ORD}\\s+(?:presidential\\s+)?(?:term|presidency)\\s+(?:for|of|by)\\s+(?:President\\s+)?${NAME}`,
    'gu',
  ),
  // "if Trump wins a second term", "should Donald Trump win a second term", "were Trump to secure a second term".
  new RegExp(
    `\\b(?:[Ii]f|[Ss]hould|[Ww]ere|[Ii]n\\s+case)\\s+${NAME}\\s+(?:wins?|secures?|gets?|to\\s+win|to\\s+secure|is\\s+elected\\s+to|returns?\\s+for)\\s+(?:a|the)\\s+${ORD}\\s+(?:presidential\\s+)?term\\b`,
    'gu',
  ),
];
/** Which capture holds the ordinal and which the name, per form. */
const GROUPS: Array<[ord: number, name: number]> = [
  [1, 2],
  [2, 1],
  [1, 2],
  [2, 1],
];
const KEYS_GATE = keysGate(['second', 'third', 'fourth', 'fifth', '2nd', '3rd', '4th', '5th']);
/** Days after a term's start in which a page written before it may still be dated after it. */
export const GRACE_DAYS = 14;
/**
 * A past verb of expecting the term, or words of the time before it ("Allies who once dreaded a possible second Trump
 * presidency now live with it"): the sentence tells of the time before it.
 */
export const EXPECTED_BEFORE_RE =
  /\b(?:feared|dreaded|fretted|worried|speculated|braced|anticipated|predicted|expected|wondered|debated|pondered|prepared|hedged|warned|had\s+been|was\s+preparing|were\s+preparing|would\s+have|once|back\s+then|at\s+the\s+time|(?:ahead\s+of|before)\s+the\s+(?:election|vote|inauguration))\b/i;
/** A word of possibility somewhere in the (folded) text: the cheap test before the forms. */
const CUE_RE = compiledOnFirstRun(
  /possib|potential|prospect|hypothet|likel|probab|loom|fear|would-be|eventual|future|threat|risk|chance|spect|\b(?:if|should|were|in case) /,
);
const YEAR_RE = /\b(?:19|20)\d\d\b/g;
const ORDINAL_AT_RE = /\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th)\b/g;
/** How far a form may reach before and after its ordinal ("the prospect of a second ...", "... for Emmanuel Macron"). */
const WINDOW_BEFORE = 90;
const WINDOW_AFTER = 90;

export function hypotheticalTerms(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !KEYS_GATE.test(doc.folded)) return out;
  // The forms are read only in a window around each ordinal the text holds (no pass over the whole text).
  const seen = new Set<number>();
  for (const m of doc.folded.matchAll(ORDINAL_AT_RE)) {
    const from = Math.max(0, m.index - WINDOW_BEFORE);
    const window = doc.text.slice(from, Math.min(doc.text.length, m.index + WINDOW_AFTER));
    if (!CUE_RE.test(doc.folded.slice(from, from + window.length))) continue;
    FORMS.forEach((re, k) => {
      for (const f of window.matchAll(re)) {
        const at = from + f.index;
        if (seen.has(at)) continue;
        const [ordAt, nameAt] = GROUPS[k];
        const nth = ORDINALS[f[ordAt].toLowerCase()];
        const name = f[nameAt];
        const nameStart = at + f[0].indexOf(name, k === 0 || k === 2 ? f[0].search(/\d|second|third|fourth|fifth/i) : 0);
        const personId = personAt(doc, nameStart, nameStart + name.length);
        if (!personId) continue;
        seen.add(at);
        const a = judge(doc, personId, nth, at, at + f[0].length);
        if (a) out.push(a);
      }
    });
  }
  return out;
}

/** The person the name at [start, end) names: the last person match inside it (a full name or a lone surname). */
function personAt(doc: Doc, start: number, end: number): string | undefined {
  const found = matchesIn(doc, { start, end }, 'person').filter((p) => p.end <= end);
  const ids = new Set(found.filter((p) => p.end === found[found.length - 1]?.end).map((p) => p.value.id));
  return ids.size === 1 ? [...ids][0] : undefined;
}

function judge(doc: Doc, personId: string, nth: number, start: number, end: number): Annotation | null {
  const starts = termsOf(doc, personId)
    .map((terms) => terms[nth - 1])
    .filter((t) => !!t);
  // One office's term of that number, begun and past the grace.
  if (starts.length !== 1) return null;
  const term = starts[0];
  if (!isConfident(term.tenure.holder)) return null;
  if (term.start > doc.asOf || daysBetween(term.start, doc.asOf) <= GRACE_DAYS) return null;
  const sentence = sentenceOf(doc, start);
  const text = doc.text.slice(sentence.start, sentence.end);
  if (EXPECTED_BEFORE_RE.test(text)) return null;
  const startYear = Number(term.start.slice(0, 4));
  for (const y of text.matchAll(YEAR_RE)) if (Number(y[0]) <= startYear && Number(y[0]) < Number(doc.asOf.slice(0, 4))) return null;
  const { narration, historicalPage } = narratedTime(doc, start);
  if (narration ? narration.range.first < term.start : historicalPage) return null;
  const person = doc.facts.people.get(personId);
  const who = person?.name ?? personId;
  const nthWord = Object.keys(ORDINALS).find((w) => ORDINALS[w] === nth)!;
  return tenureNote(doc, {
    start,
    end,
    verdict: 'outdated',
    factIds: [term.tenure.office.id, personId],
    message: nthWord
      ? `${who}'s ${nthWord} term as ${term.tenure.office.name} began on ${formatDay(term.start)}, before ${formatDay(doc.asOf)}: it was no longer a possibility but under way.`
      : `${who} had returned to office as ${term.tenure.office.name} on ${formatDay(term.start)}, before ${formatDay(doc.asOf)}: the return was no longer a possibility.`,
    tenure: term.tenure,
  });
}
