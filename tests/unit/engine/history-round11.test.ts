// NATO's history, members, summits and the war told in real articles (held-out 9, read in the eleventh round).
// Each family is tested on the article's sentence, on sentences of the same kind from other pages (URLs in
// comments), with the fact changed (flagged where the claim is identified beyond doubt), and on true
// sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe("a meeting's range of days that runs past its last day", () => {
  // https://menafn.com/1109546016/NATO-Foreign-Ministers-Summit-Starts-Today-In-Antalya (Ukrinform, 14 May 2025; errors e009)
  const ukrinform =
    'The informal summit of foreign ministers in Antalya takes place shortly before the North Atlantic Alliance summit, which will be hosted by the Dutch city of The Hague on June 24-26. The United States will be represented by Secretary of State Marco Rubio.';

  it("the article's range is contradicted; the summit's own days are confirmed", () => {
    expect(eventVerdictsOn(ukrinform, 'June 24-26', '2025-05-14')).toEqual(['contradicted']);
    expect(eventVerdictsOn(ukrinform.replace('24-26', '24-25'), 'June 24-25', '2025-05-14')).toEqual(['supported']);
  });

  it('other pages and phrasings: a range with the place, "scheduled for", a range before the month', () => {
    // https://www.pravda.com.ua/eng/news/2025/06/19/7517774/
    const pravda = 'The NATO summit, scheduled for 24-25 June in The Hague, will take place in an unusually brief format.';
    expect(eventVerdictsOn(pravda, '24-25 June', '2025-06-19')).toEqual(['supported']);
    expect(eventVerdictsOn(pravda.replace('24-25', '24-26'), '24-26 June', '2025-06-19')).toEqual(['contradicted']);
    // https://www.thestar.com.my/news/world/2023/07/08/explainer-what039s-on-the-table-for-nato-at-vilnius-summit (Reuters)
    const reuters =
      "NATO leaders will meet in Vilnius on July 11-12 to tackle a wide range of topics, from divisions over Ukraine's membership bid.";
    expect(isRed(verdictsOn(reuters, 'July 11-12', '2023-07-08'))).toBe(false);
    expect(eventVerdictsOn(reuters.replace('11-12', '11-13'), 'July 11-13', '2023-07-08')).toEqual(['contradicted']);
  });

  it('not a range that starts the evening before, nor the days announced a year ahead (NATO, May 2024: "from 24 to 26 June 2025")', () => {
    // https://www.ramanmedianetwork.com/the-netherlands-to-host-2025-nato-summit-in-the-hague/ (25 May 2024; the summit was later held on 24-25 June)
    const announced = 'The 2025 NATO Summit will be held at the World Forum in The Hague, the Netherlands, from 24 to 26 June 2025.';
    expect(isRed(verdictsOn(announced, '24 to 26 June 2025', '2024-05-25'))).toBe(false);
    const early = 'NATO leaders will meet in The Hague on June 23-25 for the alliance summit.';
    expect(isRed(verdictsOn(early, 'June 23-25', '2025-06-10'))).toBe(false);
  });
});

describe('a weekday against its day, the year left to the page', () => {
  // Il Sole 24 Ore (English edition), 23 June 2025 (held-out 9, v056): 25 June 2025 was a Wednesday.
  const v056 = 'The one that will open on Tuesday 25 June in The Hague is a key summit for the future of NATO.';

  it("the article's weekday is contradicted; the right one is not", () => {
    expect(verdictsOn(v056, 'Tuesday 25 June', '2025-06-23')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(v056.replace('Tuesday', 'Wednesday'), 'Wednesday 25 June', '2025-06-23'))).toBe(false);
  });

  it('other pages: "begins on Tuesday, July 11", "on Monday 23 June"', () => {
    // https://diplomaticwatch.com/the-key-summit-of-nato-begins-in-vilnius/ (10 July 2023)
    const watch = 'The two-day summit of the North Atlantic Treaty Organization begins on Tuesday, July 11, in Vilnius, Lithuania.';
    expect(isRed(verdictsOn(watch, 'Tuesday, July 11', '2023-07-10'))).toBe(false);
    expect(verdictsOn(watch.replace('Tuesday', 'Wednesday'), 'Wednesday, July 11', '2023-07-10')).toEqual(['contradicted']);
    // https://www.einpresswire.com/article/822945361/2025-nato-summit-programme-announced (17 June 2025)
    const gov =
      'On Monday 23 June, NATO Secretary General Mark Rutte will hold a press conference at the World Forum in The Hague, ahead of the NATO Summit.';
    expect(isRed(verdictsOn(gov, 'Monday 23 June', '2025-06-17'))).toBe(false);
    expect(verdictsOn(gov.replace('Monday', 'Sunday'), 'Sunday 23 June', '2025-06-17')).toEqual(['contradicted']);
  });

  it('not a day far from the page, whose year is a guess', () => {
    expect(isRed(verdictsOn('The summit will open on Tuesday 25 June in The Hague.', 'Tuesday 25 June', '2025-01-10'))).toBe(false);
  });
});

