// Round 43: an EU Council decision named by its number with its day, "imposed by Council Decision 2014/145/CFSP from 17 March
// 2014", "Council Decision 2014/512/CFSP of 31 July 2014" (held-out 41 ti005, a Ukrainian embassy's page of 2021), "Decision
// (CFSP) 2018/1085 of 30 July 2018". The decision is the one the fact base's EU records name in their programme or summary
// (its earliest record is the act itself: a renewal names the decision it renews). Confirm-only: a decision is amended,
// renewed and published on days of its own, and a day told of it may be any of those.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Sanction } from '../../facts/schema';
import { factRange, formatDay, gapDays } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { memoByFacts } from '../memo';
import type { FactIndex } from '../../facts/load';
import { datesIn } from './clauses';

// "Decision 2014/145/CFSP", "Decision (CFSP) 2018/1085"; then "of", "from", "dated" or "adopted on" and the day.
const DECISION_DAY_RE =
  /\bDecision\s+(?:\(CFSP\)\s+((?:19|20)\d{2})\/(\d{1,4})|((?:19|20)\d{2})\/(\d{1,4})\/CFSP)\s+(?:of|from|dated|adopted\s+on)\s+$/;
const DECISION_NAMED_RE = /\bDecision\s+(?:\(CFSP\)\s+((?:19|20)\d{2})\/(\d{1,4})|((?:19|20)\d{2})\/(\d{1,4})\/CFSP)/g;

/** Each decision number ("2014/145") with the earliest EU record naming it: built once per fact base. */
const decisionsOf = memoByFacts((facts: FactIndex, _: 'all') => {
  const out = new Map<string, Sanction>();
  const records = facts.base.sanctions.filter((s) => s.jurisdiction === 'eu').sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const r of records)
    for (const text of [r.programme, r.summary]) {
      DECISION_NAMED_RE.lastIndex = 0;
      for (let m = DECISION_NAMED_RE.exec(text); m; m = DECISION_NAMED_RE.exec(text)) {
        const key = `${m[1] ?? m[3]}/${m[2] ?? m[4]}`;
        // Only the act of its own year: a record of a later year names the decision it renews or amends.
        if (!out.has(key) && r.date.startsWith(m[1] ?? m[3])) out.set(key, r);
      }
    }
  return out;
});

export function decisionDays(doc: Doc): Annotation[] {
  const decisions = decisionsOf(doc.facts, 'all');
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('CFSP')) continue;
    for (const d of datesIn(doc, sentence, sentence)) {
      if (d.relative || !d.explicitYear || d.granularity !== 'day') continue;
      const m = DECISION_DAY_RE.exec(doc.text.slice(Math.max(sentence.start, d.start - 60), d.start));
      if (!m) continue;
      const record = decisions.get(`${m[1] ?? m[3]}/${m[2] ?? m[4]}`);
      if (!record || !isConfident(record) || gapDays(d, factRange(record.date)) !== 0) continue;
      const start = d.start - m[0].length;
      out.push({
        start,
        end: d.end,
        quote: doc.text.slice(start, d.end),
        verdict: 'supported',
        kind: 'sanction',
        factIds: [record.id],
        message: `On record: ${formatDay(record.date)}: ${record.summary}`,
        fact: record.summary,
        sources: sourcesOf(record),
      });
    }
  }
  return out;
}
