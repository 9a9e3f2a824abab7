// Round 45, events lane: meetings that never happened, summits told by other names.
// (1) An event the record holds as announced and called off, told as held: "on October 17, 2025, Trump and Putin met behind
//     closed doors in Budapest" (held-out 43 ui003; the Budapest summit announced on 16 October 2025 was called off on 21-22
//     October and never held), whatever day is told, and before it was called off too (event.ts, neverHeld).
// (2) The summit then to come told by words said ahead of it: "Rutte said, ahead of a summit of Nato leaders in Brussels"
//     (held-out 43 uh002, 4 December 2025: the foreign ministers had met there; the next summit was Ankara's, July 2026)
//     (summit-next.ts, upcomingSummitIn).
// (3) Summits told by other names, confirmed: "the NATO alliance that met so successfully last week" (ty019), "the 2016
//     meeting in Warsaw, Poland" (ty026), "a joint event with Putin in Anchorage, Alaska" (ui001), "Trump recently met with
//     Putin in Alaska" (held-out 22 pd013, surnames only, six days after).
import { describe, expect, it } from 'vitest';
import { analyze, isRed } from './helpers';

const eventVerdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'event' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));
const eventRed = (text: string, asOf: string) =>
  isRed(
    analyze(text, asOf)
      .filter((a) => a.kind === 'event')
      .map((a) => a.verdict),
  );

