// Round 43, figures: true counts, founding facts and accession tables of held-out 41 left unconfirmed, by their form: NATO's
// size as a fact sheet's "Total" label, as what the alliance "brings together", in brackets after the alliance, and as a
// "32-member security bloc"; the founders as the treaty's "original signatories" or "original Founding Fathers", and as the
// countries that "gathered in Washington to sign the North Atlantic Treaty" ("a dozen"); the founding day as a sheet's label;
// the members in a table with the year or day each joined. Each form with a wrong figure of the same form (flagged where the
// form can only mean NATO's) and the look-alikes that must stay unconfirmed and unflagged.
import { describe, expect, it } from 'vitest';
import { analyze, saidRed } from './helpers';

const confirmedWith = (text: string, asOf: string, words: RegExp, kind: string) =>
  analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === kind && words.test(a.message));
const flaggedWith = (text: string, asOf: string, verdict: string, quote: RegExp, kind: string) =>
  analyze(text, asOf).filter((a) => a.verdict === verdict && a.kind === kind && quote.test(a.quote));

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

const NATO_HAD = /^NATO had \d+ members on/;
const FOUNDERS = /12 founding members/;

describe("NATO's size in a fact sheet's total, in what it brings together, in brackets, as a security bloc (member-count-forms.ts, membership.ts)", () => {
  // A fact sheet under the Madrid summit's news, 1 July 2022 (held-out 41 ti008).
  const SHEET = (n: number) =>
    `  • During the Summit, NATO’s closest partners Finland and Sweden were invited to join the Alliance.\n\nNorth Atlantic Treaty Organization (NATO)\n\n  • Founding year – 4 April 1949\n  • Headquarter – Brussels, Belgium\n  • Total Member Countries – ${n}`;
  // AFP factbox (channelnewsasia.com/world/nato-cold-war-ukraine-finland-europe-russia-3395231), held-out 41 ti001.
  const AFP = (n: number) =>
    `PARIS: North Atlantic Treaty Organisation (NATO) is the world's biggest military alliance, bringing together ${n} European and North American countries who commit to defending each other in the event of an attack.`;
  // An April 2017 report on Montenegro's ratification, the opening of an older Wikipedia article (held-out 41 ti009).
  const BRACKETS = (n: number) =>
    `The North Atlantic Treaty Organization is an intergovernmental military alliance (${n} members) based on the North Atlantic Treaty which was signed on 4 April 1949.`;
  // A report of Rutte's "daddy" remark, 25 June 2025 (held-out 41 tn008).
  const BLOC = (n: number) =>
    `During a highly unconventional moment during a press conference in The Hague, NATO Secretary General Mark Rutte referred to US President Donald Trump as 'daddy,' triggering a mix of amusement and criticism as the alliance prepares for a pivotal two-day summit. The gathering of the ${n}-member security bloc comes at a time of renewed focus on defence spending and rising geopolitical tensions.`;

  it('confirms each form with the count of the day', () => {
    confirms(
      [
        [SHEET(30), '2022-07-01'],
        ['About NATO\n- Headquarters: Brussels\n- Total members: 32', '2024-07-01'],
        ['NATO at a glance\n• Number of member states - 31\n• Secretary General: Jens Stoltenberg', '2023-09-01'],
        [AFP(30), '2022-10-04'],
        ['NATO is a military alliance uniting 32 countries.', '2024-07-07'],
        ["NATO is the world's most powerful military alliance, grouping 29 countries.", '2019-12-03'],
        ['NATO, the transatlantic alliance that brings together 32 nations, meets in Washington next week.', '2024-07-01'],
        [BRACKETS(28), '2017-04-13'],
        ['NATO, a military alliance (32 member states), meets in The Hague in June.', '2025-05-01'],
        [BLOC(32), '2025-06-25'],
        ['Leaders of the 31-member transatlantic bloc gathered in Vilnius for the NATO summit.', '2023-07-11'],
      ],
      NATO_HAD,
      'membership',
    );
  });

  it('flags a count NATO had once, told in a form that can only mean all of it', () => {
    expect(flaggedWith(SHEET(29), '2022-07-01', 'outdated', /Total Member Countries – 29/, 'membership')).not.toEqual([]);
    expect(flaggedWith(AFP(29), '2022-10-04', 'outdated', /bringing together 29/, 'membership')).not.toEqual([]);
    // The same sentence without the treaty's day (which makes the passage tell of 1949, and the count no red flag).
    const undated =
      'The North Atlantic Treaty Organization is an intergovernmental military alliance (28 members) based on the North Atlantic Treaty.';
    expect(flaggedWith(undated, '2022-04-13', 'outdated', /\(28 members\)/, 'membership')).not.toEqual([]);
    expect(saidRed(BRACKETS(28), '2022-04-13')).toEqual([]);
    expect(flaggedWith(BLOC(30), '2025-06-25', 'outdated', /30-member security bloc/, 'membership')).not.toEqual([]);
  });

  it('says nothing of another body, a summit or the day an accession falls on', () => {
    notConfirmed(
      [
        // The page's own day is Finland's accession (4 April 2023): written before it, 30 was right that morning.
        [`${AFP(30)} After Finland joins on Tuesday (Apr 4), it will have 31 members.`, '2023-04-04'],
        ['Council of Europe\n  • Founded: 5 May 1949\n  • Headquarters: Strasbourg\n  • Total Member Countries – 46', '2022-07-01'],
        ['European Union\n- Headquarters: Brussels\n- Total members: 27', '2024-07-01'],
        ['NATO Parliamentary Assembly\n- Number of member states: 31', '2024-07-01'],
        ['The summit, bringing together 40 countries and partners, opened in Washington on Tuesday with NATO leaders.', '2024-07-04'],
        ['The Ukraine Defense Contact Group is a coalition, bringing together 50 countries, that NATO allies also attend.', '2024-07-04'],
        [
          'The European Union is a political and economic union (27 members) of countries in Europe, while NATO is a military alliance.',
          '2023-03-01',
        ],
        [
          'Leaders of the Shanghai Cooperation Organisation met in Astana. The summit of the 10-member security bloc was dominated by China and Russia.',
          '2024-07-04',
        ],
        [
          'EU leaders met in Brussels. The gathering of the 27-member bloc comes at a time of renewed focus on defence spending.',
          '2025-06-25',
        ],
      ],
      NATO_HAD,
      'membership',
    );
  });
});

