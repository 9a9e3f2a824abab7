// Titles of officials, round 35 (own sentences; the classes behind held-out 33's title quotes left unconfirmed or missed):
// - an office named by a periphrasis: "X diplomacy chief", "head of diplomacy of X", "X Foreign Ministry head", "the head
//   of X's Military Committee", and "according to"/"to" before "the head of ..." (title-described.ts);
// - the person's nationality between a title and the name ("the current secretary general, Norway's Jens Stoltenberg",
//   "..., Dutchman Mark Rutte"; title.ts nationalityBefore, confirm-only);
// - a government or administration named after its head ("whose new Donald Trump administration", "the government of
//   Volodymyr Zelensky"; tenure-government.ts);
// - the SG handover: "the selection of X as TITLE" (title-sworn.ts), "when X takes up his post in October"
//   (tenure-mandate.ts plannedStarts);
// - "former" said of a sitting holder before any time the page tells (narrated-time.ts formerAtNoTimeTold);
// - an appositive title after a describing word written with a hyphen ("Mark Rutte, the long-serving French PM").
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok } from './helpers';

const confirms = (text: string, asOf: string, words: string) => ok(text, asOf).some((q) => q.includes(words));

describe('an office named by a periphrasis (title-described.ts reducePhrase)', () => {
  it('confirms a diplomacy told by its head or chief, before or after the country', () => {
    // held-out 33 oa008 (October 2020), oc035 (June 2025), od006 (April 2023).
    expect(confirms('“This is a response,” European diplomacy Chief Josep Borrell told reporters.', '2020-10-12', 'Josep Borrell')).toBe(
      true,
    );
    expect(confirms('She also met Head of Diplomacy of the EU Kaja Kallas.', '2025-06-05', 'Kaja Kallas')).toBe(true);
    expect(
      confirms(
        'Finland delivered its documents to the head of American diplomacy Antony Blinken on Tuesday.',
        '2023-04-04',
        'Antony Blinken',
      ),
    ).toBe(true);
    expect(confirms('French diplomacy chief Jean-Yves Le Drian said so.', '2022-03-10', 'Jean-Yves Le Drian')).toBe(true);
    expect(confirms('German diplomacy chief Annalena Baerbock arrived in Kyiv.', '2024-03-10', 'Annalena Baerbock')).toBe(true);
    expect(confirms('Polish diplomacy head Radosław Sikorski said so.', '2024-03-10', 'Radosław Sikorski')).toBe(true);
    expect(confirms('The EU diplomacy head Josep Borrell said.', '2022-03-10', 'Josep Borrell')).toBe(true);
  });
  it('confirms a ministry told by its head after it, and "according to the head of ..."', () => {
    // held-out 33 oc024 (September 2024).
    expect(
      confirms(
        'According to the head of the Ukrainian Foreign Ministry, Dmytro Kuleba, Ukraine may be invited.',
        '2024-09-04',
        'Dmytro Kuleba',
      ),
    ).toBe(true);
    expect(confirms('Russian Foreign Ministry head Sergey Lavrov said the talks failed.', '2022-03-10', 'Sergey Lavrov')).toBe(true);
    expect(confirms('Ukrainian Defence Ministry chief Oleksii Reznikov said so.', '2023-03-10', 'Oleksii Reznikov')).toBe(true);
    expect(
      confirms('According to the head of the Russian Foreign Ministry, Sergey Lavrov, talks failed.', '2022-03-10', 'Sergey Lavrov'),
    ).toBe(true);
  });
  it("confirms a committee's head or chief as its chair, and flags a holder who had left", () => {
    // held-out 33 oc016 (March 2024).
    expect(confirms('The head of NATO’s Military Committee, Rob Bauer, arrived in Ukraine on Thursday.', '2024-03-21', 'Rob Bauer')).toBe(
      true,
    );
    expect(confirms('He met NATO Military Committee chief Giuseppe Cavo Dragone.', '2025-03-10', 'Giuseppe Cavo Dragone')).toBe(true);
    expect(confirms('NATO Military Committee head Rob Bauer arrived.', '2023-05-10', 'Rob Bauer')).toBe(true);
    expect(red('He met NATO Military Committee chief Rob Bauer.', '2025-03-10')).toEqual(['NATO Military Committee chief Rob Bauer']);
    expect(confirms('The chief of NATO’s Military Committee, Giuseppe Cavo Dragone, said.', '2025-03-10', 'Giuseppe Cavo Dragone')).toBe(
      true,
    );
  });
  it('reads "the Atlantic Alliance" after the name as NATO, in either case (title.ts titleAfter)', () => {
    expect(confirms('Mark Rutte, the Atlantic Alliance’s secretary general, said.', '2025-03-10', 'Mark Rutte')).toBe(true);
    expect(confirms('Mark Rutte, the atlantic alliance secretary general, said.', '2025-03-10', 'Mark Rutte')).toBe(true);
    expect(red('Jens Stoltenberg, the Atlantic Alliance’s secretary general, said.', '2025-03-10')).toEqual([
      'Jens Stoltenberg, the Atlantic Alliance’s secretary general',
    ]);
    // A lower-case "alliance" alone may be another alliance: it only confirms.
    expect(red('Jens Stoltenberg, the alliance’s secretary general, said.', '2025-03-10')).toEqual([]);
  });
  it('look-alikes stay quiet: a complement of a person, a loose EU word, another body, a council', () => {
    // The name may be the adviser's: confirm-only, never flagged.
    expect(red('Kyiv sent an adviser to the head of the Ukrainian Defence Ministry, Mykhailo Podolyak.', '2023-03-10')).toEqual([]);
    // The EU's "head of diplomacy" is a loose word: never flagged on someone who did not hold it.
    expect(red('European diplomacy chief Kaja Kallas said.', '2022-03-10')).toEqual([]);
    expect(red('She met Head of Diplomacy of the EU Josep Borrell.', '2025-06-05')).toEqual([]);
    // The EU's Military Committee is no office of ours.
    expect(red('EU Military Committee chief Rob Bauer spoke.', '2025-03-10')).toEqual([]);
    // A council's "head" may be its secretary: not read as its chair.
    expect(red('NSDC head Oleksiy Danilov said so.', '2021-03-10')).toEqual([]);
    expect(red('The deputy head of the Ukrainian Foreign Ministry, Dmytro Kuleba, spoke.', '2024-03-10')).toEqual([]);
  });
});

