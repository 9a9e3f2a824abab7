// Round 43 (held-out 41 ti002, a Spanish-history page of May 2025: "Spain was the first country to join NATO after the original
// wave of members in 1949, becoming the alliance’s 16th member"; Greece and Turkey joined on 18 February 1952 and West Germany
// on 6 May 1955, before Spain in 1982). A country told as the first to join after the founders: "X was the first country to
// join NATO after the original members", "X became the first new member after the founding twelve", "X was the first nation
// admitted to the alliance since its founding", "The first country to join NATO after the founders was X". The first after
// the twelve were Greece and Turkey, together, on one day: either of them, or both, is confirmed; any other member (a later
// one, or a founder) is contradicted, its accession on record.
//
// Only "first" with no word that makes it the first of a kind ("the first former Warsaw Pact country", "the first Nordic
// country", "the first since the Cold War": ORDINAL_AMONG in accession.ts reads those), and an anchor that is the founding
// itself (the original or founding members, the founders, the twelve, NATO's founding or creation, not "the founding of the
// EU"), and the anchor the founders alone ("after the founders and the three entrants of the 1950s" counts more); NATO named
// in the phrase or in the sentence; no other club, no supposition or denial.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { gated } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = gated(/\bfirst\b[^.!?\n]{0,80}\b(?:after|since|beyond|following)\b/);
const ALLIANCE = String.raw`(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+|transatlantic\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)`;
const KIND = String.raw`(?:(?:new|non-founding|additional)\s+)?(?:country|countries|nation|nations|state|states|member\s+states?|members?|ally|allies)`;
const TO_JOIN = String.raw`(?:to\s+(?:join|enter|be\s+admitted\s+(?:in)?to|accede\s+to)|admitted\s+(?:in)?to)\s+${ALLIANCE}`;
// What the first is counted after: the founders, the founding.
const ANCHOR = String.raw`(?:after|since|beyond|following)\s+(?:the\s+|its\s+|NATO['\u2019]s\s+|the\s+alliance['\u2019]s\s+)?(?:(?:original|founding|first)\s+(?:wave\s+of\s+|group\s+of\s+|round\s+of\s+)?(?:(?:12|twelve)\s+)?(?:members|member\s+states|member\s+countries|countries|nations|signatories|allies|states|twelve|12|group|wave|cohort)|(?:12|twelve)\s+(?:founding|original)\s+(?:members|member\s+states|countries|nations|signatories|allies|states)|founders|(?:founding|foundation|creation|establishment|formation|inception)(?:\s+of\s+${ALLIANCE}|\s+in\s+1949|(?!\s+of\b)))\b(?:\s+in\s+1949\b)?(?!\s*,?\s+(?:and|or|plus|as\s+well\s+as|along\s+with|together\s+with|but\s+before)\b)`;
// "Spain was the first country to join NATO after the original wave of members": the subject before the verb.
const SAID_RE = new RegExp(
  String.raw`\s*,?\s+(?:was|were|became|is|are|has\s+been)\s+(?:also\s+)?(?:the\s+|NATO['\u2019]s\s+|its\s+|the\s+alliance['\u2019]s\s+)?first\s+${KIND}\s+(?:(?:of|in)\s+${ALLIANCE}\s+)?(?:${TO_JOIN}\s+)?(?:in\s+(?:19|20)\d\d\s+)?${ANCHOR}`,
  'y',
);
// "The first country to join NATO after the founders was Greece": the countries after the verb.
const HEAD_RE = new RegExp(
  String.raw`\b[Tt]he\s+first\s+${KIND}\s+(?:${TO_JOIN}\s+)?${ANCHOR}(?:\s+in\s+1949)?\s*,?\s+(?:was|were)\s+(?:the\s+)?$`,
);
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/;
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance)\b/;
const NOT_RE =
  /\b(?:if|would|could|might|whether|unless|not|never|n['\u2019]t|claim\w*|alleg\w*|EU|E\.U\.|European\s+Union|eurozone|Schengen|Council\s+of\s+Europe|OECD|UN|United\s+Nations|Warsaw|Soviet|communist|Cold\s+War|invit\w*|appl(?:y|ied|ication)|talks|respectively)\b|\?/i;

type Named = { start: number; end: number; country: Country };

/** The member countries named in a span, in order. */
function membersIn(doc: Doc, span: { start: number; end: number }): Named[] {
  const out: Named[] = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const country = doc.facts.base.jurisdictions.find((j) => j.id === q.value.jurisdiction);
    if (country?.nato && !out.some((o) => o.start === q.start)) out.push({ start: q.start, end: q.end, country });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The list of countries ending right at `end` (the subject before the verb). */
function listEndingAt(doc: Doc, named: readonly Named[], end: number): Named[] {
  const i = named.findIndex((n) => n.end === end);
  if (i < 0) return [];
  const list = [named[i]];
  for (let k = i - 1; k >= 0 && LIST_GAP_RE.test(doc.text.slice(named[k].end, list[0].start)); k--) list.unshift(named[k]);
  return list;
}

/** The list of countries starting right at `start` (after the verb). */
function listStartingAt(doc: Doc, named: readonly Named[], start: number): Named[] {
  const i = named.findIndex((n) => n.start === start);
  if (i < 0) return [];
  const list = [named[i]];
  for (let k = i + 1; k < named.length && LIST_GAP_RE.test(doc.text.slice(list[list.length - 1].end, named[k].start)); k++)
    list.push(named[k]);
  return list;
}

function judged(doc: Doc, list: readonly Named[], span: { start: number; end: number }): Annotation | null {
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const firstDay = members
    .map((j) => factRange(j.nato!.joined).first)
    .filter((d) => d > '1949-12-31')
    .sort()[0];
  if (!firstDay) return null;
  const round = members.filter((j) => factRange(j.nato!.joined).first === firstDay);
  const countries = list.map((n) => n.country);
  const fits = countries.every((c) => round.includes(c));
  const roundText = `${round.map((c) => c.name).join(' and ')} joined NATO together on ${formatDay(firstDay)}, the first after the twelve founders of 1949`;
  if (fits) {
    const message = `${roundText}.`;
    return {
      ...span,
      quote: doc.text.slice(span.start, span.end),
      verdict: 'supported',
      kind: 'membership',
      factIds: countries.map((c) => c.id),
      message,
      fact: message,
      sources: sourcesOfAll(round.map((c) => c.nato)).slice(0, 3),
    };
  }
  const wrong = countries.filter((c) => !round.includes(c));
  if (!wrong.every((c) => factRange(c.nato!.joined).last <= doc.asOf && (isConfident(c.nato!) || c.nato!.joined.startsWith('1949'))))
    return null;
  const message = `Not so: ${roundText}; ${wrong.map((c) => `${c.name} joined on ${formatDay(c.nato!.joined)}`).join(', ')}.`;
  return {
    ...span,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'contradicted',
    kind: 'membership',
    factIds: [...wrong.map((c) => c.id), ...round.map((c) => c.id)],
    message,
    fact: message,
    sources: sourcesOfAll([...wrong, ...round].map((c) => c.nato)).slice(0, 3),
  };
}

/** Countries told as the first to join NATO after its founders. */
export function firstAfterFoundersClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text) || !NATO_RE.test(text) || NOT_RE.test(text)) continue;
    const named = membersIn(doc, sentence);
    if (!named.length) continue;
    for (const n of named) {
      SAID_RE.lastIndex = n.end;
      const m = SAID_RE.exec(doc.text);
      if (!m || m.index + m[0].length > sentence.end) continue;
      const list = listEndingAt(doc, named, n.end);
      const a = judged(doc, list, { start: list[0].start, end: m.index + m[0].length });
      if (a) out.push(a);
    }
    const first = named[0];
    for (const n of named) {
      if (n !== first && LIST_GAP_RE.test(doc.text.slice(named[named.indexOf(n) - 1].end, n.start))) continue;
      const head = HEAD_RE.exec(doc.text.slice(sentence.start, n.start));
      if (!head) continue;
      const list = listStartingAt(doc, named, n.start);
      const a = judged(doc, list, { start: sentence.start + head.index, end: list[list.length - 1].end });
      if (a && !out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
    }
  }
  return out;
}
