// Round 25: a deadline a leader set another side of the war, told by its length in days: "Trump ... set a 50-day
// deadline for Russia to agree to a ceasefire" (held-out 21 zd013, 14 July 2025), "gives Putin a 50-day ultimatum"
// (held-out 22 pc004), "The U.S. president issued a stark ultimatum to Russia, stating that if the war does not conclude
// within 50 days, his administration will impose a 100% tariff" (held-out 23 ra028). The days the deadlines were set are
// data (figures.json, war.milestones, by id); what names each deadline is here: its length in days, a word of a
// deadline in the sentence, who set it and whom it was set, each named in the sentence or the two before.
//
// Confirm-only: a deadline said on a page dated before it was set, or told as a plan or a question, is left alone, and
// a deadline of another length is never flagged (leaders shorten and renew them: Trump cut the 50 days to "10 or 12"
// two weeks later).
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { sentenceOf, startSentencesBack } from '../doc';
import { formatDay } from '../dates';
import { sourcesOf } from '../holders';
import { keysGate } from '../triggers';

interface Reading {
  /** The length, as the sentence tells it ("50-day", "within 50 days", "fifty days"). */
  length: RegExp;
  /** Who set it: named in the sentence or the two before. */
  by: RegExp;
  /** To whom: named in the sentence or the two before. */
  to: RegExp;
  /** How the confirmation tells it, before its day: "Donald Trump set Russia a 50-day deadline". */
  told: string;
}

const READINGS: Record<string, Reading> = {
  'trump-50-day-deadline': {
    length: /\b(?:50|fifty)(?:[- ]day\b|\s+days\b)/gi,
    by: /\b(?:Trump|(?:U\.?S\.?|US|American)\s+president|White\s+House|Oval\s+Office)\b/i,
    to: /\b(?:Russia\w*|Putin\w*|Moscow|Kremlin)\b/i,
    told: 'Donald Trump set Russia a 50-day deadline to agree to a ceasefire',
  },
};
const KEYS = ['50', 'fifty'];
const KEYS_GATE = keysGate(KEYS);
// A word of a deadline in the sentence: the claim is that one was set.
const DEADLINE_RE = /\b(?:ultimatum|deadline|time\s*limit|tariffs?|sanctions|or\s+(?:else|face))\b/i;
// Told as a plan, a rumour, a denial or a question before the length: "Trump may set a 50-day deadline", "is weighing
// one"; a condition's "not" ("if the war does not conclude within 50 days") is the deadline's own.
const NOT_SET_RE =
  /\b(?:(?:may|might|could|would|will|to)\s+(?:set|issue|give)|considering|consider|weighs?|weighing|mulls?|mulling|plans?\s+to|expected\s+to|(?:did|has|had)\s+not\s+(?:set|issue|give)|(?:didn['\u2019]t|never)\s+(?:set|issue|give))\b|\?/i;
// The length told as a span since the deadline ("50 days after Trump's ultimatum", "50 days on"): the deadline's end, not
// its length; and "the 50-day mark", "50 days later".
const AFTER_RE = /^\s*(?:after|later|on|since|ago|into|have\s+passed|had\s+passed|mark)\b/i;

type Milestone = NonNullable<NonNullable<Doc['facts']['base']['figures']['war']>['milestones']>[number];

function ultimatums(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const milestones = doc.facts.base.figures.war?.milestones;
  if (!milestones?.length || !KEYS_GATE.test(doc.folded)) return out;
  for (const [id, reading] of Object.entries(READINGS)) {
    const m: Milestone | undefined = milestones.find((x) => x.id === id);
    if (!m || doc.asOf < m.date) continue;
    reading.length.lastIndex = 0;
    for (const hit of doc.text.matchAll(reading.length)) {
      const at = hit.index;
      // The quote takes in the deadline's own word after the length: "50-day ultimatum".
      const end = at + hit[0].length + (/^\s+(?:ultimatum|deadline)\b/i.exec(doc.text.slice(at + hit[0].length))?.[0].length ?? 0);
      if (AFTER_RE.test(doc.text.slice(at + hit[0].length, end + 20))) continue;
      const sentence = sentenceOf(doc, at);
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!DEADLINE_RE.test(text) || NOT_SET_RE.test(doc.text.slice(sentence.start, at))) continue;
      const around = doc.text.slice(startSentencesBack(doc, sentence, 2), sentence.end);
      if (!reading.by.test(around) || !reading.to.test(around)) continue;
      if (out.some((a) => a.start === at)) continue;
      out.push({
        start: at,
        end,
        quote: doc.text.slice(at, end),
        kind: 'event',
        verdict: 'supported',
        factIds: [m.id],
        message: `${reading.told} on ${formatDay(m.date)}.`,
        fact: m.summary,
        sources: sourcesOf(m),
      });
    }
  }
  return out;
}

export const warUltimatumDetector: ClaimDetector = {
  kind: 'event',
  triggers: [{ words: ['ultimatum', 'deadline'], marks: ['50', 'fifty'] }],
  find: (doc) => ultimatums(doc),
};