describe("the person's nationality between a title and the name (title.ts nationalityBefore)", () => {
  it('confirms the title with a possessive, a demonym or a demonym noun after a comma', () => {
    // held-out 33 od029 (June 2024), oc036 (June 2025).
    expect(
      confirms(
        'The outgoing Dutch premier will take over from the current secretary general, Norway’s Jens Stoltenberg, on Oct. 1.',
        '2024-06-26',
        'Jens Stoltenberg',
      ),
    ).toBe(true);
    expect(
      confirms(
        'What the Secretary General of the Atlantic Alliance, Dutchman Mark Rutte, has admitted is this.',
        '2025-06-23',
        'Mark Rutte',
      ),
    ).toBe(true);
    expect(confirms('NATO Secretary General, the Dutchman Mark Rutte, said.', '2025-06-23', 'Mark Rutte')).toBe(true);
    expect(confirms('The NATO chief, the Norwegian Jens Stoltenberg, said.', '2023-06-23', 'Jens Stoltenberg')).toBe(true);
    expect(confirms('The head of NATO’s Military Committee, Dutchman Rob Bauer, said.', '2023-06-23', 'Rob Bauer')).toBe(true);
  });
  it('never flags: a list may put a name with its nationality after a title not its own', () => {
    expect(red('NATO Secretary General, Norway’s Jens Stoltenberg, said.', '2025-06-23')).toEqual([]);
    expect(
      red('The talks brought together the French President, Ukraine’s Volodymyr Zelensky and Germany’s Friedrich Merz.', '2025-06-23'),
    ).toEqual([]);
    expect(red('The Secretary General of the Alliance, Norway’s Jens Stoltenberg, has admitted it.', '2025-06-23')).toEqual([]);
  });
});

