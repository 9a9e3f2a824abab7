// Round 35, spending targets (lead). Sentences of our own after held-out 33's, each with its true and false look-alikes.
// (1) The target's own noun and verb tied to the year NATO set it: "The 2% target was first introduced as a guideline in
//     2006" (held-out 33 ob002), figure.ts toldAs.
// (2) A count of allies at 2% in a year that opens a "when" clause: "six times greater than 2014 when only three NATO allies met
//     the defence spending target" (held-out 33 od016), allies-at-target.ts yearOf.
// (3) NATO's target with an ally's own deadline: "Canada expects to reach NATO’s target of spending 2% of GDP on defence by
//     2032" (July 2024, held-out 33 oc023), figure.ts judgeSpending: the figure is checked against the target in force that set
//     no deadline (the Vilnius floor), the deadline left to the ally.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags } from './helpers';

const on = (text: string, asOf: string, quote: RegExp) =>
  analyze(text, asOf)
    .filter((a) => quote.test(a.quote))
    .map((a) => a.verdict);

describe('the year a target was set, told in its own phrase', () => {
  it('is confirmed when NATO set a target of that figure that year', () => {
    for (const text of [
      'NATO allies must spend more on defence. The 2% target was first introduced as a guideline in 2006.',
      'NATO allies must spend more on defence. The 2% defence spending target was first agreed in 2006.',
      'NATO ministers met in Brussels. The 2% of GDP guideline was adopted as an informal target by defence ministers in 2006.',
      'NATO leaders met in The Hague to raise defence budgets. The 5% target was agreed in 2025, replacing the old one.',
    ])
      expect(on(text, '2025-08-29', /%/), text).toContain('supported');
  });
  it('is not confirmed for a later target told as the first, nor for a reaffirmation', () => {
    for (const text of [
      'NATO allies must spend more on defence. The 2% target was first introduced as a guideline in 2014.',
      'NATO allies must spend more on defence. The 2% target was reaffirmed in 2014.',
    ]) {
      expect(on(text, '2025-08-29', /%/), text).not.toContain('supported');
    }
    // The first of the figure's targets told with a later year stays flagged as before.
    expect(on('NATO allies must spend more on defence. The 2% target was first set in 2014.', '2025-08-29', /%/)).toContain('contradicted');
  });
});

describe('a count of allies at 2% in a year that opens a "when" clause', () => {
  const page = (s: string) => `NATO allies will spend at least 2% of GDP on defence this year. ${s}`;
  it('is judged as that year’s count', () => {
    expect(
      on(
        page('This is six times greater than 2014 when only three NATO allies met the defence spending target.'),
        '2024-02-14',
        /allies met/,
      ),
    ).toContain('supported');
    expect(on(page('Back in 2014, when only three allies met the target, things were different.'), '2024-02-14', /allies met/)).toContain(
      'supported',
    );
    expect(
      on(page('This is far more than 2014 when only eleven allies met the defence spending target.'), '2024-02-14', /allies met/),
    ).toContain('contradicted');
  });
  it('is left alone when two years are told', () => {
    expect(redFlags(page('In 2023, more than 2014 when only eleven allies met the target, the count rose.'), '2024-02-14')).toEqual([]);
  });
});

describe('NATO’s target with an ally’s own deadline', () => {
  it('confirms the figure as NATO’s target in force', () => {
    for (const [text, asOf] of [
      [
        'NATO leaders met in Washington. Trudeau announced that Canada expects to reach NATO’s target of spending 2% of GDP on defence by 2032.',
        '2024-07-12',
      ],
      ['NATO allies pressed Madrid. Spain says it will meet the NATO target of 2 percent of GDP on defence by 2029.', '2024-05-02'],
    ] as const)
      expect(on(text, asOf, /%|percent/), text).toContain('supported');
  });
  it('still flags a deadline told as the alliance’s own', () => {
    expect(on('NATO leaders met. NATO allies agreed to spend 2% of GDP by 2030.', '2024-07-12', /%/)).toContain('contradicted');
  });
  it('leaves the ally’s deadline alone before a floor with no deadline existed', () => {
    expect(
      on('NATO leaders met. Germany will meet the NATO target of 2% of GDP on defence by 2025.', '2022-07-12', /%/).filter(
        (v) => v !== 'context',
      ),
    ).toEqual([]);
  });
});
