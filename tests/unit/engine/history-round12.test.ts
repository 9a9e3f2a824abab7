// Summits, meetings and the war told in real articles (held-out 10, read in the twelfth round). Each
// family is tested on the article's sentence, on sentences of the same kind from other pages (URLs in
// comments), with the fact changed (flagged where the claim is identified beyond doubt), and on true
// sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe('a NATO summit told by its place with days of another month or other days', () => {
  // https://www.ainvest.com/news/german-government-spokesperson-nato-summit-planned-months-reason-doubt-trump-attendance-2506 (23 June 2025)
  it('held-out 10 w063: "The upcoming NATO summit in The Hague, scheduled for June 22-23, 2025" (24-25 June)', () => {
    const w063 =
      'The upcoming NATO summit in The Hague, scheduled for June 22-23, 2025, has seen a shift in focus due to recent U.S. strikes.';
    expect(eventVerdictsOn(w063, 'June 22-23, 2025', '2025-06-23')).toEqual(['contradicted']);
    expect(eventVerdictsOn(w063.replace('22-23', '24-25'), 'June 24-25, 2025', '2025-06-23')).toEqual(['supported']);
  });

  // https://docslib.org/doc/6619039/euro-atlantica-usa-nato-partners-gianluca-pastori (15 February 2019)
  it('held-out 10 w001: "The summit of the Heads of State and Government held in Brussels on June 11-12, 2018" (11-12 July), on a page about NATO', () => {
    const w001 =
      'The Atlantic Alliance approaches the seventieth anniversary of the Treaty of Washington coming from a troublesome period. The summit of the Heads of State and Government held in Brussels on June 11-12, 2018, seems not having been able to dissipate the doubts.';
    expect(eventVerdictsOn(w001, 'June 11-12, 2018', '2019-02-15')).toEqual(['contradicted']);
    expect(eventVerdictsOn(w001.replace('June 11-12', 'July 11-12'), 'July 11-12, 2018', '2019-02-15')).toEqual(['supported']);
    // The EU's leaders meet as heads of state and government in Brussels too: a page on the EU is no NATO summit.
    const eu =
      'The European Union approaches a troublesome period. The summit of the Heads of State and Government held in Brussels on June 28-29, 2018, dealt with migration.';
    expect(isRed(verdictsOn(eu, 'June 28-29, 2018', '2018-07-15'))).toBe(false);
  });

  it('other pages and phrasings: "met on 11-12 July 2018 in Brussels for a Summit", "will take place in The Hague on June 24-25", "next summit in Vilnius on July 11-12"', () => {
    // https://www.europeansources.info/record/nato-summit-11-12-july-2018/
    const sources =
      'NATO heads of state or government met on 11-12 July 2018 in Brussels for a Summit which analysts expected to produce tension.';
    expect(isRed(verdictsOn(sources, '11-12 July 2018', '2018-07-20'))).toBe(false);
    // https://en.interfax.com.ua/news/general/1080638.html (17 June 2025)
    const interfax =
      'The North Atlantic Alliance has announced the programme for the NATO summit, which will take place in The Hague (Netherlands) on June 24-25.';
    expect(isRed(verdictsOn(interfax, 'June 24-25', '2025-06-17'))).toBe(false);
    const interfaxWrong = 'The NATO summit will take place in The Hague on July 24-25, 2025, the alliance said.';
    expect(eventVerdictsOn(interfaxWrong, 'July 24-25, 2025', '2025-06-17')).toEqual(['contradicted']);
    // https://www.devdiscourse.com/article/law-order/2244090-nato-leaders-to-meet-for-next-summit-in-vilnius-on-july-11-12 (Reuters, 9 November 2022)
    const reuters =
      'NATO leaders will gather for their next summit in Vilnius on July 11-12, 2023, the military alliance said on Wednesday.';
    expect(eventVerdictsOn(reuters, 'July 11-12, 2023', '2022-11-09')).toEqual(['supported']);
    expect(eventVerdictsOn(reuters.replace('July', 'June'), 'June 11-12, 2023', '2023-02-15')).toEqual(['contradicted']);
  });

  // https://www.delfi.lt/en/politics/lithuania-to-seek-nato-deal-on-at-least-2-pct-defense-budget-at-vilnius-summit-92191225 (15 February 2023)
  it('held-out 10 w027: "NATO\'s next summit in the Lithuanian capital on July 11-12" (February 2023) is the summit ahead; a month off is flagged', () => {
    const w027 =
      "Stoltenberg said he aimed to reach an agreement no later than NATO's next summit in the Lithuanian capital on July 11-12.";
    expect(eventVerdictsOn(w027, 'July 11-12', '2023-02-15')).toEqual(['supported']);
    expect(eventVerdictsOn(w027.replace('July', 'June'), 'June 11-12', '2023-02-15')).toEqual(['contradicted']);
  });

  it("not the days announced a year ahead, a day of arrival, a day around the summit, nor a ministers' meeting", () => {
    // https://www.registrationkraft.com/nato-summit-2025/ (2024: NATO first gave 24-26 June)
    const announced = 'The Nato Summit 2025 will take place in The Hague, Netherlands, from 24 to 26 June 2025.';
    expect(isRed(verdictsOn(announced, '24 to 26 June 2025', '2024-06-01'))).toBe(false);
    const early = 'The 2025 NATO summit will be held in The Hague on 23 June 2025, officials said.';
    expect(isRed(verdictsOn(early, '23 June 2025', '2024-06-01'))).toBe(false);
    const arrival = 'The NATO summit in The Hague opened with a dinner on June 24, 2025, after leaders arrived on June 23, 2025.';
    expect(isRed(verdictsOn(arrival, 'June 23, 2025', '2025-06-26'))).toBe(false);
    const protest = 'Thousands joined a protest against the NATO summit in The Hague on June 22, 2025.';
    expect(isRed(verdictsOn(protest, 'June 22, 2025', '2025-06-26'))).toBe(false);
    // held-out 10 w018: NATO's defence ministers, not its leaders.
    const ministers = "NATO's in-person defense ministers summit on October 21-22, 2021 in Brussels will discuss deterrence.";
    expect(isRed(verdictsOn(ministers, 'October 21-22, 2021', '2021-10-15'))).toBe(false);
  });
});

