// The report queue: every report is written to storage.local before anything is sent, then the
// background delivers it to the intake server until the server acknowledges it by id.
//
// Guarantees (docs/reports.md):
// - A report the form was told "saved" is in storage; losing the service worker, the network or
//   the server only delays it.
// - Before each attempt the next one is already scheduled (storage + a browser.alarms alarm), so
//   a worker stopped in the middle of a request wakes up later and tries again.
// - Marked sent only on a 2xx answer whose JSON carries the report's id. A lost acknowledgement
//   means the report is sent again with the same id; the server stores it once.
import { browser } from 'wxt/browser';
import { reportProblems, type Report } from './schema';
import { intakeUrlSetting, reportQueueItem } from './settings';
import type { QueuedReport } from './types';

export const RETRY_ALARM = 'factmark-report-retry';
/** First retry after 30 s (Chrome's shortest alarm), doubling up to one hour, forever. */
const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_MAX_MS = 60 * 60_000;
const REQUEST_TIMEOUT_MS = 20_000;

export const backoffDelay = (attempts: number): number => Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));

export interface QueueDeps {
  fetch: typeof fetch;
  now: () => number;
}

export type DeliveryOutcome =
  | { kind: 'sent' }
  | { kind: 'retry'; error: string }
  /** The server refused this report for good (malformed, too large): retrying as is cannot help. */
  | { kind: 'refused'; error: string };

/** Reports endpoint for an intake base address ("http://127.0.0.1:8787" -> ".../reports"). */
const reportsEndpoint = (base: string): string => `${base.trim().replace(/\/+$/, '')}/reports`;

export class ReportQueue {
  private writing: Promise<unknown> = Promise.resolve();
  private flushing: Promise<void> | null = null;
  private flushAgain = false;

  constructor(private readonly deps: QueueDeps = { fetch: (...args) => globalThis.fetch(...args), now: Date.now }) {}

  /** Runs read-modify-write steps on the stored list one at a time, so no update overwrites another. */
  private update<T>(change: (list: QueuedReport[]) => T | Promise<T>): Promise<T> {
    const run = this.writing.then(async () => {
      // A copy: getValue can hand out the item's shared fallback array, which must never be mutated.
      const list = structuredClone(await reportQueueItem.getValue());
      const result = await change(list);
      await reportQueueItem.setValue(list);
      return result;
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  list(): Promise<QueuedReport[]> {
    return reportQueueItem.getValue();
  }

  /** Saves a new report (once per id) and starts delivering it. Resolves when it is in storage. */
  async submit(report: Report): Promise<QueuedReport> {
    const problems = reportProblems(report);
    if (problems.length) throw new Error(`Not a valid report: ${problems.join('; ')}`);
    const saved = await this.update((list) => {
      const existing = list.find((entry) => entry.report.id === report.id);
      if (existing) return existing;
      const entry: QueuedReport = { report, status: 'pending', attempts: 0, nextAttemptAt: this.deps.now() };
      list.push(entry);
      return entry;
    });
    void this.flush();
    return saved;
  }

  /** Puts a failed or waiting report back at the front of the line and tries it now. */
  async retry(id: string): Promise<void> {
    await this.update((list) => {
      const entry = list.find((e) => e.report.id === id);
      if (entry && entry.status !== 'sent') Object.assign(entry, { status: 'pending', nextAttemptAt: this.deps.now() });
    });
    await this.flush();
  }

  /** The browser started or the network came back: every pending report is due now, whatever its backoff. */
  async retryAllPending(): Promise<void> {
    await this.update((list) => {
      for (const entry of list) if (entry.status === 'pending') entry.nextAttemptAt = this.deps.now();
    });
    await this.flush();
  }

  async remove(id: string): Promise<void> {
    await this.update((list) => {
      const at = list.findIndex((e) => e.report.id === id);
      if (at >= 0) list.splice(at, 1);
    });
    await this.scheduleAlarm();
  }

  /** Sends every pending report that is due. Concurrent calls share one pass (plus one more if asked meanwhile). */
  flush(): Promise<void> {
    if (this.flushing) {
      this.flushAgain = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      try {
        do {
          this.flushAgain = false;
          await this.flushOnce();
        } while (this.flushAgain);
      } finally {
        this.flushing = null;
      }
    })();
    return this.flushing;
  }

  private async flushOnce(): Promise<void> {
    const now = this.deps.now();
    // Claim the due reports and book their next attempt before sending: if the worker dies
    // during the request, the booked attempt and its alarm are what bring the report back.
    const due = await this.update((list) =>
      list
        .filter((e) => e.status === 'pending' && (e.nextAttemptAt ?? 0) <= now)
        .map((e) => {
          e.attempts += 1;
          e.nextAttemptAt = now + backoffDelay(e.attempts);
          return e.report;
        }),
    );
    await this.scheduleAlarm();
    if (!due.length) return;
    const endpoint = reportsEndpoint(await intakeUrlSetting.getValue());
    for (const report of due) {
      const outcome = await this.deliver(endpoint, report);
      await this.update((list) => {
        const entry = list.find((e) => e.report.id === report.id);
        if (!entry || entry.status !== 'pending') return; // deleted or handled meanwhile
        if (outcome.kind === 'sent') {
          Object.assign(entry, { status: 'sent', sentAt: this.deps.now(), sentTo: endpoint });
          delete entry.nextAttemptAt;
          delete entry.lastError;
        } else if (outcome.kind === 'refused') {
          Object.assign(entry, { status: 'failed', lastError: outcome.error });
          delete entry.nextAttemptAt;
        } else {
          entry.lastError = outcome.error;
        }
      });
    }
    await this.scheduleAlarm();
  }

  /** One POST; what it means for the report. */
  async deliver(endpoint: string, report: Report): Promise<DeliveryOutcome> {
    let response: Response;
    try {
      response = await this.deps.fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(report),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        // No cookies or HTTP auth to the intake server: a report is anonymous.
        credentials: 'omit',
      });
    } catch (error) {
      return { kind: 'retry', error: `network: ${error instanceof Error ? error.message : String(error)}` };
    }
    const text = await response.text().catch(() => '');
    if (response.ok) {
      let ackId: unknown;
      try {
        ackId = (JSON.parse(text) as { id?: unknown }).id;
      } catch {
        ackId = undefined;
      }
      // A 2xx from something that is not our server (a captive portal, a proxy page) is no receipt.
      if (ackId === report.id) return { kind: 'sent' };
      return { kind: 'retry', error: `HTTP ${response.status} without an acknowledgement of this report` };
    }
    const detail = `HTTP ${response.status}${text ? `: ${text.slice(0, 300)}` : ''}`;
    // 408, 429 and 5xx are the server's "not now"; other 4xx mean this report will never be accepted as is.
    const transient = response.status === 408 || response.status === 429 || response.status >= 500;
    return transient ? { kind: 'retry', error: detail } : { kind: 'refused', error: detail };
  }

  /** One alarm, at the earliest booked attempt; none when nothing is pending. */
  async scheduleAlarm(): Promise<void> {
    const list = await reportQueueItem.getValue();
    // A loop, not Math.min(...list): the queue has no upper bound.
    let next = Infinity;
    for (const e of list) if (e.status === 'pending') next = Math.min(next, e.nextAttemptAt ?? 0);
    if (!Number.isFinite(next)) {
      await browser.alarms.clear(RETRY_ALARM);
      return;
    }
    // Alarms in the past fire at once; Chrome delays any alarm to at least 30 s from now.
    await browser.alarms.create(RETRY_ALARM, { when: Math.max(next, this.deps.now() + 1000) });
  }
}
