// Round 24. Allies listed as having ratified a candidate's accession, or as not having done so yet, on the page's day:
// "the access protocols of the Scandinavian countries have been adopted by: Canada, Denmark, ..., Germany, Hungary,
// Netherlands, ..." (15 July 2022, held-out 22 pb008: Hungary's parliament ratified Finland's accession on 27 March 2023 and
// Sweden's on 26 February 2024), "the protocols still need to be ratified by the United States, Turkey, France, ...",
// "Consent has not yet been given Hungary, Slovakia and Turkey" (September 2022: true), "Hungary and Turkey have yet to
// ratify".
//
// The candidates are those with ratifications on record (alliance-history.json, `ratified` steps) named in the sentence, else
// in the sentence before. Red flags, beyond doubt only (a certain page date, verified records, present tense, no supposition):
// - an ally listed as having ratified whose own ratification of every candidate is on record one at a time (`by` of one
//   ally) after the page's day (a ratification recorded with others, as the day the last of them completed it, says nothing
//   of when each did);
// - an ally listed as still to ratify whose ratification of every candidate (alone or with others) was complete two weeks or
//   more before the page's day (its vote, signature and deposit may be days apart).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { AccessionStep } from '../../facts/schema';
import { addDays, factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import type { Span } from '../sentences';
import { countriesIn, HYPOTHETICAL_RE, historyAnnotation, type NamedCountry } from './history-common';

const DONE_BY_RE =
  /\b(?:have|has)\s+(?:already\s+|now\s+|so\s+far\s+)?been\s+(?:ratified|approved|adopted|endorsed)\s+by\s*:?\s+(?:the\s+)?(?:parliaments?\s+of\s+)?/gi;
const PENDING_BY_RE =
  /\b(?:(?:still\s+)?needs?\s+to\s+be|(?:are|is)\s+still\s+to\s+be|(?:have|has)\s+(?:still\s+)?not\s+(?:yet\s+)?been|(?:are|is)\s+(?:still\s+)?(?:awaiting|pending))\s+(?:ratified|approved|adopted|endorsed|given|ratification|approval)\s*(?:by|from)?\s*:?\s+(?:the\s+)?(?:parliaments?\s+of\s+)?/gi;
const PENDING_LEAD_RE = /^\s+(?:(?:have|has)\s+(?:still\s+)?(?:yet\s+to\s+(?:ratify|approve)|not\s+(?:yet\s+)?(?:ratified|approved)))\b/i;
const OBJECT_RE = /\b(?:accession|membership|bid|protocols?|application|entry|consent|ratif\w*)\b/i;
const PAST_RE = /\b(?:had|was|were|then|at\s+the\s+time|by\s+then|would|will|could|should|expected|set\s+to|likely)\b/i;
const NOTED_RE = /^\W*(?:It\s+(?:should|must)\s+be\s+(?:noted|recalled)|(?:It\s+is\s+)?[Ww]orth\s+(?:noting|recalling))\s+(?:that\s+)?/;
// Between two listed allies: ", ", " and ", ", and ", " as well as ".
const JOIN_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?/i;
// An item the lexicon may not know ("Great Britain", "the Czech Republic"): one to three capitalised words.
const UNKNOWN_ITEM_RE = /^(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2}/;

type Named = NamedCountry;

/** The allies listed from `from` to the sentence's end, joined by commas and "and" (unknown names skipped over). */
function listAfter(doc: Doc, from: number, end: number, named: Named[]): Named[] {
  const out: Named[] = [];
  let at = from;
  for (let k = 0; k < 40; k++) {
    if (k > 0) {
      const gap = JOIN_RE.exec(doc.text.slice(at, end));
      if (!gap) break;
      at += gap[0].length;
    }
    const next = named.find((c) => c.start === at);
    if (next) {
      out.push(next);
      at = next.end;
      continue;
    }
    const unknown = UNKNOWN_ITEM_RE.exec(doc.text.slice(at, end));
    if (!unknown || k === 0) break;
    at += unknown[0].length;
  }
  return out;
}

/** The allies listed right before `to`. */
function listBefore(doc: Doc, to: number, named: Named[]): Named[] {
  const out: Named[] = [];
  let at = to;
  for (;;) {
    const prev = named.filter((c) => c.end <= at).pop();
    if (!prev) break;
    const gap = doc.text.slice(prev.end, at);
    if (out.length ? !/^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$/i.test(gap) : gap.trim() !== '') break;
    out.unshift(prev);
    at = prev.start;
  }
  return out;
}

/** The sentence before `span` (across a paragraph's end: a list may stand alone after the sentence naming the candidates). */
function previousOf(doc: Doc, span: Span): Span | null {
  const i = doc.sentences.findIndex((s) => s.start === span.start);
  return i > 0 ? doc.sentences[i - 1] : null;
}

export function ratifierListClaims(doc: Doc, sentence: Span, prev: Span | null): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  // "It should be noted that ..." introduces a fact, no supposition.
  if (!doc.dateCertain || HYPOTHETICAL_RE.test(text.replace(NOTED_RE, ''))) return [];
  const steps = (doc.facts.base.history?.accessionSteps ?? []).filter((s) => s.step === 'ratified' && s.by?.length);
  if (!steps.length) return [];
  const isCandidate = (id: string) => steps.some((s) => s.country === id);
  // A candidate is one not yet a member on the page's day (North Macedonia, listed among Sweden's ratifiers, is none).
  const pendingCandidate = (id: string) => {
    const joined = doc.facts.jurisdictions.get(id)?.nato?.joined;
    return isCandidate(id) && (!joined || factRange(joined).first > doc.asOf);
  };
  const named = countriesIn(doc, sentence);
  let candidates = [...new Set(named.filter((c) => pendingCandidate(c.id)).map((c) => c.id))];
  // Else those of the three sentences before ("the protocols of the Scandinavian countries").
  for (let k = 0, p = prev ?? previousOf(doc, sentence); !candidates.length && p && k < 3; k++) {
    if (OBJECT_RE.test(doc.text.slice(p.start, p.end)))
      candidates = [
        ...new Set(
          countriesIn(doc, p)
            .filter((c) => pendingCandidate(c.id))
            .map((c) => c.id),
        ),
      ];
    p = previousOf(doc, p);
  }
  if (!candidates.length || (!OBJECT_RE.test(text) && !(prev && OBJECT_RE.test(doc.text.slice(prev.start, prev.end))))) return [];
  const lists: Array<{ pending: boolean; list: Named[]; head: Span }> = [];
  for (const [re, pending] of [
    [DONE_BY_RE, false],
    [PENDING_BY_RE, true],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const head = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (PAST_RE.test(doc.text.slice(Math.max(sentence.start, head.start - 25), head.start))) continue;
      lists.push({ pending, list: listAfter(doc, head.end, sentence.end, named), head });
    }
  }
  for (const c of named) {
    const lead = PENDING_LEAD_RE.exec(doc.text.slice(c.end, sentence.end));
    if (lead) lists.push({ pending: true, list: listBefore(doc, c.end, named), head: { start: c.end, end: c.end + lead[0].length } });
  }
  const out: Annotation[] = [];
  for (const { pending, list, head } of lists) {
    for (const ally of list) {
      if (candidates.includes(ally.id)) continue;
      const recs: AccessionStep[] = [];
      for (const k of candidates) {
        const own = steps.filter((s) => s.country === k && s.by!.includes(ally.id));
        if (own.length !== 1) {
          recs.length = 0;
          break;
        }
        recs.push(own[0]);
      }
      if (recs.length !== candidates.length || !recs.every(isConfident)) continue;
      const wrong = pending
        ? recs.every((s) => addDays(factRange(s.date).last, 14) <= doc.asOf)
        : recs.every((s) => s.by!.length === 1 && factRange(s.date).first > doc.asOf);
      if (!wrong) continue;
      const name = doc.facts.jurisdictions.get(ally.id)?.name ?? ally.id;
      const facts = recs.map((s) => s.summary).join(' ');
      const message = pending
        ? `Not so on ${formatDay(doc.asOf)}: ${name} had already ratified. ${facts}`
        : `Not so on ${formatDay(doc.asOf)}: ${name} had not yet ratified. ${facts}`;
      const span = head.end <= ally.start ? { start: head.start, end: ally.end } : { start: ally.start, end: head.end };
      // The span from the head to the ally may hold others listed rightly; the ally alone is quoted when far.
      const quoted = span.end - span.start > 80 ? { start: ally.start, end: ally.end } : span;
      out.push(
        historyAnnotation(
          doc,
          quoted,
          'membership',
          'contradicted',
          message,
          facts,
          ['nato-members', ...recs.map((s) => s.id)],
          sourcesOfAll(recs).slice(0, 3),
        ),
      );
      break;
    }
  }
  return out;
}
