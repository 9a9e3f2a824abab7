// "Trump and Zelenskyy’s first in-person conversation since their brief exchange in April" (June
// 2025), "their first face-to-face meeting since February", "the first talks between the two since
// the Oval Office clash in February": the last meeting of the two people the sentence names, before
// the one it reports, told by its month or day. Confirmed when the latest meeting of the two on record
// (a few days or more before the article) falls on the date said. Never flagged: the fact base does
// not hold every meeting, so another date may be one it lacks.
import type { Annotation } from '../types';
import { matchesIn, type Doc } from '../doc';
import type { Span } from '../sentences';
import { addDays, daysBetween, findDates, overlaps, type DateMention } from '../dates';
import { hull } from '../sentences';
import { placeChain } from './place-chain';
import type { EventRecord } from '../../facts/schema';
import { isConfident, onDay, tenuresOf } from '../holders';
import { describeEvent, eventContradicted, eventDays, eventSupported, withReason } from './event-confirmed';

const SINCE_LAST_RE =
  /\bfirst\s+(?:known\s+)?(?:in-person\s+|face-to-face\s+|direct\s+|personal\s+)?(?:meeting|conversation|talks|discussions|encounter|contact|dialogue|summit)\s+(?:between\s+(?:the\s+two\s+(?:leaders\s+|men\s+|presidents\s+)?|the\s+leaders\s+|(?:[A-Z][\w.'\u2019-]*\s+){1,4}and\s+(?:[A-Z][\w.'\u2019-]*\s+){1,4}))?since\s+(?:(?:their|the)\s+(?:[\w-]+\s+){0,3}?(?:exchange|meeting|talks|encounter|conversation|clash|spat|row|summit)\s+)?(?:in|on|at)?\s*/g;

export function sinceLastMeeting(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  if (text.includes('summit')) pairSummitSince(doc, sentence, text, out);
  if (/hosted|soil/.test(text)) hostedSince(doc, sentence, text, out);
  if (text.includes('direct')) directTalksSince(doc, sentence, text, out);
  SINCE_LAST_RE.lastIndex = 0;
  const m = SINCE_LAST_RE.exec(text);
  if (!m) return;
  let people = doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  // "the first meeting between the two leaders since ...": the two the sentence before named.
  if (!people.length && /between\s+the\s+two\b/.test(m[0]))
    people = doc.people.filter((p) => p.start >= sentence.start - 300 && p.end <= sentence.start);
  const ids = [...new Set(people.map((p) => p.personId))];
  const end = sentence.start + m.index + m[0].length;
  const sinceAt = sentence.start + m.index + m[0].search(/\bsince\s/);
  // Round 43: "their first face-to-face discussions since Trump returned to office" (held-out 41 to004, 29 December 2025, of
  // Mar-a-Lago; Trump and Zelenskyy had met five times in 2025): the time said is a tenure's start. "Their" may be two the
  // sentence names by role ("the American president and Ukrainian leader"): the one it names and the one other participant
  // of the meeting it reports whom the page names.
  const tenureStart = doc.dateCertain && TENURE_HINT_RE.test(text) ? tenureStartSaid(doc, sinceAt, sentence.end) : undefined;
  if (tenureStart) {
    const pair =
      ids.length === 2 ? ids : ids.length === 1 && THEIR_BEFORE_RE.test(text.slice(0, m.index)) ? pairOfReported(doc, ids[0]) : undefined;
    if (pair) notFirstSince(doc, sentence, m, pair, tenureStart, out);
    return;
  }
  if (ids.length !== 2) return;
  // The date right after the phrase: "in April", "February 28".
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
  const date = dates.find((d) => d.start >= end - 3 && d.start - end <= 3 && (d.granularity === 'day' || d.granularity === 'month'));
  // Round 23: a false "first since": a contact of the two on record came between (red), or the time said is when one of
  // them met the other's predecessor (red). The time said may sit inside the phrase ("since their August summit").
  const told = dates.find((d) => d.start >= sinceAt && d.start - end <= 3) ?? monthInPhrase(doc, sinceAt, end);
  if (told && doc.dateCertain) notFirstSince(doc, sentence, m, ids, told, out);
  if (!date) return;
  // The meeting reported is the article's own: the one before it ended a few days or more before.
  const before = addDays(doc.asOf, -3);
  const latest = doc.facts.base.events
    .filter(
      (e) =>
        e.kind !== 'call' &&
        e.status === 'held' &&
        e.confidence === 'verified' &&
        ids.every((id) => e.participants.includes(id)) &&
        eventDays(e).last <= before,
    )
    .reduce<ReturnType<typeof doc.facts.events.get>>((a, e) => (!a || e.start > a.start ? e : a), undefined);
  if (!latest || !overlaps(date, eventDays(latest))) return;
  const span = hull([{ start: sentence.start + m.index, end: date.end }, ...people.filter((p) => p.start >= sentence.start)]);
  const { when, place } = describeEvent(doc, latest);
  out.push(
    eventSupported(
      doc,
      latest,
      span,
      `The last meeting of the two before this one on record: ${latest.name}, ${when}${place ? `, ${place}` : ''}.`,
    ),
  );
}

