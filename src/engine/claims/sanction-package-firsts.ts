// Round 43: a numbered EU package told to hold a headline measure that only a later package adopted. "It has approved the
// fifth package of sanctions, including a ban on oil imports from Russia" (held-out 41 tl003, 8 April 2022: the fifth banned
// coal; the oil embargo came with the sixth, 3 June 2022); "the fourth package, which banned Russian coal" (the fifth); "the
// sixth package introduced a ban on Russian gold" (the seventh); "the seventh package, with the oil price cap" (the eighth).
// Each package's record names the measures it was the first to adopt (sanctions.json `firsts`).
//
// Only a package before the measure's first is flagged: later packages extend, tighten or lower earlier measures (the 12th
// tightened the price cap's compliance, the 18th lowered it and banned products refined from Russian crude elsewhere), so a
// later package told with an earlier measure is left alone. The measure must be tied to the package by an inclusion word
// between them ("including", "which included", "that bans", "with") and nothing else there: no other number, package,
// issuer or time ("and the eighth, which introduced the price cap", "after the US ban on Russian oil"); and nothing in the
// sentence is planned, proposed, hoped for or denied ("the fifth package, which does not include oil", "is expected to
// include", "paves the way for"). The measure's own first package told with it is confirmed.
//
// Also the package's decision told in the sentences after it: "its decision to suspend imports of oil and coal from Russia"
// (tl003, after the fifth package), flagged only while the EU had taken no such decision (before the measure's package was
// agreed), since by then "the EU's decision to ban Russian oil" is true whichever package the page named before.
import type { Sanction } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import type { Span } from '../sentences';
import { addDays, formatDay, MODAL_MAY } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { ordinalText } from '../numbers';

type Measure = NonNullable<Sanction['firsts']>[number];

// Goods listed with the measure's own: "imports of oil and coal", "a ban on coal, wood and oil".
const LISTED = String.raw`(?:(?:coal|oil|gas|gold|diamonds?|wood|timber|cement|steel|iron|fertili[sz]ers|seafood|vodka|caviar|spirits|chemicals|petroleum(?:\s+products)?)\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))`;
// Round 47: the Council's own words, "A direct import ban into the EU from Russia of primary aluminium" (held-out 31 qd009);
// "the prohibition on importing unprocessed aluminum" (held-out 29 mf011).
const BAN_NOUN = String.raw`(?:ban|embargo|prohibition|suspension|halt|boycott)s?\s+(?:into\s+the\s+(?:EU|E\.U\.|European\s+Union)\s+)?(?:from\s+Russia\s+)?(?:on\s+|of\s+)?(?:all\s+)?(?:the\s+)?(?:(?:imports?|importation|purchases?|transfers?)\s+of\s+|importing\s+)?(?:Russian\s+|Russia['\u2019]s\s+)?`;
const BAN_VERB = String.raw`(?:ban(?:s|ned|ning)?|embargo(?:es|ed|ing)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|prohibit(?:s|ed|ing)?|block(?:s|ed|ing)?)\s+(?:all\s+)?(?:the\s+)?(?:(?:imports?|importation|purchases?)\s+of\s+)?(?:Russian\s+|Russia['\u2019]s\s+)?`;
/** The goods' ban told: the noun or verb of a ban, then the goods (maybe in a list), or the goods before "ban/embargo". */
function goodsBan(goods: string, notAfter: string): RegExp {
  return new RegExp(
    String.raw`\b(?:${BAN_NOUN}|${BAN_VERB})${LISTED}{0,4}(?:${goods})\b${notAfter}|\b(?:${goods})\s+(?:imports?\s+)?(?:ban|embargo)\b`,
    'i',
  );
}
// Not the goods' trade itself: the 2nd package banned exports of oil-refining technology, the 4th new investment in the
// energy sector and transactions with Rosneft, Transneft and Gazprom Neft; nor a price ("oil price cap" is its own measure).
const NOT_GOODS_TRADE = String.raw`(?![\s-]+(?:refin\w*|technolog\w*|equipment|sector|industry|compan\w*|fields?|explor\w*|servic\w*|price|revenues?|majors?|giants?|producers?|transit|pipeline|tankers?))`;
const MEASURES: ReadonlyArray<[Measure, RegExp]> = [
  ['oil-embargo', goodsBan(String.raw`(?:crude\s+)?oil(?:\s+imports)?`, NOT_GOODS_TRADE)],
  ['coal-ban', goodsBan(String.raw`coal(?:\s+imports)?`, NOT_GOODS_TRADE)],
  ['gold-ban', goodsBan(String.raw`gold(?:\s+imports)?`, NOT_GOODS_TRADE)],
  ['diamond-ban', goodsBan(String.raw`diamonds?(?:\s+imports)?`, NOT_GOODS_TRADE)],
  // Round 47: primary (unwrought) aluminium, the 16th's; earlier packages banned only aluminium goods (wire, foil, tubes and
  // pipes, the 12th), so the metal with no kind said is no one package's first.
  ['primary-aluminium-ban', goodsBan(String.raw`(?:primary|unwrought|unprocessed)\s+alumin(?:i)?um(?:\s+imports)?`, NOT_GOODS_TRADE)],
  // The G7's cap on Russian oil, not the EU's own cap on gas prices (December 2022, no package's).
  ['price-cap', /\b(?:oil\s+)?price\s+cap\b(?!\s+(?:on|for)\s+(?:Russian\s+)?(?:natural\s+)?gas)/i],
];
/** A cheap look before the measures' expressions: the words of one of them. */
export const FIRSTS_GATE_RE = /\b(?:oil|crude|coal|gold|diamonds?|price\s+cap|alumin(?:i)?um)\b/i;

