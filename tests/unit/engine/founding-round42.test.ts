// Round 42, NATO's founding and what NATO is (sentences of our own unless a page is given): the founders counted with a
// bound that leaves out twelve ("Over 12 countries ... established NATO in 1949", held-out 40 sy001), and the other
// readers' confirmations of the number after such a bound withdrawn, their red flags on a bound twelve fits too; NATO
// given a president ("the current president of NATO is Norwegian", held-out 40 sy002) in the forms title.ts does not read;
// the North Atlantic Treaty told as signed, or NATO as founded, in a city not Washington (was confirmed by the date's
// reader); the founding told as a noun with a year not 1949 ("Since its creation in 1950, NATO"); NATO told as
// headquartered, in the present, outside Belgium.
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

describe('NATO founded by more (or fewer) than twelve countries', () => {
  it('flags the count first, with an aside of founders (held-out 40 sy001)', () => {
    // https://www.india.com/news/world/russia-issues-warning-as-finland-joins-nato-key-things-to-know-about-worlds-biggest-military-alliance-5980288/ (4 April 2023)
    const sy001 = 'Over 12 countries, including the US, the UK, Canada, and France, established NATO in 1949.';
    expect(saidRed(sy001, '2023-04-04')).toEqual([
      'contradicted: Over 12 countries, including the US, the UK, Canada, and France, established NATO',
    ]);
    // The founding year is right, but the sentence is not confirmed as a whole.
    expect(saidConfirmed(sy001, '2023-04-04')).toEqual([]);
    expect(saidRed('More than a dozen nations founded NATO in 1949 to counter the Soviet Union.', '2024-04-04')).toEqual([
      'contradicted: More than a dozen nations founded NATO',
    ]);
    expect(saidRed('In 1949, more than 12 countries signed the North Atlantic Treaty.', '2022-05-18')).toEqual([
      'contradicted: more than 12 countries signed the North Atlantic Treaty',
    ]);
    expect(saidRed('Fewer than ten countries founded the alliance in 1949, NATO says.', '2024-04-04')).toEqual([
      'contradicted: Fewer than ten countries founded the alliance',
    ]);
  });

  it('flags the count after "by"', () => {
    expect(saidRed('NATO was founded in 1949 by over 12 countries.', '2023-04-04')).toEqual([
      'contradicted: NATO was founded in 1949 by over 12 countries',
    ]);
    expect(saidRed('NATO was created in 1949 by over a dozen Western nations to counter the Soviet Union.', '2022-02-25')).toEqual([
      'contradicted: NATO was created in 1949 by over a dozen Western nations',
    ]);
    expect(saidRed('The North Atlantic Treaty was signed by more than 12 countries in 1949.', '2023-07-11')).toEqual([
      'contradicted: North Atlantic Treaty was signed by more than 12 countries',
    ]);
  });

  it('withdraws the confirmations of the number after the bound', () => {
    expect(saidConfirmed('More than 12 countries founded NATO in 1949.', '2023-04-04')).toEqual([]);
    expect(saidConfirmed('Over a dozen countries established NATO in 1949.', '2023-04-04')).toEqual([]);
  });

  it('leaves a bound twelve fits, counts of members since, and the twelve unflagged', () => {
    expectNoRed([
      ['More than ten countries founded NATO in 1949.', '2023-04-04'],
      ['Fewer than 15 countries signed the North Atlantic Treaty in 1949.', '2023-04-04'],
      ['More than 12 countries have joined NATO since it was founded in 1949.', '2023-04-04'],
      ['Today more than 12 countries, including Poland, host NATO troops.', '2023-04-04'],
      ['Over 30 countries signed the North Atlantic Treaty, which now binds 31 allies.', '2023-04-04'],
      ['NATO has grown from 12 founding members to more than 30 today.', '2023-04-04'],
      // https://www.islandernews.com/local/kbvotes/nato-73-years-later-vigilance-is-the-price-of-liberty/article_f073d516-b8c7-11ec-89ad-9fea1d91769f.html (April 2022)
      ['On April 4, 1949, 12 countries signed the North Atlantic Treaty.', '2022-04-10'],
      // https://stories.sakshieducation.com/web-stories/informative/all-about-nato.html
      ['NATO is a military alliance that was formed in 1949 by 12 countries, including the US, Canada, the UK and France.', '2022-03-01'],
      ['More than 12 countries took part in the talks that led to the Brussels Treaty.', '2023-04-04'],
      ['Since 1949, more than 12 countries have signed accession protocols to the North Atlantic Treaty.', '2023-04-04'],
    ]);
    expect(saidConfirmed('NATO was founded in 1949 by 12 countries.', '2023-04-04')).toContain(
      'supported: founded in 1949 by 12 countries',
    );
    expect(saidRed('Ten countries founded NATO in 1949.', '2023-04-04')).toEqual(['contradicted: Ten countries founded NATO']);
  });
});

