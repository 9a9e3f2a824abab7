// Round 43: uses of Articles 4 and 5 told as the page's news, beside what treaty-articles.ts reads (a use with its day,
// "the fifth such meeting", "the first time since 2022"). Held-out 41 tj001 (10 September 2025): "NATO activates Article 4
// for the first time in the Ukraine war" (the allies had met under Article 4 on 24 February 2022, the day of the
// full-scale invasion, at the request of eight of them) was left as context, and "The incident prompted Poland to invoke
// NATO's Article 4" unconfirmed. The uses are data (alliance-history.json, treatyArticles), so each claim is judged as of
// the page's day:
//   - a first: "NATO activates Article 4 for the first time in the Ukraine war", "Poland invoked Article 4 for the first
//     time in NATO's history", "the first time Article 4 has been invoked since the start of the war". The use told is the
//     one of the page's fortnight (or of a day the sentence gives); a red flag when an earlier one falls in the window told
//     (the war: from 24 February 2022; the alliance's history, or no window: ever), of the ally named as the asker if one is.
//   - a count in figures: "Article 4 has been invoked seven times since NATO was founded", "It has been invoked eight times
//     in NATO's history", "Article 4 has only been invoked nine times". Confirmed when it is the count on the page's day,
//     with or without the use of its fortnight (pages count the day's meeting or leave it out); a red flag only for the
//     alliance's whole count, with no ally, no day and no bound ("more than") that could make it another count.
//   - an ally told as the one who invoked Article 4, with no day: "The incident prompted Poland to invoke NATO's Article 4",
//     "After Poland invoked Article 4 over the drone intrusion". Confirmed when that ally asked in the two weeks to the
//     page's day (or in the days after it: the request comes before the meeting); otherwise nothing (another year's use
//     is treaty-articles.ts's, with its day).
//   - Article 5 told as invoked by one ally ("Poland invoked Article 5 after the drone attack"; the United States is
//     treaty-articles.ts's), or as invoked "for the first time" as news ("NATO invokes Article 5 for the first time"): the
//     Allies invoked it once, on 12 September 2001. Past tense with no time ("NATO invoked Article 5 for the first time in
//     solidarity with the United States") is the 2001 use and stays as treaty-articles.ts judges it.
// Left alone: calls and plans ("urged Poland to invoke", "is weighing whether to invoke"), suppositions ("an attack would
// trigger Article 5"), denials ("Poland has not invoked Article 5"), reports of a rumour ("headlines claimed that Article 5
// was triggered"), quotations, and war games.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { TreatyArticleUse } from '../../facts/schema';
import { matchesIn } from '../doc';
import { addDays, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { hull, type Span } from '../sentences';
import {
  COUNT_SRC,
  HYPOTHETICAL_RE,
  ORDINAL_SRC,
  datesAndYears,
  historyAnnotation,
  ordinalName,
  previousInParagraph,
} from './history-common';
import { numberFrom } from '../numbers';
import { compiledOnFirstRun } from '../triggers';

const WAR_START = '2022-02-24';
/** Article 4 or 5 named in a sentence (the number captured). */
const ARTICLE_NAMED_RE = compiledOnFirstRun(/\b[Aa]rticle\s+(4|5|IV|V|[Ff]our|[Ff]ive)\b/);
const FOUR_RE = /^(?:4|IV|[Ff]our)$/;
// "for the first time", "the first time (that) Article 4 has been invoked", "for only the third time", "the first such meeting".
const ORDINAL_TIME_RE = new RegExp(
  String.raw`\b(?:for\s+(?:only\s+)?(?:the\s+)?(?:only\s+)?${ORDINAL_SRC}\s+time|(?:the|its|a|only\s+the)\s+${ORDINAL_SRC}(?:[-\s]ever)?\s+(?:such\s+)?(?:time|invocation|use|consultations?|meeting))\b`,
  'i',
);
const ANOTHER_CLAUSE_RE = /[;:!?\u2014]|\b(?:and|but|while|as|after|when|which|who|because|since|before)\b/i;
const USE_BETWEEN_RE =
  /^\s*,?\s*(?:(?:that|when)\s+)?(?:[\w'\u2019]+\s+){0,3}?(?:(?:has|have|had|was|were)\s+(?:(?:formally|officially|ever)\s+)?(?:been\s+)?)?(?:invoked|invokes|invoke|triggered|triggers|activated|activates|used|uses|requested|requests|called\s+for)\s+(?:(?:NATO['\u2019]s|the\s+(?:alliance['\u2019]s\s+)?)\s*)?$/i;
// The use, told between the ordinal and the window ("the first time Article 4 has been invoked during the war", "the first
// time it has done so since ...").
const USE_TOLD_SRC = String.raw`(?:(?:(?:that|when)\s+)?(?:[\w'\u2019]+\s+){0,3}?(?:(?:has|have|had|was)\s+(?:been\s+)?)?(?:invoked|triggered|activated|used|requested|done\s+so)(?:\s+(?:(?:NATO['\u2019]s\s+)?Article\s+(?:4|IV|[Ff]our)|it|them))?(?=\s|$))?`;
// The window told right after the ordinal: the war. The use may be told between ("the first time Article 4 has been invoked
// during the war", "the second time Poland has invoked Article 4 since Russia's full-scale invasion", "the first time it has
// done so since ..."). "the war" or "this war" alone is read as Ukraine's only of a use since the full-scale invasion.
const WAR_WINDOW_RE = new RegExp(
  String.raw`^\s*${USE_TOLD_SRC}\s*(?:(?:in|during|amid|since\s+(?:the\s+(?:start|beginning|outbreak)\s+of)?)\s+(?:the\s+|this\s+|Russia['\u2019]s\s+|Moscow['\u2019]s\s+)?(?:(?:full[-\s]scale|ongoing|current|\w+[-\s]year[-\s]old)\s+)?(?:(?:Ukraine|Ukrainian|Russia[-\u2013]Ukraine|Russian[-\u2013]Ukrainian)\s+(?:war|conflict)\b|(?:war|invasion|conflict)\s+(?:in|on|against|of)\s+Ukraine\b|(war)\b)|since\s+(?:the\s+(war)\s+(?:began|started|broke\s+out)|Russia\s+(?:launched|began|started)\s+(?:its\s+)?(?:full[-\s]scale\s+)?(?:war|invasion)|Russia\s+invaded\s+Ukraine|Russia['\u2019]s\s+(?:full[-\s]scale\s+)?invasion)\b)`,
  'i',
);
// The window told right after the first: the alliance's whole history, or none ("for the first time" and the clause ends).
const HISTORY_WINDOW_RE = new RegExp(
  String.raw`^\s*${USE_TOLD_SRC}\s*(?:ever\b|in\s+(?:NATO['\u2019]s|the\s+(?:alliance|Alliance)['\u2019]s|its|the)\s+(?:\d+[-\s]year\s+|(?:seven|eight)[-\s]decade\s+)?history\b|since\s+(?:NATO|the\s+alliance|it)\s+was\s+(?:founded|formed|created|established)\b|since\s+(?:NATO['\u2019]s|the\s+alliance['\u2019]s|its)\s+(?:founding|creation|inception|establishment)\b|since\s+1949\b)`,
  'i',
);
const CLAUSE_END_RE = new RegExp(
  String.raw`^\s*${USE_TOLD_SRC}\s*(?:$|[,.;:!)\u2014\u2013]|-\s|(?:after|following|over|amid|on|as|in\s+response|because|when|to\s+(?:discuss|hold|address|consult)|and)\b)`,
  'i',
);
// "activates Article 4", "invoked NATO's Article 4", "Article 4 was invoked": a verb of use at the article.
const USE_VERB_SRC = String.raw`(?:invok(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|activat(?:e|es|ed|ing)|us(?:e|es|ed|ing)|request(?:s|ed|ing)?)`;
const USE_VERB_RE = new RegExp(String.raw`\b${USE_VERB_SRC}\b`, 'i');
// An ally told as the subject of the use: "Poland invoked", "Estonia has formally requested", "Poland to invoke".
const SUBJECT_OF_USE_RE = new RegExp(
  String.raw`^\s+(?:(?:has|have|had|formally|officially|then|now|just|also|itself|first|to)\s+)*${USE_VERB_SRC}\b`,
  'i',
);
// A count in figures: "has been invoked seven times", "has only been triggered nine times", "was used on eight occasions".
const COUNT_RE = new RegExp(
  String.raw`\b(?:has|have|had|was|were)\s+(?:only\s+|just\s+)?(?:ever\s+)?been\s+(?:only\s+|just\s+)?(?:invoked|triggered|activated|used|called\s+upon)\s+(?:only\s+|just\s+)?(?:${COUNT_SRC}\s+(?:times|(?:separate\s+)?occasions)|(twice))\b`,
  'i',
);
// The same count told in the active voice: "NATO has invoked Article 4 eight times", "Turkey has used it five times".
const ACTIVE_COUNT_RE = new RegExp(
  String.raw`\b(?:has|have|had)\s+(?:only\s+|just\s+)?(?:ever\s+)?(?:invoked|triggered|activated|used|called\s+upon)\s+(?:(?:NATO['\u2019]s\s+)?[Aa]rticle\s+(?:4|IV|[Ff]our)|it|the\s+(?:clause|article|provision))\s+(?:only\s+|just\s+)?(?:${COUNT_SRC}\s+(?:times|(?:separate\s+)?occasions)|(twice))\b`,
  'i',
);
// A bound, not a count: "more than seven times", "fewer than ten times".
const BOUND_BEFORE_RE =
  /\b(?:more|fewer|less)\s+than\s+$|\b(?:over|under|nearly|almost|about|around|some|roughly|at\s+least|at\s+most|only\s+a\s+handful\s+of)\s+$/i;
// The window after a count that keeps it the alliance's whole count.
const WHOLE_AFTER_RE =
  /^\s*(?:$|[,.;:!)\u2014\u2013]|before\b|so\s+far\b|to\s+date\b|in\s+(?:NATO['\u2019]s|the\s+(?:alliance|Alliance)['\u2019]s|its)\s+(?:\d+[-\s]year\s+)?history\b|since\s+(?:NATO|the\s+alliance|it)\s+was\s+(?:founded|formed|created|established)\b|since\s+(?:NATO['\u2019]s|the\s+alliance['\u2019]s|its)\s+(?:founding|creation|inception|establishment)\b|since\s+(?:the\s+alliance\s+was\s+)?(?:founded\s+in\s+)?1949\b|in\s+(?:\d+|seventy[-\s]\w+)\s+years\b)/i;
// An ally told as the one who used Article 4: "Poland invoked", "prompted Poland to invoke", "after Poland invoked".
const ASKER_VERB_RE = new RegExp(
  String.raw`^\s*(?:(?:has|had|formally|officially|then|now|just|quickly|swiftly|also|itself|immediately|subsequently)\s+)*(${USE_VERB_SRC})\s+(?:(?:NATO['\u2019]s\s+|the\s+(?:alliance['\u2019]s\s+)?|the\s+NATO\s+)?(?:(?:Washington|North\s+Atlantic)\s+Treaty['\u2019]s\s+)?)?$`,
  'i',
);
const CAUSED_TO_RE =
  /\b(?:prompted|prompting|led|leading|forced|forcing|pushed|pushing|spurred|spurring|caused|causing|moved|compelled)\s+$/i;
// Words that make a telling something other than an assertion of a use that happened.
const NOT_ASSERTED_RE =
  /\b(?:not|never|no|n['\u2019]t|wants?|plans?|planning|intends?|consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|threaten(?:s|ed|ing)?|urged?|urging|asked|asks|calls?\s+(?:on|for)|called\s+(?:on|for)|expected|likely|possible|possibly|ready|prepared|scenario|exercise|simulation|war[-\s]?game|claim(?:s|ed)?|claiming|rumou?rs?|rumou?red|alleged(?:ly)?|headlines?|posts?|falsely|wrongly|mistakenly|misreport\w*|fake|hoax|reportedly|to\s+be)\b/i;
// Article 5 told as invoked by one ally: "Poland invoked Article 5", "Poland has triggered NATO's Article 5".
const FIVE_BY_ALLY_RE =
  /^\s*(?:(?:has|had|formally|officially|then|now|just|immediately)\s+)*(invoked|triggered|activated)\s+(?:NATO['\u2019]s\s+|the\s+(?:alliance['\u2019]s\s+)?|the\s+NATO\s+)?$/i;
// Article 5 told as invoked "for the first time" as the day's news: the present tense or the present perfect.
const FIVE_FIRST_NEWS_RE = compiledOnFirstRun(
  /\b(?:NATO|Nato|[Tt]he\s+(?:alliance|Alliance|allies|Allies))\s+(?:(?:has|have)\s+(?:now\s+|just\s+|formally\s+|officially\s+)?(?:invoked|triggered|activated)|(?:invokes|triggers|activates))\s+(?:its\s+|the\s+)?(?:(?:mutual|collective)[-\s]defen[cs]e\s+(?:clause\s+)?)?(?:\(?\s*)?[Aa]rticle\s+(?:5|V|[Ff]ive)\b(?:\s*\)?)?[^.;:!?]{0,40}?\bfor\s+the\s+first\s+time\b(?!\s+(?:and|since|in\s+(?:its|NATO['\u2019]s|the\s+alliance['\u2019]s)\s+history\s+(?:after|following|in\s+response)))/,
);
const NINE_ELEVEN_RE = compiledOnFirstRun(
  /\b(?:9\/11|9-11|September\s+11|Sept\.?\s+11|11\s+September|2001|al[- ]Qaeda|World\s+Trade|Twin\s+Towers|terror\w*)\b/i,
);
// NATO's treaty, not another's: the alliance named in the sentence or the passage before it (as treaty-articles.ts asks).
const NATO_CONTEXT_RE = compiledOnFirstRun(/\b(?:NATO|Nato|[Aa]lliance|[Aa]llies|[Aa]llied|North\s+Atlantic|Washington\s+Treaty)\b/);
// Built once (speed): the small expressions the readers below ask.
const THAT_AFTER_RE = /^\s+(?:that|when)\b/i;
const NOTHING_BETWEEN_RE = /^\s*(?:that\s+)?$/;
const WILL_RE = /\bwill\b/;
const TO_RE = /^\s+to\s+/i;
const ING_RE = /ing$/i;
const AHEAD_RE = /\b(?:will|shall|going\s+to|set\s+to|about\s+to|tomorrow)\b/i;
const OF_TREATY_RE = /^\s+of\s+(?:the\s+)?([\w'\u2019]+(?:\s+[\w'\u2019]+)?)/;
const NATO_TREATY_RE = /^(?:NATO|Nato|North\s+Atlantic|Washington|alliance|its|founding|treaty)\b/i;
const ANY_ARTICLE_RE = /\b[Aa]rticle\s+(4|5|IV|V|[Ff]our|[Ff]ive|\d+)\b/g;
const PRONOUN_SUBJECT_RE = /^\s*(?:It|The\s+(?:article|clause|provision))\s/;
const FIVE_NAMED_RE = /\b[Aa]rticle\s+(?:5|V|[Ff]ive)\b/;
const FOUR_NAMED_RE = /\b[Aa]rticle\s+(?:4|IV|[Ff]our)\b/;
const STRAIGHT_QUOTE_RE = /"/g;
const QUOTE_OPEN_RE = /[\u201c"\u00ab]/g;
const QUOTE_CLOSE_RE = /[\u201d"\u00bb]/g;

const at = (sentence: Span, index: number, length: number): Span => ({
  start: sentence.start + index,
  end: sentence.start + index + length,
});

/** Whether an offset of a sentence's text sits inside a quotation (more quotation marks opened than closed before it). */
function inQuote(text: string, index: number): boolean {
  const head = text.slice(0, index);
  const straight = (head.match(STRAIGHT_QUOTE_RE) ?? []).length;
  if (straight % 2 === 1) return true;
  const open = (head.match(QUOTE_OPEN_RE) ?? []).length - straight;
  const close = (head.match(QUOTE_CLOSE_RE) ?? []).length - straight;
  return open > close;
}

interface Asker extends Span {
  id: string;
}

/** The allies named in a sentence that have asked for Article 4 consultations on record. */
function askersIn(doc: Doc, sentence: Span, consultations: readonly TreatyArticleUse[]): Asker[] {
  const out: Asker[] = [];
  for (const q of matchesIn(doc, sentence, 'qualifier')) {
    const id = q.value.jurisdiction;
    if (consultations.some((u) => u.requestedBy.includes(id))) out.push({ start: q.start, end: q.end, id });
  }
  return out;
}

/** The consultations of the page's fortnight (a request made before the meeting: up to three days after the page). */
const recentOf = (doc: Doc, uses: readonly TreatyArticleUse[]) =>
  uses.filter((u) => u.date >= addDays(doc.asOf, -14) && u.date <= addDays(doc.asOf, 5));

function describe(doc: Doc, u: TreatyArticleUse, consultations: readonly TreatyArticleUse[]): string {
  const n = consultations.filter((c) => c.date <= u.date).length;
  const names = u.requestedBy.map((id) => doc.facts.jurisdictions.get(id)?.name ?? id);
  const who = names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join(' and ');
  return `Article 4 consultations at the request of ${who} on ${formatDay(u.date)}: the ${ordinalName(n)} in NATO's history.`;
}

/**
 * "NATO activates Article 4 for the first time in the Ukraine war": the use told against the ones before it in the window.
 * An ordinal past the first ("the third time Article 4 has been invoked since Russia launched its full-scale invasion") is
 * read in the war's window only (the alliance's whole count is treaty-articles.ts's), and confirmed only.
 */
function firstUse(doc: Doc, sentence: Span, text: string, mention: Span, consultations: readonly TreatyArticleUse[]): Annotation | null {
  if (!text.includes(' time') && !text.includes('first')) return null;
  const m = ORDINAL_TIME_RE.exec(text);
  if (!m) return null;
  const n = numberFrom(m[1] ?? m[2]);
  if (!Number.isFinite(n) || n < 1) return null;
  const firstAt = sentence.start + m.index;
  // The ordinal is Article 4's: next to the article's name (within a few words either side) and its verb of use.
  const near = firstAt >= mention.end ? firstAt - mention.end <= 45 : mention.start - (firstAt + m[0].length) <= 60;
  if (!near || !USE_VERB_RE.test(text)) return null;
  // Between them, only the article's own words ("Article 4 of the North Atlantic Treaty for the first time", "Article 4
  // consultations, the first time"), or the use the ordinal counts ("the first time that NATO has invoked Article 4"): not
  // another clause ("drones were shot down for the first time, and Poland invoked Article 4").
  let between = firstAt >= mention.end ? doc.text.slice(mention.end, firstAt) : doc.text.slice(firstAt + m[0].length, mention.start);
  // The window may come first: "marking the first time in the war that Article 4 has been invoked".
  const warFirst = firstAt < mention.end ? WAR_WINDOW_RE.exec(between) : null;
  const thatAfter = warFirst ? THAT_AFTER_RE.exec(between.slice(warFirst[0].length)) : null;
  if (warFirst && thatAfter) between = between.slice(warFirst[0].length + thatAfter[0].length);
  if (ANOTHER_CLAUSE_RE.test(between) || (firstAt < mention.end && !USE_BETWEEN_RE.test(between) && !NOTHING_BETWEEN_RE.test(between)))
    return null;
  // The window is told after both ("For the first time, allies invoked Article 4 during the war in Ukraine").
  const restAt = Math.max(firstAt + m[0].length, mention.end);
  const rest = doc.text.slice(restAt, sentence.end);
  const war = warFirst && thatAfter ? warFirst : WAR_WINDOW_RE.exec(rest);
  const history = war ? null : HISTORY_WINDOW_RE.exec(rest);
  const window = war ? 'war' : history ? 'history' : CLAUSE_END_RE.test(rest) ? 'none' : null;
  if (!window || (n > 1 && window !== 'war')) return null;
  // "the war" alone: Ukraine's, if the use told is of the full-scale war (checked below).
  const bareWar = !!war && !!(war[1] ?? war[2]);
  if (NOT_ASSERTED_RE.test(text) || HYPOTHETICAL_RE.test(text) || inQuote(text, m.index)) return null;
  // The asker: an ally that is the subject of the verb of use ("Poland invoked Article 4 for the first time", "the second
  // time Poland has invoked"), whose own uses are counted; else the alliance's. Never in the alliance's history: "Poland
  // invoked Article 4 for the first time in the alliance's history" says no ally had (Turkey had, in 2003).
  const askers = askersIn(doc, sentence, consultations).filter((a) => SUBJECT_OF_USE_RE.test(doc.text.slice(a.end, sentence.end)));
  const ids = window === 'history' ? [] : [...new Set(askers.map((a) => a.id))];
  if (ids.length > 1) return null;
  const theirs = ids.length ? consultations.filter((u) => u.requestedBy.includes(ids[0])) : consultations;
  // The use told: on a day the sentence gives (the request's or the meeting's), else the one of the page's fortnight.
  const days = datesAndYears(doc, sentence, WILL_RE.test(text)).filter((d) => d.granularity === 'day');
  const recent = recentOf(doc, theirs);
  const told =
    theirs.find((u) => days.some((d) => u.date >= d.first && u.date <= addDays(d.last, 5))) ??
    (days.some((d) => !d.relative) || recent.length !== 1 ? undefined : recent[0]);
  if (!told || (bareWar && told.date < WAR_START)) return null;
  const from = window === 'war' ? WAR_START : '0000-01-01';
  const earlier = theirs.filter((u) => u.date < told.date && u.date >= from);
  const end = warFirst && thatAfter ? mention.end : restAt + ((war ?? history)?.[0].trimEnd().length ?? 0);
  const span = hull([mention, { start: firstAt, end }]);
  const last = earlier[earlier.length - 1];
  const name = ids.length ? (doc.facts.jurisdictions.get(ids[0])?.name ?? ids[0]) : '';
  const whose = ids.length ? ` at ${name}'s request${last && last.requestedBy.length > 1 ? ' (with other allies)' : ''}` : '';
  const scope = window === 'war' ? ' since the full-scale invasion of 24 February 2022' : '';
  const before = last
    ? `Before it, allies had met under Article 4${whose}${scope} ${earlier.length === 1 ? 'once' : `${earlier.length} times`}, most recently on ${formatDay(last.date)}.`
    : `None before it${ids.length ? ` at ${name}'s request` : ''}${scope}.`;
  const fact = `${describe(doc, told, consultations)} ${before}`;
  const ids2 = last ? [told.id, last.id] : [told.id];
  const sources = sourcesOfAll(last ? [told, last] : [told]);
  if (earlier.length + 1 === n)
    return historyAnnotation(doc, span, 'event', isConfident(told) ? 'supported' : 'context', fact, fact, ids2, sources);
  // A red flag for a first only: a later ordinal may count the meetings or the requests (eight allies asked on one day).
  const sure = n === 1 && doc.dateCertain && isConfident(told) && isConfident(last);
  return historyAnnotation(doc, span, 'event', sure ? 'contradicted' : 'context', sure ? `Not so: ${fact}` : fact, fact, ids2, sources);
}

/** "Article 4 has been invoked seven times since NATO was founded": the count as of the page's day. */
function countInFigures(doc: Doc, sentence: Span, text: string, consultations: readonly TreatyArticleUse[]): Annotation | null {
  if (!text.includes('time') && !text.includes('occasion') && !text.includes('twice')) return null;
  const m = COUNT_RE.exec(text) ?? ACTIVE_COUNT_RE.exec(text);
  if (!m) return null;
  const n = m[2] ? 2 : numberFrom(m[1]);
  if (!Number.isFinite(n) || n < 2) return null;
  const countAt = m.index + m[0].lastIndexOf(m[1] ?? m[2]);
  const span = at(sentence, m.index, m[0].length);
  const whole = WHOLE_AFTER_RE.test(text.slice(m.index + m[0].length));
  const bound = BOUND_BEFORE_RE.test(text.slice(0, countAt));
  // The count with the uses of the page's fortnight, and without them (pages count the day's meeting or leave it out).
  const upTo = consultations.filter((u) => u.date <= addDays(doc.asOf, 5));
  const recent = recentOf(doc, upTo);
  const counts = [upTo.length, upTo.length - recent.length];
  const askers = askersIn(doc, sentence, consultations);
  const ids = [...new Set(askers.map((a) => a.id))];
  // One ally's own count ("Turkey has invoked Article 4 four times"): counted too, never flagged.
  const own = ids.length === 1 ? consultations.filter((u) => u.requestedBy.includes(ids[0]) && u.date <= addDays(doc.asOf, 5)) : [];
  const latest = upTo[upTo.length - 1];
  const fact = `Article 4 consultations had been held ${upTo.length} times as of ${formatDay(doc.asOf)}${latest ? `; the latest on ${formatDay(latest.date)}` : ''}.`;
  const sources = sourcesOfAll(upTo.slice(-3));
  const factIds = latest ? [latest.id] : [];
  // "three times since Russia's full-scale invasion": the count of the war's uses, confirmed only.
  const after = text.slice(m.index + m[0].length);
  const war = WAR_WINDOW_RE.exec(after);
  if (war && !(war[1] ?? war[2])) {
    const inWar = upTo.filter((u) => u.date >= WAR_START);
    const inWarBefore = inWar.filter((u) => !recent.includes(u));
    if (bound || (inWar.length !== n && inWarBefore.length !== n)) return null;
    const told = `Article 4 consultations had been held ${inWar.length} times from the full-scale invasion (24 February 2022) to ${formatDay(doc.asOf)}${latest ? `; the latest on ${formatDay(latest.date)}` : ''}.`;
    return historyAnnotation(doc, span, 'event', 'supported', told, told, factIds, sources);
  }
  if (!bound && (counts.includes(n) || (own.length && own.length === n))) {
    const told =
      n === counts[1] && n !== counts[0]
        ? `Article 4 consultations had been held ${n} times before those of ${formatDay(recent[0].date)}; ${upTo.length} with them.`
        : fact;
    return historyAnnotation(doc, span, 'event', 'supported', told, told, factIds, sources);
  }
  if (bound || !whole || ids.length) return null;
  const dated = datesAndYears(doc, sentence).some((d) => !(d.bareYear && d.first.startsWith('1949')));
  if (dated || HYPOTHETICAL_RE.test(text) || NOT_ASSERTED_RE.test(text) || inQuote(text, m.index) || !doc.dateCertain) return null;
  if (!upTo.every(isConfident)) return null;
  return historyAnnotation(doc, span, 'event', 'contradicted', `Not so: ${fact}`, fact, factIds, sources);
}

/** "The incident prompted Poland to invoke NATO's Article 4": the ally's request of the page's fortnight. */
function askerOfTheDay(
  doc: Doc,
  sentence: Span,
  text: string,
  mention: Span,
  consultations: readonly TreatyArticleUse[],
): Annotation | null {
  const askers = askersIn(doc, sentence, consultations).filter((a) => a.end <= mention.start && mention.start - a.end <= 50);
  const asker = askers[askers.length - 1];
  if (!asker) return null;
  const between = doc.text.slice(asker.end, mention.start);
  const toInvoke = TO_RE.exec(between);
  const verb = ASKER_VERB_RE.exec(toInvoke ? between.slice(toInvoke[0].length) : between);
  if (!verb) return null;
  if (toInvoke && !CAUSED_TO_RE.test(doc.text.slice(Math.max(sentence.start, asker.start - 30), asker.start))) return null;
  if (!toInvoke && ING_RE.test(verb[1])) return null;
  // Told with a day, or with a time ahead: treaty-articles.ts's, or not a use told as done.
  if (
    datesAndYears(doc, sentence).length ||
    HYPOTHETICAL_RE.test(text) ||
    NOT_ASSERTED_RE.test(text.slice(0, mention.start - sentence.start))
  )
    return null;
  if (AHEAD_RE.test(text) || inQuote(text, asker.start - sentence.start)) return null;
  const theirs = recentOf(
    doc,
    consultations.filter((u) => u.requestedBy.includes(asker.id)),
  );
  if (theirs.length !== 1) return null;
  const fit = theirs[0];
  const fact = describe(doc, fit, consultations);
  return historyAnnotation(
    doc,
    hull([asker, mention]),
    'event',
    isConfident(fit) ? 'supported' : 'context',
    fact,
    fact,
    [fit.id],
    sourcesOfAll([fit]),
  );
}

/** "Poland invoked Article 5", "NATO invokes Article 5 for the first time" (in 2025): the Allies' one use, in 2001. */
function articleFive(doc: Doc, sentence: Span, text: string, mention: Span, uses: readonly TreatyArticleUse[]): Annotation | null {
  const invocations = uses.filter((u) => u.article === 5 && u.date <= doc.asOf);
  if (invocations.length !== 1 || HYPOTHETICAL_RE.test(text) || NINE_ELEVEN_RE.test(text)) return null;
  const first = invocations[0];
  const fact = `Article 5 has been invoked once: by the Allies on ${formatDay(first.date)}, after the 9/11 attacks on the United States.`;
  const sure = doc.dateCertain && isConfident(first);
  const make = (span: Span) =>
    historyAnnotation(
      doc,
      span,
      'event',
      sure ? 'contradicted' : 'context',
      `Not so: ${fact}`,
      fact,
      [first.id],
      sourcesOfAll([first]).slice(0, 3),
    );
  const head = text.slice(0, mention.start - sentence.start);
  // The day's news, "for the first time", more than a year after the one use.
  const news = doc.asOf > addDays(first.date, 366) ? FIVE_FIRST_NEWS_RE.exec(text) : null;
  if (news && !NOT_ASSERTED_RE.test(head) && !inQuote(text, news.index) && !datesAndYears(doc, sentence).length)
    return make(at(sentence, news.index, news[0].length));
  // One ally, the subject right before the verb: not the United States (treaty-articles.ts) and not in 2001.
  const allies = matchesIn(doc, sentence, 'qualifier').filter(
    (q) => q.end <= mention.start && doc.facts.jurisdictions.get(q.value.jurisdiction)?.kind === 'country',
  );
  const ally = allies[allies.length - 1];
  if (!ally || first.requestedBy.includes(ally.value.jurisdiction)) return null;
  const verb = FIVE_BY_ALLY_RE.exec(doc.text.slice(ally.end, mention.start));
  if (!verb || NOT_ASSERTED_RE.test(text.slice(0, mention.end - sentence.start)) || inQuote(text, ally.start - sentence.start)) return null;
  // "Poland invoked Article 5 of the EU treaty": another treaty's article.
  const of = OF_TREATY_RE.exec(doc.text.slice(mention.end, sentence.end));
  if (of && !NATO_TREATY_RE.test(of[1])) return null;
  return make({ start: ally.start, end: mention.end });
}

function find(doc: Doc, found: Annotation[]): Annotation[] {
  const uses = doc.facts.base.history?.treatyArticles;
  if (!uses?.length) return found;
  const consultations = uses.filter((u) => u.article === 4 && u.date <= addDays(doc.asOf, 5));
  const mine: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    const named = text.includes('rticle') ? ARTICLE_NAMED_RE.exec(text) : null;
    if (!named) {
      // "It has been invoked eight times in NATO's history": Article 4 named last in the sentence before.
      if (!text.includes('been') || (!text.includes(' times') && !text.includes('occasions') && !text.includes('twice'))) return;
      const prev = previousInParagraph(doc, i);
      const before = prev ? doc.text.slice(prev.start, prev.end) : '';
      const last = [...before.matchAll(ANY_ARTICLE_RE)].pop();
      if (!last || !FOUR_RE.test(last[1]) || !PRONOUN_SUBJECT_RE.test(text)) return;
      const a = countInFigures(doc, sentence, text, consultations);
      if (a) mine.push(a);
      return;
    }
    // Article 4 and Article 5 in one sentence: which the words are of is not sure.
    const other = FOUR_RE.test(named[1]) ? FIVE_NAMED_RE : FOUR_NAMED_RE;
    if (other.test(text)) return;
    if (!NATO_CONTEXT_RE.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end))) return;
    const mention = at(sentence, named.index, named[0].length);
    const a = FOUR_RE.test(named[1])
      ? consultations.length
        ? (firstUse(doc, sentence, text, mention, consultations) ??
          countInFigures(doc, sentence, text, consultations) ??
          askerOfTheDay(doc, sentence, text, mention, consultations))
        : null
      : articleFive(doc, sentence, text, mention, uses);
    if (a) mine.push(a);
  });
  if (!mine.length) return found;
  // A finding here replaces treaty-articles.ts's context on the same words; its confirmation or red flag stands instead.
  const out: Annotation[] = [];
  const kept: Annotation[] = [];
  for (const a of mine) {
    const clash = found.filter((b) => b.start < a.end && a.start < b.end);
    if (clash.some((b) => b.verdict !== 'context' && !(a.verdict === 'contradicted' && b.verdict === 'supported'))) continue;
    kept.push(a);
  }
  for (const b of found) if (!kept.some((a) => b.start < a.end && a.start < b.end)) out.push(b);
  for (const a of kept) out.push(a);
  return out;
}

/** treaty-articles.ts's detector, with the uses told as the page's news read too. */
export function withArticleUses(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find: (doc, ctx) => {
      const found = inner.find(doc, ctx);
      return doc.text.includes('rticle') ? find(doc, found) : found;
    },
  };
}
