// Uses of the North Atlantic Treaty, as articles mention them in passing: Article 5 "invoked for
// the first and, so far, only time" after 9/11 (12 September 2001), and Article 4 consultations
// ("The North Atlantic Council met today at Turkey's request to hold consultations under
// Article 4", "It is the fifth such meeting called in the organisation's 66-year history"), each
// with its date and requester in alliance-history.json, so a count is judged as of the article's date.
//
// Supported where the record agrees. A red flag only on a tight phrasing: Article 5 said to have
// been invoked twice, never, or in another year; a present-perfect count of Article 4 uses that is
// not the count on the day; an Article 4 meeting at one ally's request dated to a day it did not meet.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { TreatyArticleUse } from '../../facts/schema';
import { matchesIn } from '../doc';
import { addDays, factRange, formatDay, gapDays, overlaps } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { hull, type Span } from '../sentences';
import { HYPOTHETICAL_RE, ORDINAL_SRC, datesAndYears, historyAnnotation, ordinalName, previousInParagraph } from './history-common';
import { numberFrom } from '../numbers';
import { compiledOnFirstRun, gated, warmed } from '../triggers';

const ARTICLE_HINT_RE = gated(/\b[Aa]rticle\s+(?:4|5|IV|V|[Ff]our|[Ff]ive)\b|\b(?:[Ff]ifth|[Ff]ourth)\s+[Aa]rticle\b/);
// Round 24: "the fifth article of the NATO treaty" (an ordinal, only with the treaty named after it).
const ARTICLE_RE =
  /\b[Aa]rticle\s+(4|5|IV|V|[Ff]our|[Ff]ive)\b|\b([Ff]ifth|[Ff]ourth)\s+[Aa]rticle(?=\s+of\s+(?:the\s+|its\s+)?(?:NATO|Nato|North\s+Atlantic|Washington|[Aa]lliance['\u2019]s|founding))/g;
const INVOKE_RE = /\b(invoked|invoke|invokes|invoking|triggered|trigger|activated|used|called|requested|met|meeting|consultations?)\b/i;
const ONCE_RE =
  /\bfor the first(?:,?\s+and,?\s+(?:so far,?\s+|to date,?\s+)?(?:the\s+)?only)? time\b|\bonly once\b|\bonly (?:one )?time\b|\bjust once\b|\bonce\b(?!\s+(?:again|more|an?\b))/i;
const NINE_ELEVEN_RE =
  /\b(?:after|following|in (?:the )?wake of|in response to|in the aftermath of)\s+(?:the\s+)?(?:9\/11|9-11|September 11(?:th)?|Sept\.? 11|11 September)(?:,?\s+2001)?\b/i;
// The United States as the one who invoked Article 5: "the US invoked Article 5", "Washington triggered NATO's Article 5",
// "Article 5 was invoked by the United States".
const US_INVOKED_RE =
  /\b(?:the\s+)?(?:US|U\.S\.|United\s+States|America|Washington)\s+(?:(?:has|had|formally|first|then|once|itself)\s+)*(?:invoked|triggered|activated)\s+(?:NATO['\u2019]s\s+|the\s+(?:alliance['\u2019]s\s+)?)?[Aa]rticle\s+(?:5|V|[Ff]ive)\b|\b[Aa]rticle\s+(?:5|V|[Ff]ive)\s+(?:was|has\s+been|had\s+been)\s+(?:(?:first|only|once)\s+)?(?:invoked|triggered|activated)\s+(?:(?:only|once|for\s+the\s+first\s+time)\s+)?by\s+(?:the\s+)?(?:US|U\.S\.|United\s+States|America|Washington)\b(?![-'\u2019]|\s+(?:allies|partners|NATO|and)\b)/;
const TWICE_RE = /\b(twice|two times|for the second time|a second time|(?:three|four|several|multiple) times)\b/i;
const NEVER_RE = compiledOnFirstRun(
  /\b(?:has|had|have)\s+never\s+(?:once\s+)?been\s+(?:invoked|triggered|activated|used)\b(?!\s+(?:against|by|for|over|in response to))/i,
);
const ORDINAL_COUNT_RE = new RegExp(
  `\\b${ORDINAL_SRC}\\s+(?:such\\s+)?(time|times|meeting|consultations?|occasion|request|instance)\\b`,
  'gi',
);
// "the second time in two weeks", "the first time since 2022", "the first time Poland": a count
// over a window or of one ally, not of the alliance's history.
const WINDOWED_RE =
  /^\s*(?:in\s+(?:(?:the\s+)?(?:past|last)\s+)?(?:a|an|one|two|three|\d+|several|few)\s+(?:days?|weeks?|months?|years?)|since\b|this\s+(?:year|month|week))/i;

const NATO_CONTEXT_RE =
  /\b(NATO|Nato|[Aa]lliance|[Aa]llies|[Aa]llied|North Atlantic|Washington Treaty|collective defen[cs]e|mutual defen[cs]e)\b/;

// Built once (speed, round 41): a literal in articleNumber was a new expression, parsed again, at each call.
const ARTICLE_NUMBER_RE = /^(4|IV|four|fourth)$/i;
const articleNumber = (word: string) => (ARTICLE_NUMBER_RE.test(word) ? 4 : 5);
// Article 5 told with 9/11 is NATO's ("Article 5 has been activated once before ... on September 11, 2001").
const NINE_ELEVEN_NAMED_RE = /\b(?:9\/11|9-11|September\s+11(?:th)?,?\s+2001|Sept\.?\s+11,?\s+2001|11\s+September\s+2001)\b/;

export const treatyArticleDetector: ClaimDetector = {
  kind: 'event',
  // Every claim names Article 4 or 5 of NATO's treaty, in a passage that names NATO, the alliance
  // or its allies (NATO_CONTEXT_RE). Words of the membership detector's, so no new word slows the
  // test every paragraph of a page goes through: "article 5" as a trigger word cost 8-15% on the news mix.
  triggers: [{ words: ['nato', 'alliance', 'allies', 'north atlantic treaty'] }],
  find: findTreatyArticleClaims,
};

// Built once (speed, round 41): a literal in findTreatyArticleClaims was a new expression, parsed again, at each call.
const FIND_TREATY_ARTICLE_CLAIMS_RE = /\b[Aa]rticle\s+(?:4|IV|[Ff]our)\b/;
function findTreatyArticleClaims(doc: Doc): Annotation[] {
  const uses = doc.facts.base.history?.treatyArticles;
  if (!uses?.length || !ARTICLE_HINT_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    ARTICLE_RE.lastIndex = 0;
    const m = warmed(ARTICLE_RE, text).exec(text);
    // Article 5 of NATO's treaty, not of another ("Article 5 of the Minsk agreements").
    if (m) {
      const article = articleNumber(m[1] ?? m[2]);
      if (
        !NATO_CONTEXT_RE.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end)) &&
        !(article === 5 && NINE_ELEVEN_NAMED_RE.test(text))
      )
        return;
      const mention = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      const a =
        (article === 5 ? articleFive(doc, sentence, mention, uses) : articleFour(doc, sentence, mention, uses)) ??
        provisionTold(doc, sentence, mention, article) ??
        provisionBefore(doc, sentence, mention, article);
      if (a) out.push(a);
      return;
    }
    // "It is the fifth such meeting called in the organisation's 66-year history": Article 4 in the sentence before.
    const prev = previousInParagraph(doc, i);
    if (!prev || !FIND_TREATY_ARTICLE_CLAIMS_RE.test(doc.text.slice(prev.start, prev.end))) return;
    const a = countClaim(doc, sentence, uses, false);
    if (a) out.push(a);
  });
  return out;
}

// Built once (speed, round 41): a literal in articleFive was a new expression, parsed again, at each call.
const ARTICLE_FIVE_RE = compiledOnFirstRun(/\b(invoked|invoke|invoking|triggered|activated|used|invocation)\b/i);
function articleFive(doc: Doc, sentence: Span, mention: Span, uses: readonly TreatyArticleUse[]): Annotation | null {
  const invocations = uses.filter((u) => u.article === 5 && factRange(u.date).first <= doc.asOf);
  if (!invocations.length) return null;
  const first = invocations[0];
  const text = doc.text.slice(sentence.start, sentence.end);
  const hypothetical = HYPOTHETICAL_RE.test(text);
  const fact = `Article 5 has been invoked ${invocations.length === 1 ? 'once' : `${invocations.length} times`}: on ${formatDay(first.date)}, after the 9/11 attacks.`;
  const sources = sourcesOfAll(invocations).slice(0, 3);
  const make = (span: Span, verdict: Annotation['verdict'], message: string) =>
    historyAnnotation(
      doc,
      span,
      'event',
      verdict,
      message,
      fact,
      invocations.map((u) => u.id),
      sources,
    );
  const sure = isConfident(first) && doc.dateCertain;
  if (!ARTICLE_FIVE_RE.test(text) && !NEVER_RE.test(text)) return null;
  const never = NEVER_RE.exec(text);
  if (never && !hypothetical) {
    const span = hull([mention, at(sentence, never)]);
    return make(span, sure ? 'contradicted' : 'context', `Not so: ${fact}`);
  }
  const twice = TWICE_RE.exec(text);
  if (twice && !hypothetical && invocations.length === 1 && !/\b(?:4|IV|four)\b/i.test(text.replace(/\bArticle\s+5\b/gi, ''))) {
    return make(hull([mention, at(sentence, twice)]), sure ? 'contradicted' : 'context', `Not so: ${fact}`);
  }
  // Round 25: "after the US invoked Article 5 common defence clause followed with 9/11 terror attacks" (held-out 23 re012,
  // June 2021): the Allies invoked it (the North Atlantic Council, 12 September 2001), in solidarity with the United States;
  // the US is not the one who invoked it. Told as done, with the US the subject of the verb right before the article, or
  // after "by" in the passive; not a request, a supposition or a denial.
  const byUs = US_INVOKED_RE.exec(text);
  if (byUs && !hypothetical && !/\b(?:not|never|n['\u2019]t)\b/i.test(byUs[0])) {
    const verdict = isConfident(first) && doc.dateCertain ? 'contradicted' : 'context';
    return make(
      at(sentence, byUs),
      verdict,
      `Not the United States: the Allies invoked Article 5 on ${formatDay(first.date)}, after the 9/11 attacks on the United States.`,
    );
  }
  // "Article 5 was invoked in 2001": a date near the verb.
  const verb = /\b(invoked|triggered|activated)\b/i.exec(text);
  const verbSpan = verb ? at(sentence, verb) : null;
  const near = verbSpan
    ? datesAndYears(doc, sentence).filter((d) => !d.relative && d.start >= verbSpan.end && d.start - verbSpan.end <= 20)
    : [];
  const date = near[0];
  const range = { first: first.date, last: addDays(first.date, 21) };
  const once = ONCE_RE.exec(text) ?? NINE_ELEVEN_RE.exec(text);
  // Round 25: "NATO invoked Article 5 for the first time in 2003": the first time is right, its year is not; the year
  // near the verb is judged below, never confirmed by the count.
  const onceSpan = once ? at(sentence, once) : null;
  const onceDate = onceSpan
    ? datesAndYears(doc, sentence).find(
        (d) => !d.relative && d.start >= onceSpan.end && /^\s+(?:in\s+)?$/i.test(doc.text.slice(onceSpan.end, d.start)),
      )
    : undefined;
  if (onceSpan && onceDate && !overlaps(onceDate, range)) {
    if (
      hypothetical ||
      (!/^(?:in\s)/i.test(doc.text.slice(onceDate.start, onceDate.end)) && !/\bin\s+$/i.test(doc.text.slice(onceSpan.end, onceDate.start)))
    )
      return null;
    return make(hull([mention, onceSpan, onceDate]), isConfident(first) && doc.dateCertain ? 'contradicted' : 'context', `Not so: ${fact}`);
  }
  if (onceSpan && !(date && !overlaps(date, range))) return make(hull([mention, onceSpan]), 'supported', fact);
  if (!verbSpan || !date) return null;
  if (overlaps(date, range)) return make(hull([mention, verbSpan, date]), 'supported', fact);
  // "invoked in 1999": the preposition may be part of the date's own expression ("in 1999").
  const tight =
    /^\s+(?:(?:in|on)\s+)?$/i.test(doc.text.slice(verbSpan.end, date.start)) &&
    (/^(?:in|on)\s/i.test(doc.text.slice(date.start, date.end)) || /\b(?:in|on)\s+$/i.test(doc.text.slice(verbSpan.end, date.start)));
  if (!tight || hypothetical || date.end > sentence.end) return null;
  return make(hull([mention, verbSpan, date]), sure ? 'contradicted' : 'context', `Not so: ${fact}`);
}

// "has formally invoked", "have now requested": the request as the page's news (articleFour).
const PRESENT_PERFECT_REQUEST_RE =
  /\b(?:has|have)\s+(?:(?:now|formally|officially|just|already)\s+)?(?:invoked|triggered|activated|requested)\b(?!\s+(?:\w+\s+){0,3}(?:before|previously|times|twice)\b)/i;
const at = (sentence: Span, m: RegExpExecArray): Span => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });

function articleFour(doc: Doc, sentence: Span, mention: Span, uses: readonly TreatyArticleUse[]): Annotation | null {
  const since = firstSince(doc, sentence, mention, uses);
  if (since) return since;
  const count = countClaim(doc, sentence, uses, true);
  if (count) return count;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!INVOKE_RE.test(text)) return null;
  const consultations = uses.filter((u) => u.article === 4);
  const requesters = matchesIn(doc, sentence, 'qualifier')
    .map((q) => ({ start: q.start, end: q.end, id: q.value.jurisdiction }))
    .filter((q) => consultations.some((u) => u.requestedBy.includes(q.id)));
  const dates = datesAndYears(doc, sentence, /\bwill\b/i.test(text));
  const today = /\btoday\b/i.exec(text);
  if (today && !dates.some((d) => d.relative && d.first === doc.asOf)) {
    const span = at(sentence, today);
    dates.push({ first: doc.asOf, last: doc.asOf, ...span, granularity: 'day', explicitYear: false, relative: true });
  }
  // Round 42 (confirmations): the request told as the page's news, in the present perfect with no day: "Poland has formally
  // invoked NATO's Article 4" (10 September 2025, held-out 40 su022), "Poland has activated Nato's Article 4" (the same day,
  // su023), "Estonia has requested consultations under Article 4". The ally named right before the verb: a consultation of
  // its own in the week to the page's day is the one told. Confirmed only: no day of the text's own is told.
  const news = !dates.length && requesters.length ? PRESENT_PERFECT_REQUEST_RE.exec(text) : null;
  if (news) {
    const verbAt = sentence.start + news.index;
    const asker = requesters.find((r) => r.end <= verbAt && /^\s*$/.test(doc.text.slice(r.end, verbAt)));
    if (asker) {
      const span = at(sentence, news);
      dates.push({ first: addDays(doc.asOf, -7), last: doc.asOf, ...span, granularity: 'day', explicitYear: false, relative: true });
    }
  }
  if (!dates.length) return null;
  // A request comes a few days before the meeting: either day is the consultation's.
  const rangeOf = (u: TreatyArticleUse) => ({ first: addDays(factRange(u.date).first, -5), last: factRange(u.date).last });
  const byRequester = (u: TreatyArticleUse) => !requesters.length || requesters.some((r) => u.requestedBy.includes(r.id));
  for (const d of dates) {
    const fit = consultations.find((u) => byRequester(u) && overlaps(d, rangeOf(u)));
    if (!fit) continue;
    const who = requesters.filter((r) => fit.requestedBy.includes(r.id));
    const fact = describe(doc, fit, consultations);
    return historyAnnotation(
      doc,
      hull([mention, d, ...who]),
      'event',
      fit.confidence === 'verified' ? 'supported' : 'context',
      fact,
      fact,
      [fit.id],
      sourcesOfAll([fit]),
    );
  }
  // A day written out in full, said of one ally's request, that is none of its consultations:
  // flagged when that ally asked within the year around it (a slip about that meeting).
  if (requesters.length !== 1 || HYPOTHETICAL_RE.test(text) || !doc.dateCertain) return null;
  const asked = /\b(?:at\s+\w+['\u2019]s\s+request|request(?:ed)?\s+(?:by|of|from)|at the request of|requested|invoked|triggered)\b/i.test(
    text,
  );
  const d = dates.find((x) => x.explicitYear && x.granularity === 'day' && !x.relative);
  if (!asked || !d) return null;
  const own = consultations.filter((u) => u.requestedBy.includes(requesters[0].id));
  const nearest = own.sort((a, b) => gapDays(d, rangeOf(a)) - gapDays(d, rangeOf(b)))[0];
  if (!nearest || gapDays(d, rangeOf(nearest)) > 366 || !isConfident(nearest)) return null;
  if (consultations.some((u) => overlaps(d, rangeOf(u)))) return null;
  const fact = describe(doc, nearest, consultations);
  return historyAnnotation(
    doc,
    hull([mention, d, requesters[0]]),
    'event',
    'contradicted',
    `Not so: ${fact}`,
    fact,
    [nearest.id],
    sourcesOfAll([nearest]),
  );
}

// Round 26. The consultation of the page's days told as the first since a time: "Article 4 was invoked for the first time
// since 2022", "This marks the first time Article 4 has been invoked since February 2022" (September 2025: the one before
// was on 24 February 2022). The consultation is the one within two weeks before the page's day (or on a day the sentence
// gives), of the ally named if one ally is (Poland's own before its request of September 2025 was that of February 2022);
// the time after "since" is a year, month or day with its year. Confirmed when the consultation before it falls in that
// time; a red flag when one fell after that time (so it was not the first since); context when the one before is older
// (true, but loose). "since the invasion" names no year: not read here.
const FIRST_SINCE_RE =
  /\bfirst\s+(?:such\s+)?(?:time|meeting|consultations?|invocation|request|occasion)\b[^.;:!?]{0,90}?\bsince\s+(?=(?:(?:early|late|mid-?)\s*)?(?:\d|January|February|March|April|May|June|July|August|September|October|November|December))/i;

function firstSince(doc: Doc, sentence: Span, mention: Span, uses: readonly TreatyArticleUse[]): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!/\bsince\b/i.test(text)) return null;
  const m = FIRST_SINCE_RE.exec(text);
  if (!m) return null;
  const sinceAt = sentence.start + m.index + m[0].length;
  const dates = datesAndYears(doc, sentence);
  const told = dates.find((d) => d.end > sinceAt && d.start >= sinceAt - 7 && d.start - sinceAt <= 10 && d.explicitYear && !d.relative);
  if (!told) return null;
  const consultations = uses.filter((u) => u.article === 4);
  const allies = [
    ...new Set(
      matchesIn(doc, sentence, 'qualifier')
        .map((q) => q.value.jurisdiction)
        .filter((id) => consultations.some((u) => u.requestedBy.includes(id))),
    ),
  ];
  if (allies.length > 1) return null;
  const theirs = allies.length ? consultations.filter((u) => u.requestedBy.includes(allies[0])) : consultations;
  // The consultation told: on a day the sentence gives (a request a few days before the meeting), else just before the page.
  const others = dates.filter((d) => d !== told && d.granularity === 'day');
  // Two in the fortnight (Poland's and Estonia's of September 2025) and no ally or day named: which one is told is not sure.
  const recent = theirs.filter((u) => u.date <= addDays(doc.asOf, 3) && u.date >= addDays(doc.asOf, -14));
  const current = others.length
    ? theirs.find((u) => others.some((d) => overlaps(d, { first: addDays(u.date, -5), last: u.date })))
    : recent.length === 1
      ? recent[0]
      : undefined;
  if (!current) return null;
  const before = theirs.filter((u) => u.date < current.date);
  const previous = before[before.length - 1];
  if (!previous) return null;
  const window = { first: told.first, last: told.last };
  const span = hull([mention, { start: sentence.start + m.index, end: told.end }]);
  const fact = `${describe(doc, current, consultations)} The one before it${allies.length ? ` at ${doc.facts.jurisdictions.get(allies[0])?.name ?? allies[0]}'s request` : ''} was on ${formatDay(previous.date)}.`;
  const ids = [current.id, previous.id];
  const sources = sourcesOfAll([current, previous]);
  if (overlaps({ first: previous.date, last: previous.date }, window))
    return historyAnnotation(doc, span, 'event', 'supported', fact, fact, ids, sources);
  const sure =
    previous.date > window.last && doc.dateCertain && !HYPOTHETICAL_RE.test(text) && isConfident(previous) && isConfident(current);
  return historyAnnotation(doc, span, 'event', sure ? 'contradicted' : 'context', sure ? `Not so: ${fact}` : fact, fact, ids, sources);
}

