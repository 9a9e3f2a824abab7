// Dates: calendar arithmetic on YYYY-MM-DD strings, partial fact dates (YYYY, YYYY-MM) as
// intervals, and the date expressions news text uses ("October 19, 2025", "Oct. 22",
// "on Wednesday", "in August", "last year"), resolved against the article's date.
import { warmed, compiledOnFirstRun } from './triggers';

const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 of a YYYY-MM-DD day, by arithmetic on its digits (Howard Hinnant's
 * days_from_civil): the engine asks this of tenures, events and article dates many times a
 * paragraph, and Date.parse of a built string cost more than the rest of a date comparison.
 * Anything not of that shape goes to Date.parse, as before (NaN for what it cannot read).
 */
export function toDays(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
  const y0 = digits(iso, 0, 4);
  const m = digits(iso, 5, 7);
  const d = digits(iso, 8, 10);
  if (Number.isNaN(y0 + m + d) || m < 1 || m > 12 || d < 1 || d > 31) return Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  return n;
}

const fromDaysMemo = new Map<number, string>();
/** The YYYY-MM-DD day of a count of days since 1970-01-01; remembered, since the same few days come back. */
const fromDays = (days: number): string => {
  let iso = fromDaysMemo.get(days);
  if (iso === undefined) {
    iso = new Date(days * DAY_MS).toISOString().slice(0, 10);
    if (fromDaysMemo.size > 50_000) fromDaysMemo.clear();
    fromDaysMemo.set(days, iso);
  }
  return iso;
};
/** The day `n` days after (or, negative, before) a YYYY-MM-DD day. */
export const addDays = (iso: string, n: number): string => fromDays(toDays(iso) + n);
/** Whole days between two days (YYYY-MM-DD, or a partial date read as its first day), whatever their order. */
export const daysBetween = (a: string, b: string): number => Math.abs(toDays(factRange(a).first) - toDays(factRange(b).first));
/** Day of the week, 0 = Sunday (1 January 1970 was a Thursday). */
export const weekdayOf = (iso: string): number => (((toDays(iso) + 4) % 7) + 7) % 7;
/** The last day on or before `iso` that falls on weekday `wd` (0 for Sunday). */
export const lastWeekdayOn = (iso: string, wd: number): string => addDays(iso, -((weekdayOf(iso) - wd + 7) % 7));
// Built once (speed, round 41): a literal in isValidIsoDay was a new expression, parsed again, at each call.
const IS_VALID_ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
export const isValidIsoDay = (iso: string): boolean => {
  if (!IS_VALID_ISO_DAY_RE.test(iso)) return false;
  const days = toDays(iso);
  // "2025-13-01" does not parse; "2025-02-30" parses but comes back as another day.
  return Number.isFinite(days) && fromDays(days) === iso;
};

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * The days of a month (1-12), as `new Date(Date.UTC(year, month, 0)).getUTCDate()` gives them, without building a Date:
 * every date read asks it, and the Date was a measurable share of the engine's time (about 1.4% of the bench's news mix).
 * Anything but a whole month 1-12 of a year 100-9999 (Date.UTC reads 0-99 as 19xx) goes to the Date, so the answers
 * are the same for every input.
 */
export function lastDayOfMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12 || year < 100 || year > 9999)
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month !== 2) return MONTH_DAYS[month - 1];
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
const pad = (n: number) => String(n).padStart(2, '0');

/** A closed interval of days, [first, last], as YYYY-MM-DD. */
export interface DayRange {
  first: string;
  last: string;
}

const factRanges = new Map<string, DayRange>();

/** A fact date ("2024", "2024-10", "2024-10-01") as the interval of days it may mean. Memoised: fact dates are few and asked often. */
export function factRange(date: string): DayRange {
  let r = factRanges.get(date);
  if (!r) factRanges.set(date, (r = computeFactRange(date)));
  return r;
}

