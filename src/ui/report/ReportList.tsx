// The options page's list of reports: pending, sent or failed (with the reason), and retry,
// delete and export as JSON. Changes go through the background, which owns the queue.
import type { QueuedReport } from '../../report/types';
import { REPORT_REASON_LABELS } from '../../report/schema';

export interface ReportListProps {
  reports: QueuedReport[];
  onRetry(id: string): void;
  onDelete(id: string): void;
  onExport(): void;
}

const when = (ms?: number) => (ms ? new Date(ms).toLocaleString() : '');

export function ReportList({ reports, onRetry, onDelete, onExport }: ReportListProps) {
  if (!reports.length) return <p class="empty">No reports yet. Use “Report a problem” on an annotation’s card.</p>;
  return (
    <>
      <table class="reports">
        <thead>
          <tr>
            <th>Status</th>
            <th>Annotation</th>
            <th>Reason</th>
            <th>Made</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          {[...reports].reverse().map(({ report, status, attempts, lastError, sentAt, nextAttemptAt }) => (
            <tr key={report.id} data-id={report.id} class={`status-${status}`}>
              <td>
                <strong class="status">{status}</strong>
                <div class="detail">
                  {status === 'sent' && `received ${when(sentAt)}`}
                  {status === 'pending' && `${attempts} attempt(s)${nextAttemptAt ? `, next ${when(nextAttemptAt)}` : ''}`}
                  {lastError && <div class="reason">{lastError}</div>}
                </div>
              </td>
              <td>
                “{report.annotation.quote}” <em>{report.annotation.verdict}</em>
              </td>
              <td>{REPORT_REASON_LABELS[report.reason]}</td>
              <td>{new Date(report.createdAt).toLocaleString()}</td>
              <td class="actions">
                {status !== 'sent' && (
                  <button type="button" class="retry" onClick={() => onRetry(report.id)}>
                    Retry
                  </button>
                )}
                <button type="button" class="delete" onClick={() => onDelete(report.id)}>
                  Delete
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" class="export" onClick={onExport}>
        Export all as JSON
      </button>
    </>
  );
}
