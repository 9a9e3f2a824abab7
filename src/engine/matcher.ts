// One pass over the text finds every known name, title, place and organisation.
//
// A character trie of folded keys, walked from each word start: the cost grows with the
// text, not with the number of names, since each step is one map lookup however many keys
// share the prefix. Unlike plain Aho–Corasick it only starts at word boundaries, which is
// what names need ("Rutte" must not match inside "Bruttel"), and it reports the longest key
// at each start (leftmost-longest), so "Prime Minister" wins over "Minister".
import { charKindAt, foldCode, foldedKindAt, foldKey, IGNORABLE, IGNORABLES, IS_WORD, isWordAt } from './normalize';

// The matcher reads either a folded text or, `raw`, an unfolded one that it folds as it reads (a
// page's survey: most of a page names no one, and folding it all first cost more than the scan).
const codeAt = (text: string, i: number, raw: boolean): number => (raw ? foldCode(text.charCodeAt(i)) : text.charCodeAt(i));
const kindAt = (text: string, i: number, raw: boolean): number => (raw ? foldedKindAt(text, i) : charKindAt(text, i));

const SPACE = 32;
/**
 * Per ASCII code unit, its folded code when it is a word's character (a letter or a digit), else 0 (no ASCII
 * character is ignorable): what `kindAt` and `codeAt` say of it, whether the text is folded or not (a folded
 * text has no upper case; no ASCII character folds into or out of a word's).
 */
const ASCII_WORD_CODE = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  const raw = foldedKindAt(ch, 0);
  if (raw !== charKindAt(ch, 0) || raw === IGNORABLE) throw new Error(`matcher: ASCII ${c} is read differently folded`);
  ASCII_WORD_CODE[c] = raw === IS_WORD ? foldCode(c) : 0;
}
/** Matcher.firstWordSlots' size, a power of two: many times the lexicon's first words (about 2,000), so most slots stay empty. */
const FIRST_WORD_SLOTS = 1 << 15;
const NEWLINE = 10;

interface TrieNode<T> {
  /**
   * The first child's code and node (-1 and null when there is none): most nodes of a name's trie have one child, which
   * this holds without a map of its own (a map for each of the lexicon's ~90,000 nodes cost most of the engine's build).
   */
  code: number;
  child: TrieNode<T> | null;
  /** The other children, by their code; null while there are none. */
  next: Map<number, TrieNode<T>> | null;
  values: T[] | null;
  /**
   * The values of `values` when none is case-sensitive (every match of the key takes them all):
   * one list shared by the key's matches, not one built for each. Null when one is.
   */
  plain: unknown[] | null;
}

export interface Match<T> {
  start: number;
  end: number;
  values: T[];
}

export interface MatcherEntry<T> {
  key: string;
  value: T;
  /** Match the original text's case exactly (short or upper-case keys such as "US", "EU", "PM"). */
  caseSensitive?: boolean;
}

interface Stored<T> {
  value: T;
  exact: string | null;
}

// Built once (speed, round 41): a literal in add was a new expression, parsed again, at each call.
const ADD_RE = /\s+/g;
export class Matcher<T> {
  private readonly root: TrieNode<Stored<T>> = { code: -1, child: null, next: null, values: null, plain: null };
  /** Which characters can start a key: many words are rejected on this one lookup. */
  private readonly first = new Uint8Array(65536);
  /**
   * The hashes of the keys' first words (`wordHash`). A key's first word is a whole word of the
   * text wherever the key matches (a key ends at a word boundary, and the character after its
   * first word is not a letter), so a word whose hash is not here starts no key: the rest of
   * the words are rejected on this second lookup, before the trie is walked ("the", "were").
   */
  private readonly firstWords = new Set<number>();
  /**
   * The first words' hashes by their low bits, one byte a slot: a word whose slot is empty starts
   * no key, told by one array read before the set is asked. Most of a page's words stop here.
   */
  private readonly firstWordSlots = new Uint8Array(FIRST_WORD_SLOTS);
  /**
   * First words that must go on to the trie whatever follows them: a key of one word ("Rutte"),
   * or one whose first word is not followed by a space and a word ("U.S.", "al-Assad").
   */
  private readonly wholeFirstWords = new Set<number>();
  /**
   * The other first words ("the", "prime", "foreign": keys of two words or more) with the hash
   * of their second word (`pairHash`): "the" starts many keys, and most of a page's "the" start
   * none, which the next word tells without walking the trie.
   */
  private readonly firstTwoWords = new Set<number>();
  size = 0;

