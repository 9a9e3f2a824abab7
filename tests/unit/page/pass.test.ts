// One pass over a page (src/page/pass.ts) on linkedom with the real engine: a long page's
// paragraphs are judged by offsets into the first look (their text is not sent again) and give
// what judging the text itself gives; a page changed since its look is sent as text; the part
// in view is handed over first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';
import { BlockAnalyzer } from '../../../src/background/analyze';
import { localPageJudge } from '../../../src/background/judge-engine';
import { extractText } from '../../../src/page/extract';
import type { PageJudge } from '../../../src/page/judge';
import { readAndJudge, type PassContext, type PassResult } from '../../../src/page/pass';
import { createSlicer } from '../../../src/page/yield';

const engine = createEngine(getFacts());
const date = { asOf: '2025-10-22', asOfSource: 'meta' as const };
const article = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/002.html'), 'utf8');

/** The seed article's body sixteen times over (~190,000 characters), with filler between. */
function longPage(): Element {
  const { document } = parseHTML(article);
  const once = document.body.innerHTML;
  document.body.innerHTML = Array.from(
    { length: 16 },
    (_, i) => `<section><p>Part ${i}: the bakery opened early.</p>${once}</section>`,
  ).join('');
  return document.body as unknown as Element;
}

function context(root: Element, judge: PageJudge, overrides: Partial<PassContext> = {}): PassContext & { quick: PassResult[] } {
  const quick: PassResult[] = [];
  return {
    root,
    judge,
    exclude: null,
    look: 1,
    quickRead: false,
    viewportStart: () => null,
    date: () => date,
    slicer: createSlicer(
      async () => {},
      () => false,
    ),
    changed: { mark: () => {}, since: () => false },
    onQuick: (result) => quick.push(result),
    quick,
    ...overrides,
  };
}

function spying(): { judge: PageJudge; texts: Array<'text' | 'look'>; looks: number } {
  const inner = localPageJudge(engine);
  const out = { texts: [] as Array<'text' | 'look'>, looks: 0, judge: inner };
  out.judge = {
    judge: (request) => (out.texts.push(typeof request.text === 'string' ? 'text' : 'look'), inner.judge(request)),
    look: (part) => (out.looks++, inner.look(part)),
  };
  return out;
}

describe('a pass over a long page', () => {
  it('names the paragraphs by their place in the first look, and judges them as their text', async () => {
    const root = longPage();
    const spy = spying();
    const result = (await readAndJudge(context(root, spy.judge)))!;
    expect(spy.looks).toBeGreaterThan(0);
    expect(spy.texts.length).toBeGreaterThan(0);
    expect(spy.texts.every((t) => t === 'look')).toBe(true);
    const everything = new BlockAnalyzer(engine).analyzeAll(extractText(root), { asOf: date.asOf, dateCertain: true });
    expect(result.annotations.length).toBeGreaterThan(100);
    expect(result.annotations.map((a) => a.quote)).toEqual(everything.map((a) => a.quote));
    for (const a of result.annotations) expect(result.ex.text.slice(a.start, a.end)).toBe(a.quote);
  });

  it('sends the text itself when the page changed since its look', async () => {
    const root = longPage();
    const spy = spying();
    const result = (await readAndJudge(context(root, spy.judge, { changed: { mark: () => {}, since: () => true } })))!;
    expect(spy.texts.every((t) => t === 'text')).toBe(true);
    expect(result.annotations.length).toBeGreaterThan(100);
  });

  it('hands over the part in view first, on a first reading', async () => {
    const root = longPage();
    const spy = spying();
    const ctx = context(root, spy.judge, { quickRead: true });
    const result = (await readAndJudge(ctx))!;
    expect(ctx.quick).toHaveLength(1);
    const [quick] = ctx.quick;
    expect(quick.ex.text.length).toBeLessThan(20_000);
    expect(quick.annotations.length).toBeGreaterThan(0);
    expect(quick.annotations[0].quote).toBe(result.annotations[0].quote);
  });

  it('stops when superseded', async () => {
    const root = longPage();
    expect(
      await readAndJudge(
        context(root, spying().judge, {
          slicer: createSlicer(
            async () => {},
            () => true,
          ),
        }),
      ),
    ).toBeNull();
  });
});
