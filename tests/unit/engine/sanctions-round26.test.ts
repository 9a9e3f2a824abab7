// Round 26: families of true sanctions claims the readers missed, and their false look-alikes.
import { describe, expect, it } from 'vitest';
import { kindOn } from './helpers';

const sanctionVerdicts = (text: string, quote: string, asOf: string): string[] =>
  kindOn('sanction', text, quote, asOf).map((a) => a.verdict);
const priceCapVerdicts = sanctionVerdicts;

describe('designations told as standing or done, with no time (sanction.ts)', () => {
  it('confirms the sanctions against companies a jurisdiction has listed', () => {
    const text = 'He asked for an exemption from the sanctions against Gazprom Neft and Surgutneftegas, but Washington refused.';
    expect(sanctionVerdicts(text, 'Surgutneftegas', '2025-03-01')).toContain('supported');
    const uk = 'Britain had already imposed sanctions on Rosneft and Lukoil, freezing their assets.';
    expect(sanctionVerdicts(uk, 'Lukoil', '2025-11-20')).toContain('supported');
    const us = 'Traders still avoid cargoes because of the US sanctions on Rosneft and Lukoil.';
    expect(sanctionVerdicts(us, 'Rosneft', '2025-12-10')).toContain('supported');
  });

  it('does not confirm a listing the jurisdiction never made, one to come, a denial or new sanctions', () => {
    expect(sanctionVerdicts('The EU had already imposed sanctions on Lukoil.', 'Lukoil', '2025-11-20')).toEqual([]);
    expect(sanctionVerdicts('Britain had already imposed sanctions on Rosneft and Lukoil.', 'Lukoil', '2025-09-20')).toEqual([]);
    expect(sanctionVerdicts('The US has not imposed sanctions on Surgutneftegas and Lukoil.', 'Lukoil', '2025-12-01')).toEqual([]);
    expect(sanctionVerdicts('Washington could impose new sanctions on Rosneft and Lukoil.', 'Lukoil', '2025-12-20')).toEqual([]);
    expect(sanctionVerdicts('The US imposed new sanctions on Rosneft and Lukoil.', 'Lukoil', '2025-12-20')).toEqual([]);
  });

  it('confirms "the first to" only for the jurisdiction that listed them first in that wave', () => {
    const uk = 'The UK government was the first of the three to subject Rosneft and Lukoil to full asset freezes.';
    expect(sanctionVerdicts(uk, 'Rosneft', '2025-11-05')).toContain('supported');
    const us = 'The US government was the first of the three to subject Rosneft and Lukoil to full asset freezes.';
    expect(sanctionVerdicts(us, 'Rosneft', '2025-11-05')).toEqual([]);
    const last = 'The UK government was the last of the three to subject Rosneft and Lukoil to full asset freezes.';
    expect(sanctionVerdicts(last, 'Rosneft', '2025-11-05')).toEqual([]);
  });
});

