// Who held which office when (a person's tenures of an office, the holders on a day): the
// questions every title, tenure and event claim asks. The tenure *claims* ("has served as ...
// since") are claims/tenure.ts.
import type { Holder, Office, Person } from '../facts/schema';
import type { FactIndex } from '../facts/load';
import { factRange, formatDay } from './dates';
import { sortSources } from '../facts/sources';

/** A tenure as an interval of days: [first day, first day after it) with partial dates widened. */
export interface Tenure {
  office: Office;
  holder: Holder;
  /** Earliest possible first day. */
  from: string;
  /** Latest possible first day (partial start dates are uncertain). */
  fromLate: string;
  /** Earliest possible end (the successor's first day); null while in office. */
  until: string | null;
  untilLate: string | null;
}

function tenureOf(office: Office, holder: Holder): Tenure {
  const start = factRange(holder.start);
  const end = holder.end ? factRange(holder.end) : null;
  return { office, holder, from: start.first, fromLate: start.last, until: end?.first ?? null, untilLate: end?.last ?? null };
}

/**
 * Every tenure of an office, built once per office object (a new fact base brings new ones):
 * titles and events ask for them many times a paragraph. Shared, so never changed by a caller.
 */
const tenuresByOffice = new WeakMap<Office, readonly Tenure[]>();
function tenuresOfOffice(office: Office): readonly Tenure[] {
  let all = tenuresByOffice.get(office);
  if (!all) tenuresByOffice.set(office, (all = office.holders.map((h) => tenureOf(office, h))));
  return all;
}

/**
 * An office's tenures by holder, built once per office object: titles ask for one person's
 * tenures of an office many times a paragraph, and a filter of the office's whole list (dozens of
 * holders for a long-lived office) each time cost more than the rest of the question.
 */
const tenuresByHolder = new WeakMap<Office, ReadonlyMap<string, readonly Tenure[]>>();

export function tenuresOf(personId: string, office: Office): Tenure[] {
  let byHolder = tenuresByHolder.get(office);
  if (!byHolder) {
    const built = new Map<string, Tenure[]>();
    for (const t of tenuresOfOffice(office)) {
      const own = built.get(t.holder.person);
      if (own) own.push(t);
      else built.set(t.holder.person, [t]);
    }
    tenuresByHolder.set(office, (byHolder = built));
  }
  // A copy: callers may sort or add to it, and the index is shared.
  return byHolder.get(personId)?.slice() ?? [];
}

/** 'in' when certainly in office on the day, 'out' when certainly not, 'edge' when partial dates leave it open. */
export function onDay(t: Tenure, day: string): 'in' | 'out' | 'edge' {
  if (day < t.from) return 'out';
  if (t.untilLate !== null && day >= t.untilLate) return 'out';
  if (day < t.fromLate) return 'edge';
  if (t.until !== null && day >= t.until) return 'edge';
  return 'in';
}

/**
 * The holders of an office on the day asked last, per office object: a paragraph's detectors ask
 * about the same offices on the page's date over and over.
 */
const holdersOnLastDay = new WeakMap<Office, { day: string; holders: readonly Tenure[] }>();

export function holdersOn(office: Office, day: string): Tenure[] {
  let last = holdersOnLastDay.get(office);
  if (last?.day !== day) {
    last = { day, holders: tenuresOfOffice(office).filter((t) => onDay(t, day) === 'in') };
    holdersOnLastDay.set(office, last);
  }
  // A copy: callers may sort or add to it, and the list is shared.
  return last.holders.slice();
}

export const isConfident = (x: { confidence: string; disputed?: string }) => x.confidence === 'verified' && !x.disputed;

/**
 * The verdict on a claim read against one record: a right claim is confirmed on a verified record (told only on a
 * weaker one); a wrong one is contradicted only when the caller found it identified beyond doubt (`flaggable`: the
 * form is firm, the page's date certain) and the record is confident, else it is only told.
 */
