// Membership and accessions, twenty-first round (held-out 17, 18 and 19 misses read as development data). Confirm-only forms
// are tested with true sentences and with false or unrelated look-alikes that must not be confirmed; the one precision fix
// (a place in line told ahead of an accession while others were on their way in) with the sentences it kept red.
import { describe, expect, it } from 'vitest';
import { isRed, kindOn, verdictsOn } from './helpers';

const membership = (text: string, quote: string, asOf: string) => kindOn('membership', text, quote, asOf).map((a) => a.verdict);
const all = (text: string, asOf: string) =>
  verdictsOn(text, text.slice(0, 12), asOf).concat(kindOn('membership', text, '', asOf).map((a) => a.verdict));

describe('member counts said in passing (accession.ts looseCountClaims)', () => {
  it('a bare count of member countries with NATO named in its sentence is confirmed when it is the count on the day', () => {
    const xa001 =
      'The meetings, which will be attended by 29 member countries, will be held under the chairmanship of the NATO Secretary-General Jens Stoltenberg.';
    expect(membership(xa001, '29 member countries', '2019-04-02')).toEqual(['supported']);
    expect(membership('At the NATO summit, 32 member states agreed to spend more.', '32 member states', '2025-06-26')).toEqual([
      'supported',
    ]);
  });
  it('not another count, another club, a coalition, "the other N", nor without NATO named', () => {
    expect(
      membership(
        'The meetings, which will be attended by 28 member countries, will be held under the chairmanship of the NATO Secretary-General.',
        '28 member countries',
        '2019-04-02',
      ),
    ).toEqual([]);
    expect(membership('NATO ministers met. The EU said 28 member states backed the sanctions.', '28 member states', '2015-06-26')).toEqual(
      [],
    );
    expect(membership('At the NATO summit, the coalition’s 32 member countries met.', '32 member countries', '2025-06-26')).toEqual([]);
    expect(membership('The alliance met; 32 member countries agreed.', '32 member countries', '2025-06-26')).toEqual([]);
    // "the other 31" is the count less one: not confirmed as a count of 31.
    const other = membership(
      'Hungary stalled while the other 31 member countries agreed at the NATO summit.',
      '31 member countries',
      '2025-06-26',
    );
    expect(other.every((v) => v === 'supported')).toBe(true);
    expect(
      kindOn('membership', 'Hungary stalled while the other 31 member countries agreed at the NATO summit.', '31 member', '2025-06-26').map(
        (a) => a.message,
      ),
    ).not.toContain('NATO had 31 members on June 26, 2025.');
  });
  it('the EU as a later item of the list the count opens does not make the member states its own', () => {
    const xd302 =
      'The 2025 NATO summit, held in The Hague, brought together the 32 member states, partner countries, and the European Union.';
    expect(membership(xd302, 'the 32 member states', '2025-06-26')).toEqual(['supported']);
    // The EU before the count, or the count not NATO's: nothing.
    expect(membership('The EU and the 27 member states met NATO leaders.', 'the 27 member states', '2025-06-26')).toEqual([]);
    expect(
      membership(
        'The 2025 NATO summit brought together the 31 member states, partner countries, and the European Union.',
        'the 31 member states',
        '2025-06-26',
      ),
    ).toEqual([]);
  });
  it('"All N member countries" with NATO named in the next sentence', () => {
    const y063 =
      'What the Summit Is and Why It Matters All 32 member countries’ heads of state and government participate in this summit, and invited partners join them along with EU leaders. Summits are officially NATO’s top-level gathering.';
    expect(membership(y063, 'All 32 member countries', '2025-06-26')).toEqual(['supported']);
    const g7 = 'All 7 member countries’ leaders met. The G7 summit ended.';
    expect(membership(g7, 'All 7 member countries', '2025-06-26')).toEqual([]);
  });
});

describe('places in line (accession.ts ordinalClaims, membership.ts)', () => {
  it('the Nth member of "the bloc", NATO named in the sentences before, and "a 32nd seat" in the alliance joined: confirmed', () => {
    const va037 =
      'The Turkish parliament has ratified Finland’s membership in NATO. Turkey’s approval leaves Finland just a few technical steps away from becoming the 31st member of the world’s most powerful military bloc.';
    expect(membership(va037, '31st member', '2023-03-31')).toEqual(['supported']);
    const wb102 =
      'He reiterated that Sweden is expected to join the alliance, aiming for a 32nd seat at the leaders’ summit in Vilnius, Lithuania.';
    expect(membership(wb102, '32nd seat', '2023-04-03')).toEqual(['supported']);
  });
  it('a wrong place in these loose forms says nothing, nor another bloc or seat', () => {
    const wrong =
      'The Turkish parliament has ratified Finland’s membership in NATO. Turkey’s approval leaves Finland just a few technical steps away from becoming the 32nd member of the world’s most powerful military bloc.';
    expect(membership(wrong, '32nd member', '2023-03-31')).toEqual([]);
    expect(membership('NATO ministers met. Croatia became the 28th member of the bloc on Monday.', '28th member', '2013-07-02')).toEqual(
      [],
    );
    expect(membership('Sweden is expected to join the alliance, aiming for a 33rd seat at the summit.', '33rd seat', '2023-04-03')).toEqual(
      [],
    );
    expect(membership('Sweden won the 32nd seat in the tournament.', '32nd seat', '2023-04-03')).toEqual([]);
    expect(isRed(all('NATO ministers met. Sweden took the 31st seat in the chamber.', '2023-04-03'))).toBe(false);
  });
  it('a place after today’s count told ahead of an accession while others were on their way in is no red flag', () => {
    for (const text of [
      'NATO invited Sweden to join. Sweden would become the 31st member of the alliance.',
      'NATO invited Sweden to join. Sweden will become the 31st NATO member.',
      'NATO invited Sweden to join. Sweden is set to become NATO’s 31st member, making it the 31st member.',
    ])
      expect(isRed(membership(text, 'Sweden', '2022-06-30')), text).toBe(false);
  });
  it('a place no day could give stays red', () => {
    expect(membership('NATO invited Sweden to join. Sweden will become the 33rd NATO member.', '33rd', '2022-06-30')).toEqual([
      'contradicted',
    ]);
    expect(membership('Montenegro will become the 30th NATO member.', '30th', '2016-06-30')).toEqual(['contradicted']);
    expect(membership('Montenegro will become the 29th NATO member.', '29th', '2016-06-30')).toEqual(['supported']);
  });
});

