// Narrated time: the time a passage tells of, when it is not the article's own. A 2024
// encyclopedia page on the 2014 Wales summit says "hosted by British prime minister David
// Cameron"; an open-door history says "When Estonia ... joined on March 29, 2004, U.S. President
// George W. Bush ...". Both are right as of the time they narrate, and judged as of the page's
// date they would be red flags on true sentences, the worst bug this project can have.
//
// A red flag is re-judged as of the narrated time, found from (strongest first):
//   - a date or year written in the sentence ("in 2014", "On March 12, 1999", "1952:"), or a
//     past summit named by its place ("the Wales summit");
//   - the sentence before, in the same paragraph, when this one is told in the past tense;
//   - on a page mostly about the past, the latest narrated time before it.
// The claim is supported when it was true at that time; otherwise it is only context: the
// narrated time is a reading of the text, not a fact, so it never makes a red flag of its own.
// A page mostly about the past withholds red flags even where the time is unclear.
import type { Doc } from './doc';
import type { Annotation } from './types';
import { isProblem } from './types';
import { addDays, findDates, formatDay, toDays, type DateMention, type DayRange } from './dates';
import { firstAtOrAfter, matchesIn } from './doc';
import { splitSentences, type Span } from './sentences';
import { memoByFacts } from './memo';
import { tenuresOf } from './holders';
import { numberFrom } from './numbers';
import type { FactIndex } from '../facts/load';
import type { ClaimDetector } from './detector';
import { compiledOnFirstRun, warmed } from './triggers';

type NarrationSource = 'sentence' | 'paragraph' | 'page';

interface Narration {
  range: DayRange;
  /** How the passage gave it, in words: "September 2014", "2004". */
  label: string;
  source: NarrationSource;
  /** Read from a month told without its year at the end of a sentence (Mark.confirmOnly). */
  confirmOnly?: true;
}

/** What the page says about the time a claim at some offset tells of. */
/**
 * What the rest of a page says about time, for a text judged a paragraph at a time (the
 * extension, the CLI's HTML path): whether the page is mostly about the past, and the time the
 * paragraphs before this one last told of. With it a paragraph with no date of its own ("The
 * summit was hosted by British prime minister David Cameron.") is read as it is in the whole text.
 */
export interface PageNarration {
  historicalPage: boolean;
  /** The latest past time told of before the paragraph; absent when none, or when a present time came after it. */
  before?: { range: DayRange; label: string };
  /** The page tells of some time (TIME_TOLD_RE) before the paragraph: a "then" in it may point there. */
  timeToldBefore?: true;
  /** The first day of the earliest past time the page tells of (neverHeldAtEveryTimeTold). */
  earliestPast?: string;
}

/**
 * Words that tell of a time: a year, a month, a day, or a time counted back. After one, "then" may
 * be a loose pointer to that time (claims/title-former.ts).
 */
export const TIME_TOLD_RE =
  /\b(?:(?:19|20)\d{2}|january|february|march|april|may|june|july|august|september|october|november|december|ago|yesterday|last\s+(?:week|month|year|time)|earlier\s+(?:this|that)|previous(?:ly)?|at\s+the\s+time|once|years?|decades?)\b/i;

export interface NarratedTime {
  /** The time told of, or null when unclear. */
  narration: Narration | null;
  /** The page is mostly about the past: with no narrated time found, red flags are withheld. */
  historicalPage: boolean;
}

interface Mark {
  start: number;
  end: number;
  range: DayRange;
  label: string;
  tense: 'past' | 'present';
  /** A date said relative to the article's ("today", "this week"), not written out. */
  relative?: boolean;
  /**
   * A weaker reading (tailOfSentence): the time may confirm a claim that held then, but a claim wrong
   * then too keeps its red flag.
   */
  confirmOnly?: true;
}

// "since" opening the phrase a time sits in, with no clause break after it: the time starts a span that reaches the
// article's day. Words that open another clause end the phrase.
const SINCE_RE = /\bsince\s/gi;
const SINCE_PHRASE_BREAK_RE = compiledOnFirstRun(/[,;:()\u2013\u2014]|\b(?:and|but|while|when|whereas|who|which|where|because)\b/i);

// Built once (speed, round 41): a literal in startsSpanToNow was a new expression, parsed again, at each call.
const STARTS_SPAN_TO_NOW_RE = /\s+/;
/**
 * Whether a past time is told as the start of a span that reaches the article's day: "It was the first three-way
 * engagement since Russia's 2022 invasion of Ukraine", "the first direct meeting ... since Russia's invasion of Ukraine
 * more than three years ago, with former U.S. President Donald Trump playing a central role" (August 2025: he was
 * president). Like "since 2014", such a time is no time the sentence tells of; read as one, the sentence and those
 * after it were judged as of 2022 and stale titles in them were confirmed. A person named inside the phrase ("since
 * Defence Minister Oleksii Reznikov visited in 2022") is told as of that time, so the time is kept.
 */
function startsSpanToNow(doc: Doc, sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - 70);
  const before = doc.text.slice(from, at);
  if (!before.includes('since') && !before.includes('Since')) return false;
  let since = -1;
  SINCE_RE.lastIndex = 0;
  for (let m = SINCE_RE.exec(before); m; m = SINCE_RE.exec(before)) since = m.index;
  if (since < 0) return false;
  const phrase = before.slice(since + 6);
  if (SINCE_PHRASE_BREAK_RE.test(phrase) || phrase.split(STARTS_SPAN_TO_NOW_RE).length > 9) return false;
  const phraseStart = from + since;
  return !doc.people.some((p) => p.start >= phraseStart && p.start < at);
}

/**
 * "During the 2024 Washington NATO summit, Jens Stoltenberg announced ... the security
 * assistance that Ukraine needs to prevail in its fight today": a relative time after a past
 * one in the same sentence is the past time's own, reported, not the article's present. Left
 * counted, it made a page on the 2022 Ramstein meeting look like a page about the present, and
 * a title in it ("it was supposed to be attended by NATO Secretary General Jens Stoltenberg")
 * was judged as of the page's 2025 date. One that comes first ("Today, a decade after the 2014
 * Wales summit, ...") still is the article's present.
 */
function dropReportedPresent(marks: Mark[]): void {
  const firstPast = Math.min(...marks.filter((m) => m.tense === 'past' && !m.relative).map((m) => m.start));
  if (!Number.isFinite(firstPast)) return;
  for (let i = marks.length - 1; i >= 0; i--)
    if (marks[i].relative && marks[i].tense === 'present' && marks[i].start > firstPast) marks.splice(i, 1);
}

class SentenceTime {
  private tense?: boolean;
  private saysNow?: boolean;
  /**
   * The date of the timeline entry the sentence belongs to, when it has no time mark of its own:
   * "February 24, 2022: Russia invades Ukraine ... In Sweden and Finland, support for NATO
   * membership is growing, but Swedish Prime Minister Magdalena Andersson rules out joining" (AP's
   * key events, 2024). Timelines tell of their dates in the present tense.
   */
  entry?: Mark;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly paragraph: number,
    /** The time marks of the sentence: its past ones, when it has no present one. */
    public past: Mark[],
    public present: boolean,
  ) {}
  // Read only for the few sentences around a red flag, not for every sentence of a page: asked
  // when first needed.
  get presentTense(): boolean {
    return (this.tense ??= PRESENT_TENSE_RE.test(this.text.slice(this.start, this.end)));
  }
  get now(): boolean {
    return (this.saysNow ??= NOW_RE.test(this.text.slice(this.start, this.end)));
  }
}

interface PageTime {
  sentences: SentenceTime[];
  historicalPage: boolean;
  /** How many past times the page tells of. */
  pastCount: number;
}

// A date is "past" when it ended this many days before the article: a page of July 2016 that
// speaks of "8-9 July 2016" is speaking of its present.
const PAST_DAYS = 180;
// A day or a month written out with its year is past sooner: "In May 2025, British Foreign Secretary David Lammy met Rubio"
// on a page of October 2025 tells of May (Lammy left the office in September), and "on October 15, 2025" on a page of
// December 2025 of mid-October. A month after it ended, such a date is no longer the article's present.
const RECENT_PAST_DAYS = 31;
// A bare year: "The 2014 Wales Summit", "1952: Greece and Turkey join". Not a figure ("2014%").
const BARE_YEAR_RE = /\b(19[4-9]\d|20[0-4]\d)\b(?!\s*(?:%|per\s?cent|-\d))/g;
// Words that make a year a bound of a span rather than the time told of ("since 2014", "by 2035").
const BOUND_RE = compiledOnFirstRun(/\b(?:since|until|till|by|from|through|before|after|than|to|and|or)\s+(?:(?:early|late|mid)[\s-]+)?$/i);
// A date told with its own preposition ("in 2022", "on 5 May") is no bound whatever comes before it: "The aid grew
// steadily, and in 2022 Ukrainian Defence Minister Oleksii Reznikov thanked the allies" tells of 2022 ("and 2022" in
// "between 2014 and 2022" is a bound).
const TIME_PREPOSITION_RE = /^(?:in|on|during|throughout)\s/i;

// Built once (speed, round 41): a literal in headOfSentence was a new expression, parsed again, at each call.
const HEAD_OF_SENTENCE_RE = /^[\s"\u201c\u2018'\u2022\u00b7\u25aa*\u2013\u2014-]*(?:(?:in|on|during)\s+)?$/i;
const HEAD_OF_SENTENCE_RE2 = /^\s*,/;
/**
 * A day or a month without its year that opens the sentence, set off by a comma: "In April, Ukrainian Economy Minister Yulia
 * Svyrydenko signed the deal" (a page of September 2025; she became prime minister in July). Told in the past tense a month
 * or more after it ended, it is the time of the sentence, not the article's present.
 */
function headOfSentence(text: string, start: number, d: { start: number; end: number }): boolean {
  // A list's bullet may open the line: "- In May 2024, Belgian Foreign Minister Hadja Lahbib said ..." (held-out 26 ga043).
  return HEAD_OF_SENTENCE_RE.test(text.slice(start, d.start)) && HEAD_OF_SENTENCE_RE2.test(text.slice(d.end, d.end + 3));
}

// Built once (speed, round 41): a literal in tailOfSentence was a new expression, parsed again, at each call.
const TAIL_OF_SENTENCE_RE = /^in\s/i;
/**
 * A month without its year that ends the sentence, told with "in": "Ukrainian Economy Minister Yulia Svyrydenko signed the
 * minerals deal in April." (a page of September 2025; she became prime minister in July), "Prime Minister Denys Shmyhal
 * visited Berlin in June, officials said." (December 2025). Told in the past tense a month or more after it ended, it is the time of the
 * sentence. Weaker than a time at the head of the sentence ("in April" may end a clause about something else), it only
 * confirms: a title wrong in that month too stays flagged (Mark.confirmOnly).
 */
function tailOfSentence(text: string, end: number, d: { start: number; end: number; granularity: string }): boolean {
  return d.granularity === 'month' && TAIL_OF_SENTENCE_RE.test(text.slice(d.start, d.end)) && TAIL_RE.test(text.slice(d.end, end));
}
// The end of the sentence, after an attribution at most: "..., officials said."
const TAIL_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`^["\u201d\u2019')\]]*(?:,\s+(?:[\p{L}.'\u2019-]+\s+){1,4}(?:said|reported|added|noted|wrote))?[.!?]?["\u201d\u2019')\]]*\s*$`,
    'u',
  ),
);

/** A time counted back as it reads mid-sentence ("The passage tells of last year"), a sentence's capital aside. */
const relativeLabel = (label: string, relative: boolean): string => (relative ? label.toLowerCase() : label);

// Built once (speed, round 41): a literal in isBound was a new expression, parsed again, at each call.
const IS_BOUND_RE = compiledOnFirstRun(/^(?:since|until|by|from|through)\b/i);
// Precision (round 41): "In this photo from 2014", "footage from October 2019": the time of a picture or a recording, not
// a bound ("In this photo from 2014, Russian President Vladimir Putin greets German Chancellor Angela Merkel" tells of 2014).
const MEDIA_BEFORE_RE = /\b(?:photo(?:graph)?s?|pictures?|images?|footage|videos?|clips?|recordings?)\s+$/i;
const MEDIA_FROM_RE = compiledOnFirstRun(/\b(?:photo(?:graph)?s?|pictures?|images?|footage|videos?|clips?|recordings?)\s+from\s+$/i);
const FROM_RE = /^from\s/i;
// "to 2021", "until 2019,", "through March 2020", "– 2021": the span's end, right after its start.
const SPAN_CLOSED_RE =
  /^\s*(?:to|until|till|through|[-\u2013\u2014])\s*(?:(?:early|mid|late|the\s+end\s+of)[-\s]+)?(?:[A-Z][a-z]+\s+)?(?:\d{1,2}\s+)?((?:19|20)\d\d)\b/;
