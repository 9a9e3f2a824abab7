// Round 31, membership (sentences of our own): NATO's size told as a bound ("over 30 member countries"), as the others
// ("alongside the 31 others in the alliance"), as countries that are members, as grown from twelve to "the current N", as
// the voters of a unanimous decision, as "today we are N", as "N out of M current members", and as what NATO "has evolved
// into" ("a 30-member alliance"); accession rounds told by a year nobody joined in ("In 2002 another seven countries
// joined"), accessions since a year, a member's years "as a full member", membership "offered" in a round's accession
// year (the invitations of 1997 and 2002 are on record now), an invitation dated like the accession; the anniversary "of
// its existence", the founders counted after the city, and the treaty's signers told as all of Europe.
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

describe('a member count told as a bound', () => {
  it('is contradicted when NATO had no more than the bound, in the whole-alliance form', () => {
    expect(saidRed('NATO is a defence pact. The alliance has more than 30 members, and it keeps growing.', '2021-06-01')).toEqual([
      'contradicted: The alliance has more than 30 members',
    ]);
    expect(saidRed('NATO currently has over 29 member countries.', '2018-10-01')).toEqual([
      'contradicted: NATO currently has over 29 member countries',
    ]);
    expect(saidRed('Russia is not in NATO. It has over 31 members.', '2023-09-01')).toEqual(['contradicted: It has over 31 members']);
  });
  it('is confirmed when NATO had more, and an estimate is never confirmed as the count', () => {
    expect(saidConfirmed('NATO now has more than 30 members.', '2024-05-01')).toEqual(['supported: NATO now has more than 30 members']);
    expect(saidConfirmed('NATO is a military alliance. The organisation has over 30 member countries.', '2021-06-01')).toEqual([]);
    expect(saidConfirmed('NATO is a military alliance. It brings together nearly 30 member countries.', '2021-06-01')).toEqual([]);
  });
  it('leaves alone other bodies, suppositions, estimates and partners', () => {
    expectNoRed([
      ['The EU has more than 25 members. NATO has 30.', '2021-06-01'],
      ['If NATO had more than 30 members, decisions would be slower.', '2021-06-01'],
      ['NATO has nearly 30 members.', '2021-06-01'],
      ['Over 30 NATO allies and partners sent troops to the exercise.', '2021-06-01'],
      ['The coalition has over 30 members, NATO officials said.', '2021-06-01'],
      ['NATO has more than 30 members and partners.', '2021-06-01'],
    ]);
  });
});

describe('the count told in other whole-alliance words', () => {
  it('flags a stale count NATO is said to be now, or to need for a unanimous decision', () => {
    expect(saidRed('NATO has evolved into a 30-member alliance.', '2025-04-04')).toEqual(['outdated: 30-member alliance']);
    expect(saidRed('Seventy years on, NATO is now a 29-member alliance.', '2021-04-04')).toEqual(['outdated: 29-member alliance']);
    expect(saidRed('Founded by 12 countries in 1949, NATO has grown into a 31-member alliance.', '2024-06-01')).toEqual([
      'outdated: 31-member alliance',
    ]);
    expect(saidRed('In NATO, every decision needs the consensus of all 28 allies.', '2021-05-01')).toEqual(['outdated: all 28 allies']);
    expect(saidRed('NATO works by consensus: decisions require a unanimous vote of the 29 members.', '2022-06-01')).toEqual([
      'outdated: the 29 members',
    ]);
    expect(
      saidRed('NATO has changed a lot. It expanded from its initial twelve founding members to its present 29 countries.', '2021-01-10'),
    ).toEqual(['outdated: to its present 29 countries']);
    expect(saidRed('NATO consists of 29 States.', '2021-06-01')).toEqual(['outdated: NATO consists of 29 States']);
  });
  it('confirms the right count in those words and in the loose ones', () => {
    expect(saidConfirmed('NATO is now a 32-member alliance.', '2025-04-04')).toEqual(['supported: 32-member alliance']);
    expect(saidConfirmed('At NATO, the unanimous approval of all 32 members is needed.', '2024-05-01')).toEqual([
      'supported: all 32 members',
    ]);
    expect(saidConfirmed('NATO grew from its original 12 members to the current 32.', '2025-01-10')).toContain(
      'supported: to the current 32',
    );
    expect(saidConfirmed('Sweden’s flag now flies at NATO headquarters alongside the 31 others in the alliance.', '2024-04-01')).toEqual([
      'supported: alongside the 31 others in the alliance',
    ]);
    expect(saidConfirmed('He noted that only 29 countries are present members of NATO.', '2019-06-01')).toEqual([
      'supported: 29 countries are present members of NATO',
    ]);
    expect(saidConfirmed('He noted that only 29 countries who are present members of NATO can vote.', '2019-06-01')).toEqual([
      'supported: 29 countries who are present members of NATO',
    ]);
    expect(saidConfirmed('Ratification of the protocols stands at 28 out of 30 current members of NATO.', '2022-11-15')).toEqual([
      'supported: 28 out of 30 current members',
    ]);
    expect(saidConfirmed('Speaking at NATO headquarters, Stoltenberg said: "We started with 12, today we are 32."', '2024-05-20')).toEqual([
      'supported: today we are 32',
    ]);
    expect(saidConfirmed('North Macedonia joined NATO in March. Now NATO consists of 30 States.', '2020-04-20')).toContain(
      'supported: NATO consists of 30 States',
    );
  });
  it('leaves alone the past, an indefinite alliance, other bodies and votes that are not unanimous', () => {
    expectNoRed([
      ['Finland joined a 30-member alliance in 2023.', '2025-04-04'],
      ['NATO was a 16-member alliance in 1990.', '2025-04-04'],
      ['EU sanctions need the unanimous approval of all 27 member states.', '2024-05-01'],
      ['NATO needs the approval of 29 members to proceed.', '2021-05-01'],
      ['The EU grew from its original 6 members to the current 27.', '2024-05-01'],
      ['Sweden’s flag flies alongside the 30 others in the alliance.', '2024-04-01'],
      ['Only 28 countries that are members of NATO and the EU took part.', '2024-04-01'],
    ]);
  });
});

