// Round 37, confirmations by volume (alliance-told.ts): NATO's size and its latest member told of "the alliance" or "the
// Allies" without the name NATO in reach. Real quotes with their entry ids, variants of our own, and the false or
// unsure variants that must not be confirmed. Confirm-only: no red flag from any of them.
import { describe, expect, it } from 'vitest';
import { expectConfirmed, saidConfirmed, saidRed } from './helpers';

const quiet = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) {
    expect(saidConfirmed(text, asOf), text).toEqual([]);
    expect(saidRed(text, asOf), text).toEqual([]);
  }
};

describe('a count of the allies told of the alliance alone', () => {
  it('confirms the count on the page day', () => {
    expectConfirmed([
      ['the alliance’s 32 members', '2025-06-23'], // held-out 26 fe006
      ["the alliance's 28 members", '2017-05-26'], // held-out 26 gf002
      ['the alliance’s 31 members', '2023-07-13'], // held-out 33 od012
      ['all 30 Allied nations', '2021-06-15'], // held-out 33 od001
      ['The foreign ministers of the thirty-two Allied nations', '2025-12-03'], // held-out 33 oc041
      ['the 32 allied capitals', '2025-06-19'], // held-out 31 nc030
      ['convene all 30 Allied leaders', '2022-06-29'], // held-out 32 id034
      ['one of 32 leaders from the Western defensive alliance', '2025-06-20'], // held-out 34 pj008
      // Variants of our own: other counts, dates and word orders.
      ['Trump scolded the military alliance’s 29 members over spending.', '2019-12-04'],
      ['Stoltenberg wrote to all 31 Allied governments.', '2023-10-11'],
      ['The summit gathered the heads of state of the 30 member states of the alliance.', '2021-06-14'],
      ['Rutte, one of the 32 members of the Western alliance, spoke first.', '2024-10-01'],
    ]);
  });

  it('confirms the others of one ally, one less', () => {
    expectConfirmed([
      ['the other 31 leaders of the alliance', '2024-07-10'], // held-out 34 pe027
      ['alongside the 31 others in the alliance', '2024-03-13'], // held-out 30 ma026
      ['his 28 fellow NATO defense ministers', '2019-02-10'], // held-out 32 ic035
      ['the remaining 31 allies', '2025-06-23'], // held-out 33 oc036
      ['Spain stood apart from the other 31 Allies.', '2025-06-25'],
      ['Hegseth met his 31 fellow allied defence ministers in Brussels.', '2025-02-13'],
      ['Finland now sits beside the 30 others in the alliance.', '2023-05-10'],
    ]);
  });

  it('says nothing of a count that is not the day’s, another body’s, a part or another time', () => {
    quiet([
      ['The alliance’s 30 members met.', '2025-06-23'],
      ['The coalition’s 32 members met.', '2025-06-23'],
      ['In 2019, the alliance’s 32 members met.', '2025-06-23'],
      ['Only five of the alliance’s 32 members in Europe spend 3%.', '2025-06-23'],
      ['Kyiv thanked the 30 allies that sent tanks.', '2023-01-10'],
      ['The EU and the alliance’s 30 members met.', '2021-02-10'],
      ['Zelensky met the other 30 leaders of the alliance.', '2024-07-10'],
      ['If Ukraine joined, the alliance’s 33 members would have to agree.', '2025-06-23'],
    ]);
  });
});

describe('an accession told by its place in line with no country named', () => {
  it('confirms the latest accession or the next one', () => {
    expectConfirmed([
      ["the country became the alliance's 31st member", '2023-04-04'], // held-out 25 ga025
      ['becoming the 27th and 28th members of the alliance', '2009-04-01'], // held-out 26 gf004
      ["The small Balkan country will formally become NATO's 29th state in June", '2017-05-26'], // held-out 26 gf002
      ['Skopje will become the 30th member of the Alliance', '2019-02-06'], // held-out 32 ia016
      ["cementing the Nordic country's place as the 32nd member of the alliance", '2024-03-11'], // held-out 32 ia022
      ['becoming the 32nd member of the Alliance', '2024-03-07'], // held-out 33 oa026
      ['becoming the alliance’s 30th member', '2019-03-18'], // held-out 27 jd029
      // Variants of our own.
      ['The Nordic country officially became the 31st member of the alliance on Tuesday.', '2023-04-05'],
      ['Its parliament voted for it to become NATO’s thirtieth member state.', '2019-10-20'],
      ['The Adriatic nation will become the 29th member of the alliance next month.', '2017-05-10'],
      // A noun phrase of the member just in: the latest accession only.
      ['the alliance’s 32nd member', '2024-03-10'], // held-out 34 pg020
      ['The 31st member of the alliance raised its flag in Brussels.', '2023-04-10'],
    ]);
  });

  it('says nothing of an accession long past, a past told ahead, a hypothesis, or another country before', () => {
    quiet([
      ['The country became the 30th member of the Alliance.', '2019-02-06'],
      ["The country, which became the alliance's 30th member in 2020, hosts troops.", '2024-04-04'],
      ['Ukraine would become the 32nd member of the alliance.', '2023-04-04'],
      ["Finland joined on Tuesday. The country became the alliance's 32nd member.", '2023-04-04'],
      ['Northern Macedonia became the 14th country that joined the Alliance after the cold war.', '2020-03-28'],
      ['The alliance, which might welcome its 33rd member, met.', '2025-06-23'],
      ['the alliance’s 32nd member', '2023-04-05'],
      ['The 31st member of the alliance raised its flag in Brussels.', '2024-04-10'],
    ]);
  });
});

describe('an accession told with its day and no country named', () => {
  it('confirms a day countries joined on', () => {
    expectConfirmed([
      ['the country became a member of the alliance on April 4, 2023', '2024-03-08'], // held-out 25 fb008
      ['On March 27, 2020, the country joined the Atlantic Alliance', '2023-03-28'], // held-out 27 jd026
      ['following its accession to NATO on March 7, 2024', '2024-04-02'], // held-out 28 kc022
      ['having acceded to the alliance on March 29, 2004', '2025-10-08'], // held-out 35 qc003
      ['the country will officially become a member of NATO on April 4', '2023-04-03'], // held-out 30 ma022
      ['formally joined NATO on March 7', '2024-03-11'], // held-out 35 qi021
      // Variants of our own.
      ['The Balkan nation joined NATO on March 27 as its 30th member.', '2020-04-01'],
      ['Since it joined the alliance on June 5, 2017, the Adriatic state has sent troops abroad.', '2022-05-01'],
      ['On 12 March 1999, the three countries joined NATO.', '2019-03-12'],
      ['The Nordic country formally joined the alliance last Thursday.', '2024-03-11'],
    ]);
  });

  it('says nothing of another day, another body, a supposition or another country named before', () => {
    quiet([
      ['the country became a member of the alliance on April 5, 2023', '2024-03-08'],
      ['The country joined the EU on May 1, 2004.', '2024-03-08'],
      ['Sweden applied in May 2022. The country became a member of the alliance on April 4, 2023.', '2024-03-08'],
      ['If the country joined NATO on April 4, it would be the 31st member.', '2023-03-20'],
      ['The country joined NATO in 2004.', '2024-03-08'],
    ]);
  });
});
