// Round 39, confirmations by volume. Real quotes with their entry ids (held-out file and id), variants of our own, and the
// false or unsure variants that must not be confirmed.
import { describe, expect, it } from 'vitest';
import { expectConfirmed, said, saidConfirmed, saidRed } from './helpers';

const unconfirmed = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(saidConfirmed(text, asOf), text).toEqual([]);
};

describe("a spending figure given another target's deadline is never confirmed (figure.ts)", () => {
  it('withdraws the confirmation of 2% told with The Hague 5% deadline', () => {
    unconfirmed([
      // held-out 37 fe003 (labelled contradicted: 2035 is the 5% target's deadline)
      ['Rutte negotiated a collective agreement on defense spending that would allocate approximately 2% of GDP by 2035.', '2025-06-24'],
      ['The deal commits allies to about 2% of GDP by 2035 for core defence.', '2025-06-20'],
      ['Leaders are set to back a plan that would allocate roughly two per cent of GDP by 2035.', '2025-06-23'],
    ]);
    // Still context, never confirmed.
    expect(said('The deal commits allies to about 2% of GDP by 2035 for core defence.', '2025-06-20')).toEqual([
      'context: 2% of GDP by 2035',
    ]);
  });
  it("keeps confirming a figure with its own target's deadline", () => {
    expectConfirmed([
      ['Allies agreed to spend 2% of GDP on defence by 2024.', '2019-03-01'],
      ['Allies agreed to spend 2% of GDP on defence by 2024.', '2016-08-01'],
      ['Allies agreed to spend 5% of GDP on defence by 2035.', '2025-08-01'],
      ['Allies agreed to spend 3.5% of GDP on core defence by 2035.', '2025-08-01'],
      ['The allies agreed to spend at least 2% of GDP until they reach 5% by 2035.', '2025-08-01'],
    ]);
  });
});

describe('a count of allies at 2% told in the present perfect with no year is the page year (allies-at-target.ts)', () => {
  it('confirms the count on record for the year of the page', () => {
    expectConfirmed([
      ['NATO figures show that 10 countries have reached the 2 percent goal', '2020-10-21'], // held-out 27 ja009
      ['So far 23 allies have reached the 2% target.', '2024-07-10'],
      ['23 NATO members have now met the 2% of GDP target.', '2024-07-10'],
      ['Nine allies have met the 2% guideline.', '2019-12-03'],
      ['Eleven NATO allies have already hit the 2 percent goal.', '2023-07-12'],
    ]);
  });
  it('never flags a count off the record nor confirms a past perfect', () => {
    for (const [text, asOf] of [
      ['So far 15 allies have reached the 2% target.', '2024-07-10'],
      ['NATO figures show that 14 countries have reached the 2 percent goal', '2020-10-21'],
      ['Only 3 allies have reached the 2% target since 2014.', '2024-07-10'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
    unconfirmed([['Only three allies had reached the 2% target when the pledge was made.', '2024-07-10']]);
  });
});

describe('a count of allies at 2% told at the time the target was set (allies-at-target.ts WHEN_SET_RE)', () => {
  it('reads the year of the setting as the year counted', () => {
    expectConfirmed([
      ['Only three allies met the 2% guideline when it was agreed in Wales in 2014.', '2024-06-18'],
      ['When the 2% target was adopted in 2014, only three NATO allies met the target.', '2024-06-18'],
      ['When the pledge was made in 2014, only three allies met the 2% goal.', '2023-02-14'],
    ]);
  });
  it('never flags a wrong count so told, nor reads a present or a forecast as that year', () => {
    for (const [text, asOf] of [
      ['When the 2% target was adopted in 2014, only five NATO allies met the target.', '2024-06-18'],
      ['When the 2% target was adopted in 2014, 23 NATO allies meet it now.', '2024-06-18'],
      ['When leaders set the 2% goal in 2014, NATO said 23 allies would meet it by 2024.', '2024-06-18'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
});

describe("NATO's target named by a compound of the alliance and what it asks (figure.ts NATO_COMPOUND_BEFORE_RE)", () => {
  it('confirms the figure in force that day', () => {
    expectConfirmed([
      // held-out 35 qg024
      [
        '"The previous NATO-recommended defense spending level has been 2 percent, in the future it could reach 5 percent," Michal said.',
        '2025-06-24',
      ],
      ['Germany still misses the NATO-mandated 2% of GDP on defence.', '2023-06-24'],
      ['Germany still misses the NATO-recommended 2% of GDP for defence.', '2018-03-02'],
      ['Italy spends far less than the NATO-required minimum of 2 percent of GDP on defence.', '2019-06-24'],
      ['Spain rejects the NATO-agreed 5% of GDP for defence.', '2025-09-24'],
    ]);
  });
  it('says nothing of a figure not in force that day', () => {
    for (const [text, asOf] of [
      ['Germany still misses the NATO-mandated 2% of GDP on defence.', '2025-09-24'],
      ['Germany still misses the NATO-mandated 3% of GDP on defence.', '2023-06-24'],
      ['Spain rejects the NATO-agreed 5% of GDP for defence.', '2024-09-24'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
});
