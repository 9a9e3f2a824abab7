// Events, twenty-fourth round (held-out 22 misses, as families): a meeting of a body the clause names (the Ukraine
// Defense Contact Group) with someone named who is not on the record's list of participants (event.ts bodyNamed: no
// stranger, so its place and days identify it, confirm-only), and the Munich Security Conference with a day right after
// its name and no verb between (meeting-ordinal.ts, confirm-only). Short quotes carry their ids.
// A new G7 record (Biarritz, 24–26 August 2019). The UN General Assembly's Ukraine resolutions (new records) told with
// the day of the vote (unga-resolutions.ts, confirm-only).
import { describe, expect, it } from 'vitest';
import { redFlags as red, supportedQuotes } from './helpers';

describe('a Contact Group meeting opened by someone the record does not list (pa030)', () => {
  const pa030 =
    'On Wednesday, 12 February, Healey opened the latest meeting of the Ukraine Defence Contact Group at NATO headquarters in Brussels.';
  it('confirmed by its day and place', () => {
    expect(supportedQuotes(pa030, '2025-02-12').join('|')).toMatch(/Ukraine Defence Contact Group at NATO headquarters/);
    const hegseth = 'Hegseth will participate in the Ukraine Defense Contact Group meeting at NATO headquarters in Brussels on Wednesday.';
    expect(supportedQuotes(hegseth, '2025-02-12').join('|')).toMatch(/NATO headquarters in Brussels on Wednesday/);
  });
  it('look-alikes: another day, another place, the ministers the day after, no group named: never red', () => {
    for (const [s, d] of [
      [
        'On Thursday, 13 February, Healey opened the meeting of the Ukraine Defence Contact Group at NATO headquarters in Brussels.',
        '2025-02-13',
      ],
      ['On Wednesday, 12 February, Healey opened the meeting of the Ukraine Defence Contact Group in London.', '2025-02-12'],
      ['On Thursday, 13 February, Healey met allies at NATO headquarters in Brussels.', '2025-02-13'],
      [
        'On Thursday, Healey attended the meeting of NATO defence ministers at NATO headquarters, a day after the Contact Group.',
        '2025-02-13',
      ],
      ['Healey chaired a meeting of the Ukraine Defence Contact Group in London on 9 September.', '2025-09-10'],
    ] as const)
      expect(red(s, d), s).toEqual([]);
    // No group named: a defence secretary at NATO headquarters on the day is not identified as the group's meeting.
    expect(supportedQuotes('On Wednesday, 12 February, Healey held a meeting at NATO headquarters in Brussels.', '2025-02-12')).toEqual([]);
  });
});

describe('the Munich Security Conference "on Friday" (pa057)', () => {
  const pa057 =
    'U.S. Secretary of State Marco Rubio warned transatlantic ties faced a "defining moment" in a rapidly changing world but struck a warmer tone ahead of the Munich Security Conference on Friday after a year of unprecedented upheaval.';
  it('confirmed when the day falls within its days', () => {
    expect(supportedQuotes(pa057, '2026-02-13')).toContain('Munich Security Conference on Friday');
    expect(supportedQuotes('Rubio spoke at the Munich Security Conference on Saturday.', '2026-02-16')).toContain(
      'Munich Security Conference on Saturday',
    );
  });
  it('look-alikes: a day before or after, or months later: never red, not confirmed', () => {
    for (const [s, d] of [
      ['Rubio spoke about the Munich Security Conference on Thursday.', '2026-02-12'],
      ['Rubio reflected on the Munich Security Conference on Monday.', '2026-02-16'],
      ['Rubio spoke at the Munich Security Conference on February 14.', '2026-05-16'],
      ['Vance attacked European allies at the Munich Security Conference on Friday.', '2025-02-15'],
    ] as const) {
      expect(red(s, d), s).toEqual([]);
    }
    expect(supportedQuotes('Rubio spoke about the Munich Security Conference on Thursday.', '2026-02-12')).toEqual([]);
  });
});

describe('the G7 summit of 2019 in Biarritz (new record)', () => {
  it('confirmed by its place and days', () => {
    expect(supportedQuotes('G7 leaders gathered in Biarritz on Saturday for their annual summit.', '2019-08-25').join('|')).toMatch(
      /Biarritz on Saturday/,
    );
  });
  it('look-alikes: another summit there or a visit: never red', () => {
    for (const [s, d] of [
      ['Macron hosted the G7 summit in Biarritz in August 2019.', '2021-06-10'],
      ['Trump and Macron had lunch in Biarritz on Saturday before the G7 summit opened.', '2019-08-25'],
      ['Ministers met in Biarritz on Friday ahead of the G7 summit.', '2019-08-24'],
    ] as const)
      expect(red(s, d), s).toEqual([]);
  });
});

describe("the General Assembly's Ukraine resolutions by the day of the vote (pa055)", () => {
  it('confirmed on the day on record, relative days resolved', () => {
    const pa055 =
      'The UN General Assembly on February 24 supported a resolution initiated by Ukraine and European countries. Among the 18 countries that opposed it were the United States and Russia.';
    expect(supportedQuotes(pa055, '2025-02-25')).toContain('General Assembly on February 24');
    expect(
      supportedQuotes(
        'On Wednesday, the UN General Assembly adopted a resolution demanding that Russia withdraw from Ukraine.',
        '2022-03-03',
      ),
    ).toContain('Wednesday, the UN General Assembly');
    expect(
      supportedQuotes(
        'The General Assembly voted 143-5 on Wednesday to condemn Russia’s annexation of four regions of Ukraine in a resolution.',
        '2022-10-13',
      ),
    ).toHaveLength(1);
  });
  it('look-alikes: the wrong day, a vote to come, a debate, another resolution: never red, not confirmed', () => {
    for (const [s, d] of [
      ['The UN General Assembly on February 24 approved a resolution calling for Russia to leave Ukraine.', '2023-02-25'],
      ['The UN General Assembly will vote on February 24 on a resolution drafted by Ukraine.', '2025-02-20'],
      ['The General Assembly on Monday debated a resolution on Ukraine; it was adopted on 2 March 2022.', '2022-03-01'],
      ['The UN General Assembly on Friday adopted a resolution on Gaza.', '2023-10-27'],
    ] as const) {
      expect(red(s, d), s).toEqual([]);
      expect(
        supportedQuotes(s, d).filter((q) => q.includes('General Assembly')),
        s,
      ).toEqual([]);
    }
  });
});
