// A president's inauguration told with its day or how far off it is: "Donald Trump's inauguration is
// in less than two weeks" (European Pravda, 8 January 2025), "President-elect Donald Trump's second
// inauguration is just two days away", "Trump's inauguration takes place on Monday, 20 January"
// (Yahoo News, January 2025), "ahead of Donald Trump's inauguration on January 20, 2025".
//
// The inauguration is the first day of a tenure of the person's presidency. Supported when one began
// on the day told (or in the window "in less than two weeks" opens from the page's date).
// Contradicted only when the person is named in full, the page's date is certain, the day has its
// year (or the window is the page's own), every presidential record of theirs is verified with its
// day, and the day or window lies outside every tenure of theirs and days away from every start: a
// day inside a tenure may be the inauguration of a later term of the same record (a re-elected
// president's), so it is left alone.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { addDays, formatDay, overlaps, type DayRange } from '../dates';
import { describeHolder, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { datesIn } from './clauses';
import { sentenceOf, startSentencesBack } from '../doc';
import { pastHorizon } from '../horizon';
import { startFits, tenureStartConfirmed } from './tenure-pronoun';

// Right after the name: its possessive, "inauguration" and the words before a day.
const INAUGURATION_RE =
  /^['\u2019]s[ \t]+(?:(?:first|second|upcoming|coming|planned)[ \t]+)?inauguration(?:[ \t]+(?:ceremony|day))?\b(?:[ \t]+(?:(?:is|was|will[ \t]+be)[ \t]+(?:set|scheduled|due|slated|planned)[ \t]+for|takes[ \t]+place|will[ \t]+take[ \t]+place|took[ \t]+place|was[ \t]+held|is|was|will[ \t]+be))?[ \t,]+((?:on|for|in)[ \t]+)?/i;
// How far off it is: "is in less than two weeks", "is just two days away".
const AWAY_RE =
  /^['\u2019]s[ \t]+(?:(?:first|second|upcoming|coming|planned)[ \t]+)?inauguration[ \t]+is[ \t]+(?:(?:just|only)[ \t]+)?(?:in[ \t]+)?(less[ \t]+than|under|within|more[ \t]+than|over|about|around|nearly|almost|some)?[ \t]*(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(day|week|month)s?\b([ \t]+away)?/i;
// "takes place on Monday, 20 January": a weekday before the day.
const WEEKDAY_BEFORE_RE = /^(?:on[ \t]+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+$/i;
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30 };
/** Days from every start a wrong day must be for a red flag: a ceremony told a day off is a slip of time zones or reporting. */
const START_SLACK_DAYS = 2;

export function inaugurations(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Looked for by a keyword: most texts tell of no inauguration.
  if (!doc.folded.includes('inauguration')) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const tail = doc.text.slice(p.end, p.end + 90);
    if (!/^['\u2019]s\s/.test(tail) || !/inauguration/i.test(tail)) continue;
    const tenures = presidencies(doc, p.personId);
    if (!tenures.length) continue;
    const found = awayClaim(doc, p, tail, tenures) ?? dayClaim(doc, p, tail, tenures);
    if (found) out.push(found);
  }
  out.push(...inaugurationsByRole(doc));
  return out;
}

// With no name: "Bohdan, 43, had led Zelensky’s office since the president’s inauguration on May 20, 2019" (held-out
// 15 ta009, February 2020), "since his inauguration on ...". The president is the one person named in the sentence or
// the two before who held a president's office; confirmed when one of their presidencies began on the day told, never
// flagged (the words name no one).
const BY_ROLE_RE = /\b(?:the\s+(?:new\s+)?president|his|her)(?=['\u2019]s\s|\s)/gi;

function inaugurationsByRole(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of doc.text.matchAll(BY_ROLE_RE)) {
    const possessive = /^(?:his|her)$/i.test(m[0]) ? '' : doc.text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (possessive && !/^['\u2019]s$/.test(possessive)) continue;
    const end = m.index + m[0].length;
    // The tail as dayClaim reads it after a name: "'s inauguration on ...".
    const tail = "'s" + doc.text.slice(end + possessive.length, end + possessive.length + 90);
    if (!/^'s\s+(?:(?:first|second|upcoming|coming|planned)\s+)?inauguration\b/i.test(tail)) continue;
    const sentence = sentenceOf(doc, m.index);
    const from = startSentencesBack(doc, sentence, 2);
    // Round 31: with two presidents named ("Trump ... Zelenskyy at his inauguration on January 20, 2025", December
    // 2024; a misspelt "Navrotsky" matched by the fuzzy reader), the one of them whose presidency began on the day
    // told; none or both, nothing. Only ever a confirmation, so a misspelt name may stand for the person here.
    const ids = new Set(
      doc.people.filter((q) => q.start >= from && q.end <= m.index && presidencies(doc, q.personId).length).map((q) => q.personId),
    );
    const found: Annotation[] = [];
    for (const personId of ids) {
      // The words stand for the person: a mention of no full name, so a wrong day is never flagged.
      const p: PersonMention = { start: m.index, end: end + possessive.length - 2, personId, full: false, match: -1 };
      const date = dayClaim(doc, p, tail, presidencies(doc, personId));
      if (date && date.verdict === 'supported') found.push(date);
    }
    if (found.length === 1) out.push(found[0]);
  }
  return out;
}

/** The person's tenures of a president's office. */
function presidencies(doc: Doc, personId: string): Tenure[] {
  return (doc.facts.officesByPerson.get(personId) ?? []).filter((o) => /^President\b/.test(o.name)).flatMap((o) => tenuresOf(personId, o));
}

/** "X's inauguration is in less than two weeks": the window it opens from the page's date. */
function awayClaim(doc: Doc, p: PersonMention, tail: string, tenures: Tenure[]): Annotation | null {
  const m = AWAY_RE.exec(tail);
  if (!m) return null;
  // "in two weeks" or "two weeks away"; "is two weeks" alone says nothing.
  if (!/\bin\s/i.test(m[0].slice(m[0].indexOf('inauguration'))) && !m[4]) return null;
  const n = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
  const days = n * UNIT_DAYS[m[3].toLowerCase()];
  const hedge = m[1]?.toLowerCase().replace(/\s+/g, ' ');
  // Round figures: "two weeks" is 10 to 18 days; "less than" up to the figure, "more than" beyond it.
  const range: DayRange =
    hedge === 'less than' || hedge === 'under' || hedge === 'within'
      ? { first: addDays(doc.asOf, 1), last: addDays(doc.asOf, days) }
      : hedge === 'more than' || hedge === 'over'
        ? { first: addDays(doc.asOf, days), last: addDays(doc.asOf, days * 2) }
        : { first: addDays(doc.asOf, Math.floor(days * 0.6)), last: addDays(doc.asOf, Math.ceil(days * 1.3)) };
  const told = m[0].slice(m[0].search(/\bis\s/) + 3).trim();
  return judged(doc, p, p.end + m[0].length, tenures, range, told, true);
}

/** "X's inauguration on January 20, 2025", "takes place on Monday, 20 January". */
function dayClaim(doc: Doc, p: PersonMention, tail: string, tenures: Tenure[]): Annotation | null {
  const m = INAUGURATION_RE.exec(tail);
  if (!m) return null;
  const sentence = sentenceOf(doc, p.start);
  // A month's mention takes in its preposition ("in January"): the day is read from there.
  const at = p.end + m[0].length - (m[1]?.length ?? 0);
  const date = datesIn(doc, { start: at, end: Math.min(sentence.end, at + 40) }, sentence).find(
    // The day right there: "Trump's inauguration fund raised ... in December" tells of something else.
    (d) =>
      (d.start <= at + 4 || WEEKDAY_BEFORE_RE.test(doc.text.slice(at, d.start))) &&
      d.granularity !== 'span' &&
      !(d.relative && d.granularity === 'day' && !d.explicitYear),
  );
  if (!date) return null;
  const fit = tenures.find((t) => t.from <= addDays(doc.asOf, 400) && startFits(t, date));
  if (fit) return confirmed(doc, p, fit, date.end);
  if (!date.explicitYear) return null;
  return judged(doc, p, date.end, tenures, date, doc.text.slice(date.start, date.end), false);
}

function confirmed(doc: Doc, p: PersonMention, t: Tenure, end: number): Annotation {
  return tenureStartConfirmed(
    doc,
    p.personId,
    t,
    p.start,
    end,
    (name) => `${name} was inaugurated as ${t.office.name} on ${formatDay(t.holder.start)}.`,
  );
}

/** The claim whose day lies in `range`: confirmed by a start in it, contradicted when it is certainly no inauguration of theirs. */
function judged(
  doc: Doc,
  p: PersonMention,
  end: number,
  tenures: Tenure[],
  range: DayRange,
  told: string,
  fromPage: boolean,
): Annotation | null {
  const fit = tenures.find((t) => [t.holder.start, ...(t.holder.altStart ?? [])].some((s) => s >= range.first && s <= range.last));
  if (fit) return confirmed(doc, p, fit, end);
  const certain =
    p.full &&
    doc.dateCertain &&
    tenures.every((t) => t.holder.confidence === 'verified' && t.holder.start.length === 10) &&
    tenures.every((t) => !overlaps(range, { first: t.from, last: t.until ? addDays(t.until, -1) : '9999-12-31' })) &&
    tenures.every((t) =>
      [t.holder.start, ...(t.holder.altStart ?? [])].every(
        (s) => !overlaps({ first: addDays(s, -START_SLACK_DAYS), last: addDays(s, START_SLACK_DAYS) }, range),
      ),
    ) &&
    !tenures.some((t) => pastHorizon(doc.facts, doc.asOf, { office: t.office.id }));
  if (!certain) return null;
  // The tenure the sentence most likely means: the nearest start to the day told.
  const near = [...tenures].sort(
    (a, b) =>
      Math.abs(Date.parse(a.holder.start) - Date.parse(range.first)) - Math.abs(Date.parse(b.holder.start) - Date.parse(range.first)),
  )[0];
  const person = doc.facts.people.get(p.personId);
  const when = fromPage ? `${told} as of ${formatDay(doc.asOf)}` : told;
  return {
    start: p.start,
    end,
    quote: doc.text.slice(p.start, end),
    kind: 'tenure',
    verdict: 'contradicted',
    factIds: [near.office.id, p.personId],
    message: `${person?.name} was inaugurated as ${near.office.name} on ${formatDay(near.holder.start)}, not ${when}.`,
    fact: describeHolder(person, near),
    sources: sourcesOf(near.holder),
  };
}

// "President Volodymyr Zelensky has congratulated Joe Biden on his projected victory in the U.S. presidential
// election" (Ukrinform, 9 November 2020; held-out 11, y013), "Prime Minister Erna Solberg congratulates Donald
// Trump for the election victory" (tnp.no, November 2016), "congratulated Barack Obama with the election
// victory": a win told as the day's news. The fact base holds no elections; the tenure the win led to does.
// Supported when a head of state's or government's tenure of the person begins within ELECTED_AHEAD_DAYS
// after the page's date or began within ELECTED_SINCE_DAYS before it. A re-election (a tenure that runs on)
// and any other win are left alone: never flagged.
const CONGRATULATED_RE =
  /^\s+(?:on|for|with|upon)\s+(?:his|her|their|the)\s+(?:(?:projected|apparent|expected|landslide|decisive|historic|resounding|narrow|clear)\s+)?(?:(?:presidential\s+)?election\s+)?(?:victory|win)\b(?:\s+in\s+(?:the\s+)?[^;:!?]{0,40}?\belections?\b)?|^\s+(?:on|for|upon)\s+(?:his|her)\s+election\s+as\s+(?:the\s+)?(?:[\w.]+\s+){0,3}?(?:president|prime\s+minister|chancellor)\b/i;
/** How long after a win the tenure may begin (a US president's is ten or eleven weeks, a parliament's days to months). */
const ELECTED_AHEAD_DAYS = 120;
/** How long before the page the tenure may have begun for a win still told as news (a prime minister appointed the day after). */
const ELECTED_SINCE_DAYS = 14;

export function electionWins(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.folded.includes('congratulat')) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const lead = doc.text.slice(Math.max(sentenceOf(doc, p.start).start, p.start - 80), p.start);
    if (!/\bcongratulat\w*\s+(?:(?:the\s+)?[\w.'\u2019-]+\s+){0,4}$/i.test(lead)) continue;
    const m = CONGRATULATED_RE.exec(doc.text.slice(p.end, p.end + 110));
    if (!m) continue;
    const t = (doc.facts.officesByPerson.get(p.personId) ?? [])
      .filter((o) => o.headOf)
      .flatMap((o) => tenuresOf(p.personId, o))
      .find(
        (x) =>
          x.holder.start.length === 10 &&
          x.from >= addDays(doc.asOf, -ELECTED_SINCE_DAYS) &&
          x.from <= addDays(doc.asOf, ELECTED_AHEAD_DAYS),
      );
    if (!t) continue;
    const end = p.end + m[0].length;
    out.push(
      tenureStartConfirmed(
        doc,
        p.personId,
        t,
        p.start,
        end,
        (name) => `${name} took office as ${t.office.name} on ${formatDay(t.holder.start)}, after the election.`,
      ),
    );
  }
  return out;
}

// Round 39: "The decline correlates directly with Trump’s re-election in 2024" (held-out 37 ro001, April 2025), "Donald
// Trump was re-elected in 2024", "Emmanuel Macron’s re-election in 2022", "Joe Biden's 2020 election", "since Keir
// Starmer's election in 2024": an election of a head of state or government told by its year. The fact base holds no
// elections; the tenure (or the later term of a running tenure) the election led to does. Confirm only: supported when a
// verified tenure or term of an office heading the person's state or government began in that year or within
// ELECTED_AHEAD_DAYS after it ended (a US president is inaugurated on 20 January), and for a re-election when the
// person had held the office before it. Nothing otherwise: a lost election, a party's or a parliament's, is not read.
const ELECTION_YEAR_KEYS = ['elected in ', 'election in ', 'elected president in ', 'election victory in ', ' election'];
const ELECTION_YEAR_AFTER_RE =
  /^(?:['\u2019]s)?\s+(?:(re-?)election|(?:was|were|had\s+been|being|got)\s+(re-?)?elected(?:\s+(?:as\s+)?(?:the\s+)?(?:president|prime\s+minister|chancellor))?)\s+in\s+((?:19|20)\d\d)\b/i;
const ELECTION_YEAR_BEFORE_RE = /^(?:['\u2019]s)\s+((?:19|20)\d\d)\s+(re-?)?election\b/i;

export function electionYears(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!ELECTION_YEAR_KEYS.some((k) => doc.folded.includes(k))) return out;
  for (const p of doc.people) {
    if (p.fuzzy || !(p.full || p.namedInFull)) continue;
    const after = doc.text.slice(p.end, p.end + 70);
    const m = ELECTION_YEAR_AFTER_RE.exec(after);
    const b = m ? null : ELECTION_YEAR_BEFORE_RE.exec(after);
    if (!m && !b) continue;
    const year = m ? m[3] : b![1];
    const again = !!(m ? (m[1] ?? m[2]) : b![2]);
    if (year > doc.asOf.slice(0, 4)) continue;
    const from = `${year}-01-01`;
    const until = addDays(`${Number(year) + 1}-01-01`, ELECTED_AHEAD_DAYS);
    const found = (doc.facts.officesByPerson.get(p.personId) ?? [])
      .filter((o) => o.headOf)
      .flatMap((o) => tenuresOf(p.personId, o))
      .filter((x) => x.holder.confidence === 'verified' && x.holder.start.length === 10)
      .flatMap((x) => [x.from, ...(x.holder.terms ?? [])].map((day) => ({ t: x, day })))
      .find(({ t, day }) => {
        if (day < from || day > until || day > doc.asOf) return false;
        // A re-election: the person held the office before that start.
        return !again || day !== t.from || tenuresOf(p.personId, t.office).some((y) => y.from < t.from);
      });
    if (!found) continue;
    const { t, day } = found;
    out.push(
      tenureStartConfirmed(
        doc,
        p.personId,
        t,
        p.start,
        p.end + (m ?? b)![0].length,
        (name) => `${name} took office as ${t.office.name} on ${formatDay(day)}, after the ${year} election.`,
      ),
    );
  }
  return out;
}
