// Round 37 (confirmations by volume). NATO's size and its latest members told of "the alliance" or "the Allies" without
// the name NATO in reach, the commonest forms of true claims left unconfirmed in the quote-level sets (held-out 25-35):
//
// - a count of all the allies, or of the others of one: "the alliance's 32 members" (fe006, kj005, qh034), "the alliance's
//   31 members" (od012, pg015), "the 31 members of the Alliance", "all 30 Allied nations" (od001), "the foreign ministers
//   of the thirty-two Allied nations" (oc041), "convene all 30 Allied leaders" (id034), "the other 31 leaders of the
//   alliance" (pe027), "the other 30 alliance members" (ja026), "alongside the 31 others in the alliance" (ma026), "one
//   of 32 leaders from the Western defensive alliance" (pj008), "his 28 fellow NATO defense ministers" (ic035);
// - an accession told by its place in line with no country named in the sentence: "the country became the alliance's
//   31st member" (ga025), "becoming the 27th and 28th members of the alliance" (gf004), "The small Balkan country will
//   formally become NATO's 29th state in June" (gf002), "Skopje will become the 30th member of the Alliance" (ia016),
//   "cementing the Nordic country's place as the 32nd member of the alliance" (ia022).
//
// Confirm-only, and only where the membership chain read nothing: a count is confirmed when it is the alliance's on the
// page's day (one less with "other", "remaining", "fellow", "others"), no other body is named in the sentence and no year
// other than the page's is told in it (a passage of another time); an ordinal when the accession that made that many
// members is the latest one before the page (within 60 days) or the next one after it (within 500 days), and no country
// the sentence or the one before names is another of that window's new members. Anything else says nothing: a count
// that is not NATO's is as likely another alliance's.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { sentenceOf } from '../doc';
import { addDays, factRange, findDates, formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { numberFrom } from '../numbers';
import { spansOverlap, type Span } from '../sentences';
import { sourcesOfAll } from '../holders';
import { compiledOnFirstRun, warmed } from '../triggers';
import { countAnnotation, countriesIn, memberAnnotation, membersOn, ordinalName } from './history-common';

// A cheap look first: most pages hold none of these words.
const HINT_RE = compiledOnFirstRun(
  /[Aa]llied|[Aa]lliance|[Aa]llies|fellow|\b(?:\d\d|[Tt]hirty(?:-[a-z]+)?)\s+(?:NATO|Nato|of\s+us|leaders)\b|\bother\s+(?:\d\d|[Tt]wenty|[Tt]hirty)|\b[Ww]e\s+(?:now\s+|today\s+)?(?:have|are|number|count)\s+(?:now\s+|today\s+)?(?:a\s+total|\d|[Tt]wenty|[Tt]hirty)/,
);
// Every count form has a count of 20-39 right before its noun ("32 members", "thirty-two Allied", "31 others"): one pass
// to find one before the eight forms are tried.
const COUNT_HINT_RE = compiledOnFirstRun(
  /\b(?:[23]\d|[Tt]wenty|[Tt]hirty)(?:[- ][a-z]+)?\s+(?:other\b|remaining\b|fellow\b|others\b|[Aa]llie[ds]\b|[Aa]lliance\b|members?\b|member[- ]|nations\b|countries\b|states\b|leaders\b|heads\b|governments\b|parliaments\b|capitals\b|ministers\b|defen[cs]e\b|foreign\b|ambassadors\b|permanent\b|NATO\b|Nato\b|of\s+us\b)|\b[Aa]lliance\s+of\s+(?:[23]\d|[Tt]wenty|[Tt]hirty)/,
);
const ORD_HINT_RE = compiledOnFirstRun(
  /\b(?:1[3-9]|2\d|3[0-3])(?:st|nd|rd|th)\b|twenty-(?:seventh|eighth|ninth)|thirtieth|thirty-(?:first|second|third)/i,
);

const NUM =
  '(\\d{2}|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ](?:one|two|three))?|[Tt]wenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]hirty(?:[- ](?:one|two|three))?)';
const ALLIANCE = '(?:(?:[Ww]estern|military|defensive|transatlantic|North\\s+Atlantic|Atlantic)\\s+){0,2}[Aa]lliance';
const MEMBER_NOUNS = '(?:members|member[- ]states|member[- ]countries|member[- ]nations|nations|countries|states|allies|Allies)';
const PEOPLE_NOUNS =
  '(?:leaders|heads\\s+of\\s+state(?:\\s+and\\s+government)?|governments|parliaments|capitals|(?:defen[cs]e\\s+|foreign\\s+)?ministers|ambassadors|permanent\\s+representatives|[Cc]hiefs\\s+of\\s+(?:[Dd]efen[cs]e|(?:the\\s+)?(?:General\\s+)?[Ss]taff)|[Dd]efen[cs]e\\s+[Cc]hiefs|[Mm]inisters\\s+of\\s+(?:[Dd]efen[cs]e|[Ff]oreign\\s+[Aa]ffairs))';

interface CountForm {
  re: RegExp;
  /** The group holding "other", "remaining" (the count is one less), when the form may have it. */
  less?: number;
  /** The count is always the others of one ("fellow", "the 31 others"). */
  others?: true;
  /** Told in the first person: NATO must be named in the passage just before ("we" is the alliance). */
  we?: true;
  /** Round 40: a loose form ("30 allies", "all 30 of us", "32 leaders"): NATO named in its sentence or the 400 characters before. */
  named?: true;
  /** Round 40: only in a sentence that names a NATO summit or meeting ("with 32 leaders in attendance"). */
  meeting?: true;
}

const COUNT_FORMS: CountForm[] = [
  // "the alliance's 32 members", "the military alliance's 31 member states".
  { re: new RegExp(`\\b[Tt]he\\s+${ALLIANCE}['’]s\\s+${NUM}\\s+${MEMBER_NOUNS}\\b`, 'g') },
  // "the 31 members of the Alliance", "the other 31 leaders of the alliance", "all 30 member states of the alliance".
  {
    re: new RegExp(
      `\\b(?:[Tt]he|[Aa]ll(?:\\s+the)?)\\s+(?:(other|remaining)\\s+)?${NUM}\\s+(?:${MEMBER_NOUNS}|${PEOPLE_NOUNS})\\s+of\\s+the\\s+${ALLIANCE}\\b`,
      'g',
    ),
    less: 1,
  },
  // "all 30 Allied nations", "the 32 allied capitals", "the other 30 alliance members", "the thirty-two Allied nations".
  {
    re: new RegExp(
      `\\b(?:[Tt]he|[Aa]ll(?:\\s+the)?|[Aa]ll\\s+of\\s+the)\\s+(?:(other|remaining)\\s+)?${NUM}\\s+(?:[Aa]llied|[Aa]lliance)\\s+(?:${MEMBER_NOUNS}|${PEOPLE_NOUNS})\\b`,
      'g',
    ),
    less: 1,
  },
  // "of the thirty-two Allied nations" with no article before it in the match: "foreign ministers of thirty-two Allied nations".
  { re: new RegExp(`\\bof\\s+${NUM}\\s+Allied\\s+(?:nations|countries|states)\\b`, 'g') },
  // "the other 31 allies", "the remaining 31 Allies": the others of one ally the sentence names or means.
  {
    re: new RegExp(`\\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\\s+(other|remaining)\\s+${NUM}\\s+(?:[Aa]llies|NATO\\s+allies)\\b`, 'g'),
    less: 1,
  },
  // "alongside the 31 others in the alliance".
  { re: new RegExp(`\\bthe\\s+${NUM}\\s+others\\s+in\\s+the\\s+${ALLIANCE}\\b`, 'g'), others: true },
  // "his 28 fellow NATO defense ministers", "its 31 fellow allies".
  {
    re: new RegExp(
      `\\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+${NUM}\\s+fellow\\s+(?:NATO\\s+|Nato\\s+|[Aa]llied\\s+|[Aa]lliance\\s+)(?:${MEMBER_NOUNS}|${PEOPLE_NOUNS})\\b|\\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\\s+${NUM}\\s+fellow\\s+(?:[Aa]llies|NATO\\s+members)\\b`,
      'g',
    ),
    others: true,
  },
  // Round 39: the alliance speaking of itself, NATO named just before: "We now have a total of 32 nations" (a letter about
  // NATO, March 2025; held-out 37 rh005), "We are now 32 Allies", "today we are 31 nations".
  {
    re: new RegExp(
      `\\b[Ww]e\\s+(?:(?:now|today)\\s+)?(?:have|are|number|count)\\s+(?:(?:now|today)\\s+)?(?:a\\s+total\\s+of\\s+)?${NUM}\\s+(?:${MEMBER_NOUNS}|member\\s+(?:states|countries|nations))\\b`,
      'g',
    ),
    we: true,
  },
  // "one of 32 leaders from the Western defensive alliance", "one of the 31 members of the alliance".
  {
    re: new RegExp(
      `\\b[Oo]ne\\s+of\\s+(?:the\\s+)?${NUM}\\s+(?:${MEMBER_NOUNS}|${PEOPLE_NOUNS})\\s+(?:from|of|in)\\s+the\\s+${ALLIANCE}\\b`,
      'g',
    ),
  }, // Round 40 (held-out 38's counts left unconfirmed): NATO's name between the count and its people, "now" at most before
  // it: "the 32 NATO Chiefs of Defence" (rr031), "the now 31 NATO members" (rs018), "all 30 NATO foreign ministers".
  {
    re: new RegExp(
      `\\b(?:[Tt]he|[Aa]ll(?:\\s+the)?|[Aa]ll\\s+of\\s+the)\\s+(?:(?:now|current|present)\\s+)?(?:(other|remaining)\\s+)?${NUM}\\s+(?:NATO|Nato)\\s+(?:${MEMBER_NOUNS}|member\\s+(?:states|countries|nations)|${PEOPLE_NOUNS})\\b`,
      'g',
    ),
    less: 1,
  },
  // "the Alliance of 30" (rr008, March 2021), "an alliance of 32": the alliance counted with no noun after its count. The
  // capital "Alliance" is NATO's; a lower-case one needs NATO named near.
  {
    re: new RegExp(
      `\\b(?:[Tt]he|[Aa]n|[Oo]ur)\\s+(?:NATO\\s+|North\\s+Atlantic\\s+)?Alliance\\s+of\\s+${NUM}\\b(?!\\s*(?:%|per|years|billion|million))`,
      'g',
    ),
  },
  {
    re: new RegExp(
      `\\b(?:[Tt]he|[Aa]n|[Oo]ur)\\s+(?:military\\s+|defen[cs]e\\s+|transatlantic\\s+)?alliance\\s+of\\s+${NUM}\\b(?!\\s*(?:%|per|years|billion|million))`,
      'g',
    ),
    named: true,
  },
  // "every single ally, all 30 of us" (rq011, Blinken at the North Atlantic Council, April 2021).
  { re: new RegExp(`\\b[Aa]ll\\s+${NUM}\\s+of\\s+us\\b`, 'g'), named: true },
  // A bare count of the allies: "I expect that 30 allies will welcome them" (rr011, April 2022), "30 allies signed an
  // accession protocol" (rs008, July 2022). Not after a word of measure ("more than 30 allies").
  {
    re: new RegExp(
      `(?<!\\b(?:than|over|nearly|almost|about|around|some|to|least|of|the|all|and|or)\\s)\\b${NUM}\\s+(?:NATO\\s+)?(?:allies|Allies)\\b(?!['’])`,
      'g',
    ),
    named: true,
  },
  // The others of the member speaking: "a member-state equal with the other 29 states" (rr008, North Macedonia, March 2021).
  {
    re: new RegExp(
      `\\b(?:[Tt]he|[Oo]ur)\\s+(other|remaining)\\s+${NUM}\\s+(?:members|member[- ]states|member[- ]countries|states|countries|nations)\\b`,
      'g',
    ),
    less: 1,
    named: true,
  },
  // The leaders at a NATO summit: "a pivotal NATO summit in The Hague, with 32 leaders in attendance" (rq028, June 2025),
  // "one meeting with 32 leaders" (rs029). Guests counted apart are another number.
  {
    re: new RegExp(
      `(?<!\\b(?:than|over|nearly|almost|about|around|some|to|least)\\s)\\b${NUM}\\s+(?:NATO\\s+|allied\\s+|Allied\\s+)?(?:leaders|heads\\s+of\\s+state(?:\\s+and\\s+government)?)\\b`,
      'g',
    ),
    named: true,
    meeting: true,
  },
];

// A part of the allies, not all: "the 23 Allies that meet 2%", "the alliance's 32 members in Europe".
const SUBSET_AFTER_RE =
  /^\s*(?:that|which|who|whose|with|without|meeting|spending|reaching|expected|on\s+track|already|at\s+or\s+above|above|below|in\s+favou?r|have\s+(?:met|reached|hit|ratified|spent)|had|to\s+(?:meet|reach|have)|out\s+of|among|plus|except|excluding|other\s+than|besides|in\s+(?:Europe|the\s+EU|North\s+America)|from\s+Europe|(?:are|were)\s+(?:EU|European|in\s+the\s+EU))\b/i;
// Another body counted in the sentence: the EU's 27, a coalition, the Ramstein group.
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European\s+Union|European\s+Council|eurozone|G7|G-7|G20|G-20|Group\s+of\s+(?:Seven|20)|United\s+Nations|UN|OSCE|Council\s+of\s+Europe|ASEAN|African\s+Union|BRICS|CSTO|Warsaw\s+Pact|Commonwealth|OPEC|[Cc]oalition|Ramstein|Contact\s+Group|UDCG|JEF|Quad|AUKUS|Five\s+Eyes|partners?)\b/;
const HYPOTHETICAL_RE =
  /\b(?:[Ii]f|[Ww]ould|[Cc]ould|[Mm]ight|[Ww]hether|[Uu]nless|[Ss]hould|[Hh]ypothetical\w*|[Hh]ope\w*|aspir\w*|[Cc]andidate\w*)\b|\?/;
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;
// Round 40: NATO named for a loose count (its name, its council, an ally's accession protocol).
const NAMED_NEAR_RE = /\b(?:NATO|Nato|North\s+Atlantic|Alliance|[Aa]ccession\s+[Pp]rotocols?)\b/;
const LOOSE_SUBSET_AFTER_RE =
  /^\s*(?:at|in(?!\s+attendance)|from|on|with|of|for|outside|inside|plus|besides|including|excluding|except|spend\w*|meet\w*|reach\w*|hit(?:s|ting)?|fail\w*|that|which|who)\b/;