function describe(doc: Doc, u: TreatyArticleUse, consultations: readonly TreatyArticleUse[]): string {
  const n = consultations.filter((c) => c.date <= u.date).length;
  const names = u.requestedBy.map((id) => doc.facts.jurisdictions.get(id)?.name ?? id);
  const who = names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names.join(' and ');
  return `Article 4 consultations at the request of ${who} on ${formatDay(u.date)}: the ${ordinalName(n)} in NATO's history.`;
}

// A time after "since" (the founding's, a war's) in the words right before a date: a window, not the day counted to.
const SINCE_BEFORE_RE = /\bsince\b[^,;.]{0,35}$/i;
/** "the fifth such meeting", "the seventh time Article 4 has been invoked", judged as of the article's date. */
function countClaim(doc: Doc, sentence: Span, uses: readonly TreatyArticleUse[], articleHere: boolean): Annotation | null {
  const text = doc.text.slice(sentence.start, sentence.end);
  ORDINAL_COUNT_RE.lastIndex = 0;
  const m = ORDINAL_COUNT_RE.exec(text);
  if (!m) return null;
  const n = numberFrom(m[1]);
  const span = at(sentence, m);
  if (!Number.isFinite(n) || WINDOWED_RE.test(doc.text.slice(span.end, span.end + 30))) return null;
  // An ordinal of a part of the alliance: "the first time Poland has invoked", "the second time for Turkey".
  const consultations = uses.filter((u) => u.article === 4);
  const named = matchesIn(doc, sentence, 'qualifier').map((q) => q.value.jurisdiction);
  const countOn = (day: string, who?: string) => consultations.filter((u) => u.date <= day && (!who || u.requestedBy.includes(who))).length;
  // The day counted to: a date in the sentence, else the article's (a request is counted from the day it is made).
  // Round 43: not the founding's year, nor a time after "since": "the eighth time Article 4 has been invoked since NATO was
  // formed in 1949" (10 September 2025) counts to the page's day, not to 1949.
  const dates = datesAndYears(doc, sentence).filter(
    (d) =>
      (!d.relative || d.granularity === 'day') &&
      d.first >= '1950-01-01' &&
      !SINCE_BEFORE_RE.test(doc.text.slice(Math.max(0, d.start - 40), d.start)),
  );
  const days = dates.length ? dates.map((d) => d.last) : [doc.asOf, addDays(doc.asOf, 7)];
  // Round 43: a day told is the request's as well as the meeting's ("On September 19, for only the ninth time in NATO's
  // history ... Article 4 ... was invoked": Estonia asked on 19 September 2025, the allies met on the 23rd).
  const fitsOn = (d: string) => countOn(d) === n || named.some((who) => countOn(d, who) === n);
  const requestDay = days.some(fitsOn) ? undefined : days.map((day) => addDays(day, 5)).find(fitsOn);
  const fits = requestDay !== undefined || days.some(fitsOn);
  const shown = requestDay ?? days[0];
  const latest = consultations.filter((u) => u.date <= (requestDay ?? days[days.length - 1]));
  const fact = `Article 4 consultations had been held ${countOn(shown)} times as of ${formatDay(shown)}${latest.length ? `; the latest on ${formatDay(latest[latest.length - 1].date)}` : ''}.`;
  const sources = sourcesOfAll(consultations).slice(0, 3);
  const ids = latest.map((u) => u.id).slice(-1);
  if (fits) return historyAnnotation(doc, span, 'event', 'supported', fact, fact, ids, sources);
  // A red flag only for the alliance's whole count, said in the present perfect of Article 4 itself,
  // with no date or ally that could make it another count.
  const strict =
    articleHere &&
    !dates.length &&
    !named.length &&
    /\b(?:has|have)\s+been\s+(?:invoked|triggered|activated|used|requested)\b|\bin\s+(?:NATO['\u2019]s|the\s+[Aa]lliance['\u2019]s|its)\s+(?:\d+-year\s+)?history\b/.test(
      text,
    ) &&
    !HYPOTHETICAL_RE.test(text) &&
    doc.dateCertain &&
    consultations.every(isConfident);
  if (!strict) return historyAnnotation(doc, span, 'event', 'context', fact, fact, ids, sources);
  return historyAnnotation(doc, span, 'event', 'contradicted', `Not so: ${fact}`, fact, ids, sources);
}

