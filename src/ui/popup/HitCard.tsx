// One lookup result: a disclosure button (title and one line) with, below it, what a reader
// needs at a glance (role timeline, event date/place/status, designation issuer/date), and
// when expanded the description and sources. Links open in new tabs.
import type { TargetedKeyboardEvent } from 'preact';
import type { Source } from '../../facts/schema';
import type { PersonHit, RoleSpan, SearchHit } from '../../search/types';
import { formatDate, formatSpan } from './format';

const KIND_LABELS: Record<SearchHit['kind'], string> = {
  person: 'Person',
  event: 'Event',
  sanction: 'Sanction',
  figure: 'Figure',
  member: 'Member state',
};

const STATUS_LABELS: Record<string, string> = {
  held: 'Held',
  scheduled: 'Scheduled',
  announced: 'Announced',
  postponed: 'Postponed',
  cancelled: 'Cancelled',
};

interface Props {
  hit: SearchHit;
  expanded: boolean;
  onToggle(): void;
  onKeyDown(event: TargetedKeyboardEvent<HTMLButtonElement>): void;
}

export function HitCard({ hit, expanded, onToggle, onKeyDown }: Props) {
  const id = `hit-${hit.key.replace(/[^a-z0-9-]/gi, '-')}`;
  return (
    <li class={`hit hit-${hit.kind}`}>
      <button
        type="button"
        class="hit-head"
        id={id}
        aria-expanded={expanded}
        aria-controls={`${id}-more`}
        onClick={onToggle}
        onKeyDown={onKeyDown}
      >
        <span class="hit-kind">{KIND_LABELS[hit.kind]}</span>
        <span class="hit-title">{hit.title}</span>
        {oneLine(hit) && <span class="hit-line">{oneLine(hit)}</span>}
      </button>
      <Glance hit={hit} />
      <div id={`${id}-more`} class="hit-more" hidden={!expanded}>
        <More hit={hit} />
        <Sources sources={hit.sources} />
      </div>
    </li>
  );
}

function oneLine(hit: SearchHit): string {
  switch (hit.kind) {
    case 'person':
      return hit.matchedRole ? roleLine(hit, hit.matchedRole) : hit.description;
    case 'event':
    case 'sanction':
      // Their date, place, status or issuer show just below, in the glance.
      return '';
    case 'figure':
      return hit.until ? `${formatDate(hit.date)} – ${formatDate(hit.until)}` : `since ${formatDate(hit.date)}`;
    case 'member':
      return `NATO member since ${formatDate(hit.joined)}`;
  }
}

/**
 * The office a person was found by, with its dates and, for a role question, how the person
 * answers it: "Chancellor of Germany, since 6 May 2025 · in office today". Past the fact base's
 * horizon it says how far the data was checked rather than claim to know today.
 */
export function roleLine(hit: PersonHit, role: RoleSpan): string {
  const line = `${role.office}${role.acting ? ' (acting)' : ''}, ${formatSpan(role.start, role.end)}`;
  switch (hit.answer?.kind) {
    case 'current':
      return `${line} · in office today`;
    case 'as-of':
      return `${line} · in office as of ${formatDate(hit.answer.day)}, the last day the fact base was checked`;
    case 'on-date':
      return `${line} · in office ${hit.answer.day.length === 4 ? 'in' : 'on'} ${formatDate(hit.answer.day)}`;
    default:
      return line;
  }
}

function Glance({ hit }: { hit: SearchHit }) {
  switch (hit.kind) {
    case 'person':
      return hit.roles.length ? <Timeline roles={hit.roles} matched={hit.matchedRole} /> : null;
    case 'event':
      return (
        <dl class="facts">
          <dt>Date</dt>
          <dd>{hit.end && hit.end !== hit.start ? `${formatDate(hit.start)} – ${formatDate(hit.end)}` : formatDate(hit.start)}</dd>
          {hit.place && (
            <>
              <dt>Place</dt>
              <dd>{hit.place}</dd>
            </>
          )}
          <dt>Status</dt>
          <dd>
            {STATUS_LABELS[hit.status] ?? hit.status}
            {hit.statusChanges.map((change) => ` · ${STATUS_LABELS[change.status] ?? change.status} ${formatDate(change.date)}`).join('')}
          </dd>
        </dl>
      );
    case 'sanction':
      return (
        <dl class="facts">
          <dt>Issuer</dt>
          <dd>{hit.issuer}</dd>
          <dt>Date</dt>
          <dd>{formatDate(hit.date)}</dd>
          <dt>Targets</dt>
          <dd>{hit.targets.join(', ')}</dd>
        </dl>
      );
    case 'figure':
      return (
        <ul class="figure-detail">
          {hit.detail.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      );
    case 'member':
      return null;
  }
}

function More({ hit }: { hit: SearchHit }) {
  switch (hit.kind) {
    case 'person':
      // The one-line shows the description unless a matched role took its place.
      return hit.matchedRole ? <p>{hit.description}</p> : null;
    case 'event':
      return (
        <>
          <p>{hit.summary}</p>
          {hit.participants.length > 0 && <p class="muted">With {hit.participants.join(', ')}</p>}
        </>
      );
    case 'sanction':
      return (
        <>
          <p>{hit.summary}</p>
          <p class="muted">{hit.programme}</p>
        </>
      );
    case 'figure':
      return <p>{hit.summary}</p>;
    case 'member':
      return (
        <p>
          {hit.title} joined NATO on {formatDate(hit.joined)}.
        </p>
      );
  }
}

/**
 * The role history as a small timeline: one row per office held, a bar placed on a shared
 * axis from the first start to today, and the dates in words for screen readers and for print.
 */
function Timeline({ roles, matched }: { roles: RoleSpan[]; matched?: RoleSpan }) {
  const today = new Date().toISOString().slice(0, 10);
  const time = (iso: string) => Date.parse(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso);
  const from = Math.min(...roles.map((r) => time(r.start)));
  const to = Math.max(time(today), ...roles.map((r) => time(r.end ?? today)));
  const span = Math.max(1, to - from);
  return (
    <ol class="timeline" aria-label="Offices held">
      {roles.map((role) => {
        const left = ((time(role.start) - from) / span) * 100;
        const width = Math.max(1.5, ((time(role.end ?? today) - time(role.start)) / span) * 100);
        const isMatched = matched && matched.officeId === role.officeId && matched.start === role.start;
        return (
          <li key={`${role.officeId}-${role.start}`} class={isMatched ? 'matched' : undefined}>
            <span class="tl-office">
              {role.office}
              {role.acting ? ' (acting)' : ''}
            </span>
            <span class="tl-dates">{formatSpan(role.start, role.end)}</span>
            <span class="tl-track" aria-hidden="true">
              <span class={role.end ? 'tl-bar' : 'tl-bar tl-open'} style={{ left: `${left}%`, width: `${Math.min(width, 100 - left)}%` }} />
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Sources({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <div class="sources">
      <span class="sources-label">Sources</span>
      <ul>
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noopener noreferrer">
              {source.title ?? hostOf(source.url)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};
