// Round 47. The Hague split told with its decimal points lost: "The new target stipulates that 35% of this spending must be
// directed towards core defense initiatives, including troops and weapons, while the remaining 15% can be allocated to
// broader defense-related expenditures" and "Meeting this 35% core defense spending target poses significant challenges"
// (topgab.com, 26 June 2025, held-out 45 uu001). The Hague Summit Declaration (25 June 2025) is 5% of GDP by 2035: at least
// 3.5% of GDP on core defence requirements and up to 1.5% on defence- and security-related spending; told as shares of the
// 5%, 70% and 30%. figure-split.ts reads two parts of GDP that sum wrong; here each part is ten times its own figure.
//
// Read only where the figure can be nothing but the split's part:
// - the core part: 35% told of core defence as a target ("a 35% core defence spending target"), which no one else sets;
//   or told of GDP or of the target's spending ("35% of GDP on core defence", "35% of this spending must go to core
//   defence"), the target named in the sentence or the two before (NATO, the allies, The Hague, 2035, its 5%). Never a
//   share OF core defence ("35% of the core defence budget goes to equipment"), never with a country named in the sentence
//   (Ukraine has spent a third of its GDP on defence; an ally's own budget may have a 35% share);
// - the related part: "the remaining/other/additional 15%" told of related spending (defence-related, security-related,
//   broader, resilience, infrastructure), in a sentence that garbles the core part too, or told of GDP with the target
//   named and no country. "15% of the defence budget on equipment" (the equipment guideline, 20%) names no related spending.
// On a page of certain date on or after the split's adoption; the garble is wrong whenever told after it.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { countriesNamed } from '../doc';
import type { ClaimDetector } from '../detector';
import { formatDay } from '../dates';
import type { SpendingTarget } from '../../facts/schema';
import { isConfident, sourcesOf } from '../holders';
import { spansOverlap } from '../sentences';
import { matchesOf, warmed } from '../triggers';
import { inForceOn } from './target-in-force';

// The gate: a 35 or 15 per cent (TENFOLD_RE then leaves out 3.5, 135 and 35.5).
const TENFOLD_GATE_RE = /[13]5\s*(?:%|per\s?cent)/i;
const TENFOLD_RE = /(?<![\d.,])([13]5)\s*(?:%|per\s?cent\b)(?![.,]\d)/gi;
// "35% core defence spending target", "a 35% core defense goal": the part told as a target of its own.
const CORE_TARGET_AFTER_RE =
  /^\s*(?:core|hard)\s+(?:defen[cs]e|military)\s+(?:spending\s+|expenditure\s+|investment\s+)?(?:target|goal|benchmark|requirement|commitment|threshold|pledge|objective)\b/i;
