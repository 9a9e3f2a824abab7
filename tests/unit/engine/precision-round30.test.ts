// Round 30 precision: the mechanisms behind the red flags on true sentences of this round's blind set (held-out 29,
// scored at the round's start), mended in general form and probed with sentences of our own:
// (1) mc032, "the meetings were chaired by Pentagon Chief Lloyd Austin" (February 2025, two weeks after he left office):
//     in the weeks after a handover, the doer of a past act of office (chaired, led, signed, ...) told in the passive is
//     named as of that act (title.ts,
//     agentOfPastAct; months on, a passive is the page's news, as two labelled errors of earlier sets show);
// (2) mc042, "When he takes over from Charles Michel as president of the European Council, Costa ..." (September 2024):
//     the title ends a clause of taking the office, before the name (title.ts, titleOfClauseOfBecoming);
// (3) md015, "they are at least now meeting the 2% target" (2025), and an unlabelled "NATO's 2% defense goal" of the
//     same set: spending told as having reached a figure or fallen short of it is measured against it, which says
//     nothing of the target in force (figure.ts, ATTAINMENT_BEFORE_RE).
import { describe, expect, it } from 'vitest';
import { saidRed } from './helpers';

describe('a stale title of the doer of a past act told in the passive', () => {
  it('is not flagged', () => {
    for (const text of [
      'The meetings were chaired by Pentagon Chief Lloyd Austin.',
      'The first aid packages were signed by Defense Secretary Lloyd Austin.',
      'Most of the Ramstein sessions had been hosted by US Defense Secretary Lloyd Austin.',
    ])
      expect(saidRed(text, '2025-02-05'), text).toEqual([]);
  });
  it('is still flagged months after the handover, when a passive tells the page’s news', () => {
    expect(saidRed('His comments were welcomed by NATO Secretary General Jens Stoltenberg.', '2025-06-24')).toHaveLength(1);
    expect(saidRed('The plan was announced by Dutch Prime Minister Mark Rutte.', '2025-05-23')).toHaveLength(1);
  });
  it('is still flagged for words said, the page’s news even weeks after the handover', () => {
    expect(saidRed('This was stated by German Chancellor Olaf Scholz, speaking in the Bundestag.', '2025-06-15')).toHaveLength(1);
    expect(saidRed('The meetings were described by Pentagon Chief Lloyd Austin as vital.', '2025-02-05')).toHaveLength(1);
  });
  it('is still flagged told of the page’s days, in the active voice or in the present perfect', () => {
    for (const text of [
      'The aid package was announced by Defense Secretary Lloyd Austin on Tuesday.',
      'Defense Secretary Lloyd Austin chaired the meeting.',
      'The meetings have been chaired by Defense Secretary Lloyd Austin.',
    ])
      expect(saidRed(text, '2025-02-05'), text).toHaveLength(1);
  });
});

describe('a title that ends a clause of taking the office, before the name', () => {
  it('is not flagged', () => {
    for (const [text, asOf] of [
      ['When he takes over from Charles Michel as president of the European Council, António Costa will chair the summits.', '2024-09-30'],
      ['Once he becomes chancellor, Friedrich Merz will face a hard budget.', '2025-03-01'],
      ['When he takes office as German Chancellor, Friedrich Merz will face a hard budget.', '2025-03-01'],
      ['After he was sworn in as president, Joe Biden rejoined the Paris accord.', '2025-06-01'],
    ] as const)
      expect(saidRed(text, asOf), text).toEqual([]);
  });
  it('is still flagged as a plain title or with another clause before it', () => {
    expect(saidRed('German Chancellor, Friedrich Merz, said the budget is hard.', '2025-03-01')).toHaveLength(1);
    expect(saidRed('Since he became a minister, German Chancellor Friedrich Merz has changed.', '2025-03-01')).toHaveLength(1);
    expect(saidRed('When he spoke in Berlin, German Chancellor, Friedrich Merz, said the budget is hard.', '2025-03-01')).toHaveLength(1);
  });
});

describe('spending told as having reached or missed the 2% figure after The Hague', () => {
  it('is not flagged', () => {
    for (const text of [
      'Spain and Luxembourg spend the least on defence, but they are at least now meeting the 2% target.',
      'Canada has struggled to reach NATO’s 2% defense goal.',
      'Canada is among the allies that never met NATO’s 2% defense goal.',
      'For years, Canada lagged behind NATO’s 2% defense goal.',
      'Poland spends 4.7% of GDP, more than double NATO’s 2% defense goal.',
      'Canada, long a laggard on NATO’s 2% defense goal, is spending more.',
    ])
      expect(saidRed(text, '2025-09-05'), text).toEqual([]);
  });
  it('is still flagged when the figure is presented as the target in force', () => {
    expect(saidRed('Allies must meet NATO’s 2% defense goal.', '2025-09-05')).toEqual(['outdated: NATO’s 2% defense goal']);
    expect(saidRed('NATO’s 2% defense goal applies to every ally.', '2025-09-05')).toEqual(['outdated: NATO’s 2% defense goal']);
  });
});
