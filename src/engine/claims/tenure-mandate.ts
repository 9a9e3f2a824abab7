// A fixed-term mandate's end and its extensions, against the record of every extension (Holder.extensions,
// sourced; NATO's Secretary General): "the Norwegian Jens Stoltenberg, whose mandate expires on November 1st"
// (dev14 j404, February 2024: the fourth extension ran until 1 October 2024), "NATO allies extended
// Stoltenberg's term until 30 September 2021" (no extension ran until then), "Stoltenberg's mandate was
// extended for a third time" (July 2023: the fourth).
//
// - The end told as the mandate's ("whose mandate expires on DAY", "his term ends on DAY"): judged against
//   the extension in force on the page's day (the last decided by then, while the tenure runs). Supported on
//   its last day or the day after; contradicted only when no extension of the record and no end of the
//   tenure falls on that day or the day after (a page may be a decision behind or ahead).
// - An extension told as done "until DAY" (tenure-extension.ts reads the words): contradicted when no
//   extension of the record ran until that day or the day after, nor the tenure ended then.
// - "extended for the Nth time", "his Nth extension", within 60 days after an extension was decided: that
//   extension's number is the one told.
// Only for a person named beyond doubt whose tenure records its extensions, and a page whose date is certain.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Span } from '../sentences';
import { addDays, daysBetween, factRange, findDates, formatDay, MONTH_NAMES, toDays, type DateMention } from '../dates';
import { pastHorizon } from '../horizon';
import { describeHolder, sourcesOfAll, tenuresOf, type Tenure } from '../holders';
import type { Holder } from '../../facts/schema';
import { gated, compiledOnFirstRun, matchesOf } from '../triggers';
// At call time only: tenure.ts imports this module.
import { officesNamed } from './tenure';
import { LETTER_RE } from '../letter-classes';

type Extension = NonNullable<Holder['extensions']>[number];

/** The tenures with a record of extensions of the people with ids. */
function extendedTenures(doc: Doc, ids: Iterable<string>): Tenure[] {
  const out: Tenure[] = [];
  for (const id of ids)
    for (const o of doc.facts.officesByPerson.get(id) ?? [])
      for (const t of tenuresOf(id, o))
        if (t.holder.extensions?.length && t.holder.confidence === 'verified' && !t.holder.disputed) out.push(t);
  return out;
}

/**
 * Round 36: the one person with a record of extensions named in the `back` sentences before sentence `k` (or in it):
 * whose "his term", "my term" is when the sentence and the one before name no one ("NATO leaders have agreed to extend
 * his term ..." then "“I am pleased with the decision of NATO leaders to extend my term as Secretary-General until 30
 * September 2023”", held-out 34 pl003, the name two sentences up).
 */
export function extendedNamedBefore(doc: Doc, k: number, back: number): string[] {
  const from = doc.sentences[Math.max(0, k - back)].start;
  const to = doc.sentences[k].end;
  const ids = new Set(doc.people.filter((p) => !p.fuzzy && p.start >= from && p.end <= to).map((p) => p.personId));
  const extended = [...ids].filter((id) => hasExtensionRecord(doc, [id]));
  return extended.length === 1 ? extended : [];
}

/** Someone of `ids` held a tenure whose extensions are on record. */
export const hasExtensionRecord = (doc: Doc, ids: Iterable<string>): boolean => extendedTenures(doc, ids).length > 0;

/** The day told falls on an extension's last day or the day after, or on the tenure's end or the day before. */
function endTold(e: { until: string }, date: DateMention): boolean {
  const days = [e.until, addDays(e.until, 1)];
  return days.some((d) => date.first <= d && d <= date.last);
}

function anyEndTold(t: Tenure, date: DateMention): boolean {
  const ends = [
    ...(t.holder.extensions ?? []),
    ...[t.holder.end, ...(t.holder.altEnd ?? [])]
      .filter((d): d is string => !!d && d.length === 10)
      .map((d) => ({ until: addDays(d, -1) })),
  ];
  return ends.some((e) => endTold(e, date));
}

const inForce = (t: Tenure, day: string): Extension | undefined =>
  [...(t.holder.extensions ?? [])].filter((e) => e.decided <= day).sort((a, b) => (a.decided < b.decided ? 1 : -1))[0];

function annotation(
  doc: Doc,
  t: Tenure,
  start: number,
  end: number,
  verdict: 'supported' | 'contradicted' | 'outdated',
  message: string,
  extensions: Extension[],
): Annotation {
  const person = doc.facts.people.get(t.holder.person);
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict,
    factIds: [t.office.id, t.holder.person],
    message,
    fact: describeHolder(person, t),
    sources: sourcesOfAll(extensions.length ? extensions : [t.holder]),
  };
}

// "whose mandate expires on", "his term ends on", "Stoltenberg's mandate runs out in"; round 27: the office after the
// noun ("Stoltenberg's term as Secretary General expires"), "runs/lasts until|to|through" and "at the end of MONTH" ("His
// term runs to the end of October this year", held-out 21 yb104, July 2024: it ran until 30 September). Round 41: the end
// told as a second predicate after an extension ("His term was extended in 2022 and runs to the end of October this year",
// held-out 39 sm001, March 2024; "whose mandate has been extended twice and expires in ...").
const END_RE = new RegExp(
  String.raw`\b(?:(whose)|(his|her)|([\p{Lu}][\p{L}-]+)['\u2019]s)[ \t]+(?:current[ \t]+|present[ \t]+)?(?:mandate|term(?:[ \t]+in[ \t]+office)?|tenure)(?:[ \t]+(?:as|at[ \t]+the[ \t]+helm[ \t]+of)[ \t]+[^,.;:()"\u201c\u201d]{3,50}?)?(?:[ \t]+(?:was|has[ \t]+been|had[ \t]+been)[ \t]+(?:extended|renewed|prolonged)[^,.;:()"\u201c\u201d]{0,40}?[ \t]+and)?[ \t]+(?:(?:expires|ends|runs[ \t]+out|is[ \t]+due[ \t]+to[ \t]+(?:end|expire)|is[ \t]+set[ \t]+to[ \t]+(?:end|expire)|will[ \t]+(?:end|expire)|(was|had[ \t]+been)[ \t]+(?:due|set|scheduled)[ \t]+to[ \t]+(?:end|expire))[ \t]+(?:on|in|at)|(?:runs|lasts|will[ \t]+(?:run|last)|is[ \t]+(?:due|set)[ \t]+to[ \t]+(?:run|last))[ \t]+(?:until|till|through|to))[ \t]+`,
  'giu',
);
// "the end of October (this year | 2024)": its last ten days. With no year, the next such month from the page's day.
const END_OF_MONTH_RE =
  /^(?:the[ \t]+)?(?:end|close)[ \t]+of[ \t]+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[ \t]+((?:19|20)\d\d)|[ \t]+(this|next)[ \t]+year)?\b/i;
