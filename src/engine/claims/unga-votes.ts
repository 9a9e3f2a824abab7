// Round 25: the tally of a UN General Assembly vote on Russia's war against Ukraine: "The vote was 141 to five, with 35
// abstentions" (held-out 23 ra012, 2 March 2022), "141 nations voted in favor of the resolution, with 35 abstentions and
// five voting against" (ra013), "93 votes in favour, 24 against and 58 abstentions". The tallies are data (events.json,
// the 'unga-resolution-...' records' `vote`).
//
// A sentence that tells a vote (a word of voting or abstaining) near a word of the UN or a resolution, with Ukraine or
// Russia named in it or shortly before, is read for its figures: the votes for (a figure before "in favour", "for",
// "yes", or first of "141 to five" / "141-5"), against (before or after "against", "opposed", "no") and abstentions.
// Supported when a resolution on record, adopted by the page's date, has the votes for and against told and, if told, the
// abstentions. Confirm-only: other bodies vote too, and a figure misread is never a reason to flag.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { formatDay } from '../dates';
import { sourcesOf } from '../holders';
import { memoByFacts } from '../memo';
import { UNIT_WORDS, numberFrom } from '../numbers';

// The number words a tally is written in ("141 to five"); numberFrom gives their value, "none" is 0.
const WORDS = ['none', ...UNIT_WORDS, 'twenty'];
const NUM = `(\\d{1,3}|${WORDS.join('|')})`;
const NOUN = `(?:[ \\t]+(?:nations|countries|states|member[ \\t]+states|members|delegations|votes?))?`;
// "141 to five", "141-5", "141 to 5 against": for, then against.
const TO_RE = new RegExp(`\\b${NUM}${NOUN}[ \\t]*(?:to|[-–])[ \\t]*${NUM}\\b(?![ \\t]*(?:%|per|percent|days|years|months))`, 'i');
const FOR_RE = new RegExp(
  `\\b${NUM}${NOUN}[ \\t]+(?:(?:have[ \\t]+|had[ \\t]+)?voted[ \\t]+)?(?:in[ \\t]+favou?r|for\\b|yes\\b|supporting|backed|approving)`,
  'i',
);
const FOR_AFTER_RE = new RegExp(`\\b(?:supported|backed|approved)[ \\t]+by[ \\t]+${NUM}\\b`, 'i');
const AGAINST_RE = new RegExp(
  `\\b${NUM}${NOUN}[ \\t]+(?:(?:voting|voted|votes?)[ \\t]+)?(?:against|opposed|no\\b)|\\bagainst[ \\t]*(?:[-—–:,]|was|were|by)?[ \\t]*${NUM}\\b`,
  'i',
);
const ABSTAIN_RE = new RegExp(
  `\\b${NUM}${NOUN}[ \\t]+(?:(?:countries|nations|states|delegations)[ \\t]+)?(?:abstentions?|abstained|abstaining|abstain)|\\babstain(?:ed|ing)?[ \\t]*(?:[-—–:,]|was|were)?[ \\t]*${NUM}\\b`,
  'i',
);
const VOTE_RE = /\b(?:vot\w*|abstain\w*|abstention\w*|in\s+favou?r)\b/i;
const BODY_RE = /\b(?:United\s+Nations|U\.?N\.?|General\s+Assembly|resolution|assembly)\b/;
const WAR_RE = /\bUkrain|\bRussia/;
const CONTEXT_REACH = 600;
// The Security Council's votes are not the Assembly's.
const COUNCIL_RE = /\bSecurity\s+Council\b/i;

const tallied = memoByFacts((facts, _: 'all'): readonly EventRecord[] =>
  facts.base.events.filter((e) => e.id.startsWith('unga-resolution-') && e.status === 'held' && e.vote),
);

const value = (s: string): number => (/^none$/i.test(s) ? 0 : numberFrom(s));
function first(re: RegExp, text: string): { n: number; at: number; end: number } | null {
  const m = re.exec(text);
  if (!m) return null;
  const s = m.slice(1).find((x) => x !== undefined);
  return s === undefined ? null : { n: value(s), at: m.index, end: m.index + m[0].length };
}

function ungaVotes(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const records = tallied(doc.facts, 'all');
  if (!records.length || (!doc.folded.includes('abst') && !doc.folded.includes('against'))) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!VOTE_RE.test(text) || COUNCIL_RE.test(text)) continue;
    const context = doc.text.slice(Math.max(0, sentence.start - CONTEXT_REACH), sentence.end);
    if (!BODY_RE.test(context) || !WAR_RE.test(context)) continue;
    const to = TO_RE.exec(text);
    const pro = first(FOR_RE, text) ?? first(FOR_AFTER_RE, text);
    const con = first(AGAINST_RE, text);
    const abstain = first(ABSTAIN_RE, text);
    const forN = pro?.n ?? (to ? value(to[1]) : undefined);
    const againstN = con?.n ?? (to && !pro ? value(to[2]) : undefined);
    // For and against, and a for that is a large figure (not "two to one").
    if (forN === undefined || againstN === undefined || forN < 25) continue;
    const found = records.filter(
      (r) =>
        r.start <= doc.asOf &&
        r.vote!.for === forN &&
        r.vote!.against === againstN &&
        (abstain === null || r.vote!.abstentions === abstain.n),
    );
    // Two resolutions with the same for and against (ES-11/1 and ES-11/4 had 5 against): the abstentions must tell.
    if (found.length !== 1) continue;
    const e = found[0];
    const spans = [pro, con, abstain, to ? { at: to.index, end: to.index + to[0].length } : null].filter((x) => x !== null);
    const start = sentence.start + Math.min(...spans.map((x) => x.at));
    const end = sentence.start + Math.max(...spans.map((x) => x.end));
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'event',
      verdict: 'supported',
      factIds: [e.id],
      message: `${e.name} was adopted on ${formatDay(e.start)} by ${e.vote!.for} votes to ${e.vote!.against}, with ${e.vote!.abstentions} abstentions.`,
      fact: e.summary,
      sources: sourcesOf(e),
    });
  }
  return out;
}

export const ungaVotesDetector: ClaimDetector = {
  kind: 'event',
  triggers: [{ words: ['abstentions?', 'abstained', 'abstaining', 'against'], marks: ['\\d'] }],
  find: (doc) => ungaVotes(doc),
};
