// The war's age and its dated milestones, twenty-fourth round (held-out 22 and d23 misses read as development data): the
// year the war is "soon to enter", a headline's "War Enters Third Year", "As the war enters its third year" days after the
// third anniversary or on a page that names no other war, "grinds into its fourth year", a count told with another war
// near ("the nearly four-year war in Ukraine"), "invaded by Russia more than a year ago", "the war's 1,000th day". Each red
// flag is tested with true look-alikes.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, redQuotes } from './helpers';

const noRed = (text: string, asOf: string) => expect(redQuotes(text, asOf)).toEqual([]);

describe('the year the war is soon to enter (war-duration.ts SOON_RE)', () => {
  const pc008 =
    'The urgent gathering comes as efforts to broker an agreement to end the war in Ukraine, soon to enter its fourth year, have reached a critical juncture.';
  it('flags a year the war had entered months before, or one not next', () => {
    expect(eventVerdictsOn(pc008, 'soon to enter its fourth year', '2025-12-07')).toEqual(['contradicted']);
    expect(eventVerdictsOn(pc008, 'soon to enter its fourth year', '2025-09-15')).toEqual(['contradicted']);
    expect(eventVerdictsOn(pc008.replace('fourth', 'sixth'), 'soon to enter its sixth year', '2025-12-07')).toEqual(['contradicted']);
    expect(
      eventVerdictsOn(
        'Russia’s war on Ukraine, which is about to enter its third year, has cost both sides dearly.',
        'about to enter its third year',
        '2025-01-30',
      ),
    ).toEqual(['contradicted']);
  });
  it('confirms the next year in the months before it, and the year just entered; leaves 2014 and other wars alone', () => {
    expect(eventVerdictsOn(pc008.replace('fourth', 'fifth'), 'soon to enter its fifth year', '2025-12-07')).toEqual(['supported']);
    expect(eventVerdictsOn(pc008, 'soon to enter its fourth year', '2025-01-20')).toEqual(['supported']);
    expect(eventVerdictsOn(pc008, 'soon to enter its fourth year', '2025-02-27')).toEqual(['supported']);
    noRed(pc008, '2024-06-10');
    noRed(pc008, '2025-04-20');
    noRed('The war in Ukraine, which began in 2014 and is soon to enter its twelfth year, has reshaped Europe.', '2025-12-07');
    noRed('The war in Sudan, soon to enter its fourth year, has displaced millions, while Ukraine fights on.', '2025-12-07');
    noRed('If talks fail, the war in Ukraine, soon to enter its fourth year, could drag on.', '2025-12-07');
  });
});

describe('"enters its Nth year" in headlines and days after an anniversary (war-duration.ts HEADLINE_RE, entering)', () => {
  const ea007 =
    'As the conflict with Russia reaches its third anniversary, Ukrainians reflect on their losses.\nUkraine Reflects on Losses as War Enters Third Year\n\nOn the anniversary of the invasion, Ukraine mourns.';
  it('flags the anniversary’s count told as the year entered', () => {
    expect(eventVerdictsOn(ea007, 'War Enters Third Year', '2025-02-24')).toEqual(['contradicted']);
    expect(
      eventVerdictsOn(
        'Kyiv mourns its dead as Russia’s war on Ukraine enters its third year.',
        'Russia’s war on Ukraine enters its third year',
        '2025-02-27',
      ),
    ).toEqual(['contradicted']);
    expect(eventVerdictsOn('Russia’s War in Ukraine Enters Its Second Year', 'Enters Its Second Year', '2025-02-20')).toEqual([
      'contradicted',
    ]);
  });
  it('confirms the year entered around the anniversary, and leaves a past "entered" and a year just begun alone', () => {
    expect(eventVerdictsOn(ea007.replace('Third', 'Fourth'), 'War Enters Fourth Year', '2025-02-24')).toEqual(['supported']);
    expect(eventVerdictsOn('Russia’s War in Ukraine Enters Its Fourth Year', 'Enters Its Fourth Year', '2025-02-10')).toEqual([
      'supported',
    ]);
    expect(
      eventVerdictsOn(
        'Kyiv mourns its dead as Russia’s war on Ukraine enters its fourth year.',
        'Russia’s war on Ukraine enters its fourth year',
        '2025-02-23',
      ),
    ).toEqual(['supported']);
    noRed('Kyiv mourns its dead as Russia’s war on Ukraine enters its third year.', '2024-02-26');
    noRed('Kyiv mourns its dead as Russia’s war on Ukraine enters its third year.', '2025-02-10');
    // Round 35 (war-round35): two weeks after the third anniversary, the third year entered is a year behind: flagged now.
    expect(
      eventVerdictsOn('Kyiv mourns its dead as Russia’s war on Ukraine enters its third year.', 'enters its third year', '2025-03-10'),
    ).toEqual(['contradicted']);
    noRed('A year ago, Russia’s war on Ukraine entered its third year, Kyiv recalled.', '2025-02-26');
    noRed('Ukraine Reflects as Civil War in Sudan Enters Third Year', '2025-04-20');
    noRed('As the war in Donbas enters its eleventh year, Kyiv mourns.', '2025-02-28');
  });
});

