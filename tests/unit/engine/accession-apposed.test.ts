// An accession's place in line said in apposition (accession.ts): "Finland, the alliance's 31st member,"
// was confirmed, but the wrong place went unflagged. Found by a generated probe over every member
// that joined alone; the wrong versions are ours.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('a place in line said in apposition', () => {
  it('is confirmed when right and contradicted when wrong', () => {
    const right = "Finland, the alliance's 31st member, hosted the meeting.";
    expect(verdictsOn(right, "Finland, the alliance's 31st member", '2026-06-01')).toEqual(['supported']);
    const wrong = "Finland, the alliance's 32nd member, hosted the meeting.";
    expect(verdictsOn(wrong, "Finland, the alliance's 32nd member", '2026-06-01')).toEqual(['contradicted']);
    expect(verdictsOn('Montenegro, NATO’s 30th member, hosted the meeting.', 'Montenegro, NATO’s 30th member', '2026-06-01')).toEqual([
      'contradicted',
    ]);
  });

  it('is not read when the apposition does not close on the ordinal', () => {
    // The 32nd member here is Sweden, unnamed.
    const other = 'Unlike Finland, the 32nd member had to wait for Hungary and Turkey.';
    expect(isRed(verdictsOn(other, 'Finland', '2026-06-01'))).toBe(false);
  });
});
