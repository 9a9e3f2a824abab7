// Round 37, the war's dates, meetings and summits: classes of held-out 35's misses (development data), each with look-alikes
// of our own and the true sentences that must stay quiet.
// (1) The full-scale invasion told by a time heading the sentence, then the invader and its verb ("In January 2022, Russia
//     still attacked", qm001): contradicted on a time that misses February 2022 (any time from 2016 to the end of 2022 for
//     "invaded", "launched its invasion", troops "rolled into Ukraine"; only the months before it for "attacked"); confirmed
//     on February 2022; 2014 and 2015 (Crimea, the Donbas), another country, a cyber-attack, a hypothetical stay quiet
//     (war-anchors.ts, frontedInvasion).
// (2) A journey to a city "for the summit" on a NATO summit's days, the city in another country than the summit's ("As Trump
//     traveled to Brussels for the summit", qj004, 24 June 2025, The Hague): contradicted; a nearby airport in the host
//     country, another club's summit on the page, another time told stay quiet (summit-of-the-day.ts, travelledFor).
// (3) A NATO summit named by city and year with no NATO in its sentence, on a page that names a NATO summit and no other
//     club ("the declaration at the Brussels summit in 2023", qn004: Vilnius): contradicted, naming the year's own summit
//     (named-summits.ts, wrongYear with natoSummitPage).
// (4) The next NATO summit told at a city right after the phrase ("Nato's next summit in Riga", qo002, 29 June 2022), with
//     the host country named before it as the record has it and the city in another country: contradicted; the next summit
//     told "in CITY" with no verb is judged as "will be held in CITY" (summit-next.ts, hostCountryClash, DIRECT_IN_RE).
// (8) The heads of state and government agreeing on a weekday, on a page of a summit's days, whatever the matter (qi007:
//     "NATO Heads of State and Government on Monday (14 June) agreed a set of proposals under the NATO 2030 banner"; the date
//     in brackets after the weekday): read as the allies' agreement of round 36 (event-acts.ts, summitAgreedWeekday).
// (7) The brief's leftover: "waited for" and a weekday or month is a time waited for, not a person met (event.ts).
// (5) Confirmations of general forms: the invader beginning "the war in Ukraine" on its day (qh011; war-anchors.ts,
//     WAR_BEGUN_BY_RE, confirm-only); "the CITY Summit" of a city with one summit on record, NATO's, over, on a NATO page
//     (qh020; named-summits.ts, onlySummitNamed); a NATO ministerial of stated kind told with no time or place in the present or
//     future on its days (qh021; ministerials.ts, ministerialUnderWay); "a meeting of NATO ministers" of either kind at a place,
//     told as under way only on its days (qh031; UNKIND_OF_RE, NOW_TENSE_RE).
// (6) The annexation of "Ukraine's Crimean Peninsula" read with its year (qi002: "since the Russian annexation of Ukraine's
//     Crimean Peninsula in 2015", contradicted; war-anchors.ts, ANNEXED_GAP_RE).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const verdictsOn = (text: string, words: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind !== 'mention' && text.slice(a.start, a.end).includes(words))
    .map((a) => a.verdict);
const supported = (text: string, words: string, asOf: string) => verdictsOn(text, words, asOf).includes('supported');
const reds = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated')
    .map((a) => text.slice(a.start, a.end));

