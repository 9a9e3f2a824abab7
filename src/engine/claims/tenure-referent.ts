// Round 45: whom "he" or "she" means on a profile or a history page, and a start told of them that fits no holder: "He
// has served as Chairman of the NATO Military Committee since November 2016" (a machine-written profile of Petr Pavel,
// March 2023, named two sentences before; held-out 43 ty023: he chaired it from June 2015 to June 2018). Its own file,
// importing nothing that reads a span of years, so that tenure-pronoun-office.ts may use it without an import cycle.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { overlaps, type DateMention } from '../dates';
import { tenuresOf } from '../holders';
import { judgeStart } from './tenure';
import { namedPeople } from './tenure-pronoun';

// Whom "he" or "she" means on a profile: the one person the paragraph names before it, with no other name there that
// the fact base does not know (a run of capitalised words no lexicon entry covers), institutions and titles aside ("a
// graduate of the prestigious Military Academy in Brno", "including Deputy Chief of the General Staff").
const CAPITALISED_RUN_RE = new RegExp(String.raw`\p{Lu}[\p{Ll}\u2019'-]+(?:\s+\p{Lu}[\p{Ll}\u2019'-]+)+`, 'gu');
const INSTITUTION_RE =
  /\b(?:Academy|University|College|School|Institute|Committee|Council|Ministry|Army|Forces|Staff|Command|Party|Republic|Union|Alliance|Organi[sz]ation|Treaty|Summit|Parliament|Assembly|Court|Bank|Office|Service|Agency|Guard|Navy|Corps|Nations|States|Kingdom|Federation|Government|Department|Headquarters|Pact|War|Front|Conference|Chief|Minister|Chairman|Chair|President|Secretary|Commander|Director|Ambassador|Envoy)$/;
const UPPER_RE = new RegExp(String.raw`\p{Lu}`, 'u');
const OTHER_PERSON_RE =
  /\b(?:winner|rival|opponent|challenger|candidate|incumbent|successor|predecessor|wife|husband|son|daughter|father|mother|brother|sister|counterpart|colleague|friend|partner|boss)s?\b/i;
// A capitalised word that opens a sentence is not a name's: "The Czech", "As President".
const OPENING_WORD_RE =
  /^(?:The|A|An|As|In|On|At|After|Before|Since|During|His|Her|He|She|It|This|That|Then|When|While|From|For|With|By|Of)\s+/;

export function paragraphReferent(doc: Doc, at: number): string | null {
  const from = doc.text.lastIndexOf('\n', at - 1) + 1;
  // A lone surname read in lower case is a word ("holder of a doctorate"), not Eric Holder.
  const people = namedPeople(doc).filter((q) => q.start >= from && q.end <= at && UPPER_RE.test(doc.text[q.start]));
  const ids = new Set(people.map((q) => q.personId));
  if (ids.size !== 1 || doc.people.some((q) => q.fuzzy && q.start >= from && q.end <= at)) return null;
  // "Pavel congratulated the winner. He was elected ...": a word for someone else since the name was last told.
  const last = people.reduce((a, b) => (b.end > a.end ? b : a));
  if (OTHER_PERSON_RE.test(doc.text.slice(last.end, at))) return null;
  const covered = doc.matches.filter((m) => m.end > from && m.start < at);
  for (const run of doc.text.slice(from, at).matchAll(CAPITALISED_RUN_RE)) {
    const words = run[0].replace(OPENING_WORD_RE, '');
    if (!/\s/.test(words) || INSTITUTION_RE.test(words)) continue;
    const s = from + run.index + run[0].length - words.length;
    const e = from + run.index + run[0].length;
    if (!covered.some((m) => m.start < e && m.end > s)) return null;
  }
  return [...ids][0];
}

/**
 * "He has served as Chairman of the NATO Military Committee since November 2016" (held-out 43 ty023, March 2023; Petr
 * Pavel, named two sentences before, chaired it from June 2015 to June 2018): a start that fits no holder of the office
 * named, of "he" or "she" for the paragraph's one named person who held that office, judged against their tenure running
 * on the day told, else their last begun before the page. Contradicted only as judgeStart contradicts a named holder's
 * start (a verified record with whole days, not past the office's horizon); nothing otherwise.
 */
export function referentStart(doc: Doc, pronounAt: number, office: Office, date: DateMention): Annotation | null {
  if (!doc.dateCertain || !date.explicitYear || date.relative) return null;
  const personId = paragraphReferent(doc, pronounAt);
  if (!personId) return null;
  const tenures = tenuresOf(personId, office).filter((t) => t.from <= doc.asOf);
  if (!tenures.length) return null;
  const t = tenures.find((x) => overlaps({ first: x.from, last: x.until ?? '9999-12-31' }, date)) ?? tenures[tenures.length - 1];
  const judged = judgeStart(doc, personId, t, date);
  if (judged.verdict !== 'contradicted') return null;
  return { ...judged, start: pronounAt, end: date.end, quote: doc.text.slice(pronounAt, date.end), kind: 'tenure' };
}
