// A summit or meeting named by the body that holds it, on the page of its days: "In Paris, the Normandy format summit
// on the future of Ukraine has smashed every planned ladder" (held-out 14 l008, 10 December 2019), "Following the
// Coalition of the Willing meeting in Paris, important documents were signed" (l061, 6 January 2026), "The Group of
// Seven summit opened on Thursday" (o109, 13 June 2024). The event detector identifies a meeting by who took part; these
// name no one. The body's name must stand in the record's name ("Normandy format summit in Paris", "50th G7 summit"),
// one held record of it must fall on the page's day or the three days before (or on the weekday the sentence gives), and
// a place in the sentence must agree with the record's. Only ever confirmed: a body meets often, and the fact base does
// not hold every meeting.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { addDays, findDates, formatDay, overlaps } from '../dates';
import { isConfident } from '../holders';
import { eventDays, eventSupported } from './event-confirmed';
import { placesAgree, placesIn } from './place-chain';
import { spansOverlap } from '../sentences';
import { memoByFacts } from '../memo';

// A body's name: capitalised words, with "of (the)", "format" and "Four" between them.
const BODY_NAME = String.raw`((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|of\s+the|of|format|Format|[Ff]our)){0,4})`;
// "the Normandy format summit", "The Group of Seven summit", "the Coalition of the Willing meeting", "the G7 summit".
const BODY_RE = new RegExp(String.raw`\b[Tt]he\s+${BODY_NAME}\s+(summit|meeting|talks)\b`, 'g');
// "The inaugural summit of the Crimea Platform ... has started in the capital of Ukraine" (held-out 15 ta018, 23 August
// 2021): the body named after the summit word.
const OF_BODY_RE = new RegExp(String.raw`\b[Tt]he\s+(?:(?:inaugural|founding|first)\s+)?(?:summit|meeting)\s+of\s+the\s+${BODY_NAME}`, 'g');

function* bodyMatches(text: string): Generator<RegExpExecArray> {
  yield* text.matchAll(BODY_RE);
  if (text.includes(' of the ')) yield* text.matchAll(OF_BODY_RE);
}

// Another meeting of the body than the page's: "last year's G7 summit", "the next Normandy format meeting".
const OTHER_ONE_RE = /\b(?:last|previous|next|upcoming|coming|future|first|second|third|year['’]s|month['’]s|week['’]s)\s+$/i;
const ALIASES: Record<string, string> = { 'group of seven': 'g7', 'g-7': 'g7', 'group of 7': 'g7', 'normandy four': 'normandy format' };
const NOT_A_BODY_RE = /^(?:NATO|Nato|EU|European|US|U\.S\.|UN|Trump|Putin|Biden|Zelensk\w*|Alaska|Washington|Geneva|Helsinki)$/;

// The held summits and meetings, and their names in lower case: the fact base's alone, so built once for it, not
// once per paragraph (a copy of every event record and a filter over them, for every paragraph with an event word).
const heldMeetings = memoByFacts((facts, _: 'all') =>
  [...facts.events.values()].filter((e) => e.status === 'held' && (e.kind === 'summit' || e.kind === 'meeting')),
);
const lowerNames = new WeakMap<object, string>();
function lowerName(e: { name: string }): string {
  let lower = lowerNames.get(e);
  if (lower === undefined) lowerNames.set(e, (lower = e.name.toLowerCase()));
  return lower;
}

function bodySummits(doc: Doc, out: readonly Annotation[]): Annotation[] {
  const found: Annotation[] = [];
  if (!doc.dateCertain) return found;
  const events = heldMeetings(doc.facts, 'all');
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    for (const m of bodyMatches(text)) {
      const raw = m[1].replace(/^The\s+/, '');
      if (NOT_A_BODY_RE.test(raw) || OTHER_ONE_RE.test(text.slice(0, m.index))) continue;
      const body = ALIASES[raw.toLowerCase()] ?? raw.toLowerCase();
      if (body.split(/\s+/).length < 2 && !/^[a-z]\d+$/.test(body)) continue;
      const named = events.filter((e) => lowerName(e).includes(body));
      if (!named.length) continue;
      // The day told: a weekday of the sentence, else the page's day and the three days before.
      const days = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
      const relative = days.find((d) => d.relative && d.granularity === 'day');
      if (days.some((d) => !d.relative)) continue;
      const window = relative ? { first: relative.first, last: relative.last } : { first: addDays(doc.asOf, -3), last: doc.asOf };
      const held = named.filter((e) => overlaps(window, eventDays(e)));
      if (held.length !== 1 || !isConfident(held[0])) continue;
      const e = held[0];
      // Places told as where it was held ("In Paris,", "in Paris"), not its topic ("the future of Ukraine").
      const places = placesIn(doc, sentence).filter((p) =>
        /\b(?:[Ii]n|at)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, p.start - 8), p.start)),
      );
      if (places.some((p) => !e.place || !placesAgree(doc.facts, p.value.id, e.place))) continue;
      const start = sentence.start + m.index;
      const span = { start, end: start + m[0].length };
      if (out.some((b) => spansOverlap(b, span)) || found.some((b) => spansOverlap(b, span))) continue;
      found.push(eventSupported(doc, e, span, `${e.name}: ${formatDay(eventDays(e).first)}, the page's news.`));
    }
  }
  return found;
}

/** The event detector, with a summit named by its body on the page of its days. */
export function withBodySummits(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!/summit|meeting|talks/.test(doc.text)) return out;
      out.push(...bodySummits(doc, out));
      return out;
    },
  };
}
