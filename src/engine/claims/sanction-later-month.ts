// Round 43: sanctions told as already imposed, dated to a month after the page's own day. "Those companies also splintered
// and reorganised vessels ... between August and January, in response to December 2024 sanctions imposed by the UK
// government" (held-out 41 to007, a page of 24 June 2024: the designations meant were December 2023's); "following the
// sanctions imposed in March 2026", "the January 2025 sanctions on Gazprom Neft" told as past in 2024.
//
// Only the month written out with its year, told of sanctions as past (a verb of the act in the past, or "in response to",
// "after", "following", "since", "because of"), on a page whose date is certain, at least three weeks before that month
// starts. Anything that may look ahead is left alone: a plan, a proposal, a deadline, an entry into force or expiry
// ("sanctions due to take effect in December 2024", "extended until January 2025", "will be imposed in March").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, formatDay, MODAL_MAY } from '../dates';
import { compiledOnFirstRun } from '../triggers';

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const YEAR = '((?:19|20)\\d{2})';
const PAST_ACT = '(?:imposed|announced|adopted|introduced|levied|placed|issued|unveiled|enacted|approved)';
// "December 2024 sanctions imposed by the UK", "the March 2026 round of sanctions"; "sanctions imposed by Britain in December
// 2024", "sanctions that were announced in December 2024".
const LATER_MONTH_RE = new RegExp(
  String.raw`\b${MONTH}\s+${YEAR}\s+(?:(?:round|package|wave|tranche)\s+of\s+)?(?:(?:US|U\.S\.|UK|U\.K\.|EU|E\.U\.|British|American|Western|new)\s+)?(?:sanctions|designations)\b(?![\s-]+(?:report|review|bill|list|update|guidance|deadline|package|regime|law|act|programme|program|legislation|relief|talks|meeting|summit|proposal|plan)s?\b)|\bsanctions\s+(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?${PAST_ACT}\s+(?:(?:by|on|against)\s+[^.;:,]{1,40}?\s+)?in\s+${MONTH}\s+${YEAR}\b`,
  'g',
);
/** A cheap look before the expression: a month's name and a year, then the word. */
export const LATER_MONTH_GATE_RE = compiledOnFirstRun(
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:19|20)\d{2}\b/,
);
// The sanctions told as done: a verb of the act in the past after them, or a cause before them.
const PAST_AFTER_RE = new RegExp(String.raw`^\s+(?:(?:that|which)\s+)?(?:(?:were|was|had\s+been)\s+)?${PAST_ACT}\b`, 'i');
const CAUSE_BEFORE_RE = /\b(?:in\s+response\s+to|after|following|since|because\s+of|due\s+to|under)\s+(?:the\s+)?$/i;
// What may look ahead, anywhere in the sentence.
const AHEAD_RE = new RegExp(
  String.raw`\b(?:will|would|could|should|might|${MODAL_MAY}|shall|planned|plans?|planning|propos\w*|expect\w*|schedul\w*|due\s+to\s+(?:take|come|enter|start|expire|end)|set\s+to|to\s+be|take\s+effect|come\s+into|enter(?:s|ed)?\s+into|in\s+force|effective|expir\w*|until|till|through|deadline|extend\w*|renew\w*|valid|phase\w*|from|starting|begin\w*|forecast\w*|projected|scenario|if|unless|whether|draft\w*|next|upcoming|future|intend\w*)\b|\?`,
  'i',
);
/** How far (days) after the page's day the month must start: a page dated at a month's end may be updated days later. */
const MIN_LEAD_DAYS = 21;
const MONTH_INDEX: Record<string, number> = {
  January: 1,
  February: 2,
  March: 3,
  April: 4,
  May: 5,
  June: 6,
  July: 7,
  August: 8,
  September: 9,
  October: 10,
  November: 11,
  December: 12,
};

export function sanctionsOfLaterMonth(doc: Doc): Annotation[] {
  if (!doc.dateCertain) return [];
  const out: Annotation[] = [];
  LATER_MONTH_RE.lastIndex = 0;
  for (let m = LATER_MONTH_RE.exec(doc.text); m; m = LATER_MONTH_RE.exec(doc.text)) {
    const month = m[1] ?? m[3];
    const year = m[2] ?? m[4];
    const first = `${year}-${String(MONTH_INDEX[month]).padStart(2, '0')}-01`;
    if (first <= addDays(doc.asOf, MIN_LEAD_DAYS)) continue;
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (AHEAD_RE.test(text)) continue;
    const start = m.index;
    let end = m.index + m[0].length;
    // The month before the noun: told as done by the verb after it or the cause before it.
    if (m[1]) {
      const after = PAST_AFTER_RE.exec(doc.text.slice(end, sentence.end));
      if (after) end += after[0].length;
      else if (!CAUSE_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, start - 30), start))) continue;
    }
    const written = `${month} ${year}`;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'contradicted',
      kind: 'sanction',
      factIds: [],
      message: `Told as already imposed, but ${written} is after this page's date (${formatDay(doc.asOf)}): the month or the year is wrong.`,
      fact: `The page is dated ${formatDay(doc.asOf)}.`,
      sources: [],
    });
  }
  return out;
}
