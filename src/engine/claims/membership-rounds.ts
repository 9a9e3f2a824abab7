// Round 22. NATO's enlargements counted, and the latest told, in the present perfect of the writer's day: "Since its
// inception, NATO has expanded nine times and most recently, Finland became a member on April 4, 2023" (exam-prep note,
// 4 April 2024: Sweden had joined on 7 March 2024, the tenth enlargement).
//
// - "NATO/the alliance/it has expanded|enlarged|grown N times" (optionally "since its inception/founding/1949"): the
//   enlargements are the accession days after 1949 (ten by March 2024). A count the alliance had once is outdated when a
//   later enlargement came three days or more before the page; the right count is confirmed. A count above the true one is
//   never flagged (some count German reunification in 1990), nor one told with "eastward", "since the Cold War" or any
//   other start, nor a past perfect ("had expanded").
// - "most recently(,) X joined / became a member / became the Nth member", after such a present perfect in the sentence:
//   X must be the latest to join on the page's day (outdated when a later accession came three days or more before it);
//   confirmed when it is.
// Judged as of the page's day (within the fact base's horizon); never with a hypothetical or "then"/"at the time".
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { addDays, factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';
import { numberFrom } from '../numbers';
import { HYPOTHETICAL_RE, MEMBERS_NOW_ID, historyAnnotation } from './history-common';
import { matchesIn } from '../doc';

const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// "NATO has expanded nine times", "the alliance has enlarged 10 times since its founding".
const EXPANDED_RE = new RegExp(
  String.raw`\b(NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance|[Ii]t)\s+has\s+(?:since\s+)?(?:expanded|enlarged|grown|been\s+enlarged|been\s+expanded)\s+${NUMBER}\s+times\b`,
  'g',
);
// What may follow the count: nothing of a start, or the founding as its start.
const SINCE_FOUNDING_RE =
  /^\s*since\s+(?:its\s+(?:inception|founding|foundation|creation|establishment|birth)|it\s+was\s+(?:founded|created|established)|1949|the\s+(?:alliance['’]s\s+)?(?:founding|creation)(?:\s+in\s+1949)?)\b/i;
const OTHER_START_RE = /^\s*(?:since|after|from|eastward|eastwards|to\s+the\s+east|in\s+the\s+east|during|between)\b/i;
const LEAD_START_RE =
  /\b(?:[Ss]ince|[Aa]fter)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:Cold\s+War|fall|collapse|1990|1991|199\d|20\d\d)\b|\beastward/;
const THEN_RE = /\b(?:then|at\s+the\s+time|by\s+(?:then|that\s+time)|back\s+then)\b/i;
// "and most recently, Finland became a member", "most recently with Sweden's accession".
const MOST_RECENT_RE =
  /\b(?:most\s+recently|the\s+latest\s+(?:being|in\s+\d{4})|the\s+last\s+(?:one\s+)?being)\s*,?\s*(?:when\s+|with\s+)?$/i;
const JOINED_AFTER_RE =
  /^(?:['’]s\s+(?:accession|entry|joining))|^\s+(?:joined|became\s+(?:a\s+|the\s+\w+\s+)?(?:member|ally)|acceded|was\s+admitted|entered)\b/i;

interface Step {
  day: string;
  ids: string[];
}

export function withEnlargementRounds(membership: ClaimDetector): ClaimDetector {
  return {
    kind: membership.kind,
    triggers: membership.triggers,
    find: (doc, ctx) => {
      const out = membership.find(doc, ctx);
      if (!/ times\b|most recently/.test(doc.folded)) return out;
      for (const a of enlargements(doc)) {
        // The latest told replaces a confirmation of its accession's day alone ("Finland became a member on April 4,
        // 2023" is true, but not as the latest).
        if (a.verdict !== 'supported')
          for (let i = out.length - 1; i >= 0; i--)
            if (out[i].verdict === 'supported' && out[i].start < a.end && a.start < out[i].end) out.splice(i, 1);
        if (!out.some((b) => (a.verdict === 'supported' || b.verdict !== 'supported') && b.start < a.end && a.start < b.end)) out.push(a);
      }
      return out;
    },
  };
}

function stepsOf(doc: Doc): Step[] {
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const days = [...new Set(members.map((j) => factRange(j.nato!.joined).first))].filter((d) => !d.startsWith('1949')).sort();
  return days.map((day) => ({ day, ids: members.filter((j) => factRange(j.nato!.joined).first === day).map((j) => j.id) }));
}

function enlargements(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || pastHorizon(doc.facts, doc.asOf)) return out;
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  // Verified, though a few days are disputed ("Germany: 6 or 9 May 1955"): no count here is judged within days of one.
  if (!members.every((j) => j.nato!.confidence === 'verified')) return out;
  const steps = stepsOf(doc);
  const done = steps.filter((s) => s.day <= doc.asOf);
  if (!done.length) return out;
  const latest = done[done.length - 1];
  // A later enlargement so recent the page may not know it: no red flag (the rule of member counts, membership.ts: an
  // accession within three days of the page).
  const settled = addDays(latest.day, 2) < doc.asOf;
  const sources = sourcesOfAll(members.filter((j) => latest.ids.includes(j.id)).map((j) => j.nato!)).slice(0, 3);
  const latestNames = members.filter((j) => latest.ids.includes(j.id)).map((j) => j.name);
  const fact = `NATO had enlarged ${done.length} times by ${formatDay(doc.asOf)}; the latest: ${latestNames.join(', ')} (${formatDay(latest.day)}).`;
  EXPANDED_RE.lastIndex = 0;
  for (let m = EXPANDED_RE.exec(doc.text); m; m = EXPANDED_RE.exec(doc.text)) {
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const end = m.index + m[0].length;
    const after = doc.text.slice(end, sentence.end);
    const before = doc.text.slice(sentence.start, m.index);
    if (HYPOTHETICAL_RE.test(text) || THEN_RE.test(text) || LEAD_START_RE.test(before) || LEAD_START_RE.test(after.slice(0, 40))) continue;
    if (!SINCE_FOUNDING_RE.test(after) && OTHER_START_RE.test(after)) continue;
    // "It has expanded": NATO named in the sentence or the one before, and no other club.
    if (/^[Ii]t$/.test(m[1]) && !natoBefore(doc, sentence, m.index)) continue;
    if (/\b(?:EU|European\s+Union|G7|G20|BRICS|Union)\b/.test(text)) continue;
    const n = numberFrom(m[2]);
    if (!Number.isFinite(n)) continue;
    const span = { start: m.index, end };
    // The right count is confirmed by accession-process.ts (roundsCounted).
    if (n < done.length) {
      const once = n >= 1;
      const red = once && settled;
      const message = `Not so on ${formatDay(doc.asOf)}: NATO had enlarged ${done.length} times (${n} until ${formatDay(done[n].day)}); the latest: ${latestNames.join(', ')} (${formatDay(latest.day)}).`;
      out.push(historyAnnotation(doc, span, 'membership', red ? 'outdated' : 'context', message, fact, [MEMBERS_NOW_ID], sources));
    }
    // The latest told after it: "and most recently, Finland became a member on April 4, 2023".
    const recent = mostRecent(doc, sentence, end);
    if (!recent) continue;
    const told = steps.find((s) => s.ids.includes(recent.id));
    if (!told || told.day > doc.asOf) continue;
    const rspan = { start: recent.start, end: recent.end };
    if (told.day === latest.day)
      out.push(historyAnnotation(doc, rspan, 'membership', 'supported', fact, fact, [MEMBERS_NOW_ID, recent.id], sources));
    else {
      const message = `Not so on ${formatDay(doc.asOf)}: ${recent.name} joined NATO on ${formatDay(told.day)}; ${latestNames.join(' and ')} joined later (${formatDay(latest.day)}).`;
      out.push(
        historyAnnotation(doc, rspan, 'membership', settled ? 'outdated' : 'context', message, fact, [MEMBERS_NOW_ID, recent.id], sources),
      );
    }
  }
  return out;
}

/** NATO named in the sentence before `at` or in the sentence before it. */
function natoBefore(doc: Doc, sentence: { start: number; end: number }, at: number): boolean {
  const i = doc.sentences.findIndex((s) => s.start === sentence.start);
  const from = i > 0 ? doc.sentences[i - 1].start : sentence.start;
  return /\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b/.test(doc.text.slice(from, at));
}

/** The member told as the latest after "most recently" in the rest of the sentence, with the span from "most recently". */
function mostRecent(
  doc: Doc,
  sentence: { start: number; end: number },
  from: number,
): { id: string; name: string; start: number; end: number } | null {
  for (const q of matchesIn(doc, { start: from, end: sentence.end }, 'qualifier')) {
    const country = doc.facts.jurisdictions.get(q.value.jurisdiction);
    if (country?.kind !== 'country') continue;
    const lead = MOST_RECENT_RE.exec(doc.text.slice(from, q.start));
    const joined = JOINED_AFTER_RE.exec(doc.text.slice(q.end, sentence.end));
    if (!lead || !joined) return null;
    // Up to the end of the clause: "became a member on April 4, 2023".
    const rest = doc.text.slice(q.end, sentence.end);
    const tail = /^[^;.]{0,40}?\b(?:19|20)\d\d\b/.exec(rest) ?? /^[^,;.]*/.exec(rest);
    return { id: country.id, name: country.name, start: from + lead.index, end: q.end + (tail ? tail[0].length : joined[0].length) };
  }
  return null;
}
