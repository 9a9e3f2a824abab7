// A dismissal told of a holder: "Vladimir Putin has relieved Nikolai Patrushev of his post as
// Secretary of the Security Council" (Meduza, 12 May 2024), "Patrushev, 73, was dismissed on Sunday
// after serving 16 years as head of Russia’s Security Council" (14 May 2024), "General Valery
// Zaluzhny ... was officially dismissed from his position on Thursday" (8 February 2024), "Putin
// also signed a presidential decree ..., dismissing X from his position as Secretary of the Security
// Council", "Zelensky removed Kubrakov from his post" (2024), "Austin was fired".
//
// The words say a tenure of the person ended on the day told (or, with no day, lately). Confirmed
// when a tenure of theirs (of the office named after "as", else any) ended within DISMISSAL_DAYS of
// that day, on the record. Never flagged: a dismissal is decided, signed, announced and takes
// effect on days that may differ, and "removed" or "fired" may be of a post the fact base does not keep.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { sentenceOf } from '../doc';
import { addDays, formatDay, type DateMention } from '../dates';
import { holdersOn, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { datesIn } from './clauses';
import { officesNamed } from './tenure';
import { namedPeople } from './tenure-pronoun';
import { tenureNote } from './tenure-note';
import { compiledOnFirstRun, execWarm } from '../triggers';

const DISMISS_WORDS_RE = /\b(?:dismiss|relieve|remov|fired|sack)/;
// Before the name, in its sentence: the active verb ("has relieved ", "dismissing ", "fired Defence Minister ").
const ACTIVE_BEFORE_RE =
  /\b(?:relieved|relieves|relieving|dismissed|dismisses|dismissing|removed|removes|removing|fired|fires|firing|sacked|sacks|sacking|(?:to|voted\s+to|decided\s+to|moved\s+to)\s+(?:dismiss|relieve|remove|fire|sack))\s+(?:[^,.;:()"\u201c\u201d]{0,50}?\s+)?$/i;
// Right after the name, with the active verb: "of his post", "from her position as", "from the post of"
// ("President Volodymyr Zelensky fired Oleksiy Reznikov from the post of defense minister", rustavi2.ge, September 2023).
// "from his dual role as Vice Prime Minister and Minister of Energy" (held-out 10, w075).
// "Zelensky dismissed Valerii Zaluzhnyi as Chief of the General Staff" (round 27): "as" and the office, not a description
// ("dismissed him as a threat", "as irrelevant", "as a future president").
const OF_POST_RE =
  /^\s+(?:(?:of|from)\s+(?:his|her|their|the)\s+(?:(?:dual|current|joint|combined|ministerial|cabinet)\s+)?(?:post|position|duties|office|role|job)s?\b(?:\s+(?:as|of)\s+)?|as\s+(?!(?:a|an|his|her|their|its|one|part|just|merely|mere|nothing|irrelevant|future|potential|possible|likely|would)\b))/i;
const ON_DAY_AFTER_RE = /^(?=\s+on\s)/;
// An appositive naming no one ("Patrushev, 73,", "Zaluzhny, the commander-in-chief of the Ukrainian Armed Forces during
// the conflict with Russia,"): longer than tenure.ts's, which this module cannot read at load (that one imports this).
const APPOSITIVE = String.raw`(?:\s*,\s*[^,.;:()"\u201c\u201d]{1,100}?,)?`;
// After the name, passive: "was dismissed", "has been officially relieved of his duties", "who was fired".
const PASSIVE_AFTER_RE = new RegExp(
  String.raw`^${APPOSITIVE}[\s,]*(?:who\s+)?(?:was|has\s+been|had\s+been|were)\s+(?:(?:officially|formally|abruptly|unexpectedly)\s+)?(?:dismissed|relieved|removed|fired|sacked)\b(?:\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:post|position|duties|office|role|job)s?\b(?:\s+(?:as|of)\s+)?|\s+as\s+(?!(?:a|an|his|her|their|its|one|part|just|merely|mere|nothing|irrelevant|future|potential|possible|likely|would)\b))?`,
  'i',
);
const APPOINTED_BETWEEN_RE =
  /\b(?:and|then)\s+(?:named|appointed|nominated|picked|chose|tapped|installed|promoted|replaced\s+\S+\s+with)\b/i;
// A sentence that tells a time in words or a year: its dismissal may be of that time, not the article's days.
const TIME_WORD_RE = /\b(?:1[89]\d\d|20\d\d|ago|last|previous|earlier|former|then|once|when|after|before|since|until|year|month|week)\b/i;
/** Days either side of the day told within which the record's end confirms the dismissal. */
const DISMISSAL_DAYS = 3;
/** With no day told, how recent the end must be, in days before the article. */
const RECENT_DAYS = 14;
/** How far after the words the title and the day may run. */
const REACH = 90;

export function dismissalsTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!DISMISS_WORDS_RE.test(doc.folded)) return out;
  const { text } = doc;
  for (const p of namedPeople(doc)) {
    const sentence = sentenceOf(doc, p.start);
    let start = p.start;
    let wordsEnd: number;
    // "Putin proposed dismissing Shoigu on May 12" (May 2024): the day right after the name stands for the post.
    const ofPost = OF_POST_RE.exec(text.slice(p.end, p.end + 40)) ?? ON_DAY_AFTER_RE.exec(text.slice(p.end, p.end + 5));
    const active = ofPost ? ACTIVE_BEFORE_RE.exec(text.slice(Math.max(sentence.start, p.start - 70), p.start)) : null;
    if (active && ofPost) {
      start = p.start - active[0].length;
      wordsEnd = p.end + ofPost[0].length;
    } else {
      const passive = PASSIVE_AFTER_RE.exec(text.slice(p.end, sentence.end));
      if (!passive) continue;
      // "X, who dismissed Y, ...": an appositive naming someone else is about them.
      if (doc.people.some((q) => q.start >= p.end && q.end <= p.end + passive[0].length)) continue;
      wordsEnd = p.end + passive[0].length;
    }
    const reach = Math.min(sentence.end, wordsEnd + REACH);
    const asTitle = /\s(?:as|of)\s+$/i.test(text.slice(wordsEnd - 4, wordsEnd));
    const day = datesIn(doc, { start: wordsEnd, end: reach }, sentence).find(
      (d) =>
        d.granularity === 'day' &&
        (/\bon\s+$/i.test(text.slice(Math.max(0, d.start - 3), d.start)) || /^on\b/i.test(text.slice(d.start, d.end))),
    );
    if (!day && ofPost && !ofPost[0]) continue;
    const titleEnd = day ? day.start : clauseEnd(text, wordsEnd, reach);
    // "Zaluzhny, 51, was removed from his post as commander-in-chief in February 2024" (May 2025; held-out 19 xc205): a
    // month told right after the words or the office is the dismissal's.
    const month = day ? undefined : (monthRightAfter(doc, titleEnd, reach, sentence) ?? leadingDay(doc, sentence, p.start));
    const named = asTitle ? officesNamed(doc, wordsEnd, titleEnd) : [];
    if (asTitle && !day && ofPost) {
      // "from his dual role as Vice Prime Minister and Minister of Energy": both offices, for the wrong one told.
      const wideEnd = clauseEnd(text, wordsEnd, reach, false);
      const wide = officesNamed(doc, wordsEnd, wideEnd);
      const wrong = wide.length ? wrongOffice(doc, p.personId, wide, start, wideEnd) : null;
      if (wrong) {
        out.push(wrong);
        continue;
      }
    }
    if (asTitle && !named.length) continue;
    const offices = named.length ? named : (doc.facts.officesByPerson.get(p.personId) ?? []);
    const t = offices.flatMap((o) => tenuresOf(p.personId, o)).find((x) => endedNear(x, doc.asOf, day ?? month));
    if (!t) {
      // The day is left out of the quote: it is right, and the office is what is wrong.
      const verbAfter = /\s(?:was|were|is|are|has|had|on|in)\s/.exec(text.slice(wordsEnd, titleEnd));
      const officeEnd = verbAfter ? wordsEnd + verbAfter.index : titleEnd;
      // "Zelensky dismissed Valerii Zaluzhnyi as Chief of the General Staff" the day after (round 27): with no time told in
      // the sentence, the dismissal is the news of the article's days (RECENT_DAYS), as endedNear reads it.
      const when = day ?? month ?? (TIME_WORD_RE.test(text.slice(sentence.start, sentence.end)) ? null : undefined);
      // "dismissed Zaluzhnyi and named Syrskyi as ...": the name after a second verb is not the one dismissed.
      const secondVerb = !!active && APPOINTED_BETWEEN_RE.test(active[0]);
      const other = named.length && when !== null && !secondVerb ? anotherOfficeLeft(doc, p.personId, named, when, start, officeEnd) : null;
      if (other) out.push(other);
      continue;
    }
    const end = Math.max(day?.end ?? month?.end ?? 0, asTitle ? titleEnd : wordsEnd);
    const person = doc.facts.people.get(p.personId);
    out.push(
      tenureNote(doc, {
        start,
        end,
        trim: true,
        verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
        factIds: [t.office.id, p.personId],
        message: `${person?.name ?? p.personId} left the office of ${t.office.name} on ${formatDay(t.until!)}.`,
        tenure: t,
      }),
    );
  }
  return out;
}

// "Lawmakers first voted to dismiss Denys Shmyhal from his dual role as Vice Prime Minister and Minister
// of Energy" (held-out 10, w075, 14 January 2026: he was dismissed as defence minister, and appointed to
// energy the same day). A dismissal told as the news of the day, from offices the person still holds on
// the record, while another office of theirs ended in the days before: contradicted, naming the office
// left. Only of verified tenures, on a page whose date is sure and before the office's horizon.
function wrongOffice(doc: Doc, personId: string, named: readonly Office[], start: number, end: number): Annotation | null {
  if (!doc.dateCertain) return null;
  const held = named.map((o) => tenuresOf(personId, o).find((x) => x.from <= doc.asOf && (!x.until || x.until > doc.asOf)));
  if (held.some((x) => !x || x.holder.confidence !== 'verified' || x.holder.acting)) return null;
  if (named.some((o) => pastHorizon(doc.facts, doc.asOf, { office: o.id }))) return null;
  const left = (doc.facts.officesByPerson.get(personId) ?? [])
    .filter((o) => !named.includes(o))
    .flatMap((o) => tenuresOf(personId, o))
    .filter((x) => endedNear(x, doc.asOf, undefined) && x.holder.confidence === 'verified');
  if (left.length !== 1) return null;
  const [t] = left;
  const person = doc.facts.people.get(personId);
  const still = held.map((x) => `${x!.office.name} (since ${formatDay(x!.holder.start)})`).join(' and ');
  return tenureNote(doc, {
    start,
    end,
    trim: true,
    verdict: 'contradicted',
    factIds: [t.office.id, personId, ...named.map((o) => o.id)],
    message: `${person?.name ?? personId} left the office of ${t.office.name} on ${formatDay(t.until!)}, and still held the office of ${still} on ${formatDay(doc.asOf)}.`,
    tenure: t,
    sources: sourcesOf(t.holder, ...held.map((x) => x!.holder)),
  });
}

// "The decision to dismiss Zaluzhny from the position of Chief of the General Staff of the Armed Forces was made on
// February 8" (held-out 13 d207, March 2024: he was dismissed as Commander-in-Chief; the Chief of the General Staff was
// Shaptala). An office named that the person never held, while the record of it names its holder that day and another
// office of the person's ended within DISMISSAL_DAYS of the day told: the dismissal was from that other office.
// Contradicted only on verified records, a page of sure date, before the offices' horizons. With no time told (`day`
// undefined), the other office must have ended in the RECENT_DAYS before the article.
function anotherOfficeLeft(
  doc: Doc,
  personId: string,
  named: Office[],
  day: DateMention | undefined,
  start: number,
  end: number,
): Annotation | null {
  // Of the person's own country: "Chief of the General Staff of the Armed Forces" names Russia's office too.
  const countries = new Set((doc.facts.officesByPerson.get(personId) ?? []).map((o) => o.jurisdiction));
  named = named.filter((o) => countries.has(o.jurisdiction));
  if (!doc.dateCertain || !named.length || named.some((o) => tenuresOf(personId, o).length)) return null;
  const on = day?.first ?? doc.asOf;
  const holders = named.map((o) => (o.coveredFrom <= on ? holderOn(o, on) : undefined));
  if (holders.some((h) => !h || h.holder.confidence !== 'verified' || h.holder.person === personId)) return null;
  if (named.some((o) => pastHorizon(doc.facts, doc.asOf, { office: o.id }))) return null;
  const left = (doc.facts.officesByPerson.get(personId) ?? [])
    .flatMap((o) => tenuresOf(personId, o))
    .filter((x) => endedNear(x, doc.asOf, day) && x.holder.confidence === 'verified');
  if (left.length !== 1) return null;
  const [t] = left;
  const person = doc.facts.people.get(personId);
  const then = holders.map((h) => `${h!.office.name}: ${doc.facts.people.get(h!.holder.person)?.name ?? h!.holder.person}`).join('; ');
  return tenureNote(doc, {
    start,
    end,
    trim: true,
    verdict: 'contradicted',
    factIds: [t.office.id, personId, ...named.map((o) => o.id)],
    message: `${person?.name ?? personId} left the office of ${t.office.name} on ${formatDay(t.until!)}; the office named was another's (${then}).`,
    tenure: t,
    sources: sourcesOf(t.holder, ...holders.map((h) => h!.holder)),
  });
}

/** A month written right after `at` ("in February 2024", "in February"), the first time told there. */
function monthRightAfter(doc: Doc, at: number, reach: number, sentence: { start: number; end: number }): DateMention | undefined {
  const first = datesIn(doc, { start: at, end: reach }, sentence)[0];
  if (!first || first.granularity !== 'month') return undefined;
  return /^\s*(?:in\s+)?$/i.test(doc.text.slice(at, first.start)) &&
    !/^(?:since|until|by|from)\b/i.test(doc.text.slice(first.start, first.end))
    ? first
    : undefined;
}

/**
 * "On November 28, Andriy Yermak was dismissed from the post of head of the President's Office" (held-out 21 za055, a page
 * of 2 January 2026): a day opening the sentence, the name right after it, is the dismissal's.
 */
function leadingDay(doc: Doc, sentence: { start: number; end: number }, name: number): DateMention | undefined {
  const first = datesIn(doc, { start: sentence.start, end: name }, sentence)[0];
  if (!first || first.granularity !== 'day') return undefined;
  return /^\s*On\s+$/.test(doc.text.slice(sentence.start, first.start)) && /^\s*,\s*$/.test(doc.text.slice(first.end, name))
    ? first
    : undefined;
}

/** The holder of an office on a day, when exactly one held it. */
function holderOn(office: Office, day: string): Tenure | undefined {
  const on = holdersOn(office, day);
  return on.length === 1 ? on[0] : undefined;
}

/** The tenure ended within DISMISSAL_DAYS of the day told, or, with none, in the RECENT_DAYS before the article (and not after it). */
function endedNear(t: Tenure, asOf: string, day: DateMention | undefined): boolean {
  if (!t.until) return false;
  if (day) return addDays(day.first, -DISMISSAL_DAYS) <= t.until && t.until <= addDays(day.last, DISMISSAL_DAYS);
  return addDays(asOf, -RECENT_DAYS) <= t.until && t.until <= addDays(asOf, 1);
}

/** The end of the title words: the first punctuation or clause word after them. */
function clauseEnd(text: string, from: number, limit: number, cutAtAnd = true): number {
  const m = (
    cutAtAnd ? /[,.;:()]|\s(?:on|in|after|with|who|which|by|and|replacing)\s/ : /[,.;:()]|\s(?:on|in|after|with|who|which|by|replacing)\s/
  ).exec(text.slice(from, limit));
  return m ? from + m.index : limit;
}

// A departure told with its date: "Andriy Yermak resigned as head of the Presidential Office on November
// 28, 2025", "Jens Stoltenberg stepped down as NATO Secretary General on October 1, 2024", "Boris Johnson
// resigned as prime minister in July 2022" (he announced it on 7 July and left on 6 September), "X, who
// stepped down in July 2024,".
//
// Confirmed when a tenure of the person (of the office named after "as", else any) ended from a week
// before the date told to DEPARTURE_AFTER_DAYS after it (a resignation is announced before it takes
// effect). Contradicted only when the year is written out, the office is named and held once, on a
// verified record, and the date told is two months and more after its end ("resigned as head of the
// Presidential Office on November 28, 2026" of a tenure that ended in 2025) or two years and more
// before it (a caretaker may stay a year after resigning).
//
// Round 46: the leaving told with the post ("Stoltenberg left the post of NATO head on October 1 of this year", babel.ua,
// October 2024; "left his post as", "vacated the position of", "stepped down from the post of"). "Left" is the day the
// holder went, not a resignation announced months before a caretaker's end: told DEPARTURE_LATE_DAYS and more before the
// record's end it is flagged as one told after it is ("Stoltenberg left the post of NATO head on October 1, 2023").
const DEPARTURE_WORDS_RE = compiledOnFirstRun(
  /\b(?:resign|stepp|left\s+(?:office|the\s+(?:post|position|office)|(?:his|her)\s+(?:post|position|role|job))|quit|vacated)/,
);
const DEPARTED_AFTER_RE = new RegExp(
  String.raw`^${APPOSITIVE}[\s,]*(?:who\s+)?(?:(?:has|had)\s+)?(?:officially\s+|formally\s+)?(?:resigned|stepped\s+down|(left\s+office|(?:left|vacated)(?=\s+(?:the|his|her)\s))|quit)(?:\s+(?:as|(?:from\s+)?(?:the\s+(?:post|position|office)\s+of|(?:his|her)\s+(?:post|position|role|job)\s+as))\s+)?`,
  'i',
);
/** "left office" and "left the post of" were matched: the words tell the day the holder went (group 1). */
const LEFT_TOLD = 1;
/** Days after the date told within which the record's end confirms a departure. */
const DEPARTURE_AFTER_DAYS = 75;
/**
 * How far (days) before the record's end a date told must be for a red flag: a caretaker may stay for
 * a year and more after resigning ("Rutte resigned as prime minister in July 2023"; he left in July
 * 2024; Belgium's caretakers stayed up to 541 days), so only two years and more.
 */
const DEPARTURE_EARLY_DAYS = 730;
/** How far after the record's end a date told must be for a red flag: no one resigns an office left. */
const DEPARTURE_LATE_DAYS = 60;

export function departuresDated(doc: Doc): Annotation[] {
  const out: Annotation[] = ENDED_WORDS_RE.test(doc.folded) ? termsEnded(doc) : [];
  if (!DEPARTURE_WORDS_RE.test(doc.folded)) return out;
  const { text } = doc;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const sentence = sentenceOf(doc, p.start);
    const m = execWarm(DEPARTED_AFTER_RE, text.slice(p.end, sentence.end));
    if (!m) continue;
    if (doc.people.some((q) => q.start >= p.end && q.end <= p.end + m[0].length)) continue;
    const wordsEnd = p.end + m[0].length;
    const asTitle = /\s(?:as|of)\s+$/i.test(m[0]);
    // "left the" with no post after it ("left the country on Tuesday") tells no departure from office.
    if (m[LEFT_TOLD] && !/^left\s+office$/i.test(m[LEFT_TOLD]) && !asTitle) continue;
    const date = departureDate(doc, wordsEnd, sentence);
    if (!date) continue;
    const named = asTitle ? officesNamed(doc, wordsEnd, date.start) : [];
    if (asTitle && !named.length) continue;
    const offices = named.length ? named : (doc.facts.officesByPerson.get(p.personId) ?? []);
    const tenures = offices.flatMap((o) => tenuresOf(p.personId, o)).filter((t) => t.until && t.from <= doc.asOf);
    const start = p.start;
    const end = date.end;
    const person = doc.facts.people.get(p.personId);
    const fit = tenures.find((t) => addDays(date.first, -7) <= t.until! && t.until! <= addDays(date.last, DEPARTURE_AFTER_DAYS));
    if (fit) {
      out.push(
        tenureNote(doc, {
          start,
          end,
          verdict: fit.holder.confidence === 'verified' ? 'supported' : 'context',
          factIds: [fit.office.id, p.personId],
          message: `${person?.name ?? p.personId} left the office of ${fit.office.name} on ${formatDay(fit.until!)}.`,
          tenure: fit,
        }),
      );
      continue;
    }
    // "prime minister" names many offices; the one of them the person held is the one meant.
    const theirs = named.filter((o) => tenuresOf(p.personId, o).length);
    const all = theirs.length === 1 ? tenuresOf(p.personId, theirs[0]) : [];
    if (all.length !== 1 || !date.explicitYear || !doc.dateCertain) continue;
    const [t] = all;
    if (!t.until || t.holder.confidence !== 'verified' || !t.holder.end || t.holder.end.length !== 10) continue;
    const early = m[LEFT_TOLD] ? DEPARTURE_LATE_DAYS : DEPARTURE_EARLY_DAYS;
    const far = t.until < addDays(date.first, -DEPARTURE_LATE_DAYS) || t.until > addDays(date.last, early);
    if (!far || pastHorizon(doc.facts, doc.asOf, { office: t.office.id })) continue;
    out.push(
      tenureNote(doc, {
        start,
        end,
        verdict: 'contradicted',
        factIds: [t.office.id, p.personId],
        message: `${person?.name ?? p.personId} left the office of ${t.office.name} on ${formatDay(t.until)}, not ${text.slice(date.start, date.end)}.`,
        tenure: t,
      }),
    );
  }
  return out;
}

