// The ratifications of Finland's and Sweden's accession (alliance-history.json, step "ratified"
// with "by"): the validator names a ratification without allies, an ally that was not one yet,
// and "by" on another step.
import { describe, expect, it } from 'vitest';
import { rawFactBase } from '../../../src/facts/data';
import { validateFactBase } from '../../../src/facts/validate';

type Raw = any;
const copy = (): Raw => structuredClone(rawFactBase);
const problemsOf = (raw: Raw) => validateFactBase(raw, { today: '2026-12-02' }).problems.join('\n');
const step = (raw: Raw, id: string) => raw.history.accessionSteps.find((s: { id: string }) => s.id === id);

describe('ratifications in the alliance history', () => {
  it('records the last ratifiers of Finland and Sweden, and the real base passes', () => {
    expect(step(copy(), 'swe-ratified-hun-2024')).toMatchObject({ step: 'ratified', date: '2024-02-26', by: ['hun'] });
    expect(step(copy(), 'fin-ratified-tur-2023')).toMatchObject({ step: 'ratified', date: '2023-03-30', by: ['tur'] });
    expect(problemsOf(copy())).not.toMatch(/accession step/);
  });

  it('names a ratification without allies, by a non-member or by the candidate, and "by" on another step', () => {
    const none = copy();
    delete step(none, 'swe-ratified-hun-2024').by;
    expect(problemsOf(none)).toMatch(/swe-ratified-hun-2024: a ratification names no ally/);
    const outsider = copy();
    step(outsider, 'swe-ratified-hun-2024').by = ['ukr'];
    expect(problemsOf(outsider)).toMatch(/swe-ratified-hun-2024: "ukr" was not an ally/);
    const itself = copy();
    step(itself, 'fin-ratified-tur-2023').by = ['fin'];
    expect(problemsOf(itself)).toMatch(/fin-ratified-tur-2023: "fin" was not an ally/);
    const misplaced = copy();
    step(misplaced, 'fin-applied-2022').by = ['tur'];
    expect(problemsOf(misplaced)).toMatch(/fin-applied-2022: "by" is only for ratifications/);
  });
});