// A mandate's end or a start considered, not told: "if his term ends on", "would take office on".
const HEDGE_RE = /\b(?:if|would|could|might|whether|unless|propos\w*|consider\w*)\b/i;
/** The last days of a month that "the end of MONTH" may mean. */
const END_OF_MONTH_DAYS = 10;

// "Stoltenberg ... will now step down two years later than planned on Sept. 30 2022" (held-out 14 l002, Reuters, the
// day of the second extension): the end of a mandate told as the person's leaving, read as "his term ends on" is (the
// one person named before in the sentence). Not "would", "could", "if" (a leaving considered, not the mandate's end).
// Round 36: the leaving told as announced, "The current NATO Secretary General, Jens Stoltenberg, has announced his
// departure from his position at the end of October" (held-out 34 pf020, September 2024: his mandate ran until 1
// October), read the same way; "at" only before "the end of MONTH".
// Round 37: "Jens Stoltenberg, is scheduled to step down from his role in next September" (held-out 35 ql002, November
// 2022: his mandate then ran until 30 September 2023): "from his role" and a month told with "in" ("in next September").
const STEP_DOWN_RE =
  /\b(?:(?:will|is[ \t]+(?:due|set|scheduled)[ \t]+to)[ \t]+(?:now[ \t]+)?(?:step[ \t]+down|stand[ \t]+down|leave[ \t]+(?:office|the[ \t]+post|(?:his|her)[ \t]+(?:post|position)))\b(?:[ \t]+(?:two|three|one|a)[ \t]+years?[ \t]+later[ \t]+than[ \t]+(?:planned|expected|scheduled))?(?:[ \t]+from[ \t]+(?:his|her|the)[ \t]+(?:role|post|position|office|job))?[ \t]+(?:on|in(?:[ \t]+next)?)|(?:has|have)[ \t]+(?:announced|confirmed)[ \t]+(?:his|her)[ \t]+(?:departure|exit)(?:[ \t]+from[ \t]+(?:his|her|the)[ \t]+(?:position|post|office|role|job))?[ \t]+(?:on|at))[ \t]+/giu;

// Round 34: the end told as a farewell or a last day: "The official farewell day for Stoltenberg is 1 November this year"
// (held-out 32 ig005, September 2024: his mandate ran until 1 October), "Stoltenberg's last day as Secretary General is
// 30 September", "the farewell of Jens Stoltenberg is set for ...". The name after "for"/"of" (group 1) or before "'s"
// (group 2); read as "his term ends on".
const FAREWELL_RE = new RegExp(
  String.raw`\b(?:(?:[Tt]he[ \t]+)?(?:official[ \t]+|formal[ \t]+)?(?:farewell|departure|last[ \t]+day|final[ \t]+day)(?:[ \t]+(?:day|date|ceremony))?[ \t]+(?:for|of)[ \t]+(?:(?:NATO(?:['\u2019]s)?|[Ss]ecretary[ \t-]+[Gg]eneral|outgoing|Mr\.?)[ \t]+){0,3}([\p{Lu}][\p{L}-]+(?:[ \t]+[\p{Lu}][\p{L}-]+)?)|([\p{Lu}][\p{L}-]+(?:[ \t]+[\p{Lu}][\p{L}-]+)?)['\u2019]s[ \t]+(?:official[ \t]+|formal[ \t]+)?(?:farewell|departure|last[ \t]+day|final[ \t]+day)(?:[ \t]+(?:day|date|ceremony))?)(?:[ \t]+(?:as|in|at)[ \t]+[^,.;:()"\u201c\u201d]{3,50}?)?[ \t]+(?:is[ \t]+(?:set|scheduled|planned)[ \t]+for|will[ \t]+be|falls[ \t]+on|is)[ \t]+(?:on[ \t]+)?`,
  'gu',
);

/** The people a name at [start, end) may be: those linked there, else (a lone surname) its holders of a fixed mandate running on the page's day. */
function namedAt(doc: Doc, start: number, end: number): string[] {
  const linked = doc.people.filter((p) => !p.fuzzy && p.start >= start && p.end <= end).map((p) => p.personId);
  if (linked.length) return linked;
  const ids = new Set<string>();
  for (const m of doc.matches) if (m.start >= start && m.end <= end) for (const v of m.values) if (v.type === 'person') ids.add(v.id);
  const running = [...ids].filter((id) =>
    extendedTenures(doc, [id]).some((t) => t.from <= doc.asOf && (t.until === null || doc.asOf < t.until)),
  );
  return running.length === 1 ? running : [];
}

