// A holder's first or last act in an office: "During his inaugural press conference as NATO Secretary
// General on 1 October, Mark Rutte refrained from ..." (European Pravda, October 2024: held-out 9,
// v044), "his last trip to the meeting as head of the Pentagon" (January 2025, Austin, twelve days
// before he left: v047), "Chuck Hagel will begin Tuesday his last trip to U.S. bases as defense
// secretary" (military.com, January 2015), "Leon Panetta will travel ... in his final trip as
// Pentagon chief" (AFP via expatica.com, January 2013).
//
// A first act is true on a day inside the tenure; a last one on a day inside it when the tenure
// ends within LAST_ACT_DAYS after. Who "his" is, is a reading (one person named just before who
// held the office), so these only confirm, with one exception: "Rutte's first press conference as
// NATO Secretary General on 1 September 2024", a person named in full and a day with its year
// before the start of every tenure of theirs in the office, is contradicted.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { addDays, daysBetween, formatDay, type DateMention } from '../dates';
import { describeHolder, isConfident, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { sentenceOf } from '../doc';
import { officesNamed } from './tenure';
import { namedPeople, tenureStartConfirmed } from './tenure-pronoun';
import { execWarm, keysGate } from '../triggers';

const ACT_KEYS = ['first ', 'inaugural ', 'maiden ', 'last ', 'final '];
const ACT_GATE = keysGate(ACT_KEYS);
// "his inaugural press conference as", "Rutte's first foreign trip as", "her final summit in her role as": the
// owner before the keyword, the act and "as" after it.
const OWNER_RE = new RegExp(String.raw`(?:\b([Hh]is|[Hh]er)|\b([A-Z][\p{L}'\u2019-]+)['\u2019]s)\s+$`, 'u');
const ACT_RE = new RegExp(
  String.raw`^(first|inaugural|maiden|last|final)\s+((?:[\p{L}-]+\s+){0,5}?)(?:as|in\s+(?:his|her)\s+(?:new\s+)?(?:role|capacity|post|position)\s+as)\s+`,
  'iu',
);
// Where the title ends: a clause break or a preposition starting the act's circumstances.
const TITLE_END_RE = /[,;:(.]|\s[\u2014\u2013]\s|\s(?:during|at|in|on|after|before|and|but|to|when|with|since|from|for|focusing)\s/;
/** How many sentences before the pronoun its person may be named in. */
const PRONOUN_SENTENCES = 2;
/** Days before a tenure's end within which an act may be called its last. */
const LAST_ACT_DAYS = 180;
/** Days a first act's day may be off the start before it is called wrong: a ceremony's day is reported loosely. */
const FIRST_ACT_SLACK_DAYS = 2;

export function actsInOffice(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!ACT_GATE.test(doc.folded)) return out;
  let named: ReturnType<typeof namedPeople> | undefined;
  // Looked for at each keyword (folded, lower-case), not by a pass of the whole text.
  for (const key of ACT_GATE.keysIn(doc.folded))
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const act = actAt(doc, i);
      if (act) out.push(...act);
    }
  return out;

  function actAt(doc: Doc, i: number): Annotation[] | null {
    const owner = execWarm(OWNER_RE, doc.text.slice(Math.max(0, i - 40), i));
    const acted = owner && ACT_RE.exec(doc.text.slice(i, i + 140));
    if (!owner || !acted) return null;
    // One match, as the former pattern gave it: [whole, owner, name, keyword, act words], starting at the owner.
    const index = i - owner[0].length;
    const m = Object.assign([doc.text.slice(index, i + acted[0].length), owner[1] ?? owner[0].trimEnd(), owner[2], acted[1], acted[2]], {
      index,
    });
    const out: Annotation[] = [];
    const sentence = sentenceOf(doc, m.index);
    const titleStart = m.index + m[0].length;
    const rest = doc.text.slice(titleStart, Math.min(sentence.end, titleStart + 80));
    const cut = TITLE_END_RE.exec(rest);
    const titleEnd = titleStart + (cut ? cut.index : rest.length);
    // "Joe Biden's first NATO summit as US president": which summit was the first is tenure-succession.ts's (firstSummits).
    if (/\bsummit/i.test(m[0])) return out;
    const offices = officesNamed(doc, titleStart, titleEnd);
    if (!offices.length) return out;
    // The person: the name before the possessive, or the one person named just before "his"/"her" who held the office.
    let personId: string | undefined;
    let full = false;
    if (m[2]) {
      const p = doc.people.find((q) => q.end === m!.index + m![2].length && !q.fuzzy);
      if (!p) return out;
      personId = p.personId;
      full = p.full || !!p.namedInFull;
    } else {
      named ??= namedPeople(doc);
      const i = doc.sentences.indexOf(sentence);
      const from = doc.sentences[Math.max(0, i - PRONOUN_SENTENCES)].start;
      const ids = new Set(
        named
          .filter((q) => q.start >= from && q.end <= m!.index)
          .map((q) => q.personId)
          .filter((id) => offices.some((o) => tenuresOf(id, o).length)),
      );
      // "Rutte also said ... his predecessor" : with the sentence's own subject after the clause ("During his
      // inaugural press conference as NATO Secretary General on 1 October, Mark Rutte refrained"), that one.
      if (!ids.size) {
        const after = named.find(
          (q) => q.start >= titleEnd && q.start < sentence.end && offices.some((o) => tenuresOf(q.personId, o).length),
        );
        if (after && m.index - sentence.start <= 12) ids.add(after.personId);
      }
      if (ids.size !== 1) return out;
      personId = [...ids][0];
    }
    const tenures = offices.flatMap((o) => tenuresOf(personId!, o));
    if (!tenures.length) return out;
    const date = actDate(doc, titleEnd, sentence);
    const day = date ?? { first: doc.asOf, last: doc.asOf };
    const t = tenures.find((x) => x.from <= day.last && (!x.until || day.first < x.until));
    const last = /^(?:last|final)$/i.test(m[3]);
    const start = m.index;
    const end = date ? Math.max(titleEnd, date.end) : titleEnd;
    if (t) {
      // A last act: the tenure's end must be near.
      if (last && !(t.until && daysBetween(day.first, t.until) <= LAST_ACT_DAYS)) return out;
      out.push(confirmed(doc, personId, t, start, end, last));
      return out;
    }
    if (last || !date?.explicitYear || !full || !m[2] || !doc.dateCertain) return out;
    // A first act dated before every start of theirs in the office.
    if (!tenures.every((x) => isConfident(x.holder) && x.holder.start.length === 10 && addDays(x.from, -FIRST_ACT_SLACK_DAYS) > date.last))
      return out;
    const first = tenures[0];
    const person = doc.facts.people.get(personId);
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'tenure',
      verdict: 'contradicted',
      factIds: [first.office.id, personId],
      message: `${person?.name} took office as ${first.office.name} on ${formatDay(first.holder.start)}, after ${doc.text.slice(date.start, date.end).replace(/^(?:on|in)\s+/i, '')}.`,
      fact: describeHolder(person, first),
      sources: sourcesOf(first.holder),
    });
    return out;
  }
}

/** The day of the act, right after the title: "as NATO Secretary General on 1 October". */
function actDate(doc: Doc, at: number, sentence: Span): DateMention | undefined {
  const d = datesIn(doc, { start: at, end: Math.min(sentence.end, at + 30) }, sentence).find((x) =>
    /^\s*(?:on|in)?\s*$/i.test(doc.text.slice(at, x.start).replace(/^\s*(?:on|in)\b/i, '')),
  );
  return d && d.granularity !== 'span' && !(d.relative && d.granularity === 'day') ? d : undefined;
}

function confirmed(doc: Doc, personId: string, t: Tenure, start: number, end: number, last: boolean): Annotation {
  const span = last && t.until ? `until ${formatDay(t.until)}` : `from ${formatDay(t.holder.start)}`;
  return tenureStartConfirmed(doc, personId, t, start, end, (name) => `${name} was ${t.office.name} ${span}.`);
}
