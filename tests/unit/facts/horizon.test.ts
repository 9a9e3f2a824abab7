// The knowledge horizon (src/facts/horizon.ts, checkedThrough in meta.json and on offices) and the
// checks facts:check makes with "today": events left "scheduled" after their date, old horizons.
import { describe, expect, it } from 'vitest';
import { rawFactBase } from '../../../src/facts/data';
import meta from '../../../src/facts/data/meta.json';
import { horizonFor, isAfterHorizon } from '../../../src/facts/horizon';
import { loadFactBase } from '../../../src/facts/load';
import { HORIZON_MAX_AGE_DAYS, validateFactBase } from '../../../src/facts/validate';

type Raw = any;
const copy = (): Raw => structuredClone(rawFactBase);

describe('horizonFor', () => {
  const facts = loadFactBase(rawFactBase);

  it('reads the base horizon from meta.json through the bundled fact base', () => {
    expect(facts.base.checkedThrough).toBe(meta.checkedThrough);
    expect(horizonFor(facts)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(horizonFor(facts)).toBe(meta.checkedThrough);
  });

  it('prefers an office’s own horizon, then a list’s, then the base’s', () => {
    const raw = copy();
    raw.checkedThrough = '2026-11-22';
    raw.listsCheckedThrough = { events: '2026-10-01' };
    raw.offices.find((o: { id: string }) => o.id === 'nld-prime-minister').checkedThrough = '2026-11-30';
    const index = loadFactBase(raw);
    expect(horizonFor(index, { office: 'nld-prime-minister' })).toBe('2026-11-30');
    expect(horizonFor(index.base, { office: 'nld-prime-minister' })).toBe('2026-11-30');
    expect(horizonFor(index, { office: 'us-president' })).toBe('2026-11-22');
    expect(horizonFor(index, { office: 'no-such-office' })).toBe('2026-11-22');
    expect(horizonFor(index, { list: 'events' })).toBe('2026-10-01');
    expect(horizonFor(index, { list: 'sanctions' })).toBe('2026-11-22');
    expect(isAfterHorizon(index, '2026-11-23')).toBe(true);
    expect(isAfterHorizon(index, '2026-11-22')).toBe(false);
    expect(isAfterHorizon(index, '2027')).toBe(true);
  });

  it('is required by the schema, as a whole day', () => {
    const raw = copy();
    delete raw.checkedThrough;
    expect(validateFactBase(raw, { today: '2026-12-01' }).problems.join('\n')).toMatch(/schema: checkedThrough/);
    raw.checkedThrough = '2026-11';
    expect(validateFactBase(raw, { today: '2026-12-01' }).problems.join('\n')).toMatch(/schema: checkedThrough.*YYYY-MM-DD/);
  });
});

describe('facts:check with a date', () => {
  const ankara = (raw: Raw) => raw.events.find((e: { id: string }) => e.id === 'nato-summit-2026-ankara');

  it('fails on an event still "scheduled" after its last day, not before', () => {
    const raw = copy();
    ankara(raw).status = 'scheduled';
    const after = validateFactBase(raw, { today: '2026-12-01' }).problems.join('\n');
    expect(after).toContain('event nato-summit-2026-ankara: still "scheduled" but its date (2026-07-08) has passed');
    expect(validateFactBase(raw, { today: '2026-07-08' }).problems.join('\n')).not.toContain('nato-summit-2026-ankara');
    expect(validateFactBase(raw, { today: '2026-07-09' }).problems.join('\n')).toContain('nato-summit-2026-ankara');
  });

  it('fails on an "announced" event whose date has passed, judging a partial date by its last day', () => {
    const raw = copy();
    const event = ankara(raw);
    event.status = 'announced';
    event.start = '2026-07';
    delete event.end;
    expect(validateFactBase(raw, { today: '2026-07-31' }).problems.join('\n')).not.toContain('nato-summit-2026-ankara');
    expect(validateFactBase(raw, { today: '2026-08-01' }).problems.join('\n')).toContain('still "announced"');
  });

  it('reports horizons more than 30 days old: the base, an office’s own and a list’s', () => {
    const raw = copy();
    for (const office of raw.offices) delete office.checkedThrough;
    raw.checkedThrough = '2026-11-22';
    raw.listsCheckedThrough = { sanctions: '2026-09-01' };
    raw.offices.find((o: { id: string }) => o.id === 'nato-saceur').checkedThrough = '2026-06-30';
    const now = validateFactBase(raw, { today: '2026-12-01' });
    expect(now.problems).toEqual([]);
    expect(now.horizon).toEqual([
      `sanctions list (meta.json lists.sanctions): checked through 2026-09-01, more than ${HORIZON_MAX_AGE_DAYS} days ago`,
      `office nato-saceur: checked through 2026-06-30, more than ${HORIZON_MAX_AGE_DAYS} days ago`,
    ]);
    const later = validateFactBase(raw, { today: '2026-12-23' });
    expect(later.horizon[0]).toBe(`fact base (meta.json): checked through 2026-11-22, more than ${HORIZON_MAX_AGE_DAYS} days ago`);
    expect(validateFactBase(raw, { today: '2026-12-22' }).horizon.join('\n')).not.toContain('fact base');
  });

  it('fails on a horizon in the future', () => {
    const raw = copy();
    raw.checkedThrough = '2027-01-01';
    expect(validateFactBase(raw, { today: '2026-12-01' }).problems.join('\n')).toContain('checkedThrough 2027-01-01 is in the future');
  });

  it('reports the real offices whose own horizon is old, and only those', () => {
    const report = validateFactBase(rawFactBase, { today: '2026-12-01' });
    expect(report.horizon).toContain(`office gbr-prime-minister: checked through 2026-06-22, more than ${HORIZON_MAX_AGE_DAYS} days ago`);
    expect(report.horizon.join('\n')).not.toContain('nato-secretary-general');
  });

  it('leaves the real data with no past-due event', () => {
    const problems = validateFactBase(rawFactBase, { today: '2026-12-01' }).problems.filter((p) => /still "(scheduled|announced)"/.test(p));
    expect(problems).toEqual([]);
  });
});
