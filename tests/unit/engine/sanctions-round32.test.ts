// Round 32, sanctions rounds, renewals and named targets (sanctions helper). Sentences of our own, each family with its true
// look-alikes.
// (1) The six-monthly renewals of the EU's economic sanctions on Russia, 2015-2025 (sanctions.json `until`, `agreed`;
//     sanction-renewals.ts): the expiry said, "for six months", the leaders' day; a wrong 31 January or 31 July contradicted
//     only for the economic regime named, told as done.
// (2) Named targets (sanction-targets.ts): a company "under U.S. sanctions"; a person listed by the UK on 10 March 2022
//     (sanctioned, assets frozen, "one of N oligarchs"); OFAC's wind-down day and its 34 subsidiaries of Rosneft and Lukoil.
// (3) Several issuers putting a company "on a sanctions list" (sanction-joint.ts); banks left off the SWIFT list (swift.ts);
//     "Europe" as the owner of a numbered package (sanction-packages.ts); measures "originally introduced in 2014".
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = new Set(['contradicted', 'outdated']);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.has(a.verdict));
const verdicts = (text: string, asOf: string) => analyze(text, asOf).map((a) => a.verdict);
const on = (text: string, asOf: string, quote: RegExp) =>
  analyze(text, asOf)
    .filter((a) => quote.test(a.quote))
    .map((a) => a.verdict);

