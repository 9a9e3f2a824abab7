// The war's anniversaries and durations as real articles phrase them (second held-out set, read as
// development data): loose forms are confirmed on the day and never flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('anniversaries of the war', () => {
  it('supports an anniversary of the "Ukraine-Russia war" on the day', () => {
    // https://www.kurdistan24.net/en/story/896011/zelensky-says-putin-failed-to-achieve-war-goals-as-ukraine-marks-fourth-anniversary
    const text =
      'The fourth anniversary of Ukraine-Russia war was marked in Kyiv by commemorations and the presence of European leaders, as fighting continues and diplomatic efforts remain ongoing.';
    expect(verdictsOn(text, 'The fourth anniversary of Ukraine-Russia war', '2026-02-24')).toEqual(['supported']);
    // A year later the same words tell of a past anniversary: confirmed never, flagged never.
    expect(anyRed(text, '2027-06-01')).toBe(false);
  });

  it('reads "the second anniversary of Russia’s launch of its all-out invasion"', () => {
    // https://americanstocknews.com/politics/at-invasions-two-year-mark-kyiv-and-western-leaders-unite-in-clear-message-to-russia
    const text =
      'European Commission President Ursula von der Leyen arrived in Kyiv early on February 24 along with other foreign leaders and dignitaries eager to send a defiant message on the second anniversary of Russia’s launch of its all-out invasion of Ukraine, while Moscow sought to capitalize on its recent gains by announcing a visit by Russia’s defense minister to occupied Ukrainian territory.';
    expect(verdictsOn(text, 'the second anniversary of Russia’s launch of its all-out invasion of Ukraine', '2024-02-24')).toContain(
      'supported',
    );
  });

  it('counts an anniversary to come as the next one', () => {
    // https://www.iheart.com/content/2023-02-20-president-biden-mades-surprise-visit-to-ukraine/
    const biden =
      'President Joe Biden made a surprise visit to Kyiv to meet with Ukrainian President Volodymyr Zelenskyy on Monday (February 20), days ahead of the one-year anniversary of Russia\'s invasion of the neighboring country, which Biden described as "a brutal and unjust war."';
    expect(verdictsOn(biden, "days ahead of the one-year anniversary of Russia's invasion", '2023-02-20')).toContain('supported');
    // https://gtn24.com/world/2857-uk-imposes-new-sanctions-on-2nd-anniversary-of-russias-war-on-ukraine.html
    const uk =
      "The newly identified targets encompass a range of sectors, including munitions manufacturing, electronics, and the diamond and oil trades. These measures coincide with the upcoming two-year anniversary of Russia's initiation of hostilities against Ukraine on February 24, 2022. In a statement, Foreign Secretary David Cameron emphasized the effectiveness of international economic pressure in constraining Russia's ability to sustain its illegal invasion.";
    expect(
      verdictsOn(
        uk,
        "the upcoming two-year anniversary of Russia's initiation of hostilities against Ukraine on February 24, 2022",
        '2024-02-22',
      ),
    ).toEqual(['supported']);
    // Six weeks ahead, "ahead of the second anniversary" is still the next one, not a wrong count.
    const ahead = "Leaders met in Kyiv ahead of the second anniversary of Russia's invasion of Ukraine.";
    expect(verdictsOn(ahead, 'second anniversary', '2024-01-10')).toEqual(['supported']);
  });

  it('reads the anniversary of "the start of the conflict between Russia and Ukraine" on the date given', () => {
    // https://www.squirepattonboggs.com/en/insights/publications/2024/02/eu-agrees-on-13th-package-of-sanctions-on-russia-in-time-for-the-conflicts-two-year-anniversary
    const text =
      'On February 23, 2024, coinciding with the two-year anniversary of the start of the conflict between Russia and Ukraine, the European Council published its 13th package of sanctions against Russia.';
    const anns = analyze(text, '2024-02-26').filter((a) => a.kind === 'event' && a.quote.includes('anniversary'));
    expect(anns.map((a) => [a.verdict, a.quote])).toEqual([['supported', 'two-year anniversary of the start of the conflict']]);
  });
});

