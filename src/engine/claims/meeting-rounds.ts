// Rounds of talks told by their place, before the round the article is about: "the senior military
// figures who headed earlier rounds held in Abu Dhabi" (Geneva, February 2026), "The first round of
// meetings was held in the UAE last month" (Abu Dhabi, February 2026), "previous rounds of talks in
// Istanbul". The event detector reads talks by who took part or by their day; these name neither.
//
// Only confirmed: talks the fact base holds at that place (or inside it), held before the article's
// day and within about a year of it, and fitting a date the sentence gives. Which round is "first"
// depends on the series the text counts, so the order is not judged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { matchesIn } from '../doc';
import type { Span } from '../sentences';
import { addDays, findDates, overlaps } from '../dates';
import { memoByFacts } from '../memo';
import { describeEvent, eventDays, eventSupported } from './event-confirmed';
import { placeChain } from './place-chain';

const ROUND_HINT_RE = /\brounds?\b/;
// "two rounds that occurred in Abu Dhabi in late January and early February 2026" (Geneva talks, February
// 2026): a count of rounds, then a relative clause, tells of rounds held there too. "two previous rounds of
// U.S.-mediated talks in Abu Dhabi" (japantoday.com, February 2026): the count before "previous", a mediator before "talks".
const ROUND_BEFORE_RE =
  /\b(?:(earlier|previous|prior|past|last|first|second|third|latest)\s+(?:two\s+|three\s+|few\s+)?|(?:two|three|four)\s+(?:(?:earlier|previous|prior|past)\s+)?)(rounds?)\s+(?:of\s+(?:[\w.-]+\s+){0,2}?(?:talks|negotiations|meetings|consultations)\s+)?(?:(?:that|which)\s+)?(?:(?:was|were|had\s+been|have\s+been)\s+)?(?:held\s+|took\s+place\s+|occurred\s+)?(?:in|at)\s+(?:the\s+)?$/i;

const talks = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.kind === 'talks' && e.status === 'held' && e.confidence === 'verified' && e.place),
);

/** Rounds of talks told by their place; each annotation confirms the latest such round before the article. */
export function talkRounds(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!ROUND_HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!ROUND_HINT_RE.test(text)) continue;
    for (const p of matchesIn(doc, sentence, 'place')) {
      const from = Math.max(sentence.start, p.start - 110);
      const m = ROUND_BEFORE_RE.exec(doc.text.slice(from, p.start));
      if (!m) continue;
      const before = talks(doc.facts, 'all').filter(
        (e) =>
          placeChain(doc.facts, e.place!).includes(p.value.id) &&
          eventDays(e).last < doc.asOf &&
          eventDays(e).last >= addDays(doc.asOf, -400),
      );
      // "earlier rounds": more than one on record there.
      if (!before.length || (/s$/i.test(m[2]) && before.length < 2)) continue;
      const span: Span = { start: from + m.index, end: p.end };
      // A date in the sentence ("last month", "in January") must fit one of them.
      const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
      const fitting = dates.length ? before.filter((e) => dates.some((d) => overlaps(d, eventDays(e)))) : before;
      if (!fitting.length) continue;
      const e = fitting.reduce((a, b) => (a.start > b.start ? a : b));
      const { when, place: where } = describeEvent(doc, e);
      out.push(
        eventSupported(doc, e, span, `Talks held there before this article include ${e.name}, ${when}${where ? `, ${where}` : ''}.`, {
          factIds: fitting.map((x) => x.id),
        }),
      );
    }
  }
  return out;
}
