// Round 39: "the organization's Secretary General Mircea Geoana" (held-out 37 rl003, AFP, 18 April 2024: Argentina's
// defence minister met NATO's Deputy Secretary General; Stoltenberg was its Secretary General), "the organisation's
// Secretary General Mark Rutte", "the alliance's Deputy Secretary General Rose Gottemoeller" (in 2022). "The organization"
// names the body the passage has just named; title.ts reads the role after it as bare (any body's Secretary General) and
// so never flags it, or, for "the alliance", only confirms ("the alliance" may be another one).
//
// Read as NATO's office only beyond doubt: "the organi[sz]ation's" or "the alliance's" right before a role of the lexicon
// with a sense of NATO's, a name in full right after it, and the whole text before it naming NATO (its name or
// acronym, matched as NATO) and no other body: no other organisation the fact base knows, no other word "Organization",
// "Union", "Nations", "Council", "Alliance" or "Agency" outside NATO's name, and no other acronym of capitals. Then judged
// as "NATO TITLE NAME" is (title.ts), with no modifier: a word before the role ("former", "deputy") is not read.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { LexEntry } from '../lexicon';
import { firstAtOrAfter } from '../doc';
import { titleAnnotation } from './title';

const BODY_RE = /\bthe[ \t]+(?:organi[sz]ation|alliance)['\u2019]s[ \t]+/gi;
const NATO = 'nato';
const OTHER_BODY_WORD_RE = /\b(?:Organi[sz]ation|Union|Nations|Council|Alliance|Agency|Commission|Community|Pact)\b/g;
const ACRONYM_RE = /\b[A-Z]{2,6}\b/g;

// Built once (speed, round 41): a literal in bodyPossessiveTitles was a new expression, parsed again, at each call.
const BODY_POSSESSIVE_TITLES_RE = /(?:organi[sz]ation|alliance)['\u2019]s /i;
export function bodyPossessiveTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text, matches } = doc;
  if (!BODY_POSSESSIVE_TITLES_RE.test(text)) return out;
  for (const b of text.matchAll(BODY_RE)) {
    const at = b.index! + b[0].length;
    const i = firstAtOrAfter(matches, at);
    const r = matches[i];
    if (!r || r.start !== at) continue;
    const role = r.values.find((v): v is Extract<LexEntry, { type: 'role' }> => v.type === 'role');
    if (!role || r.values.some((v) => v.type === 'qualifier')) continue;
    const person = doc.people.find((p) => p.match === i + 1);
    if (!person || !person.full || person.fuzzy || !/^[ \t]+$/.test(text.slice(r.end, person.start))) continue;
    if (!/^(?:\s*[,.;:)\n]|\s*$|\s+[a-z])/.test(text.slice(person.end, person.end + 4))) continue;
    if (!natoOnlyBefore(doc, b.index!)) continue;
    const senses = (doc.lexicon.roles.get(role.key) ?? []).filter((s) => !s.loose && s.office.jurisdiction === NATO);
    if (!senses.length) continue;
    const annotation = titleAnnotation(doc, {
      start: b.index!,
      end: person.end,
      person,
      senses,
      explicit: true,
      modifier: 'none',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The text before `end`, from the page's start, names NATO and no other body. */
function natoOnlyBefore(doc: Doc, end: number): boolean {
  let nato = false;
  const spans: Array<[number, number]> = [];
  for (const m of doc.matches) {
    if (m.start >= end) break;
    const bodies = m.values.flatMap((v) =>
      v.type === 'qualifier' && doc.facts.jurisdictions.get(v.jurisdiction)?.kind === 'organisation' ? [v.jurisdiction] : [],
    );
    if (!bodies.length) continue;
    if (bodies.some((j) => j !== NATO)) return false;
    nato = true;
    spans.push([m.start, m.end]);
  }
  if (!nato) return false;
  const before = doc.text.slice(0, end);
  const outside = (x: RegExpMatchArray) => !spans.some(([s, e]) => x.index! >= s && x.index! < e);
  if ([...before.matchAll(OTHER_BODY_WORD_RE)].some(outside)) return false;
  return ![...before.matchAll(ACRONYM_RE)].some((x) => x[0] !== 'NATO' && outside(x));
}
