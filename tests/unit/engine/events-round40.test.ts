// Round 40, events: the full-scale invasion given another month of 2022 by its noun or its launch, the war's year entered
// told with a time of the page's week, the war's day N reached, its N-month mark and its N years marked on a day. Real
// quotes with their entry ids (held-out 38), variants of our own, and true sentences that must stay quiet or be confirmed.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const said = (text: string, asOf: string) => analyze(text, asOf).map((a) => `${a.verdict}: ${a.quote}`);
const red = (text: string, asOf: string) => said(text, asOf).filter((s) => /^(?:contradicted|outdated)/.test(s));
const confirmed = (text: string, asOf: string) => said(text, asOf).filter((s) => s.startsWith('supported'));

const flags = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, verdict] of cases) {
    const r = red(text, asOf);
    expect(r.length, text).toBeGreaterThan(0);
    expect(r[0].startsWith(verdict), `${text}: ${r.join(' | ')}`).toBe(true);
  }
};
const noRed = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(red(text, asOf), text).toEqual([]);
};
const confirms = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) {
    expect(confirmed(text, asOf), text).not.toEqual([]);
    expect(red(text, asOf), text).toEqual([]);
  }
};

describe('the full-scale invasion given another month of 2022 (war-anchors.ts nounOwnMonth, LAUNCH_PHRASE_RE)', () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 rw004
      [
        "The ongoing turmoil sparked by Russia's invasion of Ukraine in May 2022 prompted both Sweden and Finland to pursue membership in the North Atlantic Treaty Organization (Nato).",
        '2025-03-06',
        'contradicted',
      ],
      ["Russia's invasion of Ukraine in April 2022 changed Europe's security order.", '2024-10-01', 'contradicted'],
      ["Since Russia's invasion of Ukraine in March 2022, gas prices have soared.", '2023-05-01', 'contradicted'],
      ["Russia's May 2022 invasion of Ukraine prompted Finland to apply.", '2024-01-15', 'contradicted'],
      ['The Russian invasion of Ukraine in June 2022 shocked Europe.', '2025-01-15', 'contradicted'],
      [
        "The war sparked by Russia's full-scale invasion of Ukraine in March 2022 has killed tens of thousands.",
        '2025-03-06',
        'contradicted',
      ],
      ['Russia launched its full-scale invasion of Ukraine in April 2022.', '2025-03-06', 'contradicted'],
      ['Kyiv has resisted the war launched by Russia in March 2022.', '2024-05-06', 'contradicted'],
    ]);
  });
  it('leaves the month of another clause alone and confirms February', () => {
    noRed([
      ["Sweden applied to join NATO after Russia's invasion of Ukraine in May 2022.", '2025-03-06'],
      ["Finland and Sweden applied after Russia's invasion of Ukraine in May 2022.", '2024-06-06'],
      ["Since May 2022, when Finland and Sweden applied, Russia's invasion of Ukraine has dragged on.", '2024-06-06'],
      ["Exports collapsed after Russia's invasion of Ukraine in March 2022 closed the Black Sea ports.", '2023-06-06'],
      ["NATO has changed since Russia's invasion of Ukraine, and in May 2022 Finland applied.", '2024-06-06'],
      ["Sanctions imposed following Russia's invasion of Ukraine in March 2022 hit its banks.", '2024-06-06'],
      ['Fears of a new Russian invasion of Ukraine in May 2022 were voiced in Kyiv.', '2023-06-06'],
    ]);
    confirms([["Russia's invasion of Ukraine in February 2022 prompted Sweden to apply.", '2025-03-06']]);
    noRed([['The invasion of February 2022 changed everything, Zelensky said of the Russian attack on Ukraine.', '2024-03-06']]);
  });
});

describe("the war's year entered, told with a time of the page's week (war-duration.ts ENTRY_RECENT_RE)", () => {
  it('flags the dev quote and variants', () => {
    flags([
      // held-out 38 rx003 (the fourth year began on 24 February 2025)
      [
        'This US-Ukraine deal is intended to be a step towards a peace agreement ending the Russia-Ukraine war that entered its third year earlier this week.',
        '2025-03-01',
        'contradicted',
      ],
      ['The war in Ukraine entered its third year on Monday, and Kyiv is short of shells.', '2025-02-26', 'contradicted'],
      ["Russia's invasion of Ukraine entered its second year this week.", '2024-02-27', 'contradicted'],
      ["Russia's war against Ukraine entered its fourth year last week.", '2026-03-02', 'contradicted'],
    ]);
  });
  it('confirms the right year and leaves other times alone', () => {
    confirms([
      ["Russia's war in Ukraine entered its fourth year earlier this week.", '2025-03-01'],
      ['The war in Ukraine entered its third year on Saturday, Russia still holding a fifth of the country.', '2024-02-27'],
      ["Russia's full-scale invasion entered its fourth year last week.", '2025-03-03'],
      ["Ukraine's war with Russia, which entered its third year in February 2024, drags on.", '2025-03-01'],
    ]);
    noRed([
      ['The war entered its fourth year on Monday.', '2025-02-24'],
      ["Russia's war in Ukraine, which entered its third year a year ago, drags on.", '2025-03-01'],
    ]);
  });
});

describe("the war's day N, its N-month mark and its years marked on a day (war-duration.ts)", () => {
  it('confirms the dev quotes and variants', () => {
    confirms([
      // held-out 38 rs019
      ["UN slams civilian toll as Russia's war in Ukraine reaches day 500", '2023-07-08'],
      ["Russia's full-scale invasion of Ukraine hit day 1,000 on Tuesday.", '2024-11-19'],
      // held-out 38 rs011
      [
        "Ukrainians on Wednesday observed both the six month mark since the start of Russia's unprovoked invasion as well as the 31st anniversary of Ukraine's independence from the Soviet Union.",
        '2022-08-24',
      ],
      ['Kyiv marked the 500-day mark of the war Russia launched against Ukraine.', '2023-07-08'],
      // held-out 38 rs022
      ["Ukraine's invasion by Russia marks its 2 years on February 24, 2024.", '2024-02-24'],
      ["Russia's war on Ukraine marks two years on February 24.", '2024-02-20'],
    ]);
  });
  it('flags a day N far from the page', () => {
    flags([["Russia's war in Ukraine reaches day 500 as the UN counts the dead.", '2023-09-08', 'contradicted']]);
  });
});
