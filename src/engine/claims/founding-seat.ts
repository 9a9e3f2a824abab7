// Round 42 (founding). Where NATO sits: its headquarters have been in Brussels since 16 October 1967 (in a new building
// since 2017; before, in London from 1949 and Paris from 1952): the milestone nato-headquarters-brussels
// (alliance-history.json, with its sources). Told in the present of NATO itself, as a fact of the page's day:
// "NATO is headquartered in Geneva", "NATO's headquarters are (located) in Paris", "NATO, headquartered in Washington, ...",
// "NATO has its headquarters in London", "NATO is based in The Hague".
// Contradicted where the place is a city or country the base knows outside Belgium (Mons, the seat of SHAPE, is in
// Belgium and loosely right), on a page dated after the move to Brussels. Never: a past tense ("NATO was headquartered in
// Paris until 1967"), a year in the sentence, another of NATO's many headquarters (a command's, a mission's: "NATO's
// military headquarters in Mons", "NATO's headquarters in Kabul" is ISAF's, read only in the strict forms above, where
// NATO itself is the subject), a move told, a negation or a supposition.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { placeChain } from './place-chain';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import { isConfident, sourcesOf } from '../holders';
import { compiledOnFirstRun } from '../triggers';

const NATO = String.raw`(?:NATO|Nato|[Tt]he\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)(?:\s*\((?:NATO|Nato)\))?`;
// What stands right before the place: NATO, then a present of where it sits.
const BEFORE_PLACE_RE = new RegExp(
  String.raw`(?:\b${NATO}(?:\s+is|['\u2019]s|,(?:\s+which\s+is)?)\s+(?:(?:currently|now|still)\s+)?(?:headquartered|based)|\b${NATO}\s+has\s+its\s+(?:main\s+|political\s+)?(?:headquarters|HQ|seat)|\b${NATO}['\u2019]s\s+(?:main\s+|political\s+)?(?:headquarters|HQ|seat)\s+(?:is|are)(?:\s+(?:currently|now|still))?(?:\s+(?:located|situated|based))?)\s+in\s+(?:the\s+city\s+of\s+)?(?:[Tt]he\s+)?$`,
);
const GATE_RE = compiledOnFirstRun(/\b(?:headquartered|based\s+in|headquarters|HQ|seat\s+in)\b/);
const OTHER_RE =
  /\b(?:moved?|moving|relocat\w*|until|before|former(?:ly)?|once|originally|first|initially|military|command|Command|mission|troops|forces|SHAPE|ISAF|KFOR|not|never|n['\u2019]t|was|were|had)\b/;
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/;
const SEAT_MILESTONE = 'nato-headquarters-brussels';

function seats(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!GATE_RE.test(text)) return [];
  const seat = doc.facts.base.history?.milestones?.find((m) => m.id === SEAT_MILESTONE);
  if (!seat || !seat.place || doc.asOf < seat.date || !isConfident(seat)) return [];
  const hq = doc.facts.places.get('nato-headquarters');
  const city = [...doc.facts.places.values()].find((p) => p.name === seat.place);
  const country = city?.within;
  if (!hq || !city || !country) return [];
  const out: Annotation[] = [];
  for (const p of matchesIn(doc, { start: 0, end: text.length }, 'place')) {
    if (!/\bin\s+(?:the\s+city\s+of\s+)?(?:[Tt]he\s+)?$/.test(text.slice(Math.max(0, p.start - 20), p.start))) continue;
    const sentence = doc.sentences.find((s) => s.start <= p.start && p.start < s.end);
    if (!sentence) continue;
    const from = Math.max(sentence.start, p.start - 120);
    const m = BEFORE_PLACE_RE.exec(text.slice(from, p.start));
    if (!m) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (OTHER_RE.test(words) || HYPOTHETICAL_RE.test(words) || YEAR_RE.test(words)) continue;
    // The place must end the phrase ("in Paris" of "in Paris, France" still does), and lie outside NATO's seat's country.
    if (/^\s*(?:-|State|state|University)\b/.test(text.slice(p.end, p.end + 12))) continue;
    if (p.value.id === hq.id || placeChain(doc.facts, p.value.id).includes(country)) continue;
    const place = doc.facts.places.get(p.value.id);
    if (!place) continue;
    const message = `Not so: NATO is headquartered in ${city.name}, not in ${place.name.replace(/\.$/, '')}.`;
    const span = { start: from + m.index, end: p.end };
    out.push(historyAnnotation(doc, span, 'figure', 'contradicted', message, seat.summary, [seat.id], sourcesOf(seat)));
  }
  return out;
}

export const foundingSeatDetector: ClaimDetector = {
  kind: 'figure',
  // NATO named, which the lexicon matches: no words of its own.
  triggers: [],
  find: seats,
};
