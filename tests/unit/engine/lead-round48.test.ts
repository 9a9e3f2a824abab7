// Round 48, the lead's readings after the end score of held-out 47: its one false alarm on labelled text (vs007), its one red
// flag on unlabelled text (vs003, a labelled error flagged on words beside the label) and one missed accession month (vq001),
// each read as a class with the flags it must keep.
import { describe, expect, it } from 'vitest';
import { saidConfirmed, saidRed } from './helpers';

const redOn = (text: string, asOf: string, words: string) => saidRed(text, asOf).filter((s) => s.includes(words));
const confirmedOn = (text: string, asOf: string, words: string) => saidConfirmed(text, asOf).filter((s) => s.includes(words));

describe('a figure raised from is the old figure, and the deadline after the new one is the new one’s (figure.ts)', () => {
  // https://www.delhifiles.com/ (24 June 2025, held-out 47 vs007): the eve of The Hague, the 2% still the target in force.
  const delhi =
    'NATO is poised for a critical moment on Wednesday as the alliance prepares to release a joint statement on a proposed ' +
    'increase in defense spending—from the current target of 2% to 5% of GDP by 2035.';

  it('confirms the 2% raised from, and the 5% with its deadline', () => {
    expect(saidRed(delhi, '2025-06-24')).toEqual([]);
    expect(confirmedOn(delhi, '2025-06-24', '2%')).toHaveLength(1);
    expect(confirmedOn(delhi, '2025-06-24', '5% of GDP by 2035')).toHaveLength(1);
    for (const text of [
      'NATO allies are set to raise their target from 2 percent to 5 percent of GDP by 2035.',
      'NATO allies will lift the goal from the current 2% of GDP to 3.5% by 2035.',
      'The alliance is moving from 2% to 5% of GDP by 2035, Rutte said.',
    ])
      expect(saidRed(text, '2025-06-20'), text).toEqual([]);
  });

  it('still flags a deadline told for the figure itself, and a range with no "from"', () => {
    expect(redOn('NATO allies agreed to spend 2% of GDP by 2035.', '2025-06-10', '2%')).toHaveLength(1);
    expect(redOn('NATO allies agreed to spend 2% to 3% of GDP by 2030.', '2024-03-01', '2%')).toHaveLength(1);
    expect(redOn('NATO allies agreed in The Hague to spend 3% to 5% of GDP by 2030.', '2025-07-10', '2030')).toHaveLength(1);
  });
});

describe('a wrong deadline written "by the year 2030" is flagged on words that hold it (figure.ts)', () => {
  // https://policystability.com/post/2026-02/the-hegemons-gambit-natos-trillion-dollar-push-for-perpetual-dominance (February
  // 2026, held-out 47 vs003): the Hague target is 5% by 2035.
  const policy =
    'The alliance members have formally agreed to a target of spending 5 percent of their collective Gross Domestic Product ' +
    '(GDP) on defense by the year 2030.';

  it('covers the deadline with the flag', () => {
    expect(redOn(policy, '2026-02-01', 'by the year 2030')).toHaveLength(1);
    expect(redOn('NATO allies agreed to spend 5% of GDP on defence by the year 2030.', '2025-09-01', 'by the year 2030')).toHaveLength(1);
  });

  it('confirms the right deadline written the same way', () => {
    expect(saidRed(policy.replace('2030', '2035'), '2026-02-01')).toEqual([]);
  });
});

describe('an accession month with a relative clause before the verb, and NATO told as "the organization" (accession-month.ts)', () => {
  // https://247wallst.com/special-report/2023/11/17/ (17 November 2023, held-out 47 vq001): Finland joined on 4 April 2023.
  const wallSt =
    'Instead, the war has become a bloody quagmire approaching its second year and has led to further NATO expansion. The ' +
    'West’s 74-year-old defensive pact now has 31 members after Finland, which shares an 830-mile border with Russia, joined ' +
    'the organization in May.';

  it('flags the month, the country being the one before the clause', () => {
    expect(redOn(wallSt, '2023-11-17', 'joined the organization in May')).toHaveLength(1);
    expect(redOn('Finland, which Russia invaded in 1939, joined NATO in May.', '2023-11-17', 'Finland')).toHaveLength(1);
  });

  it('confirms the right month, and reads "the organization" as NATO only with NATO named and no other club', () => {
    expect(confirmedOn(wallSt.replace('May', 'April'), '2023-11-17', 'joined the organization in April')).toHaveLength(1);
    for (const text of [
      'The EU grew when Croatia joined the organization in July.',
      'Finland, which shares a long border with Russia, joined the organization in May, the OECD said.',
      'Sweden, which ended two centuries of neutrality, joined the bloc in March.',
      'Sweden, which hopes to follow Finland, joined the talks in May.',
    ])
      expect(saidRed(text, '2023-11-17'), text).toEqual([]);
  });
});
