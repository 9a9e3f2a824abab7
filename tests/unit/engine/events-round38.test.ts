// Round 38, events: classes of held-out 36's misses (development data), each with look-alikes of our own and the true
// sentences that must stay quiet.
// (1) "their first (face-to-face) summit since YEAR" of two named leaders, when in that year one of them met the holder of
//     the other's office and the two did not meet (qt009, Trump and Putin, "since 2021": Geneva 2021 was Biden's)
//     (meeting-since.ts: "summit" read like "meeting", and met only by a summit).
// (2) The coming summit told in another place: "before the alliance's annual summit in The Hague" in June 2026 (qt011;
//     Ankara's year), "ahead of this year's NATO summit in Vilnius", "in the run-up to the upcoming summit in Madrid"
//     (summit-next.ts, upcomingSummitIn); "preparations for the NATO Summit in Ankara" confirmed (qq031).
// (3) The next summit told with its days in another year: "The next NATO summit will take place in The Hague from June 24
//     to 25, 2024" in May 2025 (qx002) (summit-next.ts, nextDaysYear).
// (4) A ministerial's place with another meeting's days: "a meeting of NATO foreign ministers in Oslo on July 11 and 12"
//     in May 2023 (qu003; Oslo's was 31 May-1 June) (ministerials.ts, placedDateMiss).
// (5) A summit told at its place on a weekday of the article's week that is not its own: "it announced at the Coalition
//     Summit in Madrid this Monday" (qt003, 28 June 2022) (summit-weekday.ts).
// (6) A spending target credited to a summit told by its year and month: "The NATO pledge, finalized at the July 2024
//     summit" after "NATO's new 5% GDP defense spending target" (qt007; The Hague, June 2025) (figure-target-place.ts).
import { describe, expect, it } from 'vitest';
import { analyze, isRed } from './helpers';

