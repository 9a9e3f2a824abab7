// "Report a problem" end to end in Chromium: the real card on a seed article opens the report
// form (an extension page); the background delivers to a real intake server with a SQLite file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import Database from 'better-sqlite3';
import type { CDPSession, Page } from 'playwright-core';
import { createIntakeServer } from '../../server/app';
import { ReportStore } from '../../server/db';
import type { QueuedReport, Report } from '../../src/report/types';
import { hasChromium, launchChromium, type ExtensionBrowser } from './support/chromium';
import { cardHtml, pointOver, settledRanges, type HighlightName } from './support/highlights';
import { serveFixtures, type FixtureServer } from './support/server';

// ---- the maintainers' server, which the tests stop, hold and restart on one port --------------

let dir: string;
let dbFile: string;
let intake: { server: Server; store: ReportStore } | null = null;
let intakePort = 0;
/** While set, POST /reports requests wait here before the server reads them. */
let hold: { arrived: () => void; release: Promise<void> } | null = null;

async function startIntake() {
  const store = new ReportStore(dbFile);
  const server = createIntakeServer({ store, token: 'e2e', rateLimit: { max: 100, windowMs: 60_000 } });
  const [handler] = server.listeners('request') as Array<(req: IncomingMessage, res: ServerResponse) => void>;
  server.removeAllListeners('request');
  server.on('request', async (req: IncomingMessage, res: ServerResponse) => {
    if (hold && req.method === 'POST') {
      const { arrived, release } = hold;
      arrived();
      await release;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(intakePort, '127.0.0.1', resolve));
  intakePort = (server.address() as AddressInfo).port;
  intake = { server, store };
}
async function stopIntake() {
  if (!intake) return;
  intake.server.closeAllConnections();
  await new Promise<void>((resolve) => intake!.server.close(() => resolve()));
  intake.store.close();
  intake = null;
}
/** The server's database as a maintainer would read it: a separate connection to the file. */
function rowsInDb(): Array<{ id: string; report: Report; deliveries: number }> {
  const db = new Database(dbFile, { readonly: true });
  try {
    return (
      db.prepare('SELECT id, report, deliveries FROM reports ORDER BY received_at').all() as Array<{
        id: string;
        report: string;
        deliveries: number;
      }>
    ).map((r) => ({ ...r, report: JSON.parse(r.report) }));
  } finally {
    db.close();
  }
}

// ---- the browser ------------------------------------------------------------------------------

let browser: ExtensionBrowser;
let fixtures: FixtureServer;
let options: Page;

/** The extension's queue, read from storage.local by the options page (reading wakes no worker). */
const queue = (): Promise<QueuedReport[]> =>
  options.evaluate(async () => ((await (globalThis as any).chrome.storage.local.get('reports')).reports ?? []) as QueuedReport[]);
async function queued(id: string): Promise<QueuedReport | undefined> {
  return (await queue()).find((e) => e.report.id === id);
}

/** Opens a seed article, hovers a painted annotation and clicks the card's "Report a problem". */
async function reportFromCard(
  path: string,
  prefer: HighlightName[] = ['factmark-outdated', 'factmark-contradicted', 'factmark-supported', 'factmark-context'],
) {
  const article = await browser.context.newPage();
  await article.goto(fixtures.url(path));
  const ranges = await settledRanges(article);
  const target = prefer.map((name) => ranges.find((r) => r.name === name && r.connected)).find(Boolean);
  if (!target) throw new Error(`nothing painted on ${path}`);
  const point = await pointOver(article, target.name, target.text);
  await article.mouse.move(point!.x, point!.y);
  await expect.poll(() => cardHtml(article)).toContain('Report a problem');
  const cdp = await browser.context.newCDPSession(article);
  const box = await reportButtonBox(cdp);
  await cdp.detach();
  const formOpened = browser.context.waitForEvent('page', { timeout: 10_000 });
  await article.mouse.move(box.x, box.y, { steps: 5 });
  await article.mouse.click(box.x, box.y);
  const form = await formOpened;
  await form.waitForLoadState();
  await form
    .locator('pre.preview')
    .waitFor({ timeout: 15_000 })
    .catch(async (error) => {
      throw new Error(
        `the report form did not render (${form.url()}): ${await form
          .locator('body')
          .innerText()
          .catch(() => '?')}`,
        { cause: error },
      );
    });
  return { article, form, quote: target.text };
}

/** The card lives in a closed shadow root: only the DevTools protocol sees its button. */
async function reportButtonBox(cdp: CDPSession): Promise<{ x: number; y: number }> {
  type Node = { nodeId: number; localName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const find = (n: Node, test: (n: Node) => boolean): Node | null =>
    test(n) ? n : [...(n.children ?? []), ...(n.shadowRoots ?? [])].reduce<Node | null>((hit, c) => hit ?? find(c, test), null);
  const host = find(root, (n) => n.localName === 'factmark-card');
  const button =
    host &&
    find(host, (n) => n.localName === 'button' && /(^|\s)report(\s|$)/.test(n.attributes?.[n.attributes.indexOf('class') + 1] ?? ''));
  if (!button) throw new Error('no "Report a problem" button in the card');
  const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId })) as { model: { content: number[] } };
  const [x1, y1, , , x3, y3] = model.content;
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

/** What the form says it will send. */
const preview = async (form: Page): Promise<Report> => JSON.parse(await form.locator('pre.preview').innerText());

async function fillAndSend(form: Page, { reason, comment, includeUrl }: { reason: string; comment: string; includeUrl: boolean }) {
  await form.getByLabel(reason).check();
  await form.locator('textarea[name=comment]').fill(comment);
  if (includeUrl) await form.locator('input[name=includePageUrl]').check();
  const shown = await preview(form);
  await form.getByRole('button', { name: 'Send to the maintainers' }).click();
  return shown;
}

/** Stops the extension's service worker as Chrome does when it is idle. */
async function stopServiceWorker() {
  const cdp = await browser.context.newCDPSession(options);
  const stopped = new Promise<void>((resolve) =>
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
      if (e.versions.some((v) => v.scriptURL.includes(browser.extensionId) && v.runningStatus === 'stopped')) resolve();
    }),
  );
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

