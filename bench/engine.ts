// `npm run bench:engine`: the engine's throughput on >= 10 MB of news-like text, next to a
// bare pass over the same text (one regular-expression scan for capitalised words), as a
// ratio. It measures and prints; it never fails on noise.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getFacts } from '../src/facts';
import { createEngine } from '../src/engine';

const seeds = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const articles = readdirSync(seeds).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(seeds, f), 'utf8'));
// Filler that mentions no one, so the mix is like a news site: most text names nobody.
const filler = 'Markets were steady on the day as traders weighed the outlook for interest rates, energy prices and the harvest. ' +
  'Local officials said the new bridge would open in the spring after delays caused by flooding and a shortage of steel. ';

const target = 10 * 1024 * 1024;
const parts: string[] = [];
let size = 0;
for (let i = 0; size < target; i++) {
  const piece = i % 3 === 0 ? articles[i % articles.length] : filler.repeat(8);
  parts.push(piece);
  size += piece.length;
}
const text = parts.join('\n');
const mb = text.length / (1024 * 1024);

const engine = createEngine(getFacts());
const asOf = '2025-10-22';
// Pages are analysed a block at a time; ~64 KB pieces cut at line breaks model that.
function analyzeAll(): number {
  let count = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + 65536);
    const nl = text.indexOf('\n', end);
    end = nl < 0 ? text.length : nl + 1;
    count += engine.analyze(text.slice(start, end), { asOf }).length;
    start = end;
  }
  return count;
}
function barePass(): number {
  let count = 0;
  const re = /\b[A-Z][a-z]+\b/g;
  while (re.exec(text)) count++;
  return count;
}
function time(fn: () => number, runs = 3): { ms: number; result: number } {
  let best = Infinity;
  let result = 0;
  for (let i = 0; i < runs; i++) {
    // CPU time of this process, not wall time: the figure holds on a busy machine too.
    const t0 = process.cpuUsage();
    result = fn();
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { ms: best, result };
}

analyzeAll(); // warm up the JIT and the lexicon
const engineRun = time(analyzeAll);
const bareRun = time(barePass);
const engineMBs = mb / (engineRun.ms / 1000);
const bareMBs = mb / (bareRun.ms / 1000);
console.log(`text: ${mb.toFixed(1)} MB (${articles.length} seed articles interleaved with filler)`);
console.log(`engine:    ${engineRun.ms.toFixed(0)} ms  ${engineMBs.toFixed(1)} MB/s  (${engineRun.result} annotations)`);
console.log(`bare scan: ${bareRun.ms.toFixed(0)} ms  ${bareMBs.toFixed(1)} MB/s  (${bareRun.result} capitalised words)`);
console.log(`ratio engine/bare time: ${(engineRun.ms / bareRun.ms).toFixed(2)}x; goal >= 30 MB/s: ${engineMBs >= 30 ? 'met' : 'not met'}`);
console.log(JSON.stringify({ megabytes: +mb.toFixed(2), engineMs: +engineRun.ms.toFixed(1), engineMBs: +engineMBs.toFixed(1), bareMs: +bareRun.ms.toFixed(1), bareMBs: +bareMBs.toFixed(1), ratio: +(engineRun.ms / bareRun.ms).toFixed(2) }));
