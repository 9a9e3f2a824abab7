// A country's "Ambassador" before someone who never held an ambassador's post: "U.S. Ambassador Witkoff and Putin met for
// the third time in Russia" (held-out 17 vd308, April 2025: Steve Witkoff was the president's special envoy, not an
// ambassador, as the same page says). No list of a country's ambassadors is complete in the fact base, so the word
// reads nothing in title.ts; what is known instead is the person's whole public career (Person.officesComplete).
//
// Contradicted only when the country's qualifier stands right before "Ambassador" and the name right after it (in full,
// or a surname the page gives in full), no modifier before ("former", "acting", "then"), the person's record says every
// public office of theirs is on record, confidently, none of those offices is an ambassador's or a permanent
// representative's (the rank stays with a former ambassador for life) and on the page's day they hold an office of that
// same country (the word is then a wrong name for it). Never past that office's horizon; a page of certain date.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';
import { pastHorizon } from '../horizon';
import { foldKey } from '../normalize';
import { formatDay } from '../dates';
import { titleAnnotation } from './title';

const AMBASSADOR_BETWEEN_RE = /^(?:['\u2019]s)?[ \t]+Ambassador[ \t]+$/;
const MODIFIER_BEFORE_RE =
  /(?:^|[^a-z])(?:former|ex|then|late|previous|past|outgoing|acting|interim|incoming|future|next|new|would be|honorary)[ \t-]*$/;
const DIPLOMAT_RE = /ambassador|permanent representative|envoy extraordinary|charge d.affaires|high commissioner/;

export function ambassadorTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !doc.text.includes('Ambassador ')) return out;
  for (const person of doc.people) {
    if (person.fuzzy) continue;
    const claim = wrongAmbassador(doc, person) ?? ambassadorHeld(doc, person);
    if (claim) out.push(claim);
  }
  return out;
}

// Round 43: "Ambassador Linda Thomas-Greenfield / U.S. Representative to the United Nations" (held-out 41 tg007, the US
// mission's release of 23 June 2023), "US Ambassador Linda Thomas-Greenfield said": the word right before a full name,
// with or without a country's qualifier before it.
const AMBASSADOR_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])Ambassador[ \t]+$`, 'u');

/**
 * "Ambassador NAME", confirmed when the person held an ambassador's or a permanent representative's post on the page's
 * day (of the qualifier's country, when one stands before the word). Never flagged here: no list of a country's
 * ambassadors is complete (wrongAmbassador, above, reads the one sure slip).
 */
function ambassadorHeld(doc: Doc, person: PersonMention): Annotation | null {
  if (!person.full) return null;
  const before = doc.text.slice(Math.max(0, person.start - 40), person.start);
  const word = AMBASSADOR_BEFORE_RE.exec(before);
  if (!word) return null;
  const wordStart = person.start - before.length + word.index + word[0].indexOf('Ambassador');
  const q = doc.matches[person.match - 1];
  const qualified = !!q && q.end <= wordStart && /^(?:['\u2019]s)?[ \t]+$/.test(doc.text.slice(q.end, wordStart));
  const countries = qualified ? q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : [])) : [];
  if (qualified && !countries.length) return null;
  // A known title of another office between: "the Ambassador" is then part of it.
  if (q && !qualified && q.end > wordStart) return null;
  const start = qualified ? q.start : wordStart;
  if (MODIFIER_BEFORE_RE.test(doc.folded.slice(Math.max(0, start - 24), start))) return null;
  const offices = (doc.facts.officesByPerson.get(person.personId) ?? []).filter(
    (o) =>
      (!countries.length || countries.includes(o.jurisdiction)) &&
      [o.name, ...o.roles, ...(o.fixedTitles ?? [])].some((t) => DIPLOMAT_RE.test(foldKey(t))) &&
      tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder)),
  );
  if (offices.length !== 1) return null;
  const annotation = titleAnnotation(doc, {
    start,
    end: person.end,
    person,
    senses: [{ office: offices[0], loose: false }],
    explicit: true,
    modifier: 'none',
    soft: true,
    softReason: "An ambassador's rank before the name, not the post",
  });
  return annotation?.verdict === 'supported' ? annotation : null;
}

function wrongAmbassador(doc: Doc, person: PersonMention): Annotation | null {
  const { text, facts } = doc;
  const q = doc.matches[person.match - 1];
  if (!q || !AMBASSADOR_BETWEEN_RE.test(text.slice(q.end, person.start))) return null;
  // "Ambassador to the UN NAME" and the like are other forms; "of/to" after the name tells the post.
  if (/^[ \t]+(?:to|of|in|at)\b/.test(text.slice(person.end, person.end + 6))) return null;
  const countries = q.values.flatMap((v) => (v.type === 'qualifier' ? [facts.jurisdictions.get(v.jurisdiction)] : []));
  const country = countries.length === 1 ? countries[0] : undefined;
  if (!country || country.kind !== 'country') return null;
  if (MODIFIER_BEFORE_RE.test(doc.folded.slice(Math.max(0, q.start - 24), q.start))) return null;
  const who = facts.people.get(person.personId);
  if (!who?.officesComplete || !isConfident(who)) return null;
  if (!person.full && !doc.people.some((p) => p.personId === person.personId && !p.fuzzy && (p.full || p.namedInFull))) return null;
  const offices = facts.officesByPerson.get(person.personId) ?? [];
  if (
    offices.some((o) => [o.name, ...o.roles, ...(o.looseRoles ?? []), ...(o.fixedTitles ?? [])].some((t) => DIPLOMAT_RE.test(foldKey(t))))
  )
    return null;
  const held = offices
    .filter((o) => o.jurisdiction === country.id)
    .sort((a, b) => Number(b.single) - Number(a.single))
    .flatMap((o) => tenuresOf(person.personId, o))
    .find((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder));
  if (!held || pastHorizon(facts, doc.asOf, { office: held.office.id })) return null;
  const start = q.start;
  const end = person.end;
  return {
    start,
    end,
    quote: text.slice(start, end),
    kind: 'title',
    verdict: 'contradicted',
    factIds: [held.office.id, person.personId],
    message: `${who.name} has never been an ambassador; on ${formatDay(doc.asOf)} they were ${held.office.name}.`,
    fact: describeHolder(who, held),
    sources: sourcesOf(who, held.holder),
  };
}
