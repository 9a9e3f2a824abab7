// A start of tenure told in a biography by the year the sentence opens with, before its subject:
// "In 2001 he was appointed secretary of state by Pres. George W. Bush" (held-out 15 ta020, of Colin
// Powell), "In 2016, he was appointed Permanent Representative of Ukraine to the Council of Europe",
// "In May 2021, Sybiha was appointed as deputy head of the Office of the President". tenure.ts reads the
// date after the verb ("was appointed secretary of state in 2001"), and a name's "In 2008, ... became"
// only with the verbs of the moment of taking office.
//
// The subject is a name, or "he"/"she" for the people named in the two sentences before. The office is
// the one the words after the verb name (up to a comma, "by", "under", "in", "replacing"). Confirmed
// when exactly one of the candidates began a tenure of that office in that year (or month); never
// flagged: a biography's year may be of a nomination, an election or a swearing-in that the record
// dates otherwise.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf, startSentencesBack } from '../doc';
import { tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';
import { startFits, tenureStartConfirmed } from './tenure-pronoun';
import { paragraphReferent } from './tenure-referent';
import { gated, matchesOf } from '../triggers';
import { factRange, overlaps, type DayRange } from '../dates';

const OPENING_RE = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n\s*)(In\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d,?\s+)(he|she|\p{Lu}[\p{L}'\u2019-]+)\s+(was\s+appointed(?:\s+as)?|was\s+named(?:\s+as)?|was\s+elected(?:\s+as)?|became|was\s+sworn\s+in\s+as|took\s+office\s+as)\s+`,
  'gu',
);
/** Where the title after the verb ends. */
const TITLE_END_RE = /[,.;:()]|\s(?:by|under|in|replacing|succeeding|after|when|and|from|until|since)\s/;
const PRONOUN_SENTENCES = 2;
const PARTICIPLE_GATE = gated(/\b(?:Appointed|Named|Elected|Re-elected|Sworn in as|Installed|Chosen|Confirmed|As) /);

// Round 32: the opening clause a participle, its subject after the comma: "Appointed Foreign Secretary in Keir Starmer's
// Labour government following the 2024 general election landslide, Lammy now steers the UK's international relations"
// (a profile of February 2026, held-out 30 ne004), "Elected president in 2019, Zelensky ...", "Sworn in as prime
// minister in March 2020, Denys Shmyhal ...". The year is any the clause tells; read as the form above, confirmed only.
const PARTICIPLE_RE =
  /(?:^|[.!?]\s+|\n\s*)((?:Appointed|Named|Elected|Re-elected|Sworn\s+in\s+as|Installed|Chosen|Confirmed|(As))(?:\s+as)?\s+(?:the\s+)?)/g;
// Round 36: "As NATO Secretary General since 2014 and before that Prime Minister of Norway ..., Jens Stoltenberg has been
// faced with ..." (held-out 34 pf022): "As" and the title, its start told right after it with "since".
const AS_SINCE_RE = /^\s+since\s/;
/** How far the participle's clause may run to the comma before its subject. */
const PARTICIPLE_REACH = 160;
const PRONOUN_AFTER_RE = /^(?:he|she)\b/i;

function participleStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of matchesOf(PARTICIPLE_RE, doc.text)) {
    const clauseStart = m.index! + m[0].indexOf(m[1]);
    const titleStart = clauseStart + m[1].length;
    const sentence = sentenceOf(doc, clauseStart);
    const rest = doc.text.slice(titleStart, Math.min(sentence.end, titleStart + PARTICIPLE_REACH));
    const cut = TITLE_END_RE.exec(rest);
    const titleEnd = titleStart + (cut ? cut.index : rest.length);
    if (titleEnd - titleStart < 3) continue;
    // "As TITLE" says nothing of a start unless "since" follows the title.
    const asSince = !!m[2];
    if (asSince && !AS_SINCE_RE.test(doc.text.slice(titleEnd, titleEnd + 8))) continue;
    const offices = officesNamed(doc, titleStart, titleEnd);
    if (!offices.length) continue;
    // The subject: a name (or "he"/"she") right after the first comma that closes the clause.
    const comma = rest.indexOf(',');
    if (comma < 0) continue;
    const subjectAt = titleStart + comma + 1 + (/^\s*/.exec(rest.slice(comma + 1))?.[0].length ?? 0);
    const pronoun = PRONOUN_AFTER_RE.test(doc.text.slice(subjectAt, subjectAt + 4));
    const candidates = pronoun
      ? doc.people.filter((q) => q.start >= startSentencesBack(doc, sentence, PRONOUN_SENTENCES) && q.end <= clauseStart && !q.fuzzy)
      : doc.people.filter((q) => q.start === subjectAt && !q.fuzzy);
    if (!candidates.length) continue;
    // A date, or the one year the clause names in passing ("following the 2024 general election").
    const date: DayRange | undefined = asSince
      ? datesIn(doc, { start: titleEnd, end: titleStart + comma }, sentence).find(
          (d) => d.start <= titleEnd + 8 && !d.relative && d.explicitYear && d.granularity !== 'span',
        )
      : (datesIn(doc, { start: titleStart, end: titleStart + comma }, sentence).find(
          (d) => !d.relative && d.explicitYear && d.granularity !== 'span',
        ) ?? oneYear(rest.slice(0, comma)));
    if (!date) continue;
    const fits = new Map<string, Tenure>();
    for (const q of candidates) {
      const t = offices
        .flatMap((o) => tenuresOf(q.personId, o))
        .find((x) => x.from <= doc.asOf && [x.holder.start, ...(x.holder.altStart ?? [])].some((d) => overlaps(factRange(d), date)));
      if (t) fits.set(q.personId, t);
    }
    if (fits.size !== 1) continue;
    const [[personId, t]] = [...fits];
    // A name in the clause ("in Keir Starmer's government") carries claims of its own: the quote stops at the title.
    const clauseEnd = titleStart + comma;
    const end =
      asSince && 'end' in date
        ? (date.end as number)
        : doc.people.some((q) => q.start >= titleEnd && q.end <= clauseEnd)
          ? titleEnd
          : clauseEnd;
    out.push(tenureStartConfirmed(doc, personId, t, clauseStart, end));
  }
  return out;
}

