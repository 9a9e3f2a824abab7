// Round 38, confirmations by volume. Real quotes with their entry ids (held-out file and id), variants of our own, and the
// false or unsure variants that must not be confirmed. Confirm-only: no red flag from any of them.
import { describe, expect, it } from 'vitest';
import { expectConfirmed, saidConfirmed, saidRed } from './helpers';

const quiet = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) {
    expect(saidConfirmed(text, asOf), text).toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};

describe('an accession told with its year where NATO is not named (accession-unnamed.ts)', () => {
  it('confirms the dev quotes', () => {
    expectConfirmed([
      ['Finland joined in April 2023', '2024-02-27'], // held-out 13 b045
      ['Montenegro became a member in 2017 and North Macedonia in 2020', '2025-07-06'], // held-out 26 ga049
      ['Finland, in contrast, became a member in April 2023.', '2025-07-23'], // held-out 26 gf006
      ['Its neighbour Finland joined last year', '2024-03-11'], // held-out 32 ia022
      ['Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia joined in 2004', '2017-02-17'], // held-out 32 ib004
      ['The Czech Republic, Hungary and Poland joined in 1999', '2017-02-17'], // held-out 32 ib004
      ['Finland joined the bloc in April 2023', '2024-03-07'], // held-out 32 ib010
      ['Spain became a member in 1982', '2024-04-12'], // held-out 27 jd002
      ['Albania and Croatia joined in 2009, Montenegro in 2017, and North Macedonia in 2020', '2025-04-04'], // held-out 29 mf006
      ['Greece and Türkey joined in 1952', '2024-03-11'], // held-out 34 pg021
      ['In 1999 the Czech Republic, Hungary, and Poland joined', '2009-04-02'], // held-out 31 qb008
      ['West Germany (now Germany) entered in 1955', '2009-04-02'], // held-out 31 qb008
      ['West Germany was included as a member in 1955', '2024-04-04'], // held-out 35 qm002
      ['Sweden joined last year', '2025-06-25'], // held-out 24 sb010
      ['Montenegro (2017) North Macedonia (2020), Finland (2023) and Sweden (2024)', '2024-05-30'], // held-out 16 ud301
      ['The 2004 enlargement included Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia', '2025-04-04'], // held-out 29 mf006
      ['the 1999 enlargement saw the inclusion of the Czech Republic, Hungary, and Poland', '2025-04-04'], // held-out 29 mf006
      ['Finland’s full accession in April 2023', '2023-10-20'], // held-out 27 jb007
      ['with Finland and Sweden joining in 2023 and 2024 respectively', '2024-11-30'], // held-out 34 pj005
      ['Albania and Croatia joined the sixth enlargement in 2009', '2021-04-15'], // held-out 34 pq001
    ]);
  });
  it('confirms other countries, dates and word orders', () => {
    expectConfirmed([
      ['Portugal and Spain are old democracies now; Spain joined in May 1982.', '2019-05-01'],
      ['Hungary, which joined in 1999, has since been a thorn in Brussels’ side.', '2023-01-10'],
      ['Turkey, which has been a member since 1952, objected.', '2022-05-16'],
      ['Sweden officially became a full member on 7 March 2024, ending two centuries of neutrality.', '2024-06-01'],
      ['Poland, for its part, joined in 1999.', '2022-03-01'],
      ['Romania and Bulgaria were admitted in 2004, Croatia and Albania in 2009.', '2020-01-01'],
      ['In 2017, Montenegro joined, and North Macedonia followed in 2020.', '2021-03-01'],
      ['Greece (1952), Turkey (1952), Germany (1955), Spain (1982)', '2019-04-04'],
      ['North Macedonia’s accession on 27 March 2020 ended a long dispute with Greece.', '2021-04-01'],
      ['The 2009 enlargement brought in Albania and Croatia.', '2019-04-01'],
    ]);
  });
  it('stays quiet on another club, an unsure sentence, a year that fits no accession, and years NATO shares', () => {
    quiet([
      // The EU's 2004 enlargement: Poland, Hungary and Czechia joined NATO in 1999.
      ['Poland, Hungary and the Czech Republic joined in 2004.', '2017-02-17'],
      ['The 2004 enlargement included Poland, Hungary and Slovakia.', '2015-01-01'],
      // Joined NATO and the EU both in 2004: the passage may be either club's.
      ['Estonia, Latvia and Lithuania joined in 2004.', '2017-02-17'],
      ['Slovakia, which joined in 2004, borders Ukraine.', '2022-05-16'],
      // Another club named, or another object of the verb.
      ['Spain joined the EU in 1986.', '2017-02-17'],
      ['Croatia joined the eurozone in 2023 and Schengen at the same time.', '2023-06-01'],
      ['Spain entered the World Cup in 1982.', '2017-02-17'],
      ['Sweden joined the coalition in 2024.', '2025-01-01'],
      // One pair that fits no accession makes the sentence another club's.
      ['Spain joined in 1982, Croatia in 2013.', '2024-03-11'],
      // Founders: the Council of Europe was founded in 1949 too.
      ['Norway and Denmark joined in 1949.', '2019-04-04'],
      // A supposition, a denial, a future accession.
      ['Sweden would have joined in 2024 if Turkey had agreed.', '2023-06-01'],
      ['Sweden had not joined in 2023.', '2024-06-01'],
      ['Sweden joined in 2024.', '2016-01-10'],
      // Brackets: fewer than three pairs, or a pair that does not fit.
      ['Germany (1955) and Spain (1982)', '2019-04-04'],
      ['Croatia (2013), Bulgaria (2007), Romania (2007)', '2019-04-04'],
    ]);
  });

  it('does not confirm a place in line it does not check', () => {
    // Held-out 31 qf007, April 2024: Sweden had been the latest since March (accession readers flag it outdated).
    expect(saidConfirmed('most recently, Finland became a member on April 4, 2023', '2024-04-04')).toEqual([]);
  });
});

