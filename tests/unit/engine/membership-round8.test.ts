// NATO's founding, size and accessions in phrasings the sixth held-out set showed the engine missing
// (tests/fixtures/real/heldout6.jsonl): each on the real sentence, on other real sentences of the same
// kind from other pages, with the fact changed (flagged), and with a look-alike that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('membership', text, quote, asOf, dateCertain).map((a) => a.verdict);
const figure = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('figure', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('the founders counted in a phrase that means all of them', () => {
  it('supports "The 12 nations that formed NATO" (DoD News, April 2019) and flags it with another count', () => {
    // https://www.defense.gov/News/News-Stories/Article/Article/1805017/
    const dod = 'The 12 nations that formed NATO did so “with a clear purpose: to preserve peace and to safeguard freedom,” he said.';
    expect(membership(dod, 'The 12 nations that formed NATO', '2019-04-03')).toEqual(['supported']);
    expect(membership(dod.replace('12', '13'), 'The 13 nations that formed NATO', '2019-04-03')).toEqual(['contradicted']);
    expect(membership(dod.replace('12', 'ten'), 'The ten nations that formed NATO', '2019-04-03')).toEqual(['contradicted']);
  });

  it('supports "On 4 April, 1949, 12 nations signed the Washington Treaty, creating NATO" (nato.int, 2015) and "12 countries signed the North Atlantic Treaty" (Islander News, 2022)', () => {
    // https://www.nato.int/cps/en/natohq/news_118651.htm
    const nato =
      'On 4 April, 1949, 12 nations signed the Washington Treaty, creating NATO. Since then, the Alliance has grown to 28 members.';
    expect(membership(nato, '12 nations signed the Washington Treaty', '2015-04-04')).toEqual(['supported']);
    expect(membership(nato.replace('12 nations', '14 nations'), '14 nations signed the Washington Treaty', '2015-04-04')).toEqual([
      'contradicted',
    ]);
    // https://www.islandernews.com/local/kbvotes/nato-73-years-later-vigilance-is-the-price-of-liberty/article_f073d516-b8c7-11ec-89ad-9fea1d91769f.html
    const islander = 'On April 4, 1949, 12 countries signed the North Atlantic Treaty. Founding members were Belgium, Canada, Denmark.';
    expect(membership(islander, '12 countries signed the North Atlantic Treaty', '2022-04-10')).toEqual(['supported']);
  });

  it('supports "NATO\'s 12 founding members" and "the twelve founding members of NATO"', () => {
    const text = "NATO's 12 founding members included Norway and Denmark. The twelve founding members of NATO met in Washington.";
    expect(membership(text, "NATO's 12 founding members", '2024-04-04')).toEqual(['supported']);
    expect(membership(text, 'The twelve founding members of NATO', '2024-04-04')).toEqual(['supported']);
  });

  it('does not flag a part of the founders, another body’s founders, or a signing that is not the founding', () => {
    const part = 'The 10 European nations that founded NATO joined the United States and Canada.';
    expect(isRed(verdictsOn(part, 'The 10 European nations that founded NATO', '2019-04-03'))).toBe(false);
    const brussels =
      'The Brussels Treaty came first: the 5 nations that founded the alliance were Britain, France and the Benelux. NATO came later.';
    expect(isRed(verdictsOn(brussels, 'the 5 nations that founded the alliance', '2019-04-03'))).toBe(false);
    // Today's allies "signed" a declaration, not the treaty of 1949.
    const today = 'NATO leaders met in Vilnius, where 31 countries signed the North Atlantic Treaty declaration on Ukraine.';
    expect(isRed(verdictsOn(today, '31 countries signed the North Atlantic Treaty', '2023-07-12'))).toBe(false);
  });
});

describe('the treaty’s signing with a clause before the verb, and NATO’s existence from a year', () => {
  it('supports "The Washington Treaty, which established the alliance, was signed April 4, 1949" (DoD News, April 2019) and flags a wrong day or year', () => {
    const dod =
      'Stoltenberg, whose term as NATO’s civilian leader was extended through 2022, marked 70 years of the defensive alliance. The Washington Treaty, which established the alliance, was signed April 4, 1949.';
    const quote = 'Washington Treaty, which established the alliance, was signed April 4, 1949';
    expect(figure(dod, quote, '2019-04-03')).toEqual(['supported']);
    expect(figure(dod.replace('April 4, 1949', 'April 4, 1950'), quote.replace('1949', '1950'), '2019-04-03')).toEqual(['contradicted']);
    expect(figure(dod.replace('April 4, 1949', 'April 14, 1949'), quote.replace('4, 1949', '14, 1949'), '2019-04-03')).toEqual([
      'contradicted',
    ]);
    // https://acemap.info/field/2038459975 (Wikipedia's words): "The treaty was signed in Washington, D.C. on 4 April 1949"
    const named = 'The North Atlantic Treaty, NATO’s founding document, was signed in Washington on 4 April 1949.';
    expect(
      figure(named, 'North Atlantic Treaty, NATO’s founding document, was signed in Washington on 4 April 1949', '2024-04-04'),
    ).toEqual(['supported']);
    const created = 'The North Atlantic Treaty, which created NATO, was signed in 1952.';
    expect(figure(created, 'North Atlantic Treaty, which created NATO, was signed in 1952', '2024-04-04')).toEqual(['contradicted']);
  });

  it('does not flag a protocol to the treaty, nor the naval Washington Treaty', () => {
    const protocol = 'NATO allies met. The Protocol to the North Atlantic Treaty on the accession of Finland was signed on July 5, 2022.';
    expect(isRed(verdictsOn(protocol, 'North Atlantic Treaty', '2022-07-06'))).toBe(false);
    const naval = 'The Washington Treaty was signed in 1922 to limit naval arms among the great powers.';
    expect(isRed(verdictsOn(naval, 'Washington Treaty was signed in 1922', '2022-02-06'))).toBe(false);
  });

  it('flags "NATO has been an established organisation since 1947" (a February 2022 explainer) and supports the same with 1949', () => {
    const explainer =
      'NATO has been an established organisation since 1947, at the end of the Second World War - but is Ukraine a member and what exactly do they do?';
    expect(figure(explainer, 'NATO has been an established organisation since 1947', '2022-02-25')).toEqual(['contradicted']);
    expect(figure(explainer.replace('1947', '1949'), 'NATO has been an established organisation since 1949', '2022-02-25')).toEqual([
      'supported',
    ]);
    expect(figure('NATO has been around since 1949, and it is strong.', 'NATO has been around since 1949', '2022-02-25')).toEqual([
      'supported',
    ]);
    expect(figure('NATO has been in existence since 1950.', 'NATO has been in existence since 1950', '2022-02-25')).toEqual([
      'contradicted',
    ]);
  });

  it('does not flag NATO somewhere since a year, its roots, or a question', () => {
    expect(isRed(verdictsOn('NATO has been in Afghanistan since 2003.', 'NATO has been in Afghanistan since 2003', '2020-01-10'))).toBe(
      false,
    );
    const roots =
      'NATO is a treaty organisation which dates back to March 1947, when France and the UK signed the Treaty of Dunkirk to form an alliance.';
    expect(isRed(verdictsOn(roots, 'dates back to March 1947', '2022-02-25'))).toBe(false);
    const question = 'Has NATO been an established organisation since 1947?';
    expect(isRed(verdictsOn(question, 'NATO been an established organisation since 1947', '2022-02-25'))).toBe(false);
  });
});

describe('the anniversary of the treaty’s signing', () => {
  it('supports "the 70th anniversary of the signing of the Washington Treaty, NATO’s founding document, in 1949" (nato.int, April 2019)', () => {
    // https://www.nato.int/cps/en/natohq/news_165249.htm
    const nato =
      'The Secretary General is in Washington with Foreign Ministers from all 29 Allies to mark the 70th anniversary of the signing of the Washington Treaty, NATO’s founding document, in 1949.';
    expect(figure(nato, '70th anniversary of the signing of the Washington Treaty', '2019-04-03')).toEqual(['supported']);
    // https://opoyi.com/world/how-many-countries-are-in-nato-finland-officially-joins-intergovernmental-organization/
    const opoyi = 'Tuesday marks the 74th anniversary of the signing of its founding Washington Treaty on April 4, 1949.';
    expect(
      figure(`NATO welcomed Finland. ${opoyi}`, '74th anniversary of the signing of its founding Washington Treaty', '2023-04-04'),
    ).toEqual(['supported']);
    // https://www.breitbart.com/europe/2024/04/04/nato-is-75-today/ (an AFP caption)
    const afp =
      'The NATO military alliance on April 4, 2024, marks the 75th anniversary of the signing of its founding treaty in Washington.';
    expect(figure(afp, '75th anniversary of the signing of its founding treaty', '2024-04-04')).toEqual(['supported']);
  });
});

describe('the size of NATO as a modifier, a count it never had', () => {
  it('flags "the thirteen nation military alliance" in a bulletin on NATO (April 2021) and supports "thirty"', () => {
    const bulletin =
      'president Joe Biden and other leaders of NATO countries plan to discuss tense ties with Russia and China the troop withdrawal from Afghanistan under the future of the thirteen nation military alliance at the June fourteen gathering';
    expect(membership(bulletin, 'thirteen nation military alliance', '2021-04-23')).toEqual(['contradicted']);
    expect(membership(bulletin.replace('thirteen', 'thirty'), 'thirty nation military alliance', '2021-04-23')).toEqual(['supported']);
    // A count it once had is stale, as before.
    expect(membership(bulletin.replace('thirteen', 'twenty-nine'), 'twenty-nine nation military alliance', '2021-04-23')).toEqual([
      'outdated',
    ]);
  });

  it('does not flag another alliance’s size, nor a bloc, nor NATO not named in the sentence', () => {
    const aukus = 'NATO allies watched as the 13-nation military alliance of the Quad and AUKUS partners met.';
    expect(isRed(verdictsOn(aukus, '13-nation military alliance', '2021-09-20'))).toBe(false);
    const bloc = 'NATO leaders met the leaders of the 27-nation bloc in Brussels.';
    expect(isRed(verdictsOn(bloc, '27-nation bloc', '2021-06-14'))).toBe(false);
    // "a": any alliance of that size; not flagged even on a count NATO once had (14, in 1952-1955).
    const any = 'Japan and Australia joined a 14-nation military alliance, NATO officials said.';
    expect(isRed(verdictsOn(any, '14-nation military alliance', '2021-04-23'))).toBe(false);
    const unnamed = 'The talks ended. The 13-nation military alliance will meet again in May.';
    expect(isRed(verdictsOn(unnamed, '13-nation military alliance', '2021-04-23'))).toBe(false);
  });
});

describe('the place in line told after the accession', () => {
  it('supports "Sweden officially joined the North Atlantic Treaty Organization (NATO) on Thursday, becoming its 32nd member" (The Recount, March 2024) and flags a wrong place', () => {
    // https://therecount.com/watch/secretary-of-state-antony-blinken/2645894339
    const recount = 'Sweden officially joined the North Atlantic Treaty Organization (NATO) on Thursday, becoming its 32nd member.';
    expect(membership(recount, 'becoming its 32nd member', '2024-03-07')).toContain('supported');
    expect(membership(recount.replace('32nd', '31st'), 'becoming its 31st member', '2024-03-07')).toContain('contradicted');
    // https://thenewsline.net/2023/04/finland-officially-becomes-31st-member-of-nato/
    const newsline = 'Finland has officially joined NATO, becoming the 31st member of the transatlantic defensive alliance.';
    expect(membership(newsline, 'becoming the 31st member', '2023-04-04')).toContain('supported');
    expect(isRed(verdictsOn(newsline, 'becoming the 31st member', '2023-04-04'))).toBe(false);
  });

  it('does not read another clause’s ordinal as the accession’s', () => {
    const other = 'Finland joined NATO in 2023, and Sweden followed, becoming the 32nd member in 2024.';
    expect(isRed(verdictsOn(other, 'Finland joined NATO in 2023', '2024-03-08'))).toBe(false);
  });
});

describe('the count an accession brought, the body described, and the leaders of its members', () => {
  it('supports "the total number of countries joining NATO becomes 31" (opoyi.com, April 2023) and flags another count', () => {
    // https://opoyi.com/world/how-many-countries-are-in-nato-finland-officially-joins-intergovernmental-organization/
    const opoyi = 'How many countries are in NATO?\n\nWith the addition of Finland, the total number of countries joining NATO becomes 31.';
    expect(membership(opoyi, 'the total number of countries joining NATO becomes 31', '2023-04-04')).toEqual(['supported']);
    expect(membership(opoyi.replace('31', '30'), 'the total number of countries joining NATO becomes 30', '2023-04-04')).toEqual([
      'contradicted',
    ]);
  });

  it('supports "This expansion has brought the total number of member countries to 32" (a 2024 blog) and flags 31 after Sweden named', () => {
    // https://calebprescott-bgf.pages.dev/clbwlam-nato-expansion-exploring-the-growing-alliance-with-32-member-countries-prscttpgx
    const blog =
      'Sweden joined NATO on Thursday. This expansion has brought the total number of member countries to 32, strengthening the alliance.';
    expect(membership(blog, 'brought the total number of member countries to 32', '2024-03-08')).toEqual(['supported']);
    expect(membership(blog.replace('to 32', 'to 31'), 'brought the total number of member countries to 31', '2024-03-08')).toEqual([
      'contradicted',
    ]);
    // With no accession named, a count NATO reached once is only confirmed (a history may say it).
    const history = 'NATO grew after the Cold War. Each round brought the total number of member countries to 19, then 26.';
    expect(isRed(verdictsOn(history, 'brought the total number of member countries to 19', '2024-03-08'))).toBe(false);
  });

  it('supports "The international group of 32 mostly European member states" after NATO named (voz.us, October 2025)', () => {
    // https://voz.us/en/politics/251022/30213/
    const voz =
      'NATO, the North Atlantic Treaty Organization, confirmed the Ruttee trip late Tuesday. The international group of 32 mostly European member states that also includes the U.S. was created for the primary purpose of "security of the North Atlantic area."';
    expect(membership(voz, 'The international group of 32 mostly European member states', '2025-10-22')).toEqual(['supported']);
    // Loose: the alliance of its first days is told this way too.
    const start = 'NATO was founded in 1949. The alliance of 12 countries grew in the Cold War.';
    expect(isRed(verdictsOn(start, 'The alliance of 12 countries', '2025-10-22'))).toBe(false);
    const subset = 'NATO ministers met on Tuesday. The group of 23 member states that meet the target was praised.';
    expect(membership(subset, 'The group of 23 member states', '2025-10-22')).toEqual([]);
  });

  it('supports "the leaders of the 29 countries" with the alliance named after the lead (December 2019) and "the heads of state and government of the 30 member countries"', () => {
    // https://www.tellerreport.com/news/2019-12-04---summit-for-the-70th-anniversary-of-nato---prime-minister-conte-will-meet-us-president-trump-.H1BFIJGSaB.html
    const teller =
      'It ended with the arrival of the American president Donald Trump, the catwalk of the arrival of the leaders of the 29 countries born for the 70-year summit in Watford, near London. The host was the British premier, Boris Johnson, and the general secretary of the alliance, the Norwegian Jens Stoltenberg.';
    expect(membership(teller, 'the leaders of the 29 countries', '2019-12-04')).toEqual(['supported']);
    const heads = 'NATO met in Brussels, where the heads of state and government of the 30 member countries agreed a communique.';
    expect(membership(heads, 'heads of state and government of the 30 member countries', '2021-06-14')).toEqual(['supported']);
    // Another body's leaders: nothing.
    const eu = 'The leaders of the 27 countries of the European Union met NATO officials.';
    expect(membership(eu, 'leaders of the 27 countries', '2021-06-14')).toEqual([]);
  });
});

describe('the anniversary of a country’s accession', () => {
  it('supports "to commemorate the 25th anniversary of Poland\'s accession to the North Atlantic Treaty Organization (NATO)" (Polskie Radio, March 2024), Ukraine named in the sentence too', () => {
    // https://www.polskieradio.pl/395/9766/Artykul/3351559
    const radio =
      'Speaking at a conference held in Warsaw to commemorate the 25th anniversary of Poland\'s accession to the North Atlantic Treaty Organization (NATO), Kosiniak-Kamysz emphasized the need for strengthening alliances, particularly in support of Ukraine and "in preparation for worst-case scenarios."';
    expect(membership(radio, "25th anniversary of Poland's accession", '2024-03-18')).toEqual(['supported']);
    expect(membership(radio.replace('25th', '20th'), "20th anniversary of Poland's accession", '2024-03-18')).toEqual(['contradicted']);
  });

  it('supports "to mark the 20th anniversary of Latvia\'s accession to NATO" (EPA caption, March 2024), "the 72nd anniversary of Greece\'s accession" and "its 25th NATO membership anniversary"', () => {
    // https://www.infobalkans.com/2024/04/03/what-have-we-achieved-through-our-nato-membership
    const epa =
      "A woman holds Latvian and NATO flags during events to mark the 20th anniversary of Latvia's accession to NATO, at Riga's Freedom Monument on March 28. It is also the 72nd anniversary of Greece's accession to NATO.";
    expect(membership(epa, "20th anniversary of Latvia's accession", '2024-04-03')).toEqual(['supported']);
    expect(membership(epa, "72nd anniversary of Greece's accession", '2024-04-03')).toEqual(['supported']);
    // https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato
    const tvp =
      'A prior group of former Soviet satellites, including Poland, which celebrated its 25th NATO membership anniversary on March 12, joined in 1999.';
    expect(isRed(verdictsOn(tvp, '25th NATO membership anniversary', '2024-03-29'))).toBe(false);
  });

  it('does not flag an anniversary recalled, planned, or told of another year', () => {
    const recalled = "Kosiniak-Kamysz, who spoke at the 20th anniversary of Poland's accession to NATO, said the alliance matters.";
    expect(isRed(verdictsOn(recalled, "20th anniversary of Poland's accession", '2024-03-18'))).toBe(false);
    const then = "In 2019, Warsaw held a conference to commemorate the 20th anniversary of Poland's accession to NATO.";
    expect(isRed(verdictsOn(then, "20th anniversary of Poland's accession", '2024-03-18'))).toBe(false);
    const ahead = "Warsaw will soon commemorate the 30th anniversary of Poland's accession to NATO.";
    expect(isRed(verdictsOn(ahead, "30th anniversary of Poland's accession", '2024-03-18'))).toBe(false);
  });
});

describe('an order of accessions told with "followed by"', () => {
  it('flags "including Slovakia, Romania, and Bulgaria in 2004, followed by Slovenia and the Baltic States" (March 2024: all seven joined the same day)', () => {
    // heldout4 n057 (a Polish anniversary feature, 12 March 2024)
    const feature =
      'The alliance’s enlargement continued, with more Central and Eastern European nations joining, including Slovakia, Romania, and Bulgaria in 2004, followed by Slovenia and the Baltic States.';
    // The order is the claim: "followed by" is flagged; the first group's date stays supported (membership-round6).
    expect(membership(feature, 'followed by', '2024-03-12')).toEqual(['contradicted']);
    expect(membership(feature, 'Slovakia, Romania, and Bulgaria in 2004', '2024-03-12')).toEqual(['supported']);
  });

  it('supports a true order: "Poland, Hungary and the Czech Republic joined in 1999, followed by Slovenia and the Baltic States", "Greece and Turkey joined in 1952, followed by West Germany"', () => {
    const ninetyNine = 'NATO grew: Poland, Hungary and the Czech Republic joined in 1999, followed by Slovenia and the Baltic States.';
    expect(membership(ninetyNine, 'followed by Slovenia and the Baltic States', '2024-03-12')).toEqual(['supported']);
    // Breitbart, April 2024: "Greece and Turkey joined shortly afterwards, and a rearming West Germany joined in 1955".
    const fifties = 'The alliance grew quickly: Greece and Turkey joined in 1952, followed by West Germany.';
    expect(membership(fifties, 'followed by West Germany', '2024-04-04')).toEqual(['supported']);
    const nordics = 'NATO grew again: Finland joined in April 2023, followed by Sweden.';
    expect(membership(nordics, 'followed by Sweden', '2024-04-04')).toEqual(['supported']);
  });

  it('does not flag followers with a date of their own, a list that goes on, or another club', () => {
    const dated = 'NATO grew: Slovakia, Romania, and Bulgaria joined in 2004, followed by Albania and Croatia in 2009.';
    expect(isRed(verdictsOn(dated, 'followed by Albania and Croatia', '2024-03-12'))).toBe(false);
    const more = 'NATO grew: Slovakia and Romania joined in 2004, followed by Slovenia and many other partners of the region.';
    expect(isRed(verdictsOn(more, 'followed by Slovenia', '2024-03-12'))).toBe(false);
    const eu = 'The European Union grew: Slovakia and Romania joined in 2004, followed by Slovenia, NATO noted.';
    expect(isRed(verdictsOn(eu, 'followed by Slovenia', '2024-03-12'))).toBe(false);
  });
});

describe('the founding year said with NATO named: "Since NATO\'s founding in", "came into being in"', () => {
  it('supports the right year and flags another', () => {
    // NATO Review, April 2022 (Islander News): "Since its founding in 1949, 18 more nations have joined the Alliance"
    const since = "Since NATO's founding in 1949, 18 more nations have joined the Alliance.";
    expect(figure(since, "Since NATO's founding in 1949", '2022-04-10')).toEqual(['supported']);
    expect(figure(since.replace('1949', '1947'), "Since NATO's founding in 1947", '2022-04-10')).toEqual(['contradicted']);
    expect(figure('NATO came into being in 1949.', 'NATO came into being in 1949', '2024-01-10')).toEqual(['supported']);
    expect(figure('NATO came into being in 1947.', 'NATO came into being in 1947', '2024-01-10')).toEqual(['contradicted']);
  });

  it('does not flag the founding of something by NATO, nor "its" founding', () => {
    const command = "After NATO's creation in 1951 of Allied Command Europe, Eisenhower led it.";
    expect(isRed(verdictsOn(command, "NATO's creation in 1951", '2024-01-10'))).toBe(false);
    const its = 'The club is old. Since its founding in 1947, NATO and the club have met.';
    expect(isRed(verdictsOn(its, 'Since its founding in 1947', '2024-01-10'))).toBe(false);
  });
});

describe('the founders counted in other words', () => {
  it('supports "NATO was founded in 1949 by the following 12 member nations" (zum.de) and "founded by twelve countries", and flags "founded by ten countries"', () => {
    // http://www.zum.de/whkmla/region/europe/nato.html
    const zum = 'NATO was founded in 1949 by the following 12 member nations : the USA, Canada, Belgium, Denmark.';
    expect(membership(zum, 'founded in 1949 by the following 12 member nations', '2024-06-10')).toEqual(['supported']);
    expect(membership('NATO was founded by twelve countries in 1949.', 'founded by twelve countries', '2024-06-10')).toEqual(['supported']);
    expect(membership('NATO was founded by ten countries in 1949.', 'founded by ten countries', '2024-06-10')).toEqual(['contradicted']);
  });

  it('supports "Twelve countries founded NATO", "Originally, NATO had 12 members", "NATO initially had twelve member countries", and flags other counts', () => {
    expect(membership('Twelve countries founded NATO in 1949.', 'Twelve countries founded NATO', '2024-06-10')).toEqual(['supported']);
    expect(membership('Thirteen countries founded NATO in 1949.', 'Thirteen countries founded NATO', '2024-06-10')).toEqual([
      'contradicted',
    ]);
    expect(membership('Originally, NATO had 12 members.', 'Originally, NATO had 12 members', '2024-06-10')).toEqual(['supported']);
    expect(membership('Originally, NATO had 10 members.', 'Originally, NATO had 10 members', '2024-06-10')).toEqual(['contradicted']);
    const initially = 'NATO initially had twelve member countries; today it has 32.';
    expect(membership(initially, 'NATO initially had twelve member countries', '2024-06-10')).toEqual(['supported']);
    expect(membership(initially.replace('twelve', '14'), 'NATO initially had 14 member countries', '2024-06-10')).toEqual(['contradicted']);
  });

  it('does not flag a part of the founders or a later year', () => {
    const part = 'The 10 European countries founded NATO with the US and Canada.';
    expect(isRed(verdictsOn(part, 'The 10 European countries founded NATO', '2024-06-10'))).toBe(false);
    expect(isRed(verdictsOn('In 1952, NATO had 14 members.', 'NATO had 14 members', '2024-06-10'))).toBe(false);
  });
});

describe('an accession told in a relative clause', () => {
  it('supports "Finland, which joined NATO in April 2023, borders Russia" and flags the year of another accession', () => {
    const finland = 'Finland, which joined NATO in April 2023, borders Russia.';
    expect(membership(finland, 'Finland, which joined NATO in April 2023', '2025-06-10')).toEqual(['supported']);
    const sweden = 'Sweden, which joined NATO in 2023, borders Finland.';
    expect(membership(sweden, 'Sweden, which joined NATO in 2023', '2025-06-10')).toEqual(['contradicted']);
    // The year is Sweden's: Finland (which did join in 2023) is not confirmed by it.
    expect(membership(sweden, 'borders Finland', '2025-06-10')).toEqual([]);
  });

  it('keeps "respectively" from flagging, and the first country its own year', () => {
    const both = 'Finland and Sweden joined NATO in 2023 and 2024 respectively.';
    expect(isRed(verdictsOn(both, 'Sweden joined NATO in 2023', '2025-06-10'))).toBe(false);
    expect(membership(both, 'Finland', '2025-06-10')).toContain('supported');
  });
});

describe('"NATO\'s founding treaty was signed" with no "on"', () => {
  it('supports the right day, flags another, and leaves "its founding treaty" alone', () => {
    expect(figure("NATO's founding treaty was signed April 4, 1949.", 'founding treaty was signed April 4, 1949', '2024-01-10')).toEqual([
      'supported',
    ]);
    expect(figure("NATO's founding treaty was signed April 4, 1950.", 'founding treaty was signed April 4, 1950', '2024-01-10')).toEqual([
      'contradicted',
    ]);
    expect(isRed(verdictsOn('Its founding treaty was signed April 4, 1950.', 'founding treaty was signed', '2024-01-10'))).toBe(false);
  });
});
