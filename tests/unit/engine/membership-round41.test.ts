// Round 41, membership and accessions (sentences of our own unless an entry id is given): a member called NATO's newest
// (youngest, latest addition, newest arrival) when a later one had joined, also as a heading or an opening subject whose
// country the passage names; an accession told in the present ("becomes the 32nd member", "joins NATO as its 32nd member")
// on a page dated before it; two members given one accession time through "both countries" told without "join" ("solidifying
// their places within the alliance") and across two sentences.
import { describe, expect, it } from 'vitest';
import { expectNoRed, said, saidConfirmed, saidRed } from './helpers';

describe('a member called the newest when a later one had joined', () => {
  it('flags a heading of a page on that member (held-out 39 si001)', () => {
    // held-out 39 si001 (22 May 2025; Finland joined on 4 April 2023, Sweden on 7 March 2024)
    expect(
      saidRed(
        'Helsinki — Finland is ramping up its defensive posture amid growing concerns over Russia’s military expansion near their shared border.\n\nNATO’s Newest Member Faces New Strategic Reality\n\nMajor General Sami Nurmi, head of strategy for the Finnish Defence Forces, confirmed that the country is closely monitoring Moscow’s recent activities.',
        '2025-05-22',
      ),
    ).toEqual(['outdated: NATO’s Newest Member']);
    expect(
      saidRed(
        'Finland opened a new brigade headquarters in Lapland.\n\nThe Alliance’s Newest Member Builds Its Border Fence\n\nWork began in June.',
        '2024-08-01',
      ),
    ).toEqual(['outdated: The Alliance’s Newest Member']);
    expect(
      saidRed(
        'Montenegro held its first drills with allied troops this week. NATO’s newest member is buying new patrol boats.',
        '2021-05-10',
      ),
    ).toEqual(['outdated: NATO’s newest member']);
  });

  it('flags youngest, newest addition and latest addition in apposition', () => {
    expect(saidRed('Finland, NATO’s youngest member, shares a long border with Russia.', '2025-05-22')).toEqual([
      'outdated: Finland, NATO’s youngest member',
    ]);
    expect(saidRed('Finland, the newest addition to NATO, shares a long border with Russia.', '2024-11-02')).toEqual([
      'outdated: Finland, the newest addition to NATO',
    ]);
    expect(saidRed('North Macedonia, the alliance’s latest addition, hosted the exercise.', '2023-09-01')).toEqual([
      'outdated: North Macedonia, the alliance’s latest addition',
    ]);
  });

  it('confirms the newest on the day, and its arrival (held-out 39 sm001)', () => {
    // held-out 39 sm001 (7 March 2024)
    expect(
      saidConfirmed(
        "NATO is the world's biggest collective defence grouping with 32 members in Europe and North America -- counting Sweden, its newest arrival.",
        '2024-03-07',
      ),
    ).toContain('supported: Sweden, its newest arrival');
    expect(saidConfirmed('Sweden, NATO’s youngest member, held drills on Gotland.', '2025-05-22')).toEqual([
      'supported: Sweden, NATO’s youngest member',
    ]);
    expect(
      saidConfirmed(
        'Sweden is raising its defence budget again.\n\nNATO’s Newest Member Boosts Spending\n\nThe government plans more.',
        '2025-05-22',
      ),
    ).toEqual(['supported: NATO’s Newest Member']);
    expect(
      saidConfirmed('Finland is ramping up its defences.\n\nNATO’s Newest Member Boosts Spending\n\nThe country plans more.', '2023-06-01'),
    ).toEqual(['supported: NATO’s Newest Member']);
  });

  it('stays quiet on look-alikes', () => {
    expectNoRed([
      // narrated in 2023, "then"
      ['Finland, then NATO’s newest member, held drills.', '2023-06-01'],
      ['Finland, then NATO’s newest member, held drills in 2023.', '2025-06-01'],
      // two members in the passage, or another after the heading
      ['Finland and Sweden are ramping up defences.\n\nNATO’s Newest Member Boosts Spending\n\nThe country plans more.', '2025-05-22'],
      ['Finland is ramping up defences.\n\nNATO’s Newest Member Boosts Spending\n\nSweden plans more.', '2025-05-22'],
      ['Finland held drills with Germany. NATO’s newest member is building a fence.', '2025-05-22'],
      // not NATO's arsenal, not the last to ratify
      ['The F-35 is the newest addition to NATO’s arsenal in Poland.', '2025-05-22'],
      ['Finland held drills. Hungary, the last member to ratify, voted in February.', '2025-05-22'],
      // a heading with no country before it
      ['NATO’s Newest Member Faces New Strategic Reality\n\nFinland is closely monitoring Moscow.', '2025-05-22'],
      // a month after the later accession: news may lag
      ['Finland is ramping up defences. NATO’s newest member is building a fence.', '2024-03-20'],
    ]);
  });
});

