// An office the country does not have, named as a description with no name after it: "a video surfaced of the Canadian
// president appearing to mock him" (held-out 42 tt002, BBC, December 2019: Canada has a prime minister, Justin Trudeau,
// and a monarch), "said the Swedish president" (held-out 20 ya030, March 2024), "the German prime minister" (Germany's
// head of government is its Chancellor). title-no-president.ts reads the same slip with a name after it.
//
// What is known: a kingdom's having no president (Jurisdiction.monarchy, on a confident record) where no office of the
// country is ever called so (Spain's head of government is loosely its "president"); a country whose head of government
// is recorded under another title and no office of it is called prime minister. Contradicted only as a description:
// "the" (or the country's possessive) right before, nothing that makes it another body's ("the Canadian president of
// the World Bank", "the Dutch president of the Eurogroup", "the Canadian president and CEO"), no name or possessive after it, not in
// quotation marks, not denied or supposed ("no", "not", "if", "would"), no European body named in the sentence, and no
// one named on the page who presided over anything within a year of the page's day ("the Belgian president" for
// Charles Michel, President of the European Council).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Jurisdiction, Office } from '../../facts/schema';
import { qualifierJurisdictions, sentenceOf } from '../doc';
import { holdersOn, isConfident, sourcesOf, tenuresOf } from '../holders';
import { insideQuotes } from '../sentences';
import { heldWithinAYear } from './title-no-president';
import { THE_AT_END_RE } from '../letter-classes';
import { compiledOnFirstRun, testWarm } from '../triggers';

type Match = Doc['matches'][number];

