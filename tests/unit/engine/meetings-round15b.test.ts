// Meetings, fifteenth round, second pass: NATO summits told at a time none was held, read against the complete record of
// them (event-series.json, the series `named: 'nato-summit'`), and a summit told longer than it lasted.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed } from './helpers';
import { getFacts } from '../../../src/facts';

describe('the NATO summits of 2010–2025 are a complete series, named as such', () => {
  it('the series says which words name one of its meetings', () => {
    expect(getFacts().eventSeries.get('nato-summits-2010-2025')?.named).toBe('nato-summit');
  });
});

describe('a NATO summit told on a day, in a month or in a year none was held is contradicted', () => {
  // held-out 13 c117 (https://exbulletin.com/politics/2721658/, 30 May 2024): NATO's foreign ministers met informally in
  // Prague on 30-31 May 2024; the summit of 2024 was Washington's in July.
  it('"An informal two-day NATO summit opens Thursday in Prague" on that Thursday', () => {
    const c117 = 'An informal two-day NATO summit opens Thursday in Prague to discuss the war in Ukraine.';
    expect(eventVerdictsOn(c117, 'NATO summit opens Thursday', '2024-05-30')).toEqual(['contradicted']);
  });

  it('the same words in the summit’s week are no red flag', () => {
    const right = 'The NATO summit opens Tuesday in Washington to discuss the war in Ukraine.';
    expect(isRed(eventVerdictsOn(right, 'NATO summit opens Tuesday', '2024-07-09'))).toBe(false);
  });

  it('a year, a month, a day with none: contradicted; the year, month and day of one: not', () => {
    expect(eventVerdictsOn('The 2020 NATO summit agreed a new plan.', '2020 NATO summit', '2021-09-01')).toEqual(['contradicted']);
    expect(isRed(eventVerdictsOn('The 2021 NATO summit agreed a new plan.', '2021 NATO summit', '2021-09-01'))).toBe(false);
    const month = 'The NATO summit in London in May 2021 agreed a plan.';
    expect(eventVerdictsOn(month, 'NATO summit in London in May 2021', '2021-09-01')).toEqual(['contradicted']);
    // held-out 5 r051's true words with the year before: The Hague's summit was on 24-25 June 2025.
    const hague = 'NATO leaders summit in The Hague, Netherlands June 25, 2024 agreed on the target.';
    expect(eventVerdictsOn(hague, 'NATO leaders summit in The Hague, Netherlands June 25, 2024', '2025-07-01')).toEqual(['contradicted']);
    const trueHague = 'NATO leaders summit in The Hague, Netherlands June 25, 2025 agreed on the target.';
    expect(eventVerdictsOn(trueHague, 'NATO leaders summit in The Hague, Netherlands June 25, 2025', '2025-07-01')).toEqual(['supported']);
  });

  it('a denial, a summit yet to come and another body’s summit are left alone', () => {
    expect(isRed(eventVerdictsOn('There was no NATO summit in 2020.', 'NATO summit in 2020', '2021-09-01'))).toBe(false);
    expect(isRed(eventVerdictsOn('The NATO summit in June 2026 will be held in Ankara.', 'NATO summit in June 2026', '2025-09-01'))).toBe(
      false,
    );
    expect(isRed(eventVerdictsOn('The EU-NATO summit in 2020 was cancelled.', 'NATO summit in 2020', '2021-09-01'))).toBe(false);
    // "the Washington summit" of 18 August 2025 was Trump's, Zelensky's and Europe's, not NATO's.
    const washington = 'Trump and Zelensky met European allies at the Washington summit on August 18, 2025.';
    expect(isRed(eventVerdictsOn(washington, 'Washington summit on August 18, 2025', '2025-08-20'))).toBe(false);
  });
});

describe('a summit told longer than it lasted', () => {
  // held-out 13 d204 (https://www.nationalworld.com/news/politics/nato-summit-what-did-uk-prime-minister-rishi-sunak-say-at-meeting-in-lithuania-4215516,
  // 11 July 2023): the Vilnius summit ran two days, 11-12 July 2023.
  const d204 = 'NATO leaders are meeting in Vilnius. The pair flew to attend the three-day summit on Tuesday 11 July.';
  it('"the three-day summit" of Vilnius is contradicted; "the two-day summit" confirmed', () => {
    expect(eventVerdictsOn(d204, 'three-day', '2023-07-11')).toEqual(['contradicted']);
    expect(eventVerdictsOn(d204.replace('three-day', 'two-day'), 'two-day summit', '2023-07-11')).toEqual(['supported']);
  });

  it('a length the sources count differently (Madrid’s arrival day) or shorter than the record is never flagged', () => {
    const madrid = 'NATO leaders ended a three-day summit in Madrid.';
    expect(isRed(eventVerdictsOn(madrid, 'three-day summit', '2022-06-30'))).toBe(false);
    const washington = 'NATO leaders began a two-day summit in Washington.';
    expect(isRed(eventVerdictsOn(washington, 'two-day summit', '2024-07-10'))).toBe(false);
  });
});

describe('a Ramstein group meeting identified by its day, told in another city', () => {
  // held-out 13 d212 (https://newrepublic.com/post/191444/pete-hegseth-russia-win-ukraine-nato, 12 February 2025): the
  // 26th meeting was at NATO headquarters in Brussels that Wednesday.
  const d212 =
    'Secretary of Defense Pete Hegseth is visiting Europe, and met with the Ukraine Defense Contact Group Wednesday in London, immediately telling allies.';
  it('"met with the Ukraine Defense Contact Group Wednesday in London" is contradicted; in Brussels, confirmed', () => {
    expect(eventVerdictsOn(d212, 'met with the Ukraine Defense Contact Group Wednesday in London', '2025-02-12')).toEqual(['contradicted']);
    const brussels = d212.replace('London', 'Brussels');
    expect(eventVerdictsOn(brussels, 'met with the Ukraine Defense Contact Group Wednesday in Brussels', '2025-02-12')).toEqual([
      'supported',
    ]);
  });
});
