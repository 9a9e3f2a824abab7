// A holder called "the incumbent" with no title: "The incumbent, Petro Poroshenko, conceded the
// elections" (ibtimes.com, 21 April 2019), "has defeated incumbent Petro Poroshenko in the runoff"
// (22 April 2019), "humiliating incumbent Petro Poroshenko" (independent.co.uk, 22 April 2019),
// "Zelensky Leads Incumbent Poroshenko" (theowp.org, April 2019), "Poroshenko, the incumbent, ...".
//
// The word says the person holds an office on the day told. Confirmed when they held one on the
// article's date (an office of theirs on record, on a confident record). Never flagged: "incumbent" is
// often told of an election long past ("Zelensky won the election with 73.22% of the vote, defeating
// incumbent Petro Poroshenko", a Wikipedia text read in June 2019), and of offices the fact base does
// not keep (a mayor's, a seat in parliament).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { formatDay } from '../dates';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';

// Right before the name: "incumbent ", "the incumbent, ".
const BEFORE_RE = /(?:^|[^\p{L}-])((?:the[ \t]+)?incumbent(?:[ \t]*,)?[ \t]+)$/iu;
// Right after it: ", the incumbent".
const AFTER_RE = /^[ \t]*,[ \t]+the[ \t]+incumbent\b/i;

export function incumbentsNamed(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.folded.includes('incumbent')) return out;
  const { text } = doc;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const before = BEFORE_RE.exec(text.slice(Math.max(0, p.start - 20), p.start));
    const after = before ? null : AFTER_RE.exec(text.slice(p.end, p.end + 20));
    if (!before && !after) continue;
    // Heads of state and government first: the office an election's "incumbent" most often means.
    const offices = [...(doc.facts.officesByPerson.get(p.personId) ?? [])].sort((a, b) => Number(!!b.headOf) - Number(!!a.headOf));
    const running = offices.flatMap((o) => tenuresOf(p.personId, o)).find((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder));
    if (!running) continue;
    const start = before ? p.start - before[1].length : p.start;
    const end = after ? p.end + after[0].length : p.end;
    const person = doc.facts.people.get(p.personId);
    out.push({
      start,
      end,
      quote: text.slice(start, end),
      kind: 'tenure',
      verdict: 'supported',
      factIds: [running.office.id, p.personId],
      message: `${person?.name ?? p.personId} held the office of ${running.office.name} on ${formatDay(doc.asOf)}: "the incumbent" is read as said of it.`,
      fact: describeHolder(person, running),
      sources: sourcesOf(running.holder),
    });
  }
  return out;
}
