// Round 33, summits and ministerials told by what was first or last at them. Sentences of our own, each family with its
// true look-alikes.
// (1) A summit told as an office holder's first or last (summit-first-member.ts, holderSummitClaims): "the last summit
//     for X as Secretary General", "the first participation of President X in an allied summit", "X's last NATO summit",
//     "X attends his first NATO summit". Confirmed for the heads who lead a delegation and the Secretary General;
//     contradicted only for the Secretary General and the US president, once the real first or last had been held.
// (2) A new member's first summit told with the member after the summit ("the first summit Sweden attended as a full
//     member"): the member reader's wording (summit-first-member.ts).
// (3) NATO's ministerials: the foreign ministers' videoconference of 1 June 2021 (a new record), and the ministers told as
//     "foreign ministers of member countries" in a sentence that names NATO (ministerials.ts, confirm-only); "yesterday"
//     of a ministerial stretches back a day, not forward (a page is dated on or after the day it was written).
// (4) NATO's Sentry activities by their launch day (Baltic Sentry 14 January 2025, Eastern Sentry 12 September 2025,
//     Arctic Sentry 11 February 2026; new records; event-acts.ts): confirmed, and a day or month ten days or more away
//     contradicted.
// (5) A body's first meeting with its day opening the clause ("On July 12, the first meeting of the Ukraine-NATO Council
//     will be held"; first-meeting.ts): confirmed, a written day with its year contradicted.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe("a summit told as an office holder's first or last", () => {
  it('is confirmed when it was', () => {
    for (const [text, asOf, words] of [
      ['Washington was, in the end, the last summit for Jens Stoltenberg as NATO Secretary General.', '2024-07-16', 'last summit for'],
      [
        'Leaders also marked the first participation of the US president, Joe Biden, in an allied summit.',
        '2021-06-15',
        'first participation',
      ],
      ["The London meeting in 2019 was Donald Trump's last NATO summit of his first term.", '2020-03-01', 'last NATO summit'],
      ['In Washington in 2024, Jens Stoltenberg chaired his last summit as Secretary General.', '2024-09-20', 'his last summit'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });

  it('is contradicted for the chair or the US president when another summit was', () => {
    for (const [text, asOf, words] of [
      ['The Vilnius summit in 2023 was the last summit for Jens Stoltenberg as NATO Secretary General.', '2024-09-20', 'last summit for'],
      ['Madrid in 2022 was the first NATO summit for Joe Biden as president.', '2024-09-20', 'first NATO summit for'],
      ['At the 2018 Brussels summit, Donald Trump attended his first NATO summit.', '2018-07-13', 'his first NATO summit'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });

  it('is left alone when hedged, planned before it was known, denied, of another first, or of a delegation head', () => {
    for (const [text, asOf] of [
      // Before his term was extended (July 2023): the writer could not know Washington would be his last.
      ['Vilnius will be the last summit for Jens Stoltenberg as NATO Secretary General.', '2023-03-01'],
      ['The Vilnius summit in 2023 was expected to be the last summit for Jens Stoltenberg.', '2024-09-20'],
      ['Madrid in 2022 was not the first NATO summit for Joe Biden as president.', '2024-09-20'],
      ['Madrid in 2022 was the first NATO summit for Joe Biden since the invasion of Ukraine.', '2024-09-20'],
      ['Madrid was the first NATO summit for Joe Biden in person with Finland and Sweden invited.', '2022-06-30'],
      // The German chancellor may call a regular summit his first after a video one: confirmed only, never flagged.
      ['Olaf Scholz attended his first NATO summit in Madrid.', '2022-06-30'],
      // The other reader's subject: a member's first.
      ['Vilnius in 2023 was the first summit for Finland as a member.', '2023-07-13'],
    ] as const)
      expect(
        red(text, asOf).filter((a) => /first|last/.test(a.message)),
        text,
      ).toEqual([]);
  });
});

describe("a new member's first summit told with the member after the summit", () => {
  it('is confirmed, and contradicted when the member had attended an earlier one', () => {
    expect(verdictsOn('It was the first summit Sweden attended as a full member of the alliance.', 'Sweden', '2024-07-12')).toContain(
      'supported',
    );
    expect(verdictsOn('Vilnius was the first NATO summit at which Finland took part as an ally.', 'Finland', '2023-07-13')).toContain(
      'supported',
    );
    expect(verdictsOn('Washington is the first summit Finland attended as a full member.', 'Finland', '2024-07-11')).toContain(
      'contradicted',
    );
  });

  it('says nothing of other words after the member', () => {
    for (const [text, asOf] of [
      ['Washington is the first summit Finland has not attended as a partner.', '2024-07-11'],
      ['Washington is the first summit Finland attended as host of a side event.', '2024-07-11'],
      ['It was the first summit Ukraine attended as a guest.', '2024-07-11'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe("NATO's ministerials: the June 2021 videoconference and the ministers of member countries", () => {
  it('confirms the meeting on record', () => {
    for (const [text, asOf, words] of [
      ['Allied foreign ministers held a secure videoconference on 1 June 2021 to prepare the summit.', '2021-06-02', 'videoconference'],
      ['The meeting of NATO Foreign Ministers was held on June 1, 2021 by video link.', '2021-06-03', 'NATO Foreign Ministers'],
      ['Foreign ministers of member countries convened at NATO Headquarters in Brussels on Thursday.', '2024-04-04', 'convened'],
      ['Foreign ministers of the allies met at NATO Headquarters in Brussels on April 4.', '2024-04-05', 'met at NATO'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });

  it('does not flag ministers of members of another body, nor a meeting not on record', () => {
    for (const [text, asOf] of [
      ['Foreign ministers of member states met in Luxembourg on April 22 to discuss EU sanctions and NATO.', '2024-04-22'],
      ['Foreign ministers of member countries met at NATO Headquarters on April 10.', '2024-04-10'],
      ['EU foreign ministers of member states met in Brussels on 2 June 2021, a day after NATO ministers.', '2021-06-02'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('"yesterday" of a NATO ministerial', () => {
  it("confirms a meeting of the day before or two days before, not one of the page's own day", () => {
    const text = 'Yesterday, speaking at the NATO defence ministerial in Brussels, the minister pledged more air defence.';
    expect(verdictsOn(text, 'ministerial', '2025-02-14')).toContain('supported');
    expect(verdictsOn(text, 'ministerial', '2025-02-15')).toContain('supported');
    expect(verdictsOn(text, 'ministerial', '2025-02-13')).not.toContain('supported');
    expect(red(text, '2025-02-13')).toEqual([]);
  });
});

describe("NATO's Sentry activities told by their launch", () => {
  it('is confirmed on the day or month on record', () => {
    for (const [text, asOf, words] of [
      ['On 11 February, NATO commanders launched a new activity, Arctic Sentry, to watch the High North.', '2026-02-13', 'Arctic Sentry'],
      [
        "NATO's Eastern Sentry, which was launched in September, covers the flank from the Baltic to the Black Sea.",
        '2025-11-02',
        'Eastern Sentry',
      ],
      ['NATO said Baltic Sentry began in January after cables were cut.', '2025-03-01', 'Baltic Sentry'],
      ['The alliance kicked off Eastern Sentry on Friday after drones crossed into Poland.', '2025-09-13', 'Eastern Sentry'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });

  it('is contradicted for a day or month well away from the launch', () => {
    for (const [text, asOf, words] of [
      ['NATO launched Eastern Sentry in October 2025 after drones crossed into Poland.', '2025-12-01', 'Eastern Sentry'],
      ["NATO's Baltic Sentry, launched on 14 February 2025, patrols the sea's cables.", '2025-12-01', 'Baltic Sentry'],
      ['NATO began Arctic Sentry on March 20, 2026.', '2026-05-01', 'Arctic Sentry'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });

  it('says nothing of a later step, a plan, a wish or a day the page leaves open', () => {
    for (const [text, asOf] of [
      ["NATO's Eastern Sentry was expanded in October 2025.", '2025-11-01'],
      ['NATO could have launched Eastern Sentry in October 2025, officials said.', '2025-12-01'],
      ['NATO will launch Arctic Sentry in March, officials said.', '2026-02-05'],
      ["NATO's Baltic Sentry, launched last winter, was extended on 14 October 2025.", '2025-10-20'],
      ['NATO launched Eastern Sentry on Monday.', '2025-12-01'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe("a body's first meeting with the day before it", () => {
  it('is confirmed on the day on record and contradicted on another day written with its year', () => {
    expect(
      verdictsOn('Also, on July 12, the first meeting of the Ukraine-NATO Council will be held with Zelensky.', 'Council', '2023-07-11'),
    ).toContain('supported');
    expect(
      verdictsOn('On 12 July, the inaugural meeting of the NATO–Ukraine Council was chaired by Stoltenberg.', 'Council', '2023-07-13'),
    ).toContain('supported');
    expect(verdictsOn('On 14 July 2023, the first meeting of the NATO-Ukraine Council took place.', 'Council', '2023-07-20')).toContain(
      'contradicted',
    );
  });

  it("says nothing when the day is another clause's, planned, or not the meeting's", () => {
    for (const [text, asOf] of [
      ['On 14 July 2023, officials said the first meeting of the NATO-Ukraine Council had gone well.', '2023-07-20'],
      ['On 14 July 2023, after the first meeting of the NATO-Ukraine Council, Kuleba spoke to reporters.', '2023-07-20'],
      ['On July 14, the first meeting of the Ukraine-NATO Council will be held, officials hoped.', '2023-07-11'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});
