// NATO's membership in phrasings the fifth held-out set showed the engine missing
// (tests/fixtures/real/heldout5.jsonl): each on the real sentence, on other real sentences of the
// same kind from other pages, and with a sentence of the same shape that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('membership', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('"There are N members" with the alliance named after it or in the sentence before', () => {
  it('supports "There are 29 members of the military alliance" (The Hill, November 2019), NATO named paragraphs before', () => {
    const hill =
      'Trump will meet Macron on the sidelines of the NATO summit in London next week.\n\nThe president is not scheduled to meet with Boris Johnson.\n\nThere are 29 members of the military alliance, many of whom President Trump has criticized for not contributing enough money toward defense.';
    expect(membership(hill, 'There are 29 members of the military alliance', '2019-11-29')).toEqual(['supported']);
    // A stale count of the same strict form is outdated.
    expect(membership(hill, 'There are 29 members of the military alliance', '2022-06-01')).toEqual(['outdated']);
  });

  it('supports "There are now 29 member states" after the alliance in the sentence before (RFE/RL, May 2019), and "There are currently 31 member nations:"', () => {
    const rferl =
      "London was home to NATO's first headquarters. Britain and 11 other countries established the Western military alliance in 1949. There are now 29 member states and the headquarters is in Brussels.";
    expect(membership(rferl, 'There are now 29 member states', '2019-05-23')).toEqual(['supported']);
    // https://newsroom.barbara-hardy.com/the-north-atlantic-treaty-organization-nato (2023)
    const list =
      'The most important actors in NATO are the member states themselves. There are currently 31 member nations: Albania, Belgium, Bulgaria.';
    expect(membership(list, 'There are currently 31 member nations', '2023-08-10')).toEqual(['supported']);
  });

  it('says nothing of a loose count that is not the alliance’s, nor of one with another body named', () => {
    const rferl = 'Britain and 11 other countries established the Western military alliance in 1949. There are now 28 member states.';
    expect(isRed(verdictsOn(rferl, 'There are now 28 member states', '2019-05-23'))).toBe(false);
    expect(membership(rferl, 'There are now 28 member states', '2019-05-23')).toEqual([]);
    const eu = 'NATO leaders met in Brussels. The European Union was also there. There are now 28 member states.';
    expect(membership(eu, 'There are now 28 member states', '2019-06-01')).toEqual([]);
  });
});

describe('the organisation as "it", and the Secretary General’s "we"', () => {
  it('supports "It was set up by 12 countries but now has 32 members" (BBC, 2024) and "The organization consists of 30 member countries" (2022)', () => {
    const bbc = 'NATO was founded in 1949. It was set up by 12 countries but now has 32 members.';
    expect(membership(bbc, 'but now has 32 members', '2024-06-01')).toEqual(['supported']);
    // https://designsof.com/tag/northatlanticregion/
    const designs =
      'NATO, the North Atlantic Treaty Organization, is a political and military alliance established in 1949. The organization consists of 30 member countries, including 2 North American countries.';
    expect(membership(designs, 'The organization consists of 30 member countries', '2022-06-01')).toEqual(['supported']);
  });

  it('flags "Today, it has 30 member countries" the day after Finland joined, on a page that tells of its accession (April 2023)', () => {
    // https://edukraze.com/finland-joins-nato/
    const edukraze =
      'Finland has become the 31st member of the NATO Alliance.\n\nNorth Atlantic Treaty Organization, is a political and military alliance formed by 12 countries in 1949. Today, it has 30 member countries, including the United States, Canada, and most of Europe.';
    expect(membership(edukraze, 'Today, it has 30 member countries', '2023-04-05')).toEqual(['outdated']);
  });

  it('does not flag the same count a day after an accession the page does not tell of, nor "it" after another body', () => {
    const alone =
      'North Atlantic Treaty Organization, is a political and military alliance formed in 1949. Today, it has 30 member countries.';
    expect(isRed(verdictsOn(alone, 'Today, it has 30 member countries', '2023-04-05'))).toBe(false);
    // NATO's own bodies with members of their own: "it" is the Partnership for Peace (16 was NATO's count until 1999).
    const pfp = 'NATO launched its Partnership for Peace in 1994. Today, it has 16 members.';
    expect(isRed(verdictsOn(pfp, 'Today, it has 16 members', '2024-05-10'))).toBe(false);
    const eu = 'NATO and the European Union met. The EU was founded in 1993. Today, it has 28 member countries.';
    expect(isRed(verdictsOn(eu, 'Today, it has 28 member countries', '2019-06-01'))).toBe(false);
  });

  it('supports "Together we represent 30 different nations" (Stoltenberg, October 2021) and "We are 32 Allies"', () => {
    const speech =
      '“In NATO we are not alone. Together we represent 30 different nations, one billion people, half of the world’s economic and military might.”';
    expect(membership(speech, 'we represent 30 different nations', '2021-10-05')).toEqual(['supported']);
    const allies = 'NATO is stronger than ever. We are 32 Allies, standing together.';
    expect(membership(allies, 'We are 32 Allies', '2024-07-10')).toEqual(['supported']);
    // A smaller "we" with another count: nothing.
    expect(membership(allies, 'We are 32 Allies', '2022-07-10')).toEqual([]);
  });
});

