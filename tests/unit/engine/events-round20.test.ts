// Events, summits and meeting dates, twentieth round: held-out 18's misses and wrong confirmations (wb102, wd303, wd308,
// wd309). The held-out texts are not in the repository; short quotes carry their ids.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';
import { findDates } from '../../../src/engine/dates';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const eventRed = (text: string, asOf: string) => red(text, asOf).filter((a) => a.kind === 'event');
const confirmed = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === 'event' && a.verdict === 'supported');
const confirmedIds = (text: string, asOf: string) => confirmed(text, asOf).flatMap((a) => a.factIds);

describe('a summit’s days told one day early are other days (event-confirmed.ts shiftedDays)', () => {
  // held-out 18 wb102 (3 April 2023): Vilnius was 11-12 July 2023, its days announced on 9 November 2022
  const wb102 =
    'He reiterated that Sweden is expected to join the alliance, aiming for a 32nd seat at the leaders’ summit in Vilnius, Lithuania, scheduled for July 10-11.';
  it('contradicted once the days were announced, never confirmed', () => {
    expect(eventRed(wb102, '2023-04-03').map((a) => a.quote)).toEqual(['July 10-11']);
    expect(confirmedIds(wb102, '2023-04-03')).toEqual([]);
    expect(eventRed('The NATO summit in Vilnius on July 10-11, 2023 ended with a communique.', '2023-07-13').length).toBe(1);
    expect(eventRed('The NATO summit in Washington on July 8-10 will mark the 75th anniversary.', '2024-07-01').length).toBe(1);
  });
  it('the summit’s own days, a day inside them or the evening before counted in are not flagged', () => {
    expect(red(wb102.replace('July 10-11', 'July 11-12'), '2023-04-03')).toEqual([]);
    expect(confirmedIds(wb102.replace('July 10-11', 'July 11-12'), '2023-04-03')).toEqual(['nato-summit-2023-vilnius']);
    expect(red('The NATO summit in Washington on July 10-11 will mark the 75th anniversary.', '2024-07-01')).toEqual([]);
    expect(red('Leaders will meet at the NATO summit in Vilnius on July 10-12, 2023.', '2023-04-03')).toEqual([]);
    // Madrid: the record counts the dinner of 28 June 2022 in
    expect(red('The NATO summit in Madrid on June 28-30 will adopt a new Strategic Concept.', '2022-06-20')).toEqual([]);
    expect(red('The NATO summit in Madrid on June 28-29 will adopt a new Strategic Concept.', '2022-06-20')).toEqual([]);
  });
  it('before the days were settled, or a journey’s days: not flagged, and not confirmed', () => {
    const early = 'Leaders will meet at the NATO summit in Vilnius on July 10-11, 2023.';
    expect(red(early, '2022-10-03')).toEqual([]);
    expect(confirmedIds(early, '2022-10-03')).toEqual([]);
    expect(red('Leaders arrive in Vilnius on July 10-11 for the NATO summit.', '2023-07-09')).toEqual([]);
  });
});

