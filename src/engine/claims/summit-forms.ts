// Slot for this round's events (future and past summits as articles phrase them): a wrapper around the detector it extends. It adds its own
// findings to the inner detector's, never replacing them.
import type { ClaimDetector } from '../detector';

export function withSummitForms(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      return inner.find(doc, ctx);
    },
  };
}
