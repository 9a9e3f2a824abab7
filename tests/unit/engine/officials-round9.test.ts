// Officials of the ninth round, from the seventh held-out set's misses: a holder's surname after a
// title with another first name (title-first-name.ts), and the offices and forms added to the data
// below. Each form on its real sentence, on other real sentences of the kind (sources in comments),
// with the fact changed (flagged) and a look-alike that must not be flagged.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe('a title before a holder’s surname with a first name not theirs (title-first-name.ts)', () => {
  // Held-out 7 (q063), 15 August 2025: the writer had just named Treasury Secretary Scott Bessent.
  const q063 =
    'Both the U.S. and Russia have brought their top business negotiators, including U.S. Secretary Scott Bessent and Commerce Secretary Scott Lutnick, as well as Russian officials like Kirill Dmitriev and Anton Siluanov.';

  it('contradicts the real sentence', () => {
    expect(titleVerdicts(q063, 'Commerce Secretary Scott Lutnick', '2025-08-15')).toEqual(['contradicted']);
  });

  it('contradicts other slips of the kind on a one-country title', () => {
    expect(
      titleVerdicts(
        'U.S. Defense Secretary Mark Hegseth arrived in Brussels on Thursday.',
        'U.S. Defense Secretary Mark Hegseth',
        '2025-06-05',
      ),
    ).toEqual(['contradicted']);
    expect(
      titleVerdicts('U.S. Secretary of State Mark Blinken met his counterparts.', 'U.S. Secretary of State Mark Blinken', '2022-08-15'),
    ).toEqual(['contradicted']);
  });

  it('confirms the right first name, short forms and other spellings of it', () => {
    // mr-mehra.com, November 2024 (a CNN copy): "then-Commerce Secretary Wilbur Ross".
    expect(
      titleVerdicts('Commerce Secretary Howard Lutnick said tariffs would rise.', 'Commerce Secretary Howard Lutnick', '2025-08-15'),
    ).toEqual(['supported']);
    expect(titleVerdicts('Secretary of State Tony Blinken spoke.', 'Secretary of State Tony Blinken', '2022-08-15')).toEqual(['supported']);
    expect(verdictsOn('Defense Secretary Pete Hegseth spoke.', 'Defense Secretary Pete Hegseth', '2025-08-15')).toEqual(['supported']);
    expect(verdictsOn('Foreign Minister Dmitro Kuleba spoke.', 'Foreign Minister Dmitro Kuleba', '2022-08-15')).toEqual(['supported']);
  });

  it('never flags a look-alike: a first name of the same letter, another time, a title of many countries, another office', () => {
    const red = (text: string, asOf: string) => isRed(kindOn('title', text, text, asOf).map((a) => a.verdict));
    // Same first letter: a spelling or a short form we do not list ("Steve" Bessent).
    expect(isRed(verdictsOn('Treasury Secretary Steve Bessent spoke.', 'Bessent', '2025-08-15'))).toBe(false);
    // Another time or office.
    expect(isRed(verdictsOn('then-Commerce Secretary Scott Lutnick spoke.', 'Lutnick', '2025-08-15'))).toBe(false);
    expect(isRed(verdictsOn('Deputy Commerce Secretary Scott Lutnick spoke.', 'Lutnick', '2025-08-15'))).toBe(false);
    expect(isRed(verdictsOn('Commerce Secretary Scott Lutnick spoke.', 'Lutnick', '2024-08-15'))).toBe(false);
    // A title every country has, and a namesake of another family member.
    expect(red('Prime Minister Siim Kallas spoke in Tallinn.', '2022-08-15')).toBe(false);
    expect(red('President Hunter Biden spoke.', '2022-08-15')).toBe(false);
    // A word between that is no first name.
    expect(isRed(verdictsOn('Commerce Secretary Nominee Lutnick spoke.', 'Lutnick', '2025-08-15'))).toBe(false);
  });
});
