// Round 23 (mutation probe). A NATO meeting the event reader confirms, told as marking an anniversary of the alliance that
// it did not mark: "The NATO Summit, marking the 73rd anniversary of the Alliance, has concluded in Washington" (July 2024:
// the 75th), "NATO leaders, who gathered in London for the 71st anniversary of the alliance, on Wednesday adopted a
// declaration" (December 2019: the 70th), "NATO's 73rd anniversary summit", "the 49th anniversary summit" (Washington,
// April 1999: the 50th). The probe found each confirmed by the event's date and place with the ordinal silent (the age
// reader leaves an anniversary told with a meeting to context).
//
// Read only where the meeting is identified beyond doubt (a supported event annotation of a NATO meeting, its record's id
// "nato-...") and the ordinal is tied to it in the same sentence: "the/NATO's/the alliance's Nth anniversary summit|meeting|
// gathering", or "marking / to mark / for / celebrating / commemorating / on the Nth anniversary of the alliance|NATO" (or
// with NATO's / the alliance's before the ordinal), within 80 characters of the meeting's words. The ordinal may be NATO's
// age on the meeting's first or last day, or the age it reaches within 60 days after (a meeting just before 4 April marks
// the anniversary to come); anything else is contradicted. Not told ahead of or after it ("ahead of the alliance's 75th
// anniversary next year", "before", "since", "until"), not another body's anniversary (D-Day, a treaty), never a meeting
// of another record (the White House, the Normandy format).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { addDays, formatDay } from '../dates';
import { sourcesOf } from '../holders';
import { ordinalText } from '../numbers';

const FOUNDED = '1949-04-04';
const NATO_POSS = String.raw`(?:NATO['\u2019]s|the\s+[Aa]lliance['\u2019]s|the\s+North\s+Atlantic\s+Alliance['\u2019]s)`;
// "NATO's 73rd anniversary summit", "the 50th-anniversary summit".
const ANNIVERSARY_MEETING_RE = new RegExp(
  String.raw`\b(?:${NATO_POSS}|the)\s+(\d{2,3})(?:st|nd|rd|th)[\s-]+anniversary\s+(?:summit|meeting|gathering|celebrations?)\b`,
  'g',
);
// "marking the 73rd anniversary of the Alliance", "for NATO's 70th anniversary", "to mark the alliance's 75th anniversary".
const MARKING_RE = new RegExp(
  String.raw`\b(?:mark(?:ing|s|ed)?|to\s+mark|for|celebrat(?:ing|es|ed|e)|to\s+celebrate|commemorat(?:ing|es|ed|e)|to\s+commemorate|on)\s+(?:(?:the\s+)?(\d{2,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?(?:[Aa]lliance|NATO|North\s+Atlantic\s+(?:Treaty(?:\s+Organi[sz]ation)?|Alliance))\b|${NATO_POSS}\s+(\d{2,3})(?:st|nd|rd|th)\s+anniversary\b)`,
  'g',
);
// Told ahead of it or after it: the ordinal is then no anniversary the meeting marks.
const NOT_MARKED_BEFORE_RE =
  /\b(?:ahead\s+of|before|until|till|since|after|next|upcoming|coming|approaching|preparations?\s+for)\s+(?:\w+\s+){0,2}$/i;
const NOT_MARKED_AFTER_RE = /^\s*(?:next\s+year|later|in\s+(?:19|20)\d{2}|(?:this|next)\s+(?:April|spring))\b/i;
const NEAR = 80;

/** NATO's age in whole years on a day. */
function ageOn(day: string): number {
  const years = Number(day.slice(0, 4)) - 1949;
  return day.slice(5) >= FOUNDED.slice(5) ? years : years - 1;
}

/** The red flag of an anniversary the confirmed meeting `a` did not mark, or null (read by withPlaceClashes). */
export function anniversaryFlag(doc: Doc, a: Annotation): Annotation | null {
  const ids = a.factIds.filter((id) => id.startsWith('nato-'));
  if (ids.length !== 1 || a.factIds.length !== 1) return null;
  const record = doc.facts.events.get(ids[0]);
  if (!record) return null;
  const sentence = sentenceOf(doc, a.start);
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!/anniversary/i.test(text)) return null;
  const end = record.end ?? record.start;
  const allowed = new Set([ageOn(record.start), ageOn(end), ageOn(addDays(end, 60))]);
  for (const re of [ANNIVERSARY_MEETING_RE, MARKING_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const n = Number(m[1] ?? m[2]);
      const from = sentence.start + m.index;
      const to = from + m[0].length;
      // Tied to the meeting's words: overlapping them or within NEAR characters.
      if (to < a.start - NEAR || from > a.end + NEAR) continue;
      if (NOT_MARKED_BEFORE_RE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      if (NOT_MARKED_AFTER_RE.test(text.slice(m.index + m[0].length))) continue;
      if (allowed.has(n) || n < 1) continue;
      const age = ageOn(record.start);
      const span = /\d/.exec(m[0])!.index;
      const start = from + span;
      return {
        start,
        end: to,
        quote: doc.text.slice(start, to),
        verdict: 'contradicted',
        kind: 'event',
        factIds: [record.id],
        message: `${record.name} (${formatDay(record.start)}${record.end && record.end !== record.start ? ` – ${formatDay(record.end)}` : ''}) marked NATO's ${ordinalText(age)} anniversary (founded on April 4, 1949), not its ${ordinalText(n)} (${formatDay(`${1949 + n}-04-04`)}).`,
        fact: record.summary ?? record.name,
        sources: sourcesOf(record),
      };
    }
  }
  return null;
}
