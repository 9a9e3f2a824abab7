// Round 41, events: summits, meetings, spending targets. Real sentences with their entry ids (held-out file and id),
// variants of our own (other people, dates, word orders), and the true look-alikes that must stay quiet.
import { describe, expect, it } from 'vitest';
import { said, saidConfirmed, saidRed } from './helpers';

const flags = (cases: ReadonlyArray<readonly [string, string, RegExp]>) => {
  for (const [text, asOf, quote] of cases)
    expect(
      saidRed(text, asOf).some((s) => quote.test(s)),
      `${text} -> ${saidRed(text, asOf)}`,
    ).toBe(true);
};
const quiet = (cases: ReadonlyArray<readonly [string, string]>) => {
  for (const [text, asOf] of cases) expect(saidRed(text, asOf), text).toEqual([]);
};

describe('a leader told as meeting a party of a two-leader summit he did not attend (event.ts absentSubject)', () => {
  it('flags the absent leader as the subject of "met"', () => {
    flags([
      // heldout39 sj003
      [
        'The discussions came just three days after Zelensky met with Russian President Vladimir Putin in Alaska, underscoring the intensity of current diplomatic efforts.',
        '2025-08-19',
        /Zelensky met with/,
      ],
      ['Last week Ukrainian President Volodymyr Zelensky met Vladimir Putin in Alaska.', '2025-08-20', /Zelensky met/],
      ['Emmanuel Macron met with Putin in Anchorage last month.', '2025-09-01', /Macron met with/],
      ['German Chancellor Angela Merkel met with Putin in Helsinki on Monday.', '2018-07-20', /Merkel met with/],
    ]);
  });
  it('stays quiet on the parties themselves, denials, conditions and plans', () => {
    quiet([
      ['Last week Donald Trump met Vladimir Putin in Alaska.', '2025-08-20'],
      ['Trump met with Putin in Alaska while Zelensky waited in Kyiv.', '2025-08-20'],
      ['Zelensky has never met Putin in Alaska.', '2025-08-20'],
      ['If Zelensky met with Putin in Alaska, it would be a breakthrough.', '2025-08-20'],
      ['Sergey Lavrov met with Marco Rubio in Alaska.', '2025-08-20'],
      ['Before Biden met Putin in Geneva, Boris Johnson met with Biden in Cornwall.', '2021-06-20'],
    ]);
  });
});

describe('a NATO summit named with a bare month not its own (named-summits.ts bareMonthOff)', () => {
  it('flags "the MONTH CITY Summit" where the city held one NATO summit, or one in the year told', () => {
    flags([
      // heldout39 so003
      [
        'On 3–4 April 2025, the NATO Meeting of NATO Foreign Ministers held in Brussels, Belgium, was a two-day diplomatic gathering aimed at sustaining support for Ukraine, and preparing for the July Hague Summit scheduled for 2025.',
        '2025-12-03',
        /July Hague Summit/,
      ],
      ['NATO ministers prepared for the July Hague Summit scheduled for 2025.', '2025-12-03', /July Hague Summit/],
      ['NATO leaders met at the June Vilnius summit.', '2023-12-01', /June Vilnius summit/],
    ]);
  });
  it('stays quiet on the right month and on a city of several NATO summits with no year', () => {
    quiet([
      ['NATO leaders agreed the 5% target at the June Hague Summit.', '2025-12-03'],
      ['NATO leaders met at the July Vilnius summit.', '2023-12-01'],
      ['At the July summit in Madrid, NATO invited Finland and Sweden.', '2022-12-01'],
      ['At the July Washington summit, NATO marked 75 years.', '2024-12-01'],
      ['NATO defence ministers met before the June Hague Summit.', '2025-12-03'],
    ]);
    expect(saidConfirmed('NATO leaders met at the July Vilnius summit.', '2023-12-01')).not.toEqual([]);
  });
});

