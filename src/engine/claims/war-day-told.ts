// Round 41 (confirmations by volume): the full-scale invasion's day told with its year by any word of war, with no invader
// or country in the words: "6.3 million people forced to flee Ukraine since the invasion on February 24, 2022" (held-out 39
// sh014), "However, the conflict escalated significantly on February 24, 2022" (sh027), "The war that began on February 24,
// 2022" (held-out 30 nd007), "the 13th since it invaded Ukraine, on February 24, 2022" (held-out 35 qi020), "the conflict
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
// Round 41 (second pass): the day without its year on a page of 2022 after it ("When it began on Feb. 24", June 2022; "February
// 24: Invasion starts", a timeline of April 2022), group 1: the page's own year.
const DAY_RE =
  /\b(?:(?:February|Feb\.?)\s+24(?:th)?,?\s+2022|24(?:th)?\s+(?:of\s+)?(?:February|Feb\.?),?\s+2022|(?:since|in|from)\s+(?:late\s+)?February\s+2022|((?:February|Feb\.?)\s+24(?:th)?|24(?:th)?\s+(?:of\s+)?(?:February|Feb\.?))(?!,?\s*\d))\b/g;
const WAR_WORD_RE =
  /\b(?:(?:full-scale|all-out|large-scale)\s+)?(?:invasion|invaded|invade|war|conflict|attack|attacked|aggression|offensive|hostilities|fighting|escalated|escalation|occupy|occupation|special\s+military\s+operation|(?:Russian|Russia['\u2019]s|Moscow['\u2019]s)\s+(?:troops|forces|tanks|army)\s+(?:crossed|rolled|poured|entered|moved)\s+(?:in(?:to)?|across|the)\b[^,;.]{0,40})\b/gi;
// A beginning told of the war: "It all began early in the morning on February 24, 2022" (held-out 28 kd018), "When it began on
// Feb. 24" (held-out 29 md001), read as the war's when the sentence or the one before names the war.
const BEGIN_WORD_RE = /\b(?:began|begun|begins|started|starts|beginning|broke\s+out|erupted|outbreak)\b/gi;
const WAR_NOUN_RE = /\b(?:war|invasion|conflict|attack|aggression|hostilities|special\s+military\s+operation)\b/i;
// Another war, or the day told as not the war's.
const OTHER_RE =
  /\b(?:Crimea\w*|Georgia\w*|Gaza|Israel\w*|Hamas|Iraq\w*|Afghan\w*|Syria\w*|Iran\w*|counter-?offensive|cyber\w*|not|never|no|rather\s+than|instead\s+of|before|prior\s+to|ahead\s+of|until|eve)\b/i;