describe('an accession round told by a year nobody joined in', () => {
  it('is contradicted when one round of that many joined within two years', () => {
    expect(saidRed('NATO grew again. In 2002 another seven countries joined, including the Baltic states.', '2019-03-12')).toEqual([
      'contradicted: seven countries joined',
    ]);
    expect(saidRed('Seven countries joined NATO in 2002.', '2020-01-01')).toEqual(['contradicted: Seven countries joined NATO in 2002']);
    expect(saidRed('In 2008 two more countries joined the alliance.', '2015-01-01')).toEqual([
      'contradicted: two more countries joined the alliance',
    ]);
  });
  it('leaves alone the right year, invitations, other clubs and counts no round had', () => {
    expect(saidConfirmed('In 2004 seven more countries joined the alliance.', '2019-01-01')).toEqual([
      'supported: seven more countries joined the alliance',
    ]);
    expectNoRed([
      ['In 2002 seven countries were invited to join NATO.', '2019-01-01'],
      ['The EU grew. In 2002 another seven countries joined, including Estonia.', '2019-01-01'],
      ['NATO grew. In 2006 two countries joined.', '2019-01-01'],
      ['NATO grew. In 2002, seven countries joined NATO, according to a false claim.', '2019-01-01'],
    ]);
  });
});

describe('accessions counted since a year', () => {
  it('is judged against the accessions from that year', () => {
    expect(saidRed('Since 1999, 15 countries have joined NATO.', '2019-03-12')).toEqual(['contradicted: 15 countries have joined NATO']);
    // Round 36: three, wrong with or without the year's own accessions (six from 2009, four after it; four is left alone).
    expect(saidRed('NATO keeps growing: since 2009, three countries have joined the alliance.', '2025-01-01')).toEqual([
      'contradicted: three countries have joined the alliance',
    ]);
    expect(saidConfirmed('NATO keeps growing: since 2009, six countries have joined the alliance.', '2025-01-01')).toEqual([
      'supported: six countries have joined the alliance',
    ]);
    // Round 37: four, the accessions after 2009 without its own two, stays quiet.
    expectNoRed([['NATO keeps growing: since 2009, four countries have joined the alliance.', '2025-01-01']]);
    expect(saidConfirmed('Since 1999, 13 countries have been welcomed into NATO.', '2019-03-12')).toEqual([
      'supported: 13 countries have been welcomed into NATO',
    ]);
  });
  it('confirms "in that time" after years since, never flags it, and leaves suppositions alone', () => {
    const text = 'NATO marks 20 years since its first eastward enlargement. In that time, 13 countries have been welcomed into NATO.';
    expect(saidConfirmed(text, '2019-03-20')).toEqual(['supported: 13 countries have been welcomed into NATO']);
    expectNoRed([
      ['NATO marks 20 years since its first eastward enlargement. In that time, 15 countries have been welcomed into NATO.', '2019-03-20'],
      ['If 13 countries have joined NATO since 1999, the alliance has changed.', '2019-03-12'],
      ['Since 1995, 13 countries have joined the EU.', '2019-03-12'],
    ]);
  });
});