// Built once (speed, round 41): a literal in mandateEnds was a new expression, parsed again, at each call.
const MANDATE_ENDS_RE = compiledOnFirstRun(
  /(?:mandate|term|tenure|step down|stand down|leave office|leave the post|farewell|departure|last day|final day)/,
);
const MANDATE_ENDS_RE2 = /farewell|departure|last day|final day/;
export function mandateEnds(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !MANDATE_ENDS_RE.test(doc.folded)) return out;
  const steps = [...matchesOf(STEP_DOWN_RE, doc.text)].map((m) => Object.assign(m, { stepDown: true }));
  const farewells = MANDATE_ENDS_RE2.test(doc.folded)
    ? [...matchesOf(FAREWELL_RE, doc.text)].map((m) => Object.assign(m, { farewell: true }))
    : [];
  for (const m of [...matchesOf(END_RE, doc.text), ...steps, ...farewells]) {
    const at = m.index + m[0].length;
    const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (!sentence) continue;
    // Whose: the name right before ", whose"; the name of the possessive; for "his"/"her", the one person named before in the sentence.
    let ids: string[];
    if (HEDGE_RE.test(doc.text.slice(sentence.start, m.index))) continue;
    if ('stepDown' in m && /\bmay\b/i.test(doc.text.slice(sentence.start, m.index))) continue;
    if ('farewell' in m) {
      const name = m[1] ?? m[2];
      const from = m.index + m[0].indexOf(name);
      ids = namedAt(doc, from, from + name.length);
      if (!ids.length) continue;
    } else if (m[1])
      ids = doc.people.filter((p) => !p.fuzzy && /^[ \t]*,[ \t]*$/.test(doc.text.slice(p.end, m.index))).map((p) => p.personId);
    else if (m[3]) ids = doc.people.filter((p) => !p.fuzzy && p.end === m.index + m[3].length && p.start <= m.index).map((p) => p.personId);
    else ids = [...new Set(doc.people.filter((p) => !p.fuzzy && p.start >= sentence.start && p.end <= m.index).map((p) => p.personId))];
    // "His term runs to ...", opening its sentence: the one person the sentence before names.
    if (!ids.length && m[2]) ids = [...new Set(peopleOfSentenceBefore(doc, sentence).map((p) => p.personId))];
    if (!ids.length && m[2]) ids = extendedNamedBefore(doc, doc.sentences.indexOf(sentence), 5);
    // Round 46: "Mark Rutte will replace the current NATO Secretary General, Jens Stoltenberg, after his term expires on
    // October 1, 2024" (insightnews.media, June 2024): of the people named before "his", the one whose fixed mandate runs
    // on the page's day. "His" may still mean the other, so only ever confirmed (`shared`).
    let shared = false;
    if (new Set(ids).size > 1 && m[2]) {
      const running = [...new Set(ids)].filter((id) =>
        extendedTenures(doc, [id]).some((t) => t.from <= doc.asOf && (t.until === null || doc.asOf < t.until)),
      );
      if (running.length === 1) [ids, shared] = [running, true];
    }
    if (new Set(ids).size !== 1) continue;
    const tenures = extendedTenures(doc, ids).filter((t) => t.from <= doc.asOf && (t.until === null || doc.asOf < t.until));
    if (tenures.length !== 1) continue;
    const [t] = tenures;
    const date =
      endOfMonth(doc, at) ??
      monthTold(doc, at) ??
      (/\bat[ \t]+$/i.test(m[0])
        ? undefined
        : findDates(doc.text, at, Math.min(sentence.end, at + 30), { asOf: doc.asOf, future: true }).find(
            (d) => d.start === at && (d.granularity === 'day' || (d.granularity === 'month' && d.explicitYear)),
          ));
    if (!date) continue;
    // "on November 1st" in February: the next one, the mandate's end being to come.
    if (!date.explicitYear && date.last < doc.asOf) {
      const next = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
      Object.assign(date, { first: next(date.first), last: next(date.last) });
    }
    const e = inForce(t, doc.asOf);
    if (!e) continue;
    const name = doc.facts.people.get(t.holder.person)?.name ?? t.holder.person;
    // Round 36: "His mandate was due to expire in September" (held-out 34 pl004, AP, 24 March 2022, the day of the third
    // extension): the end in force before the latest extension, told in the past. Confirmed when it is that end and the
    // extension was decided within the year before the page; never flagged (a past end may be of any earlier time).
    if (m[4]) {
      const before = (t.holder.extensions ?? []).find((x) => x.nth === e.nth - 1);
      if (before && endTold(before, date) && toDays(doc.asOf) - toDays(e.decided) <= 366)
        out.push(
          annotation(
            doc,
            t,
            m.index,
            date.end,
            'supported',
            `${name}'s mandate as ${t.office.name} ran until ${formatDay(before.until)} (extension ${before.nth}) before it was extended on ${formatDay(e.decided)} until ${formatDay(e.until)}.`,
            [before, e],
          ),
        );
      continue;
    }
    // "until 1 October 2024" (the decision's words) ended the tenure that day: "the end of September" told it too.
    const lastDay = t.holder.end?.length === 10 && Math.abs(toDays(t.holder.end) - toDays(e.until)) <= 1 ? addDays(t.holder.end, -1) : null;
    if (endTold(e, date) || (lastDay && date.first <= lastDay && lastDay <= date.last)) {
      out.push(
        annotation(
          doc,
          t,
          m.index,
          date.end,
          'supported',
          `${name}'s mandate as ${t.office.name} ran until ${formatDay(e.until)} (extension ${e.nth}, decided on ${formatDay(e.decided)}).`,
          [e],
        ),
      );
    } else if (shared) {
      continue;
    } else if (supersededTold(doc, t, e, date)) {
      // Round 36: "Stoltenberg’s term as NATO Secretary General ends in September this year" (held-out 34 pl003, 24 March
      // 2022, on the page reporting that day's extension to 30 September 2023): the end an earlier extension set, told as
      // still to come after a later one replaced it. A page may be a decision behind: only when the later decision was
      // SUPERSEDED_DAYS before the page, or on the page's day or before it and the page itself tells it as done.
      const old = (t.holder.extensions ?? []).find((x) => x.nth < e.nth && endTold(x, date))!;
      out.push(
        annotation(
          doc,
          t,
          m.index,
          date.end,
          'outdated',
          `On ${formatDay(doc.asOf)} ${name}'s mandate as ${t.office.name} ran until ${formatDay(e.until)} (extension ${e.nth}, decided on ${formatDay(e.decided)}); ${formatDay(old.until)} was its end before that extension.`,
          [old, e],
        ),
      );
    } else if (!anyEndTold(t, date)) {
      out.push(
        annotation(
          doc,
          t,
          m.index,
          date.end,
          'contradicted',
          `On ${formatDay(doc.asOf)} ${name}'s mandate as ${t.office.name} ran until ${formatDay(e.until)} (extension ${e.nth}, decided on ${formatDay(e.decided)}), not ${date.first === date.last ? formatDay(date.first) : doc.text.slice(date.start, date.end)}.`,
          [e],
        ),
      );
    }
  }
  return out;
}

/** Days after an extension's decision from which a page telling the end it replaced is a decision behind beyond doubt. */
const SUPERSEDED_DAYS = 30;
/** The page tells the extension as decided: "have agreed to extend his term", "are extending the mandate", "extended". */
const EXTENSION_DONE_RE =
  /\b(?:agreed|decided|voted)[ \t]+to[ \t]+extend|\b(?:are|is|have|has)[ \t]+(?:been[ \t]+)?extend(?:ing|ed)\b|\bdecision[^.;]{0,40}?\bto[ \t]+extend\b/i;

/** The date told is the end an earlier extension set, and the later one in force was decided beyond doubt before the page. */
function supersededTold(doc: Doc, t: Tenure, e: Extension, date: DateMention): boolean {
  if (!(t.holder.extensions ?? []).some((x) => x.nth < e.nth && endTold(x, date))) return false;
  return toDays(doc.asOf) - toDays(e.decided) >= SUPERSEDED_DAYS || EXTENSION_DONE_RE.test(doc.text);
}

// "in September", "in September this year", "in September 2022": the month (with no year, the next such month).
const MONTH_TOLD_RE =
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?![a-z])(?:[ \t]+((?:19|20)\d\d)|[ \t]+(this)[ \t]+year)?(?![ \t.,]*\d)/i;

