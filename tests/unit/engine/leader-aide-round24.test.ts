// Round 24: a leader's aide named on a day the leader held another head office than the one the aide served under.
// "Putin's foreign policy adviser Yuri Ushakov" on a 2010 page is true (Putin was Prime Minister; Ushakov his adviser in
// the government's staff), though the record holds Ushakov's presidential aide's office only from 2012: not flagged.
import { describe, expect, it } from 'vitest';
import { verdictsOn } from './helpers';

describe('an aide of the leader’s other office', () => {
  it('does not flag the aide while the leader held another head office', () => {
    const bySurname = 'Putin’s foreign policy adviser Yuri Ushakov said the talks went well.';
    expect(verdictsOn(bySurname, 'Putin’s foreign policy adviser Yuri Ushakov', '2010-06-01')).toEqual(['context']);
    const inFull = 'Vladimir Putin’s foreign policy adviser Yuri Ushakov said the talks went well.';
    expect(verdictsOn(inFull, 'foreign policy adviser Yuri Ushakov', '2010-06-01')).toEqual(['context']);
  });

  it('still flags the aide before any term of the leader with the aide, and confirms the aide in office', () => {
    const text = 'Putin’s foreign policy adviser Yuri Ushakov said the talks went well.';
    expect(verdictsOn(text, 'Putin’s foreign policy adviser Yuri Ushakov', '2005-06-01')).toEqual(['contradicted']);
    expect(verdictsOn(text, 'Putin’s foreign policy adviser Yuri Ushakov', '2015-06-01')).toEqual(['supported']);
    const envoy = 'Trump’s special envoy Steve Witkoff said.';
    expect(verdictsOn(envoy, 'special envoy Steve Witkoff', '2017-06-01')).toEqual(['contradicted']);
  });
});
