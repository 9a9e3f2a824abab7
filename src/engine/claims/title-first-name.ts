// A title before a holder's surname with another first name: "Commerce Secretary Scott Lutnick"
// (August 2025; the secretary was Howard Lutnick, the writer had just named Treasury Secretary Scott
// Bessent). doc.ts takes a lone surname after an unknown first name for someone else ("Camilla
// Stoltenberg"), so title.ts reads nothing there; the slip is one readers should see.
//
// Red only when it is beyond doubt: a title naming one country's office (a fixed title, a country
// before it, or a role only one jurisdiction has), with no modifier ("former", "deputy", "incoming";
// "new" is said of the holder), a single-holder office whose holder on the day is the only person on
// record with that surname, in
// office for certain (verified, not within days of a handover, the date known, before the horizon);
// a first name that is none of the holder's own (any word of any alias, a prefix of one, a spelling
// within two letters, or a common short form or other-language form of it: "Bill", "Volodymyr") and
// starts with another letter; no year before the office's complete list in the sentence (a
// namesake told of his own time). Anything less says nothing.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { LexEntry, RoleSense } from '../lexicon';
import { foldKey } from '../normalize';
import { editDistance } from '../fuzzy';
import { daysBetween, formatDay } from '../dates';
import { pastHorizon } from '../horizon';
import { describeHolder, holdersOn, isConfident, sourcesOf } from '../holders';
import { spansOverlap } from '../sentences';
import { compiledOnFirstRun, execWarm, warmed } from '../triggers';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** The characters before a name's first letter. */
const NON_LETTERS_FIRST_RE = new RegExp(String.raw`^[^\p{L}]+`, 'u');

