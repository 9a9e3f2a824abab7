// Round 27, the war's episodes told by the time they began, read as families (sentences of our own, not the development
// sets'): (1) Ukraine's incursion into Russia's Kursk region (6 August 2024) told by its launch verb, with "the" before Kursk,
// as "counter-invasion of Russia's Kursk region", or with a day written out; a time that holds the day is confirmed;
// (2) Ukraine's first ATACMS strike into Russia itself (19 November 2024; war-episodes.ts, figures.war.atacmsIntoRussia).
// Each with true look-alikes that stay unflagged.
import { describe, expect, it } from 'vitest';
import { redFlags, supportedQuotes } from './helpers';

const verdicts = (text: string, asOf: string) => redFlags(text, asOf).map((a) => a.verdict);

describe("the Kursk incursion's start", () => {
  it('a time that misses 6 August 2024 is contradicted', () => {
    for (const [text, asOf] of [
      ["Kyiv mounted its surprise incursion into Russia's Kursk region in late May, catching Moscow off guard.", '2024-11-02'],
      ["Zelensky's counter-invasion of Russia's Kursk region, which started in the spring, has cost him his best brigades.", '2024-12-15'],
      ['The incursion into the Kursk region, launched on August 17, was meant to force talks, Ukrainian officials say.', '2024-10-01'],
      ['Ukraine began its cross-border invasion of the Kursk region in June 2024.', '2025-03-03'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('a time that holds the day is confirmed', () => {
    for (const [text, asOf] of [
      ["Ukraine's incursion into the Kursk region, which began in August 2024, has tied down Russian reserves.", '2025-01-12'],
      ['Kyiv launched its surprise incursion into the Kursk region in early August.', '2024-09-20'],
      ["Ukraine's forces began their cross-border incursion into Russia's Kursk region on 6 August 2024.", '2025-04-01'],
    ])
      expect(supportedQuotes(text, asOf).join(' '), text).toMatch(/Kursk/);
  });
  it('other offensives, other raiders, a shorthand year, suppositions and other wars are not flagged', () => {
    for (const [text, asOf] of [
      ['Ukraine launched a new offensive in the Kursk region in January.', '2025-02-10'],
      ['Kyiv launched a fresh incursion into the Kursk region in January, officials in Ukraine said.', '2025-02-10'],
      ["Russia's counteroffensive in Kursk, launched in September, pushed Ukrainian forces back.", '2025-02-10'],
      ["Russian volunteers' incursion into the Kursk region, launched in March, was repelled, Kyiv said.", '2024-10-10'],
      ["If Ukraine's incursion into Kursk had started in spring, it would have failed.", '2024-10-10'],
      ["Ukraine's incursion into the Kursk region, launched in August, ended in retreat this spring.", '2025-09-10'],
      ["The Soviet counter-invasion of Russia's Kursk region, which began in July 1943, turned the war.", '2024-10-10'],
      ["Kyiv launched its surprise incursion into Russia's Kursk region in July.", '2024-10-10'],
      ['Ukrainian forces launched an incursion into the Kursk region near Tyotkino on September 11, Ukraine said.', '2024-10-01'],
      ["Ukraine launched its incursion into Russia's Tyotkino area of Kursk on September 11.", '2024-10-01'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe("Ukraine's first ATACMS strike into Russia", () => {
  it('a time that misses 19 November 2024 is contradicted', () => {
    for (const [text, asOf] of [
      ['In August 2024, Ukraine struck Russian territory with ATACMS for the first time.', '2025-03-01'],
      ["Ukraine's first ATACMS strike on Russian soil came in September.", '2024-12-01'],
      ['The US-made ATACMS that Kyiv fired inside Russia for the first time in the summer hit an arms depot.', '2025-02-11'],
      ['Ukraine first hit Russia with ATACMS in October 2024, targeting an arsenal.', '2025-06-01'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right time is confirmed', () => {
    for (const [text, asOf] of [
      ['Ukraine fired US-made ATACMS into Russia for the first time on November 19.', '2024-11-22'],
      ["Ukraine's first ATACMS strike on Russian soil came in November 2024.", '2025-05-01'],
      ['Kyiv first struck targets inside Russia with ATACMS on Nov. 19, 2024.', '2025-02-24'],
    ])
      expect(supportedQuotes(text, asOf).join(' '), text).toMatch(/ATACMS/);
  });
  it('the permission, occupied Ukraine, another weapon or region, plans, repeats and reports are not flagged', () => {
    for (const [text, asOf] of [
      [
        'Ukraine first used ATACMS in October 2023, striking Russian helicopters at occupied airfields in Berdiansk and Luhansk.',
        '2024-10-20',
      ],
      ['Biden allowed Ukraine to use ATACMS inside Russia for the first time in November.', '2024-12-18'],
      ['Ukraine first fired ATACMS in April, the Pentagon said, hitting a Russian airfield in Crimea.', '2024-05-01'],
      ['Ukraine will fire ATACMS into Russia for the first time in January, officials said.', '2025-01-10'],
      ['Ukraine fired ATACMS and, for the first time, Storm Shadow missiles into Russia in November.', '2024-12-01'],
      ['Ukraine fired ATACMS into Russia again in January.', '2025-03-01'],
      ["Ukraine struck Russia's Kursk region with ATACMS for the first time on November 23.", '2024-12-01'],
      ['Ukraine first fired ATACMS into Russian territory in November, a year ago.', '2025-12-10'],
      ['Ukraine has reportedly fired ATACMS into Russia for the first time in October.', '2024-10-20'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe('the war nearing an anniversary (war-anchors.ts approachClaims)', () => {
  it('an anniversary already past, told as ahead, is contradicted', () => {
    for (const [text, asOf] of [
      ["As Moscow's war on Ukraine approaches its second anniversary, Europe debates new aid.", '2025-02-12'],
      ['The conflict in Ukraine, which is nearing its third anniversary, drags on as Russia advances.', '2025-11-29'],
      ["Kyiv's allies meet as Ukraine approaches the second anniversary of Russia's full-scale invasion.", '2025-02-18'],
      ["Russia's invasion of Ukraine, now approaching its first anniversary, has displaced millions.", '2024-01-30'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the next anniversary, or one just gone, is confirmed', () => {
    for (const [text, asOf] of [
      ["Russia's invasion of Ukraine nears its fourth anniversary with no ceasefire in sight.", '2025-11-20'],
      ["As Russia's war in Ukraine approaches its third anniversary, talks loom.", '2025-02-20'],
      ["As Russia's war in Ukraine approaches its third anniversary, talks loom.", '2025-03-05'],
    ])
      expect(supportedQuotes(text, asOf).join(' '), text).toMatch(/anniversary/);
  });
  it('other wars, the past, other counts and the anniversary after next are not flagged', () => {
    for (const [text, asOf] of [
      ["As Israel's war in Gaza approaches its second anniversary, Russia presses on in Ukraine.", '2025-09-29'],
      ['As the war approaches its second anniversary, Israel and Hamas talk while Russia presses on.', '2025-09-29'],
      ["As Russia's war in Ukraine approached its second anniversary, Kyiv ran short of shells.", '2024-03-10'],
      ["When Russia's war in Ukraine was nearing its second anniversary, Kyiv ran short of shells.", '2025-03-10'],
      ['As Ukraine nears the second anniversary of the Kursk incursion, Russia advances.', '2026-06-20'],
      ["Russia's war in Ukraine, which began in 2014, nears its tenth anniversary.", '2024-02-10'],
      ["Russia's war in Ukraine is approaching its fifth anniversary.", '2025-06-10'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe('"the first ... since" in every wording meeting-since.ts reads (summit-forms.ts hint)', () => {
  it('a false "first since" in the wordings the hint used to skip is contradicted', () => {
    for (const [text, asOf] of [
      ['Donald Trump and Vladimir Putin meet in Alaska, marking the first personal meeting between the leaders since 2021.', '2025-08-15'],
      [
        'Donald Trump and Vladimir Putin meet in Alaska. It is the first personal meeting between the two leaders since 2021.',
        '2025-08-15',
      ],
      ['Donald Trump greets Vladimir Putin in Anchorage, the first known meeting between the leaders since 2021, aides say.', '2025-08-15'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('true ones, and pairs or times the record cannot judge, are not flagged', () => {
    for (const [text, asOf] of [
      ['Donald Trump and Vladimir Putin meet in Alaska, marking the first personal meeting between the leaders since 2019.', '2025-08-15'],
      ['Donald Trump and Vladimir Putin meet in Alaska, the first personal meeting between the leaders since Osaka in 2019.', '2025-08-15'],
      ['Donald Trump and Volodymyr Zelensky met in The Hague, their first conversation since their brief exchange in April.', '2025-06-25'],
      ['Olaf Scholz and Vladimir Putin spoke by phone, their first conversation since December 2022.', '2024-11-16'],
      ['Xi Jinping and Vladimir Putin met in Moscow, their first in-person talks since September.', '2023-03-21'],
      ['Donald Trump and Volodymyr Zelensky met in Paris, their first personal meeting since September.', '2024-12-08'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe("the Ukraine Defense Contact Group's founding (summit-forms.ts contactGroupFormed)", () => {
  it('a founding told at a time other than April 2022 is contradicted', () => {
    for (const [text, asOf] of [
      ['The Ramstein format was set up in March 2022 by Washington to coordinate arms deliveries.', '2025-10-02'],
      ['The Ukraine Defense Contact Group, created by the United States in June 2022, meets at NATO headquarters.', '2024-02-14'],
      ['The Ramstein group, launched in 2023 by Lloyd Austin, coordinates aid.', '2025-04-10'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right month or year is confirmed', () => {
    for (const [text, asOf] of [
      ['The Ramstein-format group was established in April 2022 at the US air base in Germany.', '2025-10-02'],
      ['Since its creation in April 2022, the Ramstein group has met 30 times.', '2025-10-02'],
      ['The Ukraine Defense Contact Group was formed in 2022 by then-Defense Secretary Lloyd Austin.', '2025-10-02'],
    ])
      expect(supportedQuotes(text, asOf).join(' '), text).toMatch(/Ramstein|Contact Group/);
  });
  it('bodies within the group, the air base, other events and other actors are not flagged', () => {
    for (const [text, asOf] of [
      ['The drone coalition within the Ramstein format was created in February 2024.', '2025-10-02'],
      ['The drone coalition, part of the Ramstein format, was created in February 2024.', '2025-10-02'],
      ["The Ramstein format's drone coalition was created in February 2024.", '2025-10-02'],
      ['The Ramstein Air Base was established in 1953.', '2025-10-02'],
      ['The NATO mission NSATU, which took over from the Ramstein group, was established in December 2024.', '2025-10-02'],
      ["Ukraine's allies in the Ramstein format set up a fund in 2023.", '2025-10-02'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe('a NATO summit told longer than it was, beside a confirmation of its place or day (summit-series.ts)', () => {
  it('the length is flagged even where the place or day is confirmed on the same words', () => {
    for (const [text, asOf] of [
      ['NATO leaders meet in Vilnius for the three-day summit.', '2023-07-11'],
      ['NATO leaders gather in Vilnius. The three-day summit opens today.', '2023-07-11'],
      ['The three-day summit opens tonight in The Hague with a royal dinner, NATO said.', '2025-06-24'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('a length that fits, another summit or another body is not flagged', () => {
    for (const [text, asOf] of [
      ['NATO leaders meet in Vilnius for the two-day summit.', '2023-07-11'],
      ['NATO leaders meet in Washington for the three-day summit.', '2024-07-09'],
      ['NATO leaders meet in Madrid for the three-day summit.', '2022-06-28'],
      [
        'NATO leaders arrive in The Hague. Trump left the Canada gathering early. The three-day summit in Kananaskis had ended without a joint statement.',
        '2025-06-24',
      ],
      ['NATO leaders are in Vilnius; the three-day EU summit follows next week.', '2023-07-11'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});

describe('"last saw" a person as a meeting held (event.ts, meeting-last.ts)', () => {
  it('a wrong day, or a later meeting on record, is contradicted', () => {
    for (const [text, asOf] of [
      ['Volodymyr Zelensky last saw Donald Trump in the White House on Feb. 23.', '2025-03-10'],
      ['Volodymyr Zelensky last saw Donald Trump in the Oval Office on February 26, 2025, aides recalled.', '2025-08-17'],
      ['Mark Rutte and Donald Trump last saw each other in Palm Beach, Florida, in November 2024.', '2025-07-14'],
      ['Donald Trump last saw Vladimir Putin in Helsinki in 2018.', '2020-07-14'],
    ])
      expect(verdicts(text, asOf), text).toEqual(['contradicted']);
  });
  it('the right meeting is confirmed', () => {
    for (const [text, asOf] of [
      ['Volodymyr Zelensky last saw Donald Trump at the Vatican in April.', '2025-05-20'],
      ['Donald Trump last saw Vladimir Putin in Osaka on Friday.', '2019-07-01'],
      ['Mark Rutte last saw Donald Trump in The Hague in June.', '2025-07-14'],
    ])
      expect(supportedQuotes(text, asOf).join(' '), text).toMatch(/last saw/);
  });
  it('things and people not on record, and places seen, are not read', () => {
    for (const [text, asOf] of [
      ['Volodymyr Zelensky last saw his family in Kyiv on Feb. 23.', '2025-08-17'],
      ['Volodymyr Zelensky last saw the White House on Feb. 23 from the motorcade.', '2025-08-17'],
      ['Donald Trump last saw the Kremlin in 2013, on a business trip to Moscow.', '2025-08-17'],
    ])
      expect(verdicts(text, asOf), text).toEqual([]);
  });
});
