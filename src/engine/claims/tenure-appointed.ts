// An appointment told with the appointer as subject: "on September 6, the Verkhovna Rada appointed
// the former head of the State Property Fund Rustem Umerov to the post of Minister of Defense"
// (2023), "the Verkhovna Rada appointed Reznikov as Ukraine's defense minister on November 4"
// (2021), "On March 4, the Verkhovna Rada appointed Andrii Taran as Ukraine's new defense minister"
// (censor.net, March 2020), "The deputies of the Verkhovna Rada of Ukraine voted to appoint former
// Deputy Prime Minister Aleksei Reznikov to the post of Minister of Defense of Ukraine on Thursday"
// (TASS, 4 November 2021), "the Rada confirmed Yulia Sviridenko ... as the new Prime Minister" (TASS,
// July 2025), "has approved the appointment of Denis Shmygal as Ukraine's new Defense Minister".
//
// The date of an appointment is not always the first day in office ("NATO appointed Mark Rutte as
// its next Secretary General" in June 2024; he took office on 1 October), so this only ever
// confirms: supported when the person's tenure of the office named began on the day told (after
// the title, or the one day told before the name in the sentence). Never flagged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { sentenceOf, startSentencesBack } from '../doc';
import type { DateMention } from '../dates';
import { describeHolder, onDay, sourcesOf, tenuresOf } from '../holders';
import { addDays, daysBetween, factRange, formatDay, overlaps } from '../dates';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';
import { namedPeople, startFits, tenureStartConfirmed } from './tenure-pronoun';
import { compiledOnFirstRun, keysGate, warmed, matchesOf } from '../triggers';

const APPOINT_WORDS_RE = compiledOnFirstRun(
  /\b(?:appoint|named|confirm|elected|voted in|promoted|moved to|elevated|over as|become|nominat|propos|picked|tapped)/,
);
// Before the name, in its sentence: the verb, then at most a description of the person with no
// punctuation ("the former head of the State Property Fund ") or a party label ("elected Social Democrat Olaf Scholz as the
// country’s chancellor on Wednesday", held-out 21 za012), and a first name the record does not spell so ("Andrii Taran",
// on record as Andriy).
const VERB_BEFORE_RE = new RegExp(
  String.raw`\b(?:appointed|appoints|appoint|named|confirmed|confirms|confirm|elected|approved\s+the\s+appointment\s+of|nominated|nominates|nominate|proposed|proposes|propose|picked|picks|pick|tapped|taps|tap)\s+(?:(?:the\s+)?(?:former|ex-|then-|current|acting|first)[^,.;:()"\u201c\u201d]{0,60}?,?\s+|(?:Social|Christian|Free|Liberal|Green)\s+Democrat\s+|(?:Conservative|Labour|Socialist|Liberal|Green|Republican|Democrat)\s+)?(?:\p{Lu}[\p{L}'\u2019-]+\s+)?$`,
  'u',
);
// After the name: what the person was made ("as Ukraine's defense minister", "to the post of Minister of Defense").
// "Putin proposed Andrei Belousov to become the country's defence minister" (May 2024): "to become" as "as".
// Round 46: the title with no "as" after the verb and the name ("the Verkhovna Rada voted to appoint Alexei Goncharuk the
// country’s prime minister", news.az/Ukrinform, 29 August 2019; "Parliament appointed Oleksiy Honcharuk prime minister"):
// only a title that opens with the country's possessive or a minister's post, as officesNamed must then name an office.
const AS_AFTER_RE = compiledOnFirstRun(
  /^\s*(?:,\s*)?(?:as|to\s+become|to\s+(?:the\s+)?(?:post|position|office|role)\s+of)\s+|^\s+(?=the\s+(?:country|nation)['\u2019]s\s|(?:(?:the\s+)?new\s+)?(?:prime|defen[cs]e|foreign)\s+minister\b)/i,
);
// "Biden plans to nominate Antony Blinken as his secretary of state" (November 2020, in office January 2021): a choice
// told before the appointment, whose tenure begins up to NOMINATED_AHEAD_DAYS after the page's day.
const CHOICE_VERB_RE = /^(?:nominat|propos|pick|tap)/i;
const NOMINATED_AHEAD_DAYS = 100;
/** How far after the name the title and its date may run. */
const TITLE_REACH = 90;

// Built once (speed, round 41): a literal in appointmentsTold was a new expression, parsed again, at each call.
const APPOINTMENTS_TOLD_RE = /s appointment\b/;
export function appointmentsTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (POST_GATE.test(doc.folded)) out.push(...postsTaken(doc));
  if (RISE_GATE.test(doc.folded)) out.push(...risesTold(doc));
  if (!APPOINT_WORDS_RE.test(doc.folded)) return out;
  out.push(...appointedAsNew(doc));
  if (doc.folded.includes(' appointment as ')) out.push(...appointmentNouns(doc));
  if (APPOINTMENTS_TOLD_RE.test(doc.folded)) out.push(...possessiveAppointments(doc));
  if (doc.folded.includes(' confirmed ')) out.push(...confirmedAs(doc));
  const { text } = doc;
  for (const p of namedPeople(doc)) {
    const as = AS_AFTER_RE.exec(text.slice(p.end, p.end + 30));
    if (!as) continue;
    const sentence = sentenceOf(doc, p.start);
    const verb = VERB_BEFORE_RE.exec(text.slice(Math.max(sentence.start, p.start - 90), p.start));
    if (!verb) continue;
    const titleStart = p.end + as[0].length;
    const reach = Math.min(sentence.end, titleStart + TITLE_REACH);
    // The day after the title ("as defense minister on November 4"), else the one told before the name ("On March 4, the Rada appointed").
    const after = datesIn(doc, { start: titleStart, end: reach }, sentence).find(
      (d) => /\b(?:in|on)\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) || /^(?:in|on)\b/i.test(text.slice(d.start, d.end)),
    );
    const before = datesIn(doc, { start: sentence.start, end: p.start }, sentence).filter((d) => d.granularity === 'day');
    const date: DateMention | undefined = after ?? (before.length === 1 ? before[0] : undefined);
    if (!date) {
      // No day in the sentence: "The Ukrainian parliament has approved the appointment of the former deputy prime
      // minister, Oleksiy Reznikov, to the post of defense minister" (RFE/RL, 4 November 2021) tells the day's news.
      const ahead = CHOICE_VERB_RE.test(verb[0].replace(/^\W+/, '')) ? NOMINATED_AHEAD_DAYS : NEWS_AFTER_DAYS;
      const news = datesIn(doc, sentence, sentence).length ? undefined : newsStart(doc, p.personId, titleStart, reach, ahead);
      if (news) out.push(tenureStartConfirmed(doc, p.personId, news.t, p.start - verb[0].length, news.end));
      continue;
    }
    if (date.granularity === 'span') continue;
    const offices = officesNamed(doc, titleStart, after ? after.start : reach);
    const t = offices.flatMap((o) => tenuresOf(p.personId, o)).find((x) => x.from <= doc.asOf && startFits(x, date));
    if (!t) continue;
    const start = p.start - verb[0].length;
    const end = after ? after.end : Math.min(reach, titleEnd(text, titleStart, reach));
    out.push(tenureStartConfirmed(doc, p.personId, t, Math.min(start, date.start), Math.max(end, date.end)));
  }
  return out;
}

