// Smoke test in Firefox (firefox-esr, driven by puppeteer-core over WebDriver BiDi): the
// Firefox build installs as a temporary add-on and paints the same named highlights.
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, ROOT } from './support/build';
import type { Browser } from 'puppeteer-core';
import { FIREFOX_PATH, hasFirefox, launchFirefox } from './support/firefox';
import { serveFixtures, type FixtureServer } from './support/server';

if (!hasFirefox()) console.warn(`SKIPPED: no Firefox at ${FIREFOX_PATH} (install the "firefox-esr" package or set FIREFOX_PATH)`);

describe.skipIf(!hasFirefox())('Factmark in Firefox', () => {
  let browser: Browser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    ({ browser } = await launchFirefox());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('paints factmark highlights on a seed article without touching its text', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('seeds/002.html'));
    const painted = await page.waitForFunction(
      () => {
        const names = ['factmark-supported', 'factmark-outdated', 'factmark-contradicted', 'factmark-context'];
        const texts = names.flatMap((name) =>
          [...((CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])].map((r) => `${name}: ${r.toString()}`),
        );
        return texts.length ? texts : null;
      },
      { timeout: 20_000, polling: 250 },
    );
    const texts = (await painted.jsonValue()) as string[];
    expect(texts.some((t) => t.includes('Mark rutte') || t.includes('Volodymyr'))).toBe(true);
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.textContent === document.body.textContent;
    });
    expect(same).toBe(true);
    await page.close();
  });
});

describe('the Firefox build', () => {
  it('passes web-ext lint with no errors', () => {
    const dir = ensureBuilt('firefox');
    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // lint exits non-zero on errors; the JSON says which
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as {
      summary: { errors: number };
      errors: Array<{ code: string; message: string }>;
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
