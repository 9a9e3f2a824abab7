// The one interface every kind of claim implements (claims/*.ts), and what the engine derives
// from the detectors' triggers: which texts may hold a claim at all.
import type { FactIndex } from '../facts/load';
import type { Doc } from './doc';
import type { Lexicon } from './lexicon';
import type { Annotation, ClaimKind } from './types';
import { warmed } from './triggers';
import { spansOverlap } from './sentences';

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
  const words = [...new Set(triggers.flatMap((t) => t.words))];
  const any = new RegExp(`\\b(?:${byFirstCharacter(words)})\\b`, 'i');
  const each = triggers.map((t) => ({
    words: new RegExp(`\\b(?:${anyOf(t.words)})\\b`, 'i'),
    marks: t.marks?.length ? new RegExp(anyOf(t.marks), 'i') : null,
  }));
  return (text) => warmed(any, text).test(text) && each.some((t) => warmed(t.words, text).test(text) && (!t.marks || t.marks.test(text)));
}

// Built once (speed, round 41): a literal in byFirstCharacter was a new expression, parsed again, at each call.
const BY_FIRST_CHARACTER_RE = /\\[1-9k]|\(\?</;
const BY_FIRST_CHARACTER_RE2 = /\(\?<[=!]/g;
const BY_FIRST_CHARACTER_RE3 = /^[a-z0-9]$/;
/**
 * Whole-word alternatives as one alternation whose branches are grouped by their first letter or digit ("nato",
 * "north atlantic treaty" -> "n(?:ato|orth atlantic treaty)"): the same strings are matched, but at each word start of
 * a text with none of the words the expression tries one branch per first character rather than each of the ~60
 * words, and every paragraph of a page that names no one is tested (unnamedClaimTest). Only for a `test`: which
 * alternative matches first, and so a match's length, may change. A branch that does not start with a plain letter or
 * digit ("(?:Kerch|Crimean?)\s+Bridge", "\bZNPP", "s?") stays as written; a group that wraps a whole word is
 * opened, so its alternatives are grouped too. Sources with back-references or named groups are
 * left as they are (numbering would change).
 */
export function byFirstCharacter(sources: readonly string[]): string {
  if (sources.some((s) => BY_FIRST_CHARACTER_RE.test(s.replace(BY_FIRST_CHARACTER_RE2, '')))) return anyOf(sources);
  const groups = new Map<string, string[]>();
  const rest: string[] = [];
  for (const branch of new Set(sources.flatMap(branchesOf))) {
    const first = branch[0]?.toLowerCase();
    const quantified = branch.length > 1 && '?*+{'.includes(branch[1]);
    if (first !== undefined && BY_FIRST_CHARACTER_RE3.test(first) && !quantified) {
      const tails = groups.get(first) ?? [];
      if (!tails.length) groups.set(first, tails);
      tails.push(branch.slice(1));
    } else rest.push(`(?:${branch})`);
  }
  return [...[...groups].map(([first, tails]) => `${first}(?:${tails.join('|')})`), ...rest].join('|');
}

/** The top-level alternatives of a source, a group around all of it opened (recursively). */
function branchesOf(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  // Where the group opened at 0 closes, when the source starts with "(?:".
  let closesAt = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0 && closesAt < 0) closesAt = i;
    } else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  if (out.length > 1) return out.flatMap(branchesOf);
  if (source.startsWith('(?:') && closesAt === source.length - 1) return branchesOf(source.slice(3, -1));
  return out;
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

/**
 * Adds `a`, a later reader's finding, to `out` where the readers before it may have said something of the same words: a
 * red flag takes the place of the confirmations it overlaps (a wrong date outranks a right place confirmed on the same
 * words), and anything is added only where nothing overlaps it. What the wrappers that read one more form of a claim
 * after the readers they wrap do with each of their findings.
 */
export function mergeOver(out: Annotation[], a: Annotation): void {
  if (a.verdict === 'contradicted')
    for (let i = out.length - 1; i >= 0; i--) if (out[i].verdict === 'supported' && spansOverlap(out[i], a)) out.splice(i, 1);
  if (!out.some((b) => spansOverlap(b, a))) out.push(a);
}

/**
 * The detector `inner` with one more reader's findings merged over its own by `mergeOver`: the shape of the wrappers that
 * read one more form of a claim after the readers they wrap (round 48: six readers of accessions kept a copy each).
 */
export function withMergedOver(inner: ClaimDetector, claims: (doc: Doc) => Annotation[]): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const found = inner.find(doc, ctx);
      const mine = claims(doc);
      if (!mine.length) return found;
      const out = [...found];
      for (const a of mine) mergeOver(out, a);
      return out;
    },
  };
}
