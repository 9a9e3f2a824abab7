// Round 24: the last meeting of two people, told by its place and time: "They last met in Palm Beach, Florida, in
// November 2024" (NATO's Rutte and Trump, on a page of 14 July 2025; held-out 22 pd007: they had met since, at the White
// House on 13 March 2025 and at The Hague summit in June), "Trump and Zelensky last met at the Vatican in April",
// "Their last meeting was in Alaska in August", "The last time the two leaders met was in Geneva in June 2021".
//
// The two are the people the sentence names (exactly two), or, for "they", "the two (leaders)" and "their", the two the
// paragraph names before it (exactly two, none else). The meetings are the records of the two (not calls) held and
// confident, before the page's day.
// - Red (contradicted) when a meeting of the two on record lies after the time told and ended two days or more before the
//   page: whatever the record lacks before it, that meeting was later. Only a time written out with its year, or a month
//   the page's year makes certain; one time in the clause; no hedge ("reportedly", "believed"), no qualifier the record
//   cannot tell ("one-on-one", "bilaterally", "privately", "alone", "formally"), no plan or condition.
// - Supported when the latest meeting of the two on record before the page falls in the time told, at the place told
//   (if one is told).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import type { Span } from '../sentences';
import { spansOverlap } from '../sentences';
import { addDays, daysBetween, findDates, overlaps, MODAL_MAY } from '../dates';
import { isConfident } from '../holders';
import { describeEvent, eventContradicted, eventDays, eventSupported } from './event-confirmed';
import { placesAgree, placesIn } from './place-chain';
import { gated, testWarm, warmed, compiledOnFirstRun } from '../triggers';

const SUBJECT = String.raw`(?:[Tt]hey|[Tt]he\s+two(?:\s+(?:leaders|men|presidents|officials|sides))?|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)?\s+and(?:\s+[A-Z][\w.'\u2019-]+){1,2}|[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+)?)`;
// "They last met in ...", "Trump and Rutte last met ...", "Rutte last met Trump in ...", "The last time they met was in ...",
// "Their last meeting was in ...", "The two leaders' most recent meeting took place in ...". Round 27: "Zelensky last saw Trump
// in the White House on Feb. 28", "They last saw each other in ..." (a person or each other right after "saw").
const LAST_MET_RE = new RegExp(
  String.raw`\b${SUBJECT}\s+(?:last|most\s+recently|previously\s+last)\s+(?:met\b(?:\s+(?:with\s+)?(?:[A-Z][\w.'\u2019-]+\s+){0,2}?(?=in\b|at\b|on\b|during\b))?|saw\s+(?:each\s+other\s+|(?:[A-Z][\w.'\u2019-]+\s+){1,2}?(?=in\b|at\b|on\b|during\b)))|\b[Tt]he\s+last\s+time\s+(?:they|the\s+two(?:\s+(?:leaders|men|presidents))?|[A-Z][\w.'\u2019-]+\s+and\s+[A-Z][\w.'\u2019-]+)\s+met\s+(?:in\s+person\s+)?was\b|\b(?:[Tt]heir|[Tt]he\s+two(?:\s+(?:leaders|men|presidents))?['\u2019]s?)\s+(?:last|most\s+recent|previous)\s+(?:in-person\s+|face-to-face\s+)?(?:meeting|encounter)\s*(?:was|took\s+place|came|,)(?=\s)`,
  'g',
);
const PRONOUN_RE = compiledOnFirstRun(/^(?:[Tt]hey|[Tt]he\s+two|[Tt]heir|[Tt]he\s+last\s+time\s+(?:they|the\s+two))\b/);
// What the record cannot tell, or not a claim that it happened so.
const NOT_SURE_RE = new RegExp(
  String.raw`\b(?:one-on-one|one\s+on\s+one|bilateral(?:ly)?|privately|alone|formally|formal|officially|official\s+visit|state\s+visit|reportedly|believed|thought|reported|according|if|whether|would|might|${MODAL_MAY}|could|not|never|n['\u2019]t|before\s+(?:that|this)|also|too)\b`,
  'i',
);
const CLAUSE_END_RE = /[;!?]|\.\s|\s[\u2013\u2014]\s|,\s+(?:but|and|while|when|where|which|after|before|since)\b/;
const GATE_RE = gated(
  /\blast\s+(?:met|saw|time|meeting|encounter)\b|\bmost\s+recent(?:ly)?\s+(?:met|meeting|encounter)\b|\bprevious\s+(?:meeting|encounter)\b/i,
);
// Words before the phrase that make it a plan, not a claim ("will meet again after they last met").
const PLAN_BEFORE_RE = compiledOnFirstRun(/\b(?:will|would|next|again|plan\w*|expected|schedul\w*)\b/i);
const WEEK_DAYS = 7;
const PARAGRAPH_REACH = 600;
const HEADLINE_REACH = 400;
/** Days before the page a later meeting must have ended by to refute "last met". */
const LATER_MARGIN_DAYS = 2;

