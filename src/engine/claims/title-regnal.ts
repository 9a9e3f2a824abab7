// A monarch named with the title as part of the name: "King Philip VI", "an elegant dinner hosted by
// King Willem-Alexander and Queen Maxima", "hosted by Queen Elizabeth II", "Her Majesty Queen
// Elizabeth II". title.ts reads the title inside a name only with the country beside it ("King
// Philippe of the Belgians", "the Dutch King Willem-Alexander"); without it the name said nothing.
//
// Confirmed when the person is the reigning monarch on the day; never flagged (soft): the press
// keeps the style after a reign ("King Juan Carlos"), and a consort ("Queen Maxima") holds no
// office of ours, so says nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { RoleSense } from '../lexicon';
import { holdersOn } from '../holders';
import { confirmOnlyTitle } from './title';

const MONARCH_ROLES = new Set(['king', 'queen', 'monarch']);

export function regnalTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    // Cheap pretest: the name starts with the title, or the title stands right before it.
    const inName = doc.text.startsWith('King ', person.start) || doc.text.startsWith('Queen ', person.start);
    const before =
      !inName &&
      ((person.start >= 5 && doc.text.startsWith('King ', person.start - 5)) ||
        (person.start >= 6 && doc.text.startsWith('Queen ', person.start - 6)));
    if (!inName && !before) continue;
    const senses: RoleSense[] = (doc.facts.officesByPerson.get(person.personId) ?? [])
      .filter((o) => o.roles.some((r) => MONARCH_ROLES.has(r)))
      .filter((o) => holdersOn(o, doc.asOf).some((t) => t.holder.person === person.personId))
      .map((office) => ({ office, loose: false }));
    if (!senses.length) continue;
    const start = !before
      ? person.start
      : person.start >= 5 && doc.text.startsWith('King ', person.start - 5)
        ? person.start - 5
        : person.start - 6;
    const annotation = confirmOnlyTitle(doc, start, person.end, person, senses, 'A monarch’s style is kept after the reign');
    if (annotation) out.push(annotation);
  }
  return out;
}
