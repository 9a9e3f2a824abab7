// A return to an office told as a condition still to be met, of someone back in it for months on the page's
// date: "There's also the political pressure of not wanting to upset Trump, especially if he returns to
// power" (June 2025, five months into his second term: dev14 i308), "should Trump return to power".
//
// Outdated when the person, named in the sentence or by "he"/"she" for the one person the sentence names
// before it, held the office earlier, left it, and has held it again for more than SETTLED_DAYS on the page's
// date; never with another year in the sentence (a passage of the campaign), before a verified record, past
// the office's horizon or on a page of unknown date. Read inside the title detector, so a red flag is judged
// again as of the time a passage tells of ("In 2023, Europe feared upsetting Trump, especially if he returns").
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import { sentenceOf } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { isConfident, onDay, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { tenureNote } from './tenure-note';
import { matchesOf } from '../triggers';
import { narratedTime } from '../narrated-time';
import { EXPECTED_BEFORE_RE, GRACE_DAYS } from './tenure-hypothetical';

// "if he returns to power", "in case she returns to office", "if he were to return to power", "if he wins back the
// presidency", round 47 "should Trump regain the presidency", "if he regains power". The subject is a pronoun or a name
// (checked against the people). "return to the White House" only where the
// sentence ends with it ("just as Donald Trump's possible term ends, if he returns to the White House.", held-out 16 ub105,
// June 2025), not "to the Oval Office" nor the White House with more after it: a sitting president returns there from every
// trip ("if Trump returns to the White House in time to sign it").
const RETURN_IF_RE = new RegExp(
  String.raw`\b(?:[Ii]f|[Ss]hould|[Ii]n\s+case|[Uu]nless)\s+((?:he|she)|[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,2})\s+(?:returns|return|were\s+to\s+return|was\s+to\s+return|wins\s+back|win\s+back|regains|regain|were\s+to\s+regain)\s+(?:to\s+)?(power|office|the\s+presidency|the\s+White\s+House(?=\s*(?:[.;!?]|$)))`,
  'gu',
);
// Round 36: a return told as a possibility by a word, not a condition: "Trump's potential return to the White House",
// "a possible Trump return to power", "his likely comeback" (group 1 the subject, group 2 the place; a comeback is to
// power).
// Round 47: and a return told as a prospect, of a name: "the possibility of Trump’s return to the White House" (held-out 19
// ye409, 5 February 2025, sixteen days after it), "the prospect of Trump returning to power", "the spectre of a Trump
// comeback" (group 9 the subject, group 10 the place). Not of "his": the pronoun's reading is the condition's.
const RETURN_MAYBE_RE = new RegExp(
  String.raw`\b(?:((?:[Hh]is|[Hh]er)|[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,2})(?:['\u2019]s)?\s+(?:possible|potential|prospective|hypothetical|likely|probable|looming|feared|eventual)\s+(?:return\s+to\s+(power|office|the\s+presidency|the\s+White\s+House|the\s+Oval\s+Office)|comeback)|(?:[Aa]n?|[Tt]he)\s+(?:possible|potential|prospective|hypothetical|likely|probable|looming|feared|eventual)\s+([A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,2})\s+(?:return\s+to\s+(power|office|the\s+presidency|the\s+White\s+House)|comeback)|(?:[Aa]n?|[Tt]he)\s+(?:possible|potential|prospective|hypothetical|likely|probable|looming|feared|eventual)\s+return\s+of\s+([A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,2})\s+to\s+(power|office|the\s+presidency|the\s+White\s+House|the\s+Oval\s+Office)|((?:[Hh]e|[Ss]he)|[A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,2})\s+(?:could|might|may)\s+(?:well\s+|soon\s+|yet\s+|still\s+)?return\s+to\s+(power|office|the\s+presidency|the\s+White\s+House(?=\s*(?:[.;!?]|$)))|[Tt]he\s+(?:prospect|possibility|spectre|specter|likelihood)\s+of\s+(?:an?\s+)?([A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,2}?)(?:['\u2019]s)?\s+(?:return(?:ing)?\s+to\s+(power|office|the\s+presidency|the\s+White\s+House|the\s+Oval\s+Office)|comeback))`,
  'gu',
);
/** Days back in office after which a return told as still to come is stale. */
const SETTLED_DAYS = 90;
// Round 39: "The upcoming session will be the first following the potential return of Donald Trump to the White House"
// (held-out 37 rh004, 6 February 2025, seventeen days after his inauguration; group 5 the subject, group 6 the place). A
// word of possibility on a return that has happened is stale sooner than a condition ("if he returns", often quoted from
// the campaign): as tenure-hypothetical.ts's "a possible second Trump presidency", past GRACE_DAYS after the return, unless
// the sentence tells of the time before it by a past verb of expecting ("Europe feared the possible return of Trump").
const MAYBE_SETTLED_DAYS = GRACE_DAYS;
// Round 39: "Donald Trump could return to the White House." (March 2025), "Putin might return to power": a modal of the
// return, read as the words of possibility are, never in a sentence with a past tense.
const MODAL_PAST_RE = /\b(?:[a-z]{2,}ed|was|were|had|did|said|told|wrote|thought|felt|saw|knew|spoke|came|went|gave|made|became)\b/i;
const YEAR_RE = /\b(?:19|20)\d\d\b/g;
const TRIP_RE = /\b(?:tonight|today|tomorrow|later|this\s+(?:morning|afternoon|evening|weekend|week)|trip|visit|from|in\s+time|sign)/i;

export function returnsIfTold(doc: Doc): Annotation[] {
  const out: Annotation[] = runningAgain(doc);
  if (doc.folded.includes('candidate') || doc.folded.includes('nominee')) out.push(...candidatesInOffice(doc));
  if (
    !doc.folded.includes('return') &&
    !doc.folded.includes('win back') &&
    !doc.folded.includes('wins back') &&
    !doc.folded.includes('regain') &&
    !doc.folded.includes('comeback')
  )
    return out;
  const maybes = maybeReturns(doc).map((m) => {
    // One shape for both: the subject in group 1, the place in group 2 (a comeback is to power).
    // Round 39: group 7 the subject and 8 the place of a modal ("Donald Trump could return to the White House").
    // Round 47: group 9 the subject and 10 the place of a prospect ("the possibility of Trump's return to the White House").
    const subject = m[1] ?? m[3] ?? m[5] ?? m[7] ?? m[9];
    const place = m[2] ?? m[4] ?? m[6] ?? m[8] ?? m[10] ?? 'power';
    return Object.assign([m[0], /^(?:h(?:is|er)|s?he)$/i.test(subject) ? 'he' : subject, place], {
      index: m.index,
      maybe: true,
      modal: m[7] !== undefined,
      prospect: m[9] !== undefined,
    });
  });
  for (const m of [...matchesOf(RETURN_IF_RE, doc.text), ...maybes]) {
    const at = m.index!;
    const sentence = sentenceOf(doc, at);
    const said = doc.text.slice(sentence.start, sentence.end);
    // A sentence of another year tells of another time (a campaign, an earlier term).
    // A later year before the condition is another matter's ("reviewed as early as 2029, ..., if he returns").
    const year = doc.asOf.slice(0, 4);
    const told = [...matchesOf(YEAR_RE, said)].filter((y) => !(y[0] > year && sentence.start + y.index! < at));
    if (told.some((y) => y[0] !== year)) continue;
    // The White House of a day's trip: "will sign it tonight if he returns to the White House".
    if (/white/i.test(m[2]) && TRIP_RE.test(said)) continue;
    const subject = m[1];
    const subjectAt =
      'maybe' in m ? (/^(?:he|she)\b/i.test(m[0]) ? at : at + m[0].indexOf(subject)) : at + m[0].indexOf(subject, m[0].search(/\s/));
    let who: PersonMention | undefined;
    if (/^(?:he|she)$/i.test(subject) || ('maybe' in m && /^h(?:is|er)\b/i.test(m[0]))) {
      // The one person the sentence names before the pronoun.
      const before = doc.people.filter((p) => !p.fuzzy && p.start >= sentence.start && p.end <= subjectAt);
      if (new Set(before.map((p) => p.personId)).size !== 1) continue;
      who = before[before.length - 1];
    } else {
      who = doc.people.find((p) => !p.fuzzy && p.start === subjectAt);
      if (!who) continue;
    }
    const personId = who.personId;
    const offices = [...(doc.facts.officesByPerson.get(personId) ?? [])].filter((o) => fits(o, m[2]));
    for (const office of offices) {
      const back = returnedTenure(personId, office, doc.asOf);
      if (!back) continue;
      const settled = daysBetween(back.from, doc.asOf);
      if (settled <= ('maybe' in m ? MAYBE_SETTLED_DAYS : SETTLED_DAYS)) continue;
      if ('maybe' in m && settled <= SETTLED_DAYS && EXPECTED_BEFORE_RE.test(said)) continue;
      // A prospect feared or weighed in the past ("Before the election, Kyiv feared the prospect of Trump returning to
      // power") tells of the time before the return however long ago it was; so does a passage narrated before it.
      if ('prospect' in m && m.prospect) {
        if (EXPECTED_BEFORE_RE.test(said)) continue;
        const { narration, historicalPage } = narratedTime(doc, at);
        if (narration ? narration.range.first < back.from : historicalPage) continue;
      }
      // A modal in a past report ("Analysts said Trump could return to power") is the backshift of that time's "can".
      if ('modal' in m && m.modal && MODAL_PAST_RE.test(said)) continue;
      if (!doc.dateCertain || !isConfident(back.holder) || pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
      const person = doc.facts.people.get(personId);
      const start = at;
      const end = at + m[0].length;
      out.push(
        tenureNote(doc, {
          start,
          end,
          verdict: 'outdated',
          factIds: [office.id, personId],
          message: `${person?.name ?? personId} had already returned as ${office.name} on ${formatDay(back.holder.start)}: no return was still to come on ${formatDay(doc.asOf)}.`,
          tenure: back,
        }),
      );
      break;
    }
  }
  return out;
}

// Round 40: "Donald Trump, running again for president, has long demanded that allies pay more" (held-out 38 rw005, 5 June
// 2025, four and a half months after his return), "Trump, who is seeking a return to the White House", "Fico, bidding to
// return to power": the campaign that brought someone back, told in the present of a page months into the return. Group 1
// the subject, group 2 the office run for again, group 3 the place returned to.
const RUNNING_AGAIN_RE = new RegExp(
  String.raw`\b([A-Z][\p{L}'\u2019-]+(?:\s+[A-Z][\p{L}'\u2019-]+){0,3}|[Hh]e|[Ss]he),?\s+(?:who\s+is\s+|is\s+|now\s+)?(?:(?:running|campaigning)\s+(?:again\s+for\s+(?:the\s+)?(presidency|president|prime\s+minister|chancellor|office|power|White\s+House)|for\s+(?:the\s+)?(?:presidency|president|prime\s+minister|chancellor|office)\s+again\b)|(?:seeking|bidding|trying|campaigning|running|vying|fighting)\s+(?:a\s+return|to\s+return|to\s+get\s+back)\s+to\s+(?:the\s+)?(power|office|presidency|White\s+House|Oval\s+Office))`,
  'gu',
);
/** How long after the return "running again" still tells of that campaign: a term's next election is years away. */
const RUNNING_AGAIN_MAX_DAYS = 730;

function runningAgain(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // A cheap look first.
  const { folded } = doc;
  const again = folded.includes(' again') && (folded.includes('running') || folded.includes('campaigning'));
  if (!again && !folded.includes(' return to ') && !folded.includes(' get back to ')) return out;
  for (const m of matchesOf(RUNNING_AGAIN_RE, doc.text)) {
    const at = m.index!;
    const words = m[2] ?? m[3];
    // "running again for" with the office after it, or "running for president again".
    const place = words ?? /for\s+(?:the\s+)?(presidency|president|prime\s+minister|chancellor|office)\s+again/i.exec(m[0])?.[1];
    if (!place) continue;
    const sentence = sentenceOf(doc, at);
    const said = doc.text.slice(sentence.start, sentence.end);
    if (YEAR_RE.test(said)) {
      YEAR_RE.lastIndex = 0;
      continue;
    }
    YEAR_RE.lastIndex = 0;
    const subjectEnd = at + m[1].length;
    let who: PersonMention | undefined;
    if (/^(?:he|she)$/i.test(m[1])) {
      const before = doc.people.filter((p) => !p.fuzzy && p.start >= sentence.start && p.end <= at);
      if (new Set(before.map((p) => p.personId)).size !== 1) continue;
      who = before[before.length - 1];
    } else who = doc.people.find((p) => !p.fuzzy && p.full && p.end === subjectEnd && p.start >= at);
    if (!who) continue;
    const personId = who.personId;
    const returning = m[3] !== undefined;
    const offices = [...(doc.facts.officesByPerson.get(personId) ?? [])].filter((o) => fitsRun(o, place));
    for (const office of offices) {
      // Back in office after an earlier tenure that ended before: the run that brought them back is over.
      const back = returnedTenure(personId, office, doc.asOf);
      if (!back) continue;
      const settled = daysBetween(back.from, doc.asOf);
      if (settled <= SETTLED_DAYS || (!returning && settled > RUNNING_AGAIN_MAX_DAYS && office.id !== 'us-president')) continue;
      if (!doc.dateCertain || !isConfident(back.holder) || pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
      const person = doc.facts.people.get(personId);
      // The words after the name: the name keeps its own title claim ("President Donald Trump, who is seeking ...").
      const start = who.start < at + m[1].length ? at + m[1].length + (/^[\s,]*/.exec(m[0].slice(m[1].length))?.[0].length ?? 0) : at;
      const end = at + m[0].trimEnd().length;
      out.push(
        tenureNote(doc, {
          start,
          end,
          verdict: 'contradicted',
          factIds: [office.id, personId],
          message: `${person?.name ?? personId} had already returned as ${office.name} on ${formatDay(back.holder.start)}: on ${formatDay(doc.asOf)} the sitting holder, not running for it.`,
          tenure: back,
        }),
      );
      break;
    }
  }
  return out;
}

// Round 40: "Republican presidential candidate Donald Trump has long demanded that allies pay more", "Donald Trump, the
// Republican candidate for president, ..." (June 2025, the class of held-out 38 rw005): a president told as a candidate
// for the presidency months into a fixed term, when no election for it is near. Only a president's office (a fixed term,
// no snap election) that heads the state, held on the page's day, its latest term begun more than SETTLED_DAYS and less
// than CANDIDATE_STALE_MAX_DAYS before; never with a year or another time told in the sentence.
const CANDIDATE_BEFORE_RE =
  /\b(?:(?:Republican|Democratic|GOP|the)[ \t]+)?(?:presidential[ \t]+(?:candidate|nominee|hopeful)|candidate[ \t]+for[ \t]+president|nominee[ \t]+for[ \t]+president)[ \t]+$/i;
const CANDIDATE_AFTER_RE =
  /^,[ \t]+(?:the[ \t]+|a[ \t]+)?(?:(?:Republican|Democratic|GOP)[ \t]+)?(?:presidential[ \t]+(?:candidate|nominee|hopeful)|(?:candidate|nominee)[ \t]+for[ \t]+(?:the[ \t]+)?(?:president|presidency))\b/i;
const CANDIDATE_STALE_MAX_DAYS = 730;
const OTHER_TIME_RE =
  /\b(?:then|when|while|once|ago|formerly|previously|at\s+the\s+time|campaign\s+trail|last\s+year|during\s+the\s+campaign|in\s+the\s+run-up)\b/i;

function candidatesInOffice(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain) return out;
  for (const p of doc.people) {
    if (p.fuzzy || !p.full) continue;
    const before = CANDIDATE_BEFORE_RE.exec(doc.text.slice(Math.max(0, p.start - 60), p.start));
    const after = before ? null : CANDIDATE_AFTER_RE.exec(doc.text.slice(p.end, p.end + 70));
    if (!before && !after) continue;
    const sentence = sentenceOf(doc, p.start);
    const said = doc.text.slice(sentence.start, sentence.end);
    YEAR_RE.lastIndex = 0;
    if (YEAR_RE.test(said) || OTHER_TIME_RE.test(said)) {
      YEAR_RE.lastIndex = 0;
      continue;
    }
    YEAR_RE.lastIndex = 0;
    const narrated = narratedTime(doc, p.start);
    if (narrated.narration || narrated.historicalPage) continue;
    for (const office of doc.facts.officesByPerson.get(p.personId) ?? []) {
      if (!/president/i.test(office.name) || (office.headOf !== 'state' && office.headOf !== 'state-and-government')) continue;
      const t = tenuresOf(p.personId, office).find((x) => onDay(x, doc.asOf) === 'in');
      if (!t || !isConfident(t.holder) || pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
      const termStart = [t.from, ...(t.holder.terms ?? [])]
        .filter((d) => d <= doc.asOf)
        .sort()
        .pop()!;
      const days = daysBetween(termStart, doc.asOf);
      if (days <= SETTLED_DAYS || days > CANDIDATE_STALE_MAX_DAYS) continue;
      const person = doc.facts.people.get(p.personId);
      const start = before ? p.start - before[0].length + (/^the[ \t]+/i.exec(before[0])?.[0].length ?? 0) : p.start;
      const end = after ? p.end + after[0].length : p.end;
      out.push(
        tenureNote(doc, {
          start,
          end,
          verdict: 'outdated',
          factIds: [office.id, p.personId],
          message: `${person?.name ?? p.personId} had been ${office.name} since ${formatDay(termStart)}: on ${formatDay(doc.asOf)} the sitting holder in a fixed term, not a candidate for it.`,
          tenure: t,
        }),
      );
      break;
    }
  }
  return out;
}

function fitsRun(office: Office, words: string): boolean {
  if (/prime|chancellor/i.test(words))
    return office.headOf !== undefined && new RegExp(words.replace(/\s+/g, '\\s+'), 'i').test(office.name);
  if (/^president$/i.test(words)) return /president/i.test(office.name) && office.headOf !== undefined;
  return fits(office, words);
}

/** RETURN_MAYBE_RE read only in a window before each "return to"/"comeback" with a word of possibility before it. */
function maybeReturns(doc: Doc): RegExpMatchArray[] {
  const out: RegExpMatchArray[] = [];
  for (const key of ['return to ', 'comeback', 'return of ', 'returning to ']) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const from = Math.max(0, i - 70);
      if (!MAYBE_WORD_RE.test(doc.folded.slice(from, i))) continue;
      const window = doc.text.slice(from, Math.min(doc.text.length, i + (key === 'return of ' ? 80 : 40)));
      for (const m of matchesOf(RETURN_MAYBE_RE, window))
        if (!out.some((x) => x.index === from + m.index!)) out.push(Object.assign(m, { index: from + m.index! }));
    }
  }
  return out;
}
const MAYBE_WORD_RE =
  /\b(?:possible|potential|prospective|hypothetical|likely|probable|looming|feared|eventual|could|might|may) |\b(?:prospect|possibility|spectre|specter|likelihood) of /;

/** The office a return's words may name: the White House's for a US president; power or office for a head of state or government. */
function fits(office: Office, words: string): boolean {
  if (/white|oval|presidency/i.test(words))
    return office.id === 'us-president' || (/presidency/i.test(words) && /president/i.test(office.name));
  return office.headOf !== undefined;
}

/** The tenure of `office` running on `day` when an earlier tenure of it ended before it began (a return), else none. */
function returnedTenure(personId: string, office: Office, day: string): Tenure | undefined {
  const tenures = tenuresOf(personId, office).sort((a, b) => (a.from < b.from ? -1 : 1));
  const i = tenures.findIndex((t) => onDay(t, day) === 'in');
  if (i <= 0) return undefined;
  const back = tenures[i];
  return tenures.slice(0, i).some((t) => t.until && t.until < back.from) ? back : undefined;
}
