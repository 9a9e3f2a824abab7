// The tenth precision audit (twelfth round): 100 fresh dated excerpts, every red flag judged by hand. Two fell on true
// sentences; each is fixed by a general rule, tested here on the audit's sentence, on the same sentence told when it
// is wrong, and on a look-alike that must stay flagged.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('a title given to the chosen head of a government being formed (title.ts)', () => {
  // https://rmx.news/article/new-lithuanian-foreign-minister-wants-poland-to-lead-the-region/ (late November or early
  // December 2020: Šimonytė was approved by the Seimas on 24 November and took office with her cabinet on 11 December).
  const real =
    'Gabrielius Landsbergis, the foreign minster nominee in the new cabinet of Lithuanian Prime Minister Ingrida Šimonytė, assured that Lithuania’s foreign policy would not change under the new government.';

  it('is not flagged in the weeks before the tenure', () => {
    expect(isRed(verdictsOn(real, 'Lithuanian Prime Minister Ingrida Šimonytė', '2020-11-26'))).toBe(false);
    const led = 'Ministers of the new government led by Lithuanian Prime Minister Ingrida Šimonytė were named this week.';
    expect(isRed(verdictsOn(led, 'Lithuanian Prime Minister Ingrida Šimonytė', '2020-12-01'))).toBe(false);
  });

  it('is still flagged when she is said to act as prime minister before it, or months before', () => {
    const acted = 'Lithuanian Prime Minister Ingrida Šimonytė signed the decree on Thursday.';
    expect(verdictsOn(acted, 'Lithuanian Prime Minister Ingrida Šimonytė', '2020-11-26')).toEqual(['contradicted']);
    expect(verdictsOn(real, 'Lithuanian Prime Minister Ingrida Šimonytė', '2020-06-01')).toEqual(['contradicted']);
  });
});

describe('a day told before talks as the one they were scheduled for (event.ts)', () => {
  // https://www.grayscaleinsight.com/topic-post/3318 (1 February 2026): the second trilateral round was then set for
  // Sunday 1 February; it was moved to 4-5 February.
  const real =
    'On January 31, U.S. Special Envoy Steve Witkoff met with Russian President’s Special Envoy for Economic Affairs Kirill Dmitriev in Miami, Florida. This closed-door meeting, described by Witkoff as productive and constructive, took place ahead of the scheduled new round of Russia-Ukraine-U.S. trilateral talks in Abu Dhabi on February 1.';

  it('is not flagged before the talks', () => {
    expect(isRed(verdictsOn(real, 'on February 1', '2026-02-01'))).toBe(false);
  });

  it('is still flagged when the page is dated after the talks were held on other days', () => {
    expect(verdictsOn(real, 'on February 1', '2026-02-10')).toEqual(['contradicted']);
  });
});

describe('the title of someone appointed to another office, in the sentence that tells of the move (title.ts)', () => {
  // AP, 7 March 2024 (https://www.expressandstar.com/news/world-news/2024/03/07/ukraines-former-military-chief-to-become-ambassador-to-uk/,
  // also https://breakingnews.ie/ukraine/ukraines-former-military-chief-to-become-ambassador-to-uk-1598402.html): Syrskyi
  // commanded the ground forces until 8 February 2024, when he was made commander-in-chief.
  const real = 'He then appointed Oleksandr Syrskyi, the commander of Ukraine’s ground forces, to lead the army.';
  const quote = 'Oleksandr Syrskyi, the commander of Ukraine’s ground forces';

  it('is not flagged in the months after the move', () => {
    expect(isRed(verdictsOn(real, quote, '2024-03-07'))).toBe(false);
  });

  it('is still flagged with no appointment in the sentence, or long after the move', () => {
    const visited = 'Oleksandr Syrskyi, the commander of Ukraine’s ground forces, visited the front.';
    expect(verdictsOn(visited, quote, '2024-03-07')).toEqual(['outdated']);
    expect(verdictsOn(real, quote, '2024-11-07')).toEqual(['outdated']);
  });
});

describe('a country written after an event’s city (place-country.ts)', () => {
  // https://madridtimes.com/spain-stands-alone-in-nato-over-trump-s-demand-for-increased-defense-spending (June 2025).
  const real =
    'During a NATO meeting in Brussels, U.S. Secretary of Defense Pete Hegseth asserted that there is significant momentum toward achieving a 5% defense spending target among member nations.';

  it('is not read as the city’s country when it starts the next phrase', () => {
    expect(isRed(verdictsOn(real, 'Brussels, U.S.', '2025-06-06'))).toBe(false);
    const officials = 'NATO defence ministers met in Brussels, U.S. officials said on Thursday.';
    expect(isRed(verdictsOn(officials, 'Brussels, U.S.', '2025-06-06'))).toBe(false);
  });

  it('is still flagged when it closes the place', () => {
    const wrong = 'NATO leaders met at their annual summit in The Hague, Switzerland, on 24 June.';
    expect(verdictsOn(wrong, 'The Hague, Switzerland', '2025-06-26')).toEqual(['contradicted']);
    expect(verdictsOn('The leaders met at the NATO summit in The Hague, Switzerland.', 'The Hague, Switzerland', '2025-06-26')).toEqual([
      'contradicted',
    ]);
  });
});

describe('"As TITLE, NAME will ..." said of a holder chosen and not yet in office (title.ts)', () => {
  // Held-out 11 (y091, June 2024, read for its unlabelled red flag): Rutte was chosen on 26 June 2024 and took office on
  // 1 October.
  const text =
    'Mark Rutte was chosen by the allies this week. As NATO Secretary General, Rutte is expected to hold the alliance together and maintain good relations with the USA.';

  it('confirms the role ahead', () => {
    expect(verdictsOn(text, 'NATO Secretary General, Rutte', '2024-06-28')).toEqual(['supported']);
    const will = 'Mark Rutte was chosen by the allies this week. As NATO Secretary General, Rutte will visit Kyiv in the autumn.';
    expect(verdictsOn(will, 'NATO Secretary General, Rutte', '2024-06-28')).toEqual(['supported']);
  });

  it('still flags what he is said to have done as such before taking office, and the role a year ahead', () => {
    const did = 'Mark Rutte was chosen by the allies this week. As NATO Secretary General, Rutte visited Kyiv.';
    expect(verdictsOn(did, 'NATO Secretary General, Rutte', '2024-06-28')).toEqual(['contradicted']);
    expect(verdictsOn(text, 'NATO Secretary General, Rutte', '2023-06-28')).toEqual(['contradicted']);
  });
});
