// Annotation ids across passes (src/page/annotator.ts, createIds): the same claim keeps its id
// when the page is read again, so an open card stays open and the popup's ids still point at it.
import { describe, expect, it } from 'vitest';
import { createIds } from '../../../src/page/annotator';
import type { Annotation } from '../../../src/engine/types';

const claim = (quote: string, verdict: Annotation['verdict'], start: number): Annotation =>
  ({ quote, verdict, start, end: start + quote.length, message: '' }) as unknown as Annotation;

describe('annotation ids', () => {
  it('keeps ids for the same claims across passes, and tells repeated quotes apart by their order', () => {
    const ids = createIds();
    const first = ids([
      claim('Secretary-General Mark Rutte', 'supported', 10),
      claim('NATO Secretary-General Jens Stoltenberg', 'outdated', 80),
      claim('Secretary-General Mark Rutte', 'supported', 200),
    ]).map((a) => a.id);
    expect(new Set(first).size).toBe(3);
    // The page re-rendered: a paragraph added at the top shifts every offset, and a new claim comes first.
    const second = ids([
      claim('President Donald Trump', 'supported', 5),
      claim('Secretary-General Mark Rutte', 'supported', 40),
      claim('NATO Secretary-General Jens Stoltenberg', 'outdated', 110),
      claim('Secretary-General Mark Rutte', 'supported', 230),
    ]).map((a) => a.id);
    expect(second.slice(1)).toEqual(first);
    expect(first).not.toContain(second[0]);
    // The same quote with another verdict is another claim.
    const third = ids([claim('Secretary-General Mark Rutte', 'outdated', 40)]).map((a) => a.id);
    expect(first).not.toContain(third[0]);
  });

  it('forgets claims long gone on an endless page, but not the current ones', () => {
    const ids = createIds();
    const kept = ids([claim('Secretary-General Mark Rutte', 'supported', 0)])[0].id;
    for (let pass = 0; pass < 3; pass++)
      ids([
        claim('Secretary-General Mark Rutte', 'supported', 0),
        ...Array.from({ length: 600 }, (_, i) => claim(`Minister ${pass}-${i}`, 'context', 40 + i * 20)),
      ]);
    expect(ids([claim('Secretary-General Mark Rutte', 'supported', 0)])[0].id).toBe(kept);
    // A claim of those passes, gone from the last reading, was dropped: seen again, it gets a new id.
    const before = ids([claim('Minister 2-5', 'context', 0)])[0].id;
    expect(before).toBeGreaterThan(1800);
  });
});
