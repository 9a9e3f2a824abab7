// Placeholder wired into DETECTORS so that its owner can fill it in without touching index.ts.
import type { ClaimDetector } from '../detector';

export function withWarDurations(detector: ClaimDetector): ClaimDetector {
  return detector;
}
