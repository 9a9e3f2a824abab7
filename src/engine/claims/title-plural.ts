// A plural title over paired lists: "the Ministers of Defense of Great Britain and Germany, John
// Healey and Boris Pistorius". The countries and the names pair up in order; each pair is one
// title claim ("Minister of Defense of Great Britain John Healey"), judged by title.ts's rules.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { LexEntry, RoleSense } from '../lexicon';
import type { Match } from '../matcher';
import { foldKey } from '../normalize';
import { titleAnnotation } from './title';

const AND_RE = /^,?[ \t]+and[ \t]+(?:the[ \t]+)?$/;
// The plural role's last words before "of <country>".
const ROLE_WORDS_RE = /((?:[A-Z][a-z]+[ \t]+(?:of[ \t]+|for[ \t]+)?){0,3}[A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$/;

const qualifiers = (m: Match<LexEntry> | undefined) => m?.values.filter((v) => v.type === 'qualifier').map((v) => v.jurisdiction) ?? [];

/** "Ministers" -> "Minister", "Secretaries" -> "Secretary"; null when the word is not plural. */
function singular(word: string): string | null {
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y';
  if (/men$/.test(word)) return word.slice(0, -3) + 'man';
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return null;
}

/** The role a plural phrase names ("Ministers of Defense" -> the senses of "minister of defense"); the longest that is one. */
function pluralRole(doc: Doc, phrase: string): { senses: RoleSense[]; length: number } | null {
  const words = phrase.split(/[ \t]+/);
  for (let from = 0; from < words.length; from++) {
    const part = words.slice(from);
    // The plural word is the head: the last capitalised word before "of"/"for", or the last one.
    const head = part.findIndex((w, i) => /^[A-Z]/.test(w) && (i === part.length - 1 || /^(?:of|for)$/.test(part[i + 1])));
    const one = head >= 0 ? singular(part[head]) : null;
    if (!one) continue;
    const key = foldKey([...part.slice(0, head), one, ...part.slice(head + 1)].join(' '));
    const senses = doc.lexicon.roles.get(key);
    if (senses?.length) return { senses, length: part.join(' ').length };
  }
  return null;
}

export function pluralTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
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
    [
      { person: first, jurisdictions: j1, start: titleStart },
      { person: second, jurisdictions: j2, start: second.start },
    ].forEach(({ person, jurisdictions, start }) => {
      const senses = role.senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
      if (!senses.length) return;
      const annotation = titleAnnotation(doc, { start, end: person.end, person, senses, explicit: true, modifier: 'none' });
      if (annotation) out.push(annotation);
    });
  }
  return out;
}
