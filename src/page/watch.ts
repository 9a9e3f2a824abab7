// Watches the page for text that appears, changes or goes away, and calls back once per
// burst: a framework re-rendering a list or an infinite scroll appending ten items makes
// hundreds of mutation records, which become one re-analysis after the page goes quiet
// (or after `maxWaitMs` if it never does), run when the browser is idle.
import { OWN_ELEMENT_PREFIX } from './extract';

export interface PageWatcher {
  /** Drops pending records (call right after our own DOM writes, e.g. fallback wrapping). */
  discardPending(): void;
  /**
   * How many bursts of changes to the page's text were seen so far, counting those still
   * queued: two equal counts mean the text did not change in between (src/page/pass.ts).
   */
  changes(): number;
}

export interface WatchOptions {
  signal: AbortSignal;
  quietMs?: number;
  maxWaitMs?: number;
}

function isOurs(node: Node): boolean {
  const name = (node as Element).localName;
  return typeof name === 'string' && name.startsWith(OWN_ELEMENT_PREFIX);
}

/** True when a record can change the page's readable text (and isn't our own doing). */
function matters(record: MutationRecord): boolean {
  if (record.type === 'characterData') return true;
  if (record.type === 'attributes') return true;
  for (const node of Array.from(record.addedNodes)) if (!isOurs(node)) return true;
  for (const node of Array.from(record.removedNodes)) if (!isOurs(node)) return true;
  return false;
}

export function watchPage(root: Node, onChange: () => void, options: WatchOptions): PageWatcher {
  const quietMs = options.quietMs ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 1500;
  const win = (root.ownerDocument ?? (root as Document)).defaultView as Window & typeof globalThis;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt = 0;
  let idleHandle: number | undefined;

  const fire = () => {
    timer = undefined;
    firstPendingAt = 0;
    const run = () => {
      idleHandle = undefined;
      if (!options.signal.aborted) onChange();
    };
    if (typeof win.requestIdleCallback === 'function') idleHandle = win.requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  };

  let changes = 0;
  const observe = (records: MutationRecord[]) => {
    if (!records.some(matters)) return;
    changes++;
    const now = Date.now();
    if (!firstPendingAt) firstPendingAt = now;
    if (timer) clearTimeout(timer);
    // Wait for quiet, but never past maxWait since the first change of the burst.
    const wait = Math.max(0, Math.min(quietMs, firstPendingAt + maxWaitMs - now));
    timer = setTimeout(fire, wait);
  };
  const observer = new MutationObserver(observe);
  observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden'] });

  options.signal.addEventListener('abort', () => {
    observer.disconnect();
    if (timer) clearTimeout(timer);
    if (idleHandle != null && typeof win.cancelIdleCallback === 'function') win.cancelIdleCallback(idleHandle);
  });

  return {
    discardPending() {
      observer.takeRecords();
    },
    changes() {
      // Records not yet delivered count too; handled here, they still schedule a pass.
      observe(observer.takeRecords());
      return changes;
    },
  };
}
