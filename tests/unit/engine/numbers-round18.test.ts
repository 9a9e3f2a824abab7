// Membership, spending and sanctions in the eighteenth round: held-out 16's misses in the area and the mutation probes'
// silent families. Each form is tested on the page's sentence, its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe('a count with "it" for NATO', () => {
  // https://mcmnt.com/?p=26309 (held-out 16 ub112, 24 February 2022: 30 members since March 2020)
  const ub112 = (n: number) =>
    `The North Atlantic Treaty Organization (NATO) is one of the world’s major international institutions. It is a political and military Alliance of ${n} member countries from Europe and North America.`;
  it('It is an alliance of N member countries', () => {
    expect(membership(ub112(30), 'Alliance of 30 member countries', '2022-02-24')).toEqual(['supported']);
    expect(membership(ub112(28), 'Alliance of 28 member countries', '2022-02-24')).toEqual(['outdated']);
    expect(membership(ub112(29), 'Alliance of 29 member countries', '2022-02-24')).toEqual(['outdated']);
    expect(membership(ub112(28), 'Alliance of 28 member countries', '2016-02-24')).toEqual(['supported']);
  });
  it('not when another body is named, nor when NATO is not named just before', () => {
    const eu = `The European Union is one of the world’s major international institutions. It is a political and economic union of 28 member countries.`;
    expect(isRed(membership(eu, '28 member countries', '2022-02-24'))).toBe(false);
    const other = `NATO met. The OSCE is a security body. It is a political alliance of 28 member countries.`;
    expect(isRed(membership(other, '28 member countries', '2022-02-24'))).toBe(false);
  });
  // https://www.thesun.ie/news/583833/ (held-out 16 ud311, 12 July 2018: 29 since June 2017)
  const ud311 = (n: number) =>
    `It was formed with the signing of the North Atlantic Treaty in 1949 by 12 member states - Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the UK and the US.\n\nSince then it has expanded to ${n} member states, with countries including Germany, Spain, Greece and Turkey joining, and represents a population of more than 900 million people.`;
  it('Since then it has expanded to N member states: the present perfect reaches the page’s day', () => {
    expect(membership(ud311(29), 'expanded to 29 member states', '2018-07-12')).toEqual(['supported']);
    expect(membership(ud311(28), 'expanded to 28 member states', '2018-07-12')).toEqual(['outdated']);
    expect(membership(ud311(26), 'expanded to 26 member states', '2018-07-12')).toEqual(['outdated']);
  });
  it('a past "it had grown to" stays a count of its time', () => {
    const past = `It was formed with the signing of the North Atlantic Treaty in 1949 by 12 member states. By 2004 it had expanded to 26 member states.`;
    expect(isRed(membership(past, 'expanded to 26 member states', '2018-07-12'))).toBe(false);
  });
});

describe("a stale count on a page that says its own day's count", () => {
  // https://officerspulse.com/2024/05/30/nato-meeting (held-out 16 ud301, 30 May 2024: 32 since March 2024)
  const ud301 = (n: number, now = 32) =>
    [
      'NATO Meeting',
      'About NATO',
      '- Formed in 1949 with the signing of the Washington Treaty, NATO is a security alliance of 32 countries from North America and Europe.',
      '- Article 5 has been invoked only once in NATO history. It happened after the September 11 attacks on the United States in 2001, which led the alliance into Afghanistan.',
      `- A “NATO decision” is the expression of the collective will of all ${n} member countries since all decisions are taken by consensus.`,
      `- At present, NATO has ${now} members. In 1949, there were 12 founding members of the Alliance: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.`,
      '- The other member countries are: Greece and Turkey (1952), Germany (1955), Spain (1982), the Czech Republic, Hungary and Poland (1999), Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia (2004), Albania and Croatia (2009), Montenegro (2017) North Macedonia (2020), Finland (2023) and Sweden (2024).',
    ].join('\n');
  it('the stale count is outdated; the right one confirmed', () => {
    expect(membership(ud301(31), 'all 31 member countries', '2024-05-30')).toEqual(['outdated']);
    expect(membership(ud301(30), 'all 30 member countries', '2024-05-30')).toEqual(['outdated']);
    expect(membership(ud301(32), 'all 32 member countries', '2024-05-30')).toEqual(['supported']);
  });
  it('without the page’s own present count, a page about the past withholds the flag', () => {
    const text = ud301(31).replace('- At present, NATO has 32 members. ', '- ');
    expect(isRed(membership(text, 'all 31 member countries', '2024-05-30'))).toBe(false);
  });
  it('a sentence that tells of its own time is not the page’s present', () => {
    const text = ud301(32).replace(
      'A “NATO decision” is the expression of the collective will of all 32 member countries',
      'In 2021 a “NATO decision” was the expression of the collective will of all 30 member countries',
    );
    expect(isRed(membership(text, 'all 30 member countries', '2024-05-30'))).toBe(false);
  });
});

