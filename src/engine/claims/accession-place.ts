// Round 41. Where a country joined NATO: "Sweden has become the 32nd member of NATO after it joined the organization at a
// formal function in New York" (held-out 39 sl002, 7 March 2024: Kristersson deposited Sweden's instrument of accession
// with Blinken at the State Department in Washington). A country joins on the day its instrument of accession is
// deposited with the United States, the treaty's depositary; where that was done is on record (alliance-history.json,
// accessionSteps 'deposited' with a place): Washington for Montenegro and Sweden, NATO headquarters in Brussels for
// Finland (Haavisto handed it to Blinken there during the foreign ministers' meeting). Brussels and Washington are never
// flagged (SEATS); a city elsewhere is.
//
// The joining told with a place right after it: "joined NATO (officially) in CITY", "joined the alliance at a (formal)
// ceremony / function / event in CITY", "became the 32nd member (of NATO) at a ceremony in CITY", "its accession ceremony in
// CITY", "deposited its instrument of accession in CITY". The joiner is the one member that joined after 1949 named in the
// sentence before the verb (or told by "it"), with a place on record. Confirmed where the city is the record's; contradicted
// where it is another city, except Brussels and Washington (SEATS) and a city in the joiner's own country (its government's
// decision or the president's signature) or of no country the base knows, with nothing to come, no condition and no
// flag-raising, summit or meeting in the sentence.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn, sentenceOf } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import { compiledOnFirstRun, gated } from '../triggers';

const NATO_OBJ = String.raw`(?:NATO|Nato|the\s+(?:(?:North\s+Atlantic|military|Western|western|transatlantic|defen[cs]e|security)\s+){0,2}(?:[Aa]lliance|[Oo]rgani[sz]ation|bloc)|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation(?:\s*\((?:NATO|Nato)\))?)`;
const CEREMONY = String.raw`(?:at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|function|event|gathering)\s+(?:held\s+)?)`;
// What stands right before the city: the joining, then "in".
const BEFORE_CITY_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`\b(?:(?:(?:officially|formally|finally)\s+)?(?:joined|joins)\s+${NATO_OBJ}(?:\s+(?:officially|formally))?\s+${CEREMONY}?|(?:became|becomes|has\s+become)\s+(?:(?:a|an|the|NATO['\u2019]s|its)\s+)?(?:(?:\d{2}(?:st|nd|rd|th)|full|newest|official)\s+)?(?:NATO\s+)?(?:member|ally|Ally)(?:\s+(?:state|country|nation))?(?:\s+of\s+${NATO_OBJ})?\s+${CEREMONY}|accession\s+(?:ceremony|event)\s+(?:held\s+)?|deposited\s+(?:its|the|their)\s+(?:[\w-]+\s+){0,2}?(?:instruments?|documents?)\s+of\s+accession(?:\s+to\s+(?:${NATO_OBJ}|the\s+North\s+Atlantic\s+Treaty))?\s+${CEREMONY}?)in\s+$`,
  ),
);
const HINT_RE = /\b(?:joined|joins|became|becomes|become|accession|deposited)\b/;
const IN_BEFORE_RE = /\bin\s+$/;
// One cheap look at the page: every form read has one of these.
const PAGE_GATE_RE = gated(/\b(?:ceremony|function|gathering|joined|joins|deposited|accession event)\b/);
const NOT_NOW_RE =
  /\b(?:will|would|could|might|may|shall|should|to\s+be\s+held|scheduled|planned|expected|set\s+to|about\s+to|due\s+to|once|when|if|unless|flags?|summit|meeting|talks|ministerial|not|never|n['\u2019]t|before|hoped|hopes)\b|\?/i;
// Never a red flag: Brussels, where each new member's flag is raised at NATO headquarters days later (the press calls it
// a ceremony of joining), and Washington, the seat of the depositary, where the instrument is kept wherever it was handed
// over ("Finland deposited its instrument of accession in Washington" is loose, not wrong).
const SEATS = new Set(['brussels', 'washington']);
const LATER_JOINER = (doc: Doc, id: string) => {
  const j = doc.facts.jurisdictions.get(id);
  return !!j?.nato && !factRange(j.nato.joined).first.startsWith('1949');
};

type Step = NonNullable<NonNullable<Doc['facts']['base']['history']>['accessionSteps']>[number];

/**
 * The cities of joinings told in the page, each checked against where the joiner's instrument was deposited. Read from the
 * places the scan found, each with "in" right before it: no pass over the text.
 */
export function accessionPlaceClaims(doc: Doc): Annotation[] {
  if (!PAGE_GATE_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  for (const p of matchesIn(doc, { start: 0, end: doc.text.length }, 'place')) {
    if (!IN_BEFORE_RE.test(doc.text.slice(Math.max(0, p.start - 4), p.start))) continue;
    const sentence = sentenceOf(doc, p.start);
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) continue;
    const before = doc.text.slice(Math.max(sentence.start, p.start - 200), p.start);
    const m = BEFORE_CITY_RE.exec(before);
    if (!m) continue;
    const verbAt = p.start - before.length + m.index;
    // The joiner: the one later member named before the verb.
    const ids = new Set<string>();
    for (const q of matchesIn(doc, { start: sentence.start, end: verbAt }, 'qualifier')) {
      const id = q.value.jurisdiction;
      if (id && doc.facts.jurisdictions.get(id)?.kind === 'country' && LATER_JOINER(doc, id)) ids.add(id);
    }
    if (ids.size !== 1) continue;
    const id = [...ids][0];
    const step = (doc.facts.base.history?.accessionSteps ?? []).find((s: Step) => s.country === id && s.step === 'deposited' && s.place);
    if (!step || !isConfident(step)) continue;
    const country = doc.facts.jurisdictions.get(id)!;
    const recorded = doc.facts.places.get(step.place!);
    if (!recorded) continue;
    const span = { start: verbAt, end: p.end };
    const fact = `${step.summary}`;
    const sources = sourcesOfAll([step]).slice(0, 3);
    const told = doc.facts.places.get(p.value.id);
    const same = p.value.id === step.place || told?.within === step.place;
    if (same) {
      out.push(historyAnnotation(doc, span, 'membership', 'supported', fact, fact, [step.id, id], sources));
      continue;
    }
    if (!told || SEATS.has(p.value.id) || SEATS.has(told.within ?? '') || NOT_NOW_RE.test(text) || HYPOTHETICAL_RE.test(text)) continue;
    // A city of the joiner's own country (the government's decision, the president's signature) is not a slip of the place;
    // nor one whose country the base does not know.
    if (!told.within || placeInCountry(doc, p.value.id, country.name)) continue;
    const name = (x: { name: string }) => x.name.replace(/\.$/, '');
    const message = `Not so: ${country.name} joined NATO on ${formatDay(step.date)} by depositing its instrument of accession in ${recorded.name}, not in ${name(told)}. ${fact}`;
    out.push(historyAnnotation(doc, span, 'membership', 'contradicted', message, fact, [step.id, id], sources));
  }
  return out;
}

/** The place lies in the country of that name (directly or through a region). */
function placeInCountry(doc: Doc, placeId: string, countryName: string): boolean {
  let p = doc.facts.places.get(placeId);
  for (let k = 0; p && k < 5; k++) {
    if (p.name === countryName) return true;
    p = p.within ? doc.facts.places.get(p.within) : undefined;
  }
  return false;
}
