// Numbers, second wave of the eighteenth round: the mutation probes' silent families. Each form is tested on a page's
// sentence, its false versions (one fact changed) and true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

describe('a count of the whole alliance said in passing: "the N NATO members"', () => {
  // https://newsfromrss.com/mark-rutte-to-be-natos-new-chief-from-october (heldout5 h046, 26 June 2024: 32 since March 2024)
  const h046 = (n: number) =>
    `On Wednesday (26 June), ambassadors of the ${n} NATO members officially appointed outgoing Dutch Prime Minister Mark Rutte as its next secretary general – but who is Rutte, the man behind the job?`;
  it('the true count is confirmed; a count NATO once had is outdated', () => {
    expect(membership(h046(32), 'the 32 NATO members', '2024-06-26')).toEqual(['supported']);
    expect(membership(h046(31), 'the 31 NATO members', '2024-06-26')).toEqual(['outdated']);
    expect(membership(h046(30), 'the 30 NATO members', '2024-06-26')).toEqual(['outdated']);
  });
  // https://politiko.al/english/bota/nato-armatoset-per-kercenime-te-mundshme-nga-rusia-i534673 (heldout h009, 25 June 2025)
  const h009 = (n: number) =>
    `The leaders of the ${n} NATO member states gathered at Huis ten Bosch Palace in The Hague on Tuesday evening (June 24) for a state dinner hosted by the Dutch royal family on the occasion of the summit of the western defense alliance.`;
  it('a date of the article’s days in the sentence does not stop it; a count NATO never had is contradicted', () => {
    expect(membership(h009(32), 'the 32 NATO member states', '2025-06-25')).toEqual(['supported']);
    expect(membership(h009(30), 'the 30 NATO member states', '2025-06-25')).toEqual(['outdated']);
    expect(membership(h009(33), 'the 33 NATO member states', '2025-06-25')).toEqual(['contradicted']);
  });
  it('not a part of the allies, nor a count reached later, nor below any count NATO had', () => {
    const part = `The 31 NATO members that meet the target were praised in The Hague.`;
    expect(isRed(membership(part, 'The 31 NATO members', '2025-06-25'))).toBe(false);
    const ing = `Leaders of the 30 NATO members attending the summit met Zelensky.`;
    expect(isRed(membership(ing, 'the 30 NATO members', '2025-06-25'))).toBe(false);
    const later = `Representatives from the 30 NATO member countries will attend the ceremony in Brussels.`;
    expect(isRed(membership(later, 'the 30 NATO member countries', '2019-02-02'))).toBe(false);
    const subset = `The 25 NATO members gathered in Brussels.`;
    expect(isRed(membership(subset, 'The 25 NATO members', '2025-06-25'))).toBe(false);
  });
  // https://exit.al/en/2020/03/27/north-macedonia-becomes-the-30th-nato-member/ (heldout r018, 27 March 2020: 30 that day)
  it('the count before an accession told of its steps is left alone', () => {
    const r018 = `Albania followed immediately after, becoming the second of the 29 NATO members to approve its neighbor’s NATO membership.`;
    expect(isRed(membership(r018, 'the 29 NATO members', '2020-03-27'))).toBe(false);
  });
  it('a time told in the sentence, or a time to come for a count above any NATO had', () => {
    const then = `Back in 2019, the 29 NATO members agreed on a space policy.`;
    expect(isRed(membership(then, 'the 29 NATO members', '2025-06-25'))).toBe(false);
    const future = `If Ukraine joins, the 33 NATO members would share the burden.`;
    expect(isRed(membership(future, 'the 33 NATO members', '2025-06-25'))).toBe(false);
  });
  it('a past era told without a year (a red flag on a true look-alike, found in the review of the round)', () => {
    const coldWar = `During the Cold War, the 16 NATO members faced the Warsaw Pact.`;
    expect(isRed(membership(coldWar, 'the 16 NATO members', '2024-05-01'))).toBe(false);
    const nineties = `In the 1990s the 16 NATO allies debated enlargement.`;
    expect(isRed(membership(nineties, 'the 16 NATO allies', '2024-05-01'))).toBe(false);
    // A stale count in a report of the day is still outdated.
    const stale = `The leaders of the 30 NATO members met in Brussels on Tuesday.`;
    expect(membership(stale, 'the 30 NATO members', '2024-05-01')).toEqual(['outdated']);
  });
});

