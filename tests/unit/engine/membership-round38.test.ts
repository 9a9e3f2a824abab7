// Round 38, membership and counts (sentences of our own unless an entry id is given): a count of the whole alliance followed by
// a list of regions that holds both sides of the Atlantic, a count in the present joined to the founding told in the past, a
// place in line told as still to come that the alliance had already filled, and the total of "N of M NATO countries".
import { describe, expect, it } from 'vitest';
import { expectNoRed, said, saidRed } from './helpers';

describe('a count of the whole alliance with both sides of the Atlantic after it', () => {
  it('flags a stale count whatever list of regions follows it', () => {
    // held-out 36 qt004 (July 2023, of 31) and qv005 (June 2025, of 32)
    expect(
      saidRed(
        'NATO (North Atlantic Treaty Organization) is a military alliance made up of 30 countries from Europe, North America, and Asia.',
        '2023-07-08',
      ),
    ).toEqual(['outdated: a military alliance made up of 30 countries']);
    expect(
      saidRed('NATO is a political and military alliance. It consists of 31 member states from Europe and North America.', '2025-06-17'),
    ).toEqual(['outdated: It consists of 31 member states']);
    expect(saidRed('NATO is an alliance. It comprises 29 member countries across North America and Europe.', '2021-03-01').length).toBe(1);
    expect(saidRed('NATO is a security alliance of 28 countries from North America, Europe and Turkey.', '2022-01-10').length).toBe(1);
  });

  it('stays quiet on a part told by region, and confirms the right count', () => {
    expectNoRed([
      ['NATO is an alliance. It consists of 30 member states in Europe and two in North America.', '2025-06-17'],
      ['NATO is an alliance. It consists of 30 member states from Europe.', '2025-06-17'],
      ['NATO is a military alliance made up of 30 countries in Europe.', '2024-05-01'],
    ]);
    expect(
      said('NATO is an alliance. It consists of 32 member states from Europe and North America.', '2025-06-17').some((s) =>
        s.startsWith('supported'),
      ),
    ).toBe(true);
  });
});

describe('a count in the present joined to the founding told in the past', () => {
  it('judges the count on the page’s day, not in 1949', () => {
    // held-out 36 qv004 (April 2025, of 32)
    expect(
      saidRed(
        'NATO, or the North Atlantic Treaty Organization, is a military alliance. The organization was established in 1949 and consists of 30 member states.',
        '2025-04-11',
      ),
    ).toEqual(['outdated: and consists of 30 member states']);
    expect(saidRed('NATO was founded in 1949 and now has 31 members.', '2025-04-11')).toEqual(['outdated: and now has 31 members']);
    expect(saidRed('NATO was set up in 1949 by 12 countries and currently comprises 28 member states.', '2019-05-11')).toEqual([
      'outdated: and currently comprises 28 member states',
    ]);
    expect(saidRed('The North Atlantic Treaty Organization was formed in April 1949 and includes 29 countries.', '2021-09-01').length).toBe(
      1,
    );
  });

  it('stays quiet on the past, the right count, and other bodies', () => {
    expectNoRed([
      ['NATO was formed in 1949 and had 12 members.', '2021-03-11'],
      ['NATO was founded in 1949 and now has 31 members.', '2023-05-11'],
      ['NATO was established in 1949 and consists of 32 member states.', '2025-03-20'],
      ['The European Union was founded in 1993 and has 27 members.', '2024-03-20'],
      ['The Warsaw Pact was founded in 1955 and had eight members.', '2024-03-20'],
      ['NATO was established in 1949 and consists of 30 member countries from Europe and North America.', '2022-03-20'],
    ]);
    expect(said('NATO was founded in 1949 and now has 31 members.', '2023-05-11')).toContain('supported: and now has 31 members');
  });
});

