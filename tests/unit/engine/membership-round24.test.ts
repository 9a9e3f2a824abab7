// Round 24, membership and enlargement (held-out 22 misses, as families). (1) An accession step's month without its year
// right after the step ("was formally invited to join the alliance in July", accession-steps.ts), and a coarser date that
// no longer confirms it. (2) A parliament's vote told by its weekday (accession-vote-weekday.ts). (3) Countries called
// former Soviet republics (membership-soviet.ts). (4) "NATO now has 32 members" before the accession (membership.ts).
// (5) Allies listed as having ratified, or as still to ratify (accession-ratifier-lists.ts).
import { describe, expect, it } from 'vitest';
import { membershipRed as red, membershipSupported as supported } from './helpers';

describe('a step told by its month without the year (accession-steps.ts)', () => {
  it('the invitation told in July (Madrid, 29 June 2022) is contradicted, not confirmed by "last year"', () => {
    const text =
      "Finland's government changed its mind last year after Russia invaded Ukraine, and was formally invited to join the alliance in July, along with Sweden.";
    const flags = red(text, '2023-03-27');
    expect(flags.map((a) => a.quote)).toEqual(['was formally invited to join the alliance in July']);
    expect(supported(text, '2023-03-27')).toEqual([]);
    expect(red('Finland and Sweden signed the accession protocols in June.', '2023-03-27').length).toBe(1);
    expect(red('Finland applied to join NATO in June, after Russia invaded Ukraine.', '2023-03-27').length).toBe(1);
  });
  it('the right month is confirmed and true look-alikes are not flagged', () => {
    for (const text of [
      "Finland's government changed its mind last year after Russia invaded Ukraine, and was formally invited to join the alliance in June, along with Sweden.",
      'Finland applied to join NATO in May, after Russia invaded Ukraine.',
      'Finland and Sweden applied to join NATO in May, and signed the accession protocol in July.',
    ])
      expect(red(text, '2023-03-27')).toEqual([]);
    expect(supported('Finland applied to join NATO in May, after Russia invaded Ukraine.', '2023-03-27').length).toBe(1);
    // More than 330 days after the step: the year is not sure.
    expect(red('Finland was formally invited to join the alliance in July.', '2024-03-27')).toEqual([]);
    // A country with no invitation on record in the clause: not read.
    expect(red('Ukraine was formally invited to join the alliance in July, like Finland.', '2023-03-27')).toEqual([]);
    expect(red('Finland hopes to be invited to join the alliance in July.', '2022-05-20')).toEqual([]);
  });
});

describe("a parliament's vote told by its weekday (accession-vote-weekday.ts)", () => {
  it('another weekday than the vote on record, in the week before the page, is contradicted', () => {
    const text =
      "Turkey, for months, had blocked Finland's entry into the alliance until the country's parliament voted to approve its application Friday.";
    const flags = red(text, '2023-04-03');
    expect(flags.length).toBe(1);
    expect(flags[0].message).toContain('Thursday, March 30, 2023');
    expect(red("Hungary's parliament on Tuesday approved Finland's accession to NATO.", '2023-03-31').length).toBe(1);
    expect(red("Hungary's parliament voted to ratify Sweden's accession on Tuesday.", '2024-02-29').length).toBe(1);
  });
  it('the right weekday is confirmed; plans, committees, old votes and other clauses are not read', () => {
    expect(
      supported(
        "Turkey, for months, had blocked Finland's entry into the alliance until the country's parliament voted to approve its application Thursday.",
        '2023-04-03',
      ).length,
    ).toBe(1);
    expect(supported("The Turkish parliament unanimously ratified Finland's NATO membership on Thursday.", '2023-03-31').length).toBe(1);
    expect(supported("Hungary's parliament on Monday approved Finland's accession to NATO.", '2023-03-31').length).toBe(1);
    for (const [text, day] of [
      [
        "Hungary's parliament ratified acceptance Monday but, like Turkey, is yet to schedule a vote for Sweden's membership.",
        '2023-03-31',
      ],
      ["Hungary's parliament is expected to approve Sweden's accession on Monday.", '2024-02-29'],
      ["Turkey's parliament voted to approve Sweden's NATO bid on Wednesday, after a committee backed it in December.", '2024-01-26'],
      ["Hungary's parliament ratified Sweden's accession on Monday.", '2024-03-20'],
      ["Turkey's parliament voted 287 to 55 to approve Sweden's NATO bid on Tuesday.", '2024-01-26'],
    ])
      expect(red(text, day)).toEqual([]);
    // A wrong tally is not confirmed by the weekday.
    expect(supported("Turkey's parliament voted 280 to 55 to approve Sweden's NATO bid on Tuesday.", '2024-01-26')).toEqual([]);
  });
});

