// The report form page. The background stores the draft in storage.session and opens this page
// with ?draft=<id>; nothing about the report passes through the article's page.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getFacts } from '../../src/facts';
import { sendMessage } from '../../src/messaging';
import { browserLabel, type ReportContext } from '../../src/report/build';
import { issueUrl } from '../../src/report/issue';
import { issueUrlTemplateSetting, loadDraft, reportQueueItem } from '../../src/report/settings';
import type { QueuedReport, ReportDraft } from '../../src/report/types';
import { ReportForm } from '../../src/ui/report/ReportForm';

function ReportPage({ draft, context }: { draft: ReportDraft; context: ReportContext }) {
  const [queued, setQueued] = useState<QueuedReport | undefined>();
  useEffect(() => {
    const find = (list: QueuedReport[]) => setQueued(list.find((e) => e.report.id === context.id));
    void reportQueueItem.getValue().then(find);
    return reportQueueItem.watch(find);
  }, [context.id]);
  return (
    <ReportForm
      draft={draft}
      context={context}
      queued={queued}
      onSend={(report) => sendMessage('submitReport', report)}
      onOpenIssue={async (report) => {
        await browser.tabs.create({ url: issueUrl(await issueUrlTemplateSetting.getValue(), report) });
      }}
    />
  );
}

async function main() {
  const app = document.getElementById('app')!;
  const draftId = new URLSearchParams(location.search).get('draft');
  const draft = draftId ? await loadDraft(draftId) : null;
  if (!draft) {
    app.textContent = 'This report form has expired. Open it again from the annotation’s card.';
    return;
  }
  const context: ReportContext = {
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    factBaseVersion: getFacts().base.version,
    extensionVersion: browser.runtime.getManifest().version,
    browser: browserLabel(import.meta.env.BROWSER, navigator.userAgent),
  };
  render(<ReportPage draft={draft} context={context} />, app);
}

void main();
