// Round 24. The summit an invitation was given at, told by its place: "In June, NATO leaders at a summit in Brussels officially
// invited Finland and Sweden to join the alliance" (September 2022, held-out 22 pb006: they were invited at the Madrid summit of
// 28–30 June 2022), "North Macedonia was invited to begin accession talks at the Brussels summit" (July 2018: true).
//
// The summit of an invitation is the NATO summit (events.json) held on the invitation's day on record (alliance-history.json,
// `invited`): Madrid 2022 for Finland and Sweden, Brussels 2018 for North Macedonia, Bucharest 2008 for Albania and Croatia;
// an invitation given elsewhere (Montenegro's, by the foreign ministers in December 2015) has none and is left alone.
//
// The place is the summit's own words, in the invitation's clause: "at a/the (NATO) summit (held) in X" or "at the X summit",
// before the invitation with nothing but words between ("NATO leaders at a summit in Brussels officially invited"), or right
// after it ("invited to join the alliance at the Madrid summit"). Every country the sentence names must have that one
// invitation on record, at the same summit. A place of the summit (the city, its country, NATO headquarters within it) is
// confirmed when no date in the sentence lies off the invitation; another place is contradicted, when nothing in between
// points at another meeting ("ahead of the summit in Vilnius", "before the next summit in Washington"). Never a negation,
// a plan or a supposition.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { AccessionStep, EventRecord } from '../../facts/schema';
import { matchesIn } from '../doc';
import { factRange, findDates, formatDay, overlaps } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { hull, type Span } from '../sentences';
import { memoByFacts } from '../memo';
import { placeChain } from './place-chain';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';

// Round 45: the invitation as a noun received: "The country received an invitation to join at the 2008 Bucharest Summit and
// became a full member on April 1, 2009" (Albania, April 2023, held-out 43 ty001), "Croatia received its invitation to join
// NATO at the Bucharest summit", "Montenegro was extended an invitation".
const INVITED_RE =
  /\b(?:(?:was|were|been|formally|officially)\s+(?:formally\s+|officially\s+)?invited|invit(?:ed|es|ing)\s+(?:[A-Z]\w+)(?:\s+and\s+[A-Z]\w+)?\s+(?:to\s+(?:join|become)|into)|(?:received|receiving|got|(?:was|were)\s+extended)\s+(?:an|its|their|a\s+formal|the)\s+(?:formal\s+)?invitation\s+to\s+(?:join|become))\b/g;
