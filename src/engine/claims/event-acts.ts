// One-off dated acts of the war's diplomacy that the fact base records as events, told by what was done rather than by
// who met where: "In Minsk today (1 October), the Trilateral Contact Group ... agreed on the text of the "Steinmeier
// formula"" (German Foreign Office, 1 October 2019), "Ukraine signed the Steinmeier formula on October 1", "Russia on
// Friday spelled out its demands for new security guarantees from the United States and NATO" (AP, 18 December 2021),
// "The publication of the demands -- contained in a proposed Russia-U.S. security treaty and a security agreement between
// Moscow and NATO". The event reader needs a word of meeting ("met", "talks") and a person or place it knows; an
// agreement reached or a draft published has neither.
//
// Each act is a row: the words that name it, beyond doubt, and its record. Confirmed when the day told (or the weekday,
// or "today", read from the page's date) falls on the record's days, or, with no day told, when the act is told as done
// and the page is dated after it. Not flagged: the same act is told a day off by time zone and by which step is meant
// (Ukraine agreed to the formula's text in writing on 1 October, its foreign minister on 2 September; Russia handed its
// drafts to the US on 15 December and published them on the 17th). Only an act of one step (`flagOff`: NATO's Sentry
// activities, announced and begun the same day) is contradicted, by a day or month ten days or more away.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { addDays, findDates, gapDays, lastWeekdayOn, overlaps, type DateMention } from '../dates';
import { isConfident } from '../holders';
import { spansOverlap, type Span } from '../sentences';
import { gated, testWarm, warmed } from '../triggers';
import { memoByFacts } from '../memo';
import { placesAgree, placesIn } from './place-chain';
import { describeEvent, eventContradicted, eventDays, eventSupported } from './event-confirmed';

interface Act {
  /** The record. */
  event: string;
  /** The act named beyond doubt, in one sentence (the span confirmed). */
  act: RegExp;
  /** A form that tells the act as a thing that exists (a draft proposed): confirmed on a page dated after it, no day needed. */
  undated?: RegExp;
  /** What the sentence must also name, when the act's words alone are another act's too (an EDCA with another country). */
  context?: RegExp;
  /**
   * A written day or month well away from the record is wrong: an act done on one day with no earlier step a writer may
   * mean (a NATO activity launched and announced the same day).
   */
  flagOff?: true;
}

// Round 33: NATO's "Sentry" activities, told by their launch: "On February 11, NATO launched a new mission, Arctic Sentry",
// "NATO began Eastern Sentry on 12 September", "Baltic Sentry, launched in January 2025". Each was announced and begun on
// one day, so a day or month written out well away from it is contradicted (a word of plan or denial before it keeps it
// quiet, as for every act here); a later step ("expanded", "extended") is another act and is not read.
const LAUNCHED = String.raw`(?:launched|launches|began|begins|started|starts|initiated|kicked\s+off|unveiled|activated|set\s+up|stood\s+up|announced\s+the\s+(?:launch|start)\s+of)`;
const sentryAct = (event: string, name: string): Act => ({
  event,
  act: new RegExp(
    String.raw`\b${LAUNCHED}\s+(?:(?:a|an|the|its|NATO['\u2019]s|new|naval|military|multi-domain|enhanced|vigilance|mission|operation|activity|initiative|,)\s*){0,5}["\u201c\u2018']?${name}\s+Sentry\b|\b${name}\s+Sentry["\u201d\u2019']?,?\s+(?:(?:which|that)\s+)?(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?(?:launched|started|begun|began|initiated|unveiled|activated|set\s+up|kicked\s+off)\b`,
  ),
  flagOff: true,
});

