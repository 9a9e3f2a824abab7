// Round 45: "Former US President Mike Pence, who is running for the Republican nomination" (held-out 43 uf005, the
// Jerusalem Post, 29 June 2023: Pence was Vice President 2017-2021, never President), "former NATO Secretary General
// Mircea Geoana" (he was the Deputy): a time word ("former", "then-", "ex-", "late") before an office the person never
// held. title.ts leaves such a title as context, since a holder list is complete only from its `coveredFrom` and an
// earlier tenure may be missing from it (Carl Bildt was Sweden's prime minister in 1991-94 and its foreign minister in
// 2006-14: a list of prime ministers begun in 1995 would miss the first, which "former Swedish Prime Minister" names).
//
// The title is wrong beyond doubt only where no tenure can be missing: the office's holders are on record, one after
// another without a gap, for a working lifetime before the day told (or since the office was created: NATO's Secretary
// General from 1952), and the person's own career is on record within that span (a tenure of theirs, by a confident
// record, starting in it). Whoever held the office before the record starts is long out of public life.
import type { Office } from '../../facts/schema';
import type { Doc } from '../doc';
import { addDays } from '../dates';
import { isConfident, tenuresOf } from '../holders';

// A working lifetime: no one who held an office this long before the day told holds a new one after the record begins.
const LIFETIME_DAYS = 60 * 365;
// Days between one holder's end and the next one's start still read as a handover (an election's count, an acting
// holder left out of a list).
const HANDOVER_GAP_DAYS = 31;

/**
 * The first day from which the office's holder list is complete: its `coveredFrom`, or earlier when the holders before
 * it follow one another without a gap up to it (the US presidency's list runs from Truman, though its coverage is
 * declared from 1989). Only for an office one person holds at a time, with exact days.
 */
export function completeFrom(office: Office): string {
  let from = office.coveredFrom;
  if (!office.single) return from;
  const before = office.holders.filter((h) => h.start < from && h.end).sort((a, b) => (a.start < b.start ? 1 : -1));
  for (const h of before) {
    // Days only: a year or a month ("1994") says nothing of the gap.
    if (h.start.length !== 10 || h.end!.length !== 10) break;
    if (addDays(h.end!, HANDOVER_GAP_DAYS) < from) break;
    from = h.start;
  }
  return from;
}

/**
 * Whether the person never held the office at any time before `day`, beyond doubt: the list complete for a lifetime
 * before the day, the person's career begun within it. The caller has found no tenure of the person's in the office.
 */
export function neverHeldOnRecord(doc: Doc, office: Office, personId: string, day: string): boolean {
  const person = doc.facts.people.get(personId);
  if (!person || !isConfident(person)) return false;
  const from = completeFrom(office);
  if (from > addDays(day, -LIFETIME_DAYS)) return false;
  return (doc.facts.officesByPerson.get(personId) ?? []).some((o) =>
    tenuresOf(personId, o).some((t) => isConfident(t.holder) && t.from >= from && t.from <= day),
  );
}
