// Judging a page's text, away from the page.
//
// Why: the content script runs on the page's main thread, and every millisecond it spends is a
// millisecond the reader's page does not get. Reading the DOM has to happen there; judging the
// text does not. So the content script only extracts text and paints ranges, and the engine
// (with the fact base it indexes) lives in the background, which runs in its own process in
// Chromium and off the page's thread in Firefox. The text never leaves the browser: it goes
// from the content script to the extension's own background by runtime messaging.
//
// DOM-free, like the engine: the background, the tests and the benchmark all use this one
// implementation, so what a page shows is what the tests measured.
import type { Engine } from '../engine';
import type { Annotation } from '../engine/types';
import { BlockAnalyzer } from './analyze';

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

/** What the page side needs of a judge: the background over messages, or one in this thread. */
export interface PageJudge {
  /** The annotations of the request's text, offsets into it, sorted by start. */
  judge(request: Omit<JudgeRequest, 'session'>): Promise<Annotation[]>;
  /** Whether the text may hold anything to annotate at all (a cheap first look at a whole page). */
  mayClaim(text: string): Promise<boolean>;
}

/** Analyzers kept at once (one per open page); the least recently used goes first. */
const SESSIONS = 16;
/**
 * Words without which a text that names no one holds no claim: a membership count or a
 * founding date needs NATO, the alliance or the bloc; a spending figure needs NATO, allies,
 * the alliance or defence (src/engine/claims/figure.ts, membership.ts). A "%" alone, common in
 * any page's inline CSS, is not enough.
 */
const PAGE_CLAIM_WORDS = /\b(?:nato|alliance|allies|bloc|defen[cs]e)\b/i;
/** Size of the pieces `mayClaim` scans, so a page that names someone early answers early. */
const PROBE_PIECE = 65_536;

export interface Judge {
  judge(request: JudgeRequest): Annotation[];
  mayClaim(text: string): boolean;
  /** Drops a session's analyzer (its page was closed). */
  forget(session: string): void;
}

export function createJudge(engine: Engine): Judge {
  const sessions = new Map<string, BlockAnalyzer>();
  const analyzerFor = (session: string): BlockAnalyzer => {
    let analyzer = sessions.get(session);
    if (analyzer) sessions.delete(session); // re-inserted below: the map's order is recency
    else analyzer = new BlockAnalyzer(engine);
    sessions.set(session, analyzer);
    if (sessions.size > SESSIONS) sessions.delete(sessions.keys().next().value as string);
    return analyzer;
  };

  return {
    judge({ session, text, blocks: flat, asOf, dateCertain }) {
      if (flat.length % 2 !== 0) throw new Error('judge: block boundaries come in pairs');
      const blocks: Array<{ start: number; end: number }> = [];
      for (let i = 0; i < flat.length; i += 2) {
        const start = flat[i];
        const end = flat[i + 1];
        if (!(start >= 0 && end >= start && end <= text.length)) throw new Error(`judge: block ${i / 2} (${start}-${end}) lies outside the text`);
        blocks.push({ start, end });
      }
      return analyzerFor(session).analyzeAll({ text, blocks, segments: [] }, { asOf, dateCertain });
    },
    mayClaim(text) {
      if (PAGE_CLAIM_WORDS.test(text)) return true;
      // Pieces overlap by a little, so a name across a piece boundary is not missed.
      for (let from = 0; from < text.length; from += PROBE_PIECE) {
        if (engine.scan(text.slice(Math.max(0, from - 64), from + PROBE_PIECE)).matches.length) return true;
      }
      // textContent joins block elements with no space between them ("…said.</p><p>Rutte"
      // reads "said.Rutte", fine, but "<li>Joe</li><li>Rutte" reads "JoeRutte"): look again
      // with a space where a lower-case letter runs into a capital, so a glued name is not missed.
      const spaced = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
      if (spaced.length !== text.length) {
        for (let from = 0; from < spaced.length; from += PROBE_PIECE) {
          if (engine.scan(spaced.slice(Math.max(0, from - 64), from + PROBE_PIECE)).matches.length) return true;
        }
      }
      return false;
    },
    forget(session) {
      sessions.delete(session);
    },
  };
}

/** A judge in this thread (tests, benchmarks, a page without a background): the same code the background runs. */
export function localPageJudge(engine: Engine): PageJudge {
  const judge = createJudge(engine);
  const session = `local-${Math.random().toString(36).slice(2)}`;
  return {
    judge: async (request) => judge.judge({ ...request, session }),
    mayClaim: async (text) => judge.mayClaim(text),
  };
}
