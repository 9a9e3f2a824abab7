// Precision round 25: true look-alikes of the red-flag forms added in round 25, which flagged them before the mends.
import { describe, expect, it } from 'vitest';
import { redQuotes, verdictsOn } from './helpers';

describe('the length of a way into NATO: a count from another point is not the way', () => {
  // Sweden applied on 18 May 2022 and joined on 7 March 2024; Turkey's parliament voted on 23 January 2024, Hungary's on
  // 26 February 2024.
  it('leaves a count after another step or a comparison alone', () => {
    for (const text of [
      'Hungary delayed ratification for a month after Turkey approved Sweden’s bid.',
      'Hungary delayed its ratification for a month after Turkey’s vote on Sweden’s accession.',
      'Hungary delayed Sweden’s accession for about a month after Turkey’s parliament voted in January.',
      'Sweden’s accession was blocked by Turkey and Hungary. Sweden waited a month after the Turkish vote for Hungary.',
      'Sweden applied with Finland in May 2022 to join NATO. Sweden waited 11 months longer.',
      'Sweden’s NATO accession: Sweden waited 11 months more than Finland, which joined in April 2023.',
    ])
      expect(redQuotes(text, '2024-03-10')).toEqual([]);
  });
  it('still judges the whole way', () => {
    expect(verdictsOn('Sweden waited nearly two years to join NATO.', 'waited nearly two years', '2024-03-10')).toEqual(['supported']);
    expect(verdictsOn('Sweden waited nearly two years after applying to join NATO.', 'waited nearly two years', '2024-03-10')).toEqual([
      'supported',
    ]);
    expect(verdictsOn('Sweden waited almost a year to join NATO.', 'waited almost a year', '2024-03-10')).toEqual(['contradicted']);
  });
});

describe('"the first meeting in months": of the meeting the sentence tells of, between its principals', () => {
  // Witkoff met Putin in St. Petersburg on 11 April 2025 and at the Kremlin on 25 April; Trump and Zelensky met at the
  // Vatican on 26 April (their meeting before: the Oval Office, 28 February). Witkoff and Kushner met Ukrainians in Florida
  // on 30 November and Putin at the Kremlin on 2 December (Witkoff's meeting with Putin before: 6 August).
  it('leaves other people, a narrowed count and a meeting of one side alone', () => {
    for (const [text, date] of [
      [
        'Witkoff met Putin at the Kremlin on Friday. On Saturday, Trump and Zelensky held their first meeting in months in St. Peter’s Basilica.',
        '2025-04-27',
      ],
      [
        'Witkoff met Putin at the Kremlin on Friday for three hours. Separately, Rubio and Lavrov had their first contact in months.',
        '2025-04-27',
      ],
      [
        'Putin received Witkoff at the Kremlin on Friday. Dmitriev called it the first high-level contact in months with Europe.',
        '2025-04-26',
      ],
      [
        'Putin received Witkoff at the Kremlin on Friday. It was the first meeting in months at which Ushakov said a direct Russia–Ukraine track was discussed.',
        '2025-04-26',
      ],
      [
        'Putin received Witkoff and Kushner at the Kremlin on Tuesday, the first meeting in months between Putin and Kushner.',
        '2025-12-03',
      ],
      ['Putin received Witkoff and Kushner at the Kremlin on Tuesday, their first meeting in months.', '2025-12-03'],
      ['Trump hosted Zelensky and European leaders on Monday, their first meeting in months with Trump for some of them.', '2025-08-19'],
      ['Trump hosted Zelensky and European leaders on Monday, the first such meeting in months.', '2025-08-19'],
    ])
      expect(redQuotes(text, date)).toEqual([]);
  });
});

describe('Russia–Ukraine "first direct talks since ..." told of other talks than the page reports', () => {
  // The delegations met in Belarus from 28 February 2022 and in Istanbul on 29 March 2022, 16 May, 2 June and 23 July 2025.
  it('leaves a sentence placed in other talks by its own time alone', () => {
    for (const [text, date] of [
      [
        'In February 2022, the Russian and Ukrainian delegations met in Belarus for their first direct talks since the start of the war.',
        '2025-05-16',
      ],
      ['Three years ago, Russia and Ukraine held their first direct talks since the start of the war, in Belarus.', '2025-05-17'],
      [
        'Russia and Ukraine’s first direct talks since the start of the war, in Belarus in 2022, failed; on Friday they met in Istanbul.',
        '2025-05-16',
      ],
      ['In May, Russia and Ukraine held their first direct talks since 2022 in Istanbul.', '2025-07-23'],
      ['On May 16, Russian and Ukrainian negotiators held their first direct talks since 2022.', '2025-07-23'],
      ['Russia and Ukraine held a second round on Monday, two weeks after their first direct talks since 2022.', '2025-06-03'],
    ])
      expect(redQuotes(text, date)).toEqual([]);
  });
});

describe('"spoke by phone" a day off a call on record', () => {
  // Trump and Putin spoke on 28 and 29 December 2025 (Kyiv Independent; White House press secretary).
  it('leaves a second call on the next day alone', () => {
    for (const [text, date] of [
      ['On December 29, Trump and Putin spoke by phone again.', '2025-12-30'],
      ['Trump spoke by phone with Putin on December 29, and Putin told him of an alleged drone attack.', '2026-01-05'],
      ['Trump and Putin talked over the phone on December 29 after the Mar-a-Lago meeting.', '2026-01-02'],
      ['Trump and Putin spoke by phone again on March 19.', '2025-03-20'],
      ['Trump and Putin spoke by phone on December 28 and again on December 29.', '2026-01-05'],
    ])
      expect(redQuotes(text, date)).toEqual([]);
  });
});

describe('Article 5 "invoked by the US": not the US’s allies or a US-led alliance', () => {
  it('leaves the allies of the United States alone', () => {
    for (const text of [
      'Article 5 was invoked by the US’s allies after the 9/11 attacks.',
      'Article 5 was invoked by the US-led alliance after the 9/11 attacks.',
      'Article 5 was invoked by America’s NATO allies on September 12, 2001.',
      'Article 5 was invoked by Washington’s allies in 2001.',
    ])
      expect(redQuotes(text, '2021-06-20')).toEqual([]);
  });
});

describe('an enlargement "finalised" by an ally’s own vote', () => {
  // Hungary's parliament voted on 26 February 2024; Sweden joined on 7 March 2024.
  it('leaves the last ratification told as finishing the accession alone', () => {
    expect(redQuotes('Hungary’s parliament finalised the accession of Sweden to NATO with its vote on Monday.', '2024-02-27')).toEqual([]);
    expect(redQuotes('Hungarian lawmakers completed the accession of Sweden to NATO on Monday.', '2024-02-27')).toEqual([]);
  });
});

describe('NATO\'s count told with "It" under a heading that places it in a year', () => {
  it('leaves a heading or timeline year alone, still flags the undated fact sheet', () => {
    expect(redQuotes('NATO in 1949\n- About: It is an alliance of 12 countries.', '2024-04-05')).toEqual([]);
    expect(redQuotes('NATO in 1949.\nIt is an alliance of 12 countries.', '2024-04-05')).toEqual([]);
    expect(
      redQuotes('1999\nNATO welcomes Poland, Hungary and the Czech Republic. It is an alliance of 19 countries.', '2024-04-05'),
    ).toEqual([]);
    const sheet =
      'NATO: North Atlantic Treaty Organization\n- About: It is a transatlantic security alliance composed of thirty-one member countries.';
    expect(verdictsOn(sheet, 'It is a transatlantic security alliance', '2024-04-05')).toEqual(['outdated']);
  });
});
