// Numbers, nineteenth round: held-out 17's missed errors of counts, membership, the war's length and money, read in
// general. Each form is tested on a real-looking sentence, its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, kindOn } from './helpers';

const war = (text: string, quote: string, asOf: string) => eventVerdictsOn(text, quote, asOf);
const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe('the war’s length told after ", now" and as the war’s adjective', () => {
  // held-out 17 vd307 (a machine-written rewrite of 28 January 2025): the war was nearing three years.
  const now = `The conflict in Ukraine, now nearing two years, has resulted in widespread destruction and a humanitarian crisis.`;
  it('"the conflict in Ukraine, now nearing two years" is contradicted nine months past the second anniversary', () => {
    expect(war(now, 'The conflict in Ukraine, now nearing two years', '2025-01-28')).toEqual(['contradicted']);
  });
  it('true in late 2023; "now more than two years old" and "nearly three years old" in May 2024 are not flagged', () => {
    expect(war(now, 'The conflict in Ukraine, now nearing two years', '2023-12-10')).toEqual(['supported']);
    const more = `Russia's war in Ukraine, now more than two years old, has cost many lives.`;
    expect(war(more, 'now more than two years old', '2024-05-20')).toEqual(['supported']);
    const nearly = `Russia's war in Ukraine, now nearly three years old, has cost many lives.`;
    expect(isRed(war(nearly, 'now nearly three years old', '2024-05-20'))).toBe(false);
  });
  it('the war in Donbas counted from 2014 is left alone', () => {
    const donbas = `The war in Donbas, now in its eighth year, has killed 14,000 people in Ukraine.`;
    expect(isRed(war(donbas, 'now in its eighth year', '2021-06-10'))).toBe(false);
    const old = `The conflict in Ukraine, now nearly eight years old, has killed 14,000 people.`;
    expect(isRed(war(old, 'now nearly eight years old', '2021-06-10'))).toBe(false);
  });
  // held-out 17 vd313 (20 November 2025): the full-scale war was in its fourth year.
  const adj = (n: string) =>
    `As of 20th November 2025, we could soon see the conclusion of the nearly ${n}-year-long Ukraine-Russia conflict.`;
  it('"the nearly 5-year-long Ukraine-Russia conflict" is contradicted in November 2025, a modal verb notwithstanding', () => {
    expect(war(adj('5'), 'the nearly 5-year-long Ukraine-Russia conflict', '2025-11-20')).toEqual(['contradicted']);
    expect(war(adj('four'), 'the nearly four-year-long Ukraine-Russia conflict', '2025-11-20')).toEqual(['supported']);
    // Counted to the day the sentence gives, not the page's.
    expect(war(adj('5'), 'the nearly 5-year-long Ukraine-Russia conflict', '2026-12-20')).toEqual(['contradicted']);
    const later = `Witkoff hopes to end the nearly 5-year-long Ukraine-Russia conflict.`;
    expect(war(later, 'the nearly 5-year-long Ukraine-Russia conflict', '2026-12-20')).toEqual(['supported']);
  });
  it('a count the sentence moves to a later time is left alone', () => {
    const become = `If it drags on, the Russia-Ukraine war could become a five-year-long conflict.`;
    expect(isRed(war(become, 'a five-year-long conflict', '2025-11-20'))).toBe(false);
    const by = `Analysts warn the five-year-long Russia-Ukraine war could still be raging by 2027.`;
    expect(isRed(war(by, 'the five-year-long Russia-Ukraine war', '2025-11-20'))).toBe(false);
    const another = `The war could last another year, making the five-year-long Russia-Ukraine war one of the longest.`;
    expect(isRed(war(another, 'the five-year-long Russia-Ukraine war', '2025-11-20'))).toBe(false);
  });
});

describe('an ordinal year a year behind, weeks after the anniversary', () => {
  // held-out 17 vd309 (15 April 2025): the fourth year had begun on 24 February 2025.
  const vd309 = `The attack, which also wounded 119, underscored the persistent threat to Ukrainian civilians as the war enters its third year.`;
  it('"as the war enters its third year" is contradicted in mid-April 2025', () => {
    expect(war(vd309, 'the war enters its third year', '2025-04-15')).toEqual(['contradicted']);
  });
  it('true in April 2024; before the turn it is not flagged', () => {
    expect(war(vd309, 'the war enters its third year', '2024-04-15')).toEqual(['supported']);
    // Round 35: weeks after the turn it is flagged too (war-duration.ts fit; held-out 26 gf007 labelled such a lag wrong).
    expect(isRed(war(vd309, 'the war enters its third year', '2025-03-20'))).toBe(true);
    expect(isRed(war(vd309, 'the war enters its third year', '2025-01-20'))).toBe(false);
  });
});

