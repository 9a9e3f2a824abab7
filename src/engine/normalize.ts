// Text folding for matching. The folded text has exactly the same length as the original,
// character for character, so an offset in one is the same offset in the other: the offset
// map back to the page is the identity, and nothing has to be translated or stored.
//
// Folding: lower case, diacritics removed (Orbán -> orban, Niinistö -> niinisto), typographic
// quotes to ' and ", every dash and hyphen to a space (so "Secretary-General" and "Secretary
// General" fold alike), non-breaking and other spaces to a plain space. A character whose
// folded form would be longer than one code unit (rare: "İ") is kept as its own lower case
// when that is one unit, else left as is.

const FOLD = new Uint16Array(0x2100);

(function buildFoldTable() {
  for (let code = 0; code < FOLD.length; code++) {
    const ch = String.fromCharCode(code);
    let folded = ch
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    if (folded.length !== 1) folded = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    FOLD[code] = folded.charCodeAt(0);
  }
  const set = (chars: string, to: string) => {
    for (const c of chars) FOLD[c.charCodeAt(0)] = to.charCodeAt(0);
  };
  set('‘’‚‛′`´', "'");
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

/** Folds one UTF-16 code unit. */
export function foldCode(code: number): number {
  return code < FOLD.length ? FOLD[code] : code;
}

// Everything fold changes besides ASCII upper case: hyphens, and all non-ASCII characters.
const SPECIAL = /[-\u0080-\uffff]/g;
const foldSpecial = (c: string) => String.fromCharCode(foldCode(c.charCodeAt(0)));

/** Folds a whole string; the result has the same length as the input. */
export function fold(text: string): string {
  // Fast path: the engine's native lower-casing, then only the rare special characters one by
  // one. toLowerCase keeps the length for all but a few letters ("İ"); if it did not, fold
  // character by character.
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(SPECIAL, foldSpecial);
  return foldEach(text);
}

function foldEach(text: string): string {
  let out = '';
  // Build in chunks: string concatenation of single chars is slow on large texts.
  const chunk = 8192;
  const buf = new Uint16Array(Math.min(chunk, text.length));
  for (let i = 0; i < text.length; i += chunk) {
    const n = Math.min(chunk, text.length - i);
    for (let j = 0; j < n; j++) buf[j] = foldCode(text.charCodeAt(i + j));
    out += String.fromCharCode.apply(null, (n === buf.length ? buf : buf.subarray(0, n)) as unknown as number[]);
  }
  return out;
}

/** Folds a key (an alias or a title) and collapses its spaces, for building the matcher. */
export function foldKey(key: string): string {
  return fold(key).replace(/\s+/g, ' ').trim();
}

/** Letters and digits of any script: what a word is made of. A table lookup: it runs for every character. */
export function isWordCode(code: number): boolean {
  return WORD[code] === 1;
}

const WORD = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) WORD[c] = computeIsWord(c) ? 1 : 0;

function computeIsWord(code: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Latin-1 letters, Latin Extended, Greek, Cyrillic and beyond: treat as word characters,
  // except the punctuation and space blocks.
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x206f) return false; // General Punctuation
  if (code >= 0x3000 && code <= 0x303f) return false;
  return code >= 0xc0 || code === 0xaa || code === 0xb5 || code === 0xba;
}
