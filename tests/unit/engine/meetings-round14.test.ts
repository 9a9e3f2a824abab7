// Meetings, summits and the war's anchors told in real articles (held-out 12, read in the fourteenth round), with the
// false versions of their sentences (one fact changed) and true look-alikes that must stay silent or confirmed.
import { describe, expect, it } from 'vitest';
import { eventsOn, eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe("the war's anchors: the invasion's anniversary by its day, an invasion of a country Russia never invaded, 'of' dropped", () => {
  // https://www.atalayar.com/en/articulo/politics/biden-vows-russia-will-not-win-ukraine-praises-kievs-resistance/20230221185802181867.html (g215)
  const g215 =
    'US President Joe Biden vowed today that Ukraine "will never" be a victory for Russia and praised Kiev\'s resistance, which "is still standing" a year after the start of the Russian invasion, the anniversary of which is 24 November.';

  it('held-out 12 g215: "the anniversary of which is 24 November" is contradicted; 24 February is confirmed', () => {
    expect(eventVerdictsOn(g215, 'the anniversary of which is 24 November', '2023-02-21')).toEqual(['contradicted']);
    expect(eventVerdictsOn(g215.replace('24 November', '24 February'), 'the anniversary of which is 24 February', '2023-02-21')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn(g215.replace('24 November', '25 February'), 'the anniversary of which is 25 February', '2023-02-21')).toEqual([
      'contradicted',
    ]);
  });

  it('an anniversary of another invasion (Crimea, 2014) is left alone', () => {
    const crimea =
      'Ukraine marked the anniversary of the Russian invasion of Crimea, the anniversary of which is 20 February, with protests.';
    expect(isRed(verdictsOn(crimea, '20 February', '2023-02-21'))).toBe(false);
  });

  // https://ringernews.com/defence-secretary-says-i-was-thrilled-to-meet-with-my-nato-colleagues-again (g202)
  const g202 =
    'In reaction to Russia’s barbarous invasion of Estonia earlier this year, the UK raised the number of soldiers stationed there from 800 to over 1,600, and expanded our commitment to NATO air policing in Romania from four to six RAF planes.';

  it('held-out 12 g202: "Russia’s barbarous invasion of Estonia earlier this year" is contradicted, and so are other members and years', () => {
    expect(eventVerdictsOn(g202, 'invasion of Estonia earlier this year', '2022-06-17')).toEqual(['contradicted']);
    expect(eventVerdictsOn(g202.replace('Estonia', 'Latvia'), 'invasion of Latvia earlier this year', '2022-06-17')).toEqual([
      'contradicted',
    ]);
    const poland = 'Since Russia’s invasion of Poland in 2022, allies have sent more troops east.';
    expect(eventVerdictsOn(poland, 'invasion of Poland in 2022', '2023-03-01')).toEqual(['contradicted']);
  });

  it('true look-alikes stay silent: Ukraine and Georgia, a hypothetical, a fear, a year of the Soviet Union', () => {
    expect(isRed(verdictsOn(g202.replace('Estonia', 'Ukraine'), 'invasion of Ukraine earlier this year', '2022-06-17'))).toBe(false);
    const georgia = 'Russia’s invasion of Georgia in 2008 was a warning the West ignored.';
    expect(isRed(verdictsOn(georgia, 'invasion of Georgia', '2022-06-17'))).toBe(false);
    const would = 'A Russian invasion of Estonia last year would have triggered Article 5.';
    expect(isRed(verdictsOn(would, 'invasion of Estonia', '2023-06-17'))).toBe(false);
    const fear = 'Fears of a Russian invasion of Lithuania in 2022 drove the Baltic states to ask for more troops.';
    expect(isRed(verdictsOn(fear, 'invasion of Lithuania', '2023-06-17'))).toBe(false);
    const soviet = 'Russia’s invasion of Finland in 1939 is still remembered in Helsinki.';
    expect(isRed(verdictsOn(soviet, 'invasion of Finland', '2023-06-17'))).toBe(false);
  });

  // https://euro7.news/finn-sauli-niinisto-the-european-leader-who-knows-putin-best/ (g213)
  it('held-out 12 g213: "the Russian invasion Ukraine on February 24, 2017" ("of" dropped) is contradicted; 2022 is confirmed', () => {
    const g213 = 'She asked him to end the Russian invasion Ukraine on February 24, 2017 and open humanitarian corridors.';
    expect(eventVerdictsOn(g213, 'invasion Ukraine on February 24, 2017', '2022-03-13')).toEqual(['contradicted']);
    expect(eventVerdictsOn(g213.replace('2017', '2022'), 'invasion Ukraine on February 24, 2022', '2022-03-13')).toEqual(['supported']);
    // "After the invasion Ukraine asked ...": no date right after "Ukraine", no claim.
    const asked = 'After the invasion Ukraine asked for help from its partners.';
    expect(verdictsOn(asked, 'invasion Ukraine', '2022-03-13')).toEqual([]);
  });
});

describe('ministerials and the next summit named as NATO and the press name them', () => {
  // https://chronicle.lu/category/abroad/52515-minister-bettel-at-nato-meeting-stresses-need-to-end-human-suffering-in-gaza-reiterates-support-for-ukraine (g044)
  const g044 =
    "Luxembourg's Deputy Prime Minister and Minister for Foreign Affairs and Foreign Trade, Xavier Bettel, participated in the NATO Ministers of Foreign Affairs meeting in Brussels, Belgium, on Tuesday 3 and Wednesday 4 December 2024.";

  it('held-out 12 g044: "the NATO Ministers of Foreign Affairs meeting in Brussels ... 3 and 4 December 2024" is confirmed', () => {
    expect(eventVerdictsOn(g044, 'NATO Ministers of Foreign Affairs meeting in Brussels', '2024-12-05')).toEqual(['supported']);
    // The year off: the weekdays no longer fit.
    expect(isRed(eventVerdictsOn(g044.replace('2024', '2023'), 'Wednesday 4 December 2023', '2024-12-05'))).toBe(true);
  });

  // https://gov.si/en/news/2024-05-31-minister-fajon-at-the-washington-summit-nato-allies-will-speak-with-unity-and-resolve (g035)
  it('held-out 12 g035: "an informal meeting of NATO Foreign Ministers in Prague to prepare for the Washington Summit in July"', () => {
    const g035 =
      'Minister Tanja Fajon attended an informal meeting of NATO Foreign Ministers in Prague to prepare for the Washington Summit in July.';
    expect(eventVerdictsOn(g035, 'meeting of NATO Foreign Ministers in Prague', '2024-05-31')).toEqual(['supported']);
    expect(eventVerdictsOn(g035, 'Washington Summit in July', '2024-05-31')).toEqual(['supported']);
  });

  // https://www.turkishminute.com/2025/06/25/turkey-to-host-next-nato-summit-allies-agree-on-5-percent-defense-spending-target/amp (g050)
  it('held-out 12 g050: "the alliance will hold its next summit in Turkey in 2026", said on the last day of The Hague summit', () => {
    const g050 =
      'NATO leaders on Wednesday committed to spending 5 percent of annual output on defense by 2035 and also announced that the alliance will hold its next summit in Turkey in 2026.';
    expect(eventVerdictsOn(g050, 'its next summit in Turkey', '2025-06-25')).toEqual(['supported']);
  });

  // https://www.eminent-ias.com/daily-current-affairs/nato-concludes-historic-summit-in-the-hague?c=summit-conferences (g051)
  it('held-out 12 g051: the label line "Next NATO Summit: 2026 in Türkiye" is confirmed; another host is not', () => {
    const g051 = 'NATO Summit 2025 – The Hague.\n- Next NATO Summit: 2026 in Türkiye.';
    expect(eventVerdictsOn(g051, 'Next NATO Summit: 2026 in Türkiye', '2025-06-26')).toEqual(['supported']);
    expect(eventVerdictsOn(g051.replace('Türkiye', 'Spain'), 'Next NATO Summit: 2026 in Spain', '2025-06-26')).toEqual([]);
  });

  it('a city the summit was not yet known to be held in is not flagged before it was named', () => {
    expect(isRed(verdictsOn('NATO said so. The next NATO summit will take place in Istanbul.', 'Istanbul', '2025-06-26'))).toBe(false);
  });
});

describe('a complete series of rounds: Russia–Ukraine talks in Istanbul in 2025', () => {
  // https://printhouse.cloud/russia-ukraine-peace-talks-end-after-less-than-2-hours-with-deal-to-swap-pows (held-out 11 y086)
  const y086 =
    'So when I saw the headline that Russia and Ukraine’s latest peace talks in Istanbul lasted less than two hours, about the same time it takes to watch a film, my first thought was: that is not how this works. Either something went right, or wrong.\n\nThe talks wrapped up on September 5th, 2025, with the only concrete outcome being an agreement to swap prisoners of war.';

  it('held-out 11 y086: "The talks wrapped up on September 5th, 2025" is contradicted; the rounds on their days are confirmed', () => {
    expect(eventVerdictsOn(y086, 'The talks wrapped up on September 5th, 2025', '2025-06-03')).toEqual(['contradicted']);
    expect(eventVerdictsOn(y086.replace('September 5th', 'June 2nd'), 'The talks wrapped up on June 2nd, 2025', '2025-06-03')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn(y086.replace('September 5th', 'July 23rd'), 'The talks wrapped up on July 23rd, 2025', '2025-07-25')).toEqual([
      'supported',
    ]);
  });

  it('not flagged: other sides, a plan, a day of another year, no Istanbul', () => {
    const us = 'Ukraine watched closely. US and Russian delegations held talks in Istanbul on February 27, 2025.';
    expect(isRed(verdictsOn(us, 'February 27, 2025', '2025-03-01'))).toBe(false);
    const plan = 'Russia and Ukraine are expected to hold talks in Istanbul. The talks will begin on September 5, 2025.';
    expect(isRed(verdictsOn(plan, 'September 5, 2025', '2025-09-01'))).toBe(false);
    const old = 'Russia and Ukraine met in Istanbul in 2022. The talks were held on March 29, 2022.';
    expect(isRed(verdictsOn(old, 'March 29, 2022', '2025-09-01'))).toBe(false);
    const geneva = 'Russia and Ukraine sent delegations to Geneva. The talks were held on February 17, 2026.';
    expect(isRed(verdictsOn(geneva, 'February 17, 2026', '2026-02-20'))).toBe(false);
  });
});

describe('"spoke to" as a call: confirmed with both people named, never flagged', () => {
  it('"Donald Trump spoke to Vladimir Putin on March 18" is confirmed; another day is not flagged; reporters are nobody\'s call', () => {
    expect(
      eventVerdictsOn('Donald Trump spoke to Vladimir Putin on March 18.', 'spoke to Vladimir Putin on March 18', '2025-03-20'),
    ).toEqual(['supported']);
    expect(isRed(verdictsOn('Donald Trump spoke to Vladimir Putin on March 12, 2025.', 'March 12, 2025', '2025-03-20'))).toBe(false);
    expect(eventVerdictsOn('Donald Trump talked with reporters on March 18.', 'talked with reporters on March 18', '2025-03-20')).toEqual(
      [],
    );
  });
});

describe('the first summit a Secretary General hosts', () => {
  // https://euro.eseuro.com/mix/2744687.html (g208), on the Washington summit's first day
  const g208 =
    'The most special NATO summit begins\n\nToday, the leaders of the 32 member states of the NATO are meeting in Washington, with the war in Ukraine as the central point of the agenda. This is a very special meeting: it will be the first one hosted by Mark Rutte; the 75th anniversary of the organization is also being celebrated.';

  it('held-out 12 g208: "the first one hosted by Mark Rutte" of Washington 2024 is contradicted; of The Hague 2025 confirmed', () => {
    expect(eventVerdictsOn(g208, 'first one hosted by Mark Rutte', '2024-07-09')).toEqual(['contradicted']);
    expect(eventVerdictsOn(g208.replace('Washington', 'The Hague'), 'first one hosted by Mark Rutte', '2025-06-24')).toEqual(['supported']);
    expect(eventVerdictsOn(g208.replace('Mark Rutte', 'Jens Stoltenberg'), 'first one hosted by Jens Stoltenberg', '2025-06-24')).toEqual([
      'contradicted',
    ]);
  });

  it('not flagged: another summit named in the sentence, another year, a host who never held the office', () => {
    const warsaw = 'The NATO summit opens today. The Warsaw summit was the first one chaired by Jens Stoltenberg.';
    expect(isRed(verdictsOn(warsaw, 'Jens Stoltenberg', '2025-06-24'))).toBe(false);
    const year = 'The NATO summit opens today. In 2016 the summit was the first one chaired by Jens Stoltenberg.';
    expect(isRed(verdictsOn(year, 'Jens Stoltenberg', '2025-06-24'))).toBe(false);
    const host = 'The NATO summit opens today in The Hague. It is the first summit hosted by Dick Schoof.';
    expect(isRed(verdictsOn(host, 'Dick Schoof', '2025-06-24'))).toBe(false);
  });
});

describe('the Contact Group as "the Ramstein Group"', () => {
  // https://civil.ge/archives/662459 (g045)
  const g045 =
    'The Georgian Dream’s Ministry of Defense reported on February 13 that GD Defense Minister Irakli Chikovani participated in the 26th meeting of the Ramstein Group in Brussels, at NATO’s headquarters.';

  it("held-out 12 g045: the 26th meeting is confirmed by its number, not taken for another meeting at NATO's headquarters", () => {
    const found = eventsOn(g045, '26th meeting of the Ramstein Group', '2025-02-13');
    expect(found.map((a) => [a.verdict, a.factIds[0]])).toEqual([['supported', 'udcg-2025-02-12']]);
    expect(isRed(verdictsOn(g045.replace('26th', '25th'), '25th meeting of the Ramstein Group', '2025-02-13'))).toBe(false);
  });
});

describe('a NATO summit named by its month and year, at a place that held none then', () => {
  // Mutation probe of a real caption (https://www.nato.int, "NATO summit in London, December 2019"; seed-style r013).
  it('"the NATO summit in Ankara, December 2019" is contradicted; London and Watford are confirmed', () => {
    expect(eventVerdictsOn('Leaders met at the NATO summit in Ankara, December 2019.', 'NATO summit in Ankara', '2019-12-05')).toEqual([
      'contradicted',
    ]);
    expect(eventVerdictsOn('Leaders met at the NATO summit in London, December 2019.', 'NATO summit in London', '2019-12-05')).toEqual([
      'supported',
    ]);
    expect(eventVerdictsOn('Leaders met at the NATO summit in Watford in December 2019.', 'NATO summit in Watford', '2019-12-05')).toEqual([
      'supported',
    ]);
  });

  it('a month with the place right but said loosely stays confirmed: "an extraordinary NATO summit in Brussels in March 2022"', () => {
    const march = 'Leaders held an extraordinary NATO summit in Brussels in March 2022.';
    expect(eventVerdictsOn(march, 'NATO summit in Brussels', '2022-04-01')).toEqual(['supported']);
  });
});
