// Round 31. NATO's size asked and answered on a quiz page: "How many member states are in NATO as of 2024?⏎A. 25⏎B. 27⏎
// C. 30⏎D. 32⏎Answer: C" (a multiple-choice page, July 2024: 32 since March 2024), "How many countries are members of
// NATO? Answer: 32". The question names NATO and asks for all its members, so the answer given is the page's count of the
// whole alliance, as of the year the question says (the page's day when it is the page's year or none is said).
//
// Confirmed when the answer is a count NATO had then; a red flag when it is not (outdated when NATO had it once), on a
// certain date, not within days of an accession, before the knowledge horizon, with the answer (a letter's option or a
// number) within 300 characters after the question and no other question between.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';
import { keysGate } from '../triggers';
import { MEMBERS_NOW_ID } from './history-common';

const GATE = keysGate(['How many', 'how many']);
const QUESTION_RE =
  /\b[Hh]ow\s+many\s+(?:member\s+(?:states|countries|nations)|members|countries|nations|allies)\s+(?:are\s+(?:there\s+)?(?:in|part\s+of)|(?:are\s+)?(?:members\s+of)|does)\s+(?:NATO|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation(?:\s*\(NATO\))?)(?:\s+have)?(?:\s+(?:as\s+of|in)\s+((?:19|20)\d\d))?\s*\?/g;
// The answer: "Answer: C", "Correct answer: C) 30", "Answer: 32".
const ANSWER_RE = /\b(?:[Cc]orrect\s+)?[Aa]nswer\s*[:\uff1a-]\s*(?:([A-D])\b(?:\s*[.)]\s*(\d{1,2})\b)?|(\d{1,2})\b)/;

/** Quiz questions on NATO's size with their answers (see the header). */
export function quizCounts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!GATE.test(doc.text)) return out;
  QUESTION_RE.lastIndex = 0;
  for (let m = QUESTION_RE.exec(doc.text); m; m = QUESTION_RE.exec(doc.text)) {
    const from = m.index + m[0].length;
    const tail = doc.text.slice(from, from + 300);
    // The answer must come before the next question.
    const next = tail.search(/\?/);
    const a = ANSWER_RE.exec(next >= 0 ? tail.slice(0, next) : tail);
    if (!a) continue;
    let n = Number(a[2] ?? a[3]);
    if (a[1] && !a[2]) {
      // The letter's option, on its own line or after a space: "C. 30", "C) 30".
      const option = new RegExp(`(?:^|\\s)${a[1]}\\s*[.)]\\s*(\\d{1,2})\\b`, 'm').exec(tail.slice(0, a.index));
      if (!option) continue;
      n = Number(option[1]);
    }
    if (!Number.isFinite(n) || n < 12 || n > 40) continue;
    const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
    const horizon = pastHorizon(doc.facts, doc.asOf);
    const year = m[1];
    const last = year && year < doc.asOf.slice(0, 4) ? `${year}-12-31` : (horizon ?? doc.asOf);
    const first = year && year < doc.asOf.slice(0, 4) ? `${year}-01-01` : last;
    const countOn = (day: string) => members.filter((j) => factRange(j.nato!.joined).last <= day).length;
    const days = members.map((j) => factRange(j.nato!.joined).last).filter((d) => first < d && d <= last);
    const counts = [...new Set([countOn(first), ...days.map(countOn), countOn(last)])];
    const once = members.some((j) => factRange(j.nato!.joined).last < first && countOn(factRange(j.nato!.joined).last) === n);
    const near = members.some((j) => Math.abs(daysBetween(factRange(j.nato!.joined).last, last)) < 4);
    const when = year && year < doc.asOf.slice(0, 4) ? `in ${year}` : `on ${formatDay(last)}`;
    const fact = `NATO had ${counts.join(' to ')} members ${when}.`;
    const end = from + a.index + a[0].length;
    const base = {
      start: m.index,
      end,
      quote: doc.text.slice(m.index, end),
      kind: 'membership' as const,
      fact,
      factIds: [MEMBERS_NOW_ID],
      sources: sourcesOfAll(members.map((j) => j.nato)).slice(0, 3),
    };
    if (counts.includes(n)) out.push({ ...base, verdict: 'supported', message: fact });
    else if (doc.dateCertain && !near && !(horizon && !year))
      out.push({
        ...base,
        verdict: once ? 'outdated' : 'contradicted',
        message: `Not so: the answer gives ${n}; ${fact}`,
      });
  }
  return out;
}
