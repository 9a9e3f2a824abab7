// A range of days is never a one-day milestone's day (war-milestones.ts): found by the look-alike probe of the
// twenty-first round, after the round's change to ranged milestones (the referendums of 23-27 September 2022).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('war milestones and ranges of days', () => {
  it('another event’s days, told as a range in a sentence about a one-day milestone, are not flagged', () => {
    expect(red("The Munich Security Conference on February 16-18 opened on the day Navalny's death was announced.", '2024-02-19')).toEqual(
      [],
    );
  });
  it('a one-day milestone told on another single day is still flagged, a ranged one still confirmed', () => {
    expect(red('Alexei Navalny died in prison on February 18, 2024.', '2024-02-19').map((a) => a.factIds)).toEqual([['navalny-death']]);
    const held = analyze('A referendum was held on September 23-27 in Zaporizhia and Kherson.', '2022-10-01');
    expect(held.filter((a) => a.verdict === 'supported').map((a) => a.factIds)).toEqual([['annexation-referendums-2022']]);
  });
});
