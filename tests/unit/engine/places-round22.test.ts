// Summit places, twenty-second round (area G): the mutation probe's wrong confirmations of a summit's place. A city told
// as a country's capital that is not ("the Turkish capital The Hague", "Poland's capital Vilnius", "the capital of
// Turkey, Washington"), a city that names the summit ("their Helsinki summit on Friday" of the Alaska summit, "the The
// Hague Summit" of Madrid) and a heading's city after a dash ("NATO Summit 2025 – Brussels (24–25 June 2025)").
import { describe, expect, it } from 'vitest';
import { analyze, redFlags as red, confirmedEventIds as confirmedIds } from './helpers';

const redIds = (text: string, asOf: string) => red(text, asOf).flatMap((a) => a.factIds);
const toldIds = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'event' && a.verdict === 'context')
    .flatMap((a) => a.factIds);

describe('a city told as the capital of the summit’s country that is not (place-capital.ts)', () => {
  it('"at the summit in Poland’s capital Vilnius" (July 2016) is contradicted: Warsaw', () => {
    const s = 'The plan was agreed July 8 at the summit in Poland’s capital Vilnius.';
    const flags = red(s, '2016-07-08');
    expect(flags.map((a) => a.factIds)).toEqual([['nato-summit-2016-warsaw']]);
    expect(flags[0].quote).toBe('Poland’s capital Vilnius');
    expect(flags[0].message).toContain('Warsaw, not Vilnius, is Poland’s capital');
    expect(confirmedIds(s, '2016-07-08')).toEqual([]);
    expect(redIds('NATO leaders met in the Polish capital Vilnius on July 8-9, 2016.', '2016-08-01')).toEqual(['nato-summit-2016-warsaw']);
    expect(redIds('NATO leaders gathered in the Lithuanian capital Riga on July 11-12, 2023.', '2023-07-20')).toEqual([
      'nato-summit-2023-vilnius',
    ]);
  });
  it('the Ankara summit, a weak record: "the Turkish capital The Hague", "the capital of Turkey, Washington" are told, not confirmed', () => {
    const a = 'The 2026 NATO summit will be held in the Turkish capital The Hague on July 7-8.';
    expect(confirmedIds(a, '2025-08-19')).toEqual([]);
    expect(toldIds(a, '2025-08-19')).toEqual(['nato-summit-2026-ankara']);
    expect(red(a, '2025-08-19')).toEqual([]);
    const b = 'NATO will hold its 2026 summit at the Beştepe presidential residence in the Turkish capital Bucharest on July 7-8.';
    expect(confirmedIds(b, '2025-08-20')).toEqual([]);
    const c =
      'The next summit of the North Atlantic Alliance will take place in July 2026 in the capital of Turkey, Washington.  This was announced on June 30 by Turkish President Recep Tayyip Erdoğan following a government meeting.';
    expect(confirmedIds(c, '2025-06-30')).toEqual([]);
    expect(toldIds(c, '2025-06-30')).toEqual(['nato-summit-2026-ankara']);
  });
  it('look-alikes: the right capital, with or without commas, is confirmed and never flagged', () => {
    const right: Array<[string, string, string]> = [
      ['The plan was agreed July 8 at the summit in Poland’s capital Warsaw.', '2016-07-08', 'nato-summit-2016-warsaw'],
      ['NATO leaders met in the Polish capital, Warsaw, on July 8-9, 2016.', '2016-08-01', 'nato-summit-2016-warsaw'],
      ['NATO leaders gathered in the capital of Lithuania, Vilnius, on July 11-12, 2023.', '2023-07-20', 'nato-summit-2023-vilnius'],
      [
        "NATO leaders gathered in Lithuania's capital Vilnius on July 11-12, 2023, before flying to Riga.",
        '2023-07-20',
        'nato-summit-2023-vilnius',
      ],
      ['The 2026 NATO summit will be held in the Turkish capital Ankara on July 7-8.', '2025-08-19', 'nato-summit-2026-ankara'],
      ['The 2026 NATO summit will be held in the Turkish capital, Ankara, on July 7-8.', '2025-08-19', 'nato-summit-2026-ankara'],
    ];
    for (const [s, asOf, id] of right) {
      expect(red(s, asOf)).toEqual([]);
      expect(confirmedIds(s, asOf)).toContain(id);
    }
  });
  it('look-alikes: a largest or former capital, a capital set against the city, a clause after the capital: no red flag', () => {
    const quiet: Array<[string, string]> = [
      ['NATO leaders met on June 28-29, 2004, in Turkey’s largest city Istanbul.', '2004-07-01'],
      ['NATO leaders met on June 28-29, 2004, in the former Turkish capital Istanbul.', '2004-07-01'],
      ['NATO leaders met on June 28-29, 2004, in Istanbul, not in the Turkish capital Ankara.', '2004-07-01'],
      ['After talks in the Turkish capital, Washington said the 2026 NATO summit would be held on July 7-8.', '2025-08-19'],
      ['The 2026 NATO summit will be held on July 7-8 in the Turkish capital Ankara and not in Istanbul.', '2025-08-19'],
      ['Trump met Putin on Friday in the Alaskan city of Anchorage, far from the Russian capital Moscow.', '2025-08-18'],
      ['Leaders flew on July 10, 2023 from the Polish capital Warsaw to Vilnius for the summit.', '2023-07-10'],
      ['The Istanbul summit of June 28-29, 2004 was the first held in Turkey, whose capital is Ankara.', '2004-07-01'],
    ];
    for (const [s, asOf] of quiet) expect(red(s, asOf)).toEqual([]);
    // another summit in the city named stays confirmed
    expect(confirmedIds('NATO leaders met on June 28-29, 2004, in Turkey’s largest city Istanbul.', '2004-07-01')).toEqual([
      'nato-summit-2004-istanbul',
    ]);
  });
});

