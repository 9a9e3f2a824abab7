// Round 32. A NATO summit told by an ordinal no count of NATO's summits reaches: "Occurring alongside the 75th NATO
// Summit" (a business forum's release, July 2024), "Ricketts Statement on 75th Annual NATO Summit" (a senator's release),
// "the 75th NATO Summit in Washington, D.C." (a magazine), "The 76th NATO Summit took place in The Hague" (a quiz page,
// June 2025). The Washington summit of July 2024 marked the alliance's 75th anniversary; NATO had then held about
// thirty-four summits since the first in Paris in 1957 (alliance-history.json, milestones "nato-summits-counted").
//
// The counts differ (extraordinary and special meetings in or out), so a small ordinal is never judged: only one of forty
// or more, which no count reaches (one more allowed for each year after 2025, so the bound holds as summits go on
// yearly). Only where the words name a NATO summit ("the 75th NATO summit", "NATO's 76th summit", "the alliance's 75th
// summit", "the 75th summit of NATO"); not "the 75th-anniversary summit", "the 45th G7 summit", a denial ("not the 75th
// NATO summit") or a question.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { numberFrom } from '../numbers';
import { sourcesOf } from '../holders';
import { HYPOTHETICAL_RE, ORDINAL_SRC, historyAnnotation } from './history-common';
import { compiledOnFirstRun } from '../triggers';

const SUMMITS_COUNTED_ID = 'nato-summits-counted';

const NATO = String.raw`(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation|North\s+Atlantic\s+Alliance|Atlantic\s+Alliance)`;
const ANNUAL = String.raw`(?:(?:annual|yearly|official|formal)\s+)?`;
// Group 1 or 2: the ordinal.
const ORDINAL_SUMMIT_RE = new RegExp(
  String.raw`\b${ORDINAL_SRC}\s+${ANNUAL}${NATO}\s+(?:[Ll]eaders['\u2019]?\s+)?[Ss]ummit\b(?![-\s]+(?:anniversary|year)\b)` +
    String.raw`|\b(?:${NATO}|the\s+[Aa]lliance)['\u2019]s?\s+${ORDINAL_SRC}\s+${ANNUAL}[Ss]ummit\b(?!\s+of\b)` +
    String.raw`|\b${ORDINAL_SRC.replace('(', '(?:')}\s+${ANNUAL}[Ss]ummit\s+of\s+(?:the\s+)?${NATO}`,
  'gi',
);
// A denial or a correction just before the ordinal: "it was not the 75th NATO summit", "wrongly called the 75th".
const DENIED_BEFORE_RE =
  /\b(?:not|never|no|wrongly|mistakenly|erroneously|falsely|so-called)\b[^.;]{0,30}$|n['\u2019]t\b[^.;]{0,30}$|["\u201c\u2018']\s*(?:the\s+)?$/i;
// The fewest summits an ordinal must pass to be beyond every count, for a page of `year`.
const boundFor = (year: number) => 40 + Math.max(0, year - 2025);
// An ordinal of forty or more (every bound is), as ORDINAL_SRC writes it: "40th" to "99th", or a word of the tens from
// "forty" on. Asked first because ORDINAL_SUMMIT_RE, long and case-insensitive, is compiled on its first run (about a
// millisecond) and then tried at every word of a paragraph about a summit, where such an ordinal is rare.
const HIGH_ORDINAL_RE = compiledOnFirstRun(
  /\b(?:[4-9]\d(?:st|nd|rd|th)|forty|fifty|sixty|seventy|eighty|ninety|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)/i,
);

function ordinalSummits(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.text.includes('ummit') && !doc.text.includes('UMMIT')) return out;
  if (!HIGH_ORDINAL_RE.test(doc.text)) return out;
  const record = doc.facts.base.history?.milestones?.find((m) => m.id === SUMMITS_COUNTED_ID);
  if (!record) return out;
  const bound = boundFor(Number(doc.asOf.slice(0, 4)));
  ORDINAL_SUMMIT_RE.lastIndex = 0;
  for (let m = ORDINAL_SUMMIT_RE.exec(doc.text); m; m = ORDINAL_SUMMIT_RE.exec(doc.text)) {
    const written = m[1] ?? m[2] ?? (/^\S+/.exec(m[0]) as RegExpExecArray)[0];
    const n = numberFrom(written);
    if (!Number.isFinite(n) || n < bound) continue;
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    const text = sentence ? doc.text.slice(sentence.start, sentence.end) : m[0];
    const before = doc.text.slice(sentence ? sentence.start : m.index, m.index);
    // A question, or a hypothetical before the ordinal ("if this were the 75th NATO summit"), says nothing as fact.
    if (DENIED_BEFORE_RE.test(before) || /\?/.test(text) || HYPOTHETICAL_RE.test(before)) continue;
    const verdict = record.confidence === 'verified' ? 'contradicted' : 'context';
    out.push(
      historyAnnotation(
        doc,
        { start: m.index, end: m.index + m[0].length },
        'event',
        verdict,
        `Not so: NATO had held fewer than forty summits by 2025, the first in Paris in 1957, so none was its ${written.toLowerCase()}; a number near the alliance's age counts its years (the Washington summit of July 2024 marked its 75th anniversary), not its summits.`,
        record.summary,
        [SUMMITS_COUNTED_ID],
        sourcesOf(record),
      ),
    );
  }
  return out;
}

export const summitOrdinalDetector: ClaimDetector = {
  kind: 'event',
  triggers: [{ words: ['summits?'] }],
  find: (doc) => ordinalSummits(doc),
};
