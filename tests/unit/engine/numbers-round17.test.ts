// Membership, spending and sanctions in the seventeenth round: held-out 15's misses (development data now) and the mutation
// probes' silent families. Each form is tested on the page's sentence, its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);
const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe('an application told with the date of the accession', () => {
  // https://www.tellerreport.com/news/2024-03-02-the-speaker-of-the-hungarian-parliament-signs-the-decision-to-join-sweden-in-nato.S1gMph5la6.html
  // (held-out 15 tb103, 2 March 2024; Finland applied on 18 May 2022 and joined on 4 April 2023)
  const tb103 = (when: string) =>
    `Stockholm announced its candidacy to join the alliance after Russia launched a war on Ukraine in February 2022, coinciding with Finland's request to join the alliance in ${when}.`;
  it("the accession's month is no longer confirmed as the request's, and is contradicted", () => {
    expect(membership(tb103('April 2023'), "Finland's request", '2024-03-02')).toEqual(['contradicted']);
    expect(membership(tb103('May 2022'), "Finland's request", '2024-03-02')).toEqual(['supported']);
  });
  it('applied, an application, a request: the same', () => {
    expect(membership('Finland applied to join NATO in April 2023.', 'applied', '2024-03-02')).toEqual(['contradicted']);
    expect(membership("Finland's application to join NATO in April 2023 was historic.", 'application', '2024-03-02')).toEqual([
      'contradicted',
    ]);
    expect(membership("Finland's application to join NATO in May 2022 was historic.", 'application', '2024-03-02')).toEqual(['supported']);
  });
  it('the joining told after the bid keeps its date (heldout6 k035)', () => {
    // https://therecount.com/watch/secretary-of-state-antony-blinken/2645894339 (heldout6 k035, 7 March 2024)
    const k035 =
      'Sweden’s neighbor Finland, which also bid to join the bloc after Russia’s invasion, officially joined in April 2023, more than doubling the alliance’s border with Russia.';
    expect(isRed(membership(`NATO welcomed Sweden. ${k035}`, 'officially joined in April 2023', '2024-03-07'))).toBe(false);
  });
});

describe('all the allies counted', () => {
  // https://lvivherald.com/post/the-50-nations-meeting-in-nato-what-can-it-be-expected-to-achieve (held-out 15 tb113, 11 April 2025)
  const tb113 = (n: number) =>
    `The summit convened representatives, for the most part Defence Ministers and military leaders, from all ${n} NATO member states, alongside EU nations and key global partners such as Japan, Australia, South Korea and New Zealand.`;
  it('a stale count naming NATO is outdated even with the EU in the sentence', () => {
    expect(membership(tb113(31), 'all 31 NATO member states', '2025-04-11')).toEqual(['outdated']);
    expect(membership(tb113(32), 'all 32 NATO member states', '2025-04-11')).toEqual(['supported']);
  });
  it('a part of the alliance named with another body stays silent', () => {
    const part = 'Ministers from all 23 NATO members in the EU met in Brussels.';
    expect(isRed(membership(part, 'all 23 NATO members', '2025-04-11'))).toBe(false);
    const part2 = 'The EU and all 22 NATO member states that belong to it agreed.';
    expect(isRed(membership(part2, 'all 22 NATO member states', '2025-04-11'))).toBe(false);
  });
  // https://234radio.com/who-is-attending-the-nato-summit-and-whats-on-the-agenda (held-out 15 tc204, 24 June 2025)
  const tc204 = (n: number) =>
    `All ${n} NATO heads of state or government, top European Union members, and Ukraine’s representatives are expected at that meeting.`;
  it("NATO's heads of state or government, one for each ally", () => {
    expect(membership(tc204(32), `All 32 NATO heads`, '2025-06-24')).toEqual(['supported']);
    expect(membership(tc204(31), `All 31 NATO heads`, '2025-06-24')).toEqual(['outdated']);
  });
  // https://www.polskieradio.pl/395/7785/artykul/3541089 (held-out 15 tb106, 22 June 2025)
  const tb106 = (n: number) =>
    `The draft communiqué, endorsed by all ${n} members, will become official when leaders sign it at the summit.\nNATO officials insist larger budgets are needed to deter Russia.`;
  it("all N members with NATO named further on: today's count confirmed, nothing else", () => {
    expect(membership(tb106(32), 'all 32 members', '2025-06-22')).toEqual(['supported']);
    expect(membership(tb106(31), 'all 31 members', '2025-06-22')).toEqual([]);
    const eu = 'The statement, endorsed by all 27 members, was published.\nThe EU and NATO met.';
    expect(membership(eu, 'all 27 members', '2025-06-22')).toEqual([]);
  });
});

