// Starts of tenure told of someone not named in the clause: "He has been in the post since the 1
// October 2014", "She has held this position since January 2021" (a pronoun for someone just
// named), "Since I took office as Secretary General in 2014" (a speaker, whose words are quoted
// or transcribed). Who is meant is a reading, so these are only ever confirmed: supported when
// exactly one person the page names began a tenure then, never flagged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, gapDays, overlaps, type DateMention } from '../dates';
import type { Span } from '../sentences';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { sentenceOf, startSentencesBack } from '../doc';
import { judgeStart, officesNamed } from './tenure';
import type { Office } from '../../facts/schema';
import { compiledOnFirstRun, execWarm, keysGate, warmed } from '../triggers';
import { LETTER_OR_DIGIT_RE, NON_LETTER_FIRST_RE } from '../letter-classes';

/** Whether a date mention falls on the tenure's start, or on a start other sources give. */
export const startFits = (t: Tenure, date: DateMention) =>
  [t.holder.start, ...(t.holder.altStart ?? [])].some((d) => overlaps(factRange(d), date));

// "He has been in the post since", "She has held this position since", "he has been in office
// since", "she has occupied the role since": a post named only by a word for a post.
// "He's been at the helm since October 1, 2014" (held-out 11, y081), "she has been in charge since", "he has led
// the alliance since 2014": the same, with a figure of speech for the post.
// Round 37: "Stoltenberg is the 14th secretary general of the alliance and has been in office since October 2014" (held-out
// 35 ql002): a second verb of the same subject, joined by "and", read as "he" is.
const PRONOUN_HELD_RE =
  /\b(?:he|she|and)(?:\s+(?:has|had)|['\u2019]s)\s+(?:(?:been\s+in|held|occupied|served\s+in)\s+(?:(?:the|this|that|his|her)\s+)?(?:post|position|role|office|job)|been\s+(?:at\s+the\s+helm|in\s+charge|in\s+power)|led\s+(?:the\s+)?(?:alliance|organi[sz]ation|country|government|NATO|ministry))\s+$/i;
// "has been" or "'s been": the tenure is told as still running on the page's date ("had been" narrates another time).
const STILL_RUNNING_RE = /^(?:he|she|and)(?:\s+has|['\u2019]s)\s/i;
/** How many sentences before the pronoun its person may be named in. */
const PRONOUN_SENTENCES = 2;
// "Since I took office as Secretary General in 2014", "when I became Prime Minister in 2010".
const FIRST_PERSON_KEYS = ['i took office as ', 'i became ', 'i assumed office as '];
const FIRST_PERSON_GATE = keysGate(FIRST_PERSON_KEYS);
const FIRST_PERSON_RE = /^\s*(?:took\s+office\s+as|became|assumed\s+office\s+as)\s+/i;
/** How far after the verb the title and its date may run. */
const TITLE_REACH = 70;

export function toldStarts(doc: Doc): Annotation[] {
  return [...pronounStarts(doc), ...pronounTookOffice(doc), ...firstPersonStarts(doc), ...describedStarts(doc), ...latterStarts(doc)];
}

// "He officially assumed the position on October 1, 2026" (January 2026, of Rutte named in the sentence
// before; he did on 1 October 2024: held-out 11, y097), "The new NATO head will officially assume the
// role on Oct. 1" (govconexec.com, June 2024: a plan, not read), "Mr Stoltenberg, Nato's 13th
// secretary-general, took over in 2014" (AP, October 2024: the name itself is read by tenure.ts), "He
// took office on 20 January 2021": a start told in the past tense of "he" or "she", the date right
// after the verb. Confirmed when one person named just before began a tenure then; contradicted only
// when the pronoun can only mean one person, with one office of theirs named (judgedByReferent).
// "He was sworn in on January 22, 2021" (of "the current Secretary of Defense is Lloyd J. Austin III" just before),
// "She was sworn into office on January 26, 2021", "he was inaugurated on 20 May 2019": the oath's day, read the same way.
// Round 45: "He took up office on 1 August 2009" (NATO, September 2014, of Anders Fogh Rasmussen named the sentence before;
// held-out 43 ty017), "he took up his appointment in 1987": the same verbs with "up".
const TOOK_KEYS = [' assumed ', ' took ', ' was sworn ', ' was inaugurated '];
const TOOK_GATE = keysGate(TOOK_KEYS);
const TOOK_SUBJECT_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:he|she)(?:[ \t]+(?:officially|formally|then|later|finally|eventually))?[ \t]+$`,
  'iu',
);
const TOOK_VERB_RE =
  /^(?:(?:assumed|took\s+up)\s+(?:the|his|her|this|that)\s+(?:position|post|role|office|job|duties|helm|reins|appointment)|(?:took|assumed|took\s+up)\s+office|took\s+(?:over|charge|the\s+helm|the\s+reins)|was\s+sworn\s+in(?:to\s+office)?|was\s+inaugurated)\b\s*/i;
// An oath may be taken days or weeks from the day the record counts the tenure from (an ambassador is sworn in before
// presenting credentials, a minister appointed before the oath): an oath's day is flagged only this far from any start.
const OATH_FLAG_DAYS = 60;
const AS_AFTER_RE = /^[ \t]*,?[ \t]*as\b/i;
// "Kamala Harris made history on January 20, 2021, when she was sworn in": the day told before "when".
const WHEN_BEFORE_RE = /,?[ \t]+when[ \t]+$/i;

function pronounTookOffice(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const key of TOOK_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const subject = execWarm(TOOK_SUBJECT_RE, doc.text.slice(Math.max(0, i - 20), i + 1));
      if (!subject) continue;
      const verb = TOOK_VERB_RE.exec(doc.text.slice(i + 1, i + 60));
      if (!verb) continue;
      const start = i + 1 - subject[0].length + (NON_LETTER_FIRST_RE.test(subject[0]) ? 1 : 0);
      const sentence = sentenceOf(doc, start);
      const oath = /^was/i.test(verb[0]);
      const date = dateAt(doc, i + 1 + verb[0].length, sentence);
      // "NAME made history on DAY, when she was sworn in": confirmed only (the day is told of the sentence's subject).
      const when = !date && oath ? dateBeforeWhen(doc, start, sentence) : undefined;
      if (when) {
        const named = doc.people.filter((q) => q.start >= sentence.start && q.end <= when.start && !q.fuzzy);
        const fit = named.length ? oneFitting(doc, [named[0].personId], when) : null;
        if (fit && new Set(named.map((q) => q.personId)).size === 1)
          out.push(tenureStartConfirmed(doc, fit.personId, fit.t, named[0].start, i + 1 + verb[0].trimEnd().length));
        continue;
      }
      if (!date || date.relative) continue;
      const from = startSentencesBack(doc, sentence, PRONOUN_SENTENCES);
      const ids = new Set(doc.people.filter((q) => q.start >= from && q.end <= start && !q.fuzzy).map((q) => q.personId));
      const fit = oneFitting(doc, ids, date);
      let judged = fit ? null : judgedByReferent(doc, start, sentence, date, false);
      // "He was sworn in on January 3, 2011, as senator": the day may be of another office than the one named before.
      if (judged && AS_AFTER_RE.test(doc.text.slice(date.end, date.end + 8))) judged = null;
      if (judged && oath && !farFromStarts(doc, start, sentence, date)) judged = { ...judged, verdict: 'context' };
      if (judged) out.push(judged);
      else if (fit) out.push(tenureStartConfirmed(doc, fit.personId, fit.t, start, date.end));
    }
  }
  return out;
}

/** The day told right before ", when" that stands before the pronoun at `subjectStart`, in the same sentence. */
function dateBeforeWhen(doc: Doc, subjectStart: number, sentence: Span): DateMention | undefined {
  const lead = WHEN_BEFORE_RE.exec(doc.text.slice(Math.max(sentence.start, subjectStart - 12), subjectStart));
  if (!lead) return undefined;
  const whenAt = subjectStart - lead[0].length;
  const d = datesIn(doc, { start: sentence.start, end: whenAt }, sentence).at(-1);
  return d && d.end >= whenAt - 1 && d.granularity === 'day' && d.explicitYear && !d.relative ? d : undefined;
}

/** Whether an oath's day lies far from every start of the referent's tenures of the office named (OATH_FLAG_DAYS). */
function farFromStarts(doc: Doc, at: number, sentence: Span, date: DateMention): boolean {
  const referent = pronounReferent(doc, at, sentence);
  if (!referent) return false;
  return tenuresOf(referent.personId, referent.office).every((t) =>
    [t.holder.start, ...(t.holder.altStart ?? [])].every((d) => gapDays(factRange(d), date) > OATH_FLAG_DAYS),
  );
}

// "The one-day summit is the first meeting between Putin and Biden since the latter took office in
// January" (June 2021), "talks between Scholz and Merz, since the latter became chancellor in May",
// "Macron and Starmer, the latter sworn in in July": "the latter" is the last person named before it
// in the sentence. With no office named, the start must fit a tenure of any office of theirs; only
// ever confirmed.
const LATTER_KEY = 'the latter ';
const LATTER_VERB_RE =
  /^the\s+latter\s+(?:took\s+office|became|assumed\s+office|was\s+sworn\s+in|sworn\s+in|was\s+inaugurated|came\s+to\s+power)\b\s*(?:as\s+)?/i;

function latterStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (let i = doc.folded.indexOf(LATTER_KEY); i >= 0; i = doc.folded.indexOf(LATTER_KEY, i + LATTER_KEY.length)) {
    const verb = LATTER_VERB_RE.exec(doc.text.slice(i, i + 40));
    if (!verb) continue;
    const sentence = sentenceOf(doc, i);
    const before = namedPeople(doc).filter((q) => q.start >= sentence.start && q.end <= i);
    // Two people at least, for "the latter" to have a former.
    if (new Set(before.map((q) => q.personId)).size < 2) continue;
    const titleStart = i + verb[0].length;
    const date = startDate(doc, titleStart, sentence);
    if (!date || date.granularity === 'span' || (date.relative && date.granularity === 'day')) continue;
    const named = new Set(officesNamed(doc, titleStart, date.start).map((o) => o.id));
    const fit = oneFitting(doc, [before[before.length - 1].personId], date, named.size ? named : undefined);
    if (fit) out.push(tenureStartConfirmed(doc, fit.personId, fit.t, i, date.end));
  }
  return out;
}

// "He was appointed head of military intelligence in 2020", "the young major general was appointed
// head of the GUR ... in 2020" (Le Monde, January 2024), "In 2019 the former comedian became
// president", "she later became prime minister in 2021": a start told of someone named just before
// by a pronoun or a description. The office must be named; who is meant is a reading, so these are
// only ever confirmed (oneFitting), like the forms above.
// "He served as Acting Secretary of Defense from June 24, 2019, to July 15, 2019, and was sworn in as the 27th
// Secretary of Defense July 23, 2019" (held-out 10, w012, of Mark Esper): a span's first day after "from", an
// oath's day written out with no preposition, and a second verb joined by "and" to the first's subject.
const DESCRIBED_KEYS = [
  ' was appointed ',
  ' became ',
  ' was named ',
  ' was elected ',
  ' took office as ',
  ' was sworn in as ',
  ' served as ',
];
const DESCRIBED_GATE = keysGate(DESCRIBED_KEYS);
const DESCRIBED_SUBJECT_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:he|she|the[ \t]+(?:[\p{L}\d-]+[ \t]+){0,3}?(?:general|officer|commander|politician|diplomat|economist|lawyer|comedian|actor|official|veteran|spymaster|banker|businessman|businesswoman|\d{2}-year-old))(?:[ \t]+(?:later|then|subsequently|eventually|first))?[ \t]+$`,
  'iu',
);
const DESCRIBED_VERB_RE =
  /^\s*(?:was\s+appointed|became|was\s+named|was\s+elected|took\s+office\s+as|was\s+sworn\s+in\s+as|served\s+as)\s+(?:as\s+)?/i;
// "He served as X from DATE, to DATE, and was sworn in as Y DATE": the second verb's subject is the first's.
const AND_SECOND_VERB_RE = compiledOnFirstRun(
  /^(?:he|she)\s+(?:served\s+as|was\s+appointed|became|was\s+named)\b[^.;:!?]{3,160},?\s+and\s*$/i,
);

function describedStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  let named: ReturnType<typeof namedPeople> | undefined;
  for (const key of DESCRIBED_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const sentence = sentenceOf(doc, i);
      const lead = doc.text.slice(Math.max(0, i - 60), i + 1);
      const subject = warmed(DESCRIBED_SUBJECT_RE, lead).exec(lead);
      const second = subject ? null : AND_SECOND_VERB_RE.exec(doc.text.slice(sentence.start, i + 1).trimStart());
      if (!subject && !second) continue;
      const start = subject ? i + 1 - subject[0].length + (NON_LETTER_FIRST_RE.test(subject[0]) ? 1 : 0) : i + 1;
      const verb = DESCRIBED_VERB_RE.exec(doc.text.slice(i, i + key.length + 4));
      if (!verb) continue;
      const titleStart = i + verb[0].length;
      const served = /served/i.test(verb[0]);
      const date = startDate(doc, titleStart, sentence, served ? FROM_BEFORE_RE : /sworn/i.test(verb[0]) ? BARE_DAY : undefined);
      if (!date || date.granularity === 'span' || (date.relative && date.granularity === 'day')) continue;
      const offices = new Set(officesNamed(doc, titleStart, date.start).map((o) => o.id));
      if (!offices.size) continue;
      // Whom the words mean: someone named in the sentence before them or in the ones before.
      const from = startSentencesBack(doc, sentence, PRONOUN_SENTENCES);
      named ??= namedPeople(doc);
      const ids = new Set(named.filter((q) => q.start >= from && q.end <= start).map((q) => q.personId));
      const fit = oneFitting(doc, ids, date, offices);
      if (fit) out.push(tenureStartConfirmed(doc, fit.personId, fit.t, start, date.end));
    }
  }
  return out;
}