describe('a third leader said to have taken part in a two-leader summit', () => {
  // Held-out 10 w067 (https://asb-media.info/en/a-successful-summit-will-lead-to-a-three-way-gathering-2, 20 August 2025). Vedomosti, 16 August 2025 (https://www.vedomosti.ru/politics/news/2025/08/16/1132158-mid-vengrii-prizval):
  // "Ukraine's President Volodymyr Zelensky was not present at the summit."
  const w067 = 'In addition, a summit involving the leaders of the USA, Ukraine, and Russia took place in Alaska on August 15, 2025.';

  it("the article's country is contradicted; the two leaders' countries are confirmed", () => {
    expect(eventVerdictsOn(w067, 'Ukraine', '2025-10-01')).toEqual(['contradicted']);
    expect(eventVerdictsOn(w067.replace('USA, Ukraine, and Russia', 'USA and Russia'), 'Alaska', '2025-10-01')).toEqual(['supported']);
  });

  it('other phrasings: a list of names before "met", "a trilateral summit of ..."', () => {
    const names = 'Donald Trump, Vladimir Putin and Volodymyr Zelensky met in Alaska on August 15, 2025.';
    expect(eventVerdictsOn(names, 'Volodymyr Zelensky', '2025-10-01')).toEqual(['contradicted']);
    const trilateral =
      'A trilateral summit of Donald Trump, Vladimir Putin and Volodymyr Zelensky took place in Alaska on August 15, 2025.';
    expect(eventVerdictsOn(trilateral, 'Volodymyr Zelensky', '2025-10-01')).toEqual(['contradicted']);
    const geneva = 'Joe Biden, Vladimir Putin and Emmanuel Macron met in Geneva on June 16, 2021.';
    expect(eventVerdictsOn(geneva, 'Emmanuel Macron', '2021-07-01')).toEqual(['contradicted']);
  });

  it("a leader a meeting's record does not list, in a record not known to be complete, is never confirmed nor flagged", () => {
    // The Oval Office meeting of 28 February 2025 (Trump, Vance, Zelenskyy): Macron was not there, but a meeting's record
    // may leave out who else came, so the sentence is only left unconfirmed.
    const oval = 'Donald Trump, Volodymyr Zelenskyy and Emmanuel Macron met in the Oval Office on February 28, 2025.';
    expect(eventVerdictsOn(oval, 'Oval Office', '2025-03-10')).not.toContain('supported');
    expect(isRed(verdictsOn(oval, 'Emmanuel Macron', '2025-03-10'))).toBe(false);
    // European leaders came to the White House with Zelenskyy on 18 August 2025, and the record lists them: confirmed.
    const whiteHouse = 'Donald Trump, Volodymyr Zelenskyy and Emmanuel Macron met in the White House on August 18, 2025.';
    expect(eventVerdictsOn(whiteHouse, 'White House', '2025-09-01')).toEqual(['supported']);
  });

  it("not the host country's leader, nor a summit whose record lists no two leaders, nor one without its day and place", () => {
    const host = 'Donald Trump, Vladimir Putin and Sauli Niinistö met in Helsinki on July 16, 2018.';
    expect(isRed(verdictsOn(host, 'Sauli Niinistö', '2018-08-01'))).toBe(false);
    // https://qazinform.com/news/presidents-vladimir-putin-and-donald-trump-meet-in-anchorage-b27dd6 (16 August 2025), with a third country added and no place.
    const noPlace = 'On August 15, 2025, the presidents of the United States, Ukraine and Russia met for the first time in several years.';
    expect(isRed(verdictsOn(noPlace, 'Ukraine', '2025-08-16'))).toBe(false);
    const two = 'Donald Trump and Vladimir Putin met in Alaska on August 15, 2025.';
    expect(isRed(verdictsOn(two, 'Alaska', '2025-10-01'))).toBe(false);
  });
});

