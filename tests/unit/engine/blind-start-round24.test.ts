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

// The same unlabelled red flag was still raised at the round's end: its sentence is of another form. Probing the mechanism
// (not the page) found two more: a day inside a phrase of saying, and a call's day before the meeting it was about.
describe('a day of saying or of a call is not a meeting’s day', () => {
  it('does not hold a day told in a phrase of saying, or right after a call, against the meeting', () => {
    const speaking = 'Trump, speaking to reporters aboard Air Force One Oct. 13, said he would meet Zelenskyy at the White House.';
    expect(eventVerdictsOn(speaking, 'Oct. 13', '2025-10-15')).toEqual([]);
    const call = 'In a phone call Oct. 13, Trump and Zelenskyy discussed the White House meeting.';
    expect(eventVerdictsOn(call, 'Oct. 13', '2025-10-20')).toEqual([]);
  });

  it('still flags a meeting told on the wrong day after a verb of saying', () => {
    const told = 'Trump told reporters that Zelenskyy met him at the White House on Oct. 13.';
    expect(eventVerdictsOn(told, 'on Oct. 13', '2025-10-20')).toEqual(['contradicted']);
  });
});
