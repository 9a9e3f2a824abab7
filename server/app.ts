// The intake server: receives reports from the extension and lets maintainers triage them.
// node:http and nothing else: five routes do not need a framework.
//   POST /reports               report JSON (docs/reports.md) -> 201 {id} new, 200 {id, duplicate} known
//   GET  /health                200 when the database can be written, 503 when it cannot
//   GET  /facts/facts.json(.sig) the latest signed fact-base bundle, from --facts-dir (docs/fact-base.md)
//   GET  /reports?factId&status JSON list            (INTAKE_TOKEN)
//   GET  /triage?status         HTML, grouped by fact (INTAKE_TOKEN)
//   POST /reports/:id/status    accepted|rejected|fixed|new (INTAKE_TOKEN)
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { timingSafeEqual, createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { reportProblems, type Report } from '../src/report/schema';
import { describeDatabaseError, TRIAGE_STATUSES, type ReportStore, type TriageStatus } from './db';
import { triagePage } from './triage';

export const MAX_BODY_BYTES = 64 * 1024;
/** After a 413, this much more of the refused body is read and dropped before the connection is cut. */
const DISCARD_BYTES = 1024 * 1024;
/** Shorter tokens are refused at start-up (server/intake.ts): the token guards every report. */
export const MIN_TOKEN_LENGTH = 16;

export interface IntakeOptions {
  store: ReportStore;
  /** Guards the maintainers' routes; when unset they always answer 401. */
  token?: string;
  /** Report submissions allowed per client address per window. */
  rateLimit?: { max: number; windowMs: number };
  now?: () => number;
  /** Where `npm run facts:publish` writes facts.json and facts.json.sig; served at /facts/. Unset: 404. */
  factsDir?: string;
}

/** chrome-extension://<32 letters>, moz-extension://<uuid>, safari-web-extension://<uuid>. */
const EXTENSION_ORIGIN = /^(?:chrome-extension|moz-extension|safari-web-extension):\/\/[A-Za-z0-9-]+$/;
const isExtensionOrigin = (origin: string | undefined): origin is string => !!origin && EXTENSION_ORIGIN.test(origin);

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** A fixed window per client: simple, bounded memory (the map is emptied every window). */
class RateLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}
  /** Seconds to wait, or 0 when this request is allowed. */
  take(client: string): number {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now;
      this.counts.clear();
    }
    const count = (this.counts.get(client) ?? 0) + 1;
    this.counts.set(client, count);
    return count > this.max ? Math.ceil((this.windowStart + this.windowMs - now) / 1000) : 0;
  }
}

const tooLarge = () => new HttpError(413, `body over ${MAX_BODY_BYTES} bytes`, { connection: 'close' });

/**
 * After a refusal, keeps reading (and dropping) the rest of the body so that the client, still
 * sending, reads the 413 instead of a connection reset; cuts the connection only if it goes on
 * sending long after the answer.
 */
function discardRest(req: IncomingMessage): void {
  let dropped = 0;
  req.removeAllListeners('data');
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > DISCARD_BYTES) req.socket.destroy();
  });
  req.resume();
}

/** Reads the body, refusing more than MAX_BODY_BYTES whatever Content-Length claims (chunked or not). */
function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    discardRest(req);
    return Promise.reject(tooLarge());
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        discardRest(req);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A path segment, percent-decoded; a malformed escape (%E0%A4%A) is the client's error, not ours. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'malformed percent-escape in the address');
  }
}

const FACTS_FILES: Record<string, string> = {
  '/facts/facts.json': 'application/json; charset=utf-8',
  '/facts/facts.json.sig': 'text/plain; charset=utf-8',
};

/**
 * The signed bundle and its signature, read afresh on each request (publishing replaces them).
 * Any origin may read them: they are public, and signed, so CORS "*" lets any extension fetch
 * them from its background with no host permission.
 */
async function sendFactsFile(res: ServerResponse, factsDir: string | undefined, pathname: string, head: boolean): Promise<void> {
  if (!factsDir) throw new HttpError(404, 'this server publishes no fact-base updates (start it with --facts-dir)');
  let body: Buffer;
  try {
    body = await readFile(join(factsDir, pathname.slice('/facts/'.length)));
  } catch {
    throw new HttpError(404, 'no fact-base bundle published yet', { 'access-control-allow-origin': '*' });
  }
  res.writeHead(200, {
    'content-type': FACTS_FILES[pathname],
    'content-length': body.length,
    'access-control-allow-origin': '*',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  res.end(head ? undefined : body);
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  const isHtml = typeof body === 'string';
  const text = isHtml ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': isHtml ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    ...(isHtml
      ? { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'" }
      : {}),
    ...headers,
  });
  res.end(text);
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Bearer <token>, or HTTP Basic with the token as password (so a browser can open the triage page). */
function presentedToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1];
  if (bearer) return bearer.trim();
  const basic = /^Basic\s+(.+)$/i.exec(header)?.[1];
  if (basic) {
    const decoded = Buffer.from(basic, 'base64').toString('utf8');
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return undefined;
}

function requireToken(req: IncomingMessage, token: string | undefined): void {
  const given = presentedToken(req);
  // Hashing first makes the comparison constant-time whatever the lengths.
  if (!token || given === undefined || !timingSafeEqual(digest(given), digest(token))) {
    throw new HttpError(401, 'a valid INTAKE_TOKEN is required', { 'www-authenticate': 'Basic realm="Factmark intake", charset="UTF-8"' });
  }
}

const corsHeaders = (origin: string) => ({
  'access-control-allow-origin': origin,
  'access-control-allow-methods': 'POST',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '600',
  vary: 'Origin',
});

