// What a popup lookup returns: one hit per fact-base entity, already shaped for display,
// so the UI only lays it out and the tests can read the answer without a DOM.
import type { EventRecord, Source } from '../facts/schema';

/** One office held, for the role timeline. Dates as in the fact base (YYYY[-MM[-DD]]). */
export interface RoleSpan {
  officeId: string;
  office: string;
  start: string;
  /** The day the next holder took over; absent while in office. */
  end?: string;
  acting?: boolean;
  sources: Source[];
}

/** How a holder of `matchedRole` answers a role question. */
export interface HolderAnswer {
  /**
   * current: in office on the reader's date. as-of: in office on the fact base's horizon (its
   * `checkedThrough`), the day asked about lying past it: a change since is unknown to the data.
   * on-date: in office on the year or day typed. other: an earlier (or later) holder.
   */
  kind: 'current' | 'as-of' | 'on-date' | 'other';
  /** The day (YYYY-MM-DD) or year the answer is for: the reader's date, the horizon, or what was typed. */
  day: string;
}

interface HitBase {
  /** Unique across hits: `${kind}:${id}`. */
  key: string;
  id: string;
  title: string;
  /** Fuse's score after the date boost: 0 is a perfect match. */
  score: number;
  sources: Source[];
}

export interface PersonHit extends HitBase {
  kind: 'person';
  description: string;
  /** Every office held, oldest first. */
  roles: RoleSpan[];
  /** The tenure the query asked about ("secretary general 2010"), when it did. */
  matchedRole?: RoleSpan;
  /** When the query was a role question ("dutch pm", "german chancellor 2019"): how this holder answers it. */
  answer?: HolderAnswer;
  /** False when the person is only known as an office holder, with no record of their own. */
  hasRecord: boolean;
}

export interface EventHit extends HitBase {
  kind: 'event';
  eventKind: EventRecord['kind'];
  start: string;
  end?: string;
  place?: string;
  status: EventRecord['status'];
  statusChanges: NonNullable<EventRecord['statusChanges']>;
  participants: string[];
  summary: string;
}

export interface SanctionHit extends HitBase {
  kind: 'sanction';
  issuer: string;
  jurisdiction: string;
  date: string;
  targets: string[];
  programme: string;
  summary: string;
}

export interface FigureHit extends HitBase {
  kind: 'figure';
  summary: string;
  /** The day the figure took effect (adopted, signed). */
  date: string;
  /** The day a later figure replaced it. */
  until?: string;
  detail: string[];
}

export interface MemberHit extends HitBase {
  kind: 'member';
  joined: string;
}

export type SearchHit = PersonHit | EventHit | SanctionHit | FigureHit | MemberHit;
