// Round 21's mutation probe (confirmed core sentences rewritten one fact at a time into false ones): the largest groups of
// wrong confirmations left. (1) A country that never joined NATO told as its Nth member, or listed with members as one
// accession round, no longer lends the member of the page or of the list a confirmation. (2) A day told of an EU sanctions
// package's adoption is confirmed only on a day on record, not one to three days off.
import { describe, expect, it } from 'vitest';
import { analyze } from './helpers';

const of = (kind: string) => (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.kind === kind);
const membership = of('membership');
const sanction = of('sanction');
const verdicts = (anns: { verdict: string }[]) => anns.map((a) => a.verdict);
const RED = ['contradicted', 'outdated'];

describe('a never-member told as the Nth member is not confirmed with the page member (accession.ts ordinalClaims)', () => {
  it('wrong country: no confirmation, a red flag where the form is plain', () => {
    const t =
      'BRUSSELS — Ukraine on Friday officially became the 30th member of the NATO military alliance. “North Macedonia is now part of the NATO family,” the Secretary General said.';
    const got = membership(t, '2020-03-27');
    expect(verdicts(got)).not.toContain('supported');
    expect(got.some((a) => a.verdict === 'contradicted' && a.quote.startsWith('Ukraine'))).toBe(true);
    const making = 'North Macedonia deposited its instrument of accession in Washington, making Ukraine the 30th NATO Ally.';
    // Round 35: the deposit itself, true of North Macedonia that day, is confirmed; the wrong member's ordinal is not.
    expect(verdicts(membership(making, '2020-03-27').filter((a) => a.quote.includes('30th')))).not.toContain('supported');
    const it2 =
      'On Thursday, 7 March, Ukraine officially joined the North Atlantic Alliance. It became the 32nd member of NATO. Sweden had waited for almost two years.';
    expect(verdicts(membership(it2, '2024-03-07').filter((a) => a.quote.includes('32nd')))).not.toContain('supported');
  });
  it('true look-alikes keep their confirmation and get no red flag', () => {
    const cases: [string, string][] = [
      ['2020-03-27', 'BRUSSELS — North Macedonia on Friday officially became the 30th member of the NATO military alliance.'],
      ['2020-03-27', 'North Macedonia deposited its instrument of accession in Washington, making North Macedonia the 30th NATO Ally.'],
      ['2024-03-07', 'Sweden, unlike Ukraine, has become the 32nd member of NATO.'],
      ['2023-04-04', 'Finland, which shares a long border with Russia like Ukraine, became the 31st member of NATO.'],
      ['2024-03-07', 'On Thursday, 7 March, Sweden officially joined the North Atlantic Alliance. It became the 32nd member of NATO.'],
    ];
    for (const [day, t] of cases) {
      const got = membership(t, day);
      expect(
        got.some((a) => RED.includes(a.verdict)),
        t,
      ).toBe(false);
      expect(verdicts(got), t).toContain('supported');
    }
  });
});

describe('a list of one accession round with a never-member in it is not confirmed (accession-lists.ts listedWithOutsider)', () => {
  it('the list loses its confirmation', () => {
    const cases: [string, string][] = [
      ['2020-03-31', 'Croatia and Ukraine joined NATO back in 2009.'],
      ['2023-12-27', 'Greece and Ukraine joined NATO in 1952, followed by West Germany in 1955.'],
      ['2025-01-15', 'On March 12, 1999, Ukraine, Hungary and the Czech Republic joined NATO.'],
    ];
    for (const [day, t] of cases) {
      const got = membership(t, day).filter(
        (a) => a.quote.includes('Croatia') || a.quote.includes('Greece') || a.quote.includes('Hungary'),
      );
      expect(verdicts(got), t).not.toContain('supported');
    }
  });
  it('true lists, and a never-member outside the list, keep their confirmation', () => {
    const cases: [string, string][] = [
      ['2020-03-31', 'Croatia and Albania joined NATO back in 2009.'],
      ['2023-12-27', 'Greece and Turkey joined NATO in 1952, followed by West Germany in 1955.'],
      ['2025-01-15', 'On March 12, 1999, Poland, Hungary and the Czech Republic joined NATO, while Ukraine stayed outside.'],
    ];
    for (const [day, t] of cases) {
      const got = membership(t, day);
      expect(verdicts(got), t).toContain('supported');
      expect(
        got.some((a) => RED.includes(a.verdict)),
        t,
      ).toBe(false);
    }
  });
});

describe('an EU package adopted on a day one to three days off its record is not confirmed (sanction-packages.ts adoptionDayFit)', () => {
  it('a day off: context at most, never supported', () => {
    const cases: [string, string][] = [
      // the 16th: adopted 24 February 2025 (agreed 19 February)
      [
        '2025-02-27',
        'More than three years after the invasion, on February 26, 2025, the EU adopted its 16th package of sanctions against Russia.',
      ],
      // the 14th: adopted 24 June 2024 (agreed 20 June)
      ['2024-06-27', 'The EU Council approved the 14th package of economic and individual sanctions against Russia on 26 June.'],
      // the 19th: adopted 23 October 2025 (agreed 22 October)
      ['2025-10-28', 'On 25 October 2025, the Council of the European Union adopted its 19th package of sanctions against Russia.'],
      // the 9th: adopted 16 December 2022 (agreed 15 December); a day before the agreement on record
      ['2022-12-19', 'On 14 December, the European Union adopted its ninth package of sanctions against Russia.'],
    ];
    for (const [day, t] of cases) expect(verdicts(sanction(t, day)), t).not.toContain('supported');
  });
  it('the days on record stay confirmed, and an agreement not on record within the week before still is', () => {
    const cases: [string, string][] = [
      [
        '2025-02-27',
        'More than three years after the invasion, on February 24, 2025, the EU adopted its 16th package of sanctions against Russia.',
      ],
      ['2024-06-27', 'The EU Council approved the 14th package of economic and individual sanctions against Russia on 24 June.'],
      ['2025-10-28', 'On 23 October 2025, the Council of the European Union adopted its 19th package of sanctions against Russia.'],
      ['2022-12-19', 'On 15 December, the European Union adopted its ninth package of sanctions against Russia.'],
      // the 6th: adopted 3 June 2022; the ambassadors' agreement of 2 June is not on record
      ['2022-06-10', 'On 2 June 2022, the European Union passed its sixth sanctions package.'],
    ];
    for (const [day, t] of cases) {
      const got = sanction(t, day);
      expect(verdicts(got), t).toContain('supported');
      expect(
        got.some((a) => RED.includes(a.verdict)),
        t,
      ).toBe(false);
    }
  });
});
