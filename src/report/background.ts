// The report queue's life in the background: messages from the form and the options page, and
// every occasion to retry (an alarm, the browser starting, the network coming back, the worker
// itself starting again after Chrome stopped it).
import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '../messaging';
import { ReportQueue, RETRY_ALARM } from './queue';
import { boundDraft } from './draft';
import { isExpiredDraft, removeDrafts, saveDraft } from './settings';

/** Only the extension's own pages (the form, the options page) may queue or change reports. */
function fromExtensionPage(sender: Browser.runtime.MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export function startReportQueue(queue = new ReportQueue()): ReportQueue {
  onMessage('openReportForm', async (draft, sender) => {
    const draftId = crypto.randomUUID();
    const now = Date.now();
    const bounded = boundDraft(draft);
    let page = `${browser.runtime.getURL('/report.html')}?draft=${encodeURIComponent(draftId)}`;
    let saved = false;
    try {
      await removeDrafts((stored) => isExpiredDraft(stored, now));
      await saveDraft(draftId, { draft: bounded, savedAt: now });
      saved = true;
    } catch (error) {
      // storage.session is full (or failing): the form opens anyway and says so, never nothing.
      console.warn('Factmark could not keep the report draft:', error);
      page = `${browser.runtime.getURL('/report.html')}?problem=storage`;
    }
    // Next to the article, so closing the form returns the reader to it.
    const opener = sender.tab;
    const tab = await browser.tabs.create({
      url: page,
      ...(opener?.id != null ? { openerTabId: opener.id, index: opener.index + 1 } : {}),
    });
    if (saved && tab.id != null) {
      // Closing the form's tab removes its draft (tabs.onRemoved below).
      await saveDraft(draftId, { draft: bounded, savedAt: now, tabId: tab.id }).catch(() => undefined);
    }
  });
  // A form's tab closed: its draft has no further use.
  browser.tabs.onRemoved.addListener((tabId) => void removeDrafts((stored) => stored.tabId === tabId).catch(() => undefined));
  onMessage('submitReport', async (report, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('Reports are accepted only from the report form.');
    const saved = await queue.submit(report);
    return saved.status;
  });
  onMessage('retryReport', async ({ id }, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('Only the options page can retry a report.');
    await queue.retry(id);
  });
  onMessage('deleteReport', async ({ id }, sender) => {
    if (!fromExtensionPage(sender)) throw new Error('Only the options page can delete a report.');
    await queue.remove(id);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETRY_ALARM) void queue.flush();
  });
  browser.runtime.onStartup.addListener(() => void queue.retryAllPending());
  // Fired in Firefox's background page; Chrome's service worker may not get it, and the alarm covers that case.
  globalThis.addEventListener?.('online', () => void queue.retryAllPending());
  // The worker starts again for any event after Chrome stopped it: pick up whatever is due.
  void queue.flush();
  void removeDrafts((stored) => isExpiredDraft(stored)).catch(() => undefined);
  return queue;
}