// "Commerce Secretary Scott Lutnick", "the Foreign Secretary, Victoria Cooper": one capitalised word (after a comma or not) between the title and the surname.
const FIRST_NAME_GAP_RE = /^,?[ \t]([A-Z][a-z]{2,})[ \t]$/;
// Words that stand between a title and a name without being a first name.
const NOT_A_FIRST_NAME = new Set(
  (
    'nominee designate designee elect candidate pick hopeful emeritus general gen admiral adm colonel col lieutenant major captain ' +
    'sergeant marshal brigadier commander commodore doctor prof professor mister madam madame miss sir dame lord lady baron baroness ' +
    'reverend father herr frau senator representative congressman congresswoman governor mayor judge justice ambassador excellency ' +
    'his her honorable comrade chairman chair president minister secretary chancellor premier king queen prince princess duke sheikh ' +
    'emir crown pope saint air army navy force marine corps chief deputy acting interim former then envoy adviser advisor spokesman ' +
    'spokeswoman spokesperson leader head director officer the and but for with said says told monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april june july august september october november december ' +
    // Words that open a sentence before a surname ("Yesterday Lutnick, the Commerce Secretary, said").
    'yesterday today tomorrow tonight meanwhile however separately earlier later also when while after before since because ' +
    'although though thus hence here there now still yet even only just so if nor with without under over about against ' +
    'between among during despite toward towards per via from into upon what who whom whose which where why how this that ' +
    'these those then there ' +
    // Courtesy words and ranks as abbreviated ("Foreign Secretary Mrs Cooper").
    'mrs mme mlle sen rep gov amb capt maj hon rev sgt cmdr lieut'
  ).split(' '),
);
// Short forms and other-language forms of one name with another first letter: any two in a group
// may be one person's ("Bill Clinton", "Oleksii"/"Alexei" Reznikov, "Heorhii"/"Georgy").
const NAME_GROUPS = [
  'william bill billy will willy liam wilhelm willem guillaume guillermo wim',
  'robert bob bobby rob robbie bert roberto',
  'richard dick rick ricky rich ricardo ryszard',
  'edward ted teddy ned ed eddie eduard edvard eduardo',
  'theodore ted teddy theo',
  'john jack johnny jon ivan ian jan johann johannes hans juan jean giovanni joao sean',
  'henry hank harry hal henri heinrich enrique enrico henrik heinz hendrik hendrikus henk dick',
  'margaret peggy maggie margarita margrethe greta marguerite',
  'alexander alex sasha oleksandr olexander oleksander aleksandr alexandr aleksander alejandro alessandro sandro xander',
  'alexei alexey aleksei aleksey oleksii oleksiy olexiy alexis',
  'elena yelena olena helen helena',
  'anna hanna ganna ann anne',
  'julia yulia yuliia yuliya juliya iuliia',
  'eugene yevhen yevgeny yevgeniy evgeny evgeniy gene',
  'george georgy georgiy georgii heorhii heorhiy yuri yury yuriy yurii iurii jerzy jiri georg jorge giorgos giorgio',
  'gennady gennadiy hennadiy hennadii',
  'joseph joe jozef jose giuseppe pepe iosif yosef',
  'james jim jimmy jamie jaime jacques jakob jacob jakub yakov diego',
  'charles chuck karl carl carlos carlo karel',
  'catherine katherine kate kathy ekaterina yekaterina katarzyna',
  'christopher chris kristof krzysztof',
  'christine christina kristine kristina kristi kirsten',
  'stephen steven steve stefan stephan stepan esteban istvan',
  'nicholas nick nikolai nikolay mykola mikola klaus nicolas',
  'anthony antony tony antonio anton antoine antoni',
  'lawrence larry laurence lorenzo',
  'gerald jerry gerry',
  'francis frank francisco franz francois franciszek frans francesco',
  'vladimir volodymyr wladimir',
  'elizabeth liz beth betty elisabeth isabel lisa',
  'kirill kyrylo cyril',
  'igor ihor',
  'mikhail mykhailo michael mike miguel michel',
  'pavel pavlo paul pablo paolo',
  'peter pete pyotr petro pierre pedro pietro piotr petr per',
  'andrew andrei andriy andrii andrzej andreas andy andre drew',
  'sergei sergey serhiy serhii sergiy',
  'dmitry dmitri dmytro',
  'vasily vasyl wassily',
  // Transliterations from Cyrillic and Greek, and German spellings ("Wolodymyr", "Hristijan"/"Christian" Mickoski).
  'hristijan christian kristijan kristian hristo christo khristo',
  'ioannis yannis giannis yiannis',
  'juri jüri yuri jurij',
  'xavier javier',
  'wolodymyr volodymyr vladimir',
  'vitali vitaly vitalii witali',
  'jewgeni jevgeni yevgeny evgeny',
];
const NAME_GROUP_OF = new Map<string, number[]>();
NAME_GROUPS.forEach((group, i) => {
  for (const name of group.split(' ')) NAME_GROUP_OF.set(name, [...(NAME_GROUP_OF.get(name) ?? []), i]);
});
// Words before a title that make it another time's or another office ("former", "deputy", "incoming").
const MODIFIER_BEFORE_RE = compiledOnFirstRun(
  /(?:^|[^a-z])(?:former|ex|then|late|previous|past|outgoing|acting|interim|caretaker|incoming|future|next|deputy|vice|assistant|under|shadow|first|fellow|would be|de facto|honorary)[ \t-]*$/,
);
// A holder list complete since then leaves no namesake out.
const COVERED_SINCE_LONG_AGO = '1990';
const GRACE_DAYS = 2;
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

export function wrongFirstNameTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { matches, text } = doc;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    // A lone surname of exactly one person on record.
    if (m.values.length !== 1 || m.values[0].type !== 'person' || m.values[0].full) continue;
    const title = i > 0 ? matches[i - 1] : undefined;
    if (title && m.start - title.end <= 24 && title.end <= m.start) {
      const gap = FIRST_NAME_GAP_RE.exec(text.slice(title.end, m.start));
      const senses = gap && !NOT_A_FIRST_NAME.has(gap[1].toLowerCase()) ? titleSenses(doc, i) : null;
      const claim =
        senses &&
        (judgeFirstName(doc, m.values[0].id, gap![1], senses.senses, senses.start, m.end, m.end) ??
          judgeMixedName(doc, gap![1], text.slice(m.start, m.end), senses.senses, senses.start, m.end));
      if (claim) {
        out.push(claim);
        continue;
      }
    }
    // "Scott Lutnick, the U.S. Commerce Secretary, said": the title in apposition after the name.
    if (text.charCodeAt(m.end) !== 44) continue;
    const first = FIRST_NAME_BEFORE_RE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!first || NOT_A_FIRST_NAME.has(first[1].toLowerCase()) || (title && title.end <= m.start && m.start - title.end <= first[0].length))
      continue;
    if (middleNameAt(text, m.start - first[1].length - 1)) continue;
    const after = titleAfterName(doc, i);
    const nameStart = m.start - first[1].length - 1;
    const claim =
      after &&
      (judgeFirstName(doc, m.values[0].id, first[1], after.senses, nameStart, after.end, m.end) ??
        judgeMixedName(doc, first[1], text.slice(m.start, m.end), after.senses, nameStart, after.end));
    if (claim) out.push(claim);
  }
  for (const claim of unknownNameTitles(doc)) if (!out.some((a) => spansOverlap(a, claim))) out.push(claim);
  for (const claim of givenNameTitles(doc)) if (!out.some((a) => spansOverlap(a, claim))) out.push(claim);
  return out;
}

