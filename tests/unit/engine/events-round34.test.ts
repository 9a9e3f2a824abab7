// Round 34, events told at a wrong time or place, in general form (sentences of our own unless an entry id is given).
// (1) A NATO summit told with its place and a month (no year) none of that place's summits had (summit-placed-time.ts;
//     a year told is the older readers'):
//     "It was at the NATO summit in Vilnius in June" (held-out 32 ig007; 11-12 July 2023).
// (2) On the days of a NATO summit, "the NATO summit in X" tied to those days by a present tense of taking part or
//     "today's"/"this week's"/"the ongoing", X a city where NATO once met but not this summit's (summit-of-the-day.ts):
//     "President Rumen Radev leads the Bulgarian delegation at the NATO Summit in Brussels" (ib007; Madrid, June 2022).
// (3) An event told as some time after (before) a dated anchor, its own weekday or "today" falling on the other side of it
//     (event-anchor-order.ts): "Pompeo visits NATO headquarters on Wednesday, one week after Biden's inauguration" (ib001);
//     and "since" an anchor none of whose days is yet past ("Since the Vilnius summit, ..." written in June 2023).
// (4) A fixed mandate's end told as a farewell or a last day (tenure-mandate.ts): "The official farewell day for
//     Stoltenberg is 1 November this year" (ig005; the mandate ran until 1 October 2024).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = new Set(['contradicted', 'outdated']);
const reds = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.has(a.verdict));
const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);

describe('a NATO summit told at its place in a month or year none of its summits had', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      // held-out 32 ig007
      ['It was at the NATO summit in Vilnius in June that the Turkish president announced that Turkey would ratify it.', '2023-08-11'],
      ['At the NATO summit in Vilnius in June, Erdogan agreed to send the protocol to parliament.', '2023-09-02'],
      ['Erdogan dropped his veto at the NATO summit in Vilnius in late June.', '2023-10-02'],
      ['At NATO’s June summit in Vilnius, Erdogan dropped his veto.', '2023-08-11'],
      ['Erdogan dropped his veto on Sweden at the Vilnius summit in June, NATO said.', '2023-08-11'],
      ['The NATO summit in Washington in June marked the alliance’s 75th anniversary.', '2024-10-01'],
      ['The Alliance summit in Madrid in September invited Finland and Sweden.', '2023-01-10'],
      ['Leaders met at the NATO summit in The Hague in July.', '2025-09-15'],
      ['The 2023 NATO summit in Madrid agreed new regional plans.', '2024-03-01'],
    ] as const)
      expect(reds(text, asOf).length, text).toBeGreaterThan(0);
  });

  it('stays quiet when true, planned, hedged or another body’s', () => {
    for (const [text, asOf] of [
      ['It was at the NATO summit in Vilnius in July that the Turkish president announced that Turkey would ratify it.', '2023-08-11'],
      ['At the NATO summit in Madrid in June 2022, Turkey lifted its veto.', '2024-09-01'],
      ['The July 2023 NATO summit in Vilnius welcomed Finland.', '2024-09-01'],
      ['The NATO summit in Vilnius, originally planned for June, took place in July.', '2023-08-11'],
      ['The NATO summit in Vilnius in June will be decisive.', '2023-03-01'],
      ['The EU summit in Vilnius in November 2013 was overshadowed by Ukraine.', '2014-01-10'],
      ['At the NATO summit in Brussels in June, allies agreed on the 2030 agenda.', '2021-09-01'],
      ['Leaders met at the NATO summit in Ankara in June.', '2026-03-01'],
      ['At the NATO summit in Vilnius in early July, allies agreed on new plans.', '2023-09-01'],
      ['At the NATO summit in Madrid in early July, allies invited Finland and Sweden.', '2022-09-01'],
      ['Erdogan dropped his veto on Sweden at the Vilnius summit in June.', '2023-08-11'],
      ['At the NATO summit in Madrid this July, leaders agreed to more support.', '2023-11-20'],
    ] as const)
      expect(reds(text, asOf), text).toEqual([]);
  });
});