// What ties the measure to the package before it.
const INCLUSION_RE =
  /\b(?:includ(?:e|es|ed|ing)|contain(?:s|ed|ing)?|with|featur(?:e|es|ed|ing)|introduc(?:e|es|ed|ing)|impos(?:e|es|ed|ing)|brought\s+in|ban(?:s|ned|ning)?|embargo(?:ed)?|prohibit(?:s|ed|ing)?|suspend(?:s|ed|ing)?|halt(?:s|ed|ing)?|add(?:s|ed|ing)|extend(?:s|ed|ing)|comprising|compris(?:e|es|ed))\b/i;
// Between the package and its measure: another number or package, another issuer, a time or a turn of the sentence.
const GAP_BREAK_RE = new RegExp(
  String.raw`[.;:?!]|\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|package|packages|round|rounds|while|whereas|but|though|although|before|after|following|since|later|then|until|previous|previously|earlier|next|latest|US|U\.S\.|UK|U\.K\.|United\s+States|Britain|British|American|Washington|Japan|Canada|G7|G-7|Group\s+of\s+Seven|national|countries|states|member|Germany|Poland|Lithuania)\b`,
  'i',
);
/** The longest gap (characters) between the package's words and its measure. */
const GAP_REACH = 90;
// The measure not (yet) in the package: planned, proposed, hoped for, asked, doubted or denied.
const HEDGE_RE = new RegExp(
  String.raw`\b(?:not|n['\u2019]t|no|never|without|exclud\w*|except\w*|spar(?:e|es|ed|ing)|omit\w*|left\s+out|fail\w*|will|would|could|should|must|might|${MODAL_MAY}|expect\w*|propos\w*|plan\w*|consider\w*|discuss\w*|debat\w*|mull\w*|weigh\w*|talks?|call(?:s|ed|ing)?|urg\w*|push\w*|demand\w*|want\w*|ask\w*|seek\w*|hope\w*|aim\w*|intend\w*|prepar\w*|work(?:s|ed|ing)?\s+on|draft\w*|pave[sd]?|paving|possib\w*|potential\w*|eventual\w*|futur\w*|upcoming|forthcoming|set\s+to|due\s+to|whether|if|unless|rumou?r\w*|reportedly|start\w*|began|begin\w*|first\s+step|phase[sd]?\s+out|phasing\s+out|dependen\w*|reduc\w*|cut\w*\s+(?:its\s+)?reliance)\b|\?`,
  'i',
);
// A decision of the package named before, told in a sentence after it: "its decision to suspend imports of oil and coal".
const DECISION_RE = /\b(?:decision|decided|agreed|voted|move[sd]?|step)\s+to\s+(?:ban|suspend|halt|stop|end|prohibit|embargo|block)\b/i;
const EU_OWN_RE = /\b(?:EU|E\.U\.|European\s+Union|the\s+bloc|bloc['\u2019]s|its|Brussels)\b/;
/** Days before a package's adoption from which its contents are agreed (ambassadors agree it first). */
const AGREED_DAYS = 7;

interface Told {
  measure: Measure;
  start: number;
  end: number;
}

/** The first measure told in `text` from `from` on, within reach, with what stands between allowed by `gapOk`. */
function measureAfter(text: string, from: number, gapOk: (gap: string) => boolean): Told | null {
  const tail = text.slice(from, from + GAP_REACH + 60);
  let best: Told | null = null;
  for (const [measure, re] of MEASURES) {
    const m = re.exec(tail);
    if (!m || m.index > GAP_REACH || (best && m.index >= best.start - from)) continue;
    best = { measure, start: from + m.index, end: from + m.index + m[0].length };
  }
  return best && gapOk(text.slice(from, best.start) + text.slice(best.start, best.end).split(/\s+/)[0]) ? best : null;
}

/** The record of the package that first adopted a measure. */
function firstOf(doc: Doc, measure: Measure): Sanction | undefined {
  return doc.facts.base.sanctions.find((s) => s.jurisdiction === 'eu' && s.firsts?.includes(measure));
}

const MEASURE_NAMES: Record<Measure, string> = {
  'coal-ban': 'ban on Russian coal',
  'oil-embargo': 'embargo on Russian oil',
  'gold-ban': 'ban on Russian gold',
  'price-cap': 'oil price cap',
  'diamond-ban': 'ban on Russian diamonds',
  'primary-aluminium-ban': 'ban on Russian primary aluminium',
};

function judged(doc: Doc, sentence: Span, told: Told, n: number, adopted: Sanction, first: Sanction): Annotation | null {
  const name = MEASURE_NAMES[told.measure];
  const start = sentence.start + told.start;
  const end = sentence.start + told.end;
  if (first.package === n) {
    if (!isConfident(first)) return null;
    return {
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'supported',
      kind: 'sanction',
      factIds: [first.id],
      message: `On record: the EU's ${ordinalText(n)} sanctions package, adopted ${formatDay(first.date)}, was the first with the ${name}. ${first.summary}`,
      fact: first.summary,
      sources: sourcesOf(first),
    };
  }
  if (first.package! < n || !isConfident(first) || !isConfident(adopted)) return null;
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    verdict: 'contradicted',
    kind: 'sanction',
    factIds: [adopted.id, first.id],
    message: `The EU's ${ordinalText(n)} sanctions package (${formatDay(adopted.date)}) held no ${name}: that came with the ${ordinalText(first.package!)} package, adopted ${formatDay(first.date)}. ${adopted.summary}`,
    fact: `${adopted.summary} ${first.summary}`,
    sources: [...sourcesOf(adopted), ...sourcesOf(first)],
  };
}

/**
 * A measure told as held by package `n`, named in the sentence and ending at `packageEnd` (an offset in the sentence's text):
 * confirmed when the package was the measure's first, contradicted when the measure came only with a later package.
 */
export function measureOfPackage(doc: Doc, sentence: Span, text: string, n: number, packageEnd: number): Annotation | null {
  const adopted = doc.facts.base.sanctions.find((s) => s.package === n && s.jurisdiction === 'eu');
  if (!adopted || doc.asOf < addDays(adopted.date, -AGREED_DAYS) || HEDGE_RE.test(text)) return null;
  const told = measureAfter(text, packageEnd, (gap) => INCLUSION_RE.test(gap) && !GAP_BREAK_RE.test(gap.replace(/\S+$/, '')));
  if (!told) return null;
  const first = firstOf(doc, told.measure);
  return first ? judged(doc, sentence, told, n, adopted, first) : null;
}

/**
 * The EU's decision told in a sentence after package `n` was named ("its decision to suspend imports of oil and coal from
 * Russia"): contradicted when the measure came with a later package not yet agreed on the page's day; never confirmed.
 */
export function decisionAfterPackage(doc: Doc, sentence: Span, text: string, n: number): Annotation | null {
  const decision = DECISION_RE.exec(text);
  if (!decision || !doc.dateCertain || !EU_OWN_RE.test(text.slice(0, decision.index))) return null;
  const adopted = doc.facts.base.sanctions.find((s) => s.package === n && s.jurisdiction === 'eu');
  if (!adopted || doc.asOf < addDays(adopted.date, -AGREED_DAYS)) return null;
  // The decision's verb is the ban's: the measure starts at it, with nothing else between.
  const verbAt = decision.index + decision[0].lastIndexOf(' ') + 1;
  const told = measureAfter(text, verbAt, (gap) => !GAP_BREAK_RE.test(gap));
  // Hedged in its own words, up to the measure ("comes at a time when it is being criticized for failing to do so" is another
  // clause's).
  if (!told || told.start !== verbAt || HEDGE_RE.test(text.slice(0, told.end))) return null;
  const first = firstOf(doc, told.measure);
  if (!first || first.package! <= n) return null;
  // Only while no EU decision on the measure existed: before its package was agreed (the earliest of its days on record).
  const agreed = [first.date, ...(first.altDates ?? [])].sort()[0];
  if (doc.asOf >= agreed) return null;
  return judged(doc, sentence, told, n, adopted, first);
}

// The EU named as the one that banned, before the measure: "the EU has imposed a direct import ban on Russian primary
// aluminium", "European Union countries agreed to ban Russian primary aluminium". Not "its" (whose it is rests on the
// subject), and nothing between the EU and the measure that names another issuer, a number or a turn of the sentence.
const EU_NAMED_RE = /\b(?:EU|E\.U\.|European\s+Union|the\s+bloc|Brussels)\b/g;
/** How far (characters) before the measure the EU may be named. */
const EU_REACH = 80;

/**
 * Round 47: an EU measure that one package was the first to adopt, told as the EU's with no package named ("In terms of
 * trade, the EU has imposed a direct import ban on Russian primary aluminium", held-out 45 us021, 25 February 2025, the day
 * after the 16th package): confirmed once the package was agreed, as the EU has held that ban since. Confirm-only: a ban
 * told of a year before it may be another issuer's or a plan misdated, and the oil price cap has its own reader.
 */
export function euMeasureTold(doc: Doc, sentence: Span, text: string): Annotation | null {
  if (HEDGE_RE.test(text)) return null;
  for (const [measure, re] of MEASURES) {
    if (measure === 'price-cap') continue;
    const m = re.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    EU_NAMED_RE.lastIndex = 0;
    let eu: RegExpExecArray | null = null;
    for (let e = EU_NAMED_RE.exec(text); e && e.index < end; e = EU_NAMED_RE.exec(text)) eu = e;
    if (!eu || m.index - eu.index > EU_REACH) continue;
    const gap = eu.index + eu[0].length < m.index ? text.slice(eu.index + eu[0].length, m.index) : '';
    if (GAP_BREAK_RE.test(gap)) continue;
    const first = firstOf(doc, measure);
    if (!first || !isConfident(first)) continue;
    const agreed = [first.date, ...(first.altDates ?? [])].sort()[0];
    if (doc.asOf < agreed) continue;
    // A year told before the package: another story (a plan, another issuer's ban), not confirmed by this record.
    const years = text.match(YEAR_RE) ?? [];
    if (years.some((y) => y < agreed.slice(0, 4))) continue;
    const start = sentence.start + m.index;
    return {
      start,
      end: sentence.start + end,
      quote: doc.text.slice(start, sentence.start + end),
      verdict: 'supported',
      kind: 'sanction',
      factIds: [first.id],
      message: `On record: the EU's ${MEASURE_NAMES[measure]} came with its ${ordinalText(first.package!)} sanctions package, adopted ${formatDay(first.date)}. ${first.summary}`,
      fact: first.summary,
      sources: sourcesOf(first),
    };
  }
  return null;
}
const YEAR_RE = /\b(?:19|20)\d{2}\b/g;

// The EU and a ban within one sentence's reach: the one test a page that names no package pays.
// Either way round: "a direct import ban into the EU".
const EU_BAN_GATE_RE =
  /\b(?:EU|E\.U\.|European\s+Union|the\s+bloc|Brussels)\b[^.;]{0,100}?\b(?:ban|bans|banned|banning|embargo\w*|prohibit\w*)\b|\b(?:ban|bans|banned|banning|embargo\w*|prohibit\w*)\s+(?:\w+\s+){0,2}?into\s+the\s+(?:EU|E\.U\.|European\s+Union)\b/;
/** The same measures told as the EU's on a page that names no package: "A direct import ban into the EU from Russia of primary aluminium". */
export function euMeasuresWithoutPackage(doc: Doc): Annotation[] {
  // The scan's own matches first (no pass over the text): a page that names the EU as a jurisdiction.
  const wholePage = { start: 0, end: doc.text.length };
  if (!matchesIn(doc, wholePage, 'qualifier').some((q) => q.value.jurisdiction === 'eu')) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!FIRSTS_GATE_RE.test(text) || !EU_BAN_GATE_RE.test(text)) continue;
    const told = euMeasureTold(doc, sentence, text);
    if (told) out.push(told);
  }
  return out;
}
