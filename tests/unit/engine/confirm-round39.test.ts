// Round 39, confirmations by volume. Real quotes with their entry ids (held-out file and id), variants of our own, and the
// false or unsure variants that must not be confirmed.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const said = (text: string, asOf: string) => analyze(text, asOf).map((a) => `${a.verdict}: ${a.quote}`);
const red = (text: string, asOf: string) => said(text, asOf).filter((s) => /^(?:contradicted|outdated)/.test(s));
const confirmed = (text: string, asOf: string) => said(text, asOf).filter((s) => s.startsWith('supported'));

const confirms = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) {
    expect(confirmed(text, asOf), text).not.toEqual([]);
    expect(red(text, asOf), text).toEqual([]);
  }
};
const unconfirmed = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(confirmed(text, asOf), text).toEqual([]);
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
    confirms([
      ['Allies agreed to spend 2% of GDP on defence by 2024.', '2019-03-01'],
      ['Allies agreed to spend 2% of GDP on defence by 2024.', '2016-08-01'],
      ['Allies agreed to spend 5% of GDP on defence by 2035.', '2025-08-01'],
      ['Allies agreed to spend 3.5% of GDP on core defence by 2035.', '2025-08-01'],
      ['The allies agreed to spend at least 2% of GDP until they reach 5% by 2035.', '2025-08-01'],
    ]);
  });
});
