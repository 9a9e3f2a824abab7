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
  // The first test judges a long page twice (the pass, then every block at once for comparison),
  // with the engine's first compile: on a loaded two-core machine that has taken over 5 s, Vitest's
  // default limit. A limit is not a speed goal here (the benches hold those).
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
  }, 30_000);

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

describe('the quick read of the view', () => {
  it('asks for the blocks in view first, and hands them over before the screens below them', async () => {
    const root = longPage();
    const spy = spying();
    const sizes: number[] = [];
    const judge: PageJudge = {
      judge: (request) => (sizes.push(request.blocks.length / 2), spy.judge.judge(request)),
      look: spy.judge.look,
    };
    // The view ends at the page's eighth paragraph: it and everything after it lie below.
    const fold = root.querySelectorAll('p')[7];
    const order = new Map([...root.querySelectorAll('*')].map((element, i) => [element, i]));
    const below = (node: Node) => order.get((node.nodeType === 1 ? node : node.parentElement) as Element)! >= order.get(fold)!;
    const ctx = context(root, judge, { quickRead: true, belowView: below });
    const result = (await readAndJudge(ctx))!;
    expect(ctx.quick).toHaveLength(2);
    const [view, screen] = ctx.quick;
    expect(view.annotations.length).toBeGreaterThan(0);
    // The view's request holds only the blocks above the fold; the second holds the rest of the quick read.
    const foldAt = view.ex.text.indexOf(fold.textContent!.trim().slice(0, 40));
    expect(foldAt).toBeGreaterThan(0);
    for (const a of view.annotations) expect(a.end).toBeLessThanOrEqual(foldAt);
    expect(sizes[0]).toBe(view.ex.blocks.filter((b) => b.start < foldAt).length);
    expect(sizes[1]).toBe(view.ex.blocks.length - sizes[0]);
    // The second hand-over keeps the first's annotations, in order, and adds those below.
    expect(screen.annotations.slice(0, view.annotations.length)).toEqual(view.annotations);
    expect(screen.annotations.length).toBeGreaterThan(view.annotations.length);
    expect(result.annotations[0].quote).toBe(view.annotations[0].quote);
  });

  it('is not made on a page with less text than a screenful or two', async () => {
    const { document } = parseHTML(article);
    const spy = spying();
    const ctx = context(document.body as unknown as Element, spy.judge, { quickRead: true, belowView: () => false });
    const result = (await readAndJudge(ctx))!;
    expect(result.ex.text.length).toBeLessThan(12_000);
    expect(ctx.quick).toHaveLength(0);
    expect(result.annotations.length).toBeGreaterThan(0);
  });
});