describe('counts of the whole alliance in other words', () => {
  it('supports "the alliance has grown to include a total of 30 members" (CNN, May 2022)', () => {
    const cnn =
      'Since the US is the largest NATO member, any state in the alliance is under US protection. The alliance started with 12 founding countries, but over the decades since, the alliance has grown to include a total of 30 members.';
    expect(membership(cnn, 'has grown to include a total of 30 members', '2022-05-12')).toEqual(['supported']);
    // Since Sweden joined (7 March 2024) the same count is stale.
    expect(membership(cnn, 'has grown to include a total of 30 members', '2024-06-01')).toEqual(['outdated']);
  });

  it('supports "all 32 current NATO member countries" (a list page, January 2026)', () => {
    const list = 'A map of the North Atlantic showing the flags of all 32 current NATO member countries in 2026.';
    expect(membership(list, 'all 32 current NATO member countries', '2026-01-15')).toEqual(['supported']);
  });
});

describe('the instrument of accession deposited on a day told', () => {
  it('flags the deposit told a year late: "deposited the instrument of accession with ... Blinken, on 4 April 2024" (a think tank, May 2024)', () => {
    // https://stratagem.no/sweden-is-finlands-closest-partner (Finland deposited it on 4 April 2023)
    const stratagem =
      'When Finland’s then-Foreign Minister Pekka Haavisto deposited the instrument of accession with the United States Secretary of State, Anthony Blinken, on 4 April 2024, it was Finland’s very first official act as a NATO member to hand over the ratification documents of Sweden’s accession.';
    expect(membership(stratagem, 'deposited the instrument of accession', '2024-05-01')).toEqual(['contradicted']);
    // The owner after the verb: "deposited Finland's instrument of accession on ...".
    const owner = 'Minister Pekka Haavisto deposited Finland’s instrument of accession on 4 April 2024.';
    expect(membership(owner, 'deposited Finland’s instrument of accession', '2024-05-01')).toEqual(['contradicted']);
  });

  it('supports the right day, "handed over Finland’s instrument of accession" (NATO, April 2023) and North Macedonia’s (27 March 2020)', () => {
    const right =
      'When Finland’s Foreign Minister Pekka Haavisto deposited the instrument of accession with the United States Secretary of State, Anthony Blinken, on 4 April 2023, it was a historic day.';
    expect(membership(right, 'deposited the instrument of accession', '2023-04-10')).toEqual(['supported']);
    // https://bizwatchnigeria.ng/finland-becomes-natos-31st-member/
    const handed =
      'Finnish Foreign Minister Pekka Haavisto handed over Finland’s instrument of accession to the US government, represented by Secretary of State Antony Blinken, on 4 April 2023.';
    expect(membership(handed, 'handed over Finland’s instrument of accession', '2023-04-10')).toEqual(['supported']);
    const mk = 'North Macedonia deposited its instrument of accession on 27 March 2020.';
    expect(membership(mk, 'deposited its instrument of accession', '2020-04-01')).toEqual(['supported']);
  });

  it('does not flag a deposit to come, another member’s papers, or a date before the verb', () => {
    // https://www.sttinfo.fi (3 April 2023): "On 4 April, Minister for Foreign Affairs Pekka Haavisto will deposit Finland's instrument of accession"
    const future = 'Minister for Foreign Affairs Pekka Haavisto will deposit Finland’s instrument of accession on 4 April 2024.';
    expect(isRed(verdictsOn(future, 'deposit Finland’s instrument of accession', '2023-04-03'))).toBe(false);
    const sweden = 'Finland’s Minister Pekka Haavisto deposited Sweden’s instrument of accession on 7 March 2024.';
    expect(isRed(verdictsOn(sweden, 'deposited Sweden’s instrument of accession', '2024-05-01'))).toBe(false);
    const anniversary = 'On 4 April 2024, a year after Finland deposited its instrument of accession, the flags flew.';
    expect(isRed(verdictsOn(anniversary, 'deposited its instrument of accession', '2024-05-01'))).toBe(false);
  });
});

