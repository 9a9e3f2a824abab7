// Checks the fact base beyond its shape: that ids are unique, that every reference resolves,
// that tenures are ordered and do not collide, and reports where coverage is thin or stale.
// Pure: it takes the raw data and "today" and returns findings, so tests can feed it broken copies
// and `npm run facts:check` (src/cli/facts-check.ts) only does the printing.
//
// Problems are errors in the data (facts:check exits 1). Warnings, coverage gaps and stale facts
// are work to do, not errors: the base is usable with them.
import { FactBaseError, parseFactBase } from './load';
import type { Confidence, FactBase, Holder, Office } from './schema';
import { classifySource, hasPrimaryOrPress } from './sources';
import { addDays } from '../engine/dates';

export interface ValidationReport {
  /** Errors: a fact base with any of these must not ship. */
  problems: string[];
  /** Suspicious but legal data (e.g. an acting holder overlapping a substantive one). */
  warnings: string[];
  /** Offices with periods nobody is recorded for; member states with no current head of government. */
  coverage: string[];
  /** Facts about people still in office that nobody has re-checked for more than a year. */
  stale: string[];
  /** Red-flag-capable (`verified`) facts with no primary or press source: a journalist would want a better one. */
  sourcing: string[];
  /** Knowledge horizons (`checkedThrough` of the base, an office or a list) more than HORIZON_MAX_AGE_DAYS old. */
  horizon: string[];
  counts: Record<string, number>;
}

export interface ValidateOptions {
  /** YYYY-MM-DD: the date coverage, staleness, past-due events and horizons are judged at. */
  today: string;
}

/** A horizon older than this many days is reported: the facts after it are unknown. */
export const HORIZON_MAX_AGE_DAYS = 30;

/**
 * Dates may be partial (YYYY or YYYY-MM). A partial date stands for a range of days, so comparisons
 * use its earliest or latest possible day: two tenures only "overlap" when they certainly do.
 */
