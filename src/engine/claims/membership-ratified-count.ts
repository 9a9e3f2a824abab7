// Round 23. How many allies had ratified a candidate's accession on the page's day: "Including Finland, 28 out of 30
// member countries of the Alliance have ratified the accession agreement" (27 March 2023, the day Hungary's parliament
// voted, as the page itself tells: 29 of 30 had; held-out 21 zb004), "Two countries have yet to ratify the NATO accession
// of Sweden and Finland" (October 2022: Hungary and Türkiye), "So far 28 NATO members have ratified Finland's accession".
//
// The count is read from the ratification steps on record (alliance-history.json: the allies of each step in `by`): those
// whose day (or whole month) had passed by the page's day. A candidate is judged only while the allies on record are all the
// members of that day (Sweden's 30 allies on record are not the 31 of after Finland's accession), before its accession, and
// not within a step's uncertain month. Present tense only ("have ratified", "have yet to ratify"); a count told as past
// ("had ratified by then") or ahead ("will have") says nothing.
//
// Red flag only for "N of M have ratified" and "N ... have yet to ratify" with M (when said) the members of the day, on a
// certain date, after the steps the count leaves out: on an earlier day, or on the page's day when the page tells that
// ally's ratification as done ("On Monday, the Hungarian Parliament ratified Finland's entry"). A bare "N countries have
// ratified" (maybe some of them: "two more", "two countries have ratified this week") is only confirmed.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { AccessionStep } from '../../facts/schema';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import type { Span } from '../sentences';
import { memoByFacts } from '../memo';
import { numberFrom } from '../numbers';
import { COUNT_SRC, HYPOTHETICAL_RE, historyAnnotation, membersOn } from './history-common';

