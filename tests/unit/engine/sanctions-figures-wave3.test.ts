// Sanctions and figures, third wave: real sentences from held-out pages (the dynamic price cap's rule, member counts
// in "N of its M allies will not reach 2%"), each with a true sentence like it that must not be flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, kindOn, verdictsOn } from './helpers';

const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe("the EU's dynamic price cap", () => {
  // Esperio market news, 18 July 2025 (held-out m005).
  const esperio =
    'The European Union has adopted its 18th sanctions package against Russia, intensifying pressure over the war in Ukraine. A key change is the revised oil price cap. Previously set at $60 per barrel, it will now be dynamically pegged at $15 below market rates—starting around $47.6—and updated at least twice a year.';

  it('flags a cap pegged at "$15 below" the market, where the rule is 15% below', () => {
    expect(verdictsOn(esperio, 'dynamically pegged at $15 below market rates', '2025-07-18')).toEqual(['contradicted']);
    const [flag] = kindOn('sanction', esperio, '$15 below market rates', '2025-07-18');
    expect(flag.message).toMatch(/15% below the average market price, not \$15/);
  });

  it('supports the level it replaced and the level it starts at, in the sentence after one on the cap', () => {
    expect(verdictsOn(esperio, 'Previously set at $60 per barrel', '2025-07-18')).toEqual(['supported']);
    expect(verdictsOn(esperio, 'starting around $47.6', '2025-07-18')).toEqual(['supported']);
  });

  it('supports the rule said as a percentage', () => {
    // EU Perspectives, 18 July 2025 (held-out m016).
    const euPerspectives =
      'At the heart of the new measures is a dynamic oil price cap designed to erode Russia’s revenue while keeping global markets stable. The new price ceiling replaces the static $60 per barrel cap introduced by the G7 in 2022. Under the new system, the EU will enforce a price cap 15 per cent below the global market rate.';
    expect(verdictsOn(euPerspectives, 'a price cap 15 per cent below the global market rate', '2025-07-18')).toEqual(['supported']);
    const aijes =
      'At the heart of the new sanctions is a dynamic price ceiling on Russian crude oil, now set at 15% below the average market rate, effectively lowering the cap to $47.60 per barrel.';
    expect(verdictsOn(aijes, '15% below the average market rate', '2025-07-19')).toEqual(['supported']);
  });

  it('leaves a distance measured on a day, another figure and a proposal alone', () => {
    // A cap of $47.60 with Brent near $62 is about $15 below it: a measurement, not the rule.
    expect(anyRed('The EU price cap on Russian oil is now about $15 below market prices for Brent crude.', '2025-10-20')).toBe(false);
    expect(anyRed('The EU price cap on Russian oil is now $15 below market rates.', '2025-10-20')).toBe(false);
    expect(anyRed('The EU dynamic price cap on Russian oil is pegged at $10 below market rates.', '2025-10-20')).toBe(false);
    // Before the 18th package was adopted the rule was only proposed.
    expect(anyRed('The Commission wants the price cap on Russian oil pegged at $15 below market rates.', '2025-06-15')).toBe(false);
    expect(
      verdictsOn('The EU wants a price cap on Russian oil 15% below the market price.', '15% below the market price', '2025-06-15'),
    ).toEqual([]);
  });
});

describe('allies below 2%, counted out of the whole alliance', () => {
  // Shephard, June 2022 (held-out k021): NATO had 30 members in 2022 (North Macedonia joined on 27 March 2020).
  const shephard =
    'Data recently released by NATO indicates that 20 of its 29 member states will not reach the desired spending benchmark of 2% of GDP on defence in 2022.';

  it('flags a whole NATO did not have in the year named', () => {
    const flags = kindOn('figure', shephard, '20 of its 29 member states', '2022-06-29').filter((a) => a.verdict === 'contradicted');
    expect(flags).toHaveLength(1);
    expect(flags[0].message).toMatch(/NATO had 30 member states in 2022, not 29/);
    expect(verdictsOn('NATO says 20 of its 29 members won’t reach 2% of GDP in 2022.', '20 of its 29 members', '2022-06-29')).toContain(
      'contradicted',
    );
  });

  it('reads the right whole as a count below the target, never as the count at it', () => {
    const right = shephard.replace('20 of its 29', '21 of its 30');
    expect(anyRed(right, '2022-06-29')).toBe(false);
    expect(kindOn('figure', right, '21 of its 30', '2022-06-29').map((a) => a.message)).toEqual(['On record: 9 allies at 2% in 2022.']);
  });

  it('leaves a year with an accession, a year still to come, a subset and another body alone', () => {
    // Finland joined on 4 April 2023: 30 or 31 are both NATO's counts that year.
    expect(anyRed('NATO said 19 of its 30 members will not reach 2% of GDP in 2023.', '2023-07-10')).toBe(false);
    expect(anyRed('NATO expects that 20 of its 29 members will not reach 2% of GDP in 2024.', '2022-06-29')).toBe(false);
    expect(anyRed('NATO data show 20 of the 29 allies with armed forces will not reach 2% of GDP in 2022.', '2022-06-29')).toBe(false);
    expect(anyRed('Of the EU, 20 of its 29 partners will not reach 2% of GDP on defence in 2022.', '2022-06-29')).toBe(false);
  });
});
