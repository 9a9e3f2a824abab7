// Membership, spending and sanctions in the fifteenth round: held-out 13's misses (development data now), the 2% target's
// origins as data, and mutation probes of package ordinals and days. Each family is tested on the page's sentence, on its
// false versions, and on true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);
const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe("the 2% target's origins are data (figures.json, namedOrigins)", () => {
  const said = (where: string) => `Allies have long missed the 2% target agreed in ${where}, a NATO official said.`;
  it('a year or place named for its origin is neither confirmed nor flagged', () => {
    // Prague 2002: context only (it was adopted by defence ministers in 2006), never a confirmation sourced to 2006 or 2014.
    expect(figure(said('2002'), '2% target agreed in 2002', '2025-01-10')).toEqual(['context']);
    expect(isRed(figure(said('Prague'), '2% target agreed in Prague', '2025-01-10'))).toBe(false);
    expect(isRed(figure(said('Riga'), '2% target agreed in Riga', '2025-01-10'))).toBe(false);
    expect(isRed(figure(said('Brussels'), '2% target agreed in Brussels', '2025-01-10'))).toBe(false);
  });
  it('the years and places on record are confirmed; others are contradicted', () => {
    expect(figure(said('2006'), '2% target agreed in 2006', '2025-01-10')).toEqual(['supported']);
    expect(figure(said('Wales'), '2% target agreed in Wales', '2025-01-10')).toEqual(['supported']);
    expect(figure(said('2016'), '2% target agreed in 2016', '2025-01-10')).toEqual(['contradicted']);
    expect(figure(said('Madrid'), '2% target agreed in Madrid', '2025-01-10')).toEqual(['contradicted']);
  });
});

describe('member counts without NATO in the phrase', () => {
  it('"It currently has 30 members" after a sentence that names NATO', () => {
    // https://ramsiasstudycircle.com/blog/details/north-atlantic-treaty-organisation-1 (heldout13 c101, April 2023)
    const c101 = (n: number) =>
      `Certain eastern European nations, post the collapse of the USSR, joined NATO. It currently has ${n} members and India is not a member.`;
    expect(membership(c101(31), 'It currently has 31 members', '2023-06-05')).toEqual(['supported']);
    expect(membership(c101(30), 'It currently has 30 members', '2023-06-05')).toEqual(['outdated']);
    // Another body named: nothing said.
    const eu = 'The EU met in Brussels. It currently has 27 members and Norway is not one.';
    expect(membership(eu, 'It currently has 27 members', '2023-06-05')).toEqual([]);
  });

  it('a fact sheet\'s label line under a NATO heading: "Members Consists of 30 member countries"', () => {
    // https://www.civilsdaily.com/news/nato-vilnius-summit-2023-key-takeaways/ (heldout13 c109, July 2023)
    const c109 = (n: number) =>
      `About NATO (North Atlantic Treaty Organization)\n\nFormation Established on April 4, 1949\nMembers Consists of ${n} member countries\nHeadquarters Located in Brussels, Belgium`;
    expect(membership(c109(30), 'Consists of 30 member countries', '2023-07-15')).toEqual(['outdated']);
    expect(membership(c109(31), 'Consists of 31 member countries', '2023-07-15')).toEqual(['supported']);
    const eu = `About the EU and its neighbours\n\nFormation Established in 1993\nMembers Consists of 27 member countries`;
    expect(membership(eu, 'Consists of 27 member countries', '2023-07-15')).toEqual([]);
  });

  it('"an alliance of 28 North American and European countries", "which includes 30 North American and European countries"', () => {
    const alliance = (n: number) => `NATO is a political and military alliance of ${n} North American and European countries.`;
    expect(membership(alliance(28), '28 North American', '2024-06-20')).toEqual(['outdated']);
    expect(membership(alliance(32), '32 North American', '2024-06-20')).toEqual(['supported']);
    // https://www.upi.com/Top_News/World-News/2020/04/01/NATO-forms-10-member-panel-to-reflect-on-past-mull-future/3401585742233/ (heldout13 b010)
    const b010 = (n: number) =>
      `NATO members agreed in December to initiate the process. The alliance, which includes ${n} North American and European countries, was formed in 1949 after World War II.`;
    expect(membership(b010(30), 'which includes 30', '2020-04-01')).toEqual(['supported']);
    // The sentence tells of 1949 too ("was formed in 1949"): a stale count in it is context only.
    expect(membership(b010(29), 'which includes 29', '2020-06-01')).toEqual(['context']);
    const met = 'NATO ministers met on Tuesday. The alliance, which includes 29 North American and European countries, agreed a plan.';
    expect(membership(met, 'which includes 29', '2020-06-01')).toEqual(['outdated']);
  });

  it('"NATO includes the United States, Canada and 10 countries of Western Europe": the twelve of 1949', () => {
    // https://www.sequoitmedia.com/breaking-news-ukraine-v-russia/ (heldout13 c103, February 2022)
    const c103 = (n: number) =>
      `According to the Brown University Department of History, NATO includes the United States, Canada and ${n} countries of Western Europe, all pledged to defend each other if one were attacked.`;
    expect(membership(c103(10), 'Canada and 10 countries', '2022-02-24')).toEqual(['outdated']);
    expect(membership(c103(28), 'Canada and 28 countries', '2022-02-24')).toEqual(['supported']);
    // Told of the founding, or of another body: not a count of today's members.
    expect(
      isRed(
        membership(
          'In 1949 the founders were the United States, Canada and 10 countries of Western Europe.',
          'Canada and 10',
          '2022-02-24',
        ),
      ),
    ).toBe(false);
    expect(
      membership(
        'The EU trades with the United States, Canada and 10 countries of Western Europe. NATO met.',
        'Canada and 10',
        '2022-02-24',
      ),
    ).toEqual([]);
  });
});

