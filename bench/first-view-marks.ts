// Where the time to the first highlight in view goes (issue 13), and a comparison of builds at
// the same load: loads a page in Chromium with each build given (builds made with
// WXT_PERF_MARKS=1), one browser per build, loads interleaved after a warm-up in each, and
// prints the content script's marks (src/page/perf-marks.ts) relative to factmark:start, and
// their medians per build. A shared machine's load hits all builds alike.
//   npx tsx bench/first-view-marks.ts <extension dir>[,<another build's dir>…] [page in bench/fixtures] [loads]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';
import { FIXTURE_DIR } from './page-fixtures';
import { IN_VIEWPORT } from './page-probes';
import { median } from './page-outside';

const [dirs, file = 'dense-1mb.html', loadsArg = '5'] = process.argv.slice(2);
const PROBE = `(() => {
  const inViewport = ${IN_VIEWPORT};
  const frames = (window.__frames = []);
  const frame = () => {
    frames.push(performance.now());
    if (inViewport()) performance.mark('factmark-bench:in-view');
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;
const READ = `(() => {
  const start = performance.getEntriesByName('factmark:start')[0].startTime;
  const out = {};
  for (const m of performance.getEntriesByType('mark')) if (m.name !== 'factmark:start') out[m.name] = m.startTime - start;
  for (const p of performance.getEntriesByType('paint')) out['page ' + p.name] = p.startTime - start;
  // The frames the probe saw after the view's marks were shown, before the one that found them in view.
  const shown = performance.getEntriesByName('factmark:quick-shown')[0]?.startTime;
  if (shown != null) {
    const after = window.__frames.filter((t) => t > shown);
    out['frames after quick-shown'] = after.length;
    if (after.length) out['first frame after quick-shown'] = after[0] - start;
  }
  return out;
})()`;

async function launch(extensionDir: string): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'factmark-marks-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      '--headless=new',
      '--no-first-run',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 60_000 });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function load(context: BrowserContext, url: string): Promise<{ marks: Record<string, number>; background: string }> {
  const page = await context.newPage();
  try {
    await page.addInitScript(PROBE);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(`performance.getEntriesByName('factmark-bench:in-view').length > 0`, undefined, { timeout: 60_000 });
    const marks = (await page.evaluate(READ)) as Record<string, number>;
    // The background's own log (entrypoints/background.ts, measured builds only): when each request came, waited, ran.
    const origin = (await page.evaluate('performance.timeOrigin + performance.getEntriesByName("factmark:start")[0].startTime')) as number;
    const worker = context.serviceWorkers()[0];
    type Entry = { what: string; at: number; waited: number; ms: number };
    const log = worker ? ((await worker.evaluate('globalThis.__factmarkPerf?.splice(0) ?? []')) as Entry[]) : [];
    const background = log
      .filter((e) => e.at >= origin)
      .map((e) => `${e.what} @${(e.at - origin).toFixed(0)}+${e.waited.toFixed(0)}+${e.ms.toFixed(0)}`)
      .join(', ');
    return { marks, background };
  } finally {
    await page.close();
  }
}

async function main() {
  const server = await serveFixtures(FIXTURE_DIR);
  const builds = dirs.split(',');
  const browsers = [];
  for (const dir of builds) browsers.push(await launch(dir));
  try {
    const url = server.url(file);
    for (const b of browsers) await load(b.context, url); // warm-up
    const rows: Array<Array<Record<string, number>>> = builds.map(() => []);
    for (let i = 0; i < Number(loadsArg); i++) {
      for (let k = 0; k < builds.length; k++) {
        const { marks, background } = await load(browsers[k].context, url);
        rows[k].push(marks);
        const line = Object.entries(marks)
          .sort((a, b) => a[1] - b[1])
          .map(([name, v]) => `${name.replace('factmark:', '')} ${v.toFixed(0)}`)
          .join(' · ');
        console.log(`[${k}] ${line}${background ? `\n    background: ${background}` : ''}`);
      }
    }
    for (let k = 0; k < builds.length; k++) {
      console.log(`medians, ${builds[k]}:`);
      const keys = [...new Set(rows[k].flatMap((r) => Object.keys(r)))];
      for (const name of keys)
        console.log(`  ${name.padEnd(34)} ${median(rows[k].map((r) => r[name]).filter((v) => v != null)).toFixed(1)} ms`);
    }
  } finally {
    for (const b of browsers) await b.close();
    await server.close();
  }
}
void main();