export function recordVerdict(
  right: boolean,
  record: { confidence: string; disputed?: string },
  flaggable: boolean,
): 'supported' | 'contradicted' | 'context' {
  if (right) return record.confidence === 'verified' ? 'supported' : 'context';
  return flaggable && isConfident(record) ? 'contradicted' : 'context';
}

/** "October 1, 2014 – October 1, 2024" or "since October 1, 2024". */
export function describeTenure(t: Tenure): string {
  return describeFrom(t, t.holder.start);
}

/** A tenure described from `start`, where an unbroken run of the holder's tenures began (runStart). */
function describeFrom(t: Tenure, start: string): string {
  const acting = t.holder.acting ? ' (acting)' : '';
  return t.holder.end ? `${formatDay(start)} – ${formatDay(t.holder.end)}${acting}` : `since ${formatDay(start)}${acting}`;
}

/**
 * The first day of the unbroken run of one holder's tenures that `t` ends: a tenure the fact base splits in two (Keir
 * Starmer's premiership, verified to the day he announced his resignation and weak after it, as caretaker) is one term
 * to a reader, "since July 5, 2024", not "since June 22, 2026". Acting spells are not joined to full ones.
 */
function runStart(own: readonly Tenure[], t: Tenure): string {
  let start = t.holder.start;
  for (let prev = t; ;) {
    const before = own.find((u) => u !== prev && u.holder.end === prev.holder.start && !u.holder.acting === !prev.holder.acting);
    if (!before) return start;
    start = before.holder.start;
    prev = before;
  }
}

export function describeHolder(person: Person | undefined, t: Tenure): string {
  return `${person?.name ?? t.holder.person}: ${t.office.name}, ${describeTenure(t)}`;
}

type Sourced = { sources: Array<{ url: string }> } | undefined;

/** The source URLs of a few facts, each once, best first. */
export const sourcesOf = (...items: Sourced[]): string[] => sourcesOfAll(items);

/**
 * The source URLs of a list of facts of any length, each once, best first (primary, press,
 * reference: the card shows the first, and a reader who clicks under a red flag should land on
 * what a journalist would cite); within a tier, in the facts' order.
 */
export function sourcesOfAll(items: readonly Sourced[]): string[] {
  // Most claims cite one record, and the same records again and again (a holder, an event): its
  // sorted list is kept per record (a fact base's records are not changed once loaded). A copy, so
  // a caller may add to its list.
  if (items.length === 1 && items[0]) {
    let sorted = sortedSourcesByRecord.get(items[0]);
    if (!sorted) sortedSourcesByRecord.set(items[0], (sorted = sortedSourcesOf(items)));
    return sorted.slice();
  }
  return sortedSourcesOf(items);
}

const sortedSourcesByRecord = new WeakMap<object, string[]>();

function sortedSourcesOf(items: readonly Sourced[]): string[] {
  const out: string[] = [];
  for (const item of items) for (const s of item?.sources ?? []) if (!out.includes(s.url)) out.push(s.url);
  return sortSources(out);
}

/** Who a person is on a day, in a few words: their offices then, else their latest. */
export function whoIs(facts: FactIndex, personId: string, day: string): string {
  const person = facts.people.get(personId);
  const offices = facts.officesByPerson.get(personId) ?? [];
  const current: string[] = [];
  let latest: Tenure | null = null;
  for (const office of offices) {
    const own = tenuresOf(personId, office);
    for (const t of own) {
      if (onDay(t, day) === 'in') current.push(`${office.name} (${describeFrom(t, runStart(own, t))})`);
      else if (t.from <= day && (!latest || t.from > latest.from)) latest = t;
    }
  }
  if (current.length) return `${person?.name}: ${current.join('; ')}.`;
  if (latest) return `${person?.name}: formerly ${latest.office.name} (${describeTenure(latest)}). ${person?.description ?? ''}`.trim();
  return `${person?.name}: ${person?.description ?? ''}`.trim();
}
