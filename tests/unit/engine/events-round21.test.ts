// NATO ministerials and summits told by schedule, twenty-first round: held-out 19's bare true claims (xa001, xa007, xa017,
// xa023, xa030, xa046, xa049, xa053, xa054). The held-out texts are not in the repository; short quotes carry their ids.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const confirmedIds = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'event' && a.verdict === 'supported')
    .flatMap((a) => a.factIds);

describe('ministerials named in more ways (ministerials.ts)', () => {
  it('"meeting of NATO’s foreign ministers in the southern province of Antalya" (xa053, May 2025)', () => {
    const s = 'Fidan was speaking at the opening of an informal meeting of NATO’s foreign ministers in the southern province of Antalya.';
    expect(confirmedIds(s, '2025-05-15')).toEqual(['nato-foreign-ministers-2025-05-14']);
    expect(red(s, '2025-05-15')).toEqual([]);
    // a year on, with no time told: no meeting of that kind there within weeks, nothing
    expect(confirmedIds(s, '2026-05-15')).toEqual([]);
  });
  it('"NATO Defence Ministers prepare to meet at NATO Headquarters in Brussels on Thursday and Friday (17-18 October 2024)" (xa046)', () => {
    const s =
      'As NATO Defence Ministers prepare to meet at NATO Headquarters in Brussels on Thursday and Friday (17-18 October 2024), Rutte spoke.';
    expect(confirmedIds(s, '2024-10-16')).toEqual(['nato-defence-ministers-2024-10-17']);
    expect(red(s, '2024-10-16')).toEqual([]);
  });
  it('"Ministers of Foreign Affairs will attend events and hold meetings in Washington DC ... on Wednesday 3 and Thursday 4 April 2019" (xa001)', () => {
    const s =
      '"Ministers of Foreign Affairs will attend events and hold meetings in Washington DC, the United States of America, on Wednesday 3 and Thursday 4 April 2019," NATO said.';
    expect(confirmedIds(s, '2019-04-02')).toEqual(['nato-foreign-ministers-2019-04-03']);
    expect(red(s, '2019-04-02')).toEqual([]);
    // EU ministers holding meetings are someone else's
    expect(confirmedIds('EU Ministers of Foreign Affairs will hold meetings in Brussels on 3 April 2019.', '2019-04-02')).toEqual([]);
  });
  it('"the Nov. 29-30 meeting" on a page of one kind of ministerial (xa030)', () => {
    const s =
      'Dendias will attend the NATO Foreign Ministers meeting in Bucharest, the ministry said. Over the Nov. 29-30 meeting, NATO FMs will address the war.';
    expect(analyze(s, '2022-11-28').some((a) => a.quote === 'Nov. 29-30 meeting' && a.verdict === 'supported')).toBe(true);
    expect(red(s, '2022-11-28')).toEqual([]);
    // another range, no ministerial then: nothing, never a flag
    expect(red(s.replace('Nov. 29-30', 'Nov. 22-23'), '2022-11-28')).toEqual([]);
  });
  it('"Meeting of NATO Ministers of Foreign Affairs (Riga, 01.12.2021)": a bracketed day written with dots, day first (xa023)', () => {
    const s =
      'Statement to journalists during the Meeting of NATO Ministers of Foreign Affairs (Riga, 01.12.2021). Today a meeting took place.';
    expect(confirmedIds(s, '2021-12-01')).toEqual(['nato-foreign-ministers-2021-11-30']);
    // another day, or the month first: never flagged (the custom of the writer is not known)
    expect(red(s.replace('01.12.2021', '03.12.2021'), '2021-12-03')).toEqual([]);
    expect(confirmedIds(s.replace('01.12.2021', '03.12.2021'), '2021-12-03')).toEqual([]);
    expect(red(s.replace('01.12.2021', '12.01.2021'), '2021-12-01')).toEqual([]);
  });
  it('a weekday pair in a sentence of a plan ("is being scheduled") points forward (xa049)', () => {
    const s =
      'A meeting between Rasmussen and Rubio is being scheduled in connection with the NATO Foreign Ministers’ meeting in Brussels” on Thursday and Friday, the ministry said.';
    expect(confirmedIds(s, '2025-04-01')).toEqual(['nato-foreign-ministers-2025-04-03']);
    expect(red(s, '2025-04-01')).toEqual([]);
  });
});

