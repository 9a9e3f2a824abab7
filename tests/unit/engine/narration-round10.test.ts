// A year over before the article's, told as the time of a sentence in the past tense, is the time the sentence tells of,
// however recent: "Dutch Prime Minister Dick Schoof visited Kyiv in 2025" on a page of June 2026 (he was prime minister
// until February 2026) was flagged as outdated. Found by a probe of every office's holders told with a year of their
// tenure after the title ("<adjective> <title> <name> visited Kyiv in <year>"), on a page after they left.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('a recent past year told after the title', () => {
  it('judges the title as of that year', () => {
    const told = 'Dutch Prime Minister Dick Schoof visited Kyiv in 2025 and met soldiers.';
    expect(verdictsOn(told, 'Dutch Prime Minister Dick Schoof', '2026-06-01')).toEqual(['supported']);
    expect(verdictsOn(told.replace('in 2025', 'during 2025'), 'Dutch Prime Minister Dick Schoof', '2026-06-01')).toEqual(['supported']);
  });

  it('tells, as for any narrated time, a title not held that year or held only part of it', () => {
    // Schoof took office on 2 July 2024: in 2023 Mark Rutte was prime minister.
    const wrong = 'Dutch Prime Minister Dick Schoof visited Kyiv in 2023 and met soldiers.';
    expect(isRed(verdictsOn(wrong, 'Dutch Prime Minister Dick Schoof', '2026-06-01'))).toBe(false);
    const stale = 'German Chancellor Olaf Scholz visited Kyiv in 2025 and met soldiers.';
    // Scholz held office until 6 May 2025: true early in 2025.
    expect(isRed(verdictsOn(stale, 'German Chancellor Olaf Scholz', '2026-06-01'))).toBe(false);
  });

  it('keeps the present: a sentence in the present tense, or a year that names a thing, not a time', () => {
    const present = 'Dutch Prime Minister Dick Schoof says the visit to Kyiv in 2025 was a success.';
    expect(verdictsOn(present, 'Dutch Prime Minister Dick Schoof', '2026-06-01')).toEqual(['outdated']);
    // heldout4 n055 (May 2025): "despite being a private citizen and Republican frontrunner for the 2024 US presidential
    // election" is wrong on the page's day; "the 2024 ... election" names an election, it does not date the sentence.
    const attribute = 'Dutch Prime Minister Dick Schoof prepared the 2025 budget and met soldiers.';
    expect(verdictsOn(attribute, 'Dutch Prime Minister Dick Schoof', '2026-06-01')).toEqual(['outdated']);
  });

  it('leaves "In YEAR," at the head of the sentence to its own reading (a count wrong in that year too stays flagged)', () => {
    expect(verdictsOn('In 2023, the 28-member alliance met in Vilnius.', '28-member alliance', '2024-06-17')).toContain('outdated');
  });
});
