// The `check` command's contract: other tools (tests/fixtures/eval/score.mjs) parse its output.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'factmark-check-'));
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', join(root, 'src/cli/check.ts'), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });

describe('check command', () => {
  it('prints one JSON object with offsets into the text', { timeout: 60_000 }, () => {
    const file = join(dir, 'a.txt');
    const text = 'Former U.S. President Donald Trump met NATO Secretary General Mark Rutte.';
    writeFileSync(file, text);
    const out = run(file, '--date', '2025-10-22', '--json');
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ asOf: '2025-10-22', asOfSource: 'flag' });
    for (const a of result.annotations) {
      expect(text.slice(a.start, a.end)).toBe(a.quote);
      expect(Object.keys(a).sort()).toEqual(['end', 'fact', 'factIds', 'kind', 'message', 'quote', 'sources', 'start', 'verdict']);
    }
    expect(result.annotations.find((a: { quote: string }) => a.quote.startsWith('Former')).verdict).toBe('contradicted');
    // Which facts: the fact base's version and the last day it was checked.
    expect(Object.keys(result)).toEqual(['asOf', 'asOfSource', 'factBase', 'annotations']);
    expect(result.factBase).toEqual({ version: expect.any(String), checkedThrough: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
  });

  it('reads the date from an HTML page and extracts its text like the extension', { timeout: 60_000 }, () => {
    const file = join(dir, 'a.html');
    writeFileSync(
      file,
      `<html><head><meta property="article:published_time" content="2023-05-02T10:00:00Z"><script>var x = "Jens Stoltenberg";</script></head>
      <body><article><p>NATO Secretary-General Jens Stoltenberg spoke.</p></article><aside><time datetime="2020-01-01">old</time></aside></body></html>`,
    );
    const result = JSON.parse(run(file, '--json').stdout);
    expect(result).toMatchObject({ asOf: '2023-05-02', asOfSource: 'meta' });
    expect(result.annotations).toHaveLength(1);
    expect(result.annotations[0].verdict).toBe('supported');
  });

  it('takes a dateline from plain text', { timeout: 60_000 }, () => {
    const file = join(dir, 'dateline.txt');
    writeFileSync(file, ' date 2025-10-23 NATO Secretary General Jens Stoltenberg spoke.');
    expect(JSON.parse(run(file, '--json').stdout)).toMatchObject({ asOf: '2025-10-23', asOfSource: 'dateline' });
  });

  it('fails clearly with exit status 2 on bad input', () => {
    const missing = run(join(dir, 'nope.txt'), '--json');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/no such file/);
    const badDate = run(join(dir, 'a.txt'), '--date', '2025-13-01');
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toMatch(/--date/);
    const bin = join(dir, 'b.bin');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const binary = run(bin);
    expect(binary.status).toBe(2);
    expect(binary.stderr).toMatch(/binary/);
  }, 60_000);

  it('checks a 50 MB text file in bounded memory', () => {
    const file = join(dir, 'big.txt');
    // News-like: most paragraphs name no one; one in eight carries a title claim.
    const filler = 'Markets were calm on the day as traders weighed the outlook for rates, energy and the harvest. '.repeat(10);
    const claim = 'NATO Secretary-General Jens Stoltenberg met allies in Brussels.';
    const block = `${filler}\n`.repeat(7) + `${claim}\n`;
    const copies = Math.ceil((50 * 1024 * 1024) / block.length);
    writeFileSync(file, block.repeat(copies));
    // A 700 MB heap: the file is 50 MB, so the engine must not hold much more than a piece of it at a time.
    const out = spawnSync(
      'node',
      ['--max-old-space-size=700', '--import', 'tsx', join(root, 'src/cli/check.ts'), file, '--date', '2025-10-22', '--json'],
      { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
    expect(out.status, out.stderr.slice(0, 2000)).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.annotations).toHaveLength(copies);
    expect(result.annotations.every((a: { verdict: string }) => a.verdict === 'outdated')).toBe(true);
  }, 600_000);
});
