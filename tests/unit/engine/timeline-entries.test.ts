// Timeline entries (timeline-entries.ts): "DAY: what happened" lines in the historical present, as retrospectives and
// anniversary pages list them. Accessions, applications and NATO summits are read with the line's day.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('an accession told in a timeline entry', () => {
  it('flags a wrong day on the day alone, and confirms the right one', () => {
    expect(verdictsOn('April 6th, 2023: Finland officially joins NATO.', 'April 6th, 2023', '2024-02-24')).toContain('contradicted');
    expect(verdictsOn('April 4th, 2023: Finland officially joins NATO.', 'Finland officially joins NATO', '2024-02-24')).toContain(
      'supported',
    );
    const sweden = 'March 9th, 2024: Sweden becomes NATO’s 32nd member.';
    expect(verdictsOn(sweden, 'March 9th, 2024', '2024-04-24')).toContain('contradicted');
    // The ordinal is right, and confirmed by its own reader.
    expect(verdictsOn(sweden, 'Sweden becomes NATO’s 32nd member', '2024-04-24')).toContain('supported');
  });

  it('leaves a day away alone, and lines that are no accession', () => {
    expect(isRed(verdictsOn('April 5th, 2023: Finland officially joins NATO.', 'April 5th, 2023', '2024-02-24'))).toBe(false);
    expect(isRed(verdictsOn('April 4, 2024: Finland marks one year as a NATO member.', 'April 4, 2024', '2024-06-05'))).toBe(false);
    expect(
      isRed(verdictsOn('January 23, 2024: Turkey’s parliament votes to approve Sweden joining NATO.', 'January 23, 2024', '2024-06-05')),
    ).toBe(false);
  });

  it("does not read a post's own date line over its headline as a timeline", () => {
    expect(isRed(verdictsOn('March 9, 2024: Sweden officially joins NATO.', 'March 9, 2024', '2024-03-11'))).toBe(false);
  });
});

describe('an application told in a timeline entry', () => {
  it('flags a wrong day and confirms the right one', () => {
    const line = 'May 20th, 2022: Finland and Sweden apply to join NATO in response to Russia’s invasion.';
    expect(verdictsOn(line, 'May 20th, 2022', '2024-02-24')).toContain('contradicted');
    expect(verdictsOn(line.replace('20th', '18th'), 'Finland and Sweden apply to join NATO', '2024-02-24')).toContain('supported');
  });

  it('says nothing of an application announced or planned', () => {
    expect(isRed(verdictsOn('May 15, 2022: Finland announces it will apply to join NATO.', 'May 15, 2022', '2022-09-20'))).toBe(false);
  });
});

describe('a NATO summit told in a timeline entry', () => {
  it('flags a wrong day and confirms a day of the summit', () => {
    expect(verdictsOn('July 14th, 2023: NATO leaders gather in Vilnius for a summit.', 'July 14th, 2023', '2024-02-24')).toContain(
      'contradicted',
    );
    expect(verdictsOn('July 12th, 2023: NATO leaders gather in Vilnius for a summit.', 'NATO leaders gather', '2024-02-24')).toContain(
      'supported',
    );
  });

  it('says nothing of a summit looked forward to', () => {
    expect(isRed(verdictsOn('July 1, 2023: NATO prepares for the summit in Vilnius.', 'July 1, 2023', '2024-02-24'))).toBe(false);
    expect(isRed(verdictsOn('July 9, 2023: Ahead of the summit in Vilnius, NATO leaders gather.', 'July 9, 2023', '2024-02-24'))).toBe(
      false,
    );
  });
});
