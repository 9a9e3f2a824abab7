// `npm run bench:engine`: the engine's throughput on >= 10 MB of news-like text, next to a
// bare pass over the same text (one regular-expression scan for capitalised words), as a
// ratio. It measures and prints; it never fails on noise. CPU time of this process is used,
// not wall time, so the figures hold on a busy machine too.
//
// Two corpora, because throughput depends on how much of the text names someone:
// - "dense": the seed articles back to back: every paragraph is about NATO diplomacy;
// - "news mix": a news site's mix, one paragraph in ten from the seed articles, the rest
//   general news that names no one (markets, weather, local politics).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getFacts } from '../src/facts';
import { createEngine } from '../src/engine';
import { BlockAnalyzer } from '../src/background/analyze';
import type { Extraction } from '../src/page/extract';

const seeds = join(import.meta.dirname, '..', 'tests', 'fixtures', 'seeds');
const paragraphs = readdirSync(seeds)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(seeds, f), 'utf8').split('\n'))
  .filter((p) => p.trim().length > 40);
const general = [
  'Markets were steady on the day as traders weighed the outlook for interest rates, energy prices and the harvest.',
  'Local officials said the new bridge would open in the spring after delays caused by flooding and a shortage of steel.',
  'The city council approved a budget that raises spending on schools and public transport next year.',
  'Forecasters expect heavy rain over the weekend, with strong winds along the coast and snow on higher ground.',
  'The club confirmed that its captain will miss the next three matches with a hamstring injury sustained in training.',
];

function corpus(seedShare: number): string {
  const target = 10 * 1024 * 1024;
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const fromSeeds = seedShare >= 1 || i % Math.round(1 / seedShare) === 0;
    // Every paragraph unique (a serial number at its end), so no result comes from a cache.
    const p = `${fromSeeds ? paragraphs[i % paragraphs.length] : `${general[i % general.length]} ${general[(i + 2) % general.length]}`} [${i}]`;
    out.push(p);
    size += p.length + 1;
  }
  return out.join('\n');
}

const engine = createEngine(getFacts());
const asOf = '2025-10-22';

// The corpus is analysed as a page is (src/background/analyze.ts): surveyed in large pieces, then
// judged a paragraph at a time where the survey found a name. A fresh analyzer each run, so
// nothing comes from its cache.
function asExtraction(text: string): Extraction {
  const blocks: Extraction['blocks'] = [];
  for (let start = 0; start < text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    blocks.push({ start, end });
    start = end + 1;
  }
  return { text, blocks, segments: [] };
}
function analyzeAll(text: string): number {
  return new BlockAnalyzer(engine).analyzeAll(asExtraction(text), { asOf }).length;
}
function barePass(text: string): number {
  let count = 0;
  const re = /\b[A-Z][a-z]+\b/g;
  while (re.exec(text)) count++;
  return count;
}
function cpuTime(fn: () => number, runs = 3): { ms: number; result: number } {
  let best = Infinity;
  let result = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    result = fn();
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, result };
}

const figures: Record<string, unknown> = {};
for (const [name, share] of [
  ['dense', 1],
  ['newsMix', 0.1],
] as const) {
  const text = corpus(share);
  const mb = text.length / (1024 * 1024);
  analyzeAll(text.slice(0, 200_000)); // warm up the JIT and the lexicon
  const e = cpuTime(() => analyzeAll(text));
  const b = cpuTime(() => barePass(text));
  const engineMBs = mb / (e.ms / 1000);
  const bareMBs = mb / (b.ms / 1000);
  console.log(
    `${name.padEnd(8)} ${mb.toFixed(1)} MB: engine ${e.ms.toFixed(0)} ms = ${engineMBs.toFixed(1)} MB/s (${e.result} annotations); bare scan ${b.ms.toFixed(0)} ms = ${bareMBs.toFixed(0)} MB/s; ratio ${(e.ms / b.ms).toFixed(1)}x`,
  );
  figures[name] = {
    megabytes: +mb.toFixed(2),
    engineMs: +e.ms.toFixed(1),
    engineMBs: +engineMBs.toFixed(1),
    bareMs: +b.ms.toFixed(1),
    bareMBs: +bareMBs.toFixed(1),
    ratio: +(e.ms / b.ms).toFixed(2),
  };
}
const mix = figures.newsMix as { engineMBs: number };
console.log(`goal >= 30 MB/s on news-like text: ${mix.engineMBs >= 30 ? 'met' : 'not met'} (${mix.engineMBs} MB/s on the news mix)`);
console.log(JSON.stringify(figures));
