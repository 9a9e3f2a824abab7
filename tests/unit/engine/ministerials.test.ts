// NATO ministerial meetings and summits referred to relative to the article's date
// (claims/ministerials.ts), on sentences from real articles. Where a test needs an error the
// article did not make, the real sentence is used with one date or place changed, and says so.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, eventsOn, isRed } from './helpers';

describe('ministerial meetings with a written date', () => {
  it('"the NATO Foreign Ministers Meeting in Brussels on 3 December 2025" (German Federal Foreign Office)', () => {
    const text = 'Foreign Minister Wadephul is attending the NATO Foreign Ministers Meeting in Brussels on 3 December 2025.';
    const found = eventsOn(text, 'NATO Foreign Ministers Meeting', '2025-12-02');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-foreign-ministers-2025-12-03']);
  });

  it('"3–4 April 2025, the NATO Meeting of NATO Foreign Ministers held in Brussels" and the range written after the place', () => {
    const text = 'The meeting of NATO Foreign Ministers, Brussels, 3-4 April 2025, was a two-day diplomatic gathering.';
    expect(eventVerdictsOn(text, 'meeting of NATO Foreign Ministers', '2025-12-03')).toEqual(['supported']);
  });

  it('defence ministers, by date and place; the same sentence with Prague for Brussels is contradicted', () => {
    const text = "The first NATO Defence Ministers' meeting of the year took place in Brussels on 13 February 2025.";
    const found = eventsOn(text, "NATO Defence Ministers' meeting", '2025-02-14');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-defence-ministers-2025-02-13']);
    // Who (NATO defence ministers) and when (a written-out day) identify it; the place is wrong.
    const wrong = text.replace('Brussels', 'Prague');
    expect(eventVerdictsOn(wrong, 'Prague', '2025-02-14')).toEqual(['contradicted']);
    // Not when the article's date is only a guess.
    expect(isRed(eventVerdictsOn(wrong, 'Prague', '2025-02-14', false))).toBe(false);
  });

  it('"Meeting in Brussels on Thursday 5 June, NATO Defence Ministers agreed ..." (commonspace.eu)', () => {
    const text =
      'Meeting in Brussels on Thursday 5 June, NATO Defence Ministers agreed an ambitious new set of capability targets to build a stronger, fairer, more lethal Alliance.';
    expect(eventVerdictsOn(text, 'NATO Defence Ministers agreed', '2025-06-06')).toContain('supported');
  });

  it('"a meeting of Nato foreign ministers in Brussels on Wednesday", the weekday resolved against the article date', () => {
    const text = 'Montenegro was invited to join the alliance at a meeting of Nato foreign ministers in Brussels on Wednesday.';
    expect(eventVerdictsOn(text, 'meeting of Nato foreign ministers', '2015-12-02')).toEqual(['supported']);
    // A weekday is never a written-out date: the wrong week is not a red flag.
    expect(isRed(eventVerdictsOn(text, 'meeting of Nato foreign ministers', '2015-12-09'))).toBe(false);
  });

  it('"Blinken wrapped up a full day of diplomacy at the NATO Foreign Ministers Meeting in Brussels on Tuesday" (NY1)', () => {
    const text =
      'Secretary of State Antony Blinken wrapped up a full day of diplomacy at the NATO Foreign Ministers Meeting in Brussels on Tuesday — the first leg of an international trip.';
    expect(eventVerdictsOn(text, 'NATO Foreign Ministers Meeting', '2023-11-28')).toContain('supported');
  });

  it('"will travel to Brussels, Belgium November 27-29, 2023 to attend the NATO Foreign Ministers Meeting" (Gulf Observer)', () => {
    const text =
      'U.S. State Secretary Antony J. Blinken will travel to Brussels, Belgium November 27-29, 2023 to attend the NATO Foreign Ministers Meeting, including the first foreign ministers meeting of the NATO-Ukraine Council.';
    expect(eventVerdictsOn(text, 'NATO Foreign Ministers Meeting', '2023-11-20')).toContain('supported');
  });

  it('"Foreign ministers from NATO member states will gather in Brussels on Thursday for a two-day meeting" (Aletihad)', () => {
    const text =
      'Foreign ministers from NATO member states will gather in Brussels on Thursday for a two-day meeting expected to focus on sustaining military aid for Ukraine.';
    const found = eventsOn(text, 'Foreign ministers from NATO member states will gather', '2025-04-02');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-foreign-ministers-2025-04-03']);
  });

  it('"their ministerial conference on 1-2 December 2020", a ministerial of no stated kind', () => {
    const text =
      'NATO allies pledged to keep troops in Afghanistan. The foreign ministers discussed the report at their ministerial conference on 1-2 December 2020.';
    expect(eventVerdictsOn(text, 'ministerial conference', '2020-12-05')).toEqual(['supported']);
  });

  it('a written-out day a day or two off the one meeting of that kind is contradicted; further off, not', () => {
    const text = 'The NATO Foreign Ministers Meeting in Brussels on 5 December 2025 showed unity on Ukraine.';
    const found = eventsOn(text, '5 December 2025', '2025-12-06');
    expect(found.map((a) => a.verdict)).toEqual(['contradicted']);
    expect(found[0].message).toMatch(/December 3, 2025/);
    // Two weeks off: another meeting (an extraordinary one, a videoconference) may be meant.
    expect(isRed(eventVerdictsOn(text.replace('5 December', '17 December'), '17 December 2025', '2025-12-18'))).toBe(false);
    // "Defence ministers met" the day before the meeting: the Ukraine Defense Contact Group met
    // there then; "met" is not the meeting's name, so the day is not judged.
    const udcg = 'NATO defence ministers met in Brussels on 12 February 2025 to discuss aid to Ukraine.';
    expect(isRed(eventVerdictsOn(udcg, 'met in Brussels', '2025-02-14'))).toBe(false);
    // Nor a day said of something else in the sentence.
    const said = 'At the NATO Foreign Ministers Meeting in Brussels, Landau said on 5 December 2025 that talks would go on.';
    expect(isRed(eventVerdictsOn(said, '5 December 2025', '2025-12-06'))).toBe(false);
    const before = 'On 1 December 2025, two days before the NATO Foreign Ministers Meeting in Brussels, Rutte spoke to the press.';
    expect(isRed(eventVerdictsOn(before, '1 December 2025', '2025-12-02'))).toBe(false);
    // Nor is the evening before a meeting, named as the meeting: its working dinner is then.
    const eve = 'The meeting of NATO Defence Ministers in Brussels on 11 February 2026 opened with a working dinner.';
    expect(isRed(eventVerdictsOn(eve, 'meeting of NATO Defence Ministers', '2026-02-13'))).toBe(false);
    expect(eventVerdictsOn(eve.replace('11 February', '14 February'), '14 February 2026', '2026-02-15')).toEqual(['contradicted']);
  });

  it('"EU foreign ministers" are not NATO\'s', () => {
    const text = 'EU foreign ministers met in Brussels on 3 December 2025, the same day as NATO allies.';
    const found = eventsOn(text, 'EU foreign ministers met', '2025-12-04');
    expect(found.map((a) => a.factIds[0])).not.toContain('nato-foreign-ministers-2025-12-03');
  });
});

