// Figures, twentieth round: spending targets, aid figures and the treaty. Held-out 17 and 18's missed and silent forms,
// read in general, each with its false versions and true look-alikes.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, kindOn, verdictsOn } from './helpers';

const figure = (text: string, quote: string, asOf: string) => kindOn('figure', text, quote, asOf).map((a) => a.verdict);
const reds = (text: string, asOf: string) => analyze(text, asOf).filter((a) => a.verdict === 'contradicted' || a.verdict === 'outdated');

describe('NATO’s Washington pledge to Ukraine (EUR 40 billion within the next year)', () => {
  // held-out 17 vd306 (Cumhuriyet, 11 July 2024)
  const vd306 =
    'The NATO Declaration was adopted. The Declaration also stated that Allies will provide at least $40 billion in funding to Ukraine next year.';
  it('the pledge told in dollars is contradicted', () => {
    expect(figure(vd306, 'Allies will provide at least $40 billion', '2024-07-11')).toEqual(['contradicted']);
    expect(
      figure(
        'NATO allies pledged $40 billion in aid to Ukraine next year, officials said.',
        'NATO allies pledged $40 billion',
        '2024-07-11',
      ),
    ).toEqual(['contradicted']);
  });
  it('the pledge in euros is confirmed, told after or before its noun', () => {
    expect(
      figure('NATO allies pledged at least €40 billion in military aid to Ukraine within the next year.', '€40 billion', '2024-07-11'),
    ).toEqual(['supported']);
    expect(
      figure(
        'NATO allies will provide Ukraine with a minimum baseline funding of 40 billion euros within the next year.',
        '40 billion euros',
        '2024-07-11',
      ),
    ).toEqual(['supported']);
    expect(
      figure(
        'NATO leaders on Wednesday pledged €40 billion ($43 billion) worth of military aid to Ukraine in the next year.',
        '€40 billion',
        '2024-07-11',
      ),
    ).toEqual(['supported']);
  });
  it('true look-alikes are not flagged: a rounding, the dollar value, America’s own $40 billion, past aid, a plan, a later year', () => {
    for (const [text, asOf] of [
      ['NATO allies will provide about $40 billion in aid to Ukraine next year.', '2024-07-11'],
      ['NATO allies will provide $43 billion in aid to Ukraine next year.', '2024-07-11'],
      ['NATO allies agreed to a $43-billion funding package for Ukraine.', '2024-07-11'],
      ['The US Congress approved $40 billion in aid to Ukraine this year, as NATO allies watched.', '2022-05-20'],
      ['The U.S. and allies will provide $40 billion to Ukraine next year.', '2024-07-11'],
      ['Allies have provided around $40 billion a year to Ukraine since 2022.', '2024-07-11'],
      ['NATO allies are expected to pledge $40 billion a year for Ukraine.', '2024-06-14'],
      ['NATO allies pledged $40 billion in aid to Ukraine next year.', '2026-07-10'],
    ] as const)
      expect(reds(text, asOf)).toEqual([]);
  });
  it('an EU figure of the same amount is not the allies’ pledge', () => {
    const eu = 'EU foreign policy chief Kaja Kallas proposed a €40 billion military aid package for Ukraine; NATO allies watched.';
    expect(figure(eu, '€40 billion', '2025-03-19')).toEqual([]);
  });
});

describe('what Articles 4 and 5 provide, told of them', () => {
  it('confirms the definitions (held-out 18 wa005, wa058; held-out 17 vc202)', () => {
    const wa005 =
      'He was asked whether he believed in the effectiveness of Article Five, the idea that if one NATO member is attacked all would come to its aid.';
    expect(verdictsOn(wa005, 'Article Five, the idea that if one NATO member is attacked all', '2019-11-07')).toEqual(['supported']);
    const wa058 =
      'Article 4 provides that any NATO member may convene the allies if it believes that its territorial integrity, political independence, or security are threatened.';
    expect(verdictsOn(wa058, 'Article 4 provides', '2025-09-19')).toEqual(['supported']);
    const vc202 =
      'Allies hope for clarity regarding the U.S. commitment to Article 5, the principle of collective defense, which stipulates that an attack on one member is considered an attack on all.';
    expect(verdictsOn(vc202, 'Article 5, the principle of collective defense', '2025-02-11')).toEqual(['supported']);
    expect(verdictsOn("NATO's Article 5 says that an attack on one ally is an attack on all.", 'Article 5 says', '2025-02-11')).toEqual([
      'supported',
    ]);
  });
  it('a definition of the other article, or of another treaty’s article, is not confirmed', () => {
    expect(verdictsOn('NATO allies worry. Article 4, the collective defence clause, was discussed.', 'Article 4', '2025-02-11')).toEqual(
      [],
    );
    expect(
      verdictsOn(
        'NATO allies worry. Article 5, which allows members to request consultations when their security is threatened, was discussed.',
        'Article 5',
        '2025-02-11',
      ),
    ).toEqual([]);
    expect(
      verdictsOn(
        'The alliance matters. Article 5 of the US-Japan Security Treaty, the mutual defense clause, covers the Senkaku islands.',
        'Article 5',
        '2025-02-11',
      ),
    ).toEqual([]);
    expect(
      verdictsOn(
        'The alliance matters to Manila. Article IV of the Mutual Defense Treaty, the mutual defense clause, applies.',
        'Article IV',
        '2025-02-11',
      ),
    ).toEqual([]);
  });
});