// "Earlier today, Ukrainian Prime Minister Yulia met with senior Pentagon officials in Kyiv" (November 2025; held-out 17
// vd313: Yulia Svyrydenko was prime minister): a title and a first name alone, no surname after it. Confirmed when the
// office (one country's, single) had one holder that day, in office for certain, whose first name it is (as written or a
// form of it: "Yulia"/"Yuliia"). A first name alone may be anyone's, so it is never flagged.
const GIVEN_NAME_AFTER_TITLE_RE = /^[ \t]+([A-Z][a-z]{2,})(?=[ \t]+[a-z]|[ \t]*[,.;:!?]|[ \t]*$)/;

function givenNameTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { matches, text } = doc;
  if (!doc.dateCertain) return out;
  for (let i = 0; i < matches.length; i++) {
    const t = matches[i];
    // Cheap pretest: a capital letter a space after the title.
    const c = text.charCodeAt(t.end + 1);
    if (c < 65 || c > 90 || text.charCodeAt(t.end) !== 32) continue;
    if (!t.values.some((v) => v.type === 'role' || v.type === 'fixed')) continue;
    const given = GIVEN_NAME_AFTER_TITLE_RE.exec(text.slice(t.end, t.end + 24));
    if (!given || NOT_A_FIRST_NAME.has(given[1].toLowerCase()) || personAt(doc, i + 1, t.end, t.end + given[0].length)) continue;
    const senses = titleSenses(doc, i + 1);
    if (!senses || MODIFIER_BEFORE_RE.test(doc.folded.slice(Math.max(0, senses.start - 16), senses.start))) continue;
    const end = t.end + given[0].length;
    const word = foldKey(given[1]);
    for (const { office } of senses.senses) {
      if (office.single === false || pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
      const holders = holdersOn(office, doc.asOf);
      if (holders.length !== 1 || !isConfident(holders[0].holder) || holders[0].holder.acting) continue;
      const h = holders[0];
      const person = doc.facts.people.get(h.holder.person);
      if (!person || !isConfident(person) || !ownFirstName(word, [person.name, ...person.aliases])) continue;
      if (Math.min(daysBetween(h.from, doc.asOf), h.until ? daysBetween(h.until, doc.asOf) : Infinity) <= GRACE_DAYS) continue;
      if (namesakeTold(doc, end - 1, office.coveredFrom)) continue;
      out.push({
        start: senses.start,
        end,
        quote: text.slice(senses.start, end),
        verdict: 'supported',
        kind: 'title',
        factIds: [office.id, person.id],
        message: `${person.name} was ${office.name} on ${formatDay(doc.asOf)}; "${given[1]}" is that holder's first name.`,
        fact: describeHolder(person, h),
        sources: sourcesOf(h.holder),
      });
      break;
    }
  }
  return out;
}

// Built once (speed, round 41): a literal in ownFirstName was a new expression, parsed again, at each call.
const OWN_FIRST_NAME_RE = /[ .-]+/;
/** The word is the first word of one of the names, as written or a form of it in one of the name groups. */
function ownFirstName(word: string, names: readonly string[]): boolean {
  const groups = NAME_GROUP_OF.get(word) ?? [];
  return names.some((name) => {
    const first = foldKey(name).split(OWN_FIRST_NAME_RE)[0];
    return first === word || (first.length > 2 && (NAME_GROUP_OF.get(first)?.some((g) => groups.includes(g)) ?? false));
  });
}

