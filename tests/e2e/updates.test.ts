// Signed fact-base updates, end to end in Chromium with one build: the extension is built once
// with a public key made here (WXT_FACTS_EXTRA_PUBLIC_KEY); the intake server serves what
// `facts:publish` writes (--facts-dir); the options page's "Check now" takes a newer signed
// bundle and a page judged afterwards gets the new verdict; four bad bundles are refused and the
// update keeps working; and it is still in use after the browser restarts on the same profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { createIntakeServer } from '../../server/app';
import { ReportStore } from '../../server/db';
import { publish, publicKeyBase64 } from '../../src/cli/facts-publish';
import { rawFactBase } from '../../src/facts/data';
import { withLaterRutte } from '../support/fact-base-variants';
import type { PageFindings } from '../../src/messaging';
import { ROOT } from './support/build';
import { CHROMIUM_PATH, hasChromium } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';
import { FIREFOX_PATH, hasFirefox } from './support/firefox';
import puppeteer, { type Browser as FirefoxBrowser } from 'puppeteer-core';

const OUT_DIR = '.output-updates-e2e';
const key = generateKeyPairSync('ed25519').privateKey;
const pem = key.export({ format: 'pem', type: 'pkcs8' }).toString();
const strangerPem = generateKeyPairSync('ed25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>NATO chief in Kyiv</title>
<meta property="article:published_time" content="2025-06-03T08:00:00Z"></head>
<body><article><h1>NATO chief visits Kyiv</h1>
<p>NATO Secretary General Mark Rutte visited Kyiv on Tuesday and met Ukrainian officials.</p>
</article></body></html>`;

let work: string;
let factsDir: string;
let profile: string;
let extensionDir: string;
let reports: ReportStore;
let intake: Server;
let updateUrl: string;
let pages: FixtureServer;
let context: BrowserContext;
let worker: Worker;
let extensionId: string;

async function launch(): Promise<void> {
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--headless=new',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--disable-dev-shm-usage',
    ],
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(worker.url()).host;
}

/** The verdict on "Mark Rutte" in a fresh load of the article, once the content script has judged it. */
async function rutteVerdict(): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(pages.url('article.html'));
    await page.bringToFront();
    for (let attempt = 0; attempt < 100; attempt++) {
      const findings = (await worker.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: any }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        return api.tabs.sendMessage(tab.id, { factmark: 'getFindings', data: undefined }).catch(() => null);
      })) as PageFindings | null;
      const rutte = findings?.annotations.find((a) => a.quote.includes('Rutte'));
      if (rutte) return rutte.verdict;
      await page.waitForTimeout(200);
    }
    throw new Error('the article was never judged');
  } finally {
    await page.close();
  }
}

/** Opens the options page, presses "Check now" and returns the outcome and message it shows. */
async function checkNow(options: Page): Promise<{ outcome: string; message: string; version: string }> {
  const before = await options
    .locator('.last-check')
    .getAttribute('data-at', { timeout: 1000 })
    .catch(() => null);
  await options.getByRole('button', { name: 'Check now' }).click();
  await options.waitForFunction(
    (previous) => {
      const last = document.querySelector('.last-check');
      return last && last.getAttribute('data-at') !== previous && !document.querySelector<HTMLButtonElement>('.check-now')!.disabled;
    },
    before,
    { timeout: 30_000 },
  );
  const last = options.locator('.last-check');
  const outcome = ((await last.getAttribute('class')) ?? '').replace(/.*outcome-/, '');
  await options.waitForFunction(() => !!document.querySelector('.fact-base-version'));
  // The version line is re-read from the background after each check.
  await options.waitForTimeout(100);
  return { outcome, message: (await last.textContent()) ?? '', version: (await options.locator('.fact-base-version').textContent()) ?? '' };
}

/** The popup's footer, once it says what `expected` says (the background's answer replaces a bundled placeholder). */
async function expectPopupFooter(expected: RegExp): Promise<void> {
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect.poll(() => popup.locator('.fact-base-status').textContent(), { timeout: 10_000 }).toMatch(expected);
  } finally {
    await popup.close();
  }
}

describe.skipIf(!hasChromium())('signed fact-base updates (Chromium)', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'factmark-updates-'));
    factsDir = join(work, 'facts');
    profile = join(work, 'profile');
    mkdirSync(join(work, 'pages'));
    writeFileSync(join(work, 'pages', 'article.html'), ARTICLE);
    // One build for the whole test, trusting the key made above in addition to the committed ones.
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: { ...process.env, WXT_OUT_DIR: OUT_DIR, WXT_FACTS_EXTRA_PUBLIC_KEY: publicKeyBase64(key) },
    });
    extensionDir = join(ROOT, OUT_DIR, 'chrome-mv3');
    reports = new ReportStore(join(work, 'reports.sqlite'));
    intake = createIntakeServer({ store: reports, factsDir });
    await new Promise<void>((resolve) => intake.listen(0, '127.0.0.1', resolve));
    updateUrl = `http://127.0.0.1:${(intake.address() as AddressInfo).port}/facts/facts.json`;
    pages = await serveFixtures(join(work, 'pages'));
    await launch();
  }, 300_000);

  afterAll(async () => {
    await context?.close();
    await pages?.close();
    intake?.closeAllConnections();
    await new Promise<void>((resolve) => (intake ? intake.close(() => resolve()) : resolve()));
    reports?.close();
    rmSync(work, { recursive: true, force: true });
    rmSync(join(ROOT, OUT_DIR), { recursive: true, force: true });
  });

  it('takes a newer signed bundle, refuses four bad ones, and keeps the update across a restart', async () => {
    expect(await rutteVerdict()).toBe('supported');
    await expectPopupFooter(/^Fact base \S+ · checked through .* · bundled with the extension$/);

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('input[name="facts-update-url"]').fill(updateUrl);
    await options.locator('form.facts-update-url').getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.locator('.fact-updates .note').textContent()).toBe('Saved.');

    // 1–2. Version N+1 with one holder changed: taken, and the article's verdict changes.
    await publish({ raw: withLaterRutte(), privateKeyPem: pem, outDir: factsDir, version: '2099.01.01' });
    const good = readFileSync(join(factsDir, 'facts.json'));
    const goodSignature = readFileSync(join(factsDir, 'facts.json.sig'), 'utf8');
    const installed = await checkNow(options);
    expect(installed).toMatchObject({ outcome: 'installed', version: '2099.01.01' });
    expect(await rutteVerdict()).toBe('contradicted');
    await expectPopupFooter(/^Fact base 2099\.01\.01 · checked through .* · updated \d+ \w+ \d{4}$/);

    // 3. Each bad bundle is refused, with its reason, and the update stays in use.
    const bad: Array<[string, () => Promise<void> | void, RegExp]> = [
      [
        'tampered',
        () =>
          writeFileSync(
            join(factsDir, 'facts.json'),
            good.toString('utf8').replace('"2099.01.01"', '"2099.09.09"').replace('"2099.01.01"', '"2099.09.09"'),
          ),
        /signature does not verify/,
      ],
      [
        'unknown key',
        () => publish({ raw: withLaterRutte(), privateKeyPem: strangerPem, outDir: factsDir, version: '2099.02.01' }).then(() => {}),
        /signature does not verify/,
      ],
      [
        'older',
        () => publish({ raw: rawFactBase, privateKeyPem: pem, outDir: factsDir, version: '2098.12.31' }).then(() => {}),
        /version 2098\.12\.31 is older than 2099\.01\.01/,
      ],
      [
        'truncated',
        () => {
          writeFileSync(join(factsDir, 'facts.json'), good.subarray(0, Math.floor(good.length / 2)));
          writeFileSync(join(factsDir, 'facts.json.sig'), goodSignature);
        },
        /signature does not verify/,
      ],
    ];
    for (const [name, make, reason] of bad) {
      await make();
      const refused = await checkNow(options);
      expect(refused.outcome, name).toBe('refused');
      expect(refused.message, name).toMatch(reason);
      expect(refused.version, name).toBe('2099.01.01');
      await expect.poll(() => options.locator('.last-refusal').textContent()).toMatch(reason);
      expect(await rutteVerdict(), name).toBe('contradicted');
    }
    await options.close();

    // 4. A browser restart on the same profile: the update is read back, verified, and used.
    await context.close();
    await launch();
    expect(await rutteVerdict()).toBe('contradicted');
    await expectPopupFooter(/^Fact base 2099\.01\.01 · .* · updated /);
  }, 300_000);
});

