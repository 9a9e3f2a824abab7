import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { onMessage } from '../src/messaging';
import { startReportQueue } from '../src/report/background';
import { rawFactBase } from '../src/facts/data';
import { publishFactBase } from '../src/facts/page-copy';

export default defineBackground(() => {
  startReportQueue();
  // Content scripts read the fact base from storage rather than carrying it (src/facts/page-copy.ts).
  const factBaseJson = JSON.stringify(rawFactBase);
  void publishFactBase(factBaseJson);
  onMessage('getFactBase', () => factBaseJson);
  // The toolbar badge: problems (outdated + contradicted) on the tab.
  onMessage('findingsChanged', async ({ problems }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId == null) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    await browser.action.setBadgeText({ tabId, text: problems > 0 ? String(problems) : '' });
  });
});
