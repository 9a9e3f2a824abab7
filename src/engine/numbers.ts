// Numbers as news text writes them: "32", "thirty-two", "thirty two", "3rd", "third". Each
// detector's own pattern decides which words it reads as a number; this only says their value.

const UNITS = [
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

/** The value of a number written in digits (an ordinal suffix allowed) or in words up to ninety-nine; NaN otherwise. */
export function numberFrom(written: string): number {
  const word = written.toLowerCase();
  const digits = /^(\d+)(?:st|nd|rd|th)?$/.exec(word);
  if (digits) return Number(digits[1]);
  const ordinal = ORDINALS.indexOf(word);
  if (ordinal >= 0) return ordinal;
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  const [tens = '', rest, ...more] = word.split(/[- ]/);
  const tensValue = TENS[tens];
  if (tensValue === undefined || more.length) return NaN;
  if (rest === undefined) return tensValue;
  const restValue = UNITS.indexOf(rest);
  return restValue >= 1 && restValue <= 9 ? tensValue + restValue : NaN;
}
