// Titles written with "of" and a country, the form of official releases and translations:
// "President of Ukraine Volodymyr Zelenskyy", "the Prime Minister of Spain, Pedro Sánchez",
// "Prime Minister of Norway, Mr. Jonas Gahr Støre", and after the name, "Umerov, Minister of
// Defence of Ukraine,". Also a bare title with a courtesy word between it and the name ("Minister
// of Foreign Affairs, Ms. Anniken Huitfeldt"). Judged by title.ts's rules (judgeTitle): the
// country narrows the title to its office, as "Ukrainian President" does.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { sentenceOf, qualifierJurisdictions } from '../doc';
import { mapFound, type ClaimDetector } from '../detector';
import type { RoleSense } from '../lexicon';
import type { Office } from '../../facts/schema';
import { introducedSubject, titleAnnotation, titleBefore, type TitleClaim } from './title';
import { foldKey } from '../normalize';
import { daysBetween, formatDay } from '../dates';
import { isConfident, onDay, tenuresOf } from '../holders';
import { ROLE_OF_COUNTRY_RE, countryTail } from '../fuzzy';
import { describedTitles } from './title-described';
import { wrongFirstNameTitles } from './title-first-name';
import { rankedTitles } from './title-rank';
import { partyLeaderTitles } from './title-party';
import { regnalTitles } from './title-regnal';
import { countryListTitles } from './title-country-list';
import { copulaTitles } from './title-copula';
import { wasThenTitles } from './title-was-then';
import { pagePresidentTitles } from './title-page-president';
import { rivalCopulaTitles } from './title-copula-rival';
import { spansOverlap } from '../sentences';
import { compiledOnFirstRun } from '../triggers';

/** Adds each title whose words no title already found covers: the earlier reader keeps its reading. */
function addWhereUntitled(out: Annotation[], found: readonly Annotation[]): void {
  for (const a of found) if (!out.some((b) => b.kind === 'title' && spansOverlap(b, a))) out.push(a);
}

// Between the title and the name: nothing, a comma, a courtesy word or a rank ("Commander-in-Chief
// of the Armed Forces of Ukraine, Colonel-General Ruslan Khomchak").
// "the President of the United States, his excellency Mr. Joe Biden" (NATO's host's welcome, June 2021):
// the courtesy of official speeches, with or without "Mr.".
// "in the presence of the President of France – Emmanuel Macron" (a ministry's release, December 2024): a spaced dash
// as the comma.
const GAP_RE = compiledOnFirstRun(
  /^(?:[ \t]+[\u2013\u2014-][ \t]+|[ \t]*,?[ \t]*(?:(?:[Hh](?:is|er)[ \t]+[Ee]xcellency[ \t]+)?(?:Mr|Ms|Mrs|Dr|Madam|Mister)\.?[ \t]+|[Hh](?:is|er)[ \t]+[Ee]xcellency[ \t]+|(?:(?:Colonel|Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Vice|Rear)[ \t-]+)?(?:General|Gen\.|Admiral|Adm\.)[ \t]+)?)$/,
);
const COPULA_GAP_RE = /^[ \t]+(?:is|was)[ \t]+$/;
// "Formerly President of Ukraine Volodymyr Zelensky invites ...", "Formerly the Prime Minister of
// Norway, Stoltenberg has led NATO ...": "formerly" (with its "the") is said as "former".
// "The inauguration of the newly elected President of Ukraine, Volodymyr Zelensky, will take place on
// Monday, May 20" (four days before it): "newly elected", "incoming", "future" are said of a holder
// about to take office, as title.ts reads them before a plain title.
const MODIFIER_BEFORE_RE =
  /\b(formerly(?:[\s-]+the)?|former|erstwhile|one[\s-]?time|ex|then|outgoing|acting|interim|newly[\s-]+elected|incoming|future|deputy|vice|first deputy|assistant)[\s-]+$/i;
const OTHER_OFFICE = new Set(['deputy', 'vice', 'first deputy', 'assistant']);

/**
 * The title detector, with the titles written with "of" added where it found none on that name:
 * one detector per kind of claim.
 */
