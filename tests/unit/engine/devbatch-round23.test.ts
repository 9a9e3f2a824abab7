// The twenty-third round's development batch (real pages of non-title errors and of officials' titles, 2025–2026): an
// anniversary whose count fits the page's day while the day written in the sentence is another year's. Each red flag with
// true look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, redQuotes, verdictsOn } from './helpers';

describe('an anniversary counted right for the page, the day written is another year’s (war-anchors.ts)', () => {
  const ea008 =
    "On February 24, 2024, President Volodymyr Zelenskyy celebrated the resilience of the Ukrainian people as foreign leaders gathered in Kyiv to commemorate the third anniversary of the war instigated by Russia's full-scale invasion.";
  it('the count is not flagged; the written day is, on a page of the third anniversary', () => {
    expect(isRed(verdictsOn(ea008, 'the third anniversary', '2025-02-24'))).toBe(false);
    expect(redQuotes(ea008, '2025-02-24')).toEqual(['February 24, 2024']);
  });
  it('a count that fits neither day is flagged with its whole years counted right', () => {
    const text = "On February 24, 2024, Zelenskyy marked the third anniversary of Russia's full-scale invasion of Ukraine.";
    const red = analyze(text, '2026-02-24').filter((a) => a.verdict === 'contradicted');
    expect(red.map((a) => a.quote)).toEqual(["third anniversary of Russia's full-scale invasion"]);
    expect(red[0].message).toContain('it was 2 years since');
  });
  it('true look-alikes: another clause of today, the right count for the day written, a day not the anniversary’s', () => {
    const today =
      "On February 24, 2024, leaders gathered in Kyiv; today they commemorate the third anniversary of Russia's full-scale invasion of Ukraine.";
    expect(redQuotes(today, '2025-02-24')).toEqual([]);
    const right = "On February 24, 2024, Zelenskyy marked the second anniversary of Russia's full-scale invasion of Ukraine.";
    expect(redQuotes(right, '2025-02-24')).toEqual([]);
    expect(verdictsOn(right, 'second anniversary', '2025-02-24')).toContain('supported');
    const later =
      "On February 24, 2024, Zelenskyy spoke in Kyiv, and a year later he marked the third anniversary of Russia's full-scale invasion of Ukraine.";
    expect(redQuotes(later, '2025-02-24')).toEqual([]);
    const other = "On March 3, 2024, Zelenskyy recalled the third anniversary of Russia's full-scale invasion of Ukraine.";
    expect(redQuotes(other, '2025-02-24').filter((q) => q.includes('March'))).toEqual([]);
  });
});

describe('a false "first meeting/dialogue since" of two leaders (meeting-since.ts notFirstSince)', () => {
  const open = 'U.S. President Donald Trump and Russian President Vladimir Putin meet in Alaska today. ';
  it('the time said is when one of them met the other’s predecessor (Geneva 2021, Biden): contradicted', () => {
    const month = `${open}Today will be the first in-person meeting between Trump and Putin since June 2021.`;
    expect(redQuotes(month, '2025-08-15')).toEqual(['first in-person meeting between Trump and Putin since June 2021']);
    const year =
      'A summit between U.S. President Donald Trump and Russian President Vladimir Putin is scheduled for Friday in Alaska, marking their first meeting since 2021.';
    expect(redQuotes(year, '2025-08-13')).toEqual(['first meeting since 2021']);
  });
  it('a call of the two on record came between: contradicted', () => {
    const call = `Donald Trump spoke to Vladimir Putin by phone. The nearly two-and-a-half-hour conversation between Trump and Putin marked the first known direct dialogue between the leaders since their August summit in Anchorage, Alaska.`;
    expect(redQuotes(call, '2025-10-17')).toEqual(['first known direct dialogue between the leaders since their August summit']);
  });
  it('true look-alikes: the right time said, a meeting (not a call) since the summit, the counterpart’s own first', () => {
    expect(redQuotes(`${open}Today will be the first in-person meeting between Trump and Putin since June 2019.`, '2025-08-15')).toEqual(
      [],
    );
    expect(redQuotes(`${open}It is their first meeting since 2019.`, '2025-08-15')).toEqual([]);
    const meeting = `Donald Trump spoke to Vladimir Putin by phone. It was the first in-person meeting between the leaders since their August summit in Anchorage.`;
    expect(redQuotes(meeting, '2025-10-17')).toEqual([]);
    const biden = 'Joe Biden and Vladimir Putin met in Geneva on Wednesday, their first meeting since June 2021.';
    expect(redQuotes(biden, '2021-06-16')).toEqual([]);
    const later = `${open}Today will be the first in-person meeting between Trump and Putin since July 2018.`;
    expect(redQuotes(later, '2025-08-15')).toEqual(['first in-person meeting between Trump and Putin since July 2018']);
  });
  it('a call of the two near the day told does not shield a summit told on the wrong day (event.ts leadersSummitSlip)', () => {
    const sat =
      'U.S. President Donald Trump and Russian President Vladimir Putin sat down together at a U.S. military base in Alaska on August 23, 2025.';
    expect(redQuotes(sat, '2025-08-24')).toEqual(['on August 23, 2025']);
    const phone = 'U.S. President Donald Trump and Russian President Vladimir Putin spoke by phone on August 23, 2025.';
    expect(redQuotes(phone, '2025-08-24')).toEqual([]);
  });
});
