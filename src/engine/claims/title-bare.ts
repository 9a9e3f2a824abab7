// A country's title with no name after it: "The President of the United States of America also
// said that Ukraine can forget about joining NATO", "the American president said at his first
// cabinet meeting", "the Polish prime minister told reporters". The press names the holder
// elsewhere on the page; the title is read as said of the one who held it on the article's date,
// and confirmed only when the page names that holder. Never flagged: whom a bare title means (a
// holder of another time, a holder the page names further on) is a reading.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { holdersOn } from '../holders';
import { titleAnnotation } from './title';
import { readTitle } from './title-paren';

// Right after the title: a verb or a clause, not a name ("the US president, Donald Trump," and
// "the US president Donald Trump" are other forms').
const NO_NAME_AFTER_RE = /^(?:[ \t]+[a-z]|[ \t]*[.;:!?]|[ \t]*,[ \t]+[a-z])/;
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;

export function bareTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { matches, folded, text } = doc;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    // Cheap pretest, with no string made: "the " right before the title.
    if (m.start < 4 || !folded.startsWith('the ', m.start - 4) || (m.start > 4 && /[\p{L}\p{N}]/u.test(folded[m.start - 5]))) continue;
    if (!m.values.some((v) => v.type === 'qualifier' || v.type === 'role')) continue;
    // "the Office of the President of Ukraine", "the mace of the President": the office, not its holder.
    if (folded.startsWith(' of ', m.start - 8)) continue;
    const title = readTitle(doc, i);
    if (!title?.explicit || !NO_NAME_AFTER_RE.test(text.slice(title.end, title.end + 3))) continue;
    const offices = [...new Set(title.senses.filter((s) => !s.loose).map((s) => s.office))];
    if (offices.length !== 1 || !offices[0].single) continue;
    const [held] = holdersOn(offices[0], doc.asOf);
    if (!held || holdersOn(offices[0], doc.asOf).length !== 1) continue;
    const personId = held.holder.person;
    // Named in full, or by a surname of theirs ("Trump said"), which the page has not otherwise tied to anyone.
    if (!doc.people.some((p) => p.personId === personId && !p.fuzzy) && !namesBySurname(doc, personId)) continue;
    // A sentence that tells of another year may tell of another holder.
    const sentence = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
    const year = doc.asOf.slice(0, 4);
    if (sentence && (text.slice(sentence.start, sentence.end).match(YEAR_RE) ?? []).some((y) => y !== year)) continue;
    const person: PersonMention = { start: title.end, end: title.end, personId, full: true, match: -1 };
    const annotation = titleAnnotation(doc, {
      start: m.start,
      end: title.end,
      person,
      senses: [{ office: offices[0], loose: false }],
      explicit: true,
      modifier: 'none',
      soft: true,
      softReason: 'The title names no one; it is read as said of the holder the page names',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}

function namesBySurname(doc: Doc, personId: string): boolean {
  return doc.matches.some((m) => m.values.some((v) => v.type === 'person' && v.id === personId));
}