const GROUP = `(?:(?:NATO|allied|existing|current|other)\\s+)?(?:member\\s+(?:countries|states|nations)|members|allies|countries|nations|states|parliaments)`;
const OF_NATO = `(?:\\s+of\\s+(?:the\\s+)?(?:NATO|Nato|[Aa]lliance|North\\s+Atlantic\\s+(?:Treaty\\s+Organi[sz]ation|[Aa]lliance)|military\\s+alliance|bloc))?`;
const ADVERB = `(?:now\\s+|already\\s+|so\\s+far\\s+|formally\\s+|officially\\s+|thus\\s+far\\s+)?`;
// "28 out of 30 member countries of the Alliance have ratified", "29 of NATO's 30 members have now approved".
const OF_RE = new RegExp(
  `\\b${COUNT_SRC}\\s+(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|NATO['’]s\\s+|the\\s+(?:[Aa]lliance|bloc)['’]s\\s+)?${COUNT_SRC}\\s+${GROUP}${OF_NATO},?\\s+(?:have|has)\\s+${ADVERB}(?:ratified|approved|endorsed|backed)\\b`,
  'gi',
);
// "So far 28 NATO members have ratified": confirm only.
const BARE_RE = new RegExp(`\\b${COUNT_SRC}\\s+${GROUP}${OF_NATO}\\s+(?:have|has)\\s+${ADVERB}(?:ratified|approved)\\b`, 'gi');
// "Two countries have yet to ratify the NATO accession of Sweden and Finland", "only two allies have not yet approved".
const PENDING_RE = new RegExp(
  `\\b${COUNT_SRC}\\s+${GROUP}${OF_NATO}(?:\\s*[(–—-][^()–—]{2,40}[)–—-])?\\s+(?:have|still\\s+have)\\s+(?:still\\s+|yet\\s+)?(?:yet\\s+to\\s+(?:formally\\s+)?(?:ratify|approve)|not\\s+(?:yet\\s+)?(?:ratified|approved)|still\\s+to\\s+(?:ratify|approve))\\b`,
  'gi',
);
const OBJECT_RE = /\b(?:accession|membership|bid|protocols?|application|entry|agreement|joining)\b/i;
const NOT_NOW_RE = /\b(?:had|will|would|could|by\s+then|at\s+the\s+time|then)\b/i;
const DONE_VERB_RE = /\b(?:ratified|approved|endorsed|backed|voted|greenlit|green-lighted)\b/i;
const NOT_DONE_RE = /\b(?:yet\s+to|not|n['\u2019]t|will|would|expected|set\s+to|plans?|due|refus\w*)\b/i;

/** The ratification steps of each candidate (Finland, Sweden, North Macedonia ...). */
const stepsByCandidate = memoByFacts((facts, _: 'all') => {
  const out = new Map<string, AccessionStep[]>();
  for (const s of facts.base.history?.accessionSteps ?? [])
    if (s.step === 'ratified' && s.by?.length) out.set(s.country, [...(out.get(s.country) ?? []), s]);
  return out;
});

interface Tally {
  done: number;
  total: number;
  members: number;
  counted: AccessionStep[];
}

/** Allies that had ratified `candidate` by `day`, or null where the record cannot say (a step's month not yet over). */
function tallyOn(doc: Doc, candidate: string, day: string): Tally | null {
  const steps = stepsByCandidate(doc.facts, 'all').get(candidate);
  if (!steps) return null;
  const joined = doc.facts.jurisdictions.get(candidate)?.nato?.joined;
  if (joined && factRange(joined).first <= day) return null;
  let done = 0;
  let total = 0;
  const counted: AccessionStep[] = [];
  for (const s of steps) {
    const r = factRange(s.date);
    total += s.by!.length;
    if (r.first <= day && day < r.last) return null;
    if (r.last <= day) {
      done += s.by!.length;
      counted.push(s);
    }
  }
  const members = membersOn(doc.facts.base.jurisdictions, day).length;
  // Every ally of the day is on record (else an ally not in `by` could have ratified or not).
  if (members !== total) return null;
  return { done, total, members, counted };
}

/**
 * The candidates the count is of: those named before it in the sentence ("Including Finland, 28 out of 30 ... have ratified
 * ..., as well as that of Sweden": Finland's); else those after it in its clause ("Two countries have yet to ratify the NATO
 * accession of Sweden and Finland"); else those of the sentence before.
 */
function candidatesOf(doc: Doc, sentence: Span, prev: Span | null, at: Span): string[] {
  const steps = stepsByCandidate(doc.facts, 'all');
  const read = (span: Span) => {
    const ids: string[] = [];
    for (const q of matchesIn(doc, span, 'qualifier')) {
      const id = q.value.jurisdiction;
      if (id && steps.has(id) && !ids.includes(id)) ids.push(id);
    }
    return ids;
  };
  const before = read({ start: sentence.start, end: at.start });
  if (before.length) return before;
  const clause = /[,;:]/.exec(doc.text.slice(at.end, sentence.end));
  const after = read({ start: at.end, end: clause ? at.end + clause.index : sentence.end });
  if (after.length) return after;
  return read(sentence).length || !prev ? [] : read(prev);
}

/** The page tells the ratification of step `s` as done (a sentence naming its ally with a past verb, not negated). */
function toldDone(doc: Doc, s: AccessionStep): boolean {
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const verb = DONE_VERB_RE.exec(text);
    if (!verb || !OBJECT_RE.test(text)) continue;
    if (NOT_DONE_RE.test(text.slice(Math.max(0, verb.index - 25), verb.index))) continue;
    for (const q of matchesIn(doc, sentence, 'qualifier'))
      if (q.value.jurisdiction === s.by![0] && q.start - sentence.start < verb.index) return true;
  }
  return false;
}

export function ratifiedCountClaims(doc: Doc, sentence: Span, prev: Span | null): Annotation[] {
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!OBJECT_RE.test(text) && !(prev && OBJECT_RE.test(doc.text.slice(prev.start, prev.end)))) return [];
  if (HYPOTHETICAL_RE.test(text)) return [];
  const out: Annotation[] = [];
  const forms: Array<{ re: RegExp; pending: boolean; strict: boolean }> = [
    { re: OF_RE, pending: false, strict: true },
    { re: PENDING_RE, pending: true, strict: true },
    { re: BARE_RE, pending: false, strict: false },
  ];
  for (const { re, pending, strict } of forms) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
      if (out.some((a) => a.start < span.end && span.start < a.end)) continue;
      if (NOT_NOW_RE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
      const n = numberFrom(m[1]);
      const of = re === OF_RE ? numberFrom(m[2]) : NaN;
      if (!Number.isFinite(n)) continue;
      const candidates = candidatesOf(doc, sentence, prev, span);
      if (!candidates.length) continue;
      const tallies = candidates.map((c) => tallyOn(doc, c, doc.asOf));
      if (tallies.some((t) => !t)) continue;
      const ts = tallies as Tally[];
      if (re === OF_RE && ts.some((t) => t.members !== of)) continue;
      const truth = (t: Tally) => (pending ? t.total - t.done : t.done);
      const counted = [...new Set(ts.flatMap((t) => t.counted))];
      const sources = sourcesOfAll(counted).slice(0, 3);
      const facts = ts.map(
        (t, i) =>
          `${t.done} of ${t.members} allies had ratified ${doc.facts.jurisdictions.get(candidates[i])?.name}'s accession by ${formatDay(doc.asOf)}.`,
      );
      const fact = facts.join(' ');
      const ids = ['nato-members', ...counted.map((s) => s.id)];
      if (ts.every((t) => truth(t) === n)) {
        out.push(historyAnnotation(doc, span, 'membership', 'supported', fact, fact, ids, sources));
        continue;
      }
      if (!strict || !doc.dateCertain || ts.some((t) => truth(t) === n)) continue;
      // Steps of the page's own day count only when the page tells them as done.
      const sameDay = counted.filter((s) => factRange(s.date).last === doc.asOf);
      if (sameDay.some((s) => !toldDone(doc, s))) continue;
      const message = `Not so on ${formatDay(doc.asOf)}: ${fact} ${counted
        .filter((s) => s.by!.length === 1)
        .map((s) => s.summary)
        .join(' ')}`.trim();
      out.push(historyAnnotation(doc, span, 'membership', 'contradicted', message, fact, ids, sources));
    }
  }
  return out;
}