  add({ key, value, caseSensitive }: MatcherEntry<T>): void {
    const folded = foldKey(key);
    if (!folded) return;
    let node = this.root;
    for (let i = 0; i < folded.length; i++) {
      const code = folded.charCodeAt(i);
      let child = childOf(node, code);
      if (!child) {
        child = { code: -1, child: null, next: null, values: null, plain: null };
        if (node.child === null) {
          node.code = code;
          node.child = child;
        } else (node.next ??= new Map()).set(code, child);
      }
      node = child;
    }
    (node.values ??= []).push({ value, exact: caseSensitive ? key.replace(ADD_RE, ' ') : null });
    node.plain = node.values.every((v) => v.exact === null) ? node.values.map((v) => v.value) : null;
    this.first[folded.charCodeAt(0)] = 1;
    // A key that starts with no letter or digit never matches: the scan starts only at words.
    if (isWordAt(folded, 0)) {
      const first = wordHash(folded, 0, folded.length);
      this.firstWords.add(first);
      this.firstWordSlots[first & (FIRST_WORD_SLOTS - 1)] = 1;
      const space = wordEnd(folded, 0, folded.length);
      if (space < folded.length && folded.charCodeAt(space) === SPACE && isWordAt(folded, space + 1))
        this.firstTwoWords.add(pairHash(first, wordHash(folded, space + 1, folded.length)));
      else this.wholeFirstWords.add(first);
    }
    this.size++;
  }

  /**
   * Scans `folded` (the output of `fold(original)`) and returns the matches, in order.
   * `original` is consulted only for case-sensitive keys.
   */
  scan(folded: string, original: string, from = 0, to = folded.length): Match<T>[] {
    return this.walk(folded, original, false, from, to);
  }

  /** The same matches as `scan(fold(original), original)`, without folding the text first. */
  scanUnfolded(original: string, from = 0, to = original.length): Match<T>[] {
    return this.walk(original, original, true, from, to);
  }

  private walk(text: string, original: string, raw: boolean, from: number, to: number): Match<T>[] {
    const out: Match<T>[] = [];
    const first = this.first;
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128 ? ASCII_WORD_CODE[c] === 0 : kindAt(text, i, raw) !== IS_WORD) {
        i++;
        continue;
      }
      // At a word start: its end and its hash in one walk (ignorables inside it included: no key starts inside a word).
      let end = i;
      let hash = 0;
      for (; end < to; end++) {
        // ASCII, most of any page, from one table: one read of the character, not two.
        const ascii = text.charCodeAt(end);
        if (ascii < 128) {
          const code = ASCII_WORD_CODE[ascii];
          if (code === 0) break;
          hash = (Math.imul(hash, 31) + code) | 0;
          continue;
        }
        const kind = kindAt(text, end, raw);
        if (kind === IS_WORD) hash = (Math.imul(hash, 31) + codeAt(text, end, raw)) | 0;
        else if (kind !== IGNORABLE) break;
      }
      // The previous visible character (ignorables are invisible) is not part of a word.
      const found =
        first[codeAt(text, i, raw)] === 1 &&
        this.firstWordSlots[hash & (FIRST_WORD_SLOTS - 1)] === 1 &&
        this.firstWords.has(hash) &&
        (this.wholeFirstWords.has(hash) || this.secondWordFits(text, raw, hash, end, to)) &&
        !wordBefore(text, i, raw)
          ? this.longestAt(text, original, raw, i, to)
          : null;
      if (found) {
        out.push(found);
        i = found.end;
      } else i = end;
    }
    return out;
  }

  /**
   * Whether the word after the one ending at `end` may be the second word of a key whose first
   * word hashes to `first`: the text there is spaces (ignorables among them), as the trie walk
   * reads them, then a word whose hash goes with `first`.
   */
  private secondWordFits(text: string, raw: boolean, first: number, end: number, to: number): boolean {
    if (end >= to || codeAt(text, end, raw) !== SPACE) return false;
    let j = end + 1;
    while (j < to && (codeAt(text, j, raw) === SPACE || kindAt(text, j, raw) === IGNORABLE)) j++;
    if (j >= to || kindAt(text, j, raw) !== IS_WORD) return false;
    let hash = 0;
    for (; j < to; j++) {
      // ASCII from one table, as in walk: this runs after every "the" of a page, most of them in text that names no one.
      const ascii = text.charCodeAt(j);
      if (ascii < 128) {
        const code = ASCII_WORD_CODE[ascii];
        if (code === 0) break;
        hash = (Math.imul(hash, 31) + code) | 0;
        continue;
      }
      const kind = kindAt(text, j, raw);
      if (kind === IS_WORD) hash = (Math.imul(hash, 31) + codeAt(text, j, raw)) | 0;
      else if (kind !== IGNORABLE) break;
    }
    return this.firstTwoWords.has(pairHash(first, hash));
  }

  private longestAt(text: string, original: string, raw: boolean, start: number, to: number): Match<T> | null {
    let node: TrieNode<Stored<T>> | undefined = this.root;
    let best: Match<T> | null = null;
    let i = start;
    while (node && i <= to) {
      // A match ends at a word boundary, and never just after an ignorable (the quote stops at the name's last letter).
      if (node.values && i > start && kindAt(text, i - 1, raw) !== IGNORABLE && endsWord(text, i, to, raw)) {
        const values = (node.plain as T[] | null) ?? this.accept(node.values, original, start, i);
        if (values.length) best = { start, end: i, values };
      }
      if (i === to || !node.child) break;
      if (kindAt(text, i, raw) === IGNORABLE) {
        // Invisible inside a name ("Stol\u200btenberg"): step over it, the quote still covers the whole name.
        i++;
        continue;
      }
      const code = codeAt(text, i, raw);
      if (code === SPACE) {
        // A run of spaces in the text matches the single space of a key; line breaks do
        // not, so a name never runs across two blocks of the page.
        node = childOf(node, SPACE);
        while (i + 1 < to && (codeAt(text, i + 1, raw) === SPACE || kindAt(text, i + 1, raw) === IGNORABLE)) i++;
        i++;
        continue;
      }
      if (code === NEWLINE) break;
      node = childOf(node, code);
      i++;
    }
    return best;
  }

  private accept(stored: Stored<T>[], original: string, start: number, end: number): T[] {
    const out: T[] = [];
    for (const s of stored) {
      if (s.exact === null || original.slice(start, end).replace(IGNORABLES, '').replace(ADD_RE, ' ') === s.exact) out.push(s.value);
    }
    return out;
  }
}

