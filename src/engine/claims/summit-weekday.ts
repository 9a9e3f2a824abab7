// Round 38: a NATO summit told at its place on a weekday of the article's week (held-out 36 qt003, 28 June 2022: "Turkey
// withdrew its veto ..., it announced at the Coalition Summit in Madrid this Monday"; the memorandum was signed on Tuesday
// 28 June, the eve, and the summit sat on 29-30 June). The forms: "at the NATO summit in Madrid on Monday", "during the
// alliance's summit in Vilnius last Tuesday", "at the summit in The Hague this Wednesday".
//
// The summit is the one NATO summit on record at the place said whose eve, days or three days after hold the article's date. The weekday is read as
// the last such day up to the article's date and as the next one after it ("this Monday" may be either; "last Monday" may
// be a week further back), on every day the article may be of when its date is uncertain. Confirmed when every reading
// falls on the summit's days or its eve; contradicted when none falls within a day of them, the record is verified and
// held, and the sentence does not tell of an arrival, a departure or a time before or after the summit (the weekday may be
// the traveller's: "arrived for the summit in Madrid on Monday"). Only "at" or "during" the summit: the weekday is said of
// something done at the summit.
//
// Round 44: the summit named by its weekday ("During a press conference at Monday's NATO meeting in London", held-out 42
// tt008, 3 December 2019: the leaders' meeting opened on Tuesday 3 December with the Queen's reception; Monday was the
// day Trump flew in). The forms: "at Monday's NATO summit in Madrid", "last Tuesday's summit in Vilnius", "Wednesday's
// NATO leaders' meeting in The Hague"; a meeting only with NATO or the leaders in its name (a ministers' meeting is no
// summit). Where the record holds the summit's programme (`programme`: its first part is its opening), the eve is not one
// of its days: nothing of it was held then, so a weekday that falls there is another day.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { Span } from '../sentences';
import { addDays, lastWeekdayOn, weekdayOf } from '../dates';
import { isConfident } from '../holders';
import { placesAgree, placesIn } from './place-chain';
import { describeEvent, eventContradicted, eventDays, eventSupported } from './event-confirmed';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const AT_SUMMIT_RE =
  /\b(?:at|during)\s+(?:the\s+|a\s+|this\s+year['\u2019]s\s+)?(?:[\w'\u2019-]+\s+){0,3}?[Ss]ummit\s+(?:in|at)\s+(?:the\s+)?/g;
