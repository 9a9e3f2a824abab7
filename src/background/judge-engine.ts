// The judge that runs the engine: in the background for content scripts (entrypoints/
// background.ts), in this thread for tests and benchmarks. One implementation, so what a page
// shows is what the tests measured. The protocol, and why it has this shape, is in src/page/judge.ts.
import type { Engine } from '../engine';
import type { Annotation } from '../engine/types';
import { BlockAnalyzer } from './analyze';
import type { Finding, Judged, JudgeRequest, LookPart, LookPieces, Marks, PageJudge } from '../page/judge';

/** Analyzers kept at once (one per open page); the least recently used goes first. */
const SESSIONS = 16;

/** Beyond this many marks (a page dense with names), every paragraph is judged instead. */
const MAX_MARKS = 40_000;
/** The first look scans in pieces of this size: one fold of a huge string would be a huge allocation. */
const PROBE_PIECE = 65_536;

/** How far past a glued capital a name is looked for. */
const GLUED_WINDOW = 80;

/** Offsets of capitals right after a lower-case letter ("JoeRutte": the R). */
function gluedCapitals(text: string): number[] {
  const out: number[] = [];
  let lowerBefore = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if (lowerBefore && code >= 65 && code <= 90) out.push(i);
      lowerBefore = code >= 97 && code <= 122;
    } else {
      // Beyond ASCII (rare in names' first letters, common in words): ask Unicode.
      const ch = text[i];
      if (lowerBefore && /\p{Lu}/u.test(ch)) out.push(i);
      lowerBefore = /\p{Ll}/u.test(ch);
    }
  }
  return out;
}

/** Scans `text` piece by piece, overlapping a little so no name across a boundary is missed; false when `each` says stop. */
function scanInPieces(engine: Engine, text: string, each: (match: { start: number; end: number }) => boolean): boolean {
  let covered = 0; // matches ending before this were reported by the previous piece
  for (let from = 0; from < text.length; from += PROBE_PIECE) {
    const start = Math.max(0, from - 256);
    for (const m of engine.scan(text.slice(start, from + PROBE_PIECE)).matches) {
      if (start + m.end <= covered) continue;
      if (!each({ start: start + m.start, end: start + m.end })) return false;
    }
    covered = Math.min(text.length, from + PROBE_PIECE);
  }
  return true;
}

/** Runs of whitespace, collapsed to one space as the page's extraction does (src/page/extract.ts). */
const WHITESPACE_RUNS = /[ \t\n\r\f]+/g;

/** A request's text rebuilt from the session's first look (src/page/judge.ts, LookPieces); throws when a piece does not fit. */
export function textFromLook(look: string, { pieces, length }: Omit<LookPieces, 'look'>): string {
  if (pieces.length % 4 !== 0) throw new Error('judge: look pieces come in fours');
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < pieces.length && at < length; i += 4) {
    const [lookStart, lookEnd, start, end] = [pieces[i], pieces[i + 1], pieces[i + 2], pieces[i + 3]];
    if (!(lookStart >= 0 && lookEnd >= lookStart && lookEnd <= look.length && start >= at && end > start))
      throw new Error(`judge: look piece ${i / 4} does not fit`);
    if (start > at) parts.push('\n'.repeat(start - at));
    let piece = look.slice(lookStart, lookEnd).replace(WHITESPACE_RUNS, ' ');
    if (piece.length === end - start + 1 && piece.charCodeAt(0) === 32) piece = piece.slice(1);
    if (piece.length !== end - start) throw new Error(`judge: look piece ${i / 4} does not fit`);
    const keep = Math.min(end, length) - start;
    parts.push(keep < piece.length ? piece.slice(0, keep) : piece);
    at = start + keep;
  }
  if (at < length) parts.push('\n'.repeat(length - at));
  return parts.join('');
}

/** Annotations in the compact form of a reply: each distinct finding once. */
export function compact(annotations: Annotation[]): Judged {
  const findings: Finding[] = [];
  const index = new Map<string, number>();
  const spans: number[] = [];
  for (const { start, end, ...finding } of annotations) {
    const key = JSON.stringify(finding);
    let i = index.get(key);
    if (i == null) {
      index.set(key, (i = findings.length));
      findings.push(finding);
    }
    spans.push(start, end, i);
  }
  return { findings, spans };
}

