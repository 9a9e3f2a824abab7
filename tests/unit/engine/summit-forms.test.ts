// Summits and meetings as real articles phrase them (claims/summit-forms.ts), on sentences from
// real articles. Where a test needs a case the article did not make, the real sentence is used
// with one word changed, and says so.
import { describe, expect, it } from 'vitest';
import { analyze, eventVerdictsOn, eventsOn, isRed } from './helpers';

describe('a summit yet to come, as announced', () => {
  // https://en.interfax.com.ua/news/general/1097530.html (19 August 2025)
  const text =
    'The 2026 NATO summit will be held in the Turkish capital Ankara on July 7-8, NATO Secretary General Mark Rutte announced on Tuesday.';

  it('is supported between the announcement and the summit, though nobody has confirmed it was held', () => {
    const found = eventsOn(text, 'will be held in the Turkish capital Ankara on July 7-8', '2025-08-19');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2026-ankara']);
    expect(found[0].message).toContain('As announced on August 19, 2025');
  });

  it('stays context before the announcement and when the article date is a guess', () => {
    expect(eventVerdictsOn(text, 'Ankara', '2025-07-01')).toEqual(['context']);
    expect(eventVerdictsOn(text, 'Ankara', '2025-08-19', false)).toEqual(['context']);
  });
});

describe("a host's earlier summit, by place and year", () => {
  it('"for the second time, after Istanbul in 2004" (Interfax-Ukraine)', () => {
    const text = 'Türkiye is hosting a NATO summit for the second time, after Istanbul in 2004, Brussels recalled.';
    const found = eventsOn(text, 'Istanbul in 2004', '2025-08-19');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2004-istanbul']);
  });

  it('"In 1990, at the last NATO Summit hosted by the United Kingdom" (nato.int, Wales summit guide)', () => {
    // https://www.nato.int/cps/en/natohq/news_112107.htm
    const text =
      'In 1990, at the last NATO Summit hosted by the United Kingdom, Allies marked the end of the Cold War by extending a "hand of friendship" to countries of Central and Eastern Europe.';
    // The year reads as the sentence's date ("In 1990"), so the summit is found by its date and NATO's word.
    const found = eventsOn(text, 'at the last NATO Summit', '2014-08-22');
    expect(found.map((a) => a.factIds[0])).toEqual(['nato-summit-1990-london']);
    // With a year in which the UK hosted no summit, nothing is said.
    expect(eventsOn(text.replace('1990', '1992'), 'at the last NATO Summit', '2014-08-22')).toEqual([]);
  });
});

describe('a list of summits counted by "one"', () => {
  // https://www.nato.int/cps/en/natohq/news_133170.htm (7 July 2016)
  const text =
    'There have been 27 previous summits. The first one was in December 1957. The last one was in Wales in September 2014. This Summit is the first to be hosted in Poland.';

  it('"The first one was in December 1957" and "The last one was in Wales in September 2014"', () => {
    expect(eventsOn(text, 'The first one was in December 1957', '2016-07-07').map((a) => a.factIds[0])).toEqual(['nato-summit-1957-paris']);
    expect(eventsOn(text, 'The last one was in Wales in September 2014', '2016-07-07').map((a) => a.factIds[0])).toEqual([
      'nato-summit-2014-wales',
    ]);
  });

  it('a date that is not the last summit\'s says nothing, and "one" with no list of summits before it is not read', () => {
    expect(eventsOn(text.replace('September 2014', 'September 2013'), 'The last one', '2016-07-07')).toEqual([]);
    const alone = 'The last one was in Wales in September 2014.';
    expect(eventsOn(alone, 'The last one', '2016-07-07')).toEqual([]);
  });
});

describe('dates and anniversaries', () => {
  it('"9-11 July 2024" on its own line under the Washington summit heading (nato.int)', () => {
    // https://www.nato.int/cps/en/natohq/226799.htm
    const text = '2024 NATO Summit\n\nWashington, D.C., United States\n\n9-11 July 2024\n\nTo address the challenges facing the Alliance';
    const found = eventsOn(text, '9-11 July 2024', '2024-07-12');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2024-washington']);
    // One day off is no summit's days: nothing (only the exact days of a multi-day summit confirm).
    expect(eventsOn(text.replace('9-11', '9-12'), '9-12 July 2024', '2024-07-12')).toEqual([]);
  });

  it('"the 50th anniversary summit" is the one in 1999 (White House statement, 12 March 1999)', () => {
    // https://clintonwhitehouse6.archives.gov/1999/03/1999-03-12-statement-by-the-president-on-nato.html
    const text =
      "For three days beginning on April 23, NATO's 19 members will meet in Washington for the 50th anniversary summit of our alliance.";
    expect(eventsOn(text, '50th anniversary summit', '1999-03-12').map((a) => a.factIds[0])).toEqual(['nato-summit-1999-washington']);
  });

  it('"the 75th summit in Washington" (a slip for the 75th-anniversary summit) is never red', () => {
    // https://uk.news.yahoo.com/uk-foreign-secretary-david-lammy-221325177.html
    const text =
      'Sikorski said NATO leaders would present a united front at the 75th summit in Washington, saying Poland is a frontrunner.';
    expect(isRed(eventVerdictsOn(text, 'the 75th summit in Washington', '2024-07-07'))).toBe(false);
  });
});

