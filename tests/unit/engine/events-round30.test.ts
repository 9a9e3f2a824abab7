// Round 30, dated events: how the engine reads events already in the fact base. Sentences of our own, each family with
// its true look-alikes.
// (1) A NATO summit told by its host country and its city ("the US-hosted alliance summit in Ankara", "the NATO summit in
//     Vilnius, hosted by Poland"): a NATO summit is hosted by the country it is held in, so a host that does not hold the
//     city is contradicted and the right one confirmed (summit-host.ts).
// (2) A ministerial headed with its place and a dotted day in brackets, the ministers' owner between ("the Meeting of
//     Foreign Ministers of the NATO member states (Brussels, 29.11.2023)"): confirm-only, as the bracketed day always was
//     (ministerials.ts bracketedDay).
// (3) The Munich Security Conference with a noun phrase in apposition before its verb, or its city before its days ("The
//     Munich Security Conference, the annual forum, was held from ...", "will take place in Munich, Germany, from ...")
//     (meeting-ordinal.ts MSC_RE), and "the MSC" alone on a page that names it in full.
// (4) Ministers who "have just met" or "have just concluded", told on the page's day: the page's day, confirm-only
//     (ministerials.ts justNow).
// (5) "on the eve of" a ministerial: the meeting is the next day's, confirm-only (ministerials.ts relativeWindow).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('a NATO summit told by a host country and a city', () => {
  it('a host that does not hold the city is contradicted', () => {
    for (const [text, asOf, words] of [
      ['Diplomats are preparing for the Spanish-hosted NATO summit in Ankara next month.', '2026-06-10', 'Spanish-hosted'],
      ['Rutte flew to Washington two weeks before the U.S.-hosted alliance summit in Ankara.', '2026-06-22', 'hosted'],
      ['Allies signed off on the plan at the Polish-hosted NATO summit in Vilnius.', '2023-07-13', 'Polish-hosted'],
      ['Leaders gathered for the NATO summit in Washington, hosted by Canada, to mark the 75th anniversary.', '2024-07-12', 'Canada'],
      ['The [UK](/entity/uk)-hosted NATO summit in Vilnius opened on Tuesday.', '2023-07-11', 'hosted'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('the right host is confirmed', () => {
    for (const [text, asOf, words] of [
      ['Diplomats are preparing for the Turkish-hosted NATO summit in Ankara next month.', '2026-06-10', 'Turkish-hosted'],
      ['Allies signed off on the plan at the Lithuanian-hosted NATO summit in Vilnius.', '2023-07-13', 'hosted'],
      ['Leaders gathered for the NATO summit in Madrid, hosted by Spain, to adopt a new Strategic Concept.', '2022-06-30', 'Spain'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('another club, a denial, a report, a co-host or a country as the place is not flagged', () => {
    for (const [text, asOf] of [
      // not NATO's: no alliance in the sentence
      ['Erdogan said the US-hosted summit in Ankara would be brief.', '2026-06-10'],
      ['The US-hosted G20 summit in Ankara never happened, and NATO was not involved.', '2026-06-10'],
      // denied, hedged, reported
      ['Claims of a US-hosted NATO summit in Ankara are false.', '2026-06-10'],
      ['It is not a Spanish-hosted NATO summit in Ankara, whatever the posters say.', '2026-06-10'],
      ['Some outlets reportedly described a US-hosted NATO summit in Ankara.', '2026-06-10'],
      // co-hosted
      ['Leaders head to the US co-hosted NATO summit in Ankara next month.', '2026-06-10'],
      // a country as the place, no city
      ['The US-hosted NATO summit in Türkiye is next month.', '2026-06-10'],
      // another host verb on another event
      ['After the Spanish-hosted dinner, leaders walked to the NATO summit in Ankara.', '2026-06-10'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('a NATO summit told by a host that is no country', () => {
  it('an organisation or a person of another country as host is not flagged', () => {
    for (const [text, asOf] of [
      ['The NATO summit in Vilnius, hosted by the EU and NATO, was attended by Zelensky.', '2023-07-13'],
      ['The NATO summit in Vilnius, hosted by French President Macron at a dinner, was tense.', '2023-07-13'],
      ['The NATO summit in Ankara, hosted by NATO Secretary General Rutte, opens on 7 July.', '2026-06-10'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('a ministerial with its owner and a bracketed dotted day', () => {
  it('is confirmed', () => {
    for (const [text, asOf] of [
      ['The minister took part in the Meeting of Foreign Ministers of the NATO member states (Brussels, 28.11.2023).', '2023-11-28'],
      ['Day two of the meeting of foreign ministers of NATO countries (Brussels, 29.11.2023) opened with Ukraine.', '2023-11-29'],
      ['He spoke at the Meeting of Foreign Ministers of the Allied nations (Brussels, 29.11.2023).', '2023-11-30'],
    ] as const)
      expect(verdictsOn(text, 'inisters', asOf), text).toContain('supported');
  });
  it('another owner or a day off the record is never flagged', () => {
    for (const [text, asOf] of [
      ['The minister took part in the Meeting of Foreign Ministers of the EU member states (Brussels, 28.11.2023).', '2023-11-28'],
      ['The minister took part in the Meeting of Foreign Ministers of the NATO member states (Brussels, 12.11.2023).', '2023-11-28'],
      ['The minister took part in the Meeting of Foreign Ministers of the NATO member states (Brussels, 11.28.2023).', '2023-11-28'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('the Munich Security Conference with an apposition or its city before its days', () => {
  it('its days are read', () => {
    for (const [text, asOf, verdict] of [
      ['The Munich Security Conference, the annual forum on global security, was held from 14-16 February.', '2025-02-18', 'supported'],
      ['The 60th Munich Security Conference will take place in Munich, Germany, from 16-18 February 2024.', '2024-02-01', 'supported'],
      ['The Munich Security Conference, a gathering of defence chiefs, opened on 12 February.', '2025-02-18', 'contradicted'],
      ['The Munich Security Conference (MSC), Europe’s main security meeting, ran from 13-15 February.', '2025-02-18', 'contradicted'],
    ] as const)
      expect(verdictsOn(text, 'Munich Security Conference', asOf), text).toContain(verdict);
  });
  it('a clause, reported words or another event’s days are not flagged', () => {
    for (const [text, asOf] of [
      ['At the Munich Security Conference, the vice president said talks were held from 12-13 February.', '2025-02-18'],
      ['The Munich Security Conference, which Vance attended, was followed by talks from 18-19 February.', '2025-02-20'],
      ['The Munich Security Conference, the organisers said, opened on 12 February.', '2025-02-18'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('the MSC by its acronym on a page that names it in full', () => {
  const named = 'Ministers will meet at the Munich Security Conference (MSC) this week. ';
  it('its days are read', () => {
    expect(verdictsOn(named + 'The 61st MSC will take place from 14-16 February 2025.', 'MSC will', '2025-02-10')).toContain('supported');
    expect(verdictsOn(named + 'The MSC, the annual forum, will take place from 12-14 February 2025.', 'MSC,', '2025-02-10')).toContain(
      'contradicted',
    );
    expect(verdictsOn(named + 'This year the MSC runs from 13-15 February 2025.', 'MSC runs', '2025-02-10')).toContain('contradicted');
  });
  it('the acronym on a page that never names the conference, or another event’s days, is not flagged', () => {
    for (const text of [
      'The MSC will take place from 13-15 February 2025.',
      'MSC Cruises said its ships will sail from 13-15 February 2025.',
      named + 'After the MSC, leaders will meet in Paris from 17-18 February 2025.',
    ])
      expect(red(text, '2025-02-10'), text).toEqual([]);
  });
});

describe('ministers who have just met, on the page of the day', () => {
  it('is confirmed on the meeting day', () => {
    for (const [text, asOf] of [
      ['NATO Foreign Ministers have just met by secure video conference for the first time.', '2020-04-02'],
      ['Allied foreign ministers have just concluded their meeting at NATO headquarters.', '2023-11-29'],
      ['NATO foreign ministers have just met in Brussels to discuss Ukraine and the Western Balkans.', '2023-11-29'],
    ] as const)
      expect(verdictsOn(text, 'inisters have just', asOf), text).toContain('supported');
  });
  it('another day, another body or a plan is never flagged', () => {
    for (const [text, asOf] of [
      ['NATO Foreign Ministers have just met by secure video conference for the first time.', '2020-04-09'],
      ['EU foreign ministers have just met in Brussels to discuss Ukraine.', '2023-11-29'],
      ['NATO foreign ministers have just met, the spokesman said, though no date was given.', '2023-12-20'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});

describe('a ministerial told by its eve', () => {
  it('is confirmed on the day before', () => {
    for (const text of [
      'Stoltenberg briefed reporters on the eve of the meeting of NATO defence ministers.',
      'On the eve of the NATO defence ministers’ meeting, the Secretary General spoke by video link.',
      'The call was held on the eve of the meeting of the Alliance’s defence ministers, which will be held online.',
    ])
      expect(verdictsOn(text, 'eve of', '2020-06-16'), text).toContain('supported');
  });
  it('a page days later, another body or a wrong place is never flagged', () => {
    for (const [text, asOf] of [
      ['Stoltenberg briefed reporters on the eve of the meeting of NATO defence ministers.', '2020-06-25'],
      ['Stoltenberg briefed reporters on the eve of the meeting of EU defence ministers.', '2020-06-16'],
      ['On the eve of the NATO defence ministers’ meeting in Rome, the Secretary General spoke.', '2020-06-16'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
});