describe('an accession told by the weekday of the article’s week, or by its effect', () => {
  it('supports "Finland officially joined NATO, the world’s largest security alliance, on Tuesday" (Deseret News, 4 April 2023)', () => {
    const deseret = 'Finland officially joined NATO, the world’s largest security alliance, on Tuesday.';
    expect(membership(deseret, 'Finland officially joined NATO', '2023-04-04')).toEqual(['supported']);
    // https://therecount.com/watch/secretary-of-state-antony-blinken/2645894339 (March 2024)
    const recount = 'Sweden officially joined the North Atlantic Treaty Organization (NATO) on Thursday, becoming its 32nd member.';
    expect(membership(recount, 'Sweden officially joined the North Atlantic Treaty Organization (NATO) on Thursday', '2024-03-08')).toEqual(
      ['supported'],
    );
    // https://theweek.com/politics/sweden-officially-joins-NATO
    const week = 'Sweden officially became the 32nd member of the North Atlantic Treaty Organization on Thursday.';
    // Read twice (the place in line, and the day): both confirmed.
    expect(new Set(membership(week, 'on Thursday', '2024-03-08'))).toEqual(new Set(['supported']));
  });

  it('never flags a weekday that does not fit (the article may be dated days later)', () => {
    const late = 'Finland officially joined NATO, the world’s largest security alliance, on Friday.';
    expect(isRed(verdictsOn(late, 'Finland officially joined NATO', '2023-04-10'))).toBe(false);
  });

  it('supports "Its membership officially went into effect on Friday, March 27" after the country in the sentence before (April 2020)', () => {
    // https://www.polgeonow.com/2020/04/north-macedonia-joins-nato-members-map.html
    const polgeo =
      "Southeastern Europe's Republic of North Macedonia has been admitted as a full member of the North Atlantic Treaty Organization (NATO). Its membership officially went into effect on Friday, March 27, and a welcoming ceremony was held.";
    expect(membership(polgeo, 'Its membership officially went into effect on Friday, March 27', '2020-04-06')).toEqual(['supported']);
    const finland = "Finland's NATO membership took effect on 4 April 2023.";
    expect(membership(finland, "Finland's NATO membership took effect on 4 April 2023", '2023-04-10')).toEqual(['supported']);
  });

  it('says nothing of another body’s membership or of a protocol in force', () => {
    const eu = 'The EU admitted Croatia. Its membership went into effect on July 1, 2013.';
    expect(membership(eu, 'Its membership went into effect', '2013-07-05')).toEqual([]);
    const protocol = "The protocol on Sweden's accession entered into force on 7 March 2024.";
    expect(isRed(verdictsOn(protocol, 'entered into force', '2024-03-10'))).toBe(false);
    const wrong = "Finland's NATO membership took effect on 4 April 2022.";
    expect(isRed(verdictsOn(wrong, 'took effect', '2023-04-10'))).toBe(false);
  });
});

const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