describe.runIf(hasChromium())('report a problem (Chromium)', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'factmark-report-e2e-'));
    dbFile = join(dir, 'reports.sqlite');
    await startIntake();
    fixtures = await serveFixtures();
    browser = await launchChromium();
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    // The reader (here: the test) points the extension at this server in the options page.
    const field = options.locator('form.intake-url input');
    // The build-time default shows first (WXT_INTAKE_URL unset in tests).
    await options.waitForFunction(
      () => (document.querySelector('form.intake-url input') as HTMLInputElement | null)?.value === 'http://127.0.0.1:8787',
    );
    await field.fill(`http://127.0.0.1:${intakePort}`);
    await options.locator('form.intake-url button').click();
    await options.getByText('Saved.').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await fixtures?.close();
    await stopIntake();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a report flagged from the card reaches the server’s database exactly as previewed', async () => {
    const { article, form, quote } = await reportFromCard('seeds/000.html');
    expect(form.url()).toMatch(new RegExp(`^chrome-extension://${browser.extensionId}/report.html\\?draft=`));
    // Off by default: the address appears only once the reader ticks the box.
    expect(await preview(form)).not.toHaveProperty('pageUrl');
    const sent = await fillAndSend(form, { reason: 'The fact is outdated', comment: 'Checked the official site.', includeUrl: true });
    expect(sent).toMatchObject({
      reason: 'fact-outdated',
      comment: 'Checked the official site.',
      pageUrl: fixtures.url('seeds/000.html'),
      annotation: { quote },
    });

    await form.getByText('Sent: the maintainers’ server has it').waitFor({ timeout: 15_000 });
    const rows = rowsInDb().filter((r) => r.id === sent.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].report).toEqual(sent);
    expect(rows[0].deliveries).toBe(1);
    expect(await queued(sent.id)).toMatchObject({ status: 'sent', attempts: 1 });
    // The options page lists it as sent.
    await expect.poll(() => options.locator(`tr[data-id="${sent.id}"] .status`).innerText()).toBe('sent');
    await form.close();
    await article.close();
  });

  it('with the server down the report waits in storage, then is delivered exactly once', async () => {
    await stopIntake();
    const { article, form } = await reportFromCard('seeds/000.html');
    const sent = await fillAndSend(form, { reason: 'The sentence was misread', comment: '', includeUrl: false });
    await form.getByText(/Saved\. It will be sent .*last try: network/).waitFor({ timeout: 15_000 });
    expect(await queued(sent.id)).toMatchObject({ status: 'pending', attempts: 1 });
    await expect.poll(() => options.locator(`tr[data-id="${sent.id}"] .status`).innerText()).toBe('pending');

    await startIntake();
    // No click: the retry alarm (30 s backoff) brings the report to the server on its own.
    await form.getByText('Sent: the maintainers’ server has it').waitFor({ timeout: 90_000 });
    const rows = rowsInDb().filter((r) => r.id === sent.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ report: sent, deliveries: 1 });
    expect(rows[0].report).not.toHaveProperty('pageUrl');
    await form.close();
    await article.close();
  }, 150_000);

  it('stopping the service worker in the middle of a delivery loses nothing', async () => {
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => (arrived = resolve));
    let release!: () => void;
    hold = { arrived, release: new Promise<void>((resolve) => (release = resolve)) };
    const before = rowsInDb().length;

    const { article, form } = await reportFromCard('seeds/000.html');
    const sent = await fillAndSend(form, {
      reason: 'Not about this person',
      comment: 'Different person, same surname.',
      includeUrl: false,
    });
    await requestArrived; // the worker's POST is at the server, unanswered
    await stopServiceWorker();
    hold = null;
    release(); // the server now answers a worker that no longer exists
    expect(await queued(sent.id)).toMatchObject({ status: 'pending', attempts: 1 });

    // The alarm booked before the request wakes a new worker, which sends again; the server keeps one copy.
    await expect.poll(async () => (await queued(sent.id))?.status, { timeout: 100_000, interval: 1000 }).toBe('sent');
    // Delivered by the second attempt: the first one's answer went to the stopped worker.
    expect(await queued(sent.id)).toMatchObject({ attempts: 2 });
    const rows = rowsInDb().filter((r) => r.id === sent.id);
    expect(rows).toHaveLength(1);
    expect(rows[0].report).toEqual(sent);
    expect(rowsInDb().length).toBe(before + 1);
    await form.close();
    await article.close();
  }, 150_000);

  it('the article’s scripts cannot read what the reader types', async () => {
    const secret = 'my-private-note-4711';
    const spyScript = () => {
      // A hostile page: records every event, mutation and message it can observe.
      const seen: string[] = [];
      (window as any).__seen = seen;
      for (const type of ['keydown', 'keypress', 'input', 'beforeinput', 'paste', 'change']) {
        window.addEventListener(type, (e: any) => seen.push(`${type}:${e.key ?? ''}:${e.data ?? ''}:${e.target?.value ?? ''}`), true);
      }
      window.addEventListener('message', (e) => seen.push(`message:${JSON.stringify(e.data)}`));
      new MutationObserver((records) => {
        for (const r of records)
          seen.push(`mutation:${(r.target as any).textContent ?? ''}:${[...r.addedNodes].map((n: any) => n.textContent).join('')}`);
      }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    // On the context, so the article the helper opens runs it before any of its own scripts (last test: it stays).
    await browser.context.addInitScript(spyScript);
    const { article: spied, form } = await reportFromCard('seeds/000.html');
    await form.getByLabel('Other').check();
    await form.locator('textarea[name=comment]').pressSequentially(secret);
    expect((await preview(form)).comment).toBe(secret);

    const pageSaw = await spied.evaluate(() => ({
      seen: ((window as any).__seen as string[]).join('\n'),
      html: document.documentElement.outerHTML,
      text: document.body.innerText,
      frames: [...document.querySelectorAll('iframe')].map((f) => f.src),
    }));
    expect(pageSaw.seen.length).toBeGreaterThan(0); // the spy did run and observe the page
    expect(pageSaw.seen).not.toContain(secret);
    expect(pageSaw.seen).not.toContain('4711');
    expect(pageSaw.html).not.toContain(secret);
    expect(pageSaw.text).not.toContain(secret);
    expect(pageSaw.frames.filter((src) => src.startsWith('chrome-extension:'))).toEqual([]);
    await form.close();
    await spied.close();
  });
});
