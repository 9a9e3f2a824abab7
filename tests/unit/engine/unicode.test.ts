// Names with invisible or astral characters around and inside them: the real engine, the real fact base.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../src/engine/matcher';
import { fold, isIgnorableAt, isWordAt } from '../../../src/engine/normalize';
import { analyze } from './helpers';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getFacts } from '../../../src/facts';
import { buildLexicon } from '../../../src/engine/lexicon';

const quotes = (text: string, asOf = '2023-05-01') => analyze(text, asOf).map((a) => a.quote);

describe('Unicode in and around names', () => {
  it.each([
    ['zero-width space', '\u200b'],
    ['zero-width joiner', '\u200d'],
    ['zero-width non-joiner', '\u200c'],
    ['soft hyphen', '\u00ad'],
    ['byte order mark', '\ufeff'],
  ])('a %s inside a name is stepped over and the quote covers the whole name', (_, invisible) => {
    const name = `Jens Stol${invisible}tenberg`;
    const text = `NATO Secretary General ${name} met allies in Brussels.`;
    const found = analyze(text, '2023-05-01');
    expect(found.map((a) => a.quote)).toContain(`NATO Secretary General ${name}`);
    const title = found.find((a) => a.quote.endsWith(name))!;
    expect(title.verdict).toBe('supported');
    expect(text.slice(title.start, title.end)).toBe(title.quote);
    // Judged as of 2025 it is outdated, as the same sentence without the invisible character is.
    expect(analyze(text, '2025-05-01').find((a) => a.quote.endsWith(name))?.verdict).toBe('outdated');
  });

  it('the modifier-letter apostrophe of Ukrainian outlets reads as an apostrophe', () => {
    // Babel (babel.ua), 2 January 2026, on a tenure that had ended five weeks before.
    const text = 'Andriy Yermak has been the head of the Presidentʼs Office since February 2020.';
    expect(fold(text)).toBe(fold(text.replace('ʼ', "'")));
    expect(analyze(text, '2026-01-05').find((a) => a.kind === 'tenure')?.verdict).toBe('outdated');
  });

  it('an invisible character between first name and surname, or next to the space, changes nothing', () => {
    expect(quotes('NATO Secretary General Jens\u200b Stoltenberg met allies.')).toContain('NATO Secretary General Jens\u200b Stoltenberg');
    expect(quotes('NATO Secretary General Jens \u2060Stoltenberg met allies.')).toContain('NATO Secretary General Jens \u2060Stoltenberg');
  });

  it('the quote ends at the name, not after an invisible character that follows it', () => {
    const found = quotes('NATO Secretary General Jens Stoltenberg\u200b met allies.');
    expect(found).toContain('NATO Secretary General Jens Stoltenberg');
  });

  it('an astral letter glued to a name makes it another word: no match ends inside it', () => {
    const found = analyze('Jens Stoltenberg\u{1d400} met allies.', '2023-05-01');
    expect(found.some((a) => a.quote.includes('Stoltenberg'))).toBe(false);
  });

  it('an emoji glued before NATO or a name does not prevent the match', () => {
    expect(quotes('🇺🇦NATO Secretary General Jens Stoltenberg met allies.')).toContain('NATO Secretary General Jens Stoltenberg');
    expect(quotes('Talks today 👍Jens Stoltenberg met allies.').some((q) => q.includes('Jens Stoltenberg'))).toBe(true);
  });

  it('classifies code points, surrogate pairs read whole', () => {
    const text = 'a𝐀😀\u200b\u00ad';
    expect(isWordAt(text, 0)).toBe(true);
    expect(isWordAt(text, 1)).toBe(true); // high half of 𝐀
    expect(isWordAt(text, 2)).toBe(true); // low half of 𝐀
    expect(isWordAt(text, 3)).toBe(false); // 😀
    expect(isWordAt(text, 4)).toBe(false);
    expect(isIgnorableAt(text, 5)).toBe(true);
    expect(isIgnorableAt(text, 6)).toBe(true);
    expect(fold(text).length).toBe(text.length);
  });

  it('the matcher alone: case-sensitive keys ignore invisible characters too', () => {
    const matcher = new Matcher<string>();
    matcher.add({ key: 'EU', value: 'eu', caseSensitive: true });
    matcher.add({ key: 'Rutte', value: 'rutte' });
    const text = 'The E\u200bU and Ru\u00adtte; not RutteX or Rutte𝐀 or eu.';
    const found = matcher.scan(fold(text), text).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['E\u200bU', 'Ru\u00adtte']);
  });

  it('folds each character one way, whatever else the text holds', () => {
    // Tabs, backticks and the minus sign fold as the table says (a space, an apostrophe, a
    // space) in any text, and letters above U+2100 to their lower case, folded further.
    expect(fold('Jens\tStoltenberg')).toBe('jens stoltenberg');
    expect(fold('Sweden`s')).toBe("sweden's");
    expect(fold('\u2212')).toBe(' ');
    expect(fold('\u212bLAND')).toBe('aland');
    expect(fold('ＮＡＴＯ')).toBe('ｎａｔｏ');
    // The same length, character for character, so offsets are shared with the original.
    const mixed = 'Niinistö’s “İ” — Ⅻ 𝐀 Orbán\u00a0x';
    expect(fold(mixed)).toHaveLength(mixed.length);
    expect(fold(mixed)).toBe('niinisto\'s "i"   ⅻ 𝐀 orban x');
  });

  it('the matcher alone: a word that starts no key is passed over, a name after it is still found', () => {
    const m = new Matcher<string>();
    m.add({ key: 'Jens Stoltenberg', value: 'stoltenberg' });
    m.add({ key: 'U.S.', value: 'us', caseSensitive: true });
    // "Jensen" starts like a key but is another word; "Stol\u200btenberg" has an invisible character inside.
    const text = 'Jensen met Jens Stol\u200btenberg in the U.S. today';
    const found = m.scan(fold(text), text).map((x) => text.slice(x.start, x.end));
    expect(found).toEqual(['Jens Stol\u200btenberg', 'U.S.']);
  });

  it('the matcher alone: a first word that starts only longer keys is judged with the word after it', () => {
    const m = new Matcher<string>();
    m.add({ key: 'the Kremlin', value: 'kremlin' });
    m.add({ key: 'Prime Minister', value: 'pm' });
    m.add({ key: 'Prime', value: 'prime' });
    // The second word read as the trie reads it: across a run of spaces and invisible
    // characters, not across a line break, and only as a whole word ("Kremlins" is another).
    const text = 'the day; the \u200b Kremlin; the\nKremlin; the Kremlins; the Kremlin’s; Prime  Minister; Prime time';
    const found = m.scan(fold(text), text).map((x) => text.slice(x.start, x.end));
    expect(found).toEqual(['the \u200b Kremlin', 'the Kremlin', 'Prime  Minister', 'Prime']);
    expect(m.scanUnfolded(text).map((x) => text.slice(x.start, x.end))).toEqual(found);
  });

  it("the survey's scan of unfolded text finds what the scan of the folded text finds", () => {
    // A page's survey folds as it reads; judging a paragraph folds it first. The same matches,
    // on real text and on the characters whose folding changes what they are.
    const { matcher } = buildLexicon(getFacts());
    const dir = join(import.meta.dirname, '..', '..', 'fixtures');
    const texts = [
      ...readdirSync(join(dir, 'seeds'))
        .filter((f) => f.endsWith('.txt'))
        .map((f) => readFileSync(join(dir, 'seeds', f), 'utf8')),
      ...readFileSync(join(dir, 'real', 'expected.jsonl'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { text: string }).text),
      'the Presidentʼs Office; NATO Secretary\u2011General Jens Stol\u200btenberg and U.S.\u00a0President Joe Biden',
      'İstanbul talks — ÅLAND; 𝐀Rutte Rutte𝐀 Zelenskyy\u00ad; “Rubio”; Prime\tMinister Keir Starmer',
    ];
    let found = 0;
    for (const text of texts) {
      const folded = matcher.scan(fold(text), text);
      expect(matcher.scanUnfolded(text)).toEqual(folded);
      found += folded.length;
    }
    expect(found).toBeGreaterThan(1000);
  });
});