describe("the EU's numbered packages (sanction-packages.ts)", () => {
  it('confirms a readiness to approve a package in the week before its adoption, a past veto told beside it', () => {
    const text = "Slovakia is ready to approve the EU's 18th sanctions package after blocking it for weeks, Fico said.";
    expect(sanctionVerdicts(text, '18th sanctions package', '2025-07-17')).toEqual(['supported']);
    const hungary = "Hungary is willing to back the bloc's 16th package of sanctions after vetoing it, Orban said.";
    expect(sanctionVerdicts(hungary, '16th package of sanctions', '2025-02-21')).toEqual(['supported']);
  });

  it('does not confirm a readiness for a package whose predecessor was never adopted, nor a veto told alone', () => {
    const never = "Hungary is ready to approve the EU's 22nd sanctions package after vetoing it twice.";
    expect(sanctionVerdicts(never, '22nd sanctions package', '2026-02-25')).toEqual([]);
    const veto = "Slovakia vetoed the EU's 18th sanctions package again.";
    expect(sanctionVerdicts(veto, '18th sanctions package', '2025-07-17')).not.toContain('supported');
    const weeks = "Slovakia is ready to approve the EU's 18th sanctions package after vetoing it.";
    expect(sanctionVerdicts(weeks, '18th sanctions package', '2025-06-20')).toEqual([]);
  });

  it("confirms the envoys' backing of a package in the week before the Council adopted it", () => {
    const text = 'EU ambassadors backed the 13th sanctions package against Russia on Wednesday.';
    expect(sanctionVerdicts(text, '13th sanctions package', '2024-02-21')).toEqual(['supported']);
    const singular = 'The presidency said the EU ambassador supported the 16th sanctions package against Russia.';
    expect(sanctionVerdicts(singular, '16th sanctions package', '2025-02-19')).toEqual(['supported']);
  });

  it('does not confirm the backing weeks before the adoption', () => {
    const text = 'EU ambassadors backed the 16th sanctions package against Russia.';
    expect(sanctionVerdicts(text, '16th sanctions package', '2025-01-20')).not.toContain('supported');
  });

  it('confirms the latest package told as failed on a day its record gives as one it was not agreed', () => {
    const text = 'The European Union failed to reach an agreement on its latest sanctions package against Russia at a meeting on Tuesday.';
    expect(sanctionVerdicts(text, 'latest sanctions package', '2025-07-15')).toEqual(['supported']);
    const envoys = 'EU ambassadors again failed to agree the latest sanctions package.';
    expect(sanctionVerdicts(envoys, 'latest sanctions package', '2025-07-16')).toEqual(['supported']);
  });

  it('does not confirm a failure on a day with none on record, nor one told as to come', () => {
    const text = 'The European Union failed to reach an agreement on its latest sanctions package against Russia on Monday.';
    expect(sanctionVerdicts(text, 'latest sanctions package', '2026-02-17')).toEqual([]);
    const future = 'The European Union may fail to agree its latest sanctions package against Russia.';
    expect(sanctionVerdicts(future, 'latest sanctions package', '2025-07-15')).toEqual([]);
  });

  it('flags a package said to be adopted by the European Commission, which only proposes it', () => {
    const text = 'The European Commission adopted the 11th sanctions package against Russia on Friday.';
    expect(sanctionVerdicts(text, '11th sanctions package', '2023-06-25')).toEqual(['contradicted']);
    const present = 'On 3 June the European Commission adopts the sixth package of restrictive measures against Russia.';
    expect(sanctionVerdicts(present, 'sixth package', '2022-06-10')).toEqual(['contradicted']);
  });

  it('does not flag the Commission proposing, the Council adopting on its proposal, or a quoted phrase', () => {
    const proposal = 'The European Commission adopted its proposal for the 11th sanctions package.';
    expect(sanctionVerdicts(proposal, '11th sanctions package', '2023-06-25')).not.toContain('contradicted');
    const council = 'The Council, on a proposal of the European Commission, adopted the 11th sanctions package.';
    expect(sanctionVerdicts(council, '11th sanctions package', '2023-06-25')).not.toContain('contradicted');
    const proposed = 'The European Commission proposed the 12th sanctions package against Russia.';
    expect(sanctionVerdicts(proposed, '12th sanctions package', '2023-11-20')).not.toContain('contradicted');
    // The Commission adopts its proposal: a page before the Council's adoption, or the proposal's day told.
    const early = 'On 15 November the European Commission adopted the 12th sanctions package against Russia.';
    expect(sanctionVerdicts(early, '12th sanctions package', '2023-11-16')).not.toContain('contradicted');
    const proposalDay = 'On 15 November 2023 the European Commission adopted the 12th sanctions package against Russia.';
    expect(sanctionVerdicts(proposalDay, '12th sanctions package', '2024-03-01')).not.toContain('contradicted');
    const bare = 'The Commission adopted the 11th package of sanctions against Russia.';
    expect(sanctionVerdicts(bare, '11th package', '2023-06-25')).not.toContain('contradicted');
  });
});

describe("the EU's dynamic price cap (price-cap.ts)", () => {
  it('confirms the cap told as 15% below the recent market average once adopted', () => {
    const text = 'The package includes a floating price cap on Russian oil at 15% below the recent market average.';
    expect(priceCapVerdicts(text, '15% below the recent market', '2025-07-20')).toContain('supported');
  });

  it('does not confirm another share, or the rule before its adoption', () => {
    const other = 'The package includes a floating price cap on Russian oil at 25% below the recent market average.';
    expect(priceCapVerdicts(other, '25% below the recent market', '2025-07-20')).not.toContain('supported');
    const plan = 'The EU plans a floating price cap on Russian oil at 15% below the recent market average.';
    expect(priceCapVerdicts(plan, '15% below the recent market', '2025-05-10')).toEqual([]);
  });
});
