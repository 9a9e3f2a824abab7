// The Hague target told with its two parts (figure-split.ts), twenty-second round: the mutation probe found three forms in
// which a wrong part or a wrong whole was still confirmed. Sentences are real ones from the development sets (h007, n018,
// n029, g051, y064, June 2025) with one figure changed, and true look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const figures = (text: string, asOf: string) =>
  analyze(text, asOf)
    .filter((a) => a.kind === 'figure')
    .map((a) => `${a.verdict} ${a.quote}`);

describe('a wrong part or whole of the target is contradicted', () => {
  it('days before the summit, told as expected or agreed', () => {
    expect(
      figures(
        'All 32 member states are poised to formally commit to allocating 3% of GDP to defense spending, with an additional 1.5% dedicated to related infrastructure.',
        '2025-06-24',
      ),
    ).toEqual(['contradicted 3%', 'supported an additional 1.5%']);
    expect(
      figures(
        'Under pressure from President Trump, NATO allies are preparing to endorse a 5% GDP defense spending target, comprising 3% for core military outlays and 1.5% toward infrastructure.',
        '2025-06-24',
      ),
    ).toContain('contradicted 3%');
  });
  it('parts in brackets joined by a comma', () => {
    // Round 34: the right part (1.5%) is confirmed too, as it was with NATO named (nato-understood.ts reads the passage so).
    expect(figures('New benchmark of 5% GDP on defence (3% for core defence, 1.5% for infrastructure & industry)', '2025-06-26')).toEqual([
      'supported 5%',
      'contradicted 3%',
      'supported 1.5%',
    ]);
  });
  it('both parts right and the whole told beside them not their sum', () => {
    expect(
      figures(
        'The summit focused on a new target of 4% of GDP by 2035 (3.5% on core military expenditure and 1.5% for other defence-related needs).',
        '2025-06-26',
      ),
    ).toEqual(['contradicted 4%', 'supported 3.5%', 'supported 1.5%']);
    expect(
      figures(
        'NATO allies agreed a 6% GDP defense spending target, comprising 3.5% for core military outlays and 1.5% toward infrastructure.',
        '2025-06-26',
      ),
    ).toContain('contradicted 6%');
  });
});

describe('true look-alikes are not flagged', () => {
  it('the right split, told in the same forms', () => {
    for (const [text, asOf] of [
      [
        'All 32 member states are poised to formally commit to allocating 3.5% of GDP to defense spending, with an additional 1.5% dedicated to related infrastructure.',
        '2025-06-24',
      ],
      ['New benchmark of 5% GDP on defence (3.5% for core defence, 1.5% for infrastructure & industry)', '2025-06-26'],
      [
        'The summit focused on a new target of 5% of GDP by 2035 (3.5% on core military expenditure and 1.5% for other defence-related needs).',
        '2025-06-26',
      ],
    ])
      expect(figures(text, asOf).filter((v) => !v.startsWith('supported'))).toEqual([]);
  });
  it('a figure left behind is not the whole', () => {
    for (const text of [
      'Allies agreed to go from 2% of GDP (a guideline since 2006) to 5%, with 3.5% for core defence and 1.5% for related spending.',
      'The new target of 5% of GDP by 2035 (3.5% for core defence, 1.5% for infrastructure) replaces the 2% guideline.',
      'The alliance moved up from 2% (3.5% for core defence and 1.5% for related needs now).',
    ])
      expect(figures(text, '2025-06-26').filter((v) => v.startsWith('contradicted'))).toEqual([]);
  });
  it('another body, or weeks before the summit when other splits were floated', () => {
    expect(
      figures(
        'EU member states agreed to spend 3% on core defence and 1.5% on related infrastructure in their own plans.',
        '2025-06-26',
      ).filter((v) => v.startsWith('contradicted')),
    ).toEqual([]);
    expect(
      figures('NATO allies are expected to agree 3% for core defence and 1.5% for related infrastructure.', '2025-04-10').filter((v) =>
        v.startsWith('contradicted'),
      ),
    ).toEqual([]);
  });
});
