// Officials, sixteenth round (second pass): forms of words from held-out 14 (not in the repository; cited by id and
// URL), each tested on the page's sentence, on false versions of it, and on true look-alikes that must stay silent or
// confirmed.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

// l029 (2022-09-06), https://www.theirishworld.com/new-cabinet-announcements-begin/
const lead = 'Prime Minister Liz Truss announced her new Cabinet, keeping only Defence Secretary Ben Wallace in his post.\n\n';

describe('a misspelt full name before "is TITLE", matched against that office’s holders only', () => {
  const l029 = 'James Cleverley is Foreign Secretary.';

  it('the holder is confirmed', () => {
    expect(titleVerdicts(lead + l029, 'James Cleverley is Foreign Secretary', '2022-09-06')).toEqual(['supported']);
    expect(titleVerdicts(l029, 'James Cleverley is Foreign Secretary', '2022-09-06')).toEqual(['supported']);
  });

  it('never flagged: another office, or another day, says nothing', () => {
    const defence = 'James Cleverley is Home Secretary.';
    expect(isRed(verdictsOn(defence, 'James Cleverley is Home Secretary', '2022-09-06'))).toBe(false);
    expect(isRed(verdictsOn(l029, 'James Cleverley is Foreign Secretary', '2025-09-06'))).toBe(false);
  });
});

describe('"NAME is TITLE (and TITLE)" of a single office whose holder that day the page itself names', () => {
  const l029 = 'Brandon Lewis is Lord Chancellor and Defence Secretary.';

  it('the page’s slip is contradicted; so is one title alone, or another person', () => {
    expect(titleVerdicts(lead + l029, 'Brandon Lewis is Lord Chancellor and Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
    const alone = lead + 'Brandon Lewis is Defence Secretary.';
    expect(titleVerdicts(alone, 'Brandon Lewis is Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
    const cleverly = lead + 'James Cleverly is Foreign Secretary and Defence Secretary.';
    expect(titleVerdicts(cleverly, 'James Cleverly is Foreign Secretary and Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
    const staysOn = 'Ben Wallace stays on as Defence Secretary.\n\n' + l029;
    expect(titleVerdicts(staysOn, 'Brandon Lewis is Lord Chancellor and Defence Secretary', '2022-09-06')).toEqual(['contradicted']);
  });

  it('the holder is confirmed; without the page naming the holder, or of another year, nothing is flagged', () => {
    const wallace = lead + 'Ben Wallace is Defence Secretary.';
    expect(titleVerdicts(wallace, 'Ben Wallace is Defence Secretary', '2022-09-06')).toEqual(['supported']);
    expect(isRed(verdictsOn(l029, 'Brandon Lewis is Lord Chancellor and Defence Secretary', '2022-09-06'))).toBe(false);
    // The title before the holder's name is another's ("replaced Defence Secretary Ben Wallace"): no anchor.
    const replaced = 'Grant Shapps replaced Defence Secretary Ben Wallace. Brandon Lewis is Defence Secretary.';
    expect(isRed(verdictsOn(replaced, 'Brandon Lewis is Defence Secretary', '2023-09-06'))).toBe(false);
    const then = lead + 'In 2019, Brandon Lewis is Defence Secretary in the novel.';
    expect(isRed(verdictsOn(then, 'Brandon Lewis is Defence Secretary', '2022-09-06'))).toBe(false);
    // The right office: Lord Chancellor's record does not reach back to 2022, and no other holder is named.
    const right = lead + 'Brandon Lewis is Lord Chancellor.';
    expect(isRed(verdictsOn(right, 'Brandon Lewis is Lord Chancellor', '2022-09-06'))).toBe(false);
  });
});
