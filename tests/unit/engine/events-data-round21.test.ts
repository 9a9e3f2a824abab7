// NATO ministerials and Munich Security Conferences added to the fact base in the twenty-first round (events.json): each
// confirmed as told, its true look-alikes (the day before, a preparatory press conference, the Contact Group's meeting,
// another year's conference) neither confirmed as it nor flagged.
import { describe, expect, it } from 'vitest';
import { redFlags as red, confirmedEventIds as confirmedIds } from './helpers';

describe('defence and foreign ministers’ meetings of 2019-2024', () => {
  it('June 2019 (26-27 June, Brussels)', () => {
    const s = 'NATO defence ministers will meet in Brussels on June 26-27.';
    expect(confirmedIds(s, '2019-06-25')).toEqual(['nato-defence-ministers-2019-06-26']);
    expect(red(s, '2019-06-25')).toEqual([]);
    const eve =
      'NATO Secretary General Jens Stoltenberg held a press conference in Brussels on Tuesday, June 25, ahead of the defence ministers meeting.';
    expect(confirmedIds(eve, '2019-06-25')).toEqual([]);
    expect(red(eve, '2019-06-25')).toEqual([]);
  });
  it('June 2023 and October 2023, June 2024', () => {
    expect(
      confirmedIds('NATO Defence Ministers wrapped up two days of meetings in Brussels on Thursday (12 October 2023).', '2023-10-12'),
    ).toEqual(['nato-defence-ministers-2023-10-11']);
    expect(confirmedIds('NATO defence ministers met in Brussels on June 13, 2024.', '2024-06-13')).toEqual([
      'nato-defence-ministers-2024-06-13',
    ]);
    // the day before: nothing, never a flag
    expect(confirmedIds('NATO defence ministers met in Brussels on June 12, 2024.', '2024-06-13')).toEqual([]);
    expect(red('NATO defence ministers met in Brussels on June 12, 2024.', '2024-06-13')).toEqual([]);
    expect(
      red('NATO Defence Ministers are meeting in Brussels on Thursday and Friday to prepare for the Vilnius Summit.', '2023-06-14'),
    ).toEqual([]);
  });
  it('the extraordinary foreign ministers’ meeting of 4 March 2022', () => {
    const s = 'NATO foreign ministers held an extraordinary meeting in Brussels on Friday, March 4, 2022.';
    expect(confirmedIds(s, '2022-03-04')).toEqual(['nato-foreign-ministers-2022-03-04']);
    // the virtual extraordinary meeting of 7 January 2022 is on record since round 32 (it was not before: nothing then)
    const jan = 'NATO foreign ministers held an extraordinary virtual meeting on Friday, January 7, 2022.';
    expect(confirmedIds(jan, '2022-01-07')).toEqual(['nato-foreign-ministers-2022-01-07']);
    expect(red(jan, '2022-01-07')).toEqual([]);
  });
});

describe('Munich Security Conferences of 2019-2023', () => {
  it('by number and by a caption’s day', () => {
    expect(confirmedIds('Pompeo spoke at the 56th Munich Security Conference.', '2020-02-15')).toEqual(['msc-2020-02-14']);
    expect(
      confirmedIds('Pompeo spoke at the Munich Security Conference in Munich, Germany, Saturday, Feb. 15, 2020.', '2020-02-15'),
    ).toEqual(['msc-2020-02-14']);
    // a week after its days, a number not on record: nothing, never a flag
    expect(
      confirmedIds('Pompeo spoke at the Munich Security Conference in Munich, Germany, Saturday, Feb. 22, 2020.', '2020-02-22'),
    ).toEqual([]);
    expect(red('Pompeo spoke at the 57th Munich Security Conference.', '2020-02-15')).toEqual([]);
    expect(red('Harris spoke at the 59th Munich Security Conference in 2023.', '2023-02-18')).toEqual([]);
  });
  it('its days told attached (meeting-ordinal.ts): the 59th’s right days confirmed, a speech’s day quiet', () => {
    const page = (days: string) =>
      `Zelenskyy and Blinken are expected to attend. The Munich Security Conference will take place on February ${days}, where participants will discuss European security.`;
    expect(confirmedIds(page('17–19'), '2023-02-11')).toEqual(['msc-2023-02-17']);
    expect(red(page('17–19'), '2023-02-11')).toEqual([]);
    const speech = 'U.S. Vice President Kamala Harris addressed the 59th Munich Security Conference on 18 February 2023.';
    expect(red(speech, '2023-02-18')).toEqual([]);
  });
});
