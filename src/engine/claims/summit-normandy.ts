// The Normandy format itself: when it was formed and which four countries it brings together.
//
// - "The group was formed on June 6, 2014, when leaders from France, Germany, Russia, and Ukraine
//   met on the margins of the 70th anniversary of the D-Day allied landings in Normandy" (December
//   2019), "The Normandy format was created in 2014" (EPA): the founding meeting, on record
//   as the first meeting of the four leaders. Confirmed by a date that fits; a year or day that does
//   not, said right after "formed", "created" or "established" of the Normandy format by name, is
//   contradicted ("the Normandy format was formed in 2015"). "The group" is read only to confirm.
// - "The countries participating in the Normandy-format talks on Donbas are France, Germany, Russia,
//   and Ukraine" (Interfax, August 2020), "The Normandy Format involves four countries, Germany,
//   Russia, Ukraine and France", "the four countries (Germany, Russia, Ukraine and France)": a list
//   of four countries told as its members. All four the format's: confirmed. Three of them and another
//   country, after words that say the list is its members ("are", "involves", "comprises"): contradicted.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { factRange, findDates, formatDay, overlaps } from '../dates';
import { sourcesOf } from '../holders';
import { eventSupported } from './event-confirmed';
import { placesIn } from './place-chain';

const FOUNDING_ID = 'normandy-format-2014-06-06';
const MEMBERS = ['France', 'Germany', 'Russia', 'Ukraine'];

const NAMED = String.raw`Normandy[- ](?:[Ff]ormat|[Ff]our|[Qq]uartet|[Cc]ontact\s+[Gg]roup)`;
const FORMED_RE = new RegExp(
  String.raw`\b(?:(?:[Tt]he\s+)?(${NAMED})|[Tt]he\s+(?:group|format))\s+(?:was\s+|had\s+been\s+)?(?:formed|created|established|set\s+up|launched|born)\b`,
);
// A list of four, with or without the serial comma: "France, Germany, Russia, and Ukraine".
const LIST_RE = /\b([A-Z][a-z]+),\s+([A-Z][a-z]+),\s+([A-Z][a-z]+),?\s+and\s+([A-Z][a-z]+)\b/g;
// What says the list is the format's members, just before it.
const MEMBERS_CUE_RE =
  /\b(?:are|were|comprises|comprised|comprising|consists\s+of|consisting\s+of|involves|involving|includes|including|brings\s+together|bringing\s+together|members?\s+are|(?:four|4)\s+(?:countries|states|nations))\s*[,:(]?\s*(?:the\s+)?(?:(?:four|4)\s+(?:countries|states|nations)\s*[,:(]?\s*)?$/;

// "The Normandy group has not met since December 2019" (April 2021), "Normandy Four leaders have not met since
// the Paris summit in December 2019": the format's last summit before the page, by its month. Confirmed only: its
// advisers and ministers met since, and the fact base holds the leaders' summits alone.
const NOT_MET_SINCE_RE =
  /\bNormandy[- ](?:group|[Ff]ormat|[Ff]our|[Qq]uartet|leaders)\b[^.;]{0,60}?\b(?:has|have|had)\s+not\s+(?:met|convened|gathered)\s+since\s+(?:the\s+[A-Z][a-z]+\s+summit\s+in\s+)?((?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2})\b/;

function notMetSince(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  const m = NOT_MET_SINCE_RE.exec(text);
  if (!m) return;
  const said = findDates(doc.text, sentence.start + m.index + m[0].lastIndexOf(m[1]), sentence.start + m.index + m[0].length, {
    asOf: doc.asOf,
  })[0];
  if (!said || said.granularity !== 'month') return;
  const summits = doc.facts.base.events.filter(
    (x) =>
      x.kind === 'summit' && /^Normandy format summit/.test(x.name) && x.status === 'held' && factRange(x.end ?? x.start).last < doc.asOf,
  );
  const last = summits.reduce<(typeof summits)[number] | null>((a, b) => (!a || b.start > a.start ? b : a), null);
  if (!last || !overlaps(said, factRange(last.end ?? last.start))) return;
  const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  out.push(eventSupported(doc, last, span, `The format's last summit before this article: ${last.name}, ${formatDay(last.start)}.`));
}

export function normandyFormat(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  if (text.includes('not')) notMetSince(doc, sentence, text, out);
  const e = doc.facts.events.get(FOUNDING_ID);
  if (!e) return;
  const formed = /formed|created|established|set up|launched|born/.test(text) ? FORMED_RE.exec(text) : null;
  // "The group": the Normandy format only where it was just named.
  if (formed && (formed[1] || /Normandy/.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.start))))
    founding(doc, sentence, formed, e, out);
  if (/Normandy/.test(text) && text.includes(' and ')) members(doc, sentence, text, e, out);
}

