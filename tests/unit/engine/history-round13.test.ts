// Summits, meetings and the war told in real articles (held-out 11, read in the thirteenth round), and the false
// versions of sentences the engine confirms (mutation probes: a day, a year, a place changed, every other word kept).
// Each family is tested on the article's sentence, on sentences of the same kind from other pages (URLs in
// comments), with the fact changed (flagged where the claim is identified beyond doubt), and on true sentences of
// the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe("a NATO summit's days told as held: a range that opens before its first day, days that miss, a year that does not vouch for them", () => {
  // https://news24by7official.com/mark-rutte-latest-news-2025-nato-summit-leadership-and-trump-relations (held-out 11 y084)
  const y084 =
    'Rutte made headlines in June 2025 by hosting the first NATO Summit held in The Netherlands. The summit, held from June 23-25, 2025, brought together world leaders in Rutte’s hometown of The Hague.';

  it('held-out 11 y084: "The summit, held from June 23-25, 2025" (24-25 June) is contradicted; the right days are confirmed', () => {
    expect(eventVerdictsOn(y084, 'June 23-25, 2025', '2025-07-11')).toEqual(['contradicted']);
    expect(eventVerdictsOn(y084.replace('23-25', '24-25'), 'June 24-25, 2025', '2025-07-11')).toEqual(['supported']);
  });

  it('other pages: "took place on June 24–25, 2025", "It was held in The Hague ... on 24–25 June 2025", "which ran from July 9 to 11"', () => {
    // https://newspews.com/article/nato-summit-in-the-hague-2025-unity-tested-and-defense-goals-set
    const pews = 'The 2025 NATO Summit took place on June 24–25, 2025. The venue is the World Forum conference centre in The Hague.';
    expect(eventVerdictsOn(pews, 'June 24–25, 2025', '2025-07-01')).toEqual(['supported']);
    expect(eventVerdictsOn(pews.replace('24–25', '23–25'), 'June 23–25, 2025', '2025-07-01')).toEqual(['contradicted']);
    // https://en.wikipedia.org/wiki/2025_The_Hague_NATO_summit
    const wiki =
      'The 2025 The Hague summit was a meeting of the heads of state and heads of government of the thirty-two members of NATO. It was held in The Hague, Netherlands, on 24–25 June 2025.';
    expect(isRed(verdictsOn(wiki, 'on 24–25 June 2025', '2025-07-01'))).toBe(false);
    expect(eventVerdictsOn(wiki.replace('24–25', '23–25'), 'on 23–25 June 2025', '2025-07-01')).toEqual(['contradicted']);
    // The Washington summit of 9-11 July 2024, with the range's month said once ("from July 9 to 11").
    const washington = "The NATO summit in Washington, which ran from July 9 to 11, 2024, marked the alliance's 75th anniversary.";
    expect(isRed(verdictsOn(washington, 'July 9', '2024-07-20'))).toBe(false);
    expect(eventVerdictsOn(washington.replace('July 9', 'July 8'), 'July 8', '2024-07-20')).toEqual(['contradicted']);
  });

  it('"The 2025 NATO summit in The Hague took place on June 27-28": the year told does not confirm days that miss', () => {
    const s = 'The 2025 NATO summit in The Hague took place on June 27-28.';
    expect(eventVerdictsOn(s, 'June 27-28', '2025-07-15')).toEqual(['contradicted']);
    expect(eventVerdictsOn(s.replace('27-28', '24-25'), 'June 24-25', '2025-07-15')).toEqual(['supported']);
    // A later page: the days' year is the one told of the summit.
    expect(eventVerdictsOn(s, 'June 27-28', '2026-03-01')).toEqual(['contradicted']);
  });

  it('days without a year, within weeks of the page: "the NATO summit held in The Hague on June 27-28" (mutants of held-out 4 n034, held-out 8 u059)', () => {
    // https://unn.ua/en/news/nato-2026-summit-to-be-held-in-ankara-erdogan (held-out 4 n034, 1 July 2025)
    const n034 = 'He recalled his participation in the NATO summit held in The Hague on June 24-25, emphasizing Turkey’s firm position.';
    expect(isRed(verdictsOn(n034, 'June 24-25', '2025-07-01'))).toBe(false);
    expect(eventVerdictsOn(n034.replace('24-25', '27-28'), 'June 27-28', '2025-07-01')).toEqual(['contradicted']);
    // https://techoutstanders.com/editors-choice/nato-hague-summit-2025-defence-spending-5-percent-gdp (held-out 8 u059)
    const u059 = 'At the NATO summit in The Hague on June 24-25, leaders from all 32 member nations agreed to boost spending.';
    expect(isRed(verdictsOn(u059, 'June 24-25', '2025-06-26'))).toBe(false);
    expect(eventVerdictsOn(u059.replace('24-25', '26-27'), 'June 26-27', '2025-07-10')).toEqual(['contradicted']);
    const vilnius = 'The summit, held in Vilnius on July 11-12, ended with a communique on NATO.';
    expect(isRed(verdictsOn(vilnius, 'July 11-12', '2023-07-20'))).toBe(false);
    expect(eventVerdictsOn(vilnius.replace('11-12', '10-12'), 'July 10-12', '2023-07-20')).toEqual(['contradicted']);
  });

  it('not: a range that opens the evening before, told before the summit; a day of a speaker; a day of another event before the summit word', () => {
    expect(
      isRed(verdictsOn('NATO leaders will meet in The Hague on June 23-25 for the alliance summit.', 'June 23-25', '2025-06-10')),
    ).toBe(false);
    const said = 'Rutte said on June 27, 2025 that the 2025 NATO summit in The Hague was a success.';
    expect(isRed(verdictsOn(said, 'June 27, 2025', '2025-07-15'))).toBe(false);
    expect(isRed(verdictsOn(said, '2025 NATO summit', '2025-07-15'))).toBe(false);
    // Ukrinform (errors e009, 14 May 2025): the day of a forum, then what was said of the summit.
    const forum =
      "As Ukrinform reported earlier, on May 9, at the 17th annual Kyiv Security Forum, Head of the NATO Representation to Ukraine Patrick Turner said that NATO's priorities will be discussed at the summit in The Hague next month.";
    expect(isRed(verdictsOn(forum, 'May 9', '2025-05-14'))).toBe(false);
  });
});

