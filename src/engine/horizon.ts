// The knowledge horizon, as the detectors use it (the data and its accessor: src/facts/horizon.ts).
// For an article dated after the last day the facts in question were checked, a claim about who
// held an office, what was scheduled or which target was current is judged as of that day: a
// confirmation stands and says so ("Mark Rutte was Secretary General of NATO as of November 22,
// 2026, the last day the fact base was checked."); a red flag is withheld, since what changed
// after that day is not known. Facts fixed in the past (a founding date, the start of a tenure
// before the horizon) are judged as ever.
import { horizonFor, type HorizonQuery } from '../facts/horizon';
import type { FactIndex } from '../facts/load';
import type { Annotation } from './types';
import { formatDay } from './dates';

/** The horizon that applies when the article is dated after it; null when it is not. */
export function pastHorizon(facts: FactIndex, asOf: string, query: HorizonQuery = {}): string | null {
  const horizon = horizonFor(facts, query);
  return asOf > horizon ? horizon : null;
}

const CHECKED = 'the last day the fact base was checked';

/**
 * A verdict reached as of `horizon` for an article dated after it: a confirmation is kept, a red
 * flag becomes context; either way the message names the day.
 */
export function asOfHorizon<T extends Pick<Annotation, 'verdict' | 'message'>>(judged: T, horizon: string): T {
  const day = formatDay(horizon);
  if (judged.verdict === 'outdated' || judged.verdict === 'contradicted') {
    return {
      ...judged,
      verdict: 'context',
      message: `${judged.message} Not flagged: the fact base was last checked on ${day}, and what changed after that day is not known.`,
    };
  }
  const on = ` on ${day}`;
  const message = judged.message.includes(on)
    ? judged.message.replace(on, ` as of ${day}, ${CHECKED}`)
    : `${judged.message} (As of ${day}, ${CHECKED}.)`;
  return { ...judged, message };
}
