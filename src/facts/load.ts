// Validates the raw fact base and indexes it by id. Everything that reads facts goes
// through here, so a malformed data file fails loudly with the path of the bad field.
import * as v from 'valibot';
import {
  FactBase,
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

/** Checks the shape of the data; throws FactBaseError listing every problem. */
export function parseFactBase(raw: unknown): FactBase {
  const result = v.safeParse(FactBase, raw);
  if (!result.success) {
    throw new FactBaseError(result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`));
  }
  return result.output;
}

const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));

function indexFactBase(base: FactBase): FactIndex {
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
