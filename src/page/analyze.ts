// Runs the engine over an extraction block by block (paragraph by paragraph).
//
// Why per block: a page that changes (a late article body, infinite scroll, a framework
// re-render) usually changes a few paragraphs. Results are cached by (asOf, block text), so a
// re-extraction after a mutation only runs the engine on blocks whose text is new. Claims may
// span sentences, but not paragraphs. DOM-free: the CLI uses it too, so both see the same
// annotations for the same page.
import type { Engine } from '../engine';
import type { AnalyzeOptions, Annotation } from '../engine/types';
import type { Extraction, TextBlock } from './extract';

/** The most block results kept; a long infinite-scroll session would otherwise grow forever. */
const CACHE_LIMIT = 4000;

export class BlockAnalyzer {
  private cache = new Map<string, Annotation[]>();
  private cachedOptions = '';
  /** How many blocks the engine actually ran on (the rest came from the cache); for tests and benchmarks. */
  engineRuns = 0;

  constructor(readonly engine: Engine) {}

  /** Annotations of one block, offsets relative to the block's text. */
  analyzeBlock(blockText: string, options: AnalyzeOptions): Annotation[] {
    const key = `${options.asOf}|${options.dateCertain ?? true}`;
    if (key !== this.cachedOptions) {
      this.cache.clear();
      this.cachedOptions = key;
    }
    const hit = this.cache.get(blockText);
    if (hit) {
      // Refresh its place in the insertion order, which doubles as recency for eviction.
      this.cache.delete(blockText);
      this.cache.set(blockText, hit);
      return hit;
    }
    this.engineRuns++;
    const found = this.engine.analyze(blockText, options);
    this.cache.set(blockText, found);
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    return found;
  }

  /** Annotations of one block, offsets into the whole extracted text. */
  analyzeBlockIn(extraction: Extraction, block: TextBlock, options: AnalyzeOptions): Annotation[] {
    const found = this.analyzeBlock(extraction.text.slice(block.start, block.end), options);
    return found.map((a) => ({ ...a, start: a.start + block.start, end: a.end + block.start }));
  }

  /** Every block at once, sorted by start: for the CLI and tests. */
  analyzeAll(extraction: Extraction, options: AnalyzeOptions): Annotation[] {
    return extraction.blocks.flatMap((block) => this.analyzeBlockIn(extraction, block, options));
  }

  /**
   * Every block, in `order` (e.g. the viewport's blocks first), giving the main thread back
   * whenever `budgetMs` has been used so no task runs long. `onSlice` receives what has been
   * found so far (sorted) after each slice, so the first screenful can be painted early.
   * Resolves to null if `signal` aborts (a newer pass replaced this one).
   */
  async analyzeSliced(
    extraction: Extraction,
    analyzeOptions: AnalyzeOptions,
    options: { order?: number[]; budgetMs?: number; signal?: AbortSignal; onSlice?: (found: Annotation[]) => void; yieldToPage?: () => Promise<void> } = {},
  ): Promise<Annotation[] | null> {
    const order = options.order ?? extraction.blocks.map((_, i) => i);
    const budget = options.budgetMs ?? 30;
    const yieldToPage = options.yieldToPage ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const perBlock: Annotation[][] = new Array(extraction.blocks.length);
    let sliceStart = performance.now();
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      perBlock[i] = this.analyzeBlockIn(extraction, extraction.blocks[i], analyzeOptions);
      if (performance.now() - sliceStart > budget && k < order.length - 1) {
        options.onSlice?.(perBlock.flat());
        await yieldToPage();
        if (options.signal?.aborted) return null;
        sliceStart = performance.now();
      }
    }
    return perBlock.flat();
  }
}

/** The sentence an annotation sits in, within its block (for the card and reports). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0) {
    const ch = text[from - 1];
    if (ch === '\n') break;
    if (/[.!?]/.test(ch) && /\s/.test(text[from] ?? '') && !/\b(?:[A-Z]|U\.S|Mr|Ms|Dr|St|Oct|Aug|Sept?|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul)\.$/.test(text.slice(Math.max(0, from - 5), from))) break;
    from--;
  }
  let to = end;
  while (to < text.length) {
    const ch = text[to];
    if (ch === '\n') break;
    to++;
    if (/[.!?]/.test(ch) && (to >= text.length || /\s/.test(text[to]))) {
      if (!/\b(?:[A-Z]|U\.S|Mr|Ms|Dr|St|Oct|Aug|Sept?|Nov|Dec|Jan|Feb|Mar|Apr|Jun|Jul)\.$/.test(text.slice(Math.max(0, to - 5), to))) break;
    }
  }
  return text.slice(from, to).trim();
}
