// A country's minister named with the generic word for another country's post: "The United States
// foreign minister Antony Blinken" (the US foreign minister is the Secretary of State), "US
// defence minister Lloyd Austin". title.ts reads a role only as the office of that name in the
// named country, and the US has no office called "foreign minister", so these said nothing.
//
// The generic word maps to the country's office of the same portfolio (the offices whose own
// roles include a word of that portfolio); with the country named it is a title like any other,
// judged by title.ts, red only for a full name.
import type { Office } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import type { RoleSense } from '../lexicon';
import type { FactIndex } from '../../facts/load';
import { memoByFacts } from '../memo';
import { holdersOn } from '../holders';
import { titleAnnotation, type TitleClaim } from './title';
import { warmed } from '../triggers';

// The generic words writers use of any country's minister, folded, by portfolio.
const GENERIC: Record<string, 'foreign' | 'defence'> = {
  'foreign minister': 'foreign',
  'minister of foreign affairs': 'foreign',
  'minister for foreign affairs': 'foreign',
  'foreign affairs minister': 'foreign',
  'defence minister': 'defence',
  'defense minister': 'defence',
  'minister of defence': 'defence',
  'minister of defense': 'defence',
  'minister for defence': 'defence',
};
// The words an office's own roles use for that portfolio: an office with one of them is its
// country's office of the portfolio, whatever it is called ("secretary of state").
const PORTFOLIO_ROLES: Record<'foreign' | 'defence', ReadonlySet<string>> = {
  foreign: new Set([
    'secretary of state',
    'foreign secretary',
    'foreign minister',
    'minister of foreign affairs',
    'minister for foreign affairs',
    'foreign affairs minister',
  ]),
  defence: new Set([
    'defence minister',
    'defense minister',
    'minister of defence',
    'minister of defense',
    'defence secretary',
    'defense secretary',
    'secretary of defense',
    'secretary of defence',
    'secretary of war',
  ]),
};

const portfolioOffices = memoByFacts((facts: FactIndex, key: string): Office[] => {
  const [portfolio, jurisdiction] = key.split('|') as ['foreign' | 'defence', string];
  const words = PORTFOLIO_ROLES[portfolio];
  return [...facts.offices.values()].filter((o) => o.jurisdiction === jurisdiction && o.roles.some((r) => words.has(r.toLowerCase())));
});

/**
 * The senses of a generic ministerial word ("foreign minister") in countries that name that
 * office otherwise; empty when the word is not generic or a country has the office by that name
 * (title.ts reads those).
 */
export function portfolioSenses(doc: Doc, roleKey: string, jurisdictions: readonly string[]): RoleSense[] {
  const portfolio = GENERIC[roleKey];
  if (!portfolio) return [];
  const own = doc.lexicon.roles.get(roleKey) ?? [];
  const out: RoleSense[] = [];
  for (const j of jurisdictions) {
    if (own.some((s) => s.office.jurisdiction === j)) continue;
    for (const office of portfolioOffices(doc.facts, `${portfolio}|${j}`)) out.push({ office, loose: false });
  }
  return out;
}

// Words before the country that change the claim (folded text).
const MODIFIER_RE = /(?:^|[^a-z])(former|ex|then|outgoing|acting|interim)[ \t]+(?:the[ \t]+)?$/;
const MODIFIERS: Record<string, TitleClaim['modifier']> = {
  former: 'former',
  ex: 'former',
  then: 'then',
  outgoing: 'outgoing',
  acting: 'acting',
  interim: 'acting',
};