/** The child of `node` reached by `code`, if any. */
function childOf<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  if (node.code === code) return node.child as TrieNode<T>;
  return node.next === null ? undefined : node.next.get(code);
}

/**
 * A hash of the word that starts at `i` (letters and digits up to the first other character;
 * ignorables inside it are stepped over, as the trie walk steps over them). The scan computes
 * the same hash as it walks each word.
 */
function wordHash(text: string, i: number, to: number): number {
  let hash = 0;
  for (; i < to; i++) {
    const kind = charKindAt(text, i);
    if (kind === IS_WORD) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
    else if (kind !== IGNORABLE) break;
  }
  return hash;
}

/** Where the word that starts at `i` of a folded key ends (the first character that is neither a word's nor ignorable). */
function wordEnd(text: string, i: number, to: number): number {
  for (; i < to; i++) {
    const kind = charKindAt(text, i);
    if (kind !== IS_WORD && kind !== IGNORABLE) break;
  }
  return i;
}

/** One number for a first word's hash and its second word's: a collision only sends a word on to the trie. */
const pairHash = (first: number, second: number): number => (Math.imul(first, 0x9e3779b1) ^ second) | 0;

/** True when the last visible character before `i` is part of a word (ignorables are skipped, as a reader would not see them). */
function wordBefore(text: string, i: number, raw: boolean): boolean {
  let j = i - 1;
  while (j >= 0 && kindAt(text, j, raw) === IGNORABLE) j--;
  return j >= 0 && kindAt(text, j, raw) === IS_WORD;
}

/**
 * Whether a key may end at `i`: the next visible character is not a letter or digit (of any
 * script, a surrogate pair read whole: "Stoltenberg𝐀" is one word), or the key itself ended on
 * a non-word character ("U.S.").
 */
function endsWord(text: string, i: number, to: number, raw: boolean): boolean {
  let j = i;
  while (j < to && kindAt(text, j, raw) === IGNORABLE) j++;
  if (j >= to || kindAt(text, j, raw) !== IS_WORD) return true;
  return !wordBefore(text, i, raw);
}
