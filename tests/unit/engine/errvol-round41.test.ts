// Round 41, errors by volume. Over held-out 13-39 the quote-level misses (515) are mostly quotes without their context (a
// role or a lone surname with the name elsewhere on the page); on whole pages (held-out 33-39, 51 core misses) the classes
// no other engineer takes this round are wrong offices told without a name or in garbled words ("the Swedish head of
// state", "The Ukraine prime minister has made a surprise visit", "the Chairman of the EU", "Defense Secretary Deputy"),
// which cannot be flagged beyond doubt, and a few one-off forms. The one taken: a bare title in the second of two plain
// copulas joined by "and" takes the body or country the first names ("Jens Stoltenberg is the Secretary General of NATO
// and Rose Gottemoeller is the Deputy Secretary General", held-out 37 rk001, July 2022: she left in 2019), so the
// second holder is judged as the title with its body would be (title-copula.ts coordinatedBody). And a second class, of
// sanctions: an EU cut-off from SWIFT told as immediate when its record sets a later day (held-out 38 rv003, AFP, 2 March
// 2022: "... VEB (Vnesheconombank), effective immediately", in force on 12 March), the phrase now read after the list of
// banks (swift.ts immediateAfterBanks), and the sixth package's cut-offs given their day (14 June 2022, sanctions.json). And a
// third, of accessions: in a list of members with their years in brackets, NATO named near, one pair a year off while the
// others fit ("Greece and Türkiye (1955), Germany (1955), Spain (1982)", held-out 31 qb003; accession-unnamed.ts
// bracketOutlier, and yearItemOutlier for "COUNTRIES, YEAR;" items).
// Real quotes with their entry ids, variants of our own (other bodies, countries, people and dates), and the true or
// doubtful sentences that must stay quiet.
import { describe, expect, it } from 'vitest';
import { said, saidRed } from './helpers';

describe('a bare title in the second of two copulas joined by "and"', () => {
  it('is judged as the title of the body the first names', () => {
    for (const [text, asOf, quote] of [
      // held-out 37 rk001 (an explainer of July 2022; Gottemoeller was deputy until October 2019)
      [
        'NATO (North Atlantic Treaty Organization) is an international military organization. Jens Stoltenberg is the Secretary General of NATO and Rose Gottemoeller is the Deputy Secretary General. The number of countries that are currently members of NATO is 30.',
        '2022-07-01',
        'Rose Gottemoeller is the Deputy Secretary General',
      ],
      // Variants: other countries, other offices, other people and days.
      [
        'Olaf Scholz is the Chancellor of Germany and Christine Lambrecht is the Defence Minister.',
        '2024-03-01',
        'Christine Lambrecht is the Defence Minister',
      ],
      [
        'Volodymyr Zelensky is the President of Ukraine and Oleksii Reznikov is the Defence Minister.',
        '2024-03-01',
        'Oleksii Reznikov is the Defence Minister',
      ],
      [
        'Emmanuel Macron is the President of France and Gabriel Attal is the Prime Minister.',
        '2025-03-01',
        'Gabriel Attal is the Prime Minister',
      ],
      [
        'Joe Biden is the President of the United States and Kamala Harris is the Vice President.',
        '2025-05-01',
        'Kamala Harris is the Vice President',
      ],
    ] as const) {
      expect(saidRed(text, asOf), text).toContainEqual(expect.stringContaining(quote));
    }
  });

  it('confirms the true second holder and flags nothing', () => {
    for (const [text, asOf, quote] of [
      [
        'Jens Stoltenberg is the Secretary General of NATO and Mircea Geoana is the Deputy Secretary General.',
        '2022-07-01',
        'Mircea Geoana is the Deputy Secretary General',
      ],
      [
        'Rishi Sunak is the Prime Minister of the United Kingdom and Jeremy Hunt is the Chancellor.',
        '2024-03-01',
        'Jeremy Hunt is the Chancellor',
      ],
      [
        'Joe Biden is the President of the United States and Kamala Harris is the Vice President.',
        '2023-05-01',
        'Kamala Harris is the Vice President',
      ],
      [
        'Olaf Scholz is the Chancellor of Germany and Boris Pistorius is the Defence Minister.',
        '2024-03-01',
        'Boris Pistorius is the Defence Minister',
      ],
    ] as const) {
      expect(saidRed(text, asOf), text).toEqual([]);
      expect(said(text, asOf), text).toContainEqual(`supported: ${quote}`);
    }
  });

  it('stays quiet where the sentence tells another time, another voice or no office of that body', () => {
    for (const [text, asOf] of [
      // Past tense: a career, not the page's day.
      ['Jens Stoltenberg was the Secretary General of NATO and Rose Gottemoeller was the Deputy Secretary General.', '2022-07-01'],
      // A year in the sentence: the time it tells may be that year's.
      ['In 2018, Jens Stoltenberg is the Secretary General of NATO and Rose Gottemoeller is the Deputy Secretary General.', '2022-07-01'],
      // The first clause reports another's words.
      ['He said Jens Stoltenberg is the Secretary General of NATO and Rose Gottemoeller is the Deputy Secretary General.', '2022-07-01'],
      // "while" joins two times as often as two clauses.
      ['Emmanuel Macron is the President of France, while Gabriel Attal is the Prime Minister.', '2025-03-01'],
      // A title the first body does not have: nothing to judge.
      ['Jens Stoltenberg is the Secretary General of NATO and Rose Gottemoeller is the President.', '2022-07-01'],
      // The first title bare too: no body to take.
      ['Jens Stoltenberg is the Secretary General and Rose Gottemoeller is the Deputy Secretary General.', '2022-07-01'],
      // The first holder's own title wrong for the day: the second is still read only through the first's body.
      ['Mark Rutte is the Prime Minister of the Netherlands and Dick Schoof is the Secretary General.', '2024-06-01'],
    ] as const) {
      expect(
        saidRed(text, asOf).filter((s) => !/Mark Rutte is the Prime Minister/.test(s)),
        text,
      ).toEqual([]);
    }
  });
});

