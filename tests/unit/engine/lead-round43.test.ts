// Round 43, the lead's mends after the end score: the two red flags on true sentences of held-out 42.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';

const engine = createEngine(getFacts());
const judged = (asOf: string, text: string) => engine.analyze(text, { asOf, dateCertain: true });
const red = (asOf: string, text: string) => judged(asOf, text).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('a date after a second verb of leaving office (tenure.ts findClaim)', () => {
  it('does not read the successor’s day as the start', () => {
    // A NATO history page (held-out 42 tq021): Carrington served 25 June 1984 – 1 July 1988.
    const text = 'In June 1984, Lord Carrington was appointed as Secretary General of NATO and succeeded in July 1988 by Manfred Wörner.';
    expect(red('2019-01-01', text)).toEqual([]);
    expect(judged('2019-01-01', text).map((a) => a.verdict)).toContain('supported');
    expect(red('2025-01-01', 'Jens Stoltenberg became NATO Secretary General and was succeeded in October 2024 by Mark Rutte.')).toEqual(
      [],
    );
    expect(red('2019-01-01', 'Lord Carrington became NATO Secretary General and left in July 1988.')).toEqual([]);
  });
  it('still flags a wrong start told before the second verb', () => {
    expect(red('2019-01-01', 'Lord Carrington was appointed as Secretary General of NATO in July 1988.').map((a) => a.kind)).toEqual([
      'tenure',
    ]);
    expect(
      red('2025-01-01', 'Jens Stoltenberg became NATO Secretary General in 2012 and was succeeded in October 2024 by Mark Rutte.').map(
        (a) => a.kind,
      ),
    ).toEqual(['tenure']);
  });
});

describe('members counted in three parts (member-count-forms.ts twoPartCounts)', () => {
  it('does not sum two of three parts', () => {
    // A learners' page of April 2023 (held-out 42 tt004), Turkey counted apart: 28 + 2 + 1 = 31.
    expect(
      red(
        '2023-04-15',
        'Currently, there are 31 NATO members including 28 European members, 2 North American members, and 1 Eurasian member.',
      ),
    ).toEqual([]);
    expect(red('2023-04-15', 'NATO comprises 28 European countries, two North American countries and one Eurasian country.')).toEqual([]);
  });
  it('still reads two parts told alone', () => {
    expect(judged('2023-04-15', 'NATO has 29 European members and two North American members.').map((a) => a.verdict)).toContain(
      'supported',
    );
    expect(red('2023-04-15', 'NATO comprises 28 European countries and two North American countries.').map((a) => a.verdict)).toEqual([
      'outdated',
    ]);
  });
});
