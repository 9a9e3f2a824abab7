// Rounds of talks told by their place, before the round the article is about: "the senior military
// figures who headed earlier rounds held in Abu Dhabi" (Geneva, February 2026), "The first round of
// meetings was held in the UAE last month" (Abu Dhabi, February 2026), "previous rounds of talks in
// Istanbul". The event detector reads talks by who took part or by their day; these name neither.
//
// Only confirmed: talks the fact base holds at that place (or inside it), held before the article's
// day and within about a year of it, and fitting a date the sentence gives. Which round is "first"
// depends on the series the text counts, so the order is not judged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { matchesIn } from '../doc';
import type { Span } from '../sentences';
import { addDays, daysBetween, findDates, overlaps, type DateMention } from '../dates';
import { sourcesOf } from '../holders';
import { memoByFacts } from '../memo';
import { describeEvent, eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { placeChain } from './place-chain';
import { gated, compiledOnFirstRun } from '../triggers';

const ROUND_HINT_RE = gated(/\brounds?\b/);
// "two rounds that occurred in Abu Dhabi in late January and early February 2026" (Geneva talks, February
// 2026): a count of rounds, then a relative clause, tells of rounds held there too. "two previous rounds of
// U.S.-mediated talks in Abu Dhabi" (japantoday.com, February 2026): the count before "previous", a mediator before "talks".
const ROUND_BEFORE_RE =
  /\b(?:(earlier|previous|prior|past|last|first|initial|opening|second|third|latest)\s+(?:two\s+|three\s+|few\s+)?|(?:two|three|four)\s+(?:(?:earlier|previous|prior|past)\s+)?)(rounds?)\s+(?:of\s+(?:[\w.-]+\s+){0,2}?(?:talks|negotiations|meetings|consultations)\s+)?(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:held\s+|took\s+place\s+|occurred\s+)?(?:in|at)\s+(?:the\s+)?$/i;

const talks = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.kind === 'talks' && e.status === 'held' && e.confidence === 'verified' && e.place),
);

/** Rounds of talks told by their place; each annotation confirms the latest such round before the article. */
export function talkRounds(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!ROUND_HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!ROUND_HINT_RE.test(text)) continue;
    const numbered = numberedRound(doc, sentence, text);
    if (numbered) out.push(numbered);
    for (const p of matchesIn(doc, sentence, 'place')) {
      const from = Math.max(sentence.start, p.start - 110);
      const m = ROUND_BEFORE_RE.exec(doc.text.slice(from, p.start));
      if (!m) continue;
      const before = talks(doc.facts, 'all').filter(
        (e) =>
          placeChain(doc.facts, e.place!).includes(p.value.id) &&
          eventDays(e).last < doc.asOf &&
          eventDays(e).last >= addDays(doc.asOf, -400),
      );
      // "earlier rounds": more than one on record there.
      if (!before.length || (/s$/i.test(m[2]) && before.length < 2)) continue;
      const span: Span = { start: from + m.index, end: p.end };
      // A date in the sentence ("last month", "in January") must fit one of them.
      const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
      const fitting = dates.length ? before.filter((e) => dates.some((d) => overlaps(d, eventDays(e)))) : before;
      if (!fitting.length) continue;
      const e = fitting.reduce((a, b) => (a.start > b.start ? a : b));
      const { when, place: where } = describeEvent(doc, e);
      out.push(
        eventSupported(doc, e, span, `Talks held there before this article include ${e.name}, ${when}${where ? `, ${where}` : ''}.`, {
          factIds: fitting.map((x) => x.id),
        }),
      );
    }
  }
  return out;
}

// "On February 4, 2026, the capital of the United Arab Emirates became the focal point of international
// diplomacy as the second round of trilateral negotiations commenced" (February 2026), "the first round of
// Russia-Ukraine talks took place on February 28, 2022 in Belarus", "the second round of direct talks in
// Istanbul on June 2": a round numbered, and a day that is one recorded round's. The records name their
// place in their series ("Second trilateral US–Russia–Ukraine round", "... talks in Belarus (2nd round)").
// Round 31: "the inaugural official round of two-day trilateral negotiations" (Abu Dhabi, 23 January 2026): "inaugural"
// numbers the round too, and a word of manner may stand between the number and "round".
const ORDINAL_ROUND_RE =
  /\b(?:the|an?|its|their)\s+(first|initial|inaugural|opening|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:(?:official|formal|full|direct|face-to-face)\s+)?round\s+of\s+((?:[\w.\u2013-]+\s+){0,3}?)(?:talks|negotiations|consultations|meetings)\b/i;
