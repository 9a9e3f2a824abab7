// A title before a holder's surname with another first name: "Commerce Secretary Scott Lutnick"
// (August 2025; the secretary was Howard Lutnick, the writer had just named Treasury Secretary Scott
// Bessent). doc.ts takes a lone surname after an unknown first name for someone else ("Camilla
// Stoltenberg"), so title.ts reads nothing there; the slip is one readers should see.
//
// Red only when it is beyond doubt: a title naming one country's office (a fixed title, a country
// before it, or a role only one jurisdiction has), with no modifier ("former", "deputy", "new"), a
// single-holder office whose holder on the day is the only person on record with that surname, in
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

// "Commerce Secretary Scott Lutnick": one capitalised word between the title and the surname.
const FIRST_NAME_GAP_RE = /^[ \t]([A-Z][a-z]{2,})[ \t]$/;
// Words that stand between a title and a name without being a first name.
const NOT_A_FIRST_NAME = new Set(
  (
    'nominee designate designee elect candidate pick hopeful emeritus general gen admiral adm colonel col lieutenant major captain ' +
    'sergeant marshal brigadier commander commodore doctor prof professor mister madam madame miss sir dame lord lady baron baroness ' +
    'reverend father herr frau senator representative congressman congresswoman governor mayor judge justice ambassador excellency ' +
    'his her honorable comrade chairman chair president minister secretary chancellor premier king queen prince princess duke sheikh ' +
    'emir crown pope saint air army navy force marine corps chief deputy acting interim former then envoy adviser advisor spokesman ' +
    'spokeswoman spokesperson leader head director officer the and but for with said says told monday tuesday wednesday thursday ' +
    'friday saturday sunday january february march april june july august september october november december'
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
];
const NAME_GROUP_OF = new Map<string, number[]>();
NAME_GROUPS.forEach((group, i) => {
  for (const name of group.split(' ')) NAME_GROUP_OF.set(name, [...(NAME_GROUP_OF.get(name) ?? []), i]);
});
// A holder list complete since then leaves no namesake out.
const COVERED_SINCE_LONG_AGO = '1990';
const GRACE_DAYS = 2;
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

export function wrongFirstNameTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { matches, text } = doc;
  for (let i = 1; i < matches.length; i++) {
    const m = matches[i];
    // A lone surname of exactly one person on record.
    if (m.values.length !== 1 || m.values[0].type !== 'person' || m.values[0].full) continue;
    const title = matches[i - 1];
    if (m.start - title.end > 24 || title.end > m.start) continue;
    const gap = FIRST_NAME_GAP_RE.exec(text.slice(title.end, m.start));
    if (!gap || NOT_A_FIRST_NAME.has(gap[1].toLowerCase())) continue;
    const claim = judgeFirstName(doc, i, m.values[0].id, gap[1]);
    if (claim) out.push(claim);
  }
  return out;
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
  if (q && qualifiers.length && /^(?:['’]s)?[ \t]+$/.test(doc.text.slice(q.end, title.start))) {
    senses = senses.filter((s) => qualifiers.includes(s.office.jurisdiction));
    start = q.start;
  }
  if (!senses.length || new Set(senses.map((s) => s.office.jurisdiction)).size !== 1) return null;
  return { senses, start };
}

function judgeFirstName(doc: Doc, i: number, personId: string, written: string): Annotation | null {
  const person = doc.facts.people.get(personId);
  if (!person || !isConfident(person) || !doc.dateCertain) return null;
  const title = titleSenses(doc, i);
  if (!title) return null;
  // "former Commerce Secretary", "Deputy Prime Minister", "the new Foreign Minister": another time or office.
  if (
    /(?:^|[^a-z])(?:former|ex|then|late|previous|past|outgoing|acting|interim|caretaker|incoming|future|new|next|deputy|vice|assistant|under|shadow|first|fellow|would be|de facto|honorary)[ \t-]*$/.test(
      doc.folded.slice(Math.max(0, title.start - 16), title.start),
    )
  )
    return null;
  if (!firstNameIsOther(written, [person.name, ...person.aliases], person.surnames)) return null;
  for (const { office } of title.senses) {
    if (office.single === false || pastHorizon(doc.facts, doc.asOf, { office: office.id })) continue;
    const holders = holdersOn(office, doc.asOf);
    const t = holders.find((h) => h.holder.person === personId);
    if (!t || holders.length !== 1 || !isConfident(t.holder) || t.holder.acting) continue;
    const nearHandover = Math.min(daysBetween(t.from, doc.asOf), t.until ? daysBetween(t.until, doc.asOf) : Infinity) <= GRACE_DAYS;
    if (nearHandover || namesakeTold(doc, doc.matches[i].start, office.coveredFrom)) continue;
    const m = doc.matches[i];
    const start = title.start;
    return {
      start,
      end: m.end,
      quote: doc.text.slice(start, m.end),
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
