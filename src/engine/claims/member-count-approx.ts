// Round 31. NATO's size told as a bound or an estimate, not a count: "The organisation has over 30 member countries but
// this does not include Russia" (February 2022, when NATO had exactly 30), "NATO has more than 30 members", "nearly 30
// countries". The count readers take the number alone, so "over 30" was confirmed as "30 members" on a day NATO had 30.
//
// - "over" / "more than" N: true when NATO had more than N on the day (confirmed); when it had N or fewer, contradicted
//   only in the form that can only mean the whole alliance now: NATO, the organisation, the alliance or "it" (NATO named
//   in the sentence or the one before, no other body) with a verb of having in the present ("has over 30 member
//   countries"), never within days of an accession, on an uncertain date, past the knowledge horizon, or in a supposition.
// - any other estimate ("nearly", "about", "at least", "fewer than"): what was read of the number is dropped; an estimate
//   is neither the count nor a wrong one.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';
import { numberFrom } from '../numbers';
import { spansOverlap, type Span } from '../sentences';
import { compiledOnFirstRun, keysGate } from '../triggers';
import { HYPOTHETICAL_RE, MEMBERS_NOW_ID, membersOn } from './history-common';

const NUM =
  '(\\d{1,2}|twelve|fifteen|sixteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[- ](?:one|two|three))?)';
// The bound or estimate right before a number: group 1 is a lower bound ("over 30"). Not "up to": "a decision which is up to
// 28 NATO allies and Montenegro to make" (Stoltenberg, December 2015) is whose decision, not how many.
const BOUND_BEFORE_RE =
  /\b(?:(over|more\s+than|upwards\s+of|in\s+excess\s+of)|nearly|almost|about|around|some|roughly|approximately|close\s+to|at\s+least|fewer\s+than|less\s+than|under)\s+$/i;
const NUMBER_RE = new RegExp(`\\b${NUM}\\b`, 'gi');
// The whole alliance having more than N, in the present (not "over 30 members and partners": the two together).
// Round 36: or a second predicate of NATO after "and": "NATO was the first post-war military alliance and today has over 28
// member states" (a history blog, April 2015, held-out 34 pm001: 28 exactly), one clause with no comma before "and".
const OVER_RE = new RegExp(
  `\\b((?:NATO|Nato|[Tt]he\\s+(?:organi[sz]ation|(?:(?:military|transatlantic|North\\s+Atlantic)\\s+)?[Aa]lliance)|[Ii]t)(?:\\s+(?:is|was|remains|has\\s+been|became)\\s+[^.;,:!?()]{1,80}?\\s+and)?)\\s+(?:now\\s+|currently\\s+|today\\s+)?(?:has|counts|comprises|includes|consists\\s+of|is\\s+made\\s+up\\s+of|numbers)\\s+(?:over|more\\s+than|upwards\\s+of)\\s+${NUM}\\s+(?:member\\s+(?:countries|states|nations)|members|countries|nations|allies)\\b(?!\\s+(?:that|which|who|in|from|with)\\b|\\s+(?:and|or|plus)\\s+(?:[\\w-]+\\s+)?partners?\\b)`,
  'g',
);
const OVER_GATE = keysGate(['over ', 'more than ', 'upwards of ']);
const COUNT_IDS = new Set(['nato-members', 'nato-members-as-of', MEMBERS_NOW_ID]);
const NATO_NAME_RE = /\b(?:NATO|Nato|North Atlantic Treaty Organi[sz]ation)\b/;
const OTHER_BODY_RE = compiledOnFirstRun(
  /\b(?:EU|E\.U\.|European Union|G7|G-7|G20|G-20|United Nations|UN|OSCE|Council of Europe|ASEAN|African Union|BRICS|CSTO|Warsaw Pact|Commonwealth|coalition|Coalition|Ramstein|Contact Group)\b/,
);

/** The count readers' findings with an estimate before their number dropped or judged as a bound; the whole alliance's "has over N" added. */
export function boundedCounts(doc: Doc, found: Annotation[]): Annotation[] {
  const over = OVER_GATE.test(doc.text);
  if (!over && !found.some((f) => f.factIds.some((id) => COUNT_IDS.has(id)))) return found;
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const horizon = pastHorizon(doc.facts, doc.asOf);
  const day = horizon ?? doc.asOf;
  const had = membersOn(members, day).length;
  const near = members.some((j) => Math.abs(daysBetween(factRange(j.nato!.joined).last, day)) < 4);
  const sources = sourcesOfAll(members.map((j) => j.nato)).slice(0, 3);
  const fact = `NATO had ${had} members on ${formatDay(day)}.`;
  const out: Annotation[] = [];
  const added: Annotation[] = [];
  if (over) {
    OVER_RE.lastIndex = 0;
    for (let m = OVER_RE.exec(doc.text); m; m = OVER_RE.exec(doc.text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      const n = numberFrom(m[2]);
      const sentence = doc.sentences.find((s) => s.start <= span.start && span.start < s.end);
      if (!sentence || !Number.isFinite(n)) continue;
      const i = doc.sentences.indexOf(sentence);
      const around = doc.text.slice(i > 0 ? doc.sentences[i - 1].start : sentence.start, sentence.end);
      const text = doc.text.slice(sentence.start, sentence.end);
      if (!NATO_NAME_RE.test(m[1]) && (!NATO_NAME_RE.test(around) || OTHER_BODY_RE.test(around))) continue;
      if (OTHER_BODY_RE.test(text)) continue;
      const base = { ...span, quote: m[0], kind: 'membership' as const, sources, fact, factIds: [MEMBERS_NOW_ID] };
      if (had > n) added.push({ ...base, verdict: 'supported', message: `NATO had ${had} members on ${formatDay(day)}, more than ${n}.` });
      else if (!horizon && !near && doc.dateCertain && !HYPOTHETICAL_RE.test(text))
        added.push({
          ...base,
          verdict: 'contradicted',
          message: `Not so: NATO had ${had} members on ${formatDay(day)}, not more than ${n}.`,
        });
    }
  }
  for (const f of found) {
    if (added.some((a) => spansOverlap(a, f))) continue;
    const bound = f.factIds.some((id) => COUNT_IDS.has(id)) ? boundOf(doc, f) : null;
    if (!bound) {
      out.push(f);
      continue;
    }
    // Only a lower bound NATO's count passed is confirmed; any other estimate says nothing.
    if (bound.over && had > bound.n)
      out.push({
        ...f,
        verdict: 'supported',
        message: `NATO had ${had} members on ${formatDay(day)}, more than ${bound.n}.`,
        fact,
        factIds: [MEMBERS_NOW_ID],
      });
  }
  return [...out, ...added];
}

/** The number of a count finding with an estimate right before it, or null. Founders ("the original 12") are left alone. */
function boundOf(doc: Doc, f: Span & { quote: string }): { n: number; over: boolean } | null {
  if (/\b(?:found\w*|original|initial)\b/i.test(f.quote)) return null;
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(f.quote); m; m = NUMBER_RE.exec(f.quote)) {
    const at = f.start + m.index;
    const b = BOUND_BEFORE_RE.exec(doc.text.slice(Math.max(0, at - 25), at));
    if (b) return { n: numberFrom(m[1]), over: !!b[1] };
  }
  return null;
}