describe('a spelled-out ordinal without its hyphen', () => {
  // https://gentlemanreport.com/sweden-officially-joins-nato-army-alliance-finishing-centuries-of-neutrality (held-out 16
  // ub108, 8 March 2024)
  const ub108 = (ordinal: string) =>
    `Sweden formally joined NATO as its ${ordinal} member on Thursday, nearly two years after first making use of to the army alliance.`;
  it('thirty second member', () => {
    expect(membership(ub108('thirty second'), 'thirty second member', '2024-03-08')).toEqual(['supported']);
    expect(membership(ub108('thirty-second'), 'thirty-second member', '2024-03-08')).toEqual(['supported']);
    expect(membership(ub108('thirty first'), 'thirty first member', '2024-03-08')).toEqual(['contradicted']);
    expect(membership(ub108('thirty third'), 'thirty third member', '2024-03-08')).toEqual(['contradicted']);
  });
  it('the same in the places-in-line reader', () => {
    const finland = 'Finland became the thirty first member of NATO on 4 April 2023.';
    expect(membership(finland, 'thirty first member', '2023-04-05')).toEqual(['supported']);
    const wrong = 'Finland became the thirty second member of NATO on 4 April 2023.';
    expect(membership(wrong, 'thirty second member', '2023-04-05')).toEqual(['contradicted']);
  });
});

describe("the EU's dynamic oil price cap told as dollars below or a share of the market", () => {
  // https://www.ainvest.com/news/eu-imposes-dynamic-oil-cap-15-global-prices-russia-2507 (held-out 16 ud306, 18 July 2025)
  const ud306 =
    'A key modification involves a flexible price cap on Russian crude oil, which is now set to float roughly $15 below global oil prices, starting around $45-$50 per barrel. This dynamic cap will be automatically updated at least twice a year.\nThe exact bottom number of the cap has not been officially confirmed, but sources indicate that the mechanism involves pegging the threshold $15 below market rates, with reviews conducted at least twice per year.';
  it('set to float roughly $15 below, pegging the threshold $15 below: contradicted', () => {
    expect(sanction(ud306, 'set to float roughly $15 below global oil prices', '2025-07-18')).toEqual(['contradicted']);
    expect(sanction(ud306, 'pegging the threshold $15 below market rates', '2025-07-18')).toEqual(['contradicted']);
  });
  it('15% below in the same words is confirmed; a market price quoted on a day is left alone', () => {
    const right = ud306.replace('roughly $15 below', 'roughly 15% below');
    expect(sanction(right, 'roughly 15% below global oil prices', '2025-07-18')).toEqual(['supported']);
    const market = 'Urals crude traded at roughly $15 below global oil prices this week, under the Russian price cap.';
    expect(isRed(sanction(market, '$15 below', '2025-07-18'))).toBe(false);
  });
  // https://www.pravda.com.ua/eng/news/2025/08/6/7524982/ (held-out 16 ud305, 6 August 2025)
  const ud305 = (share: string) =>
    `The 18th package included a new, dynamic formula for calculating the price cap on Russian oil, which will be ${share} of the average market price of oil over the past three months; currently, this amount is approximately US$47.6.`;
  it('which will be 15% of the average market price: contradicted; 85% confirmed; another share left alone', () => {
    expect(sanction(ud305('15%'), 'will be 15% of the average market price', '2025-08-06')).toEqual(['contradicted']);
    expect(sanction(ud305('85%'), 'will be 85% of the average market price', '2025-08-06')).toEqual(['supported']);
    expect(sanction(ud305('50%'), 'will be 50% of the average market price', '2025-08-06')).toEqual([]);
  });
  it('a proposal, another maker, or before the rule was adopted: nothing', () => {
    expect(isRed(sanction(ud305('15%'), 'will be 15% of the average market price', '2025-06-01'))).toBe(false);
    const proposal = 'The Commission proposed a dynamic price cap on Russian oil, which would be 15% of the average market price of oil.';
    expect(isRed(sanction(proposal, 'be 15% of the average market price', '2025-08-06'))).toBe(false);
    const us = 'The United States said its dynamic price cap on Russian oil will be 15% of the average market price.';
    expect(isRed(sanction(us, 'will be 15% of the average market price', '2025-08-06'))).toBe(false);
  });
});

