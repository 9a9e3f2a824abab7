// The price cap on Russian oil and the EU's bans on Russian LNG: real sentences from the press.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

const anyRed = (text: string, asOf: string) => isRed(analyze(text, asOf).map((a) => a.verdict));

describe('the crude cap', () => {
  it('supports the $60 cap on the day it came into effect', () => {
    // The Independent, 3 December 2022.
    const independent =
      'In a statement, the G7 nations and Australia announced the $60 (€57; £48) per barrel price cap on Russian oil would come into effect on 5 December.';
    expect(verdictsOn(independent, '$60 (€57; £48) per barrel price cap', '2022-12-03')).toEqual(['supported']);
    // Reuters via East Coast Daily, 3 December 2022.
    const agreed =
      'The Group of Seven (G7) countries and Australia announced on Friday that they had agreed to a $60 per barrel price cap on Russian seaborne crude oil after European Union members overcame Poland’s opposition.';
    expect(verdictsOn(agreed, '$60 per barrel price cap', '2022-12-03')).toEqual(['supported']);
    // Kyodo via YC News, 5 December 2022.
    const set =
      'The members of the Group of Seven and Australia set the oil price ceiling at $60 per barrel because they tried to punish Russia without causing major supply disruptions.';
    expect(verdictsOn(set, 'ceiling at $60 per barrel', '2022-12-05')).toEqual(['supported']);
    // Caspian News, 2023.
    const caspian =
      'The price cap for Russian sea-borne oil of $60 per barrel came into force last year in a bid to both deprive Moscow of a major revenue stream amid its invasion of Ukraine.';
    expect(verdictsOn(caspian, 'price cap for Russian sea-borne oil of $60 per barrel', '2023-11-17')).toEqual(['supported']);
  });

  it('supports the lowered caps, with the level they replaced', () => {
    // Brussels Times, 15 January 2026.
    const bt =
      'The change follows the EU’s 18th sanctions package, which reduced the previous cap on Russian oil from $60.00 to $47.60 and introduced a “dynamic mechanism”.';
    expect(verdictsOn(bt, 'cap on Russian oil from $60.00 to $47.60', '2026-01-15')).toContain('supported');
    // Babel, January 2026.
    const babel = 'The European Union reported a reduction in the price cap on Russian oil to $44.1 per barrel from February 1, 2026.';
    expect(verdictsOn(babel, 'price cap on Russian oil to $44.1 per barrel', '2026-01-15')).toEqual(['supported']);
    // Kyiv Independent, 6 August 2025.
    const kyiv = 'The revised cap replaces the static $60-per-barrel limit on Russian oil introduced by the G7 in December 2022.';
    expect(anyRed(kyiv, '2025-08-06')).toBe(false);
  });

  it("flags the EU's cap said to stand at a level it had replaced", () => {
    const text = 'The EU’s current $60 price cap on Russian crude is too high, Ukrainian officials said.';
    expect(verdictsOn(text, '$60 price cap', '2025-06-01')).toEqual(['supported']);
    expect(verdictsOn(text, '$60 price cap', '2025-11-10')).toEqual(['outdated']);
  });

  it('never flags the G7 or US cap of $60, which the US kept', () => {
    const text = 'The current $60 price cap set by the G7 on Russian crude is widely evaded by the shadow fleet.';
    expect(anyRed(text, '2026-03-01')).toBe(false);
  });

  it('contradicts a wrong year of introduction, not a proposal', () => {
    const wrong = 'The $60 price cap on Russian oil was introduced in 2020 by the G7.';
    expect(verdictsOn(wrong, '$60 price cap', '2024-01-10')).toEqual(['contradicted']);
    // Business Standard-like proposal wording: never flagged.
    const proposal = 'The EU proposed to lower the price cap on Russian crude to $45 a barrel in June.';
    expect(anyRed(proposal, '2025-06-11')).toBe(false);
  });
});

describe('Russian LNG', () => {
  it('supports the 19th package’s import ban by its dates', () => {
    // Reuters via World Energy News, 23 October 2025.
    const reuters =
      'The EU officially adopted on Thursday the 19th package against Russia, which includes a ban of Russian liquefied gas imports.';
    expect(anyRed(reuters, '2025-10-23')).toBe(false);
    const hsf = 'The EU’s 19th package bans imports of Russian LNG under long-term contracts from 1 January 2027.';
    expect(verdictsOn(hsf, 'bans imports of Russian LNG', '2025-10-27')).toContain('supported');
  });

  it('supports the transshipment ban of the 14th package', () => {
    // Ukrainian News, 24 June 2024.
    const text =
      'Among other things, the EU introduced a ban on the transshipment of Russian liquefied gas (LNG) for further shipment to third countries.';
    expect(verdictsOn(text, 'ban on the transshipment of Russian liquefied gas (LNG', '2024-06-24')).toEqual(['supported']);
  });
});
