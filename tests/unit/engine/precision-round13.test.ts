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

// The eleventh precision audit's red flags on true sentences (/tmp/audit11 in the round; pages quoted with their URLs).
describe('the eleventh precision audit', () => {
  it('a day after "a Kremlin statement" is the statement\'s, not the meeting\'s (event.ts)', () => {
    // https://newyorkbudgets.com/trump-putin-convene-in-alaska-for-crucial-peace-talks/ (15 August 2025)
    const text =
      'Trump and Putin met in Anchorage on Friday. Reporters briefly questioned Putin before the talks began, with the Russian leader praising the Trump administration’s “energetic and sincere” efforts to resolve the conflict, according to a Kremlin statement on August 14.';
    expect(isRed(verdictsOn(text, 'on August 14', '2025-08-15'))).toBe(false);
    // The meeting's own day, told wrong, is still flagged.
    const wrong = 'Donald Trump and Vladimir Putin met in Anchorage, Alaska, on August 14, 2025, for talks on Ukraine.';
    expect(isRed(verdictsOn(wrong, 'August 14', '2025-08-20'))).toBe(true);
  });

  it('"Russian Chief of Staff Valery Gerasimov" shortens the office he holds (title.ts)', () => {
    // https://www.i24news.tv/en/news/ukraine-conflict/artc-ukrainian-forces-penetrate-into-russian-territory-conquering-several-villages (7 August 2024)
    const text = 'According to Russian sources, Russian Chief of Staff Valery Gerasimov said that the Ukrainian attack had been halted.';
    expect(isRed(verdictsOn(text, 'Russian Chief of Staff Valery Gerasimov', '2024-08-07'))).toBe(false);
    // A title whose words fit no office he held is still contradicted.
    expect(
      verdictsOn('Russian Foreign Minister Valery Gerasimov said the attack had been halted.', 'Valery Gerasimov', '2024-08-07'),
    ).toContain('contradicted');
  });

  it('"New Finnish leader Alexander Stubb" on the day he became president (title.ts)', () => {
    // https://toronto.citynews.ca/2024/03/01/new-finnish-leader-alexander-stubb-says-it-took-final-step-into-western-community-by-joining-nato/
    const text = 'New Finnish leader Alexander Stubb says it took ‘final step’ into Western community by joining NATO';
    expect(isRed(verdictsOn(text, 'Finnish leader Alexander Stubb', '2024-03-01'))).toBe(false);
    // A loose "leader" for someone who holds no office of the country that day is still outdated.
    expect(verdictsOn('Finnish leader Sanna Marin said the country would apply.', 'Finnish leader Sanna Marin', '2024-03-01')).toContain(
      'outdated',
    );
  });

  it('"during the administration of US President Barack Obama" tells of his term (title.ts)', () => {
    // https://freenews.live/the-meeting-of-trump-and-zelensky-began-with-jokes/ (25 September 2019)
    const text = 'Trump, in turn, recalled that Russia annexed Crimea during the administration of US President Barack Obama.';
    expect(isRed(verdictsOn(text, 'US President Barack Obama', '2019-09-25'))).toBe(false);
    expect(
      verdictsOn('US President Barack Obama said on Monday that talks would go on.', 'US President Barack Obama', '2019-09-25'),
    ).toContain('outdated');
  });
});

describe('backing someone "for the position" tells of the race (title-of.ts)', () => {
  // https://dailysabah.com/politics/diplomacy/turkiye-to-host-nato-summit-in-2026 (10 July 2024)
  const text =
    'Türkiye, which has the second largest army in NATO, played an important role in determining the position of secretary-general, the highest-level job in the alliance. Türkiye supported Dutch Prime Minister Mark Rutte for the position for the next five-year period.';

  it('does not flag the title he held during the race', () => {
    expect(isRed(verdictsOn(text, 'Dutch Prime Minister Mark Rutte', '2024-07-10'))).toBe(false);
  });

  it('still flags the stale title in a sentence of the present', () => {
    expect(
      verdictsOn('Dutch Prime Minister Mark Rutte arrived in Washington on Tuesday.', 'Dutch Prime Minister Mark Rutte', '2024-07-10'),
    ).toContain('outdated');
  });
});