export function withOfTitles(titles: ClaimDetector): ClaimDetector {
  return {
    kind: titles.kind,
    triggers: titles.triggers,
    find(doc, ctx) {
      const out = mapFound(titles.find(doc, ctx), (a) => toldOfCandidates(doc, withGermanModifier(doc, a)));
      addWhereUntitled(out, ofTitles(doc));
      // Offices told in words of their own (title-described.ts), where no title was read.
      // Another title inside the phrase ("head of President Zelensky's office") is its own claim.
      for (const a of describedTitles(doc))
        if (!out.some((b) => b.kind === 'title' && spansOverlap(b, a) && b.factIds[1] === a.factIds[1])) out.push(a);
      // A title, a comma, a service and rank before the name (title-rank.ts).
      addWhereUntitled(out, rankedTitles(doc));
      // A party's leader with words about the party between (title-party.ts).
      addWhereUntitled(out, partyLeaderTitles(doc));
      // A reigning monarch named with the title in the name ("King Philip VI", title-regnal.ts).
      addWhereUntitled(out, regnalTitles(doc));
      // A leader with the country in brackets in a list of leaders (title-country-list.ts).
      addWhereUntitled(out, countryListTitles(doc));
      // A holder's surname after the title with a first name not theirs (title-first-name.ts): doc.ts takes no person there.
      addWhereUntitled(out, wrongFirstNameTitles(doc));
      // The principal of an aide or envoy, told with a stale word (principalTitles, below).
      addWhereUntitled(out, principalTitles(doc));
      // A bare title given to someone of the country who holds another of its offices (ownCountryTitles, below).
      addWhereUntitled(out, ownCountryTitles(doc));
      // A bare "President" before someone of a country whose president the page calls so (title-page-president.ts).
      addWhereUntitled(out, pagePresidentTitles(doc));
      // A holder given by a verb (title-copula.ts): it takes the place of a title read on the same
      // words that said less (a definition's "the TITLE is NAME", a name's context), never of a flag.
      for (const a of copulaTitles(doc)) {
        const overlapping = out.filter((b) => b.kind === 'title' && spansOverlap(b, a));
        if (overlapping.some((b) => b.verdict === 'outdated' || b.verdict === 'contradicted')) continue;
        if (overlapping.some((b) => b.verdict === 'supported') && a.verdict !== 'outdated' && a.verdict !== 'contradicted') continue;
        for (const b of overlapping) out.splice(out.indexOf(b), 1);
        out.push(a);
      }
      // "NAME is TITLE" of a single office whose holder that day the page itself names with its title
      // (title-copula-rival.ts): a flag that takes the place of what the copula read said less of.
      for (const a of rivalCopulaTitles(doc)) {
        const overlapping = out.filter((b) => b.kind === 'title' && spansOverlap(b, a));
        if (overlapping.some((b) => b.verdict === 'outdated' || b.verdict === 'contradicted')) continue;
        for (const b of overlapping) out.splice(out.indexOf(b), 1);
        out.push(a);
      }
      // A title told with "was" of a year the sentence names (title-was-then.ts): judged over that year, it
      // takes the place of a title read on the same words as of the page's day or as ever held.
      for (const a of wasThenTitles(doc)) {
        const overlapping = out.filter((b) => b.kind === 'title' && spansOverlap(b, a));
        if (overlapping.some((b) => b.verdict === 'outdated' || b.verdict === 'contradicted')) continue;
        for (const b of overlapping) out.splice(out.indexOf(b), 1);
        out.push(a);
      }
      // "Acting" before any of these titles ("the acting Secretary General of NATO, X" too).
      return mapFound(out, (a) => actingSaidOfAppointed(doc, a));
    },
  };
}

// "Steve Witkoff, special envoy for former President Trump" (March 2025, held-out 11 y083; Trump was
// in office). title.ts says nothing of a title after "envoy for", "aide to", since the name after it
// may be the aide's ("aide to the President of the Russian Federation Vladimir Medinsky"). When the
// named person has held the office, the name is the principal's and the title is theirs: judged.
const AIDE_BEFORE_RE =
  /\b(?:aide|adviser|advisor|assistant|counsell?or|spokes(?:man|woman|person)|envoy|press[ \t]+secretary|chief[ \t]+of[ \t]+staff)[ \t]+(?:to|of|for)[ \t]+(?:the[ \t]+)?$/i;

// Built once (speed, round 41): a literal in principalTitles was a new expression, parsed again, at each call.
const PRINCIPAL_TITLES_RE = /(?:aide|advis|assistant|counsel|spokes|envoy|secretary|staff)/;
function principalTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (person.fuzzy) continue;
    // A cheap look first: the aide's word a few words before the name.
    const near = doc.folded.slice(Math.max(0, person.start - 48), person.start);
    if (!PRINCIPAL_TITLES_RE.test(near)) continue;
    const claim = titleBefore(doc, person);
    if (!claim || claim.start >= person.start || claim.modifier === 'none') continue;
    if (!AIDE_BEFORE_RE.test(doc.text.slice(Math.max(0, claim.start - 40), claim.start))) continue;
    if (!claim.senses.some((s) => tenuresOf(person.personId, s.office).length > 0)) continue;
    // Judged from the name, so that title.ts does not take the name for the aide's.
    const a = titleAnnotation(doc, { ...claim, start: person.start });
    if (a) out.push({ ...a, start: claim.start, quote: doc.text.slice(claim.start, a.end) });
  }
  return out;
}

// "Defence Minister Volodymyr Zelenskyy", "Foreign Secretary Keir Starmer": a bare title (no country)
// before someone who never held any office it may name. title.ts says nothing of a bare title, which
// may be any country's or body's. When the person holds another office of their own country on the
// page's day (so the title is not of a body the data does not hold, nor a job between offices), the
// title is read as that country's: a person busy with another of its offices is not also this one.
const CABINET_OFFICE_RE =
  /-(?:foreign-minister|defence-minister|foreign-secretary|defence-secretary|secretary-of-defense|secretary-of-state)$/;
// Other offices a country has exactly one of, under a name no other body of the data's gives its own (mutation
// probes of the fourteenth round: "Vice President Donald Trump", "Attorney General Donald Trump" in 2025, "Chief of
// the Defence Staff Admiral Rishi Sunak"); an office another of the country's offices shares a role word with
// ("Attorney General" of a state) has two senses and stays unread.
const ONE_OF_OFFICE_RE =
  /-(?:vice-president|attorney-general|chief-of-the-defence-staff|chairman-joint-chiefs|treasury-secretary|commerce-secretary|secretary-of-energy|secretary-of-homeland-security|transportation-secretary|home-secretary|justice-secretary|chancellor-of-the-exchequer|finance-minister|chancellor|vice-chancellor)$/;

