// The page's side of judging: the protocol between the content script and the background.
//
// Why the background: the content script runs on the page's main thread, and every millisecond
// it spends is a millisecond the reader's page does not get. Reading the DOM has to happen there;
// judging the text does not. So the content script only extracts text and paints ranges, and the
// engine (with the fact base it indexes) lives in the background, which runs in its own process
// in Chromium and off the page's thread in Firefox. The text never leaves the browser: it goes
// from the content script to the extension's own background by runtime messaging.
//
// Why the shape of the messages (issue 13): serialising a message costs the page's main thread
// time in proportion to its size, in one task. So
// - the page's text crosses once: the first look sends its text (as `textContent` has it) in parts of LOOK_PART_CHARS,
//   each from a task of its own; the background keeps it for the session, and the paragraphs to
//   judge are then named by where their text nodes lie in it (`LookPieces`), not sent again;
// - requests are cut at REQUEST_CHARS of text, each sent from a task of its own;
// - replies are compact: each distinct finding once, and every mention as three numbers.
//
// The background's side (the engine behind these messages) is src/background/judge-engine.ts.
// Both are DOM-free.
import type { Annotation, ArticleDate } from '../engine/types';
import type { Extraction } from './extract';

/**
 * The text of a request as pieces of the session's first look: `pieces` is flat,
 * [lookStart, lookEnd, at, end, …]. Each piece is a text node's data, `look.slice(lookStart,
 * lookEnd)`, with its runs of whitespace collapsed to one space (and a leading space dropped
 * when it does not fit), placed at [at, end) of a text of `length` characters; what no piece
 * covers is a line break (the separators between blocks).
 */
export interface LookPieces {
  /** Which first look of the session (the page numbers them); another one means the page changed. */
  look: number;
  pieces: number[];
  length: number;
}

/** One request: a page's text (or part of it) cut into blocks, to judge as of a date. */
export interface JudgeRequest {
  /**
   * One annotator on one page (a random id). Its analyzer is kept between passes: the people
   * the page names in full and the per-paragraph cache, so a re-render re-judges only what changed.
   */
  session: string;
  /** The text itself, or where it lies in the session's first look. */
  text: string | LookPieces;
  /** Block boundaries as one flat list, [start, end, start, end, …], offsets into the text. */
  blocks: number[];
  asOf: string;
  /** False when the date is a guess (today): no date-dependent red flags then. */
  dateCertain: boolean;
}

/** One part of a first look (the page's text as `textContent` has it, cut in parts sent one after another). */
export interface LookPart {
  session: string;
  /** The page's number for this look; a part of another look starts it afresh. */
  look: number;
  text: string;
  /** The last part: the background answers with the marks of the whole look. */
  last: boolean;
}

/**
 * The first look at a whole page: where in its text (`textContent`, offsets) a known name or a
 * claim word starts or ends, sorted; empty when there is nothing to annotate; 'all' when there
 * is so much that listing it would cost more than judging every paragraph.
 */
export type Marks = number[] | 'all';

/** What a finding says, apart from where it is: shared by every mention of the same claim. */
export type Finding = Omit<Annotation, 'start' | 'end'>;

/** A judged text, compact: each distinct finding once; `spans` flat, [start, end, finding index, …]. */
export interface Judged {
  findings: Finding[];
  spans: number[];
}

/** What the page side needs of a judge: the background over messages, or one in this thread. */
export interface PageJudge {
  /** The findings of the request's text, offsets into it. */
  judge(request: Omit<JudgeRequest, 'session'>): Promise<Judged>;
  /** One part of a first look; the last part's answer is the look's marks (the others answer null). */
  look(part: Omit<LookPart, 'session'>): Promise<Marks | null>;
}

/**
 * Characters of text per judge request: small enough that no message, reply or task in the
 * background is long, large enough that a page streaming in text does not pay a message's fixed
 * cost many times a pass (64,000 cost the streaming page a fifth more than one request did).
 */
const REQUEST_CHARS = 200_000;
/**
 * Characters per part of a first look. Serialising a message of the page's text measured about
 * 25 ms for 256,000 characters in the content script (the dense page's profile): a task that,
 * run next to the page's own first layout, turned it into a longer long task. 64,000 keeps each
 * part to a few ms; the dense page's extra blocking time went from +104 ms to +13 and −76 ms
 * (two quiet runs, with SLICE_MS 12).
 */