// "35% of GDP on core defence", "35 percent of GDP going to core defence", "35% of GDP will be spent on hard military",
// "35% to core military capabilities", "35% core defence" (not "35% in core defence areas", a rise told of a field).
const CORE_OF_GDP_AFTER_RE =
  /^\s*(?:of\s+(?:their\s+|its\s+|national\s+|each\s+\w+['\u2019]s\s+)?(?:GDP|gross\s+domestic\s+product)\s+)?(?:(?:will|would|must|should|shall|is|are|to|can)\s+(?:be\s+)?)?(?:(?:going|goes|go|spent|allocated|earmarked|devoted|dedicated|directed)\s+)?(?:(?:on|for|to|towards?|into)\s+)?(?:core|hard|traditional|conventional)\s+(?:defen[cs]e|military)\b/i;
// A change told by the figure, not a part: "spending rose 35% in core defence", "a boost of 35%", "up 35%".
const CHANGE_BEFORE_RE =
  /\b(?:rose|rise[sn]?|rising|increase[sd]?|increasing|grew|grow(?:s|n|ing)?|jump\w*|climb\w*|surg\w*|soar\w*|up|down|fell|fall\w*|cut\w*|boost\w*|rais\w*|by|of)\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more\s+than\s+)?$/i;
// "35% of this spending must be directed towards core defense": a share of the spending, sent to core defence (not a share
// OF core defence: "35% of the core defence budget").
const CORE_SHARE_AFTER_RE =
  /^\s*of\s+(?:this|that|the|these|it|which|its|their)\b[^.;%]{0,60}?\b(?:to|towards?|for|on|into)\s+(?:the\s+)?(?:core|hard|traditional|conventional)\s+(?:defen[cs]e|military)\b/i;
// Precision (round 47): the spending or budget "for/on core defence" is the whole the share is of, not where the share goes:
// "about 35% of the budget for core defence goes to personnel" (a true look-alike of the garble) tells a share OF core
// defence, as "35% of the core defence budget" does.
const SHARE_OF_CORE_BUDGET_RE =
  /^\s*of\s+(?:this|that|the|these|it|which|its|their)\b[^.;%]{0,60}?\b(?:budgets?|spending|money|funds?|funding|expenditures?|outlays?|allocations?)\s+(?:for|on)\s+(?:the\s+)?(?:core|hard|traditional|conventional)\s+(?:defen[cs]e|military)\b/i;
// "the remaining 15%", "an additional 15%", "the other 15 per cent".
const RELATED_LEAD_BEFORE_RE = /\b(?:remaining|other|additional|further|extra|another|rest\s+of\s+the)\s+$/i;
const RELATED_AFTER_RE =
  /^[^.;%]{0,80}?\b(?:defen[cs]e[- ]related|security[- ]related|broader|wider|resilience|infrastructure|civil\s+preparedness|dual[- ]use)\b/i;
// The related part told of GDP: "an additional 15% of GDP for resilience".
const OF_GDP_AFTER_RE = /^\s*of\s+(?:their\s+|its\s+|national\s+)?(?:GDP|gross\s+domestic\s+product)\b/i;
// The target named: NATO's side, its summit or deadline, its 5%.
const TARGET_NAMED_RE =
  /\b(?:NATO|Nato|[Aa]llies|[Aa]lliance|Hague|summit|2035|5\s+per\s?cent|five\s+per\s?cent|3[12]\s+(?:member\s+states|members|countries|nations))\b|(?<![\d.,])5\s*%/;

export function withSplitShares(figures: ClaimDetector): ClaimDetector {
  return {
    kind: figures.kind,
    triggers: figures.triggers,
    find(doc, ctx) {
      const out = figures.find(doc, ctx);
      if (!doc.dateCertain || !warmed(TENFOLD_GATE_RE, doc.text).test(doc.text)) return out;
      const target = splitInForce(doc);
      if (!target) return out;
      for (const a of tenfoldParts(doc, target)) {
        // The wrong part takes the place of what any other reader said of that figure.
        for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'figure' && spansOverlap(out[i], a)) out.splice(i, 1);
        out.push(a);
      }
      return out;
    },
  };
}

/** The target of two parts in force on the page's day, on a confident record. */
function splitInForce(doc: Doc): SpendingTarget | undefined {
  return doc.facts.base.figures.spendingTargets.find((t) => t.components?.length === 2 && inForceOn(t, doc.asOf) && isConfident(t));
}

function tenfoldParts(doc: Doc, t: SpendingTarget): Annotation[] {
  const out: Annotation[] = [];
  const [core, related] = t.components!;
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!TENFOLD_GATE_RE.test(text)) return;
    const before = doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.start);
    const named = TARGET_NAMED_RE.test(text) || TARGET_NAMED_RE.test(before);
    let country: boolean | undefined;
    const countryNamed = () => (country ??= countriesNamed(doc, sentence.start, sentence.end).size > 0);
    let coreGarbled = false;
    for (const m of matchesOf(TENFOLD_RE, text)) {
      const value = Number(m[1]);
      const after = text.slice(m.index + m[0].length);
      if (CHANGE_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (value === core.percent * 10) {
        const asTarget = CORE_TARGET_AFTER_RE.test(after);
        const toCore = CORE_OF_GDP_AFTER_RE.test(after) || (CORE_SHARE_AFTER_RE.test(after) && !SHARE_OF_CORE_BUDGET_RE.test(after));
        if (!asTarget && !(toCore && named && !countryNamed())) continue;
        coreGarbled = true;
        out.push(
          garbled(
            doc,
            sentence.start + m.index,
            m[0],
            t,
            `the ${core.label} part is ${core.percent}% of GDP (${share(core.percent, t)}% of the ${t.percent}%), not ${value}%`,
          ),
        );
      } else if (value === related.percent * 10) {
        if (!RELATED_LEAD_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
        if (!RELATED_AFTER_RE.test(after)) continue;
        // Alone, only told of GDP: "the remaining 15% to broader infrastructure" may be a share of any budget.
        if (!coreGarbled && !(OF_GDP_AFTER_RE.test(after) && named && !countryNamed())) continue;
        out.push(
          garbled(
            doc,
            sentence.start + m.index,
            m[0],
            t,
            `the ${related.label} part is ${related.percent}% of GDP (${share(related.percent, t)}% of the ${t.percent}%), not ${value}%`,
          ),
        );
      }
    }
  });
  return out;
}

/** A part's share of the whole target, in per cent ("70" for 3.5 of 5). */
const share = (part: number, t: SpendingTarget): number => Math.round((100 * part) / t.percent);

function garbled(doc: Doc, start: number, said: string, t: SpendingTarget, wrong: string): Annotation {
  const [core, related] = t.components!;
  return {
    start,
    end: start + said.length,
    quote: said,
    verdict: 'contradicted',
    kind: 'figure',
    factIds: [t.id],
    message: `NATO's target adopted on ${formatDay(t.adopted)} is ${t.percent}% of GDP${t.byYear ? ` by ${t.byYear}` : ''}: ${core.percent}% for ${core.label} and ${related.percent}% for ${related.label}; ${wrong}.`,
    fact: t.summary,
    sources: sourcesOf(t),
  };
}
