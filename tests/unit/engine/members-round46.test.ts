// Round 46, members lane: membership claims by class, from held-out 44's misses. NATO's size told in the present tense
// before a page mostly about the past has told of any past time ("NATO is an alliance of 28 member nations" on a 2022 map
// page), a membership told by its start with the day ("a full member of NATO since 29 March 2004"), and NATO's size told
// as a growth from its twelve founders ("grown from 12 founding members to 32 member countries", "20 more countries than
// when it was founded"); with the true look-alikes (the count right on the page's day, a count after a past time told,
// a day off by little, growths of other bodies, to come or to a count not the day's) that must stay unflagged.
import { describe, expect, it } from 'vitest';
import { analyze, expectMembershipFlagged, expectMembershipQuiet, expectMembershipSupported, saidRed } from './helpers';

const unconfirmed = (cases: ReadonlyArray<readonly [string, string, string]>) => {
  for (const [text, asOf, quote] of cases)
    expect(
      analyze(text, asOf).some((a) => a.verdict === 'supported' && a.quote === quote),
      `${asOf} ${text}`,
    ).toBe(false);
};

// https://www.mapsofworld.com/nato-members-map.htm (held-out 44 uo002, dated 24 March 2022: NATO had 30 members)
const MAP_PAGE =
  "The North Atlantic Treaty Organization (NATO) is an alliance of 28 member nations, headquartered in Belgium, that unites the members in a defense pact. A military attack on one of these nations is considered an attack against them all, and each country contributes to the defense. Today, the nations together account for 70 percent of defense spending worldwide.\n\nNATO was formed on April 4, 1949, as a collective defense against a common enemy, the Soviet Union, which tried to expand its communist ideology using military might to central and east European countries after World War II. Major political events in Europe and the Balkans, including the coup d'etat in Czechoslovakia by the Soviet Union in 1948, became the immediate reasons behind the formation of NATO.";
// https://www.nbcnews.com/storyline/smart-facts/what-nato-what-do-trump-russia-think-about-it-n860411 (20 April 2018: 29)
const EXPLAINER =
  'The North Atlantic Treaty Organization is a military alliance of 29 countries across North America and Europe.\n\nFormed in 1949 in the aftermath of World War II, today NATO is criticized by Russia and President Donald Trump.\n\nDuring the Cold War, this pledge of collective defense was aimed at "countering the threat posed at the time by the Soviet Union," NATO says.\n\nPresident Harry S. Truman signs the North Atlantic Treaty on April 4, 1949.\n\nIt was only after the breakup of the Soviet Union that NATO was involved in conflict, in the Balkans, Afghanistan and Libya.';

describe("NATO's size in the present tense before any past time told (narrated-time.ts)", () => {
  it('flags a stale count told first on a page mostly about the past', () => {
    expectMembershipFlagged([
      [MAP_PAGE, '2022-03-24', 'North Atlantic Treaty Organization (NATO) is an alliance of 28 member nations', 'outdated'],
      // the same explainer read on a later day (30 members from March 2020)
      [EXPLAINER, '2021-06-01', 'North Atlantic Treaty Organization is a military alliance of 29 countries', 'outdated'],
      // the class, other wordings: https://frankbueltge.de/what-is-nato/ (undated explainer), read as of 2022
      [
        'NATO, or the North Atlantic Treaty Organization, is an international military alliance of 29 countries from North America and Europe. The organization was founded in 1949 with the signing of the North Atlantic Treaty. It grew in 1952, in 1955 and in 1982, and again in 1999 and 2004.',
        '2022-06-01',
        'North Atlantic Treaty Organization, is an international military alliance of 29 countries',
        'outdated',
      ],
    ]);
  });
  it("confirms the count of the page's day and keeps a count told after a past time unflagged", () => {
    expectMembershipSupported([
      [MAP_PAGE, '2016-05-01', 'alliance of 28 member nations'],
      [EXPLAINER, '2018-04-20', 'alliance of 29 countries'],
    ]);
    expectMembershipQuiet([
      [MAP_PAGE, '2016-05-01'],
      [EXPLAINER, '2018-04-20'],
      // https://www.myguidebrussels.com/nato (a guide of NATO at 28): the count comes after the page told of 1949 and 2009
      [
        'For its first few years, NATO was not much more than a political association. However, the Korean War galvanized the member states in 1950.\n\nNATO has added new members seven times since first forming in 1949 (the last two in 2009). NATO comprises 28 members: Albania, Belgium, Bulgaria, Canada, Croatia, Czech Republic, Denmark, Estonia, France, Germany, Greece, Hungary, Iceland, Italy, Latvia, Lithuania, Luxembourg, Netherlands, Norway, Poland, Portugal, Romania, Slovakia, Slovenia, Spain, Turkey, the United Kingdom, and the United States.',
        '2022-06-01',
      ],
      // a history page: the count is of the time told before it
      [
        'NATO was founded in 1949 by twelve countries. Greece and Turkey joined in 1952, and West Germany in 1955. The alliance has 15 members and its headquarters in Paris.',
        '2022-06-01',
      ],
      // a past tense, not the present
      [
        'The North Atlantic Treaty Organization was an alliance of 16 member nations when the Berlin Wall fell. It was formed on April 4, 1949, and grew in 1952, 1955 and 1982.',
        '2022-06-01',
      ],
    ]);
  });
});