describe("the war's start in more words: 'the invasion of the country began', 'the war in Ukraine began', a month without its year, 'last year'", () => {
  // https://www.breakinglatest.news/world/joe-bidens-visit-to-kiev/ (held-out 11 y031)
  it('held-out 11 y031: "the Russian invasion of the country began on February 24 last year" (February 2023)', () => {
    const y031 =
      'US President Joe Biden made a surprise visit to Kiev, the capital of Ukraine, on Monday morning. It was Biden’s first visit to Ukraine since the Russian invasion of the country began on February 24 last year.';
    expect(eventVerdictsOn(y031, 'February 24 last year', '2023-02-20')).toEqual(['supported']);
    expect(eventVerdictsOn(y031.replace('24 last', '26 last'), 'February 26 last year', '2023-02-20')).toEqual(['contradicted']);
  });

  // https://aamawaam.com/trump-putin-alaska-ukraine-peace-talks (held-out 11 y066)
  it('held-out 11 y066: "The war in Ukraine began in February 2022"; another year or another month of 2022 is contradicted', () => {
    const y066 = 'The war in Ukraine began in February 2022 and has resisted multiple international mediation attempts.';
    expect(eventVerdictsOn(y066, 'February 2022', '2025-08-09')).toEqual(['supported']);
    expect(eventVerdictsOn(y066.replace('February 2022', 'February 2023'), 'February 2023', '2025-08-09')).toEqual(['contradicted']);
    expect(eventVerdictsOn(y066.replace('February 2022', 'March 2022'), 'March 2022', '2025-08-09')).toEqual(['contradicted']);
  });

  it('held-out 11 y029 and y092: a month without its year, read as the last February before the page', () => {
    // https://pragativadi.com/zelensky-to-meet-joe-biden-address-congress-in-washington-in-a-first-trip-abroad-since-ukraine-war/ (held-out 11 y029)
    const y029 =
      'Ukraine’s President Volodymyr Zelensky was expected to visit Washington on Wednesday — his first trip abroad since Russia invaded in February.';
    expect(eventVerdictsOn(y029, 'Russia invaded in February', '2022-12-21')).toEqual(['supported']);
    // https://newshour.media/?p=166980 (held-out 11 y092, 8 November 2022)
    const y092 =
      'According to Sunak’s office, the focus of the talks on Wednesday will be on UK support for Ukraine following Russia’s invasion in February as well as the alliance’s future.';
    expect(eventVerdictsOn(y092, 'Russia’s invasion in February', '2022-11-08')).toEqual(['supported']);
  });

  it('other pages: "The Russian invasion of Ukraine began on February 24, 2022", "The war, which started in the early hours of Feb. 24, 2022"', () => {
    // https://todlock.com/2022/02/
    const todlock = 'The Russian invasion of Ukraine began on February 24, 2022, when Russia launched a large-scale attack on Ukraine.';
    expect(eventVerdictsOn(todlock, 'February 24, 2022', '2023-03-01')).toEqual(['supported']);
    expect(eventVerdictsOn(todlock.replace('24, 2022', '27, 2022'), 'February 27, 2022', '2023-03-01')).toEqual(['contradicted']);
    expect(eventVerdictsOn(todlock.replace('24, 2022', '24, 2023'), 'February 24, 2023', '2023-03-01')).toEqual(['contradicted']);
    // https://thenewshive.com/world/russia-ukraine-war-anniversary-defiant-ukraine-marks-year-of-war-as-putin-prepares-to-seize-more-territory/ (AP)
    const ap =
      'KYIV, Ukraine — Ukraine on Friday marks one year since Russia launched its punishing invasion. The war, which started in the early hours of Feb. 24, 2022, violently ended decades of relative stability in Europe.';
    expect(eventVerdictsOn(ap, 'Feb. 24, 2022', '2023-02-24')).toEqual(['supported']);
  });

  it('not: the war counted from 2014, another war of Russia, another war named beside it, the invasion told during a year', () => {
    expect(isRed(verdictsOn('The war in Ukraine began in February 2014, when Russia seized Crimea.', 'February 2014', '2024-03-01'))).toBe(
      false,
    );
    expect(isRed(verdictsOn("Russia's war that began in 2008 in Georgia was short.", '2008', '2024-03-01'))).toBe(false);
    expect(
      isRed(verdictsOn("The war in Gaza began in October 2023, while Russia's war in Ukraine went on.", 'October 2023', '2024-03-01')),
    ).toBe(false);
    expect(isRed(verdictsOn("Russia's invasion in 2023 stalled near Bakhmut.", '2023', '2024-03-01'))).toBe(false);
  });
});

