// A member's place among those that joined after the Cold War (read by membership.ts): "North Macedonia became the 14th
// country to join NATO after the end of the Cold War" (March 2020, w007), "Finland, the 15th country to join the alliance
// since the end of the Cold War", "Sweden is the 16th nation to join NATO since the fall of the Berlin Wall". The places
// are counted over the accessions after 1991 (the Czech Republic, Hungary and Poland in 1999 are the first three); a
// round takes its places together, so any place of its round is right ("Slovakia, the seventh to join since the Cold
// War": one of the 4th to 10th). Another place is contradicted, of a member named right before, said as a fact.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { numberFrom, ordinalText } from '../numbers';
import { HYPOTHETICAL_RE } from './history-common';
import { compiledOnFirstRun } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

const AFTER_COLD_WAR_RE = compiledOnFirstRun(
  /^(?:,?\s+(?:became|becomes|is|was|has\s+become|had\s+become)\s+|,\s+)(?:the|NATO['\u2019]s|the\s+alliance['\u2019]s)\s+(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth)\s+(?:country|nation|state|member)\s+to\s+(?:join|enter)\s+(?:NATO|Nato|the\s+(?:military\s+)?alliance)\s+(?:since|after)\s+(?:the\s+end\s+of\s+the\s+Cold\s+War|the\s+Cold\s+War(?:['\u2019]s\s+end|\s+ended)?|the\s+fall\s+of\s+the\s+Berlin\s+Wall|the\s+collapse\s+of\s+the\s+Soviet\s+Union|the\s+fall\s+of\s+communism)\b/i,
);
// The accessions counted: after the Soviet Union's end (East Germany's entry by reunification in 1990 is no accession).
const AFTER = '1991-12-31';

/** "X became the 14th country to join NATO after the end of the Cold War": its place among the later members. */
export function afterColdWarClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (
    !doc.text.includes('Cold War') &&
    !doc.text.includes('Berlin Wall') &&
    !doc.text.includes('Soviet Union') &&
    !doc.text.includes('communism')
  )
    return out;
  const later = members.filter((j) => factRange(j.nato!.joined).first > AFTER);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\bto\s+(?:join|enter)\b/i.test(text)) continue;
    for (const q of matchesIn(doc, sentence, 'qualifier')) {
      const country = later.find((j) => j.id === q.value.jurisdiction);
      if (!country) continue;
      const m = AFTER_COLD_WAR_RE.exec(doc.text.slice(q.end, sentence.end));
      if (!m) continue;
      const said = numberFrom(m[1]);
      const joined = factRange(country.nato!.joined).first;
      const first = later.filter((j) => factRange(j.nato!.joined).first < joined).length + 1;
      const last = later.filter((j) => factRange(j.nato!.joined).first <= joined).length;
      const ok = said >= first && said <= last;
      const place = first === last ? `the ${ordinalText(first)}` : `one of the ${ordinalText(first)} to ${ordinalText(last)}`;
      const fact = `${country.name} joined NATO on ${formatDay(country.nato!.joined)}, ${place} to join after the Cold War (counting from the 1999 enlargement).`;
      const sure = isConfident(country.nato!) && later.every((j) => isConfident(j.nato!)) && !HYPOTHETICAL_RE.test(text);
      const end = q.end + m[0].length;
      out.push({
        start: q.start,
        end,
        quote: doc.text.slice(q.start, end),
        verdict: ok ? 'supported' : sure ? 'contradicted' : 'context',
        kind: 'membership',
        factIds: [country.id],
        message: ok ? fact : `Not so: ${fact}`,
        fact,
        sources: sourcesOf(country.nato),
      });
    }
  }
  return out;
}
