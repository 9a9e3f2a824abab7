// The intake server over real HTTP on 127.0.0.1 with a real SQLite file in a temp folder.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createIntakeServer, MAX_BODY_BYTES } from './app';
import { ReportStore } from './db';

const example = JSON.parse(readFileSync(new URL('../docs/report-example.json', import.meta.url), 'utf8'));
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const TOKEN = 'test-token-7f3a';

const withId = (id: string, extra: Record<string, unknown> = {}) => ({ ...example, id, ...extra });
const uuid = () => crypto.randomUUID();

let dir: string;
let dbFile: string;
let store: ReportStore;
let server: Server;
let base: string;

async function start(rateLimit = { max: 1000, windowMs: 60_000 }) {
  store = new ReportStore(dbFile);
  server = createIntakeServer({ store, token: TOKEN, rateLimit });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
async function stop() {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  store.close();
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/reports`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: EXT, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const auth = { authorization: `Bearer ${TOKEN}` };

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'factmark-intake-'));
  dbFile = join(dir, 'reports.sqlite');
  await start();
});
afterEach(async () => {
  await stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('POST /reports', () => {
  it('stores the documented example and acknowledges with its id', async () => {
    const res = await post(example);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: example.id, duplicate: false });
    expect(res.headers.get('access-control-allow-origin')).toBe(EXT);
    expect(store.get(example.id)?.report).toEqual(example);
  });

  it('stores a report once however often it arrives, and counts the deliveries', async () => {
    for (let i = 0; i < 3; i++) await post(example);
    const changed = await post({ ...example, comment: 'a different comment under the same id' });
    expect(changed.status).toBe(200);
    expect(await changed.json()).toEqual({ id: example.id, duplicate: true });
    expect(store.count()).toBe(1);
    expect(store.get(example.id)).toMatchObject({ deliveries: 4, report: { comment: example.comment } });
  });

  it('refuses malformed JSON, missing fields, wrong types and oversized bodies, storing nothing', async () => {
    const { comment: _comment, ...noComment } = withId(uuid());
    const cases: Array<[unknown, number]> = [
      ['{"id": "x", ', 400],
      [noComment, 422],
      [withId('not-a-uuid'), 422],
      [withId(uuid(), { reason: 'because' }), 422],
      [withId(uuid(), { annotation: { ...example.annotation, factIds: 'nato' } }), 422],
      [withId(uuid(), { pageUrl: 'javascript:alert(1)' }), 422],
      [withId(uuid(), { extra: 'field' }), 422],
      [withId(uuid(), { comment: 'x'.repeat(MAX_BODY_BYTES) }), 413],
    ];
    for (const [body, status] of cases) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
    }
    // Over the limit even with a lying Content-Length: streamed chunks are counted.
    const huge = await post(`{"comment":"${'y'.repeat(MAX_BODY_BYTES + 10)}"}`);
    expect(huge.status).toBe(413);
    expect(store.count()).toBe(0);
  });

  it('accepts a report without an Origin (curl) but refuses web pages and non-JSON bodies', async () => {
    const fromPage = await post(withId(uuid()), { origin: 'https://evil.example' });
    expect(fromPage.status).toBe(403);
    expect(fromPage.headers.get('access-control-allow-origin')).toBeNull();
    const asText = await post(withId(uuid()), { 'content-type': 'text/plain' });
    expect(asText.status).toBe(415);
    expect(store.count()).toBe(0);
    const noOrigin = await fetch(`${base}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(withId(uuid())),
    });
    expect(noOrigin.status).toBe(201);
  });

  it('answers CORS preflights for extension origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/reports`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    for (const origin of [EXT, 'moz-extension://6f1c1f2e-3b1a-4f7e-9d1e-2b3c4d5e6f70']) {
      const res = await preflight(origin);
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
      expect(res.headers.get('access-control-allow-headers')).toBe('content-type');
    }
    for (const origin of ['https://news.example.org', 'null', 'chrome-extension://x/../evil']) {
      const res = await preflight(origin);
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('rate-limits each client', async () => {
    await stop();
    await start({ max: 3, windowMs: 60_000 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(withId(uuid()))).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
    expect(store.count()).toBe(3);
  });
});

