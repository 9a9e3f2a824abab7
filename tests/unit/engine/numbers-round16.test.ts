// Membership, spending targets and sanctions in the sixteenth round: held-out 14's misses (development data now) and the
// mutation probes' silent families. Each form is tested on the page's sentence, its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe("a parliament's ratification vote told on a day", () => {
  // https://trendsresearch.org/insight/swedens-nato-membership-and-the-link-with-turkey/ (heldout14 o104, 5 February 2024;
  // the Grand National Assembly voted on 23 January)
  const o104 = (day: string) => `The Turkish parliament voted on ${day} in favor of Sweden’s bid for accession to NATO.`;
  it('another day than the record is contradicted, its day confirmed', () => {
    expect(membership(o104('January 24'), 'voted on January 24', '2024-02-05')).toEqual(['contradicted']);
    expect(membership(o104('January 23'), 'voted on January 23', '2024-02-05')).toEqual(['supported']);
    const hun = (day: string) => `Hungary’s parliament on ${day} approved Sweden’s accession to NATO.`;
    expect(membership(hun('27 February'), 'on 27 February approved', '2024-03-01')).toEqual(['contradicted']);
    expect(membership(hun('26 February'), 'on 26 February approved', '2024-03-01')).toEqual(['supported']);
    expect(membership('The Turkish parliament voted on March 31 to approve Finland’s accession to NATO.', 'voted', '2023-04-05')).toEqual([
      'contradicted',
    ]);
  });
  it('a committee, a plan or a signature is never read as the vote', () => {
    const committee = 'The Turkish parliament’s foreign affairs committee voted on December 26 in favor of Sweden’s bid.';
    expect(isRed(membership(committee, 'voted on December 26', '2024-01-10'))).toBe(false);
    const plan = 'The Turkish parliament is expected to vote on January 24 on Sweden’s bid for NATO membership.';
    expect(isRed(membership(plan, 'vote on January 24', '2024-01-10'))).toBe(false);
  });
});

describe('ratification tallies as data', () => {
  // https://unn.ua/en/amp/hungarian-parliament-votes-in-favor-of-swedens-accession-to-nato-it-is-unclear-whether-acting-president-laszlo-kever-will-sign-the-document
  // (heldout13 b043, 26 February 2024)
  const b043 = (tally: string) =>
    `The Hungarian parliament voted ${tally} in favor of Sweden's accession to NATO, approving Sweden's membership in the alliance.`;
  it('the tally on record is confirmed, another contradicted', () => {
    expect(membership(b043('188 to 6'), 'voted 188 to 6', '2024-02-26')).toEqual(['supported']);
    expect(membership(b043('188 to 16'), 'voted 188 to 16', '2024-02-26')).toEqual(['contradicted']);
    expect(membership(b043('178-6'), 'voted 178-6', '2024-02-26')).toEqual(['contradicted']);
    expect(membership('Turkey’s parliament voted 287-55 in favor of Sweden’s NATO membership.', 'voted 287-55', '2024-01-24')).toEqual([
      'supported',
    ]);
    expect(membership('Hungary’s parliament voted 182-6 in favor of Finland’s NATO membership.', 'voted 182-6', '2023-03-28')).toEqual([
      'supported',
    ]);
  });
});

describe('the last ally to ratify, in more words', () => {
  // https://americanmilitarynews.com/2024/02/hungary-becomes-last-member-to-approve-swedens-nato-accession (heldout13 b044)
  it('"the last member of the alliance to ratify", "the last member state not to approve" are confirmed', () => {
    const b044 = 'Hungary was the last member of the alliance to ratify Sweden’s membership.';
    expect(membership(b044, 'Hungary was the last member of the alliance to ratify', '2024-02-27')).toEqual(['supported']);
    // https://censor.net/en/news/3475557/hungarian_parliament_ratifies_swedens_nato_membership_application (heldout14 o105)
    const o105 = "Hungary, as you know, was the last NATO member state not to approve Sweden's accession to the Alliance.";
    expect(membership(o105, 'the last NATO member state not to approve', '2024-02-26')).toEqual(['supported']);
  });
});

