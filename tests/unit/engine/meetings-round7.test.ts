// Meetings, summits and the war's anchors told in real articles (held-out 5, read in the seventh
// round). Each family is tested on the article's sentence, on sentences of the same kind from other
// pages (URLs in comments), and on true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, eventVerdictsOn, eventsOn, isRed } from './helpers';

const verdicts = (text: string, asOf: string) => analyze(text, asOf).map((a) => a.verdict);

describe("NATO's leaders said to gather at a summit's place on a day it was not held", () => {
  it('"NATO leaders gathered in The Hague on 26 June 2025" is contradicted (24-25 June)', () => {
    // b2eu-consulting.eu, June 2025 (held-out 5, h066).
    const text =
      'NATO leaders gathered in The Hague on 26 June 2025 for a summit described as “historic” by its participants. The summit focused primarily on strengthening the Alliance’s collective defence.';
    const found = eventsOn(text, 'on 26 June 2025', '2025-06-27');
    expect(found.map((a) => a.verdict)).toEqual(['contradicted']);
    expect(found[0].factIds).toEqual(['nato-summit-2025-the-hague']);
  });

  it("the same form on the summit's days, or told before it, or on the eve of it, is not flagged", () => {
    expect(eventVerdictsOn('NATO leaders gathered in The Hague on 25 June 2025 for a summit.', 'on 25 June 2025', '2025-06-27')).toEqual([
      'supported',
    ]);
    // Leaders arrive the evening before: sources count that day in.
    expect(isRed(verdicts('NATO leaders gathered in The Hague on 23 June 2025 for a summit.', '2025-06-27'))).toBe(false);
    // Before the summit its announced days may differ (first given as 24-26 June).
    expect(isRed(verdicts('NATO leaders will gather in The Hague on 26 June 2025 for a summit.', '2024-12-01'))).toBe(false);
    // Ministers, not leaders: their own meetings fall on other days.
    expect(isRed(verdicts('NATO defence ministers gathered in The Hague on 26 June 2025.', '2025-06-27'))).toBe(false);
  });
});

describe('a summit to come, its day and month told without the year', () => {
  it('"will take place on December 3-4 in London" (May 2019) is the London meeting of December 2019', () => {
    // rferl.org, 23 May 2019 (held-out 5, h007).
    const text =
      "The next summit of NATO's heads of state and government will take place on December 3-4 in London to mark the alliance's 70th anniversary.";
    const found = eventsOn(text, 'December 3-4 in London', '2019-05-23');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-leaders-meeting-2019-london']);
  });

  it('"will gather ... in Vilnius on July 11-12" (November 2022) is the Vilnius summit of 2023', () => {
    // https://www.devdiscourse.com/article/law-order/2244090-nato-leaders-to-meet-for-next-summit-in-vilnius-on-july-11-12
    const text = 'NATO leaders will gather for their next summit in Vilnius on July 11-12, the military alliance announced on Wednesday.';
    expect(eventsOn(text, 'Vilnius on July 11-12', '2022-11-09').map((a) => a.factIds[0])).toEqual(['nato-summit-2023-vilnius']);
  });

  it('a past sentence keeps the nearest year', () => {
    // Nothing in the future: "met in Helsinki on July 16", written days after.
    expect(eventsOn('Trump met Putin in Helsinki on July 16.', 'July 16', '2018-07-20').map((a) => a.factIds[0])).toEqual([
      'helsinki-summit-2018',
    ]);
  });
});

describe('"It will take place on ..." after a sentence on the summit', () => {
  it('"It will take place on 11 and 12 July 2023." is the Vilnius summit', () => {
    // lithuania.lt, 9 November 2022 (held-out 5, h030).
    const text =
      'On Wednesday, NATO Secretary General Jens Stoltenberg officially announced the date of the NATO summit in Vilnius. It will take place on 11 and 12 July 2023.';
    expect(eventVerdictsOn(text, 'take place on 11 and 12 July 2023', '2022-11-09')).toEqual(['supported']);
  });

  it('"It" after a sentence on no event is nothing', () => {
    const text = 'Stoltenberg spoke about the alliance in Vilnius. It will take place on 11 and 12 July 2023.';
    expect(eventsOn(text, 'take place on 11 and 12 July 2023', '2022-11-09')).toEqual([]);
  });
});

