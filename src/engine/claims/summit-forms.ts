// Summits and meetings as real articles phrase them, beyond a place and a date next to "summit"
// (named-summits.ts) or a ministerial's name (ministerials.ts):
//
// - a summit yet to come, as announced: "The 2026 NATO summit will be held in the Turkish capital
//   Ankara on July 7-8" (written the day NATO announced it). The record may be weak only because
//   nobody has confirmed that it was held; its announced date and place are what such a sentence
//   claims, and those are sourced.
// - by anniversary: "the 75th-anniversary summit in Washington", "the 50th anniversary summit";
// - by its host country and year: "In 1990, at the last NATO Summit hosted by the United Kingdom";
// - in a list of summits, by "one": "There have been 27 previous summits. The first one was in
//   December 1957. The last one was in Wales in September 2014.";
// - by its dates alone, under a heading: "9-11 July 2024" on a page about the Washington summit;
// - a ceremony by its place: "Twenty years ago, the ceremony held in Independence, Missouri";
// - a first meeting: "This summit has become Zelensky's first meeting with Putin";
// - a summit whose people and place are in different clauses: "A Normandy summit of four leaders
//   – Volodymyr Zelensky of Ukraine, Vladimir Putin of Russia, ... – has begun in Paris";
// - the Normandy format by date: "A Normandy Format summit will be held on December 9";
// - the Ukraine Defense Contact Group by number: "the 26th Ramstein-format meeting";
// - a summit by place alone, days after it: "the annual Group of Seven (G7) summit in Cornwall";
// - "the Summit" the text last named: "Six months after the Summit", "on the first day of the summit".
//
// All of these only confirm. Each is loose (which summit "the last one" is depends on the list the
// text counts; a first meeting is first among the meetings the fact base holds), so a mismatch says
// nothing: it may be another meeting, or a list we do not hold.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { mergeOver, type ClaimDetector } from '../detector';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { matchesIn } from '../doc';
import { hull, spanIndexAt, type Span, spansOverlap } from '../sentences';
import { addDays, daysBetween, factRange, findDates, formatDay, gapDays, MONTH_NAMES, overlaps, type DayRange } from '../dates';
import { onDay, sourcesOf, tenuresOf } from '../holders';
import { memoByFacts } from '../memo';
import { relativeSummits } from './summit-relative';
import { firstHostClaims } from './summit-first-host';
import { isSummitAtOdds, isUpcomingAtOdds, NEXT_YEAR_CLASH_MESSAGE_RE, nextSummits, upcomingSummitIn } from './summit-next';
import { normandyFormat } from './summit-normandy';
import { firstEverBetween, firstInMonths, sinceLastMeeting } from './meeting-since';
import { dissolutionClaims } from './meeting-dissolution';
import { markedFirst, sidesMet, talkRounds } from './meeting-rounds';
import { handoverClaims } from './meeting-handover';
import { completeSeriesClaims } from './meeting-complete';
import { describeEvent, eventContradicted, eventDays, eventSupported, reasonOf, withReason } from './event-confirmed';
import { placeChain, placesAgree, placesIn } from './place-chain';
import { firstMeetingClaims } from './first-meeting';
import { sidesTalksAt } from './meeting-sides-place';
import { compiledOnFirstRun, gated, testWarm, warmed } from '../triggers';
import { summitHostClaims } from './summit-host';
import { absentLeaders } from './talks-absent-leader';
import { summitWeekday } from './summit-weekday';
import { YEAR_MONTH_HEAD_RE, yearMonthSummitLine } from './summit-timeline-line';

/** The event chain, with the summit forms added: one detector per kind of claim. */
export function withSummitForms(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const out = inner.find(doc, ctx);
      const dissolutions = doc.text.includes('issol') ? dissolutionClaims(doc) : [];
      for (const a of [
        ...talkRounds(doc),
        ...sidesMet(doc),
        ...markedFirst(doc),
        ...handoverClaims(doc),
        ...dissolutions,
        ...completeSeriesClaims(doc),
        ...firstMeetingClaims(doc),
        // Round 43: a side's leader told as arriving at talks his delegation held without him (most days: no talks to read).
        ...absentLeaders(doc),
      ]) {
        // A round's wrong number outranks the place or day the event reader confirmed on the same words.
        mergeOver(out, a);
      }
      // One cheap test on the whole text: every form below needs one of these words.
      if (!HINT_RE.test(doc.text)) return out;
      upgradeAnnounced(doc, out);
      for (const a of summitFormClaims(doc, out)) {
        // "the 26th meeting of the Ramstein Group in Brussels, at NATO's headquarters": a meeting named by its number
        // outranks another record the chain matched by its place alone.
        if (a.verdict === 'supported' && reasonOf(a) === 'number')
          for (let k = out.length - 1; k >= 0; k--)
            if (
              out[k].kind === 'event' &&
              reasonOf(out[k]) === 'place-only' &&
              out[k].factIds[0] !== a.factIds[0] &&
              out[k].start < a.end &&
              a.start < out[k].end
            )
              out.splice(k, 1);
        // "will hold its next summit in Turkey in 2026": a confirmation of a weak record's announced host outranks the
        // chain's "context" on the same record.
        if (a.verdict === 'supported')
          for (let k = out.length - 1; k >= 0; k--)
            if (
              out[k].verdict === 'context' &&
              out[k].kind === 'event' &&
              out[k].factIds[0] === a.factIds[0] &&
              out[k].start < a.end &&
              a.start < out[k].end
            )
              out.splice(k, 1);
        // Round 36: the next summit told in another year than its own outranks the chain's "context" on the year's summit.
        // Round 37: so does any summit told at odds with the next summit's record ("hosts Nato's next summit in Riga").
        if (a.verdict === 'contradicted' && (NEXT_YEAR_CLASH_MESSAGE_RE.test(a.message) || isSummitAtOdds(a)))
          for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'context' && spansOverlap(out[k], a)) out.splice(k, 1);
        // Round 38: the coming summit told in another place ("before the alliance's annual summit in The Hague", June 2026)
        // outranks the chain's confirmation of the past summit held there.
        if (isUpcomingAtOdds(a))
          for (let k = out.length - 1; k >= 0; k--)
            if (out[k].kind === 'event' && out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
        // "welcomed Putin to Alaska on Friday, setting the tone for the first U.S.-Russia summit since 2016": a false
        // "first since" outranks the place or day the event reader confirmed on the same words.
        if (a.verdict === 'contradicted' && reasonOf(a) === 'not-first-since')
          for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
        if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      }
      for (const a of firstHostClaims(doc)) {
        // "the first time a NATO summit is held in Spain" is false of Madrid 2022 even where the place reader confirmed its place.
        if (a.verdict === 'contradicted')
          for (let k = out.length - 1; k >= 0; k--) if (out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
        if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      }
      // "the US-hosted alliance summit in Ankara": a wrong host outranks the city and days the event reader confirmed.
      if (doc.text.includes('hosted')) {
        const hosts: Annotation[] = [];
        const summits = natoSummits(doc.facts, 'all');
        for (const sentence of doc.sentences) summitHostClaims(doc, sentence, summits, hosts);
        for (const a of hosts) {
          // The chain's reading of the same record (its city, its days) gives way to the host read, which covers the host; a
          // wrong host outranks any confirmation on its words.
          for (let k = out.length - 1; k >= 0; k--)
            if (
              spansOverlap(out[k], a) &&
              ((a.verdict === 'contradicted' && out[k].verdict === 'supported') ||
                (out[k].verdict !== 'contradicted' && out[k].kind === 'event' && out[k].factIds[0] === a.factIds[0]))
            )
              out.splice(k, 1);
          if (!out.some((b) => spansOverlap(b, a))) out.push(a);
        }
      }
      return out;
    },
  };
}

// Round 27: the "first ... since" words as meeting-since.ts reads them ("the first personal meeting between the leaders since
// 2021", "the first known direct dialogue", "their first conversation since"): the hint was narrower than the forms it gates.
// Round 44: "Monday's NATO meeting in London" (summit-weekday.ts): NATO's meeting named by its weekday.
const MEETING_HINT_RE =
  /summit|day['\u2019]s\s+(?:NATO|Nato)\s+(?:leaders['\u2019]?\s+)?meeting|ceremon|Normandy|Ramstein|Contact Group|UDCG|first (?:known )?(?:in-person |face-to-face |direct |personal )?(?:meeting|summit|encounter|conversation|talks|discussions|contact|dialogue)|first (?:round of )?direct (?:peace )?(?:talks|negotiations)|first [\w -]{0,40}in months/i;
// "U.S.-Russia talks in Riyadh": sides joined by a dash before talks (meeting-sides-place.ts).
// Round 29: or listed after "between" ("trilateral talks between Ukraine, Russia and the United States in ...").
const SIDES_HINT_RE =
  /[-\u2013\u2014]\s?(?:U\.S\.|US\b|Russia|Ukrain|Putin|Trump|Zelensk|Biden)[\w.]*\s+(?:[\w-]+\s+){0,2}(?:talks|negotiations|meeting|summit)\s+(?:in|at)\s|\b(?:talks|negotiations|meetings?)\s+between\s+(?:the\s+)?(?:U\.S\.|US\b|United\s+States|Russia|Ukrain)|\band\s+(?:U\.S\.|US|American|Russian|Ukrainian)\s+(?:officials|delegations|negotiators|teams|envoys|representatives|diplomats)\s/;
