// Date expressions as the detectors read them: a range of days written out is one mention, its
// year included, so that a summit's days are compared whole with the record's.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/engine/dates';
import { verdictsOn } from './helpers';

const read = (text: string, asOf: string) =>
  findDates(text, 0, text.length, { asOf }).map((d) => ({
    said: text.slice(d.start, d.end),
    first: d.first,
    last: d.last,
    through: d.through,
  }));

describe('date expressions', () => {
  it('reads "from July 8 to 11" as a range, the month said once and the year after the last day', () => {
    expect(read('The summit will last three days, from July 9 to 11, 2024', '2026-11-30')).toEqual([
      { said: 'July 9', first: '2024-07-09', last: '2024-07-11', through: '2024-07-11' },
    ]);
    expect(read('held from June 23 to 25', '2025-07-01')).toEqual([
      { said: 'June 23', first: '2025-06-23', last: '2025-06-25', through: '2025-06-25' },
    ]);
    // Not a range: another month after the number, a time of day, a smaller day.
    expect(read('from June 30 to 2 July', '2025-07-10').map((d) => d.through)).toEqual([undefined, undefined]);
    expect(read('on July 8 to 10:30', '2025-07-10')[0].through).toBeUndefined();
    expect(read('on July 8 to 3', '2025-07-10')[0].through).toBeUndefined();
  });

  it('puts a day or month without its year in the last year before the page when told of the past', () => {
    const past = (text: string, asOf: string) =>
      findDates(text, 0, text.length, { asOf, past: true }).map((d) => ({ first: d.first, explicitYear: d.explicitYear }));
    // The nearest year of "February 24" in November is the next one; a thing past is in the last one.
    expect(findDates('began on February 24', 0, 20, { asOf: '2022-11-20' })[0].first).toBe('2023-02-24');
    expect(past('began on February 24', '2022-11-20')).toEqual([{ first: '2022-02-24', explicitYear: false }]);
    expect(past('began on February 24 last year', '2023-02-20')[0]).toEqual({ first: '2022-02-24', explicitYear: true });
    expect(past('since Russia invaded in February', '2022-12-01')).toEqual([{ first: '2022-02-01', explicitYear: false }]);
    // A written year stays.
    expect(past('on February 24, 2023', '2022-11-20')).toEqual([{ first: '2023-02-24', explicitYear: true }]);
  });

  it('reads a range of days, month first or day first, with the year written after it', () => {
    expect(read('the NATO summit in Vilnius on July 11-12, 2023', '2025-06-01')).toEqual([
      { said: 'July 11-12, 2023', first: '2023-07-11', last: '2023-07-12', through: '2023-07-12' },
    ]);
    expect(read('Brussels, 24–25 June 2025', '2025-06-20')).toEqual([
      { said: '24–25 June 2025', first: '2025-06-24', last: '2025-06-25', through: '2025-06-25' },
    ]);
  });

  it('reads a range of two days joined by "and", day first or month first', () => {
    // https://www.einpresswire.com/article/822945361/2025-nato-summit-programme-announced (Dutch government, 2025-06-17)
    const hague = 'NATO has announced the programme for the summit that will be held in The Hague on 24 and 25 June.';
    expect(read(hague, '2025-06-17')).toEqual([{ said: '24 and 25 June', first: '2025-06-24', last: '2025-06-25', through: '2025-06-25' }]);
    // https://lithuania.lt/governance-in-lithuania/dates-of-nato-summit-in-vilnius-announced/ (2022-11-09)
    expect(read('It will take place on 11 and 12 July 2023.', '2022-11-09').map((d) => [d.said, d.first, d.last])).toEqual([
      ['11 and 12 July 2023', '2023-07-11', '2023-07-12'],
    ]);
    expect(read('Leaders meet in London on December 3 and 4.', '2019-11-29').map((d) => [d.said, d.first, d.last])).toEqual([
      ['December 3 and 4', '2019-12-03', '2019-12-04'],
    ]);
    // The words after a day that are no day: "May 5 and 6 percent" is May 5; a lower day after "and" is no range.
    expect(read('up in May 5 and 6 percent since', '2025-06-20').map((d) => d.said)).toEqual(['May 5']);
    expect(read('on June 12 and 3 others', '2025-06-20').map((d) => [d.first, d.last])).toEqual([['2025-06-12', '2025-06-12']]);
    expect(verdictsOn(hague, 'summit that will be held in The Hague on 24 and 25 June', '2025-06-17')).toEqual(['supported']);
  });

  it('a single day is not a range; a dash before a percentage or a year is not a range', () => {
    expect(read('on June 24, 2025', '2025-06-20')).toEqual([
      { said: 'June 24, 2025', first: '2025-06-24', last: '2025-06-24', through: undefined },
    ]);
    expect(read('in May 5-10% more', '2025-06-20').map((d) => d.said)).toEqual(['May 5']);
    expect(read('June 2024-25 season', '2025-06-20').map((d) => d.said)).toEqual(['June 2024']);
  });

  it("a range written with its year is that year's, not the one nearest the article", () => {
    // The Warsaw summit of 8-9 July 2016, told in a page of 2022: "John Kerry, Secretary of State" is right then.
    const text =
      'On July 8-9, 2016, President Obama and the heads of state and government of our 27 NATO allies gathered in Warsaw, Poland, for an important NATO Summit. John Kerry, Secretary of State, joined him.';
    expect(verdictsOn(text, 'John Kerry, Secretary of State', '2022-06-01')).toEqual(['supported']);
  });

  it('a sentence may open on the word before a year or a month', () => {
    expect(read('In 2022 alone, the EU adopted nine packages.', '2025-06-20').map((d) => [d.said, d.first, d.last])).toEqual([
      ['In 2022', '2022-01-01', '2022-12-31'],
    ]);
    expect(read('Since February, talks have stalled.', '2025-06-20').map((d) => [d.said, d.first])).toEqual([
      ['Since February', '2025-02-01'],
    ]);
  });

  it('a weekday written against a date is one expression with it, not a weekday of its own', () => {
    expect(read('two-day peace talks beginning Tuesday, February 16, 2026', '2026-02-20').map((d) => [d.said, d.first])).toEqual([
      ['Tuesday, February 16, 2026', '2026-02-16'],
    ]);
    expect(read('talks Tuesday in Geneva', '2026-02-20').map((d) => [d.said, d.first])).toEqual([['Tuesday', '2026-02-17']]);
    // A dated narration with its weekday: the titles in it are of that day (Bulgaria's government, June 2023).
    const text =
      'On Thursday, June 29, 2023, the Prime Minister of Bulgaria, Mr. Nikolay Denkov, met the Secretary General of NATO, Mr. Jens Stoltenberg.';
    expect(verdictsOn(text, 'Prime Minister of Bulgaria, Mr. Nikolay Denkov', '2025-10-22')).toEqual(['supported']);
  });
});
