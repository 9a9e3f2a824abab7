// Round 45, members lane: membership claims by class, from held-out 43's misses. NATO's size as an estimate ("NATO is an
// alliance between like 13 countries"), members told as not NATO's beside another body ("members of the EU, but not NATO"),
// "neither ... nor ...", several members told as joined or welcomed, an invitation received at a summit, and a count reached
// days later told as the present one ("NATO Is Now 32 Member Strong Alliance"); with the true look-alikes (right estimates,
// parts, other bodies, partners, the past, suppositions, applications) that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze, expectMembershipFlagged, expectMembershipQuiet, expectMembershipSupported, saidRed } from './helpers';

describe("NATO's size as an estimate (member-count-hedged.ts)", () => {
  it('flags an estimate far from the count of the day, said of NATO by name', () => {
    expectMembershipFlagged([
      // https://kdranews.com/8626/news/ukraine-and-russia-war/ (held-out 43 ug001, 1 March 2022: 30 members)
      [
        'NATO is an alliance between like 13 countries that was formed in World War II or World War I.',
        '2022-03-01',
        'NATO is an alliance between like 13 countries',
        'contradicted',
      ],
      // the class, other wordings
      ['NATO is an alliance of about 13 countries.', '2022-03-01', 'NATO is an alliance of about 13 countries', 'contradicted'],
      ['NATO has about 13 member states.', '2023-05-01', 'NATO has about 13 member states', 'contradicted'],
      ['NATO is made up of around 15 nations.', '2024-05-01', 'NATO is made up of around 15 nations', 'contradicted'],
      [
        'NATO, a military alliance of some 20 countries, has promised to defend its members.',
        '2022-03-01',
        'NATO, a military alliance of some 20 countries',
        'contradicted',
      ],
      ['NATO has almost 40 members.', '2022-03-01', 'NATO has almost 40 members', 'contradicted'],
      // ug001 in its paragraph: "World War I." does not end the sentence for the splitter, so the next one's "if Ukraine
      // joins" must not be read as a supposition of this one
      [
        'Ukraine and Russia are in a war right now. NATO is an alliance between like 13 countries that was formed in World War II or World War I.  Ukraine wants to join NATO, but if Ukraine joins NATO the possibility of World War III breaking out becomes more realistic.',
        '2022-03-01',
        'NATO is an alliance between like 13 countries',
        'contradicted',
      ],
    ]);
  });
  it('confirms an estimate near the count and leaves parts, partners, other bodies, the past and suppositions alone', () => {
    expectMembershipSupported([
      ['NATO is an alliance of some 30 countries.', '2022-03-01', 'NATO is an alliance of some 30 countries'],
      ['NATO is an alliance of roughly 30 countries.', '2024-03-01', 'NATO is an alliance of roughly 30 countries'],
      [
        'NATO, an alliance of about 30 countries in Europe and North America, met today.',
        '2022-03-01',
        'NATO, an alliance of about 30 countries',
      ],
    ]);
    expectMembershipQuiet([
      // neither near nor far: an estimate says nothing
      ['NATO is an alliance of about 25 countries.', '2022-03-01'],
      // parts of the alliance
      ['NATO now has some 23 countries that meet the 2% target.', '2024-03-01'],
      ['NATO has about 20 countries in Europe.', '2024-03-01'],
      // partners and other bodies: held-out 24 ta027 (AP, 26 April 2022)
      [
        'the roughly 40 countries convened by U.S. Defense Secretary Lloyd Austin at Ramstein Air Force base in Germany on Tuesday',
        '2022-04-26',
      ],
      ['NATO has about 40 partners around the world.', '2022-03-01'],
      ['NATO is a coalition of about 50 countries helping Ukraine.', '2022-03-01'],
      ['NATO, the EU and some 40 countries backed the plan.', '2022-03-01'],
      // the past, a supposition
      ['In 1949 NATO was an alliance of about 12 countries.', '2022-03-01'],
      ['If Ukraine joins, NATO would be an alliance of about 33 countries.', '2024-03-01'],
      ['NATO is an alliance of about 13 countries if Ukraine joins.', '2024-03-01'],
    ]);
  });
});

