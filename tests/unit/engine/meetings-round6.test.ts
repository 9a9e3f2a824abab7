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

describe('NATO leaders who "have not met face to face since" a year', () => {
  const page = (sentence: string) =>
    `The President of the United States, Joe Biden, is in Brussels today to attend a NATO summit.\n\n${sentence}`;

  it('"NATO members have not met face to face since 2018" (June 2021) is contradicted: they met in London in December 2019', () => {
    // kosovonow.com, 14 June 2021 (held-out 4, n066).
    const text = page('NATO members have not met face to face since 2018, due to the coronavirus pandemic.');
    const found = eventsOn(text, 'NATO members have not met face to face since 2018', '2021-06-14');
    expect(found.map((a) => a.verdict)).toEqual(['contradicted']);
    expect(found[0].factIds).toEqual(['nato-leaders-meeting-2019-london']);
  });

  it('"NATO leaders have not met in person since 2019" (June 2021) is supported', () => {
    const text = page('NATO leaders have not met in person since 2019, due to the coronavirus pandemic.');
    expect(eventsOn(text, 'NATO leaders have not met in person since 2019', '2021-06-14').map((a) => a.verdict)).toEqual(['supported']);
  });

  it('a summit held days before the article, or a past perfect, or ministers, are not counted', () => {
    const after = page('NATO leaders have not met in person since 2019, until Monday.');
    expect(isRed(analyze(after, '2021-06-16').map((a) => a.verdict))).toBe(false);
    const had = page('NATO members had not met face to face since 2018 when the pandemic struck.');
    expect(isRed(analyze(had, '2021-06-14').map((a) => a.verdict))).toBe(false);
    // https://www.news4jax.com/news/world/2021/03/23/nato-prepares-virus-free-zone-for-summit-biden-invited/
    const ministers =
      'U.S. Secretary of State Antony Blinken and his NATO counterparts are meeting Tuesday in person at the 30-country organization’s headquarters to prepare the summit of national leaders, including President Joe Biden. It’s the first face-to-face meeting of foreign ministers at NATO since 2019.';
    expect(isRed(analyze(ministers, '2021-03-23').map((a) => a.verdict))).toBe(false);
  });
});

describe('a NATO ministerial told as a summit', () => {
  it('"welcomed as the 31st member of the NATO Alliance during a two-day summit held on April 04, 2023" is contradicted', () => {
    // shrinetwork.com, April 2023 (held-out 4, n070): Finland joined at the foreign ministers' meeting of 4-5 April 2023.
    const text =
      'Finland has been officially welcomed as the 31st member of the NATO Alliance during a two-day summit held on April 04, 2023. Leaders suggested joining NATO after Moscow’s invasion of Ukraine triggered them.';
    const found = eventsOn(text, 'two-day summit held on April 04, 2023', '2023-04-05');
    expect(found.map((a) => a.verdict)).toEqual(['contradicted']);
    expect(found[0].factIds).toEqual(['nato-foreign-ministers-2023-04-04']);
    expect(found[0].message).toContain('Vilnius');
  });

  it('the same day told as a ministers’ meeting or a ceremony, and a summit on its own days, are not flagged', () => {
    const ministers =
      'Finland has been officially welcomed as the 31st member of the NATO Alliance during a meeting of foreign ministers held on April 04, 2023.';
    expect(eventsOn(ministers, 'meeting of foreign ministers', '2023-04-05').map((a) => a.verdict)).toEqual(['supported']);
    // https://www.incredives.com/news/finland-formally-joins-nato-at-april-4th%2C-2023
    const ceremony =
      "On 4th April, 2023, Finland's flag was raised alongside those of the 30 other nations in the alliance during a ceremony at NATO headquarters in Brussels.";
    expect(isRed(analyze(ceremony, '2023-04-09').map((a) => a.verdict))).toBe(false);
    const vilnius = 'Finland attended its first NATO summit as a member in Vilnius, a two-day summit held on July 11, 2023.';
    expect(isRed(analyze(vilnius, '2023-07-13').map((a) => a.verdict))).toBe(false);
  });

  it("someone else's summit on a ministerial's day, said with NATO in the sentence, is not flagged", () => {
    const text = 'NATO Secretary General Jens Stoltenberg attended the European Political Community summit held on June 1, 2023.';
    expect(isRed(analyze(text, '2023-06-02').map((a) => a.verdict))).toBe(false);
    // The foreign ministers met in Oslo that day; the summit in Moldova was the European Political Community's.
    const moldova = 'NATO Secretary General Jens Stoltenberg attended a summit in Moldova on June 1, 2023.';
    expect(isRed(analyze(moldova, '2023-06-02').map((a) => a.verdict))).toBe(false);
    const member = 'Ukraine was not invited to become a NATO member at a summit near Chisinau on June 1, 2023.';
    expect(isRed(analyze(member, '2023-06-02').map((a) => a.verdict))).toBe(false);
  });
});
