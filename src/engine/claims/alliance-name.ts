// Round 38 (errors by volume): NATO's name spelt out with a wrong word. The alliance is the North Atlantic Treaty
// Organization, named after the North Atlantic Treaty (Washington, 4 April 1949); pages write it out as the "North
// American Treaty Organization" (held-out 24, 30: a machine rewrite of wire copy, "the North American Treaty Organization
// (NATO)"), or the "North Atlantic Trade Organization" (held-out 32 ib004, a quiz answer). The name is fixed and the slip
// needs no date: any page that uses it is wrong about what NATO is called.
//
// Read: "North American" before "Treaty", "Trade" or "Trading", or "North Atlantic" before "Trade" or "Trading", then
// "Organization"/"Organisation". Not "North American Free Trade Agreement" (no "Organization" right after), not a
// European and North American defence alliance (no "Treaty Organization"). Quiet where the sentence tells the slip as a
// slip ("mistakenly called", "not the North American ...", "a gaffe", "[sic]") or the name stands in quotation marks of its
// own (a mention of the words, not a use of them).
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { formatDay } from '../dates';
import { sourcesOf } from '../holders';
import { historyAnnotation } from './history-common';
import { compiledOnFirstRun } from '../triggers';

// One cheap look over the page: most pages never write "North American Treaty" or "North Atlantic Trade".
const HINT_RE = compiledOnFirstRun(/\bNorth[\s-]+(?:American[\s-]+(?:Treaty|Trad)|Atlantic[\s-]+Trad)/i);
const WRONG_NAME_RE =
  /\b(?:the\s+)?North[\s-]+(?:American[\s-]+(Treaty|Trade|Trading)|Atlantic[\s-]+(Trade|Trading))[\s-]+Organi[sz]ations?\b/gi;
// The sentence tells the name as somebody's slip, or denies it.
const SLIP_TOLD_RE =
  /\b(?:not|never|mistak\w*|wrong\w*|erroneous\w*|incorrect\w*|confus\w*|misnam\w*|mis-?spo\w*|misstat\w*|slip|gaffe|flub\w*|blunder\w*|sic|joke\w*|jokingly|dubbed|nicknam\w*|parody|satir\w*)\b/i;
const QUOTE_BEFORE_RE = /["\u201c\u2018'\u00ab]\s*$/;
const QUOTE_AFTER_RE = /^\s*(?:\(NATO\)\s*)?["\u201d\u2019'\u00bb]/;

function wrongNames(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const founding = doc.facts.base.figures.founding;
  WRONG_NAME_RE.lastIndex = 0;
  for (let m = WRONG_NAME_RE.exec(doc.text); m; m = WRONG_NAME_RE.exec(doc.text)) {
    const start = m.index + (/^the\s/i.test(m[0]) ? m[0].indexOf('North') : 0);
    const end = m.index + m[0].length;
    const sentence = sentenceOf(doc, start);
    const text =
      sentence.end > sentence.start ? doc.text.slice(sentence.start, sentence.end) : doc.text.slice(Math.max(0, start - 200), end + 200);
    if (SLIP_TOLD_RE.test(text)) continue;
    if (QUOTE_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 3), start)) && QUOTE_AFTER_RE.test(doc.text.slice(end, end + 12))) continue;
    const which = [m[1] ? '"North American" for "North Atlantic"' : '', /^trad/i.test(m[1] ?? m[2]) ? '"trade" for "treaty"' : '']
      .filter(Boolean)
      .join(', ');
    const fact = `NATO is the North Atlantic Treaty Organization, named after the North Atlantic Treaty signed in Washington on ${formatDay(founding.signed)}.`;
    out.push(
      historyAnnotation(
        doc,
        { start, end },
        'figure',
        'contradicted',
        `Not its name (${which}): ${fact}`,
        fact,
        ['nato-founding'],
        sourcesOf(founding),
      ),
    );
  }
  return out;
}

export const allianceNameDetector: ClaimDetector = {
  kind: 'figure',
  triggers: [
    {
      words: ['north american treaty', 'north american trade', 'north american trading', 'north atlantic trade', 'north atlantic trading'],
    },
  ],
  find: (doc) => wrongNames(doc),
};