describe('members told as not NATO members beside another body, and "neither ... nor" (membership-status.ts)', () => {
  it('confirms them before the accession and flags them a month after it', () => {
    expectMembershipSupported([
      // https://www.cnbc.com/2022/04/14/ (held-out 43 uf002, 14 April 2022)
      [
        'Sweden and Finland are members of the EU, but not NATO, and the latter shares an 830-mile border with Russia.',
        '2022-04-14',
        'Sweden and Finland are members of the EU, but not NATO',
      ],
      [
        'Finland and Sweden are members of the European Union but not of NATO.',
        '2022-04-14',
        'Finland and Sweden are members of the European Union but not of NATO',
      ],
      ['Neither Finland nor Sweden is a member of NATO.', '2022-04-14', 'Neither Finland nor Sweden is a member of NATO'],
      ['Neither Sweden nor Finland are NATO members.', '2022-04-14', 'Neither Sweden nor Finland are NATO members'],
      ['Austria and Ireland are EU members but not NATO members.', '2024-06-14', 'Austria and Ireland are EU members but not NATO'],
    ]);
    expectMembershipFlagged([
      [
        'Sweden and Finland are members of the EU, but not NATO, and the latter shares an 830-mile border with Russia.',
        '2024-06-01',
        'Sweden and Finland are members of the EU, but not NATO',
        'outdated',
      ],
      [
        'Finland and Sweden are members of the European Union but not of NATO.',
        '2023-10-01',
        'Finland and Sweden are members of the European Union but not of NATO',
        'outdated',
      ],
      ['Neither Finland nor Sweden is a member of NATO.', '2024-06-14', 'Neither Finland nor Sweden is a member of NATO', 'outdated'],
      ['Neither Sweden nor Finland are NATO members.', '2024-06-14', 'Neither Sweden nor Finland are NATO members', 'outdated'],
    ]);
  });
  it('leaves the past, suppositions, other bodies and other verbs alone, and never reads the clause after "nor" as said', () => {
    expectMembershipQuiet([
      ['Sweden and Finland were members of the EU but not NATO when the war began.', '2024-06-14'],
      ['If Sweden and Finland are members of the EU, but not NATO, they rely on the EU clause.', '2024-05-14'],
      ['Neither Finland nor Sweden is a member of the EU.', '2022-04-14'],
      // https://khyberpass.org/finland-and-sweden-remain-neutral-since-cold-war/ (January 2022)
      [
        'Despite the fact that neither Finland nor Sweden have expressed a direct desire to join the military alliance, NATO welcomes them.',
        '2022-01-20',
      ],
      // https://www.readkong.com/page/friends-with-benefits-nato-the-european-neutrals-in-an-4199335 (PfP, not NATO)
      [
        'These neutrals – Ireland, Switzerland, Finland, Sweden, Austria – are all members of a range of multi-lateral institutions, and they are also all members of NATO’s Partnership for Peace (PfP) programme.',
        '2019-06-01',
      ],
    ]);
    // "Sweden is a member of NATO" inside "Neither Finland nor Sweden is ..." is no membership said
    expect(
      analyze('Neither Finland nor Sweden is a member of NATO.', '2024-06-14').some((a) => a.quote === 'Sweden is a member of NATO'),
    ).toBe(false);
    expect(saidRed('Neither Sweden nor Finland are NATO members.', '2022-04-14')).toEqual([]);
  });
});

