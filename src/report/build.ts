// Turns a draft and the reader's choices into the exact report that will be sent. The form's
// preview shows the output of this function, so what the reader sees is what leaves.
import { LIMITS, REPORT_SCHEMA_VERSION, type Report } from './schema';
import type { ReportChoices, ReportDraft } from './types';

/** What stays the same while the reader edits the form: made once when it opens. */
export interface ReportContext {
  id: string;
  createdAt: string;
  factBaseVersion: string;
  extensionVersion: string;
  browser: string;
}

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

export function buildReport(draft: ReportDraft, choices: ReportChoices, context: ReportContext): Report {
  const { annotation } = draft;
  const report: Report = {
    schema: REPORT_SCHEMA_VERSION,
    id: context.id,
    createdAt: context.createdAt,
    reason: choices.reason,
    comment: clip(choices.comment.trim(), LIMITS.comment),
    annotation: {
      quote: clip(annotation.quote, LIMITS.quote),
      sentence: clip(draft.sentence, LIMITS.sentence),
      verdict: annotation.verdict,
      kind: annotation.kind,
      factIds: annotation.factIds.slice(0, LIMITS.factIds),
      message: clip(annotation.message, LIMITS.message),
      asOf: draft.asOf,
      asOfSource: draft.asOfSource,
    },
    factBaseVersion: context.factBaseVersion,
    extension: { version: context.extensionVersion, browser: context.browser },
  };
  // Only http(s) addresses: a file:// or data: page has nothing a maintainer could open.
  if (choices.includePageUrl && /^https?:\/\//.test(draft.pageUrl)) report.pageUrl = clip(draft.pageUrl, LIMITS.url);
  return report;
}

/** "chrome 140" / "firefox 128": the build target and the major version, nothing that identifies the reader. */
export function browserLabel(target: string, userAgent: string): string {
  const match = /(?:Firefox|Chrome|Chromium|Edg)\/(\d+)/.exec(userAgent);
  return match ? `${target} ${match[1]}` : target;
}