describe("the page's NATO summit placed in another city where NATO once met", () => {
  it('is contradicted when the words tie the summit to the page’s days', () => {
    for (const [text, asOf] of [
      // held-out 32 ib007
      ['President Rumen Radev leads the Bulgarian delegation at the NATO Summit in Brussels.', '2022-06-29'],
      ['Prime Minister Keir Starmer is attending the NATO summit in Brussels.', '2024-07-10'],
      ['Today’s NATO summit in Vilnius focuses on spending.', '2025-06-25'],
      ['President Macron is taking part in the NATO summit in Madrid.', '2023-07-11'],
    ] as const)
      expect(verdictsOn(text, 'summit in', asOf).concat(verdictsOn(text, 'Summit in', asOf)), text).toContain('contradicted');
  });

  it('stays quiet for the right city, a past tense or another time', () => {
    for (const [text, asOf] of [
      ['President Rumen Radev leads the Bulgarian delegation at the NATO Summit in Madrid.', '2022-06-29'],
      ['Keir Starmer attended the NATO summit in Brussels in 2021 as opposition leader.', '2024-07-10'],
      ['Speaking at the NATO summit in Brussels, Stubb said the alliance is becoming more European.', '2025-06-25'],
      ['Zelensky arrived at the NATO summit in The Hague.', '2025-06-25'],
      ['Biden leads the US delegation at the NATO summit in Brussels.', '2021-06-14'],
    ] as const)
      expect(reds(text, asOf), text).toEqual([]);
  });
});

describe('an event told on the wrong side of a dated anchor', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      // held-out 32 ib001 (Tuesday 12 January 2021)
      ['Pompeo visits NATO headquarters on Wednesday, one week after Biden’s inauguration', '2021-01-12'],
      [
        'The US Secretary of State, Mike Pompeo, will meet this Wednesday with the Secretary General of NATO, Jens Stoltenberg, in Brussels, a week after Joe Biden assumes the Presidency of the country.',
        '2021-01-12',
      ],
      ['Zelensky will meet Keith Kellogg on Thursday, two weeks after Donald Trump takes office.', '2025-01-14'],
      ['Zelensky spoke to Trump yesterday, a week before Trump’s inauguration.', '2025-01-22'],
      ['NATO defence ministers meet on Thursday, two days after the Vilnius summit.', '2023-07-04'],
      ['Today, three days after the summit in Madrid, Sweden and Finland begin accession talks.', '2022-06-20'],
      // "since" an anchor still ahead of the page
      ['Since the Vilnius summit, allies have stepped up support.', '2023-06-01'],
      ['In the weeks since the NATO summit in The Hague, allies have raised spending.', '2025-06-02'],
    ] as const)
      expect(reds(text, asOf).length, text).toBeGreaterThan(0);
  });

  it('stays quiet when the order holds, is hedged or the time is another clause’s', () => {
    for (const [text, asOf] of [
      ['Pompeo’s successor Antony Blinken spoke to Stoltenberg on Wednesday, one week after Biden’s inauguration.', '2021-01-28'],
      ['Zelensky met Keith Kellogg on Thursday, ten days after Donald Trump took office.', '2025-01-31'],
      ['Zelensky will meet Kellogg on Thursday, a week before Donald Trump takes office.', '2025-01-14'],
      ['NATO defence ministers meet on Thursday, two days after the Vilnius summit.', '2023-07-10'],
      ['Erdogan said on Monday that a week after the NATO summit in Vilnius he would decide.', '2023-07-05'],
      ['Pompeo could visit NATO on Wednesday, a week after Biden’s inauguration.', '2021-01-12'],
      ['On Tuesday Blinken recalled the call he made a week after Biden’s inauguration.', '2021-03-02'],
      ['Since the Vilnius summit, allies have stepped up support.', '2023-08-01'],
      ['Since the Vilnius summit is in July, ministers meet in June.', '2023-06-01'],
      ['Since the NATO summit in Brussels, allies have stepped up support.', '2023-06-01'],
      ['Since Biden’s inauguration, Pompeo has kept quiet.', '2021-01-12'],
    ] as const)
      expect(reds(text, asOf), text).toEqual([]);
  });
});

describe("a mandate's end told as a farewell or a last day", () => {
  it('is contradicted when no end on record falls then', () => {
    for (const [text, asOf] of [
      // held-out 32 ig005
      ['The official farewell day for Stoltenberg is 1 November this year.', '2024-09-05'],
      ['Jens Stoltenberg’s last day as Secretary General is 15 October.', '2024-09-05'],
      ['The farewell ceremony for Jens Stoltenberg is set for 1 November.', '2024-08-20'],
    ] as const)
      expect(reds(text, asOf).length, text).toBeGreaterThan(0);
  });

  it('is confirmed or left alone otherwise', () => {
    for (const [text, asOf] of [
      ['The official farewell day for Stoltenberg is 1 October this year.', '2024-09-05'],
      ['Jens Stoltenberg’s last day as Secretary General is 30 September.', '2024-09-05'],
      ['The farewell for Stoltenberg is in Oslo.', '2024-09-05'],
      ['The farewell party for Camilla Stoltenberg is on 1 November.', '2024-09-05'],
    ] as const)
      expect(reds(text, asOf), text).toEqual([]);
    expect(verdictsOn('Jens Stoltenberg’s last day as Secretary General is 30 September.', 'last day', '2024-09-05')).toContain(
      'supported',
    );
  });
});
