// Round 46 (read by member-count-forms.ts). NATO's twelve founders told as a list of their names and nothing else, where
// no reader ties the list to NATO: "Belgium, Canada, Denmark, France, Iceland, Luxembourg, The Netherlands, Norway, the
// United Kingdom, and the United States, as well as formerly neutral Portugal, and former enemy turned ally, Italy entered
// into a historic agreement. On April 4, 1949, the North Atlantic Treaty Organization (NATO) was born." (held-out 44 uk026,
// July 2024), "Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United
// Kingdom and the United States" (held-out 13 b035, as quoted), "twelve founding members: Belgium, Canada, ..." (held-out
// 24 za062).
//
// The twelve together, and no other country among them, are NATO's founders and no other body's (the Brussels Treaty had
// five, the Council of Europe ten, the European Communities six): a list of exactly them is confirmed whatever its verb.
// Confirm only. Eleven of them ("the twelve founders with one left out"), or one more country in the run of names (a
// partner, a later member), says nothing here. Names follow one another with commas and "and", or an aside of a few words
// with no end of sentence ("as well as formerly neutral Portugal").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sourcesOfAll } from '../holders';
import { memoByFacts } from '../memo';
import { namesIn } from './accession-lists';

// Between two names of the list: punctuation and "and", or an aside of up to 40 characters with no end of sentence, digit
// or parenthesis ("as well as formerly neutral", "and former enemy turned ally,").
const LIST_GAP_RE = /^[^.;:!?()\d\n]{1,40}$/;
// Two of the founders that seldom stand together in any other list: a cheap look before the names are read.
const GATE = ['Iceland', 'Luxembourg'];

const founders = memoByFacts((facts, _: 'all') => {
  const list = facts.base.jurisdictions.filter((j) => j.nato?.joined.startsWith('1949'));
  return { ids: new Set(list.map((j) => j.id)), sources: sourcesOfAll(list.map((j) => j.nato!)).slice(0, 3) };
}, 1);

/** The confirmations of NATO's founders told as a list of exactly the twelve. */
export function foundersListed(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!GATE.every((w) => text.includes(w))) return [];
  const { ids, sources } = founders(doc.facts, 'all');
  if (ids.size !== 12) return [];
  const out: Annotation[] = [];
  for (const s of doc.sentences) {
    const words = text.slice(s.start, s.end);
    if (!GATE.every((w) => words.includes(w))) continue;
    const names = namesIn(doc, s);
    // Runs of names joined by list gaps.
    let first = 0;
    for (let i = 1; i <= names.length; i++) {
      if (i < names.length && LIST_GAP_RE.test(text.slice(names[i - 1].end, names[i].start))) continue;
      const run = names.slice(first, i);
      first = i;
      const listed = new Set(run.map((n) => n.country.id));
      if (listed.size !== 12 || run.some((n) => !ids.has(n.country.id))) continue;
      const start = run[0].start;
      const end = run[run.length - 1].end;
      const message = "Those named are NATO's 12 founding members (North Atlantic Treaty signed April 4, 1949).";
      out.push({
        start,
        end,
        quote: text.slice(start, end),
        verdict: 'supported',
        kind: 'membership',
        factIds: ['nato-founders'],
        message,
        fact: 'The North Atlantic Treaty was signed by 12 countries on April 4, 1949: NATO had 12 founding members.',
        sources,
      });
    }
  }
  return out;
}