describe('(1) an event called off, told as held', () => {
  it('is contradicted, whatever day is told, before and after it was called off', () => {
    for (const [text, asOf, words] of [
      // https://evrimagaci.org/tpg/trump-and-putin-secret-meeting-in-budapest-sparks-global-diplomacy-shift-510752
      [
        'According to multiple reports, on October 17, 2025, Trump and Putin met behind closed doors in Budapest, a move that has sent ripples through diplomatic circles and financial markets alike.',
        '2025-10-18',
        'met behind closed doors in Budapest',
      ],
      [
        'In a week marked by swift diplomatic maneuvers and shifting alliances, the world is watching as former U.S. President Donald Trump and Russian President Vladimir Putin reportedly held secretive talks in Budapest, even as Trump pivots his foreign policy focus from the Middle East to the ongoing war in Ukraine.',
        '2025-10-18',
        'talks in Budapest',
      ],
      ['Donald Trump and Vladimir Putin met in Budapest.', '2025-10-25', 'met in Budapest'],
      ['President Donald Trump met Russian President Vladimir Putin in Budapest on Friday.', '2025-10-25', 'in Budapest'],
      ['Donald Trump and Vladimir Putin held talks in Budapest on Friday.', '2025-10-18', 'talks in Budapest'],
      ['Donald Trump and Vladimir Putin held closed-door talks in Budapest last week.', '2025-11-03', 'talks in Budapest'],
      ['Donald Trump and Vladimir Putin held a summit in Budapest in October.', '2025-11-10', 'summit in Budapest'],
      // Told as the time of what was done there, or by a handshake.
      ['During their summit in Budapest, Donald Trump and Vladimir Putin agreed to a ceasefire.', '2025-10-25', 'summit in Budapest'],
      ['After meeting Vladimir Putin in Budapest, Donald Trump said the war would end soon.', '2025-10-25', 'in Budapest'],
      ['At the Budapest summit last week, Donald Trump and Vladimir Putin discussed Ukraine.', '2025-10-25', 'summit'],
      ['Donald Trump and Vladimir Putin shook hands in Budapest.', '2025-10-25', 'shook hands in Budapest'],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('says when it was called off, or that it had not been held by the page', () => {
    const before = analyze('Donald Trump and Vladimir Putin held talks in Budapest on Friday.', '2025-10-18').find(
      (a) => a.kind === 'event',
    );
    expect(before?.message).toMatch(/had not taken place by October 18, 2025: announced on October 16, 2025/);
    const after = analyze('Donald Trump and Vladimir Putin met in Budapest.', '2025-10-25').find((a) => a.kind === 'event');
    expect(after?.message).toMatch(/never took place: it was called off on October 21, 2025/);
  });
  it('stays unflagged as a plan, a plan called off, a condition, a denial, another meeting, or before it was announced', () => {
    for (const [text, asOf] of [
      // https://rss.newsmax.com/newsfront/mark-rutte-nato-ukraine/2025/10/22/id/1231450
      [
        'The comments from Trump added a fresh layer of skepticism toward Kyiv as he plans to meet again in the coming weeks with Russian President Vladimir Putin for talks in Budapest, Hungary, on ending the war.',
        '2025-10-22',
      ],
      // https://www.newsbytesapp.com/news/world/trump-says-he-will-meet-with-putin-in-budapest/story
      [
        'United States President Donald Trump has announced plans to meet Russian President Vladimir Putin in Budapest, Hungary, to discuss the ongoing conflict in Ukraine.',
        '2025-10-17',
      ],
      // https://www.newseefy.com/2025/10/us-imposes-sanctions-on-rosneft-and.html
      ['The sanctions follow the suspension of a planned summit between Trump and Putin in Budapest.', '2025-10-23'],
      ['Donald Trump and Vladimir Putin will meet in Budapest within two weeks.', '2025-10-20'],
      ['Donald Trump and Vladimir Putin spoke by phone on Thursday and agreed to meet in Budapest.', '2025-10-17'],
      ['A planned summit between Donald Trump and Vladimir Putin in Budapest was called off.', '2025-11-10'],
      ['Talks between Donald Trump and Vladimir Putin in Budapest were called off.', '2025-10-23'],
      ['Donald Trump said he had cancelled his meeting with Vladimir Putin in Budapest because it did not feel right.', '2025-10-23'],
      ['Donald Trump and Vladimir Putin were supposed to meet in Budapest, but the summit was shelved.', '2025-11-03'],
      ['If Donald Trump and Vladimir Putin met in Budapest, Orban would gain.', '2025-10-25'],
      ['Donald Trump and Vladimir Putin never met in Budapest.', '2025-10-25'],
      ['Donald Trump, who met Vladimir Putin in Alaska in August, said he would meet him again in Budapest.', '2025-10-20'],
      ['Donald Trump met Vladimir Putin in Alaska in August and agreed to meet him in Budapest.', '2025-10-20'],
      ['Donald Trump met Volodymyr Zelensky at the White House a day after his call with Vladimir Putin.', '2025-10-18'],
      // Helsinki 2018 and Budapest's Orbán: no record called off.
      ['Donald Trump met Vladimir Putin in Helsinki in July 2018.', '2025-10-25'],
      // What was to be done there, or after something else.
      ['At their summit in Budapest, Donald Trump and Vladimir Putin are expected to discuss Ukraine, Orban said.', '2025-10-20'],
      ['Donald Trump said that at their summit in Budapest he and Vladimir Putin would discuss a ceasefire.', '2025-10-20'],
      ['During a planned summit in Budapest, Donald Trump and Vladimir Putin were to discuss Ukraine.', '2025-10-25'],
      ['After the call, Donald Trump said he would meet Vladimir Putin in Budapest.', '2025-10-20'],
      ['Following the cancellation of talks in Budapest, Donald Trump imposed sanctions on Rosneft, Vladimir Putin said.', '2025-10-23'],
      ['At their summit in Geneva, Joe Biden and Vladimir Putin agreed to return ambassadors.', '2021-06-17'],
      ['After meeting Vladimir Putin in Alaska, Donald Trump said a deal was close.', '2025-08-18'],
    ] as const)
      expect(eventRed(text, asOf), text).toBe(false);
  });
  it('keeps confirming the plan', () => {
    expect(
      eventVerdictsOn(
        'United States President Donald Trump has announced plans to meet Russian President Vladimir Putin in Budapest, Hungary, to discuss the ongoing conflict in Ukraine.',
        'Budapest',
        '2025-10-17',
      ),
    ).toContain('supported');
    expect(
      eventVerdictsOn('A planned summit between Donald Trump and Vladimir Putin in Budapest was called off.', 'Budapest', '2025-11-10'),
    ).toContain('supported');
  });
});

describe('(2) the summit to come, told by words said ahead of it', () => {
  it('is contradicted at a place that holds no summit to come', () => {
    for (const [text, asOf, words] of [
      // https://report.az/en/other-countries/trump-only-person-who-can-break-russia-ukraine-deadlock-says-nato-leader
      [
        'Rutte insisted Trump "is the only person in the whole world able to break the deadlock" over the Ukraine war. "NATO is a defensive alliance," Rutte said, ahead of a summit of Nato leaders in Brussels.',
        '2025-12-04',
        'summit of Nato leaders in Brussels',
      ],
      [
        'NATO Secretary General Mark Rutte told reporters ahead of the summit in Brussels that allies must spend more.',
        '2025-12-04',
        'Brussels',
      ],
      [
        '"We are ready," NATO Secretary General Mark Rutte warned, ahead of a summit of NATO leaders in Washington.',
        '2025-12-04',
        'Washington',
      ],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('names the ministers who met there', () => {
    const a = analyze('"NATO is a defensive alliance," Rutte said, ahead of a summit of Nato leaders in Brussels.', '2025-12-04').find(
      (x) => x.verdict === 'contradicted',
    );
    expect(a?.message).toMatch(/Ankara/);
    expect(a?.message).toMatch(/foreign ministers/);
  });
  it('stays unflagged for the summit then to come, a narrated year, another club or a ministers\u2019 meeting', () => {
    for (const [text, asOf] of [
      [
        '"NATO is a defensive alliance," NATO Secretary General Jens Stoltenberg said, ahead of a summit of Nato leaders in Brussels.',
        '2021-06-10',
      ],
      // https://voa.pangea-cms.com/preview/en-US/a/europe_nato-chief-summit-comes-pivotal-moment-alliance/6206912.html (June 2021)
      [
        'NATO Chief Jens Stoltenberg, fresh from a meeting with U.S. President Joe Biden, told reporters Friday he expects next week\u2019s summit of NATO leaders in Brussels to be a pivotal moment for the alliance.',
        '2021-06-04',
      ],
      ['NATO Secretary General Mark Rutte said ahead of a summit of NATO leaders in The Hague that allies would agree.', '2025-06-20'],
      ['NATO Secretary General Mark Rutte said, ahead of a summit of NATO leaders in Ankara, that allies must spend more.', '2026-06-30'],
      [
        'In 2018, NATO Secretary General Jens Stoltenberg said, ahead of a summit of Nato leaders in Brussels, that allies must spend more.',
        '2025-12-04',
      ],
      ['"Putin believes he can outlast us," Rutte said, ahead of a summit of EU leaders in Brussels.', '2024-12-19'],
      [
        'NATO Secretary General Mark Rutte said ahead of the meeting of NATO foreign ministers in Brussels that allies must spend more.',
        '2025-12-02',
      ],
      ['NATO Secretary General Mark Rutte spoke ahead of a NATO ministerial in Brussels.', '2025-12-04'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
});

describe('(2b) a NATO summit told in a week when only ministers met', () => {
  it('is contradicted at the ministers\u2019 place, on a page of that week or the next', () => {
    for (const [text, asOf, words] of [
      ['NATO leaders gathered in Brussels this week to discuss the peace plan.', '2025-12-04', 'NATO leaders gathered in Brussels'],
      ['Rutte spoke at the NATO summit in Brussels this week.', '2025-12-04', 'NATO summit in Brussels'],
      ['Rutte spoke after a summit of NATO leaders in Brussels this week.', '2025-12-04', 'summit of NATO leaders in Brussels'],
      ['Rutte spoke at last week\u2019s NATO summit in Brussels.', '2025-12-10', 'NATO summit in Brussels'],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('contradicted');
    const a = analyze('Rutte spoke at last week\u2019s NATO summit in Brussels.', '2025-12-10').find((x) => x.verdict === 'contradicted');
    expect(a?.message).toBe("No NATO summit was held last week: NATO's foreign ministers met at NATO headquarters on December 3, 2025.");
  });
  it('stays unflagged for a summit of that week, a ministers\u2019 meeting, a week to come or another place', () => {
    for (const [text, asOf] of [
      ['Biden attended a summit of NATO leaders in Brussels this week.', '2021-06-15'],
      ['Biden attended a summit of NATO leaders in Brussels this week.', '2022-03-25'],
      ['Rutte spoke at the NATO summit in The Hague this week.', '2025-06-26'],
      ['Rutte spoke at the NATO meeting in Brussels this week.', '2025-12-04'],
      ['Rutte spoke after the meeting of NATO foreign ministers in Brussels this week.', '2025-12-04'],
      ['Rutte will speak at next week\u2019s NATO summit in Brussels.', '2025-12-04'],
      ['Rutte spoke at the NATO summit in Vilnius this week.', '2025-12-04'],
      ['EU leaders gathered in Brussels this week for a summit.', '2025-12-04'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
});

describe('(2c) "the first summit between A and B" told of the meeting of the page\u2019s days, with no day said', () => {
  it('is contradicted when the two met before on record', () => {
    for (const [text, asOf] of [
      // Held-out 21 zd003 (16 August 2025), the sentence the quote comes from.
      [
        'Hopes dimmed as the first face-to-face summit between U.S. President Donald Trump and Russian President Vladimir Putin concluded without an agreement.',
        '2025-08-16',
      ],
      ['It was the first face-to-face summit between U.S. President Donald Trump and Russian President Vladimir Putin.', '2025-08-16'],
      // They had met at the UN General Assembly on 25 September 2019.
      ['It was the first meeting between Donald Trump and Volodymyr Zelensky.', '2025-02-28'],
    ] as const)
      expect(
        analyze(text, asOf).some((a) => a.kind === 'event' && a.verdict === 'contradicted' && /^Not the first/.test(a.message)),
        text,
      ).toBe(true);
  });
  it('stays unflagged for another place, a condition, weeks later, or the first one itself', () => {
    for (const [text, asOf] of [
      ['Helsinki hosted the first summit between Donald Trump and Vladimir Putin.', '2025-08-16'],
      ['If it is the first summit between Donald Trump and Vladimir Putin, it will matter.', '2025-08-16'],
      ['It was the first face-to-face summit between Donald Trump and Vladimir Putin.', '2025-08-30'],
      ['It was the first summit between Donald Trump and Vladimir Putin.', '2018-07-17'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
});

describe('(3) summits told by other names', () => {
  it('confirms the alliance said to have met in a window that holds a summit', () => {
    for (const [text, asOf, words] of [
      // https://theepochtimes.com/world/starmer-orders-defence-review-to-prepare-britain-for-dangerous-world-5687300
      [
        'He told reporters, \u201cWe\u2019re confronted by a deadly quartet of nations increasingly working together, and we in this country, and the NATO alliance that met so successfully last week, has got to be able to confront that particular quartet as well as the other problems that are pervading the world at the present moment.\u201d',
        '2024-07-16',
        'NATO alliance that met',
      ],
      ['NATO, which met last week, agreed to more aid.', '2024-07-16', 'NATO, which met'],
      ['NATO allies met last week and agreed to more aid for Ukraine.', '2024-07-16', 'NATO allies met'],
    ] as const)
      expect(eventVerdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('confirms nothing when no NATO meeting fits, and never flags the alliance met', () => {
    for (const [text, asOf] of [
      ['NATO, which met last week, agreed to more aid.', '2024-07-30'],
      ['The NATO alliance met in Vilnius last week.', '2024-07-16'],
      // A window with no NATO meeting on record (August 2024).
      ['The alliance, which met last week, agreed to more aid.', '2024-08-20'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(eventVerdictsOn(text, 'met', asOf), text).not.toContain('supported');
    }
  });
  it('confirms a NATO summit called a meeting by its year and city, in a sentence about summits', () => {
    // https://nltimes.nl/2023/07/11/nato-leaders-2025-summit-held-netherlands
    const text =
      'The current meeting is the first to take place in a Baltic country since the 2006 summit in Riga, Latvia, and the closest to either Russian or Belarusian territory since the 2016 meeting in Warsaw, Poland.';
    expect(eventVerdictsOn(text, '2016 meeting in Warsaw', '2023-07-11')).toEqual(['supported']);
    for (const [t, asOf] of [
      // Ministers met in Brussels in 2021 too: not said which.
      ['The summit follows the 2021 meeting in Brussels.', '2023-07-11'],
      // No NATO summit in Warsaw in 2017.
      ['The current summit is the first since the 2017 meeting in Warsaw, Poland.', '2023-07-11'],
    ] as const) {
      expect(red(t, asOf), t).toBe(false);
      expect(eventVerdictsOn(t, 'meeting in', asOf), t).not.toContain('supported');
    }
  });
  it('confirms a joint event of a meeting on record, never flags one', () => {
    // https://www.markets-apac.com/my/news/trump-putin-alaska-summit-analysis-673-en-EU
    const text =
      'The Alaska summit between Donald Trump and Russian President Vladimir Putin has concluded. "No deal means there\'s no deal yet," Trump said at a joint event with Putin in Anchorage, Alaska.';
    expect(eventVerdictsOn(text, 'joint event with Putin in Anchorage', '2025-08-16')).toEqual(['supported']);
    expect(
      eventVerdictsOn(
        'Donald Trump said at a joint press conference with Vladimir Putin in Helsinki that he saw no reason.',
        'Helsinki',
        '2018-07-16',
      ),
    ).toContain('supported');
    expect(eventRed('Donald Trump and Vladimir Putin held a joint press conference in Anchorage on August 16.', '2025-08-16')).toBe(false);
  });
  it('confirms two leaders\u2019 summit by their surnames for weeks after it', () => {
    // https://quanta.report/article/auCUF5Yvy8xt
    expect(eventVerdictsOn('Trump recently met with Putin in Alaska', 'Alaska', '2025-08-21')).toEqual(['supported']);
    expect(eventVerdictsOn('Trump recently met with Putin in Alaska', 'Alaska', '2025-10-25')).toEqual([]);
    expect(red('Trump will meet Putin in Alaska again', '2025-08-21')).toBe(false);
  });
});
