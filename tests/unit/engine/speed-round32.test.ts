// Round 32, speed: summit-ordinal.ts asks for an ordinal of forty or more (HIGH_ORDINAL_RE) before running its long,
// case-insensitive ORDINAL_SUMMIT_RE, which is compiled on its first run and tried at every word of a paragraph about a
// summit. The pretest may only skip paragraphs where no ordinal reaches the bound (forty, or more after 2025): every
// ordinal ORDINAL_SRC reads, from 1st to 99th, in digits and in words (hyphen, space, "-ieth"), in the three phrasings,
// is judged as before the pretest: flagged at forty and above, never below.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const SMALL = [...UNITS, 'tenth', 'eleventh', 'twelfth'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENTHS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];
const suffix = (n: number) => (n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'));

/** Every written form of n that ORDINAL_SRC reads. */
function forms(n: number): string[] {
  const out = [`${n}${suffix(n)}`];
  if (n <= 12) out.push(SMALL[n - 1]);
  else if (n >= 20) {
    const tens = TENS[Math.floor(n / 10) - 2];
    if (n % 10 === 0) out.push(TENTHS[Math.floor(n / 10) - 2]);
    else out.push(`${tens}-${UNITS[(n % 10) - 1]}`, `${tens} ${UNITS[(n % 10) - 1]}`);
  }
  return out;
}
const cap = (s: string) => s.replace(/(^|[\s-])([a-z])/g, (_, a: string, b: string) => a + b.toUpperCase());
// The three phrasings ORDINAL_SUMMIT_RE reads, one written large.
const phrasings = (o: string) => [
  `Delegates met on the margins of the ${o} NATO summit this week.`,
  `Leaders arrived in the city for NATO's ${o} summit.`,
  `The city hosted the ${cap(o)} Summit of the North Atlantic Treaty Organization.`,
];
const flagged = (text: string) =>
  analyze(text, '2025-06-20').some((a) => a.factIds.includes('nato-summits-counted') && a.verdict === 'contradicted');

describe('the pretest of summit-ordinal.ts (an ordinal of forty or more)', () => {
  it('keeps every ordinal at or above the bound flagged, in digits and words, in each phrasing', () => {
    const missed: string[] = [];
    for (let n = 40; n <= 99; n++) for (const o of forms(n)) for (const text of phrasings(o)) if (!flagged(text)) missed.push(text);
    expect(missed).toEqual([]);
  }, 120_000);

  it('leaves ordinals below the bound alone, as before', () => {
    const red: string[] = [];
    for (let n = 1; n < 40; n++) for (const o of forms(n)) for (const text of phrasings(o)) if (flagged(text)) red.push(text);
    expect(red).toEqual([]);
  }, 120_000);

  it('raises the bound after 2025 as before: on a page of 2027 the 41st is within it, the 42nd beyond', () => {
    const red = (o: string) =>
      analyze(`Delegates met on the margins of the ${o} NATO summit this week.`, '2027-03-01').some((a) => a.verdict === 'contradicted');
    expect([red('41st'), red('forty-first'), red('42nd'), red('forty-second')]).toEqual([false, false, true, true]);
  });
});