/** Adds the last-meeting claims to the event detector's. */
export function withLastMeetings(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const out = inner.find(doc, ctx);
      if (!GATE_RE.test(doc.text)) return out;
      const unjudged: Span[] = [];
      const claims = lastMeetingClaims(doc, unjudged);
      // "Zelensky last met Trump in the White House in February" (August 2025; they met in Rome and The Hague since): the
      // meeting's own record matches the place and month, but the claim is that it was their last, which only the two's
      // later meetings can tell. When this reading could not judge that (the two not named in full, a qualifier the
      // record cannot tell), a confirmation of the meeting is context: it happened, its being the last is not checked.
      for (let k = 0; k < out.length; k++) {
        const b = out[k];
        const u = b.verdict === 'supported' ? unjudged.find((x) => spansOverlap(x, b)) : undefined;
        if (!u || lastOfTheNamed(doc, u, b)) continue;
        out[k] = { ...b, verdict: 'context', message: `${b.message} Whether it was their last meeting is not checked.` };
      }
      for (const a of claims) {
        if (a.verdict === 'contradicted') {
          // The red flag outranks a confirmation of the same words by the meeting's own record ("in Palm Beach in November 2024").
          for (let k = out.length - 1; k >= 0; k--) if (spansOverlap(out[k], a) && out[k].verdict === 'supported') out.splice(k, 1);
          if (!out.some((b) => spansOverlap(b, a))) out.push(a);
        } else if (!out.some((b) => spansOverlap(b, a))) out.push(a);
      }
      return out;
    },
  };
}

/**
 * Whether the meeting `b` confirms is the last on record of the two people the claim's words name, surnames included
 * ("Zelensky and Trump last met in person on Aug. 18": the surnames are no people of the document unless the page names
 * them in full, but they name two of the meeting's participants): exactly two of its participants named, and no meeting
 * of theirs after it that ended two days or more before the page.
 */
function lastOfTheNamed(doc: Doc, u: Span, b: Annotation): boolean {
  const e = doc.facts.events.get(b.factIds[0]);
  if (!e) return false;
  const named = new Set<string>();
  for (const m of doc.matches) {
    if (m.end <= u.start || m.start >= u.end) continue;
    for (const v of m.values) if (v.type === 'person' && e.participants.includes(v.id)) named.add(v.id);
  }
  if (named.size !== 2) return false;
  const ids = [...named];
  const after = eventDays(e).last;
  const by = addDays(doc.asOf, -LATER_MARGIN_DAYS);
  return !doc.facts.base.events.some(
    (x) =>
      x.kind !== 'call' &&
      x.status === 'held' &&
      ids.every((id) => x.participants.includes(id)) &&
      eventDays(x).first > after &&
      eventDays(x).last <= by,
  );
}

/** The last-meeting claims judged; the spans of those read but not judged go to `unjudged`. */
function lastMeetingClaims(doc: Doc, unjudged: Span[]): Annotation[] {
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!GATE_RE.test(text)) continue;
    warmed(LAST_MET_RE, text).lastIndex = 0;
    const m = LAST_MET_RE.exec(text);
    if (!m) continue;
    const at = sentence.start + m.index;
    const phraseEnd = at + m[0].length;
    // The clause after the phrase: its place and its time.
    const rest = doc.text.slice(phraseEnd, sentence.end);
    const endAt = rest.search(CLAUSE_END_RE);
    const clause: Span = { start: phraseEnd, end: endAt < 0 ? sentence.end : phraseEnd + endAt };
    // Until a verdict is pushed below, the claim is unjudged; a plan ("will meet again after they last met") is no claim.
    const before = out.length;
    judge(doc, sentence, m, at, clause, out);
    if (out.length === before && !PLAN_BEFORE_RE.test(doc.text.slice(sentence.start, at))) unjudged.push({ start: at, end: clause.end });
  }
  return out;
}

