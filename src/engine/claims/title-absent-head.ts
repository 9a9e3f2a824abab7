// A head's title a country has no office of, before the person who heads that country: "German Prime Minister Friedrich
// Merz" (held-out 15 tc209, June 2025: Germany's head of government is the Federal Chancellor; Germany has no prime
// minister), "US Prime Minister Donald Trump", "Polish Chancellor Donald Tusk". title.ts reads nothing there, since no
// office of the country has that title; title-no-president.ts reads "President" of a kingdom.
//
// What is known: the country's head of state and head of government are both in the fact base (or one office is both),
// with the titles they go by (roles, loose roles, fixed titles); none of the country's offices is called by the word.
// Contradicted only beyond doubt: the country's qualifier right before the word and the name written in full after it,
// no modifier, the person heading that country on the page's day by a confident record, holding no office called by
// the word within a year either side (the European Council's president, a party's chair), the sentence telling no other
// time, never past the horizon of the country's head offices, a page of certain date.
//
// "Chancellor" with no country before it is read the same way (held-out 17 vc201, February 2023: "last month Chancellor
// Mark Rutte said the Netherlands was ready to buy tanks"): a word no loose usage gives a head of government, told of
// someone heading a country that has no chancellor and never holding an office called chancellor anywhere (Sunak, the
// UK's Chancellor of the Exchequer, is read by title.ts); never after another title word, a capitalised word or "vice",
// "lord", "university".
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';
import { daysBetween, formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { foldKey } from '../normalize';
import { heldWithinAYear, qualifiedTitleBefore } from './title-no-president';
import { captionListItem } from './title-of';
import { ROLE_OF_COUNTRY_RE } from '../fuzzy';
import { compiledOnFirstRun } from '../triggers';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** A capitalised word (a name) ending the slice before the title. */
const CAPITALISED_WORD_AT_END_RE = new RegExp(String.raw`[A-Z][\p{L}.\u2019'-]*[ \t]*$`, 'u');
/** The same word when it opens the text or a sentence (so it need not be a name). */
const SENTENCE_FIRST_WORD_AT_END_RE = new RegExp(String.raw`(?:^|[.!?:;"\u201c]\s*)[A-Z][\p{L}]*[ \t]*$`, 'u');

const HEAD_WORDS = new Set(['president', 'prime minister', 'chancellor']);
const MODIFIER_BEFORE_RE = compiledOnFirstRun(
  /(?:^|[^a-z])(?:former|ex|then|late|previous|past|outgoing|acting|interim|caretaker|incoming|future|next|new|deputy|vice|shadow|would be|de facto|self proclaimed)[ \t-]*$/,
);
const OTHER_TIME_RE = /\b(?:1[89]\d\d|20\d\d|then|when|while|until|once|ago|formerly|previously|at\s+the\s+time|years?\s+ago|decades?)\b/i;

export function absentHeadTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const claim = absentHead(doc, person);
    if (claim) out.push(claim);
  }
  return out;
}

type Match = Doc['matches'][number];

// Built once (speed, round 41): a literal in bareChancellorBefore was a new expression, parsed again, at each call.
const BARE_CHANCELLOR_BEFORE_RE = /^[ \t]+$/;
/**
 * "Chancellor NAME" with no country before the word: the match of "chancellor" right before the name, after the start of
 * the text, a punctuation mark or a word in lower case that is no title word ("and last month Chancellor Mark Rutte").
 */
