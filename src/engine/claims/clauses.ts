// Clauses: the part of a sentence a date or a place belongs to. "Rutte, ahead of his meeting
// with Trump on Wednesday, criticised their talks last week" speaks of two events; a date must
// be compared with the event of its own clause, never with the other one.
import type { Span } from '../sentences';
import type { Doc } from '../doc';
import { firstAtOrAfter, matchesIn } from '../doc';
import { findDates, type DateMention } from '../dates';
import { holdersOn } from '../holders';
import { compiledOnFirstRun, warmed } from '../triggers';

const CLAUSE_BREAK =
  /;|:\s|\s[\u2014\u2013]\s|,\s+(?:while|but|whereas|which|who|where|when|as|although|though)\b|\s(?:while|but|after|following|before|when|whereas|although)\s/g;

export function splitClauses(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  let start = sentence.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = warmed(CLAUSE_BREAK, slice).exec(slice); m; m = CLAUSE_BREAK.exec(slice)) {
    const at = sentence.start + m.index;
    if (at > start) out.push({ start, end: at });
    start = at;
  }
  if (start < sentence.end) out.push({ start, end: sentence.end });
  return out;
}

export interface PersonRef {
  personId: string;
  start: number;
  end: number;
}

/** People named in the span, including by a fixed title alone ("the Kremlin leader" is the holder on that day). */
export function peopleIn(doc: Doc, span: Span): PersonRef[] {
  const out: PersonRef[] = [];
  for (let i = firstAtOrAfter(doc.people, span.start); i < doc.people.length && doc.people[i].start < span.end; i++) {
    const p = doc.people[i];
    if (p.end <= span.end) out.push({ personId: p.personId, start: p.start, end: p.end });
  }
  for (const m of matchesIn(doc, span, 'fixed')) {
    const next = doc.people.find((p) => p.start >= m.end && p.start - m.end <= 2);
    if (next) continue; // "Kremlin spokesman Dmitry Peskov": the name is already there
    const office = doc.facts.offices.get(m.value.office);
    const holder = office && holdersOn(office, doc.asOf)[0];
    if (holder) out.push({ personId: holder.holder.person, start: m.start, end: m.end });
  }
  return out;
}

const FUTURE_TENSE_RE = compiledOnFirstRun(
  /\b(will|would|is expected|are expected|is set to|are set to|is scheduled|are scheduled|plans? to|upcoming|is due|are due)\b/i,
);

/**
 * The dates of a document's spans, by span: a dozen detectors ask for the dates of the same
 * sentence, and reading them is a large regular expression and a resolution each time. Per
 * document (a copy dated otherwise, for a narrated time, is another document).
 */
interface SpanDates {
  end: number;
  sentenceStart: number;
  sentenceEnd: number;
  dates: DateMention[];
}

/**
 * The documents asked last, with their dates by span start: a paragraph's document is asked many
 * times and then never again, so a few recent ones are kept rather than one entry per document
 * in a WeakMap (which cost more to fill than the lookups it saved). A detector that judges a
 * copy dated otherwise alternates between two.
 */
const RECENT_DOCS = 4;
const recentDocs: Array<{ doc: Doc; bySpanStart: Map<number, SpanDates[]> }> = [];

function datesByStartOf(doc: Doc): Map<number, SpanDates[]> {
  for (const r of recentDocs) if (r.doc === doc) return r.bySpanStart;
  const bySpanStart = new Map<number, SpanDates[]>();
  recentDocs.unshift({ doc, bySpanStart });
  if (recentDocs.length > RECENT_DOCS) recentDocs.pop();
  return bySpanStart;
}

export function datesIn(doc: Doc, span: Span, sentence: Span): DateMention[] {
  const bySpanStart = datesByStartOf(doc);
  let known = bySpanStart.get(span.start);
  if (!known) bySpanStart.set(span.start, (known = []));
  let entry = known.find((k) => k.end === span.end && k.sentenceStart === sentence.start && k.sentenceEnd === sentence.end);
  if (!entry) {
    // The tense is the sentence's, not the clause's ("is expected ... on Wednesday").
    const future = FUTURE_TENSE_RE.test(doc.text.slice(sentence.start, sentence.end));
    entry = {
      end: span.end,
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      dates: findDates(doc.text, span.start, span.end, { asOf: doc.asOf, future }),
    };
    known.push(entry);
  }
  // A copy: a caller may add to its list.
  return entry.dates.slice();
}

// A weekday alone ("on Monday", "Monday"): read forward when the sentence speaks of the future.
const BARE_WEEKDAY_RE = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;

/**
 * A bare weekday told with a verb in the past ("became Foreign Secretary on Monday and the early visit ... will be
 * ..."): the day is past whatever the rest of the sentence's tense, which datesIn read forward. Other dates as given.
 */
export function pastWeekday(doc: Doc, d: DateMention): DateMention {
  if (!d.relative || d.granularity !== 'day' || d.first <= doc.asOf) return d;
  if (!BARE_WEEKDAY_RE.test(doc.text.slice(d.start, d.end))) return d;
  return findDates(doc.text, d.start, d.end, { asOf: doc.asOf, future: false })[0] ?? d;
}
