// Builds the extension once for all end-to-end tests: rebuilt only when a source file is
// newer than the last build's manifest, so a run of several test files builds once.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
export type Target = 'chrome' | 'firefox';

/** Where WXT writes each target (Firefox defaults to Manifest V2). */
export function outputDir(target: Target): string {
  return join(ROOT, process.env.WXT_OUT_DIR ?? '.output', target === 'chrome' ? 'chrome-mv3' : 'firefox-mv2');
}

const SOURCES = ['entrypoints', 'src', 'assets', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/**
 * The environment of a build for tests and benchmarks: WXT_PERF_MARKS=1 puts the
 * factmark:start / factmark:done performance marks in (a build for readers has none).
 */
const MEASURED_BUILD_ENV = { ...process.env, WXT_PERF_MARKS: '1' };

/** True when the build's content script sets the performance marks the tests wait for. */
function hasPerfMarks(dir: string): boolean {
  const script = join(dir, 'content-scripts', 'content.js');
  return existsSync(script) && readFileSync(script, 'utf8').includes('performance.mark(`factmark:done`)');
}

export function ensureBuilt(target: Target): string {
  const dir = outputDir(target);
  const manifest = join(dir, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((p) => newestMtime(join(ROOT, p))));
  // A build made by hand (`npx wxt build`) is a reader's build, without marks: build again.
  if (!builtAt || changedAt > builtAt || !hasPerfMarks(dir) || process.env.FACTMARK_FORCE_BUILD) {
    execFileSync('npx', ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])], {
      cwd: ROOT,
      stdio: 'pipe',
      env: MEASURED_BUILD_ENV,
    });
  }
  return dir;
}
