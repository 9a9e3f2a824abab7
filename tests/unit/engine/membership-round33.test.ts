// Round 33, membership told as "now" and NATO's enlargement history (sentences of our own): the rounds of enlargement
// counted ("has gone through nine rounds of enlargement"), the first enlargement by years after the founding or by its
// year, "most recently" with a comma and a member's becoming, a long-time member said to be applying or aspiring to join,
// a member count told as now ("with 30 countries now part of the alliance"), members listed with their years in
// parentheses and then said to have joined, an accession's day after a summit and a weekday, and an accession told as so
// many years after one told before it.
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

describe('the rounds of enlargement counted', () => {
  it('is outdated when a later round came, in several wordings', () => {
    expect(saidRed('Since 1949 the alliance has undergone nine rounds of enlargement.', '2024-06-01')).toEqual([
      'outdated: the alliance has undergone nine rounds of enlargement',
    ]);
    expect(saidRed('NATO is open to new members. It has now gone through eight waves of expansion.', '2023-09-01')).toEqual([
      'outdated: It has now gone through eight waves of expansion',
    ]);
    expect(saidRed('NATO has seen nine rounds of enlargement so far.', '2025-02-10')).toEqual([
      'outdated: NATO has seen nine rounds of enlargement',
    ]);
  });
  it('confirms the right count and leaves other starts, other clubs, past narration and the days after a round alone', () => {
    expect(saidConfirmed('NATO has gone through ten rounds of enlargement since 1949.', '2025-02-10').join()).toMatch(
      /ten rounds of enlargement/,
    );
    expectNoRed([
      ['NATO has undergone nine rounds of enlargement since 1949.', '2023-09-01'],
      ['Since the end of the Cold War, NATO has undergone seven rounds of enlargement.', '2025-02-10'],
      ['The EU has gone through seven rounds of enlargement.', '2025-02-10'],
      ['By 2020 NATO had gone through eight rounds of enlargement.', '2025-02-10'],
      ['NATO has now gone through nine rounds of enlargement.', '2024-03-08'],
      ['If Ukraine joins, NATO will have gone through eleven rounds of enlargement.', '2025-02-10'],
    ]);
  });
});

describe('the first enlargement', () => {
  it('is contradicted when told too many years after the founding or in a later year', () => {
    expect(
      saidRed('NATO was created in 1949. Six years after its creation, the alliance enlarged for the first time.', '2024-05-03'),
    ).toEqual(['contradicted: Six years after its creation, the alliance enlarged for the first time']);
    expect(saidRed('Eight years after its founding, NATO first expanded, taking in Greece and Turkey.', '2022-01-10')).toEqual([
      'contradicted: Eight years after its founding, NATO first expanded',
    ]);
    expect(saidRed('NATO first expanded in 1955, when West Germany joined.', '2024-05-03')).toEqual([
      'contradicted: NATO first expanded in 1955',
    ]);
    expect(saidRed('NATO was founded in 1949, and the alliance’s first enlargement came in 1982 with Spain.', '2024-05-03')).toEqual([
      'contradicted: the alliance’s first enlargement came in 1982',
    ]);
  });
  it('confirms three years and 1952, and leaves other firsts, other clubs and suppositions alone', () => {
    expect(
      saidConfirmed('Three years after its founding, NATO expanded for the first time, admitting Greece and Turkey.', '2024-05-03'),
    ).toContain('supported: Three years after its founding, NATO expanded for the first time');
    expectNoRed([
      ['Fifty years after its founding, NATO expanded for the first time into the former Warsaw Pact.', '2024-05-03'],
      ['Ten years after its founding, NATO expanded for the first time since 1952.', '2024-05-03'],
      ['Seven years after its founding, the EU expanded for the first time.', '2024-05-03'],
      ['NATO first expanded eastward in 1999, when Poland joined.', '2024-05-03'],
      ['Would NATO have first expanded in 1955 if Stalin had agreed?', '2024-05-03'],
      ['Four years after its founding, NATO expanded for the first time.', '2024-05-03'],
    ]);
  });
});