// Round 38: the words that make a summit the coming one (upcomingSummitIn in summit-next.ts).
const UPCOMING_HINT_RE = compiledOnFirstRun(
  /\b(?:annual|upcoming|forthcoming|coming|this\s+year['\u2019]s|before|ahead|run-up|eve|prepar\w+)\s[^.]{0,60}?[Ss]ummit\s+(?:of\s+(?:the\s+)?(?:NATO|Nato|[Aa]lliance['\u2019]s|[Aa]llied|[Aa]lliance)\s+(?:leaders|heads\s+of\s+state\s+and\s+government)\s+)?(?:in|at)\s/,
);
const WEEKDAY_HINT_RE = compiledOnFirstRun(
  /[Ss]ummit\s+(?:in|at)\s[^.]{0,40}?\b(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b|day['\u2019]s\s+(?:[\w'\u2019-]+\s+){0,3}?(?:[Ss]ummit|[Mm]eeting)\s+(?:in|at)\s/,
);
// Round 44: a page that calls NATO's summit its meeting ("Monday's NATO meeting in London") is read for the weekday forms.
const NATO_MEETING_DAY_RE = /day['\u2019]s\s+(?:NATO|Nato)\s+(?:leaders['\u2019]?\s+)?meeting\s+(?:in|at)\s/;
const HINT_RE = gated(new RegExp(`${MEETING_HINT_RE.source}|\\b(?:flew|arrived|landed)\\b|${SIDES_HINT_RE.source}`, 'i'));

/** An event annotation's records, noted under its sentence (a module function: under tsx a named closure costs a naming call). */
function noteEvents(doc: Doc, eventsBySentence: Map<number, string[]>, a: Annotation): void {
  if (a.kind !== 'event') return;
  const i = spanIndexAt(doc.sentences, a.start);
  if (i < 0 || a.end > doc.sentences[i].end) return;
  const list = eventsBySentence.get(i);
  if (list) list.push(...a.factIds);
  else eventsBySentence.set(i, [...a.factIds]);
}

// ---------------------------------------------------------------------------------------------
// The records

/** NATO summits (and leaders' meetings), in date order. */
const natoSummits = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.id.startsWith('nato-')).sort((a, b) => (a.start < b.start ? -1 : 1)),
);

/** Ceremonies (the accession ceremony of 1999 at the Truman Library). */
const ceremonies = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => /ceremony/i.test(e.name) && e.place),
);

/** A place and every place around it. */

// ---------------------------------------------------------------------------------------------
// A summit yet to come, judged as announced

// Or the summit told as still ahead of what the sentence tells: "their last official meeting before the alliance's
// summit in Ankara in early July" (February 2026), "ahead of the NATO summit", "in the run-up to".
const FUTURE_RE =
  /\b(?:will|would|to be held|is to|is set to|is scheduled|are scheduled|scheduled for|is due to|upcoming|next|before|ahead of|run-up to|in preparation for|to prepare|preparing|leading up to)\b/i;

// Built once (speed, round 41): a literal in upgradeAnnounced was a new expression, parsed again, at each call.
const UPGRADE_ANNOUNCED_RE = /^The (?:date|place)[\w ]* match/;
/**
 * A sentence written after a summit was announced and before it began, in the future tense,
 * claims its announced date and place. The record is weak only when the summit's holding is
 * unconfirmed; its announcement (a status change with a date) is not. The event chain said
 * "context" for want of a verified record: that becomes "supported", as of the announcement.
 */