describe('years of the war in loose words', () => {
  it('counts "four years after Russian troops entered Ukraine on February 24, 2022" to the article, not to the date it gives', () => {
    // https://www.kurdistan24.net/en/story/896011/zelensky-says-putin-failed-to-achieve-war-goals-as-ukraine-marks-fourth-anniversary
    const text =
      'According to AFP, the anniversary falls four years after Russian troops entered Ukraine on February 24, 2022, triggering what has become the deadliest conflict on European soil since World War II.';
    expect(verdictsOn(text, 'four years after Russian troops entered Ukraine on February 24, 2022', '2026-02-24')).toEqual(['supported']);
    // "after" may tell of a later event: never flagged.
    expect(anyRed(text, '2029-02-24')).toBe(false);
  });

  it('supports "the war grinds into a fifth year" after a paragraph on Russia’s invasion', () => {
    // https://www.dagens.com/news/zelensky-urges-trump-to-visit-war-torn-ukraine
    const text =
      'Ukraine marked four years since Russia launched its full-scale invasion with a high-profile show of European solidarity in Kyiv.\n\nSeveral senior European figures travelled to Kyiv for the anniversary, including European Commission President Ursula von der Leyen and representatives from the UK and Nordic and Baltic countries.\n\nTheir presence underscored continued political support for Ukraine as the war grinds into a fifth year.';
    expect(verdictsOn(text, 'the war grinds into a fifth year', '2026-02-25')).toEqual(['supported']);
    expect(anyRed(text.slice(text.indexOf('Their presence')), '2027-06-01')).toBe(false);
  });

  it('reads "since Russia\'s invasion of Ukraine began one month ago"', () => {
    // https://archive.upday.com/uk/uk-announces-65-new-russian-sanctions-targeting-key-industries-and-elites
    const text =
      "The UK has now sanctioned more than 1,000 individuals and businesses since Russia's invasion of Ukraine began one month ago.";
    expect(verdictsOn(text, "since Russia's invasion of Ukraine began one month ago", '2022-03-24')).toContain('supported');
  });

  it('confirms "has just launched a full-scale invasion" only on the day', () => {
    // https://filipinotimes.net/latest-news/2022/02/24/full-scale-russian-invasion-in-ukraine-begins/
    const text = '“Putin has just launched a full-scale invasion of Ukraine. Peaceful Ukrainian cities are under strikes,” Kuleba said.';
    expect(verdictsOn(text, 'Putin has just launched a full-scale invasion of Ukraine', '2022-02-24')).toEqual(['supported']);
    expect(verdictsOn(text, 'Putin has just launched a full-scale invasion of Ukraine', '2022-03-10')).toEqual([]);
  });
});

describe('counts not flagged when the sentence moves them off the article date', () => {
  it('keeps an anniversary told of another year or to come unflagged', () => {
    // Constructed from the forms above: an anniversary of another year, or one to come.
    expect(anyRed('On the second anniversary of the invasion in 2024, Zelensky addressed parliament.', '2025-06-01')).toBe(false);
    expect(anyRed('Next month will mark the third anniversary of the invasion.', '2025-01-10')).toBe(false);
    // The plain present form is still flagged a year off.
    expect(verdictsOn('The Russia-Ukraine war is in its third year.', 'in its third year', '2025-07-01')).toEqual(['contradicted']);
  });
});

describe('the invasion named loosely with its date', () => {
  it('confirms "Russia’s invasion since February 2022" and never flags another year', () => {
    // https://stripes.com/theaters/europe/2024-03-15/austin-germany-meeting-13327513.html
    const text =
      'The group consists of nearly 50 countries that have banded together to provide military assistance to Ukrainian troops, who have been battling Russia’s invasion since February 2022.';
    expect(verdictsOn(text, 'battling Russia’s invasion since February 2022', '2024-03-15')).toEqual(['supported']);
    // "Russia's invasion" may be that of 2014: a year other than 2022 is no error of this phrase.
    expect(anyRed('Ukrainian troops have been fighting Russia’s invasion since 2015.', '2024-03-15')).toBe(false);
  });
});