describe('membership offered, and an invitation dated like the accession', () => {
  it('is contradicted when the year is not the invitation’s', () => {
    expect(saidRed('Membership was offered to Poland, Hungary and the Czech Republic in 1999.', '2010-01-01')).toEqual([
      'contradicted: Poland, Hungary and the Czech Republic in 1999',
    ]);
    expect(saidRed('NATO offered membership to Albania and Croatia in 2009.', '2012-01-01')).toEqual([
      'contradicted: Albania and Croatia in 2009',
    ]);
    expect(saidRed('Membership was offered to Bulgaria and Romania in 2004, and Montenegro in 2015.', '2020-01-01')).toEqual([
      'contradicted: Bulgaria and Romania in 2004',
    ]);
  });
  it('is confirmed in the invitation’s year, and the accession is not confirmed by an invitation’s date', () => {
    expect(saidConfirmed('NATO offered membership to Albania and Croatia in 2008.', '2012-01-01')).toEqual([
      'supported: Albania and Croatia in 2008',
    ]);
    expect(saidConfirmed('Estonia, Latvia and Lithuania were invited to join NATO in 2002.', '2020-01-01').length).toBe(1);
    expect(saidConfirmed('Latvia and Lithuania were invited in 2004 to join NATO.', '2020-01-01')).toEqual([]);
    expect(saidConfirmed('In 1999 Poland was invited to join the alliance.', '2020-01-01')).toEqual([]);
  });
  it('leaves alone countries never invited, denials and plans', () => {
    expectNoRed([
      ['Membership was offered to Ukraine and Georgia in 2008.', '2020-01-01'],
      ['Membership was not offered to Albania in 2009.', '2020-01-01'],
      ['NATO will offer membership to Ukraine in 2030, a minister hoped.', '2020-01-01'],
      ['Latvia and Lithuania were invited in 2004 to join NATO.', '2020-01-01'],
    ]);
  });
});

describe('the founding and the alliance’s anniversaries', () => {
  it('flags a wrong anniversary of its existence, founders counted after the city, and all of Europe as signers', () => {
    expect(saidRed('On April 4, NATO will celebrate the 75th anniversary of its existence.', '2019-03-29')).toEqual([
      'contradicted: April 4, NATO will celebrate the 75th anniversary of its existence',
    ]);
    expect(saidRed('NATO was founded in Washington, D.C., by 14 countries.', '2025-01-01')).toEqual([
      'contradicted: founded in Washington, D.C., by 14 countries',
    ]);
    expect(saidRed('In 1949 all the countries of Western Europe signed the North Atlantic Treaty.', '2020-01-01')).toEqual([
      'contradicted: all the countries of Western Europe signed the North Atlantic Treaty',
    ]);
    expect(
      saidRed('That day the leaders of all the nations of Europe and North America gathered to sign the Washington Treaty.', '2020-01-01'),
    ).toEqual(['contradicted: the leaders of all the nations of Europe and North America gathered to sign the Washington Treaty']);
  });
  it('confirms the right ones, with "way back" and a member’s years as a full member', () => {
    expect(saidConfirmed('On April 4, NATO will celebrate the 70th anniversary of its existence.', '2019-03-29').length).toBe(1);
    expect(saidConfirmed('NATO was founded in Washington by twelve nations.', '2025-01-01')).toEqual([
      'supported: founded in Washington by twelve nations',
    ]);
    expect(saidConfirmed('NATO was formed way back in 1949.', '2025-01-01')).toEqual(['supported: NATO was formed way back in 1949']);
    expect(saidConfirmed('Estonia marks its 15 years as a member of NATO this spring.', '2019-03-29')).toEqual([
      'supported: marks its 15 years as a member of NATO',
    ]);
  });
  it('leaves alone other bodies, denials and the twelve', () => {
    expectNoRed([
      ['In 2019 the EU will celebrate the 62nd anniversary of its existence.', '2019-03-29'],
      ['It is a myth that all the countries of Europe signed the North Atlantic Treaty.', '2020-01-01'],
      ['Twelve countries of Europe and North America gathered to sign the Washington Treaty.', '2020-01-01'],
      ['Today all the countries of Europe that are NATO members signed the declaration.', '2020-01-01'],
    ]);
  });
});