// "the United Kingdom's new Foreign Secretary, Victoria Cooper" (held-out 8, September 2025; the
// secretary was Yvette Cooper): a surname that may not stand alone ("Cooper", "Johnson") is no
// lexicon match, so the loop above never sees it. Here the title itself is the anchor: a first
// name and a surname right after it (or in apposition before it) that the lexicon does not know
// as a person, whose surname is the last word of the name of the office's holder on the day.
// The same rules as above decide.
const NAME_AFTER_TITLE_RE = new RegExp(String.raw`^(,?[ \t]+)([A-Z][a-z]{2,})[ \t]+([A-Z][\p{L}'\u2019-]+)`, 'u');
// "Victoria Cooper, the UK's new Foreign Secretary,": the name, a comma, perhaps "the" and "new".
const NAME_BEFORE_TITLE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}.])([A-Z][a-z]{2,})[ \t]+([A-Z][\p{L}'\u2019-]+),[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?$`,
  'u',
);

// Built once (speed, round 41): a literal in unknownNameTitles was a new expression, parsed again, at each call.
const UNKNOWN_NAME_TITLES_RE = /^(?:['\u2019]s)?[ \t]+(?:new[ \t]+)?$/;
function unknownNameTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { matches, text } = doc;
  if (!doc.dateCertain) return out;
  for (let i = 0; i < matches.length; i++) {
    const t = matches[i];
    if (!t.values.some((v) => v.type === 'role' || v.type === 'fixed')) continue;
    // Cheap pretest: a capital letter a space (or a comma and a space) after the title, or a comma before it.
    const c = text.charCodeAt(t.end + (text.charCodeAt(t.end) === 44 ? 2 : 1));
    const after = c >= 65 && c <= 90 ? execWarm(NAME_AFTER_TITLE_RE, text.slice(t.end, t.end + 48)) : null;
    if (after && !NOT_A_FIRST_NAME.has(after[2].toLowerCase()) && !personAt(doc, i + 1, t.end + after[1].length, t.end + after[0].length)) {
      const senses = titleSenses(doc, i + 1);
      // "Foreign Secretary Victoria Cooper's visit": the possessive is not the surname's.
      const surname = after[3].replace(/['\u2019]s$/, '');
      const end = t.end + after[0].length - (after[3].length - surname.length);
      const claim = senses && judgeUnknownName(doc, after[2], surname, senses.senses, senses.start, end, end);
      if (claim) out.push(claim);
      continue;
    }
    const q = i > 0 && matches[i - 1].values.some((v) => v.type === 'qualifier') ? matches[i - 1] : undefined;
    const titleStart = q && UNKNOWN_NAME_TITLES_RE.test(text.slice(q.end, t.start)) ? q.start : t.start;
    if (titleStart < 6 || !text.slice(titleStart - 8, titleStart).includes(',')) continue;
    const lead = text.slice(Math.max(0, titleStart - 60), titleStart);
    const before = warmed(NAME_BEFORE_TITLE_RE, lead).exec(lead);
    if (!before || NOT_A_FIRST_NAME.has(before[1].toLowerCase()) || !APPOSITION_END_RE.test(text.slice(t.end, t.end + 12))) continue;
    const nameStart = titleStart - before[0].length + before[0].indexOf(before[1]);
    if (middleNameAt(text, nameStart)) continue;
    if (doc.matches.some((m) => m.start < titleStart && m.end > nameStart && m.values.some((v) => v.type === 'person'))) continue;
    const senses = titleSensesAt(doc, i, q && titleStart === q.start ? q : undefined);
    const surnameEnd = titleStart - before[0].length + before[0].lastIndexOf(before[2] + ',') + before[2].length;
    const claim = senses && judgeUnknownName(doc, before[1], before[2], senses, nameStart, t.end, surnameEnd);
    if (claim) out.push(claim);
  }
  return out;
}

// "Todor Dimitrov Tagarev, Bulgarian Defence Minister" (held-out 26 ga030 reworded: a red flag on a true sentence), "Troels Lund
// Poulsen": a capitalised word right before the word read as the first name makes that word a middle name or patronymic, the
// first name being the one before it. Whose name it is cannot be told from the word alone: never flagged.
const CAPITALISED_WORD_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])\p{Lu}[\p{L}'\u2019-]+[ \t]$`, 'u');

/** The word read as a first name, starting at `at`, follows another capitalised word: it may be a middle name. */
function middleNameAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  const word = CAPITALISED_WORD_BEFORE_RE.exec(before);
  return !!word && !NOT_A_FIRST_NAME.has(word[0].trim().replace(NON_LETTERS_FIRST_RE, '').toLowerCase());
}

/** A person match (a full name or a surname) starting in [at, to), from matches[i] on. */
function personAt(doc: Doc, i: number, at: number, to: number): boolean {
  for (let j = i; j < doc.matches.length && doc.matches[j].start < to; j++) {
    const m = doc.matches[j];
    if (m.start >= at && m.values.some((v) => v.type === 'person')) return true;
  }
  return false;
}

/** The strict senses of the title at matches[i], narrowed by the country `q` before it; null unless they are one country's. */
function titleSensesAt(doc: Doc, i: number, q: (typeof doc.matches)[number] | undefined): RoleSense[] | null {
  const title = doc.matches[i];
  const fixed = title.values.find((v): v is Extract<LexEntry, { type: 'fixed' }> => v.type === 'fixed');
  if (fixed) {
    const office = doc.facts.offices.get(fixed.office);
    return office ? [{ office, loose: false }] : null;
  }
  const role = title.values.find((v): v is Extract<LexEntry, { type: 'role' }> => v.type === 'role');
  if (!role) return null;
  let senses = (doc.lexicon.roles.get(role.key) ?? []).filter((s) => !s.loose);
  const qualifiers = q?.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : [])) ?? [];
  if (qualifiers.length) senses = senses.filter((s) => qualifiers.includes(s.office.jurisdiction));
  if (!senses.length || new Set(senses.map((s) => s.office.jurisdiction)).size !== 1) return null;
  return senses;
}

