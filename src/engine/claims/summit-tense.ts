// A summit told at a time it cannot be, read against the other summits of NATO's record (round 18).
//
// - A confirmation by place alone of a meeting that began more than a month after the page, announced on no day before
//   it: "At the meeting held at the White House, the leaders discussed ..." (held-out 16 ub107, June 2023, a Biden–
//   Stoltenberg meeting) had confirmed the Washington summit of July 2024, and "During the NATO Summit in Washington,
//   Zelensky might meet Trump" (ub105, June 2025) a White House meeting of August 2025. A meeting no one knew of yet is
//   not the one the page tells of: the confirmation is dropped.
// - "NATO's 75th anniversary summit", "the 50th anniversary summit of our alliance", "Nato's 70th anniversary summit":
//   the summit of the year NATO turned that age (founded 1949). Confirmed when the sentence's summit, identified by its
//   date and place, is that year's; contradicted when it is another year's: "The North Atlantic Treaty Organization's
//   75th anniversary summit is scheduled to be held at the capital of Lithuania on July 11 and 12" (ub107: Vilnius,
//   2023; the 75th was Washington, 2024).
// - "During the NATO Summit in Washington, ... might meet ..." (ub105, 18 June 2025, six days before The Hague summit):
//   a summit said as the frame of what will happen, at the place of a NATO summit already past, while another NATO
//   summit is a few weeks ahead: the summit meant is the coming one, told at the wrong place.
// - "the December NATO meeting in Bucharest" (held-out 16 ud312, January 2023; NATO's foreign ministers met there on
//   29-30 November 2022), "At the July summit in The Hague": a NATO meeting named by its month and its place. The NATO
//   meetings held at that place within eleven months of the page are read; one in the month said is confirmed. When
//   none is, and one alone is near, the month is a slip: contradicted when that meeting lies within three days of the
//   month said (a ministerial: the fact base does not hold every meeting) or when it is a summit of a series the fact
//   base holds complete (NATO's summits: no other was held there).
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { addDays, factRange, findDates, gapDays, overlaps } from '../dates';
import { matchesIn } from '../doc';
import { memoByFacts } from '../memo';
import { isConfident } from '../holders';
import { spansOverlap } from '../sentences';
import { placeChain } from './place-chain';
import { describeEvent, eventContradicted, eventDays, eventSupported, reasonOf } from './event-confirmed';
import { compiledOnFirstRun } from '../triggers';

const FOUNDED = 1949;

// Built once (speed, round 41): a literal in natoSummits was a new expression, parsed again, at each call.
const NATO_SUMMITS_RE = /^nato-(?:summit|leaders-meeting)-\d{4}-/;
const natoSummits = memoByFacts((facts, _: 'all') =>
  facts.base.events
    .filter((e) => (e.kind === 'summit' || e.kind === 'meeting') && NATO_SUMMITS_RE.test(e.id) && e.status === 'held')
    .sort((a, b) => (a.start < b.start ? -1 : 1)),
);

const told = (doc: Doc, e: EventRecord) => {
  const { when, place } = describeEvent(doc, e);
  return `${e.name} (${when}${place ? `, ${place}` : ''})`;
};

