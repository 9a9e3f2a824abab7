// Round 23's mutation probe (confirmed core sentences rewritten one fact at a time into false ones). (1) figure.ts: a
// deadline after "(GDP)" is read. (2) figure-split.ts: where one figure of The Hague's target is told wrong (its deadline,
// one part, a whole that is not the sum of right parts), the sentence's other figures of the target are no longer
// confirmed; the target replaced, told with a figure NATO never had ("the previous commitment of 2.5%"), is contradicted.
// (3) event-anniversary.ts: a NATO meeting confirmed by the event reader, told as marking an anniversary it did not mark,
// is contradicted. (4) event.ts: a bilateral summit of leaders none of whom is named is not the summit a clause about NATO
// tells of.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const RED = ['contradicted', 'outdated'];
const of = (kind: string) => (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === kind);
const figure = of('figure');
const event = of('event');
const supportedOf = (text: string, asOf: string, id: string) =>
  analyze(text, asOf)
    .filter((a) => a.verdict === 'supported' && a.factIds.includes(id))
    .map((a) => a.quote);
const reds = (text: string, asOf: string) => analyze(text, asOf).filter((a) => RED.includes(a.verdict));
const HAGUE = 'spending-target-hague-2025';

describe("a wrong deadline of one of the target's figures (figure.ts, figure-split.ts)", () => {
  it('reads a deadline after "(GDP)"', () => {
    const wrong = 'NATO allies agreed to spend 5% of their Gross Domestic Product (GDP) by 2033.';
    expect(figure(wrong, '2025-06-25').map((a) => a.verdict)).toEqual(['contradicted']);
    const right = 'NATO allies agreed to spend 5% of their Gross Domestic Product (GDP) by 2035.';
    expect(figure(right, '2025-06-25').map((a) => a.verdict)).toEqual(['supported']);
  });
  it("takes the confirmation from the target's other figures in the sentence", () => {
    for (const [asOf, text] of [
      [
        '2025-06-23',
        'Allies will commit at least 3.5 per cent of GDP to core military needs by 2033, with an additional 1.5 per cent for resilience and infrastructure.',
      ],
      [
        '2025-06-23',
        'NATO allies will raise defence spending to 5% of GDP by 2034, with 3.5% allocated to core military needs and 1.5% to security-related investments.',
      ],
    ])
      expect(supportedOf(text, asOf, HAGUE)).toEqual([]);
  });
  it('a sentence whose wrong figure is flagged keeps the right one confirmed beside the flag', () => {
    const text = 'NATO members agreed to spend at least 3.5% of each member country’s GDP by 2036, plus up to 1.5%.';
    expect(reds(text, '2025-06-25').map((a) => a.verdict)).toEqual(['contradicted']);
    expect(supportedOf(text, '2025-06-25', HAGUE)).toEqual(['1.5%']);
  });
  it('true look-alikes keep their confirmations', () => {
    expect(
      supportedOf(
        'Allies will commit at least 3.5 per cent of GDP to core military needs by 2035, with an additional 1.5 per cent for resilience and infrastructure.',
        '2025-06-23',
        HAGUE,
      ),
    ).toHaveLength(2);
    expect(
      supportedOf(
        'NATO allies will raise defence spending to 5% of GDP by 2035, with 3.5% allocated to core military needs and 1.5% to security-related investments.',
        '2025-06-23',
        HAGUE,
      ),
    ).toHaveLength(3);
    // Another's deadline: a country named before its own figure.
    expect(
      supportedOf('Poland will reach 5% of GDP by 2026, well ahead of NATO’s 5% of GDP by 2035 target.', '2025-07-01', HAGUE).length,
    ).toBeLessThanOrEqual(1);
  });
});

describe("a split told with one part wrong, or a whole that is not the parts' sum (figure-split.ts)", () => {
  it('no part of the target is confirmed', () => {
    for (const [asOf, text] of [
      [
        '2025-06-23',
        'Allies are set to commit 3 percent of GDP for defence and an additional 1.5 percent for other security-related needs.',
      ],
      ['2025-06-25', 'NATO allies will spend at least 3.5% of GDP on defense and 1% on security and other critical infrastructure.'],
      [
        '2025-06-24',
        'All 32 NATO members are poised to commit to increasing defense spending to 3% of their GDP, alongside an additional 1.5%.',
      ],
      [
        '2025-06-26',
        'The summit focused on a new target of 4% of GDP by 2035 (3.5% on core military expenditure and 1.5% for other defence-related needs), in response to demands voiced by the US president.',
      ],
      [
        '2025-06-26',
        'Allies agreed on investing 6% of GDP in defence – including 3.5% of GDP on core defence requirements and 1.5% on defence- and security-related investments.',
      ],
    ])
      expect(supportedOf(text, asOf, HAGUE)).toEqual([]);
  });
  it('true look-alikes keep every confirmation and get no red flag', () => {
    const cases: [string, string, number][] = [
      [
        '2025-06-26',
        'NATO leaders agreed at The Hague to a new target of 5% of GDP by 2035 (3.5% on core defence and 1.5% on related spending).',
        3,
      ],
      [
        '2025-06-26',
        'All 32 NATO members endorsed a deal to raise defense spending to 5% of GDP by 2035—3.5% on military capabilities and 1.5% on related security measures.',
        3,
      ],
      // The figure left behind is no whole.
      ['2025-06-26', 'Spending will rise from 2% to 3.5% of GDP for core defence and 1.5% for resilience, NATO said.', 2],
      ['2025-06-25', 'NATO allies will spend at least 3.5% of GDP on defense and 1.5% on security and other critical infrastructure.', 2],
    ];
    for (const [asOf, text, n] of cases) {
      expect(supportedOf(text, asOf, HAGUE)).toHaveLength(n);
      expect(reds(text, asOf)).toEqual([]);
    }
  });
});

