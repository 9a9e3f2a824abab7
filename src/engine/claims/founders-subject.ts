// Round 47 (read by member-count-forms.ts). NATO's founders named as the subject of its founding: "Canada, America, and
// several Western European countries (Britain, France, Germany) together established NATO on April 4, 1949 in Washington,
// USA" (an education page of August 2022, held-out 45 uw001: West Germany joined on 6 May 1955), "The United States,
// Britain, France and West Germany founded NATO in 1949", "In 1949, the US, the UK, France and Turkey created NATO". The
// readers of founders' lists read a list after its cue ("NATO was founded by ...", "NATO's founding members were ...");
// here the list stands before the verb.
//
// The subject must be nothing but the list: names, commas, "and", "as well as", and a count or a word of the others left
// unnamed ("several Western European countries", "ten other nations"), a list in brackets after it included; a fronted time
// of 1949 may open the sentence. Any other word (a relative clause, "later", a leader's name) and the list is not read. A
// red flag when a named country joined later, its accession verified, and the verb names NATO itself (not "the alliance");
// confirmed when three or more are named and all are founders. Not denied, supposed or asked.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { sourcesOf, sourcesOfAll } from '../holders';
import { HYPOTHETICAL_RE } from './history-common';

type Country = Doc['facts']['base']['jurisdictions'][number];

// The verb and NATO as its object, the phrase ending there ("established NATO in 1949", not "established NATO bases").
const FOUNDED_NATO_RE =
  /\b(?:(?:together|jointly|all)\s+)?(?:co-?founded|founded|established|formed|created|set\s+up)\s+(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b(?=\s*(?:[,.;:!?)]|$)|\s+(?:\(NATO\)\s+)?(?:in|on|at|to|with|after|as|together|back|jointly|when|and|shortly|during|amid|under|following|against)\b)/g;
const GATE_RE = /\b(?:founded|established|formed|created|set\s+up)\s+(?:NATO|Nato|the\s+North\s+Atlantic)/;
// A time of 1949 fronted before the subject: "In 1949,", "On April 4, 1949,".
const LEAD_RE = /^\W*(?:(?:In|On|Back\s+in)\s+(?:[\w]+\s+){0,2}?1949,?\s+)?/;
// What may stand between the names of the subject's list once the names are taken out.
const FILLER_RE =
  /\b(?:(?:several|some|a\s+few|many|other|ten|eleven|nine|\d{1,2}|more)\s+)*(?:(?:other|Western|western|West|European|North\s+American|democratic)\s+)*(?:countries|nations|states|democracies)\b|\b(?:and|as\s+well\s+as|along\s+with|together\s+with|plus|[Tt]he)\b/g;
const LEFT_OVER_RE = /^[\s,()]*$/;
const NOT_SAID_RE = /\b(?:not|never|n['\u2019]t|myth|wrongly|claim\w*)\b/i;
const WEST_RE = /\bWest\s+$/;

const FOUNDING_FACT =
  'The North Atlantic Treaty was signed on April 4, 1949 by its 12 founding members: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.';

/** The founders named as the subject of "founded NATO": a later member among them is contradicted, all founders confirmed. */
export function foundersAsSubject(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!GATE_RE.test(text)) return [];
  const out: Annotation[] = [];
  FOUNDED_NATO_RE.lastIndex = 0;
  for (let m = FOUNDED_NATO_RE.exec(text); m; m = FOUNDED_NATO_RE.exec(text)) {
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const said = text.slice(sentence.start, sentence.end);
    if (HYPOTHETICAL_RE.test(said) || NOT_SAID_RE.test(said)) continue;
    const from = sentence.start + LEAD_RE.exec(text.slice(sentence.start, m.index))![0].length;
    const named: Array<{ start: number; end: number; country: Country }> = [];
    for (const q of matchesIn(doc, { start: from, end: m.index }, 'qualifier')) {
      const country = doc.facts.base.jurisdictions.find((j) => j.id === q.value.jurisdiction);
      // "European" names the EU, a word of the list's filler here ("several Western European countries").
      if (!country || country.kind !== 'country' || named.some((n) => n.start < q.end && q.start < n.end)) continue;
      // "West Germany" is Germany's name of the Cold War.
      const start =
        country.id === 'deu' && WEST_RE.test(text.slice(Math.max(from, q.start - 6), q.start))
          ? text.lastIndexOf('West', q.start)
          : q.start;
      named.push({ start, end: q.end, country });
    }
    if (named.length < 2) continue;
    named.sort((a, b) => a.start - b.start);
    // The subject is the list and nothing else.
    let rest = '';
    let at = from;
    for (const n of named) {
      rest += text.slice(at, n.start);
      at = n.end;
    }
    rest += text.slice(at, m.index);
    if (!LEFT_OVER_RE.test(rest.replace(FILLER_RE, ''))) continue;
    const founder = (c: Country) => !!c.nato && factRange(c.nato.joined).first.startsWith('1949');
    const later = named.filter((n) => !founder(n.country));
    // The names only: the verb and what follows it ("established NATO on April 4, 1949") are the founding's own claim, read
    // and confirmed apart (figure.ts), and a red flag on them would fall on a true date.
    const last = named[named.length - 1].end;
    // A list in brackets is quoted with its closing bracket.
    const span = { start: named[0].start, end: text[last] === ')' && text.slice(named[0].start, last).includes('(') ? last + 1 : last };
    const base = {
      start: span.start,
      end: span.end,
      quote: text.slice(span.start, span.end),
      kind: 'membership' as const,
      factIds: named.map((n) => n.country.id),
      fact: FOUNDING_FACT,
    };
    if (!later.length) {
      if (named.length >= 3)
        out.push({
          ...base,
          verdict: 'supported',
          message: `Each named is one of NATO's 12 founding members (1949).`,
          sources: sourcesOfAll(named.map((n) => n.country.nato)).slice(0, 3),
        });
      continue;
    }
    // Only a later member whose accession is on a verified record is surely no founder (a country never a member may be
    // a slip of the name, and is left alone).
    if (!later.every((n) => n.country.nato?.confidence === 'verified')) continue;
    const why = later.map((n) => `${n.country.name} joined on ${formatDay(factRange(n.country.nato!.joined).first)}`).join('; ');
    out.push({
      ...base,
      // The founding is fixed in the past: the page's day does not matter.
      verdict: 'contradicted',
      message: `Not so: ${why}, not among the 12 founding members of 1949.`,
      sources: [...new Set(later.flatMap((n) => sourcesOf(n.country.nato)))].slice(0, 3),
    });
  }
  return out;
}