// Round 35: a Secretary General's appointment told by its day, "Mark Rutte ... was officially named the new secretary general
// of Nato on Wednesday" (held-out 33 oe001, 26 June 2024), "NATO allies appointed Rutte as their next chief on June 26",
// "the Allies chose Stoltenberg to lead NATO on Friday": the appointee named in the sentence (the act's context), the post
// named with the alliance. Confirmed by its day; not flagged (the news is told a day late, and "named" may be a nomination).
const SG_POST = String.raw`(?:(?:the|its|their|NATO['\u2019]s|the\s+alliance['\u2019]s)\s+)?(?:new\s+|next\s+|future\s+|13th\s+|14th\s+)?(?:[Ss]ecretary[- ][Gg]eneral|chief|head|leader)`;
const sgAppointment = (event: string, surname: string): Act => ({
  event,
  act: new RegExp(
    String.raw`\b(?:(?:was|been|is|were)\s+(?:(?:officially|formally|unanimously)\s+)?(?:named|appointed|chosen|selected|picked|confirmed|tapped|designated)\s+(?:as\s+)?${SG_POST}(?:\s+of\s+(?:NATO|Nato|the\s+(?:alliance|Alliance|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)))?|(?:named|appointed|chose|selected|picked|confirmed|tapped|designated)\s+(?:\w+\s+){0,2}?${surname}\s+(?:as\s+)?${SG_POST})`,
  ),
  context: new RegExp(
    String.raw`\b${surname}\b[\s\S]*\b(?:NATO|Nato|[Aa]lliance|Allies|allies)\b|\b(?:NATO|Nato|[Aa]lliance|Allies|allies)\b[\s\S]*\b${surname}\b`,
  ),
});