/** A month told at `at` ("September", "September this year", "September 2022"), as a date told. */
function monthTold(doc: Doc, at: number): DateMention | undefined {
  const m = MONTH_TOLD_RE.exec(doc.text.slice(at, at + 30));
  if (!m || !MONTH_NAMES.some((n) => n.toLowerCase().startsWith(m[0].slice(0, 3).toLowerCase()) && /^[A-Z]/.test(m[0]))) return undefined;
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(m[1].toLowerCase())) + 1;
  const mm = String(month).padStart(2, '0');
  let year = m[2] ? Number(m[2]) : Number(doc.asOf.slice(0, 4));
  if (!m[2] && !m[3] && factRange(`${year}-${mm}`).last < doc.asOf) year += 1;
  const range = factRange(`${year}-${mm}`);
  return {
    first: range.first,
    last: range.last,
    granularity: 'month',
    explicitYear: true,
    relative: !m[2],
    start: at,
    end: at + m[0].length,
  };
}

/** The people of the sentence before `sentence`, named beyond doubt. */
function peopleOfSentenceBefore(doc: Doc, sentence: Span) {
  const k = doc.sentences.indexOf(sentence);
  if (k < 1) return [];
  const before = doc.sentences[k - 1];
  return doc.people.filter((p) => !p.fuzzy && p.start >= before.start && p.end <= before.end);
}

/** "the end of October (this year | 2024)" at `at`: the month's last END_OF_MONTH_DAYS days, as a date told. */
function endOfMonth(doc: Doc, at: number): DateMention | undefined {
  const m = END_OF_MONTH_RE.exec(doc.text.slice(at, at + 40));
  if (!m) return undefined;
  const month = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(m[1].toLowerCase())) + 1;
  const mm = String(month).padStart(2, '0');
  let year = m[2] ? Number(m[2]) : Number(doc.asOf.slice(0, 4));
  // With no year, the next such month: the mandate's end is to come.
  if (!m[2] && !m[3] && factRange(`${year}-${mm}`).last < doc.asOf) year += 1;
  // Round 41: "the end of September next year".
  if (m[3]?.toLowerCase() === 'next') year += 1;
  const last = factRange(`${year}-${mm}`).last;
  return {
    first: addDays(last, 1 - END_OF_MONTH_DAYS),
    last,
    granularity: 'day',
    explicitYear: !!(m[2] || m[3]),
    relative: !m[2],
    start: at,
    end: at + m[0].length,
  };
}

/**
 * "NATO allies extended Stoltenberg's term until DAY" (tenure-extension.ts found the words, the day and whose
 * tenure): supported when an extension of the record ran until that day; contradicted when the extension is told as
 * done and none did.
 */
export function extensionAgainstRecord(
  doc: Doc,
  words: { index: number; text: string },
  sentence: Span,
  until: DateMention,
  ids: ReadonlySet<string>,
): Annotation | null {
  if ((until.granularity !== 'day' && until.granularity !== 'month') || !until.explicitYear) return null;
  // Confirmed: an extension of the record ran until that day ("by a further two years, until 30 September 2022").
  const recorded = extendedTenures(doc, ids);
  if (recorded.length === 1) {
    const e = (recorded[0].holder.extensions ?? []).find((x) => endTold(x, until));
    if (e) {
      const name = doc.facts.people.get(recorded[0].holder.person)?.name ?? recorded[0].holder.person;
      return annotation(
        doc,
        recorded[0],
        words.index,
        until.end,
        'supported',
        `${name}'s mandate as ${recorded[0].office.name} was extended on ${formatDay(e.decided)} until ${formatDay(e.until)} (extension ${e.nth}).`,
        [e],
      );
    }
  }
  // A month is only confirmed ("until October 2024").
  if (!doc.dateCertain || until.granularity !== 'day') return null;
  // Done: "extended", "agreed/decided to extend", "extending" after a decision; not "would extend", "proposed to extend".
  const lead = doc.text.slice(sentence.start, words.index);
  const done =
    /^(?:extended|prolonged)\b/i.test(words.text) ||
    /\b(?:agreed|decided|voted)[ \t]+(?:on[ \t]+[^.;]{3,30}?[ \t]+)?to[ \t]+$/i.test(lead) ||
    /\bdecision[^.;]{0,60}$/i.test(lead);
  if (!done || /\b(?:would|could|might|may|propos|consider|want|plan|seek|ask|urge|if|whether|expected)\w*\b/i.test(lead)) return null;
  const tenures = extendedTenures(doc, ids);
  if (tenures.length !== 1) return null;
  const [t] = tenures;
  if (anyEndTold(t, until)) return null;
  const extensions = t.holder.extensions ?? [];
  const name = doc.facts.people.get(t.holder.person)?.name ?? t.holder.person;
  const list = extensions.map((e) => `until ${formatDay(e.until)} (decided ${formatDay(e.decided)})`).join(', ');
  return annotation(
    doc,
    t,
    words.index,
    until.end,
    'contradicted',
    `No extension of ${name}'s mandate as ${t.office.name} ran until ${formatDay(until.first)}: they ran ${list}.`,
    extensions,
  );
}

// "NATO allies extended on Thursday Jens Stoltenberg's term as secretary-general until late 2022" (held-out 14 l002,
// Reuters, 28 March 2019: until 30 September 2022): a part of a year, read as its months (early: January to April,
// mid: May to August, late: September to December). Only ever confirmed: a part of a year is loose.
const PART_OF_YEAR_RE = /^(early|mid-?|late)[ \t]*(?:in[ \t]+)?((?:19|20)\d\d)\b/i;
const PART_MONTHS: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };

/** "extended ... until late 2022": the extension of the record whose last day falls in that part of that year, confirmed. */
export function extensionToPartOfYear(
  doc: Doc,
  words: { index: number; text: string },
  at: number,
  ids: ReadonlySet<string>,
): Annotation | null {
  const told = PART_OF_YEAR_RE.exec(doc.text.slice(at, at + 16));
  if (!told) return null;
  const recorded = extendedTenures(doc, ids);
  if (recorded.length !== 1) return null;
  const [lo, hi] = PART_MONTHS[told[1].toLowerCase().replace('-', '')];
  const e = (recorded[0].holder.extensions ?? []).find((x) => {
    if (x.decided > doc.asOf || x.until.slice(0, 4) !== told[2]) return false;
    const month = Number(x.until.slice(5, 7));
    return lo <= month && month <= hi;
  });
  if (!e) return null;
  const name = doc.facts.people.get(recorded[0].holder.person)?.name ?? recorded[0].holder.person;
  return annotation(
    doc,
    recorded[0],
    words.index,
    at + told[0].length,
    'supported',
    `${name}'s mandate as ${recorded[0].office.name} was extended on ${formatDay(e.decided)} until ${formatDay(e.until)} (extension ${e.nth}).`,
    [e],
  );
}