describe('"most recently" with a comma and a member becoming one', () => {
  it('is outdated when a later member joined more than a week before the page', () => {
    expect(saidRed('NATO was set up by 12 states. Most recently, Finland became the 31st member in April 2023.', '2024-04-04')).toEqual([
      'outdated: Most recently, Finland became the 31st member in April 2023',
    ]);
    expect(
      saidRed('NATO has grown steadily since 1949. Most recently, Finland joined the alliance on 4 April 2023.', '2025-01-04'),
    ).toEqual(['outdated: Most recently, Finland joined the alliance on 4 April 2023']);
    expect(saidRed('The alliance keeps growing. Most recently, North Macedonia became a member of NATO in 2020.', '2023-09-04')).toEqual([
      'outdated: Most recently, North Macedonia became a member of NATO in 2020',
    ]);
  });
  it('confirms the latest and leaves a told time, another body and the week after an accession alone', () => {
    expect(
      saidConfirmed('NATO was set up by 12 states. Most recently, Finland became the 31st member in April 2023.', '2023-06-04').join(),
    ).toMatch(/Most recently, Finland became the 31st member in April 2023/);
    expectNoRed([
      ['NATO has grown steadily. In 2020, most recently, North Macedonia became a member.', '2024-01-04'],
      ['The EU has grown. Most recently, Croatia became a member in 2013.', '2025-01-04'],
      ['NATO was set up by 12 states. Most recently, Finland became the 31st member in April 2023.', '2024-03-10'],
      ['NATO has grown steadily. Most recently, Sweden joined the alliance in March 2024.', '2025-01-04'],
    ]);
  });
});

describe('a long-time member said to be applying or aspiring to join', () => {
  it('is contradicted for a member of ten years or more, outdated for a recent one', () => {
    expect(
      saidRed('Sweden was accepted last month, and Poland is currently aspiring to join the North Atlantic Treaty.', '2024-04-05'),
    ).toEqual(['contradicted: Poland is currently aspiring to join the North Atlantic Treaty']);
    expect(saidRed('Georgia, Denmark and Ukraine are also applying to join NATO.', '2023-07-11')).toEqual([
      'contradicted: Denmark and Ukraine are also applying to join NATO',
    ]);
    expect(saidRed('Finland is also applying to join the alliance, NATO officials said.', '2024-02-11')).toEqual([
      'outdated: Finland is also applying to join the alliance',
    ]);
  });
  it('leaves candidates, narration, denials and other objects alone', () => {
    expectNoRed([
      ['Ukraine is currently aspiring to join the North Atlantic Treaty Organization.', '2024-04-05'],
      ['In 1997, Hungary was aspiring to join NATO.', '2024-04-05'],
      ['Hungary is not aspiring to join the EU.', '2024-04-05'],
      ['Poland is currently aspiring to join the North Atlantic Treaty talks.', '2024-04-05'],
      ['Sweden is also applying to join NATO.', '2023-07-11'],
    ]);
  });
});

describe('a member count told as now', () => {
  it('is outdated when the count was the alliance’s once', () => {
    expect(saidRed('Over the decades NATO’s membership has grown, with 29 countries now part of the alliance.', '2021-05-04')).toEqual([
      'outdated: 29 countries now part of the alliance',
    ]);
    expect(saidRed('NATO is a defensive alliance. Today, 31 countries are members of the alliance.', '2024-05-04')).toEqual([
      'outdated: Today, 31 countries are members of the alliance',
    ]);
    expect(saidRed('NATO is a defensive alliance. 30 nations currently belong to the alliance.', '2024-05-04')).toEqual([
      'outdated: 30 nations currently belong to the alliance',
    ]);
  });
  it('confirms the count of the day and leaves parts, other bodies and narration alone', () => {
    expect(saidConfirmed('NATO is a defensive alliance. 32 nations currently belong to the alliance.', '2024-05-04')).toContain(
      'supported: 32 nations currently belong to the alliance',
    );
    expectNoRed([
      ['NATO is a defensive alliance. Today 23 countries are members of the alliance that spend 2%.', '2024-04-04'],
      ['The EU has 27 members. Today, 23 countries are members of the alliance too.', '2024-05-04'],
      ['In 2019, with 29 countries now part of the alliance, NATO met in London.', '2024-04-04'],
      ['The EU has 27 members; 23 countries are now part of NATO.', '2024-04-04'],
    ]);
  });
});