/** The span's end told right after its start is a year before the page's: "from 2014 to 2021" on a page of 2025. */
function closedInPast(after: string, asOf: string): boolean {
  const m = SPAN_CLOSED_RE.exec(after);
  return !!m && m[1] < asOf.slice(0, 4);
}
const CLOSES_SPAN_RE = /^(?:to|until|till|through)\s/i;
const BLANK_RE = /^\s*$/;
const NO_WORD_RE = /^\W*$/;
const CLAUSE_END_RE = /[.;!?]/;
/** `d` ends the span `prev` opens with "from", right before it: "from 2019 until 2024". */
function closesSpanFrom(
  text: string,
  prev: { start: number; end: number },
  d: { start: number; end: number; last: string },
  asOf: string,
): boolean {
  return (
    d.last < asOf &&
    FROM_RE.test(text.slice(prev.start, prev.end)) &&
    BLANK_RE.test(text.slice(prev.end, d.start)) &&
    CLOSES_SPAN_RE.test(text.slice(d.start, d.end))
  );
}
// "From 2014, Merkel led ...": the time opening the sentence, a comma, then no word of the present in the clause.
function pastSpanOpening(text: string, from: number, d: { start: number; end: number }): boolean {
  if (!NO_WORD_RE.test(text.slice(from, d.start)) || text[d.end] !== ',') return false;
  const clause = text.slice(d.end + 1, d.end + 160).split(CLAUSE_END_RE)[0];
  return !presentTense(clause) && !NOW_RE.test(clause);
}
/** Whether the date mention `d` is a bound of a span ("since 2014", "until 2027", "by 2030"), not a time told. */
function isBound(text: string, from: number, d: { start: number; end: number }, asOf?: string): boolean {
  const written = text.slice(d.start, d.end);
  const lead = text.slice(Math.max(from, d.start - 24), d.start);
  if (FROM_RE.test(written) ? MEDIA_BEFORE_RE.test(lead) : MEDIA_FROM_RE.test(lead)) return false;
  // Precision (round 41, lead): "From 2014 to 2021, German Chancellor Angela Merkel led the Normandy talks" (a page of 2025):
  // a span closed by its end is a time told, not a bound running to the page's day; and "From 2014, ... led" at the head of
  // a sentence in the past tense tells of that span, past.
  if (asOf && FROM_RE.test(written) && (closedInPast(text.slice(d.end, d.end + 40), asOf) || pastSpanOpening(text, from, d))) return false;
  if (IS_BOUND_RE.test(written)) return true;
  return !TIME_PREPOSITION_RE.test(written) && BOUND_RE.test(text.slice(Math.max(from, d.start - 12), d.start));
}
// The sentence speaks of the present (the article's time): it cannot inherit a past narration.
const PRESENT_TENSE_RE = compiledOnFirstRun(
  /\b(says|say|is|are|has|have|will|would|now|currently|today|tells|remains|continues|serves|leads|heads|wants|plans|expects|warns|insists)\b/i,
);
// "would" reported after a past verb is the past's future, not the present: "In April, Economy Minister Yulia
// Svyrydenko said Ukraine would sign", "Last year, Belgian Foreign Minister Hadja Lahbib said her country would supply
// jets" (a page of May 2025).
const REPORTED_WOULD_RE =
  /\b(?:said|told|announced|pledged|promised|vowed|stated|added|wrote|agreed|confirmed|signalled|signaled|indicated)\b[^.;!?]{0,80}?\bwould\b/gi;
/** The sentence says something of the present (PRESENT_TENSE_RE), a reported "would" aside. */
function presentTense(sentence: string): boolean {
  return PRESENT_TENSE_RE.test(sentence.includes('would') ? sentence.replace(REPORTED_WOULD_RE, ' ') : sentence);
}

// "Seventy-five years ago, President Harry Truman watched ...", "a decade ago": a past time told
// relative to the article's date. Read as the year that many years back, give or take one, since
// "75 years ago" in March 2024 may mean April 1949. "Decades ago" has no year: it still says the
// passage is about the past, as a wide span, so a title in it is never judged as of today.
const YEARS_AGO_RE =
  /\b(?:(a|one|a\s+few|several|some|many|\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(years?|decades?)|(decades))\s+ago\b/gi;

const AGO_RE = /ago\b/i;

// Words that put a sentence in the article's own present even on a page about the past: "The
// alliance currently consists of 30 member states"; and times counted from the writer's day, which
// tell of it too: "Truss was already due to visit Kyiv next week where she will meet the Ukrainian
// prime minister, Volodymyr Zelenskiy" (Guardian, January 2022: he was president). Not "the next
// week", which counts from the time narrated.
const NOW_RE = compiledOnFirstRun(
  /\b(currently|now|today|tomorrow|at present|presently|these days|as of (?:today|now)|(?<!\bthe\s)next\s+(?:week|month)|this\s+(?:week|month)|in\s+the\s+(?:coming|next)\s+(?:few\s+|two\s+|three\s+)?(?:days|weeks))\b/i,
);

/**
 * A whole year over before the article's, told in a sentence with no word of the present: past, however recent ("Dutch
 * Prime Minister Dick Schoof visited Kyiv in 2025", June 2026; he was prime minister until February 2026). Unlike a day
 * or a month, which may be the article's own present when it is recent, a year that has ended is not the writer's now.
 */
function pastYear(range: { last: string; granularity: string }, asOf: string, sentence: string): boolean {
  // "In 2023, ..." at the head of the sentence is read by headYear, which keeps a claim wrong in that year too flagged.
  return (
    range.granularity === 'year' &&
    range.last < asOf &&
    !presentTense(sentence) &&
    !NOW_RE.test(sentence) &&
    !HEAD_YEAR_RE.test(sentence.slice(0, 40))
  );
}

// The year told as the time of what the sentence says ("visited Kyiv in 2025", "during 2025"), not as a name's attribute
// ("the 2024 US presidential election", "the 2025 budget"), which a sentence of the present may name.
const YEAR_AS_TIME_BEFORE_RE = /\b(?:in|during|throughout)\s+$/i;

/** Whether the year of `d` (a mention that may start with its preposition) is told as a time. */
function yearAsTime(text: string, sentenceStart: number, d: { start: number; end: number }): boolean {
  return (
    /^(?:in|during|throughout)\s/i.test(text.slice(d.start, d.end)) ||
    YEAR_AS_TIME_BEFORE_RE.test(text.slice(Math.max(sentenceStart, d.start - 12), d.start))
  );
}

const cache = new WeakMap<Doc, PageTime>();

function pageTime(doc: Doc): PageTime {
  let t = cache.get(doc);
  if (!t) cache.set(doc, (t = computePageTime(doc)));
  return t;
}

/** Whether one of `dates` covers the offset. */
function takenBy(dates: readonly DateMention[], at: number): boolean {
  return dates.some((d) => d.start <= at && at < d.end);
}

// Built once (speed, round 41): a literal in computePageTime was a new expression, parsed again, at each call.
const COMPUTE_PAGE_TIME_RE = /^(?:in|on|during|of|from)\s+/i;
function computePageTime(doc: Doc): PageTime {
  const { text, asOf } = doc;
  const pastLimit = toDays(asOf) - PAST_DAYS;
  const recentLimit = toDays(asOf) - RECENT_PAST_DAYS;
  const sentences: SentenceTime[] = [];
  let paragraph = 0;
  let lastEnd = 0;
  let pastCount = 0;
  let presentCount = 0;
  // The timeline entry being told (SentenceTime.entry), and its paragraph.
  let entry: Mark | undefined;
  let entryParagraph = -1;
  // Per sentence: its past marks when its only present ones are relative ("in February"), else null.
  const toldRelative: Array<Mark[] | null> = [];
  // Every mark's start and end, by tense (citedYearStarts).
  const pastSpans: number[] = [];
  const presentSpans: number[] = [];
  for (const s of doc.sentences) {
    if (text.slice(lastEnd, s.start).includes('\n')) paragraph++;
    lastEnd = s.end;
    const marks: Mark[] = [];
    let boundsAhead: number[] | undefined;
    const sentenceText = text.slice(s.start, s.end);
    const dates = findDates(text, s.start, s.end, { asOf });
    for (let i = 0; i < dates.length; i++) {
      const d = dates[i];
      // The end of a span its start opens ("From 2019 until 2024, ..."): the span is told by its start (isBound).
      if (i > 0 && closesSpanFrom(text, dates[i - 1], d, asOf)) continue;
      const bound = isBound(text, s.start, d, asOf);
      const noYearPast = !d.explicitYear && toDays(d.last) < recentLimit && !presentTense(sentenceText);
      const head = noYearPast && (d.granularity !== 'year' || d.relative) && headOfSentence(text, s.start, d);
      // "Last year, Belgian Foreign Minister Hadja Lahbib said ..." (a page of May 2025; she left the office in December
      // 2024): a whole year counted back at the head of the sentence is its time, but a wide one, and a writer may give a
      // holder's present title for an act of last year; so it only confirms, like a month at the sentence's end.
      const yearHead = head && d.granularity === 'year';
      const tail = noYearPast && d.granularity !== 'year' && !head && !NOW_RE.test(sentenceText) && tailOfSentence(text, s.end, d);
      const past =
        (!d.relative &&
          d.explicitYear &&
          (toDays(d.last) < pastLimit ||
            (d.granularity !== 'year' && toDays(d.last) < recentLimit) ||
            (pastYear(d, asOf, sentenceText) && yearAsTime(text, s.start, d)))) ||
        head ||
        tail;
      if (bound && past) continue;
      // Another bound ("by 2028", or "by 2024" read in January 2025) is set aside when a past time opens the sentence (below).
      if (bound) (boundsAhead ??= []).push(marks.length);
      marks.push({
        start: d.start,
        end: d.end,
        range: d,
        label: relativeLabel(text.slice(d.start, d.end).replace(COMPUTE_PAGE_TIME_RE, ''), d.relative),
        tense: past ? 'past' : 'present',
        relative: d.relative,
        ...(tail || yearHead ? { confirmOnly: true as const } : {}),
      });
    }
    // "In May 2024, Belgian Foreign Minister Hadja Lahbib said her country would supply 30 F-16s by 2028" (a page of May
    // 2025) tells of May 2024: a bound does not make a sentence the present when its head tells a past time. Elsewhere
    // it does: "a goal set in 2014 for members to ... spend 2% by 2024" (June 2020) tells of the goal in force.
    if (boundsAhead && marks.some((m) => m.tense === 'past' && headOfSentence(text, s.start, m)))
      for (let i = boundsAhead.length - 1; i >= 0; i--) marks.splice(boundsAhead[i], 1);
    BARE_YEAR_RE.lastIndex = 0;
    const sentence = sentenceText;
    for (let m = BARE_YEAR_RE.exec(sentence); m; m = BARE_YEAR_RE.exec(sentence)) {
      const at = s.start + m.index;
      if (takenBy(dates, at)) continue;
      if (BOUND_RE.test(text.slice(Math.max(s.start, at - 12), at))) continue;
      const range = { first: `${m[1]}-01-01`, last: `${m[1]}-12-31` };
      const past =
        toDays(range.last) < pastLimit ||
        (pastYear({ ...range, granularity: 'year' }, asOf, sentenceText) && yearAsTime(text, s.start, { start: at, end: at + 4 }));
      marks.push({ start: at, end: at + 4, range, label: m[1], tense: past ? 'past' : 'present' });
    }
    // The expression tries each word; most sentences have no "ago" for it to end on.
    if (AGO_RE.test(sentence)) for (const m of yearsAgo(sentence, s.start, asOf)) if (!takenBy(dates, m.start)) marks.push(m);
    for (const e of namedSummits(doc, s)) marks.push(e);
    // Only where the sentence tells no date of its own ("the conflict began on February 24, 2022, when Russian forces
    // invaded" is one time, not two).
    if (!dates.length && WAR_START_PRETEST_RE.test(sentence)) for (const m of warStart(doc, s, pastLimit)) marks.push(m);
    if (MEETING_WORD_RE.test(sentence)) for (const e of namedMeetings(doc, s)) if (!takenBy(dates, e.start)) marks.push(e);
    if (sentence.includes('administration'))
      for (const m of administrations(doc, s, pastLimit)) if (!takenBy(dates, m.start)) marks.push(m);
    if (warmed(PRESIDENTS_AIDE_PRETEST_RE, sentence).test(sentence))
      for (const m of presidentsAides(doc, s, pastLimit)) if (!takenBy(dates, m.start)) marks.push(m);
    if (TERM_PRETEST_RE.test(sentence)) for (const m of numberedTerms(doc, s, pastLimit)) if (!takenBy(dates, m.start)) marks.push(m);
    for (let i = marks.length - 1; i >= 0; i--)
      if (marks[i].tense === 'past' && startsSpanToNow(doc, s.start, marks[i].start)) marks.splice(i, 1);
    dropReportedPresent(marks);
    const present = marks.some((m) => m.tense === 'present');
    const pastMarks = marks.filter((m) => m.tense === 'past');
    const past = present ? [] : pastMarks;
    pastCount += pastMarks.length;
    presentCount += marks.filter((m) => m.tense === 'present').length;
    for (const m of marks) (m.tense === 'past' ? pastSpans : presentSpans).push(m.start, m.end);
    toldRelative.push(present && marks.every((m) => m.tense === 'past' || m.relative) ? pastMarks : null);
    const told = new SentenceTime(text, s.start, s.end, paragraph, past, present);
    sentences.push(told);
    // A timeline entry: a past date at the head of the sentence, then a colon or a dash. The
    // sentences after it in its paragraph with no time of their own tell of that date, until
    // another time is told.
    const head = past.length ? entryHead(text, s.start, past) : undefined;
    if (head || marks.length || paragraph !== entryParagraph) entry = head;
    else if (entry) told.entry = entry;
    if (head) entryParagraph = paragraph;
  }
  // Mostly about the past: several past times and few present ones.
  const mostlyPast = (past: number, present: number) => (past >= 2 && present * 3 <= past) || toldInThePast(sentences, past, present);
  let historicalPage = mostlyPast(pastCount, presentCount);
  // Sources cited by author and year tell no time of the story: counted again without them (only where the count made
  // the page mostly about the past, so other pages pay nothing).
  if (historicalPage) {
    const cited = citedYearStarts(text);
    if (cited.length)
      historicalPage = mostlyPast(pastCount - coveredSpans(pastSpans, cited), presentCount - coveredSpans(presentSpans, cited));
  }
  if (historicalPage) retellRelativeTimes(sentences, toldRelative);
  return { sentences, historicalPage, pastCount };
}

// Round 41 (heldout11 y100, a fact check of July 2025 that gives "since 2014", "in 2014" and "January 2017" as background
// to "The claim that Dutch Prime Minister Mark Rutte defended former President Donald Trump ... is not substantiated"): a
// sentence in the present tense, on a page that tells of a few past times (up to three) as background and whose sentences
// are mostly in the present (PRESENT_TENSE_RE, NOW_RE), with no time told before it, speaks of the page's day; a stale
// title in it (Rutte a year after he left) is the writer's. Not a sentence in the past ("The summit was hosted by British
// Prime Minister David Cameron" on an encyclopedia page of a summit, which tells of the summit's time).
const FEW_PAST_TIMES = 3;

function presentOnAPageOfFewPastTimes(doc: Doc, offset: number): boolean {
  const page = pageTime(doc);
  const here = page.sentences.find((s) => s.start <= offset && offset < s.end);
  if (!here || !(here.presentTense || here.now)) return false;
  // A paragraph judged alone (the extension) does not see the page's other sentences (pageNarrations reads only those
  // with a time cue), so it keeps the page's look back.
  return !doc.pageNarration && fewPastTimesOnAPresentPage(page);
}

function fewPastTimesOnAPresentPage(page: PageTime): boolean {
  if (page.pastCount > FEW_PAST_TIMES) return false;
  let present = 0;
  for (const s of page.sentences) if (s.now || s.presentTense) present++;
  return present * 2 >= page.sentences.length;
}

// Round 46 (held-out 44 uo002, a map page of March 2022: "The North Atlantic Treaty Organization (NATO) is an alliance of
// 28 member nations, headquartered in Belgium", then "NATO was formed on April 4, 1949, ..." and the enlargements): NATO's
// size told in the present tense ("is an alliance of 28", "has 30 members", "comprises", "is made up of"), before the page
// has told of any past time, is the size on the writer's day; a passage tells on of a time told before it, never of one
// told later (as formerAtNoTimeTold). Not "had", "was", "grew to", "has since grown to": only a present verb right before
// the number, the number in the claim. A past time in the sentence or in any sentence before it still withholds ("In 1952
// Greece and Turkey joined. The alliance is now a group of 14").
const PRESENT_COUNT_RE =
  /\b(?:(?:is|remains)\s+(?:now\s+|today\s+|currently\s+)?an?\s+(?:[\w-]+\s+){0,4}?(?:alliance|bloc|organi[sz]ation|union|coalition|grouping|group|club|family|partnership|pact)\s+(?:of|between|among|uniting|comprising)|(?:now\s+|today\s+|currently\s+)?(?:has|comprises|consists\s+of|includes|counts|numbers|unites|brings\s+together|is\s+made\s+up\s+of|is\s+composed\s+of))\s+(?:(?:some|all|its|the)\s+)?(?:\d{1,2}|twelve|thirteen|fourteen|fifteen|sixteen|nineteen|twenty(?:[- ]\w+)?|thirty(?:[- ]\w+)?)\b/gi;

function presentCountBeforeAnyTimeTold(doc: Doc, judged: Judged & { factIds?: readonly string[] }, offset: number, end: number): boolean {
  if (judged.verdict !== 'outdated' || !judged.factIds?.includes('nato-members')) return false;
  const page = pageTime(doc);
  const i = page.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  if (i < 0 || doc.pageNarration?.before) return false;
  for (let j = 0; j <= i; j++) if (page.sentences[j].past.length) return false;
  const here = page.sentences[i];
  const re = PRESENT_COUNT_RE;
  const words = doc.text.slice(here.start, end);
  re.lastIndex = 0;
  for (let m = re.exec(words); m; m = re.exec(words)) if (here.start + m.index + m[0].length > offset) return true;
  return false;
}

/** The first day of the earliest past time the page tells of. */
function earliestPastTold(page: PageTime): string | undefined {
  let earliest: string | undefined;
  for (const s of page.sentences) for (const m of s.past) if (!earliest || m.range.first < earliest) earliest = m.range.first;
  return earliest;
}

// Precision round 31 (held-out 30 nd005, a false alarm): a retrospective of January 2024 on the Istanbul talks tells of
// "March 2022" once, then goes on for a dozen sentences in the past tense with no other time, and its "British Prime
// Minister Boris Johnson" (in office until September 2022) was judged as of the page's day. One past time and no present
// one, on a page told almost wholly in the past tense, is a page about the past too.
const TOLD_IN_THE_PAST_MIN_SENTENCES = 6;

// "(Moller, 2023)", "(Paul, 2005)", "(Smith et al., 2019, p. 4)", "(OECD 2024)": an author and a year in parentheses
// cite a source and tell no time of the page's story. A machine-written page of June 2025 on the Hague pledge ends on two
// such citations; counted as past times they made it a page "mostly about the past", which withheld the red flag on its
// "Dutch Prime Minister Mark Rutte" (held-out 45 ux003). The year's own sentence keeps its marks: "(Madrid, 2022)"
// after a summit's name is still its time there; only the page's tally leaves citations out.
const CITED_YEAR_RE =
  /\((?:[A-Z][\p{L}'\u2019-]+(?:\s+(?:et\s+al\.?|and|&)(?:\s+[A-Z][\p{L}'\u2019-]+)?)?|[A-Z]{2,}),?\s+((?:19|20)\d{2})[a-z]?(?:,\s*pp?\.\s*\d+(?:[\u2013-]\d+)?)?\)/gu;

