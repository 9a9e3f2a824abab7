// Round 24, membership second wave (NATO's enlargement of 2022–2024). (1) The summit an invitation was given at, told by
// its place (accession-invitation-place.ts). (2) NATO's count without the word "members" right after a sentence counting
// them ("Today it has 32", member-count-bare.ts).
import { describe, expect, it } from 'vitest';
import { analyze, membershipRed as red, membershipSupported as supported, redFlags } from './helpers';

describe('the summit of an invitation, told by its place (accession-invitation-place.ts)', () => {
  it('another summit place than Madrid for Finland and Sweden is contradicted, and not confirmed', () => {
    const text = 'In June, NATO leaders at a summit in Brussels officially invited Finland and Sweden to join the alliance.';
    expect(red(text, '2022-09-26').map((a) => a.quote)).toEqual(['summit in Brussels officially invited Finland and Sweden']);
    expect(supported(text, '2022-09-26').filter((q) => /invited/.test(q))).toEqual([]);
    expect(red('Finland and Sweden were invited to join NATO at the Vilnius summit.', '2023-08-01').length).toBe(1);
    expect(red('Sweden was formally invited to join the alliance at a summit in Washington.', '2023-03-01').length).toBe(1);
  });
  it('the right summit is confirmed and true look-alikes are not flagged', () => {
    for (const [text, asOf] of [
      ['In June, NATO leaders at a summit in Madrid officially invited Finland and Sweden to join the alliance.', '2022-09-26'],
      ['Finland and Sweden were invited to join NATO at the Madrid summit in June 2022.', '2023-03-01'],
      ['NATO leaders at a summit in the Spanish capital formally invited Finland and Sweden to join the alliance.', '2022-07-02'],
      ['North Macedonia was invited to begin accession talks at the Brussels summit.', '2018-07-12'],
    ] as const) {
      expect(red(text, asOf)).toEqual([]);
      expect(supported(text, asOf).some((q) => /invited/.test(q))).toBe(true);
    }
    for (const [text, asOf] of [
      // Another summit named beside the invitation: ahead of, before, to attend.
      ['Finland, which was invited to join NATO last year, will attend the summit in Vilnius as a member.', '2023-07-01'],
      [
        'Sweden was formally invited to join the alliance in Madrid last year and hopes to join before the summit in Vilnius.',
        '2023-07-01',
      ],
      ['Leaders at the summit in Vilnius will welcome Finland, which was officially invited to join in Madrid.', '2023-07-10'],
      ['Ahead of the summit in Vilnius, Sweden was invited to join talks with Turkey.', '2023-07-10'],
      ['Finland and Sweden were invited to join NATO, and leaders met again at the summit in Vilnius.', '2023-07-12'],
      // A negation, a country with no invitation on record, an invitation not given at a summit (Montenegro, December 2015).
      ['At the summit in Vilnius, Ukraine was not invited to join the alliance.', '2023-07-12'],
      ['At the summit in Vilnius, Ukraine was invited to join the alliance when conditions are met.', '2023-07-12'],
      ['Montenegro was invited to join NATO at a meeting in Brussels.', '2016-01-10'],
      // The Brussels summit of 2018 did invite North Macedonia.
      ['At the summit in Brussels, NATO leaders invited North Macedonia to begin accession talks.', '2018-07-12'],
    ] as const)
      expect(red(text, asOf).filter((a) => /invit|summit/.test(a.quote))).toEqual([]);
  });
});

