// The intake server over real HTTP on 127.0.0.1 with a real SQLite file in a temp folder.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, readFileSync, writeFileSync, existsSync, chmodSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createIntakeServer, MAX_BODY_BYTES } from './app';
import { ReportStore } from './db';

const example = JSON.parse(readFileSync(new URL('../docs/report-example.json', import.meta.url), 'utf8'));
const EXT = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';
const TOKEN = 'test-token-7f3a-intake';

const withId = (id: string, extra: Record<string, unknown> = {}) => ({ ...example, id, ...extra });
const uuid = () => crypto.randomUUID();

let dir: string;
let dbFile: string;
let store: ReportStore;
let server: Server;
let base: string;

async function start(rateLimit = { max: 1000, windowMs: 60_000 }, factsDir?: string) {
  store = new ReportStore(dbFile);
  server = createIntakeServer({ store, token: TOKEN, rateLimit, factsDir });
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
  it('GET /health answers 200 without a token when the database can be written', async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, writable: true });
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
          const url = /listening on (http:\/\/[\d.]+:\d+)/.exec(out)?.[1];
          if (url) resolve({ child, url });
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

// ---- Edges (issue 15 §9): each gets its answer, not a reset, a stack trace or a silent start.

/** Runs the intake command expecting it to refuse to start: its exit status and what it wrote. */
function runIntakeExpectingFailure(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'server/intake.ts', '--port', '0', ...args], {
    env: { ...process.env, INTAKE_TOKEN: TOKEN, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

/**
 * Makes a file read-only for this process: `chattr +i` when running as root (root ignores file
 * modes), chmod otherwise. Returns the undo, or null when this machine allows neither.
 */
function makeReadOnly(file: string): (() => void) | null {
  const isRoot = process.getuid?.() === 0;
  try {
    if (isRoot) execFileSync('chattr', ['+i', file], { stdio: 'ignore' });
    else chmodSync(file, 0o444);
  } catch {
    return null;
  }
  return () => (isRoot ? execFileSync('chattr', ['-i', file], { stdio: 'ignore' }) : chmodSync(file, 0o644));
}

/** A 256 KB tmpfs at `dir` (needs root and mount rights, as in a CI container); null elsewhere. */
function mountTinyDisk(dir: string): (() => void) | null {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    return null;
  }
  return () => execFileSync('umount', ['-l', dir], { stdio: 'ignore' });
}

/** Writes to `dir` until the disk is full. */
function fillDisk(dir: string): void {
  const block = Buffer.alloc(4096, 1);
  for (let i = 0; ; i++) {
    try {
      writeFileSync(join(dir, `filler-${i}`), block);
    } catch {
      return;
    }
  }
}

const oneLine = (text: string) => {
  expect(text.split('\n')).toHaveLength(1);
  expect(text).not.toMatch(/\bat \S+ \(|node:internal|SqliteError/);
};

describe('intake edges', () => {
  it('answers 400 to a malformed percent-escape in a path, without logging an internal error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (const path of ['/reports/%E0%A4%A/status', '/reports/%/status', '/reports/%ZZ/status']) {
        const res = await fetch(base + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"status":"fixed"}',
        });
        expect(res.status, path).toBe(400);
        expect(((await res.json()) as { error: string }).error).toMatch(/malformed/);
      }
      // A well-formed escape still reaches the route (and its token check).
      const fine = await fetch(`${base}/reports/${encodeURIComponent('a b')}/status`, { method: 'POST', body: '{}' });
      expect(fine.status).toBe(401);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('answers 413 to a body over the limit whether chunked or not, however much more follows', async () => {
    const chunked = (bytes: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let sent = 0; sent < bytes; sent += 16_384) controller.enqueue(new Uint8Array(16_384).fill(32));
          controller.close();
        },
      });
    for (const bytes of [MAX_BODY_BYTES + 16_384, 8 * 1024 * 1024]) {
      const streamed = await fetch(`${base}/reports`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: EXT },
        body: chunked(bytes),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.headers.get('content-length')).toBeTruthy();
      expect(streamed.status, `chunked ${bytes}`).toBe(413);
      expect(streamed.headers.get('access-control-allow-origin')).toBe(EXT);
      expect(((await streamed.json()) as { error: string }).error).toMatch(/over 65536 bytes/);
      const declared = await post(' '.repeat(bytes));
      expect(declared.status, `Content-Length ${bytes}`).toBe(413);
    }
    // The server is still there for the next report.
    expect((await post(withId(uuid()))).status).toBe(201);
    expect(store.count()).toBe(1);
  });

  it('/health answers 503 when the database cannot be written, and the command will not start on it', async () => {
    await stop();
    const undo = makeReadOnly(dbFile);
    if (!undo) return void console.warn('skipped: cannot make a file read-only here');
    try {
      await start();
      const res = await fetch(`${base}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, writable: false, error: expect.stringMatching(/readonly/) });
      // Reports get a 503, so the extension keeps them queued and sends them again later; one line in the log.
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      const refused = await post(withId(uuid()));
      const lines = [...logged.mock.calls];
      logged.mockRestore();
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(lines).toEqual([
        [expect.stringMatching(/^intake: cannot store report [\w-]+: attempt to write a readonly database \(SQLITE_READONLY\)$/)],
      ]);

      const run = runIntakeExpectingFailure(['--db', dbFile]);
      expect(run.status).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toMatch(
        /^intake: cannot write the database .*reports\.sqlite: attempt to write a readonly database \(SQLITE_READONLY\)$/,
      );
    } finally {
      await stop();
      undo();
      await start();
    }
  }, 30_000);

  it('the command will not start on a database it cannot create, with one line', () => {
    const run = runIntakeExpectingFailure(['--db', join(dir, 'no-such-folder', 'reports.sqlite')]);
    expect(run.status).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/^intake: cannot open the database .*no-such-folder\/reports\.sqlite: /);
  }, 30_000);

  it('on a full disk: /health answers 503 and the command will not start, with one line', async () => {
    const disk = join(dir, 'disk');
    const unmount = mountTinyDisk(disk);
    if (!unmount) return void console.warn('skipped: cannot mount a small tmpfs here (needs root)');
    const fullStore = new ReportStore(join(disk, 'reports.sqlite'));
    const fullServer = createIntakeServer({ store: fullStore, token: TOKEN });
    try {
      await new Promise<void>((resolve) => fullServer.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(fullServer.address() as AddressInfo).port}`;
      expect((await fetch(`${url}/health`)).status).toBe(200);
      fillDisk(disk);
      const res = await fetch(`${url}/health`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ writable: false, error: expect.stringMatching(/full/) });

      const run = runIntakeExpectingFailure(['--db', join(disk, 'new.sqlite')]);
      expect(run.status).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toMatch(/^intake: cannot (open|write) the database .*new\.sqlite: .*full/);
    } finally {
      fullServer.closeAllConnections();
      await new Promise<void>((resolve) => fullServer.close(() => resolve()));
      fullStore.close();
      unmount();
    }
  }, 30_000);

  it('refuses to start with an INTAKE_TOKEN under 16 characters', () => {
    for (const token of ['x', 'fifteen-chars-1']) {
      const run = runIntakeExpectingFailure(['--db', join(dir, 'token.sqlite')], { INTAKE_TOKEN: token });
      expect(run.status).toBe(1);
      oneLine(run.stderr);
      expect(run.stderr).toBe(`intake: INTAKE_TOKEN has ${token.length} characters; use at least 16 (e.g. openssl rand -base64 24)`);
    }
    expect(existsSync(join(dir, 'token.sqlite'))).toBe(false);
  }, 30_000);
});

