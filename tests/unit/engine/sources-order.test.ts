// The card shows an annotation's sources in the order the engine gives them: best first
// (primary, press, reference), so that a reader who clicks under a red flag lands on what a
// journalist would cite (issue 11 §3).
import { describe, expect, it } from 'vitest';
import { tierOf } from '../../../src/facts/sources';
import { analyze } from './helpers';

const RANK = ['primary', 'press', 'reference', 'other', 'unacceptable'];
const rank = (url: string) => RANK.indexOf(tierOf(url));

describe('sources of an annotation', () => {
  it('come best first when the facts behind a claim cite sources of several tiers', () => {
    // Real sentences (tests/fixtures/real): a title drawing on the person and the tenure, and a
    // sanction drawing on the sanction and the president who announced it.
    const annotations = [
      ...analyze('Norway’s Minister of Defence Bjørn Arild Gram said the allies would meet in Madrid.', '2022-06-28'),
      ...analyze('U.S. President Barack Obama announced the new sanctions on July 16, 2014.', '2014-07-17'),
    ];
    const withSeveralTiers = annotations.filter((a) => new Set(a.sources.map(rank)).size > 1);
    // Not a test of nothing: these facts cite sources of more than one tier.
    expect(withSeveralTiers.length).toBeGreaterThan(0);
    for (const a of annotations) {
      const ranks = a.sources.map(rank);
      expect(ranks, a.quote).toEqual([...ranks].sort((x, y) => x - y));
    }
  });
});
