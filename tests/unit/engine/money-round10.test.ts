// Spending targets and sanctions, tenth round, from probes built on the fact base (true and false versions of each
// kind of claim): a target said to be agreed at a summit that set none, or in a year NATO set none; the raise told as a
// summit's agreement; a price cap's first day told with another level; a designation's day with its year slipped; a
// package number slipped to the next; the month May read as the modal. Each with its source where the sentence is real,
// the same sentence with the fact changed, and a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { figureVerdictsOn, isRed, kindOn, verdictsOn } from './helpers';

const sanctionVerdictsOn = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe('a spending target said to be agreed at a summit', () => {
  // defence-industry.eu, June 2025: "the previous benchmark of 2% GDP, established at the 2014 Wales Summit".
  it('confirms the summit that set it, by its place or as "the YEAR summit in PLACE"', () => {
    expect(figureVerdictsOn("NATO's 2% defence spending goal was set at NATO's 2014 Wales summit.", '2%', '2019-05-01')).toEqual([
      'supported',
    ]);
    expect(figureVerdictsOn('The 2% defence spending target was agreed at the 2014 summit in Newport, Wales.', '2%', '2019-05-01')).toEqual(
      ['supported'],
    );
  });

  it('contradicts a summit that set no target: Warsaw, Brussels 2018, Madrid', () => {
    expect(figureVerdictsOn("The 2% defence spending goal was set at NATO's 2016 Warsaw summit.", '2%', '2019-05-01')).toEqual([
      'contradicted',
    ]);
    expect(figureVerdictsOn('The 2% defence spending target was agreed at the 2018 Brussels summit.', '2%', '2019-05-01')).toEqual([
      'contradicted',
    ]);
    expect(figureVerdictsOn('The 5% defence spending target was adopted at the NATO summit in Madrid.', '5%', '2025-09-01')).toEqual([
      'contradicted',
    ]);
  });

  it('leaves a reaffirmation alone, and Riga and Prague, where accounts differ on the 2% guideline', () => {
    // TRT World, July 2025 (not a source; a sentence as the press writes it): "At the 2006 NATO summit in Riga, leaders first
    // agreed on a two percent of GDP target".
    expect(isRed(figureVerdictsOn('The 2% defence spending target was agreed at the 2006 summit in Riga.', '2%', '2019-05-01'))).toBe(
      false,
    );
    expect(isRed(figureVerdictsOn('The 2% defence spending target was reaffirmed at the 2016 Warsaw summit.', '2%', '2019-05-01'))).toBe(
      false,
    );
  });
});

describe('a raise told as the summit’s agreement', () => {
  // techoutstanders.com, June 2025: "At the NATO summit in The Hague on June 24-25, leaders from all 32 member nations agreed
  // to boost defence outlays to 5% of GDP by 2035, a rise from the previous 2% target set in 2014."
  const real =
    'At the NATO summit in The Hague on June 24-25, leaders from all 32 member nations agreed to boost defence outlays to 5% of GDP by 2035, a rise from the previous 2% target set in 2014.';

  it('confirms the real sentence', () => {
    expect(figureVerdictsOn(real, '5%', '2025-06-30')).toEqual(['supported']);
    expect(figureVerdictsOn(real, 'previous 2% target', '2025-06-30')).toEqual(['supported']);
  });

  it('flags the raise told of a summit that did not set it, and the old target told with a year NATO set none', () => {
    const vilnius = 'At the Vilnius summit, NATO leaders agreed to raise defence spending to 5% of GDP by 2035.';
    expect(figureVerdictsOn(vilnius, '5%', '2025-07-01')).toEqual(['contradicted']);
    expect(figureVerdictsOn(vilnius.replace('Vilnius', 'Hague'), '5%', '2025-07-01')).toEqual(['supported']);
    expect(figureVerdictsOn(real.replace('set in 2014', 'set in 2016'), 'previous 2% target', '2025-06-30')).toEqual(['contradicted']);
    // A year a target of that figure was set in: confirmed (the Vilnius floor of 2023).
    expect(figureVerdictsOn("NATO's 2% defence spending target set in 2023 is only a floor.", '2%', '2025-07-30')).toEqual(['supported']);
  });
});