export function earliestDay(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

export function latestDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) {
    const [year, month] = date.split('-').map(Number);
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${date}-${String(lastDay).padStart(2, '0')}`;
  }
  return date;
}

/** The schema's regex accepts 2025-02-30; a calendar check catches such typos. */
export function isCalendarDate(date: string): boolean {
  const parts = date.split('-').map(Number);
  const [year, month = 1, day = 1] = parts;
  if (month < 1 || month > 12) return false;
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCFullYear() === year && parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day;
}

const FAR_FUTURE = '9999-12-31';

/** Names a path in a schema error by the ids it passes through: "offices[12] nato-saceur › holders[3] › start". */
function describePath(raw: unknown, dotPath: string): string {
  const parts = dotPath.split('.');
  const out: string[] = [];
  let node: unknown = raw;
  for (const part of parts) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    if (/^\d+$/.test(part) && out.length > 0) {
      const id =
        node !== null && typeof node === 'object'
          ? ((node as { id?: unknown; person?: unknown }).id ?? (node as { person?: unknown }).person)
          : undefined;
      out[out.length - 1] += `[${part}]${typeof id === 'string' ? ` ${id}` : ''}`;
    } else {
      out.push(part);
    }
  }
  return out.join(' › ');
}

export function validateFactBase(raw: unknown, options: ValidateOptions): ValidationReport {
  const report: ValidationReport = { problems: [], warnings: [], coverage: [], stale: [], sourcing: [], horizon: [], counts: {} };
  let base: FactBase;
  try {
    base = parseFactBase(raw);
  } catch (error) {
    if (!(error instanceof FactBaseError)) throw error;
    report.problems.push(
      ...error.problems.map((problem) => {
        const colon = problem.indexOf(': ');
        return colon > 0 ? `schema: ${describePath(raw, problem.slice(0, colon))}: ${problem.slice(colon + 2)}` : `schema: ${problem}`;
      }),
    );
    return report;
  }
  const { today } = options;
  const { problems, warnings } = report;

  report.counts = {
    people: base.people.length,
    offices: base.offices.length,
    holders: base.offices.reduce((sum, office) => sum + office.holders.length, 0),
    jurisdictions: base.jurisdictions.length,
    places: base.places.length,
    events: base.events.length,
    organisations: base.organisations.length,
    sanctions: base.sanctions.length,
    spendingTargets: base.figures.spendingTargets.length,
  };

  // --- unique ids, per kind ---
  const kinds: [string, { id: string }[]][] = [
    ['person', base.people],
    ['office', base.offices],
    ['jurisdiction', base.jurisdictions],
    ['place', base.places],
    ['event', [...base.events, ...(base.euMeetings ?? [])]],
    ['organisation', base.organisations],
    ['sanction', base.sanctions],
    ['spending target', base.figures.spendingTargets],
  ];
  const ids = new Map<string, Set<string>>();
  for (const [kind, items] of kinds) {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) problems.push(`duplicate ${kind} id "${item.id}"`);
      seen.add(item.id);
    }
    ids.set(kind, seen);
  }
  const exists = (kind: string, id: string) => ids.get(kind)!.has(id);
  const requireRef = (kind: string, id: string | undefined, where: string) => {
    if (id !== undefined && !exists(kind, id)) problems.push(`${where} refers to unknown ${kind} "${id}"`);
  };

  // --- every date is a real calendar date ---
  const checkDate = (date: string | undefined, where: string) => {
    if (date !== undefined && !isCalendarDate(date)) problems.push(`${where}: "${date}" is not a calendar date`);
  };

  // --- references ---
  for (const person of base.people) {
    requireRef('jurisdiction', person.country, `person ${person.id} (country)`);
    checkDate(person.checked, `person ${person.id} checked`);
  }
  for (const jurisdiction of base.jurisdictions) {
    if (jurisdiction.nato) checkDate(jurisdiction.nato.joined, `jurisdiction ${jurisdiction.id} nato.joined`);
  }
  for (const office of base.offices) {
    requireRef('jurisdiction', office.jurisdiction, `office ${office.id}`);
    checkDate(office.coveredFrom, `office ${office.id} coveredFrom`);
    checkDate(office.abolished, `office ${office.id} abolished`);
    for (const [index, holder] of office.holders.entries()) {
      const where = `office ${office.id} holder #${index + 1} (${holder.person})`;
      requireRef('person', holder.person, where);
      for (const date of [holder.start, holder.end, holder.checked, ...(holder.altStart ?? []), ...(holder.altEnd ?? [])])
        checkDate(date, where);
      if (holder.end !== undefined && latestDay(holder.end) <= earliestDay(holder.start)) {
        problems.push(`${where}: ends (${holder.end}) before or when it starts (${holder.start})`);
      }
    }
  }
  for (const place of base.places) {
    requireRef('place', place.within, `place ${place.id} (within)`);
  }
  // A cycle in "within" would make "is X in Y?" loop forever in the engine.
  const placesById = new Map(base.places.map((place) => [place.id, place]));
  for (const place of base.places) {
    const visited = new Set<string>([place.id]);
    let parent = place.within ? placesById.get(place.within) : undefined;
    while (parent) {
      if (visited.has(parent.id)) {
        problems.push(`place ${place.id}: "within" chain loops back to ${parent.id}`);
        break;
      }
      visited.add(parent.id);
      parent = parent.within ? placesById.get(parent.within) : undefined;
    }
  }
  for (const event of [...base.events, ...(base.euMeetings ?? [])]) {
    const where = `event ${event.id}`;
    requireRef('place', event.place, `${where} (place)`);
    for (const participant of event.participants) requireRef('person', participant, `${where} (participant)`);
    for (const attendee of event.attendees ?? []) requireRef('person', attendee, `${where} (attendee)`);
    // A programme's parts are the event's own days, each at a place on record.
    for (const part of event.programme ?? []) {
      requireRef('place', part.place, `${where} (programme)`);
      if (part.day < event.start || part.day > (event.end ?? event.start))
        problems.push(`${where}: programme day ${part.day} is outside the event's days`);
    }
    for (const date of [event.start, event.end, event.checked, ...(event.altDates ?? [])]) checkDate(date, where);
    if (event.end !== undefined && latestDay(event.end) < earliestDay(event.start))
      problems.push(`${where}: ends (${event.end}) before it starts (${event.start})`);
    // An event still "scheduled" or "announced" after its last day: its outcome was never recorded, so the
    // popup and the engine would present a past event as upcoming.
    if ((event.status === 'scheduled' || event.status === 'announced') && latestDay(event.end ?? event.start) < today) {
      problems.push(
        `${where}: still "${event.status}" but its date (${event.end ?? event.start}) has passed; record whether it was held, postponed or cancelled`,
      );
    }
    for (const change of event.statusChanges ?? []) {
      checkDate(change.date, `${where} status change`);
      if (latestDay(change.date) < earliestDay(event.start) && change.status !== 'announced') {
        warnings.push(`${where}: status "${change.status}" on ${change.date}, before the event's start ${event.start}`);
      }
    }
  }
  // A series' meetings exist, lie in its stretch and (with a place) were held there.
  const eventsById = new Map(base.events.map((event) => [event.id, event]));
  for (const series of base.eventSeries ?? []) {
    const where = `event series ${series.id}`;
    requireRef('place', series.place, `${where} (place)`);
    for (const side of series.sides ?? []) requireRef('jurisdiction', side, `${where} (side)`);
    if (series.through < series.from) problems.push(`${where}: ends (${series.through}) before it starts (${series.from})`);
    for (const id of series.events) {
      const event = eventsById.get(id);
      if (!event) problems.push(`${where} refers to unknown event "${id}"`);
      else if (earliestDay(event.start) < series.from || earliestDay(event.start) > series.through)
        problems.push(`${where}: ${id} (${event.start}) lies outside ${series.from} – ${series.through}`);
      else if (series.place && event.place !== series.place)
        problems.push(`${where}: ${id} was held elsewhere (${event.place ?? 'no place'})`);
    }
  }
  for (const organisation of base.organisations) requireRef('jurisdiction', organisation.jurisdiction, `organisation ${organisation.id}`);
  const organisationsById = new Map(base.organisations.map((organisation) => [organisation.id, organisation]));
  for (const sanction of base.sanctions) {
    const where = `sanction ${sanction.id}`;
    requireRef('organisation', sanction.issuer, `${where} (issuer)`);
    if (organisationsById.get(sanction.issuer)?.kind === 'company')
      problems.push(`${where}: issuer ${sanction.issuer} is a company, not an authority`);
    requireRef('jurisdiction', sanction.jurisdiction, `${where} (jurisdiction)`);
    for (const target of sanction.targets) requireRef('organisation', target, `${where} (target)`);
    for (const date of [sanction.date, sanction.checked, ...(sanction.altDates ?? [])]) checkDate(date, where);
  }
  for (const target of base.figures.spendingTargets) {
    const where = `spending target ${target.id}`;
    requireRef('event', target.adoptedAt, `${where} (adoptedAt)`);
    checkDate(target.adopted, where);
    checkDate(target.superseded, where);
    if (target.superseded !== undefined && latestDay(target.superseded) <= earliestDay(target.adopted)) {
      problems.push(`${where}: superseded (${target.superseded}) before or when adopted (${target.adopted})`);
    }
    if (target.components) {
      const sum = target.components.reduce((total, component) => total + component.percent, 0);
      if (Math.abs(sum - target.percent) > 1e-9) problems.push(`${where}: components add up to ${sum}%, not ${target.percent}%`);
    }
  }
  // Executive orders, joint announcements, package steps and counts of allies at 2% (sanction-law.json, figures.json).
  const sanctionLaw = base.sanctionLaw;
  for (const order of sanctionLaw?.executiveOrders ?? []) {
    const where = `executive order ${order.number}`;
    requireRef('person', order.president, `${where} (president)`);
    for (const date of [order.signed, order.checked, ...(order.altDates ?? [])]) checkDate(date, where);
  }
  for (const joint of sanctionLaw?.jointAnnouncements ?? []) {
    for (const j of joint.jurisdictions) requireRef('jurisdiction', j, `joint announcement ${joint.id}`);
    checkDate(joint.date, `joint announcement ${joint.id}`);
  }
  for (const step of sanctionLaw?.packageSteps ?? []) checkDate(step.date, `package ${step.package} ${step.step}`);
  for (const cap of sanctionLaw?.priceCaps ?? []) {
    for (const j of cap.jurisdictions) requireRef('jurisdiction', j, `price cap ${cap.id}`);
    for (const date of [cap.from, cap.until, cap.adopted]) if (date) checkDate(date, `price cap ${cap.id}`);
  }
  for (const measure of sanctionLaw?.lngMeasures ?? [])
    for (const date of [measure.adopted, measure.applies]) checkDate(date, `LNG measure ${measure.id}`);
  for (const ban of sanctionLaw?.oilBans ?? []) {
    for (const date of [ban.adopted, ban.applies]) checkDate(date, `oil ban ${ban.id}`);
    if (ban.applies < ban.adopted) problems.push(`oil ban ${ban.id}: applies (${ban.applies}) before adopted (${ban.adopted})`);
  }
  for (const grouping of sanctionLaw?.groupings ?? []) {
    const counts = grouping.memberCounts ?? [];
    counts.forEach((count, i) => {
      for (const date of [count.from, count.until]) if (date) checkDate(date, `grouping ${grouping.id} count ${count.count}`);
      // Consecutive counts: each ends the day the next begins, so a day has exactly one count.
      const next = counts[i + 1];
      if (next && count.until !== next.from)
        problems.push(`grouping ${grouping.id}: count ${count.count} ends ${count.until ?? 'never'}, the next begins ${next.from}`);
    });
  }
  for (const count of base.figures.alliesAtTarget ?? []) checkDate(count.published, `allies at 2% in ${count.year}`);
  for (const plan of base.figures.nationalPlans ?? []) {
    requireRef('jurisdiction', plan.jurisdiction, `national plan ${plan.id}`);
    checkDate(plan.announced, `national plan ${plan.id}`);
  }
  // A force's figures follow one another: each ends the day the next of the same force begins.
  const forces = base.figures.forces ?? [];
  forces.forEach((figure, i) => {
    for (const date of [figure.from, figure.until, figure.statedThrough]) if (date) checkDate(date, `force figure ${figure.id}`);
    const next = forces.slice(i + 1).find((f) => f.force === figure.force);
    if (next && figure.until !== next.from)
      problems.push(`force figure ${figure.id}: ends ${figure.until ?? 'never'}, the next (${next.id}) begins ${next.from}`);
  });
  // A ratification names who ratified: allies (members by then, not the candidate itself).
  for (const step of base.history?.accessionSteps ?? []) {
    const where = `accession step ${step.id}`;
    if (step.step === 'ratified' && !step.by?.length) problems.push(`${where}: a ratification names no ally in "by"`);
    if (step.step !== 'ratified' && step.by) problems.push(`${where}: "by" is only for ratifications`);
    if ((step.step === 'deal-signed' || step.step === 'deal-in-force') !== !!step.party)
      problems.push(`${where}: a deal, and only a deal, names its "party"`);
    if (step.party) requireRef('jurisdiction', step.party, where);
    for (const ally of step.by ?? []) {
      requireRef('jurisdiction', ally, where);
      const member = base.jurisdictions.find((j) => j.id === ally)?.nato;
      if (ally === step.country || !member || earliestDay(member.joined) > latestDay(step.date))
        problems.push(`${where}: "${ally}" was not an ally when it ratified`);
    }
  }
  const founding = base.figures.founding;
  if (latestDay(founding.inForce) < earliestDay(founding.signed))
    problems.push(`figures.founding: in force (${founding.inForce}) before signed (${founding.signed})`);
  requireRef('place', founding.place, 'figures.founding (place)');

  // --- every fact sourced: the schema demands one source; an empty or non-web URL is no source ---
  type Sourced = [where: string, fact: { sources: { url: string }[]; confidence: Confidence; checked: string }];
  const sourced: Sourced[] = [
    ...base.people.map((person): Sourced => [`person ${person.id}`, person]),
    ...base.offices.flatMap((office) =>
      office.holders.map((holder, index): Sourced => [`office ${office.id} holder #${index + 1} (${holder.person})`, holder]),
    ),
    ...[...base.events, ...(base.euMeetings ?? [])].map((event): Sourced => [`event ${event.id}`, event]),
    ...(base.eventSeries ?? []).map((series): Sourced => [`event series ${series.id}`, series]),
    ...base.sanctions.map((sanction): Sourced => [`sanction ${sanction.id}`, sanction]),
    ...base.figures.spendingTargets.map((target): Sourced => [`spending target ${target.id}`, target]),
    ...base.jurisdictions.flatMap((j): Sourced[] => (j.nato ? [[`jurisdiction ${j.id} (nato)`, j.nato]] : [])),
    ['figures.founding', founding],
    ...(sanctionLaw?.executiveOrders ?? []).map((order): Sourced => [`executive order ${order.number}`, order]),
    ...(sanctionLaw?.jointAnnouncements ?? []).map((joint): Sourced => [`joint announcement ${joint.id}`, joint]),
    ...(sanctionLaw?.packageSteps ?? []).map((step): Sourced => [`package ${step.package} ${step.step}`, step]),
    ...(sanctionLaw?.priceCaps ?? []).map((cap): Sourced => [`price cap ${cap.id}`, cap]),
    ...(sanctionLaw?.lngMeasures ?? []).map((measure): Sourced => [`LNG measure ${measure.id}`, measure]),
    ...(sanctionLaw?.oilBans ?? []).map((ban): Sourced => [`oil ban ${ban.id}`, ban]),
    ...(sanctionLaw?.groupings ?? []).map((grouping): Sourced => [`grouping ${grouping.id}`, grouping]),
    ...(base.figures.alliesAtTarget ?? []).map((count): Sourced => [`allies at 2% in ${count.year} (${count.published})`, count]),
    ...(base.figures.forces ?? []).map((figure): Sourced => [`force figure ${figure.id}`, figure]),
    ...(base.figures.nationalPlans ?? []).map((plan): Sourced => [`national plan ${plan.id}`, plan]),
    ...(base.history?.treatyArticles ?? []).map((use): Sourced => [`treaty article use ${use.id}`, use]),
    ...(base.history?.treatyProvisions ?? []).map((provision): Sourced => [`treaty provision ${provision.id}`, provision]),
    ...(base.history?.accessionSteps ?? []).map((step): Sourced => [`accession step ${step.id}`, step]),
    ...(base.history?.euSteps ?? []).map((step): Sourced => [`EU accession step ${step.id}`, step]),
    ...(base.history?.armsControl ?? []).map((step): Sourced => [`arms-control step ${step.id}`, step]),
    ...(base.history?.milestones ?? []).map((m): Sourced => [`milestone ${m.id}`, m]),
  ];
  for (const [where, fact] of sourced) {
    if (fact.sources.length === 0) problems.push(`${where}: no source`);
    for (const source of fact.sources) {
      if (!/^https?:\/\/[^/\s]+/.test(source.url)) problems.push(`${where}: source "${source.url}" is not an http(s) address`);
    }
    // --- source tiers (src/facts/source-tiers.json): no mirror, aggregator or propaganda outlet, whatever the confidence ---
    const classes = fact.sources.map((source) => classifySource(source.url));
    for (const [index, found] of classes.entries()) {
      if (found.tier === 'unacceptable')
        problems.push(`${where}: cites ${found.domain}, an unacceptable source (${found.reason}): ${fact.sources[index].url}`);
    }
    if (fact.confidence === 'verified' && classes.length > 0 && classes.every((found) => found.tier === 'unacceptable')) {
      problems.push(`${where}: verified on unacceptable sources only; find a proper source or set confidence to "weak"`);
    }
    if (fact.confidence === 'verified' && !hasPrimaryOrPress(fact.sources))
      report.sourcing.push(`${where}: no primary or press source (${[...new Set(classes.map((found) => found.domain))].join(', ')})`);
    if (earliestDay(fact.checked) > today) warnings.push(`${where}: "checked" ${fact.checked} is in the future`);
  }

  // --- tenures of single-holder offices do not collide ---
  for (const office of base.offices) {
    checkHolderOrder(office, warnings);
    if (!office.single) continue;
    const holders = [...office.holders].sort((a, b) => earliestDay(a.start).localeCompare(earliestDay(b.start)));
    for (let i = 0; i < holders.length; i++) {
      for (let j = i + 1; j < holders.length; j++) {
        const first = holders[i];
        const second = holders[j];
        // Certain overlap only: the later one certainly started before the earlier one certainly ended.
        const firstEnds = first.end === undefined ? FAR_FUTURE : earliestDay(first.end);
        if (!(latestDay(second.start) < firstEnds)) continue;
        const message = `office ${office.id}: ${first.person} (${first.start} → ${first.end ?? 'present'}) and ${second.person} (${second.start} → ${second.end ?? 'present'}) overlap`;
        // An acting holder may stand in while the substantive one is suspended or incapacitated
        // (a suspended president, a prime minister on leave): legal, but worth a look.
        if (first.acting !== second.acting) warnings.push(`${message} (one is acting)`);
        else problems.push(message);
      }
    }
  }

  // --- alias collisions: the same full name for two people makes a match ambiguous ---
  const aliasOwner = new Map<string, string>();
  for (const person of base.people) {
    for (const alias of new Set(person.aliases.map((alias) => alias.toLowerCase()))) {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== person.id) warnings.push(`alias "${alias}" belongs to both ${owner} and ${person.id}`);
      else aliasOwner.set(alias, person.id);
    }
  }

  report.coverage.push(...coverageGaps(base, today));
  report.stale.push(...staleFacts(base, today));
  report.horizon.push(...oldHorizons(base, today, problems));
  return report;
}

