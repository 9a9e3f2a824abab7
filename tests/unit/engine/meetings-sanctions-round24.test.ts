// Meetings and sanctions, twenty-fourth round (held-out 22 misses, as families): the last meeting of two people told by
// its place and time (meeting-last.ts; new records of Rutte and Trump in Palm Beach, 22 November 2024, and at the White
// House, 13 March 2025), a lowering of the oil price cap told of a numbered EU package (price-cap.ts), the sea-borne oil
// embargo as an item of the 6th package (sanction-contents.ts), a SWIFT cut-off of Russian banks beside a Belarusian
// bank (swift.ts). Short quotes carry their ids.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red, redQuotes, supportedQuotes } from './helpers';

const RUTTE_PARAGRAPH = (last: string) =>
  `NATO Secretary General Mark Rutte will meet Donald Trump in Washington.\n\nRutte, who stepped into NATO's top job in October 2024, has had to play nice with Trump. He's often given props to Trump for pushing European nations to boost their defense budgets. ${last}`;

describe('"They last met in PLACE in TIME": a later meeting of the two on record refutes it', () => {
  it('contradicted when the two met again after the time told (pd007) and in the named form', () => {
    expect(
      redQuotes(RUTTE_PARAGRAPH('They last met in Palm Beach, Florida, in November 2024, tossing around ideas.'), '2025-07-14'),
    ).toEqual(['They last met in Palm Beach, Florida, in November 2024']);
    expect(redQuotes('Mark Rutte and Donald Trump last met in Palm Beach in November 2024.', '2025-03-20')).toEqual([
      'Mark Rutte and Donald Trump last met in Palm Beach in November 2024',
    ]);
    expect(redQuotes('Mark Rutte and Donald Trump last met in Palm Beach in 2024.', '2025-08-01')).toHaveLength(1);
  });
  it('confirmed when the latest meeting of the two on record is the one told', () => {
    expect(supportedQuotes(RUTTE_PARAGRAPH('They last met in Palm Beach, Florida, in November 2024.'), '2025-01-10').join('|')).toMatch(
      /Palm Beach, Florida, in November 2024/,
    );
    expect(supportedQuotes('Mark Rutte and Donald Trump last met at the White House in March 2025.', '2025-03-20').join('|')).toMatch(
      /White House in March 2025/,
    );
  });
  it('look-alikes: true, unsure or of others: never red', () => {
    const cases: Array<[string, string]> = [
      // True on the page's day.
      [RUTTE_PARAGRAPH('They last met in Palm Beach, Florida, in November 2024.'), '2025-01-10'],
      ['Mark Rutte and Donald Trump last met at the White House in March 2025.', '2025-03-20'],
      // The later meeting only a day before the page: the news may not have caught up.
      [RUTTE_PARAGRAPH('They last met in Palm Beach in November 2024.'), '2025-03-14'],
      // Qualifiers the record cannot tell, hedges, plans.
      [RUTTE_PARAGRAPH('They last met one-on-one in Palm Beach in November 2024.'), '2025-07-14'],
      [RUTTE_PARAGRAPH('They reportedly last met in Palm Beach in November 2024.'), '2025-07-14'],
      [RUTTE_PARAGRAPH('They last met privately in Palm Beach in November 2024.'), '2025-07-14'],
      [RUTTE_PARAGRAPH('They will meet again soon; they last met bilaterally in Palm Beach in November 2024.'), '2025-07-14'],
      // "They" of three people, or of the aides the sentence before tells of.
      ['Mark Rutte praised Donald Trump and Joe Biden. They last met in Palm Beach in November 2024.', '2025-07-14'],
      ['Aides of Mark Rutte and Donald Trump spoke with officials. They last met in Palm Beach in November 2024.', '2025-07-14'],
      // Two times told: no single last meeting said.
      ['Mark Rutte and Donald Trump last met in Palm Beach in November 2024 and in Washington in March 2025.', '2025-07-14'],
      // A time after the last meeting on record: nothing to refute.
      ['Mark Rutte and Donald Trump last met in Davos in January 2026.', '2026-02-10'],
      // Another verb: a first meeting, not the last.
      ['Mark Rutte and Donald Trump first met in Palm Beach in November 2024 after the election.', '2025-07-14'],
    ];
    for (const [s, d] of cases)
      expect(
        red(s, d).map((a) => a.quote),
        `${d}: ${s}`,
      ).toEqual([]);
  });
});

