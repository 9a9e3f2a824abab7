// Eleventh round: red flags on true sentences found by the ninth precision audit (100 fresh excerpts of 2019–2026),
// each fixed by a general rule and tested on the real sentence, a look-alike that must still be flagged, and one that
// must still be confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('an accession day told without its year, or with "in YEAR" after it', () => {
  // https://universul.net/romania-marks-20th-anniversary-of-nato-with-focus-on-war-in-ukraine/ (29 March 2024)
  const universul =
    'Romania, Bulgaria, Estonia, Latvia, Lithuania, Slovakia, and Slovenia joined NATO on March 29 in 2004, bringing the total membership of the Alliance to 26.';

  it('reads the year after "in" as the day’s own', () => {
    expect(verdictsOn(universul, 'Slovenia joined NATO on March 29 in 2004', '2024-03-29')).toEqual(['supported']);
    expect(verdictsOn(universul.replace('in 2004', 'in 2007'), 'Slovenia joined NATO on March 29 in 2007', '2024-03-29')).toEqual([
      'contradicted',
    ]);
  });

  it('confirms the accession’s own day and month without a year, and still flags another day', () => {
    const anniversary = 'Twenty years ago, Slovenia joined NATO on March 29, with six other countries.';
    expect(verdictsOn(anniversary, 'Slovenia joined NATO on March 29', '2024-03-29')).toEqual(['supported']);
    expect(isRed(verdictsOn(anniversary.replace('March 29', 'April 4'), 'Slovenia joined NATO on April 4', '2024-03-29'))).toBe(true);
  });
});

describe('what a memoir tells, in a sentence that goes on with its list', () => {
  // https://bunatimes.com/world/335648.html (21 November 2024, of Merkel's memoir)
  const bunatimes =
    '70-year-old German Chancellor Angela Merkel has published her memoirs. In the book, called “Freedom” (Freiheit), she mentions her life, in particular, her time as head of the German government.\nAnd also about meetings with US President Donald Trump and Kremlin dictator Vladimir Putin and how Ukraine blocked NATO accession, writes zeit.de.';

  it('does not flag a title of the time the book tells of', () => {
    expect(isRed(verdictsOn(bunatimes, 'US President Donald Trump', '2024-11-21'))).toBe(false);
    // The writer's own title for the author is the page's: she had left office in 2021.
    expect(verdictsOn(bunatimes, 'German Chancellor Angela Merkel', '2024-11-21')).toEqual(['outdated']);
  });

  it('needs the sentence before to tell what the work recounts', () => {
    const news = 'The chancellor spoke on Monday.\nAnd also about meetings with US President Donald Trump, officials said.';
    expect(verdictsOn(news, 'US President Donald Trump', '2024-11-21')).toEqual(['outdated']);
  });
});

describe('"former", misspelt or running over two titles', () => {
  it('reads a misspelt "former"', () => {
    // https://embed.businessinsider.com/pentagon-chief-esper-paints-trump-national-security-risk-in-memoir-2022-5 (May 2022)
    const bi =
      'Fomer Defense Secretary Mark Esper in his new memoir depicts former President Donald Trump as a brash, petulant leader consumed by personal vendettas.';
    expect(verdictsOn(bi, 'Fomer Defense Secretary Mark Esper', '2022-05-09')).toEqual(['supported']);
    expect(verdictsOn(bi.replace('Fomer ', ''), 'Defense Secretary Mark Esper', '2022-05-09')).toEqual(['outdated']);
  });

  it('makes no claim of a title joined by "and" to a title after "former"', () => {
    // https://europressdigest.com/dont-make-ukraine-your-afghanistan-ex-nato-chief-warns-trump (December 2024): Rasmussen was
    // Denmark's prime minister in 2001–2009; the title was read as current, and "never held" (the list began in 2011).
    const europress =
      'Former NATO Secretary General of NATO and Danish Prime Minister Anders Fogh Rasmussen spoke exclusively to Euronews on the impending arrival of President Donald Trump.';
    expect(isRed(verdictsOn(europress, 'Danish Prime Minister Anders Fogh Rasmussen', '2024-12-01'))).toBe(false);
    // Without "former", the title is the page's present: flagged a few months after he left (the new records of
    // 2001–2011), confirmed while he held it.
    const present = 'Danish Prime Minister Anders Fogh Rasmussen said on Monday that the allies must act.';
    expect(verdictsOn(present, 'Danish Prime Minister Anders Fogh Rasmussen', '2009-10-01')).toEqual(['outdated']);
    expect(verdictsOn(present, 'Danish Prime Minister Anders Fogh Rasmussen', '2005-12-01')).toEqual(['supported']);
  });
});
