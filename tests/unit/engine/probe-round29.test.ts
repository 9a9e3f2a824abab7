// Round 29 precision probe: wrong confirmations found by mutating the development sets' confirmed quotes (a day, a
// month, a place, a person, another club), each mended in general form with sentences of the probe's own; and true
// look-alikes of the round's new red flags.
import { describe, expect, it } from 'vitest';
import { analyze, confirmedEventIds, redQuotes } from './helpers';

const eventVerdicts = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'event')
    .map((a) => a.verdict);
const titleVerdicts = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'title')
    .map((a) => a.verdict);

describe("a span of days written out that is not the event's own (index.ts, event-confirmed.ts daySpanOffRecord)", () => {
  it('is not confirmed, whichever reader matched the event', () => {
    for (const [text, asOf] of [
      ['NATO heads of state will convene in Vilnius on July 7-12 for the summit.', '2023-06-20'],
      ['The informal NATO foreign ministers’ meeting is scheduled from May 27 to June 1 in Oslo.', '2023-02-10'],
      ['NATO foreign ministers gather in Oslo on 31 May and 4 June.', '2023-05-20'],
      ['Washington hosts the NATO summit from July 5 to July 11.', '2024-06-30'],
      ['The Hague will host the NATO leaders’ summit on June 20–25.', '2025-05-02'],
    ] as const) {
      expect(eventVerdicts(text, asOf), text).not.toContain('supported');
      expect(redQuotes(text, asOf), text).toEqual([]);
    }
  });
  it("the record's days, or a day off at either end (the evening of arrival, a time zone), are still confirmed", () => {
    for (const [text, asOf] of [
      ['NATO heads of state will convene in Vilnius on July 11-12 for the summit.', '2023-06-20'],
      ['The informal NATO foreign ministers’ meeting is scheduled from May 31 to June 1 in Oslo.', '2023-02-10'],
      ['Washington hosts the NATO summit from July 9 to July 11.', '2024-06-30'],
      ['NATO leaders will gather in Vilnius on July 10-12 for the summit.', '2023-06-20'],
      ['EU leaders meet for a European Council summit in Brussels on June 27-28.', '2024-06-20'],
    ] as const)
      expect(eventVerdicts(text, asOf), text).toContain('supported');
  });
});

describe("another club's summit named, NATO not: none of NATO's events (event.ts score)", () => {
  it("is not confirmed as NATO's summit held in that city on that day", () => {
    for (const [text, asOf] of [
      ['Biden and Zelensky are to talk on July 12 at the EU summit in Vilnius.', '2023-07-05'],
      ['The G7 summit in Madrid on June 29 will focus on energy.', '2022-06-20'],
      ['Leaders flew to the EU summit in Washington on July 10.', '2024-07-02'],
    ] as const)
      expect(
        confirmedEventIds(text, asOf).filter((id) => id.startsWith('nato-')),
        text,
      ).toEqual([]);
  });
  it("NATO's summit named, or both clubs with NATO, still is", () => {
    for (const [text, asOf] of [
      ['Biden and Zelensky are to talk on July 12 at the NATO summit in Vilnius.', '2023-07-05'],
      ['The NATO summit in Madrid on June 29 will focus on Russia.', '2022-06-20'],
      ['Leaders flew to the NATO summit in Washington on July 10.', '2024-07-02'],
    ] as const)
      expect(
        confirmedEventIds(text, asOf).filter((id) => id.startsWith('nato-')),
        text,
      ).not.toEqual([]);
  });
});

describe('a NATO meeting matched by its city alone, its own words giving another time or body (event.ts placeOnlyAtOdds)', () => {
  it('is not confirmed', () => {
    for (const [text, asOf] of [
      ["Diplomats are drafting texts for the alliance's June summit in Vilnius.", '2025-03-20'],
      ["Work has begun on next year's NATO summit in Vilnius.", '2021-12-10'],
      ['The upcoming NATO summit in Madrid will be short.', '2024-02-01'],
      ['The question came up at a meeting of NATO defence ministers held in Vilnius.', '2025-02-20'],
    ] as const)
      expect(eventVerdicts(text, asOf), text).not.toContain('supported');
  });
  it('the city with its own time, or told with none, is still confirmed', () => {
    for (const [text, asOf] of [
      ["Diplomats are drafting texts for the alliance's June summit in The Hague.", '2025-03-20'],
      ["Work has begun on next year's NATO summit in Madrid.", '2021-12-10'],
      ['The NATO summit in Vilnius agreed on new regional plans.', '2025-07-01'],
      ['The upcoming NATO summit in Washington will mark 75 years.', '2024-02-01'],
    ] as const)
      expect(eventVerdicts(text, asOf), text).toContain('supported');
  });
});

