// Round 45. NATO's size told as an estimate, in the present, as what NATO is or has: "NATO is an alliance between like 13
// countries that was formed in World War II or World War I" (a student paper, 1 March 2022, held-out 43 ug001: it had 30),
// "NATO is an alliance of about 20 countries", "NATO, a military alliance of some 15 nations, ...", "NATO has around 40
// members". The count readers take no estimate (member-count-approx.ts drops what they read after one), so a size far from any
// the alliance had on the day went unread.
//
// An estimate is not a count: it is confirmed when it is near the count of the page's day (within two, or a few above it for
// "nearly", "almost"), a red flag only when it is far from it (a quarter of the count, at least six: "about 13" of 30, not
// "about 25"), said of NATO by name as its subject or in apposition, with no year, supposition, future or other body in the
// sentence and no past time told by the passage (the estimate may be of that time), on a sure date before the knowledge
// horizon. Anything between says nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';
import { narratedTime } from '../narrated-time';
import { numberFrom } from '../numbers';
import { keysGate, warmed } from '../triggers';
import { MEMBERS_NOW_ID, membersOn, wholeByRegion } from './history-common';

const HEDGE_GATE = keysGate([
  'like ',
  'about ',
  'around ',
  'some ',
  'roughly ',
  'approximately ',
  'nearly ',
  'almost ',
  'close to ',
  'an estimated ',
]);
// The estimate and its count: group 1 the hedge, group 2 the number.
const HEDGED_RE =
  /\b(like|about|around|some|roughly|approximately|nearly|almost|close\s+to|an\s+estimated)\s+(\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ](?:one|two|three|four|five))?|forty|fifty)\s+(?:(?:member|European|Western|sovereign|independent)\s+)?(?:countries|nations|members|states|allies)\b/gi;
// NATO by name right before the estimate, as the subject of a copula with an alliance or of a verb of having, or with the
// alliance in apposition ("NATO, a military alliance of some 15 nations"). Present tense only.
const NATO_BEFORE_RE =
  /\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?:\s*\((?:NATO|Nato)\))?(?:,?\s+(?:is|remains)\s+(?:now\s+|currently\s+|today\s+|still\s+)?|,\s+)(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:alliance|organi[sz]ation|bloc|group|coalition|union|partnership|pact|club)\s+(?:(?:that|which)\s+(?:now\s+)?(?:consists\s+of|is\s+made\s+up\s+of|comprises|includes|has|unites)|(?:composed|made\s+up|consisting|comprised)\s+of|comprising|of|between|among|with|uniting)\s+$|\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?:\s*\((?:NATO|Nato)\))?\s+(?:now\s+|currently\s+|today\s+)?(?:has|comprises|consists\s+of|is\s+made\s+up\s+of|is\s+composed\s+of|includes|counts|numbers)\s+$/;
// A part of the members after the count: "NATO has about 20 countries that meet the target", "some 23 countries in the EU".
const PART_AFTER_RE =
  /^\s*(?:(?:that|which|who|whose)\b(?!\s+(?:was|is|has)\b)|(?:in|from|with|without|spending|meeting|reaching|at|on|above|below|bordering|along|near|outside|inside|where)\b)/i;
// Spending: the members at a target are a part ("NATO now has some 23 countries at 2%").
const SPENDING_RE = /%|\b(?:percent|per\s+cent|GDP|target|spend\w*|budget)\b/i;
const STOP_RE = /[.!?;](?=\s|$)/;
const BELOW_ONLY_RE = /^(?:nearly|almost|close\s+to)$/i;
// What makes the sentence not a statement of NATO's size now: a supposition, a future, a year, another body, partners.
const UNSURE_RE =
  /\b(?:if|would|could|might|may|whether|unless|will|soon|once|expected|future|join|joins|joining|accession|enlarg\w*|expand\w*|grow\w*|partners?)\b|\?|\b(?:19|20)\d\d\b/i;
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European Union|G7|G-7|G20|G-20|United Nations|UN|OSCE|ASEAN|African Union|BRICS|CSTO|Warsaw Pact|Commonwealth|coalition|Coalition|Ramstein|Contact Group|Partnership for Peace)\b/;

/** The estimates of NATO's size in the document, judged against the count of the page's day. */
export function hedgedCounts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HEDGE_GATE.test(doc.text)) return out;
  HEDGED_RE.lastIndex = 0;
  for (let m = warmed(HEDGED_RE, doc.text).exec(doc.text); m; m = HEDGED_RE.exec(doc.text)) {
    const at = m.index;
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
    if (!sentence) continue;
    const before = NATO_BEFORE_RE.exec(doc.text.slice(Math.max(sentence.start, at - 120), at));
    if (!before) continue;
    const n = numberFrom(m[2].toLowerCase());
    if (!Number.isFinite(n)) continue;
    // The sentence up to the first stop after the estimate: "... formed in World War II or World War I.  Ukraine wants to join
    // NATO, but if Ukraine joins ..." (ug001) is one sentence to the splitter ("I." may be an initial), two to a reader.
    const stop = doc.text.slice(at, sentence.end).search(STOP_RE);
    const text = doc.text.slice(sentence.start, stop < 0 ? sentence.end : at + stop + 1);
    const after = doc.text.slice(at + m[0].length, at + m[0].length + 60);
    // "an alliance of about 30 countries in Europe and North America": both sides, the whole (history-common.ts).
    if (OTHER_BODY_RE.test(text) || SPENDING_RE.test(text) || (PART_AFTER_RE.test(after) && !wholeByRegion(after))) continue;
    const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
    const horizon = pastHorizon(doc.facts, doc.asOf);
    const day = horizon ?? doc.asOf;
    const had = membersOn(members, day).length;
    const start = at - before[0].length;
    const end = at + m[0].length;
    const base = {
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'membership' as const,
      sources: sourcesOfAll(members.map((j) => j.nato)).slice(0, 3),
      fact: `NATO had ${had} members on ${formatDay(day)}.`,
      factIds: [MEMBERS_NOW_ID],
    };
    const near = BELOW_ONLY_RE.test(m[1]) ? n >= had && n - had <= 3 : Math.abs(n - had) <= 2;
    if (near) {
      out.push({ ...base, verdict: 'supported', message: `NATO had ${had} members on ${formatDay(day)}: about ${n}.` });
      continue;
    }
    const far = Math.abs(n - had) >= Math.max(6, Math.round(had / 4));
    if (!far || horizon || !doc.dateCertain || UNSURE_RE.test(text) || narratedTime(doc, at).narration) continue;
    out.push({
      ...base,
      verdict: 'contradicted',
      message: `Not so: NATO had ${had} members on ${formatDay(day)}, not about ${n}.`,
    });
  }
  return out;
}
