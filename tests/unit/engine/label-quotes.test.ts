// The labels-only held-out sets (13 on), scored quote by quote (corpus-score.ts, scoreLabelQuotes):
// their page texts stay out of the repository, but their 4,000-odd quotes are real text with real
// dates, so they are kept as a test that cannot be lost with a machine. No quote labelled true may
// get a red flag; the counts of flagged errors and confirmed true claims are floors that may only rise.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scoreLabelQuotes } from './corpus-score';

const real = join(import.meta.dirname, '..', '..', 'fixtures', 'real');

// Raise these when the engine does better; never lower them to make a change pass.
const FLOORS: Record<string, { problemHit: number; supportedHit: number }> = {
  // 223 -> 222 and 198 -> 197 (precision round 29): b024's and sa017's ministers' meetings were confirmed only through
  // the wrong record, a summit in the same city (Riga 2006; Brussels, March 2022); event.ts placeOnlyAtOdds.
  heldout13: { problemHit: 31, supportedHit: 237 },
  heldout14: { problemHit: 12, supportedHit: 201 },
  heldout15: { problemHit: 30, supportedHit: 273 },
  heldout16: { problemHit: 15, supportedHit: 206 },
  heldout17: { problemHit: 12, supportedHit: 188 },
  heldout18: { problemHit: 22, supportedHit: 162 },
  heldout19: { problemHit: 24, supportedHit: 231 },
  heldout20: { problemHit: 30, supportedHit: 208 },
  heldout21: { problemHit: 27, supportedHit: 226 },
  heldout22: { problemHit: 26, supportedHit: 240 },
  heldout23: { problemHit: 26, supportedHit: 242 },
  heldout24: { problemHit: 27, supportedHit: 204 },
  heldout25: { problemHit: 31, supportedHit: 170 },
  heldout26: { problemHit: 27, supportedHit: 238 },
  heldout27: { problemHit: 30, supportedHit: 497 },
  heldout28: { problemHit: 32, supportedHit: 495 },
  heldout29: { problemHit: 29, supportedHit: 388 },
  heldout30: { problemHit: 35, supportedHit: 405 },
  heldout31: { problemHit: 21, supportedHit: 383 },
  heldout32: { problemHit: 20, supportedHit: 381 },
  heldout33: { problemHit: 11, supportedHit: 291 },
  heldout34: { problemHit: 21, supportedHit: 271 },
  heldout35: { problemHit: 18, supportedHit: 240 },
  heldout36: { problemHit: 16, supportedHit: 210 },
  heldout37: { problemHit: 20, supportedHit: 174 },
  heldout38: { problemHit: 34, supportedHit: 263 },
  heldout39: { problemHit: 25, supportedHit: 203 },
  heldout40: { problemHit: 22, supportedHit: 228 },
  heldout42: { problemHit: 35, supportedHit: 220 },
  heldout41: { problemHit: 27, supportedHit: 180 },
  heldout43: { problemHit: 27, supportedHit: 175 },
  heldout44: { problemHit: 21, supportedHit: 161 },
  heldout45: { problemHit: 32, supportedHit: 158 },
  heldout46: { problemHit: 36, supportedHit: 181 },
  heldout47: { problemHit: 15, supportedHit: 144 },
};

