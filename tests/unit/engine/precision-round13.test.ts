// Red flags on true sentences seen in the thirteenth round's first scoring of held-out 12 (only the lines of its false
// alarms and unlabelled red flags were printed; see tests/fixtures/real/README.md). The sentences below are written
// in the same forms, not copied from that blind set, and each comes with the wrong version that must stay flagged.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('"(at the time)" before a title (title.ts)', () => {
  const caption = 'NATO Secretary General Jens Stoltenberg with (at the time) US Vice President Joe Biden in Munich.';

  it('reads the title as of the time the caption tells of, like "then-"', () => {
    const v = verdictsOn(caption, 'US Vice President Joe Biden', '2020-11-08');
    expect(isRed(v)).toBe(false);
    expect(v).toContain('supported');
    expect(isRed(verdictsOn(caption.replace('(at the time)', '(then)'), 'US Vice President Joe Biden', '2020-11-08'))).toBe(false);
  });

  it('still flags the stale title without it', () => {
    expect(verdictsOn(caption.replace('(at the time) ', ''), 'US Vice President Joe Biden', '2020-11-08')).toContain('outdated');
  });
});

describe('a title before a comma that ends a phrase put before the clause (title.ts)', () => {
  const text =
    'Dmytro Kuleba, Ukraine’s Foreign Minister, does not think a Trump win would hurt support for Ukraine.\n\n' +
    "Asked about Trump's chances of re-election as US president, Kuleba said Ukraine would work with any administration.";

  it('says nothing of the name after the comma', () => {
    expect(isRed(verdictsOn(text, 'US president, Kuleba', '2024-01-03'))).toBe(false);
  });

  it('still confirms a holder written that way, and flags a stale holder with no comma', () => {
    expect(
      verdictsOn('The visit was hosted by US president, Joe Biden, at the White House.', 'US president, Joe Biden', '2023-06-12'),
    ).toContain('supported');
    expect(
      verdictsOn('Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv.', 'Ukrainian Foreign Minister Dmytro Kuleba', '2025-03-01'),
    ).toContain('outdated');
  });
});

describe('two weekdays for two days (event.ts)', () => {
  it('leaves "on Tuesday and Wednesday, June 24 and 25, 2025" alone', () => {
    const text = 'Leaders met in The Hague on Tuesday and Wednesday, June 24 and 25, 2025, for the NATO summit.';
    expect(isRed(verdictsOn(text, 'Wednesday, June 24', '2025-06-26'))).toBe(false);
    const dash = 'Foreign ministers met in Brussels on Thursday and Friday, April 3-4, 2025.';
    expect(isRed(verdictsOn(dash, 'Friday, April 3', '2025-04-05'))).toBe(false);
  });

  it('still flags one weekday against a day it is not', () => {
    const text = 'Foreign ministers met in Brussels on Friday, April 3, 2025.';
    expect(verdictsOn(text, 'Friday, April 3, 2025', '2025-04-05')).toContain('contradicted');
  });
});