describe('summits told by schedule (ministerials.ts relative windows)', () => {
  it('a day before "ahead of" is not the meeting’s when the meeting has its own time (xa007, November 2019)', () => {
    const s =
      'Kaljulaid met with NATO Secretary General Jens Stoltenberg in Brussels on Monday, discussing preparations ahead of a NATO leaders’ meeting in the United Kingdom next month.';
    expect(confirmedIds(s, '2019-11-19')).toContain('nato-leaders-meeting-2019-london');
    expect(red(s, '2019-11-19')).toEqual([]);
    // without a time of its own, the day stays the meeting's (heldout1 h030's form)
    const h030 = 'Stoltenberg welcomed Blinken to Riga on Tuesday (30 November 2021), ahead of meetings of NATO Foreign Ministers.';
    expect(confirmedIds(h030, '2021-11-30')).toEqual(['nato-foreign-ministers-2021-11-30']);
  });
  it('"the NATO Summit planned for the summer" (xa017, March 2021): a season to come, confirm-only', () => {
    const s = 'In preparation for the NATO Summit planned for the summer, a meeting of NATO foreign ministers was held in Brussels.';
    expect(confirmedIds(s, '2021-03-24')).toContain('nato-summit-2021-brussels');
    expect(red(s, '2021-03-24')).toEqual([]);
    // 2020 had no summit in the summer: nothing, never a flag
    const plain = 'The NATO Summit planned for the summer will be decisive for the Alliance.';
    expect(confirmedIds(plain, '2021-03-24')).toEqual(['nato-summit-2021-brussels']);
    expect(confirmedIds(plain, '2020-03-24')).toEqual([]);
    expect(red(plain, '2020-03-24')).toEqual([]);
    // "this winter" on a summit page of the summer: no summit, no flag
    expect(red('The NATO summit this winter in Vilnius will be decisive.', '2023-07-01')).toEqual([]);
  });
  it('"which will take place in twenty days in The Hague" (xa054, June 2025): N days on, confirm-only', () => {
    const s = 'The ministers analysed the roadmap for the Alliance’s next meeting (which will take place in twenty days in The Hague).';
    expect(confirmedIds(s, '2025-06-05')).toEqual(['nato-summit-2025-the-hague']);
    expect(red(s, '2025-06-05')).toEqual([]);
    // too far off: not confirmed, not flagged
    expect(confirmedIds(s.replace('twenty', 'five'), '2025-06-05')).toEqual([]);
    expect(red(s.replace('twenty', 'five'), '2025-06-05')).toEqual([]);
    expect(red('NATO’s next meeting, in 10 days in Vilnius, will be decisive.', '2025-06-05')).toEqual([]);
  });
});

describe('the Munich Security Conference in a photo caption (meeting-ordinal.ts)', () => {
  it('"at the Munich Security Conference in Munich, Germany, Saturday, Feb. 14, 2026" (xa061): a day of its days, confirm-only', () => {
    const s =
      'Zelenskyy addresses the audience during a session at the Munich Security Conference in Munich, Germany, Saturday, Feb. 14, 2026.';
    expect(confirmedIds(s, '2026-02-15')).toEqual(['msc-2026-02-13']);
    expect(red(s, '2026-02-15')).toEqual([]);
    // the eve, or a day after: a picture may be of anything around it; not confirmed, and not flagged as the conference's day
    const eve = s.replace('Saturday, Feb. 14', 'Thursday, Feb. 12');
    expect(confirmedIds(eve, '2026-02-15')).toEqual([]);
    expect(red(eve, '2026-02-15')).toEqual([]);
    // a weekday that is not the day's: not confirmed (the weekday reader flags it)
    expect(confirmedIds(s.replace('Saturday', 'Friday'), '2026-02-15')).toEqual([]);
  });
});
