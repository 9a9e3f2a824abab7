// Round 48 (events). A city of NATO's seat or of its summits put in a country that does not hold it, told with no
// meeting identified: "A meeting was later held in Brussels, Germany" (held-out 46 vh002, May 2022: the ambassadors' meeting
// on the Finnish and Swedish applications, at NATO headquarters in Brussels, Belgium), "the summit in The Hague, Belgium",
// "leaders gathered in Vilnius, Latvia", "NATO's headquarters in Brussels, France", "the 2014 summit in Newport, England".
// Where a city lies does not change with the page's date, so the sentence need not say which meeting it means; event.ts
// flags the same words when who and when identify a meeting (with that meeting's record).
//
// Only the cities of the places of NATO's summits (and its headquarters), known to the base with their country: a city of
// that name elsewhere is no NATO place of the base, and a name shared with a US state or a Canadian province ("Paris,
// Texas", "Newport, Rhode Island", "London, Ontario") is no country of the base. Only the plain "in/at CITY, COUNTRY"
// (place-country.ts: not a list going on, "in Brussels, Germany and France"; not a possessive, "in Brussels, Germany's
// minister"); never a sentence that opens with the place as its setting ("At the talks in Brussels, Germany on Tuesday
// pushed for ..." has Germany as its subject). A country of the United Kingdom ("Newport, England": there are Newports in
// England) counts only in a sentence of NATO or a summit.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { FactIndex } from '../../facts/load';
import type { EventRecord } from '../../facts/schema';
import { mergeOver } from '../detector';
import { memoByFacts } from '../memo';
import { sourcesOf } from '../holders';
import { placeChain } from './place-chain';
import { wrongCountryAfter } from './place-country';
import { closesOpeningSetting } from './place-setting';
import { describeEvent } from './event-confirmed';

// NATO's summits in the base: its summits and leaders' meetings, by name.
const NATO_SUMMIT_NAME_RE = /^NATO\b/;

/** Each city around the place of a NATO summit held (or the headquarters), with the latest summit held there. */
const summitCities = memoByFacts((facts: FactIndex, _: 'all'): Map<string, EventRecord> => {
  const out = new Map<string, EventRecord>();
  for (const e of facts.base.events) {
    if (e.kind !== 'summit' || !e.place || !NATO_SUMMIT_NAME_RE.test(e.name)) continue;
    for (const id of placeChain(facts, e.place)) {
      const prior = out.get(id);
      if (!prior || prior.start < e.start) out.set(id, e);
    }
  }
  return out;
});

// A sentence that opens with a setting and no comma before the city: "At the talks in Brussels, Germany on Tuesday ...",
// "When allies met in Vilnius, Germany, too, pledged ...", "A day after the summit in Vilnius, Germany on Thursday
// confirmed ...", "Hours after the summit in Brussels, Poland, which borders Ukraine, ..." (precision-round48). The country
// after the comma may be the main clause's subject: the setting opens with a preposition or a conjunction, after a span
// of time at most ("A day", "Two days", "Hours").
const OPENING_SETTING_RE =
  /^[\s"'\u201c\u2018(]*(?:(?:A|An|One|Two|Three|Four|Five|Six|Several|A\s+few|Hours|Days|Weeks|Months|Minutes|Moments|Shortly|Soon|Just|Only|Even|Right|Immediately|Not\s+long|Long)(?:\s+(?:day|days|week|weeks|hour|hours|month|months|minute|minutes|moment|moments|year|years))?\s+(?:after|before|since|following|ahead|into)|In|At|During|From|On|Outside|Inside|After|Before|Ahead|While|When|Whenever|As|Since|Until|Till|Once|Where|Although|Though|Because|If|Unlike|Like|Amid|Throughout|Following|Prior|Back|Speaking|Meeting|Gathered|Gathering|Addressing|Talking|Writing|Visiting|Arriving|Standing|There|Then|Earlier|Later)\b[^,;:]*$/;
// What the sentence must speak of for a city's place to be a claim of where something NATO's was: a meeting, a seat.
const EVENT_OR_SEAT_RE =
  /\b(?:summit|[Ss]ummit|meeting|meetings|met|talks|held|hosted|hosts?|headquarter(?:s|ed)|HQ|based|located|gather\w*|conference|ministers|ministerial|ceremony|signed|convened|NATO|Nato|[Aa]lliance|[Aa]llies)\b/;
const NATO_OR_SUMMIT_RE = /\b(?:NATO|Nato|[Ss]ummits?|[Aa]lliance)\b/;
// Lands of namesakes: North America holds towns named after Europe's cities ("London, Canada" is London, Ontario;
// "Newport, USA" may be Newport, Rhode Island), a US state is named Georgia ("Washington, Georgia"), and England has its
// own Washington: a European city put in these, or a US city put anywhere, may be another town of the name.
const NAMESAKE_LANDS_RE = /^(?:the\s+)?(?:United States|USA|U\.?S\.?A?\.?|America|Canada|Georgia)$/;
// Cheap first look: a comma and a capital right after it, somewhere in the text.
const COMMA_CAPITAL_RE = /, (?:the )?[A-Z]/;

function citiesInWrongCountry(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const cities = summitCities(doc.facts, 'all');
  let gated = false;
  for (const m of doc.matches) {
    const value = m.values.find((v) => v.type === 'place');
    if (value?.type !== 'place') continue;
    const e = cities.get(value.id);
    if (!e) continue;
    if (!gated) {
      if (!COMMA_CAPITAL_RE.test(doc.text)) return out;
      gated = true;
    }
    const misplaced = wrongCountryAfter(doc, { start: m.start, end: m.end, id: value.id }, true);
    if (!misplaced || NAMESAKE_LANDS_RE.test(misplaced.said) || NAMESAKE_LANDS_RE.test(misplaced.truth)) continue;
    const sentence = doc.sentences.find((s) => s.start <= m.start && m.start < s.end);
    if (!sentence) continue;
    const words = doc.text.slice(sentence.start, sentence.end);
    if (OPENING_SETTING_RE.test(doc.text.slice(sentence.start, m.start))) continue;
    // Round 48 (precision): an opening time clause or setting anywhere before the city, as in event.ts ("A day after the
    // summit in Vilnius, Germany on Thursday confirmed", "When allies met in Vilnius, Germany, too, pledged", place-setting.ts).
    if (closesOpeningSetting(doc, m.start)) continue;
    if (!(misplaced.constituent ? NATO_OR_SUMMIT_RE : EVENT_OR_SEAT_RE).test(words)) continue;
    const { when, place } = describeEvent(doc, e);
    out.push({
      start: misplaced.start,
      end: misplaced.end,
      quote: doc.text.slice(misplaced.start, misplaced.end),
      verdict: 'contradicted',
      kind: 'event',
      factIds: [e.id],
      message: `${misplaced.city} is in ${misplaced.truth}, not in ${misplaced.said} (${e.name}: ${when}${place ? `, ${place}` : ''}).`,
      fact: describeEvent(doc, e).fact,
      sources: sourcesOf(e),
    });
  }
  return out;
}

/** The event detector, with a NATO seat or summit city put in the wrong country flagged where nothing else was said. */
export function withCitiesInWrongCountry(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      for (const a of citiesInWrongCountry(doc)) mergeOver(out, a);
      return out;
    },
  };
}
