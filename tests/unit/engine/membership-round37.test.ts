// Round 37, membership, accessions, counts and spending (sentences of our own unless an entry id is given): a non-member
// called NATO's ally, a member called one before it joined, an accession's month told of "it", an accession told as still
// to come long after it came, a first-person accession in a year no country joined, a count naming NATO after another
// alliance on the page, and a target with a deadline told as having none.
import { describe, expect, it } from 'vitest';
import { analyze, expectNoRed, said, saidConfirmed, saidRed } from './helpers';

describe('a country not in NATO called its ally', () => {
  it('flags the beyond-doubt forms for any non-member', () => {
    // held-out 35 qo001 (TIME, June 2022) and qn001 (May 2022)
    expect(
      saidRed(
        'Just months after the invasion of NATO ally Ukraine, the 30 member states of the intergovernmental military alliance are keen to demonstrate their unity.',
        '2022-06-27',
      ),
    ).toEqual(['contradicted: NATO ally Ukraine']);
    expect(saidRed('Georgia is one of NATO’s most important allies. It seeks to become a member of the Alliance.', '2022-05-05')).toEqual([
      'contradicted: Georgia is one of NATO’s most important allies',
    ]);
    // Other countries, other wordings.
    expect(saidRed('Russian troops massed on the border of NATO ally Moldova.', '2023-03-01')).toEqual(['contradicted: NATO ally Moldova']);
    expect(saidRed('Serbia is a NATO ally, the minister said in Belgrade.', '2021-10-11').length).toBe(1);
    expect(saidRed('Austria is one of NATO’s closest allies in central Europe.', '2024-02-01').length).toBe(1);
    expect(saidRed('Fellow NATO ally Switzerland sent observers.', '2020-05-05')).toEqual(['contradicted: NATO ally Switzerland']);
    // A NATO country: "Ukraine is a NATO country", "NATO country Georgia".
    expect(saidRed('Ukraine is a NATO country.', '2023-03-01')).toEqual(['contradicted: Ukraine is a NATO country']);
    expect(saidRed('Russia threatened NATO country Georgia.', '2023-03-01')).toEqual(['contradicted: NATO country Georgia']);
  });

  it('flags Finland or Sweden said to be an ally before they joined, not after', () => {
    expect(saidRed('Finland is a NATO ally.', '2022-10-27')).toEqual(['contradicted: Finland is a NATO ally']);
    expect(saidRed('Sweden is also a NATO ally now.', '2023-10-27').length).toBe(1);
    // Named after the noun, a later page's way of calling it (membership-round6): confirmed once a member, never flagged.
    expect(said('Troops from NATO ally Finland joined the exercise.', '2023-10-27')).toContain('supported: NATO ally Finland');
    expect(said('Russia threatened NATO country Poland.', '2023-03-01')).toContain('supported: NATO country Poland');
    expectNoRed([
      ['Troops from NATO ally Finland joined the exercise.', '2022-10-27'],
      ['Troops from NATO ally Finland joined the exercise.', '2023-10-27'],
      ['Troops from NATO member Sweden joined the drill.', '2024-10-27'],
      ['Future NATO member Sweden sent troops.', '2023-10-27'],
      ['Sweden, a soon-to-be NATO member, sent troops.', '2023-10-27'],
    ]);
  });

  it('stays quiet on the loose allies of a friend, denials and suppositions', () => {
    expectNoRed([
      ['Ukraine and its allies met in Ramstein. Kyiv’s allies in NATO sent tanks.', '2023-03-01'],
      ['Ukraine is an ally of the United States and a close partner of NATO.', '2023-03-01'],
      ['Ukraine is one of NATO’s closest partners.', '2023-03-01'],
      ['The US designated Ukraine a major non-NATO ally.', '2023-03-01'],
      ['Ukraine is not a NATO ally.', '2023-03-01'],
      ['If Ukraine were a NATO ally, Article 5 would apply.', '2023-03-01'],
      ['NATO allies Ukraine and Georgia were discussed.', '2023-03-01'],
      ['NATO ally Poland borders Ukraine; Poland, a NATO ally, hosts refugees.', '2023-03-01'],
      ['Georgia hopes to become a NATO ally one day.', '2023-03-01'],
      ['Georgia is a NATO partner country.', '2023-03-01'],
      ['Moldova is a non-NATO country.', '2023-03-01'],
      ['Ukraine is not a NATO country.', '2023-03-01'],
      ['Ukraine is a NATO country, he claimed.', '2023-03-01'],
      ['Russia threatened NATO country Finland.', '2022-03-01'],
    ]);
  });
});

