// "António Costa begins his presidency of the European Council in Kyiv" (held-out 14 l050, 1 December 2024, the first
// day of his term): the start of a tenure told as the day's news, in the present ("begins", "starts", "kicks off",
// "opens") with the person's own possessive and a word for a tenure. Confirmed when a tenure of the person (of the
// office the words name, if they name one) began within a day of the page's; never flagged (a present tense may be a
// headline's of another day, or a story's).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { tenuresOf } from '../holders';
import { tenureNote } from './tenure-note';
import { officesNamed } from './tenure';

const BEGINS_RE =
  /^[ \t]+(?:officially[ \t]+|formally[ \t]+)?(?:begins|starts|kicks[ \t]+off|opens)[ \t]+(?:his|her)[ \t]+(?:(?:new|first)[ \t]+)?(presidency|term|mandate|tenure|premiership|chancellorship)\b([^.;:\n]{0,60})/i;
const NEAR_DAYS = 1;

// Built once (speed, round 41): a literal in tenureBegins was a new expression, parsed again, at each call.
const TENURE_BEGINS_RE = /\b(?:begins|starts|kicks off|opens) (?:his|her) /;
export function tenureBegins(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!TENURE_BEGINS_RE.test(doc.folded)) return out;
  for (const p of doc.people) {
    if (p.fuzzy || !p.full) continue;
    const m = BEGINS_RE.exec(doc.text.slice(p.end, p.end + 120));
    if (!m) continue;
    const wordsStart = p.end + m[0].length - m[2].length;
    const held = doc.facts.officesByPerson.get(p.personId) ?? [];
    const named = officesNamed(doc, wordsStart, wordsStart + m[2].length).filter((o) => o && held.includes(o));
    const offices = named.length ? named : held;
    const starting = offices.flatMap((o) =>
      tenuresOf(p.personId, o!).filter(
        (t) => t.from === t.fromLate && Math.abs(daysBetween(t.from, doc.asOf)) <= NEAR_DAYS && t.holder.confidence === 'verified',
      ),
    );
    if (starting.length !== 1) continue;
    const [t] = starting;
    // "presidency" names a president's office, "premiership" a prime minister's: the noun must fit the office found.
    const noun = m[1].toLowerCase();
    if (noun === 'presidency' && !/president/i.test(t.office.name)) continue;
    if (noun === 'premiership' && !/prime minister/i.test(t.office.name)) continue;
    if (noun === 'chancellorship' && !/chancellor/i.test(t.office.name)) continue;
    const person = doc.facts.people.get(p.personId);
    const end = named.length ? wordsStart + m[2].trimEnd().length : p.end + m[0].length - m[2].length;
    out.push(
      tenureNote(doc, {
        start: p.start,
        end,
        verdict: 'supported',
        factIds: [t.office.id, p.personId],
        message: `${person?.name} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
        tenure: t,
      }),
    );
  }
  return out;
}
