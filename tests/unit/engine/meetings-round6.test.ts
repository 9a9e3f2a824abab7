// Meetings, summits and the war's anchors told in real articles (held-out 4, read in the sixth
// round). Each test quotes the article's sentence (and another real page's sentence of the same
// form); negatives are true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, eventsOn, isRed } from './helpers';

describe('a weekday that does not match the date written with it', () => {
  it('"two-day peace talks beginning Tuesday, February 16, 2026" is contradicted (16 February 2026 was a Monday)', () => {
    // newsrally.com, 16 February 2026 (held-out 4, n050): the Geneva round began on Tuesday 17 February.
    const text =
      "Ukrainian and Russian officials are traveling to Geneva for two-day peace talks beginning Tuesday, February 16, 2026, nearly four years after Russia's February 2022 full-scale invasion.";
    const found = eventsOn(text, 'Tuesday, February 16, 2026', '2026-02-16');
    expect(found.map((a) => a.verdict)).toEqual(['contradicted']);
    expect(found[0].message).toContain('Monday');
  });

  it('the weekday before a day-month date: "on Tuesday, 12 July 2023" (a Wednesday) is contradicted, though the day fits the summit', () => {
    const text = 'NATO leaders will meet in Vilnius on Tuesday, 12 July 2023 for the second day of the summit.';
    expect(eventsOn(text, 'Tuesday, 12 July 2023', '2023-07-10').map((a) => a.verdict)).toEqual(['contradicted']);
  });

  it('true weekdays written with their dates are not flagged', () => {
    // https://www.news4jax.com/news/world/2023/07/11/live-updates-lithuania-and-allies-beef-up-security-for-nato-summit/
    const vilnius =
      'NATO heads of state and government pose during a group photo at a NATO summit in Vilnius, Lithuania, Tuesday, July 11, 2023.';
    expect(isRed(analyze(vilnius, '2023-07-11').map((a) => a.verdict))).toBe(false);
    // https://www.fortune.com/2026/02/12/pete-hegseth-snubs-nato-europe-insists-its-fine
    const brussels =
      'NATO Secretary General Mark Rutte, second left, introduces United States Undersecretary of Defense for Policy Elbridge Colby, center, to military staff during a meeting of the North Atlantic Council in Defense Ministers Session at NATO headquarters in Brussels, Thursday, Feb. 12, 2026.';
    expect(isRed(analyze(brussels, '2026-02-12').map((a) => a.verdict))).toBe(false);
    // https://www.public-sector.co.uk/article/00c4d0317138c34358096e7fa866e55c
    const london =
      'Defence Secretary Ben Wallace addressed parliamentarians from across the NATO Alliance at the NATO Parliamentary Assembly on Monday 14 October 2019.';
    expect(isRed(analyze(london, '2019-10-14').map((a) => a.verdict))).toBe(false);
  });

  it('a weekday and a date that may be two days are not read together', () => {
    // "Tuesday's talks ... on Feb. 17": no year, and the weekday is not against the date.
    const text = "Tuesday's talks in Geneva, which Witkoff said began on February 16, ran late into the night.";
    expect(isRed(analyze(text, '2026-02-18').map((a) => a.verdict))).toBe(false);
  });
});