describe("a country's membership said in so many words", () => {
  // https://global.espreso.tv/moldova-can-move-away-from-neutral-status-and-join-nato-sandu (held-out 16 ud312, 20 January 2023)
  const ud312 = (country: string) =>
    `${country} is not a NATO member, but it cooperates with the Alliance, in particular by participating in peacekeeping forces in partially recognized Kosovo.`;
  it('X is not a NATO member: supported for a non-member, outdated for a member of long standing', () => {
    expect(membership(ud312('Moldova'), 'is not a NATO member', '2023-01-20')).toEqual(['supported']);
    expect(membership(ud312('Sweden'), 'is not a NATO member', '2023-01-20')).toEqual(['supported']);
    expect(membership(ud312('Sweden'), 'is not a NATO member', '2024-06-01')).toEqual(['outdated']);
    expect(membership(ud312('Romania'), 'is not a NATO member', '2023-01-20')).toEqual(['outdated']);
    // A month after the accession the writer may not know: nothing.
    expect(isRed(membership(ud312('Finland'), 'is not a NATO member', '2023-04-20'))).toBe(false);
  });
  it('another time, a supposition or a claim told: no flag', () => {
    const then = 'In 2021 Sweden is not a NATO member, the report noted.';
    expect(isRed(membership(then, 'is not a NATO member', '2024-06-01'))).toBe(false);
    const ifSo = 'If Sweden is not a NATO member, it cannot invoke Article 5.';
    expect(isRed(membership(ifSo, 'is not a NATO member', '2024-06-01'))).toBe(false);
  });
  // https://198japannews.com/?p=6012 (held-out 16 ua030, 29 March 2022)
  it('Turkey, while a NATO member', () => {
    const ua030 =
      'But Turkey, while a NATO member, has also been determined to maintain ties with Russia, refusing to join sanctions against Moscow.';
    expect(membership(ua030, 'Turkey, while a NATO member', '2022-03-29')).toEqual(['supported']);
    expect(membership(ua030.replace('Turkey', 'Finland'), 'Finland, while a NATO member', '2022-03-29')).toEqual([]);
  });
  // https://mcmnt.com/?p=26309 (held-out 16 ub112, 24 February 2022)
  const ub112 =
    'Six EU member states, all of which have declared their non-alignment with military alliances, are not NATO members: Austria, Cyprus, Finland, Ireland, Malta, and Sweden.';
  it('are not NATO members: a list', () => {
    expect(membership(ub112, 'are not NATO members', '2022-02-24')).toEqual(['supported']);
    expect(membership(ub112, 'are not NATO members', '2024-06-01')).toEqual(['outdated']);
    expect(membership(ub112.replace('Malta', 'Poland'), 'are not NATO members', '2022-02-24')).toEqual(['outdated']);
  });
});

const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

describe("The Hague's split told the day before its adoption, the 5% goal named before", () => {
  // https://europeanconservative.com/articles/news/nato-summit-the-hague-spain-exposed (held-out 16 ub111, 24 June 2025)
  const ub111 = (core: string, rest: string) =>
    `Rutte dismantled the Spanish prime minister’s headline claim last Sunday in just a few minutes — that he had secured an “exception” to avoid reaching the new 5% of GDP defence spending goal. The Dutch NATO chief made clear that there is no special arrangement for Spain, and that the Alliance expects it to spend roughly ${core}% of GDP on military defence and another ${rest}% on national security—just like every other member.`;
  it('3.5% and 1.5% confirmed; other figures are not', () => {
    expect(figure(ub111('3.5', '1.5'), '3.5% of GDP on military', '2025-06-24')).toEqual(['supported']);
    expect(figure(ub111('3.5', '1.5'), '1.5% on national', '2025-06-24')).toEqual(['supported']);
    expect(figure(ub111('3', '2'), '3% of GDP on military', '2025-06-24')).not.toContain('supported');
  });
  // Round 27: without the goal named before, the split told with what each part is for is the settled text in the month
  // before the summit (figure.ts PARTS_LABELLED_RE); the parts told with no purpose stay unconfirmed.
  it('without the goal named before, the split stays unconfirmed before the adoption unless each part says what it is for', () => {
    const bare = ub111('3.5', '1.5').replace('the new 5% of GDP defence spending goal', 'a rule');
    expect(figure(bare, '3.5% of GDP on military', '2025-06-24')).toEqual(['supported']);
    const noPurpose = bare.replace(' on military defence', '').replace(' on national security', '');
    expect(figure(noPurpose, '3.5% of GDP', '2025-06-24')).not.toContain('supported');
  });
});