describe('the treaty’s signing with a wrong day: one red flag per claim', () => {
  it('flags a written day in another year, once', () => {
    for (const text of [
      "NATO's founding act, the North Atlantic Treaty, was signed in April 4, 1946.",
      'The North Atlantic Treaty was signed on 4 April 1952, creating the NATO alliance.',
      'The Washington Treaty was signed in Washington on April 4, 1950, creating the NATO alliance.',
      'The North Atlantic Treaty, which established the alliance, was signed on April 4, 1950.',
      'The Washington Treaty, also known as the North Atlantic Treaty, was signed on 4 April 1952, creating NATO.',
      'The Washington Treaty, also known as the North Atlantic Treaty, was signed in 1952, creating NATO.',
      'The North Atlantic Treaty was signed in April 1948.',
    ])
      expect(reds(text, '2024-04-04').length, text).toBe(1);
  });
  it('true look-alikes are not flagged', () => {
    for (const text of [
      'The North Atlantic Treaty was signed on April 4, 1949, creating NATO.',
      'The North Atlantic Treaty was signed in Washington on 4 April 1949 and came into force on 24 August 1949.',
      'The protocol to the North Atlantic Treaty on the accession of Greece was signed on 22 October 1951.',
      'Greece and Turkey signed the North Atlantic Treaty on 18 February 1952, joining NATO.',
      'The Washington Naval Treaty was signed on 6 February 1922, long before NATO.',
      'The Washington Treaty was signed on 8 May 1871 by Britain and the United States.',
      'If the North Atlantic Treaty had been signed on 4 April 1948, NATO would be older.',
    ])
      expect(reds(text, '2024-04-04'), text).toEqual([]);
  });
});

describe('the alliance’s anniversary is its year, not the day of an entry', () => {
  it('"July 9, 2024: ... the alliance’s 75th anniversary summit" quotes the anniversary only and tells its year', () => {
    const entry = "July 9, 2024: NATO leaders gather in Washington for the alliance's 75th anniversary summit.";
    const a = kindOn('figure', entry, "alliance's 75th anniversary", '2024-07-09').find((x) => /anniversary fell/.test(x.message ?? ''));
    expect(a?.verdict).toBe('supported');
    expect(a?.quote).toBe("the alliance's 75th anniversary");
    expect(a?.message).toMatch(/fell in 2024/);
  });
  it('the anniversary’s own day or year is still quoted with it; a wrong year is still flagged', () => {
    expect(kindOn('figure', 'On April 4, 2024, NATO marked its 75th anniversary.', '75th anniversary', '2024-04-05')[0]?.quote).toBe(
      'April 4, 2024, NATO marked its 75th anniversary',
    );
    expect(figure('In 2023, NATO celebrated its 75th anniversary.', '75th anniversary', '2024-07-09')).toEqual(['contradicted']);
  });
});

describe('spending targets told by their year or with the one they replaced', () => {
  it('"their 2014 target of spending 2%" and "double their ... targets of 2% to 5%" are confirmed (held-out 18 wd302)', () => {
    const wales = 'Some member states have yet to meet their 2014 target of spending 2% of their GDP on defense.';
    expect(figure(wales, '2%', '2025-06-25')).toEqual(['supported']);
    const doubled =
      'The NATO allies on Thursday agreed to more than double their defensive spending targets of 2% to 5% of gross domestic product.';
    expect(figure(doubled, 'targets of 2% to 5%', '2025-06-25')).toContain('supported');
  });
  it('another year or another old figure in these forms is not confirmed, and not flagged (a range, a national target)', () => {
    const other = 'Some member states have yet to meet their 2016 target of spending 2% of their GDP on defense.';
    expect(figure(other, '2%', '2025-06-25')).not.toContain('supported');
    expect(isRed(verdictsOn(other, '2%', '2025-06-25'))).toBe(false);
    const range = 'NATO allies agreed to raise their targets of 2.5% to 5% of GDP.';
    expect(isRed(verdictsOn(range, '2.5%', '2025-06-25'))).toBe(false);
  });
});
