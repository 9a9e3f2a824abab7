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
import { daysBetween, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { hull, type Span } from '../sentences';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';

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
  /^(?:its|their|the\s+(?:country['’]s|nation['’]s|Nordic\s+\w+['’]s))\s+(?:NATO\s+)?(?:accession|membership|bid|application|entry|candidacy)\b/i;
const NOT_THE_VOTE_RE =
  /\b(?:committee|commission|signed|signature|promulgat\w*|will|would|could|expected|plans?|set to|scheduled|due to|to vote|not|never|n['’]t|rejected|postponed|delayed|first reading)\b/i;

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
const weekdayOf = (iso: string) => new Date(`${iso}T12:00:00Z`).getUTCDay();

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
    let ally = here.filter((c) => c.end <= word.start && /^(?:['’]s?)?\s+$/.test(doc.text.slice(c.end, word.start))).pop();
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
    const said = WEEKDAYS.indexOf(weekday.toLowerCase());
    // A tally told with the vote is the record's, or the weekday confirms nothing ("voted 287 to 55").
    const tally = /\b(\d{1,3})\s*(?:to|-|–)\s*(\d{1,3})\b/.exec(rest.slice(0, Math.max(0, dayAt.start - word.end)));
    if (tally && (!rec.votes || Number(tally[1]) !== rec.votes.for || Number(tally[2]) !== rec.votes.against)) continue;
    const adjacent = word.start - ally.end <= 3;
    const span = hull([...(adjacent ? [ally] : []), word, dayAt, { start: objectAt, end: objectAt + object.length }]);
    if (said === weekdayOf(rec.date)) {
      const verdict = isConfident(rec) ? 'supported' : 'context';
      return historyAnnotation(doc, span, 'membership', verdict, rec.summary, rec.summary, [rec.id], sourcesOf(rec));
    }
    if (!doc.dateCertain || !isConfident(rec)) return null;
    const recDay = WEEKDAYS[weekdayOf(rec.date)];
    const message = `Not on a ${weekday}: the vote was on ${recDay[0].toUpperCase()}${recDay.slice(1)}, ${formatDay(rec.date)}. ${rec.summary}`;
    return historyAnnotation(doc, span, 'membership', 'contradicted', message, rec.summary, [rec.id], sourcesOf(rec));
  }
  return null;
}
