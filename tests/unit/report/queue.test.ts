// The report queue against WXT's fake browser (storage, alarms) and the real intake server on
// 127.0.0.1 with a temp SQLite file: what is stored, when it is sent, what survives failures.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createIntakeServer } from '../../../server/app';
import { ReportStore } from '../../../server/db';
import { backoffDelay, BACKOFF_MAX_MS, ReportQueue, RETRY_ALARM } from '../../../src/report/queue';
import { intakeUrlSetting, reportQueueItem } from '../../../src/report/settings';
import type { Report } from '../../../src/report/types';

const example: Report = JSON.parse(readFileSync(new URL('../../../docs/report-example.json', import.meta.url), 'utf8'));
const newReport = (): Report => ({ ...example, id: crypto.randomUUID() });

let dir: string;
let store: ReportStore;
let server: Server | null = null;
let port = 0;
let clock = Date.parse('2026-11-23T10:00:00Z');
const now = () => clock;
const realFetch: typeof fetch = (...args) => globalThis.fetch(...args);

async function startServer() {
  store = new ReportStore(join(dir, 'reports.sqlite'));
  server = createIntakeServer({ store, token: 't', rateLimit: { max: 1000, windowMs: 60_000 } });
  // Same port every time, as the configured endpoint would be.
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  await intakeUrlSetting.setValue(`http://127.0.0.1:${port}`);
}
async function stopServer() {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server!.close(() => resolve()));
  store.close();
  server = null;
}
const stored = async (id: string) => (await reportQueueItem.getValue()).find((e) => e.report.id === id);
/** The worker waking for its alarm: the clock moves to the alarm's time and the alarm fires. */
async function fireAlarm(queue: ReportQueue) {
  const alarm = await browser.alarms.get(RETRY_ALARM);
  expect(alarm, 'a retry alarm is scheduled').toBeTruthy();
  clock = Math.max(clock, alarm!.scheduledTime);
  await queue.flush();
}

beforeEach(async () => {
  fakeBrowser.reset();
  dir = mkdtempSync(join(tmpdir(), 'factmark-queue-'));
  port = 0;
  await startServer();
});
afterEach(async () => {
  await stopServer();
  rmSync(dir, { recursive: true, force: true });
});

