// The engine's public types: what it finds in a text and what it says about it.
import type { PageNarration } from './narrated-time';

export type Verdict = 'supported' | 'outdated' | 'contradicted' | 'context';
export const VERDICTS: readonly Verdict[] = ['contradicted', 'outdated', 'supported', 'context'];
export const isProblem = (verdict: Verdict): boolean => verdict === 'outdated' || verdict === 'contradicted';

/** Where the date a page is judged as of came from, in order of precedence. */
export type AsOfSource = 'flag' | 'jsonld' | 'meta' | 'time' | 'url' | 'dateline' | 'today';

/** The kinds of claim the detectors recognise; `mention` is a known entity with no checkable claim. */
export type ClaimKind = 'title' | 'tenure' | 'event' | 'sanction' | 'figure' | 'membership' | 'mention';

export interface Annotation {
  /** UTF-16 offsets into the text the engine was given. */
  start: number;
  end: number;
  quote: string;
  verdict: Verdict;
  kind: ClaimKind;
  /** Ids of the fact-base records the verdict rests on. */
  factIds: string[];
  /** One sentence a reader understands: why this verdict. */
  message: string;
  /** The fact itself, with its dates ("Mark Rutte: NATO Secretary General since 2024-10-01"). */
  fact: string;
  /** Source URLs of the facts behind the verdict. */
  sources: string[];
}

export interface AnalyzeOptions {
  /** The date to judge as of, YYYY-MM-DD. */
  asOf: string;
  /**
   * False when the date is only a guess (the page gave none, so today was used): red flags
   * that depend on the date are then withheld, since an old page read today would be
   * "outdated" only because of our guess. Default true.
   */
  dateCertain?: boolean;
  /**
   * People the rest of the page names in full (ids). A text analysed a paragraph at a time
   * passes the page's names here, so a lone surname ("Rubio") is linked as it would be in
   * the whole text.
   */
  namedInFull?: ReadonlySet<string>;
  /**
   * What the rest of the page says about time (BlockAnalyzer, from all its paragraphs): a
   * paragraph with no date of its own on a page about the past is read as of the time the
   * paragraphs before it told of, as it is in the whole text.
   */
  pageNarration?: PageNarration;
}

/** A date a page gave that was not believed (src/engine/article-date.ts): before 1990, or in the reader's future. */
export interface RejectedDate {
  source: Exclude<AsOfSource, 'flag' | 'today'>;
  date: string;
  why: 'too-early' | 'future';
}

export interface ArticleDate {
  asOf: string;
  asOfSource: AsOfSource;
  /** Dates the page gave that were set aside, in the order they were tried (absent when none). */
  rejected?: RejectedDate[];
}
