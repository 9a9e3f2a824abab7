// An appointment told with the appointer as subject: "on September 6, the Verkhovna Rada appointed
// the former head of the State Property Fund Rustem Umerov to the post of Minister of Defense"
// (2023), "the Verkhovna Rada appointed Reznikov as Ukraine's defense minister on November 4"
// (2021), "On March 4, the Verkhovna Rada appointed Andrii Taran as Ukraine's new defense minister"
// (censor.net, March 2020), "The deputies of the Verkhovna Rada of Ukraine voted to appoint former
// Deputy Prime Minister Aleksei Reznikov to the post of Minister of Defense of Ukraine on Thursday"
// (TASS, 4 November 2021), "the Rada confirmed Yulia Sviridenko ... as the new Prime Minister" (TASS,
// July 2025), "has approved the appointment of Denis Shmygal as Ukraine's new Defense Minister".
//
// The date of an appointment is not always the first day in office ("NATO appointed Mark Rutte as
// its next Secretary General" in June 2024; he took office on 1 October), so this only ever
// confirms: supported when the person's tenure of the office named began on the day told (after
// the title, or the one day told before the name in the sentence). Never flagged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import type { DateMention } from '../dates';
import { tenuresOf } from '../holders';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';
import { namedPeople, startFits, tenureStartConfirmed } from './tenure-pronoun';

const APPOINT_WORDS_RE = /\b(?:appoint|named|confirmed|elected)/;
// Before the name, in its sentence: the verb, then at most a description of the person with no
// punctuation ("the former head of the State Property Fund "), and a first name the record does not
// spell so ("Andrii Taran", on record as Andriy).
const VERB_BEFORE_RE =
  /\b(?:appointed|appoints|appoint|named|confirmed|elected|approved\s+the\s+appointment\s+of)\s+(?:(?:the\s+)?(?:former|ex-|then-|current|acting|first)[^,.;:()"“”]{0,60}?\s+)?(?:\p{Lu}[\p{L}'’-]+\s+)?$/u;
// After the name: what the person was made ("as Ukraine's defense minister", "to the post of Minister of Defense").
const AS_AFTER_RE = /^\s*(?:,\s*)?(?:as|to\s+(?:the\s+)?(?:post|position|office|role)\s+of)\s+/i;
/** How far after the name the title and its date may run. */
const TITLE_REACH = 90;

export function appointmentsTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!APPOINT_WORDS_RE.test(doc.folded)) return out;
  const { text } = doc;
  for (const p of namedPeople(doc)) {
    const as = AS_AFTER_RE.exec(text.slice(p.end, p.end + 30));
    if (!as) continue;
    const sentence = sentenceOf(doc, p.start);
    const verb = VERB_BEFORE_RE.exec(text.slice(Math.max(sentence.start, p.start - 90), p.start));
    if (!verb) continue;
    const titleStart = p.end + as[0].length;
    const reach = Math.min(sentence.end, titleStart + TITLE_REACH);
    // The day after the title ("as defense minister on November 4"), else the one told before the name ("On March 4, the Rada appointed").
    const after = datesIn(doc, { start: titleStart, end: reach }, sentence).find(
      (d) => /\b(?:in|on)\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) || /^(?:in|on)\b/i.test(text.slice(d.start, d.end)),
    );
    const before = datesIn(doc, { start: sentence.start, end: p.start }, sentence).filter((d) => d.granularity === 'day');
    const date: DateMention | undefined = after ?? (before.length === 1 ? before[0] : undefined);
    if (!date || date.granularity === 'span') continue;
    const offices = officesNamed(doc, titleStart, after ? after.start : reach);
    const t = offices.flatMap((o) => tenuresOf(p.personId, o)).find((x) => x.from <= doc.asOf && startFits(x, date));
    if (!t) continue;
    const start = p.start - verb[0].length;
    const end = after ? after.end : Math.min(reach, titleEnd(text, titleStart, reach));
    out.push(tenureStartConfirmed(doc, p.personId, t, Math.min(start, date.start), Math.max(end, date.end)));
  }
  return out;
}

/** The end of the title words: the first comma, full stop or clause word after them. */
function titleEnd(text: string, from: number, limit: number): number {
  const m = /[,.;:()]|\s(?:on|in|after|with|who|which|by)\s/.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}
