// A meeting confirmed by its time while the words put it somewhere else: "The NATO summit conducted in Brussels on
// Tuesday" (25 June 2025, the second day of The Hague summit), "a meeting between Trump and Putin, scheduled for this
// Friday in Geneva" (the Alaska summit), "the NATO Foreign Ministers' meeting on 3-4 April 2019 in The Hague"
// (Washington). Found by the round-20 mutation probe: the readers identify the meeting by its days and read the place
// only where they expect it (right after the event word), so a place a few words away was passed over and the date
// alone confirmed a sentence that names the wrong city. A confirmation is dropped (nothing is said) when a place the
// sentence says the meeting was at ("in X", "at X") stands inside the claim or next to it with only words of time and
// placing between, and no place in the sentence agrees with the record's. Never a red flag: which meeting is meant is
// then not beyond doubt.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { placesAgree, placesIn } from './place-chain';

// What may stand between the claim and the place: words of time, of being held or gathering, dates, commas.
const LINK_RE =
  /^(?:[\s,–—-]|\d{1,4}(?:st|nd|rd|th)?\b|\b(?:in|at|on|the|The|was|were|is|are|will|be|being|been|to|held|take|taking|took|takes|place|scheduled|set|due|for|from|this|next|last|week|month|year|today|tomorrow|and|organi[sz]ed|conducted|hosted|convened|gathered|gather|gathering|meet|meets|meeting|met|arrived|arrive|continues|continue|concluded|opened|opens|began|begins|of|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?)*$/;
const LOCATIVE_BEFORE_RE = /\b(?:in|at)\s+(?:the\s+)?$/i;
// "the ninth meeting in the Ramstein format": a place's name as the name of a group or a process, not where.
const NAME_OF_RE = /^\s+(?:format|group|process|formula|platform|talks\s+format|declaration|agreement|accords?|protocol)\b/i;

function clashes(doc: Doc, a: Annotation): boolean {
  const e = doc.facts.events.get(a.factIds[0]);
  if (!e?.place) return false;
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  if (!sentence) return false;
  const places = placesIn(doc, sentence);
  if (!places.length || places.some((p) => placesAgree(doc.facts, p.value.id, e.place!))) return false;
  return places.some((p) => {
    if (!LOCATIVE_BEFORE_RE.test(doc.text.slice(Math.max(0, p.start - 12), p.start))) return false;
    if (NAME_OF_RE.test(doc.text.slice(p.end, p.end + 20))) return false;
    if (p.start >= a.start && p.end <= a.end) return true;
    const gap: Span = p.start >= a.end ? { start: a.end, end: p.start } : { start: p.end, end: a.start };
    if (gap.end < gap.start || gap.end - gap.start > 40) return false;
    // The place's own preposition is part of the gap when the place comes after the claim.
    return LINK_RE.test(doc.text.slice(gap.start, gap.end));
  });
}

/** The event detector, with a meeting confirmed by its time dropped when the sentence puts it at another place. */
export function withPlaceClashes(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!out.some((a) => a.kind === 'event' && a.verdict === 'supported')) return out;
      return out.filter((a) => !(a.kind === 'event' && a.verdict === 'supported' && clashes(doc, a)));
    },
  };
}
