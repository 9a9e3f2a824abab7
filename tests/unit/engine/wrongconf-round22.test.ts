// Round 22's mutation probe (confirmed core sentences rewritten one fact at a time into false ones). (1) A member told
// right before an ordinal as the Nth is held to its own place, whoever else the sentence names (accession.ts). (2) The
// members listed before "bringing its total membership to N" fix the count, however long ago they joined
// (member-count-forms.ts). (3) An anniversary a year on, told with a NATO leaders' meeting due before it, is not confirmed
// (alliance-age.ts). (4) The agreement days of the 6th, 11th and 17th EU packages are on record, so a day before them is
// no longer taken for an unrecorded agreement; a day of one of several steps on record is no day between
// (sanction-packages.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const of = (kind: string) => (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === kind);
const membership = of('membership');
const figure = of('figure');
const sanction = of('sanction');
const verdicts = (anns: { verdict: string }[]) => anns.map((a) => a.verdict);
const RED = ['contradicted', 'outdated'];

describe('the member told as the Nth is held to its own place (accession.ts ordinalClaims)', () => {
  it('another member named earlier no longer confirms a wrong one', () => {
    const making =
      'The United States received the Republic of North Macedonia’s instrument of accession to the North Atlantic Treaty, making Montenegro the 30th NATO Ally, said Pompeo.';
    const got = membership(making, '2020-03-27');
    expect(verdicts(got)).not.toContain('supported');
    expect(got.some((a) => a.verdict === 'contradicted' && a.quote.startsWith('Montenegro'))).toBe(true);
    const will =
      '“I welcome the Hungarian parliament’s vote to ratify Sweden’s membership in NATO,” he said. “Now that all Allies have approved, Finland will become the 32nd NATO Ally.”';
    const got2 = membership(will, '2024-02-26').filter((a) => a.quote.includes('32nd'));
    expect(verdicts(got2)).toEqual(['contradicted']);
    const montenegrin =
      'Montenegrin Prime Minister Dusko Markovic will deposit the accession instrument at the ceremony, making North Macedonia the 29th NATO member.';
    expect(verdicts(membership(montenegrin, '2017-06-03'))).not.toContain('supported');
    const founder = 'After Sweden’s accession, making France the 32nd member of NATO, the allies met.';
    expect(verdicts(membership(founder, '2024-03-08').filter((a) => a.quote.includes('32nd')))).not.toContain('supported');
  });
  it('true look-alikes keep their confirmation and get no red flag', () => {
    const cases: [string, string][] = [
      ['2020-03-27', 'The United States received North Macedonia’s instrument of accession, making North Macedonia the 30th NATO Ally.'],
      [
        '2024-02-26',
        '“I welcome the Hungarian parliament’s vote to ratify Sweden’s membership,” he said. “Sweden will become the 32nd NATO Ally.”',
      ],
      ['2024-03-08', 'Sweden joined after Finland, which became the 31st member of NATO.'],
      ['2024-03-08', 'Following Finland as the 32nd member of NATO, Sweden joined on Thursday.'],
      ['2020-04-01', 'North Macedonia, which followed Montenegro, became the 30th member of NATO.'],
      ['2020-04-01', 'Montenegro became the 29th member in 2017 and North Macedonia the 30th NATO member in 2020.'],
      ['2024-03-08', 'Unlike Finland, Sweden became the 32nd member of NATO.'],
      ['2023-04-05', 'After Sweden’s application stalled, Finland became the 31st member of NATO on Tuesday.'],
    ];
    for (const [day, t] of cases) {
      const got = membership(t, day);
      expect(
        got.filter((a) => RED.includes(a.verdict)),
        t,
      ).toEqual([]);
      expect(verdicts(got), t).toContain('supported');
    }
    // Told ahead while both were on their way in: no red flag.
    const ahead = 'He called it a historic week for Finland, noting that Sweden would become ally number 31.';
    expect(membership(ahead, '2023-04-03').filter((a) => RED.includes(a.verdict))).toEqual([]);
  });
});