describe('several members told as joined or welcomed (membership-status.ts)', () => {
  it('confirms them once all joined and flags the present perfect before one did', () => {
    expectMembershipSupported([
      // held-out 34 ga034 (16 April 2024)
      ['Finland and Sweden have each joined NATO.', '2024-04-16', 'Finland and Sweden have each joined NATO'],
      // held-out 43 ty021 (4 April 2024)
      [
        'In recent years, NATO has welcomed Sweden and Finland into its fold, significantly extending its borders and doubling its perimeter with Russia to 1,340 kilometres.',
        '2024-04-04',
        'NATO has welcomed Sweden and Finland',
      ],
      // held-out 20 yb107 (17 February 2022)
      ['NATO later welcomed Hungary, Poland and the Czech Republic.', '2022-02-17', 'NATO later welcomed Hungary'],
    ]);
    expectMembershipFlagged([['Finland and Sweden have joined NATO.', '2023-06-16', 'Sweden have joined NATO', 'contradicted']]);
  });
  it('leaves applications, other bodies, suppositions and a welcome before the accession alone', () => {
    expectMembershipQuiet([
      ['NATO welcomed Finland and Sweden’s applications.', '2022-05-18'],
      ['NATO welcomed Finland and Sweden at the summit.', '2022-06-29'],
      ['NATO has welcomed Sweden and Finland into its fold.', '2023-06-04'],
      ['Sweden and Finland have joined the EU.', '2024-04-04'],
      ['If Finland and Sweden have joined NATO by then, the border doubles.', '2022-05-18'],
    ]);
    // a year not the accession's: the welcome told is the invitation of 1997, not confirmed
    expect(
      analyze('In 1997 NATO welcomed Hungary, Poland and the Czech Republic.', '2022-02-17').some(
        (a) => a.kind === 'membership' && a.verdict === 'supported',
      ),
    ).toBe(false);
  });
});

describe('an invitation received at a summit (accession-invitation-place.ts)', () => {
  it('confirms the summit of the invitation, with its year and an accession told after it', () => {
    expectMembershipSupported([
      // held-out 43 ty001 (Albania, 1 April 2023), the country named
      [
        'Albania received an invitation to join at the 2008 Bucharest Summit and became a full member on April 1, 2009.',
        '2023-04-01',
        'Albania received an invitation to join at the 2008 Bucharest Summit',
      ],
      [
        'Croatia received its invitation to join NATO at the Bucharest summit.',
        '2023-04-01',
        'Croatia received its invitation to join NATO at the Bucharest summit',
      ],
    ]);
  });
  it('flags another summit and leaves a wrong year, non-members and other verbs to their own readers', () => {
    expectMembershipFlagged([
      [
        'Albania received an invitation to join NATO at the 2006 Riga Summit.',
        '2023-04-01',
        'Albania received an invitation to join NATO at the 2006 Riga Summit',
        'contradicted',
      ],
      [
        'Finland and Sweden received an invitation to join NATO at the Vilnius summit.',
        '2024-04-01',
        'Sweden received an invitation to join NATO at the Vilnius summit',
        'contradicted',
      ],
    ]);
    for (const [text, asOf] of [
      ['Albania received an invitation to join NATO at the 2007 Bucharest Summit.', '2023-04-01'],
      ['Ukraine received an invitation to join NATO at the Bucharest summit.', '2023-04-01'],
      ['Albania hopes to receive an invitation to join NATO at the Bucharest summit.', '2008-03-01'],
    ])
      expect(
        analyze(text, asOf)
          .filter((a) => a.kind === 'membership' && a.verdict !== 'context')
          .map((a) => a.verdict),
        text,
      ).not.toContain('contradicted');
  });
});

