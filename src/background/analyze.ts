// Runs the engine over an extraction block by block (paragraph by paragraph).
//
// Why per block: a page that changes (a late article body, infinite scroll, a framework
// re-render) usually changes a few paragraphs. Results are cached by (asOf, block text), so a
// re-extraction after a mutation only runs the engine on blocks whose text is new. Claims may
// span sentences, but not paragraphs. DOM-free: the CLI uses it too, so both see the same
// annotations for the same page.
import { scannedFrom, scannedOf, type Engine, type Scanned } from '../engine';
import type { AnalyzeOptions, Annotation } from '../engine/types';
import type { PageNarration } from '../engine/narrated-time';
import type { Extraction, TextBlock } from '../page/extract';

/** The most block results kept; a long infinite-scroll session would otherwise grow forever. */
const CACHE_LIMIT = 4000;

/**
 * Past CACHE_LIMIT, the oldest quarter goes at once, in one pass of the map's iterator. Evicting
 * one entry per insertion cost a scan from the map's start over the holes earlier deletions left
 * there (a map reclaims them only when it is rebuilt): thousands of steps a block on a long page.
 * Which results are kept changes only what is computed again, never what is found.
 */
function evictOldest<K, V>(map: Map<K, V>): void {
  if (map.size <= CACHE_LIMIT) return;
  let excess = map.size - (CACHE_LIMIT * 3) / 4;
  for (const key of map.keys()) {
    if (excess-- <= 0) break;
    map.delete(key);
  }
}

/** What the survey of a page learnt: which blocks may hold a claim, and their share of the scan. */
interface Survey {
  mayClaim: Uint8Array;
  /**
   * Each block's matches, offsets into the block; a block is folded (scannedOf) only when it is
   * judged. Folding them all during the survey kept every block's folded twin alive until its
   * turn: a copy of the page the collector moved from generation to generation.
   */
  scans: Array<Scanned['matches'] | undefined>;
  /** The whole page's matches of places, offsets into its text: for the time it tells of. */
  matches: Scanned['matches'];
}

const newSurvey = (extraction: Extraction): Survey => ({
  mayClaim: new Uint8Array(extraction.blocks.length),
  scans: new Array(extraction.blocks.length),
  matches: [],
});

/** The part of a block's cache key that its page's narration sets: whether a time was told before it, and the time it inherits on a page about the past. */
function narrationKey(narration: PageNarration | undefined): string {
  const told = narration?.timeToldBefore ? 'told' : '';
  if (!narration?.historicalPage) return told;
  const { before } = narration;
  return `${told}${before ? `past ${before.range.first} ${before.range.last} ${before.label}` : 'past'}`;
}

export class BlockAnalyzer {
  private cache = new Map<string, Annotation[]>();
  private scans = new Map<string, Scanned>();
  private cachedOptions = '';
  /**
   * People the page names in full, in any block. A lone surname in one paragraph ("Rubio and
   * Lavrov") is linked through a full name in another ("U.S. Secretary of State Marco Rubio").
   */
  private pageNames = new Set<string>();
  /** The page narrations last computed, and for which text, date and blocks. */
  private lastNarrations?: { text: string; asOf: string; blocks: readonly TextBlock[]; narrations: PageNarration[] };
  /** How many blocks the engine actually ran on (the rest came from the cache); for tests and benchmarks. */
  engineRuns = 0;

  constructor(readonly engine: Engine) {}

  /** The engine's scan of a block (fold and match), kept: a page's blocks are scanned before any is judged. */
  private scanBlock(blockText: string): Scanned {
    let scanned = this.scans.get(blockText);
    if (!scanned) {
      scanned = this.engine.scan(blockText);
      this.scans.set(blockText, scanned);
      evictOldest(this.scans);
      for (const id of scanned.fullNames) this.pageNames.add(id);
    }
    return scanned;
  }