describe('a weekday with a time of day before a written day names that day (dates.ts, weekdayMismatch)', () => {
  // held-out 18 wd308 (24 June 2025): 23 June 2025 was a Monday, and The Hague summit opened on Tuesday the 24th
  const wd308 =
    'As the clock ticked into Tuesday evening on June 23, 2025, world leaders gathered in The Hague for the official opening of the 2025 NATO Summit.';
  it('the weekday is the written day’s, not a day counted from the page', () => {
    const [weekday, day] = findDates(wd308, 0, wd308.length, { asOf: '2025-06-24' });
    expect(weekday.relative).toBe(true);
    expect(weekday.first).toBe('2025-06-23');
    expect(day.first).toBe('2025-06-23');
  });
  it('a weekday that is not the date’s is contradicted, and the summit is not confirmed off that day', () => {
    expect(red(wd308, '2025-06-24').map((a) => a.quote)).toEqual(['Tuesday evening on June 23, 2025']);
    expect(confirmedIds(wd308, '2025-06-24')).toEqual([]);
  });
  it('true look-alikes are not flagged', () => {
    expect(red(wd308.replace('Tuesday', 'Monday'), '2025-06-24')).toEqual([]);
    expect(red('On Tuesday evening, on the eve of June 25, leaders dined at the palace in The Hague.', '2025-06-26')).toEqual([]);
    expect(red('Leaders gathered in The Hague on Tuesday, 24 June 2025, for the NATO Summit.', '2025-06-26')).toEqual([]);
    expect(red('Leaders gathered in The Hague on Monday night, June 23, 2025, ahead of the NATO Summit.', '2025-06-26')).toEqual([]);
    expect(confirmedIds('Leaders gathered in The Hague on Tuesday, 24 June 2025, for the NATO Summit.', '2025-06-26')).toEqual([
      'nato-summit-2025-the-hague',
    ]);
  });
  it('a day told as ahead of the summit is not the summit’s day', () => {
    const gov =
      'On Monday 23 June, NATO Secretary General Mark Rutte will hold a press conference at the World Forum in The Hague, ahead of the NATO Summit.';
    expect(eventRed(gov, '2025-06-17')).toEqual([]);
    expect(eventRed(gov.replace('On Monday 23 June', 'On 23 June'), '2025-06-17')).toEqual([]);
  });
});

describe('a day told before the summit’s name: "on 10 June at the Washington Summit" (named-summits.ts dayOff)', () => {
  // held-out 18 wd303 (15 July 2024): the Washington summit was on 9-11 July 2024
  const wd303 =
    'NATO member states have adopted a new defence industrial expansion pledge. The announcement was made on 10 June at the Washington Summit and outlined strategies.';
  it('a month off is contradicted', () => {
    expect(eventRed(wd303, '2024-07-15').map((a) => a.quote)).toEqual(['10 June at the Washington Summit']);
  });
  it('the summit’s days, and other things than the summit, are not', () => {
    expect(red(wd303.replace('10 June', '10 July'), '2024-07-15')).toEqual([]);
    expect(confirmedIds(wd303.replace('10 June', '10 July'), '2024-07-15')).toEqual(['nato-summit-2024-washington']);
    expect(red(wd303.replace('at the Washington Summit', 'at the Washington Summit Forum'), '2024-07-15')).toEqual([]);
    expect(red(wd303.replace('on 10 June at the', 'on 10 June, before the'), '2024-07-15')).toEqual([]);
    expect(red('NATO allies adopted a pledge. Biden spoke on 12 July at the Washington summit venue.', '2024-07-15')).toEqual([]);
  });
});

describe('a summit of two leaders at one place told weeks off (event.ts leadersSummitSlip), "sat down", "held talks"', () => {
  // held-out 18 wd309 (24 August 2025): the Alaska summit was on 15 August 2025
  const wd309 =
    'The world watched as U.S. President Donald Trump and Russian President Vladimir Putin sat down together at a U.S. military base in Alaska on August 23, 2025.';
  it('a day eight days off is contradicted', () => {
    expect(eventRed(wd309, '2025-08-24').map((a) => a.quote)).toEqual(['on August 23, 2025']);
    expect(eventRed('Donald Trump and Vladimir Putin held talks in Alaska on August 22, 2025.', '2025-08-24').length).toBe(1);
  });
  it('the right day is confirmed; a plan, another meeting of the two near the day, or a call is not flagged', () => {
    expect(confirmedIds(wd309.replace('August 23', 'August 15'), '2025-08-24')).toEqual(['alaska-summit-2025-08-15']);
    expect(confirmedIds('Donald Trump and Vladimir Putin held talks in Alaska on August 15, 2025.', '2025-08-24')).toEqual([
      'alaska-summit-2025-08-15',
    ]);
    expect(red('Donald Trump and Vladimir Putin will sit down in Alaska on August 23, 2025.', '2025-08-20')).toEqual([]);
    expect(
      eventRed('Donald Trump, who met Vladimir Putin in Alaska in August, spoke to him by phone on September 2, 2025.', '2025-09-24'),
    ).toEqual([]);
  });
});
