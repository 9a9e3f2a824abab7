// A handover of an office told by its day: "The recipient of the October 1 ceremonial handoff ...
// was former Dutch Prime Minister Mark Rutte", "On October 1, NATO Secretary General Jens
// Stoltenberg will officially hand over his position to his successor, Mark Rutte", "will formally
// pass the reins of the military alliance to his successor, Mark Rutte, on October 1". The handover
// is an event on record (NATO's Secretary General, 1 October 2024); the tenure detectors read who
// succeeded whom, not the ceremony's day.
//
// Only confirmed: a day in the sentence that is a handover's on record, with the office's body
// (NATO, its Secretary General, the alliance) named in the sentence or just before it. Another day
// says nothing: other offices change hands too.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { hull } from '../sentences';
import { factRange, findDates, formatDay, overlaps } from '../dates';
import { memoByFacts } from '../memo';
import { eventSupported } from './event-confirmed';
import { gated } from '../triggers';

const HANDOVER_HINT_RE = gated(/hand(?:ed|s|ing)?[ -]?(?:over|off)\b|\b(?:reins|baton|gavel)\b/i);
const HANDOVER_RE =
  /\b(?:(?:ceremonial\s+)?(?:handover|hand-over|handoff|hand-off)(?:\s+ceremony)?|hand(?:ed|s|ing)?\s+over|(?:pass|passed|passes|passing|hand|handed|hands|handing)\s+(?:over\s+)?the\s+(?:reins|baton|gavel))\b/i;
const BODY_RE = /\b(?:NATO|Nato|Secretary[- ]General|[Aa]lliance)\b/;

const handovers = memoByFacts((facts: FactIndex, _: 'all'): EventRecord[] =>
  facts.base.events.filter((e) => e.id.includes('handover') && e.status === 'held' && e.confidence === 'verified'),
);

export function handoverClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HANDOVER_HINT_RE.test(doc.text)) return out;
  const records = handovers(doc.facts, 'all');
  if (!records.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HANDOVER_HINT_RE.test(text)) continue;
    const m = HANDOVER_RE.exec(text);
    if (!m) continue;
    if (!BODY_RE.test(text) && !BODY_RE.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.start))) continue;
    const days = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter(
      (d) => d.granularity === 'day' && !d.relative,
    );
    for (const e of records) {
      const used = days.filter((d) => overlaps(d, factRange(e.start)));
      if (!used.length || used.length < days.length) continue;
      const word = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      // The day joins the span only when it is next to the phrase: the names between carry their own title claims.
      const span = hull([word, ...used.filter((d) => Math.max(d.start, word.start) - Math.min(d.end, word.end) <= 20)]);
      const where = e.place ? doc.facts.places.get(e.place)?.name : undefined;
      out.push(
        eventSupported(doc, e, span, `The day matches the record: ${e.name}, ${formatDay(e.start)}${where ? `, ${where}` : ''}.`, {
          fact: e.summary,
        }),
      );
      break;
    }
  }
  return out;
}
