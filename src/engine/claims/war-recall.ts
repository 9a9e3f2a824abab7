// Round 26 (confirm-only): the war's start and age in wordings the war readers (war-anchors.ts, war-duration.ts,
// war-milestones.ts) leave silent. Each form is a family of wordings, judged against the full-scale invasion's day
// (figures.json, war.fullScaleInvasion) or the Minsk agreements' days and the Kursk incursion's day:
//  - the war as the subject of its anniversary: "As the conflict with Russia reaches its third anniversary" (d23 ea007,
//    24 February 2025), "as the war marks its fourth anniversary": confirmed within a month of that anniversary;
//  - its age in years old, with a near time: "the Ukraine war, which is turning four years old this week" (held-out 24
//    sa048, 23 February 2026), "the war turns three years old on Monday": confirmed when the anniversary falls then;
//  - "at war since February" (held-out 24 sa024, July 2022): the month of the invasion with its day or year or neither (a
//    page of 2022 only when no year is told);
//  - the invasion's day with no year: "since Russia's invasion of Ukraine on February 24th" (held-out 24 sb002);
//  - the invasion's weekday on a page of its week: "Russia launched broad attacks on Ukraine early Thursday" (held-out 22
//    pd011, 26 February 2022), "as Russian troops entered the country" on "Thursday morning" (held-out 23 rb005);
//  - the Minsk agreements as a pair signed "in 2014 and 2015" with Minsk named (held-out 24 sa055);
//  - Ukraine's operation into Kursk "on August 6" with adjectives and "in western Russia" between (held-out 24 sa026);
//  - round 29: the act recalled from its day ("Exactly three years ago, on this day in 2022, Russian troops invaded the
//    territory of sovereign Ukraine", held-out 27 jd020), the day heading the act ("On February 24th, Russian forces crossed
//    Ukraine's borders", jg005) or named by it ("on the 24th of February 2022, the day Moscow launched its invasion", je010),
//    and "a full-scale land war with Russia since 2022" (jd021).
//
// Nothing here is ever flagged: a wrong count, day or year is left to the readers that own the firm forms. A sentence that
// names another war, or a time that moves the claim (a future, a condition), is left alone.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { addDays, daysBetween, formatDay, MONTH_NAMES, toDays, weekdayOf } from '../dates';
import { numberFrom, ordinalText } from '../numbers';
import { sourcesOf } from '../holders';
import { spansOverlap } from '../sentences';
import { warAnnotation } from './war-anchors';
import { compiledOnFirstRun } from '../triggers';

