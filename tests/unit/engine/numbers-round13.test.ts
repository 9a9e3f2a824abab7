// Membership, spending and sanctions in the thirteenth round: the misses of held-out 11 and the families that mutation
// probes found (the true sentences of the labelled corpora with their checkable fact changed). Each family is tested on
// the page's sentence, on sentences of the same kind from other pages (URLs in comments), and on true sentences of
// the same form, or of another body, that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe('NATO named as the subject of its count: a count it never had is wrong', () => {
  it('the pages: "the North Atlantic Treaty Organization (NATO) comprises 33 member countries", "all 33 NATO member countries"', () => {
    // https://eatsip365.com/the-official-2026-list-of-nato-member-states (heldout11 y090, January 2026)
    const y090 = 'As of early 2026, the North Atlantic Treaty Organization (NATO) comprises 33 member countries.';
    expect(membership(y090, 'comprises 33 member countries', '2026-01-20')).toEqual(['contradicted']);
    // https://winenfood.com/the-official-list-of-all-nato-member-countries (heldout11 y089, January 2026)
    const y089 = 'Here is the complete and official list of all 33 NATO member countries as of 2026.';
    expect(membership(y089, 'all 33 NATO member countries', '2026-01-20')).toEqual(['contradicted']);
  });

  it('the same sentences with the true count are confirmed', () => {
    // https://eathealthy365.com/all-current-nato-member-countries-listed (heldout11 y088, January 2026)
    const y088 = 'As of 2026, the North Atlantic Treaty Organization (NATO) comprises 32 member countries.';
    expect(membership(y088, 'comprises 32 member countries', '2026-01-15')).toEqual(['supported']);
    // https://www.jagranjosh.com/general-knowledge/list-of-nato-member-states-1643364720-1 (January 2022)
    const jagran =
      'At present, the intergovernmental military alliance, NATO, comprises 30 countries from the original 12 countries that signed the North Atlantic Treaty on 4 April 1949.';
    expect(membership(jagran, 'NATO, comprises 30 countries', '2022-01-28')).toEqual(['supported']);
    const all = 'All 32 NATO members endorsed a landmark deal to raise annual defense spending to 5% of GDP by 2035.';
    expect(membership(all, 'All 32 NATO members', '2025-06-26')).toEqual(['supported']);
  });

  it('mutants of true sentences: a count off by one or two', () => {
    const all = 'All 33 NATO members endorsed a landmark deal to raise annual defense spending to 5% of GDP by 2035.';
    expect(membership(all, 'All 33 NATO members', '2025-06-26')).toEqual(['contradicted']);
    const jagran = 'At present, the intergovernmental military alliance, NATO, comprises 31 countries.';
    // 31 only from April 2023: a count reached later on an undated statement may be a page updated since its date.
    expect(isRed(membership(jagran, 'comprises 31 countries', '2022-01-28'))).toBe(false);
  });

  it('a part of the alliance, or another body, is not flagged', () => {
    expect(isRed(verdictsOn('NATO now has 23 countries reaching the 2% target.', '23 countries', '2024-06-18'))).toBe(false);
    expect(isRed(verdictsOn('NATO has 18 countries on track to meet the target this year.', '18 countries', '2023-07-01'))).toBe(false);
    expect(isRed(verdictsOn('All 27 EU member states signed the declaration in Brussels.', '27 EU member states', '2025-03-01'))).toBe(
      false,
    );
    expect(isRed(verdictsOn('The European Union comprises 27 member countries.', '27 member countries', '2025-03-01'))).toBe(false);
  });
});

describe('a count said to hold now, the body named just before', () => {
  it('the page: "As of today, there are 31 member states" (32 since March 2024)', () => {
    // https://lunaticaweb.com/blog/nato-countries-a-comprehensive-guide-1762578128241 (heldout11 y082, November 2025)
    const y082 = 'Okay, now for the main event – the list of NATO countries! As of today, there are 31 member states.';
    expect(membership(y082, 'there are 31 member states', '2025-11-08')).toEqual(['outdated']);
  });

  it('true sentences of the form from other pages are confirmed', () => {
    // https://newsroom.barbara-hardy.com/the-north-atlantic-treaty-organization-nato (2023)
    const hardy = 'The most important actors in NATO are the member states themselves. There are currently 31 member nations:';
    expect(membership(hardy, 'There are currently 31 member nations', '2023-06-01')).toEqual(['supported']);
    const mutant = hardy.replace('31', '30');
    expect(membership(mutant, 'There are currently 30 member nations', '2023-06-01')).toEqual(['outdated']);
  });

  it('another body named around is not flagged', () => {
    const eu = 'The EU is the largest trading bloc. As of today, there are 27 member states.';
    expect(isRed(verdictsOn(eu, '27 member states', '2025-03-01'))).toBe(false);
    const eu28 = 'NATO and the EU share many members. Currently, there are 28 member states in the European Union.';
    expect(isRed(verdictsOn(eu28, '28 member states', '2019-03-01'))).toBe(false);
  });
});