describe('summits and ministerials referred to relatively', () => {
  it('"the summit in the Lithuanian capital next Tuesday and Wednesday" (Reuters, Friday 7 July 2023)', () => {
    const text =
      'NATO leaders gather in Vilnius next week aiming to overcome divisions on Ukraine’s push for a path to membership. With the war in Ukraine still casting a dark shadow over Europe, the summit in the Lithuanian capital next Tuesday and Wednesday will be guarded by Patriot missile batteries from Germany.';
    expect(eventVerdictsOn(text, 'the summit in the Lithuanian capital', '2023-07-07')).toContain('supported');
  });

  it('"will gather in Vilnius, Lithuania, for a two-day summit starting Tuesday" (Stars and Stripes, 9 July 2023)', () => {
    const text =
      'Leaders of the 31 countries that comprise the North Atlantic Treaty Organization will gather in Vilnius, Lithuania, for a two-day summit starting Tuesday, as Russia’s war in Ukraine nears its 18-month mark.';
    expect(eventVerdictsOn(text, 'two-day summit starting Tuesday', '2023-07-09')).toContain('supported');
  });

  it('"next week\'s NATO summit in Washington": supported; the one summit of that window put elsewhere is contradicted', () => {
    const text = 'Allied leaders will gather at next week’s NATO summit in Washington to mark the alliance’s 75th anniversary.';
    expect(eventVerdictsOn(text, 'NATO summit in Washington', '2024-07-02')).toEqual(['supported']);
    // Written on a Wednesday: "next week" is the week of 8 July whichever day within two it was.
    const wrong = text.replace('Washington', 'Vilnius');
    expect(eventVerdictsOn(wrong, 'NATO summit in Vilnius', '2024-07-03')).toEqual(['contradicted']);
    // Written on a Tuesday, a date two days early would make "next week" the week of 1 July: not red.
    expect(isRed(eventVerdictsOn(wrong, 'NATO summit in Vilnius', '2024-07-02'))).toBe(false);
    // No summit in that window (the article's date is a year off): nothing is said.
    expect(isRed(eventVerdictsOn(wrong, 'NATO summit in Vilnius', '2025-07-02'))).toBe(false);
  });

  it('a wrong place with a loose window ("upcoming", a year) or a date near the window\'s edge is never red', () => {
    // 1 March 2022: the extraordinary Brussels summit of 24 March fell in the window, and was not yet called.
    const upcoming = 'Leaders are preparing for the upcoming NATO summit in Madrid, where a new Strategic Concept is due.';
    expect(isRed(eventVerdictsOn(upcoming, 'NATO summit in Madrid', '2022-03-01'))).toBe(false);
    // Written at the end of 2023 and dated 2 January 2024: "this year" may still mean 2023.
    const thisYear = 'Allies agreed at the NATO summit in Vilnius this year to drop the Membership Action Plan for Ukraine.';
    expect(isRed(eventVerdictsOn(thisYear, 'NATO summit in Vilnius', '2024-01-02'))).toBe(false);
  });

  it('"the NATO Leaders Meeting in London next month"', () => {
    const text = 'Trump is expected to attend the NATO Leaders Meeting in London next month, marking the alliance’s 70th anniversary.';
    const found = eventsOn(text, 'NATO Leaders Meeting in London next month', '2019-11-05');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-leaders-meeting-2019-london']);
  });

  it('"last month\'s summit in Vilnius", and a relative window read loosely at its edges', () => {
    const text = 'Allies agreed at last month’s NATO summit in Vilnius to drop the Membership Action Plan requirement for Ukraine.';
    expect(eventVerdictsOn(text, 'summit in Vilnius', '2023-08-10')).toContain('supported');
    // An article dated 1 August whose date is a day late still means July's summit.
    expect(eventVerdictsOn(text, 'summit in Vilnius', '2023-08-01')).toContain('supported');
  });

  it('"a foreign ministers\' meeting this week in Brussels" (Arab News, Tuesday 5 April 2022)', () => {
    const text =
      'America and its NATO allies will hold a foreign ministers’ meeting this week in Brussels to discuss the war in Ukraine, Julianne Smith, the US permanent representative to the alliance, told a briefing.';
    const found = eventsOn(text, 'foreign ministers’ meeting this week', '2022-04-05');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-foreign-ministers-2022-04-06']);
  });

  it('"this week\'s Foreign Ministerial" on a NATO page; never red for a relative date that misses', () => {
    const text = 'Rubio will skip this week’s Foreign Ministerial at NATO headquarters in Brussels, sending Christopher Landau.';
    expect(eventVerdictsOn(text, 'Foreign Ministerial', '2025-12-01')).toContain('supported');
    expect(isRed(eventVerdictsOn(text, 'Foreign Ministerial', '2025-12-15'))).toBe(false);
  });

  it('"The 2026 NATO summit will be held in the Turkish capital Ankara on July 7-8": the year before the phrase dates it', () => {
    const text = 'The 2026 NATO summit will be held in the Turkish capital Ankara on July 7-8, the alliance announced.';
    const found = eventsOn(text, 'NATO summit', '2025-08-20');
    expect(found.map((a) => a.factIds[0])).toContain('nato-summit-2026-ankara');
    // The day after NATO announced it (19 August 2025), the announcement is what is confirmed; the
    // summit itself is not yet on record as held.
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].message).toContain('As announced on August 19, 2025');
  });

  it('"The gathering will run from July 9-11", in a piece about the summit', () => {
    const text =
      'NATO leaders head to Washington this week for the alliance’s 75th anniversary summit. The gathering will run from July 9-11.';
    const found = eventsOn(text, 'The gathering will run from July 9-11', '2024-07-07');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2024-washington']);
    // A wrong day for an anaphor is not flagged: which meeting is meant rests on the page.
    expect(isRed(eventVerdictsOn(text.replace('July 9-11', 'July 19-21'), 'The gathering', '2024-07-07'))).toBe(false);
  });

  it('leaders and Allies meeting on a day, and "a major NATO meeting ... later this month" (dev set: r091, r033, r102)', () => {
    const monday = 'Mr Stoltenberg said that Nato leaders are meeting on Monday “at a pivotal moment for our alliance”.';
    expect(eventVerdictsOn(monday, 'Nato leaders are meeting on Monday', '2021-06-14')).toEqual(['supported']);
    const allies =
      'Secretary General Jens Stoltenberg arrived in Vilnius and discussed final preparations for the NATO Summit. The Secretary General said that when Allies meet on Tuesday and Wednesday, they will take further major steps to strengthen deterrence and defence.';
    expect(eventVerdictsOn(allies, 'Allies meet on Tuesday and Wednesday', '2023-07-10')).toEqual(['supported']);
    const later =
      "Today's announcement comes just ahead of a major NATO meeting in the Netherlands set for later this month, where allied nations are expected to adopt a plan to hike the NATO member spending target to 5 per cent of national GDP.";
    const found = eventsOn(later, 'a major NATO meeting in the Netherlands set for later this month', '2025-06-09');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2025-the-hague']);
    // "A NATO meeting" does not say which kind: a wrong place for it is never red.
    expect(isRed(eventVerdictsOn(later.replace('the Netherlands', 'Vilnius'), 'NATO meeting in Vilnius', '2025-06-11'))).toBe(false);
  });

  it('"next month\'s G7 summit" is not NATO\'s', () => {
    const text = 'NATO allies will also discuss Ukraine at next month’s G7 summit in Italy.';
    expect(eventsOn(text, 'G7 summit', '2024-05-15').map((a) => a.factIds[0] ?? '')).not.toContain('nato-summit-2024-washington');
  });
});