describe("the Istanbul rounds of 2025: the second round's record verified, the third added", () => {
  // https://printhouse.cloud/russia-ukraine-peace-talks-end-after-less-than-2-hours-with-deal-to-swap-pows (held-out 11 y086, 3 June 2025)
  it('held-out 11 y086: "Russia and Ukraine’s latest peace talks in Istanbul lasted less than two hours" (the round of 2 June) is confirmed', () => {
    const y086 =
      'So when I saw the headline that Russia and Ukraine’s latest peace talks in Istanbul lasted less than two hours, my first thought was: Well, that’s not how this is supposed to work.';
    expect(eventVerdictsOn(y086, 'talks in Istanbul', '2025-06-03')).toEqual(['supported']);
  });

  it('other pages: "The third round of talks between Ukraine and Russia took place in Istanbul on July 23" and its day changed', () => {
    // https://news.online.ua/en/the-third-round-of-talks-between-ukraine-and-russia-ended-in-istanbul-details-895483/
    const online =
      'The third round of talks between Ukraine and Russia took place in Istanbul on July 23. As in previous meetings, the Ukrainian delegation is led by Rustem Umerov.';
    expect(eventVerdictsOn(online, 'July 23', '2025-07-23')).toEqual(['supported']);
    // https://www.wionews.com/world/russia-ukraine-talks-second-round-of-peace-negotiations-conclude-in-istanbul-after-an-hour-1748869852279
    const wion =
      'The second round of talks between the Ukrainian and Russian delegations on Monday (Jun 2) has concluded in Istanbul, according to Russian state media.';
    expect(isRed(verdictsOn(wion, 'Jun 2', '2025-06-02'))).toBe(false);
  });
});

