// Round 23 (fact probe). An accession told by a participle at the head of the sentence, the country the subject of the
// main clause right after it: "After joining NATO in 2023, Finland modernised its armed forces", "Since joining the
// alliance in 2004, Estonia has hosted allied troops", "Having joined NATO on 12 March 1999, Poland ...". The time after
// "joining" is the accession's: supported when it is, contradicted when it is written out and not (a year or a day).
//
// Only a member named by itself right after the comma (not an owner: "After joining NATO in 2023, Finland's president
// said" leaves who joined in doubt), no other country between, no hypothetical; an accession known with confidence.
// A day without its year says nothing (the page's year may not be the accession's).
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { datesIn } from './clauses';
import { factRange, formatDay, overlaps } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import { spansOverlap } from '../sentences';

const PARTICIPLE_RE =
  /^\s*(?:(?:After|Since|Upon|On)\s+(?:officially\s+|formally\s+|finally\s+)?joining|Having\s+(?:officially\s+|formally\s+|finally\s+)?joined)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+|transatlantic\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation(?:\s*\(NATO\))?)\s+(?:in|on)\s+([^,;:()]{3,30}?)\s*,\s*$/;

const SUBJECT_VERB_RE =
  /^\s+(?:(?:has|have|had|was|is|now|then|also|quickly|soon|swiftly|rapidly|steadily|will|would|became|began|took|sent|spent|set|built|said|won|led|met|held|brought|kept|made|saw)\b|[a-z]+ed\b)/;

export function withJoiningParticiple(membership: ClaimDetector): ClaimDetector {
  return {
    kind: membership.kind,
    triggers: membership.triggers,
    find: (doc, ctx) => {
      const out = membership.find(doc, ctx);
      if (!doc.folded.includes('joining') && !doc.folded.includes('having joined')) return out;
      for (const a of participleClaims(doc)) {
        if (a.verdict === 'supported') {
          if (!out.some((b) => spansOverlap(a, b))) out.push(a);
          continue;
        }
        // A wrong time takes the place of a confirmation read over the same words ("in 2022, Finland").
        for (let i = out.length - 1; i >= 0; i--) if (out[i].verdict === 'supported' && spansOverlap(out[i], a)) out.splice(i, 1);
        if (!out.some((b) => b.verdict !== 'supported' && spansOverlap(a, b))) out.push(a);
      }
      return out;
    },
  };
}

function participleClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/^\s*(?:After|Since|Upon|On|Having)\s/.test(text)) continue;
    const q = matchesIn(doc, sentence, 'qualifier').find((x) => doc.facts.jurisdictions.get(x.value.jurisdiction)?.kind === 'country');
    if (!q) continue;
    const m = PARTICIPLE_RE.exec(doc.text.slice(sentence.start, q.start));
    if (!m) continue;
    // The country itself is the subject, a verb right after it: not an owner ("Finland's president"), not an adjective
    // ("Finnish troops").
    if (!SUBJECT_VERB_RE.test(doc.text.slice(q.end, q.end + 24))) continue;
    const country = doc.facts.jurisdictions.get(q.value.jurisdiction);
    if (!country?.nato) continue;
    const whenAt = sentence.start + m[0].lastIndexOf(m[1]);
    const from = whenAt - (doc.text.slice(sentence.start, whenAt).match(/(?:in|on)\s+$/)?.[0].length ?? 0);
    const date = datesIn(doc, { start: from, end: whenAt + m[1].length }, sentence).find((d) => !d.relative);
    if (!date || !date.explicitYear) continue;
    const joined = factRange(country.nato.joined);
    const ok = overlaps(date, joined);
    const founder = joined.first.startsWith('1949');
    if (founder && !ok) continue;
    const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}.`;
    const sure = doc.dateCertain && isConfident(country.nato) && !HYPOTHETICAL_RE.test(text);
    const span = { start: from, end: q.end };
    out.push(
      historyAnnotation(
        doc,
        span,
        'membership',
        ok ? 'supported' : sure ? 'contradicted' : 'context',
        ok ? fact : `Not so: ${fact}`,
        fact,
        [country.id],
        sourcesOf(country.nato),
      ),
    );
  }
  return out;
}
