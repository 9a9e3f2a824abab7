// A title split by its country's possessive: "Kyrylo Budanov, formerly the head of Ukraine's
// military intelligence, as his chief of staff", "former commander-in-chief of Ukraine's armed
// forces Valerii Zaluzhnyi". The office's own word is "head of military intelligence"; the
// possessive in the middle hid it from the lexicon, so these said nothing.
//
// The role is put back together ("head of" + "military intelligence") and looked up as the
// office of the possessive's country. Before the name or in apposition after it ("X, the head of
// Ukraine's military intelligence,"), with "former", "then" or "formerly" as title-former.ts
// reads them. Red only with the name in full and without "formerly", which the press uses of
// holders leaving that week.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import type { RoleSense } from '../lexicon';
import { foldKey } from '../normalize';
import { titleAnnotation, type TitleClaim } from './title';
import { backInOffice } from './title-former';
import { gated } from '../triggers';
import { NON_LETTER_FIRST_RE } from '../letter-classes';

// The head word of a title that takes "of": the words before the country's possessive.
const HEAD = String.raw`(head|chief|commander[ -]in[ -]chief|commander|director|chairman|chair|leader|speaker)[ \t]+of`;
// A cheap look before any name is read.
const SPLIT_WORDS_RE = gated(
  new RegExp(
    String.raw`\b(?:head|chief|commander|director|chair|chairman|leader|speaker)[ \t]+of[ \t]+(?:[A-Z][\p{L}.]*(?:[ \t]+[A-Z][\p{L}]*)?['\u2019]s|the[ \t]+[A-Z]\p{L}+[ \t]+\p{L})`,
    'u',
  ),
);
// The country: a possessive ("Ukraine's"), or a demonym after "the" ("the head of the Ukrainian
// presidential administration Andriy Yermak"), or the demonym's military ("the chief of the Russian military's Main
// Directorate of the General Staff", January 2026); splitSenses checks it is one of ours.
const COUNTRY = String.raw`(?:([A-Z][\p{L}.]*(?:[ \t]+[A-Z][\p{L}]*)?)['\u2019]s|the[ \t]+([A-Z]\p{L}+)(?:[ \t]+military['\u2019]s)?)`;
// Before the name: "[former ]head of Ukraine's military intelligence[,] Name".
const BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(former|ex|then)[ \t-]+)?${HEAD}[ \t]+${COUNTRY}[ \t]+((?:[\p{L}-]+[ \t]+){0,4}?[\p{L}-]+),?[ \t]+$`,
  'iu',
);
// After the name: ", [formerly|then|a former|the former] [the] head of Ukraine's military intelligence",
// ", who [previously] served as head of the Dutch government".
const AFTER = String.raw`^,[ \t]+(?:(?:who[ \t]+(?:(previously|formerly|once)[ \t]+)?(?:was|served[ \t]+as)|(formerly|then|previously))[ \t]+)?(?:the[ \t]+|a[ \t]+)?(?:(former|ex|then)[ \t-]+)?${HEAD}[ \t]+${COUNTRY}[ \t]+`;
const PHRASE_END = String.raw`(?=\s*[,.;:)\n]|\s+(?:and|who|said|says|told|has|had|is|was|will|would|as|on|in|at)\b)`;
const AFTER_RE = new RegExp(String.raw`${AFTER}((?:[\p{L}-]+[ \t]+){0,4}?[\p{L}-]+)${PHRASE_END}`, 'iu');
// An office's name with "and" in it ("head of Ukraine's National Security and Defense Council."),
// which the shortest reading above cuts at "and": the whole run of words up to a punctuation mark,
// read only as one office's name in full.
const AFTER_WHOLE_RE = new RegExp(String.raw`${AFTER}((?:[\p{L}-]+[ \t]+){1,5}[\p{L}-]+)(?=\s*[,.;:)\n])`, 'iu');

export function splitTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!SPLIT_WORDS_RE.test(doc.text)) return out;
  for (const person of doc.people) {
    const claim = splitBefore(doc, person) ?? splitAfter(doc, person);
    if (!claim) continue;
    const annotation = titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The senses of "<head> of <rest>" (or "of the <rest>") in the country the possessive names, trying the longest rest first (only the whole rest when `whole`). */
function splitSenses(doc: Doc, head: string, countryStart: number, rest: string, whole = false): RoleSense[] {
  const q = doc.matches.find((m) => m.start === countryStart);
  const jurisdictions = q ? qualifierJurisdictions(q) : [];
  if (!jurisdictions.length) return [];
  const words = rest.split(/[ \t]+/);
  // A loose word ("head of Ukraine's National Security and Defense Council" for its secretary; the
  // president chairs it) is kept only when no strict one is found: title.ts never flags it.
  let loose: RoleSense[] = [];
  for (let n = words.length; n > (whole ? words.length - 1 : 0); n--) {
    const tail = words.slice(0, n).join(' ');
    for (const key of [`${head} of ${tail}`, `${head} of the ${tail}`]) {
      const senses = (doc.lexicon.roles.get(foldKey(key)) ?? []).filter((s) => jurisdictions.includes(s.office.jurisdiction));
      if (senses.some((s) => !s.loose)) return senses.filter((s) => !s.loose);
      if (!loose.length) loose = senses;
    }
  }
  return loose;
}

const MODIFIER: Record<string, TitleClaim['modifier']> = { former: 'former', ex: 'former', then: 'then' };

function splitBefore(doc: Doc, person: PersonMention): TitleClaim | null {
  const from = Math.max(0, person.start - 110);
  const before = doc.text.slice(from, person.start);
  const m = BEFORE_RE.exec(before);
  if (!m) return null;
  const start = from + m.index + m[0].length - m[0].replace(NON_LETTER_FIRST_RE, '').length;
  const country = m[3] ?? m[4];
  const countryStart = from + m.index + m[0].indexOf(country, m[0].indexOf(m[2]) + m[2].length);
  const senses = splitSenses(doc, m[2].toLowerCase(), countryStart, m[5]);
  if (!senses.length) return null;
  const modifier = m[1] ? MODIFIER[m[1].toLowerCase()] : 'none';
  return claim(person, senses, start, person.end, modifier, false);
}

function splitAfter(doc: Doc, person: PersonMention): TitleClaim | null {
  const after = doc.text.slice(person.end, person.end + 120);
  let m = AFTER_RE.exec(after);
  let senses = m ? splitSenses(doc, m[4].toLowerCase(), countryStartOf(person, m), m[7]) : [];
  // The whole run up to a punctuation mark, as one office's name in full: a name with "and" in it, or longer than the
  // shortest reading takes ("the chief of the Russian military's Main Directorate of the General Staff,").
  if (!senses.length) {
    m = AFTER_WHOLE_RE.exec(after);
    senses = m ? splitSenses(doc, m[4].toLowerCase(), countryStartOf(person, m), m[7], true) : [];
  }
  if (!senses.length || !m) return null;
  const whoAdverb = m[1]?.toLowerCase();
  const adverb = m[2]?.toLowerCase();
  const modifierWord = m[3]?.toLowerCase();
  // "Formerly", "previously", "former": the tenure is over; "then", "who was": held at the time told
  // of. "who previously served as" is "former" too, unless the person is back in the office.
  const who = /^,\s*who\b/i.test(m[0]);
  const modifier: TitleClaim['modifier'] =
    adverb === 'then' || modifierWord === 'then' || (who && !whoAdverb && !modifierWord)
      ? 'then'
      : whoAdverb && whoAdverb !== 'formerly' && backInOffice(doc, person.personId, senses)
        ? 'then'
        : adverb || whoAdverb || modifierWord
          ? 'former'
          : 'none';
  return claim(
    person,
    senses,
    person.start,
    person.end + m[0].length,
    modifier,
    adverb === 'formerly' || adverb === 'previously' || whoAdverb === 'formerly',
  );
}

/** Where the country of an AFTER_RE or AFTER_WHOLE_RE match starts in the text. */
function countryStartOf(person: PersonMention, m: RegExpExecArray): number {
  const country = m[5] ?? m[6];
  return person.end + m[0].indexOf(country, m[0].indexOf(m[4]) + m[4].length);
}

function claim(
  person: PersonMention,
  senses: RoleSense[],
  start: number,
  end: number,
  modifier: TitleClaim['modifier'],
  loose: boolean,
): TitleClaim {
  const looseWord = senses.every((s) => s.loose);
  const sure = person.full && !person.fuzzy && !loose && !looseWord;
  const softReason = loose
    ? '"Formerly" is said of holders leaving office that week'
    : looseWord
      ? 'The title is a loose word for the office'
      : 'Named by surname only';
  return { start, end, person, senses, explicit: true, modifier, ...(sure ? {} : { soft: true, softReason }) };
}
