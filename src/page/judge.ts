// Judging a page's text, away from the page.
//
// Why: the content script runs on the page's main thread, and every millisecond it spends is a
// millisecond the reader's page does not get. Reading the DOM has to happen there; judging the
// text does not. So the content script only extracts text and paints ranges, and the engine
// (with the fact base it indexes) lives in the background, which runs in its own process in
// Chromium and off the page's thread in Firefox. The text never leaves the browser: it goes
// from the content script to the extension's own background by runtime messaging.
//
// This file is the page's side (the protocol and the cutting of requests); the judge itself,
// which runs the engine, is in src/background/judge-engine.ts. Both are DOM-free.
import type { Annotation, ArticleDate } from '../engine/types';
import type { Extraction } from './extract';

/** One request: a page's text (or part of it) cut into blocks, to judge as of a date. */
export interface JudgeRequest {
  /**
   * One annotator on one page (a random id). Its analyzer is kept between passes: the people
   * the page names in full and the per-paragraph cache, so a re-render re-judges only what changed.
   */
  session: string;
  text: string;
  /** Block boundaries as one flat list, [start, end, start, end, …], offsets into `text`. */
  blocks: number[];
  asOf: string;
  /** False when the date is a guess (today): no date-dependent red flags then. */
  dateCertain: boolean;
}

/**
 * The first look at a whole page: where in its text (`textContent`, offsets) a known name or a
 * claim word starts or ends, sorted; empty when there is nothing to annotate; 'all' when there
 * is so much that listing it would cost more than judging every paragraph.
 */
export type Marks = number[] | 'all';

/** What the page side needs of a judge: the background over messages, or one in this thread. */
export interface PageJudge {
  /** The annotations of the request's text, offsets into it. */
  judge(request: Omit<JudgeRequest, 'session'>): Promise<Annotation[]>;
  /** A first look at a page's whole text, so only the paragraphs that name someone are sent to be judged. */
  firstLook(text: string): Promise<Marks>;
}

/** Text per judge request: a bigger page goes in several, so no message and no task in the background is huge. */
const REQUEST_CHARS = 500_000;
/**
 * The judge's annotations for an extraction's blocks, offsets into the extraction's text, sorted
 * by start. The blocks go together, one line each, in requests of at most REQUEST_CHARS (the
 * engine judges block by block, so what lies between blocks does not matter).
 */
export async function judgeBlocks(
  judge: PageJudge,
  ex: Pick<Extraction, 'text' | 'blocks'>,
  date: ArticleDate,
  requestChars = REQUEST_CHARS,
): Promise<Annotation[]> {
  const out: Annotation[] = [];
  const dateCertain = date.asOfSource !== 'today';
  const count = ex.blocks.length;
  for (let k = 0; k < count;) {
    const parts: string[] = [];
    const flat: number[] = [];
    /** Where each block sent starts in the extraction's text. */
    const origins: number[] = [];
    let length = 0;
    do {
      const block = ex.blocks[k];
      if (parts.length) {
        parts.push('\n');
        length += 1;
      }
      flat.push(length, length + block.end - block.start);
      origins.push(block.start);
      parts.push(ex.text.slice(block.start, block.end));
      length += block.end - block.start;
      k++;
    } while (k < count && length < requestChars);
    for (const a of await judge.judge({ text: parts.join(''), blocks: flat, asOf: date.asOf, dateCertain })) {
      // The block the annotation lies in: the last one starting at or before it.
      let lo = 0;
      let hi = origins.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (flat[2 * mid] <= a.start) lo = mid;
        else hi = mid - 1;
      }
      const shift = origins[lo] - flat[2 * lo];
      out.push(shift ? { ...a, start: a.start + shift, end: a.end + shift } : a);
    }
  }
  return out.sort((x, y) => x.start - y.start);
}