const TOLD_PAST_RE = /\b(?:held|met|took\s+place|discussed|gathered|convened|attended)\b/;
// A bare 'was' or 'were' tells the meeting as past only in its own clause ("the talks at NATO headquarters were in part
// prompted by"), not in another ("The key topics in both meetings today were ..., and believe that this agreement
// should be reached ... at the summit in The Hague", held-out 13 b057: the summit to come).
const WAS_RE = /\b(?:was|were)\b/;
const CLAUSE_STOP_RE = /[,;:\u2013\u2014"\u201c\u201d]/;
const TOLD_AHEAD_RE =
  /\b(?:will|would|shall|should|must|next|upcoming|forthcoming|coming|scheduled|set\s+to|due|plans?|planned|expected|hosts?|hosting|ahead|prepar\w*|goal|aims?|hopes?|later|road\s*map|road\s+to|this\s+(?:summer|year|month)|(?:19|20)\d{2})\b/i;

/** The words from the last clause stop before the annotation to the first after its end. */
function clauseAround(doc: Doc, a: Annotation): string {
  const sentence = doc.sentences.find((x) => x.start <= a.start && a.end <= x.end);
  if (!sentence) return '';
  let start = a.start;
  while (start > sentence.start && !CLAUSE_STOP_RE.test(doc.text[start - 1])) start--;
  let end = a.end;
  while (end < sentence.end && !CLAUSE_STOP_RE.test(doc.text[end])) end++;
  return doc.text.slice(start, end);
}

/** A place-only confirmation of a meeting that began over a month after the page and was not announced before it. */
function dropUnannounced(doc: Doc, out: Annotation[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const a = out[k];
    if (a.kind !== 'event' || a.verdict !== 'supported' || reasonOf(a) !== 'place-only') continue;
    const e = doc.facts.events.get(a.factIds[0]);
    if (!e || e.start <= addDays(doc.asOf, 31)) continue;
    if ((e.statusChanges ?? []).some((c) => c.status === 'announced' && c.date <= doc.asOf)) continue;
    // Only a meeting told as past ("the meeting held at the White House, the leaders discussed"), with no word of a
    // plan: "The 2024 summit will be held in Washington", "the next summit in Vilnius" are the summit to come.
    const sentence = doc.sentences.find((x) => x.start <= a.start && a.end <= x.end);
    const said = sentence ? doc.text.slice(sentence.start, sentence.end) : '';
    if ((!TOLD_PAST_RE.test(said) && !WAS_RE.test(clauseAround(doc, a))) || TOLD_AHEAD_RE.test(said)) continue;
    out.splice(k, 1);
  }
}

const ordinal = (n: number) =>
  `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
const ORDINAL_WORDS: Record<string, number> = { fiftieth: 50, sixtieth: 60, seventieth: 70, 'seventy-fifth': 75, eightieth: 80 };
const ANNIVERSARY_SUMMIT_RE =
  /\b(\d{2})(?:st|nd|rd|th)[- ](?:[Aa]nniversary)\s+(?:NATO\s+|Nato\s+)?[Ss]ummit\b|\b(fiftieth|sixtieth|seventieth|seventy-fifth|eightieth)[- ]anniversary\s+(?:NATO\s+|Nato\s+)?summit\b/gi;
const NATO_NEAR_RE = /\b(?:NATO|Nato|North\s+Atlantic\s+Treaty|[Aa]lliance|[Aa]llies)\b/;

/** "NATO's 75th anniversary summit": the summit of the year NATO turned 75. */
function anniversarySummits(doc: Doc, out: Annotation[]): void {
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/nniversary/.test(text) || !NATO_NEAR_RE.test(text)) continue;
    ANNIVERSARY_SUMMIT_RE.lastIndex = 0;
    const m = ANNIVERSARY_SUMMIT_RE.exec(text);
    if (!m) continue;
    const age = m[1] ? Number(m[1]) : ORDINAL_WORDS[m[2].toLowerCase()];
    const year = String(FOUNDED + age);
    const ofYear = natoSummits(doc.facts, 'all').filter((e) => e.start.startsWith(year) && !/extraordinary/i.test(e.name));
    if (ofYear.length !== 1) continue;
    const right = ofYear[0];
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    // The summit the sentence tells of, identified by the event chain by date and place (not by place alone).
    const k = out.findIndex(
      (a) =>
        a.kind === 'event' &&
        a.verdict === 'supported' &&
        a.start >= sentence.start &&
        a.end <= sentence.end &&
        reasonOf(a) !== 'place-only' &&
        /^The date and place match/.test(a.message) &&
        natoSummits(doc.facts, 'all').some((e) => a.factIds.includes(e.id)),
    );
    const other = k >= 0 ? doc.facts.events.get(out[k].factIds[0]) : undefined;
    // "the Nato 76th anniversary summit in Washington": the place said right after the phrase, not the year's summit's.
    const where = matchesIn(doc, sentence, 'place').find(
      (p) => p.start >= span.end && /^\s+(?:in|at)\s+(?:[Tt]he\s+)?$/.test(doc.text.slice(span.end, p.start)),
    );
    if (where && right.place && !placeChain(doc.facts, right.place).includes(where.value.id)) {
      if (!isConfident(right) || !doc.dateCertain) continue;
      const flagged = eventContradicted(
        doc,
        right,
        { start: span.start, end: where.end },
        `NATO's ${ordinal(age)} anniversary summit was ${told(doc, right)}, not in ${doc.facts.places.get(where.value.id)?.name}.`,
      );
      for (let j = out.length - 1; j >= 0; j--) if (out[j].kind === 'event' && spansOverlap(out[j], flagged)) out.splice(j, 1);
      out.push(flagged);
      continue;
    }
    if (other && other.id !== right.id) {
      if (!isConfident(right) || !isConfident(other) || !doc.dateCertain) continue;
      const flagged = eventContradicted(
        doc,
        right,
        { start: span.start, end: Math.max(span.end, out[k].end) },
        `NATO's ${ordinal(age)} anniversary summit was ${told(doc, right)}; the summit told here is ${told(doc, other)}.`,
      );
      out.splice(k, 1);
      for (let j = out.length - 1; j >= 0; j--) if (out[j].kind === 'event' && spansOverlap(out[j], flagged)) out.splice(j, 1);
      out.push(flagged);
      continue;
    }
    if (out.some((a) => a.kind === 'event' && spansOverlap(a, span))) continue;
    // The phrase alone, or with the right summit: confirmed on a page of the summit's year or the year before.
    const pageYear = Number(doc.asOf.slice(0, 4));
    if (pageYear < Number(year) - 1 || right.confidence !== 'verified') continue;
    out.push(eventSupported(doc, right, span, `NATO turned ${age} in ${year}: its anniversary summit was ${told(doc, right)}.`));
  }
}

