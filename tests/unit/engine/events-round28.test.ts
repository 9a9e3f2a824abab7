// Round 28, meetings and sanctions told in passing. Sentences of our own, each family with its true look-alikes.
// (1) What NATO's ministers did as a body, told with a day ("approved by the Ministers of Defence of the Alliance on June
//     6"): the day of their meeting; a slip of a day to three after the one meeting of that kind is contradicted
//     (ministerials.ts ACT_RE, judgeDateMiss).
// (2) A range told of a ministerial that only overlaps its days ("November 28-29" for 29-30 November) is not confirmed.
// (3) "The meeting will take place on ..." after a sentence naming a ministerial of one kind: that ministerial, even on a
//     page that names a summit further on.
// (4) NATO's anniversary told with no number, on 4 April of a year ("NATO celebrated its anniversary on 4 April 2024").
// (5) A change of command of NATO's military posts told by its day; "took command as" a start of tenure.
// (6) SWIFT: "de-Swifting", SWIFT by what it is ("the secure interbank messaging network"), banks told as left connected,
//     and the third package's cut-off told as immediate (it took effect on 12 March 2022).
// (7) The 6th package's exception for pipeline crude.
// (10) "The Feb. 12 meeting" a sentence or two after a ministerial of one kind is named, on a page that names both kinds:
//      that kind's (confirm-only, as on a page of one kind).
// (9) A summit's host told with "it" after a sentence naming a NATO summit ("Turkey will host it in 2026"): confirm-only.
// (8) The summit by NATO's formal name for its session: "the meeting of the North Atlantic Council at the level of Heads of
//     State and Government".
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('an act of NATO ministers told with its day', () => {
  it('a day after their one meeting is contradicted', () => {
    for (const [text, asOf] of [
      ['Madrid must reach the capability targets approved by the Ministers of Defence of the Alliance on June 6.', '2025-06-20'],
      ['The new targets were agreed by NATO defence ministers on 7 June 2025, officials said.', '2025-06-20'],
      ['The Arctic plan was endorsed by NATO foreign ministers on 30 November 2023.', '2023-12-10'],
    ] as const) {
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
    }
  });
  it('the meeting’s own day is confirmed', () => {
    for (const [text, words, asOf] of [
      [
        'Madrid must reach the capability targets approved by the Ministers of Defence of the Alliance on June 5.',
        'approved',
        '2025-06-20',
      ],
      ['The new targets were agreed by NATO defence ministers on 5 June 2025.', 'agreed', '2025-06-20'],
      ['The package was adopted by NATO foreign ministers on 29 November 2023.', 'adopted', '2023-12-10'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('look-alikes stay unflagged', () => {
    for (const [text, asOf] of [
      // Another body's ministers, or ministers of no stated body.
      ['The plan was endorsed by EU defence ministers on June 6.', '2025-06-20'],
      ['The plan was endorsed by defence ministers on June 6, the ministry said.', '2025-06-20'],
      // The day before a ministerial: the ministers' working dinner, or the Contact Group the day before.
      ['The targets were agreed by NATO defence ministers on 4 June 2025.', '2025-06-20'],
      // A day told of something else than the act.
      ['The plan, endorsed by NATO defence ministers, was published on June 6.', '2025-06-20'],
      // No meeting of that kind within ten days (an extraordinary one may be missing from the record).
      ['The statement was adopted by NATO foreign ministers on 20 August 2021.', '2021-08-25'],
      // A weekday, not a written day.
      ['The targets were approved by NATO defence ministers on Friday.', '2025-06-09'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('a range that only overlaps a ministerial’s days', () => {
  it('is not confirmed, and not flagged', () => {
    for (const [text, asOf] of [
      ['Romania will host a meeting of NATO foreign ministers on November 28-29 in Bucharest.', '2022-10-27'],
      ['NATO foreign ministers will meet on 28-29 November at the Palace of the Parliament in Bucharest.', '2022-10-27'],
      ['NATO defence ministers will meet in Brussels on 12-13 June.', '2024-06-01'],
    ] as const) {
      const out = analyze(text, asOf).filter((a) => a.kind === 'event');
      expect(
        out.filter((a) => a.verdict !== 'context').map((a) => a.verdict),
        text,
      ).toEqual([]);
    }
  });
  it('the meeting’s own days, or a day within them, stay confirmed', () => {
    for (const [text, words, asOf] of [
      ['Romania will host a meeting of NATO foreign ministers on November 29-30 in Bucharest.', 'November 29-30', '2022-10-27'],
      ['NATO defence ministers will meet in Brussels on 13-14 June.', '13-14 June', '2024-06-01'],
      ['NATO foreign ministers will meet on November 30 in Bucharest.', 'November 30', '2022-10-27'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
});

describe('"The meeting" after a ministerial named in the sentence before', () => {
  const page = (days: string) =>
    `Romania will host a formal meeting of foreign ministers from NATO member countries for the first time. The meeting will take place on ${days} at the Palace of the Parliament in Bucharest.\n\nThe agenda will include the decisions of the NATO summit in Madrid.`;
  it('is that ministerial, though the page names a summit', () => {
    expect(verdictsOn(page('November 29-30'), 'November 29-30', '2022-10-27')).toContain('supported');
    const twoDays =
      'NATO defence ministers will gather in Brussels next month. The meeting will take place on 13-14 June, before the summit in Washington.';
    expect(verdictsOn(twoDays, '13-14 June', '2024-05-20')).toContain('supported');
  });
  it('look-alikes: other days, a meeting of two kinds before, no ministerial before', () => {
    expect(verdictsOn(page('December 6-7'), 'December 6-7', '2022-10-27')).not.toContain('supported');
    const both =
      'NATO foreign and defence ministers met in Brussels this year, and foreign ministers of NATO will meet again in Bucharest. The meeting will take place on November 29-30.';
    expect(red(both, '2022-10-27')).toEqual([]);
    const summit = 'NATO leaders gathered in Madrid. The meeting took place on June 29-30.';
    expect(red(summit, '2022-07-05')).toEqual([]);
  });
});

describe('NATO’s anniversary told with no number', () => {
  it('4 April of a year is confirmed', () => {
    for (const [text, asOf] of [
      ['NATO celebrated its anniversary on 4 April 2024 at its headquarters in Brussels.', '2024-04-17'],
      ['The Alliance will mark its founding anniversary on April 4, 2025, NATO said.', '2025-04-01'],
      ['Nato marked its anniversary on 4 April 2019 with a ceremony in Washington.', '2019-04-06'],
    ] as const)
      expect(verdictsOn(text, 'anniversary', asOf), text).toContain('supported');
  });
  it('look-alikes are not confirmed, and none is flagged', () => {
    for (const [text, asOf] of [
      // Another day: a celebration may be held then (the 75th at the Washington summit), so no red flag either.
      ['NATO celebrated its anniversary on 9 July 2024 at the summit in Washington.', '2024-07-12'],
      // Another alliance, NATO not named.
      ['The alliance celebrated its anniversary on 4 April 2024 with a concert.', '2024-04-17'],
      // Another body's anniversary.
      ['The EU celebrated its anniversary on 4 April 2024.', '2024-04-17'],
    ] as const) {
      expect(verdictsOn(text, 'anniversary', asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});

describe('changes of command of NATO’s military posts', () => {
  it('the day of the change of command, and "took command as", read against the holder’s start', () => {
    expect(
      verdictsOn(
        'As Admiral Bauer’s time as Chair of the NATO Military Committee ends, the change of command is set for Friday, 17 January 2025.',
        'change of command',
        '2025-01-14',
      ),
    ).toContain('supported');
    expect(
      verdictsOn(
        'Admiral Bauer succeeded Air Chief Marshal Peach as Chair of the NATO Military Committee at a change-of-command ceremony on 25 June 2021.',
        'change-of-command',
        '2021-06-28',
      ),
    ).toContain('supported');
    expect(
      verdictsOn(
        'Admiral Rob Bauer took command as the Chair of the NATO Military Committee on 25 June 2021.',
        'took command',
        '2024-01-10',
      ),
    ).toContain('supported');
    const wrong = 'Admiral Rob Bauer took command as Chair of the NATO Military Committee (CMC) on 15 June 2021.';
    expect(verdictsOn(wrong, 'took command', '2024-01-10')).toContain('contradicted');
  });
  it('look-alikes: another command, two commands named, another day', () => {
    for (const [text, asOf] of [
      ['The US Army held a change of command ceremony in Wiesbaden on 4 July 2022.', '2022-07-06'],
      ['SACEUR and the Chair of the NATO Military Committee attended the change of command on 17 January 2025.', '2025-01-20'],
      ['General Christopher Cavoli took command of US Army Europe in 2018.', '2022-07-06'],
      ['Bauer took command of a Dutch frigate in 1998, long before he chaired the NATO Military Committee.', '2024-01-10'],
    ] as const) {
      expect(verdictsOn(text, 'command', asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});

describe('SWIFT told in passing', () => {
  it('confirmed in other words', () => {
    for (const [text, words, asOf] of [
      [
        'The package includes other hard-hitting measures: de-Swifting the largest Russian bank Sberbank, and banning three broadcasters.',
        'de-Swifting',
        '2022-06-01',
      ],
      [
        'The EU said Sberbank and Gazprombank were left connected to SWIFT so that member states can pay for Russian gas.',
        'left connected',
        '2022-03-03',
      ],
      ['Sberbank, Russia’s largest lender, remains connected to SWIFT for now.', 'remains connected', '2022-04-10'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('the third package’s cut-off told as immediate is contradicted', () => {
    for (const [text, asOf] of [
      [
        'The banks immediately cut out from the secure interbank messaging network are VTB Bank, Bank Otkritie, Novikombank and Sovcombank.',
        '2022-03-02',
      ],
      ['VTB and Sovcombank were cut off from SWIFT with immediate effect, the EU said.', '2022-03-03'],
      ['Seven Russian banks, among them Promsvyazbank, were immediately excluded from SWIFT.', '2022-03-04'],
    ] as const)
      expect(
        red(text, asOf).map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
  });
  it('look-alikes stay unflagged', () => {
    for (const [text, asOf] of [
      // Denied, or told with the day it takes effect.
      ['VTB and six other banks will not immediately be cut off from SWIFT.', '2022-03-03'],
      ['The EU immediately excluded VTB and Otkritie from SWIFT, a ban that takes effect on March 12.', '2022-03-03'],
      // After the day it took effect, or of a package with no delay on record.
      ['VTB was cut off from SWIFT, immediately hurting its trade.', '2022-03-20'],
      ['Sberbank was immediately cut off from SWIFT, the bank said.', '2022-06-15'],
      // Left connected after it was cut off: not confirmed, never flagged.
      ['Sberbank remains connected to SWIFT.', '2022-07-05'],
    ] as const) {
      expect(red(text, asOf), text).toEqual([]);
    }
    expect(verdictsOn('Sberbank remains connected to SWIFT.', 'connected', '2022-07-05')).not.toContain('supported');
  });
});

describe('the 6th package’s exception for pipeline crude', () => {
  it('confirmed with the package or the embargo named', () => {
    for (const [text, words, asOf] of [
      [
        'On 30 May, the European Council agreed on a sixth package of sanctions against Russia. The Council agreed that a temporary exception for crude oil delivered by pipeline will be made.',
        'exception',
        '2022-06-01',
      ],
      ['The EU’s sixth sanctions package exempts pipeline crude from Russia until further notice.', 'exempts', '2022-06-05'],
      ['Under the EU oil embargo, pipeline oil from Russia is temporarily exempted, the package says.', 'pipeline oil', '2022-06-05'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('look-alikes: the price cap, another package, before the package was agreed', () => {
    for (const [text, words, asOf] of [
      [
        'The EU price cap on Russian crude took effect on Monday. Pipeline oil is exempted from the cap, the package says.',
        'Pipeline oil',
        '2022-12-06',
      ],
      ['The EU’s fifth sanctions package provides a temporary exception for crude oil delivered by pipeline.', 'exception', '2022-06-04'],
      ['The EU’s sixth package may include an exception for oil delivered by pipeline, diplomats said.', 'exception', '2022-05-04'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});

describe('the summit by the North Atlantic Council’s formal name', () => {
  it('its day is confirmed', () => {
    for (const [text, words, asOf] of [
      [
        'The president will join the meeting of the North Atlantic Council at the level of Heads of State and Government on the afternoon of Wednesday 29 June.',
        'North Atlantic Council',
        '2022-06-23',
      ],
      [
        'The declaration came after the North Atlantic Council meeting at the level of Heads of State and Government in Washington on July 10.',
        'North Atlantic Council',
        '2024-07-12',
      ],
      [
        'Leaders gathered in Brussels for the North Atlantic Council at the level of Heads of State and Government on 14 June 2021.',
        'North Atlantic Council',
        '2021-06-16',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('look-alikes: the ministers’ level, another day, a hypothetical', () => {
    for (const [text, words, asOf] of [
      [
        'The North Atlantic Council at the level of Foreign Ministers met on 29 June, the diplomat said.',
        'North Atlantic Council',
        '2022-07-01',
      ],
      [
        'The president will join the meeting of the North Atlantic Council at the level of Heads of State and Government on 2 July.',
        'North Atlantic Council',
        '2022-06-23',
      ],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});

describe('a host told of "it", the summit of the sentence before', () => {
  it('the host of that year’s summit is confirmed', () => {
    for (const [text, words, asOf] of [
      ['Allies chose Albania to host the 2027 NATO summit. Türkiye will host it in 2026, in Ankara.', 'host it in 2026', '2025-07-06'],
      ['The Netherlands prepared the NATO summit for months. The Netherlands will host it in 2025.', 'host it in 2025', '2024-07-20'],
      ['Rutte spoke of the next NATO summit. Turkey will host it in 2026.', 'host it in 2026', '2025-07-01'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('look-alikes: no summit before, another host, another event', () => {
    for (const [text, words, asOf] of [
      ['The tournament drew big crowds. Turkey will host it in 2026.', 'host it in 2026', '2025-07-06'],
      ['Albania will host the 2027 NATO summit. Poland will host it in 2026.', 'host it in 2026', '2025-07-06'],
      ['Leaders left the NATO summit early. Spain will host it in 2026, a rumour said.', 'host it in 2026', '2025-07-06'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});

describe('"The Feb. 12 meeting" after a ministerial named just before, on a page naming both kinds', () => {
  const tail = ' In December, the secretary of state skipped a NATO foreign ministers’ meeting too.';
  it('is that kind’s meeting', () => {
    for (const [text, words, asOf] of [
      [
        `The defence secretary will skip a NATO defence ministers' meeting in Brussels next month. This is the second such absence. The Feb. 12 meeting at NATO headquarters will go ahead without him.${tail}`,
        'Feb. 12 meeting',
        '2026-01-29',
      ],
      [
        `NATO defence ministers gather in Brussels in February. The February 12 meeting will discuss air defence.${tail}`,
        'February 12 meeting',
        '2026-01-29',
      ],
      [
        `Allied defence ministers will meet at NATO headquarters. The 13 February meeting is their first since the summit.${tail}`,
        '13 February meeting',
        '2025-02-01',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('look-alikes: another day, too far back, both kinds just before', () => {
    for (const [text, words, asOf] of [
      [
        `NATO defence ministers gather in Brussels in February. The Feb. 13 meeting will discuss air defence.${tail}`,
        'Feb. 13 meeting',
        '2026-01-29',
      ],
      [
        `NATO defence ministers gather in Brussels in February. Talks follow. Budgets are tight. Nobody knows. The Feb. 12 meeting is key.${tail}`,
        'Feb. 12 meeting',
        '2026-01-29',
      ],
      [
        `NATO defence ministers and NATO foreign ministers meet in February. The Feb. 12 meeting is key.${tail}`,
        'Feb. 12 meeting',
        '2026-01-29',
      ],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).not.toContain('supported');
      expect(red(text, asOf), text).toEqual([]);
    }
  });
});