describe("the war's anchors in more words: Crimea seized, a year before 'when', the day without its year, 'the country invaded'", () => {
  // AP, 3 June 2022 (held-out 9, v024)
  const v024 =
    'The dismal achievement came under 24 hours after Kyiv reported Moscow was presently in charge of 20% of Ukrainian region, including Crimea and portions of the Donbas seized in 2014.';
  // https://unitynews.ainewsglitch.techmarketers.xyz/explainer-where-is-crimea-and-why-is-it-contested (Reuters explainer)
  const reuters =
    'The Crimean peninsula, which Russia seized from Ukraine in 2014, is at the centre of the worst East-West standoff since the Cold War.';
  const seizedFirst = 'Russia seized Crimea in 2014 and backed separatists in the Donbas.';

  it('"seized" of Crimea is confirmed by 2014, and a wrong year flagged only when the verb governs Crimea', () => {
    expect(verdictsOn(v024, 'seized in 2014', '2022-06-03')).toEqual(['supported']);
    expect(verdictsOn(reuters, 'seized', '2022-02-20')).toEqual(['supported']);
    expect(verdictsOn(seizedFirst, 'seized Crimea in 2014', '2022-02-20')).toEqual(['supported']);
    expect(verdictsOn(seizedFirst.replace('2014', '2015'), 'seized Crimea in 2015', '2022-02-20')).toEqual(['contradicted']);
    expect(verdictsOn('Crimea, which Russia seized in 2016, hosts the Black Sea Fleet.', 'seized in 2016', '2022-02-20')).toEqual([
      'contradicted',
    ]);
    // Other places before the verb: the year may be theirs ("parts of Donetsk seized in 2022").
    expect(isRed(verdictsOn(v024.replace('2014', '2022'), 'seized in 2022', '2022-06-03'))).toBe(false);
  });

  it('not a visit to occupied Crimea, nor "took" without Crimea', () => {
    expect(
      isRed(verdictsOn('Putin visited occupied Crimea in 2019, five years after Russia annexed it.', 'Crimea in 2019', '2020-01-10')),
    ).toBe(false);
    expect(isRed(verdictsOn('Russia took part in drills near Crimea in 2021.', 'took', '2021-06-10'))).toBe(false);
    expect(isRed(verdictsOn('Ukraine captured a Russian ship off Crimea in 2023.', 'captured', '2023-09-10'))).toBe(false);
  });

  // AP, 13 April 2021 (held-out 9, v017)
  const v017 =
    'There has been an increase in violations of a shaky cease-fire in eastern Ukraine, where Russian-backed separatists and Ukrainian troops have been deadlocked since 2014 when Russian annexed the Crimea region.';

  it('a year right before "when Russia annexed" is the annexation\'s', () => {
    expect(verdictsOn(v017, 'since 2014 when Russian annexed', '2021-04-13')).toEqual(['supported']);
    // https://epstopikpakistan.blogspot.com/2023/03
    const blog = 'The war in Ukraine began in 2014, when Russian forces annexed Crimea, a region previously part of Ukraine.';
    expect(verdictsOn(blog, 'annexed', '2023-03-10')).toEqual(['supported']);
    expect(verdictsOn(v017.replace('since 2014', 'since 2015'), 'since 2015 when Russian annexed', '2021-04-13')).toEqual(['contradicted']);
    // A count between the year and the verb: another event's year.
    const counted = 'Protests broke out in 2016, two years after Russia annexed Crimea.';
    expect(isRed(verdictsOn(counted, 'annexed', '2021-04-13'))).toBe(false);
  });

  it('"Russia\'s 24 February intrusion": the day without its year inside the phrase, confirmed only', () => {
    // AP, 3 June 2022 (held-out 9, v024)
    const intrusion = 'Since Russia’s 24 February intrusion, a great many individuals have been killed and millions compelled to escape.';
    expect(verdictsOn(intrusion, 'Russia’s 24 February intrusion', '2022-06-03')).toEqual(['supported']);
    // https://jam-news.net/live-updates-russian-ukrainian-war-day-12/ (7 March 2022): the day after "began on", read before.
    const jam =
      'Russia’s invasion of Ukraine began on February 24th. Several Ukrainian and Western sources say that the Russian army has lost soldiers.';
    expect(verdictsOn(jam, 'began on February 24th', '2022-03-07')).toEqual(['supported']);
    // The month first, as American wires write it.
    const feb = "Since Russia's February 24 invasion, more than 6 million people have fled Ukraine.";
    expect(verdictsOn(feb, "Russia's February 24 invasion", '2022-05-10')).toEqual(['supported']);
    expect(isRed(verdictsOn(feb.replace('24', '26'), "Russia's February 26 invasion", '2022-05-10'))).toBe(false);
  });

  it('"The country invaded Ukraine on February 24, 2022" after a sentence on Russia', () => {
    // https://www.bbc.co.uk/newsround (held-out 9, v022, 24 February 2022)
    const v022 =
      'Russia is the largest country in the world. The country invaded Ukraine on February 24, 2022 and there are fears about what this could mean for the stability of Europe.';
    expect(verdictsOn(v022, 'invaded Ukraine on February 24, 2022', '2022-02-24')).toEqual(['supported']);
    // Another invader named before: not Russia's.
    const ww2 = 'Germany attacked the Soviet Union in June 1941. The country invaded Ukraine on June 22, 1941.';
    expect(isRed(verdictsOn(ww2, 'invaded Ukraine', '2022-02-24'))).toBe(false);
  });
});