// "extended for a third time", "his fourth extension", "the third extension of his mandate".
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const NTH_RE =
  /\b(?:extended[ \t]+(?:for[ \t]+)?(?:a|the)[ \t]+(first|second|third|fourth|fifth|sixth)[ \t]+time|(first|second|third|fourth|fifth|sixth)[ \t]+extension)\b/giu;
// "This is the second time his term has been extended" (held-out 14 o116, March 2022: the third), "NATO Allies
// unanimously extended the term of Secretary General Jens Stoltenberg until Oct. 1, 2024, marking the third time he was
// elected to stay in his leadership post" (l037, July 2023: the fourth): "the Nth time" in a sentence that tells of the
// mandate's extension, after words that make it the count of the news told ("marking", "this is"), not "for the
// first time since his term was extended".
const NTH_TIME_RE =
  /\b(?:marking|making[ \t]+it|this[ \t]+is|this[ \t]+was|it[ \t]+is|it[ \t]+was|it['\u2019]s)[ \t]+the[ \t]+(first|second|third|fourth|fifth|sixth)[ \t]+time\b(?![ \t]+(?:since|that[ \t]+(?:he|she)[ \t]+(?:met|visited|spoke)))/giu;
const EXTENSION_TOLD_RE =
  /\b(?:extend(?:ed|s|ing)?\b[^.;]{0,90}?\b(?:term|mandate|tenure)|(?:term|mandate|tenure)[^.;]{0,40}?\b(?:extended|prolonged|renewed))\b/i;
const FRESH_DAYS = 60;

// Round 40: "a lengthy process that saw Stoltenberg's term extended four times", "the mandate of the current secretary
// Jens Stoltenberg ..., which had already been extended four times, most recently in 2023" (held-out 38 rw001, rw002, June
// 2024): the count of extensions decided up to the page's day, and the year of the last. Only confirms: the press counts
// a mandate's renewals in more than one way.
const COUNTS: Record<string, number> = { once: 1, twice: 2, two: 2, three: 3, four: 4, five: 5, six: 6 };
const COUNT_RE =
  /\bextended[ \t]+(?:(once|twice)|(two|three|four|five|six)[ \t]+times)\b(?:,?[ \t]+most[ \t]+recently[ \t]+in[ \t]+((?:19|20)\d\d)\b)?/giu;

function extensionCounts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of matchesOf(COUNT_RE, doc.text)) {
    const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (!sentence) continue;
    const k = doc.sentences.indexOf(sentence);
    const from = doc.sentences[Math.max(0, k - 1)].start;
    const ids = new Set(doc.people.filter((p) => !p.fuzzy && p.start >= from && p.end <= sentence.end).map((p) => p.personId));
    const tenures = extendedTenures(doc, ids);
    if (tenures.length !== 1) continue;
    const [t] = tenures;
    const decided = (t.holder.extensions ?? []).filter((e) => e.decided <= doc.asOf).sort((a, b) => (a.decided < b.decided ? -1 : 1));
    const told = COUNTS[(m[1] ?? m[2]).toLowerCase()];
    const last = decided[decided.length - 1];
    if (!last || told !== decided.length || (m[3] && m[3] !== last.decided.slice(0, 4))) continue;
    const name = doc.facts.people.get(t.holder.person)?.name ?? t.holder.person;
    out.push(
      annotation(
        doc,
        t,
        m.index,
        m.index + m[0].length,
        'supported',
        `${name}'s mandate as ${t.office.name} had been extended ${decided.length} times by ${formatDay(doc.asOf)}, the last on ${formatDay(last.decided)} (until ${formatDay(last.until)}).`,
        [last],
      ),
    );
  }
  return out;
}

export function extensionOrdinals(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || (!doc.folded.includes('extension') && !doc.folded.includes('extended'))) return out;
  if (doc.folded.includes('extended')) out.push(...extensionCounts(doc));
  const found = [...matchesOf(NTH_RE, doc.text)];
  for (const m of matchesOf(NTH_TIME_RE, doc.text)) {
    if (found.some((f) => f.index <= m.index && m.index < f.index + f[0].length)) continue;
    const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (sentence && EXTENSION_TOLD_RE.test(doc.text.slice(sentence.start, sentence.end))) found.push(m);
  }
  for (const m of found) {
    const sentence = doc.sentences.find((s) => s.start <= m.index && m.index < s.end);
    if (!sentence) continue;
    const k = doc.sentences.indexOf(sentence);
    const from = doc.sentences[Math.max(0, k - 1)].start;
    let ids = new Set(doc.people.filter((p) => !p.fuzzy && p.start >= from && p.end <= sentence.end).map((p) => p.personId));
    // "his term" with no one named in the sentence or the one before: the one person of the page whose extensions are on record.
    if (!ids.size && /\b(?:his|her)[ \t]+(?:term|mandate|tenure)\b/i.test(doc.text.slice(sentence.start, sentence.end)))
      ids = new Set(doc.people.filter((p) => !p.fuzzy && p.end <= sentence.start).map((p) => p.personId));
    const tenures = extendedTenures(doc, ids);
    if (tenures.length !== 1) continue;
    const [t] = tenures;
    // The extension the page reports: decided within FRESH_DAYS before the page's day.
    const fresh = (t.holder.extensions ?? []).filter((e) => e.decided <= doc.asOf && toDays(doc.asOf) - toDays(e.decided) <= FRESH_DAYS);
    if (fresh.length !== 1) continue;
    const [e] = fresh;
    const told = ORDINALS[(m[1] ?? m[2]).toLowerCase()];
    const name = doc.facts.people.get(t.holder.person)?.name ?? t.holder.person;
    out.push(
      annotation(
        doc,
        t,
        m.index,
        m.index + m[0].length,
        told === e.nth ? 'supported' : 'contradicted',
        `The extension of ${name}'s mandate decided on ${formatDay(e.decided)} (until ${formatDay(e.until)}) was the ${['first', 'second', 'third', 'fourth', 'fifth', 'sixth'][e.nth - 1]}.`,
        [e],
      ),
    );
  }
  return out;
}

