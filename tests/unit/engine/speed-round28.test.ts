// Round 28's speed changes keep every answer: their helpers' contracts, checked against what they replace.
import { describe, expect, it } from 'vitest';
import { lastDayOfMonth } from '../../../src/engine/dates';
import { Matcher } from '../../../src/engine/matcher';
import { fold } from '../../../src/engine/normalize';
import { buildDoc } from '../../../src/engine/doc';
import { buildLexicon } from '../../../src/engine/lexicon';
import { titleBefore } from '../../../src/engine/claims/title';
import { getFacts } from '../../../src/facts';

const byDate = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

describe('lastDayOfMonth', () => {
  it('gives the days of every month of the years 100 to 9999 as the Date does', () => {
    const differ: string[] = [];
    for (let year = 100; year <= 9999; year++)
      for (let month = 1; month <= 12; month++) if (lastDayOfMonth(year, month) !== byDate(year, month)) differ.push(`${year}-${month}`);
    expect(differ).toEqual([]);
  });

  it('knows the leap years, the centuries among them', () => {
    expect(lastDayOfMonth(2024, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 2)).toBe(28);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(2025, 4)).toBe(30);
    expect(lastDayOfMonth(2025, 12)).toBe(31);
  });

  it('answers as the Date does for what is no month of a year 100-9999: month 0 or 13, years 0-99 (read as 19xx), fractions, NaN', () => {
    for (const [year, month] of [
      [2024, 0],
      [2024, 13],
      [2024, -1],
      [0, 2],
      [4, 2],
      [99, 2],
      [-1, 2],
      [10000, 2],
      [2024.5, 2],
      [2024, 2.5],
      [Number.NaN, 2],
      [2024, Number.NaN],
    ])
      expect(lastDayOfMonth(year, month)).toEqual(byDate(year, month));
  });
});

// matcher.ts secondWordFits reads a key's second word's ASCII characters from one table, as walk does: the keys of two
// words or more still match whatever the second word is made of, folded or not.
describe('Matcher: keys of two words', () => {
  const matcher = new Matcher<string>();
  for (const key of ['Prime Minister', 'the Élysée', 'Foreign Secretary', 'Kaja Kallas', 'Recep Tayyip Erdoğan', 'NATO 2030'])
    matcher.add({ key, value: key });
  const texts = [
    'The Prime Minister met Kaja Kallas.',
    'PRIME MINISTER said so; prime  minister too.',
    'at the Elysee and at the Élysée, then the Ely\u00adsee',
    'Recep Tayyip Erdogan and Recep Tayyip Erdoğan met the Foreign Secretary',
    'Prime Ministers are not the Prime Minister; Prime Min is no key, nor the Ely',
    'Kaja\u200bKallas, Kaja Kal\u200blas, NATO 2030 and NATO 20301',
  ];

  it('finds the same keys in a text and in its folded copy', () => {
    for (const text of texts) expect(matcher.scanUnfolded(text)).toEqual(matcher.scan(fold(text), text));
  });

  it('finds the keys where their second word is whole and no longer', () => {
    const found = (text: string) => matcher.scanUnfolded(text).map((m) => text.slice(m.start, m.end));
    expect(found(texts[0])).toEqual(['Prime Minister', 'Kaja Kallas']);
    expect(found(texts[2])).toEqual(['the Elysee', 'the Élysée', 'the Ely\u00adsee']);
    expect(found(texts[4])).toEqual(['Prime Minister']);
    expect(found(texts[5])).toEqual(['Kaja Kal\u200blas', 'NATO 2030']);
  });
});

// title.ts titleBefore is read once per document and mention: the readers that ask it again get the same claim, and a
// document built again from the same text reads the same claims afresh.
describe('titleBefore, read once per document and mention', () => {
  const lexicon = buildLexicon(getFacts());
  const text =
    'Former U.S. President Donald Trump met NATO Secretary General Mark Rutte. Ukrainian President Volodymyr Zelensky spoke; Rutte listened.';

  it('gives each reader the same claim, as a fresh document reads it', () => {
    const doc = buildDoc(text, lexicon, '2024-03-01', true);
    const again = buildDoc(text, lexicon, '2024-03-01', true);
    expect(doc.people.length).toBeGreaterThan(2);
    for (let i = 0; i < doc.people.length; i++) {
      const first = titleBefore(doc, doc.people[i]);
      expect(titleBefore(doc, doc.people[i])).toBe(first);
      expect(titleBefore(again, again.people[i])).toEqual(first);
    }
    expect(doc.people.filter((p) => titleBefore(doc, p)).length).toBe(3);
  });

  it('reads a document of another day afresh', () => {
    const doc = buildDoc(text, lexicon, '2024-03-01', true);
    const later = buildDoc(text, lexicon, '2026-03-01', true);
    for (let i = 0; i < doc.people.length; i++) expect(titleBefore(later, later.people[i])).toEqual(titleBefore(doc, doc.people[i]));
  });
});