describe('a member count told as today’s in a sentence that names an earlier year', () => {
  // held-out 17 vd305 (9 July 2024: 32 members since March 2024).
  const vd305 = (n: number, age: number) =>
    `Today, at ${age}, President Biden stands as a staunch advocate for NATO, which has expanded from 12 members in 1949 to ${n} today amid resurging superpower rivalries.`;
  it('"from 12 members in 1949 to 30 today" is outdated in July 2024: "today" is the claim’s own time', () => {
    expect(membership(vd305(30, 81), 'to 30 today', '2024-07-09')).toEqual(['outdated']);
    expect(membership(vd305(32, 81), 'to 32 today', '2024-07-09')).toEqual(['supported']);
    expect(membership(vd305(30, 78), 'to 30 today', '2021-07-09')).toEqual(['supported']);
  });
  it('a count of an earlier year with no "today" is still excused by the year', () => {
    const then = `By 2020 the alliance had expanded from 12 members in 1949 to 30 at the time.`;
    expect(isRed(membership(then, 'to 30', '2024-07-09'))).toBe(false);
  });
});

describe('"one of the N member states" of NATO named just before', () => {
  // held-out 17 vb104 (a student conference's page, November 2023: 31 members).
  const vb104 = (n: number) => `In the NATO Committee, delegates shall represent one of the ${n} member states.`;
  it('a count NATO once had is outdated; the count of the day is confirmed', () => {
    expect(membership(vb104(28), 'one of the 28 member states', '2023-11-15')).toEqual(['outdated']);
    expect(membership(vb104(31), 'the 31 member states', '2023-11-15')).toEqual(['supported']);
    expect(membership(vb104(29), 'the 29 member states', '2019-11-15')).toEqual(['supported']);
  });
  it('not another body’s, nor a part, nor the count a country made by joining', () => {
    const eu = `In the EU Council, each minister represents one of the 27 member states.`;
    expect(isRed(membership(eu, 'one of the 27 member states', '2023-11-15'))).toBe(false);
    const part = `NATO praised Poland, one of the 11 allies that meet the target.`;
    expect(isRed(membership(part, 'one of the 11 allies', '2023-11-15'))).toBe(false);
    const joined = `When it joined NATO, Montenegro became one of the 29 members.`;
    expect(isRed(membership(joined, 'one of the 29 members', '2023-11-15'))).toBe(false);
    const became = `Montenegro is a NATO country. It became one of the 29 member states.`;
    expect(isRed(membership(became, 'one of the 29 member states', '2025-11-15'))).toBe(false);
    const year = `In 2017, Montenegro became one of the 29 member states of NATO.`;
    expect(isRed(membership(year, 'the 29 member states of NATO', '2023-11-15'))).toBe(false);
  });
});

