// Round 22's mutation probe, membership (area I). (1) A count an accession brought is not held to a recent accession when
// the sentence looks ahead ("bringing the alliance's membership to 32 once both are in") or names a member still to come
// (member-count-forms.ts). (2) A weekday with its day written after it in brackets is judged by that day
// (accession-day.ts); a date told of another country's joining confirms no accession (accession.ts). (3) A member of
// another round listed with a round loses the list's confirmation (accession-lists.ts, membership.ts). (4) A relative
// clause between a country and "joined in YEAR" (membership.ts). (5) Timeline lines "YEAR: X join(s) ..." are judged by
// their year (timeline-entries.ts). (6) A whole count told with parts that are not its sum, and growth told as done to a
// count NATO never had (member-count-forms.ts).
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const membership = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === 'membership');
const verdicts = (anns: { verdict: string }[]) => anns.map((a) => a.verdict);
const RED = ['contradicted', 'outdated'];
const red = (text: string, asOf: string) => membership(text, asOf).filter((a) => RED.includes(a.verdict));

describe('a count to come is no step made (member-count-forms.ts)', () => {
  it('a count told with a time to come or a member still to come is not red', () => {
    const cases: [string, string][] = [
      ['2023-06-01', "Finland and Sweden applied to join NATO in 2022, bringing the alliance's membership to 32 once both are in."],
      ['2023-06-01', "Finland and Sweden applied to join NATO in 2022, bringing the alliance's membership to 32."],
      ['2023-06-01', 'Finland joined NATO in April, raising its membership to 32 when Sweden joins.'],
      ['2023-06-01', "Finland became a member on April 4, bringing NATO's membership to 32 after Turkey and Hungary ratify Sweden's bid."],
      ['2023-06-01', "Finland joined in April, and Sweden's accession will bring the alliance's membership to 32."],
    ];
    for (const [day, text] of cases) expect(red(text, day), text).toEqual([]);
  });
  it('a count the accession did not bring, told as done, is still flagged', () => {
    const done = 'Finland joined NATO on April 4, 2023, increasing its total membership to 32.';
    expect(verdicts(membership(done, '2023-06-01'))).toContain('contradicted');
    const always = "Finland joined NATO on April 4, bringing the alliance's membership to 32 once and for all.";
    expect(verdicts(membership(always, '2023-06-01'))).toContain('contradicted');
    const right = "Finland joined NATO on April 4, bringing the alliance's membership to 31.";
    expect(verdicts(membership(right, '2023-06-01'))).not.toContain('contradicted');
  });
});

describe('the day told is the accession of the country named (accession-day.ts, accession.ts)', () => {
  it('a weekday with its day in brackets is judged by that day', () => {
    const finland = "Finland became NATO's newest member on Thursday (7 March 2024), depositing its accession.";
    expect(verdicts(membership(finland, '2024-03-08'))).toEqual(['contradicted']);
    const week = "Sweden became NATO's newest member on Thursday (14 March 2024), depositing its accession.";
    expect(verdicts(membership(week, '2024-03-08'))).toEqual(['contradicted']);
  });
  it('true look-alikes keep their confirmation', () => {
    const cases: [string, string][] = [
      ['2024-03-08', "Sweden became NATO's newest member on Thursday (7 March 2024), depositing its accession."],
      ['2023-04-05', "Finland became NATO's newest member on Tuesday (4 April 2023), raising the alliance to 31."],
      ['2023-04-05', "Finland became NATO's newest member on Tuesday, April 4, 2023."],
    ];
    for (const [day, text] of cases) {
      expect(red(text, day), text).toEqual([]);
      expect(verdicts(membership(text, day)), text).toContain('supported');
    }
    const both = "Finland became NATO's newest member on Tuesday (4 April 2023), and Sweden followed on Thursday.";
    expect(red(both, '2024-03-08')).toEqual([]);
  });
  it("a date told of another country's joining confirms no one else's accession", () => {
    const caption =
      'US Secretary of State Antony Blinken receives the NATO ratification documents from Swedish Prime Minister Ulf Kristersson, during a ceremony at the US State Department, as Finland formally joins the North Atlantic alliance, in Washington, DC, on March 7, 2024.';
    expect(verdicts(membership(caption, '2024-03-07'))).not.toContain('supported');
    const applauds =
      'Swedish Prime Minister Ulf Kristersson applauds as Finland formally joins the North Atlantic alliance on March 7, 2024.';
    expect(verdicts(membership(applauds, '2024-03-07'))).not.toContain('supported');
  });
  it('the country that joined that day keeps its confirmation', () => {
    const cases: [string, string][] = [
      [
        '2024-03-07',
        'Swedish Prime Minister Ulf Kristersson applauds as Sweden formally joins the North Atlantic alliance on March 7, 2024.',
      ],
      [
        '2024-03-07',
        'Finnish President Alexander Stubb welcomed Sweden, which formally joined the North Atlantic alliance on March 7, 2024.',
      ],
      ['2025-01-15', 'Poland, Hungary, Bulgaria and Romania joined NATO in 1999 and 2004.'],
    ];
    for (const [day, text] of cases) {
      expect(red(text, day), text).toEqual([]);
      expect(verdicts(membership(text, day)), text).toContain('supported');
    }
  });
});