describe('ministers "of NATO member-states", and a summit "set for early December in London"', () => {
  // Held-out 11 y006 (20 November 2019)
  const y006 =
    "Foreign ministers of NATO member-states convened in Brussels on Wednesday to discuss strategic matters, including the alliance's relations with Russia. This is the last meeting at the ministerial level before a summit set for early December in London.";

  it('held-out 11 y006: both confirmed; the summit put in another month or city is not confirmed', () => {
    expect(eventVerdictsOn(y006, 'Foreign ministers of NATO member-states convened in Brussels on Wednesday', '2019-11-20')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn(y006, 'a summit set for early December in London', '2019-11-20')).toEqual(['supported']);
    expect(eventVerdictsOn(y006.replace('early December', 'early June'), 'a summit set for early June in London', '2019-11-20')).toEqual(
      [],
    );
    expect(eventVerdictsOn(y006.replace('in London', 'in Madrid'), 'a summit set for early December in Madrid', '2019-11-20')).toEqual([]);
  });

  it('other pages: "the Foreign Ministers of NATO member states will meet in Brussels"; "the leaders’ meeting scheduled for December 4-5 in London" (3-4 December)', () => {
    // https://rks.news/?p=87636 (November 2025)
    const rks =
      'On December 3, 2025, the Foreign Ministers of NATO member states will meet in Brussels to review progress made since the Hague Summit in June.';
    expect(eventVerdictsOn(rks, 'December 3, 2025, the Foreign Ministers', '2025-11-28')).toEqual(['supported']);
    // https://www.reactioninfo.com/politics/nato-ministerial-will-be-held-in-brussels-today/ (20 November 2019): a real slip
    const reaction =
      'NATO foreign ministers will meet in Brussels today. The main topic of the ministerial meeting is preparation for the leaders’ meeting scheduled for December 4-5 in London.';
    expect(eventVerdictsOn(reaction, 'NATO foreign ministers will meet in Brussels today', '2019-11-20')).toEqual(['supported']);
    expect(eventVerdictsOn(reaction, 'December 4-5', '2019-11-20')).toEqual(['contradicted']);
  });
});

describe('"the first time the country has hosted the ... gathering": a first host told after "first time"', () => {
  // https://gangatime.in/nato-summit-in-hague/ (held-out 11 y094, 26 June 2025)
  const y094 =
    'In a landmark moment for international diplomacy, the 2025 NATO Summit wrapped up in The Hague, Netherlands, on June 25, marking the first time the country has hosted the high-stakes military alliance gathering.';

  it('held-out 11 y094 is confirmed (the first NATO summit on record in the Netherlands)', () => {
    expect(
      eventVerdictsOn(y094, 'marking the first time the country has hosted the high-stakes military alliance gathering', '2025-06-26'),
    ).toEqual(['supported']);
  });

  it('the same words of a country that hosted before are contradicted: Spain (Madrid 1997), the United States (Chicago 2012)', () => {
    const madrid =
      "The NATO summit opens in Madrid, Spain, on Tuesday, marking the first time the country has hosted the alliance's summit.";
    expect(eventVerdictsOn(madrid, "first time the country has hosted the alliance's summit", '2022-06-26')).toEqual(['contradicted']);
    const usa = 'It is the first time the United States has hosted a NATO summit.';
    expect(eventVerdictsOn(usa, 'first time the United States has hosted a NATO summit', '2024-07-08')).toEqual(['contradicted']);
    const vilnius = 'It is the first time Lithuania has hosted a NATO summit, the Baltic nation said.';
    expect(eventVerdictsOn(vilnius, 'first time Lithuania has hosted a NATO summit', '2023-07-10')).toEqual(['supported']);
  });

  it('not: another club, a first of a period, a gathering of no club named', () => {
    expect(isRed(verdictsOn('It is the first time Spain has hosted an EU summit since 2010.', 'first time', '2023-10-05'))).toBe(false);
    expect(
      isRed(
        verdictsOn('NATO leaders met in Madrid, the first time the country has hosted the summit in 25 years.', 'first time', '2022-06-30'),
      ),
    ).toBe(false);
  });
});