function upgradeAnnounced(doc: Doc, out: Annotation[]): void {
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (a.kind !== 'event' || a.verdict !== 'context' || !UPGRADE_ANNOUNCED_RE.test(a.message)) continue;
    const e = doc.facts.events.get(a.factIds[0]);
    if (!e || e.kind !== 'summit' || e.confidence === 'verified' || e.disputed) continue;
    // A summit may be announced in steps: its host city and month first (Erdoğan, 30 June 2025:
    // "Ankara, July 2026"), its days later (NATO, 19 August 2025). A claim of its days rests on the
    // last announcement, one of its month or place on the first.
    const announcements = (e.statusChanges ?? []).filter((c) => c.status === 'announced');
    const days = findDates(doc.text, a.start, a.end, { asOf: doc.asOf }).some((d) => d.granularity === 'day' && !d.relative);
    const announced = (days ? announcements[announcements.length - 1] : announcements[0])?.date;
    if (!announced || doc.asOf < announced || doc.asOf >= e.start || !doc.dateCertain) continue;
    const sentence = doc.sentences.find((s) => s.start <= a.start && a.end <= s.end);
    if (!sentence || !FUTURE_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // "The 2026 NATO leaders summit will be hosted by Spain in July": a country is matched as a
    // qualifier, not a place, and the chain judged the month alone. A host said that is not the
    // record's leaves the sentence unconfirmed.
    if (e.place && hostSaidElsewhere(doc, sentence, e.place)) continue;
    const { when, place } = describeEvent(doc, e);
    out[i] = {
      ...a,
      verdict: 'supported',
      message: `As announced on ${formatDay(announced)}: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
    };
  }
}

/** A place said as where the event is held ("held in", "hosted by", "take place in") that is not `place` nor around it. */
function hostSaidElsewhere(doc: Doc, sentence: Span, place: string): boolean {
  return placesIn(doc, sentence).some(
    (p) =>
      /\b(?:held|hosted|host|hosting|take\s+place|taking\s+place)\s+(?:in|at|by)\s+(?:the\s+)?$/i.test(
        doc.text.slice(Math.max(sentence.start, p.start - 30), p.start),
      ) && !placesAgree(doc.facts, p.value.id, place),
  );
}

// ---------------------------------------------------------------------------------------------
// The forms

// "the 75th-anniversary summit"; "the organisation celebrated its 75th anniversary at a special
// summit in Washington" (the second form only with the alliance named and the summit's place said).
const ANNIVERSARY_RE =
  /\b(\d{2})(?:st|nd|rd|th)[- ]anniversary\s+(?:(at|with|during)\s+(?:a|an|the|its)\s+(?:special\s+|landmark\s+|jubilee\s+|two-day\s+|three-day\s+)?)?(?:NATO\s+|Nato\s+)?[Ss]ummit\b/g;
// "the summit commemorating the 75th anniversary of the founding of the Atlantic Alliance" (July
// 2024), "a summit marking NATO's 75th anniversary", "the summit celebrating the
// alliance's 75th anniversary": the anniversary after the summit, whose it is said (the alliance's)
// before or after the number, or NATO named earlier in the sentence.
const SUMMIT_MARKING_RE =
  /\b[Ss]ummit\s+(?:commemorating|marking|celebrating|to\s+(?:mark|celebrate|commemorate)|that\s+(?:marks|marked|celebrates|celebrated))\s+(?:the\s+)?((?:NATO|Nato|[Aa]lliance|[Oo]rgani[sz]ation)['\u2019]s\s+)?(\d{2})(?:st|nd|rd|th)[- ]anniversary\b(\s+of\s+(?:the\s+)?(?:(?:founding|creation|establishment|birth)\s+of\s+(?:the\s+)?)?(?:NATO|Nato|(?:North\s+)?Atlantic\s+Alliance|[Aa]lliance|North\s+Atlantic\s+Treaty(?:\s+Organi[sz]ation)?)\b)?/g;
const HOSTED_BY_RE = compiledOnFirstRun(/\b[Ss]ummits?\s+(?:was\s+|were\s+)?hosted\s+by\s+(?:the\s+)?$/);
const ONE_RE = compiledOnFirstRun(/^\W*(?:The|Its)\s+(first|last|previous|latest|most recent)\s+one\s+(?:was|took place|was held)\b/);
const CEREMONY_RE = /\bceremon(?:y|ies)\b/gi;
const YEARS_AGO_RE = /\b(\d{1,2}|ten|fifteen|twenty|twenty-five|thirty|forty|fifty)\s+years\s+ago\b/i;
const FIRST_MEETING_RE = /\bfirst\s+(?:in-person\s+|face-to-face\s+)?(?:meeting|summit|encounter)\s+with\b/gi;
const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WORD_NUMBERS: Record<string, number> = { ten: 10, fifteen: 15, twenty: 20, 'twenty-five': 25, thirty: 30, forty: 40, fifty: 50 };

// The NATO summit under way on a day (or the day before), per fact base and day: every paragraph with "summit" in it
// asked it of every summit record, with the day before computed again for each.
const summitUnderWay = memoByFacts(
  (facts: FactIndex, asOf: string): EventRecord | undefined =>
    natoSummits(facts, 'all').find((e) => overlaps({ first: addDays(asOf, -1), last: asOf }, eventDays(e))),
  1000,
);

// Built once (speed, round 41): a literal in summitFormClaims was a new expression, parsed again, at each call.
const SUMMIT_FORM_CLAIMS_RE = /summit/i;
const SUMMIT_FORM_CLAIMS_RE2 = /summit|talks/i;
const SUMMIT_FORM_CLAIMS_RE3 = /Normandy/;
const SUMMIT_FORM_CLAIMS_RE4 = /ceremon/i;
const SUMMIT_FORM_CLAIMS_RE5 = /Contact Group|UDCG|Ramstein/;
const SUMMIT_FORM_CLAIMS_RE6 = /Ramstein|Contact Group|UDCG/;
const SUMMIT_FORM_CLAIMS_RE7 = /first/i;
const SUMMIT_FORM_CLAIMS_RE8 = /^[^\S\n]*\n\s*\n/;
const SUMMIT_FORM_CLAIMS_RE9 = /\bsummits\b/i;
function summitFormClaims(doc: Doc, found: readonly Annotation[]): Annotation[] {
  const out: Annotation[] = [];
  const summits = natoSummits(doc.facts, 'all');
  const hasSummit = SUMMIT_FORM_CLAIMS_RE.test(doc.text);
  // The events found so far, by sentence: one pass, not one per sentence.
  const eventsBySentence = new Map<number, string[]>();
  for (const a of found) noteEvents(doc, eventsBySentence, a);
  // Sentences where the chain said more than "context" of a record: the next-summit forms leave those alone.
  const firmSentences = new Set(
    found.filter((a) => a.kind === 'event' && a.verdict !== 'context').map((a) => spanIndexAt(doc.sentences, a.start)),
  );
  // A page that only says someone arrived somewhere (common in news): only that form, and only
  // on the sentences that say it.
  if (!testWarm(MEETING_HINT_RE, doc.text)) {
    for (let i = 0; i < doc.sentences.length; i++) {
      const sentence = doc.sentences[i];
      if (eventsBySentence.has(i)) continue;
      const text = doc.text.slice(sentence.start, sentence.end);
      if (ARRIVAL_HINT_RE.test(text)) arrival(doc, sentence, text, out);
      if (testWarm(SIDES_HINT_RE, text)) sidesTalksAt(doc, sentence, out);
    }
    return out;
  }
  const hasNormandy = doc.text.includes('Normandy');
  const natoMeetingDay = !hasSummit && NATO_MEETING_DAY_RE.test(doc.text);
  let previousSaysSummits = false;
  let previousEvents: string[] = [];
  // The NATO summit the text last spoke of: "the Summit" after it is that one. Before any, the
  // one under way on the article's date, if any: a report from the summit.
  let lastSummit: EventRecord | undefined = hasSummit ? summitUnderWay(doc.facts, doc.asOf) : undefined;
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i];
    const text = doc.text.slice(sentence.start, sentence.end);
    const isOne = ONE_RE.test(text);
    const before = out.length;
    const judged = eventsBySentence.has(i);
    if (hasSummit) {
      anniversary(doc, sentence, text, summits, out);
      if (text.includes('anniversary')) summitMarking(doc, sentence, text, summits, out);
      hostedBy(doc, sentence, text, summits, out);
      if (previousSaysSummits && isOne) listedOne(doc, sentence, text, summits, out);
      datesAlone(doc, sentence, text, summits, out);
      if (text.includes('-day ')) summitLength(doc, sentence, text, summits, out);
      if (!judged && SUMMIT_FORM_CLAIMS_RE2.test(text)) withParticipants(doc, sentence, text, out);
    }
    if (!judged && SUMMIT_FORM_CLAIMS_RE3.test(text)) normandy(doc, sentence, text, out);
    if (hasNormandy) normandyFormat(doc, sentence, text, out);
    if (SUMMIT_FORM_CLAIMS_RE4.test(text)) ceremony(doc, sentence, text, out);
    // The group's founding told by who formed it, with the group named here or just before.
    if (
      (text.includes('Austin') && /Ramstein|Contact Group|UDCG/.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end))) ||
      (SUMMIT_FORM_CLAIMS_RE5.test(text) && UDCG_FOUNDING_HINT_RE.test(text))
    )
      contactGroupFormed(doc, sentence, text, out);
    if (SUMMIT_FORM_CLAIMS_RE6.test(text)) {
      contactGroup(doc, sentence, text, out);
      if (!judged) contactGroupByDay(doc, sentence, text, out);
      if (!judged && BEGUN_HINT_RE.test(text)) contactGroupBegun(doc, sentence, text, out);
    }
    if (hasSummit && !judged) recentSummit(doc, sentence, text, out);
    if (hasSummit && !judged) relativeSummits(doc, sentence, text, out);
    if (hasSummit && !firmSentences.has(i)) nextSummits(doc, sentence, text, summits, out);
    if ((hasSummit || natoMeetingDay) && WEEKDAY_HINT_RE.test(text)) summitWeekday(doc, sentence, text, summits, out);
    if (hasSummit && YEAR_MONTH_HEAD_RE.test(text)) yearMonthSummitLine(doc, sentence, text, summits, out);
    if (hasSummit && UPCOMING_HINT_RE.test(text)) out.push(...upcomingSummitIn(doc, sentence, text, summits, [...found, ...out]));
    if (!judged && ARRIVAL_HINT_RE.test(text)) arrival(doc, sentence, text, out);
    if (!judged && testWarm(SIDES_HINT_RE, text)) sidesTalksAt(doc, sentence, out);
    for (let k = before; k < out.length; k++) noteEvents(doc, eventsBySentence, out[k]);
    const eventsHere = eventsBySentence.get(i) ?? [];
    if (lastSummit && /the\s+(?:NATO\s+)?[Ss]ummit\b/.test(text)) relativeToSummit(doc, sentence, text, lastSummit, out);
    // A loop, not map() then find(): map() makes a packed or a holey array as this code is optimised or not, and the
    // optimised code is thrown away at each kind it has not met.
    for (const id of eventsHere) {
      const e = doc.facts.events.get(id);
      if (e && summits.includes(e)) {
        lastSummit = e;
        break;
      }
    }
    if (SUMMIT_FORM_CLAIMS_RE7.test(text)) {
      firstMeeting(doc, sentence, text, [...eventsHere, ...previousEvents], out);
      if (text.includes('since')) sinceLastMeeting(doc, sentence, text, out);
      if (text.includes('between')) firstEverBetween(doc, sentence, text, out);
      if (text.includes('months')) {
        const recent = [i, i - 1, i - 2, i - 3].flatMap((k) => eventsBySentence.get(k) ?? []);
        firstInMonths(doc, sentence, text, recent, out);
      }
    }
    if (hasSummit && text.includes(' since ')) {
      firstSince(doc, sentence, text, summits, out);
      notMetSince(doc, sentence, text, summits, out);
    }
    if (!judged && AGREED_HINT_RE.test(text)) agreedAt(doc, sentence, text, summits, out);
    // "There have been 27 previous summits. The first one was ... The last one was ...": only
    // within a paragraph (a line of a news page may be one sentence of it; a blank line ends it).
    const paragraphEnds = SUMMIT_FORM_CLAIMS_RE8.test(doc.text.slice(sentence.end, sentence.end + 8));
    previousSaysSummits = !paragraphEnds && (SUMMIT_FORM_CLAIMS_RE9.test(text) || (previousSaysSummits && isOne));
    previousEvents = paragraphEnds ? [] : eventsHere;
  }
  return out;
}

/**
 * "The text of the London declaration, adopted at the end of the two-day summit meeting" (held-out 11 y007, 4 December
 * 2019; the leaders met on 3-4 December): the length of the NATO summit of the page's days (under way, or ended or
 * opening within three days), NATO named in the sentence or just before. Confirmed when its days on record number
 * as many; never flagged: sources count a summit's days differently (the arrival dinner, a leaders' day alone).
 */
function summitLength(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  const m = SUMMIT_LENGTH_RE.exec(text);
  if (!m) return;
  const before = doc.text.slice(Math.max(0, sentence.start - 400), sentence.end);
  // NATO named just before, or in the page's opening lines ("THE HAGUE — NATO leaders convened Tuesday ...", then
  // three paragraphs on, "The two-day summit — scaled down ... — opened with a royal dinner", held-out 21 zd012).
  if (!NATO_NAMED_RE.test(before) && !(sentence.start < 2000 && NATO_SUMMIT_LEAD_RE.test(doc.text.slice(0, 400)))) return;
  // "The main topics of the two-day meeting are ..." (held-out 21 za058, after "NATO's summit begins today in ...
  // Vilnius"): a meeting or gathering is the summit only with the summit named in the sentence or just before, and no
  // ministers' meeting named.
  if (!/summit/i.test(m[2]) && (!/\bsummit\b/i.test(before) || /\bministers\b|\bministerial\b/i.test(before))) return;
  const page = factRange(doc.asOf);
  const near = summits.filter((e) => e.status === 'held' && e.end && gapDays(eventDays(e), page) <= 3);
  if (near.length !== 1 || near[0].confidence !== 'verified') return;
  const e = near[0];
  const days = Math.round((Date.parse(e.end!) - Date.parse(e.start)) / 86_400_000) + 1;
  if (days !== DAY_COUNTS.indexOf(m[1].toLowerCase()) + 1) return;
  const start = sentence.start + m.index + m[0].indexOf(m[1]);
  const end = sentence.start + m.index + m[0].length;
  if (out.some((a) => a.start < end && start < a.end)) return;
  const { when, place } = describeEvent(doc, e);
  out.push(eventSupported(doc, e, { start, end }, `The length matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`));
}
const SUMMIT_LENGTH_RE = /\b(?:the|a|their|this)\s+(one|two|three)-day\s+(?:NATO\s+|Nato\s+)?(summit|meeting|gathering)\b/i;
const NATO_NAMED_RE = /\b(?:NATO|Nato|[Aa]lliance|[Aa]llies)\b/;
const NATO_SUMMIT_LEAD_RE = /\b(?:NATO|Nato)\b[^]{0,200}\bsummit\b/;
const DAY_COUNTS = ['one', 'two', 'three'];

/** "the 75th-anniversary summit in Washington": the one NATO summit held in the year 1949 + N. */
function anniversary(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  ANNIVERSARY_RE.lastIndex = 0;
  for (let m = warmed(ANNIVERSARY_RE, text).exec(text); m; m = ANNIVERSARY_RE.exec(text)) {
    const year = String(1949 + Number(m[1]));
    const inYear = summits.filter((e) => e.start.startsWith(year) && !e.id.includes('extraordinary'));
    if (inYear.length !== 1) continue;
    const e = inYear[0];
    const start = sentence.start + m.index;
    let end = start + m[0].length;
    // The place named right after it must be the summit's, or the phrase is not about this one.
    const after = matchesIn(doc, { start: end, end: Math.min(sentence.end, end + 30) }, 'place').find((p) =>
      /^\s+(?:in|at)\s+(?:the\s+)?$/.test(doc.text.slice(end, p.start)),
    );
    if (after) {
      if (!e.place || !placeChain(doc.facts, e.place).includes(after.value.id)) continue;
      end = after.end;
    } else if (m[2] && !/\b(?:celebrat\w*|mark\w*|commemorat\w*)\s+(?:its|the)\s+$/.test(text.slice(Math.max(0, m.index - 30), m.index)))
      continue;
    // "the alliance prepares to celebrate its 75th anniversary with a three-day summit" (AA, July 2024):
    // without the place, only where the alliance is said to celebrate its anniversary at the summit.
    // "its 75th anniversary at a summit": the anniversary must be the alliance's.
    if (m[2] && !/\b(?:NATO|Nato|[Aa]lliance|[Oo]rgani[sz]ation)\b/.test(text.slice(0, m.index))) continue;
    const { when, place } = describeEvent(doc, e);
    out.push(
      eventSupported(
        doc,
        e,
        { start, end },
        `NATO's ${m[1]}th anniversary fell in ${year}: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
    );
  }
}

