// Sanctions packages, the SWIFT cut-off, executive orders, spending targets tied to a summit and
// the count of allies at 2%: real sentences (tests/fixtures/real, with their dates), a wrong
// variant of each that is flagged, and an ambiguous one that is not.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const verdictsOfKind = (text: string, asOf: string, kind: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === kind)
    .map((a) => a.verdict);

describe('EU sanctions packages', () => {
  it('supports a package that failed on the day it failed, and the day it was proposed', () => {
    // Kyiv Independent, 2026-02-23.
    const text =
      "The EU failed to approve its 20th sanctions package against Russia on Feb. 23 after Hungary vetoed the measure, EU foreign policy chief Kaja Kallas said following a Foreign Affairs Council meeting. The proposed measures, unveiled by the European Commission on Feb. 6, targeted Russia's energy, financial, and trade sectors.";
    expect(verdictsOn(text, '20th sanctions package', '2026-02-23')).toEqual(['supported']);
    expect(verdictsOn(text, 'unveiled by the European Commission on Feb. 6', '2026-02-23')).toEqual(['supported']);
  });

  it('supports a package by the month it was adopted and contradicts another year', () => {
    const right = 'The EU’s 14th sanctions package, adopted in June 2024, banned the transshipment of Russian LNG.';
    expect(verdictsOn(right, '14th sanctions package', '2024-12-01')).toEqual(['supported']);
    const wrong = 'The EU’s 14th sanctions package, adopted in June 2023, banned the transshipment of Russian LNG.';
    expect(verdictsOn(wrong, '14th sanctions package', '2024-12-01')).toEqual(['contradicted']);
  });

  it('contradicts the adoption of a package on the day it was blocked', () => {
    const text = 'The EU adopted its 20th sanctions package against Russia on Feb. 23, 2026.';
    expect(verdictsOn(text, '20th sanctions package', '2026-03-01')).toEqual(['contradicted']);
  });

  it('leaves a package being prepared alone, and never flags a date a few days off', () => {
    // The 14th was adopted in June 2024, so the 15th is the next one: confirmed (its record is verified), never flagged.
    expect(
      verdictsOfKind('EU envoys are working on the 15th sanctions package, which could be adopted next month.', '2024-11-10', 'sanction'),
    ).toEqual(['supported']);
    // Agreed by ambassadors on 20 June, adopted on 24 June 2024.
    const text = 'EU ambassadors agreed the 14th sanctions package on 20 June 2024.';
    expect(isRed(analyze(text, '2024-07-01').map((a) => a.verdict))).toBe(false);
  });
});

describe('the SWIFT cut-off and the central bank', () => {
  // AP via Arkansas Democrat-Gazette, 2022-02-27.
  const ap =
    'WASHINGTON -- The United States, European Union and United Kingdom on Saturday agreed to implement new sanctions on the Russian financial sector, including a block on its access to the global financial system and restrictions on its central bank, in retaliation for the invasion of Ukraine. The central bank restrictions target more than $600 billion in reserves that the Kremlin has at its disposal. The moves include cutting key Russian banks out of the SWIFT financial messaging system, which each day moves countless billions of dollars.';

  it('supports the joint announcement of Saturday 26 February 2022 and what it announced', () => {
    expect(
      verdictsOn(ap, 'The United States, European Union and United Kingdom on Saturday agreed to implement new sanctions', '2022-02-27'),
    ).toContain('supported');
    expect(verdictsOn(ap, 'The central bank restrictions target more than $600 billion in reserves', '2022-02-27')).toContain('supported');
    expect(verdictsOn(ap, 'cutting key Russian banks out of the SWIFT financial messaging system', '2022-02-27')).toEqual(['supported']);
  });

  it('supports the Reuters report of the same day', () => {
    const text =
      "BRUSSELS/WASHINGTON (Reuters) - The United States and its allies on Saturday moved to block certain Russian banks' access to the SWIFT international payment system in further punishment of Moscow.";
    expect(verdictsOn(text, "block certain Russian banks' access to the SWIFT international payment system", '2022-02-26')).toEqual([
      'supported',
    ]);
  });

  it('contradicts a cut-off said to have happened in 2014, not a threat of one, nor another country’s', () => {
    expect(verdictsOfKind('In 2014, Western governments cut Russian banks out of the SWIFT system.', '2020-01-01', 'sanction')).toEqual([
      'contradicted',
    ]);
    expect(
      verdictsOfKind('In 2014, Western governments threatened to cut Russian banks out of the SWIFT system.', '2020-01-01', 'sanction'),
    ).toEqual([]);
    expect(isRed(analyze('Iran’s banks were cut off from SWIFT in 2012, a step Russia feared.', '2020-01-01').map((a) => a.verdict))).toBe(
      false,
    );
  });
});