// Round 48: the head of government's abbreviation alone, in capitals, as the title ("says PM Andrzej Duda"), and a
// number right before it, which makes it a time of day ("At 4 PM Andrzej Duda spoke").
const PM_TITLE_RE = /^PM[ \t]+$/;
const CLOCK_BEFORE_RE = /\d[ \t]*$/;

function ownCountryTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (person.fuzzy || (!person.full && !namedInFullBefore(doc, person))) continue;
    // A cheap look first: a role word right before the name.
    const before = doc.matches[person.match - 1];
    if (!before || person.start - before.end > 3 || !before.values.some((v) => v.type === 'role')) continue;
    const country = doc.facts.people.get(person.personId)?.country;
    if (!country) continue;
    const held = doc.facts.officesByPerson.get(person.personId) ?? [];
    // A cheap look first: the person holds an office of their country today.
    const busy = held.filter(
      (o) =>
        o.jurisdiction === country &&
        tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder) && t.from <= doc.asOf),
    );
    if (!busy.length) continue;
    const claim = titleBefore(doc, person);
    if (!claim || claim.explicit || claim.modifier !== 'none' || claim.start >= person.start) continue;
    // Every office the title may name, in any country, was never the person's.
    if (claim.senses.some((s) => tenuresOf(person.personId, s.office).length > 0)) continue;
    const senses = claim.senses.filter((s) => !s.loose && s.office.jurisdiction === country && s.office.single !== false);
    // Only the offices a country has one of, named the same everywhere: its foreign and defence
    // ministers. A press secretary, spokesperson or adviser is as often another body's, and a bare
    // "President" may be of any country or body ("President Sergey Lavrov" stays unread).
    if (senses.length !== 1 || busy.includes(senses[0].office)) continue;
    // "Chancellor David Lammy" while he was Lord Chancellor: an office held that day whose name holds the title's word
    // may be what it shortens.
    const word = doc.folded.slice(before.start, before.end);
    if (busy.some((o) => [o.name, ...o.roles, ...(o.fixedTitles ?? [])].some((n) => n.toLowerCase().includes(word)))) continue;
    // "Prime Minister Volodymyr Zelenskyy": a head of government too, written "prime minister" (a
    // "Premier" is as often a province's or China's).
    // Round 48: or "PM" in capitals ("Poland may not have to launch NATO article 4 procedure, says PM Andrzej Duda", a
    // Reuters headline of 16 November 2022, held-out 46 vh001), never a clock's "4 PM" or "16:30 PM".
    const premier =
      senses[0].office.id.endsWith('-prime-minister') &&
      (/prime[ \t-]+minister/i.test(doc.text.slice(claim.start, person.start)) ||
        (PM_TITLE_RE.test(doc.text.slice(claim.start, person.start)) &&
          !CLOCK_BEFORE_RE.test(doc.text.slice(Math.max(0, claim.start - 8), claim.start))));
    if (!CABINET_OFFICE_RE.test(senses[0].office.id) && !ONE_OF_OFFICE_RE.test(senses[0].office.id) && !premier) continue;
    // A lone surname: the office's record must be complete on the page's day and hold no one of that surname (title.ts's
    // surnameSure then asks for the full name before it), and the sentence tell of no year the record does not cover
    // ("Secretary of State Vance" in a passage of 1979 is Cyrus Vance).
    if (!person.full && !surnameFitsNoHolder(doc, person, senses[0].office)) continue;
    const a = titleAnnotation(doc, { ...claim, senses, explicit: true });
    if (a) out.push(a);
  }
  return out;
}

// "Vice President J.D. Vance delivered a scathing address ... During his trip to Europe, Secretary of State Vance is
// expected to meet with Ukrainian President Zelensky" (held-out 14 o203, February 2025: Marco Rubio was): the page
// names the person in full before the lone surname, which doc.ts then takes for them.
function namedInFullBefore(doc: Doc, person: PersonMention): boolean {
  return doc.people.some((p) => p.full && !p.fuzzy && p.personId === person.personId && p.end <= person.start);
}

function surnameFitsNoHolder(doc: Doc, person: PersonMention, office: Office): boolean {
  if (office.coveredFrom > doc.asOf) return false;
  const written = foldKey(doc.text.slice(person.start, person.end));
  if (office.holders.some((h) => doc.facts.people.get(h.person)?.surnames.some((s) => foldKey(s) === written))) return false;
  const sentence = sentenceOf(doc, person.start);
  const years = doc.text.slice(sentence.start, sentence.end).match(/\b(?:1[89]|20)\d\d\b/g) ?? [];
  return years.every((y) => y >= office.coveredFrom.slice(0, 4));
}

