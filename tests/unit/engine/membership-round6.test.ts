// NATO's membership in phrasings the fourth held-out set showed the engine missing
// (tests/fixtures/real/heldout4.jsonl): each on the real sentence, on a second real sentence of the
// same phrasing from another page, and with a true (or loose) sentence of the same shape that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('membership', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('a present count after a leading phrase of the founding', () => {
  // Five days after Finland's accession (4 April 2023).
  const text =
    'Formed in 1949 with the signing of the Washington Treaty, NATO is a security alliance of 30 countries from North America and Europe.';

  it('flags "NATO is a security alliance of 30 countries" as outdated on 9 April 2023: the 1949 of the phrase is not the time told of', () => {
    expect(membership(text, 'NATO is a security alliance of 30 countries', '2023-04-09')).toEqual(['outdated']);
  });

  it('supports the right count, and the same form on a page with another year stays excused', () => {
    // https://rankerover.com/nato-history-and-member-countries: "Formed in 1949, NATO was established ..." (2024)
    const right = 'Founded in 1949, NATO is an alliance of 32 member countries.';
    expect(membership(right, 'NATO is an alliance of 32 member countries', '2024-06-01')).toEqual(['supported']);
    // A count told of a past year is judged as of that year, as before.
    const past = 'In 2019, NATO was an alliance of 29 countries.';
    expect(isRed(verdictsOn(past, 'NATO was an alliance of 29 countries', '2024-06-01'))).toBe(false);
    // Past tense after the founding: of 1949, not of today.
    const then = 'Founded in 1949, NATO was an alliance of 12 countries.';
    expect(isRed(verdictsOn(then, 'NATO was an alliance of 12 countries', '2024-06-01'))).toBe(false);
  });
});

describe('counts said in passing', () => {
  it('supports "There are presently 30 nations in NATO" (Metro, February 2022) and "Right now, there are 32 countries in NATO"', () => {
    const metro = 'There are presently 30 nations in NATO; 27 in Europe, two in North America and one in Eurasia.';
    expect(membership(metro, 'There are presently 30 nations in NATO', '2022-02-24')).toEqual(['supported']);
    // https://jnbfl.com/articles/120193-how-many-countries-in-nato-2024-updated-list-membership-analysis
    const jnbfl = 'Right now, there are 32 countries in NATO. Finland became the 31st member in April 2023.';
    expect(membership(jnbfl, 'there are 32 countries in NATO', '2024-06-01')).toEqual(['supported']);
  });

  it('supports "NATO’s 31 other members" (AFP, June 2025), and says nothing of another count', () => {
    const afp = 'Trump joined leaders from NATO’s 31 other members to begin the two-day gathering with a dinner.';
    expect(membership(afp, 'NATO’s 31 other members', '2025-06-24')).toEqual(['supported']);
    // https://www.commonspace.eu/news/swedish-flag-flies-nato-headquarters (March 2024): the older "the other N" form.
    const flags = 'Sweden’s flag was hoisted to join the flags of the other 31 Allies at NATO Headquarters.';
    expect(membership(flags, 'the other 31 Allies', '2024-03-11')).toEqual(['supported']);
    expect(isRed(verdictsOn(afp, 'NATO’s 31 other members', '2022-06-24'))).toBe(false);
  });

  it('supports "the flags of the 32 member nations" (October 2024); not another body’s member states', () => {
    const text = 'They laid a wreath outside NATO’s Brussels headquarters, surrounded by the flags of the 32 member nations.';
    expect(membership(text, 'the 32 member nations', '2024-10-01')).toEqual(['supported']);
    // https://www.businessinsider.com (May 2017, quoted by fxcnews.com): "Twenty-three of the 28 member nations are still not paying"
    const trump = 'NATO leaders met in Brussels. Trump said twenty-three of the 28 member nations are still not paying what they should.';
    expect(membership(trump, 'the 28 member nations', '2017-05-25')).toEqual(['supported']);
    const eu = 'NATO and the EU met; the 27 member states of the EU agreed.';
    expect(membership(eu, 'the 27 member states', '2024-10-01')).toEqual([]);
    const wrong = 'At NATO, the 27 member nations agreed.';
    expect(isRed(verdictsOn(wrong, 'the 27 member nations', '2024-10-01'))).toBe(false);
  });

  it('supports the European members before the two North American ones, with a serial comma or none', () => {
    // Congressional Research Service, March 2019
    const crs =
      'Since its founding with twelve members in 1949 NATO has been enlarged in several stages to now include twenty-seven European countries, the United States, and Canada.';
    expect(membership(crs, 'twenty-seven European countries, the United States, and Canada', '2019-03-15')).toEqual(['supported']);
    // https://englishnewn.blogspot.com/2024/07/decoder-can-nato-prevent-third-world-war.html (July 2024)
    const decoder = 'NATO is now a security alliance of 30 European countries, the United States and Canada.';
    expect(membership(decoder, '30 European countries, the United States and Canada', '2024-07-15')).toEqual(['supported']);
  });
});