describe('an EU cut-off from SWIFT told as immediate', () => {
  it('flags "effective immediately" and its kin between adoption and the day it took effect', () => {
    for (const [text, asOf] of [
      // held-out 38 rv003 (AFP, 2 March 2022; the third package's cut-off applied from 12 March)
      [
        'The seven banks cut out from the secure interbank messaging network that permits transactions are Russia’s second-biggest lender VTB Bank as well as Bank Otkritie, Novikombank, Promsvyazbank, Rossiya Bank, Sovcombank and VEB (Vnesheconombank), effective immediately, according to an official EU publication.',
        '2022-03-02',
      ],
      // Variants: other banks of the same package, other words, other days before 12 March.
      [
        'The EU has removed VTB Bank, Bank Otkritie, Novikombank, Promsvyazbank, Bank Rossiya, Sovcombank and VEB from SWIFT with immediate effect.',
        '2022-03-03',
      ],
      ['Seven Russian banks, including VTB and Sovcombank, were disconnected from the SWIFT system, effective immediately.', '2022-03-04'],
      ['The European Union cut VTB and Sovcombank off from SWIFT, a measure taking effect immediately.', '2022-03-02'],
      // The sixth package (adopted 3 June 2022; its cut-offs applied from 14 June).
      ['Sberbank was removed from SWIFT, effective immediately.', '2022-06-05'],
      ['The EU cut Sberbank, Credit Bank of Moscow and Rosselkhozbank from SWIFT with immediate effect.', '2022-06-04'],
    ] as const) {
      expect(saidRed(text, asOf), text).toContainEqual(expect.stringMatching(/^contradicted: .*(?:immediate|SWIFT)/));
    }
  });

  it('stays quiet when the day is told, denied, past, or another measure may be the immediate one', () => {
    for (const [text, asOf] of [
      ['The EU cut VTB and Sovcombank from SWIFT; the ban takes effect on March 12.', '2022-03-02'],
      ['VTB and Sovcombank will not be cut from SWIFT effective immediately but in ten days.', '2022-03-02'],
      ['The EU cut VTB and Sovcombank from SWIFT and froze central bank reserves, effective immediately.', '2022-03-02'],
      ['Effective immediately, the EU banned Russian state media; it also cut VTB from SWIFT.', '2022-03-02'],
      // Written once the cut-off applied.
      ['The EU removed VTB and Sovcombank from SWIFT, effective immediately.', '2022-03-14'],
      ['Sberbank was removed from SWIFT, effective immediately.', '2022-06-15'],
      ['Sberbank will be cut from SWIFT on June 14.', '2022-06-06'],
    ] as const) {
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
});

describe('a member given another year in a bracketed list of accession years', () => {
  it('flags the one pair off when the others fit and NATO is named', () => {
    for (const [text, asOf, quote] of [
      // held-out 31 qb003 (Estonia's foreign ministry, March 2024: Greece and Türkiye joined in 1952)
      [
        'Timeline of NATO enlargement. Greece and Türkiye (1955), Germany (1955), Spain (1982), Czechia, Hungary and Poland (1999).',
        '2024-03-29',
        'Türkiye (1955)',
      ],
      // Variants: another round's year, a year with no accession, another place in the list, another page day.
      ['NATO enlargement: Montenegro (2020), North Macedonia (2020), Finland (2023), Albania (2009).', '2023-06-30', 'Montenegro (2020)'],
      ['The alliance grew: Spain (1982), Poland (1999), Croatia (2004), Finland (2023).', '2024-05-01', 'Croatia (2004)'],
      [
        'NATO’s members since the Cold War include Poland (1999), Romania (2004), Albania (2009), Sweden (2023).',
        '2025-02-01',
        'Sweden (2023)',
      ],
      // West Germany's record disputes the day in May 1955, not the year.
      ['Timeline of NATO enlargement. Greece and Turkey (1952), Germany (1954), Spain (1982).', '2024-03-29', 'Germany (1954)'],
      // The same list as items set off by semicolons (held-out 37 rh005's form, a letter of March 2025, there all true).
      [
        'NATO was founded by twelve nations. The other nations added: Greece and Turkey, 1952; Germany, 1954; Spain, 1982; Czechia, Hungary and Poland, 1999; Albania and Croatia, 2009.',
        '2025-03-01',
        'Germany, 1954',
      ],
      [
        'NATO grew: Greece and Turkey, 1952; Germany, 1955; Poland and Slovakia, 2004; Albania and Croatia, 2009.',
        '2025-03-01',
        'Poland and Slovakia, 2004',
      ],
    ] as const) {
      expect(saidRed(text, asOf), text).toContainEqual(`contradicted: ${quote}`);
    }
  });

  it('stays quiet when the list fits, is short, has two misfits, names another club, or tells of a year to come', () => {
    for (const [text, asOf] of [
      ['NATO enlargement: Greece and Türkiye (1952), Germany (1955), Spain (1982).', '2024-03-29'],
      ['NATO enlargement: Montenegro (2020), Finland (2023).', '2023-06-30'],
      ['NATO enlargement: Montenegro (2020), Albania (2004), Finland (2023), Spain (1982).', '2023-06-30'],
      // The five of 2004 joined the EU the same day: no year NATO's alone among those that fit.
      ['NATO enlargement: Estonia (2004), Latvia (2004), Poland (2004).', '2023-06-30'],
      ['EU and NATO: Spain (1982), Germany (1955), Poland (2004).', '2023-06-30'],
      // Sweden joined on 7 March 2024: on a page of 2023 the year is a forecast.
      ['NATO: Spain (1982), Germany (1955), Finland (2023), Sweden (2025).', '2023-06-30'],
      // No NATO near: another club's list may be meant.
      ['Spain (1986), Portugal (1986), Greece (1981), Poland (2004).', '2023-06-30'],
      ['The EU grew: Greece, 1981; Spain, 1986; Poland, 2004; Croatia, 2013.', '2023-06-30'],
      // The semicolon items all true, or two off.
      ['NATO grew: Greece and Turkey, 1952; Germany, 1955; Spain, 1982; Albania and Croatia, 2009.', '2025-03-01'],
      ['NATO grew: Greece and Turkey, 1952; Germany, 1954; Spain, 1981; Albania and Croatia, 2009.', '2025-03-01'],
    ] as const) {
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
});