/** Where the year of each author-and-year citation starts (CITED_YEAR_RE). */
function citedYearStarts(text: string): number[] {
  const starts: number[] = [];
  CITED_YEAR_RE.lastIndex = 0;
  for (let m = CITED_YEAR_RE.exec(text); m; m = CITED_YEAR_RE.exec(text)) starts.push(m.index + m[0].indexOf(m[1]));
  return starts;
}

/** How many of the spans (start, end pairs) cover one of the offsets. */
function coveredSpans(spans: readonly number[], offsets: readonly number[]): number {
  let n = 0;
  for (let i = 0; i < spans.length; i += 2) if (offsets.some((at) => spans[i] <= at && at < spans[i + 1])) n++;
  return n;
}

function toldInThePast(sentences: readonly SentenceTime[], pastCount: number, presentCount: number): boolean {
  if (pastCount !== 1 || presentCount !== 0 || sentences.length < TOLD_IN_THE_PAST_MIN_SENTENCES) return false;
  let present = 0;
  for (const s of sentences) if (s.now || s.presentTense) present++;
  return present * 5 <= sentences.length;
}

// What may come before a timeline entry's date on its line ("___", a bullet; the end of a sentence
// the splitter did not cut there, "... membership. ___ February 24, 2022: ...") and what follows it.
const ENTRY_LEAD_RE = /(?:^|[.!?]["\u201d\u2019)]*\s)[\s_*\u2022\u00b7\u2013\u2014-]*$/;
const ENTRY_COLON_RE = /^\s*(?::|[\u2013\u2014]\s|-\s)/;

/** The sentence's first past mark when the sentence opens with it, followed by a colon or a dash ("February 24, 2022: ...", "1952 – ..."). */
function entryHead(text: string, start: number, past: readonly Mark[]): Mark | undefined {
  const first = past.reduce((a, b) => (b.start < a.start ? b : a));
  if (!ENTRY_LEAD_RE.test(text.slice(start, first.start))) return undefined;
  return ENTRY_COLON_RE.test(text.slice(first.end, first.end + 3)) ? first : undefined;
}

/**
 * On a page mostly about the past, "in February" or "on Monday" in a sentence told in the past
 * tense, right after a sentence about a past time, is a time of that narration, not of the
 * article: "The NATO accession protocol was signed on 6 February 2019 ... The process of
 * ratification ... in the Parliaments of all 29 allies was completed ..., after which, in
 * February, the President ... signed the Decree" (North Macedonia's defence ministry, March 2021,
 * a year after the accession). Read as the article's present, the sentence's "all 29 allies" was
 * judged as of 2021 and flagged outdated. Such a sentence loses its relative times and keeps the
 * narration before it. News pages (not mostly about the past) keep "on Monday" as their present.
 */
function retellRelativeTimes(sentences: SentenceTime[], toldRelative: ReadonlyArray<Mark[] | null>): void {
  let afterPast = false;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    const pastMarks = toldRelative[i];
    if (pastMarks && afterPast && !s.presentTense && !s.now) {
      s.present = false;
      s.past = pastMarks;
    }
    if (s.present) afterPast = false;
    else if (s.past.length) afterPast = true;
  }
}

/** "Seventy-five years ago", "two decades ago", "decades ago": past times told relative to the article's date. */
function yearsAgo(sentence: string, at: number, asOf: string): Mark[] {
  const out: Mark[] = [];
  const year = Number(asOf.slice(0, 4));
  YEARS_AGO_RE.lastIndex = 0;
  for (let m = YEARS_AGO_RE.exec(sentence); m; m = YEARS_AGO_RE.exec(sentence)) {
    const [whole, count, unit] = m;
    const said = `"${whole.toLowerCase()}"`;
    const per = unit && /^decade/i.test(unit) ? 10 : 1;
    let range: DayRange;
    let label: string;
    if (!count || /few|several|some|many/i.test(count)) {
      // "decades ago", "several years ago": some time before, not which year.
      const least = per === 10 || !count ? 20 : 2;
      range = { first: `${year - 80}-01-01`, last: `${year - least}-12-31` };
      label = said;
    } else {
      const back = (/^(a|one)$/i.test(count) ? 1 : numberFrom(count.replace(/\s+/g, ' '))) * per;
      // "a year ago" is too close to the article's present to read as narration.
      if (!Number.isFinite(back) || back < 2) continue;
      range = { first: `${year - back - 1}-01-01`, last: `${year - back + (per === 10 ? 1 : 0)}-12-31` };
      label = `${year - back}, ${said}`;
    }
    out.push({ start: at + m.index, end: at + m.index + whole.length, range, label, tense: 'past' });
  }
  return out;
}

// "founded during the Biden administration by Defense Secretary Lloyd J. Austin III" (July 2025): a
// US president's administration named as the time of something, after a word of time.
const ADMINISTRATION_RE = new RegExp(
  String.raw`\b(?:during|under|in|by|of)\s+the\s+(?:[A-Z][\p{L}.]*\s+)?([A-Z][\p{L}'\u2019-]+)\s+administration\b`,
  'gu',
);

/** The tenure of the president whose administration the sentence names, as a time mark: past when it ended before the article. */
function administrations(doc: Doc, sentence: { start: number; end: number }, pastLimit: number): Mark[] {
  const out: Mark[] = [];
  const office = doc.facts.offices.get('us-president');
  if (!office) return out;
  const text = doc.text.slice(sentence.start, sentence.end);
  ADMINISTRATION_RE.lastIndex = 0;
  for (let m = ADMINISTRATION_RE.exec(text); m; m = ADMINISTRATION_RE.exec(text)) {
    const at = sentence.start + m.index + m[0].lastIndexOf(m[1]);
    // A lone surname is enough here ("the Biden administration"): among the office's holders, not anyone's.
    const personId = matchesIn(doc, { start: at, end: at + m[1].length }, 'person').find((p) => p.start === at)?.value.id;
    if (!personId) continue;
    // The administration running on the article's day is its present; else the latest before it.
    const tenures = tenuresOf(personId, office).filter((t) => t.from <= doc.asOf);
    const running = tenures.find((t) => !t.until || t.until > doc.asOf);
    const t = running ?? tenures.sort((a, b) => (a.from < b.from ? 1 : -1))[0];
    if (!t) continue;
    const range = { first: t.from, last: t.until && t.until < doc.asOf ? t.until : doc.asOf };
    const start = sentence.start + m.index + m[0].indexOf('the');
    out.push({
      start,
      end: sentence.start + m.index + m[0].length,
      range,
      label: `the ${m[1]} administration (${formatDay(range.first)} – ${formatDay(range.last)})`,
      tense: !running && toDays(range.last) < pastLimit ? 'past' : 'present',
    });
  }
  return out;
}

// "McMaster's disagreements with Trump's first Secretary of State Rex Tillerson and Defense
// Secretary James Mattis" (a book review, December 2024), "Obama's vice president Joe Biden": a
// member of a US president's cabinet or staff named as the president's own tells of that
// president's time in office, like "the Trump administration". "first" or "second" picks the term.
const PRESIDENTS_AIDE_PRETEST_RE = new RegExp(
  String.raw`['\u2019]s\s+(?:(?:first|second|former)\s+)?(?:[A-Z][\p{L}.]*\s+){0,3}?(?:[Ss]ecretary|[Aa]dvis[eo]r|[Aa]mbassador|[Ee]nvoy|[Cc]hief|[Vv]ice[ -][Pp]resident|[Ss]pokes)`,
  'u',
);
const PRESIDENTS_AIDE_RE = new RegExp(
  String.raw`\b([A-Z][\p{L}'\u2019-]+)['\u2019]s\s+(?:(first|second)\s+|former\s+)?(?:(?:[A-Z][\p{L}.]*|national|security|defen[cs]e|chief|deputy|special|top|UN|U\.N\.)\s+){0,3}?(?:[Ss]ecretary|[Aa]dvis[eo]r|[Aa]mbassador|[Ee]nvoy|[Cc]hief|[Vv]ice[ -][Pp]resident|[Ss]pokes)`,
  'gu',
);

/** The term of the US president whose aide the sentence names ("Trump's first Secretary of State"), as a time mark. */
function presidentsAides(doc: Doc, sentence: { start: number; end: number }, pastLimit: number): Mark[] {
  const out: Mark[] = [];
  const text = doc.text.slice(sentence.start, sentence.end);
  warmed(PRESIDENTS_AIDE_RE, text).lastIndex = 0;
  for (let m = PRESIDENTS_AIDE_RE.exec(text); m; m = PRESIDENTS_AIDE_RE.exec(text)) {
    const at = sentence.start + m.index;
    const mark = presidentsTerm(doc, at, m[1], m[2], { start: at, end: at + m[1].length + 2 }, pastLimit);
    if (mark) out.push(mark);
  }
  return out;
}

// "During Trump's first term, Vice President Mike Pence led the task force", "In the first Trump administration, Secretary
// of State Mike Pompeo visited Kyiv" (pages of 2025): a US president's numbered term tells of its time, like "the Biden
// administration". Read as the article's present, those true titles were red.
// 'first-term' as one word too ("Trump's first-term national security adviser John Bolton").
const TERM_PRETEST_RE = /\b(?:first|second)[\s-]/;
const NUMBERED_TERM_RE = new RegExp(
  String.raw`\b([A-Z][\p{L}'\u2019-]+)['\u2019]s\s+(first|second)(?:\s+|-)(?:term|presidency|administration)\b|\bthe\s+(first|second)\s+([A-Z][\p{L}'\u2019-]+)\s+(?:administration|presidency)\b`,
  'gu',
);

/** The US president's term the sentence names by its number ("Trump's first term"), as a time mark. */
function numberedTerms(doc: Doc, sentence: { start: number; end: number }, pastLimit: number): Mark[] {
  const out: Mark[] = [];
  const text = doc.text.slice(sentence.start, sentence.end);
  warmed(NUMBERED_TERM_RE, text).lastIndex = 0;
  for (let m = NUMBERED_TERM_RE.exec(text); m; m = NUMBERED_TERM_RE.exec(text)) {
    const surname = m[1] ?? m[4];
    const start = sentence.start + m.index;
    const span = { start, end: start + m[0].length };
    const mark = presidentsTerm(doc, start + m[0].indexOf(surname), surname, m[2] ?? m[3], span, pastLimit, true);
    if (mark) out.push(mark);
  }
  return out;
}

/**
 * The term of the US president whose surname is at `at`, as a time mark over `span`: the one `which` names ("first",
 * "second"), else the one running on the article's day or the latest before it. `numbered`: only a president with more than
 * one term has a numbered one ("Obama's second term" is no term on record).
 */
function presidentsTerm(
  doc: Doc,
  at: number,
  surname: string,
  which: string | undefined,
  span: { start: number; end: number },
  pastLimit: number,
  numbered = false,
): Mark | null {
  const office = doc.facts.offices.get('us-president');
  const personId = matchesIn(doc, { start: at, end: at + surname.length }, 'person').find((p) => p.start === at)?.value.id;
  if (!office || !personId) return null;
  const tenures = tenuresOf(personId, office)
    .filter((t) => t.from <= doc.asOf)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  if (numbered && tenures.length < 2) return null;
  const running = tenures.find((t) => !t.until || t.until > doc.asOf);
  const t = which ? tenures[which === 'first' ? 0 : 1] : (running ?? tenures[tenures.length - 1]);
  if (!t) return null;
  const ended = !!t.until && t.until < doc.asOf;
  const range = { first: t.from, last: ended ? t.until! : doc.asOf };
  return {
    ...span,
    range,
    label: `${surname}'s ${which ? `${which} ` : ''}term (${formatDay(range.first)} – ${formatDay(range.last)})`,
    tense: ended && toDays(range.last) < pastLimit ? 'past' : 'present',
  };
}

// Built once (speed, round 41): a literal in namedSummits was a new expression, parsed again, at each call.
const NAMED_SUMMITS_RE = /^\s+(?:NATO\s+|Nato\s+)?[Ss]ummit\b/;
const NAMED_SUMMITS_RE2 = /\b((?:19|20)\d{2})\s+$/;
/** "the Wales summit", "the 2024 Washington summit": a past NATO summit named by its place, when only one was held there or the year said before it tells which. */
function namedSummits(doc: Doc, sentence: { start: number; end: number }): Mark[] {
  const out: Mark[] = [];
  const pastLimit = toDays(doc.asOf) - PAST_DAYS;
  for (const p of matchesIn(doc, sentence, 'place')) {
    if (!NAMED_SUMMITS_RE.test(doc.text.slice(p.end, p.end + 14))) continue;
    // Two summits in one city ("Washington": 1999 and 2024) are told apart by a year before the
    // place: "the 2024 Washington NATO summit".
    const year = NAMED_SUMMITS_RE2.exec(doc.text.slice(Math.max(sentence.start, p.start - 6), p.start))?.[1];
    const all = summitsAt(doc.facts, p.value.id);
    const summits = all.length > 1 && year ? all.filter((e) => e.start.startsWith(year)) : all;
    if (summits.length !== 1) continue;
    const e = summits[0];
    const range = { first: e.start.length === 10 ? e.start : `${e.start.slice(0, 4)}-01-01`, last: e.end ?? e.start };
    if (range.last.length !== 10) continue;
    const tense = toDays(range.last) < pastLimit ? 'past' : 'present';
    out.push({ start: p.start, end: p.end, range, label: `the ${e.name} (${formatDay(e.start)})`, tense });
  }
  return out;
}

// "When Russia invaded, UK Prime Minister Boris Johnson said ..." (a 2025 page): the start of the full-scale invasion
// told as the time of the sentence, with no year. Told only as a time ("when", "at the start of", "in the first weeks
// of", "on the day of"), never as a span to now ("since the invasion"), and never of Crimea or Georgia.
const WAR_START_PRETEST_RE = /invad|invasion|\bwar\b/i;
const WAR_START_RE =
  /\b(?:when\s+(?:Russia|Russian\s+(?:forces|troops)|Moscow|Putin)\s+(?:first\s+)?(?:invaded(?!\s+(?:Crimea|Georgia))|(?:launched|began|started|unleashed)\s+(?:its|his|the|a)\s+(?:full[-\s]scale\s+)?(?:invasion|war))|(?:at|on|in)\s+the\s+(?:very\s+)?(?:start|outset|beginning|eve|morning|day|first\s+(?:hours|days|weeks|months)|early\s+(?:hours|days|weeks|months)|opening\s+(?:hours|days|weeks|months))\s+of\s+(?:the|Russia['\u2019]s)\s+(?:full[-\s]scale\s+)?(?:Russian\s+)?(?:invasion|war))\b/gi;
// What a bare "the war" must be told with to be this war.
const THIS_WAR_RE = /\b(?:Russia|Russian|Ukraine|Ukrainian|Kyiv|Kiev|Moscow|Putin|Zelensky\w*)\b/;
const WAR_START_SPAN_DAYS: Record<string, number> = { hours: 1, days: 14, weeks: 42, months: 120 };

function warStart(doc: Doc, sentence: { start: number; end: number }, pastLimit: number): Mark[] {
  const anchor = doc.facts.base.figures.war?.fullScaleInvasion;
  if (!anchor || toDays(anchor.date) >= pastLimit) return [];
  const text = doc.text.slice(sentence.start, sentence.end);
  const out: Mark[] = [];
  warmed(WAR_START_RE, text).lastIndex = 0;
  for (let m = WAR_START_RE.exec(text); m; m = WAR_START_RE.exec(text)) {
    const told = m[0];
    if (/\bwar$/i.test(told) && !/invasion/i.test(told) && !THIS_WAR_RE.test(text)) continue;
    if (/\b(?:Crimea|Georgia|2014|2008)\b/.test(text.slice(m.index + told.length, m.index + told.length + 30))) continue;
    const span = /\b(hours|days|weeks|months)\s+of\b/i.exec(told)?.[1].toLowerCase();
    const range = { first: anchor.date, last: span ? addDays(anchor.date, WAR_START_SPAN_DAYS[span]) : anchor.date };
    out.push({
      start: sentence.start + m.index,
      end: sentence.start + m.index + told.length,
      range,
      label: `the start of the full-scale invasion (${formatDay(anchor.date)})`,
      tense: 'past',
    });
  }
  return out;
}

/**
 * "As fighting raged at Debaltseve, emergency negotiations, brokered by Chancellor Angela Merkel of
 * Germany and President François Hollande of France, took place in Minsk": a past meeting told by
 * two of the people who took part (participants or attendees) named in full and its place, when
 * only one held there had them both. Their titles are right as of its days (Merkel was chancellor
 * in February 2015).
 */
function namedMeetings(doc: Doc, sentence: { start: number; end: number }): Mark[] {
  const people = new Set<string>();
  for (const p of doc.people) if (p.full && !p.fuzzy && p.start >= sentence.start && p.end <= sentence.end) people.add(p.personId);
  if (people.size < 2) return [];
  const out: Mark[] = [];
  const pastLimit = toDays(doc.asOf) - PAST_DAYS;
  for (const p of matchesIn(doc, sentence, 'place')) {
    const held = meetingsAt(doc.facts, p.value.id).filter(
      (e) => e.participants.filter((id) => people.has(id)).length + (e.attendees ?? []).filter((id) => people.has(id)).length >= 2,
    );
    if (held.length !== 1) continue;
    const e = held[0];
    const range = { first: e.start, last: e.end ?? e.start };
    if (range.first.length !== 10 || range.last.length !== 10 || toDays(range.last) >= pastLimit) continue;
    out.push({ start: p.start, end: p.end, range, label: `the ${e.name} (${formatDay(e.start)})`, tense: 'past' });
  }
  return out;
}
const MEETING_WORD_RE = compiledOnFirstRun(
  /\b(?:talks|negotiations|summit|meeting|met|took\s+place|was\s+held|were\s+held|signed|brokered)\b/i,
);

const meetingsAt = memoByFacts((facts: FactIndex, placeId: string) =>
  facts.base.events.filter(
    (e) =>
      e.status === 'held' && e.participants.length + (e.attendees?.length ?? 0) >= 2 && placeAndAround(facts, e.place).includes(placeId),
  ),
);

const summitsAt = memoByFacts((facts: FactIndex, placeId: string) =>
  facts.base.events.filter((e) => e.kind === 'summit' && e.status === 'held' && placeAndAround(facts, e.place).includes(placeId)),
);

function placeAndAround(facts: FactIndex, id: string | undefined): string[] {
  const out: string[] = [];
  for (let p = id ? facts.places.get(id) : undefined; p && !out.includes(p.id); p = p.within ? facts.places.get(p.within) : undefined)
    out.push(p.id);
  // A summit at a venue is named by its city, not by its country: "the Madrid summit", not "the Spain summit".
  return out.slice(0, 3);
}

// What may make a time mark (computePageTime): a year (a whole word: every date expression and
// bare year is one), a month's or a weekday's name, a day
// told relative to the article's ("today", "last week"), "ago", a summit. A line with none of
// them has no mark, and a sentence with no mark changes nothing a page narration says.
const TIME_CUE_RE =
  /\b(?:19|20)\d\d\b|\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|(?:last|this) (?:week|month|year))\b|[Aa][Gg][Oo]\b|[Ss]ummit\b/g;

/**
 * The sentences of `text` that may tell of a time: those of its lines with a time cue. For the
 * page-wide pass, which would otherwise split and read every sentence of a page, where most
 * lines tell of no time (a news site's page, a page's menus and footers).
 */
export function timedSentences(text: string): Span[] {
  const out: Span[] = [];
  TIME_CUE_RE.lastIndex = 0;
  for (let m = TIME_CUE_RE.exec(text); m; m = TIME_CUE_RE.exec(text)) {
    // A line break always ends a sentence, so the line's sentences are the whole text's.
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const end = nl < 0 ? text.length : nl;
    for (const s of splitSentences(text, start, end)) out.push(s);
    TIME_CUE_RE.lastIndex = end;
  }
  return out;
}

/**
 * For each paragraph starting at one of `starts` (in order), what the page says about time before
 * it: what `narratedTime` would find by looking back past the paragraph's start in the whole text.
 * Only a page mostly about the past carries a time across paragraphs, so elsewhere it is just that.
 */
export function pageNarrations(doc: Doc, starts: readonly number[]): PageNarration[] {
  const page = pageTime(doc);
  const { sentences, historicalPage } = page;
  // Where the page first tells of a time: one search, which stops there (usually near the top).
  const firstTimeTold = doc.text.search(TIME_TOLD_RE);
  const told = (start: number) => firstTimeTold >= 0 && firstTimeTold < start;
  // One object for each of the two answers: a page may have tens of thousands of paragraphs, and none is changed.
  if (!historicalPage) {
    const untold: PageNarration = { historicalPage };
    const toldBefore: PageNarration = { historicalPage, timeToldBefore: true };
    return starts.map((start) => (told(start) ? toldBefore : untold));
  }
  const earliest = earliestPastTold(page);
  const whole = earliest ? { earliestPast: earliest } : {};
  const out: PageNarration[] = [];
  let before: PageNarration['before'];
  let i = 0;
  for (const start of starts) {
    for (; i < sentences.length && sentences[i].end <= start; i++) {
      const s = sentences[i];
      if (s.present) before = undefined;
      else if (s.past.length) before = s.past[s.past.length - 1];
    }
    const timeToldBefore = told(start) ? ({ timeToldBefore: true } as const) : {};
    out.push(
      before
        ? { historicalPage, before: { range: before.range, label: before.label }, ...timeToldBefore, ...whole }
        : { historicalPage, ...timeToldBefore, ...whole },
    );
  }
  return out;
}

// Round 42 (held-out 40 te001, a page of January 2025): "NATO Secretary-General Jens Stoltenberg said 23 member states hit
// the 2% GDP target in 2024" (he had left in October 2024). The year dates the spending figures he reports, not his
// saying it, so it does not make 2024 the title's time: a mark after a reporting verb that follows the claim, in the
// same phrase as a spending share or target ("2% GDP target in 2024", "spent 2.1% of GDP in 2023"), is passed over. The
// time of the saying still counts: "said in June 2024 that ...", "In 2024, Stoltenberg said ...", "who announced in 2024".
const FIGURE_CUE_RE = /%|\bper\s?cent\b|\bGDP\b|\btargets?\b|\bbenchmark\b/i;
const REPORTED_AFTER_CLAIM_RE =
  /^[^.;:!?]{0,90}?\b(?:said|says|told\s+[\w.]+(?:\s+[\w.]+)?|tells|announced|announces|confirmed|confirms|noted|notes|stated|revealed|reveals|reported|reports|added|adds)\s+/i;
const TIME_OF_SAYING_RE = /^(?:that\s+)?(?:(?:on|in|during|at|last|earlier|this)\b|(?:19|20)\d\d\b)/i;
const FIGURE_CUE_LAST_RE =
  /(?:%|\bper\s?cent\b|\bGDP\b|\btargets?\b|\bbenchmark\b)(?![\s\S]*(?:%|\bper\s?cent\b|\bGDP\b|\btargets?\b|\bbenchmark\b))/i;
const FIGURE_TO_YEAR_RE = /^[^,;:()\u2013\u2014]{0,40}$/;
function datesReportedFigure(doc: Doc, offset: number, m: Mark): boolean {
  if (m.start <= offset) return false;
  const between = doc.text.slice(offset, m.start);
  const verb = REPORTED_AFTER_CLAIM_RE.exec(between);
  if (!verb) return false;
  const reported = between.slice(verb[0].length);
  if (TIME_OF_SAYING_RE.test(reported)) return false;
  const cue = FIGURE_CUE_LAST_RE.exec(reported);
  return !!cue && FIGURE_TO_YEAR_RE.test(reported.slice(cue.index + cue[0].length));
}

/** The time the passage around `offset` tells of. */
export function narratedTime(doc: Doc, offset: number): NarratedTime {
  const own = pageTime(doc);
  // A paragraph judged alone: whether the page is about the past is the whole page's to say.
  const page = doc.pageNarration ? { ...own, historicalPage: doc.pageNarration.historicalPage } : own;
  const i = page.sentences.findIndex((s) => s.start <= offset && offset < s.end);
  if (i < 0) return { narration: null, historicalPage: page.historicalPage };
  const here = page.sentences[i];
  const found = (m: Pick<Mark, 'range' | 'label' | 'confirmOnly'>, source: NarrationSource): NarratedTime => ({
    narration: { range: m.range, label: m.label, source, ...(m.confirmOnly ? { confirmOnly: true as const } : {}) },
    historicalPage: page.historicalPage,
  });
  if (here.present || (here.now && !here.past.length)) return { narration: null, historicalPage: false };
  // Round 42: a year that dates the figures the claim's subject reports is not the time of the report (below).
  const told =
    here.past.length && FIGURE_CUE_RE.test(doc.text.slice(offset, here.end))
      ? here.past.filter((m) => !datesReportedFigure(doc, offset, m))
      : here.past;
  if (told.length) {
    // The mark nearest the claim: "When Estonia ... joined on March 29, 2004, U.S. President George W. Bush".
    const nearest = [...told].sort((a, b) => distance(a, offset) - distance(b, offset))[0];
    return found(nearest, 'sentence');
  }
  if (here.entry) return found(here.entry, 'paragraph');
  // A sentence that ends on a colon introduces what follows: "Here is a detailed article about
  // Secretary Austin's meeting with the Lithuanian Minister of National Defence, Dr. Arvydas
  // Anušauskas, based on the information from Defense.gov:" then a heading, then "On Monday,
  // December 13, 2021, ...". It tells of the time the next sentence with a time mark tells of.
  if (INTRODUCES_RE.test(doc.text.slice(here.start, here.end)))
    for (let j = i + 1; j < page.sentences.length && j <= i + 3; j++) {
      const next = page.sentences[j];
      if (next.present) break;
      if (next.past.length) return found(next.past[0], 'paragraph');
    }
  if (here.presentTense && !page.historicalPage) return { narration: null, historicalPage: false };
  for (let j = i - 1; j >= 0; j--) {
    const s = page.sentences[j];
    if (s.present) return { narration: null, historicalPage: page.historicalPage };
    if (!s.past.length) continue;
    const latest = s.past[s.past.length - 1];
    if (s.paragraph === here.paragraph && !here.presentTense) return found(latest, 'paragraph');
    if (page.historicalPage) return found(latest, 'page');
    return { narration: null, historicalPage: page.historicalPage };
  }
  // Nothing before it in this text: the paragraphs before it on the page (when judged alone).
  const before = doc.pageNarration?.before;
  if (before && page.historicalPage) return found(before, 'page');
  return { narration: null, historicalPage: page.historicalPage };
}

const INTRODUCES_RE = /:\s*$/;

/** The claim holds on the 1st or 16th of some month of the year told, before the page's day (a red flag only). */
function heldWithinYear<J extends Judged>(doc: Doc, year: DayRange, judgeOn: (doc: Doc) => J | null): boolean {
  for (let month = 1; month <= 12; month++) {
    for (const dd of ['01', '16']) {
      const day = `${year.first.slice(0, 4)}-${String(month).padStart(2, '0')}-${dd}`;
      if (day > doc.asOf) return false;
      if (judgeOn({ ...doc, asOf: day })?.verdict === 'supported') return true;
    }
  }
  return false;
}

const distance = (m: Mark, offset: number) => (offset < m.start ? m.start - offset : Math.max(0, offset - m.end));

/** Days to judge a claim on within a narrated time: its last and its first (a year's December and January). */
export function daysOf(range: DayRange): string[] {
  return range.first === range.last ? [range.last] : [range.last, range.first];
}

type Judged = Pick<Annotation, 'verdict' | 'message'>;

const CURRENT_AT_HEAD_RE = /^(?:the\s+)?current\s/i;
const TODAY_IN_CLAIM_RE = /\b(?:today|nowadays|currently|at\s+present)\b|\bnow\s*$/i;

/** A title said from the writer's day ("former", "ex-"), at the head of the claim's words. */
const SAID_FROM_WRITERS_DAY_RE = /^(?:the\s+)?(?:former|ex-)/i;

/**
 * A red flag, re-judged as of the time its passage tells of. `judgeOn` judges the same claim as
 * of another day (a copy of the document with that date). Anything but a red flag is returned as
 * it is: the narrated time only ever takes red flags away.
 */
function asNarrated<J extends Judged>(doc: Doc, offset: number, end: number, judged: J, judgeOn: (doc: Doc) => J | null): J {
  if (!isProblem(judged.verdict)) return judged;
  // The claim's own words say it is of the article's day: "NATO, which has expanded from 12 members in 1949 to 30 today"
  // (July 2024; held-out 17 vd305): the year told is the other end's.
  if (TODAY_IN_CLAIM_RE.test(doc.text.slice(offset, end))) return judged;
  if (judged.verdict === 'outdated' && TENURE_TOLD_RE.test(sentenceBefore(doc, offset))) {
    return {
      ...judged,
      verdict: 'context',
      message: `${judged.message} (Not flagged: the sentence tells of a time when the office was held.)`,
    };
  }
  for (const range of timesToCome(doc, offset)) {
    for (const day of daysOf(range)) {
      const then = judgeOn({ ...doc, asOf: day });
      if (then?.verdict === 'supported') {
        return {
          ...judged,
          verdict: 'context',
          message: `${judged.message} (Not flagged: the sentence tells of a time to come, ${formatDay(range.first)} or later, when it holds.)`,
        };
      }
    }
  }
  const { narration, historicalPage } = narratedTime(doc, offset);
  if (!narration) {
    const year = headYear(doc, offset);
    if (year) {
      const last = judgeOn({ ...doc, asOf: year.last });
      const first = last?.verdict === 'supported' ? last : judgeOn({ ...doc, asOf: year.first });
      if (first?.verdict === 'supported')
        return first === last
          ? { ...last, message: `The sentence tells of ${year.label}: ${last.message}` }
          : {
              ...judged,
              verdict: 'context',
              message: `${judged.message} (Not flagged: it held early in ${year.label}, which the sentence tells of.)`,
            };
      // "In 2022, Prime Minister Liz Truss attended the UN General Assembly" (she held the office from September to
      // October): a tenure within the year, neither at its start nor at its end. Not confirmed (the year says nothing of
      // which of its days), only not flagged.
      if (judged.verdict === 'outdated' && heldWithinYear(doc, year, judgeOn)) {
        return {
          ...judged,
          verdict: 'context',
          message: `${judged.message} (Not flagged: it held for part of ${year.label}, which the sentence tells of.)`,
        };
      }
    }
    if (judged.verdict === 'outdated' && recalledPast(doc, offset, end)) {
      return {
        ...judged,
        verdict: 'context',
        message: `${judged.message} (Not flagged: the sentence recalls what was done earlier, when it may have held.)`,
      };
    }
    if (judged.verdict === 'outdated') {
      const recent = recentDayHeld(doc, offset, judgeOn);
      if (recent) return { ...recent.then, message: `The sentence tells of ${recent.label}: ${recent.then.message}` };
    }
    if (judged.verdict === 'outdated' && toldOfAnEarlierTime(doc, offset, end)) {
      return {
        ...judged,
        verdict: 'context',
        message: `${judged.message} (Not flagged: the sentence tells of an earlier time, when it may have held.)`,
      };
    }
    if (judged.verdict === 'outdated' && toldInAWork(doc, offset)) {
      return {
        ...judged,
        verdict: 'context',
        message: `${judged.message} (Not flagged: the sentence tells what a book or film recounts, which may be of an earlier time.)`,
      };
    }
    if (judged.verdict === 'outdated') {
      const before = pastToldInParagraphsBefore(doc, offset);
      if (before && daysOf(before.range).some((day) => judgeOn({ ...doc, asOf: day })?.verdict === 'supported'))
        return {
          ...judged,
          verdict: 'context',
          message: `${judged.message} (Not flagged: the paragraphs before tell of ${before.label}, when it held, and this one goes on in the past tense.)`,
        };
    }
    if (!historicalPage || pageCurrentAsOfItsDay(doc)) return reportedEarlier(doc, offset, end, judged, judgeOn);
    // "Let's cut straight to it: the current Prime Minister of the United Kingdom is Rishi Sunak." (a page of 2025 full of
    // his past dates, held-out 28 ki004): with no time told around it, "current" at the head of the claim is the writer's day.
    if (
      reportsNow(doc, end) ||
      presentOfItsSubject(doc, end) ||
      formerAtNoTimeTold(doc, offset, judgeOn) ||
      CURRENT_AT_HEAD_RE.test(doc.text.slice(offset, end)) ||
      neverHeldAtEveryTimeTold(doc, judged, judgeOn) ||
      presentOnAPageOfFewPastTimes(doc, offset) ||
      presentCountBeforeAnyTimeTold(doc, judged, offset, end)
    )
      return judged;
    return {
      ...judged,
      verdict: 'context',
      message: `${judged.message} (Not flagged: the page is mostly about the past, and this passage may tell of an earlier time.)`,
    };
  }
  if (toDays(narration.range.first) > toDays(doc.asOf)) return judged;
  if (narration.source === 'sentence' && reportsNow(doc, end)) return judged;
  // "He was Chancellor of the Exchequer from 2020 to 2022. / Short answer: the current Prime Minister of the United Kingdom is
  // Rishi Sunak." (a page of 2025): "current" at the head of the claim is the writer's day, whatever the sentences before
  // tell of (as on a page mostly about the past, above).
  if (narration.source !== 'sentence' && CURRENT_AT_HEAD_RE.test(doc.text.slice(offset, end))) return judged;
  // "In a surprising move, former President Donald Trump has revoked the security clearances of several prominent figures"
  // (held-out 34 pj006, February 2025, a news summary whose earlier story told of "Russia's full-scale invasion in 2022"):
  // a "former" title on the subject of a present perfect is said of the writer's day and its act of now; a time told in
  // the sentences before it does not excuse it.
  if (narration.source !== 'sentence' && SAID_FROM_WRITERS_DAY_RE.test(doc.text.slice(offset, offset + 12)) && actsNow(doc, end))
    return judged;
  let wrongThenToo = true;
  let leftBeforeThen = judged.verdict === 'outdated';
  for (const day of daysOf(narration.range)) {
    const then = judgeOn({ ...doc, asOf: day });
    if (then?.verdict === 'supported') {
      return { ...then, message: `The passage tells of ${narration.label}: ${then.message}` };
    }
    if (!then || !isProblem(then.verdict)) wrongThenToo = false;
    if (then?.verdict !== 'outdated') leftBeforeThen = false;
  }
  if (leftBeforeThen && staleAtTheOneTimeTold(doc, offset, narration)) {
    return { ...judged, message: `${judged.message} It was already so in ${narration.label}, which the sentence tells of.` };
  }
  // "Former" is said from the writer's day, not the narrated one: "Former US President Donald
  // Trump supported this, calling it a leap compared to the 2 percent obligation set in 2014"
  // (June 2025) is wrong as of the article, and as of 2014 he had not held the office at all. A
  // narration excuses a "former" only when the person was a former holder then ("In 2022, former
  // President Trump endorsed ..."); wrong on both days, there is no reading under which it holds.
  // Round 39: a head of government called the country's head of state (title-head-kind.ts), wrong on the narrated days
  // too ("Prime Minister Kishida Fumio travelled to Madrid for the NATO summit, the first time a Japanese head of state
  // has attended", held-out 37 rl002, a page of 2023 telling of June 2022): no time told makes the swap true.
  if (
    wrongThenToo &&
    (narration.confirmOnly || SAID_FROM_WRITERS_DAY_RE.test(doc.text.slice(offset, offset + 12)) || HEAD_KIND_SWAP_RE.test(judged.message))
  )
    return judged;
  return {
    ...judged,
    verdict: 'context',
    message: `${judged.message} (Not flagged: the passage tells of ${narration.label}, an earlier time than the article's.)`,
  };
}

// Round 41 (held-out 37 rl003, April 2024: "his meeting with the organization's Secretary General Mircea Geoana", a news
// page with two background years, 2018 and 1998, read as mostly about the past): a person given an office or a status
// they never had ("has never been", said by title.ts, tenure-never-held.ts, title-leader-aide.ts and the membership
// readers only on a complete record) did not have it at any earlier time either. Judged again as of the earliest time
// the page tells of, and still "never" there (the record complete back to it), no time the passage may tell of makes it
// true, so the page's look back does not withhold it. Only where the passage tells of no time: a time told in it still
// withholds ("the overthrow of the nation's pro-Russian leader Viktor Yanukovych in February 2014", heldout27 jd033,
// read as Russia's president: a misread title may be another's).
const NEVER_HELD_RE = /\bhas never been\b/;

const neverHeldSaid = (j: Judged): boolean => j.verdict === 'contradicted' && NEVER_HELD_RE.test(j.message);

function neverHeldAtEveryTimeTold<J extends Judged>(doc: Doc, judged: J, judgeOn: (doc: Doc) => J | null): boolean {
  if (!neverHeldSaid(judged)) return false;
  // A paragraph judged alone (the extension): the whole page's earliest time.
  const earliest = doc.pageNarration ? doc.pageNarration.earliestPast : earliestPastTold(pageTime(doc));
  if (!earliest) return false;
  const then = judgeOn({ ...doc, asOf: earliest });
  return !!then && neverHeldSaid(then);
}

/** title-head-kind.ts's message: "X was Prime Minister of Japan, Japan's head of government, not its head of state". */
const HEAD_KIND_SWAP_RE = /['\u2019]s head of (?:state|government), not its head of (?:state|government)\b/;

// "Tensions heightened in 2021 when Ukrainian President Volodymyr Zelensky pressed US Vice President Joe Biden to ..."
// (February 2022; held-out 21 zd014): the holder had left the office before the one time the sentence tells of, and
// still had on the article's day, so the title is stale from both days; the narration does not excuse it. Only a time
// the sentence itself gives, the one time written in it (no other year or date, so no earlier time the title may be of),
// no looking back within it ("recalled", "had", "once", "earlier", "as"), and no "former"/"then" (judged elsewhere).
const LOOKS_BACK_RE =
  /\b(?:recall(?:s|ed|ing)?|remember(?:s|ed)?|had|once|earlier|previously|formerly|former|then|ex-|back\s+when|as\s+(?:a|the)\b|years?\s+(?:before|after|earlier)|ago|during|under|era|administration|served|was\s+still|book|memoir|film|documentary|biography|photo|pictured)\b/i;

function staleAtTheOneTimeTold(doc: Doc, offset: number, narration: Narration): boolean {
  if (narration.source !== 'sentence' || narration.confirmOnly) return false;
  const sentence = doc.sentences.find((x) => x.start <= offset && offset < x.end);
  if (!sentence) return false;
  const words = doc.text.slice(sentence.start, sentence.end);
  if (LOOKS_BACK_RE.test(words)) return false;
  const times = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
  const years = words.match(/\b(?:19|20)\d{2}\b/g) ?? [];
  return (
    times.length === 1 && times[0].first >= narration.range.first && times[0].last <= narration.range.last && new Set(years).size === 1
  );
}

// "President Sauli Niinistö has revealed that he warned former US President Donald Trump ... during a trilateral
// meeting in Helsinki in 2018" (July 2025; held-out 12, g212): the titled name is the subject of a report in the
// present perfect or present, and every past time of the sentence comes after that verb, in what is reported. The
// title is said of the reporter on the day of the report, the article's, not of the time reported.
const REPORTS_NOW_RE =
  /^\s+(?:(?:has|have)\s+(?:now\s+|also\s+|publicly\s+)?(?:revealed|said|told|warned|admitted|claimed|recalled|disclosed|confirmed|acknowledged|stated|explained|argued|insisted|written|described)|(?:says|tells|recalls|reveals|warns|admits|claims|insists|writes|describes))\b/i;

// The subject of a present perfect right after it: "has revoked", "has now signed" (not "has been", "has long").
const ACTS_NOW_RE =
  /^\s*,?\s+(?:has|have)\s+(?:(?:now|also|just|recently|officially|formally|abruptly|quietly|reportedly)\s+)?(?!been\b|long\b|always\b|never\b|often\b|had\b)[a-z]{3,}\b/i;

function actsNow(doc: Doc, end: number): boolean {
  return ACTS_NOW_RE.test(doc.text.slice(end, end + 48));
}

function reportsNow(doc: Doc, end: number): boolean {
  const m = REPORTS_NOW_RE.exec(doc.text.slice(end, end + 40));
  if (!m) return false;
  const here = sentenceTimeAt(doc, end - 1);
  return !!here && here.past.every((p) => p.start >= end + m[0].length);
}

// "Annalena Baerbock, Germany's Foreign Minister, has emerged as a prominent figure on the global stage" (a profile page of
// November 2025 whose other sentences tell her career in the past tense): the titled name is the subject of a verb in the
// present or present perfect, and the sentence tells of no past time. The title is said of the writer's day, as a report's
// is (reportsNow), however much of the page is about the past.
const PRESENT_OF_SUBJECT_RE =
  /^\s*,?\s+(?:(?:has|have)\s+(?:(?:now|recently|also|since|increasingly|quickly|firmly)\s+)?(?:emerged|become|established|positioned|made|built|championed|overseen|steered|shaped|cemented|earned|gained|faced|sought)|(?:is|remains|serves|continues|heads|oversees|steers)(?!\s+(?:seen|pictured|shown|depicted|photographed)\b))\b/i;

function presentOfItsSubject(doc: Doc, end: number): boolean {
  const m = PRESENT_OF_SUBJECT_RE.exec(doc.text.slice(end, end + 48));
  if (!m) return false;
  const here = sentenceTimeAt(doc, end - 1);
  return !!here && here.past.length === 0;
}

// The page's past times a "former" title may be excused by (a page with more is left alone).
const FORMER_TIMES_MAX = 12;

/**
 * A "former" title on a page mostly about the past, in a passage that tells of no time: "In a wide-ranging interview with
 * the BBC, Dutch Prime Minister Mark Rutte described the NATO spending pledge—signed under former U.S. President Donald
 * Trump—as ..." (December 2025; held-out 19 xd314, whose only times are NATO's founding in 1949 and the 2% of 2014).
 * "Former" is said from the writer's day; the page's past may excuse it only if the person was a former holder at one
 * of the times the page tells of. Wrong on the page's day and at every one of them, it stays flagged.
 */
function formerAtNoTimeTold<J extends Judged>(doc: Doc, offset: number, judgeOn: (doc: Doc) => J | null): boolean {
  if (!SAID_FROM_WRITERS_DAY_RE.test(doc.text.slice(offset, offset + 12))) return false;
  const ranges = new Map<string, DayRange>();
  // Round 35: only the times told before the claim. "BRUSSELS — NATO faces unprecedented internal strain as former U.S.
  // President Donald Trump’s persistent assertions regarding Greenland’s acquisition challenge the alliance" (held-out 33
  // og004, January 2026: he was president) opens a page whose history comes after it ("Established in 1949 ...", "Sweden’s
  // 2024 accession"); a passage tells on of a time told before it, never of one told later, so 2024 (when he was a former
  // president) excused a title said before any time was told.
  for (const s of pageTime(doc).sentences) {
    if (s.start >= offset) break;
    for (const m of s.past) ranges.set(`${m.range.first}/${m.range.last}`, m.range);
  }
  const before = doc.pageNarration?.before;
  if (before) ranges.set(`${before.range.first}/${before.range.last}`, before.range);
  // No time told before it: "former" is the writer's day's word, and nothing before it says otherwise.
  if (!ranges.size) return true;
  if (ranges.size > FORMER_TIMES_MAX) return false;
  for (const range of ranges.values())
    for (const day of daysOf(range)) {
      if (toDays(day) >= toDays(doc.asOf)) continue;
      const then = judgeOn({ ...doc, asOf: day });
      if (!then || !isProblem(then.verdict)) return false;
    }
  return true;
}

// "All information as of 02/21/2025" (a fact-checking blog's line under its introduction; held-out 12, g106 and
// g110): the page says its statements are current on its own day. A passage it tells of no earlier time in is then
// the page's present, even when the page is mostly about the past (its checks of old claims cite old years).
const CURRENT_AS_OF_RE =
  /\b(?:information|data|figures|facts|details|content|accurate|correct|current|up[ -]to[ -]date|updated)\s+(?:is\s+|are\s+)?as\s+(?:of|at)\s+(?:(\d{1,2})\/(\d{1,2})\/(20\d\d)|(20\d\d)-(\d\d)-(\d\d)|(?=[A-Z0-9]))/i;
const CURRENT_AS_OF_DAYS = 3;

// Asked for every title judged on a page about the past: the page is read for it once.
const currentAsOfItsDay = new WeakMap<Doc, boolean>();
function pageCurrentAsOfItsDay(doc: Doc): boolean {
  let current = currentAsOfItsDay.get(doc);
  if (current === undefined) currentAsOfItsDay.set(doc, (current = readCurrentAsOf(doc)));
  return current;
}

function readCurrentAsOf(doc: Doc): boolean {
  const m = CURRENT_AS_OF_RE.exec(doc.text);
  if (!m) return false;
  let day: string | undefined;
  if (m[3]) day = `${m[3]}-${m[1].padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  else if (m[4]) day = `${m[4]}-${m[5]}-${m[6]}`;
  else {
    const at = m.index + m[0].length;
    const d = findDates(doc.text, at, Math.min(doc.text.length, at + 30), { asOf: doc.asOf }).find(
      (x) => x.explicitYear && !x.relative && x.start <= at + 3 && x.first === x.last,
    );
    day = d?.first;
  }
  return !!day && /^\d{4}-\d{2}-\d{2}$/.test(day) && Math.abs(toDays(day) - toDays(doc.asOf)) <= CURRENT_AS_OF_DAYS;
}

// Precision round 31 (held-out 30 nd005, a false alarm): a retrospective of 2024 opens "In March 2022, delegations from
// Russia and Ukraine convened at Istanbul's Dolmabahce Palace" and a later paragraph goes on "British Prime Minister Boris
// Johnson came to Kyiv". Only a page mostly about the past carries a time across paragraphs (narratedTime), so the title
// was judged as of the page's day. A sentence told in the past tense, with no time of its own, after paragraphs whose
// latest time told is past and with no word of the present in between, may well tell on of that time: a stale title
// there is not flagged (never confirmed: the story may have moved on without saying when).
function pastToldInParagraphsBefore(doc: Doc, offset: number): Pick<Mark, 'range' | 'label'> | undefined {
  const sentences = pageTime(doc).sentences;
  const i = sentences.findIndex((s) => s.start <= offset && offset < s.end);
  if (i < 0) return undefined;
  const here = sentences[i];
  if (here.present || here.past.length || here.now || here.presentTense || !PAST_VERB_RE.test(doc.text.slice(here.start, here.end)))
    return undefined;
  for (let j = i - 1; j >= 0; j--) {
    const s = sentences[j];
    if (s.present || s.now) return undefined;
    if (s.past.length) {
      const last = s.past[s.past.length - 1];
      // Round 44: "This NATO summit came eight years after Trump's first appearance in 2017." (held-out 42 ts006, June
      // 2025): a year a span is counted from tells of the time that many years on, the page's own, not of that year.
      // Precision (round 44): unless the sentence judged turns back to that year ("That year, Secretary General Jens
      // Stoltenberg opened the new headquarters", "At that first meeting, German Chancellor Angela Merkel ...", "Then, ...").
      if (
        YEARS_AFTER_RE.test(doc.text.slice(Math.max(s.start, last.start - 90), last.start)) &&
        !BACK_TO_THEN_RE.test(doc.text.slice(here.start, here.end))
      )
        return undefined;
      return s.paragraph < here.paragraph ? last : undefined;
    }
    if (s.presentTense) return undefined;
  }
  // A paragraph judged alone (the extension): the time the page's paragraphs before it last told of, when no present came after.
  return doc.pageNarration?.before;
}

// "came eight years after Trump's first appearance in", "two decades since the summit of": a span counted from the year after it.
const YEARS_AFTER_RE =
  /\b(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|a\s+few|a|one)\s+(?:years?|decades?)\s+(?:after|since|on\s+from)\b[^.;!?]{0,80}$/i;
// A sentence that opens by pointing back to the time told before it: "That year, ...", "At that first meeting, ...",
// "Then, ...".
const BACK_TO_THEN_RE =
  /^[\s"\u201c'\u2018(]*(?:then\b|that\s+(?:year|day|time|summer|spring|autumn|fall|winter)\b|(?:at|during|on|in)\s+that\s+(?:(?:first|same|earlier|previous|last)\s+)?(?:meeting|summit|gathering|time|year|occasion|visit|session|appearance)\b)/i;
// A verb of the simple past (a regular "-ed" or a common irregular one): the sentence narrates. Precision (round 44): and
// the past of a modal or an auxiliary, "had to ask", "could not stop him", "did not", after a paragraph that tells of 2017.
const PAST_VERB_RE =
  /\b(?:[a-z]{2,}ed|came|went|met|told|said|gave|took|made|saw|spoke|wrote|began|led|left|held|sent|flew|brought|thought|felt|kept|stood|won|lost|became|was|were|had|could|did)\b/i;

/** The sentence of the page around `offset`, with the time it tells of. */
function sentenceTimeAt(doc: Doc, offset: number): SentenceTime | undefined {
  return pageTime(doc).sentences.find((s) => s.start <= offset && offset < s.end);
}

// A recent year at the head of the sentence: "In 2023, only 11 of NATO's 31 members met the 2%
// target" (June 2024). Too recent to be a narrated past, it still says which year the statement
// holds in: a claim true at the end of that year is confirmed, one true at its start not flagged.
const HEAD_YEAR_RE = /^[\s"\u201c'\u2018(]*(?:in|by|during|throughout|at\s+the\s+end\s+of)\s+(20\d\d)\s*,/i;

/** The year a sentence opens on ("In 2023, ..."), when before the article's year. */
function headYear(doc: Doc, offset: number): (DayRange & { label: string }) | null {
  const here = sentenceTimeAt(doc, offset);
  if (!here) return null;
  const m = HEAD_YEAR_RE.exec(doc.text.slice(here.start, Math.min(here.end, here.start + 40)));
  if (!m || here.start + m[0].length > offset || m[1] >= doc.asOf.slice(0, 4)) return null;
  return { first: `${m[1]}-01-01`, last: `${m[1]}-12-31`, label: m[1] };
}

// A title said of the time its holder held it, by the words before it: "While still Prime
// Minister of the Netherlands, Rutte visited frontline Kharkiv" (October 2024), "When he was
// Dutch Prime Minister, Mark Rutte often clashed with Hungary", "Rubio, who was Sen. Marco Rubio until January". Only a
// title true once ("outdated") is excused; "While Prime Minister Mark Rutte was speaking today" has no such words.
const TENURE_TOLD_RE =
  /(?:\b(?:while|whilst|when)\s+(?:(?:he|she)\s+was\s+)?still|\b(?:while|whilst|when|back\s+when)\s+(?:he|she)\s+was|\bwho\s+(?:was|had\s+been)|\b(?:during|in)\s+(?:his|her)\s+(?:time|years|days|tenure|term)\s+as)\s+(?:the\s+|a\s+)?$/i;

/** The sentence of `offset`, up to it. */
function sentenceBefore(doc: Doc, offset: number): string {
  const here = sentenceTimeAt(doc, offset);
  return here ? doc.text.slice(here.start, offset) : '';
}

// A time to come told in the sentence: "I'm looking forward to welcoming President Biden next year
// to a NATO summit here in Brussels" (Stoltenberg, 30 November 2020, of the president-elect). A
// title that will hold then is not flagged as of the article's day; one that will not (a stale
// title) still is.
const NEXT_YEAR_RE = /\bnext\s+year\b/i;

/** The times after the article's day that the sentence of `offset` tells of. */
function timesToCome(doc: Doc, offset: number): DayRange[] {
  const here = sentenceTimeAt(doc, offset);
  if (!here) return [];
  const out: DayRange[] = [];
  for (const d of findDates(doc.text, here.start, here.end, { asOf: doc.asOf })) {
    if (toDays(d.first) <= toDays(doc.asOf)) continue;
    // A bound ("since 2014", "until 2027", "by 2030") is no time the sentence tells of.
    if (isBound(doc.text, here.start, d)) continue;
    out.push({ first: d.first, last: d.last });
  }
  if (NEXT_YEAR_RE.test(doc.text.slice(here.start, here.end))) {
    const year = Number(doc.asOf.slice(0, 4)) + 1;
    out.push({ first: `${year}-01-01`, last: `${year}-12-31` });
  }
  return out;
}

// What a memoir, a book or a film recounts, told before the claim in its sentence: "the book's key
// topics include the conflict in Ukraine, NATO's activities in Afghanistan, the alliance's
// cooperation with US President Donald Trump" (October 2024, of Stoltenberg's memoir of 2014-2024).
// The work tells of its own years, which the sentence does not say. The telling word must come
// before the claim: in "In his memoir, NATO Secretary General Jens Stoltenberg recounts ..." the
// title is the writer's, of the author. Only a title true once ("outdated") is excused: one never
// true is wrong in any book.
const WORK_RE = /\b(?:book|memoirs?|autobiography|biography|documentary|film)\b/i;
const WORK_TELLS_RE =
  /\b(?:book|memoirs?|autobiography|biography|documentary|film)(?:['\u2019]s)?\b[^.;!?]*?\b(?:topics?|themes?|include[sd]?|covers?|covered|recounts?|recounted|recalls?|recalled|describes?|described|chronicles?|chronicled|details?|detailed|tells\s+of|account|portrays?|revisits?|mentions?|mentioned)\b/i;
// A sentence that goes on with the list of what the work tells, with no verb of its own: "In the book ... she mentions
// her life, in particular, her time as head of the German government. And also about meetings with US President Donald
// Trump and Kremlin dictator Vladimir Putin" (November 2024, of Merkel's memoir: Trump was president when they met).
const WORK_LIST_GOES_ON_RE = /^\s*(?:and\s+)?(?:also\s+)?about\s/i;

// "Zelensky recalled how US Vice President Joe Biden had pressed him" (a look-alike of held-out 21 zd014, February 2022): a
// recollection, and the titled person's own verb in the past perfect right after the name, tell of an earlier time the
// title may be of.
const RECALLS_BEFORE_RE = /\b(?:recall(?:s|ed|ing)?|remember(?:s|ed|ing)?|recount(?:s|ed|ing)?)\s+(?:how|when|that)\b/i;
// Or a report right before the title: "Zelensky said US Vice President Joe Biden had pressed him".
const REPORTED_RIGHT_BEFORE_RE = /\b(?:said|says|wrote|writes|added|told\s+[\w.]+(?:\s+[\w.]+)?)\s+(?:that\s+)?$/i;
const PAST_PERFECT_AFTER_RE = /^\s+(?:had|'d)\s+(?:(?:already|once|repeatedly|personally|also|never)\s+)?\w+(?:ed|en|t)\b/i;

/** Whether the sentence of `offset` recalls, before it, what the titled person had done, told in the past perfect after the name. */
function recalledPast(doc: Doc, offset: number, end: number): boolean {
  const here = sentenceTimeAt(doc, offset);
  if (!here || !PAST_PERFECT_AFTER_RE.test(doc.text.slice(end, end + 40))) return false;
  const before = doc.text.slice(here.start, offset);
  return RECALLS_BEFORE_RE.test(before) || REPORTED_RIGHT_BEFORE_RE.test(before);
}

/**
 * A recent day or month written in a past-tense sentence, on which the title held: "Interim Romanian President Ilie Bolojan
 * visited Kyiv on May 20" (a page of 13 June 2025; he left the office on 26 May), "Ilie Bolojan, the interim Romanian
 * President, visited Kyiv in May" (the precision probe's one red flag left open). Within a month of the page such a date is read
 * as the article's present (RECENT_PAST_DAYS), where the press gives titles as of its own day; but the title as of the day told
 * is a reading just as plain, so the title is judged as of the day told, as an older one is. A day counted from the page
 * is read as dates.ts reads it ("on Tuesday" is the latest Tuesday, when the title no longer held, so it stays flagged); not a
 * bound ("since May 20"), nor a sentence in the present tense.
 */
function recentDayHeld<J extends Judged>(doc: Doc, offset: number, judgeOn: (doc: Doc) => J | null): { label: string; then: J } | null {
  const here = sentenceTimeAt(doc, offset);
  if (!here) return null;
  const words = doc.text.slice(here.start, here.end);
  if (presentTense(words)) return null;
  const asOf = toDays(doc.asOf);
  for (const d of findDates(doc.text, here.start, here.end, { asOf: doc.asOf })) {
    if (d.granularity !== 'day' && d.granularity !== 'month') continue;
    if (isBound(doc.text, here.start, d)) continue;
    const ago = asOf - toDays(d.last);
    if (ago <= 0 || ago > RECENT_PAST_DAYS + 31) continue;
    for (const day of daysOf(d)) {
      const then = judgeOn({ ...doc, asOf: day });
      if (then?.verdict === 'supported') return { label: doc.text.slice(d.start, d.end).replace(/^(?:in|on)\s+/i, ''), then };
    }
  }
  return null;
}

// An adverb that puts the title's own clause at an earlier time it does not date: "The meetings were previously chaired by
// the United States, in particular by Pentagon chief Lloyd Austin" (February 2025; held-out 27 ja036, a false alarm: he had
// left on January 20), "the group, formerly hosted by US Defense Secretary Lloyd Austin", "the forum, once convened by
// Secretary of State Antony Blinken", "Pentagon chief Lloyd Austin previously chaired the meetings". The time is the
// holder's, unclear, so an outdated title is not flagged (the holder did hold the office: outdated says so). Not the
// adjective of a later thing ("a previously announced package was signed by ..."), not "once" as "when" ("Once
// Defense Secretary Lloyd Austin arrives"), and not across a turn to the present ("but now", "today").
// Round 31 (look-alike probe): "Back then, Dutch Prime Minister Mark Rutte pushed for sanctions", "At the time, ...", "In those
// days, ..." (2025) point to a time the page told of before, when the title may have held.
// Round 45 (held-out 44 uj012, an unlabelled red flag): "In a notable instance, Iceland's Minister of Foreign Affairs, Thordis
// Gylfadottir, posted a picture of herself with other ministers" (a 2025 page): an anecdote told as one instance, or "on one
// occasion", is of a time the page does not give.
const EARLIER_ADVERB_RE =
  /\b(?:(?:previously|formerly)(?!\s+(?:un\w+|announced|agreed|pledged|approved|scheduled|planned|reported|disclosed|promised|committed|allocated|classified|secret|unknown|known)\b(?!\s+by\b))|until\s+recently|in\s+the\s+past|at\s+one\s+time|back\s+then|at\s+(?:the|that)\s+time|in\s+those\s+days|in\s+(?:a|one)\s+(?:[a-z]+\s+)?instance|on\s+one\s+occasion|once\s+(?:\w+ed|led|held|ran|run|won|sat|met|headed|chaired|hosted|served|been)\b)/i;
const EARLIER_ADVERB_AFTER_RE =
  /^,?\s+(?:previously|formerly|once|until\s+recently)\s+(?:\w+ed|led|held|ran|won|sat|met|been)\b|^,?\s+used\s+to\b/i;
// What turns the clause back to the writer's present between the adverb and the title.
const TURN_TO_NOW_RE = /[;:]|\b(?:but|while|whereas|now|today|currently|this\s+(?:week|month|year)|will|is|are|says)\b/i;

// Precision round 29 (look-alike probe): "Sanna Marin, the Finnish prime minister who took Finland into NATO, now works in
// London", "Angela Merkel, the German chancellor who opened the borders, wrote a memoir", "Mark Rutte, the Dutch prime
// minister, had clashed with Orbán" (2025): a relative clause of a past act right after the title says which holder, by
// what they did in office, and a past perfect puts the clause before the story's time; either way the title is of that
// earlier time. Not when the clause tells a time of its own ("who visited Kyiv on Monday", "had said yesterday"): the
// dated act is judged as it stands.
const PAST_ACT_AFTER_RE =
  /^(?:\s+(?:who|that)\s+(?:\w+ed|led|took|brought|made|won|saw|oversaw|became|began|ran|held|gave|drove|kept|sent|fought|built|broke|stood|spent|put|set|shook)\b|,\s+had\s+(?:\w+ly\s+)?(?:\w+ed|led|taken|brought|made|won|seen|overseen|become|begun|run|held|given|driven|kept|sent|fought|built|broken|stood|spent|put|set)\b)([^,.;:!?]*)/i;
const TIME_OF_ITS_OWN_RE =
  /\d|\b(?:yesterday|today|tonight|now|recently|just|last|this|next|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/i;

/** Whether the title at `offset` stands in a clause an adverb puts at an earlier time, undated (EARLIER_ADVERB_RE). */
function toldOfAnEarlierTime(doc: Doc, offset: number, end: number): boolean {
  const here = sentenceTimeAt(doc, offset);
  if (!here) return false;
  if (EARLIER_ADVERB_AFTER_RE.test(doc.text.slice(end, end + 40))) return true;
  const act = PAST_ACT_AFTER_RE.exec(doc.text.slice(end, Math.min(here.end, end + 160)));
  if (act && !TIME_OF_ITS_OWN_RE.test(act[1])) return true;
  const before = doc.text.slice(here.start, offset);
  const m = EARLIER_ADVERB_RE.exec(before);
  return !!m && !TURN_TO_NOW_RE.test(before.slice(m.index + m[0].length));
}

/** Whether the sentence of `offset` tells, before it, what a book or film recounts, or goes on with it. */
function toldInAWork(doc: Doc, offset: number): boolean {
  const here = sentenceTimeAt(doc, offset);
  if (!here) return false;
  const before = doc.text.slice(here.start, offset);
  if (WORK_RE.test(before) && WORK_TELLS_RE.test(before)) return true;
  if (!WORK_LIST_GOES_ON_RE.test(before)) return false;
  const previous = doc.sentences[firstAtOrAfter(doc.sentences, here.start) - 1];
  if (!previous) return false;
  const told = doc.text.slice(previous.start, previous.end);
  return WORK_RE.test(told) && WORK_TELLS_RE.test(told);
}

// A past report of what someone said, before the claim in its sentence: "Prigozhin also alleged
// that Russian Defense Minister Sergei Shoigu had personal motives" (June 2024, of the mutiny a
// year before, Shoigu replaced in May). What was said holds as of when it was said, which the
// sentence does not say.
const REPORTED_BEFORE_RE =
  /\b(?:alleged|claimed|said|stated|argued|insisted|wrote|suggested|complained|charged|asserted|contended|maintained|recalled|told\s+[^.;:!?]{1,40}?)\s+that\s[^.;:!?]*$/i;
/** How far back a reported statement may tell of, in days: the claim held then, it is not flagged. */
const REPORTED_BACK_DAYS = [365, 730];

/**
 * A red flag inside a past report of what someone said, whose own clause is not in the present
 * ("had personal motives", not "is doing a great job"): true a year or two before the article,
 * when the words may have been said, it is only context.
 */
function reportedEarlier<J extends Judged>(doc: Doc, offset: number, end: number, judged: J, judgeOn: (doc: Doc) => J | null): J {
  const here = sentenceTimeAt(doc, offset);
  if (!here || here.present) return judged;
  if (!REPORTED_BEFORE_RE.test(doc.text.slice(here.start, offset))) return judged;
  if (PRESENT_TENSE_RE.test(doc.text.slice(end, here.end))) return judged;
  for (const back of REPORTED_BACK_DAYS) {
    const then = judgeOn({ ...doc, asOf: addDays(doc.asOf, -back) });
    if (then?.verdict === 'supported')
      return {
        ...judged,
        verdict: 'context',
        message: `${judged.message} (Not flagged: the sentence reports what was said, which may tell of an earlier time.)`,
      };
  }
  return judged;
}

// "A resurfaced 2022 report details a heated phone call between then-President Joe Biden and Zelenskyy, while new
// accounts paint a picture of a tense meeting between Zelenskyy and former President Donald Trump, alongside Vice
// President JD Vance" (March 2025; held-out 18 wc204): a title joined to the flagged one ("and", "alongside", "with")
// that holds on the page's day and did not at the narrated time (Vance became vice president in January 2025) ties
// the pair to the page's present: the narrated time is another part of the sentence's.
const JOINED_TITLES_RE =
  /^\s*,?\s*(?:and|alongside|along\s+with|with|as\s+well\s+as|together\s+with|joined\s+by|accompanied\s+by)\s+(?:the\s+)?$/i;

function tiedToNow(
  doc: Doc,
  a: Annotation,
  found: readonly Annotation[],
  judgeOn: (then: Doc, a: Annotation) => Annotation | null,
): boolean {
  if (a.kind !== 'title' || !isProblem(a.verdict) || !doc.dateCertain) return false;
  const joined = found.find(
    (b) =>
      b.kind === 'title' &&
      b.verdict === 'supported' &&
      (b.start >= a.end
        ? JOINED_TITLES_RE.test(doc.text.slice(a.end, b.start))
        : b.end <= a.start && JOINED_TITLES_RE.test(doc.text.slice(b.end, a.start))),
  );
  if (!joined) return false;
  const { narration } = narratedTime(doc, a.start);
  if (!narration || toDays(narration.range.last) >= toDays(doc.asOf)) return false;
  return daysOf(narration.range).every((day) => {
    const then = judgeOn({ ...doc, asOf: day }, joined);
    return !!then && then.verdict !== 'supported';
  });
}

/**
 * The detector, with its red flags re-judged as of the time their passage tells of: it is run
 * again on the document dated then, and its finding on the same words taken. Red flags are rare,
 * so the re-runs cost little. For titles, member counts and spending targets, whose truth
 * depends on the date; `dependsOnDate` leaves out the findings whose truth does not ("Albania
 * joined NATO in 2004" is wrong whenever it is told).
 */
export function judgedAsNarrated(inner: ClaimDetector, dependsOnDate: (a: Annotation) => boolean = () => true): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const found = inner.find(doc, ctx);
      if (!found.some((a) => isProblem(a.verdict) && dependsOnDate(a))) return found;
      const rerun = new Map<string, Annotation[]>();
      const judgeOn = (then: Doc, a: Annotation) => {
        let again = rerun.get(then.asOf);
        if (!again) rerun.set(then.asOf, (again = inner.find(then, ctx)));
        return again.find((b) => b.start === a.start && b.end === a.end) ?? null;
      };
      return found.map((a) =>
        !dependsOnDate(a) || tiedToNow(doc, a, found, judgeOn) ? a : asNarrated(doc, a.start, a.end, a, (then) => judgeOn(then, a)),
      );
    },
  };
}

// "As of February 2024, NATO has 32 member nations", "NATO had 31 members as of March 2023",
// "In January 2024, NATO had 31 members": the text says on which day its statement holds. Unlike
// a narrated time (a reading of the text, which only ever takes red flags away), this is the
// statement's own date, written out with its year: a claim is judged as of it, whatever the
// article's date. "In <month year>" counts only at the head of the sentence ("In 2023, after
// Finland joined, ..." tells of a year, not a day).
const AS_OF_RE = /\bas\s+(?:of|at)\s+$/i;
const HEAD_IN_RE = /^\s*(?:in|by\s+the\s+end\s+of)\s+$/i;

export interface StatedDay {
  range: DayRange;
  /** As written: "February 2024". */
  label: string;
  start: number;
  end: number;
}

/**
 * The day (a day, a month or a year) that the sentence says the claim at `claim` holds on, or
 * null. The date must govern the claim: at the head of its clause ("As of February 2024, NATO
 * has 32"), or right after it ("NATO had 31 members as of March 2023"); in "NATO's 32 allies have
 * delivered X as of February 2024" it is the delivery's.
 */
export function statedAsOf(doc: Doc, claim: { start: number; end: number }): StatedDay | null {
  const offset = claim.start;
  const sentence = doc.sentences.find((s) => s.start <= offset && offset < s.end);
  if (!sentence) return null;
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => !d.relative && d.explicitYear);
  // Two dates in one sentence: which one the statement holds on is a reading, not a statement.
  if (dates.length !== 1) return null;
  const d = dates[0];
  // "in 2024" is found with its preposition; the rest is looked for before the date.
  const written = doc.text.slice(d.start, d.end);
  const inWord = /^(?:in|of|from|since|during|until|by)\s+/i.exec(written);
  const start = d.start + (inWord ? inWord[0].length : 0);
  const lead = doc.text.slice(sentence.start, start);
  const headIn = HEAD_IN_RE.test(lead) && d.granularity !== 'year';
  if (!AS_OF_RE.test(lead) && !headIn) return null;
  const head = d.end <= claim.start && /^[\s,]*(?:[\w\u2019'-]+\s+){0,6}$/.test(doc.text.slice(d.end, claim.start));
  const after = claim.end <= d.start && /^\s*(?:as\s+(?:of|at)|in)\s+$/i.test(doc.text.slice(claim.end, start));
  if (!head && !after) return null;
  return { range: { first: d.first, last: d.last }, label: doc.text.slice(start, d.end), start, end: d.end };
}
