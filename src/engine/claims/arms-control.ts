// Arms-control treaties between NATO's members and Russia, as articles about the alliance tell
// their steps in passing: "On August 2, the United States withdrew from the Intermediate Nuclear
// Forces (INF) Treaty"; "the announcement by the US Government of its intention to withdraw from
// the Open Skies Treaty"; "Putin ... suspending its participation in New START"; "The Open Skies
// Treaty, signed in 1992". The steps are data (alliance-history.json, armsControl): each treaty's
// signing, entry into force, extension, expiry, and each party's announced withdrawal, suspension
// and withdrawal.
//
// Confirmed where a step of the kind told, by the party told, falls on the date told (or, with no
// date, had happened by the article's date). A red flag only on two tight forms: a signing year
// that is not the treaty's ("signed the INF treaty in 1978"), and a completed withdrawal by one
// named party in a year in which that party took no step on that treaty at all ("the US withdrew
// from the Open Skies Treaty in 2019"). A withdrawal told loosely, on the day it was announced or
// when the party only suspended the treaty ("Russia withdrew from New START in 2023"), is left
// unjudged: the press says it that way, and it is not false enough to flag.
import type { ArmsControlStep } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { factRange, formatDay, gapDays } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { hull, type Span } from '../sentences';
import { datesAndYears, historyAnnotation, type Dated } from './history-common';

type Treaty = ArmsControlStep['treaty'];
type StepKind = ArmsControlStep['step'];

// The treaties by the names the press gives them. "Open Skies" alone is also the name of civil
// aviation agreements ("the EU-US Open Skies agreement"): only with "Treaty" or "pact". "CFE" alone
// is too short to be sure of: only as "CFE Treaty" or by its full name.
const TREATIES: ReadonlyArray<{ id: Treaty; re: RegExp }> = [
  {
    id: 'inf',
    re: /\b(?:Intermediate[- ][Rr]ange Nuclear Forces|Intermediate Nuclear Forces)(?:\s*\(INF\))?(?:\s+(?:[Tt]reaty|[Aa]ccord|[Pp]act|[Aa]greement))?|\bINF\s+(?:[Tt]reaty|[Aa]ccord|[Pp]act|[Aa]greement)\b/,
  },
  { id: 'open-skies', re: /\bOpen Skies\s+(?:[Tt]reaty|[Pp]act)\b|\bTreaty on Open Skies\b/ },
  { id: 'new-start', re: /\bNew START\b|\bNew Start\s+(?:[Tt]reaty|[Pp]act|[Aa]ccord)\b|\bNew Strategic Arms Reduction Treaty\b/ },
  {
    id: 'cfe',
    re: /\bCFE\s+[Tt]reaty\b|\bTreaty on Conventional Armed Forces in Europe\b|\bConventional Armed Forces in Europe\s+(?:\(CFE\)\s+)?[Tt]reaty\b/,
  },
];
// One cheap test of the whole text before any sentence is read: most pages name none of them.
const ANY_TREATY_RE =
  /\bINF\b|Intermediate[- ][Rr]ange Nuclear|Intermediate Nuclear|Open Skies|New START|New Start|Strategic Arms Reduction|\bCFE\b|Conventional Armed Forces/;

// The words of each kind of step. A sentence may tell several ("announced its formal withdrawal").
const VERBS: ReadonlyArray<{ kinds: readonly StepKind[]; re: RegExp }> = [
  { kinds: ['signed'], re: /\bsign(?:ed|ing)\b/i },
  { kinds: ['in-force'], re: /\b(?:enter(?:ed|s)?|came|went|com(?:e|es)) into (?:force|effect)\b/i },
  { kinds: ['extended'], re: /\bextend(?:ed|ing|s)?\b|\bextension\b|\brenew(?:ed|al)\b/i },
  { kinds: ['suspended'], re: /\bsuspen(?:d|ded|ding|ds|sion)\b|\bhalt(?:ed|ing|s)?\s+(?:its\s+)?participation\b/i },
  { kinds: ['expired'], re: /\bexpir(?:e|ed|es|ing|y|ation)\b|\blaps(?:e|ed|es)\b/i },
  {
    kinds: ['withdrawn', 'withdrawal-announced'],
    re: /\bwithdr(?:ew|awn|awal|awing|aws|aw)\b|\bpull(?:ed|ing|s)?\s+(?:the\s+\w+\s+)?out\b|\bpull-?out\b|\bquit(?:s|ting)?\b|\bexit(?:ed|ing|s)?\b|\bleft\b|\bleav(?:e|es|ing)\b|\bditch(?:ed|es|ing)?\b|\bscrap(?:ped|s|ping)?\b|\bterminat(?:e|ed|es|ing|ion)\b/i,
  },
];
// Told as announced, notified or intended: the withdrawal's announcement confirms it.
const ANNOUNCE_RE = /\b(?:announc\w+|notice|notif\w+|intention|intend\w*|decision|decided|said|says|vowed|plans?)\b/i;
// Wished, feared, threatened or asked for: no claim that it happened.
const HYPOTHETICAL_RE =
  /\b(?:if|could|might|should|unless|whether|urg\w+|call(?:ed|s|ing)? (?:on|for)|threat\w*|consider\w*|weigh\w*|mull\w*|push(?:ed|ing)? for|propos\w*|demand\w*|wants?|wanted|hop(?:e|ed|es)|fear\w*|risk\w*)\b|\?/i;
