// Round 27 precision: true quotes of the labels-only sets that got a red flag when checked on their own
// (label-quotes.test.ts), mended in general form and probed with sentences of our own. (1) "-elect" of a holder
// re-elected and about to begin a new term ("European Commission President-elect Ursula von der Leyen", November 2024;
// second term from 1 December) is confirmed; days in office for a stale "-elect" count from the latest term's start
// (title.ts, with `terms` in the fact base for re-elected heads). (2) A title whose sentence says the holder was just
// chosen ("the President of the Republic, Tamás Sulyok – who was also elected yesterday by Parliament", 27 February 2024;
// in office from 5 March) is the title about to be taken up, not a premature one (title.ts CHOSEN_AFTER_RE).
import { describe, expect, it } from 'vitest';
import { redQuotes, verdictsOn } from './helpers';

describe('"-elect" of a holder re-elected for a new term', () => {
  it('is confirmed between the re-election and the new term', () => {
    for (const [text, quote, day] of [
      [
        'Commission President-elect Ursula von der Leyen presented her new team to MEPs.',
        'Commission President-elect Ursula von der Leyen',
        '2024-09-17',
      ],
      [
        'Italy’s President-elect Sergio Mattarella thanked parliament for a second mandate.',
        'President-elect Sergio Mattarella',
        '2022-01-30',
      ],
      [
        'German President-elect Frank-Walter Steinmeier spoke after the Federal Convention vote.',
        'President-elect Frank-Walter Steinmeier',
        '2022-02-14',
      ],
    ] as const)
      expect(verdictsOn(text, quote, day), text).toEqual(['supported']);
  });
  it('stays flagged long into a term, and is not confirmed with no re-election ahead', () => {
    expect(
      verdictsOn(
        'Commission President-elect Ursula von der Leyen met the prime minister on Tuesday.',
        'Commission President-elect Ursula von der Leyen',
        '2023-11-14',
      ),
    ).toEqual(['outdated']);
    expect(
      verdictsOn(
        'German President-elect Frank-Walter Steinmeier visited Kyiv on Tuesday.',
        'President-elect Frank-Walter Steinmeier',
        '2023-10-24',
      ),
    ).toEqual(['outdated']);
    expect(
      verdictsOn(
        'Italy’s President-elect Sergio Mattarella met the prime minister on Tuesday.',
        'President-elect Sergio Mattarella',
        '2023-05-16',
      ),
    ).not.toContain('supported');
  });
});

describe('a title whose sentence says the holder was just chosen', () => {
  it('is not flagged as premature', () => {
    for (const [text, day] of [
      ['The President of the Republic, Tamás Sulyok – who was also elected yesterday by Parliament – will sign the bill.', '2024-02-27'],
      ['Secretary General Mark Rutte, who was appointed by the North Atlantic Council on Wednesday, thanked the allies.', '2024-06-28'],
      ['President Karol Nawrocki, who was elected on Sunday, promised to work with the government.', '2025-06-03'],
    ] as const)
      expect(redQuotes(text, day), text).toEqual([]);
  });
  it('stays flagged without the words of the choice, or far ahead of the office', () => {
    expect(redQuotes('President Karol Nawrocki promised on Tuesday to work with the government.', '2025-06-03')).not.toEqual([]);
    expect(redQuotes('Secretary General Mark Rutte, who met allies on Wednesday, thanked them.', '2024-06-28')).not.toEqual([]);
    expect(redQuotes('President Karol Nawrocki, who was elected mayor in 2023, spoke in Gdansk.', '2023-06-03')).not.toEqual([]);
  });
});
