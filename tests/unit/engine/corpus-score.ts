// Scores the engine on a labelled corpus (tests/fixtures/*/expected.jsonl) in-process, with the
// rules of tests/fixtures/eval/score.mjs (which scores the `check` command one file at a time):
// a label is hit when an annotation overlaps its quote's first occurrence; a red flag no label
// covers is "unlabelled". The same engine call as `check FILE.txt --date D`: the whole text,
// judged as of the given date, the date certain.
import { readFileSync } from 'node:fs';
import { createEngine, type Engine } from '../../../src/engine';
import { getFacts } from '../../../src/facts';
import type { Annotation } from '../../../src/engine/types';

interface Label {
  quote: string;
  verdict: 'supported' | 'outdated' | 'contradicted' | 'context-only';
  tier?: 'core' | 'stretch' | 'ignore';
}
interface Case {
  id: string;
  published: string;
  text: string;
  labels: Label[];
}

interface Tally {
  problem: number;
  problemHit: number;
  problemExact: number;
  supported: number;
  supportedHit: number;
  okLabels: number;
  falseAlarmOnLabel: number;
}

export interface CorpusScore {
  core: Tally;
  stretch: Tally;
  unlabelledRed: number;
  /** One line per miss, false alarm and unlabelled red flag, as score.mjs --verbose prints them. */
  notes: string[];
}

const PROBLEM = new Set(['outdated', 'contradicted']);
const emptyTally = (): Tally => ({
  problem: 0,
  problemHit: 0,
  problemExact: 0,
  supported: 0,
  supportedHit: 0,
  okLabels: 0,
  falseAlarmOnLabel: 0,
});

function readCorpus(path: string): Case[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

export function scoreCorpus(path: string, engine: Engine = createEngine(getFacts())): CorpusScore {
  const tiers = { core: emptyTally(), stretch: emptyTally() };
  const notes: string[] = [];
  let unlabelledRed = 0;
  for (const c of readCorpus(path)) {
    const anns: Annotation[] = engine.analyze(c.text, { asOf: c.published, dateCertain: true });
    const covered = new Set<Annotation>();
    for (const l of c.labels) {
      const tier = l.tier ?? 'core';
      const s = c.text.indexOf(l.quote);
      if (s < 0) {
        notes.push(`${c.id}: label quote not in text: ${l.quote}`);
        continue;
      }
      const e = s + l.quote.length;
      const over = anns.filter((a) => a.start < e && a.end > s);
      const red = over.filter((a) => PROBLEM.has(a.verdict));
      if (tier === 'ignore') {
        red.forEach((a) => covered.add(a));
        continue;
      }
      const t = tiers[tier];
      if (PROBLEM.has(l.verdict)) {
        t.problem++;
        red.forEach((a) => covered.add(a));
        if (red.length) t.problemHit++;
        if (red.some((a) => a.verdict === l.verdict)) t.problemExact++;
        else if (!red.length) notes.push(`${c.id}: MISSED [${tier}] ${l.verdict}: ${l.quote}`);
      } else {
        t.okLabels++;
        if (red.length) {
          t.falseAlarmOnLabel++;
          red.forEach((a) => covered.add(a));
          notes.push(`${c.id}: FALSE ALARM [${tier}] (${red[0].verdict}) on ${l.verdict} text: ${l.quote} -- ${red[0].message}`);
        }
        if (l.verdict === 'supported') {
          t.supported++;
          if (over.some((a) => a.verdict === 'supported')) t.supportedHit++;
          else notes.push(`${c.id}: not supported [${tier}]: ${l.quote} -> ${over.map((a) => a.verdict).join(',') || 'nothing'}`);
        }
      }
    }
    for (const a of anns) {
      if (PROBLEM.has(a.verdict) && !covered.has(a)) {
        unlabelledRed++;
        notes.push(`${c.id}: unlabelled ${a.verdict}: "${a.quote}" ${a.message}`);
      }
    }
  }
  return { ...tiers, unlabelledRed, notes };
}

interface LabelsOnlyCase {
  id: string;
  published: string;
  labels: Label[];
}

export interface QuoteScore {
  core: { problem: number; problemHit: number; supported: number; supportedHit: number };
  /** Red flags on quotes labelled supported (any tier): each is a false alarm on real true text. */
  falseAlarms: string[];
}

/**
 * Scores a labels-only file (heldout13.labels.jsonl on): its pages' texts are not in the repository
 * (see tests/fixtures/real/README.md, "Why only labels"), but every label's quote is a verbatim span of
 * a real page with its publication date. Each quote is checked on its own, as of that date. A quote
 * alone lacks its page's context (which alliance, which person), so this under-counts what the
 * engine does on the page; it is a floor for recall and a strict test of precision.
 */
export function scoreLabelQuotes(path: string, engine: Engine = createEngine(getFacts())): QuoteScore {
  const core = { problem: 0, problemHit: 0, supported: 0, supportedHit: 0 };
  const falseAlarms: string[] = [];
  for (const c of readCorpus(path) as unknown as LabelsOnlyCase[]) {
    for (const l of c.labels) {
      const tier = l.tier ?? 'core';
      if (tier === 'ignore' || l.verdict === 'context-only') continue;
      const anns = engine.analyze(l.quote, { asOf: c.published, dateCertain: true });
      const red = anns.filter((a) => PROBLEM.has(a.verdict));
      // A true quote may hold a labelled error of its page ("a speech by Dutch Prime Minister Mark Rutte at Chatham
      // House", labelled true for its venue, holds the stale title labelled on its own): a flag on those words alone is
      // that error's, not a false alarm.
      const errorsWithin = c.labels
        .filter((p) => PROBLEM.has(p.verdict) && p.quote !== l.quote && l.quote.includes(p.quote))
        .map((p) => ({ start: l.quote.indexOf(p.quote), end: l.quote.indexOf(p.quote) + p.quote.length }));
      const redOnTrue = red.filter((a) => !errorsWithin.some((e) => e.start <= a.start && a.end <= e.end));
      if (l.verdict === 'supported' && redOnTrue.length)
        falseAlarms.push(`${c.id} ${c.published}: (${redOnTrue[0].verdict}) ${l.quote} -- ${redOnTrue[0].message}`);
      if (tier !== 'core') continue;
      if (PROBLEM.has(l.verdict)) {
        core.problem++;
        if (red.length) core.problemHit++;
      } else {
        core.supported++;
        if (anns.some((a) => a.verdict === 'supported')) core.supportedHit++;
      }
    }
  }
  return { core, falseAlarms };
}