describe('a country’s place in NATO’s line told without NATO (accession-unnamed.ts)', () => {
  it('confirms the dev quotes and variants', () => {
    expectConfirmed([
      ['Sweden has been accepted as the 32nd member', '2024-04-04'], // held-out 31 qf007
      ['Finland awaits an official green light to become the 31st member', '2023-04-03'], // held-out 36 qp015
      ['an open path for Sweden to become member 32', '2023-07-13'], // held-out 30 na033
      ['We welcome Finland tomorrow as the 31st member', '2023-04-03'], // held-out 20 ya024
      ['North Macedonia will become the 30th member of this organization', '2019-04-30'], // held-out 18 wa002
      ['the Republic of North Macedonia as our thirtieth member', '2020-04-01'], // held-out 31 qd035
      ['Montenegro became the 29th member state on 5 June.', '2017-06-06'],
      ['Spain became the sixteenth member in May 1982.', '1999-01-01'],
      ['With that, Sweden officially became the 32nd full member.', '2024-03-08'],
    ]);
  });
  it('stays quiet on another place, a place the EU shares, an early past tense and a supposition', () => {
    quiet([
      ['Sweden has been accepted as the 31st member', '2024-04-04'],
      ['Croatia became the 28th member.', '2014-01-01'],
      ['Sweden became the 15th member of the EU.', '2024-04-04'],
      ['Finland became the 31st member.', '2022-06-01'],
      ['Sweden and Finland want to join; Sweden would become the 31st member.', '2022-06-01'],
    ]);
  });
});

describe('NATO’s founding told of an alliance or with its twelve founders (alliance-founding.ts)', () => {
  it('confirms the dev quotes', () => {
    expectConfirmed([
      ['a military alliance founded in 1949', '2025-01-10'], // held-out 28 kg004
      ['intergovernmental military alliance established in 1949', '2024-04-01'], // held-out 29 mb004
      ['a political and military alliance established in 1949', '2025-06-23'], // held-out 29 md036
      ['an alliance created in 1949', '2022-05-18'], // held-out 36 qr005
      ['has become the 32nd to join since the military alliance was founded in 1949', '2024-03-07'], // held-out 17 va045
      ['At the time of its founding in 1949, the alliance still consisted of twelve members', '2023-04-04'], // held-out 27 ja024
      ['Initially, 12 countries joined the alliance', '2025-01-10'], // held-out 28 kg004
      ['the original 12 NATO Allies', '2024-04-04'], // held-out 31 qd036
    ]);
  });
  it('confirms other wordings, days and sentences', () => {
    expectConfirmed([
      ['The United States leads a transatlantic alliance that was established on 4 April 1949.', '2023-05-02'],
      ['Finland has joined a defensive alliance, formed way back in 1949, that now counts 31 members.', '2023-04-05'],
      ['It is the largest military alliance, founded on April 4, 1949 in Washington.', '2019-04-04'],
      ['In the beginning, the alliance consisted of twelve member states.', '2024-07-08'],
      ['Originally, the alliance had 12 members; Greece and Turkey came in 1952.', '2020-01-01'],
      ['The alliance’s twelve founding nations signed in Washington.', '2021-04-04'],
    ]);
  });
  it('stays quiet on another year, another body, a supposition and a count other than twelve', () => {
    quiet([
      ['The Warsaw Pact, a military alliance founded in 1955, collapsed in 1991.', '2020-01-01'],
      ['a military alliance founded in 1950', '2024-04-04'],
      ['an alliance founded on 5 May 1949', '2024-04-04'],
      ['The Council of Europe, an alliance of democracies founded in 1949, has 46 members.', '2024-04-04'],
      ['The Antarctic Treaty had 12 original signatories.', '2024-04-04'],
      ['The eurozone’s original 12 members adopted the euro notes in 2002.', '2010-01-01'],
      ['Initially, the alliance had ten members.', '2024-04-04'],
      ['Would an alliance founded in 1949 survive another war?', '2024-04-04'],
    ]);
  });
});

describe('a country called a founder of NATO with an aside, "as a", or a title-cased noun (alliance-founding.ts)', () => {
  it('confirms the dev quotes and variants', () => {
    expectConfirmed([
      ['Italy, a Founding Country of the Atlantic Alliance', '2022-11-25'], // held-out 36 qq008
      ['Portugal, as you know, is a founding member of NATO', '2025-01-27'], // held-out 36 qq026
      ['the Netherlands as a founding member of NATO', '2025-06-24'], // held-out 31 qc021
      ['Canada, of course, was one of the founding members of NATO.', '2023-02-01'],
      ['Denmark, after all, is a founding member of the alliance.', '2025-01-15'],
      ['Luxembourg, a Founding Member of NATO, backed the plan.', '2024-04-04'],
      ['Oslo sees Norway as a founding member of the Atlantic Alliance.', '2019-04-04'],
    ]);
  });
  it('does not confirm a later member or a supposition', () => {
    quiet([
      ['Spain, a Founding Member of NATO, backed the plan.', '2024-04-04'],
      ['Sweden, as you know, is a founding member of the Nordic Council.', '2024-04-04'],
    ]);
    expect(saidConfirmed('Greece, as you know, is a founding member of NATO.', '2024-04-04')).toEqual([]);
    expect(saidConfirmed('If France had been a Founding Member of NATO, would it have left?', '2024-04-04')).toEqual([]);
  });
});