describe('the founding told in passing', () => {
  it('supports "a treaty signed on April 4, 1949 in Washington" after NATO (March 2019) and "the treaty was signed on April 4th in 1949" (Pompeo, April 2019)', () => {
    // https://wnobserver.com/world/trump-to-receive-secretary-general-nato-on-april-2/
    const wn =
      'The North Atlantic Treaty Organization (NATO) was established on the basis of a treaty signed on April 4, 1949 in Washington. It is currently based in Brussels.';
    expect(figure(wn, 'a treaty signed on April 4, 1949 in Washington', '2019-03-25')).toEqual(['supported']);
    // https://www.nato.int/cps/en/natohq/opinions_165208.htm
    const pompeo =
      'You will see the original NATO Treaty. It’s an enduring document. The alliance it created has been essential to the freedom and security of the West.\n\nWhen the treaty was signed on April 4th in 1949, in this very room, President Harry S. Truman spoke of our collective aspirations.';
    expect(figure(pompeo, 'the treaty was signed on April 4th in 1949', '2019-04-03')).toEqual(['supported']);
  });

  it('supports "Established when 12 nations sign the North Atlantic Treaty" (CNN fact sheet) and "It was formed in 1949" after NATO named (January 2026)', () => {
    // https://edition.cnn.com/2013/07/30/world/nato-fast-facts/
    const cnn = 'April 4, 1949 - Established when 12 nations sign the North Atlantic Treaty in a ceremony in Washington, DC.';
    expect(figure(cnn, 'Established when 12 nations sign the North Atlantic Treaty', '2020-03-30')).toEqual(['supported']);
    const created = 'NATO was created when twelve countries signed the North Atlantic Treaty in Washington.';
    expect(figure(created, 'created when twelve countries signed the North Atlantic Treaty', '2024-01-01')).toEqual(['supported']);
    // https://visualfoodie.com/a-complete-list-of-current-nato-member-countries
    const food =
      'Think of NATO (the North Atlantic Treaty Organization) as a team pact. It was formed in 1949, right after the devastation of World War II.';
    expect(figure(food, 'It was formed in 1949', '2026-01-15')).toEqual(['supported']);
  });

  it('leaves the treaty named just before "signed" with a date figure-forms.ts reads to it: one mark, not two', () => {
    const once = 'NATO was founded by a treaty signed on April 4, 1949.';
    expect(figure(once, 'signed on April 4, 1949', '2024-05-10')).toEqual(['supported']);
    const ours = 'NATO was founded by a treaty signed on April 4th in 1949.';
    expect(figure(ours, 'a treaty signed on April 4th in 1949', '2024-05-10')).toEqual(['supported']);
  });

  it('says nothing of another treaty, another body or another year', () => {
    const geneva = 'The Geneva Conventions matter to NATO. The treaty was signed in 1949.';
    expect(figure(geneva, 'The treaty was signed in 1949', '2019-04-03')).toEqual([]);
    const later = 'NATO leaders met. The treaty was signed on April 4, 1950.';
    expect(isRed(verdictsOn(later, 'The treaty was signed', '2019-04-03'))).toBe(false);
    const un = 'The UN and NATO were both there. It was formed in 1945.';
    expect(figure(un, 'It was formed in 1945', '2024-01-01')).toEqual([]);
    const eleven = 'NATO was created when eleven countries signed the North Atlantic Treaty.';
    expect(isRed(verdictsOn(eleven, 'eleven countries signed', '2024-01-01'))).toBe(false);
  });
});

describe('the alliance’s age in decades', () => {
  it('supports "for more than seven decades" (State Department, November 2020) and "for nearly eight decades" (2024)', () => {
    // https://stl.news/secretary-pompeo-to-participate-in-the-nato-foreign-ministerial/420656/
    const state =
      'Secretary Pompeo will reaffirm the U.S. commitment to the NATO Alliance, which has ensured peace and prosperity for more than seven decades.';
    expect(figure(state, 'for more than seven decades', '2020-11-30')).toEqual(['supported']);
    const nearly = 'The NATO alliance has kept us safe for nearly eight decades.';
    expect(figure(nearly, 'for nearly eight decades', '2024-05-01')).toEqual(['supported']);
  });

  it('never flags a count of decades, nor reads a shorter span as the alliance’s', () => {
    const more = 'The NATO alliance has kept us safe for more than eight decades.';
    expect(isRed(verdictsOn(more, 'for more than eight decades', '2024-05-01'))).toBe(false);
    const ukraine = 'NATO has worked with Ukraine for more than three decades.';
    expect(figure(ukraine, 'for more than three decades', '2024-05-01')).toEqual([]);
  });
});