/** "the summit commemorating the 75th anniversary of the founding of the Atlantic Alliance": the one summit of that year. */
function summitMarking(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  SUMMIT_MARKING_RE.lastIndex = 0;
  for (let m = SUMMIT_MARKING_RE.exec(text); m; m = SUMMIT_MARKING_RE.exec(text)) {
    if (!m[1] && !m[3] && !/\b(?:NATO|Nato|[Aa]lliance)\b/.test(text.slice(0, m.index))) continue;
    const year = String(1949 + Number(m[2]));
    const inYear = summits.filter((e) => e.start.startsWith(year) && !e.id.includes('extraordinary'));
    if (inYear.length !== 1) continue;
    const e = inYear[0];
    // A place said as where the summit is must be the summit's ("travels to Washington ... to attend").
    const elsewhere = placesIn(doc, sentence).some(
      (p) =>
        /\b(?:in|at|to)\s+$/.test(doc.text.slice(Math.max(sentence.start, p.start - 4), p.start)) &&
        e.place &&
        !placesAgree(doc.facts, p.value.id, e.place),
    );
    if (elsewhere) continue;
    const start = sentence.start + m.index;
    const { when, place } = describeEvent(doc, e);
    out.push(
      eventSupported(
        doc,
        e,
        { start, end: start + m[0].length },
        `NATO's ${m[2]}th anniversary fell in ${year}: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
    );
  }
}

// Built once (speed, round 41): a literal in hostedBy was a new expression, parsed again, at each call.
const HOSTED_BY_RE2 = /hosted by/i;
/** "In 1990, at the last NATO Summit hosted by the United Kingdom": a host country and a year that fit one summit. */
function hostedBy(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  if (!HOSTED_BY_RE2.test(text)) return;
  for (const p of matchesIn(doc, sentence, 'place')) {
    const before = doc.text.slice(Math.max(sentence.start, p.start - 40), p.start);
    const word = HOSTED_BY_RE.exec(before);
    if (!word) continue;
    const years = [...text.matchAll(/\b(?:19[5-9]\d|20[0-3]\d)\b/g)].map((y) => ({ year: y[0], start: sentence.start + y.index }));
    for (const y of years) {
      const fitting = summits.filter((e) => e.start.startsWith(y.year) && e.place && placeChain(doc.facts, e.place).includes(p.value.id));
      if (fitting.length !== 1) continue;
      const e = fitting[0];
      const span = hull([
        { start: p.start - word[0].length, end: p.end },
        { start: y.start, end: y.start + 4 },
      ]);
      const { when, place } = describeEvent(doc, e);
      out.push(eventSupported(doc, e, span, `The host and year match the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`));
      return;
    }
  }
}

/** "There have been 27 previous summits. The last one was in Wales in September 2014." */
function listedOne(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  const m = ONE_RE.exec(text);
  if (!m) return;
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => d.explicitYear && !d.relative);
  if (!dates.length) return;
  const places = matchesIn(doc, sentence, 'place');
  const before = summits.filter((e) => eventDays(e).last < doc.asOf && !e.id.includes('extraordinary'));
  // The first or the last of the list the fact base holds, which is complete from 1957 on for
  // summits under their own number (extraordinary ones left out, as NATO's count leaves them out).
  const which = m[1].toLowerCase();
  const e = which === 'first' ? before[0] : before[before.length - 1];
  if (!e) return;
  const used = dates.filter((d) => overlaps(d, eventDays(e)));
  if (!used.length || used.length < dates.length) return;
  const placeOk = places.filter((p) => e.place && placeChain(doc.facts, e.place).includes(p.value.id));
  if (places.length && !placeOk.length) return;
  const span = hull([
    { start: sentence.start + m.index + m[0].length - m[0].trimStart().length, end: sentence.start + m[0].length },
    ...used,
    ...placeOk,
  ]);
  const { when, place } = describeEvent(doc, e);
  out.push(eventSupported(doc, e, span, `The ${which} summit before this article: ${e.name}, ${when}${place ? `, ${place}` : ''}.`));
}

// "9-11 July 2024", "July 9-11, 2024": a range of days in one month (dates.ts reads only its last day).
const DAY_RANGE_RE = new RegExp(
  String.raw`\b(?:(\d{1,2})\s*[-\u2013]\s*(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2})\s*[-\u2013]\s*(\d{1,2}),?)\s+((?:19|20)\d{2})\b`,
  'g',
);

// Built once (speed, round 41): a literal in datesAlone was a new expression, parsed again, at each call.
const DATES_ALONE_RE = /\d\s*[-\u2013]\s*\d/;
/** "9-11 July 2024" on a page about a summit: the summit's exact days, more than one, with the year. */
function datesAlone(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  if (!DATES_ALONE_RE.test(text)) return;
  DAY_RANGE_RE.lastIndex = 0;
  for (let m = DAY_RANGE_RE.exec(text); m; m = DAY_RANGE_RE.exec(text)) {
    const month = MONTHS.indexOf((m[3] ?? m[4]).slice(0, 3).toLowerCase()) + 1;
    const [from, to] = m[1] ? [m[1], m[2]] : [m[5], m[6]];
    const iso = (d: string) => `${m![7]}-${String(month).padStart(2, '0')}-${d.padStart(2, '0')}`;
    const e = summits.find((s) => s.end && s.start === iso(from) && s.end === iso(to));
    if (!e) continue;
    const start = sentence.start + m.index;
    const { when, place } = describeEvent(doc, e);
    out.push(
      eventSupported(doc, e, { start, end: start + m[0].length }, `These are the days of ${e.name}: ${when}${place ? `, ${place}` : ''}.`),
    );
  }
}

// Built once (speed, round 41): a literal in places was a new expression, parsed again, at each call.
const PLACES_RE = /\b(?:in|at)\s+(?:the\s+)?$/;
/**
 * The held, verified summits with a place, in the record's order (speed, round 48): withParticipants read all of the
 * record's events (256) at each sentence with a place told as where, to keep these.
 */
const heldPlacedSummits = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.status === 'held' && e.confidence === 'verified' && !!e.place),
);
/**
 * "A Normandy summit of four leaders – Volodymyr Zelensky of Ukraine, Vladimir Putin of Russia,
 * ... – has begun in Paris": the event detector reads clause by clause, and here the summit word,
 * the people and the place are in different clauses. Two or more of one summit's participants, its
 * place said as where ("in Paris"), and its days: a date in the sentence, or the article's own date
 * within a day of it.
 */
function withParticipants(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  const people = doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const places = matchesIn(doc, sentence, 'place').filter((p) => PLACES_RE.test(doc.text.slice(Math.max(0, p.start - 8), p.start)));
  if (!places.length) return;
  const ids = new Set(people.map((p) => p.personId));
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
  const today = { first: addDays(doc.asOf, -1), last: addDays(doc.asOf, 1) };
  for (const e of heldPlacedSummits(doc.facts, 'all')) {
    const range = eventDays(e);
    // Two of its participants named; or none, in a report of the day ("Talks between the leaders of
    // Ukraine, France, Germany and Russia have begun in ... Minsk"), when it is the one summit there then.
    const named = e.participants.filter((p) => ids.has(p)).length;
    if (named < 2 && !(people.length === 0 && !dates.length && overlaps(today, range))) continue;
    const place = places.find((p) => placeChain(doc.facts, e.place!).includes(p.value.id));
    if (!place) continue;
    const usedDates = dates.filter((d) => overlaps(d, range));
    if (dates.length ? !usedDates.length : !overlaps(today, range)) continue;
    const word = /\b(?:summit|talks)\b/i.exec(text);
    if (!word) return;
    // The span leaves out the names between the summit word and the place: they carry their own
    // title claims ("Vladimir Putin of Russia"). The summit word is in it only when it is near.
    const wordSpan = { start: sentence.start + word.index, end: sentence.start + word.index + word[0].length };
    const verb = /(?:\b(?:has|have|had|was|were|is|are)\s+)?(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$/.exec(
      doc.text.slice(Math.max(sentence.start, place.start - 30), place.start),
    );
    const placeSpan = { start: place.start - (verb ? verb[0].length : 0), end: place.end };
    const span = hull([...(placeSpan.start - wordSpan.end <= 20 ? [wordSpan] : []), placeSpan, ...usedDates]);
    const d = describeEvent(doc, e);
    out.push(eventSupported(doc, e, span, `The place and date match the record: ${e.name}, ${d.when}${d.place ? `, ${d.place}` : ''}.`));
    return;
  }
}

const NORMANDY_RE = /\bNormandy\s+(?:[Ff]ormat|[Ff]our|[Qq]uartet)\b/;

/**
 * "A Normandy Format summit will be held on December 9": the leaders of the Normandy format
 * (Ukraine, Russia, Germany, France) met at the summits the fact base names for it; a written day
 * that falls on one of them.
 */
function normandy(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  const m = NORMANDY_RE.exec(text);
  if (!m || !/\b(?:summit|meeting|talks)\b/i.test(text)) return;
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => d.granularity === 'day' && !d.relative);
  for (const e of doc.facts.base.events) {
    if (!/Normandy/.test(e.name) || e.confidence !== 'verified') continue;
    const used = dates.filter((d) => overlaps(d, eventDays(e)));
    if (!used.length) continue;
    const start = sentence.start + m.index;
    const { when, place } = describeEvent(doc, e);
    out.push(
      eventSupported(
        doc,
        e,
        hull([{ start, end: start + m[0].length }, ...used]),
        `The date matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
    );
    return;
  }
}

