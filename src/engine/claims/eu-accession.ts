// The European Union's enlargement steps, told as done (round 18): "The European Council decided to grant EU candidate
// status to Ukraine and the Republic of Moldova" (Finnish government, 24 June 2022; held-out 15 ta029), "The Council
// agreed to open membership talks with Ukraine and Moldova. The bloc also granted candidate status to Georgia" (14
// December 2023, ta040), "EU leaders agreed on Thursday (14 December) to open EU accession talks with Ukraine and Moldova"
// (held-out 14 l041), "European Union countries, except Hungary, agreed to Ukraine's request to begin talks on joining the
// European Union" (o117). The fact base lists the steps (eu-enlargement.json): candidate status, talks decided, talks
// formally opened; for a country with any step on record the list is complete through the horizon.
//
// A sentence that tells one of these steps as done, with the EU as its actor and no NATO in it, naming countries with
// steps on record:
//   - a day told (or resolved: "on Thursday") within a day of the step: supported; three days or more from every record
//     of that kind (talks: the decision or the formal opening): contradicted;
//   - no day told: supported when the step came on or before the page's day; contradicted when the page is three days or
//     more before the step (or the country has no such step on record, within the horizon).
// Plans, conditions and hopes ("are ready to grant candidate status to Georgia once ...", "will open talks") are left
// alone, and so is the Commission's recommendation. Red flags need a page of certain date and verified records.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { EuAccessionStep } from '../../facts/schema';
import { findDates, formatDay, toDays } from '../dates';
import { sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';
import { spansOverlap } from '../sentences';
import { HYPOTHETICAL_RE } from './history-common';
import { compiledOnFirstRun } from '../triggers';

type Kind = 'candidate-status' | 'talks';

// The step, told as done. Candidate status: "granted (EU) candidate status to", "granted Ukraine and Moldova candidate
// status", "were granted candidate status". Talks: "(agreed|decided) to open/start/begin (EU) accession/membership
// talks/negotiations with", "opened accession talks with", "to begin talks on joining the EU".
const CANDIDATE_RE =
  /\b(?:grant(?:ed|s)?|decided\s+to\s+grant|agreed\s+to\s+grant|gave|awarded|bestowed)\b[^.;]{0,60}?\b(?:(?:EU|E\.U\.|official|formal)\s+)?candidate(?:\s+country)?\s+status\b/g;
const TALKS_RE =
  /\b(?:(?:agreed|decided|voted|approved)(?:\s+on\s+[^.;]{0,30}?)?\s+to\s+(?:formally\s+)?(?:open|start|begin|launch)|(?:formally\s+)?(?:opened|started|began|launched))\s+(?:(?:EU|E\.U\.|formal|the)\s+)?(?:(?:accession|membership)\s+(?:talks|negotiations)|talks\s+on\s+(?:joining|accession\s+to|membership\s+(?:of|in))\s+the\s+(?:EU|E\.U\.|European\s+Union|bloc))\b/g;
// Talks told through a request granted: "agreed to Ukraine's request to begin talks on joining the European Union".
const REQUEST_TALKS_RE =
  /\bagreed\s+to\s+\S+\s+request\s+to\s+(?:open|start|begin)\s+(?:(?:accession|membership)\s+(?:talks|negotiations)|talks\s+on\s+joining\s+the\s+(?:EU|E\.U\.|European\s+Union|bloc))\b/g;
// The EU as the actor, somewhere in the sentence.
const EU_RE = compiledOnFirstRun(
  /\b(?:EU|E\.U\.|European\s+(?:Union|Council)|[Tt]he\s+(?:bloc|Council)|27\s+(?:leaders|member\s+states|countries))\b/,
);
// What is no step done: a plan, a condition, a hope, a recommendation, a refusal; NATO's own candidates (1999).
const NOT_DONE_RE =
  /\b(?:ready\s+to|will|would|could|should|may|might|expected|set\s+to|due\s+to|plans?|hopes?|wants?|seeks?|once|if|unless|recommend\w*|propos\w*|calls?\s+for|urged?|asked|refus\w*|block\w*|veto\w*|not|never|yet\s+to|failed|applied|application|NATO|Nato|[Aa]lliance)\b|\?/;
// A day off by this many days or more from every record is a misdating; one day either side is the same summit.
const MISDATED_DAYS = 3;

const COUNTRY_NAMES: Record<string, string> = {
  ukr: '\\bUkraine\\b',
  mda: '\\b(?:Moldova|Republic\\s+of\\s+Moldova)\\b',
  geo: '\\bGeorgia\\b(?!\\s+(?:Meloni|State|Tech))',
};

const ONE_NAME = `(?:the\\s+)?(?:${Object.values(COUNTRY_NAMES).join('|')})`;
const LIST_AFTER_RE = new RegExp(`^\\s*(?:to|with)?\\s*${ONE_NAME}(?:(?:,\\s*|,?\\s+and\\s+)${ONE_NAME})*`);

// Built once (speed, round 41): a literal in withEuAccession was a new expression, parsed again, at each call.
const WITH_EU_ACCESSION_RE = /candidate|talks|negotiations/;
export function withEuAccession(detector: ClaimDetector): ClaimDetector {
  return {
    kind: detector.kind,
    triggers: detector.triggers,
    find(doc, ctx) {
      const out = detector.find(doc, ctx);
      if (!WITH_EU_ACCESSION_RE.test(doc.text)) return out;
      const steps = doc.facts.base.history?.euSteps;
      if (!steps?.length) return out;
      for (const f of euAccessionClaims(doc, steps)) if (!out.some((o) => spansOverlap(o, f))) out.push(f);
      return out;
    },
  };
}

function euAccessionClaims(doc: Doc, steps: readonly EuAccessionStep[]): Annotation[] {
  const out: Annotation[] = [];
  const past = pastHorizon(doc.facts, doc.asOf);
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!WITH_EU_ACCESSION_RE.test(text) || !EU_RE.test(text)) continue;
    for (const [re, kind] of [
      [CANDIDATE_RE, 'candidate-status'],
      [TALKS_RE, 'talks'],
      [REQUEST_TALKS_RE, 'talks'],
    ] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        // The clause of the step: from the sentence's start (its actor) to the end of the clause after the match.
        const clauseEnd = clauseEndAfter(text, m.index + m[0].length);
        const before = text.slice(0, m.index);
        const clause = text.slice(0, clauseEnd);
        if (NOT_DONE_RE.test(before.slice(-80)) || NOT_DONE_RE.test(text.slice(m.index, clauseEnd))) continue;
        if (HYPOTHETICAL_RE.test(clause)) continue;
        // A bare "grant" is a step done only as the object of a decision told before it ("agreed ... to open talks with
        // Ukraine and Moldova and grant candidate status to Georgia"), not "calls to grant".
        if (/^grant\b/.test(m[0]) && !/\b(?:agreed|decided|approved|voted)\b/.test(before.slice(-120))) continue;
        // The countries: those with steps on record the clause names after the verb, or before it ("Ukraine's request").
        // The countries: named in the match ("granted Ukraine and Moldova candidate status", "agreed to Ukraine's
        // request") or in the list right after it ("... to Ukraine and the Republic of Moldova", "... with Ukraine and
        // Moldova"), never further on ("... with Ukraine and Moldova and grant candidate status to Georgia").
        const list = LIST_AFTER_RE.exec(text.slice(m.index + m[0].length, clauseEnd));
        const named = m[0] + ' ' + (list?.[0] ?? '');
        const countries = Object.entries(COUNTRY_NAMES)
          .filter(([, name]) => new RegExp(name).test(named))
          .map(([id]) => id)
          .filter((id) => steps.some((s) => s.country === id));
        if (!countries.length) continue;
        const start = sentence.start + m.index;
        const end = sentence.start + m.index + m[0].length + (list?.[0].length ?? 0);
        const judged = judge(doc, steps, kind, countries, sentence.start, sentence.start + clauseEnd, !!past);
        if (judged) out.push({ start, end, quote: doc.text.slice(start, end), kind: 'membership', ...judged });
      }
    }
  }
  return out;
}

