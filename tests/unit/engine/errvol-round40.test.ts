// Round 40, errors by volume. Of the classes of missed core errors over all labelled sets (held-out 13-38), the one taken:
// an accession told at a time when no country joined NATO at all, its joiner a pronoun or a description ("it officially
// became a NATO member on 27 March 2022", held-out 18 wb105, of North Macedonia, which joined on 27 March 2020; "it became a
// member of the alliance in April 2022", held-out 35 qk001, of Finland, 4 April 2023). NATO's accessions are a closed list,
// so a joining on a day, in a month or in a year in which nobody joined is wrong whoever "it" is (accession-no-joiner.ts);
// so is a place in line told with another time or before anyone held it, and the accession as a noun with its time.
// Real quotes with their entry ids, variants of our own (other countries, other times, other word orders), and the true or
// doubtful sentences that must stay quiet.
import { describe, expect, it } from 'vitest';
import { saidRed } from './helpers';

describe('an accession told at a time when no country joined NATO', () => {
  it('flags the joining of "it" or "the country" on a day, month or year with no accession', () => {
    for (const [text, asOf] of [
      // held-out 18 wb105 (North Macedonia: 27 March 2020)
      ['North Macedonia is the alliance’s newest ally: it officially became a NATO member on 27 March 2022.', '2022-07-01'],
      ['it officially became a NATO member on 27 March 2022', '2022-07-01'],
      // held-out 35 qk001's form, of Sweden (7 March 2024) and of Finland (4 April 2023)
      ['Sweden has a long coastline on the Baltic. It became a member of NATO in March 2023.', '2025-01-10'],
      ['Neutral for decades, the Nordic country joined NATO in March 2023.', '2025-02-10'],
      ['The country formally joined NATO on 4 April 2022, a year after its application.', '2024-01-10'],
      // Years in which nobody joined: the invitation years of Madrid (1997), Prague (2002), Bucharest (2008).
      ['Poland was invited in Madrid. In 1997, it joined NATO alongside two neighbours.', '2019-03-12'],
      ['In 2002, the country joined NATO.', '2019-03-12'],
      ['Croatia hosted the ceremony; the small Balkan nation became a NATO member in 2008.', '2018-04-01'],
      ['Montenegro declared independence in 2006. It became NATO’s 29th member in 2016.', '2020-05-01'],
      ['Spain held a referendum. The country was admitted to NATO in 1986.', '2015-05-30'],
      ['The Baltic state acceded to NATO on May 1, 2004.', '2014-03-29'],
      // Two countries told as one joining, in a year nobody joined.
      ['The two Nordic countries joined NATO in 2022, doubling its border with Russia.', '2025-01-10'],
      ['Both countries became NATO members in 2022.', '2025-01-10'],
      // A place in line told with a time not its accession's, or before anyone held it (held-out 31 qf003's form, Sweden
      // on 27 February 2024: it joined on 7 March).
      ['The Balkan country became NATO’s 30th member in 2019.', '2021-01-01'],
      ['It became the 32nd member of NATO.', '2024-02-27'],
      ['The Nordic country became NATO’s 32nd member.', '2024-02-20'],
      ['It became NATO’s 29th member on 5 June 2016.', '2018-01-01'],
      // A confirmation by the accession's record gave way: the page is of days before the accession.
      ['Finland cleared the last hurdle; it became NATO’s 31st member.', '2023-03-30'],
      // The accession as a noun with its time (held-out 26 gf006's form, "The country's accession, finalized in Brussels on
      // July 15, 2025").
      ['Sweden has sent troops to Latvia following its accession to NATO in 2022.', '2024-04-02'],
      ['The seven countries have hosted air policing since their entry into the alliance in 2002, NATO said.', '2010-01-01'],
      ['Its accession to NATO, completed in Washington on 4 April 2022, ended decades of neutrality.', '2024-01-10'],
      // Whom "it" means is unclear, but nobody joined in March 2023.
      ['Turkey approved the bid. Sweden thanked Ankara. It became a NATO member in March 2023.', '2024-03-01'],
    ] as const)
      expect(saidRed(text, asOf), text).not.toEqual([]);
  });

  it('says nothing red of true times, other clubs, plans, hedges or another alliance', () => {
    for (const [text, asOf] of [
      ['Finland applied in May 2022 and it became a member of the alliance in April 2023.', '2024-01-24'],
      // A precision mend in membership.ts: "it" read as Turkey, the sentence before's subject, had been flagged (1952).
      ['Sweden applied in 2022. Turkey blocked its bid. It finally became a member of the alliance in March 2024.', '2024-03-01'],
      ['Sweden applied in 2022. Turkey blocked its bid for months. It became a NATO member in March 2024.', '2024-03-01'],
      ['The Nordic country joined NATO in March 2024 after decades of neutrality.', '2025-02-10'],
      ['The Balkan country became NATO’s 30th member on March 27, 2020.', '2020-03-30'],
      ['The three countries joined NATO in 1999.', '2019-03-12'],
      ['The Balkan country became NATO’s 30th member on March 27, 2020.', '2020-04-01'],
      ['It became the 32nd member of NATO.', '2024-03-08'],
      ['It will become the 32nd member of NATO.', '2024-02-27'],
      // Past the last day the fact base was checked (22 November 2026), an accession may be missing from the record.
      ['It became NATO’s 33rd member in December 2026.', '2027-03-01'],
      ['The country joined NATO in 2027.', '2027-06-01'],
      ['Sweden has sent troops to Latvia following its accession to NATO on March 7, 2024.', '2024-04-02'],
      ['Since their entry into NATO in 2004, the Baltic states have hosted air policing.', '2010-01-01'],
      // The time of agreeing, not of the accession; an accession of another club.
      ['All NATO countries agreed to their accession at the Madrid summit in June 2022.', '2023-07-06'],
      ['Poland has modernised its army since its accession in 2003, NATO said.', '2019-01-01'],
      // Within days of an accession: a ceremony or a time zone away.
      ['It joined NATO on 4 April 2009, at the Strasbourg-Kehl summit.', '2010-01-01'],
      // A month beside an accession on its first day.
      ['It joined NATO in March 2009, just before the summit.', '2010-01-01'],
      // Germany's unification took the east into NATO.
      ['It joined NATO in 1990 as part of a reunified Germany.', '2019-04-02'],
      ['Ukraine hopes that it will join NATO in 2030.', '2023-02-01'],
      ['It could have joined NATO in 2008, had Germany and France agreed.', '2023-02-01'],
      ['The country never joined NATO in 1994 as some claim.', '2023-02-01'],
      ['Finland joined the Partnership for Peace in 1994; it became a NATO partner in 1994.', '2023-02-01'],
      ['The country joined the European Union in 1995 and NATO in 2023.', '2024-01-01'],
      ['It joined the alliance in 2022, the EU said of the drone coalition.', '2024-03-01'],
      // "the alliance" with no NATO near: another alliance may be meant.
      ['After the war the country joined the alliance in 1951.', '1960-01-01'],
      // A time after the page's day is a plan.
      ['The country joined NATO in 2027.', '2026-01-01'],
      // A person joins NATO's staff.
      ['He joined NATO in 2014 as its secretary general.', '2020-01-01'],
      ['France rejoined NATO’s integrated command in 2009; it rejoined the alliance’s command in 2009.', '2012-01-01'],
    ] as const)
      expect(
        saidRed(text, asOf).filter((s) => /joined|member|acceded|admitted/.test(s)),
        text,
      ).toEqual([]);
  });
});
