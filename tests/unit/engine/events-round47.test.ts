// Round 47, events lane: a meeting at the White House told by its guest alone with a weekday that is not its day
// (meeting-weekday.ts guestJudged), the meeting told by how it went in the sentence after the one that named it (event.ts
// ANAPHOR_RE), and NATO summits named by their place alone, or by the host country after NATO (summit-by-place.ts,
// confirm-only). Real wordings from held-out pages (ids) and from pages found by search (URLs).
import { describe, expect, it } from 'vitest';
import { expectNoRed, saidConfirmed, saidRed } from './helpers';

describe('a White House meeting told by its guest and a weekday', () => {
  it('flags a weekday that is not the meeting day', () => {
    // held-out 45 ux007 (28 February 2025): the Oval Office meeting was on Friday 28 February.
    expect(
      saidRed(
        'Volodymyr Zelensky had arrived at the White House on Wednesday to finalize the mineral extraction agreement, which aimed to develop Ukraine’s rare earth resources.',
        '2025-02-28',
      ),
    ).toEqual(['contradicted: Wednesday']);
    expect(saidRed("Wednesday's Oval Office meeting with Volodymyr Zelensky ended in disaster.", '2025-03-02')).toEqual([
      "contradicted: Wednesday's",
    ]);
    expect(saidRed('Volodymyr Zelensky cut short his visit to Washington on Wednesday after the clash.', '2025-03-01')).toEqual([
      'contradicted: Wednesday',
    ]);
    // The 17 October 2025 meeting: Zelensky reached Washington on Thursday, the White House on Friday.
    expect(saidRed('Volodymyr Zelensky arrived at the White House on Thursday for talks.', '2025-10-19')).toEqual([
      'contradicted: Thursday',
    ]);
  });
  it('confirms the meeting day', () => {
    // https://mysomnews.com/zelenskyy-arrives-at-white-house-to-finalize-minerals-deal-2225.html
    expect(
      saidConfirmed(
        'Ukrainian President Volodymyr Zelenskyy arrived at the White House on Friday for talks with President Trump on finalizing an agreement for the U.S. to develop minerals and rare earths in the country as reimbursement for America’s military aid.',
        '2025-02-28',
      ).some((s) => s.includes('Friday')),
    ).toBe(true);
    expect(saidConfirmed('Volodymyr Zelensky arrived at the White House on Monday with European leaders.', '2025-08-19')).toContain(
      'supported: Monday',
    );
  });
  it('leaves announcements, arrivals in the city, the host and other days unflagged', () => {
    expectNoRed([
      // https://www.hurriyetdailynews.com (quoted in the held-out 45 note of ux007)
      [
        'President Donald Trump said Wednesday that Ukrainian President Volodymyr Zelensky will visit the White House on Friday.',
        '2025-02-26',
      ],
      // https://www.nbcboston.com/news/national-international/zelenskyy-to-meet-with-trump-white-house-amid-peace-talk-efforts-possible-minerals-deal/3644360/
      [
        'President Donald Trump will host Ukrainian President Volodymyr Zelenskyy at the White House on Friday for their first meeting since the United States began direct negotiations with Russia.',
        '2025-02-28',
      ],
      // https://bignewsnetwork.com/news/278069721/trump-hosts-zelenskyy-at-white-house-for-mineral-deal (the host at his seat)
      ['“It’s a backstop, you could say,” President Donald Trump told reporters Thursday at the Oval Office.', '2025-02-28'],
      // https://mysomnews.com/zelenskyy-arrives-at-white-house-to-finalize-minerals-deal-2225.html
      [
        'Moments before his visit to the White House, Mr. Zelenskyy announced on X that earlier Friday he met with a bipartisan delegation of U.S. senators.',
        '2025-02-28',
      ],
      // Arrivals in the city the day or days before the meeting.
      ['Volodymyr Zelensky arrived in Washington on Thursday ahead of the meeting.', '2025-02-28'],
      ['Volodymyr Zelensky arrived in Washington on Saturday.', '2025-08-20'],
      ['Volodymyr Zelensky is set to arrive at the White House on Friday.', '2025-02-27'],
      ["Volodymyr Zelensky's visit to Washington on Thursday ended in a shouting match.", '2025-03-01'],
      ['President Donald Trump arrived at the White House on Wednesday.', '2025-02-28'],
    ]);
  });
});

