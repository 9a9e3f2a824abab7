// Round 42 (founding). NATO's founding told as a noun with a year not 1949, where the readers of the verb ("NATO was founded
// in 1950", figure.ts; "Founded in 1950, NATO", figure-forms.ts) find nothing:
//   - "Since its creation in 1950, NATO has ...", "Since its founding in 1948, the alliance has ...": "its" is the main
//     clause's subject, NATO itself (not "NATO's Defence College", "the NATO-Russia Council", "the NATO Response Force");
//   - "NATO's founding in 1950", "since NATO's creation in 1948", "the alliance's birth in 1947" (not "NATO's creation in 2002
//     of the Response Force": an act of NATO's);
//   - "the 1950 founding of NATO", "the 1948 creation of the alliance".
// Red flags only (the year 1949 in these forms is confirmed by figure-forms.ts foundingTold): a year not 1949, through
// foundingAnnotation, as the verb's readers judge it. "The alliance" only with NATO named in the sentence or just before
// it and no other body; not with a negation or a supposition.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { foundingAnnotation } from './figure';
import { HYPOTHETICAL_RE } from './history-common';
import { compiledOnFirstRun } from '../triggers';

const NOUN = String.raw`(?:founding|creation|formation|establishment|inception|birth)`;
const YEAR = String.raw`(1[89]\d\d|20[0-3]\d)`;
// The subject right after the lead: NATO itself, not a body of NATO's.
const NATO_SUBJECT = String.raw`(?:(NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)|the\s+(?:(?:North\s+)?Atlantic\s+|transatlantic\s+|military\s+)?[Aa]lliance)\b(?!['\u2019-]|\s+[A-Z][a-z])`;
const FORMS_RE = new RegExp(
  [
    // "Since its creation in 1950, NATO has": the lead, then the subject.
    // Not a subject of two ("Since its founding in 1947, NATO and the club have met": "its" is the club's).
    String.raw`\b(?:[Ss]ince|[Aa]fter|[Ff]rom|[Aa]t|[Uu]pon|[Ii]n\s+the\s+years\s+(?:since|after))\s+its\s+${NOUN}\s+in\s+${YEAR},?\s+${NATO_SUBJECT}(?!\s*(?:,|and\b|or\b|together\b|as\s+well\b))`,
    // "NATO's founding in 1950", "the alliance's birth in 1947".
    String.raw`\b(?:(NATO|Nato)|[Tt]he\s+(?:(?:North\s+)?Atlantic\s+)?[Aa]lliance)['\u2019]s\s+${NOUN}\s+in\s+${YEAR}\b(?!\s*,?\s+of\b|-)`,
    // "the 1950 founding of NATO".
    String.raw`\b[Tt]he\s+${YEAR}\s+${NOUN}\s+of\s+${NATO_SUBJECT}`,
  ].join('|'),
  'g',
);
const GATE_RE = compiledOnFirstRun(/\b(?:founding|creation|formation|establishment|inception|birth)\b/);
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic)\b/;
const OTHER_BODY_RE =
  /\b(?:EU|European\s+(?:Union|Community|Economic\s+Community)|EEC|United\s+Nations|UN|OSCE|Warsaw\s+Pact|Council\s+of\s+Europe|SEATO|CENTO|ANZUS|AUKUS|CSTO|ASEAN|African\s+Union|Western\s+Union|Brussels\s+Treaty|Treaty\s+of\s+Brussels|not|never|n['\u2019]t)\b/;

// Precision (round 42): alliances other than NATO a page may call "the alliance" (foundingNouns).
const OTHER_ALLIANCE_RE =
  /\b(?:Warsaw\s+Pact|CSTO|Collective\s+Security\s+Treaty|SEATO|CENTO|Baghdad\s+Pact|ANZUS|AUKUS|JEF|Joint\s+Expeditionary\s+Force|Quad|Nordefco|Western\s+Union|Brussels\s+(?:Treaty|Pact)|Treaty\s+of\s+Brussels|Rio\s+Pact)\b/;
// NATO's act as the noun ("NATO's creation in 2002"), and an apposition opening right after the claim (", the NATO Response
// Force,").
const NATO_ACT_NOUN_RE = /['\u2019]s\s+(?:creation|establishment|formation)\b/;
const APPOSED_AFTER_RE = /^,\s+(?:the|a|an|its)\s/i;
const APPOSED_BEFORE_RE = /,\s*$/;

function foundingNouns(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!GATE_RE.test(text) || !NATO_RE.test(text)) return [];
  const out: Annotation[] = [];
  FORMS_RE.lastIndex = 0;
  for (let m = FORMS_RE.exec(text); m; m = FORMS_RE.exec(text)) {
    const year = m[1] ?? m[4] ?? m[5];
    if (!year || year === '1949') continue;
    // "Since NATO's creation in 1948" is alliance-age.ts's (the alliance told as in being since a year).
    if (m[3] && /\b[Ss]ince\s+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const natoNamed = !!(m[2] ?? m[3] ?? m[6]);
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const words = text.slice(sentence.start, sentence.end);
    if (OTHER_BODY_RE.test(words) || HYPOTHETICAL_RE.test(words)) continue;
    // "the alliance": NATO named in the sentence or just before it, and no other body before it.
    if (!natoNamed) {
      const before = text.slice(Math.max(0, sentence.start - 300), sentence.start);
      if (!NATO_RE.test(words) && !(NATO_RE.test(before) && !OTHER_BODY_RE.test(before))) continue;
      // Precision (round 42): "The Warsaw Pact was founded in May 1955. Since its formation in 1955, the alliance had faced
      // NATO across the Iron Curtain" (also the CSTO, the JEF): another alliance named before the claim, in the sentence or
      // just before it, is the one "the alliance" names, whatever the sentence says of NATO after it.
      if (OTHER_ALLIANCE_RE.test(text.slice(Math.max(0, sentence.start - 300), m.index))) continue;
    }
    // Precision (round 42): "The NRF, NATO's creation in 2002, was meant to deploy within days", "NATO's creation in 2002, the
    // NATO Response Force, was reformed in 2014": in apposition to another thing, NATO's creation is what NATO created.
    if (m[3] && NATO_ACT_NOUN_RE.test(m[0])) {
      const end = m.index + m[0].length;
      if (APPOSED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 3), m.index)) || APPOSED_AFTER_RE.test(text.slice(end, end + 8)))
        continue;
    }
    const a = foundingAnnotation(doc, m.index, m.index + m[0].length, year, doc.dateCertain);
    if (a.verdict !== 'supported') out.push(a);
  }
  return out;
}

export const foundingNounDetector: ClaimDetector = {
  kind: 'figure',
  // NATO named, which the lexicon matches: no words of its own.
  triggers: [],
  find: foundingNouns,
};
