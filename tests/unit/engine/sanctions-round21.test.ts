// Sanctions and spending pledges, twenty-first round: held-out 19's missed errors, read in general, each with its true
// look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);
const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

describe('several issuers told as acting together against the same companies', () => {
  // held-out 19 xb106 (November 2025): the EU's 19th package listed Rosneft and Gazprom Neft, not Lukoil.
  const xb106 =
    'In October 2025, the US, UK, and EU implemented coordinated sanctions against Russia’s two largest oil companies: Public Joint Stock Company “Rosneft Oil Company” (Rosneft) and Public Joint-Stock Company “Oil Company Lukoil” (Lukoil), significantly tightening restrictions on Russia’s energy sector.';
  it('an issuer whose records of the time listed other companies is contradicted, never confirmed', () => {
    expect(sanction(xb106, 'the US, UK, and EU', '2025-11-03')).toEqual(['contradicted']);
    expect(
      sanction('In October 2025, the UK and the EU imposed sanctions on Rosneft and Lukoil.', 'the UK and the EU', '2025-11-03'),
    ).toEqual(['contradicted']);
  });
  it('every issuer on record for every company is confirmed', () => {
    expect(sanction('In October 2025, the US and UK imposed sanctions on Rosneft and Lukoil.', 'the US and UK', '2025-11-03')).toEqual([
      'supported',
    ]);
    expect(
      sanction('In October 2025, the US, the UK and the EU imposed sanctions on Rosneft.', 'the US, the UK and the EU', '2025-11-03'),
    ).toEqual(['supported']);
    expect(
      sanction(
        'The UK and the US sanctioned Rosneft and Lukoil in October 2025, and the EU followed with its 19th package.',
        'UK and the US sanctioned Rosneft and Lukoil',
        '2025-11-03',
      ),
    ).toEqual(['supported']);
  });
  it('look-alikes stay unflagged: a part of the list, a plan, a record that names no companies, no time told', () => {
    const cases: Array<[string, string]> = [
      [
        'In October 2025, the US, UK and EU imposed new sanctions on Russia, with Washington and London targeting Rosneft and Lukoil.',
        '2025-11-03',
      ],
      ['In October 2025, the UK and the EU could impose sanctions on Rosneft and Lukoil.', '2025-11-03'],
      ['In June 2022, the US, UK and EU sanctioned Sberbank.', '2022-06-10'],
      ['The US, UK and EU have sanctioned Rosneft and Lukoil.', '2025-11-03'],
      ['In October 2025, the UK and the EU did not both sanction Rosneft and Lukoil.', '2025-11-03'],
    ];
    for (const [text, asOf] of cases) expect(isRed(sanction(text, text.slice(0, 40), asOf)), text).toBe(false);
  });
});

describe('a package’s formal adoption told as done before the Council adopted it', () => {
  // held-out 19 xb108 (19 February 2025): the 16th package was agreed by ambassadors that day and adopted on the 24th.
  const xb108 =
    "Poland's presidency announced that the EU ambassador supported the 16th sanctions package in Russia a few days before the third anniversary of Moscow's full invasion of Ukraine. The measures were formally adopted by the foreign minister on Monday, Russia's so-called Shadow Fleet's targeted captains and owners.";
  it('is contradicted', () => {
    expect(sanction(xb108, 'The measures were formally adopted', '2025-02-19')).toEqual(['contradicted']);
  });
  it('told on or after the adoption, or as to come, it is not', () => {
    expect(
      sanction(
        'EU ambassadors had supported the 16th sanctions package last week. The measures were formally adopted by foreign ministers on Monday.',
        'The measures were formally adopted',
        '2025-02-24',
      ),
    ).toEqual(['supported']);
    for (const text of [
      'EU ambassadors supported the 16th sanctions package on Wednesday. The measures will be formally adopted by foreign ministers on Monday.',
      'EU ambassadors supported the 16th sanctions package. The measures are set to be formally adopted by foreign ministers on Monday.',
      'EU ambassadors supported the 16th sanctions package. The measures were formally adopted by foreign ministers.',
    ])
      expect(isRed(sanction(text, 'The measures', '2025-02-19')), text).toBe(false);
  });
});

describe('one ally said to pledge NATO’s figure by a year its plan gives another figure for', () => {
  // held-out 19 xb110 (25 June 2025): Germany's plan is 3.5% by 2029; NATO's 5% is due by 2035.
  const xb110 =
    'German Chancellor Friedrich Merz has pledged to reach the 5 per cent goal by 2029, while Macron has backed the benchmark and pointed to the long-term threat from Russia.';
  it('a country named after the figure is another clause’s', () => {
    expect(figure(xb110, '5 per cent goal by 2029', '2025-06-25')).toEqual(['contradicted']);
  });
  it('look-alikes: the plan’s own figure, NATO’s year, two pledgers', () => {
    expect(
      figure(
        'German Chancellor Friedrich Merz has pledged to reach the 3.5 per cent goal by 2029, while France has backed the 5% benchmark.',
        '3.5 per cent goal by 2029',
        '2025-06-25',
      ),
    ).toEqual(['supported']);
    for (const text of [
      'German Chancellor Friedrich Merz has pledged to reach the 5 per cent goal by 2035, while Macron has backed the benchmark and pointed to the long-term threat from Russia.',
      'Germany and France have pledged to reach the 5 per cent goal by 2029.',
      'Chancellor Friedrich Merz said Germany will reach the core 3.5 per cent by 2029, and the full 5 per cent by 2035, far ahead of Spain.',
    ])
      expect(isRed(figure(text, text.slice(0, 30), '2025-06-25')), text).toBe(false);
  });
});

describe('NATO’s spending target confirmed in two more phrasings (confirm-only)', () => {
  it('"NATO now demands its members allocate at least 2 percent" while 2% is the floor (held-out 19 xc202)', () => {
    const text = 'NATO now demands its members allocate at least 2 percent of their GDP to defense.';
    expect(figure(text, '2 percent', '2024-12-13')).toEqual(['supported']);
    expect(isRed(figure('NATO demands its members allocate at least 3 percent of their GDP to defense.', '3 percent', '2024-12-13'))).toBe(
      false,
    );
    expect(isRed(figure(text, '2 percent', '2026-01-13'))).toBe(false);
  });
  it('"enshrined a spending target of 2% of GDP for defence in 2014" (held-out 19 xd314): the year NATO set the figure', () => {
    const text =
      'NATO, founded in 1949 to deter aggression and ensure collective security among Western democracies, enshrined a spending target of 2% of gross domestic product (GDP) for defence in 2014.';
    expect(figure(text, '2%', '2025-12-18')).toEqual(['supported']);
    expect(figure('NATO enshrined a spending target of 5% of GDP in 2025.', '5%', '2025-12-18')).toEqual(['supported']);
    for (const t of [
      'NATO set a spending target of 3% of GDP for defence in 2014.',
      'Poland set a spending target of 4% of GDP for defence in 2024.',
      'NATO set a spending target of 2% of GDP for defence in 2019.',
    ])
      expect(isRed(figure(t, t.slice(0, 20), '2025-12-18')), t).toBe(false);
  });
});
