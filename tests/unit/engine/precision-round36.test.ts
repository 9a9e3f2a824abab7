// Round 36, the lead's read of the round's new readers: a red flag the new broad present forms of tenure-administration.ts
// ("the NAME administration says / is ...ing", read on the page's day) raised on a history told in the historical present.
// "The book recounts how, in the months before the invasion, the Biden administration warns allies repeatedly" (a review of
// 2025) tells of 2021-22, not of the page's day. Those forms now stay quiet in a sentence that sets another time or a telling
// ("then", "when", "at the time", "before the invasion", "recounts", "book", "documentary") and in a passage that narrates
// another time; the forms of earlier rounds are unchanged.
// Likewise tenure-hypothetical.ts: "Allies who once dreaded a possible second Trump presidency now live with it" (2025) tells
// of the time before the term; words of that time ("once", "back then", "at the time", "before the election") and more past
// verbs of expecting ("dreaded", "fretted", "hedged") now keep the possibility quiet.
import { describe, expect, it } from 'vitest';
import { analyze, redFlags } from './helpers';

describe('an administration told in the present of a history', () => {
  it('is not flagged when the sentence or passage tells of another time', () => {
    for (const [text, asOf] of [
      ['The book recounts how, in the months before the invasion, the Biden administration warns allies repeatedly.', '2025-06-01'],
      ['In the documentary, the Obama administration is weighing sanctions as Crimea falls.', '2025-03-10'],
      ['At the time, the Biden administration says it will not send tanks.', '2025-04-02'],
      ['The film opens in 2021; the Biden administration is scrambling to evacuate Kabul.', '2025-04-02'],
    ] as const)
      expect(redFlags(text, asOf), text).toEqual([]);
  });
  it('is still flagged when told of the page’s day', () => {
    for (const [text, asOf] of [
      ['The Biden administration says it will send more missiles to Kyiv.', '2025-06-01'],
      ['While the legislation grabs headlines, the Biden administration is pumping the brakes behind the scenes.', '2025-06-18'],
    ] as const) {
      const flag = analyze(text, asOf).find((a) => /Biden administration/.test(a.quote));
      expect(flag?.verdict, text).toBe('outdated');
    }
  });
});

describe('a numbered term told as possible, of the time before it', () => {
  it('is not flagged when the sentence tells of the time before the term', () => {
    for (const text of [
      'Allies who once dreaded a possible second Trump presidency now live with it.',
      'Before the election, capitals gamed out a possible second Trump presidency.',
      'At the time, Kyiv fretted over a potential second Trump term.',
    ])
      expect(redFlags(text, '2025-06-01'), text).toEqual([]);
  });
  it('is still flagged when told as possible on the page’s day', () => {
    const text = 'NATO members are hedging against a possible second Donald Trump presidency.';
    expect(analyze(text, '2025-06-01').find((a) => /possible second/.test(a.quote))?.verdict).toBe('outdated');
  });
});