describe('the last ally to ratify, in other words', () => {
  it('supports "Hungary, the last NATO member to hold out its ratification" (Stratagem, May 2024)', () => {
    // https://stratagem.no/sweden-is-finlands-closest-partner
    const stratagem =
      'It was an occasion for a deep sigh of relief in Finland in early March 2024 when Sweden’s NATO membership was finally fully ratified, after Hungary, the last NATO member to hold out its ratification, completed the task.';
    expect(membership(stratagem, 'Hungary, the last NATO member to hold out', '2024-05-01')).toEqual(['supported']);
    const turkey = 'Turkey, the last member to give its approval, ratified Finland’s accession.';
    expect(membership(turkey, 'Turkey, the last member to give its approval', '2023-04-10')).toEqual(['supported']);
  });

  it('says nothing when the ally named was not the last', () => {
    const wrong = 'Turkey, the last member to give its approval, ratified Sweden’s accession.';
    expect(membership(wrong, 'the last member to give its approval', '2024-03-10')).toEqual([]);
  });
});

describe('a count over a list, and "an Alliance that consists of N independent member countries"', () => {
  it('supports "30 Member Countries" above its list (CNN fact sheet, March 2020) and "Membership: 28"', () => {
    // https://edition.cnn.com/2013/07/30/world/nato-fast-facts/
    const cnn =
      'April 4, 1949 - Established when 12 nations sign the North Atlantic Treaty.\n\n    30 Member Countries\n\n    Albania (2009)\n    Belgium (1949)';
    expect(membership(cnn, '30 Member Countries', '2020-03-30')).toEqual(['supported']);
    // https://studymode.com/essays/Nato-50361707.html: "Membership: 28 Alliance Members: Albania, Bel-gium, ..."
    const label = 'NATO is a military alliance of North America and Europe.\nMembership: 28\nAlbania, Belgium, Bulgaria';
    expect(membership(label, 'Membership: 28', '2011-03-30')).toEqual(['supported']);
  });

  it('says nothing of a bare number, nor of a heading over another body’s list', () => {
    const bare = 'NATO facts.\n\n30\n\nAlbania (2009)';
    expect(membership(bare, '30', '2020-03-30')).toEqual([]);
    const eu = 'NATO and the EU.\n\n28 Member States\n\nAustria, Belgium';
    expect(membership(eu, '28 Member States', '2015-03-30')).toEqual([]);
  });

  it('reads "an Alliance that consists of 28 independent member countries" (go4quiz, from nato.int) as the whole alliance', () => {
    // https://go4quiz.com/1186/nato-member-countries/
    const quiz = 'The North Atlantic Treaty Organization is an Alliance that consists of 28 independent member countries.';
    expect(membership(quiz, 'consists of 28 independent member countries', '2012-03-30')).toEqual(['supported']);
    expect(membership(quiz, 'consists of 28 independent member countries', '2018-03-30')).toEqual(['outdated']);
  });
});

describe('accessions in a list and the protocol as an agreement', () => {
  it('supports "Germany (1955, as West Germany)" in a list of members with their years (CNN fact sheet)', () => {
    const cnn =
      'NATO members:\n\nAlbania (2009)\nBelgium (1949)\nBulgaria (2004)\nGermany (1955, as West Germany)\nGreece (1952)\nSpain (1982)';
    expect(membership(cnn, 'Germany (1955, as West Germany)', '2020-03-30')).toEqual(['supported']);
  });

  it('supports "NATO signed an accession agreement with North Macedonia on February 6" (RFE/RL, February 2019: the protocol)', () => {
    const rferl = 'NATO signed an accession agreement with North Macedonia on February 6, after a historic deal with Greece.';
    expect(membership(rferl, 'signed an accession agreement', '2019-02-10')).toEqual(['supported']);
    // Another day without its year: never red.
    const other = 'NATO signed an accession agreement with North Macedonia on February 9.';
    expect(isRed(verdictsOn(other, 'signed an accession agreement', '2019-02-10'))).toBe(false);
  });
});

