// The options page in the system's Chromium: the reading settings are the ones the content
// script follows (a site added here is left alone, and annotated again once turned back on),
// and the page passes axe-core, light and dark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/build';
import { CHROMIUM_PATH, hasChromium, launchChromium, type ExtensionBrowser } from './support/chromium';
import { paintedRanges, settledRanges } from './support/highlights';
import { serveFixtures, type FixtureServer } from './support/server';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

if (!hasChromium()) console.warn(`SKIPPED: no Chromium at ${CHROMIUM_PATH}`);

/** The extension's storage.sync as the service worker sees it (no @types/chrome in this project). */
type SyncStorage = { get(key: string): Promise<Record<string, unknown>>; set(values: Record<string, unknown>): Promise<void> };

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const result = (await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))) as {
    violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  };
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

describe.skipIf(!hasChromium())('options page in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchChromium({ viewport: { width: 1000, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('turns Factmark off for a site and back on, and the page follows', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByLabel('Turn off for a site').fill('not a site');
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toContain('is not a site address');

    // The fixture pages are served from 127.0.0.1: switch that site off as a reader would paste it.
    await options.getByLabel('Turn off for a site').fill(server.url('seeds/002.html'));
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.locator('ul.sites li').allTextContents()).toEqual([expect.stringContaining('127.0.0.1')]);
    const stored = await browser.serviceWorker.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: { storage: { sync: SyncStorage } } }).chrome.storage.sync.get('disabledSites'))
          .disabledSites,
    );
    expect(stored).toEqual(['127.0.0.1']);

    const article = await browser.context.newPage();
    await article.goto(server.url('seeds/002.html'));
    await article.waitForTimeout(1500);
    expect(await paintedRanges(article)).toEqual([]);

    await options.getByRole('button', { name: 'Turn back on for 127.0.0.1' }).click();
    await expect.poll(() => options.locator('ul.sites li').count()).toBe(0);
    const ranges = await settledRanges(article);
    expect(ranges.some((r) => r.name === 'factmark-outdated')).toBe(true);
    await article.close();
    await options.close();
  });

  it('has no serious or critical accessibility violation, light and dark', async () => {
    await browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { sync: SyncStorage } } }).chrome.storage.sync.set({ disabledSites: ['example.com'] }),
    );
    const options = await browser.context.newPage();
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
      await options.getByLabel('Turn off for a site').waitFor();
      const violations = await seriousViolations(options);
      expect(violations, `${colorScheme}: ${violations.join('; ')}`).toEqual([]);
    }
    await options.close();
  });
});
