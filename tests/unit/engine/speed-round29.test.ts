// Round 29's speed changes keep every answer: keysGate's contract, checked against what it replaces.
import { describe, expect, it } from 'vitest';
import { keysGate } from '../../../src/engine/triggers';
import { fold } from '../../../src/engine/normalize';
import { qualifierJurisdictions, scanText } from '../../../src/engine/doc';
import { buildLexicon } from '../../../src/engine/lexicon';
import { getFacts } from '../../../src/facts';

// Keys of the kinds readers look for: spaces around them, a possessive, a digit, a one-letter word, a dash, a key that is
// only punctuation, a key with a letter folded (é), an empty key.
const KEYS = [' became ', 'since ', ' was sworn in as ', "president's ", '2nd ', ' a ', 'ex-', ', ', 'élu', '', 'the president-elect'];
const TEXTS = [
  '',
  'Markets were steady on the day as traders weighed the outlook for interest rates.',
  'Mark Rutte became Secretary General on 1 October 2024.',
  'She has served since 2019, and was sworn in as president in May.',
  "The president's 2nd term began; the ex-minister spoke.",
  'Rutte became',
  'becamebecame since',
  'He is the president-elect, élu en mai.',
  'The President-Elect spoke.',
  'Er wurde 2019 zum Präsidenten gewählt, seit 2019 im Amt.',
  'SINCE 2019 he BECAME a minister',
  ' a',
  'Elu, élu, ÉLU.',
];

describe('keysGate', () => {
  it('tests exactly as keys.some(includes) does, on texts and their folded copies', () => {
    const gate = keysGate(KEYS);
    for (const text of [...TEXTS, ...TEXTS.map(fold)]) expect(gate.test(text), text).toBe(KEYS.some((k) => text.includes(k)));
  });

  it('keysIn keeps every key the text holds, in the keys order, and leaves out keys whose letters are not there', () => {
    const gate = keysGate(KEYS);
    for (const text of [...TEXTS, ...TEXTS.map(fold)]) {
      const kept = gate.keysIn(text);
      expect(
        kept.filter((k) => text.includes(k)),
        text,
      ).toEqual(KEYS.filter((k) => text.includes(k)));
      expect(
        KEYS.filter((k) => kept.includes(k)),
        text,
      ).toEqual([...kept]);
    }
    expect(gate.keysIn('Markets were steady.')).not.toContain(' became ');
    expect(gate.keysIn('Markets were steady.')).not.toContain('the president-elect');
    // A key with no run of two letters or digits is always kept: only `includes` can tell.
    expect(gate.keysIn('Markets were steady.')).toEqual(expect.arrayContaining([' a ', ', ', '']));
  });

  it('asks each text afresh: a text read before does not answer for another', () => {
    const gate = keysGate([' became ']);
    expect(gate.test('Rutte became Secretary General.')).toBe(true);
    expect(gate.test('Rutte remained Secretary General.')).toBe(false);
    expect(gate.test('Rutte became Secretary General.')).toBe(true);
    // Letters of the key spread over the text, not next to each other: the gate may pass, `includes` says no.
    expect(gate.test('came be became')).toBe(false);
  });

  it('answers as includes does over many random texts of a small alphabet', () => {
    const alphabet = ['a', 'b', 'c', ' ', 'é', 'B', '-', '1'];
    const keys = ['ab', 'abc', ' ab', 'ba ', 'cab', 'é', 'éb', 'b-1', '1a', 'ca c'];
    const gate = keysGate(keys);
    let seed = 29;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: Math.floor(random() * 14) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(gate.test(text), text).toBe(keys.some((k) => text.includes(k)));
      const kept = gate.keysIn(text);
      for (const k of keys) if (text.includes(k)) expect(kept, `${text} / ${k}`).toContain(k);
    }
  });
});

describe('qualifierJurisdictions', () => {
  it("gives a match's qualifier countries, in order, as values.filter(qualifier).map(jurisdiction) does", () => {
    const lexicon = buildLexicon(getFacts());
    const texts = [
      "French President Emmanuel Macron met the U.S. Secretary of State and Hungary's Prime Minister.",
      'The Dutch, British and German defence ministers met NATO Secretary General Mark Rutte in Brussels.',
      'Markets were steady on the day.',
    ];
    let qualifiers = 0;
    for (const text of texts)
      for (const m of scanText(text, lexicon).matches) {
        const expected = m.values.filter((v) => v.type === 'qualifier').map((v) => (v as { jurisdiction: string }).jurisdiction);
        expect(qualifierJurisdictions(m)).toEqual(expected);
        qualifiers += expected.length;
      }
    expect(qualifiers).toBeGreaterThan(3);
  });
});