const PRESIDENT_RE = /\bpresident\b/i;
const PRIME_MINISTER_RE = /\b(?:prime minister|premier|pm)\b/i;
const THE_WORD_RE = /the[ \t]+$/i;
const POSSESSIVE_RE = /^['\u2019]s[ \t]+$/;
const SPACE_RE = /^[ \t]+$/;
const APPOSED_RE = /^[ \t]*,[ \t]*$/;
// After the role: another body's ("of"), a second title ("and CEO"), "-elect", a name, or a possessive ("the German Prime
// Minister's rival": someone else, described by their relation).
const OTHER_AFTER_RE = compiledOnFirstRun(
  new RegExp(String.raw`^(?:[ \t]*(?:-|\u2013)?[ \t]*(?:of|and|&|elect|emeritus|designate)\b|[ \t]+[A-Z]|[\p{L}]|['\u2019]s\b)`, 'u'),
);
const DENIED_RE = /\b(?:no|not|never|nor|if|whether|would|could|might|without|imagine|hypothetical)\b|n['\u2019]t\b/i;
const EUROPEAN_BODY_RE = /\b(?:European|EU|Eurogroup|Commission|Council|Parliament|Assembly|presidency)\b/i;

export function absentOfficeNameless(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // No pass over the page: the lexicon's matches, already found, are walked for the two role nouns.
  const { matches, text, facts } = doc;
  for (let i = 1; i < matches.length; i++) {
    const role = matches[i];
    const key = roleKey(role);
    if (!key) continue;
    const q = matches[i - 1];
    const [jid, ...others] = qualifierJurisdictions(q);
    if (!jid || others.length) continue;
    const between = text.slice(q.end, role.start);
    const possessive = POSSESSIVE_RE.test(between);
    if (!possessive && !SPACE_RE.test(between)) continue;
    if (!possessive && !testWarm(THE_AT_END_RE, text.slice(Math.max(0, q.start - 6), q.start))) continue;
    if (OTHER_AFTER_RE.test(text.slice(role.end, role.end + 12))) continue;
    if (matches[i + 1]?.values.some((v) => v.type === 'person') && matches[i + 1].start - role.end <= 3) continue;
    const j = facts.jurisdictions.get(jid);
    if (!j) continue;
    const missing = key === 'president' ? noPresident(doc, j) : noPrimeMinister(doc, j);
    if (!missing) continue;
    const sentence = sentenceOf(doc, role.start);
    const said = text.slice(sentence.start, sentence.end);
    const before = text.slice(sentence.start, q.start);
    if (insideQuotes(before) || DENIED_RE.test(before) || EUROPEAN_BODY_RE.test(said)) continue;
    if (key === 'president' && presiderNamed(doc, j.id)) continue;
    const head = missing.head;
    const holder = head ? holdersOn(head, doc.asOf)[0] : undefined;
    const who = holder ? facts.people.get(holder.holder.person)?.name : undefined;
    const the = possessive ? null : THE_WORD_RE.exec(text.slice(Math.max(0, q.start - 6), q.start));
    const start = the ? q.start - the[0].length : q.start;
    // "Friedrich Merz, the German Prime Minister, said": a title set beside a name is title-absent-head.ts's to judge.
    const named = matches[i - 2];
    if (named?.values.some((v) => v.type === 'person') && APPOSED_RE.test(text.slice(named.end, start))) continue;
    out.push({
      start,
      end: role.end,
      quote: text.slice(start, role.end),
      kind: 'title',
      verdict: 'contradicted',
      factIds: [j.id, ...(head ? [head.id] : [])],
      message: `${missing.why}${head ? ` Its head of government is the ${head.name}${who ? ` (${who} on that day)` : ''}.` : ''}`,
      fact: missing.why,
      sources: missing.sources,
    });
  }
  return out;
}

/** "president" or "prime minister", when the match is that role noun. */
function roleKey(m: Match): 'president' | 'prime minister' | null {
  for (const v of m.values) {
    // The lexicon's role keys are folded already.
    if (v.type === 'role' && (v.key === 'president' || v.key === 'prime minister')) return v.key;
  }
  return null;
}

interface Missing {
  why: string;
  head: Office | undefined;
  sources: Annotation['sources'];
}

/** A kingdom no office of which is called president, ever. */
function noPresident(doc: Doc, j: Jurisdiction): Missing | null {
  if (!j.monarchy || !isConfident(j.monarchy)) return null;
  const offices = doc.facts.base.offices.filter((o) => o.jurisdiction === j.id);
  if (offices.some((o) => [o.name, ...o.roles, ...(o.looseRoles ?? [])].some((r) => PRESIDENT_RE.test(r)))) return null;
  const head = offices.find((o) => o.headOf === 'government');
  return { why: `${j.name} has no president; its head of state is a monarch.`, head, sources: sourcesOf(j.monarchy) };
}

/** A country whose head of government is recorded under another title, and no office of it called prime minister. */
function noPrimeMinister(doc: Doc, j: Jurisdiction): Missing | null {
  const offices = doc.facts.base.offices.filter((o) => o.jurisdiction === j.id);
  const head = offices.find((o) => o.headOf === 'government');
  if (!head || !head.holders.length) return null;
  if (offices.some((o) => [o.name, ...o.roles, ...(o.looseRoles ?? [])].some((r) => PRIME_MINISTER_RE.test(r)))) return null;
  const t = holdersOn(head, doc.asOf)[0];
  if (!t || !isConfident(t.holder)) return null;
  return { why: `${j.name} has no prime minister.`, head, sources: sourcesOf(t.holder) };
}

/**
 * Someone of the country named on the page (who held an office of it) who presided over anything (the European Council, a
 * parliament) within a year of its day.
 */
function presiderNamed(doc: Doc, jurisdiction: string): boolean {
  const near = heldWithinAYear(doc.asOf);
  return doc.people.some((p) => {
    const offices = doc.facts.officesByPerson.get(p.personId) ?? [];
    return (
      offices.some((o) => o.jurisdiction === jurisdiction) &&
      offices.some((o) => PRESIDENT_RE.test(o.name) && tenuresOf(p.personId, o).some(near))
    );
  });
}
