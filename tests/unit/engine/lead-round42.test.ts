// Round 42, the lead's mends from the last rounds' list of wrong confirmations: a claim the sentence denies is not confirmed.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

const engine = createEngine(getFacts());
const verdictsOf = (asOf: string, text: string) => engine.analyze(text, { asOf, dateCertain: true }).map((a) => a.verdict);

describe('a bank told as spared from SWIFT (swift.ts)', () => {
  it('does not confirm a denial of a cut-off the record holds', () => {
    // VTB was among the seven banks of the EU's third package (2 March 2022).
    expect(verdictsOf('2022-03-01', "The EU said VTB, Russia's second-largest bank, will not be cut from SWIFT.")).not.toContain(
      'supported',
    );
    expect(verdictsOf('2022-03-05', 'VTB has not been disconnected from SWIFT.')).not.toContain('supported');
    // Before the package, "spared" is true and confirmed (sparedBanks).
    expect(verdictsOf('2022-03-01', 'VTB was spared from the SWIFT ban, officials said.')).toContain('supported');
  });
  it('still confirms the cut-off told plainly', () => {
    expect(verdictsOf('2022-03-03', "VTB, Russia's second-largest bank, was cut off from SWIFT.")).toContain('supported');
  });
});

describe('a summit named as where decisions were taken (event.ts summitMisdated)', () => {
  // Latvia's foreign ministry, 20 November 2025 (held-out 41 tg027), and variants: the day dates the meeting, not the summit.
  it('does not give the sentence’s day to the summit', () => {
    for (const text of [
      'On 20 November 2025, in Brussels, Belgium, the Minister of Foreign Affairs, Baiba Braže, had a discussion with NATO Secretary General Mark Rutte on the strengthening of NATO’s presence in Latvia, including the effective implementation of decisions taken at the NATO Summit in The Hague.',
      'On 20 November 2025, the minister met Rutte to discuss decisions taken at the NATO Summit in The Hague.',
      'On 20 November 2025, the minister discussed the outcomes of the NATO Summit in The Hague.',
    ])
      expect(verdictsOf('2025-11-20', text)).not.toContain('contradicted');
  });
  it('still flags the summit given a day that is not its own', () => {
    expect(verdictsOf('2025-11-20', 'On 20 November 2025, NATO leaders met at the NATO Summit in The Hague.')).toContain('contradicted');
    expect(verdictsOf('2025-11-20', 'The NATO Summit in The Hague took place on 20 November 2025.')).toContain('contradicted');
  });
});