describe("the founders as the treaty's original signatories, and as the countries gathered to sign it (member-count-forms.ts, membership-founders.ts)", () => {
  // AFP factbox, 4 April 2023 (held-out 41 ti001).
  const SIGNATORIES = (list: string) =>
    `The North Atlantic Treaty Organization is founded on Apr 4, 1949, by 12 countries alarmed by the Soviet Union's drive to install communist regimes across Eastern Europe.\n\nThe original signatories of the founding Washington Treaty are ${list}.`;
  const TWELVE =
    'Belgium, Britain, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal and the United States';
  // A guide to NATO's members, 15 January 2026 (held-out 41 ti014).
  const DOZEN =
    'It started with 12. Back in 1949, when the world was still dusting itself off after World War II, a dozen nations gathered in Washington D.C. to sign the North Atlantic Treaty. The goal was simple: stop the Soviet Union from rolling across Europe. Those original "Founding Fathers" included the US, Canada, the UK, France, Italy, Portugal, Norway, Denmark, Iceland, Belgium, the Netherlands, and Luxembourg.';
  // A report on Greenland and Article 5, 11 January 2026 (held-out 41 ti018).
  const CAME_TOGETHER =
    'Article 5 was drafted on 1949 amid rising Cold War tensions. Twelve North American and European countries agreed that mutual assistance was essential to deter external threats and preserve peace as they came together in Washington DC to sign the North Atlantic Treaty.';

  it('confirms the founders named or counted in these forms', () => {
    confirms(
      [
        [SIGNATORIES(TWELVE), '2023-04-04'],
        [
          'NATO was founded in 1949. The original signatories of the North Atlantic Treaty were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.',
          '2024-04-04',
        ],
        [DOZEN, '2026-01-15'],
        [
          'NATO was born in 1949. The original founders were the US, Canada, the UK, France, Italy, Portugal, Norway, Denmark, Iceland, Belgium, the Netherlands, and Luxembourg.',
          '2026-01-15',
        ],
      ],
      /founding members \(1949\)/,
      'membership',
    );
    confirms(
      [
        [DOZEN, '2026-01-15'],
        [CAME_TOGETHER, '2026-01-11'],
        ['Seventy-five years ago, 12 countries gathered in Washington to sign the North Atlantic Treaty.', '2024-04-04'],
        ['In 1949, foreign ministers from 12 countries met in Washington to sign the North Atlantic Treaty.', '2024-04-04'],
        ['In 1949, 12 nations gathered in Washington to sign the North Atlantic Treaty, and 32 nations now belong to NATO.', '2024-04-04'],
      ],
      FOUNDERS,
      'membership',
    );
  });

  it('flags a later member among the signatories, and a wrong count of the signers', () => {
    expect(
      flaggedWith(
        SIGNATORIES(TWELVE.replace('Iceland', 'Greece')).replace('founding Washington', 'North Atlantic'),
        '2023-04-04',
        'contradicted',
        /original signatories/,
        'membership',
      ),
    ).not.toEqual([]);
    expect(
      flaggedWith(
        'In 1949, fourteen countries gathered in Washington to sign the North Atlantic Treaty.',
        '2024-04-04',
        'contradicted',
        /fourteen countries gathered/,
        'membership',
      ),
    ).not.toEqual([]);
  });

  it('leaves other treaties, other gatherings, bounds and loose lists alone', () => {
    notConfirmed(
      [
        [
          'The original signatories of the Treaty of Rome were Belgium, France, Germany, Italy, Luxembourg and the Netherlands. NATO was founded in 1949.',
          '2019-05-01',
        ],
        [
          'The original signatories of the Brussels Treaty were Belgium, France, Luxembourg, the Netherlands and the United Kingdom, a year before NATO.',
          '2019-05-01',
        ],
        [
          'Foreign ministers from 32 countries gathered in Washington to mark the 75th anniversary of the signing of the North Atlantic Treaty.',
          '2024-04-04',
        ],
        ['More than a dozen nations gathered in Washington in 1949 to sign the North Atlantic Treaty.', '2026-01-11'],
        [
          'Fourteen countries agreed on the need for defence as they came together in Washington to sign the North Atlantic Treaty.',
          '2026-01-11',
        ],
      ],
      /founding members/,
      'membership',
    );
    // A wrong founder in a list whose cue names no NATO nor twelve: not confirmed, never red.
    const loose = 'NATO was born in 1949. Those original founders included the US, Canada, the UK, France, Turkey and Luxembourg.';
    expect(confirmedWith(loose, '2026-01-15', /founding members \(1949\)/, 'membership')).toEqual([]);
    expect(saidRed(loose, '2026-01-15')).toEqual([]);
  });
});

