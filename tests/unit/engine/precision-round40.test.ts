// Round 40, the lead's precision read: true look-alikes of the round's new red-flag forms must raise no red flag.
import { describe, expect, it } from 'vitest';
import { redQuotes } from './helpers';

describe('a clause between a return and its time owns the time (found in the round-40 read, present before it)', () => {
  it('"returned to the White House after running again for president in 2024" is no start told in 2024', () => {
    const text = 'Donald Trump, who returned to the White House after running again for president in 2024, met Rutte.';
    expect(redQuotes(text, '2025-06-05')).toEqual([]);
    expect(redQuotes('Donald Trump, who returned to the White House in January 2024, met Rutte.', '2025-06-05')).toEqual([
      'Donald Trump, who returned to the White House in January 2024',
    ]);
  });
});
