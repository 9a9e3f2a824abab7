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