/** The person's tenure of the office the title names begun within days of the page's date, and where the title ends. */
function newsStart(doc: Doc, personId: string, titleStart: number, reach: number, ahead = NEWS_AFTER_DAYS) {
  const end = titleEnd(doc.text, titleStart, reach);
  const offices = officesNamed(doc, titleStart, end);
  const near = (day: string) => day >= addDays(doc.asOf, -NEWS_BEFORE_DAYS) && day <= addDays(doc.asOf, ahead);
  const t = offices.flatMap((o) => tenuresOf(personId, o)).find((x) => x.holder.start.length === 10 && near(x.holder.start));
  return t && end > titleStart ? { t, end } : undefined;
}

// The appointment as a noun with a possessive pronoun: "Prior to his appointment as Ukraine's Foreign Minister in
// March 2020, Kuleba served as Deputy Prime Minister" (UNN, 5 September 2024; held-out 12, g039), "since her
// appointment as defence minister in 2021". The person is the one named in the sentence or the two before who held
// an office the title names, when there is exactly one; confirmed when that tenure began at the time told, never
// flagged (an appointment may be told by its announcement's date).
const APPOINTMENT_NOUN_RE = /\b(?:his|her)\s+appointment\s+as\s+/gi;
const OPENING_RE = /^\s*(?:Prior\s+to|Before|After|Since|Following|Upon|On|Until)\s+$/i;

