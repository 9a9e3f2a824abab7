// One memo for everything the engine derives from the fact base alone (a place's chain of
// enclosing places, the events by participant, the fuzzy matcher for an office's holders...):
// computed on first use, kept per fact base in a WeakMap, so a fact base that is replaced (an
// update) takes its derived data with it, and per key within it.
import type { FactIndex } from '../facts/load';

/**
 * `compute(facts, key)`, memoised per fact base and per key. `limit` bounds the keys kept per
 * fact base for keys that are not drawn from the fact base itself (a day): past it the memo
 * starts again.
 *
 *   const chainOf = memoByFacts((facts, placeId: string) => ...);
 *   chainOf(doc.facts, 'white-house');
 */
export function memoByFacts<K, V>(compute: (facts: FactIndex, key: K) => V, limit = Infinity): (facts: FactIndex, key: K) => V {
  // Asked of the WeakMap every time: a lookup there costs a third of a WeakRef's deref, which kept
  // the fact base asked last (the engine asks these memos tens of times a paragraph).
  const perFacts = new WeakMap<FactIndex, Map<K, V>>();
  return (facts, key) => {
    let memo = perFacts.get(facts);
    if (!memo) perFacts.set(facts, (memo = new Map()));
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(facts, key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