// "Der ehemalige NATO-Generalsekretär Jens Stoltenberg", "der damalige US-Präsident Joe Biden": the
// fact base names offices in German too ("NATO-Generalsekretär", "Bundeskanzler"), but title.ts reads
// the words of time before a title in English only, and took these for the current office. A German
// one ("former", "then", "outgoing", "designate", "future") makes a red flag say nothing.
const GERMAN_MODIFIER_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:ehemalig|fr\u00fcher|damalig|scheidend|einstig|vormalig|designiert|k\u00fcnftig|zuk\u00fcnftig)(?:e|er|en|es|em)?[ \t]+$`,
  'iu',
);

function withGermanModifier(doc: Doc, a: Annotation): Annotation {
  if (a.kind !== 'title' || (a.verdict !== 'outdated' && a.verdict !== 'contradicted')) return a;
  // Only red title claims are looked at, a few a page at most.
  if (!GERMAN_MODIFIER_RE.test(doc.text.slice(Math.max(0, a.start - 16), a.start))) return a;
  return { ...a, verdict: 'context', message: `${a.message} (Not flagged: a German word of time stands before the title.)` };
}

// "NATO member countries considered several candidates for the position of Secretary General,
// including British Defense Minister Ben Wallace" (October 2024, a year after the race), "Kaja
// Kallas ... was a lead candidate in the race to replace Jens Stoltenberg" (DW, July 2024), "Among
// the candidates with great chances is British Defence Secretary Ben Wallace" (June 2023), "Other
// leading candidates for the NATO post include outgoing Dutch Prime Minister Mark Rutte" (November
// 2023), "Danish Prime Minister Mette Frederiksen has also been mentioned as a possible candidate":
// a race for a post names its candidates by the titles they held during it. Told in the past tense,
// the race may be long over, and the sentence does not say when it was run; a title the person held
// and left is not flagged then. One they never held still is, and so is the present tense ("is among
// the candidates").
// "Türkiye supported Dutch Prime Minister Mark Rutte for the position for the next five-year period" (Daily Sabah, 10
// July 2024, eight days after he left the premiership; a red flag on a true sentence of the eleventh precision audit):
// backing someone "for the position" tells of the race too.
const CANDIDATES_RE =
  /\b(?:candidates?|contenders?|short-?list(?:ed)?|in[ \t]+the[ \t]+running|front-?runners?|race[ \t]+to[ \t]+(?:succeed|replace|become|lead|head)|for[ \t]+the[ \t]+(?:position|post|job|role|top[ \t]+job)\b)/i;
const PAST_RE =
  /\b(?:considered|were|was|had|included|mentioned|touted|floated|tipped|weighed|shortlisted|supported|backed|endorsed|nominated|proposed)\b/i;

function toldOfCandidates(doc: Doc, a: Annotation): Annotation {
  // Only outdated title claims are looked at, a few a page at most.
  if (a.kind !== 'title' || a.verdict !== 'outdated') return a;
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  if (!sentence) return a;
  const text = doc.text.slice(sentence.start, sentence.end);
  if (!CANDIDATES_RE.test(text) || !PAST_RE.test(text)) return a;
  return {
    ...a,
    verdict: 'context',
    message: `${a.message} (Not flagged: the sentence tells of the candidates in a past race for a post, named by their titles of then.)`,
  };
}

// "Acting NATO Secretary General Jens Stoltenberg" (February 2024, German "amtierend", incumbent,
// translated as "acting"): title.ts confirms an acting title whenever the person held the office.
// The head of an international body (NATO, the EU, the UN) is appointed for a term and never
// "acting" in the middle of it; an acting one is a stand-in between two terms, and the fact base
// marks those (Balanzino 1994, Minuto-Rizzo 2003). A government's ministers are not read so: a
// prime minister whose cabinet resigned is "acting" for months (Rutte, 2023-2024) in the same
// tenure. Nor near either end of a term, when a holder stays on until a successor arrives.
const ACTING_AT_START_RE = /^(?:the[ \t]+)?(?:acting|interim)[ \t]/i;
const INTERNATIONAL_BODIES = new Set(['nato', 'eu', 'un']);
// How far inside a term an "acting" title is contradicted.
const ACTING_MARGIN_DAYS = 90;
// A head of state (a president, a monarch) is never "acting" in the middle of a term either: an acting one is a stand-in
// (the speaker, the prime minister) between two holders. A record may begin with the holder's own acting months (an
// election held months after a resignation), so a year from its start is left alone.
const HEAD_OF_STATE_ACTING_MARGIN_DAYS = 365;
const YEAR_RE = /\b(1[89]\d\d|20\d\d)\b/g;

/** The sentence at `at` or the one before tells a year before `start`'s year. */
function earlierYearNear(doc: Doc, at: number, start: string): boolean {
  const i = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
  if (i < 0) return true;
  const from = doc.sentences[Math.max(0, i - 1)].start;
  const startYear = +start.slice(0, 4);
  for (const m of doc.text.slice(from, doc.sentences[i].end).matchAll(YEAR_RE)) if (+m[1] < startYear) return true;
  return false;
}

function actingSaidOfAppointed(doc: Doc, a: Annotation): Annotation {
  // Only confirmed title claims that begin with the word, a few a page at most.
  if (
    a.kind !== 'title' ||
    a.verdict !== 'supported' ||
    !doc.dateCertain ||
    !ACTING_AT_START_RE.test(doc.text.slice(a.start, a.start + 12))
  )
    return a;
  const [officeId, personId] = a.factIds;
  const office = officeId ? doc.facts.offices.get(officeId) : undefined;
  if (!office || !personId) return a;
  const headOfState = office.headOf === 'state' || office.headOf === 'state-and-government';
  if (!INTERNATIONAL_BODIES.has(office.jurisdiction) && !headOfState) return a;
  const t = tenuresOf(personId, office).find((x) => onDay(x, doc.asOf) === 'in');
  if (!t || t.holder.acting || !isConfident(t.holder)) return a;
  const startMargin = headOfState && !INTERNATIONAL_BODIES.has(office.jurisdiction) ? HEAD_OF_STATE_ACTING_MARGIN_DAYS : ACTING_MARGIN_DAYS;
  // A new term of the same holder, recorded as its own tenure, begins no acting spell: the margin runs from the first.
  let first = t;
  for (;;) {
    const prev = tenuresOf(personId, office).find(
      (x) => x !== first && x.until && daysBetween(x.until, first.from) <= 1 && x.until <= first.from,
    );
    if (!prev || prev.holder.acting) break;
    first = prev;
  }
  if (daysBetween(first.fromLate, doc.asOf) < startMargin || (t.until && daysBetween(doc.asOf, t.until) < ACTING_MARGIN_DAYS)) return a;
  // A head of state's own acting spell may lie before the records: not when the sentence or the one before tells a
  // year before this tenure.
  if (headOfState && earlierYearNear(doc, a.start, first.holder.start)) return a;
  // A holder once acting in this office (Putin, 1999-2000): only on a page that names no year up to that spell's end.
  const actingEnd = tenuresOf(personId, office)
    .filter((x) => x.holder.acting)
    .map((x) => +(x.holder.end ?? doc.asOf).slice(0, 4));
  if (actingEnd.length && [...doc.text.matchAll(YEAR_RE)].some((m) => +m[1] <= Math.max(...actingEnd))) return a;
  const name = doc.facts.people.get(personId)?.name ?? personId;
  return {
    ...a,
    verdict: 'contradicted',
    message: `${name} was the appointed ${office.name} on ${formatDay(doc.asOf)}, in office since ${formatDay(t.holder.start)}, not an acting one.`,
  };
}

function ofTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    const claim =
      ofTitleBefore(doc, person) ?? ofTitleAfter(doc, person) ?? titleToPrincipal(doc, person) ?? captionQualifiedTitle(doc, person);
    const annotation = claim && titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The role and its country at matches[i] (the role) and matches[i+1] (the country), if so. */
function roleOfCountry(
  doc: Doc,
  i: number,
): { senses: RoleSense[]; start: number; end: number; explicit: boolean; elect?: boolean } | null {
  const r = doc.matches[i];
  const role = r?.values.find((v) => v.type === 'role');
  if (!role) return null;
  let senses = doc.lexicon.roles.get(role.key) ?? [];
  const q = doc.matches[i + 1];
  const qualifiers = q ? qualifierJurisdictions(q) : [];
  // "President-elect of Ukraine Volodymyr Zelensky (left)" (held-out 14 o115, April 2019): "-elect" before "of".
  const electGap = q ? ELECT_BEFORE_OF_RE.exec(doc.text.slice(r.end, q.start)) : null;
  const roleEnd = r.end + (electGap ? electGap[0].length : 0);
  // "of the French Republic", "of the Republic of Estonia", "of the United States (US)" too.
  if (q && qualifiers.length && ROLE_OF_COUNTRY_RE.test(doc.text.slice(roleEnd, q.start))) {
    // "President of the Republic of Finland Sauli Niinistö" (held-out 11 y034, April 2023): the lexicon
    // reads "President of the Republic" whole (the title of France's and Italy's presidents), and
    // "of Finland" after it names the republic: the role is the president's.
    const republic = /^(.+) of the republic$/.exec(role.key);
    if (
      republic &&
      !senses.some((s) => qualifiers.includes(s.office.jurisdiction)) &&
      /^[ \t]+of[ \t]+$/.test(doc.text.slice(r.end, q.start))
    )
      senses = doc.lexicon.roles.get(republic[1]) ?? [];
    senses = senses.filter((s) => qualifiers.includes(s.office.jurisdiction));
    // "Prime Minister of Japan": a country whose office we do not know.
    if (!senses.length) return null;
    const country = q.end + countryTail(doc.text, q.end);
    const end = country + forTail(doc, role.key, country, senses);
    return electGap ? { senses, start: r.start, end, explicit: true, elect: true } : { senses, start: r.start, end, explicit: true };
  }
  // A bare role with no country: only "Minister of Foreign Affairs, Ms. X"; the name's own
  // title claim (title.ts) covers "Minister X".
  return { senses, start: r.start, end: r.end, explicit: false };
}

const ELECT_BEFORE_OF_RE = /^[ \t]*-[ \t]*elect(?=[ \t]+of[ \t])/i;

// "High Representative of the EU for Foreign Affairs and Security Policy": the rest of the role
// after the country, up to the comma before the name.
const FOR_TAIL_RE = /^[ \t]+for[ \t]+[A-Za-z][A-Za-z ,&'\u2019-]{2,80}?(?=[ \t]*,)/;

/** The length of a " for ..." after the country that completes the role as one of the same office's roles; 0 if none. */
function forTail(doc: Doc, roleKey: string, from: number, senses: RoleSense[]): number {
  const m = FOR_TAIL_RE.exec(doc.text.slice(from, from + 90));
  if (!m) return 0;
  const whole = doc.lexicon.roles.get(foldKey(`${roleKey} ${m[0].trim()}`));
  return whole?.some((w) => senses.some((s) => s.office === w.office)) ? m[0].length : 0;
}

// "The first President of Ukraine Leonid Kravchuk died today" (May 2022, a red flag on a true sentence
// of the eighth precision audit once long-past titles in sentences of the page's day were judged): a
// place in line names a holder of any time, not the one of the day (office-ordinal.ts judges the place).
const PLACE_IN_LINE_BEFORE_RE = /\b(?:first|second|third|fourth|fifth|sixth|last|\d{1,2}(?:st|nd|rd|th))[\s-]+$/i;

function modifierOf(doc: Doc, start: number): { modifier: TitleClaim['modifier']; start: number } | null {
  const m = MODIFIER_BEFORE_RE.exec(doc.text.slice(Math.max(0, start - 24), start));
  if (!m && PLACE_IN_LINE_BEFORE_RE.test(doc.text.slice(Math.max(0, start - 16), start))) return { modifier: 'then', start };
  if (!m) return { modifier: 'none', start };
  const word = m[1].toLowerCase().startsWith('formerly') ? 'former' : m[1].toLowerCase();
  if (OTHER_OFFICE.has(word)) return null;
  const kind: TitleClaim['modifier'] =
    word === 'former' || word === 'ex' || word === 'erstwhile' || /^one[\s-]?time$/.test(word)
      ? 'former'
      : word === 'then'
        ? 'then'
        : word === 'outgoing'
          ? 'outgoing'
          : word.startsWith('newly')
            ? 'newly'
            : word === 'incoming' || word === 'future'
              ? 'elect'
              : 'acting';
  return { modifier: kind, start: start - m[0].length };
}

// Built once (speed, round 41): a literal in ofTitleBefore was a new expression, parsed again, at each call.
const OF_TITLE_BEFORE_RE = /[,\u2013\u2014-]/;
const OF_TITLE_BEFORE_RE2 = compiledOnFirstRun(/(?:Mr|Ms|Mrs|Dr|Madam|Mister|[Ee]xcellency)\.?[ \t]+$/);
function ofTitleBefore(doc: Doc, person: PersonMention): TitleClaim | null {
  const { matches } = doc;
  // Role, country, name (the country right before the name, or its acronym in brackets after it:
  // "of the United States (US), Lloyd J. Austin III") or role, name with a courtesy word.
  for (const back of [3, 2, 1]) {
    const i = person.match - back;
    if (i < 0) continue;
    const title = roleOfCountry(doc, i);
    if (!title) continue;
    const titleEnd = back > 1 ? title.end : matches[i].end;
    if (back > 1 && !title.explicit) continue;
    if (back === 1 && title.explicit) continue;
    if (back === 3 && matches[i + 2].end > title.end) continue;
    const gap = doc.text.slice(titleEnd, person.start);
    // "the new head of the Office of the President of Ukraine was Kyrylo Budanov": a title said
    // of someone with "is" or "was", which may tell of any time the text narrates; it only confirms.
    const copula = back > 1 && COPULA_GAP_RE.test(gap);
    if (!GAP_RE.test(gap) && !copula) continue;
    // "The Prime Minister of the Netherlands, Mark Rutte's successor Dick Schoof, said" (2025): after a comma or a dash
    // the title stands in apposition to the whole phrase the possessive begins, not to the name.
    if (OF_TITLE_BEFORE_RE.test(gap) && /^['\u2019]s\b/.test(doc.text.slice(person.end, person.end + 3))) continue;
    // Plain "President Zelensky" is title.ts's; here only what it does not read: a country
    // with "of", or a courtesy word between.
    if (!title.explicit && !OF_TITLE_BEFORE_RE2.test(gap)) continue;
    // "After talks with the Prime Minister, Mr Stoltenberg praised the UK": the name opens the main clause (title.ts).
    if (gap.includes(',') && introducedSubject(doc, title.start, person.end)) continue;
    const mod = modifierOf(doc, title.start);
    if (!mod) return null;
    if (title.elect && mod.modifier !== 'none') return null;
    const modifier = title.elect ? 'elect' : mod.modifier;
    const soft = copula ? { soft: true, softReason: 'A title said with "is" or "was" may be of another time than the article\'s' } : {};
    return { start: mod.start, end: person.end, person, senses: title.senses, explicit: title.explicit, modifier, ...soft };
  }
  return null;
}

/**
 * "Rustem Umerov, Minister of Defence of Ukraine," — read only when the title ends the phrase. "Mark
 * Esper, the acting Secretary of Defense of the United States" (a Polish ministry's release, June
 * 2019): an acting holder's title, judged as title.ts judges "acting" before a title.
 */
const FORMER_AND_CURRENT_RE = compiledOnFirstRun(
  /^,[ \t]+(?:(?:the|a)[ \t]+)?former[ \t]+[^,.;:()\n"\u201c\u201d]{1,60}?[ \t]+and[ \t]+(?:the[ \t]+)?((?:current|present|sitting|incumbent|now)[ \t]+)/i,
);
// "Mark Rutte, the caretaker prime minister of the Netherlands" (June 2024): a caretaker is the outgoing holder still in
// office, as title.ts reads "caretaker" before a role.
const AFTER_NAME_MODIFIER: Record<string, TitleClaim['modifier']> = {
  acting: 'acting',
  interim: 'acting',
  outgoing: 'outgoing',
  caretaker: 'outgoing',
};

// Built once (speed, round 41): a literal in ofTitleAfter was a new expression, parsed again, at each call.
// Round 45: a photo's credit right after a caption's title ("Ulf Kristersson, prime minister of Sweden
// NATO/UPI/SHUTTERSTOCK/REX FEATURES", held-out 43 ty016, The Times, July 2023; "REUTERS/Yves Herman", "AFP via Getty
// Images", "Photo: AP"): agencies in capitals joined by a slash or "via", or a credit's own word. The caption ends there.
const CREDIT_AFTER_RE =
  /^[ \t]+(?:[A-Z]{2,}(?:[ \t]*\/|[ \t]+via[ \t])|(?:Getty[ \t]+Images|AP[ \t]+Photo|Photo(?:graph)?:|PHOTO:?)(?!\p{L}))/u;
// Round 46: "Rutte, being the Prime Minister of the Netherlands, has", "X, serving as the Minister of Defence of Ukraine,": a
// participle of the present before the title, as title.ts's LEAD_TAIL reads it.
const OF_TITLE_AFTER_RE = compiledOnFirstRun(
  /^(?:,[ \t]+(?:being[ \t]+|(?:currently[ \t]+|now[ \t]+)?serving[ \t]+as[ \t]+)?(?:the[ \t]+)?(?:(acting|interim|current|sitting|incumbent|present|outgoing|caretaker)[ \t]+)?(?:federal[ \t]+)?|([ \t]+)(?:(acting|interim|caretaker)[ \t]+)?)/i,
);
function ofTitleAfter(doc: Doc, person: PersonMention): TitleClaim | null {
  // "... around the world, including in Ukraine. Donald Trump President of the United States" (March 2025; held-out 19
  // xc208): a quote's attribution line, the title after the name with no comma and nothing after it on the line. Run-on
  // words may read so too, so that form only confirms.
  // "Vladimir Putin, the current President of Russia", "Mark Rutte, the outgoing Prime Minister of the Netherlands" (round
  // 27): a word of the day or of a handover between the comma and the role, read as title.ts reads it before a role
  // ("current" says no more than the plain title; "outgoing" is judged as outgoing). "Former" and "then" after the
  // name are title-former.ts's.
  // "Annalena Baerbock, the federal minister for foreign affairs of Germany": a federation's ministers are "federal".
  // "Pedro Sanchez Acting Prime Minister of Spain" (the same caption, held-out 38 rv002): a word of the term between.
  // "Russian forces on the order of Vladimir Putin, President of Russia started a multi-pronged attack" (held-out 38 rs022):
  // a verb in the past after the country ends the title too (below).
  const lead = OF_TITLE_AFTER_RE.exec(doc.text.slice(person.end, person.end + 30));
  if (!lead) return null;
  let i = person.match + 1;
  let r = doc.matches[i];
  // Where the quote starts: the name, or the word of the day before the second of two titles (the first is not judged).
  let start = person.start;
  if (!r || r.start !== person.end + lead[0].length) {
    // "Carl Bildt, Former Prime Minister and current Minister for Foreign Affairs of Sweden" (October 2022; held-out 28
    // ki001): the second of two titles, the first said as left and the second as held that day.
    const both = doc.text.charCodeAt(person.end) === 44 ? FORMER_AND_CURRENT_RE.exec(doc.text.slice(person.end, person.end + 100)) : null;
    if (!both) return null;
    i = doc.matches.findIndex((m, k) => k > person.match && m.start === person.end + both[0].length);
    r = doc.matches[i];
    if (!r) return null;
    start = person.end + both[0].length - both[1].length;
  }
  const title = roleOfCountry(doc, i);
  if (!title?.explicit) return null;
  const attribution = lead[2] !== undefined;
  // "Back row, from left: ...; Mark Rutte Prime Minister of Netherlands; Angela Merkel President of Germany; Kyriakos
  // Mitsotakis Prime Minister of Greece; ..." (AP's caption of the leaders at Buckingham Palace, 3 December 2019; held-out
  // 38 rv002): a photo caption's list, NAME TITLE of COUNTRY items parted by semicolons. An item so bounded is a whole
  // title, judged as the comma's form is.
  const item = attribution && captionListItem(doc, person.start, title.end);
  if (attribution && !item && !/^[ \t.]*(?:\n|$)/.test(doc.text.slice(title.end, title.end + 4))) return null;
  // A line's end ends the phrase too: a photo caption or a byline ("Oleksii Reznikov, Minister of Defense of Ukraine; Todor
  // Dimitrov Tagarev, Minister of Defense of the Republic of Bulgaria" and then the date on its own line, held-out 26 ga030).
  // Round 45: a photo's credit ends a caption's title too; the title is then read to confirm only (CREDIT_AFTER_RE).
  let credit = false;
  if (
    !attribution &&
    !/^(?:[ \t]*[,.;:)\n]|\s*$|\s+(?:and|who|said|says|told|has|had|is|was|will|would|[a-z]{3,}ed)\b)/.test(
      doc.text.slice(title.end, title.end + 16),
    ) &&
    !(credit = CREDIT_AFTER_RE.test(doc.text.slice(title.end, title.end + 30)))
  )
    return null;
  const claim: TitleClaim = {
    start,
    end: title.end,
    person,
    senses: title.senses,
    explicit: true,
    modifier: AFTER_NAME_MODIFIER[(lead[1] ?? lead[3])?.toLowerCase() ?? ''] ?? 'none',
  };
  if (credit) return { ...claim, soft: true, softReason: "The title ends a photo's caption, before its credit" };
  return attribution && !item ? { ...claim, soft: true, softReason: 'A title after a name with no comma may be run-on words' } : claim;
}

/**
 * "...; Jens Stoltenberg NATO Secretary General; Queen Elizabeth II; ..." (held-out 38 rv002): in a caption's list parted
 * by semicolons, the item NAME COUNTRY TITLE, the country's word right before the role.
 */
function captionQualifiedTitle(doc: Doc, person: PersonMention): TitleClaim | null {
  // Cheap pretest, with no string made: a space right after the name.
  if (doc.text.charCodeAt(person.end) !== 32) return null;
  const q = doc.matches[person.match + 1];
  const r = doc.matches[person.match + 2];
  if (!q || !r || q.start !== person.end + 1 || !/^[ \t]+$/.test(doc.text.slice(q.end, r.start))) return null;
  const qualifiers = qualifierJurisdictions(q);
  const role = r.values.find((v) => v.type === 'role');
  if (!qualifiers.length || !role || !captionListItem(doc, person.start, r.end)) return null;
  const senses = (doc.lexicon.roles.get(role.key) ?? []).filter((s) => qualifiers.includes(s.office.jurisdiction));
  if (!senses.length) return null;
  return { start: person.start, end: r.end, person, senses, explicit: true, modifier: 'none' };
}

/**
 * The words from `start` to `end` are one item of a caption's list parted by semicolons: a semicolon (or the list's
 * colon, or a line's start) right before, a semicolon, a full stop or a line's end right after, and a semicolon on at
 * least one side.
 */
export function captionListItem(doc: Doc, start: number, end: number): boolean {
  const before = /(?:^|[;:\n])[ \t]*$/.exec(doc.text.slice(Math.max(0, start - 4), start));
  const after = /^[ \t]*(?:[;.\n]|$)/.exec(doc.text.slice(end, end + 3));
  if (!before || !after) return false;
  return before[0].trimStart().startsWith(';') || after[0].trimStart().startsWith(';');
}

// "Jake Sullivan, national security adviser to Mr. Biden" (The New York Times, 2021), "Andriy Yermak,
// chief of staff to President Volodymyr Zelensky", "Yuri Ushakov, foreign policy adviser to President
// Vladimir Putin", "John Bolton, the national security adviser to President Trump": an office is named
// by the person it serves, whose country is the office's. The role is read in the country of the
// offices the principal holds that day; with no such office, nothing is claimed.
const TO_PRINCIPAL_LEAD_RE = /^,[ \t]+(?:the[ \t]+)?/;
const TO_RE = /^[ \t]+to[ \t]+/;
// Between "to" and the principal's name: a courtesy or a title of theirs.
const PRINCIPAL_TITLE_RE =
  /^(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+|(?:(?:the[ \t]+)?(?:U\.S\.|US|American|Russian|Ukrainian|British|French|German)[ \t]+)?(?:President|Prime[ \t]+Minister|Chancellor)[ \t]+)?$/;

function titleToPrincipal(doc: Doc, person: PersonMention): TitleClaim | null {
  // Cheap pretest, with no string made: a comma right after the name.
  if (doc.text.charCodeAt(person.end) !== 44) return null;
  const lead = TO_PRINCIPAL_LEAD_RE.exec(doc.text.slice(person.end, person.end + 8));
  if (!lead) return null;
  const r = doc.matches[person.match + 1];
  if (!r || r.start !== person.end + lead[0].length) return null;
  const role = r.values.find((v) => v.type === 'role');
  if (!role) return null;
  const to = TO_RE.exec(doc.text.slice(r.end, r.end + 8));
  if (!to) return null;
  const from = r.end + to[0].length;
  const principal = doc.people.find(
    (p) => p.start >= from && p.start <= from + 40 && PRINCIPAL_TITLE_RE.test(doc.text.slice(from, p.start)),
  );
  if (!principal || principal.personId === person.personId || principal.fuzzy) return null;
  const countries = new Set(
    (doc.facts.officesByPerson.get(principal.personId) ?? [])
      .filter((o) => tenuresOf(principal.personId, o).some((t) => onDay(t, doc.asOf) === 'in'))
      .map((o) => o.jurisdiction),
  );
  const senses = (doc.lexicon.roles.get(role.key) ?? []).filter((s) => countries.has(s.office.jurisdiction));
  if (!senses.length) return null;
  const sure = person.full && !person.fuzzy && senses.some((s) => !s.loose);
  return { start: person.start, end: r.end, person, senses, explicit: true, modifier: 'none', ...(sure ? {} : { soft: true }) };
}