describe('"the war" named by the page (war-duration.ts onlyThisWar)', () => {
  const pb001 =
    'Ukrainian and Russian delegations have convened in Istanbul for a second round of peace talks. Russia seeks a memorandum unacceptable to Kyiv.\nThe city of Kharkiv was struck by two ballistic missiles on Monday morning.\nAs the war enters its third year with over 1.2 million casualties, the international community watches closely, hoping for a breakthrough that could lead to a lasting peace.';
  it('flags the year of "the war" on a page of Russia and Ukraine that names no other war', () => {
    expect(eventVerdictsOn(pb001, 'the war enters its third year', '2025-06-02')).toEqual(['contradicted']);
  });
  it('confirms the right year, and leaves pages of other wars, pages naming neither side, and conditions alone', () => {
    expect(eventVerdictsOn(pb001.replace('third', 'fourth'), 'the war enters its fourth year', '2025-06-02')).toEqual(['supported']);
    noRed(pb001.replace('Kharkiv', 'Gaza'), '2025-06-02');
    noRed(pb001.replace('peace talks.', 'peace talks, as talks on Iran stall.'), '2025-06-02');
    noRed('The city was struck by two missiles on Monday.\nAs the war enters its third year, the world watches.', '2025-06-02');
    noRed(pb001.replace('As the war enters its third year with', 'If the war enters its third year with'), '2025-06-02');
  });
});

describe('other forms of the war’s age (war-duration.ts)', () => {
  it('reads "grinds into its Nth year"', () => {
    expect(
      eventVerdictsOn(
        'Russia’s war in Ukraine grinds into its fourth year with a new round of talks.',
        'grinds into its fourth year',
        '2026-02-14',
      ),
    ).toEqual(['supported']);
    expect(
      eventVerdictsOn(
        'But with the war in Ukraine grinding into its third year and Moscow showing no sign of backing down, Trump pushes.',
        'grinding into its third year',
        '2025-08-04',
      ),
    ).toEqual(['contradicted']);
  });
  it('confirms a count that names Ukraine itself with another war in the sentence before, never flags it', () => {
    const pd015 =
      'After securing an Israel–Hamas ceasefire, Witkoff arrived in Moscow. Talks with Putin focused on a framework to end the nearly four-year war in Ukraine.';
    expect(eventVerdictsOn(pd015, 'the nearly four-year war', '2025-12-03')).toEqual(['supported']);
    noRed(pd015.replace('four-year', 'two-year'), '2025-12-03');
    noRed('After the Israel–Hamas ceasefire, the nearly two-year war ended.', '2025-12-03');
  });
  it('reads "invaded by Russia N years ago"', () => {
    const pd010 =
      'The issue most discussed was the possibility for Ukraine, which was invaded by Russia more than a year ago, to join the alliance.';
    expect(eventVerdictsOn(pd010, 'invaded by Russia more than a year ago', '2023-07-13')).toEqual(['supported']);
    noRed(pd010, '2024-07-13');
    noRed('Georgia, which was invaded by Russia more than a decade ago, wants to join.', '2023-07-13');
  });
  it('confirms "the war’s 1,000th day", never flags a past one', () => {
    expect(
      eventVerdictsOn(
        'Kyiv marked the grim milestone in the war’s 1,000th day, as Russia pressed on.',
        'the war’s 1,000th day',
        '2024-11-19',
      ),
    ).toEqual(['supported']);
    noRed('On the war’s 100th day, Russia pressed on in Ukraine’s east.', '2024-11-19');
  });
});

describe('dated milestones: Kherson taken, Avdiivka left (war-milestones.ts)', () => {
  const pa059 =
    'March 2, 2022: Russian forces managed to capture the city of Kherson in southern Ukraine and occupied a significant territory of the neighboring Zaporizhzhia area.';
  it('flags a day two or more off the one on record', () => {
    expect(eventVerdictsOn(pa059.replace('March 2', 'March 12'), 'capture the city of Kherson', '2023-07-07')).toEqual(['contradicted']);
    expect(
      eventVerdictsOn('On February 27, Ukrainian troops withdrew from Avdiivka, Syrskyi said.', 'withdrew from Avdiivka', '2024-03-01'),
    ).toEqual(['contradicted']);
    expect(eventVerdictsOn('Avdiivka fell on February 25.', 'Avdiivka fell', '2024-03-01')).toEqual(['contradicted']);
  });
  it('confirms the day (a yearless day read as the milestone’s year), leaves a day off, the region, the airport, villages near and liberation alone', () => {
    expect(eventVerdictsOn(pa059, 'capture the city of Kherson', '2023-07-07')).toEqual(['supported']);
    expect(
      eventVerdictsOn('On March 2, Russian forces captured Kherson, the first major city to fall.', 'captured Kherson', '2023-07-07'),
    ).toEqual(['supported']);
    expect(eventVerdictsOn('Avdiivka fell on February 17.', 'Avdiivka fell', '2025-03-01')).toEqual(['supported']);
    noRed('On March 3, 2022, Russian forces captured Kherson.', '2023-07-07');
    noRed('On March 1, 2022, Russian troops entered Kherson and took the city.', '2023-07-07');
    noRed('On March 15, 2022, Russian forces captured Kherson’s airport.', '2023-07-07');
    noRed('On March 10, 2022, Russian forces captured the Kherson region’s towns.', '2023-07-07');
    noRed('On November 11, 2022, Ukrainian forces retook Kherson, which Russia had captured in March.', '2023-07-07');
    noRed('On February 18, Russia said it had taken full control of Avdiivka.', '2024-03-01');
    noRed('On February 27, Russian forces took the village of Lastochkyne, west of Avdiivka.', '2024-03-01');
    noRed('On October 10, Russia launched its offensive on Avdiivka.', '2024-03-01');
    noRed('Ukrainian troops withdrew from Avdiivka on February 26 after pulling out of nearby villages.', '2024-03-01');
    noRed('Prigozhin was killed in a plane crash on August 23.', '2024-09-01');
  });
});