describe('an accession told in the present on a page dated before it', () => {
  it('flags "becomes the Nth member" and "joins NATO as its Nth member" (held-out 39 sl001)', () => {
    // held-out 39 sl001 (8 December 2022; Sweden joined on 7 March 2024, after its protocol of 5 July 2022)
    expect(saidRed('Sweden Becomes the 32nd Member of NATO', '2022-12-08')).toEqual([
      'contradicted: Sweden Becomes the 32nd Member of NATO',
    ]);
    expect(saidRed('Sweden joins NATO as its 32nd member.', '2023-02-10')).toEqual(['contradicted: Sweden joins NATO as its 32nd member']);
    expect(saidRed('Finland becomes NATO’s 31st member.', '2023-03-01')).toEqual(['contradicted: Finland becomes NATO’s 31st member']);
    expect(saidRed('Finland officially becomes the 31st member of NATO', '2023-03-10').length).toBe(1);
    expect(saidRed('With this Macedonia becomes the 30th member of NATO.', '2019-02-07').length).toBe(1);
  });

  it('stays quiet on the day, at hand, ahead and hedged', () => {
    expectNoRed([
      ['Sweden becomes the 32nd member of NATO.', '2024-03-07'],
      ['Sweden becomes the 32nd member of NATO on Thursday.', '2024-03-06'],
      ['Sweden could become the 32nd member of NATO.', '2022-12-08'],
      ['Sweden will become the 32nd member of NATO once ratified.', '2022-12-08'],
      ['Sweden set to become the 32nd member of NATO.', '2022-12-08'],
      ['Sweden is on track to become the 32nd member of NATO.', '2022-12-08'],
      ['If Hungary votes, Sweden becomes the 32nd member of NATO.', '2024-01-20'],
      ['In 2024, Sweden becomes the 32nd member of NATO.', '2022-12-08'],
      ['Montenegro becomes the 29th member of NATO.', '2017-06-05'],
    ]);
    expect(saidConfirmed('Sweden becomes the 32nd member of NATO.', '2024-03-07').length).toBe(1);
  });
});

describe('two members given one accession time through "both countries", told without "join"', () => {
  it('flags the pair, across two sentences too (held-out 39 sn002)', () => {
    // held-out 39 sn002 (6 March 2025; Finland joined on 4 April 2023, Sweden on 7 March 2024)
    expect(
      saidRed(
        "The realignment follows Sweden's prompt application for NATO membership in May 2022, shortly after Russia's invasion of Ukraine. This maneuver, coupled with Finland's similar move, has resulted in both countries solidifying their places within the alliance in March 2024.",
        '2025-03-06',
      ),
    ).toEqual(['contradicted: both countries solidifying their places within the alliance in March 2024']);
    expect(saidRed('Finland and Sweden applied in May 2022. They both became NATO allies in 2023.', '2025-03-06')).toEqual([
      'contradicted: They both became NATO allies in 2023',
    ]);
    expect(
      saidRed('Finland and Sweden applied in May 2022. The two countries secured their membership of NATO in 2024.', '2025-03-06').length,
    ).toBe(1);
    expect(
      saidRed('Sweden applied in 2022. Along with Finland, both nations cemented their seats in the alliance in 2024.', '2025-01-06')
        .length,
    ).toBe(1);
  });

  it('stays quiet on true and apart', () => {
    expectNoRed([
      [
        'Finland and Sweden applied in 2022. Both countries cemented their places in the alliance in 2023 and 2024 respectively.',
        '2025-03-06',
      ],
      [
        'Sweden applied for NATO membership in May 2022. Along with Norway, both countries took their seats at the alliance in March 2024.',
        '2025-03-06',
      ],
      ['Finland and Sweden signed a NATO deal. They both became allies in 2023.', '2025-03-06'],
      ['Estonia, Latvia and Lithuania applied early. The three countries secured their membership of NATO in 2004.', '2025-03-06'],
      [
        'Sweden applied for NATO membership in May 2022. Together with Finland, both countries will secure their places within the alliance in 2023.',
        '2022-06-06',
      ],
    ]);
  });
});