const parseStatus = (value: unknown): TriageStatus | undefined =>
  (TRIAGE_STATUSES as readonly unknown[]).includes(value) ? (value as TriageStatus) : undefined;

export function createIntakeServer(options: IntakeOptions): Server {
  const { store, token } = options;
  const now = options.now ?? Date.now;
  const limiter = new RateLimiter(options.rateLimit?.max ?? 30, options.rateLimit?.windowMs ?? 60_000, now);

  async function postReport(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = req.headers.origin;
    // A web page may post a "simple" request without a preflight: only extensions (and tools with no Origin) may submit.
    if (origin !== undefined && !isExtensionOrigin(origin)) throw new HttpError(403, 'reports are accepted from the extension only');
    const cors = origin ? corsHeaders(origin) : {};
    const wait = limiter.take(req.socket.remoteAddress ?? 'unknown');
    if (wait > 0) throw new HttpError(429, 'too many reports; try again later', { 'retry-after': String(wait), ...cors });
    try {
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) throw new HttpError(415, 'expected application/json');
      const body = await readBody(req);
      let candidate: unknown;
      try {
        candidate = JSON.parse(body.toString('utf8'));
      } catch {
        throw new HttpError(400, 'malformed JSON');
      }
      const problems = reportProblems(candidate);
      if (problems.length) {
        send(res, 422, { error: 'the report does not match the schema (docs/reports.md)', problems }, cors);
        return;
      }
      const report = candidate as Report;
      let isNew: boolean;
      try {
        isNew = store.add(report);
      } catch (error) {
        // Read-only database, full disk, a lock: the report is fine, the server is not. 503 keeps
        // it queued in the extension, which sends it again later.
        console.error(`intake: cannot store report ${report.id}: ${describeDatabaseError(error)}`);
        throw new HttpError(503, 'the server cannot store reports right now', { 'retry-after': '60' });
      }
      // The id in the answer is the receipt: the extension marks a report sent only when it sees it.
      send(res, isNew ? 201 : 200, { id: report.id, duplicate: !isNew }, cors);
    } catch (error) {
      if (error instanceof HttpError) throw new HttpError(error.status, error.message, { ...error.headers, ...cors });
      throw error;
    }
  }

  async function postStatus(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    requireToken(req, token);
    // The browser resends Basic credentials to this host on its own: refuse forms posted from other sites.
    const origin = req.headers.origin;
    if (origin !== undefined && origin !== `http://${req.headers.host}` && origin !== `https://${req.headers.host}`) {
      throw new HttpError(403, 'cross-site status change refused');
    }
    const body = (await readBody(req)).toString('utf8');
    const isForm = /^application\/x-www-form-urlencoded\b/i.test(req.headers['content-type'] ?? '');
    let requested: unknown;
    try {
      requested = isForm ? new URLSearchParams(body).get('status') : (JSON.parse(body) as { status?: unknown }).status;
    } catch {
      throw new HttpError(400, 'malformed JSON');
    }
    const status = parseStatus(requested);
    if (!status) throw new HttpError(400, `status must be one of ${TRIAGE_STATUSES.join(', ')}`);
    if (!store.setStatus(id, status)) throw new HttpError(404, 'no such report');
    if (isForm) {
      res.writeHead(303, { location: '/triage' }).end();
      return;
    }
    send(res, 200, { id, status });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://intake.invalid');
    } catch {
      throw new HttpError(400, 'malformed address');
    }
    const method = req.method ?? 'GET';
    const statusReportId = /^\/reports\/([^/]+)\/status$/.exec(url.pathname)?.[1];

    if (url.pathname === '/health' && method === 'GET') {
      // A cheap write: a server that answers but cannot store reports is not healthy.
      const problem = store.probeWrite();
      return problem ? send(res, 503, { ok: false, writable: false, error: problem }) : send(res, 200, { ok: true, writable: true });
    }
    if (Object.hasOwn(FACTS_FILES, url.pathname) && (method === 'GET' || method === 'HEAD')) {
      return sendFactsFile(res, options.factsDir, url.pathname, method === 'HEAD');
    }
    if (url.pathname === '/reports' && method === 'OPTIONS') {
      const origin = req.headers.origin;
      if (!isExtensionOrigin(origin)) throw new HttpError(403, 'CORS is answered for extension origins only');
      res.writeHead(204, corsHeaders(origin)).end();
      return;
    }
    if (url.pathname === '/reports' && method === 'POST') return postReport(req, res);
    if (url.pathname === '/reports' && method === 'GET') {
      requireToken(req, token);
      const status = url.searchParams.get('status') ?? undefined;
      if (status !== undefined && !parseStatus(status)) throw new HttpError(400, `status must be one of ${TRIAGE_STATUSES.join(', ')}`);
      const reports = store.list({ factId: url.searchParams.get('factId') ?? undefined, status: parseStatus(status) });
      return send(res, 200, { reports });
    }
    if (url.pathname === '/triage' && method === 'GET') {
      requireToken(req, token);
      const status = parseStatus(url.searchParams.get('status'));
      return send(res, 200, triagePage(store.list({ status }), status));
    }
    if (statusReportId && method === 'POST') return postStatus(req, res, decodeSegment(statusReportId));
    throw new HttpError(404, 'not found');
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof HttpError) return send(res, error.status, { error: error.message }, error.headers);
      if (error instanceof URIError) return send(res, 400, { error: 'malformed address' });
      console.error('intake: unexpected error', error);
      send(res, 500, { error: 'internal error' });
    });
  });
}
