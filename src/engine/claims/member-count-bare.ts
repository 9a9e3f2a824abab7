// Round 24. NATO's count told without the word "members", right after a sentence on its membership: "Two years ago, the
// North Atlantic Alliance had 30 members. Today it has 32." (Romanian public radio, 27 February 2024, held-out 22 pb009:
// Sweden joined on 7 March 2024; NATO had 31 members that day), "NATO had 12 founding members. It now has 32."
//
// The sentence is only the count: "Today/Now/Currently(,) it has N." or "It now/today/currently has N." (nothing after the
// number but the sentence's end). The sentence before, in the same paragraph, names NATO or the alliance and counts its
// members ("had 30 members", "30 member states", "30 allies"), and no other body (the EU has members too). The count of the
// page's day (or the horizon's) is confirmed; a count reached only at an accession five or more days after the page's day, or
// one NATO never had, is contradicted (a certain page date, no word of a step to come); one NATO had before is outdated.
// Within three days of an accession, context.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Jurisdiction } from '../../facts/schema';
import { daysBetween, factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { compiledOnFirstRun } from '../triggers';

const BARE_COUNT_RE =
  /\b(?:(?:Today|Now|Currently|Nowadays)\s*,?\s+it\s+(?:has|counts|numbers)|It\s+(?:now|today|currently)\s+(?:has|counts|numbers))\s+(\d{2}|thirty(?:-(?:one|two|three|four))?)(?=\s*[.!]?\s*$)/;
// Round 37: the members as "them", right after a sentence on NATO's members: "In total there are 31 of them", "Today there
// are 32 of them", "There are now 30 of them." Confirmed only (the members of the sentence before may be some of them).
const OF_THEM_RE =
  /^(?:(?:In\s+total|Today|Now|Currently|Altogether|All\s+told)\s*,?\s+there\s+are|There\s+are\s+(?:now|today|currently|in\s+total|altogether))\s+(\d{2}|thirty(?:-(?:one|two|three|four))?)\s+of\s+them(?=\s*[.!]?\s*$)/;
const MEMBERS_NAMED_RE = /\b(?:members|member\s+(?:states|countries|nations)|allies|Allies)\b/;
const THIRTY: Record<string, number> = { thirty: 30, 'thirty-one': 31, 'thirty-two': 32, 'thirty-three': 33, 'thirty-four': 34 };
const NATO_RE = /\b(?:NATO|Nato|North\s+Atlantic\s+(?:Alliance|Treaty\s+Organi[sz]ation)|[Aa]lliance)\b/;
const MEMBERS_COUNTED_RE =
  /\b(?:\d{1,2}|twelve|sixteen|nineteen|twenty(?:-\w+)?|thirty(?:-\w+)?)(?:\s+|-)(?:founding\s+)?(?:members?|member\s+(?:states|countries|nations)|allies|countries|nations)\b/i;
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European\s+Union|eurozone|euro\s+zone|Schengen|G7|G-7|G20|G-20|United\s+Nations|UN|OSCE|Council\s+of\s+Europe|ASEAN|African\s+Union|BRICS|CSTO|Warsaw\s+Pact|coalition|Coalition|Ramstein|Contact\s+Group|AUKUS|Quad|JEF|Commonwealth)\b/;
const ANTICIPATION_RE = compiledOnFirstRun(
  /\b(?:will|would|could|should|may|might|soon|once|when|upon|expected|set\s+to|poised|about\s+to|pending|awaiting|if|until|ahead|next|shortly|later|plans?)\b/i,
);

// Built once (speed, round 41): a literal in bareCountClaims was a new expression, parsed again, at each call.
const BARE_COUNT_CLAIMS_RE = compiledOnFirstRun(/\b(?:it|It)\s+(?:now\s+|today\s+|currently\s+)?(?:has|counts|numbers)\s+(?:\d|thirty)/);
export function bareCountClaims(
  doc: Doc,
  members: readonly Jurisdiction[],
  countOn: (day: string) => number,
  horizon: string | undefined,
): Annotation[] {
  // Cheap gate: the sentence form's verbs after "it".
  const ofThem = doc.text.includes(' of them');
  if (!ofThem && !BARE_COUNT_CLAIMS_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  const day = horizon ?? doc.asOf;
  const accessions = [...new Set(members.map((j) => factRange(j.nato!.joined).first))].sort();
  for (let i = 1; i < doc.sentences.length; i++) {
    const sentence = doc.sentences[i];
    if (sentence.end - sentence.start > 60) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const them = ofThem ? OF_THEM_RE.exec(text.trim()) : null;
    const m = them ?? BARE_COUNT_RE.exec(text.trim());
    if (!m || text.trim().indexOf(m[0]) !== 0) continue;
    const prev = doc.sentences[i - 1];
    const between = doc.text.slice(prev.end, sentence.start);
    // Same paragraph.
    if (/\n\s*\n/.test(between)) continue;
    const before = doc.text.slice(prev.start, prev.end);
    if (!NATO_RE.test(before) || OTHER_BODY_RE.test(before) || OTHER_BODY_RE.test(text)) continue;
    if (!(them ? MEMBERS_NAMED_RE : MEMBERS_COUNTED_RE).test(before)) continue;
    const n = THIRTY[m[1].toLowerCase()] ?? Number(m[1]);
    const now = countOn(day);
    const near = accessions.some((d) => Math.abs(daysBetween(d, doc.asOf)) < 3);
    const lead = text.indexOf(m[0]);
    const start = sentence.start + lead;
    const end = start + m[0].length;
    const sources = sourcesOfAll(members.map((j) => j.nato)).slice(0, 3);
    const fact = `NATO had ${now} members on ${formatDay(day)}.`;
    const base = { start, end, quote: m[0], kind: 'membership' as const, factIds: ['nato-members'], fact, sources };
    if (n === now) {
      if (!near) out.push({ ...base, verdict: 'supported', message: fact });
      continue;
    }
    if (them) continue;
    if (near || horizon || !doc.dateCertain || ANTICIPATION_RE.test(before.replace(/\b(?:ago|once)\b/g, '')) || ANTICIPATION_RE.test(text))
      continue;
    const later = accessions.filter((d) => d > day);
    const nextDay = later.find((d) => countOn(d) === n);
    const once = accessions.filter((d) => d <= day).some((d) => countOn(d) === n);
    if (nextDay) {
      if (daysBetween(day, nextDay) < 5 || countOn(later[0]) !== n) continue;
      const message = `Not yet: NATO had ${now} members on ${formatDay(day)}; it reached ${n} only on ${formatDay(nextDay)}.`;
      out.push({ ...base, verdict: 'contradicted', message });
    } else if (once) {
      out.push({ ...base, verdict: 'outdated', message: `NATO had ${n} members once, but ${now} on ${formatDay(day)}.` });
    } else if (n >= 12 && n <= 40) {
      out.push({ ...base, verdict: 'contradicted', message: `NATO has never had ${n} members; it had ${now} on ${formatDay(day)}.` });
    }
  }
  return out;
}
