// What travels between the page, the report form and the background when a reader flags an
// annotation. The content script's card and the popup build a ReportDraft and send it with
// sendMessage('openReportForm', draft); the form turns it into a Report (./schema.ts).
import type { Annotation, AsOfSource } from '../engine/types';
import type { Report, ReportReason } from './schema';

export type { Report, ReportReason } from './schema';

/** An annotation the reader wants to report, with what the form needs to describe it. */
export interface ReportDraft {
  annotation: Pick<Annotation, 'quote' | 'verdict' | 'kind' | 'factIds' | 'message'> & Partial<Annotation>;
  /** The sentence the quote was found in. */
  sentence: string;
  /** The date the page was judged as of, YYYY-MM-DD, and where that date came from. */
  asOf: string;
  asOfSource: AsOfSource;
  /** The page's address; sent only if the reader ticks the box. */
  pageUrl: string;
}

/** Where a report is in the queue: waiting to be sent, acknowledged by the server, or refused by it. */
export type ReportStatus = 'pending' | 'sent' | 'failed';

/** A report as the extension keeps it in storage.local. */
export interface QueuedReport {
  report: Report;
  status: ReportStatus;
  /** Delivery attempts made so far. */
  attempts: number;
  /** Epoch ms of the earliest next attempt (pending only). */
  nextAttemptAt?: number;
  /** Why the last attempt did not succeed: a network error, a server status, a refusal. */
  lastError?: string;
  /** Epoch ms the server acknowledged it. */
  sentAt?: number;
  /** The endpoint that acknowledged it. */
  sentTo?: string;
}

/** What the reader chose in the form. */
export interface ReportChoices {
  reason: ReportReason;
  comment: string;
  includePageUrl: boolean;
}
