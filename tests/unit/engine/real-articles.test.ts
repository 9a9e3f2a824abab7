// The engine on the labelled corpora, in-process (corpus-score.ts follows score.mjs's rules):
// the seed articles and the development set of real excerpts (tests/fixtures/real/). The
// floors are what the engine achieves; they may only rise. A red flag on labelled true text
// is never allowed.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scoreCorpus } from './corpus-score';

const fixtures = join(import.meta.dirname, '..', '..', 'fixtures');

// Raise these when the engine does better; never lower them to make a change pass.
const FLOORS = {
  seeds: { problemHit: 6, supportedHit: 45, unlabelledRed: 0 },
  real: { problemHit: 4, supportedHit: 535, stretchProblemHit: 5, stretchSupportedHit: 148, unlabelledRed: 0 },
  // The first held-out set: its misses were read in the second round, so it is development data now.
  heldout1: { problemHit: 7, supportedHit: 182, stretchProblemHit: 2, stretchSupportedHit: 31, unlabelledRed: 0 },
  // The second held-out set: its misses were read in the fourth round, so it is development data now.
  heldout2: { problemHit: 4, supportedHit: 191, stretchProblemHit: 2, stretchSupportedHit: 70, unlabelledRed: 0 },
  // The third held-out set: its misses were read in the fifth round, so it is development data now.
  // Round 27: 15, not 16: m022's "the NATO summit in The Hague on 24-26 April" (it was June) was flagged only through
  // the wrong record (the Trump–Zelenskyy meeting at St. Peter's, "took place at St. Peter's"); a NATO summit told with
  // no word of a meeting is no longer any meeting of its people. The summit itself is not flagged: its record does not
  // list Zelenskyy, named in the clause.
  heldout3: { problemHit: 15, supportedHit: 241, stretchProblemHit: 1, stretchSupportedHit: 59, unlabelledRed: 0 },
  // The fourth held-out set: its misses were read in the sixth round, so it is development data now.
  heldout4: { problemHit: 17, supportedHit: 247, stretchProblemHit: 0, stretchSupportedHit: 65, unlabelledRed: 0 },
  // Real pages with genuine errors, collected in the sixth round to see why errors are missed (development data).
  errors: { problemHit: 12, supportedHit: 18, stretchProblemHit: 0, stretchSupportedHit: 6, unlabelledRed: 0 },
  // The fifth held-out set: its misses were read in the seventh round, so it is development data now. Its two
  // unlabelled red flags are true: a machine-written page of May 2025 (h062) calls Rutte the Dutch prime minister
  // and Stoltenberg NATO's Secretary General.
  heldout5: { problemHit: 11, supportedHit: 236, stretchProblemHit: 1, stretchSupportedHit: 79, unlabelledRed: 2 },
  // The sixth held-out set: its misses were read in the eighth round, so it is development data now.
  heldout6: { problemHit: 13, supportedHit: 227, stretchProblemHit: 6, stretchSupportedHit: 70, unlabelledRed: 0 },
  // The seventh held-out set: its misses were read in the ninth round, so it is development data now.
  heldout7: { problemHit: 6, supportedHit: 201, stretchProblemHit: 1, stretchSupportedHit: 60, unlabelledRed: 0 },
  // The eighth held-out set: its misses were read in the tenth round, so it is development data now.
  heldout8: { problemHit: 11, supportedHit: 181, stretchProblemHit: 3, stretchSupportedHit: 70, unlabelledRed: 0 },
  // The ninth held-out set: its misses were read in the eleventh round, so it is development data now.
  heldout9: { problemHit: 10, supportedHit: 192, stretchProblemHit: 2, stretchSupportedHit: 57, unlabelledRed: 0 },
  // The tenth held-out set: its misses were read in the twelfth round, so it is development data now. Its one unlabelled
  // red flag is true: a page of September 2025 (w068) writes "Danil Umerov, Secretary of the National Security and
  // Defence Council" (his first name is Rustem).
  heldout10: { problemHit: 13, supportedHit: 176, stretchProblemHit: 6, stretchSupportedHit: 87, unlabelledRed: 1 },
  // The eleventh held-out set, read and worked on in the thirteenth round (development data). Its one unlabelled red flag
  // is true (round 32): a page of July 2024 (y093) heads itself "75th NATO Summit in washington D.C" (the 75th-anniversary
  // summit; NATO had held about thirty-four summits).
  heldout11: { problemHit: 26, supportedHit: 232, stretchProblemHit: 2, stretchSupportedHit: 62, unlabelledRed: 1 },
  // The twelfth held-out set, read and worked on in the fourteenth round (development data). Its two unlabelled red flags
  // are true: "former U.S. President Trump" in June 2025 (g108) and "US Senator Marco Rubio" after he left the Senate (g201).
  heldout12: { problemHit: 34, supportedHit: 242, stretchProblemHit: 1, stretchSupportedHit: 61, unlabelledRed: 2 },
  // More real pages with genuine errors (stale titles), collected in the eleventh round (development data).
  errors2: { problemHit: 7, supportedHit: 14, stretchProblemHit: 2, stretchSupportedHit: 3, unlabelledRed: 0 },
  // A third batch of real pages with genuine errors, collected in the twelfth round (development data).
  errors3: { problemHit: 9, supportedHit: 29, stretchProblemHit: 2, stretchSupportedHit: 16, unlabelledRed: 0 },
};