describe('the last ally to decide (accession-process.ts)', () => {
  const xb104 =
    'The Turkish Parliament ratified Sweden’s NATO accession request. Hungary is now the only NATO country yet to make a decision, reports Bloomberg.';
  it('"yet to make a decision" on the accession the sentence before tells: confirmed while it is so', () => {
    expect(membership(xb104, 'yet to make a decision', '2024-01-23')).toEqual(['supported']);
  });
  it('not on another decision, and never red (the object is borrowed)', () => {
    expect(membership(xb104, 'yet to make a decision', '2024-03-20')).toEqual([]);
    const budget = 'Sweden’s NATO bid advanced. Hungary is the only NATO country yet to decide on its budget.';
    expect(membership(budget, 'yet to decide', '2024-01-23')).toEqual([]);
    const before = 'Turkey has delayed Sweden’s NATO accession request. Hungary is now the only NATO country yet to make a decision.';
    expect(membership(before, 'yet to make a decision', '2024-01-20')).toEqual([]);
  });
});

describe('on the way in (membership-pending.ts)', () => {
  const xa040 =
    'Finland, which has a land border with Russia, joined as the 31st member of NATO last year. Its neighbor, Sweden, is also in the final stages of accession into the alliance.';
  it('the final stages once the protocol was signed, the process once it applied: confirmed before the accession', () => {
    expect(membership(xa040, 'final stages', '2024-03-01')).toEqual(['supported']);
    expect(membership('Sweden is in the process of joining NATO.', 'process of joining', '2023-01-10')).toEqual(['supported']);
    expect(membership('Sweden, which is seeking to join NATO, hosted the meeting.', 'seeking to join', '2023-06-01')).toEqual([
      'supported',
    ]);
  });
  it('not before the step, nor of another body; said long after the accession it is outdated', () => {
    expect(membership('Sweden is also in the final stages of accession into the alliance.', 'final stages', '2022-06-01')).toEqual([]);
    expect(membership('Sweden is in the process of joining NATO.', 'process of joining', '2022-04-10')).toEqual([]);
    expect(membership('Sweden is in the process of joining NATO’s Nordic air command.', 'process of joining', '2023-01-10')).toEqual([]);
    expect(membership('Sweden is also in the final stages of accession into the alliance.', 'final stages', '2025-03-01')).toEqual([
      'outdated',
    ]);
    expect(isRed(membership('In 2023, Sweden was in the final stages of accession into the alliance.', 'final stages', '2025-03-01'))).toBe(
      false,
    );
  });
});

describe('bids accepted at a summit (membership-invitation.ts)', () => {
  const va037 =
    'Finland and its neighbor Sweden ended decades of military non-alignment and decided to join NATO last May. Their bids were accepted at the alliance’s June summit, which was intended to show the West’s willingness.';
  it('the invitation’s month: confirmed', () => {
    expect(membership(va037, 'Their bids were accepted', '2023-03-31')).toEqual(['supported']);
  });
  it('another month, or a year with no invitation, says nothing', () => {
    expect(membership(va037.replace('June summit', 'July summit'), 'Their bids were accepted', '2023-03-31')).toEqual([]);
    expect(membership(va037, 'Their bids were accepted', '2022-05-31')).toEqual([]);
  });
});

describe('capitals standing for their countries (accession.ts accessionDateClaims)', () => {
  it('a capital joined on the year told: confirmed', () => {
    expect(membership('Budapest joined NATO in 1999.', 'Budapest joined NATO in 1999', '2020-10-06')).toEqual(['supported']);
  });
  it('not with a name the fact base does not know in the list, another year, or another thing joined', () => {
    const xa015 = 'Both Ankara and Athens joined NATO in the same year (1952) and have since had several unpleasant encounters.';
    expect(membership(xa015, 'Ankara', '2020-10-06')).toEqual([]);
    expect(membership('Both Ankara and Berlin joined NATO in 1952.', 'Ankara', '2020-10-06')).toEqual([]);
    expect(membership('NATO said Ankara joined the talks in 1952 format.', 'Ankara', '2020-10-06')).toEqual([]);
    expect(membership('Budapest joined NATO in 2004.', 'Budapest', '2020-10-06').filter((v) => v === 'supported')).toEqual([]);
  });
});
