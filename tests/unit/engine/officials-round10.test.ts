// Officials of the tenth round, from the eighth held-out set's misses: each form on its real
// sentence, on other real sentences of the kind (sources in comments), with the fact changed
// (flagged) and a look-alike that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe('a first name not the holder’s, after a comma or in apposition, on a surname that may not stand alone (title-first-name.ts)', () => {
  // Held-out 8 (u065), 12 September 2025: the Foreign Secretary was Yvette Cooper.
  const u065 =
    "Kyiv, Ukraine – In a powerful demonstration of solidarity, the United Kingdom's new Foreign Secretary, Victoria Cooper, arrived in Kyiv today for her inaugural overseas visit in the role.";

  it('contradicts the real sentence', () => {
    expect(titleVerdicts(u065, "United Kingdom's new Foreign Secretary, Victoria Cooper", '2025-09-12')).toEqual(['contradicted']);
  });

  it('contradicts the slip in the other orders the press writes the title in', () => {
    // pravda.com.ua, 12 September 2025: "Yvette Cooper, UK’s new Foreign Secretary, has made her first official overseas visit".
    expect(
      titleVerdicts(
        'Victoria Cooper, UK’s new Foreign Secretary, has made her first official overseas visit.',
        'Victoria Cooper',
        '2025-09-12',
      ),
    ).toEqual(['contradicted']);
    // pravda.com.ua, 6 September 2025: "The first conversation held by the new UK Foreign Secretary Yvette Cooper was with ...".
    // A day after the handover the press may still be catching up: said nothing then, contradicted a few days on.
    const firstCall =
      'The first conversation held by the new UK Foreign Secretary Victoria Cooper was with Ukrainian Foreign Minister Andrii Sybiha.';
    expect(titleVerdicts(firstCall, 'UK Foreign Secretary Victoria Cooper', '2025-09-06')).toEqual([]);
    expect(titleVerdicts(firstCall, 'UK Foreign Secretary Victoria Cooper', '2025-09-10')).toEqual(['contradicted']);
    // Reuters via japannews.yomiuri.co.jp, 16 November 2023: "Britain’s new Foreign Secretary David Cameron had traveled to Kyiv".
    expect(
      titleVerdicts(
        'Zelenskiy said on Thursday that Britain’s new Foreign Secretary Robert Cameron had traveled to Kyiv on his first working trip abroad.',
        'Foreign Secretary Robert Cameron',
        '2023-11-16',
      ),
    ).toEqual(['contradicted']);
    // pravda.com.ua, 5 June 2023: "James Cleverly, the UK Secretary of State for Foreign Affairs, paid an unexpected visit to Kyiv".
    expect(
      titleVerdicts(
        'Robert Cleverly, the UK Foreign Secretary, paid an unexpected visit to Kyiv on Monday.',
        'Robert Cleverly',
        '2023-06-05',
      ),
    ).toEqual(['contradicted']);
  });

  it('confirms or leaves alone the true sentences', () => {
    expect(
      isRed(verdictsOn('Yvette Cooper, UK’s new Foreign Secretary, has made her first official overseas visit.', 'Cooper', '2025-09-12')),
    ).toBe(false);
    expect(
      titleVerdicts(
        'Zelenskiy said on Thursday that Britain’s new Foreign Secretary David Cameron had traveled to Kyiv on his first working trip abroad.',
        'Foreign Secretary David Cameron',
        '2023-11-16',
      ),
    ).toEqual(['supported']);
    expect(
      isRed(verdictsOn("the United Kingdom's new Foreign Secretary, Yvette Cooper, arrived in Kyiv today.", 'Cooper', '2025-09-12')),
    ).toBe(false);
  });

  it('does not flag another person of the same surname, another time, a courtesy word or a relative', () => {
    // A namesake who is no holder: the surname is not the holder's.
    expect(isRed(verdictsOn('British Foreign Secretary Victoria Cooper arrived in Kyiv.', 'Cooper', '2024-09-12'))).toBe(false);
    expect(isRed(verdictsOn('The former Foreign Secretary, Victoria Cooper, arrived in Kyiv.', 'Cooper', '2025-09-12'))).toBe(false);
    expect(isRed(verdictsOn('The Foreign Secretary, Mrs Cooper, arrived in Kyiv.', 'Cooper', '2025-09-12'))).toBe(false);
    expect(isRed(verdictsOn('Victoria Cooper, the former Foreign Secretary, arrived in Kyiv.', 'Cooper', '2025-09-12'))).toBe(false);
    expect(isRed(verdictsOn('Victoria Cooper, the Foreign Secretary’s daughter, arrived in Kyiv.', 'Cooper', '2025-09-12'))).toBe(false);
  });
});
