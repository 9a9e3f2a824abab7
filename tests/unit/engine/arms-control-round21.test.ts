// Arms-control treaties' steps (arms-control.ts, alliance-history.json armsControl), twenty-first round: held-out 17's
// va006, 18's wa003 and 19's xa010 told them and were left bare; heldout8's "signed the INF treaty in 1978" is a real
// error. Short quotes of real articles, and made-up look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';
import { getFacts } from '../../../src/facts';

const treaty = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.factIds.some((id) => STEP_IDS.has(id)));
const STEP_IDS = new Set((getFacts().base.history?.armsControl ?? []).map((s) => s.id));
const verdicts = (text: string, asOf: string) => treaty(text, asOf).map((a) => `${a.verdict} ${a.factIds.join(',')}`);
const red = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('steps told with their day, month or year are confirmed', () => {
  it('the INF withdrawal of 2 August 2019, told on its day (wa003, va006)', () => {
    expect(
      verdicts(
        'On the 2 August the United States announced its formal withdrawal from the Intermediate-range Nuclear Forces (INF) treaty.',
        '2019-08-03',
      ),
    ).toEqual(['supported inf-usa-withdrawn']);
    expect(
      verdicts(
        'The United States announced Friday it has formally withdrawn from the Intermediate-Range Nuclear Forces Treaty.',
        '2019-08-02',
      ),
    ).toEqual(['supported inf-usa-withdrawn']);
    expect(verdicts('On August 2, the United States withdrew from the Intermediate Nuclear Forces (INF) Treaty.', '2019-08-05')).toEqual([
      'supported inf-usa-withdrawn',
    ]);
  });
  it('the signing year, the suspension day, a withdrawal month', () => {
    expect(verdicts('The Open Skies Treaty, signed in 1992, allows unarmed observation flights.', '2020-11-22')).toEqual([
      'supported open-skies-signed',
    ]);
    expect(verdicts('The INF Treaty, signed by Reagan and Gorbachev in 1987, banned such missiles.', '2019-02-01')).toEqual([
      'supported inf-signed',
    ]);
    expect(verdicts('Russia suspended its participation in the New START treaty on February 21.', '2023-03-01')).toEqual([
      'supported new-start-rus-suspended',
    ]);
    expect(
      verdicts('Russia formally withdrew from the Treaty on Conventional Armed Forces in Europe in November 2023.', '2024-01-10'),
    ).toEqual(['supported cfe-rus-withdrawn']);
    expect(verdicts('Russia said the New START treaty expired on February 5, 2026.', '2026-03-01')).toEqual([
      'supported new-start-expired',
    ]);
  });
  it('an announcement told without a date, once it was made (xa010)', () => {
    const xa010 = 'Allies regret the announcement by the US Government of its intention to withdraw from the Open Skies Treaty.';
    expect(verdicts(xa010, '2020-05-22')).toEqual(['supported open-skies-usa-withdrawal-notice']);
    // before it: nothing
    expect(verdicts(xa010, '2020-05-01')).toEqual([]);
  });
});

describe('a wrong signing year or withdrawal year is contradicted', () => {
  it('"signed the INF treaty in 1978" (heldout8)', () => {
    const flags = red('President Reagan signed the INF treaty in 1978 with Mikhail Gorbachev.', '2019-03-01').filter(
      (a) => a.kind === 'event',
    );
    expect(flags.map((a) => [a.verdict, a.quote, a.factIds[0]])).toEqual([['contradicted', 'signed the INF treaty in 1978', 'inf-signed']]);
  });
  it('a withdrawal by one party in a year with no step of theirs', () => {
    const flags = red('The US withdrew from the Open Skies Treaty in 2019.', '2021-03-01');
    expect(flags.map((a) => [a.verdict, a.factIds[0]])).toEqual([['contradicted', 'open-skies-usa-withdrawn']]);
    expect(red('Russia pulled out of the Open Skies Treaty in 2020.', '2022-03-01').map((a) => a.factIds[0])).toEqual([
      'open-skies-rus-withdrawn',
    ]);
  });
});

describe('true look-alikes and loose tellings are not flagged', () => {
  it.each([
    // the year of the announcement, or of a suspension the press calls a withdrawal
    ['The US withdrew from the INF treaty in 2018.', '2020-01-01'],
    ['Russia withdrew from New START in 2023, it said.', '2024-01-01'],
    ['Russia left the CFE Treaty in 2007.', '2023-01-01'],
    ['Russia withdrew from the CFE Treaty in 2015.', '2016-01-01'],
    // another year of the sentence, another treaty, other signatures
    ['After the US withdrew from the INF Treaty in 2019, Russia deployed more missiles.', '2020-01-01'],
    ['In 2021, a year after the US withdrew from the Open Skies Treaty, Russia followed.', '2022-01-01'],
    ['The US withdrew from the Open Skies Treaty and the INF Treaty in 2019 and 2020.', '2021-01-01'],
    ['Putin signed a law in 2021 on leaving the Open Skies Treaty.', '2021-06-08'],
    ['The adapted CFE Treaty was signed in 1999 in Istanbul.', '2020-01-01'],
    ['The EU-US Open Skies agreement was signed in 2007.', '2020-01-01'],
    ['Biden signed the extension of New START in 2021.', '2021-03-01'],
    // wished, threatened, asked
    ['Bolton urged Trump to withdraw from the INF Treaty in 2018.', '2019-01-01'],
    ['The US could withdraw from the Open Skies Treaty in 2019, officials warned.', '2019-10-01'],
  ])('%s', (text, asOf) => {
    expect(red(text, asOf).filter((a) => a.kind === 'event')).toEqual([]);
  });
  it('a wish is not confirmed either', () => {
    expect(verdicts('Bolton urged Trump to withdraw from the INF Treaty.', '2019-01-01')).toEqual([]);
    expect(verdicts('Republicans want the US to leave the Open Skies Treaty.', '2021-01-01')).toEqual([]);
  });
});