function founding(
  doc: Doc,
  sentence: Span,
  m: RegExpExecArray,
  e: NonNullable<ReturnType<Doc['facts']['events']['get']>>,
  out: Annotation[],
): void {
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  const date = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).find(
    (d) => !d.relative && d.explicitYear && d.start >= end && /^\s*(?:on|in)?\s*$/.test(doc.text.slice(end, d.start)),
  );
  const yearAfter = date ? null : /^\s+in\s+((?:19|20)\d{2})\b/.exec(doc.text.slice(end, sentence.end));
  const said =
    date ??
    (yearAfter
      ? {
          first: `${yearAfter[1]}-01-01`,
          last: `${yearAfter[1]}-12-31`,
          start: end + yearAfter[0].length - 4,
          end: end + yearAfter[0].length,
        }
      : null);
  if (!said) return;
  const span = { start, end: said.end };
  if (overlaps(said, factRange(e.start))) {
    out.push(eventSupported(doc, e, span, `The Normandy format dates from the four leaders' first meeting, on ${formatDay(e.start)}.`));
    return;
  }
  // Only the format named in the phrase, in a sentence of fact, with the record verified.
  if (
    !m[1] ||
    e.confidence !== 'verified' ||
    !doc.dateCertain ||
    /\b(?:would|could|might|may|if)\b/.test(doc.text.slice(sentence.start, sentence.end))
  )
    return;
  out.push({
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'contradicted',
    kind: 'event',
    factIds: [e.id],
    message: `The Normandy format was formed at the four leaders' first meeting, on ${formatDay(e.start)}, not ${doc.text.slice(said.start, said.end)}.`,
    fact: e.summary,
    sources: sourcesOf(e),
  });
}

function members(
  doc: Doc,
  sentence: Span,
  text: string,
  e: NonNullable<ReturnType<Doc['facts']['events']['get']>>,
  out: Annotation[],
): void {
  const normandy = text.search(/\bNormandy\b/);
  LIST_RE.lastIndex = 0;
  for (let m = LIST_RE.exec(text); m; m = LIST_RE.exec(text)) {
    // The list after the name, or right before it ("France, Germany, Russia and Ukraine, the Normandy Four").
    if (m.index < normandy && normandy - (m.index + m[0].length) > 30) continue;
    const listed = m.slice(1, 5);
    const inFormat = listed.filter((c) => MEMBERS.includes(c));
    const start = sentence.start + m.index;
    const span = { start, end: start + m[0].length };
    if (inFormat.length === 4 && new Set(inFormat).size === 4) {
      out.push(
        eventSupported(
          doc,
          e,
          span,
          `The Normandy format brings together France, Germany, Russia and Ukraine, since ${formatDay(e.start)}.`,
        ),
      );
      return;
    }
    if (inFormat.length !== 3 || new Set(inFormat).size !== 3 || e.confidence !== 'verified') continue;
    const other = listed.find((c) => !MEMBERS.includes(c))!;
    // The other must be a country the fact base knows, and the list told as the members.
    if (!placesIn(doc, span).some((p) => doc.text.slice(p.start, p.end) === other)) continue;
    if (m.index < normandy || !MEMBERS_CUE_RE.test(text.slice(Math.max(normandy, m.index - 60), m.index))) continue;
    out.push({
      ...span,
      quote: doc.text.slice(span.start, span.end),
      verdict: 'contradicted',
      kind: 'event',
      factIds: [e.id],
      message: `The Normandy format brings together France, Germany, Russia and Ukraine, not ${other}.`,
      fact: e.summary,
      sources: sourcesOf(e),
    });
    return;
  }
}