describe("a summit told by a time counted from the article's day", () => {
  it('"the ... (NATO) summit in London next week" (29 November 2019) is the London meeting of 3-4 December', () => {
    // 590kid.com, copy of The Hill, 29 November 2019 (held-out 5, h008).
    const text =
      'President Trump will meet with French President Emmanuel Macron and German Chancellor Angela Merkel on the sidelines of the North Atlantic Treaty Organization (NATO) summit in London next week, the White House said Friday.';
    const found = eventsOn(text, 'summit in London next week', '2019-11-29');
    expect(found.map((a) => [a.verdict, a.factIds[0]])).toEqual([['supported', 'nato-leaders-meeting-2019-london']]);
  });

  it('"next week’s NATO Summit" and "seeing one another in Madrid next week" (22 June 2022) are the Madrid summit', () => {
    // greekcitytimes.com, 22 June 2022 (held-out 5, h028).
    const text =
      'UK Prime Minister Boris Johnson spoke to Greek Prime Minister Kyriakos Mitsotakis today ahead of next week’s NATO Summit, which they agreed will be a crucial moment for NATO to unite in support of Ukrainian sovereignty.\n\nThe leaders welcomed the potential for future UK-Greek cooperation in a range of areas, including defence. They looked forward to seeing one another in Madrid next week.';
    expect(eventsOn(text, 'next week’s NATO Summit', '2022-06-22').map((a) => a.factIds[0])).toEqual(['nato-summit-2022-madrid']);
    expect(eventsOn(text, 'seeing one another in Madrid next week', '2022-06-22').map((a) => a.factIds[0])).toEqual([
      'nato-summit-2022-madrid',
    ]);
  });

  it('"which we recently approved at the historic summit in Madrid" (August 2022)', () => {
    // censor.net, 15 August 2022, quoting Klaus Iohannis (held-out 5, h029).
    const text =
      'Today, the Black Sea is considered an area of strategic interest for the Euro-Atlantic security, which I, together with other allies, explicitly stated in the strategic concept of NATO, which we recently approved at the historic summit in Madrid," the Romanian leader emphasized.';
    expect(eventVerdictsOn(text, 'recently approved at the historic summit in Madrid', '2022-08-15')).toEqual(['supported']);
  });

  it('"At the June summit in The Hague" (August 2025)', () => {
    // particle.news, August 2025 (held-out 5, h070).
    const text = 'At the June summit in The Hague, allies set higher goals for defence spending.';
    expect(eventsOn(text, 'June summit in The Hague', '2025-08-28').map((a) => a.factIds[0])).toEqual(['nato-summit-2025-the-hague']);
  });

  it('"Two weeks from today, the leaders of NATO’s 30 nations will meet here in Brussels" (31 May 2021)', () => {
    // nato.int press conference, 31 May 2021 (held-out 5, h022).
    const text =
      'Two weeks from today, the leaders of NATO’s 30 nations will meet here in Brussels.\nBut ministers will focus on preparations for the Summit.';
    expect(eventsOn(text, 'Two weeks from today', '2021-05-31').map((a) => a.factIds[0])).toEqual(['nato-summit-2021-brussels']);
  });

  it('"this month\'s G7 summit" (June 2025) is the Kananaskis summit', () => {
    // justthenews.com, 22 June 2025 (held-out 5, h064).
    const text =
      "Even though he departed from this month's G7 summit early due to the escalating conflict between Israel and Iran, Trump appears to have bold priorities.";
    expect(eventsOn(text, "this month's G7 summit", '2025-06-22').map((a) => a.factIds[0])).toEqual(['g7-summit-2025-kananaskis']);
  });

  it("a time that fits no summit there, or another club's summit, says nothing", () => {
    const london = 'Leaders will meet on the sidelines of the NATO summit in London next week.';
    expect(eventsOn(london, 'next week', '2019-06-10')).toEqual([]);
    const eu = 'Leaders will discuss Ukraine at next week’s EU summit in Brussels, NATO diplomats said.';
    expect(eventsOn(eu, 'next week’s EU summit', '2021-06-07')).toEqual([]);
    const vilnius = 'At the June summit in Vilnius, allies agreed new defence plans.';
    expect(eventsOn(vilnius, 'June summit in Vilnius', '2023-08-28')).toEqual([]);
  });
});