describe('members listed with their years in parentheses, then joining', () => {
  it('contradicts an entry with another year', () => {
    expect(saidRed('Greece and Turkey (1953), West Germany (1955) and Spain (1982) joined NATO.', '2024-03-29')).toEqual([
      'contradicted: Greece and Turkey (1953)',
    ]);
    expect(saidRed('Montenegro (2017), North Macedonia (2019) and Finland (2023) joined the alliance.', '2024-03-29')).toEqual([
      'contradicted: North Macedonia (2019)',
    ]);
    expect(saidRed('Finland (2023) and Sweden (2022) joined NATO.', '2024-03-29')).toEqual(['contradicted: Sweden (2022)']);
  });
  it('confirms right years and leaves other clubs and other verbs alone', () => {
    expect(saidConfirmed('Greece and Turkey (1952), Germany (1955) and Spain (1982) joined NATO.', '2024-03-29')).toContain(
      'supported: Greece and Turkey (1952)',
    );
    expectNoRed([
      ['Poland (1999), Hungary (1999) and Slovakia (2005) joined the EU.', '2024-03-29'],
      ['Austria (1995), Sweden (1995) and Finland (1995) joined the EU.', '2024-03-29'],
      ['Finland (2022) and Sweden (2022) applied to join NATO.', '2024-03-29'],
    ]);
  });
});

describe('an accession day after a summit and a weekday', () => {
  it('is contradicted when the day is not the accession’s', () => {
    expect(saidRed('Albania and Croatia formally joined NATO at the summit on Saturday (April 4th).', '2009-04-06')).toEqual([
      'contradicted: Croatia formally joined NATO at the summit on Saturday (April 4th',
    ]);
    expect(saidRed('Sweden joined NATO at a ceremony in Washington on March 8.', '2024-03-12')).toEqual([
      'contradicted: Sweden joined NATO at a ceremony in Washington on March 8',
    ]);
  });
  it('confirms the right day', () => {
    expect(saidConfirmed('Albania and Croatia officially became members of NATO on Wednesday (April 1st).', '2009-04-06').join()).toMatch(
      /April 1st/,
    );
  });
});

describe('an accession told as years after one told before it', () => {
  it('is contradicted when the years do not fit', () => {
    expect(
      saidRed('In 2004 seven countries including Estonia joined NATO, and Albania and Croatia joined three years later.', '2015-01-01'),
    ).toEqual(['contradicted: Albania and Croatia joined three years later']);
    expect(saidRed('NATO was founded in 1949. Six years later, Greece and Turkey joined the alliance.', '2024-04-02')).toEqual([
      'contradicted: Six years later, Greece and Turkey joined the alliance',
    ]);
    expect(saidRed('Finland joined NATO in 2023; Sweden followed two years later.', '2024-04-02')).toEqual([
      'contradicted: Sweden followed two years later',
    ]);
  });
  it('confirms years that fit and leaves other clubs, suppositions and floored counts alone', () => {
    expect(saidConfirmed('Greece and Turkey joined NATO in 1952, and West Germany joined three years later.', '2024-04-02')).toContain(
      'supported: Germany joined three years later',
    );
    expectNoRed([
      ['Slovenia joined NATO in 2004, and Croatia joined the EU nine years later.', '2024-04-02'],
      ['Spain joined NATO in 1982, and Poland joined 16 years later.', '2024-04-02'],
      ['Poland joined NATO in 1999. Five years later, Poland joined the EU.', '2024-04-02'],
      ['Finland joined NATO in 2023; Sweden might follow two years later.', '2023-06-02'],
    ]);
  });
});
