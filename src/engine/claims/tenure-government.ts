// A government named after its head: "this support came from the government of Mark Rutte",
// "Rutte's government is now stepping down with the new elections in the autumn" (European Pravda,
// 25 August 2023), "But now the government of Mark Rutte ... fell" (7 July 2023), "Hungarian
// citizens have elected the Orbán government" (hungarytoday.hu), "the Rutte cabinet".
//
// The person heads a government: confirmed when they head their country's government on the
// article's date. A government named after a head who has left may be told of its own time ("the
// Rutte government sent F-16s"), so it is flagged only when the words say it is the present one
// ("Rutte's government is now ...", "the current government of X") of a head who left more than
// LEFT_DAYS before, named in full on the page, on a verified record, the page's date certain and
// the office's horizon not passed.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { addDays, formatDay } from '../dates';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';

const GOVERNMENT_WORDS_RE = /\b(?:government|cabinet)\b/;
// Before the name: "the government of ", "the current government of ".
const OF_BEFORE_RE = /\bthe[ \t]+(?:(current|present|incumbent)[ \t]+)?(?:government|cabinet)[ \t]+of[ \t]+$/i;
// After the name: "'s government", "'s current cabinet", " government" (after "the").
const AFTER_RE = /^(?:['’]s[ \t]+(?:own[ \t]+)?(?:(current|present|incumbent)[ \t]+)?|[ \t]+)(?:government|cabinet)\b/i;
const THE_BEFORE_RE = /\bthe[ \t]+(?:(current|present|incumbent)[ \t]+)?$/i;
// "Rutte's government is now stepping down": said of the present. "X's government has now been
// replaced", "is now history", "is now out of office" tell its end, true after it: not read.
const NOW_AFTER_RE =
  /^[ \t]+(?:is|are)[ \t]+(?:now|currently)\b(?![ \t]+(?:out|gone|history|over|defunct|former|past|no[ \t]+longer|a[ \t]+thing[ \t]+of|replaced|succeeded|dissolved|ended|finished|in[ \t]+the[ \t]+past)\b)/i;
/** Days after a head left office before a present-tense government of theirs is flagged: caretaker governments and late reports. */
const LEFT_DAYS = 45;

export function governmentsOfHeads(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!GOVERNMENT_WORDS_RE.test(doc.folded)) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const before = doc.text.slice(Math.max(0, p.start - 40), p.start);
    const of = OF_BEFORE_RE.exec(before);
    let start = p.start;
    let end = p.end;
    let present = false;
    if (of) {
      start = p.start - of[0].length;
      present = !!of[1];
    } else {
      const after = AFTER_RE.exec(doc.text.slice(p.end, p.end + 40));
      if (!after) continue;
      const possessive = /^['’]s/.test(after[0]);
      // "the Rutte government": a bare name before the word needs "the" before it.
      const the = possessive ? null : THE_BEFORE_RE.exec(before);
      if (!possessive && !the) continue;
      if (the) start = p.start - the[0].length;
      end = p.end + after[0].length;
      present = !!(after[1] ?? the?.[1]);
    }
    if (of) end = p.end;
    present ||= NOW_AFTER_RE.test(doc.text.slice(end, end + 20));
    const annotation = judged(doc, p, start, end, present);
    if (annotation) out.push(annotation);
  }
  return out;
}

function judged(doc: Doc, p: PersonMention, start: number, end: number, present: boolean): Annotation | null {
  const tenures = (doc.facts.officesByPerson.get(p.personId) ?? [])
    .filter((o) => o.headOf === 'government' || o.headOf === 'state-and-government')
    .flatMap((o) => tenuresOf(p.personId, o));
  if (!tenures.length) return null;
  const person = doc.facts.people.get(p.personId);
  const name = person?.name ?? p.personId;
  const base = (t: Tenure) => ({
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure' as const,
    factIds: [t.office.id, p.personId],
    fact: describeHolder(person, t),
    sources: sourcesOf(t.holder),
  });
  const running = tenures.find((t) => onDay(t, doc.asOf) === 'in');
  if (running) {
    return {
      ...base(running),
      verdict: running.holder.confidence === 'verified' && person?.confidence === 'verified' ? 'supported' : 'context',
      message: `${name} was ${running.office.name} on ${formatDay(doc.asOf)}: the government was theirs.`,
    };
  }
  if (!present || tenures.some((t) => onDay(t, doc.asOf) !== 'out')) return null;
  const last = [...tenures].sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (last.from > doc.asOf || !last.until) return null;
  const sure =
    (p.full || p.namedInFull || doc.people.some((q) => q.personId === p.personId && q.full && !q.fuzzy)) &&
    doc.dateCertain &&
    isConfident(last.holder) &&
    last.holder.end?.length === 10 &&
    addDays(last.until, LEFT_DAYS) < doc.asOf &&
    !pastHorizon(doc.facts, doc.asOf, { office: last.office.id });
  if (!sure) return null;
  return {
    ...base(last),
    verdict: 'outdated',
    message: `${name} left the office of ${last.office.name} on ${formatDay(last.until)}: the government on ${formatDay(doc.asOf)} was no longer theirs.`,
  };
}
