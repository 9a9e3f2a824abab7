// A mandate extended to a day: "Jens Stoltenberg was confirmed to receive a fourth extension of his
// mandate as NATO Secretary General, extending his tenure until October 1, 2024" (June 2024), "His
// period as Secretary-General thus extends until September 2022" (March 2019), "NATO allies extended
// Stoltenberg's term until October 2023".
//
// The fact base records when a tenure ended, not each extension decided on the way: an extension to
// a day before the real end was true when it was decided and was overtaken by the next. So this
// only ever confirms: supported when a tenure of someone the sentence (or, for "his"/"her", the one
// before) names ended on the day told (or the day after: "until 30 September" is the last day in
// office, the record's end the successor's first), of an office the sentence names when it names
// one. Never flagged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { addDays, formatDay, overlaps, type DateMention } from '../dates';
import { describeHolder, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';

const EXTENSION_WORDS_RE = /\b(?:extend|prolong)/;
// "extending his tenure until", "extended Stoltenberg's term to", "his mandate ... extends until".
const EXTENSION_RE =
  /\b(?:(?:extending|extended|extends|extend|prolonging|prolonged|prolongs)\s+(?:(?:his|her|my|the)\s+|(?:[\p{Lu}][\p{L}-]+\s+){0,3}[\p{Lu}][\p{L}-]+['’]s\s+)?(?:(?:tenure|term|mandate)(?:\s+(?:in\s+office|(?:as|of)\s+[^,.;:]{3,60}?))?(?:\s+by\s+(?:a\s+further|another|one\s+more)\s+year,?)?\s+)?(?:until|till|through|to)|(?:tenure|term|mandate|period)(?:\s+(?:in\s+office|as\s+[^,.;:]{3,60}?))?\s+(?:thus\s+|now\s+)?extends\s+(?:until|till|through|to))\s+(?:the\s+)?/giu;

export function extensionsTo(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!EXTENSION_WORDS_RE.test(doc.folded) || !doc.folded.includes(' until ')) return out;
  for (const m of doc.text.matchAll(EXTENSION_RE)) {
    const at = m.index + m[0].length;
    const k = doc.sentences.findIndex((s) => s.start <= m.index && m.index < s.end);
    if (k < 0) continue;
    const sentence = doc.sentences[k];
    const date = datesIn(doc, { start: at, end: Math.min(sentence.end, at + 30) }, sentence).find(
      (d) => d.start <= at + 2 && d.granularity !== 'span' && d.explicitYear,
    );
    if (!date) continue;
    // Whose tenure: people named in the sentence up to the words, or in the sentence before.
    const from = doc.sentences[Math.max(0, k - 1)].start;
    const ids = new Set(doc.people.filter((p) => !p.fuzzy && p.start >= from && p.end <= at).map((p) => p.personId));
    const named = new Set(officesNamed(doc, sentence.start, at).map((o) => o.id));
    const fits: { personId: string; t: Tenure }[] = [];
    for (const id of ids)
      for (const o of doc.facts.officesByPerson.get(id) ?? [])
        if (!named.size || named.has(o.id)) for (const t of tenuresOf(id, o)) if (endsOn(t, date)) fits.push({ personId: id, t });
    if (new Set(fits.map((f) => f.personId)).size !== 1) continue;
    const { personId, t } = fits[0];
    const person = doc.facts.people.get(personId);
    const start = m.index;
    out.push({
      start,
      end: date.end,
      quote: doc.text.slice(start, date.end),
      kind: 'tenure',
      verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
      factIds: [t.office.id, personId],
      message: `${person?.name}'s tenure as ${t.office.name} ran until ${formatDay(t.holder.end!)}, when the successor took over.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}

/** The record ends on the day told, or the day after it (the day told being the last in office). */
function endsOn(t: Tenure, date: DateMention): boolean {
  const end = t.holder.end;
  if (!end || end.length !== 10) return false;
  return overlaps({ first: end, last: end }, date) || overlaps({ first: addDays(end, -1), last: addDays(end, -1) }, date);
}
