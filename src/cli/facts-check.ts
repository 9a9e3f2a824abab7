// `npm run facts:check [-- --today YYYY-MM-DD] [--all]`: validates the fact base in src/facts/data and
// reports coverage gaps, stale facts, weakly sourced facts and old knowledge horizons. Exit status 1
// when the data has problems (including a source on an unacceptable domain, or an event still
// "scheduled" after its date), 0 otherwise, 2 on a usage error. See docs/fact-base.md.
//
// The JSON files are first read one by one, so that a syntax error names its file and line
// instead of surfacing as a bundler error from the import in src/facts/data/index.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { HORIZON_MAX_AGE_DAYS, validateFactBase, type ValidationReport } from '../facts/validate';

export const DATA_DIR = resolve(fileURLToPath(new URL('../facts/data', import.meta.url)));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** "at position 123" in V8's JSON error, turned into a line and column a maintainer can go to. */
function locate(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (!match) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  const column = Number(match[1]) - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}

/**
 * Parses every JSON file under `dir`. Problems: files that are not valid JSON. Warnings: files that
 * index.ts does not import, which would silently be left out of the fact base.
 */
export function checkDataFiles(dir: string): { problems: string[]; warnings: string[] } {
  const problems: string[] = [];
  const warnings: string[] = [];
  let index = '';
  try {
    index = readFileSync(join(dir, 'index.ts'), 'utf8');
  } catch {
    warnings.push(`${dir}/index.ts not found: cannot tell which data files are used`);
  }
  for (const path of jsonFiles(dir).sort()) {
    const name = relative(dir, path);
    const text = readFileSync(path, 'utf8');
    try {
      JSON.parse(text);
    } catch (error) {
      const message = (error as Error).message;
      problems.push(`${name} is not valid JSON${locate(text, message)}: ${message}`);
    }
    if (index && !index.includes(`'./${name}'`) && !index.includes(`"./${name}"`)) {
      warnings.push(`${name} is not imported by index.ts, so it is not part of the fact base`);
    }
  }
  return { problems, warnings };
}

/** How many weakly sourced facts are listed without --all (the rest are counted). */
const SOURCING_SHOWN = 15;

export function formatReport(report: ValidationReport, today: string, options: { all?: boolean } = {}): string {
  const lines: string[] = [];
  const section = (title: string, items: string[], limit = Infinity) => {
    if (items.length === 0) return;
    const shown = items.slice(0, limit);
    lines.push('', `${title} (${items.length}):`, ...shown.map((item) => `  - ${item}`));
    if (shown.length < items.length) lines.push(`  … and ${items.length - shown.length} more (npm run facts:check -- --all lists them)`);
  };
  section('PROBLEMS', report.problems);
  section('Warnings', report.warnings);
  section(`Coverage gaps as of ${today}`, report.coverage);
  section('Stale: still in office, last checked more than a year ago', report.stale);
  section(`Knowledge horizons older than ${HORIZON_MAX_AGE_DAYS} days on ${today}: re-check, then move checkedThrough`, report.horizon);
  section('Weakly sourced: verified, but no primary or press source', report.sourcing, options.all ? Infinity : SOURCING_SHOWN);
  const counts = Object.entries(report.counts)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  lines.push(
    '',
    report.problems.length > 0
      ? `facts:check FAILED: ${report.problems.length} problem(s).`
      : `facts:check OK${counts ? `: ${counts}` : ''}. ${report.warnings.length} warning(s), ${report.coverage.length} coverage gap(s), ${report.stale.length} stale fact(s), ${report.horizon.length} old horizon(s), ${report.sourcing.length} weakly sourced fact(s).`,
  );
  return lines.join('\n').replace(/^\n/, '');
}

async function main(argv: string[]): Promise<number> {
  let today = new Date().toISOString().slice(0, 10);
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--today' && /^\d{4}-\d{2}-\d{2}$/.test(argv[i + 1] ?? '')) today = argv[++i];
    else if (argv[i] === '--all') all = true;
    else {
      process.stderr.write(`facts:check: unknown argument "${argv[i]}". Usage: npm run facts:check [-- --today YYYY-MM-DD] [--all]\n`);
      return 2;
    }
  }
  const files = checkDataFiles(DATA_DIR);
  if (files.problems.length > 0) {
    process.stderr.write(
      formatReport(
        { problems: files.problems, warnings: files.warnings, coverage: [], stale: [], sourcing: [], horizon: [], counts: {} },
        today,
      ) + '\n',
    );
    return 1;
  }
  const { rawFactBase } = await import('../facts/data/index');
  const report = validateFactBase(rawFactBase, { today });
  report.warnings.unshift(...files.warnings);
  const text = formatReport(report, today, { all });
  if (report.problems.length > 0) {
    process.stderr.write(text + '\n');
    return 1;
  }
  process.stdout.write(text + '\n');
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