describe('"our decision in Madrid last year" on a page about a NATO summit', () => {
  const page = (sentence: string) =>
    `Chancellor recalled that in July the NATO summit will be held in the Lithuanian capital.\n${sentence}`;

  it('is the Madrid summit of 2022 (Scholz, June 2023)', () => {
    // silkway.news, June 2023 (held-out 5, h041).
    const text = page(
      '“I am calling for the re -elected president of Turkey (Recep Tayyip) Erdogan to prepare the soil in this direction in accordance with our decision in Madrid last year,” said Scholts.',
    );
    expect(eventsOn(text, 'our decision in Madrid last year', '2023-06-15').map((a) => a.factIds[0])).toEqual(['nato-summit-2022-madrid']);
  });

  it("another club's decision, or a year with no NATO summit there, is nothing", () => {
    expect(eventsOn(page('We stand by our decision in Madrid last year, the EU said.'), 'decision in Madrid', '2023-06-15')).toEqual([]);
    expect(eventsOn(page('We stand by our decision in Vilnius last year.'), 'decision in Vilnius', '2023-06-15')).toEqual([]);
  });
});

describe('the start of the full-scale invasion told in other words', () => {
  it('"since the start of the war in February 2022" (Brussels Times, February 2023) is supported', () => {
    // brusselstimes.com, 9 February 2023 (held-out 5, h034).
    const text =
      "On the fringes of Ukrainian President Volodymyr Zelenskyy's visit to Brussels and his first in-person speech in the European Parliament since the start of the war in February 2022, De Croo repeated his willingness to help.";
    expect(eventVerdictsOn(text, 'since the start of the war in February 2022', '2023-02-09')).toEqual(['supported']);
  });

  it('"since the Kremlin ordered troops into Ukraine on February 24, 2022" (AFP, February 2026) is supported', () => {
    // hurriyetdailynews.com, 24 February 2026 (held-out 5, h079).
    const text =
      'Tens of thousands of lives have been lost since the Kremlin ordered troops into Ukraine on February 24, 2022, confident of a quick victory but not expecting the fierce resistance that followed.';
    expect(eventVerdictsOn(text, 'ordered troops into Ukraine on February 24, 2022', '2026-02-24')).toEqual(['supported']);
  });

  it("the same start in other pages' words", () => {
    // https://pledgetimes.com/ukraine-russia-the-numbers-of-2-years-of-war-over-10-thousand-civilians-dead/
    const pledge =
      "Almost two years after the start of Russia's invasion, on February 24, 2022, Ukraine mourns more than 10,300 civilians killed, according to data compiled by the United Nations.";
    expect(eventVerdictsOn(pledge, "start of Russia's invasion, on February 24, 2022", '2024-02-21')).toEqual(['supported']);
    // https://allnewspress.com/anniversary-of-the-start-of-the-war-death-flight-and-destruction-in-ukraine/
    const dpa =
      'The capital Kiev and the hinterland in the west are less badly affected. Some aspects of life in times of war that began two years ago on February 24, 2022:';
    expect(eventVerdictsOn(dpa, 'war that began two years ago on February 24, 2022', '2024-02-23')).toEqual(['supported']);
  });

  it('another year, another war, or no date, is nothing and never a red flag', () => {
    const donbas = 'Since the start of the war in 2014, Ukraine has lost thousands of soldiers in the Donbas.';
    expect(isRed(verdicts(donbas, '2020-01-01'))).toBe(false);
    expect(eventsOn(donbas, 'start of the war in 2014', '2020-01-01')).toEqual([]);
    const wrong = 'Since the start of the war in February 2023, Ukraine has lost thousands of soldiers.';
    expect(isRed(verdicts(wrong, '2024-01-01'))).toBe(false);
    const gaza = 'Since the start of the war in Gaza in October 2023, prices in Ukraine rose.';
    expect(eventsOn(gaza, 'start of the war', '2024-01-01')).toEqual([]);
  });
});

