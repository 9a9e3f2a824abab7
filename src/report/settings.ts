// Storage for reports: the endpoints the reader can change in the options page, the queue
// itself, and the drafts handed from a page to the report form.
import { storage } from 'wxt/utils/storage';
import type { QueuedReport, ReportDraft } from './types';

/**
 * The maintainers' intake server, set at build time with WXT_INTAKE_URL (e.g. in .env) and
 * changeable in the options page. Reports go to `${intakeUrl}/reports`.
 */
export const DEFAULT_INTAKE_URL: string = import.meta.env.WXT_INTAKE_URL || 'http://127.0.0.1:8787';

/** Where the "open an issue instead" transport goes; {title} and {body} are replaced, URL-encoded. */
export const DEFAULT_ISSUE_URL_TEMPLATE = 'https://github.com/factmark/factbase/issues/new?title={title}&body={body}';

export const intakeUrlSetting = storage.defineItem<string>('sync:reportIntakeUrl', { fallback: DEFAULT_INTAKE_URL });
export const issueUrlTemplateSetting = storage.defineItem<string>('sync:reportIssueUrlTemplate', { fallback: DEFAULT_ISSUE_URL_TEMPLATE });

/**
 * Every report the reader made, newest last. storage.local (not sync): reports can carry a page
 * address and a comment, which should not travel to the reader's other devices. Versioned so a
 * later shape can migrate what readers already have queued.
 */
export const reportQueueItem = storage.defineItem<QueuedReport[]>('local:reports', { fallback: [], version: 1 });

/**
 * A draft waits in storage.session between the background opening the form and the form reading
 * it: session storage is kept in memory, cleared when the browser closes, and in Chrome not
 * readable by content scripts, so nothing of it is exposed to the page.
 */
export const draftKey = (draftId: string) => `session:reportDraft:${draftId}` as const;
export const saveDraft = (draftId: string, draft: ReportDraft) => storage.setItem<ReportDraft>(draftKey(draftId), draft);
export const loadDraft = (draftId: string) => storage.getItem<ReportDraft>(draftKey(draftId));
export const removeDraft = (draftId: string) => storage.removeItem(draftKey(draftId));