describe('the members listed before the count they brought (member-count-forms.ts)', () => {
  it('a count that is not the one their accession brought is contradicted, however long ago', () => {
    const t = 'Additionally, NATO expanded to include Finland and Sweden, bringing its total membership to 30 countries.';
    const got = membership(t, '2024-10-01');
    expect(verdicts(got)).not.toContain('supported');
    expect(got.some((a) => a.verdict === 'contradicted' && a.message.includes('32'))).toBe(true);
    const old = 'Croatia and Albania joined NATO in 2009, bringing its total membership to 30.';
    expect(verdicts(membership(old, '2024-10-01').filter((a) => a.quote.includes('membership')))).toEqual(['contradicted']);
  });
  it('true look-alikes: confirmed, never red', () => {
    const cases: [string, string][] = [
      ['2024-10-01', 'Additionally, NATO expanded to include Finland and Sweden, bringing its total membership to 32 countries.'],
      ['2024-10-01', 'Croatia and Albania joined NATO in 2009, bringing its total membership to 28.'],
      ['2023-06-01', 'Finland joined NATO in April, bringing its total membership to 31, while Sweden waits.'],
    ];
    for (const [day, t] of cases) {
      const got = membership(t, day).filter((a) => a.quote.includes('membership'));
      expect(verdicts(got), t).toEqual(['supported']);
    }
    // Named long before, another clause between: nothing red.
    const between =
      'The Baltic states joined NATO in 2004, and the alliance kept growing with Albania, Croatia, Montenegro, North Macedonia, Finland and Sweden, bringing its total membership to 32 countries.';
    expect(membership(between, '2024-10-01').filter((a) => RED.includes(a.verdict))).toEqual([]);
  });
});

describe('an anniversary a year on, told with a leaders’ meeting before it (alliance-age.ts)', () => {
  it('is not confirmed', () => {
    const cases: [string, string][] = [
      ['2019-12-04', 'Ahead of the meeting of NATO Leaders in London to mark the Alliance’s 71st anniversary, Stoltenberg gave details.'],
      [
        '1999-03-12',
        'For three days beginning on April 23, NATO’s 19 members will meet in Washington for the 51st anniversary summit of our alliance.',
      ],
      [
        '2024-07-02',
        'The 32 NATO allies are set to mark the alliance’s 76th anniversary in the same city where the initial treaty was signed.',
      ],
    ];
    for (const [day, t] of cases) {
      const got = figure(t, day).filter((a) => a.quote.includes('anniversary'));
      expect(verdicts(got), t).not.toContain('supported');
      expect(
        got.filter((a) => RED.includes(a.verdict)),
        t,
      ).toEqual([]);
    }
  });
  it('true look-alikes keep their confirmation', () => {
    const cases: [string, string][] = [
      ['2019-12-04', 'Ahead of the meeting of NATO Leaders in London to mark the Alliance’s 70th anniversary, Stoltenberg gave details.'],
      [
        '1999-03-12',
        'For three days beginning on April 23, NATO’s 19 members will meet in Washington for the 50th anniversary summit of our alliance.',
      ],
      [
        '2024-07-02',
        'The 32 NATO allies are set to mark the alliance’s 75th anniversary in the same city where the initial treaty was signed.',
      ],
      ['2023-03-01', 'Leaders will meet in Washington next year for NATO’s 75th anniversary summit.'],
      ['2023-07-01', 'NATO will celebrate its 75th anniversary next April.'],
    ];
    for (const [day, t] of cases) {
      const got = figure(t, day).filter((a) => a.quote.includes('anniversary'));
      expect(verdicts(got), t).toContain('supported');
    }
  });
});

describe('EU packages with their agreement days on record (sanctions.json, sanction-packages.ts)', () => {
  it('a day before the agreement, or between two steps, is not confirmed', () => {
    const sixth = sanction('On 1 June 2022, the European Union passed its sixth sanctions package.', '2022-06-10');
    expect(verdicts(sixth)).toEqual(['contradicted']);
    expect(sixth[0].message).toContain('May 30, 2022 and June 2, 2022');
    const eleventh = sanction('On June 19, 2023, the EU adopted its 11th sanctions package.', '2023-06-30');
    expect(verdicts(eleventh)).not.toContain('supported');
    const seventeenth = sanction('On May 17, 2025, the EU adopted its 17th sanctions package.', '2025-05-30');
    expect(verdicts(seventeenth)).toEqual(['contradicted']);
  });
  it('true look-alikes: each step on record confirmed, never red', () => {
    const cases: [string, string][] = [
      ['2022-06-10', 'On 3 June 2022, the European Union adopted its sixth sanctions package.'],
      ['2022-06-10', 'On 2 June 2022, EU ambassadors agreed the sixth sanctions package.'],
      ['2022-06-10', 'On 31 May 2022, EU leaders agreed on the sixth sanctions package, banning most Russian oil.'],
      ['2022-06-10', 'On 30 May 2022, EU leaders agreed on the sixth sanctions package.'],
      ['2023-06-30', 'On June 21, 2023, EU ambassadors agreed the 11th sanctions package.'],
      ['2023-06-30', 'On June 23, 2023, the EU adopted its 11th sanctions package.'],
      ['2025-05-30', 'On May 14, 2025, EU ambassadors approved the 17th sanctions package.'],
      ['2025-05-30', 'On May 20, 2025, the EU adopted its 17th sanctions package.'],
    ];
    for (const [day, t] of cases) {
      const got = sanction(t, day);
      expect(
        got.filter((a) => RED.includes(a.verdict)),
        t,
      ).toEqual([]);
      expect(verdicts(got), t).toContain('supported');
    }
  });
});