describe('a member of another round listed with a round (accession-lists.ts)', () => {
  it('loses the confirmation', () => {
    const cases: [string, string][] = [
      ['2025-01-15', 'On March 12, 1999, Bulgaria, Hungary and the Czech Republic joined NATO.'],
      ['2023-12-27', 'NATO grew over the years. Greece and France joined in 1952, followed by West Germany in 1955.'],
      ['2020-03-31', 'Croatia and Bulgaria joined NATO back in 2009.'],
      ['2014-03-12', 'Fifteen years ago in spring 1999, the Czech Republic, Bulgaria and Poland joined NATO.'],
    ];
    for (const [day, text] of cases) {
      const got = membership(text, day).filter((a) => a.verdict === 'supported' && !a.factIds.includes('deu'));
      expect(got, text).toEqual([]);
    }
  });
  it('true lists keep theirs and get no red flag', () => {
    const cases: [string, string][] = [
      ['2025-01-15', 'On March 12, 1999, Poland, Hungary and the Czech Republic joined NATO.'],
      ['2025-01-15', 'Poland, Hungary and the Czech Republic joined NATO in 1999, and Bulgaria, Romania and the Baltic states in 2004.'],
      ['2020-03-31', 'Croatia and Albania joined NATO back in 2009.'],
      ['2023-12-27', 'NATO grew over the years. Greece and Turkey joined in 1952, followed by West Germany in 1955.'],
      ['2025-01-15', 'Norway and Finland, which joined NATO in 2023, share a border with Russia.'],
    ];
    for (const [day, text] of cases) {
      expect(red(text, day), text).toEqual([]);
      expect(verdicts(membership(text, day)), text).toContain('supported');
    }
  });
});

describe('a relative clause between the country and its accession (membership.ts)', () => {
  it('the year after it is judged', () => {
    const wrong = 'Poland, which celebrated its 25th NATO membership anniversary on March 12, joined in 1997.';
    expect(verdicts(membership(wrong, '2024-03-29'))).toContain('contradicted');
  });
  it('true look-alikes', () => {
    const cases: [string, string][] = [
      ['2024-03-29', 'Poland, which celebrated its 25th NATO membership anniversary on March 12, joined in 1999.'],
      ['2024-03-29', 'Romania, which borders Ukraine, joined NATO in 2004.'],
      ['2024-03-29', 'Poland, which hosted the summit in 2016, joined NATO in 1999.'],
    ];
    for (const [day, text] of cases) {
      expect(red(text, day), text).toEqual([]);
      expect(verdicts(membership(text, day)), text).toContain('supported');
    }
  });
});

describe('timeline lines headed by a year (timeline-entries.ts)', () => {
  const line = (entry: string) => `NATO's history.\n\n${entry}\n\n1949: The alliance is founded.`;
  it('a year that is not the accession is contradicted and its other confirmations go', () => {
    for (const entry of [
      "1950: Greece and Turkey join in the alliance's first expansion.",
      '1980: Spain becomes the 16th member of NATO.',
    ]) {
      const got = membership(line(entry), '2022-05-11');
      expect(verdicts(got), entry).toContain('contradicted');
      expect(verdicts(got), entry).not.toContain('supported');
    }
  });
  it('true lines and other acts are not flagged', () => {
    const entries = [
      "1952: Greece and Turkey join in the alliance's first expansion.",
      '1955: West Germany joins NATO.',
      '1982: Spain becomes the 16th member of NATO.',
      '1999: Poland, Hungary and the Czech Republic join NATO.',
      '2009: Albania and Croatia join NATO.',
      "2009: France rejoins the alliance's integrated command.",
      '1990: East Germany joins NATO as part of a reunified Germany.',
      '1994: Poland joins the Partnership for Peace.',
      '2008: Albania and Croatia are invited to join NATO.',
      '2020: North Macedonia joins NATO as its 30th member.',
    ];
    for (const entry of entries) expect(red(line(entry), '2022-05-11'), entry).toEqual([]);
  });
});

describe('counts: a whole and its parts, growth to a count never had (member-count-forms.ts)', () => {
  it('a whole that is not the sum of its parts', () => {
    const text = 'NATO is an intergovernmental military alliance between 31 member states – 28 European and two North American.';
    const got = membership(text, '2022-11-24');
    expect(verdicts(got)).not.toContain('supported');
    expect(got.some((a) => a.verdict === 'contradicted' && a.quote === '31 member states')).toBe(true);
  });
  it('growth told as done to a count NATO never had', () => {
    const text = 'Since 1949, NATO’s membership has increased from 12 to 33 countries through 10 rounds of enlargement.';
    expect(membership(text, '2024-03-08').some((a) => a.verdict === 'contradicted' && a.quote.includes('33'))).toBe(true);
  });
  it('true look-alikes', () => {
    const cases: [string, string][] = [
      ['2022-11-24', 'NATO is an intergovernmental military alliance between 30 member states – 28 European and two North American.'],
      ['2024-04-04', 'NATO, now with 32 member states — 30 European and 2 North American, marks its 75th anniversary.'],
      ['2024-04-04', "Of NATO's 32 members – 30 European and two North American – 23 now meet the target."],
      ['2023-06-01', 'NATO will have 32 member states – 30 European and two North American – once Sweden joins.'],
      ['2024-03-08', 'Since 1949, NATO’s membership has increased from 12 to 32 countries through 10 rounds of enlargement.'],
      ['2023-06-01', "NATO's membership will increase from 12 to 32 countries once Sweden joins."],
      ['2024-03-08', 'NATO has grown from 12 members to 32 today.'],
    ];
    for (const [day, text] of cases) expect(red(text, day), text).toEqual([]);
  });
});
