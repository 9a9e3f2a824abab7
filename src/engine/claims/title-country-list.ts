// A leader named with the country in brackets, in a list of leaders: "Heads of State and Government:
// In the front row from left Gitanas Nausėda (Lithuania), ... Kaja Kallas (Estonia), Sauli Niinistö
// (Finland)" (a summit photo's caption, July 2023), "the prime ministers Mark Rutte (Netherlands) and
// Kaja Kallas (Estonia)". The bracket says whose leader; the list's words say which office.
//
// Read only when the text before the name (the sentence or caption, up to 600 characters back) speaks
// of leaders, heads of state or government, presidents or prime ministers, and only for a person who
// heads that country's state or government on the day: confirmed, never flagged (soft), since the
// bracket may as well give a former leader's country.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { RoleSense } from '../lexicon';
import { holdersOn } from '../holders';
import { titleAnnotation } from './title';

const BRACKET_COUNTRY_RE = /^[ \t]*\(([^()\n]{2,40})\)/;
const LEADERS_RE = /\b(?:heads?[ \t]+of[ \t]+(?:state|government)|leaders|presidents|prime[ \t]+ministers|premiers|chancellors)\b/i;

export function countryListTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Cheap pretest: a bracket at all.
  if (!doc.text.includes('(')) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    // Cheap pretest, before any slice: the bracket right after the name.
    if (!doc.text.startsWith('(', person.end) && !doc.text.startsWith(' (', person.end)) continue;
    const m = BRACKET_COUNTRY_RE.exec(doc.text.slice(person.end, person.end + 46));
    if (!m) continue;
    const open = person.end + m[0].indexOf('(') + 1;
    const close = person.end + m[0].length - 1;
    const q = doc.matches[person.match + 1];
    if (!q || q.start !== open || q.end !== close) continue;
    const countries = q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : []));
    if (!countries.length) continue;
    if (!LEADERS_RE.test(doc.text.slice(Math.max(0, person.start - 600), person.start))) continue;
    const senses: RoleSense[] = (doc.facts.officesByPerson.get(person.personId) ?? [])
      .filter((o) => o.headOf && countries.includes(o.jurisdiction))
      .filter((o) => holdersOn(o, doc.asOf).some((t) => t.holder.person === person.personId))
      .map((office) => ({ office, loose: false }));
    if (!senses.length) continue;
    const annotation = titleAnnotation(doc, {
      start: person.start,
      end: close + 1,
      person,
      senses,
      explicit: true,
      modifier: 'none',
      soft: true,
      softReason: 'A country in brackets may be a former leader’s',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}