describe('the count of the day after "Today,"', () => {
  it('supports "Today, 30 nations are united" (NATO Review, April 2022) and "Today, it consists of 32 member countries" (gkseries.com)', () => {
    const review =
      'The Alliance’s creation also forbade the revival of nationalist militarism in Europe. Today, 30 nations are united and determined to serve these three purposes.';
    expect(membership(review, 'Today, 30 nations', '2022-04-08')).toEqual(['supported']);
    // https://www.gkseries.com/blog/nato-north-atlantic-treaty-organization/
    const gk = 'After the Cold War ended, NATO redefined its purpose. Today, it consists of 32 member countries.';
    expect(membership(gk, 'Today, it consists of 32 member countries', '2024-06-01')).toEqual(['supported']);
  });

  it('says nothing of another count, or of another body’s', () => {
    const wrong = 'NATO was founded in 1949. Today, 28 nations are united.';
    expect(isRed(verdictsOn(wrong, 'Today, 28 nations', '2022-04-08'))).toBe(false);
    expect(membership('NATO met. Today, 27 countries signed the EU pact.', 'Today, 27 countries', '2024-06-01')).toEqual([]);
    // A bare count before another verb may be any meeting's.
    expect(
      membership('NATO leaders met in Kyiv. Today, 32 countries signed the declaration.', 'Today, 32 countries', '2024-06-01'),
    ).toEqual([]);
  });
});

describe('members counted after the twelve founders', () => {
  it('supports "Since then, 19 more European states have joined" after the founders of 1949 (New York Times, July 2023)', () => {
    const nyt =
      'In addition to the United States and Canada, the countries that became part of NATO in 1949 were Belgium, Britain, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway and Portugal.\nSince then, 19 more European states have joined: Albania, Bulgaria, Croatia.';
    expect(membership(nyt, '19 more European states have joined', '2023-07-11')).toEqual(['supported']);
  });

  it('supports "Since its founding in 1949, 18 more nations have joined the Alliance" (NATO Review, April 2022)', () => {
    // https://www.islandernews.com/local/kbvotes/nato-73-years-later-vigilance-is-the-price-of-liberty/ (the same column)
    const review = 'Since its founding in 1949, 18 more nations have joined the Alliance, which in the 1950s was a purely defensive one.';
    expect(membership(review, '18 more nations have joined', '2022-04-08')).toEqual(['supported']);
  });

  it('says nothing without the founding told before, or of a wrong count', () => {
    const noAnchor = 'NATO met in Brussels. 19 more states have joined the initiative.';
    expect(verdictsOn(noAnchor, '19 more states have joined', '2023-07-11')).toEqual([]);
    // Round 36: a wrong count of the members since the founding is contradicted (membership-added.ts: 19 had joined the
    // twelve founders by July 2023), the founding being a start like any year.
    const wrong = 'Since its founding in 1949, 16 more nations have joined NATO.';
    expect(isRed(verdictsOn(wrong, '16 more nations have joined', '2023-07-11'))).toBe(true);
  });
});