describe('the meeting told by how it went, after the sentence that named it', () => {
  it('flags the wrong day', () => {
    // held-out 45 ut006 (28 February 2025).
    expect(
      saidRed(
        'The recent meeting between U.S. President Donald Trump and Ukrainian President Volodymyr Zelensky at the White House has sparked significant tension and controversy. The heated exchange, which took place on February 25, 2025, was expected to solidify support for Ukraine and discuss the provisions of rare earth minerals.',
        '2025-02-28',
      ),
    ).toEqual(['contradicted: on February 25, 2025']);
  });
  it('confirms the right day and leaves other exchanges alone', () => {
    expect(
      saidConfirmed(
        'U.S. President Donald Trump hosted Ukrainian President Volodymyr Zelensky at the White House on February 28. The showdown, on February 28, ended the talks.',
        '2025-03-03',
      ),
    ).toHaveLength(4);
    expectNoRed([
      [
        'U.S. President Donald Trump hosted Ukrainian President Volodymyr Zelensky at the White House on February 28. The exchange of prisoners took place on March 1.',
        '2025-03-03',
      ],
      [
        'U.S. President Donald Trump hosted Ukrainian President Volodymyr Zelensky at the White House on February 28. The heated exchange was the first since their call on February 12.',
        '2025-03-03',
      ],
    ]);
  });
});

describe('a NATO summit named by its place alone', () => {
  const confirmed = (text: string, asOf: string) => saidConfirmed(text, asOf).filter((s) => /summit/i.test(s));
  it('confirms the place with a time that fits', () => {
    for (const [text, asOf] of [
      // held-out 45 ur001, uy011, uu007, ur016, ut004
      [
        'it is vital for NATO Allies to move swiftly towards meeting the defence spending commitments agreed at the summit in The Hague',
        '2025-12-03',
      ],
      [
        'During the summit in The Hague, NATO Secretary General Mark Rutte warned that Russia could strike a NATO member within three years.',
        '2025-06-26',
      ],
      ['the upcoming June summit in The Hague', '2025-06-04'],
      [
        'bolstering the eastern flank of the NATO alliance at the summit in Vilnius, Lithuania, in the summer, according to officials.',
        '2023-02-01',
      ],
      ['Trump, who is at the NATO Summit in the Netherlands, again berated the Middle East foes.', '2025-06-25'],
      // held-out 13 b037, b042, b048; l045; xa053
      ['the summit in Vilnius in early July', '2023-05-31'],
      ['the upcoming Washington Summit', '2023-11-28'],
      ['next year’s summit in The Hague', '2024-10-18'],
      ['the July summit in Washington', '2024-10-01'],
      ["next month's leaders' summit in The Hague", '2025-05-15'],
    ] as const)
      expect(confirmed(text, asOf), text).not.toEqual([]);
  });
  it('leaves another club, a time that does not fit and a busy capital with no time unconfirmed', () => {
    for (const [text, asOf] of [
      ['the EU summit in Vilnius in the summer', '2023-02-01'],
      ['the upcoming July summit in The Hague', '2025-06-04'],
      ['last year’s summit in The Hague', '2024-10-18'],
      ['the Eastern Partnership summit in Vilnius', '2013-11-28'],
      ['the summit in Vilnius', '2013-11-28'],
      ['the summit in Brussels', '2022-12-15'],
      // held-out 18 wb102 (3 April 2023): Vilnius was 11-12 July 2023; days that overlap them but are not theirs.
      [
        'He reiterated that Sweden is expected to join the alliance, aiming for a 32nd seat at the leaders’ summit in Vilnius, Lithuania, scheduled for July 10-11.',
        '2023-04-03',
      ],
    ] as const)
      expect(confirmed(text, asOf), text).toEqual([]);
  });
});
