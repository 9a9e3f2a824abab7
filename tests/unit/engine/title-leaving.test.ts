// A title told with its holder's departure is the title they held when they left.
import { describe, expect, it } from 'vitest';
import { verdictsOn } from './helpers';

describe('a title told with its holder leaving', () => {
  it('"X has been replaced by", "replaced X with": supported, as of the day they left', () => {
    // euromaidanpress.com, 17 May 2024, three days after the handover.
    const text =
      'In a surprise reshuffle the Russian Defence Minister Sergei Shoigu has been replaced by First Deputy Prime Minister Andrei Belousov, with Shoigu replacing Nikolai Patrushev as Secretary of the Russian Security Council.';
    expect(verdictsOn(text, 'Russian Defence Minister Sergei Shoigu', '2024-05-17')).toEqual(['supported']);
    const before = 'Putin replaced Defence Minister Sergei Shoigu with the economist Andrei Belousov.';
    expect(verdictsOn(before, 'Defence Minister Sergei Shoigu', '2024-05-20')).toEqual(['supported']);
  });

  it('a stale title with no word of leaving is still flagged', () => {
    const text = 'Russian Defence Minister Sergei Shoigu said on Tuesday that the offensive would continue.';
    expect(verdictsOn(text, 'Russian Defence Minister Sergei Shoigu', '2024-06-18')).toEqual(['outdated']);
    // "Replaced" said of something else, before the name: not the holder's leaving.
    const other = 'The replaced tanks were inspected by Russian Defence Minister Sergei Shoigu on Tuesday.';
    expect(verdictsOn(other, 'Russian Defence Minister Sergei Shoigu', '2024-06-18')).toEqual(['outdated']);
  });

  it('"X handed over to Y", "passed the baton to": the title held at the handover', () => {
    // A page of 13 October 2024 on the NATO handover of 1 October (the meetings engineer's find, seventh round).
    const text = 'On September 30, NATO Secretary General Jens Stoltenberg handed over to Mark Rutte.';
    expect(verdictsOn(text, 'NATO Secretary General Jens Stoltenberg', '2024-10-13')).toEqual(['supported']);
    const baton = 'NATO Secretary General Jens Stoltenberg passed the baton to Mark Rutte at a ceremony in Brussels.';
    expect(verdictsOn(baton, 'NATO Secretary General Jens Stoltenberg', '2024-10-13')).toEqual(['supported']);
    // Handing over something else is no leaving.
    const other = 'NATO Secretary General Jens Stoltenberg handed a report to the ministers on Monday.';
    expect(verdictsOn(other, 'NATO Secretary General Jens Stoltenberg', '2024-10-13')).toEqual(['outdated']);
  });
});
