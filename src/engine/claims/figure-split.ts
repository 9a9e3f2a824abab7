// Round 18 (second wave). A NATO target told with its two parts, one of them wrong: "That headline figure breaks down as 3
// percent on core defense spending and 1.5 percent on a looser range of areas" (a mutation of Politico, June 2025, of
// 3.5 + 1.5), "a new target of 5% of GDP by 2035 (3.5% on core military expenditure and 2.5% for other defence-related
// needs)", "The 5 percent is divided into 3 percent in traditional military spending and 1.5 percent in investments".
// Mutation probes found every such wrong part silent (figure.ts reads the two parts only when both are right).
//
// Read only where the split can be nothing but the target's (spendingTargets with components in the fact base): two
// figures in one sentence joined by "and", "plus", "with an additional"; the first told of core defence, the second of
// related spending; one of them a part of the target with the same place (core, related) and the other not; the target
// itself named in the sentence or the one before (its whole figure, its deadline or NATO's summit, or NATO/the allies);
// no country named in the sentence (an ally's own plan may split otherwise), no supposition, a page of certain date on or
// after the target's adoption. The wrong part is contradicted.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { countriesNamed } from '../doc';
import type { ClaimDetector } from '../detector';
import { formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { spansOverlap } from '../sentences';

const PCT_RE = /\b(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b)/gi;
// What the first part is told of: core defence.
const CORE_RE =
  /^[^.;%]{0,60}?\b(?:core|traditional|hard|pure(?:ly)?|conventional|military|defen[cs]e\s+(?:spending|needs|requirements|budgets?)\b(?!\s*[-–]))/i;
// What the second part is told of: the related spending.
const RELATED_RE =
  /^[^.;%]{0,80}?\b(?:infrastructure|resilience|security[- ]related|defen[cs]e[- ]related|related|broader|wider|other|looser|cyber|civil|dual[- ]use|military\s+benefit)\b/i;
const JOIN_RE = /^[^.;%]{0,90}?(?:\band\b|\bplus\b|\bwith\s+(?:an?\s+)?(?:additional|further|extra)\b|\bwhile\b)[^.;%]{0,40}$/i;
const NAMED_RE = /\b(?:NATO|Nato|[Aa]llies|[Aa]lliance|Hague|summit|2035|5\s*%|5\s+per\s?cent|five\s+per\s?cent|headline\s+figure)\b/;
const UNSURE_RE = /\b(?:if|would|could|might|whether|proposal|proposed|propos\w+|suggest\w*|floated|draft|considering|mooted)\b|\?/i;

export function withTargetSplits(figures: ClaimDetector): ClaimDetector {
  return {
    kind: figures.kind,
    triggers: figures.triggers,
    find(doc, ctx) {
      const out = figures.find(doc, ctx);
      if (!/%|per\s?cent/i.test(doc.text)) return out;
      for (const a of splitClaims(doc)) {
        // The wrong part takes the place of what was said of that figure alone.
        for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'figure' && spansOverlap(out[i], a)) out.splice(i, 1);
        out.push(a);
      }
      return out;
    },
  };
}

function splitClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const targets = doc.facts.base.figures.spendingTargets.filter(
    (t) => t.components?.length === 2 && t.adopted <= doc.asOf && isConfident(t) && doc.dateCertain,
  );
  if (!targets.length) return out;
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    const figs = [...text.matchAll(PCT_RE)].map((m) => ({ at: m.index, end: m.index + m[0].length, value: Number(m[1]) }));
    if (figs.length < 2 || UNSURE_RE.test(text)) return;
    const previous = i > 0 ? doc.text.slice(doc.sentences[i - 1].start, doc.sentences[i - 1].end) : '';
    if (!NAMED_RE.test(text) && !NAMED_RE.test(previous)) return;
    if (countriesNamed(doc, sentence.start, sentence.end).size > 0) return;
    for (let k = 0; k + 1 < figs.length; k++) {
      const first = figs[k];
      const second = figs[k + 1];
      const between = text.slice(first.end, second.at);
      if (!JOIN_RE.test(between) || !CORE_RE.test(between)) continue;
      if (!RELATED_RE.test(text.slice(second.end, second.end + 90))) continue;
      for (const t of targets) {
        const [core, related] = t.components!;
        const coreRight = first.value === core.percent;
        const relatedRight = second.value === related.percent;
        if (coreRight === relatedRight) continue;
        // The whole told as the sum: "5% ... (3.5% on core ... and 2.5% ...)": the target must be this one (its whole
        // figure, its deadline or its summit's place near), or NATO with no other target of parts.
        const near = previous + text;
        if (
          !new RegExp(
            `\\b(?:${t.percent}\\s*%|${t.percent}\\s+per\\s?cent|${t.byYear ?? 'NONE'}|Hague|NATO|Nato|[Aa]llies|[Aa]lliance)\\b`,
          ).test(near)
        )
          continue;
        const wrong = coreRight ? second : first;
        const part = coreRight ? related : core;
        const start = sentence.start + wrong.at;
        const end = sentence.start + wrong.end;
        out.push({
          start,
          end,
          quote: doc.text.slice(start, end),
          verdict: 'contradicted',
          kind: 'figure',
          factIds: [t.id],
          message: `NATO's target adopted on ${formatDay(t.adopted)} is ${t.percent}% of GDP${t.byYear ? ` by ${t.byYear}` : ''}: ${core.percent}% for ${core.label} and ${related.percent}% for ${related.label}; the ${part.label} part is ${part.percent}%, not ${wrong.value}%.`,
          fact: t.summary,
          sources: sourcesOf(t),
        });
      }
    }
  });
  return out;
}
