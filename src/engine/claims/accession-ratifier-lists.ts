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
const URGED_RE =
  /\b(?:urg(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|ask(?:s|ed|ing)?)\s+(?:the\s+)?/gi;
const PENDING_LEAD_RE = /^\s+(?:(?:have|has)\s+(?:still\s+)?(?:yet\s+to\s+(?:ratify|approve)|not\s+(?:yet\s+)?(?:ratified|approved)))\b/i;
const OBJECT_RE = /\b(?:accession|membership|bid|protocols?|application|entry|consent|ratif\w*)\b/i;
const PAST_RE = /\b(?:had|was|were|then|at\s+the\s+time|by\s+then|would|will|could|should|expected|set\s+to|likely)\b/i;
const NOTED_RE = /^\W*(?:It\s+(?:should|must)\s+be\s+(?:noted|recalled)|(?:It\s+is\s+)?[Ww]orth\s+(?:noting|recalling))\s+(?:that\s+)?/;
// Between two listed allies: ", ", " and ", ", and ", " as well as ".
const JOIN_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?/i;
// An item the lexicon may not know ("Great Britain", "the Czech Republic"): one to three capitalised words.
const UNKNOWN_ITEM_RE = /^(?:[A-Z][\w'\u2019-]+)(?:\s+[A-Z][\w'\u2019-]+){0,2}/;

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

// Round 39. An ally told as the only one still to ratify a candidate's accession while another ally's own ratification is on
// record more than a week after the page's day: "Turkey is the only country not yet to have ratified Swedish membership" (30
// May 2023, held-out 36 qu003: Hungary ratified on 26 February 2024), "with Turkey remaining the sole NATO member to refuse
// it" (October 2023, qw002), "Only Hungary has yet to ratify Sweden's bid", "Turkey remains the last holdout". An ally named
// with it ("Turkey is, with Hungary, the only one ...") is of the list. Only a record of one ally's own ratification (not
// one told as the day several completed) speaks of another; nothing in the past tense or a supposition.
const ONLY_AFTER_RE =
  /^(?:\s*,\s*(?:along\s+)?with\s+(?:the\s+)?([A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s*,)?\s+(?:is|remains|remaining|being|stands\s+as)\s+(?:now\s+|still\s+)?the\s+(?:only|sole|last|lone|single)\s+(?:remaining\s+)?(?:one\s+of\s+the\s+\d+\s+(?:NATO\s+)?(?:countries|members|allies|member\s+states)\s+|(?:NATO\s+)?(?:country|member(?:\s+(?:state|country))?|ally|holdout|hold-out)\s+)(?:(?:that|which|who)\s+(?:has|have)\s*(?:not|n['\u2019]t)\s+(?:yet\s+)?(?:ratified|approved)|not\s+yet\s+to\s+have\s+(?:ratified|approved)|(?:yet|still|left)\s+to\s+(?:ratify|approve)|to\s+(?:refuse|block|oppose|withhold|hold\s+out|not\s+(?:yet\s+)?(?:ratify|approve)))\b/;
const ONLY_BEFORE_RE = /\b[Oo]nly\s+$/;
const ONLY_LEAD_RE =
  /^\s+(?:(?:has|have)\s+(?:still\s+)?(?:yet\s+to\s+(?:ratify|approve)|not\s+(?:yet\s+)?(?:ratified|approved))|(?:is|remains)\s+(?:still\s+)?(?:left\s+to|yet\s+to)\s+(?:ratify|approve))\b/;
const ONLY_DOUBT_RE = /\b(?:was|were|had|then|at\s+the\s+time|by\s+then|would|will|could|might|should|expected|if|unless|whether)\b|\?/i;

function onlyPending(doc: Doc, sentence: Span, c: Named, named: Named[], candidates: string[], steps: AccessionStep[]): Annotation | null {
  if (candidates.includes(c.id)) return null;
  const after = doc.text.slice(c.end, sentence.end);
  const m = ONLY_AFTER_RE.exec(after);
  const lead = m
    ? null
    : ONLY_BEFORE_RE.test(doc.text.slice(Math.max(sentence.start, c.start - 6), c.start))
      ? ONLY_LEAD_RE.exec(after)
      : null;
  if (!m && !lead) return null;
  const span = {
    start: lead ? c.start - doc.text.slice(Math.max(sentence.start, c.start - 6), c.start).match(ONLY_BEFORE_RE)![0].length : c.start,
    end: c.end + (m ?? lead)![0].length,
  };
  if (ONLY_DOUBT_RE.test(doc.text.slice(sentence.start, span.end))) return null;
  const listed = new Set([c.id]);
  if (m?.[1]) {
    const other = named.find((n) => n.start > c.end && n.end <= c.end + m[0].length);
    if (!other) return null;
    listed.add(other.id);
  }
  const later = steps.filter(
    (s) =>
      candidates.includes(s.country) &&
      s.by!.length === 1 &&
      !listed.has(s.by![0]) &&
      !candidates.includes(s.by![0]) &&
      isConfident(s) &&
      factRange(s.date).first > addDays(doc.asOf, 7),
  );
  if (!later.length) return null;
  const names = [...listed].map((id) => doc.facts.jurisdictions.get(id)?.name ?? id).join(' and ');
  const facts = later.map((s) => s.summary).join(' ');
  return historyAnnotation(
    doc,
    span,
    'membership',
    'contradicted',
    `Not so on ${formatDay(doc.asOf)}: ${names} ${listed.size > 1 ? 'were not the only ones' : 'was not the only one'} still to ratify. ${facts}`,
    facts,
    ['nato-members', ...later.map((s) => s.id)],
    sourcesOfAll(later).slice(0, 3),
  );
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
  const out: Annotation[] = [];
  // Round 39: one ally (or two) told as the only one still to ratify while another's own ratification came later.
  for (const c of named) {
    const only = onlyPending(doc, sentence, c, named, candidates, steps);
    if (only) out.push(only);
  }
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
  // Round 39: allies urged to ratify are allies still to do so: "We encourage Türkiye and Hungary to ratify the accession
  // protocols for Sweden without delay" (US Secretary of State, 4 April 2023; held-out 37 rg009).
  URGED_RE.lastIndex = 0;
  for (let m = URGED_RE.exec(text); m; m = URGED_RE.exec(text)) {
    const head = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    const list = listAfter(doc, head.end, sentence.end, named);
    const last = list[list.length - 1];
    if (last && /^\s+to\s+(?:swiftly\s+|quickly\s+|promptly\s+|also\s+)?(?:ratify|approve)\b/.test(doc.text.slice(last.end, last.end + 30)))
      lists.push({ pending: true, list, head });
  }
  for (const c of named) {
    const lead = PENDING_LEAD_RE.exec(doc.text.slice(c.end, sentence.end));
    if (lead) lists.push({ pending: true, list: listBefore(doc, c.end, named), head: { start: c.end, end: c.end + lead[0].length } });
  }
  for (const { pending, list, head } of lists) {
    // Round 39: a list of allies still to ratify, each with its own ratification of every candidate on record after the
    // page's day, is confirmed (a ratification recorded with others' says nothing of when each did).
    const own = (ally: Named) =>
      candidates.map((k) => steps.filter((s) => s.country === k && s.by!.includes(ally.id))).map((r) => (r.length === 1 ? r[0] : null));
    // Not when the sentence names a candidate already in ("the accession of Sweden and Finland has not yet been ratified by
    // Turkey and Hungary" in June 2023: both had ratified Finland's), whose ratifications other readers judge.
    const allLater =
      pending &&
      list.length > 0 &&
      !named.some((c) => isCandidate(c.id) && !pendingCandidate(c.id)) &&
      list.every((ally) => {
        if (candidates.includes(ally.id)) return false;
        const recs = own(ally);
        return recs.every((s) => s && isConfident(s) && s.by!.length === 1 && factRange(s.date).first > doc.asOf);
      });
    if (allLater) {
      const recs = list.flatMap((ally) => own(ally) as AccessionStep[]);
      const last = list[list.length - 1];
      const span = head.end <= list[0].start ? { start: head.start, end: last.end } : { start: list[0].start, end: head.end };
      const names = list.map((a) => doc.facts.jurisdictions.get(a.id)?.name ?? a.id).join(', ');
      const fact = `${names} had not yet ratified on ${formatDay(doc.asOf)}. ${recs.map((s) => s.summary).join(' ')}`;
      out.push(
        historyAnnotation(
          doc,
          span,
          'membership',
          'supported',
          fact,
          fact,
          recs.map((s) => s.id),
          sourcesOfAll(recs).slice(0, 3),
        ),
      );
      continue;
    }
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