describe('the count NATO grew to, and the founders counted', () => {
  it('supports "having grown from 12 members managed out of offices in a London townhouse to 32 members" (April 2024)', () => {
    const text =
      'NATO is 75 Years Old Today\n\nThe “the most powerful and successful alliance in history” is 75 years old today, having grown from 12 members managed out of offices in a London townhouse to 32 members headquartered in Brussels.';
    expect(membership(text, '32 members headquartered', '2024-04-04')).toEqual(['supported']);
    // https://pointwize.com/Topics/nato-structure (2023)
    const pointwize = 'Established on April 4, 1949, NATO has grown from its original 12 founding members to 31 countries today.';
    expect(membership(pointwize, '31 countries today', '2023-06-01')).toEqual(['supported']);
  });

  it('supports "It was formed in 1949 by 12 countries" after NATO is named (Metro, April 2023); a wrong count with "It" is not flagged', () => {
    const metro =
      'What is NATO?\n\nNATO was formed in 1949 (Picture: Getty Images)\n\nIt was formed in 1949 by 12 countries, including the UK, US, Canada and France.';
    expect(membership(metro, 'formed in 1949 by 12 countries', '2023-04-21')).toEqual(['supported']);
    // A news explainer's snippet on a search page (x1.ph3253.cyou, 2024): "It was set up by 12 countries but now has 32 members."
    const bbc = 'What is Nato? Nato is a military alliance. It was set up by 12 countries but now has 32 members.';
    expect(membership(bbc, 'set up by 12 countries', '2024-07-09')).toEqual(['supported']);
    const wrong = 'What is NATO? It was formed in 1949 by 30 countries.';
    expect(isRed(verdictsOn(wrong, 'formed in 1949 by 30 countries', '2024-06-01'))).toBe(false);
    const other = 'NATO is one alliance. The EU is another. It was formed by 6 countries.';
    expect(isRed(verdictsOn(other, 'formed by 6 countries', '2024-06-01'))).toBe(false);
  });

  it('supports the founders counted with "with": "Since its founding with twelve members in 1949", "began in 1949 with 12 states"', () => {
    const crs = 'Since its founding with twelve members in 1949 NATO has been enlarged in several stages.';
    expect(membership(crs, 'founding with twelve members', '2019-03-15')).toEqual(['supported']);
    // https://www.af.mil/News/Article-Display/Article/120657/ceremony-recognizes-new-nato-members/ (April 2009)
    const af =
      'The NATO Alliance began in 1949 with 12 states and has increased its membership to 28 countries through six rounds of enlargement.';
    expect(membership(af, 'began in 1949 with 12 states', '2009-04-08')).toEqual(['supported']);
    // https://englishnewn.blogspot.com/2024/07/decoder-can-nato-prevent-third-world-war.html (July 2024)
    const decoder = 'NATO was born in 1949 with 12 founding members.';
    expect(membership(decoder, 'born in 1949 with 12 founding members', '2024-07-15')).toEqual(['supported']);
    const club = 'NATO leaders met. The club was founded with 12 members in 1990.';
    expect(isRed(verdictsOn(club, 'founded with 12 members', '2024-06-01'))).toBe(false);
  });

  it('supports the list after "The original 12 members were" (April 2024)', () => {
    const text =
      'The North Atlantic Treaty Organisation (NATO) was signed into existence in Washington D.C. on April 4th 1949.\n\nThe original 12 members were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.';
    expect(membership(text, 'The original 12 members', '2024-04-04')).toEqual(['supported']);
    // https://kids.britannica.com/students/article/North-Atlantic-Treaty-Organization-NATO/276123
    const britannica =
      'Established in 1949 as a defense against the Soviet Union, NATO changed its membership and its goals. The original 12 members of NATO were Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.';
    expect(membership(britannica, 'The original 12 members of NATO', '2024-01-15')).toEqual(['supported']);
    const wrong = 'NATO was founded in 1949. The original 12 members were Belgium, Canada, Denmark, France, Greece and Turkey.';
    expect(membership(wrong, 'The original 12 members', '2024-01-15')).toEqual(['contradicted']);
  });
});