describe('"the alliance of N" with NATO named before it in the sentence', () => {
  it('the page: "the NATO Summit ... marking a pivotal moment for the alliance of 30 member nations" (July 2024: 32)', () => {
    // https://www.internationalnewsandviews.com/75th-nato-summit-washington-dc-global-security-strategic-partnerships/ (heldout11 y093)
    const y093 =
      'In commemoration of its 75th anniversary, the NATO Summit recently convened in Washington, D.C., marking a pivotal moment for the alliance of 30 member nations.';
    expect(membership(y093, 'the alliance of 30 member nations', '2024-07-12')).toEqual(['outdated']);
    expect(membership(y093.replace('30', '32'), 'the alliance of 32 member nations', '2024-07-12')).toEqual(['supported']);
  });

  it('its founding, a part of it or a count it never had is not flagged', () => {
    const founding = 'NATO, the alliance of 12 countries founded in 1949, met in Washington.';
    expect(isRed(verdictsOn(founding, 'the alliance of 12 countries', '2024-07-12'))).toBe(false);
    const part = 'At the NATO summit, the alliance of 23 countries that meet the target was praised.';
    expect(isRed(verdictsOn(part, 'the alliance of 23 countries', '2024-07-12'))).toBe(false);
    const other = 'NATO leaders met the heads of AUKUS and the alliance of 40 countries backing Ukraine.';
    expect(isRed(verdictsOn(other, 'the alliance of 40 countries', '2024-07-12'))).toBe(false);
  });

  it('the indefinite "a military alliance of 32 states" is confirmed only', () => {
    // https://www.eunews.it (heldout11 y050, 1 October 2024)
    const y050 =
      'He knows NATO well. He is familiar with compromise, a skill required to be at the helm of a military alliance of 32 states.';
    expect(membership(y050, 'alliance of 32 states', '2024-10-01')).toEqual(['supported']);
    expect(isRed(verdictsOn(y050.replace('32', '31'), 'alliance of 31 states', '2024-10-01'))).toBe(false);
  });

  it('"leaders from 32 nations" at a NATO summit is confirmed only', () => {
    // https://gangatime.in/nato-summit-in-hague/ (heldout11 y094, June 2025)
    const y094 = 'The 2025 NATO Summit in The Hague ended on June 25, bringing together leaders from 32 nations.';
    expect(membership(y094, 'leaders from 32 nations', '2025-06-26')).toEqual(['supported']);
    // https://www.internationalnewsandviews.com/... (heldout11 y093): partners came too, so 38 is no NATO count and no error.
    const y093 = 'At the NATO summit, leaders from 38 countries, including key NATO allies and partners, gathered.';
    expect(isRed(verdictsOn(y093, 'leaders from 38 countries', '2024-07-12'))).toBe(false);
  });
});