describe('GET /facts/', () => {
  it('serves the published bundle and its signature from --facts-dir to any origin, afresh each time', async () => {
    expect((await fetch(`${base}/facts/facts.json`)).status).toBe(404); // no --facts-dir
    const factsDir = join(dir, 'facts');
    mkdirSync(factsDir);
    await stop();
    await start(undefined, factsDir);
    expect((await fetch(`${base}/facts/facts.json`)).status).toBe(404); // nothing published yet
    writeFileSync(join(factsDir, 'facts.json'), '{"format":1,"version":"1"}');
    writeFileSync(join(factsDir, 'facts.json.sig'), 'c2lnbmF0dXJl\n');
    const bundle = await fetch(`${base}/facts/facts.json`, { headers: { origin: EXT } });
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toMatch(/^application\/json/);
    expect(bundle.headers.get('access-control-allow-origin')).toBe('*');
    expect(await bundle.text()).toBe('{"format":1,"version":"1"}');
    expect(await (await fetch(`${base}/facts/facts.json.sig`)).text()).toBe('c2lnbmF0dXJl\n');
    writeFileSync(join(factsDir, 'facts.json'), '{"format":1,"version":"2"}');
    expect(await (await fetch(`${base}/facts/facts.json`)).text()).toBe('{"format":1,"version":"2"}');
    // Nothing else in the folder is reachable.
    writeFileSync(join(dir, 'secret.txt'), 'no');
    for (const path of ['/facts/../secret.txt', '/facts/%2e%2e/secret.txt', '/facts/', '/facts/other.json']) {
      expect((await fetch(base + path)).status, path).toBe(404);
    }
  });
});
