// Speed, round 31: the test every paragraph of a page that names no one goes through (unnamedClaimTest) asks one
// expression of all the detectors' trigger words; its alternatives are now grouped by their first letter or digit
// (detector.ts byFirstCharacter), which matches the same texts at fewer tries per word start.
import { describe, expect, it } from 'vitest';
import { byFirstCharacter, claimWords, unnamedClaimTest, type ClaimDetector } from '../../../src/engine/detector';
import { DETECTORS } from '../../../src/engine';

const whole = (sources: string[]) => new RegExp(`\\b(?:${byFirstCharacter(sources)})\\b`, 'i');
const plain = (sources: string[]) => new RegExp(`\\b(?:${sources.map((s) => `(?:${s})`).join('|')})\\b`, 'i');

describe('byFirstCharacter', () => {
  it('groups words by their first character, any case', () => {
    expect(byFirstCharacter(['nato', 'north atlantic treaty', 'allies', 'Alliance'])).toBe(
      'n(?:ato|orth atlantic treaty)|a(?:llies|lliance)',
    );
  });

  it('opens a group around a whole word and splits its alternatives, but not a group followed by more', () => {
    expect(byFirstCharacter(['(?:Wagner|Prigozhin)', 'packages?'])).toBe('w(?:agner)|p(?:rigozhin|ackages?)');
    expect(byFirstCharacter(['(?:Kerch|Crimean?)\\s+Bridge'])).toBe('(?:(?:Kerch|Crimean?)\\s+Bridge)');
  });

  it('leaves a quantified first character, an escape and a class as they are', () => {
    expect(byFirstCharacter(['s?anctions', '\\bZNPP', '[Bb]loc', 'a|b|'])).toBe('a(?:)|b(?:)|(?:s?anctions)|(?:\\bZNPP)|(?:[Bb]loc)|(?:)');
  });

  it('does not split at a bar inside a class or an escaped one', () => {
    expect(byFirstCharacter(['x[|]y', 'a\\|b'])).toBe('x(?:[|]y)|a(?:\\|b)');
  });

  it('keeps sources with back-references or named groups as one plain alternation', () => {
    expect(byFirstCharacter(['(a)\\1', 'nato'])).toBe('(?:(a)\\1)|(?:nato)');
    expect(byFirstCharacter(['(?<w>a)b', 'nato'])).toBe('(?:(?<w>a)b)|(?:nato)');
  });

  it('matches exactly the texts the plain alternation matches', () => {
    const sources = [
      'administration',
      '(?:cease-?fire|truce)',
      'referend(?:um|ums|a)',
      '(?:Zaporizh(?:zh)?ia|Zaporozh(?:y|i)e)\\s+(?:nuclear|NPP|atomic)\\b|\\bZNPP',
      'e\\.\\s?o',
      '9\\/11',
      'september 11',
      'rounds?',
      'abstentions?',
      'against',
    ];
    const texts = [
      'The administration said so.',
      'A ceasefire held; a cease-fire broke; the truce ended.',
      'The referenda and the referendum.',
      'Zaporizhzhia nuclear plant; the ZNPP; Zaporozhye NPP.',
      'An E.O. signed; an e. o; a video.',
      'After 9/11 and September 11.',
      'Two rounds of talks; a round; around; roundabout.',
      'Abstentions and an abstention; against it; againstness.',
      'Markets were steady on the day as traders weighed the outlook.',
      'nothing at all',
      '',
    ];
    const a = plain(sources);
    const b = whole(sources);
    for (const t of texts) for (let i = 0; i <= t.length; i++) expect(b.test(t.slice(i)), t.slice(i)).toBe(a.test(t.slice(i)));
  });
});

describe('unnamedClaimTest over the engine detectors', () => {
  it('answers as the single expression of all trigger words and the per-detector tests do', () => {
    const any = claimWords(DETECTORS, '');
    const test = unnamedClaimTest(DETECTORS);
    // The plain form of the test, as it was.
    const each = DETECTORS.flatMap((d) => d.triggers).map((t) => ({
      words: new RegExp(`\\b(?:${t.words.map((s) => `(?:${s})`).join('|')})\\b`, 'i'),
      marks: t.marks?.length ? new RegExp(t.marks.map((s) => `(?:${s})`).join('|'), 'i') : null,
    }));
    const before = (text: string) => any.test(text) && each.some((t) => t.words.test(text) && (!t.marks || t.marks.test(text)));
    for (const text of [
      'NATO allies agreed to spend 2% of GDP on defence.',
      'The alliance met in Brussels.',
      'A new round of sanctions on Russia was announced.',
      'Markets were steady on the day as traders weighed the outlook for interest rates.',
      'The Treaty was signed in 1949.',
      'He signed an executive order on Friday.',
      'Ukraine demanded a ceasefire by the deadline of 50 days.',
      'The vote was 141 to 5, with 35 abstentions.',
      'The bloc agreed.',
      'Nothing here.',
    ])
      expect(test(text), text).toBe(before(text));
  });

  it('is false for detectors with no trigger words', () => {
    const none: ClaimDetector[] = [{ kind: 'title', triggers: [], find: () => [] }];
    expect(unnamedClaimTest(none)('NATO allies')).toBe(false);
  });
});
