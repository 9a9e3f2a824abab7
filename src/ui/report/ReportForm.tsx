// The report form: reason, optional comment, "include this page's address" (off by default),
// and a live preview of the exact JSON that will be sent. Runs in an extension page, so what the
// reader types is never in the article's DOM.
import { useMemo, useState } from 'preact/hooks';
import { buildReport, type ReportContext } from '../../report/build';
import { LIMITS, REPORT_REASONS, REPORT_REASON_LABELS } from '../../report/schema';
import type { QueuedReport, Report, ReportChoices, ReportDraft, ReportReason } from '../../report/types';

export interface ReportFormProps {
  draft: ReportDraft;
  context: ReportContext;
  /** Queues the report; resolves once it is saved. */
  onSend(report: Report): Promise<unknown>;
  /** Opens the prefilled issue for this report. */
  onOpenIssue(report: Report): void;
  /** This report's entry in the queue once saved (live), for the status line. */
  queued?: QueuedReport;
}

export function ReportForm({ draft, context, onSend, onOpenIssue, queued }: ReportFormProps) {
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [comment, setComment] = useState('');
  const [includePageUrl, setIncludePageUrl] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const report = useMemo(() => {
    const choices: ReportChoices = { reason: reason ?? 'other', comment, includePageUrl };
    return buildReport(draft, choices, context);
  }, [draft, context, reason, comment, includePageUrl]);
  const locked = saving || queued != null;

  async function send(event: Event) {
    event.preventDefault();
    if (!reason || locked) return;
    setSaving(true);
    setError(null);
    try {
      await onSend(report);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="report-form" onSubmit={send}>
      <h1>Report a problem</h1>
      <blockquote>
        <p class="quote">
          “{draft.annotation.quote}” — marked <strong>{draft.annotation.verdict}</strong> as of {draft.asOf}
        </p>
        <p class="sentence">{draft.sentence}</p>
        <p class="message">{draft.annotation.message}</p>
      </blockquote>

      <fieldset disabled={locked}>
        <legend>What is wrong?</legend>
        {REPORT_REASONS.map((r) => (
          <label key={r} class="reason">
            <input type="radio" name="reason" value={r} checked={reason === r} onChange={() => setReason(r)} required />
            {REPORT_REASON_LABELS[r]}
          </label>
        ))}
      </fieldset>

      <label class="comment">
        Comment (optional)
        <textarea
          name="comment"
          rows={4}
          maxLength={LIMITS.comment}
          value={comment}
          disabled={locked}
          onInput={(e) => setComment(e.currentTarget.value)}
        />
      </label>

      <label class="include-url">
        <input
          type="checkbox"
          name="includePageUrl"
          checked={includePageUrl}
          disabled={locked}
          onChange={(e) => setIncludePageUrl(e.currentTarget.checked)}
        />
        Include this page’s address <span class="url">({draft.pageUrl})</span>
      </label>

      <details open>
        <summary>Exactly what will be sent</summary>
        <pre class="preview" aria-label="Report preview">
          {JSON.stringify(report, null, 2)}
        </pre>
      </details>

      <div class="actions">
        <button type="submit" class="send" disabled={!reason || locked}>
          Send to the maintainers
        </button>
        <button type="button" class="issue" disabled={!reason} onClick={() => onOpenIssue(report)}>
          Open a public issue instead
        </button>
      </div>
      {!reason && <p class="hint">Choose a reason to send.</p>}
      {error && (
        <p class="error" role="alert">
          Not saved: {error}
        </p>
      )}
      {queued && <QueueStatus queued={queued} />}
    </form>
  );
}

function QueueStatus({ queued }: { queued: QueuedReport }) {
  const text =
    queued.status === 'sent'
      ? 'Sent: the maintainers’ server has it. Thank you.'
      : queued.status === 'failed'
        ? `The server refused it: ${queued.lastError ?? 'no reason given'}. See the options page to retry.`
        : `Saved. It will be sent as soon as the server answers${queued.lastError ? ` (last try: ${queued.lastError})` : ''}.`;
  return (
    <p class={`status status-${queued.status}`} role="status">
      {text}
    </p>
  );
}