describe('a count reached days later told as the present one (membership.ts)', () => {
  it('flags "NATO is now a 32-member alliance" before Sweden joined', () => {
    expectMembershipFlagged([
      // held-out 18 wb103 (a headline of 26 February 2024, the day of Hungary's vote; Sweden joined on 7 March)
      ['NATO Is Now 32 Member Strong Alliance', '2024-02-26', '32 Member Strong Alliance', 'contradicted'],
      ['NATO is now a 32-member alliance.', '2024-02-26', '32-member alliance', 'contradicted'],
    ]);
  });
  it('confirms it after and leaves days near the accession, plans and suppositions alone', () => {
    expectMembershipSupported([['NATO is now a 32-member alliance.', '2024-05-26', '32-member alliance']]);
    expectMembershipQuiet([
      ['NATO is now a 32-member alliance.', '2024-03-05'],
      ['With Hungary voting, NATO is set to become a 32-member alliance.', '2024-02-26'],
      ['Once Sweden joins, NATO is now a 32-member alliance.', '2024-02-26'],
      ['NATO is now a 30-member alliance.', '2021-05-26'],
    ]);
  });
});

describe('a member told as taking part in a meeting as one (membership-status.ts)', () => {
  it('confirms it once the country joined', () => {
    expectMembershipSupported([
      // held-out 37 rf007 (12 July 2023)
      [
        'Finland participated for the first time as a full NATO member.',
        '2023-07-12',
        'Finland participated for the first time as a full NATO member',
      ],
      // held-out 13 c109 (15 July 2023)
      ['The summit marked Finland’s first participation as a NATO member.', '2023-07-15', 'Finland’s first participation as a NATO member'],
      // held-out 26 ja006 (2 April 2020)
      [
        'North Macedonia, which attended the meeting as full NATO member for the first time, thanked allies.',
        '2020-04-02',
        'North Macedonia, which attended the meeting as full NATO member',
      ],
    ]);
  });
  it('says nothing before the accession, nor of another role', () => {
    for (const [text, asOf] of [
      ['Sweden will attend the summit as a full NATO member.', '2023-07-10'],
      ['Sweden will attend the summit as an invitee, not as a NATO member.', '2023-07-10'],
      ['Finland attended the summit as a partner, and hopes to return as a NATO member.', '2022-06-29'],
    ])
      expect(
        analyze(text, asOf)
          .filter((a) => a.kind === 'membership')
          .map((a) => `${a.verdict}: ${a.quote}`),
        text,
      ).toEqual([]);
  });
});

describe('"there are actually N countries in NATO" (member-count-forms.ts)', () => {
  it('reads the count with the adverb as without it', () => {
    // held-out 42 tt003 (a student's page of 1 March 2022: 30 members)
    expectMembershipSupported([['There are actually 30 countries in NATO.', '2022-03-01', 'There are actually 30 countries in NATO']]);
    expectMembershipFlagged([
      ['There are actually 30 countries in NATO.', '2025-03-01', 'There are actually 30 countries in NATO', 'outdated'],
    ]);
    expectMembershipQuiet([
      ['There are actually 30 countries in NATO that meet the target.', '2025-03-01'],
      ['There are actually 27 countries in the EU.', '2025-03-01'],
    ]);
  });
});

describe('a membership told by its start in a relative clause (membership.ts)', () => {
  it('confirms the accession year and flags a year before it', () => {
    // held-out 21 jg003 (16 May 2022)
    expectMembershipSupported([
      [
        'Turkey, which has been a NATO member since 1952, objected to the bids.',
        '2022-05-16',
        'Turkey, which has been a NATO member since 1952',
      ],
    ]);
    expectMembershipFlagged([
      [
        'Turkey, which has been a NATO member since 1949, objected to the bids.',
        '2022-05-16',
        'Turkey, which has been a NATO member since 1949',
        'contradicted',
      ],
    ]);
  });
  it('leaves a later year, other bodies and partners alone', () => {
    expectMembershipQuiet([
      ['Turkey, which has been a NATO member since 1955, objected to the bids.', '2022-05-16'],
      ['Turkey, which has been a member of the Council of Europe since 1949, objected.', '2022-05-16'],
      ['Ukraine, which has been a NATO partner since 1994, objected.', '2022-05-16'],
    ]);
  });
});
