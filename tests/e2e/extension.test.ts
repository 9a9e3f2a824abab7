// The built extension in the system's Chromium, on local pages: seed articles, a
// framework-rendered page and a late-loading page. Assertions read the registered
// highlights (what the reader sees underlined), the card (inside its closed shadow root),
// the toolbar badge (through the service worker) and the page's own text.
import { readFileSync } from 'node:fs';
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/build';
import { hasChromium, launchChromium, CHROMIUM_PATH, type ExtensionBrowser } from './support/chromium';
import { cardHtml, highlightsOverQuotes, paintedRanges, pointOver, settledRanges } from './support/highlights';
import { serveFixtures, type FixtureServer } from './support/server';
import { parseHTML } from 'linkedom';
import { createEngine } from '../../src/engine';
import { getFacts } from '../../src/facts';
import { BlockAnalyzer } from '../../src/background/analyze';
import { extractText } from '../../src/page/extract';

/** Page modules bundled to run in the page's own world (an IIFE), for tests of one module in a real page. */
const pageBundle = (contents: string): string =>
  buildSync({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, format: 'iife', write: false }).outputFiles[0].text;

interface Seed {
  id: string;
  published: string;
  labels: Array<{ quote: string; verdict: string }>;
}
const seeds: Seed[] = readFileSync(join(ROOT, 'tests/fixtures/seeds/expected.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const PROBLEM = new Set(['factmark-outdated', 'factmark-contradicted']);

if (!hasChromium()) console.warn(`SKIPPED: no Chromium at ${CHROMIUM_PATH} (install the "chromium" package or set CHROMIUM_PATH)`);

describe.skipIf(!hasChromium())('Factmark in Chromium', () => {
  let browser: ExtensionBrowser;
  let server: FixtureServer;
  const supportedTally = { hit: 0, total: 0 };

  beforeAll(async () => {
    server = await serveFixtures();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (supportedTally.total) console.log(`supported quotes inside factmark-supported: ${supportedTally.hit}/${supportedTally.total}`);
  });

  const open = async (path: string): Promise<Page> => {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    return page;
  };

  describe.each(seeds.map((s) => [s.id, s] as const))('seed article %s', (_id, seed) => {
    let page: Page;
    beforeAll(async () => {
      page = await open(`seeds/${seed.id}.html`);
      await settledRanges(page);
    });
    afterAll(async () => page?.close());

    it('puts every problem quote inside an outdated or contradicted highlight, and no supported quote', async () => {
      const over = await highlightsOverQuotes(
        page,
        seed.labels.map((l) => l.quote),
      );
      const missed: string[] = [];
      const falseAlarms: string[] = [];
      seed.labels.forEach((label, i) => {
        const names = over[i];
        expect(names, `quote not on the page: ${label.quote}`).not.toBeNull();
        const red = names!.some((n) => PROBLEM.has(n));
        if ((label.verdict === 'outdated' || label.verdict === 'contradicted') && !red) missed.push(label.quote);
        if ((label.verdict === 'supported' || label.verdict === 'context-only') && red) falseAlarms.push(label.quote);
        if (label.verdict === 'supported') {
          supportedTally.total++;
          if (names!.includes('factmark-supported')) supportedTally.hit++;
        }
      });
      expect(falseAlarms, 'red flags on true text').toEqual([]);
      expect(missed, 'problems not flagged').toEqual([]);
    });

    it('leaves the page text exactly as the page built it', async () => {
      const same = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        const pristine = new DOMParser().parseFromString(html, 'text/html');
        return pristine.body.textContent === document.body.textContent;
      });
      expect(same).toBe(true);
      // Nothing of ours in the page's light DOM besides the card host (and it holds no text).
      expect(await page.evaluate(() => document.querySelectorAll('factmark-mark').length)).toBe(0);
    });

    it('shows the number of problems on the toolbar badge', async () => {
      const problems = (await paintedRanges(page)).filter((r) => PROBLEM.has(r.name)).length;
      await expect.poll(() => browser.badgeText(page)).toBe(problems > 0 ? String(problems) : '');
    });
  });

  it('most supported quotes are inside factmark-supported', () => {
    // Runs after the seed blocks: their tallies are in.
    expect(supportedTally.total).toBeGreaterThan(0);
    expect(supportedTally.hit / supportedTally.total).toBeGreaterThan(0.5);
  });

  it('opens the card on hover with the verdict in words and a source, and closes it away', async () => {
    const page = await open('seeds/002.html');
    const ranges = await settledRanges(page);
    const target =
      ranges.find((r) => r.name === 'factmark-outdated') ??
      ranges.find((r) => r.name === 'factmark-contradicted') ??
      ranges.find((r) => r.name === 'factmark-supported');
    expect(target, 'an annotation to hover').toBeTruthy();
    const point = await pointOver(page, target!.name, target!.text);
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => cardHtml(page)).not.toBeNull();
    const html = (await cardHtml(page))!;
    const words = {
      'factmark-outdated': 'Outdated',
      'factmark-contradicted': 'Contradicted',
      'factmark-supported': 'Checks out',
      'factmark-context': 'Context',
    }[target!.name];
    expect(html).toContain(words);
    expect(html).toMatch(/<a href="https?:\/\//);
    expect(html).toContain('Judged as of');
    expect(html).toContain('Report a problem');
    // The card is beside the text, not on it.
    const overlap = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, point!);
    expect(overlap).not.toBe('factmark-card');
    // Moving away closes it.
    await page.mouse.move(5, 5);
    await expect.poll(() => cardHtml(page)).toBeNull();
    // Open again, then scroll the annotation out of view: the card goes with it.
    const again = await pointOver(page, target!.name, target!.text);
    await page.mouse.move(again!.x, again!.y);
    await expect.poll(() => cardHtml(page)).not.toBeNull();
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 2));
    await expect.poll(() => cardHtml(page)).toBeNull();
    await page.close();
  });

  it('follows the settings: off, off for this site, only problems', async () => {
    const page = await open('demo.html');
    const all = await settledRanges(page);
    expect(all.some((r) => r.name === 'factmark-supported')).toBe(true);
    expect(all.some((r) => r.name === 'factmark-outdated' || r.name === 'factmark-contradicted')).toBe(true);
    // WXT's "sync:enabled" item is the key "enabled" in storage.sync.
    const setSync = (values: Record<string, unknown>) =>
      browser.serviceWorker.evaluate(
        (v) => (globalThis as unknown as { chrome: { storage: { sync: { set(v: unknown): Promise<void> } } } }).chrome.storage.sync.set(v),
        values,
      );
    const count = async () => (await paintedRanges(page)).length;

    await setSync({ enabled: false });
    await expect.poll(count).toBe(0);
    await expect.poll(() => browser.badgeText(page)).toBe('');
    await setSync({ enabled: true });
    await expect.poll(count).toBe(all.length);

    await setSync({ disabledSites: ['127.0.0.1'] });
    await expect.poll(count).toBe(0);
    await setSync({ disabledSites: [] });
    await expect.poll(count).toBe(all.length);

    await setSync({ onlyProblems: true });
    await expect
      .poll(async () =>
        (await paintedRanges(page))
          .map((r) => r.name)
          .sort()
          .join(),
      )
      .toBe(
        all
          .filter((r) => r.name === 'factmark-outdated' || r.name === 'factmark-contradicted')
          .map((r) => r.name)
          .sort()
          .join(),
      );
    await setSync({ onlyProblems: false });
    await expect.poll(count).toBe(all.length);
    await page.close();
  });

  it('steps through annotations from the keyboard, moves focus into the card, and Escape restores it', async () => {
    const page = await open('seeds/000.html');
    await settledRanges(page);
    await page.evaluate(() => (document.querySelector('nav a') as HTMLElement).focus());
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(() => cardHtml(page)).not.toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('factmark-card');
    const first = await cardHtml(page);
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(async () => (await cardHtml(page)) !== first).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => cardHtml(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('World');
    await page.close();
  });

  it('keeps a framework-rendered page annotated while it re-renders its paragraphs', async () => {
    const page = await open('framework.html');
    // The page re-mounts its paragraphs every 400 ms, eight times, then stops.
    await page.waitForFunction(() => Number(document.body.dataset.renders) >= 8, undefined, { timeout: 10_000 });
    const connectedOver = async () => {
      const over = await highlightsOverQuotes(page, ['Mark Rutte', 'Vladimir Putin']);
      return over.every((names) => names && names.length > 0);
    };
    await expect.poll(connectedOver).toBe(true);
    // No highlight is left on text the framework threw away.
    await expect.poll(async () => (await paintedRanges(page)).every((r) => r.connected)).toBe(true);
    await page.close();
  });

  it('annotates text that arrives after load and drops annotations of removed text', async () => {
    const page = await open('late.html');
    await page.waitForFunction(() => document.body.dataset.loaded === 'yes', undefined, { timeout: 10_000 });
    await expect.poll(async () => (await highlightsOverQuotes(page, ['Scott Bessent']))[0]?.length ?? 0).toBeGreaterThan(0);
    // Infinite-scroll style: a paragraph appended by the page later.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'appended';
      p.textContent = 'Ukrainian President Volodymyr Zelensky thanked the allies.';
      document.querySelector('article')!.append(p);
    });
    await expect.poll(async () => (await highlightsOverQuotes(page, ['Volodymyr Zelensky']))[0]?.length ?? 0).toBeGreaterThan(0);
    await page.evaluate(() => document.getElementById('appended')!.remove());
    await expect.poll(async () => (await paintedRanges(page)).filter((r) => r.text.includes('Zelensky')).length).toBe(0);
    await page.close();
  });

  it('on a long page paints exactly what the check command finds, names at the very end included', async () => {
    // long.html holds about 175,000 characters: the quick read of the view, the first look and the marked reading all run.
    const html = readFileSync(join(ROOT, 'tests/fixtures/long.html'), 'utf8');
    const { document } = parseHTML(html);
    const extraction = extractText(document.body as unknown as Node);
    const annotations = new BlockAnalyzer(createEngine(getFacts())).analyzeAll(extraction, { asOf: '2025-10-21', dateCertain: true });
    const expected = annotations.map((a) => `factmark-${a.verdict} ${a.quote}`).sort();
    // The list item that textContent glues to the one before it ("trafficNATO") holds a name.
    const gluedItem = extraction.text.indexOf('NATO has 32 members');
    expect(annotations.some((a) => a.start >= gluedItem && a.start < gluedItem + 30)).toBe(true);
    expect(expected.length).toBeGreaterThan(40);
    expect(expected).toContain('factmark-outdated NATO Secretary-General Jens Stoltenberg');
    const page = await open('long.html');
    await expect
      .poll(async () => (await paintedRanges(page)).map((r) => `${r.name} ${r.text}`).sort(), { timeout: 10_000 })
      .toEqual(expected);
    await page.close();
  });

  it('paints nothing and shows no badge on a long page that names no one outside a script', async () => {
    const page = await open('no-names.html');
    await page.waitForFunction(() => performance.getEntriesByName('factmark:done').length > 0, undefined, { timeout: 10_000 });
    expect(await paintedRanges(page)).toEqual([]);
    expect(await browser.badgeText(page)).toBe('');
    // The popup's findings: none, judged as of the date the page's metadata gives.
    const findings = await browser.findings(page);
    expect(findings?.annotations).toEqual([]);
    expect(findings?.asOf).toBe('2025-10-21');
    await page.close();
  });

  it('checks a huge page (9 M characters) and flags the claim at its very end', async () => {
    // Over the first look's limit: the page is read whole, in slices, and judged in several requests.
    const filler = '<p>The bakery on the corner opened early and the market by the river was quiet again today.</p>';
    const html = `<!doctype html><html><head><meta property="article:published_time" content="2025-10-21T09:00:00Z"></head><body><article>${filler.repeat(100_000)}<p>NATO Secretary-General Jens Stoltenberg said the allies stand together.</p></article></body></html>`;
    const page = await browser.context.newPage();
    await page.route('**/huge.html', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.addInitScript(() => {
      const w = window as unknown as { longTasks: Array<{ start: number; duration: number }> };
      w.longTasks = [];
      new PerformanceObserver((list) =>
        list.getEntries().forEach((e) => w.longTasks.push({ start: e.startTime, duration: e.duration })),
      ).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(server.url('huge.html'));
    expect(await page.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(8_000_000);
    await page.waitForFunction(() => performance.getEntriesByName('factmark:done').length > 0, undefined, { timeout: 60_000 });
    const painted = await paintedRanges(page);
    expect(painted.map((r) => `${r.name} ${r.text}`)).toContain('factmark-outdated NATO Secretary-General Jens Stoltenberg');
    await expect.poll(() => browser.badgeText(page)).toBe('1');
    // Long tasks (50 ms or more) once Factmark started, printed, not asserted: speed is the
    // benchmark's business (npm run bench), and on a 9 M-character page the browser's own
    // layout and garbage collection make some of them.
    const ours = await page.evaluate(() => {
      const from = performance.getEntriesByName('factmark:start')[0].startTime;
      return (window as unknown as { longTasks: Array<{ start: number; duration: number }> }).longTasks
        .filter((t) => t.start >= from)
        .map((t) => Math.round(t.duration));
    });
    const before = await page.evaluate(() => (window as unknown as { longTasks: unknown[] }).longTasks.length);
    console.log(`huge page: ${before} long tasks in all, after Factmark started: ${JSON.stringify(ours)}`);
    await page.close();
  }, 90_000);

  it('re-reads the page and its date after single-page-app navigation', async () => {
    const page = await open('spa.html');
    await expect.poll(async () => (await highlightsOverQuotes(page, ['Mark Rutte']))[0]).toContain('factmark-supported');
    await page.evaluate(() => (window as unknown as { navigateToOldStory(): void }).navigateToOldStory());
    // Judged as of the new article's date (July 2023), Stoltenberg was Secretary General: supported, not outdated.
    await expect.poll(async () => (await highlightsOverQuotes(page, ['Jens Stoltenberg']))[0]).toEqual(['factmark-supported']);
    const findings = await browser.findings(page);
    expect(findings?.asOf).toBe('2023-07-11');
    expect(findings?.url).toContain('story=2023-vilnius');
    await page.close();
  });

  it('on a page dense with names paints what is near the view, counts every annotation, and paints more as the reader scrolls', async () => {
    // 600 paragraphs, each naming the Secretary General: 600 annotations, far more than a screen holds.
    const paragraphs = Array.from({ length: 600 }, (_, i) => `<p>Item ${i}: NATO Secretary General Mark Rutte met the allies again.</p>`);
    const html = `<!doctype html><html><head><meta property="article:published_time" content="2025-10-22T09:00:00Z"><title>Dense</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
    const page = await browser.context.newPage();
    await page.route('**/dense-e2e.html', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
    await page.goto(server.url('dense-e2e.html'));
    await page.waitForFunction(() => performance.getEntriesByName('factmark:done').length > 0, undefined, { timeout: 20_000 });
    const findings = await browser.findings(page);
    const rutte = findings!.annotations.filter((a) => a.quote.includes('Rutte'));
    expect(rutte).toHaveLength(600);
    const itemsPainted = () =>
      page.evaluate(() => {
        const items: number[] = [];
        for (const [name, highlight] of CSS.highlights)
          if (name.startsWith('factmark-'))
            for (const range of highlight as unknown as Iterable<Range>)
              items.push(Number(/Item (\d+)/.exec(range.startContainer.parentElement?.textContent ?? '')?.[1]));
        return items;
      });
    const atTop = await itemsPainted();
    expect(atTop).toContain(0);
    expect(Math.max(...atTop)).toBeLessThan(300);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(async () => (await itemsPainted()).includes(599)).toBe(true);
    await page.close();
  });

  it('opens the card only for the reader’s own keys and pointer, not for a page script’s synthetic events', async () => {
    const page = await open('seeds/000.html');
    const ranges = await settledRanges(page);
    const target = ranges.find((r) => r.name === 'factmark-supported') ?? ranges[0];
    expect(target, 'an annotation to hover').toBeTruthy();
    const point = (await pointOver(page, target.name, target.text))!;
    expect(point).not.toBeNull();
    // The page's own script: Alt+Shift+J on the document and on the focused element, and mousemoves
    // over the annotation for well past the hover delay, every frame.
    await page.evaluate(
      ({ x, y }) =>
        new Promise<void>((resolve) => {
          const keys = { key: 'J', code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true, cancelable: true };
          document.dispatchEvent(new KeyboardEvent('keydown', keys));
          document.body.dispatchEvent(new KeyboardEvent('keydown', keys));
          const until = performance.now() + 800;
          const move = () => {
            document.elementFromPoint(x, y)?.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
            if (performance.now() < until) requestAnimationFrame(move);
            else resolve();
          };
          move();
        }),
      point,
    );
    // (a closed card may leave its empty container behind)
    const shownCard = async () => ((await cardHtml(page))?.includes('role="dialog"') ? 'open' : null);
    expect(await shownCard()).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('factmark-card');
    // The reader's own: the same pointer position and the same keys open it.
    await page.mouse.move(point.x, point.y);
    await expect.poll(shownCard).toBe('open');
    await page.mouse.move(5, 5);
    await expect.poll(shownCard).toBeNull();
    await page.keyboard.press('Alt+Shift+J');
    await expect.poll(shownCard).toBe('open');
    await page.close();
  });

  it('paints 120,000 ranges of one verdict without an exception', async () => {
    const bundle = pageBundle(`import { createPainter } from './src/page/paint'; window.FM = { createPainter };`);
    const page = await browser.context.newPage();
    await page.goto(server.url('seeds/000.html'));
    const result = await page.evaluate((code) => {
      new Function(code)();
      const w = window as unknown as { FM: any };
      const p = document.createElement('p');
      p.textContent = 'NATO '.repeat(120_000);
      document.body.append(p);
      const node = p.firstChild as Text;
      const items = [];
      for (let i = 0; i < 120_000; i++) {
        const range = document.createRange();
        range.setStart(node, i * 5);
        range.setEnd(node, i * 5 + 4);
        items.push({ verdict: 'context', range });
      }
      try {
        w.FM.createPainter(document).paint(items);
        return { error: null, size: CSS.highlights.get('factmark-context')?.size ?? 0 };
      } catch (error) {
        return { error: String(error), size: 0 };
      }
    }, bundle);
    expect(result).toEqual({ error: null, size: 120_000 });
    await page.close();
  });

  it('falls back to wrapping where the Highlight API is missing, and unwraps cleanly', async () => {
    // The page modules bundled for the page's own world, with the Highlight API removed there.
    const bundle = pageBundle(
      `import { extractText } from './src/page/extract'; import { buildRange, createPainter } from './src/page/paint'; window.FM = { extractText, buildRange, createPainter };`,
    );
    const page = await browser.context.newPage();
    await page.goto(server.url('seeds/002.html'));
    const result = await page.evaluate((code) => {
      const before = document.body.textContent;
      const w = window as unknown as { Highlight?: unknown; FM: any };
      delete w.Highlight;
      new Function(code)();
      const painter = w.FM.createPainter(document);
      const ex = w.FM.extractText(document.body);
      const quotes = ['NATO Secretary-General Jens Stoltenberg', 'former U.S. President Donald trump'];
      const items = quotes.map((q, i) => {
        const at = ex.text.indexOf(q);
        return { verdict: i ? 'contradicted' : 'outdated', range: w.FM.buildRange(document, ex, at, at + q.length) };
      });
      const painted: Range[] = painter.paint(items);
      const marks = [...document.querySelectorAll('factmark-mark')].map((m) => `${m.getAttribute('data-verdict')}: ${m.textContent}`);
      const paintedText = painted.map((r) => r.toString());
      const textWhilePainted = document.body.textContent === before;
      painter.clear();
      return {
        mode: painter.mode,
        marks,
        paintedText,
        textWhilePainted,
        restored: document.body.textContent === before,
        left: document.querySelectorAll('factmark-mark').length,
      };
    }, bundle);
    expect(result.mode).toBe('wrap');
    expect(result.marks).toEqual(['outdated: NATO Secretary-General Jens Stoltenberg', 'contradicted: former U.S. President Donald trump']);
    expect(result.paintedText).toEqual(['NATO Secretary-General Jens Stoltenberg', 'former U.S. President Donald trump']);
    // Wrapping adds elements but no characters; unwrapping leaves no element behind.
    expect(result.textWhilePainted).toBe(true);
    expect(result.restored).toBe(true);
    expect(result.left).toBe(0);
    await page.close();
  });
});