describe('maintainers’ routes', () => {
  it('GET /health answers 200 without a token', async () => {
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('GET /reports and /triage answer 401 without the token or with a wrong one', async () => {
    for (const path of ['/reports', '/triage']) {
      expect((await fetch(base + path)).status).toBe(401);
      expect((await fetch(base + path, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    }
    const change = await fetch(`${base}/reports/${example.id}/status`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"status":"fixed"}',
    });
    expect(change.status).toBe(401);
  });

  it('lists reports filtered by fact id and status, and a maintainer marks them', async () => {
    const other = withId(uuid(), { annotation: { ...example.annotation, factIds: ['mark-rutte'] } });
    await post(example);
    await post(other);
    const byFact = async (factId: string, status?: string) => {
      const query = new URLSearchParams({ factId, ...(status ? { status } : {}) });
      const res = await fetch(`${base}/reports?${query}`, { headers: auth });
      expect(res.status).toBe(200);
      return ((await res.json()) as { reports: Array<{ id: string; status: string }> }).reports;
    };
    expect((await byFact('jens-stoltenberg')).map((r) => r.id)).toEqual([example.id]);
    expect((await byFact('mark-rutte')).map((r) => r.id)).toEqual([other.id]);

    const mark = await fetch(`${base}/reports/${other.id}/status`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"status":"accepted"}',
    });
    expect(mark.status).toBe(200);
    expect(await byFact('mark-rutte', 'accepted')).toHaveLength(1);
    expect(await byFact('mark-rutte', 'new')).toHaveLength(0);
  });

  it('the triage page groups by fact, escapes what readers wrote, and its forms change the status', async () => {
    await post(withId(uuid(), { comment: '<script>alert(1)</script>' }));
    await post(example);
    const basic = { authorization: `Basic ${Buffer.from(`maintainer:${TOKEN}`).toString('base64')}` };
    const page = await fetch(`${base}/triage`, { headers: basic });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<h2>jens-stoltenberg <small>(2)</small></h2>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');

    const form = (origin: string) =>
      fetch(`${base}/reports/${example.id}/status`, {
        method: 'POST',
        redirect: 'manual',
        headers: { ...basic, origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'status=fixed',
      });
    expect((await form('https://evil.example')).status).toBe(403);
    expect(store.get(example.id)?.status).toBe('new');
    const res = await form(base);
    expect(res.status).toBe(303);
    expect(store.get(example.id)?.status).toBe('fixed');
  });
});

describe('durability', () => {
  it('keeps reports and their triage status across a restart on the same file', async () => {
    await post(example);
    store.setStatus(example.id, 'accepted');
    await stop();
    await start();
    const res = await fetch(`${base}/reports`, { headers: auth });
    const { reports } = (await res.json()) as { reports: Array<{ id: string; status: string }> };
    expect(reports).toMatchObject([{ id: example.id, status: 'accepted' }]);
    // A resend after the restart is still recognised as the same report.
    expect((await post(example)).status).toBe(200);
    expect(store.count()).toBe(1);
  });

  it('the intake command (server/intake.ts) serves the database file given on the command line, across process restarts', async () => {
    const cliDb = join(dir, 'cli.sqlite');
    const launch = () =>
      new Promise<{ child: ChildProcess; url: string }>((resolve, reject) => {
        const child = spawn(process.execPath, ['--import', 'tsx', 'server/intake.ts', '--port', '0', '--db', cliDb], {
          env: { ...process.env, INTAKE_TOKEN: TOKEN },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        let out = '';
        child.stdout!.on('data', (chunk) => {
          out += chunk;
          const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
          if (match) resolve({ child, url: match[1] });
        });
        child.on('exit', (code) => reject(new Error(`intake exited with ${code}: ${out}`)));
      });
    const stopChild = (child: ChildProcess) =>
      new Promise((resolve) => {
        child.on('exit', resolve);
        child.kill('SIGTERM');
      });

    let { child, url } = await launch();
    const res = await fetch(`${url}/reports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: EXT },
      body: JSON.stringify(example),
    });
    expect(res.status).toBe(201);
    await stopChild(child);
    ({ child, url } = await launch());
    try {
      const listed = await fetch(`${url}/reports`, { headers: auth });
      expect(((await listed.json()) as { reports: Array<{ id: string }> }).reports.map((r) => r.id)).toEqual([example.id]);
    } finally {
      await stopChild(child);
    }
  }, 30_000);
});