describe('a meeting told by how it went: "the tense exchange", "a shouting match", "the showdown"', () => {
  // Held-out 10 w057 (https://littleafricanews.com/president-trump-and-president-zelensky-clash-in-heated-white-house-meeting, 1 March 2025).
  const w057 =
    'President Donald Trump and Vice President JD Vance clashed with Ukrainian President Volodymyr Zelensky over the ongoing war with Russia in a recent meeting. The tense exchange unfolded in the Oval Office on Friday, February 28th.';

  it("the article's day and place are confirmed", () => {
    expect(eventVerdictsOn(w057, 'Oval Office on Friday, February 28th', '2025-03-01')).toEqual(['supported']);
  });

  it('other pages: CNN\'s "shouting match broke out in the Oval Office on Friday"; the day changed is flagged where the two are named', () => {
    // https://krdo.com/politics/cnn-us-politics/2025/02/28/trump-vance-castigate-zelensky-in-tense-oval-office-meeting-2/ (CNN, 28 February 2025)
    const cnn =
      'A remarkable shouting match broke out in the Oval Office on Friday between President Donald Trump and his Ukrainian counterpart Volodymyr Zelensky.';
    expect(eventVerdictsOn(cnn, 'Oval Office on Friday', '2025-02-28')).toEqual(['supported']);
    expect(eventVerdictsOn(cnn.replace('on Friday', 'on February 27, 2025'), 'February 27, 2025', '2025-03-01')).toEqual(['contradicted']);
  });

  it('not an exchange of prisoners, nor the exchange with no place or day', () => {
    const prisoners = 'Donald Trump and Volodymyr Zelensky discussed a prisoner exchange in the Oval Office on February 27, 2025.';
    expect(isRed(verdictsOn(prisoners, 'February 27, 2025', '2025-03-01'))).toBe(false);
    expect(eventVerdictsOn('The tense exchange was broadcast live.', 'tense exchange', '2025-03-01')).toEqual([]);
  });
});

