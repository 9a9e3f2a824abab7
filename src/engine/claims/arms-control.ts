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
import { addDays, factRange, formatDay, gapDays } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { hull, type Span, spansOverlap } from '../sentences';
import { numberFrom } from '../numbers';
import { narratedTime } from '../narrated-time';
import { COUNT_SRC } from './history-common';
import { datesAndYears, historyAnnotation, type Dated } from './history-common';
import { gated } from '../triggers';

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
  // Round 26: the ABM Treaty (1972; the US left it in 2002) and START I (1991-2009), named in pages on New START's end.
  { id: 'abm', re: /\bAnti-?[Bb]allistic[- ][Mm]issile(?:\s*\(ABM\))?\s+[Tt]reaty\b|\bABM\s+[Tt]reaty\b/ },
  { id: 'start-1', re: /\bSTART[- ](?:I|1)\b(?![-\w])|\bfirst\s+Strategic\s+Arms\s+Reduction\s+Treaty\b/ },
  {
    id: 'cfe',
    re: /\bCFE\s+[Tt]reaty\b|\bTreaty on Conventional Armed Forces in Europe\b|\bConventional Armed Forces in Europe\s+(?:\(CFE\)\s+)?[Tt]reaty\b/,
  },
];
// One cheap test of the whole text before any sentence is read: most pages name none of them.
const ANY_TREATY_RE = gated(
  /\bINF\b|Intermediate[- ][Rr]ange Nuclear|Intermediate Nuclear|Open Skies|New START|New Start|Strategic Arms Reduction|\bCFE\b|Conventional Armed Forces|\bABM\b|[Bb]allistic[- ][Mm]issile [Tt]reaty|\bSTART[- ][I1]\b/,
);

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
  { id: 'rus', re: /\b(?:Russia|Russian|Moscow|Kremlin|Putin|Lavrov|Medvedev|Soviet|USSR)\b/ },
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
    const theirs = steps.filter((s) => s.treaty === treaty);
    const age = /year[- ]old/.test(text)
      ? treatyAge(doc, sentence, text, at, theirs)
      : /years\s+ago/.test(text)
        ? signedAgo(doc, sentence, at, theirs)
        : null;
    if (age) out.push(age);
    const ann = judge(doc, sentence, text, treaty, at, theirs);
    // A step confirmed around an age that is wrong would confirm the age too: the red flag stands alone.
    if (ann && !(age && age.verdict === 'contradicted' && spansOverlap(ann, age))) out.push(ann);
  }
  return out;
}

// Round 25: the treaty named in a sentence nearby and told here as "the treaty", "the pact", "a nuclear treaty with
// Russia": "Putin said ... Russia was not fully withdrawing from the treaty ... but was suspending its participation in the
// pact" (held-out 23 rb002), "The U.S. has formally withdrawn from a nuclear treaty with Russia" (ra003, the INF named in
// the next sentence).
const ANAPHORA_RE =
  /\b(?:the|this|that|a)\s+(?:(?:nuclear|arms[- ]control|missile|landmark|Cold[- ]War(?:-era)?)\s+)*(?:treaty|pact|accord)\b/i;
const DESCRIBED_RE = /\b(?:nuclear|arms[- ]control|missile|Cold[- ]War)\b/i;

/**
 * A step told of "the treaty" where the two sentences before and the one after name one treaty and no other: confirmed as
 * `judge` confirms it, never flagged (which treaty is read, not said).
 */
function byAnaphora(doc: Doc, i: number, text: string, steps: readonly ArmsControlStep[]): Annotation | null {
  const sentence = doc.sentences[i];
  const from = doc.sentences[Math.max(0, i - 2)].start;
  const to = doc.sentences[Math.min(doc.sentences.length - 1, i + 1)].end;
  const around = doc.text.slice(from, to);
  const m = ANAPHORA_RE.exec(text)!;
  let named = TREATIES.filter((t) => t.re.test(around));
  // Round 31: "Nato said February 1, 2019 it fully supported the US decision to pull out from a Cold War missile treaty
  // with Russia" (AFP, the page's first lines; the INF Treaty named five sentences on): a treaty described by its kind
  // ("missile", "nuclear", "Cold War") is the one treaty the whole page names, however far from it. A bare "the treaty"
  // still needs the name close by.
  if (!named.length && DESCRIBED_RE.test(m[0])) named = TREATIES.filter((t) => t.re.test(doc.text));
  if (named.length !== 1) return null;
  const at = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  const theirs = steps.filter((s) => s.treaty === named[0].id);
  // The anaphor's own clause first ("The U.S. has formally withdrawn from a nuclear treaty with Russia, with ... the pact
  // made in 1987": the year is another clause's), then the sentence.
  const cut = /,|;|\s--\s|\s[\u2014\u2013]\s/.exec(text.slice(m.index + m[0].length));
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
    if (!step) continue;
    const span = hull([at, d, ...verbs.map((v) => v.span)].filter((s) => near(s, at)));
    // Round 26. A treaty's own signing, entry into force or expiry told a day off ("New START expires February 6, 2026";
    // it expired on the 5th) may be another time zone's day: not confirmed, not flagged.
    if (!step.party && step.step !== 'extended' && d.granularity === 'day' && gapDays(d, factRange(step.date)) === 1) {
      const message = `A day from the record (${KIND_WORDS[step.step]}, ${formatDay(step.date)}): ${step.summary}`;
      return historyAnnotation(doc, span, 'event', 'context', message, step.summary, [step.id], sourcesOf(step));
    }
    return confirmed(doc, span, step);
  }
  const flag =
    signedInAnotherYear(doc, sentence, text, at, steps, dates) ??
    withdrawnInAnotherYear(doc, text, at, steps, dates, party, verbs, announced, hypothetical) ??
    stepOnAnotherDate(doc, text, at, steps, dates, verbs, hypothetical);
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

