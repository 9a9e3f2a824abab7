// A departure told as this week's news: "The Ukrainian President Volodymyr Zelensky on Tuesday
// dismissed Defense Minister Rustem Umerov" (a fabricated report dated 2 December 2025; Umerov had
// left the ministry on 17 July). Words of leaving make a stale title true only of the day the person
// left; a sentence that puts that day in the article's week, months after it, tells no departure
// that happened then, and the title stays outdated.
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import type { Annotation } from '../types';

/**
 * How long after a departure a report of it "on Sunday" may be dated: a decree, then the vote, then the
 * write-up, and a copy republished weeks later ("Vladimir Putin removed the longtime Defense Minister Sergei
 * Shoigu from his post on Sunday", on a page of 14 June 2024, a month after he left).
 */
export const LEAVING_NEWS_LAG_DAYS = 90;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
// The day of the leaving, said relative to the article: "on Tuesday", "Sunday evening", "today", "this week".
const NEWS_DAY_RE = new RegExp(
  `\\b(?:on\\s+${WEEKDAY}|${WEEKDAY}\\s+(?:morning|afternoon|evening|night)|today|yesterday|tonight|this\\s+week|earlier\\s+this\\s+week)\\b`,
);
// A month or a year anywhere in the sentence may date the leaving otherwise ("who was dismissed in July, said on Tuesday").
const WRITTEN_DATE_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b|\b(?:19|20)\d{2}\b/;

/** The sentence of the title `a` puts the leaving it tells of in the article's week, and dates it no other way. */
export function leavingToldAsThisWeek(doc: Doc, sentence: Span, a: Annotation): boolean {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (WRITTEN_DATE_RE.test(text)) return false;
  return NEWS_DAY_RE.test(doc.text.slice(Math.max(sentence.start, a.start - 80), Math.min(sentence.end, a.end + 80)));
}