describe('"the first U.S.–Russia summit since 2021": the last summit of the two countries before the page’s', () => {
  // https://aamawaam.com/trump-putin-alaska-ukraine-peace-talks (held-out 11 y066, 9 August 2025)
  const y066 =
    'Background - This will be the first U.S.–Russia summit since 2021. - It marks Putin’s first trip to the United States in a decade.';

  it('held-out 11 y066 is confirmed (Geneva, June 2021); an earlier year, with Geneva between, is contradicted', () => {
    expect(eventVerdictsOn(y066, 'first U.S.–Russia summit since 2021', '2025-08-09')).toEqual(['supported']);
    expect(eventVerdictsOn(y066.replace('2021', '2018'), 'first U.S.–Russia summit since 2018', '2025-08-09')).toEqual(['contradicted']);
  });

  it('other pages: "setting the tone for the first U.S.-Russia summit since 2021" (IJR, 15 August 2025)', () => {
    // https://ijr.com/?p=1621339
    const ijr =
      'President Donald Trump welcomed Russian President Vladimir Putin to Alaska on Friday with a firm handshake, setting the tone for the first U.S.-Russia summit since 2021.';
    expect(eventVerdictsOn(ijr, 'first U.S.-Russia summit since 2021', '2025-08-15')).toEqual(['supported']);
    expect(eventVerdictsOn(ijr.replace('since 2021', 'since 2016'), 'first U.S.-Russia summit since 2016', '2025-08-15')).toEqual([
      'contradicted',
    ]);
  });

  it('not: a year after the last summit on record (one may be missing), two countries of one side', () => {
    expect(isRed(verdictsOn(y066.replace('2021', '2022'), 'since 2022', '2025-08-09'))).toBe(false);
    expect(isRed(verdictsOn('It was the first US-American summit since 2019.', 'since 2019', '2025-08-09'))).toBe(false);
  });
});

describe('a NATO summit told by its day written out, at a place that held none then (mutants of real sentences)', () => {
  it('"the next Summit of #NATO leaders will take place on 14 June 2021 in Madrid" (Brussels) is contradicted', () => {
    // https://europediplomatic.com/2021/04/25/nato-summit-in-june/ (expected.jsonl r092)
    const r092 = 'The next Summit of #NATO leaders will take place on 14 June 2021 in Brussels.';
    expect(isRed(verdictsOn(r092, 'in Brussels', '2021-04-25'))).toBe(false);
    expect(eventVerdictsOn(r092.replace('Brussels', 'Madrid'), 'in Madrid', '2021-04-25')).toEqual(['contradicted']);
    // https://midtowntribune.com/2024/07/10/the-2024-nato-summit-in-washington-white-house-fact-sheet/ (held-out 4 n023)
    const n023 = 'The 2024 NATO Summit, July 9-11, 2024, in Washington, D.C., marked the historic 75th Anniversary of the Alliance.';
    expect(isRed(verdictsOn(n023, 'in Washington', '2024-07-10'))).toBe(false);
    // A place after commas is not weighed against the day: nothing is flagged, and the place is not confirmed either.
    expect(isRed(verdictsOn(n023.replace('Washington', 'Vilnius'), 'in Vilnius', '2024-07-10'))).toBe(false);
  });

  it('not: a place of others on the summit’s day, after a comma; the place of a meeting at the summit', () => {
    const protest = 'On June 29, 2022, during the NATO summit, protesters in Berlin marched against the war.';
    expect(isRed(verdictsOn(protest, 'in Berlin', '2022-06-30'))).toBe(false);
    const met = 'At the NATO summit on June 29, 2022, Erdogan met Biden in Madrid.';
    expect(isRed(verdictsOn(met, 'in Madrid', '2022-06-30'))).toBe(false);
  });
});

