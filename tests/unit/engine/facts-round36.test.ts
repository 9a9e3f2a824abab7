// Round 36, membership, counts and spending shares (sentences of our own unless an entry id is given): each class told in
// several ways, with the true sentences that must stay quiet.
import { describe, expect, it } from 'vitest';
import { expectNoRed, said, saidConfirmed, saidRed } from './helpers';

describe('a founder count other than twelve', () => {
  it('reads the founders placed on both sides of the Atlantic as all of them', () => {
    // held-out 34 ph003
    expect(
      saidRed(
        'April 2024 marked the seventy-fifth anniversary of the signing of the North Atlantic Treaty, the foundational document of NATO, the political-military organization set up in 1949 by eleven states in Europe and North America.',
        '2024-05-15',
      ),
    ).toEqual(['contradicted: set up in 1949 by eleven states']);
    expect(saidRed('NATO was set up in 1949 by ten countries in Europe and North America.', '2019-04-04')).toEqual([
      'contradicted: set up in 1949 by ten countries',
    ]);
    expect(saidRed('NATO, created in 1949 by 14 states from North America and Europe, turns 70.', '2019-04-04')).toEqual([
      'contradicted: created in 1949 by 14 states',
    ]);
    expect(saidRed('NATO was founded in 1949 by 13 nations on both sides of the Atlantic.', '2022-04-04')).toEqual([
      'contradicted: founded in 1949 by 13 nations',
    ]);
    expect(saidConfirmed('NATO was founded in 1949 by 12 nations on both sides of the Atlantic.', '2022-04-04')).toContain(
      'supported: founded in 1949 by 12 nations',
    );
    expect(saidConfirmed('NATO, created in 1949 by 12 states, turns 70.', '2019-04-04')).toContain(
      'supported: created in 1949 by 12 states',
    );
  });

  it('reads the founders as those who took part in the founding', () => {
    // held-out 34 pq001
    expect(
      saidConfirmed(
        'Twelve countries participated in the creation of NATO: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.',
        '2021-04-15',
      ),
    ).toContain('supported: Twelve countries participated in the creation of NATO');
    expect(saidRed('Eleven nations participated in the creation of NATO in 1949.', '2021-04-15')).toEqual([
      'contradicted: Eleven nations participated in the creation of NATO',
    ]);
    expect(saidRed('Ten countries took part in the founding of NATO.', '2023-04-04')).toEqual([
      'contradicted: Ten countries took part in the founding of NATO',
    ]);
    expect(saidConfirmed('The 12 states that participated in the creation of NATO signed in Washington.', '2021-04-15')).toContain(
      'supported: 12 states that participated in the creation of NATO',
    );
    expect(saidConfirmed('12 nations helped found NATO.', '2021-04-15')).toContain('supported: 12 nations helped found NATO');
  });

  it('stays quiet on a part of the founders', () => {
    expectNoRed([
      ['NATO was founded by ten countries in Europe, with the US and Canada.', '2024-05-15'],
      ['NATO was established by 10 states in Western Europe and two in North America.', '2019-04-04'],
      ['Ten European countries participated in the creation of NATO.', '2021-04-15'],
      ['The US, Canada and ten countries participated in the creation of NATO.', '2021-04-15'],
      ['Six countries participated in the creation of the European Union, NATO followed.', '2021-04-15'],
      ['The Council of Europe was set up in 1949 by ten states in Europe.', '2019-05-05'],
    ]);
  });
});