describe('rounds of talks told by their place', () => {
  it('"the senior military figures who headed earlier rounds held in Abu Dhabi" (Geneva, 18 February 2026)', () => {
    // kyivdailynews.com, 18 February 2026 (held-out 5, h075).
    const text =
      "Russia's delegation was led by presidential aide Vladimir Medinsky, a notable shift from the senior military figures who headed earlier rounds held in Abu Dhabi.";
    expect(eventVerdictsOn(text, 'earlier rounds held in Abu Dhabi', '2026-02-18')).toEqual(['supported']);
  });

  it('"The last round of talks in Istanbul" (June 2025) is confirmed by the talks held there', () => {
    const text = 'The last round of talks in Istanbul ended without a ceasefire, Ukrainian officials said.';
    expect(eventVerdictsOn(text, 'last round of talks in Istanbul', '2025-06-20')).toEqual(['supported']);
  });

  it('rounds at a place with no talks on record before the article, or a date that fits none, say nothing', () => {
    // https://www.1lurer.am/en/2026/02/04/ (Al Jazeera): "The first round of meetings was held in the UAE last month".
    const early = 'The earlier rounds held in Abu Dhabi brought a prisoner swap.';
    expect(eventsOn(early, 'earlier rounds held in Abu Dhabi', '2025-06-01')).toEqual([]);
    const riga = 'Previous rounds of talks in Riga were fruitless.';
    expect(eventsOn(riga, 'rounds of talks in Riga', '2026-02-18')).toEqual([]);
    const wrongMonth = 'The first round held in Abu Dhabi in September brought nothing.';
    expect(isRed(verdicts(wrongMonth, '2026-02-18'))).toBe(false);
    expect(eventsOn(wrongMonth, 'round held in Abu Dhabi', '2026-02-18')).toEqual([]);
  });
});

describe('a meeting told by its year and place, its people in the next clause; its leaders in the next sentence', () => {
  // ynetnews.com (AP), 15 August 2025 (held-out 5, h068).
  const alaska =
    'United States President Donald Trump and Russia’s Vladimir Putin shook hands warmly at the start of their Alaska summit on Friday before heading into hours of discussions.\n' +
    'The leaders greeted each other on the tarmac at Joint Base Elmendorf-Richardson, where officials erected a special stage.\n' +
    'The change indicates that the White House is taking a more guarded approach than it did during a 2018 meeting in Helsinki, when Trump and Putin first met privately just with their interpreters for two hours.';

  it('"during a 2018 meeting in Helsinki, when Trump and Putin first met" is the Helsinki summit', () => {
    expect(eventsOn(alaska, '2018 meeting in Helsinki', '2025-08-15').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'helsinki-summit-2018'],
    ]);
  });

  it('"The leaders greeted each other on the tarmac at Joint Base Elmendorf-Richardson" is the Alaska summit', () => {
    expect(eventsOn(alaska, 'Joint Base Elmendorf-Richardson', '2025-08-15').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'alaska-summit-2025-08-15'],
    ]);
  });

  it('"one day after his meeting with Russian President Vladimir Putin in Helsinki" keeps its reading', () => {
    // https://www.vietnamnewsgazette.com/trump-talks-about-summit-with-russia/ (VOV5, July 2018)
    const text =
      'US President Donald Trump said at a White House press conference one day after his meeting with Russian President Vladimir Putin in Helsinki, Finland, that relations will improve.';
    expect(isRed(verdicts(text, '2018-07-17'))).toBe(false);
  });

  it('a year with no one of the meeting named, or the leaders meeting again elsewhere, is not read or flagged', () => {
    const nordic = 'A 2018 meeting in Helsinki of Nordic ministers was held.';
    expect(eventsOn(nordic, '2018 meeting in Helsinki', '2025-08-10')).toEqual([]);
    const again = 'Trump and Putin met in Alaska on August 15. The two leaders will meet again in Moscow on August 20.';
    expect(isRed(verdicts(again, '2025-08-16'))).toBe(false);
    expect(eventsOn(again, 'meet again in Moscow on August 20', '2025-08-16')).toEqual([]);
  });
});

