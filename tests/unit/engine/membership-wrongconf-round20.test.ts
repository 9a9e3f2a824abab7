// Membership wrong confirmations, twentieth round (mutation probe of confirmed sentences): an accession's day told with its
// place in line (accession-day.ts). Each new red flag is tested with true look-alikes that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe('the day of an accession told with it (accession-day.ts)', () => {
  it('a day plainly the accession’s and more than a day off is contradicted', () => {
    expect(membership('On March 25, North Macedonia became NATO’s 30th member.', 'North Macedonia became', '2020-04-15')).toEqual([
      'contradicted',
    ]);
    expect(membership('Finland will become the 31st member of NATO on 11 April 2023.', 'Finland will become', '2023-04-03')).toEqual([
      'contradicted',
    ]);
    // 5 June 2017 was a Monday.
    expect(membership('Montenegro became Nato’s 29th member Saturday.', 'Montenegro became', '2017-06-06')).toEqual(['contradicted']);
    expect(membership('Sweden officially became the 32nd member of NATO on Tuesday.', 'Sweden officially became', '2024-03-08')).toEqual([
      'contradicted',
    ]);
    expect(
      membership('On Thursday, 14 March, Sweden officially joined the North Atlantic Alliance.', 'Sweden officially joined', '2024-03-15'),
    ).toEqual(['contradicted']);
  });
  it('a day one off (sources differ by one) is context, never confirmed nor red', () => {
    expect(membership('Finland will become the 31st member of NATO on 3 April 2023.', 'Finland will become', '2023-04-03')).toEqual([
      'context',
    ]);
  });
  it('the right day, or a day of another step or time around the accession, is left as it was', () => {
    for (const [text, quote, asOf] of [
      ['On March 27, North Macedonia became NATO’s 30th member.', 'North Macedonia became', '2020-04-15'],
      ['Finland will become the 31st member of NATO on 4 April 2023.', 'Finland will become', '2023-04-03'],
      ['Montenegro became Nato’s 29th member Monday.', 'Montenegro became', '2017-06-06'],
      ['North Macedonia joined NATO on Friday, becoming the 30th member.', 'becoming the 30th member', '2020-03-30'],
      ['Sweden became the latest country to join the Alliance on 7 March 2024.', 'Sweden became', '2024-03-08'],
      ['On Monday, a week after Sweden became NATO’s 32nd member, its flag was raised.', 'Sweden became', '2024-03-12'],
      ['Sweden, which became the 32nd member of NATO, raised its flag on Monday.', 'Sweden, which became', '2024-03-12'],
      ['A day after Finland became NATO’s 31st member on April 4, the flag was raised.', 'Finland became', '2023-04-10'],
      // The day of another step, in the sentence of the place in line (heldout12 g003, February 2019).
      [
        'Stoltenberg has said the alliance will sign an accession protocol with Macedonia on February 6, an important milestone in the Balkan country’s path to become NATO’s 30th member state.',
        'Macedonia on February 6',
        '2019-02-03',
      ],
      // Years later, a weekday is not the accession's.
      ['Montenegro became Nato’s 29th member in 2017, the minister said on Saturday.', 'Montenegro became', '2024-06-08'],
    ] as const)
      expect(
        membership(text, quote, asOf).every((v) => v === 'supported'),
        text,
      ).toBe(true);
  });
});

describe('a whole-alliance count told of a meeting, or opening the sentence (member-count-whole.ts)', () => {
  it('a count NATO no longer has is outdated', () => {
    const text = 'the leaders of the 30 member states of the NATO are meeting in Washington.';
    expect(membership(text, 'the 30 member states', '2024-07-08')).toEqual(['outdated']);
    expect(membership('All 30 NATO allies are meeting in Washington this week.', '30 NATO allies', '2024-07-08')).toEqual(['outdated']);
    expect(membership('The 31 NATO Allies agreed on a new plan.', '31 NATO Allies', '2024-07-20')).toEqual(['outdated']);
  });
  it('today’s count, a part meeting a target, or a count told of its year, is not flagged', () => {
    const text = 'the leaders of the 32 member states of the NATO are meeting in Washington.';
    expect(membership(text, 'the 32 member states', '2024-07-08')).toEqual(['supported']);
    for (const [t, q] of [
      ['The 23 NATO members are meeting the target this year.', '23 NATO members'],
      ['The 23 NATO allies meeting in full the 2% target were praised.', '23 NATO allies'],
      ['The 30 NATO Allies signed the declaration in 2021.', '30 NATO Allies'],
      ['The 30 NATO allies that took part were thanked.', '30 NATO allies'],
    ] as const)
      expect(
        membership(t, q, '2024-07-20').some((v) => v === 'outdated' || v === 'contradicted'),
        t,
      ).toBe(false);
  });
});
