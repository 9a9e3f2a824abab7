// Places within places: the Oval Office lies in the White House, which lies in Washington. What the
// meeting and summit detectors compare a place said with the record's place by.
import type { FactIndex } from '../../facts/load';
import type { Place } from '../../facts/schema';
import { memoByFacts } from '../memo';
import { matchesIn, type Doc } from '../doc';
import { holdersOn } from '../holders';
import type { Span } from '../sentences';
import { spansOverlap } from '../sentences';

/** A place and every place around it (the Oval Office, the White House, Washington, ...). */
export const placeChain = memoByFacts((facts: FactIndex, id: string): string[] => {
  const chain: string[] = [];
  for (let p: Place | undefined = facts.places.get(id); p && !chain.includes(p.id); p = p.within ? facts.places.get(p.within) : undefined)
    chain.push(p.id);
  return chain;
});

// Round 47: a leader's seat names its host. The White House (and the rooms in it) is the US president's: a meeting there
// told by its guest alone has the president as its second person (meeting-weekday.ts), and the president named with the
// White House or Washington says nothing of which meeting is meant (event.ts).
export const HOST_SEATS: ReadonlyMap<string, string> = new Map([['white-house', 'us-president']]);

/**
 * Whether `person` hosts at `place` on `day`: the place is a seat of HOST_SEATS, lies within one or holds one (the seat's
 * city), and the person holds the seat's office that day.
 */
export function hostAtSeat(doc: Doc, person: string, place: string, day: string): boolean {
  for (const [seat, officeId] of HOST_SEATS) {
    if (!placesAgree(doc.facts, seat, place)) continue;
    const office = doc.facts.offices.get(officeId);
    if (office && holdersOn(office, day).some((t) => t.holder.person === person)) return true;
  }
  return false;
}

/** One place lies within the other (Washington and the White House), or they are the same. */
export const placesAgree = (facts: FactIndex, a: string, b: string): boolean =>
  placeChain(facts, a).includes(b) || placeChain(facts, b).includes(a);

/**
 * A place told as a meeting's that outranks the places that agree with the record: it has nothing around it in common
 * with the record's place (another country) and is finer than each place that agrees (more places around it: a city
 * against its country). "Spain hosts the NATO Summit in Warsaw": Warsaw (in Poland) outranks Spain, so the words are
 * not the Madrid summit's. A country or region beside a finer place that agrees never does: "talks in the Gomel region of
 * Belarus ... further talks on 10 March in Turkey", "the Bucharest Summit ... Georgia and Ukraine".
 */
export function placeOutranks(facts: FactIndex, said: string, record: string, agreeing: readonly string[]): boolean {
  const chain = placeChain(facts, record);
  const own = placeChain(facts, said);
  if (own.some((id) => chain.includes(id))) return false;
  return agreeing.every((id) => placeChain(facts, id).length < own.length);
}

// Built once (speed, round 41): a literal in placeByName was a new expression, parsed again, at each call.
const PLACE_BY_NAME_RE = /^the\s+/i;
/** Each place by its name and aliases, "the" aside and case folded. */
const placeByName = memoByFacts((facts: FactIndex, _: 'all'): Map<string, string> => {
  const byName = new Map<string, string>();
  for (const p of facts.base.places)
    for (const name of [p.name, ...p.aliases]) byName.set(name.replace(PLACE_BY_NAME_RE, '').toLowerCase(), p.id);
  return byName;
});

/**
 * The places named in a span. A country may be matched as a jurisdiction's qualifier instead ("the
 * Netherlands", "Türkiye" as whose president): such a match counts as the place of that name, where
 * the fact base holds one ("will be held in the Netherlands").
 */
export function placesIn(doc: Doc, span: Span): Array<{ start: number; end: number; value: { id: string } }> {
  const out: Array<{ start: number; end: number; value: { id: string } }> = [];
  for (const m of matchesIn(doc, span, 'place')) out.push(m);
  for (const q of matchesIn(doc, span, 'qualifier')) {
    if (out.some((p) => spansOverlap(p, q))) continue;
    const id = placeByName(doc.facts, 'all').get(doc.text.slice(q.start, q.end).replace(PLACE_BY_NAME_RE, '').toLowerCase());
    if (id) out.push({ start: q.start, end: q.end, value: { id } });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The country a place lies in (the last place of its chain that lies in none), when its chain reaches one. */
const countryOf = (facts: FactIndex, id: string): string | undefined => {
  const chain = placeChain(facts, id);
  return chain.length > 1 ? chain[chain.length - 1] : undefined;
};

/**
 * Round 37. A place said that lies in another country than the record's place, beyond doubt: both chains reach a country and
 * the countries differ, or the place said is a country's capital (an alias "the Latvian capital") and its chain misses the
 * record's country. A city with no country on record ("Rotterdam" if it had none) is never read as foreign.
 */
export function inAnotherCountry(facts: FactIndex, said: string, record: string): boolean {
  if (placesAgree(facts, said, record)) return false;
  const own = countryOf(facts, record) ?? (facts.places.get(record)?.within ? undefined : record);
  if (!own) return false;
  const told = countryOf(facts, said);
  if (told) return told !== own;
  const p = facts.places.get(said);
  return !!p && p.id !== own && p.aliases.some((a) => /\bcapital$/i.test(a)) && !placeChain(facts, said).includes(own);
}
