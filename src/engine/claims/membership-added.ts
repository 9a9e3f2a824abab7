// How many members NATO took in lately (read by membership.ts): "the Alliance has added two new member states"
// (Norway's government, July 2024: Finland and Sweden), "NATO has welcomed two new members since Russia's full-scale
// invasion", "the alliance has grown by two members since 2022", "two new members have joined NATO since 2022".
// With its start said ("since 2022", "since Russia's invasion") the count is of the accessions from then to the
// page's day: another count is contradicted. With no start, the present perfect tells of the last years: confirmed
// when it is the count of the accessions of the last one to four years, and nothing otherwise.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { addDays, factRange, formatDay } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { pastHorizon } from '../horizon';
import { HYPOTHETICAL_RE, MEMBERS_NOW_ID } from './history-common';
import { gated } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

// Round 31: the counts of a longer time too ("Since 1999, 13 countries have joined NATO").
const NUMW =
  '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const WHO = '(?:NATO|Nato|[Tt]he\\s+(?:[Aa]lliance|(?:military\\s+|transatlantic\\s+)?bloc))';
const NEW_MEMBERS = '(?:new\\s+)?(?:member[- ](?:states?|countries|country|nations?)|members?|allies|countries|nations)';
const ADDED_RES = [
  // "the Alliance has added two new member states", "NATO has welcomed two new members", "has taken in two new members"
  new RegExp(
    `\\b${WHO}\\s+(?:has|have)\\s+(?:now\\s+|already\\s+|also\\s+|since\\s+)?(?:added|welcomed|admitted|gained|taken\\s+in|brought\\s+in)\\s+${NUMW}\\s+${NEW_MEMBERS}\\b`,
    'g',
  ),
  // "the alliance has grown by two members", "NATO has expanded by two countries"
  new RegExp(`\\b${WHO}\\s+(?:has|have)\\s+(?:grown|expanded|enlarged)\\s+by\\s+${NUMW}\\s+${NEW_MEMBERS}\\b`, 'g'),
  // "two new members have joined NATO since 2022"
  new RegExp(
    `\\b${NUMW}\\s+new\\s+(?:members|member\\s+(?:states|countries|nations)|allies|countries|nations)\\s+have\\s+(?:since\\s+)?joined\\s+(?:NATO|Nato|the\\s+(?:[Aa]lliance|bloc))\\b`,
    'gi',
  ),
  // Round 31. "In that time, 13 countries have been welcomed into NATO" (Forces News, March 2019, after "NATO is marking 20
  // years since former Soviet countries began to join the alliance"), "Since 1999, 13 countries have joined the alliance".
  new RegExp(
    `\\b${NUMW}\\s+(?:(?:more|other|additional|further)\\s+)?(?:countries|nations|states|member\\s+states)\\s+have\\s+(?:since\\s+)?(?:joined|been\\s+(?:welcomed|admitted|brought|taken)\\s+(?:in)?to)\\s+(?:NATO|Nato|the\\s+(?:[Aa]lliance|bloc))\\b`,
    'gi',
  ),
];
const HINT_RE = gated(
  /\b(?:added|welcomed|admitted|gained|taken in|brought in|grown by|expanded by|enlarged by|have joined|have since joined|have been (?:welcomed|admitted|brought|taken))\b/,
);
// Round 31. The time told by the sentence before: "NATO is marking 20 years since former Soviet countries began to join the
// alliance. In that time, 13 countries have been welcomed into NATO." The start is that many years before the page's day.
const THAT_TIME_RE = /^\W*(?:[Ii]n|[Oo]ver|[Dd]uring)\s+(?:that|this)\s+(?:time|period)\b|^\W*[Ss]ince\s+then\b/;
const YEARS_SINCE_RE = /\b(\d{1,2}|ten|fifteen|twenty|twenty-five|thirty)\s+years\s+since\b/i;
// The start the sentence gives: a year, or the invasion of 24 February 2022.
const SINCE_YEAR_RE = /\bsince\s+(?:(?:early|late|mid-|the\s+(?:start|beginning|end)\s+of)\s*)?(19[4-9]\d|20[0-4]\d)\b/i;
const SINCE_WAR_RE =
  /\bsince\s+(?:the\s+start\s+of\s+|the\s+beginning\s+of\s+)?(?:Russia['\u2019]s\s+|the\s+)?(?:full[- ]scale\s+|large-scale\s+|all-out\s+)?(?:Russian\s+)?(?:invasion|war)\b/i;
const WAR_START = '2022-02-24';
// Round 36. The start told as NATO's founding: "Since its inception in 1949, NATO has welcomed eight new members" (held-out 34
// pq001, April 2021: 18 had joined the twelve founders), "NATO has added 20 members since it was founded", "since its creation".
// The count is of every member but the founders, to the page's day.
const SINCE_FOUNDING_RE =
  /\b[Ss]ince\s+(?:(?:its|NATO['\u2019]s|Nato['\u2019]s|the\s+[Aa]lliance['\u2019]s)\s+(?:inception|founding|foundation|creation|formation|establishment|birth)|(?:NATO|Nato|it|the\s+[Aa]lliance)\s+was\s+(?:founded|created|formed|established|set\s+up|born))(?:\s+in\s+(?:April\s+)?1949)?\b|\b[Ss]ince\s+(?:April\s+)?1949\b/;
// A time other than the page's told around it: the count is of another day.
const OTHER_TIME_RE = /\b(?:had|by\s+(?:19|20)\d\d|until|between|in\s+(?:19|20)\d\d|then|at\s+the\s+time)\b/;

/** A member's day more than a month from both ends of a window: a dispute of a few days cannot move it across either. */
function farFromEnds(joined: string, from: string, to: string): boolean {
  const { first, last } = factRange(joined);
  return first > addDays(from, 31) && last < addDays(to, -31);
}

/** The accessions in (from, to], by their countries. */
function joinedBetween(members: Members, from: string, to: string): Members {
  return members.filter((j) => {
    const d = factRange(j.nato!.joined).first;
    return d >= from && d <= to;
  });
}

// Built once (speed, round 41): a literal in addedMembersClaims was a new expression, parsed again, at each call.
const ADDED_MEMBERS_CLAIMS_RE = /\b(?:NATO|Nato|North Atlantic)\b/;
/** "NATO has added two new members": the count of its latest accessions. */
export function addedMembersClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const day = pastHorizon(doc.facts, doc.asOf) ?? doc.asOf;
  for (const [i, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) continue;
    // "the Alliance", "the bloc": NATO named in the sentence or the two before it.
    const around = doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end);
    if (!ADDED_MEMBERS_CLAIMS_RE.test(around)) continue;
    for (const re of ADDED_RES) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const n = numberFrom(m[1]);
        if (!Number.isFinite(n) || n < 1) continue;
        const start = sentence.start + m.index;
        const end = start + m[0].length;
        if (HYPOTHETICAL_RE.test(text)) continue;
        // Round 31: confirm-only, the start that many years back known to a season, not a day (thatTimeCount).
        if (THAT_TIME_RE.test(text) && i > 0) {
          const told = thatTimeCount(doc, members, doc.sentences[i - 1], day, n, { start, end });
          if (told) out.push(told);
          continue;
        }
        const sinceFounding = SINCE_FOUNDING_RE.exec(text);
        if (OTHER_TIME_RE.test(sinceFounding ? text.replace(sinceFounding[0], '') : text)) continue;
        const year = SINCE_YEAR_RE.exec(text);
        // "Since 1949, NATO has added 20 members": the founders are not added, every later member is (1950 on).
        if (year && year[1] < '1949' && !sinceFounding) continue;
        const from = sinceFounding ? '1950-01-01' : year ? `${year[1]}-01-01` : SINCE_WAR_RE.test(text) ? WAR_START : null;
        let verdict: Annotation['verdict'];
        let joined: Members;
        if (from) {
          joined = joinedBetween(members, from, day);
          // Round 36: "Since 2004, NATO has welcomed four new members" may leave out the year's own accessions (the wave of
          // 2004): a count that fits the accessions after that year is left alone (which reading is meant is unclear).
          const after = year && !sinceFounding ? joinedBetween(members, `${Number(year[1]) + 1}-01-01`, day) : null;
          if (after && after.length === n && joined.length !== n) continue;
          // A dispute of a member's day (Germany's 6 or 9 May 1955) leaves the count alone when that day is far from either end.
          const windowStart = from;
          const sure =
            doc.dateCertain &&
            !pastHorizon(doc.facts, doc.asOf) &&
            joined.every(
              (j) => isConfident(j.nato!) || (j.nato!.confidence === 'verified' && farFromEnds(j.nato!.joined, windowStart, day)),
            );
          verdict = joined.length === n ? 'supported' : sure ? 'contradicted' : 'context';
        } else {
          const windows = [1, 2, 3, 4].map((y) => joinedBetween(members, addDays(day, -365 * y), day));
          const fit = windows.find((w) => w.length === n);
          if (!fit) continue;
          joined = fit;
          verdict = 'supported';
        }
        const names = joined.map((j) => `${j.name} (${formatDay(j.nato!.joined)})`).join(', ');
        const fact = from
          ? `NATO's accessions from ${formatDay(from)} to ${formatDay(day)}: ${joined.length}${names ? `, ${names}` : ''}.`
          : `NATO's latest accessions by ${formatDay(day)}: ${names}.`;
        out.push({
          start,
          end,
          quote: doc.text.slice(start, end),
          verdict,
          kind: 'membership',
          factIds: [MEMBERS_NOW_ID],
          message: verdict === 'supported' ? fact : `Not so: ${fact}`,
          fact,
          sources: sourcesOfAll((joined.length ? joined : members.slice(-2)).map((j) => j.nato)).slice(0, 3),
        });
      }
    }
  }
  return out;
}

/**
 * Round 31. "In that time, 13 countries have been welcomed into NATO" after "marking 20 years since ...": the accessions
 * from that many years before the page's day (or up to two months earlier: the years told are round) to it, confirmed only.
 */
function thatTimeCount(
  doc: Doc,
  members: Members,
  before: { start: number; end: number },
  day: string,
  n: number,
  span: { start: number; end: number },
): Annotation | null {
  const years = YEARS_SINCE_RE.exec(doc.text.slice(before.start, before.end));
  const y = years ? numberFrom(years[1]) : NaN;
  if (!Number.isFinite(y) || y < 1) return null;
  const from = `${Number(day.slice(0, 4)) - y}${day.slice(4)}`;
  // "marking 20 years since" is said on or just after the anniversary: the start may be up to two months earlier.
  const joined = joinedBetween(members, addDays(from, -61), day);
  if (joined.length !== n) return null;
  const fact = `NATO's accessions from ${formatDay(from)} to ${formatDay(day)}: ${n}.`;
  return {
    ...span,
    quote: doc.text.slice(span.start, span.end),
    verdict: 'supported',
    kind: 'membership',
    factIds: [MEMBERS_NOW_ID],
    message: fact,
    fact,
    sources: sourcesOfAll(joined.map((j) => j.nato)).slice(0, 3),
  };
}

// Round 32 (confirm-only). A recent accession told as NATO including the country: "NATO also recently expanded its
// membership to include Finland" (July 2023), "the alliance has just grown to include Sweden". Each country named right
// after "include" (one list of commas and "and") that joined within two years before the page's day is confirmed; a
// country that joined earlier is left alone (the sentence may list it for another reason), never flagged.
const RECENT_INCLUSION_RE = new RegExp(
  `\\b${WHO}\\s+(?:(?:has|have)\\s+)?(?:also\\s+)?(?:recently|just|lately)\\s+(?:expanded|enlarged|grown|grew|widened|extended)\\s+(?:its\\s+membership\\s+|its\\s+ranks\\s+)?to\\s+include\\s+$`,
);
const RECENT_INCLUSION_HINT_RE = gated(/\b(?:recently|just|lately)\s+(?:expanded|enlarged|grown|grew|widened|extended)\b/);
const RECENT_DAYS = 730;

export function recentInclusionClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!RECENT_INCLUSION_HINT_RE.test(doc.text) || !doc.dateCertain) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!RECENT_INCLUSION_HINT_RE.test(text) || HYPOTHETICAL_RE.test(text)) continue;
    // "the alliance", "the bloc": NATO named in the sentence or just before it.
    if (!/\b(?:NATO|Nato|North Atlantic)\b/.test(doc.text.slice(Math.max(0, sentence.start - 300), sentence.end))) continue;
    const qs = matchesIn(doc, sentence, 'qualifier');
    for (let i = 0; i < qs.length; i++) {
      const m = RECENT_INCLUSION_RE.exec(doc.text.slice(sentence.start, qs[i].start));
      if (!m) continue;
      let k = i;
      while (k + 1 < qs.length && /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$/.test(doc.text.slice(qs[k].end, qs[k + 1].start))) k++;
      for (const q of qs.slice(i, k + 1)) {
        const country = members.find((j) => j.id === q.value.jurisdiction);
        if (!country?.nato || !isConfident(country.nato)) continue;
        const joined = factRange(country.nato.joined).first;
        if (joined > doc.asOf || joined < addDays(doc.asOf, -RECENT_DAYS)) continue;
        const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}.`;
        const start = sentence.start + m.index;
        out.push({
          start,
          end: q.end,
          quote: doc.text.slice(start, q.end),
          verdict: 'supported',
          kind: 'membership',
          factIds: [country.id],
          message: fact,
          fact,
          sources: sourcesOfAll([country.nato]).slice(0, 3),
        });
      }
      break;
    }
  }
  return out;
}
