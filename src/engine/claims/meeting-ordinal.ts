// A numbered meeting of the Ukraine Defense Contact Group told with its day: "On March 20, the 20th meeting in the
// "Ramstein" format was held" (held-out 15 tb104, 19 March 2024: it was held on the 19th), "the seventh meeting of the
// Ukraine Defense Contact Group (UDCG) at the US Air Base in Ramstein, Germany, 06 September 2024" (heldout11 y048: that
// was the 24th), "This is the 27th session of the Ukraine Defence Contact Group" (tb113, 11 April 2025). The group
// numbers its meetings and the fact base gives each numbered record its number (`ordinal`), so:
// - the number names one meeting beyond doubt: a day told with it that is not that meeting's day is wrong;
// - the group met at most once a day: a day told with a number that is another numbered meeting's day is a wrong number.
// A day without its year is read only where the page is within a month of the meeting it names (its year is then the
// page's), and only attached to the meeting ("On March 20, the 20th meeting", "the 20th meeting ... was held on March 20").
// A number with no record and a day with no record say nothing: the list is not complete. summit-forms.ts confirms a
// number near the page's day; this reader adds the day told before the number, quoted group names ("the "Ramstein"
// format"), "session" and the wrong number.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { addDays, findDates, formatDay, overlaps, type DateMention } from '../dates';
import { isConfident } from '../holders';
import { memoByFacts } from '../memo';
import { numberFrom, ordinalText } from '../numbers';
import { describeEvent, eventContradicted, eventDays, eventSupported, withReason } from './event-confirmed';
import { spansOverlap } from '../sentences';
import { ungaResolutions } from './unga-resolutions';
import { compiledOnFirstRun } from '../triggers';

const Q = `["“”'‘’«»]?`;
const ORD = String.raw`\d{1,2}(?:st|nd|rd|th)|(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`;
const GROUP = String.raw`(?:${Q}Ramstein${Q}[- ]?(?:format|[Gg]roup|[Cc]oalition)${Q}|(?:Ukraine|Ukrainian)\s+Defen[cs]e\s+Contact\s+Group(?:\s*\(UDCG\))?|UDCG\b|Contact\s+Group\s+(?:on|for)\s+(?:the\s+)?(?:Defen[cs]e\s+of\s+Ukraine|Ukraine['\u2019]s\s+Defen[cs]e|Ukrainian\s+[Dd]efen[cs]e(?:\s+issues)?))`;
const NOUN = String.raw`(?:meeting|session|gathering)`;
// "the 20th meeting in the "Ramstein" format", "the 27th session of the Ukraine Defence Contact Group", "the 26th
// Ramstein-format meeting", "the 9th UDCG meeting", "Ramstein-20".
const NUMBERED_RE = new RegExp(
  String.raw`\bRamstein-(\d{1,2})\b|\b(${ORD})\s+(?:${NOUN}\s+(?:in|of)\s+(?:the\s+)?${GROUP}|(?:${Q}Ramstein${Q}(?:[- ]format)?${Q}|(?:Ukraine|Ukrainian)\s+Defen[cs]e\s+Contact\s+Group|UDCG)\s+${NOUN})`,
  'gi',
);
// Between the number and a day after it: another meeting ("the 21st meeting, after the one on Feb. 14"), a day it is
// measured from ("since"), or the next one ("the 20th meeting; the next is set for ...").
const OTHER_TIME_RE =
  /\b(?:next|previous|last|since|after|before|until|follow\w*|preced\w*|ahead|prior|later|earlier|upcoming|meeting|session|gathering|round)\b/i;
// A day without its year, attached after: "... was held on March 20", "..., held on Tuesday, March 19".
const ATTACHED_AFTER_RE =
  /^[^.;:]{0,60}?\b(?:was|is|will\s+be|were)?\s*(?:held|took\s+place|opened|began|started|convened|met|hosted|chaired)\b[^.;:]{0,30}?\s+on\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?$/i;
