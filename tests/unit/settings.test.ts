// The content script's settings: one read and one listener for the three it needs, on WXT's
// fake browser (an in-memory storage with real change events).
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  disabledSitesSetting,
  enabledSetting,
  isSiteEnabled,
  onlyProblemsSetting,
  readReadingSettings,
  watchReadingSettings,
  type ReadingSettings,
} from '../../src/settings';

describe('reading settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults, then what was stored', async () => {
    expect(await readReadingSettings()).toEqual({ enabled: true, disabledSites: [], onlyProblems: false });
    await disabledSitesSetting.setValue(['example.com']);
    await onlyProblemsSetting.setValue(true);
    expect(await readReadingSettings()).toEqual({ enabled: true, disabledSites: ['example.com'], onlyProblems: true });
  });

  it('tells the page about a change to any of the three, with all three', async () => {
    const seen: ReadingSettings[] = [];
    const unwatch = watchReadingSettings((settings) => seen.push(settings));
    await enabledSetting.setValue(false);
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual({ enabled: false, disabledSites: [], onlyProblems: false });
    await disabledSitesSetting.setValue(['news.example.org']);
    await expect.poll(() => seen.length).toBe(2);
    expect(isSiteEnabled('www.news.example.org', true, seen[1].disabledSites)).toBe(false);
    unwatch();
    await onlyProblemsSetting.setValue(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.length).toBe(2);
  });
});