const VERB_AGREED = String.raw`(?:agreed|signed|initialled|initialed|approved|endorsed|accepted|adopted)`;
const ACTS: readonly Act[] = [
  {
    event: 'tcg-minsk-2019-10-01',
    // "agreed on the text of the "Steinmeier formula"", "signed the Steinmeier formula", "the Steinmeier formula was agreed".
    act: new RegExp(
      String.raw`\b${VERB_AGREED}\s+(?:on\s+|to\s+)?(?:the\s+)?(?:text\s+of\s+(?:the\s+)?)?["\u201c\u201d'\u2018\u2019]?Steinmeier\s+[Ff]ormula|\bSteinmeier\s+[Ff]ormula["\u201c\u201d'\u2018\u2019]?,?\s+(?:was|were|had\s+been|has\s+been|which\s+was)\s+${VERB_AGREED}`,
    ),
  },
  {
    event: 'russia-security-drafts-2021-12-17',
    // "Russia on Friday spelled out its demands for new security guarantees", "the Russian Foreign Ministry published
    // draft agreements with the United States on security guarantees", "Moscow released its draft security treaty".
    act: /\b(?:Russia|Moscow|the\s+Kremlin|Russian\s+Foreign\s+Ministry|Russia['\u2019]s\s+Foreign\s+Ministry)\b[^.;!?]{0,25}?\b(?:published|released|spelled\s+out|unveiled|made\s+public|set\s+out|laid\s+out)\s+(?:its\s+|their\s+|the\s+|two\s+)?(?:(?:demands|proposals|draft\s+(?:security\s+)?(?:treaty|treaties|agreements?|documents|proposals|pacts?))\s+(?:for|on|with)\s+(?:new\s+|legal\s+)?security\s+guarantees|draft\s+security\s+(?:treaty|treaties|agreements?|pacts?|demands|proposals)|security\s+(?:demands|proposals))/,
    // "a proposed Russia-U.S. security treaty and a security agreement between Moscow and NATO": both drafts named.
    undated:
      /\b(?:proposed|draft)\s+(?:Russia[-\u2013]U\.?S\.?|U\.?S\.?[-\u2013]Russia(?:n)?|Russian[-\u2013]American)\s+security\s+(?:treaty|pact)\b[^.;!?]{0,40}\bsecurity\s+(?:agreement|pact|accord)\s+(?:between\s+(?:Moscow|Russia)\s+and\s+NATO|with\s+NATO)\b/,
  },
  {
    // Round 32: "In Warsaw on Saturday ..., Pompeo and Poland's defense minister signed an Enhanced Defense Cooperation
    // Agreement" (held-out 30 na039, 15 August 2020). The Philippines signed an agreement of that name with the US in
    // 2014: Poland must be named.
    event: 'us-poland-edca-2020-08-15',
    act: /\b(?:signed|inked)\s+(?:an?\s+|the\s+|their\s+)?(?:new\s+|historic\s+)?(?:(?:US|U\.S\.)[-\u2013](?:Poland|Polish)\s+|(?:Polish|Poland)[-\u2013](?:US|U\.S\.|American)\s+)?Enhanced\s+Defen[cs]e\s+Cooperation\s+Agreement\b|\bEnhanced\s+Defen[cs]e\s+Cooperation\s+Agreement(?:\s+\(EDCA\))?,?\s+(?:was|were|had\s+been|has\s+been)\s+(?:signed|inked)\b/,
    context: /\b(?:Poland|Polish|Warsaw|B\u0142aszczak|Blaszczak)\b/,
  },
  // Round 35: "Kyiv and Washington signed a long-anticipated rare-minerals deal on April 30" (held-out 33 oa032, May 2025),
  // "the US and Ukraine signed the minerals agreement on Wednesday", "the minerals deal, signed on 30 April": signed once, by
  // the two governments (the memorandum of intent of 17 April is "a memorandum", not read). Confirmed by its day, or with
  // none on a page after it.
  {
    event: 'us-ukraine-minerals-agreement-2025-04-30',
    act: new RegExp(
      String.raw`\b(?:signed|inked|sealed)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:(?:rare[- ]earths?|rare[- ]minerals?|critical[- ]minerals?|minerals?|mineral[- ]resources?|natural[- ]resources?)\s+(?:deal|agreement|accord|pact)|Reconstruction\s+Investment\s+Fund)\b|\b(?:minerals?|rare[- ]earths?|mineral[- ]resources?)\s+(?:deal|agreement|accord|pact),?\s+(?:(?:which|that)\s+)?(?:was\s+|were\s+|has\s+been\s+|had\s+been\s+)?signed\b`,
    ),
    context:
      /\b(?:Ukrain\w*|Kyiv|Kiev)\b[\s\S]*\b(?:U\.?S\.?|United\s+States|Washington|American|Bessent|Trump)\b|\b(?:U\.?S\.?|United\s+States|Washington|American|Bessent|Trump)\b[\s\S]*\b(?:Ukrain\w*|Kyiv|Kiev)\b/,
  },
  sgAppointment('nato-sg-appointment-2014-03-28', 'Stoltenberg'),
  sgAppointment('nato-sg-appointment-2024-06-26', 'Rutte'),
  sentryAct('nato-baltic-sentry-2025-01-14', 'Baltic'),
  sentryAct('nato-eastern-sentry-2025-09-12', 'Eastern'),
  sentryAct('nato-arctic-sentry-2026-02-11', 'Arctic'),
];

const ACT_HINT_RE = gated(
  /Steinmeier|security guarantees|security treaty|security demands|security proposals|draft security|Enhanced Defen[cs]e Cooperation| Sentry|inerals? (?:deal|agreement|accord|pact)|are[- ]earths? (?:deal|agreement|accord|pact)|esources? (?:deal|agreement|accord|pact)|Reconstruction Investment Fund|(?:named|appointed|chosen|chose|selected|picked|confirmed|tapped|designated) /,
);
// A day told of something else: "since", "before", "until" a day, or the day a statement about the act was made later.
const OTHER_TIME_BEFORE_RE = /\b(?:since|before|until|after|by)\s+$/i;
// Wished, feared or denied: no claim that it was done.
// Lower case only: the month May is no "may".
const NOT_DONE_RE = /\b(?:[Ii]f|would|could|might|may|refus\w+|[Rr]eject\w*|not|never|yet\s+to|expected\s+to|plans?\s+to|will)\b/;

function findActs(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!ACT_HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!ACT_HINT_RE.test(text)) continue;
    for (const act of ACTS) {
      const e = doc.facts.events.get(act.event);
      if (!e || e.status !== 'held' || !isConfident(e)) continue;
      if (act.context && !testWarm(act.context, text)) continue;
      const m = warmed(act.act, text).exec(text);
      if (m) {
        const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        // The words before the act in its clause: "Kyiv refused to sign the Steinmeier formula".
        const head = text.slice(Math.max(0, text.lastIndexOf(',', m.index) + 1), m.index);
        if (NOT_DONE_RE.test(head) || NOT_DONE_RE.test(m[0])) continue;
        const a = dated(doc, sentence, span, e, act.flagOff);
        if (a && !out.some((b) => spansOverlap(a, b))) out.push(a);
        continue;
      }
      const u = act.undated ? warmed(act.undated, text).exec(text) : null;
      if (!u || doc.asOf < e.start) continue;
      const span = { start: sentence.start + u.index, end: sentence.start + u.index + u[0].length };
      const { when } = describeEvent(doc, e);
      out.push(eventSupported(doc, e, span, `On record: ${e.name}, ${when}.`));
    }
  }
  return out;
}