describe('NATO given a president', () => {
  it('flags the office said of a nationality (held-out 40 sy002)', () => {
    // https://satwcomic.com/fanart/6922/welcome-to-nato-finland (7 April 2023; Jens Stoltenberg, a Norwegian, was Secretary General)
    expect(
      saidRed('Finland finally joined NATO, on the 4th of April 2023. Fun fact: the current president of NATO is Norwegian.', '2023-04-07'),
    ).toEqual(['contradicted: the current president of NATO is Norwegian']);
    expect(saidRed('NATO’s president is Dutch, and he used to run the Netherlands.', '2025-04-07')).toEqual([
      'contradicted: NATO’s president is Dutch',
    ]);
    expect(saidRed('The president of NATO is a Norwegian, Jens Stoltenberg.', '2019-06-01')).toEqual([
      'contradicted: The president of NATO is a Norwegian',
    ]);
  });

  it('flags the office in apposition and before a lone surname', () => {
    expect(saidRed('The president of NATO, Jens Stoltenberg, said the alliance would stand by Ukraine.', '2022-03-01')).toEqual([
      'contradicted: The president of NATO, Jens Stoltenberg',
    ]);
    expect(saidRed('Jens Stoltenberg, the president of NATO, said the alliance would stand by Ukraine.', '2022-03-01')).toEqual([
      'contradicted: Jens Stoltenberg, the president of NATO',
    ]);
    expect(saidRed('Mark Rutte, NATO’s president, said allies must spend more.', '2025-03-07')).toEqual([
      'contradicted: Mark Rutte, NATO’s president',
    ]);
    expect(saidRed('NATO president Stoltenberg said the alliance would stand by Ukraine.', '2023-04-07')).toEqual([
      'contradicted: NATO president Stoltenberg',
    ]);
  });

  it('leaves presidents of members, of NATO bodies, denials and questions alone', () => {
    expectNoRed([
      ['The president of NATO member Poland, Andrzej Duda, visited Kyiv.', '2023-04-07'],
      ['Recep Tayyip Erdogan, the president of NATO member Turkey, met Putin.', '2023-04-07'],
      ['The president of NATO ally Turkey is Recep Tayyip Erdogan.', '2023-04-07'],
      ['Gerry Connolly, the president of the NATO Parliamentary Assembly, spoke in Brussels.', '2023-04-07'],
      ['The president of NATO’s Parliamentary Assembly is Joëlle Garriaud-Maylam.', '2023-04-07'],
      ['NATO does not have a president; Jens Stoltenberg is its Secretary General.', '2023-04-07'],
      ['Who is the president of NATO?', '2023-04-07'],
      ['The president of NATO’s largest member, Joe Biden, spoke.', '2023-04-07'],
      ['Andrzej Duda, NATO President Biden’s host, spoke.', '2023-04-07'],
      ['NATO president Biden said the alliance would stand by Ukraine.', '2022-03-01'],
      ['Lester Pearson was President of the North Atlantic Council in 1951.', '2023-04-07'],
      ['NATO chief Jens Stoltenberg said the alliance would stand by Ukraine.', '2023-04-07'],
    ]);
  });
});

describe('where NATO was founded: the North Atlantic Treaty signed in Washington', () => {
  it('flags the treaty signed, or NATO founded in 1949, in another city', () => {
    expect(saidRed('The North Atlantic Treaty was signed in Brussels on April 4, 1949.', '2023-04-07')).toEqual([
      'contradicted: The North Atlantic Treaty was signed in Brussels',
    ]);
    // Was confirmed by the date's reader before this round.
    expect(saidConfirmed('The North Atlantic Treaty was signed in Brussels on April 4, 1949.', '2023-04-07')).toEqual([]);
    expect(saidRed('The North Atlantic Treaty was signed in London in 1949.', '2019-04-04')).toEqual([
      'contradicted: The North Atlantic Treaty was signed in London',
    ]);
    expect(saidRed('NATO was founded in Paris in 1949.', '2022-02-25')).toEqual(['contradicted: NATO was founded in Paris']);
    expect(saidRed('NATO was established on April 4, 1949, in Brussels.', '2024-04-04')).toEqual([
      'contradicted: NATO was established on April 4, 1949, in Brussels',
    ]);
    expect(saidRed('NATO’s founding treaty was signed in Paris.', '2024-04-04')).toEqual([
      'contradicted: NATO’s founding treaty was signed in Paris',
    ]);
  });

  it('leaves Washington, accession protocols, other treaties and NATO’s seat alone', () => {
    expectNoRed([
      ['The North Atlantic Treaty was signed in Washington on April 4, 1949.', '2023-04-07'],
      ['NATO was founded in 1949 in Washington, D.C.', '2023-04-07'],
      ['The North Atlantic Treaty was signed in the United States in 1949.', '2023-04-07'],
      ['Finland’s accession protocol to the North Atlantic Treaty was signed in Brussels in July 2022.', '2023-04-07'],
      ['NATO was established in Brussels, where its headquarters moved in 1967.', '2023-04-07'],
      ['The Washington Treaty was signed in Washington in 1922.', '2023-04-07'],
      ['The Brussels Treaty was signed in Brussels in 1948.', '2023-04-07'],
      ['The Treaty of Dunkirk was signed in Dunkirk in 1947.', '2023-04-07'],
      ['The North Atlantic Treaty was signed in 1949, and NATO leaders met in London in 2019.', '2023-04-07'],
    ]);
  });
});

