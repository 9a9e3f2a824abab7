// Round 28's speed changes keep every answer: their helpers' contracts, checked against what they replace.
import { describe, expect, it } from 'vitest';
import { lastDayOfMonth } from '../../../src/engine/dates';

const byDate = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

describe('lastDayOfMonth', () => {
  it('gives the days of every month of the years 100 to 9999 as the Date does', () => {
    const differ: string[] = [];
    for (let year = 100; year <= 9999; year++)
      for (let month = 1; month <= 12; month++) if (lastDayOfMonth(year, month) !== byDate(year, month)) differ.push(`${year}-${month}`);
    expect(differ).toEqual([]);
  });

  it('knows the leap years, the centuries among them', () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 2)).toBe(28);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 4)).toBe(30);
    expect(lastDayOfMonth(2025, 12)).toBe(31);
  });

  it('answers as the Date does for what is no month of a year 100-9999: month 0 or 13, years 0-99 (read as 19xx), fractions, NaN', () => {
    for (const [year, month] of [
      [2024, 0],
      [2024, 13],
      [2024, -1],
      [0, 2],
      [4, 2],
      [99, 2],
      [-1, 2],
      [10000, 2],
      [2024.5, 2],
      [2024, 2.5],
      [Number.NaN, 2],
      [2024, Number.NaN],
    ])
      expect(lastDayOfMonth(year, month)).toEqual(byDate(year, month));
  });
});