const OWN_EVENT_RE =
  /\b(?:met|meet|meets|meeting|summit|talks|held|holds|announced|adopted|agreed|signed|voted|said|says|called|visited|spoke|approved|imposed|decided|declared|opened|closed|convened|gathered)\b/i;
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
    if (m[1] && !(doc.asOf >= invasion.date && doc.asOf.startsWith(invasion.date.slice(0, 4)))) continue;
    const sentence = sentenceOf(doc, start);
    const month = /^(?:since|in|from)\s/i.test(m[0]);
    // The clause around the day: no stop, semicolon or bracket between the word of war and the day.
    const from = Math.max(sentence.start, start - REACH_BEFORE);
    const before = doc.text.slice(from, start);
    const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf('('), before.lastIndexOf(')'), before.lastIndexOf(':'));
    const head = cut >= 0 ? before.slice(cut + 1) : before;
    const headStart = start - head.length;
    // A timeline's entry: "February 24: Invasion starts", "24 February 2022 – Russia invades".
    const lead = month ? null : /^\s*[:\u2013\u2014-]\s*/.exec(doc.text.slice(end, end + 4));
    const tailStart = end + (lead ? lead[0].length : 0);
    const tail = month ? '' : doc.text.slice(tailStart, Math.min(sentence.end, tailStart + REACH_AFTER)).split(/[;:().,]/)[0];
    const previous = doc.sentences.filter((x) => x.end <= sentence.start).pop();
    const warNamed = WAR_NOUN_RE.test(doc.text.slice(previous ? previous.start : sentence.start, sentence.end));
    let word: { start: number; end: number } | null = null;
    for (const re of warNamed ? [WAR_WORD_RE, BEGIN_WORD_RE] : [WAR_WORD_RE]) {
      re.lastIndex = 0;
      for (let w = re.exec(head); w; w = re.exec(head)) word = { start: headStart + w.index, end: headStart + w.index + w[0].length };
      if (word) break;
    }
    for (const re of warNamed ? [WAR_WORD_RE, BEGIN_WORD_RE] : [WAR_WORD_RE]) {
      if (word || !tail) break;
      re.lastIndex = 0;
      const w = re.exec(tail);
      if (w) word = { start: tailStart + w.index, end: tailStart + w.index + w[0].length };
    }
    if (!word) continue;
    // "On February 24 the EU met on the invasion", "After the invasion, NATO ambassadors met on February 24, 2022": the day
    // is another event's when a verb of its own stands between the day and the word of war.
    const between = word.start > end ? doc.text.slice(end, word.start) : doc.text.slice(word.end, start);
    if (OWN_EVENT_RE.test(between)) continue;
    // "since February 2022" is the war's only with the word of war before it ("the conflict that has persisted since"), and not
    // an occupation's ("facing Russian occupation since February 2022": Crimea's began in 2014).
    if (month && (word.start > start || /occup|escalat/i.test(doc.text.slice(word.start, word.end)))) continue;
    const span = { start: Math.min(word.start, start), end: Math.max(word.end, end) };
    if (OTHER_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    out.push(asFiller(warAnnotation(doc, span, 'supported', `The full-scale invasion was on ${formatDay(invasion.date)}.`, invasion)));
  }
  return out;
}

// Round 41 (third pass): the year alone, of the invasion as a noun or of the war's beginning, Ukraine or Russia named in the
// sentence or the two before: "Ukraine needs support. Since the invasion began in 2022, the alliance has grown", "since the
// full-scale invasion in 2022". Only 2022 is read (confirm-only); war-anchors.ts judges other years where the invader is named.
const YEAR_RE =
  /\b(?:(?:the|this|its)\s+(?:(?:full-scale|all-out|large-scale|Russian)\s+)?(?:invasion(?:\s+(?:began|started))?|(?:war|conflict|aggression)\s+(?:began|started|broke\s+out|erupted))|(?:began|started|launched)\s+(?:its|the|a)\s+(?:(?:full-scale|all-out|large-scale)\s+)?(?:invasion|war))\s+in\s+(?:early\s+|late\s+)?2022\b/g;
const SIDES_RE = /\b(?:Ukrain\w*|Kyiv|Kiev|Russia\w*|Moscow|Kremlin)\b/;

function toldByYear(doc: Doc, out: Annotation[]): void {
  const invasion = doc.facts.base.figures.war?.fullScaleInvasion;
  if (!invasion) return;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(doc.text); m; m = YEAR_RE.exec(doc.text)) {
    const sentence = sentenceOf(doc, m.index);
    const earlier = doc.sentences.filter((x) => x.end <= sentence.start).slice(-2);
    const from = earlier.length ? earlier[0].start : sentence.start;
    if (!SIDES_RE.test(doc.text.slice(from, sentence.end))) continue;
    if (OTHER_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const span = { start: m.index + (/^(?:the|this|its)\s/i.test(m[0]) ? m[0].indexOf(' ') + 1 : 0), end: m.index + m[0].length };
    out.push(asFiller(warAnnotation(doc, span, 'supported', `The full-scale invasion was on ${formatDay(invasion.date)}.`, invasion)));
  }
}

export const warDayToldDetector: ClaimDetector = {
  kind: 'event',
  // Pages that tell of the war name Russia or Ukraine (the lexicon's places): no trigger word of its own.
  triggers: [],
  find(doc) {
    const has2022 = doc.text.includes('2022');
    const out = (has2022 || doc.asOf.startsWith('2022')) && (doc.text.includes('Feb') || doc.text.includes('feb')) ? told(doc) : [];
    if (has2022 && doc.text.includes(' in 2022')) toldByYear(doc, out);
    return out;
  },
};