/** The act told with a day that falls on the record, or with none and the page dated on or after it. */
function dated(doc: Doc, sentence: Span, span: Span, e: EventRecord, flagOff = false): Annotation | null {
  const days = eventDays(e);
  // The act's own clause: "..., seeking pledges that would halt NATO's expansion" would read "Friday" as the next one.
  const cut = /[,;]/.exec(doc.text.slice(span.end, sentence.end));
  const clauseEnd = cut ? span.end + cut.index : sentence.end;
  const dates = findDates(doc.text, sentence.start, clauseEnd, { asOf: doc.asOf }).filter(
    (d) => !OTHER_TIME_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, d.start - 8), d.start)),
  );
  const { when, place } = describeEvent(doc, e);
  const where = place ? `, ${place}` : '';
  if (!dates.length) {
    // "today" and no day at all: the act of the page's day, or one told in the past on a later page.
    if (doc.asOf < days.first) return null;
    return eventSupported(doc, e, span, `On record: ${e.name}, ${when}${where}.`);
  }
  const fit = dates.find((d) => d.granularity !== 'year' && overlaps(d.through ? { first: d.first, last: d.through } : d, days));
  if (!fit) return flagOff ? offDay(doc, span, e, dates) : null;
  const hull = { start: Math.min(span.start, fit.start), end: Math.max(span.end, fit.end) };
  // The day in the span when it stands near the act; far off, the act alone.
  const near = hull.end - hull.start <= span.end - span.start + 60;
  return eventSupported(doc, e, near ? hull : span, `The date matches the record: ${e.name}, ${when}${where}.`);
}

/**
 * One day or month written out, of the act's year or with its year, ten days or more from the record's: contradicted on a
 * page of certain date. A day the writer leaves to the page ("on Friday") is never judged.
 */
function offDay(doc: Doc, span: Span, e: EventRecord, dates: DateMention[]): Annotation | null {
  if (!doc.dateCertain || dates.length !== 1 || !isConfident(e)) return null;
  const [d] = dates;
  if (d.relative || (d.granularity !== 'day' && d.granularity !== 'month')) return null;
  const days = eventDays(e);
  if (!d.explicitYear && d.first.slice(0, 4) !== days.first.slice(0, 4)) return null;
  if (gapDays(d, days) < 10) return null;
  const { when } = describeEvent(doc, e);
  const hull = { start: Math.min(span.start, d.start), end: Math.max(span.end, d.end) };
  return eventContradicted(doc, e, hull, `${e.name} on ${when}, not ${doc.text.slice(d.start, d.end)}.`);
}

