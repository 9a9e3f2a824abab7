// Gated regular expressions: a reader's test of a whole paragraph ("does it say 'predecessor' or
// 'successor' at all?") run only where the words the expression cannot match without are there.
//
// Each of the engine's ~170 readers tests a paragraph against a few expressions of its own before
// reading it, and almost every test fails: a paragraph about a summit holds no word of the
// sanctions, tenure or accession readers. An expression tried at every position of the text costs
// far more than finding its words does, and finding the words of all gated expressions costs one
// pass: `gated(re)` derives from the expression's source the literal words one of which every
// match must contain (its stems); the first gated test of a text finds every gated expression's
// stems in it at once (one Aho-Corasick pass over the folded text), and each gated test is the
// expression's own test only where one of its stems is there. Same answers as `re.test`, by
// construction: a stem is a run of letters and digits the expression must match as written, and
// folding keeps ASCII letters (lower-cased) and digits where they are. An expression whose stems
// cannot be read safely (see `stemsOf`) is always run.
import { foldCode } from './normalize';

/** What a reader needs of a gated expression: its test. */
export interface GatedTest {
  test(text: string): boolean;
}

/**
 * An expression gated by its stems. Only for expressions used with `test` on a whole paragraph or
 * sentence: no global or sticky flag (a failed `test` of those resets `lastIndex`, which the gate
 * would skip).
 */
export function gated(re: RegExp): GatedTest {
  if (re.global || re.sticky) throw new Error(`gated: /${re.source}/${re.flags} is global or sticky`);
  const found = stemsOf(re.source, re.flags);
  if (!found) return re;
  // Each stem as the bits it needs: its runs of three (of two, for a stem of two).
  const needs = found.map(stemBits);
  let cold = true;
  return {
    test(text: string): boolean {
      const bits = gramsOf(text);
      for (const need of needs)
        if (holdsAll(bits, need)) {
          if (cold) cold = !warm(re, text);
          return re.test(text);
        }
      return false;
    },
  };
}

// ---- compiled at once ----------------------------------------------------------------------------------------------
//
// V8 compiles an expression twice: to bytecode for its interpreter at the first run, and again to machine code at the
// second. Building the bytecode costs about twice as much as the machine code (its peephole pass), about 200 ms of
// the engine's one-off work on the first page, and for a large expression tens of milliseconds (treaty-articles.ts
// PROVISION_LINK_RE: 19 ms of bytecode, 12 of machine code). On a text of 1,000 characters or more V8 compiles machine
// code at once (JSRegExp::kTierUpForSubjectLengthValue), and an expression marked so is never compiled to bytecode
// again. So a costly expression is run once on the text of its first use lengthened past that length: the same
// representation (one or two bytes a character, compiled for separately), and no state left (lastIndex restored).

/** Longer than the length past which V8 compiles an expression to machine code at its first run. */
const PAD = '\u0001'.repeat(1024);

/** Runs `re` once on `text` padded to over 1,000 characters; true (so that a caller notes it is done). */
function warm(re: RegExp, text: string): true {
  const at = re.lastIndex;
  re.lastIndex = 0;
  re.test(text + PAD);
  re.lastIndex = at;
  return true;
}

const WARMED = new WeakSet<RegExp>();

