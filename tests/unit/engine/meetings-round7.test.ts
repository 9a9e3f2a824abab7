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
