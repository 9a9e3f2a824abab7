// Round 41 (speed): regular-expression literals inside functions were hoisted to module-level constants, so V8 parses
// each once instead of at every call. That is safe for an expression with no global or sticky flag (test and exec ignore
// lastIndex), and for a global one passed straight to replace, split, match or matchAll, which reset lastIndex or copy
// it into a clone: these tests pin that, on one shared object, call after call. And warmed expressions (triggers.ts warm)
// answer as the expression does on texts of one and two bytes a character, and leave lastIndex as they found it.
import { describe, expect, it } from 'vitest';
import { compiledOnFirstRun, warmed } from '../../../src/engine/triggers';

const TEXTS = [
  'NATO–Russia Council met in Brussels',
  'the Vilnius summit, which began on July 11, 2023',
  'Zelensky’s “peace formula” — again',
  '',
  'no dashes here',
];

describe('a shared global literal in replace, split, match and matchAll', () => {
  const DASH_RE = /[-–—]/g;
  const WORD_RE = /\b\w+\b/g;

  it('answers as a fresh literal does, call after call', () => {
    for (const text of [...TEXTS, ...TEXTS]) {
      expect(text.replace(DASH_RE, '-')).toBe(text.replace(/[-–—]/g, '-'));
      expect(text.match(WORD_RE)).toEqual(text.match(/\b\w+\b/g));
      expect([...text.matchAll(WORD_RE)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(/\b\w+\b/g)].map((m) => [m.index, m[0]]));
      expect(text.split(DASH_RE)).toEqual(text.split(/[-–—]/g));
      expect(DASH_RE.lastIndex).toBe(0);
      expect(WORD_RE.lastIndex).toBe(0);
    }
  });

  it('answers the same after a matchAll left unfinished', () => {
    const first = WORD_RE[Symbol.matchAll](TEXTS[1]).next().value;
    expect(first?.[0]).toBe('the');
    expect([...TEXTS[0].matchAll(WORD_RE)].map((m) => m[0])).toEqual(['NATO', 'Russia', 'Council', 'met', 'in', 'Brussels']);
  });
});

describe('warmed expressions on both widths', () => {
  it('answer as the expression itself, first run and later, on one-byte and two-byte texts', () => {
    const patterns = [/(?:^|[^a-z])(summit|council)\b/i, /\p{Lu}[\p{L}’'-]+/u, /[^,.;:()]{1,60}?,/, /^$/];
    for (const re of patterns) {
      const once = compiledOnFirstRun(new RegExp(re.source, re.flags));
      for (const text of [...TEXTS, ...TEXTS.reverse()]) {
        expect(once.test(text)).toBe(re.test(text));
        expect(once.exec(text)).toEqual(re.exec(text));
      }
    }
  });

  it('leave a global expression’s lastIndex as they found it', () => {
    const re = /\b(?:summit|council)\b/gi;
    re.lastIndex = 7;
    expect(warmed(re, 'the Vilnius summit')).toBe(re);
    expect(re.lastIndex).toBe(7);
    re.lastIndex = 0;
    expect([...'the NATO–Russia Council and the summit'.matchAll(warmed(re, 'x’'))].map((m) => m[0])).toEqual(['Council', 'summit']);
  });
});
