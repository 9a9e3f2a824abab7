// The date an article is judged as of. Pure: the DOM side (src/page/page-date.ts) or the CLI
// collects the signals from the page, and this decides, in a fixed order of trust:
// the reader's flag, JSON-LD datePublished, publication meta tags, a <time datetime> in the
// article, the URL (/2025/10/22/), a dateline at the top of the text, and else today.
// Dates in related-link boxes, sidebars and footers are other articles' dates: the collector
// marks where each <time> stood and those are never used.
import type { ArticleDate, AsOfSource, RejectedDate } from './types';
import { addDays, isValidIsoDay } from './dates';

export interface DateSignals {
  flag?: string;
  /** Raw contents of <script type="application/ld+json"> blocks. */
  jsonLd?: string[];
  /** [name or property, content] of <meta> tags. */
  meta?: Array<[string, string]>;
  /** <time datetime> values with where they stood. */
  times?: Array<{ datetime: string; where: 'article' | 'page' | 'aside' }>;
  url?: string;
  /** The extracted text: its first lines may carry a dateline. */
  text?: string;
  today?: string;
}

// Meta names in order of how reliably they mean "first published".
const META_NAMES = [
  'article:published_time',
  'og:article:published_time',
  'datepublished',
  'article.published',
  'publishdate',
  'publish-date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.created',
  'date',
];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date at the start of a string, in the forms pages use; null when there is none or it is not a real day. */
export function parseDay(value: string | undefined | null): string | null {
  if (!value) return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?:\b|T)/.exec(v) ?? /^(\d{4})\/(\d{2})\/(\d{2})/.exec(v);
  if (m) return valid(`${m[1]}-${m[2]}-${m[3]}`);
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(v);
  if (m) return monthDay(m[1], m[2], m[3]);
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(v);
  if (m) return monthDay(m[2], m[1], m[3]);
  return null;
}

function monthDay(month: string, day: string, year: string): string | null {
  const i = MONTHS.indexOf(month.slice(0, 3).toLowerCase());
  if (i < 0) return null;
  return valid(`${year}-${String(i + 1).padStart(2, '0')}-${day.padStart(2, '0')}`);
}

const valid = (iso: string) => (isValidIsoDay(iso) ? iso : null);

/** Larger JSON-LD blocks are not parsed: real article metadata is a few kilobytes, and a page must not stall the check with a huge one. */
export const JSON_LD_MAX_CHARS = 256_000;
/** At most this many JSON values are visited per block (a 130,000-element array is walked no further). */
const JSON_LD_MAX_NODES = 5_000;
/** Enough candidates to get past a few implausible ones. */
const MAX_CANDIDATES = 8;

/** Every datePublished in the blocks, in document and breadth-first order (at most MAX_CANDIDATES). */
function fromJsonLd(blocks: string[]): string[] {
  const out: string[] = [];
  for (const block of blocks) {
    if (block.length > JSON_LD_MAX_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // a broken block is the page's problem; the next source may still do
    }
    // A queue walked by index, items appended one by one: no spread of a page-sized array into
    // a call (push(...items) throws past the engine's argument limit), no O(n) shift.
    const queue: unknown[] = [data];
    for (let at = 0; at < queue.length && at < JSON_LD_MAX_NODES; at++) {
      const item = queue[at];
      if (Array.isArray(item)) {
        for (let i = 0; i < item.length && queue.length < JSON_LD_MAX_NODES; i++) queue.push(item[i]);
      } else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const day = typeof record.datePublished === 'string' ? parseDay(record.datePublished) : null;
        if (day) {
          out.push(day);
          if (out.length >= MAX_CANDIDATES) return out;
        }
        for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage'])
          if (record[key] && typeof record[key] === 'object') queue.push(record[key]);
      }
    }
  }
  return out;
}

function fromMeta(meta: Array<[string, string]>): string[] {
  const byName = new Map<string, string>();
  for (const [name, content] of meta) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), content);
  const out: string[] = [];
  for (const name of META_NAMES) {
    const day = parseDay(byName.get(name));
    if (day) out.push(day);
  }
  return out;
}

