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
import { compiledOnFirstRun, matchesOf } from '../triggers';

// A body's name: capitalised words, with "of (the)", "format" and "Four" between them.
const BODY_WORDS = String.raw`(?:[A-Z][\w\u2013-]*)(?:\s+(?:[A-Z][\w-]*|of\s+the|of|format|Format|[Ff]our)){0,4}`;
// Lazy where a meeting word follows it (so "Crimean Platform Summit" leaves "Summit" to the meeting word), greedy at the end.
const BODY_NAME = `(${BODY_WORDS}?)`;
// Round 32: the meeting's number in its series ("the second Crimean Platform Summit that took place on August 23", held-out
// 30 nd026), checked against the record's; and a council that is its own meeting, with the day it meets as its owner
// ("tomorrow’s NATO-Russia Council", nc016, 11 January 2022). The summit word capitalised too ("Crimean Platform Summit").
const ORDINAL_WORDS = ['inaugural', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth'];
const DAY_OWNER = String.raw`(?:[Tt]oday|[Tt]omorrow|[Yy]esterday)['\u2019]s`;
// "the Normandy format summit", "The Group of Seven summit", "the Coalition of the Willing meeting", "the G7 summit".
const BODY_RE = new RegExp(
  String.raw`\b(?:[Tt]he|[Aa]|(${DAY_OWNER}))\s+(?:(${ORDINAL_WORDS.join('|')})\s+)?${BODY_NAME}\s+(summit|Summit|meeting|talks|Council|Dialogue)\b`,
  'g',
);
// "The inaugural summit of the Crimea Platform ... has started in the capital of Ukraine" (held-out 15 ta018, 23 August
// 2021): the body named after the summit word.
const OF_BODY_RE = new RegExp(
  String.raw`\b[Tt]he()\s+(?:(inaugural|founding|first)\s+)?(?:summit|meeting)\s+of\s+the\s+(${BODY_WORDS})()`,
  'g',
);

// Round 35: a meeting called by its own title, "the Summit on Peace in Ukraine on Sunday, 16 June" (held-out 33 oa029): the
// title stands at the head of the record's name ("Summit on Peace in Ukraine at Bürgenstock").
const TITLE_RE =
  /\b[Tt]he()\s+()((?:[A-Z][\w-]*\s+){0,3}(?:Summit|Conference)\s+on\s+[A-Z][\w-]*(?:\s+(?:in|for|and|of)\s+[A-Z][\w-]*){0,3})()/g;

// Round 35: the body as the subject of its gathering, "The Coalition of the Willing, comprising 31 countries, gathered at the
// Élysée Palace in Paris" (held-out 33 oa035, 4 September 2025): a body of three words or more (so no "The White House"), an
// aside of one clause allowed before the verb.
const GATHERED_BODY_RE =
  /\b[Tt]he()\s+()((?:[A-Z][\w-]*)(?:\s+(?:[A-Z][\w-]*|of\s+the|of)){2,4})(?:,\s+[^,;.]{3,60},)?\s+(?:met|gathered|convened|assembled)\s+(?:in|at)\b()/g;

// Built once (speed, round 41): a literal in bodyMatches was a new expression, parsed again, at each call.
const BODY_MATCHES_RE = compiledOnFirstRun(/\b(?:met|gathered|convened|assembled)\s+(?:in|at)\b/);
function* bodyMatches(text: string): Generator<RegExpExecArray> {
  yield* matchesOf(BODY_RE, text);
  if (text.includes(' of the ')) yield* matchesOf(OF_BODY_RE, text);
  if (text.includes('Summit on ') || text.includes('Conference on ')) yield* matchesOf(TITLE_RE, text);
  if (BODY_MATCHES_RE.test(text)) yield* matchesOf(GATHERED_BODY_RE, text);
}

const INDEFINITE_HELD_RE =
  /^\s+(?:(?:has|had|was|is)\s+)?(?:opened|opens|began|begins|kicked\s+off|kicks\s+off|got\s+under\s*way|gets\s+under\s*way|(?:was|is|being)\s+held|convened|closed|ended|wrapped\s+up)\b/;
// Another meeting of the body than the page's: "last year's G7 summit", "the next Normandy format meeting".
const OTHER_ONE_RE = compiledOnFirstRun(
  /\b(?:last|previous|next|upcoming|coming|future|first|second|third|year['\u2019]s|month['\u2019]s|week['\u2019]s)\s+$/i,
);
const ALIASES: Record<string, string> = {
  'group of seven': 'g7',
  'g-7': 'g7',
  'group of 7': 'g7',
  'normandy four': 'normandy format',
  'crimean platform': 'crimea platform',
};
// The councils and dialogues whose meetings are on record under their own name ("NATO–Russia Council meeting (12 January
// 2022)", "First meeting of the NATO-Ukraine Council", "US–Russia security talks in Geneva (extraordinary Strategic
// Stability Dialogue)"): read with "Council" or "Dialogue" as the meeting word ("the Strategic Stability Dialogue
// yesterday", held-out 30 nc016). Other councils ("the European Council", "the Security Council") are bodies whose
// meetings are not in the events list, or not by that name.
const OWN_NAME_BODY_RE: Record<string, RegExp> = {
  Council: /^(?:NATO[-\u2013](?:Russia|Ukraine)|North\s+Atlantic)$/,
  Dialogue: /^Strategic\s+Stability$/,
};
// Built once (speed, round 41): a literal in dashless was a new expression, parsed again, at each call.
const DASHLESS_RE = /[-\u2013\u2014]/g;
// One spelling of dashes, so "NATO-Russia" finds the record's "NATO–Russia".
const dashless = (s: string) => s.replace(DASHLESS_RE, '-');
const NOT_A_BODY_RE = compiledOnFirstRun(
  /^(?:NATO|Nato|EU|European|US|U\.S\.|UN|Trump|Putin|Biden|Zelensk\w*|Alaska|Washington|Geneva|Helsinki)$/,
);

// The held summits and meetings, and their names in lower case: the fact base's alone, so built once for it, not
// once per paragraph (a copy of every event record and a filter over them, for every paragraph with an event word).
const heldMeetings = memoByFacts((facts, _: 'all') =>
  [...facts.events.values()].filter((e) => e.status === 'held' && (e.kind === 'summit' || e.kind === 'meeting')),
);
// A body's own name ("the Strategic Stability Dialogue") may name rounds of talks too.
const heldMeetingsAndTalks = memoByFacts((facts, _: 'all') =>
  [...facts.events.values()].filter((e) => e.status === 'held' && (e.kind === 'summit' || e.kind === 'meeting' || e.kind === 'talks')),
);
const lowerNames = new WeakMap<object, string>();
function lowerName(e: { name: string }): string {
  let lower = lowerNames.get(e);
  if (lower === undefined) lowerNames.set(e, (lower = dashless(e.name.toLowerCase())));
  return lower;
}

// Built once (speed, round 41): a literal in bodySummits was a new expression, parsed again, at each call.
const BODY_SUMMITS_RE = /^The\s+/;
const BODY_SUMMITS_RE2 = /^[Aa]\s/;
const BODY_SUMMITS_RE3 = /\s+/;
const BODY_SUMMITS_RE4 = /^[a-z]\d+$/;
function bodySummits(doc: Doc, out: readonly Annotation[]): Annotation[] {
  const found: Annotation[] = [];
  if (!doc.dateCertain) return found;
  const events = heldMeetings(doc.facts, 'all');
  const eventsAndTalks = heldMeetingsAndTalks(doc.facts, 'all');
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    for (const m of bodyMatches(text)) {
      const raw = m[3].replace(BODY_SUMMITS_RE, '');
      if (NOT_A_BODY_RE.test(raw) || OTHER_ONE_RE.test(text.slice(0, m.index))) continue;
      // Round 35: "A Group of Seven summit opened on Thursday" (held-out 33 oa027): the indefinite only as the subject of its
      // opening or holding; "a G7 summit" elsewhere may be any of them.
      if (BODY_SUMMITS_RE2.test(m[0]) && !INDEFINITE_HELD_RE.test(text.slice(m.index + m[0].length))) continue;
      const ownName = OWN_NAME_BODY_RE[m[4]];
      if (ownName && !ownName.test(raw)) continue;
      const lowerRaw = dashless(raw.toLowerCase());
      const body = ownName ? `${lowerRaw} ${m[4].toLowerCase()}` : (ALIASES[lowerRaw] ?? lowerRaw);
      if (!ownName && body.split(BODY_SUMMITS_RE3).length < 2 && !BODY_SUMMITS_RE4.test(body)) continue;
      const named = (ownName ? eventsAndTalks : events).filter((e) => lowerName(e).includes(body));
      if (!named.length) continue;
      const window = toldWindow(doc, sentence, m[1]);
      if (!window) continue;
      const ordinal = m[2] ? Math.max(1, ORDINAL_WORDS.indexOf(m[2].toLowerCase())) : undefined;
      const held = named.filter(
        (e) =>
          toldOn(window, eventDays(e)) && (ordinal === undefined || e.ordinal === ordinal || (ordinal === 1 && /^First /.test(e.name))),
      );
      if (held.length !== 1 || !isConfident(held[0])) continue;
      const e = held[0];
      // Places told as where it was held ("In Paris,", "in Paris"), not its topic ("the future of Ukraine").
      const nameEnd = sentence.start + m.index + m[0].length;
      const places = placesIn(doc, sentence).filter(
        (p) =>
          /\b(?:[Ii]n|at)\s+(?:the\s+)?$/.test(doc.text.slice(Math.max(0, p.start - 8), p.start)) &&
          // Not a place inside the meeting's own name ("the Summit on Peace in Ukraine").
          !(p.start >= sentence.start + m.index && p.end <= nameEnd),
      );
      if (places.some((p) => !e.place || !placesAgree(doc.facts, p.value.id, e.place))) continue;
      const start = sentence.start + m.index;
      const span = { start, end: start + m[0].length };
      if (out.some((b) => spansOverlap(b, span)) || found.some((b) => spansOverlap(b, span))) continue;
      found.push(eventSupported(doc, e, span, `${e.name}: ${formatDay(eventDays(e).first)}.`));
    }
  }
  return found;
}

/**
 * The days the sentence tells of the meeting: the day owning it ("tomorrow’s"); else its one date: a weekday, or a day
 * written out (with its year, or without it within a month of the page: "that took place on August 23"); else, with no
 * date at all, the page's day and the three days before. Any other time in the sentence (a month, a year, a second day)
 * may be another meeting's: nothing.
 */
// A day written out must fall within the meeting's days: "The G20 summit in Osaka took place on June 27-28, 2019" (28-29
// June) is not confirmed by the day the two share. The page's own days, with no date told, need only meet them.
type ToldWindow = { first: string; last: string; written: boolean };
function toldOn(window: ToldWindow, days: { first: string; last: string }): boolean {
  return window.written ? window.first >= days.first && window.last <= days.last : overlaps(window, days);
}

function toldWindow(doc: Doc, sentence: { start: number; end: number }, owner: string | undefined): ToldWindow | null {
  // "on Sunday, 16 June": the weekday written against its own day is that one day.
  const found = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
  const days = found.filter(
    (d) => !(d.relative && found.some((x) => x !== d && !x.relative && x.start >= d.end && x.start - d.end <= 2 && x.first === d.first)),
  );
  if (owner) {
    if (days.length) return null;
    const shift = /^tomorrow/i.test(owner) ? 1 : /^yesterday/i.test(owner) ? -1 : 0;
    const day = addDays(doc.asOf, shift);
    return { first: day, last: day, written: false };
  }
  if (!days.length) return { first: addDays(doc.asOf, -3), last: doc.asOf, written: false };
  if (days.length !== 1 || days[0].granularity !== 'day') return null;
  const d = days[0];
  if (!d.relative && !d.explicitYear && (d.first > addDays(doc.asOf, 31) || d.last < addDays(doc.asOf, -31))) return null;
  return { first: d.first, last: d.through ?? d.last, written: !d.relative };
}

// Built once (speed, round 41): a literal in withBodySummits was a new expression, parsed again, at each call.
const WITH_BODY_SUMMITS_RE = compiledOnFirstRun(/[Ss]ummit|meeting|talks|Council|Dialogue|(?:met|gathered|convened|assembled) (?:in|at)\b/);
/** The event detector, with a summit named by its body on the page of its days. */
export function withBodySummits(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!WITH_BODY_SUMMITS_RE.test(doc.text)) return out;
      out.push(...bodySummits(doc, out));
      return out;
    },
  };
}