describe('new members since the founding counted wrongly', () => {
  it('counts every member but the twelve founders', () => {
    // held-out 34 pq001 (April 2021: 30 members, 18 of them new)
    expect(saidRed('Since its inception in 1949, NATO has welcomed eight new members for a total of 30 members.', '2021-04-15')).toEqual([
      'contradicted: NATO has welcomed eight new members',
    ]);
    expect(saidRed('Since its founding in 1949, NATO has welcomed 10 new members.', '2024-04-04')).toEqual([
      'contradicted: NATO has welcomed 10 new members',
    ]);
    expect(saidRed('Since 1949, the alliance has admitted 13 new members. NATO says so.', '2019-04-04')).toEqual([]);
    expect(saidRed('NATO has added nine members since it was founded.', '2020-06-01')).toEqual([
      'contradicted: NATO has added nine members',
    ]);
    expect(saidConfirmed('Since 1949, NATO has added 18 new members.', '2021-04-15')).toEqual(['supported: NATO has added 18 new members']);
    expect(saidConfirmed('Since its founding, NATO has welcomed 20 new members.', '2024-04-04')).toEqual([
      'supported: NATO has welcomed 20 new members',
    ]);
    expect(saidConfirmed('NATO has added 17 members since it was founded in 1949.', '2019-04-04')).toContain(
      'supported: NATO has added 17 members',
    );
  });

  it('confirms the total told after the growth, and a count told with then-', () => {
    // held-out 34 pq001, pf017
    expect(
      saidConfirmed('Since its inception in 1949, NATO has welcomed eight new members for a total of 30 members.', '2021-04-15'),
    ).toContain('supported: for a total of 30 members');
    expect(saidConfirmed('Turkey was the last of NATO’s then-30 nations to ratify Finland’s membership.', '2023-11-29')).toEqual([
      'supported: NATO’s then-30 nations',
    ]);
    expectNoRed([
      ['Turkey was the last of NATO’s then-27 nations to ratify Finland’s membership.', '2023-11-29'],
      ['The EU has grown for a total of 27 members.', '2021-04-15'],
    ]);
  });

  it('takes a year as the start with or without its own accessions', () => {
    // The wave of 2004 counted in or left out: the count after it is left alone, the count from it confirmed.
    expect(said('Since 2004, NATO has welcomed 4 new members.', '2022-03-01')).toEqual([]);
    expect(said('NATO keeps growing: since 2009, four countries have joined the alliance.', '2025-01-01')).toEqual([]);
    expect(saidConfirmed('Since 2004, NATO has welcomed 11 new members.', '2022-03-01')).toEqual([
      'supported: NATO has welcomed 11 new members',
    ]);
    expect(saidRed('Since 2004, NATO has welcomed 9 new members.', '2022-03-01')).toEqual([
      'contradicted: NATO has welcomed 9 new members',
    ]);
  });
});

