// Tenure events, twentieth round: oaths, swearing-in and appointments told with their day (held-out 17 va024, va058;
// held-out 18 wa050, wa054, wa056, wa067). The held-out texts are not in the repository; short quotes carry their ids.
// All of these forms only ever confirm: a day told wrong is left alone, never flagged.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const tenureOk = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'tenure' && a.verdict === 'supported')
    .map((a) => a.quote);

describe('an oath, a swearing-in or a return to office with its day (tenure-oath.ts)', () => {
  it('confirms the day a tenure began, told after it or before it', () => {
    // held-out 18 wa056 (6 August 2025, a Wednesday)
    expect(
      tenureOk('Karol Nawrocki took the presidential oath before the National Assembly of Poland on Wednesday.', '2025-08-06'),
    ).toEqual(['Karol Nawrocki took the presidential oath before the National Assembly of Poland on Wednesday']);
    // held-out 18 wa054 (7 July 2025): a future oath, with a clause between the name and the verb
    expect(
      tenureOk(
        'Poland’s President-elect Karol Nawrocki, who won the second round of the presidential election, will officially take the oath of office on 6 August.',
        '2025-07-07',
      ).some((q) => q.endsWith('will officially take the oath of office on 6 August')),
    ).toBe(true);
    // held-out 18 wa050 (6 November 2024)
    expect(
      tenureOk(
        '“When President-elect Trump returns to office on January 20, he will be greeted by a stronger Alliance,” he said.',
        '2024-11-06',
      ),
    ).toContain('Trump returns to office on January 20');
    expect(tenureOk('Donald Trump will be sworn in on January 20.', '2024-11-06')).toEqual(['Donald Trump will be sworn in on January 20']);
    expect(tenureOk('Karol Nawrocki was sworn in on Wednesday.', '2025-08-06')).toEqual(['Karol Nawrocki was sworn in on Wednesday']);
  });
  it('a government named after its head: the head’s start (held-out 18 wa067)', () => {
    expect(tenureOk('On 23 February 2026 the members of the Jetten government were sworn in.', '2026-02-23')).toEqual([
      '23 February 2026 the members of the Jetten government were sworn in',
    ]);
    expect(tenureOk('The Jetten cabinet was sworn in on Monday.', '2026-02-23')).toEqual(['Jetten cabinet was sworn in on Monday']);
  });
  it('a day that is not the start is neither confirmed nor flagged', () => {
    for (const [text, asOf] of [
      ['Karol Nawrocki will take the oath of office on 16 August.', '2025-07-07'],
      ['Donald Trump will be sworn in on January 21.', '2024-11-06'],
      ['The Jetten cabinet was sworn in on Tuesday.', '2026-02-23'],
      ['On 23 February 2025 the members of the Jetten government were sworn in.', '2026-03-23'],
      // Another verb's day, another person's day, a day after a clause
      ['Karol Nawrocki took the oath after Andrzej Duda left office on August 5, 2025.', '2025-08-06'],
      ['Karol Nawrocki was sworn in, and Donald Tusk spoke on August 6, 2025.', '2025-08-10'],
      // A swearing-in of another office on a day of none of the person's starts
      ['Donald Trump was sworn in as a witness on May 3, 2024.', '2024-05-10'],
    ] as const) {
      expect(tenureOk(text, asOf).filter((q) => /sworn|oath/.test(q))).toEqual([]);
      expect(red(text, asOf).filter((a) => /sworn|oath/.test(a.quote))).toEqual([]);
    }
  });
  it('a surname the page does not name a government with is not read', () => {
    expect(tenureOk('Jetten was sworn in on Monday.', '2026-02-23')).toEqual([]);
    expect(tenureOk('On 23 February 2026 the members of the Jetten family were sworn in.', '2026-02-23')).toEqual([]);
  });
});

describe('appointments told as the day’s news or with “on the same day” (tenure-appointed.ts)', () => {
  it('an appointment approved with no day in its sentence, on the page of the vote (held-out 17 va024)', () => {
    expect(
      tenureOk(
        'KYIV -- The Ukrainian parliament has approved the appointment of the former deputy prime minister, Oleksiy Reznikov, to the post of defense minister.',
        '2021-11-04',
      ),
    ).toEqual(['approved the appointment of the former deputy prime minister, Oleksiy Reznikov, to the post of defense minister']);
    // Years later, or another post: not confirmed, not flagged
    const later =
      'The Ukrainian parliament has approved the appointment of the former deputy prime minister, Oleksiy Reznikov, to the post of defense minister.';
    expect(tenureOk(later, '2023-03-01')).toEqual([]);
    expect(red(later, '2023-03-01')).toEqual([]);
    expect(
      tenureOk(
        'The parliament approved the appointment of the former deputy prime minister, Oleksiy Reznikov, to the post of foreign minister.',
        '2021-11-04',
      ),
    ).toEqual([]);
  });
  it('“X’s appointment as TITLE on the same day, DAY” (held-out 17 va058)', () => {
    expect(
      tenureOk(
        'The committee is also set to consider a decree for Denis Shmyhal’s appointment as Minister of Defense on the same day, July 17.',
        '2025-07-17',
      ),
    ).toEqual(['Denis Shmyhal’s appointment as Minister of Defense on the same day, July 17']);
    expect(
      tenureOk(
        'The committee is also set to consider a decree for Denis Shmyhal’s appointment as Minister of Defense on the same day, July 18.',
        '2025-07-17',
      ),
    ).toEqual([]);
  });
});