describe('executive orders and the SSI List', () => {
  it('supports the order a designation on record cites', () => {
    // Wilson Center / Business Insider summary, 2025-10-23.
    const text =
      'The sanctions target both Rosneft Oil Company PJSC and Lukoil OAO, along with their subsidiaries. The restrictions fall under Executive Order No. 14024, which allows the U.S. to sanction entities operating in Russia’s energy sector.';
    expect(verdictsOn(text, 'Executive Order No. 14024', '2025-10-23')).toEqual(['supported']);
  });

  it('supports the SSI List created under E.O. 13662 in July 2014', () => {
    // Crowell & Moring, 2014-07-17.
    const text =
      'Exercising its authority under Executive Order 13662 (summarized here) for the first time, the United States created the Sectoral Sanctions Identification List (SSI).';
    expect(verdictsOn(text, 'Executive Order 13662', '2014-07-17')).toEqual(['supported']);
    expect(verdictsOn(text, 'created the Sectoral Sanctions Identification List', '2014-07-17')).toEqual(['supported']);
  });

  it('contradicts a wrong signing date or signer written next to the order, and only describes an order cited in passing', () => {
    expect(
      verdictsOn('Executive Order 14024 of April 15, 2022 is the authority for the designations.', 'Executive Order 14024', '2025-10-23'),
    ).toEqual(['contradicted']);
    expect(
      verdictsOn(
        'Executive Order 14024, signed by President Trump, allows the U.S. to sanction Russian firms.',
        'Executive Order 14024',
        '2025-10-23',
      ),
    ).toEqual(['contradicted']);
    expect(
      verdictsOn('Under Executive Order 13662, OFAC can target sectors of the Russian economy.', 'Executive Order 13662', '2016-01-01'),
    ).toEqual(['context']);
  });
});

describe('designations named by issuer, month or past action', () => {
  it('supports the issuer of a dated designation, and a listing named by its month', () => {
    // Sidley/Lexology-style summary, 2025-10-24.
    const text =
      'As on October 22, 2025, the Treasury Department’s Office of Foreign Assets Control (OFAC) announced the imposition of blocking sanctions on Russia’s two largest oil producers, Rosneft and Lukoil.';
    expect(verdictsOn(text, 'Office of Foreign Assets Control', '2025-10-24')).toContain('supported');
    // The UK designated both on 15 October 2025.
    const mirror =
      'The designations, which mirror actions taken by the United Kingdom earlier this month, came after the summit was postponed.';
    expect(verdictsOn(mirror, 'United Kingdom earlier this month', '2025-10-24')).toEqual(['supported']);
    // Pinsent Masons / The Standard, 2025-10-22.
    const uk =
      'The two energy companies have been hit with financial sanctions restrictions. This follows January’s listing of oil majors Gazprom Neft and Surgutneftegas.';
    expect(verdictsOn(uk, 'Gazprom Neft and Surgutneftegas', '2025-10-22')).toContain('supported');
  });
});

describe('spending targets tied to a summit', () => {
  it('contradicts a figure the summit did not set, supports the one it did, and leaves one ally’s figure alone', () => {
    expect(verdictsOn('NATO leaders endorsed the 4% defence spending target agreed in The Hague in June.', '4%', '2025-07-10')).toEqual([
      'contradicted',
    ]);
    expect(
      verdictsOn("NATO's 5% of GDP target, agreed at the Hague summit, replaced the 2% goal set in Wales.", '5%', '2025-07-10'),
    ).toEqual(['supported']);
    const spain = 'Spain agreed in The Hague to spend 2.1% of GDP on defence, an exception it negotiated with NATO.';
    expect(isRed(analyze(spain, '2025-07-10').map((a) => a.verdict))).toBe(false);
    // Wales also set 20% of defence budgets for major equipment: not a share of GDP.
    const wales = 'At Wales, allies pledged to spend 20% of their defence budgets on major equipment.';
    expect(isRed(analyze(wales, '2016-01-01').map((a) => a.verdict))).toBe(false);
  });

  it('supports "NATO’s defense spending target" with no figure', () => {
    // Reuters, 2020-07-29.
    const text = 'Trump faulted the close U.S. ally for failing to meet NATO’s defense spending target.';
    expect(verdictsOn(text, 'NATO’s defense spending target', '2020-07-29')).toEqual(['supported']);
  });
});

describe('allies at 2%', () => {
  it('supports NATO’s count for the year', () => {
    // nato.int, Washington summit page, 2024-07-12.
    const text =
      'They also reaffirmed their commitment to investing 2% of Gross Domestic Product in defence with a record 23 Allies reaching that threshold this year.';
    expect(verdictsOn(text, 'a record 23 Allies reaching that threshold this year', '2024-07-12')).toEqual(['supported']);
    expect(verdictsOfKind('In 2014, only three NATO allies spent 2 percent of GDP on defense.', '2020-01-01', 'figure')).toEqual([
      'supported',
    ]);
  });

  it('contradicts a count far off a past year’s figure, and leaves close counts and projections as context', () => {
    expect(verdictsOfKind('In 2014, only 10 allies met the 2% target.', '2020-01-01', 'figure')).toEqual(['contradicted']);
    // NATO later put 2024 at 22.
    expect(verdictsOfKind('In 2024, 22 allies met the 2% target, NATO said.', '2025-03-01', 'figure')).toEqual(['context']);
    // Stoltenberg's February 2024 projection, on record since; another projection is only told.
    expect(verdictsOfKind('This year, 18 allies are expected to meet the 2% target, Stoltenberg said.', '2024-02-14', 'figure')).toEqual([
      'supported',
    ]);
    expect(verdictsOfKind('This year, 14 allies are expected to meet the 2% target, Stoltenberg said.', '2024-02-14', 'figure')).toEqual([
      'context',
    ]);
  });
});