describe('the bare name "Macedonia" in a sentence on joining NATO; "accession papers"; "the 30th alliance member"', () => {
  // https://www.thenews.com.pk/print/428843-macedonia-signs-nato-accession-accord (AFP, 7 February 2019; held-out 9, v003)
  const afp =
    'BRUSSELS: Macedonia signed accession papers with NATO on Wednesday, a key step on the way to joining the alliance after resolving a long-running name row with Greece. NATO Secretary General Jens Stoltenberg said it was a "historic day" which will lead to Macedonia becoming the 30th alliance member once the deal has been ratified by all the other capitals.';

  it("the article's two claims are confirmed", () => {
    expect(verdictsOn(afp, 'Macedonia signed accession papers with NATO on Wednesday', '2019-02-07')).toEqual(['supported']);
    expect(verdictsOn(afp, 'Macedonia becoming the 30th alliance member', '2019-02-07')).toEqual(['supported']);
  });

  it('other pages: "the Accession Protocol for Macedonia", "an agreement with Macedonia ... the military alliance\'s 30th member"', () => {
    // https://7dnews.com/news/nato-macedonia-sign-accession-accord (Reuters, 7 February 2019)
    const seven =
      "Permanent representatives of the 29 members of the North Atlantic Treaty Organisation (Nato) on Wednesday, February 6th, signed the “Accession Protocol for Macedonia”, in Brussels, paving the way for the Balkan nation to become the Alliance's 30th member, Reuters has reported.";
    expect(verdictsOn(seven, 'signed the “Accession Protocol for Macedonia”', '2019-02-07')).toContain('supported');
    // https://www.politico.eu/article/macedonia-signs-nato-agreement/ (6 February 2019)
    const politico =
      "NATO members signed an agreement with Macedonia on Wednesday, allowing the country to become the military alliance's 30th member.";
    expect(verdictsOn(politico, "alliance's 30th member", '2019-02-06')).toEqual(['supported']);
  });

  it('a wrong ordinal or year is contradicted; the Greek province is not the country', () => {
    expect(verdictsOn(afp.replace('30th', '31st'), 'Macedonia becoming the 31st alliance member', '2019-02-07')).toEqual(['contradicted']);
    expect(verdictsOn('Macedonia signed accession papers with NATO on 6 February 2018.', 'accession papers', '2019-02-07')).toEqual([
      'contradicted',
    ]);
    // https://www.politico.eu/article/macedonia-signs-nato-agreement/
    const province =
      'Greece had argued the country’s name infringed on its northern province, also called Macedonia, blocking the country’s membership of NATO and the European Union.';
    expect(verdictsOn(province, 'Macedonia', '2019-02-06')).toEqual([]);
    expect(isRed(verdictsOn('Greek Macedonia hosted NATO drills as Albania, the 29th member, watched.', 'Macedonia', '2019-02-06'))).toBe(
      false,
    );
  });
});

