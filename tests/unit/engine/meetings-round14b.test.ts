// Meetings, summits and the war's anchors, second pass of the fourteenth round: held-out 12 and the dev14 pages
// (/tmp/dev14, not in the repository: ids cited), their false versions (one fact changed) and true look-alikes.
import { describe, expect, it } from 'vitest';
import { eventsOn, eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe('a summit named by its city and a month of a year in which NATO met there', () => {
  // A red flag on true text found by the first pass: NATO leaders met by video from its headquarters in Brussels on
  // 25 February 2022 and in person there on 24 March 2022. A wrong month is no wrong year.
  const feb = 'Leaders met at an extraordinary NATO summit in Brussels in February 2022 to discuss the invasion.';

  it('"an extraordinary NATO summit in Brussels in February 2022" is not contradicted (the virtual summit of 25 February)', () => {
    expect(isRed(verdictsOn(feb, 'summit in Brussels in February 2022', '2024-01-01'))).toBe(false);
    expect(isRed(verdictsOn(feb, 'summit in Brussels in February 2022', '2022-03-01'))).toBe(false);
    expect(eventVerdictsOn(feb.replace('February', 'March'), 'summit in Brussels in March 2022', '2024-01-01')).toEqual(['supported']);
  });

  it('a year with no NATO summit in the city is still contradicted', () => {
    const vilnius = 'Leaders met at the NATO summit in Vilnius in 2022.';
    expect(eventVerdictsOn(vilnius, 'summit in Vilnius in 2022', '2024-01-01')).toEqual(['contradicted']);
    const brussels = 'Leaders met at the NATO summit in Brussels in 2016.';
    expect(eventVerdictsOn(brussels, 'summit in Brussels in 2016', '2024-01-01')).toEqual(['contradicted']);
  });
});

describe('meetings now on record: their real sentences confirmed', () => {
  // https://chronicle.lu/category/abroad/39670-luxembourg-defence-minister-highlights-hybrid-cyber-threats-at-nato-meeting (g020)
  it('held-out 12 g020: "the meeting of NATO Defence Ministers, which took place on 16 and 17 February 2022 at NATO Headquarters"', () => {
    const g020 =
      'Luxembourg’s Deputy Prime Minister and Minister of Defence, François Bausch, participated in the meeting of NATO Defence Ministers, which took place on 16 and 17 February 2022 at NATO Headquarters in Brussels.';
    expect(eventVerdictsOn(g020, 'meeting of NATO Defence Ministers', '2022-02-18')).toEqual(['supported']);
    expect(isRed(verdictsOn(g020.replace('16 and 17 February', '23 and 24 February'), 'meeting of NATO Defence', '2022-02-25'))).toBe(
      false,
    );
  });

  // https://euromaidanpress.com/2026/01/06/paris-declaration-signed (g062)
  it('held-out 12 g062: "following a summit in Paris on 6 January" (the Coalition of the Willing, 2026)', () => {
    const g062 =
      'Ukraine, the United States, and members of the “Coalition of the Willing” have agreed on a framework of security guarantees aimed at ensuring Ukraine’s defense and a lasting peace, following a summit in Paris on 6 January.';
    expect(eventVerdictsOn(g062, 'a summit in Paris on 6 January', '2026-01-06')).toEqual(['supported']);
  });

  // https://www.atalayar.com/en/articulo/politics/biden-vows-russia-will-not-win-ukraine-praises-kievs-resistance/20230221185802181867.html (g215)
  it('held-out 12 g215: "Biden, who made a highly symbolic visit to Kiev on Monday" (20 February 2023)', () => {
    const g215 =
      'Biden, who made a highly symbolic visit to Kiev on Monday, said he could testify that Ukraine\'s capital "is still standing" despite Russian armed forces trying to conquer it.';
    expect(eventVerdictsOn(g215, 'visit to Kiev on Monday', '2023-02-21')).toEqual(['supported']);
  });

  // https://www.breakinglatest.news/world/joe-bidens-visit-to-kiev/ (held-out 11 y031): a visit is never flagged by another day.
  it('a visit on record is not contradicted by the day of something else in the sentence', () => {
    const y031 =
      'US President Joe Biden made a surprise visit to Kiev, the capital of Ukraine, on Monday morning. It was Biden’s first visit to Ukraine since the Russian invasion of the country began on February 24 last year.';
    expect(eventVerdictsOn(y031, 'February 24 last year', '2023-02-20')).toEqual(['supported']);
    const earlier = 'Biden visited Kyiv on 7 December 2015 as vice president.';
    expect(isRed(verdictsOn(earlier, 'visited Kyiv', '2023-03-01'))).toBe(false);
  });
});

describe("a body's first meeting (the NATO-Ukraine Council, 12 July 2023)", () => {
  // https://mvep.gov.hr/press-22794/croatia-strongly-supports-ukraine-s-nato-membership/257593 (g030)
  const g030 =
    'Three things are key when it comes to the message to Ukraine - military assistance and raising Ukrainian army-NATO interoperability, the establishment of the NATO-Ukraine Council, which will first meet tomorrow, and easing the formal conditions for joining, said Grlić Radman.';
  // https://www.gov.si/en/news/2023-07-12-end-of-the-nato-summit-in-vilnius-slovenia-will-be-actively-involved-in-seeking-peace-in-ukraine/ (g031)
  const g031 =
    'According to the Prime Minister, a "historic" inaugural meeting of the NATO-Ukraine Council at the level of the heads of state and government followed, at which Ukrainian President Volodymyr Zelenskyy participated as an equal member.';

  it('held-out 12 g030 and g031 are confirmed', () => {
    expect(eventVerdictsOn(g030, 'which will first meet tomorrow', '2023-07-11')).toEqual(['supported']);
    expect(eventVerdictsOn(g031, 'inaugural meeting of the NATO-Ukraine Council', '2023-07-12')).toEqual(['supported']);
  });

  it('a past first meeting on another day with its year is contradicted; a plan for another day, or no day on a later page, is not', () => {
    const past = 'The first meeting of the NATO-Ukraine Council took place on 12 July 2024 in Vilnius.';
    expect(eventVerdictsOn(past, 'first meeting of the NATO-Ukraine Council', '2025-01-01')).toEqual(['contradicted']);
    expect(eventVerdictsOn(past.replace('2024', '2023'), 'first meeting of the NATO-Ukraine Council', '2025-01-01')).toEqual(['supported']);
    expect(isRed(verdictsOn(g030, 'which will first meet tomorrow', '2023-07-04'))).toBe(false);
    expect(isRed(verdictsOn(g031, 'inaugural meeting', '2023-09-01'))).toBe(false);
  });

  it('the Vilnius summit told by its days stays the summit (the council met within it)', () => {
    const r034 =
      'Wrapping up the Summit in Vilnius on Wednesday (12 July 2023), Secretary General Jens Stoltenberg welcomed that NATO leaders took major decisions.';
    expect(eventsOn(r034, 'Summit in Vilnius', '2023-07-12').map((a) => a.factIds[0])).toEqual(['nato-summit-2023-vilnius']);
  });
});

describe('anaphors of a ministerial and a summit', () => {
  // https://kyivindependent.com/slovenia-assures-continued-assistance-to-ukraine-at-nato-foreign-ministers-meeting (g043)
  const g043 =
    "Slovenian Foreign Minister Tanja Fajon reaffirmed her country’s strong support for Ukraine during the two-day ministerial NATO meeting in Brussels, Ukrinform reported on Dec. 4. NATO's two-day ministerial meeting will focus on providing Ukraine with enough military aid to enable it to enter any possible negotiations from a position of strength, Secretary General Mark Rutte said ahead of the meeting in Brussels on Dec. 3.";

  it('held-out 12 g043: "ahead of the meeting in Brussels on Dec. 3" is the ministerial named before it', () => {
    expect(eventVerdictsOn(g043, 'the meeting in Brussels on Dec. 3', '2024-12-04')).toEqual(['supported']);
    // Another city is not confirmed (and not flagged: which meeting is meant is not sure).
    expect(isRed(verdictsOn(g043.replace('in Brussels on Dec. 3', 'in Prague on Dec. 3'), 'the meeting in Prague', '2024-12-04'))).toBe(
      false,
    );
    // No ministerial named before: "the meeting" is no one's.
    const bare = 'Rutte spoke to reporters ahead of the meeting in Brussels on Dec. 3.';
    expect(eventVerdictsOn(bare, 'the meeting in Brussels', '2024-12-04')).toEqual([]);
  });

  // https://rks.news/?p=87636 (g060)
  it('held-out 12 g060: "since the Hague Summit in June", with the next summit\'s days later in the sentence', () => {
    const g060 =
      'On December 3, 2025, the Foreign Ministers of NATO member states will meet in Brussels to review progress made since the Hague Summit in June and to begin preparations for the next Summit of Allied heads of state and government, scheduled to be held in Ankara on July 7–8, 2026.';
    expect(eventVerdictsOn(g060, 'Hague Summit in June', '2025-11-28')).toEqual(['supported']);
    expect(eventVerdictsOn(g060, 'scheduled to be held in Ankara', '2025-11-28')).toEqual(['supported']);
    // The summit's own days, told after it, still keep the year from confirming them.
    const own = 'The 2025 NATO summit in The Hague took place on June 27-28.';
    expect(eventVerdictsOn(own, '2025 NATO summit in The Hague', '2025-07-10')).not.toContain('supported');
  });
});

describe('dev14: a weekday against its year, a ministerial called a summit', () => {
  // https://www.dw.com/en/ukraine-updates-us-russian-diplomats-hold-talks-in-riyadh/live-71645180 (dev14 i310, 18 February 2025)
  const i310 =
    "Ukraine updates: US, Russian diplomats hold talks in Riyadh. This is a roundup of developments in Russia's war in Ukraine from Tuesday, February 18, 2024. Von der Leyen and Kellogg to meet in Brussels.";

  it('dev14 i310: "from Tuesday, February 18, 2024" is contradicted (a Sunday); the right year is not', () => {
    expect(eventVerdictsOn(i310, 'Tuesday, February 18, 2024', '2025-02-18')).toEqual(['contradicted']);
    expect(isRed(verdictsOn(i310.replace('2024', '2025'), 'Tuesday, February 18, 2025', '2025-02-18'))).toBe(false);
    const summary = 'This is a summary of the main events from Monday, March 3, 2025.';
    expect(isRed(verdictsOn(summary, 'Monday, March 3, 2025', '2025-03-03'))).toBe(false);
  });

  // https://hubu.news/2022/11/sweden-is-taking-steps-towards-nato-but-it-is-not-enough/ (dev14 j412, 29 November 2022)
  const j412 = 'Cavusoglu met his counterparts from Sweden and Finland on Tuesday on the sidelines of the NATO summit in Bucharest.';

  it('dev14 j412: "on the sidelines of the NATO summit in Bucharest" on the day of the ministerial there is contradicted', () => {
    expect(eventVerdictsOn(j412, 'NATO summit in Bucharest', '2022-11-29')).toEqual(['contradicted']);
    // The day itself is not what is flagged.
    expect(verdictsOn(j412, 'met his counterparts', '2022-11-29')).toEqual([]);
    // The summit of that year in its city is confirmed; no place said leaves it alone.
    expect(eventVerdictsOn(j412.replace('Bucharest', 'Madrid'), 'NATO summit in Madrid', '2022-06-29')).toEqual(['supported']);
    expect(isRed(verdictsOn(j412.replace(' in Bucharest', ''), 'NATO summit', '2022-11-29'))).toBe(false);
  });
});

describe('mutation probes of the war anchors: an invasion put on a day of February 2022 before the 20th', () => {
  // held-out 7 v022's form: "invaded Ukraine on February 24, 2022".
  it('"Russia invaded Ukraine on February 17, 2022" is contradicted; the 21st (the Donbas orders) and the 24th are not', () => {
    expect(eventVerdictsOn('Russia invaded Ukraine on February 17, 2022.', 'invaded Ukraine', '2023-06-01')).toEqual(['contradicted']);
    expect(isRed(verdictsOn('Russia invaded Ukraine on February 21, 2022.', 'invaded Ukraine', '2023-06-01'))).toBe(false);
    expect(eventVerdictsOn('Russia invaded Ukraine on February 24, 2022.', 'invaded Ukraine', '2023-06-01')).toEqual(['supported']);
    // "war" may be counted from other days (2014, the shelling of mid-February): left alone.
    expect(isRed(verdictsOn('The war started on February 17, 2022.', 'February 17', '2023-06-01'))).toBe(false);
  });
});