describe('"the YEAR CITY Summit" with NATO told after it, and at cities of several NATO summits', () => {
  it('expected r082: "the 2022 Madrid Summit, where NATO adopted its new Strategic Concept"; another city that year is contradicted', () => {
    // https://defence-industry.eu/u-s-air-force-general-alexus-g-grynkewich-assumes-role-as-natos-supreme-allied-commander-europe
    const r082 =
      'He influenced key moments in NATO history including the Alliance’s renewed focus on collective defence following the 2022 Madrid Summit, where NATO adopted its new Strategic Concept in response to Russia’s war in Ukraine.';
    expect(isRed(verdictsOn(r082, '2022 Madrid Summit', '2025-07-04'))).toBe(false);
    expect(eventVerdictsOn(r082.replace('2022 Madrid', '2022 Vilnius'), '2022 Vilnius Summit', '2025-07-04')).toEqual(['contradicted']);
  });

  it('expected r086: "At the 2008 Bucharest Summit, the Allies agreed ..."; "the 2008 Vilnius Summit" is contradicted', () => {
    // https://www.nato.int/cps/ru/natohq/topics_49212.htm?selectedLocale=en
    const r086 = 'At the 2008 Bucharest Summit, the Allies agreed that Georgia and Ukraine will become members of NATO in future.';
    expect(isRed(verdictsOn(r086, '2008 Bucharest Summit', '2024-03-08'))).toBe(false);
    expect(eventVerdictsOn(r086.replace('Bucharest', 'Vilnius'), '2008 Vilnius Summit', '2024-03-08')).toEqual(['contradicted']);
  });

  it('expected fig05: "NATO\'s 2018 Brussels Summit takes place on Wednesday and Thursday"; Madrid, a city of two NATO summits, is contradicted', () => {
    // https://news.err.ee/845636/stoltenberg-eight-nato-countries-to-hit-2-defence-pledge-by-end-of-year
    const fig05 = "NATO's 2018 Brussels Summit takes place on Wednesday and Thursday.";
    expect(eventVerdictsOn(fig05, '2018 Brussels Summit', '2018-07-10')).toEqual(['supported']);
    expect(eventVerdictsOn(fig05.replace('Brussels', 'Madrid'), '2018 Madrid Summit', '2018-07-10')).toEqual(['contradicted']);
  });

  it("not: another club's summit in a NATO city (no NATO named), the Eastern Partnership's Vilnius summit of 2013", () => {
    expect(isRed(verdictsOn('At the 2019 Madrid summit, delegates discussed climate finance.', '2019 Madrid summit', '2020-01-10'))).toBe(
      false,
    );
    expect(
      isRed(
        verdictsOn('At the 2013 Vilnius summit, Yanukovych refused to sign; the alliance watched.', '2013 Vilnius summit', '2013-12-01'),
      ),
    ).toBe(false);
  });
});

