// Round 35, events: classes of held-out 33's misses (development data), each with look-alikes of our own and the true
// sentences that must stay quiet.
// (1) The war's start told of "the country" with a wrong day ("since Russia invaded the country on Feb. 14", oc008):
//     "the country" is Ukraine only when Ukraine is the last country the sentence names before it (war-anchors.ts).
// (2) The Secretary General's handover told by its day from the successor's side ("He will take over his duties on
//     October 1st", od030) or by the weekday after the noun ("The handover on Tuesday", od032): confirm-only
//     (meeting-handover.ts).
// (3) A NATO ministerial of no stated kind ("the alliance’s ministerial in Riga", oa015), a speech heading dated and placed
//     by the line under it (oa014), "meetings between NATO defence ministers" and "The talks, spanning ..." (oa003)
//     (ministerials.ts).
// (4) A NATO summit told by a part of its year ("in mid-2025", oc027), by its length ("a crucial two-day summit", oi003),
//     or by the North Atlantic Council's session on one of its days (od039): confirm-only (ministerials.ts).
// (5) Meetings named by their body or title ("A Group of Seven summit opened on Thursday", oa027; "At the G7 summit in
//     Italy", oa028; "the Summit on Peace in Ukraine on Sunday, 16 June", oa029; "The Coalition of the Willing ... gathered
//     at the Élysée Palace", oa035) (summit-by-body.ts, event-place-clash.ts, places.json).
// (6) The Contact Group's meetings told after the group is named: "will meet for the 25th time", "the Jan. 9 meeting"
//     (ob001) (meeting-ordinal.ts).
// (7) Events added to the fact base: the Jeddah meeting of August 2023 (oa023), the US–Ukraine minerals agreement of 30
//     April 2025 (oa032, event-acts.ts) and the Coalition of the Willing in Paris on 4 September 2025.
import { describe, expect, it } from 'vitest';
import { analyze, isRed } from './helpers';

const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const eventVerdicts = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'event' || a.kind === 'tenure')
    .map((a) => a.verdict);