describe('former Soviet republics (membership-soviet.ts)', () => {
  it('a country never a Soviet republic listed as one is contradicted', () => {
    const text =
      'The expansion of NATO eastward, particularly into former Soviet republics like Poland, the Baltic states, and even Georgia, has been a recurring point of contention for Moscow.';
    expect(red(text, '2025-12-22').map((a) => a.quote)).toEqual(['former Soviet republics like Poland']);
    expect(red('Poland and Lithuania, both former Soviet republics, joined NATO.', '2025-12-22').length).toBe(1);
    expect(red('Poland, a former Soviet republic, joined NATO in 1999.', '2025-12-22').length).toBe(1);
  });
  it('true look-alikes are not flagged', () => {
    for (const text of [
      'The expansion of NATO eastward, particularly into former Soviet republics like Lithuania, the Baltic states, and even Georgia, angered Moscow.',
      'The expansion of NATO eastward, into former Warsaw Pact states like Poland and former Soviet republics like Estonia, angered Moscow.',
      'NATO took in former Soviet bloc countries such as Poland and Hungary, and former Soviet republics such as Latvia.',
      'Estonia, Latvia and Lithuania, all former Soviet republics, joined NATO in 2004.',
      'Russia has pressured former Soviet republics and satellite states such as Poland.',
      'Unlike Poland, the former Soviet republic of Ukraine is not in NATO.',
      'Finland, which borders Russia, was never a Soviet republic, unlike the Baltic states.',
    ])
      expect(red(text, '2025-12-22')).toEqual([]);
  });
});

describe('"NATO now has 32 members" before the accession (membership.ts)', () => {
  it('a count told as the present one five or more days before the accession is contradicted', () => {
    expect(red('NATO now has 32 members. Romania welcomes the admission of Sweden.', '2024-02-27').length).toBe(1);
    expect(red('The alliance currently has 31 members.', '2023-03-28').length).toBe(1);
  });
  it('anticipation, the days right before, and the right count are not flagged', () => {
    for (const [text, day] of [
      ["With Hungary's approval, NATO will soon have 32 members.", '2024-02-27'],
      ['Once Sweden joins, NATO now has 32 members to defend.', '2024-02-27'],
      ['NATO now has 32 members.', '2024-03-05'],
      ["NATO now has 31 members after Turkey's vote.", '2023-03-31'],
      ['Sweden will formally join and NATO now has 32 members pending the deposit.', '2024-02-27'],
      ['NATO now has 31 members.', '2024-02-27'],
      ['NATO now has 32 members.', '2024-03-08'],
    ])
      expect(red(text, day)).toEqual([]);
  });
});

describe('allies listed as having ratified or still to (accession-ratifier-lists.ts)', () => {
  it('an ally listed before its ratification on record, or after it, is contradicted', () => {
    const text =
      '“So far, half of NATO’s allies have adopted the accession protocols for Sweden and Finland. Thank you to all 15 for the ratification,” he wrote.\nIt should be noted that the access protocols of the Scandinavian countries have been adopted by: Canada, Denmark, Iceland, Norway, Great Britain, Estonia, Albania, Poland, Germany, Hungary, Netherlands, Bulgaria, Latvia, Slovenia, Croatia.\nAt the same time, the protocols still need to be ratified by the United States, Turkey, France, Belgium, Greece, Spain, Italy, Luxembourg, North Macedonia, Portugal, Romania, Slovakia, Montenegro, Czech Republic and Lithuania.';
    expect(red(text, '2022-07-15').map((a) => a.quote)).toEqual(['Hungary']);
    expect(red("Sweden's accession protocol has already been ratified by Finland and Hungary.", '2023-06-15').length).toBe(1);
    expect(red("Hungary and Turkey have yet to ratify Sweden's accession.", '2024-02-10').length).toBe(1);
  });
  it('true look-alikes are not flagged', () => {
    for (const [text, day] of [
      [
        'At the moment, the protocols on the accession of Finland and Sweden to NATO ratified by 27 out of 30 alliance countries. Consent has not yet been given Hungary, Slovakia and Turkey.',
        '2022-09-26',
      ],
      ['The accession protocols of Finland and Sweden still need to be ratified by Hungary and Turkey.', '2022-12-15'],
      ["Sweden's accession protocol still needs to be ratified by Hungary and Turkey.", '2023-06-15'],
      ["Sweden's accession protocol has already been ratified by Germany and France.", '2023-06-15'],
      ["Finland's accession protocol had been ratified by Germany and Hungary by then.", '2023-06-15'],
      ["Hungary and Turkey have yet to ratify Sweden's accession.", '2024-01-10'],
      ["Sweden's accession protocol has been ratified by Turkey and Hungary.", '2024-03-01'],
    ])
      expect(red(text, day)).toEqual([]);
  });
});