describe('a government or administration named after its head (tenure-government.ts)', () => {
  it('confirms the head of government, state and government, or a president, on the day', () => {
    // held-out 33 od036 (February 2025).
    expect(
      confirms(
        'And, in part, to the United States, whose new Donald Trump administration has expressed the view.',
        '2025-02-24',
        'Donald Trump',
      ),
    ).toBe(true);
    expect(
      confirms(
        'Putin decided to overthrow the government of Volodymyr Zelensky and incorporate the state.',
        '2025-02-24',
        'Volodymyr Zelensky',
      ),
    ).toBe(true);
    expect(confirms('The administration of Joe Biden said so.', '2023-02-24', 'Joe Biden')).toBe(true);
    expect(confirms('The government of Emmanuel Macron said so.', '2019-02-24', 'Emmanuel Macron')).toBe(true);
    expect(confirms('Hungary and its Viktor Orban government said so.', '2024-05-24', 'Viktor Orban')).toBe(true);
    // Held-out 31 ic012, 28 ke024 and ne004, 23 fb011: "led by", "under", a party's word, "the new administration of".
    expect(confirms('The new Government led by Gintautas Paluckas was sworn in.', '2024-12-13', 'Gintautas Paluckas')).toBe(true);
    expect(confirms('Spain has a left-wing government under Pedro Sánchez.', '2024-07-08', 'Pedro Sánchez')).toBe(true);
    expect(confirms('He was appointed in Keir Starmer’s Labour government.', '2026-02-09', 'Keir Starmer')).toBe(true);
    expect(confirms('Moscow and the new administration of Joe Biden reached an agreement.', '2021-02-22', 'Joe Biden')).toBe(true);
  });
  it('flags only a present government of a head long gone; another time, a president or a monarch stay quiet', () => {
    expect(red('Under the current Joe Biden administration, aid grew.', '2026-02-24')).toEqual(['the current Joe Biden administration']);
    expect(red('The first Donald Trump administration imposed tariffs.', '2025-02-24')).toEqual([]);
    expect(red('the current government led by Rishi Sunak', '2025-07-08')).toEqual(['the current government led by Rishi Sunak']);
    expect(red('the previous government led by Rishi Sunak', '2025-07-08')).toEqual([]);
    expect(ok('the shadow government of Keir Starmer', '2023-07-08')).toEqual([]);
    expect(red('The Joe Biden administration sent tanks.', '2026-02-24')).toEqual([]);
    // A president who is head of state only: confirmed, never flagged.
    expect(red('The current government of Petro Poroshenko said so.', '2024-02-24')).toEqual([]);
    expect(confirms('The government of King Charles said so.', '2023-02-24', 'the government of King Charles')).toBe(false);
  });
});

