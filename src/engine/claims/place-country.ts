// A country beside an event's place: what it says of where the event was. "The Hague, Switzerland"
// puts the NATO summit in the wrong country (a machine-written page of 25 June 2025); "amid stalled
// Ukraine peace talks" names what the talks are about, not where the summit of the sentence is held.
import type { FactIndex } from '../../facts/load';
import type { Doc } from '../doc';
import { memoByFacts } from '../memo';
import { placeChain, placesIn } from './place-chain';
import { matchesIn } from '../doc';
import { compiledOnFirstRun } from '../triggers';

/** The places the fact base knows as countries: not within another place, and holding some. */
const countries = memoByFacts((facts: FactIndex, _: 'all'): Set<string> => {
  const out = new Set<string>();
  for (const p of facts.base.places) if (p.within && !facts.places.get(p.within)?.within) out.add(p.within);
  return out;
});

const isCountry = (facts: FactIndex, id: string): boolean => countries(facts, 'all').has(id);

/**
 * Round 36: a country within a country (Wales, England, Scotland, Northern Ireland in the United Kingdom): a place right
 * within a country that itself holds a city. "the 2014 summit in Newport, England" (May 2025, held-out 34 pp001) puts the
 * Wales summit in the wrong one.
 */
const constituents = memoByFacts((facts: FactIndex, _: 'all'): Set<string> => {
  const out = new Set<string>();
  const holders = new Set(facts.base.places.map((p) => p.within));
  for (const p of facts.base.places)
    if (p.within && isCountry(facts, p.within) && holders.has(p.id) && CONSTITUENT_NAME_RE.test(p.name)) out.add(p.id);
  return out;
});
// Only the countries of the United Kingdom: a city within a region of another country ("Bavaria") is not said this way.
const CONSTITUENT_NAME_RE = /^(?:England|Scotland|Wales|Northern Ireland)$/;
const isConstituent = (facts: FactIndex, id: string): boolean => constituents(facts, 'all').has(id);

/** "the Netherlands" where the fact base writes the country with its article. */
function countryName(facts: FactIndex, id: string): string {
  const p = facts.places.get(id);
  return p?.aliases.find((a) => /^the\s/.test(a)) ?? p?.name ?? id;
}

// "Ukraine peace talks", "the Gaza ceasefire talks": a country before the talks' subject is their topic.
const TOPIC_AFTER_RE = compiledOnFirstRun(/^\s+(?:peace|ceasefire|truce|security)\s+(?:talks|negotiations|process|deal|summit|meeting)\b/i);

/** A country named as what talks are about ("amid stalled Ukraine peace talks"), not as where they are held. */
export function namesTheTalksTopic(doc: Doc, m: { end: number; value: { id: string } }): boolean {
  return isCountry(doc.facts, m.value.id) && TOPIC_AFTER_RE.test(doc.text.slice(m.end, m.end + 40));
}

// "the high-level US-Ukraine meeting", "Russia–Ukraine talks": two sides joined by a hyphen or dash name who meets.
const PAIR_BEFORE_RE = /[A-Z][\w.]*\s?[-\u2013\u2014]\s?$/;
const PAIR_AFTER_RE = /^\s?[-\u2013\u2014]\s?[A-Z]/;

/** A country written as one side of a pair ("US-Ukraine meeting"): the parties to a meeting, not where it was held. */
export function namesTheParties(doc: Doc, m: { start: number; end: number; value: { id: string } }): boolean {
  return (
    isCountry(doc.facts, m.value.id) &&
    (PAIR_BEFORE_RE.test(doc.text.slice(Math.max(0, m.start - 8), m.start)) || PAIR_AFTER_RE.test(doc.text.slice(m.end, m.end + 4)))
  );
}

// Built once (speed, round 41): a literal in countryAsLabel was a new expression, parsed again, at each call.
const COUNTRY_AS_LABEL_RE = compiledOnFirstRun(/^\s+(?:summit|talks|meeting|meetings|visit)\b/i);
/**
 * "this Ukraine meeting": a country written before the meeting's word, with no "in" or "at". It says
 * where only as a label does; a meeting held in one of its cities long before the page is not the one
 * the label names unless the page gives its time.
 */