describe('the count in a relative clause, an apposition, "is comprised of", "with N members", "N nations strong"', () => {
  it('supports the count said of NATO in a clause of its own', () => {
    const cases: Array<[string, string]> = [
      ['NATO, which has 32 members, met in Brussels.', 'NATO, which has 32 members'],
      ['NATO — which has 32 member countries — met in Washington.', 'NATO — which has 32 member countries'],
      ['NATO, made up of 32 countries, met in Washington.', 'NATO, made up of 32 countries'],
      ['NATO, comprising 32 member states, met in Washington.', 'NATO, comprising 32 member states'],
      ['NATO has a total of 32 members.', 'NATO has a total of 32 members'],
      ['The NATO alliance currently has 32 members.', 'The NATO alliance currently has 32 members'],
      ['NATO’s membership now stands at 32.', 'NATO’s membership now stands at 32'],
      ['The 32-nation military bloc NATO met.', '32-nation military bloc'],
      // https://www.dw.com/en/nato-the-worlds-largest-military-alliance/video-72988602 (June 2025)
      [
        "NATO — the world's largest military alliance. The world's largest military alliance is comprised of 32 member countries.",
        'alliance is comprised of 32 member countries',
      ],
    ];
    for (const [text, quote] of cases) expect(membership(text, quote, '2024-06-01'), text).toEqual(['supported']);
    // A stale count in the same strict clause is outdated.
    expect(membership('NATO, which has 30 members, met in Brussels.', 'NATO, which has 30 members', '2024-06-01')).toEqual(['outdated']);
  });

  it('confirms the loose ones: "with 32 members including newer entrants ..., NATO’s presence" (2025), "now 32 nations strong" (Biden, March 2024)', () => {
    // https://ftp.martinsflooring.com/ftp/top-30-nato-countries-the-alliance-that-shapes-global-security
    const flooring =
      'Today, with 32 members including newer entrants like North Macedonia (added in 2020) and Turkey’s enduring strategic role, NATO’s presence is truly global.';
    expect(membership(flooring, 'with 32 members', '2025-06-01')).toEqual(['supported']);
    const biden = 'With the addition of Sweden today, NATO stands more united, determined, and dynamic than ever—now 32 nations strong.';
    expect(membership(biden, '32 nations strong', '2024-03-08')).toEqual(['supported']);
    expect(membership('32 countries belong to NATO.', '32 countries belong to NATO', '2024-06-01')).toEqual(['supported']);
  });

  it('says nothing of a subset in the same shapes', () => {
    expect(membership('NATO, which has 23 members at the target, met.', 'NATO, which has 23 members', '2024-06-01')).toEqual([]);
    expect(membership('With 30 allies at the target, NATO is stronger.', 'With 30 allies', '2021-06-01')).toEqual([]);
    const both = 'The EU and NATO met. 22 countries are members of both the EU and NATO.';
    expect(membership(both, '22 countries are members', '2024-06-01')).toEqual([]);
  });
});

describe('accessions told of several countries at once, and "became a NATO member"', () => {
  it('does not flag "Finland and Sweden joined NATO in 2023 and 2024 respectively" (each year is one country’s)', () => {
    const respectively = 'Finland and Sweden joined NATO in 2023 and 2024 respectively, after Russia’s full-scale invasion of Ukraine.';
    expect(isRed(verdictsOn(respectively, 'Sweden joined NATO in 2023', '2024-05-10'))).toBe(false);
    const two = 'Finland and Sweden joined NATO in 2023 and 2024.';
    expect(isRed(verdictsOn(two, 'Sweden joined NATO in 2023', '2024-05-10'))).toBe(false);
  });

  it('still flags one year said of both, and of one country alone', () => {
    const both = 'Finland and Sweden joined NATO in 2023.';
    expect(membership(both, 'Sweden joined NATO in 2023', '2024-05-10')).toContain('contradicted');
    expect(membership('Sweden joined NATO in 2023.', 'Sweden joined NATO in 2023', '2024-05-10')).toEqual(['contradicted']);
  });

  it('supports "Finland became a NATO member in April 2023" and "Sweden became a full-fledged member of NATO on March 7"', () => {
    // "On Thursday, Sweden formally became the 32nd member of NATO" (thehornnews.com, March 2024) is read already.
    expect(membership('Finland became a NATO member in April 2023.', 'Finland became a NATO member in April 2023', '2024-05-10')).toEqual([
      'supported',
    ]);
    const fledged = 'Sweden became a full-fledged member of NATO on March 7.';
    expect(membership(fledged, 'Sweden became a full-fledged member of NATO on March 7', '2024-05-10')).toEqual(['supported']);
    expect(membership('Sweden became a NATO member in 2023.', 'Sweden became a NATO member in 2023', '2024-05-10')).toEqual([
      'contradicted',
    ]);
    expect(membership('Sweden hopes it will soon become a NATO member state.', 'become a NATO member', '2023-05-10')).toEqual([]);
  });
});