describe('renewals of the EU economic sanctions: the expiry', () => {
  it('is confirmed in many wordings', () => {
    for (const [text, asOf, quote] of [
      [
        'The Council of the EU prolonged its economic sanctions on Russia on Monday until 31 January 2016.',
        '2015-06-23',
        /until 31 January 2016/,
      ],
      ['Brussels rolled over the sectoral sanctions on Russia through January 31, 2017.', '2016-07-02', /January 31, 2017/],
      [
        'EU governments have renewed the economic restrictions on Moscow. The measures were extended for another half year — until July 31, 2018.',
        '2017-12-22',
        /July 31, 2018/,
      ],
      [
        "The European Union formally extended its sanctions on Russia's banking, energy and defence sectors by six months until the end of July 2021.",
        '2020-12-18',
        /July 2021/,
      ],
      ['On 20 July 2023 the Council renewed the economic sanctions against Russia until 31 January 2024.', '2023-08-30', /31 January 2024/],
      [
        "EU foreign ministers prolonged the bloc's economic sanctions on Russia until 31 July 2025 after Hungary relented.",
        '2025-01-28',
        /31 July 2025/,
      ],
      ['Back in 2016 the EU extended its economic sanctions on Russia until 31 July 2017.', '2021-03-01', /31 July 2017/],
      // The regime's own formula names the EU's measures, enough to confirm by.
      [
        'The Council decided to renew the measures targeting specific economic sectors of the Russian Federation until 31 July 2021.',
        '2020-12-18',
        /31 July 2021/,
      ],
    ] as const)
      expect(on(text, asOf, quote), text).toContain('supported');
  });

  it('is contradicted when another lapse day is told of the economic regime', () => {
    for (const [text, asOf] of [
      [
        'The Council of the European Union prolonged the restrictive measures targeting specific sectors of the Russian economy until 31 July 2024.',
        '2023-01-28',
      ],
      ['The EU has renewed its sectoral sanctions on Russia by six months until July 2021.', '2019-12-20'],
      [
        'On Monday the EU Council extended its economic sanctions against Russia for another six months, until January 31, 2023.',
        '2021-07-13',
      ],
      ['The European Union prolonged the economic sanctions on Russia on Friday, until January 31, 2019.', '2018-12-22'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });

  it('leaves look-alikes unflagged', () => {
    for (const [text, asOf] of [
      // A plan, a doubt, a denial.
      ['The EU may extend its economic sanctions against Russia until January 31, 2023, diplomats said.', '2021-07-13'],
      ['The EU has not extended its economic sanctions against Russia until January 31, 2023.', '2021-07-13'],
      // Another regime, another lapse day, another issuer, Russia's own embargo.
      ['The EU extended its individual sanctions against Russian officials until 15 September 2021.', '2021-07-13'],
      ['The EU extended its economic sanctions against Russia until 31 March 2022.', '2021-07-13'],
      ['Russia extended its food embargo on EU products until the end of 2017.', '2016-12-30'],
      ["Russia's economic sanctions on EU farm goods were extended until January 31, 2023.", '2021-07-13'],
      ['The United States extended its economic sanctions on Russia until January 31, 2023.', '2021-07-13'],
      ['Ukraine extended its economic sanctions against Russia until January 31, 2023.', '2021-07-13'],
      // The EU's formula without the EU named: confirmed when right, never flagged.
      ['prolonged the sanctions against some economic sectors of the Russian Federation by six months until July 2021', '2019-12-13'],
      // No renewal near the page's day: which renewal is told of is not known.
      ['The EU extended its economic sanctions against Russia until 31 January 2025.', '2024-03-01'],
      // A renewal told of by its year, a true expiry.
      ['In 2019 the EU extended its economic sanctions on Russia until 31 July 2020.', '2021-07-13'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe("renewals: six months and the leaders' day", () => {
  it('confirms the leaders\' agreement told by its day and "for six months"', () => {
    expect(
      on('EU heads of government at their summit on June 26 agreed to prolong the economic sanctions on Russia.', '2025-06-27', /June 26/),
    ).toContain('supported');
    expect(
      on('On 16 December, EU leaders decided to extend the economic sanctions against Moscow.', '2021-12-20', /16 December/),
    ).toContain('supported');
    expect(on('The EU Council renewed its sanctions on Russia for a further six months.', '2022-07-27', /six months/)).toContain(
      'supported',
    );
  });
});

describe('named targets', () => {
  it("confirms a company under an issuer's sanctions, and leaves another issuer alone", () => {
    expect(on("Russia's second oil producer Lukoil, which is under U.S. sanctions, is selling assets.", '2026-01-10', /Lukoil/)).toContain(
      'supported',
    );
    expect(on('Rosneft, already under British sanctions, reported lower profits.', '2025-11-20', /Rosneft/)).toContain('supported');
    expect(red('Lukoil, which is under EU sanctions, has announced a deal.', '2026-01-29')).toEqual([]);
    expect(on('Lukoil, which is under EU sanctions, has announced a deal.', '2026-01-29', /under EU sanctions/)).toEqual([]);
  });

  it('reads the UK listing of 10 March 2022: the person and the count', () => {
    expect(on('Britain sanctioned Oleg Deripaska and six other tycoons.', '2022-03-11', /Deripaska/)).toContain('supported');
    expect(on('Igor Sechin faces an asset freeze and a travel ban in Britain.', '2022-03-10', /Sechin/)).toContain('supported');
    for (const [text, asOf] of [
      ['Deripaska is one of nine Russian oligarchs hit with UK sanctions on Thursday.', '2022-03-10'],
      ['Roman Abramovich was among five oligarchs sanctioned by Britain on March 10, 2022.', '2022-04-02'],
      ['The UK government on Thursday named Alexei Miller as one of six businessmen under sanctions.', '2022-03-11'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
    for (const [text, asOf] of [
      ['Abramovich is one of seven oligarchs sanctioned by the UK on Thursday.', '2022-03-10'],
      // Another day, another list: the count is not this listing's.
      ['Abramovich was one of eight oligarchs on a Canadian list published in May.', '2022-05-20'],
      ['Deripaska is one of eight oligarchs the UK could sanction next week.', '2022-03-01'],
      ['Sechin is one of eight oligarchs sanctioned by the United States in 2018.', '2022-03-10'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });

  it("reads OFAC's wind-down day and subsidiaries of Rosneft and Lukoil", () => {
    const lead = 'The United States sanctioned Rosneft and Lukoil on Wednesday. ';
    expect(on(`${lead}Firms must wind down dealings with Rosneft and Lukoil by November 21.`, '2025-10-24', /November 21/)).toContain(
      'supported',
    );
    expect(red(`${lead}Banks have until December 13 to stop dealing with Rosneft and Lukoil.`, '2025-10-24')).toEqual([]);
    expect(red(`${lead}The designations also cover 28 subsidiaries of the two companies.`, '2025-10-24').map((a) => a.verdict)).toEqual([
      'contradicted',
    ]);
    expect(on(`${lead}The designations also cover 34 subsidiaries of the two companies.`, '2025-10-24', /34 subsidiaries/)).toContain(
      'supported',
    );
    for (const text of [
      `${lead}The designations also cover more than 30 subsidiaries of the two companies.`,
      `${lead}Britain had listed 30 subsidiaries of the two companies a week earlier.`,
      'The UK sanctioned Rosneft and Lukoil. It also listed 30 subsidiaries of Rosneft and Lukoil.',
    ])
      expect(red(text, '2025-10-24'), text).toEqual([]);
  });
});

describe('several issuers, SWIFT, packages, the first measures', () => {
  it('holds each issuer that put a company on its list to its records', () => {
    expect(
      red('In October 2025, the United States, the European Union, and Britain put Lukoil on their sanctions lists.', '2026-01-29').map(
        (a) => a.verdict,
      ),
    ).toEqual(['contradicted']);
    expect(red('In October 2025, the United States and Britain placed Lukoil on a sanctions list.', '2026-01-29')).toEqual([]);
    expect(red('In October 2025, the US, the EU and Britain added Rosneft to their sanctions lists.', '2026-01-29')).toEqual([]);
    expect(red('The US, the EU and Britain might place Lukoil on a sanctions list in October 2025.', '2025-09-29')).toEqual([]);
  });

  it('reads "Russia\'s two largest oil companies" as Rosneft and Lukoil in a list of issuers', () => {
    for (const text of [
      'In October 2025, the US, Britain and the EU slapped sanctions on Russia’s two largest oil companies.',
      'In October 2025, the US, the UK and the EU sanctioned the two biggest Russian oil producers, Rosneft and Lukoil.',
    ])
      expect(
        red(text, '2025-11-10').map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
    for (const text of [
      'In October 2025, the United States and Britain sanctioned Russia’s two largest oil companies.',
      'In October 2025, the US and the UK imposed sanctions on Russia’s two largest oil companies, Rosneft and Lukoil.',
      'The US, the UK and the EU could sanction Russia’s two largest oil companies in October 2025.',
    ])
      expect(red(text, '2025-11-10'), text).toEqual([]);
  });

  it('confirms banks left off the SWIFT list of March 2022', () => {
    expect(
      on(
        'The EU cut seven Russian lenders off SWIFT on Wednesday. Sberbank and Gazprombank were left out, since they handle gas payments.',
        '2022-03-04',
        /Sberbank/,
      ),
    ).toContain('supported');
    expect(verdicts('The EU cut seven Russian lenders off SWIFT. VTB was not included.', '2022-03-04')).not.toContain('contradicted');
  });

  it('reads "Europe" as the owner of a numbered package, and the first measures of 2014', () => {
    expect(
      on('President Trump spoke on Tuesday. Europe is getting ready to adopt its 19th sanctions package.', '2025-09-24', /19th/),
    ).toContain('supported');
    expect(
      on(
        "The EU renewed the sanctions. These measures were initially imposed in 2014 and target Russia's energy sector.",
        '2020-07-01',
        /2014/,
      ),
    ).toContain('supported');
  });
});
