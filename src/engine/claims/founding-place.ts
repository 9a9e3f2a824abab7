// Round 42 (founding). Where NATO was founded: the North Atlantic Treaty was signed in Washington on 4 April 1949
// (figures.json founding.place). "The North Atlantic Treaty was signed in Brussels on April 4, 1949" was confirmed (the
// date's readers, figure-forms.ts foundingTold, read the day and passed over the city). Two shapes:
//   - the treaty signed in a place: "the North Atlantic Treaty (, which was) signed in London in 1949", "NATO's founding
//     treaty was signed in Paris", "the Washington Treaty, signed in Brussels on 4 April 1949" (a Washington Treaty only with
//     NATO or 1949 in the sentence: the naval treaty of 1922 was signed there too);
//   - NATO founded in a place in 1949: "NATO was founded in Paris in 1949", "NATO was established on April 4, 1949, in
//     Brussels" (only with 1949 in the clause: "NATO was established in Brussels" may be its seat, moved there in 1967).
// Contradicted where the place is a city or country the base knows other than Washington or the United States (red flags
// only: the date's readers confirm the rest). Not with protocols, accessions or another body in the sentence (each later member's protocol of
// accession was signed in Brussels: "Finland's accession protocol was signed in Brussels"), another year than 1949, a
// negation or a supposition.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { placeChain } from './place-chain';
import { formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import { compiledOnFirstRun } from '../triggers';

const DATE_1949 = String.raw`(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+,?\s+|[A-Z][a-z]+\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)?1949)`;
// What stands right before the place: the treaty signed, or NATO founded (with the date before the place or after it).
const BEFORE_PLACE_RE = new RegExp(
  String.raw`(?:\b(?:(?:[Tt]he\s+)?(?:North\s+Atlantic|Washington)\s+Treaty(?!\s+Organi)|(?:NATO|Nato|[Tt]he\s+[Aa]lliance)['\u2019]s\s+founding\s+treaty|[Tt]he\s+founding\s+treaty\s+of\s+(?:NATO|Nato|the\s+[Aa]lliance))(?:\s*\([^()]{1,40}\))?(?:,?\s+(?:which|that)\s+was|,?\s+was|,)?\s+(?:(?:formally|originally|officially|first)\s+)?signed|(\b(?:NATO|Nato|[Tt]he\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?:\s*\([^()]{1,40}\))?(?:,?\s+which|,?\s+that)?\s+(?:was\s+)?(?:(?:formally|originally|officially|first)\s+)?(?:founded|established|created|formed|born)))(?:\s+(?:in|on)\s+${DATE_1949},?)?\s+in\s+(?:the\s+city\s+of\s+)?$`,
);
const GATE_RE = compiledOnFirstRun(/\b(?:signed|founded|established|created|formed|born)\s+(?:(?:in|on)\s+[^.;]{0,25}?\s)?in\s/);
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic)\b/;
const OTHER_RE =
  /\b(?:protocols?|accession|acced\w*|ratif\w*|EU|European\s+(?:Union|Community)|Brussels\s+Treaty|Treaty\s+of\s+Brussels|Western\s+Union|Dunkirk|Warsaw|Council\s+of\s+Europe|United\s+Nations|naval|Naval|headquarters|HQ|not|never|n['\u2019]t)\b/;
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;
// Read back from each place: the clause before it, at most this far.
const LOOK_BACK = 160;

function foundingPlaces(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!GATE_RE.test(text) || (!NATO_RE.test(text) && !/\bWashington\s+Treaty\b/.test(text))) return [];
  const founding = doc.facts.base.figures.founding;
  if (!founding.place || !isConfident(founding)) return [];
  const right = doc.facts.places.get(founding.place);
  if (!right) return [];
  const out: Annotation[] = [];
  for (const p of matchesIn(doc, { start: 0, end: text.length }, 'place')) {
    if (!/\bin\s+(?:the\s+city\s+of\s+)?$/.test(text.slice(Math.max(0, p.start - 20), p.start))) continue;
    const sentence = doc.sentences.find((s) => s.start <= p.start && p.start < s.end);
    if (!sentence) continue;
    const from = Math.max(sentence.start, p.start - LOOK_BACK);
    const m = BEFORE_PLACE_RE.exec(text.slice(from, p.start));
    if (!m) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (OTHER_RE.test(words) || HYPOTHETICAL_RE.test(words)) continue;
    const years = [...words.matchAll(YEAR_RE)].map((y) => y[0]);
    if (years.some((y) => y !== '1949')) continue;
    // NATO founded in a place: only the founding of 1949 ("established in Brussels" may be its seat). A "Washington Treaty"
    // is NATO's only with NATO or 1949 said.
    if (m[1] && !years.length) continue;
    if (!m[1] && !/North\s+Atlantic|founding/.test(m[0]) && !NATO_RE.test(words) && !years.length) continue;
    // A place after "in" that is part of a longer name ("in Washington State") is not read: the place must end the phrase.
    if (/^\s*(?:State|state|University|Post)\b/.test(text.slice(p.end, p.end + 12))) continue;
    const start = from + m.index;
    const span = { start, end: p.end };
    const place = doc.facts.places.get(p.value.id);
    if (!place) continue;
    const fact = `The North Atlantic Treaty, which founded NATO, was signed in ${right.name} on ${formatDay(founding.signed)}.`;
    const isRight = placeChain(doc.facts, p.value.id).includes(right.id);
    // "signed in the United States": the country that holds the city, loose but true.
    const holdsIt = placeChain(doc.facts, right.id).includes(p.value.id);
    // Washington, or the country that holds it ("signed in the United States"): the date's readers confirm it.
    if (isRight || holdsIt) continue;
    const message = `Not so: the North Atlantic Treaty, which founded NATO, was signed in ${right.name}, not in ${place.name.replace(/\.$/, '')}, on ${formatDay(founding.signed)}.`;
    out.push(historyAnnotation(doc, span, 'figure', 'contradicted', message, fact, ['nato-founding'], sourcesOf(founding)));
  }
  return out;
}

export const foundingPlaceDetector: ClaimDetector = {
  kind: 'figure',
  // A place the lexicon matches, and NATO or its treaty: no words of its own.
  triggers: [],
  find: foundingPlaces,
};
