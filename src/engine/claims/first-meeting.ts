// A body's first meeting, on record as an event named "First meeting of the X": "the establishment of the
// NATO-Ukraine Council, which will first meet tomorrow" (held-out 12 g030, 11 July 2023), "a 'historic' inaugural
// meeting of the NATO-Ukraine Council ... followed" (g031, 12 July 2023). A first meeting happens once, so the body
// named with "first", "inaugural" or "for the first time" identifies the record beyond doubt. Its day is judged when
// the sentence gives one (a date, or today, tomorrow, yesterday of a page of known date): confirmed when it fits;
// contradicted only when told as past with its year written, or as today, tomorrow or yesterday of a page of known
// date (a plan for another day may have moved). With no day, a page of that day or the next confirms it.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import { addDays, findDates, formatDay, overlaps, type DayRange } from '../dates';
import { eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { warmed } from '../triggers';

const FIRST_NAME_RE = /^(?:First|Inaugural) meeting of the (.+)$/;

interface FirstMeeting {
  e: EventRecord;
  /** The body's name as the text may write it: "NATO-Ukraine Council", "Ukraine-NATO Council", with a hyphen or a dash. */
  re: RegExp;
}

// Built once (speed, round 41): a literal in escape was a new expression, parsed again, at each call.
const ESCAPE_RE = /[.*+?^${}()|[\]\\]/g;
const escape = (s: string) => s.replace(ESCAPE_RE, '\\$&');

// Built once (speed, round 41): a literal in bodyPattern was a new expression, parsed again, at each call.
const BODY_PATTERN_RE = /^(\S+?)[-\u2013](\S+)(\s.*)$/;
/** "NATO-Ukraine Council" read with its two parts in either order, joined by a hyphen or a dash. */
function bodyPattern(body: string): string {
  const m = BODY_PATTERN_RE.exec(body);
  if (!m) return escape(body);
  const [, a, b, rest] = m;
  return `(?:${escape(a)}[-–]${escape(b)}|${escape(b)}[-–]${escape(a)})${escape(rest)}`;
}

// Built once (speed, round 41): a literal in firstMeetingsOf was a new expression, parsed again, at each call.
const FIRST_MEETINGS_OF_RE = /\s*\(.*\)$/;
const firstMeetingsOf = (facts: FactIndex): FirstMeeting[] =>
  facts.base.events.flatMap((e) => {
    const m = FIRST_NAME_RE.exec(e.name);
    if (!m || e.status !== 'held') return [];
    const body = bodyPattern(m[1].replace(FIRST_MEETINGS_OF_RE, ''));
    // "the first meeting of the X", "X's inaugural meeting", "X, which will first meet", "X met for the first time".
    const re = new RegExp(
      String.raw`\b(?:(?:first|inaugural|maiden)\s+(?:ever\s+)?(?:meeting|session)\s+of\s+(?:the\s+)?${body}|${body}(?:['\u2019]s\s+(?:first|inaugural|maiden)\s+(?:meeting|session)|,?\s+(?:which|that)?\s*(?:will|would|is\s+to|is\s+due\s+to|is\s+set\s+to|was\s+to)?\s*(?:first\s+meets?|first\s+met|(?:meets?|met|meeting)\s+for\s+the\s+first\s+time|(?:holds?|held|hold)\s+its\s+(?:first|inaugural)\s+meeting)))\b`,
      'g',
    );
    return [{ e, re }];
  });
const memo = new WeakMap<FactIndex, FirstMeeting[]>();
function firstMeetings(facts: FactIndex): FirstMeeting[] {
  let list = memo.get(facts);
  if (!list) memo.set(facts, (list = firstMeetingsOf(facts)));
  return list;
}

const PLAN_RE = /\b(?:will|would|is\s+to|are\s+to|due\s+to|set\s+to|scheduled|planned|expected|was\s+to)\b/i;
const RELATIVE_DAY_RE = /^\W{0,3}(?:on\s+)?(today|tomorrow|yesterday)\b/i;
const NEGATION_RE = /\b(?:not|never|no|cancel\w*|postpon\w*|if|unless)\b/i;

export function firstMeetingClaims(doc: Doc): Annotation[] {
  if (!doc.text.includes('irst') && !doc.text.includes('naugural') && !doc.text.includes('aiden')) return [];
  const records = firstMeetings(doc.facts);
  if (!records.length) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    for (const { e, re } of records) {
      warmed(re, text).lastIndex = 0;
      const m = re.exec(text);
      if (!m) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (e.start > addDays(doc.asOf, 400)) continue;
      if (NEGATION_RE.test(doc.text.slice(sentence.start, end))) continue;
      const plan = PLAN_RE.test(doc.text.slice(sentence.start, Math.min(sentence.end, end + 30)));
      const days = eventDays(e);
      // The day said right after the phrase: "which will first meet tomorrow", "... of the Council on 12 July 2023".
      const after = doc.text.slice(end, Math.min(sentence.end, end + 60));
      const rel = RELATIVE_DAY_RE.exec(after);
      let said: (DayRange & { start: number; end: number; sure: boolean }) | null = null;
      if (rel && doc.dateCertain) {
        const shift = /^today$/i.test(rel[1]) ? 0 : /^tomorrow$/i.test(rel[1]) ? 1 : -1;
        const day = addDays(doc.asOf, shift);
        const at = end + rel.index + rel[0].length - rel[1].length;
        said = { first: day, last: day, start: at, end: at + rel[1].length, sure: !plan };
      } else {
        const d = findDates(doc.text, end, Math.min(sentence.end, end + 60), { asOf: doc.asOf, future: plan }).find(
          (x) => x.granularity === 'day' && x.start - end <= 25,
        );
        if (d) said = { first: d.first, last: d.last, start: d.start, end: d.end, sure: d.explicitYear && !d.relative && !plan };
        else {
          // Round 33: the day opening the clause, right before the phrase: "Also, on July 12, the first meeting of the
          // Ukraine-NATO Council will be held" (Vilnius, 11 July 2023).
          const lead = findDates(doc.text, sentence.start, start, { asOf: doc.asOf, future: plan }).filter(
            (x) => x.granularity === 'day' && /^,?\s*(?:the\s+)?$/.test(doc.text.slice(x.end, start)),
          );
          const b = lead[lead.length - 1];
          if (b) said = { first: b.first, last: b.last, start: b.start, end: b.end, sure: b.explicitYear && !b.relative && !plan };
        }
      }
      const { name } = e;
      const when = formatDay(e.start);
      if (said) {
        const span = { start: Math.min(start, said.start), end: Math.max(end, said.end) };
        if (overlaps(said, days)) out.push(eventSupported(doc, e, span, `The date matches the record: ${name}, ${when}.`));
        else if (said.sure && e.confidence === 'verified')
          out.push(eventContradicted(doc, e, span, `Not so: the ${name.charAt(0).toLowerCase()}${name.slice(1)} was held on ${when}.`));
        continue;
      }
      // No day said: a page of the meeting's day or the next, told as past or under way.
      if (doc.dateCertain && !plan && doc.asOf >= days.first && doc.asOf <= addDays(days.last, 1) && e.confidence === 'verified')
        out.push(eventSupported(doc, e, { start, end }, `The record fits: ${name}, ${when}.`));
    }
  }
  return out;
}