describe('the labelled corpora', () => {
  it('seeds: every problem flagged, every supported claim recognised, no false alarm', () => {
    const s = scoreCorpus(join(fixtures, 'seeds', 'expected.jsonl'));
    expect(s.core.falseAlarmOnLabel + s.stretch.falseAlarmOnLabel, s.notes.join('\n')).toBe(0);
    expect(s.unlabelledRed, s.notes.join('\n')).toBeLessThanOrEqual(FLOORS.seeds.unlabelledRed);
    expect(s.core.problemHit, s.notes.join('\n')).toBeGreaterThanOrEqual(FLOORS.seeds.problemHit);
    expect(s.core.supportedHit, s.notes.join('\n')).toBeGreaterThanOrEqual(FLOORS.seeds.supportedHit);
  }, 60_000);

  it.each([
    ['real', 'expected.jsonl'],
    ['heldout1', 'heldout.jsonl'],
    ['heldout2', 'heldout2.jsonl'],
    ['heldout3', 'heldout3.jsonl'],
    ['heldout4', 'heldout4.jsonl'],
    ['heldout5', 'heldout5.jsonl'],
    ['heldout6', 'heldout6.jsonl'],
    ['heldout7', 'heldout7.jsonl'],
    ['heldout8', 'heldout8.jsonl'],
    ['heldout9', 'heldout9.jsonl'],
    ['heldout10', 'heldout10.jsonl'],
    ['heldout11', 'heldout11.jsonl'],
    ['heldout12', 'heldout12.jsonl'],
    ['errors', 'errors.jsonl'],
    ['errors2', 'errors2.jsonl'],
    ['errors3', 'errors3.jsonl'],
  ] as const)(
    '%s excerpts: no false alarm on labelled text, and the recall floors hold',
    (set, file) => {
      const s = scoreCorpus(join(fixtures, 'real', file));
      const falseAlarms = s.notes.filter((n) => n.includes('FALSE ALARM'));
      expect(falseAlarms).toEqual([]);
      expect(s.unlabelledRed, s.notes.filter((n) => n.includes('unlabelled')).join('\n')).toBeLessThanOrEqual(FLOORS[set].unlabelledRed);
      expect(s.core.problemHit).toBeGreaterThanOrEqual(FLOORS[set].problemHit);
      expect(s.core.supportedHit).toBeGreaterThanOrEqual(FLOORS[set].supportedHit);
      expect(s.stretch.problemHit).toBeGreaterThanOrEqual(FLOORS[set].stretchProblemHit);
      expect(s.stretch.supportedHit).toBeGreaterThanOrEqual(FLOORS[set].stretchSupportedHit);
    },
    60_000,
  );
});