// Between "signed" and the year, another verb makes the year its own: "signed by Reagan and Gorbachev and abandoned in
// 2019", "The INF treaty signed by Reagan and Gorbachev ended in 2019", "the treaty that entered into force in 1988".
const ANOTHER_VERB_RE =
  /\b(?:[a-z]{2,}ed|was|were|is|are|has|have|had|be|been|became|becomes|fell|falls|broke|took|came|went|ends?|expires?|lapses?|runs?|ran|dies|died|left|quit|sp[ae]n\w*)\b/;
// A law, decree, protocol or extension that was signed, not the treaty: no signing year is judged.
const NOT_THE_TREATY_SIGNED_RE = /\b(?:law|decree|bill|protocol|extension|amend\w*|adapted|ratif\w*|instrument|order|memorandum)\b/i;

const PARTIES: ReadonlyArray<{ id: string; re: RegExp }> = [
  // "U.S." ends in a dot: no word boundary after it before a space (round 25).
  { id: 'usa', re: /\b(?:United States|US|USA|America|American|Washington|Trump|Pompeo|Esper|Biden|Blinken|Bolton)\b|\bU\.S\.(?!\w)/ },
  { id: 'rus', re: /\b(?:Russia|Russian|Moscow|Kremlin|Putin|Lavrov|Medvedev)\b/ },
];

const KIND_WORDS: Record<StepKind, string> = {
  signed: 'signed',
  'in-force': 'in force',
  extended: 'extended',
  'withdrawal-announced': 'withdrawal announced',
  suspended: 'suspended',
  withdrawn: 'withdrawn',
  expired: 'expired',
};

export const armsControlDetector: ClaimDetector = {
  kind: 'event',
  // "treaty" is already a word of the others' triggers: no new word slows every paragraph's test.
  // Claims without it ("withdrew from New START") name the United States or Russia, which the lexicon matches.
  triggers: [{ words: ['treaty'] }],
  find: findArmsControlClaims,
};

