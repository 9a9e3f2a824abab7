// Round 44, the lead's reading after the end score: an administration told in the present perfect progressive after its
// president left (tenure-administration.ts PERFECT_PROGRESSIVE_RE), from held-out 43's missed core error uh001.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

const engine = createEngine(getFacts());
const judged = (asOf: string, text: string) => engine.analyze(text, { asOf, dateCertain: true });
const red = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('the NAME administration "has been ...ing" after its president left', () => {
  it('flags the work told as going on weeks after the handover', () => {
    // https://rks.news/nato-secretary-general-kosovo-visit (11 March 2025; Biden left office on 20 January 2025).
    const real =
      'Rutte indicated that the Biden administration has been actively working on diplomatic efforts to end the war in Ukraine and may also seek solutions for regional conflicts in the Balkans.';
    expect(red('2025-03-11', real).map((a) => [a.kind, a.verdict, a.quote])).toEqual([
      ['tenure', 'outdated', 'the Biden administration has been actively working'],
    ]);
    expect(red('2025-06-02', 'The Biden administration has been pressing Kyiv to accept a ceasefire.').map((a) => a.verdict)).toEqual([
      'outdated',
    ]);
  });

  it('leaves the true look-alikes alone', () => {
    const quiet: Array<[string, string]> = [
      // In office.
      ['2024-03-11', 'Rutte indicated that the Biden administration has been actively working on diplomatic efforts.'],
      ['2025-06-11', 'The Trump administration has been working on a deal.'],
      // Within a month of the handover: a page may still be summing up the term just ended.
      ['2025-01-25', 'The Biden administration has been working on it.'],
      // A past perfect, a passive, a noun in -thing, a year of its own, a relative clause, another subject.
      ['2025-03-11', 'The Biden administration had been working on a deal.'],
      ['2025-03-11', 'The Biden administration has been criticized for its slow pace.'],
      ['2025-03-11', 'The Biden administration has been nothing but a disappointment.'],
      ['2025-03-11', 'Rutte said that in 2023 the Biden administration has been working on it.'],
      ['2025-03-11', 'Zelensky thanked the weapons that the Biden administration has been sending.'],
      ['2025-03-11', 'Much of what the Biden administration has been doing is being undone.'],
      ['2025-06-11', 'Officials of the Biden administration have been working on it.'],
      // A telling of another time.
      ['2025-03-11', 'Critics say the Biden administration has been dragging its feet, the book recounts.'],
    ];
    for (const [asOf, text] of quiet) expect(red(asOf, text), `${asOf} ${text}`).toEqual([]);
  });
});
