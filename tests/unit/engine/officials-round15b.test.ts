// Officials, fifteenth round, second pass: forms of words from dev14 and held-out 13 (not in the repository; cited by
// id and URL), each tested on the page's sentence, on false versions of it, and on true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe('"NAME was the TITLE" told of a year the sentence names, judged over that year', () => {
  // j410 (2026-02-13), https://globalindiabroadcastnews.com/uncategorized/the-us-is-not-powerful-enough-to-go-it-alone-merz-told-the-munich-conference
  const j410 =
    'Merz spoke before Donald Trump arrived. Trump was the US vice president at last year’s summit, just weeks after his second term in office JD Vance surprised European leaders.';

  it("the page's sentence is contradicted, and the vice president is no longer confirmed as JD Vance on the page's day", () => {
    expect(titleVerdicts(j410, 'Trump was the US vice president at last year’s summit', '2026-02-13')).toEqual(['contradicted']);
    expect(verdictsOn(j410, 'US vice president', '2026-02-13')).not.toContain('supported');
  });

  it('a holder of another year, a year written out, and "in YEAR" are contradicted', () => {
    expect(titleVerdicts('Kamala Harris was the US vice president at the 2019 summit.', 'Kamala Harris was', '2026-02-13')).toEqual([
      'contradicted',
    ]);
    expect(titleVerdicts('Donald Trump was the US vice president in 2015.', 'Donald Trump was', '2026-02-13')).toEqual(['contradicted']);
    expect(
      titleVerdicts('Jens Stoltenberg was the NATO Secretary General at the 2013 summit.', 'Jens Stoltenberg was', '2026-02-13'),
    ).toEqual(['contradicted']);
  });

  it('true sentences are confirmed', () => {
    expect(titleVerdicts('Mike Pence was the US vice president at the 2018 summit.', 'Mike Pence was', '2026-02-13')).toEqual([
      'supported',
    ]);
    expect(titleVerdicts('Joe Biden was the US vice president in 2015.', 'Joe Biden was', '2026-02-13')).toEqual(['supported']);
    const j410true = j410.replace('Trump was the US vice president', 'JD Vance was the US vice president');
    expect(isRed(verdictsOn(j410true, 'was the US vice president', '2026-02-13'))).toBe(false);
  });

  it("a year in which the person held the office part of the time, or the page's own year, is left alone", () => {
    expect(isRed(verdictsOn('Mike Pence was the US vice president at the 2017 summit.', 'Mike Pence', '2026-02-13'))).toBe(false);
    expect(isRed(verdictsOn('Kamala Harris was the US vice president at the 2025 summit.', 'Kamala Harris', '2026-02-13'))).toBe(false);
    expect(isRed(verdictsOn('Jens Stoltenberg was the NATO Secretary General at the 2026 summit.', 'Jens Stoltenberg', '2026-02-13'))).toBe(
      false,
    );
    // An undated page: "last year's" rests on the page's day.
    expect(isRed(kindOn('title', j410, 'Trump was', '2026-02-13', false).map((a) => a.verdict))).toBe(false);
  });
});
