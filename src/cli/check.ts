// `npm run --silent check -- FILE [--date YYYY-MM-DD] [--json]`
//
// Checks a news page (.html/.htm) or a plain-text file (or `-` for standard input) with the
// same engine and the same text extraction as the extension. The JSON output is a contract
// other tools rely on (tests/fixtures/eval/score.mjs): keep its shape.
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { getFacts } from '../facts';
import { createEngine } from '../engine';
import type { Annotation, ArticleDate } from '../engine/types';
import { isValidIsoDay } from '../engine/dates';
import { findArticleDate as decideDate } from '../engine/article-date';
import { findArticleDate as pageDate } from '../page/page-date';
import { extractText } from '../page/extract';
import { BlockAnalyzer } from '../background/analyze';

class UsageError extends Error {}

interface Args {
  file: string;
  date?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let date: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') json = true;
    else if (a === '--date') {
      date = argv[++i];
      if (!date) throw new UsageError('--date needs a value, YYYY-MM-DD');
    } else if (a.startsWith('--date=')) date = a.slice(7);
    else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new UsageError(`one file at a time (got ${file} and ${a})`);
  }
  if (!file) throw new UsageError('no file given');
  if (date !== undefined && !isValidIsoDay(date)) throw new UsageError(`--date must be a real day as YYYY-MM-DD, got "${date}"`);
  return { file, date, json };
}

function readInput(file: string): Buffer {
  if (file === '-') return readFileSync(0);
  try {
    if (!statSync(file).isFile()) throw new UsageError(`${file} is not a file`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${(e as Error).message}`);
  }
}

/** A NUL byte, or mostly undecodable bytes, in the first 64 KB: not text. */
function isBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 65536);
  if (head.includes(0)) return true;
  const decoded = head.toString('utf8');
  const bad = (decoded.match(/\uFFFD/g) ?? []).length;
  return bad > 8 && bad / Math.max(1, decoded.length) > 0.01;
}

// Large texts are analysed in pieces cut at line breaks, so memory stays bounded by the
// piece, not the file. Claims never cross a line break (a paragraph), so nothing is lost.
const PIECE = 1 << 20;

function analyzeText(text: string, asOf: ArticleDate): Annotation[] {
  const engine = createEngine(getFacts());
  const dateCertain = asOf.asOfSource !== 'today';
  if (text.length <= PIECE) return engine.analyze(text, { asOf: asOf.asOf, dateCertain });
  const out: Annotation[] = [];
  for (let start = 0; start < text.length;) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > start) end = nl + 1;
    }
    for (const a of engine.analyze(text.slice(start, end), { asOf: asOf.asOf, dateCertain }))
      out.push({ ...a, start: a.start + start, end: a.end + start });
    start = end;
  }
  return out;
}

const COLOURS: Record<Annotation['verdict'], string> = {
  contradicted: '\x1b[31m',
  outdated: '\x1b[33m',
  supported: '\x1b[32m',
  context: '\x1b[36m',
};

function printReadable(
  result: { asOf: string; asOfSource: string; factBase: { version: string; checkedThrough: string }; annotations: Annotation[] },
  colour: boolean,
): void {
  const c = (code: string, s: string) => (colour ? `${code}${s}\x1b[0m` : s);
  const problems = result.annotations.filter((a) => a.verdict === 'outdated' || a.verdict === 'contradicted').length;
  console.log(
    c('\x1b[1m', `Judged as of ${result.asOf} (from ${result.asOfSource}): ${result.annotations.length} annotations, ${problems} problems`),
  );
  console.log(c('\x1b[2m', `Fact base ${result.factBase.version}, checked through ${result.factBase.checkedThrough}`));
  for (const a of result.annotations) {
    console.log(`\n${c(COLOURS[a.verdict], a.verdict.toUpperCase().padEnd(12))} “${a.quote}” [${a.start}–${a.end}]`);
    console.log(`  ${a.message}`);
    if (a.sources[0]) console.log(c('\x1b[2m', `  source: ${a.sources[0]}`));
  }
}

export function main(argv: string[]): number {
  let args: Args;
  try {
    args = parseArgs(argv);
    const buf = readInput(args.file);
    if (isBinary(buf)) throw new UsageError(`${args.file} looks like a binary file, not text or HTML`);
    const raw = buf.toString('utf8');
    const ext = extname(args.file).toLowerCase();
    let text: string;
    let asOf: ArticleDate;
    let annotations: Annotation[];
    if (ext === '.html' || ext === '.htm') {
      // Exactly what the content script does: the same extraction, judged block by block
      // with the page's full names known to every block.
      const { document } = parseHTML(raw);
      const extraction = extractText(document.body ?? document.documentElement);
      text = extraction.text;
      asOf = pageDate({ html: document as unknown as Document, text, flag: args.date });
      annotations = new BlockAnalyzer(createEngine(getFacts())).analyzeAll(extraction, {
        asOf: asOf.asOf,
        dateCertain: asOf.asOfSource !== 'today',
      });
    } else {
      text = raw;
      asOf = decideDate({ flag: args.date, text });
      annotations = analyzeText(text, asOf);
    }
    // Which facts the verdicts rest on: the fact base's version and the last day it was checked
    // (after it, red flags about office holders, schedules and targets are withheld).
    const { version, checkedThrough } = getFacts().base;
    const result = { asOf: asOf.asOf, asOfSource: asOf.asOfSource, factBase: { version, checkedThrough }, annotations };
    if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else printReadable(result, process.stdout.isTTY === true && !process.env.NO_COLOR);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) process.stderr.write(`check: ${e.message}\n`);
      process.stderr.write('usage: npm run --silent check -- FILE [--date YYYY-MM-DD] [--json]\n');
      return 2;
    }
    process.stderr.write(`check: ${(e as Error).message}\n`);
    return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