describe('a target told with the one it replaced (figure-raise-from.ts)', () => {
  it('"raise its members\' GDP defense requirement from 2% to 5%": the old figure is 2%', () => {
    // https://podcast.app/spanish-fly-addendum-e417966930 (heldout13 c111, June 2025)
    const c111 = (from: string) =>
      `The organization agreed to raise its members' GDP defense requirement from ${from} to 5%, with 3.5% allocated to hard defense spending.`;
    expect(figure(c111('2%'), 'requirement from 2% to 5%', '2025-06-26')).toEqual(['supported']);
    expect(figure(c111('3%'), 'requirement from 3% to 5%', '2025-06-26')).toEqual(['contradicted']);
    expect(figure(c111('2.5%'), 'requirement from 2.5% to 5%', '2025-06-26')).toEqual(['contradicted']);
    const passive = (from: string) => `NATO’s target was raised from ${from} to 5% of GDP at The Hague.`;
    expect(isRed(figure(passive('3%'), 'raised from 3%', '2025-06-26'))).toBe(true);
  });
  it('said of spending, not of the target, the old figure may be a level spent: context at most', () => {
    // https://podcast.app/what-the-nato-summit-tells-us-about-the-future-of-european-security-e418061266 (heldout13 c105, June 2025)
    const c105 =
      "Rather, this meeting was dedicated to securing a commitment by most NATO members to double their defense spending from 2.5% to 5% of member states' GDP.";
    expect(isRed(figure(c105, 'double their defense spending from 2.5% to 5%', '2025-06-26'))).toBe(false);
    const spent = 'To meet the new 3.5% target, European allies must boost spending from 1.9% to 3.5% of GDP.';
    expect(isRed(figure(spent, 'from 1.9% to 3.5%', '2025-06-26'))).toBe(false);
  });
  it('before the target existed, of one ally, or as a demand: never a red flag', () => {
    expect(isRed(figure('Trump wants NATO to raise the target from 3% to 5%.', 'from 3% to 5%', '2025-03-26'))).toBe(false);
    expect(isRed(figure('Poland will raise its target from 4% to 5% of GDP, a NATO ally said.', 'from 4% to 5%', '2025-07-26'))).toBe(
      false,
    );
    expect(isRed(figure('NATO allies could raise the target from 3% to 5% of GDP.', 'from 3% to 5%', '2025-07-26'))).toBe(false);
  });
});

