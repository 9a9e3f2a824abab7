// Text folding for matching. The folded text has exactly the same length as the original,
// character for character, so an offset in one is the same offset in the other: the offset
// map back to the page is the identity, and nothing has to be translated or stored.
//
// Folding: lower case, diacritics removed (Orbán -> orban, Niinistö -> niinisto), typographic
// quotes to ' and ", every dash and hyphen to a space (so "Secretary-General" and "Secretary
// General" fold alike), non-breaking and other spaces to a plain space. A character whose
// folded form would be longer than one code unit (rare: "İ") is kept as its own lower case
// when that is one unit, else left as is.

// Per BMP code unit, its folded form: below U+2100 (Latin, Greek, Cyrillic, the punctuation
// the press uses) built at load; above it filled in the first time a character is seen, as its
// lower case when that is one unit. 0 marks "not yet" there (nothing up there folds to 0).
const FOLD = new Uint16Array(65536);
const BUILT = 0x2100;

// Built once (speed, round 41): a literal in buildFoldTable was a new expression, parsed again, at each call.
const BUILD_FOLD_TABLE_RE = /[\u0300-\u036f]/g;
(function buildFoldTable() {
  for (let code = 0; code < BUILT; code++) {
    const ch = String.fromCharCode(code);
    let folded = ch.toLowerCase().normalize('NFD').replace(BUILD_FOLD_TABLE_RE, '');
    if (folded.length !== 1) folded = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    FOLD[code] = folded.charCodeAt(0);
  }
  const set = (chars: string, to: string) => {
    for (const c of chars) FOLD[c.charCodeAt(0)] = to.charCodeAt(0);
  };
  // U+02BC (modifier letter apostrophe) is what Ukrainian outlets write: "the Presidentʼs Office".
  set('‘’‚‛′`´\u02bc', "'");
  set('“”„‟″', '"');
  set('-‐‑‒–—―−', ' ');
  set('\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\t', ' ');
  // Letters NFD does not decompose but the press writes without the stroke.
  set('øØ', 'o');
  set('łŁ', 'l');
  set('đĐ', 'd');
  set('ßẞ', 's');
  set('æÆ', 'a');
  set('ıİ', 'i');
})();

/** Folds one UTF-16 code unit, as `fold` does (the matcher folds as it reads, where a text is not folded first). */
export function foldCode(code: number): number {
  const folded = FOLD[code];
  if (folded !== 0 || code < BUILT) return folded;
  const lower = String.fromCharCode(code).toLowerCase();
  const unit = lower.length === 1 ? lower.charCodeAt(0) : code;
  // The Kelvin and Angstrom signs lower-case to Latin letters, folded further: "Å" to "a".
  return (FOLD[code] = unit < BUILT ? FOLD[unit] : unit);
}

/** Code units are folded into this buffer and turned into a string a chunk at a time. */
const CHUNK = 8192;
const buffer = new Uint16Array(CHUNK);

/**
 * Folds a whole string; the result has the same length as the input. One table lookup per code
 * unit: measured on 10 MB of news text, this is 2-4 times faster than the engine's native
 * lower-casing followed by a pass for the special characters, since a page's text is almost
 * always stored two bytes a character (one curly quote is enough), where native lower-casing
 * is slow. A letter outside the Basic Multilingual Plane (a surrogate pair) is left as it is.
 */
export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += CHUNK) {
    const n = Math.min(CHUNK, text.length - i);
    for (let j = 0; j < n; j++) buffer[j] = foldCode(text.charCodeAt(i + j));
    out += String.fromCharCode.apply(null, (n === CHUNK ? buffer : buffer.subarray(0, n)) as unknown as number[]);
  }
  return out;
}

// Built once (speed, round 41): a literal in foldKey was a new expression, parsed again, at each call.
const FOLD_KEY_RE = /\s+/g;
/** Folds a key (an alias or a title) and collapses its spaces, for building the matcher. */
export function foldKey(key: string): string {
  return fold(key).replace(FOLD_KEY_RE, ' ').trim();
}