function fromUrl(url: string): string | null {
  const m =
    /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)/.exec(url) ?? /[/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/.exec(url);
  return m ? valid(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`) : null;
}

/** "date 2025-10-23 NATO Secretary...", "Published: October 22, 2025", "WASHINGTON, Oct. 22, 2025 —". */
function fromDateline(text: string): string | null {
  const head = text.slice(0, 300);
  const m =
    /^\s*(?:date|dated|published|posted|updated)?:?\s*(\d{4}-\d{2}-\d{2})\b/i.exec(head) ??
    /\b(?:date|dated|published|posted)(?: on)?:?\s+(\d{4}-\d{2}-\d{2}|[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})/.exec(
      head,
    ) ??
    /^\s*(?:[A-Z][A-Za-z .]+,\s+)?([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*(?:[-\u2014\u2013(]|$)/m.exec(head);
  return m ? parseDay(m[1]) : null;
}

/** The earliest day a news page about NATO and the war can plausibly carry as its date (CMS defaults are 1970-01-01). */
const EARLIEST_PLAUSIBLE = '1990-01-01';
/** How far past the reader's clock a date may be: time zones put a page's date up to a day ahead of UTC. */
const FUTURE_SLACK_DAYS = 1;

/** Why a date is not believed, or null when it is plausible. */
function implausibility(day: string, today: string): RejectedDate['why'] | null {
  if (day < EARLIEST_PLAUSIBLE) return 'too-early';
  if (day > addDays(today, FUTURE_SLACK_DAYS)) return 'future';
  return null;
}

/**
 * A date is evidence, and can be wrong: a 1970-01-01 CMS default would turn every true claim
 * red, a date in 2030 would confirm anything about today's office holders. Each signal's dates
 * are tried in the order of trust; one before 1990 or more than a day after the reader's clock
 * is set aside (and said so on the card), and the next signal is asked. With nothing left the
 * page is judged as of today *as a guess* ('today'), which withholds date-dependent red flags.
 */
export function findArticleDate(signals: DateSignals): ArticleDate {
  const flag = parseDay(signals.flag);
  // The reader's own choice in the popup: theirs to make, never second-guessed.
  if (flag) return { asOf: flag, asOfSource: 'flag' };
  const today = signals.today ?? new Date().toISOString().slice(0, 10);
  const rejected: RejectedDate[] = [];
  const sources: Array<[Exclude<AsOfSource, 'flag' | 'today'>, () => Array<string | null>]> = [
    ['jsonld', () => (signals.jsonLd ? fromJsonLd(signals.jsonLd) : [])],
    ['meta', () => (signals.meta ? fromMeta(signals.meta) : [])],
    ['time', () => timeDays(signals.times ?? [])],
    ['url', () => [signals.url ? fromUrl(signals.url) : null]],
    ['dateline', () => [signals.text ? fromDateline(signals.text) : null]],
  ];
  for (const [source, days] of sources) {
    for (const day of days()) {
      if (!day) continue;
      const why = implausibility(day, today);
      if (!why) return rejected.length ? { asOf: day, asOfSource: source, rejected } : { asOf: day, asOfSource: source };
      if (!rejected.some((r) => r.source === source && r.date === day)) rejected.push({ source, date: day, why });
    }
  }
  return rejected.length ? { asOf: today, asOfSource: 'today', rejected } : { asOf: today, asOfSource: 'today' };
}

function timeDays(times: NonNullable<DateSignals['times']>): Array<string | null> {
  const out: Array<string | null> = [];
  // In the article first, then elsewhere on the page; never related-link boxes (marked 'aside').
  for (const where of ['article', 'page'] as const) {
    for (const t of times) {
      if (t.where !== where) continue;
      out.push(parseDay(t.datetime));
      if (out.length >= MAX_CANDIDATES * 4) return out;
    }
  }
  return out;
}