// Speed (round 43): a module-level expression with a Unicode property class (\p{L}, \p{Lu}, \p{N}, ...) is written
// `new RegExp(String.raw`...`, 'flags')`, the same text and flags as its literal, not as a literal. V8 checks a
// literal's syntax while it parses the bundle, a full parse that asks ICU to build each \p class (about 0.3 M
// instructions a class), and then parses it again when the object is made; built from a string, it is parsed once. On
// the bench (cachegrind, first megabyte) the 99 such literals of its bundle written so took 59 M instructions off
// start-up. Only at a module's top level: inside a function the string would be parsed at every call, where a literal
// is cloned from the one parse.
/** An expression whose first run is compiled straight to machine code: its test and exec only. */
export interface CompiledOnFirstRun {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/**
 * `re` (no global or sticky flag), compiled straight to machine code at its first run, on the text of that run (see
 * above): for a costly expression at a module's top level that most pages run, many times each, on slices too short to
 * skip the bytecode. Defined as `const X_RE = compiledOnFirstRun(/.../)`, its call sites (`X_RE.test(text)`,
 * `X_RE.exec(text)`) stay as they are; after the first run each costs one flag read, where `warmed` looks the expression
 * up. The answers are the expression's own.
 */
export function compiledOnFirstRun(re: RegExp): CompiledOnFirstRun {
  if (re.global || re.sticky) throw new Error(`compiledOnFirstRun: /${re.source}/${re.flags} is global or sticky`);
  let cold = true;
  return {
    test(text: string): boolean {
      if (cold) cold = !warm(re, text);
      return re.test(text);
    },
    exec(text: string): RegExpExecArray | null {
      if (cold) cold = !warm(re, text);
      return re.exec(text);
    },
  };
}

/**
 * `re`, compiled straight to machine code before its first use on `text` (see above): for a reader's costliest
 * expressions, at the place they are first run (`warmed(RE, text).test(text)`, or before a loop of `exec`). The
 * answers are the expression's own; after the first call, one look-up.
 */
export function warmed<T extends RegExp>(re: T, text: string): T {
  if (!WARMED.has(re)) {
    WARMED.add(re);
    warm(re, text);
  }
  return re;
}

/** `warmed(re, text).exec(text)`, for a call whose text is made in the call (a slice of the sentence). */
export function execWarm(re: RegExp, text: string): RegExpExecArray | null {
  return warmed(re, text).exec(text);
}

/** `warmed(re, text).test(text)`, for a call whose text is made in the call. */
export function testWarm(re: RegExp, text: string): boolean {
  return warmed(re, text).test(text);
}

// Speed (round 46): `text.matchAll(re)` runs a copy of `re`, made from its source and flags. The copy shares the
// original's compiled code only while V8's compilation cache holds the expression, and a full garbage collection drops
// it: then the copy is compiled again, to bytecode first, whatever was done to warm the original (on the bench, 50 copies
// and 0.44 MB of bytecode, among them the largest of the engine, tenure-return-if.ts's). `matchesOf` runs `re` itself.
/**
 * The matches of a global `re` in `text`, the ones `[...text.matchAll(re)]` finds, in their order, by `exec` on `re`
 * itself, compiled straight to machine code at its first run. As with `matchAll`, the search starts at `re.lastIndex`,
 * a match of nothing moves one character on (a code point under the u or v flag), and `re.lastIndex` is left as it was.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf: /${re.source}/${re.flags} is not global`);
  const from = re.lastIndex;
  warmed(re, text);
  const out: RegExpExecArray[] = [];
  const wide = re.unicode || re.flags.includes('v');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, wide);
  }
  re.lastIndex = from;
  return out;
}

/** The index after `at`, past a surrogate pair when `wide` (the spec's AdvanceStringIndex). */
function nextIndex(text: string, at: number, wide: boolean): number {
  if (!wide || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return at + 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

/** Literal keys found with `includes` or `indexOf`, asked first of a text's runs of letters and digits (keysGate). */
export interface KeysGate extends GatedTest {
  /** The keys the text may hold, in their order: the keys but those it surely does not (no list is made when none may). */
  keysIn(text: string): readonly string[];
}

const NO_KEYS: readonly string[] = [];

/**
 * Literal keys a reader looks for with `includes` or `indexOf` ("KEYS.some((k) => doc.folded.includes(k))", or a loop
 * over each key's places in the text). `test(text)` is exactly `keys.some((k) => text.includes(k))`, and a loop over
 * `keysIn(text)` finds every place a loop over `keys` finds: a key is searched for only when each run of two or three
 * letters or digits in it is in the text (read once per text, as `gated` reads them). Most keys are in no paragraph,
 * and a key that starts with a common character (" became ", "since ") costs `includes` a stop at each space.
 */
export function keysGate(keys: readonly string[]): KeysGate {
  const needs = keys.map(keyBits);
  const mayHold = (bits: Uint32Array, i: number): boolean => {
    const need = needs[i];
    return need === null || holdsAll(bits, need);
  };
  return {
    test(text: string): boolean {
      const bits = gramsOf(text);
      for (let i = 0; i < keys.length; i++) if (mayHold(bits, i) && text.includes(keys[i])) return true;
      return false;
    },
    keysIn(text: string): readonly string[] {
      const bits = gramsOf(text);
      let out: string[] | undefined;
      for (let i = 0; i < keys.length; i++) if (mayHold(bits, i)) (out ??= []).push(keys[i]);
      return out ?? NO_KEYS;
    },
  };
}

/** The bits of every run of two or three letters or digits in a literal key, folded as a text's are; null when it has none. */
function keyBits(key: string): Int32Array | null {
  const out: number[] = [];
  let a = 0;
  let b = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    const c = code < BUILT ? RAW[code] : symbolOf(foldCode(code));
    if (c === 0) {
      a = b = 0;
      continue;
    }
    if (b !== 0) {
      out.push(TWO + b * SYMBOLS + c);
      if (a !== 0) out.push((a * SYMBOLS + b) * SYMBOLS + c);
    }
    a = b;
    b = c;
  }
  return out.length ? Int32Array.from(new Set(out)) : null;
}

// ---- the stems an expression needs ------------------------------------------------------------

type Node = { kind: 'char'; ch: string; min: number; max: number } | { kind: 'group'; alts: Node[][]; min: number } | { kind: 'other' };

const WORD_CHAR = /^[a-z0-9]$/;

// Built once (speed, round 41): a literal in quantifier was a new expression, parsed again, at each call.
const QUANTIFIER_RE = /^\{(\d+)(,(\d*))?\}/;
/**
 * The literal runs of letters and digits one of which every match of the expression contains,
 * lower-cased, or null when none can be read. Conservative: character classes, escapes, anchors,
 * lookarounds and back-references end a run; an optional character or group is never required;
 * with both the `i` and `u` flags nothing is read (there "ſ" matches "s" and the Kelvin sign "k").
 */
export function stemsOf(source: string, flags: string): string[] | null {
  if (flags.includes('i') && (flags.includes('u') || flags.includes('v'))) return null;
  if (flags.includes('v')) return null;
  let at = 0;
  const fail = (): never => {
    throw new SyntaxError('unread');
  };
  const quantifier = (): { min: number; max: number } | null => {
    const c = source[at];
    let q: { min: number; max: number } | null = null;
    if (c === '?') q = { min: 0, max: 1 };
    else if (c === '*') q = { min: 0, max: Infinity };
    else if (c === '+') q = { min: 1, max: Infinity };
    else if (c === '{') {
      const m = QUANTIFIER_RE.exec(source.slice(at));
      if (!m) return null;
      at += m[0].length - 1;
      q = { min: Number(m[1]), max: m[2] ? (m[3] ? Number(m[3]) : Infinity) : Number(m[1]) };
    }
    if (!q) return null;
    at++;
    if (source[at] === '?') at++;
    return q;
  };
  const alternation = (): Node[][] => {
    const alts: Node[][] = [[]];
    while (at < source.length && source[at] !== ')') {
      if (source[at] === '|') {
        at++;
        alts.push([]);
        continue;
      }
      alts[alts.length - 1].push(atom());
    }
    return alts;
  };
  const atom = (): Node => {
    const c = source[at];
    let node: Node;
    if (c === '(') {
      at++;
      let look = false;
      if (source[at] === '?') {
        if (source.startsWith('?:', at)) at += 2;
        else if (source.startsWith('?=', at) || source.startsWith('?!', at)) {
          at += 2;
          look = true;
        } else if (source.startsWith('?<=', at) || source.startsWith('?<!', at)) {
          at += 3;
          look = true;
        } else if (source[at + 1] === '<') {
          const close = source.indexOf('>', at);
          if (close < 0) fail();
          at = close + 1;
        } else fail();
      }
      const alts = alternation();
      if (source[at] !== ')') fail();
      at++;
      node = look ? { kind: 'other' } : { kind: 'group', alts, min: 1 };
    } else if (c === '[') {
      at++;
      if (source[at] === '^') at++;
      if (source[at] === ']') at++;
      while (at < source.length && source[at] !== ']') at += source[at] === '\\' ? 2 : 1;
      if (source[at] !== ']') fail();
      at++;
      node = { kind: 'other' };
    } else if (c === '\\') {
      const e = source[at + 1];
      if (e === undefined) fail();
      at += 2;
      if ((e === 'p' || e === 'P' || e === 'u' || e === 'k') && (source[at] === '{' || source[at] === '<')) {
        const close = source.indexOf(source[at] === '{' ? '}' : '>', at);
        if (close < 0) fail();
        at = close + 1;
      }
      // An escaped letter or digit is a class, an anchor, a control or a back-reference; escaped
      // punctuation is itself, which no stem holds.
      node = { kind: 'other' };
    } else if (c === '|' || c === ')' || c === '*' || c === '+' || c === '?') {
      return fail();
    } else {
      at++;
      const ch = c.toLowerCase();
      node = c === '.' || c === '^' || c === '$' || !WORD_CHAR.test(ch) ? { kind: 'other' } : { kind: 'char', ch, min: 1, max: 1 };
    }
    const q = quantifier();
    if (q) {
      if (node.kind === 'char') node = { ...node, min: q.min, max: q.max };
      else if (node.kind === 'group') node = { ...node, min: q.min };
    }
    return node;
  };
  let alts: Node[][];
  try {
    alts = alternation();
    if (at !== source.length) return null;
  } catch {
    return null;
  }
  const found = needed(alts);
  return found && found.length ? [...new Set(found)] : null;
}

/** One stem of each alternative (the alternation needs one of them), or null when an alternative has none. */
function needed(alts: Node[][]): string[] | null {
  const out: string[] = [];
  for (const seq of alts) {
    const own = neededInSequence(seq);
    if (!own) return null;
    out.push(...own);
  }
  return out;
}

/** The best set of stems a sequence needs: its longest literal run, or a required group's stems with longer ones. */
function neededInSequence(seq: Node[]): string[] | null {
  const options: string[][] = [];
  let run = '';
  const end = () => {
    if (run.length >= 2) options.push([run]);
    run = '';
  };
  for (const node of seq) {
    if (node.kind === 'char') {
      if (node.min === 0) {
        end();
        continue;
      }
      run += node.ch.repeat(node.min);
      // Repeated beyond its minimum, what follows is not next to it.
      if (node.max !== node.min) end();
      continue;
    }
    end();
    if (node.kind === 'group' && node.min >= 1) {
      const inner = needed(node.alts);
      if (inner && inner.every((s) => s.length >= 2)) options.push(inner);
    }
  }
  end();
  // The rarest choice: the longest shortest stem, then the fewest stems; the first of equals. A plain loop, not a sort
  // with a comparator: this runs for every gated expression at load, and V8's optimising compile of the sort took longer
  // than all the stems it chose (28 ms of a page load).
  let best: string[] | null = null;
  let bestShortest = 0;
  for (const o of options) {
    let shortest = Infinity;
    for (const s of o) if (s.length < shortest) shortest = s.length;
    if (best === null || shortest > bestShortest || (shortest === bestShortest && o.length < best.length)) {
      best = o;
      bestShortest = shortest;
    }
  }
  return best;
}

// ---- runs of three letters or digits, found in one pass ------------------------------------

/** Letters and digits as 1..36 (folded: lower case), anything else 0. Below BUILT, where folding is a fixed table. */
const BUILT = 0x2100;
const SYMBOLS = 37;
const symbolOf = (folded: number): number =>
  folded >= 97 && folded <= 122 ? folded - 96 : folded >= 48 && folded <= 57 ? folded - 48 + 27 : 0;
const RAW = new Uint8Array(BUILT);
for (let code = 0; code < BUILT; code++) RAW[code] = symbolOf(foldCode(code));

/** Bits 0..SYMBOLS^3-1: runs of three; above them, runs of two. */
const TWO = SYMBOLS * SYMBOLS * SYMBOLS;
const WORDS = Math.ceil((TWO + SYMBOLS * SYMBOLS) / 32);

function stemBits(stem: string): Int32Array {
  const sym = [...stem].map((c) => symbolOf(c.charCodeAt(0)));
  if (sym.some((x) => x === 0)) throw new Error(`gated: stem "${stem}" is not of letters and digits`);
  if (sym.length === 2) return Int32Array.of(TWO + sym[0] * SYMBOLS + sym[1]);
  const out: number[] = [];
  for (let i = 2; i < sym.length; i++) out.push((sym[i - 2] * SYMBOLS + sym[i - 1]) * SYMBOLS + sym[i]);
  return Int32Array.from(new Set(out));
}

function holdsAll(bits: Uint32Array, need: Int32Array): boolean {
  for (let i = 0; i < need.length; i++) if ((bits[need[i] >>> 5] & (1 << (need[i] & 31))) === 0) return false;
  return true;
}

/** The texts asked last and their runs: a paragraph's readers ask of its text, a few of a sentence's in between. */
const RECENT = 4;
const recent: Array<{ text: string | undefined; bits: Uint32Array }> = Array.from({ length: RECENT }, () => ({
  text: undefined,
  bits: new Uint32Array(WORDS),
}));
let oldest = 0;
let last = recent[0];

function gramsOf(text: string): Uint32Array {
  if (text === last.text) return last.bits;
  for (const r of recent)
    if (r.text === text) {
      last = r;
      return r.bits;
    }
  const entry = recent[oldest];
  oldest = (oldest + 1) % RECENT;
  const bits = entry.bits;
  bits.fill(0);
  let a = 0;
  let b = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code < BUILT ? RAW[code] : symbolOf(foldCode(code));
    if (c === 0) {
      a = b = 0;
      continue;
    }
    if (b !== 0) {
      const two = TWO + b * SYMBOLS + c;
      bits[two >>> 5] |= 1 << (two & 31);
      if (a !== 0) {
        const three = (a * SYMBOLS + b) * SYMBOLS + c;
        bits[three >>> 5] |= 1 << (three & 31);
      }
    }
    a = b;
    b = c;
  }
  entry.text = text;
  last = entry;
  return bits;
}