describe('a place in line told as still to come that was already filled', () => {
  it('flags the place whatever country is to join', () => {
    // held-out 36 qw003 (24 January 2024: 31 members; Sweden became the 32nd)
    expect(
      saidRed(
        'Turkey’s Parliament has endorsed Sweden’s application to join NATO with a vote of 287-55, Sweden now awaits Hungary’s approval to become the 30th member of the transatlantic military alliance.',
        '2024-01-24',
      ),
    ).toEqual(['contradicted: Sweden now awaits Hungary’s approval to become the 30th member']);
    expect(saidRed('Sweden is set to become the 31st member of NATO.', '2024-01-24')).toEqual([
      'contradicted: Sweden is set to become the 31st member',
    ]);
    expect(saidRed('North Macedonia is set to become the 29th member of NATO.', '2019-01-24')).toEqual([
      'contradicted: North Macedonia is set to become the 29th member',
    ]);
    expect(saidRed('After Turkey’s vote, Sweden is expected to become the 31st member of NATO.', '2024-01-30')).toEqual([
      'contradicted: Sweden is expected to become the 31st member',
    ]);
    expect(saidRed('Ukraine is on track to become NATO’s 30th member.', '2024-06-24').length).toBe(1);
    expect(saidRed('Georgia will become the 30th ally, the minister said.', '2022-06-24').length).toBe(1);
  });

  it('stays quiet on a place still open, the past, a supposition and days after the accession', () => {
    expectNoRed([
      ['Sweden is set to become the 32nd member of NATO.', '2024-01-24'],
      ['North Macedonia is set to become the 30th member of NATO.', '2019-01-24'],
      ['Finland is set to become the 31st member of NATO.', '2023-04-05'],
      ['In 2019, North Macedonia was set to become the 30th member of NATO.', '2024-01-24'],
      ['If Sweden were to become the 30th member of NATO, nothing would change.', '2024-01-24'],
      ['Sweden and Finland are set to become the 31st and 32nd members.', '2022-06-30'],
      ['Sweden would become the 31st member of the alliance.', '2022-06-30'],
    ]);
    expect(said('Sweden is set to become the 32nd member of NATO.', '2024-01-24')).toContain(
      'supported: Sweden is set to become the 32nd member',
    );
  });
});

describe('the total of "N of M NATO countries"', () => {
  it('flags a total NATO no longer had on the time the sentence tells', () => {
    expect(saidRed('Only 9 out of 26 NATO members spent 2% of GDP on defense.', '2021-02-12')).toEqual([
      'outdated: 9 out of 26 NATO members',
    ]);
    expect(saidRed('In 2022, only 7 of 28 NATO countries met the guideline.', '2024-02-12').length).toBe(1);
  });

  it('stays quiet on a total one below NATO’s in a sentence about spending: NATO’s figures leave Iceland out (lead)', () => {
    // held-out 36 qs001 (February 2024, data of July 2023, NATO at 31 with Finland; NATO's expenditure figures covered 30
    // allies, Iceland having no armed forces): once flagged here, quiet since the lead's precision read of held-out 37 ri004.
    expectNoRed([
      ['According to data released in July 2023, only 11 of 30 NATO countries spent at least 2% of their GDP on defense.', '2024-02-12'],
      ['In 2022, only 7 of 29 NATO countries met the guideline.', '2024-02-12'],
      // February 2021: NATO had 29 until March 2020, its figures 28.
      ['Only 9 out of 28 NATO members spent 2% of GDP on defense.', '2021-02-12'],
      // held-out 37 ri004 (August 2025, NATO at 32)
      ['NATO confirmed on Thursday that all 31 allies will spend at least 2% of GDP on defence in 2025.', '2025-08-28'],
      ['NATO said all 31 NATO allies will spend at least 2% of GDP on defence in 2025.', '2025-08-28'],
    ]);
    // Not about spending, or two below: still a stale count.
    expect(saidRed('All 31 allies backed the plan.', '2025-08-28')).toEqual(['outdated: All 31 allies']);
    expect(saidRed('NATO said all 30 NATO allies will spend at least 2% of GDP on defence in 2025.', '2025-08-28').length).toBe(1);
  });

  it('stays quiet on the count of the time told, a lagging report, a supposition and a forecast', () => {
    expectNoRed([
      ['In 2014, only three of 28 NATO countries met the 2% target.', '2024-02-12'],
      ['Only 7 of 30 NATO countries met the target.', '2023-06-12'],
      ['If only 11 of 30 NATO countries spent 2%, the alliance would fail.', '2024-02-12'],
      ['Only 11 of 31 NATO countries spent 2% of GDP in 2023.', '2024-02-12'],
      ['23 of 32 NATO countries will meet the target this year.', '2024-07-12'],
      ['Only 20 of the 27 EU countries agreed.', '2024-07-12'],
    ]);
  });
});

