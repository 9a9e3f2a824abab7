// `npm run intake -- --port 8787 --db reports.sqlite [--host 127.0.0.1] [--rate 30] [--facts-dir DIR]`
// The maintainers' routes need INTAKE_TOKEN (at least 16 characters) in the environment.
// --facts-dir: where `npm run facts:publish` writes the signed fact-base bundle, served at /facts/.
import { parseArgs } from 'node:util';
import { createIntakeServer, MIN_TOKEN_LENGTH } from './app';
import { describeDatabaseError, ReportStore } from './db';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: 'reports.sqlite' },
    rate: { type: 'string', default: '30' },
    'facts-dir': { type: 'string' },
  },
});

/** Start-up problems get one clear line and exit status 1, not a stack trace. */
function fail(message: string): never {
  console.error(`intake: ${message}`);
  process.exit(1);
}

const token = process.env.INTAKE_TOKEN || undefined;
if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
  fail(`INTAKE_TOKEN has ${token.length} characters; use at least ${MIN_TOKEN_LENGTH} (e.g. openssl rand -base64 24)`);
}

// Open the database and write to it once: a server that cannot store reports must not start.
let store: ReportStore;
try {
  store = new ReportStore(values.db);
} catch (error) {
  fail(`cannot open the database ${values.db}: ${describeDatabaseError(error)}`);
}
const problem = store.probeWrite();
if (problem) {
  store.close();
  fail(`cannot write the database ${values.db}: ${problem}`);
}

const factsDir = values['facts-dir'];
const server = createIntakeServer({ store, token, factsDir, rateLimit: { max: Number(values.rate), windowMs: 60_000 } });
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`intake: listening on http://${values.host}:${port}, ${store.count()} report(s) in ${values.db}`);
  if (!token) console.log('intake: INTAKE_TOKEN is not set, so GET /reports and /triage answer 401');
  if (factsDir) console.log(`intake: serving fact-base updates from ${factsDir} at /facts/facts.json`);
});

function stop() {
  server.close(() => {
    store.close();
    process.exit(0);
  });
  // Keep-alive connections would hold close() open.
  server.closeAllConnections();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
