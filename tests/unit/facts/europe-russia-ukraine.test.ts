// European, EU, Russian and Ukrainian officials the press names around NATO and the war
// (src/facts/data/offices/europe-russia-ukraine.json), run through the real engine on sentences
// from real articles (the development set, tests/fixtures/real/, where a case id is given).
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from '../engine/helpers';

describe('EU officials', () => {
  it('knows the Commissioner for Enlargement (r077, 2024-12-01)', () => {
    const text = 'Marta Kos, EU Commissioner for Enlargement, and António Costa, President of the European Council, arrived in Kyiv.';
    expect(verdictsOn(text, 'Marta Kos', '2024-12-01')).toEqual(['supported']);
    // Várhelyi held the portfolio until the new Commission took office on 2024-12-01.
    expect(verdictsOn('EU Enlargement Commissioner Olivér Várhelyi said.', 'Várhelyi', '2022-06-01')).toEqual(['supported']);
    expect(verdictsOn('EU Enlargement Commissioner Olivér Várhelyi said.', 'Várhelyi', '2025-03-01')).toEqual(['outdated']);
  });

  it('knows the President of the European Parliament (r078, spelling corrected)', () => {
    // The article spells her "Metzola"; the engine does not match that misspelling after this title.
    const text = 'The President of the European Parliament, Roberta Metsola, believes that this structure played an important role.';
    expect(verdictsOn(text, 'Roberta Metsola', '2024-12-01')).toEqual(['supported']);
    expect(verdictsOn('European Parliament President David Sassoli said.', 'David Sassoli', '2020-05-01')).toEqual(['supported']);
  });
});

describe('the President of the Swiss Confederation, a yearly office', () => {
  it('supports the president of the year (r023, r024: the Geneva summit, 2021-06-16)', () => {
    const text =
      'The two men were welcomed to the 19th century Villa La Grange by Swiss President Guy Parmelin, who said he hoped for “fruitful dialogue”.';
    expect(verdictsOn(text, 'Guy Parmelin', '2021-06-16')).toEqual(['supported']);
    const caption =
      "Swiss President Guy Parmelin, U.S. President Joe Biden and Russia's President Vladimir Putin pose for a photo at Villa La Grange.";
    expect(verdictsOn(caption, 'Guy Parmelin', '2021-06-16')).toEqual(['supported']);
  });

  it('flags last year’s president as outdated, and knows Parmelin’s second term in 2026', () => {
    const text = 'The two men were welcomed to the 19th century Villa La Grange by Swiss President Ueli Maurer.';
    expect(verdictsOn(text, 'Ueli Maurer', '2021-06-16')).toEqual(['outdated']);
    expect(verdictsOn(text, 'Ueli Maurer', '2019-06-16')).toEqual(['supported']);
    expect(verdictsOn('Swiss President Karin Keller-Sutter spoke to Trump.', 'Keller-Sutter', '2025-08-01')).toEqual(['supported']);
    expect(verdictsOn('Swiss President Guy Parmelin opened the forum in Davos.', 'Guy Parmelin', '2026-01-20')).toEqual(['supported']);
  });

  it('makes no claim for a Swiss office we do not record', () => {
    expect(isRed(verdictsOn('Swiss Foreign Minister Ignazio Cassis said.', 'Ignazio Cassis', '2025-03-01'))).toBe(false);
  });
});

