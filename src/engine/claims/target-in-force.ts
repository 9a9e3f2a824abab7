// Which of NATO's spending targets was in force on a day: the one test every reader of a spending figure asks before it
// confirms a figure as "NATO's target" or calls it replaced. Written once here so that every reader draws the line on the
// same day (a target replaced on a day is no longer in force that day: its successor is).
import type { SpendingTarget } from '../../facts/schema';

/** Whether the target was in force on the day: adopted by then and not yet replaced. */
export const inForceOn = (t: SpendingTarget, day: string): boolean => t.adopted <= day && (!t.superseded || t.superseded > day);

/** The targets in force on the day, in the fact base's order (2023–2025 there were two: the Wales pledge and the Vilnius floor). */
export const targetsInForce = (targets: readonly SpendingTarget[], day: string): SpendingTarget[] =>
  targets.filter((t) => inForceOn(t, day));

/**
 * The latest adopted of the targets in force on the day: the one a bare "NATO's target" names (the Vilnius floor over the
 * Wales pledge it carried on). Undefined before the first.
 */
export function latestInForce(targets: readonly SpendingTarget[], day: string): SpendingTarget | undefined {
  let latest: SpendingTarget | undefined;
  for (const t of targets) if (inForceOn(t, day) && (!latest || t.adopted > latest.adopted)) latest = t;
  return latest;
}
