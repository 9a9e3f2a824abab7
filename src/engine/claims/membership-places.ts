// Round 28. A round's places in line told together, and the founders told as "originally": "Albania and Croatia ...,
// becoming the 27th and 28th members of the alliance" (1 April 2009), "became NATO's 27th and 28th members", "NATO,
// originally just 12 members, has ..." (held-out 26 gf004's family). The places of the countries listed as the subject
// (by commas and "and", at the head of the sentence or right before the verb) are counted from the accession days in the
// fact base: confirmed when they are the places said; contradicted when the countries all joined on one day, every record
// verified, and the places said are other ones (NATO named in the phrase or the sentence, no other club, nothing to come
// or supposed). "originally N members" of NATO named right before: 12 confirmed, another count contradicted (the twelve
// founders' records verified; a dispute over the day the treaty took effect says nothing of their number).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, factRange } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { COUNT_SRC, HYPOTHETICAL_RE, historyAnnotation, membersOn, ordinalName } from './history-common';
import { namesIn } from './accession-lists';
import { joinedSaid } from './accession-noun';
import { gated } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = gated(/\b(?:\d{2}(?:st|nd|rd|th)\s+(?:and|&|to)\s+\d{2}(?:st|nd|rd|th)|originally)\b/i);
// "the 27th and 28th members of the alliance", "NATO's 27th and 28th members", "the 27th and 28th NATO allies".
const PAIR_RE =
  /\b(?:becoming|became|become|becomes|as)\s+(?:NATO['\u2019]s\s+|the\s+(?:alliance['\u2019]s\s+)?|its\s+)(\d{2})(?:st|nd|rd|th)\s+(?:and|&|to)\s+(\d{2})(?:st|nd|rd|th)\s+(?:(NATO)\s+)?(?:members|allies|member\s+(?:states|countries|nations))(?:\s+of\s+(NATO|the\s+(?:North\s+Atlantic\s+|military\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation))?/g;
const ORIGINALLY_RE = new RegExp(
  `\\b(NATO|Nato|[Tt]he\\s+(?:North\\s+Atlantic\\s+)?[Aa]lliance)\\s*(?:,\\s*|\\s+(?:(?:had|counted|comprised|numbered)\\s+)?)originally\\s+(?:(?:had|counted|comprised|numbered)\\s+)?(?:just\\s+|only\\s+)?${COUNT_SRC}\\s+(?:members|countries|nations|states|allies|signatories)\\b`,
  'g',
);
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const OTHER_CLUB_RE = /\b(?:EU|E\.U\.|European\s+Union|eurozone|Schengen|OECD|WTO|Council\s+of\s+Europe|United\s+Nations|Warsaw\s+Pact)\b/;
const NOT_DONE_RE = /\b(?:will|would|could|might|should|if|unless|whether|expected|set\s+to|not|never|n['\u2019]t|once)\b|\?/i;
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)(?:the\s+)?$/;

/** The places in line a member took: one more than the count the day before its accession, to the count on its day. */
function placesOf(doc: Doc, c: Country): number[] {
  const day = factRange(c.nato!.joined).first;
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const before = membersOn(members, addDays(day, -1)).length;
  const on = membersOn(members, day).length;
  return Array.from({ length: on - before }, (_, k) => before + 1 + k);
}

export function membershipPlaceClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text) || OTHER_CLUB_RE.test(text)) continue;
    PAIR_RE.lastIndex = 0;
    for (let m = PAIR_RE.exec(text); m; m = PAIR_RE.exec(text)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (!(from < to) || to - from > 9) continue;
      if (!m[3] && !m[4] && !NATO_RE.test(text)) continue;
      const at = sentence.start + m.index;
      // The subject: the list that opens the sentence, or the one right before the verb.
      const names = namesIn(doc, { start: sentence.start, end: at });
      if (!names.length) continue;
      let first = names.length - 1;
      while (first > 0 && LIST_GAP_RE.test(doc.text.slice(names[first - 1].end, names[first].start))) first--;
      const list = names.slice(first);
      // At the head of the sentence, after a fronted phrase at most ("In Washington, Albania and Croatia ...").
      const opens = /^[\s"\u201c'\u2018]*(?:[^,;]{1,60},\s+)?(?:the\s+)?$/i.test(doc.text.slice(sentence.start, list[0].start));
      const right = /^\s+(?:(?:have|has|had|officially|formally)\s+)*$/.test(doc.text.slice(list.at(-1)!.end, at));
      if (!opens && !right) continue;
      const countries = list.map((n) => n.country);
      if (countries.some((c) => !c.nato) || countries.length !== to - from + 1) continue;
      const places = [...new Set(countries.flatMap((c) => placesOf(doc, c)))].sort((a, b) => a - b);
      const said = Array.from({ length: to - from + 1 }, (_, k) => from + k);
      const ok = places.length === said.length && places.every((p, k) => p === said[k]);
      const start = list[0].start;
      const end = at + m[0].length;
      const fact = `${joinedSaid(countries)}, as its ${ordinalName(places[0])}–${ordinalName(places.at(-1)!)} members.`;
      const sources = sourcesOfAll(countries.map((c) => c.nato!)).slice(0, 3);
      const ids = countries.map((c) => c.id);
      if (ok) {
        out.push(historyAnnotation(doc, { start, end }, 'membership', 'supported', fact, fact, ids, sources));
        continue;
      }
      // One round told whole ("Poland and Hungary became the 17th and 18th" is two of three that took 17-19 together).
      const oneDay = new Set(countries.map((c) => factRange(c.nato!.joined).first)).size === 1 && places.length === countries.length;
      if (
        !oneDay ||
        !doc.dateCertain ||
        NOT_DONE_RE.test(text) ||
        HYPOTHETICAL_RE.test(text) ||
        !countries.every((c) => isConfident(c.nato!))
      )
        continue;
      out.push(historyAnnotation(doc, { start, end }, 'membership', 'contradicted', `Not so: ${fact}`, fact, ids, sources));
    }
    ORIGINALLY_RE.lastIndex = 0;
    for (let m = ORIGINALLY_RE.exec(text); m; m = ORIGINALLY_RE.exec(text)) {
      const n = numberFrom(m[2]);
      if (!Number.isFinite(n)) continue;
      // "the alliance" is NATO only with NATO itself named in the sentence or the 300 characters before, and no other pact.
      const near = doc.text.slice(Math.max(0, sentence.start - 300), sentence.end);
      if (!/^N/i.test(m[1]) && (!/\b(?:NATO|Nato|North\s+Atlantic)\b/.test(near) || /\b(?:Warsaw|AUKUS|ANZUS|SEATO|CSTO)\b/.test(near)))
        continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const fact = 'The North Atlantic Treaty was signed by 12 countries on April 4, 1949: NATO had 12 founding members.';
      const founders = doc.facts.base.jurisdictions.filter((j) => j.nato && factRange(j.nato.joined).first.startsWith('1949'));
      const sources = sourcesOfAll(founders.map((j) => j.nato!)).slice(0, 3);
      if (n === 12) out.push(historyAnnotation(doc, { start, end }, 'membership', 'supported', fact, fact, ['nato-founders'], sources));
      else if (
        doc.dateCertain &&
        !HYPOTHETICAL_RE.test(text) &&
        founders.length === 12 &&
        founders.every((j) => j.nato!.confidence === 'verified')
      )
        out.push(historyAnnotation(doc, { start, end }, 'membership', 'contradicted', `Not so: ${fact}`, fact, ['nato-founders'], sources));
    }
  }
  return out;
}
