// Round 38, speed: the lexicon's trie keeps a node's first child in the node itself (its code and node) and a map only
// for the other children (matcher.ts). Most of the ~90,000 nodes of the lexicon's names have one child, and a map for
// each cost most of the engine's build (about 200 M instructions of a page's first megabyte, garbage collection included).
// Its build also no longer reads a character past a one-word key's end (`charCodeAt` out of bounds), which threw the
// optimised `add` away and compiled it again. The matches are the same: every key is found where it was, the longest at
// each start, whichever child of a node was added first (annotations byte-identical over the speed dump's runs).
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/engine/matcher';
import { fold } from '../../../src/engine/normalize';
import { said } from './helpers';

describe('Matcher: a first child held in the node, the others in a map', () => {
  // Keys that share prefixes and branch at the first character, inside a word, at a space and after a whole key.
  const keys = [
    'Prime Minister',
    'Prime',
    'Prim',
    'President',
    'Pres.',
    'Presidency',
    'Mark Rutte',
    'Mark',
    'Marko',
    'Rutte',
    'U.S.',
    'US',
    'UK',
  ];
  const build = (order: readonly string[]) => {
    const matcher = new Matcher<string>();
    for (const key of order) matcher.add({ key, value: key, caseSensitive: key.length <= 3 });
    return matcher;
  };
  const texts = [
    'The Prime Minister met President Macron and Mark Rutte in the U.S. on Monday.',
    'Prime ministers, a prim Marko and Pres. Biden; the presidency of the US and the UK.',
    'Mark  Rutte (two spaces), Markov, Rutten, us and uk in lower case, Prim.',
  ];
  it('finds the same keys whatever order they were added in', () => {
    const forward = build(keys);
    const backward = build([...keys].reverse());
    for (const text of texts) {
      expect(backward.scanUnfolded(text)).toEqual(forward.scanUnfolded(text));
      expect(forward.scan(fold(text), text)).toEqual(forward.scanUnfolded(text));
    }
    const found = (text: string) => forward.scanUnfolded(text).map((m) => `${text.slice(m.start, m.end)}=${m.values.join('/')}`);
    expect(found(texts[0])).toEqual(['Prime Minister=Prime Minister', 'President=President', 'Mark Rutte=Mark Rutte', 'U.S.=U.S.']);
    expect(found(texts[1])).toEqual(['Prime=Prime', 'prim=Prim', 'Marko=Marko', 'Pres.=Pres.', 'presidency=Presidency', 'US=US', 'UK=UK']);
    expect(found(texts[2])).toEqual(['Mark  Rutte=Mark Rutte', 'Prim=Prim']);
  });

  it('judges names and titles of the fact base as before', () => {
    expect(said('NATO Secretary General Mark Rutte visited Kyiv.', '2025-03-01')).toContain('supported: NATO Secretary General Mark Rutte');
    expect(said('NATO Secretary General Jens Stoltenberg visited Kyiv.', '2025-03-01')).toContain(
      'outdated: NATO Secretary General Jens Stoltenberg',
    );
  });
});
