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

const tenureVerdicts = (text: string, quote: string, asOf: string) => kindOn('tenure', text, quote, asOf).map((a) => a.verdict);

describe("a mandate's end and its extensions, against the record of every extension", () => {
  // j404 (2024-02-23), https://straytrees.com/ruttes-possible-departure-as-nato-leader-increases-political-uncertainty-in-the-netherlands-international/
  const j404 =
    'Mark Rutte is the main (and for now only) candidate to succeed the Norwegian Jens Stoltenberg, whose mandate expires on November 1st.';
  // b003 (2019-03-31), https://europediplomatic.com/2019/03/31/nato-extends-stoltenberg-mandate/
  const b003 =
    'NATO Allies agreed on March 28, 2019 to extend the mandate of Secretary General Jens Stoltenberg (60) by a further two years, until 30 September 2022.';

  it('the end told of the mandate in force is contradicted on a wrong day, confirmed on the right one', () => {
    expect(tenureVerdicts(j404, 'whose mandate expires on November 1st', '2024-02-23')).toEqual(['contradicted']);
    expect(tenureVerdicts(j404.replace('November 1st', 'October 1st'), 'whose mandate expires', '2024-02-23')).toEqual(['supported']);
    // The last day in office, or an earlier extension's end: a page may be a decision behind; not flagged.
    expect(isRed(verdictsOn(j404.replace('November 1st', 'September 30'), 'whose mandate', '2024-02-23'))).toBe(false);
    expect(isRed(verdictsOn(j404.replace('November 1st', 'September 30, 2023'), 'whose mandate', '2023-05-02'))).toBe(false);
  });

  it("an extension until a day: the record's day is confirmed, another day contradicted", () => {
    expect(tenureVerdicts(b003, 'until 30 September 2022', '2019-03-31')).toEqual(['supported']);
    expect(tenureVerdicts(b003.replace('2022', '2021'), 'until 30 September 2021', '2019-03-31')).toEqual(['contradicted']);
    const done = 'NATO extended Jens Stoltenberg’s term until 1 October 2025.';
    expect(tenureVerdicts(done, 'until 1 October 2025', '2023-07-05')).toEqual(['contradicted']);
    // Not told as done: left alone.
    const maybe = 'Allies may extend Jens Stoltenberg’s term until 1 October 2025.';
    expect(isRed(verdictsOn(maybe, 'until 1 October 2025', '2023-06-05'))).toBe(false);
    // The tenure's last end no longer confirms an earlier extension told with it (March 2022: the third ran to 2023).
    const third = 'NATO leaders agreed on Thursday to extend the mandate of Jens Stoltenberg for another year, until 30 September 2024.';
    expect(verdictsOn(third, 'until 30 September 2024', '2022-03-25')).not.toContain('supported');
  });

  it("the extension's number, right after it was decided", () => {
    const nth = 'Jens Stoltenberg’s mandate was extended for a fourth time, until 1 October 2024.';
    expect(tenureVerdicts(nth, 'extended for a fourth time', '2023-07-05')).toEqual(['supported']);
    expect(tenureVerdicts(nth.replace('fourth', 'third'), 'extended for a third time', '2023-07-05')).toEqual(['contradicted']);
    // Long after the decision: another extension may be meant.
    expect(isRed(verdictsOn(nth.replace('fourth', 'third'), 'extended for a third time', '2024-07-05'))).toBe(false);
  });
});
