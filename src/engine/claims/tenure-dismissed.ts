// A dismissal told of a holder: "Vladimir Putin has relieved Nikolai Patrushev of his post as
// Secretary of the Security Council" (Meduza, 12 May 2024), "Patrushev, 73, was dismissed on Sunday
// after serving 16 years as head of Russia’s Security Council" (14 May 2024), "General Valery
// Zaluzhny ... was officially dismissed from his position on Thursday" (8 February 2024), "Putin
// also signed a presidential decree ..., dismissing X from his position as Secretary of the Security
// Council", "Zelensky removed Kubrakov from his post" (2024), "Austin was fired".
//
// The words say a tenure of the person ended on the day told (or, with no day, lately). Confirmed
// when a tenure of theirs (of the office named after "as", else any) ended within DISMISSAL_DAYS of
// that day, on the record. Never flagged: a dismissal is decided, signed, announced and takes
// effect on days that may differ, and "removed" or "fired" may be of a post the fact base does not keep.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { addDays, formatDay, type DateMention } from '../dates';
import { describeHolder, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';
import { namedPeople } from './tenure-pronoun';

const DISMISS_WORDS_RE = /\b(?:dismiss|relieve|remov|fired|sack)/;
// Before the name, in its sentence: the active verb ("has relieved ", "dismissing ", "fired Defence Minister ").
const ACTIVE_BEFORE_RE =
  /\b(?:relieved|relieves|relieving|dismissed|dismisses|dismissing|removed|removes|removing|fired|fires|firing|sacked|sacks|sacking)\s+(?:[^,.;:()"“”]{0,50}?\s+)?$/i;
// Right after the name, with the active verb: "of his post", "from her position as", "from the post of"
// ("President Volodymyr Zelensky fired Oleksiy Reznikov from the post of defense minister", rustavi2.ge, September 2023).
const OF_POST_RE = /^\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:post|position|duties|office|role|job)s?\b(?:\s+(?:as|of)\s+)?/i;
const ON_DAY_AFTER_RE = /^(?=\s+on\s)/;
// An appositive naming no one ("Patrushev, 73,", "Zaluzhny, the commander-in-chief of the Ukrainian Armed Forces during
// the conflict with Russia,"): longer than tenure.ts's, which this module cannot read at load (that one imports this).
const APPOSITIVE = String.raw`(?:\s*,\s*[^,.;:()"“”]{1,100}?,)?`;
// After the name, passive: "was dismissed", "has been officially relieved of his duties", "who was fired".
const PASSIVE_AFTER_RE = new RegExp(
  String.raw`^${APPOSITIVE}[\s,]*(?:who\s+)?(?:was|has\s+been|had\s+been|were)\s+(?:(?:officially|formally|abruptly|unexpectedly)\s+)?(?:dismissed|relieved|removed|fired|sacked)\b(?:\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:post|position|duties|office|role|job)s?\b(?:\s+(?:as|of)\s+)?)?`,
  'i',
);
/** Days either side of the day told within which the record's end confirms the dismissal. */
const DISMISSAL_DAYS = 3;
/** With no day told, how recent the end must be, in days before the article. */
const RECENT_DAYS = 14;
/** How far after the words the title and the day may run. */
const REACH = 90;

export function dismissalsTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!DISMISS_WORDS_RE.test(doc.folded)) return out;
  const { text } = doc;
  for (const p of namedPeople(doc)) {
    const sentence = sentenceOf(doc, p.start);
    let start = p.start;
    let wordsEnd: number;
    // "Putin proposed dismissing Shoigu on May 12" (May 2024): the day right after the name stands for the post.
    const ofPost = OF_POST_RE.exec(text.slice(p.end, p.end + 40)) ?? ON_DAY_AFTER_RE.exec(text.slice(p.end, p.end + 5));
    const active = ofPost ? ACTIVE_BEFORE_RE.exec(text.slice(Math.max(sentence.start, p.start - 70), p.start)) : null;
    if (active && ofPost) {
      start = p.start - active[0].length;
      wordsEnd = p.end + ofPost[0].length;
    } else {
      const passive = PASSIVE_AFTER_RE.exec(text.slice(p.end, sentence.end));
      if (!passive) continue;
      // "X, who dismissed Y, ...": an appositive naming someone else is about them.
      if (doc.people.some((q) => q.start >= p.end && q.end <= p.end + passive[0].length)) continue;
      wordsEnd = p.end + passive[0].length;
    }
    const reach = Math.min(sentence.end, wordsEnd + REACH);
    const asTitle = /\s(?:as|of)\s+$/i.test(text.slice(wordsEnd - 4, wordsEnd));
    const day = datesIn(doc, { start: wordsEnd, end: reach }, sentence).find(
      (d) =>
        d.granularity === 'day' &&
        (/\bon\s+$/i.test(text.slice(Math.max(0, d.start - 3), d.start)) || /^on\b/i.test(text.slice(d.start, d.end))),
    );
    if (!day && ofPost && !ofPost[0]) continue;
    const titleEnd = day ? day.start : clauseEnd(text, wordsEnd, reach);
    const named = asTitle ? officesNamed(doc, wordsEnd, titleEnd) : [];
    if (asTitle && !named.length) continue;
    const offices = named.length ? named : (doc.facts.officesByPerson.get(p.personId) ?? []);
    const t = offices.flatMap((o) => tenuresOf(p.personId, o)).find((x) => endedNear(x, doc.asOf, day));
    if (!t) continue;
    const end = Math.max(day?.end ?? 0, asTitle ? titleEnd : wordsEnd);
    const person = doc.facts.people.get(p.personId);
    out.push({
      start,
      end,
      quote: text.slice(start, end).trimEnd(),
      kind: 'tenure',
      verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
      factIds: [t.office.id, p.personId],
      message: `${person?.name ?? p.personId} left the office of ${t.office.name} on ${formatDay(t.until!)}.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}

/** The tenure ended within DISMISSAL_DAYS of the day told, or, with none, in the RECENT_DAYS before the article (and not after it). */
function endedNear(t: Tenure, asOf: string, day: DateMention | undefined): boolean {
  if (!t.until) return false;
  if (day) return addDays(day.first, -DISMISSAL_DAYS) <= t.until && t.until <= addDays(day.last, DISMISSAL_DAYS);
  return addDays(asOf, -RECENT_DAYS) <= t.until && t.until <= addDays(asOf, 1);
}

/** The end of the title words: the first punctuation or clause word after them. */
function clauseEnd(text: string, from: number, limit: number): number {
  const m = /[,.;:()]|\s(?:on|in|after|with|who|which|by|and|replacing)\s/.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}
