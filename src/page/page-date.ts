// The date a page is judged as of: collects the date signals from the DOM and lets the
// engine's findArticleDate (src/engine/article-date.ts) decide. Works on a browser document
// and on a linkedom document alike, so the CLI and the content script agree.
import type { ArticleDate } from '../engine/types';
import { findArticleDate as decide, type DateSignals } from '../engine/article-date';

export interface ArticleDateInput {
  html?: Document;
  url?: string;
  text: string;
  flag?: string;
  today?: string;
}

// Boxes whose dates belong to other articles or to the site.
const NOT_THE_ARTICLE = 'aside, footer, nav, [class*="related" i], [class*="sidebar" i], [class*="recommend" i], [class*="comment" i], [id*="related" i], [id*="sidebar" i]';

export function collectDateSignals(doc: Document): DateSignals {
  const jsonLd = Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).map((s) => s.textContent ?? '');
  const meta: Array<[string, string]> = [];
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const name = m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop');
    if (name) meta.push([name, m.getAttribute('content') ?? '']);
  }
  const times: NonNullable<DateSignals['times']> = [];
  for (const t of Array.from(doc.querySelectorAll('time[datetime]'))) {
    const where = t.closest(NOT_THE_ARTICLE) ? 'aside' : t.closest('article, main, [itemprop="articleBody"]') ? 'article' : 'page';
    times.push({ datetime: t.getAttribute('datetime') ?? '', where });
  }
  return { jsonLd, meta, times };
}

export function findArticleDate(input: ArticleDateInput): ArticleDate {
  const signals: DateSignals = input.html ? collectDateSignals(input.html) : {};
  return decide({ ...signals, flag: input.flag, url: input.url, text: input.text, today: input.today });
}