describe("NATO's membership with its count in a clause of 'now'", () => {
  // Held-out 9, v040 (July 2024)
  const v040 =
    'The summit also highlights the evolution of Nato’s membership over the years, now comprising 32 countries across Europe and North America.';

  it('confirmed with the right count, outdated with an old one', () => {
    expect(verdictsOn(v040, 'now comprising 32 countries', '2024-07-09')).toEqual(['supported']);
    expect(verdictsOn(v040.replace('32', '31'), 'now comprising 31 countries', '2024-07-09')).toEqual(['outdated']);
    expect(verdictsOn("NATO's membership, now at 32 countries, has doubled since the Cold War.", 'now at 32', '2024-07-09')).toEqual([
      'supported',
    ]);
  });

  it('its total counted from the founders, "since its 1949 founding" a span to the page: the stale count is outdated', () => {
    // https://signature.extremeloans.com/sig/the-unfiltered-nato-membership-map-all-32-countries-standing-together (2024: 31, it was 32)
    const total =
      'NATO’s membership has evolved significantly since its 1949 founding, expanding from 12 original signatories to a current total of 31 countries.';
    expect(verdictsOn(total, 'a current total of 31 countries', '2024-07-09')).toEqual(['outdated']);
    expect(verdictsOn(total.replace('31', '32'), 'a current total of 32 countries', '2024-07-09')).toEqual(['supported']);
    // Not a count of NATO's members.
    const backers = "NATO's membership perspective for Ukraine, now backed by 20 countries, was discussed.";
    expect(verdictsOn(backers, '20 countries', '2024-07-09')).toEqual([]);
  });
});

describe('a round of talks numbered, and the two sides meeting, by the day', () => {
  // https://gayaone.com/en/world-events/summit-meetings/trehstoronnie-peregovory-po-ukraine-v-abu-dabi-vtoroj-raund-v-poiskah-mira-na-fone-eskalacii
  // (held-out 9, v073, 4 February 2026)
  const gaya =
    'On February 4, 2026, the capital of the United Arab Emirates became the focal point of international diplomacy as the second round of trilateral negotiations commenced between representatives from Ukraine, Russia, and the United States.';
  const initial =
    'This current diplomatic effort follows an initial round held in Abu Dhabi on January 23–24, 2026, which was characterized as "constructive" despite the lack of immediate results.';

  it("the article's rounds are confirmed; a wrong number of a trilateral round told with its day is contradicted", () => {
    expect(eventVerdictsOn(gaya, 'second round of trilateral negotiations', '2026-02-04')).toEqual(['supported']);
    expect(eventVerdictsOn(initial, 'initial round held in Abu Dhabi', '2026-02-04')).toEqual(['supported']);
    expect(eventVerdictsOn(gaya.replace('second', 'third'), 'third round of trilateral negotiations', '2026-02-04')).toEqual([
      'contradicted',
    ]);
    expect(eventVerdictsOn(gaya.replace('second', 'first'), 'first round of trilateral negotiations', '2026-02-04')).toEqual([
      'contradicted',
    ]);
  });

  it('other pages: "began today", "in late January", the Belarus rounds of 2022 by their place', () => {
    // https://unn.ua/en/news/the-uae-showed-the-first-official-footage-from-the-second-round-of-negotiations-between-ukraine-the-us-and-russia-in-abu-dhabi
    const unn =
      'The second round of trilateral talks between Ukraine, the United States, and Russia began today in Abu Dhabi as part of diplomatic efforts to advance the political process.';
    expect(eventVerdictsOn(unn, 'began today in Abu Dhabi', '2026-02-04')).toEqual(['supported']);
    // https://www.ukrinform.net/amp/rubric-polytics/4087579-new-round-of-talks-between-ukraine-us-and-russia-to-take-place-today-in-abu-dhabi.html
    const ukrinform = 'The first round of trilateral talks in the UAE capital in late January produced few results, the outlet notes.';
    expect(eventVerdictsOn(ukrinform, 'first round of trilateral talks', '2026-02-04')).toEqual(['supported']);
    const belarus = 'The first round of Russia-Ukraine talks took place on February 28, 2022 in Belarus.';
    expect(isRed(verdictsOn(belarus, 'first round', '2022-03-01'))).toBe(false);
    expect(eventVerdictsOn(belarus.replace('first', 'second'), 'second round', '2022-03-01')).toEqual(['contradicted']);
  });

  it('not a round of another series on the same day, nor a day told relative to the page', () => {
    const bilateral = 'On February 4, 2026, the second round of US-Russia talks opened in Abu Dhabi alongside the trilateral format.';
    expect(isRed(verdictsOn(bilateral, 'second round', '2026-02-04'))).toBe(false);
    const today = 'The third round of trilateral talks between Ukraine, the United States, and Russia began today in Abu Dhabi.';
    expect(isRed(verdictsOn(today, 'third round', '2026-02-04'))).toBe(false);
  });

  it('"Russian negotiators met Ukrainian counterparts ... on February 4-5" (v076), "Russian and Ukrainian delegations met ... on May 16, 2025"', () => {
    // https://ptelegraph.com/middle-east/uae/kremlin-describes-latest-abu-dhabi-peace-talks-as-constructive-and-productive (held-out 9, v076, 6 February 2026)
    const v076 =
      'Russian negotiators met Ukrainian counterparts and UAE mediators on February 4-5 to discuss ceasefire terms and territorial arrangements.';
    expect(eventVerdictsOn(v076, 'February 4-5', '2026-02-06')).toEqual(['supported']);
    const istanbul = 'Russian and Ukrainian delegations met in Istanbul on May 16, 2025 for the first direct talks since 2022.';
    expect(eventVerdictsOn(istanbul, 'May 16, 2025', '2025-05-20')).toEqual(['supported']);
    // A day with no round on record: nothing said, never red.
    expect(eventVerdictsOn(v076.replace('February 4-5', 'February 10'), 'February 10', '2026-02-12')).toEqual([]);
  });
});

