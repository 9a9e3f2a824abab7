// What the page benchmark runs inside the browser, and how it reads the CPU profile.
//
// - PAGE_PROBE: an init script in the page's own world, installed before any of the page's
//   scripts and before the content script: a MutationObserver counting every DOM change
//   (split into the page's own stream writes, our UI host, and everything else), a longtask
//   observer, and a per-frame check for the first highlight inside the viewport.
// - BARE_WALK / markjsRun: the two comparisons, evaluated in a fresh isolated world (the same
//   kind of world a content script runs in) through the DevTools protocol.
// - contentScriptTime: main-thread time from a V8 CPU profile whose samples have the
//   extension's content script on the stack (so DOM calls it makes, e.g. layout forced by
//   getBoundingClientRect, count as ours; garbage collection does not: V8 samples it apart).

/**
 * Page-world source of a function: whether a Factmark highlight range is in view (the first 2,000
 * ranges looked at). Shared by the in-page probes and the outside measurement.
 */
export const IN_VIEWPORT = `() => {
    if (!window.CSS || !CSS.highlights || CSS.highlights.size === 0) return false;
    let checked = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('factmark-')) continue;
      for (const range of highlight) {
        if (++checked > 2000) return false;
        const rect = range.getBoundingClientRect();
        if (rect.bottom > 0 && rect.top < innerHeight && rect.width > 0) return true;
      }
    }
    return false;
  }`;

export const PAGE_PROBE = `(() => {
  const bench = (window.__bench = { pageMutations: 0, streamMutations: 0, hostMutations: 0, longtasks: [], firstViewportAt: null, done: false });
  const ours = (node) => node && node.nodeType === 1 && node.localName.startsWith('factmark-');
  const insideOurs = (node) => {
    for (let n = node; n; n = n.parentNode) if (ours(n)) return true;
    return false;
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const nodes = [...r.addedNodes, ...r.removedNodes];
      if (r.type === 'childList' && nodes.length && nodes.every((n) => n.nodeType === 1 && n.hasAttribute && n.hasAttribute('data-bench-stream'))) bench.streamMutations++;
      else if (r.type === 'childList' && nodes.length && nodes.every(ours)) bench.hostMutations++;
      else if (insideOurs(r.target)) bench.hostMutations++;
      else bench.pageMutations++;
    }
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  // The parser's insertions are not changes to the page: count from the parsed document on
  // (content scripts run at document_idle, after this).
  document.addEventListener('DOMContentLoaded', () => {
    observer.takeRecords();
    bench.pageMutations = bench.streamMutations = bench.hostMutations = 0;
  });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const inViewport = ${IN_VIEWPORT};
  const frame = () => {
    if (bench.firstViewportAt == null && inViewport()) bench.firstViewportAt = performance.now();
    if (bench.firstViewportAt == null && !bench.done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** Reads the probe's findings plus Factmark's marks and painted ranges. */
export const READ_PROBE = `(() => {
  const bench = window.__bench;
  bench.done = true;
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
  let ranges = 0;
  if (window.CSS && CSS.highlights) for (const [name, h] of CSS.highlights) if (name.startsWith('factmark-')) ranges += h.size;
  return {
    start: mark('factmark:start'),
    done: mark('factmark:done'),
    firstViewportAt: bench.firstViewportAt,
    longtasks: bench.longtasks,
    pageMutations: bench.pageMutations,
    streamMutations: bench.streamMutations,
    hostMutations: bench.hostMutations,
    ranges,
    wrappedMarks: document.querySelectorAll('factmark-mark').length,
  };
})()`;

/** The floor: one TreeWalker pass reading every text node's data, as any annotator must. */
export const BARE_WALK = `(() => {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.data);
  const text = parts.join('');
  return { ms: performance.now() - t0, nodes: parts.length, chars: text.length };
})()`;

/**
 * mark.js marking the same names in one pass: one alternation of every name, alias and
 * surname (longest first, whole words). The fastest way to use mark.js for a list this long:
 * mark(array) walks the document once per term.
 */
export function markjsRun(names: string[]): string {
  const pattern = [...new Set(names)]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return `(() => new Promise((resolve) => {
    const regex = new RegExp(${JSON.stringify(`\\b(?:${pattern})\\b`)}, 'g');
    const t0 = performance.now();
    new Mark(document.body).markRegExp(regex, { done: (count) => resolve({ ms: performance.now() - t0, marks: count }) });
  }))()`;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ScriptTime {
  /** Main-thread milliseconds with the script on the stack. */
  ms: number;
  /** The longest run of consecutive samples with the script on the stack (≈ its longest task). */
  longestRunMs: number;
  /** Milliseconds covered by the profile. */
  wallMs: number;
  /** Where the time went: self time by function (native DOM calls named as such). */
  top: Array<{ fn: string; ms: number }>;
  /** Time by content-script function on the stack (inclusive), to see which phase costs what. */
  inclusive: Array<{ fn: string; ms: number }>;
}

/**
 * `source` gives a snippet of code at a position: the build is minified, so a function's
 * name alone ("Pa") says little, its first characters say more.
 */
export function contentScriptTime(
  profile: CpuProfile,
  urlPrefix: string,
  source?: (url: string, line: number, column: number) => string,
): ScriptTime {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isOurs = new Map<number, boolean>();
  const ours = (id: number): boolean => {
    const known = isOurs.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id)!;
    const p = parent.get(id);
    const result = node.callFrame.url.startsWith(urlPrefix) || (p !== undefined && ours(p));
    isOurs.set(id, result);
    return result;
  };
  const label = (n: ProfileNode) => {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    if (!url) return `${functionName || '(anonymous)'} [native]`;
    const where = `${url.startsWith(urlPrefix) ? url.slice(urlPrefix.length) : url}:${lineNumber + 1}:${columnNumber + 1}`;
    return `${functionName || '(anonymous)'} ${where}${source ? ` «${source(url, lineNumber, columnNumber)}»` : ''}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  let run = 0;
  let longest = 0;
  // timeDeltas[i] is the gap before sample i; the time sample i stands for is the gap after it.
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const id = profile.samples[i];
    if (!ours(id)) {
      longest = Math.max(longest, run);
      run = 0;
      continue;
    }
    total += dt;
    run += dt;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const frame = byId.get(n)!;
      if (!frame.callFrame.url.startsWith(urlPrefix)) continue;
      const l = label(frame);
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
    }
  }
  longest = Math.max(longest, run);
  const topOf = (m: Map<string, number>, k: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, k)
      .map(([fn, ms]) => ({ fn, ms: round(ms) }));
  return {
    ms: total,
    longestRunMs: longest,
    wallMs: (profile.endTime - profile.startTime) / 1000,
    top: topOf(self, 12),
    inclusive: topOf(inclusive, 25),
  };
}

export const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
