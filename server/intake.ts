// `npm run intake -- --port 8787 --db reports.sqlite [--host 127.0.0.1] [--rate 30]`
// The maintainers' routes need INTAKE_TOKEN in the environment.
import { parseArgs } from 'node:util';
import { createIntakeServer } from './app';
import { ReportStore } from './db';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    db: { type: 'string', default: 'reports.sqlite' },
    rate: { type: 'string', default: '30' },
  },
});

const store = new ReportStore(values.db);
const token = process.env.INTAKE_TOKEN || undefined;
const server = createIntakeServer({ store, token, rateLimit: { max: Number(values.rate), windowMs: 60_000 } });
server.listen(Number(values.port), values.host, () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : values.port;
  console.log(`intake: listening on http://${values.host}:${port}, ${store.count()} report(s) in ${values.db}`);
  if (!token) console.log('intake: INTAKE_TOKEN is not set, so GET /reports and /triage answer 401');
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
