// Meetings, summits and the war told in real articles (held-out 6, read in the eighth round). Each
// family is tested on the article's sentence, on sentences of the same kind from other pages (URLs
// in comments), with the fact changed (flagged where the claim is identified beyond doubt), and on
// true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, eventVerdictsOn, eventsOn, isRed } from './helpers';

const verdicts = (text: string, asOf: string) => analyze(text, asOf).map((a) => a.verdict);

describe("NATO's next summit and the host of a summit to come", () => {
  // news.liga.net, 30 June 2025 (held-out 6, k059).
  const liga =
    "Turkish President Recep Tayyip Erdoğan announced that the next NATO summit will take place in the country's capital, Ankara. The politician's words, following a government meeting, were reported by Hürriyet Daily News.\nErdogan said that the event will take place in July 2026.\nThe final declaration of the meeting in The Hague stated that the next summit would take place in Turkey, but the document did not specify which city would host the event.\nAfter Turkey, Albania will host the summit in 2027.";

  it('the next summit in the capital, told by whoever announced it, its month two sentences on, and its host country', () => {
    const ids = (quote: string) => eventsOn(liga, quote, '2025-06-30').map((a) => `${a.verdict} ${a.factIds[0]}`);
    expect(ids("the next NATO summit will take place in the country's capital, Ankara")).toEqual(['supported nato-summit-2026-ankara']);
    expect(ids('the event will take place in July 2026')).toEqual(['supported nato-summit-2026-ankara']);
    expect(ids('the next summit would take place in Turkey')).toEqual(['supported nato-summit-2026-ankara']);
    expect(ids('Albania will host the summit in 2027')).toEqual(['supported nato-summit-2027-albania']);
  });

  it('other pages: "is to take place in Vilnius", "the next Washington summit", "the upcoming Vilnius summit"', () => {
    // https://news.err.ee/1608784087/vilnius-to-host-2023-nato-summit (10 November 2022)
    const err =
      "The next NATO summit is to take place in Vilnius, Lithuania, in July next year, that country's public broadcaster, LRT, reports.";
    expect(eventVerdictsOn(err, 'The next NATO summit is to take place in Vilnius', '2022-11-10')).toEqual(['supported']);
    // Italian defence ministry, 16 February 2024 (held-out 6, k033).
    const crosetto =
      'Italy has expressed its desire for this interest to find a formal commitment during the next Washington summit with the establishment of a body that will deal with the problems of the Southern Front, Crosetto told NATO ministers.';
    expect(eventsOn(crosetto, 'the next Washington summit', '2024-02-16').map((a) => a.factIds[0])).toEqual([
      'nato-summit-2024-washington',
    ]);
    expect(
      eventVerdictsOn('NATO ministers met. The upcoming Vilnius summit will be important.', 'upcoming Vilnius summit', '2022-07-01'),
    ).toEqual(['supported']);
  });

  it('a place that hosts none of the summits to come is contradicted, and not an earlier summit held there', () => {
    const found = eventsOn('NATO said so. The next NATO summit will take place in Istanbul.', 'Istanbul', '2025-09-01');
    expect(found.map((a) => `${a.verdict} ${a.factIds[0]}`)).toEqual(['contradicted nato-summit-2026-ankara']);
    expect(eventVerdictsOn('NATO said so. The next NATO summit is to take place in Riga, Latvia.', 'Riga', '2022-11-10')).toEqual([
      'contradicted',
    ]);
  });

  it('not flagged: a later summit, a narrated past, a host named with another year, another club, a place not yet public', () => {
    // Written in Madrid's week: Vilnius hosts the one after.
    expect(isRed(verdicts("NATO's next summit will take place in Vilnius, Nauseda said.", '2022-06-27'))).toBe(false);
    // Reported speech of a past time.
    expect(isRed(verdicts('In 2017, NATO said the next summit would take place in Brussels.', '2025-09-01'))).toBe(false);
    // A host may be named before its year is fixed (Albania, named at The Hague with no year).
    expect(isRed(verdicts('NATO said so. After Turkey, Albania will host the summit in 2028.', '2025-09-01'))).toBe(false);
    expect(isRed(verdicts('NATO met. The next EU summit will take place in Brussels.', '2025-09-01'))).toBe(false);
    // Before Erdoğan named Ankara (30 June 2025) the next summit's city was not public.
    expect(isRed(verdicts('NATO said so. The next NATO summit will take place in Istanbul.', '2025-06-26'))).toBe(false);
  });
});
