// Membership and money, twelfth round, from the misses of held-out 10 and probes built on the fact base: each form
// with the real sentence it came from (and others of its kind found in other pages, with their addresses), the same
// sentence with the fact changed, and a similar true sentence that must not be flagged.
import { describe, expect, it } from 'vitest';
import { kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('membership', text, quote, asOf, dateCertain).map((a) => a.verdict);
const sanction = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('sanction', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('EU packages called rafts, tranches and rounds of economic sanctions', () => {
  it('reads the real sentences', () => {
    // w055, https://www.dw.com/en/ukraine-updates-eu-agrees-on-fresh-russia-sanctions/live-71666424 (19 February 2025)
    const raft = 'The European Union has agreed to a 16th raft of sanctions against Moscow in Brussels.';
    expect(sanction(raft, '16th raft of sanctions', '2025-02-19')).toEqual(['supported']);
    // w064 (AFP, 18 July 2025): the block said to be over is no failure.
    const round =
      'EU countries on Friday (July 18) signed off on a new package of sanctions on Russia over the war in Ukraine. The 18th round of economic sanctions against Russia since its 2022 invasion was approved after Slovakia dropped a weeks-long block following talks with Brussels.';
    expect(sanction(round, '18th round of economic sanctions', '2025-07-18')).toEqual(['supported']);
    // Reuters' wording: "the EU's 14th tranche of sanctions".
    expect(sanction('The EU adopted its 14th tranche of sanctions against Russia on Monday.', '14th tranche', '2024-06-25')).toEqual([
      'supported',
    ]);
  });

  it('still says nothing of a package another country adopts, nor of a block not lifted', () => {
    expect(sanction("Japan's 14th round of sanctions against Russia came into force.", '14th round', '2024-06-25')).toEqual([]);
    const blocked = 'EU: The 18th round of economic sanctions against Russia was held up by a weeks-long block from Slovakia.';
    expect(sanction(blocked, '18th round', '2025-07-10')).not.toContain('supported');
  });
});

describe('a package adopted on a day between the ambassadors’ agreement and the Council’s adoption', () => {
  // w051 (January 2025): the 15th package was agreed by EU ambassadors on 11 December 2024 and adopted on the 16th.
  const real =
    'On 15 December 2024, the EU adopted the 15th sanctions package, which included measures against 54 individuals and 30 organizations.';

  it('flags the real sentence, and a day between the steps of another package', () => {
    expect(sanction(real, '15th sanctions package', '2025-01-10')).toEqual(['contradicted']);
    // The 14th: agreed on 20 June 2024, adopted on the 24th.
    expect(sanction('On 22 June 2024, the EU adopted the 14th sanctions package.', '14th', '2024-07-01')).toEqual(['contradicted']);
    // The 16th: agreed on 19 February 2025 (DW), adopted on the 24th.
    expect(sanction('On 22 February 2025, the EU adopted its 16th sanctions package against Russia.', '16th', '2025-03-10')).toEqual([
      'contradicted',
    ]);
    expect(sanction('On 19 February 2025, EU ambassadors agreed the 16th sanctions package.', '16th', '2025-03-10')).toEqual(['supported']);
  });

  it('reads the listings counted as "individuals and organizations"', () => {
    expect(sanction(real.replace('15 December', '16 December'), '54 individuals and 30 organizations', '2025-01-10')).toEqual([
      'supported',
    ]);
  });

  it('confirms the adoption’s day, the agreement’s day and the day after the agreement', () => {
    expect(sanction(real.replace('15 December', '16 December'), '15th sanctions package', '2025-01-10')).toEqual(['supported']);
    // https://ukrainefrontlines.com/...: "on December 16, the EU adopted the 15th package of sanctions against Russia".
    const other = 'It is worth noting that on December 16, the EU adopted the 15th package of sanctions against Russia.';
    expect(sanction(other, '15th package', '2025-02-19')).toEqual(['supported']);
    expect(sanction('On 11 December 2024, EU ambassadors agreed the 15th sanctions package.', '15th', '2025-01-10')).toEqual(['supported']);
    expect(sanction('On 12 December 2024, the EU agreed the 15th sanctions package.', '15th', '2025-01-10')).toEqual(['supported']);
    // A package with no agreement on record before its adoption keeps the slack of three days.
    expect(sanction('On 22 February 2024, the EU adopted the 13th sanctions package.', '13th', '2024-03-01')).not.toContain('contradicted');
  });
});

describe('the others of NATO: "the N other NATO member states"', () => {
  // w014 (14 June 2021, NATO of 30): "the leaders of the 28 other NATO member states".
  const real = 'Biden will meet the leaders of the 28 other NATO member states in Brussels on Monday.';

  it('flags the stale count of the real sentence and confirms the right one', () => {
    expect(membership(real, '28 other', '2021-06-14')).toEqual(['outdated']);
    expect(membership(real.replace('28', '29'), '29 other', '2021-06-14')).toEqual(['supported']);
    expect(membership('Turkey and the 28 other NATO allies agreed.', '28 other', '2021-06-14')).toEqual(['outdated']);
  });

  it('does not flag others counted beside several members, a part of them, or another time', () => {
    // DVIDS, February 2024: four named + 27 others = 31.
    const four =
      'Sweden will be joining fellow Nordic countries Norway, Denmark, Iceland and Finland, as well as the 27 other NATO member states.';
    expect(membership(four, '27 other', '2024-02-20')).not.toContain('outdated');
    expect(membership('Poland and the 28 other NATO allies that have ratified the protocol agreed.', '28 other', '2021-06-14')).toEqual([]);
    expect(membership('If France left, the 28 other NATO members would decide.', '28 other', '2021-06-14')).toEqual([]);
  });
});

describe('countries that never joined called NATO members', () => {
  // w018 (17 October 2021)
  const real = 'All three nations are members of NATO, with Romania as a full member and Georgia and Ukraine as associate members.';

  it('flags the real sentence and other wordings', () => {
    expect(membership(real, 'Georgia and Ukraine as associate members', '2021-10-17')).toEqual(['contradicted']);
    expect(membership('Georgia and Ukraine are associate members of NATO.', 'associate', '2021-10-17')).toEqual(['contradicted']);
    expect(membership('NATO member Ukraine is on the front line.', 'Ukraine', '2022-03-01')).toEqual(['contradicted']);
    expect(membership('Ukraine and Georgia, both NATO members, border Russia.', 'both', '2021-10-17')).toEqual(['contradicted']);
    expect(membership('Moldova is a member of NATO.', 'Moldova', '2023-10-17')).toEqual(['contradicted']);
  });

  it('does not flag other bodies, partnerships, wishes, plans, denials or members', () => {
    // https://www.strategic-culture.org/news/2016/04/25/nato-mulls-granting-association-partnership-georgia-ukraine.html
    const pfp =
      "At present, both Georgia and Ukraine are members of NATO's Partnership for Peace program launched in 1994 and aimed at building relationships with partners.";
    // https://www.unian.info/politics/10941605-u-s-committed-to-ukraine-and-georgia-to-become-future-members-of-nato.html
    const future = 'The United States is committed that Ukraine and Georgia to become the future members of NATO.';
    for (const [text, quote] of [
      [pfp, 'Georgia'],
      [future, 'Ukraine'],
      ['Georgia and Ukraine are associate members of the NATO Parliamentary Assembly.', 'Georgia'],
      ['Georgia and Ukraine are NATO partners, not members.', 'Georgia'],
      ['Ukraine is not a member of NATO.', 'Ukraine'],
      ['Ukraine, a NATO member hopeful, borders Russia.', 'Ukraine'],
      // Left silent by membership-round6.test.ts, for any country not yet a member.
      ['Ukraine, a NATO member, said so.', 'Ukraine'],
      ['If Ukraine were a member of NATO, Article 5 would apply.', 'Ukraine'],
      ['Austria and Ireland are EU members but not NATO members.', 'Austria'],
      ['Putin falsely claimed that Ukraine is a NATO member.', 'Ukraine'],
    ])
      expect(membership(text, quote, '2021-10-17')).not.toContain('contradicted');
    expect(membership('Finland and Sweden are members of NATO.', 'Finland', '2024-05-01')).not.toContain('contradicted');
  });
});

describe('the whole count in other words', () => {
  it('reads "NATO and its N allies" and "NATO’s membership now includes N countries"', () => {
    // w041 (3 July 2024)
    expect(membership('The summit will bring together NATO and its 32 allies.', 'its 32 allies', '2024-07-03')).toEqual(['supported']);
    expect(membership('The summit will bring together NATO and its 31 allies.', 'its 31 allies', '2024-07-03')).toEqual(['outdated']);
    // w040 (8 March 2024)
    const includes = "With Sweden's accession, NATO's membership now includes 32 countries.";
    expect(membership(includes, 'includes 32', '2024-03-08')).toEqual(['supported']);
    expect(membership(includes.replace('32', '30'), 'includes 30', '2024-04-08')).toEqual(['outdated']);
    // https://www.deccanherald.com/world/nato-summit-hosted-by-biden-to-show-strong-support-for-war-ravaged-ukraine-3096464
    const deccan = "On July 10, the president will welcome Sweden as the newest member of the alliance at a meeting of NATO's 32 allies.";
    expect(membership(deccan, "NATO's 32 allies", '2024-07-08')).toEqual(['supported']);
  });

  it('does not read the others of a country joining as the whole', () => {
    expect(membership('Sweden joined NATO and its 31 allies on Thursday.', 'its 31 allies', '2024-03-08')).not.toContain('outdated');
  });
});

describe('NATO’s newest member named in the sentence only as a place', () => {
  // w030 (10 July 2023)
  const real = "Biden's final stop in Europe will be Helsinki, Finland, where he will hold talks with the leaders of NATO's newest member.";

  it('confirms it when the one member named was the newest on the day', () => {
    expect(membership(real, "NATO's newest member", '2023-07-10')).toEqual(['supported']);
  });

  it('says nothing when it was not, or when two countries are named', () => {
    expect(membership(real, "NATO's newest member", '2024-07-10')).toEqual([]);
    expect(membership(real.replace('Helsinki, Finland', 'Stockholm, Sweden, and then Oslo, Norway'), 'newest', '2023-07-10')).toEqual([]);
  });
});

describe('how many members NATO added lately', () => {
  // w043 (Norway's government, 9 July 2024)
  const real =
    'NATO stands strong and united. The member countries have carried out the greatest strengthening of our collective defence in a generation, and the Alliance has added two new member states.';

  it('confirms the real sentence and other wordings', () => {
    expect(membership(real, 'added two new member states', '2024-07-09')).toEqual(['supported']);
    expect(membership("NATO has welcomed two new members since Russia's full-scale invasion of Ukraine.", 'two', '2024-07-09')).toEqual([
      'supported',
    ]);
    expect(membership('Two new members have joined NATO since 2022.', 'Two new', '2024-07-09')).toEqual(['supported']);
    expect(membership('The alliance has grown by two members since 2022, NATO said.', 'grown by', '2024-07-09')).toEqual(['supported']);
  });

  it('flags a wrong count since a start the sentence gives', () => {
    expect(membership('Since 2022, NATO has added three new members.', 'three', '2024-07-09')).toEqual(['contradicted']);
    expect(membership("NATO has welcomed one new member since Russia's full-scale invasion of Ukraine.", 'one', '2024-07-09')).toEqual([
      'contradicted',
    ]);
  });

  it('says nothing without a start when no recent span fits, of the founders, or of a supposition', () => {
    expect(membership(real.replace('two', 'five'), 'five', '2024-07-09')).toEqual([]);
    // Round 36: the members since the founding are counted (32 less the 12 founders): confirmed.
    expect(membership('Since 1949, NATO has added 20 new members.', '20', '2024-07-09')).toEqual(['supported']);
    expect(membership('If NATO had added two new members since 2022, things would differ.', 'two', '2024-07-09')).toEqual([]);
  });
});

describe('The Hague target told by Rutte two days before the summit (w062)', () => {
  const page =
    'NATO leaders meet in The Hague. All member states obviously have the right and flexibility to decide their own way. What differs from the Wales target from 2014 (to spend at least 2 percent on defense) is that there will be annual reviews. And in 2029, we will conduct a review – including how the international security situation looks and whether we need to invest even more, says Rutte in The Hague. The 5 percent is divided into 3.5 percent in traditional military spending and 1.5 percent in investments that can be of military benefit, such as bridges and other things.';
  const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

  it('confirms the whole with both parts, the review year and the Wales pledge', () => {
    expect(figure(page, '3.5 percent', '2025-06-23')).toEqual(['supported']);
    expect(figure(page, '1.5 percent', '2025-06-23')).toEqual(['supported']);
    expect(figure(page, 'in 2029, we will conduct a review', '2025-06-23')).toEqual(['supported']);
    expect(figure(page, 'the Wales target from 2014', '2025-06-23')).toEqual(['supported']);
  });

  it('flags the review year and the Wales pledge changed, once the target is adopted', () => {
    expect(figure(page.replace('in 2029', 'in 2030'), 'in 2030, we will conduct a review', '2025-07-23')).toEqual(['contradicted']);
    // Before the summit a draft may have differed: nothing.
    expect(figure(page.replace('in 2029', 'in 2030'), 'in 2030, we will conduct a review', '2025-06-23')).toEqual([]);
    expect(figure(page.replace('from 2014', 'from 2015'), 'the Wales target from 2015', '2025-06-23')).toEqual(['contradicted']);
    expect(figure(page.replace('at least 2 percent', 'at least 3 percent'), 'the Wales target from 2014', '2025-06-23')).toEqual([
      'contradicted',
    ]);
  });

  it('reads other pages’ wordings of the Wales pledge, and leaves its 20% on equipment alone', () => {
    // https://www.gov.uk/government/publications/nato-summit-2014-wales-summit-declaration (the pledge), told by the press as
    // "the 2014 Wales pledge of 2% of GDP".
    expect(figure('NATO allies once made the 2014 Wales pledge of 2% of GDP.', '2%', '2024-07-10')).toEqual(['supported']);
    expect(figure('NATO allies once made the 2014 Wales pledge of 3% of GDP.', '3%', '2024-07-10')).toEqual(['contradicted']);
    // https://news.postimees.ee/3367391/rising-defence-spending-in-all-of-nato-looks-unlikely: "within the two percent they
    // promise 20 percent as capital investments".
    expect(
      figure('NATO allies kept the Wales pledge of 20 percent of defence spending on major equipment.', 'Wales', '2024-07-10'),
    ).toEqual([]);
  });
});

describe('found by generated probes', () => {
  it('reads the review year told after the target’s figure', () => {
    const figure = (text: string, quote: string) => kindOn('figure', text, quote, '2025-09-10').map((a) => a.verdict);
    expect(figure('NATO allies will review the 5% spending target in 2029.', '2029')).toEqual(['supported']);
    expect(figure('NATO allies will review the 5% spending target in 2031.', '2031')).toEqual(['contradicted']);
    expect(figure('NATO allies will review the 5% spending target in 2029.', '5%')).toEqual(['supported']);
  });

  it('confirms a package adopted in the month of a day it was blocked', () => {
    // The 18th was held up by Slovakia on 15 and 17 July 2025 and adopted on the 18th.
    expect(sanction("The EU's 18th sanctions package against Russia, adopted in July 2025, targeted banks.", '18th', '2025-08-17')).toEqual(
      ['supported'],
    );
    expect(
      sanction("The EU's 18th sanctions package against Russia, adopted in September 2025, targeted banks.", '18th', '2025-11-17'),
    ).toEqual(['contradicted']);
  });
});

describe('an invitation to start accession talks', () => {
  // w001 (February 2019), after a passage dated by the summit's wrong days.
  const real =
    'The summit of the Heads of State and Government held in Brussels on June 11-12, 2018 was a turning point. The summit led to several results. The new Republic of North Macedonia (FYROM) was officially invited to start the accession talks, although the failure on the non-binding referendum on the country’s name could make things difficult.';

  it('confirms the real sentence and other wordings, and flags a wrong year', () => {
    expect(membership(real, 'officially invited', '2019-02-15')).toEqual(['supported']);
    // https://www.b92.net/eng/news/region.php?yyyy=2018&mm=07&dd=12&nav_id=104612
    expect(membership('NATO on Wednesday invited Macedonia to begin membership talks, Tanjug reported.', 'invited', '2018-07-12')).toEqual([
      'supported',
    ]);
    // http://www.diplomatmagazine.nl/2018/07/13/north-macedonia-invited-to-join-nato/
    const diplomat =
      'Wednesday, 11 July 2018, Brussels: NATO leaders agreed to invite Macedonia to begin accession talks to join the Western alliance.';
    expect(membership(diplomat, 'invite Macedonia', '2019-02-23')).toEqual(['supported']);
    expect(membership(diplomat.replace('Wednesday, 11 July 2018', 'On 11 July 2017'), 'invite Macedonia', '2019-02-23')).toEqual([
      'contradicted',
    ]);
  });

  it('says nothing of a supposition, a country never invited, or before the invitation', () => {
    expect(membership('If North Macedonia was invited to start accession talks, Greece would object.', 'invited', '2019-04-04')).toEqual(
      [],
    );
    expect(membership('Ukraine was invited to start accession talks.', 'invited', '2019-04-04')).toEqual([]);
    expect(membership('North Macedonia was invited to start accession talks.', 'invited', '2017-04-04')).toEqual([]);
  });
});

describe('counts told in passing', () => {
  it('reads "among the thirty countries of NATO" (w023, May 2022)', () => {
    const real =
      'We would like to hear from our Allies, among the thirty countries of NATO, that everybody could be able to repeat what President Joe Biden said.';
    expect(membership(real, 'thirty countries', '2022-05-28')).toEqual(['supported']);
    expect(membership(real, 'thirty countries', '2024-05-28')).toEqual(['outdated']);
    expect(membership('It is rare among the 16 countries of NATO that border the sea.', '16 countries', '2022-05-28')).toEqual([]);
  });

  it('reads the allies at 2% counted as "the number of countries has increased to 23" after "earmarked" (w044)', () => {
    const real =
      'According to the president, the NATO summit in Vilnius last year already had an effect as just 9 countries had earmarked 2% of GDP for defence before, but the number of countries has increased to 23 afterwards.';
    const figure = (text: string, quote: string) => kindOn('figure', text, quote, '2024-07-10').map((a) => a.verdict);
    expect(figure(real, 'increased to 23')).toEqual(['supported']);
    expect(figure(real.replace('to 23', 'to 25'), 'increased to 25')).not.toContain('supported');
  });
});

describe('the countries’ spending raised to the new target, on a page about NATO (w062)', () => {
  const page =
    'NATO leaders gather. Rutte holds a press conference before the meeting in his hometown of The Hague. He confirms that "bold decisions" will be made to raise the countries\' defense spending to at least 5 percent of their GDP.';
  const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

  it('confirms the real sentence, and never flags the raised figure', () => {
    expect(figure(page, '5 percent', '2025-06-23')).toEqual(['supported']);
    expect(figure(page.replace('5 percent', '4 percent'), '4 percent', '2025-06-23')).not.toContain('contradicted');
  });

  it('on a page that does not name NATO, only confirms (round 34, nato-understood.ts) and never flags', () => {
    expect(figure(page.replace('NATO leaders gather. ', ''), '5 percent', '2025-06-23').every((v) => v === 'supported')).toBe(true);
    expect(
      figure(page.replace('NATO leaders gather. ', '').replace('5 percent', '4 percent'), '4 percent', '2025-06-23').every(
        (v) => v === 'supported' || v === 'context',
      ),
    ).toBe(true);
  });
});

describe('founders and the places after the Cold War', () => {
  it('reads "one of NATO’s founding members" (w043, Norway’s government, July 2024)', () => {
    const real = 'Norway was one of NATO’s founding members 75 years ago.';
    expect(membership(real, 'founding members', '2024-07-09')).toEqual(['supported']);
    expect(membership(real.replace('Norway', 'Sweden'), 'founding members', '2024-07-09')).toEqual(['contradicted']);
    expect(membership('Greece is among NATO’s original members.', 'original', '2024-07-09')).toEqual(['contradicted']);
    expect(membership('If Sweden were one of NATO’s founding members, things would differ.', 'founding', '2024-07-09')).not.toContain(
      'contradicted',
    );
    // Another body's founders: "one of NATO's founding members of the Partnership" is not said.
    expect(membership('Norway is one of NATO’s founding members of the new fund.', 'founding', '2024-07-09')).toEqual([]);
  });

  it('reads "the 14th country to join NATO after the end of the Cold War" (w007, March 2020)', () => {
    const real = 'North Macedonia became the 14th country to join NATO after the end of the Cold War.';
    expect(membership(real, '14th country', '2020-03-27')).toEqual(['supported']);
    expect(membership(real.replace('14th', '13th'), '13th country', '2020-03-27')).toEqual(['contradicted']);
    expect(membership('Sweden is the 16th nation to join NATO since the fall of the Berlin Wall.', '16th', '2024-03-08')).toEqual([
      'supported',
    ]);
    // A round takes its places together: any of the 4th to 10th for the seven of 2004.
    expect(membership('Slovakia was the seventh country to join NATO since the end of the Cold War.', 'seventh', '2024-03-08')).toEqual([
      'supported',
    ]);
  });
});

describe('the first US sanctions against Russia of a president’s term', () => {
  // w070 (a law firm's note, 27 October 2025)
  const real =
    "On 22 October 2025 the U.S. Department of the Treasury's Office of Foreign Assets Control (OFAC) imposed blocking sanctions on Rosneft and Lukoil. This is the first designation by the Trump Administration of Russian actors under the authorities targeting Russia's continuing war in Ukraine.";

  it('confirms the real sentence and other wordings of the same action', () => {
    expect(sanction(real, 'first designation', '2025-10-27')).toEqual(['supported']);
    // https://seputarglobal.com/... (the Guardian's wording)
    const returned =
      'The US has sanctioned Rosneft and Lukoil. The sanctions were the first against Russia since Donald Trump returned to the White House in January.';
    expect(sanction(returned, 'first against Russia', '2025-10-23')).toEqual(['supported']);
    // https://worldtradescanner.com/...
    const punitive = 'The sanctions on Russia represent the first major punitive action by the Trump administration in his second term.';
    expect(sanction(punitive, 'first major punitive action', '2025-10-24')).toEqual(['supported']);
  });

  it('says nothing long after the action with its day not given, or of a supposition', () => {
    expect(sanction(real.replace('On 22 October 2025 the', 'The'), 'first designation', '2026-06-01')).toEqual([]);
    expect(sanction('Would this be the first designation by the Trump Administration of Russian actors?', 'first', '2025-10-27')).toEqual(
      [],
    );
  });
});

describe('the alliance’s age told by its treaty’s city name', () => {
  // w001 (NATO Association of Romania, 2019): "the Treaty of Washington" is the North Atlantic Treaty, as "the
  // Washington Treaty" already was.
  const real =
    'NATO leaders will meet in London, with the seventieth anniversary of the Treaty of Washington (April 4, 2019) coming from a troublesome period.';

  it('confirms the real sentence, and a wrong year is flagged as with the other name', () => {
    expect(verdictsOn(real, 'seventieth anniversary of the Treaty of Washington', '2019-05-01')).toEqual(['supported']);
    const wrong = 'NATO marked the 70th anniversary of the Treaty of Washington in 2014.';
    expect(verdictsOn(wrong, '70th anniversary of the Treaty of Washington in 2014', '2024-07-05')).toEqual(['contradicted']);
    const other = wrong.replace('the Treaty of Washington', 'the Washington Treaty');
    expect(verdictsOn(other, '70th anniversary of the Washington Treaty in 2014', '2024-07-05')).toEqual(['contradicted']);
  });
});
