// Round 44: a part of a summit told at its own place on the day of another of its parts (held-out 42 tt006, 4 December
// 2019: "On December 4, Mr. Trump was welcomed at Buckingham Palace for the NATO leaders meeting"; the Queen's reception
// at Buckingham Palace opened the meeting on the evening of the 3rd, and the 4th was the working session at The Grove,
// Watford). The event readers identify the summit by its days and confirm the day, since the 4th is one of them; the
// record's programme (`programme`, only where sources give every part) says which part was held where on which day.
//
// The opening part only (the reception or dinner on the summit's first evening, at a palace): it is told at its place
// ("welcomed at Buckingham Palace", "dined with the King at Huis ten Bosch"), in a sentence that names NATO or the
// alliance, with a single day written out that is a later part's day of the same summit. Not when the sentence also
// names that later part's place ("met at The Grove in Watford after a reception at Buckingham Palace") or tells of the
// evening before; not a day outside the summit (the event readers weigh those). The opening told on its own day is
// confirmed as that part ("hosted NATO leaders today at Buckingham Palace on December 3"). The halls of
// the working sessions are left alone: other forums met there on the opening day (the NATO Public Forum at the World
// Forum on 24 June 2025). A weekday, a month or a range of days is not read ("on Tuesday evening at Buckingham Palace").
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { FactIndex } from '../../facts/load';
import type { EventRecord } from '../../facts/schema';
import { matchesIn, sentenceOf } from '../doc';
import { findDates, formatDay } from '../dates';
import { memoByFacts } from '../memo';
import { placeChain, placesIn } from './place-chain';
import { eventContradicted, eventSupported } from './event-confirmed';

/** The summits whose programme is on record, by the place of their opening part. */
const openingPlaces = memoByFacts((facts: FactIndex, _: 'all'): Map<string, EventRecord> => {
  const out = new Map<string, EventRecord>();
  for (const e of facts.base.events)
    if (e.programme?.length && e.status === 'held' && e.confidence === 'verified') out.set(e.programme[0].place, e);
  return out;
});

const NATO_RE = /\b(?:NATO|Nato|[Aa]lliance|allies)\b/;
// The evening before told: the part is placed by the day after it ("a reception at Buckingham Palace the evening before").
const EVENING_BEFORE_RE = /\b(?:(?:evening|night|day)\s+before|the\s+eve\b|previous\s+(?:evening|night|day)|earlier\s+in\s+the\s+week)/i;

function misdatedOpening(doc: Doc, at: { start: number; end: number }, e: EventRecord, out: readonly Annotation[]): Annotation | null {
  const programme = e.programme!;
  const opening = programme[0];
  const sentence = sentenceOf(doc, at.start);
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!NATO_RE.test(text) || EVENING_BEFORE_RE.test(text)) return null;
  const days = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf, past: doc.asOf >= e.start }).filter(
    (d) => d.granularity === 'day' && !d.relative && d.first === d.last && !d.through,
  );
  if (days.length !== 1) return null;
  const day = days[0];
  const span = { start: Math.min(at.start, day.start), end: Math.max(at.end, day.end) };
  // A red flag of another reader on these words stands.
  if (out.some((a) => a.verdict !== 'supported' && a.verdict !== 'context' && a.start < span.end && span.start < a.end)) return null;
  // The opening told on its own day ("hosted NATO leaders today at Buckingham Palace on December 3"): confirmed.
  if (day.first === opening.day)
    return eventSupported(doc, e, span, `The day matches the record: ${opening.what}, ${formatDay(opening.day)} (${e.name}).`);
  const later = programme.find((p) => p !== opening && p.day === day.first);
  if (!later) return null;
  // The later part's own place named too (The Grove, Watford; not London, which holds both): the sentence tells of both parts.
  if (placesIn(doc, sentence).some((p) => placeChain(doc.facts, p.value.id).includes(later.place))) return null;
  const message = `${e.name}: ${opening.what} was on ${formatDay(opening.day)}; ${formatDay(day.first)} was ${later.what}.`;
  return eventContradicted(doc, e, span, message);
}

/** The event detector, with the opening part of a summit told on its own day confirmed and on a later part's day flagged. */
export function withProgrammeDays(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const found = events.find(doc, ctx);
      if (!doc.dateCertain) return found;
      const byPlace = openingPlaces(doc.facts, 'all');
      let flags: Annotation[] | null = null;
      for (const m of matchesIn(doc, { start: 0, end: doc.text.length }, 'place')) {
        const e = byPlace.get(m.value.id);
        if (!e) continue;
        const a = misdatedOpening(doc, m, e, found);
        if (a && !(flags ?? []).some((b) => b.start < a.end && a.start < b.end)) (flags ??= []).push(a);
      }
      if (!flags) return found;
      // What this reader says of a part replaces what the event readers said of the summit on the same words (its day,
      // true of the summit but not of this part; a place "not the summit's", which is this part's).
      const out: Annotation[] = [];
      for (const a of found) if (!flags.some((f) => a.kind === 'event' && a.start < f.end && f.start < a.end)) out.push(a);
      out.push(...flags);
      return out;
    },
  };
}