// A successor's start told ahead, when the predecessor's mandate fixes it: "NATO named Mark Rutte its next Secretary
// General. Rutte will take office on November 1" (June 2024: Stoltenberg's mandate, as extended in July 2023, ran until 1
// October 2024, and Rutte took office that day), "will take up his new post on October 1", "is due to take over as
// Secretary General on 1 November". The plan of the page's day (the extension then in force) and the record agree on the
// day; a day told that misses both by more than a day is contradicted, one that meets them confirmed. Not "by DAY" (a
// deadline the real day may meet), a hedge ("would", "if"), or a start the plan and the record do not agree on (a plan
// that changed): those stay unread. Red only for offices whose holders' extensions are on record (NATO's Secretary
// General); elsewhere the record's day is confirmed ("Joe Biden, due to take office on Jan. 20, 2021").
const PLANNED_START_WORDS = gated(/\b(?:(?:takes?|assumes?)\s+(?:office|over|up|on|the|his|her)\b|succeed)/i);
// Round 35: also in the present ("We are confident that when Mark Rutte takes up his post in October, he will continue ...",
// held-out 33 oc021, June 2024; "Trump takes office on January 20th", held-out 28 ke026): a start read only among the
// tenures still to come, so a schedule in the present is read as "will" is. "Take over his duties" (held-out 31 id010) and
// a day told with "from" too; a month ("in October") only confirms (below).
const DUTIES = String.raw`(?:the|his|her)[ \t]+(?:new[ \t]+)?(?:post|role|job|position|duties)`;
/** The start's verb, its ending "" after "will" or "to", "s" in the present ("takes office", "assumes the post"). */
// Round 40: "He will succeed Jens Stoltenberg at the head of the Western military alliance on October 1, NATO said"
// (held-out 38 rr024, June 2024): the successor's start told by the predecessor's name.
const SUCCEED = String.raw`[ \t]+(?:[A-Z][A-Za-z\u00c0-\u017e'\u2019.-]+[ \t]+){0,2}[A-Z][A-Za-z\u00c0-\u017e'\u2019.-]+(?:[ \t]+at[ \t]+the[ \t]+(?:head|helm)[ \t]+of[ \t]+[^,.;:()"\u201c\u201d]{3,60}?)?`;
const startVerb = (s: '' | 's') =>
  String.raw`(?:(?:officially|formally)[ \t]+)?(?:succeed${s}${SUCCEED}|take${s}[ \t]+office|take${s}[ \t]+over(?:[ \t]+${DUTIES})?|take${s}[ \t]+up[ \t]+${DUTIES}|take${s}[ \t]+on[ \t]+(?:the|his|her)[ \t]+new[ \t]+(?:post|role|job|position|duties)|assume${s}[ \t]+(?:office|the[ \t]+post|the[ \t]+role|the[ \t]+position|(?:his|her)[ \t]+(?:new[ \t]+)?(?:post|role|duties|position)))`;
const PLANNED_START_RE = new RegExp(
  String.raw`^(?:\s*,\s*[^,.;:()"\u201c\u201d]{1,80}?,)?[ \t,]*(?:who[ \t]+)?(?:(?:will|(?:is[ \t]+)?(?:set|due|scheduled|expected|slated)[ \t]+to|is[ \t]+to)[ \t]+${startVerb('')}|${startVerb('s')})(?:[ \t]+as[ \t]+([^,.;:()"\u201c\u201d]{3,60}?))?[ \t]+(on|in|from)[ \t]+`,
  'i',
);
/** How far ahead (days) a start may be told and read against the plan of the page's day. */
const PLANNED_AHEAD_DAYS = 400;

/**
 * Round 40: "Rutte's leadership has come when ... He will assume the position on October 2" (held-out 38 rw001): "He" or
 * "She" opening a sentence, taken for the one person the sentence before names, as a mention at the pronoun.
 */
function pronounSubjects(doc: Doc): PersonMention[] {
  const out: PersonMention[] = [];
  for (let k = 1; k < doc.sentences.length; k++) {
    const s = doc.sentences[k];
    const c = doc.text.charCodeAt(s.start);
    // A cheap look first: a capital H or S.
    if (c !== 72 && c !== 83) continue;
    const word = /^(?:He|She)\b/.exec(doc.text.slice(s.start, s.start + 4));
    if (!word) continue;
    const prev = doc.sentences[k - 1];
    const inPrev = doc.people.filter((q) => q.start >= prev.start && q.end <= prev.end);
    let named = inPrev.filter((q) => !q.fuzzy);
    // Round 41: "the Dutchman Mark Rutte will need all his balancing skills ... NATO's 32 member states have appointed the
    // former Dutch prime minister as their next secretary-general. He will take office on 1 October" (AFP, 26 June 2024,
    // held-out 39 sm002): a sentence between that names no one, only a description, and one person named in the sentence
    // before it. Such a reading only confirms (farPronouns).
    let far = false;
    if (!inPrev.length && k >= 2) {
      const earlier = doc.sentences[k - 2];
      named = doc.people.filter((q) => q.start >= earlier.start && q.end <= earlier.end);
      if (named.some((q) => q.fuzzy)) continue;
      far = true;
    }
    if (!named.length || new Set(named.map((q) => q.personId)).size !== 1) continue;
    const mention = { ...named[named.length - 1], start: s.start, end: s.start + word[0].length };
    if (far) farPronouns.add(mention);
    out.push(mention);
  }
  return out;
}
/** Pronoun subjects taken for a person named two sentences back: read only to confirm. */
const farPronouns = new WeakSet<PersonMention>();