function appointmentNouns(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  APPOINTMENT_NOUN_RE.lastIndex = 0;
  for (let m = APPOINTMENT_NOUN_RE.exec(text); m; m = APPOINTMENT_NOUN_RE.exec(text)) {
    const titleStart = m.index + m[0].length;
    const sentence = sentenceOf(doc, m.index);
    const reach = Math.min(sentence.end, titleStart + TITLE_REACH);
    const date = datesIn(doc, { start: titleStart, end: reach }, sentence).find(
      (d) => /\b(?:in|on)\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) || /^(?:in|on)\b/i.test(text.slice(d.start, d.end)),
    );
    if (!date) {
      const undated = undatedAppointmentNoun(doc, m.index, titleStart, reach, sentence);
      if (undated) out.push(undated);
      continue;
    }
    if (date.granularity === 'span') continue;
    const offices = officesNamed(doc, titleStart, date.start);
    if (!offices.length) continue;
    // "Prior to his appointment as ..., Kuleba served": in a clause the sentence opens with, "his" is the main
    // clause's subject, named right after the comma that closes it.
    const comma = text.indexOf(',', date.end);
    const opening = OPENING_RE.test(text.slice(sentence.start, m.index)) && comma >= 0 && comma < sentence.end;
    const subject = opening ? namedPeople(doc).find((p) => p.start > comma && p.start - comma <= 3) : undefined;
    const from = startSentencesBack(doc, sentence, 2);
    const ids = subject
      ? new Set([subject.personId].filter((id) => offices.some((o) => tenuresOf(id, o).length)))
      : new Set(
          namedPeople(doc)
            .filter((p) => p.start >= from && p.end <= sentence.end && (p.end <= m!.index || p.start >= date.end))
            .map((p) => p.personId)
            .filter((id) => offices.some((o) => tenuresOf(id, o).length)),
        );
    if (ids.size !== 1) continue;
    const personId = [...ids][0];
    const t = offices.flatMap((o) => tenuresOf(personId, o)).find((x) => x.from <= doc.asOf && startFits(x, date));
    if (!t) continue;
    out.push(tenureStartConfirmed(doc, personId, t, m.index, date.end));
  }
  return out;
}

// Round 41: the noun with no time told, as news: "Mickoski today congratulated ... Radmila Sekerinska on her appointment as
// Deputy Secretary General of NATO" (held-out 39 sg018, 20 November 2024: appointed on the 19th, in office from 2 December).
// Confirmed when the one person named in the sentence or the two before who held an office the title names has a tenure
// of it beginning within APPOINTMENT_NEWS_DAYS either side of the page's day; never flagged.
const APPOINTMENT_NEWS_DAYS = 30;

function undatedAppointmentNoun(doc: Doc, at: number, titleStart: number, reach: number, sentence: Span): Annotation | undefined {
  const end = titleEnd(doc.text, titleStart, reach);
  const offices = officesNamed(doc, titleStart, end);
  if (!offices.length) return undefined;
  const from = startSentencesBack(doc, sentence, 2);
  const ids = new Set(
    namedPeople(doc)
      .filter((p) => p.start >= from && p.end <= sentence.end && (p.end <= at || p.start >= end))
      .map((p) => p.personId)
      .filter((id) => offices.some((o) => tenuresOf(id, o).length)),
  );
  if (ids.size !== 1) return undefined;
  const [personId] = ids;
  const fits = offices
    .flatMap((o) => tenuresOf(personId, o))
    .filter((x) => x.holder.start.length === 10 && Math.abs(daysBetween(doc.asOf, x.holder.start)) <= APPOINTMENT_NEWS_DAYS);
  if (fits.length !== 1) return undefined;
  return tenureStartConfirmed(doc, personId, fits[0], at, end);
}

// The appointment as a noun after the name, with its day and no office: "The Ukrainian parliament approved
// Svyrydenko’s appointment with broad support on July 17, 2025" (held-out 15 ta057), "Svyrydenko's appointment, which
// took place on July 17, 2025". The office is the one of the person's tenures that began on the day told (with
// "as TITLE", one the title names). Confirmed only; an appointment may be told by its announcement's day.
const POSSESSIVE_APPOINTMENT_RE = /^['\u2019]s\s+appointment\b/i;
/** How far after the words the day may stand, in their sentence. */
const POSSESSIVE_REACH = 60;

/** The time is told with "in" or "on" ("in 2010", "on 1 October 2014"). */
const toldWithInOrOn = (text: string, d: { start: number; end: number }): boolean =>
  /\b(?:in|on)\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) || /^(?:in|on)\b/i.test(text.slice(d.start, d.end));
/** No other person is named between the words and the time ("X's appointment to replace Y, who resigned on ..." tells of Y). */
const noPersonBetween = (doc: Doc, from: number, d: { start: number }): boolean =>
  !doc.people.some((q) => q.start >= from && q.end <= d.start);