// "During the NATO Summit in Washington, the President of Ukraine ... might meet with ...": the summit as the frame of
// a clause that tells what will or may happen.
const FRAME_RE = /(?:^|[.!?]\s+|\n)\s*(?:During|At)\s+the\s+(?:upcoming\s+|forthcoming\s+|coming\s+)?NATO\s+[Ss]ummit\s+in\s+$/;
const FUTURE_CLAUSE_RE =
  /^[^.;:!?]{0,120}?\b(?:will|might|may|is\s+expected\s+to|are\s+expected\s+to|plans?\s+to|is\s+set\s+to|are\s+set\s+to)\b/;

function upcomingElsewhere(doc: Doc, out: Annotation[]): void {
  if (!doc.dateCertain) return;
  const summits = natoSummits(doc.facts, 'all');
  // The next NATO summit, beginning within four weeks of the page.
  const next = summits.find((e) => e.start > doc.asOf && e.start <= addDays(doc.asOf, 28));
  if (!next || !next.place || !isConfident(next)) return;
  for (const sentence of doc.sentences) {
    if (!/NATO\s+[Ss]ummit\s+in/.test(doc.text.slice(sentence.start, sentence.end))) continue;
    for (const p of matchesIn(doc, sentence, 'place')) {
      if (!FRAME_RE.test(doc.text.slice(Math.max(0, p.start - 60), p.start))) continue;
      // No year or other time told in the sentence: it would say which summit is meant.
      if (findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).some((d) => d.explicitYear)) continue;
      const after = doc.text.slice(p.end, sentence.end);
      if (!/^,\s/.test(after) || !FUTURE_CLAUSE_RE.test(after)) continue;
      if (placeChain(doc.facts, next.place).includes(p.value.id)) continue;
      // The place named is that of a NATO summit already held (so the words are a summit's), not the coming one's.
      const past = summits.filter((e) => eventDays(e).last < doc.asOf && !!e.place && placeChain(doc.facts, e.place).includes(p.value.id));
      if (!past.length) continue;
      const start = p.start - FRAME_RE.exec(doc.text.slice(Math.max(0, p.start - 60), p.start))![0].trimStart().length;
      const span = { start: Math.max(sentence.start, start), end: p.end };
      for (let j = out.length - 1; j >= 0; j--) if (out[j].kind === 'event' && spansOverlap(out[j], span)) out.splice(j, 1);
      const last = past[past.length - 1];
      out.push(
        eventContradicted(
          doc,
          next,
          span,
          `The NATO summit ahead of the page is ${told(doc, next)}; the summit held in ${doc.facts.places.get(p.value.id)?.name} was ${told(doc, last)}.`,
        ),
      );
    }
  }
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_MEETING_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`\b(?:the\s+(${MONTHS})|(${MONTHS})['\u2019]s)\s+(NATO\s+|Nato\s+|Allied\s+)?(summit|meeting|ministerial|(?:foreign|defen[cs]e)\s+ministers['\u2019]?\s+meeting)\s+(?:in|at)\s+(?:[Tt]he\s+)?$`,
  ),
);
const natoMeetings = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter(
    (e) =>
      e.status === 'held' &&
      !!e.place &&
      /^nato-(?:summit|leaders-meeting|foreign-ministers|defen[cs]e-ministers|extraordinary-summit)-/.test(e.id),
  ),
);

