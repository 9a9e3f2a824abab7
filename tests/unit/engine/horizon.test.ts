// The knowledge horizon (issue 11 §1): past the last day the fact base was checked, no red flag
// because of who held an office, what was scheduled or which target was current; confirmations
// name that day; facts fixed in the past keep their flags.
import { describe, expect, it } from 'vitest';
import { getFacts } from '../../../src/facts';
import { horizonFor } from '../../../src/facts/horizon';
import { formatDay } from '../../../src/engine/dates';
import { analyze, isRed, verdictsOn } from './helpers';

const facts = getFacts();
const horizon = horizonFor(facts);
const checked = formatDay(horizon);
const LATER = '2027-06-01';
const JETTEN = 'Dutch Prime Minister Rob Jetten met reporters in The Hague.';
const SCHOOF = 'Dutch Prime Minister Dick Schoof met reporters in The Hague.';

const about = (text: string, quote: string, asOf: string) =>
  analyze(text, asOf).filter((a) => a.start < text.indexOf(quote) + quote.length && a.end > text.indexOf(quote));

describe('the knowledge horizon', () => {
  it('applies to these tests: the Dutch premiership and the base share the horizon, and 2027-06-01 is after it', () => {
    expect(horizonFor(facts, { office: 'nld-prime-minister' })).toBe(horizon);
    expect(LATER > horizon).toBe(true);
  });

  it('past the horizon, flags neither the Dutch Prime Minister it knows nor the one before, and names the day', () => {
    for (const text of [JETTEN, SCHOOF]) {
      const found = about(text, 'Dutch Prime Minister', LATER);
      expect(found.length).toBeGreaterThan(0);
      expect(isRed(found.map((a) => a.verdict))).toBe(false);
      for (const a of found) expect(a.message).toContain(checked);
    }
    const jetten = about(JETTEN, 'Rob Jetten', LATER).find((a) => a.kind === 'title')!;
    expect(jetten.verdict).toBe('supported');
    expect(jetten.message).toBe(
      `Rob Jetten was Prime Minister of the Netherlands as of ${checked}, the last day the fact base was checked.`,
    );
  });

  it('inside the horizon, the same sentences keep their verdicts', () => {
    expect(verdictsOn(JETTEN, 'Dutch Prime Minister Rob Jetten', '2026-06-01')).toEqual(['supported']);
    expect(verdictsOn(SCHOOF, 'Dutch Prime Minister Dick Schoof', '2026-06-01')).toEqual(['outdated']);
    expect(verdictsOn(SCHOOF, 'Dutch Prime Minister Dick Schoof', horizon)).toEqual(['outdated']);
  });

  it('confirms the Secretary General as of the horizon day', () => {
    const text = 'NATO Secretary General Mark Rutte spoke in Brussels.';
    const rutte = about(text, 'Mark Rutte', LATER).find((a) => a.kind === 'title')!;
    expect(rutte.verdict).toBe('supported');
    expect(rutte.message).toBe(`Mark Rutte was Secretary General of NATO as of ${checked}, the last day the fact base was checked.`);
    expect(verdictsOn('NATO Secretary-General Jens Stoltenberg spoke.', 'Jens Stoltenberg', LATER)).not.toContain('outdated');
    expect(verdictsOn('Former U.S. President Donald Trump spoke.', 'Donald Trump', LATER)).not.toContain('contradicted');
  });

  it('past the horizon, withholds flags about the current target, the member count and a called-off meeting', () => {
    const cases: Array<[string, string]> = [
      ['Allies were urged to meet the 2% of GDP defense spending target set by NATO.', '2% of GDP'],
      ['NATO set a defense spending target of 5% of GDP by 2030.', '5% of GDP by 2030'],
      ['The 31-member alliance met.', '31-member alliance'],
      ['Donald Trump and Vladimir Putin spoke in October. Trump met Putin in Budapest to end the war.', 'met Putin in Budapest'],
    ];
    for (const [text, quote] of cases) {
      expect(isRed(verdictsOn(text, quote, '2025-12-01')), quote).toBe(true);
      const later = about(text, quote, LATER);
      expect(later.length, quote).toBeGreaterThan(0);
      expect(isRed(later.map((a) => a.verdict)), quote).toBe(false);
      for (const a of later) if (a.kind !== 'mention') expect(a.message, quote).toContain(checked);
    }
  });

  it('keeps flags on facts fixed in the past', () => {
    expect(verdictsOn('NATO was founded in 1952.', 'founded in 1952', LATER)).toEqual(['contradicted']);
    const text = 'Jens Stoltenberg became NATO Secretary General in 2016.';
    expect(verdictsOn(text, 'became NATO Secretary General in 2016', LATER)).toContain('contradicted');
    expect(verdictsOn('Stoltenberg became Secretary General in 2016. Jens Stoltenberg spoke.', 'in 2016', LATER)).toContain('contradicted');
  });

  it('past the horizon, a tenure said to start after it is not flagged', () => {
    const text = 'Jens Stoltenberg became NATO Secretary General in 2027.';
    const found = about(text, 'in 2027', LATER);
    expect(isRed(found.map((a) => a.verdict))).toBe(false);
  });
});