describe('an accession told of "it" with a month not its own', () => {
  it('flags "it" bound to the one member named before', () => {
    // held-out 35 qk001 (CNBC live blog, 24 January 2024)
    expect(
      saidRed(
        'Finland’s membership was ratified by all NATO members last year, and it became a member of the alliance in April 2022, but Sweden’s bid was initially opposed by Turkey and Hungary.',
        '2024-01-24',
      ),
    ).toEqual(['contradicted: it became a member of the alliance in April 2022']);
    expect(saidRed('North Macedonia settled its name dispute, and it joined NATO in March 2019.', '2021-01-24').length).toBe(1);
    expect(saidRed('Montenegro’s parliament voted in April, and it joined the alliance in June 2016.', '2018-01-24').length).toBe(1);
  });

  it('stays quiet when right, or when "it" may be several', () => {
    expectNoRed([
      ['Finland’s bid was approved and it joined NATO in April 2023.', '2024-01-24'],
      ['North Macedonia signed the Prespa deal, and it joined NATO in March 2020.', '2021-01-24'],
      ['Sweden’s bid was blocked for months by Hungary, but it finally joined NATO in February.', '2024-04-24'],
    ]);
    // Round 40: whoever "it" is, nobody joined NATO in April 2022 (accession-no-joiner.ts); the month reader says nothing.
    expect(
      analyze('Sweden and Finland applied in May 2022. It joined NATO in April 2022.', '2024-01-24')
        .filter((a) => a.verdict === 'contradicted')
        .map((a) => a.message),
    ).toEqual([expect.stringMatching(/^Not so: No country joined NATO in April 2022/)]);
  });
});

describe('an accession told as still to come long after it came', () => {
  it('flags the future forms two months or more after the accession', () => {
    // held-out 35 qi006 (an exam note dated 26 June 2020, written before North Macedonia joined on 27 March 2020)
    expect(
      saidRed('North Macedonia is expected to formally join the alliance at the NATO summit in December in London.', '2020-06-26'),
    ).toEqual(['outdated: North Macedonia is expected to formally join the alliance']);
    expect(saidRed('North Macedonia is expected to join NATO later this year.', '2020-06-26').length).toBe(1);
    expect(saidRed('Finland will join NATO soon.', '2024-01-26')).toEqual(['outdated: Finland will join NATO']);
    expect(saidRed('Sweden is set to become NATO’s 32nd member.', '2024-06-26').length).toBe(1);
    expect(saidRed('Montenegro is poised to join the alliance next month.', '2018-02-10').length).toBe(1);
  });

  it('stays quiet before, days after, in reports, recollections and on other joinings', () => {
    expectNoRed([
      ['Sweden will formally join NATO on Monday.', '2024-03-08'],
      ['Finland is expected to join NATO within weeks.', '2023-03-20'],
      ['Sweden will join NATO exercises in the Arctic.', '2024-06-26'],
      ['Finland will join the alliance in sending troops.', '2024-06-26'],
      ['Finland will become a member of the alliance’s Nuclear Planning Group.', '2024-06-26'],
      ['Sweden will become a member of NATO’s command structure.', '2024-06-26'],
      ['Sweden will become a NATO member-in-waiting.', '2024-06-26'],
      ['Finland will join NATO with troops in the Baltic.', '2024-06-26'],
      ['Finland will attend the summit as a full-fledged member of the Alliance.', '2024-06-26'],
      ['In 2019, North Macedonia was expected to join NATO.', '2020-06-26'],
      ['Back then, Finland was expected to join NATO within months.', '2024-06-26'],
      ['Ukraine will join NATO one day.', '2024-06-26'],
      ['Sweden’s prime minister will join the alliance leaders at dinner.', '2024-06-26'],
    ]);
  });
});

describe('a first-person accession in a year no country joined', () => {
  it('flags it whoever speaks, once for a year told twice', () => {
    // held-out 35 qm003 (Czechia's foreign minister, 4 April 2024; Czechia joined in 1999)
    expect(
      saidRed(
        'Our accession to NATO in 1989 was a clear signal. Today that vision seems very distant, but so did our NATO accession in 1989.',
        '2024-04-04',
      ),
    ).toEqual(['contradicted: Our accession to NATO in 1989']);
    expect(saidRed('We joined NATO in 1998, and it changed everything.', '2019-03-12').length).toBe(1);
    expect(saidRed('Since we became a member of the Alliance in 2003, we have contributed to every mission.', '2014-03-12').length).toBe(1);
  });

  it('stays quiet on an accession year, a year to come, what led to it, and Germany’s unification', () => {
    expectNoRed([
      ['Our accession to NATO in 1999 was a clear signal.', '2024-04-04'],
      ['We joined NATO in 2004.', '2024-04-04'],
      ['The decision on our accession to NATO in 1997 was made in Madrid.', '2024-04-04'],
      ['Our accession to NATO in 2030 is our goal.', '2024-04-04'],
      ['For the east of our country, we joined NATO in 1990 with unification.', '2020-10-03'],
    ]);
  });
});

describe('a count that names NATO itself, after another alliance on the page', () => {
  it('is judged whatever other alliance the page names before', () => {
    // held-out 35 qm002 (Posten Norge, 4 April 2024: the Warsaw Pact told in the paragraph before)
    expect(
      saidRed(
        'West Germany was included as a member in 1955. The Soviet Union responded to this with the creation of the Warsaw Pact the same year.\n\nToday, 31 countries are members of NATO.',
        '2024-04-04',
      ),
    ).toEqual(['outdated: Today, 31 countries are members of NATO']);
    expect(saidRed('The Warsaw Pact was dissolved in 1991. Currently, 30 nations belong to NATO.', '2023-06-04').length).toBe(1);
    // "the alliance" after the Warsaw Pact may be either: still quiet.
    expectNoRed([['The Warsaw Pact was created in 1955. Today, 31 countries are members of the alliance.', '2024-04-04']]);
  });
});

