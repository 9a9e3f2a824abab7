// Round 47. NATO's spending target told as money paid into NATO: "The first was related to 'internal' affairs, including
// giving the green light for Sweden's admission, agreeing to spend a minimum of 2% of national GDP on the NATO budget"
// (russia-eurasia.eu, 13 July 2023, held-out 45 uu002). At Vilnius the allies made "an enduring commitment to invest at least
// 2% of GDP annually on defence": each on its own forces. NATO's common-funded budgets (civil, military, the security
// investment programme) are shared by a cost-share formula and come to a small fraction of one per cent of the allies'
// GDP; no ally pays a share of its GDP into them.
//
// Read only where the figure can be nothing but the target's, said to go into NATO's own money:
// - "N% of (national) GDP on/to/into (the) NATO('s) (common) budget / coffers / fund", with no defence or military spending
//   told between the GDP and the budget ("2% of GDP on defence and their share of the NATO budget" is right);
// - "pay (in) N% of GDP to/into NATO", NATO ending the phrase (not "to NATO standards", "to NATO's target").
// N is a figure of a target in force on the page's day (2% before The Hague; 5%, 3.5%, 1.5% after it). Never in a sentence
// that denies it or tells it as someone's view ("it is not a fee paid to NATO", "Trump claims Germany owes NATO 2%",
// "as if allies paid 2% of GDP into NATO's budget"), nor inside quotation marks, nor naming Trump, whose framing reports
// repeat ("Trump wants allies to pay 2% of GDP to NATO"). "Contributing 2% of GDP to NATO" is loose usage, not read;
// "All 30 Allies contribute to the NATO budget" tells no share of GDP.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { insideQuotes, spansOverlap } from '../sentences';
import { matchesOf, warmed } from '../triggers';
import { targetsInForce } from './target-in-force';

// The gate: NATO's money named, or a payment.
const NATO_MONEY_GATE_RE = /\b(?:budget|coffers|pa(?:y|ys|id|ying))\b/i;
const GDP = String.raw`(?:of\s+(?:their\s+|its\s+|each\s+\w+['\u2019]s\s+|the\s+)?(?:own\s+|national\s+|respective\s+|annual\s+)?(?:GDP|gross\s+domestic\s+product)(?:\s*\(GDP\))?)`;
const FIGURE = String.raw`(\d(?:\.\d)?)\s*(?:%|per\s?cent\b)`;
// "2% of national GDP on the NATO budget", "2% of their GDP into NATO's coffers".
const INTO_BUDGET_RE = new RegExp(
  String.raw`(?<![\d.,])${FIGURE}\s*${GDP}([^.;%]{0,30}?)\b(?:on|to|into|towards?|for)\s+(?:the\s+)?(?:NATO|Nato|alliance)(?:['\u2019]s)?\s+(?:common\s+|central\s+|joint\s+|annual\s+|overall\s+|shared\s+|own\s+)?(?:budgets?|coffers|fund)\b`,
  'gi',
);
// "pay 2% of GDP to NATO", "paying in 2% of their GDP into NATO".
const PAID_TO_NATO_RE = new RegExp(
  String.raw`\bpa(?:y|ys|id|ying)\s+(?:in\s+)?(?:at\s+least\s+|a\s+minimum\s+of\s+|only\s+)?(?<![\d.,])${FIGURE}\s*${GDP}\s+(?:in)?to\s+(?:the\s+)?(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b(?!\s*(?:['\u2019]s\s+)?(?:target|guideline|goal|benchmark|standard|allies|members|countries|summit|missions?|operations?|pledge|commitment|requirement))`,
  'gi',
);
// Defence or military spending told between the GDP and the budget: the figure is that spending's.
const OWN_SPENDING_BETWEEN_RE = /\b(?:defen[cs]e|military|armed\s+forces|armies|forces)\b/i;
// The sentence denies it, tells it as a view, or names the one whose framing it repeats.
const NOT_THE_WRITERS_RE =
  /\b(?:not|never|no|nor|isn['\u2019]t|aren['\u2019]t|doesn['\u2019]t|don['\u2019]t|myth\w*|misconception\w*|misunderst\w*|mistak\w*|wrong\w*|false\w*|erroneous\w*|rather\s+than|instead\s+of|as\s+if|as\s+though|claim\w*|insist\w*|believ\w*|think\w*|thought|seem\w*|impl\w*|suggest\w*|say|says|said|saying|tweet\w*|accus\w*|complain\w*|owe\w*|Trump|if|whether)\b|\?/i;

export function withNatoBudget(figures: ClaimDetector): ClaimDetector {
  return {
    kind: figures.kind,
    triggers: figures.triggers,
    find(doc, ctx) {
      const out = figures.find(doc, ctx);
      if (!doc.dateCertain || !warmed(NATO_MONEY_GATE_RE, doc.text).test(doc.text)) return out;
      for (const a of paidIntoNato(doc)) {
        // The misdescribed target takes the place of what any other reader said of that figure.
        for (let i = out.length - 1; i >= 0; i--) if (out[i].kind === 'figure' && spansOverlap(out[i], a)) out.splice(i, 1);
        out.push(a);
      }
      return out;
    },
  };
}

function paidIntoNato(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const inForce = targetsInForce(doc.facts.base.figures.spendingTargets, doc.asOf).filter(isConfident);
  if (!inForce.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!NATO_MONEY_GATE_RE.test(text)) continue;
    const found = [
      ...matchesOf(INTO_BUDGET_RE, text).filter((m) => !OWN_SPENDING_BETWEEN_RE.test(m[2])),
      ...matchesOf(PAID_TO_NATO_RE, text),
    ];
    if (!found.length || NOT_THE_WRITERS_RE.test(text)) continue;
    for (const m of found) {
      if (insideQuotes(text.slice(0, m.index))) continue;
      const value = Number(m[1]);
      // The latest adopted of the targets of that figure: in July 2023 the Vilnius floor's own words, not the Wales pledge's.
      let t: (typeof inForce)[number] | undefined;
      for (const x of inForce)
        if ((x.percent === value || x.components?.some((c) => c.percent === value)) && (!t || x.adopted > t.adopted)) t = x;
      if (!t) continue;
      const at = text.indexOf(m[1], m.index);
      const start = sentence.start + at;
      const end = sentence.start + m.index + m[0].length;
      if (out.some((a) => spansOverlap(a, { start, end }))) continue;
      out.push({
        start,
        end,
        quote: doc.text.slice(start, end),
        verdict: 'contradicted',
        kind: 'figure',
        factIds: [t.id],
        message: `NATO's target (adopted ${formatDay(t.adopted)}) is what each ally spends on its own defence, not money paid into NATO: ${t.summary} NATO's common-funded budgets are shared by a cost-share formula and are a small fraction of that.`,
        fact: t.summary,
        sources: sourcesOf(t),
      });
    }
  }
  return out;
}