describe("a summit's declaration or communiqué named by its place", () => {
  // Held-out 9, v008 (4 December 2019)
  const v008 =
    'Following their meeting in London, the heads of state and government of NATO member states issued a joint statement, the London Declaration.';

  it("the article's declaration is the London meeting's; other pages' communiqués are their summits'", () => {
    expect(verdictsOn(v008, 'the London Declaration', '2019-12-04')).toEqual(['supported']);
    // https://asiaplustj.info/en/news/world/20230712/nato-summit-in-vilnius-results-in-issuing-vilnius-summit-communiqu
    const asia =
      'NATO Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius on July 11, 2023 issued the Vilnius Summit Communiqué.';
    expect(verdictsOn(asia, 'Vilnius Summit Communiqué', '2023-07-12')).toContain('supported');
    // https://www.urdupoint.com/en/world/leaders-adopt-new-nato-2030-strategic-concept-1277308.html (June 2021)
    const urdu = '"As a result, today we agree NATO 2030 - a transatlantic agenda for the future," the Brussels Summit Communique read.';
    expect(verdictsOn(urdu, 'Brussels Summit Communique', '2021-06-14')).toEqual(['supported']);
  });

  it('nothing said of another club, of a declaration of no recent summit, nor of a year with no NATO summit there', () => {
    const eap = 'At the 2009 summit of the EU Eastern Partnership, leaders adopted the Prague Declaration.';
    expect(verdictsOn(eap, 'Prague Declaration', '2009-05-08')).toEqual([]);
    expect(verdictsOn(v008, 'the London Declaration', '2021-03-01')).toEqual([]);
    expect(isRed(verdictsOn('NATO leaders recalled the 2017 London Declaration.', 'London Declaration', '2021-03-01'))).toBe(false);
  });
});

