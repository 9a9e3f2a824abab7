// Round 44: the level the lowered cap on Russian crude replaced, told with a level the cap never had. "The new measures
// include a lower price cap on Russian oil. Replacing the fixed ceiling of USD 65 (EUR 60) per barrel, the cap will now be
// set dynamically" (held-out 42 tv003, Euronews, 18 July 2025: the fixed cap was $60 from 5 December 2022 until the EU's
// dynamic $47.60 from 3 September 2025). The same claim in other words: "replacing the current $65 cap", "down from the
// previous $70-a-barrel cap", "instead of the fixed $65 per barrel ceiling", "the cap, previously set at $65 per barrel",
// "lowering the price cap from $65 to $47.60 per barrel".
//
// Only once a lowering of the crude cap was under way (LOWERING_LEAD_DAYS before the first was adopted: the Commission
// proposed it in June 2025) and before the dynamic cap's next review unrecorded here could have set a new level
// (REVIEW_DAYS after the newest level applies). The level told must be more than a dollar from every crude level on record
// ($60, $47.60, $44.10), told plainly (no "about"); a level on record that was replaced by the page's day is confirmed.
// Products (whose caps are $100 and $45), other caps (gas, budget), plans and proposals ("the proposed $65 cap") and a
// market price between the cap and the level are left alone. The cap must be Russia's: the sentence or the one before names
// Russia, its oil or the cap's makers, or the level is told per barrel (no other cap per barrel was lowered).
import type { PriceCap } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, formatDay, MODAL_MAY } from '../dates';
import { isConfident } from '../holders';
import { pastHorizon } from '../horizon';
import { capAnnotation } from './price-cap-annotation';

