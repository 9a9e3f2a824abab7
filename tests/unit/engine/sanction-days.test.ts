// A day told of another measure against designated banks (the SWIFT cut-off) is not their
// designation's day (sanction.ts). From this round's precision audit (audit excerpt 30,
// thesunriseherald.com, 26 February 2025).
import { describe, expect, it } from 'vitest';
import { isRed, kindOn } from './helpers';

const sanctionVerdicts = (text: string, quote: string, asOf: string) => kindOn('sanction', text, quote, asOf).map((a) => a.verdict);

describe('the day of a measure that is not a designation', () => {
  const swift =
    'On February 26, 2022, the European Union, United States, United Kingdom, and Canada announced the exclusion of seven Russian banks—VTB, Bank Otkritie, Novikombank, Promsvyazbank, Bank Rossiya, Sovcombank, and VEB—from the SWIFT messaging system, effective March 12, 2022, in response to Russia’s invasion of Ukraine on February 24.';

  it('is not said against the banks’ designation', () => {
    expect(isRed(sanctionVerdicts(swift, 'February 26, 2022', '2025-02-26'))).toBe(false);
  });

  it('while a designation told on the wrong day is still flagged', () => {
    const designated =
      'The United States designated Promsvyazbank and VEB on February 26, 2022, in response to the recognition of the separatist regions.';
    expect(sanctionVerdicts(designated, 'February 26, 2022', '2025-02-26')).toEqual(['contradicted']);
  });
});

describe("a package told with another package's day", () => {
  it('is not confirmed: the first packages came days apart', () => {
    const second = 'The European Union adopted its 2nd package of sanctions against Russia on February 23, 2022.';
    expect(sanctionVerdicts(second, '2nd package', '2026-06-01')).toEqual(['context']);
    // Its own day, and a day near it (an agreement reported as the adoption), still are.
    expect(sanctionVerdicts(second.replace('February 23', 'February 25'), '2nd package', '2026-06-01')).toEqual(['supported']);
    const thirteenth = 'On February 21, 2024, the European Union adopted its 13th package of sanctions against Russia.';
    expect(sanctionVerdicts(thirteenth, '13th package', '2026-06-01')).toEqual(['supported']);
  });
});
