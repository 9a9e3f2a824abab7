// Round 23 (held-out 21, now development data): tenure claims that were left silent.
import { describe, expect, it } from 'vitest';
import { verdictsOn } from './helpers';

describe('a long description of the person before "became"', () => {
  const said = (year: string) =>
    `Jens Stoltenberg, a former Prime Minister of Norway and former UN Special Envoy on Climate Change, became NATO Secretary General in October ${year}.`;
  it('confirms the start of the tenure told after it', () => {
    expect(verdictsOn(said('2014'), 'became NATO Secretary General in October 2014', '2023-07-04')).toContain('supported');
  });
  it('contradicts a start a year off', () => {
    expect(verdictsOn(said('2015'), 'became NATO Secretary General in October 2015', '2023-07-04')).toContain('contradicted');
  });
  it('confirms another holder told alike', () => {
    const text =
      'Mark Rutte, the former Dutch prime minister who was nicknamed Teflon Mark for surviving many scandals, became NATO Secretary General on 1 October 2024.';
    expect(verdictsOn(text, 'became NATO Secretary General on 1 October 2024', '2024-10-02')).toContain('supported');
  });
});

describe('a dismissal whose day opens the sentence', () => {
  const said = (day: string) =>
    `On ${day}, Andriy Yermak was dismissed from the post of head of the President’s Office by Zelenskyy’s decree.`;
  it('confirms the day the tenure ended', () => {
    expect(verdictsOn(said('November 28'), 'Andriy Yermak was dismissed', '2026-01-02')).toContain('supported');
  });
  it('does not confirm a day a week off, and never flags it', () => {
    const verdicts = verdictsOn(said('November 20'), 'Andriy Yermak was dismissed', '2026-01-02');
    expect(verdicts).not.toContain('supported');
    expect(verdicts).not.toContain('contradicted');
  });
});

describe('an election told with a party label before the name', () => {
  const said = (day: string) =>
    `German lawmakers elected Social Democrat Olaf Scholz as the country’s chancellor on ${day}, ending 16 years of rule under Angela Merkel.`;
  it('confirms the day he took office', () => {
    expect(verdictsOn(said('Wednesday'), 'elected Social Democrat Olaf Scholz', '2021-12-08')).toContain('supported');
  });
  it('does not confirm another day', () => {
    expect(verdictsOn(said('Thursday'), 'elected Social Democrat Olaf Scholz', '2021-12-08')).not.toContain('supported');
  });
});

describe('a title in a recollection of what the person had done', () => {
  it('withholds the flag when the titled person’s verb is in the past perfect after a recollection or a report', () => {
    for (const text of [
      'Zelensky recalled how US Vice President Joe Biden had pressed him on corruption.',
      'Zelensky said US Vice President Joe Biden had pressed him on corruption.',
    ])
      expect(verdictsOn(text, 'US Vice President Joe Biden', '2022-02-20')).toEqual(['context']);
  });
  it('still flags the stale title told of the page’s own time', () => {
    const text = 'Officials said Defence Secretary Ben Wallace approved the package on Monday.';
    expect(verdictsOn(text, 'Defence Secretary Ben Wallace', '2024-02-20')).toEqual(['outdated']);
    const recalled = 'Zelensky recalled how US Vice President Joe Biden pressed him on corruption.';
    expect(verdictsOn(recalled, 'US Vice President Joe Biden', '2022-02-20')).toEqual(['outdated']);
  });
});
