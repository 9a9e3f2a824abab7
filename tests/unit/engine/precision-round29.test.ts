// Round 29 precision, from last round's blind set read as development data (held-out 27 jg012, an unlabelled red flag on
// a true sentence: "By 2025, 23 of NATO's 32 members had already met or exceeded the 2% GDP defense spending threshold",
// May 2025). A leading "By <year>," before a share already reached is the time of a measure, not a deadline set for
// the target (figure.ts, ATTAINED_BY_THEN_RE); probed with sentences of our own.
import { describe, expect, it } from 'vitest';
import { verdictsOn } from './helpers';

const RED = ['contradicted', 'outdated'];

describe('a share reached "by" a year', () => {
  it('is not read as the target’s deadline', () => {
    for (const text of [
      'By 2025, 20 of NATO’s 32 members had already met or exceeded the 2% GDP spending threshold.',
      'By 2025, 18 of NATO’s 32 allies had reached the 2% GDP defence spending benchmark.',
      'By 2025, 25 of the alliance’s 32 members have now passed the 2% GDP spending guideline.',
      'By 2025, 21 of NATO’s 32 members had hit the 2% spending goal.',
    ])
      for (const v of verdictsOn(text, '2%', '2025-05-10')) expect(RED, text).not.toContain(v);
  });
  it('still reads a deadline told with the target', () => {
    // The deadline of the alliance's 2% target was 2024 (Wales, 2014): a 2030 deadline set by the allies is wrong.
    expect(verdictsOn('NATO allies agreed to spend 2% of GDP on defence by 2030.', '2%', '2023-05-10')).toContain('contradicted');
  });
});
