// Round 32, meetings, ministerials, councils and conferences by date. Sentences of our own, each family with its true
// look-alikes.
// (1) Recurring series added to the fact base and read by relative day: the NATO–Russia Council (2016–2019 meetings),
//     the Crimea Platform summits (2022–2024), the Munich Security Conference (2017, 2018, the 2021 Special Edition),
//     Foreign Affairs Councils (April and May 2021, Kyiv 2023), NATO's extraordinary foreign ministers' videoconference of
//     20 August 2021. A council or dialogue named as its own meeting ("tomorrow’s NATO-Russia Council", "the Strategic
//     Stability Dialogue yesterday"), a numbered summit of a series ("the second Crimean Platform Summit that took place
//     on August 23"), "which begins today" of the Munich Security Conference. Confirm-only (summit-by-body.ts,
//     meeting-ordinal.ts, ministerials.ts).
// (2) An act of the page's news told as done "during a summit" on a day no summit was held (summit-series.ts,
//     summitOfTheNewsDay): contradicted.
// (3) NATO's summit held by video (25 February 2022) told on another day a few days off (summit-series.ts,
//     virtualSummitDays): contradicted; its own day confirmed.
// (4) A bilateral act told by what was done: the US–Poland Enhanced Defense Cooperation Agreement signed in Warsaw on
//     15 August 2020 (event-acts.ts, a new record). Confirm-only; Poland must be named (the Philippines' EDCA of 2014).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('a recurring meeting named by its series and told by a relative or written day', () => {
  it('is confirmed on the day of a meeting on record', () => {
    for (const [text, asOf, words] of [
      ['Stoltenberg and Sherman went over the agenda of tomorrow’s NATO-Russia Council.', '2022-01-11', 'NATO-Russia Council'],
      ['Yesterday’s NATO–Russia Council ended without any breakthrough.', '2022-01-13', 'NATO–Russia Council'],
      ['Allied ambassadors said the NATO-Russia Council met in Brussels on Friday.', '2019-07-05', 'Brussels on Friday'],
      [
        'Some sixty delegations took part in the second Crimean Platform Summit, held online on August 23.',
        '2022-08-25',
        'Crimean Platform Summit',
      ],
      ['The fourth Crimea Platform Summit gathered leaders in Kyiv on September 11.', '2024-09-13', 'Kyiv'],
      ['Sherman briefed allies on the Strategic Stability Dialogue in Geneva yesterday.', '2022-01-11', 'Strategic Stability Dialogue'],
      ['The Munich Security Conference, which opens today, will hear from Pence.', '2017-02-17', 'Munich Security Conference'],
      [
        'The three-day Munich Security Conference, which begins on Friday, expects 40 heads of state.',
        '2018-02-14',
        'Munich Security Conference',
      ],
      ['Kofod will raise reform support at the upcoming Foreign Affairs Council on 19 April.', '2021-04-09', 'Foreign Affairs Council'],
      ['NATO foreign ministers will hold an emergency videoconference on Friday on the Afghan crisis.', '2021-08-18', 'videoconference'],
      ['Stoltenberg called a virtual meeting of NATO Foreign Ministers for Friday 20 August.', '2021-08-18', 'Foreign Ministers'],
      ['Dendias spoke during a teleconference of the alliance’s foreign ministers on Friday.', '2022-01-07', 'teleconference'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });

  it('says nothing when the day, the number or the place fits no meeting of the series, and never flags it', () => {
    for (const [text, asOf, words] of [
      // Another number of the series on that day.
      [
        'Some sixty delegations took part in the third Crimean Platform Summit, held online on August 23.',
        '2022-08-25',
        'Crimean Platform Summit',
      ],
      // A day with no council on record (the council meets when called).
      ['Yesterday’s NATO-Russia Council ended without any breakthrough.', '2022-01-11', 'NATO-Russia Council'],
      // Another council of the same words: not a meeting on record.
      ['The European Council on Thursday will discuss tomorrow’s Security Council vote.', '2022-01-11', 'Council'],
      // A relative day that is not the conference's first.
      ['The Munich Security Conference, which begins today, will hear from Pence.', '2017-02-18', 'Munich Security Conference'],
      // A place the summit was not held in: no confirmation.
      ['The Crimea Platform Summit was held in Lviv on September 11.', '2024-09-13', 'Crimea Platform Summit'],
      // A weekday that is not the extraordinary meeting's.
      ['NATO foreign ministers will hold an emergency videoconference on Thursday on the Afghan crisis.', '2021-08-18', 'videoconference'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});

describe('a body’s meeting held where much else happens', () => {
  it('is not read into a clause that does not name the body', () => {
    for (const [text, asOf] of [
      ['Baerbock visited Kyiv this week to discuss air defence.', '2023-08-24'],
      ['Several leaders announced new aid during their visit to Kyiv on September 11.', '2024-09-13'],
      ['Ambassadors met at NATO headquarters on Friday to discuss Ukraine.', '2019-07-05'],
    ] as const) {
      const found = analyze(text, asOf).filter((a) => /Crimea Platform|NATO–Russia Council/.test(a.message));
      expect(found, text).toEqual([]);
    }
  });
});

describe('an act of the news day told as done during a summit on a day no summit was held', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      [
        'NATO allies on Wednesday agreed to start pulling out of Afghanistan by May 1. The decision was announced during a summit in Brussels, NATO officials said.',
        '2021-04-14',
        'announced during a summit',
      ],
      [
        'On Wednesday the North Atlantic Council picked Mark Rutte as NATO’s next Secretary General. The choice was made at a NATO summit in Brussels.',
        '2024-06-26',
        'made at a NATO summit',
      ],
      [
        'NATO defence ministers gathered in Brussels on Thursday. The new readiness plan was approved at a NATO summit, officials said.',
        '2019-10-24',
        'approved at a NATO summit',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });

  it('is not flagged on a summit day, of an earlier time, of another body, or without the news day told', () => {
    for (const [text, asOf] of [
      // The summit of the page's days.
      ['On Wednesday NATO leaders met in Madrid. The new Strategic Concept was adopted at a summit of the alliance.', '2022-06-29'],
      // An EU summit the same day: the NATO chief attends those too.
      [
        'On Thursday, NATO Secretary General Jens Stoltenberg spoke in Brussels. The pledge was announced during a summit there.',
        '2023-06-29',
      ],
      // Told as earlier: a pluperfect, a time word, a year.
      [
        'NATO allies on Wednesday agreed to leave Afghanistan. Stoltenberg had announced during a summit in Brussels that the mission would end.',
        '2021-04-14',
      ],
      [
        'NATO allies on Wednesday agreed to leave Afghanistan. The plan was first announced during a summit in Brussels, NATO said.',
        '2021-04-14',
      ],
      [
        'NATO allies on Wednesday agreed to leave Afghanistan. The goal was announced during a summit in Brussels in 2018, NATO said.',
        '2021-04-14',
      ],
      // The summit named before (definite), or another club's.
      ['NATO allies on Wednesday agreed to leave Afghanistan. The date was decided at the summit in Brussels, NATO said.', '2021-04-14'],
      ['NATO allies on Wednesday agreed to leave Afghanistan. The aid was announced during a G7 summit, NATO said.', '2021-04-14'],
      // No day of the page told before: the act may be of any time.
      [
        'NATO’s mission in Afghanistan is ending. The withdrawal was announced during a summit in Brussels, NATO officials said.',
        '2021-04-14',
      ],
      // A denial.
      [
        'NATO allies on Wednesday agreed to leave Afghanistan. The plan was not announced during a summit in Brussels, NATO said.',
        '2021-04-14',
      ],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe("NATO's summit held by video told on another day", () => {
  it('is contradicted a day or a few off, and confirmed on its day', () => {
    for (const [text, asOf, words] of [
      ['The extraordinary virtual NATO summit on February 24, 2022 condemned the invasion.', '2022-07-01', 'virtual NATO summit'],
      ['NATO leaders held an extraordinary virtual summit on 23 February 2022.', '2023-02-20', 'virtual summit'],
      [
        'Madrid was the third NATO summit of the year, after the online meeting on February 24 and the extraordinary summit in Brussels on March 24.',
        '2022-07-02',
        'online meeting',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
    expect(
      verdictsOn('The extraordinary virtual NATO summit on February 25, 2022 condemned the invasion.', 'NATO summit', '2022-07-01'),
    ).toContain('supported');
  });

  it('is not flagged as another virtual meeting, another club’s, or a day far from it', () => {
    for (const [text, asOf] of [
      // A virtual meeting in a sentence that tells of no NATO summit: NATO's envoys or ministers may have met by video.
      ['NATO ambassadors joined a virtual meeting on February 24 with Ukraine’s foreign minister.', '2022-07-01'],
      // The G7's virtual meeting that day.
      ['G7 leaders held a virtual meeting on February 24, a day before NATO leaders met by video.', '2022-07-01'],
      // The joint ministerial by video of 14 April 2021 on a page about summits.
      ['Before the Brussels summit, allies met at a virtual meeting on April 14 to agree the Afghan withdrawal.', '2021-06-20'],
      // A day far from the video summit: not read as it.
      ['NATO leaders held a virtual summit on 12 April 2022, the paper claims.', '2022-07-01'],
      // A denial.
      ['There was no virtual NATO summit on February 24, 2022.', '2022-07-01'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('the US–Poland defence agreement told by its signing', () => {
  it('is confirmed on its day', () => {
    for (const [text, asOf] of [
      [
        'In Warsaw on Saturday, Pompeo and Poland’s defence minister Mariusz Błaszczak signed an Enhanced Defense Cooperation Agreement.',
        '2020-08-15',
      ],
      ['The United States and Poland signed the Enhanced Defense Cooperation Agreement on August 15 in Warsaw.', '2020-08-20'],
      ['The US-Poland Enhanced Defense Cooperation Agreement was signed on 15 August 2020 by Pompeo and Błaszczak.', '2021-03-01'],
    ] as const)
      expect(verdictsOn(text, 'Enhanced Defense Cooperation Agreement', asOf), text).toContain('supported');
  });

  it('says nothing of another country’s agreement, a plan, or another day, and never flags it', () => {
    for (const [text, asOf] of [
      ['The US and the Philippines signed an Enhanced Defense Cooperation Agreement on Monday.', '2014-04-29'],
      ['Poland and the US will sign an Enhanced Defense Cooperation Agreement on Saturday.', '2020-08-10'],
      ['The United States and Poland signed the Enhanced Defense Cooperation Agreement on August 14 in Warsaw.', '2020-08-20'],
    ] as const) {
      expect(verdictsOn(text, 'Enhanced Defense Cooperation Agreement', asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});
