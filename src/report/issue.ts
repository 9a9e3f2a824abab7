// The second transport: a prefilled issue on the fact base's public repository, for readers who
// prefer to report in the open. Nothing is sent by us: the reader sees the issue page and submits it.
import { REPORT_REASON_LABELS, type Report } from './schema';

function issueTitle(report: Report): string {
  return `Report: ${REPORT_REASON_LABELS[report.reason].toLowerCase()} — “${report.annotation.quote}” (${report.annotation.verdict})`;
}

export function issueBody(report: Report): string {
  const a = report.annotation;
  return [
    `**Reason:** ${REPORT_REASON_LABELS[report.reason]}`,
    `**Quote:** ${a.quote}`,
    `**Sentence:** ${a.sentence}`,
    `**Verdict:** ${a.verdict} (as of ${a.asOf}, from ${a.asOfSource})`,
    `**Facts:** ${a.factIds.join(', ') || '(none)'}`,
    report.comment ? `**Comment:** ${report.comment}` : '',
    report.pageUrl ? `**Page:** ${report.pageUrl}` : '',
    '',
    '<details><summary>Report JSON</summary>',
    '',
    '```json',
    JSON.stringify(report, null, 2),
    '```',
    '</details>',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

/** Fills {title} and {body} in the configured template, URL-encoded. */
export function issueUrl(template: string, report: Report): string {
  return template.replaceAll('{title}', encodeURIComponent(issueTitle(report))).replaceAll('{body}', encodeURIComponent(issueBody(report)));
}
