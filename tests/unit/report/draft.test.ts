// Report drafts: bounded whatever the page held, kept in storage.session only while their form
// needs them (removed when sent or when the form's tab closes, forgotten after a time-to-live).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { boundDraft } from '../../../src/report/draft';
import { buildReport } from '../../../src/report/build';
import { DRAFT_TTL_MS, isExpiredDraft, loadDraft, removeDraft, removeDrafts, saveDraft } from '../../../src/report/settings';
import type { ReportDraft } from '../../../src/report/types';
import { reportProblems } from '../../../src/report/schema';

const paragraph = 'Mark Rutte '.repeat(100_000); // ~1 MB, no punctuation
const huge: ReportDraft = {
  annotation: {
    quote: 'Mark Rutte',
    verdict: 'supported',
    kind: 'mention',
    factIds: Array.from({ length: 500 }, (_, i) => `person-${i}`),
    message: paragraph,
    fact: paragraph,
    sources: [paragraph],
    start: 0,
    end: 10,
  },
  sentence: paragraph,
  asOf: '2025-10-22',
  asOfSource: 'meta',
  pageUrl: `https://news.test/${'a'.repeat(100_000)}`,
};

describe('report drafts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a draft from a 1 MB paragraph is a few kilobytes, and still makes a valid report', () => {
    const draft = boundDraft(huge);
    expect(JSON.stringify(draft).length).toBeLessThan(20_000);
    expect(Object.keys(draft.annotation).sort()).toEqual(['factIds', 'kind', 'message', 'quote', 'verdict']);
    const report = buildReport(
      draft,
      { reason: 'other', comment: '', includePageUrl: true },
      {
        id: '3f1c1d2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f',
        createdAt: '2026-01-01T00:00:00.000Z',
        factBaseVersion: 'test',
        extensionVersion: '1.0.0',
        browser: 'chrome 140',
      },
    );
    expect(reportProblems(report)).toEqual([]);
  });

  it('is removed when asked (form sent), and forgotten after its time-to-live', async () => {
    const now = 1_000_000_000;
    await saveDraft('a', { draft: boundDraft(huge), savedAt: now });
    expect(await loadDraft('a', now + 1000)).not.toBeNull();
    expect(await loadDraft('a', now + DRAFT_TTL_MS + 1)).toBeNull();
    await removeDraft('a');
    expect(await loadDraft('a', now)).toBeNull();
  });

  it('removes the drafts of a closed tab and the expired ones, and only those', async () => {
    const now = 2_000_000_000;
    const draft = boundDraft(huge);
    await saveDraft('old', { draft, savedAt: now - DRAFT_TTL_MS - 1 });
    await saveDraft('tab7', { draft, savedAt: now, tabId: 7 });
    await saveDraft('tab8', { draft, savedAt: now, tabId: 8 });
    expect(await removeDrafts((stored) => stored.tabId === 7)).toBe(1);
    expect(await removeDrafts((stored) => isExpiredDraft(stored, now))).toBe(1);
    expect(await loadDraft('tab8', now)).not.toBeNull();
    expect(await loadDraft('tab7', now)).toBeNull();
  });
});
