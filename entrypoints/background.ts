import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { createEngine } from '../src/engine';
import { getFacts } from '../src/facts';
import { onMessage } from '../src/messaging';
import { createJudge, type Judge } from '../src/background/judge-engine';
import { startReportQueue } from '../src/report/background';

export default defineBackground(() => {
  startReportQueue();

  // The engine runs here, not in the page (src/page/judge.ts): content scripts send text and
  // get annotations back. Built on the first page's request (about 30 ms), then kept.
  let judge: Judge | undefined;
  const judgeNow = (): Judge => (judge ??= createJudge(createEngine(getFacts())));
  onMessage('judgeText', (request) => judgeNow().judge(request));
  onMessage('firstLook', ({ text }) => judgeNow().firstLook(text));
  onMessage('endSession', ({ session }) => judge?.forget(session));

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
  onMessage('findingsChanged', async ({ problems }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setBadgeText({ tabId, text: problems > 0 ? String(problems) : '' });
  });
});