describe('ceremonies and first meetings', () => {
  it('"Twenty years ago, the ceremony held in Independence, Missouri" (Atlantic Council, 12 March 2019)', () => {
    // https://www.atlanticcouncil.org/blogs/new-atlanticist/twenty-years-later-nato-allies-remain-strong-members-of-the-family/
    const text =
      'Twenty years ago, the ceremony held in Independence, Missouri—the hometown of US President Harry S. Truman, who oversaw the creation of NATO—marked the first time former-Communist adversaries had joined the alliance of democracies.';
    const found = eventsOn(text, 'Twenty years ago, the ceremony held in Independence, Missouri', '2019-03-12');
    expect(found.map((a) => a.factIds[0])).toEqual(['nato-accession-ceremony-1999-independence']);
    // "Ten years ago" does not fit a 1999 ceremony in 2019: nothing.
    expect(eventsOn(text.replace('Twenty', 'Ten'), 'the ceremony held', '2019-03-12')).toEqual([]);
  });

  it('a ceremony said to be somewhere no ceremony is recorded says nothing (thisday.fyi)', () => {
    // https://thisday.fyi/3/12/1999/nato-expansion-czech-republic-hungary-poland-join
    const text = "The formal accession ceremonies took place in Washington, D.C., during a summit that celebrated NATO's expansion.";
    expect(eventsOn(text, 'accession ceremonies', '2025-03-15').filter((a) => a.factIds[0].includes('ceremony'))).toEqual([]);
  });

  it('"This summit has become Zelensky\'s first meeting with Putin" (UNIAN, 9 December 2019)', () => {
    // https://www.unian.info/politics/10786946-normandy-summit-begins-in-paris-photos.html
    const text =
      "A Normandy summit of four leaders – Volodymyr Zelensky of Ukraine, Vladimir Putin of Russia, Angela Merkel of Germany, and Emmanuel Macron of France – has begun in Paris.\nThis summit has become Zelensky's first meeting with Putin since his election as Ukraine's president.";
    expect(eventsOn(text, 'has begun in Paris', '2019-12-09').map((a) => a.factIds[0])).toEqual(['normandy-summit-2019-12-09']);
    const first = eventsOn(text, "Zelensky's first meeting with Putin", '2019-12-09');
    expect(first.map((a) => [a.verdict, a.factIds[0]])).toEqual([['supported', 'normandy-summit-2019-12-09']]);
  });

  it('"A Normandy Format summit will be held on December 9" (Interfax-Ukraine, 15 November 2019)', () => {
    // https://en.interfax.com.ua/news/general/624965.html
    const text = 'A Normandy Format summit will be held on December 9, the Office of Ukrainian President Volodymyr Zelensky has reported.';
    expect(eventsOn(text, 'summit will be held on December 9', '2019-11-15').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'normandy-summit-2019-12-09'],
    ]);
    // Without Zelensky named, the format's name and the day still identify it.
    const quoted = 'A meeting of the leaders of Ukraine, Germany, France and Russia in the Normandy Format will be held on December 9.';
    expect(eventsOn(quoted, 'Normandy Format', '2019-11-15').map((a) => a.factIds[0])).toEqual(['normandy-summit-2019-12-09']);
    // Another day is another meeting as far as the record knows: nothing.
    expect(eventsOn(quoted.replace('December 9', 'December 19'), 'Normandy Format', '2019-11-15')).toEqual([]);
  });
});

