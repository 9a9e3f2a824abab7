// Round 46, events lane: a meeting of named leaders told by a weekday that is not its day (meeting-weekday.ts), and the
// leaders' trilateral meeting in Madrid on the eve of the 2022 summit (fact base: madrid-trilateral-meeting-2022-06-28).
// (1) "in advance of Monday's crucial meeting between Finnish President Sauli Niinisto, Swedish Prime Minister Magdalena
//     Andersson, and Turkish President Recep Tayyip Erdogan" (held-out 44 un001, 29 June 2022: they met on Tuesday 28 June),
//     and the other wordings of the same slip: "met in Madrid on Monday", "On Monday, ... met", "met Monday in Madrid";
//     Rutte and Trump in Palm Beach told on the Thursday (they met on Friday 22 November 2024).
// (2) True look-alikes: the right weekday, "this Tuesday", the weekday of a saying or of a plan, another meeting of two of
//     them elsewhere, a day after (another time zone's), the summit's first day and its dinner the evening before, a page of
//     uncertain date, a weekday with a written day after it.
// (4) NATO's foreign ministers' meeting told by its body, its place and a weekday: "NATO foreign ministers met in Brussels on
//     Tuesday" (held-out 36 wd305, 3 December 2025: the meeting was that Wednesday) flagged; the right weekday confirmed,
//     before the meeting too ("the NATO Foreign Ministers meeting in Bucharest on Tuesday", xa030, 28 November 2022).
// (5) A NATO summit told by its leaders gathering at its place, confirmed only (summit-gather.ts): "NATO allies will gather
//     in the Lithuanian city of Vilnius" (held-out 36 re007), "gathering this week in The Hague, Netherlands, for a yearly
//     summit" (held-out 26 tc204), "gathered in The Hague, Netherlands, on Tuesday for the alliance's annual summit" (og002,
//     told in August 2025); not a weekday or day off the summit's, not ministers.
// (3) Event readers: NATO's meeting named with no one named is the summit, not the trilateral held that day; a stand-in
//     for a participant is no "known meeting on this date" when the day told is another.
import { describe, expect, it } from 'vitest';
import { analyze, eventsOn, eventVerdictsOn, isRed } from './helpers';

const red = (text: string, asOf: string, dateCertain = true) => isRed(analyze(text, asOf, dateCertain).map((a) => a.verdict));

describe('(1) a meeting of named leaders told by a weekday that is not its day', () => {
  it('is contradicted on the weekday, naming the record', () => {
    for (const [text, asOf, words, record] of [
      // https://www.republicworld.com/world-news/rest-of-the-world-news/nato-officially-invites-sweden-and-finland-to-become-members-of-the-military-bloc-articleshow.html
      [
        "He described how, in advance of Monday's crucial meeting between Finnish President Sauli Niinisto, Swedish Prime Minister Magdalena Andersson, and Turkish President Recep Tayyip Erdogan, two rounds of talks were held in Brussels under his supervision.",
        '2022-06-29',
        "Monday's",
        'madrid-trilateral-meeting-2022-06-28',
      ],
      // The NATO statement's wording (europenewstoday.com, sofiaglobe.com, 28 June 2022) with the weekday slipped.
      [
        'President Recep Tayyip Erdogan of Turkey, President Sauli Niinisto of Finland and Prime Minister Magdalena Andersson of Sweden met in Madrid on Monday under the auspices of NATO Secretary General Jens Stoltenberg.',
        '2022-06-29',
        'Monday',
        'madrid-trilateral-meeting-2022-06-28',
      ],
      [
        'On Monday, Turkish President Recep Tayyip Erdogan met Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson in Madrid.',
        '2022-06-30',
        'Monday',
        'madrid-trilateral-meeting-2022-06-28',
      ],
      [
        'Erdogan, Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson met Monday in Madrid, NATO said.',
        '2022-06-29',
        'Monday',
        'madrid-trilateral-meeting-2022-06-28',
      ],
      // The Kyiv Independent's sentence of 23 November 2024 (held-out 44 ul006) with the weekday in place of the day.
      [
        'NATO Secretary General Mark Rutte met with U.S. President-elect Donald Trump in Florida on Thursday, the military alliance reported.',
        '2024-11-23',
        'Thursday',
        'palm-beach-meeting-2024-11-22',
      ],
    ] as const) {
      const found = eventsOn(text, words, asOf).filter((a) => a.verdict === 'contradicted');
      expect(
        found.map((a) => a.factIds),
        text,
      ).toEqual([[record]]);
      expect(found[0].quote).toBe(words);
    }
  });
});