const LOOK_PART_CHARS = 64_000;

/** Gives the main thread back to the page (src/page/yield.ts); false when the work should stop. */
export type YieldNow = () => Promise<boolean>;

/**
 * A first look at `text`, sent in parts, each from a task of its own (the first too: reading the
 * text, one `textContent` call, was a task's worth already); null when stopped.
 */
export async function firstLook(
  judge: PageJudge,
  text: string,
  look: number,
  yieldNow: YieldNow,
  partChars = LOOK_PART_CHARS,
): Promise<Marks | null> {
  for (let at = 0; ; at += partChars) {
    if (!(await yieldNow())) return null;
    const last = at + partChars >= text.length;
    const answer = await judge.look({ look, text: text.slice(at, at + partChars), last });
    if (last) return answer ?? [];
  }
}

/** Expands a compact reply into annotations, offsets shifted by `shift`. */
export function expandJudged(judged: Judged, shift = 0): Annotation[] {
  const out: Annotation[] = [];
  const { findings, spans } = judged;
  for (let i = 0; i + 2 < spans.length; i += 3) out.push({ ...findings[spans[i + 2]], start: spans[i] + shift, end: spans[i + 1] + shift });
  return out;
}

export interface JudgeBlocksOptions {
  /** Where each segment of the extraction lies in the first look (src/page/look-offsets.ts): requests then name the text instead of sending it. */
  inLook?: { look: number; offsets: Int32Array };
  yieldNow?: YieldNow;
  requestChars?: number;
}

/**
 * The judge's annotations for an extraction's blocks, offsets into the extraction's text, sorted
 * by start; null when stopped. Requests cover runs of whole blocks of at most `requestChars`; each
 * is sent from a task of its own, and all are in flight together (the background answers them in
 * order). An annotation whose quote is not the extraction's text there is dropped: the page
 * changed under the look it was judged from.
 */
export async function judgeBlocks(
  judge: PageJudge,
  ex: Pick<Extraction, 'text' | 'blocks' | 'segments'>,
  date: ArticleDate,
  options: JudgeBlocksOptions = {},
): Promise<Annotation[] | null> {
  const requestChars = options.requestChars ?? REQUEST_CHARS;
  const dateCertain = date.asOfSource !== 'today';
  const { blocks, segments } = ex;
  const replies: Array<{ from: number; reply: Promise<Judged> }> = [];
  let segment = 0;
  for (let k = 0; k < blocks.length;) {
    const from = blocks[k].start;
    const flat: number[] = [];
    do {
      flat.push(blocks[k].start - from, blocks[k].end - from);
      k++;
    } while (k < blocks.length && blocks[k].end - from <= requestChars);
    const to = blocks[k - 1].end;
    let text: string | LookPieces = ex.text.slice(from, to);
    if (options.inLook) {
      // The segments of [from, to): each a text node whose place in the first look is known.
      while (segment < segments.length && segments[segment].end <= from) segment++;
      const pieces: number[] = [];
      let i = segment;
      for (; i < segments.length && segments[i].start < to; i++) {
        const at = options.inLook.offsets[i];
        if (at < 0) break; // not in the look (a shadow root's text): send this request's text itself
        const s = segments[i];
        pieces.push(at, at + s.node.data.length, s.start - from, s.end - from);
      }
      if (i >= segments.length || segments[i].start >= to) text = { look: options.inLook.look, pieces, length: to - from };
    }
    if (k > 0 && replies.length && options.yieldNow && !(await options.yieldNow())) return null;
    const reply = judge.judge({ text, blocks: flat, asOf: date.asOf, dateCertain });
    reply.catch(() => undefined); // handled where it is awaited
    replies.push({ from, reply });
  }
  const out: Annotation[] = [];
  for (let i = 0; i < replies.length; i++) {
    // Replies already in are expanded each in a task of its own: on a page dense with names
    // they hold thousands of findings, and all of them at once made one of the pass's longest tasks.
    if (i > 0 && options.yieldNow && !(await options.yieldNow())) return null;
    const judged = await replies[i].reply;
    for (const a of expandJudged(judged, replies[i].from)) if (ex.text.slice(a.start, a.end) === a.quote) out.push(a);
  }
  return out.sort((x, y) => x.start - y.start);
}
