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
