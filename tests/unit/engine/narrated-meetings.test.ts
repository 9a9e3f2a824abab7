// A past meeting told by two of the people who took part and its place, with no year in the
// sentence: its participants' titles are judged as of its days (narrated-time.ts, namedMeetings).
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed, kindOn } from './helpers';

const titleVerdicts = (text: string, quote: string, asOf: string) => kindOn('title', text, quote, asOf).map((a) => a.verdict);

describe('a past meeting told by who took part and where', () => {
  // alliansfriheten.se (Chatham House's explainer on Minsk-2), 15 February 2022; the year is only
  // in the next sentence.
  const minsk =
    'As fighting raged at Debaltseve, emergency negotiations, brokered by Chancellor Angela Merkel of Germany and President François Hollande of France, took place in Minsk. These produced a ‘package of measures for the implementation of the Minsk agreements’ (‘Minsk-2’).';

  it('judges the titles as of the meeting', () => {
    expect(titleVerdicts(minsk, 'Chancellor Angela Merkel of Germany', '2022-02-15')).toEqual(['supported']);
    expect(titleVerdicts(minsk, 'President François Hollande of France', '2022-02-15')).toEqual(['supported']);
  });

  it('still flags a title said of the present, and needs two of those who took part', () => {
    const now = 'Chancellor Angela Merkel of Germany said on Tuesday that talks would continue.';
    expect(titleVerdicts(now, 'Chancellor Angela Merkel of Germany', '2022-02-15')).toEqual(['outdated']);
    // One of them and another leader: not told which meeting, so judged as of the page's day.
    const one = minsk.replace('Angela Merkel', 'Olaf Scholz');
    expect(titleVerdicts(one, 'President François Hollande of France', '2022-02-15')).toEqual(['outdated']);
  });

  it('does not take those who attended for participants when a day is told of them', () => {
    // Merkel and Hollande met Putin in Moscow on 6 February 2015, days before Minsk.
    const moscow = 'Angela Merkel and François Hollande met Vladimir Putin in Moscow on February 6, 2015.';
    expect(isRed(eventVerdictsOn(moscow, 'on February 6, 2015', '2015-02-07'))).toBe(false);
  });
});