function computeFactRange(date: string): DayRange {
  const [y, m, d] = date.split('-').map(Number);
  if (d) return { first: date, last: date };
  if (m) return { first: `${y}-${pad(m)}-01`, last: `${y}-${pad(m)}-${pad(lastDayOfMonth(y, m))}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

export const overlaps = (a: DayRange, b: DayRange): boolean => a.first <= b.last && b.first <= a.last;

/** Days between the two intervals (0 when they overlap). */
export function gapDays(a: DayRange, b: DayRange): number {
  if (overlaps(a, b)) return 0;
  return a.last < b.first ? toDays(b.first) - toDays(a.last) : toDays(a.first) - toDays(b.last);
}

const formatted = new Map<string, string>();
/** "October 1, 2024", "October 2024", "2024": remembered, since every message names a few of the same days. */
export const formatDay = (iso: string): string => {
  let out = formatted.get(iso);
  if (out === undefined) {
    const [y, m, d] = iso.split('-').map(Number);
    const month = MONTH_NAMES[(m || 1) - 1];
    out = d ? `${month} ${d}, ${y}` : m ? `${month} ${y}` : String(y);
    if (formatted.size > 50_000) formatted.clear();
    formatted.set(iso, out);
  }
  return out;
};

/** The months' names in English, January first. */
export const MONTH_NAMES: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS: Record<string, number> = {};
MONTH_NAMES.forEach((name, i) => {
  MONTHS[name.toLowerCase()] = i + 1;
  MONTHS[name.slice(0, 3).toLowerCase()] = i + 1;
});
MONTHS.sept = 9;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

type Granularity = 'day' | 'month' | 'year' | 'span';

export interface DateMention extends DayRange {
  /** Offsets of the expression in the text. */
  start: number;
  end: number;
  granularity: Granularity;
  /** The text gave the year; otherwise it was inferred from the article date. */
  explicitYear: boolean;
  /** Relative to the article date ("Wednesday", "last week"), not written out. */
  relative: boolean;
  /**
   * The last day of a range of days written out ("June 24-26", "24–25 June 2025"), when there
   * is one; `first` and `last` are its first day, as for a single day, so that a reader that
   * knows nothing of ranges reads the day it starts on.
   */
  through?: string;
}

const MONTH_RE =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const DAY_RE = '(\\d{1,2})(?:st|nd|rd|th)?';
// The end of a range of days: "June 24-26", "24–25 June" (a hyphen or a dash), and "on 11 and 12 July
// 2023", "December 3 and 4" (a summit's two days told with a word between).
const THROUGH_DAY_RE = '(?:(?:\\s*[-–—]\\s*|\\s+and\\s+)\\d{1,2}(?:st|nd|rd|th)?\\b)?';
const YEAR_RE = '((?:19|20)\\d{2})';
const WEEKDAY_RE = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

// One regular expression with named alternatives, tried left to right at each position.
const DATE_RE = new RegExp(
  [
    `(?<iso>\\b${YEAR_RE}-(\\d{2})-(\\d{2})\\b)`,
    `(?<wdmd>\\b(?:on\\s+)?${WEEKDAY_RE},?\\s+\\(?${MONTH_RE}\\s+${DAY_RE}\\)?(?:,?\\s+${YEAR_RE})?\\b)`,
    // "on March 29 in 2004": the year may follow with "in".
    `(?<md>\\b${MONTH_RE}\\s+${DAY_RE}${THROUGH_DAY_RE}(?:,?\\s+(?:in\\s+)?${YEAR_RE})?\\b(?!\\s*(?:%|percent)))`,
    `(?<dm>\\b${DAY_RE}${THROUGH_DAY_RE}\\s+${MONTH_RE}(?:,?\\s+(?:in\\s+)?${YEAR_RE})?\\b)`,
    // "in February, 2022, has led" (Reuters): a comma between the month and its year, when the year ends a clause.
    `(?<my>\\b${MONTH_RE}(?:,(?=\\s+(?:19|20)\\d{2}\\s*[,.;:)]))?\\s+${YEAR_RE}\\b)`,
    // The word before may open the sentence: "In 2022 alone, ...", "Since February, ...".
    `(?<inmonth>\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Tt]his|[Nn]ext)[\\s-]+(?:${MONTH_RE})\\b(?!\\.?\\s*\\d|,\\s+(?:19|20)\\d{2}\\s*[,.;:)]))`,
    `(?<inyear>\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Oo]f|[Ff]rom)\\s+${YEAR_RE}\\b)`,
    // The space goes with the word before, never alone: "talks beginning Tuesday, February 16, 2026"
    // is one date (wdmd, tried at the weekday), not a weekday from the space before it and a date.
    `(?<wd>\\b(?:(?:on|last|this|next|since|later|earlier|late|early)\\s+)?${WEEKDAY_RE}\\b)`,
    // "Last year" and "Last month" also open a sentence ("Last year, Belgian Foreign Minister Hadja Lahbib said ...").
    `(?<rel>\\b(?:yesterday|today|last week|this week|last month|this month|last year|this year|earlier this year|earlier this month|earlier this week|Last year|Last month)\\b)`,
  ].join('|'),
  'g',
);

const FUTURE_RE = compiledOnFirstRun(
  /\b(will|would|is expected|are expected|is set to|are set to|is scheduled|are scheduled|to meet|plans to|planned|next|upcoming|is due|are due)\b/i,
);

export interface ResolveContext {
  /** The article date. */
  asOf: string;
  /** The sentence speaks of the future ("will meet", "is expected"): weekdays then point forward. */
  future?: boolean;
  /**
   * The span tells of something already past (the war's start, a meeting looked back on): a day or month written
   * without its year is the last such before the article date ("since Russia invaded in February", read in
   * December), or in the year before when "last year" follows it ("began on February 24 last year").
   */
  past?: boolean;
}

const monthOf = (word: string) => MONTHS[word.toLowerCase().replace('.', '')] ?? 0;

function dayOf(year: number, month: number, day: number): DayRange | null {
  if (day < 1 || day > lastDayOfMonth(year, month)) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { first: iso, last: iso };
}

/** The year that puts month/day closest to the article date (articles speak of the recent past and near future). */
function nearestYear(month: number, day: number, asOf: string): number {
  const y = Number(asOf.slice(0, 4));
  let best = y;
  let bestGap = Infinity;
  for (const candidate of [y - 1, y, y + 1]) {
    const r = dayOf(candidate, month, Math.min(day, lastDayOfMonth(candidate, month)));
    if (!r) continue;
    // Prefer the past slightly: news reports what happened more often than what will.
    const gap = Math.abs(toDays(r.first) - toDays(asOf)) * (r.first > asOf ? 1.5 : 1);
    if (gap < bestGap) {
      bestGap = gap;
      best = candidate;
    }
  }
  return best;
}

function monthRange(year: number, month: number): DayRange {
  return factRange(`${year}-${pad(month)}`);
}

/**
 * The modal "may", as regular-expression source for a case-insensitive expression of plans, doubts and conditions: not
 * the month ("On May 20, 2025, the EU adopted its 17th package", "in May 2022", "mid-May", "April and May"), which kept
 * every sentence dated in May from the red flags those expressions guard. Round 48: nor the month after its day ("was
 * adopted yesterday, 4 May", "on the 4th May").
 */
export const MODAL_MAY = String.raw`may(?![\s-]*\d)(?<!\b(?:in|on|of|since|until|till|by|from|early|late|mid|last|next|this|that|during|through|before|after|and|or)[\s-]+may)(?<!\b\d{1,2}(?:st|nd|rd|th)?[\s-]+may)`;

/** Finds the date expressions in text[from, to) and resolves each against the article date. */
// What every alternative of DATE_RE needs (it is case-sensitive): a year of 19xx or 20xx, a month's name, a weekday
// or a relative word ("today", "yesterday", "last week"); a day of the month comes with its month's name. Most
// sentences have none of these the search could start from; DATE_RE tries each of its alternatives at every
// position, so the pretest saves most of its cost on a long page. Any digit was the pretest once: news sentences
// are full of numbers that are no date ("32 allies", "2%"), and two of three of their sentences went on to DATE_RE.
const DATE_PRETEST_RE = compiledOnFirstRun(/(?:19|20)\d\d|day|week|month|year|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/);

// What may stand between a weekday and the day it names: a time of the day, a comma or a bracket, "on".
const WEEKDAY_OF_DAY_AFTER_RE = new RegExp(
  `^(?:\\s+(?:morning|afternoon|evening|night))?(?:,\\s*|\\s*\\(\\s*|\\s+)(?:on\\s+)?(?:${MONTH_RE}\\s+\\d{1,2}\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE})`,
);

export function findDates(text: string, from: number, to: number, ctx: ResolveContext): DateMention[] {
  const slice = text.slice(from, to);
  if (!DATE_PRETEST_RE.test(slice)) return [];
  // Whether the span speaks of the future, asked only of a span that holds a date.
  let future: boolean | undefined = ctx.future;
  const out: DateMention[] = [];
  let namesNext: Set<number> | undefined;
  warmed(DATE_RE, slice).lastIndex = 0;
  for (let m = DATE_RE.exec(slice); m; m = DATE_RE.exec(slice)) {
    future ??= FUTURE_RE.test(slice);
    const g = m.groups!;
    const whole = m[0];
    // Leading spaces captured by the weekday alternative are not part of the expression.
    const lead = whole.length - whole.trimStart().length;
    const start = from + m.index + lead;
    const end = from + m.index + whole.length;
    const resolved = resolve(m, g, ctx.asOf, future);
    // "Tuesday evening on June 23, 2025", "on Tuesday, 24 June": the weekday names the written day after it, not a day of
    // its own counted from the page's date (which made "Tuesday" the page's day and confirmed a summit on it). It stays
    // a relative mention (never flagged by itself), of the written day.
    const next40 = g.wd && resolved ? slice.slice(m.index + whole.length, m.index + whole.length + 40) : '';
    if (g.wd && resolved && warmed(WEEKDAY_OF_DAY_AFTER_RE, next40).test(next40)) (namesNext ??= new Set()).add(out.length);
    // "Just on Thursday (13.03.2025), ...": a day written with dots in brackets right after its weekday. The order of
    // day and month is the writer's custom; the weekday says which: only the reading it names is taken, and the weekday
    // and its bracket are one day written out, as "Thursday, March 13, 2025" is.
    const dotted = g.wd && resolved ? dottedDayAfter(slice, m.index + whole.length, whole) : null;
    if (dotted && resolved) {
      resolved.first = dotted.first;
      resolved.last = dotted.last;
    }
    // Its offsets added to the object resolve just built (no one else holds it), not to a copy: on
    // this V8 (Node 20), an object spread that adds a property makes a new hidden class every time,
    // microseconds each. The keys keep the order the copy gave them.
    if (resolved) {
      let mention = resolved as DateMention;
      mention.start = start;
      mention.end = end;
      if (!g.wd && !g.rel) mention = withRangeEnd(text, mention);
      if (ctx.past) mention = inPastYear(text, ctx.asOf, mention);
      if (dotted) {
        mention.end = from + dotted.end;
        mention.explicitYear = true;
        mention.relative = false;
      }
      out.push(mention);
    }
    if (m[0].length === 0) DATE_RE.lastIndex++;
  }
  if (namesNext)
    for (const i of namesNext) {
      const next = out[i + 1];
      if (next && next.granularity === 'day' && !next.relative) {
        out[i].first = next.first;
        out[i].last = next.last;
      }
    }
  return out;
}

const DOTTED_DAY_AFTER_RE = /^\s*\(\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s*\)/;

/** The bracketed dotted day after a weekday ("Thursday (13.03.2025)") that the weekday names, day first or month first. */
function dottedDayAfter(slice: string, at: number, weekdayWords: string): { first: string; last: string; end: number } | null {
  if (slice.charCodeAt(at) !== 40 && slice.charCodeAt(at + 1) !== 40) return null;
  const m = DOTTED_DAY_AFTER_RE.exec(slice.slice(at, at + 20));
  if (!m) return null;
  const wd = WEEKDAYS.findIndex((w) => weekdayWords.toLowerCase().endsWith(w));
  const a = Number(m[1]);
  const b = Number(m[2]);
  const y = Number(m[3]);
  const fits = [dayOf(y, b, a), dayOf(y, a, b)].filter((r): r is DayRange => !!r && weekdayOf(r.first) === wd);
  if (!fits.length || fits.some((r) => r.first !== fits[0].first)) return null;
  return { first: fits[0].first, last: fits[0].last, end: at + m[0].length };
}

/**
 * "from July 8 to 11, 2024", "from June 23 to 25": a range of days with the month said once and its last day after
 * "to" (or "through", "until"), which DATE_RE reads as a day of its own. The day after the word, in the same month,
 * with the year after it if written; the mention keeps its offsets (the words of its first day).
 */
function withRangeEnd(text: string, d: DateMention): DateMention {
  if (d.through || d.granularity !== 'day' || d.first !== d.last) return d;
  const m = THROUGH_AFTER_RE.exec(text.slice(d.end, d.end + 16));
  if (!m || Number(m[1]) <= Number(d.first.slice(8)) || Number(m[1]) > 31) return d;
  const year = m[2] ?? d.first.slice(0, 4);
  const first = `${year}${d.first.slice(4)}`;
  const through = `${year}${d.first.slice(4, 8)}${m[1].padStart(2, '0')}`;
  return { ...d, first, last: through, through, explicitYear: d.explicitYear || !!m[2] };
}
const THROUGH_AFTER_RE = compiledOnFirstRun(
  /^\s*(?:to|through|until|till)\s+(\d{1,2})\b(?!\s*(?:January|February|March|April|May|June|July|August|September|October|November|December|:|%|p\.?m|a\.?m))(?:,?\s+((?:19|20)\d{2})\b)?/,
);

/**
 * The `past` reading of a day or month without its year (see `ResolveContext.past`): the nearest year may be the
 * next one ("in February" read in the autumn); a thing past is the last such day or month before the article date.
 */
function inPastYear(text: string, asOf: string, d: DateMention): DateMention {
  if (d.explicitYear || (d.granularity !== 'day' && d.granularity !== 'month')) return d;
  const lastYear = LAST_YEAR_AFTER_RE.test(text.slice(d.end, d.end + 12));
  const asOfYear = Number(asOf.slice(0, 4));
  const year = lastYear ? asOfYear - 1 : d.first > asOf ? Number(d.first.slice(0, 4)) - 1 : null;
  if (year === null || String(year) === d.first.slice(0, 4)) return d;
  const y = (iso: string) => `${year}${iso.slice(4)}`;
  return {
    ...d,
    first: y(d.first),
    last: y(d.last),
    ...(d.through ? { through: y(d.through) } : {}),
    ...(lastYear ? { explicitYear: true } : {}),
  };
}
const LAST_YEAR_AFTER_RE = /^,?\s+last\s+year\b/;

type Resolved = Omit<DateMention, 'start' | 'end'>;

/** A span of days told relative to the page's date (a module function: under tsx a named closure costs a naming call). */
const relativeSpan = (first: string, last: string): Resolved => ({ first, last, granularity: 'span', explicitYear: false, relative: true });

// Built once (speed, round 41): a literal in resolve was a new expression, parsed again, at each call.
const RESOLVE_RE = compiledOnFirstRun(
  /(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?/,
);
const RESOLVE_RE2 = /^on\s+/i;
const RESOLVE_RE3 = /^\w+day\b/;
const RESOLVE_RE4 = compiledOnFirstRun(/(?:^|\D)(\d{1,2})(?:st|nd|rd|th)?(?!\d)/);
const RESOLVE_RE5 = /(19|20)\d{2}/;
const RESOLVE_RE6 = compiledOnFirstRun(/^\d{1,2}(?:st|nd|rd|th)?(?:\s*[-\u2013\u2014]\s*|\s+and\s+)(\d{1,2})/);
const RESOLVE_RE7 = /^\D+/;
const RESOLVE_RE8 = /^(\w+)/;
const RESOLVE_RE9 = compiledOnFirstRun(
  /(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/,
);
function resolve(m: RegExpExecArray, g: Record<string, string | undefined>, asOf: string, future: boolean): Resolved | null {
  const text = m[0].trim();
  if (g.iso) {
    const r = isValidIsoDay(text.slice(0, 10)) ? { first: text.slice(0, 10), last: text.slice(0, 10) } : null;
    return r && { first: r.first, last: r.last, granularity: 'day', explicitYear: true, relative: false };
  }
  if (g.wdmd || g.md || g.dm) {
    const mm = RESOLVE_RE.exec(text.replace(RESOLVE_RE2, '').replace(RESOLVE_RE3, ''));
    const dd = RESOLVE_RE4.exec(text.replace(RESOLVE_RE5, ''));
    const yy = RESOLVE_RE5.exec(text);
    if (!mm || !dd) return null;
    const month = monthOf(mm[1]);
    const day = Number(dd[1]);
    // "May 5" is a date and "may" is not: the regex is case-sensitive and demands a capital M.
    const year = yy ? Number(yy[0]) : nearestYear(month, day, asOf);
    const r = dayOf(year, month, day);
    if (!r) return null;
    // The range's end: the number after the dash that follows the first day ("June 24-26", "24-25 June").
    const through = g.wdmd ? null : RESOLVE_RE6.exec(text.replace(RESOLVE_RE7, ''));
    const last = through ? dayOf(year, month, Number(through[1])) : null;
    if (last && last.first > r.first)
      return { first: r.first, last: last.first, granularity: 'day', explicitYear: !!yy, relative: false, through: last.first };
    return { first: r.first, last: r.last, granularity: 'day', explicitYear: !!yy, relative: false };
  }
  if (g.my) {
    const mm = RESOLVE_RE8.exec(text)!;
    const year = Number(RESOLVE_RE5.exec(text)![0]);
    const r = monthRange(year, monthOf(mm[1]));
    return { first: r.first, last: r.last, granularity: 'month', explicitYear: true, relative: false };
  }
  if (g.inmonth) {
    const word = RESOLVE_RE9.exec(text);
    if (!word) return null;
    const month = monthOf(word[1]);
    const y = Number(asOf.slice(0, 4));
    const asOfMonth = Number(asOf.slice(5, 7));
    const lower = text.toLowerCase();
    let year = y;
    if (lower.startsWith('next')) year = month <= asOfMonth ? y + 1 : y;
    else if (lower.startsWith('last')) year = month >= asOfMonth ? y - 1 : y;
    else if (lower.startsWith('this')) year = y;
    else if (month > asOfMonth && !(future && month - asOfMonth <= 6)) year = y - 1;
    else if (month < asOfMonth && future && asOfMonth - month > 6) year = y + 1;
    const r = monthRange(year, month);
    return { first: r.first, last: r.last, granularity: 'month', explicitYear: false, relative: true };
  }
  if (g.inyear) {
    const year = Number(/(19|20)\d{2}/.exec(text)![0]);
    return { first: `${year}-01-01`, last: `${year}-12-31`, granularity: 'year', explicitYear: true, relative: false };
  }
  if (g.wd) {
    const lower = text.toLowerCase();
    const wd = WEEKDAYS.findIndex((w) => lower.endsWith(w));
    const asOfWd = weekdayOf(asOf);
    let offset: number;
    // "this Friday": that day of the page's own week, Monday to Sunday, whatever the tense ("their summit scheduled
    // this Friday", written on Thursday).
    if (lower.startsWith('this')) offset = ((wd + 6) % 7) - ((asOfWd + 6) % 7);
    else if (lower.startsWith('next') || (future && !lower.startsWith('last') && !lower.startsWith('since')))
      offset = (wd - asOfWd + 7) % 7;
    else offset = -((asOfWd - wd + 7) % 7);
    if (lower.startsWith('last') && offset === 0) offset = -7;
    const day = addDays(asOf, offset);
    return { first: day, last: day, granularity: 'day', explicitYear: false, relative: true };
  }
  if (g.rel) {
    const lower = text.toLowerCase();
    const y = Number(asOf.slice(0, 4));
    const asOfWd = weekdayOf(asOf);
    const monday = addDays(asOf, -((asOfWd + 6) % 7));
    switch (lower) {
      case 'yesterday':
        return { ...relativeSpan(addDays(asOf, -1), addDays(asOf, -1)), granularity: 'day' };
      case 'today':
        return { ...relativeSpan(asOf, asOf), granularity: 'day' };
      case 'last week':
        return relativeSpan(addDays(monday, -7), addDays(monday, -1));
      case 'this week':
      case 'earlier this week':
        return relativeSpan(monday, addDays(monday, 6));
      case 'last month': {
        const m = Number(asOf.slice(5, 7));
        const r = m === 1 ? monthRange(y - 1, 12) : monthRange(y, m - 1);
        return relativeSpan(r.first, r.last);
      }
      case 'this month':
      case 'earlier this month': {
        const r = monthRange(y, Number(asOf.slice(5, 7)));
        return relativeSpan(r.first, r.last);
      }
      case 'last year':
        return { ...relativeSpan(`${y - 1}-01-01`, `${y - 1}-12-31`), granularity: 'year' };
      case 'this year':
      case 'earlier this year':
        return { ...relativeSpan(`${y}-01-01`, `${y}-12-31`), granularity: 'year' };
    }
  }
  return null;
}

// A day its month does not have ("June 31", "30 February").
const IMPOSSIBLE_DAY_RE = new RegExp(
  `\\b${MONTH_RE}\\s+(3[01]|29)\\b(?!\\s*(?:%|percent))(?:,?\\s+${YEAR_RE}\\b)?|\\b(3[01]|29)\\s+${MONTH_RE}(?:,?\\s+${YEAR_RE}\\b)?`,
  'g',
);
const IMPOSSIBLE_DAY_PRETEST_RE = /\b(?:29|3[01])\b/;

/**
 * A day in text[from, to) that its month does not have ("from June 31 to June 1", "30 February"), as "June has no
 * day 31", or null. A day written without its year is impossible only if no year near the page's date has it
 * (29 February).
 */
export function impossibleDay(text: string, from: number, to: number, asOf: string): string | null {
  const slice = text.slice(from, to);
  if (!IMPOSSIBLE_DAY_PRETEST_RE.test(slice)) return null;
  const y = Number(asOf.slice(0, 4));
  IMPOSSIBLE_DAY_RE.lastIndex = 0;
  for (let m = IMPOSSIBLE_DAY_RE.exec(slice); m; m = IMPOSSIBLE_DAY_RE.exec(slice)) {
    const month = monthOf(m[1] ?? m[5]);
    const day = Number(m[2] ?? m[4]);
    const written = m[3] ?? m[6];
    const years = written ? [Number(written)] : [y - 1, y, y + 1];
    if (years.some((year) => dayOf(year, month, day))) continue;
    return `${MONTH_NAMES[month - 1]} has no day ${day}`;
  }
  return null;
}
