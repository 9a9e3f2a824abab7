// Red flags on true sentences found by the twentieth round's look-alike probe (about 650 true sentences shaped like the
// round's new red-flag forms: summit days, weekdays, accessions, titles, spending and aid figures, narrated months). Each
// fix comes with the wrong version that must stay flagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('a range of days next to a summit that the sentence dates besides (event-confirmed.ts shiftedDays)', () => {
  it('a stay before the summit, with the summit’s own day told, is not the summit’s days', () => {
    // London leaders' meeting: 3-4 December 2019 (reception on the 3rd, Watford on the 4th)
    expect(red('Trump was in London on December 2-3 before the NATO leaders’ meeting in Watford on December 4.', '2019-12-05')).toEqual([]);
    expect(red('Leaders were in Vilnius on July 10-11, and the NATO summit closed on July 12, 2023.', '2023-07-13')).toEqual([]);
    expect(red('Biden stayed in Vilnius on July 10-11 for the NATO summit.', '2023-07-13')).toEqual([]);
    expect(red('Zelensky spent July 10-11 in Vilnius at the NATO summit.', '2023-07-13')).toEqual([]);
  });

  it('the summit told on other days, with no day of its own, stays flagged', () => {
    expect(red('The NATO summit in Vilnius on July 10-11, 2023 ended with a communique.', '2023-07-13').map((a) => a.quote)).toEqual([
      'on July 10-11, 2023',
    ]);
    expect(
      red('The NATO leaders’ meeting in London on December 2-3, 2019 marked the alliance’s 70th anniversary.', '2019-12-05').length,
    ).toBe(1);
  });
});

describe('a leader’s spending demand told of another occasion (spending-demands.ts)', () => {
  const sup = (text: string, asOf: string) =>
    analyze(text, asOf).filter((a) => a.verdict === 'supported' && (a.quote === '4%' || a.quote === '5%'));
  it('is not confirmed when the sentence tells a day of the page’s week or a year far from the demand', () => {
    // Trump's 4% was said at the Brussels summit of 11 July 2018; his 5% on 7 January 2025
    expect(sup('Trump said on Tuesday that NATO allies should spend 4% of GDP on defence.', '2025-01-01')).toEqual([]);
    expect(sup('In 2025, Trump told NATO allies to spend 4% of GDP on defence.', '2025-06-20')).toEqual([]);
  });
  it('is still confirmed on its own day or year, or with no time told', () => {
    expect(sup('Trump said on Tuesday that NATO members should spend 5% of GDP on defence.', '2025-01-08').length).toBe(1);
    expect(sup('Trump said this week that NATO allies should spend 5% of GDP on defence.', '2025-01-09').length).toBe(1);
    expect(sup('In 2018, Trump told NATO allies to spend 4% of GDP on defence.', '2025-06-20').length).toBe(1);
    expect(sup('In Brussels, Trump floated a 4% target for NATO allies’ defence spending.', '2025-06-20').length).toBe(1);
  });
});
