// Round 37, speed: readers that ran a list of forms by spreading each form's findings into one array literal
// ("[...eventStarts(doc), ...countedTenures(doc), ...]") now loop over the forms and push (tenure.ts TENURE_FORMS,
// tenure-succession.ts, counterpart.ts). V8's optimising compiler compiled each spread as
// an inline iteration, and these readers became hot only on a page's second megabyte, where compiling them was a large
// part of the cost. The findings, their order and which of two overlapping ones is kept are the same (annotations
// byte-identical over the speed dump's runs); the sentences below go through each of the readers changed.
import { describe, expect, it } from 'vitest';
import { said } from './helpers';

describe('readers whose forms are run in a loop judge as before', () => {
  it('a start in office and a handover (tenure.ts, tenure-succession.ts)', () => {
    expect(
      said(
        'Mark Rutte was sworn in as NATO Secretary General on Tuesday, succeeding Jens Stoltenberg, who had led the alliance since 2014.',
        '2024-10-02',
      ),
    ).toEqual([
      'supported: Mark Rutte was sworn in as NATO Secretary General on Tuesday, succeeding Jens Stoltenberg',
      'supported: Mark Rutte was sworn in as NATO Secretary General on Tuesday',
      'supported: Mark Rutte was sworn in as NATO Secretary General',
      'supported: Jens Stoltenberg, who had led the alliance since 2014',
      'context: Jens Stoltenberg',
    ]);
    expect(said('Mark Rutte, NATO Secretary General since 2024, said the allies spend 2% of GDP on defence.', '2026-01-10')).toEqual([
      'supported: Mark Rutte, NATO Secretary General since 2024',
      'context: Mark Rutte',
    ]);
  });

  it("a counterpart's title, current and outdated (counterpart.ts)", () => {
    expect(
      said('Keir Starmer, who took office as prime minister in July 2024, met his French counterpart Emmanuel Macron.', '2025-03-01'),
    ).toEqual([
      'supported: Keir Starmer, who took office as prime minister in July 2024',
      'context: Keir Starmer',
      'supported: his French counterpart Emmanuel Macron',
    ]);
    // Wang Yi left the foreign ministry on 30 December 2022 (Qin Gang held it until July 2023).
    expect(said('Sergei Lavrov met his Chinese counterpart Wang Yi in Moscow.', '2023-06-01')).toEqual([
      'context: Sergei Lavrov',
      'outdated: his Chinese counterpart Wang Yi',
    ]);
  });
});