// What the article provides, told right after its name: "Article Five, the idea that if one NATO member is attacked all
// would come to its aid" (The Economist, 2019), "Article 5, the principle of collective defense, which stipulates that an
// attack on one member is considered an attack on all", "Article 4 provides that any NATO member may convene the allies if
// it believes that its territorial integrity, political independence, or security are threatened". Confirmed only, from
// the treaty's text (treatyProvisions): other treaties have their own Article 4 or 5 of mutual defence (the Philippines'
// and ANZUS's Article IV, the US-Japan treaty's Article V), so a definition is read only of NATO's article, with no
// other treaty named in the sentence, and a definition told of the wrong article is left alone.
const PROVISION_LINK_RE =
  /^(?:\s+of\s+(?:the\s+)?(?:North\s+Atlantic\s+Treaty|Washington\s+Treaty|NATO['\u2019]s\s+(?:founding\s+)?(?:treaty|charter)|NATO\s+(?:treaty|charter)|(?:the\s+)?NATO))?(?:\s*[,(\u2013\u2014-]\s*|\s+(?:which|that)\s+|\s+)(?:(?:which|that|it)\s+)?(?:is\s+|was\s+)?(?:(?:the|NATO['\u2019]s|the\s+alliance['\u2019]s|its|a)\s+)?(?:\w+\s+){0,2}?(?:idea|principle|clause|provision|commitment|guarantee|pledge|article|cornerstone|promise|pact|rule|notion|concept|premise|tenet|obligation|doctrine|says|said|states|stated|stipulates|provides|holds|declares|means|guarantees|commits|obliges|requires|allows|enables|lets|establishes|enshrines|calls|triggers|gives|covers|concerns|sets\s+out|spells\s+out|lays\s+out)\b/i;
const FIVE_TOLD_RE =
  /\b(?:collective|mutual)[\s-]+(?:self-)?defen[cs]e\b|\battack\s+(?:on|against)\s+(?:any\s+)?one\b[^.;]{0,80}?\battack\s+(?:on|against)\s+(?:them\s+|us\s+)?all\b|\b(?:if|when|should)\s+(?:any\s+)?one\b[^.;]{0,60}?\b(?:is|was|were|are|be|gets)\s+attacked\b[^.;]{0,60}?\b(?:all|others|rest|every\s+other|each\s+other)\b/i;
const FOUR_TOLD_RE =
  /\bconsult(?:ations?|s|ed|ing)?\b[^.;]{0,160}?\b(?:territorial\s+integrity|political\s+independence|security)\b|\b(?:convene|call\s+(?:for\s+)?(?:a\s+)?meeting|request\s+(?:talks|a\s+meeting))\b[^.;]{0,120}?\b(?:territorial\s+integrity|political\s+independence|security)\b[^.;]{0,40}?\bthreat\w*/i;
const OTHER_TREATY_RE = compiledOnFirstRun(
  /\b(?:Japan|Japanese|Philippin\w*|Manila|ANZUS|Australia|Korea\w*|Taiwan|Warsaw|Rio|Lisbon|EU|E\.U\.|European\s+Union|Minsk|Dayton|CSTO|Brussels\s+Treaty|Article\s+42)\b/,
);

function provisionTold(doc: Doc, sentence: Span, mention: Span, article: 4 | 5): Annotation | null {
  const provision = doc.facts.base.history?.treatyProvisions?.find((p) => p.article === article);
  if (!provision) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (OTHER_TREATY_RE.test(text)) return null;
  const after = doc.text.slice(mention.end, sentence.end);
  if (!warmed(PROVISION_LINK_RE, after).test(after)) return null;
  // The definition before any other article is named: "Article 4, unlike Article 5's collective defence".
  const other = /\b[Aa]rticles?\s+(?:\d+|[IVX]+|[Ff]our|[Ff]ive)\b/.exec(after);
  const told = (article === 5 ? FIVE_TOLD_RE : FOUR_TOLD_RE).exec(other ? after.slice(0, other.index) : after);
  if (!told || told.index > 160) return null;
  const end = mention.end + told.index + told[0].length;
  return historyAnnotation(
    doc,
    { start: mention.start, end },
    'event',
    provision.confidence === 'verified' ? 'supported' : 'context',
    provision.summary,
    provision.summary,
    [provision.id],
    sourcesOfAll([provision]),
  );
}

// Round 24: the definition told before the article ("an attack against one Ally shall be considered an attack against us
// all, as enshrined in Article 5", "the unswerving commitment to collective defence enshrined in the fifth article of the
// NATO treaty"), or after "According to / Under Article 5 (of ...)," ("According to Article 5 of the organization, any
// attack on one member is an attack on all"). Confirmed only, with the same guards as provisionTold; one article named.
const ENSHRINED_BEFORE_RE =
  /,?\s*(?:as\s+)?(?:(?:is|are|was)\s+)?(?:enshrined|set\s+(?:out|down|forth)|laid\s+(?:down|out)|stated|written|spelled\s+out|defined|stipulated|codified|embodied|guaranteed|contained|outlined|described|provided\s+for|(?:as\s+)?per)\s+(?:in|by|under|within)?\s*(?:the\s+)?$|\s+under\s+(?:the\s+)?$/i;
const ACCORDING_TO_RE = compiledOnFirstRun(/\b(?:[Aa]ccording\s+to|[Uu]nder|[Aa]s\s+per|[Pp]er)\s+(?:the\s+)?$/);

// Built once (speed, round 41): a literal in provisionBefore was a new expression, parsed again, at each call.
const PROVISION_BEFORE_RE = /\b[Aa]rticles?\s+(?:\d+|[IVX]+\b|[Ff]our\b|[Ff]ive\b)|\b(?:[Ff]ifth|[Ff]ourth)\s+[Aa]rticle\b/g;
function provisionBefore(doc: Doc, sentence: Span, mention: Span, article: 4 | 5): Annotation | null {
  const provision = doc.facts.base.history?.treatyProvisions?.find((p) => p.article === article);
  if (!provision) return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (OTHER_TREATY_RE.test(text) || (text.match(PROVISION_BEFORE_RE) ?? []).length !== 1) return null;
  const toldRe = article === 5 ? FIVE_TOLD_RE : FOUR_TOLD_RE;
  const before = doc.text.slice(Math.max(sentence.start, mention.start - 240), mention.start);
  let span: Span | null = null;
  const link = warmed(ENSHRINED_BEFORE_RE, before).exec(before);
  if (link && link[0].trim()) {
    const head = before.slice(0, link.index);
    const told = new RegExp(toldRe.source, 'gi');
    let last: RegExpExecArray | null = null;
    for (let t = told.exec(head); t; t = told.exec(head)) last = t;
    // The definition ends right before the link (a few words may sit between: "collective defence enshrined in").
    if (last && head.length - (last.index + last[0].length) <= 40 && !/[.;:]/.test(head.slice(last.index + last[0].length))) {
      const start = mention.start - before.length + last.index;
      span = { start, end: mention.end };
    }
  }
  if (!span && ACCORDING_TO_RE.test(before)) {
    // "Under Article 5 of the Washington Treaty, an attack on one ..."
    const after = doc.text.slice(mention.end, sentence.end);
    const lead = /^(?:\s+of\s+(?:the\s+|its\s+)?[\w'\u2019 -]{1,40}?)?\s*,\s*/.exec(after);
    const told = lead ? toldRe.exec(after.slice(lead[0].length)) : null;
    if (lead && told && told.index <= 60) span = { start: mention.start, end: mention.end + lead[0].length + told.index + told[0].length };
  }
  if (!span) return null;
  return historyAnnotation(
    doc,
    span,
    'event',
    provision.confidence === 'verified' ? 'supported' : 'context',
    provision.summary,
    provision.summary,
    [provision.id],
    sourcesOfAll([provision]),
  );
}
