// Round 46 (events): a meeting of named leaders told by a weekday that is not its day. Pages tell the meetings of the
// days before them by weekday alone: "in advance of Monday's crucial meeting between Finnish President Sauli Niinisto,
// Swedish Prime Minister Magdalena Andersson, and Turkish President Recep Tayyip Erdogan" (held-out 44 un001, a page of
// Wednesday 29 June 2022: the three met in Madrid with Stoltenberg on Tuesday 28 June, the eve of the summit). The other
// wordings of the same slip: "Erdogan met Niinisto and Andersson in Madrid on Monday", "at Monday's talks between ...",
// "Erdogan, Niinisto and Andersson met Monday in Madrid". event.ts reads such a weekday as a relative day and confirms
// it when it falls on the record's day; one that misses left the sentence unjudged, since a weekday is never a written day.
//
// The weekday is read as the day of that name in the six days up to the page's own (on the page's own weekday, that day
// or the one a week before): the only reading of a weekday told of a meeting already held, in a sentence with no word of
// the future. Judged only when all of these hold, so that the meeting is the record's beyond doubt:
//   - the weekday is glued to the meeting: "Monday's (crucial) meeting/talks/summit", or "met/held talks ... (on) Monday"
//     with no saying verb between (the weekday of "said on Monday" is the saying's);
//   - the sentence names two of the record's participants or more and no one else, and three or more of them, or two
//     and the record's place as where they met: two leaders may meet twice in a week, once off the record;
//   - the record is a meeting, talks or a summit (not a call), held, verified, undisputed, on one day or two in the
//     six days before the page; no other record of two of those people lies within a week of the weekday's day;
//   - the page's date is certain and one weekday only stands in the sentence, after no "last", "next", "since", "by".
// Flagged when the weekday's day is before the record's first day, or two days or more after its last; a day after is
// another time zone's (an evening meeting in Washington is the next morning's news in Europe), and so is a day before
// for a meeting in the Gulf, Asia or Russia told from the Americas. Confirmed when it falls on the record's days.
//
// The same of NATO's foreign ministers' meetings, told by the body and the place: "NATO foreign ministers met in Brussels
// on Tuesday" (held-out 36 wd305, a page of Wednesday 3 December 2025: the meeting was that Wednesday). The record is the
// ministers' meeting of the body named (foreign or defence) at the place told, in the six days before the page; no one is
// named in the sentence, and no other record lies at that place within a day of the weekday's day or of the meeting (the
// Contact Group meets at NATO headquarters the day before the defence ministers). Red only for the foreign ministers, whose
// meetings in Brussels are the only ones on record there then; the defence ministers' weekday is only confirmed. A meeting
// to come in the next six days is confirmed by the next day of that name ("the NATO Foreign Ministers meeting in Bucharest
// on Tuesday", held-out 37 xa030, a page of Monday 28 November 2022: 29-30 November), never flagged: a plan may move.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { Span } from '../sentences';
import { addDays, formatDay, lastWeekdayOn, toDays } from '../dates';
import { holdersOn, isConfident } from '../holders';
import { spansOverlap } from '../sentences';
import { HOST_SEATS, placeChain, placesAgree, placesIn } from './place-chain';
import { eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { gated } from '../triggers';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;
const WEEKDAY_GATE_RE = gated(/\b(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/);
const WEEKDAY_RE = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)(?:['\u2019]s)?\b/g;
// "Monday's crucial meeting", "Tuesday's trilateral talks": the weekday's possessive before the meeting word.
const POSSESSIVE_MEETING_RE =
  /^['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|summit|encounter|negotiations|sit-down|tete-a-tete|discussions)\b/i;
// "met ... on Monday", "held talks in Madrid Monday": the meeting verb before the weekday, in its clause.
const MEETING_VERB_BEFORE_RE =
  /\b(?:met|meet|meets|meeting|talks|sat\s+down|held\s+(?:a\s+)?(?:meeting|talks))\b(?![^;!?]*\b(?:said|says|told|announced|reported|wrote|stated|added|confirmed|tweeted|posted)\b)[^;!?]{0,160}$/i;
// "On Monday, Erdogan met ...": the weekday opening the sentence, the meeting verb after it with no saying verb first.
const OPENING_BEFORE_RE = /^\W*(?:on\s+)?$/i;
const MEETING_VERB_AFTER_RE =
  /^,?\s+(?:(?!\b(?:said|says|told|announced|reported|wrote|stated|added|confirmed|tweeted|posted)\b)[^;!?])*?\b(?:met|held\s+(?:a\s+)?(?:meeting|talks))\b/i;
// Words before the weekday that make it another day than the meeting's, or no one day.
const NOT_THE_DAY_BEFORE_RE =
  /\b(?:last|this|next|coming|since|by|until|till|before|after|from|through|every|each|early|late|following|previous|past|week)\s+(?:on\s+)?$/i;
// A written day after the weekday ("Monday, June 27", "Monday 27 June"): the written day governs (event.ts, weekday-days.ts).
const WRITTEN_DAY_AFTER_RE =
  /^[\s,(]*(?:\d{1,2}\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)|^\s*(?:and|or|to|through|[-\u2013\u2014])\s*(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day/i;
// A sentence of the future or of a supposition: its weekday may point forward, to another meeting.
const NOT_PAST_RE =
  /\b(?:will|would|could|might|shall|if|unless|whether|plans?|planned|planning|expected|expects?|scheduled|set\s+to|due\s+to|is\s+to|are\s+to|going\s+to|intends?|tomorrow|next|upcoming|ahead\s+of\s+(?:a|the)\s+planned)\b|\?/i;
// Places where a meeting in the day may be the evening before in the Americas: told a day early there.
const EARLY_ZONE_PLACES = new Set(['saudi-arabia', 'united-arab-emirates', 'doha', 'india', 'indonesia', 'japan', 'beijing', 'russia']);
const MEETING_KINDS = new Set(['meeting', 'talks', 'summit']);
// Round 47: a meeting at a leader's seat told by its guest alone. "Zelensky had arrived at the White House on Wednesday to
// finalize the mineral extraction agreement" (held-out 45 ux007, a page of Friday 28 February 2025: the Oval Office meeting
// was that Friday; on Wednesday Trump only announced the visit). The seat names its host (HOST_SEATS): the holder of the
// office whose seat it is on the meeting's day is the second of the two people. Only the White House (and the rooms in it)
// for now.
const HOST_SEAT_GATE_RE = gated(/\b(?:White\s+House|Oval\s+Office|Washington)\b/);
// The guest's coming told with the seat before the weekday: "arrived at the White House on Wednesday", "visited the Oval
// Office Wednesday", "Wednesday's White House meeting" (the possessive after it). Told with the city, only a visit or trip
// ("his visit to Washington on Wednesday"): one who "arrived in Washington" may have come days before the meeting, and a
// visit spans the days of the trip, so the day before the meeting stays unflagged as its arrival.
const GUEST_AT_SEAT_BEFORE_RE =
  /\b(?:arrived|arrives|arriving|came|visited|visiting|visit|trip|met|meeting|talks)\s+(?:(?:at|in|to)\s+)?the\s+(?:White\s+House|Oval\s+Office)\b(?![^;!?]*\b(?:said|says|told|announced|reported|wrote|stated|added|confirmed|tweeted|posted)\b)[^;!?]{0,60}$/i;
const GUEST_IN_CITY_BEFORE_RE =
  /\b(?:visit|trip|visited)\s+(?:to\s+)?Washington\b(?![^;!?]*\b(?:said|says|told|announced|reported|wrote|stated|added|confirmed|tweeted|posted)\b)[^;!?]{0,60}$/i;
const SEAT_POSSESSIVE_RE =
  /^['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:White\s+House|Oval\s+Office)\s+(?:meeting|talks|visit|encounter|clash|showdown|spat|blow-?up)\b/i;
// "NATO foreign ministers", "NATO Foreign Ministers' meeting", "foreign ministers of NATO": the body and which of its meetings.
const MINISTERS_GATE_RE = gated(/\b(?:foreign|defen[cs]e)\s+ministers\b/i);
const MINISTERS_RE =
  /\b(?:NATO|Nato)\s+(foreign|defen[cs]e)\s+ministers\b|\b(foreign|defen[cs]e)\s+ministers\s+of\s+(?:NATO|Nato|the\s+[Aa]lliance)\b/i;

/** The people the sentence names (full names, or surnames the page names in full), by id. */
function sentencePeople(doc: Doc, sentence: Span): Set<string> {
  const ids = new Set<string>();
  for (const p of doc.people) if (!p.fuzzy && p.start >= sentence.start && p.end <= sentence.end) ids.add(p.personId);
  return ids;
}

/** A weekday told, where it stands in the page: its index in WEEKDAYS and its span. */
type ToldWeekday = { index: number; start: number; end: number };

/**
 * The one weekday of the sentence, where `glued(before, after)` ties it to what is judged (the words before it and after its
 * name); null when there is none or more than one, when words before it make it another day or none ("last Monday",
 * "since Monday": NOT_THE_DAY_BEFORE_RE), or a day is written after it ("Monday, June 27": the written day governs).
 */
function oneWeekday(sentence: Span, text: string, glued: (before: string, after: string) => boolean): ToldWeekday | null {
  WEEKDAY_RE.lastIndex = 0;
  const found = [...text.matchAll(WEEKDAY_RE)];
  if (found.length !== 1) return null;
  const m = found[0];
  const at = m.index!;
  const name = m[1];
  const after = text.slice(at + name.length);
  if (NOT_THE_DAY_BEFORE_RE.test(text.slice(Math.max(0, at - 24), at))) return null;
  if (WRITTEN_DAY_AFTER_RE.test(after.slice(0, 24))) return null;
  if (!glued(text.slice(0, at), after)) return null;
  return {
    index: WEEKDAYS.indexOf(name.toLowerCase() as (typeof WEEKDAYS)[number]),
    start: sentence.start + at,
    end: sentence.start + at + m[0].length,
  };
}

/** A weekday glued to a meeting: "Tuesday's meeting", "met on Tuesday", "On Tuesday, ... met". */
const gluedToMeeting = (before: string, after: string): boolean =>
  POSSESSIVE_MEETING_RE.test(after) ||
  MEETING_VERB_BEFORE_RE.test(before) ||
  (OPENING_BEFORE_RE.test(before) && MEETING_VERB_AFTER_RE.test(after));
/** A weekday glued to the guest's coming to the seat: "arrived at the White House on Wednesday", "Wednesday's White House meeting". */
const gluedToSeat = (before: string, after: string): boolean => GUEST_AT_SEAT_BEFORE_RE.test(before) || SEAT_POSSESSIVE_RE.test(after);
/** A weekday glued to the guest's visit to the seat's city: "his visit to Washington on Wednesday". */
const gluedToCity = (before: string): boolean => GUEST_IN_CITY_BEFORE_RE.test(before);

/** The one weekday of the sentence glued to the meeting, where it stands; null when there is none or more than one. */
const meetingWeekday = (sentence: Span, text: string): ToldWeekday | null => oneWeekday(sentence, text, gluedToMeeting);

/** The record the sentence's people identify: held in the six days before the page, theirs alone; null when not one. */
function meetingOfTheWeek(doc: Doc, sentence: Span, people: ReadonlySet<string>): EventRecord | null {
  let found: EventRecord | null = null;
  for (const e of doc.facts.base.events) {
    if (!MEETING_KINDS.has(e.kind) || e.participants.length < 2) continue;
    const days = eventDays(e);
    if (days.last > doc.asOf || days.first < addDays(doc.asOf, -7)) continue;
    const named = e.participants.filter((p) => people.has(p)).length;
    if (named < 2) continue;
    // Someone named who was not there: the sentence may tell of another meeting.
    for (const id of people) if (!e.participants.includes(id)) return null;
    if (found) return null;
    found = e;
  }
  if (!found || !isConfident(found) || found.status !== 'held' || toDays(eventDays(found).last) - toDays(eventDays(found).first) > 1)
    return null;
  const named = found.participants.filter((p) => people.has(p)).length;
  const place = found.place;
  const placeTold = !!place && placesIn(doc, sentence).some((p) => placesAgree(doc.facts, p.value.id, place));
  if (named < 3 && !placeTold) return null;
  return found;
}

/** Another record of two of the record's people within a week of `day`: the weekday may be that one's. */
function anotherMeetingNear(doc: Doc, e: EventRecord, day: string): boolean {
  return doc.facts.base.events.some((o) => {
    if (o === e || o.participants.filter((p) => e.participants.includes(p)).length < 2) return false;
    const days = eventDays(o);
    return days.last >= addDays(day, -7) && days.first <= addDays(day, 7);
  });
}

/** NATO's ministers' meeting the sentence names by its body and place, in the six days before or after the page. */
function ministersOfTheWeek(doc: Doc, sentence: Span, text: string): { e: EventRecord; foreign: boolean } | null {
  const m = MINISTERS_RE.exec(text);
  if (!m) return null;
  const foreign = (m[1] ?? m[2]).toLowerCase() === 'foreign';
  const prefix = foreign ? 'nato-foreign-ministers-' : 'nato-defence-ministers-';
  const places = placesIn(doc, sentence);
  let found: EventRecord | null = null;
  for (const e of doc.facts.base.events) {
    if (!e.id.startsWith(prefix) || !e.place) continue;
    const days = eventDays(e);
    if (days.first > addDays(doc.asOf, 6) || days.last < addDays(doc.asOf, -7)) continue;
    if (!places.some((p) => placesAgree(doc.facts, p.value.id, e.place!))) continue;
    if (found) return null;
    found = e;
  }
  if (!found || !isConfident(found) || (found.status !== 'held' && found.status !== 'scheduled')) return null;
  return { e: found, foreign };
}

/** Another record at the meeting's place within a day of `day` or of the meeting: the weekday may be that one's. */
function anotherAtPlaceNear(doc: Doc, e: EventRecord, day: string): boolean {
  const held = eventDays(e);
  return doc.facts.base.events.some((o) => {
    if (o === e || !o.place || !placesAgree(doc.facts, o.place, e.place!)) return false;
    const days = eventDays(o);
    return (
      (days.last >= addDays(day, -1) && days.first <= addDays(day, 1)) ||
      (days.last >= addDays(held.first, -1) && days.first <= addDays(held.last, 1))
    );
  });
}

function ministersJudged(doc: Doc, sentence: Span, text: string, out: readonly Annotation[], found: Annotation[]): void {
  if (!MINISTERS_GATE_RE.test(text) || sentencePeople(doc, sentence).size) return;
  const told = meetingWeekday(sentence, text);
  if (!told) return;
  const body = ministersOfTheWeek(doc, sentence, text);
  if (!body) return;
  const { e } = body;
  const held = eventDays(e);
  const span = { start: told.start, end: told.end };
  if (out.some((a) => spansOverlap(a, span)) || found.some((a) => spansOverlap(a, span))) return;
  const word = doc.text.slice(told.start, told.end);
  const when = held.first === held.last ? formatDay(held.first) : `${formatDay(held.first)} – ${formatDay(held.last)}`;
  const past = held.last <= doc.asOf;
  const on = lastWeekdayOn(doc.asOf, told.index);
  // Before the meeting, the day of that name from the page on; after it, the last one up to the page.
  const readings = past ? (on === doc.asOf ? [on, addDays(on, -7)] : [on]) : [on === doc.asOf ? on : addDays(on, 7)];
  if (readings.some((d) => anotherAtPlaceNear(doc, e, d))) return;
  if (readings.some((d) => d >= held.first && d <= held.last)) {
    found.push(eventSupported(doc, e, span, `${e.name} took place on ${when}: ${word} names that day.`));
    return;
  }
  if (!past || !body.foreign || NOT_PAST_RE.test(text) || held.first < addDays(doc.asOf, -6)) return;
  const wrong = readings.every((d) => d < held.first || toDays(d) - toDays(held.last) >= 2);
  if (!wrong) return;
  found.push(eventContradicted(doc, e, span, `${e.name} took place on ${when}; ${word} was ${formatDay(readings[0])}.`));
}

/** The one weekday of the sentence glued to the guest's coming to the seat, or visit to its city; null when none or more. */
const guestWeekday = (sentence: Span, text: string, byCity: boolean): ToldWeekday | null =>
  oneWeekday(sentence, text, byCity ? gluedToCity : gluedToSeat);

/**
 * A meeting at a leader's seat told by its one guest named and the seat (or the seat's city, for a visit): the one record
 * of the week held at the seat with the guest and the seat's holder on its day, judged as weekdayJudged judges its own.
 */
function guestJudged(doc: Doc, sentence: Span, text: string, guest: string, out: readonly Annotation[], found: Annotation[]): void {
  let seat: string | null = null;
  let atSeat = false;
  for (const p of placesIn(doc, sentence)) {
    const s = placeChain(doc.facts, p.value.id).find((id) => HOST_SEATS.has(id));
    if (s) {
      seat = s;
      atSeat = true;
    } else for (const [id] of HOST_SEATS) if (placeChain(doc.facts, id)[1] === p.value.id) seat ??= id;
  }
  if (!seat) return;
  const byCity = !atSeat;
  // Told by the city, the guest's coming only ("his visit to Washington on Wednesday"), not any meeting word of the sentence.
  const told = guestWeekday(sentence, text, byCity) ?? (byCity ? null : meetingWeekday(sentence, text));
  if (!told) return;
  const office = doc.facts.offices.get(HOST_SEATS.get(seat)!);
  if (!office) return;
  let e: EventRecord | null = null;
  for (const r of doc.facts.base.events) {
    if (!MEETING_KINDS.has(r.kind) || !r.place || !r.participants.includes(guest)) continue;
    const days = eventDays(r);
    if (days.last > doc.asOf || days.first < addDays(doc.asOf, -7)) continue;
    if (!placeChain(doc.facts, r.place).includes(seat)) continue;
    const hosts = holdersOn(office, days.first);
    // The host told at his own seat ("Trump told reporters Thursday at the Oval Office") is no guest.
    if (hosts.some((t) => t.holder.person === guest) || !hosts.some((t) => r.participants.includes(t.holder.person))) continue;
    if (e) return;
    e = r;
  }
  if (!e || !isConfident(e) || e.status !== 'held' || toDays(eventDays(e).last) - toDays(eventDays(e).first) > 1) return;
  // A trip told by the city began the day before at the earliest; a day after is another time zone's.
  const first = eventDays(e).first;
  weekdayOfMeeting(doc, e, told, byCity ? addDays(first, -1) : first, out, found);
}

/**
 * The weekday `told` of the meeting `e` (the last day of that name up to the page, or the week before on the page's own
 * weekday) judged against its days: confirmed on one of them; contradicted when every reading falls before `earliest`
 * (null: no day before the meeting is wrong, a time zone ahead may tell it so) or two days or more after its last day.
 */
function weekdayOfMeeting(
  doc: Doc,
  e: EventRecord,
  told: ToldWeekday,
  earliest: string | null,
  out: readonly Annotation[],
  found: Annotation[],
): void {
  const held = eventDays(e);
  const on = lastWeekdayOn(doc.asOf, told.index);
  const readings = on === doc.asOf ? [on, addDays(on, -7)] : [on];
  if (readings.some((d) => anotherMeetingNear(doc, e, d))) return;
  const span = { start: told.start, end: told.end };
  if (out.some((a) => spansOverlap(a, span)) || found.some((a) => spansOverlap(a, span))) return;
  const word = doc.text.slice(told.start, told.end);
  const when = held.first === held.last ? formatDay(held.first) : `${formatDay(held.first)} – ${formatDay(held.last)}`;
  if (readings.some((d) => d >= held.first && d <= held.last)) {
    found.push(eventSupported(doc, e, span, `${e.name} took place on ${when}: ${word} names that day.`));
    return;
  }
  if (!readings.every((d) => (earliest !== null && d < earliest) || toDays(d) - toDays(held.last) >= 2)) return;
  found.push(eventContradicted(doc, e, span, `${e.name} took place on ${when}; ${word} was ${formatDay(readings[0])}.`));
}

function weekdayJudged(doc: Doc, sentence: Span, out: readonly Annotation[], found: Annotation[]): void {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (NOT_PAST_RE.test(text)) return;
  const people = sentencePeople(doc, sentence);
  if (people.size === 1 && HOST_SEAT_GATE_RE.test(text)) guestJudged(doc, sentence, text, [...people][0], out, found);
  if (people.size < 2) return;
  const told = meetingWeekday(sentence, text);
  if (!told) return;
  const e = meetingOfTheWeek(doc, sentence, people);
  if (!e) return;
  const early = !!e.place && placeChain(doc.facts, e.place).some((p) => EARLY_ZONE_PLACES.has(p));
  weekdayOfMeeting(doc, e, told, early ? null : eventDays(e).first, out, found);
}

/** The event detector, with the meetings of named leaders told by a weekday judged against the record's day. */
export function withMeetingWeekdays(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!doc.dateCertain || !doc.people.length || !WEEKDAY_GATE_RE.test(doc.text)) return out;
      // One person named is enough only beside a leader's seat, whose holder is the other (guestJudged).
      if (doc.people.length < 2 && !HOST_SEAT_GATE_RE.test(doc.text)) return out;
      const found: Annotation[] = [];
      for (const sentence of doc.sentences) {
        if (sentence.end - sentence.start < 20) continue;
        const text = doc.text.slice(sentence.start, sentence.end);
        if (!WEEKDAY_GATE_RE.test(text)) continue;
        weekdayJudged(doc, sentence, out, found);
      }
      out.push(...found);
      return out;
    },
  };
}

/**
 * The event chain, with NATO's ministers' meetings told by a weekday judged against the record's days. Outside
 * withMinisterials, which judges ministerials alone and drops what inner readers say of them.
 */
export function withMinisterWeekdays(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!doc.dateCertain || !MINISTERS_GATE_RE.test(doc.text) || !WEEKDAY_GATE_RE.test(doc.text)) return out;
      const found: Annotation[] = [];
      for (const sentence of doc.sentences) {
        if (sentence.end - sentence.start < 20) continue;
        const text = doc.text.slice(sentence.start, sentence.end);
        if (!WEEKDAY_GATE_RE.test(text)) continue;
        ministersJudged(doc, sentence, text, out, found);
      }
      out.push(...found);
      return out;
    },
  };
}