describe('an accession with its date, NATO named around and not after the verb', () => {
  it('the page: "The most recent country to join was Sweden in 2026" (March 2024)', () => {
    // https://eathealthy365.com/all-current-nato-member-countries-listed (heldout11 y088, January 2026)
    const y088 =
      'NATO has grown over the years. The most recent country to join was Sweden in 2026, further strengthening the alliance in Northern Europe.';
    expect(membership(y088, 'Sweden in 2026', '2026-01-15')).toEqual(['contradicted']);
    expect(membership(y088.replace('2026', '2024'), 'Sweden in 2024', '2026-01-15')).toEqual(['supported']);
  });

  it('other pages of the kind, true and with the year changed', () => {
    // https://www.moneycontrol.com/news/photos/world/finland-and-sweden-submit-application-to-join-nato-... (May 2022)
    const mc = 'The last country to join NATO was North Macedonia in 2020. Now Finland and Sweden want to become members of this alliance.';
    expect(membership(mc, 'North Macedonia in 2020', '2022-05-19')).toEqual(['supported']);
    expect(membership(mc.replace('2020', '2019'), 'North Macedonia in 2019', '2022-05-19')).toEqual(['contradicted']);
    // http://kids.britannica.com/students/assembly/view/54614
    const brit =
      'To strengthen themselves against possible communist aggression, 12 nations formed the North Atlantic Treaty Organization (NATO) in 1949. ' +
      'Greece and Turkey joined in 1952, West Germany in 1955, and Spain in 1982.';
    expect(membership(brit, 'Turkey joined in 1952', '2020-01-01')).toEqual(['supported']);
    expect(membership(brit.replace('1952', '1951'), 'Turkey joined in 1951', '2020-01-01')).toEqual(['contradicted']);
    // https://xiushuwang.com/2025/09/16/recent-members-exploring-the-newcomers-who-have-recently-joined-nato (September 2025)
    const xiu =
      'This article will explore the recent additions to NATO. The most recent member to join NATO is North Macedonia, which officially became a member on March 30, 2020.';
    expect(membership(xiu, 'became a member on March 30, 2020', '2025-09-16')).toEqual(['contradicted']);
    const poland = 'NATO expanded eastward after the Cold War. Poland, the Czech Republic, and Hungary became members in 1999.';
    expect(membership(poland, 'Hungary became members in 1999', '2024-03-01')).toEqual(['supported']);
  });

  it('another club, dates shared out, or no NATO named: no red flag', () => {
    const eu = 'Croatia is now a NATO ally. The last country to join the EU was Croatia in 2013.';
    expect(isRed(verdictsOn(eu, 'Croatia in 2013', '2013-07-01'))).toBe(false);
    const eec = 'Spain, a NATO member, joined the EEC later. Spain joined in 1986, with Portugal.';
    expect(isRed(verdictsOn(eec, 'Spain joined in 1986', '2020-01-01'))).toBe(false);
    const euMembers = 'The EU expanded eastward. Poland, the Czech Republic, and Hungary became members in 2004.';
    expect(isRed(verdictsOn(euMembers, 'became members in 2004', '2024-03-01'))).toBe(false);
    const both = 'NATO grew again. Finland and Sweden joined in 2023 and March 2024.';
    expect(isRed(verdictsOn(both, 'Sweden joined in 2023', '2024-06-01'))).toBe(false);
  });
});

describe('a non-member listed among NATO’s members', () => {
  it('the page: "NATO members, including Russia"', () => {
    // https://newsyhju.com/mark-rutte-the-pragmatic-nato-secretary-general/amp (heldout11 y091, June 2024)
    const y091 =
      'As NATO Secretary General, Rutte is expected to hold the alliance together and maintain good relations with both the USA and NATO members, including Russia.';
    expect(membership(y091, 'NATO members, including Russia', '2024-06-28')).toEqual(['contradicted']);
  });

  it('other non-members in the same frame, and the members that make it true', () => {
    expect(membership('NATO members such as Georgia send troops to the exercise.', 'such as Georgia', '2024-06-28')).toEqual([
      'contradicted',
    ]);
    const members = 'NATO members, including Poland and Estonia, raised spending.';
    expect(isRed(verdictsOn(members, 'including Poland', '2024-06-28'))).toBe(false);
  });

  it('a possessive, partners, talks with Russia or another body are not flagged', () => {
    expect(
      isRed(verdictsOn("NATO members, including Russia's neighbours Finland and Estonia, raised spending.", 'Russia', '2024-06-28')),
    ).toBe(false);
    expect(isRed(verdictsOn('NATO members, including Poland, and partners such as Ukraine held talks.', 'Ukraine', '2022-02-28'))).toBe(
      false,
    );
    expect(isRed(verdictsOn('Talks between NATO members and Russia resumed in Geneva.', 'Russia', '2024-06-28'))).toBe(false);
    expect(isRed(verdictsOn('Russia is a member of the NATO-Russia Council.', 'Russia', '2010-06-28'))).toBe(false);
  });
});

