// The background's fact-base store against WXT's fake browser storage and the real intake server
// serving a published bundle (--facts-dir): what is taken, what is refused, what a new worker uses.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createIntakeServer } from '../../../server/app';
import { ReportStore } from '../../../server/db';
import { createFactBaseStore, scheduleFactBaseUpdates, type FactBaseStore } from '../../../src/background/fact-base-store';
import { publish, publicKeyBase64 } from '../../../src/cli/facts-publish';
import { getFacts } from '../../../src/facts';
import type { TrustedKey } from '../../../src/facts/bundle';
import { rawFactBase } from '../../../src/facts/data';
import { withLaterRutte } from '../../support/fact-base-variants';
import { factsUpdateLogItem, factsUpdateUrlSetting } from '../../../src/facts/updates';

const BUNDLED = getFacts().base;
const { privateKey } = generateKeyPairSync('ed25519');
const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const keys: TrustedKey[] = [{ id: 'test', publicKey: publicKeyBase64(privateKey) }];

let dir: string;
let factsDir: string;
let server: Server;
let reports: ReportStore;
let updateUrl: string;

const rutteStart = (facts: Awaited<ReturnType<ReturnType<typeof createFactBaseStore>['facts']>>) =>
  facts.offices.get('nato-secretary-general')!.holders.find((h) => h.person === 'mark-rutte')!.start;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factmark-store-'));
  factsDir = join(dir, 'facts');
  reports = new ReportStore(join(dir, 'reports.sqlite'));
  server = createIntakeServer({ store: reports, factsDir });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  updateUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/facts/facts.json`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  reports.close();
});
beforeEach(async () => {
  fakeBrowser.reset();
  await factsUpdateUrlSetting.setValue(updateUrl);
});

describe('fact-base store', () => {
  it('takes a newer signed bundle, rebuilds, and a new worker keeps using it; bad ones are refused and logged', async () => {
    let changes = 0;
    const store = createFactBaseStore({ keys, onChange: () => changes++ });
    expect(await store.inUse()).toEqual({ version: BUNDLED.version, checkedThrough: BUNDLED.checkedThrough, source: 'bundled' });
    expect(rutteStart(await store.facts())).toBe('2024-10-01');

    await publish({ raw: withLaterRutte(), privateKeyPem: pem, outDir: factsDir, version: '2099.01.01', today: '2026-12-01' });
    const installed = await store.checkNow();
    expect(installed).toMatchObject({ outcome: 'installed', url: updateUrl, message: expect.stringContaining('2099.01.01') });
    expect(changes).toBe(1);
    expect(await store.inUse()).toMatchObject({ version: '2099.01.01', source: 'update', url: updateUrl, keyId: 'test' });
    expect(rutteStart(await store.facts())).toBe('2025-10-01');

    // The same bundle again: nothing to do.
    expect(await store.checkNow()).toMatchObject({ outcome: 'current' });

    // A changed byte: refused; the update stays in use.
    const good = readFileSync(join(factsDir, 'facts.json'), 'utf8');
    writeFileSync(join(factsDir, 'facts.json'), good.replace('"2099.01.01"', '"2099.01.02"'));
    expect(await store.checkNow()).toMatchObject({ outcome: 'refused', message: expect.stringMatching(/signature does not verify/) });
    expect((await factsUpdateLogItem.getValue()).lastRefusal).toMatchObject({ outcome: 'refused', url: updateUrl });
    expect((await store.inUse()).version).toBe('2099.01.01');
    expect(changes).toBe(1);

    // An older version, signed: refused.
    await publish({ raw: rawFactBase, privateKeyPem: pem, outDir: factsDir, version: '2099.00.01', today: '2026-12-01' });
    expect(await store.checkNow()).toMatchObject({
      outcome: 'refused',
      message: 'version 2099.00.01 is older than 2099.01.01, the one in use',
    });

    // A worker started later reads the stored update, verified again.
    const restarted = createFactBaseStore({ keys });
    expect(await restarted.inUse()).toMatchObject({ version: '2099.01.01', source: 'update' });
    expect(rutteStart(await restarted.facts())).toBe('2025-10-01');

    // A release that no longer trusts the key falls back to the bundled base, and says why.
    const rotated = createFactBaseStore({ keys: [] });
    expect(await rotated.inUse()).toMatchObject({ version: BUNDLED.version, source: 'bundled' });
    expect((await factsUpdateLogItem.getValue()).lastRefusal?.message).toMatch(
      /^stored update 2099\.01\.01: the signature does not verify/,
    );
  }, 60_000);

  it('says so when the update address does not answer, and keeps the base in use', async () => {
    await factsUpdateUrlSetting.setValue('http://127.0.0.1:9/facts/facts.json');
    const store = createFactBaseStore({ keys });
    expect(await store.checkNow()).toMatchObject({
      outcome: 'unreachable',
      message: expect.stringMatching(/^could not reach http:\/\/127\.0\.0\.1:9/),
    });
    await factsUpdateUrlSetting.setValue(`${updateUrl}-missing`);
    expect(await store.checkNow()).toMatchObject({ outcome: 'unreachable', message: expect.stringMatching(/answered HTTP 404/) });
    expect((await store.inUse()).source).toBe('bundled');
  });
});

describe('when the background checks', () => {
  it('books a daily alarm once, and checks on the alarm, at browser start-up and on install', async () => {
    let checks = 0;
    const store = { checkNow: async () => (checks++, { at: '', url: '', outcome: 'current', message: '' }) } as unknown as FactBaseStore;
    scheduleFactBaseUpdates(store);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const alarm = await browser.alarms.get('factmark-facts-update');
    expect(alarm).toMatchObject({ periodInMinutes: 24 * 60 });
    expect(alarm!.scheduledTime).toBeGreaterThan(Date.now() + 23 * 3600_000);
    expect(checks).toBe(0); // no check on record: a fresh worker waits for install, start-up or the alarm

    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await fakeBrowser.runtime.onStartup.trigger();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
    expect(checks).toBe(3);

    // A worker started again later keeps the booked alarm rather than pushing it back a day.
    scheduleFactBaseUpdates(store);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await browser.alarms.get('factmark-facts-update'))!.scheduledTime).toBe(alarm!.scheduledTime);
  });

  it('a worker that starts more than a day after the last check checks at once', async () => {
    let checks = 0;
    const store = { checkNow: async () => (checks++, { at: '', url: '', outcome: 'current', message: '' }) } as unknown as FactBaseStore;
    await factsUpdateLogItem.setValue({
      lastCheck: { at: new Date(Date.now() - 25 * 3600_000).toISOString(), url: updateUrl, outcome: 'current', message: '' },
    });
    scheduleFactBaseUpdates(store);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checks).toBe(1);
  });
});