const WEEKDAY_AFTER_RE =
  /^,?\s+(on|this|last|this\s+past)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s*,?\s*(?:\(?\s*)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/;
/** Words that put the weekday on a journey or outside the summit's days. */
const AWAY_RE =
  /\b(?:arriv\w*|depart\w*|flew|fly|flying|travel\w*|land\w*|head(?:ed|ing|s)?\s+(?:to|for)|left|leav\w+|ahead|before|after|prior|eve|run-up|preparations?|returned)\b/i;
// "Monday's NATO meeting in London", "last Tuesday's summit in Vilnius", "Wednesday's NATO leaders' meeting at the World
// Forum": the weekday's possessive, at most three words of the summit's name, the summit or NATO's meeting, its place.
const WEEKDAYS_SUMMIT_RE =
  /\b(?:(last|this\s+past)\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)['\u2019]s\s+((?:(?:NATO|Nato|alliance|[Aa]lliance['\u2019]s|leaders['\u2019]?|annual|two-day|anniversary|70th|75th|70th-anniversary|75th-anniversary)\s+){0,3}?)(summit|Summit|meeting|Meeting)\s+(?:in|at)\s+(?:the\s+)?/g;
const NATO_OR_LEADERS_RE = /NATO|Nato|[Aa]lliance|leaders/;
const ONE_WORD_BEFORE_RE = /^[A-Z][\w'\u2019.-]*\s+$/;
const SPACES_RE = /\s+/g;
const FUTURE_RE = /\b(?:will|would|to\s+be|is\s+to|are\s+to)\b/;
const NATO_RE = /\b(?:NATO|Nato|[Aa]lliance)\b/;
const OTHER_CLUB_RE =
  /\b(?:G20|G-20|G7|G-7|EU|European\s+Council|APEC|BRICS|ASEAN|SCO|Commonwealth|African\s+Union|Arab\s+League|peace\s+summit)\b/;

const nextAfter = (day: string, wd: number): string => addDays(day, ((wd - weekdayOf(day) + 6) % 7) + 1);

/** The days a weekday said may be, on each day the article may be of: the last such day and the other reading. */
function readings(doc: Doc, how: string, wd: number): { last: string[]; all: string[] } {
  const pages = doc.dateCertain ? [doc.asOf] : [-2, -1, 0, 1, 2].map((n) => addDays(doc.asOf, n));
  const last: string[] = [];
  const all: string[] = [];
  for (const page of pages) {
    const on = lastWeekdayOn(page, wd);
    if (how === 'last' || how === 'this past') {
      const before = on === page ? addDays(page, -7) : on;
      last.push(before);
      all.push(before, addDays(before, -7));
    } else {
      last.push(on);
      all.push(on, nextAfter(page, wd));
    }
  }
  return { last, all };
}

export function summitWeekday(doc: Doc, sentence: Span, text: string, summits: readonly EventRecord[], out: Annotation[]): void {
  if (OTHER_CLUB_RE.test(text) || AWAY_RE.test(text)) return;
  if (!NATO_RE.test(doc.text)) return;
  // The page reports the summit as under way or just over: from its eve to three days after its close.
  const near = summits.filter((e) => {
    const days = eventDays(e);
    return addDays(days.first, -1) <= doc.asOf && doc.asOf <= addDays(days.last, 3) && e.status === 'held' && !!e.place;
  });
  if (!near.length) return;
  const places = placesIn(doc, sentence);
  /** The place said at `at`, or after one capitalised word before it. */
  const placeAt = (at: number) =>
    places.find((p) => p.start === at || (p.start > at && ONE_WORD_BEFORE_RE.test(doc.text.slice(at, p.start))));
  AT_SUMMIT_RE.lastIndex = 0;
  for (let m = AT_SUMMIT_RE.exec(text); m; m = AT_SUMMIT_RE.exec(text)) {
    const place = placeAt(sentence.start + m.index + m[0].length);
    if (!place) continue;
    const w = WEEKDAY_AFTER_RE.exec(doc.text.slice(place.end, sentence.end));
    if (!w) continue;
    const span = { start: sentence.start + m.index, end: place.end + w[0].length };
    judgeWeekday(doc, text, near, place.value.id, span, w[1].replace(SPACES_RE, ' '), w[2], false, out);
  }
  if (!WEEKDAYS_SUMMIT_RE_HINT.test(text)) return;
  WEEKDAYS_SUMMIT_RE.lastIndex = 0;
  for (let m = WEEKDAYS_SUMMIT_RE.exec(text); m; m = WEEKDAYS_SUMMIT_RE.exec(text)) {
    // A meeting is a summit only as NATO's or the leaders' ("Monday's NATO meeting"; not "Monday's meeting in Brussels").
    if (m[4].toLowerCase() === 'meeting' && !NATO_OR_LEADERS_RE.test(m[3])) continue;
    const place = placeAt(sentence.start + m.index + m[0].length);
    if (!place) continue;
    const span = { start: sentence.start + m.index, end: place.end };
    judgeWeekday(doc, text, near, place.value.id, span, m[1] ? 'last' : 'on', m[2], true, out);
  }
}

const WEEKDAYS_SUMMIT_RE_HINT = /day['\u2019]s\s/;
// Words said to the press or in a speech, which the summit's eve holds too (the Secretary General's pre-summit briefing).
const SAID_RE =
  /\b(?:told|tells|said|says|saying|spoke|speaks|speaking|briefed|briefing|press\s+conference|news\s+conference|reporters|journalists|interview|remarks|warned|urged|insisted|stressed)\b/i;

/**
 * The weekday `name` told (`how`: "on", "this", "last", "this past") of the one summit near the page at `placeId`;
 * `named`: the summit is named by the weekday ("Monday's NATO meeting in London"), not something done at it that day.
 */
function judgeWeekday(
  doc: Doc,
  text: string,
  near: readonly EventRecord[],
  placeId: string,
  span: Span,
  how: string,
  name: string,
  named: boolean,
  out: Annotation[],
): void {
  const there = near.filter((e) => placesAgree(doc.facts, placeId, e.place!));
  if (there.length !== 1) return;
  const e = there[0];
  const days = eventDays(e);
  // The eve counts as the summit's (its dinner, a deal struck on arrival) unless the record's programme says what opened it.
  const eve = e.programme?.length ? days.first : addDays(days.first, -1);
  const said = readings(doc, how, WEEKDAYS.indexOf(name));
  if (out.some((a) => a.start < span.end && span.start < a.end)) return;
  const { when, place: where } = describeEvent(doc, e);
  // Confirmed when the day just past (on every reading of the page's date) is the summit's or its eve, in a sentence of
  // the past ("announced", "agreed"): "on Monday" in the future tense is the next one.
  if (said.last.every((d) => eve <= d && d <= days.last) && !FUTURE_RE.test(text)) {
    if (isConfident(e))
      out.push(eventSupported(doc, e, span, `The day matches the record: ${e.name}, ${when}${where ? `, ${where}` : ''}.`));
    return;
  }
  // A red flag when no reading falls on the summit's days, its eve or the day after its close (in Asia and Oceania the
  // last evening is already the next day). Precision (round 44): words said "at the summit in The Hague on Monday" may be
  // said on its eve even where the programme is on record ("Rutte told reporters at the NATO summit in The Hague on
  // Monday", 23 June 2025: his pre-summit press conference there); what the summit did ("Allies agreed at the NATO summit
  // in The Hague on Monday") and the summit named by its weekday are held to the programme's days.
  const firstFlagged = !named && SAID_RE.test(text) ? addDays(days.first, -1) : eve;
  if (e.confidence !== 'verified' || said.all.some((d) => firstFlagged <= d && d <= addDays(days.last, 1))) return;
  const opened = e.programme?.length ? ` (it opened with ${e.programme[0].what})` : ' (its eve the day before)';
  out.push(
    eventContradicted(
      doc,
      e,
      span,
      `${e.name} was held on ${when}${where ? ` in ${where}` : ''}${opened}; no ${name} of the article's week falls on it.`,
    ),
  );
}
