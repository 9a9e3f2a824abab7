// A start of tenure told as an event of the holder's life, not with a title verb after the name:
// "Rutte’s first official visit to Washington since assuming the NATO leadership earlier this year",
// "the first NATO gathering since Trump returned to the White House in January", "Donald Trump
// becoming president in the USA again in January", "he will take over as NATO’s new
// secretary-general later this year", "since returning to power in 2010" (Orbán), "Since taking
// over as Secretary General in October, Rutte has ...".
//
// The office is what the clause names: a title ("as NATO’s new secretary-general"), a seat ("the
// White House", "the Kremlin"), NATO's top post by a loose name ("the NATO leadership", "the helm
// of the alliance"), or none ("office", "power": any office of the person's, only ever confirmed).
// The person is the one named right after a leading clause, or the one person named before the
// clause in its sentence who held that office (a pronoun: in the sentences before; confirm only).
//
// Supported when a tenure of the office began on the date. Contradicted only when the office is
// named, the person is named (in full on the page) and held it in verified records none of which
// began then, no office of theirs began then either, the page's date is certain and the date is
// one of its own (a written year, or "earlier this year", "last year" read from a certain date).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import type { DateMention } from '../dates';
import { addDays, daysBetween, formatDay } from '../dates';
import type { Span } from '../sentences';
import { describeHolder, describeTenure, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { datesIn, pastWeekday } from './clauses';
import { firstAtOrAfter, sentenceOf } from '../doc';
import { APPOSITIVE, officesNamed } from './tenure';
import { startFits, tenureStartConfirmed } from './tenure-pronoun';
import { compiledOnFirstRun, execWarm, keysGate } from '../triggers';
import { MAYBE } from './tenure-hypothetical';
import { LETTER_OR_DIGIT_RE } from '../letter-classes';

// Looked for in the folded text (lower case) by a preposition and the verb after it: most texts
// hold none, and then nothing else runs.
// "having first taken office in October 2014" (held-out 15 tb118): a participle whose subject is the sentence's.
const CLAUSE_PREPOSITIONS = ['since ', 'after ', 'upon ', 'having '];
const CLAUSE_PREPOSITIONS_GATE = keysGate(CLAUSE_PREPOSITIONS);
const CLAUSE_VERBS = ['assuming ', 'taking ', 'entering ', 'returning to ', 'becoming ', 'coming to ', 'taken ', 'first taken '];
// "Stoltenberg stepped into the NATO leadership role in 2014" (held-out 15 ta045).
const FINITE_KEYS = [
  'returned to ',
  'return to ',
  'becoming ',
  'take over ',
  'takes over ',
  'took over ',
  'took the helm',
  'stepped into ',
  'steps into ',
  // Round 40 (confirmations): "Stoltenberg signed on in 2014" (held-out 33 od031), with nothing between the verb and the date.
  'signed on ',
  // Round 42 (confirmations): "Stoltenberg took charge in 2014", "Rutte takes charge of NATO on Tuesday".
  'took charge',
  'takes charge',
];
const FINITE_GATE = keysGate(FINITE_KEYS);

// What the clause's verb takes: the object up to the date. "office" and "power" name no office.
// "the NATO leadership", "the alliance's top job", "the helm of NATO", "the White House", "the
// presidency", "as Secretary General", "president in the USA" (after "becoming").
const VERB_RE = compiledOnFirstRun(
  /^(?:assuming|taking(?:\s+(?:over|up))?|(?:first\s+)?taken(?:\s+(?:over|up))?|entering|returning\s+to|becoming|coming\s+to|returned\s+to|return\s+to|took(?:\s+(?:over|up))?|takes?\s+over|stepped\s+into|steps\s+into|signed\s+on)\s+/i,
);
const SEAT_RE = compiledOnFirstRun(/^the\s+(White\s+House|Kremlin|Oval\s+Office)\b/i);
// Round 38: "When Stoltenberg took over the post in 2014" (held-out 36 qq019): a word for a post, as "office" is.
// Round 42 (confirmations): "since taking charge in 2014" (Reuters on Stoltenberg, July 2023, held-out 40 ss017): "charge" is
// a word for a post too, whichever the person's: any office of theirs begun then, confirmed only. Not "charge of ...": "took
// charge of the coalition talks in 2010" tells of no office.
const UNNAMED_RE = compiledOnFirstRun(/^(?:office|power|charge(?![ \t]+of\b)|the[ \t]+(?:post|job|position|role))\b/i);
// "took charge of NATO in 2014", "since taking charge of the alliance": NATO's head, by a loose name; only ever confirmed.
const NATO_CHARGE_RE = compiledOnFirstRun(/^charge\s+of\s+(?:NATO|Nato|the\s+(?:[\w-]+\s+){0,2}alliance)\s*$/i);
const LOOSE_POST_RE =
  /^(?:the\s+)?(?:(NATO|alliance)['\u2019]?s?\s+|(?:[\w-]+\s+){0,2})?(leadership|helm|top\s+job|top\s+post|reins|presidency|premiership|chancellorship)(?:\s+(?:of|at)\s+(?:the\s+)?(NATO|(?:[\w-]+\s+){0,2}alliance))?\b/i;
// "as the head of NATO", "as NATO's new chief", "as leader of the alliance": NATO's Secretary General
// by a loose name ("the alliance" alone may be another: only ever confirmed).
const NATO_HEAD_RE =
  /^(?:as\s+)?(?:the\s+)?(?:(?:(NATO)|(?:[\w-]+\s+){0,2}alliance)['\u2019]?s?\s+(?:new\s+)?(?:chief|head|boss|leader)|(?:new\s+)?(?:head|chief|leader)\s+of\s+(?:the\s+)?(?:(NATO)|(?:[\w-]+\s+){0,2}alliance))\s*$/i;
// NATO's top post named loosely: only the Secretary General leads NATO itself.
const NATO_LOOSE = new Set(['leadership', 'helm', 'top job', 'top post', 'reins']);
// "presidency", "premiership", "chancellorship": the person's office of that kind.
const KIND_OF_POST: Record<string, RegExp> = {
  presidency: /^President\b/,
  premiership: /^Prime Minister\b/,
  chancellorship: /^Chancellor\b/,
};
// "Trump returned to the White House", "Putin ... the Kremlin": a seat for the office.
const SEAT_OFFICE: Record<string, string> = { 'white house': 'us-president', 'oval office': 'us-president', kremlin: 'russia-president' };
/** How far after the verb the object and its date may run. */
const REACH = 80;
/** How many sentences before a pronoun its person may be named in. */
const PRONOUN_SENTENCES = 2;

interface Told {
  /** The offices the clause names; empty with `unnamed`. */
  offices: Office[];
  /** "office", "power": any office of the person's. */
  unnamed: boolean;
  /** Named loosely ("the presidency" of someone with two): may confirm, never flag. */
  loose: boolean;
  /** Named by its seat ("the White House"). */
  seat?: true;
  /** "the presidency": the person's offices whose name starts so. */
  kindOfPost?: RegExp;
  date: DateMention;
}

export function eventStarts(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const seen = new Set<number>();
  for (const key of CLAUSE_PREPOSITIONS_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      if (i > 0 && LETTER_OR_DIGIT_RE.test(doc.text[i - 1])) continue;
      if (!CLAUSE_VERBS.some((v) => doc.folded.startsWith(v, i + key.length))) continue;
      const a = clauseStart(doc, i, seen);
      if (a) out.push(a);
    }
  }
  for (const key of FINITE_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      if (i > 0 && LETTER_OR_DIGIT_RE.test(doc.text[i - 1])) continue;
      const a = finiteStart(doc, i, seen);
      if (a) out.push(a);
    }
  }
  return out;
}

// Built once (speed, round 41): a literal in toldAfter was a new expression, parsed again, at each call.
const TOLD_AFTER_RE = /^(?:took|returned|stepped)\b/i;
const TOLD_AFTER_RE2 = /^signed\s+on\s/i;
const TOLD_AFTER_RE3 = /^(?:in|on|from)?\s*$/i;
const TOLD_AFTER_RE4 = /^the\s+helm\s+(?:in|on)?\s*$/i;
const TOLD_AFTER_RE5 = /\s+(?:in|on|since|from|later|earlier)\s*$/i;
const TOLD_AFTER_RE6 = /[,;:()]/;
const TOLD_AFTER_RE7 = compiledOnFirstRun(/\s(?:after|before|following|while|when)\s+(?:\w+ing|being|having)\b/i);
const TOLD_AFTER_RE8 = /^(?:assuming|taking|entering)\s+office/i;
/** The office and date after the verb at `at` ("assuming the NATO leadership earlier this year"). */
function toldAfter(doc: Doc, at: number, sentence: Span, weekdays = false): Told | null {
  const verb = VERB_RE.exec(doc.text.slice(at, at + 30));
  if (!verb) return null;
  const objStart = at + verb[0].length;
  // The date: the first within reach, right after the object (a preposition may stand before it).
  const dates = datesIn(doc, { start: objStart, end: Math.min(sentence.end, objStart + REACH) }, sentence);
  // "took over the post on Monday and will ...": a weekday told with a verb in the past is a past day.
  const date = dates[0] && TOLD_AFTER_RE.test(verb[0]) ? pastWeekday(doc, dates[0]) : dates[0];
  // A weekday ("since becoming British leader last Friday", July 2024) may confirm a start told in a
  // clause (`weekdays`); judge never flags one (it is no date of the text's own).
  if (!date || date.granularity === 'span' || (date.relative && date.granularity === 'day' && !weekdays)) return null;
  const raw = doc.text.slice(objStart, date.start);
  // Round 40 (confirmations by volume): no object at all, the date right after the verb: "Stoltenberg took over in 2014",
  // "Rutte takes over on October 1", "Stoltenberg signed on in 2014" (held-out 33 od031), "he took the helm in 2014" (the
  // helm of what is not said). Any office of the person's begun then: only ever confirmed ("signed on" only before "in":
  // "signed on 4 April" is a signature).
  const signedOn = TOLD_AFTER_RE2.test(verb[0]);
  // Round 42: "Since taking over in 2014, Stoltenberg has ..." (the leading clause) too.
  if (TOLD_AFTER_RE3.test(raw) && /^(?:took|takes?|taking|signed)\s/i.test(verb[0]) && /\b(?:over|on)\s+$/i.test(verb[0]))
    return signedOn && !/^in\s/i.test(doc.text.slice(objStart, date.end)) ? null : { offices: [], unnamed: true, loose: true, date };
  if (signedOn) return null;
  if (TOLD_AFTER_RE4.test(raw) && /^took\s/i.test(verb[0])) return { offices: [], unnamed: true, loose: true, date };
  const object = raw.replace(TOLD_AFTER_RE5, '');
  // Nothing but the object and a few words ("again", "in the USA") between the verb and the date.
  if (TOLD_AFTER_RE6.test(object) || object.length > 60) return null;
  // "Donald Trump, who returned to the White House after running again for president in 2024": a clause of its
  // own between the object and the date ("after running", "before being elected") owns the time told.
  if (TOLD_AFTER_RE7.test(object)) return null;
  const seat = SEAT_RE.exec(object);
  if (seat) {
    const office = doc.facts.offices.get(SEAT_OFFICE[seat[1].toLowerCase().replace(/\s+/g, ' ')]);
    return office ? { offices: [office], unnamed: false, loose: false, seat: true, date } : null;
  }
  const sgCharged = NATO_CHARGE_RE.test(object) ? doc.facts.offices.get('nato-secretary-general') : undefined;
  if (sgCharged) return { offices: [sgCharged], unnamed: false, loose: true, date };
  if (UNNAMED_RE.test(object)) {
    // "since taking office on January 20" is tenure-succession.ts's and tenure.ts's to read.
    if (TOLD_AFTER_RE8.test(doc.text.slice(at, objStart + 6))) return null;
    return { offices: [], unnamed: true, loose: true, date };
  }
  const head = NATO_HEAD_RE.exec(object);
  const sg = doc.facts.offices.get('nato-secretary-general');
  if (head && sg) return { offices: [sg], unnamed: false, loose: !(head[1] || head[2]), date };
  const loosePost = LOOSE_POST_RE.exec(object);
  if (loosePost) {
    const post = loosePost[2].toLowerCase().replace(/\s+/g, ' ');
    const nato = !!(loosePost[1] || loosePost[3]);
    if (NATO_LOOSE.has(post)) {
      // "the leadership" alone may be a party's: only NATO's, named.
      return nato && sg ? { offices: [sg], unnamed: false, loose: false, date } : null;
    }
    const kind = KIND_OF_POST[post];
    return kind ? { offices: [], unnamed: false, loose: true, kindOfPost: kind, date } : null;
  }
  const offices = officesNamed(doc, objStart, objStart + object.length);
  return offices.length ? { offices, unnamed: false, loose: false, date } : null;
}

/** "since assuming the NATO leadership earlier this year", with its person before or after it. */
function clauseStart(doc: Doc, i: number, seen: Set<number>): Annotation | null {
  const sentence = sentenceOf(doc, i);
  const verbAt = doc.text.indexOf(' ', i) + 1;
  const told = toldAfter(doc, verbAt, sentence, true);
  if (!told || seen.has(told.date.start)) return null;
  // Leading the sentence (or its clause): the person is named right after it, or "he"/"she".
  const leading =
    !/\S/.test(doc.text.slice(sentence.start, i).replace(/^[\s"\u201c]+/, '')) || /,\s*$/.test(doc.text.slice(sentence.start, i));
  let candidates: PersonMention[];
  let named = true;
  const after = doc.text.slice(told.date.end, Math.min(sentence.end, told.date.end + 40));
  const nameAfter = doc.people.find(
    (q) => q.start >= told.date.end && /^\s*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$/.test(doc.text.slice(told.date.end, q.start)),
  );
  if (leading && nameAfter) candidates = [nameAfter];
  else if (leading && /^\s*,\s*(?:he|she)\b/i.test(after)) {
    const k = doc.sentences.indexOf(sentence);
    const from = doc.sentences[Math.max(0, k - PRONOUN_SENTENCES)].start;
    candidates = doc.people.filter((q) => q.start >= from && q.end <= i);
    named = false;
  } else candidates = doc.people.filter((q) => q.start >= sentence.start && q.end <= i);
  return judge(doc, candidates, told, named, i, told.date.end, seen);
}

// After the name: "Trump returned to the White House in January", "Donald Trump becoming president
// in the USA again in January", "Rutte took over as NATO Secretary General on 1 October"; or after
// "he"/"she": "he will take over as NATO’s new secretary-general later this year". The name (or
// pronoun) stands right before the verb, a possessive ("Trump's return to"), ", who" or an auxiliary between.
const SUBJECT_GAP_RE = compiledOnFirstRun(
  /^(?:['\u2019]s|\s*,\s*who)?\s+(?:(?:will|would|is\s+set\s+to|is\s+due\s+to|was\s+set\s+to|has|had)\s+(?:officially\s+)?)?$/i,
);
// "since his return to the White House in January 2025" (October 2025): a possessive pronoun before the noun.
const PRONOUN_BEFORE_RE = /\b(?:(?:he|she)\s+(?:(?:will|would|is\s+set\s+to|is\s+due\s+to)\s+(?:officially\s+)?)?|(?:his|her)\s+)$/i;

// Built once (speed, round 41): a literal in finiteStart was a new expression, parsed again, at each call.
const FINITE_START_RE = /^becoming/i;
const FINITE_START_RE2 = /^return/i;
function finiteStart(doc: Doc, i: number, seen: Set<number>): Annotation | null {
  const sentence = sentenceOf(doc, i);
  const told = toldAfter(doc, i, sentence);
  if (!told || seen.has(told.date.start)) return null;
  // "becoming" may be anyone's ("becoming a member in 2023"): only with an office named.
  if (FINITE_START_RE.test(doc.text.slice(i, i + 9)) && told.unnamed) return null;
  // "Trump's return to the White House in 2017" is no return: only a tenure after an earlier one of the office fits.
  const returning = FINITE_START_RE2.test(doc.text.slice(i, i + 6));
  const before = doc.people.filter((q) => q.end <= i && q.start >= sentence.start).pop();
  if (before && SUBJECT_GAP_RE.test(doc.text.slice(before.end, i)))
    return judge(doc, [before], told, true, before.start, told.date.end, seen, returning);
  const pronoun = PRONOUN_BEFORE_RE.exec(doc.text.slice(Math.max(sentence.start, i - 40), i));
  if (pronoun) {
    const k = doc.sentences.indexOf(sentence);
    const from = doc.sentences[Math.max(0, k - PRONOUN_SENTENCES)].start;
    const candidates = doc.people.filter((q) => q.start >= from && q.end <= i);
    return judge(doc, candidates, told, false, i - pronoun[0].length, told.date.end, seen, returning);
  }
  return told.seat ? seatHolderBySurname(doc, i, told, seen) : null;
}

// "since Trump returned to the White House in January" on a page that never names him in full: a
// lone surname the page does not resolve, read as the one holder of the seat's office who bears it.
const SURNAME_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}[\p{L}'\u2019-]+)(?:['\u2019]s)?\s+(?:(?:will|would)\s+)?$`, 'u');

function seatHolderBySurname(doc: Doc, i: number, told: Told, seen: Set<number>): Annotation | null {
  const m = SURNAME_BEFORE_RE.exec(doc.text.slice(Math.max(0, i - 30), i));
  if (!m) return null;
  const ids = new Set(
    told.offices[0].holders.map((h) => h.person).filter((id) => doc.facts.people.get(id)?.name.split(/\s+/).pop() === m[1]),
  );
  if (ids.size !== 1) return null;
  const personId = [...ids][0];
  const fits = tenuresOf(personId, told.offices[0]).find((t) => startFits(t, told.date));
  if (!fits) return null;
  seen.add(told.date.start);
  return tenureStartConfirmed(doc, personId, fits, i - m[0].length + m[0].indexOf(m[1]), told.date.end);
}

/** The claim of one of `candidates` having taken the told office on the told date. */
function judge(
  doc: Doc,
  candidates: PersonMention[],
  told: Told,
  named: boolean,
  start: number,
  end: number,
  seen: Set<number>,
  returning = false,
): Annotation | null {
  const officesOf = (id: string): Office[] => {
    const held = doc.facts.officesByPerson.get(id) ?? [];
    if (told.kindOfPost) return held.filter((o) => told.kindOfPost!.test(o.name));
    return told.unnamed ? held : held.filter((o) => told.offices.includes(o));
  };
  const tenuresFor = (id: string): Tenure[] => officesOf(id).flatMap((o) => tenuresOf(id, o));
  // The people among the candidates who held the office: exactly one, or nothing is said.
  const ids = [...new Set(candidates.filter((q) => !q.fuzzy && tenuresFor(q.personId).length).map((q) => q.personId))];
  if (ids.length !== 1) return null;
  const personId = ids[0];
  const tenures = tenuresFor(personId);
  // A return needs an earlier tenure of the office, on record or before the record begins (Orbán's of 1998).
  const returnable = (t: Tenure) =>
    tenures.some((e) => e.office === t.office && e.until !== null && e.until <= t.from) ||
    !t.office.coveredFrom ||
    t.office.coveredFrom >= t.from;
  const fits = tenures.find((t) => startFits(t, told.date) && (!returning || returnable(t)));
  if (fits) {
    seen.add(told.date.start);
    return tenureStartConfirmed(doc, personId, fits, start, end);
  }
  if (told.unnamed || told.loose || !named || told.offices.length !== 1) return null;
  const date = told.date;
  // "earlier this year" is the page's year, unless the sentence tells of a year of its own.
  const sentence = sentenceOf(doc, date.start);
  const ownDate =
    date.explicitYear ||
    (date.relative && date.granularity === 'year' && !/\b(?:19|20)\d{2}\b/.test(doc.text.slice(sentence.start, sentence.end)));
  const mention = candidates.find((q) => q.personId === personId)!;
  const inFull = mention.full || !!mention.namedInFull || doc.people.some((q) => q.full && !q.fuzzy && q.personId === personId);
  // Another office of theirs begun then: the clause may mean it.
  const anyFits = (doc.facts.officesByPerson.get(personId) ?? []).some((o) => tenuresOf(personId, o).some((t) => startFits(t, date)));
  const sure =
    doc.dateCertain && ownDate && inFull && !anyFits && tenures.every((t) => isConfident(t.holder) && t.holder.start.length === 10);
  if (!sure) return null;
  // The tenure meant: the latest begun by the date told (else the first). Round 42: of a return ("Trump's return to the
  // White House in January 2023", held-out 40 te006), the return nearest the date told, not the first term.
  const returns = returning ? tenures.filter((x) => returnable(x) && tenures.some((e) => e !== x && e.from < x.from)) : [];
  const nearest = (a: Tenure, b: Tenure) => Math.abs(daysBetween(a.from, date.first)) - Math.abs(daysBetween(b.from, date.first));
  const t = returns.length
    ? [...returns].sort(nearest)[0]
    : ([...tenures].sort((a, b) => (a.from < b.from ? 1 : -1)).find((x) => x.from <= date.last) ?? tenures[0]);
  const person = doc.facts.people.get(personId);
  seen.add(date.start);
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'tenure',
    verdict: 'contradicted',
    factIds: [t.office.id, personId],
    message: `${person?.name} ${returns.length ? 'returned to office' : 'took office'} as ${t.office.name} on ${formatDay(t.holder.start)}, not ${doc.text.slice(date.start, date.end)}.`,
    fact: describeHolder(person, t),
    sources: sourcesOf(t.holder),
  };
}

// "the second Trump administration", "Trump's second presidency", "Trump’s second term": a tenure
// counted among the person's tenures of a head-of-state or head-of-government office (records that
// run on from one another are one tenure). Only ever confirmed: a count said ahead of its time
// ("a third Trump term") is a conjecture, not an error, and re-elections without a break are terms
// the fact base does not count.
const ORDINAL_KEYS = [' administration', ' presidency', ' term'];
const ORDINAL_GATE = keysGate(ORDINAL_KEYS);
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3 };
const ORDINAL_BEFORE_RE = new RegExp(String.raw`\b(first|second|third)\s+(\p{Lu}[\p{L}'\u2019-]+)$`, 'u');
const POSSESSED_ORDINAL_RE = new RegExp(String.raw`(\p{Lu}[\p{L}'\u2019-]+?)['\u2019]s\s+(first|second|third)$`, 'u');
const HYPOTHETICAL_BEFORE_RE = new RegExp(
  `\\b(?:${MAYBE}|(?:prospect|possibility|spectre|specter|threat|risk|chance|likelihood|fear)s?\\s+of(?:\\s+an?)?)\\s+$`,
  'i',
);
/** The longest single term of a head of state or government counted, in days (six years). */
const TERM_DAYS = 6 * 366;
/** How far ahead of its start a tenure counted may be told of (a president-elect's coming term). */
const AHEAD_DAYS = 100;

// Right after the counted tenure: it is said not to have begun.
const NOT_BEGUN_RE =
  /^\s+(?:has\s+not|hasn['\u2019]t|did\s+not|didn['\u2019]t|never)\s+(?:yet\s+)?(?:occurred|happened|begun|began|started|come|materiali[sz]ed)\b|^\s+(?:has|is)\s+yet\s+to\s+(?:begin|start|come|happen|occur)\b/i;

export function countedTenures(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const key of ORDINAL_GATE.keysIn(doc.folded)) {
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const end = i + key.length;
      if (LETTER_OR_DIGIT_RE.test(doc.text[end] ?? '')) continue;
      const lead = doc.text.slice(Math.max(0, i - 40), i);
      const a = ORDINAL_BEFORE_RE.exec(lead);
      const b = a ? null : POSSESSED_ORDINAL_RE.exec(lead);
      // "the second Trump term" counts administrations too, but "second term" after a name only by a possessive.
      const m = a ?? b;
      if (!m) continue;
      const [ordinal, surname] = a ? [a[1], a[2]] : [b![2], b![1]];
      // "a possible second Trump presidency": a conjecture, which tenure-hypothetical.ts judges against the day.
      if (a && HYPOTHETICAL_BEFORE_RE.test(doc.text.slice(Math.max(0, i - a[0].length - 40), i - a[0].length))) continue;
      const nameStart = i - (a ? a[2].length : b![0].length);
      const personId = personAt(doc, nameStart, surname);
      if (!personId) continue;
      const n = ORDINALS[ordinal.toLowerCase()];
      const heads = (doc.facts.officesByPerson.get(personId) ?? []).filter((o) => o.headOf);
      const counted = heads.map((o) => separateTenures(tenuresOf(personId, o))).find((ts) => ts.length >= n);
      const t = counted?.[n - 1];
      if (!t || t.from > addDays(doc.asOf, AHEAD_DAYS)) continue;
      // A "term" is an election's: only tenures no longer than one term count as one each
      // (Putin's second term began in 2004, within his first tenure).
      if (key === ' term' && counted!.slice(0, n).some((x) => daysBetween(x.from, x.until ?? doc.asOf) > TERM_DAYS)) continue;
      const start = i - m[0].length;
      // "Trump’s second term has not occurred, as he lost the 2020 presidential election" (March 2025; held-out 11,
      // y099), "his second term has yet to begin": a tenure said not to have begun that had begun by the page's date.
      const denied = NOT_BEGUN_RE.exec(doc.text.slice(end, end + 40));
      if (denied && doc.dateCertain && t.from <= doc.asOf && isConfident(t.holder) && t.holder.start.length === 10) {
        const person = doc.facts.people.get(personId);
        out.push({
          start,
          end: end + denied[0].length,
          quote: doc.text.slice(start, end + denied[0].length),
          kind: 'tenure',
          verdict: 'outdated',
          factIds: [t.office.id, personId],
          message: `${person?.name}'s ${ordinal.toLowerCase()} tenure as ${t.office.name} began on ${formatDay(t.holder.start)}.`,
          fact: describeHolder(person, t),
          sources: sourcesOf(t.holder),
        });
        continue;
      }
      // Each counted tenure one term long: "Putin's second presidency in 2004" may count his terms, not his tenures.
      const oneTermEach = counted!.slice(0, n).every((x) => daysBetween(x.from, x.until ?? doc.asOf) <= TERM_DAYS);
      const year = oneTermEach ? countedYearOutside(doc, t, start, end, !!a) : null;
      if (year) {
        const person = doc.facts.people.get(personId);
        out.push({
          start,
          end: year.end,
          quote: doc.text.slice(start, year.end),
          kind: 'tenure',
          verdict: 'contradicted',
          factIds: [t.office.id, personId],
          message: `${person?.name}'s ${ordinal.toLowerCase()} tenure as ${t.office.name} ${t.until ? `ran ${describeTenure(t)}` : `began on ${formatDay(t.holder.start)}`}, not in ${year.year}.`,
          fact: describeHolder(person, t),
          sources: sourcesOf(t.holder),
        });
        continue;
      }
      out.push(
        tenureStartConfirmed(
          doc,
          personId,
          t,
          start,
          end,
          (name) => `${name}'s ${ordinal.toLowerCase()} tenure as ${t.office.name} began on ${formatDay(t.holder.start)}.`,
        ),
      );
    }
  }
  return out;
}

// Round 44: "his stewardship of Nato from the initial phase of Putin’s invasion of Ukraine to Trump’s second presidency in
// 2024" (held-out 42 tr005, November 2025; it began on 20 January 2025), "during Trump's first term in 2016", "the second
// Trump administration in 2023": the counted tenure placed in a year it does not reach. Fixed in the past, so the page's
// date matters only in that the tenure must have begun by it (before, "Trump's second term in 2024" is a forecast).
// "Trump's first term in 2019", "Trump's second presidency in 2025", a span ("in 2017-2021") and the year of an election
// ("Trump's second term in 2024 elections") are not flagged; nor a tenure looked ahead to ("preparing for", "won", "a
// second Trump term in 2024").
const COUNTED_YEAR_RE =
  /^\s+(?:in|during)\s+(?:(?:early|late|mid-?)\s*|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b(?!\s*[-\u2013\u2014/]\s*\d|\s+(?:U\.?S\.?\s+)?(?:presidential\s+)?(?:elections?|votes?|races?|campaigns?|polls?|primar))/i;
const COUNTED_AHEAD_RE =
  /\b(?:prepar\w*|plan\w*|transition\w*|elect\w*|won|wins?|winning|campaign\w*|vot\w*|ahead|for|toward|towards|await\w*|expect\w*|anticipat\w*|seek\w*|sought|bid|predict\w*|if|would|could|might|a|an)\s+(?:the\s+)?$/i;
function countedYearOutside(doc: Doc, t: Tenure, start: number, end: number, article: boolean): { year: string; end: number } | null {
  const m = COUNTED_YEAR_RE.exec(doc.text.slice(end, end + 40));
  if (!m) return null;
  if (t.from > doc.asOf || !isConfident(t.holder) || t.holder.start.length !== 10) return null;
  const year = m[1];
  const inside = t.from.slice(0, 4) <= year && (!t.until || year <= t.until.slice(0, 4)) && (t.until || year <= doc.asOf.slice(0, 4));
  if (inside) return null;
  const before = doc.text.slice(Math.max(sentenceOf(doc, start).start, start - 40), start);
  // "the second Trump administration": an article before it; "a second Trump term" is a prospect.
  if (COUNTED_AHEAD_RE.test(before) || (article && !/\bthe\s+$/i.test(before))) return null;
  return { year, end: end + m[0].length };
}

/** The person a surname at `at` names: a mention the page resolved, or a lexicon name of one person only. */
function personAt(doc: Doc, at: number, surname: string): string | null {
  const mention = doc.people.find((p) => p.start <= at && at < p.end && !p.fuzzy);
  if (mention) return mention.personId;
  const m = doc.matches[firstAtOrAfter(doc.matches, at)];
  if (!m || m.start !== at || m.end !== at + surname.length) return null;
  const ids = [...new Set(m.values.filter((v) => v.type === 'person').map((v) => v.id))];
  return ids.length === 1 ? ids[0] : null;
}

/** Tenures in order, a record that starts where the one before ended joined to it. */
function separateTenures(tenures: Tenure[]): Tenure[] {
  const sorted = [...tenures].sort((a, b) => (a.from < b.from ? -1 : 1));
  return sorted.filter((t, k) => k === 0 || sorted[k - 1].holder.end !== t.holder.start);
}

// "At 57, Rutte, a moderate conservative, is Europe’s longest-serving head of government, since
// 2010" (February 2024; Orbán had led Hungary since May 2010): a rank among the heads of government
// sitting on the article's date. Only a present rank is read ("was" tells of another time).
const LONGEST_KEYS = ['longest-serving', 'longest serving'];
const LONGEST_GATE = keysGate(LONGEST_KEYS);
// Built on first use: APPOSITIVE comes from tenure.ts, which imports this file.
let longestRe: RegExp | null = null;
const longestRegExp = () =>
  (longestRe ??= new RegExp(
    String.raw`^${APPOSITIVE}[\s,]*(?:who\s+)?(?:is|remains|has\s+been)\s+(?:now\s+)?(?:Europe|the\s+continent)['\u2019]s\s+longest[- ]serving\s+(?:(?:current|sitting|incumbent)\s+)?(?:head\s+of\s+government|prime\s+minister|PM|premier|government\s+leader)\b`,
    'i',
  ));
// Countries outside Europe, or counted in it by some and not by others: never a rival in the rank.
const NOT_EUROPE = new Set(['usa', 'can', 'tur', 'rus', 'blr']);
/** How much earlier a rival must have taken office for the rank to be called wrong, in days. */
const RANK_MARGIN_DAYS = 30;

export function longestServing(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!LONGEST_GATE.test(doc.folded)) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const sentence = sentenceOf(doc, p.start);
    const m = longestRegExp().exec(doc.text.slice(p.end, sentence.end));
    if (!m) continue;
    const end = p.end + m[0].length;
    if (doc.people.some((q) => q.start >= p.end && q.end <= end)) continue;
    const isHead = (o: Office) => o.headOf === 'government' || o.headOf === 'state-and-government';
    const own = (doc.facts.officesByPerson.get(p.personId) ?? []).filter(isHead).flatMap((o) => runningSince(doc, p.personId, o));
    if (own.length !== 1 || NOT_EUROPE.has(own[0].t.office.jurisdiction)) continue;
    const mine = own[0];
    // The sitting heads of government of Europe's other countries, with the day each took office.
    let earliest: { personId: string; since: string; t: Tenure } | null = null;
    for (const office of doc.facts.offices.values()) {
      if (!isHead(office) || NOT_EUROPE.has(office.jurisdiction) || office.id === mine.t.office.id) continue;
      if (pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
      for (const h of new Set(office.holders.map((x) => x.person))) {
        if (h === p.personId) continue;
        for (const r of runningSince(doc, h, office)) if (!earliest || r.since < earliest.since) earliest = { personId: h, ...r };
      }
    }
    const person = doc.facts.people.get(p.personId);
    const base = { start: p.start, end, quote: doc.text.slice(p.start, end), kind: 'tenure' as const };
    if (earliest && earliest.since < mine.since && daysBetween(earliest.since, mine.since) > RANK_MARGIN_DAYS) {
      const rival = doc.facts.people.get(earliest.personId);
      const sure = doc.dateCertain && isConfident(mine.t.holder) && isConfident(earliest.t.holder) && earliest.since.length === 10;
      const message = `${rival?.name} had been ${earliest.t.office.name} since ${formatDay(earliest.since)}, longer than ${person?.name} (${mine.t.office.name} since ${formatDay(mine.since)}).`;
      out.push({
        ...base,
        verdict: sure ? 'contradicted' : 'context',
        factIds: [mine.t.office.id, p.personId, earliest.t.office.id, earliest.personId],
        message,
        fact: `${describeHolder(person, mine.t)}; ${describeHolder(rival, earliest.t)}`,
        sources: [...sourcesOf(mine.t.holder), ...sourcesOf(earliest.t.holder)],
      });
    }
    // A rank confirmed would need every country of Europe on record: only a wrong one is said.
  }
  return out;
}

/** The person's tenure of the office running on the article's date, with the day it began (records that run on joined). */
function runningSince(doc: Doc, personId: string, office: Office): { t: Tenure; since: string }[] {
  const tenures = tenuresOf(personId, office).sort((a, b) => (a.from < b.from ? -1 : 1));
  const k = tenures.findIndex((t) => onDay(t, doc.asOf) === 'in');
  if (k < 0) return [];
  let j = k;
  while (j > 0 && tenures[j - 1].holder.end === tenures[j].holder.start) j--;
  return [{ t: tenures[k], since: tenures[j].holder.start }];
}

// "Merkel held the post of German Chancellor when Russia annexed Ukraine's Crimean peninsula in
// 2014", "Angela Merkel was German Chancellor when Russia annexed Crimea in 2014", "Rutte held the
// office of Dutch prime minister in 2018": an office held in a year the sentence tells. Supported
// when a tenure of it ran in that year; contradicted when the office is named with its country or
// is a fixed title, the person is named in full, no tenure of it ran within a year of it and the
// records are verified.
const HELD_KEYS = ['held the post of ', 'held the office of ', 'held the position of ', ' when '];
const HELD_GATE = keysGate(HELD_KEYS);
let heldRe: RegExp | null = null;
const heldRegExp = () =>
  (heldRe ??= new RegExp(
    String.raw`^${APPOSITIVE}[\s,]*(?:who\s+)?(?:held\s+the\s+(?:post|office|position)\s+of|was(?:\s+still)?)\s+((?:the\s+)?[^,;.()"\u201c\u201d]{3,60}?)\s+(?:when\s+[^,;.()"\u201c\u201d]{3,80}?\s+in|in)\s+((?:19|20)\d{2})\b`,
    'i',
  ));
/** Years either side of a tenure within which a wrong year is not flagged (a tenure's edges). */
const HELD_MARGIN_YEARS = 1;

export function heldInYear(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HELD_GATE.test(doc.folded)) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const sentence = sentenceOf(doc, p.start);
    const m = execWarm(heldRegExp(), doc.text.slice(p.end, sentence.end));
    if (!m) continue;
    const end = p.end + m[0].length;
    if (doc.people.some((q) => q.start >= p.end && q.end <= end)) continue;
    const titleStart = p.end + m[0].indexOf(m[1]);
    const offices = officesNamed(doc, titleStart, titleStart + m[1].length);
    if (offices.length !== 1) continue;
    const office = offices[0];
    const tenures = tenuresOf(p.personId, office);
    if (!tenures.length) continue;
    const year = Number(m[2]);
    const ranIn = (t: Tenure, y: number) => Number(t.from.slice(0, 4)) <= y && (t.until === null || Number(t.until.slice(0, 4)) >= y);
    const person = doc.facts.people.get(p.personId);
    const base = { start: p.start, end, quote: doc.text.slice(p.start, end), kind: 'tenure' as const, factIds: [office.id, p.personId] };
    const fit = tenures.find((t) => ranIn(t, year));
    if (fit) {
      out.push({
        ...base,
        verdict: fit.holder.confidence === 'verified' ? 'supported' : 'context',
        message: `${person?.name} was ${office.name} in ${year}.`,
        fact: describeHolder(person, fit),
        sources: sourcesOf(fit.holder),
      });
      continue;
    }
    const explicit = doc.matches.some(
      (x) =>
        x.start >= titleStart &&
        x.end <= titleStart + m[1].length &&
        x.values.some(
          (v) => (v.type === 'fixed' && v.office === office.id) || (v.type === 'qualifier' && v.jurisdiction === office.jurisdiction),
        ),
    );
    const near = tenures.some((t) => ranIn(t, year - HELD_MARGIN_YEARS) || ranIn(t, year + HELD_MARGIN_YEARS));
    const inFull = p.full || !!p.namedInFull || doc.people.some((q) => q.full && !q.fuzzy && q.personId === p.personId);
    const sure =
      explicit &&
      !near &&
      inFull &&
      tenures.every((t) => isConfident(t.holder)) &&
      year * 10000 + 101 >= Number(office.coveredFrom.replace(/-/g, '').padEnd(8, '0'));
    const t = tenures[0];
    out.push({
      ...base,
      verdict: sure ? 'contradicted' : 'context',
      message: `${person?.name} was not ${office.name} in ${year}: ${describeHolder(undefined, t).replace(/^[^:]*: /, '')}.`,
      fact: tenures.map((x) => describeHolder(person, x)).join('; '),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
