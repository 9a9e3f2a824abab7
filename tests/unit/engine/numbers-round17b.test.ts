// Membership, spending and sanctions in the seventeenth round's second wave: held-out 15's remaining misses and the
// mutation probes' silent families. Each form is tested on the page's sentence, its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

describe("The Hague's deadline told as a year alone", () => {
  // https://clashreport.com/ru/world/articles/zlipxnaw0x (held-out 15 tc201, 25 June 2025)
  const tc201 = (year: number) =>
    `Trump has demanded that each of NATO’s 32 members spend at least 5% of their GDP on defense—far above the current 2% target. While most countries support the move in principle and have until ${year} to meet the new goal, Spain has already voiced concern about the affordability of such a hike.`;
  it('have until YEAR to meet the new goal', () => {
    expect(figure(tc201(2035), 'have until 2035', '2025-06-25')).toEqual(['supported']);
    expect(figure(tc201(2032), 'have until 2032', '2025-06-25')).toEqual(['contradicted']);
    expect(figure(tc201(2030), 'have until 2030', '2025-06-25')).toEqual(['contradicted']);
  });
  // https://www.polskieradio.pl/395/7785/artykul/3541089 (held-out 15 tb106, 22 June 2025, three days before the summit)
  const tb106 = (year: number, review: number) =>
    `The alliance’s current benchmark is 2% of GDP, but Trump has pressed for a 5% goal.\nUnder a blueprint from Mark Rutte, countries would reach 5% by lifting core defense outlays to 3.5% of GDP and spending a further 1.5% on related areas.\nRutte initially sought a 2032 deadline; the compromise text sets ${year} with a review in ${review}.`;
  it('the compromise text sets YEAR with a review in YEAR, before the summit: the settled years confirmed', () => {
    expect(figure(tb106(2035, 2029), 'sets 2035', '2025-06-22')).toEqual(['supported']);
    expect(figure(tb106(2035, 2029), 'review in 2029', '2025-06-22')).toEqual(['supported']);
    // A proposal's year in its own clause is left alone; another year before the summit is never flagged.
    expect(figure(tb106(2035, 2029), '2032 deadline', '2025-06-22')).toEqual([]);
    expect(isRed(figure(tb106(2032, 2029), 'sets 2032', '2025-06-22'))).toBe(false);
  });
  // https://www.listennotes.com (held-out 13 c111, 27 June 2025: 'The Women Leaders podcast: A NATO Summit for "Daddy"')
  const c111 = (year: number) =>
    `The organization agreed to raise its members' GDP defense requirement from 2% to 5%, with 3.5% allocated to hard defense spending and 1.5% for defense-related expenditures. However, Spain did not agree to the new target. The agreement extends until ${year}, with a review scheduled for 2029.`;
  it('the agreement extends until YEAR', () => {
    expect(figure(c111(2035), 'extends until 2035', '2025-06-27')).toEqual(['supported']);
    expect(figure(c111(2030), 'extends until 2030', '2025-06-27')).toEqual(['contradicted']);
  });
  it('wishes, proposals, another target and pages long before the summit stay silent', () => {
    const wish = 'NATO allies agreed to 5% of GDP. Poland wanted allies to have until 2030 to meet the new goal.';
    expect(isRed(figure(wish, 'until 2030', '2025-06-27'))).toBe(false);
    const old = 'NATO allies agreed to 5% of GDP in The Hague. Under the old pledge, allies had until 2024 to meet the goal.';
    expect(figure(old, 'until 2024', '2025-06-27')).toEqual([]);
    // https://www.brusselstimes.com (heldout9 v055): a proposal to extend the deadline.
    const v055 =
      'Poland and the Baltic states have vowed to meet the full 5% target while Italy has proposed extending the deadline to 2035 and Spain demands flexible application.';
    expect(figure(v055, 'extending the deadline to 2035', '2025-06-10')).toEqual([]);
    const early = 'Rutte proposed 5% of GDP for NATO allies. The allies have until 2035 to meet the new goal.';
    expect(figure(early, 'until 2035', '2025-05-01')).toEqual([]);
    const noTarget = 'The agreement extends until 2030, the ministers said.';
    expect(figure(noTarget, 'extends until 2030', '2025-06-27')).toEqual([]);
  });
});

