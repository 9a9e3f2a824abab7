// Round 24: what the blind set (held-out 23) showed at the round's start, mended in general form. Only the engine's line
// of each unlabelled red flag was read, never the page.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn } from './helpers';

describe('a day right after a reporting verb is the saying’s day', () => {
  it('does not hold "he announced on Oct. 13" against a meeting held on the 17th', () => {
    const text =
      'Ukrainian President Volodymyr Zelenskyy will travel to Washington for talks with Trump at the White House, he announced on Oct. 13.';
    expect(eventVerdictsOn(text, 'on Oct. 13', '2025-10-14')).toEqual([]);
    const told = 'The meeting between Trump and Zelenskyy at the White House, announced on Oct. 13, ended without a deal.';
    expect(eventVerdictsOn(told, 'on Oct. 13', '2025-10-18')).toEqual([]);
  });

  it('still flags the meeting’s own wrong day, with or without a speaker after it', () => {
    expect(eventVerdictsOn('Zelenskyy met Trump at the White House on Oct. 13.', 'on Oct. 13', '2025-10-20')).toEqual(['contradicted']);
    expect(
      eventVerdictsOn('Zelenskyy met Trump at the White House on Oct. 13, the presidential office said.', 'on Oct. 13', '2025-10-20'),
    ).toEqual(['contradicted']);
  });
});