function possessiveAppointments(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const m = POSSESSIVE_APPOINTMENT_RE.exec(text.slice(p.end, p.end + 20));
    if (!m) continue;
    const sentence = sentenceOf(doc, p.start);
    const from = p.end + m[0].length;
    const reach = Math.min(sentence.end, from + POSSESSIVE_REACH);
    // No other person between the words and the day: "X's appointment to replace Y, who resigned on ..." tells of Y.
    const date = datesIn(doc, { start: from, end: reach }, sentence).find(
      (d) =>
        (toldWithInOrOn(text, d) || /\bon\s+the\s+same\s+day,\s*$/i.test(text.slice(Math.max(0, d.start - 20), d.start))) &&
        noPersonBetween(doc, from, d),
    );
    if (!date || date.granularity === 'span' || date.relative) continue;
    const as = /^\s+as\s+/i.exec(text.slice(from, from + 6));
    const offices = as ? officesNamed(doc, from + as[0].length, date.start) : (doc.facts.officesByPerson.get(p.personId) ?? []);
    const fits = offices.flatMap((o) => tenuresOf(p.personId, o)).filter((t) => t.from <= doc.asOf && startFits(t, date));
    if (fits.length !== 1) continue;
    out.push(tenureStartConfirmed(doc, p.personId, fits[0], p.start, date.end));
  }
  return out;
}

