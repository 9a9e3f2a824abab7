import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createEngine } from '../src/engine';
import { onMessage } from '../src/messaging';
import { createJudge, type Judge } from '../src/background/judge-engine';
import { createFactBaseStore, scheduleFactBaseUpdates } from '../src/background/fact-base-store';
import { startReportQueue } from '../src/report/background';

export default defineBackground(() => {
  startReportQueue();

  // The engine runs here, not in the page (src/page/judge.ts): content scripts send text and
  // get annotations back. Built as soon as the worker starts (about 30 ms, more on a busy
  // machine): a tab that starts loading wakes the worker (tabs.onUpdated below) well before its
  // content script asks for the view's marks, which then need not wait for the build. Kept until
  // a signed fact-base update replaces the base (src/background/fact-base-store.ts): the next
  // request builds it again from the new facts.
  let judge: Promise<Judge> | undefined;
  const factBase = createFactBaseStore({ onChange: () => (judge = undefined) });
  scheduleFactBaseUpdates(factBase);
  const judgeNow = (): Promise<Judge> => (judge ??= factBase.facts().then((facts) => createJudge(createEngine(facts))));
  judgeNow().catch(() => undefined); // a failure shows again, to the request that meets it
  // In builds made for measuring (WXT_PERF_MARKS=1), when each request came, how long it
  // waited for the engine and how long it ran: bench/first-view-marks.ts reads this log.
  const perfLog: Array<{ what: string; at: number; waited: number; ms: number }> | null =
    import.meta.env.WXT_PERF_MARKS === '1' ? [] : null;
  if (perfLog) (globalThis as unknown as { __factmarkPerf: typeof perfLog }).__factmarkPerf = perfLog;
  const withJudge = async <T>(what: () => string, run: (j: Judge) => T): Promise<T> => {
    if (!perfLog) return run(await judgeNow());
    const now = () => performance.timeOrigin + performance.now();
    const at = now();
    const j = await judgeNow();
    const ready = now();
    const out = run(j);
    perfLog.push({ what: what(), at, waited: ready - at, ms: now() - ready });
    if (perfLog.length > 200) perfLog.splice(0, 100);
    return out;
  };
  onMessage('judgeText', (request) =>
    withJudge(
      () => `judge ${typeof request.text === 'string' ? request.text.length : 'look'}`,
      (j) => j.judge(request),
    ),
  );
  onMessage('firstLook', (part) =>
    withJudge(
      () => `look ${part.text.length}`,
      (j) => j.look(part),
    ),
  );
  onMessage('endSession', async ({ session }) => (await judge)?.forget(session));
  onMessage('factBaseInUse', () => factBase.inUse());
  onMessage('checkFactUpdates', (_data, sender) => {
    // A page's content script must not make the background fetch on its behalf.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) throw new Error('Only the options page can check for updates.');
    return factBase.checkNow();
  });

  // Versions up to 0.1 published a copy of the fact base in storage for content scripts to
  // read; nothing reads it any more.
  void storage.snapshot('local').then((all) =>
    Promise.all(
      Object.keys(all)
        .filter((key) => key.startsWith('factbase-'))
        .map((key) => storage.removeItem(`local:${key}`)),
    ),
  );

  // The toolbar badge: problems (outdated + contradicted) on the tab.
  // A page's same-origin frames run a content script each (all_frames): the badge is their sum.
  // A tab loading a new page starts from nothing (its frames report again as they start).
  const problemsByFrame = new Map<number, Map<number, number>>();
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') problemsByFrame.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => problemsByFrame.delete(tabId));
  onMessage('findingsChanged', async ({ problems }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    let frames = problemsByFrame.get(tabId);
    if (!frames) problemsByFrame.set(tabId, (frames = new Map()));
    frames.set(sender.frameId ?? 0, problems);
    let total = 0;
    for (const count of frames.values()) total += count;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setBadgeText({ tabId, text: total > 0 ? String(total) : '' });
  });
});