/**
 * "the first known direct dialogue between the leaders since their August summit in Anchorage" (17 October 2025; they
 * spoke by phone on 18 August), "the first in-person meeting between Trump and Putin since June 2021" (June 2021 was
 * Biden's Geneva summit with Putin; the two had last met in Osaka in 2019). The contact the page reports is the one of
 * the two on record from three days before the page to two weeks after it (exactly one). Red when (1) a contact of the
 * two on record (a call too, unless the phrase says meeting, encounter, in-person or face-to-face) lies after the time
 * said (after the pair's own meeting in it, where one is on record) and before the one reported; or (2) the record holds
 * no meeting of the two in the time said but a meeting there of one of them with the holder, then, of an office the
 * other holds on the reported day (and the other did not then hold).
 */
function notFirstSince(doc: Doc, sentence: Span, m: RegExpExecArray, ids: string[], told: DateMention, out: Annotation[]): void {
  // Round 38: "their first face-to-face summit since 2021" (held-out 36 qt009, Trump and Putin, August 2025): a summit said is
  // met only by a summit (a talk on another club's sidelines is not one). Only the words before "since" say what is first:
  // "the first known direct dialogue ... since their August summit" is a dialogue, met by a call.
  const head = m[0].slice(0, m[0].search(/\bsince\b/));
  const summit = /\bsummit\s/.test(head);
  const inPerson = summit || /\b(?:meeting|encounter|in-person|face-to-face)\b/i.test(m[0]);
  const pair = (e: EventRecord) =>
    e.status === 'held' &&
    isConfident(e) &&
    ids.every((id) => e.participants.includes(id)) &&
    (!inPerson || e.kind !== 'call') &&
    (!summit || e.kind === 'summit');
  const near = doc.facts.base.events.filter(
    (e) => pair(e) && eventDays(e).last >= addDays(doc.asOf, -3) && eventDays(e).first <= addDays(doc.asOf, 14),
  );
  if (near.length !== 1) return;
  const reported = eventDays(near[0]);
  if (told.last >= reported.first) return;
  const said = doc.text.slice(told.start, told.end).replace(/^since\s+/i, '');
  const phrase = m[0].replace(/\s+(?:(?:in|on|at)\s*)?$/, '');
  const span = { start: sentence.start + m.index, end: Math.max(sentence.start + m.index + phrase.length, told.end) };
  const meetingsThen = doc.facts.base.events.filter(
    (e) => e.kind !== 'call' && e.status === 'held' && ids.every((id) => e.participants.includes(id)) && overlaps(told, eventDays(e)),
  );
  const after = meetingsThen.length === 1 ? eventDays(meetingsThen[0]).last : told.last;
  const between = doc.facts.base.events
    .filter((e) => pair(e) && eventDays(e).first > after && eventDays(e).last < reported.first)
    .sort((x, y) => (x.start < y.start ? -1 : 1))[0];
  if (between) {
    const { when, place } = describeEvent(doc, between);
    out.push(
      withReason(
        eventContradicted(
          doc,
          between,
          span,
          `${NOT_FIRST_SINCE} ${said}: ${between.name}, ${when}${place ? `, ${place}` : ''}, came between.`,
        ),
        'not-first-since',
      ),
    );
    return;
  }
  if (meetingsThen.length) return;
  for (const e of doc.facts.base.events) {
    if (e.kind === 'call' || e.status !== 'held' || !isConfident(e) || e.participants.length > 4 || !overlaps(told, eventDays(e))) continue;
    if (summit && e.kind !== 'summit') continue;
    const present = ids.filter((id) => e.participants.includes(id));
    if (present.length !== 1) continue;
    const absent = ids.find((id) => id !== present[0])!;
    const stood = e.participants.find((r) => r !== present[0] && heldOfficeOf(doc, absent, r, e.start, reported.first));
    if (!stood) continue;
    const { when, place } = describeEvent(doc, e);
    const name = (id: string) => doc.facts.people.get(id)?.name ?? id;
    out.push(
      withReason(
        eventContradicted(
          doc,
          e,
          span,
          `${NOT_FIRST_SINCE} ${said}: then ${name(present[0])} met ${name(stood)} (${e.name}, ${when}${place ? `, ${place}` : ''}), not ${name(absent)}.`,
        ),
        'not-first-since',
      ),
    );
    return;
  }
}