describe('a handover told by its day', () => {
  it('"The recipient of the October 1 ceremonial handoff ... was former Dutch Prime Minister Mark Rutte" (October 2024)', () => {
    // heldout3 m006, October 2024.
    const text =
      'Outgoing NATO Secretary General Jens Stoltenberg recently ceded possession of the gavel. The recipient of the October 1 ceremonial handoff—and the very real transfer of geopolitical influence it represented—was former Dutch Prime Minister Mark Rutte.';
    expect(eventsOn(text, 'October 1 ceremonial handoff', '2024-10-13').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'nato-sg-handover-2024-10-01'],
    ]);
  });

  it("the same day in other pages' words", () => {
    // https://www.novinite.com/view_news.php?id=228267 (11 September 2024)
    const novinite =
      'On October 1, NATO Secretary General Jens Stoltenberg will officially hand over his position to his successor, Mark Rutte, according to a statement from the alliance.';
    expect(eventVerdictsOn(novinite, 'hand over', '2024-09-11')).toEqual(['supported']);
    // https://publicist24.com/mark-rutte-to-succeed-jens-stoltenberg-as-nato-secretary-general-on-october-1/
    const publicist =
      'BRUSSELS — NATO Secretary General Jens Stoltenberg will formally pass the reins of the military alliance to his successor, Mark Rutte, on October 1, marking the end of Stoltenberg’s 10-year tenure.';
    expect(eventVerdictsOn(publicist, 'pass the reins', '2024-09-12')).toEqual(['supported']);
  });

  it("another day, or another body's handover, says nothing", () => {
    const wrong = 'On September 30, NATO Secretary General Jens Stoltenberg handed over to Mark Rutte.';
    expect(eventsOn(wrong, 'handed over', '2024-10-13')).toEqual([]);
    const other = 'On October 1, the mayor handed over the keys of the city hall.';
    expect(eventsOn(other, 'handed over', '2024-10-13')).toEqual([]);
  });
});

describe('a visit told as someone welcomed to a place', () => {
  it('"will welcome Secretary General Jens Stoltenberg ... to the White House on April 2, 2019" is supported', () => {
    // yumanewsnow.com, White House statement of March 2019 (held-out 5, h003).
    const text =
      'Washington, DC - President Donald J. Trump will welcome Secretary General Jens Stoltenberg of the North Atlantic Treaty Organization (NATO) to the White House on April 2, 2019.';
    expect(eventsOn(text, 'to the White House on April 2, 2019', '2019-03-25').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'white-house-meeting-2019-04-02'],
    ]);
  });

  it('"it’s a pleasure to welcome you to the White House" (12 April 2017) is the visit of that day', () => {
    // https://trumpwhitehouse.archives.gov/briefings-statements/joint-press-conference-president-trump-nato-secretary-general-stoltenberg/
    const text =
      'PRESIDENT TRUMP: Thank you. Secretary General Stoltenberg, it’s a pleasure to welcome you to the White House — especially at such an important moment in our great Alliance.';
    expect(eventsOn(text, 'welcome you to the White House', '2017-04-12').map((a) => a.factIds[0])).toEqual([
      'white-house-meeting-2017-04-12',
    ]);
  });

  it('the visit welcomed on another day is contradicted; a decision welcomed is no visit', () => {
    const wrong = 'President Donald Trump welcomed NATO Secretary General Jens Stoltenberg to the White House on April 4, 2019.';
    expect(eventVerdictsOn(wrong, 'on April 4, 2019', '2019-04-10')).toEqual(['contradicted']);
    const decision =
      "NATO Secretary General Jens Stoltenberg welcomed President Donald Trump's decision on April 3, 2019 at a press conference.";
    expect(isRed(verdicts(decision, '2019-04-05'))).toBe(false);
    expect(eventsOn(decision, 'welcomed', '2019-04-05')).toEqual([]);
  });
});

describe('a report from a summit on its own days, naming people at its venue', () => {
  // lrt.lt, 11 July 2023 (held-out 5, h042).
  const text =
    'On Tuesday, NATO heads of state and government started a summit meeting in Vilnius.\n\nBefore the meeting, Lithuanian President Gitanas Nausėda and NATO Secretary General welcomed NATO country leaders at Litexpo, the exhibition centre where the summit is taking place.';

  it('"welcomed NATO country leaders at Litexpo" on the first day is the Vilnius summit', () => {
    expect(eventsOn(text, 'welcomed NATO country leaders at Litexpo', '2023-07-11').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'nato-summit-2023-vilnius'],
    ]);
  });

  it('the same words on another day are not read as the summit', () => {
    expect(eventsOn(text, 'welcomed NATO country leaders at Litexpo', '2023-09-01')).toEqual([]);
  });
});