// "summit in Brussels", "summit held in Madrid", "meeting of leaders in ..." is left out (a meeting may be another).
const SUMMIT_IN_RE = /\b(?:[Ss]ummit)\s+(?:held\s+|hosted\s+)?in\s+(?:the\s+)?$/;
const SUMMIT_AFTER_RE = /^\s+[Ss]ummit\b/;
// A meeting other than the invitation's named around it.
const OTHER_MEETING_RE =
  /\b(?:ahead|before|after|since|until|following|next|upcoming|coming|forthcoming|last\s+year['\u2019]s|this\s+year['\u2019]s|will|would|to\s+attend|attend(?:ed|s|ing)?|expected|scheduled|planned|not|never|n['\u2019]t|yet)\b/i;
// "at the Madrid summit", "at NATO's Bucharest summit"; round 45: with its year, "at the 2008 Bucharest Summit".
const AT_SUMMIT_BEFORE_RE = /\b(?:at|during)\s+(?:the\s+)?(?:NATO['\u2019]?s?\s+)?(?:((?:19|20)\d\d)\s+)?$/;
// Round 45: the accession told after the invitation in a clause of its own ("... at the 2008 Bucharest Summit and became a full
// member on April 1, 2009"): its date is the accession's, not the invitation's.
const JOINED_CLAUSE_RE =
  /,?\s+and\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?(?:became|joined|acceded|was\s+admitted|were\s+admitted)\b/;
const NEGATION_RE = /\b(?:not|never|n['\u2019]t|no\s+invitation|yet\s+to)\b/i;

const natoSummits = memoByFacts((facts, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.id.startsWith('nato-') && e.status !== 'cancelled' && !!e.place),
);

/** The NATO summit held on the invitation's day, if one was. */
function summitOf(doc: Doc, step: AccessionStep): EventRecord | undefined {
  const r = factRange(step.date);
  const held = natoSummits(doc.facts, 'all').filter((e) => overlaps({ first: e.start, last: e.end ?? e.start }, r));
  return held.length === 1 ? held[0] : undefined;
}

export function invitationPlaceClaims(doc: Doc, sentence: Span, steps: readonly AccessionStep[]): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!/[Ss]ummit/.test(text) || !/invit/.test(text) || HYPOTHETICAL_RE.test(text) || NEGATION_RE.test(text)) return null;
  INVITED_RE.lastIndex = 0;
  const m = INVITED_RE.exec(text);
  if (!m || INVITED_RE.exec(text)) return null;
  const verb: Span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  // The countries named: each with one invitation on record, all at the same summit.
  const named: Array<Span & { id: string }> = [];
  for (const q of matchesIn(doc, sentence, 'qualifier')) {
    const id = q.value.jurisdiction;
    if (id && doc.facts.jurisdictions.get(id)?.kind === 'country' && !named.some((n) => n.id === id))
      named.push({ start: q.start, end: q.end, id });
  }
  if (!named.length) return null;
  const recs: AccessionStep[] = [];
  for (const c of named) {
    const own = steps.filter((s) => s.country === c.id && s.step === 'invited');
    if (own.length !== 1) return null;
    recs.push(own[0]);
  }
  const summits = [...new Set(recs.map((s) => summitOf(doc, s)))];
  if (summits.length !== 1 || !summits[0]) return null;
  const summit = summits[0];
  if (recs.some((s) => s.date > doc.asOf)) return null;
  // The summit's place words, in the invitation's clause.
  const places = matchesIn(doc, sentence, 'place').filter((p) => {
    const before = doc.text.slice(Math.max(sentence.start, p.start - 30), p.start);
    const after = doc.text.slice(p.end, Math.min(sentence.end, p.end + 10));
    if (!SUMMIT_IN_RE.test(before) && !(SUMMIT_AFTER_RE.test(after) && AT_SUMMIT_BEFORE_RE.test(before))) return false;
    // Between the place phrase and the invitation: words only (no clause break), none pointing at another meeting.
    const gap = p.end <= verb.start ? doc.text.slice(p.end, verb.start) : doc.text.slice(verb.end, p.start);
    if (/[,;:()\u2014\u2013]/.test(gap) || gap.length > 80) return false;
    const around = doc.text.slice(Math.max(sentence.start, p.start - 40), p.start);
    return !OTHER_MEETING_RE.test(gap) && !OTHER_MEETING_RE.test(around);
  });
  if (places.length !== 1) return null;
  const place = places[0];
  const chain = placeChain(doc.facts, summit.place!);
  const agrees = chain.includes(place.value.id) || placeChain(doc.facts, place.value.id).includes(summit.place!);
  const facts = recs;
  const summary = [...new Set(facts.map((s) => s.summary))].join(' ');
  const where = doc.facts.places.get(summit.place!)?.name ?? summit.place;
  // The place with its summit words ("summit in Brussels", "Brussels summit").
  const lead = SUMMIT_IN_RE.exec(doc.text.slice(Math.max(sentence.start, place.start - 30), place.start));
  const phrase: Span = lead ? { start: place.start - lead[0].length, end: place.end } : { start: place.start, end: place.end + 7 };
  const span = hull([verb, phrase, ...named.filter((c) => Math.abs(c.start - verb.end) < 40)]);
  if (agrees) {
    // Confirmed when no date of the sentence lies off the invitation (up to an accession told after it), nor the summit's year
    // said before its place ("at the 2007 Bucharest Summit").
    const joinedAt = JOINED_CLAUSE_RE.exec(doc.text.slice(verb.end, sentence.end));
    const upTo = joinedAt ? verb.end + joinedAt.index : sentence.end;
    const dates = findDates(doc.text, sentence.start, upTo, { asOf: doc.asOf });
    if (dates.some((d) => !d.relative && !recs.every((s) => overlaps(d, factRange(s.date))))) return null;
    const year = AT_SUMMIT_BEFORE_RE.exec(doc.text.slice(Math.max(sentence.start, place.start - 30), place.start))?.[1];
    if (year && !recs.every((s) => factRange(s.date).first.startsWith(year))) return null;
    const verdict = facts.every(isConfident) && summit.confidence === 'verified' ? 'supported' : 'context';
    return historyAnnotation(
      doc,
      span,
      'membership',
      verdict,
      summary,
      summary,
      [...facts.map((s) => s.id), summit.id],
      sourcesOfAll(facts).slice(0, 3),
    );
  }
  // The summit's place (its days may be disputed: the Madrid summit's arrival dinner of 28 June).
  if (!doc.dateCertain || !facts.every(isConfident) || summit.confidence !== 'verified') return null;
  const message = `Not so: the invitation was given at the ${summit.name} in ${where} (${formatDay(summit.start)}), not in ${doc.facts.places.get(place.value.id)?.name ?? doc.text.slice(place.start, place.end)}. ${summary}`;
  return historyAnnotation(
    doc,
    span,
    'membership',
    'contradicted',
    message,
    summary,
    [...facts.map((s) => s.id), summit.id],
    sourcesOfAll(facts).slice(0, 3),
  );
}
