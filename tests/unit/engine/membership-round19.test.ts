// Membership, nineteenth round (mutation probes): accession lists and dates with one fact changed. Each form is tested on
// a real-looking sentence, its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);

describe('a country slipped into a list of one accession round (accession-lists.ts)', () => {
  const wave = (names: string) => `On 29 March 2004, seven new countries formally joined the Alliance: ${names}.`;
  // The list stays confirmed for the countries that fit; the outsider is flagged inside it.
  it('a member of another round or a country that never joined, among those of one round, is contradicted', () => {
    const czechia = wave('Bulgaria, Estonia, Latvia, Lithuania, Czechia, Slovakia and Slovenia');
    expect(membership(czechia, 'Czechia', '2006-05-09')).toContain('contradicted');
    const ukraine = wave('Bulgaria, Estonia, Latvia, Ukraine, Romania, Slovakia and Slovenia');
    expect(membership(ukraine, 'Ukraine', '2006-05-09')).toContain('contradicted');
    const founders = `In 1949, there were 12 founding members of the Alliance: Belgium, Canada, Denmark, France, Iceland, Greece, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.`;
    expect(membership(founders, 'Greece', '2024-03-12')).toContain('contradicted');
    const first = `NATO expanded in 1999 with the inclusion of Slovakia, the Czech Republic, Hungary and Poland.`;
    expect(membership(first, 'Slovakia', '2023-12-27')).toContain('contradicted');
  });
  it('the true list is confirmed and flags nothing', () => {
    const right = wave('Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia');
    expect(isRed(kindOn('membership', right, 'Bulgaria', '2006-05-09').map((a) => a.verdict))).toBe(false);
    expect(membership(right, 'Romania', '2006-05-09')).toEqual(['supported']);
  });
  it('not another round with its own year, a step before joining, another body, "respectively" or a hedge', () => {
    for (const [text, quote] of [
      [`Poland, Hungary and the Czech Republic joined NATO in 1999, Slovakia, Slovenia and the Baltic states in 2004.`, 'Slovakia'],
      [`Hungary, Poland, the Czech Republic and Slovakia joined the EU in 2004, five years after joining NATO.`, 'Slovakia'],
      [
        `In 2002, NATO invited Bulgaria, Estonia, Latvia, Lithuania, Romania, Slovakia and Slovenia, and Croatia and Albania later.`,
        'Croatia',
      ],
      [`Bulgaria, Estonia, Latvia and Ukraine could have joined NATO in 2004.`, 'Ukraine'],
      [`Poland, Hungary and Slovakia joined NATO in 1999 and 2004 respectively.`, 'Slovakia'],
      [`Poland, Hungary, the Czech Republic and Slovakia joined NATO in 1999 and 2004.`, 'Slovakia'],
      [
        `Poland, Hungary and the Czech Republic joined NATO in 1999, while Ukraine and Georgia were promised membership in 2008.`,
        'Ukraine',
      ],
    ])
      expect(isRed(membership(text, quote, '2024-03-12'))).toBe(false);
  });
});

describe('one accession round told with one wrong day, whatever comes after it (membership.ts)', () => {
  const m030 = (day: string) =>
    `Hungary, the Czech Republic and Poland joined the North Atlantic Treaty Organization on ${day} March 1999, while Slovakia in 2004.`;
  it('a wrong day of a round all the listed countries joined together is contradicted; the right one confirmed', () => {
    expect(membership(m030('15'), 'Poland joined the North Atlantic Treaty Organization on 15 March 1999', '2019-03-09')).toEqual([
      'contradicted',
    ]);
    expect(membership(m030('12'), 'Poland joined the North Atlantic Treaty Organization on 12 March 1999', '2019-03-09')).toEqual([
      'supported',
    ]);
  });
  it('"became NATO members on DAY" is an accession', () => {
    const h035 = (day: string) =>
      `Poland, the Czech Republic, and Hungary became NATO members on March ${day}, 1999, in the fourth enlargement.`;
    expect(membership(h035('10'), 'Hungary became NATO members on March 10, 1999', '2019-03-11')).toEqual(['contradicted']);
    expect(membership(h035('12'), 'Hungary became NATO members on March 12, 1999', '2019-03-11')).toEqual(['supported']);
  });
  it('countries of two rounds listed with their years are left alone', () => {
    const two = `Finland and Sweden joined NATO in 2023 and 2024.`;
    expect(isRed(membership(two, 'Sweden joined NATO in 2023', '2024-03-08'))).toBe(false);
    const became = `Finland and Sweden became NATO members in 2023 and 2024.`;
    expect(isRed(membership(became, 'Sweden became NATO members in 2023', '2024-03-08'))).toBe(false);
    const hopes = `Ukraine and Georgia hope to become NATO members-in-waiting by 2030.`;
    expect(isRed(kindOn('membership', hopes, 'Ukraine', '2024-03-08').map((a) => a.verdict))).toBe(false);
  });
});

describe('a country that never joined told as NATO’s Nth member (accession.ts, accession-lists.ts)', () => {
  it('"Ukraine officially became the 32nd member of NATO", "Georgia became NATO’s 30th member" are contradicted', () => {
    const ukraine = `Ukraine officially became the 32nd member of NATO on Thursday.`;
    expect(membership(ukraine, 'Ukraine officially became the 32nd member', '2024-03-07')).toEqual(['contradicted']);
    const georgia = `Georgia became NATO’s 30th member last month, officials said.`;
    expect(membership(georgia, 'Georgia became NATO’s 30th member', '2020-04-15')).toEqual(['contradicted']);
  });
  it('the member that did is confirmed; a time to come, a condition, an owner or another count say nothing', () => {
    const sweden = `Sweden officially became the 32nd member of NATO on Thursday.`;
    expect(membership(sweden, 'Sweden officially became the 32nd member', '2024-03-07')).toContain('supported');
    for (const text of [
      `Ukraine will become the 33rd member of NATO one day.`,
      `If Ukraine became the 33rd member of NATO, Russia would react.`,
      `Kyiv hopes Ukraine becomes the 33rd member of NATO.`,
      `Russian propaganda claimed Ukraine had become NATO’s 33rd member.`,
      `Support for Ukraine became the top item for the 32nd member of NATO.`,
      `Sweden became the 32nd member of NATO on Thursday. Ukraine is now the 33rd country to receive the aid.`,
    ])
      expect(isRed(kindOn('membership', text, 'Ukraine', '2024-03-08').map((a) => a.verdict))).toBe(false);
  });
});
