// Round 39, speed: the lexicon's build scans a few texts once and drops the matches (lexicon.ts `primeScans`), so that
// every branch of the matcher's scan has run before V8 optimises it. The first page's survey is one long scan that V8
// optimised mid-loop; the branches it had not taken there (the folded scan of a paragraph, two spaces inside a name) threw
// that code away and compiled the scan again, twice. The lexicon's `needsCase` asks a key's length before its expression,
// and the gates' stems (triggers.ts `stemsOf`) are chosen by a loop instead of a sort with a comparator. Same answers:
// the scans leave no state behind, and the loop picks what the stable sort put first (annotations byte-identical over
// the speed dump's runs).
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/engine/lexicon';
import { Matcher } from '../../../src/engine/matcher';
import { fold } from '../../../src/engine/normalize';
import { stemsOf } from '../../../src/engine/triggers';
import * as v from 'valibot';
import { getFacts } from '../../../src/facts';
import { rawFactBase } from '../../../src/facts/data';
import { parseFactBase, type FactBaseError } from '../../../src/facts/load';
import { FactBase } from '../../../src/facts/schema';
import { said } from './helpers';

describe('primed scans leave the matcher as built', () => {
  const texts = [
    'NATO Secretary General Mark Rutte met the US and EU leaders, Prime  Minister Keir Starmer and President Emmanuel Macron.',
    'Ukraine\u2019s President Volodymyr Zelensky met Pr\u00e9sident Fran\u00e7ois in Kyiv; the Kremlin said.',
    'us and eu in lower case, Sto\u200bltenberg, Jens\u00ad Stoltenberg',
  ];
  it('finds in a text what a matcher of the same keys that scanned nothing finds', () => {
    const primed = buildLexicon(getFacts()).matcher;
    const fresh = new Matcher<unknown>();
    const keys = ['NATO', 'Mark Rutte', 'Rutte', 'Prime Minister', 'US', 'EU', 'Kremlin', 'Jens Stoltenberg', 'Stoltenberg'];
    for (const key of keys) fresh.add({ key, value: key, caseSensitive: key.length <= 3 });
    for (const text of texts) {
      const spans = (m: Matcher<unknown>) =>
        m
          .scanUnfolded(text)
          .map((x) => text.slice(x.start, x.end))
          .filter((q) =>
            keys.some(
              (k) =>
                fold(k) ===
                fold(q)
                  .replace(/\s+/g, ' ')
                  .replace(/[\u200b\u00ad]/g, ''),
            ),
          );
      expect(spans(primed)).toEqual(spans(fresh));
      expect(primed.scan(fold(text), text).map((x) => [x.start, x.end])).toEqual(primed.scanUnfolded(text).map((x) => [x.start, x.end]));
    }
  });
  it('matches short upper-case keys by case and longer keys in any case', () => {
    expect(said('Secretary General Mark Rutte said on Monday.', '2025-06-01')).toContain('supported: Secretary General Mark Rutte');
    expect(said('secretary general mark rutte said on monday.', '2025-06-01')).toContain('supported: secretary general mark rutte');
  });
});

describe('stemsOf: the rarest stems, first of equals', () => {
  it('takes the longest shortest stem, then the fewest stems', () => {
    expect(stemsOf('\\b(?:ab|cd) and (?:efgh|ijkl)\\b', 'i')).toEqual(['efgh', 'ijkl']);
    expect(stemsOf('(?:abc|de)\\s(?:fgh)', '')).toEqual(['fgh']);
    expect(stemsOf('abcd\\sefgh', '')).toEqual(['abcd']);
    expect(stemsOf('(?:ab|cd)\\s(?:ef|gh)', '')).toEqual(['ab', 'cd']);
    expect(stemsOf('(?:ab|cd)\\s(?:efg|hij|klm)\\s(?:nop|qrs)', '')).toEqual(['nop', 'qrs']);
  });
  it('reads nothing where an alternative has no stem', () => {
    expect(stemsOf('(?:ab|\\d+)', '')).toBeNull();
    expect(stemsOf('x', '')).toBeNull();
  });
});

// Round 39, speed: parseFactBase checks one record in fifty of each list first, its result dropped (load.ts
// `primeSchemas`), so that V8 optimises the schema's shared checks once for every kind of record. The answer is the
// check of the whole: the same records, and every problem reported, in a sampled record or not.
describe('parseFactBase after its sample', () => {
  it('gives what one check of the whole gives', () => {
    const once = v.safeParse(FactBase, rawFactBase);
    expect(once.success).toBe(true);
    expect(parseFactBase(rawFactBase)).toEqual(once.output);
  });
  it('reports every problem, in a record of the sample or not', () => {
    const raw = rawFactBase as { people: Array<Record<string, unknown>> };
    const people = raw.people.map((p, i) => (i === 0 || i === 1 ? { ...p, id: 'Not An Id' } : p));
    let problems: string[] = [];
    try {
      parseFactBase({ ...raw, people });
    } catch (error) {
      problems = (error as FactBaseError).problems;
    }
    expect(problems.filter((p) => p.startsWith('people.0.id') || p.startsWith('people.1.id'))).toHaveLength(2);
  });
});