describe('ministerials of 2014 and 2017–2019 (events.json)', () => {
  it('"NATO Foreign Ministers will meet in Brussels on Wednesday (20 November 2019)" (nato.int, 19 November 2019)', () => {
    // https://www.nato.int/cps/en/natohq/news_170975.htm
    const text =
      'NATO Foreign Ministers will meet in Brussels on Wednesday (20 November 2019) to finalise preparations for the meeting of NATO leaders in London.';
    const found = eventsOn(text, 'NATO Foreign Ministers will meet', '2019-11-19');
    expect(found.map((a) => [a.verdict, a.factIds[0]])).toEqual([['supported', 'nato-foreign-ministers-2019-11-20']]);
  });

  it('"NATO Foreign Ministers concluded two days of meetings in Brussels on Wednesday (5 December 2018)" (Europe Diplomatic)', () => {
    // https://europediplomatic.com/2018/12/05/nato-celebrates-anniversary-in-april-2019-in-washington/
    const text =
      'NATO Foreign Ministers concluded two days of meetings in Brussels on Wednesday (5 December 2018), focused on issues including the INF Treaty.';
    const found = eventsOn(text, 'NATO Foreign Ministers', '2018-12-05');
    expect(found.map((a) => [a.verdict, a.factIds[0]])).toEqual([['supported', 'nato-foreign-ministers-2018-12-04']]);
    // Made up from it: "met in Prague on 5 December 2018". Who (NATO foreign ministers) and a
    // written day identify the meeting, and the text says it happened elsewhere.
    const wrong = 'NATO Foreign Ministers met in Prague on 5 December 2018 to discuss the INF Treaty.';
    expect(eventVerdictsOn(wrong, 'Prague', '2018-12-06')).toEqual(['contradicted']);
    expect(isRed(eventVerdictsOn(wrong, 'Prague', '2018-12-06', false))).toBe(false);
  });
});

describe('Ramstein meetings by number, and a recent summit by place', () => {
  it('"the 26th Ramstein-format meeting" (Kyiv Independent, 12 February 2025)', () => {
    // https://kyivindependent.com/pentagon-chief-hegseth-arrives-in-brussels-for-ramstein-meeting
    const text =
      'Ukraine\'s Defense Minister Rustem Umerov said the 26th Ramstein-format meeting should focus on "strengthening military cooperation and real mechanisms to support Ukraine."';
    expect(eventsOn(text, 'the 26th Ramstein-format meeting', '2025-02-12').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'udcg-2025-02-12'],
    ]);
    // Another number is not known near that date: nothing, and never red.
    expect(eventsOn(text.replace('26th', '29th'), 'Ramstein-format meeting', '2025-02-12')).toEqual([]);
    // The right number in an article written a year later is about another meeting, or a recollection: nothing.
    expect(eventsOn(text, 'Ramstein-format meeting', '2026-02-12')).toEqual([]);
  });

  it('"the 27th meeting of the Ukraine Defense Contact Group" (Interfax-Ukraine, 11 April 2025)', () => {
    // https://en.interfax.com.ua/news/general/1063136.html
    const text =
      'I am pleased to be here today, a day later than my colleagues, at the 27th meeting of the Ukraine Defense Contact Group, which I and my British colleague John Healy chair.';
    expect(eventsOn(text, '27th meeting of the Ukraine Defense Contact Group', '2025-04-11').map((a) => a.factIds[0])).toEqual([
      'udcg-2025-04-11',
    ]);
  });

  it('"the annual Group of Seven (G7) summit in Cornwall, England" three days after it (CNN, 14 June 2021)', () => {
    // https://edition.cnn.com/world/live-news/biden-nato-summit-updates-06-14-2021/h_3479bb0ccbd84752cde8d3382ac3d21e
    const text = 'It comes on the heels of several meetings with US allies and the annual Group of Seven (G7) summit in Cornwall, England.';
    expect(eventsOn(text, 'summit in Cornwall', '2021-06-14').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'g7-summit-2021-cornwall'],
    ]);
    // A year later no summit was held in Cornwall near the article's date: nothing.
    expect(eventsOn(text, 'summit in Cornwall', '2022-06-14')).toEqual([]);
  });
});

describe('venues', () => {
  it('the World Forum is in The Hague: a summit said to be held there is The Hague summit', () => {
    // Made up from the facts of the 2025 summit (its venue was the World Forum).
    const text = 'The NATO summit was held at the World Forum in The Hague on 24-25 June 2025.';
    expect(eventsOn(text, 'World Forum', '2025-07-01').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'nato-summit-2025-the-hague'],
    ]);
  });
});