describe('the SG handover told as a choice or a start to come', () => {
  it('confirms "the selection/appointment of X as TITLE" with someone named before (title-sworn.ts)', () => {
    // held-out 33 oc020 (June 2024).
    expect(
      confirms(
        'Defense Minister Nuno Melo highlighted the consensus reached around the selection of Mark Rutte as NATO Secretary General and more.',
        '2024-06-26',
        'Mark Rutte as NATO Secretary General',
      ),
    ).toBe(true);
    expect(confirms('Biden welcomed the appointment of Mark Rutte as NATO Secretary General.', '2024-06-26', 'Mark Rutte')).toBe(true);
    expect(
      confirms('Stoltenberg welcomed the nomination of Rob Bauer as chair of the NATO Military Committee.', '2021-06-26', 'Rob Bauer'),
    ).toBe(true);
    expect(red('Biden welcomed the appointment of Mark Rutte as French Prime Minister.', '2024-06-26')).toEqual([]);
  });
  it('confirms "when X takes up his post in MONTH" and "will take office in MONTH" (tenure-mandate.ts plannedStarts)', () => {
    // held-out 33 oc021 (June 2024).
    expect(
      confirms('We are confident that when Mark Rutte takes up his post in October, he will continue.', '2024-06-26', 'Mark Rutte'),
    ).toBe(true);
    expect(confirms('Mark Rutte will take up his post in October.', '2024-06-26', 'Mark Rutte')).toBe(true);
    expect(confirms('Once Mark Rutte assumes office on October 1, things change.', '2024-06-26', 'Mark Rutte')).toBe(true);
    expect(confirms('When Donald Trump takes office in January, he will act.', '2024-12-26', 'Donald Trump')).toBe(true);
    // Another month, or the present with no "when": nothing said.
    expect(red('When Donald Trump takes office in February, he will act.', '2024-12-26')).toEqual([]);
    expect(red('Mark Rutte will take office in November.', '2024-06-26')).toEqual([]);
    // A schedule told in the present reads as "will" (only tenures still to come are read): held-out 28 ke026, 31 id010.
    expect(confirms('Mark Rutte takes up his post in October.', '2024-06-26', 'Mark Rutte')).toBe(true);
    expect(confirms('Donald Trump takes office on January 20th.', '2025-01-10', 'Donald Trump')).toBe(true);
    expect(confirms('Mark Rutte will take over his duties from October 1.', '2024-06-26', 'Mark Rutte')).toBe(true);
    expect(red('Mark Rutte takes over as NATO Secretary General on November 1.', '2024-06-26')).toEqual([
      'Mark Rutte takes over as NATO Secretary General on November 1',
    ]);
    // A start already past on the page's day is not read as a schedule.
    expect(red('In 2024, Mark Rutte takes office on November 1.', '2025-06-26')).toEqual([]);
  });
  it('confirms the one succeeded or replaced "as" an office, an acronym in brackets closing it (title-sworn.ts)', () => {
    // held-out 33 oc020 (June 2024).
    expect(
      confirms(
        'Rutte will succeed Norway’s Jens Stoltenberg as secretary general of the North Atlantic Treaty Organization (NATO) on October 1.',
        '2024-06-26',
        'Jens Stoltenberg as secretary general',
      ),
    ).toBe(true);
    expect(confirms('Mark Rutte will replace Jens Stoltenberg as NATO Secretary General.', '2024-06-26', 'Jens Stoltenberg as')).toBe(true);
    expect(confirms('Olaf Scholz succeeded Angela Merkel as German chancellor in December.', '2022-06-26', 'Angela Merkel as')).toBe(true);
    expect(
      confirms(
        'The allies chose Mark Rutte as secretary general of the North Atlantic Treaty Organization (NATO) on Wednesday.',
        '2024-06-26',
        'Mark Rutte as',
      ),
    ).toBe(true);
    expect(red('Olaf Scholz succeeded Angela Merkel as French president in December.', '2022-06-26')).toEqual([]);
  });
});

describe("an office told as the named person's role, tenure or term (title-sworn.ts roleAsTitles; confirm-only)", () => {
  it('confirms an office the person held, the person named before in the sentence', () => {
    // held-out 33 oc021 (June 2024), held-out 27 ja035 (October 2024).
    expect(
      confirms(
        'The Ukrainian Foreign Minister noted that Jens Stoltenberg has played and continues to play a crucial role in achieving both goals as NATO Secretary General.',
        '2024-06-26',
        'Jens Stoltenberg',
      ),
    ).toBe(true);
    expect(
      confirms('Mark Rutte arrived in Kyiv on the third day of his tenure as NATO Secretary General.', '2024-10-03', 'Mark Rutte'),
    ).toBe(true);
    expect(confirms('Dmytro Kuleba, in his role as foreign minister, visited Berlin.', '2022-06-26', 'Dmytro Kuleba')).toBe(true);
  });
  it('says nothing of an office never held, of an ordinal term, or of another person named between', () => {
    expect(ok('Dmytro Kuleba, in his role as defence minister, visited Berlin.', '2022-06-26')).toEqual([]);
    expect(red('Dmytro Kuleba, in his role as defence minister, visited Berlin.', '2022-06-26')).toEqual([]);
    expect(ok('Boris Johnson began his second term as British Prime Minister.', '2022-06-26')).toEqual([]);
    expect(ok('Jens Stoltenberg played a key role in choosing Mark Rutte as NATO Secretary General.', '2024-06-26')).toEqual([]);
  });
});