// A meeting of NATO's leaders told in the sentence.
const MEETING_RE =
  /\b(?:NATO|Nato|[Aa]lliance|[Aa]llied)\s+(?:leaders['\u2019]?\s+)?(?:[Ss]ummit|meeting|gathering)\b|\b[Ss]ummit\b[^.]{0,80}\b(?:NATO|Nato|[Aa]lliance)\b/;

// An accession told by its place in line: "becoming the 31st member of the alliance", "will formally become NATO's 29th
// state", "the alliance's 32nd member", "as the 32nd member of the alliance".
const ORD = '(\\d{2}(?:st|nd|rd|th)|twenty-(?:seventh|eighth|ninth)|thirtieth|thirty-(?:first|second|third))';
const ORDINAL_RE = new RegExp(
  `\\b(?:(?:becom(?:e|es|ing)|became|welcom(?:e|es|ed|ing)|place\\s+as|as)\\s+(?:(?:formally|officially|thus)\\s+)?)?(?:(?:the|its|a|NATO['’]s|Nato['’]s|the\\s+${ALLIANCE}['’]s)\\s+)?(?:(?:full-fledged|full-fledge|fully-fledged|formal|official|full|newest)\\s*,?\\s+)?${ORD}(?:\\s+and\\s+${ORD})?\\s+(?:full\\s+)?(?:(?:NATO|Nato|[Aa]lliance|[Aa]llied)\\s+)?(?:member[- ](?:states?|countr(?:y|ies)|nations?)|members?|[Aa]ll(?:y|ies)|states?|countr(?:y|ies)|nations?)\\b`,
  'g',
);
const BECOMING_RE = /^(?:becom|became|welcom|place|as\b)/i;
const NATO_IN_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance|Allied)\b/;
// After the noun: "of the alliance", "of NATO", "to join NATO", "in the Alliance".
const NATO_AFTER_RE =
  /^\s*(?:(?:of|in|to\s+join|to\s+enter|to\s+accede\s+to)\s+(?:the\s+)?(?:(?:[Ww]estern|military|defensive|transatlantic|North\s+Atlantic|Atlantic)\s+){0,2}(?:NATO|Nato|[Aa]lliance|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b)/;
// A count since another time ("the 14th country that joined the Alliance after the cold war") is not a place in line.
const SINCE_AFTER_RE =
  /^[^.;]{0,60}\b(?:after|since)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:[Cc]old\s+[Ww]ar|fall|collapse|1989|1990|1991|enlargement)/;
// Past tense told: the accession must have come already.
const PAST_RE = /^(?:became|welcomed)\b/i;

type Country = Doc['facts']['base']['jurisdictions'][number];

export function withAllianceTold(detector: ClaimDetector): ClaimDetector {
  return {
    kind: detector.kind,
    // "all 30 Allied nations" names nothing the lexicon knows and none of the inner words: "Allied" with a count.
    triggers: [...detector.triggers, { words: ['allied'], marks: ['\\d\\d', 'twenty', 'thirty'] }],
    find(doc, ctx) {
      const out = detector.find(doc, ctx);
      const found = [
        ...(HINT_RE.test(doc.text) && COUNT_HINT_RE.test(doc.text) ? allianceCounts(doc) : []),
        ...(ORD_HINT_RE.test(doc.text) ? allianceOrdinals(doc) : []),
        ...(JOIN_HINT_RE.test(doc.text) ? datedAccessions(doc) : []),
        ...(WELCOMED_HINT_RE.test(doc.text) ? welcomedAs(doc) : []),
      ];
      for (const a of found) if (!out.some((o) => spansOverlap(o, a))) out.push(a);
      return out;
    },
  };
}

function membersOf(doc: Doc): Country[] {
  return doc.facts.base.jurisdictions.filter((j) => j.nato);
}

function countOn(members: Country[], day: string): number {
  return membersOn(members, day).length;
}

/** The sentence tells of no year other than the page's (or the day it is judged on). */
function ofTheDay(text: string, day: string): boolean {
  for (const m of text.matchAll(YEAR_RE)) if (m[1] !== day.slice(0, 4) && m[1] !== addDays(day, -1).slice(0, 4)) return false;
  return true;
}

function allianceCounts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const day = pastHorizon(doc.facts, doc.asOf) ?? doc.asOf;
  const members = membersOf(doc);
  const now = countOn(members, day);
  // Within a few days of an accession the count is uncertain: said nothing then.
  if (members.some((j) => Math.abs(Date.parse(factRange(j.nato!.joined).first) - Date.parse(day)) < 3 * 864e5)) return out;
  for (const form of COUNT_FORMS) {
    const re = warmed(form.re, doc.text);
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const groups = m.slice(1).filter((g) => g !== undefined);
      const other = groups.find((g) => /^(?:other|remaining)$/i.test(g));
      const numeral = groups.find((g) => !/^(?:other|remaining)$/i.test(g));
      if (!numeral) continue;
      const n = numberFrom(numeral);
      const expected = form.others || other ? now - 1 : now;
      if (n !== expected) continue;
      const span = { start: m.index, end: m.index + m[0].length };
      const sentence = sentenceOf(doc, span.start);
      const said = doc.text.slice(sentence.start, sentence.end);
      if (OTHER_BODY_RE.test(said) || HYPOTHETICAL_RE.test(said) || !ofTheDay(said, day)) continue;
      if (SUBSET_AFTER_RE.test(doc.text.slice(span.end, span.end + 40))) continue;
      if (form.named) {
        // "With 30 allies at the target": a part placed by what follows the loose count.
        if (LOOSE_SUBSET_AFTER_RE.test(doc.text.slice(span.end, span.end + 30))) continue;
        const before = doc.text.slice(Math.max(0, sentence.start - 400), sentence.end);
        if (!NAMED_NEAR_RE.test(before) || OTHER_BODY_RE.test(before.slice(-600))) continue;
        if (form.meeting && !MEETING_RE.test(said)) continue;
      }
      if (form.we) {
        const before = doc.text.slice(Math.max(0, sentence.start - 400), sentence.start);
        if (!/\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b/.test(before) || OTHER_BODY_RE.test(before)) continue;
      }
      const message =
        expected === now
          ? `NATO had ${now} members on ${formatDay(day)}.`
          : `NATO had ${now} members on ${formatDay(day)}: ${n} others besides one.`;
      out.push(countAnnotation(doc, span, message, message, sourcesOfAll(members.map((j) => j.nato)).slice(0, 3)));
    }
  }
  return out;
}

