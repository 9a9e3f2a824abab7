// Look-alike precision, twenty-first round: true sentences shaped like the round's new red-flag forms that had been
// flagged (found by the untracked look-alike probe, 1056 true sentences). Each fix narrows the red-flag condition; the
// red flags it was made for still stand.
import { describe, expect, it } from 'vitest';
import { analyze, isRed } from './helpers';

const reds = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');
const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('a treaty signing year: a year after another verb is that verb’s (arms-control.ts)', () => {
  it('true look-alikes are not flagged', () => {
    for (const [text, asOf] of [
      ['The INF treaty signed by Ronald Reagan and Mikhail Gorbachev ended in 2019.', '2019-08-02'],
      [
        'The INF treaty, signed by Reagan and Gorbachev and abandoned in 2019, banned ground-launched missiles with ranges of 500 to 5,500 km.',
        '2019-08-02',
      ],
      ['The Open Skies Treaty signed by NATO and Warsaw Pact states was abandoned by Washington in 2020.', '2021-01-01'],
      ['Reagan and Gorbachev signed the INF treaty that entered into force in 1988.', '2020-12-01'],
      ['Obama and Medvedev signed the New START treaty that expires in February 2026.', '2026-01-15'],
    ])
      expect(anyRed(text, asOf), text).toBe(false);
  });
  it('a wrong signing year, with the signers or a place between, is still contradicted', () => {
    expect(reds('President Reagan signed the INF treaty in 1978 with Mikhail Gorbachev.', '2019-03-01').map((a) => a.factIds[0])).toEqual([
      'inf-signed',
    ]);
    expect(
      reds('The INF treaty, signed by Reagan and Gorbachev in 1978, banned such missiles.', '2019-03-01').map((a) => a.factIds[0]),
    ).toEqual(['inf-signed']);
    expect(
      reds('The Open Skies Treaty, signed in Helsinki by the United States in 1995, allowed flights.', '2019-03-01').map(
        (a) => a.factIds[0],
      ),
    ).toEqual(['open-skies-signed']);
  });
});

describe('a shadow title told of the time in opposition (title-shadow.ts)', () => {
  it('a sentence placed before the election or in opposition is not flagged', () => {
    for (const [text, asOf] of [
      ['Before the election, Shadow Defence Secretary John Healey pledged to reach 2.5% of GDP.', '2024-09-11'],
      ['In the run-up to the July election, Shadow Foreign Secretary David Lammy toured Europe.', '2024-09-11'],
      ['While Labour was in opposition, Shadow Chancellor Rachel Reeves ruled out wealth taxes.', '2024-12-11'],
      ['At the time, Shadow Foreign Secretary David Lammy called for a reset with Europe.', '2025-03-11'],
      ['Two years ago, Shadow Home Secretary Yvette Cooper visited Calais.', '2025-03-11'],
    ])
      expect(anyRed(text, asOf), text).toBe(false);
  });
  it('the present shadow title of a minister is still contradicted (held-out 19 xc207)', () => {
    expect(reds('Shadow Foreign Secretary Yvette Cooper said so.', '2024-07-11').map((a) => a.quote)).toEqual([
      'Shadow Foreign Secretary Yvette Cooper',
    ]);
    expect(
      reds('Shadow Foreign Secretary Yvette Cooper criticised the government after the election.', '2024-07-11').map((a) => a.quote),
    ).toEqual(['Shadow Foreign Secretary Yvette Cooper']);
  });
});