describe('accessions told in more forms', () => {
  // heldout14 o105 (censor.net, 26 February 2024): a capital for its country
  it('a capital as the subject of an accession', () => {
    expect(membership('Helsinki joined NATO in June 2023.', 'Helsinki joined NATO in June 2023', '2024-02-26')).toEqual(['contradicted']);
    expect(membership('Helsinki joined NATO in April 2023.', 'Helsinki joined NATO in April 2023', '2024-02-26')).toEqual(['supported']);
    expect(isRed(membership('Leaders meeting in Helsinki joined NATO in 2023.', 'Helsinki', '2024-02-26'))).toBe(false);
  });
  // https://english.a2news.com/2023/04/01/albania-celebrates-14-years-as-nato-member-congratulations-from-the-usa/ (heldout14 o106)
  it('"became a full member ... for the first time on DAY"', () => {
    const o106 = (day: string) =>
      `Albania became a full member of the North Atlantic Treaty Organization for the first time on ${day}, 2009, at the summit in Strasbourg/Kehl.`;
    expect(membership(o106('April 4'), 'Albania became a full member', '2023-04-01')).toEqual(['contradicted']);
    expect(membership(o106('April 1'), 'Albania became a full member', '2023-04-01')).toEqual(['supported']);
  });
});

describe('a stale count in a present relative clause', () => {
  // https://diplomacybeyond.com/finland-joins-nato-as-31st-ally/ (heldout14 l034, 5 April 2023)
  const l034 = (n: number) =>
    `On April 4, 2023, Finland became the 31st member of the North Atlantic Treaty Organisation (NATO). NATO was formed in 1949 with the signing of the Washington Treaty, which is a security alliance of ${n} countries from North America and Europe.`;
  it('outdated when the page tells the accession that changed it; the right count confirmed', () => {
    expect(membership(l034(30), 'which is a security alliance of 30 countries', '2023-04-05')).toEqual(['outdated']);
    expect(membership(l034(31), 'alliance of 31 countries', '2023-04-05')).toEqual(['supported']);
  });
  it('a day after the accession with no accession told, only context', () => {
    const bare = 'NATO was formed in 1949 with the signing of the Washington Treaty, which is a security alliance of 30 countries.';
    expect(membership(bare, 'which is a security alliance of 30 countries', '2023-04-05')).toEqual(['context']);
  });
});

describe('places in line, more forms (mutation probes)', () => {
  it('a wrong place told right after the country is contradicted, the right one confirmed', () => {
    // https://censor.net/en/news/3477410/sweden_officially_becomes_32nd_member_of_nato (expected r035)
    expect(membership('Sweden officially becomes 33rd member of NATO', 'Sweden officially becomes 33rd member', '2024-03-07')).toEqual([
      'contradicted',
    ]);
    expect(membership('Sweden officially becomes 32nd member of NATO', 'Sweden officially becomes 32nd member', '2024-03-07')).toEqual([
      'supported',
    ]);
    // https://www.shrinetwork.com/2023/04/finland-opens-up-new-era-of-military.html (heldout4 n070)
    const n070 = (n: string) => `Finland Opens Up New Era of Military Alliance, Becomes ${n} Member`;
    expect(membership(n070('32nd'), '32nd Member', '2023-04-05')).toEqual(['contradicted']);
    expect(membership(n070('31st'), '31st Member', '2023-04-05')).toEqual(['supported']);
    // https://mia.mk/pompeo-north-macedonia-becomes-nato-s-30th-ally/?lang=en (expected r017)
    const r017 = (n: string) =>
      `Today, the United States received North Macedonia’s instrument of accession to the North Atlantic Treaty, making North Macedonia the ${n} NATO Ally.`;
    expect(membership(r017('31st'), '31st NATO Ally', '2020-03-27')).toEqual(['contradicted']);
    expect(isRed(membership(r017('30th'), '30th NATO Ally', '2020-03-27'))).toBe(false);
    expect(membership('Finland joins NATO as 32nd member', 'Finland joins NATO as 32nd member', '2023-04-04')).toEqual(['contradicted']);
  });
  it('a place among some members is not the alliance’s', () => {
    const among = 'North Macedonia became the 14th country to join NATO after the end of the Cold War.';
    expect(isRed(membership(among, '14th country', '2020-03-30'))).toBe(false);
  });
});

describe('a list of members with their accession years', () => {
  // https://edition.cnn.com/2013/07/30/world/nato-fast-facts/ (heldout5 h010, March 2020)
  const list = (albania: string, bulgaria: string) =>
    `NATO has 30 member countries:\n    Albania (2009)\n    Belgium (1949)\n    Bulgaria (${bulgaria})\n    Canada (1949)\n    Croatia (${albania})\n    Czech Republic (1999)\n    Denmark (1949)`;
  it('an entry with another year amid fitting entries is contradicted', () => {
    expect(membership(list('2009', '2003'), 'Bulgaria (2003)', '2020-03-30')).toEqual(['contradicted']);
    expect(membership(list('2008', '2004'), 'Croatia (2008)', '2020-03-30')).toEqual(['contradicted']);
    expect(membership(list('2009', '2004'), 'Bulgaria (2004)', '2020-03-30')).toEqual(['supported']);
  });
});

