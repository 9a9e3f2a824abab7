// The knowledge horizon: the last day through which the fact base is known to be complete.
// After it, a holder may have changed, an event may have been held or cancelled, a sanction
// lifted, without the data knowing; the engine may then confirm but never call a claim outdated
// or contradicted because of who held an office, what was scheduled, or which target was current.
// The data: `checkedThrough` in src/facts/data/meta.json (the whole base), optionally overridden by
// `lists.events` / `lists.sanctions` there and by `checkedThrough` on an office. docs/fact-base.md.
import type { FactIndex } from './load';
import type { FactBase } from './schema';

type HorizonList = 'events' | 'sanctions';

export interface HorizonQuery {
  /** An office id: its own `checkedThrough` when it has one. */
  office?: string;
  /** A list whose horizon may differ from the base's: the events' statuses, or the sanctions. */
  list?: HorizonList;
}

const baseOf = (facts: FactIndex | FactBase): FactBase => ('base' in facts ? facts.base : facts);

/**
 * The last day (YYYY-MM-DD) through which the facts asked about were checked: the office's own
 * `checkedThrough`, else the list's, else the fact base's. An unknown office id gets the base's.
 *
 *   horizonFor(facts)                               // "2026-11-22"
 *   horizonFor(facts, { office: 'nld-prime-minister' })
 *   horizonFor(facts, { list: 'events' })
 */
export function horizonFor(facts: FactIndex | FactBase, query: HorizonQuery = {}): string {
  const base = baseOf(facts);
  if (query.office !== undefined) {
    const office =
      'offices' in facts && facts.offices instanceof Map
        ? facts.offices.get(query.office)
        : base.offices.find((o) => o.id === query.office);
    if (office?.checkedThrough) return office.checkedThrough;
  }
  if (query.list !== undefined) {
    const list = base.listsCheckedThrough?.[query.list];
    if (list) return list;
  }
  return base.checkedThrough;
}

/** Whether a day (YYYY-MM-DD, or a partial date read as its first day) lies after the horizon that applies. */
export function isAfterHorizon(facts: FactIndex | FactBase, day: string, query: HorizonQuery = {}): boolean {
  return day.slice(0, 10) > horizonFor(facts, query);
}
