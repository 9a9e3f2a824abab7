// Ukraine's Membership Action Plan dropped from its path to NATO, agreed by the Allies on 10 July 2023 and declared
// at the Vilnius summit on 11 July (the summit's record, events.json): "the alliance removed a requirement for Ukraine
// to fulfill what is known as the Membership Action Plan" (12 July 2023), "NATO dropped the requirement for Ukraine to
// fulfil a so-called Membership Action Plan (MAP)" (Reuters, 11 July 2023), "NATO allies have reached consensus on
// removing MAP from Ukraine's path to membership" (Kuleba, 10 July 2023), "NATO had agreed to remove the Membership
// Action Plan from Ukraine's path" (2023). Confirmed when told as done, after the decision; a year said with it
// that is not 2023 is contradicted. Not Georgia's (its MAP was not dropped), nor a plan, a question or a denial.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { hull } from '../sentences';
import { describeEvent, eventSupported } from './event-confirmed';
import { HYPOTHETICAL_RE } from './history-common';
import { sourcesOf } from '../holders';

const VILNIUS_ID = 'nato-summit-2023-vilnius';
// Consensus was reported the day before the summit opened (Kuleba, Nausėda, 10 July 2023).
const AGREED = '2023-07-10';
const MAP_RE = /\b(?:Membership\s+Action\s+Plan|MAP)\b/g;
const REMOVED_RE =
  /\b(?:remov(?:e|ed|es|ing|al)|dropp?(?:ed|s|ing)?|waiv(?:e|ed|es|ing|er)|cancel(?:l)?(?:ed|s|ing|ation)?|scrap(?:ped|s|ping)?|abolish(?:ed|es|ing)?|abolition|lift(?:ed|s|ing)?|dispens(?:e|ed|es|ing)\s+with|(?:did|do|does|doing)\s+away\s+with|eliminat(?:e|ed|es|ing))\b/gi;
const UKRAINE_RE = /\b(?:Ukrain\w*|Kyiv|Kiev)\b/;
const FUTURE_OR_NOT_RE = /\b(?:will|to\s+be|set\s+to|expected\s+to|plans?\s+to|not|never|n['\u2019]t|refused|rejected)\b/i;
const YEAR_RE = /\b(?:in|on)\s+(?:[A-Z][a-z]+\s+)?(?:\d{1,2},?\s+)?((?:19|20)\d\d)\b/;

/** "the alliance removed a requirement for Ukraine to fulfill ... the Membership Action Plan": the Vilnius decision. */
export function mapClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.text.includes('Membership Action Plan') && !doc.text.includes('MAP')) return out;
  const e = doc.facts.events.get(VILNIUS_ID);
  if (!e || e.confidence !== 'verified' || doc.asOf < AGREED) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!UKRAINE_RE.test(text) || /\bGeorgia\b/.test(text)) continue;
    MAP_RE.lastIndex = 0;
    const map = MAP_RE.exec(text);
    if (!map) continue;
    // The removal said within a few words of the plan, before it ("removed a requirement for Ukraine to fulfill what is
    // known as the Membership Action Plan") or after it ("the MAP requirement was dropped").
    const mapSpan: Span = { start: sentence.start + map.index, end: sentence.start + map.index + map[0].length };
    REMOVED_RE.lastIndex = 0;
    let verb: Span | null = null;
    for (let m = REMOVED_RE.exec(text); m; m = REMOVED_RE.exec(text)) {
      const at = sentence.start + m.index;
      const gap = at < mapSpan.start ? mapSpan.start - (at + m[0].length) : at - mapSpan.end;
      if (gap <= 90) {
        verb = { start: at, end: at + m[0].length };
        break;
      }
    }
    if (!verb) continue;
    const head = doc.text.slice(sentence.start, Math.min(verb.start, mapSpan.start));
    const between = doc.text.slice(Math.min(verb.end, mapSpan.end), Math.max(verb.start, mapSpan.start));
    if (HYPOTHETICAL_RE.test(head) || FUTURE_OR_NOT_RE.test(head.slice(-40)) || FUTURE_OR_NOT_RE.test(between)) continue;
    const span = hull([verb, mapSpan]);
    const year = YEAR_RE.exec(doc.text.slice(span.end, Math.min(sentence.end, span.end + 50)));
    const { when, place } = describeEvent(doc, e);
    const fact = `At the ${e.name} (${when}${place ? `, ${place}` : ''}) Allies agreed that Ukraine's path to membership no longer needs a Membership Action Plan.`;
    if (year && year[1] !== AGREED.slice(0, 4)) {
      const claim = { start: span.start, end: span.end + year.index + year[0].length };
      out.push({
        ...claim,
        quote: doc.text.slice(claim.start, claim.end),
        verdict: 'contradicted',
        kind: 'membership',
        factIds: [e.id],
        message: `Not so: ${fact}`,
        fact,
        sources: sourcesOf(e),
      });
      continue;
    }
    out.push(eventSupported(doc, e, span, fact, { fact }));
  }
  return out;
}
