// A government named after its head: "this support came from the government of Mark Rutte",
// "Rutte's government is now stepping down with the new elections in the autumn" (European Pravda,
// 25 August 2023), "But now the government of Mark Rutte ... fell" (7 July 2023), "Hungarian
// citizens have elected the Orbán government" (hungarytoday.hu), "the Rutte cabinet".
//
// The person heads a government: confirmed when they head their country's government on the
// article's date. A government named after a head who has left may be told of its own time ("the
// Rutte government sent F-16s"), so it is flagged only when the words say it is the present one
// ("Rutte's government is now ...", "the current government of X") of a head who left more than
// LEFT_DAYS before, named in full on the page, on a verified record, the page's date certain and
// the office's horizon not passed.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { sentenceOf } from '../doc';
import { datesIn } from './clauses';
import { startFits, tenureStartConfirmed } from './tenure-pronoun';
import { addDays, formatDay } from '../dates';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { compiledOnFirstRun } from '../triggers';

// Round 35: "administration" too, the American word ("whose new Donald Trump administration has increasingly expressed
// the view", held-out 33 od036, February 2025; "the administration of Joe Biden"), read as "government" is.
const GOVERNMENT_WORDS_RE = /\b(?:government|cabinet|administration)\b/;
// Before the name: "the government of ", "the current government of ", "the administration of ".
// Round 35: "the new administration of Joe Biden" (held-out 23 fb011), and the government "led by", "headed by" or "under"
// its head ("The new Government led by Gintautas Paluckas", held-out 31 ic012; "a left-wing government under Pedro
// Sánchez", held-out 28 ke024).
const OF_BEFORE_RE =
  /\b(?:the|a|its|their)[ \t]+(?:(current|present|incumbent)[ \t]+|new[ \t]+)?(?!(?:shadow|exile|puppet|opposition|rebel|first|second|third|previous|former|last|next|future)\b)(?:[a-z]+(?:-[a-z]+)?[ \t]+)?(?:government|cabinet|administration)[ \t]+(?:of|(?:led|headed)[ \t]+by|under)[ \t]+$/i;
