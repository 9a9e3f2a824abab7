// Speed, round 46: the costliest expressions run on short slices are compiled straight to machine code at their first
// run (compiledOnFirstRun, warmed), and the readers that ran `text.matchAll(RE)` on the largest ones run `matchesOf(RE,
// text)`, an `exec` loop on the expression itself (matchAll runs a copy, compiled again to bytecode once V8's cache
// has dropped the expression). These tests hold the behaviour: `matchesOf` finds what `matchAll` finds, in the same
// order and from the same place, and leaves the expression as it was; the readers changed give the same verdicts, twice
// in a row (the second run is the compiled one).
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../../src/engine/triggers';
import { kindOn } from './helpers';
import type { Annotation } from '../../../src/engine/types';

const same = (re: RegExp, text: string) => {
  const want = [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
  const got = matchesOf(re, text).map((m) => [m.index, [...m], m.groups]);
  return [got, want];
};

describe('matchesOf finds what matchAll finds', () => {
  const text = 'NATO met in 2023 and in 2024; then, in 2025, \u{1F600} the allies met again.\n In 1999 too.';
  it.each([
    /\b(?:19|20)\d\d\b/g,
    /\bin\s+((?:19|20)\d\d)/g,
    /(?<year>(?:19|20)\d\d)/g,
    /\bmet\b/gi,
    /x*/g,
    /(?:)/gu,
    /\b|$/gu,
    /^ ?In/gm,
    /\p{Lu}+/gu,
    /nothing here/g,
  ])('%s', (re) => {
    const [got, want] = same(re, text);
    expect(got).toEqual(want);
    expect(got.length).toBe(want.length);
  });

  it('steps over a surrogate pair after a match of nothing under the u flag, one unit without it', () => {
    const emoji = 'a\u{1F600}b';
    expect(matchesOf(/(?:)/gu, emoji).map((m) => m.index)).toEqual([0, 1, 3, 4]);
    expect(matchesOf(/(?:)/g, emoji).map((m) => m.index)).toEqual([0, 1, 2, 3, 4]);
  });

  it('starts at lastIndex, as matchAll does, and leaves lastIndex as it was', () => {
    const re = /\d/g;
    re.lastIndex = 3;
    const want = [...'1 2 3 4'.matchAll(re)].map((m) => m.index);
    expect(re.lastIndex).toBe(3);
    expect(matchesOf(re, '1 2 3 4').map((m) => m.index)).toEqual(want);
    expect(want).toEqual([4, 6]);
    expect(re.lastIndex).toBe(3);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => [...'abc'.matchAll(/b/ as RegExp)]).toThrow(TypeError);
    expect(() => matchesOf(/b/, 'abc')).toThrow(TypeError);
  });
});

// Readers whose expressions now compile at their first run (or run through matchesOf), each on a sentence it flags and a
// true look-alike it confirms, run twice: the first run compiles, the second runs the compiled code; same verdicts.
describe('readers changed give their verdicts, twice in a row', () => {
  const cases: Array<[Annotation['kind'], string, string, string, Annotation['verdict']]> = [
    // tenure-mandate.ts (TERM_OVER_RE): a term told as over, of a holder still in office, and of one whose term ended.
    ['tenure', 'Mark Rutte, whose term as NATO Secretary General has ended, spoke on Monday.', 'whose term', '2025-06-01', 'contradicted'],
    [
      'tenure',
      'Jens Stoltenberg, whose term as NATO Secretary General has ended, spoke on Monday.',
      'whose term',
      '2025-06-01',
      'supported',
    ],
    // title-nato-president.ts (OFFICE_AFTER_RE, OFFICE_SAID_RE).
    ['title', 'Jens Stoltenberg, the president of NATO, said the alliance would grow.', 'president of NATO', '2024-03-01', 'contradicted'],
    // member-count-hedged.ts (HEDGED_RE, an exec loop).
    ['membership', 'NATO, a military alliance of some 15 nations, met in Brussels.', 'some 15 nations', '2024-05-01', 'contradicted'],
    ['membership', 'NATO, a military alliance of some 32 nations, met in Brussels.', 'some 32 nations', '2024-05-01', 'supported'],
    // accession-together.ts (ANAPHOR_RES, an exec loop per expression).
    ['membership', 'Sweden and Finland both joined NATO in 2022.', 'both joined NATO in 2022', '2024-12-01', 'contradicted'],
    // summit-series.ts (SUMMIT_RE through matchesOf).
    ['event', 'NATO leaders gathered at the Vilnius summit in July 2023.', 'Vilnius summit', '2023-07-20', 'supported'],
  ];
  it.each(cases)('%s: %s', (kind, text, quote, asOf, verdict) => {
    for (let run = 0; run < 2; run++) expect(kindOn(kind, text, quote, asOf).map((a) => a.verdict)).toContain(verdict);
  });
});