describe('a city that names the summit, inside the claim (event-place-clash.ts)', () => {
  it('"their Helsinki summit on Friday" is not the Alaska summit; "their Alaska summit on Friday" is', () => {
    expect(confirmedIds('Trump and Putin met ahead of the start of their Helsinki summit on Friday.', '2025-08-15')).toEqual([]);
    expect(confirmedIds('Trump and Putin met ahead of the start of their Alaska summit on Friday.', '2025-08-15')).toEqual([
      'alaska-summit-2025-08-15',
    ]);
    // the other summit recalled beside the claim leaves it confirmed
    expect(confirmedIds('Trump and Putin met in Alaska on Friday, seven years after their Helsinki summit.', '2025-08-15')).toEqual([
      'alaska-summit-2025-08-15',
    ]);
  });
  it('"Last week at the The Hague Summit" (July 2022) is not the Madrid summit; "the Madrid Summit" is', () => {
    const s = 'Last week at the The Hague Summit, Allied leaders agreed to invite Finland and Sweden to join NATO.';
    expect(confirmedIds(s, '2022-07-05')).toEqual([]);
    expect(red(s, '2022-07-05')).toEqual([]);
    expect(confirmedIds(s.replace('The Hague', 'Madrid'), '2022-07-05')).toEqual(['nato-summit-2022-madrid']);
  });
  it('"NATO Summit 2025 – Brussels (24–25 June 2025)" is not The Hague summit; "– The Hague (...)" is', () => {
    expect(confirmedIds('NATO Summit 2025 – Brussels (24–25 June 2025)', '2025-06-26')).toEqual([]);
    expect(red('NATO Summit 2025 – Brussels (24–25 June 2025)', '2025-06-26')).toEqual([]);
    expect(confirmedIds('NATO Summit 2025 – The Hague (24–25 June 2025)', '2025-06-26')).toEqual(['nato-summit-2025-the-hague']);
  });
});

describe('the venue told as another city’s (event-place-clash.ts)', () => {
  it('"at Washington’s Beştepe Presidential Complex for the alliance’s summit on July 7-8, 2026" is not confirmed', () => {
    const s = 'Leaders are set to gather at Washington’s Beştepe Presidential Complex for the alliance’s summit on July 7-8, 2026.';
    expect(confirmedIds(s, '2026-07-01')).toEqual([]);
    expect(red(s, '2026-07-01')).toEqual([]);
    // the venue's own city or country
    expect(confirmedIds(s.replace('Washington', 'Ankara'), '2026-07-01')).toEqual(['nato-summit-2026-ankara']);
    expect(confirmedIds(s.replace('Washington', 'Turkey'), '2026-07-01')).toEqual(['nato-summit-2026-ankara']);
  });
});

describe('a city naming the summit outranks a country that agrees only as a title’s (event-place-clash.ts)', () => {
  it('"United States President Donald Trump and Russia’s Vladimir Putin shook hands at the start of their Helsinki summit on Friday"', () => {
    const s =
      'United States President Donald Trump and Russia’s Vladimir Putin shook hands warmly at the start of their Helsinki summit on Friday before heading into hours of discussions.';
    expect(confirmedIds(s, '2025-08-15')).toEqual([]);
    expect(red(s, '2025-08-15')).toEqual([]);
    expect(confirmedIds(s.replace('Helsinki', 'Alaska'), '2025-08-15')).toEqual(['alaska-summit-2025-08-15']);
    expect(confirmedIds(s.replace('their Helsinki summit', 'their summit'), '2025-08-15')).toEqual(['alaska-summit-2025-08-15']);
  });
});
