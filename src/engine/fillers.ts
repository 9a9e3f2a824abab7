// Confirm-only fillers (round 35): a broad reader's confirmation that stands only where no other reader, of any detector,
// marks the same words. The broad readers of a claim told in any form ("the founding told in any form", figure-forms.ts
// foundingTold) overlap the strict readers' spans of the same words; the strict reading, red or not, is the one shown.
import type { Annotation } from './types';

const FILLERS = new WeakSet<Annotation>();

/** Marks `a` as a filler: analyzeWith drops it where another annotation overlaps it. */
export function asFiller<T extends Annotation>(a: T): T {
  FILLERS.add(a);
  return a;
}

/** Drops, in place, each filler that overlaps an annotation that is not one, or an earlier filler. */
export function dropCoveredFillers(out: Annotation[]): void {
  if (!out.some((a) => FILLERS.has(a))) return;
  const firm = out.filter((a) => !FILLERS.has(a));
  const kept: Annotation[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (!FILLERS.has(a)) continue;
    if (firm.some((f) => f.start < a.end && a.start < f.end) || kept.some((k) => k.start < a.end && a.start < k.end)) {
      out.splice(i--, 1);
      continue;
    }
    kept.push(a);
  }
}

/**
 * Drops, in place, each annotation that repeats an earlier one exactly (its words, verdict, kind and message), and each red
 * flag that repeats an earlier one's words, verdict, kind and facts in other wording: two readers of
 * one claim told in a form both take ("twelve nations signed the treaty": member-count-forms.ts and alliance-founding.ts)
 * would otherwise put two identical findings on the same words.
 */
export function dropRepeats(out: Annotation[]): void {
  if (out.length < 2) return;
  const seen = new Set<string>();
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    const key = `${a.start}:${a.end}:${a.verdict}:${a.kind}:${a.message}`;
    // Round 41: a red flag on the same words, of the same facts, from a second reader with its own wording ("Croatia (2008)"
    // in a list of members: accession.ts and accession-unnamed.ts) is one finding; the first reader's message is kept.
    const red = a.verdict === 'outdated' || a.verdict === 'contradicted';
    const sameFlag = red ? `${a.start}:${a.end}:${a.verdict}:${a.kind}:${a.factIds.join(',')}` : '';
    if (seen.has(key) || (red && seen.has(sameFlag))) out.splice(i--, 1);
    else {
      seen.add(key);
      if (red) seen.add(sameFlag);
    }
  }
}
