// The report form page. The background stores the draft in storage.session and opens this page
// with ?draft=<id>; nothing about the report passes through the article's page.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getFacts } from '../../src/facts';
import { sendMessage } from '../../src/messaging';
import { browserLabel, type ReportContext } from '../../src/report/build';
import { issueUrl } from '../../src/report/issue';
import { issueUrlTemplateSetting, loadDraft, removeDraft, reportQueueItem } from '../../src/report/settings';
import type { QueuedReport, ReportDraft } from '../../src/report/types';
import { ReportForm } from '../../src/ui/report/ReportForm';

function ReportPage({ draft, draftId, context }: { draft: ReportDraft; draftId: string; context: ReportContext }) {
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
      onSend={async (report) => {
        const status = await sendMessage('submitReport', report);
        // Queued: the draft has served its purpose (the form keeps its copy while it stays open).
        await removeDraft(draftId).catch(() => undefined);
        return status;
      }}
      onOpenIssue={async (report) => {
        await browser.tabs.create({ url: issueUrl(await issueUrlTemplateSetting.getValue(), report) });
      }}
    />
  );
}

async function main() {
  const app = document.getElementById('app')!;
  const params = new URLSearchParams(location.search);
  if (params.get('problem') === 'storage') {
    app.textContent =
      'Factmark could not open this report: its temporary storage is full. Close other report forms, then press “Report a problem” again (restarting the browser also empties it).';
    app.setAttribute('role', 'alert');
    return;
  }
  const draftId = params.get('draft');
  const draft = draftId ? await loadDraft(draftId) : null;
  if (!draftId || !draft) {
    app.textContent = 'This report form has expired. Open it again from the annotation’s card.';
    return;
  }
  const context: ReportContext = {
    id: crypto.randomUUID(),
    createdAt: new Date().toISOString(),
    // The version the background judges with: a signed update may have replaced the bundled base.
    factBaseVersion: await sendMessage('factBaseInUse', undefined).then(
      (inUse) => inUse.version,
      () => getFacts().base.version,
    ),
    extensionVersion: browser.runtime.getManifest().version,
    browser: browserLabel(import.meta.env.BROWSER, navigator.userAgent),
  };
  render(<ReportPage draft={draft} draftId={draftId} context={context} />, app);
}

void main();
