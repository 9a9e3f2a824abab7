// Twentieth round, narrated time. A month told without its year at the end of a past-tense sentence ("signed the deal
// in April.") is the time the sentence tells of, once it is a month or more past. Read as the article's present, a title
// true that month was flagged: the round-19 look-alike probe found "Ukrainian Economy Minister Yulia Svyrydenko signed the
// deal in April" red on a page of September 2025 (she was economy minister until July 2025). The reading only confirms:
// a title wrong that month too keeps its red flag.
import { describe, expect, it } from 'vitest';
import { isRed, verdictsOn } from './helpers';

describe('a month without its year at the end of a sentence', () => {
  it('judges a past-tense sentence as of that month', () => {
    const deal = 'Ukrainian Economy Minister Yulia Svyrydenko signed the minerals deal in April.';
    expect(verdictsOn(deal, 'Ukrainian Economy Minister Yulia Svyrydenko', '2025-09-20')).toEqual(['supported']);
    const visit = 'Prime Minister Denys Shmyhal visited Berlin in June, officials said.';
    expect(verdictsOn(visit, 'Prime Minister Denys Shmyhal', '2025-12-20')).toEqual(['supported']);
  });

  it('keeps the red flag of a title wrong in that month too', () => {
    // Kuleba left the foreign ministry in September 2024.
    const stale = 'Foreign Minister Dmytro Kuleba visited Berlin in June.';
    expect(verdictsOn(stale, 'Foreign Minister Dmytro Kuleba', '2025-12-20')).toEqual(['outdated']);
  });

  it('leaves the article’s present to a sentence of the present or of the future, and to a recent month', () => {
    const future = 'Prime Minister Denys Shmyhal says he will visit Berlin in June.';
    expect(verdictsOn(future, 'Prime Minister Denys Shmyhal', '2025-12-20')).toEqual(['outdated']);
    const now = 'Prime Minister Denys Shmyhal is now in Berlin, as he was in June.';
    expect(isRed(verdictsOn(now, 'Prime Minister Denys Shmyhal', '2025-12-20'))).toBe(true);
    // "in November" on a page of 1 December: less than a month past, the article's own present.
    const recent = 'Prime Minister Yulia Svyrydenko visited Berlin in November.';
    expect(verdictsOn(recent, 'Prime Minister Yulia Svyrydenko', '2025-12-01')).toEqual(['supported']);
    // Another clause after the month: "in June" may end a clause about something else.
    const more = 'Prime Minister Denys Shmyhal visited Berlin in June, and more visits followed.';
    expect(verdictsOn(more, 'Prime Minister Denys Shmyhal', '2025-12-20')).toEqual(['outdated']);
  });
});

// A US president's numbered term as the time told: "During Trump's first term, Vice President Mike Pence led the task force"
// (a page of 2025) was red, read as of the article's day (found by the titles helper's probe of this round).
describe('a president’s numbered term', () => {
  it('judges the titles of the sentence as of that term', () => {
    const during = 'During Trump’s first term, Vice President Mike Pence led the task force.';
    expect(verdictsOn(during, 'Vice President Mike Pence', '2025-06-10')).toEqual(['supported']);
    const administration = 'In the first Trump administration, Secretary of State Mike Pompeo visited Kyiv.';
    expect(verdictsOn(administration, 'Secretary of State Mike Pompeo', '2025-06-10')).toEqual(['supported']);
    const presidency = 'Under Trump’s first presidency, Defense Secretary Jim Mattis oversaw the deployment.';
    expect(verdictsOn(presidency, 'Defense Secretary Jim Mattis', '2025-06-10')).toEqual(['supported']);
  });

  it('keeps a title wrong in the term told', () => {
    const second = 'In Trump’s second term, Vice President Mike Pence has been critical.';
    expect(verdictsOn(second, 'Vice President Mike Pence', '2025-06-10')).toEqual(['outdated']);
  });
});
