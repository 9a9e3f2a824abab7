// A city told as a country's capital that is not: "the Turkish capital The Hague", "Poland's capital Vilnius", "the
// capital of Turkey, Washington" (the round-22 mutation probe: each was confirmed as the summit the capital holds, by
// its days and the capital's words, while the city named is another). The capital is read from the fact base's own
// words for it: a place with an alias "the Turkish capital" is that country's capital (Ankara, within Türkiye), so
// "Turkey's capital" and "the capital of Turkey" name it too. Nothing is said of a capital that was ("the former Turkish
// capital Istanbul") or of another kind ("Turkey's economic capital" is no alias), nor of a city that starts another
// clause ("In the Russian capital, Washington said").
import type { FactIndex } from '../../facts/load';
import type { Doc } from '../doc';
import { memoByFacts } from '../memo';
import type { Span } from '../sentences';
import { placeChain, placesAgree, placesIn } from './place-chain';
import { compiledOnFirstRun } from '../triggers';

/** Each country's capital, from the aliases that name it so ("the Polish capital" of Warsaw, within Poland). */
const capitalOf = memoByFacts((facts: FactIndex, _: 'all'): Map<string, string> => {
  const out = new Map<string, string>();
  for (const p of facts.base.places)
    if (p.within && p.aliases.some((a) => /\bcapital$/i.test(a) || /^(?:the\s+)?capital\s+of\s/i.test(a))) out.set(p.within, p.id);
  return out;
});

/** The places that hold others and lie in none: the countries. */
const countries = memoByFacts((facts: FactIndex, _: 'all'): Set<string> => {
  const out = new Set<string>();
  for (const p of facts.base.places) if (p.within && !facts.places.get(p.within)?.within) out.add(p.within);
  return out;
});

/** A place the fact base holds as a country. */
export const isCountryPlace = (facts: FactIndex, id: string): boolean => countries(facts, 'all').has(id);

// A capital that was, or of another kind: "the former Turkish capital", "the old Russian capital", "the de facto capital".
const NOT_NOW_BEFORE_RE = compiledOnFirstRun(
  /\b(?:former|ex|old|onetime|one-time|then|erstwhile|previous|ancient|historic|historical|imperial|ottoman|soviet|tsarist|wartime|provisional|facto|new|future|second|economic|financial|cultural|commercial|business|summer|winter|unofficial|largest|biggest|not|nor)\s*-?\s*$/i,
);
// Between the capital's words and the city: "capital The Hague", "capital city, Vilnius".
const TO_CITY_RE = compiledOnFirstRun(/^(\s+city)?(\s*,)?\s+(?:the\s+)?$/i);
// "Turkey's capital", "Poland’s capital city".
const COUNTRY_CAPITAL_AFTER_RE = /^['\u2019]s\s+capital\b/i;
// "the capital of Turkey, Washington".
const CAPITAL_OF_BEFORE_RE = /\bcapital\s+of\s+(?:the\s+)?$/i;
// What closes the city told as the capital without a comma: a stop, a bracket, a word of time or place, a day.
const CLOSES_RE =
  /^(?:\s*(?:[,.;:!?)\]"\u201d(]|$)|\s+(?:on|in|at|this|next|last|from|for|during|between|by|earlier|later|today|yesterday|tomorrow|since|until|after|before|amid|over|where|when|early|late)\b|\s+\d)/;
// With a comma before the city, only what closes an apposition: a stop, or a comma and a word of time or place.
const CLOSES_APPOSITION_RE =
  /^(?:\s*(?:[.;:!?)\]]|$)|\s*,\s+(?:on|in|at|this|next|last|from|for|during|between|by|since|until|after|before)\b|\s*,\s+\d)/;
// A list or a possessive after the city: "the Turkish capital, Washington, Kyiv", "capital Washington's envoy".
const GOES_ON_RE = /^(?:['\u2019]s\b|\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z]|\s+(?:and|or|&)\s)/;

export interface WrongCapital extends Span {
  /** The capital the words name (Ankara), and the city told as it (The Hague). */
  capital: string;
  city: string;
  /** The capital's words as written ("the Turkish capital", "Poland’s capital"). */
  words: string;
}

// Built once (speed, round 41): a literal in wrongCapitals was a new expression, parsed again, at each call.
const WRONG_CAPITALS_RE = /capital/i;
const WRONG_CAPITALS_RE2 = /capital$/i;
const WRONG_CAPITALS_RE3 = /\s*(?:the\s*)?$/i;
/**
 * The cities told as a country's capital that are not it, in a span: the capital's words and the city right after
 * them, the city neither the capital nor a place within it or around it.
 */
export function wrongCapitals(doc: Doc, span: Span): WrongCapital[] {
  const text = doc.text;
  if (!WRONG_CAPITALS_RE.test(text.slice(span.start, span.end))) return [];
  const facts = doc.facts;
  const places = placesIn(doc, span);
  const out: WrongCapital[] = [];
  for (let i = 0; i < places.length - 1; i++) {
    const p = places[i];
    const said = text.slice(p.start, p.end);
    let capital: string | undefined;
    let wordsStart = p.start;
    let wordsEnd = p.end;
    if (WRONG_CAPITALS_RE2.test(said) || /^(?:the\s+)?capital\s+of\s/i.test(said)) {
      capital = p.value.id;
    } else if (countries(facts, 'all').has(p.value.id)) {
      const own = capitalOf(facts, 'all').get(p.value.id);
      const after = COUNTRY_CAPITAL_AFTER_RE.exec(text.slice(p.end, p.end + 12));
      const ofBefore = CAPITAL_OF_BEFORE_RE.exec(text.slice(Math.max(0, p.start - 16), p.start));
      if (!own || (!after && !ofBefore)) continue;
      capital = own;
      if (after) wordsEnd = p.end + after[0].length;
      else wordsStart = p.start - ofBefore![0].length;
    }
    if (!capital) continue;
    if (NOT_NOW_BEFORE_RE.test(text.slice(Math.max(0, wordsStart - 16), wordsStart).replace(WRONG_CAPITALS_RE3, ''))) continue;
    const city = places[i + 1];
    const gap = TO_CITY_RE.exec(text.slice(wordsEnd, city.start));
    if (!gap) continue;
    if (countries(facts, 'all').has(city.value.id) || placeChain(facts, city.value.id).length === 0) continue;
    if (placesAgree(facts, city.value.id, capital)) continue;
    const after = text.slice(city.end, city.end + 24);
    if (GOES_ON_RE.test(after)) continue;
    if (!(gap[2] ? CLOSES_APPOSITION_RE : CLOSES_RE).test(after)) continue;
    out.push({
      start: wordsStart >= 4 && /^the\s/i.test(text.slice(wordsStart - 4, wordsStart)) ? wordsStart - 4 : wordsStart,
      end: city.end,
      capital,
      city: city.value.id,
      words: text.slice(wordsStart, wordsEnd),
    });
  }
  return out;
}