describe('a place before "where" is where the clause after it happened', () => {
  // Held-out 10 w077 (https://reportwire.in/?p=536340, 22 January 2026): the two leaders by surname alone.
  const w077 =
    'Fresh from Davos WEF, where Trump conferred with Zelenskyy, the U.S. leader projected confidence in peace prospects during his flight back.';

  it('the meeting just held there is confirmed', () => {
    expect(eventVerdictsOn(w077, 'Davos WEF', '2026-01-22')).toEqual(['supported']);
  });

  it('not another pair, nor long after (surnames alone tell of the meeting only in its days)', () => {
    expect(eventVerdictsOn(w077.replace('Zelenskyy', 'Putin'), 'Davos WEF', '2026-01-22')).toEqual([]);
    expect(eventVerdictsOn(w077, 'Davos WEF', '2026-03-01')).toEqual([]);
    expect(isRed(verdictsOn('Back from Kyiv, where Trump never went, Rubio spoke of peace.', 'Kyiv', '2026-01-22'))).toBe(false);
  });
});

describe("the war's start told as 'the start of the Ukraine war on February 24', and the day or year changed", () => {
  // https://then24.com/2022/04/25/meeting-on-the-ukraine-war-at-ramstein-air-force-base-20-countries-have-already-agreed/
  it('held-out 10 w021 (April 2022): the start named by the war of Ukraine is confirmed', () => {
    const w021 =
      'But since the start of the Ukraine war on February 24, the military base has again experienced an “incredible meaning upgrade Experienced”.';
    expect(verdictsOn(w021, 'start of the Ukraine war on February 24', '2022-04-25')).toEqual(['supported']);
    // Confirmed only: "the start of the war" may be counted from 2014 (the 20th or 27th of February).
    expect(isRed(verdictsOn(w021.replace('24', '20'), 'February 20', '2022-04-25'))).toBe(false);
  });

  it('other pages: "since the outbreak of the Russia-Ukraine war", "Russia\'s invasion of Ukraine began on February 24th", "On February 24, 2022, Russia launched ..."', () => {
    const outbreak = 'Since the outbreak of the Russia-Ukraine war on February 24, grain prices have soared.';
    expect(verdictsOn(outbreak, 'February 24', '2022-04-25')).toEqual(['supported']);
    // https://jam-news.net/live-updates-russian-ukrainian-war-day-12/ (7 March 2022)
    const jam = 'Russia’s invasion of Ukraine began on February 24th.';
    expect(verdictsOn(jam, 'February 24th', '2022-03-07')).toEqual(['supported']);
    // A day after the 24th is no account's start.
    expect(verdictsOn(jam.replace('24th', '26th'), 'February 26th', '2022-03-07')).toEqual(['contradicted']);
    // https://ain.capital/2022/03/17/war-in-ukraine-weekly-digest-of-the-key-events/
    const ain = 'On February 24, 2022, Russia launched a full-scale invasion of Ukraine.';
    expect(verdictsOn(ain, 'February 24, 2022', '2022-03-17')).toEqual(['supported']);
    expect(verdictsOn(ain.replace('2022', '2021'), 'February 24, 2021', '2022-03-17')).toEqual(['contradicted']);
    // https://www.newsr.in/current/gszjqbdpr11/-Russian-invasion-of-Ukraine.htm
    const wiki = 'On 24 February 2022, Russia invaded Ukraine in a major escalation of the Russo-Ukrainian War, which began in 2014.';
    expect(verdictsOn(wiki, '24 February 2022', '2023-01-10')).toEqual(['supported']);
    expect(verdictsOn(wiki.replace('24 February 2022', '24 February 2023'), '24 February 2023', '2023-03-10')).toEqual(['contradicted']);
  });

  it('not the days of 2014, a day before the 24th without "full-scale", nor an anniversary told on its day', () => {
    expect(isRed(verdictsOn('Russia’s invasion of Ukraine began on February 20, 2014.', 'February 20, 2014', '2022-03-07'))).toBe(false);
    expect(isRed(verdictsOn('Russia’s invasion of Ukraine began on February 22.', 'February 22', '2022-03-07'))).toBe(false);
    const anniversary = 'On February 24, 2023, a year after Russia invaded Ukraine, leaders gathered in Kyiv.';
    expect(isRed(verdictsOn(anniversary, 'February 24, 2023', '2023-02-25'))).toBe(false);
  });
});

