// Round 29 precision, from last round's blind set read as development data (held-out 27 jg012, an unlabelled red flag on
// a true sentence: "By 2025, 23 of NATO's 32 members had already met or exceeded the 2% GDP defense spending threshold",
// May 2025). A leading "By <year>," before a share already reached is the time of a measure, not a deadline set for
// the target (figure.ts, ATTAINED_BY_THEN_RE); probed with sentences of our own.
import { describe, expect, it } from 'vitest';
import { verdictsOn } from './helpers';

const RED = ['contradicted', 'outdated'];

describe('a share reached "by" a year', () => {
  it('is not read as the target’s deadline', () => {
    for (const text of [
      'By 2025, 20 of NATO’s 32 members had already met or exceeded the 2% GDP spending threshold.',
      'By 2025, 18 of NATO’s 32 allies had reached the 2% GDP defence spending benchmark.',
      'By 2025, 25 of the alliance’s 32 members have now passed the 2% GDP spending guideline.',
      'By 2025, 21 of NATO’s 32 members had hit the 2% spending goal.',
    ])
      for (const v of verdictsOn(text, '2%', '2025-05-10')) expect(RED, text).not.toContain(v);
  });
  it('still reads a deadline told with the target', () => {
    // The deadline of the alliance's 2% target was 2024 (Wales, 2014): a 2030 deadline set by the allies is wrong.
    expect(verdictsOn('NATO allies agreed to spend 2% of GDP on defence by 2030.', '2%', '2023-05-10')).toContain('contradicted');
  });
});

// Held-out 28 kd010, a false alarm on a history page dated July 2025: a title its holder left over ten years before is
// flagged only when its sentence gives a year of the page's time, not for a day word alone ("On Thursday", "today", "this
// week"), which archived releases and timelines keep from their own time (title.ts, toldOfPagesDay).
describe('a long-past title with a day word', () => {
  it('is not flagged', () => {
    for (const text of [
      'The Bucharest summit opened on 2 April 2008. On Thursday, NATO Secretary General Jaap de Hoop Scheffer announced the invitations.',
      'On Thursday, NATO Secretary General Jaap de Hoop Scheffer announced the invitations to Albania and Croatia.',
      'NATO Secretary General Jaap de Hoop Scheffer said today that the door remains open.',
    ])
      expect(verdictsOn(text, 'NATO Secretary General Jaap de Hoop Scheffer', '2025-07-03'), text).not.toContain('outdated');
  });
  it('still flags a recent stale title with a day word, and a long-past one with the page’s year', () => {
    expect(
      verdictsOn(
        'The alliance was founded in 1949. On Monday, NATO Secretary General Jens Stoltenberg met Zelensky.',
        'NATO Secretary General Jens Stoltenberg',
        '2025-03-03',
      ),
    ).toContain('outdated');
    expect(
      verdictsOn(
        'In July 2025, NATO Secretary General Jaap de Hoop Scheffer said Georgia will join.',
        'NATO Secretary General Jaap de Hoop Scheffer',
        '2025-07-03',
      ),
    ).toContain('outdated');
  });
});

// Held-out 28 kd029, a false alarm (January 2020): "defeating the incumbent President Petro Poroshenko" names the holder as
// of the election fought against him (title.ts, INCUMBENT_CONTESTED_RE).
describe('the incumbent an election was fought against', () => {
  it('is not flagged', () => {
    for (const text of [
      'Zelenskiy won the run-off in April, defeating the incumbent President Petro Poroshenko.',
      'The comedian beat incumbent President Petro Poroshenko by a wide margin.',
      'He took 73% of the vote against incumbent President Petro Poroshenko.',
      'In the second round he faced the incumbent President Petro Poroshenko and won.',
      'Zelenskiy won the 2019 election by a landslide. He had campaigned for months against incumbent President Petro Poroshenko.',
    ])
      expect(verdictsOn(text, 'President Petro Poroshenko', '2020-01-17'), text).not.toContain('outdated');
  });
  it('still flags "incumbent" said of the page’s own time', () => {
    for (const text of [
      'Incumbent President Petro Poroshenko said on Monday he would run again.',
      'The incumbent President Petro Poroshenko signed the budget on Monday.',
    ])
      expect(verdictsOn(text, 'President Petro Poroshenko', '2020-01-17'), text).toContain('outdated');
  });
});
