// Speed, round 45: the expressions with a Unicode property class that readers wrote as literals inside their functions
// (each parsed again at every call until the function had feedback, with ICU building its classes each time) are built
// once: the common ones shared from letter-classes.ts, the rest as module-level constants of their readers. These tests
// hold the behaviour: each shared expression answers as the literal it replaced, keeps no state from one call to the
// next (no global or sticky flag), and the readers that now use them give the same verdicts, twice in a row.
import { describe, expect, it } from 'vitest';
import { kindOn, redQuotes } from './helpers';
import type { Annotation } from '../../../src/engine/types';
import { LETTER_OR_DIGIT_RE, LETTER_RE, NON_LETTER_FIRST_RE, THE_AT_END_RE, UPPER_FIRST_RE } from '../../../src/engine/letter-classes';

const verdicts = (kind: Annotation['kind'], text: string, quote: string, asOf: string) =>
  kindOn(kind, text, quote, asOf).map((a) => a.verdict);

describe('the shared letter classes (letter-classes.ts)', () => {
  // Latin, accented Latin, Cyrillic, Greek, digits, punctuation, spaces, the typographic apostrophe and dashes.
  const samples = [
    'a',
    'Z',
    '\u00e9',
    '\u00d6',
    '\u0416',
    '\u0436',
    '\u03a9',
    '7',
    '\u0663',
    ' ',
    '\t',
    '.',
    "'",
    '\u2019',
    '-',
    '\u2014',
    '',
  ];
  const pairs: Array<[RegExp, RegExp]> = [
    [LETTER_OR_DIGIT_RE, /[\p{L}\p{N}]/u],
    [LETTER_RE, /\p{L}/u],
    [NON_LETTER_FIRST_RE, /^[^\p{L}]/u],
    [UPPER_FIRST_RE, /^\p{Lu}/u],
    [THE_AT_END_RE, /(?:^|[^\p{L}])the[ \t]+$/iu],
  ];
  it('answer as the literals they replaced, on single characters and short slices', () => {
    const slices = [
      ...samples,
      'the ',
      'The\t',
      'bathe ',
      'met the ',
      '\u00e9the ',
      '"the ',
      'Ukraine',
      '\u00c9lys\u00e9e',
      '(Stoltenberg',
      '2024 the ',
    ];
    for (const [shared, literal] of pairs)
      for (const s of slices) {
        expect(shared.test(s), `${shared} on ${JSON.stringify(s)}`).toBe(literal.test(s));
        expect(s.search(shared), `${shared} search on ${JSON.stringify(s)}`).toBe(s.search(literal));
      }
  });
  it('keep no state between calls: no global or sticky flag, the same answer twice', () => {
    for (const [shared] of pairs) {
      expect(shared.global || shared.sticky, String(shared)).toBe(false);
      expect(shared.test('the '), String(shared)).toBe(shared.test('the '));
      expect(shared.lastIndex).toBe(0);
    }
  });
});

describe('readers that now use them give the same verdicts, run after run', () => {
  it('title-no-office.ts: "the Canadian president" flagged, "the German president" and a bathing word not', () => {
    // held-out 42 tt002 (https://www.bbc.co.uk/news/av/uk-politics-50664438/trump-says-justin-trudeau-is-two-faced-in-reply-to-video,
    // 4 December 2019).
    const tt002 =
      'US President Donald Trump has said Justin Trudeau is "two-faced" after a video surfaced of the Canadian president appearing to mock him at a NATO event.';
    for (let run = 0; run < 3; run++) expect(verdicts('title', tt002, 'the Canadian president', '2019-12-04')).toEqual(['contradicted']);
    for (const text of ['Zelensky thanked the German president for his visit.', 'The Canadian president of the World Bank said.'])
      expect(redQuotes(text, '2022-03-01'), text).toEqual([]);
  });
  it('tenure-succession.ts: a capitalised surname succeeding a named predecessor is confirmed; a lower-case word is not read', () => {
    // held-out 22 jd016 (https://carnegieendowment.org/posts/2021/10/merkels-legacy-as-seen-from-russia?center=russia-eurasia&lang=en).
    const jd016 = 'In 2005, Merkel succeeded Gerhard Schroeder';
    for (let run = 0; run < 2; run++)
      expect(verdicts('tenure', jd016, 'Merkel succeeded Gerhard Schroeder', '2021-10-15')).toEqual(['supported']);
    expect(verdicts('tenure', 'In 2005, merkel succeeded Gerhard Schroeder', 'merkel', '2021-10-15')).not.toContain('supported');
  });
});