describe('an accession told as done in a city other than the one its instrument was deposited in', () => {
  it('flags another city (held-out 39 sl002)', () => {
    // held-out 39 sl002 (7 March 2024; Sweden's instrument was deposited at the State Department in Washington)
    expect(
      saidRed(
        'WASHINGTON: Sweden has become the 32nd member of NATO after it joined the organization at a formal function in New York.',
        '2024-03-07',
      ),
    ).toEqual(['contradicted: joined the organization at a formal function in New York']);
    expect(saidRed('Finland joined NATO at a ceremony in London on Tuesday.', '2023-04-05')).toEqual([
      'contradicted: joined NATO at a ceremony in London',
    ]);
    expect(saidRed('Sweden became the 32nd member of NATO at a ceremony in London.', '2024-03-08').length).toBe(1);
    expect(saidRed('Sweden deposited its instrument of accession in London on Thursday.', '2024-03-08').length).toBe(1);
    expect(saidRed('Montenegro officially joined the alliance in New York in June 2017.', '2020-06-06').length).toBe(1);
  });

  it('confirms the city on record and stays quiet on the flag-raising, plans and own capitals', () => {
    expect(saidConfirmed('Sweden joined NATO at a ceremony in Washington on Thursday.', '2024-03-08').length).toBe(1);
    expect(saidConfirmed('Finland joined NATO at a ceremony in Brussels on Tuesday.', '2023-04-05').length).toBe(1);
    expectNoRed([
      ['Sweden joined the alliance at a ceremony in Brussels on Monday.', '2024-03-12'],
      [
        'Sweden’s flag was raised at NATO headquarters in Brussels on Monday, days after it joined the alliance in Washington.',
        '2024-03-11',
      ],
      // the depositary's seat, loosely told (membership-round35)
      ['Finland deposited its instrument of accession in Washington on Tuesday.', '2023-04-05'],
      ['Finland joined NATO at a ceremony in Washington on Tuesday.', '2023-04-05'],
      ['Sweden will join NATO at a ceremony in Washington.', '2024-03-06'],
      ['Sweden is expected to join NATO at a ceremony in London next week.', '2024-02-28'],
      ['Finland joined NATO at a ceremony in Helsinki.', '2023-04-05'],
      ['Montenegro joined NATO at a ceremony in Podgorica.', '2017-06-06'],
      ['Sweden joined NATO in March and hosted drills in Stockholm.', '2024-03-08'],
      // a city whose country the base does not know
      ['Sweden deposited its instrument of accession in Paris on Thursday.', '2024-03-08'],
    ]);
  });
});

describe('accession times and counts told in more words', () => {
  it('confirms a membership finalized, fronted or owned (held-out 39 sn005), and flags a wrong year', () => {
    // held-out 39 sn005 (15 September 2025)
    expect(
      saidConfirmed(
        "With NATO membership finalized in 2024 and Russia's war in Ukraine intensifying regional tensions, Sweden has committed to a defense budget of $13.5 billion in 2025.",
        '2025-09-15',
      ),
    ).toContain('supported: With NATO membership finalized in 2024');
    expect(saidConfirmed('Sweden’s NATO membership was finalized in 2024.', '2025-09-15')).toEqual([
      'supported: Sweden’s NATO membership was finalized in 2024',
    ]);
    expect(saidConfirmed('Finland’s NATO membership became official in April 2023.', '2025-01-15').length).toBe(1);
    expect(saidRed('With NATO membership finalized in 2023, Sweden has committed to a defense budget.', '2025-09-15')).toEqual([
      'contradicted: With NATO membership finalized in 2023',
    ]);
    expect(saidRed('Sweden’s NATO membership was finalized in 2023.', '2025-09-15').length).toBe(1);
    expectNoRed([
      ['With NATO membership finalized in 2024, Finland and Sweden raised spending.', '2025-09-15'],
      ['With membership in the EU finalized in 1995, Sweden joined the single market.', '2025-09-15'],
      ['With NATO membership finalized in 2024, the country has committed to a defense budget.', '2025-09-15'],
      ['Sweden’s NATO membership in 2023 was still pending.', '2025-09-15'],
    ]);
  });

  it('confirms the count told of "it" after an opening adverb (held-out 39 sh021)', () => {
    // held-out 39 sh021 (4 April 2024)
    expect(
      saidConfirmed(
        'This important time was also observed at NATO Headquarters on Thursday. Now it has grown to include 32 countries as members and protect over one billion people across Atlantic area.',
        '2024-04-04',
      ),
    ).toEqual(['supported: has grown to include 32 countries']);
    expect(saidConfirmed('NATO marked its anniversary in Brussels. Today it has grown to 32 member states.', '2025-04-04').length).toBe(1);
  });
});

