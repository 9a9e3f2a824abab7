// The maintainers' triage page: reports grouped by the fact they are about, each with buttons to
// mark it accepted, rejected or fixed. Plain HTML forms, no script; everything escaped.
import { REPORT_REASON_LABELS } from '../src/report/schema';
import { TRIAGE_STATUSES, type StoredReport, type TriageStatus } from './db';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const NO_FACT = '(no fact id)';

/** Reports by fact id, most reported fact first; a report about two facts appears under both. */
function groupByFact(reports: StoredReport[]): Array<[string, StoredReport[]]> {
  const groups = new Map<string, StoredReport[]>();
  for (const stored of reports) {
    const ids = stored.report.annotation.factIds.length ? stored.report.annotation.factIds : [NO_FACT];
    for (const id of ids) groups.set(id, [...(groups.get(id) ?? []), stored]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

function reportItem(stored: StoredReport): string {
  const { report } = stored;
  const a = report.annotation;
  const buttons = TRIAGE_STATUSES.filter((s) => s !== 'new')
    .map((s) => `<button name="status" value="${s}"${s === stored.status ? ' disabled' : ''}>${s}</button>`)
    .join(' ');
  return `<li class="report status-${stored.status}" data-id="${escapeHtml(report.id)}">
  <p><strong>${escapeHtml(REPORT_REASON_LABELS[report.reason])}</strong> — <q>${escapeHtml(a.quote)}</q> judged <em>${escapeHtml(a.verdict)}</em> as of ${escapeHtml(a.asOf)} (${escapeHtml(a.asOfSource)})</p>
  <p class="sentence">${escapeHtml(a.sentence)}</p>
  ${report.comment ? `<p class="comment">Comment: ${escapeHtml(report.comment)}</p>` : ''}
  ${report.pageUrl ? `<p>Page: <a href="${escapeHtml(report.pageUrl)}" rel="noreferrer noopener">${escapeHtml(report.pageUrl)}</a></p>` : ''}
  <p class="meta">Status: <span class="status">${stored.status}</span> · received ${escapeHtml(stored.receivedAt)} · facts ${escapeHtml(a.factIds.join(', ') || 'none')} · fact base ${escapeHtml(report.factBaseVersion)} · ${escapeHtml(report.extension.browser)}, extension ${escapeHtml(report.extension.version)} · id ${escapeHtml(report.id)}</p>
  <form method="post" action="/reports/${encodeURIComponent(report.id)}/status">${buttons}</form>
</li>`;
}

export function triagePage(reports: StoredReport[], status?: TriageStatus): string {
  const filters = ['all', ...TRIAGE_STATUSES]
    .map((s) => (s === (status ?? 'all') ? `<strong>${s}</strong>` : `<a href="/triage${s === 'all' ? '' : `?status=${s}`}">${s}</a>`))
    .join(' · ');
  const groups = groupByFact(reports)
    .map(
      ([factId, items]) =>
        `<section><h2>${escapeHtml(factId)} <small>(${items.length})</small></h2><ul>${items.map(reportItem).join('\n')}</ul></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Factmark reports — triage</title>
<style>
body { font: 15px/1.4 system-ui, sans-serif; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; color: #1b1b1b; }
li.report { border: 1px solid #ccc; border-radius: 6px; padding: .5rem .75rem; margin: .5rem 0; list-style: none; }
ul { padding: 0; } .meta { color: #555; font-size: 13px; } .sentence { font-style: italic; }
.status-accepted { border-color: #2e7d32; } .status-rejected { border-color: #999; opacity: .75; } .status-fixed { border-color: #1565c0; }
</style></head>
<body><h1>Factmark reports</h1><p>Show: ${filters}</p>
${groups || '<p>No reports.</p>'}
</body></html>`;
}
