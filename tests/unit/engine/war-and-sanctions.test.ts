// The war's anchors said in passing, and sanctions of 2014 and 2022 named by jurisdiction or
// listed in a sentence of their own.
import { describe, expect, it } from 'vitest';
import { analyze, isRed, verdictsOn } from './helpers';

describe('anchors of the war', () => {
  it('supports the invasion and annexation dates', () => {
    const text =
      'Sanctions have grown since Russia’s invasion of Ukraine in February 2022, after Moscow’s 2014 annexation of the Crimean Peninsula.';
    expect(verdictsOn(text, 'invasion of Ukraine in February 2022', '2025-10-15')).toContain('supported');
    expect(verdictsOn(text, '2014 annexation', '2025-10-15')).toContain('supported');
  });

  it('contradicts a wrong year against the annexation', () => {
    expect(verdictsOn('Russia annexed Crimea in 2015, Western officials said.', 'annexed Crimea in 2015', '2020-01-01')).toEqual([
      'contradicted',
    ]);
  });

  it('counts the years of the full-scale war', () => {
    const text =
      'The package was meant as a signal ahead of Feb. 24, marking four years since Russia launched its full-scale invasion of Ukraine.';
    expect(verdictsOn(text, 'four years since', '2026-02-23')).toEqual(['supported']);
    expect(verdictsOn('The Russia-Ukraine war is in its third year.', 'in its third year', '2025-07-01')).toEqual(['contradicted']);
    expect(verdictsOn('The Russia-Ukraine war is in its fourth year.', 'in its fourth year', '2025-07-01')).toEqual(['supported']);
  });

  it('does not flag a count that fits the war since 2014', () => {
    const text = 'Russia’s war against Ukraine is in its eleventh year.';
    expect(isRed(analyze(text, '2024-06-01').map((a) => a.verdict))).toBe(false);
  });
});

describe('sanctions named by jurisdiction or listed', () => {
  it('supports the 2014 sectoral sanctions by date and by their targets', () => {
    const text =
      'On July 16, 2014, the United States sharply escalated its sanctions on Russia. The entities include Rosneft, a state-owned oil company, natural-gas producer Novatek, and Gazprombank.';
    expect(verdictsOn(text, 'United States', '2014-07-17')).toContain('supported');
    expect(verdictsOn(text, 'Novatek', '2014-07-17')).toContain('supported');
  });

  it('supports the EU following suit on a date it acted', () => {
    const text = 'The US imposed sanctions on Russian banks. The EU followed suit on 31 July, introducing its own sectoral sanctions.';
    expect(verdictsOn(text, 'EU followed suit on 31 July', '2014-09-24')).toContain('supported');
  });

  it('does not take the date of the invasion for the date of a designation', () => {
    const text =
      'The fleet has been the target of sanctions from Britain and the United States since Russia’s invasion of Ukraine in February 2022.';
    const sanctions = analyze(text, '2025-10-15').filter((a) => a.kind === 'sanction');
    expect(sanctions).toEqual([]);
  });

  it('never flags a sanction named only by its jurisdiction', () => {
    const text = 'The United States imposed new sanctions on March 3, 2014, officials said.';
    expect(isRed(analyze(text, '2014-03-05').map((a) => a.verdict))).toBe(false);
  });
});

describe('abbreviated titles', () => {
  it('reads FM, SecDef and DefMin as the offices they abbreviate', () => {
    const text = 'Russian FM Sergey Lavrov met SecDef Pete Hegseth and Ukrainian DefMin Rustem Umerov.';
    expect(verdictsOn(text, 'Russian FM Sergey Lavrov', '2025-03-01')).toEqual(['supported']);
    expect(verdictsOn(text, 'SecDef Pete Hegseth', '2025-03-01')).toEqual(['supported']);
    expect(verdictsOn(text, 'Ukrainian DefMin Rustem Umerov', '2025-03-01')).toEqual(['supported']);
    expect(verdictsOn(text, 'Ukrainian DefMin Rustem Umerov', '2026-03-01')).toEqual(['outdated']);
  });
});

describe('summits named by place and time', () => {
  it('supports a summit named by its year and city, or by its city and day', () => {
    expect(verdictsOn('The U.S. should use the 2016 Warsaw summit in early July.', '2016 Warsaw summit', '2016-06-17')).toEqual([
      'supported',
    ]);
    const text = 'Biden meets Stoltenberg at the NATO summit in Brussels, Belgium, on June 14.';
    expect(verdictsOn(text, 'summit in Brussels', '2021-06-14')).toContain('supported');
  });

  it('says nothing when the time fits no summit held there, and never flags', () => {
    const text = 'Leaders recalled the 2015 Warsaw summit.';
    expect(analyze(text, '2016-06-17').filter((a) => a.kind === 'event')).toEqual([]);
  });
});