describe("the EU's six-monthly renewal of its economic sanctions", () => {
  // https://www.baltictimes.com/european_council_makes_political_decision_to_prolong_economic_sanctions_against_russia_for_6_months/
  // (held-out 16 ua003, 21 June 2019; the Council formalised the renewal on 27 June)
  const ua003 =
    'BRUSSELS - The participants in the EU summit in Brussels have reached an agreement to prolong for six months the economic sanctions against Russia, Preben Aamann, a spokesperson of European Council President Donald Tusk, said on Twitter.';
  it("the leaders' agreement a week before the Council's renewal is confirmed", () => {
    expect(sanction(ua003, 'prolong for six months', '2019-06-21')).toEqual(['supported']);
  });
  it('a renewal said as to come, or far from any renewal, is not', () => {
    const toCome = 'EU leaders will agree next week whether to prolong for six months the economic sanctions against Russia.';
    expect(sanction(toCome, 'prolong for six months', '2019-06-21')).toEqual([]);
    expect(sanction(ua003, 'prolong for six months', '2019-04-02')).toEqual([]);
  });
  // https://www.reuters.com/article/us-russia-eu-sanctions/eu-extends-economic-sanctions-against-russia-for-six-months-idUSKBN1YN1RD
  // (held-out 16 ua009, 19 December 2019)
  const ua009 = (until: string) =>
    `BRUSSELS (Reuters) - European Union nations formally extended economic sanctions against Russia on Thursday by six months until ${until}, the grouping of EU countries known as the European Council said on Thursday.`;
  it('the formal renewal with its end', () => {
    expect(sanction(ua009('July 31'), 'extended economic sanctions', '2019-12-19')).toEqual(['supported']);
    // A wrong end ("until January 31") is still confirmed by the generic reader (the Council's action on its day): a gap.
  });
});

describe("the dynamic cap's start and present level in the sentence that names its package", () => {
  // https://www.pravda.com.ua/eng/news/2025/08/6/7524982/ (held-out 16 ud305, 6 August 2025)
  const start = (day: string) =>
    `A new, dynamic price cap for Russian oil, introduced as part of the 18th package of European Union sanctions against Russia, will be applied from ${day}.`;
  it('will be applied from DAY, the package named between', () => {
    expect(sanction(start('3 September 2025'), 'applied from 3 September 2025', '2025-08-06')).toEqual(['supported']);
    expect(sanction(start('3 October 2025'), 'applied from 3 October 2025', '2025-08-06')).toEqual([]);
  });
  const level = (usd: string) =>
    `The 18th package included a new, dynamic formula for calculating the price cap on Russian oil; currently, this amount is approximately US$${usd}.`;
  it('currently, this amount is approximately US$47.6', () => {
    expect(sanction(level('47.6'), 'approximately US$47.6', '2025-08-06')).toEqual(['supported']);
    // After the first review lowered it to $44.10, the old level is not confirmed.
    const bare = 'The price cap on Russian oil is set by a formula; currently, this amount is approximately US$47.6.';
    expect(sanction(bare, 'approximately US$47.6', '2026-03-06')).not.toContain('supported');
  });
});

describe("a count NATO never had, told as the alliance's with NATO named (mutation probes)", () => {
  // The true sentence (heldout fig10-like, June 2024): "23 of the alliance's 32 members".
  const text = (n: number) => `NATO said on Monday that 23 of the alliance's ${n} members are meeting the 2% target this year.`;
  it("the alliance's 33 members is contradicted; 32 confirmed; a future enlargement left alone", () => {
    expect(membership(text(33), "the alliance's 33 members", '2024-06-18')).toEqual(['contradicted']);
    expect(membership(text(32), "the alliance's 32 members", '2024-06-18')).toEqual(['supported']);
    const future = "NATO said the alliance's 33 members will include Ukraine if it joins.";
    expect(isRed(membership(future, "the alliance's 33 members", '2024-06-18'))).toBe(false);
  });
});