export function portfolioTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = bareMinisterTitles(doc);
  for (const person of doc.people) {
    const claim = portfolioBefore(doc, person);
    if (!claim) continue;
    const annotation = titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

// Built once (speed, round 41): a literal in portfolioBefore was a new expression, parsed again, at each call.
const PORTFOLIO_BEFORE_RE = /^[ \t]*,?[ \t]*$/;
const PORTFOLIO_BEFORE_RE2 = /^(?:['\u2019]s)?[ \t]+$/;
function portfolioBefore(doc: Doc, person: PersonMention): TitleClaim | null {
  const { matches, folded } = doc;
  const r = matches[person.match - 1];
  const q = matches[person.match - 2];
  if (!r || !q || r.end > person.start || !PORTFOLIO_BEFORE_RE.test(folded.slice(r.end, person.start))) return null;
  const role = r.values.find((v) => v.type === 'role');
  if (!role || !GENERIC[role.key]) return null;
  if (!PORTFOLIO_BEFORE_RE2.test(doc.text.slice(q.end, r.start))) return null;
  const jurisdictions = qualifierJurisdictions(q);
  const senses = portfolioSenses(doc, role.key, jurisdictions);
  if (!senses.length) return null;
  let start = q.start;
  let modifier: TitleClaim['modifier'] = 'none';
  const windowStart = Math.max(0, q.start - 16);
  const mod = MODIFIER_RE.exec(folded.slice(windowStart, q.start));
  if (mod) {
    modifier = MODIFIERS[mod[1]];
    start = windowStart + mod.index + mod[0].indexOf(mod[1]);
  }
  // A misspelt name is a guess at who is meant: it may confirm, never flag.
  const sure = person.full && !person.fuzzy;
  return { start, end: person.end, person, senses, explicit: true, modifier, ...(sure ? {} : { soft: true }) };
}

// "Minister Lloyd Austin III" (interfax.com.ua, translating Reznikov, May 2022), "Minister Oleksii
// Reznikov": "Minister" alone before a full name, as translations from Ukrainian and Russian give any
// cabinet member, the US Secretary of Defense included. The word names no portfolio and no country,
// so it only confirms: the person held a minister's office of some country's that day, or a foreign
// or defence office that other countries call a ministry.
const BARE_MINISTER_RE = new RegExp(String.raw`(?:^|([\p{L}-]+)[ \t]+|[^\p{L}\s][ \t]*)Minister[ \t]+$`, 'u');
// Words before "Minister" that make it a title of its own ("Prime Minister", "Foreign Minister") or
// a past or other office.
const NOT_BARE = new Set(
  'former ex then late outgoing acting interim deputy vice first prime shadow junior state chief foreign defence defense finance economy interior justice health energy culture education'.split(
    ' ',
  ),
);

function bareMinisterTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most paragraphs name no minister this way: one look before any name is read.
  if (!doc.text.includes('Minister ')) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const before = doc.text.slice(Math.max(0, person.start - 40), person.start);
    const m = warmed(BARE_MINISTER_RE, before).exec(before);
    if (!m || (m[1] && NOT_BARE.has(m[1].toLowerCase()))) continue;
    const start = person.start - before.length + before.lastIndexOf('Minister');
    // A country or another title right before "Minister" ("Ukrainian Minister X") is title.ts's.
    const prev = doc.matches[person.match - 1];
    if (prev && prev.end <= start && /^[ \t]*$/.test(doc.text.slice(prev.end, start))) continue;
    const held = (doc.facts.officesByPerson.get(person.personId) ?? []).filter(
      (o) => !o.headOf && ministerial(o) && holdersOn(o, doc.asOf).some((t) => t.holder.person === person.personId),
    );
    if (!held.length) continue;
    const annotation = titleAnnotation(doc, {
      start,
      end: person.end,
      person,
      senses: held.map((office) => ({ office, loose: false })),
      explicit: false,
      modifier: 'none',
      soft: true,
      softReason: '"Minister" alone names no country or portfolio',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}

/** An office called a ministry in some country: its roles name a minister, or it is a foreign or defence office. */
function ministerial(office: Office): boolean {
  return office.roles.some(
    (r) => /\bminister\b/i.test(r) || PORTFOLIO_ROLES.foreign.has(r.toLowerCase()) || PORTFOLIO_ROLES.defence.has(r.toLowerCase()),
  );
}