  /**
   * Surveys the whole extraction in a few large pieces (not block by block: on a long page the
   * per-block overhead would cost more than the scan itself), learning the names the page gives
   * in full and which blocks name anything at all. Sets `mayClaim[i]` for each block that may
   * hold a claim, from block `first` on; returns the first block of the next piece.
   */
  private surveyPiece(extraction: Extraction, first: number, survey: Survey, limit = extraction.blocks.length): number {
    const { blocks, text } = extraction;
    // A piece: whole blocks, about 64 KB of text, ending before `limit`.
    let last = first;
    while (last + 1 < limit && blocks[last + 1].end - blocks[first].start < 65_536) last++;
    const from = blocks[first].start;
    const to = blocks[last].end;
    // Not folded: only the blocks that name someone are (below), and most of a page names no one.
    // Read in place, not from a copy of the piece, when an ASCII character that is no word's (a line break)
    // or the text's edge stands on either side: the matcher then reads exactly what it read in the copy,
    // without the copy's slower reads (about a tenth of the survey's scan). `base`: where the offsets of
    // `matches` start from.
    const inPlace = breakAt(text, from - 1) && breakAt(text, to);
    const base = inPlace ? 0 : from;
    const matches = inPlace ? this.engine.scanMatches(text, from, to) : this.engine.scanMatches(text.slice(from, to));
    for (const id of scannedFrom('', matches).fullNames) this.pageNames.add(id);
    // Each block's share of the piece's scan, so judging it does not scan it again.
    let m = 0;
    for (let i = first; i <= last; i++) {
      const { start, end } = blocks[i];
      // Most blocks name no one: no list for them.
      let own: Scanned['matches'] | undefined;
      while (m < matches.length && base + matches[m].start < end) {
        const match = matches[m++];
        // A match across a block boundary (blocks with no separator between them) is not this block's.
        if (base + match.start >= start && base + match.end <= end) {
          (own ??= []).push({ start: match.start + base - start, end: match.end + base - start, values: match.values });
          // The page-wide narrated time reads only the places a page names ("the Wales summit").
          if (match.values.some((v) => v.type === 'place'))
            survey.matches.push({ start: match.start + base, end: match.end + base, values: match.values });
        }
      }
      if (own) {
        survey.scans[i] = own;
        survey.mayClaim[i] = 1;
      } else if (this.engine.hasUnnamedClaimWords(text.slice(start, end))) survey.mayClaim[i] = 1;
    }
    return last + 1;
  }

  /** The survey, all at once. */
  survey(extraction: Extraction): Survey {
    const survey = newSurvey(extraction);
    for (let first = 0; first < extraction.blocks.length;) first = this.surveyPiece(extraction, first, survey);
    return survey;
  }

  /** Annotations of one block, offsets relative to the block's text. */
  analyzeBlock(blockText: string, options: AnalyzeOptions, surveyed?: Scanned): Annotation[] {
    this.useOptions(options);
    return this.analyzeBlockAsOf(blockText, options, surveyed);
  }

  /** Empties the cache when the date judged as of, or its certainty, is not the cached results'. */
  private useOptions(options: AnalyzeOptions): void {
    const key = `${options.asOf}|${options.dateCertain ?? true}`;
    if (key !== this.cachedOptions) {
      this.cache.clear();
      this.cachedOptions = key;
    }
  }

  /**
   * `analyzeBlock` once the cache holds results for these options (useOptions): a page's blocks
   * are all judged with the same date, asked once for them all. `options` goes to the engine as it
   * is, so it carries `namedInFull` (the analyzer's pageNames) already.
   */
  private analyzeBlockAsOf(blockText: string, options: AnalyzeOptions, surveyed?: Scanned): Annotation[] {
    const scanned = surveyed ?? this.scanBlock(blockText);
    // The result depends on the block and on which of its surnames the page names in full
    // elsewhere: a name learnt later re-judges only the blocks that carry that surname.
    // Most blocks carry no surname: no list is built for them.
    const linked = scanned.surnames.length
      ? scanned.surnames
          .filter((id) => this.pageNames.has(id))
          .sort()
          .join(',')
      : '';
    // And on the time the page told of before it, on a page about the past.
    const narrated = narrationKey(options.pageNarration);
    const cacheKey = linked || narrated ? `${blockText}\u0000${linked}\u0000${narrated}` : blockText;
    const hit = this.cache.get(cacheKey);
    if (hit) {
      // Refresh its place in the insertion order, which doubles as recency for eviction.
      this.cache.delete(cacheKey);
      this.cache.set(cacheKey, hit);
      return hit;
    }
    this.engineRuns++;
    const found = this.engine.analyze(
      blockText,
      options.namedInFull === this.pageNames ? options : { ...options, namedInFull: this.pageNames },
      scanned,
    );
    this.cache.set(cacheKey, found);
    evictOldest(this.cache);
    return found;
  }