describe("a title left over ten years before, told with the page's own days (title.ts toldAsRecent)", () => {
  it('is not confirmed as history (nor flagged)', () => {
    for (const [text, asOf] of [
      ['US President Dwight D. Eisenhower arrived unannounced in Kyiv on February 20.', '2023-02-21'],
      ['The newly appointed US Defense Secretary William Perry met his counterparts in Brussels.', '2021-02-19'],
      ['President-elect Lyndon B. Johnson announced his first picks.', '2020-11-24'],
      ['The new US Secretary of State, Dean Acheson, flew to Brussels.', '2021-02-01'],
    ] as const) {
      expect(titleVerdicts(text, asOf), text).not.toContain('supported');
      expect(redQuotes(text, asOf), text).toEqual([]);
    }
  });
  it('history told in the past tense, or with a year of the tenure, is still confirmed', () => {
    for (const [text, asOf] of [
      ['Secretary of State Dean Acheson signed the treaty for the United States.', '2024-04-04'],
      ['President Harry Truman looked on as Secretary of State Dean Acheson signed.', '2024-04-04'],
      ['The new US Secretary of State, Dean Acheson, flew to Paris in 1949.', '2021-02-01'],
    ] as const)
      expect(titleVerdicts(text, asOf), text).toContain('supported');
  });
});

describe('a title followed by a past act of its holder, undated, or by a past perfect (narrated-time.ts toldOfAnEarlierTime)', () => {
  it('is of that earlier time: not flagged', () => {
    for (const [text, asOf] of [
      ['Sanna Marin, the Finnish prime minister who took Finland into NATO, now works in London.', '2025-03-10'],
      ['Angela Merkel, the German chancellor who opened the borders, wrote a memoir.', '2025-03-10'],
      ['Boris Johnson, the British prime minister who took Britain out of the EU, visited Kyiv.', '2025-03-10'],
      ['Rutte, the Dutch prime minister who became NATO chief, cycled to work.', '2025-03-10'],
      ['Mark Rutte, the Dutch prime minister, had clashed with Orbán over the budget.', '2025-03-10'],
    ] as const)
      expect(redQuotes(text, asOf), text).toEqual([]);
  });
  it('the act told with a time of its own, in the present, or no clause at all, is still flagged', () => {
    for (const [text, asOf] of [
      ['Olaf Scholz, the German chancellor who visited Kyiv on Monday, met Zelensky.', '2025-06-20'],
      ['Olaf Scholz, the German chancellor who is visiting Kyiv, met Zelensky.', '2025-06-20'],
      ['Olaf Scholz, the German chancellor, had said yesterday that he would stay.', '2025-06-20'],
      ['Sanna Marin, the Finnish prime minister, said on Monday that she would run again.', '2025-03-10'],
      ['Sanna Marin, the Finnish prime minister, now works in London.', '2025-03-10'],
    ] as const)
      expect(redQuotes(text, asOf), text).toHaveLength(1);
  });
});

describe("a war milestone named only as the cause or sequel of the sentence's dated act (war-milestones.ts actOnlyAsCause)", () => {
  it('is not the day of the milestone: not flagged', () => {
    for (const text of [
      "On February 21, 2024, the UK sanctioned six people over Navalny's death.",
      "On February 23, 2024, the US imposed sanctions on more than 500 targets over Navalny's death and the war.",
      "Protests erupted on February 19, 2024, after Navalny's death.",
      'On June 26, 2023, Putin addressed the nation after the Wagner mutiny.',
      "On August 25, 2023, Putin spoke about Prigozhin's death.",
    ])
      expect(redQuotes(text, '2025-03-10'), text).toEqual([]);
  });
  it('the milestone itself told with another day is still contradicted', () => {
    for (const text of [
      'On February 19, 2024, Navalny died in prison.',
      "Navalny's death on February 19, 2024 shocked the world.",
      'On June 26, 2023, the Wagner mutiny began.',
      'On August 25, 2023, Prigozhin died in a plane crash.',
    ])
      expect(redQuotes(text, '2025-03-10'), text).toHaveLength(1);
  });
});