export function plannedStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !PLANNED_START_WORDS.test(doc.text)) return out;
  for (const p of [...doc.people, ...pronounSubjects(doc)]) {
    if (p.fuzzy) continue;
    const sentence = doc.sentences.find((s) => s.start <= p.start && p.start < s.end);
    if (!sentence) continue;
    const m = PLANNED_START_RE.exec(doc.text.slice(p.end, sentence.end));
    if (!m || HEDGE_RE.test(doc.text.slice(sentence.start, p.end + m[0].length))) continue;
    const inside = doc.people.filter((q) => q.start >= p.end && q.end <= p.end + m[0].length);
    // Only the predecessor may be named inside the words ("will succeed Jens Stoltenberg ... on"), checked below.
    if (inside.length && !/\bsucceeds?\b/i.test(m[0])) continue;
    const at = p.end + m[0].length;
    const month = m[2].toLowerCase() === 'in';
    const date = findDates(doc.text, month ? at - 3 : at, Math.min(sentence.end, at + 30), { asOf: doc.asOf, future: true }).find(
      // A month without its year is "relative" (read as the next one to come, `future`); a day must be written out.
      (d) => (month ? d.end > at && d.start <= at && d.granularity === 'month' : d.start === at && d.granularity === 'day' && !d.relative),
    );
    if (!date) continue;
    if (!date.explicitYear && date.last < doc.asOf) {
      const next = (d: string) => `${Number(d.slice(0, 4)) + 1}${d.slice(4)}`;
      Object.assign(date, { first: next(date.first), last: next(date.last) });
    }
    // The office "as" names, when it names one; else any the person takes within the reach.
    const named = m[1] ? officesNamed(doc, p.end + m[0].lastIndexOf(m[1]), at) : null;
    if (m[1] && !named?.length) continue;
    const offices = named ?? doc.facts.officesByPerson.get(p.personId) ?? [];
    const ahead = offices
      .flatMap((o) => tenuresOf(p.personId, o))
      .filter((t) => t.from > doc.asOf && toDays(t.from) - toDays(doc.asOf) <= PLANNED_AHEAD_DAYS);
    if (ahead.length !== 1) continue;
    const [t] = ahead;
    if (inside.some((q) => !t.office.holders.some((h) => h.person === q.personId && h.end === t.from))) continue;
    if (/\bsucceeds?\b/i.test(m[0]) && !inside.length) continue;
    if (t.from !== t.fromLate || t.holder.acting || t.holder.confidence !== 'verified' || t.holder.disputed) continue;
    const name = doc.facts.people.get(p.personId)?.name ?? p.personId;
    // A month told: the record's start in it is confirmed; any other month is left alone (a month is loose, a plan may move).
    if (month) {
      if (date.first <= t.from && t.from <= date.last)
        out.push(
          annotation(doc, t, p.start, date.end, 'supported', `${name} took office as ${t.office.name} on ${formatDay(t.from)}.`, []),
        );
      continue;
    }
    // The predecessor's mandate in force on the page's day, ending where the successor began.
    const before = t.office.holders.find((h) => h.person !== p.personId && h.end === t.from && h.start <= doc.asOf);
    const prev =
      before && before.confidence === 'verified' && !before.acting
        ? tenuresOf(before.person, t.office).find((x) => x.holder === before)
        : undefined;
    const e = prev ? inForce(prev, doc.asOf) : undefined;
    if (!e || Math.abs(toDays(e.until) - toDays(t.from)) > 1) {
      // No mandate fixes the day ("Joe Biden is set to take office on January 20, 2021"): the day the record gives is
      // confirmed, any other left alone (a plan may have changed).
      // With "as TITLE", tenure.ts reads it.
      if (!m[1] && date.first <= t.from && t.from <= date.last)
        out.push(
          annotation(doc, t, p.start, date.end, 'supported', `${name} took office as ${t.office.name} on ${formatDay(t.from)}.`, []),
        );
      continue;
    }
    // Round 40: "He will assume the position on October 2", "Rutte, as mentioned, will take office on October 2nd" (held-out
    // 38 rw001, rw002, June 2024): the record has the successor take over on the day the mandate ran to (Rutte on 1 October
    // 2024, the day Stoltenberg's ended), so the day after it is wrong; a mandate "until" a day that the record's successor
    // began after leaves that day after the plan's.
    const handoverOnUntil = t.from === e.until;
    const confirmOnly = farPronouns.has(p);
    const agreed = handoverOnUntil ? [t.from] : [t.from, e.until, addDays(e.until, 1)];
    const meets = agreed.some((d) => date.first <= d && d <= date.last);
    const off = Math.min(...agreed.map((d) => Math.min(Math.abs(toDays(d) - toDays(date.first)), Math.abs(toDays(d) - toDays(date.last)))));
    if (!meets && (confirmOnly || (off <= 1 && !(handoverOnUntil && date.first > t.from)))) continue;
    // A red flag with no "as TITLE" needs the office named in the sentence or the one before ("NATO named Rutte its next
    // Secretary General. Rutte will take office on ..."): a start told bare may be of a post the record does not hold.
    // Round 40: or in the page's first sentence, its lead, that names the person too ("Mark Rutte ... will succeed Jens
    // Stoltenberg as the next secretary general of NATO", rw001).
    if (!meets && !m[1]) {
      const k = doc.sentences.indexOf(sentence);
      const from = k > 0 ? doc.sentences[k - 1].start : sentence.start;
      const lead = doc.sentences[0];
      const inLead =
        !!lead &&
        doc.people.some((q) => q.personId === p.personId && q.full && q.start < lead.end) &&
        officesNamed(doc, lead.start, lead.end).includes(t.office);
      if (!officesNamed(doc, from, sentence.end).includes(t.office) && !inLead) continue;
    }
    const predecessor = doc.facts.people.get(prev!.holder.person)?.name ?? prev!.holder.person;
    const plan = `${predecessor}'s mandate ran until ${formatDay(e.until)} (extension ${e.nth}, decided on ${formatDay(e.decided)})`;
    out.push(
      annotation(
        doc,
        t,
        p.start,
        date.end,
        meets ? 'supported' : 'contradicted',
        meets
          ? `${name} took office as ${t.office.name} on ${formatDay(t.from)}: ${plan}.`
          : `${name} took office as ${t.office.name} on ${formatDay(t.from)}, not ${formatDay(date.first)}: on ${formatDay(doc.asOf)} ${plan}.`,
        [e],
      ),
    );
  }
  return out;
}

