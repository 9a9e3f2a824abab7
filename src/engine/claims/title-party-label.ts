// A party's name before a title: "Republican Senator Marco Rubio", "Democratic President Joe Biden", "Conservative
// leader Rishi Sunak". title.ts judges the title; the party is checked here, for the people whose party the fact base
// records (Person.party, with sources and the day from which they have belonged to it without a break).
//
// A label of another party of the person's country, right before a title read of that person ("Democratic Senator
// Marco Rubio", "Conservative leader Keir Starmer"), said of a day from the record's start on, is contradicted: the
// card shows it in place of the title's own verdict. Never with a word of another time before the label ("former
// Democrat", "then-Republican"), a hyphen ("pro-Republican"), a year before the record's start in the sentence, or a
// label that names no party of the person's country ("Conservative" said of an American).
import type { Annotation } from '../types';
import { insideQuotes } from '../sentences';
import type { Doc } from '../doc';
import type { FactIndex } from '../../facts/load';
import { memoByFacts } from '../memo';
import { isConfident } from '../holders';
import { formatDay } from '../dates';
import { compiledOnFirstRun } from '../triggers';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** The capitalised word right before the label, as a whole word. */
const CAPITALISED_WORD_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}-])([A-Z][A-Za-z]+)[ \t]+$`, 'u');

type Party = NonNullable<ReturnType<FactIndex['people']['get']>>['party'];

/** Every party label the fact base knows, with the country and party it names: "republican" -> [{ usa, Republican Party }]. */
const partyLabels = memoByFacts((facts: FactIndex, _key: 'labels') => {
  const out = new Map<string, { country: string; name: string }[]>();
  for (const p of facts.people.values()) {
    if (!p.party || !p.country) continue;
    for (const label of p.party.labels) {
      const key = label.toLowerCase();
      const list = out.get(key) ?? [];
      if (!list.some((x) => x.country === p.country && x.name === p.party!.name)) list.push({ country: p.country, name: p.party.name });
      out.set(key, list);
    }
  }
  return out;
});

/** The capitalised word that ends `before` (after spaces) when it is a party label the fact base knows: "Republican". */
export function partyLabelBefore(doc: Doc, before: string): string | null {
  const m = CAPITALISED_WORD_BEFORE_RE.exec(before);
  if (!m || !partyLabels(doc.facts, 'labels').has(m[1].toLowerCase())) return null;
  return m[1];
}

const LABEL_RE = compiledOnFirstRun(new RegExp(String.raw`(?:^|[^\p{L}-])([A-Z][A-Za-z]+)[ \t]+$`, 'u'));
// A word of another time or manner before the label: the party of another time, or not the person's own.
const BLOCKING_BEFORE_RE = /(?:^|[^a-z])(?:former|ex|then|onetime|one time|once|erstwhile|previously|formerly|anti|pro|non|not|no)[ \t-]*$/;
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;

/**
 * Title annotations whose title has a wrong party's label before it, replaced by the contradiction; the others as given.
 */
export function withPartyLabels(doc: Doc, annotations: Annotation[]): Annotation[] {
  if (!doc.dateCertain) return annotations;
  let out = annotations;
  for (let i = 0; i < annotations.length; i++) {
    const a = annotations[i];
    if (a.kind !== 'title' || a.start < 4) continue;
    const personId = a.factIds[a.factIds.length - 1];
    const person = personId ? doc.facts.people.get(personId) : undefined;
    const party = person?.party;
    if (!person || !party || !person.country) continue;
    // The title is read before a name written in full, and ends with it.
    const mention = doc.people.find((p) => p.personId === personId && p.end === a.end && p.start > a.start);
    if (!mention?.full || mention.fuzzy) continue;
    const wrong = wrongLabel(doc, a.start, person.country, party);
    if (!wrong) continue;
    const start = a.start - wrong.length;
    if (out === annotations) out = annotations.slice();
    out[i] = {
      start,
      end: a.end,
      quote: doc.text.slice(start, a.end),
      kind: 'title',
      verdict: 'contradicted',
      factIds: [personId],
      message: `${person.name} has been a member of the ${party.name} since ${formatDay(party.since)}: "${wrong.trim()}" names another party.`,
      fact: `${person.name}: ${party.name} (since ${formatDay(party.since)}).`,
      sources: party.sources.map((s) => s.url),
    };
  }
  return out;
}

/** The label (with the spaces after it) right before `at`, when it names another party of the country; null otherwise. */
function wrongLabel(doc: Doc, at: number, country: string, party: NonNullable<Party>): string | null {
  if (doc.asOf < party.since || !isConfident(party)) return null;
  const before = doc.text.slice(Math.max(0, at - 24), at);
  const m = LABEL_RE.exec(before);
  if (!m) return null;
  const label = m[1];
  const named = partyLabels(doc.facts, 'labels').get(label.toLowerCase());
  if (!named?.some((x) => x.country === country)) return null;
  if (party.labels.some((l) => l.toLowerCase() === label.toLowerCase())) return null;
  if (named.some((x) => x.country === country && x.name === party.name)) return null;
  const labelStart = at - (before.length - m.index - m[0].indexOf(label));
  if (BLOCKING_BEFORE_RE.test(doc.folded.slice(Math.max(0, labelStart - 16), labelStart))) return null;
  // A year before the record's start told in the sentence: the party of that time.
  const s = doc.sentences.find((x) => x.start <= at && at < x.end);
  const sentence = s ? doc.text.slice(s.start, s.end) : '';
  if ([...sentence.matchAll(YEAR_RE)].some((y) => y[0] < party.since.slice(0, 4))) return null;
  // Inside quotation marks the words are someone's.
  if (s && insideQuotes(doc.text.slice(s.start, labelStart))) return null;
  return doc.text.slice(labelStart, at);
}