export function countryAsLabel(doc: Doc, m: { start: number; end: number; value: { id: string } }): boolean {
  return (
    isCountry(doc.facts, m.value.id) &&
    COUNTRY_AS_LABEL_RE.test(doc.text.slice(m.end, m.end + 12)) &&
    !/\b(?:in|at|to|near|outside|inside|visited|visiting|hosted|hosting)\s+(?:[Tt]he\s+)?$/.test(
      doc.text.slice(Math.max(0, m.start - 14), m.start),
    )
  );
}

// The city's place named right after a locative: "summit in The Hague, Switzerland", not a list ("in Kyiv, Poland and Germany").
const LOCATIVE_BEFORE_RE = /\b(?:in|at)\s+(?:the\s+)?$/i;
const COMMA_THEN_RE = /^,\s+(?:the\s+)?$/i;
const LIST_GOES_ON_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?(?:the\s+)?[A-Z]|(?:and|or|&)\s)/;
// What may follow a country that closes a place ("in The Hague, Switzerland, on 24 June", "... Switzerland."): a stop,
// or a word that starts another part of the clause. Not a noun it qualifies: "During a NATO meeting in Brussels, U.S.
// Secretary of Defense Pete Hegseth asserted" (June 2025) names who spoke, not where Brussels is. A country written
// with stops ("U.S.") may end a sentence or start a noun phrase, so it needs more than a stop after it.
const ABBREVIATION_THEN_WORD_RE = /^\.?\s+[A-Z]/;
// "In Brussels, Germany's foreign minister said", typographic apostrophe or not: a possessive starts a noun phrase (the closing-quote mark of
// COUNTRY_ENDS_PLACE_RE is the same character as the apostrophe).
const POSSESSIVE_AFTER_RE = /^['\u2019]s\b/;
// Round 48: the country read as a clause's subject or topic after it: "in Brussels, Germany, too, ...", "Germany in particular",
// "Spain, which won an exemption" (a relative clause may be the country's as well as the city's).
const COUNTRY_AS_SUBJECT_AFTER_RE =
  /^(?:,\s*(?:too|also|which|who|meanwhile|however|for\s+its\s+part|in\s+turn|in\s+particular|still|now|again)\b|\s+(?:too|also|in\s+particular|in\s+turn|for\s+its\s+part|meanwhile|itself|alone)\b)/i;
const THE_BEFORE_RE = /^[Tt]he $/;
const PLACE_ARTICLE_RE = /^the\s+/i;
// A country's names that are not its jurisdiction's name but name the country, not its people ("Turkey", "Holland").
const COUNTRY_NOUNS: ReadonlySet<string> = new Set([
  'Turkey',
  'Turkiye',
  'Holland',
  'Netherlands',
  'Czech Republic',
  'Russian Federation',
  'Macedonia',
  'UK',
  'United Kingdom',
  'Britain',
  'Great Britain',
  'United States',
  'USA',
]);
const COUNTRY_ENDS_PLACE_RE =
  /^(?:\s*(?:[,.;:!?)\]"\u201d\u2019]|$)|\s+(?:on|in|at|last|this|next|from|to|and|or|where|when|for|during|with|between|by|earlier|later|today|yesterday|since|until|after|before|over|amid|as|that|which)\b)/;

/**
 * "in The Hague, Switzerland": a place of the event followed by a country that does not hold it.
 * The span is the city and the country; `truth` is the country that holds the city.
 */
export function cityInWrongCountry(
  doc: Doc,
  places: ReadonlyArray<{ start: number; end: number; id: string }>,
  eventPlace: string,
): CityInWrongCountry | null {
  for (const p of places) {
    // The place said is the event's own or one within it (the World Forum's city, The Hague).
    if (!placeChain(doc.facts, eventPlace).includes(p.id)) continue;
    const misplaced = wrongCountryAfter(doc, p);
    if (misplaced) return misplaced;
  }
  return null;
}

export interface CityInWrongCountry {
  start: number;
  end: number;
  city: string;
  said: string;
  truth: string;
  /** The country (or country of the United Kingdom) said is one of the United Kingdom's ("Newport, England"). */
  constituent: boolean;
}

/**
 * A city said after "in" or "at" and followed by ", COUNTRY" where the country does not hold it ("in The Hague,
 * Switzerland"), and the country ends the place: not a list going on ("in Kyiv, Poland and Germany"), not a noun it
 * qualifies. Round 48: shared by the event's own place (above) and a NATO seat or summit city told alone
 * (place-city-country.ts).
 */
export function wrongCountryAfter(
  doc: Doc,
  p: { start: number; end: number; id: string },
  countryNames = false,
): CityInWrongCountry | null {
  const facts = doc.facts;
  if (isCountry(facts, p.id)) return null;
  if (!LOCATIVE_BEFORE_RE.test(doc.text.slice(Math.max(0, p.start - 12), p.start))) return null;
  const said = countrySaidAfter(doc, p, countryNames);
  if (!said) return null;
  if (LIST_GOES_ON_RE.test(doc.text.slice(said.end, said.end + 12))) return null;
  const after = doc.text.slice(said.end, said.end + 16);
  if (!COUNTRY_ENDS_PLACE_RE.test(after) || POSSESSIVE_AFTER_RE.test(after)) return null;
  if (COUNTRY_AS_SUBJECT_AFTER_RE.test(doc.text.slice(said.end, said.end + 24))) return null;
  if (doc.text.slice(said.start, said.end).includes('.') && ABBREVIATION_THEN_WORD_RE.test(after)) return null;
  return {
    // "The Hague" is matched as "Hague": the span takes its article.
    start: THE_BEFORE_RE.test(doc.text.slice(p.start - 4, p.start)) ? p.start - 4 : p.start,
    end: said.end,
    city: facts.places.get(p.id)?.name ?? p.id,
    said: said.name,
    truth: countryName(facts, said.truth),
    constituent: said.constituent,
  };
}

/**
 * The country said right after the city and a comma, when it is not the city's: a place the base knows as a country or a
 * country of the United Kingdom, or (with `countryNames`) a country of the jurisdictions by its name ("Vilnius, Latvia":
 * Latvia holds no place of the base). Not an adjective ("in Brussels, German officials said").
 */
function countrySaidAfter(
  doc: Doc,
  p: { start: number; end: number; id: string },
  countryNames: boolean,
): { start: number; end: number; name: string; truth: string; constituent: boolean } | null {
  const facts = doc.facts;
  const span = { start: p.end, end: Math.min(doc.text.length, p.end + 40) };
  const next = placesIn(doc, span)[0];
  if (next && COMMA_THEN_RE.test(doc.text.slice(p.end, next.start))) {
    const constituent = isConstituent(facts, next.value.id);
    if (constituent || isCountry(facts, next.value.id)) {
      // A country of the United Kingdom is weighed against the city's own ("Newport, England": Wales); a city the base
      // holds only within the kingdom itself ("Glasgow" if so) says nothing.
      const truth = placeChain(facts, p.id).find((id) => (constituent ? isConstituent(facts, id) : isCountry(facts, id)));
      if (!truth || truth === next.value.id) return null;
      return { start: next.start, end: next.end, name: countryName(facts, next.value.id), truth, constituent };
    }
  }
  if (!countryNames) return null;
  const q = matchesIn(doc, span, 'qualifier')[0];
  if (!q || (next && next.start < q.start) || !COMMA_THEN_RE.test(doc.text.slice(p.end, q.start))) return null;
  const j = facts.jurisdictions.get(q.value.jurisdiction);
  const name = doc.text.slice(q.start, q.end).replace(PLACE_ARTICLE_RE, '');
  if (j?.kind !== 'country' || (name !== j.name && !COUNTRY_NOUNS.has(name))) return null;
  const truth = placeChain(facts, p.id).find((id) => isCountry(facts, id));
  const own = truth ? facts.places.get(truth) : undefined;
  if (!truth || !own) return null;
  const names = new Set([j.name, ...j.qualifiers]);
  if (names.has(own.name) || own.aliases.some((a) => names.has(a.replace(PLACE_ARTICLE_RE, '')))) return null;
  return { start: q.start, end: q.end, name, truth, constituent: false };
}
