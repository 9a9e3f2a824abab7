// A country's possessive before a bare name: "Turkey's Recep Tayyip Erdogan", "Canada's Justin
// Trudeau". It says the person is that country's, not which office they hold, nor that they hold
// one still (a former chancellor is still "Germany's Olaf Scholz"): supported when the person
// holds an office of that country on the date, never a red flag.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { LexEntry } from '../lexicon';
import type { Match } from '../matcher';
import { titleAnnotation } from './title';
import { newTitleAfterName } from './title-new';

const POSSESSIVE_GAP_RE = /^['’]s[ \t]+$/;

export function possessiveCountryTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const q = countryBefore(doc, person) ?? countryAfter(doc, person);
    if (!q) continue;
    const jurisdictions = q.values.filter((v) => v.type === 'qualifier').map((v) => v.jurisdiction);
    if (!jurisdictions.length) continue;
    const offices = (doc.facts.officesByPerson.get(person.personId) ?? []).filter((o) => jurisdictions.includes(o.jurisdiction));
    // Someone we know of no office of that country: nothing to confirm.
    if (!offices.length) continue;
    const annotation = titleAnnotation(doc, {
      start: Math.min(q.start, person.start),
      end: Math.max(q.end, person.end),
      person,
      senses: offices.map((office) => ({ office, loose: false })),
      explicit: true,
      modifier: 'none',
      soft: true,
    });
    if (annotation) out.push(annotation);
  }
  // "Yvette Cooper, UK’s new Foreign Secretary,": the country's possessive before a title with "new" (title-new.ts).
  for (const a of newTitleAfterName(doc)) if (!out.some((b) => b.start < a.end && a.start < b.end)) out.push(a);
  return out;
}

function countryBefore(doc: Doc, person: PersonMention): Match<LexEntry> | null {
  const q = doc.matches[person.match - 1];
  if (!q || q.end > person.start || person.start - q.end > 4) return null;
  const gap = doc.text.slice(q.end, person.start);
  // The qualifier key may hold the possessive itself ("Hungary's").
  if (POSSESSIVE_GAP_RE.test(gap) || (/['’]s$/.test(doc.text.slice(q.start, q.end)) && /^[ \t]+$/.test(gap))) return q;
  return null;
}

// "Volodymyr Zelensky of Ukraine, Vladimir Putin of Russia": the country ends the phrase.
const OF_RE = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/;
const PHRASE_END_RE = /^(?:\s*[,.;:)\n–—-]|\s*$|\s+(?:and|who|said|says|told|has|had|is|was|were|will|would|met|spoke|arrived)\b)/;

function countryAfter(doc: Doc, person: PersonMention): Match<LexEntry> | null {
  const q = doc.matches[person.match + 1];
  if (!q || q.start - person.end > 10 || !OF_RE.test(doc.text.slice(person.end, q.start))) return null;
  return PHRASE_END_RE.test(doc.text.slice(q.end, q.end + 12)) ? q : null;
}
