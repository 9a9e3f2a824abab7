// The popup's pure helpers: dates as readers read them, verdict groups, the site switch.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/ui/popup/format';
import { formatDate, formatSpan, groupByVerdict, toggleSite, webHostname } from '../../../src/ui/popup/format';
import { isSiteEnabled } from '../../../src/settings';

describe('formatDate', () => {
  it('writes full, month and year dates without a time zone shift', () => {
    expect(formatDate('2014-10-01')).toBe('1 Oct 2014');
    expect(formatDate('2014-09')).toBe('Sep 2014');
    expect(formatDate('2006')).toBe('2006');
    expect(formatSpan('2014-10-01', '2024-10-01')).toBe('1 Oct 2014 – 1 Oct 2024');
    expect(formatSpan('2024-10-01')).toBe('since 1 Oct 2024');
  });
});

describe('groupByVerdict', () => {
  const finding = (id: number, verdict: Finding['verdict']): Finding => ({
    id,
    verdict,
    start: 0,
    end: 1,
    quote: `q${id}`,
    kind: 'title',
    factIds: [],
    message: '',
    fact: '',
    sources: [],
    sentence: '',
  });

  it('puts problems first and leaves out empty groups', () => {
    const groups = groupByVerdict([finding(1, 'supported'), finding(2, 'outdated'), finding(3, 'supported'), finding(4, 'contradicted')]);
    expect(groups.map((g) => [g.verdict, g.findings.map((f) => f.id)])).toEqual([
      ['contradicted', [4]],
      ['outdated', [2]],
      ['supported', [1, 3]],
    ]);
  });
});

describe('site switch', () => {
  it('turns a site off and on again as the content script reads it', () => {
    const off = toggleSite([], 'news.example.com', false);
    expect(isSiteEnabled('news.example.com', true, off)).toBe(false);
    const on = toggleSite(off, 'news.example.com', true);
    expect(isSiteEnabled('news.example.com', true, on)).toBe(true);
  });

  it('turning a subdomain on lifts the parent entry that covered it', () => {
    expect(isSiteEnabled('news.example.com', true, toggleSite(['example.com', 'other.org'], 'news.example.com', true))).toBe(true);
  });

  it('knows no hostname for browser pages', () => {
    expect(webHostname('chrome://extensions')).toBeNull();
    expect(webHostname('https://www.reuters.com/world/')).toBe('www.reuters.com');
  });
});