/** The one person among `ids` whose tenure (any office, begun by the article's date) started on the date. */
function oneFitting(
  doc: Doc,
  ids: Iterable<string>,
  date: DateMention,
  offices?: ReadonlySet<string>,
): { personId: string; t: Tenure } | null {
  let found: { personId: string; t: Tenure } | null = null;
  for (const id of ids) {
    const t = (doc.facts.officesByPerson.get(id) ?? [])
      .filter((o) => !offices || offices.has(o.id))
      .flatMap((o) => tenuresOf(id, o))
      .find((x) => x.from <= doc.asOf && startFits(x, date));
    if (!t) continue;
    if (found && found.personId !== id) return null;
    found = { personId: id, t };
  }
  return found;
}

/** A start of tenure told at start..end, confirmed by the tenure `t` (context when the tenure is weakly sourced). */
export function tenureStartConfirmed(
  doc: Doc,
  personId: string,
  t: Tenure,
  start: number,
  end: number,
  message = (name: string | undefined) => `${name} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
): Annotation {
  const person = doc.facts.people.get(personId);
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
    factIds: [t.office.id, personId],
    message: message(person?.name),
    fact: describeHolder(person, t),
    sources: sourcesOf(t.holder),
  };
}

/** The first date right at `at` (a "the" or a preposition may stand before it), of a month or finer. */
function dateAt(doc: Doc, at: number, sentence: Span): DateMention | undefined {
  const d = datesIn(doc, { start: at, end: Math.min(sentence.end, at + 40) }, sentence).find((x) => x.start <= at + 5);
  return d && d.granularity !== 'span' && !(d.relative && d.granularity === 'day') ? d : undefined;
}

function pronounStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Looked for by a keyword: most texts have few "since".
  for (let i = doc.folded.indexOf(' since '); i >= 0; i = doc.folded.indexOf(' since ', i + 7)) {
    const held = execWarm(PRONOUN_HELD_RE, doc.text.slice(Math.max(0, i - 60), i + 1));
    if (!held) continue;
    const start = i + 1 - held[0].length + (/^\s*and\s/i.test(held[0]) ? held[0].indexOf('and') + 4 : 0);
    const sentence = sentenceOf(doc, start);
    const dated = dateAt(doc, i + 7, sentence);
    // Round 40 (confirmations by volume): a bare year is read with its "since" ("He has been in charge since 2014",
    // "he has led the alliance since 2014"); only ever confirmed, and only of a tenure still running on the page's day.
    const year = dated
      ? undefined
      : datesIn(doc, { start: i + 1, end: Math.min(sentence.end, i + 13) }, sentence).find(
          (x) => x.start === i + 1 && x.granularity === 'year' && x.explicitYear,
        );
    const date = dated ?? year;
    if (!date) continue;
    const from = startSentencesBack(doc, sentence, PRONOUN_SENTENCES);
    const ids = new Set(doc.people.filter((q) => q.start >= from && q.end <= start && !q.fuzzy).map((q) => q.personId));
    const fit = oneFitting(doc, ids, date);
    if (year) {
      if (fit && onDay(fit.t, doc.asOf) !== 'out') out.push(tenureStartConfirmed(doc, fit.personId, fit.t, start, date.end));
      continue;
    }
    const running = STILL_RUNNING_RE.test(held[0].trimStart());
    const judged = fit ? null : judgedByReferent(doc, start, sentence, date, running);
    if (judged) out.push(judged);
    else if (fit && running && doc.dateCertain) out.push(stillRunning(doc, fit.personId, fit.t, start, date.end));
    else if (fit) out.push(tenureStartConfirmed(doc, fit.personId, fit.t, start, date.end));
  }
  return out;
}

/**
 * "Currently, the NATO Secretary General is Jens Stoltenberg. He's been at the helm since October 1, 2014"
 * (November 2025; held-out 11, y081): a start that fits, of a tenure told as still running ("has been")
 * that had ended before the page's date, is outdated, when the pronoun can only mean the one named
 * (pronounReferent) and the office is the one named with them; else the start is confirmed.
 */
function stillRunning(doc: Doc, personId: string, t: Tenure, start: number, end: number): Annotation {
  const confirmed = tenureStartConfirmed(doc, personId, t, start, end);
  if (!t.holder.end || t.holder.end > doc.asOf || !isConfident(t.holder) || t.holder.end.length !== 10) return confirmed;
  const sentence = sentenceOf(doc, start);
  const referent = pronounReferent(doc, start, sentence);
  if (!referent || referent.personId !== personId || referent.office !== t.office) return confirmed;
  // Held again since: another tenure of the same office runs on the page's date.
  if (tenuresOf(personId, t.office).some((x) => onDay(x, doc.asOf) !== 'out')) return confirmed;
  return {
    ...confirmed,
    verdict: 'outdated',
    message: `${doc.facts.people.get(personId)?.name} took office as ${t.office.name} on ${formatDay(t.holder.start)}, but left it on ${formatDay(t.holder.end)}.`,
  };
}

// Whom "he" or "she" means, beyond doubt: the one person named in this sentence before the pronoun or the
// one before it, with one office of theirs named there too ("the NATO Secretary General is Jens Stoltenberg.
// He ..."), and no other name there the fact base does not know (a run of capitalised words no lexicon
// entry covers: "John Smith", who may be the one meant).
const CAPITALISED_RUN_RE = new RegExp(String.raw`\p{Lu}[\p{Ll}\u2019'-]+(?:\s+\p{Lu}[\p{Ll}\u2019'-]+)+`, 'gu');

function pronounReferent(doc: Doc, at: number, sentence: Span): { personId: string; office: Office } | null {
  const from = startSentencesBack(doc, sentence, 1);
  const people = doc.people.filter((q) => q.start >= from && q.end <= at);
  const ids = new Set(people.map((q) => q.personId));
  if (ids.size !== 1 || people.some((q) => q.fuzzy)) return null;
  const [personId] = ids;
  const held = new Set(doc.facts.officesByPerson.get(personId) ?? []);
  const offices = officesNamed(doc, from, at).filter((o) => held.has(o));
  if (offices.length !== 1) return null;
  const window = doc.text.slice(from, at);
  const covered = doc.matches.filter((m) => m.end > from && m.start < at);
  for (const run of window.matchAll(CAPITALISED_RUN_RE)) {
    const s = from + run.index;
    const e = s + run[0].length;
    if (!covered.some((m) => m.start < e && m.end > s)) return null;
  }
  return { personId, office: offices[0] };
}

/**
 * A start told of "he" or "she" that fits no tenure of anyone named before: judged against the one the
 * pronoun can only mean (pronounReferent), in the office named with them: the tenure running on the page's
 * date, else the last begun by it. Contradicted when its start is another (judgeStart: a full record day,
 * a confident record, not past the office's horizon); a start that fits another tenure of the same office
 * is left alone.
 */
function judgedByReferent(doc: Doc, start: number, sentence: Span, date: DateMention, running: boolean): Annotation | null {
  if (!doc.dateCertain || !date.explicitYear) return null;
  const referent = pronounReferent(doc, start, sentence);
  if (!referent) return null;
  const tenures = tenuresOf(referent.personId, referent.office).filter((x) => x.from <= date.last || x.from <= doc.asOf);
  if (!tenures.length || tenures.some((x) => startFits(x, date))) return null;
  const t = tenures.find((x) => onDay(x, doc.asOf) === 'in') ?? (running ? undefined : tenures[tenures.length - 1]);
  if (!t) return null;
  const judged = judgeStart(doc, referent.personId, t, date);
  if (judged.verdict !== 'contradicted') return null;
  return { ...judged, start, end: date.end, quote: doc.text.slice(start, date.end), kind: 'tenure' };
}

/** The date a start is told with, a little after the title: "in 2020", "on 5 August 2020" (a year's mention may take in its preposition). */
// "served as X from June 24, 2019": the span's first day. "sworn in as X July 23, 2019": a day written out right after the title.
const FROM_BEFORE_RE = /\bfrom\s+$/i;
const BARE_DAY = /(?:^|\s)$/;

/** The date after the title: after "in" or "on" (or `before`, a test of the words before it, for a day written out in full). */
function startDate(doc: Doc, titleStart: number, sentence: Span, before?: RegExp) {
  const reach = Math.min(sentence.end, titleStart + TITLE_REACH);
  const dates = datesIn(doc, { start: titleStart, end: reach }, sentence);
  if (before) {
    const first = dates[0];
    const lead = first ? doc.text.slice(Math.max(0, first.start - 6), first.start) : '';
    return first && first.granularity === 'day' && first.explicitYear && before.test(lead) && !/\b(?:to|until|through)\s+$/i.test(lead)
      ? first
      : undefined;
  }
  return dates.find(
    (d) =>
      /\b(?:in|on)\s+$/i.test(doc.text.slice(Math.max(0, d.start - 4), d.start)) || /^(?:in|on)\b/i.test(doc.text.slice(d.start, d.end)),
  );
}

function firstPersonStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const key of FIRST_PERSON_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      // "I", a word of its own.
      if (i > 0 && LETTER_OR_DIGIT_RE.test(doc.text[i - 1])) continue;
      const verb = FIRST_PERSON_RE.exec(doc.text.slice(i + 1, i + 1 + key.length + 4));
      if (!verb) continue;
      const titleStart = i + 1 + verb[0].length;
      const sentence = sentenceOf(doc, i);
      const date = startDate(doc, titleStart, sentence);
      if (!date || date.granularity === 'span' || date.relative) continue;
      const offices = new Set(officesNamed(doc, titleStart, date.start).map((o) => o.id));
      if (!offices.size) continue;
      // The speaker: someone the page names (not a misspelt name) who began a tenure of the office then.
      const ids = new Set(doc.people.filter((q) => !q.fuzzy).map((q) => q.personId));
      const fit = oneFitting(doc, ids, date, offices);
      if (fit) out.push(tenureStartConfirmed(doc, fit.personId, fit.t, i, date.end));
    }
  }
  return out;
}

/**
 * The people the page names: its person mentions, and lone surnames the lexicon reads as one person
 * only that the page did not take as a mention ("the Verkhovna Rada appointed Reznikov", on a page
 * that never writes "Oleksii"). Good for a reader that only confirms, by a start on record.
 */
export function namedPeople(doc: Doc): { start: number; end: number; personId: string }[] {
  // A misspelt full name ("Aleksei Reznikov", taken approximately) is left out; its surname, if it reads as one person, stays.
  const out: { start: number; end: number; personId: string }[] = doc.people.filter((p) => !p.fuzzy);
  for (const m of doc.matches) {
    const ids = new Set(m.values.flatMap((v) => (v.type === 'person' ? [v.id] : [])));
    if (ids.size !== 1 || out.some((p) => p.start <= m.start && m.end <= p.end)) continue;
    out.push({ start: m.start, end: m.end, personId: [...ids][0] });
  }
  return out;
}
