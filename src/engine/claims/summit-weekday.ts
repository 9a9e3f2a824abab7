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
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { Span } from '../sentences';
import { addDays, lastWeekdayOn, weekdayOf } from '../dates';
import { isConfident } from '../holders';
import { placesAgree, placesIn } from './place-chain';
import { describeEvent, eventContradicted, eventDays, eventSupported } from './event-confirmed';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const AT_SUMMIT_RE = /\b(?:at|during)\s+(?:the\s+|a\s+|this\s+year['’]s\s+)?(?:[\w'’-]+\s+){0,3}?[Ss]ummit\s+(?:in|at)\s+(?:the\s+)?/g;
const WEEKDAY_AFTER_RE =
  /^,?\s+(on|this|last|this\s+past)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!\s*,?\s*(?:\(?\s*)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/;
/** Words that put the weekday on a journey or outside the summit's days. */
const AWAY_RE =
  /\b(?:arriv\w*|depart\w*|flew|fly|flying|travel\w*|land\w*|head(?:ed|ing|s)?\s+(?:to|for)|left|leav\w+|ahead|before|after|prior|eve|run-up|preparations?|returned)\b/i;
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
  if (!/\b(?:NATO|Nato|[Aa]lliance)\b/.test(doc.text)) return;
  // The page reports the summit as under way or just over: from its eve to three days after its close.
  const near = summits.filter((e) => {
    const days = eventDays(e);
    return addDays(days.first, -1) <= doc.asOf && doc.asOf <= addDays(days.last, 3) && e.status === 'held' && !!e.place;
  });
  if (!near.length) return;
  const places = placesIn(doc, sentence);
  AT_SUMMIT_RE.lastIndex = 0;
  for (let m = AT_SUMMIT_RE.exec(text); m; m = AT_SUMMIT_RE.exec(text)) {
    const at = sentence.start + m.index + m[0].length;
    const place = places.find((p) => p.start === at || (p.start > at && /^[A-Z][\w'’.-]*\s+$/.test(doc.text.slice(at, p.start))));
    if (!place) continue;
    const w = WEEKDAY_AFTER_RE.exec(doc.text.slice(place.end, sentence.end));
    if (!w) continue;
    const there = near.filter((e) => placesAgree(doc.facts, place.value.id, e.place!));
    if (there.length !== 1) continue;
    const e = there[0];
    const days = eventDays(e);
    const eve = addDays(days.first, -1);
    const said = readings(doc, w[1].replace(/\s+/g, ' '), WEEKDAYS.indexOf(w[2]));
    const span = { start: sentence.start + m.index, end: place.end + w[0].length };
    if (out.some((a) => a.start < span.end && span.start < a.end)) continue;
    const { when, place: where } = describeEvent(doc, e);
    // Confirmed when the day just past (on every reading of the page's date) is the summit's or its eve, in a sentence of
    // the past ("announced", "agreed"): "on Monday" in the future tense is the next one.
    if (said.last.every((d) => eve <= d && d <= days.last) && !/\b(?:will|would|to\s+be|is\s+to|are\s+to)\b/.test(text)) {
      if (isConfident(e))
        out.push(eventSupported(doc, e, span, `The day matches the record: ${e.name}, ${when}${where ? `, ${where}` : ''}.`));
      continue;
    }
    // A red flag when no reading falls on the summit's days, its eve or the day after its close (in Asia and Oceania the
    // last evening is already the next day).
    if (e.confidence !== 'verified' || said.all.some((d) => eve <= d && d <= addDays(days.last, 1))) continue;
    out.push(
      eventContradicted(
        doc,
        e,
        span,
        `${e.name} was held on ${when}${where ? ` in ${where}` : ''} (its eve the day before); no ${w[2]} of the article's week falls on it.`,
      ),
    );
  }
}