const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('(1) "their first summit since YEAR" when the year was another leader’s', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qt009
      [
        'Russian President Vladimir Putin and U.S. President Donald Trump have agreed to meet "in the coming days," marking their first face-to-face summit since 2021.',
        '2025-08-07',
        'summit since 2021',
      ],
      ['Donald Trump and Vladimir Putin will hold their first summit since 2021 in Alaska on Friday.', '2025-08-14', 'since 2021'],
      [
        'Donald Trump and Vladimir Putin will hold their first in-person meeting since 2021 in Alaska on Friday.',
        '2025-08-14',
        'since 2021',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('stays quiet when the year was theirs, or a meeting that was no summit came between', () => {
    for (const [text, asOf] of [
      ['Donald Trump and Vladimir Putin will hold their first summit since 2019 in Alaska on Friday.', '2025-08-14'],
      ['Donald Trump and Vladimir Putin will hold their first face-to-face summit since 2018 on Friday.', '2025-08-14'],
      ['Donald Trump and Vladimir Putin will hold their first in-person meeting since 2019 in Alaska on Friday.', '2025-08-14'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
});

describe('(2) the coming summit told in another place', () => {
  it('is contradicted with a word that makes it the coming one', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qt011
      [
        "Two weeks before the alliance's annual summit in The Hague, NATO's Secretary-General walks into the Oval Office.",
        '2026-06-24',
        'summit in The Hague',
      ],
      ["In the run-up to the alliance's annual summit in Madrid, Stoltenberg met Erdogan.", '2023-06-20', 'summit in Madrid'],
      ["Ahead of this year's NATO summit in Vilnius, allies are split over spending.", '2026-05-10', 'summit in Vilnius'],
      ['Ahead of the upcoming NATO summit in Vilnius, allies are split.', '2024-06-01', 'summit in Vilnius'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('is confirmed at the coming summit’s place', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qq031
      [
        'the US military presence in the Baltic region, preparations for the NATO Summit in Ankara, US peace initiatives.',
        '2026-02-27',
        'Summit in Ankara',
      ],
      ["Two weeks before the alliance's annual summit in Ankara, Rutte visits Washington.", '2026-06-24', 'summit in Ankara'],
      ['Ahead of the upcoming NATO summit in The Hague, allies are split.', '2025-05-10', 'summit in The Hague'],
      [
        'The talks covered preparations for the NATO Summit in Ankara, and the minister was in Washington from 24 to 26 February 2026.',
        '2026-02-27',
        'Summit in Ankara',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('stays quiet on a past summit, a summit of its own days, or a year whose host is not yet known', () => {
    for (const [text, asOf] of [
      ['Two weeks before the summit in The Hague last year, Rutte visited Washington.', '2026-06-24'],
      ['Ahead of the upcoming NATO summit in The Hague, allies are split.', '2025-06-24'],
      ['Ahead of the annual NATO summit in Tirana, ministers met.', '2027-03-01'],
      ["Ahead of this year's NATO summit in Tirana, ministers met.", '2027-03-01'],
      ['ahead of the NATO Summit in The Hague in early 2025.', '2024-12-03'],
      ['Ahead of the NATO summit in The Hague, allies are split.', '2025-06-23'],
      ["Before this year's NATO summit in Madrid, leaders will meet in Brussels.", '2022-03-01'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
});

describe('(3) the next summit told with its days in another year', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qx002
      ['The next NATO summit will take place in The Hague from June 24 to 25, 2024.', '2025-05-15', 'June 24'],
      ['The next NATO summit will take place in The Hague on June 24-25, 2024.', '2025-05-15', 'June 24'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('stays quiet or is confirmed in its own year', () => {
    for (const [text, asOf] of [
      ['The next NATO summit will take place in The Hague from June 24 to 25, 2025.', '2025-05-15'],
      ["NATO's next summit will be held in the Turkish capital Ankara on July 7-8, 2026.", '2025-08-20'],
      ['The next NATO summit will take place in The Hague.', '2025-05-15'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
    expect(verdictsOn('The next NATO summit will take place in The Hague from June 24 to 25, 2025.', 'Hague', '2025-05-15')).toContain(
      'supported',
    );
  });
});

describe('(4) a ministerial’s place told with another meeting’s days', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qu003
      [
        'The issue will be discussed at a meeting of NATO foreign ministers in Oslo on July 11 and 12, according to the head of the NATO mission.',
        '2023-05-30',
        'Oslo on July 11 and 12',
      ],
      [
        'Ukraine will top the agenda at the meeting of NATO foreign ministers in Prague on June 13 and 14.',
        '2024-05-28',
        'Prague on June 13 and 14',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('stays quiet on its own days, a day of another year or a meeting in Brussels', () => {
    for (const [text, asOf] of [
      ['The issue will be discussed at a meeting of NATO foreign ministers in Oslo on May 31 and June 1.', '2023-05-30'],
      ['The meeting of NATO foreign ministers in Prague on May 30-31 will discuss Ukraine.', '2024-05-28'],
      ['The meeting of NATO foreign ministers in Prague on 30 May 2019 was recalled.', '2024-05-28'],
      ['The meeting of NATO defence ministers in Brussels on March 3 will discuss ammunition.', '2023-02-10'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
    expect(
      verdictsOn('The meeting of NATO foreign ministers in Prague on May 30-31 will discuss Ukraine.', 'Prague', '2024-05-28'),
    ).toContain('supported');
  });
});

describe('(5) a summit told at its place on a weekday not its own', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qt003
      [
        'Turkey withdrew its veto on the annexation of Sweden and Finland in NATO, it announced at the Coalition Summit in Madrid this Monday.',
        '2022-06-28',
        'Madrid this Monday',
      ],
      ['Turkey lifted its veto at the NATO summit in Madrid on Monday.', '2022-06-30', 'Madrid on Monday'],
      ['Allies agreed at the NATO summit in Vilnius on Sunday to back Ukraine.', '2023-07-13', 'Vilnius on Sunday'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('stays quiet on its days, its eve, the day after, or an arrival', () => {
    for (const [text, asOf] of [
      // The Madrid summit on Tuesday (the eve: the memorandum and the leaders' dinner, 28 June 2022).
      ['Turkey lifted its veto at the NATO summit in Madrid on Tuesday.', '2022-06-30'],
      ['Leaders met at the NATO summit in Madrid on Wednesday.', '2022-06-30'],
      ['Erdogan agreed at the NATO summit in Vilnius on Monday to back Sweden.', '2023-07-13'],
      ['At the NATO summit in The Hague on Thursday, allies agreed to spend 5%.', '2025-06-27'],
      ['Biden arrived at the summit in Madrid on Monday.', '2022-06-28'],
      ['Allies pledged 40 billion euros at the summit in Washington last Monday.', '2024-07-12'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
});

describe('(6) a spending target credited to a summit told by its year', () => {
  it('is contradicted when that summit adopted no target of the figure', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qt007
      [
        "NATO's new 5% GDP defense spending target by 2035 ensures sustained demand. The NATO pledge, finalized at the July 2024 summit, is a linchpin.",
        '2025-06-27',
        'The NATO pledge, finalized',
      ],
      ['The 5% target agreed at the 2024 NATO summit is costly for Spain.', '2025-09-01', '5% target agreed'],
      ['The 5 percent goal, adopted at the July 2024 summit, reshapes budgets.', '2025-09-01', 'goal, adopted'],
      ["The 5% target agreed at last year's summit is costly for Spain.", '2025-09-01', '5% target agreed'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('is confirmed at the summit that adopted it', () => {
    for (const [text, asOf, words] of [
      [
        "NATO's new 5% GDP defense spending target by 2035 ensures sustained demand. The NATO pledge, finalized at the June 2025 summit, is a linchpin.",
        '2025-06-27',
        'The NATO pledge, finalized',
      ],
      ['The 5% target agreed at the 2025 NATO summit is costly for Spain.', '2025-09-01', '5% target agreed'],
      ['The 2% pledge, made at the September 2014 summit, is costly.', '2020-09-01', '2% pledge'],
      ["The 5% target agreed at last year's summit is costly for Spain.", '2026-03-01', '5% target agreed'],
      ["The 5% target agreed at this year's NATO summit is costly for Spain.", '2025-09-01', '5% target agreed'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
});

describe('(7) general forms confirmed', () => {
  it('the war’s start in a cleft, the founding "today, N years ago", the Atlantic Pact, "2pc"', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qr008
      [
        'Moscow (Russia): It was on February 24, 2022 when the Russia and Ukraine war broke out after a special military operation was declared.',
        '2024-02-24',
        'war broke out',
      ],
      ['It was in February 2022 that the Russian-Ukrainian war began.', '2024-02-24', 'war began'],
      // held-out 36 qv001
      ['North Atlantic Treaty Organization aka NATO was formed today, 70 years ago.', '2019-04-04', 'formed today'],
      ['The alliance was founded on this day, 75 years ago.', '2024-04-04', 'founded on this day'],
      // held-out 36 qq018
      [
        'At the three-day summit, Allies will celebrate 75 years since the signing of the Atlantic Pact and the establishment of the military alliance.',
        '2024-07-09',
        'Atlantic Pact',
      ],
      // held-out 36 qu002
      [
        'Esper reaffirmed that message, saying that I continue to urge all of our allies to meet their target goal of 2pc of GDP.',
        '2020-06-27',
        '2pc',
      ],
      ['Germany failed to meet the Nato goal of spending 2pc of GDP on defence.', '2020-06-27', '2pc'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('another day of the war’s start, or another count, is not confirmed', () => {
    for (const [text, asOf, words] of [
      ['It was on February 20, 2014 when the Russia-Ukraine war began.', '2024-02-24', 'war began'],
      ['NATO was founded today, 70 years ago.', '2024-04-04', 'founded today'],
      ['Allies mark 70 years since the signing of the Atlantic Pact.', '2024-07-09', 'Atlantic Pact'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
  });
  it('GNP in "pc" is contradicted as the target’s measure', () => {
    const text =
      'Germany was not meeting a goal set in 2014 for members to halt budget cuts and move toward spending at least 2pc of gross national product on defense by 2024. Nato allies met.';
    expect(verdictsOn(text, 'gross national product', '2020-06-27')).toContain('contradicted');
  });
});

describe('(8) a timeline line "YEAR - Month - Place Summit" and an accession ceremony by its place', () => {
  it('are confirmed', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qr004
      ['2010 - November - Lisbon Summit - adopted a new Strategic Concept.', '2020-02-24', 'Lisbon Summit'],
      ['2004 - June - Istanbul Summit - adopted measures to strengthen partnerships.', '2020-02-24', 'Istanbul Summit'],
      ['2002 – November – Prague Summit – decided about the second wave of enlargement.', '2020-02-24', 'Prague Summit'],
      // held-out 36 qr001, qr002
      [
        'Montenegro is formally becoming the 29th member of the Western military alliance at a ceremony in Washington on Monday.',
        '2017-06-05',
        'ceremony in Washington',
      ],
      ['Two years ago Montenegro joined the alliance at a ceremony in Washington.', '2019-06-05', 'ceremony in Washington'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('another month or place, or another ceremony in the capital, is not confirmed', () => {
    for (const [text, asOf, words] of [
      ['2010 - June - Lisbon Summit - leaders met.', '2020-02-24', 'Lisbon Summit'],
      ['Armenia and Azerbaijan signed a deal at a ceremony in Washington.', '2025-08-08', 'ceremony in Washington'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
  });
});

describe('(9) a summit by a part of its month, a ministerial of the page’s week by its place', () => {
  it('are confirmed', () => {
    for (const [text, asOf, words] of [
      // held-out 36 qp012
      [
        'This is happening after the NATO summit at the end of June decided to invite the two countries to the Alliance.',
        '2022-07-13',
        'summit at the end of June',
      ],
      ['At the NATO summit at the start of July, allies pledged aid.', '2024-08-01', 'summit at the start of July'],
      // held-out 36 qq005
      [
        'Today, Defence Minister Anita Anand attended a North Atlantic Treaty Organization (NATO) Extraordinary Defence Ministers’ Meeting in Brussels, Belgium, to discuss Russia’s illegal invasion of Ukraine.',
        '2022-03-17',
        'Defence Ministers’ Meeting in Brussels',
      ],
      ['Anand attended the NATO Defence Ministers’ Meeting in Brussels.', '2022-03-17', 'Defence Ministers’ Meeting'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('another part of the month, or a ministerial two weeks off, is not confirmed', () => {
    for (const [text, asOf, words] of [
      ['The NATO summit at the beginning of June decided to invite the two countries.', '2022-07-13', 'summit'],
      ['At the NATO summit at the end of July, allies pledged aid.', '2024-08-01', 'summit'],
      ['Anand attended the NATO Defence Ministers’ Meeting in Brussels.', '2022-03-02', 'Defence Ministers’ Meeting'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
  });
});

describe('(10) leaders’ meetings on record: Guterres in Moscow, 26 April 2022', () => {
  it('is confirmed on its day and contradicted a day off', () => {
    // held-out 36 qq006
    expect(
      verdictsOn(
        'UN Secretary-General Antonio Guterres and Russia’s Foreign Minister Sergey Lavrov met in Moscow on Tuesday, April 26.',
        'met in Moscow',
        '2022-04-26',
      ),
    ).toContain('supported');
    expect(verdictsOn('Guterres met Putin in Moscow on Tuesday.', 'met Putin in Moscow', '2022-04-27')).toContain('supported');
    expect(red('Guterres and Lavrov met in Moscow on Monday, April 25.', '2022-04-26')).toBe(true);
  });
});

describe('(11) the war’s anniversary told as today’s (lead, from the errors engineer’s probe)', () => {
  const about = (text: string, asOf: string) =>
    analyze(text, asOf).filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes('anniversary'));
  it('names the anniversary’s own day, and confirms "today" only within a day of it', () => {
    const text = 'Today marks the first anniversary of Russia’s full-scale invasion of Ukraine.';
    expect(about(text, '2023-02-24').map((a) => [a.verdict, a.message])).toEqual([
      ['supported', 'The full-scale invasion began on February 24, 2022: its first anniversary fell on February 24, 2023.'],
    ]);
    expect(about(text, '2023-02-25').map((a) => a.verdict)).toEqual(['supported']);
    // Four days before it: not the anniversary's day, and the page's date may be imprecise, so neither confirmed nor flagged.
    expect(about(text, '2023-02-20')).toEqual([]);
    expect(about('Today marks the second anniversary of the full-scale invasion of Ukraine by Russia.', '2024-03-02')).toEqual([]);
    // Not told as today's: near the anniversary, confirmed with the anniversary's day.
    expect(
      about('Ukraine is preparing to mark the second anniversary of the full-scale invasion.', '2024-02-22').map((a) => a.message),
    ).toEqual(['The full-scale invasion began on February 24, 2022: its second anniversary falls on February 24, 2024.']);
  });
});
