// Round 46 (read by alliance-founding.ts). NATO's size told as a growth from its twelve founders, where the readers that
// need the name NATO in the sentence (membership.ts, member-count-forms.ts) find nothing:
//
//   - "the transatlantic Alliance has grown from 12 founding members to 32 member countries" (held-out 31 xa041, 40 md008;
//     as a quote alone), "from the original 12 countries to 30" (held-out 24 od001, June 2021), "growing from the
//     original 12 allies in 1949 to 30 today";
//   - the other way round: "the alliance has grown to 32 members from 12 members" (held-out 34 su015, July 2024);
//   - as the number added since: "this organisation, which today has 32 members – 20 more countries than when it was
//     founded" (held-out 44 uk020, April 2024), "20 more members than at its founding".
//
// Twelve founders and a count NATO had are NATO's (no other body of note was founded by twelve and grew to 30-odd; the
// EU's founders were six, the Council of Europe's ten). The start must say it is the founding ("original", "founding",
// "in 1949", "than when it was founded") or the sentence must name the alliance or allies. Confirm only: the count reached
// is confirmed when it is NATO's on the page's day (or on the fact base's last checked day after it); any other count says
// nothing here (a growth told of an earlier time, a growth to come, another body's). Not where the sentence names NATO
// (membership.ts and member-count-forms.ts read it there), nor a supposition, a growth to come or another body named.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { countAnnotation, membersOn } from './history-common';

const COUNT = String.raw`(\d{2}|twenty(?:[- ][a-z]+)?|thirty(?:[- ][a-z]+)?)`;
const TWELVE = String.raw`(?:12|twelve)`;
const NOUN = String.raw`(?:member\s+(?:states|countries|nations)|members|countries|nations|states|allies|signatories)`;
const FROM_FOUNDERS = String.raw`from\s+(?:the\s+|its\s+|an\s+alliance\s+of\s+)?((?:original|founding|initial)\s+)?${TWELVE}\s+((?:original|founding)\s+)?${NOUN}(\s+in\s+1949)?`;
// "from (the original) 12 (founding) members (in 1949) to 32 (member countries) (today)".
const FROM_TO_RE = new RegExp(
  String.raw`\b(?:(?:grown|grew|growing|expanded|expanding|increased|risen|rose|gone|went|swelled|swollen)\s+)?${FROM_FOUNDERS}\s+to\s+${COUNT}(?:\s+${NOUN})?(?:\s+(?:today|now))?\b`,
  'gi',
);
// "has grown to 32 members from 12 (founding) members".
const TO_FROM_RE = new RegExp(
  String.raw`\b(?:grown|grew|expanded|increased|risen|rose)\s+to\s+${COUNT}\s+${NOUN}\s+${FROM_FOUNDERS}\b`,
  'gi',
);
// "20 more countries than when it was founded", "20 more members than at its founding", "than in 1949".
const MORE_THAN_RE = new RegExp(
  String.raw`\b${COUNT}\s+more\s+${NOUN}\s+than\s+(?:when\s+(?:it|NATO|Nato|the\s+(?:alliance|Alliance|organi[sz]ation|bloc))\s+was\s+(?:first\s+)?(?:founded|established|created|formed|set\s+up|born)|at\s+(?:its|the)\s+(?:founding|creation|birth|inception|formation|start)|in\s+1949)\b`,
  'gi',
);
// Cheap looks before the three forms: twelve for the growths, "more ... than when/at/in 1949" for the number added.
const TWELVE_GATE_RE = /\b(?:12|twelve)\b/i;
const MORE_GATE_RE = /\bmore\b[^.]{0,40}\bthan\s+(?:when|at|in\s+1949)\b/i;
const ALLIANCE_RE = /\b(?:[Aa]lliance|[Aa]llies|[Aa]llied)\b/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic)\b/;
const UNSURE_RE =
  /\b(?:not|never|n['\u2019]t|if|would|could|might|may|whether|unless|will|shall|set\s+to|expected\s+to|poised\s+to|about\s+to|going\s+to)\b|\?/i;
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Community|Economic\s+Community)|EEC|eurozone|euro\s+area|Schengen|UN|U\.N\.|United\s+Nations|Council\s+of\s+Europe|OSCE|CSCE|OPEC|ASEAN|Commonwealth|Warsaw|SEATO|CSTO|BRICS|G7|G20|OECD|African\s+Union|Arab\s+League|coalition|Coalition|Ramstein)\b/;

function countValue(written: string): number {
  return numberFrom(written.toLowerCase().replace(/\s+/, '-'));
}

/** The confirmations of NATO's size told as a growth from its twelve founders. */
export function foundersGrowth(doc: Doc): Annotation[] {
  const text = doc.text;
  const forms = [
    ...(TWELVE_GATE_RE.test(text) ? [FROM_TO_RE, TO_FROM_RE] : []),
    ...(text.includes(' than ') && MORE_GATE_RE.test(text) ? [MORE_THAN_RE] : []),
  ];
  if (!forms.length) return [];
  const out: Annotation[] = [];
  const day = pastHorizon(doc.facts, doc.asOf) ?? doc.asOf;
  const members = membersOn(doc.facts.base.jurisdictions, day);
  const now = members.length;
  const sources = sourcesOfAll(members.map((j) => j.nato!)).slice(0, 3);
  const message = `NATO had ${now} members on ${formatDay(day)}, ${now - 12} more than its 12 founders.`;
  const sentenceOf = (at: number) => doc.sentences.find((s) => s.start <= at && at < s.end);
  const push = (start: number, end: number) => {
    if (!out.some((o) => o.start < end && start < o.end)) out.push(countAnnotation(doc, { start, end }, message, message, sources));
  };
  for (const re of forms) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const s = sentenceOf(m.index);
      if (!s) continue;
      const words = text.slice(s.start, s.end);
      if (UNSURE_RE.test(words) || OTHER_BODY_RE.test(words)) continue;
      if (re === MORE_THAN_RE) {
        // "it" is NATO only where NATO is named in the sentence or the 400 characters before it.
        if (!NATO_NAMED_RE.test(text.slice(Math.max(0, s.start - 400), s.end))) continue;
        if (countValue(m[1]) + 12 !== now) continue;
      } else {
        if (NATO_NAMED_RE.test(words)) continue;
        const [reached, original, founding, in1949] = re === FROM_TO_RE ? [m[4], m[1], m[2], m[3]] : [m[1], m[2], m[3], m[4]];
        if (!original && !founding && !in1949 && !ALLIANCE_RE.test(words)) continue;
        if (countValue(reached) !== now) continue;
      }
      push(m.index, m.index + m[0].length);
    }
  }
  return out;
}