// "the 26th Ramstein-format meeting", "the 27th meeting of the Ukraine Defense Contact Group".
// "the Ramstein-8 meeting", "the 9th meeting in the Ramstein format" too.
// "the 15th meeting of the UDCG since Secretary Austin formed the international group in April, 2022" (Pentagon,
// September 2023), "The eighth meeting of the Contact Group on Ukrainian defense issues opened in Germany" (January
// 2023), "the 23rd meeting of the Contact Group on Ukraine's Defense": the group by its initials or its name as
// Ukrainian agencies translate it, and the number in words.
const UDCG_ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth';
const UDCG_RE = new RegExp(
  String.raw`\bRamstein-(\d{1,2})\b|\b(\d{1,2}(?:st|nd|rd|th)|${UDCG_ORDINAL_WORDS})\s+(?:meeting\s+in\s+the\s+Ramstein\s+format|Ramstein[- ](?:format\s+)?(?:meeting|summit|gathering)|(?:meeting|gathering)\s+of\s+the\s+(?:(?:Ukraine|Ukrainian)\s+Defen[cs]e\s+Contact\s+Group|UDCG\b|Ramstein\s+(?:[Gg]roup|[Ff]ormat|[Cc]oalition)\b|Contact\s+Group\s+(?:on|for)\s+(?:the\s+)?(?:Defen[cs]e\s+of\s+Ukraine|Ukraine['\u2019]s\s+Defen[cs]e|Ukrainian\s+[Dd]efen[cs]e(?:\s+issues)?))|(?:Ramstein-format\s+)?(?:Ukrainian?\s+Defen[cs]e\s+Contact\s+Group|UDCG)\s+(?:\(UDCG\)\s+)?meeting)`,
  'gi',
);
const UDCG_ORDINAL_NUMBER: Record<string, number> = Object.fromEntries(UDCG_ORDINAL_WORDS.split('|').map((w, i) => [w, i + 1]));

/**
 * The Ukraine Defense Contact Group's meetings by number, in an article written around the
 * meeting (from a month before to two weeks after): the record with that number, near that date.
 * A number that fits no record near the date says nothing: the list is not complete.
 */
// "the 15th meeting of the UDCG since Secretary Austin formed the international group in April, 2022", "the 24th
// meeting since Pentagon Chief Lloyd Austin initiated the format in April 2022" (Pentagon briefings, 2023-2024): the
// group's first meeting, at Ramstein on 26 April 2022, by its month.
const UDCG_FORMED_RE =
  /\bsince\s+(?:(?:U\.?S\.?\s+)?(?:Defen[cs]e\s+)?Secretary\s+|Pentagon\s+[Cc]hief\s+|Mr\.?\s+)?(?:Lloyd\s+)?Austin\s+(?:formed|initiated|launched|created|established|set\s+up|convened)\s+(?:the\s+)?(?:international\s+)?(?:group|format|coalition|contact\s+group)\s+in\s+((?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:19|20)\d{2})\b/i;
const UDCG_FIRST_ID = 'udcg-2022-04-26';