describe('Russian officials', () => {
  it('knows the FSB director and the Kremlin first deputy chief of staff (r028, 2022-02-22)', () => {
    const text =
      "The United States also sanctioned Aleksandr Bortnikov, the head of Russia's Federal Security Service (FSB); Kremlin First Deputy Chief of Staff Sergei Kirienko; and Promsvyazbank CEO Pyotr Fradkov.";
    expect(verdictsOn(text, 'Aleksandr Bortnikov', '2022-02-22')).toEqual(['supported']);
    expect(verdictsOn(text, 'Sergei Kirienko', '2022-02-22')).toEqual(['supported']);
  });

  it('knows Surkov as a presidential aide in 2015 (r054, Minsk, 2015-02-12)', () => {
    const text =
      'Russian President’s assistant Vladislav Surkov and the leaders of the self-declared ‘DPR’ and ‘LPR’ have arrived at the contact group meeting.';
    expect(verdictsOn(text, 'Vladislav Surkov', '2015-02-12')).toEqual(['supported']);
    expect(verdictsOn(text, 'Vladislav Surkov', '2021-02-12')).toEqual(['outdated']);
  });

  it('knows Medinsky as Russia’s chief negotiator (r061, 2026-02-26)', () => {
    const text =
      'Axios journalist Barak Ravid reported that the Geneva talks had "got stuck" because of the positions put forward by Russia\'s chief negotiator, Vladimir Medinsky.';
    expect(verdictsOn(text, 'Vladimir Medinsky', '2026-02-26')).toEqual(['supported']);
  });

  it('knows the Duma speaker and the head of its foreign affairs committee', () => {
    expect(verdictsOn('Duma Speaker Vyacheslav Volodin said.', 'Vyacheslav Volodin', '2018-05-01')).toEqual(['supported']);
    expect(
      verdictsOn('Alexei Pushkov, head of the Duma foreign affairs committee, wrote on Twitter.', 'Alexei Pushkov', '2015-12-02'),
    ).toEqual(['supported']);
  });

  it('reads "Russian parliament speaker" loosely: it confirms and dates the Duma speaker', () => {
    // The loose title may also mean the Federation Council's chair, so it never names the office
    // alone; it still tells Naryshkin's tenure (to 2016) from Volodin's.
    expect(verdictsOn('Russian parliament speaker Vyacheslav Volodin said.', 'Vyacheslav Volodin', '2022-03-01')).toEqual(['supported']);
    expect(verdictsOn('Russian parliament speaker Sergei Naryshkin said.', 'Sergei Naryshkin', '2014-03-01')).toEqual(['supported']);
    expect(verdictsOn('Russian parliament speaker Sergei Naryshkin said.', 'Sergei Naryshkin', '2022-03-01')).toEqual(['outdated']);
  });
});

describe('Ukrainian officials', () => {
  it('knows the economy minister and the Servant of the People faction leader (r061, brackets as commas)', () => {
    // The article puts the titles in square brackets, which the engine does not read as apposition.
    const text =
      "Joining me in the delegation today are Davyd Arakhamiia, leader of Ukraine's Servant of the People parliamentary faction, and Oleksii Sobolev, Ukraine's Economy Minister, Umierov wrote.";
    expect(verdictsOn(text, 'Davyd Arakhamiia', '2025-11-30')).toEqual(['supported']);
    expect(verdictsOn(text, 'Oleksii Sobolev', '2025-11-30')).toEqual(['supported']);
    // Svyrydenko held the economy ministry until she became prime minister on 2025-07-17.
    expect(verdictsOn('Ukraine’s Economy Minister Yulia Svyrydenko signed the minerals deal.', 'Svyrydenko', '2025-05-01')).toEqual([
      'supported',
    ]);
  });

  it('knows the Rada chairman', () => {
    expect(verdictsOn('Verkhovna Rada Chairman Ruslan Stefanchuk met Metsola.', 'Ruslan Stefanchuk', '2023-06-01')).toEqual(['supported']);
    expect(verdictsOn('Verkhovna Rada Chairman Dmytro Razumkov said.', 'Dmytro Razumkov', '2022-06-01')).toEqual(['outdated']);
  });
});

describe('the UK Chancellor of the Exchequer', () => {
  it('reads "finance minister" as the Chancellor (r063, 2025-10-15)', () => {
    const text =
      '“We are introducing targeted sanctions against the two biggest oil companies in Russia, Lukoil and Rosneft,” finance minister Rachel Reeves told reporters.';
    expect(verdictsOn(text, 'Rachel Reeves', '2025-10-15')).toEqual(['supported']);
    // After the office's horizon (Starmer announced his resignation on 2026-06-22) no red flag.
    expect(isRed(verdictsOn(text, 'Rachel Reeves', '2026-10-15'))).toBe(false);
  });

  it('never takes a bare "Chancellor" for the UK office, nor the UK one for Germany’s', () => {
    expect(isRed(verdictsOn('Chancellor Rachel Reeves told reporters.', 'Rachel Reeves', '2025-10-15'))).toBe(false);
    expect(verdictsOn('Chancellor of the Exchequer Jeremy Hunt delivered the budget.', 'Jeremy Hunt', '2023-03-15')).toEqual(['supported']);
    expect(verdictsOn('Chancellor of the Exchequer George Osborne said.', 'George Osborne', '2017-03-15')).toEqual(['outdated']);
  });
});