describe('a ratification told as an ally accepting the membership', () => {
  it('confirms it on its day (held-out 39 sh020)', () => {
    // held-out 39 sh020 (26 February 2024; Türkiye's parliament ratified on 23 January)
    expect(
      saidConfirmed(
        'The Hungarian parliament approved Sweden’s application for NATO membership on Monday, paving the way for the Scandinavian country to become the alliance’s 32nd member. Hungary was the last country to resist after Turkey accepted Sweden’s membership in January.',
        '2024-02-26',
      ),
    ).toContain('supported: Turkey accepted Sweden’s membership in January');
    expect(saidConfirmed('Turkey accepted Finland’s NATO membership on Thursday.', '2023-03-31').length).toBe(1);
  });

  it('stays quiet on the Madrid deal, the president and another month', () => {
    expectNoRed([
      ['Turkey has accepted Sweden’s NATO bid after a deal in Madrid.', '2022-06-29'],
      ['Turkey accepted Finland and Sweden’s membership bids on Tuesday, lifting its veto.', '2022-06-28'],
      ['Erdogan accepted Sweden’s NATO membership and sent the protocol to parliament.', '2023-10-24'],
      ['Turkey accepted Sweden’s NATO membership in December.', '2024-02-26'],
      ['Sweden accepted the invitation to join NATO.', '2023-05-01'],
    ]);
  });
});

describe('an accession told in a headline present with no place in line, before it', () => {
  it('flags "joins NATO" a month to a year ahead or after the protocol', () => {
    expect(saidRed('Sweden Joins NATO\n\nOn Tuesday, Sweden and Finland took a step closer to full membership.', '2022-12-08')).toEqual([
      'contradicted: Sweden Joins NATO',
    ]);
    expect(saidRed('Finland officially joins NATO: what it means for Russia', '2023-03-01')).toEqual([
      'contradicted: Finland officially joins NATO',
    ]);
    expect(saidRed('Breaking: Finland joins NATO', '2023-03-01').length).toBe(1);
  });

  it('stays quiet at hand, on the day, long before, in a timeline and in a condition', () => {
    expectNoRed([
      ['Finland joins NATO on Tuesday.', '2023-04-03'],
      ['Finland joins NATO.', '2023-04-04'],
      ['Finland joins NATO.', '2023-04-03'],
      ['Finland joins NATO.', '2023-03-30'],
      ['Finland joins NATO exercise in the Arctic.', '2023-03-01'],
      ['Sweden joins NATO.', '2021-03-01'],
      ['Once ratified, Finland joins NATO.', '2023-03-01'],
      ['Timeline: 2023 — Finland joins NATO.', '2023-03-01'],
      ['When Finland joins NATO, the border doubles.', '2022-07-06'],
    ]);
  });
});

describe('the founding told of "it" after the alliance is named', () => {
  it('confirms 1949 (held-out 39 sh021) and says nothing of another body or day', () => {
    // held-out 39 sh021 (4 April 2024)
    expect(
      saidConfirmed(
        'Foreign ministers from member nations gathered there, looking back on the journey of this Alliance since it started in 1949.',
        '2024-04-04',
      ),
    ).toEqual(['supported: since it started in 1949']);
    expect(saidConfirmed('NATO has kept the peace since it was founded on April 4, 1949.', '2024-04-04').length).toBe(1);
    expect(said('NATO has kept the peace since it was founded on May 5, 1949.', '2024-04-04')).toEqual([]);
    expect(said('The EU alliance has grown since it started in 1949.', '2024-04-04')).toEqual([]);
    expect(said('NATO said the war had raged since it started in 2022.', '2024-04-04')).toEqual([]);
  });
});