/** The end of the clause that holds the match: the sentence's end, or a semicolon, or a comma before a new clause. */
function clauseEndAfter(text: string, from: number): number {
  const rest = text.slice(from);
  const stop = rest.search(/[;:]|,\s+(?:but|while|which|who|as|after|saying|and|despite|in|bypassing|overcoming|even)\b|\.\s|\.$/);
  return stop < 0 ? text.trimEnd().replace(/[.!]$/, '').length : from + stop;
}

function judge(
  doc: Doc,
  steps: readonly EuAccessionStep[],
  kind: Kind,
  countries: string[],
  from: number,
  to: number,
  past: boolean,
): Pick<Annotation, 'verdict' | 'message' | 'fact' | 'factIds' | 'sources'> | null {
  const ofKind = (s: EuAccessionStep) => (kind === 'candidate-status' ? s.step === 'candidate-status' : s.step !== 'candidate-status');
  const records = countries.map((c) => steps.filter((s) => s.country === c && ofKind(s)));
  const all = records.flat();
  const what = kind === 'candidate-status' ? 'candidate status' : 'accession talks';
  const nameOf = (id: string) => doc.facts.base.jurisdictions.find((j) => j.id === id)?.name ?? id;
  const fact = [
    ...all.map((s) => s.summary),
    ...countries.filter((_, i) => !records[i].length).map((c) => `The EU has not decided ${what} for ${nameOf(c)}.`),
  ].join(' ');
  const factIds = all.length ? all.map((s) => s.id) : countries.map((c) => `eu-steps-${c}`);
  const sources = all.length ? sourcesOfAll(all) : sourcesOfAll(steps.filter((s) => countries.includes(s.country)));
  const sure = doc.dateCertain && !past && steps.filter((s) => countries.includes(s.country)).every((s) => s.confidence === 'verified');
  // The day told: a day (or a month) in the clause, resolved against the page's day.
  const dates = findDates(doc.text, from, to, { asOf: doc.asOf, future: false }).filter(
    (d) => d.granularity === 'day' || d.granularity === 'month',
  );
  // "on Thursday (14 December)": two expressions of one day are one day told; two days are not read.
  const days = new Set(dates.map((d) => `${d.first}/${d.last}`));
  if (days.size > 1) return null;
  const told = dates.length ? dates[0] : null;
  const gap = (s: EuAccessionStep, first: string, last: string) => {
    const day = toDays(s.date);
    return day < toDays(first) ? toDays(first) - day : day > toDays(last) ? day - toDays(last) : 0;
  };
  if (told) {
    const fits = records.every((r) => r.some((s) => gap(s, told.first, told.last) <= 1));
    if (fits) return { verdict: 'supported', message: fact, fact, factIds, sources };
    const far = records.some((r) => r.every((s) => gap(s, told.first, told.last) >= MISDATED_DAYS));
    if (!far || !sure) return null;
    const when = told.granularity === 'day' ? formatDay(told.first) : `${formatDay(told.first).replace(/^\w+ \d+, /, '')}`;
    return {
      verdict: 'contradicted',
      message: records.some((r) => !r.length) ? `Not so: ${fact}` : `Not on ${when}: ${fact}`,
      fact,
      factIds,
      sources,
    };
  }
  // No day told: done by the page's day?
  const done = records.every((r) => r.some((s) => s.date <= doc.asOf));
  if (done) return { verdict: 'supported', message: fact, fact, factIds, sources };
  const notYet = records.some((r) => r.every((s) => toDays(s.date) - toDays(doc.asOf) >= MISDATED_DAYS));
  if (!notYet || !sure) return null;
  return {
    verdict: 'contradicted',
    message: records.some((r) => !r.length) ? `Not so: ${fact}` : `Not by ${formatDay(doc.asOf)}: ${fact}`,
    fact,
    factIds,
    sources,
  };
}