function allianceOrdinals(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const re = warmed(ORDINAL_RE, doc.text);
  re.lastIndex = 0;
  const members = membersOf(doc);
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    const span: Span = { start: m.index, end: m.index + m[0].length };
    const after = doc.text.slice(span.end, span.end + 80);
    // Told of NATO: in the phrase ("NATO's 29th state", "the 30th alliance member") or right after it ("of the alliance").
    if (!NATO_IN_RE.test(m[0]) && !NATO_AFTER_RE.test(after)) continue;
    // Told as a becoming: the verb in the match or just before ("cementing ... place as", "is set to become").
    const before = doc.text.slice(Math.max(0, span.start - 40), span.start);
    // Told as a becoming, or as a noun phrase of a member already in ("the alliance's 32nd member", held-out 34 pg020):
    // then only the latest accession before the page is read.
    const becoming = BECOMING_RE.test(m[0]) || /\b(?:becom\w*|became|as|is|was|be)\s+$/i.test(before);
    if (!becoming && !/['\u2019]s\s/.test(m[0]) && !NATO_AFTER_RE.test(after)) continue;
    if (SINCE_AFTER_RE.test(after)) continue;
    const sentence = sentenceOf(doc, span.start);
    const said = doc.text.slice(sentence.start, sentence.end);
    if (HYPOTHETICAL_RE.test(said)) continue;
    // A country named in the sentence is the membership chain's to judge.
    if (countriesIn(doc, sentence).length) continue;
    const ordinals = [m[1], m[2]].filter((g): g is string => !!g).map(numberFrom);
    if (ordinals.some((n) => !Number.isFinite(n) || n < 13 || n > 33)) continue;
    const groups = ordinals.map((n) => accessionOf(members, n));
    if (groups.some((g) => !g)) continue;
    const joined = groups[0]!.day;
    if (groups.some((g) => g!.day !== joined)) continue;
    const past = !becoming || PAST_RE.test(m[0]) || /\bbecame\s+$/i.test(before);
    if (!inWindow(members, joined, doc.asOf, past)) continue;
    // The sentence before names another of the window's new members, or a country that never joined: the ordinal may be
    // told of it ("Ukraine officially joined the North Atlantic Alliance. It became the 32nd member of NATO", a false
    // pair that must not be confirmed through Sweden, wrongconf-round21).
    const prev = doc.sentences[doc.sentences.indexOf(sentence) - 1];
    if (prev && prev.end >= sentence.start - 2) {
      const ids = new Set(groups[0]!.countries.map((c) => c.id));
      const rival = countriesIn(doc, prev).filter((c) => {
        if (ids.has(c.id)) return false;
        const j = members.find((x) => x.id === c.id);
        return !j || Math.abs(Date.parse(factRange(j.nato!.joined).first) - Date.parse(doc.asOf)) < 800 * 864e5;
      });
      if (rival.length > 0) continue;
    }
    const g = groups[0]!;
    const c = g.countries[0];
    const names = g.countries.map((x) => x.j.name).join(' and ');
    const place = g.from === g.to ? `its ${ordinalName(g.from)} member` : `its ${ordinalName(g.from)}–${ordinalName(g.to)} members`;
    const message = `${names} joined NATO on ${formatDay(joined)}, as ${place}.`;
    out.push(memberAnnotation(doc, span, 'supported', message, message, c.j));
  }
  return out;
}

interface Accession {
  day: string;
  from: number;
  to: number;
  countries: Array<{ j: Country; id: string }>;
}

/** The accession that made the alliance `n` members strong: its day and the countries that joined on it. */
function accessionOf(members: Country[], n: number): Accession | null {
  const days = [...new Set(members.map((j) => factRange(j.nato!.joined).first))].sort();
  let count = 0;
  for (const day of days) {
    const joining = members.filter((j) => factRange(j.nato!.joined).first === day);
    const from = count + 1;
    count += joining.length;
    if (n >= from && n <= count) {
      return { day, from, to: count, countries: joining.map((j) => ({ j, id: j.id })) };
    }
  }
  return null;
}

/** The accession is the latest before the page (within 60 days) or, not told as past, the next after it (within 500). */
function inWindow(members: Country[], joined: string, asOf: string, past: boolean): boolean {
  const days = [...new Set(members.map((j) => factRange(j.nato!.joined).first))].sort();
  const gap = (Date.parse(joined) - Date.parse(asOf)) / 864e5;
  if (gap <= 2) return gap >= -60 && !days.some((d) => d > joined && d <= addDays(asOf, 2));
  if (past) return false;
  return gap <= 500 && !days.some((d) => d > addDays(asOf, 2) && d < joined);
}

// An accession told with its day and no country named in its sentence: "the country became a member of the alliance on
// April 4, 2023" (held-out 25 fb008), "On March 27, 2020, the country joined the Atlantic Alliance" (27 jd026), "following
// its accession to NATO on March 7, 2024" (28 kc022), "having acceded to the alliance on March 29, 2004" (35 qc003), "the
// country will officially become a member of NATO on April 4" (30 ma022), "formally joined NATO last Thursday" (32
// ia022). Confirmed when the day told (a day, not a month or a year) is a day countries joined, and the sentence before
// names no country that did not join on it.
const JOIN_HINT_RE = /\b(?:join|acced|accession|bec[oa]m)/;
const JOINED_RE =
  /\b(?:joined|joins|join|joining|acceded\s+to|acceding\s+to|accession\s+(?:to|into|in)|(?:became|become|becomes|becoming)\s+(?:a\s+|an\s+)?(?:full(?:-fledged)?\s+|official\s+|formal\s+)?(?:member|ally)\s+(?:of|in)|(?:became|become|becomes|becoming)\s+(?:a\s+)?(?:full(?:-fledged)?\s+)?(?:NATO|Nato)\s+(?:member|ally)(?:\s+(?:country|state|nation))?)\s+(?:the\s+)?(?:(?:North\s+)?Atlantic\s+[Aa]lliance|(?:military\s+|Western\s+|transatlantic\s+)?[Aa]lliance|NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)?/g;
const NATO_WORD_RE = compiledOnFirstRun(/\b(?:NATO|Nato|[Aa]lliance|North\s+Atlantic)\b/);

function datedAccessions(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const re = warmed(JOINED_RE, doc.text);
  re.lastIndex = 0;
  const members = membersOf(doc);
  for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
    // Told of NATO: in the words matched, or "NATO member" ("become a NATO member country").
    if (!NATO_WORD_RE.test(m[0])) continue;
    const sentence = sentenceOf(doc, m.index);
    const said = doc.text.slice(sentence.start, sentence.end);
    if (HYPOTHETICAL_RE.test(said) || countriesIn(doc, sentence).length) continue;
    const end = m.index + m[0].length;
    // The day right after the words ("on April 4, 2023", "last Thursday") or heading the sentence ("On March 27, 2020,").
    const dates = findDates(doc.text, sentence.start, Math.min(sentence.end, end + 40), { asOf: doc.asOf }).filter(
      (d) => d.granularity === 'day' && (d.start >= end ? d.start - end <= 12 : d.start - sentence.start <= 4 && d.end <= m!.index),
    );
    if (dates.length !== 1) continue;
    const day = dates[0].first;
    const joining = members.filter((j) => factRange(j.nato!.joined).first === day);
    if (!joining.length) continue;
    const prev = doc.sentences[doc.sentences.indexOf(sentence) - 1];
    if (prev && prev.end >= sentence.start - 2 && countriesIn(doc, prev).some((c) => !joining.some((j) => j.id === c.id))) continue;
    const span = { start: Math.min(m.index, dates[0].start), end: Math.max(end, dates[0].end) };
    const names = joining.map((j) => j.name).join(', ');
    const message = `${names} joined NATO on ${formatDay(day)}.`;
    out.push(memberAnnotation(doc, span, 'supported', message, message, joining[0]));
  }
  return out;
}

