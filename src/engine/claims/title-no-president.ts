// A president of a kingdom: "meeting with Turkish President Recep Tayyip Erdoğan, Polish President Andrzej Duda, and
// Dutch President Mark Rutte" (held-out 13 d205, July 2023: the Netherlands has a king; Rutte was its prime minister).
// title.ts reads nothing there, since the country has no office the title names ("Dutch Secretary General" may be
// an office the fact base does not know). A kingdom's having no president is a recorded fact (Jurisdiction.monarchy).
//
// Contradicted when the country's qualifier stands right before "President", the name after it is written in full,
// the person held an office of that country (the country is theirs: "Dutch President Ursula von der Leyen" is left
// alone), and on the page's day held no office called president anywhere (a Belgian who presides over the European
// Council may be loosely called "Belgian President"). Never past the horizon of the person's own offices.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { daysBetween } from '../dates';
import { pastHorizon } from '../horizon';
import { foldKey } from '../normalize';
import { qualifierJurisdictions } from '../doc';
import { ROLE_OF_COUNTRY_RE } from '../fuzzy';
import { captionListItem } from './title-of';

const PRESIDENT_KEYS = new Set(['president']);
const YEAR = 366;

export function presidentsOfKingdoms(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.folded.includes('president')) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const claim = kingdomPresident(doc, person);
    if (claim) out.push(claim);
  }
  return out;
}

/** A tenure held on the day, or ending or beginning within a year of it: the loose title may be that office's. */
export const heldWithinAYear =
  (asOf: string) =>
  (t: Tenure): boolean =>
    (asOf >= t.from || daysBetween(t.from, asOf) <= YEAR) && (!t.until || asOf < t.until || daysBetween(t.until, asOf) <= YEAR);

