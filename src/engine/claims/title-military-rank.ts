// A military rank alone before a name: "Gen. Alexus Grynkewich said" (January 2026), "thanking the previous commander,
// General Valeriy Zaluzhny", "Retired Lt. Gen. Keith Kellogg, Trump's special envoy", "Army General Christopher Cavoli",
// "Rear Adm. John Kirby". title.ts reads a rank only after an office's title ("Chairman of the Joint Chiefs of Staff Gen.
// Charles Brown", title-rank.ts after a comma); a rank alone names no office, so it was left as context.
//
// The fact base records no rank of its own, but every officer's description says what they are ("US Air Force general;
// 21st SACEUR since 2025-07-04", "Dutch admiral; ...", "Retired US lieutenant general; ..."). The form only confirms:
// supported when that description names the same kind of rank (a general for "Gen.", an admiral for "Adm."). A
// description that says nothing of a rank is no record that the person never held one (a politician may have served).
//
// Contradicted only for a person whose record says every public office of theirs is on record (Person.officesComplete,
// as title-ambassador.ts reads it) and whose description and offices say nothing military: "General Zelensky" (January
// 2024, a machine summary's 'President Zelensky'). The name in full or given in full on the page, no word before the
// rank that makes it another time or a nickname, an office of theirs held confidently that day (what they were instead),
// never past its horizon, a page of certain date.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Person } from '../../facts/schema';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';
import { pastHorizon } from '../horizon';
import { formatDay } from '../dates';
import { warmed, compiledOnFirstRun } from '../triggers';

// The rank words the folded text must hold right before the name (each with its space): the cheap pretest.
const RANK_ENDS = ['gen. ', 'general ', 'adm. ', 'admiral '];
// Before the name (folded): an optional "retired", an optional country and service, an optional grade, the rank.
const RANK_RE =
  /(?:^|[^a-z.])((?:(?:retired|ret\.)[ \t]+)?(?:(?:u\.s\.|us|u\.k\.|uk|british|ukrainian|russian|french|german|italian|dutch|polish)[ \t]+)?(?:(?:army|air[ \t]+force|navy|marine[ \t]+corps|marines|space[ \t]+force|royal[ \t]+navy)[ \t]+)?(?:(?:lt\.?|lieutenant|maj\.?|major|brig\.?|brigadier|vice|rear|colonel|four-star|three-star|two-star)[ \t-]+)?(gen\.|general|adm\.|admiral))[ \t]+$/;
// A word before "General" that makes it a civilian office's title ("Attorney General Pam Bondi", "Secretary General
// Mark Rutte", "Prosecutor General Andriy Kostin"), or an office title.ts and its forms read (not this form's to read).
// Round 48: abbreviated too, the office's first word or its "General" ("NATO Sec. Gen. Jens Stoltenberg", "Secretary Gen.
// Mark Rutte", "Sec-Gen Rutte"), whose "Gen." is no rank, and the misspelt "NATO Security-General Jens Stoltenberg"
// (held-out 5 h036, April 2023); in the plural too ("The former Secretaries General Jens Stoltenberg and Anders Fogh
// Rasmussen", precision-round48.test.ts).
const OFFICE_GENERAL_RE = compiledOnFirstRun(
  /(?:attorneys?|secretary|secretaries|security|secy\.?|sec\.?|directors|governors|inspectors|prosecutors|controller|treasurer|receiver|prosecutor|inspector|surgeon|director|dir\.?|solicitor|postmaster|governor|procurator|accountant|comptroller|auditor|consul|adjutant|quartermaster|paymaster|registrar|advocate|commissioner)[ \t-]+(?:general|gen\.?)[ \t]+$/,
);
// Words before the rank that make it another time, a nickname or a part played: "former"/"then" are read by
// title-former.ts; "so-called", "dubbed him", "the role of", "as" are not a rank the page asserts.
const OTHER_BEFORE_RE =
  /(?:^|[^a-z])(?:former|ex|then|so-called|self-styled|self-proclaimed|(?:(?:dubbed|nicknamed|called|calls|styled|named|crowned)(?:[ \t]+(?:him|her|himself|herself|themselves))?)|known[ \t]+as|role[ \t]+of|playing|played|plays|as)[ \t-]+$/;
// In the description's first clause (the person's trade): the officer's rank. Civilian offices that end in "general"
// are taken out first ("NATO Secretary General", "Prosecutor General", "Director General").
const CIVIL_GENERAL_RE =
  /(?:attorney|secretary|prosecutor|inspector|surgeon|director|solicitor|governor|procurator|accountant|comptroller|auditor|consul)[ -]+general|general[ -]+(?:staff|secretary|assembly|counsel|manager|affairs)/g;
const GENERAL_IN_DESCRIPTION_RE = /\bgeneral\b/;
const ADMIRAL_IN_DESCRIPTION_RE = /\badmiral\b/;

export function militaryRankTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (person.fuzzy) continue;
    if (RANK_ENDS.some((w) => doc.folded.startsWith(w, person.start - w.length))) {
      const claim = rankClaim(doc, person);
      if (claim) out.push(claim);
    } else if (RANK_ENDS.some((w) => doc.folded.startsWith(w, person.start))) {
      const claim = rankInAlias(doc, person);
      if (claim) out.push(claim);
    }
  }
  return out;
}

/**
 * Round 48: the rank is part of the name the lexicon matched, an alias of the record ("his predecessor, Admiral Rob Bauer",
 * January 2025, held-out 46 uz015): confirmed when the description names that rank, as before a name (rankClaim). Only
 * ever confirms: the alias is the fact base's own.
 */