/**
 * "Victoria Cooper" said to hold a single-holder office held that day by someone whose name ends
 * with "Cooper" and who has no such first name: contradicted, by judgeFirstName's rules.
 */
function judgeUnknownName(
  doc: Doc,
  written: string,
  surname: string,
  senses: readonly RoleSense[],
  start: number,
  end: number,
  surnameEnd: number,
): Annotation | null {
  const key = foldKey(surname);
  for (const { office } of senses) {
    if (office.single === false) continue;
    const holders = holdersOn(office, doc.asOf);
    if (holders.length !== 1) continue;
    const person = doc.facts.people.get(holders[0].holder.person);
    if (!person) continue;
    const names = [person.name, ...person.aliases];
    if (!names.some((n) => foldKey(n).split(' ').pop() === key)) continue;
    return judgeFirstName(doc, person.id, written, [{ office, loose: false }], start, end, surnameEnd);
  }
  return judgeMixedName(doc, written, surname, senses, start, end);
}

// "Mark Stoltenberg, the NATO Secretary General" (2025), "Pete Hagel, the US Secretary of Defense" (2025,
// for Pete Hegseth; Chuck Hagel held it 2013-2015): one holder's first name on an earlier one's surname.
// Whether a stale title or a slip of the surname is meant, no one of that name held the office that
// day: contradicted, when the surname is that of an earlier holder of the same office (so the office
// is the one the writer meant), the holder of the day has another surname and is in office for certain,
// and the sentence tells of no other year (whose holder the name might be).
const OTHER_YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;

