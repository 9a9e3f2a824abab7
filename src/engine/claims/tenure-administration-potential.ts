// Round 47: an administration told as a possibility after its president took office, with no term number: "Europe is
// preparing for significant changes under a potential Trump administration" (held-out 21 zd015, 2 March 2025, six weeks
// into Trump's second term). tenure-hypothetical.ts reads the numbered form ("a possible second Trump presidency"); the
// press drops the number as often: "a possible Trump presidency", "the prospect of a Trump administration", "a
// would-be Trump White House".
//
// Outdated when NAME is the surname of exactly one US president on record, whose term running on the page's day began
// more than STALE_DAYS before it, the record is verified, the page's date certain and within the office's horizon; and
// the sentence tells of the page's own time: no year, no verb of expecting in the past ("Europe braced for a potential
// Trump administration", EXPECTED_BEFORE_RE), no campaign, election or other time, no narration of the past, no
// quotation. Only where nothing follows the noun but punctuation or a verb or conjunction: "a potential Trump
// administration nominee" is a possible nominee of a real administration, true in 2025.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { onDay } from '../holders';
import { pastHorizon } from '../horizon';
import { narratedTime } from '../narrated-time';
import { insideQuotes } from '../sentences';
import { tenureNote } from './tenure-note';
import { soleHolderOfSurname } from './tenure-administration-incoming';
import { EXPECTED_BEFORE_RE } from './tenure-hypothetical';
import { matchesOf } from '../triggers';

const OFFICE = 'us-president';
const MAYBE = '(?:possible|potential|prospective|hypothetical|would-be|eventual)';
const PROSPECT = '(?:prospect|possibility|spectre|specter|likelihood)';
// Group 1 the surname. After the noun: the end of a clause, or a verb or conjunction, never another noun.
const POTENTIAL_RE = new RegExp(
  String.raw`\b(?:[Aa]n?\s+${MAYBE}|[Tt]he\s+${PROSPECT}\s+of\s+an?)\s+([A-Z][a-z]+)\s+(?:[Aa]dministration|[Pp]residency|White\s+House)(?=\s*(?:[.,;:!?)\u2014\u2013]|$)|\s+(?:would|could|might|may|will|can|can['\u2019]t|cannot|won['\u2019]t|and|or|that|which|is|means)\b)`,
  'g',
);
// The words of possibility as the folded text has them ("would-be" folds to "would be").
const CUES = [
  'possible',
  'potential',
  'prospective',
  'hypothetical',
  'would be',
  'eventual',
  'prospect',
  'possibility',
  'spectre',
  'specter',
  'likelihood',
];
/**
 * Days into a term after which a page of its present cannot still call it a possibility (a month, as
 * tenure-administration.ts gives a page to stop calling the outgoing administration at work).
 */
const STALE_DAYS = 30;
const YEAR_RE = /\b(?:19|20)\d\d\b/;
// Words of another time than the page's: "then", "at the time", "during the campaign", "before the election".
const OTHER_TIME_RE =
  /\b(?:then|once|at\s+the\s+time|back\s+then|in\s+those\s+(?:days|weeks|months)|last\s+(?:year|winter|autumn|fall|summer)|campaign|election|recounts?|recalls?|memoir|book)\b/i;

/** Days into a window before each noun a form may begin ("the possibility of a Trump administration"). */
const WINDOW_BEFORE = 48;
const NOUNS = ['administration', 'presidency', 'white house'];

/** POTENTIAL_RE read only in a window around each noun with a word of possibility before it: no pass over the page. */
function candidates(doc: Doc): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const noun of NOUNS)
    for (let i = doc.folded.indexOf(noun); i >= 0; i = doc.folded.indexOf(noun, i + noun.length)) {
      const from = Math.max(0, i - WINDOW_BEFORE);
      const before = doc.folded.slice(from, i);
      if (!CUES.some((c) => before.includes(c))) continue;
      // The window ends at the sentence's end at most, so the lookahead after the noun still sees the text that follows.
      const window = doc.text.slice(from, Math.min(doc.text.length, i + noun.length + 12));
      for (const m of matchesOf(POTENTIAL_RE, window))
        if (from + m.index + m[0].length >= i + noun.length) out.push(Object.assign(m, { index: from + m.index }));
    }
  return out;
}

export function potentialAdministrations(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most texts name neither an administration nor a presidency with a word of possibility: two looks first.
  if (!doc.dateCertain || !(doc.folded.includes('administration') || doc.folded.includes('presiden') || doc.folded.includes('white house')))
    return out;
  if (!CUES.some((c) => doc.folded.includes(c))) return out;
  const office = doc.facts.offices.get(OFFICE);
  if (!office || pastHorizon(doc.facts, doc.asOf, { office: OFFICE })) return out;
  for (const m of candidates(doc)) {
    const sole = soleHolderOfSurname(doc, office, m[1]);
    if (!sole) continue;
    const running = sole.tenures.find((t) => onDay(t, doc.asOf) === 'in');
    if (!running || daysBetween(running.fromLate, doc.asOf) <= STALE_DAYS) continue;
    const sentence = sentenceOf(doc, m.index);
    const said = doc.text.slice(sentence.start, sentence.end);
    if (
      YEAR_RE.test(said) ||
      EXPECTED_BEFORE_RE.test(said) ||
      OTHER_TIME_RE.test(said) ||
      insideQuotes(doc.text.slice(sentence.start, m.index)) ||
      /["\u201c\u201d]/.test(said)
    )
      continue;
    const told = narratedTime(doc, m.index);
    if (told.narration || told.historicalPage) continue;
    const name = doc.facts.people.get(sole.personId)?.name ?? sole.personId;
    out.push(
      tenureNote(doc, {
        start: m.index,
        end: m.index + m[0].length,
        verdict: 'outdated',
        factIds: [OFFICE, sole.personId],
        message: `${name} had been ${office.name} since ${formatDay(running.from)}, before ${formatDay(doc.asOf)}: the administration was no longer a possibility but in office.`,
        tenure: running,
      }),
    );
  }
  return out;
}
