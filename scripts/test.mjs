#!/usr/bin/env node
// `npm test`: every check the project has, in order, with one summary at the end. The order is
// hypothesis/client's: format, lint, typecheck, test (cheap and certain first).
//   1. format       — Prettier (`npm run format` fixes it)
//   2. lint         — typescript-eslint, then knip (unused files, exports and dependencies)
//   3. facts:check  — the fact base validates (schema, references, dates, sources)
//   4. typecheck    — tsc over the whole project, then noUncheckedIndexedAccess on the directories
//                     tsconfig.strict.json lists (scripts/typecheck-strict.mjs)
//   5. unit tests   — vitest (engine, fact base, extraction, server)
//   6. builds       — Chrome MV3 and Firefox
//   7. e2e tests    — the built extension in Chromium (Playwright) and Firefox (puppeteer)
// Every step runs even if an earlier one failed (except e2e, which needs the builds), so one
// run shows everything that is wrong. The last line reads "N passed, N failed, N skipped".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { stripVTControlCharacters } from 'node:util';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const scratch = mkdtempSync(join(tmpdir(), 'factmark-test-'));
const results = [];

function run(title, command, args, { json } = {}) {
  console.log(`\n━━ ${title}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const child = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const result = { title, ok: child.status === 0, seconds, passed: 0, failed: 0, skipped: 0 };
  if (json && existsSync(json)) {
    // Count test cases from vitest's JSON report rather than the step as one.
    const report = JSON.parse(readFileSync(json, 'utf8'));
    result.passed = report.numPassedTests;
    // A file that failed outside its tests (an import error, a failing beforeAll) counts once.
    result.failed = report.numFailedTests + filesFailedOutsideTests(report);
    result.skipped = report.numPendingTests + report.numTodoTests;
    result.failures = failuresOf(report);
    if (!result.ok && result.failed === 0) result.failed = 1; // crashed outside any test
  } else if (result.ok) result.passed = 1;
  else result.failed = 1;
  results.push(result);
  return result.ok;
}

/** The failed tests' names and the first line of each error, for the summary: a CI log is often
 * read from its tail only, and "1 failed" alone does not say which test to look at. */
function failuresOf(report) {
  const failures = [];
  for (const file of report.testResults) {
    const failed = file.assertionResults.filter((t) => t.status === 'failed');
    for (const t of failed) failures.push(`${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    if (file.status === 'failed' && failed.length === 0) failures.push(`${file.name}: ${firstLine(file.message)}`);
  }
  return failures;
}

const firstLine = (message = '') =>
  stripVTControlCharacters(message)
    .split('\n')
    .find((line) => line.trim())
    ?.trim()
    .slice(0, 300) ?? '(no message)';

function filesFailedOutsideTests(report) {
  return report.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed')).length;
}

const vitest = (title, configArgs, name) => {
  const json = join(scratch, `${name}.json`);
  return run(title, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${json}`], {
    json,
  });
};

run('format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
run('lint', 'npx', ['eslint', '.']);
run('unused code', 'npx', ['knip']);
run('fact base', 'npm', ['run', '--silent', 'facts:check']);
run('typecheck', 'npx', ['tsc', '--noEmit', '-p', '.']);
run('typecheck (strict)', 'node', ['scripts/typecheck-strict.mjs']);
vitest('unit tests', [], 'unit');
// The e2e tests wait for the content script's performance marks, which only a measured build
// has (WXT_PERF_MARKS=1; a reader's build leaves the page's timeline alone).
process.env.WXT_PERF_MARKS = '1';
const chromeBuilt = run('build (Chrome MV3)', 'npx', ['wxt', 'build']);
const firefoxBuilt = run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
if (chromeBuilt && firefoxBuilt) vitest('e2e tests', ['--config', 'vitest.e2e.config.ts'], 'e2e');
else results.push({ title: 'e2e tests', ok: false, seconds: '0', passed: 0, failed: 1, skipped: 0, note: 'not run: a build failed' });
rmSync(scratch, { recursive: true, force: true });

const total = results.reduce((t, r) => ({ passed: t.passed + r.passed, failed: t.failed + r.failed, skipped: t.skipped + r.skipped }), {
  passed: 0,
  failed: 0,
  skipped: 0,
});
console.log('\n━━ Summary');
for (const r of results) {
  const counts =
    r.passed + r.failed + r.skipped > 1 ? ` (${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''})` : '';
  console.log(
    `  ${r.ok ? 'PASS' : 'FAIL'}  ${r.title.padEnd(20)} ${String(r.seconds).padStart(6)} s${counts}${r.note ? ` — ${r.note}` : ''}`,
  );
  for (const failure of r.failures ?? []) console.log(`        ✗ ${failure}`);
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
