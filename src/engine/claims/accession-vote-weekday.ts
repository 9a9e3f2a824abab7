// Round 24. An ally's parliament told as voting on a weekday: "Turkey, for months, had blocked Finland's entry into the
// alliance until the country's parliament voted to approve its application Friday" (WFTV, Monday 3 April 2023, held-out 22
// pb011: the Grand National Assembly voted on Thursday 30 March), "Hungary's parliament on Monday approved Finland's
// accession". The vote is one on record one ally at a time (alliance-history.json, `ratified` with one ally in `by`): the
// ally is the one right before the word ("Hungary's parliament", "The Turkish parliament"), or, for "the country's / its
// parliament", the only such ally the sentence names before it; the candidate is named in the vote's own clause
// ("Finland's accession"), or the sentence names it before the vote and the clause says "its application / accession / bid".
//
// A weekday names a day of the page's week: the vote on record in the seven days before the page (or on its day) on that
// weekday is confirmed; on another weekday it is contradicted, whatever day the page was really written (the vote was on a
// Thursday, not a Friday). A vote on record more than a week before the page, or after it, says nothing: the weekday may be
// another vote's (a committee's, the first reading's). Never a committee, a signature, a plan, a negation or a hypothetical.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { AccessionStep } from '../../facts/schema';
import { matchesIn } from '../doc';
import { daysBetween, formatDay, weekdayOf } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { hull, type Span } from '../sentences';
import { HYPOTHETICAL_RE, capitalCountries, historyAnnotation } from './history-common';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const WEEKDAY_SRC = '(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)';
const PARLIAMENT_SRC =
  '(?:[Pp]arliament|[Gg]rand\\s+[Nn]ational\\s+[Aa]ssembly|[Nn]ational\\s+[Aa]ssembly|[Ll]egislature|lawmakers|legislators|deputies|MPs)';
const MANNER_SRC = '(?:(?:overwhelmingly|unanimously|finally|formally|officially|also|eventually|then)\\s+)?';
const VERB_SRC =
  '(?:voted\\s+(?:(?:\\d{1,3}\\s*(?:to|-|–)\\s*\\d{1,3}\\s+)?(?:to\\s+(?:approve|ratify|back|endorse|accept|allow)|in\\s+favou?r\\s+of|for))|ratified|approved|backed|endorsed|passed)';
