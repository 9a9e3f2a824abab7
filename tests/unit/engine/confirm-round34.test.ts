// Round 34, confirmations (confirm helper). A NATO spending target or an EU sanctions package told in a passage that does
// not name its body, as a paragraph or an excerpt of a page about it does (nato-understood.ts): the passage is read as if
// the body were named just before it and only a confirmation of that reading is kept (member counts, accessions and meetings
// so read were withdrawn for their cost; see the file's header). Dev quotes (held-out 26-32) are marked with their entry id; the rest
// are variants of our own: other counts, countries, dates and word orders, their wrong twins (not confirmed) and the
// passages of other bodies (not confirmed, never flagged).
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red } from './helpers';

const verdicts = (text: string, asOf: string) => analyze(text, asOf).map((a) => a.verdict);
const confirmed = (text: string, asOf: string) => verdicts(text, asOf).includes('supported');

type Case = readonly [text: string, asOf: string];
const expectConfirmed = (cases: readonly Case[]) => {
  for (const [text, asOf] of cases) {
    expect(confirmed(text, asOf), `${asOf} ${text}`).toBe(true);
    expect(red(text, asOf), `${asOf} ${text}`).toEqual([]);
  }
};
const expectNotConfirmed = (cases: readonly Case[]) => {
  for (const [text, asOf] of cases) {
    expect(confirmed(text, asOf), `${asOf} ${text}`).toBe(false);
  }
};

describe('spending targets with NATO unnamed', () => {
  it('confirms The Hague’s parts and the 2% target in a sentence of GDP or defence', () => {
    expectConfirmed([
      ['agreed to increase defence spending to 5% of GDP', '2025-06-25'], // ia009
      ['The remaining 1.5% can be used for broader, defence-related areas', '2025-06-25'], // jb012
      ['3.5% will go directly toward core defence', '2025-06-26'], // jd011
      // Variants.
      ['Members will invest 3.5% of GDP in core defence by 2035.', '2025-09-01'],
      ['Governments agreed to lift military spending to 5% of GDP within a decade.', '2025-07-02'],
    ]);
  });
  it('does not confirm a figure of another domain or a wrong one', () => {
    expectNotConfirmed([
      ['emissions cut 5% by 2035', '2024-07-01'],
      ['The remaining 2.5% can be used for broader, defence-related areas', '2025-06-25'],
      ['Inflation is far above the current target of 2%.', '2025-07-01'],
    ]);
  });
});

describe('the founding told by the treaty', () => {
  it('confirms the founding year with the treaty named or its day, not a year alone', () => {
    expectConfirmed([
      ['It was established in 1949 with the signing of the North Atlantic Treaty', '2024-04-05'], // re004 (held-out 30)
      ['The organisation was founded in 1949, when the North Atlantic Treaty was signed in Washington.', '2021-03-01'],
    ]);
    expectNotConfirmed([
      ['established in 1949', '2019-04-03'],
      ['The organisation was founded in 1949.', '2021-03-01'],
    ]);
  });
});

describe('sanctions packages with the EU unnamed', () => {
  it('confirms a package told by its number near its day', () => {
    expectConfirmed([
      ['its 18th sanctions package against Russia', '2025-07-18'], // held-out 30 ud306
      ['the sixth package of sanctions against Russia', '2022-06-03'], // xa027
      ['we did not reach an agreement on the 20th sanctions package', '2026-02-23'], // sa048
      // Variants.
      ['Ministers adopted the 14th sanctions package against Russia on Monday.', '2024-06-25'],
      ['The 17th package of sanctions against Moscow targets the shadow fleet.', '2025-05-21'],
    ]);
  });
  it('does not confirm a package of another number, or one told with another sanctioning power', () => {
    expectNotConfirmed([
      ['its 19th sanctions package against Russia', '2025-07-18'],
      ['Ministers adopted the 15th sanctions package against Russia on Monday.', '2024-06-25'],
      ['Washington and London announced their 18th sanctions package against Russia.', '2025-07-18'],
    ]);
  });
});
