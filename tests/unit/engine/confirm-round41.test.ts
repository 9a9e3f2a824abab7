// Round 41, confirmations: the wrong confirmations last round's engineers found, withdrawn by their class (a confirmation must
// check the claim it stands on), with variants of our own and the true sentences that must stay confirmed.
import { describe, expect, it } from 'vitest';
import { analyze, saidRed } from './helpers';

const confirmedWith = (text: string, asOf: string, words: RegExp) =>
  analyze(text, asOf).filter((a) => a.verdict === 'supported' && words.test(a.message));

const confirms = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words), text).not.toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};
const notConfirmed = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp, flagged = false) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words), text).toEqual([]);
    if (!flagged) expect(saidRed(text, asOf), text).toEqual([]);
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
      expect(saidRed(text, asOf), text).not.toEqual([]);
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

describe('the full-scale invasion’s day told with its year by a bare word of war (war-day-told.ts)', () => {
  const INVASION = /full-scale invasion was on February 24, 2022/;
  it('confirms the dev quotes and variants', () => {
    confirms(
      [
        // held-out 39 sh014
        [
          'The conflict has led to the fastest-growing refugee crisis since World War II, with 6.3 million people forced to flee Ukraine since the invasion on February 24, 2022.',
          '2023-07-08',
        ],
        // held-out 39 sh027
        ['However, the conflict escalated significantly on February 24, 2022, when Russian troops crossed into Ukraine.', '2026-02-24'],
        // held-out 30 nd007
        ['The war that began on February 24, 2022 has killed thousands in Ukraine.', '2024-02-24'],
        // held-out 35 qi020
        ['The EU adopted its 13th package since it invaded Ukraine, on February 24, 2022.', '2024-02-21'],
        // held-out 29 md020
        ['Kyiv says the conflict that has persisted since February 2022 must end with guarantees.', '2026-01-23'],
        ['Ukraine’s grain exports fell after the attack of 24 February 2022.', '2023-05-02'],
        ['Ukraine has received aid from 50 countries since the aggression of 24th February 2022.', '2024-09-10'],
        ['Ukrainian refugees have crossed into Poland since the war broke out on Feb. 24, 2022.', '2022-11-15'],
        // held-out 29 md001 (June 2022), the day without its year on a page of 2022
        ['Russia’s war in Ukraine: 100 days on. When it began on Feb. 24, few expected Kyiv to hold.', '2022-06-03'],
        // held-out 27 jg004, a timeline's entry
        ['Ukraine timeline. February 24: Invasion starts.', '2022-04-20'],
        // held-out 28 kd018
        ['Three years of war in Ukraine. It all began early in the morning on February 24, 2022.', '2025-02-24'],
        ['Russian troops crossed the Ukrainian border on February 24, 2022, and the fighting persists.', '2023-08-03'],
        // the year alone, Ukraine named in the sentence or just before
        ['Ukraine needs support. Since the invasion began in 2022, the alliance has grown.', '2025-06-01'],
        ['Kyiv has lost a fifth of its land since the full-scale invasion in 2022.', '2024-03-01'],
        ['Ukraine’s exports collapsed. The war broke out in 2022 and has not stopped.', '2024-03-01'],
      ],
      INVASION,
    );
  });
  it('stays quiet on another day, another war or no word of war', () => {
    notConfirmed(
      [
        ['Ukraine: the war escalated on 24 February 2023.', '2025-06-01'],
        ['Ukraine lost the city in the counteroffensive launched after February 24, 2022.', '2024-01-01'],
        ['Ukraine: it is the 16th package of restrictive measures since February 2022.', '2025-02-19'],
        ['Ukraine and Israel: the war in Gaza and the invasion of February 24, 2022 dominate the agenda.', '2024-01-01'],
        ['Ukraine’s parliament met on February 24, 2022 to declare martial law.', '2022-03-01'],
        ['Ukraine: on February 24 the EU met on the invasion.', '2022-03-10'],
        ['Ukraine: after the invasion, NATO ambassadors met on February 24, 2022.', '2022-03-10'],
        ['Ukraine: the school year started on February 24.', '2022-05-01'],
        ['Ukraine timeline. February 24: The beginning of the war.', '2023-02-24'],
        ['Ukraine: talks on February 24 could avert an attack.', '2022-02-20'],
        ['Ukraine needs support. The economy shrank during the war in 2022.', '2025-06-01'],
        ['Ukraine needs support. Since the invasion of Crimea in 2022, prices rose.', '2025-06-01'],
        ['Ukraine needs support. Since the invasion in 2023, prices rose.', '2025-06-01'],
        ['NATO troops moved into Poland on 24 February 2022.', '2023-08-03'],
        // held-out 39 sh015 (labelled a slip for "over a year and a half" in August 2023; Russian troops first crossed in 2014)
        [
          'Over a year and a half after Russian troops first crossed the Ukrainian border on February 24, 2022, the fighting persists.',
          '2023-08-03',
        ],
        ['Ukraine has been facing Russian occupation since February 2022.', '2024-02-28'],
      ],
      INVASION,
    );
  });
});

describe('NATO’s anniversary told bare or of "the establishment", NATO named near (alliance-age.ts)', () => {
  const ANNIVERSARY = /NATO's \d+\w* anniversary fell/;
  it('confirms the dev quotes and variants', () => {
    confirms(
      [
        // held-out 35 qp020
        [
          'He also expressed satisfaction that, together with the other leaders of the NATO member states, he is attending this celebration of the 75th anniversary of the establishment of what he said is the largest defense alliance in world history.',
          '2024-07-10',
        ],
        // held-out 34 qg019
        [
          'Doorstep statement upon his arrival at the NATO Summit. We’re meeting here in Washington to celebrate the 75th anniversary since the establishment of the world’s most successful and most resilient defensive Alliance.',
          '2024-07-10',
        ],
        ['NATO leaders gather in Washington. The 75th anniversary is a moment to celebrate.', '2024-04-04'],
        ['NATO leaders meet in London to mark the 70th anniversary.', '2019-12-03'],
        ['Allies met at NATO headquarters in 2009 for the 60th anniversary of the founding of the Alliance.', '2019-04-04'],
      ],
      ANNIVERSARY,
    );
  });
  it('stays quiet on another body’s anniversary or another number', () => {
    notConfirmed(
      [
        ['NATO allies met in Brussels. China marked the 75th anniversary of the founding of the People’s Republic.', '2024-10-01'],
        ['NATO was discussed in Berlin. Germany celebrates the 75th anniversary of the Basic Law.', '2024-05-23'],
        ['Poland joined NATO 25 years ago. Warsaw marked the 25th anniversary on Tuesday.', '2024-03-12'],
        ['NATO leaders gather in Washington for the 76th anniversary.', '2024-07-10'],
        ['NATO was mentioned. Israel marked the 75th anniversary of the establishment of the state.', '2023-05-01'],
        ['Leaders met in Washington to celebrate the 75th anniversary.', '2024-07-10'],
      ],
      ANNIVERSARY,
    );
  });
});
