// `npm run bench`: the in-browser speed benchmark of the content script (bench/page.ts,
// docs/benchmarks.md). A thin launcher so the benchmark can be TypeScript and reuse the e2e
// launcher and fixture server. Arguments pass through (e.g. `npm run bench -- --no-build`).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { status, error } = spawnSync('npx', ['tsx', 'bench/page.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
if (error) throw error;
process.exit(status ?? 1);
