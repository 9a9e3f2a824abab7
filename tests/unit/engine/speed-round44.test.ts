// The engine's bundle stays ASCII (round 44). One non-ASCII character left in a script makes V8 hold the whole script as a
// two-byte string, decoded and scanned the slow way at every start: with 1,166 such lines (quotes and dashes in regular
// expressions, String.raw patterns and comments the bundler keeps) the bench's 2 MB pass cost 260 M instructions more.
// esbuild escapes the non-ASCII characters of strings, not those of regular-expression literals or kept comments;
// eslint's no-restricted-syntax rule catches the first two in src/, and this test catches whatever else reaches the bundle.
import { build } from 'esbuild';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('the bundle of the engine, its facts and the background analyser holds no non-ASCII character', async () => {
  const root = join(__dirname, '../../..');
  const out = await build({
    stdin: {
      contents: [
        "export { getFacts } from './src/facts';",
        "export { createEngine } from './src/engine';",
        "export { BlockAnalyzer } from './src/background/analyze';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const text = out.outputFiles[0]!.text;
  expect(text.length).toBeGreaterThan(1_000_000);
  const lines = text.split('\n');
  const offending = lines.flatMap((line, i) => (/[\u0080-\uffff]/.test(line) ? [`${i + 1}: ${line.trim().slice(0, 160)}`] : []));
  expect(offending.slice(0, 10), `${offending.length} bundle lines hold non-ASCII characters`).toEqual([]);
}, 60_000);