describe('an accession told as done days before it happened', () => {
  // held-out 17 vb101 (2 April 2023: Turkey had ratified on 30 March; Finland joined on 4 April).
  const vb101 = `Finland is now officially a NATO (North Atlantic Treaty Organization) member.`;
  it('"Finland is now officially a NATO member" is contradicted two days before the accession, confirmed on its day', () => {
    expect(membership(vb101, 'Finland is now officially a NATO', '2023-04-02')).toEqual(['contradicted']);
    expect(membership(vb101, 'Finland is now officially a NATO', '2023-04-04')).toEqual(['supported']);
    const sweden = `Sweden is now a member of NATO.`;
    expect(membership(sweden, 'Sweden is now a member of NATO', '2024-02-27')).toEqual(['contradicted']);
  });
  it('the day before, a time to come, a hedge or a denial are not flagged', () => {
    expect(isRed(membership(vb101, 'Finland is now officially a NATO', '2023-04-03'))).toBe(false);
    for (const text of [
      `Finland will now officially be a NATO member in the coming days.`,
      `Finland is now all but a NATO member.`,
      `Finland is now a NATO member in all but name.`,
      `Once the instruments are deposited, Finland is a NATO member.`,
      `Finland is not yet a NATO member.`,
      `Russia warned against the day Finland joined NATO.`,
      `Finland becomes NATO’s 31st member.`,
    ])
      expect(isRed(membership(text, 'Finland', '2023-03-31'))).toBe(false);
  });
  it('a place in line or "has officially joined" told as done before the day is no confirmation', () => {
    const ordinal = `Finland is now NATO’s 31st member.`;
    expect(membership(ordinal, 'Finland is now NATO’s 31st member', '2023-03-20')).toEqual(['contradicted']);
    expect(membership(ordinal, 'Finland is now NATO’s 31st member', '2023-04-05')).toEqual(['supported']);
    const became = `Finland became NATO’s 31st member after Turkey’s vote.`;
    expect(membership(became, 'Finland became NATO’s 31st member', '2023-03-31')).toEqual(['contradicted']);
    const joined = `Finland has officially joined NATO.`;
    expect(membership(joined, 'Finland has officially joined NATO', '2023-03-31')).toEqual(['contradicted']);
    expect(membership(joined, 'Finland has officially joined NATO', '2023-04-05')).toEqual(['supported']);
    // Long after: a place in line told in the present of a past accession is history.
    const later = `Finland is the 31st. Sweden is the 32nd ally.`;
    expect(isRed(membership(later, 'Sweden is the 32nd ally', '2024-07-03'))).toBe(false);
  });
  // held-out 17 vb102 (26 February 2024: Hungary's vote; Sweden joined on 7 March).
  const vb102 = `Hungary parliament ratified Sweden’s bid to join the North Atlantic Treaty Organization in a vote Monday, making the northern European country the latest to join the military alliance.`;
  it('"making the northern European country the latest to join the military alliance" is contradicted before the accession', () => {
    expect(membership(vb102, 'making the northern European country the latest to join the military alliance', '2024-02-26')).toEqual([
      'contradicted',
    ]);
    const newest = `Sweden is now NATO’s newest member.`;
    expect(membership(newest, 'is now NATO’s newest member', '2024-02-26')).toEqual(['contradicted']);
  });
  it('after the accession, of a member that joined before, or told as a step ahead: not flagged', () => {
    const done = `Sweden deposited its instrument of accession in Washington on Thursday, making the Nordic country the latest to join NATO.`;
    expect(isRed(membership(done, 'making the Nordic country the latest to join NATO', '2024-03-08'))).toBe(false);
    const way = `Hungary’s parliament ratified Sweden’s bid, clearing the way for the Nordic country to become the latest to join NATO.`;
    expect(isRed(membership(way, 'the latest to join NATO', '2024-02-26'))).toBe(false);
    const would = `Hungary’s vote would make Sweden the newest member of NATO.`;
    expect(isRed(membership(would, 'the newest member of NATO', '2024-02-26'))).toBe(false);
    const finland = `Turkey approved Sweden’s bid in January, and Finland became NATO’s newest member in April.`;
    expect(isRed(membership(finland, 'Finland became NATO’s newest member', '2024-02-26'))).toBe(false);
  });
});

describe('a country that never joined said to have joined', () => {
  // held-out 17 vb103 (a video's title line, June 2023).
  it('"Ukraine is added to NATO", "Georgia has joined NATO" are contradicted', () => {
    const vb103 = `This is why Ukraine is added to NATO: Collective defence and Article 5`;
    expect(membership(vb103, 'Ukraine is added to NATO', '2023-06-02')).toEqual(['contradicted']);
    expect(membership(`Georgia has joined NATO.`, 'Georgia has joined NATO', '2023-06-02')).toEqual(['contradicted']);
  });
  it('not a condition, a claim reported as false, another body or a joint act', () => {
    for (const text of [
      `Ukraine joined NATO in condemning the attack.`,
      `Ukraine joined NATO exercises in the Black Sea.`,
      `Ukraine joined NATO’s Partnership for Peace in 1994.`,
      `Georgia joined NATO as a partner country.`,
      `What if Ukraine joined NATO?`,
      `Russia would attack if Ukraine is added to NATO.`,
      `Russian media falsely reported that Ukraine has joined NATO.`,
      `Ukraine has joined NATO-led missions in Kosovo.`,
    ])
      expect(isRed(membership(text, text.includes('Georgia') ? 'Georgia' : 'Ukraine', '2023-06-02'))).toBe(false);
  });
});