// Round 26. The day a treaty expires, entered into force or was signed, written out with its year: "New START expires
// February 16, 2026" (it expired on 5 February 2026), "The INF Treaty entered into force on June 1, 1989". One kind of
// step told, the date right after its verb (or the name), no party's own step: a red flag when the date is two days or
// more from the step's (a day either side may be another time zone's), or another month or year. New START's first
// term ran to 5 February 2021: that date is its expiry too, and before its extension (3 February 2021) no expiry is judged.
const ORIGINAL_EXPIRY: Partial<Record<Treaty, string>> = { 'new-start': '2021-02-05' };

function stepOnAnotherDate(
  doc: Doc,
  text: string,
  at: Span,
  steps: readonly ArmsControlStep[],
  dates: Dated[],
  verbs: Verb[],
  hypothetical: boolean,
): Annotation | null {
  if (verbs.length !== 1 || hypothetical || !doc.dateCertain || NOT_THE_TREATY_SIGNED_RE.test(text)) return null;
  const kind = verbs[0].kinds[0];
  if (kind !== 'expired' && kind !== 'in-force' && kind !== 'signed') return null;
  const step = steps.find((s) => s.step === kind && !s.party);
  if (!step || step.treaty === 'cfe' || !isConfident(step) || step.date.length !== 10) return null;
  const fits = [step.date];
  if (kind === 'expired') {
    const extended = steps.find((s) => s.step === 'extended');
    const original = ORIGINAL_EXPIRY[step.treaty];
    if (original) fits.push(original);
    if (extended && doc.asOf < extended.date) return null;
  }
  const verb = verbs[0].span;
  const date = dates.find(
    (d) =>
      d.explicitYear &&
      d.granularity !== 'year' &&
      d.start >= Math.max(verb.end, at.end) &&
      d.start - Math.max(verb.end, at.end) <= 30 &&
      !/[,;]|\b(?:1[89]|20)\d\d\b/.test(doc.text.slice(Math.max(verb.end, at.end), d.start)) &&
      !ANOTHER_VERB_RE.test(doc.text.slice(Math.max(verb.end, at.end), d.start)),
  );
  // The verb a few words from the name, no clause between ("The New START treaty between Russia and the US expires").
  const gap = verb.start > at.start ? doc.text.slice(at.end, verb.start) : doc.text.slice(verb.end, at.start);
  if (!date || gap.length > 45 || /[,;()]/.test(gap)) return null;
  const off = (day: string) => {
    const gap = gapDays(date, factRange(day));
    return date.granularity === 'day' ? gap >= 2 : gap > 0;
  };
  if (!fits.every(off)) return null;
  if (kind === 'expired' && date.first > addDays(step.date, 400)) return null;
  return historyAnnotation(
    doc,
    hull([at, verb, date]),
    'event',
    'contradicted',
    `Not so (${KIND_WORDS[kind]} ${formatDay(step.date)}): ${step.summary}`,
    step.summary,
    [step.id],
    sourcesOf(step),
  );
}

// Round 26. The treaty's age in an apposition or before its name: "the Open Skies Treaty, an 18-year-old arms control and
// verification agreement" (November 2020: in force since 2002, signed in 1992; held-out 24 sb007), "the 32-year-old INF
// Treaty" (August 2019). Counted from its signing or its entry into force, whole or rounded: either confirms. A red flag
// when the count is two years or more from both, on a certain date, in a sentence that tells no other time, supposes
// nothing and is not of the CFE Treaty (adapted in 1999: its ages are more).
const AGE_RE = new RegExp(`\\b(?:an?|the|this|that)\\s+${COUNT_SRC}[- ]year[- ]old\\b`, 'gi');