// True titles whose page narrates their time, which a quote checked alone cannot show: on its own, "U.S. President Barack
// Obama" dated 2021 is a stale title, and the engine is right to flag it. Each is confirmed or left unflagged on its page
// (held-out 28 was scored page by page at the twenty-ninth round's end: no false alarm). Listed by id and quote. Held-out
// 29 has none: no true quote of it is flagged when checked alone. Held-out 30's nd005 is a 2024 retrospective of the March 2022
// Istanbul talks, told in the past tense: on its page the title is confirmed as of March 2022 (precision-round31.test.ts).
const NARRATED_ON_THEIR_PAGE: Record<string, string[]> = {
  heldout28: [
    'kd023 EU commission President Jean Claude Juncker',
    'kd023 Italian Prime Minister Matteo Renzi',
    'kd023 French President Francois Hollande',
    'kd023 Donald Tusk, president of the European Council',
    'kd023 U.S. President Barack Obama',
    'kd023 British Prime Minister David Cameron',
    'kd023 Japanese Prime Minister Shinzo Abe',
    'kd029 incumbent President Petro Poroshenko',
  ],
  heldout30: ['nd005 British Prime Minister Boris Johnson'],
  // Held-out 43 (scored page by page at the forty-fourth round's end: no red flag on the quote on its page): Ukrainska Pravda
  // of 7 March 2024 on the ambassador to London, whose sentence tells of July 2023 ("He was dismissed in July 2023 when
  // Zelenskyy made a sarcastic comment after UK Defence Secretary Ben Wallace remarked ...").
  heldout43: ['tx027 UK Defence Secretary Ben Wallace'],
  // Held-out 44 (scored page by page at the forty-fifth round's end: no red flag on these quotes on their pages): Wikipedia's
  // page on the 2025 Hague summit, on the date and venue "announced by outgoing NATO Secretary General Jens Stoltenberg in May
  // 2024"; modern.az (October 2025) on Stoltenberg's memoir, "The book notes that US President Joe Biden described ..."; and a
  // November 2024 report of Merkel's memoirs, "about meetings with US President Donald Trump" (his first term); and a
  // photo caption of Wikipedia's list of Secretaries General, "The 11th Secretary General Jaap de Hoop Scheffer meets President
  // George W. Bush on March 20, 2006" (a stretch label: on its page the ordinal is confirmed).
  heldout44: [
    'uk015 The 11th Secretary General Jaap de Hoop Scheffer',
    'uk018 outgoing NATO Secretary General Jens Stoltenberg',
    'up001 US President Joe Biden',
    'up002 US President Donald Trump',
  ],
  // Held-out 41 (scored page by page at the forty-second round's end: no red flag on the quote on its page): The Ukrainian
  // Weekly's "Turning the pages back" column of 30 March 2018 on the Bucharest summit of April 2008, whose declaration it quotes
  // ("their December 2008 meeting") just before: the alliance's "59-year history" is of 2008.
  heldout41: ['ti013 the first time in the alliance’s 59-year history'],
  // Held-out 39 (scored page by page at the fortieth round’s end: no red flag on the quote on its page): a copy of AP's timeline of
  // Sweden’s path to NATO (February 2024) under its entry "February 24, 2022", which the quote leaves out.
  heldout39: ['sh020 Swedish Prime Minister Magdalena Andersson'],
  // Held-out 37 (scored page by page at the thirty-eighth round's end: no red flag on either quote on its page).
  heldout37: [
    // A 2023 look back at the Riga summit of 2006.
    'rg010 US President George W. Bush, French President Jacques Chirac, German Chancellor Angela Merkel, British Prime Minister Tony Blair',
    // "This format, initiated in the spring of 2022 ..., has traditionally been led by the United States, specifically
    // Defense Secretary Lloyd Austin" (February 2025): the quote leaves out the sentence's spring of 2022.
    'rh004 traditionally been led by the United States, specifically Defense Secretary Lloyd Austin',
  ],
};
const narratedOnItsPage = (name: string, falseAlarm: string) =>
  (NARRATED_ON_THEIR_PAGE[name] ?? []).some((k) => {
    const [id, ...quote] = k.split(' ');
    return falseAlarm.startsWith(`${id} `) && falseAlarm.includes(`) ${quote.join(' ')} --`);
  });

describe('the labels-only sets, quote by quote', () => {
  for (const [name, floor] of Object.entries(FLOORS)) {
    it(`${name}: no red flag on a true quote; flagged and confirmed counts at their floors`, () => {
      const s = scoreLabelQuotes(join(real, `${name}.labels.jsonl`));
      const falseAlarms = s.falseAlarms.filter((f) => !narratedOnItsPage(name, f));
      expect(falseAlarms, falseAlarms.join('\n')).toEqual([]);
      expect(s.core.problemHit).toBeGreaterThanOrEqual(floor.problemHit);
      expect(s.core.supportedHit).toBeGreaterThanOrEqual(floor.supportedHit);
    }, 60_000);
  }
});
