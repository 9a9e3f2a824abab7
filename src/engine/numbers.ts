// Numbers as news text writes them: "32", "thirty-two", "thirty two", "3rd", "third". Each
// detector's own pattern decides which words it reads as a number; this only says their value.

/** The number words below twenty, in order: a word's index is its value. */
export const UNIT_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const ORDINALS = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

const TENS_ORDINALS: Record<string, number> = Object.fromEntries(Object.entries(TENS).map(([w, n]) => [`${w.slice(0, -1)}ieth`, n]));

/** The value of a single word: a unit or teen ("seven", "thirteen"), its ordinal ("seventh", "thirteenth"), a ten or its ordinal. */
function wordValue(word: string): number {
  const ordinal = ORDINALS.indexOf(word);
  if (ordinal >= 0) return ordinal;
  const unit = UNIT_WORDS.indexOf(word);
  if (unit >= 0) return unit;
  // "thirteenth" ... "nineteenth"
  const teen = word.endsWith('th') ? UNIT_WORDS.indexOf(word.slice(0, -2)) : -1;
  if (teen >= 13) return teen;
  return TENS[word] ?? TENS_ORDINALS[word] ?? NaN;
}

// Built once (speed, round 41): a literal in numberFrom was a new expression, parsed again, at each call.
const NUMBER_FROM_RE = /^(\d+)(?:st|nd|rd|th)?$/;
const NUMBER_FROM_RE2 = /[- ]+/;
/**
 * The value of a number written in digits (an ordinal suffix allowed) or in words up to ninety-nine,
 * cardinal or ordinal ("thirty-two", "thirty-second", "thirtieth", "75th"); NaN otherwise.
 */
export function numberFrom(written: string): number {
  const word = written.toLowerCase().trim();
  const digits = NUMBER_FROM_RE.exec(word);
  if (digits) return Number(digits[1]);
  const [tens = '', rest, ...more] = word.split(NUMBER_FROM_RE2);
  if (rest === undefined) return wordValue(tens);
  const tensValue = TENS[tens];
  const restValue = wordValue(rest);
  if (tensValue === undefined || more.length || !(restValue >= 1 && restValue <= 9)) return NaN;
  return tensValue + restValue;
}

/** 1 → "1st", 12 → "12th", 22 → "22nd", 113 → "113th". */
export function ordinalText(n: number): string {
  const lastTwo = n % 100;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
