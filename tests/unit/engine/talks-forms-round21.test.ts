// Talks and NATO meetings told in more ways, twenty-first round (event.ts; held-out 19 xa038, xa058, xa059, xa060). The
// held-out texts are not in the repository; short made-up sentences and short quotes carry their ids. All confirm-only.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red, confirmedEventIds as confirmedIds } from './helpers';

describe('the one who names a meeting is no party to it', () => {
  const s =
    'Representatives from Ukraine, the United States and Russia are scheduled to meet in Abu Dhabi on Friday for what Kremlin aide Yury Ushakov called the first meeting of the trilateral working group on security issues.';
  it('"for what Kremlin aide Yury Ushakov called the first meeting" (xa058, Friday 23 January 2026)', () => {
    expect(confirmedIds(s, '2026-01-23')).toEqual(['abu-dhabi-talks-2026-01-23']);
    expect(red(s, '2026-01-23')).toEqual([]);
  });
  it('a day after the talks ended, or a week before them: nothing, never a flag', () => {
    expect(confirmedIds(s.replace('Friday', 'Monday'), '2026-01-23')).toEqual([]);
    expect(red(s.replace('Friday', 'Monday'), '2026-01-23')).toEqual([]);
    expect(confirmedIds(s, '2026-01-15')).toEqual([]);
    expect(red(s, '2026-01-15')).toEqual([]);
  });
  it('someone named as at the meeting still counts', () => {
    const t = 'Delegations will meet in Abu Dhabi on Friday, and Kremlin aide Yury Ushakov will join the meeting.';
    expect(confirmedIds(t, '2026-01-23')).toEqual([]);
  });
});

describe('talks at a place in a week told relative to the page', () => {
  const s = "Russia's war in Ukraine grinds into its fourth year with a new round of peace talks scheduled for next week in Geneva.";
  it('"a new round of peace talks scheduled for next week in Geneva" (xa060, Saturday 14 February 2026; held 17-18 February)', () => {
    // Round 24: the sentence's "grinds into its fourth year" is confirmed too (the war's age, read by war-duration.ts).
    expect(confirmedIds(s, '2026-02-14')).toEqual(['full-scale-invasion', 'geneva-talks-2026-02-17']);
    expect(red(s, '2026-02-14')).toEqual([]);
  });
  it('a week too early, another city, a meeting of people rather than talks: nothing, never a flag', () => {
    expect(confirmedIds(s, '2026-02-07')).toEqual(['full-scale-invasion']);
    expect(red(s, '2026-02-07')).toEqual([]);
    expect(confirmedIds(s.replace('Geneva', 'Abu Dhabi'), '2026-02-14')).toEqual(['full-scale-invasion']);
    expect(red(s.replace('Geneva', 'Abu Dhabi'), '2026-02-14')).toEqual([]);
    expect(confirmedIds('The ministers will meet next week in Geneva.', '2026-02-14')).toEqual([]);
  });
});

describe('"these negotiations" with their days, the talks the page told of last', () => {
  const page = (days: string) =>
    `Trilateral Peace Talks Conclude in Abu Dhabi\n\nAuthor: A. Writer\n\nThis trilateral engagement brought together delegations from Russia, the United States and Ukraine. These high-stakes negotiations were conducted behind closed doors from ${days}.`;
  it('the headline names the talks; "from January 23 to January 24, 2026" two sentences on (xa059)', () => {
    const ann = analyze(page('January 23 to January 24, 2026'), '2026-01-24').filter(
      (a) => a.kind === 'event' && a.verdict === 'supported',
    );
    expect(ann.some((a) => a.quote.startsWith('negotiations were conducted') && a.factIds[0] === 'abu-dhabi-talks-2026-01-23')).toBe(true);
    expect(red(page('January 23 to January 24, 2026'), '2026-01-24')).toEqual([]);
  });
  it('other days: not confirmed, never a flag', () => {
    const ann = analyze(page('January 25 to January 26, 2026'), '2026-01-26');
    expect(ann.some((a) => a.quote.startsWith('negotiations were conducted') && a.verdict === 'supported')).toBe(false);
    expect(red(page('January 25 to January 26, 2026'), '2026-01-26')).toEqual([]);
  });
  it('no talks told before: nothing', () => {
    const s = 'Officials spoke. These negotiations were conducted behind closed doors from January 23 to January 24, 2026.';
    expect(confirmedIds(s, '2026-01-24')).toEqual([]);
  });
});

describe('a dateline on the first line, the event told in the next', () => {
  const page = (dateline: string, asOf: string) =>
    analyze(
      `${dateline}\nIn Vilnius, the capital of Lithuania, where NATO is holding a two-day meeting, the Group of Seven announced a declaration on Wednesday.`,
      asOf,
    );
  it('"Vilnius, Wednesday, 12 July 2023" (xa038)', () => {
    const ann = page('Vilnius, Wednesday, 12 July 2023', '2023-07-12');
    expect(ann.some((a) => a.quote === 'Vilnius, Wednesday, 12 July 2023' && a.verdict === 'supported')).toBe(true);
    expect(ann.filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated')).toEqual([]);
  });
  it('a day after the summit, another city, or a weekday that is not the day: the dateline is not confirmed', () => {
    for (const [line, asOf] of [
      ['Vilnius, Thursday, 13 July 2023', '2023-07-13'],
      ['Riga, Wednesday, 12 July 2023', '2023-07-12'],
      ['Vilnius, Tuesday, 12 July 2023', '2023-07-12'],
    ])
      expect(page(line, asOf).some((a) => a.quote === line && a.verdict === 'supported')).toBe(false);
    expect(page('Vilnius, Thursday, 13 July 2023', '2023-07-13').filter((a) => a.verdict === 'contradicted')).toEqual([]);
    expect(page('Riga, Wednesday, 12 July 2023', '2023-07-12').filter((a) => a.verdict === 'contradicted')).toEqual([]);
  });
});

describe('a headline in title case', () => {
  it('"Rutte Hosts Historic NATO Summit in The Hague": capitalised words are not unknown people', () => {
    expect(confirmedIds('Rutte Hosts Historic NATO Summit in The Hague', '2025-07-11')).toEqual(['nato-summit-2025-the-hague']);
  });
  it('a sentence in sentence case still counts an unknown name met', () => {
    expect(confirmedIds('Rutte hosted Bennett in The Hague.', '2025-06-25')).toEqual([]);
    // a sentence of many capitals, one verb in lower case (meetings-round19b)
    expect(confirmedIds('On September 1, Biden hosted Bennett at the White House.', '2021-09-02')).toEqual([]);
  });
});
