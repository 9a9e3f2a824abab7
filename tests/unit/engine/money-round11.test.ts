// Spending targets and sanctions, eleventh round, from the misses of held-out 9 and probes built on the fact base: each
// form with the real sentence it came from (and others of its kind found in other pages, with their addresses), the same
// sentence with the fact changed, and a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { figureVerdictsOn, isRed } from './helpers';

describe('the Hague target told as agreed in the days before the summit', () => {
  // v057 (two days before the summit, when allies had settled the text): "NATO countries agreed to raise defence spending to
  // 5% of GDP by 2035, with 3.5% allocated to core military needs and 1.5% to security-related investments."
  const real =
    'NATO countries agreed to raise defence spending to 5% of GDP by 2035, with 3.5% allocated to core military needs and 1.5% to security-related investments.';

  it('confirms the real sentence, each figure', () => {
    expect(figureVerdictsOn(real, '5%', '2025-06-23')).toEqual(['supported']);
    expect(figureVerdictsOn(real, '3.5%', '2025-06-23')).toEqual(['supported']);
    expect(figureVerdictsOn(real, '1.5%', '2025-06-23')).toEqual(['supported']);
  });

  it('confirms other pages’ wordings before and after the summit', () => {
    // particle.news, June 2025: "Allies committed to reach a 5% of GDP defense spending goal by 2035, allocating 3.5% to core
    // military needs and 1.5% to security-related projects."
    const committed =
      'Allies committed to reach a 5% of GDP defense spending goal by 2035, allocating 3.5% to core military needs and 1.5% to security-related projects.';
    expect(figureVerdictsOn(committed, '5%', '2025-06-23')).toEqual(['supported']);
    expect(figureVerdictsOn(committed, '5%', '2025-06-26')).toEqual(['supported']);
    // darakchi.uz, June 2025: "Members of the North Atlantic Alliance agreed to increase military spending to 5 percent of
    // GDP by 2035."
    const members = 'Members of the North Atlantic Alliance agreed to increase military spending to 5 percent of GDP by 2035.';
    expect(figureVerdictsOn(members, '5 percent', '2025-06-22')).toEqual(['supported']);
    // v056 (two days before): "the formal commitment of the 32 member countries to bring military spending to 5% of GDP".
    const bring =
      'The NATO summit opens on Tuesday. The objective of its secretary is to sanction the formal commitment of the 32 member countries to bring military spending to 5% of GDP, as requested by Donald Trump.';
    expect(figureVerdictsOn(bring, '5%', '2025-06-23')).toEqual(['supported']);
  });

  it('flags a wrong deadline once the summit has adopted it, and never before', () => {
    expect(figureVerdictsOn(real.replace('2035', '2030'), '5%', '2025-07-23')).toEqual(['contradicted']);
    const members = 'Members of the North Atlantic Alliance agreed to increase military spending to 5 percent of GDP by 2032.';
    expect(figureVerdictsOn(members, '5 percent', '2025-06-26')).toEqual(['contradicted']);
    // Before the summit other deadlines were on the table (2030, 2032): told, not flagged.
    expect(isRed(figureVerdictsOn(real.replace('2035', '2030'), '5%', '2025-06-23'))).toBe(false);
    expect(
      figureVerdictsOn(
        'At the NATO summit, the 32 member countries committed to bring military spending to 5% of GDP by 2030.',
        '5%',
        '2025-07-23',
      ),
    ).toEqual(['contradicted']);
  });

  it('does not confirm the agreement months before it, nor one ally’s own figure', () => {
    expect(figureVerdictsOn(real, '5%', '2024-06-01')).toEqual(['context']);
    expect(figureVerdictsOn('Spain agreed to raise defence spending to 2.1% of GDP.', '2.1%', '2025-06-23')).toEqual([]);
  });
});

describe('the 2% agreement named by its year', () => {
  // v002, AFP, February 2019: "such as the 2014 agreement to try to spend two percent of GDP on defence".
  const real =
    'NATO summits conclude with a formal statement agreed by all allies -- such as the 2014 agreement to try to spend two percent of GDP on defence.';

  it('confirms the real sentence and "the 2014 pledge to spend 2%"', () => {
    expect(figureVerdictsOn(real, 'two percent', '2019-02-06')).toEqual(['supported']);
    expect(figureVerdictsOn('Allies are far from the 2014 pledge to spend 2% of GDP on defence.', '2%', '2019-02-06')).toEqual([
      'supported',
    ]);
    // 24/7 Wall St., September 2024: "NATO members’ commitments to spending 2% of their GDP on defense, a goal set in 2014."
    expect(
      figureVerdictsOn('NATO members’ commitments to spending 2% of their GDP on defense, a goal set in 2014.', '2%', '2024-09-01'),
    ).toEqual(['supported']);
  });

  it('flags a figure NATO did not set that year', () => {
    expect(figureVerdictsOn(real.replace('two percent', 'five percent'), 'five percent', '2019-02-06')).toEqual(['contradicted']);
    expect(figureVerdictsOn('Allies are far from the 2014 pledge to spend 3% of GDP on defence.', '3%', '2019-02-06')).toEqual([
      'contradicted',
    ]);
    expect(figureVerdictsOn('Allies are far from the 2023 pledge to spend 3.5% of GDP on defence.', '3.5%', '2025-08-01')).toEqual([
      'contradicted',
    ]);
  });

  it('leaves a year in which a summit may have reaffirmed the figure', () => {
    expect(isRed(figureVerdictsOn(real.replace('2014', '2016'), 'two percent', '2019-02-06'))).toBe(false);
  });
});
