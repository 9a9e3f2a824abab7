// A claim about an event record confirmed: the record said in words (its days, its place) and the
// annotation that confirms it. One form for every detector that confirms meetings and summits, so
// that the card reads the same whichever phrasing found the event.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { Span } from '../sentences';
import { factRange, formatDay, type DayRange } from '../dates';
import { sourcesOf } from '../holders';

/** The days the record's event took, from its first day's first to its last day's last (a date given as a month or a year is all of it). */
export const eventDays = (e: EventRecord): DayRange => ({ first: factRange(e.start).first, last: factRange(e.end ?? e.start).last });

/** The record's days ("June 24, 2025 – June 25, 2025"), its place's name, and the card's fact line. */
export function describeEvent(doc: Doc, e: EventRecord): { when: string; place: string | undefined; fact: string } {
  const place = e.place ? doc.facts.places.get(e.place)?.name : undefined;
  const when = e.end && e.end !== e.start ? `${formatDay(e.start)} – ${formatDay(e.end)}` : formatDay(e.start);
  return { when, place, fact: `${e.name}: ${when}${place ? `, ${place}` : ''} (${e.status}).` };
}

/** The words at `span` confirmed by the record `e`; `fact` and `factIds` default to the record's own. */
export function eventSupported(
  doc: Doc,
  e: EventRecord,
  span: Span,
  message: string,
  more: { fact?: string; factIds?: string[] } = {},
): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'supported',
    kind: 'event',
    factIds: more.factIds ?? [e.id],
    message,
    fact: more.fact ?? describeEvent(doc, e).fact,
    sources: sourcesOf(e),
  };
}