describe('sanction packages', () => {
  // https://eurasiabusinessnews.com/2025/07/18/ukraine-eu-adopts-18th-package-of-sanctions-against-russia-despite-slovakias-recriminations
  // (heldout14 l056, 18 July 2025)
  const l056 = (n: string) =>
    `The European Union has adopted its ${n} package of sanctions against Russia in response to the ongoing war in Ukraine, despite resistance from Slovakia.`;
  it('adopted "despite resistance" is adopted: confirmed', () => {
    expect(sanction(l056('18th'), '18th package of sanctions', '2025-07-18')).toEqual(['supported']);
  });
  it('a package told as the news of the day when a later one was just adopted is contradicted', () => {
    expect(sanction(l056('17th'), '17th package of sanctions', '2025-07-18')).toEqual(['contradicted']);
    expect(sanction('EU adopts 13th package of sanctions against Russia', '13th package', '2024-06-24')).toEqual(['contradicted']);
    expect(sanction('EU adopts 14th package of sanctions against Russia', '14th package', '2024-06-24')).toEqual(['supported']);
  });
  it('a package told with its time, or a failure despite pressure, is not news of the day', () => {
    expect(sanction('The EU adopted its 17th package of sanctions in May.', '17th package', '2025-07-18')).toEqual(['supported']);
    expect(
      isRed(
        sanction('The EU failed to adopt its 18th package of sanctions despite pressure, after Slovakia’s veto.', '18th', '2025-07-10'),
      ),
    ).toBe(false);
  });
});

describe('a ratifier that is no member', () => {
  // https://presidentti.fi/niinisto/en/news/president-niinisto-at-the-nato-summit-in-vilnius (heldout14 o101, 12 July 2023)
  const o101 = (who: string) =>
    `According to President Niinistö, on the eve of the Summit, Sweden’s NATO membership was also given green light by President Erdoğan of Türkiye. “It is quite difficult to give the exact date when the ratifications can take effect. They must still be approved by parliaments in ${who}.”`;
  it('a country that is not an ally named among the parliaments to ratify is contradicted', () => {
    expect(membership(o101('Ukraine and Türkiye'), 'approved by parliaments in Ukraine and Türkiye', '2023-07-12')).toEqual([
      'contradicted',
    ]);
  });
  it('allies only are never flagged', () => {
    expect(isRed(membership(o101('Hungary and Türkiye'), 'approved by parliaments in Hungary and Türkiye', '2023-07-12'))).toBe(false);
  });
});

describe('the whole alliance counted in passing, confirmed only', () => {
  it('"NATO\'s 29 government", "the treaty\'s 30 members", "the 30-nation military establishment", "these 29 allies"', () => {
    // https://www.euronews.com/2019/03/28/natos-stoltenberg-to-stay-in-top-job-until-2022 (heldout14 l002)
    const l002 = '"Allies expressed their support for the secretary general\'s work," NATO\'s 29 government said in a statement.';
    expect(membership(l002, "NATO's 29 government", '2019-03-28')).toEqual(['supported']);
    expect(isRed(membership(l002.replace('29', '28'), "NATO's 28 government", '2019-03-28'))).toBe(false);
    // http://international.zeenews.com/world/what-are-natos-articles-4-and-5-that-are-being-discussed-after-russias-missile-strike-in-poland-2536046.html (l032)
    const l032 =
      'NATO’s principle of collective defense known as Article 5, in which an attack against one of the treaty’s 30 members is considered as an attack against all Allies.';
    expect(membership(l032, 'the treaty’s 30 members', '2022-11-16')).toEqual(['supported']);
    // https://www.urbanlifestylereport.com/news/nato-has-extended-stoltenbergs-term-by-one-year-due-to-the-war-in-russia/ (o116)
    const o116 =
      'NATO Secretary-General Jens Stoltenberg will be in his role for an additional one year to help manage the 30-nation military establishment.';
    expect(membership(o116, 'the 30-nation military establishment', '2022-03-24')).toEqual(['supported']);
  });
});