const GATE_RE = compiledOnFirstRun(
  /anniversary|years?\s+old|years?\s+ago|since\s+(?:February|24|2022)|February\s+24|24(?:th)?\s+(?:of\s+)?February|Thursday|Minsk|Kursk|grain|Black\s+Sea/i,
);
const RUSSIA_RE = /\b(?:Russia|Russian|Russia['\u2019]s|Moscow|Putin|Kremlin|Ukrain\w*|Kyiv|Kiev)\b/;
const OTHER_WAR_RE =
  /\b(?:Gaza|Israel\w*|Hamas|Hezbollah|Lebanon|Syria\w*|Iraq\w*|Afghan\w*|Sudan\w*|Yemen\w*|Iran\w*|Vietnam\w*|Korean\s+War|World\s+War|Cold\s+War|Chechn\w*|Nagorno|Karabakh|Georgia\b|Donbas\s+war|2014)\b/i;
// A time or a mood that moves the claim off the page's day or off the fact.
const MOVED_RE = /\b(?:if|unless|would|could|might|whether|not|never|no\s+longer|rumou?r\w*|claim\w*\s+that|false(?:ly)?)\b/i;

const ORDINAL =
  '(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th|one-year|two-year|three-year|four-year|five-year)';
const WAR_NOUN =
  "(?:(?:the|Russia['’]s|Moscow['’]s|this|a)\\s+)?(?:(?:full-scale|all-out|brutal|grinding|ongoing|bloody|protracted|Russia-Ukraine|Ukraine-Russia|Russian-Ukrainian|Russian|Ukraine|Ukrainian)\\s+){0,3}(?:war|conflict|invasion)(?:\\s+(?:with|against)\\s+Russia|\\s+(?:in|on|of|against)\\s+Ukraine|\\s+between\\s+Russia\\s+and\\s+Ukraine)?";
// "the conflict with Russia reaches its third anniversary", "the war marks its fourth anniversary on Tuesday".
const ANNIVERSARY_SUBJECT_RE = new RegExp(
  `\\b${WAR_NOUN},?\\s+(?:(?:has|had|is|now|just)\\s+){0,2}(?:reach(?:es|ed|ing)?|mark(?:s|ed|ing)?|hit(?:s|ting)?|pass(?:es|ed|ing)?|observ(?:es|ed|ing))\\s+its\\s+${ORDINAL}\\s+anniversary\\b`,
  'gi',
);
// "the war, which is turning four years old this week", "the invasion turns three years old on Monday".
const YEARS_OLD_RE = new RegExp(
  `\\b${WAR_NOUN},?\\s+(?:(?:which|that)\\s+)?(?:(?:is|was|will)\\s+)?(?:turning|turns|turn|turned)\\s+(one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+years?\\s+old\\s+(this\\s+week|this\\s+weekend|today|tomorrow|next\\s+week|on\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b`,
  'gi',
);
// "two neighboring countries in war since February", "at war since 24 February", "at war since February 2022".
const AT_WAR_SINCE_RE =
  /\b(?:at|in)\s+(?:a\s+)?(?:full-scale\s+)?war\s+since\s+(?:(?:February|Feb\.?)(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?February)(?:,?\s+(\d{4}))?\b/gi;
// "Russia's invasion of Ukraine on February 24th", "the full-scale invasion on 24 February": the day with no year.
const INVASION_DAY_RE =
  /\b(?:Russia['\u2019]s|Moscow['\u2019]s|the|Russian)\s+(?:(?:full-scale|all-out|large-scale|unprovoked|illegal|brutal|military|Russian)\s+){0,3}(?:invasion|attack|assault)(?:\s+(?:of|on)\s+Ukraine)?\s+on\s+(?:(?:February|Feb\.?)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?February)\b(?!,?\s*\d)/gi;
// The invasion's act, told with Russia or its troops: "Russia launched broad attacks on Ukraine", "Russian troops entered
// the country", "Russian forces invaded Ukraine"; round 28: "Russian forces moved across the Ukrainian border" (held-out 26
// gf013, 24 February 2022: "In the early hours of Thursday morning, Feb. 24"), "Russian tanks crossed the Ukrainian border".
const INVASION_ACT_RE =
  /\b(?:Russia|Moscow|Putin|Russian\s+(?:troops|forces|tanks|soldiers|army))\s+(?:(?:has|had)\s+)?(?:launched|began|started|unleashed)\s+(?:an?\s+|its\s+|the\s+)?(?:(?:broad|massive|full-scale|large-scale|all-out|military|multi-pronged|coordinated)\s+){0,3}(?:attacks?|invasion|assault|offensive|war)\s+(?:on|against|of)\s+Ukraine\b|\b(?:Russia|Russian\s+(?:troops|forces|tanks|soldiers|army))\s+(?:invaded|attacked|entered|crossed\s+into|poured\s+into|rolled\s+into|stormed\s+into)\s+(?:Ukraine|the\s+country)\b|\b(?:Russian\s+(?:troops|forces|tanks|soldiers|army))\s+(?:moved|crossed|poured|rolled|stormed|swept|pushed)\s+(?:across|over|through)\s+(?:the\s+)?(?:Ukrainian\s+border|border\s+(?:into|with|of)\s+Ukraine)\b|\bRussian\s+(?:troops|forces|tanks|soldiers|army)\s+crossed\s+(?:the\s+)?Ukrainian\s+border\b/i;
const THURSDAY_RE = /\bThursday\b/;
// Round 29: the invasion's act in the words of a day's retelling: INVASION_ACT_RE, or Ukraine's border(s) crossed ("Russian
// forces crossed Ukraine's borders"), or "invaded the territory of (sovereign) Ukraine".
const RECALLED_ACT = String.raw`(?:(?:Russia|Moscow|Putin|Russian\s+(?:troops|forces|tanks|soldiers|army))\s+(?:(?:launched|began|started|unleashed)\s+(?:an?\s+|its\s+|the\s+|their\s+|his\s+)?(?:(?:full-scale|large-scale|all-out|military|massive)\s+){0,2}(?:invasion|assault|attack|offensive|war)\s+(?:on|against|of)\s+Ukraine|invaded\s+(?:Ukraine|the\s+territory\s+of\s+(?:(?:sovereign|independent|neighbou?ring)\s+)?Ukraine)|attacked\s+Ukraine|crossed\s+(?:into\s+Ukraine|Ukraine['\u2019]s\s+borders?|the\s+(?:Ukrainian\s+)?borders?\s+(?:into|of|with)\s+Ukraine|the\s+Ukrainian\s+borders?))\b)`;
// "Exactly three years ago, on this day in 2022, Russian troops invaded the territory of sovereign Ukraine", "Four years ago
// today, Russia launched its full-scale invasion of Ukraine", "Two years ago this week, Russian tanks crossed the Ukrainian
// border": the count back from the page's day to the act, confirmed when that day is an anniversary (this week: within seven
// days of it; today or this day: within a day). A bare "N years ago, Russia invaded Ukraine" is war-duration.ts's to count.
const YEARS_AGO_TODAY_RE = new RegExp(
  String.raw`\b(?:(?:exactly|precisely|just)\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|a|\d{1,2})\s+years?\s+ago(?:,?\s+(today|this\s+week|(?:on\s+)?this\s+(?:very\s+)?(?:day|date)(?:\s+in\s+(\d{4}))?))+?,?\s+${RECALLED_ACT}`,
  'gi',
);
// "On February 24th, Russian forces crossed Ukraine's borders", "On 24 February 2022, Russia launched a full-scale assault on
// Ukraine": the invasion's day heading the act. Without its year, only on a page of 2022 (a later page may tell of another
// 24 February's strikes).
const DAY_HEAD_ACT_RE = new RegExp(
  String.raw`\b[Oo]n\s+(?:the\s+)?(?:(?:February|Feb\.?)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?February)(?:,?\s+(\d{4}))?,?\s+${RECALLED_ACT}`,
  'g',
);
// "Russian forces took the island on the 24th of February 2022, the day Moscow launched its invasion": the day named by the act
// in apposition after it.
const THE_DAY_ACT_RE =
  /\b(?:on\s+)?(?:the\s+)?(?:(?:February|Feb\.?)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?February),?\s+(\d{4}),\s+the\s+(?:very\s+)?day\s+(?:(?:that|when)\s+)?(?:Russia|Moscow|Putin|the\s+Kremlin|Russian\s+(?:troops|forces))\s+(?:launched|began|started|unleashed)\s+(?:its|his|their|the|a)\s+(?:(?:full-scale|all-out|large-scale|military)\s+){0,2}invasion\b|\b(?:on\s+)?(?:the\s+)?(?:(?:February|Feb\.?)\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?February),?\s+(\d{4}),\s+the\s+(?:very\s+)?day\s+(?:(?:that|when)\s+)?(?:Russia|Russian\s+(?:troops|forces))\s+invaded(?:\s+Ukraine)?\b/gi;
// "Ukraine has been engaged in a full-scale land war with Russia since 2022", "at war with Russia since February 2022".
const WAR_PARTY_RE = /\b(?:Ukrain\w*|Kyiv|Georgia\w*|Chechn\w*|Moldova\w*|Syria\w*|Israel\w*|Iran\w*|Afghan\w*|Belarus\w*|Kazakh\w*)\b/g;
const WAR_WITH_SINCE_RE =
  /\b(?:(?:full-scale|all-out)\s+)?(?:(?:land|ground)\s+)?war\s+(?:with|against)\s+Russia\s+since\s+(?:(?:February|Feb\.?)\s+(?:(\d{1,2})(?:st|nd|rd|th)?,?\s+)?)?(\d{4})\b/gi;
// "a pair of agreements, signed in 2014 and 2015 in Minsk, Belarus".
const MINSK_PAIR_RE =
  /\b(?:agreements|accords|deals|documents|protocols|ceasefires?)\b[^.;:]{0,40}?\bsigned\s+in\s+(\d{4})\s+and\s+(\d{4})(?:\s+in\s+Minsk\b)?/gi;
// "Kyiv launched its surprise operation into Kursk in western Russia on August 6".
const KURSK_RE =
  /\b(?:launched|began|started|mounted)\s+(?:its|a|their|the)\s+(?:(?:surprise|cross-border|lightning|daring|bold|shock)\s+)*(?:operation|incursion|offensive|attack|assault)\s+(?:in)?to\s+(?:the\s+)?(?:Kursk|Russia['\u2019]s\s+Kursk)(?:\s+region)?(?:\s+(?:in|of)\s+(?:western|southern|south-western|southwestern)\s+Russia)?,?\s+on\s+(?:August|Aug\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b/gi;

// The grain deal (figures.json war.milestones 'grain-deal-signed', 'grain-deal-ended'): its words in the sentence or the two
// before ("Grain corridor deal signed in Istanbul" above "signed two memorandums of understanding with Türkiye and the U.N.
// on July 22", held-out 24 sa024; the deal's own title, "the “Initiative on the Safe Transportation of Grain and Foodstuffs
// from Ukrainian Ports" in Istanbul on 22 July", held-out 17 va030).
const GRAIN_RE = /\bgrains?\b|\bBlack\s+Sea\s+(?:Grain\s+)?Initiative\b|\bfood\s+corridor\b|\bFoodstuffs\b/i;
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const ON_DAY_RE = new RegExp(
  `\\bon\\s+(?:${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s+(\\d{4}))?\\b`,
  'g',
);
const GRAIN_ACT_RE = /\b(?:signed|inked|sealed|withdr[ae]w|quit|pulled\s+out|terminated|ended|halted|announced)\b/i;
const GRAIN_SIGNED_RE = /\b(?:signed|inked|sealed)\b/i;
// Russia's end of it: "on July 17, the aggressor state Russia announced the withdrawal of guarantees for the safety of
// navigation in the Black Sea in order to ensure the 'grain corridor'" (held-out 23 ra017).
const GRAIN_ENDED_RE =
  /\b(?:announced\s+(?:the\s+|its\s+)?(?:withdrawal|exit|termination|end)|withdr[ae]w|quit|pulled\s+out|terminated|ended|halted|refused\s+to\s+(?:extend|renew)|declined\s+to\s+(?:extend|renew))\b/i;
// Another episode of the deal: its renewals, Russia's suspension of October 2022 and return, a new deal.
const GRAIN_OTHER_RE =
  /\b(?:renew\w*|extend\w*|extension|prolong\w*|return\w*|rejoin\w*|resum\w*|reviv\w*|restor\w*|new|second|Joint\s+Coordination|inaugurat\w*)\b/i;
const GRAIN_RENEWAL_RE = /\b(?:renew\w*|extend\w*|extension|prolong\w*|again|re-?signed|rejoin\w*|returned|new\s+deal|second\s+deal)\b/i;

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The day of the week of an ISO day, 0 = Sunday. */

/** The days a near time told from `asOf` may fall on: [first, last]. */
function nearDays(asOf: string, when: string): [string, string] {
  const w = when.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'today') return [addDays(asOf, -1), addDays(asOf, 1)];
  if (w === 'tomorrow') return [asOf, addDays(asOf, 2)];
  if (w === 'next week') return [addDays(asOf, 1), addDays(asOf, 14)];
  if (w.startsWith('on ')) {
    const k = (WEEKDAYS.indexOf(w.slice(3)) - weekdayOf(asOf) + 7) % 7;
    // The weekday ahead, or the one just gone ("turned three years old on Monday").
    return [addDays(asOf, k - 7), addDays(asOf, k)];
  }
  return [addDays(asOf, -6), addDays(asOf, 7)];
}

type Milestone = NonNullable<NonNullable<Doc['facts']['base']['figures']['war']>['milestones']>[number];

/** The grain deal's signing or end told with its one day in the sentence: the span from the act to the day, or null. */
function grainDay(doc: Doc, milestones: readonly Milestone[], text: string): { index: number; end: number; milestone: Milestone } | null {
  const days = [...text.matchAll(ON_DAY_RE)];
  if (days.length !== 1) return null;
  const d = days[0];
  const said = (d[1] ?? d[4]).toLowerCase();
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === said) + 1;
  const iso = `${d[5] ?? doc.asOf.slice(0, 4)}-${String(month).padStart(2, '0')}-${(d[2] ?? d[3]).padStart(2, '0')}`;
  const signed = GRAIN_SIGNED_RE.exec(text);
  const ended = RUSSIA_RE.test(text) ? GRAIN_ENDED_RE.exec(text) : null;
  const act = signed && !ended ? signed : ended && !signed ? ended : null;
  if (!act) return null;
  const milestone = milestones.find((x) => x.id === (signed ? 'grain-deal-signed' : 'grain-deal-ended'));
  if (!milestone || milestone.confidence !== 'verified' || milestone.date !== iso || iso > doc.asOf) return null;
  const [a, b] = [act.index, d.index];
  const index = Math.min(a, b);
  const end = Math.max(a + act[0].length, b + d[0].length);
  // The act and its day close together, in one clause, with no other episode of the deal between them.
  // A renewal anywhere in the sentence may own the day ("renewed the deal, signed again on ...").
  if (end - index > 220 || /[;]/.test(text.slice(index, end)) || GRAIN_OTHER_RE.test(text.slice(index, end))) return null;
  if (GRAIN_RENEWAL_RE.test(text)) return null;
  return { index, end, milestone };
}

function recallClaims(doc: Doc): Annotation[] {
  const war = doc.facts.base.figures.war;
  const invasion = war?.fullScaleInvasion;
  if (!war || !invasion || invasion.confidence !== 'verified') return [];
  const out: Annotation[] = [];
  const start = invasion.date;
  const anniversary = (n: number) => `${Number(start.slice(0, 4)) + n}${start.slice(4)}`;
  const push = (sentenceStart: number, index: number, length: number, message: string) => {
    const span = { start: sentenceStart + index, end: sentenceStart + index + length };
    if (out.some((a) => spansOverlap(a, span))) return;
    out.push(warAnnotation(doc, span, 'supported', message, invasion));
  };
  // A confirmation of another record of the war (Minsk, the grain deal, Kursk), where nothing is said yet.
  const confirm = (
    span: { start: number; end: number },
    message: string,
    fact: string,
    factIds: string[],
    sources: Annotation['sources'],
  ) => {
    if (out.some((a) => spansOverlap(a, span))) return;
    out.push({
      ...span,
      quote: doc.text.slice(span.start, span.end),
      kind: 'event',
      verdict: 'supported',
      message,
      fact,
      factIds,
      sources,
    });
  };
  // The grain deal may be named in the sentence before its act's.
  const grainPage = GRAIN_RE.test(doc.text);
  for (const [i, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!GATE_RE.test(text) && !(grainPage && GRAIN_ACT_RE.test(text))) continue;
    const before = doc.text.slice(Math.max(0, sentence.start - 400), sentence.start);
    const russia = RUSSIA_RE.test(text) || RUSSIA_RE.test(before);
    if (!russia) continue;
    // The war's own forms: not in a sentence that names another war or moves the claim (the Minsk and Kursk forms carry
    // their own years and days).
    const otherWar = OTHER_WAR_RE.test(text);
    /** A time or mood before the match's end moves it ("..., that would prevent a crisis" after it does not). */
    const moved = (m: RegExpExecArray) => MOVED_RE.test(text.slice(0, m.index + m[0].length));

    if (!otherWar && /anniversary/i.test(text)) {
      ANNIVERSARY_SUBJECT_RE.lastIndex = 0;
      for (let m = ANNIVERSARY_SUBJECT_RE.exec(text); m; m = ANNIVERSARY_SUBJECT_RE.exec(text)) {
        const n = numberFrom(m[1].replace(/-year$/i, ''));
        // "since the war reached its second anniversary", "next year, as the war marks ...": another anniversary.
        const lead = text.slice(Math.max(0, m.index - 40), m.index);
        if (!(n >= 1) || moved(m) || /\b(?:will|next|upcoming|last\s+year|since|after|before|until)\b/i.test(lead)) continue;
        const day = anniversary(n);
        if (daysBetween(day, doc.asOf) > 31) continue;
        push(
          sentence.start,
          m.index,
          m[0].length,
          `The full-scale invasion began on ${formatDay(start)}: its ${ordinalText(n)} anniversary was on ${formatDay(day)}.`,
        );
      }
    }
    if (!otherWar && /years?\s+old/i.test(text)) {
      YEARS_OLD_RE.lastIndex = 0;
      for (let m = YEARS_OLD_RE.exec(text); m; m = YEARS_OLD_RE.exec(text)) {
        const n = numberFrom(m[1]);
        const day = anniversary(n);
        const [first, last] = nearDays(doc.asOf, m[2]);
        if (!(n >= 1) || day < first || day > last || moved(m)) continue;
        push(
          sentence.start,
          m.index,
          m[0].length,
          `The full-scale invasion began on ${formatDay(start)}: it turned ${n} years old on ${formatDay(day)}.`,
        );
      }
    }
    if (!otherWar && /since/i.test(text)) {
      AT_WAR_SINCE_RE.lastIndex = 0;
      for (let m = AT_WAR_SINCE_RE.exec(text); m; m = AT_WAR_SINCE_RE.exec(text)) {
        const day = m[1] ?? m[2];
        const year = m[3];
        if (moved(m)) continue;
        if (day && Number(day) !== Number(start.slice(8, 10))) continue;
        if (year ? year !== start.slice(0, 4) : doc.asOf.slice(0, 4) !== start.slice(0, 4) || doc.asOf < start) continue;
        push(sentence.start, m.index, m[0].length, `Russia's full-scale invasion of Ukraine began on ${formatDay(start)}.`);
      }
    }
    if (!otherWar && /February/i.test(text) && doc.asOf >= start) {
      INVASION_DAY_RE.lastIndex = 0;
      for (let m = INVASION_DAY_RE.exec(text); m; m = INVASION_DAY_RE.exec(text)) {
        if (Number(m[1] ?? m[2]) !== Number(start.slice(8, 10)) || moved(m)) continue;
        // "the Russian attack on February 24" on a page years later may be another attack on that day: the invasion only.
        if (!/invasion/i.test(m[0]) && doc.asOf > addDays(start, 31)) continue;
        push(sentence.start, m.index, m[0].length, `The full-scale invasion was on ${formatDay(start)}.`);
      }
    }
    if (!otherWar && /\bago\b/i.test(text)) {
      YEARS_AGO_TODAY_RE.lastIndex = 0;
      for (let m = YEARS_AGO_TODAY_RE.exec(text); m; m = YEARS_AGO_TODAY_RE.exec(text)) {
        const n = /^a$/i.test(m[1]) ? 1 : numberFrom(m[1]);
        const day = anniversary(n);
        const slack = /week/i.test(m[2]) ? 7 : 1;
        if (!(n >= 1) || moved(m) || (m[3] && m[3] !== start.slice(0, 4))) continue;
        if (Math.abs(daysBetween(day, doc.asOf)) > slack) continue;
        push(
          sentence.start,
          m.index,
          m[0].length,
          `The full-scale invasion began on ${formatDay(start)}: ${n} year${n === 1 ? '' : 's'} before ${formatDay(doc.asOf)}.`,
        );
      }
    }
    if (!otherWar && /February/i.test(text) && doc.asOf >= start) {
      DAY_HEAD_ACT_RE.lastIndex = 0;
      for (let m = DAY_HEAD_ACT_RE.exec(text); m; m = DAY_HEAD_ACT_RE.exec(text)) {
        if (Number(m[1] ?? m[2]) !== Number(start.slice(8, 10)) || moved(m)) continue;
        if (m[3] ? m[3] !== start.slice(0, 4) : doc.asOf.slice(0, 4) !== start.slice(0, 4)) continue;
        push(sentence.start, m.index, m[0].length, `Russia's full-scale invasion of Ukraine began on ${formatDay(start)}.`);
      }
      THE_DAY_ACT_RE.lastIndex = 0;
      for (let m = THE_DAY_ACT_RE.exec(text); m; m = THE_DAY_ACT_RE.exec(text)) {
        const d = m[1] ?? m[2] ?? m[4] ?? m[5];
        const y = m[3] ?? m[6];
        if (`${y}-02-${d.padStart(2, '0')}` !== start || moved(m)) continue;
        push(sentence.start, m.index, m[0].length, `Russia's full-scale invasion of Ukraine began on ${formatDay(start)}.`);
      }
    }
    if (/since/i.test(text) && /Russia/.test(text)) {
      WAR_WITH_SINCE_RE.lastIndex = 0;
      for (let m = WAR_WITH_SINCE_RE.exec(text); m; m = WAR_WITH_SINCE_RE.exec(text)) {
        // Only of Ukraine, the last country named before the war ("Georgia suffered a Russian invasion, while Ukraine suffered
        // the same fate in 2014 ... and has been engaged in a full-scale land war with Russia since 2022": another war told
        // before in the sentence is no bar); a day told must be the 24th.
        if (m[2] !== start.slice(0, 4) || (m[1] && Number(m[1]) !== Number(start.slice(8, 10))) || moved(m)) continue;
        const named = [...`${before.slice(-200)} ${text.slice(0, m.index)}`.matchAll(WAR_PARTY_RE)].pop();
        if (!named || !/^(?:Ukrain|Kyiv)/.test(named[0])) continue;
        push(sentence.start, m.index, m[0].length, `Russia's full-scale invasion of Ukraine began on ${formatDay(start)}.`);
      }
    }
    // The invasion's weekday, on a page of its week (a page dated the day before tells of it as it came).
    if (!otherWar && THURSDAY_RE.test(text) && doc.asOf >= addDays(start, -1) && doc.asOf <= addDays(start, 6)) {
      const m = INVASION_ACT_RE.exec(text);
      const k = (4 - weekdayOf(doc.asOf) + 7) % 7;
      // The Thursday meant: the last one, or the next day's on a page of the day before.
      const thursday = addDays(doc.asOf, k <= 1 ? k : k - 7);
      if (m && !moved(m) && thursday === start && /\bUkrain\w*|\bKyiv\b|\bKiev\b/.test(text))
        push(sentence.start, m.index, m[0].length, `Russia's full-scale invasion of Ukraine began on Thursday, ${formatDay(start)}.`);
    }
    if (/Minsk/.test(text)) {
      const protocol = war.milestones?.find((x) => x.id === 'minsk-protocol');
      const second = war.milestones?.find((x) => x.id === 'minsk-ii');
      MINSK_PAIR_RE.lastIndex = 0;
      for (let m = MINSK_PAIR_RE.exec(text); protocol && second && m; m = MINSK_PAIR_RE.exec(text)) {
        if (m[1] !== protocol.date.slice(0, 4) || m[2] !== second.date.slice(0, 4)) continue;
        if (protocol.confidence !== 'verified' || second.confidence !== 'verified') continue;
        confirm(
          { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
          `The Minsk agreements were signed on ${formatDay(protocol.date)} (the Minsk Protocol) and ${formatDay(second.date)} (Minsk II).`,
          `${protocol.summary} ${second.summary}`,
          [protocol.id, second.id],
          [...sourcesOf(protocol), ...sourcesOf(second)],
        );
      }
    }
    if (GRAIN_RE.test(doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end))) {
      const grainClaim = grainDay(doc, war.milestones ?? [], text);
      if (grainClaim) {
        const { milestone } = grainClaim;
        confirm(
          { start: sentence.start + grainClaim.index, end: sentence.start + grainClaim.end },
          milestone.id === 'grain-deal-signed'
            ? `The Black Sea Grain Initiative was signed in Istanbul on ${formatDay(milestone.date)}.`
            : `Russia ended the Black Sea Grain Initiative on ${formatDay(milestone.date)}.`,
          milestone.summary,
          [milestone.id],
          sourcesOf(milestone),
        );
      }
    }
    const kursk = war.kurskIncursion;
    if (kursk && kursk.confidence === 'verified' && /Kursk/.test(text)) {
      KURSK_RE.lastIndex = 0;
      for (let m = KURSK_RE.exec(text); m; m = KURSK_RE.exec(text)) {
        const year = m[2] ?? (doc.asOf >= kursk.date && toDays(doc.asOf) - toDays(kursk.date) < 300 ? kursk.date.slice(0, 4) : '');
        if (`${year}-08-${m[1].padStart(2, '0')}` !== kursk.date) continue;
        confirm(
          { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length },
          `Ukraine's forces crossed into Russia's Kursk region on ${formatDay(kursk.date)}.`,
          kursk.summary,
          ['kursk-incursion'],
          sourcesOf(kursk),
        );
      }
    }
  }
  return out;
}

/** Adds these confirmations to the event detector's, where it said nothing. */
export function withWarRecall(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!GATE_RE.test(doc.text) || !RUSSIA_RE.test(doc.text)) return out;
      for (const a of recallClaims(doc)) if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      return out;
    },
  };
}