const ORDINAL_NUMBER: Record<string, number> = {
  first: 1,
  initial: 1,
  inaugural: 1,
  opening: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
  '5th': 5,
};
const NAME_ORDINAL_RE = /^(First|Second|Third|Fourth|Fifth)\s+trilateral\b|\((1st|2nd|3rd|4th|5th)\s+round\)/;
// Words that number the round in another series than the record's ("the second round of US-Russia talks"
// on a day of a trilateral round): the record's series must be the one the text names.
const TRILATERAL_RE = /\b(?:trilateral|three-way|tripartite|three-sided)\b/i;
const BILATERAL_RE = /\b(?:US-Russia|U\.S\.-Russia|US\u2013Russia|Russia-US|Russian-American|American-Russian|bilateral)\b/i;

/** The place of a recorded round in its series, read from its name; 0 when the name gives none. */
function roundNumberOf(e: EventRecord): number {
  const m = NAME_ORDINAL_RE.exec(e.name);
  if (!m) return 0;
  return ORDINAL_NUMBER[(m[1] ?? m[2]).toLowerCase()];
}

/**
 * A round numbered and a written day that falls on one recorded round: confirmed when the numbers agree,
 * contradicted when they do not and the text names the record's series (three-way talks for the trilateral
 * rounds, none named as US–Russia) and the day is written out (with its year, or within weeks of the page).
 */
function numberedRound(doc: Doc, sentence: Span, text: string): Annotation | null {
  const m = ORDINAL_ROUND_RE.exec(text);
  if (!m) return null;
  const said = ORDINAL_NUMBER[m[1].toLowerCase()];
  // A month ("in late January") or the page's own day ("began today") confirms; only a day written out is flagged.
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => d.granularity !== 'year');
  const records = talks(doc.facts, 'all').filter((e) => roundNumberOf(e) > 0);
  let day: DateMention | null = null;
  let hits: EventRecord[] = [];
  for (const d of dates) {
    const range = d.through ? { first: d.first, last: d.through } : d;
    const on = records.filter((e) => overlaps(range, eventDays(e)));
    if (on.length) {
      day = d;
      hits = on;
      break;
    }
  }
  if (!day || hits.length !== 1) return null;
  const e = hits[0];
  const start = sentence.start + m.index;
  const phrase = { start, end: start + m[0].length };
  const { when, place, fact } = describeEvent(doc, e);
  // The day in the span when it stands near the phrase; a long way off, the phrase alone.
  const near = Math.max(day.start - phrase.end, phrase.start - day.end) <= 60;
  const span = near ? { start: Math.min(phrase.start, day.start), end: Math.max(phrase.end, day.end) } : phrase;
  const actual = roundNumberOf(e);
  if (actual === said)
    return eventSupported(doc, e, span, `The round and its date match the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`);
  const sameSeries = /trilateral/i.test(e.name) ? TRILATERAL_RE.test(text) && !BILATERAL_RE.test(text) : placeNamed(doc, sentence, e);
  const sure = day.granularity === 'day' && !day.relative && (day.explicitYear || daysBetween(day.first, doc.asOf) <= 45);
  if (!sameSeries || !sure || !doc.dateCertain || e.confidence !== 'verified') return null;
  return {
    start: phrase.start,
    end: phrase.end,
    quote: doc.text.slice(phrase.start, phrase.end),
    verdict: 'contradicted',
    kind: 'event',
    factIds: [e.id],
    message: `The round on ${when} was the ${['', 'first', 'second', 'third', 'fourth', 'fifth'][actual]}: ${e.name}.`,
    fact,
    sources: sourcesOf(e),
  };
}

/** The record's place, or a place inside it, named in the sentence. */
function placeNamed(doc: Doc, sentence: Span, e: EventRecord): boolean {
  return (
    !!e.place &&
    matchesIn(doc, sentence, 'place').some(
      (p) => placeChain(doc.facts, e.place!).includes(p.value.id) || placeChain(doc.facts, p.value.id).includes(e.place!),
    )
  );
}