function checkHolderOrder(office: Office, warnings: string[]) {
  for (let i = 1; i < office.holders.length; i++) {
    if (earliestDay(office.holders[i].start) < earliestDay(office.holders[i - 1].start)) {
      warnings.push(
        `office ${office.id}: holders are not in chronological order (${office.holders[i].person} after ${office.holders[i - 1].person})`,
      );
      return;
    }
  }
}

/** Periods since coveredFrom in which no holder is recorded, and member states without a head of government today. */
function coverageGaps(base: FactBase, today: string): string[] {
  const gaps: string[] = [];
  for (const office of base.offices) {
    const until = office.abolished ? earliestDay(office.abolished) : addDays(today, 1);
    // Walk the holders in order, tracking the last day that may be covered so far (tenures are
    // [start, end)); a gap is reported only when it is certain, whatever partial dates stand for.
    const holders = [...office.holders].sort((a, b) => earliestDay(a.start).localeCompare(earliestDay(b.start)));
    // A coveredFrom known only to the year or month is read generously: complete from its last day.
    let coveredUntil = latestDay(office.coveredFrom);
    for (const holder of holders) {
      const start = earliestDay(holder.start);
      if (start > coveredUntil && coveredUntil < until) {
        gaps.push(`office ${office.id}: nobody recorded from ${coveredUntil} to ${start < until ? holder.start : until}`);
      }
      const end = holder.end === undefined ? FAR_FUTURE : latestDay(holder.end);
      if (end > coveredUntil) coveredUntil = end;
    }
    if (coveredUntil < until) {
      gaps.push(
        holders.length === 0
          ? `office ${office.id}: no holders recorded since ${office.coveredFrom}`
          : `office ${office.id}: no current holder (last tenure ended ${coveredUntil})`,
      );
    }
  }

  const governs = (office: Office) => office.headOf === 'government' || office.headOf === 'state-and-government';
  const inOffice = (holder: Holder) => earliestDay(holder.start) <= today && (holder.end === undefined || earliestDay(holder.end) > today);
  for (const jurisdiction of base.jurisdictions) {
    if (!jurisdiction.nato || earliestDay(jurisdiction.nato.joined) > today) continue;
    const offices = base.offices.filter(
      (office) =>
        office.jurisdiction === jurisdiction.id && governs(office) && !(office.abolished && earliestDay(office.abolished) <= today),
    );
    if (offices.length === 0) gaps.push(`member ${jurisdiction.id} (${jurisdiction.name}): no head-of-government office recorded`);
    else if (!offices.some((office) => office.holders.some(inOffice)))
      gaps.push(`member ${jurisdiction.id} (${jurisdiction.name}): no current head of government on ${today}`);
  }
  return gaps;
}