describe('accessions told in passing', () => {
  it('supports "were officially welcomed into the North Atlantic Treaty Organization" on the day (March 2024, of 1999)', () => {
    const text =
      'On March 12, 1999, a significant event in the post-Cold War era unfolded as the Czech Republic, Poland, and Hungary were officially welcomed into the North Atlantic Treaty Organization (NATO).';
    expect(membership(text, 'the Czech Republic, Poland, and Hungary', '2024-03-15')).toEqual(['supported']);
    // https://freesourcelibrary.com/nato-member-countries-overview
    const fsl = 'In 1999, the alliance welcomed the Czech Republic, Hungary, and Poland into its ranks.';
    expect(membership(fsl, 'the Czech Republic, Hungary, and Poland', '2024-01-15')).toEqual(['supported']);
    const eu = 'In 2004, the EU welcomed the Czech Republic, Hungary, and Poland.';
    expect(membership(eu, 'the Czech Republic, Hungary, and Poland', '2024-01-15')).toEqual([]);
  });

  it('supports a headline "Becomes 31st Member of NATO" (April 2023) and "North Macedonia Becomes NATO\'s 30th Member"', () => {
    const headline = 'Finland Opens Up New Era of Military Alliance, Becomes 31st Member of NATO Amid Russia-Ukraine Conflict';
    expect(membership(headline, 'Becomes 31st Member of NATO', '2023-04-05')).toEqual(['supported']);
    // https://regtrends.com/en/2020/03/31/north-macedonia-becomes-natos-30th-member/
    const regtrends = "North Macedonia Becomes NATO's 30th Member";
    expect(membership(regtrends, "NATO's 30th Member", '2020-03-31')).toEqual(['supported']);
    const wrong = "Montenegro Becomes NATO's 30th Member";
    expect(membership(wrong, "NATO's 30th Member", '2020-03-31')).toEqual(['contradicted']);
  });

  it('supports members listed with the year they joined (Metro, February 2022; directionelearning.com)', () => {
    const metro =
      'Which nations are in NATO?\n\nListed here are the nations they joined:\n\n  • Albania (2009)\n  • Belgium (1949)\n  • Bulgaria (2004)\n  • Czech Republic (1999)\n  • Germany (1955)\n  • Greece (1952)';
    expect(membership(metro, 'Czech Republic (1999)', '2022-02-24')).toEqual(['supported']);
    expect(membership(metro, 'Albania (2009)', '2022-02-24')).toEqual(['supported']);
    // https://directionelearning.com/north-atlantic-treaty-organization-nato/
    const del =
      'NATO has 30 member countries. NATO Member Countries are\n\nThe United Kingdom (1949)\n\nFrance (1949)\n\nGermany (1955)\n\nSpain (1982)\n\nCroatia (2009)';
    expect(membership(del, 'Spain (1982)', '2020-01-15')).toEqual(['supported']);
  });

  it('says nothing of a list of EU accessions, nor of a lone pair', () => {
    const eu =
      'NATO and the EU overlap. EU members by year of accession: Poland (2004), Czech Republic (2004), Estonia (2004), Latvia (2004), Lithuania (2004), Slovakia (2004), Bulgaria (2007), Romania (2007), Croatia (2013).';
    expect(membership(eu, 'Estonia (2004)', '2024-01-15')).toEqual([]);
    const lone = 'Greece (1952) hosted a NATO drill.';
    expect(membership(lone, 'Greece (1952)', '2024-01-15')).toEqual([]);
  });

  it('supports countries said to have joined together (Poland Daily 24 and bnnbreaking.com, March 2024)', () => {
    const text = 'Poland’s entry into NATO alongside the Czech Republic and Hungary marked a decisive break from the past.';
    expect(membership(text, 'Poland’s entry into NATO alongside the Czech Republic and Hungary', '2024-03-12')).toEqual(['supported']);
    // https://bnnbreaking.com/politics/czechia-celebrates-25-years-in-nato-clinton-speaks-military-honors-in-prague
    const bnn = 'This year, Czechia, alongside Poland and Hungary, joined the North Atlantic Treaty Organization (NATO) in memory.';
    expect(membership(bnn, 'Czechia, alongside Poland and Hungary', '2024-03-21')).toEqual(['supported']);
    const different = 'Poland joined NATO together with Lithuania.';
    // Round 39 (accession-together.ts): joined apart (1999 and 2004), told as together: contradicted.
    expect(membership(different, 'Poland joined NATO together with Lithuania', '2024-03-12')).toContain('contradicted');
    const notJoining = 'Czechia, alongside Poland and Hungary, sent troops to Slovakia.';
    expect(membership(notJoining, 'Czechia, alongside Poland and Hungary', '2024-03-21')).toEqual([]);
  });

  it('supports an accession said with no date once it was done (OREANDA-NEWS and Pompeo’s statement, March 2020)', () => {
    const oreanda = 'OREANDA-NEWS. North Macedonia officially became a member of North Atlantic Treaty Organization.';
    expect(membership(oreanda, 'North Macedonia officially became a member', '2020-03-28')).toEqual(['supported']);
    const headline = 'North Macedonia has officially become a member of NATO';
    expect(membership(headline, 'North Macedonia has officially become a member of NATO', '2020-03-28')).toEqual(['supported']);
    // Before it was so, told as done: premature (round 19, accession-premature.ts); in a hypothetical: nothing.
    expect(membership(oreanda, 'North Macedonia officially became a member', '2020-03-01')).toEqual(['contradicted']);
    expect(membership('If Sweden joined NATO, the Baltic would be safer.', 'Sweden joined NATO', '2025-01-15')).toEqual([]);
  });

  it('supports the instrument of accession received or deposited on the accession day (Pompeo, March 2020; nato.int, March 2024)', () => {
    const pompeo =
      '“On March 27, the United States, as the custodian of the Treaty, received a document of accession to the North Atlantic Alliance from the Republic of North Macedonia, which makes North Macedonia the thirtieth NATO ally.';
    expect(membership(pompeo, 'received a document of accession', '2020-03-28')).toEqual(['supported']);
    // https://www.commonspace.eu/news/swedish-flag-flies-nato-headquarters
    const nato =
      'Sweden became a member on 7 March upon depositing its instrument of accession to the North Atlantic Treaty with the United States government.';
    expect(membership(nato, 'depositing its instrument of accession', '2024-03-11')).toEqual(['supported']);
    const other = 'On March 20, Sweden deposited its instrument of accession to the North Atlantic Treaty.';
    expect(isRed(verdictsOn(other, 'deposited its instrument of accession', '2024-03-25'))).toBe(false);
  });
});

