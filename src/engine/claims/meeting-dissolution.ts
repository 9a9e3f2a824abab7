// Not a meeting but the Rada's end by the president's word: "Zelenskiy announced the dissolution of
// the Verkhovna Rada" (Belsat, 20 May 2019), "Volodymyr Zelensky dissolved the Verkhovna Rada"
// (opinionua.com), "announces the dissolution of parliament in his inaugural speech" (AFP),
// "announced he is dissolving the Parliament" (Euromaidan Press). Zelensky named in the sentence or
// just before. Confirmed by a date that fits (the speech on 20 May 2019, the decree on the 21st) or,
// with no date, in the month after it; a day or month of 2019 said right by the phrase that is
// neither is contradicted.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, findDates, formatDay, overlaps } from '../dates';
import { sourcesOf } from '../holders';
import { eventDays, eventSupported } from './event-confirmed';

const DISSOLUTION_ID = 'rada-dissolution-2019-05-20';
const DISSOLUTION_RE =
  /\b(?:(?:announc\w*|declar\w*|order\w*)\s+(?:the\s+)?dissolution\s+of|(?:announc\w*\s+(?:that\s+)?he\s+(?:is|was)\s+)?dissolv(?:ed|es|ing|e)|(?:signed\s+)?(?:a\s+)?decree\s+(?:on\s+)?dissolving)\s+(?:the\s+)?(?:Ukrainian\s+parliament|Ukraine['\u2019]s\s+parliament|[Pp]arliament|Verkhovna\s+Rada|Rada)\b/;

export function dissolutionClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const e = doc.facts.events.get(DISSOLUTION_ID);
  if (!e || doc.asOf < e.start) return out;
  const days = eventDays(e);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('issol')) continue;
    const m = DISSOLUTION_RE.exec(text);
    if (!m) continue;
    // Zelensky's, and Ukraine's parliament: his name in the sentence or just before, the Rada or Ukraine nearby.
    const around = doc.text.slice(Math.max(0, sentence.start - 300), sentence.end);
    if (!/Zelensk/.test(around) || !/Rada|Ukrain|Kyiv|Kiev/.test(around)) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => !d.relative);
    const fitting = dates.find((d) => overlaps(d, days));
    if (fitting) {
      out.push(
        eventSupported(
          doc,
          e,
          { start: Math.min(start, fitting.start), end: Math.max(end, fitting.end) },
          `Zelensky announced the dissolution of the Rada on ${formatDay(e.start)} (decree of ${formatDay(e.end!)}).`,
        ),
      );
      continue;
    }
    if (!dates.length) {
      if (doc.asOf <= addDays(e.start, 31))
        out.push(eventSupported(doc, e, { start, end }, `Zelensky announced the dissolution of the Rada on ${formatDay(e.start)}.`));
      continue;
    }
    // A day or month of 2019 right by the phrase ("dissolved the Rada on June 20, 2019"): not the dissolution's.
    const tight = dates.find(
      (d) =>
        (d.granularity === 'day' || d.granularity === 'month') &&
        d.explicitYear &&
        d.first.startsWith('2019') &&
        ((d.start >= end && /^\s*(?:on|in)?\s*$/.test(doc.text.slice(end, d.start))) ||
          (d.end <= start && /^\W*(?:On|In)?\s*$/.test(doc.text.slice(sentence.start, d.start)))),
    );
    if (!tight || e.confidence !== 'verified' || !doc.dateCertain || /\b(?:would|could|might|may|if|will)\b/.test(text)) continue;
    out.push({
      start: Math.min(start, tight.start),
      end: Math.max(end, tight.end),
      quote: doc.text.slice(Math.min(start, tight.start), Math.max(end, tight.end)),
      verdict: 'contradicted',
      kind: 'event',
      factIds: [e.id],
      message: `Zelensky announced the dissolution of the Rada on ${formatDay(e.start)} (decree of ${formatDay(e.end!)}), not ${doc.text.slice(tight.start, tight.end)}.`,
      fact: e.summary,
      sources: sourcesOf(e),
    });
  }
  return out;
}
