// Round 41 (confirmations by volume): the full-scale invasion's day told with its year by any word of war, with no invader
// or country in the words: "6.3 million people forced to flee Ukraine since the invasion on February 24, 2022" (held-out 39
// sh014), "However, the conflict escalated significantly on February 24, 2022" (sh027), "The war that began on February 24,
// 2022" (held-out 30 nd007), "the 13th since it invaded Ukraine, on February 24, 2022" (held-out 32 qi020), "the conflict
// that has persisted since February 2022" (held-out 29 md020). The day, year written, is the war's one anchor; a word of war
// beside it in its clause (the invasion, the war, the conflict, the attack, the aggression, escalated) makes the day the
// war's. war-anchors.ts reads the forms that name Russia or Ukraine, and stays in charge of them (this is a filler, dropped
// where any other reading covers the words). Confirm-only: another war (Crimea's, Georgia's, Gaza's) or a denial near
// keeps it quiet.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { sentenceOf } from '../doc';
import { asFiller } from '../fillers';
import { formatDay } from '../dates';
import { warAnnotation } from './war-anchors';

// "February 24, 2022", "Feb. 24, 2022", "24 February 2022", "24th of February 2022"; "February 2022" after since/in/from.
const DAY_RE =
  /\b(?:(?:February|Feb\.?)\s+24(?:th)?,?\s+2022|24(?:th)?\s+(?:of\s+)?(?:February|Feb\.?),?\s+2022|(?:since|in|from)\s+(?:late\s+)?February\s+2022)\b/g;
const WAR_WORD_RE =
  /\b(?:(?:full-scale|all-out|large-scale)\s+)?(?:invasion|invaded|war|conflict|attack|attacked|aggression|offensive|hostilities|fighting|escalated|escalation)\b/gi;
// Another war, or the day told as not the war's.
const OTHER_RE =
  /\b(?:Crimea\w*|Georgia\w*|Gaza|Israel\w*|Hamas|Iraq\w*|Afghan\w*|Syria\w*|Iran\w*|counter-?offensive|cyber\w*|not|never|no|rather\s+than|instead\s+of|before|prior\s+to|ahead\s+of|until|eve)\b/i;
/** How far a word of war may stand from the day, within the sentence (characters). */
const REACH_BEFORE = 70;
const REACH_AFTER = 40;

function told(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const invasion = doc.facts.base.figures.war?.fullScaleInvasion;
  if (!invasion) return out;
  DAY_RE.lastIndex = 0;
  for (let m = DAY_RE.exec(doc.text); m; m = DAY_RE.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = sentenceOf(doc, start);
    const month = /^(?:since|in|from)\s/i.test(m[0]);
    // The clause around the day: no stop, semicolon or bracket between the word of war and the day.
    const from = Math.max(sentence.start, start - REACH_BEFORE);
    const before = doc.text.slice(from, start);
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(')'), before.lastIndexOf(':'));
    const head = cut >= 0 ? before.slice(cut + 1) : before;
    const headStart = start - head.length;
    const tail = month ? '' : doc.text.slice(end, Math.min(sentence.end, end + REACH_AFTER)).split(/[;:().]/)[0];
    let word: { start: number; end: number } | null = null;
    WAR_WORD_RE.lastIndex = 0;
    for (let w = WAR_WORD_RE.exec(head); w; w = WAR_WORD_RE.exec(head))
      word = { start: headStart + w.index, end: headStart + w.index + w[0].length };
    if (!word && tail) {
      WAR_WORD_RE.lastIndex = 0;
      const w = WAR_WORD_RE.exec(tail);
      if (w) word = { start: end + w.index, end: end + w.index + w[0].length };
    }
    if (!word) continue;
    // "since February 2022" is the war's only with the word of war before it ("the conflict that has persisted since").
    if (month && word.start > start) continue;
    const span = { start: Math.min(word.start, start), end: Math.max(word.end, end) };
    if (OTHER_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    out.push(asFiller(warAnnotation(doc, span, 'supported', `The full-scale invasion was on ${formatDay(invasion.date)}.`, invasion)));
  }
  return out;
}

export const warDayToldDetector: ClaimDetector = {
  kind: 'event',
  // Pages that tell of the war name Russia or Ukraine (the lexicon's places): no trigger word of its own.
  triggers: [],
  find: (doc) => (doc.text.includes('2022') && (doc.text.includes('Feb') || doc.text.includes('feb')) ? told(doc) : []),
};
