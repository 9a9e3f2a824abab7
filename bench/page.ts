// In-browser speed benchmark of the content script (issue 6): `npm run bench`.
//
// Builds the extension, serves generated pages on 127.0.0.1 and measures, in headless
// Chromium:
//   phase A, a browser without the extension: the JS heap of each page, a bare TreeWalker
//   pass over its text from an isolated world (the floor), and mark.js marking the fact
//   base's names (the common alternative);
//   phase B, a browser with the extension: the content script's main-thread time (V8 CPU
//   profile, samples with the content script on the stack), its longest task, the time from
//   the content script's start to the first highlight inside the viewport, the extra heap,
//   and the DOM mutations it made to page content; then its CPU share while a page streams
//   in 200 paragraphs a second for 10 s.
// Plus the gzipped size of every bundle. It measures and reports; it does not assert (a
// shared 2-core machine is noisy). Exit code 0 unless the run itself breaks. The last line
// printed is one JSON object (see docs/benchmarks.md for the fields and the goals).
//
//   npm run bench                # build, then measure
//   npm run bench -- --no-build  # reuse .output/chrome-mv3
//   npm run bench -- --repeat 5  # each page five times (default three), medians reported
//   npm run bench -- --dense-only  # only the dense page, from outside and profiled (iterating on issue 13)
//
// Then, from outside (bench/page-outside.ts, issue 13): each page loaded with and without the
// extension, interleaved, and the renderer's whole main-thread time, total blocking time and
// scrolling cost compared; on the dense page five loads each (`--loads N`).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { ROOT, outputDir } from '../tests/e2e/support/build';
import { CHROMIUM_PATH } from '../tests/e2e/support/chromium';
import { serveFixtures } from '../tests/e2e/support/server';
import { FIXTURE_DIR, STREAM_PER_SECOND, STREAM_SECONDS, factBaseNames, writeBenchPages } from './page-fixtures';
import { measureOutside, type OutsideResult } from './page-outside';
import { BARE_WALK, PAGE_PROBE, READ_PROBE, contentScriptTime, markjsRun, round, type CpuProfile } from './page-probes';

const VIEWPORT = { width: 1200, height: 900 };
/** Sampling interval of the CPU profiler, µs: fine enough for 50 ms tasks, cheap enough not to skew them. */
const SAMPLE_US = 200;
const PAGE_TIMEOUT_MS = 90_000;

const log = (...args: unknown[]) => console.log(...args);

// ---- build and bundle sizes ---------------------------------------------------------------

function build() {
  if (process.argv.includes('--no-build')) return;
  log('building the extension (npx wxt build)…');
  // WXT_PERF_MARKS=1: the factmark:start / factmark:done marks this benchmark measures from (a reader's build has none).
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, WXT_PERF_MARKS: '1' } });
}

function bundleSizes(dir: string): Array<{ file: string; kb: number; gzipKB: number }> {
  const out: Array<{ file: string; kb: number; gzipKB: number }> = [];
  const visit = (d: string) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) visit(path);
      else if (entry.endsWith('.js')) {
        const body = readFileSync(path);
        out.push({ file: relative(dir, path), kb: round(body.length / 1024), gzipKB: round(gzipSync(body, { level: 9 }).length / 1024) });
      }
    }
  };
  visit(dir);
  return out.sort((a, b) => b.gzipKB - a.gzipKB);
}

// ---- names for mark.js ----------------------------------------------------------------------

/** A snippet of the built file at a profiler position (line and column are 0-based). */
function builtSource(dir: string, prefix: string) {
  const files = new Map<string, string[]>();
  return (url: string, line: number, column: number): string => {
    if (!url.startsWith(prefix)) return '';
    const file = url.slice(prefix.length);
    if (!files.has(file)) files.set(file, readFileSync(join(dir, file), 'utf8').split('\n'));
    return (files.get(file)![line] ?? '').slice(column, column + 60).replace(/\s+/g, ' ');
  };
}

// ---- helpers ----------------------------------------------------------------------------------

async function isolatedEval<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: `bench-${Date.now()}`,
  })) as { executionContextId: number };
  const result = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: executionContextId,
    returnByValue: true,
    awaitPromise: true,
  })) as {
    result: { value: T };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
  if (result.exceptionDetails)
    throw new Error(`isolated eval failed: ${result.exceptionDetails.exception?.description ?? result.exceptionDetails.text}`);
  return result.result.value;
}