describe('a count of the members in one region is a part of the alliance', () => {
  // Since Sweden joined (March 2024), 30 of the 32 allies are European.
  it('does not flag "NATO has 30 members in Europe", "NATO’s 30 members in Europe" or "an alliance of 30 countries in Europe and two in North America"', () => {
    const cases: Array<[string, string]> = [
      ['Today, NATO has 30 members in Europe.', 'NATO has 30 members'],
      ['NATO’s 30 members in Europe met in Brussels.', 'NATO’s 30 members'],
      ['NATO is an alliance of 30 countries in Europe and two in North America.', 'alliance of 30 countries'],
      ['NATO is made up of 30 countries in Europe and two in North America.', 'made up of 30 countries'],
      ['NATO, which has 30 members in Europe, met in Brussels.', 'which has 30 members'],
      ['NATO summit. There are 12 members of the alliance’s nuclear planning group.', 'There are 12 members'],
    ];
    for (const [text, quote] of cases) expect(isRed(verdictsOn(text, quote, '2024-06-01')), text).toBe(false);
  });

  it('still reads the whole alliance "in Europe and North America"', () => {
    expect(membership('NATO has 32 members in Europe and North America.', 'NATO has 32 members', '2024-06-01')).toEqual(['supported']);
    expect(membership('NATO has 30 members in Europe and North America.', 'NATO has 30 members', '2024-06-01')).toEqual(['outdated']);
  });
});

describe('the founding year and age in other words', () => {
  it('supports "has existed since 1949", "dates back to 1949", "came into being in 1949", "The alliance was established in April 1949"', () => {
    const cases: Array<[string, string]> = [
      ['NATO has existed since 1949.', 'NATO has existed since 1949'],
      ['NATO dates back to 1949.', 'NATO dates back to 1949'],
      ['NATO leaders met. The organization came into being in 1949.', 'The organization came into being in 1949'],
      ['NATO leaders met. The alliance was established in April 1949.', 'The alliance was established in April 1949'],
    ];
    for (const [text, quote] of cases) expect(figure(text, quote, '2024-05-10'), text).toEqual(['supported']);
  });

  it('supports "Created 75 years ago, NATO is ..." and "Founded seven decades ago, the alliance"', () => {
    expect(figure('Created 75 years ago, NATO is the strongest alliance in history.', 'Created 75 years ago', '2024-05-10')).toEqual([
      'supported',
    ]);
    expect(figure('Founded seven decades ago, the alliance is still strong. NATO', 'Founded seven decades ago', '2024-05-10')).toEqual([
      'supported',
    ]);
  });

  it('says nothing of another year, another body, or a wrong age in these loose forms', () => {
    expect(figure('The EU and NATO. The organization came into being in 1993.', 'came into being', '2024-05-10')).toEqual([]);
    expect(isRed(verdictsOn('NATO leaders met. The alliance was established in 1950.', 'established in 1950', '2024-05-10'))).toBe(false);
    expect(figure('Created 70 years ago, NATO is the strongest alliance.', 'Created 70 years ago', '2024-05-10')).toEqual([]);
    // One mark where figure-forms.ts reads it: "The organization was founded in 1949" after a sentence NATO opens.
    expect(
      figure('NATO leaders met. The organization was founded in 1949.', 'The organization was founded in 1949', '2024-05-10'),
    ).toHaveLength(1);
  });
});

describe('a ratification told as signing off, dated by the weekday that leads the sentence', () => {
  it('supports "Last Thursday, NATO got the final approval ... with Turkey signing off on Finland’s application" (Deseret News, 4 April 2023)', () => {
    // https://www.deseret.com/u-s-world/2023/4/4/23669406/finland-joins-n-a-t-o-officially/
    const deseret =
      'Last Thursday, NATO got the final approval to allow the country into the alliance with Turkey signing off on Finland’s application, Deseret News reported.';
    expect(membership(deseret, 'Turkey signing off on Finland’s application', '2023-04-04')).toEqual(['supported']);
    const hungary = 'Hungary signed off on Sweden’s NATO membership on February 26, 2024.';
    expect(membership(hungary, 'Hungary signed off on Sweden’s NATO membership', '2024-03-10')).toEqual(['supported']);
  });

  it('says nothing when the weekday or the date does not fit', () => {
    const monday =
      'Last Monday, NATO got the final approval to allow the country into the alliance with Turkey signing off on Finland’s application.';
    expect(membership(monday, 'Turkey signing off', '2023-04-04')).toEqual([]);
    const wrong = 'Hungary signed off on Sweden’s NATO membership on February 20, 2024.';
    expect(isRed(verdictsOn(wrong, 'Hungary signed off', '2024-03-10'))).toBe(false);
  });
});

