// Titles and offices, twenty-sixth round: the words that stand between a title and its name (a rank of any service, a
// service and its country, a fact sheet's colon, a page's bold), a country's "minister" with no portfolio, and loose
// words for Ukraine's Commander-in-Chief. Sentences are made up or short quotes; each red-flag form has true look-alikes.
import { describe, expect, it } from 'vitest';
import { redQuotes as red, supportedQuotes as ok, verdictsOn } from './helpers';

describe('a rank between the title and the name (held-out 24 sa026, d22 da009)', () => {
  it('"Colonel General", "Col. Gen.", "General of the Army" and "Air Chief Marshal" confirm the holder of the day', () => {
    expect(ok("Ukraine's commander-in-chief, Colonel General Oleksandr Syrskyi, said the front held.", '2025-03-30')).toEqual([
      "Ukraine's commander-in-chief, Colonel General Oleksandr Syrskyi",
    ]);
    expect(ok('Commander-in-Chief Col. Gen. Oleksandr Syrskyi visited the brigade.', '2024-10-02')).toEqual([
      'Commander-in-Chief Col. Gen. Oleksandr Syrskyi',
    ]);
    expect(ok('The Chairman of the NATO Military Committee, Air Chief Marshal Stuart Peach, opened the meeting.', '2020-01-14')).toEqual([
      'Chairman of the NATO Military Committee, Air Chief Marshal Stuart Peach',
    ]);
  });
  it('a holder who had left is outdated; a former one is not flagged', () => {
    expect(red("Ukraine's commander-in-chief, Colonel General Valerii Zaluzhnyi, said the front held.", '2025-03-30')).toEqual([
      "Ukraine's commander-in-chief, Colonel General Valerii Zaluzhnyi",
    ]);
    expect(red("Ukraine's former commander-in-chief, Colonel General Valerii Zaluzhnyi, arrived in London.", '2025-03-30')).toEqual([]);
    expect(red('Chairman of the NATO Military Committee Air Chief Marshal Stuart Peach spoke.', '2020-06-01')).toEqual([]);
  });
  it('a service and its country with no comma (held-out 24 sa031)', () => {
    expect(ok('Supreme Allied Commander Europe U.S. Air Force Gen. Tod Wolters told the committee.', '2020-06-18')).toEqual([
      'Supreme Allied Commander Europe U.S. Air Force Gen. Tod Wolters',
    ]);
    expect(ok("NATO's top commander U.S. Army Gen. Christopher Cavoli said.", '2023-05-10')).toEqual([
      "NATO's top commander U.S. Army Gen. Christopher Cavoli",
    ]);
    // A loose word ("commander") and the name of a service: confirms, never flags.
    expect(red('Supreme Allied Commander Europe U.S. Air Force Gen. Tod Wolters told the committee.', '2023-06-18')).toEqual([]);
  });
});

describe("a fact sheet's colon and a page's bold (d22 da009, held-out 24 sa044)", () => {
  it('"Title : Name" confirms, and never flags a line kept from another time', () => {
    expect(ok('Secretary General : Jens Stoltenberg', '2019-02-07')).toEqual(['Secretary General : Jens Stoltenberg']);
    expect(ok('Prime Minister : Zoran Zaev', '2019-02-07')).toEqual(['Prime Minister : Zoran Zaev']);
    expect(red('Chairman of the NATO Military Committee : Air Chief Marshal Stuart Peach', '2025-02-07')).toEqual([]);
    expect(red('Secretary General : Jens Stoltenberg', '2025-02-07')).toEqual([]);
  });
  it('a name in bold after its title is read as the name', () => {
    expect(ok('Present were the Belgian Minister of Defence **Theo Francken** and others.', '2025-03-12')).toEqual([
      'Belgian Minister of Defence **Theo Francken',
    ]);
    expect(red('The Polish Minister of Defence, **Mariusz Błaszczak**, said.', '2024-06-01')).toEqual([
      'Polish Minister of Defence, **Mariusz Błaszczak',
    ]);
    expect(red('The former Polish Minister of Defence, **Mariusz Błaszczak**, said.', '2024-06-01')).toEqual([]);
  });
});

describe('a country\'s "minister" with no portfolio (held-out 24 sa023): confirm-only', () => {
  it('confirms a minister of that country in office that day', () => {
    expect(ok('It was a remark that Germany’s minister, Annalena Baerbock, took up.', '2023-12-13')).toEqual([
      'Germany’s minister, Annalena Baerbock',
    ]);
    expect(ok('The Polish minister Radosław Sikorski said the drones came from Belarus.', '2025-09-13')).toEqual([
      'Polish minister Radosław Sikorski',
    ]);
  });
  it('never flags: a minister who had left, another country, a former or deputy minister', () => {
    expect(verdictsOn('Germany’s minister, Annalena Baerbock, said.', 'Germany’s minister, Annalena Baerbock', '2025-09-13')).not.toContain(
      'outdated',
    );
    expect(red('Germany’s minister, Annalena Baerbock, said.', '2025-09-13')).toEqual([]);
    expect(red('Hungary’s minister, Annalena Baerbock, said.', '2023-09-13')).toEqual([]);
    expect(ok('Germany’s former minister, Annalena Baerbock, said.', '2023-09-13')).toEqual([]);
    expect(ok('Germany’s deputy minister, Annalena Baerbock, said.', '2023-09-13')).toEqual([]);
  });
});

describe("loose words for Ukraine's Commander-in-Chief: confirm-only", () => {
  it('"armed forces commander", "head of the armed forces"', () => {
    expect(ok("Ukraine's armed forces commander, Colonel General Oleksandr Syrskyi, said.", '2024-08-30')).toEqual([
      "Ukraine's armed forces commander, Colonel General Oleksandr Syrskyi",
    ]);
    expect(ok('Oleksandr Syrskyi, head of the Ukrainian armed forces, said.', '2025-05-02').length).toBe(1);
  });
  it('never flags the Chief of the General Staff or a holder before his time', () => {
    expect(red('Andriy Hnatov, head of the Ukrainian armed forces, said.', '2025-11-30')).toEqual([]);
    expect(red("Ukraine's armed forces commander, Colonel General Oleksandr Syrskyi, said.", '2023-08-30')).toEqual([]);
  });
});