describe("a summit 'set to take place later this month', after the day the news was told", () => {
  // Held-out 9, v054 (4 June 2025)
  const v054 =
    'NATO secretary Mark Rutte confirmed on Wednesday that Ukraine had been invited to its Summit in the Netherlands, set to take place later this month.';

  it('the day of the saying is not the summit\'s: "later this month" is read', () => {
    expect(eventVerdictsOn(v054, 'set to take place later this month', '2025-06-04')).toEqual(['supported']);
    // https://www.devdiscourse.com/article/law-order/2244090-nato-leaders-to-meet-for-next-summit-in-vilnius-on-july-11-12 (9 November 2022)
    const dev = 'NATO leaders will gather for their next summit in Vilnius on July 11-12, the military alliance announced on Wednesday.';
    expect(eventVerdictsOn(dev, 'July 11-12', '2022-11-09')).toEqual(['supported']);
    // The summit told on the day said: never red.
    expect(isRed(verdictsOn(v054.replace('later this month', 'on Wednesday'), 'on Wednesday', '2025-06-04'))).toBe(false);
  });
});

describe("a NATO summit's day slipped by a few days or its year by one, told right after its place", () => {
  // https://www.polishnews.com/nato-summit-in-warsaw-poland
  const polish = 'The Warsaw NATO Summit took place in Warsaw, Poland on July 8-9, 2016. There were 61 official delegations.';
  // https://cloudflare-ipfs.com/ipfs/QmXoypizjW3WknFiJnKLwHCnL72vedxjQkDDP1mXWo6uco/wiki/2016_Warsaw_summit.html (Wikipedia)
  const wiki = 'The 2016 NATO summit was held at the National Stadium in Warsaw on 8 July 2016.';

  it('the true days are confirmed; the form with its day slipped or its year off by one is contradicted', () => {
    expect(isRed(verdictsOn(polish, 'July 8-9, 2016', '2016-08-01'))).toBe(false);
    expect(isRed(verdictsOn(wiki, '8 July 2016', '2016-08-01'))).toBe(false);
    expect(verdictsOn('The NATO summit in Warsaw took place on July 12, 2016.', 'July 12, 2016', '2016-09-01')).toEqual(['contradicted']);
    expect(verdictsOn('The NATO summit in Warsaw took place on July 8, 2015.', 'July 8, 2015', '2016-09-01')).toEqual(['contradicted']);
    expect(verdictsOn('The NATO summit in Vilnius was held on July 14, 2023.', 'July 14, 2023', '2023-09-01')).toEqual(['contradicted']);
  });

  it("not a day told of something else after the summit's place, nor a year a summit was held there", () => {
    const eu = 'After the NATO summit in Brussels, Biden attended the EU-US summit on June 15, 2021.';
    expect(isRed(verdictsOn(eu, 'June 15, 2021', '2021-07-01'))).toBe(false);
    // The evening before (leaders arrive then), and a plan told before the days were settled.
    expect(isRed(verdictsOn('The NATO summit in Warsaw opened on July 7, 2016.', 'July 7, 2016', '2016-09-01'))).toBe(false);
    expect(isRed(verdictsOn('The NATO summit in Warsaw will open on July 11, 2016.', 'July 11, 2016', '2016-09-01'))).toBe(false);
    // Leaders met at NATO headquarters in Brussels in May 2017 as well as in July 2018: the event reader does not take
    // July 11, 2017 for a slip of either. Since round 15 the record of NATO's summits of 2010-2025 is complete
    // (event-series.json), and no summit was held within weeks of that day: summit-series.ts contradicts it.
    expect(verdictsOn('The NATO summit in Brussels took place on July 11, 2017.', 'July 11, 2017', '2018-09-01')).toEqual(['contradicted']);
  });
});

describe('an accession told as "became a member of the alliance" or "entered NATO" (a generated probe over the accessions)', () => {
  it('confirmed with the right year, contradicted with a wrong one', () => {
    expect(verdictsOn('Poland became a member of the alliance in 1999.', 'member of the alliance in 1999', '2025-06-01')).toEqual([
      'supported',
    ]);
    expect(verdictsOn('Poland became a member of the alliance in 1998.', 'member of the alliance in 1998', '2025-06-01')).toEqual([
      'contradicted',
    ]);
    expect(verdictsOn('Greece and Turkey entered NATO in 1952.', 'entered NATO in 1952', '2025-06-01')).toEqual(['supported']);
    expect(verdictsOn('Poland entered NATO in 1998.', 'entered NATO in 1998', '2025-06-01')).toEqual(['contradicted']);
  });

  it('other pages: "since they joined the alliance in 2004"; not airspace entered', () => {
    // https://natoassociation.ca/tag/antalya-popatia
    const nac =
      'Referred to collectively as the Baltic states, these countries are members of the European Union and have played an important role in NATO since they joined the alliance in 2004.';
    expect(isRed(verdictsOn(nac, 'joined the alliance in 2004', '2024-01-10'))).toBe(false);
    expect(isRed(verdictsOn('A Polish jet entered NATO airspace over Lithuania in 1998.', 'entered NATO airspace', '2025-06-01'))).toBe(
      false,
    );
  });
});

