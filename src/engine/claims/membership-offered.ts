// Round 31. NATO membership told as offered, by rounds with their years (read by membership.ts): "Membership was offered
// to Estonia, Latvia, Lithuania, Slovakia, Slovenia, Romania and Bulgaria in 2004, and Albania and Croatia in 2009" (a
// reference page, November 2022), "NATO offered membership to Poland, Hungary and the Czech Republic in 1997". The offer
// is the invitation (alliance-history.json accessionSteps, step 'invited': Madrid 1997, Prague 2002, Bucharest 2008,
// December 2015, Brussels 2018, Madrid 2022), whatever year the countries joined: the seven were invited in 2002 and joined
// in 2004, so "offered ... in 2004" gives the invitation the accession's year.
//
// Each list is judged with the year right after it: confirmed when it is the invitation's year for every country listed;
// contradicted when it is none of theirs and every country has a verified invitation on record, the sentence names no other
// club and tells no plan, supposition or denial. A country with no invitation on record (Ukraine, Georgia, a founder)
// leaves its list alone.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import type { AccessionStep } from '../../facts/schema';
import { isConfident, sourcesOfAll } from '../holders';
import { gated } from '../triggers';
import { historyAnnotation } from './history-common';

type Members = Doc['facts']['base']['jurisdictions'];

const HINT_RE = gated(/\boffer(?:ed|s)?\s+(?:NATO\s+)?membership|\bmembership\s+(?:was|were|had\s+been)\s+offered\b/i);
// The head, then the first list: "Membership was offered to", "NATO offered membership to", "offered NATO membership to".
const HEAD_RE =
  /\b(?:(?:NATO\s+)?[Mm]embership\s+(?:in\s+(?:NATO|the\s+[Aa]lliance)\s+)?(?:was|were|had\s+been)\s+offered\s+to|(?:NATO|Nato|[Tt]he\s+(?:[Aa]lliance|[Aa]llies))\s+(?:(?:formally|officially|then|later)\s+)?offered\s+(?:NATO\s+)?membership\s+to)\s+/g;
// Between the names of one list, and between a list's year and the next list.
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/;
const YEAR_AFTER_RE = /^\s+in\s+((?:19|20)\d\d)\b/;
const NEXT_LIST_RE = /^\s*,?\s*(?:and\s+)?(?:then\s+)?(?:to\s+)?(?:the\s+)?$/;
const NOT_SAID_RE =
  /\b(?:not|never|n['\u2019]t|if|whether|would|could|might|should|will|plan\w*|expect\w*|EU|European\s+Union|claim\w*|myth|wrongly|false\w*)\b|\?/i;

type Named = { start: number; end: number; id: string };

/** NATO membership offered to lists of countries, each with its year. */
export function offeredClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  HEAD_RE.lastIndex = 0;
  for (let m = HEAD_RE.exec(doc.text); m; m = HEAD_RE.exec(doc.text)) {
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence || NOT_SAID_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const names: Named[] = [];
    for (const q of matchesIn(doc, { start: m.index + m[0].length, end: sentence.end }, 'qualifier'))
      if (!names.some((n) => n.start === q.start) && members.some((j) => j.id === q.value.jurisdiction))
        names.push({ start: q.start, end: q.end, id: q.value.jurisdiction });
    names.sort((a, b) => a.start - b.start);
    // Walk the lists: names joined by list gaps, then "in YEAR", then the next list.
    let from = m.index + m[0].length;
    let i = 0;
    while (i < names.length && names[i].start === from) {
      const list = [names[i]];
      while (i + 1 < names.length && LIST_GAP_RE.test(doc.text.slice(list.at(-1)!.end, names[i + 1].start))) list.push(names[++i]);
      const year = YEAR_AFTER_RE.exec(doc.text.slice(list.at(-1)!.end, sentence.end));
      if (!year) break;
      const end = list.at(-1)!.end + year[0].length;
      const judged = judgeList(doc, steps, list, year[1], { start: list[0].start, end });
      if (judged) out.push(judged);
      i++;
      const gap = i < names.length ? NEXT_LIST_RE.exec(doc.text.slice(end, names[i].start)) : null;
      if (!gap) break;
      from = names[i].start;
    }
  }
  return out;
}

/** A list offered membership in `year`: confirmed, contradicted, or null (see the header). */
function judgeList(doc: Doc, steps: readonly AccessionStep[], list: readonly Named[], year: string, span: { start: number; end: number }) {
  const invited = list.map((n) => steps.find((s) => s.country === n.id && s.step === 'invited'));
  if (invited.some((s) => !s)) return null;
  const facts = invited as AccessionStep[];
  const summary = [...new Set(facts.map((s) => s.summary))].join(' ');
  const ids = facts.map((s) => s.id);
  const sources = sourcesOfAll(facts).slice(0, 3);
  if (facts.every((s) => s.date.startsWith(year)))
    return historyAnnotation(doc, span, 'membership', 'supported', summary, summary, ids, sources);
  if (facts.some((s) => s.date.startsWith(year)) || !facts.every(isConfident) || !doc.dateCertain) return null;
  return historyAnnotation(doc, span, 'membership', 'contradicted', `Not so: ${summary}`, summary, ids, sources);
}
