// NATO summits named by place and year or date, with no one named: "the 2016 Warsaw summit in
// early July", "following the 2022 Madrid Summit", "at the NATO summit in Brussels, Belgium, on
// June 14". The event detector identifies an event by who took part; these name none, so they are
// matched here by place and time, and only ever supported: a place with a summit word and a
// time that fits exactly one summit held there.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { matchesIn } from '../doc';
import { hull } from '../sentences';
import { findDates, overlaps, type DayRange } from '../dates';
import { memoByFacts } from '../memo';
import { describeEvent, eventDays, eventSupported } from './event-confirmed';

const SUMMIT_RE = /\b[Ss]ummits?\b/g;

/** The event detector, with summits named by place and time added: one detector per kind of claim. */
export function withNamedSummits(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!/summit/i.test(doc.text)) return out;
      for (const a of namedSummits(doc)) if (!out.some((b) => b.start < a.end && a.start < b.end)) out.push(a);
      return out;
    },
  };
}

/** Summits held at a place or in the city around it (not the country: "the Spain summit" is no name). */
const summitsAt = memoByFacts((facts: FactIndex, placeId: string): EventRecord[] =>
  facts.base.events.filter((e) => {
    if (e.kind !== 'summit' || !e.place) return false;
    const chain: string[] = [];
    for (
      let p = facts.places.get(e.place);
      p && !chain.includes(p.id) && chain.length < 3;
      p = p.within ? facts.places.get(p.within) : undefined
    )
      chain.push(p.id);
    return chain.includes(placeId);
  }),
);

function namedSummits(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const words: Array<{ start: number; end: number }> = [];
    SUMMIT_RE.lastIndex = 0;
    for (let m = SUMMIT_RE.exec(text); m; m = SUMMIT_RE.exec(text))
      words.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
    if (!words.length) continue;
    const places = matchesIn(doc, sentence, 'place');
    if (!places.length) continue;
    const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
    for (const p of places) {
      // The summit word right by the place: "the Warsaw summit", "summit in Brussels".
      const word = words.find((w) => (w.start >= p.end && w.start - p.end <= 8) || (p.start >= w.end && p.start - w.end <= 16));
      if (!word) continue;
      const summits = summitsAt(doc.facts, p.value.id);
      if (!summits.length) continue;
      // "the 2016 Warsaw summit": a year right before the place.
      const year = /\b((?:19|20)\d{2})\s+(?:NATO\s+|Nato\s+)?$/.exec(doc.text.slice(Math.max(sentence.start, p.start - 12), p.start));
      const yearSpan = year ? { start: p.start - year[0].length, end: p.start - year[0].length + 4 } : null;
      const evidence: Array<DayRange & { start: number; end: number }> = [...dates];
      if (year && yearSpan) evidence.push({ first: `${year[1]}-01-01`, last: `${year[1]}-12-31`, ...yearSpan });
      const fitting = summits.filter((e) => {
        const range = eventDays(e);
        return evidence.some((d) => overlaps(d, range));
      });
      if (fitting.length !== 1) continue;
      const e = fitting[0];
      if (e.confidence !== 'verified' || e.status === 'cancelled') continue;
      const range = eventDays(e);
      const used = evidence.filter((d) => overlaps(d, range));
      const span = hull([p, word, ...used]);
      const { when, place } = describeEvent(doc, e);
      out.push(eventSupported(doc, e, span, `The place and date match the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`));
    }
  }
  return out;
}
