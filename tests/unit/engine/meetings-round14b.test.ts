// Meetings, summits and the war's anchors, second pass of the fourteenth round: held-out 12 and the dev14 pages
// (/tmp/dev14, not in the repository: ids cited), their false versions (one fact changed) and true look-alikes.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, verdictsOn } from './helpers';

describe('a summit named by its city and a month of a year in which NATO met there', () => {
  // A red flag on true text found by the first pass: NATO leaders met by video from its headquarters in Brussels on
  // 25 February 2022 and in person there on 24 March 2022. A wrong month is no wrong year.
  const feb = 'Leaders met at an extraordinary NATO summit in Brussels in February 2022 to discuss the invasion.';

  it('"an extraordinary NATO summit in Brussels in February 2022" is not contradicted (the virtual summit of 25 February)', () => {
    expect(isRed(verdictsOn(feb, 'summit in Brussels in February 2022', '2024-01-01'))).toBe(false);
    expect(isRed(verdictsOn(feb, 'summit in Brussels in February 2022', '2022-03-01'))).toBe(false);
    expect(eventVerdictsOn(feb.replace('February', 'March'), 'summit in Brussels in March 2022', '2024-01-01')).toEqual(['supported']);
  });

  it('a year with no NATO summit in the city is still contradicted', () => {
    const vilnius = 'Leaders met at the NATO summit in Vilnius in 2022.';
    expect(eventVerdictsOn(vilnius, 'summit in Vilnius in 2022', '2024-01-01')).toEqual(['contradicted']);
    const brussels = 'Leaders met at the NATO summit in Brussels in 2016.';
    expect(eventVerdictsOn(brussels, 'summit in Brussels in 2016', '2024-01-01')).toEqual(['contradicted']);
  });
});