describe('the war\'s age told "now in its Nth month", in any mood of the sentence', () => {
  // Held-out 10 w054 (https://metroreport.news/2025/02/17/us-secretary-of-state-antony-blinken-travels-to-saudi-arabia-for-peace-talks-between-russia-and-ukraine/, 17 February 2025): the war was in its 36th month, its third year.
  const w054 =
    'This development comes after Trump, during his presidential campaign, repeatedly assured he would bring an end to the war, now in its third month, between Russia and Ukraine.';

  it("the article's count is contradicted; the year is confirmed", () => {
    expect(verdictsOn(w054, 'now in its third month', '2025-02-17')).toEqual(['contradicted']);
    expect(verdictsOn(w054.replace('third month', 'third year'), 'now in its third year', '2025-02-17')).toEqual(['supported']);
  });

  it('other phrasings: "The war between Russia and Ukraine, now in its third year", "is entering its third year this week"', () => {
    const between = 'The war between Russia and Ukraine, now in its third year, has killed thousands.';
    expect(verdictsOn(between, 'now in its third year', '2025-02-14')).toEqual(['supported']);
    expect(verdictsOn(between.replace('third', 'fifth'), 'now in its fifth year', '2025-02-14')).toEqual(['contradicted']);
    // https://www.semafor.com/article/02/21/2024/the-ukraine-war-is-entering-its-third-year
    const semafor = 'Russia’s war on Ukraine is entering its third year this week.';
    expect(verdictsOn(semafor, 'entering its third year', '2024-02-21')).toEqual(['supported']);
  });

  it('not a count told of another time than "now"', () => {
    const then = 'Trump said in 2022 that he would end the war in Ukraine when it was in its third month.';
    expect(isRed(verdictsOn(then, 'third month', '2025-02-17'))).toBe(false);
  });
});

describe('summits listed by place and year', () => {
  // Held-out 10 w005 (https://en.hromadske.ua/posts/us-special-representative-for-ukraine-volker-resigns, 28 September 2019).
  const w005 =
    'In this role, he prepared two NATO summits – in 2002 in Prague, dedicated to the negotiation of NATO accession to Eastern European countries, and in Istanbul in 2004, which was marked by a complicated relationship with Russia and ignored by Vladimir Putin.';

  it("each item is confirmed by its own year, the list's later items too", () => {
    expect(eventVerdictsOn(w005, 'Istanbul in 2004', '2019-09-28')).toEqual(['supported']);
    expect(eventVerdictsOn(w005, 'in 2002 in Prague', '2019-09-28')).toEqual(['supported']);
    const brackets = 'He attended the NATO summits in Prague (2002), Istanbul (2004) and Riga (2006).';
    expect(eventVerdictsOn(brackets, 'Istanbul (2004)', '2019-09-28')).toEqual(['supported']);
    expect(eventVerdictsOn(brackets, 'Riga (2006)', '2019-09-28')).toEqual(['supported']);
  });

  it('not an item whose year fits no summit there (confirmed only), nor a place with no summit word', () => {
    const wrong = 'He prepared two NATO summits, in Prague in 2002 and in Istanbul in 2003.';
    expect(eventVerdictsOn(wrong, 'Istanbul in 2003', '2019-09-28')).toEqual([]);
    const visits = 'After the summits he travelled to Istanbul in 2005.';
    expect(eventVerdictsOn(visits, 'Istanbul in 2005', '2019-09-28')).toEqual([]);
  });
});

