// Round 42, confirmations: true claims of held-out 40 left unconfirmed, by their form: a tenure's start told as "taking
// charge" or "taking over" with no office named, NATO's size told by the envoys, parliaments or leaders of its members, and an
// Article 4 request told as the page's news with no day.
// Each form with other real wordings of it, and the look-alikes that must stay unconfirmed (and unflagged).
import { describe, expect, it } from 'vitest';
import { analyze, saidRed } from './helpers';

const confirmedWith = (text: string, asOf: string, words: RegExp, kind: string) =>
  analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === kind && words.test(a.message));

const confirms = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp, kind: string) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words, kind), text).not.toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};
const notConfirmed = (cases: ReadonlyArray<readonly [string, string]>, words: RegExp, kind: string) => {
  for (const [text, asOf] of cases) {
    expect(confirmedWith(text, asOf, words, kind), text).toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};

const SG = 'NATO Secretary General Jens Stoltenberg spoke on Monday. ';
const TOOK_OFFICE_2014 = /took office as Secretary General of NATO on October 1, 2014/;

describe('a start of tenure told as taking charge or taking over (tenure-events.ts)', () => {
  it('confirms "since taking charge in 2014" and its other wordings', () => {
    confirms(
      [
        // thecheapinvestor.com (Reuters), 3 July 2023, held-out 40 ss017
        [
          'NATO members are expected to agree on Tuesday to extend the term of Secretary General Jens Stoltenberg for a further year, according to four diplomats. Stoltenberg has guided the North Atlantic Treaty Organization through a series of crises since taking charge in 2014, most recently rallying NATO members in support of Ukraine.',
          '2023-07-03',
        ],
        [`${SG}Stoltenberg, 64, has led the alliance since taking charge in 2014.`, '2023-07-03'],
        [`${SG}Since taking charge in 2014, Stoltenberg has overseen a military buildup on the eastern flank.`, '2023-07-03'],
        [`${SG}Since taking over in 2014, Stoltenberg has overseen a military buildup on the eastern flank.`, '2023-07-03'],
        [`${SG}Stoltenberg took charge in 2014.`, '2023-07-03'],
        [`${SG}Stoltenberg took charge of the alliance in 2014 after two terms as Norway's prime minister.`, '2024-06-20'],
        [`${SG}Stoltenberg took charge of NATO in October 2014.`, '2024-06-20'],
        [`${SG}Since taking charge of the alliance in 2014, he has overseen a military buildup.`, '2023-07-03'],
      ],
      TOOK_OFFICE_2014,
      'tenure',
    );
    confirms(
      [['Dutch Prime Minister Mark Rutte, who took charge in October 2010, spoke on Monday.', '2010-11-03']],
      /took office as Prime Minister of the Netherlands on October 14, 2010/,
      'tenure',
    );
  });
  it('says nothing of another year, nor of charge of something that is no office', () => {
    notConfirmed(
      [
        [`${SG}Stoltenberg has led the alliance since taking charge in 2015.`, '2023-07-03'],
        [`${SG}Stoltenberg took charge of NATO in 2012.`, '2023-07-03'],
        [`${SG}Stoltenberg took charge in 2013.`, '2023-07-03'],
        [`${SG}Stoltenberg took charge of the climate talks in 2014.`, '2023-07-03'],
      ],
      /took office/,
      'tenure',
    );
    notConfirmed(
      [
        ['Mark Rutte took charge of the coalition talks in 2010.', '2010-11-03'],
        ['Mark Rutte, who took charge of the VVD in 2006, spoke on Monday.', '2010-11-03'],
      ],
      /took office/,
      'tenure',
    );
  });
});

const COUNT = /NATO had \d+ members/;

describe('NATO’s size told by its members’ ambassadors (member-count-forms.ts)', () => {
  it('confirms the envoys who sign an accession protocol', () => {
    confirms(
      [
        // ocnal.com, 2 February 2019, held-out 40 su001
        [
          'The signing ceremony will take place at the NATO headquarters in Brussels, in the presence of Foreign Minister Nikola Dimitrov. 29 ambassadors of the member states will sign the protocol, after which Macedonia will be able to participate in all "key formats" of the North Atlantic Council.',
          '2019-02-02',
        ],
        // economywatch.gr, 4 February 2019
        [
          'In a statement, the government said that the ambassadors of the 29 NATO member-states will sign the protocol for the accession of FYROM to NATO under its new constitutional name.',
          '2019-02-04',
        ],
        // skopjediem.com, 6 February 2019
        [
          'The Macedonian Ministry of Foreign Affairs informs that the representatives of the 29 member-states of NATO and the Macedonian Foreign Minister Nikola Dimitrov will sign the Protocol.',
          '2019-02-06',
        ],
        ['At NATO headquarters, the ambassadors of 30 member states signed the accession protocols of Finland and Sweden.', '2022-07-05'],
      ],
      COUNT,
      'membership',
    );
  });
  it('says nothing of a count not NATO’s then, nor of the EU’s', () => {
    notConfirmed(
      [
        ['At NATO headquarters, 30 ambassadors of the member states will sign the protocol.', '2019-02-02'],
        ['NATO leaders met in Brussels. 28 ambassadors of the member states of the European Union agreed on sanctions.', '2014-03-20'],
        ['NATO said it was watching. The 28 ambassadors of the member states of the EU agreed on sanctions.', '2014-03-20'],
        ['The 27 ambassadors of the member states approved the 14th package of sanctions on Wednesday.', '2024-06-20'],
      ],
      COUNT,
      'membership',
    );
  });
});

describe('NATO’s size told by the parliaments that ratify an accession (member-count-forms.ts)', () => {
  it('confirms the count at the time the passage tells of, else on the page’s day', () => {
    confirms(
      [
        // newscutters.com, 29 June 2022, held-out 40 sx004
        [
          'NATO Secretary General Jens Stoltenberg said that we will formally invite Finland and Sweden to join the alliance after reaching an agreement with Turkey. It must be ratified by 30 parliaments.',
          '2022-06-29',
        ],
        // babel.ua, 29 June 2022
        [
          'NATO countries have officially invited Sweden and Finland to join the alliance. The invitation requires a ratification process in 30 parliaments: it always takes some time.',
          '2022-06-29',
        ],
        // nato.int's wording on the day of Montenegro's accession, 5 June 2017 (it joined as the 29th: 28 ratified); "all N
        // national parliaments" is accession-steps.ts's reading, kept here with its wrong look-alike below
        [
          "NATO Allies signed Montenegro's Accession Protocol in May 2016, after which all 28 national parliaments voted to ratify Montenegro's membership.",
          '2017-06-05',
        ],
        // germandailynewsus.com, 5 June 2023, held-out 40 su010 (the passage tells of 2016-17)
        [
          'Montenegro has officially become the 29th member of the North Atlantic Alliance on this day before the day. The MPs of the Parliament of Montenegro voted a decision on joining NATO on April 28, 2017. The signing of the Accession Protocol was followed by NATO members, which was then forwarded to ratification to parliaments of all 28 alliance countries. The ratification process lasted a year.',
          '2023-06-05',
        ],
        // tellerreport.com, 4 May 2022
        [
          'When the formal invitation is ready, NATO membership must also be approved by the parliaments of all 30 NATO countries, as well as in Sweden and Finland.',
          '2022-05-04',
        ],
      ],
      COUNT,
      'membership',
    );
  });
  it('says nothing of a part, of the count after the accession told, nor of the EU’s parliaments', () => {
    notConfirmed(
      [
        ['NATO invited Finland and Sweden. It must be ratified by 31 parliaments.', '2022-06-29'],
        ["NATO's Stoltenberg said the bid has so far been ratified by 28 parliaments, all but Turkey and Hungary.", '2023-02-14'],
        // on the day Montenegro joined as the 29th: its protocol was ratified by the 28 before it
        [
          "NATO Allies signed Montenegro's Accession Protocol in May 2016, after which all 29 national parliaments voted to ratify Montenegro's membership.",
          '2017-06-05',
        ],
        ['NATO allies met on Monday. The trade deal must be ratified by 27 national parliaments in the EU.', '2024-12-01'],
        ['The Lisbon Treaty had to be ratified by 27 parliaments. NATO was not involved.', '2009-12-01'],
      ],
      COUNT,
      'membership',
    );
  });
});

describe('NATO’s size told by the leaders at a summit session (member-count-forms.ts)', () => {
  it('confirms "the 32 world leaders" and "one meeting with 32 leaders"', () => {
    confirms(
      [
        // dutchnews.nl, 24 June 2025, held-out 40 ss027
        [
          'The Nato summit in The Hague officially opens on Tuesday. On Wednesday morning, the 32 world leaders will meet for two and a half hours as the North Atlantic council.',
          '2025-06-24',
        ],
        // Interfax-Ukraine, 23 June 2025, held-out 40 rs029
        ['NATO Secretary General Mark Rutte said the summit would be short, with one meeting with 32 leaders.', '2025-06-23'],
        ['At the NATO summit in Vilnius, a working session of all 31 leaders was followed by a dinner.', '2023-07-11'],
      ],
      COUNT,
      'membership',
    );
  });
  it('says nothing of a count not NATO’s, nor of another body’s world leaders', () => {
    notConfirmed(
      [
        ['The Nato summit opens. The 20 world leaders will meet at the G20 in Johannesburg.', '2025-06-24'],
        ['NATO allies met in Washington. There was a dinner with 40 leaders, including partners.', '2024-07-10'],
        ['NATO Secretary General Mark Rutte said there would be one meeting with 31 leaders.', '2025-06-23'],
        ['NATO said Ukraine’s president joined a meeting with 33 leaders at the Washington summit.', '2024-07-10'],
      ],
      COUNT,
      'membership',
    );
  });
});

describe('an Article 4 request told as the page’s news, with no day (treaty-articles.ts)', () => {
  const FOUR = /Article 4 consultations at the request of/;
  it('confirms the ally’s request of the week to the page’s day', () => {
    confirms(
      [
        // held-out 40 su022 and su023, 10 September 2025
        ['Poland has formally invoked NATO’s Article 4 after Russian drones entered its airspace overnight.', '2025-09-10'],
        ["Poland has activated Nato's Article 4, which allows any member to request consultations.", '2025-09-10'],
        ["Prime Minister Donald Tusk said Poland has requested consultations under NATO's Article 4.", '2025-09-11'],
        ['Estonia has requested NATO consultations under Article 4 after Russian jets violated its airspace.', '2025-09-19'],
      ],
      FOUR,
      'event',
    );
  });
  it('says nothing of another ally, another time, a denial or a supposition', () => {
    notConfirmed(
      [
        ["Lithuania has invoked NATO's Article 4 after the drone incursion.", '2025-09-10'],
        ["Poland has invoked NATO's Article 4 after a missile strayed into its airspace.", '2024-05-01'],
        ['Poland has never invoked Article 4 alone.', '2025-09-10'],
        ["Poland has not invoked NATO's Article 4 after the missile fell in Przewodów.", '2022-11-16'],
        ["Poland may invoke NATO's Article 4 after the missile fell in Przewodów.", '2022-11-16'],
      ],
      FOUR,
      'event',
    );
  });
});

describe('a leader’s spending demand on record over the target’s context (figure-forms.ts)', () => {
  const DEMAND = /demanded on January 7, 2025/;
  it('confirms the demand told with "commit", as the demand', () => {
    confirms(
      [
        // The Times, 10 January 2025, held-out 40 st025
        [
          'The foreign secretary threw his weight behind demands by Donald Trump. Mr Trump demanded earlier this week that Nato allies commit 5 per cent of GDP to defence spending.',
          '2025-01-10',
        ],
        ['Donald Trump said on Tuesday that Nato allies should commit 5 per cent of GDP to defence.', '2025-01-10'],
        ['Mr Trump demanded earlier this week that Nato allies spend 5 per cent of GDP on defence.', '2025-01-10'],
      ],
      DEMAND,
      'figure',
    );
  });
  it('says nothing of another figure, another year, nor of the allies’ own plan', () => {
    notConfirmed(
      [
        ['Donald Trump demanded on Tuesday that Nato allies commit 4 per cent of GDP to defence spending.', '2025-01-10'],
        ['Donald Trump demanded in 2018 that Nato allies commit 5 per cent of GDP to defence.', '2025-03-10'],
        ['Rutte said Nato allies would commit 5 per cent of GDP to defence.', '2025-01-10'],
      ],
      DEMAND,
      'figure',
    );
  });
});
