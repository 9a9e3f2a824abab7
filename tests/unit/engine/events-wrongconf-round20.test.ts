// Round 20's mutation probe, events and summits: a meeting confirmed by its place, its name or one of its days while
// the claim's own words tell another year, month or weekday (event-time-clash.ts). Such a confirmation is dropped,
// never turned red; the true sentence beside each stays confirmed.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const events = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === 'event');
const confirmed = (text: string, asOf: string) => events(text, asOf).filter((a) => a.verdict === 'supported');
const red = (text: string, asOf: string) => events(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

// [page date, false sentence, true sentence]
const pairs: [string, string, string][] = [
  // a year naming the summit (The Hague, 24-25 June 2025; Ankara, 7-8 July 2026; Washington, 9-11 July 2024)
  [
    '2025-06-26',
    'The 2023 NATO Summit took place on June 24–25, 2025, in The Hague.',
    'The 2025 NATO Summit took place on June 24–25, 2025, in The Hague.',
  ],
  [
    '2025-08-19',
    'The 2027 NATO summit will be held in the Turkish capital Ankara on July 7-8.',
    'The 2026 NATO summit will be held in the Turkish capital Ankara on July 7-8.',
  ],
  ['2024-07-08', 'The 2023 Washington summit will be held from July 9-11.', 'The 2024 Washington summit will be held from July 9-11.'],
  [
    '2025-07-15',
    'NATO convened its 2023 summit in The Hague, Netherlands, from June 24 to 25.',
    'NATO convened its 2025 summit in The Hague, Netherlands, from June 24 to 25.',
  ],
  ['2025-06-26', 'NATO Summit 2023 – The Hague (24–25 June 2025)', 'NATO Summit 2025 – The Hague (24–25 June 2025)'],
  // a date right after the claim with another year or month
  [
    '2025-08-19',
    'The next NATO summit will be held in Ankara on July 7-8, 2024.',
    'The next NATO summit will be held in Ankara on July 7-8, 2026.',
  ],
  [
    '2025-04-04',
    'It was the meeting of NATO foreign ministers in Brussels on Thursday and Friday, April 3 and 4, 2023.',
    'It was the meeting of NATO foreign ministers in Brussels on Thursday and Friday, April 3 and 4, 2025.',
  ],
  ['2016-06-17', 'Leaders will meet at the 2016 Warsaw summit in early May.', 'Leaders will meet at the 2016 Warsaw summit in early July.'],
  [
    '2016-07-07',
    'On Thursday and Saturday (8-9 July 2016), the leaders of the 28 NATO Allies will meet in Warsaw.',
    'On Friday and Saturday (8-9 July 2016), the leaders of the 28 NATO Allies will meet in Warsaw.',
  ],
  [
    '2025-08-19',
    'The 2026 NATO summit will be held in the Turkish capital Ankara on June 7-8.',
    'The 2026 NATO summit will be held in the Turkish capital Ankara on July 7-8.',
  ],
  // a pair of weekdays, one not the meeting's (Vilnius, Tuesday 11 and Wednesday 12 July 2023)
  [
    '2023-07-10',
    'Ukraine will top the agenda when Allies meet in Vilnius on Thursday and Wednesday.',
    'Ukraine will top the agenda when Allies meet in Vilnius on Tuesday and Wednesday.',
  ],
];

describe('a meeting is not confirmed when its own words tell another year, month or weekday (event-time-clash.ts)', () => {
  for (const [asOf, wrong, right] of pairs)
    it(wrong, () => {
      expect(confirmed(wrong, asOf)).toEqual([]);
      expect(red(wrong, asOf)).toEqual([]);
      expect(confirmed(right, asOf).length).toBeGreaterThan(0);
    });
});

describe('true look-alikes stay confirmed', () => {
  const cases: [string, string][] = [
    // another year in the sentence that names something else
    ['2025-06-26', 'A year after the 2024 Washington summit, the NATO Summit took place on June 24–25, 2025, in The Hague.'],
    ['2025-06-26', 'In 2014 allies pledged 2%; the NATO Summit took place on June 24–25, 2025, in The Hague.'],
    // the pledge year told after the date
    ['2025-07-15', 'NATO convened its summit in The Hague, Netherlands, from June 24 to 25, raising the 2014 pledge.'],
    // a two-month meeting (Riga, 30 November and 1 December 2021)
    [
      '2021-12-01',
      'Blinken attended a meeting of foreign ministers of the North Atlantic Alliance in Riga on 30 November and 1 December 2021.',
    ],
    // a weekday pair both the meeting's
    ['2018-07-10', "NATO's 2018 Brussels Summit takes place on Wednesday and Thursday."],
  ];
  for (const [asOf, text] of cases)
    it(text, () => {
      expect(confirmed(text, asOf).length).toBeGreaterThan(0);
      expect(red(text, asOf)).toEqual([]);
    });
});

describe('a year naming a meeting of the same kind and place picks that meeting', () => {
  it('"The 1997 NATO Madrid Summit" is the 1997 summit, not Madrid 2022', () => {
    const a = confirmed('The 1997 NATO Madrid Summit was a disappointment for the Baltic states.', '2024-03-29');
    expect(a.map((x) => x.factIds[0])).toEqual(['nato-summit-1997-madrid']);
  });
});
