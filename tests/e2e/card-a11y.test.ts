// The annotation card passes axe-core with no serious or critical violation, in the light and
// the dark colour scheme (issue 4).
//
// In the product the card lives in a *closed* shadow root, which axe (a page script) cannot
// enter. So this test bundles the real Card component and its real stylesheet into a small
// test page and mounts it in an *open* shadow root, styled exactly as host.ts styles it. The
// annotations are the real engine's, on the text of a seed article: one card per verdict.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { parseHTML } from 'linkedom';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine';
import { VERDICTS, type AsOfSource, type Verdict } from '../../src/engine/types';
import { getFacts } from '../../src/facts';
import type { CardAnnotation } from '../../src/ui/card/Card';
import { findArticleDate } from '../../src/page/page-date';
import { ROOT } from './support/build';
import { CHROMIUM_PATH, hasChromium } from './support/chromium';
import { serveFixtures, type FixtureServer } from './support/server';

const SEED = 'seeds/002.html';

/** The engine's annotations on the seed article, as the content script would hand them to the card: one of each verdict. */
function seedCards(): { asOf: string; asOfSource: AsOfSource; annotations: CardAnnotation[] } {
  const { document } = parseHTML(readFileSync(join(ROOT, 'tests/fixtures', SEED), 'utf8'));
  const text = document.body.textContent ?? '';
  const { asOf, asOfSource } = findArticleDate({ html: document as unknown as Document, text });
  const found = createEngine(getFacts()).analyze(text, { asOf });
  const annotations = VERDICTS.map((verdict: Verdict, id) => {
    // The annotation with the most sources: the fullest card of that verdict.
    const best = found.filter((a) => a.verdict === verdict).sort((a, b) => b.sources.length - a.sources.length)[0];
    return best && { ...best, id, sentence: best.quote };
  });
  return { asOf, asOfSource, annotations: annotations.filter((a): a is CardAnnotation => Boolean(a)) };
}

/** Vite's `?inline` CSS import, for esbuild: the stylesheet's text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, (args) => ({ contents: readFileSync(args.path, 'utf8'), loader: 'text' }));
  },
};

/**
 * A page script exposing `mountCard(props)`: renders the real Card into an open shadow root on
 * a host element styled by card.css, as host.ts does (same stylesheet, same host rules).
 */
async function bundleCardPage(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { h, render } from 'preact';
        import { Card } from './src/ui/card/Card';
        import cardCss from './src/ui/card/card.css?inline';
        const element = document.createElement('factmark-card');
        const shadow = element.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = cardCss;
        const container = document.createElement('div');
        shadow.append(style, container);
        // In <body>, where the product puts it under <html>: axe cannot work out the
        // background of text outside <body>. Inside the root nothing changes, since :host
        // resets every inherited property (all: initial).
        document.body.append(element);
        window.mountCard = (props) => {
          render(null, container);
          render(h(Card, { ...props, onClose() {}, onReport() {}, onStep() {} }), container);
          element.style.setProperty('transform', 'translate(24px, 24px)', 'important');
        };
      `,
      resolveDir: ROOT,
      loader: 'tsx',
    },
    bundle: true,
    format: 'iife',
    write: false,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [inlineCss],
  });
  return result.outputFiles[0].text;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown; failureSummary?: string }>;
}

if (!hasChromium()) console.warn(`SKIPPED: no Chromium at ${CHROMIUM_PATH}`);

describe.skipIf(!hasChromium())('the annotation card and axe-core', () => {
  const cards = seedCards();
  let dir: string;
  let server: FixtureServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-card-a11y-'));
    writeFileSync(join(dir, 'card.js'), await bundleCardPage());
    // A page like an article behind the card: the card must stand on its own colours.
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Card</title></head>
       <body><main><p>An article paragraph behind the card.</p></main><script src="card.js"></script></body></html>`,
    );
    server = await serveFixtures(dir);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 800, height: 700 } });
    await page.goto(server.url('index.html'));
    await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has a real annotation of every verdict to show', () => {
    expect(cards.annotations.map((a) => a.verdict).sort()).toEqual([...VERDICTS].sort());
  });

  describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
    it.each(VERDICTS.map((v) => [v]))('the %s card has no serious or critical violation', async (verdict) => {
      const annotation = cards.annotations.find((a) => a.verdict === verdict)!;
      await page.emulateMedia({ colorScheme });
      await page.evaluate((props) => (window as unknown as { mountCard(p: unknown): void }).mountCard(props), {
        annotation,
        asOf: cards.asOf,
        asOfSource: cards.asOfSource,
        position: { index: annotation.id, total: cards.annotations.length },
      });
      // The card rendered what it should, inside the open root axe can see, in the scheme asked for.
      const shown = await page.evaluate(() => {
        const root = document.querySelector('factmark-card')!.shadowRoot!;
        return { text: root.textContent, background: getComputedStyle(root.querySelector('.card')!).backgroundColor };
      });
      expect(shown.text).toContain(annotation.message);
      expect(shown.text).toContain('Report a problem');
      expect(shown.background).toBe(colorScheme === 'dark' ? 'rgb(35, 33, 41)' : 'rgb(255, 255, 255)');

      const violations = (await page.evaluate(async () => {
        const axe = (window as any).axe;
        const result = await axe.run({ include: [['factmark-card']] }, { resultTypes: ['violations'] });
        return result.violations;
      })) as AxeViolation[];
      const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
      if (minor.length)
        console.log(`${colorScheme} ${verdict} card, lesser axe findings: ${minor.map((v) => `${v.impact} ${v.id}`).join(', ')}`);
      const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        severe.map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`,
        ),
      ).toEqual([]);
      // Axe looked at the card's inside, not just its host: it checked the text's contrast.
      const checked = (await page.evaluate(async () => {
        const result = await (window as any).axe.run({ include: [['factmark-card']] }, { runOnly: ['color-contrast'] });
        return result.passes.reduce((n: number, rule: { nodes: unknown[] }) => n + rule.nodes.length, 0);
      })) as number;
      expect(checked).toBeGreaterThan(3);
    });
  });
});
