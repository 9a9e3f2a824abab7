// Summits, meetings and the war told in real articles (held-out 11, read in the thirteenth round), and the false
// versions of sentences the engine confirms (mutation probes: a day, a year, a place changed, every other word kept).
// Each family is tested on the article's sentence, on sentences of the same kind from other pages (URLs in
// comments), with the fact changed (flagged where the claim is identified beyond doubt), and on true sentences of
// the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe("a NATO summit's days told as held: a range that opens before its first day, days that miss, a year that does not vouch for them", () => {
  // https://news24by7official.com/mark-rutte-latest-news-2025-nato-summit-leadership-and-trump-relations (held-out 11 y084)
  const y084 =
    'Rutte made headlines in June 2025 by hosting the first NATO Summit held in The Netherlands. The summit, held from June 23-25, 2025, brought together world leaders in Rutte’s hometown of The Hague.';

  it('held-out 11 y084: "The summit, held from June 23-25, 2025" (24-25 June) is contradicted; the right days are confirmed', () => {
    expect(eventVerdictsOn(y084, 'June 23-25, 2025', '2025-07-11')).toEqual(['contradicted']);
    expect(eventVerdictsOn(y084.replace('23-25', '24-25'), 'June 24-25, 2025', '2025-07-11')).toEqual(['supported']);
  });

  it('other pages: "took place on June 24–25, 2025", "It was held in The Hague ... on 24–25 June 2025", "which ran from July 9 to 11"', () => {
    // https://newspews.com/article/nato-summit-in-the-hague-2025-unity-tested-and-defense-goals-set
    const pews = 'The 2025 NATO Summit took place on June 24–25, 2025. The venue is the World Forum conference centre in The Hague.';
    expect(eventVerdictsOn(pews, 'June 24–25, 2025', '2025-07-01')).toEqual(['supported']);
    expect(eventVerdictsOn(pews.replace('24–25', '23–25'), 'June 23–25, 2025', '2025-07-01')).toEqual(['contradicted']);
    // https://en.wikipedia.org/wiki/2025_The_Hague_NATO_summit
    const wiki =
      'The 2025 The Hague summit was a meeting of the heads of state and heads of government of the thirty-two members of NATO. It was held in The Hague, Netherlands, on 24–25 June 2025.';
    expect(isRed(verdictsOn(wiki, 'on 24–25 June 2025', '2025-07-01'))).toBe(false);
    expect(eventVerdictsOn(wiki.replace('24–25', '23–25'), 'on 23–25 June 2025', '2025-07-01')).toEqual(['contradicted']);
    // The Washington summit of 9-11 July 2024, with the range's month said once ("from July 9 to 11").
    const washington = "The NATO summit in Washington, which ran from July 9 to 11, 2024, marked the alliance's 75th anniversary.";
    expect(isRed(verdictsOn(washington, 'July 9', '2024-07-20'))).toBe(false);
    expect(eventVerdictsOn(washington.replace('July 9', 'July 8'), 'July 8', '2024-07-20')).toEqual(['contradicted']);
  });

  it('"The 2025 NATO summit in The Hague took place on June 27-28": the year told does not confirm days that miss', () => {
    const s = 'The 2025 NATO summit in The Hague took place on June 27-28.';
    expect(eventVerdictsOn(s, 'June 27-28', '2025-07-15')).toEqual(['contradicted']);
    expect(eventVerdictsOn(s.replace('27-28', '24-25'), 'June 24-25', '2025-07-15')).toEqual(['supported']);
    // A later page: the days' year is the one told of the summit.
    expect(eventVerdictsOn(s, 'June 27-28', '2026-03-01')).toEqual(['contradicted']);
  });

  it('days without a year, within weeks of the page: "the NATO summit held in The Hague on June 27-28" (mutants of held-out 4 n034, held-out 8 u059)', () => {
    // https://unn.ua/en/news/nato-2026-summit-to-be-held-in-ankara-erdogan (held-out 4 n034, 1 July 2025)
    const n034 = 'He recalled his participation in the NATO summit held in The Hague on June 24-25, emphasizing Turkey’s firm position.';
    expect(isRed(verdictsOn(n034, 'June 24-25', '2025-07-01'))).toBe(false);
    expect(eventVerdictsOn(n034.replace('24-25', '27-28'), 'June 27-28', '2025-07-01')).toEqual(['contradicted']);
    // https://techoutstanders.com/editors-choice/nato-hague-summit-2025-defence-spending-5-percent-gdp (held-out 8 u059)
    const u059 = 'At the NATO summit in The Hague on June 24-25, leaders from all 32 member nations agreed to boost spending.';
    expect(isRed(verdictsOn(u059, 'June 24-25', '2025-06-26'))).toBe(false);
    expect(eventVerdictsOn(u059.replace('24-25', '26-27'), 'June 26-27', '2025-07-10')).toEqual(['contradicted']);
    const vilnius = 'The summit, held in Vilnius on July 11-12, ended with a communique on NATO.';
    expect(isRed(verdictsOn(vilnius, 'July 11-12', '2023-07-20'))).toBe(false);
    expect(eventVerdictsOn(vilnius.replace('11-12', '10-12'), 'July 10-12', '2023-07-20')).toEqual(['contradicted']);
  });

  it('not: a range that opens the evening before, told before the summit; a day of a speaker; a day of another event before the summit word', () => {
    expect(
      isRed(verdictsOn('NATO leaders will meet in The Hague on June 23-25 for the alliance summit.', 'June 23-25', '2025-06-10')),
    ).toBe(false);
    const said = 'Rutte said on June 27, 2025 that the 2025 NATO summit in The Hague was a success.';
    expect(isRed(verdictsOn(said, 'June 27, 2025', '2025-07-15'))).toBe(false);
    expect(isRed(verdictsOn(said, '2025 NATO summit', '2025-07-15'))).toBe(false);
    // Ukrinform (errors e009, 14 May 2025): the day of a forum, then what was said of the summit.
    const forum =
      "As Ukrinform reported earlier, on May 9, at the 17th annual Kyiv Security Forum, Head of the NATO Representation to Ukraine Patrick Turner said that NATO's priorities will be discussed at the summit in The Hague next month.";
    expect(isRed(verdictsOn(forum, 'May 9', '2025-05-14'))).toBe(false);
  });
});
