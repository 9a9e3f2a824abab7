// Speed, round 30: readers and their wrappers build the arrays they pass on by push (detector.ts mapFound), not by map():
// map() makes a packed or a holey array as the code calling it is optimised or not, and the next reader, optimised on one
// kind, was thrown away and compiled again on meeting the other. Same annotations, in the same order.
import { describe, expect, it } from 'vitest';
import { mapFound } from '../../../src/engine/detector';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

describe('mapFound', () => {
  it('gives what map() gives, in order, in a new array, leaving the input as it was', () => {
    const found = [{ n: 1 }, { n: 2 }, { n: 3 }];
    const copy = found.map((a) => ({ ...a }));
    const f = (a: { n: number }) => (a.n === 2 ? { n: 20 } : a);
    const out = mapFound(found, f);
    expect(out).toEqual(found.map(f));
    expect(out).not.toBe(found);
    expect(out[0]).toBe(found[0]);
    expect(found).toEqual(copy);
  });

  it('gives an empty array for none', () => {
    const out = mapFound([] as number[], (x) => x + 1);
    expect(out).toEqual([]);
  });
});

describe('readers whose arrays are now built by push', () => {
  const engine = createEngine(getFacts());
  // Sentences of our own through the readers changed (title.ts, title-of.ts, title-forms.ts, title-leader-aide.ts,
  // accession-day.ts, membership.ts accessions, membership-joining-count.ts, tenure.ts): their verdicts stand as before.
  it('still judges titles, accessions and tenures', () => {
    const verdicts = (text: string, asOf: string) =>
      engine
        .analyze(text, { asOf })
        .filter((a) => a.kind !== 'mention')
        .map((a) => `${a.kind}:${a.verdict}`);
    expect(verdicts('NATO Secretary General Mark Rutte met allies in Brussels.', '2025-03-01')).toContain('title:supported');
    expect(verdicts('Former NATO Secretary General Jens Stoltenberg spoke in Oslo.', '2025-03-01')).toContain('title:supported');
    expect(verdicts('Finland joined NATO on April 4, 2023, becoming its 31st member.', '2024-06-01')).toContain('membership:supported');
    expect(verdicts('Finland joined NATO on April 4, 2021.', '2024-06-01')).toContain('membership:contradicted');
  });
});