describe('a member count told as now that the day has passed', () => {
  it('reads "over N" in a second predicate of NATO', () => {
    // held-out 34 pm001 (April 2015: 28 exactly)
    expect(
      saidRed('NATO was the first post-war military alliance and today has over 28 member states.', '2015-04-01').map((s) =>
        s.slice(0, 21),
      ),
    ).toEqual(['contradicted: NATO wa']);
    expect(saidRed('NATO is the largest military alliance and today has over 30 members.', '2021-04-01').length).toBe(1);
    expect(saidConfirmed('NATO was founded in 1949 and now has more than 26 members.', '2015-04-01').length).toBeGreaterThan(0);
    expect(saidConfirmed('NATO remains a defensive alliance and currently has over 30 member countries.', '2024-04-01').length).toBe(1);
    expectNoRed([
      ['NATO was created after the war with the EU and has over 30 members.', '2021-04-01'],
      ['NATO was founded in 1949 and now has more than 26 members.', '2015-04-01'],
    ]);
  });

  it('reads "Of the N NATO countries," opening a sentence as the whole alliance', () => {
    // held-out 34 pl006 (June 2023: 31 since Finland's accession)
    expect(
      saidRed(
        'Of the 30 NATO countries, the accession of Sweden and Finland has not yet been ratified by Turkey and Hungary.',
        '2023-06-29',
      ),
    ).toContain('outdated: Of the 30 NATO countries');
    // Round 38: one below NATO's count in a sentence about spending is the count of NATO's expenditure figures, which leave
    // Iceland out ("Of the 31 members of NATO, 20 met the target" in June 2024 is quiet, history-common.ts
    // countOfSpendingFigures); two below is still stale.
    expect(saidRed('Of the 30 members of NATO, 20 met the target.', '2024-06-29')).toEqual(['outdated: the 30 members of NATO']);
    expect(saidRed('Of the 28 NATO countries, only seven spend 2% of GDP.', '2021-06-29')).toEqual(['outdated: the 28 NATO countries']);
    expect(saidConfirmed('Of the 32 members of NATO, 23 met the target.', '2024-06-29')).toContain('supported: the 32 members of NATO');
    // A year in the sentence: the count of that year.
    expectNoRed([
      ['Of the 31 members of NATO, 20 met the target.', '2024-06-29'],
      ['Of the 29 NATO countries, only seven spend 2% of GDP.', '2021-06-29'],
      ['Of the 30 NATO allies, 11 met the target in 2022.', '2024-06-29'],
      ['In 2019, of the 29 NATO countries, only seven spent 2% of GDP.', '2021-06-29'],
    ]);
  });

  it('reads a summit’s leaders counted in other ways (confirmed only)', () => {
    // held-out 34 pe027, pj008, pr005
    expect(
      saidConfirmed('NATO leaders met in Washington. Biden individually welcomed the other 31 leaders of the alliance.', '2024-07-10'),
    ).toContain('supported: the other 31 leaders');
    expect(
      saidConfirmed(
        'NATO leaders meet next week. Trump is one of 32 leaders from the Western defensive alliance who are coming.',
        '2025-06-20',
      ),
    ).toContain('supported: one of 32 leaders from the Western defensive alliance');
    expect(
      saidConfirmed(
        'On Monday 14 June, the 2021 NATO summit is held in Brussels. It will be the first time when 30 heads of state and government will physically meet.',
        '2021-06-12',
      ),
    ).toContain('supported: 30 heads of state and government');
    expect(saidConfirmed('At the NATO summit, Macron greeted his other 28 counterparts.', '2019-12-03')).toContain(
      'supported: his other 28 counterparts',
    );
    // held-out 34 pr015 (a headline, February 2024: 31 members), NATO named after it
    expect(
      saidConfirmed('31 allies have committed to a target of spending 2 percent. Nato leaders meet in Washington in July.', '2024-02-18'),
    ).toContain('supported: 31 allies have committed');
    expect(saidConfirmed('29 Allies signed the London Declaration.', '2019-12-04')).toContain('supported: 29 Allies signed');
    expectNoRed([
      ['NATO summit. 23 allies have committed to spending more.', '2024-02-18'],
      ['27 allies have committed to the EU plan. EU leaders meet in Brussels.', '2024-02-18'],
      ['NATO leaders met in Vilnius. Biden welcomed the other 26 leaders of the alliance.', '2023-07-11'],
      ['At the EU summit, the other 26 leaders backed the plan.', '2023-07-11'],
      ['NATO met in Madrid. 40 heads of state and government attended the summit.', '2022-06-29'],
    ]);
  });
});

describe('a ratification told as still due in the passive', () => {
  it('is outdated when every ratifier named had ratified for one candidate', () => {
    // held-out 34 pl006
    expect(saidRed('The accession of Sweden and Finland has not yet been ratified by Turkey and Hungary.', '2023-06-29')).toEqual([
      'outdated: has not yet been ratified by Turkey and Hungary',
    ]);
    expect(saidRed('Sweden’s NATO accession has yet to be approved by Hungary.', '2024-04-20')).toEqual([
      'outdated: has yet to be approved by Hungary',
    ]);
    expect(saidRed('Finland’s bid to join NATO has still not been ratified by Turkey.', '2023-06-29')).toEqual([
      'outdated: has still not been ratified by Turkey',
    ]);
  });

  it('is confirmed before the votes', () => {
    expect(saidConfirmed('The accession of Sweden and Finland has not yet been ratified by Turkey and Hungary.', '2023-02-20')).toEqual([
      'supported: has not yet been ratified by Turkey and Hungary',
    ]);
    expect(saidConfirmed('Sweden’s NATO accession has yet to be approved by Hungary.', '2024-02-10')).toEqual([
      'supported: has yet to be approved by Hungary',
    ]);
    expectNoRed([
      ['Sweden’s accession to NATO has not yet been ratified by Turkey and Hungary.', '2023-10-20'],
      ['In 2023, Sweden’s accession had not yet been ratified by Turkey.', '2024-06-01'],
    ]);
  });
});