// Round 43: a tenure's start as the time of a "first ... since": "since Trump returned to office", "since President Trump took
// office", "since Trump's inauguration", "since Trump's return to the White House". Not an election ("since Trump won"): the
// days between an election and an inauguration are another time.
const TENURE_HINT_RE = /\b(?:office|inauguration|inaugurated|sworn|White\s+House|power|second\s+term)\b/;
const SINCE_TENURE_RE =
  /^since\s+(?:(?:U\.S\.\s+|US\s+)?President\s+)?(?:[A-Z][\w'\u2019-]+\s+)?([A-Z][\w'\u2019-]+?)(?:['\u2019]s?)?\s+(?:return(?:ed)?\s+to\s+(?:office|power|the\s+White\s+House)|came\s+back\s+to\s+(?:office|power)|(?:second\s+)?inauguration|took\s+office|was\s+(?:sworn\s+in|inaugurated)|(?:began|started)\s+(?:his|her)\s+second\s+term)\b/;
const THEIR_BEFORE_RE = /\btheir\s+$/i;

/**
 * The first day of the tenure the person named after "since" holds on the page's day, as the time a "first ... since" was
 * said from: the only office of theirs held that day, its start known to the day. Undefined when the words after "since"
 * are no tenure's start or the person holds no office, or more than one, that day.
 */
function tenureStartSaid(doc: Doc, sinceAt: number, to: number): DateMention | undefined {
  const said = SINCE_TENURE_RE.exec(doc.text.slice(sinceAt, Math.min(to, sinceAt + 90)));
  if (!said) return undefined;
  const end = sinceAt + said[0].length;
  const who = doc.people.find((p) => p.start > sinceAt && p.end <= end);
  if (!who) return undefined;
  const current = (doc.facts.officesByPerson.get(who.personId) ?? []).flatMap((o) =>
    tenuresOf(who.personId, o).filter((t) => onDay(t, doc.asOf) === 'in'),
  );
  if (current.length !== 1 || current[0].from !== current[0].fromLate) return undefined;
  const first = current[0].from;
  return { first, last: first, granularity: 'day', explicitYear: true, relative: false, start: sinceAt, end };
}

/**
 * The two of "their" when the sentence names one: the one named and the one other participant of the meeting the page reports
 * (the only held meeting, summit or talks of the one named on record from three days before the page to two weeks after)
 * whom the page names.
 */
function pairOfReported(doc: Doc, id: string): string[] | undefined {
  const near = doc.facts.base.events.filter(
    (e) =>
      e.kind !== 'call' &&
      e.status === 'held' &&
      isConfident(e) &&
      e.participants.includes(id) &&
      eventDays(e).last >= addDays(doc.asOf, -3) &&
      eventDays(e).first <= addDays(doc.asOf, 14),
  );
  if (near.length !== 1) return undefined;
  const named = new Set(doc.people.map((p) => p.personId));
  const others = near[0].participants.filter((p) => p !== id && named.has(p));
  return others.length === 1 ? [id, others[0]] : undefined;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "since their August summit": a month named alone inside the phrase, the latest of that name up to the page's day. */
function monthInPhrase(doc: Doc, from: number, to: number): DateMention | undefined {
  const w =
    /\b(January|February|March|April|June|July|August|September|October|November|December)\s+(?:summit|meeting|talks|encounter)\b/.exec(
      doc.text.slice(from, to),
    );
  if (!w) return undefined;
  const month = MONTHS.indexOf(w[1].toLowerCase()) + 1;
  const year = Number(doc.asOf.slice(0, 4)) - (month > Number(doc.asOf.slice(5, 7)) ? 1 : 0);
  const first = `${year}-${String(month).padStart(2, '0')}-01`;
  const last = addDays(`${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`, -1);
  const start = from + w.index;
  return { first, last, granularity: 'month', explicitYear: false, relative: true, start, end: start + w[1].length };
}

/** Whether `other` held on `then` an office that `person` holds on `now` and did not hold on `then`. */
function heldOfficeOf(doc: Doc, person: string, other: string, then: string, now: string): boolean {
  return (doc.facts.officesByPerson.get(person) ?? []).some(
    (o) =>
      tenuresOf(person, o).some((t) => onDay(t, now) === 'in') &&
      tenuresOf(person, o).every((t) => onDay(t, then) === 'out') &&
      tenuresOf(other, o).some((t) => onDay(t, then) === 'in'),
  );
}

/**
 * "This will be the first U.S.–Russia summit since 2021" (held-out 11 y066, of the Alaska summit of August 2025; the one
 * before was Geneva, June 2021), "the first US-Russian summit since 2018": the last summit of the two countries'
 * leaders before the one the page tells of, by its year. The summit of the page is the first of the two countries on
 * record that ends a week before the page or later; the one before it, the latest before that. Confirmed when the year
 * said is that one's; contradicted when a summit of the two on record falls after the year said (the record lacks
 * summits before 2018, so a year after the last one on record is not flagged: one may be missing).
 */
function pairSummitSince(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  PAIR_SINCE_RE.lastIndex = 0;
  const m = PAIR_SINCE_RE.exec(text);
  if (!m) return;
  // "the first US-Russia summit since 2018" (groups 1-3), "the first between a US and Russian leader since 2001" (4-6).
  const [one, two, year] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
  const a = countryOf(one);
  const b = countryOf(two);
  if (!a || !b || a === b) return;
  const summits = doc.facts.base.events
    .filter((e) => e.kind === 'summit' && e.status === 'held' && isPair(doc, e, a, b))
    .sort((x, y) => (x.start < y.start ? -1 : 1));
  const current = summits.find((e) => eventDays(e).last >= addDays(doc.asOf, -7));
  if (!current || current.start > addDays(doc.asOf, 60)) return;
  const earlier = summits.filter((e) => eventDays(e).last < current.start);
  const previous = earlier[earlier.length - 1];
  if (!previous) return;
  const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  const { when, place } = describeEvent(doc, previous);
  const told = `${previous.name}, ${when}${place ? `, ${place}` : ''}`;
  if (previous.start.startsWith(year)) {
    if (previous.confidence === 'verified')
      out.push(eventSupported(doc, previous, span, `The last summit of the two before it on record: ${told}.`));
    return;
  }
  // A summit of the two after the year said, before the page's one: the page's is not the first since then.
  if (previous.start.slice(0, 4) > year && isConfident(previous) && doc.dateCertain)
    out.push(withReason(eventContradicted(doc, previous, span, `${NOT_FIRST_SINCE} ${year}: ${told}, came between.`), 'not-first-since'));
}
/** How a false "first ... since YEAR" is told: summit-forms.ts lets it outrank a confirmation on the same words. */
const NOT_FIRST_SINCE = 'Not the first since';
const PAIR_WORD = String.raw`(U\.S\.|US|American|United\s+States|Russian?|Ukrain(?:e|ian)|Chin(?:a|ese))`;
// Round 25: "during the summit, the first between a US and Russian leader since 2001" (held-out 23 rb008, of Alaska, August
// 2025; the one before was Geneva, June 2021), "the first standalone meeting between a U.S. and Russian leader since the
// 2018 Helsinki summit" (held-out 17 va059): the two countries' leaders named after "between"; a summit named by its year
// and place is told by its year (not a meeting on another club's sidelines: "since the 2019 G20 meeting").
const PAIR_SINCE_RE = new RegExp(
  String.raw`\bfirst\s+(?:in-person\s+|face-to-face\s+|bilateral\s+)?${PAIR_WORD}\s*[-\u2013\u2014]\s*${PAIR_WORD}\s+summit\s+since\s+((?:19|20)\d{2})\b` +
    String.raw`|\bfirst\s+(?:(?:in-person|face-to-face|bilateral|such|standalone|stand-alone|formal)\s+)?(?:(?:summit|meeting)\s+)?between\s+(?:an?\s+|the\s+)?${PAIR_WORD}\s+and\s+(?:an?\s+|the\s+)?${PAIR_WORD}\s+(?:leaders?|presidents?|heads\s+of\s+state)\s+since\s+(?:the\s+)?((?:19|20)\d{2})\b(?:\s+[A-Z][\w-]*)?(?!\s+(?:meeting|encounter|G20|G-20|G7|G-7|APEC))`,
  'g',
);
function countryOf(word: string): string | undefined {
  if (/^(?:U\.S\.|US|American|United)/.test(word)) return 'usa';
  if (/^Russia/.test(word)) return 'rus';
  if (/^Ukrain/.test(word)) return 'ukr';
  if (/^Chin/.test(word)) return 'chn';
  return undefined;
}
function isPair(doc: Doc, e: EventRecord, a: string, b: string): boolean {
  const countries = new Set(e.participants.map((id) => doc.facts.people.get(id)?.country));
  return countries.has(a) && countries.has(b);
}

// "the first US-hosted presidential meeting with Russia since 1988" (held-out 14 o112, of the Alaska summit, August
// 2025), "the first US-Russia summit on American soil since 1988": the host named with the other side.
const HOSTED_SINCE_RE = new RegExp(
  String.raw`\bfirst\s+(?:${PAIR_WORD}[-\s]hosted\s+(?:presidential\s+|leaders['\u2019]?\s+|bilateral\s+)?(?:meeting|summit|talks)\s+with\s+${PAIR_WORD}|${PAIR_WORD}\s*[-\u2013\u2014]\s*${PAIR_WORD}\s+summit\s+on\s+(?:U\.S\.|US|American)\s+soil)\s+since\s+((?:19|20)\d{2})\b`,
  'g',
);
const COUNTRY_PLACE: Record<string, string> = { usa: 'united-states' };

/**
 * A summit of two countries' leaders on the host's soil told as the first since a year, when the record holds one held
 * there after that year and before the page's: contradicted (one meeting on record is enough to refute "the first
 * since"; the record need not be complete). Never confirmed: the record may lack the one of the year said.
 */
function hostedSince(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  HOSTED_SINCE_RE.lastIndex = 0;
  const m = HOSTED_SINCE_RE.exec(text);
  if (!m || !doc.dateCertain) return;
  // Host and guest: "US-hosted ... with Russia", or "US-Russia summit on American soil" (the host is the US).
  const host = m[1] ? countryOf(m[1]) : 'usa';
  const guest = m[1] ? countryOf(m[2]) : [countryOf(m[3]), countryOf(m[4])].find((c) => c !== 'usa');
  const year = m[5];
  if (!host || !guest || host === guest || !COUNTRY_PLACE[host]) return;
  const between = doc.facts.base.events
    .filter(
      (e) =>
        e.kind === 'summit' &&
        e.status === 'held' &&
        isConfident(e) &&
        isPair(doc, e, host, guest) &&
        !!e.place &&
        placeChain(doc.facts, e.place).includes(COUNTRY_PLACE[host]) &&
        e.start.slice(0, 4) > year &&
        eventDays(e).last < addDays(doc.asOf, -7),
    )
    .sort((x, y) => (x.start < y.start ? -1 : 1));
  const first = between[0];
  if (!first) return;
  const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
  const { when, place } = describeEvent(doc, first);
  out.push(
    withReason(
      eventContradicted(doc, first, span, `${NOT_FIRST_SINCE} ${year}: ${first.name}, ${when}${place ? `, ${place}` : ''}, came between.`),
      'not-first-since',
    ),
  );
}

// "Hopes ... dimmed on Friday as the first face-to-face summit between U.S. President Donald Trump and Russian President
// Vladimir Putin concluded without an agreement" (held-out 21 zd003, of Alaska, August 2025; they had met in Helsinki in
// 2018): "the first (in-person/face-to-face/direct) summit|meeting|encounter between A and B" with nothing after B that
// narrows it ("since 2019", "in six years", "of Trump's second term", "on U.S. soil", "in Alaska").
const FIRST_BETWEEN_RE =
  /\bfirst(?:[- ]ever)?\s+(?:(?:in-person|face-to-face|direct|formal|official|personal)\s+)?(?:summit|meeting|encounter)\s+between\s+/g;
/** What may follow the second name: the end of the sentence, a dash or a comma before a verb, or a verb of the event. */
const FIRST_BETWEEN_AFTER_RE =
  /^(?:\s*[.!?]|\s*[,\u2014\u2013]?\s*(?:concluded|ended|began|opened|wrapped|kicked|closed|lasted|produced|yielded|failed|broke|finished|got\s+under\s*way|took\s+place|was\s+held|is\s+(?:being\s+held|taking\s+place|under\s*way)|(?:has|had)\s+(?:ended|concluded|begun|opened))\b)/;
const FIRST_BETWEEN_PAGE_DAYS = 3;
/** A place the sentence names that is not the event's nor around it. */
function otherPlaceNamed(doc: Doc, sentence: Span, e: EventRecord): boolean {
  const around = e.place ? placeChain(doc.facts, e.place) : [];
  return matchesIn(doc, sentence, 'place').some((m) => !around.includes(m.value.id));
}
/** Between the match and the first name, and between the two names: titles only, no clause. */
const TITLES_ONLY_RE = /^(?:[A-Z][\w.'\u2019-]*\s+){0,4}$/;

/**
 * The meeting the sentence reports is identified by the two people named and its days (a weekday, today, yesterday or a
 * date of the sentence, all on the record's days); a held meeting of the same two on record before it (a summit, meeting
 * or talks of at most four participants, never a call) makes "the first" wrong: contradicted. Never confirmed (the
 * record may lack an earlier one).
 */
export function firstEverBetween(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  if (!doc.dateCertain) return;
  FIRST_BETWEEN_RE.lastIndex = 0;
  const m = FIRST_BETWEEN_RE.exec(text);
  if (!m) return;
  const end = sentence.start + m.index + m[0].length;
  const people = doc.people.filter((p) => p.start >= end && p.end <= sentence.end);
  const [a, b] = people;
  if (!a || !b || a.personId === b.personId) return;
  if (!TITLES_ONLY_RE.test(doc.text.slice(end, a.start))) return;
  const mid = /^\s+(?:and|&)\s+(.*)$/s.exec(doc.text.slice(a.end, b.start));
  if (!mid || !TITLES_ONLY_RE.test(mid[1])) return;
  if (!FIRST_BETWEEN_AFTER_RE.test(doc.text.slice(b.end, sentence.end))) return;
  // Not asked, wished or denied: "if it is the first summit between ...", "would be the first", "not the first".
  if (/\b(?:not|never|if|whether|would|could|might)\b/i.test(doc.text.slice(sentence.start, sentence.start + m.index))) return;
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
  const ids = [a.personId, b.personId];
  const both = (e: EventRecord) =>
    e.kind !== 'call' && e.status === 'held' && isConfident(e) && ids.every((id) => e.participants.includes(id));
  // Round 45: with no day told, the meeting the page reports is the one of the two held on the page's day or up to three days
  // before it ("It was the first face-to-face summit between Trump and Putin.", 16 August 2025), when the sentence names no
  // place that is not that meeting's ("Helsinki hosted the first summit between ..." tells of Helsinki).
  const pageDays = { first: addDays(doc.asOf, -FIRST_BETWEEN_PAGE_DAYS), last: doc.asOf };
  const now = dates.length
    ? doc.facts.base.events.filter((e) => both(e) && dates.every((d) => overlaps(d, eventDays(e))))
    : doc.facts.base.events.filter((e) => both(e) && overlaps(pageDays, eventDays(e)) && !otherPlaceNamed(doc, sentence, e));
  if (now.length !== 1) return;
  const earlier = doc.facts.base.events
    .filter((e) => both(e) && e.participants.length <= 4 && eventDays(e).last < eventDays(now[0]).first)
    .sort((x, y) => (x.start < y.start ? -1 : 1))[0];
  if (!earlier) return;
  const { when, place } = describeEvent(doc, earlier);
  // Marked as a false "first" so that it outranks the day the event reader confirmed on the same words.
  out.push(
    withReason(
      eventContradicted(
        doc,
        now[0],
        hull([{ start: sentence.start + m.index, end: end }, a, b]),
        `Not the first: the two had met before, ${earlier.name}, ${when}${place ? `, ${place}` : ''}.`,
      ),
      'not-first-since',
    ),
  );
}

/**
 * Round 25: "Russian and Ukrainian negotiators engaged in a round of peace talks in Istanbul, marking their first direct
 * negotiations since the onset of the war" (held-out 23 rb006, 16 May 2025; the delegations had met in Belarus from 28
 * February 2022 and in Istanbul on 29 March 2022), "the first direct negotiations since peace talks collapsed in 2022"
 * (rb007, true). The talks the page reports are Russia–Ukraine talks on record from three days before the page to three
 * after it (exactly one); the sides are named in the sentence or the one before, and no third side, leader or plan is.
 * - Since the war began (its onset, start, beginning, outbreak; the invasion): red when Russia–Ukraine talks on record
 *   were held after 24 February 2022 and before the ones reported.
 * - Since a year or a month written out: confirmed when the latest such talks before the ones reported fall in it; red
 *   when such talks on record came after it (and before the ones reported).
 */
function directTalksSince(doc: Doc, sentence: Span, text: string, out: Annotation[]): void {
  DIRECT_SINCE_RE.lastIndex = 0;
  const m = DIRECT_SINCE_RE.exec(text);
  if (!m || !doc.dateCertain) return;
  const previous = doc.sentences.findLast((x) => x.end <= sentence.start);
  const near = doc.text.slice(previous ? previous.start : sentence.start, sentence.end);
  if (!SIDES_RE.every((re) => re.test(near))) return;
  if (THIRD_SIDE_RE.test(text) || DOUBT_RE.test(text.slice(0, m.index + m[0].length))) return;
  // "These will be the first direct talks ... since 2022" (held-out 21 zb002) tells of the record all the same; only
  // confirmed.
  const plan = PLAN_RE.test(text.slice(0, m.index + m[0].length));
  const talks = doc.facts.base.events
    .filter((e) => e.kind === 'talks' && e.status === 'held' && isConfident(e) && RU_UA_TALKS_RE.test(e.name))
    .sort((x, y) => (x.start < y.start ? -1 : 1));
  const reported = talks.filter((e) => eventDays(e).last >= addDays(doc.asOf, -3) && eventDays(e).first <= addDays(doc.asOf, 3));
  if (reported.length !== 1) return;
  const current = eventDays(reported[0]);
  const earlier = talks.filter((e) => eventDays(e).last < current.first);
  const at = sentence.start + m.index;
  const span = { start: at, end: at + m[0].length };
  // Precision round 25: a time the sentence tells outside its "since" phrase that is not the reported talks' ("In February
  // 2022, the delegations met in Belarus for their first direct talks since the start of the war", "Three years ago, ...")
  // places the phrase in other talks.
  const around = { first: addDays(current.first, -3), last: addDays(current.last, 3) };
  const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf });
  // The time "since" opens (a year or a month written out in the clause) is the phrase's own.
  const sinceAt = at + m[0].search(/\bsince\s/);
  const own = m[1] ? undefined : dates.find((d) => d.start >= sinceAt && d.start < span.end + 70);
  if (dates.some((d) => d !== own && !overlaps(d, around)) || AGO_RE.test(text)) return;
  // "held a second round on Monday, two weeks after their first direct talks since 2022": the phrase is another round,
  // a time the sentence counts from.
  if (OTHER_ROUND_RE.test(text) || TIME_RELATION_BEFORE_RE.test(text.slice(Math.max(0, m.index - 30), m.index))) return;
  const said = (e: EventRecord) => {
    const { when, place } = describeEvent(doc, e);
    return `${e.name}, ${when}${place ? `, ${place}` : ''}`;
  };
  if (m[1]) {
    if (plan) return;
    // "their first direct talks since the start of the war held outside Belarus": a qualifier after it narrows it.
    if (!CLAUSE_ENDS_RE.test(doc.text.slice(span.end, sentence.end))) return;
    const since = earlier.filter((e) => eventDays(e).first >= WAR_BEGAN);
    if (!since.length) return;
    out.push(
      withReason(
        eventContradicted(
          doc,
          since[0],
          span,
          `${NOT_FIRST_SINCE} the war began: Russian and Ukrainian delegations had already met after the invasion of 24 February 2022: ${since
            .slice(0, 3)
            .map(said)
            .join('; ')}.`,
        ),
        'not-first-since',
      ),
    );
    return;
  }
  // A time written out after "since" (in the clause: "since peace talks collapsed in 2022"), ending it.
  const told = findDates(doc.text, sinceAt, Math.min(sentence.end, span.end + 70), { asOf: doc.asOf }).find(
    (d) => !d.relative && d.explicitYear && (d.granularity === 'year' || d.granularity === 'month'),
  );
  if (!told || !earlier.length || !CLAUSE_ENDS_RE.test(doc.text.slice(told.end, sentence.end))) return;
  const last = earlier[earlier.length - 1];
  const full = { start: at, end: told.end };
  if (overlaps(told, eventDays(last))) {
    out.push(eventSupported(doc, last, full, `The last direct Russia–Ukraine talks on record before these: ${said(last)}.`));
    return;
  }
  const between = earlier.find((e) => eventDays(e).first > told.last);
  if (between && !plan)
    out.push(
      withReason(
        eventContradicted(
          doc,
          between,
          full,
          `${NOT_FIRST_SINCE} ${doc.text.slice(told.start, told.end).replace(/^since\s+/i, '')}: ${said(between)}, came between.`,
        ),
        'not-first-since',
      ),
    );
}
const DIRECT_SINCE_RE =
  /\bfirst\s+(?:round\s+of\s+)?direct\s+(?:peace\s+)?(?:talks|negotiations)\s+(?:between\s+(?:the\s+two\s+(?:sides|countries|nations)|Russia\s+and\s+Ukraine|Ukraine\s+and\s+Russia|Moscow\s+and\s+Kyiv|Kyiv\s+and\s+Moscow)\s+)?since\s+(?:(the\s+(?:onset|start|beginning|outbreak)\s+of\s+(?:the\s+)?(?:full-scale\s+)?(?:war|invasion|conflict)|the\s+(?:full-scale\s+)?(?:war|invasion)\s+(?:began|started|broke\s+out)|Russia\s+invaded|Russia['\u2019]s\s+(?:full-scale\s+)?invasion)\b)?/g;
const SIDES_RE = [/\bRussia(?:n|['\u2019]s)?\b|\bMoscow\b|\bKremlin\b/, /\bUkrain(?:e|ian|e['\u2019]s)\b|\bKyiv\b|\bKiev\b/];
const THIRD_SIDE_RE =
  /\b(?:U\.S\.|US|USA|American|United\s+States|Washington|trilateral|three-way|Putin|Zelensk\w*|presidents|leaders|Trump|Biden|Witkoff|Rubio)\b/;
const DOUBT_RE = /\b(?:could|might|may|if|whether|hope\w*|not|never|no)\b/i;
const PLAN_RE = /\b(?:will|would|expected|planned|scheduled|set\s+to)\b/i;
const RU_UA_TALKS_RE = /^Russia[\u2013-]Ukraine\b/;
const AGO_RE = /\bago\b|\bback\s+then\b|\bat\s+the\s+time\b/i;
const OTHER_ROUND_RE = /\b(?:second|third|fourth|next|another|new|latest)\s+round\b/i;
const TIME_RELATION_BEFORE_RE = /\b(?:after|before|since|following|than|unlike|like)\s+(?:(?:their|the|its|those|these)\s+)?$/i;
const WAR_BEGAN = '2022-02-24';
const CLAUSE_ENDS_RE = /^\s*(?:$|[.,;:!?)]|[\u2014\u2013]|-\s|and\b|but\b|after\b|as\b|when\b|which\b|with\s+(?:a|an|the)\b)/;

/**
 * Round 25: "The meeting marked the first high-level contact in months" (held-out 22 pb003, 26 April 2025, of Witkoff's
 * three hours with Putin at the Kremlin on 25 April; the two had met in St. Petersburg on 11 April): the meeting the page
 * reported just before (an event confirmed in the sentence or the three before it, held from three days before the page
 * to the page's day, of two people or more) and a meeting of two of its people on record within the six weeks before it
 * (a call too when the phrase says contact or conversation): red. Never confirmed (the record may lack a meeting).
 */
export function firstInMonths(doc: Doc, sentence: Span, text: string, eventIds: readonly string[], out: Annotation[]): void {
  IN_MONTHS_RE.lastIndex = 0;
  const m = IN_MONTHS_RE.exec(text);
  if (!m || !doc.dateCertain) return;
  if (/\b(?:not|never|if|whether|would|could|might|since)\b/i.test(text.slice(0, m.index + m[0].length))) return;
  const calls = /\b(?:contact|conversation)\b/i.test(m[0]);
  // Precision round 25: a phrase narrowed after it ("the first meeting in months between Putin and Kushner", "... with
  // Europe", "... at which ...") tells of another count.
  if (NARROWED_RE.test(text.slice(m.index + m[0].length))) return;
  // Everyone the sentence names, a lone surname too (its possible people).
  const named = doc.matches
    .filter((x) => x.start >= sentence.start && x.end <= sentence.end)
    .map((x) => x.values.flatMap((v) => (v.type === 'person' ? [v.id] : [])))
    .filter((ids) => ids.length);
  for (const id of new Set(eventIds)) {
    const e = doc.facts.events.get(id);
    if (!e || e.kind === 'call' || e.status !== 'held' || !isConfident(e) || e.participants.length < 2) continue;
    // The sentence tells of that meeting: it names none but its people ("Witkoff met Putin on Friday. On Saturday, Trump
    // and Zelensky held their first meeting in months" is of another meeting).
    if (named.some((ids) => !ids.some((p) => e.participants.includes(p)))) continue;
    const days = eventDays(e);
    if (days.last < addDays(doc.asOf, -3) || days.first > doc.asOf) continue;
    // The meeting before is of its two principals (listed first): Witkoff and Kushner's talks with Ukrainians in Florida do
    // not make their Kremlin meeting with Putin two days later "not the first in months".
    const principals = e.participants.slice(0, 2);
    const before = doc.facts.base.events
      .filter(
        (x) =>
          x !== e &&
          x.status === 'held' &&
          isConfident(x) &&
          (calls || x.kind !== 'call') &&
          principals.every((p) => x.participants.includes(p)) &&
          eventDays(x).last < days.first &&
          eventDays(x).last >= addDays(days.first, -IN_MONTHS_DAYS),
      )
      .sort((a, b) => (a.start < b.start ? 1 : -1))[0];
    if (!before) continue;
    const { when, place } = describeEvent(doc, before);
    const span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    out.push(
      withReason(
        eventContradicted(
          doc,
          e,
          span,
          `Not the first in months: ${before.name} (${when}${place ? `, ${place}` : ''}) was ${daysBetween(before.start, e.start)} days before ${e.name} (${describeEvent(doc, e).when}).`,
        ),
        'not-first-since',
      ),
    );
    return;
  }
}
const IN_MONTHS_RE =
  /\bfirst\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|contact|encounter|conversation)\s+in\s+(?:several\s+|many\s+)?months\b/g;
const NARROWED_RE = /^\s*(?:with|between|among|at|in|for|of|on|to|outside|inside|from|that|which|where|whose|involving|by)\b/i;
/** How recent a meeting on record must be to refute "the first in months". */
const IN_MONTHS_DAYS = 42;
