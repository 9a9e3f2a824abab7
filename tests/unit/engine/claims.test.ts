import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const FULL = 'U.S. Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov spoke. ';

describe('event claims', () => {
  it('contradicts a wrong date for a known call', () => {
    const text = `${FULL}Following a phone call between Rubio and Lavrov on October 19, 2025, the meeting was deemed unnecessary.`;
    expect(verdictsOn(text, 'October 19, 2025', '2025-10-22')).toEqual(['contradicted']);
    const right = text.replace('October 19', 'October 20');
    expect(verdictsOn(right, 'October 20, 2025', '2025-10-22')).toEqual(['supported']);
  });

  it('supports the Alaska summit with a relative month', () => {
    const text = 'Donald Trump and Vladimir Putin spoke. Trump and Putin last met in August in Alaska.';
    expect(verdictsOn(text, 'met in August in Alaska', '2025-10-22')).toEqual(['supported']);
  });

  it('contradicts the place of a meeting identified by its date', () => {
    const text =
      'NATO Secretary-General Jens Stoltenberg met with U.S. President Donald Trump on October 22, 2025. This meeting, held at Trump’s Mar-a-Lago estate, was long.';
    expect(verdictsOn(text, 'held at Trump’s Mar-a-Lago estate', '2025-10-23')).toContain('contradicted');
  });

  it('does not take "the war in Ukraine" for the place of a meeting', () => {
    const text = 'U.S. President Donald Trump met NATO Secretary General Mark Rutte on Oct. 22 to discuss the war in Ukraine.';
    expect(isRed(analyze(text, '2025-10-23').map((a) => a.verdict))).toBe(false);
  });

  it('contradicts a meeting reported as held that was called off', () => {
    const text = 'Donald Trump and Vladimir Putin spoke in October. Trump met Putin in Budapest to end the war.';
    expect(verdictsOn(text, 'met Putin in Budapest', '2025-12-01')).toContain('contradicted');
  });

  it('leaves Alaska Airlines and the Budapest Memorandum alone', () => {
    const text =
      'Donald Trump flew Alaska Airlines on August 15. Vladimir Putin cited the Budapest Memorandum of 1994 and talks on Friday.';
    expect(isRed(analyze(text, '2025-10-22').map((a) => a.verdict))).toBe(false);
  });
});

describe('figure claims', () => {
  it('calls the 2% target outdated after The Hague and right before it', () => {
    const text = 'Allies were urged to meet the 2% of GDP defense spending target set by NATO.';
    expect(verdictsOn(text, '2% of GDP', '2025-10-21')).toEqual(['outdated']);
    expect(verdictsOn(text, '2% of GDP', '2024-05-01')).toEqual(['supported']);
  });

  it('accepts "the previous 2 percent target"', () => {
    const text = 'NATO members agreed to spend 5 percent of GDP by 2035 on defense. This was up from the previous 2 percent target.';
    expect(verdictsOn(text, 'the previous 2 percent target', '2025-10-23')).toEqual(['supported']);
    expect(verdictsOn(text, '5 percent of GDP by 2035', '2025-10-23')).toEqual(['supported']);
  });

  it('contradicts the wrong year for the 5% target', () => {
    expect(verdictsOn('NATO set a defense spending target of 5% of GDP by 2030.', '5% of GDP by 2030', '2025-10-23')).toEqual([
      'contradicted',
    ]);
  });

  it('checks member counts and accessions', () => {
    expect(verdictsOn('The 32-member alliance met.', '32-member alliance', '2025-01-01')).toEqual(['supported']);
    expect(verdictsOn('The thirty-nation alliance met.', 'thirty-nation alliance', '2025-01-01')).toEqual(['outdated']);
    expect(verdictsOn('NATO now has 33 members.', '33 members', '2025-01-01')).toEqual(['contradicted']);
    expect(verdictsOn('The 23 NATO members that meet the target.', '23 NATO members', '2024-06-01')).toEqual([]);
    expect(verdictsOn('Sweden joined NATO in 2023.', 'Sweden joined NATO in 2023', '2025-01-01')).toEqual(['contradicted']);
    expect(verdictsOn('Finland joined NATO in 2023.', 'Finland joined NATO in 2023', '2025-01-01')).toEqual(['supported']);
  });
});