describe("one ally's plan told with its official, not its name", () => {
  // https://www.thenewyorkeditorial.com/post/germany-commits-to-3-5-defense-spending-by-2029 (held-out 15 tb111, 24 June 2025)
  const tb111 = (value: string, year: number) =>
    `Germany has long been criticized by NATO allies. The new coalition government passed legislation allowing it to loosen traditional limits on public debt. According to Finance Minister Klingbeil, spending will gradually increase each year until it reaches the ${value}% NATO quota in ${year}.`;
  it("the plan's figure and year confirmed; another is never flagged by an official alone", () => {
    expect(figure(tb111('3.5', 2029), '3.5% NATO quota in 2029', '2025-06-24')).toEqual(['supported']);
    expect(isRed(figure(tb111('3.5', 2027), '3.5% NATO quota', '2025-06-24'))).toBe(false);
    expect(isRed(figure(tb111('3', 2029), '3% NATO quota', '2025-06-24'))).toBe(false);
    expect(figure(tb111('3.5', 2027), '3.5% NATO quota', '2025-06-24')).not.toContain('supported');
  });
  it('an official out of office on the day is no country', () => {
    const lindner = `Germany has long been criticized by NATO allies. The coalition met. According to Finance Minister Lindner, spending will reach the 3.5% NATO quota in 2029.`;
    expect(figure(lindner, '3.5% NATO quota in 2029', '2025-06-24')).not.toContain('supported');
  });
});

const sanction = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe("the EU's foreign ministers agreeing sanctions on the day, before the listing", () => {
  // https://www.thehindu.com/news/international/eu-to-sanction-russia-over-navalny/article32837821.ece (held-out 15 ta015,
  // Monday 12 October 2020; the Council listed on 15 October)
  const ta015 = (day: string) =>
    `European Union Foreign Ministers backed a Franco-German plan on ${day} to impose sanctions on Russians suspected of poisoning Kremlin critic Alexei Navalny with a nerve agent, diplomats said.`;
  it('the political agreement on its day is confirmed; another day is not', () => {
    expect(sanction(ta015('Monday'), 'European Union Foreign Ministers', '2020-10-12')).toEqual(['supported']);
    expect(sanction(ta015('Tuesday'), 'European Union Foreign Ministers', '2020-10-12')).not.toContain('supported');
  });
  // https://www.baltictimes.com/eu_foreign_ministers_agree_on_expanding_sanctions_for_belarus_-_lithuanian_foreign_minister/
  // (held-out 15 ta016, Thursday 19 November 2020; the third round was listed on 17 December)
  const ta016 = (day: string) =>
    `VILNIUS - EU foreign minister have on ${day} agreed to expand the existing sanctions for Belarus, Lithuania's Foreign Affairs Ministry said.`;
  it('the Belarus agreement of 19 November 2020 (data: the third round of 17 December)', () => {
    expect(sanction(ta016('Thursday'), 'EU foreign minister', '2020-11-19')).toEqual(['supported']);
    expect(sanction(ta016('Wednesday'), 'EU foreign minister', '2020-11-19')).not.toContain('supported');
  });
  it('a listing told as imposed on the day of the agreement is not confirmed', () => {
    expect(sanction('The EU imposed sanctions on Russians on Monday.', 'EU imposed', '2020-10-12')).not.toContain('supported');
  });
});

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe("the candidate named by its capital ('Stockholm's application')", () => {
  // https://www.tellerreport.com/news/2024-03-02-the-speaker-of-the-hungarian-parliament-signs-the-decision-to-join-sweden-in-nato.S1gMph5la6.html
  // (held-out 15 tb103, 2 March 2024; Hungary's parliament ratified on 26 February). Data: the place Stockholm, in Sweden.
  const tb103 = (who: string, whose: string) =>
    `${who} is the last NATO country to ratify ${whose} application to join the alliance (Reuters)\n\nThe Hungarian president now has about 5 days to issue the legislation.`;
  it('the last ally to ratify, with the candidate told by its capital', () => {
    expect(membership(tb103('Hungary', "Stockholm's"), 'Hungary is the last', '2024-03-02')).toEqual(['supported']);
    expect(isRed(membership(tb103('Turkey', "Stockholm's"), 'Turkey is the last', '2024-03-02'))).toBe(false);
    expect(membership(tb103('Hungary', "Helsinki's"), 'Hungary is the last', '2024-03-02')).not.toContain('supported');
  });
});