// Round 46: a rise to an office told as a noun after the name, with its year: "Rutte’s rise to the position of Prime
// Minister in 2010 came after a period of political instability" (arrived-now.com profile, January 2026, held-out 44
// um001), "Stoltenberg’s ascension to the post of NATO Secretary General in 2014", "Merz’s rise to chancellor in 2025".
// Supported when a tenure of the person of the office the title names began in the time told (startFits). Contradicted
// only when the person held that office once, on a verified record, the year is written out and the start lies more
// than RISE_AFTER_DAYS before the time told or RISE_BEFORE_DAYS after it ("Rutte’s rise to the position of Prime
// Minister in 2012"): a rise is the taking of office, not an election months ahead of it, and no one rises to an office
// years after taking it. "Rise to power"/"to prominence" name no office: left alone.
const RISE_GATE = keysGate([' rise to ', ' ascension to ', ' ascent to ', ' elevation to ']);
const RISE_RE =
  /^['\u2019]s?\s+(?:(?:political|meteoric|rapid|swift|steady|eventual|unexpected)\s+)?(?:rise|ascension|ascent|elevation)\s+to\s+(?:the\s+(?:position|post|office|role|rank)\s+of\s+)?(?:the\s+)?/i;
/** How long, in days, before the time told the record's start may lie for "X's rise to TITLE in YEAR" not to be flagged. */
const RISE_AFTER_DAYS = 60;
/** How long after the time told it may lie: an appointment decided ahead of the start (NATO's, months ahead). */
const RISE_BEFORE_DAYS = 366;

function risesTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  for (const p of namedPeople(doc)) {
    const m = RISE_RE.exec(text.slice(p.end, p.end + 60));
    if (!m) continue;
    const sentence = sentenceOf(doc, p.start);
    const from = p.end + m[0].length;
    const reach = Math.min(sentence.end, from + POSSESSIVE_REACH);
    // The time right after the title ("in 2010", "on 1 October 2014"), with no clause or other person between.
    const date = datesIn(doc, { start: from, end: reach }, sentence).find(
      (d) => toldWithInOrOn(text, d) && !/[,;:()]/.test(text.slice(from, d.start)) && noPersonBetween(doc, from, d),
    );
    if (!date || date.granularity === 'span' || date.relative) continue;
    const offices = officesNamed(doc, from, date.start).filter((o) => tenuresOf(p.personId, o).length);
    if (!offices.length) continue;
    const tenures = offices.flatMap((o) => tenuresOf(p.personId, o));
    const fit = tenures.find((t) => t.from <= doc.asOf && startFits(t, date));
    if (fit) {
      out.push(tenureStartConfirmed(doc, p.personId, fit, p.start, date.end));
      continue;
    }
    if (offices.length !== 1 || tenures.length !== 1 || !date.explicitYear || !doc.dateCertain) continue;
    const [t] = tenures;
    if (t.holder.confidence !== 'verified' || t.holder.disputed || t.holder.start.length !== 10 || t.from > doc.asOf) continue;
    const far = t.holder.start < addDays(date.first, -RISE_AFTER_DAYS) || t.holder.start > addDays(date.last, RISE_BEFORE_DAYS);
    if (!far) continue;
    const person = doc.facts.people.get(p.personId);
    out.push({
      start: p.start,
      end: date.end,
      quote: text.slice(p.start, date.end),
      kind: 'tenure',
      verdict: 'contradicted',
      factIds: [t.office.id, p.personId],
      message: `${person?.name ?? p.personId} took office as ${t.office.name} on ${formatDay(t.holder.start)}, not ${text.slice(date.start, date.end).replace(/^(?:in|on)\s+/i, '')}.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}

/** The end of the title words: the first comma, full stop or clause word after them. */
function titleEnd(text: string, from: number, limit: number): number {
  const m = /[,.;:()]|\s(?:on|in|after|with|who|which|by)\s/.exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}

// An appointment told in the passive, with no date, as news of the article's days: "Mykhailo Fedorov
// was appointed as Ukraine’s new Minister of Defense" (held-out 10, w075, 14 January 2026), "Andrei
// Zagorodnyuk has been appointed Ukraine’s defense minister" (news.az, August 2019), "Denys Shmyhal was
// appointed energy minister and first deputy prime minister" (AP rewrite, January 2026), "Denys
// Shmyhal was confirmed as the new Vice Prime Minister and Minister of Energy" (w075), "Volunteer Andriy Zahorodniuk, 44, was voted
// in as Ukraine’s new defense minister" (held-out 15 ta004, 29 August 2019).
//
// Round 23 (held-out 21 za018, za048): the same news told as a move ("Ben Wallace is taking over as Defence Secretary",
// "Liz Truss becomes International Trade Secretary") or a promotion in a relative clause ("He will now replace James
// Cleverly, who has been promoted to home secretary"); judged alike, only within days of the page's date.
const PASSIVE_AFTER_RE =
  /^(?:\s*,[^,.;:!?()"\u201c\u201d]{1,80},|\s*,\s*who)?\s+(?:(?:has\s+been|had\s+been|was|is|will\s+be|have\s+been)\s+(?:(?:formally|officially|also|now|finally|unanimously)\s+)?(?:(?:appointed|named|confirmed|approved|elected|voted\s+in)\s+(?:as\s+|to\s+(?:the\s+)?(?:post|position|office|role)\s+of\s+)?|(?:promoted|moved|elevated)\s+to\s+(?:the\s+(?:post|position|office|role)\s+of\s+)?)|(?:is\s+taking|takes|will\s+take|has\s+taken|took)\s+over\s+as\s+|(?:becomes|has\s+become)\s+)(?:(?:the|a)\s+)?(?:(?:country|nation)['\u2019]s\s+)?/i;
// Where the title stops: a clause, a date, a vote count.
const TITLE_CUT_RE = /[,;:(.]|\s(?:with|after|by|on|in|at|for|following|who|which|replacing|succeeding|to\s+replace|to\s+succeed)\s/i;
/** Days before and after the article's date within which an appointment it tells as news took effect. */
const NEWS_BEFORE_DAYS = 7;
const NEWS_AFTER_DAYS = 7;
/** Days around the article's date within which someone else's start makes a named appointee the wrong one. */
const OTHER_START_DAYS = 3;

/**
 * Supported when every office the title names has a tenure of the person that began within days of the
 * article's date. Contradicted when the sentence tells of a new holder ("as Ukraine's new Minister of
 * Defense") with no date of its own, of a person named in full who never held that office, while the
 * office's record (one holder at a time, complete) has someone else taking it up within days of the
 * article's date: the page names the wrong appointee.
 */
function appointedAsNew(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  const near = (day: string, before: number, after: number) => day >= addDays(doc.asOf, -before) && day <= addDays(doc.asOf, after);
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const sentence = sentenceOf(doc, p.start);
    const after = text.slice(p.end, Math.min(sentence.end, p.end + 140));
    const verb = warmed(PASSIVE_AFTER_RE, after).exec(after);
    if (!verb) continue;
    const titleStart = p.end + verb[0].length;
    const reach = Math.min(sentence.end, titleStart + TITLE_REACH);
    const cut = TITLE_CUT_RE.exec(text.slice(titleStart, reach));
    const titleEnd = cut ? titleStart + cut.index : reach;
    const offices = officesNamed(doc, titleStart, titleEnd);
    if (!offices.length) continue;
    const started = offices.map((o) => tenuresOf(p.personId, o).find((t) => near(t.holder.start, NEWS_BEFORE_DAYS, NEWS_AFTER_DAYS)));
    if (started.every((t) => t)) {
      const t = started[0]!;
      out.push(tenureStartConfirmed(doc, p.personId, t, p.start, titleEnd));
      continue;
    }
    // "Denys Shmyhal has been appointed as the new Prime Minister" (held-out 14 l009, March 2020): a title with no
    // country names every country's office; the one of them the person ever held, begun then, is the one meant.
    // So with several offices of one country named, each of them the person's: "Denys Shmyhal was appointed energy
    // minister and first deputy prime minister" (January 2026; Russia has a First Deputy Prime Minister too).
    const theirs = offices.filter((o) => tenuresOf(p.personId, o).length);
    const country = new Set(theirs.map((o) => o.jurisdiction));
    const oneCountry = country.size === 1 && offices.every((o) => theirs.includes(o) || !country.has(o.jurisdiction));
    const begun = theirs.map((o) => started[offices.indexOf(o)]);
    const began = oneCountry && begun.every((t) => t) ? begun[0] : undefined;
    if (began && offices.length > theirs.length) {
      out.push(tenureStartConfirmed(doc, p.personId, began, p.start, titleEnd));
      continue;
    }
    // The wrong appointee: "new" said, no date of the sentence's own, one office named, never held by the person.
    if (offices.length !== 1 || !doc.dateCertain || !(p.full || p.namedInFull)) continue;
    if (!/\bnew\s/i.test(verb[0] + text.slice(titleStart, titleEnd))) continue;
    if (datesIn(doc, sentence, sentence).length) continue;
    // The title is the office's words alone: not "adviser to the Minister of Defense".
    const words = doc.matches.filter((m) => m.start >= titleStart && m.end <= titleEnd);
    if (!words.length || !/^(?:(?:new|next)\s+)?$/i.test(text.slice(titleStart, words[0].start))) continue;
    if (!/^\s*$/.test(text.slice(words[words.length - 1].end, titleEnd))) continue;
    const joined = (between: string, next: (typeof words)[number]) =>
      /^(?:['\u2019]s)?\s*(?:(?:new|next)\s+)?$/i.test(between) ||
      (/^\s+of\s+(?:the\s+)?$/i.test(between) && next.values.some((v) => v.type === 'qualifier'));
    if (words.some((m, i) => i > 0 && !joined(text.slice(words[i - 1].end, m.start), m))) continue;
    const [office] = offices;
    if (!office.single || tenuresOf(p.personId, office).length || !office.coveredFrom || office.coveredFrom > doc.asOf) continue;
    const other = office.holders.find(
      (h) => !h.acting && h.confidence === 'verified' && h.start.length === 10 && near(h.start, OTHER_START_DAYS, OTHER_START_DAYS),
    );
    if (!other || other.person === p.personId) continue;
    const t = tenuresOf(other.person, office).find((x) => x.holder === other);
    if (!t) continue;
    const person = doc.facts.people.get(p.personId);
    const appointee = doc.facts.people.get(other.person);
    out.push({
      start: p.start,
      end: titleEnd,
      quote: text.slice(p.start, titleEnd),
      kind: 'tenure',
      verdict: 'contradicted',
      factIds: [office.id, p.personId, other.person],
      message: `${appointee?.name} took office as ${office.name} on ${formatDay(other.start)}; ${person?.name} never held the office.`,
      fact: describeHolder(appointee, t),
      sources: sourcesOf(other),
    });
  }
  return out;
}

// A confirmation told with its month or day: "He was confirmed as Secretary of Defense in Aug. 2019"
// (held-out 10, w013, of Mark Esper, sworn in on 23 July 2019 the day the Senate confirmed him), "Pete
// Hegseth was confirmed as Secretary of Defense on January 24, 2025" (sworn in the next day), "Lloyd
// Austin was confirmed as the first Black defense secretary on January 22, 2021". A confirmation comes
// days (for a NATO Secretary General, months) before the start, never after it; "confirmed in office"
// for a second term comes years later.
const CONFIRMED_RE =
  /^\s+(?:was|had\s+been|has\s+been)\s+(?:(?:unanimously|formally|officially|finally)\s+)?confirmed\s+(?:by\s+the\s+(?:Senate|Parliament|Rada)\s+)?as\s+(?:the\s+)?(?:new\s+|next\s+|country['\u2019]s\s+)?/i;
const PRONOUN_BEFORE_RE = /(?:^|[.!?]\s+|\n)(?:He|She)$/;
/** Days before the start within which a confirmation's day confirms it. */
const CONFIRMED_BEFORE_DAYS = 7;
/** A confirmation told this many days after the start or more, and within CONFIRMED_AFTER_MAX_DAYS, is wrong. */
const CONFIRMED_AFTER_DAYS = 3;
const CONFIRMED_AFTER_MAX_DAYS = 180;

function confirmedAs(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  const key = ' confirmed as ';
  for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
    const sentence = sentenceOf(doc, i);
    // The subject: a name right before the verb, or "He"/"She" opening the sentence (the one holder of
    // the office the passage named before).
    const lead = text
      .slice(sentence.start, i)
      .replace(/\s+(?:was|had\s+been|has\s+been)(?:\s+(?:unanimously|formally|officially|finally))?$/i, '');
    // "Boris Pistorius, a strong advocate for Ukraine, has been confirmed as": a description set off by commas may stand between.
    const described = /,[ \t]+(?:a|an|the)[ \t][^,.;:()"\u201c\u201d]{2,60},$/.exec(lead);
    const nameEnd = sentence.start + lead.length - (described ? described[0].length : 0);
    const named = doc.people.find((p) => !p.fuzzy && p.end === nameEnd);
    const pronoun = !named && PRONOUN_BEFORE_RE.test(text.slice(Math.max(0, sentence.start - 2), sentence.start + lead.length));
    if (!named && !pronoun) continue;
    const subjectEnd = sentence.start + lead.length;
    const verb = CONFIRMED_RE.exec(text.slice(subjectEnd, subjectEnd + 80));
    if (!verb) continue;
    const titleStart = subjectEnd + verb[0].length;
    const reach = Math.min(sentence.end, titleStart + TITLE_REACH);
    const date = datesIn(doc, { start: titleStart, end: reach }, sentence).find(
      (d) => /\b(?:in|on)\s+$/i.test(text.slice(Math.max(0, d.start - 4), d.start)) || /^(?:in|on)\b/i.test(text.slice(d.start, d.end)),
    );
    if (!date) {
      const kept = named && confirmedNoDay(doc, named.personId, named.start, titleStart, reach);
      if (kept) out.push(kept);
      continue;
    }
    if (date.granularity === 'span' || date.relative) continue;
    // "Secretary of Defense" with no country: the office of the person's that the words can name.
    const offices = officesNamed(doc, titleStart, date.start);
    // Everyone the text named before the sentence who held one of them (not acting): for a pronoun, exactly one.
    const candidates = named
      ? [named.personId]
      : [...new Set(doc.people.filter((q) => q.end <= sentence.start && !q.fuzzy).map((q) => q.personId))];
    const held = candidates.flatMap((id) =>
      offices.filter((o) => tenuresOf(id, o).some((t) => !t.holder.acting)).map((office) => ({ id, office })),
    );
    if (held.length !== 1) continue;
    const [{ id: personId, office }] = held;
    const tenures = tenuresOf(personId, office).filter((t) => !t.holder.acting && t.from <= doc.asOf);
    if (!tenures.length) continue;
    const start = named ? named.start : sentence.start;
    const fit = tenures.find(
      (t) => overlaps({ first: addDays(t.holder.start, -CONFIRMED_BEFORE_DAYS), last: t.holder.start }, date) || startFits(t, date),
    );
    if (fit) {
      out.push(tenureStartConfirmed(doc, personId, fit, start, date.end));
      continue;
    }
    // Wrong: the date told lies wholly after one start, within months of it, and fits no other; one
    // tenure of the office, verified, with its day known; a date whose year is written out.
    if (tenures.length !== 1 || !date.explicitYear || !doc.dateCertain) continue;
    const [t] = tenures;
    if (t.holder.confidence !== 'verified' || t.holder.start.length !== 10) continue;
    const after = daysBetween(t.holder.start, date.first);
    if (after < CONFIRMED_AFTER_DAYS || daysBetween(t.holder.start, date.last) > CONFIRMED_AFTER_MAX_DAYS) continue;
    if ([t.holder.start, ...(t.holder.altStart ?? [])].some((d) => overlaps(factRange(d), date))) continue;
    const person = doc.facts.people.get(personId);
    out.push({
      start,
      end: date.end,
      quote: text.slice(start, date.end),
      kind: 'tenure',
      verdict: 'contradicted',
      factIds: [office.id, personId],
      message: `${person?.name} took office as ${office.name} on ${formatDay(t.holder.start)}, confirmed before then, not ${text.slice(date.start, date.end).replace(/^(?:in|on)\s+/i, '')}.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}

// "Boris Pistorius, a strong advocate for Ukraine, has been confirmed as Germany’s defense minister in Friedrich Merz’s new
// coalition government" (held-out 26 gd002, May 2025: kept on), "Hegseth was confirmed as Secretary of Defense" the day
// before he was sworn in: with no day told, the title is the person's on the page's day or within days of it. Confirmed
// when exactly one office the words name (a role of one country, or the person's one office of that role) was the
// person's so; otherwise nothing is said (a confirmation may be months before the start, or of a nominee who failed).
const TITLE_WORDS_RE = /^[^,.;:()"\u201c\u201d]{0,60}/;

function confirmedNoDay(doc: Doc, personId: string, start: number, titleStart: number, reach: number): Annotation | null {
  const words = TITLE_WORDS_RE.exec(doc.text.slice(titleStart, reach))![0];
  const titleEnd = doc.matches
    .filter(
      (m) => m.start >= titleStart && m.end <= titleStart + words.length && m.values.some((v) => v.type === 'role' || v.type === 'fixed'),
    )
    .pop()?.end;
  if (!titleEnd) return null;
  const fits = officesNamed(doc, titleStart, titleEnd).flatMap((office) =>
    tenuresOf(personId, office).filter(
      (t) =>
        !t.holder.acting &&
        t.holder.confidence === 'verified' &&
        (onDay(t, doc.asOf) === 'in' || (t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= CONFIRMED_BEFORE_DAYS)),
    ),
  );
  if (fits.length !== 1) return null;
  const [t] = fits;
  const person = doc.facts.people.get(personId);
  return {
    start,
    end: titleEnd,
    quote: doc.text.slice(start, titleEnd),
    kind: 'title',
    verdict: 'supported',
    factIds: [t.office.id, personId],
    message:
      t.from > doc.asOf
        ? `${person?.name} took office as ${t.office.name} on ${formatDay(t.from)}, days after ${formatDay(doc.asOf)}.`
        : `${person?.name} was ${t.office.name} on ${formatDay(doc.asOf)}.`,
    fact: describeHolder(person, t),
    sources: sourcesOf(t.holder),
  };
}

// A post taken in a year: "Mike Pence who served as a Representative for many years and as a Governor of
// the state of Indiana before taking the VP position in 2016" (held-out 10, w011, November 2020: he took
// office on 20 January 2017), "Sunak ... went on to serve as the Chief Secretary to the Treasury before
// being promoted to the post as the chancellor of the exchequer in 2020" (thequint.com, October 2022),
// "he was appointed to the post of chief secretary to the Treasury ... in 2019" (republicworld.com).
const POST_WORDS = [' position in ', ' post in ', ' job in ', ' role in ', ' post of ', ' post as ', ' position of ', ' role of '];
const POST_GATE = keysGate(POST_WORDS);
const POST_TAKEN_RE =
  /\b(?:taking|took|takes|assumed|assuming|taking\s+up|took\s+up|(?:being\s+|was\s+|been\s+)?(?:promoted|appointed|elevated|named))\s+(?:to\s+)?(?:the|his|her)\s+(?:([^,.;:()"\u201c\u201d]{2,40}?)\s+(?:position|post|job|role)|(?:position|post|role|job)\s+(?:of|as)\s+(?:the\s+)?([^,.;:()"\u201c\u201d]{2,60}?))\s+in\s+(?=(?:19|20)\d{2}\b)/gi;

/**
 * Supported when the one person named before the words in the sentence who held the office took it up
 * in that year. Contradicted when that person, named in full, holds one verified tenure of it whose
 * first day is known and falls in another year, with a day and a year of their own (a start told a year
 * early or late: an election year for the inauguration's), on a page of a sure date.
 */
function postsTaken(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  for (const m of matchesOf(POST_TAKEN_RE, text)) {
    const sentence = sentenceOf(doc, m.index);
    const words = m[1] ?? m[2];
    const wordsStart = m.index + m[0].indexOf(words, m[0].search(/\s(?:the|his|her)\s/i));
    const offices = officesNamed(doc, wordsStart, wordsStart + words.length);
    if (!offices.length) continue;
    const end = m.index + m[0].length + 4;
    // A year's mention takes in its "in".
    const date = datesIn(doc, { start: m.index + m[0].length - 3, end }, sentence).find((d) => d.granularity === 'year' && d.explicitYear);
    if (!date) continue;
    // The one person before the words, in the sentence, who held the office.
    const before = doc.people.filter((q) => q.start >= sentence.start && q.end <= m.index && !q.fuzzy);
    const holders = [...new Set(before.map((q) => q.personId))].flatMap((id) =>
      offices.flatMap((o) => (tenuresOf(id, o).some((t) => !t.holder.acting) ? [{ id, office: o }] : [])),
    );
    if (holders.length !== 1) continue;
    const [{ id, office }] = holders;
    const tenures = tenuresOf(id, office).filter((t) => !t.holder.acting && t.from <= doc.asOf);
    if (!tenures.length) continue;
    const fit = tenures.find((t) => startFits(t, date));
    if (fit) {
      out.push(tenureStartConfirmed(doc, id, fit, m.index, date.end));
      continue;
    }
    const person = before.find((q) => q.personId === id)!;
    if (tenures.length !== 1 || !doc.dateCertain || !(person.full || person.namedInFull)) continue;
    const [t] = tenures;
    if (t.holder.confidence !== 'verified' || t.holder.start.length !== 10) continue;
    const who = doc.facts.people.get(id);
    out.push({
      start: m.index,
      end: date.end,
      quote: text.slice(m.index, date.end),
      kind: 'tenure',
      verdict: 'contradicted',
      factIds: [office.id, id],
      message: `${who?.name} took office as ${office.name} on ${formatDay(t.holder.start)}, not in ${text.slice(date.start, date.end).replace(/^in\s+/i, '')}.`,
      fact: describeHolder(who, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
