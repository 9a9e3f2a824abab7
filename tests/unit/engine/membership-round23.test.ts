// Round 23, membership (held-out 21 misses). (1) How many allies had ratified a candidate's accession
// (membership-ratified-count.ts): "28 out of 30 member countries ... have ratified" on the day the page tells the 29th,
// "Two countries have yet to ratify the NATO accession of Sweden and Finland". (2) An accession told to come at a time long
// after it came, once the last ally had ratified (accession-ahead-time.ts). (3) A ratifier named again right before its
// verb (accession-process.ts).
import { describe, expect, it } from 'vitest';
import { membershipRed as red, membershipSupported as supported } from './helpers';

describe('allies that had ratified, counted (membership-ratified-count.ts)', () => {
  const hungaryDone =
    "On Monday, the Hungarian Parliament ratified Finland's entry into NATO. Including Finland, 28 out of 30 member countries of the Alliance have ratified the accession agreement, with Turkey being the only NATO partner that has yet to ratify Finland's membership, as well as that of Sweden.";
  it('a count that leaves out a ratification the page tells is contradicted', () => {
    const flags = red(hungaryDone, '2023-03-27');
    expect(flags.map((a) => a.quote)).toEqual(['28 out of 30 member countries of the Alliance have ratified']);
    expect(flags[0].verdict).toBe('contradicted');
  });
  it('a count a day or more behind, or ahead, is contradicted', () => {
    expect(red('Two countries have yet to ratify the accession of Finland to NATO.', '2023-03-31').length).toBe(1);
    expect(red("So far 29 of NATO's 30 members have ratified Finland's accession.", '2023-02-10').length).toBe(1);
  });
  it('the right count is confirmed', () => {
    expect(
      supported('Two countries have yet to ratify the NATO accession of Sweden and Finland. Turkey is one of them.', '2023-01-10'),
    ).toContain('Two countries have yet to ratify');
    expect(supported("Now 29 of NATO's 30 members have ratified Finland's accession.", '2023-03-28')).toContain(
      "29 of NATO's 30 members have ratified",
    );
    expect(supported("So far 28 NATO members have ratified Finland's accession protocol.", '2023-02-10')).toContain(
      '28 NATO members have ratified',
    );
  });
  it('true look-alikes are not flagged', () => {
    const cases: [string, string][] = [
      // The vote of the page's day not yet told as done.
      [
        '2023-03-27',
        "Hungary's parliament votes on Finland's entry into NATO today. So far 28 out of 30 member countries have ratified Finland's accession agreement.",
      ],
      // A step's uncertain month (the 28th ally in October 2022).
      ['2022-10-21', 'Two countries have yet to ratify the NATO accession of Sweden and Finland.'],
      // Told as past or some of them.
      ['2023-03-31', "By then, 28 of 30 members had ratified Finland's accession."],
      ['2023-02-10', "Two more countries have ratified Finland's accession this week."],
      ['2023-02-10', "Two countries have ratified Finland's accession protocol this month."],
      // Sweden after Finland's accession: an ally not on record.
      ['2023-10-10', "So far 28 of 31 allies have ratified Sweden's accession."],
      // After the accession: history.
      ['2023-06-01', 'Two countries have yet to ratify the accession of Finland, a diplomat said last year.'],
      // Another candidate's count after it in another clause.
      [
        '2023-03-27',
        "Sweden's bid waits: 28 out of 30 member countries have ratified Sweden's accession, while Hungary ratified Finland's today.",
      ],
    ];
    for (const [day, text] of cases) expect(red(text, day), text).toEqual([]);
  });
});

describe('an accession told to come long after it came (accession-ahead-time.ts)', () => {
  const zb =
    "Hungary is now the last of the 31 NATO member countries to approve Sweden's bid with the ratification. Sweden is set to become the alliance's 32nd member at the next summit in Washington DC in July, pending the bill being signed by Hungary's newly elected President Tamas Sulyok.";
  it('after the last ratification, a time months after the accession is contradicted and its place in line unconfirmed', () => {
    const flags = red(zb, '2024-02-26');
    expect(flags.map((a) => a.quote)).toEqual([
      "Sweden is set to become the alliance's 32nd member at the next summit in Washington DC in July",
    ]);
    expect(supported(zb, '2024-02-26')).not.toContain("Sweden is set to become the alliance's 32nd member");
    expect(red('Finland is expected to join NATO at the Vilnius summit in July.', '2023-03-31').length).toBe(1);
  });
  it('true look-alikes are not flagged', () => {
    const cases: [string, string][] = [
      ['2024-02-27', "Sweden is set to become the alliance's 32nd member in the coming days."],
      ['2024-02-27', 'Sweden is expected to join NATO in March.'],
      ['2024-02-27', 'Sweden is set to join NATO by July, when leaders meet in Washington.'],
      ['2024-02-27', 'Sweden, set to become the 32nd member, will attend the summit in Washington in July.'],
      ['2024-02-27', 'Sweden is set to take part in the summit in Washington in July as a full member.'],
      // Before the last ratification: a forecast.
      ['2023-06-01', 'Sweden is expected to join NATO at the Vilnius summit in July.'],
      ['2024-01-24', 'Sweden is expected to join NATO in July, at the Washington summit.'],
      ['2023-03-31', 'Finland is expected to formally join NATO on April 4.'],
    ];
    for (const [day, text] of cases) expect(red(text, day), text).toEqual([]);
  });
});

describe('a ratifier named again before its verb (accession-process.ts)', () => {
  it('the second mention confirms the ratification', () => {
    const text =
      "23 January 2024 at 20:31 Finally clarified: Turkey's national assembly approves Sweden's NATO application The Turkish national assembly has approved Sweden's application for membership in NATO shortly after 9 p.m.";
    expect(supported(text, '2024-01-23')).toContain("Turkish national assembly has approved Sweden's application");
    // Another day: nothing confirmed by it.
    expect(supported(text.replace('23 January 2024', '23 January 2023'), '2023-01-23')).not.toContain(
      "Turkish national assembly has approved Sweden's application",
    );
  });
});
