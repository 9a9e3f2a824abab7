// The article date's order of trust, from the DOM signals a real page carries.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findArticleDate, parseDay } from '../../../src/engine/article-date';
import { findArticleDate as pageDate } from '../../../src/page/page-date';

const page = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

describe('article date', () => {
  it('prefers the flag, then JSON-LD, then meta, then <time>, then the URL, then a dateline', () => {
    const doc = page(
      '<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2025-10-22T08:00:00+02:00"}]}</script><meta property="article:published_time" content="2025-10-21">',
      '<article><time datetime="2025-10-20">Oct 20</time><p>date 2025-10-19 text</p></article>',
    );
    expect(pageDate({ html: doc, text: 'date 2025-10-19', url: 'https://x.test/2025/10/18/a', flag: '2024-01-02' })).toEqual({
      asOf: '2024-01-02',
      asOfSource: 'flag',
    });
    expect(pageDate({ html: doc, text: '', url: 'https://x.test/2025/10/18/a' })).toEqual({ asOf: '2025-10-22', asOfSource: 'jsonld' });
    expect(pageDate({ html: page('<meta property="article:published_time" content="2025-10-21T23:30:00Z">'), text: '' })).toEqual({
      asOf: '2025-10-21',
      asOfSource: 'meta',
    });
    expect(pageDate({ html: page('', '<article><time datetime="2025-10-20T10:00">x</time></article>'), text: '' })).toEqual({
      asOf: '2025-10-20',
      asOfSource: 'time',
    });
    expect(pageDate({ html: page(''), text: 'no date', url: 'https://news.test/world/2025/10/18/rutte-trump' })).toEqual({
      asOf: '2025-10-18',
      asOfSource: 'url',
    });
    expect(findArticleDate({ text: ' date 2025-10-23 NATO Secretary General Mark Rutte' })).toEqual({
      asOf: '2025-10-23',
      asOfSource: 'dateline',
    });
    expect(findArticleDate({ text: 'WASHINGTON, Oct. 22, 2025 — Trump met Rutte.' })).toEqual({
      asOf: '2025-10-22',
      asOfSource: 'dateline',
    });
    expect(findArticleDate({ text: 'nothing', today: '2026-11-22' })).toEqual({ asOf: '2026-11-22', asOfSource: 'today' });
  });

  it('ignores dates in related-link boxes, sidebars and footers', () => {
    const doc = page(
      '',
      '<aside class="related"><time datetime="2019-01-01">old</time></aside><footer><time datetime="2018-01-01">c</time></footer><article><p>Text</p></article>',
    );
    expect(pageDate({ html: doc, text: 'Text', today: '2026-11-22' })).toEqual({ asOf: '2026-11-22', asOfSource: 'today' });
  });

  it('survives broken JSON-LD and rejects impossible days', () => {
    const doc = page(
      '<script type="application/ld+json">{broken</script><meta name="pubdate" content="2025-02-30"><meta name="date" content="2025-03-01">',
    );
    expect(pageDate({ html: doc, text: '' })).toEqual({ asOf: '2025-03-01', asOfSource: 'meta' });
    expect(parseDay('October 22, 2025')).toBe('2025-10-22');
    expect(parseDay('22 Oct 2025')).toBe('2025-10-22');
    expect(parseDay('2025-13-01')).toBeNull();
  });

  describe('implausible dates', () => {
    const today = '2026-11-22';

    it('sets aside a 1970 CMS default and falls back to the next signal, saying which was rejected', () => {
      const doc = page(
        '<meta property="article:published_time" content="1970-01-01T00:00:00Z">',
        '<article><time datetime="2025-10-20">Oct 20</time></article>',
      );
      expect(pageDate({ html: doc, text: '', today })).toEqual({
        asOf: '2025-10-20',
        asOfSource: 'time',
        rejected: [{ source: 'meta', date: '1970-01-01', why: 'too-early' }],
      });
    });

    it("sets aside a date more than a day after the reader's clock, but not one a time zone ahead", () => {
      const future = page('<script type="application/ld+json">{"datePublished":"2030-05-01"}</script>');
      expect(pageDate({ html: future, text: '', url: 'https://x.test/2025/10/18/a', today })).toEqual({
        asOf: '2025-10-18',
        asOfSource: 'url',
        rejected: [{ source: 'jsonld', date: '2030-05-01', why: 'future' }],
      });
      const tomorrow = page('<meta name="date" content="2026-11-23">');
      expect(pageDate({ html: tomorrow, text: '', today })).toEqual({ asOf: '2026-11-23', asOfSource: 'meta' });
      const dayAfter = page('<meta name="date" content="2026-11-24">');
      expect(pageDate({ html: dayAfter, text: '', today }).asOfSource).toBe('today');
    });

    it('tries the next date within a signal before the next signal', () => {
      const doc = page('<meta property="article:published_time" content="1970-01-01"><meta name="pubdate" content="2025-06-24">');
      expect(pageDate({ html: doc, text: '', today })).toMatchObject({ asOf: '2025-06-24', asOfSource: 'meta' });
    });

    it('with every signal implausible, judges as of today as a guess (date-dependent red flags withheld)', () => {
      const doc = page(
        '<meta property="article:published_time" content="1970-01-01">',
        '<article><time datetime="3000-01-01">x</time></article>',
      );
      expect(pageDate({ html: doc, text: 'published on January 1, 1985. Rutte said', url: 'https://x.test/1989/01/01/a', today })).toEqual({
        asOf: today,
        asOfSource: 'today',
        rejected: [
          { source: 'meta', date: '1970-01-01', why: 'too-early' },
          { source: 'time', date: '3000-01-01', why: 'future' },
          { source: 'url', date: '1989-01-01', why: 'too-early' },
          { source: 'dateline', date: '1985-01-01', why: 'too-early' },
        ],
      });
    });

    it('keeps a date the reader chose, whatever it is', () => {
      expect(findArticleDate({ flag: '1985-03-01', today })).toEqual({ asOf: '1985-03-01', asOfSource: 'flag' });
    });
  });

  describe('JSON-LD of hostile size', () => {
    it('reads a date past a 130,000-element array without throwing', () => {
      const huge = JSON.stringify([new Array(130_000).fill(0), { datePublished: '2025-10-22' }]);
      // The array is walked only so far, so the date after it is not reached; the next signal is.
      expect(() => findArticleDate({ jsonLd: [huge], today: '2026-11-22' })).not.toThrow();
      expect(findArticleDate({ jsonLd: [huge], url: 'https://x.test/2025/10/18/a', today: '2026-11-22' })).toEqual({
        asOf: '2025-10-18',
        asOfSource: 'url',
      });
      // A small graph is read as before.
      expect(findArticleDate({ jsonLd: [JSON.stringify([{ x: 1 }, { datePublished: '2025-10-22' }])] }).asOf).toBe('2025-10-22');
    });

    it('the page side (the CLI and the content script) reads past one too, to the meta tag', () => {
      const huge = JSON.stringify(new Array(130_000).fill(0));
      const doc = page(`<script type="application/ld+json">${huge}</script><meta property="article:published_time" content="2025-10-22">`);
      expect(pageDate({ html: doc, text: '', today: '2026-11-22' })).toEqual({ asOf: '2025-10-22', asOfSource: 'meta' });
    });

    it('does not parse a block over the size cap', () => {
      const padded = JSON.stringify({ datePublished: '2025-10-22', pad: 'x'.repeat(300_000) });
      expect(findArticleDate({ jsonLd: [padded], today: '2026-11-22' })).toEqual({ asOf: '2026-11-22', asOfSource: 'today' });
    });
  });
});