describe("the founding day as a fact sheet's label (figure-forms.ts foundingTold)", () => {
  it('confirms "Founding year – 4 April 1949" and "Founded: 4 April 1949"', () => {
    confirms(
      [
        [
          'North Atlantic Treaty Organization (NATO)\n\n  • Founding year – 4 April 1949\n  • Headquarter – Brussels, Belgium',
          '2022-07-01',
        ],
        ['NATO\n  • Founded: 4 April 1949\n  • Headquarters: Brussels, Belgium', '2022-07-01'],
        ['NATO fact file\nEstablished: April 4, 1949\nHeadquarters: Brussels', '2024-07-01'],
      ],
      /signed in Washington on April 4, 1949/,
      'figure',
    );
  });
  it('reads April shortened as AFP writes it, and the signatories of "the founding Washington Treaty", in the quotes alone', () => {
    // The quotes of held-out 41 ti001 (AFP, 4 April 2023), checked alone.
    confirms([['founded on Apr 4, 1949, by 12 countries', '2023-04-04']], /signed in Washington on April 4, 1949/, 'figure');
    confirms(
      [
        [
          'The original signatories of the founding Washington Treaty are Belgium, Britain, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal and the United States',
          '2023-04-04',
        ],
      ],
      /founding members \(1949\)/,
      'membership',
    );
    notConfirmed([['The treaty was signed on Apr 14, 1949.', '2023-04-04']], /April 4, 1949/, 'figure');
    // The naval treaty of 1922 ("the Washington Naval Treaty"), and a "Washington Treaty" of no founding.
    notConfirmed(
      [
        [
          'The original signatories of the Washington Naval Treaty were the United States, the United Kingdom, Japan, France and Italy.',
          '2022-02-06',
        ],
        [
          'The original signatories of the Washington Treaty were the United States, the United Kingdom, Japan, France and Italy, in 1922.',
          '2022-02-06',
        ],
      ],
      /founding members/,
      'membership',
    );
  });
  it("leaves another body's founding and another day alone", () => {
    notConfirmed(
      [
        ['Council of Europe\n  • Founded: 5 May 1949\n  • Headquarters: Strasbourg', '2022-07-01'],
        ['NATO\n  • Founded: 4 April 1950\n  • Headquarters: Brussels, Belgium', '2022-07-01'],
        ['NATO Defence College\n  • Founded: 19 November 1951\n  • Seat: Rome', '2022-07-01'],
      ],
      /April 4, 1949/,
      'figure',
    );
  });
});