describe('a membership told by its start with the day (membership.ts, membership-told.ts)', () => {
  it("confirms the accession's own day", () => {
    expectMembershipSupported([
      // https://www.predsednica-slo.si/en/news/joining-nato-was-a-historic-milestone-that-made-our-lives-better-and-safer/
      // (held-out 44 uk009, 28 March 2024)
      [
        "Slovenia has been a full member of NATO since 29 March 2004. On the eve of the 20th anniversary of Slovenia's accession to the North Atlantic Alliance, a national celebration was held at Brdo pri Kranju.",
        '2024-03-28',
        'Slovenia has been a full member of NATO since 29 March 2004',
      ],
      // the class, other wordings
      [
        'Slovenia, a full-fledged member of NATO since March 29, 2004, hosted the meeting.',
        '2024-03-28',
        'Slovenia, a full-fledged member of NATO since March 29, 2004',
      ],
      ['Sweden has been a NATO member since 7 March 2024.', '2024-05-08', 'Sweden has been a NATO member since 7 March 2024'],
      ['Finland has been a member of NATO since April 4, 2023.', '2023-09-04', 'Finland has been a member of NATO since April 4, 2023'],
      [
        'Slovenia joined NATO in 2004. The country has been a full member of NATO since 29 March 2004.',
        '2024-03-28',
        'The country has been a full member of NATO since 29 March 2004',
      ],
    ]);
  });
  it('flags a day a year or months early, and leaves a day off by little or later unflagged', () => {
    expectMembershipFlagged([
      [
        'Slovenia has been a member of NATO since 29 March 2003.',
        '2024-03-28',
        'Slovenia has been a member of NATO since 29 March 2003',
        'contradicted',
      ],
      [
        'Croatia has been a full member of NATO since 1 April 2008.',
        '2024-03-28',
        'Croatia has been a full member of NATO since 1 April 2008',
        'contradicted',
      ],
    ]);
    expectMembershipQuiet([
      // a day or two off (the signing, a deposit) is no error to flag
      ['Slovenia has been a member of NATO since 30 March 2004.', '2024-03-28'],
      ['Croatia has been a member of NATO since 31 March 2009.', '2024-03-28'],
      ['Slovenia has been a member of NATO since 29 February 2004.', '2024-03-28'],
      // later than the accession: true of a member since then
      ['Slovenia has been a member of NATO since 29 March 2005.', '2024-03-28'],
      // another body
      ['Sweden has been a member of the European Union since 1 January 1995.', '2024-03-08'],
      // the pronoun's reader only confirms
      ['Slovenia joined NATO in 2004. The country has been a full member of NATO since 29 March 2006.', '2024-03-28'],
    ]);
  });
});