// Round 40. A member's welcome told as done, with no time of its own: "The Vilnius summit also saw NATO's membership expand.
// We welcomed Finland to the table as a NATO member and ensured that Sweden will follow close behind" (held-out 38 rq018,
// the UK's statement of July 2023), "NATO welcomed Sweden into the alliance as its newest member", "the allies welcomed North
// Macedonia as a full member". Confirmed when the country joined by the page's day and the sentence tells no year but that
// of its accession; nothing otherwise (a welcome may be of an invitation or a guest).
const WELCOMED_HINT_RE = /\bwelcomed\b/;
const WELCOMED_RE = /\bwelcomed\s+$/;
const WELCOMED_AFTER_RE =
  /^\s+(?:(?:to|into|in)\s+(?:the\s+(?:table|family|fold|club|ranks)|NATO|Nato|the\s+(?:NATO\s+|North\s+Atlantic\s+|military\s+|transatlantic\s+)?[Aa]lliance|its\s+ranks|our\s+ranks)\s+)?as\s+(?:a|an|the|its|our|NATO['\u2019]s)\s+(?:(?:full|fully[- ]fledged|full-fledged|new|newest|latest|formal)\s+)?(?:(?:NATO|Nato|[Aa]llied)\s+)?(?:member(?:\s+(?:state|country|nation))?|[Aa]lly)\b/;

function welcomedAs(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const members = membersOf(doc);
  for (const sentence of doc.sentences) {
    const said = doc.text.slice(sentence.start, sentence.end);
    if (!WELCOMED_HINT_RE.test(said) || HYPOTHETICAL_RE.test(said)) continue;
    for (const c of countriesIn(doc, sentence)) {
      const lead = doc.text.slice(Math.max(sentence.start, c.start - 12), c.start);
      const w = WELCOMED_RE.exec(lead);
      if (!w) continue;
      const m = WELCOMED_AFTER_RE.exec(doc.text.slice(c.end, sentence.end));
      if (!m) continue;
      const j = members.find((x) => x.id === c.id);
      if (!j?.nato) continue;
      const joined = factRange(j.nato.joined).first;
      if (joined > doc.asOf) continue;
      if ([...said.matchAll(YEAR_RE)].some((y) => y[1] !== joined.slice(0, 4))) continue;
      const span = { start: c.start - lead.length + w.index, end: c.end + m[0].length };
      const message = `${j.name} joined NATO on ${formatDay(joined)}.`;
      out.push(memberAnnotation(doc, span, 'supported', message, message, j));
    }
  }
  return out;
}
