// The date a page is judged as of: collects the date signals from the DOM and lets the
// engine's findArticleDate (src/engine/article-date.ts) decide. Works on a browser document
// and on a linkedom document alike, so the CLI and the content script agree.
import type { ArticleDate } from '../engine/types';
import { findArticleDate as decide, JSON_LD_MAX_CHARS, type DateSignals } from '../engine/article-date';

// A page's own metadata is a handful of these; a page made to stall the check has thousands.
const MAX_JSON_LD_BLOCKS = 20;
const MAX_TIMES = 200;

export interface ArticleDateInput {
  html?: Document;
  url?: string;
  text: string;
  flag?: string;
  today?: string;
}

// Boxes whose dates belong to other articles or to the site.
const NOT_THE_ARTICLE =
  'aside, footer, nav, [class*="related" i], [class*="sidebar" i], [class*="recommend" i], [class*="comment" i], [id*="related" i], [id*="sidebar" i]';

function collectDateSignals(doc: Document): DateSignals {
  const jsonLd: string[] = [];
  const meta: Array<[string, string]> = [];
  const times: NonNullable<DateSignals['times']> = [];
  // One selector, so a long page's DOM is walked once rather than three times.
  for (const element of Array.from(doc.querySelectorAll('script[type="application/ld+json"], meta[content], time[datetime]'))) {
    const tag = element.localName;
    if (tag === 'script') {
      // A block over the engine's cap is not parsed there anyway: don't carry its text along.
      const json = element.textContent ?? '';
      if (jsonLd.length < MAX_JSON_LD_BLOCKS) jsonLd.push(json.length <= JSON_LD_MAX_CHARS ? json : '');
    } else if (tag === 'meta') {
      const name = element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop');
      if (name) meta.push([name, element.getAttribute('content') ?? '']);
    } else {
      const where = element.closest(NOT_THE_ARTICLE)
        ? 'aside'
        : element.closest('article, main, [itemprop="articleBody"]')
          ? 'article'
          : 'page';
      if (times.length < MAX_TIMES) times.push({ datetime: element.getAttribute('datetime') ?? '', where });
    }
  }
  return { jsonLd, meta, times };
}

export function findArticleDate(input: ArticleDateInput): ArticleDate {
  const signals: DateSignals = input.html ? collectDateSignals(input.html) : {};
  return decide({ ...signals, flag: input.flag, url: input.url, text: input.text, today: input.today });
}
