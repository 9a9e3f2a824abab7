// The detector seam: one interface, listed once; a detector that throws loses only its own
// findings, for that paragraph only, and is logged once; the claim-word lists come from the
// detectors' triggers.
import { describe, expect, it } from 'vitest';
import { getFacts } from '../../../src/facts';
import { createEngine, DETECTORS } from '../../../src/engine';
import type { ClaimDetector } from '../../../src/engine/detector';

const TEXT =
  'NATO Secretary-General Jens Stoltenberg met U.S. President Donald Trump. The 32-member alliance agreed to spend 5 percent of GDP by 2035 on defense.';
const asOf = '2025-10-22';

describe('detectors', () => {
  it('are listed once each, and every kind of claim has one', () => {
    // A kind may have several detectors (the alliance's history is told as events, by three),
    // each isolated from the others; none may run twice.
    expect(new Set(DETECTORS).size).toBe(DETECTORS.length);
    expect([...new Set(DETECTORS.map((d) => d.kind))].sort()).toEqual(['event', 'figure', 'membership', 'sanction', 'tenure', 'title']);
  });

  it('a detector that throws loses its own findings only, and is logged once', () => {
    const logs: string[] = [];
    const broken: ClaimDetector = {
      kind: 'sanction',
      triggers: [],
      find() {
        throw new Error('boom');
      },
    };
    const normal = createEngine(getFacts()).analyze(TEXT, { asOf });
    const engine = createEngine(getFacts(), {
      detectors: [broken, ...DETECTORS.filter((d) => d.kind !== 'sanction')],
      log: (m) => logs.push(m),
    });
    const found = engine.analyze(TEXT, { asOf });
    // The others still annotate: titles, the member count, the spending figure.
    expect(found.map((a) => a.kind)).toEqual(expect.arrayContaining(['title', 'membership', 'figure']));
    expect(found).toEqual(normal.filter((a) => a.kind !== 'sanction'));
    engine.analyze(`${TEXT} Again.`, { asOf });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('sanction');
    expect(logs[0]).toContain('boom');
  });

  it('in a text of several paragraphs, a detector loses only the paragraph it throws on', () => {
    const logs: string[] = [];
    const title = DETECTORS.find((d) => d.kind === 'title')!;
    // Throws on any paragraph that names Trump; works on the others.
    const flaky: ClaimDetector = {
      ...title,
      find(doc, ctx) {
        if (doc.text.includes('Trump')) throw new Error('no Trump today');
        return title.find(doc, ctx);
      },
    };
    const engine = createEngine(getFacts(), { detectors: [flaky, ...DETECTORS.filter((d) => d !== title)], log: (m) => logs.push(m) });
    const text = 'NATO Secretary-General Jens Stoltenberg spoke.\nU.S. President Donald Trump spoke.';
    const found = engine.analyze(text, { asOf });
    const titles = found.filter((a) => a.kind === 'title').map((a) => a.quote);
    expect(titles).toEqual(['NATO Secretary-General Jens Stoltenberg']);
    expect(found.find((a) => a.quote === 'Jens Stoltenberg' || a.quote.endsWith('Jens Stoltenberg'))?.verdict).toBe('outdated');
    // Trump's paragraph still says who he is (a mention), as it does for any name without a title claim.
    expect(found.some((a) => a.kind === 'mention' && a.quote === 'Donald Trump')).toBe(true);
    expect(logs).toHaveLength(1);
  });

  it('give the same result in any order, and leave a shared scan as it was', () => {
    const text = 'NATO Secretary General Jans Stoltenberg met U.S. President Donald Trump in Washington on Oct. 22. Stoltenberg spoke.';
    const forward = createEngine(getFacts());
    const backward = createEngine(getFacts(), { detectors: [...DETECTORS].reverse() });
    const scanned = forward.scan(text);
    const matches = JSON.stringify(scanned.matches);
    const once = forward.analyze(text, { asOf }, scanned);
    expect(JSON.stringify(scanned.matches)).toBe(matches);
    expect(forward.analyze(text, { asOf }, scanned)).toEqual(once);
    expect(backward.analyze(text, { asOf }, scanned)).toEqual(once);
    expect(once.some((a) => a.kind === 'title' && a.quote.includes('Jans Stoltenberg'))).toBe(true);
  });

  it('derives the claim words from the triggers', () => {
    const engine = createEngine(getFacts());
    expect(engine.hasUnnamedClaimWords('Allies were urged to spend 2% of GDP.')).toBe(true);
    expect(engine.hasUnnamedClaimWords('The thirty-member alliance grew.')).toBe(true);
    // A per cent alone (inline CSS, markets) is not a claim.
    expect(engine.hasUnnamedClaimWords('width: 100%; shares rose 3 percent')).toBe(false);
    expect(engine.hasUnnamedClaimWords('Markets were steady on the day.')).toBe(false);
    const words = [...'Defence spending: the alliance, NATO allies and the bloc. 5%'.matchAll(engine.claimWords)].map((m) => m[0]);
    expect(words).toEqual(['Defence', 'alliance', 'NATO', 'allies', 'bloc']);
    // An engine without detectors with trigger words finds nothing to mark.
    const bare = createEngine(getFacts(), { detectors: DETECTORS.filter((d) => !d.triggers.length) });
    expect(bare.hasUnnamedClaimWords('The 32-member alliance.')).toBe(false);
    expect([...'NATO allies'.matchAll(bare.claimWords)]).toEqual([]);
  });
});
