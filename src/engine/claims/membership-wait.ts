// A wait counted from a start the sentence gives to the article's day: "Sweden ... ends a 20-month wait that began
// in May 2022, when it sent in its application" (AP, 7 March 2024: from May 2022 to 7 March 2024 is 21 to 22
// months), "concluding a process that began in May 2022", "ending a nearly two-year journey that started in May
// 2022". The count is arithmetic on two days the text itself fixes, the start written out with its year and the
// end the article's day (the wait ends now, in the present tense), so whatever the wait is of, a count more than a
// month (or a year) off the span is wrong. Within half a unit it is confirmed; between, nothing is said.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { findDates, formatDay, toDays } from '../dates';
import { numberFrom } from '../numbers';
import { COUNT_SRC, HYPOTHETICAL_RE } from './history-common';

const WAIT_RE = new RegExp(
  `\\b(?:ends|ending|concludes|concluding|caps|capping|completes|completing|closes|closing)\\s+(?:a|an|its|the)\\s+(?:(nearly|almost|about|around|roughly|some|more\\s+than|over)\\s+)?${COUNT_SRC}[- ](month|year)(?:[- ]long)?\\s+(?:wait|process|bid|journey|saga|odyssey|quest|effort|application\\s+process|accession\\s+process)\\s+(?:that|which)\\s+(?:began|started|opened)\\s+(?:in|on)\\s+$`,
  'i',
);
const DAYS_PER = { month: 30.436875, year: 365.2425 } as const;

/** "ends a 20-month wait that began in May 2022": the count against the days from the start to the article's day. */
export function waitClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.text.includes('began in') && !doc.text.includes('started in') && !doc.text.includes('began on')) return out;
  if (!/-(?:month|year)\b|\s(?:month|year)[- ]long\b/.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\b(?:began|started|opened)\s+(?:in|on)\s/.test(text)) continue;
    for (const d of findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf })) {
      if (!d.explicitYear || d.relative || d.last > doc.asOf) continue;
      const before = doc.text.slice(Math.max(sentence.start, d.start - 160), d.start);
      // The date may hold its "in" or "on" (dates.ts): the phrase ends right before the month.
      const lead = /\s(?:in|on)\s+$/.test(before)
        ? before
        : `${before}${doc.text.slice(d.start, d.end).match(/^(?:in|on)\s+/i)?.[0] ?? ''}`;
      const m = WAIT_RE.exec(lead);
      if (!m || HYPOTHETICAL_RE.test(doc.text.slice(sentence.start, d.start)) || !doc.dateCertain) continue;
      const hedge = (m[1] ?? '').toLowerCase();
      const n = numberFrom(m[2]);
      const unit = m[3].toLowerCase() as 'month' | 'year';
      if (!Number.isFinite(n) || n < 1) continue;
      const per = DAYS_PER[unit];
      const least = (toDays(doc.asOf) - toDays(d.last)) / per;
      const most = (toDays(doc.asOf) - toDays(d.first)) / per;
      const fits =
        hedge === 'nearly' || hedge === 'almost'
          ? n >= least && n <= most + 1
          : hedge === 'more than' || hedge === 'over'
            ? n <= most && n >= least - 2
            : hedge
              ? n >= least - 1 && n <= most + 1
              : n >= least - 0.5 && n <= most + 0.5;
      const wrong = hedge ? n > most + 2 || n < least - 3 : n > most + 1 || n < least - 1;
      if (!fits && !wrong) continue;
      const start = Math.max(sentence.start, d.start - before.length + m.index);
      const span = { start, end: d.end };
      const written = doc.text.slice(d.start, d.end).replace(/^(?:in|on)\s+/i, '');
      const low = Math.floor(least);
      const high = Math.floor(most);
      const spanText = `From ${written} to ${formatDay(doc.asOf)} is ${low}${high > low ? ` to ${high}` : ''} full ${unit}${high === 1 ? '' : 's'}.`;
      out.push({
        ...span,
        quote: doc.text.slice(span.start, span.end),
        verdict: fits ? 'supported' : 'contradicted',
        kind: 'membership',
        factIds: [],
        message: fits ? spanText : `Not so: ${spanText}`,
        fact: spanText,
        sources: [],
      });
    }
  }
  return out;
}