describe('an EU sanctions package said adopted before the EU had got that far', () => {
  const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

  it('true sentences of the form are confirmed, their mutants with a number not yet reached are flagged', () => {
    // https://www.esperio.net/it/analytics/market-analysis/market-news/4053798 (heldout3 m005, 18 July 2025)
    const m005 = 'The European Union has adopted its 18th sanctions package against Russia.';
    expect(sanction(m005, '18th sanctions package', '2025-07-18')).toEqual(['supported']);
    expect(sanction(m005.replace('18th', '20th'), '20th sanctions package', '2025-07-18')).toEqual(['contradicted']);
    // https://aijesnews.com/public/en/business/news26083.html (heldout2 k040, 19 July 2025)
    const k040 = 'The European Union has approved its 18th package of sanctions against Russia.';
    expect(sanction(k040.replace('18th', '21st'), '21st package of sanctions', '2025-07-19')).toEqual(['contradicted']);
    // https://www.kharon.com/brief/eu-russia-sanctions-oil-price-cap-shadow-fleet (heldout2 k041, 18 July 2025)
    const k041 = 'The European Union overcame a deadlock on Friday to adopt an 18th sanctions package against Russia.';
    expect(isRed(verdictsOn(k041, '18th sanctions package', '2025-07-18'))).toBe(false);
  });

  it('a plan, a failure, another issuer or Ukraine’s own packages are not flagged', () => {
    const plan = 'The European Union is preparing to adopt its 20th sanctions package against Russia.';
    expect(isRed(verdictsOn(plan, '20th sanctions package', '2025-07-18'))).toBe(false);
    // https://www.kyivindependent.com (expected r060, February 2026)
    const failed = 'The EU failed to approve its 20th sanctions package against Russia on Feb. 23 after Hungary vetoed the measure.';
    expect(isRed(verdictsOn(failed, '20th sanctions package', '2026-02-23'))).toBe(false);
    const uk = 'The UK has adopted its 20th sanctions package against Russia.';
    expect(isRed(verdictsOn(uk, '20th sanctions package', '2025-07-18'))).toBe(false);
    const ua = 'After months of talks, Brussels said Ukraine has adopted its 20th package of sanctions against Russia.';
    expect(isRed(verdictsOn(ua, '20th package', '2025-07-18'))).toBe(false);
  });
});

describe('the count an accession told in the sentence brought, and the size of the new alliance', () => {
  it('"joined NATO on March 29, 2004, bringing the total membership of the Alliance to 26", and its mutants a day after', () => {
    // https://inkl.com/news/eastern-european-countries-commemorate-20th-anniversary-of-nato-expansion (expected acc08, March 2024)
    const acc08 =
      'NATO leaders marked the day. Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia, and Slovenia joined NATO on March 29, 2004, ' +
      'bringing the total membership of the Alliance to 26.';
    expect(membership(acc08, 'bringing the total membership of the Alliance to 26', '2024-03-29')).toEqual(['supported']);
    // Told twenty years on, a wrong count is left silent (accession-process.test.ts keeps it so); a day after, it is flagged.
    expect(isRed(membership(acc08.replace('to 26', 'to 27'), 'to 27', '2024-03-29'))).toBe(false);
    expect(membership(acc08.replace('to 26', 'to 27'), 'to 27', '2004-03-30')).toEqual(['contradicted']);
    const finland = 'Finland joined NATO on April 4, 2023, increasing its total membership to 32.';
    expect(membership(finland, 'increasing its total membership to 32', '2023-04-05')).toEqual(['contradicted']);
  });

  it('two accessions told: the count is of the later one, not judged against either', () => {
    const two = 'Finland joined NATO in 2023 and Sweden in 2024, bringing the total membership of the alliance to 32.';
    expect(membership(two, 'bringing the total membership of the alliance to 32', '2024-05-05')).toEqual(['supported']);
  });

  it('"the new 19- member NATO" (DoD News, March 1999) and "the 30-nation North Atlantic Treaty Organization" (AP, 2021)', () => {
    const dod = 'NATO welcomed Poland, Hungary and the Czech Republic. Officials of the new 19- member NATO met in Brussels.';
    expect(membership(dod, '19- member NATO', '1999-03-16')).toEqual(['supported']);
    expect(membership(dod.replace('19-', '18-'), '18- member NATO', '1999-03-16')).toEqual(['contradicted']);
    const ap = 'Jens Stoltenberg, secretary general of the 30-nation North Atlantic Treaty Organization, spoke.';
    expect(membership(ap.replace('30-', '33-'), '33-nation', '2021-06-14')).toEqual(['contradicted']);
    // A count reached only later may be a page updated since its date: never red.
    expect(isRed(membership(ap.replace('30-', '31-'), '31-nation', '2021-06-14'))).toBe(false);
  });
});

