// Block-by-block analysis with the real engine and fact base: same annotations as analysing
// each paragraph directly, and a changed page only costs engine runs for its changed blocks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';
import { BlockAnalyzer } from '../../../src/background/analyze';
import { extractText } from '../../../src/page/extract';

const engine = createEngine(getFacts());
const page = (file: string) => parseHTML(readFileSync(join(import.meta.dirname, '../../fixtures', file), 'utf8')).document;
const options = { asOf: '2025-10-22', dateCertain: true };

describe('BlockAnalyzer', () => {
  it('links a lone surname through a full name in another paragraph', () => {
    const { document } =
      parseHTML(`<!doctype html><html><body><p>U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov spoke.</p>
      <p>But following a phone call between Rubio and Lavrov on October 19, 2025, the meeting was deemed unnecessary.</p></body></html>`);
    const ex = extractText(document.body as unknown as Node);
    const found = new BlockAnalyzer(engine).analyzeAll(ex, options);
    const call = found.find((a) => a.kind === 'event');
    expect(call?.verdict).toBe('contradicted');
    expect(call?.quote).toContain('October 19, 2025');
    // Alone, the second paragraph names no one in full: no claim can be identified.
    const alone = extractText(
      parseHTML(
        `<!doctype html><html><body><p>But following a phone call between Rubio and Lavrov on October 19, 2025, the meeting was deemed unnecessary.</p></body></html>`,
      ).document.body as unknown as Node,
    );
    expect(new BlockAnalyzer(engine).analyzeAll(alone, options).filter((a) => a.kind === 'event')).toEqual([]);
  });

  it('re-judges a block when a later paragraph names its surname in full', () => {
    const analyzer = new BlockAnalyzer(engine);
    const early = extractText(
      parseHTML(`<!doctype html><html><body><p>A phone call between Rubio and Lavrov on October 19, 2025 took place.</p></body></html>`)
        .document.body as unknown as Node,
    );
    expect(analyzer.analyzeAll(early, options).filter((a) => a.kind === 'event')).toEqual([]);
    const later = extractText(
      parseHTML(
        `<!doctype html><html><body><p>A phone call between Rubio and Lavrov on October 19, 2025 took place.</p><p>Marco Rubio and Sergey Lavrov.</p></body></html>`,
      ).document.body as unknown as Node,
    );
    expect(analyzer.analyzeAll(later, options).find((a) => a.kind === 'event')?.verdict).toBe('contradicted');
  });

  it('gives offsets into the whole extracted text that point at the quoted words', () => {
    const ex = extractText(page('demo.html').body as unknown as Node);
    const found = new BlockAnalyzer(engine).analyzeAll(ex, options);
    expect(found.length).toBeGreaterThan(3);
    for (const a of found) expect(ex.text.slice(a.start, a.end)).toBe(a.quote);
    for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].start);
  });

  it('re-runs the engine only on blocks whose text changed', () => {
    const doc = page('seeds/002.html');
    const analyzer = new BlockAnalyzer(engine);
    const first = analyzer.analyzeAll(extractText(doc.body as unknown as Node), options);
    const runsAfterFirst = analyzer.engineRuns;
    expect(runsAfterFirst).toBeGreaterThan(20);

    // Same page again: all from the cache.
    const again = analyzer.analyzeAll(extractText(doc.body as unknown as Node), options);
    expect(analyzer.engineRuns).toBe(runsAfterFirst);
    expect(again).toEqual(first);

    // One new paragraph appended: one engine run, and its claim is found.
    const p = doc.createElement('p');
    p.textContent = 'NATO Secretary-General Jens Stoltenberg spoke in Brussels.';
    doc.querySelector('article')!.append(p);
    const ex = extractText(doc.body as unknown as Node);
    const after = analyzer.analyzeAll(ex, options);
    expect(analyzer.engineRuns).toBe(runsAfterFirst + 1);
    const added = after.filter((a) => a.start >= ex.text.indexOf('spoke in Brussels') - 60);
    expect(added.map((a) => a.verdict)).toContain('outdated');

    // Another date: everything is judged anew.
    analyzer.analyzeAll(ex, { asOf: '2023-06-01', dateCertain: true });
    expect(analyzer.engineRuns).toBeGreaterThan(runsAfterFirst + 20);
  });
});