describe('a spending target with a deadline told as having none', () => {
  it('flags Wales’ 2% and The Hague’s 5% told without one', () => {
    // held-out 35 qi002 (The Atlantic, April 2019)
    expect(
      saidRed(
        'Still, Trump has continued to insist that the allies meet a defense-spending target they all said they’d aim for back in 2014—when each country committed to move toward spending 2 percent of GDP on defense, without specifying a timeline.',
        '2019-04-03',
      ),
    ).toEqual(['contradicted: without specifying a timeline']);
    expect(
      saidRed('At the Wales summit in 2014, NATO allies pledged to spend 2% of GDP on defence, but no deadline was set.', '2018-07-03'),
    ).toEqual(['contradicted: no deadline was set']);
    expect(saidRed('The 5% goal agreed by NATO allies in The Hague came with no deadline.', '2025-09-03')).toEqual([
      'contradicted: with no deadline',
    ]);
  });

  it('judges the span the Wales pledge gave: ten years from 2014', () => {
    expect(said('In 2014, allies agreed to reach 2% within a decade.', '2019-04-03')).toContain('supported: within a decade');
    expect(saidRed('In 2014, NATO allies agreed to spend 2 percent of GDP on defense within five years.', '2016-04-03')).toEqual([
      'contradicted: within five years',
    ]);
    expect(saidRed('At the Wales summit, NATO allies pledged to reach 2% of GDP within twenty years.', '2015-04-03').length).toBe(1);
    expectNoRed([
      // Five years from a page of 2019 ends on the deadline: the span may be counted from the page's day.
      ['In 2014, NATO allies agreed to spend 2 percent of GDP on defense within five years.', '2019-04-03'],
      ['Since the 2014 Wales pledge of 2%, NATO allies raised their budgets by a third within five years.', '2019-04-03'],
      ['In 2014, NATO allies agreed to spend 2 percent of GDP, and Germany promised to get there within five years.', '2019-04-03'],
      ['In 2014 NATO allies pledged 2% of GDP within nine years.', '2016-04-03'],
    ]);
  });

  it('stays quiet on the targets that had none, a country’s own plan, and the deadline told', () => {
    expectNoRed([
      ['In 2006, NATO allies agreed to spend 2% of GDP on defence without a deadline.', '2019-04-03'],
      ['At Vilnius in 2023 allies made 2% a floor, without a timeline.', '2024-04-03'],
      ['At the Wales summit in 2014, allies agreed to move toward 2% within a decade.', '2019-04-03'],
      ['In 2014, Germany committed to spend 2 percent of GDP without specifying a timeline.', '2019-04-03'],
      ['Would allies have agreed in 2014 to 2% without a deadline?', '2019-04-03'],
    ]);
  });
});

describe('confirmations in more forms', () => {
  it('confirms an accession told as "included as a member" or "included in the alliance"', () => {
    // held-out 35 qm002 (Posten Norge, April 2024)
    expect(saidConfirmed('NATO had 12 members at first. West Germany was included as a member in 1955.', '2024-04-04')).toContain(
      'supported: Germany was included as a member in 1955',
    );
    expect(saidConfirmed('Spain was included in the alliance in 1982.', '2024-04-04')).toEqual([
      'supported: Spain was included in the alliance in 1982',
    ]);
    expectNoRed([['Spain was included in NATO in 1986.', '2024-04-04']]);
  });

  it('confirms the Hague review told in the plural', () => {
    // held-out 35 qn007 (a bullet of June 2025)
    const text =
      'NATO leaders at the 2025 Hague Summit committed to raising defence and security-related spending to 5% of GDP by 2035.\n- Progress reviews will occur in 2029, with full implementation by 2035';
    expect(saidConfirmed(text, '2025-06-26')).toContain('supported: reviews will occur in 2029');
    expectNoRed([
      ['Allies agreed to spend 5% of GDP by 2035. Progress reviews will occur in 2031.', '2025-07-26'],
      ['Germany plans to reach 3.5% by 2029. Budget reviews will occur in 2027.', '2025-07-26'],
    ]);
  });

  it('confirms the members counted as "them" after a sentence on NATO’s members, and never flags it', () => {
    expect(saidConfirmed('NATO’s member states are listed below. In total there are 31 of them.', '2024-01-24')).toEqual([
      'supported: In total there are 31 of them',
    ]);
    expect(
      saidConfirmed('The alliance is made up of member countries from Europe and North America. Today there are 30 of them.', '2022-05-24'),
    ).toEqual(['supported: Today there are 30 of them']);
    expectNoRed([
      ['NATO’s member states are listed below. In total there are 31 of them.', '2024-05-24'],
      ['NATO has partners around the world. Today there are 40 of them.', '2022-05-24'],
    ]);
  });
});