describe('NATO’s founding told as a noun with a year not 1949', () => {
  it('flags "since its creation in 1950, NATO", "NATO’s founding in 1950", "the 1950 founding of NATO"', () => {
    expect(saidRed('Since its creation in 1950, NATO has grown to 30 members.', '2022-02-25')).toEqual([
      'contradicted: Since its creation in 1950, NATO',
    ]);
    expect(saidRed('Since its founding in 1948, the alliance has expanded eastward, NATO officials say.', '2022-02-25')).toEqual([
      'contradicted: Since its founding in 1948, the alliance',
    ]);
    expect(saidRed('NATO’s founding in 1950 was a response to the Soviet threat.', '2022-02-25')).toEqual([
      'contradicted: NATO’s founding in 1950',
    ]);
    expect(saidRed('Historians date the 1950 founding of NATO to the Berlin blockade.', '2022-02-25')).toEqual([
      'contradicted: the 1950 founding of NATO',
    ]);
  });

  it('leaves 1949, NATO’s bodies and acts, and other bodies alone', () => {
    expectNoRed([
      ['Since its founding in 1949, NATO has expanded eastward.', '2022-02-25'],
      ['NATO’s founding in 1949 was a response to the Soviet threat.', '2022-02-25'],
      ['Since its creation in 2002, the NATO-Russia Council has met irregularly.', '2022-02-25'],
      ['Since its founding in 1951, NATO’s Defense College has trained officers.', '2022-02-25'],
      ['Since its inception in 1999, the NATO Membership Action Plan has guided aspirants.', '2022-02-25'],
      ['NATO’s creation in 2002 of the NATO Response Force was a milestone.', '2022-02-25'],
      ['Since its establishment in 1955, the Warsaw Pact opposed NATO.', '2022-02-25'],
      ['Since its creation in 1957, the EU has grown, and NATO too.', '2022-02-25'],
      // membership-round8.test.ts: "its" is the club's.
      ['The club is old. Since its founding in 1947, NATO and the club have met.', '2024-01-10'],
    ]);
  });
});

describe('where NATO sits: Brussels since 1967', () => {
  it('flags NATO told as headquartered, in the present, outside Belgium', () => {
    expect(saidRed('NATO is headquartered in Geneva.', '2023-04-07')).toEqual(['contradicted: NATO is headquartered in Geneva']);
    expect(saidRed('NATO’s headquarters are in Paris.', '2022-03-01')).toEqual(['contradicted: NATO’s headquarters are in Paris']);
    expect(saidRed('NATO, headquartered in London, has 31 members.', '2023-04-07')).toEqual([
      'contradicted: NATO, headquartered in London',
    ]);
    expect(saidRed('NATO has its headquarters in The Hague.', '2025-06-20')).toEqual([
      'contradicted: NATO has its headquarters in The Hague',
    ]);
  });

  it('leaves Brussels, Mons, the past, commands and missions alone', () => {
    expectNoRed([
      ['NATO is headquartered in Brussels.', '2023-04-07'],
      ['NATO, headquartered in Brussels, Belgium, has 31 members.', '2023-04-07'],
      ['NATO’s headquarters are in Brussels, and SHAPE is in Mons.', '2023-04-07'],
      ['NATO was headquartered in Paris until 1967.', '2023-04-07'],
      ['NATO’s headquarters are in Paris.', '1960-04-07'],
      ['NATO’s military headquarters is located in Mons.', '2023-04-07'],
      ['NATO is headquartered in Mons.', '2023-04-07'],
      ['NATO’s Allied Command Transformation is headquartered in Norfolk.', '2023-04-07'],
      ['NATO’s headquarters in Kabul was attacked.', '2011-09-14'],
      ['NATO troops are based in Estonia.', '2023-04-07'],
    ]);
  });
});