describe('the price cap’s first day told with a level', () => {
  // BBC, 3 December 2022: "the G7 nations and Australia announced the $60 (€57; £48) per barrel price cap would come into
  // effect on 5 December".
  const bbc =
    'On Friday, the G7 nations and Australia announced the $60 (€57; £48) per barrel price cap on Russian oil would come into effect on 5 December.';

  it('confirms the real sentence and contradicts another level on that day', () => {
    expect(verdictsOn(bbc, 'price cap', '2022-12-03')).toEqual(['supported']);
    expect(verdictsOn(bbc.replace('$60 (€57; £48)', '$50'), 'price cap', '2022-12-03')).toEqual(['contradicted']);
    expect(
      verdictsOn('The G7 price cap of $50 a barrel on Russian crude took effect on December 5, 2022.', 'price cap', '2023-01-10'),
    ).toEqual(['contradicted']);
  });

  it('leaves the products’ two caps of one day confirmed, and two levels in one sentence alone', () => {
    expect(
      verdictsOn('A $45 price cap on discounted Russian petroleum products took effect on February 5, 2023.', 'price cap', '2023-03-01'),
    ).toEqual(['supported']);
    expect(
      isRed(
        verdictsOn(
          'A $60 price cap on Russian crude oil took effect on December 5, 2022, and the EU later lowered it to $47.60.',
          'price cap',
          '2025-10-01',
        ),
      ),
    ).toBe(false);
  });
});

describe('a designation’s day with its year slipped', () => {
  // OFAC, 10 January 2025: Gazprom Neft and Surgutneftegas designated.
  it('contradicts the same day a year off, confirms the day', () => {
    const said = 'Surgutneftegas and Gazprom Neft were sanctioned by the US on January 10, 2025.';
    expect(sanctionVerdictsOn(said, 'Gazprom Neft', '2026-01-10')).toEqual(['supported']);
    expect(sanctionVerdictsOn(said.replace('2025', '2024'), 'January 10, 2024', '2026-01-10')).toEqual(['contradicted']);
  });

  it('leaves a day neither weeks nor a year off alone (sanctions have long, layered histories)', () => {
    const said = 'Surgutneftegas and Gazprom Neft were sanctioned by the US on March 3, 2024.';
    expect(isRed(verdictsOn(said, 'March 3, 2024', '2026-01-10'))).toBe(false);
  });
});

describe('a package number slipped to the next, told with the day of the one before', () => {
  // On record (sanctions.json): the 12th package was adopted on 18 December 2023, the 13th on 23 February 2024. The
  // sentence is built from the probe of every package told with the next number.
  const said = 'The EU’s 13th sanctions package against Russia, adopted on December 18, 2023, targets the shadow fleet.';

  it('contradicts it before the 13th existed and after', () => {
    expect(sanctionVerdictsOn(said, '13th sanctions package', '2024-01-27')).toEqual(['contradicted']);
    expect(isRed(sanctionVerdictsOn(said, '13th sanctions package', '2025-01-27'))).toBe(true);
  });

  it('confirms the right number, and leaves the first packages of 2022 (counted differently) told', () => {
    expect(sanctionVerdictsOn(said.replace('13th', '12th'), '12th sanctions package', '2024-01-27')).toEqual(['supported']);
    const early = 'The EU’s 2nd sanctions package against Russia, adopted on February 23, 2022, targets banks.';
    expect(isRed(sanctionVerdictsOn(early, '2nd sanctions package', '2022-04-04'))).toBe(false);
  });

  it('reads "the Nth round of EU sanctions"', () => {
    const round = 'The 14th round of EU sanctions on Russia, agreed on June 24, 2024, banned transshipment of Russian LNG.';
    expect(sanctionVerdictsOn(round, '14th round', '2024-08-01')).toEqual(['supported']);
    expect(sanctionVerdictsOn(round.replace('14th', '15th'), '15th round', '2024-08-01')).toEqual(['contradicted']);
  });
});

describe('the month May is not the modal "may"', () => {
  // A sentence dated in May was read as a plan ("may") and kept from its flag: "On May 20, 2025, the EU adopted its 17th
  // package" (the 17th was adopted on 20 May 2025; the 18th on 18 July).
  it('flags a package told with the day of the one before it, in May', () => {
    const may = 'On May 20, 2025, the EU adopted its 18th package of sanctions against Russia.';
    expect(sanctionVerdictsOn(may, '18th package', '2025-06-29')).toEqual(['contradicted']);
    expect(sanctionVerdictsOn(may.replace('18th', '17th'), '17th package', '2025-06-29')).toEqual(['supported']);
  });

  it('still reads the modal as a plan', () => {
    const plan = 'The EU may adopt its 18th package of sanctions against Russia next month.';
    expect(isRed(sanctionVerdictsOn(plan, '18th package', '2025-06-29'))).toBe(false);
  });
});
