// "Trump and Zelenskyy’s first in-person conversation since their brief exchange in April" (June
// 2025), "their first face-to-face meeting since February", "the first talks between the two since
// the Oval Office clash in February": the last meeting of the two people the sentence names, before
// the one it reports, told by its month or day. Confirmed when the latest meeting of the two on record
// (a few days or more before the article) falls on the date said. Never flagged: the fact base does
// not hold every meeting, so another date may be one it lacks.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { addDays, findDates, overlaps } from '../dates';
import { hull } from '../sentences';
import { describeEvent, eventDays, eventSupported } from './event-confirmed';

const SINCE_LAST_RE =
  /\bfirst\s+(?:in-person\s+|face-to-face\s+|direct\s+|personal\s+)?(?:meeting|conversation|talks|encounter|contact)\s+(?:between\s+the\s+two\s+(?:leaders\s+|men\s+|presidents\s+)?)?since\s+(?:(?:their|the)\s+(?:[\w-]+\s+){0,3}?(?:exchange|meeting|talks|encounter|conversation|clash|spat|row|summit)\s+)?(?:in|on|at)?\s*/g;

export function sinceLastMeeting(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  SINCE_LAST_RE.lastIndex = 0;
  const m = SINCE_LAST_RE.exec(text);
  if (!m) return;
  let people = doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  // "the first meeting between the two leaders since ...": the two the sentence before named.
  if (!people.length && /between\s+the\s+two\b/.test(m[0]))
    people = doc.people.filter((p) => p.start >= sentence.start - 300 && p.end <= sentence.start);
  const ids = [...new Set(people.map((p) => p.personId))];
  if (ids.length !== 2) return;
  const end = sentence.start + m.index + m[0].length;
  // The date right after the phrase: "in April", "February 28".
  const date = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).find(
    (d) => d.start >= end - 3 && d.start - end <= 3 && (d.granularity === 'day' || d.granularity === 'month'),
  );
  if (!date) return;
  // The meeting reported is the article's own: the one before it ended a few days or more before.
  const before = addDays(doc.asOf, -3);
  const latest = doc.facts.base.events
    .filter(
      (e) =>
        e.kind !== 'call' &&
        e.status === 'held' &&
        e.confidence === 'verified' &&
        ids.every((id) => e.participants.includes(id)) &&
        eventDays(e).last <= before,
    )
    .reduce<ReturnType<typeof doc.facts.events.get>>((a, e) => (!a || e.start > a.start ? e : a), undefined);
  if (!latest || !overlaps(date, eventDays(latest))) return;
  const span = hull([{ start: sentence.start + m.index, end: date.end }, ...people.filter((p) => p.start >= sentence.start)]);
  const { when, place } = describeEvent(doc, latest);
  out.push(
    eventSupported(
      doc,
      latest,
      span,
      `The last meeting of the two before this one on record: ${latest.name}, ${when}${place ? `, ${place}` : ''}.`,
    ),
  );
}