describe('a share of allies at 2% with its noun left to the sentence before', () => {
  it('judges "the majority" after a sentence naming NATO’s members', () => {
    // held-out 34 pi007 (June 2025: 23 of 32 met 2% in 2024)
    expect(
      saidRed(
        'The majority of NATO countries cannot rise to the new spending target. The majority don’t meet a 2% spending target, in 2024, only Poland, Estonia and Latvia spent 3% or greater.',
        '2025-06-28',
      ),
    ).toEqual(['contradicted: The majority don’t meet a 2%']);
    expect(saidRed('NATO countries face a new target. Most of them fall short of the 2% target.', '2025-06-28')).toEqual([
      'contradicted: Most of them fall short of the 2%',
    ]);
    expect(
      saidConfirmed('Only nine NATO members meet the target. The majority don’t meet the 2% spending target.', '2019-06-28'),
    ).toContain('supported: The majority don’t meet the 2%');
    expect(saidConfirmed('NATO allies are under pressure. The vast majority still fall short of the 2% target.', '2019-06-28')).toEqual([
      'supported: The vast majority still fall short of the 2%',
    ]);
    expectNoRed([
      ['EU countries face a new target. The majority don’t meet a 2% spending target.', '2025-06-28'],
      ['Most NATO members did not meet the 2% target, in 2014, only three did.', '2025-06-28'],
      ['Voters are divided. The majority don’t meet a 2% threshold for benefits.', '2025-06-28'],
    ]);
  });
});

describe('a member’s years in NATO told first, and its anniversaries in words', () => {
  it('reads "For N years (now), X has been a NATO ally"', () => {
    // held-out 34 pf028 (December 2024)
    expect(saidConfirmed('For seven years now, Montenegro has been a valued NATO Ally.', '2024-12-16')).toEqual([
      'supported: For seven years now, Montenegro has been a valued NATO Ally',
    ]);
    expect(saidConfirmed('For over 70 years, Turkey has been a key member of the alliance.', '2025-08-19').length).toBe(1);
    expect(saidConfirmed('For fifteen years now, Bulgaria has been a NATO ally.', '2019-12-12').length).toBe(1);
    expect(saidRed('For 80 years, Turkey has been a NATO ally.', '2025-08-19')).toEqual([
      'contradicted: For 80 years, Turkey has been a NATO ally',
    ]);
    expectNoRed([
      ['For seven years, Montenegro has been a partner of the EU.', '2024-12-16'],
      ['For 20 years, Turkey has been a candidate for the EU.', '2025-08-19'],
    ]);
  });

  it('reads an anniversary written in words, of a country joining "this Alliance"', () => {
    // held-out 34 pr003 (December 2019)
    expect(saidConfirmed('We celebrate the fifteenth anniversary of Bulgaria joining this Alliance.', '2019-12-12')).toEqual([
      'supported: fifteenth anniversary of Bulgaria joining this Alliance',
    ]);
    expect(saidConfirmed('Romania marks the 20th anniversary of Romania joining NATO.', '2024-03-29').length).toBe(1);
  });
});

