// Round 48 (precision). A city of a meeting followed by a comma and a country is read as "CITY, COUNTRY" (place-country.ts:
// "the summit in The Hague, Switzerland"). But where the city closes an opening adverbial, the country after the comma is
// the main clause's subject, not the city's country: "When NATO met in Warsaw, Russia on Friday warned of a response"
// (July 2016), "Hours before the summit in Madrid, Turkey on Tuesday lifted its veto" (June 2022), "A day after the summit
// in Vilnius, Germany on Thursday confirmed its brigade plan", "As leaders met in The Hague, Spain, the lowest spender, held
// out". The opening is told by what stands between the sentence's start and the city, with no comma, colon or semicolon:
// a time conjunction or preposition anywhere in it ("after", "before", "since", "when", "while", "once", "until", "ahead
// of", "following", "during", "amid", "despite", "by the time"), or an opening word of setting or comparison ("As", "With",
// "Like", "Unlike", "Even", "Just"). A plain clause keeps its reading: "A meeting was later held in Brussels, Germany"
// (held-out 46 vh002), "NATO leaders met in Vilnius, Latvia".
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { compiledOnFirstRun } from '../triggers';

const TIME_CLAUSE_BEFORE_RE = compiledOnFirstRun(
  /^[^,;:]*\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Ww]hen|[Ww]henever|[Ww]hile|[Ww]hilst|[Oo]nce|[Uu]ntil|[Aa]head\s+of|[Ff]ollowing|[Dd]uring|[Aa]mid|[Dd]espite|[Bb]y\s+the\s+time)\b[^,;:]*$/,
);
const SETTING_OPENING_RE = compiledOnFirstRun(/^[\s"'\u201c\u2018(]*(?:As|With|Like|Unlike|Even|Just)\b[^,;:]*$/);

/** Whether the words before `at` in its sentence are an opening adverbial (no comma yet), so a comma after `at` ends it. */
export function closesOpeningSetting(doc: Doc, at: number): boolean {
  const sentence = sentenceOf(doc, at);
  const before = doc.text.slice(sentence.start, at);
  return TIME_CLAUSE_BEFORE_RE.test(before) || SETTING_OPENING_RE.test(before);
}
