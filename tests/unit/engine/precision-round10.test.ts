// Red flags on true sentences of the ninth held-out set (blind; only the lines of its red flags on unlabelled text were
// read), each fixed by a general rule and tested with the real sentence, its family and a sentence that must stay flagged;
// and a name read as someone else's after "President-elect".
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

describe('a title named as the aim of a clause of purpose', () => {
  // 24hoursworlds.com (a machine translation of a German agency report), February 2024: "To be appointed NATO secretary
  // general, Rutte needs the approval of all 31 members of the alliance." Rutte became Secretary General in October.
  const said =
    'Mark Rutte is the favourite. To be appointed NATO secretary general, Rutte needs the approval of all 31 members of the alliance.';

  it('does not read the office as Rutte’s, in any of the verbs of appointment', () => {
    expect(isRed(verdictsOn(said, 'NATO secretary general', '2024-02-22'))).toBe(false);
    for (const verb of ['elected', 'named', 'confirmed as'])
      expect(isRed(verdictsOn(said.replace('appointed', verb), 'NATO secretary general', '2024-02-22'))).toBe(false);
  });

  it('still flags the title said of him as held', () => {
    expect(
      verdictsOn(
        'Mark Rutte is the favourite. NATO secretary general Mark Rutte needs the approval of all 31 members.',
        'NATO secretary general',
        '2024-02-22',
      ),
    ).toEqual(['contradicted']);
  });
});

describe('a title after a name with no comma after it, before the clause it may be the subject of', () => {
  // WION, 27 January 2026: "Speaking about the framework agreed between Rutte and Trump, the NATO chief said, ..." The
  // NATO chief is Rutte, the subject of "said"; Trump ends the phrase before it.
  const lead = 'US President Donald Trump met NATO Secretary General Mark Rutte in Davos on Wednesday.\n';
  const said =
    'Speaking about the framework agreed between Rutte and Trump, the NATO chief said, “Second workstream is between Denmark, Greenland and the US.”';

  it('says nothing of Trump', () => {
    expect(verdictsOn(lead + said, 'Trump, the NATO chief', '2026-01-27')).toEqual([]);
    const asked = 'After meeting Zelensky and Trump, the NATO chief told reporters that talks would go on.';
    expect(isRed(verdictsOn(lead + asked, 'Trump, the NATO chief', '2026-01-27'))).toBe(false);
  });

  it('still reads a name that opens its sentence, and the title set off by commas', () => {
    expect(
      verdictsOn('Dmitry Peskov, the Kremlin spokesman said on Monday that talks would continue.', 'Kremlin spokesman', '2025-01-27'),
    ).toEqual(['supported']);
    const stale = 'On Monday, Jens Stoltenberg, the NATO Secretary General, said talks would continue.';
    expect(verdictsOn(stale, 'NATO Secretary General', '2025-01-27')).toEqual(['outdated']);
  });
});

describe('a title about to be taken up before a lone surname', () => {
  // Held-out 8 u013 (November 2020): "U.S. President-elect Biden" was read as a person with a first name not Joe Biden's.
  it('confirms "President-elect Biden" before the inauguration, and never flags it after', () => {
    const said = 'U.S. President-elect Biden said on Monday that he would restore ties with NATO allies.';
    expect(verdictsOn(said, 'President-elect Biden', '2020-11-20')).toEqual(['supported']);
    expect(isRed(verdictsOn(said, 'President-elect Biden', '2021-03-20'))).toBe(false);
  });
});

describe('a start day of a person with two tenures of an office', () => {
  // timeline.vg (eighth precision audit): "Jens Stoltenberg served as the Prime Minister of Norway from March 3, 2000, to
  // October 19, 2001." His first premiership began on 17 March 2000; the card cited his second (2005).
  const said = 'Jens Stoltenberg served as the Prime Minister of Norway from March 3, 2000, to October 19, 2001.';

  it('contradicts the day against the tenure nearest it', () => {
    const a = kindOn('tenure', said, 'Jens Stoltenberg', '2024-01-15');
    expect(a.map((x) => x.verdict)).toEqual(['contradicted']);
    expect(a[0].message).toContain('March 17, 2000');
    expect(kindOn('tenure', said.replace('March 3', 'March 17'), 'Jens Stoltenberg', '2024-01-15').map((x) => x.verdict)).toEqual([
      'supported',
    ]);
  });

  it('says that a place in line not on record was not checked', () => {
    const ordinal = 'Jens Stoltenberg served as the 27th Prime Minister of Norway from October 17, 2005, to October 16, 2013.';
    const a = kindOn('tenure', ordinal, 'Jens Stoltenberg', '2024-01-15');
    expect(a.map((x) => x.verdict)).toEqual(['supported']);
    expect(a[0].message).toContain('not checked');
  });
});
