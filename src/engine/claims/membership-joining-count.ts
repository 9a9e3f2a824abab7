// Counts said around a country joining NATO (read by membership.ts), confirmed only:
// - the count the next accession will make: "with you joining NATO there will be thirty countries" (Stoltenberg to
//   North Macedonia at the signing of its accession protocol, February 2019, when NATO had 29 members);
// - the joining country's allies, the members other than itself on the page's day: "With 29 allies, from now on,
//   North Macedonia is stronger" (March 2020, a week before it joined, when NATO had 29 members; after its accession
//   the 30 members are its 29 allies too).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { addDays, factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import type { Span } from '../sentences';
import { bareMacedonia, countAnnotation } from './history-common';
import { compiledOnFirstRun, warmed } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

const NUM = '(\\d{1,2}|twenty(?:-(?:six|seven|eight|nine))?|thirty(?:-(?:one|two|three))?)';
const WILL_BE_RE = new RegExp(
  `\\bthere\\s+will\\s+be\\s+${NUM}\\s+(?:countries|members|member\\s+states|member\\s+countries|allies|Allies|nations)\\b`,
  'gi',
);
const ALLIES_RE = new RegExp(`\\b(?:[Ww]ith|its|our|their)\\s+${NUM}\\s+(?:allies|Allies)\\b`, 'g');
const JOIN_RE = /\b(?:join(?:s|ed|ing)?|accession|accede[sd]?|acceding|membership)\b/i;
const NATO_RE = compiledOnFirstRun(/\b(?:NATO|Nato|North Atlantic|[Aa]lliance|[Aa]llies)\b/);
// How far from its accession a country is "joining": the protocol's signing to the deposit took 13 months for North
// Macedonia.
const JOINING_DAYS = 450;

// Built once (speed, round 41): a literal in joiningCountClaims was a new expression, parsed again, at each call.
const JOINING_COUNT_CLAIMS_RE = compiledOnFirstRun(/\bthere\s+will\s+be\b|\ballies\b/i);
export function joiningCountClaims(doc: Doc, members: Members, countOn: (day: string) => number): Annotation[] {
  const out: Annotation[] = [];
  if (!JOINING_COUNT_CLAIMS_RE.test(doc.text)) return out;
  // The next accession after the page's day, when it is near: the earliest such day. A loop, not map().filter().sort():
  // arrays made by map() differ in kind as the caller is optimised or not, and this reader was compiled again on meeting
  // the other kind.
  const latest = addDays(doc.asOf, JOINING_DAYS);
  let next: string | undefined;
  for (const j of members) {
    const d = factRange(j.nato!.joined).last;
    if (d > doc.asOf && d <= latest && (next === undefined || d < next)) next = d;
  }
  WILL_BE_RE.lastIndex = 0;
  for (let m = warmed(WILL_BE_RE, doc.text).exec(doc.text); m && next; m = WILL_BE_RE.exec(doc.text)) {
    const at = sentenceAround(doc, m.index);
    if (!at) continue;
    const text = doc.text.slice(at.sentence.start, at.sentence.end);
    if (!JOIN_RE.test(text) || !NATO_RE.test(doc.text.slice(at.before.start, at.sentence.end))) continue;
    const n = numberFrom(m[1]);
    if (n !== countOn(next)) continue;
    pushCount(
      doc,
      out,
      members,
      m.index,
      m.index + m[0].length,
      `NATO had ${countOn(doc.asOf)} members on ${formatDay(doc.asOf)}; the next accession, on ${formatDay(next)}, made it ${n}.`,
    );
  }
  ALLIES_RE.lastIndex = 0;
  for (let m = warmed(ALLIES_RE, doc.text).exec(doc.text); m; m = ALLIES_RE.exec(doc.text)) {
    const at = sentenceAround(doc, m.index);
    if (!at) continue;
    const span = { start: at.before.start, end: at.sentence.end };
    if (!NATO_RE.test(doc.text.slice(span.start, span.end)) && !JOIN_RE.test(doc.text.slice(span.start, span.end))) continue;
    // A country joining near the page's day, named in the sentence or the one before.
    const ids = new Set([
      ...matchesIn(doc, span, 'qualifier').map((q) => q.value.jurisdiction),
      ...bareMacedonia(doc, span).map((q) => q.id),
    ]);
    const joining = members.filter((j) => {
      if (!ids.has(j.id)) return false;
      const joined = factRange(j.nato!.joined).last;
      return joined >= addDays(doc.asOf, -JOINING_DAYS) && joined <= addDays(doc.asOf, JOINING_DAYS);
    });
    if (joining.length !== 1) continue;
    const c = joining[0];
    const member = factRange(c.nato!.joined).last <= doc.asOf;
    const allies = countOn(doc.asOf) - (member ? 1 : 0);
    if (numberFrom(m[1]) !== allies) continue;
    pushCount(
      doc,
      out,
      members,
      m.index,
      m.index + m[0].length,
      `NATO had ${countOn(doc.asOf)} members on ${formatDay(doc.asOf)}; ${c.name} (joined ${formatDay(c.nato!.joined)}) had ${allies} allies.`,
    );
  }
  return out;
}

// joiningCountClaims' helpers: module functions, not closures declared per call (under tsx each named closure costs a
// call that names it). The members' sources are sorted only for a finding.
function pushCount(doc: Doc, out: Annotation[], members: Members, start: number, end: number, message: string): void {
  const sources = sourcesOfAll(members.map((j) => j.nato)).slice(0, 3);
  out.push(countAnnotation(doc, { start, end }, message, message, sources));
}

function sentenceAround(doc: Doc, at: number): { sentence: Span; before: Span } | null {
  const i = doc.sentences.findIndex((s) => s.start <= at && at < s.end);
  if (i < 0) return null;
  return { sentence: doc.sentences[i], before: doc.sentences[Math.max(0, i - 1)] };
}