describe('a NATO summit said to be the first at a place', () => {
  // Held-out 10 w031 (Reuters, 11 July 2023; the same text at
  // https://www.devdiscourse.com/article/law-order/2519554-2025-nato-summit-to-be-held-in-the-netherlands).
  const w031 =
    'The 2025 NATO summit will be held in the Netherlands, NATO said in a communique on Tuesday, without specifying in which city it will take place. It will be the first time that the summit will be held in the West European country.';

  it('"the West European country" is the country just named, and no NATO summit was held there before', () => {
    expect(eventVerdictsOn(w031, 'first time that the summit will be held in the West European country', '2023-07-11')).toEqual([
      'supported',
    ]);
  });

  it('other pages and phrasings: "the first NATO summit organized by the Netherlands", "Lithuania hosts a NATO summit for the first time"', () => {
    // https://nltimes.nl/2023/07/11/nato-leaders-2025-summit-held-netherlands
    const nltimes =
      'The 31 NATO allies agreed on Tuesday to hold their 2025 summit in the Netherlands. It will be the first NATO summit organized by the Netherlands.';
    expect(eventVerdictsOn(nltimes, 'first NATO summit organized by the Netherlands', '2023-07-11')).toEqual(['supported']);
    const lithuania = 'Lithuania hosts a NATO summit for the first time this week.';
    expect(eventVerdictsOn(lithuania, 'hosts a NATO summit for the first time', '2023-07-10')).toEqual(['supported']);
  });

  it('the wrong version: a country that held one before (Madrid 1997)', () => {
    const spain = 'NATO leaders will meet in Madrid next week. It will be the first time that a NATO summit is held in Spain.';
    expect(eventVerdictsOn(spain, 'first time that a NATO summit is held in Spain', '2022-06-22')).toEqual(['contradicted']);
    const washington = 'NATO leaders gather in Washington next month; it is the first time a NATO summit is held in the United States.';
    expect(verdictsOn(washington, 'first time a NATO summit is held in the United States', '2024-06-10')).toContain('contradicted');
  });

  it("not a first of a period, a region, nor another club's summit", () => {
    const since = 'NATO leaders will meet in Madrid next week. It will be the first time that a NATO summit is held in Spain since 1997.';
    expect(isRed(verdictsOn(since, 'held in Spain', '2022-06-22'))).toBe(false);
    const baltic = 'NATO leaders meet in Vilnius, Lithuania, this week. It is the first time a NATO summit is held in the Baltic states.';
    expect(eventVerdictsOn(baltic, 'Baltic states', '2023-07-10')).toEqual([]);
    const eu = 'NATO allies follow the talks. It will be the first time an EU summit is held in Spain.';
    expect(isRed(verdictsOn(eu, 'held in Spain', '2022-06-22'))).toBe(false);
  });
});

describe("Crimea's annexation told with another day of March 2014", () => {
  // Held-out 10 w056 (https://www.esu.ulg.ac.be/16th-package-of-eu-sanctions-eu-reaction-to-russian-invasion-of-ukraine-regularly-updated/,
  // 26 February 2025): 16 March was the referendum; the treaty was signed on the 18th (RFE/RL; rightsinrussia.org,
  // "On 18 March 2014 the Russian Federation formally annexed the Ukrainian territory of Crimea").
  const w056 =
    'Since the Russian invasion of Ukraine in February and March 2014 and the subsequent annexation of Crimea and Sevastopol to the Russian Federation (Russia) on 16 March 2014, declared illegal also by the UN General Assembly, the EU has adopted a series of restrictive measures.';

  it("the article's day is contradicted; the treaty's day is confirmed", () => {
    // The EU's first Crimea sanctions, confirmed by the sanctions reader over the whole clause, overlap the day too.
    expect(verdictsOn(w056, '16 March 2014', '2025-02-26')).toContain('contradicted');
    expect(verdictsOn(w056.replace('16 March', '18 March'), '18 March 2014', '2025-02-26')).not.toContain('contradicted');
  });

  it('other phrasings: "Russia annexed Crimea on March 18, 2014", "the annexation of Crimea on 18 March 2014"', () => {
    const annexed = 'Russia annexed Crimea on March 18, 2014.';
    expect(verdictsOn(annexed, 'March 18, 2014', '2025-03-01')).toEqual(['supported']);
    expect(verdictsOn(annexed.replace('18', '16'), 'March 16, 2014', '2025-03-01')).toEqual(['contradicted']);
    const noun = 'The annexation of Crimea on 18 March 2014 was condemned by the UN General Assembly.';
    expect(verdictsOn(noun, '18 March 2014', '2025-03-01')).toEqual(['supported']);
  });

  it('not the days of ratification, the referendum told as such, nor the occupation Ukraine dates from 20 February', () => {
    expect(isRed(verdictsOn('Russia annexed Crimea on March 21, 2014.', 'March 21, 2014', '2025-03-01'))).toBe(false);
    expect(isRed(verdictsOn('Russia annexed Crimea after a referendum on March 16, 2014.', 'March 16, 2014', '2025-03-01'))).toBe(false);
    expect(isRed(verdictsOn('The annexation of Crimea began on February 20, 2014.', 'February 20, 2014', '2025-03-01'))).toBe(false);
  });
});

