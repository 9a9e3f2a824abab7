// Round 40, the lead's precision read: true look-alikes of the round's new red-flag forms must raise no red flag.
import { describe, expect, it } from 'vitest';
import { analyze, redQuotes } from './helpers';

describe('a clause between a return and its time owns the time (found in the round-40 read, present before it)', () => {
  it('"returned to the White House after running again for president in 2024" is no start told in 2024', () => {
    const text = 'Donald Trump, who returned to the White House after running again for president in 2024, met Rutte.';
    expect(redQuotes(text, '2025-06-05')).toEqual([]);
    expect(redQuotes('Donald Trump, who returned to the White House in January 2024, met Rutte.', '2025-06-05')).toEqual([
      'Donald Trump, who returned to the White House in January 2024',
    ]);
  });
});

describe('one finding per claim: two readers of the same words give one annotation (engine index.ts dropRepeats)', () => {
  it('"twelve nations signed the treaty" is confirmed once', () => {
    // placenote.info (history-round10.test.ts): member-count-forms.ts and alliance-founding.ts both read it.
    const text =
      'The North Atlantic Treaty was signed on 4 April 1949. The following twelve nations signed the treaty in 1949 and thus became the founding members of NATO.';
    const on = analyze(text, '2024-01-01').filter((a) => a.quote === 'twelve nations signed the treaty');
    expect(on.map((a) => a.verdict)).toEqual(['supported']);
  });
});
