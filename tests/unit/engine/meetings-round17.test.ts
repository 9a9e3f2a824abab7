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
    // A day with no meeting on record, and a number with no record: nothing (the list is not complete). Round 26 recorded
    // the seventh (16 November 2022), so the number with no record is now the twelfth.
    const noRecord = y048.replace('06 September 2024', '06 August 2024').replace('seventh', 'twelfth');
    expect(eventsOn(noRecord, 'twelfth meeting', '2024-09-06')).toEqual([]);
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

describe('the Munich Security Conference by its number, year and days (meeting-ordinal.ts)', () => {
  // held-out 15 ta067 (https://newsukraine.rbc.ua/analytics/zelenskyy-rubio-and-ukraine-s-new-role-key-1770822072.html,
  // 11 February 2026): the 62nd conference was held on 13–15 February 2026.
  const ta067 =
    'Ukrainian President Volodymyr Zelenskyy and US Secretary of State Marco Rubio are expected to attend. The Munich Security Conference will take place on February 13–15, where participants will discuss European security.';
  it('its days told attached are confirmed; other days, a wrong number or year are contradicted', () => {
    const q = 'Munich Security Conference will take place on February 13–15';
    expect(eventVerdictsOn(ta067, q, '2026-02-11')).toEqual(['supported']);
    expect(eventVerdictsOn(ta067.replace('13–15', '14–16'), 'February 14–16', '2026-02-11')).toEqual(['contradicted']);
    expect(eventVerdictsOn(ta067.replace('The Munich', 'The 61st Munich'), '61st Munich', '2026-02-11')).toEqual(['contradicted']);
    expect(eventVerdictsOn(ta067.replace('Conference will', 'Conference 2025 will'), 'Conference 2025', '2026-02-11')).toEqual([
      'contradicted',
    ]);
    // "will mark its 62nd edition" (ta067's next sentence form).
    const edition = ta067.replace(', where participants', ' and will mark its 62nd edition, where participants');
    expect(eventVerdictsOn(edition, 'its 62nd edition', '2026-02-11')).toEqual(['supported']);
    expect(eventVerdictsOn(edition.replace('62nd', '60th'), 'its 60th edition', '2026-02-11')).toEqual(['contradicted']);
  });
  it('"opened on" is its first day', () => {
    const opened = 'Marco Rubio will attend. The Munich Security Conference opened on February 13.';
    expect(eventVerdictsOn(opened, 'opened on February 13', '2026-02-13')).toEqual(['supported']);
    expect(eventVerdictsOn(opened.replace('13.', '14.'), 'opened on February 14', '2026-02-14')).toEqual(['contradicted']);
  });
  it('true look-alikes stay quiet: a speech’s day, a day far from any record, a year before the record', () => {
    // held-out 14 l066 form: the day a speaker addressed the conference is not its days.
    const speech = 'U.S. Secretary of State Marco Rubio addressed the 62nd Munich Security Conference on 15 February 2026.';
    expect(eventVerdictsOn(speech, 'addressed', '2026-02-15')).not.toContain('contradicted');
    expect(eventsOn(speech, 'on 15 February 2026', '2026-02-15')).toEqual([]);
    // (2021, the year with no conference in Munich: from round 21 the 59th of 17-19 February 2023 is on record.)
    expect(eventsOn(ta067, 'February 13–15', '2021-02-11')).toEqual([]);
    // (2016: the conferences from 2017 are on record since round 32, and 16 February 2018 was the 54th's first day.)
    const old = 'Marco Rubio will attend. The Munich Security Conference took place on February 16, 2016.';
    expect(eventsOn(old, 'February 16, 2016', '2026-02-11')).toEqual([]);
    expect(eventVerdictsOn(old.replace('2016', '2018'), 'February 16, 2018', '2026-02-11')).toEqual(['supported']);
  });
});

describe('an old NATO summit matched by its place alone on another summit’s page is context (summit-of-the-day.ts)', () => {
  // held-out 15 tc203 (https://digest-post.com/stubb-says-nato-shifting-back-to-cold-war-posture-against-russia.html,
  // 25 June 2025, during The Hague summit): it had been confirmed as the Brussels summit of March 2022.
  const tc203 =
    'Speaking at the NATO summit in Brussels, Stubb said the alliance is becoming “more European” in both composition and priorities.';
  it('no longer confirmed as the 2022 summit', () => {
    expect(eventVerdictsOn(tc203, 'summit in Brussels', '2025-06-25')).toEqual(['context']);
  });
  it('true look-alikes: the summit of the page’s days, a year told, a page on no summit’s days', () => {
    expect(eventVerdictsOn(tc203.replace('Brussels', 'The Hague'), 'summit in The Hague', '2025-06-25')).toEqual(['supported']);
    expect(eventVerdictsOn(tc203.replace('Brussels', 'Brussels in 2022'), 'summit in Brussels', '2025-06-25')).toEqual(['supported']);
    expect(eventVerdictsOn(tc203, 'summit in Brussels', '2025-03-25')).toEqual(['supported']);
  });
});