describe("the Contact Group's founding told in the passive", () => {
  // Held-out 10 w068 (https://caliber.az/en/post/ramstein-talks-proceed-without-us-secretary-of-defence-pete-hegseth, 9 September 2025);
  // the group first met at Ramstein on 26 April 2022 (RBC-Ukraine via daytimepost.com: "The first meeting in the Ramstein
  // format took place on April 26, 2022, at Ramstein Air Base in Germany").
  const w068 =
    'The “Ramstein” format, officially known as the Ukraine Defence Contact Group (UDCG), was launched in April 2022 at the Ramstein Air Base in Germany.';

  it('the month is confirmed; another month is contradicted', () => {
    expect(eventVerdictsOn(w068, 'was launched in April 2022', '2025-09-09')).toEqual(['supported']);
    expect(eventVerdictsOn(w068.replace('April 2022', 'May 2022'), 'was launched in May 2022', '2025-09-09')).toEqual(['contradicted']);
    const established = 'The Ukraine Defense Contact Group was established in April 2022 by US Defense Secretary Lloyd Austin.';
    expect(eventVerdictsOn(established, 'established in April 2022', '2025-09-09')).toEqual(['supported']);
  });

  it('not another group or coalition founded in another month', () => {
    const other = 'The Ukraine Defense Contact Group met again; a new drone coalition was launched in May 2024.';
    expect(isRed(verdictsOn(other, 'May 2024', '2025-09-09'))).toBe(false);
  });
});

describe("the war's anniversary told by its day of the month", () => {
  // Held-out 10 w039 (https://pledgetimes.com/zelensky-dismisses-commander-of-the-ukrainian-armed-forces/, 8 February 2024).
  const w039 =
    'Zelensky and Zaluzhnyi had been expressing differences over the Ukrainian response to the Russian invasion, which marks two years on the 24th.';

  it('the count on that day is confirmed; a wrong one is contradicted whatever the tense of the sentence', () => {
    expect(verdictsOn(w039, 'marks two years on the 24th', '2024-02-08')).toEqual(['supported']);
    expect(verdictsOn(w039.replace('two years', 'three years'), 'marks three years on the 24th', '2024-02-08')).toEqual(['contradicted']);
    const turns = 'Russia’s war on Ukraine, which turns three years old on the 24th, has displaced millions.';
    expect(verdictsOn(turns, 'turns three years old on the 24th', '2025-02-10')).toEqual(['supported']);
  });

  it("not a day of the month that is no anniversary (the next month's 24th is told of nothing)", () => {
    expect(isRed(verdictsOn(w039, 'marks two years on the 24th', '2024-02-26'))).toBe(false);
    expect(verdictsOn(w039, 'marks two years on the 24th', '2024-02-26')).not.toContain('supported');
  });
});