describe("a NATO target's two parts, one of them wrong", () => {
  // https://www.hurriyetdailynews.com/nato-says-all-countries-to-hit-spending-goal-212997 (expected fig12, 28 August 2025)
  const fig12 = (core: string, related: string) =>
    `The mercurial U.S. leader rammed through a commitment from allies to cough up 5 percent of their GDPs on security-related spending in a move seen as key to keeping him engaged with NATO.\n\nThat headline figure breaks down as ${core} percent on core defense spending and ${related} percent on a looser range of areas such as infrastructure and cyber security.`;
  it('the true split is not flagged; a wrong core or related part is contradicted', () => {
    expect(isRed(figure(fig12('3.5', '1.5'), '3.5 percent', '2025-08-28'))).toBe(false);
    expect(isRed(figure(fig12('3.5', '1.5'), '1.5 percent', '2025-08-28'))).toBe(false);
    expect(figure(fig12('3', '1.5'), '3 percent', '2025-08-28')).toEqual(['contradicted']);
    expect(figure(fig12('3.5', '2.5'), '2.5 percent', '2025-08-28')).toEqual(['contradicted']);
  });
  // https://particle.news/story/nato-sets-5-gdp-defense-spending-target-after-trump-push (heldout9 v060, 26 June 2025)
  const v060 = (core: string, related: string) =>
    `Overview\n- NATO leaders agreed at the Hague summit on June 25 to raise defense spending to 5% of GDP by 2035, allocating ${core}% for core military needs and ${related}% for security infrastructure and resilience.`;
  it('"allocating X% for core military needs and Y% for security infrastructure"', () => {
    expect(isRed(figure(v060('3.5', '1.5'), '1.5%', '2025-06-26'))).toBe(false);
    expect(figure(v060('3.5', '1'), '1%', '2025-06-26')).toContain('contradicted');
    expect(figure(v060('2.5', '1.5'), '2.5%', '2025-06-26')).toContain('contradicted');
  });
  it('not an ally’s own plan, a proposal, or a page before the adoption', () => {
    const ally = `Germany will spend 3% on core defence and 1.5% on related infrastructure, NATO was told.`;
    expect(isRed(figure(ally, '3%', '2025-08-28'))).toBe(false);
    const draft = `Rutte's draft compromise would require members to reach 3% of GDP for core military budgets and allocate 1.5% to wider security investments.`;
    expect(isRed(figure(draft, '3%', '2025-08-28'))).toBe(false);
    expect(isRed(figure(fig12('3', '1.5'), '3 percent', '2025-06-20'))).toBe(false);
  });
});

describe("NATO's target named with the figure before its noun", () => {
  // A mutation of the form "the NATO 2% defence spending target" (a figure no NATO target ever had).
  it('"the NATO 3% defence spending target" is contradicted; 2% on a page of 2024 is confirmed', () => {
    expect(
      figure('Most allies now meet the NATO 3% defence spending target.', 'the NATO 3% defence spending target', '2024-06-26'),
    ).toEqual(['contradicted']);
    expect(
      figure('Most allies now meet the NATO 2% defence spending target.', 'the NATO 2% defence spending target', '2024-06-26'),
    ).toContain('supported');
  });
  it('not a new or proposed one', () => {
    expect(isRed(figure('Allies weigh the NATO 3% defence spending target proposed by Poland.', '3%', '2024-06-26'))).toBe(false);
  });
});

describe('an accession with its date at the head of the sentence: "In April 2023, Finland joined the alliance"', () => {
  // https://currentaffairs.khanglobalstudies.com/?p=782 (heldout5 h013, 8 March 2024)
  const h013 = (country: string, when: string) => `${when}, ${country} joined the alliance as its 31st member.`;
  it('the true date is confirmed; another country or year is contradicted', () => {
    expect(membership(h013('Finland', 'In April 2023'), 'Finland joined the alliance', '2024-03-08')).toContain('supported');
    expect(membership(h013('Sweden', 'In April 2023'), 'Sweden joined the alliance', '2024-03-08')).toContain('contradicted');
    expect(membership(h013('Finland', 'In April 2022'), 'Finland joined the alliance', '2024-03-08')).toContain('contradicted');
  });
  // https://regtrends.com/en/2020/03/31/north-macedonia-becomes-natos-30th-member/ (heldout w007, 31 March 2020)
  it('"In June 2017, Montenegro was admitted to the alliance"', () => {
    const w007 = (y: string) => `In June ${y}, Montenegro was admitted to the alliance. Croatia and Albania joined NATO back in 2009.`;
    expect(membership(w007('2017'), 'Montenegro was admitted', '2020-03-31')).toContain('supported');
    expect(membership(w007('2016'), 'Montenegro was admitted', '2020-03-31')).toContain('contradicted');
  });
  it('not a date that is not at the head, nor "respectively"', () => {
    const mid = `Talks began in April 2022, and Finland joined the alliance a year later.`;
    expect(isRed(membership(mid, 'Finland joined the alliance', '2024-03-08'))).toBe(false);
    const resp = `In 2023, Finland and Sweden joined the alliance, respectively in April 2023 and March 2024.`;
    expect(isRed(membership(resp, 'Sweden joined the alliance', '2024-03-08'))).toBe(false);
  });
});

describe('an accession with a manner or time word before the verb', () => {
  // https://kurdaily.com/?p=1740 (heldout w040, 8 March 2024)
  const w040 = (c: string) => `${c} smoothly became NATO’s 31st member without significant obstacles.`;
  it('"Finland smoothly became NATO’s 31st member": confirmed; Sweden contradicted; "nearly" is no accession', () => {
    expect(membership(w040('Finland'), 'Finland smoothly became', '2024-03-08')).toContain('supported');
    expect(membership(w040('Sweden'), 'Sweden smoothly became', '2024-03-08')).toContain('contradicted');
    expect(isRed(membership('Sweden nearly became NATO’s 31st member.', 'Sweden nearly became', '2024-03-08'))).toBe(false);
  });
});
