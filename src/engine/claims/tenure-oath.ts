// An oath, a swearing-in or a return to office told with its day, in forms the title-verb reader
// (tenure.ts) leaves: "Karol Nawrocki took the presidential oath before the National Assembly of
// Poland on Wednesday" (UNN, 6 August 2025), "Poland’s President-elect Karol Nawrocki, who won the
// second round of the presidential election, will officially take the oath of office on 6 August"
// (July 2025), "When President-elect Trump returns to office on January 20" (November 2024), "On 23
// February 2026 the members of the Jetten government were sworn in" (a government named after its
// head: the head's start).
//
// Supported when a tenure of the person (for a government, of their head-of-government office)
// begins on the day told (a future oath: a tenure begun on the day, read from the page's date).
// An oath told a day off may be one of time zones or of a second ceremony, and a swearing-in may be
// of another office than the one on record, so this only ever confirms: never flagged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { addDays, formatDay } from '../dates';
import type { DateMention } from '../dates';
import { tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { startFits, tenureStartConfirmed } from './tenure-pronoun';
import { execWarm, keysGate, compiledOnFirstRun } from '../triggers';

// Looked for in the folded text: most pages tell of no oath.
// Round 31: "was inaugurated on January 20, 2025" is the same ceremony told by its other verb.
const KEYS = [
  'oath',
  'sworn in',
  'inaugurated',
  'returns to office',
  'return to office',
  'returned to office',
  'returns to power',
  'return to power',
];
const KEYS_GATE = keysGate(KEYS);
// After the name (and an optional ", who ...," clause): the verb of the oath.
const VERB_RE =
  /^[ \t]+(?:(?:has|had)[ \t]+)?(?:(?:officially|formally|solemnly)[ \t]+)?(?:(?:will|is[ \t]+(?:set|due|scheduled|expected|to)[ \t]+to|is[ \t]+to|are[ \t]+to)[ \t]+(?:(?:officially|formally)[ \t]+)?)?(?:(?:took|takes|take|taken)[ \t]+(?:the|his|her)[ \t]+(?:(?:presidential|constitutional|prime[ \t-]ministerial|official)[ \t]+)?oath(?:[ \t]+of[ \t]+office)?|(?:was|were|is|are|be|been|has[ \t]+been|had[ \t]+been)[ \t]+(?:(?:officially|formally)[ \t]+)?(?:sworn[ \t]+in|inaugurated)|(?:returns|returned|return)[ \t]+to[ \t]+(?:office|power))\b/i;
// A clause about the person between the name and the verb: ", who won the second round of the presidential election,".
const WHO_RE = /^[ \t]*,[ \t]+who[ \t]+[^,.;:!?()"\u201c\u201d]{1,100},/i;
// "the Jetten government", "the members of the Jetten cabinet", "Jetten's government": its head.
const GOVERNMENT_AFTER_RE = compiledOnFirstRun(/^(?:['\u2019]s)?[ \t]+(?:government|cabinet)(?:[ \t]+ministers)?\b/i);
const GOVERNMENT_BEFORE_RE = /\bthe[ \t]+(?:(?:members|ministers)[ \t]+of[ \t]+the[ \t]+)?(?:new[ \t]+)?$/i;
// Round 25: the head named in a clause after "government": "The new Polish centrist government, with Donald Tusk at the
// helm, was sworn in on December 13" (held-out 23 ra059), "the government, led by X, was sworn in".
const GOVERNMENT_LED_BEFORE_RE = compiledOnFirstRun(/\b(?:government|cabinet),[ \t]+(?:with|led[ \t]+by|headed[ \t]+by|under)[ \t]+$/i);
const GOVERNMENT_LED_AFTER_RE = /^(?:[ \t]+at[ \t]+(?:the|its)[ \t]+(?:helm|head))?[ \t]*,/i;
// Round 25: the oath told in the relative clause itself: "Volodymyr Zelenskiy, who takes the presidential oath on Monday
// May 20, 2019, comes into the post" (held-out 23 ra001).
const WHO_VERB_RE = /^[ \t]*,[ \t]+who(?=[ \t])/i;
/** How far after the verb its day may stand ("before the National Assembly of Poland on Wednesday"). */
const DAY_REACH = 70;
/** How far ahead of the page an oath told in the future may be. */
const AHEAD_DAYS = 400;

export function oathsTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!KEYS_GATE.test(doc.folded)) return out;
  const { text } = doc;
  // The people named, and a lone surname of one person naming a government ("the Jetten government"
  // on a page that never names him in full): the government's own words say who it is.
  const subjects: { start: number; end: number; personId: string }[] = doc.people.filter((p) => !p.fuzzy);
  if (doc.folded.includes('government') || doc.folded.includes('cabinet')) {
    for (const m of doc.matches) {
      const ids = [...new Set(m.values.filter((v) => v.type === 'person' && !v.full).map((v) => (v.type === 'person' ? v.id : '')))];
      if (ids.length !== 1 || m.values.some((v) => v.type === 'person' && v.full) || subjects.some((q) => q.start === m.start)) continue;
      if (GOVERNMENT_AFTER_RE.test(text.slice(m.end, m.end + 40))) subjects.push({ start: m.start, end: m.end, personId: ids[0] });
    }
  }
  for (const p of subjects) {
    const sentence = sentenceOf(doc, p.start);
    let at = p.end;
    let government = false;
    const gov = GOVERNMENT_AFTER_RE.exec(text.slice(at, at + 40));
    if (gov) {
      if (!GOVERNMENT_BEFORE_RE.test(text.slice(Math.max(sentence.start, p.start - 40), p.start))) continue;
      government = true;
      at += gov[0].length;
    } else if (
      GOVERNMENT_LED_BEFORE_RE.test(text.slice(Math.max(sentence.start, p.start - 30), p.start)) &&
      GOVERNMENT_LED_AFTER_RE.test(text.slice(at, at + 30))
    ) {
      government = true;
      at += GOVERNMENT_LED_AFTER_RE.exec(text.slice(at, at + 30))![0].length;
    } else {
      const whoVerb = WHO_VERB_RE.exec(text.slice(at, at + 12));
      const who = whoVerb && VERB_RE.test(text.slice(at + whoVerb[0].length, Math.min(sentence.end, at + 100))) ? whoVerb : null;
      const clause = who ?? WHO_RE.exec(text.slice(at, Math.min(sentence.end, at + 110)));
      if (clause) at += clause[0].length;
    }
    const verb = execWarm(VERB_RE, text.slice(at, Math.min(sentence.end, at + 90)));
    if (!verb) continue;
    // "returns to office" of a government is not said; a government is sworn in.
    if (government && !/sworn|inaugurated/i.test(verb[0])) continue;
    const verbEnd = at + verb[0].length;
    const date = dayAfter(doc, verbEnd, sentence) ?? (government ? dayOpening(doc, p.start, sentence) : undefined);
    if (!date) continue;
    const offices = (doc.facts.officesByPerson.get(p.personId) ?? []).filter(
      (o) => !government || o.headOf === 'government' || o.headOf === 'state-and-government',
    );
    const fits: Tenure[] = offices
      .flatMap((o) => tenuresOf(p.personId, o))
      .filter((t) => t.from <= addDays(doc.asOf, AHEAD_DAYS) && startFits(t, date));
    // One start on that day (two offices begun on one day may be one oath; the first is read).
    if (!fits.length || new Set(fits.map((t) => t.holder.start)).size !== 1) continue;
    const t = fits[0];
    out.push(
      tenureStartConfirmed(doc, p.personId, t, Math.min(p.start, date.start), Math.max(date.end, verbEnd), (name) =>
        government
          ? `${name}'s government took office on ${formatDay(t.holder.start)}, when ${name} became ${t.office.name}.`
          : `${name} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
      ),
    );
  }
  return out;
}

/** The day told after the verb, with no other person named between. */
function dayAfter(doc: Doc, from: number, sentence: { start: number; end: number }): DateMention | undefined {
  const reach = Math.min(sentence.end, from + DAY_REACH);
  const d = datesIn(doc, { start: from, end: reach }, sentence).find(
    (x) => x.granularity === 'day' && !doc.people.some((q) => q.start >= from && q.end <= x.start),
  );
  // The words between are a place or a manner, not a clause of their own.
  if (!d || /[,;:]|\b(?:and|after|before[ \t]+(?:his|her|the[ \t]+(?:vote|election)))\b/i.test(doc.text.slice(from, d.start)))
    return undefined;
  return d;
}

/** "On 23 February 2026 the members of the X government were sworn in": the one day that opens the sentence. */
function dayOpening(doc: Doc, before: number, sentence: { start: number; end: number }): DateMention | undefined {
  const ds = datesIn(doc, { start: sentence.start, end: before }, sentence);
  if (ds.length !== 1 || ds[0].granularity !== 'day') return undefined;
  return /^\s*(?:On[ \t]+)?$/i.test(doc.text.slice(sentence.start, ds[0].start)) ? ds[0] : undefined;
}
