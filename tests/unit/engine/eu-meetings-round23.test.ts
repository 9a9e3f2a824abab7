// EU meetings, twenty-third round: the European Council's and the EU foreign ministers' meetings (eu-meetings.json,
// read by eu-meetings.ts, confirm-only). Held-out 21 and earlier development pages' forms; short quotes carry their ids.
import { describe, expect, it } from 'vitest';
import { redFlags as red, confirmedEventIds as confirmedIds } from './helpers';

describe('European Council meetings told by "EU leaders", "EU summit", "European Council" with a day or place', () => {
  it('confirmed by the place on the summit day, by written days, by a weekday', () => {
    expect(
      confirmedIds('He stated this when he arrived at the summit of EU leaders in Brussels, European Truth reports.', '2022-06-23'),
    ).toEqual(['european-council-2022-06-23']);
    expect(confirmedIds('Macron told reporters at a summit of EU leaders in Brussels.', '2020-10-15')).toEqual([
      'european-council-2020-10-15',
    ]);
    expect(confirmedIds('Zelensky will speak at the European Council on 26-27 June.', '2025-06-20')).toEqual([
      'european-council-2025-06-26',
    ]);
    expect(confirmedIds('The coalition was formed days before a crucial EU summit scheduled for December 18–19.', '2025-12-09')).toEqual([
      'european-council-2025-12-18',
    ]);
    expect(
      confirmedIds('Already last Friday, at the end of an extraordinary European Council summit, Costa acknowledged it.', '2023-02-14'),
    ).toEqual(['european-council-2023-02-09']);
    expect(confirmedIds('EU leaders meeting in Brussels on Thursday agreed to grant Ukraine candidate status.', '2022-06-24')).toEqual([
      'european-council-2022-06-23',
    ]);
    expect(confirmedIds('EU leaders gathered in Versailles on 10 March to discuss the war.', '2022-03-12')).toEqual([
      'european-council-2022-03-10',
    ]);
  });
  it('look-alikes: another place, another day, the council president, another club, a wish: nothing, never red', () => {
    const cases: Array<[string, string]> = [
      ['EU leaders met in Paris on Thursday.', '2022-06-23'],
      ['EU leaders met in Brussels on Monday.', '2022-06-27'],
      ['European Council President Charles Michel met Zelensky in Brussels on Thursday.', '2024-06-13'],
      ['NATO leaders met in The Hague on Tuesday, two days before EU leaders meet in Brussels.', '2025-06-24'],
      ['The EU-China summit in Beijing on December 7 was tense.', '2023-12-08'],
      ['If EU leaders meet in Brussels on Thursday, they may agree.', '2022-06-21'],
      ['G7 leaders met in Apulia on Friday, a fortnight before EU leaders gather in Brussels.', '2024-06-14'],
    ];
    for (const [s, d] of cases) {
      expect(confirmedIds(s, d).filter((id) => id.startsWith('european-council-'))).toEqual([]);
      expect(red(s, d)).toEqual([]);
    }
  });
});

describe('Foreign Affairs Council meetings told by "EU foreign ministers"', () => {
  it('confirmed by the written day, the weekday with its place, the place on the days after', () => {
    expect(
      confirmedIds(
        "Hungary's resistance made it clear that there was no consensus at the meeting of EU foreign ministers on February 23.",
        '2026-02-23',
      ),
    ).toEqual(['eu-foreign-ministers-2026-02-23']);
    expect(
      confirmedIds(
        'The stalemate means EU foreign ministers meeting in Brussels on Monday could leave the package unresolved.',
        '2026-02-23',
      ),
    ).toEqual(['eu-foreign-ministers-2026-02-23']);
    expect(confirmedIds('Borrell said on Monday after a meeting of EU foreign ministers in Luxembourg.', '2022-06-21')).toEqual([
      'eu-foreign-ministers-2022-06-20',
    ]);
  });
  it("look-alikes: NATO's foreign ministers in Brussels the same week, another city, another day: no EU record, never red", () => {
    const cases: Array<[string, string]> = [
      ['NATO foreign ministers met in Brussels on Wednesday.', '2024-04-03'],
      ['EU foreign ministers met in Brussels on Tuesday.', '2026-02-24'],
      ['EU foreign ministers met in Luxembourg.', '2022-07-15'],
      ['EU foreign ministers met in Prague on Monday.', '2026-02-23'],
      ['The meeting of EU foreign ministers on February 24 ended without agreement.', '2026-02-25'],
    ];
    for (const [s, d] of cases) {
      expect(confirmedIds(s, d).filter((id) => id.startsWith('eu-foreign-ministers-'))).toEqual([]);
      expect(red(s, d)).toEqual([]);
    }
  });
});