/** The year a text names, when it names exactly one. */
function oneYear(text: string): DayRange | undefined {
  const years = new Set(text.match(/\b(?:19|20)\d\d\b/g) ?? []);
  return years.size === 1 ? factRange([...years][0]) : undefined;
}

export function openingYearStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = PARTICIPLE_GATE.test(doc.text) ? participleStarts(doc) : [];
  if (!doc.text.includes('In ')) return out;
  for (const m of matchesOf(OPENING_RE, doc.text)) {
    const clauseStart = m.index! + m[0].indexOf(m[1]);
    const subjectStart = clauseStart + m[1].length;
    const subjectEnd = subjectStart + m[2].length;
    const titleStart = m.index! + m[0].length;
    const sentence = sentenceOf(doc, clauseStart);
    const rest = doc.text.slice(titleStart, Math.min(sentence.end, titleStart + 90));
    const cut = TITLE_END_RE.exec(rest);
    const titleEnd = titleStart + (cut ? cut.index : rest.length);
    if (titleEnd - titleStart < 3) continue;
    const offices = officesNamed(doc, titleStart, titleEnd);
    if (!offices.length) continue;
    const date = datesIn(doc, { start: clauseStart, end: subjectStart }, sentence).find((d) => !d.relative && d.explicitYear);
    if (!date) continue;
    const pronoun = /^(?:he|she)$/i.test(m[2]);
    let candidates: ReadonlyArray<{ personId: string }> = pronoun
      ? doc.people.filter((q) => q.start >= startSentencesBack(doc, sentence, PRONOUN_SENTENCES) && q.end <= clauseStart && !q.fuzzy)
      : doc.people.filter((q) => q.start === subjectStart && q.end === subjectEnd && !q.fuzzy);
    // Round 45: "Pavel began his military career ... He later served in NATO, ... In 2015, he was appointed Chairman of the NATO
    // Military Committee" (held-out 43 ty024, January 2023): named further back, the paragraph's one named person.
    const referent = pronoun && !candidates.length ? paragraphReferent(doc, clauseStart) : null;
    if (referent) candidates = [{ personId: referent }];
    const fits = new Map<string, Tenure>();
    for (const q of candidates) {
      const t = offices.flatMap((o) => tenuresOf(q.personId, o)).find((x) => x.from <= doc.asOf && startFits(x, date));
      if (t) fits.set(q.personId, t);
    }
    if (fits.size !== 1) continue;
    const [[personId, t]] = [...fits];
    out.push(tenureStartConfirmed(doc, personId, t, clauseStart, titleEnd));
  }
  return out;
}