describe('steps to accession', () => {
  it('supports "The protocol on the country’s accession had been already signed ... on February 6 last year" (OREANDA-NEWS, March 2020)', () => {
    const text =
      'North Macedonia officially became a member of NATO.\n\nThe protocol on the country’s accession had been already signed by the members of the organization on February 6 last year.';
    expect(membership(text, 'signed by the members of the organization on February 6', '2020-03-28')).toEqual(['supported']);
    // https://rferl.org/a/montenegro-signs-nato-accession-agreement-may-19-/27744360.html (May 2016)
    const rferl = 'Montenegro and NATO have signed a protocol on the country’s accession to the alliance.';
    expect(membership(rferl, 'signed a protocol on the country’s accession', '2016-05-19')).toEqual(['supported']);
    // A wrong year on NATO's protocol is a contradiction; another club's protocol is not NATO's.
    const wrong = 'The protocol on Finland’s accession was signed on 5 July 2021.';
    expect(membership(wrong, 'signed on 5 July 2021', '2024-01-15')).toEqual(['contradicted']);
    const eu = 'The Protocol on Finland’s accession to the European Union was signed in 1994.';
    expect(isRed(verdictsOn(eu, 'signed in 1994', '2024-01-15'))).toBe(false);
  });

  it('supports "inviting Sweden and Finland to join" just after the Madrid summit (June 2022)', () => {
    const text =
      'NATO leaders ended a two-day summit in Madrid after changing the strategic concept for the alliance, inviting Sweden and Finland to join, and agreeing to do all it takes to support Ukraine.';
    expect(membership(text, 'inviting Sweden and Finland to join', '2022-06-30')).toEqual(['supported']);
    // https://www.econotimes.com/NATO-announces-invitation-for-FInland-Sweden-to-join-alliance-1636504 (the form's past tense)
    const econo = 'The NATO alliance Wednesday invited Finland and Sweden to join the grouping.';
    expect(membership(econo, 'invited Finland and Sweden to join', '2022-06-30')).toEqual(['supported']);
    // Long after, the invitation is not what a present "inviting" tells of.
    expect(membership(text, 'inviting Sweden and Finland to join', '2024-06-30')).toEqual([]);
  });
});