describe("the founders counted by the founding treaty's signature", () => {
  // https://byjusexamprep.com/north-atlantic-treaty-organization-nato-pdf-i (held-out 15 ta024, 25 February 2022)
  const ta024 = (year: number, count: string) =>
    `North Atlantic Treaty Organization is also called the North Atlantic Alliance.\n\nIn ${year}, the Alliance’s founding treaty was signed in Washington by ${count} European and North American countries.`;
  it('twelve confirmed, another count or year contradicted', () => {
    expect(membership(ta024(1949, 'twelve'), 'founding treaty', '2022-02-25')).toEqual(['supported']);
    expect(membership(ta024(1949, 'eleven'), 'founding treaty', '2022-02-25')).toEqual(['contradicted']);
    expect(figure(ta024(1948, 'twelve'), 'founding treaty', '2022-02-25')).toEqual(['contradicted']);
  });
  it('a part of the founders (one continent) is not read', () => {
    const part = 'NATO was founded in 1949. In 1949, the Alliance’s founding treaty was signed in Washington by ten European countries.';
    expect(isRed(membership(part, 'ten European', '2022-02-25'))).toBe(false);
  });
  // http://civilsias.com/macedonia-to-become-natos-30th-member/ (held-out 15 ta001, 4 February 2019)
  const ta001 = (count: number) =>
    `At present, NATO has 29 members.\nIn 1949, there were ${count} founding members of the Alliance: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.`;
  it('"there were N founding members": a wrong count stands beside the list it heads', () => {
    expect(membership(ta001(12), 'there were 12', '2019-02-04')).not.toContain('contradicted');
    expect(membership(ta001(11), 'there were 11 founding members', '2019-02-04')).toContain('contradicted');
    expect(membership(ta001(13), 'there were 13 founding members', '2019-02-04')).toContain('contradicted');
  });
});

describe("one ally's plan told with an earlier year", () => {
  // https://thedailyguardian.com/world/us/which-european-leaders-are-heading-to-trumpzelensky-talks-full-names-inside-644642
  // (held-out 15 tb110, 18 August 2025; Germany's plan reaches 3.5% in 2029)
  const tb110 = (year: number) =>
    `German Chancellor Friedrich Merz\nAs the representative of Europe’s biggest economy, Merz has committed to increasing German defense expenditure to 3.5% of GDP by ${year}.`;
  it("a year before the plan's is contradicted, its year confirmed, a later one left alone", () => {
    expect(figure(tb110(2026), '3.5% of GDP by 2026', '2025-08-18')).toEqual(['contradicted']);
    expect(figure(tb110(2029), '3.5% of GDP by 2029', '2025-08-18')).toEqual(['supported']);
    expect(isRed(figure(tb110(2030), '3.5% of GDP by 2030', '2025-08-18'))).toBe(false);
  });
  it('a demand of others or a proposal is not the plan', () => {
    const demand = 'Germany wants NATO allies to raise defense spending to 3.5% of GDP by 2027.';
    expect(isRed(figure(demand, '3.5%', '2025-08-18'))).toBe(false);
  });
  // https://www.thenewyorkeditorial.com/post/germany-commits-to-3-5-defense-spending-by-2029 (held-out 15 tb111, 24 June 2025)
  const tb111 = (year: number) =>
    `Germany’s Finance Minister Lars Klingbeil announced on Tuesday that the country will raise its defense spending to 3.5% of gross domestic product (GDP) by ${year}.`;
  it('the acronym after the words of GDP', () => {
    expect(figure(tb111(2029), '3.5%', '2025-06-24')).toEqual(['supported']);
    expect(figure(tb111(2028), '3.5%', '2025-06-24')).toEqual(['contradicted']);
  });
});

