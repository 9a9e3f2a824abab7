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
//
// "A month after scoring a landslide election victory against incumbent Petro Poroshenko, the 41-year-old became
// Ukraine's youngest post-Soviet president" (20 May 2019, the day Poroshenko's term ended): a sentence that tells of
// the election calls the loser "incumbent" as of the vote, which can fall a few months before the article. So an
// office left within ELECTION_DAYS before the article's day is confirmed too, only when the sentence names an election.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { sentenceOf } from '../doc';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';

// Right before the name: "incumbent ", "the incumbent, ".
const BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}-])((?:the[ \t]+)?incumbent(?:[ \t]*,)?[ \t]+)$`, 'iu');
// Right after it: ", the incumbent".
const AFTER_RE = /^[ \t]*,[ \t]+the[ \t]+incumbent\b/i;
// The election that made the holder "the incumbent" of the sentence: a vote, a runoff, a defeat or a victory.
const ELECTION_RE = /\b(?:elections?|runoff|run-off|vote|ballot|defeat(?:s|ed|ing)?|victory|won|beat(?:s|en)?)\b/i;
// About four months: from a first round to the end of a term (Ukraine 2019: 31 March, 21 April, 20 May).
const ELECTION_DAYS = 120;

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
    const tenures = offices.flatMap((o) => tenuresOf(p.personId, o)).filter((t) => isConfident(t.holder));
    let running = tenures.find((t) => onDay(t, doc.asOf) === 'in');
    let left: string | null = null;
    if (!running) {
      const sentence = sentenceOf(doc, p.start);
      if (!ELECTION_RE.test(text.slice(sentence.start, sentence.end))) continue;
      running = tenures.find(
        (t) => t.until !== null && t.untilLate !== null && t.untilLate <= doc.asOf && daysBetween(t.until, doc.asOf) <= ELECTION_DAYS,
      );
      if (!running?.until) continue;
      left = running.until;
    }
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
      message: left
        ? `${person?.name ?? p.personId} held the office of ${running.office.name} until ${formatDay(left)}: "the incumbent" is read as said of it at the election the sentence tells of.`
        : `${person?.name ?? p.personId} held the office of ${running.office.name} on ${formatDay(doc.asOf)}: "the incumbent" is read as said of it.`,
      fact: describeHolder(person, running),
      sources: sourcesOf(running.holder),
    });
  }
  return out;
}