describe('a weekday before its date in brackets, NATO’s own style: "on Wednesday (12 July 2023)"', () => {
  it('real sentences are not flagged; the weekday changed is contradicted', () => {
    // https://thedefencenews.com/secretary-general-concludes-historic-nato-summit-in-vilnius/ (expected r034)
    const r034 =
      'Wrapping up the Summit in Vilnius on Wednesday (12 July 2023), Secretary General Jens Stoltenberg welcomed that NATO leaders took major decisions.';
    expect(isRed(verdictsOn(r034, 'Wednesday (12 July 2023)', '2023-07-12'))).toBe(false);
    expect(verdictsOn(r034.replace('Wednesday', 'Friday'), 'Friday (12 July 2023)', '2023-07-12')).toEqual(['contradicted']);
    // https://www.nato.int/cps/en/natohq/news_165252.htm (held-out 2 k001)
    const k001 =
      'NATO Foreign Ministers gathered in Washington D.C.’s Mellon Auditorium on Wednesday (3 April 2019), to celebrate 70 years of the transatlantic Alliance.';
    expect(isRed(verdictsOn(k001, 'Wednesday (3 April 2019)', '2019-04-04'))).toBe(false);
    expect(verdictsOn(k001.replace('Wednesday', 'Friday'), 'Friday (3 April 2019)', '2019-04-04')).toEqual(['contradicted']);
    // https://securengin.fifthestate.nz/category/nato/page/4 (held-out 4 n030)
    const n030 = 'On Wednesday (25 June 2025), NATO concluded a historic Summit in The Hague.';
    expect(isRed(verdictsOn(n030, 'Wednesday (25 June 2025)', '2025-06-26'))).toBe(false);
    expect(verdictsOn(n030.replace('Wednesday', 'Friday'), 'Friday (25 June 2025)', '2025-06-26')).toEqual(['contradicted']);
  });

  it('not: a bracket that holds no date right after the weekday', () => {
    expect(isRed(verdictsOn('NATO leaders met in Vilnius on Tuesday (local time), 11 July 2023.', 'Tuesday', '2023-07-12'))).toBe(false);
  });
});

describe('"his first NATO summit since beginning his second term": the summit counted among those since the leader took office', () => {
  // https://thehalifaxtimes.com/trump-attends-nato-summit-as-allies-agree-to-boost-defense-spending (held-out 11 y095)
  const y095 =
    'President Donald Trump is scheduled to arrive in the Netherlands on Tuesday for the NATO summit. This will be his first NATO summit since beginning his second term as president.';
  // https://defensivelines.com/trump-leaves-his-mark-on-nato-summit-a-more-harmonious-more-rewarding-return
  const lines = 'U.S. President Donald Trump concluded his first NATO summit of his second term with many of the gains he had long sought.';

  it('held-out 11 y095 and another page are confirmed; "second" is contradicted', () => {
    expect(verdictsOn(y095, 'his first NATO summit since beginning his second term', '2025-06-24')).toContain('supported');
    expect(isRed(verdictsOn(y095, 'his first NATO summit', '2025-06-24'))).toBe(false);
    expect(verdictsOn(y095.replace('his first', 'his second'), 'his second NATO summit', '2025-06-24')).toContain('contradicted');
    expect(isRed(verdictsOn(lines, 'his first NATO summit of his second term', '2025-06-26'))).toBe(false);
    expect(verdictsOn(lines.replace('his first', 'his third'), 'his third NATO summit of his second term', '2025-06-26')).toContain(
      'contradicted',
    );
  });

  it('not: a count that fits with some of the extraordinary summits counted (Biden at Madrid, 2022: second or third or fourth)', () => {
    for (const n of ['second', 'third', 'fourth'])
      expect(
        isRed(
          verdictsOn(`Joe Biden arrives in Madrid for his ${n} NATO summit since taking office.`, `his ${n} NATO summit`, '2022-06-28'),
        ),
      ).toBe(false);
  });
});

