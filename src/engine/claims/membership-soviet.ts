// Round 24. Countries told as former Soviet republics: "The expansion of NATO eastward, particularly into former Soviet
// republics like Poland, the Baltic states, and even Georgia" (klas.news, December 2025, held-out 22 pd019: Poland was a
// Warsaw Pact member, never a Soviet republic; the Baltic states and Georgia were). Read in three forms:
// - a list after "(former) Soviet republics like / such as / including": "former Soviet republics such as Estonia and Latvia";
// - a list before ", (both / all) former Soviet republics": "Lithuania and Georgia, both former Soviet republics";
// - one country: "Poland, a former Soviet republic,", "the former Soviet republic of Poland".
// A country the lexicon names that is not one of the fifteen union republics of the USSR (1991) is contradicted: the fact
// does not change with the page's date. "The Baltic states" (the three) are read as republics. A list opened by other
// words ("Soviet republics and satellites like Poland", "former Soviet bloc countries such as Poland") is not read.
//
// The fifteen union republics of the USSR at its dissolution (26 December 1991), by the ids of jurisdictions.json; the
// lexicon knows Russia, Ukraine, Belarus, Moldova, the three Baltic states and Georgia of them
// (https://en.wikipedia.org/wiki/Republics_of_the_Soviet_Union, https://www.britannica.com/place/Soviet-Union).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { countriesIn, HYPOTHETICAL_RE, type NamedCountry } from './history-common';

const SOVIET_REPUBLICS = new Set(['rus', 'ukr', 'blr', 'mda', 'est', 'lva', 'ltu', 'geo', 'arm', 'aze', 'kaz', 'uzb', 'tkm', 'kgz', 'tjk']);
const WARSAW_PACT = new Set(['pol', 'hun', 'cze', 'svk', 'rou', 'bgr', 'alb', 'deu']);
const SOURCES = ['https://en.wikipedia.org/wiki/Republics_of_the_Soviet_Union', 'https://en.wikipedia.org/wiki/Warsaw_Pact'];

const REPUBLICS_SRC = '(?:(?:former|ex-?)\\s+)?Soviet\\s+republics';
const LIST_AFTER_RE = new RegExp(`\\b${REPUBLICS_SRC}\\s*,?\\s+(?:like|such\\s+as|including|namely)\\s+`, 'gi');
const LIST_BEFORE_RE = new RegExp(`^\\s*,\\s+(?:both|all|each|all\\s+of\\s+them)?\\s*(?:former|ex-?)\\s+Soviet\\s+republics\\b`, 'i');
const ONE_AFTER_RE = /^\s*,\s+(?:a|an|another|itself\s+a)\s+(?:former|ex-?)\s+Soviet\s+republic\b/i;
const ONE_BEFORE_RE = /\b(?:the\s+)?(?:former|ex-?)\s+Soviet\s+republic\s+of\s+$/i;
// Between two listed countries: ", ", " and ", ", and even ", " or ".
const JOIN_RE = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:even\s+|also\s+|then\s+)?(?:the\s+)?$/i;
// A second description right after the first ("... republic and a former Warsaw Pact state"): the two may be told of
// the countries in turn.
const PAIRED_RE = /^\s*(?:,\s*)?(?:and|or)\s+(?:a|an|the|one)\s/i;
const BALTIC_RE = /^(?:the\s+)?Baltic\s+(?:states|countries|nations|republics)/i;

type Named = NamedCountry;

/** The list of countries from `from` on: countries and "the Baltic states", joined by commas and "and". */
function listFrom(doc: Doc, from: number, end: number, named: Named[]): Named[] {
  const out: Named[] = [];
  let at = from;
  for (;;) {
    const rest = doc.text.slice(at, end);
    const gap = out.length
      ? /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:even\s+|also\s+|then\s+)?(?:the\s+)?/i.exec(rest)
      : /^(?:the\s+)?/i.exec(rest);
    const after = at + (gap ? gap[0].length : 0);
    const baltic = BALTIC_RE.exec(doc.text.slice(after, end));
    if (baltic) {
      out.push({ start: after, end: after + baltic[0].length, id: 'baltic' });
      at = after + baltic[0].length;
      continue;
    }
    const next = named.find((c) => c.start === after);
    if (!next) break;
    out.push(next);
    at = next.end;
  }
  return out;
}

