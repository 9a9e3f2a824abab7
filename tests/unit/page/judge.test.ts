// The judge the background runs for content scripts, with the real engine and fact base:
// judging only the paragraphs the first look marks gives exactly what judging every
// paragraph gives, and a page that names no one is not walked at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';
import { BlockAnalyzer } from '../../../src/background/analyze';
import { createMarkedExtractor, extractText, toDomPosition } from '../../../src/page/extract';
import { compact, createJudge, localPageJudge, textFromLook } from '../../../src/background/judge-engine';
import { expandJudged, firstLook, judgeBlocks, type PageJudge } from '../../../src/page/judge';
import { createLookOffsets } from '../../../src/page/look-offsets';

const engine = createEngine(getFacts());
const date = { asOf: '2025-10-22', asOfSource: 'meta' as const };
const options = { asOf: date.asOf, dateCertain: true };
const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../../fixtures', file), 'utf8');
const readMarked = (root: Element, marks: number[]) => {
  const reader = createMarkedExtractor(root, marks);
  reader.step(() => false);
  return reader.result();
};
const body = (html: string) => parseHTML(html).document.body as unknown as Element;

describe('the first look', () => {
  it('finds nothing on a page that names no one, even with a % in its CSS', () => {
    const page = body(
      `<!doctype html><html><body><style>.a{width:100%}</style><p>The garden market opened early; fresh bread and coffee by the river.</p><p>Rain later, 40% chance.</p></body></html>`,
    );
    expect(createJudge(engine).firstLook(page.textContent ?? '')).toEqual([]);
  });

  it('marks where the names are, at their start and their end', () => {
    const text = 'Weather first. Then NATO Secretary General Mark Rutte spoke.';
    const marks = createJudge(engine).firstLook(text);
    expect(marks).not.toBe('all');
    expect(marks).toContain(text.indexOf('Mark Rutte'));
    expect(marks).toContain(text.indexOf('Rutte') + 'Rutte'.length - 1);
  });

  it('sees a name glued to the paragraph before it by textContent', () => {
    const page = body(`<!doctype html><html><body><ul><li>Weather today</li><li>Zelensky spoke in Kyiv</li></ul></body></html>`);
    const text = page.textContent ?? '';
    expect(text).toContain('todayZelensky');
    expect(createJudge(engine).firstLook(text)).toContain(text.indexOf('Zelensky'));
  });

  it('gives up listing on a page dense with names, and every paragraph is judged', () => {
    const text = 'Mark Rutte met Volodymyr Zelensky. '.repeat(15_000);
    expect(createJudge(engine).firstLook(text)).toBe('all');
  });
});

