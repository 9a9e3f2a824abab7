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
 *
 * storage.session is small (10 MB in Chrome, shared by the whole extension), so a draft is
 * bounded (boundDraft, ./build.ts), removed when its form is sent or its tab closed, and
 * forgotten after DRAFT_TTL_MS in any case: drafts must never pile up until no form opens.
 */
export interface StoredDraft {
  draft: ReportDraft;
  /** Epoch ms it was saved. */
  savedAt: number;
  /** The tab showing its form, once opened: closing that tab removes the draft. */
  tabId?: number;
}

/** A form left open longer than this shows "expired" when reloaded; the reader opens it again from the card. */
export const DRAFT_TTL_MS = 6 * 60 * 60 * 1000;
const DRAFT_PREFIX = 'reportDraft:';

const draftKey = (draftId: string) => `session:${DRAFT_PREFIX}${draftId}` as const;
export const saveDraft = (draftId: string, stored: StoredDraft) => storage.setItem<StoredDraft>(draftKey(draftId), stored);
export const removeDraft = (draftId: string) => storage.removeItem(draftKey(draftId));

/** The draft, or null when there is none or it outlived DRAFT_TTL_MS. */
export async function loadDraft(draftId: string, now = Date.now()): Promise<ReportDraft | null> {
  const stored = await storage.getItem<StoredDraft>(draftKey(draftId));
  if (!stored?.draft || !(now - stored.savedAt < DRAFT_TTL_MS)) return null;
  return stored.draft;
}

/** Every stored draft by id. */
async function allDrafts(): Promise<Map<string, StoredDraft>> {
  const snapshot = await storage.snapshot('session');
  const out = new Map<string, StoredDraft>();
  for (const [key, value] of Object.entries(snapshot))
    if (key.startsWith(DRAFT_PREFIX)) out.set(key.slice(DRAFT_PREFIX.length), value as StoredDraft);
  return out;
}

/** Removes the drafts `which` picks (expired ones, a closed tab's); returns how many. */
export async function removeDrafts(which: (stored: StoredDraft, id: string) => boolean): Promise<number> {
  const ids = [...(await allDrafts())].filter(([id, stored]) => which(stored, id)).map(([id]) => id);
  if (ids.length) await storage.removeItems(ids.map(draftKey));
  return ids.length;
}

export const isExpiredDraft = (stored: StoredDraft, now = Date.now()) => !(now - (stored?.savedAt ?? 0) < DRAFT_TTL_MS);
