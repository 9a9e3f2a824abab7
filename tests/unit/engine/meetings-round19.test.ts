// Meetings and summits, nineteenth round: held-out 17's missed meeting errors (vd302, vd311) and the round-18 probes'
// leader swaps in two-leader summits. The held-out texts are not in the repository; short quotes carry their ids.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const events = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === 'event');
const red = (text: string, asOf: string) => events(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const confirmed = (text: string, asOf: string) => events(text, asOf).filter((a) => a.verdict === 'supported');

describe('a numbered Contact Group meeting with its day, its place and an inverted verb before the number (meeting-ordinal.ts)', () => {
  // held-out 17 vd311 (odessa-journal.com, 10 September 2025): the 30th meeting was on 9 September
  const vd311 =
    'On September 10, in London, took place the 30th meeting of the Ukraine Defense Contact Group (UDCG) in the "Ramstein format".';
  it('a day off is contradicted', () => {
    const flags = red(vd311, '2025-09-10');
    expect(flags.map((a) => a.factIds)).toEqual([['udcg-2025-09-09']]);
    // The day alone: the number after it is right.
    expect(flags[0].quote).toBe('On September 10');
    expect(red('On September 10 in London the 30th meeting of the Ukraine Defense Contact Group took place.', '2025-09-10').length).toBe(1);
  });
  it('the true day is confirmed; a speaker between the day and the number is not read', () => {
    expect(red(vd311.replace('10', '9'), '2025-09-10')).toEqual([]);
    expect(confirmed(vd311.replace('10', '9'), '2025-09-10').length).toBe(1);
    expect(
      red('On September 10, in London, Shmyhal said the 30th meeting of the Ukraine Defense Contact Group was a success.', '2025-09-10'),
    ).toEqual([]);
  });
});

describe('who met, named by a lone surname or a country’s title with no name after it (event.ts)', () => {
  // held-out 17 vd302 (a web story of 23 December 2022): Biden received Zelensky on 21 December
  const vd302 = 'On December 22, Biden welcomed the president of Ukraine with a high-profile VIP welcome.';
  it('a day off is contradicted', () => {
    const flags = red(vd302, '2022-12-23');
    expect(flags.map((a) => a.factIds)).toEqual([['white-house-meeting-2022-12-21']]);
    expect(red('On December 22, Biden met the Ukrainian president.', '2022-12-23').length).toBe(1);
    expect(red('On February 27, Trump received Zelensky in the Oval Office.', '2025-03-05').length).toBe(1);
  });
  it('the true day is confirmed', () => {
    expect(red(vd302.replace('22', '21'), '2022-12-23')).toEqual([]);
    expect(confirmed(vd302.replace('22', '21'), '2022-12-23').length).toBe(1);
    expect(red('On February 28, Trump received Zelensky in the Oval Office.', '2025-03-05')).toEqual([]);
  });
  it('a welcome of words, a call received, another Biden or a summit asked for are no meeting', () => {
    expect(red('On December 22, Biden welcomed Zelensky’s proposal for a peace plan.', '2022-12-23')).toEqual([]);
    expect(red('On December 22, Joe Biden welcomed Volodymyr Zelensky’s proposal for a peace summit.', '2022-12-23')).toEqual([]);
    expect(red('On December 22, Jill Biden welcomed Zelensky.', '2022-12-23')).toEqual([]);
    expect(red('On February 27, Trump received a call from Zelensky.', '2025-03-05')).toEqual([]);
    expect(red('On February 27, Zelensky received Trump’s letter.', '2025-03-05')).toEqual([]);
  });
  it('the same two at the same place on another visit are that visit (recorded), not the first one', () => {
    // heldout10 w016 (Interfax-Ukraine, 1 September 2021)
    const ids = events('Biden to host Zelensky at White House Oval Office, no joint briefing scheduled.', '2021-09-01').flatMap(
      (a) => a.factIds,
    );
    expect(ids).not.toContain('white-house-meeting-2022-12-21');
  });
});

describe('a leader swapped into a two-leader summit identified by its place and time (event.ts swappedLeader)', () => {
  it('someone who held a participant’s office at another time, told as a party, is contradicted', () => {
    for (const [text, asOf] of [
      ['The Trump-Putin summit in Geneva in June 2021 ended without a breakthrough.', '2023-01-10'],
      ['Donald Trump met Vladimir Putin in Geneva on June 16, 2021.', '2023-01-10'],
      ['Joe Biden and Vladimir Putin met in Helsinki in July 2018.', '2023-01-10'],
      ['The summit between Obama and Putin in Geneva on June 16, 2021 was short.', '2023-01-10'],
      ['The Biden–Putin summit in Alaska in August 2025 ended without a deal.', '2025-09-01'],
    ]) {
      const flags = red(text, asOf);
      expect(flags.length, text).toBe(1);
      expect(flags[0].message).toMatch(/did not take part/);
    }
  });
  it('true look-alikes are not flagged', () => {
    for (const [text, asOf] of [
      ['The Biden-Putin summit in Geneva in June 2021 ended without a breakthrough.', '2023-01-10'],
      ['Trump criticised the Biden-Putin summit in Geneva in June 2021.', '2023-01-10'],
      ['Unlike the Trump-Putin summit in Helsinki, the Biden-Putin summit in Geneva in June 2021 was calm.', '2023-01-10'],
      ['Putin, who met Trump in Helsinki in 2018, met Biden in Geneva on June 16.', '2021-06-20'],
      ['Trump met Putin in Alaska on August 15, while Biden stayed home.', '2025-09-01'],
      ['Trump met Putin in Helsinki in July 2018.', '2023-01-10'],
    ])
      expect(red(text, asOf), text).toEqual([]);
  });
});
