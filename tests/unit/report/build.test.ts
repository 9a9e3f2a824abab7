// Building a report from a real annotation of a seed article, and the issue transport's URL.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';
import { browserLabel, buildReport, type ReportContext } from '../../../src/report/build';
import { issueBody, issueUrl } from '../../../src/report/issue';
import { reportProblems } from '../../../src/report/schema';
import type { ReportDraft } from '../../../src/report/types';

const seed = JSON.parse(readFileSync(new URL('../../fixtures/seeds/expected.jsonl', import.meta.url), 'utf8').split('\n')[0]) as {
  text: string;
  published: string;
};
const [annotation] = createEngine(getFacts()).analyze(seed.text, { asOf: seed.published });
const sentenceAt = (text: string, at: number) => text.slice(text.lastIndexOf('.', at) + 1, text.indexOf('.', at) + 1).trim();
const draft: ReportDraft = {
  annotation,
  sentence: sentenceAt(seed.text, annotation.start),
  asOf: seed.published,
  asOfSource: 'meta',
  pageUrl: 'https://news.example.org/2025/10/22/rutte-trump',
};
const context: ReportContext = {
  id: '0f8a1c52-6a53-4a8f-9a6e-3c2b9d7e1f00',
  createdAt: '2026-11-23T10:00:00.000Z',
  factBaseVersion: getFacts().base.version,
  extensionVersion: '0.1.0',
  browser: 'chrome 140',
};

describe('buildReport', () => {
  it('turns a real annotation into a valid report without the page address by default', () => {
    const report = buildReport(draft, { reason: 'fact-outdated', comment: '  He left in 2024.  ', includePageUrl: false }, context);
    expect(reportProblems(report)).toEqual([]);
    expect(report).not.toHaveProperty('pageUrl');
    expect(report.comment).toBe('He left in 2024.');
    expect(report.annotation).toMatchObject({
      quote: annotation.quote,
      verdict: annotation.verdict,
      factIds: annotation.factIds,
      asOf: seed.published,
    });
    expect(report.factBaseVersion).toBe(getFacts().base.version);
    // Only what the schema lists: no offsets, sources or other annotation fields leak into the report.
    expect(Object.keys(report.annotation).sort()).toEqual([
      'asOf',
      'asOfSource',
      'factIds',
      'kind',
      'message',
      'quote',
      'sentence',
      'verdict',
    ]);
  });

  it('includes the page address only when the reader allows it, and only an http(s) one', () => {
    expect(buildReport(draft, { reason: 'other', comment: '', includePageUrl: true }, context).pageUrl).toBe(draft.pageUrl);
    expect(
      buildReport({ ...draft, pageUrl: 'file:///home/me/article.html' }, { reason: 'other', comment: '', includePageUrl: true }, context),
    ).not.toHaveProperty('pageUrl');
  });

  it('clips what a page could make too long, so the report stays valid', () => {
    const long = buildReport(
      { ...draft, sentence: 'word '.repeat(5000) },
      { reason: 'other', comment: 'x'.repeat(10_000), includePageUrl: false },
      context,
    );
    expect(reportProblems(long)).toEqual([]);
    expect(JSON.stringify(long).length).toBeLessThan(64 * 1024);
  });

  it('names the browser by target and major version only', () => {
    expect(
      browserLabel('chrome', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.7339.80 Safari/537.36'),
    ).toBe('chrome 140');
    expect(browserLabel('firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('firefox 128');
  });
});

describe('issue transport', () => {
  it('fills the template with the encoded title and a body carrying the report', () => {
    const report = buildReport(draft, { reason: 'not-this-person', comment: 'a & b #1', includePageUrl: false }, context);
    const url = new URL(issueUrl('https://github.com/factmark/factbase/issues/new?title={title}&body={body}', report));
    expect(url.searchParams.get('title')).toContain(annotation.quote);
    const body = url.searchParams.get('body')!;
    expect(body).toBe(issueBody(report));
    expect(body).toContain('a & b #1');
    expect(JSON.parse(body.split('```json\n')[1].split('\n```')[0])).toEqual(report);
  });
});
