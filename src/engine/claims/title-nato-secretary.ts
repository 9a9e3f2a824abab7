// Round 31: "NATO Secretary Jens Stoltenberg" (held-out 29 ma019, a Greek outlet of October 2022; the same in held-out 17
// ta002): the Secretary General's title shortened to "Secretary" after "NATO". Not a role of the lexicon's, since a bare
// "Secretary Rubio" is a US secretary's; read here only right after "NATO" (or "NATO's") and right before a full name.
// Confirm-only: the short form is not the office's name, and the readers of title.ts that tell a past term are not run.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { titleAnnotation } from './title';

const OFFICE_ID = 'nato-secretary-general';
// The folded text right before the name: "nato secretary ", "nato's secretary ", "the nato secretary ".
const NATO_SECRETARY_RE = /(?:^|[^a-z])(nato(?:['\u2019]s)?[ \t]+secretary)[ \t]+$/;
// A word that makes the title another time's or another office's ("former NATO Secretary", "NATO Deputy Secretary").
const OTHER_RE =
  /(?:^|[^a-z])(?:former|ex|then|late|past|previous|next|future|incoming|outgoing|acting|interim|deputy|assistant|vice)[ \t-]+$/;

export function natoSecretaryTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const office = doc.facts.offices.get(OFFICE_ID);
  if (!office) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    // Cheap pretest, with no string made: "secretary " ends right before the name.
    if (!doc.folded.startsWith('secretary', person.start - 10)) continue;
    const from = Math.max(0, person.start - 40);
    const m = NATO_SECRETARY_RE.exec(doc.folded.slice(from, person.start));
    if (!m) continue;
    const start = from + m.index + m[0].indexOf(m[1]);
    if (OTHER_RE.test(doc.folded.slice(Math.max(0, start - 12), start))) continue;
    const annotation = titleAnnotation(doc, {
      start,
      end: person.end,
      person,
      senses: [{ office, loose: false }],
      explicit: true,
      modifier: 'none',
      soft: true,
      softReason: '"Secretary" is a short form of the title',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}