describe('the next summit told in a year other than its own', () => {
  it('is contradicted when the next summit is known and falls in another year', () => {
    // held-out 34 pp001 (May 2025: The Hague, June 2025)
    expect(saidRed('The Netherlands will host the next NATO summit next year.', '2025-05-09')).toEqual([
      'contradicted: The Netherlands will host the next NATO summit next year',
    ]);
    expect(saidRed('The next NATO summit will take place next year.', '2025-05-09')).toEqual([
      'contradicted: The next NATO summit will take place next year',
    ]);
    expect(saidRed('The next NATO summit will take place in Vilnius next year.', '2023-01-10')).toEqual([
      'contradicted: The next NATO summit will take place in Vilnius next year',
    ]);
  });

  it('stays quiet or confirms when the year is the next summit’s', () => {
    expect(saidConfirmed('The Netherlands will host the next NATO summit next year.', '2024-08-01').length).toBe(1);
    expect(saidConfirmed('The next NATO summit will take place in Vilnius this year.', '2023-01-10').length).toBe(1);
    expectNoRed([
      ['The next NATO summit will take place this year in The Hague.', '2025-05-09'],
      ['Turkey will host the next NATO summit next year.', '2025-08-01'],
      ['In 2017, officials said the next NATO summit would take place next year in Brussels.', '2025-08-01'],
    ]);
  });
});

describe('a summit city put in the wrong country of the United Kingdom', () => {
  it('is contradicted', () => {
    // held-out 34 pp001
    expect(
      saidRed('At the 2014 summit in Newport, England, the alliance set a defence budget target of two percent.', '2025-05-09'),
    ).toEqual(['contradicted: Newport, England']);
    expect(saidRed('NATO leaders met in Watford, Scotland, for the summit.', '2019-12-04')).toEqual(['contradicted: Watford, Scotland']);
  });

  it('stays quiet on the right one', () => {
    expectNoRed([
      ['At the 2014 NATO summit in Newport, Wales, the alliance set a target.', '2025-05-09'],
      ['NATO leaders met in Watford, England, for the summit.', '2019-12-04'],
      ['NATO leaders met in London, England.', '2019-12-04'],
    ]);
  });
});

describe('a bank told as cut off from SWIFT before the package that cut it off', () => {
  it('is contradicted before the adoption', () => {
    // held-out 34 pl005 (31 May 2022: the sixth package was adopted on 3 June)
    expect(
      saidRed(
        'Under a new set of sanctions approved by European Union officials, Sberbank, the Russian banking giant, has been officially disconnected from the SWIFT financial messaging system.',
        '2022-05-31',
      ),
    ).toEqual([
      'contradicted: Sberbank, the Russian banking giant, has been officially disconnected from the SWIFT financial messaging system',
    ]);
    expect(saidRed('EU leaders said Sberbank was cut from SWIFT.', '2022-05-20').length).toBe(1);
  });

  it('stays quiet told ahead, after, or of other banks', () => {
    expectNoRed([
      ['Sberbank has been disconnected from SWIFT.', '2022-06-20'],
      ['Sberbank will be disconnected from SWIFT under the new package.', '2022-05-31'],
      ['Seven banks were cut from SWIFT, but Sberbank was spared.', '2022-03-10'],
      ['Sberbank was not cut from SWIFT.', '2022-03-10'],
      ['Sberbank has been cut off from SWIFT.', '2022-06-04'],
    ]);
  });
});