// "parliament voted to approve its application Friday", "parliament ratified Finland's accession on Thursday".
const VERB_OBJECT_DAY_RE = new RegExp(`^\\s+${MANNER_SRC}${VERB_SRC}\\s+([^,;.]{0,70}?)\\s+(?:on\\s+|last\\s+)?${WEEKDAY_SRC}\\b`);
// "parliament on Monday approved Finland's accession", "parliament, on Thursday, ratified ...".
const DAY_VERB_OBJECT_RE = new RegExp(`^\\s*,?\\s+(?:on\\s+|last\\s+)?${WEEKDAY_SRC}\\s*,?\\s+${MANNER_SRC}${VERB_SRC}\\s+([^,;.]{0,70})`);
const OBJECT_RE = /\b(?:accession|membership|bid|protocols?|application|entry|candidacy)\b/i;
const PRONOUN_OBJECT_RE =
  /^(?:its|their|the\s+(?:country['\u2019]s|nation['\u2019]s|Nordic\s+\w+['\u2019]s))\s+(?:NATO\s+)?(?:accession|membership|bid|application|entry|candidacy)\b/i;
const NOT_THE_VOTE_RE =
  /\b(?:committee|commission|signed|signature|promulgat\w*|will|would|could|expected|plans?|set to|scheduled|due to|to vote|not|never|n['\u2019]t|rejected|postponed|delayed|first reading)\b/i;

interface Named extends Span {
  id: string;
}

function named(doc: Doc, span: Span): Named[] {
  const out: Named[] = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const id = q.value.jurisdiction;
    if (id && doc.facts.jurisdictions.get(id)?.kind === 'country' && !out.some((o) => o.id === id))
      out.push({ start: q.start, end: q.end, id });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The weekday (0 = Sunday) of an ISO day. */

export function parliamentWeekdayClaims(doc: Doc, sentence: Span, text: string): Annotation | null {
  if (!/day\b/.test(text) || NOT_THE_VOTE_RE.test(text) || HYPOTHETICAL_RE.test(text)) return null;
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  const single = steps.filter((s) => s.step === 'ratified' && s.by?.length === 1);
  if (!single.length) return null;
  const candidates = new Set(steps.filter((s) => s.step === 'ratified').map((s) => s.country));
  const here = named(doc, sentence);
  const re = new RegExp(`\\b(?:(?:[Tt]he|[Ii]ts)\\s+(?:country['’]s|nation['’]s)\\s+|[Ii]ts\\s+)?${PARLIAMENT_SRC}`, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const word: Span = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length };
    // The ally: right before the word, or the only ally with a vote on record named before "the country's parliament".
    let ally = here.filter((c) => c.end <= word.start && /^(?:['\u2019]s?)?\s+$/.test(doc.text.slice(c.end, word.start))).pop();
    if (!ally && /^(?:the|its)\s/i.test(m[0])) {
      const before = here.filter((c) => c.end <= word.start && !candidates.has(c.id) && single.some((s) => s.by![0] === c.id));
      if (before.length === 1) ally = before[0];
    }
    if (!ally || candidates.has(ally.id)) continue;
    const rest = doc.text.slice(word.end, sentence.end);
    let weekday: string;
    let object: string;
    let objectAt: number;
    let dayAt: Span;
    const a = VERB_OBJECT_DAY_RE.exec(rest);
    const b = a ? null : DAY_VERB_OBJECT_RE.exec(rest);
    if (a) {
      weekday = a[2];
      object = a[1];
      objectAt = word.end + a[0].lastIndexOf(a[1], a[0].length - a[2].length);
      dayAt = { start: word.end + a[0].length - a[2].length, end: word.end + a[0].length };
    } else if (b) {
      weekday = b[1];
      object = b[2];
      objectAt = word.end + b[0].length - b[2].length;
      dayAt = { start: word.end + b[0].indexOf(b[1]), end: word.end + b[0].indexOf(b[1]) + b[1].length };
    } else continue;
    if (!OBJECT_RE.test(object)) continue;
    // The candidate: named in the object ("Finland's accession"), else named before the vote with "its application".
    const inObject = here.filter((c) => c.start >= objectAt && c.end <= objectAt + object.length && candidates.has(c.id));
    let candidate: Named | undefined;
    if (inObject.length === 1) candidate = inObject[0];
    else if (!inObject.length && PRONOUN_OBJECT_RE.test(object.trim())) {
      const before = here.filter((c) => c.end <= word.start && candidates.has(c.id) && c.id !== ally!.id);
      if (before.length === 1) candidate = before[0];
    }
    if (!candidate) continue;
    const recs = single.filter((s) => s.by![0] === ally!.id && s.country === candidate!.id);
    if (recs.length !== 1) continue;
    const rec: AccessionStep = recs[0];
    if (rec.date > doc.asOf || daysBetween(rec.date, doc.asOf) > 7) continue;
    // A tally told with the vote is the record's, or the weekday confirms nothing ("voted 287 to 55").
    const tally = /\b(\d{1,3})\s*(?:to|-|\u2013)\s*(\d{1,3})\b/.exec(rest.slice(0, Math.max(0, dayAt.start - word.end)));
    if (tally && (!rec.votes || Number(tally[1]) !== rec.votes.for || Number(tally[2]) !== rec.votes.against)) continue;
    const adjacent = word.start - ally.end <= 3;
    const span = hull([...(adjacent ? [ally] : []), word, dayAt, { start: objectAt, end: objectAt + object.length }]);
    return judged(doc, rec, weekday, span, true);
  }
  return passiveWeekday(doc, sentence, text, here, single, candidates);
}

/** The vote on record told by a weekday: confirmed on its weekday; on another, contradicted when `flaggable`. */
function judged(doc: Doc, rec: AccessionStep, weekday: string, span: Span, flaggable: boolean): Annotation | null {
  if (WEEKDAYS.indexOf(weekday.toLowerCase()) === weekdayOf(rec.date)) {
    const verdict = isConfident(rec) ? 'supported' : 'context';
    return historyAnnotation(doc, span, 'membership', verdict, rec.summary, rec.summary, [rec.id], sourcesOf(rec));
  }
  if (!flaggable || !doc.dateCertain || !isConfident(rec)) return null;
  const recDay = WEEKDAYS[weekdayOf(rec.date)];
  const message = `Not on a ${weekday}: the vote was on ${recDay[0].toUpperCase()}${recDay.slice(1)}, ${formatDay(rec.date)}. ${rec.summary}`;
  return historyAnnotation(doc, span, 'membership', 'contradicted', message, rec.summary, [rec.id], sourcesOf(rec));
}

// Round 24 (second wave). The vote told in the passive, the parliament named by its country or its capital: "Sweden’s
// candidacy was approved, on Monday, by the Parliament in Budapest" (Romanian public radio, Tuesday 27 February 2024, held-out
// 22 pb009: the Országgyűlés voted on Monday 26 February), "Finland's accession was ratified by the Turkish parliament on
// Thursday". The candidate is the one named right before the object ("Sweden’s candidacy"); the ally is the one the words
// between "by" and the parliament name ("the Hungarian", "Hungary's"), or the capital after it ("in Budapest"); one weekday,
// before "by" or right after the parliament. Judged as the active form.
const PASSIVE_RE = new RegExp(
  `\\b(?:accession|membership|bid|candidacy|application|entry|protocols?)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+${MANNER_SRC}(?:approved|ratified|backed|endorsed)\\s*,?\\s+(?:(?:on\\s+|last\\s+)?${WEEKDAY_SRC}\\s*,?\\s+)?by\\s+(?:the\\s+)?([^,;.]{0,30}?)${PARLIAMENT_SRC}((?:\\s+(?:in|of)\\s+(?:the\\s+)?[A-Z][\\w’'-]+)?)(?:\\s*,?\\s+(?:on\\s+|last\\s+)?${WEEKDAY_SRC})?\\b`,
);

function passiveWeekday(
  doc: Doc,
  sentence: Span,
  text: string,
  here: Named[],
  single: readonly AccessionStep[],
  candidates: ReadonlySet<string>,
): Annotation | null {
  const m = PASSIVE_RE.exec(text);
  if (!m || !!m[1] === !!m[4]) return null;
  const start = sentence.start + m.index;
  const end = start + m[0].length;
  const weekday = m[1] ?? m[4];
  // The candidate, right before the object ("Sweden’s candidacy", "Finland's NATO accession").
  const candidate = here.filter((c) => c.end <= start && /^['\u2019]s?\s+(?:NATO\s+)?$/.test(doc.text.slice(c.end, start))).pop();
  if (!candidate || !candidates.has(candidate.id)) return null;
  // The ally: named between "by" and the parliament, or its capital after the parliament word.
  const byAt = m[0].search(/\bby\s/);
  const byWords: Span = { start: start + byAt, end: start + (m[2] ? m[0].indexOf(m[2], byAt) + m[2].length : byAt) };
  const allies = new Set(here.filter((c) => c.start >= byWords.start && c.end <= byWords.end && !candidates.has(c.id)).map((c) => c.id));
  if (m[3]) {
    const placeAt = start + m[0].indexOf(m[3]);
    for (const p of matchesIn(doc, { start: placeAt, end: placeAt + m[3].length }, 'place')) {
      const id = capitalCountries(doc.facts, 'all').get(p.value.id);
      if (id) allies.add(id);
    }
  }
  if (allies.size !== 1) return null;
  const ally = [...allies][0];
  const recs = single.filter((s) => s.by![0] === ally && s.country === candidate.id);
  if (recs.length !== 1) return null;
  const rec = recs[0];
  if (rec.date > doc.asOf || daysBetween(rec.date, doc.asOf) > 7) return null;
  return judged(doc, rec, weekday, hull([candidate, { start, end }]), true);
}

// Round 24 (second wave). The ally told as joining the others in the vote: "Turkey joined other member states in voting to
// allow Finland into the North Atlantic Treaty Organization (NATO) on Thursday" (Daily Caller, Friday 31 March 2023, held-out
// 22 pb010: the Grand National Assembly voted on Thursday 30 March). The ally is the subject right before "joined"; the
// candidate the one country named in the vote's words. Confirmed only (the weekday may be the law's signature or deposit).
const JOINED_OTHERS_RE = new RegExp(
  `^\\s+joined\\s+(?:the\\s+)?(?:other|fellow|remaining)\\s+(?:NATO\\s+)?(?:member\\s+(?:states|countries|nations)|members|allies|countries)\\s+in\\s+(?:voting|agreeing)\\s+to\\s+(?:allow|admit|approve|ratify|accept|let|welcome)\\s+([^,;.]{0,120}?)\\s+(?:on\\s+|last\\s+)?${WEEKDAY_SRC}\\b`,
);

export function joinedOthersWeekday(doc: Doc, sentence: Span, text: string): Annotation | null {
  if (HYPOTHETICAL_RE.test(text) || /\b(?:not|never|will|would)\b/.test(text)) return null;
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  const single = steps.filter((s) => s.step === 'ratified' && s.by?.length === 1);
  const candidates = new Set(steps.filter((s) => s.step === 'ratified').map((s) => s.country));
  const here = named(doc, sentence);
  for (const ally of here) {
    if (candidates.has(ally.id)) continue;
    const m = JOINED_OTHERS_RE.exec(doc.text.slice(ally.end, sentence.end));
    if (!m) continue;
    const objectAt = ally.end + m[0].indexOf(m[1]);
    const inObject = here.filter((c) => c.start >= objectAt && c.end <= objectAt + m[1].length && candidates.has(c.id));
    if (inObject.length !== 1) return null;
    const recs = single.filter((s) => s.by![0] === ally.id && s.country === inObject[0].id);
    if (recs.length !== 1) return null;
    const rec = recs[0];
    if (rec.date > doc.asOf || daysBetween(rec.date, doc.asOf) > 7) return null;
    return judged(doc, rec, m[2], { start: ally.start, end: ally.end + m[0].length }, false);
  }
  return null;
}