describe('The oil price cap lowered "from $60 to $45" by a numbered EU package (pb004)', () => {
  const approved = (s: string) => `The European Union has approved a new set of sanctions against Russia over its war in Ukraine.\n\n${s}`;
  it('contradicted once the package was adopted, the EU named before the sentence, a gas pipeline in another item', () => {
    expect(
      redQuotes(
        approved(
          "The measures termed '18th package' include lowering the oil price cap from $60 to $45 per barrel, banning transactions with the Nord Stream gas pipelines, and targeting more vessels associated with Russia's shadow fleet.",
        ),
        '2025-07-18',
      ),
    ).toEqual(['price cap from $60 to $45 per barrel']);
  });
  it('look-alikes: the right level, the proposal, a draft, another package, no EU, a gas cap: never red', () => {
    const cases: Array<[string, string]> = [
      [approved("The measures termed '18th package' include lowering the oil price cap from $60 to $47.60 per barrel."), '2025-07-18'],
      [
        'The European Commission has proposed a new set of sanctions against Russia.\n\nThe 18th package includes lowering the oil price cap from $60 to $45 per barrel, banning transactions with the Nord Stream gas pipelines.',
        '2025-06-12',
      ],
      [approved('The draft 18th package included lowering the oil price cap from $60 to $45 per barrel.'), '2025-07-20'],
      [approved('The 18th package, as first proposed, included lowering the oil price cap from $60 to $45 per barrel.'), '2025-07-20'],
      [approved('The 17th package did not touch the oil price cap from $60 to $45 per barrel.'), '2025-07-20'],
      ['The 18th package of Russia sanctions lowers the oil price cap from $60 to $45 per barrel, a G7 diplomat said.', '2025-07-20'],
      [approved('The 18th package lowers the gas price cap from $60 to $45 per MWh.'), '2025-07-20'],
    ];
    for (const [s, d] of cases)
      expect(
        red(s, d).map((a) => a.quote),
        `${d}: ${s}`,
      ).toEqual([]);
  });
});

describe('The 6th package as a list: the sea-borne oil embargo and SWIFT beside a Belarusian bank (pa013)', () => {
  const list = (lead: string, item: string) =>
    `EU ambassadors have agreed on the 6th package of anti-Russian sanctions.\n${lead}\n- ${item}\n- A ban on three Russian media outlets.`;
  it('confirmed under the package that holds them', () => {
    const text = list(
      'The 6th package of sanctions will include:',
      'A ban on oil imports from Russia delivered by sea. This ban will reduce Russian oil imports by 92%.\n- The disconnection from the SWIFT of three Russian banks, including Sberbank, and one Belarusian bank.',
    );
    const supported = supportedQuotes(text, '2022-06-02').join('|');
    expect(supported).toMatch(/ban on oil imports from Russia delivered by sea/);
    expect(supported).toMatch(/disconnection from the SWIFT of three Russian banks, including Sberbank/);
    expect(supportedQuotes('The sixth package bans Russian seaborne crude oil after six months.', '2022-06-05').join('|')).toMatch(
      /bans Russian seaborne crude oil/,
    );
  });
  it('look-alikes: another package, a plan months ahead, a pipeline, a bank and a Belarusian bank on a wrong day: never confirmed as the 6th, never red', () => {
    const none = (s: string, d: string) =>
      expect(
        analyze(s, d)
          .filter((a) => a.factIds.includes('eu-oil-embargo-crude'))
          .map((a) => a.quote),
        `${d}: ${s}`,
      ).toEqual([]);
    none(list('The 5th package of sanctions includes:', 'A ban on Russian seaborne oil imports.'), '2022-06-05');
    none(list('The 6th package of sanctions may include:', 'A ban on Russian seaborne oil.'), '2022-04-05');
    none(
      'The 6th package of sanctions does not include a ban on Russian oil delivered by pipeline, nor a ban on Russian seaborne oil.',
      '2022-06-05',
    );
    none('EU leaders discussed the 6th package.\n\nHe said:\n- A ban on Russian seaborne oil is needed.', '2022-06-05');
    // A Belarusian bank beside Sberbank with a wrong month: not red (what is said of the Belarusian bank is not read).
    expect(red('Sberbank and a Belarusian bank were cut off from SWIFT in March 2022.', '2022-07-10').map((a) => a.quote)).toEqual([]);
    expect(red('The EU cut seven Russian banks and three Belarusian banks from SWIFT in March 2022.', '2022-03-12')).toEqual([]);
  });
});

describe("A year a state of things has lasted since is not the meeting's time (pb001)", () => {
  it('the Istanbul round is confirmed by its place beside "the conflict that has persisted since 2022"', () => {
    expect(
      supportedQuotes(
        'Ukrainian and Russian delegations have convened in Istanbul for a second round of peace talks, aiming to address the ongoing conflict that has persisted since 2022.',
        '2025-06-02',
      ),
    ).toContain('convened in Istanbul for a second round of peace talks');
  });
  it('look-alikes: a year of the talks themselves still counts; never red', () => {
    expect(
      supportedQuotes(
        'Ukrainian and Russian delegations convened in Istanbul in 2022 for talks on the conflict that has persisted since 2014.',
        '2025-06-02',
      ),
    ).toEqual([]);
    expect(
      red(
        'Ukrainian and Russian delegations convened in Istanbul in 2022 for talks on the conflict that has persisted since 2014.',
        '2025-06-02',
      ),
    ).toEqual([]);
  });
});
