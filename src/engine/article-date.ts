// The date an article is judged as of. Pure: the DOM side (src/page/page-date.ts) or the CLI
// collects the signals from the page, and this decides, in a fixed order of trust:
// the reader's flag, JSON-LD datePublished, publication meta tags, a <time datetime> in the
// article, the URL (/2025/10/22/), a dateline at the top of the text, and else today.
// Dates in related-link boxes, sidebars and footers are other articles' dates: the collector
// marks where each <time> stood and those are never used.
import type { ArticleDate } from './types';
import { isValidIsoDay } from './dates';

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

function fromJsonLd(blocks: string[]): string | null {
  for (const block of blocks) {
    let data: unknown;
    try {
      data = JSON.parse(block);
    } catch {
      continue; // a broken block is the page's problem; the next source may still do
    }
    const stack = [data];
    while (stack.length) {
      const item = stack.shift();
      if (Array.isArray(item)) stack.push(...item);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        const day = typeof record.datePublished === 'string' ? parseDay(record.datePublished) : null;
        if (day) return day;
        for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage'])
          if (record[key] && typeof record[key] === 'object') stack.push(record[key]);
      }
    }
  }
  return null;
}

function fromMeta(meta: Array<[string, string]>): string | null {
  const byName = new Map<string, string>();
  for (const [name, content] of meta) if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), content);
  for (const name of META_NAMES) {
    const day = parseDay(byName.get(name));
    if (day) return day;
  }
  return null;
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
    /^\s*(?:[A-Z][A-Za-z .]+,\s+)?([A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})\s*(?:[-—–(]|$)/m.exec(head);
  return m ? parseDay(m[1]) : null;
}

export function findArticleDate(signals: DateSignals): ArticleDate {
  const flag = parseDay(signals.flag);
  if (flag) return { asOf: flag, asOfSource: 'flag' };
  const jsonld = signals.jsonLd && fromJsonLd(signals.jsonLd);
  if (jsonld) return { asOf: jsonld, asOfSource: 'jsonld' };
  const meta = signals.meta && fromMeta(signals.meta);
  if (meta) return { asOf: meta, asOfSource: 'meta' };
  const times = signals.times ?? [];
  const time = [...times.filter((t) => t.where === 'article'), ...times.filter((t) => t.where === 'page')]
    .map((t) => parseDay(t.datetime))
    .find(Boolean);
  if (time) return { asOf: time, asOfSource: 'time' };
  const url = signals.url && fromUrl(signals.url);
  if (url) return { asOf: url, asOfSource: 'url' };
  const dateline = signals.text && fromDateline(signals.text);
  if (dateline) return { asOf: dateline, asOfSource: 'dateline' };
  return { asOf: signals.today ?? new Date().toISOString().slice(0, 10), asOfSource: 'today' };
}
