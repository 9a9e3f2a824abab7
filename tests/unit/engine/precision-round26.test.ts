// Round 26 precision: true sentences shaped like red-flag forms that the round's blind set showed were flagged, found by
// probing the mechanisms with sentences of our own, and fixed in general form, with the forms that must stay flagged.
// (1) "new" before a title and name, of an organisation's head chosen months ahead ("the new European Commission head
// Ursula von der Leyen", July 2019; in office from 1 December): not flagged (title.ts). (2) A group's pledge with a
// deadline ("Party leaders agreed to spend 2% of GDP per year on defence by 2025") is the alliance's only when the sentence
// names the alliance or its allies, and not some of them ("Several allies", "the Nordic allies", "Berlin and its allies")
// (figure.ts). (3) A title told of a past administration ("Under the previous
// administration, US National Security Advisor Jake Sullivan met ..."), of an out-of-office leader's aide ("Biden's US
// National Security Advisor Jake Sullivan"), or after an opening "As" ("As Prime Minister Kallas pushed for more aid",
// "as prime minister, Kallas ..."): confirmed, never flagged (title.ts pastTermTold). (4) "NATO's 31 allies" of 32
// ("Washington and NATO's 31 allies pledged"): "allies" is said relative to one of them, so one less than the whole may be
// the others (membership.ts, member-count-forms.ts).
import { describe, expect, it } from 'vitest';
import { redQuotes, verdictsOn } from './helpers';

describe('"new" before the title of an organisation’s head chosen months ahead', () => {
  it('is not flagged between the election and taking office', () => {
    expect(redQuotes('The new European Commission head Ursula von der Leyen promised a stronger Europe.', '2019-07-17')).toEqual([]);
    expect(redQuotes('The new European Commission President Ursula von der Leyen named her team.', '2019-09-10')).toEqual([]);
  });
  it('without "new", or far ahead of the office, stays flagged', () => {
    expect(
      verdictsOn(
        'European Commission President Ursula von der Leyen said on Wednesday that Europe must act.',
        'European Commission President Ursula von der Leyen',
        '2019-07-17',
      ),
    ).toEqual(['contradicted']);
    expect(redQuotes('The new European Commission head Ursula von der Leyen promised a stronger Europe.', '2018-07-17')).not.toEqual([]);
  });
});

describe("a group's pledge with a deadline is the alliance's only when the sentence names it", () => {
  it('a national or other group’s pledge is not flagged', () => {
    for (const text of [
      'Party leaders agreed to spend 2% of GDP per year on defence by 2025.',
      'Baltic leaders pledged to spend 2% of GDP per year on defence by 2025.',
      'Members of the coalition government agreed to spend 2% of GDP per year on defence by 2025.',
      'Coalition leaders committed the country to spend 2% of GDP per year on defence by 2025.',
      'Several allies have committed to spend 2% of GDP per year on defence by 2025.',
      'Eight allies pledged to spend 2% of GDP per year on defence by 2025.',
      'Berlin and its allies agreed to spend 2% of GDP per year on defence by 2025.',
      'The allies that lag behind committed to spend 2% of GDP per year on defence by 2025.',
      'In a joint statement, the Nordic allies committed to spend 2% of GDP per year on defence by 2025.',
    ])
      expect(redQuotes(text, '2023-03-01')).toEqual([]);
  });
  it("the allies' pledge with the wrong year stays flagged", () => {
    expect(redQuotes('Allies committed to spend 2% of GDP per year on defence by 2025.', '2023-03-01')).toEqual([
      '2% of GDP per year on defence by 2025',
    ]);
    expect(redQuotes('NATO leaders agreed to spend 2% of GDP per year on defence by 2025.', '2023-03-01')).toEqual([
      '2% of GDP per year on defence by 2025',
    ]);
  });
});

describe('a title told of a past administration or of the term itself', () => {
  it('is not flagged', () => {
    for (const [text, asOf] of [
      ['Under the previous administration, US National Security Advisor Jake Sullivan met Chinese officials.', '2025-03-11'],
      ['Biden’s US National Security Advisor Jake Sullivan warned of consequences.', '2025-03-11'],
      ["Biden's Secretary of State Antony Blinken travelled to Kyiv eleven times.", '2025-06-01'],
      [
        'Kaja Kallas, the EU’s top diplomat, led Estonia for three years. As Prime Minister Kallas pushed for more aid to Ukraine.',
        '2024-12-27',
      ],
      ['The former government, with Defence Minister Ben Wallace in charge, sent tanks to Ukraine.', '2024-09-01'],
    ])
      expect(redQuotes(text, asOf)).toEqual([]);
  });
  it('a sitting leader’s aide who left, or a stale title with no past told, stays flagged', () => {
    expect(redQuotes('Zelensky’s chief of staff Andriy Yermak arrived in Washington on Tuesday.', '2026-01-10')).not.toEqual([]);
    expect(redQuotes('US National Security Advisor Jake Sullivan warned of consequences on Monday.', '2025-03-11')).toEqual([
      'US National Security Advisor Jake Sullivan',
    ]);
  });
});

describe('"NATO\'s N allies", one less than the whole', () => {
  it('is not flagged: the others of one of them', () => {
    for (const text of [
      "Washington and NATO's 31 allies pledged new air defences for Ukraine.",
      "Britain and NATO's 31 allies agreed on the plan.",
      "NATO's 31 allies welcomed Sweden's accession.",
    ])
      expect(redQuotes(text, '2024-07-10')).toEqual([]);
  });
  it('a count two or more below, or members, stays flagged', () => {
    expect(redQuotes("NATO's 30 allies pledged new air defences for Ukraine.", '2024-07-10')).not.toEqual([]);
    expect(redQuotes("NATO's 31 members pledged new air defences for Ukraine.", '2024-07-10')).not.toEqual([]);
  });
});