  /** Annotations of one block, offsets into the whole extracted text. */
  analyzeBlockIn(extraction: Extraction, block: TextBlock, options: AnalyzeOptions, surveyed?: Scanned): Annotation[] {
    const found = this.analyzeBlock(extraction.text.slice(block.start, block.end), options, surveyed);
    return found.map((a) => moved(a, block.start));
  }

  /** Every block at once, sorted by start: for the CLI and tests. */
  analyzeAll(extraction: Extraction, options: AnalyzeOptions): Annotation[] {
    const { mayClaim, scans, matches } = this.survey(extraction);
    const { text, blocks } = extraction;
    // What the page tells of time before each block, so a paragraph is judged as in the whole text.
    // The same page judged again (a re-check with nothing new) reuses them: they cost a pass over all its text.
    const last = this.lastNarrations;
    const narrations =
      last?.text === text && last.asOf === options.asOf && sameStarts(last.blocks, blocks)
        ? last.narrations
        : this.engine.pageNarrations(
            text,
            options.asOf,
            matches,
            blocks.map((b) => b.start),
          );
    this.lastNarrations = { text, asOf: options.asOf, blocks, narrations };
    const out: Annotation[] = [];
    let optionsUsed = false;
    // The options a block is judged with, with the page's names, one object per narration: on a page not mostly
    // about the past every block has one of two narrations, and a copy of the options a block cost more than
    // reading it (nothing changes them).
    const optionsByNarration = new Map<PageNarration | undefined, AnalyzeOptions>();
    for (let i = 0; i < blocks.length; i++) {
      if (!mayClaim[i]) continue;
      if (!optionsUsed) {
        this.useOptions(options);
        optionsUsed = true;
      }
      const pageNarration = narrations[i];
      let blockOptions = optionsByNarration.get(pageNarration);
      if (!blockOptions) {
        blockOptions = { ...options, pageNarration, namedInFull: this.pageNames };
        optionsByNarration.set(pageNarration, blockOptions);
      }
      const { start, end } = blocks[i];
      const blockText = text.slice(start, end);
      const own = scans[i];
      for (const a of this.analyzeBlockAsOf(blockText, blockOptions, own && scannedOf(blockText, own))) out.push(moved(a, start));
    }
    return out;
  }
}

/**
 * An annotation's copy moved by `by` characters: the same keys in the same order as `{ ...a, start, end }`. Not a
 * spread: on this V8 (Node 20) a spread of objects of several shapes takes the slow path, about four times the cost
 * of Object.assign (microseconds per annotation, measured on the engine's own annotations).
 */
function moved(a: Annotation, by: number): Annotation {
  const out = Object.assign({}, a);
  out.start = a.start + by;
  out.end = a.end + by;
  return out;
}

/**
 * Whether the character at `i` is outside the text or an ASCII character that is neither a letter nor a digit:
 * no word's, no ignorable, no half of a surrogate pair, so a scan bounded next to it reads the same as one of a copy.
 */
function breakAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c < 128 && !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122));
}

/** Whether two lists of blocks start at the same offsets (compared in place: a page may have tens of thousands). */
function sameStarts(a: readonly TextBlock[], b: readonly TextBlock[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].start !== b[i].start) return false;
  return true;
}
