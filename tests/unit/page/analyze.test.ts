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
import { isProblem } from '../../../src/engine/types';

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
    // Alone, the second paragraph names no one in full; with a day told, two surnames each borne by one person in the
    // fact base name who called (round 19, event.ts), so the call is identified there too.
    const alone = extractText(
      parseHTML(
        `<!doctype html><html><body><p>But following a phone call between Rubio and Lavrov on October 19, 2025, the meeting was deemed unnecessary.</p></body></html>`,
      ).document.body as unknown as Node,
    );
    expect(new BlockAnalyzer(engine).analyzeAll(alone, options).find((a) => a.kind === 'event')?.verdict).toBe('contradicted');
  });

  it('re-judges a block when a later paragraph names its surname in full', () => {
    // A title before a lone surname is read only once the page names the person in full.
    const analyzer = new BlockAnalyzer(engine);
    const early = extractText(
      parseHTML(`<!doctype html><html><body><p>Defense Secretary Austin said the aid would continue.</p></body></html>`).document
        .body as unknown as Node,
    );
    expect(analyzer.analyzeAll(early, options).filter((a) => a.verdict === 'outdated')).toEqual([]);
    const later = extractText(
      parseHTML(`<!doctype html><html><body><p>Defense Secretary Austin said the aid would continue.</p><p>Lloyd Austin.</p></body></html>`)
        .document.body as unknown as Node,
    );
    expect(analyzer.analyzeAll(later, options).find((a) => a.quote === 'Defense Secretary Austin')?.verdict).toBe('outdated');
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

  describe('a page about the past, judged paragraph by paragraph', () => {
    // tests/fixtures/real/expected.jsonl r001: a 2024 encyclopedia page on the 2014 Wales summit,
    // one element per paragraph as on the page. The titles were true in September 2014.
    const r001 = readFileSync(join(import.meta.dirname, '../../fixtures/real/expected.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { id: string; published: string; text: string; labels: Array<{ quote: string; verdict: string }> })
      .find((entry) => entry.id === 'r001')!;
    const asHtml = (text: string) =>
      text
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line) => {
          const heading = /^==(.*)==$/.exec(line.trim());
          const escaped = (heading ? heading[1] : line).replace(/&/g, '&amp;').replace(/</g, '&lt;');
          return heading ? `<h2>${escaped}</h2>` : `<p>${escaped}</p>`;
        })
        .join('\n');
    const extract = (html: string) =>
      extractText(parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Node);

    it('flags none of its true titles, though most paragraphs give no date of their own', () => {
      const ex = extract(asHtml(r001.text));
      expect(ex.blocks.length).toBeGreaterThan(5);
      const found = new BlockAnalyzer(engine).analyzeAll(ex, { asOf: r001.published, dateCertain: true });
      const supported = r001.labels.filter((l) => l.verdict === 'supported');
      // "hosted by British prime minister David Cameron": a paragraph of its own, no date in it.
      expect(supported.map((l) => l.quote)).toContain('hosted by British prime minister David Cameron');
      for (const { quote } of supported) {
        const at = ex.text.indexOf(quote);
        expect(at, quote).toBeGreaterThanOrEqual(0);
        const on = found.filter((a) => a.start < at + quote.length && at < a.end);
        expect(
          on.filter((a) => isProblem(a.verdict)).map((a) => a.quote),
          quote,
        ).toEqual([]);
      }
      // Judged, not merely left alone: Cameron's title is found true as of 2014.
      const cameron = found.find((a) => a.kind === 'title' && a.quote.includes('David Cameron'));
      expect(cameron?.verdict).toBe('supported');
      expect(cameron?.message).toContain('2014');
    });

    it('judges a paragraph anew when the time told before it changes', () => {
      const analyzer = new BlockAnalyzer(engine);
      const asOf = { asOf: r001.published, dateCertain: true };
      const paragraph = '<p>The summit was hosted by British prime minister David Cameron.</p>';
      const history = '<p>The 2014 Wales Summit was held in Newport on 4 and 5 September 2014.</p><p>In 2012, leaders met in Chicago.</p>';
      const then = analyzer.analyzeAll(extract(history + paragraph), asOf).find((a) => a.quote.includes('David Cameron'));
      expect(then?.verdict).toBe('supported');
      // The same paragraph after a present-day one: the page no longer tells of 2014 just before it.
      const now = analyzer.analyzeAll(extract(history + '<p>NATO met again in 2025 in The Hague.</p>' + paragraph), asOf);
      expect(now.find((a) => a.quote.includes('David Cameron'))?.verdict).not.toBe('supported');
    });

    it('still flags an outdated title in a present-day article (seeds/002)', () => {
      const ex = extractText(page('seeds/002.html').body as unknown as Node);
      const found = new BlockAnalyzer(engine).analyzeAll(ex, { asOf: '2025-10-21', dateCertain: true });
      const stoltenberg = found.find((a) => a.quote === 'NATO Secretary-General Jens Stoltenberg');
      expect(stoltenberg?.verdict).toBe('outdated');
    });
  });
});