export interface Judge {
  /** Judges a request's text: its own, or pieces of the session's last first look. */
  judge(request: JudgeRequest): Judged;
  firstLook(text: string): Marks;
  /** Takes one part of a session's first look; the last part's answer is the whole look's marks, and the look is kept for the requests that follow. */
  look(part: LookPart): Marks | null;
  /** Drops a session's analyzer (its page was closed). */
  forget(session: string): void;
}

export function createJudge(engine: Engine): Judge {
  /** Per session: its analyzer, and its last first look (the page's text, kept so it crosses once). */
  interface Session {
    analyzer: BlockAnalyzer;
    look?: { id: number; parts: string[]; text?: string };
  }
  const sessions = new Map<string, Session>();
  const sessionFor = (id: string): Session => {
    let session = sessions.get(id);
    if (session)
      sessions.delete(id); // re-inserted below: the map's order is recency
    else session = { analyzer: new BlockAnalyzer(engine) };
    sessions.set(id, session);
    if (sessions.size > SESSIONS) sessions.delete(sessions.keys().next().value as string);
    return session;
  };

  const firstLook = (text: string): Marks => {
    // Line breaks inside a text node are spaces on screen (and in the extracted text), but
    // the matcher never runs a name across one.
    const flat = text.replace(/[\t\n\r\f]/g, ' ');
    const marks: number[] = [];
    const note = (start: number, end: number) => {
      marks.push(start, end - 1);
      return marks.length <= MAX_MARKS;
    };
    if (!scanInPieces(engine, flat, (m) => note(m.start, m.end))) return 'all';
    // textContent joins block elements with no space between them: "…said.</p><p>Rutte" reads
    // "said.Rutte", which is fine, but "<li>Joe</li><li>Rutte" reads "JoeRutte", where no word
    // starts at the R. Where a lower-case letter runs into a capital, look again from the
    // capital, so a glued name is seen too.
    for (const at of gluedCapitals(flat)) {
      const found = engine.scan(flat.slice(at, at + GLUED_WINDOW)).matches[0];
      if (found && found.start === 0 && !note(at, at + found.end)) return 'all';
    }
    // Words without which a text that names no one holds no claim: the detectors' triggers.
    for (const m of flat.matchAll(engine.claimWords)) if (!note(m.index, m.index + m[0].length)) return 'all';
    return marks.sort((a, b) => a - b);
  };

  return {
    firstLook,
    look({ session: id, look: lookId, text, last }) {
      const session = sessionFor(id);
      if (session.look?.id !== lookId || session.look.text != null) session.look = { id: lookId, parts: [] };
      session.look.parts.push(text);
      if (!last) return null;
      const whole = session.look.parts.join('');
      session.look = { id: lookId, parts: [], text: whole };
      return firstLook(whole);
    },
    judge({ session: id, text: given, blocks: flat, asOf, dateCertain }) {
      const session = sessionFor(id);
      let text: string;
      if (typeof given === 'string') text = given;
      else {
        const look = session.look;
        if (look?.id !== given.look || look.text == null) throw new Error('judge: that first look is not kept (any more)');
        text = textFromLook(look.text, given);
      }
      if (flat.length % 2 !== 0) throw new Error('judge: block boundaries come in pairs');
      const blocks: Array<{ start: number; end: number }> = [];
      for (let i = 0; i < flat.length; i += 2) {
        const start = flat[i];
        const end = flat[i + 1];
        if (!(start >= 0 && end >= start && end <= text.length))
          throw new Error(`judge: block ${i / 2} (${start}-${end}) lies outside the text`);
        blocks.push({ start, end });
      }
      return compact(session.analyzer.analyzeAll({ text, blocks, segments: [] }, { asOf, dateCertain }));
    },
    forget(session) {
      sessions.delete(session);
    },
  };
}

/** A judge in this thread, for tests: the same code the background runs. */
export function localPageJudge(engine: Engine): PageJudge {
  const judge = createJudge(engine);
  const session = `local-${Math.random().toString(36).slice(2)}`;
  return {
    judge: async (request) => judge.judge({ ...request, session }),
    look: async (part) => judge.look({ ...part, session }),
  };
}