// "Russian negotiators met Ukrainian counterparts and UAE mediators on February 4-5" (February 2026),
// "Russian and Ukrainian delegations met in Istanbul on May 16", "Ukrainian and Russian negotiators held
// talks on March 29": the two sides of the war meeting, told by who they are and the day, which the event
// reader (by named people or a place said as where) does not read. Confirmed only, by a recorded round of
// talks between them on that day.
const SIDES_RE = /\b(?:negotiators|delegations?|delegates|counterparts|envoys|representatives|officials|teams?)\b/;
const SIDES_MEET_RE = /\b(?:met|meet|meets|meeting|talks|negotiat\w*|sat\s+down)\b/;

const warTalks = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  talks(facts, 'all').filter((e) => /Russia/.test(e.name) && /Ukraine/.test(e.name)),
);

export function sidesMet(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.text.includes('Ukrainian') || !doc.text.includes('Russian')) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const ru = text.indexOf('Russian');
    const ua = text.indexOf('Ukrainian');
    if (ru < 0 || ua < 0 || !SIDES_RE.test(text) || !SIDES_MEET_RE.test(text)) continue;
    for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf })) {
      if (d.granularity !== 'day' || d.relative || d.first > doc.asOf) continue;
      const range = d.through ? { first: d.first, last: d.through } : d;
      const on = warTalks(doc.facts, 'all').filter((e) => overlaps(range, eventDays(e)));
      if (on.length !== 1) continue;
      const e = on[0];
      const start = sentence.start + Math.min(ru, ua);
      const span = { start, end: Math.max(d.end, start) };
      // Only a short clause: the two sides and the day within one stretch of words.
      if (span.end - span.start > 140) continue;
      const { when, place } = describeEvent(doc, e);
      out.push(eventSupported(doc, e, span, `The date matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`));
      break;
    }
  }
  return out;
}

// "The meeting marked the first three-way engagement since Russia's 2022 invasion of Ukraine" (Abu Dhabi, 4 February
// 2026: the second trilateral round), "The talks were the first direct negotiations between Russia and Ukraine since
// 2022" (Istanbul, 16 May 2025): the meeting of the page's day said to be the first of its series. Judged only on the
// days of a recorded round (or the day after), whose name gives its place in that series.
const MARKED_FIRST_RE =
  /\b(?:The|This|That|Today['\u2019]s|Wednesday['\u2019]s|Thursday['\u2019]s)\s+(?:meeting|talks|round|session|encounter|negotiations|gathering)\s+(?:marked|marks|was|is|were|are|became|represents|represented)\s+the\s+(first|second|third)\s+(three-way|trilateral|tripartite|direct)\s+(?:engagement|meeting|talks|negotiations|contact|round|encounter)\b/;

// Built once (speed, round 41): a literal in markedFirst was a new expression, parsed again, at each call.
const MARKED_FIRST_RE2 = compiledOnFirstRun(
  /three-way|trilateral|tripartite|direct (?:talks|negotiations|meeting|engagement|contact|round)/,
);
export function markedFirst(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most pages tell of no series of talks: one look for its words before reading sentence by sentence.
  if (!MARKED_FIRST_RE2.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = MARKED_FIRST_RE.exec(text);
    if (!m) continue;
    const said = ORDINAL_NUMBER[m[1].toLowerCase()];
    const trilateral = m[2].toLowerCase() !== 'direct';
    const today = { first: addDays(doc.asOf, -1), last: doc.asOf };
    const on = talks(doc.facts, 'all').filter(
      (e) => roundNumberOf(e) > 0 && /trilateral/i.test(e.name) === trilateral && overlaps(today, eventDays(e)),
    );
    if (on.length !== 1) continue;
    const e = on[0];
    const actual = roundNumberOf(e);
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    if (actual === said) {
      const { when, place } = describeEvent(doc, e);
      out.push(
        eventSupported(doc, e, span, `The round of the page's day matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`),
      );
      continue;
    }
    if (!doc.dateCertain || e.confidence !== 'verified') continue;
    const { when } = describeEvent(doc, e);
    out.push(
      eventContradicted(
        doc,
        e,
        span,
        `The round of ${when} was the ${['', 'first', 'second', 'third', 'fourth', 'fifth'][actual]} of the series: ${e.name}.`,
      ),
    );
  }
  return out;
}
