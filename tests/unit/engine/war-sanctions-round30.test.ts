// Round 30, the war's anchors and sanctions (war/sanctions helper). Sentences of our own, each family with its true
// look-alikes.
// (1) Crimea's annexation told as another power's doing ("the annexation of Crimea in 2014 by NATO"): contradicted, Russia
//     annexed it (crimea-annexer.ts); never where the page distances itself from the words or the by-phrase may be another
//     verb's agent.
// (3) The full-scale invasion's anniversary placed in early or mid-February ("the war will reach its third anniversary in
//     mid-February", February 2025): contradicted, it falls on the 24th (war-anniversary-month.ts); only the count of the
//     page's February from 2022.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('Crimea annexed by a power other than Russia', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      ['The annexation of Crimea in 2014 by NATO left relations with Moscow in ruins.', '2021-06-01'],
      ['Crimea, annexed by the United States in 2014, remains a flashpoint for the region.', '2022-01-15'],
      ['NATO annexed Crimea in 2014 and stationed its fleet in Sevastopol.', '2023-05-10'],
      ['Relations froze after the European Union’s annexation of the Crimean Peninsula.', '2020-09-01'],
      ['The annexation of Crimea in 2014 by NATO pushed the two sides to a point of no return.', '2021-10-18'],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/annexed by Russia/);
    }
  });
  it('leaves true sentences, denials, reported claims and other agents alone', () => {
    for (const [text, asOf] of [
      ['The annexation of Crimea in 2014 by Russia strained ties with NATO.', '2021-06-01'],
      ['Moscow claims the annexation of Crimea by NATO was imminent in 2014.', '2021-06-01'],
      ['Crimea was not annexed by NATO; Russia seized it in 2014.', '2022-03-01'],
      ['Sanctions were imposed after the annexation of Crimea by the EU and the United States.', '2019-04-01'],
      ['The annexation of Crimea by Ukraine’s neighbour was condemned at the UN.', '2019-04-01'],
      ['Would NATO have annexed Crimea if Russia had not?', '2019-04-01'],
      ['The annexation of Crimea by NATO is a myth spread by Kremlin media.', '2019-04-01'],
      ['Catherine the Great’s annexation of Crimea in 1783 by Russia was recalled in Moscow.', '2019-04-01'],
      ['The annexation of Crimea by force broke the Budapest Memorandum.', '2019-04-01'],
    ] as const) {
      expect(
        red(text, asOf).map((a) => a.quote),
        text,
      ).toEqual([]);
    }
  });
});

// (2) NATO's sanctions told as a noun ("the first round of NATO sanctions", "NATO sanctions on Russia") with a day on which
//     members or the EU imposed sanctions on record: contradicted, NATO imposes none (sanction-nato.ts).
describe('NATO sanctions told as a noun', () => {
  it('is contradicted on a day of its members’ sanctions', () => {
    for (const [text, asOf] of [
      ['On February 22, 2022, Washington and Brussels unveiled a first round of NATO sanctions against Moscow.', '2022-02-28'],
      ['NATO sanctions on Russia took effect on February 23, 2022.', '2022-03-10'],
      ['February 21, 2022: Putin recognises the two breakaway regions, prompting a new wave of NATO sanctions.', '2022-03-01'],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/imposes no sanctions/);
    }
  });
  it('leaves members, claims, verbs and undated mentions alone', () => {
    for (const [text, asOf] of [
      ['On February 22, 2022, the US and EU unveiled the first round of sanctions; NATO members said more would follow.', '2022-03-10'],
      ['Russian media wrongly claimed on February 22, 2022 that a new round of NATO sanctions was coming.', '2022-03-10'],
      ['The first round of NATO sanctions, critics say, is a myth: the alliance has no such tool.', '2022-03-10'],
      ['A new round of NATO sanctions on Russia was never on the table, officials said on February 22, 2022.', '2022-03-10'],
      ['Anti-NATO sanctions rhetoric grew in Moscow on February 22, 2022.', '2022-03-10'],
      ['NATO sanctions the use of force only in self-defence, its spokesperson said on February 22, 2022.', '2022-03-10'],
    ] as const) {
      expect(
        red(text, asOf).map((a) => a.quote),
        text,
      ).toEqual([]);
    }
  });
});

describe('the invasion’s anniversary placed in early or mid-February', () => {
  it('is contradicted', () => {
    for (const [text, asOf] of [
      ['Russia’s war in Ukraine will reach its third anniversary in mid-February, and Kyiv is bracing for it.', '2025-01-28'],
      ['Officials in Kyiv expect the invasion’s fourth anniversary in early February to bring new drone attacks.', '2026-01-15'],
      ['The second anniversary of Russia’s full-scale invasion of Ukraine in mid-February will be marked by a summit.', '2023-12-05'],
      ['Kyiv’s allies meet in Paris. The war will hit its third anniversary in mid-February, and talks might follow.', '2025-02-03'],
    ] as const) {
      const flags = red(text, asOf);
      expect(
        flags.map((a) => a.verdict),
        text,
      ).toEqual(['contradicted']);
      expect(flags[0].message).toMatch(/late February/);
    }
  });
  it('leaves late February, other counts, other wars and hedged sentences alone', () => {
    for (const [text, asOf] of [
      ['Russia’s war in Ukraine will reach its third anniversary in late February.', '2025-01-28'],
      ['Ukraine’s war will reach its eleventh anniversary in mid-February, counting from 2014.', '2025-01-28'],
      ['The war in Gaza will reach its third anniversary in mid-February, Russian diplomats noted.', '2025-01-28'],
      ['Russia’s war in Ukraine reached its second anniversary in mid-February, some sites wrongly reported.', '2025-01-28'],
      ['Could the war in Ukraine reach its third anniversary in mid-February without talks?', '2025-01-28'],
      ['Russia’s war in Ukraine may reach its third anniversary in mid-February, and talks are due.', '2025-01-28'],
      ['Ahead of the third anniversary of the invasion, in mid-February, Zelensky met Vance in Munich.', '2025-02-20'],
    ] as const) {
      expect(
        red(text, asOf).map((a) => a.quote),
        text,
      ).toEqual([]);
    }
  });
});
