// Round 43 (speed), no answer changed. (1) Module-level expressions with a Unicode property class (\p{L}, \p{Lu}, ...) are
// built by new RegExp(String.raw`...`) instead of a literal: V8 checks a literal's syntax while it parses the bundle, a
// full parse with an ICU lookup for each \p class, and parses it again when the object is made; built from a string it is
// parsed once. The same text, flags and source: these pin that names with letters outside ASCII are still read as names
// and judged. (2) title-bare.ts roleSaidOnce builds the expression of a role word once per role (it was built at every
// call): a global expression reused across pages must count afresh on each.
import { describe, expect, it } from 'vitest';
import { kindOn, redQuotes } from './helpers';

const titles = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe('names with letters outside ASCII, read by expressions with \\p classes', () => {
  it('confirms the holder of the day and flags the one who had left, by their own names', () => {
    const nauseda = 'Lithuanian President Gitanas Nausėda met Mark Rutte in Vilnius on Tuesday.';
    expect(titles(nauseda, 'Lithuanian President Gitanas Nausėda', '2025-10-22')).toEqual(['supported']);
    const sikorski = 'Polish Foreign Minister Radosław Sikorski said the talks were useful.';
    expect(titles(sikorski, 'Polish Foreign Minister Radosław Sikorski', '2025-10-22')).toEqual(['supported']);
    // Iohannis left on 12 February 2025; Nicușor Dan took office in May 2025.
    const iohannis = 'Romanian President Klaus Iohannis said the drones came from Ukraine.';
    expect(titles(iohannis, 'Romanian President Klaus Iohannis', '2025-10-22')).toEqual(['outdated']);
  });

  it('reads a name with a diacritic before its title in apposition', () => {
    const dan = 'Nicușor Dan, Romania’s president, met Mark Rutte on Tuesday.';
    expect(titles(dan, 'Nicușor Dan, Romania’s president', '2025-10-22')).toEqual(['supported']);
    const wrong = 'Radosław Sikorski, Poland’s prime minister, said the talks were useful.';
    expect(titles(wrong, 'Radosław Sikorski, Poland’s prime minister', '2025-10-22')).toEqual(['contradicted']);
  });
});

// Held-out 14 (tc214), September 2025: Rubio left the Senate for the State Department on 20 January 2025.
const tc214 = 'Secretary of State Marco Rubio met Sergey Lavrov in New York on Wednesday. The American senator said the talks were useful.';
// The same words with a senator we have no record of named on the page: the role's words occur twice.
const withCruz = 'Marco Rubio met Senator Ted Cruz on Tuesday. The American senator said the talks were useful.';

describe('a role word counted on the page by an expression built once per role (title-bare.ts roleSaidOnce)', () => {
  it('counts afresh on each page: flagged where said once, not where said twice, in any order', () => {
    expect(redQuotes(tc214, '2025-09-24')).toEqual(['The American senator']);
    expect(redQuotes(withCruz, '2025-09-24')).toEqual([]);
    expect(redQuotes(tc214, '2025-09-24')).toEqual(['The American senator']);
    // The plural counts as the word said again ("senators"), as before.
    expect(redQuotes(`${tc214} Two senators had asked for the meeting.`, '2025-09-24')).toEqual([]);
    expect(redQuotes(withCruz, '2025-09-24')).toEqual([]);
  });
});
