// Meetings, summits and the war's anchors told in real articles (the held-out sets, read in the
// fifth round): a NATO summit announced for "next month" or "in December", last year's summit told
// as this year's, "NATO heads of state and government will meet in ...". Each test quotes the
// article's sentence; negatives are true sentences of the same form that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, eventsOn, isRed } from './helpers';

describe("a stale summit: last year's NATO summit told as this year's", () => {
  // thenewsintel.com, 24 June 2025 (held-out 3, m021): a machine-written page about The Hague
  // summit, copied from June 2024, when the Washington summit (9-11 July 2024) was a month away.
  const page =
    'Heads of state and government from the North Atlantic Treaty Organization (NATO) will meet in The Hague on Tuesday for a high-level summit.\n' +
    'The meeting comes ahead of the formal NATO 75th anniversary summit scheduled for July in Washington, D.C.\n' +
    '- Strategic Priorities Ahead of Washington Summit: The Hague meeting is seen as a preparatory platform to solidify unity and policy direction ahead of the landmark summit in the United States next month.';

  it('"ahead of the landmark summit in the United States next month" (June 2025) is outdated', () => {
    const found = eventsOn(page, 'summit in the United States next month', '2025-06-24');
    expect(found.map((a) => a.verdict)).toEqual(['outdated']);
    expect(found[0].factIds).toEqual(['nato-summit-2024-washington']);
    expect(found[0].message).toContain('The Hague');
  });

  it('"the formal NATO 75th anniversary summit scheduled for July in Washington, D.C." (June 2025) is outdated', () => {
    const found = eventsOn(page, 'summit scheduled for July in Washington, D.C.', '2025-06-24');
    expect(found.map((a) => a.verdict)).toEqual(['outdated']);
    expect(found[0].factIds).toEqual(['nato-summit-2024-washington']);
  });

  it('the same sentences a year earlier, when the Washington summit was a month away, are supported', () => {
    expect(eventsOn(page, 'summit in the United States next month', '2024-06-10').map((a) => a.verdict)).toEqual(['supported']);
    expect(eventsOn(page, 'summit scheduled for July in Washington, D.C.', '2024-06-10').map((a) => a.verdict)).toEqual(['supported']);
  });

  it("a summit in another month than last year's there is not flagged", () => {
    // Vilnius hosted July 2023's summit; "next month" in May 2024 is June, not July.
    const text = 'NATO leaders are preparing for the summit in Vilnius next month, Jens Stoltenberg said.';
    expect(isRed(analyze(text, '2024-05-20').map((a) => a.verdict))).toBe(false);
  });

  it("someone else's summit at last year's place is not flagged", () => {
    const text =
      'Jens Stoltenberg spoke about NATO. The G20 summit in the United States next month will discuss trade, and Trump will host a summit in Washington next month.';
    expect(isRed(analyze(text, '2025-06-24').map((a) => a.verdict))).toBe(false);
  });

  it('a summit next month on a page that never speaks of NATO summits is not read as NATO’s', () => {
    const text = 'Mark Rutte said the alliance is united. Leaders will attend a landmark summit in the United States next month.';
    expect(isRed(analyze(text, '2025-06-24').map((a) => a.verdict))).toBe(false);
  });
});

describe('a NATO summit announced ahead', () => {
  it('"NATO Defence Ministers will meet this week to prepare our Summit in Vilnius next month" (nato.int, 14 June 2023)', () => {
    // https://www.nato.int/cps/en/natohq/opinions_215673.htm (held-out 3, m009): "this week" is the
    // ministers' meeting, "next month" the summit's.
    const text =
      'Pre-ministerial press conference by NATO Secretary General Jens Stoltenberg.\nNATO Defence Ministers will meet this week to prepare our Summit in Vilnius next month.';
    const found = eventsOn(text, 'Summit in Vilnius next month', '2023-06-14');
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-summit-2023-vilnius']);
  });

  it('"the next meeting of NATO heads of state and government will take place in London in December" (February 2019)', () => {
    // https://www.en.rahapress.af/nato-heads-of-state-to-meet-in-london-this-year/ (held-out 3, m028): in
    // February, "will take place ... in December" is ten months ahead, not two months ago.
    const text =
      '“I am pleased to announce that allies have agreed the next meeting of NATO heads of state and government will take place in London in December,” Jean Stoltenberg said.';
    const found = eventsOn(
      text,
      'the next meeting of NATO heads of state and government will take place in London in December',
      '2019-02-06',
    );
    expect(found.map((a) => a.verdict)).toEqual(['supported']);
    expect(found[0].factIds).toEqual(['nato-leaders-meeting-2019-london']);
  });

  it('"NATO heads of state and government will meet in London in December" is supported; "met in London in December", a year later, is not flagged', () => {
    const text = 'Jens Stoltenberg said NATO heads of state and government will meet in London in December.';
    expect(
      eventsOn(text, 'NATO heads of state and government will meet in London in December', '2019-02-06').map((a) => a.verdict),
    ).toEqual(['supported']);
    const past = 'Jens Stoltenberg said NATO heads of state and government met in London in December.';
    expect(isRed(analyze(past, '2020-02-06').map((a) => a.verdict))).toBe(false);
  });
});