describe('the target a summit called on allies to meet, the summit named or told just before', () => {
  const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

  it('the page: "The summit called on all members to meet ... the 2% GDP defence investment pledge" of The Hague (5%)', () => {
    // https://gangatime.in/nato-summit-in-hague/ (heldout11 y094, June 2025)
    const y094 =
      'The 2025 NATO Summit in The Hague ended on June 25. The summit called on all members to meet, and preferably exceed, the 2% GDP defence investment pledge.';
    expect(figure(y094, 'the 2% GDP', '2025-06-26')).toEqual(['contradicted']);
    // An ask is no count of the allies who met it: not confirmed as "32 allies at 2%".
    expect(figure(y094, 'all members to meet', '2025-06-26')).not.toContain('supported');
    const named = 'The Hague summit called on all NATO members to meet the 2% defence spending target.';
    expect(figure(named, '2%', '2025-07-10')).toEqual(['contradicted']);
  });

  it('the summits that set the figure are confirmed; a summit that set none says nothing of it', () => {
    const wales =
      'The NATO Summit in Wales ended on September 5. The summit called on all members to meet the 2% GDP defence spending pledge within a decade.';
    expect(figure(wales, 'the 2%', '2014-09-06')).toEqual(['supported']);
    const hague = 'The 2025 NATO Summit in The Hague ended on June 25. The summit called on all members to meet the 5% pledge by 2035.';
    expect(isRed(verdictsOn(hague, '5% pledge', '2025-06-26'))).toBe(false);
    // Washington (2024) reaffirmed 2% and set no target of its own.
    const washington =
      'The 2024 NATO Summit in Washington ended on July 11. The summit called on all members to meet, and preferably exceed, the 2% GDP defence investment pledge.';
    expect(isRed(verdictsOn(washington, 'the 2% GDP', '2024-07-12'))).toBe(false);
  });
});

describe('sanctions told in other words: "leveling sanctions against", "a partial oil embargo"', () => {
  const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

  it('"OFAC finally targeted ... by leveling sanctions against Russia’s oil producers, Gazprom Neft and Surgutneftegas"', () => {
    // heldout11 y052 (17 January 2025, a week after OFAC's designation of 10 January 2025)
    const y052 =
      'OFAC finally targeted Russia’s most significant revenue source by leveling sanctions against Russia’s oil producers, Gazprom Neft and Surgutneftegas, more than 180 vessels.';
    expect(sanction(y052, 'Gazprom Neft', '2025-01-17')).toEqual(['supported']);
    // Months later, with no date, the act is no news: nothing said.
    expect(sanction(y052, 'Gazprom Neft', '2025-06-17')).toEqual([]);
  });

  it('"a partial oil embargo" of the sixth package, told right after it; another package’s goods are not confirmed', () => {
    // heldout11 y026 (June 2022)
    const y026 =
      'On 03 June 2022, the European Union passed its sixth sanctions package against Russia. This extension of the sanctions provides for, inter alia, a partial oil embargo.';
    expect(sanction(y026, 'partial oil embargo', '2022-06-10')).toEqual(['supported']);
    expect(sanction(y026.replace('oil', 'coal'), 'partial coal embargo', '2022-06-10')).toEqual([]);
    const fifth = 'On 8 April 2022, the European Union adopted its fifth sanctions package against Russia, which includes a coal ban.';
    expect(sanction(fifth, 'coal ban', '2022-04-10')).toEqual(['supported']);
  });
});