describe('"the Summit" the text last named, and time counted from it', () => {
  it('"Six months after the Summit" (German Federal Foreign Office, 2 December 2025)', () => {
    // https://www.auswaertiges-amt.de/en/aussenpolitik/2747008-2747008
    const text =
      'At the NATO Summit in The Hague, Allies therefore made a clear commitment to the target of investing five percent of GDP in defence. Six months after the Summit, NATO Foreign Ministers are now taking a first inventory and discussing the next steps.';
    expect(eventsOn(text, 'Six months after the Summit', '2025-12-02').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'nato-summit-2025-the-hague'],
    ]);
    // Counted from a date a year later, six months is wrong; it is a loose phrase, so: nothing, never red.
    expect(eventsOn(text, 'Six months after the Summit', '2026-12-02')).toEqual([]);
  });

  it('"on the first day of the summit" in a report from Vilnius on its second day (Interfax-Ukraine, 12 July 2023)', () => {
    // https://en.interfax.com.ua/news/general/922446.html
    const text =
      'As is known, the decision to create the Ukraine-NATO Council, which replaced the Ukraine-NATO Commission, was formally approved by the heads of state and government of the Alliance member countries on the first day of the summit.';
    expect(eventsOn(text, 'the first day of the summit', '2023-07-12').map((a) => a.factIds[0])).toEqual(['nato-summit-2023-vilnius']);
    // A week later, with no summit named before it, "the summit" is not known: nothing.
    expect(eventsOn(text, 'the first day of the summit', '2023-07-20')).toEqual([]);
  });
});

describe('no red flag from a leader who met others often', () => {
  it('"Merkel and Hollande met Putin on February 6" is not read as a slip about the Minsk summit of 11-12 February 2015', () => {
    // Made up from the facts (Merkel and Hollande met Putin in Moscow on 6 February 2015, RBTH/Reuters).
    const text = 'Merkel and Hollande met Putin on February 6 to present their peace plan.';
    expect(isRed(eventVerdictsOn(text, 'February 6', '2015-02-10'))).toBe(false);
  });
});

describe('a participant arriving for a summit', () => {
  it('"Putin flew into Geneva on Wednesday" on the day of the Geneva summit (AP, 16 June 2021)', () => {
    // https://siouxcityjournal.com/news/national/govt-and-politics/biden-putin-conclude-summit-between-two-great-powers/article_daa851d8-165b-5e71-b6a3-93c2bf5ecbb7.html
    const text = 'Putin flew into Geneva on Wednesday shortly before the scheduled start of the meeting.';
    expect(eventsOn(text, 'Putin flew into Geneva on Wednesday', '2021-06-16').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'geneva-summit-2021-06-16'],
    ]);
    // A month later no summit of his was held in Geneva: nothing.
    expect(eventsOn(text, 'Putin flew into Geneva', '2021-07-16')).toEqual([]);
  });
});

describe('a month without its year, in a ministerial (ministerials.ts)', () => {
  it('"an informal foreign ministers\' meeting in Turkey in mid-May", written in April (NATO Watch, 10 April 2025)', () => {
    // https://natowatch.org/default/2025/silence-nato-lambs-nato-secretary-general-continues-see-united-states-trustworthy-ally
    const text =
      "The only other NATO gatherings before then are an informal foreign ministers' meeting in Turkey in mid-May and a defence ministers’ session in early June.";
    expect(eventsOn(text, "foreign ministers' meeting in Turkey in mid-May", '2025-04-10').map((a) => [a.verdict, a.factIds[0]])).toEqual([
      ['supported', 'nato-foreign-ministers-2025-05-14'],
    ]);
    expect(eventsOn(text, 'defence ministers’ session in early June', '2025-04-10').map((a) => a.factIds[0])).toEqual([
      'nato-defence-ministers-2025-06-05',
    ]);
    expect(analyze(text, '2025-04-10').some((a) => a.verdict === 'contradicted' || a.verdict === 'outdated')).toBe(false);
  });
});

describe('a place before "summit" names a summit of its own', () => {
  it('is not the place of the summit the sentence is about', () => {
    // Wikipedia, "2023 Vilnius NATO summit": "Madrid" was read as where the Vilnius summit was held.
    const text =
      'The 2023 Vilnius summit was the formal meeting of the heads of state and heads of government of the thirty-one members of the North Atlantic Treaty Organization (NATO), held in Vilnius, Lithuania, on 11–12 July 2023. The summit was officially proposed during the previous 2022 Madrid summit and its dates were fixed on 9 November 2022.';
    expect(isRed(analyze(text, '2023-07-13').map((a) => a.verdict))).toBe(false);
    // Said of the summit itself, a wrong place still is: "the Vilnius summit took place in Madrid".
    const wrong = 'The 2023 NATO summit was held in Madrid, Spain, on 11–12 July 2023.';
    expect(isRed(analyze(wrong, '2023-07-13').map((a) => a.verdict))).toBe(true);
  });
});