describe("The Hague's review year after 'The agreement extends until 2035'", () => {
  it('"with a review scheduled for 2030" is contradicted (2029); 2029 confirmed', () => {
    // https://podcast.app/spanish-fly-addendum-e417966930 (heldout13 c111, June 2025)
    const c111 = (y: number) =>
      `However, Spain, which consistently ranks low in defense spending within NATO, did not agree to the new target. The agreement extends until 2035, with a review scheduled for ${y}.`;
    expect(figure(c111(2030), 'review scheduled for 2030', '2025-06-26')).toEqual(['contradicted']);
    expect(figure(c111(2029), 'review scheduled for 2029', '2025-06-26')).toEqual(['supported']);
  });
});

describe('sanction packages: ordinals and days (mutation probes)', () => {
  // https://kyivindependent.com/eu-council-approves-11th-package-of-sanctions-against-russia/ (heldout2 k027, June 2023)
  const k027 = (n: string) =>
    `The Council of the European Union announced on June 23 the adoption of the ${n} package of sanctions against Russia, aimed at countering sanctions circumvention.`;
  it('"announced on June 23 the adoption of the 11th package": the day between the verb and the adoption', () => {
    expect(sanction(k027('11th'), '11th package', '2023-06-23')).toContain('supported');
    expect(isRed(sanction(k027('11th'), '11th package', '2023-06-23'))).toBe(false);
    expect(sanction(k027('10th'), '10th package', '2023-06-23')).toEqual(['contradicted']);
    // The next number on the day the 11th was adopted: the 12th came only in December.
    expect(sanction(k027('12th'), '12th package', '2023-06-23')).toEqual(['contradicted']);
  });
  it('"their 19th Russian sanctions package": "Russian" between the ordinal and the package', () => {
    const n075 = (n: string) =>
      `European Union leaders approved their ${n} Russian sanctions package including a ban on liquefied natural gas.`;
    expect(sanction(n075('19th'), '19th Russian sanctions package', '2025-10-23')).toEqual(['supported']);
    expect(isRed(sanction(n075('20th'), '20th Russian sanctions package', '2025-10-23'))).toBe(false);
  });
});

describe('membership years (mutation probes)', () => {
  it('"a founding member of NATO in 1949": another year near it is contradicted, a far one is the sentence\'s own time', () => {
    // https://gtatoday.ca/prime-minister-trudeau-concludes-nato-summit-with-bold-defence-commitments-and-strengthened-alliances/ (heldout5 h049, July 2024)
    const h049 = (y: number) => `Canada, a founding member of NATO in ${y}, has consistently played a pivotal role in the alliance.`;
    expect(membership(h049(1949), 'a founding member of NATO in 1949', '2024-07-11')).toEqual(['supported']);
    expect(membership(h049(1948), 'a founding member of NATO in 1948', '2024-07-11')).toEqual(['contradicted']);
    expect(membership(h049(1950), 'a founding member of NATO in 1950', '2024-07-11')).toEqual(['contradicted']);
    expect(isRed(membership(h049(2024), 'a founding member of NATO', '2024-07-11'))).toBe(false);
  });

  it('"Montenegro became the newest NATO member in 2017": another year is contradicted', () => {
    // https://en.radiofarda.com/a/nato-announces-special-summit-in-london-in-december/29755112.html (heldout5 h001, February 2019)
    const h001 = (y: string) =>
      `Albania and Croatia were next, joining in 2009, and Montenegro became the newest NATO member in ${y}. Stoltenberg's announcement came as NATO met.`;
    expect(membership(h001('2017'), 'Montenegro became the newest NATO member', '2019-02-06')).toEqual(['supported']);
    expect(membership(h001('June 2017'), 'Montenegro became the newest NATO member', '2019-02-06')).toEqual(['supported']);
    expect(membership(h001('2016'), 'Montenegro became the newest NATO member', '2019-02-06')).toEqual(['contradicted']);
    expect(membership(h001('2018'), 'Montenegro became the newest NATO member', '2019-02-06')).toEqual(['contradicted']);
    // A supposition: never a red flag.
    const iff = 'If Montenegro became the newest NATO member in 2016, the map would differ.';
    expect(isRed(membership(iff, 'Montenegro became the newest NATO member', '2019-02-06'))).toBe(false);
  });
});