describe('packages and caps', () => {
  // https://new.intellinews.com/articles/eu-passes-nineteenth-sanctions-package-accelerates-lng-phase-out-402170 (held-out 15 tb102,
  // 19 September 2025: the Commission had only proposed the 19th package, adopted on 23 October)
  const tb102 = (verb: string) =>
    `EU ${verb} nineteenth sanctions package, accelerates LNG phase out\nThe European Commission has published proposals for a 19th sanctions package against Russia.`;
  it("a headline's adoption told a month early is contradicted; a proposal is not", () => {
    expect(sanction(tb102('passes'), 'nineteenth sanctions package', '2025-09-19')).toEqual(['contradicted']);
    expect(isRed(sanction(tb102('proposes'), 'nineteenth sanctions package', '2025-09-19'))).toBe(false);
    expect(sanction(tb102('passes'), 'nineteenth sanctions package', '2025-10-24')).toEqual(['supported']);
  });
  // https://www.eastcoastdaily.in/2022/12/03/g7-coalition-agrees-to-a-price-cap-of-60-per-barrel-for-russian-oil.html (held-out 15
  // ta031, 3 December 2022)
  const ta031 = (day: number) =>
    `The Group of Seven (G7) countries and Australia announced on Friday that they had agreed to a $60 per barrel price cap on Russian seaborne crude oil.\nThe G7 and Australia announced in a statement that the price cap would go into force on December ${day} or shortly thereafter.`;
  it('"go into force" is the first day too', () => {
    expect(sanction(ta031(5), 'go into force on December 5', '2022-12-03')).toEqual(['supported']);
    expect(sanction(ta031(9), 'go into force on December 9', '2022-12-03')).toEqual([]);
  });
  // https://www.thehindu.com/news/international/eu-to-sanction-russia-over-navalny/article32837821.ece (held-out 15 ta015, 12 October 2020)
  const ta015 = (n: number) =>
    `EU diplomats said there was broad support among the ${n} Foreign Ministers for asset freezes and travel bans on several Russian GRU intelligence officials.`;
  it("the EU's ministers counted with 'the': today's count confirmed, nothing else", () => {
    expect(sanction(ta015(27), 'the 27 Foreign Ministers', '2020-10-12')).toEqual(['supported']);
    expect(sanction(ta015(26), 'the 26 Foreign Ministers', '2020-10-12')).toEqual([]);
    const nato = 'EU and NATO diplomats said the 27 foreign ministers agreed.';
    expect(sanction(nato, 'the 27 foreign ministers', '2020-10-12')).toEqual([]);
  });
});

describe('false confirmations found by the mutation probes', () => {
  // https://www.republicworld.com/world-news/after-donald-trumps-pressure-nato-members-agree-to-hike-defence-spending-by-5-per-cent
  // (heldout4 n073, 25 June 2025): "The 32-member alliance formally endorsed a plan to boost annual
  // defense-related expenditures to 5% of GDP by 2035."
  const n073 = (pct: string) =>
    `NATO leaders on Wednesday agreed to a significant increase in defense spending. The 32-member alliance formally endorsed a plan to boost annual defense-related expenditures to ${pct}% of GDP by 2035.`;
  it('the 5 of "4.5%" or "5.5%" is not the Hague figure', () => {
    expect(figure(n073('5'), '5% of GDP by 2035', '2025-06-25')).toEqual(['supported']);
    expect(figure(n073('4.5'), '4.5% of GDP', '2025-06-25')).not.toContain('supported');
    expect(figure(n073('5.5'), '5.5% of GDP', '2025-06-25')).not.toContain('supported');
  });
  // https://www.ahn24x7.com/top-story/nato-leaders-are-expected-to-support-trump-s-defence-spending-target-during-the-summit-in-the-hague
  // (heldout3 m060, 25 June 2025): "a new defence spending goal of 5% of GDP — a significant boost from the current 2% target"
  const m060 = (pct: string) =>
    `The summit is set to approve a new defence spending goal of 5% of GDP — a significant boost from the current ${pct}% target — responding to Trump’s demands.`;
  it('the target raised from is never a part of the new one', () => {
    expect(figure(m060('1.5'), 'the current 1.5% target', '2025-06-25')).not.toContain('supported');
    expect(figure(m060('1.5'), 'the current 1.5% target', '2025-06-20')).not.toContain('supported');
    expect(figure(m060('2'), 'the current 2% target', '2025-06-25')).toEqual(['supported']);
  });
});
