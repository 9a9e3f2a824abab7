// Expressions with a Unicode property class that many readers test single characters or short slices with, built once
// here and shared. Speed (round 45): written as literals inside the readers' functions, each was syntax-checked when
// the bundle was parsed, again when its function was compiled, and parsed again at each evaluation until the function
// had feedback, every parse asking ICU to build its classes (about 0.3 M instructions a class, see triggers.ts); and
// `[\p{L}\p{N}]` alone had seven copies. Built from strings, at the top level, each is parsed once. None has a global
// or sticky flag, so one object shared by many callers keeps no state from one call to the next.

/** A letter or a digit, of any script: the test for "inside a word" beside a match. */
export const LETTER_OR_DIGIT_RE = new RegExp(String.raw`[\p{L}\p{N}]`, 'u');

/** A letter, of any script: `text.search(LETTER_RE)` is where the first word begins. */
export const LETTER_RE = new RegExp(String.raw`\p{L}`, 'u');

/** A first character that is not a letter (the boundary a match began with, to step over). */
export const NON_LETTER_FIRST_RE = new RegExp(String.raw`^[^\p{L}]`, 'u');

/** A first character that is an upper-case letter, of any script. */
export const UPPER_FIRST_RE = new RegExp(String.raw`^\p{Lu}`, 'u');

/** A slice that ends with the word "the" (any case) and spaces or tabs: the article right before a match. */
export const THE_AT_END_RE = new RegExp(String.raw`(?:^|[^\p{L}])the[ \t]+$`, 'iu');
