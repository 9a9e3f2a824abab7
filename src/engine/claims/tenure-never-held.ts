// "Zelenskyy has held the post of Defense Minister since November 2021", "Antonio Guterres ... assumed the role of
// NATO Secretary General in October 2014" (mutation probes of true sentences, round 18): a start told of a person
// the records never show in the office, while another verified holder held it on the day told. tenure.ts reads the
// verb, the office and the date; this judges the one case it had left silent (no tenure of the person at all).
// Contradicted only beyond doubt: one office one person holds at a time, named by the title words (with a country,
// or the person's own country when none is told), a written year in the past of a page of certain date, the records
// covering that day, no word that makes it another post ("acting", "deputy", "adviser"...), and the person holding
// no office of that role anywhere (a namesake office of another body would be a loose reading).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { DateMention } from '../dates';
import { formatDay } from '../dates';
import type { Office } from '../../facts/schema';
import { holdersOn, isConfident, sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';

/** Words that make the title another post than the office named, or tell of a plan or a doubt. */
const OTHER_POST_RE =
  /\b(?:acting|interim|caretaker|deputy|vice|assistant|under|shadow|adviser|advisor|aide|spokes\w*|envoy|special|chief\s+of\s+staff|press|candidate|nominee|designate|elect|co-?chair|ambassador|representative|secretariat|office\s+of|ministry|department|committee|party|faction|reportedly|allegedly|claimed|rumou?red|tipped|expected|would|could|might|may|planned|wants?|hoped|sought|seeking)\b/i;
/** An excerpt that sets the person against the office ("not", "instead of", "rather than", "falsely"). */
const DENIAL_RE = /\b(?:not|never|no|instead|rather|falsely|wrongly|mistakenly|erroneously|claim(?:s|ed)?|said\s+to)\b/i;

/** Called by tenure.ts for a person with no tenure in any of `offices` (the offices the sentence's title names). */
export function neverHeldStart(
  doc: Doc,
  personId: string,
  personStart: number,
  offices: Office[],
  date: DateMention,
  wordsEnd: number,
): Annotation | null {
  if (!doc.dateCertain || !date.explicitYear || date.relative || date.granularity === 'span') return null;
  if (date.first > doc.asOf) return null;
  const person = doc.facts.people.get(personId);
  if (!person || !isConfident(person)) return null;
  // With no country told, the person's own country's office.
  let candidates = offices;
  if (candidates.length > 1 && person.country) candidates = candidates.filter((o) => o.jurisdiction === person.country);
  if (candidates.length !== 1) return null;
  const office = candidates[0];
  if (!office.single || office.coveredFrom > date.first) return null;
  // Of the same role anywhere: "Prime Minister" of another country the person led is a slip of the country, not of
  // the person; that is title.ts's to judge.
  const roles = new Set(office.roles ?? []);
  for (const o of doc.facts.officesByPerson.get(personId) ?? []) if ((o.roles ?? []).some((r) => roles.has(r))) return null;
  const words = doc.text.slice(personStart, wordsEnd);
  if (OTHER_POST_RE.test(words) || DENIAL_RE.test(words)) return null;
  const before = doc.text.slice(Math.max(0, personStart - 30), personStart);
  if (/\b(?:not|never|than|if|whether|claims?|claimed|false(?:ly)?)\b[^.]*$/i.test(before)) return null;
  const seen = new Set<string>();
  const holders = [...holdersOn(office, date.first), ...holdersOn(office, date.last)].filter(
    (h) => h.holder.person !== personId && !seen.has(h.holder.person) && !!seen.add(h.holder.person),
  );
  if (!holders.length || !holders.every((h) => isConfident(h.holder) && h.holder.confidence === 'verified')) return null;
  // A day told past the office's horizon may be a tenure the fact base does not know yet.
  const horizon = pastHorizon(doc.facts, doc.asOf, { office: office.id });
  if (horizon && date.last > horizon) return null;
  const when = date.first === date.last ? `on ${formatDay(date.first)}` : `from ${formatDay(date.first)} to ${formatDay(date.last)}`;
  const names = holders.map((h) => doc.facts.people.get(h.holder.person)?.name ?? h.holder.person).join(' and ');
  const start = Math.min(personStart, date.start);
  const end = Math.max(date.end, wordsEnd);
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict: 'contradicted',
    factIds: [office.id, personId, ...holders.map((h) => h.holder.person)],
    message: `${person.name} has never been ${office.name}; ${when} it was held by ${names}.`,
    fact: `${office.name} ${when}: ${names}`,
    sources: sourcesOfAll(holders.map((h) => h.holder)),
  };
}