type Match = Doc['matches'][number];
// Built once (speed, round 41): a literal in qualifiedTitleBefore was a new expression, parsed again, at each call.
const QUALIFIED_TITLE_BEFORE_RE = /^[ \t]+$/;
const QUALIFIED_TITLE_BEFORE_RE2 = /^(?:['\u2019]s)?[ \t]+$/;
/**
 * "Dutch President NAME", "German Prime Minister NAME": the country's qualifier and a title matched right before a
 * person's name, with only spaces (and a possessive after the qualifier) between them. Shared with title-absent-head.ts.
 */
export function qualifiedTitleBefore(doc: Doc, person: PersonMention): { q: Match; role: Match } | null {
  const role = doc.matches[person.match - 1];
  const q = doc.matches[person.match - 2];
  if (!role || !q || !QUALIFIED_TITLE_BEFORE_RE.test(doc.text.slice(role.end, person.start))) return null;
  if (!QUALIFIED_TITLE_BEFORE_RE2.test(doc.text.slice(q.end, role.start))) return null;
  return { q, role };
}

const isPresident = (m: Match): boolean => m.values.some((v) => v.type === 'role' && PRESIDENT_KEYS.has(foldKey(v.key)));
// What ends a title told after a name: a comma, a full stop, a bracket, a line's end, or a verb.
const PHRASE_END_RE = /^(?:[ \t]*[,.;:)\n]|\s*$|\s+(?:and|who|said|says|told|has|had|is|was|will|would)\b)/;

// Built once (speed, round 41): a literal in qualifiedTitleAfter was a new expression, parsed again, at each call.
const QUALIFIED_TITLE_AFTER_RE = /^(?:,[ \t]+(?:the[ \t]+)?|[ \t]*\([ \t]*(?:the[ \t]+)?|[ \t]+)/;
/**
 * "Justin Trudeau, Canada's president", "Justin Trudeau, the President of Canada", and in a caption's list parted by
 * semicolons "...; Justin Trudeau President of Canada; ..." (title-of.ts captionListItem): the country and "president"
 * after the name, the whole title ending there.
 */
function qualifiedTitleAfter(doc: Doc, person: PersonMention): { q: Match; start: number; end: number } | null {
  const { text } = doc;
  // "Justin Trudeau (President of Canada)", "(Canadian president)": a bracket, closed right after the title.
  const lead = QUALIFIED_TITLE_AFTER_RE.exec(text.slice(person.end, person.end + 8));
  const a = doc.matches[person.match + 1];
  const b = doc.matches[person.match + 2];
  if (!lead || !a || !b || a.start !== person.end + lead[0].length) return null;
  let q: Match;
  if (isPresident(b) && /^(?:['\u2019]s)?[ \t]+$/.test(text.slice(a.end, b.start))) q = a;
  else if (isPresident(a) && ROLE_OF_COUNTRY_RE.test(text.slice(a.end, b.start))) q = b;
  else return null;
  if (!qualifierJurisdictions(q).length) return null;
  const end = b.end;
  const tail = text.slice(end, end + 12);
  if (/^[ \t]+of\b/.test(tail)) return null;
  const bracket = lead[0].includes('(');
  if (bracket ? !/^[ \t]*\)/.test(tail) : lead[0].startsWith(',') ? !PHRASE_END_RE.test(tail) : !captionListItem(doc, person.start, end))
    return null;
  return { q, start: person.start, end: bracket ? end + tail.indexOf(')') + 1 : end };
}

// Built once (speed, round 41): a literal in kingdomPresident was a new expression, parsed again, at each call.
const KINGDOM_PRESIDENT_RE = /^[ \t]+of\b/;
function kingdomPresident(doc: Doc, person: PersonMention): Annotation | null {
  const { text, facts } = doc;
  const found = qualifiedTitleBefore(doc, person);
  const after = found ? null : qualifiedTitleAfter(doc, person);
  if (!found && !after) return null;
  const q = found?.q ?? after!.q;
  if (found && !isPresident(found.role)) return null;
  // "Dutch President of the European Council": the body's, not the country's.
  if (found && KINGDOM_PRESIDENT_RE.test(text.slice(person.end, person.end + 6))) return null;
  const kingdoms = q.values.flatMap((v) => (v.type === 'qualifier' ? [facts.jurisdictions.get(v.jurisdiction)] : []));
  const kingdom = kingdoms.length === 1 ? kingdoms[0] : undefined;
  if (!kingdom?.monarchy || !isConfident(kingdom.monarchy)) return null;
  const offices = facts.officesByPerson.get(person.personId) ?? [];
  const own = offices.filter((o) => o.jurisdiction === kingdom.id).flatMap((o) => tenuresOf(person.personId, o));
  const theirs = own.filter((t) => isConfident(t.holder)).sort((a, b) => (a.from < b.from ? 1 : -1));
  if (!theirs.length) return null;
  // Presiding over anything that day (the European Council, a parliament): the word may be loosely that office's.
  // Within a year either side: "Belgian President Charles Michel" in July 2019, elected to preside over the European
  // Council from December.
  if (offices.some((o) => /president/i.test(o.name) && tenuresOf(person.personId, o).some(heldWithinAYear(doc.asOf)))) return null;
  if (offices.some((o) => pastHorizon(facts, doc.asOf, { office: o.id }))) return null;
  const t = theirs.find((x) => onDay(x, doc.asOf) !== 'out') ?? theirs.find((x) => x.from <= doc.asOf) ?? theirs[0];
  const who = facts.people.get(person.personId);
  const start = found ? q.start : after!.start;
  const end = found ? person.end : after!.end;
  return {
    start,
    end,
    quote: text.slice(start, end),
    kind: 'title',
    verdict: 'contradicted',
    factIds: [kingdom.id, t.office.id, person.personId],
    message: `The country (${kingdom.name}) has no president; its head of state is a monarch. ${who?.name ?? person.personId} held the office of ${t.office.name}.`,
    fact: describeHolder(who, t),
    sources: sourcesOf(kingdom.monarchy, t.holder),
  };
}