describe('the alliance called by a size it reached only later, while the invitees were on their way in', () => {
  it('flags the definite adjective count told as what the alliance is', () => {
    // held-out 36 qu004 (12 July 2023: 31; Sweden's ratifications by Turkey and Hungary still to come)
    expect(
      saidRed(
        'A day after he called NATO leaders “absurd” for failing to clarify a timeline for Ukraine’s long-deliberated entry into the 32-nation alliance, Zelenskyy was upbeat.',
        '2023-07-12',
      ),
    ).toEqual(['contradicted: 32-nation alliance']);
    expect(saidRed('NATO, the 31-member alliance, pledged more air defence for Kyiv.', '2022-10-12').length).toBe(1);
    expect(saidRed('Leaders of NATO’s 32-nation alliance gathered in Vilnius.', '2023-07-11').length).toBe(1);
  });

  it('stays quiet on a forecast, an invitee counted in, the right count and a page after the accession', () => {
    expectNoRed([
      ['NATO will become a 32-nation alliance.', '2023-07-12'],
      ['Sweden’s entry into the 32-nation alliance is near, NATO said.', '2023-07-12'],
      ['NATO leaders met. The soon-to-be 32-nation alliance agreed.', '2023-07-12'],
      ['NATO leaders met. The 31-nation alliance agreed.', '2023-07-12'],
      ['NATO leaders met. The 32-member alliance agreed to send more air defences.', '2024-03-12'],
      ['The 27-nation bloc agreed on sanctions against Russia.', '2023-07-12'],
    ]);
  });
});

describe('a country not yet joined called the newest member', () => {
  it('flags the bare present and a country hailed as the newest', () => {
    // held-out 36 qu005 (13 July 2023: Sweden joined on 7 March 2024)
    expect(
      saidRed(
        'NATO leaders met in Vilnius. In a recent development, the alliance has announced Sweden as the newest member, further expanding its reach in Northern Europe.',
        '2023-07-13',
      ),
    ).toEqual(['contradicted: announced Sweden as the newest member']);
    expect(saidRed('Sweden is NATO’s newest member.', '2023-07-13')).toEqual(['contradicted: is NATO’s newest member']);
    expect(saidRed('Sweden is the newest member of NATO.', '2023-09-01').length).toBe(1);
    expect(saidRed('NATO welcomed Finland as the newest ally.', '2023-03-01').length).toBe(1);
  });

  it('stays quiet after the accession, on a forecast, on the member that was newest and on another body', () => {
    expectNoRed([
      ['Sweden is the newest member of NATO.', '2024-07-13'],
      ['Finland is the newest member of NATO.', '2023-07-13'],
      ['Sweden is set to become NATO’s newest member.', '2023-07-13'],
      ['NATO will welcome Sweden as the newest member.', '2023-07-13'],
      ['The EU welcomed Croatia as the newest member.', '2023-07-13'],
      ['NATO welcomed Sweden as the newest member.', '2024-07-13'],
    ]);
  });
});

describe('the members added after the twelve founders, told in the present perfect', () => {
  it('flags a number added that does not make the count of the page’s day', () => {
    // held-out 36 qv001 (4 April 2019: 29 members, 17 added)
    expect(
      saidRed('NATO was founded in 1949. The treaty originally had 12 member nations, and since 1949, has added 16 more.', '2019-04-04'),
    ).toEqual(['outdated: has added 16 more']);
    expect(saidRed('NATO was founded by 12 countries in 1949 and has since admitted 18 more countries.', '2024-04-04')).toEqual([
      'outdated: has since admitted 18 more countries',
    ]);
  });

  it('confirms the right number and stays quiet on another body', () => {
    expect(
      said('NATO was founded in 1949. The treaty originally had 12 member nations, and since 1949, has added 17 more.', '2019-04-04'),
    ).toContain('supported: has added 17 more');
    expect(said('NATO was founded by 12 countries in 1949 and has since admitted 20 more countries.', '2024-04-04')).toContain(
      'supported: has since admitted 20 more countries',
    );
    expectNoRed([['The EU was founded in 1957 and has since added 21 more members.', '2024-04-04']]);
  });
});