describe('the target replaced, told with a figure NATO never had (figure-split.ts previousTargetClaims)', () => {
  it('is contradicted', () => {
    for (const [asOf, text, quote] of [
      [
        '2025-07-05',
        'NATO defense spending would rise to 5% of GDP by 2035, a substantial increase from the previous commitment of 2.5%.',
        'the previous commitment of 2.5%',
      ],
      ['2025-06-26', 'Allies agreed 5% of GDP by 2035, more than doubling the previous target of 2.5%.', 'the previous target of 2.5%'],
      [
        '2025-06-05',
        'NATO allies will discuss a new defense spending target of 5% of GDP, a significant increase from the current 3% guideline.',
        'the current 3% guideline',
      ],
    ]) {
      const got = reds(text, asOf);
      expect(got.map((a) => a.quote)).toEqual([quote]);
      expect(got[0].message).toContain('was 2% of GDP');
    }
  });
  it('true look-alikes are not flagged', () => {
    for (const [asOf, text] of [
      ['2025-06-26', 'Allies agreed 5% of GDP by 2035, more than doubling the previous target of 2%.'],
      ['2025-06-05', 'NATO allies will discuss a new target of 5% of GDP, a significant increase from the current 2% guideline.'],
      // Spending, not a target.
      ['2025-06-26', 'NATO set 5% of GDP, up from the current 2.3% average spending of allies.'],
      // One ally's own target.
      ['2025-06-26', 'NATO agreed 5%, but Poland had already passed its previous target of 4%.'],
      // A figure of a NATO target (a part).
      ['2025-06-26', 'NATO agreed 5%; the previous commitment of 3.5% for core defence was Rutte’s proposal.'],
      // Not a share of GDP NATO ever set: below 1%.
      ['2025-06-26', 'NATO allies pledged 0.25% of GDP for Ukraine, more than the current 0.1% target.'],
    ])
      expect(reds(text, asOf)).toEqual([]);
  });
});

describe('an anniversary the meeting did not mark (event-anniversary.ts)', () => {
  it('is contradicted where the meeting is confirmed and the ordinal tied to it', () => {
    for (const [asOf, text, quote] of [
      ['2024-07-10', 'Leaders arrived for NATO’s 73rd anniversary summit in Washington this week.', '73rd anniversary summit'],
      [
        '2024-07-11',
        'The NATO Summit, marking the 76th anniversary of the Alliance, has concluded in Washington.',
        '76th anniversary of the Alliance',
      ],
      [
        '2019-12-04',
        'NATO leaders, who gathered in London for the 71st anniversary of the alliance, on Wednesday adopted a declaration.',
        '71st anniversary of the alliance',
      ],
      [
        '1999-03-12',
        "For three days beginning on April 23, NATO's 19 members will meet in Washington for the 49th anniversary summit.",
        '49th anniversary summit',
      ],
    ]) {
      const got = event(text, asOf).filter((a) => RED.includes(a.verdict));
      expect(got.map((a) => a.quote)).toEqual([quote]);
    }
  });
  it('true look-alikes are not flagged', () => {
    for (const [asOf, text] of [
      ['2024-07-10', 'Leaders arrived for NATO’s 75th anniversary summit in Washington this week.'],
      ['2019-12-04', 'NATO leaders, who gathered in London for the 70th anniversary of the alliance, on Wednesday adopted a declaration.'],
      ['1999-03-12', "For three days beginning on April 23, NATO's 19 members will meet in Washington for the 50th anniversary summit."],
      // Ahead of an anniversary to come, or another told in the same sentence.
      ['2024-07-10', 'Leaders gathered in Washington this week for the summit, ahead of the alliance’s 76th anniversary next year.'],
      ['2024-07-10', 'The Washington summit this week marks 75 years of NATO, and its 80th anniversary summit is planned for 2029.'],
      // A meeting a day before the anniversary marks it.
      ['2019-04-03', 'NATO foreign ministers meet in Washington on Wednesday, a day before the alliance’s 70th anniversary.'],
      ['2019-04-04', 'NATO foreign ministers met in Washington on Thursday to mark the alliance’s 70th anniversary.'],
      // Another body's anniversary.
      ['2024-06-06', 'Leaders met in Normandy for the 80th anniversary of D-Day.'],
    ])
      expect(reds(text, asOf)).toEqual([]);
  });
});

describe("a bilateral summit is not a NATO clause's summit when none of its leaders is named (event.ts)", () => {
  it('the timeline line is read as NATO’s summit, not the Obama–Medvedev one', () => {
    const ids = event('1999 April NATO celebrates its 50th anniversary at the Washington summit.', '2022-03-01').flatMap((a) => a.factIds);
    expect(ids).not.toContain('obama-medvedev-white-house-2010-06-24');
  });
  it('the leaders named by surname keep their summit', () => {
    const ids = event('Obama and Medvedev held a summit in Washington, NATO officials said.', '2010-06-25').flatMap((a) => a.factIds);
    expect(ids).toContain('obama-medvedev-white-house-2010-06-24');
  });
});