describe("NATO's anniversary with a year of another clause in its sentence", () => {
  // AP, 4 April 2023 (held-out 9, v029)
  const v029 =
    'Its entry marks the first enlargement of NATO since North Macedonia joined in 2020, and came on the 74th anniversary of the alliance’s establishment.';

  it("the anniversary is read against the page's day, the other clause's year aside", () => {
    expect(verdictsOn(v029, '74th anniversary', '2023-04-04')).toEqual(['supported']);
    expect(isRed(verdictsOn(v029.replace('74th', '73rd'), '73rd anniversary', '2023-04-04'))).toBe(false);
    // https://barakoutlet.com/2023/04/04/finland-joins-nato-for-major-cause-to-russia-over-ukraine-war/
    const barak =
      'In praising Finland’s membership, U.S. President Joe Biden noted it came on the 74th anniversary of the signing of NATO’s founding treaty on April 4, 1949.';
    expect(verdictsOn(barak, '74th anniversary', '2023-04-04')).toContain('supported');
    // https://www.einpresswire.com/article/626056007/finland-s-accession-to-nato (State Department, 4 April 2023)
    const state = 'On this historic day as we mark the 74th anniversary of NATO, we also welcome Finland as NATO’s 31st Ally.';
    expect(verdictsOn(state, '74th anniversary of NATO', '2023-04-04')).toEqual(['supported']);
  });

  it('a year said with the anniversary itself still decides it', () => {
    expect(verdictsOn("NATO's 50th anniversary in 2004 was celebrated in Istanbul.", '50th anniversary in 2004', '2019-01-01')).toEqual([
      'contradicted',
    ]);
  });
});

describe("the Contact Group's meetings by number in more names, and its founding month", () => {
  // https://en.interfax.com.ua/news/general/935226.html (Pentagon via Interfax-Ukraine, 15 September 2023; held-out 9, v033)
  const interfax = '“This will be the 15th meeting of the UDCG since Secretary Austin formed the international group in April, 2022.';
  // Babel, 20 January 2023 (held-out 9, v028)
  const babel = 'The eighth meeting of the Contact Group on Ukrainian defense issues opened in Germany at the US airbase Ramstein.';
  // https://unn.ua/en/news/ramstein-23-pentagon-chief-opens-meeting-in-brussels (June 2024)
  const unn =
    'US Secretary of Defense Lloyd Austin opened the 23rd meeting of the Contact Group on Ukraine’s Defense (in the Reimstein format).';

  it('the number is confirmed by the meeting of that number near the page', () => {
    expect(verdictsOn(interfax, '15th meeting of the UDCG', '2023-09-15')).toEqual(['supported']);
    expect(verdictsOn(babel, 'eighth meeting', '2023-01-20')).toEqual(['supported']);
    expect(verdictsOn(unn, '23rd meeting', '2024-06-13')).toEqual(['supported']);
    // No meeting of that number near the page: nothing said (the list is not complete).
    expect(verdictsOn(interfax.replace('15th', '14th'), '14th meeting', '2023-09-15')).toEqual([]);
  });

  it('the founding month: April 2022 confirmed in two phrasings, another month contradicted', () => {
    expect(verdictsOn(interfax, 'formed the international group in April, 2022', '2023-09-15')).toEqual(['supported']);
    // https://censor.net/en/news/3508140/pentagon_on_the_ramstein_meeting_to_help_ukraine (September 2024)
    const censor =
      'The next meeting of the Contact Group on Defense of Ukraine in the Ramstein format will be held in person in Germany on September 6. He noted that this will be the 24th meeting since Pentagon Chief Lloyd Austin initiated the format in April 2022.';
    expect(verdictsOn(censor, 'initiated the format in April 2022', '2024-09-04')).toEqual(['supported']);
    expect(verdictsOn(interfax.replace('April', 'May'), 'formed the international group in May, 2022', '2023-09-15')).toEqual([
      'contradicted',
    ]);
    // Another Austin, with no Contact Group near: nothing.
    expect(verdictsOn('The band has toured since Austin formed the group in May 2019.', 'formed the group', '2023-09-15')).toEqual([]);
  });
});