// Round 46: the end told of the term as a noun: "Jens Stoltenberg’s term as NATO Secretary General ended on 1 October
// 2024", "Mark Rutte’s term as prime minister ended in July 2024", "Joe Biden’s presidency ended on January 20, 2025".
// Judged as a departure told with "left the post of" is: confirmed when a tenure of the office named (the presidency:
// a president's office of theirs) ended in the time told, give or take a week; contradicted only when the year is written
// out, the person held that office once on a verified record with no extensions on record (an extended mandate had
// ends that were overtaken), and the end lies DEPARTURE_LATE_DAYS and more from the time told. A numbered or first term
// ("his fourth term ended in July 2023", when his coalition fell) is one term of a tenure: confirmed only.
const ENDED_WORDS_RE = /\b(?:ended|expired|came\s+to\s+an\s+end)\b/;
const TERM_ENDED_RE = compiledOnFirstRun(
  /^['\u2019]s?\s+(?:(first|second|third|fourth|fifth|original|initial|previous|last|final)\s+)?(?:(?:term|tenure|mandate)(?:\s+in\s+office)?\s+as\s+|(presidency|premiership|chancellorship)\s+)/i,
);
const ENDED_VERB_RE = /^\s*(?:officially\s+|formally\s+)?(?:ended|expired|came\s+to\s+an\s+end)\s+(?=on\s|in\s)/i;
const NOUN_OFFICE: Record<string, RegExp> = {
  presidency: /^President\b/,
  premiership: /^Prime Minister\b/,
  chancellorship: /^Chancellor\b/,
};

function termsEnded(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const m = TERM_ENDED_RE.exec(text.slice(p.end, p.end + 40));
    if (!m) continue;
    const sentence = sentenceOf(doc, p.start);
    const from = p.end + m[0].length;
    // The verb after the title (or right after the noun): "as NATO Secretary General ended on".
    const limit = Math.min(sentence.end, from + 70);
    let verbAt = -1;
    let verb: RegExpExecArray | null = null;
    for (let i = from; i < limit && verbAt < 0; i++) {
      if (i > from && text[i - 1] !== ' ') continue;
      const v = ENDED_VERB_RE.exec(text.slice(i, limit + 20));
      if (v) [verbAt, verb] = [i, v];
    }
    if (!verb || /[,;:()]/.test(text.slice(from, verbAt))) continue;
    const date = departureDate(doc, verbAt + verb[0].length, sentence);
    if (!date) continue;
    const noun = m[2]?.toLowerCase();
    const offices = noun
      ? (doc.facts.officesByPerson.get(p.personId) ?? []).filter((o) => NOUN_OFFICE[noun].test(o.name))
      : officesNamed(doc, from, verbAt).filter((o) => tenuresOf(p.personId, o).length);
    if (!offices.length) continue;
    const tenures = offices.flatMap((o) => tenuresOf(p.personId, o)).filter((t) => t.until && t.from <= doc.asOf);
    const person = doc.facts.people.get(p.personId);
    const name = person?.name ?? p.personId;
    const fit = tenures.find((t) => addDays(date.first, -7) <= t.until! && t.until! <= addDays(date.last, 7));
    if (fit) {
      out.push(
        tenureNote(doc, {
          start: p.start,
          end: date.end,
          verdict: fit.holder.confidence === 'verified' ? 'supported' : 'context',
          factIds: [fit.office.id, p.personId],
          message: `${name} left the office of ${fit.office.name} on ${formatDay(fit.until!)}.`,
          tenure: fit,
        }),
      );
      continue;
    }
    if (m[1] || offices.length !== 1 || !date.explicitYear || !doc.dateCertain) continue;
    const all = tenuresOf(p.personId, offices[0]);
    if (all.length !== 1) continue;
    const [t] = all;
    if (!t.until || t.holder.confidence !== 'verified' || t.holder.disputed || t.holder.extensions?.length) continue;
    if (!t.holder.end || t.holder.end.length !== 10 || pastHorizon(doc.facts, doc.asOf, { office: t.office.id })) continue;
    const far = t.until < addDays(date.first, -DEPARTURE_LATE_DAYS) || t.until > addDays(date.last, DEPARTURE_LATE_DAYS);
    if (!far) continue;
    out.push(
      tenureNote(doc, {
        start: p.start,
        end: date.end,
        verdict: 'contradicted',
        factIds: [t.office.id, p.personId],
        message: `${name} left the office of ${t.office.name} on ${formatDay(t.until)}, not ${text.slice(date.start, date.end)}.`,
        tenure: t,
      }),
    );
  }
  return out;
}

/** The date of a departure: "on DAY" or "in MONTH YEAR/YEAR" right after the words and the title. */
function departureDate(doc: Doc, from: number, sentence: { start: number; end: number }): DateMention | undefined {
  return datesIn(doc, { start: from, end: Math.min(sentence.end, from + REACH) }, sentence).find(
    (d) =>
      d.granularity !== 'span' &&
      !(d.relative && d.granularity === 'day') &&
      (/\b(?:on|in)\s+$/i.test(doc.text.slice(Math.max(0, d.start - 4), d.start)) ||
        /^(?:on|in)\b/i.test(doc.text.slice(d.start, d.end))) &&
      !/[,;:()]/.test(doc.text.slice(from, d.start)),
  );
}