// Round 35: a recorded visit told by the visitor's arrival, "On Monday, the POTUS arrived in Ukraine's capital Kyiv
// unannounced" (held-out 33 oa021, 20 February 2023, after "the surprise visit by the US President" and before "Biden's
// visit"): the place right after "in" agrees with a visit's, the visitor (the record's first participant) is named by
// surname in the sentence or the one either side, and the day told (a weekday counted from the page) is the visit's, or,
// with none told, the page is of the visit's day or the next. Confirm-only: a leader arrives in a capital many times.
const ARRIVED_RE = /\b(?:arrived|arrives|landed|lands)\s+(?:[a-z]+\s+){0,2}?in\s+/g;
const NOT_YET_RE = /\b(?:will|would|expected|plans?|planned|due|set\s+to|if|before|after|since|until)\s+(?:\w+\s+){0,2}$/i;
const visitRecords = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter((e) => e.kind === 'visit' && e.status === 'held' && e.place && e.participants.length > 0),
);

function arrivals(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const visits = visitRecords(doc.facts, 'all');
  if (!visits.length) return out;
  for (const [i, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\b(?:arrived|arrives|landed|lands)\s/.test(text)) continue;
    ARRIVED_RE.lastIndex = 0;
    for (let m = ARRIVED_RE.exec(text); m; m = ARRIVED_RE.exec(text)) {
      if (NOT_YET_RE.test(text.slice(0, m.index))) continue;
      const at = sentence.start + m.index + m[0].length;
      const place = placesIn(doc, { start: at, end: Math.min(sentence.end, at + 60) }).find((p) =>
        /^(?:(?:the\s+)?(?:[\w'\u2019]+\s+){0,3})?$/.test(doc.text.slice(at, p.start)),
      );
      if (!place) continue;
      const around = doc.text.slice(doc.sentences[Math.max(0, i - 1)].start, doc.sentences[Math.min(doc.sentences.length - 1, i + 1)].end);
      const days = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => d.granularity === 'day');
      for (const e of visits) {
        if (!isConfident(e) || !placesAgree(doc.facts, place.value.id, e.place!)) continue;
        const visitor = doc.facts.people.get(e.participants[0])?.name.split(/\s+/).pop();
        if (!visitor || !around.includes(visitor)) continue;
        const span = { start: sentence.start + m.index, end: place.end };
        if (days.length ? days.length !== 1 || !overlaps(days[0], eventDays(e)) : gapDays(factRangeOf(doc.asOf), eventDays(e)) > 1)
          continue;
        const { when, place: where } = describeEvent(doc, e);
        out.push(
          eventSupported(
            doc,
            e,
            days.length ? hullOf(span, days[0]) : span,
            `The visit matches the record: ${e.name}, ${when}${where ? `, ${where}` : ''}.`,
          ),
        );
        break;
      }
    }
  }
  return out;
}
const factRangeOf = (day: string) => ({ first: day, last: day });
const hullOf = (a: Span, b: Span): Span =>
  Math.abs(a.start - b.end) <= 40 || Math.abs(b.start - a.end) <= 40
    ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }
    : a;

// Round 36: the allies' agreement at a NATO summit told with a weekday, on a page of the summit's days: "NATO allies on
// Thursday agreed to a new defense spending target of 5% of gross domestic product" (held-out 33 og001 and held-out 18 wd302,
// pages dated by estimate to 25 June 2025; The Hague's one working session was on Wednesday 25 June). The weekday is read as
// the last one on or before the page's day (on a page dated by estimate, for every day it may have been written: its date,
// the two days before and three after). Confirmed when the page's date is certain and the day falls on the summit's days;
// contradicted when every reading falls two days or more after the summit closed (a day before it may be the ambassadors'
// agreement on the text; the day after, the last evening's local date in Asia). The sentence names the alliance's members and what a summit agrees (a target, spending, a declaration, the summit).
// Held-out 33 og001 itself stays quiet: on a page of Wednesday 25 June, "Thursday" reads as the 19th.
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const WEEKDAY = String.raw`(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)`;
const ALLIES_AGREED_RE = new RegExp(
  String.raw`\b(?:(?:NATO|Nato)(?:['\u2019]s)?\s+(?:allies|leaders|members|member\s+(?:states|countries|nations)|[Hh]eads\s+of\s+[Ss]tate\s+and\s+[Gg]overnment)|(?:NATO|Nato)|the\s+(?:allies|alliance['\u2019]s\s+(?:leaders|members)))\s+(?:on\s+${WEEKDAY}\s+(?:\(\d{1,2}\s+[A-Z][a-z]+\)\s+)?)?(?:(?:formally|officially|unanimously|finally)\s+)?(?:agreed|adopted|endorsed|approved|pledged|committed|signed\s+off)\b(?:[^.;!?]{0,40}?\bon\s+${WEEKDAY}\b)?`,
);
const HEADS_RE = /\b(?:NATO|Nato)(?:['\u2019]s)?\s+[Hh]eads\s+of\s+[Ss]tate\s+and\s+[Gg]overnment\b/;
const SUMMIT_MATTER_RE = /\bsummit|[Dd]eclaration|communiqu|spending|target|\d\s*%|per\s*cent|percent|GDP|gross domestic product/;
const natoSummitsHeld = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.id.startsWith('nato-') && e.status === 'held' && isConfident(e)),
);

function summitAgreedWeekday(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const summit = natoSummitsHeld(doc.facts, 'all').find((e) => {
    const days = eventDays(e);
    return days.first <= doc.asOf && doc.asOf <= addDays(days.last, 2);
  });
  if (!summit) return out;
  const days = eventDays(summit);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    // Round 37: "NATO Heads of State and Government on Monday (14 June) agreed a set of proposals under the NATO 2030 banner"
    // (held-out 35 qi007): the heads of state and government agree only at a summit, whatever the matter.
    if (!/day\b/.test(text) || (!SUMMIT_MATTER_RE.test(text) && !HEADS_RE.test(text))) continue;
    const m = ALLIES_AGREED_RE.exec(text);
    const told = m && (m[1] ?? m[2]);
    if (!m || !told || (m[1] && m[2])) continue;
    if (NOT_DONE_RE.test(text.slice(0, m.index))) continue;
    const wd = WEEKDAYS.indexOf(told);
    const own = lastWeekdayOn(doc.asOf, wd);
    const readings = (doc.dateCertain ? [0] : [-2, -1, 0, 1, 2, 3]).map((n) => lastWeekdayOn(addDays(doc.asOf, n), wd));
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const { when } = describeEvent(doc, summit);
    // Not confirmed where the sentence names a summit: the summit readers (summit-forms.ts) leave a sentence with an event
    // confirmed alone, and "... and announced that the alliance will hold its next summit in Turkey" is theirs to read.
    if (doc.dateCertain && days.first <= own && own <= days.last && !/[Ss]ummit/.test(text))
      out.push(eventSupported(doc, summit, span, `The day matches the record: ${summit.name}, ${when}.`));
    // A day before the summit may be the ambassadors' agreement on its text ("NATO allies agreed on Sunday to a new defence
    // spending target", Reuters, 22 June 2025): only days after its close are beyond doubt.
    // The day after the close is left too: in Asia and Oceania the summit's last evening is already the next day.
    else if (readings.every((d) => d > addDays(days.last, 1)))
      out.push(eventContradicted(doc, summit, span, `${summit.name} was held on ${when}; the allies agreed there, not on a ${told}.`));
  }
  return out;
}

// Built once (speed, round 41): a literal in withEventActs was a new expression, parsed again, at each call.
const WITH_EVENT_ACTS_RE = /\b(?:arrived|arrives|landed|lands)\s/;
/** The event detector, with the war's one-off dated acts told by what was done. */
export function withEventActs(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      for (const a of findActs(doc)) if (!out.some((b) => spansOverlap(a, b) && b.kind === 'event')) out.push(a);
      for (const a of summitAgreedWeekday(doc)) if (!out.some((b) => spansOverlap(a, b) && b.kind === 'event')) out.push(a);
      if (WITH_EVENT_ACTS_RE.test(doc.text))
        for (const a of arrivals(doc)) if (!out.some((b) => spansOverlap(a, b) && b.kind === 'event')) out.push(a);
      return out;
    },
  };
}
