// Validates the raw fact base and indexes it by id. Everything that reads facts goes
// through here, so a malformed data file fails loudly with the path of the bad field.
import * as v from 'valibot';
import {
  EventRecord as EventRecordSchema,
  FactBase,
  Holder as HolderSchema,
  Office as OfficeSchema,
  Person as PersonSchema,
  type EventRecord,
  type EventSeries,
  type Jurisdiction,
  type Office,
  type Organisation,
  type Person,
  type Place,
  type Sanction,
} from './schema';

export interface FactIndex {
  base: FactBase;
  people: Map<string, Person>;
  offices: Map<string, Office>;
  jurisdictions: Map<string, Jurisdiction>;
  places: Map<string, Place>;
  events: Map<string, EventRecord>;
  /** The European Council's and the EU foreign ministers' meetings (eu-meetings.json), by id; not in `events`. */
  euMeetings: Map<string, EventRecord>;
  /** Series of meetings whose record is complete over a stretch, by id (event-series.json). */
  eventSeries: Map<string, EventSeries>;
  organisations: Map<string, Organisation>;
  sanctions: Map<string, Sanction>;
  /** Offices each person has held, in holder order. */
  officesByPerson: Map<string, Office[]>;
}

export class FactBaseError extends Error {
  constructor(readonly problems: string[]) {
    super(`The fact base is malformed:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'FactBaseError';
  }
}

/**
 * One record in this many of each list is checked first, its result dropped (`primeSchemas`).
 */
const PRIMER_SHARE = 50;

/**
 * Checks a sample of the data before the whole: the schema's checks are shared by every kind of record, and V8 optimised
 * them on the first lists' shapes (people), threw that code away at each new kind of record and compiled it again. Run
 * first over a few records of every list, they are optimised once for all of them: about 35 M instructions less of a
 * page load's 200 M. Nothing is kept of it; the check of the whole gives the answer and reports every problem.
 */
function primeSchemas(raw: unknown): void {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return;
  const sample: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw))
    sample[key] = Array.isArray(value) ? value.filter((_, i) => i % PRIMER_SHARE === 0) : value;
  v.safeParse(FactBase, sample);
}

/** Checks the shape of the data; throws FactBaseError listing every problem. */
export function parseFactBase(raw: unknown): FactBase {
  primeSchemas(raw);
  const result = v.safeParse(FactBase, raw);
  if (!result.success) {
    throw new FactBaseError(result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`));
  }
  return result.output;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

/**
 * A record rebuilt with every field of its schema, in the schema's order, one it lacks as undefined (speed, round 48).
 * The check's output holds only the fields a record has, and V8 gives each set of fields its own hidden class: the 256
 * events had 23, the 1,380 holders 40, the offices 14, the people 6, so every reader's `e.kind`, `h.start` or `o.holders`
 * was a megamorphic load, V8's slowest property access. Rebuilt alike, each kind has one. The same values are read
 * (an absent field was undefined already) and JSON.stringify writes the same text; only `in` and Object.keys would
 * tell, and no reader asks them of these records.
 */
function uniform<T extends object>(record: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (record as Record<string, unknown>)[key];
  return out as T;
}

const EVENT_KEYS = Object.keys(EventRecordSchema.entries);
const HOLDER_KEYS = Object.keys(HolderSchema.entries);
const OFFICE_KEYS = Object.keys(OfficeSchema.entries);
const PERSON_KEYS = Object.keys(PersonSchema.entries);

/** The base with its events, offices (and their holders) and people each of one hidden class (`uniform`). */
function uniformBase(base: FactBase): FactBase {
  return {
    ...base,
    people: base.people.map((p) => uniform(p, PERSON_KEYS)),
    offices: base.offices.map((o) => uniform({ ...o, holders: o.holders.map((h) => uniform(h, HOLDER_KEYS)) }, OFFICE_KEYS)),
    events: base.events.map((e) => uniform(e, EVENT_KEYS)),
  };
}

function indexFactBase(checked: FactBase): FactIndex {
  const base = uniformBase(checked);
  const officesByPerson = new Map<string, Office[]>();
  for (const office of base.offices) {
    for (const holder of office.holders) {
      const list = officesByPerson.get(holder.person) ?? [];
      if (!list.includes(office)) list.push(office);
      officesByPerson.set(holder.person, list);
    }
  }
  return {
    base,
    people: byId(base.people),
    offices: byId(base.offices),
    jurisdictions: byId(base.jurisdictions),
    places: byId(base.places),
    events: byId(base.events),
    euMeetings: byId(base.euMeetings ?? []),
    eventSeries: byId(base.eventSeries ?? []),
    organisations: byId(base.organisations),
    sanctions: byId(base.sanctions),
    officesByPerson,
  };
}

export const loadFactBase = (raw: unknown): FactIndex => indexFactBase(parseFactBase(raw));
