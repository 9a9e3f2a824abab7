// Round 31: names in a list, each given its title by the list's head (held-out 29's ministers' and leaders' lists).
// - A plural role, or "counterpart(s)", over countries and names interleaved: "the prime ministers of Belgium,
//   Alexander De Croo, and Luxembourg, Luc Frieden", "the ministers of foreign affairs of Georgia, David Zalkaliani, and
//   of Ukraine, Dmytro Kuleba", "his counterparts from Germany Christine Lambrecht and France Sébastien Lecornu", "his
//   counterpart from Canada, Anita Anand". Each name is read as the office of the country right before it (for a
//   counterpart, whichever office of that country the person holds: the subject's own office is not read here).
// - A plural role of no country over two or more names, each perhaps with a bracket of party and country code: "Prime
//   Ministers Kyriakos Mitsotakis and Zoran Zaev", "Prime Ministers Xavier Bettel (DP, LU), Alexander De Croo (Open VLD,
//   BE) and Mark Rutte (VVD, NL)". Each name is read in whichever country's office of that role the person holds.
// Confirm-only (soft): a list may put past and present holders together ("the presidents of Finland, X, and of Estonia,
// Y, have all visited"), and a name of the second shape carries no country to hold it to.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import type { RoleSense } from '../lexicon';
import { holdersOn } from '../holders';
import { confirmOnlyTitle } from './title';
import { pluralRole, pluralWords } from './title-plural';