// Firefox: the same background code with Firefox's WebCrypto (Ed25519 since Firefox 129).
// WebDriver BiDi may not open extension pages, so this build's default update address is the test
// server's, and the check the background makes when the add-on is installed picks the bundle up.
describe.skipIf(!hasFirefox())('signed fact-base updates (Firefox)', () => {
  let firefox: FirefoxBrowser;
  let dir: string;
  let store: ReportStore;
  let server: Server;
  let fixtures: FixtureServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-updates-ff-'));
    mkdirSync(join(dir, 'pages'));
    writeFileSync(join(dir, 'pages', 'article.html'), ARTICLE);
    store = new ReportStore(join(dir, 'reports.sqlite'));
    server = createIntakeServer({ store, factsDir: join(dir, 'facts') });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/facts/facts.json`;
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
      cwd: ROOT,
      stdio: 'pipe',
      env: {
        ...process.env,
        WXT_OUT_DIR: `${OUT_DIR}-firefox`,
        WXT_FACTS_EXTRA_PUBLIC_KEY: publicKeyBase64(key),
        WXT_FACTS_UPDATE_URL: url,
      },
    });
    fixtures = await serveFixtures(join(dir, 'pages'));
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      extraPrefsFirefox: { 'xpinstall.signatures.required': false },
    });
  }, 300_000);

  afterAll(async () => {
    await firefox?.close();
    await fixtures?.close();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    store?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(ROOT, `${OUT_DIR}-firefox`), { recursive: true, force: true });
  });

  /** Where "Mark Rutte" is painted in a fresh load of the article: the highlight's name. */
  async function rutteHighlight(): Promise<string> {
    const page = await firefox.newPage();
    try {
      await page.goto(fixtures.url('article.html'));
      const found = await page.waitForFunction(
        () => {
          for (const name of ['factmark-supported', 'factmark-outdated', 'factmark-contradicted', 'factmark-context']) {
            for (const range of (CSS.highlights.get(name) as unknown as Iterable<Range>) ?? [])
              if (range.toString().includes('Rutte')) return name;
          }
          return null;
        },
        { timeout: 20_000, polling: 250 },
      );
      return (await found.jsonValue()) as string;
    } finally {
      await page.close();
    }
  }

  it('verifies and takes a newer signed bundle when the add-on is installed', async () => {
    await publish({ raw: withLaterRutte(), privateKeyPem: pem, outDir: join(dir, 'facts'), version: '2099.01.01' });
    await firefox.installExtension(join(ROOT, `${OUT_DIR}-firefox`, 'firefox-mv2'));
    // The install-time check runs on its own; pages judged after it see the new holder.
    await expect.poll(() => rutteHighlight(), { timeout: 60_000, interval: 500 }).toBe('factmark-contradicted');
  }, 300_000);
});