describe('the war\'s length as an adjective with a half: "Russia\'s three-and-a-half-year invasion"', () => {
  // AP, 17 October 2025 (held-out 9, v065)
  const v065 =
    "Trump expressed hope that peace negotiations with Russia could end the ongoing war without the need for supplying Ukraine with long-range Tomahawk missiles, which Kyiv has been urgently requesting to counter Russia's three-and-a-half-year invasion.";

  it('confirmed when it is the length, contradicted when plainly off, not red when half a year short', () => {
    expect(verdictsOn(v065, 'three-and-a-half-year invasion', '2025-10-17')).toEqual(['supported']);
    const short = "Kyiv has been urgently requesting missiles to counter Russia's one-and-a-half-year invasion.";
    expect(verdictsOn(short, 'one-and-a-half-year invasion', '2025-10-17')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(v065.replace('three-and-a-half', 'two-and-a-half'), 'two-and-a-half-year invasion', '2025-10-17'))).toBe(false);
    // The same form without the half, as other wires write it (January 2026: "Russia’s nearly four-year invasion").
    expect(
      verdictsOn("Kyiv keeps asking for help against Russia's nearly four-year invasion of Ukraine.", 'four-year invasion', '2026-01-20'),
    ).toEqual(['supported']);
  });
});

describe("'the meeting marked the first three-way engagement': the round of the page's day and its place in the series", () => {
  // https://ptelegraph.com/middle-east/abu-dhabi-hosts-direct-negotiations-between-ukraine-russia-and-united-states-delegations
  // (held-out 9, v074, 4 February 2026: the second trilateral round)
  const v074 = "The meeting marked the first three-way engagement since Russia's 2022 invasion of Ukraine.";

  it("contradicted on the second round's day, confirmed on the first's", () => {
    expect(eventVerdictsOn(v074, 'The meeting marked the first three-way engagement', '2026-02-04')).toEqual(['contradicted']);
    expect(eventVerdictsOn(v074, 'The meeting marked the first three-way engagement', '2026-01-24')).toEqual(['supported']);
    expect(eventVerdictsOn(v074.replace('first', 'second'), 'the second three-way engagement', '2026-02-05')).toEqual(['supported']);
  });

  it('nothing on a day with no round on record, nor for an earlier round told in passing', () => {
    expect(eventVerdictsOn(v074, 'The meeting marked', '2026-03-10')).toEqual([]);
    // https://www.ukrinform.net/amp/rubric-polytics/4087579-new-round-of-talks-between-ukraine-us-and-russia-to-take-place-today-in-abu-dhabi.html
    const ukrinform = 'The first round of trilateral talks in the UAE capital in late January produced few results, the outlet notes.';
    expect(isRed(verdictsOn(ukrinform, 'first round', '2026-02-04'))).toBe(false);
  });
});

describe("the Normandy format 'has not met since' its last summit's month (confirm only)", () => {
  // AFP, 16 April 2021 (held-out 9, v018)
  // (The engine reads a page's events only when it names someone or somewhere it knows: here Zelensky.)
  const v018 = 'Zelensky called for talks with Putin. The Normandy group has not met since December 2019.';

  it('confirmed by the last summit before the page; another month says nothing', () => {
    expect(verdictsOn(v018, 'has not met since December 2019', '2021-04-16')).toEqual(['supported']);
    expect(
      verdictsOn('Leaders of the Normandy format have not met since December 2019, Kremlin officials said.', 'not met since', '2021-11-01'),
    ).toEqual(['supported']);
    // https://kyivpost.com/ukraine-politics/french-president-says-normandy-four-to-meet-in-paris-on-dec-9.html (November 2019):
    // before the Paris summit, the last was Berlin in October 2016.
    expect(
      verdictsOn('Zelensky wants a summit. The Normandy Four leaders have not met since October 2016.', 'not met since', '2019-11-15'),
    ).toEqual(['supported']);
    expect(verdictsOn(v018.replace('December', 'October'), 'not met since', '2021-04-16')).toEqual([]);
  });
});