describe('the alliance’s age said of it', () => {
  const age = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

  it('supports "NATO is 75 Years Old Today" and "... alliance in history” is 75 years old today" (4 April 2024)', () => {
    const text =
      'NATO is 75 Years Old Today\n\nThe “the most powerful and successful alliance in history” is 75 years old today, having grown from 12 members.';
    expect(age(text, 'is 75 Years Old', '2024-04-04')).toEqual(['supported']);
    expect(age(text, 'is 75 years old today', '2024-04-04')).toEqual(['supported']);
    // https://www.avionews.it/en/item/1257630-nato-turns-75.html
    expect(age('NATO turns 75\nStoltenberg: "The strongest alliance in history"', 'turns 75', '2024-04-04')).toEqual(['supported']);
  });

  it('says nothing of a person’s age, or of a wrong one', () => {
    expect(age('Stoltenberg, who leads the alliance, is 65 years old.', 'is 65 years old', '2024-04-04')).toEqual([]);
    expect(age('The alliance is 70 years old today.', 'is 70 years old', '2024-04-04')).toEqual([]);
  });
});

describe('an anniversary the alliance will mark, and a member called one in passing', () => {
  const age = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);

  it('supports "the North Atlantic Treaty Organization will celebrate its 70thanniversary" (CRS, March 2019) and "will mark its 74rd anniversary"', () => {
    const crs = 'On April 4, 2019, the North Atlantic Treaty Organization will celebrate its 70thanniversary.';
    expect(age(crs, 'will celebrate its 70thanniversary', '2019-03-15')).toEqual(['supported']);
    // https://www.dvidshub.net/video/878319/raising-nato-flag-arches-cinquantenaire-brussels-preparation-nato-day-master (March 2023)
    const dvids =
      'On 4 April 2023, the Alliance will mark its 74rd anniversary. Since its foundation on April 4th 1949, NATO has guaranteed security.';
    expect(age(dvids, 'will mark its 74rd anniversary', '2023-03-31')).toEqual(['supported']);
    // Another year told for it is wrong.
    expect(age('On 4 April 2023, NATO will mark its 80th anniversary.', 'will mark its 80th anniversary', '2023-03-31')).toEqual([
      'contradicted',
    ]);
  });

  it('supports "Turkey, a NATO member" (February 2024) and "Poland, a European Union and NATO member" (AP, August 2023)', () => {
    const text = 'Turkey, a NATO member, has kept its ties with Moscow.';
    expect(membership(text, 'Turkey, a NATO member', '2024-02-23')).toEqual(['supported']);
    // https://kion546.com/ap-colorado/2023/08/15/why-tensions-have-been-growing-along-natos-eastern-border-with-belarus/
    const ap = 'Officials in Belarus have been making hostile comments about Poland, a European Union and NATO member.';
    expect(membership(ap, 'Poland, a European Union and NATO member', '2023-08-15')).toEqual(['supported']);
    expect(membership('NATO member Poland sent troops.', 'NATO member Poland', '2023-08-15')).toEqual(['supported']);
  });

  it('says nothing of a country that was not yet a member', () => {
    expect(membership('Ukraine, a NATO member, said so.', 'Ukraine, a NATO member', '2024-02-23')).toEqual([]);
    expect(membership('NATO member Sweden applied.', 'NATO member Sweden', '2023-02-23')).toEqual([]);
  });
});

