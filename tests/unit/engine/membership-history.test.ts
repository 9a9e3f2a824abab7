// The alliance's history of membership: accessions by date, places in line, counts in passing.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

describe('accessions by date', () => {
  it('supports several accessions in one sentence', () => {
    const text = 'NATO grew over the years. Greece and Turkey joined in 1952, followed by West Germany in 1955 and Spain in 1982.';
    const anns = analyze(text, '2023-12-27').filter((a) => a.kind === 'membership');
    expect(anns.map((a) => a.quote)).toEqual(['Greece and Turkey joined in 1952', 'Germany in 1955', 'Spain in 1982']);
    expect(anns.every((a) => a.verdict === 'supported')).toBe(true);
  });

  it('supports a timeline entry with the year first', () => {
    const text = "1952: Greece and Turkey join in the alliance's first expansion.";
    expect(verdictsOn(text, '1952: Greece', '2022-05-11')).toEqual(['supported']);
  });

  it('supports a founder in 1949', () => {
    const text = 'Belgium was a founding member of NATO in 1949.';
    expect(verdictsOn(text, 'Belgium was a founding member of NATO in 1949', '2021-04-25')).toEqual(['supported']);
  });

  it('says nothing of an accession to another club', () => {
    const text = 'NATO allies watched as Croatia joined the EU in 2013 and Finland joined the European Union in 1995.';
    expect(analyze(text, '2020-01-01').filter((a) => a.kind === 'membership')).toEqual([]);
  });

  it('contradicts one country said to have joined NATO in the wrong year', () => {
    expect(verdictsOn('Albania joined NATO in 2004.', 'Albania joined NATO in 2004', '2020-01-01')).toEqual(['contradicted']);
    expect(verdictsOn('Albania joined NATO in 2009.', 'Albania joined NATO in 2009', '2020-01-01')).toEqual(['supported']);
  });

  it('does not flag a date that belongs to something else in the sentence', () => {
    const text = 'Finland, which joined NATO after applying in 2022, held exercises in 2025.';
    expect(isRed(analyze(text, '2025-06-01').map((a) => a.verdict))).toBe(false);
  });
});

describe('places in line', () => {
  it('says a founder is one of the twelve, and a round member the places its round took', () => {
    // Not "as its 12th member" for each founder, nor "the 19th" for each of Czechia, Hungary and Poland.
    const founder = analyze('Belgium joined NATO in 1949.', '2024-03-12').find((a) => a.kind === 'membership');
    expect(founder?.fact).toContain("Belgium is one of NATO's 12 founding members");
    const round = analyze('Poland joined NATO in 1999.', '2024-03-12').find((a) => a.kind === 'membership');
    expect(round?.fact).toContain('Poland joined NATO on March 12, 1999, as one of its 17th–19th members.');
    const alone = analyze('Spain joined NATO in 1982.', '2024-03-12').find((a) => a.kind === 'membership');
    expect(alone?.fact).toContain('Spain joined NATO on May 30, 1982, as its 16th member.');
  });

  it('supports the ordinal of the country named', () => {
    expect(verdictsOn('The ceremony was held, making Montenegro the 29th NATO member.', 'the 29th NATO member', '2017-06-05')).toEqual([
      'supported',
    ]);
    expect(verdictsOn('1982: Spain becomes the 16th member of NATO.', 'the 16th member', '2022-05-11')).toEqual(['supported']);
    expect(verdictsOn('On Tuesday, Finland became NATO’s 31st member.', 'NATO’s 31st member', '2023-04-05')).toEqual(['supported']);
  });

  it('contradicts a wrong ordinal said of one country', () => {
    expect(verdictsOn('Sweden became the 31st member of NATO.', 'Sweden became the 31st member', '2024-03-08')).toEqual(['contradicted']);
  });

  it('leaves an ordinal with no country alone', () => {
    const text = 'They would become the 31st and 32nd members of the trans-Atlantic alliance.';
    expect(isRed(analyze(text, '2022-05-11').map((a) => a.verdict))).toBe(false);
  });
});

describe('counts in passing', () => {
  it('supports the count on the day', () => {
    expect(verdictsOn('It is part of the NATO family, a family of 30 nations.', 'a family of 30 nations', '2020-03-27')).toEqual([
      'supported',
    ]);
    expect(verdictsOn('The summit gathered 28 NATO countries.', '28 NATO countries', '2016-07-20')).toEqual(['supported']);
    expect(
      verdictsOn(
        'The flag will fly next to those of the other 29 member countries of NATO.',
        'the other 29 member countries',
        '2020-03-27',
      ),
    ).toEqual(['supported']);
  });

  it('supports the founders', () => {
    // "Seventy-five years ago" is a claim too (alliance-age.ts): both are supported.
    const text = 'Seventy-five years ago, 12 countries signed the North Atlantic Treaty in Washington, D.C.';
    expect(verdictsOn(text, '12 countries signed', '2024-07-12')).toEqual(['supported', 'supported']);
  });

  it('never flags a count said in passing: it may be a part of the alliance', () => {
    const text = 'A record 23 NATO allies met the target, and 28 NATO allies sent troops.';
    expect(isRed(analyze(text, '2024-07-12').map((a) => a.verdict))).toBe(false);
  });

  it('flags a stale count the page presents as current', () => {
    expect(verdictsOn('The alliance currently consists of 30 member states.', 'consists of 30 member states', '2023-12-27')).toEqual([
      'outdated',
    ]);
  });
});