describe('"the two-day summit": the length of the NATO summit of the page’s days', () => {
  it('held-out 11 y007 and another page are confirmed; another length is not', () => {
    // https://n1info.hr/english/news/a465377-leaders-of-nato-countries-reaffirm-bond-on-allianceand39s-70th-anniversary/ (held-out 11 y007)
    const y007 =
      "NATO's member-states, who gathered in London for the 70th anniversary of the alliance, on Wednesday adopted a declaration. The text of the London declaration, adopted at the end of the two-day summit meeting, reads that the leaders reaffirm the bond.";
    expect(eventVerdictsOn(y007, 'two-day summit', '2019-12-04')).toEqual(['supported']);
    // Longer than every day on record (the reception in London on 3 December, Watford on the 4th): contradicted since
    // round 15 (summit-series.ts; held-out 13 d204). A length shorter than the record's is still never flagged.
    expect(eventVerdictsOn(y007.replace('two-day', 'three-day'), 'three-day', '2019-12-04')).toEqual(['contradicted']);
    expect(eventVerdictsOn(y007.replace('two-day', 'one-day'), 'one-day summit', '2019-12-04')).toEqual([]);
    // https://diplomaticwatch.com/the-key-summit-of-nato-begins-in-vilnius/ (10 July 2023)
    const watch = 'The two-day summit of the North Atlantic Treaty Organization begins on Tuesday, July 11, in Vilnius, Lithuania.';
    expect(verdictsOn(watch, 'two-day summit', '2023-07-10')).toContain('supported');
  });
});

describe('"the June NATO Summit" told ahead, with a June summit on each side of the page', () => {
  // https://www.nato.int/cps/us/natohq/news_192580.htm?selectedLocale=en (held-out 11 y022)
  it('held-out 11 y022 (March 2022) is the Madrid summit of June 2022; past words leave two Junes and nothing is said', () => {
    const y022 =
      'Secretary General Stoltenberg and Prime Minister Jakobsdóttir also discussed the road to the June NATO Summit, where NATO leaders will endorse the new Strategic Concept.';
    expect(eventVerdictsOn(y022, 'the June NATO Summit', '2022-03-02')).toEqual(['supported']);
    expect(eventVerdictsOn('Leaders agreed at the June NATO Summit to do more.', 'the June NATO Summit', '2022-03-02')).toEqual([]);
    expect(
      isRed(verdictsOn('They discussed the road to the July NATO Summit, where leaders will meet.', 'July NATO Summit', '2022-03-02')),
    ).toBe(false);
  });
});

describe("Trump's calls with Putin and Zelenskyy of 12 February 2025 (held-out 11 y055), on record", () => {
  it('"a phone call with ... on Wednesday" is confirmed for each; the call put on another written-out day is not confirmed', () => {
    // https://jang.com.pk/en/31562-donald-trump-announces-to-begin-talk-to-end-war-after-putin-call-news (13 February 2025)
    const jang =
      'According to CNN, Donald Trump held a lengthy and highly productive telephone call with Vladimir Putin on Wednesday morning, February 12, 2025.';
    expect(eventVerdictsOn(jang, 'February 12, 2025', '2025-02-13')).toEqual(['supported']);
    const zelenskyy = 'Donald Trump held a phone call with Volodymyr Zelenskyy on Wednesday, February 12.';
    expect(eventVerdictsOn(zelenskyy, 'February 12', '2025-02-13')).toEqual(['supported']);
    expect(eventVerdictsOn(zelenskyy.replace('Wednesday, February 12', 'March 30'), 'March 30', '2025-04-02')).not.toContain('supported');
  });
});

describe('the US–Ukraine talks in Jeddah of 11 March 2025, on record (held-out 11 y058)', () => {
  it('confirmed by place and day; another city or another day, with two of its participants named, is contradicted', () => {
    // https://geo.tv/latest/594959-us-ukraine-reach-ceasefire-deal-await-russias-response: "Following a critical negotiations in Jeddah"
    const s = 'Marco Rubio and Andriy Yermak held talks in Jeddah on March 11.';
    expect(eventVerdictsOn(s, 'talks in Jeddah on March 11', '2025-03-15')).toEqual(['supported']);
    expect(eventVerdictsOn(s.replace('Jeddah', 'Riyadh'), 'in Riyadh', '2025-03-15')).toEqual(['contradicted']);
    expect(eventVerdictsOn(s.replace('March 11', 'March 13'), 'on March 13', '2025-03-15')).toEqual(['contradicted']);
  });
});