describe('a quiz’s question on NATO’s size and its answer', () => {
  const quiz = (answer: string, year = '2024') =>
    `7. How many member states are in NATO as of ${year}?\nA. 28\nB. 30\nC. 31\nD. 32\nAnswer: ${answer}\n8. Where is NATO’s headquarters?\nA. Brussels\nAnswer: A`;
  it('flags a wrong answer, given as a letter or a number', () => {
    expect(saidRed(quiz('B'), '2024-07-01')).toHaveLength(1);
    expect(saidRed(quiz('C', '2025'), '2025-02-01')).toHaveLength(1);
    expect(saidRed('How many countries are members of NATO? Answer: 30', '2024-07-01')).toHaveLength(1);
  });
  it('confirms the right one, also of a year before the page', () => {
    expect(saidConfirmed(quiz('D'), '2024-07-01')).toHaveLength(1);
    expect(saidConfirmed(quiz('B', '2021'), '2024-07-01')).toHaveLength(1);
  });
  it('leaves alone other clubs, questions with no answer and answers after another question', () => {
    expectNoRed([
      ['How many member states are in the EU? Answer: 30', '2024-07-01'],
      ['How many member states are in NATO? Nobody in the room knew. Is 30 right?', '2024-07-01'],
      ['How many member states are in NATO? Which city hosts it? Answer: 30', '2024-07-01'],
    ]);
  });
});

describe('a member’s decision to join told as recent', () => {
  it('is contradicted years after the member joined', () => {
    expect(saidRed('Following Hungary’s recent decision to join NATO, Sweden handed in its documents.', '2024-03-08')).toEqual([
      'contradicted: Hungary’s recent decision to join NATO',
    ]);
    expect(saidRed('Hungary has just decided to join NATO, officials said.', '2024-03-08')).toEqual([
      'contradicted: Hungary has just decided to join NATO',
    ]);
    expect(saidRed('Turkey recently decided to join the alliance.', '2023-07-12')).toEqual([
      'contradicted: Turkey recently decided to join the alliance',
    ]);
  });
  it('leaves alone a new member, history told, exercises, other acts and denials', () => {
    expectNoRed([
      ['Finland’s recent decision to join NATO surprised Moscow.', '2024-07-12'],
      ['Finland’s decision to join NATO came after the invasion.', '2025-07-12'],
      ['Hungary’s recent decision to join NATO exercises was welcomed.', '2024-03-08'],
      ['Following Hungary’s recent decision to ratify Sweden’s bid, Sweden joined NATO.', '2024-03-08'],
      ['It is not true that Hungary has just decided to join NATO.', '2024-03-08'],
    ]);
  });
});

describe('the alliance told as "It" or "This" after NATO is named, and entrants', () => {
  it('judges the founding year and the count told of it', () => {
    expect(
      saidRed('NATO stands for the North Atlantic Treaty Organization. It is a defence alliance established in 1950.', '2024-04-01'),
    ).toEqual(['contradicted: It is a defence alliance established in 1950']);
    expect(
      saidRed('The acronym stands for the North Atlantic Treaty Organization.\nThis is an alliance between 30 countries.', '2024-02-27'),
    ).toEqual(['outdated: This is an alliance between 30 countries']);
    expect(
      saidRed('NATO stands for the North Atlantic Treaty Organization. This is an alliance of 29 member countries.', '2021-02-27'),
    ).toEqual(['outdated: This is an alliance of 29 member countries']);
    expect(
      saidConfirmed(
        'NATO stands for the North Atlantic Treaty Organization. It’s a military alliance that was formed way back in 1949.',
        '2025-11-03',
      ),
    ).toEqual(['supported: It’s a military alliance that was formed way back in 1949']);
    expect(
      saidConfirmed('More recent entrants to NATO include Montenegro in 2017 and North Macedonia in 2020.', '2022-11-15'),
    ).toHaveLength(2);
  });
  it('leaves alone another body named before and wrong entrants’ years (confirm-only)', () => {
    expectNoRed([
      ['The EU is not NATO. It is an economic organization founded in 1957.', '2024-04-01'],
      ['The EU met in Brussels. This is an alliance between 27 countries.', '2024-02-27'],
      ['More recent entrants to NATO include Montenegro in 2016 and North Macedonia in 2019.', '2022-11-15'],
    ]);
  });
});
