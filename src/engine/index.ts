// The engine's entry point: build once per fact base, then analyse any number of texts.
// Pure TypeScript with no DOM, shared by the content script, the popup and the CLI.
import type { FactIndex } from '../facts/load';
import type { AnalyzeOptions, Annotation } from './types';
import { buildLexicon, type Lexicon } from './lexicon';
import { buildDoc, scanText, scannedFrom, type Doc, type Scanned } from './doc';
import { findTitleClaims, judgeTitle } from './claims/title';
import { findTenureClaims } from './claims/tenure';
import { findEventClaims } from './claims/event';
import { findSanctionClaims } from './claims/sanction';
import { findFigureClaims } from './claims/figure';
import { findMembershipClaims } from './claims/membership';
import { whoIs, sourcesOf } from './holders';

export interface Engine {
  readonly facts: FactIndex;
  /**
   * Finds and judges every claim in `text` as of `options.asOf`; annotations sorted by start.
   * Annotations may nest (an event claim around the title claim of one of its participants).
   * `scanned`, from `scan(text)`, saves scanning the same text twice.
   */
  analyze(text: string, options: AnalyzeOptions, scanned?: Scanned): Annotation[];
  /** Folds and scans a text: which people it names in full, and whether it names anyone at all. */
  scan(text: string): Scanned;
}

export type { Scanned };
export { scannedFrom };

export function createEngine(facts: FactIndex): Engine {
  const lexicon = buildLexicon(facts);
  return {
    facts,
    analyze(text, options, scanned) {
      return analyzeWith(lexicon, text, options, scanned);
    },
    scan(text) {
      return scanText(text, lexicon);
    },
  };
}

// Claims that need no name from the lexicon: figures ("2% of GDP"), member counts and founding
// dates. A text with no lexicon match and none of these words has nothing to check.
const UNNAMED_CLAIM_WORDS = /%|per\s?cent|NATO|Nato|alliance|allies|bloc/;

/** Whether a text with no lexicon match may still hold a claim (a figure, a member count). */
export const hasUnnamedClaimWords = (text: string): boolean => UNNAMED_CLAIM_WORDS.test(text);

export function analyzeWith(lexicon: Lexicon, text: string, options: AnalyzeOptions, scanned = scanText(text, lexicon)): Annotation[] {
  // Most paragraphs of most pages name no one we know: fold and scan them (one pass each) and stop.
  if (!scanned.matches.length && !UNNAMED_CLAIM_WORDS.test(text)) return [];
  const doc = buildDoc(text, lexicon, options.asOf, options.dateCertain ?? true, scanned, options.namedInFull);
  const out: Annotation[] = [];
  const titled = new Set<number>();

  for (const claim of findTitleClaims(doc)) {
    const judged = judgeTitle(doc, claim);
    if (!judged) continue;
    titled.add(claim.person.start);
    out.push({
      start: claim.start,
      end: claim.end,
      quote: text.slice(claim.start, claim.end),
      verdict: judged.verdict,
      kind: 'title',
      factIds: judged.factIds,
      message: judged.message,
      fact: judged.fact,
      sources: judged.sources,
    });
  }
  // One by one, not push(...found): a huge text's claims can outnumber the engine's argument limit.
  for (const found of [
    findTenureClaims(doc),
    findEventClaims(doc),
    findSanctionClaims(doc),
    findFigureClaims(doc),
    findMembershipClaims(doc),
    contextMentions(doc, titled),
  ])
    for (const annotation of found) out.push(annotation);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A full name with no checkable claim: say who the person is as of the date. */
function contextMentions(doc: Doc, titled: Set<number>): Annotation[] {
  const out: Annotation[] = [];
  for (const p of doc.people) {
    if (!p.full || titled.has(p.start)) continue;
    const person = doc.facts.people.get(p.personId);
    const who = whoIs(doc.facts, p.personId, doc.asOf);
    out.push({
      start: p.start,
      end: p.end,
      quote: doc.text.slice(p.start, p.end),
      verdict: 'context',
      kind: 'mention',
      factIds: [p.personId],
      message: `Who this is on ${doc.asOf}: ${who}`,
      fact: who,
      sources: sourcesOf(person),
    });
  }
  return out;
}