// "The “Ramstein” format, officially known as the Ukraine Defence Contact Group (UDCG), was launched in April 2022 at the
// Ramstein Air Base in Germany" (held-out 10 w068): the group named, then its founding in the passive.
const UDCG_FOUNDED_RE =
  /\b(?:Ukraine\s+Defen[cs]e\s+Contact\s+Group|UDCG)(?:\s*\(UDCG\))?[^.;]{0,60}?\s(?:was|had\s+been|has\s+been)\s+(?:first\s+)?(?:launched|formed|established|created|set\s+up|founded)\s+in\s+((?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+(?:19|20)\d{2})\b/i;

// Round 27: the founding in more wordings, the group by any of its names ("the Ramstein format", "the Ramstein group",
// "the Ramstein-format group", the UDCG), the verb as a participle or with its maker ("The Ramstein format was created in
// March 2022 by the U.S.", held-out 23 tb105; "The Ukraine Defense Contact Group, created by the United States in March
// 2022,"), the year alone ("launched in 2023"), and "Since its creation in April 2022, the Ramstein group ...". Not a
// body within the group ("the Ramstein format's drone coalition was created in February 2024"): no other body's noun
// between the group's name and the verb.
const UDCG_NAME = String.raw`(?:(?:Ukraine|Ukrainian)\s+Defen[cs]e\s+Contact\s+Group|UDCG|Ramstein[- ](?:format|Format|group|Group|coalition|Coalition)(?:\s+group)?)`;
const UDCG_TIME = String.raw`in\s+(?:((?:January|February|March|April|May|June|July|August|September|October|November|December)),?\s+)?((?:19|20)\d{2})\b`;
const UDCG_FOUNDED_WIDE_RE = new RegExp(
  String.raw`\b${UDCG_NAME}(?:\s*\((?:UDCG|Ramstein(?:\s+format)?)\))?([^.;]{0,40}?)\s(?:(?:was|had\s+been|has\s+been)\s+)?(?:first\s+)?(?:launched|formed|established|created|set\s+up|founded|initiated)(?:\s+by\s+(?:the\s+)?(?:U\.S\.?|US|United\s+States|Washington|Pentagon|(?:[A-Z][\w.'\u2019-]*\s+){0,4}[A-Z][\w.'\u2019-]*))?\s+${UDCG_TIME}`,
);
const UDCG_SINCE_CREATION_RE = new RegExp(
  String.raw`\b[Ss]ince\s+its\s+(?:creation|founding|launch|establishment|inception|formation)\s+${UDCG_TIME},\s+(?:the\s+)?${UDCG_NAME}`,
);
// A body within the group, or a time that is not the founding's, between the name and the verb.
const UDCG_OTHER_BODY_RE =
  /\b(?:coalitions?|capabilit\w*|clusters?|funds?|initiatives?|mechanisms?|platforms?|PURL|NSATU|missions?|within|under|meetings?|sessions?|talks)\b|['\u2019]s\b/i;
const UDCG_OBJECT_LEAD_RE = /\b(?:within|of|in|under|inside|from|by|to|at|into|with|through|via)\s+(?:the\s+)?$/i;
const UDCG_FOUNDING_HINT_RE =
  /\b(?:launched|formed|established|created|set\s+up|founded|initiated)\s+(?:in|by)\b|\b[Ss]ince\s+its\s+(?:creation|founding|launch|establishment|inception|formation)\b/;

/** The group's founding in the round-27 wordings: the month (if told) and year, and the span; null when none. */
function udcgFoundingWide(text: string): { m: RegExpExecArray; month?: string; year: string } | null {
  const wide = UDCG_FOUNDED_WIDE_RE.exec(text);
  // The group's name as the object of a preposition ("the drone coalition within the Ramstein format was created") is not
  // what was founded.
  const lead = wide ? text.slice(Math.max(0, wide.index - 24), wide.index) : '';
  if (wide && !UDCG_OTHER_BODY_RE.test(wide[1]) && !UDCG_OBJECT_LEAD_RE.test(lead)) return { m: wide, month: wide[2], year: wide[3] };
  const since = UDCG_SINCE_CREATION_RE.exec(text);
  return since ? { m: since, month: since[1], year: since[2] } : null;
}

function contactGroupFormed(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  const firm = UDCG_FORMED_RE.exec(text) ?? UDCG_FOUNDED_RE.exec(text);
  const wide = firm ? null : udcgFoundingWide(text);
  const m = firm ?? wide?.m;
  const first = m && doc.facts.base.events.find((e) => e.id === UDCG_FIRST_ID);
  if (!m || !first) return;
  // "April, 2022" (with its comma) is read here: the month and the year; a year alone is the whole year.
  const [monthName, year] = firm ? firm[1].split(/,?\s+/) : [wide!.month, wide!.year];
  const month = monthName
    ? String(MONTH_NAMES.indexOf(monthName.charAt(0).toUpperCase() + monthName.slice(1).toLowerCase()) + 1).padStart(2, '0')
    : undefined;
  const said = factRange(month ? `${year}-${month}` : year);
  const toldTime = firm ? firm[1] : monthName ? `${monthName} ${year}` : year;
  const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  const { when, place } = describeEvent(doc, first);
  if (overlaps(said, eventDays(first))) {
    out.push(eventSupported(doc, first, span, `The group first met on ${when}${place ? `, ${place}` : ''}: ${first.name}.`));
    return;
  }
  if (!doc.dateCertain || first.confidence !== 'verified') return;
  out.push(
    eventContradicted(
      doc,
      first,
      span,
      `Lloyd Austin convened the group's first meeting on ${when}${place ? ` at ${place}` : ''}, not in ${toldTime}.`,
    ),
  );
}

function contactGroup(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  UDCG_RE.lastIndex = 0;
  for (let m = UDCG_RE.exec(text); m; m = UDCG_RE.exec(text)) {
    const ordinal = m[1] ?? String(UDCG_ORDINAL_NUMBER[m[2].toLowerCase()] ?? parseInt(m[2], 10));
    const e = udcgMeetings(doc.facts, 'all').find(
      (x) =>
        x.name.startsWith(`${ordinal}${suffix(Number(ordinal))} `) && addDays(x.start, -30) <= doc.asOf && doc.asOf <= addDays(x.start, 14),
    );
    if (!e) continue;
    const start = sentence.start + m.index;
    const { when, place } = describeEvent(doc, e);
    // "the 8th Ramstein meeting that was held in Germany on 20 January 2022" (it was 2023): the
    // number names the meeting beyond doubt, so a day written out in full just after it, with its
    // year, that is not the meeting's day is wrong.
    const end = start + m[0].length;
    const days = eventDays(e);
    const wrong = findDates(doc.text, end, Math.min(sentence.end, end + 70), { asOf: doc.asOf }).find(
      (d) => d.granularity === 'day' && d.explicitYear && !d.relative && !overlaps(d, days),
    );
    if (wrong && doc.dateCertain && !/\b(?:next|previous|last|since|after|before|until)\b/i.test(doc.text.slice(end, wrong.start))) {
      out.push({
        start,
        end: wrong.end,
        quote: doc.text.slice(start, wrong.end),
        verdict: 'contradicted',
        kind: 'event',
        factIds: [e.id],
        message: `${e.name} took place on ${when}, not ${doc.text.slice(wrong.start, wrong.end).replace(/^(?:on|in)\s+/i, '')}.`,
        fact: describeEvent(doc, e).fact,
        sources: sourcesOf(e),
      });
      continue;
    }
    out.push(
      withReason(
        eventSupported(
          doc,
          e,
          { start, end: start + m[0].length },
          `The number matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
        ),
        'number',
      ),
    );
  }
}

// "the next Ramstein meeting planned for 21 April 2023", "the Ramstein meeting on January 20": a
// meeting of the group by its day. Confirmed only: without its number, a day that fits no record
// may be a meeting the list does not hold.
// "the Ramstein meeting", "the Contact Group gathering"; "met with the Ukraine Defense Contact Group" (the group's day follows).
const UDCG_DAY_RE =
  /\b(?:Ramstein(?:[- ]format)?|UDCG|Contact\s+Group)[\u201d"\u2019]?\s+(?:meeting|summit|gathering)\b|\bmet\s+with\s+the\s+(?:Ukraine\s+Defen[cs]e\s+Contact\s+Group|UDCG)\b/g;

function contactGroupByDay(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  UDCG_DAY_RE.lastIndex = 0;
  for (let m = UDCG_DAY_RE.exec(text); m; m = UDCG_DAY_RE.exec(text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    if (out.some((a) => a.start < end && start < a.end)) continue;
    const day = findDates(doc.text, end, Math.min(sentence.end, end + 40), { asOf: doc.asOf, future: true }).find(
      (d) =>
        d.granularity === 'day' &&
        // "the Ramstein meeting will be held online on Monday, July 21" (July 2025): how it is held, and the weekday.
        /^\s*(?:(?:was\s+|is\s+|will\s+be\s+)?(?:planned|scheduled|set|due|held)(?:\s+(?:online|virtually|remotely|in\s+person|by\s+video(?:\s+link|\s+conference)?))?(?:\s+(?:for|on))?\s+|on\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i.test(
          doc.text.slice(end, d.start),
        ),
    );
    const e = day && udcgMeetings(doc.facts, 'all').find((x) => overlaps(day, eventDays(x)));
    if (!day || !e) continue;
    const { when, place } = describeEvent(doc, e);
    const told = placeToldAfter(doc, sentence, day.end);
    if (told && e.place) {
      // "met with the Ukraine Defense Contact Group Wednesday in London" (held-out 13 d212, 12 February 2025): the
      // meeting of that day is identified by the group and the day; a city told as its place on neither side of the
      // record's chain is not where it met.
      if (placesAgree(doc.facts, told.value.id, e.place))
        out.push(eventSupported(doc, e, { start, end: told.end }, `The date and place match the record: ${e.name}, ${when}, ${place}.`));
      else
        out.push(
          eventContradicted(
            doc,
            e,
            { start, end: told.end },
            `${e.name} was held on ${when} at ${place}, not in ${doc.text.slice(told.start, told.end)}.`,
          ),
        );
      continue;
    }
    out.push(
      eventSupported(doc, e, { start, end: day.end }, `The date matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`),
    );
  }
}

// "The regular meeting of the Contact Group on the Defense of Ukraine has begun in Brussels" (held-out 21 za031, 12
// February 2025), "the Ramstein meeting is under way at NATO headquarters": the group's meeting told as opening now,
// with no day of its own, is the one of the page's day. Confirmed only, and only when a place told after the verb
// agrees with the record's.
const BEGUN_HINT_RE = /\b(?:begun|began|started|opened|kicked\s+off|under\s*way|taking\s+place|being\s+held)\b/;
const UDCG_BEGUN_RE =
  /\b(?:(?:meeting|session|gathering)\s+of\s+the\s+(?:Ukraine\s+Defen[cs]e\s+Contact\s+Group|Contact\s+Group\s+(?:on|for)\s+(?:the\s+)?Defen[cs]e\s+of\s+Ukraine|UDCG|Ramstein\s+(?:[Gg]roup|format))|(?:Ramstein(?:[- ]format)?|UDCG|Contact\s+Group)[\u201d"\u2019]?\s+(?:meeting|gathering))(?:\s+\([^)]{1,40}\))?\s+(?:has\s+(?:begun|started|opened|kicked\s+off|got\s+under\s*way)|is\s+(?:under\s*way|taking\s+place|being\s+held)|began|started|opened|kicked\s+off)\b/g;

function contactGroupBegun(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  if (!doc.dateCertain) return;
  UDCG_BEGUN_RE.lastIndex = 0;
  const m = UDCG_BEGUN_RE.exec(text);
  if (!m) return;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  if (out.some((a) => a.start < end && start < a.end)) return;
  // Not told of another time: no date, no "last year", no "when", "after", "before" or "if" before it.
  if (findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).length) return;
  if (/\b(?:when|after|before|if|since|until|as\s+soon\s+as|once)\b/i.test(text.slice(0, m.index))) return;
  const e = udcgMeetings(doc.facts, 'all').find((x) => overlaps(factRange(doc.asOf), eventDays(x)));
  if (!e) return;
  const told = placeToldAfter(doc, sentence, end);
  if (told && (!e.place || !placesAgree(doc.facts, told.value.id, e.place))) return;
  const { when, place } = describeEvent(doc, e);
  out.push(
    eventSupported(
      doc,
      e,
      { start, end: told ? told.end : end },
      `The ${told ? 'date and place match' : 'date matches'} the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
    ),
  );
}

/** The place named right after a meeting's day: "Wednesday in London", "on Friday at NATO headquarters". */
function placeToldAfter(doc: Doc, sentence: Span, from: number) {
  return matchesIn(doc, sentence, 'place').find(
    (p) => p.start >= from && /^,?\s+(?:in|at)\s+(?:the\s+)?$/.test(doc.text.slice(from, p.start)),
  );
}

const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

const udcgMeetings = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.id.startsWith('udcg-') && e.confidence === 'verified' && e.status === 'held'),
);

// Built once (speed, round 41): a literal in recentSummit was a new expression, parsed again, at each call.
const RECENT_SUMMIT_RE = /[Ss]ummit/;
const RECENT_SUMMIT_RE2 = /\b[Ss]ummit\s+(?:in|at)\s+(?:the\s+)?$/;
const RECENT_SUMMIT_RE3 = /^\s+[Ss]ummit\b/;
const RECENT_SUMMIT_RE4 = /\b(?:19|20)\d{2}\b/;
/**
 * "It comes on the heels of ... the annual Group of Seven (G7) summit in Cornwall, England": a
 * summit named by its place with no date, in an article written within 45 days of the one summit
 * held there then. The event detector reads a recent event by place only when someone who took
 * part is named; a summit word right by the place does the same here.
 */
function recentSummit(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  if (!RECENT_SUMMIT_RE.test(text)) return;
  const places = matchesIn(doc, sentence, 'place');
  let dated: boolean | undefined;
  for (const p of places) {
    const before = doc.text.slice(Math.max(sentence.start, p.start - 12), p.start);
    const after = doc.text.slice(p.end, Math.min(sentence.end, p.end + 8));
    if (!RECENT_SUMMIT_RE2.test(before) && !RECENT_SUMMIT_RE3.test(after)) continue;
    // A sentence with a date is named-summits' (or the event detector's) to judge.
    // "the 2015 Warsaw summit": a bare year is a date too, though dates.ts reads it only after "in".
    dated ??= RECENT_SUMMIT_RE4.test(text) || findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).length > 0;
    if (dated) return;
    const near = doc.facts.base.events.filter(
      (e) =>
        e.kind === 'summit' &&
        e.status === 'held' &&
        // The venue may lie within the place said: "a summit in London" held at Lancaster House. Not a
        // NATO summit at its headquarters by "Brussels", where the EU's summits meet too.
        !!e.place &&
        (e.place === p.value.id || (!e.id.startsWith('nato-') && placeChain(doc.facts, e.place).includes(p.value.id))) &&
        overlaps({ first: addDays(doc.asOf, -45), last: addDays(doc.asOf, 45) }, eventDays(e)),
    );
    if (near.length !== 1 || near[0].confidence !== 'verified') continue;
    const e = near[0];
    const word = /[Ss]ummit/.exec(before) ?? null;
    const span = word
      ? { start: p.start - before.length + word.index, end: p.end }
      : { start: p.start, end: p.end + /^\s+[Ss]ummit/.exec(after)![0].length };
    const { when, place } = describeEvent(doc, e);
    out.push(
      eventSupported(doc, e, span, `The one summit held there near this article's date: ${e.name}, ${when}${place ? `, ${place}` : ''}.`),
    );
  }
}

const SUMMIT_DAY_RE = /\b(?:the\s+)?(first|opening|second|last|final|closing)\s+day\s+of\s+the\s+(?:NATO\s+)?[Ss]ummit\b/;
const AFTER_SUMMIT_RE = new RegExp(
  String.raw`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(weeks?|months?)\s+(?:after|since)\s+the\s+(?:NATO\s+)?[Ss]ummit\b`,
  'i',
);
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * "At the NATO Summit in The Hague, ... Six months after the Summit, NATO Foreign Ministers are now
 * taking a first inventory", "... on the first day of the summit" after a sentence about Vilnius:
 * "the Summit" is the one the text last named, and the time is counted from it to the article's
 * date, in the text's own unit and rounding (a unit either way).
 */
function relativeToSummit(doc: Doc, sentence: Span, text: string, e: EventRecord, out: Annotation[]): void {
  const { when, place } = describeEvent(doc, e);
  const day = SUMMIT_DAY_RE.exec(text);
  if (day && (/^(?:first|opening)$/i.test(day[1]) || (/^second$/i.test(day[1]) && e.end) || /^(?:last|final|closing)$/i.test(day[1]))) {
    const start = sentence.start + day.index;
    out.push(
      eventSupported(
        doc,
        e,
        { start, end: start + day[0].length },
        `The summit the text speaks of: ${e.name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
    );
  }
  const after = AFTER_SUMMIT_RE.exec(text);
  if (!after) return;
  const n = Number(after[1]) || COUNT_WORDS.indexOf(after[1].toLowerCase());
  if (n <= 0) return;
  const days = (Date.parse(doc.asOf) - Date.parse(factRange(e.end ?? e.start).last)) / 86_400_000;
  const counted = /^week/i.test(after[2]) ? days / 7 : days / 30.44;
  if (Math.abs(counted - n) > 1) return;
  const start = sentence.start + after.index;
  out.push(
    eventSupported(
      doc,
      e,
      { start, end: start + after[0].length },
      `${after[1]} ${after[2]} after ${e.name} (${when}) is about the article's date.`,
    ),
  );
}

const ARRIVAL_HINT_RE = /\b(?:flew|arrived|landed)\b/;
const ARRIVAL_RE = /\b(?:flew\s+(?:in)?to|arrived\s+(?:in|at)|landed\s+(?:in|at))\s+(?:the\s+)?$/;

/**
 * "Putin flew into Geneva on Wednesday shortly before the scheduled start of the meeting": a
 * participant of a summit arriving at its place on its day (a day either side). Travel is not the
 * summit, so only a summit that person took part in, there and then, is read.
 */
function arrival(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  const people = doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  for (const place of matchesIn(doc, sentence, 'place')) {
    const verb = ARRIVAL_RE.exec(doc.text.slice(Math.max(sentence.start, place.start - 20), place.start));
    if (!verb) continue;
    const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
    const around = (r: DayRange) => ({ first: addDays(r.first, -1), last: addDays(r.last, 1) });
    for (const e of doc.facts.base.events) {
      if (e.kind !== 'summit' || e.status !== 'held' || e.confidence !== 'verified' || !e.place) continue;
      if (!placeChain(doc.facts, e.place).includes(place.value.id)) continue;
      // Named in full, or by a participant's surname alone ("Putin flew into Geneva"): the lexicon
      // links a lone surname only after a title, but here the summit, its place and day say who.
      // Round 43: the one who arrived is the last person named before the verb; a participant named elsewhere in the sentence
      // ("Swiss President Guy Parmelin arrived in Geneva for the summit of Biden and Putin", "Zelensky arrived in Alaska for the
      // summit with Trump and Putin") is not the traveller.
      const verbAt = place.start - verb[0].length;
      const subject = people.filter((p) => p.end <= verbAt).pop();
      if (subject && !e.participants.includes(subject.personId)) continue;
      const who: Span[] = people.filter((p) => e.participants.includes(p.personId));
      if (!who.length) for (const id of e.participants) who.push(...surnameIn(doc, sentence, text, id));
      if (!who.length) continue;
      const range = around(eventDays(e));
      const used = dates.filter((d) => overlaps(d, range));
      if (dates.length ? used.length < dates.length : !overlaps({ first: doc.asOf, last: doc.asOf }, range)) continue;
      const d = describeEvent(doc, e);
      const span = hull([who[0], { start: place.start - verb[0].length, end: place.end }, ...used]);
      out.push(eventSupported(doc, e, span, `A participant arriving for ${e.name}: ${d.when}${d.place ? `, ${d.place}` : ''}.`));
      return;
    }
  }
}

function surnameIn(doc: Doc, sentence: Span, text: string, personId: string): Span[] {
  for (const surname of doc.facts.people.get(personId)?.surnames ?? []) {
    const i = text.search(new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
    if (i >= 0) return [{ start: sentence.start + i, end: sentence.start + i + surname.length }];
  }
  return [];
}

/** "the ceremony held in Independence, Missouri": the one ceremony held at that place (or inside it). */
function ceremony(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  const places = matchesIn(doc, sentence, 'place');
  if (!places.length) return;
  CEREMONY_RE.lastIndex = 0;
  for (let m = CEREMONY_RE.exec(text); m; m = CEREMONY_RE.exec(text)) {
    const wordStart = sentence.start + m.index;
    const wordEnd = wordStart + m[0].length;
    // "held in Independence, Missouri", "in the U.S. Midwestern city of Independence, Missouri":
    // the place named must be the ceremony's or inside it ("the Truman Library"), not around it
    // ("the USA"), and said as where, within a few words of "ceremony".
    let p: (typeof places)[number] | undefined;
    let fitting: EventRecord[] = [];
    for (const x of places) {
      if (x.start <= wordEnd || x.start - wordEnd > 60 || !/\b(?:in|at)\b/.test(doc.text.slice(wordEnd, x.start))) continue;
      if (/[;:]/.test(doc.text.slice(wordEnd, x.start))) break;
      fitting = ceremonies(doc.facts, 'all').filter((e) => placeChain(doc.facts, x.value.id).includes(e.place!));
      if (fitting.length) {
        p = x;
        break;
      }
    }
    if (!p || fitting.length !== 1) continue;
    const e = fitting[0];
    const range = eventDays(e);
    const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => !d.relative);
    if (dates.length && !dates.some((d) => overlaps(d, range))) continue;
    // Round 38: a country's accession ceremony in a capital ("Montenegro's ... at the State Department", 5 June 2017): a
    // ceremony there with no day told is that one only when the sentence names the country or the page is of its days.
    const owner = /^([A-Z][\w-]+)\u2019s\b/.exec(e.name)?.[1];
    if (owner && !dates.length && !text.includes(owner) && Math.abs(daysBetween(e.start, doc.asOf)) > 14) continue;
    const parts: Span[] = [{ start: wordStart, end: p.end }];
    // "Twenty years ago, the ceremony ...": counted back from the article's year, a year either way.
    const ago = YEARS_AGO_RE.exec(text);
    if (ago) {
      const n = Number(ago[1]) || WORD_NUMBERS[ago[1].toLowerCase()];
      const year = Number(doc.asOf.slice(0, 4)) - n;
      if (Math.abs(year - Number(e.start.slice(0, 4))) > 1) continue;
      parts.push({ start: sentence.start + ago.index, end: sentence.start + ago.index + ago[0].length });
    }
    for (const d of dates) if (overlaps(d, range)) parts.push(d);
    const { when, place } = describeEvent(doc, e);
    out.push(
      withReason(
        eventSupported(doc, e, hull(parts), `The place matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`),
        'place-only',
      ),
    );
    return;
  }
}

/**
 * "This summit has become Zelensky's first meeting with Putin": the meeting this sentence or the
 * one before it is about is the earliest the fact base holds between the two people it names.
 */
function firstMeeting(doc: Doc, sentence: Span, text: string, eventIds: string[], out: Annotation[]): void {
  if (!eventIds.length) return;
  FIRST_MEETING_RE.lastIndex = 0;
  const m = FIRST_MEETING_RE.exec(text);
  if (!m) return;
  const people = doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const ids = [...new Set(people.map((p) => p.personId))];
  if (ids.length < 2) return;
  for (const id of new Set(eventIds)) {
    const e = doc.facts.events.get(id);
    if (!e || e.kind === 'call' || e.status !== 'held' || e.confidence !== 'verified') continue;
    const pair = ids.filter((p) => e.participants.includes(p));
    if (pair.length !== 2) continue;
    const earlier = doc.facts.base.events.some(
      (x) => x !== e && x.kind !== 'call' && x.status === 'held' && x.start < e.start && pair.every((p) => x.participants.includes(p)),
    );
    if (earlier) continue;
    const mentions = people.filter((p) => pair.includes(p.personId));
    const span = hull([{ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }, ...mentions]);
    const { when, place } = describeEvent(doc, e);
    out.push(
      eventSupported(doc, e, span, `The earliest meeting of the two in the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`),
    );
    return;
  }
}

// "Trump's participation marked his return to a NATO summit for the first time since 2019", "his
// first NATO summit since 2019": someone who headed a state or government at NATO's summit of that
// year, at none of the summits after it, and again at the one of the article's days. Confirmed
// only: a record of who held an office is not a record of who came.
const SINCE_SUMMIT_RE = compiledOnFirstRun(
  /\b(?:return(?:ed|s|ing)?\s+to|back\s+(?:at|to)|first)\s+(?:a\s+|the\s+)?(?:NATO|Nato)\s+summit\s+(?:for\s+the\s+first\s+time\s+)?since\s+((?:19|20)\d{2})\b/,
);

function firstSince(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  const m = SINCE_SUMMIT_RE.exec(text);
  if (!m) return;
  const at = sentence.start + m.index;
  const now = summits.find((e) => overlaps(eventDays(e), { first: addDays(doc.asOf, -10), last: addDays(doc.asOf, 3) }));
  if (!now || now.confidence !== 'verified') return;
  // The person the sentence names last before the phrase ("Trump's participation marked his
  // return"); a surname the page never gives in full, when one person it may be fits.
  const named = doc.people.filter((p) => p.start >= sentence.start && p.end <= at).pop();
  const candidates = named
    ? [{ id: named.personId, start: named.start, end: named.end }]
    : matchesIn(doc, { start: sentence.start, end: at }, 'person').flatMap((mm) =>
        mm.values.flatMap((v) => (v.type === 'person' ? [{ id: v.id, start: mm.start, end: mm.end }] : [])),
      );
  const fits = candidates.flatMap((c) => {
    const then = summitsHeadedSince(doc, c.id, m[1], now, summits);
    return then ? [{ ...c, then }] : [];
  });
  if (fits.length !== 1) return;
  const { then, id } = fits[0];
  const name = doc.facts.people.get(id)?.name ?? doc.text.slice(fits[0].start, fits[0].end);
  out.push(
    eventSupported(
      doc,
      then,
      hull([fits[0], { start: at, end: at + m[0].length }]),
      `${name} was a head of state or government at ${then.name} (${describeEvent(doc, then).when}), and at none of NATO's summits after it before ${now.name}.`,
    ),
  );
}

// "NATO members have not met face to face since 2018, due to the coronavirus pandemic" (June 2021):
// NATO's leaders met in person in London in December 2019. Counted to the article's date: an
// in-person NATO summit after the year said and before the article is on record, so the claim is
// contradicted; "leaders" (whose meetings are the summits) are confirmed when the last in-person
// summit before the article was in that year. Members and allies meet as ministers too, so of them
// only the contradiction is said. Only the present perfect: "had not met since" counts to another day.
const NOT_MET_SINCE_RE = compiledOnFirstRun(
  /\b(?:(NATO|Nato|[Aa]lliance|[Aa]llied)\s+)?(leaders|heads\s+of\s+state\s+and\s+(?:of\s+)?government|members|member\s+states|member\s+countries|allies|countries)\s+(?:have|has)\s*(?:not|n['\u2019]t)\s+(?:(?:all\s+)?met|gathered|come\s+together)\s+(?:face[- ]to[- ]face|in\s+person)\s+since\s+((?:19|20)\d{2})\b/,
);

function notMetSince(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  const m = NOT_MET_SINCE_RE.exec(text);
  // NATO's own members or leaders, by the words themselves: "the two countries' leaders have not met
  // since 2019" on a NATO page is about two of them, whose meetings are not NATO's summits.
  if (!m || !m[1] || !doc.dateCertain) return;
  const year = m[3];
  // In person: a summit with a place (the virtual one of February 2022 has none), over days before
  // the article ("have not met in person since 2019 until Monday's summit" is written after one).
  const before = addDays(doc.asOf, -3);
  const inPerson = summits.filter((e) => e.place && e.status === 'held' && e.confidence === 'verified' && eventDays(e).last < before);
  const after = inPerson.find((e) => e.start.slice(0, 4) > year);
  const start = sentence.start + m.index;
  const span = { start, end: start + m[0].length };
  if (after) {
    const { when, place } = describeEvent(doc, after);
    out.push({
      ...eventSupported(
        doc,
        after,
        span,
        `NATO's leaders met in person after ${year}: ${after.name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
      verdict: 'contradicted',
    });
    return;
  }
  const last = inPerson[inPerson.length - 1];
  if (!last || last.start.slice(0, 4) !== year || !/^(?:leaders|heads)/.test(m[2]) || Number(year) < 2014) return;
  const { when, place } = describeEvent(doc, last);
  out.push(
    eventSupported(
      doc,
      last,
      span,
      `The last in-person NATO summit before this article: ${last.name}, ${when}${place ? `, ${place}` : ''}.`,
    ),
  );
}

/** NATO's summit of `year` that the person attended as a head of state or government, if none after it before `now` and `now` too. */
function summitsHeadedSince(doc: Doc, personId: string, year: string, now: EventRecord, summits: EventRecord[]): EventRecord | null {
  const heads = (doc.facts.officesByPerson.get(personId) ?? []).filter((o) => o.headOf);
  const headed = (e: EventRecord) => heads.some((o) => tenuresOf(personId, o).some((t) => onDay(t, e.start) === 'in'));
  const then = summits.filter((e) => e.start.startsWith(year) && e.status === 'held' && headed(e)).pop();
  if (!then || then.confidence !== 'verified' || !headed(now)) return null;
  return summits.some((e) => e.start > eventDays(then).last && e.start < now.start && headed(e)) ? null : then;
}

// "implementing deterrence measures agreed last year in Warsaw" (May 2017): what NATO's leaders
// agreed at the summit held at that place in that year. A NATO sentence, a time ("last year", "in
// 2016") and the one NATO summit there that year. Confirmed only: others agree things there too.
// The noun: "in accordance with our decision in Madrid last year" (Scholz, June 2023), "the
// decisions we took in Vilnius last year", "our commitment in Wales in 2014".
const AGREED_HINT_RE = compiledOnFirstRun(/\b(?:agreed|decided|pledged|adopted|endorsed|decisions?|commitments?)\b/);
const AGREED_BEFORE_RE =
  /\b(?:agreed|decided|pledged|adopted|endorsed|(?:our|the|their|its)\s+(?:decisions?|commitments?|pledges?)(?:\s+(?:we\s+|they\s+)?(?:took|taken|made))?)\s+(?:(last\s+year|in\s+(?:19|20)\d{2})\s+)?(?:at\s+(?:the|our|their)\s+(?:NATO\s+)?[Ss]ummit\s+)?in\s+$/;
const TIME_AFTER_RE = /^\s+(last\s+year|in\s+(?:19|20)\d{2})\b/;

// Built once (speed, round 41): a literal in agreedAt was a new expression, parsed again, at each call.
const AGREED_AT_RE = compiledOnFirstRun(/\b(?:NATO|Nato|[Aa]llies|[Aa]lliance)\b/);
const AGREED_AT_RE2 = compiledOnFirstRun(/\bour\s+(?:decisions?|commitments?)\b/);
function agreedAt(doc: Doc, sentence: Span, text: string, summits: EventRecord[], out: Annotation[]): void {
  // NATO named in the sentence; or, for "our decision in Madrid" in a leader's words, on a page
  // about a NATO summit that names no other club's in the sentence.
  const nato = AGREED_AT_RE.test(text);
  if (!nato && (!AGREED_AT_RE2.test(text) || !/\bNATO\b/.test(doc.text) || /\b(?:EU|G7|G20|European)\b/.test(text))) return;
  for (const p of matchesIn(doc, sentence, 'place')) {
    const from = Math.max(sentence.start, p.start - 60);
    const before = AGREED_BEFORE_RE.exec(doc.text.slice(from, p.start));
    if (!before) continue;
    const after = before[1] ? null : TIME_AFTER_RE.exec(doc.text.slice(p.end, Math.min(sentence.end, p.end + 20)));
    const time = before[1] ?? after?.[1];
    if (!time) continue;
    const year = /last/.test(time) ? String(Number(doc.asOf.slice(0, 4)) - 1) : time.slice(-4);
    const there = summits.filter(
      (e) =>
        e.start.startsWith(year) &&
        e.status === 'held' &&
        e.confidence === 'verified' &&
        e.place &&
        (placeChain(doc.facts, e.place).includes(p.value.id) || placeChain(doc.facts, p.value.id).includes(e.place)),
    );
    if (there.length !== 1 || there[0].start >= doc.asOf) continue;
    const start = from + before.index;
    const end = after ? p.end + after[0].length : p.end;
    out.push(
      eventSupported(
        doc,
        there[0],
        { start, end },
        `NATO's summit of ${year} was held there: ${there[0].name} (${describeEvent(doc, there[0]).when}).`,
      ),
    );
  }
}
