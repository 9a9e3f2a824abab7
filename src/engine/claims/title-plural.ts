// A plural title over paired lists: "the Ministers of Defense of Great Britain and Germany, John
// Healey and Boris Pistorius". The countries and the names pair up in order; each pair is one
// title claim ("Minister of Defense of Great Britain John Healey"), judged by title.ts's rules.
// And a plural title of one country over a list of names: "The former presidents of Ukraine Petro
// Poroshenko, Viktor Yushchenko, Leonid Kuchma and Leonid Kravchuk", "former Ukrainian presidents
// Leonid Kuchma and Viktor Yushchenko": each name is one claim of that country's office.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import type { LexEntry, RoleSense } from '../lexicon';
import type { Match } from '../matcher';
import { foldKey } from '../normalize';
import { confirmOnlyTitle, titleAnnotation } from './title';
import { holdersOn } from '../holders';

/**
 * The senses a paired title gives a name: its own country's, or the other country's when the
 * person held that one on the day and not their own ("the foreign ministers of Ukraine and Russia,
 * Sergei Lavrov and Dmytro Kuleba": writers do not always keep the order; the pair is still true).
 */
function pairedSenses(doc: Doc, person: PersonMention, own: RoleSense[], other: RoleSense[]): RoleSense[] {
  const holds = (senses: RoleSense[]) => senses.some((s) => holdersOn(s.office, doc.asOf).some((t) => t.holder.person === person.personId));
  return !holds(own) && holds(other) ? other : own;
}

const AND_RE = /^,?[ \t]+and[ \t]+(?:the[ \t]+)?$/;
// The plural role's last words before "of <country>", capitalised or not ("the foreign ministers of
// Ukraine and Russia, Dmytro Kuleba and Sergei Lavrov": only a phrase the lexicon knows as a role counts).
const ROLE_WORDS_RE = /((?:[A-Za-z]+[ \t]+(?:of[ \t]+|for[ \t]+)?){0,3}[A-Za-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$/;

const qualifiers = (m: Match<LexEntry> | undefined) => (m ? qualifierJurisdictions(m) : []);

/** "Ministers" -> "Minister", "Secretaries" -> "Secretary"; null when the word is not plural. */
function singular(word: string): string | null {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/men$/.test(word)) return word.slice(0, -3) + 'man';
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return null;
}

/** The role a plural phrase names ("Ministers of Defense" -> the senses of "minister of defense"); the longest that is one. */
export function pluralRole(doc: Doc, phrase: string): { senses: RoleSense[]; length: number } | null {
  const words = phrase.split(/[ \t]+/);
  for (let from = 0; from < words.length; from++) {
    const part = words.slice(from);
    // The plural word is the head: the last capitalised word before "of"/"for", or the last one.
    const head = part.findIndex((w, i) => /^[A-Za-z]/.test(w) && (i === part.length - 1 || /^(?:of|for)$/.test(part[i + 1])));
    const one = head >= 0 ? singular(part[head]) : null;
    if (!one) continue;
    const key = foldKey([...part.slice(0, head), one, ...part.slice(head + 1)].join(' '));
    const senses = doc.lexicon.roles.get(key);
    if (senses?.length) return { senses, length: part.join(' ').length };
  }
  return null;
}

export function pluralTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [...listTitles(doc)];
  const people = new Map<number, PersonMention>(doc.people.map((p) => [p.match, p]));
  for (const first of doc.people) {
    const second = people.get(first.match + 1);
    if (!second || second.start - first.end > 12 || !AND_RE.test(doc.text.slice(first.end, second.start))) continue;
    const q2 = doc.matches[first.match - 1];
    const q1 = doc.matches[first.match - 2];
    const j1 = qualifiers(q1);
    const j2 = qualifiers(q2);
    if (!j1.length || !j2.length || q2.end > first.start) continue;
    if (!/^,?[ \t]+$/.test(doc.text.slice(q2.end, first.start)) || !AND_RE.test(doc.text.slice(q1.end, q2.start))) continue;
    const before = ROLE_WORDS_RE.exec(doc.text.slice(Math.max(0, q1.start - 60), q1.start));
    if (!before) continue;
    const role = pluralRole(doc, before[1]);
    if (!role) continue;
    const titleStart = q1.start - (before[0].length - before[1].length) - role.length;
    const of = (jurisdictions: string[]) => role.senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
    [
      { person: first, jurisdictions: j1, other: j2, start: titleStart },
      { person: second, jurisdictions: j2, other: j1, start: second.start },
    ].forEach(({ person, jurisdictions, other, start }) => {
      const senses = pairedSenses(doc, person, of(jurisdictions), of(other));
      if (!senses.length) return;
      const annotation = titleAnnotation(doc, { start, end: person.end, person, senses, explicit: true, modifier: 'none' });
      if (annotation) out.push(annotation);
    });
  }
  // Two bodies' titles (pairedBodies): only where no country's reading took the names.
  for (const a of pairedBodies(doc)) if (!out.some((b) => b.start < a.end && a.start < b.end)) out.push(a);
  for (const a of pairedPortfolios(doc)) if (!out.some((b) => b.start < a.end && a.start < b.end)) out.push(a);
  return out;
}