// Attached before: "On March 20, the 20th meeting", "On 20 March the 20th meeting", with the meeting's place and an
// inverted verb between: "On September 10, in London, took place the 30th meeting" (held-out 17 vd311: it was the 9th).
const ATTACHED_BEFORE_RE =
  /^,?\s+(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3},?\s+)?(?:(?:there\s+)?(?:took\s+place|was\s+held|opened|began|convened)\s+)?(?:the\s+)?$/;

const numbered = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter((e) => e.id.startsWith('udcg-') && e.ordinal !== undefined && e.status !== 'cancelled'),
);

const onDay = (e: EventRecord, d: DateMention): boolean =>
  overlaps(d, eventDays(e)) || (e.altDates ?? []).some((a) => overlaps(d, { first: a, last: a }));

/** Whether the page is within a month before to two weeks after the meeting, so a day without its year is that year's. */
const nearPage = (doc: Doc, e: EventRecord): boolean => addDays(e.start, -30) <= doc.asOf && doc.asOf <= addDays(eventDays(e).last, 14);

// Round 35: the group's meetings told after the group is named, in the sentence or the one or two before: "The group of
// defense ministers from more than 50 countries ... will meet for the 25th time" and "Austin will lead the Jan. 9 meeting"
// (held-out 33 ob001, 3 January 2025: the 25th meeting, on 9 January). The count of its meetings names the numbered record,
// near the page; a day names the record held on it. Confirmed only: the fact base does not hold every meeting, and a page
// that names the group may tell of another meeting (a NATO ministerial the day after).
const NTH_TIME_RE = new RegExp(
  String.raw`\b(?:meet|meets|met|meeting|gather|gathers|gathered|gathering|convene|convenes|convened|convening)\s+for\s+the\s+(${ORD})\s+time\b`,
  'gi',
);
const THE_DAY_MEETING_RE =
  /\b[Tt]he\s+((?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d{1,2}|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\s+(?:meeting|session|gathering)\b/g;
const GROUP_NAMED_RE = new RegExp(GROUP);

function toldAfterGroup(
  doc: Doc,
  sentence: { start: number; end: number },
  text: string,
  records: EventRecord[],
  found: Annotation[],
): void {
  const push = (a: Annotation) => {
    if (!found.some((b) => spansOverlap(b, a))) found.push(a);
  };
  if (/\bfor\s+the\s/.test(text)) {
    NTH_TIME_RE.lastIndex = 0;
    for (let m = NTH_TIME_RE.exec(text); m; m = NTH_TIME_RE.exec(text)) {
      const n = numberFrom(m[1]);
      const e = records.find((r) => r.ordinal === n);
      if (!e || !nearPage(doc, e)) continue;
      const start = sentence.start + m.index;
      push(numberConfirmed(doc, e, { start, end: start + m[0].length }));
    }
  }
  THE_DAY_MEETING_RE.lastIndex = 0;
  for (let m = THE_DAY_MEETING_RE.exec(text); m; m = THE_DAY_MEETING_RE.exec(text)) {
    const start = sentence.start + m.index;
    const day = findDates(doc.text, start, start + m[0].length, { asOf: doc.asOf }).find((d) => d.granularity === 'day' && !d.relative);
    if (!day) continue;
    const on = records.filter((r) => onDay(r, day) && nearPage(doc, r));
    if (on.length !== 1) continue;
    const { when, place } = describeEvent(doc, on[0]);
    push(
      eventSupported(
        doc,
        on[0],
        { start, end: start + m[0].length },
        `The day matches the record: ${on[0].name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
    );
  }
}

// Built once (speed, round 41): a literal in numberedMeetings was a new expression, parsed again, at each call.
const NUMBERED_MEETINGS_RE = /Ramstein|Contact Group|UDCG/;
const NUMBERED_MEETINGS_RE2 = /\btime\b/;
const NUMBERED_MEETINGS_RE3 = compiledOnFirstRun(/\d\s+(?:meeting|session|gathering)\b|the\s+\d{1,2}\s+[A-Z]/);
function numberedMeetings(doc: Doc): Annotation[] {
  const found: Annotation[] = [];
  const records = numbered(doc.facts, 'all');
  if (!records.length) return found;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!NUMBERED_MEETINGS_RE.test(text)) {
      if (
        (NUMBERED_MEETINGS_RE2.test(text) || NUMBERED_MEETINGS_RE3.test(text)) &&
        GROUP_NAMED_RE.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.start))
      )
        toldAfterGroup(doc, sentence, text, records, found);
      continue;
    }
    NUMBERED_RE.lastIndex = 0;
    for (let m = NUMBERED_RE.exec(text); m; m = NUMBERED_RE.exec(text)) {
      const n = m[1] ? Number(m[1]) : numberFrom(m[2]);
      if (!Number.isInteger(n) || n < 1) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const told = toldDay(doc, sentence, start, end);
      const recN = records.find((e) => e.ordinal === n);
      if (recN) {
        if (!told) {
          // summit-forms.ts confirms the number near the page's day; here the forms it does not read.
          if (nearPage(doc, recN)) found.push(numberConfirmed(doc, recN, { start, end }));
          continue;
        }
        if (!told.day.explicitYear && !told.day.relative && !nearPage(doc, recN)) continue;
        if (onDay(recN, told.day)) {
          found.push(numberConfirmed(doc, recN, told.span));
          continue;
        }
        if (!doc.dateCertain || !isConfident(recN) || recN.confidence !== 'verified') continue;
        const { when } = describeEvent(doc, recN);
        const said = doc.text.slice(told.day.start, told.day.end);
        found.push(
          eventContradicted(
            doc,
            recN,
            told.span,
            `The ${ordinalText(n)} meeting of the Ukraine Defense Contact Group took place on ${when}, not ${said}.`,
          ),
        );
        continue;
      }
      // No record of that number: a day told that is another numbered meeting's day gives the number.
      if (!told || !doc.dateCertain) continue;
      const recD = records.filter((e) => onDay(e, told.day));
      if (recD.length !== 1) continue;
      const other = recD[0];
      if (!told.day.explicitYear && !told.day.relative && !nearPage(doc, other)) continue;
      if (!isConfident(other) || other.confidence !== 'verified') continue;
      found.push(
        eventContradicted(
          doc,
          other,
          told.span,
          `The Ukraine Defense Contact Group's meeting of ${formatDay(other.start)} was its ${ordinalText(other.ordinal!)}, not its ${ordinalText(n)}.`,
        ),
      );
    }
  }
  return found;
}

function numberConfirmed(doc: Doc, e: EventRecord, span: { start: number; end: number }): Annotation {
  const { when, place } = describeEvent(doc, e);
  return withReason(
    eventSupported(doc, e, span, `The number matches the record: ${e.name}, ${when}${place ? `, ${place}` : ''}.`),
    'number',
  );
}

/** The day told of the numbered meeting at [start, end): just before it, or after it in the same clause; and the span to mark. */
function toldDay(
  doc: Doc,
  sentence: { start: number; end: number },
  start: number,
  end: number,
): { day: DateMention; span: { start: number; end: number } } | null {
  const before = findDates(doc.text, sentence.start, start, { asOf: doc.asOf, past: true }).filter((d) => d.granularity === 'day');
  const last = before[before.length - 1];
  if (last && !last.relative && ATTACHED_BEFORE_RE.test(doc.text.slice(last.end, start))) {
    const lead = /(?:^\s*|[,;]\s+)([Oo]n\s+)?$/.exec(doc.text.slice(sentence.start, last.start));
    // With the place or a verb between, the day alone is marked: the number after it may be right.
    const spanEnd = /^,?\s+(?:the\s+)?$/i.test(doc.text.slice(last.end, start)) ? end : last.end;
    if (lead) return { day: last, span: { start: last.start - (lead[1]?.length ?? 0), end: spanEnd } };
  }
  const after = findDates(doc.text, end, Math.min(sentence.end, end + 90), { asOf: doc.asOf }).find((d) => d.granularity === 'day');
  if (!after) return null;
  const gap = doc.text.slice(end, after.start);
  if (OTHER_TIME_RE.test(gap)) return null;
  if (after.relative) {
    // "which is being held today": the page's own day only.
    if (!/^today$/i.test(doc.text.slice(after.start, after.end).trim()) && !/\btoday\b/i.test(doc.text.slice(after.start, after.end)))
      return null;
  } else if (!after.explicitYear && !ATTACHED_AFTER_RE.test(gap)) return null;
  return { day: after, span: { start, end: after.end } };
}

// Round 30: "the MSC" stands for it on a page that names it in full.
// The Munich Security Conference, held once a year and numbered ("the 62nd Munich Security Conference", "will mark its
// 62nd edition"): its number, its year ("Munich Security Conference 2026") and its days told attached ("The Munich
// Security Conference will take place on February 13–15", held-out 15 ta067) each name one record; two of them that name
// different records, or a day told that is not the numbered or dated record's, are a slip. A day told without its year is
// read only within a month of a record's days. Only the conference's own days: "addressed the 62nd Munich Security
// Conference on 15 February 2026" tells a speech's day, and is not read.
// Round 30: a noun phrase in apposition between the name and its verb ("The 61st Munich Security Conference (MSC), the
// world's leading forum for debating ..., was held from 14-16 February"), and its city between the verb and the days ("will
// take place in Munich, Germany, from 14-16 February 2025"). The apposition opens with an article or an owner and holds
// no word of speech, so a clause ("..., the organisers said, ...", "..., which Vance attended, ...") is not read as one.
const MSC_APPOSITION = String.raw`(?:,\s+(?![^,;()]*\b(?:said|says|told|according|claimed|reported)\b)(?:the|an?|its|Germany['\u2019]s|Europe['\u2019]s)\s+[^,;()]{3,140},)?`;
// Round 32: the verb in a relative clause: "The three-day Munich Security Conference (MSC), which begins today" (held-out
// 30 na018, 13 February 2026).
const MSC_RE = new RegExp(
  String.raw`\b(?:(${ORD})\s+)?(?:Munich\s+Security\s+Conference(?:\s*\(MSC\))?|MSC\b)(?:\s+(20\d{2})\b)?(?:${MSC_APPOSITION}(?:,\s+which)?\s+(?:will\s+(?:take\s+place|be\s+held|run|open|begin|start)|takes\s+place|is\s+(?:being\s+)?held|was\s+held|took\s+place|opened|opens|began|begins|starts|started|runs|ran)\s+(?:in\s+Munich(?:,\s+Germany)?,?\s+)?(?:(?:on|from|between)\s+)?)?`,
  'g',
);
const CAPTION_RE = /^\s+in\s+Munich(?:,\s+Germany)?,\s+/;
const BARE_DAY_RE = /^\s+on\s+/;
const EDITION_RE = new RegExp(String.raw`\b(?:its|the)\s+(${ORD})\s+edition\b`, 'i');

const conferences = memoByFacts((facts, _: 'all') =>
  facts.base.events.filter((e) => e.id.startsWith('msc-') && e.ordinal !== undefined && e.status === 'held'),
);

function munichConferences(doc: Doc): Annotation[] {
  const found: Annotation[] = [];
  const records = conferences(doc.facts, 'all');
  if (!records.length) return found;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    // "The 61st MSC, ..., will take place ... from 14-16 February 2025" (held-out 28 kc032): the acronym alone, on a page
    // that names the conference in full (munichConferences runs only on such pages).
    if (!text.includes('Munich Security Conference') && !/\bMSC\b/.test(text)) continue;
    MSC_RE.lastIndex = 0;
    for (let m = MSC_RE.exec(text); m; m = MSC_RE.exec(text)) {
      const start = sentence.start + m.index;
      let end = start + m[0].length;
      const edition = EDITION_RE.exec(doc.text.slice(end, sentence.end));
      const editionEnd = edition ? end + edition.index + edition[0].length : 0;
      const n = m[1] ? numberFrom(m[1]) : edition ? numberFrom(edition[1]) : NaN;
      const year = m[2];
      // A day attached by the verb: the date must open right where the match ends.
      const attached = /\s$/.test(m[0]);
      const day = attached
        ? findDates(doc.text, end, Math.min(sentence.end, end + 40), { asOf: doc.asOf, future: true }).find(
            (d) => d.start === end && d.granularity === 'day',
          )
        : undefined;
      if (day) end = day.end;
      // A photo caption (AP): "... at the Munich Security Conference in Munich, Germany, Saturday, Feb. 14, 2026" (held-out
      // 19 xa061): the day of the picture, within the conference's days when it is one of them. Confirm-only: a picture may be
      // of the eve.
      if (!day && !m[1] && !m[2] && !/\s$/.test(m[0])) {
        const caption = CAPTION_RE.exec(doc.text.slice(end, Math.min(sentence.end, end + 60)));
        const told = caption
          ? findDates(doc.text, end + caption[0].length, Math.min(sentence.end, end + 60), { asOf: doc.asOf }).find(
              (d) => d.start === end + caption[0].length && d.granularity === 'day' && d.explicitYear,
            )
          : undefined;
        // A weekday told with it must be the day's.
        const weekday = told ? /^(?:on\s+)?([A-Z][a-z]+day)\b/.exec(doc.text.slice(told.start, told.end)) : null;
        const dayName = told ? new Date(`${told.first}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }) : '';
        const held =
          told && (!weekday || weekday[1] === dayName)
            ? records.find((e) => eventDays(e).first <= told.first && told.last <= eventDays(e).last)
            : undefined;
        if (held && told)
          found.push(eventSupported(doc, held, { start, end: told.end }, `${held.name}: ${describeEvent(doc, held).when}.`));
        if (caption) continue;
        // Round 24: a day right after the name with no verb between: "struck a warmer tone ahead of the Munich Security
        // Conference on Friday" (held-out 22 pa057, Friday 13 February 2026). The day may be the sentence's verb's, not the
        // conference's: confirmed when it falls within a record's days near the page, never flagged.
        const bare = BARE_DAY_RE.exec(doc.text.slice(end, Math.min(sentence.end, end + 8)));
        const onDay = bare
          ? findDates(doc.text, end + bare[0].length, Math.min(sentence.end, end + 40), { asOf: doc.asOf }).find(
              (d) => d.start === end + bare[0].length && d.granularity === 'day',
            )
          : undefined;
        const onRecord = onDay
          ? records.find((e) => nearPage(doc, e) && eventDays(e).first <= onDay.first && (onDay.through ?? onDay.last) <= eventDays(e).last)
          : undefined;
        if (onDay && onRecord) {
          found.push(eventSupported(doc, onRecord, { start, end: onDay.end }, `${onRecord.name}: ${describeEvent(doc, onRecord).when}.`));
          continue;
        }
      }
      const otherDays = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).some(
        (d) => d.granularity === 'day' && d !== day && !(day && d.start === day.start),
      );
      const byNumber = Number.isInteger(n) ? records.find((e) => e.ordinal === n) : undefined;
      const byYear = year ? records.find((e) => e.start.startsWith(year)) : undefined;
      const dayRecord = day ? records.find((e) => overlaps(day, eventDays(e))) : undefined;
      // A day without its year is read within a month of a record's days only.
      // Precision (round 41, lead): nor where the sentence tells another year ("The 2024 Munich Security Conference opened on
      // February 16", "Last year's conference opened on February 16", on a page of February 2025): the day is that year's.
      const dayKnown =
        day &&
        (day.explicitYear || day.relative || records.some((e) => nearPage(doc, e))) &&
        (day.explicitYear || !otherYearTold(doc.text.slice(sentence.start, sentence.end), day.first.slice(0, 4))) &&
        // A day still ahead told in the past tense ("opened on February 16" on 10 February) is an earlier year's.
        (day.explicitYear || day.first <= doc.asOf || !PAST_VERB_RE.test(m[0]));
      // "opened on", "began on": its first day; "will take place on": within its days.
      const opening = /\b(?:open|opened|opens|begin|began|begins|start|starts|started)\s+(?:(?:on|from|between)\s+)?$/.test(m[0]);
      const within = (e: EventRecord) =>
        !!day &&
        (opening ? day.first === eventDays(e).first : eventDays(e).first <= day.first && (day.through ?? day.last) <= eventDays(e).last);
      // A day in no record's days, within a month of one record's: that year's conference, told on a wrong day.
      const nearOne = day && !day.relative && !dayRecord && !day.explicitYear ? records.filter((e) => nearPage(doc, e)) : [];
      const named = [byNumber, byYear, dayRecord, nearOne.length === 1 ? nearOne[0] : undefined].filter((e): e is EventRecord => !!e);
      if (!named.length) {
        // A number or year that names no record, or a day that falls in none: nothing (the list starts in 2024).
        continue;
      }
      const e = named[0];
      const span = { start, end: edition && !m[1] ? Math.max(end, editionEnd) : end };
      const when = describeEvent(doc, e).when;
      const wrong =
        (Number.isInteger(n) && named.some((x) => x.ordinal !== n)
          ? `it was the ${ordinalText(named.find((x) => x.ordinal !== n)!.ordinal!)}`
          : '') ||
        (year && named.some((x) => !x.start.startsWith(year))
          ? `it was held in ${named.find((x) => !x.start.startsWith(year))!.start.slice(0, 4)}`
          : '') ||
        (day && dayKnown && !within(e) && !day.relative ? `it was held on ${when}` : '');
      if (wrong) {
        if (!doc.dateCertain || named.some((x) => x.confidence !== 'verified')) continue;
        // The number and the year or day must be told of one conference: a number with no record and a day in none say nothing.
        if (Number.isInteger(n) && !byNumber && !dayRecord && !byYear) continue;
        found.push(eventContradicted(doc, e, span, `${e.name} (${when}): ${wrong}.`));
        continue;
      }
      // Confirmed: by its day, or by its number or year on a page about it with no other day in the sentence.
      if (day ? !dayKnown || !within(e) : otherDays || !nearPage(doc, e)) continue;
      found.push(eventSupported(doc, e, span, `${e.name}: ${when}.`));
    }
  }
  return found;
}

// Built once (speed, round 41): a literal in withNumberedMeetings was a new expression, parsed again, at each call.
const WITH_NUMBERED_MEETINGS_RE = compiledOnFirstRun(
  /Ramstein|Contact Group|UDCG|Munich Security Conference|General Assembly|\bresolution\b/,
);
/** The event detector, with the Contact Group's numbered meetings told with their day. */
export function withNumberedMeetings(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      if (!WITH_NUMBERED_MEETINGS_RE.test(doc.text)) return out;
      for (const a of [
        ...numberedMeetings(doc),
        ...(doc.text.includes('Munich Security Conference') ? munichConferences(doc) : []),
        ...(doc.text.includes('General Assembly') || doc.text.includes('resolution') ? ungaResolutions(doc) : []),
      ]) {
        // A wrong day or number outranks a confirmation of the same words by place or number.
        if (a.verdict === 'contradicted')
          for (let k = out.length - 1; k >= 0; k--)
            if (out[k].kind === 'event' && out[k].verdict === 'supported' && spansOverlap(out[k], a)) out.splice(k, 1);
        if (!out.some((b) => b.kind === 'event' && spansOverlap(b, a))) out.push(a);
      }
      return out;
    },
  };
}

// A year written in the sentence other than `year`, or a year counted back ("last year's", "the previous year").
const PAST_VERB_RE = /\b(?:opened|began|started|was|were|took|ended|closed|convened|met)\b/i;
const YEAR_WRITTEN_RE = /\b(?:19|20)\d\d\b/g;
const YEAR_BACK_RE = /\b(?:last|previous|past)\s+year['\u2019]?s?\b|\ba\s+year\s+(?:ago|earlier|before)\b/i;
function otherYearTold(sentence: string, year: string): boolean {
  if (YEAR_BACK_RE.test(sentence)) return true;
  for (const m of sentence.matchAll(YEAR_WRITTEN_RE)) if (m[0] !== year) return true;
  return false;
}
