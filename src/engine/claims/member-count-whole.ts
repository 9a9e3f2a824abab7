// Round 18 (second wave). A member count said in passing of the whole alliance, with NATO in the phrase itself: "the 32
// NATO members", "all 31 NATO allies", "the 29 member states of the Alliance", "the other 31 NATO member countries". The
// loose counts of accession.ts confirm these when right and said nothing otherwise, since a loose count may be some of the
// allies ("the 23 NATO members that meet the target"). Mutation probes of the true sentences ("the 33 NATO members", "all
// 30 NATO allies" on a page of 2025) found them silent. Read here, only where the phrase can be nothing but all of NATO:
//   - the phrase is definite ("the", "all", "the other") and names NATO or the Alliance in itself;
//   - no word after it makes it a part ("that", "which", "in", "of", "from", "except", "other than", a verb in -ing,
//     "and", "plus", "have"), no year, month or other time told in its sentence, no accession or enlargement told in it;
//   - a count NATO once had but no longer has is outdated (the narrated-time wrapper of the membership detector still
//     excuses a passage that tells of an earlier time); more members than NATO ever had is contradicted unless the
//     sentence supposes or looks ahead; a count below today's NATO never had (a part?) and one reached later say nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { countOfSpendingFigures } from './history-common';

type Country = Doc['facts']['base']['jurisdictions'][number];
interface Alliance {
  members: readonly Country[];
  countOn: (day: string) => number;
}

// The phrase names all of NATO: "the/all N NATO members", "the N members of NATO / of the Alliance", "the other N NATO ...".
const WHOLE_PHRASE_RE =
  /^(?:(?:[Tt]he|[Aa]ll)\s+(?:other\s+)?\S+\s+(?:NATO|Nato)\s+(?:allies|Allies|members|[Mm]ember [Ss]tates|member countries|countries|nations|states)|[Tt]he\s+\S+\s+(?:members|member states|member countries|member nations|allies|nations)\s+of\s+(?:the\s+)?(?:NATO|Nato|North Atlantic Treaty Organi[sz]ation|(?:Atlantic\s+|North Atlantic\s+)?[Aa]lliance))$/;
// Words after the phrase that make it some of the allies, or add others to them.
const PART_AFTER_RE =
  /^\s*(?:,\s*)?(?:that|which|who|whose|in|of|from|within|inside|outside|on|at|with|without|except|excluding|besides|but|other|apart|beyond|above|below|over|under|near|along|bordering|and|plus|or|\+|have|has|had|are|were|expected|already|out|not|\w+ing)\b|^\s*\(/i;
const MEETING_AFTER_RE =
  /^\s*(?:(?:are|were|will\s+be)\s+)?(?:meeting|gathering|convening)\s+(?:in|this|next|today|tomorrow|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/;
const SPENDING_RE = /%|\b(?:percent|per\s+cent|target|GDP|spend\w*|budget\w*|guideline|benchmark|goal)\b/i;
// A time told in the sentence: the count may be of then (the wrapper's narration reads most, this is the sure part).
const TIME_TOLD_RE =
  /\b(?:then|ago|former(?:ly)?|at\s+(?:the|that)\s+time|back\s+(?:in|when|then)|until|when|while|once|previously|earlier|originally|last\s+(?:year|month|week))\b/;
// A past era told without a year: "During the Cold War, the 16 NATO members faced the Warsaw Pact" (a lead's probe of a
// true look-alike, flagged as outdated): the count is of that era.
const ERA_TOLD_RE =
  /\b(?:Cold\s+War|Soviet|USSR|Warsaw\s+Pact|Berlin\s+Wall|during|era|decades?|century|histor\w*|founding|founders?|original(?:ly)?|(?:19|20)\d0s)\b/i;
const YEAR_RE = /\b(?:19|20)\d\d\b/g;
// Joining told in the sentence: around an accession a stale count is often the count before it, told of the steps.
const JOINING_TOLD_RE =
  /\b(?:join\w*|accession|accede\w*|ratif\w*|protocols?|enlarg\w*|admi(?:t|ssion)\w*|invit\w*|appl(?:y|ied|ication)\w*|bid|membership|veto\w*|approv\w*|welcom\w*|newest|new\s+member)\b/i;
// A supposition or a time to come: a count above any NATO had may be of an enlargement ahead.
const UNSURE_RE = /\b(?:if|would|could|might|whether|unless|should|future|soon|will|set\s+to|expected|potential|eventual\w*)\b|\?/i;

/** The verdict on a whole-alliance count that is not today's, or null to say nothing. */
export function wholeCountJudged(
  doc: Doc,
  alliance: Alliance,
  span: { start: number; end: number },
  n: number,
): Pick<Annotation, 'verdict' | 'message'> | null {
  const phrase = doc.text.slice(span.start, span.end);
  if (!WHOLE_PHRASE_RE.test(phrase) || n < 12 || n > 40) return null;
  if (pastHorizon(doc.facts, doc.asOf)) return null;
  const after = doc.text.slice(span.end, span.end + 30);
  const sentence = doc.sentences.find((s) => s.start <= span.start && span.start < s.end);
  if (!sentence) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  // Round 20: "the leaders of the 30 member states of the NATO are meeting in Washington" (a mutation of a true sentence of
  // July 2024): the whole alliance meeting at a place or a time, in a sentence of no spending ("the 23 NATO members are
  // meeting the target", "meeting at least 2%" are a part).
  const meeting = MEETING_AFTER_RE.test(after) && !SPENDING_RE.test(text);
  if (PART_AFTER_RE.test(after) && !meeting && !/^\s*,\s*(?:including|such\s+as)\b/i.test(after)) return null;
  if (TIME_TOLD_RE.test(text) || ERA_TOLD_RE.test(text) || JOINING_TOLD_RE.test(text)) return null;
  // A year told other than the article's: the count may be of then (a date of the article's year is left to the
  // narrated-time wrapper, which excuses a passage of an earlier day).
  if ((text.match(YEAR_RE) ?? []).some((y) => y !== doc.asOf.slice(0, 4))) return null;
  // Another body counted in the sentence: "the 32 NATO allies and the 27 EU members".
  if (/\b(?:EU|E\.U\.|European Union|G7|G-7|G20|coalition|Coalition|Ramstein|Contact Group|partners)\b/.test(text)) return null;
  const accessions = alliance.members.map((j) => factRange(j.nato!.joined));
  const now = alliance.countOn(doc.asOf);
  // An accession within 90 days before the article: the count before it is still told of the steps that led to it.
  if (accessions.some((r) => r.first <= doc.asOf && daysBetween(r.first, doc.asOf) < 90)) {
    if (n === now - 1) return null;
  }
  const once = accessions.some((r) => r.last <= doc.asOf && alliance.countOn(r.last) === n);
  const unsure = !doc.dateCertain;
  if (once && n < now && !countOfSpendingFigures(n, now, text))
    return {
      verdict: unsure ? 'context' : 'outdated',
      message: `NATO had ${n} members once, but ${now} on ${formatDay(doc.asOf)}.`,
    };
  if (n > alliance.members.length && !UNSURE_RE.test(text))
    return {
      verdict: unsure ? 'context' : 'contradicted',
      message: `NATO has never had ${n} members; it had ${now} on ${formatDay(doc.asOf)}.`,
    };
  return null;
}