describe('NATO\'s count without "members" after a sentence counting them (member-count-bare.ts)', () => {
  it('a count reached only after the page is contradicted; the day’s count confirmed', () => {
    const text = 'Two years ago, the North Atlantic Alliance had 30 members. Today it has 32.';
    expect(red(text, '2024-02-27').map((a) => a.quote)).toEqual(['Today it has 32']);
    // Round 26: the count of two years before is confirmed too (it was 30 then).
    expect(supported(text, '2024-03-20')).toEqual(['the North Atlantic Alliance had 30 members', 'Today it has 32']);
    expect(supported('Two years ago, the North Atlantic Alliance had 30 members. Today it has 31.', '2023-06-01')).toEqual([
      'the North Atlantic Alliance had 30 members',
      'Today it has 31',
    ]);
    expect(red('NATO was founded in 1949 by 12 countries. It now has 33.', '2025-06-01').map((a) => a.quote)).toEqual(['It now has 33']);
  });
  it('true look-alikes are not flagged', () => {
    for (const [text, asOf] of [
      // Another body's count.
      ['The European Union had 28 members before Brexit. Today it has 27.', '2023-06-01'],
      ['NATO and the EU had 30 and 27 members. Today it has 27.', '2023-06-01'],
      // A step to come said before; a count of something else; a new paragraph.
      ['The alliance had 30 members before Finland joined. When Sweden joins, it will have 32. Today it has 31.', '2024-02-27'],
      ['Two years ago, the North Atlantic Alliance had 30 members. Today it has 32 warships in the Baltic.', '2023-06-01'],
      ['Two years ago, the North Atlantic Alliance had 30 members.\n\nToday it has 32.', '2023-06-01'],
      // Within three days of the accession.
      ['Two years ago, the North Atlantic Alliance had 30 members. Today it has 32.', '2024-03-06'],
    ] as const)
      expect(red(text, asOf).filter((a) => /it has|It now/.test(a.quote))).toEqual([]);
  });
});

describe('other forms of the 2022–2024 steps (accession-vote-weekday.ts, accession-steps.ts)', () => {
  it('the passive vote with the parliament named by its capital or its adjective, judged by its weekday', () => {
    expect(supported('Sweden’s candidacy was approved, on Monday, by the Parliament in Budapest.', '2024-02-27').length).toBe(1);
    expect(supported("Finland's accession was ratified by the Turkish parliament on Thursday.", '2023-03-31').length).toBe(1);
    expect(red('Sweden’s candidacy was approved, on Tuesday, by the Parliament in Budapest.', '2024-02-27').length).toBe(1);
    expect(red("Finland's accession was ratified by the Turkish parliament on Friday.", '2023-03-31').length).toBe(1);
    for (const [text, asOf] of [
      // A signature, a committee, a week or more after the vote, the candidate's own parliament.
      ["Sweden's candidacy was approved by the parliament in Budapest on Monday, and signed by the president on Tuesday.", '2024-02-27'],
      ["Sweden's candidacy was approved by the committee of the parliament in Budapest on Wednesday.", '2024-02-27'],
      ["Sweden's candidacy was approved by the parliament in Budapest on Tuesday.", '2024-03-20'],
      ["Finland's membership was approved by the parliament in Helsinki on Tuesday.", '2023-03-03'],
    ] as const)
      expect(red(text, asOf)).toEqual([]);
  });
  it('an ally joining the others in the vote, confirmed by its weekday only', () => {
    const text =
      'Turkey joined other member states in voting to allow Finland into the North Atlantic Treaty Organization (NATO) on Thursday.';
    expect(supported(text, '2023-03-31').length).toBe(1);
    expect(red(text.replace('Thursday', 'Friday'), '2023-03-31')).toEqual([]);
    expect(supported(text.replace('Thursday', 'Friday'), '2023-03-31')).toEqual([]);
  });
  it('the membership protocol signed on its day is confirmed, another day contradicted', () => {
    expect(supported("Finland's NATO membership protocol was signed on July 5, 2022, in Brussels.", '2023-04-03').length).toBe(1);
    expect(red("Finland's NATO membership protocol was signed on July 15, 2022.", '2023-04-03').length).toBe(1);
    expect(red('Finland and Sweden hope their membership protocols will be signed in July.', '2022-06-30')).toEqual([]);
  });
});

describe('a summit told by "last MONTH" (ministerials.ts)', () => {
  it('is the month gone by, never a stale summit to come', () => {
    const all = redFlags;
    expect(all('NATO leaders met at the summit in Madrid last June.', '2023-04-05')).toEqual([]);
    expect(all('Finland was invited to join NATO at the Madrid summit in Spain last June.', '2023-04-05')).toEqual([]);
    expect(analyze('NATO leaders met at the summit in Madrid last June.', '2023-04-05').some((a) => a.verdict === 'supported')).toBe(true);
  });
});
