// A bare "President" before someone of a country whose president the page names by the same bare title: "He is the
// successor of President Rex Tillerson, dismissed by President Trump" (held-out 14 o208, April 2018: Tillerson was
// Secretary of State), "Secretary of State Vance" aside, "President Rubio" where the page says "President Trump".
// title.ts says nothing of a bare "President", which may be any country's or any body's (a board's, a rotating
// council's, a society's); ownCountryTitles (title-of.ts) leaves it out for that reason. The page itself settles it
// when it gives the bare title to the one who held the country's presidency that day: there, "President" is that
// office, and a person of the same country who never held any office the word can name is not it.
//
// Read only when the person is named in full (or by a surname the page names in full before and no holder of the
// presidency bears), holds or left within RECENT_DAYS another office of their country on record (so the reader
// knows them by it), and never held any office "president" names anywhere; judged by title.ts as that country's
// title (contradicted on a verified record, a certain date, within the office's horizon).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import { addDays } from '../dates';
import { holdersOn, isConfident, tenuresOf } from '../holders';
import { foldKey } from '../normalize';
import { titleAnnotation, titleBefore } from './title';

/** Days after another office of theirs ended within which the person is still known by it. */
const RECENT_DAYS = 120;

export function pagePresidentTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.text.includes('President ')) return out;
  for (const person of doc.people) {
    if (person.fuzzy) continue;
    const before = doc.matches[person.match - 1];
    if (!before || person.start - before.end > 3 || !before.values.some((v) => v.type === 'role' && v.key === 'president')) continue;
    if (doc.text.slice(before.start, before.end) !== 'President') continue;
    const country = doc.facts.people.get(person.personId)?.country;
    if (!country) continue;
    const claim = titleBefore(doc, person);
    if (!claim || claim.explicit || claim.modifier !== 'none' || claim.soft || claim.start !== before.start) continue;
    if (claim.senses.some((s) => tenuresOf(person.personId, s.office).length > 0)) continue;
    const heads = claim.senses.filter((s) => !s.loose && s.office.jurisdiction === country && s.office.single && s.office.headOf);
    if (heads.length !== 1) continue;
    const office = heads[0].office;
    if (!person.full && !surnameSure(doc, person, office)) continue;
    if (!knownByOtherOffice(doc, person.personId, country)) continue;
    if (!pageCallsHolderPresident(doc, office, person)) continue;
    const a = titleAnnotation(doc, { ...claim, senses: [heads[0]], explicit: true });
    if (a) out.push(a);
  }
  return out;
}

/** Named in full before, and no holder of the office bears the surname written. */
function surnameSure(doc: Doc, person: PersonMention, office: Office): boolean {
  if (!doc.people.some((p) => p.full && !p.fuzzy && p.personId === person.personId && p.end <= person.start)) return false;
  if (office.coveredFrom > doc.asOf) return false;
  const written = foldKey(doc.text.slice(person.start, person.end));
  return !office.holders.some((h) => doc.facts.people.get(h.person)?.surnames.some((s) => foldKey(s) === written));
}

/** The person holds, or left within RECENT_DAYS, another office of their country, on a confident record. */
function knownByOtherOffice(doc: Doc, personId: string, country: string): boolean {
  return (doc.facts.officesByPerson.get(personId) ?? [])
    .filter((o) => o.jurisdiction === country)
    .flatMap((o) => tenuresOf(personId, o))
    .some((t) => isConfident(t.holder) && t.from <= doc.asOf && (!t.until || addDays(t.until, RECENT_DAYS) >= doc.asOf));
}

/** Elsewhere on the page, the bare "President" stands right before the office's one holder that day. */
function pageCallsHolderPresident(doc: Doc, office: Office, person: PersonMention): boolean {
  const on = holdersOn(office, doc.asOf);
  if (on.length !== 1 || on[0].holder.confidence !== 'verified') return false;
  const holder = on[0].holder.person;
  return doc.people.some((p) => {
    if (p === person || p.personId !== holder || p.fuzzy) return false;
    const m = doc.matches[p.match - 1];
    if (!m || p.start - m.end > 3 || doc.text.slice(m.start, m.end) !== 'President') return false;
    // Bare there too: no country or body right before it.
    const q = doc.matches[p.match - 2];
    return !q || !/^(?:['\u2019]s)?[ \t]+$/.test(doc.text.slice(q.end, m.start));
  });
}