describe('(1) the full-scale invasion with the time heading the sentence', () => {
  it('is contradicted on a time that misses it', () => {
    for (const [text, asOf, words] of [
      // held-out 35 qm001
      [
        'NATO warned Russia that there will be consequences for attacking their partner, Ukraine. In January 2022, Russia still attacked. Why?',
        '2023-03-01',
        'Russia still attacked',
      ],
      ['In January 2022, Russia invaded Ukraine.', '2023-03-01', 'Russia invaded Ukraine'],
      ['In March 2022, Russian troops rolled into Ukraine.', '2024-02-20', 'rolled into Ukraine'],
      ['In December 2021, Moscow launched its full-scale invasion of Ukraine.', '2023-06-01', 'launched its full-scale invasion'],
      ['In 2021, Putin finally invaded Ukraine, and the West responded with sanctions.', '2024-05-05', 'Putin finally invaded Ukraine'],
      ['On January 24, 2022, Russian forces invaded Ukraine.', '2025-01-10', 'Russian forces invaded Ukraine'],
      ['Kyiv had asked for help for months. In November 2021, the Kremlin attacked.', '2023-03-01', 'the Kremlin attacked'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
    }
  });
  it('is confirmed on February 2022', () => {
    for (const [text, asOf, words] of [
      ['In February 2022, Russia invaded Ukraine.', '2023-03-01', 'Russia invaded Ukraine'],
      ['Ukraine had prepared for years. In February 2022, Russia invaded.', '2023-03-01', 'Russia invaded'],
      ['Ukraine had prepared for years. On February 24, 2022, Russia attacked.', '2024-03-01', 'Russia attacked'],
      ['In 2022, Russia launched its full-scale invasion of Ukraine.', '2024-03-01', 'launched its full-scale invasion'],
    ] as const) {
      expect(supported(text, words, asOf), text).toBe(true);
    }
  });
  it('stays quiet on the first phase, other countries, other attacks and hypotheticals', () => {
    for (const [text, asOf] of [
      ['In 2014, Russia invaded Ukraine.', '2023-03-01'],
      ['In August 2014, Russian troops invaded Ukraine.', '2023-03-01'],
      ['In 2008, Russia invaded Georgia.', '2023-03-01'],
      ['In October 2022, Russia attacked Ukraine again.', '2023-03-01'],
      ['In March 2022, Russia attacked.', '2023-03-01'],
      ['In January 2022, Russia attacked Ukrainian government websites.', '2023-03-01'],
      ['Ukraine was hit by hackers. In January 2022, Russia attacked with a cyber campaign.', '2023-03-01'],
      ['Ukraine fought on. In May 2024, Russia invaded the Kharkiv region.', '2025-03-01'],
      ['Ukraine feared the worst. In January 2022, Russia could have attacked.', '2023-03-01'],
      ['In 2018, Russia attacked Ukrainian navy ships in the Kerch Strait.', '2023-03-01'],
      ['In March 2022, Russian troops crossed into Ukraine from Belarus.', '2023-03-01'],
      ['In 2016, Russia invaded Syria.', '2023-03-01'],
    ] as const) {
      expect(reds(text, asOf), text).toEqual([]);
    }
  });
});

describe('(2) a journey to a city for the summit on its days', () => {
  const HAGUE = 'This exchange took place just before a NATO summit in The Hague. ';
  it('is contradicted when the city lies in another country', () => {
    for (const [text, asOf, words] of [
      // held-out 35 qj004
      [`${HAGUE}As Trump traveled to Brussels for the summit, he was also working to maintain a ceasefire.`, '2025-06-24', 'Brussels'],
      [`${HAGUE}Erdogan flew to Brussels on Tuesday for the summit.`, '2025-06-24', 'Brussels'],
      ['The NATO summit in Vilnius opens today. Erdogan headed to Riga for the summit.', '2023-07-11', 'Riga'],
      ['Leaders gathered for the NATO summit in Madrid. Biden arrived in Brussels for the summit.', '2022-06-29', 'Brussels'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
    }
  });
  it('stays quiet on the right city, a nearby airport, another club or another time', () => {
    for (const [text, asOf] of [
      [`${HAGUE}As Trump traveled to The Hague for the summit, he was busy.`, '2025-06-24'],
      [`${HAGUE}Trump flew into Amsterdam for the summit.`, '2025-06-24'],
      [`${HAGUE}EU leaders meet later this week. Macron traveled to Brussels for the summit.`, '2025-06-24'],
      [`${HAGUE}In 2018, Trump traveled to Brussels for the summit.`, '2025-06-24'],
      [`${HAGUE}Trump traveled to Brussels for the summit last time.`, '2025-06-24'],
      [`${HAGUE}Trump traveled to Brussels for the summit.`, '2025-05-01'],
      ['Leaders gathered for the NATO summit in Washington. Zelensky arrived in Washington for the summit.', '2024-07-09'],
      // No NATO summit named on the page, or the day after the summit closed (the EU's met in Brussels on 26-27 June 2025).
      ['Zelensky traveled to Brussels for the summit.', '2025-06-24'],
      [`${HAGUE}Zelensky traveled to Brussels for the summit.`, '2025-06-26'],
    ] as const) {
      expect(reds(text, asOf), text).toEqual([]);
    }
  });
});

describe('(3) a summit named by city and year on a NATO summit page', () => {
  const HEAD = 'NATO Summit declaration omits mention of Georgia. The declaration from the Washington summit mentions Georgia once. ';
  it('is contradicted when the year held NATO’s summit elsewhere', () => {
    for (const [text, asOf, words] of [
      // held-out 35 qn004
      [
        `${HEAD}In contrast, the declaration at the Brussels summit in 2023 allotted an entire paragraph to Georgia.`,
        '2024-07-11',
        'Brussels summit in 2023',
      ],
      [`${HEAD}The declaration at the Madrid summit in 2023 praised Georgia.`, '2024-07-11', 'Madrid summit in 2023'],
      [`${HEAD}At the 2019 Warsaw summit, allies praised Georgia.`, '2024-07-11', 'Warsaw summit'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
    }
    const [a] = analyze(`${HEAD}The declaration at the Brussels summit in 2023 praised Georgia.`, '2024-07-11').filter(
      (x) => x.verdict === 'contradicted',
    );
    expect(a.message).toMatch(/Vilnius/);
  });
  it('stays quiet on the right city, another club, or no NATO summit on the page', () => {
    for (const [text, asOf] of [
      [`${HEAD}The declaration at the Vilnius summit in 2023 praised Georgia.`, '2024-07-11'],
      [`${HEAD}The EU summit in Brussels in 2023 praised Georgia.`, '2024-07-11'],
      [`${HEAD}The European Council met too. The Brussels summit in 2023 praised Georgia.`, '2024-07-11'],
      ['The Brussels summit in 2023 praised Georgia.', '2024-07-11'],
    ] as const) {
      expect(reds(text, asOf), text).toEqual([]);
    }
    expect(supported(`${HEAD}The declaration at the Vilnius summit in 2023 praised Georgia.`, 'Vilnius summit in 2023', '2024-07-11')).toBe(
      true,
    );
  });
});

describe('(4) the next summit at a city in another country than its host', () => {
  it('is contradicted', () => {
    for (const [text, asOf, words] of [
      // held-out 35 qo002
      [
        "Lithuania's President Gitanas Nauséda said that it was likely that by the time his country hosts Nato's next summit in Riga next year, both Finland and Sweden will be members.",
        '2022-06-29',
        'next summit in Riga',
      ],
      ['Ahead of the next NATO summit in Riga, allies are talking about troops.', '2023-03-01', 'next NATO summit in Riga'],
      ['The Netherlands is preparing the next NATO summit in Brussels, officials said.', '2024-10-01', 'next NATO summit in Brussels'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).toContain('contradicted');
    }
  });
  it('stays quiet on the right city or a narrated past', () => {
    for (const [text, asOf] of [
      [
        "Lithuania's president said that by the time his country hosts Nato's next summit in Vilnius next year, both will be members.",
        '2022-06-29',
      ],
      ['Ahead of the next NATO summit in Vilnius, allies are talking about troops.', '2023-03-01'],
      ["Latvia's president said that at the next NATO summit in Vilnius he will push for more troops.", '2023-03-01'],
      ['Türkiye will host the alliance’s next summit in the Turkish capital, Ankara.', '2025-07-01'],
    ] as const) {
      expect(reds(text, asOf), text).toEqual([]);
    }
  });
});

describe('(5) confirmations of general forms', () => {
  it('confirms', () => {
    for (const [text, asOf, words] of [
      // held-out 35 qh011
      [
        'Russia began the war in Ukraine on Feb. 24, and on April 11, Karl Nehammer visited Moscow.',
        '2022-04-22',
        'began the war in Ukraine',
      ],
      ['Putin started the war against Ukraine in February 2022.', '2023-04-22', 'started the war against Ukraine'],
      // held-out 35 qh020
      [
        'Stoltenberg welcomed Rinkēvičs to NATO Headquarters on Thursday (16 November 2023) to discuss decisions taken at the Vilnius Summit.',
        '2023-11-16',
        'Vilnius Summit',
      ],
      ['NATO allies met in Brussels. They recalled the Riga summit.', '2024-11-16', 'Riga summit'],
      // held-out 35 qh021
      [
        'Fidan will participate in the two-day meeting of NATO foreign ministers to discuss the Balkans.',
        '2023-11-29',
        'NATO foreign ministers',
      ],
      ['Pistorius is taking part in the meeting of NATO defence ministers, focused on ammunition.', '2023-02-14', 'NATO defence ministers'],
      // held-out 35 qh031
      [
        'Sybiha is currently in Türkiye, where an informal meeting of NATO ministers is taking place in Antalya.',
        '2025-05-15',
        'meeting of NATO ministers',
      ],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).toContain('supported');
    }
  });
  it('stays quiet where the words do not fit', () => {
    for (const [text, asOf, words] of [
      ['Russia began the war in Ukraine in 2014.', '2023-04-22', 'began the war'],
      ['They discussed the Vilnius summit.', '2023-11-16', 'Vilnius summit'],
      ['NATO allies spoke. The EU met too. They discussed the Vilnius summit.', '2023-11-16', 'Vilnius summit'],
      ['Fidan took part in the meeting of NATO foreign ministers last year.', '2023-11-29', 'NATO foreign ministers'],
      ['An informal meeting of NATO ministers is taking place in Brussels.', '2025-05-15', 'NATO ministers'],
    ] as const) {
      expect(verdictsOn(text, words, asOf), text).toEqual([]);
    }
  });
  it('leaves an upcoming summit named by its city on a NATO page to summit-by-place.ts (round 47), which confirms it', () => {
    // Quiet here until round 47; summit-by-place.ts now reads "the Vilnius summit" told ahead ("prepared for") on a page that
    // names NATO, in March 2023, as the summit of 11-12 July 2023, the one NATO summit on record there that year.
    expect(verdictsOn('NATO allies spoke. They prepared for the Vilnius summit.', 'Vilnius summit', '2023-03-16')).toEqual(['supported']);
  });
});

describe("(6) the annexation of Ukraine's Crimean Peninsula", () => {
  it('is contradicted in another year and confirmed in 2014', () => {
    // held-out 35 qi002
    expect(
      reds(
        'Europeans have been stepping up defense spending since the Russian annexation of Ukraine’s Crimean Peninsula in 2015, although Trump took credit.',
        '2019-04-03',
      ),
    ).toEqual(['in 2015']);
    expect(reds('Russia annexed Ukraine’s Crimean Peninsula in 2016.', '2019-04-03').length).toBe(1);
    expect(reds('Spending has risen since the annexation of Ukraine’s Crimean Peninsula in 2014.', '2019-04-03')).toEqual([]);
    expect(reds('They marked the first anniversary of the annexation of Ukraine’s Crimean Peninsula in 2015.', '2019-04-03')).toEqual([]);
  });
});

describe('(7) waited for a time', () => {
  it('is no meeting; waited for a person is', () => {
    expect(verdictsOn('Trump waited for Monday before meeting Putin in Alaska.', 'waited for Monday', '2025-08-16')).toEqual([]);
    expect(
      verdictsOn(
        'Trump waited for Putin on a red carpet spread across the runway of the Joint Base Elmendorf-Richardson.',
        'waited for Putin',
        '2025-08-16',
      ),
    ).toContain('supported');
  });
});

describe('(8) the heads of state and government agreeing on a weekday', () => {
  it('is confirmed on the summit day and left alone before it', () => {
    // held-out 35 qi007
    const text = 'NATO Heads of State and Government on Monday (14 June) agreed a set of proposals under the NATO 2030 banner.';
    expect(verdictsOn(text, 'Heads of State and Government', '2021-06-14')).toContain('supported');
    expect(reds('NATO Heads of State and Government on Sunday agreed a set of proposals.', '2021-06-16')).toEqual([]);
    expect(reds('NATO Heads of State and Government on Monday agreed a set of proposals.', '2021-06-15')).toEqual([]);
  });
});
