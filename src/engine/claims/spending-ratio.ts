// A target set against another as a multiple: "a new defense spending benchmark of 5% of GDP—twice the current
// guideline" (June 2025: 5% is two and a half times 2%), "the 5 per cent ... more than doubles NATO's long-standing 2
// per cent of GDP spending guideline" (SIPRI, 2025), "3.5%, almost double the current 2% target". Checked by
// arithmetic: the figure against the one it is compared with, told in the phrase ("the current 2% target") or, when
// only named ("the current guideline", "the previous target"), the target of that description on the article's day.
//
// An exact multiple ("twice", "double", "two and a half times") more than a fifth off is contradicted; a bound ("more
// than double") on the wrong side of it by a tenth is contradicted; an approximate one ("almost", "about") or a verb of
// rising ("doubling the current 2% commitment", said of 5%) is only confirmed or told.
import type { SpendingTarget } from '../../facts/schema';
import type { Annotation } from '../types';
import { formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { targetsInForce } from './target-in-force';

type Judged = Omit<Annotation, 'start' | 'end' | 'quote' | 'kind'>;

/** Cheap look at the words after a figure before RATIO_RE reads them. */
export const RATIO_GATE_RE = /twice|doubl|tripl|times/i;
// Right after the figure's phrase ("of GDP", a dash or comma, "which is", "or"), the multiple, then the target it is
// compared with: "—twice the current guideline", ", more than double the alliance's 2% target", "or two and a half
// times the existing goal".
const RATIO_RE =
  /^(?:\s+of\s+(?:their\s+|its\s+)?(?:GDP|gross domestic product))?(?:\s+(?:on\s+)?(?:defen[cs]e|military)(?:\s+spending)?)?\s*(?:[,\u2014\u2013(]|\s-\s|--)?\s*(?:which\s+is\s+|that\s+is\s+|or\s+|i\.e\.\s+|some\s+)?(more\s+than\s+|over\s+|less\s+than\s+|nearly\s+|almost\s+|about\s+|roughly\s+|around\s+|close\s+to\s+|approximately\s+|at\s+least\s+)?(twice|double|doubling|doubles|triple|tripling|triples|three\s+times|two\s+and\s+a\s+half\s+times|2\.5\s+times|four\s+times)\s+(?:the\s+|NATO['\u2019]s\s+|the\s+alliance['\u2019]s\s+|its\s+)?(?:(current|existing|present|previous|old|former|earlier|prior|original|long-standing|longstanding|decade-old)\s+)?(?:(\d+(?:\.\d+)?|two|three)\s*(?:%|per\s?cent|percent)\s+(?:of\s+GDP\s+)?)?(?:(?:defen[cs]e|military|spending|NATO)\s+){0,2}(?:target|goal|guideline|benchmark|threshold|level|commitment|pledge|requirement|figure)\b/i;

const MULTIPLES: Record<string, number> = {
  twice: 2,
  double: 2,
  doubling: 2,
  doubles: 2,
  triple: 3,
  tripling: 3,
  triples: 3,
  'three times': 3,
  'two and a half times': 2.5,
  '2.5 times': 2.5,
  'four times': 4,
};
const WORDS: Record<string, number> = { two: 2, three: 3 };

/** How far off (as a share of the multiple said) an exact multiple must be for a red flag. */
const EXACT_OFF = 0.2;

export interface RatioSaid {
  judged: Judged;
  /** Characters after the figure that the comparison takes up. */
  end: number;
}

/**
 * The figure `value` (a NATO target) compared as a multiple with another target in the words `after` it; null when
 * there is no such comparison or the target compared with cannot be told.
 */
export function ratioSaid(
  day: string,
  dateCertain: boolean,
  targets: readonly SpendingTarget[],
  value: number,
  after: string,
): RatioSaid | null {
  const m = RATIO_RE.exec(after);
  if (!m) return null;
  const [said, bound, multipleSaid, which, otherSaid] = m;
  const multiple = MULTIPLES[multipleSaid.toLowerCase().replace(/\s+/g, ' ')];
  const inForce = targetsInForce(targets, day);
  const has = (t: SpendingTarget, v: number) => t.percent === v || t.components?.some((c) => c.percent === v);
  // The target compared with: its figure when told, else the one the words name on that day. "Current" before The Hague
  // is 2%; "previous" after it is the one The Hague replaced.
  const other = otherSaid
    ? (inForce.find((t) => t.percent === (WORDS[otherSaid.toLowerCase()] ?? Number(otherSaid))) ??
      targets
        .filter((t) => t.percent === (WORDS[otherSaid.toLowerCase()] ?? Number(otherSaid)) && t.adopted <= day)
        .sort((a, b) => (a.adopted < b.adopted ? 1 : -1))[0])
    : !which || /^(?:current|existing|present)$/i.test(which)
      ? inForce.find((t) => !has(t, value))
      : targets
          .filter((t) => t.superseded && t.superseded <= day && !has(t, value))
          .sort((a, b) => (a.superseded! < b.superseded! ? 1 : -1))[0];
  if (!other || !multiple) return null;
  const quotient = value / other.percent;
  const off = Math.abs(quotient - multiple) / multiple;
  const b = bound?.trim().toLowerCase();
  let verdict: Annotation['verdict'];
  if (b === 'more than' || b === 'over' || b === 'at least')
    verdict = quotient > multiple ? 'supported' : quotient < multiple * 0.9 ? 'contradicted' : 'context';
  else if (b === 'less than') verdict = quotient < multiple ? 'supported' : quotient > multiple * 1.1 ? 'contradicted' : 'context';
  else if (b === 'nearly' || b === 'almost' || b === 'close to')
    verdict = quotient <= multiple * 1.02 && off <= 0.2 ? 'supported' : 'context';
  else if (b) verdict = off <= 0.15 ? 'supported' : 'context';
  // "doubling the current 2% commitment" of 5%: a verb of rising is told loosely; only the multiple as a noun is exact.
  else if (/^(?:doubling|doubles|tripling|triples)$/i.test(multipleSaid)) verdict = off <= 0.1 ? 'supported' : 'context';
  else verdict = off <= 0.05 ? 'supported' : off >= EXACT_OFF ? 'contradicted' : 'context';
  if (verdict === 'contradicted' && !(isConfident(other) && dateCertain)) verdict = 'context';
  const times = Math.round(quotient * 100) / 100;
  return {
    judged: {
      verdict,
      message:
        verdict === 'supported'
          ? `${value}% is ${times} times ${other.percent}%, NATO's ${other.superseded && other.superseded <= day ? 'previous' : 'current'} target on ${formatDay(day)}.`
          : `${value}% is ${times} times ${other.percent}% (NATO's ${other.superseded && other.superseded <= day ? 'previous' : 'current'} target on ${formatDay(day)}), not ${bound ?? ''}${multipleSaid}.`,
      fact: `${other.summary} (adopted ${formatDay(other.adopted)}${other.superseded ? `, superseded ${formatDay(other.superseded)}` : ''})`,
      factIds: [other.id],
      sources: sourcesOf(other),
    },
    end: said.length,
  };
}
