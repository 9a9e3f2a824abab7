// Sentence splitting: one rule for the engine's claims and for the sentence the card shows.
import { describe, expect, it } from 'vitest';
import { SENTENCE_WINDOW, insideQuotes, sentenceAround, splitSentences } from '../../../src/engine/sentences';

const sentenceOf = (text: string, quote: string) => {
  const at = text.indexOf(quote);
  return sentenceAround(text, at, at + quote.length);
};

describe('sentenceAround', () => {
  it('cuts the sentence holding a quote, not stopping at abbreviations', () => {
    const text = 'First one. Then U.S. President Donald Trump met Rutte on Oct. 22 in Washington. Last one.';
    expect(sentenceOf(text, 'Donald Trump')).toBe('Then U.S. President Donald Trump met Rutte on Oct. 22 in Washington.');
  });

  it('agrees with the engine on "Gen. Christopher Cavoli spoke."', () => {
    const text = 'NATO met. Gen. Christopher Cavoli spoke. Then it ended.';
    const spans = splitSentences(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['NATO met.', 'Gen. Christopher Cavoli spoke.', 'Then it ended.']);
    expect(sentenceOf(text, 'Christopher Cavoli')).toBe('Gen. Christopher Cavoli spoke.');
    expect(sentenceOf(text, 'Gen.')).toBe('Gen. Christopher Cavoli spoke.');
  });

  it('stays within its line (block)', () => {
    const text = 'A headline without a stop\nMark Rutte spoke in Brussels. More';
    expect(sentenceOf(text, 'Mark Rutte')).toBe('Mark Rutte spoke in Brussels.');
  });

  it('returns a bounded window from a 1 MB paragraph with no full stop, cut at words', () => {
    const words = 'the alliance said that ';
    const half = words.repeat(Math.ceil(500_000 / words.length));
    const text = `${half}Mark Rutte met Donald Trump ${half}`;
    const started = performance.now();
    const s = sentenceOf(text, 'Mark Rutte');
    expect(performance.now() - started).toBeLessThan(200);
    expect(s).toContain('Mark Rutte met Donald Trump');
    expect(s.length).toBeLessThanOrEqual(SENTENCE_WINDOW + 2);
    expect(s.length).toBeGreaterThan(SENTENCE_WINDOW - 40);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    // Whole words only: the text on either side of the ellipses is made of the repeated words.
    for (const w of s.replace(/…/g, '').split(/\s+/).filter(Boolean)) expect(text).toMatch(new RegExp(`(^|\\s)${w}(\\s|$)`));
    expect(s.slice(1, 5)).not.toMatch(/^\s/);
  });

  it('cuts a claim longer than the window itself', () => {
    const text = `${'Rutte '.repeat(200)}spoke.`;
    const s = sentenceAround(text, 0, text.length);
    expect(s.length).toBeLessThanOrEqual(SENTENCE_WINDOW + 1);
    expect(s.endsWith('Rutte…')).toBe(true);
  });

  it('a long sentence keeps the claim and words on both sides', () => {
    const before = 'In a long speech about many things '.repeat(20);
    const text = `${before}Jens Stoltenberg said ${'and more '.repeat(60)}today. Next.`;
    const s = sentenceOf(text, 'Jens Stoltenberg');
    expect(s).toContain('Jens Stoltenberg said');
    expect(s.startsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(SENTENCE_WINDOW + 2);
  });
});

describe('insideQuotes', () => {
  it('says whether a quotation opened before the words is still open, with straight or curly marks', () => {
    expect(insideQuotes('He said: "NATO Secretary General ')).toBe(true);
    expect(insideQuotes('He said: “NATO Secretary General ')).toBe(true);
    expect(insideQuotes('He said “enough” and ')).toBe(false);
    expect(insideQuotes('"One" and "two" then "three ')).toBe(true);
    expect(insideQuotes('No quotation at all ')).toBe(false);
  });
});