describe('a sanctions package told as under way long after its adoption', () => {
  it('is contradicted', () => {
    // held-out 34 pf041 (23 February 2026: the 20th was on the table)
    expect(
      saidRed(
        'EU foreign policy chief Kaja Kallas does not expect progress today on the 10th package of sanctions against Russia amid Hungary’s statements about blocking.',
        '2026-02-23',
      ),
    ).toEqual(['contradicted: 10th package of sanctions']);
    expect(saidRed('The EU will discuss the 10th package of sanctions against Russia.', '2026-02-23')).toEqual([
      'contradicted: 10th package of sanctions',
    ]);
    expect(saidRed('The EU is preparing its 14th package of sanctions against Russia.', '2025-06-10')).toEqual([
      'contradicted: 14th package of sanctions',
    ]);
  });

  it('stays quiet on the package under way and on a past told', () => {
    expectNoRed([
      ['The EU will discuss the 20th package of sanctions against Russia today.', '2026-02-23'],
      ['The EU is preparing its 18th package of sanctions against Russia.', '2025-06-10'],
      ['In 2023 Hungary was blocking the EU’s 10th package.', '2026-02-23'],
      ['The EU is preparing its 14th package of sanctions against Russia.', '2024-05-20'],
    ]);
  });
});

describe('steps and deadlines told ahead (confirm-only)', () => {
  it('confirms an application told ahead of its day', () => {
    // held-out 34 pe016 (17 May 2022)
    expect(saidConfirmed('Finland and Sweden will apply for NATO membership on Wednesday 18 May.', '2022-05-17')).toEqual([
      'supported: Finland and Sweden will apply for NATO membership on Wednesday',
    ]);
    expect(saidConfirmed('Sweden will submit its NATO application on 18 May.', '2022-05-17').length).toBe(1);
    expectNoRed([
      ['Sweden will apply to join NATO on 20 May.', '2022-05-17'],
      ['Ukraine will apply for EU membership on 18 May.', '2022-05-17'],
      ['Finland is expected to apply for NATO membership soon.', '2022-05-12'],
    ]);
  });

  it('confirms the deadline of the 5% target told as "the new 2035 deadline"', () => {
    // held-out 34 pg041 (25 June 2025)
    expect(
      saidConfirmed('NATO allies agreed on 5% of GDP. Spain said it would not reach the target by the new 2035 deadline.', '2025-06-25'),
    ).toContain('supported: the new 2035 deadline');
    expectNoRed([['NATO allies agreed on 5% of GDP. Spain said it would not reach the target by the new 2030 deadline.', '2025-06-27']]);
  });
});

describe('Ukraine’s nuclear disarmament of 1994 placed in another city than Budapest', () => {
  it('is contradicted, "the same city" read as the city named before it', () => {
    // held-out 34 pp007 (November 2025: the rewrite made the city Anchorage)
    expect(
      saidRed(
        'Critics pointed out that the choice of Anchorage, Alaska, for Trump’s second summit with Putin in August seemed problematic, particularly because Ukraine had agreed in 1994, in the same city, to relinquish its post-Soviet nuclear arsenal.',
        '2025-11-07',
      ),
    ).toEqual(['contradicted: 1994, in the same city, to relinquish its post-Soviet nuclear arsenal']);
    expect(saidRed('Ukraine agreed in 1994 in Minsk to give up its nuclear weapons.', '2024-12-05')).toEqual([
      'contradicted: 1994 in Minsk to give up its nuclear weapons',
    ]);
  });

  it('is confirmed of Budapest and quiet otherwise', () => {
    expect(
      saidConfirmed(
        'Critics said the choice of Budapest, Hungary, for the summit with Putin was problematic, because Ukraine had agreed in 1994, in the same city, to relinquish its post-Soviet nuclear arsenal.',
        '2025-11-07',
      ),
    ).toContain('supported: 1994, in the same city, to relinquish its post-Soviet nuclear arsenal');
    expect(saidConfirmed('In Budapest in 1994, Ukraine agreed to give up its nuclear arsenal.', '2024-12-05').length).toBe(1);
    expectNoRed([
      ['Ukraine gave up its nuclear weapons in 1994; talks in Minsk followed in 2014.', '2024-12-05'],
      ['In 1994, in Lisbon, Kazakhstan agreed to give up its nuclear arsenal.', '2024-12-05'],
      ['Ukraine, which gave up its nuclear arsenal in 1994, met in Kyiv with Putin’s envoys.', '2024-12-05'],
    ]);
  });
});