async function heapMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 1024 / 1024;
}

/** The DOM is parsed and laid out once (what the reader waits for before any extension runs). */
async function loaded(page: Page, url: string) {
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// ---- phase A: no extension -------------------------------------------------------------------

interface Baseline {
  heapMB: number;
  bareWalkMs: number;
  bareWalkWarmMs: number;
  textNodes: number;
  markjsMs?: number;
  markjsMarks?: number;
  markjsMutations?: number;
}

/**
 * Chromium with the extension loaded from `extensionDir`, or with no extension at all. The
 * benchmark loads a private copy of the build: other engineers' test runs rebuild
 * .output/chrome-mv3 in place, which would swap the code under a running measurement.
 */
async function launch(extensionDir: string | null): Promise<{ context: BrowserContext; extensionId: string; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'factmark-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: VIEWPORT,
    args: [
      '--headless=new',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : ['--disable-extensions']),
    ],
  });
  let extensionId = '';
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 60_000 }));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function measureBaseline(context: BrowserContext, url: string, names: string[] | null): Promise<Baseline> {
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  const cdp = await context.newCDPSession(page);
  try {
    await loaded(page, url);
    const heap = await heapMB(cdp);
    const walks: Array<{ ms: number; nodes: number }> = [];
    for (let i = 0; i < 3; i++) walks.push(await isolatedEval(cdp, BARE_WALK));
    const out: Baseline = {
      heapMB: heap,
      bareWalkMs: walks[0].ms,
      bareWalkWarmMs: median(walks.slice(1).map((w) => w.ms)),
      textNodes: walks[0].nodes,
    };
    if (names) {
      await loaded(page, url);
      const markjs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
      const before = await page.evaluate(() => (window as unknown as { __bench: { pageMutations: number } }).__bench.pageMutations);
      const result = await isolatedEval<{ ms: number; marks: number }>(cdp, `${markjs}\n;${markjsRun(names)}`);
      await page.waitForTimeout(50); // mutation records are delivered after the task
      const after = await page.evaluate(() => (window as unknown as { __bench: { pageMutations: number } }).__bench.pageMutations);
      Object.assign(out, { markjsMs: result.ms, markjsMarks: result.marks, markjsMutations: after - before });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

// ---- phase B: with the extension -------------------------------------------------------------

interface ProbeResult {
  start: number | null;
  done: number | null;
  firstViewportAt: number | null;
  longtasks: Array<{ start: number; duration: number }>;
  pageMutations: number;
  streamMutations: number;
  hostMutations: number;
  ranges: number;
  wrappedMarks: number;
}

interface FactmarkRun {
  cpuMs: number;
  longestRunMs: number;
  longestPageTaskMs: number;
  /** Content script start -> first highlight inside the viewport, ms. */
  firstViewportMs: number | null;
  /** Content script start -> first pass painted (wall clock, includes yields), ms. */
  wallMs: number | null;
  heapMB: number;
  ranges: number;
  pageMutations: number;
  hostMutations: number;
  top: Array<{ fn: string; ms: number }>;
  inclusive: Array<{ fn: string; ms: number }>;
}

async function waitForMark(page: Page, name: string, timeoutMs = PAGE_TIMEOUT_MS): Promise<boolean> {
  try {
    await page.waitForFunction((n) => performance.getEntriesByName(n).length > 0, name, { timeout: timeoutMs, polling: 100 });
    return true;
  } catch {
    return false;
  }
}

async function measureFactmark(
  context: BrowserContext,
  origin: string,
  url: string,
  prefix: string,
  source: ReturnType<typeof builtSource>,
): Promise<FactmarkRun> {
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  // Same origin first: the profiler lives in the renderer, and a same-site navigation keeps it.
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    const done = await waitForMark(page, 'factmark:done');
    if (!done) log(`  ! factmark:done never came on ${url}`);
    await page.waitForTimeout(400); // trailing work (publishing findings, the badge)
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const probe = (await page.evaluate(READ_PROBE)) as ProbeResult;
    const time = contentScriptTime(profile, prefix, source);
    const heap = await heapMB(cdp);
    const since = probe.start ?? 0;
    return {
      cpuMs: time.ms,
      longestRunMs: time.longestRunMs,
      longestPageTaskMs: Math.max(0, ...probe.longtasks.filter((t) => t.start + t.duration >= since).map((t) => t.duration)),
      firstViewportMs: probe.firstViewportAt != null && probe.start != null ? probe.firstViewportAt - probe.start : null,
      wallMs: probe.done != null && probe.start != null ? probe.done - probe.start : null,
      heapMB: heap,
      ranges: probe.ranges,
      pageMutations: probe.pageMutations,
      hostMutations: probe.hostMutations,
      top: time.top,
      inclusive: time.inclusive,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

interface StreamRun {
  cpuMs: number;
  windowMs: number;
  cpuShare: number;
  longestRunMs: number;
  longestPageTaskMs: number;
  appended: number;
  rangesAtEnd: number;
  pageMutations: number;
  top: Array<{ fn: string; ms: number }>;
}

async function measureStream(
  context: BrowserContext,
  origin: string,
  url: string,
  prefix: string,
  source: ReturnType<typeof builtSource>,
): Promise<StreamRun> {
  const page = await context.newPage();
  await page.addInitScript(PAGE_PROBE);
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await waitForMark(page, 'factmark:done', 30_000);
    await page.waitForTimeout(300);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLE_US });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    const appended = (await page.evaluate('window.startStream()')) as number;
    // The watcher waits for quiet (or at most 1.5 s) and then for idle time: let the last
    // burst be analysed inside the window, since it is part of the cost of the stream.
    await page.waitForTimeout(2500);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const windowMs = Date.now() - t0;
    const probe = (await page.evaluate(READ_PROBE)) as ProbeResult;
    const time = contentScriptTime(profile, prefix, source);
    const since = probe.start ?? 0;
    return {
      cpuMs: time.ms,
      windowMs,
      cpuShare: time.ms / windowMs,
      longestRunMs: time.longestRunMs,
      longestPageTaskMs: Math.max(0, ...probe.longtasks.filter((t) => t.start >= since).map((t) => t.duration)),
      appended,
      rangesAtEnd: probe.ranges,
      pageMutations: probe.pageMutations,
      top: time.top,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

// ---- main ---------------------------------------------------------------------------------------

/** Each page is measured this many times (`--repeat N`, default 3) and the medians reported: single runs vary by up to 2x. */
const REPEAT = (() => {
  const at = process.argv.indexOf('--repeat');
  const n = at >= 0 ? Number(process.argv[at + 1]) : 3;
  return Number.isInteger(n) && n > 0 ? n : 3;
})();

const DENSE_ONLY = process.argv.includes('--dense-only');
/** Loads of the dense page in each browser for the outside measurement (`--loads N`, default 5). */
const DENSE_LOADS = (() => {
  const at = process.argv.indexOf('--loads');
  const n = at >= 0 ? Number(process.argv[at + 1]) : 5;
  return Number.isInteger(n) && n > 0 ? n : 5;
})();
/** The dense page's metrics are read this long after the navigation started, and its ping loop runs this long (issue 13). */
const DENSE_READ_AT_MS = 9_000;
const DENSE_PING_MS = 8_000;
/** The other pages settle sooner: a shorter window keeps the whole run within a few minutes. */
const PAGE_READ_AT_MS = 4_000;
const PAGE_PING_MS = 3_500;

/** The run with the median `by` (its profile lists are reported), with every numeric figure replaced by that figure's median over the runs. */
function medianRun<T extends object>(runs: T[], by: keyof T): T {
  const median = (values: number[]) => values.sort((a, b) => a - b)[(values.length - 1) >> 1];
  const middle = [...runs].sort((a, b) => (a[by] as number) - (b[by] as number))[(runs.length - 1) >> 1];
  const out = { ...middle } as Record<string, unknown>;
  for (const [field, value] of Object.entries(middle)) {
    if (typeof value !== 'number') continue;
    out[field] = median(runs.map((r) => (r as Record<string, unknown>)[field]).filter((v): v is number => typeof v === 'number'));
  }
  return out as T;
}

async function main() {
  const started = Date.now();
  build();
  const extensionDir = mkdtempSync(join(tmpdir(), 'factmark-bench-extension-'));
  cpSync(outputDir('chrome'), extensionDir, { recursive: true });
  const sizes = bundleSizes(extensionDir);
  const pages = writeBenchPages();
  const names = factBaseNames();
  const server = await serveFixtures(FIXTURE_DIR);
  const ALL_PAGES = [
    { key: 'seed', file: pages.seed },
    { key: 'news1mb', file: pages.news },
    { key: 'dense', file: pages.dense },
    { key: 'noNames1mb', file: pages.noNames },
    { key: 'noNames60kb', file: pages.noNamesSmall },
  ] as const;
  const PAGES = DENSE_ONLY ? ALL_PAGES.filter((p) => p.key === 'dense') : ALL_PAGES;

  try {
    log(
      `pages: ${Object.entries(pages.sizes)
        .map(([f, s]) => `${f} ${s.paragraphs} paragraphs, ${round(s.textChars / 1e6, 2)} M chars, ${round(s.htmlBytes / 1e6, 2)} MB HTML`)
        .join('; ')}`,
    );
    log(`mark.js terms: ${new Set(names).size} names, aliases and surnames from the fact base`);
    log(`each page measured ${REPEAT} times; figures are medians`);

    log('phase A: Chromium without the extension (heap, bare walk, mark.js)…');
    const baseline: Record<string, Baseline> = {};
    const plain = await launch(null);
    try {
      for (const { key, file } of PAGES) {
        const measured: Baseline[] = [];
        for (let i = 0; i < REPEAT; i++) measured.push(await measureBaseline(plain.context, server.url(file), names));
        baseline[key] = medianRun(measured, 'bareWalkMs');
      }
      if (!DENSE_ONLY) baseline.stream = await measureBaseline(plain.context, server.url(pages.stream), null);
    } finally {
      await plain.close();
    }

    log('phase B: Chromium with the extension…');
    const runs: Record<string, FactmarkRun> = {};
    let stream: StreamRun | null = null;
    let huge: FactmarkRun | null = null;
    const browser = await launch(extensionDir);
    try {
      const prefix = `chrome-extension://${browser.extensionId}/`;
      const source = builtSource(extensionDir, prefix);
      // A throwaway page first: the browser's own first-page costs are not the extension's.
      await measureFactmark(browser.context, server.origin, server.url(pages.seed), prefix, source);
      for (const { key, file } of PAGES) {
        const measured: FactmarkRun[] = [];
        for (let i = 0; i < REPEAT; i++)
          measured.push(await measureFactmark(browser.context, server.origin, server.url(file), prefix, source));
        runs[key] = medianRun(measured, 'cpuMs');
      }
      if (!DENSE_ONLY) {
        stream = await measureStream(browser.context, server.origin, server.url(pages.stream), prefix, source);
        huge = await measureFactmark(browser.context, server.origin, server.url(pages.huge), prefix, source);
      }
    } finally {
      await browser.close();
    }

    log('from outside: the renderer with and without the extension, loads interleaved…');
    const outside: Record<string, OutsideResult> = {};
    const plainAgain = await launch(null);
    const extended = await launch(extensionDir);
    try {
      for (const { key, file } of PAGES) {
        const dense = key === 'dense';
        log(`  ${key}:`);
        outside[key] = await measureOutside(plainAgain.context, extended.context, server.origin, server.url(file), {
          loads: dense ? DENSE_LOADS : REPEAT,
          readAtMs: dense ? DENSE_READ_AT_MS : PAGE_READ_AT_MS,
          blockingMs: dense ? DENSE_PING_MS : key === 'news1mb' ? PAGE_PING_MS : undefined,
          log: (line) => log(line),
        });
      }
    } finally {
      await extended.close();
      await plainAgain.close();
    }

    // ---- report ----
    log('\nbundles (gzip -9):');
    for (const s of sizes) log(`  ${s.file.padEnd(36)} ${String(s.kb).padStart(8)} KB  ${String(s.gzipKB).padStart(7)} KB gz`);
    log(`\nper page                    ${PAGES.map(({ key }) => key.padStart(10)).join(' ')}`);
    const row = (label: string, f: (k: string) => number | null | undefined, digits = 1) =>
      log(
        `  ${label.padEnd(28)}${PAGES.map(({ key }) => {
          const v = f(key);
          return String(v == null ? '—' : round(v, digits)).padStart(10);
        }).join(' ')}`,
      );
    row('factmark main thread, ms', (k) => runs[k].cpuMs);
    row('  start -> painted (wall), ms', (k) => runs[k].wallMs);
    row('  first in viewport, ms', (k) => runs[k].firstViewportMs);
    row('  longest own run, ms', (k) => runs[k].longestRunMs);
    row('  longest page task, ms', (k) => runs[k].longestPageTaskMs);
    row('  highlighted ranges', (k) => runs[k].ranges, 0);
    row('  extra JS heap, MB', (k) => runs[k].heapMB - baseline[k].heapMB, 2);
    row('  page-content mutations', (k) => runs[k].pageMutations, 0);
    row('  UI-host mutations', (k) => runs[k].hostMutations, 0);
    row('bare walk (cold), ms', (k) => baseline[k].bareWalkMs, 2);
    row('bare walk (warm), ms', (k) => baseline[k].bareWalkWarmMs, 2);
    row('text nodes', (k) => baseline[k].textNodes, 0);
    row('mark.js, ms', (k) => baseline[k].markjsMs);
    row('  mark.js marks', (k) => baseline[k].markjsMarks, 0);
    row('  mark.js DOM mutations', (k) => baseline[k].markjsMutations, 0);
    row('factmark / bare walk', (k) => runs[k].cpuMs / baseline[k].bareWalkMs, 2);
    row('mark.js / factmark', (k) => (baseline[k].markjsMs ?? NaN) / runs[k].cpuMs, 2);
    if (stream && huge) {
      log(`\nstreaming page (${STREAM_PER_SECOND}/s for ${STREAM_SECONDS} s, ${stream.appended} paragraphs appended):`);
      log(
        `  factmark main thread ${round(stream.cpuMs)} ms over ${stream.windowMs} ms = ${round(stream.cpuShare * 100, 2)}% ; longest own run ${round(stream.longestRunMs)} ms ; longest page task ${round(stream.longestPageTaskMs)} ms ; ${stream.rangesAtEnd} ranges at the end ; ${stream.pageMutations} page-content mutations by factmark`,
      );
      log(
        `huge page (~9 M characters, one run): factmark main thread ${round(huge.cpuMs)} ms ; longest own run ${round(huge.longestRunMs)} ms ; longest page task ${round(huge.longestPageTaskMs)} ms ; start -> painted ${round(huge.wallMs ?? NaN)} ms ; ${huge.ranges} ranges`,
      );
    }
    log('\nfrom outside (with minus without the extension; renderer main thread, Performance.getMetrics):');
    row('  extra task time, ms', (k) => outside[k].extra.taskMs);
    row('    script, ms', (k) => outside[k].extra.scriptMs);
    row('    layout, ms', (k) => outside[k].extra.layoutMs);
    row('    style, ms', (k) => outside[k].extra.styleMs);
    row('  task time without, ms', (k) => outside[k].without.taskMs);
    row('  warm bare walk (page world), ms', (k) => outside[k].warmBareWalkMs, 2);
    row('  extra ÷ warm bare walk', (k) => outside[k].extra.taskMs / outside[k].warmBareWalkMs, 1);
    row('  extra blocking time, ms', (k) => outside[k].extraBlockingMs);
    row('  scroll task ms without', (k) => outside[k].scrollWithout.taskMs);
    row('  scroll task ms with', (k) => outside[k].scrollWith.taskMs);
    row('  scroll ratio', (k) => outside[k].scrollRatio, 2);
    row('  scroll frames', (k) => outside[k].scrollWith.frames, 0);
    row('  first in view, ms', (k) => outside[k].firstViewportMs);
    row('  ranges at read', (k) => outside[k].ranges, 0);
    row('  ranges after scroll', (k) => outside[k].rangesAfterScroll, 0);
    for (const { key } of PAGES) {
      const o = outside[key];
      if (o.blockingWith && o.blockingWithout)
        log(
          `  ${key}: blocking without ${round(o.blockingWithout.blockingMs)} ms (longest gap ${round(o.blockingWithout.longestGapMs)}), with ${round(o.blockingWith.blockingMs)} ms (longest gap ${round(o.blockingWith.longestGapMs)}, ${o.blockingWith.longTasks} long tasks)`,
        );
    }
    log('\nwhere the content script spent its time on the dense page (inclusive):');
    for (const t of runs.dense.inclusive.slice(0, 20)) log(`  ${String(t.ms).padStart(8)} ms  ${t.fn}`);
    log('self time:');
    for (const t of runs.dense.top.slice(0, 12)) log(`  ${String(t.ms).padStart(8)} ms  ${t.fn}`);
    const dense = outside.dense;
    const denseSummary = {
      denseExtraMs: round(dense.extra.taskMs),
      denseRatioToBareWalk: round(dense.extra.taskMs / dense.warmBareWalkMs, 1),
      denseExtraBlockingMs: dense.extraBlockingMs == null ? null : round(dense.extraBlockingMs),
      denseScrollRatio: round(dense.scrollRatio, 2),
      denseFirstViewportMs: dense.firstViewportMs == null ? null : round(dense.firstViewportMs),
      denseRanges: dense.ranges,
      denseWarmBareWalkMs: round(dense.warmBareWalkMs, 2),
      denseContentScriptMs: round(runs.dense.cpuMs),
      denseLongestOwnRunMs: round(runs.dense.longestRunMs),
    };
    if (DENSE_ONLY || !stream || !huge) {
      log('');
      log(JSON.stringify({ ...denseSummary, runSeconds: round((Date.now() - started) / 1000) }));
      return;
    }

    log('\nwhere the content script spent its time on news1mb (self time; names are minified):');
    for (const t of runs.news1mb.top) log(`  ${String(t.ms).padStart(8)} ms  ${t.fn}`);
    log('inclusive (time with the function on the stack):');
    for (const t of runs.news1mb.inclusive.slice(0, 15)) log(`  ${String(t.ms).padStart(8)} ms  ${t.fn}`);
    log('on the 60 KB page with no names (inclusive):');
    for (const t of runs.noNames60kb.inclusive.slice(0, 12)) log(`  ${String(t.ms).padStart(8)} ms  ${t.fn}`);
    log('on the huge page (self time):');
    for (const t of huge.top.slice(0, 8)) log(`  ${String(t.ms).padStart(8)} ms  ${t.fn}`);
    log('on the streaming page:');
    for (const t of stream.top.slice(0, 8)) log(`  ${String(t.ms).padStart(8)} ms  ${t.fn}`);

    const content = sizes.find((s) => s.file === 'content-scripts/content.js');
    const news = runs.news1mb;
    const summary = {
      factmarkMs: round(news.cpuMs),
      bareWalkMs: round(baseline.news1mb.bareWalkMs, 2),
      ratioToBareWalk: round(news.cpuMs / baseline.news1mb.bareWalkMs, 2),
      markjsMs: round(baseline.news1mb.markjsMs ?? NaN),
      speedupVsMarkjs: round((baseline.news1mb.markjsMs ?? NaN) / news.cpuMs, 2),
      longestTaskMs: round(
        Math.max(
          ...PAGES.filter(({ key }) => key !== 'dense').map(({ key }) => Math.max(runs[key].longestRunMs, runs[key].longestPageTaskMs)),
          stream.longestRunMs,
        ),
      ),
      firstViewportMs: news.firstViewportMs == null ? null : round(news.firstViewportMs),
      noMatchPageMs: round(runs.noNames1mb.cpuMs, 2),
      noMatchSmallPageMs: round(runs.noNames60kb.cpuMs, 2),
      hugePageLongestRunMs: round(huge.longestRunMs),
      streamCpuShare: round(stream.cpuShare, 4),
      contentScriptGzipKB: content?.gzipKB ?? null,
      seedPageMs: round(runs.seed.cpuMs),
      extraHeapMB: round(news.heapMB - baseline.news1mb.heapMB, 2),
      pageContentMutations: PAGES.reduce((n, { key }) => n + runs[key].pageMutations, 0) + stream.pageMutations,
      newsRanges: news.ranges,
      newsExtraMs: round(outside.news1mb.extra.taskMs),
      newsExtraBlockingMs: outside.news1mb.extraBlockingMs == null ? null : round(outside.news1mb.extraBlockingMs),
      ...denseSummary,
      runSeconds: round((Date.now() - started) / 1000),
    };
    log('');
    log(JSON.stringify(summary));
  } finally {
    await server.close();
    rmSync(extensionDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