/**
 * Horizons more than HORIZON_MAX_AGE_DAYS before today: the base's, each office's own, each list's.
 * A horizon in the future is a problem (nobody can have checked tomorrow).
 */
function oldHorizons(base: FactBase, today: string, problems: string[] = []): string[] {
  const limit = addDays(today, -HORIZON_MAX_AGE_DAYS);
  const old: string[] = [];
  const judge = (what: string, day: string) => {
    if (!isCalendarDate(day)) problems.push(`${what} checkedThrough "${day}" is not a calendar date`);
    else if (day > today) problems.push(`${what} checkedThrough ${day} is in the future`);
    else if (day < limit) old.push(`${what}: checked through ${day}, more than ${HORIZON_MAX_AGE_DAYS} days ago`);
  };
  judge('fact base (meta.json)', base.checkedThrough);
  for (const [list, day] of Object.entries(base.listsCheckedThrough ?? {})) if (day) judge(`${list} list (meta.json lists.${list})`, day);
  for (const office of base.offices) {
    // Only offices whose holder list is claimed complete have a horizon worth reporting; an own
    // horizon is reported even when it equals the base's, since someone has to re-check it separately.
    if (office.checkedThrough) judge(`office ${office.id}`, office.checkedThrough);
  }
  return old;
}

/** Holders still in office (and the person records behind them) last checked more than a year ago. */
function staleFacts(base: FactBase, today: string): string[] {
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const stale: string[] = [];
  const peopleById = new Map(base.people.map((person) => [person.id, person]));
  const reportedPeople = new Set<string>();
  for (const office of base.offices) {
    for (const holder of office.holders) {
      const current = earliestDay(holder.start) <= today && (holder.end === undefined || earliestDay(holder.end) > today);
      if (!current) continue;
      if (latestDay(holder.checked) < yearAgo) stale.push(`office ${office.id} holder ${holder.person}: last checked ${holder.checked}`);
      const person = peopleById.get(holder.person);
      if (person && !reportedPeople.has(person.id) && latestDay(person.checked) < yearAgo) {
        reportedPeople.add(person.id);
        stale.push(`person ${person.id}: last checked ${person.checked} (still in office as ${office.id})`);
      }
    }
  }
  return stale;
}
