#!/usr/bin/env node
// `npm start`: builds the extension and opens the system's Chromium with it on a bundled demo
// article (tests/fixtures/demo.html, served from 127.0.0.1). With a display, the browser stays
// open until you close it. Without one (a server, CI), it runs headless, hovers the first
// problem so its card opens, saves docs/screenshot.png and prints what Factmark found.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const support = (name) => tsImport(`../tests/e2e/support/${name}.ts`, import.meta.url);

const { hasChromium, launchChromium, CHROMIUM_PATH } = await support('chromium');
const { serveFixtures } = await support('server');
const { settledRanges, pointOver } = await support('highlights');

if (!hasChromium()) {
  console.error(
    `No Chromium at ${CHROMIUM_PATH}. Install it from the system's packages (e.g. "sudo apt-get install chromium") or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

console.log('Building the extension (npx wxt build)…');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

const server = await serveFixtures();
const headless = !process.env.DISPLAY || process.argv.includes('--headless');
const browser = await launchChromium({ headless, viewport: { width: 1100, height: 860 } });
const page = await browser.context.newPage();
const demoUrl = server.url('demo.html');
await page.goto(demoUrl);
console.log(`Factmark loaded (extension id ${browser.extensionId}); demo article at ${demoUrl}`);

const shutdown = async () => {
  await browser.close().catch(() => {});
  await server.close().catch(() => {});
};

if (!headless) {
  console.log('Hover an underlined phrase, or press Alt+Shift+J / Alt+Shift+K to step through them. Close the browser to stop.');
  process.on('SIGINT', () => void shutdown().then(() => process.exit(0)));
  browser.context.on('close', () => void server.close().then(() => process.exit(0)));
} else {
  const ranges = await settledRanges(page);
  const findings = await browser.findings(page);
  // Open the card on the first problem (or the first annotation) for the screenshot.
  const target = ranges.find((r) => r.name === 'factmark-contradicted') ?? ranges.find((r) => r.name === 'factmark-outdated') ?? ranges[0];
  if (target) {
    const point = await pointOver(page, target.name, target.text);
    if (point) {
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(600);
    }
  }
  mkdirSync(join(root, 'docs'), { recursive: true });
  const shot = join(root, 'docs/screenshot.png');
  await page.screenshot({ path: shot });
  const badge = await browser.badgeText(page);
  console.log(`\nJudged as of ${findings?.asOf ?? '?'} (from ${findings?.asOfSource ?? '?'}); toolbar badge: "${badge}"`);
  for (const a of findings?.annotations ?? []) console.log(`  ${a.verdict.toUpperCase().padEnd(12)} “${a.quote}” — ${a.message}`);
  if (!findings?.annotations.length) console.log('  (no annotations)');
  console.log(`\nScreenshot saved to ${shot}`);
  await shutdown();
}