describe('members in a table with the year or day each joined (accession-table.ts, accession.ts yearListClaims)', () => {
  // A guide to NATO's members, 1 April 2024 (held-out 41 ti015).
  const TABLE = `The Complete NATO Members List (With Key Details)
Country | Joined NATO | Special Notes |
---|---|---|
United States | Founder (1949) | Largest defense spender - covers 70% of alliance budget |
United Kingdom | Founder (1949) | Hosts nuclear deterrent submarines |
Canada | Founder (1949) | Leads NATO battlegroup in Latvia |
France | Founder (1949) | Withdrew military command 1966-2009 |
Germany | 1955 | Joined as West Germany; reunified 1990 |
Turkey | 1952 | Hosts critical Incirlik Air Base |
Poland | 1999 | Spending over 4% GDP on defense (2024) |
Romania | 2004 | Hosts Aegis Ashore missile defense |
Finland | April 4, 2023 | Ended 75+ years of military neutrality |
Sweden | March 7, 2024 | Final holdout was Hungary's ratification |`;

  it('confirms each row, a year or a day', () => {
    for (const row of [
      /^Turkey \| 1952$/,
      /^Finland \| April 4, 2023$/,
      /^Sweden \| March 7, 2024$/,
      /^United States \| Founder \(1949\)$/,
      /^Poland \| 1999$/,
    ]) {
      expect(flaggedWith(TABLE, '2024-04-01', 'supported', row, 'membership'), String(row)).not.toEqual([]);
    }
    expect(saidRed(TABLE, '2024-04-01')).toEqual([]);
    // A markdown table with bars at both ends.
    const md =
      'NATO enlargement since 1949:\n\n| Country | Year of accession |\n|---|---|\n| Greece | 1952 |\n| Spain | 1982 |\n| Albania | 2009 |\n| Montenegro | 2017 |';
    expect(flaggedWith(md, '2024-04-01', 'supported', /^Spain \| 1982$/, 'membership')).not.toEqual([]);
    expect(saidRed(md, '2024-04-01')).toEqual([]);
  });

  it("flags a row's wrong year in a table headed as the joining's, and leaves a day off in the right year alone", () => {
    const wrong = TABLE.replace('Turkey | 1952', 'Turkey | 1962').replace('April 4, 2023', 'April 6, 2023');
    expect(flaggedWith(wrong, '2024-04-01', 'contradicted', /^Turkey \| 1962$/, 'membership')).not.toEqual([]);
    expect(saidRed(wrong, '2024-04-01')).toEqual(['contradicted: Turkey | 1962']);
    expect(flaggedWith(wrong, '2024-04-01', 'supported', /^Finland/, 'membership')).toEqual([]);
  });

  it("says nothing of a table of other dates: applications, the EU's accessions, summits, one with no joining header", () => {
    for (const [text, asOf] of [
      [
        'NATO enlargement at a glance:\nCountry | Applied |\nFinland | May 18, 2022 |\nSweden | May 18, 2022 |\nUkraine | September 30, 2022 |',
        '2024-03-01',
      ],
      [
        'EU members and when they joined, beside NATO membership\nCountry | Joined EU |\n---|---|\nFinland | 1995 |\nSweden | 1995 |\nPoland | 2004 |\nRomania | 2007 |\nCroatia | 2013 |',
        '2024-04-01',
      ],
      [
        'NATO summits table\nCountry | City | Year |\nPoland | Warsaw | 2016 |\nLithuania | Vilnius | 2023 |\nSpain | Madrid | 2022 |',
        '2024-04-01',
      ],
    ] as const) {
      expect(saidRed(text, asOf), text).toEqual([]);
      expect(
        analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.kind === 'membership' && /\|/.test(a.quote)),
        text,
      ).toEqual([]);
    }
    // No header of joining: the rows that fit are confirmed, the one that does not is not flagged.
    const noHeader =
      'NATO members\nCountry | Notes |\n---|---|\nUnited States | Founder (1949) |\nGermany | 1955 |\nTurkey | 1962 |\nPoland | 1999 |\nRomania | 2004 |';
    expect(saidRed(noHeader, '2024-04-01')).toEqual([]);
    expect(flaggedWith(noHeader, '2024-04-01', 'supported', /^Poland \| 1999$/, 'membership')).not.toEqual([]);
  });
});

describe("an ally heading for The Hague's 5% told in the pledge's words (figure.ts)", () => {
  // Latvia's foreign ministry, 20 November 2025 (held-out 41 tg027).
  const LATVIA =
    'On 20 November 2025, Minister of Foreign Affairs Baiba Braže had a discussion with NATO Secretary General Mark Rutte. Marc Rutte thanked Latvia for its firm stance and leadership in moving towards 5% of GDP investment in defence.';
  it('confirms the target in force', () => {
    confirms(
      [
        [LATVIA, '2025-11-20'],
        ['Latvia is on its way to 5% of GDP defence investment.', '2025-11-20'],
        ['Rutte praised Estonia for moving towards 5% of GDP investment in defence.', '2026-01-15'],
      ],
      /^5% of GDP is NATO's target on/,
      'figure',
    );
  });
  it("leaves an ally's own budget, another figure and the time before The Hague alone", () => {
    notConfirmed(
      [
        ['Latvia will spend 5% of GDP on defence in 2026.', '2025-11-20'],
        ['Poland is moving towards 4.8% of GDP investment in defence.', '2025-11-20'],
        ['Latvia is moving towards 5% of GDP investment in defence.', '2024-11-20'],
      ],
      /NATO's target/,
      'figure',
    );
  });
});