/** Judges one last-meeting claim: pushes its verdict to out, or nothing. */
function judge(doc: Doc, sentence: Span, m: RegExpExecArray, at: number, clause: Span, out: Annotation[]): void {
  if (testWarm(NOT_SURE_RE, doc.text.slice(Math.max(sentence.start, at - 40), clause.end))) return;
  if (PLAN_BEFORE_RE.test(doc.text.slice(sentence.start, at))) return;
  // A month told without its year ("in August") is a date too when it falls earlier in the page's own year (as the red
  // flag's rule above says, the page's year makes it certain), and so is a weekday of the week before the page ("in
  // Osaka on Friday").
  const dates = findDates(doc.text, clause.start, clause.end, { asOf: doc.asOf }).filter(
    (d) =>
      !d.relative ||
      (d.granularity === 'month' && d.first.slice(0, 4) === doc.asOf.slice(0, 4) && d.last < doc.asOf) ||
      (d.granularity === 'day' && d.last < doc.asOf && daysBetween(d.first, doc.asOf) <= WEEK_DAYS),
  );
  if (dates.length !== 1) return;
  const told = dates[0];
  if (!(told.granularity === 'day' || told.granularity === 'month' || told.granularity === 'year')) return;
  // A month without its year: certain only when the page's year makes it the past (earlier in the same year).
  if (!told.explicitYear && told.last >= doc.asOf) return;
  const ids = pairOf(doc, sentence, at, m[0]);
  if (!ids) return;
  // The places told with the time; not one in an aside after them ("in August in Alaska, during U.S.-led peace efforts
  // for Ukraine": Ukraine is no place of the meeting).
  const comma = doc.text.indexOf(',', told.end);
  const toldEnd = comma < 0 || comma > clause.end ? clause.end : comma;
  const places = placesIn(doc, clause).filter((p) => (p.end <= told.start || p.start >= told.end) && p.end <= toldEnd);
  const meetings = doc.facts.base.events
    .filter(
      (e) =>
        e.kind !== 'call' &&
        e.status === 'held' &&
        isConfident(e) &&
        ids.every((id) => e.participants.includes(id)) &&
        eventDays(e).last < doc.asOf,
    )
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  if (!meetings.length) return;
  const span: Span = { start: at, end: Math.max(clause.start, ...places.map((p) => p.end), told.end) };
  const later = meetings.filter((e) => eventDays(e).first > told.last && eventDays(e).last <= addDays(doc.asOf, -LATER_MARGIN_DAYS));
  if (later.length && doc.dateCertain) {
    const said = (e: (typeof later)[number]) => {
      const { when, place } = describeEvent(doc, e);
      return `${e.name}, ${when}${place ? `, ${place}` : ''}`;
    };
    const latest = later[later.length - 1];
    out.push(
      eventContradicted(
        doc,
        latest,
        span,
        `Not their last meeting: the two met again after ${doc.text.slice(told.start, told.end).replace(/^in\s+/i, '')}: ${later.slice(-3).map(said).join('; ')}.`,
      ),
    );
    return;
  }
  const latest = meetings[meetings.length - 1];
  if (!overlaps(told, eventDays(latest))) return;
  if (places.length && !places.every((p) => latest.place && placesAgree(doc.facts, p.value.id, latest.place))) return;
  const { when, place } = describeEvent(doc, latest);
  out.push(
    eventSupported(
      doc,
      latest,
      span,
      `Their last meeting on record before this page: ${latest.name}, ${when}${place ? `, ${place}` : ''}.`,
    ),
  );
}

/** The two people the claim is about: the sentence's two, or for a pronoun the paragraph's two before it; else null. */
function pairOf(doc: Doc, sentence: Span, at: number, phrase: string): string[] | null {
  const inSentence = [...new Set(doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end).map((p) => p.personId))];
  if (!PRONOUN_RE.test(phrase)) return inSentence.length === 2 ? inSentence : null;
  const paragraphStart = Math.max(doc.text.lastIndexOf('\n\n', at) + 1, at - PARAGRAPH_REACH, 0);
  let before = [...new Set(doc.people.filter((p) => p.start >= paragraphStart && p.end <= sentence.end).map((p) => p.personId))];
  // Round 25: a headline names no one ("The two leaders’ last meeting, in Helsinki in 2018, ended in controversy", held-out
  // 23 rb003, then "President Trump wants to meet President Putin ..."): the two the paragraph after it names, if exactly two.
  if (!before.length && sentence === doc.sentences[0] && /^[^\S\n]*\n/.test(doc.text.slice(sentence.end, sentence.end + 4))) {
    const next = doc.text.indexOf('\n\n', doc.text.indexOf('\n', sentence.end) + 1);
    const end = Math.min(next < 0 ? doc.text.length : next, sentence.end + HEADLINE_REACH);
    before = [...new Set(doc.people.filter((p) => p.start >= sentence.end && p.end <= end).map((p) => p.personId))];
  }
  if (before.length !== 2) return null;
  // "They" may be others the sentence before tells of: aides, delegations, teams.
  const previous = doc.sentences.findLast((x) => x.end <= sentence.start);
  if (previous && GROUPS_RE.test(doc.text.slice(previous.start, previous.end))) return null;
  return before;
}

const GROUPS_RE = /\b(?:delegations|teams|aides|officials|negotiators|envoys|advisers|advisors|diplomats|wives|families)\b/i;