// Round 46: "Ukrainian Ministers of Defense and Foreign Affairs Oleksiy Reznikov and Dmytro Kuleba" (March 2022, held-out 44
// uj021), "Ukraine's Ministers of Foreign Affairs and Defence Dmytro Kuleba and Oleksii Reznikov": one country, a plural
// role over two portfolios, two names paired in order (or crossed, as pairedSenses allows). Each portfolio with the role
// must be a role the lexicon knows ("minister of defense"). Confirm-only: a plural told in passing may name past holders.
const PORTFOLIOS_RE =
  /^(?:['\u2019]s)?[ \t]+([A-Za-z]+s)[ \t]+(of|for)[ \t]+((?:[A-Z][A-Za-z]*[ \t]+){0,2}[A-Z][A-Za-z]*)[ \t]+and[ \t]+((?:[A-Z][A-Za-z]*[ \t]+){0,2}[A-Z][A-Za-z]*),?[ \t]+$/;

function pairedPortfolios(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // The people in order of their matches: the one after a name, read without a map built for every text.
  const { people } = doc;
  for (let k = 0; k + 1 < people.length; k++) {
    const first = people[k];
    const second = people[k + 1];
    if (!first.full || first.fuzzy || second.match !== first.match + 1 || !second.full || second.fuzzy) continue;
    if (!AND_RE.test(doc.text.slice(first.end, second.start))) continue;
    const q = doc.matches[first.match - 1];
    const jurisdictions = qualifiers(q);
    if (!q || !jurisdictions.length || q.end > first.start || first.start - q.end > 80) continue;
    const m = PORTFOLIOS_RE.exec(doc.text.slice(q.end, first.start));
    const role = m && singular(m[1]);
    if (!m || !role) continue;
    if (PAIR_TIME_WORD_RE.test(doc.text.slice(Math.max(0, q.start - 12), q.start))) continue;
    // A third name after them would make the pairing a guess.
    const third = people[k + 2];
    if (third && third.match === second.match + 1 && LIST_GAP_RE.test(doc.text.slice(second.end, third.start))) continue;
    const of = (portfolio: string) =>
      (doc.lexicon.roles.get(foldKey(`${role} ${m[2]} ${portfolio}`)) ?? []).filter(
        (s) => !s.loose && jurisdictions.includes(s.office.jurisdiction),
      );
    const own = of(m[3]);
    const other = of(m[4]);
    if (!own.length || !other.length || own.some((s) => other.some((o) => o.office.id === s.office.id))) continue;
    for (const [person, mine, theirs, start] of [
      [first, own, other, q.start],
      [second, other, own, second.start],
    ] as const) {
      const senses = pairedSenses(doc, person, [...mine], [...theirs]);
      const annotation = confirmOnlyTitle(doc, start, person.end, person, senses, PLURAL_SOFT_REASON);
      if (annotation) out.push(annotation);
    }
  }
  return out;
}

const PLURAL_SOFT_REASON = 'A plural title may name past and present holders together';
// Between two names of a list: ", ", " and ", ", and ".
const LIST_GAP_RE = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;
// "former presidents of Ukraine": the plural role words before "of <country>", lower case or capitalised.
const OF_COUNTRY_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:(former|ex|then|late)[ \t-]+)?((?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+s)[ \t]+of[ \t]+(?:the[ \t]+)?$`,
  'iu',
);
// "former Ukrainian presidents ": the plural role words after the country.
const AFTER_COUNTRY_RE = new RegExp(String.raw`^(?:['\u2019]s)?[ \t]+((?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+s),?[ \t]+$`, 'u');
const LIST_MODIFIER_RE = new RegExp(String.raw`(?:^|[^\p{L}])(former|ex|then|late)[ \t-]+$`, 'iu');
const LIST_MODIFIERS: Record<string, 'former' | 'then'> = { former: 'former', ex: 'former', late: 'former', then: 'then' };

/** The senses of a plural role phrase ("former presidents" -> "president"), the longest phrase that is a role. */
export function pluralWords(doc: Doc, phrase: string): RoleSense[] {
  const words = phrase.split(/[ \t]+/);
  const one = singular(words[words.length - 1]);
  if (!one) return [];
  for (let from = 0; from < words.length; from++) {
    const senses = doc.lexicon.roles.get(foldKey([...words.slice(from, -1), one].join(' ')));
    if (senses?.length) return senses;
  }
  return [];
}

const PAIR_TIME_WORD_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:former|ex|then|late|past|previous|future|next|incoming|outgoing)[ \t-]+$`,
  'iu',
);
// "his Slovak and Austrian counterparts, Ivan Korčok and Alexander Schallenberg": counterparts of two countries.
const COUNTERPARTS_RE = /^(?:counterparts|colleagues|opposite[ \t]+numbers)$/i;

/** The offices of the country named by `q` that the person holds on the page's day: what a counterpart of that country is. */
function heldThere(doc: Doc, person: PersonMention, q: Match<LexEntry>): RoleSense[] {
  const jurisdictions = qualifiers(q);
  return (doc.facts.officesByPerson.get(person.personId) ?? [])
    .filter((o) => jurisdictions.includes(o.jurisdiction) && holdersOn(o, doc.asOf).some((t) => t.holder.person === person.personId))
    .map((office) => ({ office, loose: false }));
}

/**
 * "Russian and Ukrainian Foreign Ministers Sergey Lavrov and Dmitry Kuleba": the first country's
 * title for the first name, the second's for the second; exactly two names, each written in full.
 * "his Slovak and Austrian counterparts, X and Y" (`senses` 'counterpart'): each name in whichever
 * office of its country the person holds that day (the subject's own office is not read), confirm-only.
 */
function pairedAfterCountries(
  doc: Doc,
  first: PersonMention,
  q1: Match<LexEntry>,
  q2: Match<LexEntry>,
  senses: RoleSense[] | 'counterpart',
  byMatch: ReadonlyMap<number, PersonMention>,
): Annotation[] {
  const second = byMatch.get(first.match + 1);
  if (!second || !AND_RE.test(doc.text.slice(first.end, second.start))) return [];
  // "his former Slovak and Czech counterparts", "the then Russian and Ukrainian foreign ministers": of another time.
  if (PAIR_TIME_WORD_RE.test(doc.text.slice(Math.max(0, q1.start - 12), q1.start))) return [];
  // A third name after them would make the pairing a guess.
  const third = byMatch.get(second.match + 1);
  if (third && LIST_GAP_RE.test(doc.text.slice(second.end, third.start))) return [];
  const out: Annotation[] = [];
  for (const [person, q, other, start] of [
    [first, q1, q2, q1.start],
    [second, q2, q1, second.start],
  ] as const) {
    if (!person.full || person.fuzzy) continue;
    const of = (x: Match<LexEntry>) =>
      senses === 'counterpart' ? heldThere(doc, person, x) : senses.filter((s) => qualifiers(x).includes(s.office.jurisdiction));
    const own = pairedSenses(doc, person, of(q), of(other));
    if (!own.length) continue;
    const annotation =
      senses === 'counterpart'
        ? confirmOnlyTitle(doc, start, person.end, person, own, 'Whose counterpart is meant is a reading')
        : titleAnnotation(doc, { start, end: person.end, person, senses: own, explicit: true, modifier: 'none' });
    if (annotation) out.push(annotation);
  }
  return out;
}

/** A plural title of one country, then two or more names. */
function listTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const byMatch = new Map<number, PersonMention>(doc.people.map((p) => [p.match, p]));
  for (const first of doc.people) {
    if (!first.full || first.fuzzy) continue;
    const q = doc.matches[first.match - 1];
    const jurisdictions = qualifiers(q);
    if (!q || !jurisdictions.length || q.end > first.start) continue;
    let senses: RoleSense[] = [];
    let start = 0;
    let modifierWord: string | undefined;
    const between = doc.text.slice(q.end, first.start);
    if (/^,?[ \t]+$/.test(between)) {
      // "presidents of Ukraine Petro Poroshenko, ...".
      const from = Math.max(0, q.start - 50);
      const m = OF_COUNTRY_RE.exec(doc.text.slice(from, q.start));
      if (!m) continue;
      // The phrase may have taken the modifier in ("former presidents").
      const lead = /^(?:the[ \t]+)?(former|ex|then|late)[ \t-]+/i.exec(m[2]);
      senses = pluralWords(doc, lead ? m[2].slice(lead[0].length) : m[2]);
      modifierWord = m[1] ?? lead?.[1];
      start = from + m.index + m[0].indexOf(m[1] ?? lead?.[1] ?? m[2]);
    } else {
      // "Ukrainian presidents Leonid Kuchma and ...".
      const m = AFTER_COUNTRY_RE.exec(between);
      if (!m) continue;
      // "Russian and Ukrainian Foreign Ministers Sergey Lavrov and Dmitry Kuleba": two countries, two
      // names, paired in order (pairedAfterCountries); not a list of one country's.
      const q0 = doc.matches[first.match - 2];
      if (qualifiers(q0).length && q0.end <= q.start && AND_RE.test(doc.text.slice(q0.end, q.start))) {
        const senses = COUNTERPARTS_RE.test(m[1]) ? 'counterpart' : pluralWords(doc, m[1]);
        out.push(...pairedAfterCountries(doc, first, q0, q, senses, byMatch));
        continue;
      }
      senses = pluralWords(doc, m[1]);
      const mod = LIST_MODIFIER_RE.exec(doc.text.slice(Math.max(0, q.start - 10), q.start));
      modifierWord = mod?.[1];
      start = mod ? q.start - mod[0].length + mod[0].indexOf(mod[1]) : q.start;
    }
    senses = senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
    if (!senses.length) continue;
    // The names of the list, in order.
    const names = [first];
    for (let next = byMatch.get(first.match + 1); next && LIST_GAP_RE.test(doc.text.slice(names[names.length - 1].end, next.start));) {
      names.push(next);
      next = byMatch.get(next.match + 1);
    }
    // One name is a singular title's: title.ts reads it.
    if (names.length < 2) continue;
    const modifier = modifierWord ? LIST_MODIFIERS[modifierWord.toLowerCase()] : 'none';
    names.forEach((person, i) => {
      if (!person.full || person.fuzzy) return;
      // Without "former" or "then", a plural may span time ("the last three presidents of Ukraine,
      // X, Y and Z"): it confirms, never flags.
      const soft = modifier === 'none' ? { soft: true, softReason: PLURAL_SOFT_REASON } : {};
      const annotation = titleAnnotation(doc, {
        start: i === 0 ? start : person.start,
        end: person.end,
        person,
        senses,
        explicit: true,
        modifier,
        ...soft,
      });
      if (annotation) out.push(annotation);
    });
  }
  return out;
}

// Round 22: "the presidents of the European Council and the European Commission, Charles Michel and Ursula von der Leyen"
// (held-out 20 ya019): a plural role of two bodies named by their capitalised words, then two names, paired in order (or
// crossed, as pairedSenses allows). Each body with the role must be a role the lexicon knows ("president of the european
// council"). Confirm-only: a plural told in passing may name past holders.
const BODIES_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(\p{L}+s)[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][\p{L}-]*[ \t]+){0,3}[A-Z][\p{L}-]*),?[ \t]+and[ \t]+(?:the[ \t]+)?((?:[A-Z][\p{L}-]*[ \t]+){0,3}[A-Z][\p{L}-]*),[ \t]+$`,
  'u',
);

function bodyRole(doc: Doc, role: string, body: string): RoleSense[] {
  return doc.lexicon.roles.get(foldKey(`${role} of the ${body}`)) ?? doc.lexicon.roles.get(foldKey(`${role} of ${body}`)) ?? [];
}

function pairedBodies(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const byMatch = new Map<number, PersonMention>(doc.people.map((p) => [p.match, p]));
  for (const first of doc.people) {
    // Cheap pretest: a comma right before the first name.
    if (doc.text[first.start - 2] !== ',' || !first.full || first.fuzzy) continue;
    const second = byMatch.get(first.match + 1);
    if (!second || !second.full || second.fuzzy || !AND_RE.test(doc.text.slice(first.end, second.start))) continue;
    // A third name after them would make the pairing a guess.
    const third = byMatch.get(second.match + 1);
    if (third && LIST_GAP_RE.test(doc.text.slice(second.end, third.start))) continue;
    const lead = doc.text.slice(Math.max(0, first.start - 160), first.start);
    const m = BODIES_BEFORE_RE.exec(lead);
    const role = m && singular(m[1]);
    if (!m || !role) continue;
    const own = bodyRole(doc, role, m[2]);
    const other = bodyRole(doc, role, m[3]);
    if (!own.length || !other.length || own.some((s) => other.some((o) => o.office.id === s.office.id))) continue;
    const titleStart = first.start - lead.length + m.index + m[0].indexOf(m[1]);
    for (const [person, mine, theirs, start] of [
      [first, own, other, titleStart],
      [second, other, own, second.start],
    ] as const) {
      const senses = pairedSenses(doc, person, [...mine], [...theirs]);
      const annotation = confirmOnlyTitle(doc, start, person.end, person, senses, PLURAL_SOFT_REASON);
      if (annotation) out.push(annotation);
    }
  }
  return out;
}