function bareChancellorBefore(doc: Doc, person: PersonMention): Match | null {
  const role = doc.matches[person.match - 1];
  if (!role || !BARE_CHANCELLOR_BEFORE_RE.test(doc.text.slice(role.end, person.start))) return null;
  if (!role.values.some((v) => v.type === 'role' && foldKey(v.key) === 'chancellor')) return null;
  if (!/^Chancellor$/i.test(doc.text.slice(role.start, role.end))) return null;
  const prev = doc.matches[person.match - 2];
  if (prev && /^[^.;:!?()"\u201c\u201d]{0,3}$/.test(doc.text.slice(prev.end, role.start))) return null;
  const before = doc.text.slice(Math.max(0, role.start - 30), role.start);
  // After a capitalised word ("Austrian", "Exchequer", "University") or a word of another office.
  if (CAPITALISED_WORD_AT_END_RE.test(before) && !SENTENCE_FIRST_WORD_AT_END_RE.test(before)) return null;
  if (
    /\b(?:vice|lord|deputy|university|college|school|former|ex|then|late|acting|interim|future|incoming|next|new|shadow)[ \t-]*$/i.test(
      before,
    )
  )
    return null;
  return role;
}

// After the name (held-out 26 gd001, May 2025: "On May 6, Friedrich Merz became the next German Prime Minister"): the title
// the person took ("became", "was sworn in as", "took office as"; "the next" or "the new" then belongs to the verb) or an
// apposition that ends the phrase ("Friedrich Merz, the German Prime Minister, said").
const AFTER_NAME_RE = compiledOnFirstRun(
  /^(?:(,)[ \t]+(?:the[ \t]+)?|[ \t]+(?:became|has[ \t]+become|was[ \t]+sworn[ \t]+in[ \t]+as|took[ \t]+office[ \t]+as)[ \t]+(?:the[ \t]+)?(?:(?:next|new)[ \t]+)?)$/,
);
const APPOSITION_END_RE = /^(?:\s*[,.;:)\n]|\s*$)/;
const BECAME_END_RE = /^(?:\s*[,.;:)\n]|\s*$|\s+(?:on|in|after|and|when|following)\b)/;