/** "the December NATO meeting in Bucharest": a NATO meeting named by its month and place. */
function monthMeetings(doc: Doc, out: Annotation[]): void {
  const months = MONTHS.split('|');
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\b(?:NATO|Nato|[Aa]llie[sd]|[Aa]lliance)\b/.test(text)) continue;
    for (const p of matchesIn(doc, sentence, 'place')) {
      const m = MONTH_MEETING_RE.exec(doc.text.slice(Math.max(sentence.start, p.start - 80), p.start));
      if (!m) continue;
      const summitWord = /summit/i.test(m[4]);
      // NATO's: in the phrase, or the sentence names NATO, or a summit of a page about NATO told with its allies.
      if (!m[3] && !/\b(?:NATO|Nato)\b/.test(text) && !(summitWord && /\bNATO\b/.test(doc.text))) continue;
      const month = months.indexOf(m[1] ?? m[2]) + 1;
      const matchStart = Math.max(sentence.start, p.start - 80) + m.index;
      const span = { start: matchStart, end: p.end };
      // A record matched by the place alone that was not held in the month said is not the meeting meant.
      for (let k = out.length - 1; k >= 0; k--) {
        const a = out[k];
        if (a.kind !== 'event' || a.verdict !== 'supported' || reasonOf(a) !== 'place-only' || !spansOverlap(a, span)) continue;
        const x = doc.facts.events.get(a.factIds[0]);
        if (x && Number(x.start.slice(5, 7)) !== month && Number((x.end ?? x.start).slice(5, 7)) !== month) out.splice(k, 1);
      }
      const near = { first: addDays(doc.asOf, -330), last: addDays(doc.asOf, 330) };
      const there = natoMeetings(doc.facts, 'all').filter(
        (e) =>
          placeChain(doc.facts, e.place!).includes(p.value.id) &&
          overlaps(eventDays(e), near) &&
          // A summit word names a summit; "meeting" or "ministerial" either kind.
          (!summitWord || /summit|leaders/.test(e.id)),
      );
      if (there.length !== 1) continue;
      const e = there[0];
      // The month said, in the year nearest the meeting.
      const y = Number(e.start.slice(0, 4));
      const said = [y - 1, y, y + 1]
        .map((yy) => factRange(`${yy}-${String(month).padStart(2, '0')}`))
        .sort((a, b) => gapDays(a, eventDays(e)) - gapDays(b, eventDays(e)))[0];
      if (out.some((a) => a.kind === 'event' && spansOverlap(a, span))) continue;
      const gap = gapDays(said, eventDays(e));
      if (gap === 0) {
        if (e.confidence === 'verified')
          out.push(eventSupported(doc, e, span, `The NATO meeting held there in that month: ${told(doc, e)}.`));
        continue;
      }
      const complete = [...doc.facts.eventSeries.values()].some(
        (s) => s.events.includes(e.id) && isConfident(s) && s.from <= said.first && said.last <= s.through,
      );
      if (!(gap <= 3 || (complete && summitWord)) || !isConfident(e) || !doc.dateCertain) continue;
      // Other dates in the sentence would be the meeting's: left to the event detector.
      if (findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).some((d) => !d.relative && !overlaps(d, said))) continue;
      out.push(
        eventContradicted(
          doc,
          e,
          span,
          `The NATO meeting held in ${doc.facts.places.get(p.value.id)?.name} then was ${told(doc, e)}, not in ${m[1] ?? m[2]}.`,
        ),
      );
    }
  }
}

// Built once (speed, round 41): a literal in withSummitTenses was a new expression, parsed again, at each call.
const WITH_SUMMIT_TENSES_RE = /nniversary/;
const WITH_SUMMIT_TENSES_RE2 = /NATO\s+[Ss]ummit\s+in/;
const WITH_SUMMIT_TENSES_RE3 = compiledOnFirstRun(
  /(?:ber|ary|rch|pril|May|une|uly|gust)(?:['\u2019]s)?\s+(?:NATO\s+|Nato\s+|Allied\s+)?(?:summit|meeting|ministerial|foreign|defen)/,
);
/** The event detector, with summits told at a time they cannot be. */
export function withSummitTenses(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (out.length) dropUnannounced(doc, out);
      if (WITH_SUMMIT_TENSES_RE.test(doc.text)) anniversarySummits(doc, out);
      if (WITH_SUMMIT_TENSES_RE2.test(doc.text)) upcomingElsewhere(doc, out);
      if (WITH_SUMMIT_TENSES_RE3.test(doc.text)) monthMeetings(doc, out);
      return out;
    },
  };
}
