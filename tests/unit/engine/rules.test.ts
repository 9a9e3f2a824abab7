// The engine's rules, tested against a small made-up fact base (tests/fixtures/facts/base.json),
// so correcting a date in the real data never breaks a test of a rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFactBase } from '../../../src/facts/load';
import { createEngine } from '../../../src/engine';

const facts = loadFactBase(JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/facts/base.json'), 'utf8')));
const engine = createEngine(facts);

/** Verdicts of the annotations of `kind` overlapping `quote`. */
function verdicts(text: string, quote: string, asOf: string, { kind = 'title', dateCertain = true } = {}): string[] {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  const end = start + quote.length;
  return engine
    .analyze(text, { asOf, dateCertain })
    .filter((a) => a.kind === kind && a.start < end && a.end > start)
    .map((a) => a.verdict);
}
const messageOf = (text: string, asOf: string, kind = 'title') => engine.analyze(text, { asOf }).find((a) => a.kind === kind)?.message;

describe('titles (fixture fact base)', () => {
  const BRANDT = 'Freedonian Prime Minister Bruno Brandt spoke.';
  const ALVIK = 'Freedonian Prime Minister Anna Alvik spoke.';

  it('supports the holder on the day and calls the predecessor outdated', () => {
    expect(verdicts(BRANDT, 'Bruno Brandt', '2023-01-10')).toEqual(['supported']);
    expect(verdicts(ALVIK, 'Anna Alvik', '2023-01-10')).toEqual(['outdated']);
    expect(verdicts(ALVIK, 'Anna Alvik', '2015-01-10')).toEqual(['supported']);
  });

  it('contradicts a title held only later', () => {
    expect(verdicts(BRANDT, 'Bruno Brandt', '2015-01-10')).toEqual(['contradicted']);
  });

  it('reads "former" and "then-"', () => {
    expect(verdicts('Former Freedonian Prime Minister Anna Alvik spoke.', 'Anna Alvik', '2023-01-10')).toEqual(['supported']);
    expect(verdicts('Former Freedonian Prime Minister Bruno Brandt spoke.', 'Bruno Brandt', '2023-01-10')).toEqual(['contradicted']);
    expect(verdicts('Then-Freedonian Prime Minister Anna Alvik spoke.', 'Anna Alvik', '2023-01-10')).toEqual(['supported']);
  });

  it('contradicts a title never held only where the holder list is complete', () => {
    expect(verdicts('Freedonian Prime Minister Carla Corvo spoke.', 'Carla Corvo', '2023-01-10')).toEqual(['contradicted']);
    // Sylvania's presidents are complete only from 2030 in this fixture.
    expect(verdicts('Sylvanian President Carla Corvo spoke.', 'Carla Corvo', '2023-01-10')).toEqual(['context']);
  });

  it('withholds red flags near a handover, on a guessed date and on a weak record', () => {
    expect(verdicts(ALVIK, 'Anna Alvik', '2020-06-16')).toEqual(['context']);
    expect(verdicts(ALVIK, 'Anna Alvik', '2023-01-10', { dateCertain: false })).toEqual(['context']);
    // Duval's presidency is weakly sourced: it neither confirms nor contradicts.
    expect(verdicts('Sylvanian President Dario Duval spoke.', 'Dario Duval', '2023-01-10')).toEqual(['context']);
  });
});

describe('the knowledge horizon (fixture: checked through 2025-06-30; Sylvania through 2024-12-31)', () => {
  it('past it, confirms as of the horizon day and flags nothing', () => {
    expect(messageOf('NATO Secretary General Frans Falk spoke.', '2026-01-01')).toBe(
      'Frans Falk was Secretary General of NATO as of June 30, 2025, the last day the fact base was checked.',
    );
    const stale = 'NATO Secretary General Elsa Eklund spoke.';
    expect(verdicts(stale, 'Elsa Eklund', '2025-06-30')).toEqual(['outdated']);
    expect(verdicts(stale, 'Elsa Eklund', '2025-07-01')).toEqual(['context']);
    expect(messageOf(stale, '2025-07-01')).toContain('June 30, 2025');
  });

  it('uses an office’s own horizon', () => {
    const text = 'Freedonian Prime Minister Anna Alvik spoke.';
    expect(verdicts(text, 'Anna Alvik', '2025-01-10')).toEqual(['outdated']);
    expect(verdicts('Sylvanian President Carla Corvo spoke.', 'Carla Corvo', '2025-01-10')).toEqual(['context']);
  });

  it('keeps flags on facts fixed in the past', () => {
    expect(verdicts('NATO was founded in 1952.', 'founded in 1952', '2026-01-01', { kind: 'figure' })).toEqual(['contradicted']);
    expect(verdicts('Elsa Eklund became NATO Secretary General in 2016.', 'in 2016', '2026-01-01', { kind: 'tenure' })).toEqual([
      'contradicted',
    ]);
  });
});

describe('figures and membership (fixture)', () => {
  it('judges the spending target current on the day', () => {
    const text = 'Allies were urged to meet the 2% of GDP defense spending target set by NATO.';
    expect(verdicts(text, '2% of GDP', '2024-05-01', { kind: 'figure' })).toEqual(['supported']);
    expect(verdicts(text, '2% of GDP', '2025-10-01', { kind: 'figure' })).toEqual(['context']);
    expect(verdicts(text, '2% of GDP', '2025-06-28', { kind: 'figure' })).toEqual(['outdated']);
  });

  it('counts the members from the accession dates', () => {
    const text = 'The 2-member alliance met.';
    expect(verdicts(text, '2-member alliance', '2021-01-01', { kind: 'membership' })).toEqual(['supported']);
    expect(verdicts('The 1-member alliance met.', '1-member alliance', '2021-01-01', { kind: 'membership' })).toEqual(['outdated']);
    // "The 3-member alliance" may be another body's count or a subset: a count NATO never had is
    // read only where the phrase says what NATO's count is.
    expect(verdicts('The 3-member alliance met.', '3-member alliance', '2021-01-01', { kind: 'membership' })).toEqual([]);
    expect(verdicts('NATO has 3 members.', 'NATO has 3 members', '2021-01-01', { kind: 'membership' })).toEqual(['contradicted']);
  });
});