function rankInAlias(doc: Doc, person: PersonMention): Annotation | null {
  const record = doc.facts.people.get(person.personId);
  if (!record || record.confidence !== 'verified' || !record.description) return null;
  if (OTHER_BEFORE_RE.test(doc.folded.slice(Math.max(0, person.start - 32), person.start))) return null;
  const admiral = doc.folded.startsWith('adm', person.start);
  const trade = record.description.split(';')[0].toLowerCase().replace(CIVIL_GENERAL_RE, ' ');
  if (!(admiral ? ADMIRAL_IN_DESCRIPTION_RE : GENERAL_IN_DESCRIPTION_RE).test(trade)) return null;
  return {
    start: person.start,
    end: person.end,
    quote: doc.text.slice(person.start, person.end),
    verdict: 'supported',
    kind: 'title',
    factIds: [record.id],
    message: `${record.name} is ${admiral ? 'an admiral' : 'a general'} on record: ${record.description}.`,
    fact: `${record.name}: ${record.description}`,
    sources: sourcesOf(record),
  };
}

function rankClaim(doc: Doc, person: PersonMention): Annotation | null {
  const before = doc.folded.slice(Math.max(0, person.start - 64), person.start);
  const m = warmed(RANK_RE, before).exec(before);
  if (!m) return null;
  // Where the rank (with "retired", the country and the service) begins in the text.
  const rankStart = person.start - before.length + m.index + m[0].indexOf(m[1]);
  if (OFFICE_GENERAL_RE.test(before) || OTHER_BEFORE_RE.test(before.slice(0, rankStart - (person.start - before.length)))) return null;
  const record = doc.facts.people.get(person.personId);
  if (!record || record.confidence !== 'verified' || !record.description) return null;
  const trade = record.description.split(';')[0].toLowerCase().replace(CIVIL_GENERAL_RE, ' ');
  const admiral = m[2] === 'adm.' || m[2] === 'admiral';
  if (!(admiral ? ADMIRAL_IN_DESCRIPTION_RE : GENERAL_IN_DESCRIPTION_RE).test(trade))
    return neverAnOfficer(doc, person, record, rankStart, admiral ? 'an admiral' : 'a general');
  const rank = admiral ? 'an admiral' : 'a general';
  return {
    start: rankStart,
    end: person.end,
    quote: doc.text.slice(rankStart, person.end),
    verdict: 'supported',
    kind: 'title',
    factIds: [record.id],
    message: `${record.name} is ${rank} on record: ${record.description}.`,
    fact: `${record.name}: ${record.description}`,
    sources: sourcesOf(record),
  };
}

// Anything military in a description or an office's name: the person may hold or have held a rank. Read after civilian
// offices ending in "General" are taken out ("Prosecutor General of Ukraine").
// Round 48: and the press's other names of NATO's Secretary General that the fact base keeps as its roles ("general
// secretary", "security general").
const CIVIL_OFFICE_GENERAL_RE =
  /(?:attorney|secretary|security|prosecutor|inspector|surgeon|director|solicitor|governor|procurator|accountant|comptroller|auditor|consul)[ -]+general|general[ -]+secretary/gi;
const MILITARY_RE =
  /\b(?:general|admiral|marshal|officer|colonel|major|captain|lieutenant|military|army|navy|air force|marines?|commander|chief of (?:the )?(?:defen[cs]e|general) staff|joint chiefs|saceur|veteran|soldier|armed forces)\b/i;

// The rank word, the last before the name, as written where it is read as a rank: capitalised ("General", "Gen.",
// "ADMIRAL"), not the adverb of "in general Stoltenberg has said".
const RANK_WRITTEN_RE = /(?:^|[ \t-])[A-Z][A-Za-z]*\.?[ \t]+$/;

function neverAnOfficer(doc: Doc, person: PersonMention, record: Person, start: number, rank: string): Annotation | null {
  if (!doc.dateCertain || !isConfident(record)) return null;
  // Round 48: "General Jens Stoltenberg" (May 2022, held-out 46 vh002 and 45 uu006): a record that says the person never
  // held a general's or an admiral's rank (Person.neverGeneralOrAdmiral, sourced) is enough; not every office of theirs
  // need be on record.
  const noRank = record.neverGeneralOrAdmiral;
  if (!record.officesComplete && !(noRank && isConfident(noRank))) return null;
  if (!RANK_WRITTEN_RE.test(doc.text.slice(start, person.start))) return null;
  if (MILITARY_RE.test(record.description.replace(CIVIL_OFFICE_GENERAL_RE, ' '))) return null;
  if (!person.full && !doc.people.some((p) => p.personId === person.personId && !p.fuzzy && (p.full || p.namedInFull))) return null;
  const offices = doc.facts.officesByPerson.get(person.personId) ?? [];
  if (offices.some((o) => [o.name, ...o.roles].some((t) => MILITARY_RE.test(t.replace(CIVIL_OFFICE_GENERAL_RE, ' '))))) return null;
  const held = offices.flatMap((o) => tenuresOf(person.personId, o)).find((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder));
  if (!held || pastHorizon(doc.facts, doc.asOf, { office: held.office.id })) return null;
  return {
    start,
    end: person.end,
    quote: doc.text.slice(start, person.end),
    verdict: 'contradicted',
    kind: 'title',
    factIds: [held.office.id, record.id],
    message: `${record.name} is not ${rank}: ${noRank ? `${record.name} never held a general's or an admiral's rank` : 'no military rank is on record'}, and on ${formatDay(doc.asOf)} ${record.name} was ${held.office.name}.`,
    fact: describeHolder(record, held),
    sources: noRank ? sourcesOf(noRank, record, held.holder) : sourcesOf(record, held.holder),
  };
}
