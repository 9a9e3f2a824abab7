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
import { placeOutranks, placesAgree, placesIn } from './place-chain';
import { isCountryPlace, wrongCapitals, type WrongCapital } from './place-capital';
import { isConfident } from '../holders';
import { pastHorizon, asOfHorizon } from '../horizon';
import { factRange, formatDay } from '../dates';
import { anniversaryFlag } from './event-anniversary';

// What may stand between the claim and the place: words of time, of being held or gathering, dates, commas.
const LINK_RE =
  /^(?:[\s,\u2013\u2014-]|\d{1,4}(?:st|nd|rd|th)?\b|\b(?:in|at|on|the|The|was|were|is|are|will|be|being|been|to|held|take|taking|took|takes|place|scheduled|set|due|for|from|this|next|last|week|month|year|today|tomorrow|and|organi[sz]ed|conducted|hosted|convened|gathered|gather|gathering|meet|meets|meeting|met|arrived|arrive|continues|continue|concluded|opened|opens|began|begins|of|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b\.?)*$/;
const LOCATIVE_BEFORE_RE = /\b(?:in|at)\s+(?:the\s+)?$/i;
// "the ninth meeting in the Ramstein format": a place's name as the name of a group or a process, not where.
const NAME_OF_RE = /^\s+(?:format|group|process|formula|platform|talks\s+format|declaration|agreement|accords?|protocol)\b/i;

/** The claim and a span of the sentence are one: the span inside or beside it, with only words of time and placing between. */
function besideClaim(doc: Doc, a: Annotation, p: Span): boolean {
  if (p.start < a.end && a.start < p.end) return true;
  const gap: Span = p.start >= a.end ? { start: a.end, end: p.start } : { start: p.end, end: a.start };
  if (gap.end - gap.start > 40) return false;
  return LINK_RE.test(doc.text.slice(gap.start, gap.end));
}

/**
 * "The 2026 NATO summit will be held in the Turkish capital The Hague on July 7-8": a meeting confirmed by its time and
 * by the capital's words, while the city told as that capital is another. The capital is the meeting's (or holds its
 * venue) and the city is not: the words put the meeting in the wrong city beyond doubt. A red flag on a confident
 * record and a certain page date, else told.
 */
function capitalFlag(doc: Doc, a: Annotation): Annotation | null {
  const e = doc.facts.events.get(a.factIds[0]);
  if (!e?.place) return null;
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  if (!sentence) return null;
  const wrong: WrongCapital | undefined = wrongCapitals(doc, sentence).find(
    (w) => placesAgree(doc.facts, w.capital, e.place!) && !placesAgree(doc.facts, w.city, e.place!) && besideClaim(doc, a, w),
  );
  if (!wrong) return null;
  const places = doc.facts.places;
  const range = factRange(e.end ?? e.start);
  const when = e.end && e.end !== e.start ? `${formatDay(e.start)} – ${formatDay(e.end)}` : formatDay(e.start);
  const venue = places.get(e.place)?.name;
  const capital = places.get(wrong.capital)?.name;
  const held = range.last < doc.asOf ? 'took place' : e.start <= doc.asOf ? 'is held' : 'is to take place';
  const message = `${e.name} (${when}) ${held} in ${capital}${venue && venue !== capital ? ` (${venue})` : ''}; ${capital}, not ${places.get(wrong.city)?.name}, is ${/^(?:[A-Z]\w*\s+capital|capital\s)/.test(wrong.words) ? `the ${wrong.words}` : wrong.words}.`;
  const confident = isConfident(e) && doc.dateCertain;
  const horizon = pastHorizon(doc.facts, doc.asOf, { list: 'events' });
  const settled = !horizon || (e.status === 'held' && range.last <= horizon);
  const judged = {
    verdict: confident ? ('contradicted' as const) : ('context' as const),
    message: confident ? message : `${message} (Not flagged: weakly sourced.)`,
  };
  const said = horizon && !settled ? asOfHorizon(judged, horizon) : judged;
  return {
    ...a,
    start: wrong.start,
    end: wrong.end,
    quote: doc.text.slice(wrong.start, wrong.end),
    verdict: said.verdict,
    message: said.message,
  };
}

// "their Helsinki summit", "the The Hague Summit": a city that names the summit itself.
const SUMMIT_AFTER_RE = /^\s+summit\b/i;
// "NATO Summit 2025 – Brussels (24–25 June 2025)": a heading's summit, its city after a dash and its days in brackets.
const DASH_BEFORE_RE = /\b(?:summit|Summit)(?:\s+\d{4})?\s*[\u2013\u2014-]\s*(?:the\s+)?$/i;
const DAYS_AFTER_RE = /^\s*\(\s*\d/;

/**
 * A city (not a country: "this Ukraine meeting" is a topic) that names the summit the claim is about, with no "in"
 * or "at": as the summit's own label ("their Helsinki summit on Friday" of the Alaska summit) or after a heading's
 * dash with the summit's days. Read only inside the claim: a label beside it may be another summit recalled.
 */
function namedAsTheSummit(doc: Doc, p: { start: number; end: number; value: { id: string } }): boolean {
  if (isCountryPlace(doc.facts, p.value.id)) return false;
  const text = doc.text;
  if (SUMMIT_AFTER_RE.test(text.slice(p.end, p.end + 10))) return true;
  return DASH_BEFORE_RE.test(text.slice(Math.max(0, p.start - 24), p.start)) && DAYS_AFTER_RE.test(text.slice(p.end, p.end + 6));
}

// Built once (speed, round 41): a literal in venueOfAnotherCity was a new expression, parsed again, at each call.
const VENUE_OF_ANOTHER_CITY_RE = /^['\u2019]s?\s+(?:the\s+)?$/;
/**
 * "set to gather at Washington’s Beştepe Presidential Complex for the alliance’s summit on July 7-8, 2026": the meeting's
 * venue told as a city's that does not hold it, after "at" or "in", in the claim's sentence. The venue agrees, so the sentence is not read as another meeting's;
 * the confirmation is dropped, never flagged ("Washington's Kremlin envoy" names whose, not where).
 */
function venueOfAnotherCity(
  doc: Doc,
  places: ReadonlyArray<{ start: number; end: number; value: { id: string } }>,
  record: string,
): boolean {
  for (let i = 0; i + 1 < places.length; i++) {
    const city = places[i];
    const venue = places[i + 1];
    if (!VENUE_OF_ANOTHER_CITY_RE.test(doc.text.slice(city.end, venue.start))) continue;
    if (!LOCATIVE_BEFORE_RE.test(doc.text.slice(Math.max(0, city.start - 12), city.start))) continue;
    if (isCountryPlace(doc.facts, city.value.id) || doc.facts.places.get(venue.value.id)?.within === undefined) continue;
    if (placesAgree(doc.facts, venue.value.id, record) && !placesAgree(doc.facts, city.value.id, venue.value.id)) return true;
  }
  return false;
}

function clashes(doc: Doc, a: Annotation): boolean {
  const e = doc.facts.events.get(a.factIds[0]);
  if (!e?.place) return false;
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  if (!sentence) return false;
  const places = placesIn(doc, sentence);
  if (venueOfAnotherCity(doc, places, e.place)) return true;
  if (!places.length) return false;
  // Round 44: the place of a part of the summit's programme is the summit's too ("at Buckingham Palace" for the reception
  // that opened the London leaders' meeting held at Watford).
  const agreeing = places
    .filter((p) => placesAgree(doc.facts, p.value.id, e.place!) || !!e.programme?.some((part) => part.place === p.value.id))
    .map((p) => p.value.id);
  // Only countries agree ("United States President Donald Trump ... at the start of their Helsinki summit on Friday"):
  // a city naming the summit inside the claim outranks them.
  if (agreeing.length)
    return (
      agreeing.every((id) => isCountryPlace(doc.facts, id)) &&
      places.some(
        (p) => p.start >= a.start && p.end <= a.end && namedAsTheSummit(doc, p) && placeOutranks(doc.facts, p.value.id, e.place!, agreeing),
      )
    );
  return places.some((p) => {
    if (!LOCATIVE_BEFORE_RE.test(doc.text.slice(Math.max(0, p.start - 12), p.start)))
      return p.start >= a.start && p.end <= a.end && namedAsTheSummit(doc, p);
    if (NAME_OF_RE.test(doc.text.slice(p.end, p.end + 20))) return false;
    // Round 35: a place inside the meeting's own name, told as the claim ("the Summit on Peace in Ukraine", held-out 33 oa029),
    // is its topic, not where it was.
    if (p.start >= a.start && p.end <= a.end) return !e.name.includes(doc.text.slice(p.start, p.end));
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
      const kept: Annotation[] = [];
      // Looked for once per page, not once per confirmed meeting.
      const anniversaryTold = doc.folded.includes('anniversar');
      for (const a of out) {
        if (!(a.kind === 'event' && a.verdict === 'supported')) kept.push(a);
        else {
          const flag = capitalFlag(doc, a);
          if (flag) kept.push(flag);
          else if (!clashes(doc, a)) kept.push(a);
          // Round 23: an anniversary of the alliance the meeting did not mark (event-anniversary.ts).
          const anniversary = !flag && anniversaryTold ? anniversaryFlag(doc, a) : null;
          if (anniversary) kept.push(anniversary);
        }
      }
      return kept;
    },
  };
}
