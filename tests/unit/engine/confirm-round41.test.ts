// Round 41, confirmations: the wrong confirmations last round's engineers found, withdrawn by their class (a confirmation must
// check the claim it stands on), with variants of our own and the true sentences that must stay confirmed.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const said = (text: string, asOf: string) => analyze(text, asOf).map((a) => `${a.verdict}: ${a.quote}`);
const red = (text: string, asOf: string) => said(text, asOf).filter((s) => /^(?:contradicted|outdated)/.test(s));
const confirmedWith = (text: string, asOf: string, words: RegExp) =>
  analyze(text, asOf).filter((a) => a.verdict === 'supported' && words.test(a.message));

const confirms = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words), text).not.toEqual([]);
    expect(red(text, asOf), text).toEqual([]);
  }
};
const notConfirmed = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp, flagged = false) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words), text).toEqual([]);
    if (!flagged) expect(red(text, asOf), text).toEqual([]);
  }
};

describe('a meeting told as the pair not having met since (meeting-pair-history.ts)', () => {
  it('flags a present perfect belied by a later meeting on record', () => {
    for (const [text, asOf] of [
      // last round's engineers: Trump and Putin met in Alaska on 2025-08-15
      ['Trump and Putin have not met in person since 2018.', '2025-10-20'],
      ['Donald Trump and Vladimir Putin haven’t met face to face since their Helsinki summit in 2018.', '2025-09-30'],
      ['Putin and Trump have not met since 2018, when they held a summit in Helsinki.', '2020-02-01'],
    ] as const) {
      expect(red(text, asOf), text).not.toEqual([]);
      expect(confirmedWith(text, asOf, /record/), text).toEqual([]);
    }
  });
  it('withholds a past perfect, confirms the true ones', () => {
    notConfirmed([['Trump and Putin had not met since 2019 before the Alaska summit.', '2025-10-20']], /matches the record/);
    confirms(
      [
        ['Trump and Putin have not met since 2019.', '2020-03-01'],
        ['Donald Trump and Vladimir Putin have not met face to face since Osaka in 2019.', '2025-03-01'],
      ],
      /Osaka/,
    );
  });
});

describe('a meeting told as the pair’s first while an earlier one is on record (meeting-pair-history.ts)', () => {
  it('does not confirm it', () => {
    notConfirmed(
      [
        ['Trump and Putin met for the first time in Alaska last month.', '2025-09-01'],
        ['Vladimir Putin and Donald Trump first met in Anchorage on August 15.', '2025-08-20'],
        ['Zelensky and Trump met for the first time at the White House on February 28.', '2025-03-01'],
      ],
      /match(?:es)? the record/,
    );
  });
  it('keeps the true firsts and the qualified ones', () => {
    confirms(
      [
        ['Zelensky and Trump met for the first time in New York on September 25.', '2019-09-30'],
        ['Trump and Putin met for the first time in six years in Alaska last month.', '2025-09-01'],
        ['Trump and Putin met in Helsinki on Monday.', '2018-07-20'],
      ],
      /match(?:es)? the record/,
    );
  });
});

describe('an earlier number beside the name of one who holds the office under a later one (office-ordinal.ts)', () => {
  it('does not confirm it', () => {
    notConfirmed(
      [
        // last round's engineers, after held-out 13 c114
        ['President Trump, the 45th President of the United States, signed the order.', '2025-06-01'],
        ['Donald Trump, the 45th president of the United States, announced new tariffs.', '2025-04-03'],
      ],
      /is the 45th/,
    );
  });
  it('confirms the number with its years, or in its own term', () => {
    confirms(
      [
        ['Donald Trump, the 45th President of the United States (2017-2021), returned.', '2025-07-06'],
        ['Donald Trump, the 45th President of the United States, signed the order.', '2019-06-01'],
        ['Donald Trump, the 47th President of the United States, signed the order.', '2025-06-01'],
      ],
      /is the 4[57]th/,
    );
  });
});

describe('a start told with a time no start of the office fits (tenure.ts undatedAccession, title-sworn.ts)', () => {
  it('does not confirm it', () => {
    notConfirmed(
      [
        // last round's engineers: Rutte took office on 1 October 2024
        ['Mark Rutte took office as NATO Secretary General last month.', '2024-12-10'],
        ['Mark Rutte took office as NATO Secretary General this month.', '2024-12-10'],
        ['Keir Starmer took office as Prime Minister of the United Kingdom last month.', '2024-09-15'],
      ],
      /took office|held the office/,
    );
  });
  it('confirms a time that fits', () => {
    confirms(
      [
        ['Mark Rutte took office as NATO Secretary General last month.', '2024-11-10'],
        ['Mark Rutte took office as NATO Secretary General last year.', '2025-03-10'],
        ['Keir Starmer took office as Prime Minister of the United Kingdom last month.', '2024-08-15'],
        ['Mark Rutte took office as NATO Secretary General on October 1, 2024.', '2025-03-10'],
      ],
      /took office|held the office/,
    );
  });
});
