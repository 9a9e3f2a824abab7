// The options page. Reading: on/off, only problems, the sites where Factmark is off.
// Fact base: the version in use, the update address and "Check now".
// Reports: the intake server, the issue template, and the reader's reports.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../src/messaging';
import { reportQueueItem } from '../../src/report/settings';
import type { QueuedReport } from '../../src/report/types';
import { ReportList } from '../../src/ui/report/ReportList';
import { ReportSettings } from '../../src/ui/report/ReportSettings';
import { ReadingSettings } from '../../src/ui/options/ReadingSettings';
import { FactUpdates } from '../../src/ui/options/FactUpdates';

function exportJson(reports: QueuedReport[]) {
  const blob = new Blob([JSON.stringify(reports, null, 2)], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `factmark-reports-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

function OptionsPage() {
  const [reports, setReports] = useState<QueuedReport[]>([]);
  useEffect(() => {
    void reportQueueItem.getValue().then(setReports);
    return reportQueueItem.watch(setReports);
  }, []);
  return (
    <>
      <h1>Factmark</h1>
      <ReadingSettings />
      <FactUpdates />
      <section class="reports-section">
        <h2>Reports</h2>
        <ReportSettings />
        <ReportList
          reports={reports}
          onRetry={(id) => void sendMessage('retryReport', { id })}
          onDelete={(id) => void sendMessage('deleteReport', { id })}
          onExport={() => exportJson(reports)}
        />
      </section>
    </>
  );
}

render(<OptionsPage />, document.getElementById('app')!);