const red = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('(1) the invasion of "the country" told with a wrong day', () => {
  it('is contradicted when the country is Ukraine', () => {
    for (const [text, asOf, words] of [
      // held-out 33 oc008
      [
        'The deal cleared the way for Ukraine to export grain stuck at its Black Sea ports since Russia invaded the country on Feb. 14.',
        '2022-08-16',
        'invaded the country on Feb. 14',
      ],
      [
        'Ukraine’s economy shrank by a third after Russian troops invaded the country on February 4, 2022.',
        '2023-05-10',
        'invaded the country on February 4, 2022',
      ],
      // A time counted from the invasion, the day after the noun with "on".
      ['Ukraine has lost exports since the Russian invasion on February 14, 2022.', '2023-08-16', 'invasion on February 14, 2022'],
      ['Ukraine has lost exports since Russia’s full-scale invasion on February 20, 2022.', '2023-08-16', 'invasion on February 20, 2022'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
  });
  it('the right day is confirmed; another country, another war or 2014 stay quiet', () => {
    expect(
      verdictsOn('Ukraine has exported grain since Russia invaded the country on Feb. 24.', 'invaded the country', '2022-08-16'),
    ).toContain('supported');
    // "invaded on DAY" with its year, or without it on a page of 2022.
    expect(verdictsOn('Ukraine has been at war since Russia invaded on February 24, 2022.', 'invaded on', '2023-08-16')).toContain(
      'supported',
    );
    expect(verdictsOn('Ukraine has lost exports since Russian forces invaded on Feb. 24.', 'invaded on', '2022-08-16')).toContain(
      'supported',
    );
    for (const [text, asOf] of [
      ['Zelensky thanked Poland, which has taken in millions since Russia invaded the country on Feb. 14.', '2022-08-16'],
      ['Ukraine and Georgia: Russia invaded the country on Aug. 8, 2008.', '2022-08-16'],
      ['In Georgia, which Ukraine’s leaders visited, Russia invaded the country in August 2008.', '2022-06-01'],
      ['Ukraine says Russia invaded the country in 2014.', '2023-06-16'],
      ['For Ukraine, the war began when Russia invaded the country in 2014, not in 2022.', '2024-06-16'],
      ['The plane was destroyed in the Russian invasion on February 27, 2022.', '2023-08-16'],
      ['Exports have fallen since the Russian attack on February 27, 2022 that destroyed the plane.', '2023-08-16'],
      ['Georgia has been wary since Russia invaded on August 8, 2008.', '2023-08-16'],
    ] as const)
      expect(red(text, asOf), text).toBe(false);
  });
});

describe('(2) the Secretary General’s handover told by its day', () => {
  it('the successor taking over on the day, or the handover on its weekday, is confirmed', () => {
    for (const [text, asOf, words] of [
      // held-out 33 od030
      [
        'NATO allies confirmed Mark Rutte as Secretary General of the Alliance. He will take over his duties on October 1st, when Stoltenberg’s mandate expires.',
        '2024-06-26',
        'take over his duties on October 1st',
      ],
      [
        'Stoltenberg steps down as NATO’s secretary-general in the fall. Mark Rutte takes over on Oct. 1.',
        '2024-07-11',
        'takes over on Oct. 1',
      ],
      ['Rutte will take over as NATO chief on October 1, 2024.', '2024-08-11', 'take over as NATO chief'],
      ['At NATO headquarters, Rutte assumed his duties on 1 October.', '2024-10-02', 'assumed his duties'],
      // held-out 33 od032
      [
        'NATO Secretary-General Jens Stoltenberg steps down. The handover on Tuesday comes as the alliance confronts big challenges.',
        '2024-09-30',
        'handover on Tuesday',
      ],
      ['NATO held the handover ceremony on Tuesday at its headquarters.', '2024-10-02', 'handover ceremony on Tuesday'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('another day, another weekday or another office taken over says nothing', () => {
    for (const [text, asOf] of [
      ['Rutte will take over as NATO Secretary General on October 2.', '2024-09-30'],
      ['NATO said the handover on Wednesday would be brief.', '2024-10-01'],
      ['At NATO, the handover on Tuesday was brief.', '2024-11-02'],
      ['Hungary takes over the rotating EU presidency on July 1, NATO allies said.', '2024-06-20'],
      ['Russia took over the city on October 1, NATO officials said.', '2022-10-20'],
    ] as const)
      expect(
        analyze(text, asOf).filter((a) => a.factIds.includes('nato-sg-handover-2024-10-01')),
        text,
      ).toEqual([]);
  });
});

describe('(3) a NATO ministerial of no stated kind, by place and day', () => {
  it('is confirmed by its place or its day', () => {
    for (const [text, asOf, words] of [
      // held-out 33 oa015
      [
        '“It’s critical to our security,” Blinken said about NATO during the alliance’s ministerial in Riga, Latvia.',
        '2021-12-03',
        'ministerial in Riga',
      ],
      ['Blinken spoke at last week’s NATO ministerial in Brussels.', '2024-12-06', 'NATO ministerial'],
      // held-out 33 oa014: a speech's heading and its dateline
      [
        'Remarks to the Press Following NATO Ministerial\n\ndelivered 1 December 2021, Riga, Latvia,\n\nSecretary Blinken: Good afternoon.',
        '2021-12-01',
        'NATO Ministerial',
      ],
      [
        'Press availability at the NATO Foreign Ministers Meeting\n\ndelivered April 4, 2023, Brussels, Belgium\n\nGood afternoon.',
        '2023-04-05',
        'NATO Foreign Ministers Meeting',
      ],
      // held-out 33 oa003
      [
        'Two days of meetings between NATO defence ministers have been held in the Belgian capital Brussels. The talks, spanning the 26 and 27 June 2019, covered space policy.',
        '2019-06-28',
        'talks, spanning',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('a dateline in another city, other days or an adjective are not confirmed, and nothing is flagged', () => {
    for (const [text, asOf] of [
      [
        'Remarks to the Press Following NATO Ministerial\n\ndelivered 1 December 2021, Oslo, Norway,\n\nSecretary Blinken: Good afternoon.',
        '2021-12-01',
      ],
      [
        'Two days of meetings between NATO defence ministers have been held in Brussels. The talks, spanning the 12 and 13 June 2019, covered space policy.',
        '2019-06-28',
      ],
      ['NATO issued a NATO ministerial statement on Ukraine.', '2021-12-03'],
      ['Blinken spoke at the NATO ministerial in Bucharest.', '2021-12-03'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      const confirmed = analyze(text, asOf).filter((a) => a.kind === 'event' && a.verdict === 'supported');
      if (!text.includes('Brussels.')) expect(confirmed, text).toEqual([]);
      else
        expect(
          confirmed.some((a) => a.quote.includes('spanning')),
          text,
        ).toBe(false);
    }
  });
});

describe('(4) a NATO summit by a part of its year, its length or its Council session', () => {
  it('is confirmed', () => {
    for (const [text, asOf, words] of [
      // held-out 33 oc027
      ['The meeting will lay the groundwork ahead of the NATO Summit in The Hague in mid-2025.', '2024-12-03', 'mid-2025'],
      // held-out 33 oi003
      [
        'President Trump will arrive in Brussels Tuesday afternoon for a crucial two-day summit with longstanding NATO allies.',
        '2018-07-10',
        'two-day summit',
      ],
      ['Biden heads to Europe for a two-day summit with NATO allies in Lithuania.', '2023-07-09', 'summit'],
      // held-out 33 od039
      [
        'Heads of state gathered at the World Forum. The main event on Wednesday 25 June was the meeting of the North Atlantic Council.',
        '2025-06-26',
        'North Atlantic Council',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('a part of the year that misses it, another place or a Council on another day is not confirmed as the summit', () => {
    for (const [text, asOf] of [
      ['ahead of the NATO Summit in The Hague in early 2025.', '2024-12-03'],
      ['The main event on Thursday 26 June was the meeting of the North Atlantic Council.', '2025-06-26'],
      ['A meeting of the North Atlantic Council on 19 June discussed the summit.', '2025-06-20'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(eventVerdicts(text, asOf), text).not.toContain('supported');
    }
    expect(red('ahead of the NATO Summit in Vilnius in mid-2025.', '2024-12-03')).toBe(false);
  });
});

describe('(5) meetings named by their body or title', () => {
  it('are confirmed on their days', () => {
    for (const [text, asOf, words] of [
      // held-out 33 oa027
      [
        'Borgo Egnazia: A Group of Seven summit opened on Thursday with agreement on a loan to Ukraine.',
        '2024-06-13',
        'Group of Seven summit',
      ],
      // held-out 33 oa028
      ['At the G7 summit in Italy, the leaders signed a plan to unlock $50 billion.', '2024-06-14', 'summit in Italy'],
      ['At the G7 summit in Japan, leaders agreed new sanctions.', '2023-05-20', 'summit in Japan'],
      // held-out 33 oa029
      [
        'At the close of the Summit on Peace in Ukraine on Sunday, 16 June, most participating states agreed on a communiqué.',
        '2024-06-16',
        'Summit on Peace in Ukraine',
      ],
      ['The Summit on Peace in Ukraine ended on Sunday.', '2024-06-17', 'Summit on Peace in Ukraine'],
      // held-out 33 oa035
      [
        'The Coalition of the Willing, comprising 31 countries, gathered at the Élysée Palace in Paris to finalize security guarantees for Ukraine.',
        '2025-09-04',
        'Coalition of the Willing',
      ],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('another day, another place or a summit in passing is not confirmed', () => {
    for (const [text, asOf] of [
      ['A G7 summit opened on Friday in Apulia.', '2024-06-13'],
      ['Trump once left a G7 summit early.', '2024-06-13'],
      ['The Summit on Peace in Ukraine ended on 18 June.', '2024-06-17'],
      ['At the close of the Summit on Peace in Ukraine on Monday, 17 June, states agreed.', '2024-06-16'],
      ['The Summit on Peace in Ukraine in Geneva ended on Sunday.', '2024-06-16'],
      ['The Coalition of the Willing gathered in London on Thursday.', '2025-09-04'],
      ['The Coalition of the Willing gathered in Paris.', '2025-09-20'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(eventVerdicts(text, asOf), text).not.toContain('supported');
    }
  });
});

describe('(6) the Contact Group’s meeting told after the group is named', () => {
  const page =
    'Defense Secretary Lloyd Austin will convene the final meeting of the Ukraine Defense Contact Group next Thursday. The group of defense ministers from more than 50 countries will meet for the 25th time since Russia invaded Ukraine in February 2022.\n\nAustin will lead the Jan. 9 meeting amid uncertainty.';
  it('its count of meetings and its day are confirmed', () => {
    // held-out 33 ob001
    expect(verdictsOn(page, 'meet for the 25th time', '2025-01-03')).toContain('supported');
    expect(verdictsOn(page, 'Jan. 9 meeting', '2025-01-03')).toContain('supported');
    expect(
      verdictsOn(
        'Austin hosts the Ukraine Defense Contact Group at Ramstein. The group meets for the 24th time on Friday.',
        'meets for the 24th time',
        '2024-09-05',
      ),
    ).toContain('supported');
  });
  it('a count or a day of no meeting near the page says nothing', () => {
    const text =
      'Austin will convene the Ukraine Defense Contact Group next week. The group will meet for the 24th time. Austin will lead the Jan. 8 meeting.';
    expect(red(text, '2025-01-03')).toBe(false);
    expect(eventVerdicts(text, '2025-01-03')).not.toContain('supported');
  });
});

describe('(7) events added: Jeddah 2023, the minerals agreement, Paris 2025', () => {
  it('are confirmed by their days', () => {
    for (const [text, asOf, words] of [
      // held-out 33 oa023
      [
        'On 5 August, a summit was held in Saudi Arabia with representatives of more than 40 countries to discuss the peace initiatives proposed by Ukraine.',
        '2023-08-06',
        'summit was held',
      ],
      [
        'Talks in Jeddah on August 5 and 6 brought together about 40 countries to discuss Ukraine’s peace formula.',
        '2023-08-07',
        'Talks in Jeddah',
      ],
      // held-out 33 oa032
      [
        'Kyiv and Washington signed a long-anticipated rare-minerals deal on April 30, establishing a joint fund.',
        '2025-05-01',
        'minerals deal',
      ],
      ['The US and Ukraine signed the minerals agreement on Wednesday.', '2025-05-02', 'minerals agreement'],
      ['The Coalition of the Willing summit in Paris on Thursday ended.', '2025-09-05', 'Paris'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('a memorandum, a deal not signed or another day is not confirmed, and nothing is flagged', () => {
    for (const [text, asOf] of [
      ['Ukraine and the US signed a memorandum on the minerals deal on Thursday.', '2025-04-18'],
      ['Zelensky left Washington without signing the minerals deal.', '2025-03-01'],
      ['The US and Ukraine signed the minerals agreement on May 15.', '2025-05-20'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(eventVerdicts(text, asOf), text).not.toContain('supported');
    }
  });
});

describe('(8) a recorded visit told by the visitor’s arrival', () => {
  it('is confirmed on the visit’s day, the visitor named in the sentence or beside it', () => {
    for (const [text, asOf, words] of [
      // held-out 33 oa021
      [
        'Zelenskyy described the surprise visit by the US President as historic. On Monday, the POTUS arrived in Ukraine’s capital Kyiv unannounced. Biden’s visit came ahead of the anniversary.',
        '2023-02-20',
        'arrived in Ukraine',
      ],
      ['Biden arrived in Kyiv unannounced.', '2023-02-20', 'arrived in Kyiv'],
      ['Jens Stoltenberg arrived in Ukraine on Wednesday with the North Atlantic Council.', '2019-10-30', 'arrived in Ukraine'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('a plan, another day, another city or another visitor says nothing', () => {
    for (const [text, asOf] of [
      ['Biden arrived in Kyiv on Monday.', '2023-03-20'],
      ['Biden will arrive in Kyiv on Monday.', '2023-02-20'],
      ['Biden arrived in Warsaw on Monday evening after his Kyiv trip.', '2023-02-21'],
      ['Scholz arrived in Kyiv on Monday.', '2023-02-20'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(
        analyze(text, asOf).filter((a) => a.factIds.includes('biden-kyiv-visit-2023-02-20')),
        text,
      ).toEqual([]);
    }
  });
});

describe('(9) a Secretary General’s appointment told by its day', () => {
  it('is confirmed on the appointment’s day, the appointee named', () => {
    for (const [text, asOf, words] of [
      // held-out 33 oe001
      [
        'Mark Rutte, the long-serving Dutch PM, was officially named the new secretary general of Nato on Wednesday, putting an expert at the head of the alliance.',
        '2024-06-26',
        'named the new secretary general',
      ],
      ['NATO allies appointed Rutte as their next chief on June 26.', '2024-06-27', 'appointed Rutte'],
      ['Rutte was named the new secretary general of NATO last month.', '2024-07-10', 'named the new secretary general'],
      ['NATO allies appointed Jens Stoltenberg as the alliance’s next secretary general.', '2014-03-29', 'appointed Jens Stoltenberg'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('a plan, another day or an extension says nothing', () => {
    for (const [text, asOf] of [
      ['Rutte is expected to be named NATO’s next secretary general next week.', '2024-06-20'],
      ['Rutte was named NATO chief on Tuesday.', '2024-06-27'],
      ['NATO extended Stoltenberg’s mandate; he was appointed secretary general of NATO on Thursday.', '2019-03-28'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(
        analyze(text, asOf).filter((a) => a.factIds.some((id) => id.startsWith('nato-sg-appointment-'))),
        text,
      ).toEqual([]);
    }
  });
});

describe('(10) the G7 summits of 2017 and 2018 on record', () => {
  it('are confirmed by place and day', () => {
    for (const [text, asOf, words] of [
      ['At the G7 summit in Taormina, Trump refused to back the Paris climate accord.', '2017-05-27', 'Taormina'],
      ['Trump left the G7 summit in Charlevoix early on Saturday.', '2018-06-10', 'Charlevoix'],
      ['The Group of Seven summit opened on Friday in La Malbaie.', '2018-06-09', 'La Malbaie'],
      // A club's summit named by its year before the club: named-summits.ts.
      ['At the 2023 G7 summit in Hiroshima, leaders pledged support for Ukraine.', '2024-05-10', 'Hiroshima'],
      ['At the 2021 G7 summit in Cornwall, Biden met Johnson.', '2024-05-10', 'Cornwall'],
    ] as const)
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
  });
  it('another summit’s day is not confirmed as theirs, and nothing is flagged', () => {
    for (const [text, asOf] of [
      ['Trump left the G7 summit in Charlevoix early on Saturday.', '2018-07-10'],
      ['Leaders will meet in Taormina next year for the G7.', '2016-07-05'],
      ['At the 2022 G7 summit in Taormina, leaders pledged support for Ukraine.', '2024-05-10'],
    ] as const) {
      expect(red(text, asOf), text).toBe(false);
      expect(
        analyze(text, asOf).filter((a) => a.verdict === 'supported' && a.factIds.some((id) => id.startsWith('g7-summit-201'))),
        text,
      ).toEqual([]);
    }
  });
});