function findArmsControlClaims(doc: Doc): Annotation[] {
  const steps = doc.facts.base.history?.armsControl;
  if (!steps?.length || !ANY_TREATY_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  for (const [i, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!ANY_TREATY_RE.test(text)) {
      const a = ANAPHORA_RE.test(text) ? byAnaphora(doc, i, text, steps) : null;
      if (a) out.push(a);
      continue;
    }
    const named = TREATIES.map((t) => ({ id: t.id, m: t.re.exec(text) })).filter((t) => t.m);
    // One treaty a sentence: with two ("after the INF and Open Skies treaties"), whose step is which is not sure.
    if (named.length !== 1) continue;
    const treaty = named[0].id;
    const at = { start: sentence.start + named[0].m!.index, end: sentence.start + named[0].m!.index + named[0].m![0].length };
    const ann = judge(
      doc,
      sentence,
      text,
      treaty,
      at,
      steps.filter((s) => s.treaty === treaty),
    );
    if (ann) out.push(ann);
  }
  return out;
}

// Round 25: the treaty named in a sentence nearby and told here as "the treaty", "the pact", "a nuclear treaty with
// Russia": "Putin said ... Russia was not fully withdrawing from the treaty ... but was suspending its participation in the
// pact" (held-out 23 rb002), "The U.S. has formally withdrawn from a nuclear treaty with Russia" (ra003, the INF named in
// the next sentence).
const ANAPHORA_RE =
  /\b(?:the|this|that|a)\s+(?:(?:nuclear|arms[- ]control|missile|landmark|Cold[- ]War(?:-era)?)\s+)*(?:treaty|pact|accord)\b/i;

/**
 * A step told of "the treaty" where the two sentences before and the one after name one treaty and no other: confirmed as
 * `judge` confirms it, never flagged (which treaty is read, not said).
 */
function byAnaphora(doc: Doc, i: number, text: string, steps: readonly ArmsControlStep[]): Annotation | null {
  const sentence = doc.sentences[i];
  const from = doc.sentences[Math.max(0, i - 2)].start;
  const to = doc.sentences[Math.min(doc.sentences.length - 1, i + 1)].end;
  const around = doc.text.slice(from, to);
  const named = TREATIES.filter((t) => t.re.test(around));
  if (named.length !== 1) return null;
  const m = ANAPHORA_RE.exec(text)!;
  const at = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  const theirs = steps.filter((s) => s.treaty === named[0].id);
  // The anaphor's own clause first ("The U.S. has formally withdrawn from a nuclear treaty with Russia, with ... the pact
  // made in 1987": the year is another clause's), then the sentence.
  const cut = /,|;|\s--\s|\s[—–]\s/.exec(text.slice(m.index + m[0].length));
  const clause = cut ? { start: sentence.start, end: at.end + cut.index } : sentence;
  for (const span of clause === sentence ? [sentence] : [clause, sentence]) {
    const a = judge(doc, span, doc.text.slice(span.start, span.end), named[0].id, at, theirs);
    if (a) return a.verdict === 'supported' ? a : null;
  }
  return null;
}

interface Verb {
  kinds: readonly StepKind[];
  span: Span;
}

function judge(doc: Doc, sentence: Span, text: string, treaty: Treaty, at: Span, steps: readonly ArmsControlStep[]): Annotation | null {
  const verbs: Verb[] = [];
  for (const v of VERBS) {
    const m = v.re.exec(text);
    if (m) verbs.push({ kinds: v.kinds, span: { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length } });
  }
  if (!verbs.length) return null;
  const parties = PARTIES.filter((p) => p.re.test(text)).map((p) => p.id);
  const party = parties.length === 1 ? parties[0] : null;
  const announced = ANNOUNCE_RE.test(text);
  const hypothetical = HYPOTHETICAL_RE.test(text);
  // The kinds of step the sentence may tell: a withdrawal told as announced is also its announcement; told as done, only
  // the withdrawal itself confirms it.
  const kinds = new Set<StepKind>();
  for (const v of verbs) for (const k of v.kinds) if (k !== 'withdrawal-announced' || announced) kinds.add(k);
  const fits = (s: ArmsControlStep) => kinds.has(s.step) && (!s.party || !party || s.party === party);
  const dates = datesAndYears(doc, sentence).filter(
    (d) => !/\b(?:since|before|after|until|through|by)\s+$/i.test(doc.text.slice(Math.max(sentence.start, d.start - 12), d.start)),
  );
  const onDate = (s: ArmsControlStep, d: Dated) => gapDays(d, factRange(s.date)) <= (d.granularity === 'day' ? 1 : 0);
  for (const d of dates) {
    const step = steps.find((s) => fits(s) && onDate(s, d));
    if (step) return confirmed(doc, hull([at, d, ...verbs.map((v) => v.span)].filter((s) => near(s, at))), step);
  }
  const flag =
    signedInAnotherYear(doc, sentence, text, at, steps, dates) ??
    withdrawnInAnotherYear(doc, text, at, steps, dates, party, verbs, announced, hypothetical);
  if (flag) return flag;
  if (dates.length || hypothetical) return null;
  // No date: true of any day since the step, by the party told (or the one party that took such a step).
  const done = steps.filter((s) => fits(s) && s.date <= doc.asOf && (s.step !== 'withdrawal-announced' || announced));
  const takers = new Set(done.map((s) => s.party ?? ''));
  if (!done.length || (!party && takers.size > 1)) return null;
  const step = done[done.length - 1];
  return confirmed(doc, hull([at, ...verbs.map((v) => v.span)].filter((s) => near(s, at))), step);
}

/** Within the claim's reach of the treaty's name: a verb or date far off in a long sentence is of another clause. */
const near = (s: Span, at: Span) => s.end >= at.start - 120 && s.start <= at.end + 120;

/** "signed the INF treaty in 1978": "signed" next to the name, a year with it, and no law, decree or extension signed. */
function signedInAnotherYear(
  doc: Doc,
  sentence: Span,
  text: string,
  at: Span,
  steps: readonly ArmsControlStep[],
  dates: Dated[],
): Annotation | null {
  const signed = steps.find((s) => s.step === 'signed');
  // The CFE Treaty was adapted by a second agreement signed in 1999: its signing years are two.
  if (!signed || signed.treaty === 'cfe' || !isConfident(signed) || !doc.dateCertain) return null;
  if (NOT_THE_TREATY_SIGNED_RE.test(text) || HYPOTHETICAL_RE.test(text)) return null;
  const verb = /\bsigned\b/.exec(text);
  if (!verb) return null;
  const v = { start: sentence.start + verb.index, end: sentence.start + verb.index + verb[0].length };
  // "signed the INF treaty in 1978" or "the INF Treaty, signed in 1978": name and verb a few words apart, no clause between.
  const between = doc.text.slice(Math.min(at.end, v.end), Math.max(at.start, v.start));
  if (between.length > 40 || /[;:]|\band\b/.test(between)) return null;
  const year = dates.find(
    (d) =>
      d.explicitYear &&
      d.start >= v.end &&
      d.start - v.end <= 50 &&
      !/[,;]/.test(doc.text.slice(v.end, d.start).replace(/^\s*(?:by|between)\b[^,;]*/, '')) &&
      !ANOTHER_VERB_RE.test(doc.text.slice(v.end, d.start)),
  );
  if (!year || year.granularity === 'day' || gapDays(year, factRange(signed.date)) === 0) return null;
  if (Number(year.first.slice(0, 4)) > Number(doc.asOf.slice(0, 4))) return null;
  return historyAnnotation(
    doc,
    hull([at, v, year]),
    'event',
    'contradicted',
    `Not signed in ${year.first.slice(0, 4)}: ${signed.summary}`,
    signed.summary,
    [signed.id],
    sourcesOf(signed),
  );
}

/**
 * "the US withdrew from the Open Skies Treaty in 2019": a withdrawal told as done, by one party, in a year written out in
 * which that party took no step on the treaty at all (no announcement, suspension or withdrawal): every step through
 * the horizon is on record.
 */
function withdrawnInAnotherYear(
  doc: Doc,
  text: string,
  at: Span,
  steps: readonly ArmsControlStep[],
  dates: Dated[],
  party: string | null,
  verbs: Verb[],
  announced: boolean,
  hypothetical: boolean,
): Annotation | null {
  if (!party || announced || hypothetical || !doc.dateCertain) return null;
  const withdraw = verbs.find((v) => v.kinds.includes('withdrawn'));
  if (
    !withdraw ||
    verbs.length > 1 ||
    !/\b(?:withdrew|pulled\s+(?:\w+\s+)?out|quit|exited|left|ditched|scrapped)\b/.test(
      doc.text.slice(withdraw.span.start, withdraw.span.end),
    )
  )
    return null;
  const theirs = steps.filter((s) => s.party === party);
  const done = theirs.find((s) => s.step === 'withdrawn');
  if (!done || !isConfident(done) || done.date > doc.facts.base.checkedThrough) return null;
  // The party, then the verb, then the treaty, then the year, in one clause: "the US withdrew from the X Treaty in 2019".
  if (withdraw.span.start > at.start) return null;
  const year = dates.find(
    (d) => d.start >= at.end && d.start - at.end <= 30 && d.explicitYear && !/[,;]/.test(doc.text.slice(at.end, d.start)),
  );
  if (!year || year.granularity === 'day') return null;
  if (year.first > doc.asOf || theirs.some((s) => gapDays(year, factRange(s.date)) === 0)) return null;
  return historyAnnotation(
    doc,
    hull([withdraw.span, at, year]),
    'event',
    'contradicted',
    `Not in ${formatDay(year.granularity === 'month' ? year.first.slice(0, 7) : year.first.slice(0, 4))}: ${done.summary}`,
    done.summary,
    [done.id],
    sourcesOf(...theirs),
  );
}

function confirmed(doc: Doc, span: Span, step: ArmsControlStep): Annotation {
  const verdict = isConfident(step) ? 'supported' : 'context';
  const message = `On record (${KIND_WORDS[step.step]}, ${formatDay(step.date)}): ${step.summary}`;
  return historyAnnotation(doc, span, 'event', verdict, message, step.summary, [step.id], sourcesOf(step));
}