describe('tenure and sanction claims', () => {
  it('checks the start of a tenure', () => {
    const text = 'Mark Rutte spoke. Rutte has served as NATO’s secretary general since Oct. 1, 2024.';
    expect(verdictsOn(text, 'since Oct. 1, 2024', '2025-10-23')).toEqual(['supported']);
    expect(verdictsOn(text.replace('2024', '2023'), 'since Oct. 1, 2023', '2025-10-23')).toEqual(['contradicted']);
  });

  it('supports new US sanctions on Rosneft and Lukoil', () => {
    const text = 'In a statement later Wednesday, the United States announced new sanctions targeting Rosneft and Lukoil.';
    expect(verdictsOn(text, 'Rosneft', '2025-10-23')).toEqual(['supported']);
    expect(isRed(analyze(text, '2025-10-23').map((a) => a.verdict))).toBe(false);
  });
});

describe('events the fact base may not hold', () => {
  it('does not contradict a place when only the month matches a known event', () => {
    const text =
      'Steve Witkoff and Vladimir Putin spoke. Steve Witkoff, Trump’s special envoy, met Putin in Moscow in August, days before the Alaska summit.';
    expect(isRed(analyze(text, '2025-10-17').map((a) => a.verdict))).toBe(false);
  });

  it('does not contradict a month when a known meeting was in another month', () => {
    const text = 'Donald Trump and Vladimir Putin spoke. Trump and Putin met in July.';
    expect(isRed(analyze(text, '2025-10-17').map((a) => a.verdict))).toBe(false);
  });
});

describe('figures written in words', () => {
  it('reads "five percent of GDP by 2025" as the 5% target with the wrong year', () => {
    expect(
      verdictsOn('NATO allies agreed to spend five percent of GDP by 2025 on defence.', 'five percent of GDP by 2025', '2026-06-01'),
    ).toEqual(['contradicted']);
  });
});

describe('tenure without a title', () => {
  it('checks "took office in January" against the one office the person holds', () => {
    const text = 'Defense Secretary Pete Hegseth spoke. Hegseth, who took office in January, met allies.';
    expect(verdictsOn(text, 'took office in January', '2025-10-20')).toEqual(['supported']);
    // Hegseth holds two offices since September 2025 (Defense, and War as a second title): March fits neither, but which was meant is unclear.
    expect(isRed(verdictsOn(text.replace('January', 'March'), 'took office in March', '2025-10-20'))).toBe(false);
    const bessent = 'Treasury Secretary Scott Bessent spoke. Bessent, who took office in March 2025, met allies.';
    expect(verdictsOn(bessent, 'took office in March 2025', '2025-10-20')).toEqual(['contradicted']);
    // A month without its year may confirm a start, never contradict one: the year is a guess.
    expect(isRed(verdictsOn(bessent.replace(' 2025', ''), 'took office in March', '2025-10-20'))).toBe(false);
  });
});

describe('the 2% target in history', () => {
  it('does not flag a measurement or a past year', () => {
    const text = 'Only three allies met the 2% guideline in 2014, NATO says, compared with 23 of the 32 allies in 2024.';
    expect(isRed(analyze(text, '2025-11-10').map((a) => a.verdict))).toBe(false);
  });
});

describe('places written with their article', () => {
  it('reads "in The Hague" as where the summit was', () => {
    const text = 'Allies agreed at the NATO summit in The Hague in June to spend more.';
    expect(verdictsOn(text, 'The Hague in June', '2025-10-30')).toEqual(['supported']);
  });
});

describe('events with no date in the sentence', () => {
  it('takes the meeting nearest the article date', () => {
    const text = 'NATO Secretary General Mark Rutte meets U.S. President Donald Trump at the White House as Ukraine talks stall.';
    const event = analyze(text, '2025-10-22').find((a) => a.kind === 'event');
    expect(event?.factIds).toEqual(['white-house-meeting-2025-10-22']);
  });
});