describe('report queue', () => {
  it('saves the report and books its next attempt before the request leaves', async () => {
    let seenAtSend: unknown;
    let alarmAtSend: unknown;
    const queue = new ReportQueue({
      now,
      fetch: async (...args) => {
        seenAtSend = structuredClone(await stored(report.id));
        alarmAtSend = structuredClone(await browser.alarms.get(RETRY_ALARM));
        return realFetch(...args);
      },
    });
    const report = newReport();
    await queue.submit(report);
    await queue.flush();
    expect(seenAtSend).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: clock + 30_000 });
    expect(alarmAtSend).toMatchObject({ name: RETRY_ALARM, scheduledTime: clock + 30_000 });
    expect(await stored(report.id)).toMatchObject({ status: 'sent', attempts: 1, sentAt: clock });
    expect(store.get(report.id)?.report).toEqual(report);
    // Nothing left to send: no alarm keeps waking the worker.
    expect(await browser.alarms.get(RETRY_ALARM)).toBeUndefined();
  });

  it('keeps a report while the server is down and delivers it exactly once when the server is back', async () => {
    await stopServer();
    const queue = new ReportQueue({ now, fetch: realFetch });
    const report = newReport();
    await queue.submit(report);
    await queue.flush();
    expect(await stored(report.id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await stored(report.id))!.lastError).toMatch(/^network:/);

    await fireAlarm(queue); // still down
    expect(await stored(report.id)).toMatchObject({ status: 'pending', attempts: 2, nextAttemptAt: clock + 60_000 });

    await startServer();
    await fireAlarm(queue);
    await fireAlarm(queue).catch(() => undefined); // no alarm left: nothing pending
    await queue.flush();
    expect(await stored(report.id)).toMatchObject({ status: 'sent', attempts: 3 });
    expect(store.get(report.id)?.deliveries).toBe(1);
  });

  it('backs off exponentially from 30 s to at most an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffDelay)).toEqual([
      30_000,
      60_000,
      120_000,
      240_000,
      480_000,
      960_000,
      1_920_000,
      3_600_000,
      BACKOFF_MAX_MS,
    ]);
  });

  it('does not retry before the booked time, but does at browser start / back online', async () => {
    await stopServer();
    const queue = new ReportQueue({ now, fetch: realFetch });
    const report = newReport();
    await queue.submit(report);
    await queue.flush();
    await startServer();
    clock += 10_000;
    await queue.flush();
    expect(await stored(report.id)).toMatchObject({ status: 'pending', attempts: 1 });
    await queue.retryAllPending();
    expect(await stored(report.id)).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it('a lost acknowledgement means a resend that the server stores once', async () => {
    let dropAck = true;
    const queue = new ReportQueue({
      now,
      fetch: async (...args) => {
        const response = await realFetch(...args);
        if (dropAck) {
          dropAck = false;
          throw new TypeError('Failed to fetch'); // the answer never reached the worker
        }
        return response;
      },
    });
    const report = newReport();
    await queue.submit(report);
    await queue.flush();
    expect(await stored(report.id)).toMatchObject({ status: 'pending' });
    await fireAlarm(queue);
    expect(await stored(report.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(store.count()).toBe(1);
    expect(store.get(report.id)?.deliveries).toBe(2);
  });

  it('a worker stopped mid-request loses nothing: the next worker sends it on the booked alarm', async () => {
    const hung = new ReportQueue({ now, fetch: () => new Promise<Response>(() => {}) });
    const report = newReport();
    await hung.submit(report); // resolves once saved; the request then hangs forever
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored(report.id)).toMatchObject({ status: 'pending', attempts: 1 });

    const restarted = new ReportQueue({ now, fetch: realFetch });
    await restarted.flush(); // start-up pass: not due yet
    expect(store.count()).toBe(0);
    await fireAlarm(restarted);
    expect(await stored(report.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(store.get(report.id)?.deliveries).toBe(1);
  });

  it('a 2xx that does not carry the report id is no acknowledgement', async () => {
    const queue = new ReportQueue({ now, fetch: async () => new Response('<html>Welcome to the hotel wifi</html>', { status: 200 }) });
    const report = newReport();
    await queue.submit(report);
    await queue.flush();
    expect(await stored(report.id)).toMatchObject({ status: 'pending', lastError: 'HTTP 200 without an acknowledgement of this report' });
  });

  it('a refusal marks the report failed with the server’s reason; retry and delete act on it', async () => {
    const queue = new ReportQueue({ now, fetch: realFetch });
    const report = newReport();
    await queue.submit(report);
    await queue.flush();
    // The same id reaches a server that refuses it (here: a web-page origin, 403), e.g. a misconfigured endpoint.
    const refusing = new ReportQueue({
      now,
      fetch: (url, init) => realFetch(url, { ...init, headers: { ...(init?.headers as object), origin: 'https://example.org' } }),
    });
    const second = newReport();
    await refusing.submit(second);
    await refusing.flush();
    const failed = await stored(second.id);
    expect(failed).toMatchObject({ status: 'failed' });
    expect(failed!.lastError).toMatch(/^HTTP 403: .*extension only/);

    await queue.retry(second.id);
    expect(await stored(second.id)).toMatchObject({ status: 'sent' });
    await queue.remove(report.id);
    expect((await reportQueueItem.getValue()).map((e) => e.report.id)).toEqual([second.id]);
  });

  it('refuses to queue an invalid report, and queues each id once', async () => {
    const queue = new ReportQueue({ now, fetch: realFetch });
    await expect(queue.submit({ ...newReport(), reason: 'because' as never })).rejects.toThrow(/reason/);
    const report = newReport();
    await Promise.all([queue.submit(report), queue.submit(report), ...Array.from({ length: 4 }, () => queue.submit(newReport()))]);
    await queue.flush();
    const list = await reportQueueItem.getValue();
    expect(list).toHaveLength(5);
    expect(list.every((e) => e.status === 'sent')).toBe(true);
    expect(store.count()).toBe(5);
  });
});
