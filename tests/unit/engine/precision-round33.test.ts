// Round 33 precision: the mechanisms behind the red flags on true sentences of this round's blind set (held-out 32,
// scored at the round's start), mended in general form and probed with sentences of our own:
// - ia041, "In a meeting in Washington to mark the 70th anniversary of NATO, the ministers agreed ..." (April 2019, the
//   foreign ministers' meeting there): the clause was read as the Washington summit of 1999 by its place and NATO alone,
//   and its true "70th" flagged against that summit's 50th. With no time told and no "summit" word, a NATO summit named by
//   place alone must now have been held within the last year (event.ts, placeAloneNamesSummit).
// - ic038, "Speaking outside 10 Downing Street after talks with the Prime Minister, Mr Stoltenberg praised the UK"
//   (November 2022): read as Stoltenberg called Prime Minister (of Norway, to 2013). A name that opens the main clause
//   after an introductory phrase ending in "TITLE," is not the title's (title.ts, introducedSubject).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const verdictsOf = (text: string, asOf: string, part: string) =>
  analyze(text, asOf)
    .filter((a) => a.quote.includes(part))
    .map((a) => a.verdict);

describe('a NATO summit is not named by its city alone years later', () => {
  it('leaves a meeting in a former summit city to its own reading', () => {
    for (const [text, asOf] of [
      [
        'In a meeting in Washington to mark the 70th anniversary of NATO, the ministers agreed to give Georgia and Ukraine more patrols and port visits.',
        '2019-04-05',
      ],
      ['NATO envoys gathered in Madrid for talks and port visits to mark the 73rd anniversary of NATO.', '2022-04-06'],
      ['At talks in Prague to mark the 70th anniversary of NATO, officials agreed on more exercises and port visits.', '2019-04-10'],
    ] as const) {
      expect(red(text, asOf), text).toEqual([]);
      expect(verdictsOf(text, asOf, 'anniversary'), text).toContain('supported');
    }
  });
  it('still reads the summit told as one, or held this year', () => {
    expect(
      verdictsOf(
        'Twenty years ago NATO leaders met at the Washington summit to mark the 50th anniversary of NATO.',
        '2019-05-20',
        'Washington',
      ),
    ).toEqual(['supported']);
    expect(
      verdictsOf(
        'NATO leaders gathered in Washington to mark the 75th anniversary of the alliance and agreed new aid.',
        '2024-07-20',
        'Washington',
      ),
    ).toEqual(['supported']);
    expect(
      verdictsOf(
        'NATO leaders, who gathered in Washington to mark the 73rd anniversary of the alliance, agreed new aid.',
        '2024-07-20',
        '73rd',
      ),
    ).toContain('contradicted');
  });
});

describe('a name opening the main clause after "TITLE," is not the title’s', () => {
  it('does not give the title to the subject after an introductory phrase', () => {
    for (const [text, asOf] of [
      [
        'NATO Secretary General Jens Stoltenberg thanked Prime Minister Rishi Sunak. Speaking outside 10 Downing Street after talks with the Prime Minister, Mr Stoltenberg praised the UK.',
        '2022-11-09',
      ],
      [
        'Jens Stoltenberg flew to London. After a meeting with the Prime Minister, Mr Stoltenberg said the alliance was united.',
        '2022-11-09',
      ],
      ['Boris Johnson spoke in Kyiv. At the press conference with the President, Mr Johnson said the war must end.', '2023-05-09'],
    ] as const)
      expect(red(text, asOf), text).toEqual([]);
  });
  it('still reads an apposition closed by a comma, and one after a comma-free opening', () => {
    expect(verdictsOf('After the summit the Prime Minister, Mr Cameron, said he was pleased.', '2015-11-09', 'Cameron')).toEqual([
      'supported',
    ]);
    expect(verdictsOf('In Oslo, the former Prime Minister, Mr Stoltenberg was honoured.', '2023-11-09', 'Stoltenberg')).toEqual([
      'supported',
    ]);
    // The subject's own title in the phrase, after "as" (heldout10 w050, December 2024).
    expect(
      verdictsOf(
        'In a statement marking her first day as the European Union’s new chief diplomat, Kaja Kallas said the EU wants Ukraine to win.',
        '2024-12-02',
        'Kallas',
      ),
    ).toEqual(['supported']);
    expect(verdictsOf('After talks in Kyiv the Prime Minister, Boris Johnson, said the war was over.', '2023-11-09', 'Johnson')).toEqual([
      'outdated',
    ]);
  });
});
