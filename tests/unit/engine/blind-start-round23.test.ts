// Round 23: the two false alarms the blind set (held-out 22) raised at the round's start, mended in general form.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, verdictsOn } from './helpers';

describe('members a step still waits for are a part of the alliance', () => {
  it('does not read "still to be ratified by the 15 members" as the alliance’s size', () => {
    const text = 'The protocols are still to be ratified by the 15 members of the North Atlantic alliance.';
    expect(verdictsOn(text, 'the 15 members of the North Atlantic alliance', '2022-07-15')).toEqual([]);
    const other = 'The accession now awaits approval from the remaining 12 members of the NATO alliance.';
    expect(verdictsOn(other, 'the remaining 12 members of the NATO alliance', '2022-07-15')).toEqual([]);
  });

  it('still confirms the whole alliance named as those who ratify, and flags a stale count said of NATO', () => {
    const text = 'The protocols must now be ratified by the 30 members of the alliance.';
    expect(verdictsOn(text, 'the 30 members of the alliance', '2022-07-15')).toEqual(['supported']);
    expect(verdictsOn('NATO now has 29 members.', 'NATO now has 29 members', '2022-07-15')).toEqual(['outdated']);
  });
});

describe('a place another recorded event had within two weeks is not flagged', () => {
  it('leaves "Tuesday’s meetings ... in Abu Dhabi" unflagged when Tuesday is the Kremlin meeting of 2 December 2025', () => {
    const text = 'Putin said progress was made during Tuesday’s meetings with U.S. officials in Abu Dhabi.';
    expect(eventVerdictsOn(text, 'in Abu Dhabi', '2025-12-03')).toEqual([]);
    // A week earlier, Tuesday is 25 November: the Abu Dhabi contacts themselves.
    expect(eventVerdictsOn(text, 'Tuesday’s meetings with U.S. officials in Abu Dhabi', '2025-11-27')).toEqual(['supported']);
  });

  it('still flags a place with no recorded event near the day', () => {
    const text = 'On December 2, Putin met Witkoff and Kushner in Paris.';
    expect(eventVerdictsOn(text, 'in Paris', '2025-12-03')).toEqual(['contradicted']);
  });
});
