// What the reader pays, measured from outside the extension (issue 13): the same page loaded in
// Chromium with and without the extension, loads interleaved after a warm-up, medians.
//
// - main-thread time: Chromium's own `Performance.getMetrics` for the page's renderer
//   (TaskDuration: every task on the main thread, whoever caused it: our script, the style,
//   layout and paint our highlights cause, garbage collection), with ScriptDuration,
//   LayoutDuration and RecalcStyleDuration beside it. Read just before navigating (on a blank
//   page of the same origin, so the renderer is the same) and at a fixed time after the
//   navigation started, in both browsers;
// - total blocking time: a MessageChannel ping loop in the page from DOMContentLoaded: every
//   gap between pings over 50 ms is a long task, and the sum of (gap − 50 ms) is its blocking
//   time. In loads of its own: the loop keeps the main thread busy, which would swamp TaskDuration;
// - scrolling: after the metrics are read, the page is scrolled top to bottom, a few screens a
//   frame, and the main-thread time and frames of the scroll are compared;
// - the floor: a warm bare TreeWalker over the page's text, in the page's own world.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { BARE_WALK, IN_VIEWPORT } from './page-probes';

/** The first-highlight-in-view check only (no mutation observer): the same in both browsers. */
const VIEW_PROBE = `(() => {
  const bench = (window.__outside = { firstViewportAt: null });
  const inViewport = ${IN_VIEWPORT};
  const started = performance.now();
  const frame = () => {
    if (inViewport()) bench.firstViewportAt = performance.now();
    else if (performance.now() - started < 15000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** A MessageChannel ping loop from DOMContentLoaded for `ms`: the gaps between pings are the tasks that ran in between. */
const pingProbe = (ms: number) => `(() => {
  const out = (window.__ping = { blockingMs: 0, longestGapMs: 0, longTasks: 0, pings: 0, done: false });
  document.addEventListener('DOMContentLoaded', () => {
    const channel = new MessageChannel();
    const t0 = performance.now();
    let last = t0;
    channel.port1.onmessage = () => {
      const now = performance.now();
      const gap = now - last;
      last = now;
      out.pings++;
      if (gap > out.longestGapMs) out.longestGapMs = gap;
      if (gap > 50) { out.blockingMs += gap - 50; out.longTasks++; }
      if (now - t0 < ${ms}) channel.port2.postMessage(0);
      else out.done = true;
    };
    channel.port2.postMessage(0);
  });
})();`;

/** Scrolls top to bottom, `screens` viewports a frame (at most `maxFrames` frames). */
const SCROLL = `(async ({ screens, maxFrames }) => {
  scrollTo(0, 0);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const t0 = performance.now();
  let frames = 0;
  let longestFrame = 0;
  let last = t0;
  while (scrollY + innerHeight < document.documentElement.scrollHeight - 1 && frames < maxFrames) {
    scrollBy(0, innerHeight * screens);
    await new Promise((r) => requestAnimationFrame(r));
    const now = performance.now();
    longestFrame = Math.max(longestFrame, now - last);
    last = now;
    frames++;
  }
  return { frames, ms: performance.now() - t0, longestFrame };
})`;

export interface Metrics {
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
}

export interface OutsideLoad extends Metrics {
  /** Main-thread time while scrolling top to bottom, and its frames. */
  scroll: Metrics & { frames: number; ms: number; longestFrame: number };
  /** content script start -> first factmark highlight inside the viewport (with the extension). */
  firstViewportMs: number | null;
  /** Factmark highlight ranges registered when the metrics were read (before the scroll), and after the scroll. */
  ranges: number;
  rangesAfterScroll: number;
}

export interface BlockingLoad {
  blockingMs: number;
  longestGapMs: number;
  longTasks: number;
}

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
  const get = (name: string) => (list.find((m) => m.name === name)?.value ?? 0) * 1000;
  return {
    taskMs: get('TaskDuration'),
    scriptMs: get('ScriptDuration'),
    layoutMs: get('LayoutDuration'),
    styleMs: get('RecalcStyleDuration'),
  };
}

const minus = (a: Metrics, b: Metrics): Metrics => ({
  taskMs: a.taskMs - b.taskMs,
  scriptMs: a.scriptMs - b.scriptMs,
  layoutMs: a.layoutMs - b.layoutMs,
  styleMs: a.styleMs - b.styleMs,
});

const RANGES = `(() => { let n = 0; if (window.CSS && CSS.highlights) for (const [name, h] of CSS.highlights) if (name.startsWith('factmark-')) n += h.size; return n; })()`;

/** One load: metrics at `readAtMs` after the navigation started, then a scroll top to bottom. */
export async function outsideLoad(context: BrowserContext, origin: string, url: string, readAtMs: number): Promise<OutsideLoad> {
  const page = await context.newPage();
  await page.addInitScript(VIEW_PROBE);
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    const t0 = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 90_000 });
    await page.waitForTimeout(Math.max(0, t0 + readAtMs - Date.now()));
    const after = await metrics(cdp);
    const ranges = (await page.evaluate(RANGES)) as number;
    const view = (await page.evaluate(
      `({ at: window.__outside.firstViewportAt, start: performance.getEntriesByName('factmark:start')[0]?.startTime ?? null })`,
    )) as { at: number | null; start: number | null };
    const scrollBefore = await metrics(cdp);
    const scrolled = (await page.evaluate(`${SCROLL}({ screens: 3, maxFrames: 240 })`)) as {
      frames: number;
      ms: number;
      longestFrame: number;
    };
    // The frame after the last scroll step: the work it caused is part of scrolling.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const scrollAfter = await metrics(cdp);
    const rangesAfterScroll = (await page.evaluate(RANGES)) as number;
    return {
      ...minus(after, before),
      scroll: { ...minus(scrollAfter, scrollBefore), ...scrolled },
      firstViewportMs: view.at != null && view.start != null ? view.at - view.start : null,
      ranges,
      rangesAfterScroll,
    };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

/** One load with the ping loop: total blocking time from DOMContentLoaded for `windowMs`. */
export async function blockingLoad(context: BrowserContext, url: string, windowMs: number): Promise<BlockingLoad> {
  const page = await context.newPage();
  await page.addInitScript(pingProbe(windowMs));
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 90_000 });
    await page.waitForFunction('window.__ping && window.__ping.done', undefined, { timeout: windowMs + 60_000, polling: 200 });
    return (await page.evaluate('window.__ping')) as BlockingLoad;
  } finally {
    await page.close();
  }
}

/** A warm bare walk over the page's text in the page's own world: median of four runs after a first. */
export async function warmBareWalk(page: Page): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(((await page.evaluate(BARE_WALK)) as { ms: number }).ms);
  return median(times.slice(1));
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];

export interface OutsideResult {
  loads: number;
  /** Medians without and with the extension, and with minus without. */
  without: Metrics;
  with: Metrics;
  extra: Metrics;
  scrollWithout: Metrics & { frames: number; ms: number; longestFrame: number };
  scrollWith: Metrics & { frames: number; ms: number; longestFrame: number };
  /** Scroll main-thread time with ÷ without (medians). */
  scrollRatio: number;
  blockingWithout: BlockingLoad | null;
  blockingWith: BlockingLoad | null;
  extraBlockingMs: number | null;
  firstViewportMs: number | null;
  ranges: number;
  rangesAfterScroll: number;
  warmBareWalkMs: number;
}

function medianOf<T extends object>(rows: T[]): T {
  const out = {} as Record<string, unknown>;
  for (const [key, value] of Object.entries(rows[0])) {
    if (typeof value === 'number') out[key] = median(rows.map((r) => (r as Record<string, number>)[key]));
    else if (value && typeof value === 'object') out[key] = medianOf(rows.map((r) => (r as Record<string, object>)[key]));
    else out[key] = value;
  }
  return out as T;
}

/**
 * The page loaded `loads` times in each browser, interleaved (without, with, without, …) after
 * one warm-up load in each; with `blockingMs`, as many ping-loop loads again.
 */
export async function measureOutside(
  plain: BrowserContext,
  extended: BrowserContext,
  origin: string,
  url: string,
  options: { loads: number; readAtMs: number; blockingMs?: number; log?: (line: string) => void },
): Promise<OutsideResult> {
  await outsideLoad(plain, origin, url, Math.min(options.readAtMs, 3000));
  await outsideLoad(extended, origin, url, Math.min(options.readAtMs, 3000));
  const without: OutsideLoad[] = [];
  const withExt: OutsideLoad[] = [];
  for (let i = 0; i < options.loads; i++) {
    without.push(await outsideLoad(plain, origin, url, options.readAtMs));
    withExt.push(await outsideLoad(extended, origin, url, options.readAtMs));
    options.log?.(
      `    load ${i + 1}: task ${Math.round(without[i].taskMs)} / ${Math.round(withExt[i].taskMs)} ms, scroll ${Math.round(without[i].scroll.taskMs)} / ${Math.round(withExt[i].scroll.taskMs)} ms, ${withExt[i].ranges} ranges, first in view ${withExt[i].firstViewportMs == null ? '—' : Math.round(withExt[i].firstViewportMs!)} ms`,
    );
  }
  const blockWithout: BlockingLoad[] = [];
  const blockWith: BlockingLoad[] = [];
  if (options.blockingMs) {
    for (let i = 0; i < options.loads; i++) {
      blockWithout.push(await blockingLoad(plain, url, options.blockingMs));
      blockWith.push(await blockingLoad(extended, url, options.blockingMs));
      options.log?.(
        `    ping load ${i + 1}: blocking ${Math.round(blockWithout[i].blockingMs)} / ${Math.round(blockWith[i].blockingMs)} ms`,
      );
    }
  }
  // The floor, in the plain browser on a loaded page.
  const walkPage = await plain.newPage();
  let warmBareWalkMs: number;
  try {
    await walkPage.goto(url, { waitUntil: 'load', timeout: 90_000 });
    warmBareWalkMs = await warmBareWalk(walkPage);
  } finally {
    await walkPage.close();
  }
  const w = medianOf(without.map(({ taskMs, scriptMs, layoutMs, styleMs }) => ({ taskMs, scriptMs, layoutMs, styleMs })));
  const x = medianOf(withExt.map(({ taskMs, scriptMs, layoutMs, styleMs }) => ({ taskMs, scriptMs, layoutMs, styleMs })));
  // The extra is the median of the paired differences (load i with minus load i without): the
  // pairs ran back to back, so slow spells of a shared machine hit both halves of a pair.
  const extra = medianOf(withExt.map((load, i) => minus(load, without[i])));
  const scrollWithout = medianOf(without.map((l) => l.scroll));
  const scrollWith = medianOf(withExt.map((l) => l.scroll));
  const firstViews = withExt.map((l) => l.firstViewportMs).filter((v): v is number => v != null);
  const bw = blockWithout.length ? medianOf(blockWithout) : null;
  const bx = blockWith.length ? medianOf(blockWith) : null;
  return {
    loads: options.loads,
    without: w,
    with: x,
    extra,
    scrollWithout,
    scrollWith,
    scrollRatio: scrollWith.taskMs / scrollWithout.taskMs,
    blockingWithout: bw,
    blockingWith: bx,
    extraBlockingMs: blockWith.length ? median(blockWith.map((b, i) => b.blockingMs - blockWithout[i].blockingMs)) : null,
    firstViewportMs: firstViews.length === withExt.length ? median(firstViews) : null,
    ranges: median(withExt.map((l) => l.ranges)),
    rangesAfterScroll: median(withExt.map((l) => l.rangesAfterScroll)),
    warmBareWalkMs,
  };
}