describe('judging the marked paragraphs only', () => {
  for (const file of ['seeds/000.html', 'seeds/001.html', 'seeds/002.html', 'seeds/003.html', 'seeds/004.html', 'demo.html']) {
    it(`gives the same annotations as judging every paragraph on ${file}`, async () => {
      const page = body(fixture(file));
      // Filler paragraphs between the article's, as a news page has them.
      for (const p of Array.from(page.querySelectorAll('p')).slice(0, 6))
        p.insertAdjacentHTML('afterend', '<p>The bakery on the corner opened a second shop.</p>');
      const marks = createJudge(engine).firstLook(page.textContent ?? '');
      expect(Array.isArray(marks) && marks.length).toBeTruthy();
      const ex = readMarked(page, marks as number[]);
      // Paragraphs with no mark were passed over: the text read is shorter than the page's.
      const full = extractText(page);
      expect(ex.text.length).toBeGreaterThan(0);
      expect(ex.text.length).toBeLessThan(full.text.length);
      const judged = (await judgeBlocks(localPageJudge(engine), ex, date))!;
      const everything = new BlockAnalyzer(engine).analyzeAll(full, options);
      const withoutOffsets = ({ start: _s, end: _e, ...rest }: (typeof judged)[number]) => rest;
      expect(judged.map(withoutOffsets)).toEqual(everything.map(withoutOffsets));
      for (const a of judged) expect(ex.text.slice(a.start, a.end)).toBe(a.quote);
    });
  }

  it('reads the marked paragraphs in slices, and gives what one go gives', () => {
    const page = body(fixture('seeds/002.html'));
    const marks = createJudge(engine).firstLook(page.textContent ?? '') as number[];
    const whole = readMarked(page, marks);
    const sliced = createMarkedExtractor(page, marks);
    let steps = 1;
    // Asked to stop at every chance: the paragraphs are read one at a time, each in a slice of its own.
    while (!sliced.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(whole.blocks.length / 2);
    expect(sliced.result().text).toBe(whole.text);
    expect(sliced.result().blocks).toEqual(whole.blocks);
  });

  it('cuts a long page into several requests and puts the offsets back', async () => {
    const ex = extractText(body(fixture('seeds/002.html')));
    const requests: number[] = [];
    const inner = localPageJudge(engine);
    const counting = {
      ...inner,
      judge: (request: Parameters<typeof inner.judge>[0]) => (requests.push(request.blocks.length), inner.judge(request)),
    };
    const judged = await judgeBlocks(counting, ex, date, { requestChars: 2_000 });
    expect(requests.length).toBeGreaterThan(3);
    expect(judged).toEqual(new BlockAnalyzer(engine).analyzeAll(ex, options));
  });

  it('skips a name that is only in a script', () => {
    const page = body(
      `<!doctype html><html><body><script>var chief = "Mark Rutte";</script><p>The bakery on the corner opened.</p></body></html>`,
    );
    const marks = createJudge(engine).firstLook(page.textContent ?? '');
    expect(marks).not.toEqual([]);
    expect(readMarked(page, marks as number[]).text).toBe('');
  });

  it('reads a paragraph holding a mark whole, nested blocks once, and maps its offsets to its nodes', () => {
    const page = body(
      `<!doctype html><html><body><p>Filler one.</p><div>Before <p>In <b>NATO</b> today.</p> after Rutte.</div><p>Filler two.</p><ul><li>Zelensky <em>said</em> so.</li></ul></body></html>`,
    );
    const text = page.textContent ?? '';
    const ex = readMarked(page, [text.indexOf('NATO'), text.indexOf('Rutte'), text.indexOf('Zelensky')]);
    // The div holds the paragraph with NATO and, itself, Rutte: read once, as the full walk reads it.
    expect(ex.text).toBe('Before \nIn NATO today.\nafter Rutte.\nZelensky said so.');
    expect(ex.blocks.map((b) => ex.text.slice(b.start, b.end))).toEqual(['Before', 'In NATO today.', 'after Rutte.', 'Zelensky said so.']);
    const at = ex.text.indexOf('said');
    expect(toDomPosition(ex, at, 'start')?.node.data).toBe('said');
  });

  it('refuses block boundaries outside the text', () => {
    expect(() => createJudge(engine).judge({ session: 's', text: 'short', blocks: [0, 99], ...options })).toThrow(/outside the text/);
  });
});

const yieldNow = async () => true;

describe('the text crosses once', () => {
  const page = () => {
    const root = body(fixture('seeds/002.html'));
    // Whitespace to collapse, a leading space to drop, nested inline elements, a script's text.
    root.insertAdjacentHTML(
      'afterbegin',
      '<p>  NATO   Secretary General\n   <b>Mark</b>  Rutte  spoke. </p><script>var x = "Rutte";</script><p> Then <i> Zelensky</i>\tanswered.</p>',
    );
    return root;
  };

  it('rebuilds the text read from offsets into the first look, character for character', () => {
    const root = page();
    const look = root.textContent ?? '';
    const ex = extractText(root);
    const reader = createLookOffsets(root, ex.segments);
    reader.step(() => false);
    const offsets = reader.result();
    expect(Array.from(offsets).every((o) => o >= 0)).toBe(true);
    const pieces: number[] = [];
    ex.segments.forEach((s, i) => pieces.push(offsets[i], offsets[i] + s.node.data.length, s.start, s.end));
    expect(textFromLook(look, { pieces, length: ex.text.length })).toBe(ex.text);
  });

  it('judges by offsets into the look exactly what it judges from the text itself, with the look sent in parts', async () => {
    const root = page();
    const look = root.textContent ?? '';
    const ex = extractText(root);
    const reader = createLookOffsets(root, ex.segments);
    reader.step(() => false);
    const judge = localPageJudge(engine);
    const sent: Array<string | object> = [];
    const spying: PageJudge = { ...judge, judge: (request) => (sent.push(request.text), judge.judge(request)) };
    const parts: number[] = [];
    const marks = await firstLook({ ...judge, look: (part) => (parts.push(part.text.length), judge.look(part)) }, look, 7, yieldNow, 3_000);
    expect(parts.length).toBeGreaterThan(3);
    expect(marks).toEqual(createJudge(engine).firstLook(look));
    const byLook = await judgeBlocks(spying, ex, date, { inLook: { look: 7, offsets: reader.result() }, requestChars: 4_000 });
    expect(sent.length).toBeGreaterThan(2);
    expect(sent.every((t) => typeof t !== 'string')).toBe(true);
    const byText = await judgeBlocks(localPageJudge(engine), ex, date, { requestChars: 4_000 });
    expect(byLook!.length).toBeGreaterThan(10);
    expect(byLook).toEqual(byText);
  });

  it('refuses pieces that do not fit the look it holds, and a look it does not hold', () => {
    expect(() => textFromLook('Mark Rutte', { pieces: [0, 4, 0, 7], length: 7 })).toThrow(/does not fit/);
    const judge = createJudge(engine);
    judge.look({ session: 's', look: 1, text: 'Mark Rutte spoke.', last: true });
    expect(() => judge.judge({ session: 's', text: { look: 2, pieces: [0, 4, 0, 4], length: 4 }, blocks: [0, 4], ...options })).toThrow(
      /not kept/,
    );
    expect(
      judge.judge({ session: 's', text: { look: 1, pieces: [0, 10, 0, 10], length: 10 }, blocks: [0, 10], ...options }).spans.length,
    ).toBeGreaterThan(0);
  });

  it('drops a finding whose text is no longer what the page shows', async () => {
    const ex = extractText(body('<!doctype html><html><body><p>NATO Secretary General Mark Rutte spoke.</p></body></html>'));
    // A judge that judged other text (the page changed under its look): the quote does not match.
    const stale: PageJudge = {
      look: async () => [],
      judge: async () =>
        compact([
          { start: 0, end: 4, quote: 'OTAN', verdict: 'context', kind: 'mention', factIds: [], message: '', fact: '', sources: [] },
        ]),
    };
    expect(await judgeBlocks(stale, ex, date)).toEqual([]);
  });

  it('answers compactly: each distinct finding once', () => {
    const text = 'NATO Secretary General Mark Rutte spoke. '.repeat(50);
    const annotations = new BlockAnalyzer(engine).analyzeAll(
      extractText(body(`<!doctype html><html><body><p>${text}</p></body></html>`)),
      options,
    );
    const judged = compact(annotations);
    expect(judged.findings.length).toBeLessThan(annotations.length / 10);
    expect(expandJudged(judged)).toEqual(annotations);
  });
});