describe('Partnership for Peace, for members that joined it before NATO', () => {
  it('supports "North Macedonia joined NATO’s Partnership for Peace (PfP) in 1995" (WorldTribune, March 2020) and Ukraine’s of 1994', () => {
    // https://www.worldtribune.com/north-macedonia-joins-the-nato-alliance/
    const wt =
      'North Macedonia joined NATO’s Partnership for Peace (PfP) in 1995, and in 1999 the country submitted its first Membership Action Plan.';
    expect(membership(wt, 'North Macedonia joined NATO’s Partnership for Peace (PfP) in 1995', '2020-03-27')).toEqual(['supported']);
    const ukraine = 'Ukraine joined NATO’s Partnership for Peace in 1994.';
    expect(membership(ukraine, 'Ukraine joined NATO’s Partnership for Peace in 1994', '2022-03-27')).toEqual(['supported']);
  });
});

describe('membership told by its start: "a NATO member since 1999"', () => {
  it('supports the accession year or month said as the start', () => {
    const cases: Array<[string, string]> = [
      ['Poland has been a member of NATO since 1999.', 'Poland has been a member of NATO since 1999'],
      ['Poland, a NATO member since 1999, borders Ukraine.', 'Poland, a NATO member since 1999'],
      ['Estonia, a member of the alliance since 2004, borders Russia.', 'Estonia, a member of the alliance since 2004'],
      ['Turkey, a NATO ally since 1952, hosts the base.', 'Turkey, a NATO ally since 1952'],
      ['Finland has been a NATO member since April 2023.', 'Finland has been a NATO member since April 2023'],
    ];
    for (const [text, quote] of cases) expect(membership(text, quote, '2024-05-10'), text).toEqual(['supported']);
  });

  it('flags a start before the accession, and says nothing of a later one (still true of a member since before)', () => {
    expect(membership('Turkey has been a NATO ally since 1949.', 'Turkey has been a NATO ally since 1949', '2024-05-10')).toEqual([
      'contradicted',
    ]);
    expect(isRed(verdictsOn('Poland has been a NATO member since 2004.', 'since 2004', '2024-05-10'))).toBe(false);
    // A reunified Germany in NATO since 1990: later than 1955, never flagged.
    expect(isRed(verdictsOn('Germany has been a NATO member since 1990.', 'since 1990', '2024-05-10'))).toBe(false);
  });
});

describe('the enlargement rounds counted', () => {
  it('supports "has added new members ten times" (Wikipedia, 2024), "In 10 rounds of expansion, NATO has enlarged itself to 32 members"', () => {
    // https://en.wikipedia.org/wiki/Enlargement_of_NATO: "NATO was formed in 1949 with twelve founding members and has added new members ten times."
    const wiki = 'NATO was formed in 1949 with twelve founding members and has added new members ten times.';
    expect(membership(wiki, 'added new members ten times', '2024-05-10')).toEqual(['supported']);
    // https://dev.funandflip.com/... (2024): "In 10 rounds of expansion, has enlarged itself to 32 members"
    const rounds = 'In 10 rounds of expansion, NATO has enlarged itself to 32 members.';
    expect(membership(rounds, '10 rounds of expansion', '2024-05-10')).toEqual(['supported']);
    expect(membership(rounds, 'has enlarged itself to 32 members', '2024-05-10')).toEqual(['supported']);
    expect(membership('NATO has gone through eight rounds of enlargement.', 'eight rounds of enlargement', '2022-05-10')).toEqual([
      'supported',
    ]);
  });

  it('says nothing of another count or another body’s rounds', () => {
    expect(membership('NATO has gone through ten rounds of enlargement.', 'ten rounds of enlargement', '2022-05-10')).toEqual([]);
    const eu = 'The EU and NATO: the EU has had seven rounds of enlargement.';
    expect(membership(eu, 'seven rounds of enlargement', '2022-05-10')).toEqual([]);
  });
});