// ---- words and word boundaries --------------------------------------------------------------
//
// A word is letters, digits and combining marks of any script (\p{L}, \p{N}, \p{M}), judged per
// code point, so a letter outside the Basic Multilingual Plane ("𝐀", a surrogate pair) is one
// letter and an emoji is none. Default-ignorable code points (zero-width space, joiners, soft
// hyphen, BOM, variation selectors) are invisible: a page can put them inside a name to hide it
// from a matcher, so matching steps over them (src/engine/matcher.ts) as if they were not there.

const NOT_WORD = 0;
const IS_WORD = 1;
const IGNORABLE = 2;
const SURROGATE = 3;
const UNKNOWN = 255;

/** Per BMP code unit, what it is; filled in the first time a character is seen (most pages use a few hundred). */
const WORD = new Uint8Array(65536).fill(UNKNOWN);
const WORD_CHAR = new RegExp(String.raw`^[\p{L}\p{N}\p{M}]$`, 'u');
const IGNORABLE_CHAR = new RegExp(String.raw`^\p{Default_Ignorable_Code_Point}$`, 'u');
/** Every default-ignorable code point in a string, for comparing text with ignorables removed. */
export const IGNORABLES = new RegExp(String.raw`\p{Default_Ignorable_Code_Point}`, 'gu');

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return SURROGATE;
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? IS_WORD : NOT_WORD;
  const ch = String.fromCharCode(code);
  if (IGNORABLE_CHAR.test(ch)) return IGNORABLE;
  if (code < 0x2000) {
    // Latin-1 letters, Latin Extended, Greek, Cyrillic and the rest of this range: word
    // characters, as the engine has always read them, except these symbols.
    if (code === 0xd7 || code === 0xf7) return NOT_WORD;
    return code >= 0xc0 || code === 0xaa || code === 0xb5 || code === 0xba ? IS_WORD : NOT_WORD;
  }
  return WORD_CHAR.test(ch) ? IS_WORD : NOT_WORD;
}

const kindOf = (code: number): number => {
  const kind = WORD[code];
  return kind !== UNKNOWN ? kind : (WORD[code] = classify(code));
};

/** Astral code points seen so far: 1 word, 0 not, 2 ignorable. */
const ASTRAL = new Map<number, number>();
function astralKind(cp: number): number {
  let kind = ASTRAL.get(cp);
  if (kind === undefined) {
    const ch = String.fromCodePoint(cp);
    kind = IGNORABLE_CHAR.test(ch) ? IGNORABLE : WORD_CHAR.test(ch) ? IS_WORD : NOT_WORD;
    ASTRAL.set(cp, kind);
  }
  return kind;
}

/** What the character at `i` is, reading a surrogate pair from either half. */
function kindAt(text: string, i: number): number {
  const kind = kindOf(text.charCodeAt(i));
  if (kind !== SURROGATE) return kind;
  const code = text.charCodeAt(i);
  if (code <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff ? astralKind(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) : NOT_WORD;
  }
  const high = text.charCodeAt(i - 1);
  return high >= 0xd800 && high <= 0xdbff ? astralKind(((high - 0xd800) << 10) + (code - 0xdc00) + 0x10000) : NOT_WORD;
}

/** What the character at `i` is, for loops that ask both questions below of each character: IS_WORD, IGNORABLE or neither. */
export const charKindAt = kindAt;

/**
 * What the character at `i` of an unfolded text is once folded: `charKindAt(fold(text), i)`
 * without folding the text ("ʼ", a letter, folds to an apostrophe, which is not one).
 */
export function foldedKindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  const known = FOLDED_KIND[code];
  if (known !== UNKNOWN) return known;
  // A surrogate pair folds to itself.
  if (code >= 0xd800 && code <= 0xdfff) return kindAt(text, i);
  return (FOLDED_KIND[code] = kindOf(foldCode(code)));
}

/** Per BMP code unit, what it is once folded: one lookup per character of a page's survey. */
const FOLDED_KIND = new Uint8Array(65536).fill(UNKNOWN);
export { IS_WORD, IGNORABLE };

/** True when the character at `i` of `text` (either half of a surrogate pair) is a letter, digit or mark. */
export function isWordAt(text: string, i: number): boolean {
  return kindAt(text, i) === IS_WORD;
}

/** True when the character at `i` is a default-ignorable code point (ZWSP, ZWJ, soft hyphen, BOM, …). */
export function isIgnorableAt(text: string, i: number): boolean {
  return kindAt(text, i) === IGNORABLE;
}