describe('the North Atlantic Treaty said signed in another year', () => {
  const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

  it('true sentences are confirmed, their mutants a year off are flagged', () => {
    // https://www.yorkshirepost.co.uk/news/politics/russia-ukraine-is-ukraine-a-member-of-nato-what-does-nato-stand-for-3584350 (heldout6 k022)
    const k022 = 'NATO was founded on the Washington Treaty, signed in April 1949.';
    expect(figure(k022, 'signed in April 1949', '2022-02-25')).toEqual(['supported']);
    expect(figure(k022.replace('1949', '1950'), 'signed in April 1950', '2022-02-25')).toEqual(['contradicted']);
    // https://gstimes.in/current-affairs/international-north-macedonia-to-become-natos-30th-member (heldout9 v001)
    const v001 = 'The North Atlantic Treaty was signed on 4 April 1949.';
    expect(figure(v001, 'signed on 4 April 1949', '2019-02-04')).toEqual(['supported']);
    // With the day, a wrong year is figure-forms.ts's since round 20 (one red flag, not two).
    expect(verdictsOn(v001.replace('1949', '1948'), 'signed on 4 April 1948', '2019-02-04')).toEqual(['contradicted']);
    expect(figure('The North Atlantic Treaty was signed in April 1948.', 'signed in April 1948', '2019-02-04')).toEqual(['contradicted']);
  });

  it('an accession, another Washington treaty, or an unnamed treaty are not flagged', () => {
    expect(
      isRed(verdictsOn('Greece joined later: the North Atlantic Treaty, which Greece signed in 1952, binds it.', '1952', '2024-04-04')),
    ).toBe(false);
    expect(isRed(verdictsOn('NATO grew. The North Atlantic Treaty, signed by Montenegro in 2017, binds it.', '2017', '2024-04-04'))).toBe(
      false,
    );
    expect(isRed(verdictsOn('NATO is old. The Washington Treaty was signed in 1922 to limit naval arms.', '1922', '2024-04-04'))).toBe(
      false,
    );
  });
});

describe('a member’s place in line, in any ordinal', () => {
  it('"Sweden becomes 32nd NATO member" (heldout h011) and its mutants', () => {
    expect(membership('Sweden becomes 32nd NATO member', '32nd NATO member', '2024-03-08')).toEqual(['supported']);
    expect(membership('Sweden becomes 33rd NATO member', '33rd NATO member', '2024-03-08')).toEqual(['contradicted']);
  });

  it('an ordinal outside the old table no longer lets the accession’s day confirm the sentence', () => {
    // A mutation of "Sweden officially became the 32nd member of the North Atlantic Treaty Organization on Thursday" (AP, 8 March 2024).
    const ap = 'Sweden officially became the 34th member of the North Atlantic Treaty Organization on Thursday.';
    expect(membership(ap, '34th member', '2024-03-08')).toEqual(['contradicted']);
  });

  it('"making Montenegro the 29th NATO member" (expected r006, June 2017) and its mutant', () => {
    const r006 = 'Montenegro joined NATO on Monday, making Montenegro the 29th NATO member.';
    expect(membership(r006, 'the 29th NATO member', '2017-06-03')).toEqual(['supported']);
    expect(membership(r006.replace('29th', '30th'), 'the 30th NATO member', '2017-06-03')).toEqual(['contradicted']);
  });

  it('a place said of a plan or of some members is not flagged', () => {
    const plan = 'Turkey ratified the bid, which will allow NATO to welcome Finland as its 32nd member.';
    expect(isRed(verdictsOn(plan, '32nd member', '2023-03-30'))).toBe(false);
    const among = 'North Macedonia became the 14th NATO member from the former Eastern bloc.';
    expect(isRed(verdictsOn(among, '14th', '2020-03-27'))).toBe(false);
  });
});

describe('a date told of another measure after the targets is not their designation’s', () => {
  it('heldout11 y052: "..., more than 180 vessels ... in violation of the $60 per-barrel price cap imposed ... in 2022"', () => {
    const y052 =
      'OFAC finally targeted Russia’s most significant revenue source by leveling sanctions against Russia’s oil producers, Gazprom Neft and ' +
      'Surgutneftegas, more than 180 vessels that carry Russian oil in violation of the $60 per-barrel price cap imposed on Russian maritime oil shipments in 2022.';
    expect(kindOn('sanction', y052, 'Gazprom Neft', '2025-01-17').map((a) => a.verdict)).toEqual(['supported']);
    // The year right after the targets is still theirs: nothing on record for OFAC and Gazprom Neft in 2019.
    expect(isRed(verdictsOn('OFAC leveled sanctions against Gazprom Neft in 2019.', 'Gazprom Neft', '2025-01-17'))).toBe(false);
  });
});
