// Round 24: a spending figure NATO did have (2%), given the deadline of another of its targets (The Hague's 2035), as
// what the allies agreed: "NATO countries agreed to invest at least 2% of their GDP in defense and security annually by
// 2035" (July 2025, a rewritten news page of d22, db004). Only when the deadline is the figure's own: not a rise, not
// a deadline told after another figure or clause.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const figures = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'figure')
    .map((a) => `${a.verdict}: ${a.quote}`);

describe('a target’s figure with another target’s deadline', () => {
  it('flags 2% said to be due by 2035, the deadline of The Hague’s 5%', () => {
    for (const text of [
      'NATO countries agreed to invest at least 2% of their GDP in defense and security annually by 2035.',
      'In June, NATO allies pledged to spend 2 percent of GDP on defence by 2035.',
    ])
      expect(figures(text, '2025-07-15').some((f) => f.startsWith('contradicted'))).toBe(true);
  });

  it('confirms the figures each with its own deadline', () => {
    const text = 'NATO allies, who pledged in 2014 to spend 2% by 2024, agreed to spend 5% by 2035.';
    expect(figures(text, '2025-07-15')).toEqual(['supported: 5% by 2035']);
  });

  it('leaves alone a rise, and a deadline told after another figure or clause', () => {
    for (const text of [
      'NATO countries agreed to keep spending at least 2% until they reach 5% by 2035.',
      'NATO countries agreed to spend at least 2% on core defence every year and to reach 5% by 2035.',
      'Allies agreed to raise spending by 2 percent a year until 2035.',
      'Allies agreed to increase spending by 2% of GDP by 2035.',
      'NATO members agreed to spend 2% more on defence by 2035.',
      'NATO allies agreed to spend at least 2% of GDP from 2024 and 5% by 2035.',
      'Allies agreed to spend 5% of GDP by 2035; those below 2% must catch up by 2030.',
    ])
      expect(
        figures(text, '2025-07-15').filter((f) => !f.startsWith('supported')),
        text,
      ).toEqual([]);
  });

  it('tells the target that has the deadline', () => {
    const text = 'NATO countries agreed to invest at least 2% of their GDP in defense and security annually by 2035.';
    const flag = analyze(text, '2025-07-15').find((a) => a.kind === 'figure' && a.verdict === 'contradicted');
    expect(flag?.message).toMatch(/by 2035 is 5% of GDP/);
  });
});

// The Hague's review year said alone after the target ("Plans to achieve the 5% rate should be submitted annually ... A review
// will take place in 2029", June 2025, h21 zb005) or as the target's "progress reviewed in 2029" (d23 ea004).
describe('the review year of The Hague’s plan', () => {
  const lead = 'NATO allies agreed in The Hague. Plans to achieve the 5% rate should be submitted annually.';
  it('confirms 2029 and flags another year after the summit', () => {
    expect(figures(`${lead} A review will take place in 2029.`, '2025-07-01')).toEqual(['supported: review will take place in 2029']);
    expect(figures(`${lead} A review will take place in 2030.`, '2025-07-01')).toEqual(['contradicted: review will take place in 2030']);
    const progress = 'NATO Secretary General Rutte said all 32 members would meet the target with progress reviewed in 2029.';
    expect(figures(`Spain deems a 5% commitment unreasonable. ${progress}`, '2025-06-24')).toEqual([
      'supported: progress reviewed in 2029',
    ]);
  });

  it('leaves alone one ally’s review and NATO’s other reviews', () => {
    const ally = 'NATO allies agreed in The Hague. Germany plans to reach the 5% rate by 2029. A review will take place in 2027.';
    expect(figures(ally, '2025-07-01')).toEqual([]);
    expect(figures(`${lead} A review of capability targets will take place in 2027.`, '2025-07-01')).toEqual([]);
    expect(figures('Plans to achieve the 5% rate should be submitted annually. A review will take place in 2030.', '2025-07-01')).toEqual(
      [],
    );
  });
});
