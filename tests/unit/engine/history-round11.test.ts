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