describe("NATO's twelve founders told as a list of their names (founders-listed.ts)", () => {
  const FOUNDERS_LISTED = "Those named are NATO's 12 founding members (North Atlantic Treaty signed April 4, 1949).";
  const listed = (text: string, asOf: string) =>
    analyze(text, asOf).filter((a) => a.message === FOUNDERS_LISTED && a.verdict === 'supported' && a.kind === 'membership');
  it('confirms a list of exactly the twelve, with or without an aside between names', () => {
    expectMembershipSupported([
      // https://www.nps.gov/articles/000/eisenhower-and-nato.htm (held-out 44 uk026, July 2024)
      [
        'To stem the Soviet tide, efforts were made to unify many of the old European Allies of World War II. Belgium, Canada, Denmark, France, Iceland, Luxembourg, The Netherlands, Norway, the United Kingdom, and the United States, as well as formerly neutral Portugal, and former enemy turned ally, Italy entered into a historic agreement. On April 4, 1949, the North Atlantic Treaty Organization (NATO) was born.',
        '2024-07-12',
        'Belgium, Canada, Denmark, France, Iceland, Luxembourg, The Netherlands, Norway, the United Kingdom, and the United States, as well as formerly neutral Portugal, and former enemy turned ally, Italy',
      ],
      // https://dirkdeklein.net/2023/04/04/nato/ (held-out 13 b035), as quoted
      [
        'Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States',
        '2023-04-04',
        'Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States',
      ],
      // https://billionhands.com/en/item/nato-founding-treaty-67d19ad7a517a32096d9058c (held-out 24 za062), as quoted
      [
        'twelve founding members: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom, and the United States',
        '2025-03-12',
        'Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom, and the United States',
      ],
    ]);
  });
  it('says nothing of eleven of them, a list with another country, or the Brussels Treaty', () => {
    for (const [text, asOf] of [
      // one left out (Italy)
      [
        'Belgium, Canada, Denmark, France, Iceland, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States signed the treaty.',
        '2024-07-12',
      ],
      // a later member among them
      [
        'Belgium, Canada, Denmark, France, Greece, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States signed the treaty.',
        '2024-07-12',
      ],
      // a partner among them
      [
        'Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, Sweden, the United Kingdom and the United States took part.',
        '2024-07-12',
      ],
      // the Brussels Treaty of 1948: five of them
      [
        'The Brussels Treaty was signed on 17 March 1948 by Belgium, France, Luxembourg, the Netherlands and the United Kingdom.',
        '2024-07-12',
      ],
    ] as const)
      expect(listed(text, asOf), text).toEqual([]);
    // A founders' list with a later member stays the founders reader's red flag, unchanged.
    expect(
      saidRed(
        'The founding members of NATO were Belgium, Canada, Denmark, France, Greece, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.',
        '2024-07-12',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe("NATO's size told as a growth from its twelve founders (member-count-from-founders.ts)", () => {
  it('confirms the count of the day, with no name NATO in the sentence', () => {
    expectMembershipSupported([
      // https://thedefencespace.com/2024/04/04/... (held-out 31 xa041) and https://www.nato.int/cps/en/natohq/224100.htm
      // (held-out 40 md008), as quoted
      ['grown from 12 founding members to 32 member countries', '2024-04-04', 'grown from 12 founding members to 32 member countries'],
      // https://www.insightsonindia.com/2021/06/15/nato-summit/ (held-out 24 od001)
      ['from the original 12 countries to 30', '2021-06-15', 'from the original 12 countries to 30'],
      // https://www.jagranjosh.com/us/explainers/75-years-of-nato-... (held-out 34 su015)
      ['the alliance has grown to 32 members from 12 members', '2024-07-09', 'grown to 32 members from 12 members'],
      // https://www.economist.com/the-economist-explains/2022/05/12/what-does-it-take-to-join-nato
      ['growing from the original 12 allies in 1949 to 30 today', '2022-05-12', 'growing from the original 12 allies in 1949 to 30 today'],
      // https://focusonbelgium.be/en/facts/75-years-nato-alliance-firmly-rooted-belgium (held-out 44 uk020)
      [
        'Founded on 4 April 1949, the North Atlantic Treaty Organization is celebrating its 75th anniversary. Indeed, demonstrating its ability to take on an increasingly important international role, Brussels was chosen to house the headquarters of this organisation, which today has 32 members – 20 more countries than when it was founded.',
        '2024-04-04',
        '20 more countries than when it was founded',
      ],
      // the class, other wordings
      [
        'Since 1949 the alliance has grown from twelve founding members to twenty-nine.',
        '2019-04-04',
        'grown from twelve founding members to twenty-nine',
      ],
    ]);
  });
  it('says nothing of another count, another body, a growth to come or a start not the founding', () => {
    unconfirmed([
      ['grown from 12 founding members to 31 member countries', '2024-04-04', 'grown from 12 founding members to 31 member countries'],
      [
        'The European Union has grown from 6 founding members to 27 member countries.',
        '2024-04-04',
        'grown from 6 founding members to 27 member countries',
      ],
      ['The club grew from 12 countries to 32.', '2024-04-04', 'grew from 12 countries to 32'],
      ['The alliance will grow from the original 12 allies to 32.', '2022-05-12', 'grow from the original 12 allies to 32'],
      ['The Council of Europe has grown from 12 founding members to 46.', '2024-04-04', 'grown from 12 founding members to 46'],
      [
        'NATO turns 75. Brussels hosts this organisation, which today has 32 members – 18 more countries than when it was founded.',
        '2024-04-04',
        '18 more countries than when it was founded',
      ],
    ]);
    expectMembershipQuiet([
      ['grown from 12 founding members to 31 member countries', '2024-04-04'],
      [
        'NATO turns 75. Brussels hosts this organisation, which today has 32 members – 18 more countries than when it was founded.',
        '2024-04-04',
      ],
    ]);
  });
});