/** The list of countries that ends right before `to`, read backwards. */
function listBefore(doc: Doc, to: number, named: Named[]): Named[] {
  const out: Named[] = [];
  let at = to;
  for (;;) {
    const prev = named.filter((c) => c.end <= at).pop();
    if (!prev) break;
    const gap = doc.text.slice(prev.end, at);
    if (out.length ? !JOIN_RE.test(gap) : gap.trim() !== '') break;
    out.unshift(prev);
    at = prev.start;
  }
  return out;
}

function verdictOn(doc: Doc, c: Named, span: { start: number; end: number }): Annotation {
  const name = doc.facts.jurisdictions.get(c.id)?.name ?? c.id;
  const pact = WARSAW_PACT.has(c.id) ? ' It was a member of the Warsaw Pact, not a republic of the Soviet Union.' : '';
  const fact = `${name} was never a republic of the Soviet Union, whose fifteen republics were Russia, Ukraine, Belarus, Moldova, Estonia, Latvia, Lithuania, Georgia, Armenia, Azerbaijan, Kazakhstan, Uzbekistan, Turkmenistan, Kyrgyzstan and Tajikistan.`;
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'contradicted',
    kind: 'membership',
    factIds: [c.id],
    message: `Not so: ${fact}${pact}`,
    fact,
    sources: SOURCES,
  };
}

// Built once (speed, round 41): a literal in sovietRepublicClaims was a new expression, parsed again, at each call.
const SOVIET_REPUBLIC_CLAIMS_RE = /Soviet republic/i;
export function sovietRepublicClaims(doc: Doc): Annotation[] {
  if (!SOVIET_REPUBLIC_CLAIMS_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/Soviet\s+republic/i.test(text) || HYPOTHETICAL_RE.test(text) || /\b(?:not|never|n['\u2019]t|respectively)\b/i.test(text))
      continue;
    const named = countriesIn(doc, sentence);
    if (!named.length) continue;
    const listed: Array<{ list: Named[]; head: { start: number; end: number } }> = [];
    LIST_AFTER_RE.lastIndex = 0;
    for (let m = LIST_AFTER_RE.exec(text); m; m = LIST_AFTER_RE.exec(text)) {
      const head = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      listed.push({ list: listFrom(doc, head.end, sentence.end, named), head });
    }
    for (const c of named) {
      const after = doc.text.slice(c.end, sentence.end);
      const before = LIST_BEFORE_RE.exec(after);
      if (before) {
        listed.push({ list: listBefore(doc, c.end, named), head: { start: c.end, end: c.end + before[0].length } });
        continue;
      }
      const one = ONE_AFTER_RE.exec(after);
      // "Ukraine and Poland, a former Soviet republic and a former Warsaw Pact state": descriptions paired with a list.
      const paired = !!one && PAIRED_RE.test(after.slice(one[0].length)) && listBefore(doc, c.end, named).length > 1;
      if (one && !paired) listed.push({ list: [c], head: { start: c.end, end: c.end + one[0].length } });
      const of = ONE_BEFORE_RE.exec(doc.text.slice(sentence.start, c.start));
      if (of && /^\s*$/.test(doc.text.slice(sentence.start + of.index + of[0].length, c.start)))
        listed.push({ list: [c], head: { start: sentence.start + of.index, end: c.start } });
    }
    for (const { list, head } of listed) {
      const wrong = list.find((c) => c.id !== 'baltic' && !SOVIET_REPUBLICS.has(c.id));
      if (!wrong) continue;
      const span = head.end <= wrong.start ? { start: head.start, end: wrong.end } : { start: wrong.start, end: head.end };
      if (!out.some((a) => a.start < span.end && span.start < a.end)) out.push(verdictOn(doc, wrong, span));
    }
  }
  return out;
}
