// Round 40 (speed): an expression compiled straight to machine code at its first run (triggers.ts compiledOnFirstRun)
// answers as the expression does, on its first run and after, on texts of one and two bytes a character.
import { describe, expect, it } from 'vitest';
import { compiledOnFirstRun } from '../../../src/engine/triggers';

describe('compiledOnFirstRun', () => {
  const texts = [
    'the former defence minister said',
    'Former Prime Minister Boris Johnson’s visit',
    '',
    'no match here at all',
    'the ex-minister’s “return” — again',
  ];
  const patterns = [/(?:^|[^a-z])(former|ex)[ -]+(\w+)/, /minister/i, /\p{Lu}[\p{L}’'-]+/u, /^$/];

  it('gives the answers of the expression itself, first run and later', () => {
    for (const re of patterns) {
      const once = compiledOnFirstRun(new RegExp(re.source, re.flags));
      for (const text of [...texts, ...texts]) {
        expect(once.test(text)).toBe(re.test(text));
        expect(once.exec(text)).toEqual(re.exec(text));
      }
    }
  });

  it('answers on its first run with exec as with test', () => {
    const once = compiledOnFirstRun(/(\d{4})-(\d{2})/);
    const m = once.exec('signed on 2024-07 in Washington');
    expect(m?.[0]).toBe('2024-07');
    expect(m?.index).toBe(10);
    expect(once.exec('no date')).toBeNull();
  });

  it('refuses a global or sticky expression, whose lastIndex its callers would read', () => {
    expect(() => compiledOnFirstRun(/a/g)).toThrow(/global or sticky/);
    expect(() => compiledOnFirstRun(/a/y)).toThrow(/global or sticky/);
  });
});