describe('(2) true look-alikes', () => {
  it('confirms the right weekday', () => {
    for (const [text, asOf, words] of [
      // https://europenewstoday.com/turkey-finland-and-sweden-sign-agreement-paving-the-way-for-finnish-and-swedish-nato-membership
      [
        'President Recep Tayyip Erdogan of Turkey, President Sauli Niinisto of Finland and Prime Minister Magdalena Andersson of Sweden met in Madrid on Tuesday (28 June 2022) under the auspices of NATO Secretary General Jens Stoltenberg.',
        '2022-06-29',
        'Madrid',
      ],
      [
        "Tuesday's meeting between Erdogan, Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson ended with a deal.",
        '2022-06-29',
        "Tuesday's",
      ],
      // https://sofiaglobe.com/2022/06/28/turkiye-unblocks-way-towards-finnish-and-swedish-nato-membership/
      [
        'President Recep Tayyip Erdoğan of Türkiye – the new official name of Turkey, President Sauli Niinistö of Finland and Prime Minister Magdalena Andersson of Sweden met in Madrid on June 28, agreeing on a deal paving the way for Finland and Sweden’s Nato membership, the Alliance said in a statement.',
        '2022-06-28',
        'Madrid',
      ],
    ] as const) {
      expect(eventVerdictsOn(text, words, asOf), text).toContain('supported');
      expect(red(text, asOf), text).toBe(false);
    }
  });

  it('leaves unflagged what the weekday does not name beyond doubt', () => {
    for (const [text, asOf] of [
      // https://thelatestnews.world/the-leaders-of-turkey-sweden-and-finland-meet-in-madrid-under-the-gaze-of-stoltenberg/
      [
        'The President of Turkey, Recep Tayyip Erdogan, the Prime Minister of Sweden, Magdalena Andersson, and the President of Finland, Saulio Niinisto, met this Tuesday afternoon in Madrid to try to iron out any rough edges on the accession of the two Nordic countries to NATO.',
        '2022-06-28',
      ],
      // https://www.newtr.tv/post/t%C3%BCrkiye-sweden-finland-sign-memorandum-on-nordic-countries-nato-bids
      [
        'Türkiye, Finland and Sweden signed a memorandum Tuesday on the Nordic countries’ bids for NATO membership following four-way talks in Madrid.',
        '2022-06-29',
      ],
      // A weekday of a saying, and of a plan.
      [
        'Turkish President Recep Tayyip Erdogan said on Monday that he would meet Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson in Madrid.',
        '2022-06-29',
      ],
      [
        'Swedish Prime Minister Magdalena Andersson said on Monday that she had met Turkish President Recep Tayyip Erdogan and Finnish President Sauli Niinisto in Madrid.',
        '2022-06-29',
      ],
      // Another meeting of two of them, elsewhere, on the Monday.
      [
        'On Monday, Swedish Prime Minister Magdalena Andersson met Finnish President Sauli Niinisto in Stockholm to prepare for the summit.',
        '2022-06-29',
      ],
      // Two of them, no place: they may have met twice that week.
      ["Monday's meeting between Finnish President Sauli Niinisto and Turkish President Recep Tayyip Erdogan was tense.", '2022-06-29'],
      // A day after: an evening meeting in Florida is the next day's news in Europe.
      ['NATO Secretary General Mark Rutte met U.S. President-elect Donald Trump in Palm Beach on Saturday.', '2024-11-25'],
      // A written day after the weekday governs (event.ts and weekday-days.ts judge it).
      [
        'Turkish President Recep Tayyip Erdogan met Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson in Madrid on Tuesday, June 28.',
        '2022-06-29',
      ],
      // "last Monday" may be a week further back.
      [
        'Turkish President Recep Tayyip Erdogan met Finnish President Sauli Niinisto and Swedish Prime Minister Magdalena Andersson in Madrid last Tuesday.',
        '2022-07-05',
      ],
      // The summit told by its first day on that day's page, and its dinner the evening before (summit-weekday.ts's).
      ["Leaders gathered in Vilnius for Tuesday's NATO summit, the first with Finland as a member.", '2023-07-11'],
      ['NATO leaders met for a dinner hosted by the Dutch king in The Hague on Tuesday, on the eve of the summit.', '2025-06-25'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
    }
  });

  it('withholds the flag when the page date is a guess', () => {
    const text =
      "He described how, in advance of Monday's crucial meeting between Finnish President Sauli Niinisto, Swedish Prime Minister Magdalena Andersson, and Turkish President Recep Tayyip Erdogan, two rounds of talks were held in Brussels under his supervision.";
    expect(red(text, '2022-06-29', false)).toBe(false);
    expect(red(text, '2022-06-29')).toBe(true);
  });
});

describe('(3) which record the event readers take', () => {
  it("takes NATO's summit for NATO's meeting when no one is named", () => {
    // https://www.regjeringen.no (r027 in tests/fixtures/real): a photo caption of 28 June 2022.
    const text = 'Minister of Defence Bjørn Arild Gram at a press meeting before the Nato-meeting in Madrid, 28 June 2022.';
    expect(eventsOn(text, 'Nato-meeting', '2022-06-28').map((a) => a.factIds)).toEqual([['nato-summit-2022-madrid']]);
  });

  it('says nothing of a stand-in when the day told is not the record’s', () => {
    // https://www.nato.int (r033 in tests/fixtures/real), 10 July 2023.
    const text =
      '“I will meet with President Erdogan and Prime Minister Kristersson later today as the next step in this process,” said Mr Stoltenberg.';
    expect(analyze(text, '2023-07-10').filter((a) => a.kind === 'event')).toEqual([]);
  });
});

describe("(4) NATO's foreign ministers' meeting told by a weekday", () => {
  it('is contradicted on a weekday before the meeting', () => {
    for (const [text, asOf, record] of [
      // https://axadletimes.com/ax-world/nato-chief-says-only-trump-can-end-ukraine-russia.html5
      ['NATO foreign ministers met in Brussels on Tuesday', '2025-12-03', 'nato-foreign-ministers-2025-12-03'],
      ['NATO foreign ministers met in Brussels on Tuesday to discuss Ukraine.', '2025-12-05', 'nato-foreign-ministers-2025-12-03'],
      [
        'A meeting of NATO foreign ministers in Brussels on Monday discussed support for Ukraine.',
        '2024-12-05',
        'nato-foreign-ministers-2024-12-03',
      ],
    ] as const) {
      const found = eventsOn(text, 'Brussels', asOf)
        .concat(eventsOn(text, 'day', asOf))
        .filter((a) => a.verdict === 'contradicted');
      expect(found.length, text).toBeGreaterThan(0);
      expect(found[0].factIds).toEqual([record]);
    }
  });

  it('confirms the right weekday, before the meeting and after it', () => {
    for (const [text, asOf, words] of [
      // https://hellenicnews.com/dendias-to-attend-nato-foreign-ministers-meeting-in-bucharest/
      ['Dendias will attend the NATO Foreign Ministers meeting in Bucharest on Tuesday.', '2022-11-28', 'Tuesday'],
      // https://news.liga.net/en/politics/news/luxembourgs-foreign-minister-voices-concerns-over-ukraine-joining-nato-but-supports-eu-integration
      [
        'Luxembourg’s foreign minister said so on the sidelines of a meeting of NATO foreign ministers in Brussels on Tuesday.',
        '2024-12-04',
        'Tuesday',
      ],
    ] as const) {
      expect(eventVerdictsOn(text, words, asOf), text).toContain('supported');
      expect(red(text, asOf), text).toBe(false);
    }
  });

  it('leaves unflagged what the weekday does not name beyond doubt', () => {
    for (const [text, asOf] of [
      // A day after: a one-day meeting told from another time zone, or a second day.
      ['NATO foreign ministers met in Brussels on Thursday.', '2025-12-05'],
      // The defence ministers: the Contact Group met at NATO headquarters the day before (12 and 13 February 2025).
      ['NATO defence ministers met in Brussels on Wednesday.', '2025-02-14'],
      ['NATO defence ministers met in Brussels on Tuesday.', '2025-02-14'],
      // A weekday of a saying, a plan, "last week", someone named.
      ['NATO foreign ministers said on Tuesday in Brussels that they would meet again.', '2025-12-05'],
      ['NATO foreign ministers will meet in Brussels on Tuesday.', '2025-11-28'],
      ['NATO foreign ministers met in Brussels last week on Tuesday.', '2025-12-10'],
      ['Secretary of State Marco Rubio skipped the meeting of NATO foreign ministers in Brussels on Tuesday.', '2025-12-04'],
      // Another body's ministers.
      ['EU foreign ministers met in Brussels on Monday.', '2025-12-03'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
    }
  });
});

describe('(5) a NATO summit told by its leaders gathering at its place', () => {
  it('is confirmed when the place and the time told fit', () => {
    for (const [text, asOf, record] of [
      ['On Tuesday and Wednesday, NATO allies will gather in the Lithuanian city of Vilnius', '2023-07-10', 'nato-summit-2023-vilnius'],
      [
        'Leaders of the 32-member alliance are gathering this week in The Hague, Netherlands, for a yearly summit.',
        '2025-06-24',
        'nato-summit-2025-the-hague',
      ],
      [
        'NATO leaders gathered in The Hague, Netherlands, on Tuesday for the alliance’s annual summit.',
        '2025-08-05',
        'nato-summit-2025-the-hague',
      ],
    ] as const) {
      const found = eventsOn(text, record.includes('vilnius') ? 'Vilnius' : 'The Hague', asOf).filter((a) => a.verdict === 'supported');
      expect(
        found.map((a) => a.factIds[0]),
        text,
      ).toContain(record);
      expect(red(text, asOf), text).toBe(false);
    }
  });

  it('says nothing when the time or the body does not fit, and never flags', () => {
    for (const [text, asOf] of [
      ['NATO allies will gather in Vilnius on Thursday.', '2023-07-10'],
      ['NATO foreign ministers will gather in The Hague on Tuesday.', '2025-06-20'],
      ['Foreign ministers will gather in Prague on May 30-31.', '2024-02-27'],
      ['NATO leaders gathered in The Hague on June 27, 2025 for the summit.', '2025-06-28'],
      ['Protesters gathered in Brussels on Sunday against the war.', '2025-06-24'],
    ] as const) {
      expect(
        eventsOn(text, 'gather', asOf).filter((a) => a.verdict === 'supported' && a.quote.startsWith('gather')),
        text,
      ).toEqual([]);
    }
  });
});
