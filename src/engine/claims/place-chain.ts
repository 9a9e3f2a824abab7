// Places within places: the Oval Office lies in the White House, which lies in Washington. What the
// meeting and summit detectors compare a place said with the record's place by.
import type { FactIndex } from '../../facts/load';
import type { Place } from '../../facts/schema';
import { memoByFacts } from '../memo';

/** A place and every place around it (the Oval Office, the White House, Washington, ...). */
export const placeChain = memoByFacts((facts: FactIndex, id: string): string[] => {
  const chain: string[] = [];
  for (let p: Place | undefined = facts.places.get(id); p && !chain.includes(p.id); p = p.within ? facts.places.get(p.within) : undefined)
    chain.push(p.id);
  return chain;
});

/** One place lies within the other (Washington and the White House), or they are the same. */
export const placesAgree = (facts: FactIndex, a: string, b: string): boolean =>
  placeChain(facts, a).includes(b) || placeChain(facts, b).includes(a);
