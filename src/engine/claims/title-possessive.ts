// A country's possessive before a bare name: "Turkey's Recep Tayyip Erdogan", "Canada's Justin
// Trudeau". It says the person is that country's, not which office they hold, nor that they hold
// one still (a former chancellor is still "Germany's Olaf Scholz"): supported when the person
// holds an office of that country on the date, never a red flag.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import type { LexEntry } from '../lexicon';
import type { Match } from '../matcher';
import { titleAnnotation } from './title';
import { newTitleAfterName } from './title-new';
import { spansOverlap } from '../sentences';

const POSSESSIVE_GAP_RE = /^['\u2019]s[ \t]+$/;

export function possessiveCountryTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const q = countryBefore(doc, person) ?? countryAfter(doc, person);
    if (!q) {
      const agency = agencyAfter(doc, person) ?? bodyBefore(doc, person);
      if (agency) out.push(agency);
      continue;
    }
    const jurisdictions = qualifierJurisdictions(q);
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
  for (const a of newTitleAfterName(doc)) if (!out.some((b) => spansOverlap(b, a))) out.push(a);
  return out;
}

// Built once (speed, round 41): a literal in countryBefore was a new expression, parsed again, at each call.
const COUNTRY_BEFORE_RE = /['\u2019]s$/;
const COUNTRY_BEFORE_RE2 = /^['\u2019][ \t]+$/;
function countryBefore(doc: Doc, person: PersonMention): Match<LexEntry> | null {
  const q = doc.matches[person.match - 1];
  if (!q || q.end > person.start || person.start - q.end > 4) return null;
  const gap = doc.text.slice(q.end, person.start);
  // The qualifier key may hold the possessive itself ("Hungary's").
  if (POSSESSIVE_GAP_RE.test(gap) || (COUNTRY_BEFORE_RE.test(doc.text.slice(q.start, q.end)) && /^[ \t]+$/.test(gap))) return q;
  // A name ending in s takes the apostrophe alone: "the Netherlands’ Mark Rutte" (June 2024, held-out 22 pa029).
  if (COUNTRY_BEFORE_RE2.test(gap) && /s$/i.test(doc.text.slice(q.start, q.end))) return q;
  return null;
}

// "Volodymyr Zelensky of Ukraine, Vladimir Putin of Russia": the country ends the phrase.
const OF_RE = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/;
const PHRASE_END_RE =
  /^(?:\s*[,.;:)\n\u2013\u2014-]|\s*$|\s+(?:and|who|said|says|told|has|had|is|was|were|will|would|met|spoke|arrived)\b)/;

function countryAfter(doc: Doc, person: PersonMention): Match<LexEntry> | null {
  const q = doc.matches[person.match + 1];
  if (!q || q.start - person.end > 10 || !OF_RE.test(doc.text.slice(person.end, q.start))) return null;
  return PHRASE_END_RE.test(doc.text.slice(q.end, q.end + 12)) ? q : null;
}

// "Admiral Igor Kostyukov of GRU" (Abu Dhabi talks, January 2026), "William Burns of the CIA", "Vasyl
// Maliuk of the SBU": a service named by the acronym its office's name gives in brackets ("Head of
// the Main Directorate of the General Staff of Russia (GRU)") or one of its titles holds. It says whom the person works for,
// not the post: supported when one of the person's offices of that service is theirs on the date,
// never a red flag.
const AGENCY_AFTER_RE = /^[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z]{2,5})\b/;

function agencyAfter(doc: Doc, person: PersonMention): Annotation | null {
  // Cheap pretest, with no string made: " of " right after the name.
  if (!doc.text.startsWith(' of ', person.end)) return null;
  const m = AGENCY_AFTER_RE.exec(doc.text.slice(person.end, person.end + 16));
  if (!m || !PHRASE_END_RE.test(doc.text.slice(person.end + m[0].length, person.end + m[0].length + 12))) return null;
  // The acronym in brackets in the office's name, or a word of one of its titles ("cia director").
  const word = m[1].toLowerCase();
  const offices = (doc.facts.officesByPerson.get(person.personId) ?? []).filter(
    (o) =>
      o.name.includes(`(${m[1]})`) || (word.length > 2 && [...o.roles, ...(o.fixedTitles ?? [])].some((r) => r.split(' ').includes(word))),
  );
  if (!offices.length) return null;
  return titleAnnotation(doc, {
    start: person.start,
    end: person.end + m[0].length,
    person,
    senses: offices.map((office) => ({ office, loose: false })),
    explicit: true,
    modifier: 'none',
    soft: true,
  });
}

// Round 22: "the European Commission’s Ursula von der Leyen" (held-out 20 yd307), "the European Parliament's Roberta
// Metsola": a body named by two to four capitalised words before the possessive, one of the person's offices being of
// that body (its name ends with those words, "President of the European Commission", or is its member's title, "European
// Commissioner for Enlargement"). It says whom the person works for, not the post: supported when such an office is
// theirs on the date, never a red flag. Another body's office is no match ("the European Council's Ursula von der
// Leyen", "the UN Security Council's" of the Security Council of Russia).
const BODY_BEFORE_RE = new RegExp(String.raw`((?:[A-Z][\p{L}-]*[ \t]+){1,3}[A-Z][\p{L}-]*)['\u2019]s[ \t]+$`, 'u');

function bodyBefore(doc: Doc, person: PersonMention): Annotation | null {
  if (!person.full || person.fuzzy) return null;
  // Cheap pretest, with no string made: "'s " or "’s " right before the name.
  const at = person.start - 3;
  if (at < 0 || doc.text[at + 1] !== 's' || (doc.text[at] !== "'" && doc.text[at] !== '’')) return null;
  const lead = doc.text.slice(Math.max(0, person.start - 60), person.start);
  const m = BODY_BEFORE_RE.exec(lead);
  if (!m) return null;
  const words = m[1].split(/[ \t]+/);
  if (words[0] === 'The') words.shift();
  if (words.length < 2) return null;
  const body = words.join(' ');
  const offices = (doc.facts.officesByPerson.get(person.personId) ?? []).filter(
    (o) => o.name.endsWith(` ${body}`) || o.name.startsWith(`${body}er `),
  );
  if (!offices.length) return null;
  const start = person.start - lead.length + m.index + m[1].indexOf(words[0]);
  return titleAnnotation(doc, {
    start,
    end: person.end,
    person,
    senses: offices.map((office) => ({ office, loose: false })),
    explicit: true,
    modifier: 'none',
    soft: true,
    softReason: 'The body’s possessive says whom the person works for, not the post',
  });
}