describe('a meeting told opening or closing on a day not its first or last (event-time-clash.ts edgeDay)', () => {
  it('no longer confirms an opening or closing day that is another day of the meeting', () => {
    for (const [text, asOf] of [
      // heldout39 sq005 (the Ankara record is weak: the confirmation, told as context, is dropped)
      ['The Ankara Summit, scheduled to commence tomorrow, July 8, will convene 32 member nations.', '2026-07-07'],
      ['The summit in Vilnius, which began on July 12, was historic.', '2023-09-01'],
      ['The Vilnius summit opened on July 12 with a debate on Ukraine.', '2023-09-01'],
      ['The Vilnius summit ended on July 11.', '2023-09-01'],
    ] as const) {
      expect(
        said(text, asOf).filter((s) => /^(?:supported|context): .*(?:summit|Summit)/.test(s)),
        text,
      ).toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
  it('flags an opening day told well outside the meeting', () => {
    flags([['The NATO summit in Vilnius, which opened on July 20, was historic.', '2023-09-01', /opened on July 20/]]);
  });
  it('still confirms the right opening and closing days', () => {
    for (const [text, asOf] of [
      ['The Vilnius summit opened on July 11 and ended on July 12.', '2023-09-01'],
      ['The Hague summit began on June 24 with a royal dinner.', '2025-07-01'],
      ['The Hague summit, which concluded on June 25, agreed 5%.', '2025-07-01'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).not.toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
  });
});

describe('the 2% target told as NATO’s after The Hague, a year of another thing in the sentence (figure.ts historicalYear)', () => {
  it('flags the stale target when the year nearest it is of the present', () => {
    flags([
      // heldout39 sn005
      [
        "With NATO membership finalized in 2024 and Russia's war in Ukraine intensifying regional tensions, Sweden has committed to a defense budget of $13.5 billion in 2025—a 14.1% annual increase and 2.3% of GDP—surpassing the NATO target of 2.0% [1].",
        '2025-09-15',
        /2\.0%/,
      ],
      [
        'After joining the alliance in 2024, Sweden has set a 2026 budget of 2.8% of GDP, surpassing the NATO target of 2%.',
        '2026-03-01',
        /outdated: 2%/,
      ],
    ]);
  });
  it('stays quiet on a target told of a past year', () => {
    quiet([
      ['Back in 2023, Germany finally reached the NATO target of 2%.', '2026-03-01'],
      ['In 2024, Poland spent 4.1% of GDP, surpassing the NATO target of 2%, while in 2026 it plans 4.8%.', '2026-03-01'],
      ['In 2024, 23 allies met the NATO target of 2%.', '2026-03-01'],
      ['2% was the target until The Hague summit in 2025.', '2026-03-01'],
    ]);
  });
});

describe('talks named by their sides and a city, with a time that picks one round, at another city (meeting-sides-place.ts timedSidesAt)', () => {
  it('flags the wrong city', () => {
    flags([
      // heldout39 so001 (its garbled sentence is read by the milestone reader; these are the plain forms of the same error)
      [
        'The US-Ukraine talks in Riyadh earlier this week ended with a 30-day ceasefire proposal.',
        '2025-03-15',
        /talks in Riyadh earlier this week/,
      ],
      ['US and Ukrainian officials held talks in Riyadh earlier this week.', '2025-03-15', /officials held talks in Riyadh/],
      ['The US-Ukraine talks in Vienna on Sunday produced a 19-point plan.', '2025-11-27', /talks in Vienna on Sunday/],
      [
        'Russian and Ukrainian delegations met in Ankara last week for the first direct talks since 2022.',
        '2025-05-20',
        /met in Ankara last week/,
      ],
    ]);
  });
  it('confirms the right city and stays quiet where the round is not beyond doubt', () => {
    for (const [text, asOf] of [
      ['The US-Ukraine talks in Jeddah earlier this week ended with a 30-day ceasefire proposal.', '2025-03-15'],
      ['The U.S.-Russia talks in Riyadh last month were the first in years.', '2025-03-20'],
      ['These remarks followed U.S.-Russia talks in Riyadh, Saudi Arabia.', '2025-02-20'],
      ['The Russia-Ukraine talks in Istanbul last week produced a prisoner swap.', '2025-06-10'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).not.toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
    quiet([
      // "the Riyadh talks" of February on a March page; two US-Ukraine rounds in November 2025 (Geneva, Florida).
      ['The plan was drafted during US-Ukraine talks in Vienna last month.', '2025-12-02'],
      ['The US-Ukraine talks in Riyadh earlier this month focused on energy.', '2025-03-28'],
      // A month is too wide a time for a red flag: the record may lack a round.
      ['The U.S.-Russia talks in Jeddah last month were the first in years.', '2025-03-20'],
      // Jeddah held a US-Ukraine round twelve days before the Riyadh one of 23 March: a mix-up of two rounds.
      ['The US-Ukraine talks in Jeddah last week were productive.', '2025-03-30'],
      ['The US-Ukraine talks in Saudi Arabia earlier this week ended with a ceasefire proposal.', '2025-03-15'],
      ['The US-Ukraine talks in Europe on Sunday produced a plan.', '2025-11-27'],
      ['Russian and Ukrainian delegations will meet in Ankara next week.', '2025-05-20'],
      ['US-Ukraine talks in Geneva in November 2025 were followed by talks in Florida.', '2026-01-10'],
    ]);
  });
});

describe('a milestone held at a meeting on record, told at another city (nato-milestones.ts placedElsewhere)', () => {
  it('flags the city told for the meeting where the act took place', () => {
    flags([
      // heldout39 so001
      [
        'It is not mistaken: US-Ukraine’s relations are in the Mountain American American US, which ended with a meeting in Riyadh earlier this week, where both sides agreed for a 30-day ceasefire.',
        '2025-03-15',
        /meeting in Riyadh earlier this week/,
      ],
      ['At talks in Riyadh earlier this week, Kyiv backed a 30-day ceasefire proposal.', '2025-03-15', /Riyadh earlier this week/],
      ['Ukraine agreed to a 30-day ceasefire at talks in Riyadh on Tuesday.', '2025-03-15', /talks in Riyadh on Tuesday/],
    ]);
  });
  it('confirms the right city and stays quiet on a later clause, a country, a wide time', () => {
    for (const [text, asOf] of [
      ['Ukraine agreed to a 30-day ceasefire at talks in Jeddah on Tuesday.', '2025-03-15'],
      ['At a meeting in Jeddah earlier this week, Ukraine agreed to a 30-day ceasefire.', '2025-03-15'],
      ['Kyiv backed a 30-day ceasefire proposal this week, and talks in Riyadh with Russia may follow.', '2025-03-15'],
      ['At talks in Saudi Arabia earlier this week, Kyiv backed a 30-day ceasefire proposal.', '2025-03-15'],
    ] as const) {
      expect(saidConfirmed(text, asOf), text).not.toEqual([]);
      expect(saidRed(text, asOf), text).toEqual([]);
    }
    quiet([['At a meeting in Riyadh earlier this month, Kyiv backed a 30-day ceasefire proposal.', '2025-03-28']]);
  });
});

describe('confirmations of the family told in other words (war-anchors.ts, named-summits.ts)', () => {
  it('the war’s anniversary told as the attack on Ukraine; a NATO summit "held in" its city', () => {
    // heldout39 sf019
    expect(
      saidConfirmed('The meeting will take place on the third anniversary of the Russian attack on Ukraine.', '2025-02-24'),
    ).not.toEqual([]);
    expect(saidConfirmed('Ukraine marked the fourth anniversary of the Russian attack on Ukraine on Tuesday.', '2026-02-24')).not.toEqual(
      [],
    );
    // heldout39 sf024 (its clause)
    expect(saidConfirmed('At the NATO summit held in The Hague, Netherlands, allies agreed on a new goal.', '2025-06-26')).not.toEqual([]);
    expect(saidConfirmed('NATO leaders met at the summit held in Vilnius last year.', '2024-02-20')).not.toEqual([]);
  });
  it('says nothing of a wrong count or of an attack on another country', () => {
    quiet([
      ['The meeting will take place on the second anniversary of the Russian attack on Ukraine.', '2025-02-24'],
      ['The meeting will take place on the third anniversary of the Russian attack on Georgia.', '2025-02-24'],
    ]);
    expect(saidConfirmed('The meeting will take place on the second anniversary of the Russian attack on Ukraine.', '2025-02-24')).toEqual(
      [],
    );
  });
});
