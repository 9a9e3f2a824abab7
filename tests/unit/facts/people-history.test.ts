// Holder lists extended back to about 1990 so that retrospective pages ("then US Secretary of State
// Madeleine K. Albright") are recognised: each list must be complete from its coveredFrom, since
// before that day the engine treats an absent holder as unknown, after it as proof of absence.
import { describe, expect, it } from 'vitest';
import { getFacts } from '../../../src/facts';
import { daysBetween } from '../../../src/engine/dates';

const facts = getFacts();

/** Offices whose holder list this file's data extended backwards, with the day it is now complete from. */
const EXTENDED: [string, string][] = [
  ['us-secretary-of-state', '1989-01-25'],
  ['us-secretary-of-defense', '1989-03-21'],
  ['us-vice-president', '1989-01-20'],
  ['deu-defence-minister', '1989-04-21'],
  ['gbr-prime-minister', '1979-05-04'],
  ['un-secretary-general', '1982-01-01'],
  ['us-national-security-advisor', '2001-01-20'],
  ['gbr-foreign-secretary', '1989-10-26'],
  ['ukraine-president', '1991-12-05'],
  ['russia-president', '1991-07-10'],
  ['fra-president', '1981-05-21'],
  ['deu-chancellor', '1982-10-01'],
  ['deu-foreign-minister', '1992-05-18'],
];

describe('holder lists extended back to about 1990', () => {
  it.each(EXTENDED)('%s is complete from %s: no overlap, no gap of more than a week', (id, from) => {
    const office = facts.offices.get(id)!;
    expect(office.coveredFrom).toBe(from);
    const holders = office.holders.filter((h) => h.start >= from).sort((a, b) => (a.start < b.start ? -1 : 1));
    expect(holders[0].start).toBe(from);
    for (let i = 1; i < holders.length; i++) {
      const gap = daysBetween(holders[i - 1].end!, holders[i].start);
      // Christopher left on 1997-01-17 and Albright was sworn in on 1997-01-23: an acting secretary between.
      expect(gap, `${holders[i - 1].person} -> ${holders[i].person}`).toBeGreaterThanOrEqual(0);
      expect(gap, `${holders[i - 1].person} -> ${holders[i].person}`).toBeLessThanOrEqual(7);
    }
  });

  it('numbers the Secretaries of State and of Defense as the State Department and the Pentagon do', () => {
    const ordinal = (office: string, person: string) =>
      facts.offices.get(office)!.holders.find((h) => h.person === person && h.ordinal)?.ordinal;
    expect(ordinal('us-secretary-of-state', 'madeleine-albright')).toBe(64);
    expect(ordinal('us-secretary-of-state', 'hillary-clinton')).toBe(67);
    expect(ordinal('us-secretary-of-defense', 'robert-gates')).toBe(22);
    expect(ordinal('us-secretary-of-defense', 'donald-rumsfeld')).toBe(13);
  });

  it('gives no standalone surname where it would steal another person’s title', () => {
    // "President Clinton" is Bill, "Ambassador Rice" is Susan, "Stoltenberg" is Jens, "Perry" may be Rick.
    for (const id of ['hillary-clinton', 'condoleezza-rice', 'gerhard-stoltenberg', 'william-perry', 'john-major', 'gordon-brown']) {
      expect(facts.people.get(id)!.surnames, id).toEqual([]);
    }
    expect(facts.people.get('lloyd-austin')!.surnames).toContain('Austin');
    // Both Blairs carry the surname, so a title before "Blair" decides between them.
    expect(facts.people.get('tony-blair')!.surnames).toContain('Blair');
    expect(facts.people.get('bill-blair')!.surnames).toContain('Blair');
  });
});