describe('the last of the allies to ratify, counted', () => {
  it('supports "Hungary, the last country among the 31 members of the alliance" with Sweden named earlier in the paragraph (March 2024)', () => {
    const text =
      '“It’s official: Sweden is now the 32nd member of NATO.” Membership became official after the ratification protocol was submitted by Hungary, the last country among the 31 members of the alliance to give its approval.';
    expect(membership(text, 'the last country among the 31 members', '2024-03-07')).toContain('supported');
  });

  it('supports "the Parliament of Turkey, the last of the 30 member countries of the Alliance" (April 2023)', () => {
    // https://usanews.net/?p=162692
    const text =
      'Finland’s path to NATO has been cleared after the affirmative vote the night before last by the Parliament of Turkey, the last of the 30 member countries of the Alliance pending to give their approval.';
    expect(membership(text, 'last of the 30 member countries', '2023-04-01')).toContain('supported');
  });

  it('says nothing of a count that fits no accession of a country named', () => {
    const text = 'Finland’s bid was approved by Turkey, the last of the 27 member countries to vote.';
    expect(membership(text, 'last of the 27 member countries', '2023-04-01')).toEqual([]);
  });
});

describe('a flag raised with the allies', () => {
  it('supports "Finland\'s flag has now been raised alongside that of its allies" (4 April 2023) and "Sweden’s flag was hoisted to join the flags of the other 31 Allies" (nato.int, March 2024)', () => {
    const bbc = "Finland's flag has now been raised alongside that of its allies. But who are they?";
    expect(membership(bbc, "Finland's flag has now been raised", '2023-04-04')).toEqual(['supported']);
    // https://www.commonspace.eu/news/swedish-flag-flies-nato-headquarters
    const nato =
      'Sweden’s flag was hoisted to join the flags of the other 31 Allies, as the Swedish national anthem and the NATO hymn were played.';
    expect(membership(nato, 'Sweden’s flag was hoisted', '2024-03-11')).toEqual(['supported']);
  });

  it('says nothing of a flag raised elsewhere, even with a year', () => {
    const olympics = "Finland's flag was raised in 2022 at the Olympics.";
    expect(isRed(verdictsOn(olympics, 'flag was raised in 2022', '2024-01-15'))).toBe(false);
    expect(membership(olympics, 'flag was raised', '2024-01-15')).toEqual([]);
  });
});

describe('a date before "followed by"', () => {
  it('is not given to the countries after it (Poland Daily 24, March 2024), while each keeps its own date', () => {
    const text =
      'The alliance’s enlargement continued, with more Central and Eastern European nations joining, including Slovakia, Romania, and Bulgaria in 2004, followed by Slovenia and the Baltic States.';
    expect(membership(text, 'Slovakia, Romania, and Bulgaria in 2004', '2024-03-12')).toEqual(['supported']);
    expect(membership(text, 'Slovenia', '2024-03-12')).toEqual([]);
    // https://examguru.co.in/daily-news-analysis-current-affairs/Sweden-moves-a-step-closer-to-NATO-membership-after-Turkeys-parliamentary-committee-gives-approval
    const own =
      'NATO, established in April 1949, is a military alliance.\n- Greece and Turkey joined in 1952, followed by West Germany in 1955 (later referred to as Germany from 1990), Spain in 1982, and the Czech Republic, Hungary, and Poland in 1999.';
    expect(membership(own, 'Germany in 1955', '2023-12-27')).toEqual(['supported']);
    expect(membership(own, 'Spain in 1982', '2023-12-27')).toEqual(['supported']);
  });
});