const DOLLARS = String.raw`(?:US\$|\$|USD\s?)\s?(\d{2,3}(?:\.\d{1,2})?)`;
// A conversion in brackets after the level: "USD 65 (EUR 60)", "$60 (EUR 57; GBP 48)".
const CONVERSION = String.raw`(?:\s*\([^)]{0,24}\))?`;
const PER_BARREL = String.raw`(?:[- ](?:a|per)[- ](?:barrel|bbl))`;
// The words that make a level the one replaced, then the cap with its level: "replacing the fixed ceiling of USD 65 (EUR
// 60) per barrel", "instead of the current $65 cap", "down from the previous $70-a-barrel price cap".
const REPLACED_WORDS = String.raw`(?:replac(?:ing|es|ed|ement\s+of)|supersed(?:ing|es|ed)|instead\s+of|in\s+place\s+of|down\s+from|scrapp(?:ing|ed)|abandon(?:ing|ed|s))`;
const CAP_ADJECTIVES = String.raw`(?:(?:the|a|its|their)\s+)?(?:(?:current|existing|previous|old|former|fixed|static|flat|original|earlier|initial|standing|uniform|rigid|G7|G-7|EU|EU['\u2019]s|G7['\u2019]s|Western|\d{4})[\s-]+){0,3}`;
const REPLACED_CAP_LEVEL_RE = new RegExp(
  String.raw`\b${REPLACED_WORDS}\s+${CAP_ADJECTIVES}(?:(?:oil|crude(?:\s+oil)?)\s+)?(?:price\s+)?(?:cap|ceiling|limit)(?:\s+on\s+(?:seaborne\s+)?Russian\s+(?:crude|oil)(?:\s+oil)?)?,?\s+(?:of|at|set\s+at)\s+${DOLLARS}${CONVERSION}${PER_BARREL}?`,
  'gi',
);
const REPLACED_LEVEL_CAP_RE = new RegExp(
  String.raw`\b${REPLACED_WORDS}\s+${CAP_ADJECTIVES}${DOLLARS}${CONVERSION}${PER_BARREL}?\s+(?:(?:oil|crude)\s+)?(?:price\s+)?(?:cap|ceiling|limit)\b`,
  'gi',
);
// "the cap, previously set at $65 per barrel", "formerly fixed at USD 65": the level it had before.
const PREVIOUSLY_SET_RE = new RegExp(
  String.raw`\b(?:cap|ceiling)\b[^.;]{0,40}?\b(?:previously|formerly|until\s+now)\s+(?:set|fixed|pegged|capped|at)\s+(?:at\s+)?${DOLLARS}${CONVERSION}${PER_BARREL}?`,
  'gi',
);
// "The cap has been reduced from the fixed $65 per barrel to a floating rate" (portnews's wording, July 2025, with $60): the
// cap lowered from a level, whatever it was lowered to.
const CAP_LOWERED_FROM_RE = new RegExp(
  String.raw`\b(?:cap|ceiling)\b[^.;$]{0,40}?\b(?:reduced|lowered|cut|dropped|slashed|brought\s+down)\s+from\s+${CAP_ADJECTIVES}${DOLLARS}${CONVERSION}${PER_BARREL}?`,
  'gi',
);
// "lowering the price cap from $65 to $47.60 per barrel": the level before a lowering on record.
const FROM_TO_RE = new RegExp(
  String.raw`\b(?:cap|ceiling)\b[^.;$]{0,60}?\bfrom\s+${DOLLARS}${CONVERSION}${PER_BARREL}?\s+to\s+(?:US\$|\$|USD\s?)\s?(\d{2,3}(?:\.\d{1,2})?)`,
  'gi',
);
// Round 46: the level replaced told bare after the new cap's level, "the new cap of $46 per barrel, replacing the current $60"
// (held-out 44 ul004, 18 July 2025): group 1 is the words of the level replaced, to the match's end.
const CAP_THEN_REPLACED_RE = new RegExp(
  String.raw`\b(?:cap|ceiling)\b[^.;$]{0,40}?(?:US\$|\$|USD\s?)\s?\d{2,3}(?:\.\d{1,2})?${CONVERSION}${PER_BARREL}?,?\s+(${REPLACED_WORDS}\s+${CAP_ADJECTIVES}${DOLLARS}${CONVERSION}${PER_BARREL}?)(?!\d|\.\d|\s*(?:(?:oil|crude)\s+)?(?:price\s+)?(?:cap|ceiling|limit)\b)`,
  'gi',
);
const CAP_WORD_RE = /\b(?:cap|ceiling)s?\b/i;
const RUSSIAN_CAP_RE = /\b(?:Russia|Russian|Russia['\u2019]s|Moscow|Kremlin|Urals|G7|G-7|Group\s+of\s+Seven|Price\s+Cap\s+Coalition)\b/;
const OIL_WORD_RE = /\b(?:oil|crude|barrel|bbl|petroleum|Urals)\b/i;
const PRODUCTS_RE = /\b(?:products?|diesel|gasoline|petrol|kerosene|fuel\s+oil|naphtha|refined)\b/i;
const OTHER_CAP_RE = /\b(?:gas|MWh|electricity|power|budget|spending|wage|salary|debt)\b/i;
// A plan, a proposal or a hedge on the level: not a claim of what the cap was.
const NOT_A_FACT_RE = new RegExp(
  String.raw`\b(?:propos\w*|plan\w*|draft\w*|suggest\w*|would|could|might|${MODAL_MAY}|if|whether|consider\w*|discuss\w*|debat\w*|mull\w*|around|about|roughly|approximately|some|nearly|almost|just|range|between)\b`,
  'i',
);
// A market price between the cap's words and the level.
const MARKET_RE = /\b(?:Urals|Brent|WTI|trad(?:es|ed|ing)|sell(?:s|ing)?|sold|fetch\w*|market|spot|price\s+of)\b/i;
/** Days before the first lowering's adoption from which the press tells of the level it replaces (proposed 10 June 2025). */
const LOWERING_LEAD_DAYS = 45;
/** Days after the newest level applies within which the dynamic cap's next review cannot have replaced it. */
const REVIEW_DAYS = 150;

const sameUsd = (a: number, b: number) => Math.abs(a - b) < 0.005;
const formatUsd = (usd: number) => (Number.isInteger(usd) ? String(usd) : usd.toFixed(2));

/** Whether a text may hold a replaced level: cheap words first. */
export function mayTellReplacedLevel(text: string): boolean {
  return (text.includes('$') || text.includes('USD')) && CAP_WORD_RE.test(text);
}

/**
 * The levels the lowered cap replaced, told in the page's sentences: confirmed when on record and replaced by the page's day,
 * contradicted when more than a dollar from every crude level on record (see the file's head). `russianPage`: the page names
 * Russia, so a sentence before may say whose cap it is.
 */
export function replacedLevels(doc: Doc, caps: PriceCap[], russianPage: boolean): Annotation[] {
  const out: Annotation[] = [];
  const crude = caps.filter((c) => c.product === 'crude');
  const lowerings = crude.filter((c) => c.adopted && c.usd < 60).sort((a, b) => (a.adopted! < b.adopted! ? -1 : 1));
  if (!lowerings.length || doc.asOf < addDays(lowerings[0].adopted!, -LOWERING_LEAD_DAYS)) return out;
  const applying = crude.filter((c) => (c.adopted ?? c.from) <= doc.asOf);
  const newest = applying.reduce((a, b) => (b.from > a.from ? b : a), applying[0]);
  const beforeReview = !!newest && doc.asOf <= addDays(newest.from, REVIEW_DAYS);
  let previousRussian = false;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const russianBefore = previousRussian;
    previousRussian = russianPage && CAP_WORD_RE.test(text) && OIL_WORD_RE.test(text) && RUSSIAN_CAP_RE.test(text);
    if (!mayTellReplacedLevel(text) || PRODUCTS_RE.test(text) || OTHER_CAP_RE.test(text)) continue;
    for (const said of levelsReplaced(text)) {
      const phrase = text.slice(said.start, said.end);
      if (NOT_A_FACT_RE.test(phrase) || MARKET_RE.test(phrase)) continue;
      // Whose cap: Russia's named here or in the sentence before, else a level per barrel.
      const russian = (russianPage && RUSSIAN_CAP_RE.test(text) && OIL_WORD_RE.test(text)) || russianBefore;
      if (!russian && !/\b(?:barrel|bbl)\b/i.test(phrase)) continue;
      const span = { start: sentence.start + said.start, end: sentence.start + said.end };
      const onRecord = crude.find((c) => sameUsd(c.usd, said.usd));
      if (onRecord) {
        // A level replaced by the page's day (or by a lowering adopted by then): confirmed.
        const replacedBy = crude.find((c) => c.from > onRecord.from && (c.adopted ?? c.from) <= doc.asOf);
        if (replacedBy && isConfident(onRecord))
          out.push(capAnnotation(doc, span, 'supported', onRecord, `On record: ${onRecord.summary}`));
        continue;
      }
      if (crude.some((c) => Math.abs(c.usd - said.usd) < 1) || !beforeReview) continue;
      const replaced = crude.filter((c) =>
        lowerings.some((l) => l.from > c.from && (l.adopted ?? l.from) <= addDays(doc.asOf, LOWERING_LEAD_DAYS)),
      );
      if (!replaced.length) continue;
      const sure =
        replaced.every(isConfident) &&
        lowerings.every(isConfident) &&
        doc.dateCertain &&
        !pastHorizon(doc.facts, doc.asOf, { list: 'sanctions' });
      const levels = replaced.map((c) => `$${formatUsd(c.usd)} (from ${formatDay(c.from)})`).join(', then ');
      out.push(
        capAnnotation(
          doc,
          span,
          sure ? 'contradicted' : 'context',
          replaced[0],
          `Not so: the cap on Russian crude that the lowering replaced was ${levels}, not $${formatUsd(said.usd)}. ${replaced[0].summary}`,
        ),
      );
    }
  }
  return out;
}

/** The replaced levels a sentence tells, with their spans in it. */
function levelsReplaced(text: string): Array<{ start: number; end: number; usd: number }> {
  const out: Array<{ start: number; end: number; usd: number }> = [];
  const add = (m: RegExpExecArray, usd: number) => {
    const at = { start: m.index, end: m.index + m[0].length, usd };
    if (!out.some((o) => o.start < at.end && at.start < o.end)) out.push(at);
  };
  for (const re of [REPLACED_CAP_LEVEL_RE, REPLACED_LEVEL_CAP_RE, PREVIOUSLY_SET_RE, CAP_LOWERED_FROM_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) add(m, Number(m[1]));
  }
  CAP_THEN_REPLACED_RE.lastIndex = 0;
  for (let m = CAP_THEN_REPLACED_RE.exec(text); m; m = CAP_THEN_REPLACED_RE.exec(text)) {
    // A market price between the cap and its level ("the cap, with Urals trading at $58, replacing ...") is no new level.
    if (MARKET_RE.test(m[0])) continue;
    const at = { start: m.index + m[0].length - m[1].length, end: m.index + m[0].length, usd: Number(m[2]) };
    if (!out.some((o) => o.start < at.end && at.start < o.end)) out.push(at);
  }
  // "from $65 to $47.60": only when the new level is a lowered one only the cap ever had.
  FROM_TO_RE.lastIndex = 0;
  for (let m = FROM_TO_RE.exec(text); m; m = FROM_TO_RE.exec(text)) if (/^(?:47\.60?|44\.10?)$/.test(m[2])) add(m, Number(m[1]));
  return out;
}