function judgeMixedName(
  doc: Doc,
  written: string,
  surname: string,
  senses: readonly RoleSense[],
  start: number,
  end: number,
): Annotation | null {
  if (!doc.dateCertain) return null;
  // One office only: "U.S. Ambassador" names many, and an earlier holder of another may share the surname.
  if (new Set(senses.map((x) => x.office)).size !== 1) return null;
  const key = foldKey(surname);
  const lastWord = (id: string) => {
    const p = doc.facts.people.get(id);
    return p ? [p.name, ...p.aliases].map((n) => foldKey(n).split(' ').pop()) : [];
  };
  const sentence = doc.sentences.find((x) => x.start <= start && start < x.end);
  const year = doc.asOf.slice(0, 4);
  if (sentence && (doc.text.slice(sentence.start, sentence.end).match(OTHER_YEAR_RE) ?? []).some((y) => y !== year)) return null;
  for (const { office } of senses) {
    // A former holder keeps an honorific title ("President Ike Eisenhower"), by a name of the press's own.
    if (office.single === false || office.honorific || pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
    const holders = holdersOn(office, doc.asOf);
    if (holders.length !== 1 || !isConfident(holders[0].holder) || holders[0].holder.acting) continue;
    const t = holders[0];
    const person = doc.facts.people.get(t.holder.person);
    if (!person || !isConfident(person) || lastWord(person.id).includes(key)) continue;
    const nearHandover = Math.min(daysBetween(t.from, doc.asOf), t.until ? daysBetween(t.until, doc.asOf) : Infinity) <= GRACE_DAYS;
    if (nearHandover) continue;
    // An earlier holder only: a later one's name in an article dated before his time is another slip (of the date).
    const other = office.holders.find((h) => h.person !== person.id && !!h.end && h.end <= t.from && lastWord(h.person).includes(key));
    if (!other) continue;
    const otherName = doc.facts.people.get(other.person)?.name ?? other.person;
    // The first name of that other holder would make the name theirs: the lexicon reads those, not this.
    if (!firstNameIsOther(written, [otherName], [])) continue;
    return {
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'contradicted',
      kind: 'title',
      factIds: [office.id, person.id, other.person],
      message: `${person.name} was ${office.name} on ${formatDay(doc.asOf)}; no "${written} ${surname}" held it (${otherName} did, before).`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    };
  }
  return null;
}

// Before a lone surname: a capitalised first name after a non-letter ("said Scott Lutnick").
const FIRST_NAME_BEFORE_RE = compiledOnFirstRun(new RegExp(String.raw`(?:^|[^\p{L}.])([A-Z][a-z]{2,})[ \t]$`, 'u'));
// After the title in apposition: where the phrase ends.
const APPOSITION_END_RE = /^(?:\s*[,.;:)\n]|\s*$|\s+(?:said|says|told|has|had|is|was|will|would)\b)/;

/** The title after "Name, (the) " at matches[i+1] (with its country), its single-country strict senses, and where it ends. */
function titleAfterName(doc: Doc, i: number): { senses: RoleSense[]; end: number } | null {
  const m = doc.matches[i];
  const lead = /^,[ \t]+(?:the[ \t]+)?/.exec(doc.text.slice(m.end, m.end + 8));
  let j = i + 1;
  const q = doc.matches[j];
  if (!lead || !q || q.start !== m.end + lead[0].length) return null;
  let qualifiers: string[] = [];
  if (!q.values.some((v) => v.type === 'role' || v.type === 'fixed')) {
    qualifiers = q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : []));
    const r = doc.matches[++j];
    if (!qualifiers.length || !r || !/^(?:['\u2019]s)?[ \t]+$/.test(doc.text.slice(q.end, r.start))) return null;
  }
  const r = doc.matches[j];
  if (!APPOSITION_END_RE.test(doc.text.slice(r.end, r.end + 12))) return null;
  const fixed = r.values.find((v): v is Extract<LexEntry, { type: 'fixed' }> => v.type === 'fixed');
  const role = r.values.find((v): v is Extract<LexEntry, { type: 'role' }> => v.type === 'role');
  let senses: RoleSense[] = [];
  if (fixed) {
    const office = doc.facts.offices.get(fixed.office);
    senses = office ? [{ office, loose: false }] : [];
  } else if (role) {
    senses = (doc.lexicon.roles.get(role.key) ?? []).filter((s) => !s.loose);
    if (qualifiers.length) senses = senses.filter((s) => qualifiers.includes(s.office.jurisdiction));
  }
  if (!senses.length || new Set(senses.map((s) => s.office.jurisdiction)).size !== 1) return null;
  return { senses, end: r.end };
}

/** The title at matches[i-1] (with its country at matches[i-2]) and its single-country, strict senses; null when it names no one country's office. */
function titleSenses(doc: Doc, i: number): { senses: RoleSense[]; start: number } | null {
  const title = doc.matches[i - 1];
  const fixed = title.values.find((v): v is Extract<LexEntry, { type: 'fixed' }> => v.type === 'fixed');
  if (fixed) {
    const office = doc.facts.offices.get(fixed.office);
    return office ? { senses: [{ office, loose: false }], start: title.start } : null;
  }
  const role = title.values.find((v): v is Extract<LexEntry, { type: 'role' }> => v.type === 'role');
  if (!role) return null;
  let senses = (doc.lexicon.roles.get(role.key) ?? []).filter((s) => !s.loose);
  let start = title.start;
  const q = i >= 2 ? doc.matches[i - 2] : undefined;
  const qualifiers = q?.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : [])) ?? [];
  if (q && qualifiers.length && UNKNOWN_NAME_TITLES_RE.test(doc.text.slice(q.end, title.start))) {
    senses = senses.filter((s) => qualifiers.includes(s.office.jurisdiction));
    start = q.start;
  }
  if (!senses.length || new Set(senses.map((s) => s.office.jurisdiction)).size !== 1) return null;
  return { senses, start };
}