// Built once (speed, round 41): a literal in qualifiedTitleAfter was a new expression, parsed again, at each call.
const QUALIFIED_TITLE_AFTER_RE = /^(?:['\u2019]s)?[ \t]+$/;
/** "NAME became the next German Prime Minister", "NAME, the German Prime Minister,": the country and the title after the name. */
function qualifiedTitleAfter(
  doc: Doc,
  person: PersonMention,
): { q: Match; role: Match; apposition: boolean; end: number; ofForm: boolean } | null {
  const a = doc.matches[person.match + 1];
  const b = doc.matches[person.match + 2];
  if (!a || !b || a.start - person.end > 40) return null;
  // Round 40: "Joe Biden, Prime Minister of the United States,", and in a caption's list parted by semicolons "...; Joe
  // Biden Prime Minister of the United States; ..." or "...; Joe Biden US Prime Minister; ..." (title-of.ts
  // captionListItem, held-out 38 rv002's form).
  if (ROLE_OF_COUNTRY_RE.test(doc.text.slice(a.end, b.start)) && a.values.some((v) => v.type === 'role')) {
    const lead = /^(?:(,)[ \t]+(?:the[ \t]+)?|[ \t]+)$/.exec(doc.text.slice(person.end, a.start));
    if (!lead) return null;
    const ok = lead[1] ? APPOSITION_END_RE.test(doc.text.slice(b.end, b.end + 12)) : captionListItem(doc, person.start, b.end);
    return ok ? { q: b, role: a, apposition: true, end: b.end, ofForm: true } : null;
  }
  const q = a;
  const role = b;
  if (!QUALIFIED_TITLE_AFTER_RE.test(doc.text.slice(q.end, role.start))) return null;
  if (BARE_CHANCELLOR_BEFORE_RE.test(doc.text.slice(person.end, q.start)) && captionListItem(doc, person.start, role.end))
    return { q, role, apposition: true, end: role.end, ofForm: false };
  const lead = AFTER_NAME_RE.exec(doc.text.slice(person.end, q.start));
  if (!lead) return null;
  const apposition = !!lead[1];
  if (!(apposition ? APPOSITION_END_RE : BECAME_END_RE).test(doc.text.slice(role.end, role.end + 12))) return null;
  return { q, role, apposition, end: role.end, ofForm: false };
}

// Built once (speed, round 41): a literal in absentHead was a new expression, parsed again, at each call.
const ABSENT_HEAD_RE = /^[ \t]*(?:of|for)\b/;
const ABSENT_HEAD_RE2 = /^[ \t]+of\b/;
function absentHead(doc: Doc, person: PersonMention): Annotation | null {
  const { text, facts } = doc;
  const after = qualifiedTitleBefore(doc, person) ? null : qualifiedTitleAfter(doc, person);
  const found = qualifiedTitleBefore(doc, person) ?? after;
  const bare = found ? null : bareChancellorBefore(doc, person);
  const role = found?.role ?? bare;
  if (!role) return null;
  const q = found?.q ?? role;
  const word = role.values.find((v) => v.type === 'role' && HEAD_WORDS.has(foldKey(v.key)));
  if (!word || word.type !== 'role') return null;
  const key = foldKey(word.key);
  // "German Chancellor of the Exchequer", "Polish President of the European Council": another office's title.
  if (
    !after?.ofForm &&
    (ABSENT_HEAD_RE.test(text.slice(person.end, person.end + 6)) || ABSENT_HEAD_RE2.test(text.slice(role.end, role.end + 4)))
  )
    return null;
  if (!after && MODIFIER_BEFORE_RE.test(doc.folded.slice(Math.max(0, q.start - 24), q.start))) return null;
  const country = found ? qualifiedCountry(doc, found.q) : headedCountry(doc, person);
  if (!country || country.kind !== 'country') return null;
  // With no country told, an office called chancellor ever held (the UK's Chancellor of the Exchequer) may be the one meant.
  if (
    bare &&
    (facts.officesByPerson.get(person.personId) ?? []).some((o) =>
      [o.name, ...o.roles, ...(o.looseRoles ?? []), ...(o.fixedTitles ?? [])].some((t) => foldKey(t).includes(key)),
    )
  )
    return null;
  const theirs = [...facts.offices.values()].filter((o) => o.jurisdiction === country.id);
  const heads = theirs.filter((o) => o.headOf);
  const both =
    heads.some((o) => o.headOf === 'state-and-government') ||
    (heads.some((o) => o.headOf === 'state') && heads.some((o) => o.headOf === 'government'));
  if (!both) return null;
  if (theirs.some((o) => [...o.roles, ...(o.looseRoles ?? []), ...(o.fixedTitles ?? [])].some((t) => foldKey(t).includes(key))))
    return null;
  // The person heads that country today, by a confident record.
  // A title taken ("became") is said of the first days too; a title of the day is not flagged in the first week.
  const took = !!after && !after.apposition;
  const held = heads
    .flatMap((o) => tenuresOf(person.personId, o))
    .find((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder) && (took || daysBetween(t.from, doc.asOf) > 7));
  const who = facts.people.get(person.personId);
  if (!held || !who || !isConfident(who)) return null;
  // An office called by the word near the page's day (the European Council's president, a party's chair).
  const offices = facts.officesByPerson.get(person.personId) ?? [];
  if (offices.some((o) => foldKey(o.name).includes(key) && tenuresOf(person.personId, o).some(heldWithinAYear(doc.asOf)))) return null;
  // Past the horizon of the office held, or of the country's head offices, someone else may head it.
  if (heads.some((o) => pastHorizon(facts, doc.asOf, { office: o.id }))) return null;
  const sentence = doc.sentences.find((s) => s.start <= q.start && q.start < s.end);
  // No country told: a quotation may give the title of another time or place.
  if (bare && sentence && /["\u201c\u201d]/.test(text.slice(sentence.start, sentence.end))) return null;
  if (!sentence || OTHER_TIME_RE.test(text.slice(sentence.start, sentence.end))) return null;
  const start = after ? person.start : q.start;
  const end = after ? after.end : person.end;
  return {
    start,
    end,
    quote: text.slice(start, end),
    kind: 'title',
    verdict: 'contradicted',
    factIds: [held.office.id, person.personId],
    message: `${country.name} has no office called ${key}; on ${formatDay(doc.asOf)}, ${who.name} was ${held.office.name}.`,
    fact: describeHolder(who, held),
    sources: sourcesOf(held.holder),
  };
}

function qualifiedCountry(doc: Doc, q: Match) {
  const countries = q.values.flatMap((v) => (v.type === 'qualifier' ? [doc.facts.jurisdictions.get(v.jurisdiction)] : []));
  return countries.length === 1 ? countries[0] : undefined;
}

/** The one country whose head office the person holds on the page's day, by a confident record. */
function headedCountry(doc: Doc, person: PersonMention) {
  const { facts } = doc;
  const ids = new Set(
    (facts.officesByPerson.get(person.personId) ?? [])
      .filter((o) => o.headOf && tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder)))
      .map((o) => o.jurisdiction),
  );
  return ids.size === 1 ? facts.jurisdictions.get([...ids][0]) : undefined;
}
