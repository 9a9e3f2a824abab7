// A start of tenure told in a biography by the year the sentence opens with, before its subject:
// "In 2001 he was appointed secretary of state by Pres. George W. Bush" (held-out 15 ta020, of Colin
// Powell), "In 2016, he was appointed Permanent Representative of Ukraine to the Council of Europe",
// "In May 2021, Sybiha was appointed as deputy head of the Office of the President". tenure.ts reads the
// date after the verb ("was appointed secretary of state in 2001"), and a name's "In 2008, ... became"
// only with the verbs of the moment of taking office.
//
// The subject is a name, or "he"/"she" for the people named in the two sentences before. The office is
// the one the words after the verb name (up to a comma, "by", "under", "in", "replacing"). Confirmed
// when exactly one of the candidates began a tenure of that office in that year (or month); never
// flagged: a biography's year may be of a nomination, an election or a swearing-in that the record
// dates otherwise.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf, startSentencesBack } from '../doc';
import { tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';
import { startFits, tenureStartConfirmed } from './tenure-pronoun';

const OPENING_RE =
  /(?:^|[.!?]\s+|\n\s*)(In\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d,?\s+)(he|she|\p{Lu}[\p{L}'’-]+)\s+(was\s+appointed(?:\s+as)?|was\s+named(?:\s+as)?|was\s+elected(?:\s+as)?|became|was\s+sworn\s+in\s+as|took\s+office\s+as)\s+/gu;
/** Where the title after the verb ends. */
const TITLE_END_RE = /[,.;:()]|\s(?:by|under|in|replacing|succeeding|after|when|and|from|until)\s/;
const PRONOUN_SENTENCES = 2;

export function openingYearStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.text.includes('In ')) return out;
  for (const m of doc.text.matchAll(OPENING_RE)) {
    const clauseStart = m.index! + m[0].indexOf(m[1]);
    const subjectStart = clauseStart + m[1].length;
    const subjectEnd = subjectStart + m[2].length;
    const titleStart = m.index! + m[0].length;
    const sentence = sentenceOf(doc, clauseStart);
    const rest = doc.text.slice(titleStart, Math.min(sentence.end, titleStart + 90));
    const cut = TITLE_END_RE.exec(rest);
    const titleEnd = titleStart + (cut ? cut.index : rest.length);
    if (titleEnd - titleStart < 3) continue;
    const offices = officesNamed(doc, titleStart, titleEnd);
    if (!offices.length) continue;
    const date = datesIn(doc, { start: clauseStart, end: subjectStart }, sentence).find((d) => !d.relative && d.explicitYear);
    if (!date) continue;
    const pronoun = /^(?:he|she)$/i.test(m[2]);
    const candidates = pronoun
      ? doc.people.filter((q) => q.start >= startSentencesBack(doc, sentence, PRONOUN_SENTENCES) && q.end <= clauseStart && !q.fuzzy)
      : doc.people.filter((q) => q.start === subjectStart && q.end === subjectEnd && !q.fuzzy);
    const fits = new Map<string, Tenure>();
    for (const q of candidates) {
      const t = offices.flatMap((o) => tenuresOf(q.personId, o)).find((x) => x.from <= doc.asOf && startFits(x, date));
      if (t) fits.set(q.personId, t);
    }
    if (fits.size !== 1) continue;
    const [[personId, t]] = [...fits];
    out.push(tenureStartConfirmed(doc, personId, t, clauseStart, titleEnd));
  }
  return out;
}