/**
 * The claim from `start` to `end`: the title's senses said of the lone surname ending at `surnameEnd`
 * with the first name `written`; contradicted when the office's holder on the day has that surname
 * and no such first name, null otherwise.
 */
function judgeFirstName(
  doc: Doc,
  personId: string,
  written: string,
  senses: readonly RoleSense[],
  start: number,
  end: number,
  surnameEnd: number,
): Annotation | null {
  const person = doc.facts.people.get(personId);
  if (!person || !isConfident(person) || !doc.dateCertain) return null;
  // "former Commerce Secretary", "Deputy Prime Minister", "the new Foreign Minister": another time or office. (After
  // the name, titleAfterName reads the title only right after the comma and "the", so no modifier stands there.)
  if (end === surnameEnd && MODIFIER_BEFORE_RE.test(doc.folded.slice(Math.max(0, start - 16), start))) return null;
  if (!firstNameIsOther(written, [person.name, ...person.aliases], person.surnames)) return null;
  for (const { office } of senses) {
    if (office.single === false || pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
    const holders = holdersOn(office, doc.asOf);
    const t = holders.find((h) => h.holder.person === personId);
    if (!t || holders.length !== 1 || !isConfident(t.holder) || t.holder.acting) continue;
    const nearHandover = Math.min(daysBetween(t.from, doc.asOf), t.until ? daysBetween(t.until, doc.asOf) : Infinity) <= GRACE_DAYS;
    if (nearHandover || namesakeTold(doc, surnameEnd - 1, office.coveredFrom)) continue;
    return {
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'contradicted',
      kind: 'title',
      factIds: [office.id, personId],
      message: `${person.name} was ${office.name} on ${formatDay(doc.asOf)}; "${written}" is not his or her first name.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    };
  }
  return null;
}

/** The written first name is none of the person's: no word of their names but the surname, no short or other form of one. */
function firstNameIsOther(written: string, names: readonly string[], surnames: readonly string[]): boolean {
  const w = foldKey(written);
  const surnameWords = new Set(surnames.flatMap((s) => foldKey(s).split(' ')));
  const groups = NAME_GROUP_OF.get(w) ?? [];
  for (const name of names) {
    for (const own of foldKey(name).split(/[ .-]+/)) {
      if (!own || surnameWords.has(own)) continue;
      if (own[0] === w[0] || own.startsWith(w) || w.startsWith(own) || editDistance(own, w) <= 2) return false;
      if (NAME_GROUP_OF.get(own)?.some((g) => groups.includes(g))) return false;
    }
  }
  return true;
}

/** The sentence around `at` names a year before the office's holder list is complete: a namesake may be meant. */
function namesakeTold(doc: Doc, at: number, coveredFrom: string | undefined): boolean {
  if (!coveredFrom || coveredFrom <= COVERED_SINCE_LONG_AGO) return false;
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
  const words = sentence ? doc.text.slice(sentence.start, sentence.end) : doc.text;
  for (const y of words.matchAll(YEAR_RE)) if (y[1] < coveredFrom.slice(0, 4)) return true;
  return false;
}