const SOFT_REASON = 'A list may name past and present holders together';
// Between a country and its name: "Belgium, Alexander De Croo", "Germany Christine Lambrecht".
const COUNTRY_GAP_RE = /^,?[ \t]+$/;
// The name of an earlier item (matched or not: "Christine Lambrechtt", misspelt), an optional bracket after it, the
// separator, and the next item's "of"/"from": "Georgia, David Zalkaliani, and of ".
const ITEM_BEFORE_RE = new RegExp(
  String.raw`^,?[ \t]+\p{Lu}[\p{L}'\u2019.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'\u2019.-]*|von|van|der|den|de|da|di|du|le|la|al|bin|ter)){1,4}(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:(?:of|from|in)[ \t]+)?(?:the[ \t]+)?$`,
  'u',
);
// Between two named people of the second shape: an optional bracket after the first, then ", ", " and ", ", and ".
const NAME_GAP_RE = /^(?:[ \t]*\([^()\n]{1,40}\))?(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;
// The head before the first country: up to five words, then "of", "from" or "in".
const HEAD_OF_RE = new RegExp(String.raw`(?:^|[^\p{L}])((?:[\p{L}-]+[ \t]+){0,4}[\p{L}-]+)[ \t]+(?:of|from|in)[ \t]+(?:the[ \t]+)?$`, 'u');
// The head right before the first name: plural role words ("Prime Ministers ").
const HEAD_BARE_RE = new RegExp(String.raw`(?:^|[^\p{L}])((?:[\p{L}-]+[ \t]+){0,2}[\p{L}-]+s)[ \t]+$`, 'u');
const COUNTERPART_RE = /(?:^|[ \t])((?:(?:his|her|their|its|my|our)[ \t]+)?(?:counterparts?|colleagues?|opposite[ \t]+numbers?))$/i;
// A head that tells of another time: these lists are not read.
const TIME_WORD_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:former|ex|then|late|past|previous|future|next|incoming|outgoing|acting|interim|deputy|vice)(?:[^\p{L}]|$)`,
  'iu',
);
const MAX_ITEMS = 8;

interface Head {
  start: number;
  senses: RoleSense[] | 'counterpart';
  /** How many items precede the one the head was found from. */
  before: number;
}

/** The country named right before the person ("Belgium, " or "Germany "), as a match index; -1 when none. */
function countryBefore(doc: Doc, person: PersonMention): number {
  for (let k = person.match - 1; k >= 0 && k >= person.match - 2; k--) {
    const q = doc.matches[k];
    if (q.end > person.start) continue;
    return qualifierJurisdictions(q).length && COUNTRY_GAP_RE.test(doc.text.slice(q.end, person.start)) ? k : -1;
  }
  return -1;
}

/** The head of an interleaved list whose item (a country's match) starts at match index k. */
function interleavedHead(doc: Doc, k: number): Head | null {
  for (let n = 0; n < MAX_ITEMS; n++) {
    const q = doc.matches[k];
    // An earlier item: a country within the last few matches (a matched name or a bracket's words may lie between).
    let prev = -1;
    for (let j = k - 1; j >= 0 && j >= k - 4; j--) {
      if (!qualifierJurisdictions(doc.matches[j]).length) continue;
      if (ITEM_BEFORE_RE.test(doc.text.slice(doc.matches[j].end, q.start))) prev = j;
      break;
    }
    if (prev >= 0) {
      k = prev;
      continue;
    }
    const from = Math.max(0, q.start - 70);
    const m = HEAD_OF_RE.exec(doc.text.slice(from, q.start));
    if (!m) return null;
    const start = from + m.index + m[0].indexOf(m[1]);
    if (TIME_WORD_RE.test(doc.text.slice(Math.max(0, start - 12), q.start))) return null;
    const counterpart = COUNTERPART_RE.exec(m[1]);
    if (counterpart) return { start: start + m[1].length - counterpart[1].length, senses: 'counterpart', before: n };
    const role = pluralRole(doc, m[1]);
    return role ? { start: start + m[1].length - role.length, senses: role.senses, before: n } : null;
  }
  return null;
}

/** The head of a list of names under a plural role of no country. */
function bareHead(doc: Doc, people: readonly PersonMention[], at: number): Head | null {
  for (let n = 0; n < MAX_ITEMS && at >= 0; n++) {
    const person = people[at];
    const prev = people[at - 1];
    if (prev && prev.end <= person.start && NAME_GAP_RE.test(doc.text.slice(prev.end, person.start))) {
      at--;
      continue;
    }
    const from = Math.max(0, person.start - 40);
    const m = HEAD_BARE_RE.exec(doc.text.slice(from, person.start));
    if (!m) return null;
    const start = from + m.index + m[0].indexOf(m[1]);
    if (TIME_WORD_RE.test(doc.text.slice(Math.max(0, start - 12), person.start))) return null;
    // The shortest tail of the words that is a role ("with Prime Ministers" -> "Prime Ministers") starts the quote.
    const words = m[1].split(/[ \t]+/);
    for (let w = words.length - 1; w >= 0; w--) {
      const phrase = words.slice(w).join(' ');
      const senses = pluralWords(doc, phrase);
      if (senses.length) return { start: start + m[1].length - phrase.length, senses, before: n };
    }
    return null;
  }
  return null;
}

export function interleavedListTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const people = doc.people;
  for (let i = 0; i < people.length; i++) {
    const person = people[i];
    if (!person.full || person.fuzzy) continue;
    const k = countryBefore(doc, person);
    let senses: RoleSense[] = [];
    let start = person.start;
    if (k >= 0) {
      const head = interleavedHead(doc, k);
      if (!head) continue;
      const jurisdictions = qualifierJurisdictions(doc.matches[k]);
      start = head.before === 0 ? head.start : doc.matches[k].start;
      senses =
        head.senses === 'counterpart'
          ? (doc.facts.officesByPerson.get(person.personId) ?? [])
              .filter((o) => jurisdictions.includes(o.jurisdiction))
              .filter((o) => holdersOn(o, doc.asOf).some((t) => t.holder.person === person.personId))
              .map((office) => ({ office, loose: false }))
          : head.senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
    } else {
      // Cheap pretest, with no string made: the word before the name ends a plural ("Ministers "), a list's gap (", ",
      // "and ") or a bracket ("(VVD, NL), ").
      const c = doc.text.charCodeAt(person.start - 2);
      if (c !== 115 && c !== 83 && c !== 44 && c !== 100) continue;
      const found = bareHead(doc, people, i);
      if (!found || found.senses === 'counterpart') continue;
      // One name under a plural is not a list ("Prime Ministers Mitsotakis" alone): two or more.
      const next = people[i + 1];
      const followed = next && next.start >= person.end && NAME_GAP_RE.test(doc.text.slice(person.end, next.start));
      if (found.before === 0 && !followed) continue;
      start = found.before === 0 ? found.start : person.start;
      senses = found.senses.filter((s) => holdersOn(s.office, doc.asOf).some((t) => t.holder.person === person.personId));
    }
    if (!senses.length) continue;
    const annotation = confirmOnlyTitle(doc, start, person.end, person, senses, SOFT_REASON);
    if (annotation) out.push(annotation);
  }
  return out;
}