// After the name: "'s government", "'s current cabinet", " government" (after "the").
// Round 35: a party's or a coalition's word after the possessive ("Keir Starmer's Labour government", held-out 28 ne004).
const AFTER_RE =
  /^(?:['\u2019]s[ \t]+(?:own[ \t]+)?(?:(current|present|incumbent)[ \t]+)?(?:(?:new|coalition|minority|caretaker|[A-Z][a-z]+)[ \t]+)?|[ \t]+)(?:government|cabinet|administration)\b/;
// "the Rutte government", and (round 35) "whose new Donald Trump administration", "his new Donald Trump administration":
// a determiner, perhaps "new" (said of the government in office, like no word at all). Not "the first/former/previous
// Trump administration", another time's.
const THE_BEFORE_RE = new RegExp(
  String.raw`(?<!\p{L})(?:the|whose|its|their)[ \t]+(?:(current|present|incumbent)[ \t]+|new[ \t]+)?$`,
  'iu',
);
// "Rutte's government is now stepping down": said of the present. "X's government has now been
// replaced", "is now history", "is now out of office" tell its end, true after it: not read.
const NOW_AFTER_RE =
  /^[ \t]+(?:is|are)[ \t]+(?:now|currently)\b(?![ \t]+(?:out|gone|history|over|defunct|former|past|no[ \t]+longer|a[ \t]+thing[ \t]+of|replaced|succeeded|dissolved|ended|finished|in[ \t]+the[ \t]+past)\b)/i;
const TIME_IN_POWER_AFTER_RE =
  /^\s*,?\s*(?:(?:which|that)\s+(?:has\s+been\s+|was\s+)?)?(?:in\s+(?:power|office)|ruling|governing|took\s+office|came\s+to\s+power|sworn\s+in)\b/i;
/** Days after a head left office before a present-tense government of theirs is flagged: caretaker governments and late reports. */
const LEFT_DAYS = 45;

export function governmentsOfHeads(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!GOVERNMENT_WORDS_RE.test(doc.folded)) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const before = doc.text.slice(Math.max(0, p.start - 40), p.start);
    const of = OF_BEFORE_RE.exec(before);
    let start = p.start;
    let end = p.end;
    let present = false;
    if (of) {
      start = p.start - of[0].length;
      present = !!of[1];
    } else {
      const after = AFTER_RE.exec(doc.text.slice(p.end, p.end + 40));
      if (!after) continue;
      const possessive = /^['\u2019]s/.test(after[0]);
      // "the Rutte government": a bare name before the word needs "the" before it.
      const the = possessive ? null : THE_BEFORE_RE.exec(before);
      if (!possessive && !the) continue;
      if (the) start = p.start - the[0].length;
      end = p.end + after[0].length;
      present = !!(after[1] ?? the?.[1]);
    }
    if (of) end = p.end;
    // "Andrej Babiš’s administration, in power since March, has cut aid": the time it has held power is told, and judged
    // with it (governmentsSince below); the government alone is not confirmed beside a time that may be wrong.
    if (TIME_IN_POWER_AFTER_RE.test(doc.text.slice(end, end + 40))) continue;
    present ||= NOW_AFTER_RE.test(doc.text.slice(end, end + 20));
    const annotation = judged(doc, p, start, end, present);
    if (annotation) out.push(annotation);
  }
  return out;
}

function judged(doc: Doc, p: PersonMention, start: number, end: number, present: boolean): Annotation | null {
  const heads = (doc.facts.officesByPerson.get(p.personId) ?? []).filter(
    (o) => o.headOf === 'government' || o.headOf === 'state-and-government',
  );
  // Round 35: "to overthrow the government of Volodymyr Zelensky" (held-out 33 od036, February 2025): a president who is
  // head of state only (Ukraine's, France's) is said to have a government of their own, as the press says it of the
  // country's leadership. Confirmed only (a president's government is not in law theirs, so nothing is flagged), and only
  // a president's office, not a monarch's ("the government of King Charles" is no one's claim about his reign).
  const presidents = heads.length
    ? []
    : (doc.facts.officesByPerson.get(p.personId) ?? []).filter((o) => o.headOf === 'state' && o.roles.includes('president'));
  const tenures = [...heads, ...presidents].flatMap((o) => tenuresOf(p.personId, o));
  if (!tenures.length) return null;
  const person = doc.facts.people.get(p.personId);
  const name = person?.name ?? p.personId;
  const base = (t: Tenure) => ({
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure' as const,
    factIds: [t.office.id, p.personId],
    fact: describeHolder(person, t),
    sources: sourcesOf(t.holder),
  });
  const running = tenures.find((t) => onDay(t, doc.asOf) === 'in');
  if (running) {
    return {
      ...base(running),
      verdict: running.holder.confidence === 'verified' && person?.confidence === 'verified' ? 'supported' : 'context',
      message: `${name} was ${running.office.name} on ${formatDay(doc.asOf)}: the government was theirs.`,
    };
  }
  if (!present || presidents.length || tenures.some((t) => onDay(t, doc.asOf) !== 'out')) return null;
  const last = [...tenures].sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  if (last.from > doc.asOf || !last.until) return null;
  const sure =
    (p.full || p.namedInFull || doc.people.some((q) => q.personId === p.personId && q.full && !q.fuzzy)) &&
    doc.dateCertain &&
    isConfident(last.holder) &&
    last.holder.end?.length === 10 &&
    addDays(last.until, LEFT_DAYS) < doc.asOf &&
    !pastHorizon(doc.facts, doc.asOf, { office: last.office.id });
  if (!sure) return null;
  return {
    ...base(last),
    verdict: 'outdated',
    message: `${name} left the office of ${last.office.name} on ${formatDay(last.until)}: the government on ${formatDay(doc.asOf)} was no longer theirs.`,
  };
}

// Round 31: a government named after its head told as ended: "Parliament has dismissed the Honcharuk Cabinet that has
// worked only for the past six months" (held-out 29 ma008, 5 March 2020, the day after), "the Rada voted to dismiss the
// Shmyhal government on July 16", "the Honcharuk government resigned on Wednesday". The head's tenure of heading the
// government ended then: confirmed when one of theirs ended within END_DAYS of the day told (with no day, in the
// RECENT_DAYS before the page, and no other time in the sentence). Never flagged: a government that resigns often stays
// on as caretaker ("the Rutte government resigned on July 7, 2023"; he left a year later), so a day far from the record's
// end is no error of the words. The head may be named by surname alone, as governments are ("the Honcharuk Cabinet" on a
// page that never names him in full): the government's own words say who it is.
const ENDED_BEFORE_RE =
  /\b(?:dismissed|dismisses|dismissing|sacked|ousted|(?:voted|moved|decided)\s+to\s+(?:dismiss|sack|oust)|voted\s+out|accepted\s+the\s+resignation\s+of|approved\s+the\s+resignation\s+of|the\s+(?:resignation|dismissal|ouster)\s+of)\s+the[ \t]+$/i;
const ENDED_AFTER_RE =
  /^[ \t]+(?:has[ \t]+|had[ \t]+)?(?:resigned|stepped[ \t]+down|(?:was|were|has[ \t]+been|had[ \t]+been)[ \t]+(?:dismissed|sacked|ousted|voted[ \t]+out))\b/i;
const GOVERNMENT_AFTER_RE = /^(?:['\u2019]s?)?[ \t]+(?:[Gg]overnment|[Cc]abinet|[Aa]dministration)\b/;

/**
 * The people named, and a lone surname of one person right before "government", "cabinet" or "administration" ("the
 * Honcharuk Cabinet", "Babis' administration" on a page that names him in full only once, or never): the government's own
 * words say who it is.
 */
function governmentHeads(doc: Doc): { start: number; end: number; personId: string }[] {
  const subjects: { start: number; end: number; personId: string }[] = doc.people.filter((p) => !p.fuzzy);
  for (const m of doc.matches) {
    const ids = [...new Set(m.values.flatMap((v) => (v.type === 'person' && !v.full ? [v.id] : [])))];
    if (ids.length !== 1 || m.values.some((v) => v.type === 'person' && v.full) || subjects.some((q) => q.start === m.start)) continue;
    if (GOVERNMENT_AFTER_RE.test(doc.text.slice(m.end, m.end + 20))) subjects.push({ start: m.start, end: m.end, personId: ids[0] });
  }
  return subjects;
}
const OTHER_TIME_RE = /\b(?:1[89]\d\d|20\d\d|ago|last|previous|earlier|former|then|once|year|month)\b/i;
const END_DAYS = 3;
const RECENT_DAYS = 14;

export function governmentsEnded(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!GOVERNMENT_WORDS_RE.test(doc.folded) || !/dismiss|resign|sack|oust|stepped down|voted out/.test(doc.folded)) return out;
  const { text } = doc;
  for (const p of governmentHeads(doc)) {
    const gov = GOVERNMENT_AFTER_RE.exec(text.slice(p.end, p.end + 20));
    if (!gov) continue;
    const govEnd = p.end + gov[0].length;
    const sentence = sentenceOf(doc, p.start);
    const before = ENDED_BEFORE_RE.exec(text.slice(Math.max(sentence.start, p.start - 60), p.start));
    const after = before ? null : ENDED_AFTER_RE.exec(text.slice(govEnd, Math.min(sentence.end, govEnd + 40)));
    if (!before && !after) continue;
    const start = before ? p.start - before[0].length : Math.max(sentence.start, p.start - 4);
    const wordsEnd = after ? govEnd + after[0].length : govEnd;
    const day = datesIn(doc, sentence, sentence).find((d) => d.granularity === 'day');
    if (!day && OTHER_TIME_RE.test(text.slice(sentence.start, sentence.end))) continue;
    const window = day
      ? { first: addDays(day.first, -END_DAYS), last: addDays(day.last, END_DAYS) }
      : { first: addDays(doc.asOf, -RECENT_DAYS), last: addDays(doc.asOf, 1) };
    const t = (doc.facts.officesByPerson.get(p.personId) ?? [])
      .filter((o) => o.headOf === 'government' || o.headOf === 'state-and-government')
      .flatMap((o) => tenuresOf(p.personId, o))
      .find((x) => !!x.until && window.first <= x.until && x.until <= window.last && isConfident(x.holder));
    if (!t) continue;
    const end = day && day.start >= wordsEnd && day.start - wordsEnd <= 40 ? day.end : wordsEnd;
    const person = doc.facts.people.get(p.personId);
    const name = person?.name ?? p.personId;
    out.push({
      start,
      end,
      quote: text.slice(start, end),
      kind: 'tenure',
      verdict: 'supported',
      factIds: [t.office.id, p.personId],
      message: `${name}'s government ended on ${formatDay(t.until!)}, when ${name} left the office of ${t.office.name}.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}

// Round 31: a government named after its head, told with the time it has held power: "Babis' administration, in power
// since December, has cut aid" (held-out 26 ma040's kind, February 2026), "the Merz government, in office since May",
// "Tusk's cabinet, which took office on December 13". The head's tenure of heading the government began then: confirmed
// when one of theirs began in the time told. Never flagged here: a government is formed, appointed and sworn in on
// different days, and "in power" may count from the election.
const SINCE_AFTER_RE =
  /^(?:['\u2019]s?)?[ \t]+(?:[Gg]overnment|[Cc]abinet|[Aa]dministration)[ \t]*,?[ \t]+(?:(?:which|that)[ \t]+(?:has[ \t]+been[ \t]+in[ \t]+(?:power|office)[ \t]+since|took[ \t]+office|came[ \t]+to[ \t]+power|was[ \t]+sworn[ \t]+in)|(?:in[ \t]+(?:power|office)|ruling|governing)[ \t]+since)[ \t]+/;

// Built once (speed, round 41): a literal in governmentsSince was a new expression, parsed again, at each call.
const GOVERNMENTS_SINCE_RE = compiledOnFirstRun(
  /in power since|in office since|took office|came to power|sworn in|ruling since|governing since/,
);
export function governmentsSince(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!GOVERNMENTS_SINCE_RE.test(doc.folded)) return out;
  for (const p of governmentHeads(doc)) {
    const m = SINCE_AFTER_RE.exec(doc.text.slice(p.end, p.end + 90));
    if (!m) continue;
    const sentence = sentenceOf(doc, p.start);
    const at = p.end + m[0].length;
    // A month's mention takes in its "since" ("since December"): read from before it.
    const from = /since[ \t]+$/.test(m[0]) ? at - m[0].length + m[0].lastIndexOf('since') : at;
    const date = datesIn(doc, { start: from, end: Math.min(sentence.end, at + 30) }, sentence).find((d) => d.start - at <= 4);
    if (!date || date.granularity === 'span') continue;
    const t = (doc.facts.officesByPerson.get(p.personId) ?? [])
      .filter((o) => o.headOf === 'government' || o.headOf === 'state-and-government')
      .flatMap((o) => tenuresOf(p.personId, o))
      // "in power since" tells a government still in power; "which took office" may be of one gone since.
      .find(
        (x) =>
          x.from <= doc.asOf &&
          startFits(x, date) &&
          isConfident(x.holder) &&
          (/\btook|came|sworn/.test(m[0]) || onDay(x, doc.asOf) === 'in'),
      );
    if (!t) continue;
    out.push(
      tenureStartConfirmed(
        doc,
        p.personId,
        t,
        p.start,
        date.end,
        (name) => `${name} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
      ),
    );
  }
  return out;
}