describe('"the summit, which takes place on Tuesday and Wednesday"', () => {
  it('is the London meeting in a page of 29 November 2019 about it', () => {
    // 590kid.com (The Hill), 29 November 2019 (held-out 5, h008).
    const text =
      'President Trump will meet with French President Emmanuel Macron on the sidelines of the North Atlantic Treaty Organization (NATO) summit in London next week, the White House said Friday.\n\nTrump is also expected to meet with Italian Premier Giuseppe Conte and Danish Prime Minister Mette Frederiksen during the summit, which takes place on Tuesday and Wednesday, according to the White House.';
    expect(eventsOn(text, 'summit, which takes place on Tuesday', '2019-11-29').map((a) => a.factIds[0])).toEqual([
      'nato-leaders-meeting-2019-london',
    ]);
  });

  it('"the summit, which will take place on Friday and Saturday" (Warsaw, July 2016)', () => {
    // https://www.washingtonexaminer.com/news/889160/8-things-that-will-drive-conversations-at-the-nato-summit
    const text =
      'World leaders are in Warsaw this week for the NATO Summit. President Obama and Defense Secretary Ash Carter both will be heading to the summit, which will take place on Friday and Saturday.';
    expect(eventsOn(text, 'summit, which will take place on Friday', '2016-07-06').map((a) => a.factIds[0])).toEqual([
      'nato-summit-2016-warsaw',
    ]);
  });

  it('weekdays that fit no summit say nothing', () => {
    const text = 'NATO allies met. President Obama will be heading to the summit, which will take place on Friday and Saturday.';
    expect(eventsOn(text, 'summit, which will take place on Friday', '2016-07-20')).toEqual([]);
  });
});

describe("Ukraine's Peace Formula by the day or month it was presented", () => {
  it('"the peace formula announced in November 2022" (Kuleba, May 2023) is supported', () => {
    // pravda.com.ua, 22 May 2023 (held-out 5, h039).
    const text =
      'Ukraine calls on the world to focus on adopting and implementing the country’s own peace plan – the peace formula announced in November 2022, instead of producing many alternatives.';
    expect(eventVerdictsOn(text, 'peace formula announced in November 2022', '2023-05-22')).toEqual(['supported']);
  });

  it('"On 15 November 2022, during the G20 Bali Summit, ... outlined the detailed 10-point Peace Formula" is supported', () => {
    // https://euromaidanpress.com/2024/06/13/comprehensive-just-and-lasting-peace-what-the-global-peace-summit-can-really-achieve
    const text =
      'On 15 November 2022, during the G20 Bali Summit, President of Ukraine Volodymyr Zelenskyy outlined the detailed 10-point Peace Formula.';
    expect(eventVerdictsOn(text, '10-point Peace Formula', '2024-06-13')).toEqual(['supported']);
  });

  it('another month, or no date, says nothing and flags nothing', () => {
    const other = 'Ukraine presented its peace formula in March 2023 to African leaders.';
    expect(eventsOn(other, 'peace formula', '2023-06-01')).toEqual([]);
    expect(isRed(verdicts(other, '2023-06-01'))).toBe(false);
  });
});

describe('"recent" said of something else, or of a summit under way', () => {
  it('"The three-day summit, scheduled in the US capital, raises two big question marks: the recent conditions of Joe Biden" is no claim that the summit is over', () => {
    // heldout3 m058, 9 July 2024 (the Washington summit's first day).
    const text =
      'The three-day summit, scheduled in the US capital, raises two big question marks: the recent conditions of Joe Biden, raising doubts about the real capabilities of the US president.';
    expect(analyze(text, '2024-07-09').filter((a) => a.message.includes('fits "recent"'))).toEqual([]);
  });
});

describe('a visit or a thing to take place, with NATO and a place, is no NATO summit held there', () => {
  it('"NATO Secretary General welcomes US Secretary of State to Riga" (a headline) is not the Riga summit of 2006', () => {
    // silkway.news, 30 November 2021 (held-out 1, h030).
    const text = 'NATO Secretary General welcomes US Secretary of State to Riga';
    expect(analyze(text, '2021-11-30').filter((a) => a.factIds.includes('nato-summit-2006-riga'))).toEqual([]);
  });

  it('"The handover will take place ... at NATO headquarters in Brussels" is not a Brussels summit', () => {
    // https://www.novinite.com/view_news.php?id=228267 (expected.jsonl r042)
    const text =
      'The handover will take place in the presence of representatives from the North Atlantic Council at NATO headquarters in Brussels.';
    expect(analyze(text, '2024-09-11').filter((a) => a.kind === 'event' && a.fact.includes('summit'))).toEqual([]);
  });
});