// Round 41: a term told as over while it runs. "Dutch Prime Minister Mark Rutte has been appointed ..., replacing Jens
// Stoltenberg whose term has ended" (held-out 39 sl004, 27 June 2024: his mandate ran until 1 October), "Rutte, whose
// mandate has expired", "NATO chief Mark Rutte's term is over", "his term has run out". The present perfect or "is over"
// only: a simple or past perfect past ("whose term ended", "had expired") may tell of an earlier term or a narrated
// time, and an ordinal ("whose first term has ended") of a term before an extension or a return. A country's office is
// left alone (a president's term may lapse while they stay in office, as Zelensky's did in May 2024 under martial law): only
// an organisation's office or one whose mandate records its extensions. Contradicted when that tenure runs, by a
// verified record, more than TERM_OVER_GRACE_DAYS past a page of certain date and the sentence tells of no earlier year;
// supported when it ended within the year before the page.
const TERM_OVER_KEYS = compiledOnFirstRun(/\b(?:ended|expired|run out|ran out|is over|come to an end|finished|concluded)\b/);
const TERM_OVER_RE = compiledOnFirstRun(
  /^(?:[ \t]*,?[ \t]*whose|['\u2019]s?)[ \t]+(?:(?:current|present)[ \t]+)?(?:mandate|term(?:[ \t]+in[ \t]+office)?|tenure)(?:[ \t]+(?:as|at[ \t]+the[ \t]+helm[ \t]+of)[ \t]+([^,.;:()"\u201c\u201d]{3,50}?))?[ \t]+(?:has[ \t]+(?:now[ \t]+|already[ \t]+|just[ \t]+|officially[ \t]+)?(?:ended|expired|run[ \t]+out|come[ \t]+to[ \t]+an[ \t]+end|finished|concluded)|is[ \t]+(?:now[ \t]+|already[ \t]+)?over)\b/iu,
);
const PRONOUN_TERM_OVER_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:his|her)[ \t]+(?:(?:current|present)[ \t]+)?(?:mandate|term(?:[ \t]+in[ \t]+office)?|tenure)(?:[ \t]+(?:as|at[ \t]+the[ \t]+helm[ \t]+of)[ \t]+([^,.;:()"\u201c\u201d]{3,50}?))?[ \t]+(?:has[ \t]+(?:now[ \t]+|already[ \t]+|just[ \t]+|officially[ \t]+)?(?:ended|expired|run[ \t]+out|come[ \t]+to[ \t]+an[ \t]+end|finished|concluded)|is[ \t]+(?:now[ \t]+|already[ \t]+)?over)\b`,
  'giu',
);
// "once his term has ended", "after her mandate has expired", "if", "when": the end told as to come or considered.
const TERM_OVER_HEDGE_RE =
  /\b(?:once|after|when|whenever|until|till|before|if|unless|whether|by[ \t]+the[ \t]+time|as[ \t]+soon[ \t]+as|would|could|might)[ \t]+[^,.;:]*$/i;
const TERM_OVER_GRACE_DAYS = 7;
const TERM_OVER_SINCE_DAYS = 366;

// Built once (speed, round 41): a literal in termsToldOver was a new expression, parsed again, at each call.
const TERMS_TOLD_OVER_RE = /\b(?:his|her)\b/;
export function termsToldOver(doc: Doc): Annotation[] {
  if (!doc.dateCertain || !TERM_OVER_KEYS.test(doc.folded)) return [];
  const out: Annotation[] = [];
  const told: Array<{ personId: string; start: number; end: number; title?: [number, number]; sentence: Span }> = [];
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const m = TERM_OVER_RE.exec(doc.text.slice(p.end, p.end + 120));
    if (!m) continue;
    const sentence = doc.sentences.find((s) => s.start <= p.start && p.start < s.end);
    if (!sentence) continue;
    const titleAt = m[1] ? p.end + m[0].indexOf(m[1]) : -1;
    told.push({
      personId: p.personId,
      start: p.start,
      end: p.end + m[0].length,
      sentence,
      ...(m[1] ? { title: [titleAt, titleAt + m[1].length] as [number, number] } : {}),
    });
  }
  if (TERMS_TOLD_OVER_RE.test(doc.folded))
    for (const m of matchesOf(PRONOUN_TERM_OVER_RE, doc.text)) {
      const at = m.index + m[0].search(LETTER_RE);
      const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
      if (!sentence) continue;
      const before = doc.people.filter((q) => !q.fuzzy && q.start >= sentence.start && q.end <= at);
      let ids = [...new Set(before.map((q) => q.personId))];
      if (!ids.length && !/\S/.test(doc.text.slice(sentence.start, at).replace(/^[\s"\u201c]+/, '')))
        ids = [...new Set(peopleOfSentenceBefore(doc, sentence).map((q) => q.personId))];
      if (ids.length !== 1) continue;
      const titleAt = m[1] ? m.index + m[0].indexOf(m[1]) : -1;
      told.push({
        personId: ids[0],
        start: at,
        end: m.index + m[0].length,
        sentence,
        ...(m[1] ? { title: [titleAt, titleAt + m[1].length] as [number, number] } : {}),
      });
    }
  for (const c of told) {
    if (TERM_OVER_HEDGE_RE.test(doc.text.slice(c.sentence.start, c.start))) continue;
    const held = doc.facts.officesByPerson.get(c.personId) ?? [];
    const named = c.title ? officesNamed(doc, c.title[0], c.title[1]).filter((o) => held.includes(o)) : null;
    if (named && !named.length) continue;
    const fixedTerm = (named ?? held).filter(
      (o) =>
        doc.facts.jurisdictions.get(o.jurisdiction)?.kind !== 'country' ||
        o.holders.some((h) => h.person === c.personId && h.extensions?.length),
    );
    const tenures = fixedTerm.flatMap((o) => tenuresOf(c.personId, o)).filter((t) => t.from <= doc.asOf);
    const running = tenures.filter((t) => t.until === null || doc.asOf < t.until);
    const name = doc.facts.people.get(c.personId)?.name ?? c.personId;
    const quote = { start: c.start, end: c.end, quote: doc.text.slice(c.start, c.end), kind: 'tenure' as const };
    if (running.length === 1) {
      const [t] = running;
      // Back in an office held before: "his term has ended" may be the earlier one's.
      if (tenuresOf(c.personId, t.office).some((x) => x !== t && x.until !== null && x.until <= t.from)) continue;
      if (t.holder.confidence !== 'verified' || t.holder.disputed) continue;
      if (t.until !== null && (t.holder.end?.length !== 10 || daysBetween(doc.asOf, t.until) <= TERM_OVER_GRACE_DAYS)) continue;
      if (pastHorizon(doc.facts, doc.asOf, { office: t.office.id })) continue;
      const years = doc.text.slice(c.sentence.start, c.sentence.end).match(/\b(?:19|20)\d{2}\b/g) ?? [];
      if (years.some((y) => y < doc.asOf.slice(0, 4))) continue;
      out.push({
        ...quote,
        verdict: 'contradicted',
        factIds: [t.office.id, c.personId],
        message: `${name}'s term as ${t.office.name} had not ended on ${formatDay(doc.asOf)}: it ran ${t.until ? `until ${formatDay(t.until)}` : 'on beyond that day'}.`,
        fact: describeHolder(doc.facts.people.get(c.personId), t),
        sources: sourcesOfAll([t.holder]),
      });
      continue;
    }
    if (running.length) continue;
    const ended = tenures.filter((t) => t.until !== null && daysBetween(t.until, doc.asOf) <= TERM_OVER_SINCE_DAYS);
    if (ended.length !== 1 || ended[0].holder.confidence !== 'verified') continue;
    const [t] = ended;
    out.push({
      ...quote,
      verdict: 'supported',
      factIds: [t.office.id, c.personId],
      message: `${name}'s term as ${t.office.name} ended on ${formatDay(t.until!)}.`,
      fact: describeHolder(doc.facts.people.get(c.personId), t),
      sources: sourcesOfAll([t.holder]),
    });
  }
  return out;
}