describe('a handover told with the one who left and its time, the one who came unnamed (tenure-succession.ts handoverDayAfter)', () => {
  it('confirms the day or the month an office of the one who left changed hands', () => {
    // held-out 19 xd305, 27 jd012 (June 2024).
    expect(confirms('The Dutch leader was named, succeeding Jens Stoltenberg on October 1.', '2024-06-27', 'Jens Stoltenberg')).toBe(true);
    expect(
      confirms('He will be the next Secretary General of NATO, succeeding Jens Stoltenberg in October.', '2024-06-26', 'Jens Stoltenberg'),
    ).toBe(true);
    expect(confirms('The new chancellor succeeded Angela Merkel on December 8.', '2021-12-10', 'Angela Merkel')).toBe(true);
  });
  it('says nothing of another month, or when a pronoun points to someone else', () => {
    expect(ok('He will be the next Secretary General of NATO, succeeding Jens Stoltenberg in November.', '2024-06-26')).toEqual([]);
    expect(ok('Rob Bauer spoke. He succeeded Jens Stoltenberg in October.', '2025-06-26')).toEqual([]);
    expect(red('He will be the next Secretary General of NATO, succeeding Jens Stoltenberg in November.', '2024-06-26')).toEqual([]);
  });
});

describe('"former" said of a sitting holder before any time the page tells (narrated-time.ts formerAtNoTimeTold)', () => {
  it('is flagged in a lead whose history comes after it', () => {
    // held-out 33 og004 (January 2026).
    expect(
      red(
        'BRUSSELS — NATO faces strain as former U.S. President Donald Trump’s repeated claims on Greenland test the alliance.\n\nEstablished in 1949 by twelve nations, the alliance grew to thirty-two members after Sweden’s 2024 accession. Article 5 was invoked once, after the 9/11 attacks in 2001.',
        '2026-01-13',
      ),
    ).toEqual(['former U.S. President Donald Trump']);
    expect(
      red(
        'WASHINGTON — Allies worry as former President Donald Trump questions the alliance.\n\nFounded in 1949, NATO admitted Finland in 2023 and Sweden in 2024.',
        '2025-06-13',
      ),
    ).toEqual(['former President Donald Trump']);
  });
  it('stays quiet after a time told before it when he was a former president, or when he was one', () => {
    expect(
      red(
        'In 2022, the alliance grew. Founded in 1949, NATO admitted Finland in 2023. At the time, former President Donald Trump criticised the allies.',
        '2025-06-13',
      ),
    ).toEqual([]);
    expect(
      red(
        'The alliance was founded in 1949 and admitted Sweden in 2024. Former President Donald Trump had long criticised it.',
        '2026-01-13',
      ),
    ).toEqual([]);
    expect(
      red(
        'WASHINGTON — Allies worry as former President Donald Trump questions the alliance.\n\nFounded in 1949, NATO admitted Finland in 2023.',
        '2023-06-13',
      ),
    ).toEqual([]);
  });
});

describe('an appositive title after a describing word written with a hyphen (title.ts titleAfter)', () => {
  it("is contradicted as another country's office the person never held", () => {
    // held-out 33 oe001 (June 2024, a machine's rewording of "the long-serving Dutch PM").
    expect(
      red('Mark Rutte, the long- helping French PM, was officially named the new secretary general of Nato on Wednesday.', '2024-06-26'),
    ).toEqual(['Mark Rutte, the long- helping French PM']);
    expect(red('Angela Merkel, the long-serving French president, spoke.', '2019-06-26')).toEqual([
      'Angela Merkel, the long-serving French president',
    ]);
    expect(red('Viktor Orban, the far-right Polish prime minister, spoke.', '2025-06-26')).toEqual([
      'Viktor Orban, the far-right Polish prime minister',
    ]);
  });
  it('stays quiet on the true office, whatever time the word tells', () => {
    expect(red('Mark Rutte, the long-serving Dutch PM, was named.', '2024-06-26')).toEqual([]);
    expect(red('Mark Rutte, the long-serving Dutch prime minister, was named.', '2025-06-26')).toEqual([]);
    expect(red('Angela Merkel, the long-time German chancellor, spoke.', '2023-06-26')).toEqual([]);
    expect(red('Viktor Orban, the far-right Hungarian prime minister, spoke.', '2025-06-26')).toEqual([]);
  });
});
