// The one interface every kind of claim implements (claims/*.ts), and what the engine derives
// from the detectors' triggers: which texts may hold a claim at all.
import type { FactIndex } from '../facts/load';
import type { Doc } from './doc';
import type { Lexicon } from './lexicon';
import type { Annotation, ClaimKind } from './types';

/**
 * What a text must hold, besides the names, titles, places and organisations the lexicon
 * matches, for a detector to find a claim in a text that matches none of them.
 */
interface Trigger {
  /** Whole words, as regular-expression source, matched regardless of case: the text needs one. */
  readonly words: readonly string[];
  /** Marks too common to point at a claim on their own ("%" is in any page's inline CSS): the text also needs one. */
  readonly marks?: readonly string[];
}

/** What a detector may read besides the document: the engine's, the same for every text. */
export interface DetectorContext {
  readonly facts: FactIndex;
  readonly lexicon: Lexicon;
}

export interface ClaimDetector {
  readonly kind: Exclude<ClaimKind, 'mention'>;
  /**
   * Any one of these lets a text that the lexicon matched nothing in hold this kind of claim;
   * none (an empty list) when every claim of this kind names someone or something the lexicon
   * knows (a title, a tenure, an event, a sanction).
   */
  readonly triggers: readonly Trigger[];
  /**
   * The claims in the document, judged as of its date. Reads the document and the context,
   * changes neither: detectors run in any order, and one that throws loses only its own findings.
   */
  find(doc: Doc, ctx: DetectorContext): Annotation[];
}

const anyOf = (sources: readonly string[]) => sources.map((s) => `(?:${s})`).join('|');

/** Whether a text the lexicon matched nothing in may still hold a claim of one of the detectors. */
export function unnamedClaimTest(detectors: readonly ClaimDetector[]): (text: string) => boolean {
  const triggers = detectors.flatMap((d) => d.triggers);
  if (!triggers.length) return () => false;
  // One test for the words of all of them first: most paragraphs of most pages have none.
  const any = claimWords(detectors, '');
  const each = triggers.map((t) => ({
    words: new RegExp(`\\b(?:${anyOf(t.words)})\\b`, 'i'),
    marks: t.marks?.length ? new RegExp(anyOf(t.marks), 'i') : null,
  }));
  return (text) => any.test(text) && each.some((t) => t.words.test(text) && (!t.marks || t.marks.test(text)));
}

/**
 * Every trigger word of the detectors, as one regular expression (whole words, any case): the
 * words that point at where a claim naming no one may be.
 */
export function claimWords(detectors: readonly ClaimDetector[], flags = 'g'): RegExp {
  const words = [...new Set(detectors.flatMap((d) => d.triggers.flatMap((t) => t.words)))];
  // No trigger words: a pattern that matches nothing.
  return new RegExp(words.length ? `\\b(?:${anyOf(words)})\\b` : '(?!)', `i${flags}`);
}

/**
 * The annotations a reader found, each passed through `f`, in a new array built by push: what a wrapper around a reader
 * returns instead of `found.map(f)`. map() makes a packed or a holey array as the code calling it is optimised or not,
 * and the next wrapper of the chain, optimised on one kind of array, is thrown away and compiled again when it meets the
 * other (V8's "wrong map" deoptimisations; a compilation of a large reader costs tens to hundreds of milliseconds).
 */
export function mapFound<T>(found: readonly T[], f: (a: T) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < found.length; i++) out.push(f(found[i]));
  return out;
}
