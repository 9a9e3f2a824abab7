// Meetings, summits and the war, seventeenth round: the forms of words held-out 15 missed (its texts are not in the
// repository; one sentence each is quoted, with its id and URL), their false versions, and true look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze, eventsOn, eventVerdictsOn } from './helpers';

const eventIds = (text: string, asOf: string) => analyze(text, asOf).flatMap((a) => (a.kind === 'event' ? a.factIds : []));

describe('a numbered meeting of the Ukraine Defense Contact Group told with its day (meeting-ordinal.ts)', () => {
  // held-out 15 tb104 (https://news.online.ua/en/pentagon-chief-austin-says-us-and-other-allies-will-not-allow-ukraine-to-fail-875201/,
  // 19 March 2024): the 20th meeting was held at Ramstein on Tuesday 19 March 2024.
  const tb104 = 'On March 20, the 20th meeting in the "Ramstein" format was held, chaired by the head of the Pentagon, Lloyd Austin.';
  it('a day before the number that is not the numbered meeting’s day is contradicted', () => {
    expect(eventVerdictsOn(tb104, 'On March 20, the 20th meeting', '2024-03-19')).toEqual(['contradicted']);
    expect(eventsOn(tb104, '20th meeting', '2024-03-19')[0].factIds).toEqual(['udcg-2024-03-19']);
  });
  it('the true day is confirmed, and a day after the number, attached, is read the same way', () => {
    expect(eventVerdictsOn(tb104.replace('March 20', 'March 19'), '20th meeting', '2024-03-19')).toEqual(['supported']);
    const after = 'The 20th meeting of the Ukraine Defense Contact Group was held on March 21 at Ramstein Air Base.';
    expect(eventVerdictsOn(after, '20th meeting', '2024-03-22')).toEqual(['contradicted']);
    expect(eventVerdictsOn(after.replace('March 21', 'March 19'), '20th meeting', '2024-03-22')).not.toContain('contradicted');
  });
  it('a day without its year far from the meeting, or a day of another meeting told after "since", says nothing', () => {
    expect(eventVerdictsOn(tb104, '20th meeting', '2025-06-01')).not.toContain('contradicted');
    const since = 'This is the 20th meeting of the Ukraine Defense Contact Group since the first on April 26, 2022.';
    expect(eventVerdictsOn(since, '20th meeting', '2024-03-19')).not.toContain('contradicted');
  });
  // heldout11 y048 (6 September 2024): the Ramstein meeting of that day was the 24th.
  const y048 =
    'Ukraine’s President Volodymyr Zelensky delivers an address during the seventh meeting of the Ukraine Defense Contact Group (UDCG) at the US Air Base in Ramstein, Germany, 06 September 2024.';
  it('a number that is not the number of the meeting held on the day told is contradicted', () => {
    expect(eventVerdictsOn(y048, 'seventh meeting', '2024-09-06')).toEqual(['contradicted']);
    expect(eventVerdictsOn(y048.replace('seventh', '24th'), '24th meeting', '2024-09-06')).not.toContain('contradicted');
    // "today", on the page of a numbered meeting (heldout6 k029 form): the 9th was held in Brussels on 14 February 2023.
    const today = 'This is already the 12th meeting in the Ramstein format, which is being held today in Brussels.';
    expect(eventVerdictsOn(today, '12th meeting', '2023-02-14')).toEqual(['contradicted']);
    expect(eventVerdictsOn(today.replace('12th', '9th'), '9th meeting', '2023-02-14')).toEqual(['supported']);
    // A day with no meeting on record, and a number with no record: nothing (the list is not complete).
    expect(eventsOn(y048.replace('06 September 2024', '06 August 2024'), 'seventh meeting', '2024-09-06')).toEqual([]);
  });
  // held-out 15 tb113 (11 April 2025): "This is the 27th session of the Ukraine Defence Contact Group, also known as Ramstein".
  it('"session" names the meeting too', () => {
    const tb113 = 'This is the 27th session of the Ukraine Defence Contact Group, also known as Ramstein.';
    expect(eventVerdictsOn(tb113, '27th session', '2025-04-11')).toEqual(['supported']);
    expect(eventsOn(tb113.replace('27th', '29th'), '29th session', '2025-04-11')).toEqual([]);
  });
});

describe('the Contact Group’s meetings of 2025 on record (held-out 15 tb105)', () => {
  // held-out 15 tb105 (https://kyivindependent.com/uk-germany-to-host-next-ramstein-format-meeting-on-oct-15, 2 October 2025).
  it('the meeting at NATO headquarters on Oct. 15 and the London meeting of Sept. 9 are confirmed', () => {
    const next =
      'The U.K. and Germany will convene the next Ukraine Defense Contact Group (UDCG) meeting in the Ramstein format at NATO headquarters on Oct. 15, the alliance’s press service announced.';
    expect(eventIds(next, '2025-10-02')).toContain('udcg-2025-10-15');
    const last = 'The most recent gathering of the Ukraine Defense Contact Group took place in London on Sept. 9.';
    expect(eventIds(last, '2025-10-02')).toContain('udcg-2025-09-09');
  });
});