function treatyAge(doc: Doc, sentence: Span, text: string, at: Span, steps: readonly ArmsControlStep[]): Annotation | null {
  const from = steps.filter((s) => (s.step === 'signed' || s.step === 'in-force') && !s.party && s.date.length === 10);
  if (!from.length) return null;
  AGE_RE.lastIndex = 0;
  for (let m = AGE_RE.exec(text); m; m = AGE_RE.exec(text)) {
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    // Right before the name ("the 32-year-old INF Treaty", a few words between at most), or an apposition right after it
    // ("the Open Skies Treaty, an 18-year-old ... agreement").
    const before = span.end <= at.start && /^[\s\w-]{0,40}$/.test(doc.text.slice(span.end, at.start));
    const after = span.start >= at.end && /^\s*(?:\([^()]{1,20}\))?,\s*$/.test(doc.text.slice(at.end, span.start));
    if (!before && !after) continue;
    const n = numberFrom(m[1]);
    if (!Number.isFinite(n) || n < 1 || n > 80) continue;
    const ageOn = (day: string) => (Date.parse(doc.asOf) - Date.parse(day)) / (365.2425 * 86_400_000);
    const ages = from.map((s) => ageOn(s.date));
    const message = from.map((s) => `${KIND_WORDS[s.step]} ${formatDay(s.date)} (${ageOn(s.date).toFixed(1)} years before)`).join('; ');
    const fact = from.map((s) => s.summary).join(' ');
    const ids = from.map((s) => s.id);
    if (ages.some((a) => n === Math.floor(a) || n === Math.round(a)))
      return historyAnnotation(doc, hull([span, at]), 'event', 'supported', `On record: ${message}.`, fact, ids, sourcesOf(...from));
    const far = ages.every((a) => Math.abs(n - a) >= 2);
    const other = datesAndYears(doc, sentence).some((d) => d.explicitYear);
    const sure = far && doc.dateCertain && from.every(isConfident) && from[0].treaty !== 'cfe';
    const quiet = other || HYPOTHETICAL_RE.test(text) || !!narratedTime(doc, span.start).narration || /["\u201c\u201d]/.test(text);
    return historyAnnotation(
      doc,
      hull([span, at]),
      'event',
      sure && !quiet ? 'contradicted' : 'context',
      `${sure && !quiet ? 'Not so: ' : ''}On record: ${message}.`,
      fact,
      ids,
      sourcesOf(...from),
    );
  }
  return null;
}

// "the INF Treaty, signed 32 years ago", "New START, which was signed 15 years ago": the signing counted back from the page,
// right after the name. Confirmed when the count is the years since the signing (whole or rounded); a red flag when two or
// more off, as an age above.
const SIGNED_AGO_RE = new RegExp(
  `^\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:(?:[Tt]reaty|[Pp]act|[Aa]ccord|[Aa]greement)\\s*)?(?:,\\s*)?(?:(?:which|that)\\s+(?:was|were)\\s+|was\\s+|(?:first\\s+)?)signed(?:\\s+(?:in|at)\\s+[A-Z][a-z]+)?\\s+${COUNT_SRC}\\s+years\\s+ago\\b`,
);

function signedAgo(doc: Doc, sentence: Span, at: Span, steps: readonly ArmsControlStep[]): Annotation | null {
  const signed = steps.find((s) => s.step === 'signed' && !s.party && s.date.length === 10);
  if (!signed) return null;
  const m = SIGNED_AGO_RE.exec(doc.text.slice(at.end, sentence.end));
  if (!m) return null;
  const n = numberFrom(m[1]);
  if (!Number.isFinite(n) || n < 1 || n > 80) return null;
  const span = { start: at.start, end: at.end + m[0].length };
  const age = (Date.parse(doc.asOf) - Date.parse(signed.date)) / (365.2425 * 86_400_000);
  const message = `signed ${formatDay(signed.date)}, ${age.toFixed(1)} years before ${formatDay(doc.asOf)}`;
  if (n === Math.floor(age) || n === Math.round(age))
    return historyAnnotation(doc, span, 'event', 'supported', `On record: ${message}.`, signed.summary, [signed.id], sourcesOf(signed));
  const text = doc.text.slice(sentence.start, sentence.end);
  const told = narratedTime(doc, span.start).narration;
  const quiet =
    datesAndYears(doc, sentence).some((d) => d.explicitYear) ||
    HYPOTHETICAL_RE.test(text) ||
    (!!told && !/\bago\b/.test(told.label)) ||
    /["\u201c\u201d]/.test(text);
  const sure = Math.abs(n - age) >= 2 && doc.dateCertain && isConfident(signed) && signed.treaty !== 'cfe' && !quiet;
  return historyAnnotation(
    doc,
    span,
    'event',
    sure ? 'contradicted' : 'context',
    `${sure ? 'Not so: ' : ''}On record: ${message}.`,
    signed.summary,
    [signed.id],
    sourcesOf(signed),
  );
}

function confirmed(doc: Doc, span: Span, step: ArmsControlStep): Annotation {
  const verdict = isConfident(step) ? 'supported' : 'context';
  const message = `On record (${KIND_WORDS[step.step]}, ${formatDay(step.date)}): ${step.summary}`;
  return historyAnnotation(doc, span, 'event', verdict, message, step.summary, [step.id], sourcesOf(step));
}
