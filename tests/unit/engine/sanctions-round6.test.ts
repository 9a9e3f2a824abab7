// Sanctions, sixth round: real sentences from the fourth held-out set (now development data) and, for each form, at
// least one more real sentence of the same phrasing from another page, with true sentences like them that must not be
// flagged.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, kindOn } from './helpers';

const anyRed = (text: string, asOf: string, dateCertain = true) => isRed(analyze(text, asOf, dateCertain).map((a) => a.verdict));
const sanctionVerdicts = (text: string, quote: string, asOf: string, dateCertain = true) =>
  kindOn('sanction', text, quote, asOf, dateCertain).map((a) => a.verdict);

describe('how many packages the EU has adopted, as of the page’s day', () => {
  // Liga.net, March 2024 (held-out n078): the 13th package was adopted on 23 February 2024, the 14th on 24 June 2024.
  const liga =
    'From 2022, the restrictions significantly expanded, becoming more severe and aimed at causing harm to the aggressor. The EU has adopted 13 sanctions packages since February 2022 and extended their validity for another six months in January of this year.';
  // The Independent (Ireland), Josep Borrell, 5 July 2022: the sixth package was adopted on 3 June 2022, the seventh on 21 July.
  const borrell =
    'Since Russia deliberately violated international law by invading Ukraine, the EU has adopted six packages of sanctions against Moscow. Our measures now target nearly 1,200 individuals and 98 entities in Russia.';
  // TASS via panafricannews.blogspot.com, 15 March 2024.
  const tass =
    'Since February 2022, the European Union has introduced 13 packages of individual and economic sanctions against Russia due to the special military operation in Ukraine.';
  // Kyiv Independent, 11 December 2024, the day ambassadors agreed the 15th package (adopted on 16 December).
  const kyivIndependent =
    "Over the past few months, the EU has found it progressively more difficult to adopt sanctions packages, as Hungary has used its veto power to block such decisions. The EU has adopted 15 packages in response to Russia's full-scale invasion of Ukraine, aiming to undermine Moscow's economic output and ability to sustain the war.";

  it('supports the count on record on the page’s day', () => {
    expect(sanctionVerdicts(liga, 'The EU has adopted 13 sanctions packages since February 2022', '2024-03-15')).toEqual(['supported']);
    expect(sanctionVerdicts(borrell, 'the EU has adopted six packages of sanctions', '2022-07-05')).toEqual(['supported']);
    expect(sanctionVerdicts(tass, 'has introduced 13 packages of individual and economic sanctions', '2024-03-15')).toEqual(['supported']);
  });

  it('counts a package from the day ambassadors agreed it', () => {
    expect(sanctionVerdicts(kyivIndependent, 'The EU has adopted 15 packages', '2024-12-11')).toEqual(['supported']);
  });

  it('flags a count the EU had passed weeks before, and one it had not reached', () => {
    const [stale] = kindOn('sanction', liga, 'has adopted 13 sanctions packages', '2024-07-20');
    expect(stale.verdict).toBe('outdated');
    expect(stale.message).toMatch(/had adopted 14 sanctions packages.*the 14th on June 24, 2024/);
    expect(sanctionVerdicts(tass, 'has introduced 13 packages', '2022-07-05')).toEqual(['contradicted']);
  });

  it('leaves a count alone while the page may not have caught up, or when its date is not certain', () => {
    // Ten days after the 14th package: the page may have been written before it.
    expect(anyRed(liga, '2024-07-04')).toBe(false);
    // Thirteen days before the 13th was adopted: the page's date may be an estimate.
    expect(anyRed(liga, '2024-02-10')).toBe(false);
    expect(anyRed(liga, '2024-07-20', false)).toBe(false);
  });

  it('leaves counts of another time, another issuer or another regime alone', () => {
    for (const text of [
      // Counted as of another day.
      'By the end of 2022, the EU had adopted nine packages of sanctions against Russia.',
      'In 2022 alone, the EU has adopted nine sanctions packages against Russia.',
      // Another issuer beside the EU, another country's regime.
      'The EU and the United States have imposed 10 rounds of sanctions on Russia.',
      'The EU has adopted six packages of sanctions against Belarus since 2020.',
      // Not sanctions.
      'The EU has adopted 13 packages of military aid for Ukraine since February 2022.',
    ])
      expect(anyRed(text, '2024-07-20')).toBe(false);
  });
});

describe('packages on record', () => {
  // Mansors law firm, October 2022 (held-out n080): the 8th package was adopted on 6 October 2022 (French foreign ministry).
  const mansors =
    'EU’s eight package of sanctions against Russia imposed oil price cap\nOn 6 October 2022, the 8th sanctions package against Russia was adopted. It introduced new limitations such as extending lists of professional services banned for Russian entities or the Russian Government. Besides all new restrictions, the 8th sanctions package implemented an oil price cap, which allows European operators to undertake and support the transport of Russian oil to third countries if the purchase price remains under prescribed cap.';

  it('supports the 8th package’s day, now verified', () => {
    expect(sanctionVerdicts(mansors, 'On 6 October 2022, the 8th sanctions package against Russia was adopted', '2022-10-10')).toEqual([
      'supported',
    ]);
    expect(sanctionVerdicts(mansors, 'the 8th sanctions package implemented an oil price cap', '2022-10-10')).toContain('supported');
  });

  it('flags a day far from the 8th package’s adoption', () => {
    expect(
      sanctionVerdicts(
        'The EU adopted its 8th sanctions package against Russia on 6 December 2022.',
        '8th sanctions package',
        '2023-01-10',
      ),
    ).toEqual(['contradicted']);
  });
});
