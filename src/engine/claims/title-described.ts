// An office told in words around a name rather than as a title word before it: "Rustem Umerov,
// secretary of Ukraine's National Security and Defence Council", "Andrii Yermak, Head of the
// Ukrainian President's Office", "the head of the Defense Ministry's Main Intelligence Directorate,
// Kyrylo Budanov", "the Secretary of the National Security and Defense Council (NSDC) Rustem
// Umerov", "the general secretary of the alliance, the Norwegian Jens Stoltenberg". Writers and
// translators put the country inside the office's name ("of Ukraine's", "Ukrainian", "of Ukraine"
// at its end), drop or add articles, gloss an acronym in brackets, and write "Defense Ministry" for
// "Ministry of Defence"; the lexicon matches an office's name only as the data spells it, so these
// said nothing.
//
// The words of the phrase are reduced to a key (the country taken out and kept as the office's
// jurisdiction, articles and bracketed glosses dropped, spellings unified) and compared with the
// office names of the fact base reduced the same way. Only a whole phrase that is an office's name
// is read, so "deputy head of the President's Office" is not the head of it. Judged by title.ts's
// rules; red only when the country was named (or the phrase names a person's office: "head of
// President Zelensky's office") and the name is written in full.
import type { Office } from '../../facts/schema';
import type { FactIndex } from '../../facts/load';
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { LexEntry, RoleSense } from '../lexicon';
import { memoByFacts } from '../memo';
import { holdersOn, onDay, tenuresOf } from '../holders';
import {
  NATIONALITY_BETWEEN_REASON,
  namesAnotherOffice,
  nationalityBefore,
  titleAnnotation,
  titleRunsToNextName,
  type TitleClaim,
} from './title';
import { compiledOnFirstRun } from '../triggers';

// How far a phrase may run from the name.
const REACH = 110;
// What ends a phrase: a clause's punctuation or a quotation mark (a comma ends it after the name;
// before the name a comma is where it started).
// One character at a time, looked up in a string (not a regular expression per character).
const HARD_STOPS = '.;:!?\n"“”';
// After the name, the same, but not the stop of an initial: "commander of U.S. European Command".
const PHRASE_STOP_RE = /[;:!?\n"\u201c\u201d]|(?<!(?:^|[^A-Za-z])[A-Z])\./;
// After a phrase read after the name: where an apposition ends. Not "who": "the head of the
// President's Office who resigned in November" tells of the office's past.
const PHRASE_END_RE =
  /^(?:\s*[,.;:)\n\u2013\u2014-]|\s*$|\s+(?:and|said|says|told|has|had|is|was|were|will|would|noted|added|stated|stressed|wrote|explained|announced|confirmed|reported)\b)/;
// Words that make the phrase a past, future or other office: title.ts and title-former.ts read
// those with the time the text tells; not read here.
// After the name: a comma, or a comma and a present-tense "who is", "who serves as", "who heads"
// ("who was" is title-former.ts's, told of a past time).
const WHO_LEAD_RE = /^,[ \t]+(?:who[ \t]+(is|serves[ \t]+as|heads|leads)[ \t]+)?(?:the[ \t]+)?/;
// "Andriy Yermak — Head of the Office of the President of Ukraine, Head of the Delegation;" (a list of a
// delegation, November 2025): a dash between spaces for the comma. Read on the text: folding makes a dash a space.
const DASH_LEAD_RE = /^[ \t]+[\u2014\u2013-][ \t]+(?:the[ \t]+)?/;
const LEAD_MODIFIER_RE = /^(?:former|ex|then|outgoing|acting|interim|later|previously|once|until|now|also)[ \t]+/;
const COMPLEMENT_BEFORE_RE = /(?:^|[^a-z])(?:of|to|for)[ \t]+$/;
const ACCORDING_TO_RE = /(?:^|[^a-z])according[ \t]+to[ \t]+$/;
// A modifier, then one word (a country: "former british chancellor of the exchequer").
const MODIFIER_COUNTRY_BEFORE_RE = compiledOnFirstRun(
  /(?:^|[^a-z])(?:former|ex|then|outgoing|acting|interim|caretaker|late|previous|incoming|future)[ \t]+[a-z.]+[ \t]+$/,
);
const BEFORE_MODIFIER_RE = compiledOnFirstRun(
  /(?:^|[^a-z])(?:former|ex|then|outgoing|acting|interim|caretaker|late|previous|past|incoming|future|new|newly elected|would be)[ \t]+$/,
);
// "the new ", "the incoming ", "the next " before a title described (describedBefore).
const AHEAD_BEFORE_RE = compiledOnFirstRun(/(?:^|[^a-z])(new|incoming|next|future)[ \t]+$/);
// "the alliance", "the Alliance": NATO, in every page this engine reads; so are "the North Atlantic Alliance" and "the
// Atlantic Alliance" ("Secretary General of the North Atlantic Alliance, Mark Rutte", November 2024; held-out 18 wa050).
const ALLIANCE_RE = /\b(?:the[ \t]+)?(?:(?:north[ \t]+)?atlantic[ \t]+)?alliance(?:'s)?(?![a-z])/g;

/**
 * Phrases reduced so far: the same few phrases are reduced for every name on a page, and each
 * reduction is a dozen replacements. Bounded: past the limit it starts again.
 */
const reducedPhrases = new Map<string, string>();

/** A phrase's words reduced to the form office names are compared in. */
function reduceOfficePhrase(folded: string): string {
  let reduced = reducedPhrases.get(folded);
  if (reduced === undefined) {
    if (reducedPhrases.size >= 10_000) reducedPhrases.clear();
    reducedPhrases.set(folded, (reduced = reducePhrase(folded)));
  }
  return reduced;
}

// Built once (speed, round 41): a literal in reducePhrase was a new expression, parsed again, at each call.
const REDUCE_PHRASE_RE = /\([^)]*\)/g;
const REDUCE_PHRASE_RE2 = /defense/g;
const REDUCE_PHRASE_RE3 = /\bministry of defence\b/g;
const REDUCE_PHRASE_RE4 = /\bministry of foreign affairs\b/g;
const REDUCE_PHRASE_RE5 = /\b([a-z]+ ministry)'s((?: [a-z]+){1,4})$/;
const REDUCE_PHRASE_RE6 = /[^a-z0-9' ]+/g;
const REDUCE_PHRASE_RE7 = / '(?=s\b)/g;
const REDUCE_PHRASE_RE8 = /\b(?:the|a|an)\b/g;
const REDUCE_PHRASE_RE9 = /\s+/g;
const REDUCE_PHRASE_RE10 = /^ | $/g;
const REDUCE_PHRASE_RE11 = /(?: of)+$/;
const REDUCE_PHRASE_RE12 = /\bof of\b/g;
const REDUCE_PHRASE_RE13 = /^head of ([a-z]+) ministry$/;
const REDUCE_PHRASE_RE14 = /^(?:head|chief) of diplomacy$/;
const REDUCE_PHRASE_RE15 = /^diplom(?:acy|atic) (?:chief|head)$/;
const REDUCE_PHRASE_RE16 = /^([a-z]+) ministry (?:head|chief)$/;
const REDUCE_PHRASE_RE17 = /^(?:head|chief) of ((?:[a-z']+ )*committee)$/;
const REDUCE_PHRASE_RE18 = /^((?:[a-z']+ )*committee) (?:head|chief)$/;
const REDUCE_PHRASE_RE19 = / service (chief|head|director)$/;
const REDUCE_PHRASE_RE20 = /^(chief|head) of general staff of armed forces$/;
function reducePhrase(folded: string): string {
  return (
    folded
      .replace(REDUCE_PHRASE_RE, ' ')
      .replace(REDUCE_PHRASE_RE2, 'defence')
      .replace(REDUCE_PHRASE_RE3, 'defence ministry')
      .replace(REDUCE_PHRASE_RE4, 'foreign ministry')
      // "the Defense Ministry's Main Intelligence Directorate" is "the Main Intelligence Directorate of the Defense Ministry".
      .replace(REDUCE_PHRASE_RE5, '$2 of $1')
      .replace(REDUCE_PHRASE_RE6, ' ')
      .replace(REDUCE_PHRASE_RE7, "'")
      .replace(REDUCE_PHRASE_RE8, ' ')
      .replace(REDUCE_PHRASE_RE9, ' ')
      .replace(REDUCE_PHRASE_RE10, '')
      .replace(REDUCE_PHRASE_RE11, '')
      .replace(REDUCE_PHRASE_RE12, 'of')
      // "the head of the Ukrainian Foreign Ministry", "Head of the Ministry of Foreign Affairs of Ukraine":
      // a ministry's head is its minister.
      .replace(REDUCE_PHRASE_RE13, '$1 minister')
      // "the head of Swedish diplomacy, Tobias Billström", "chief of French diplomacy Jean-Noël Barrot" (the French and
      // Spanish press's "chef de la diplomatie", translated): the country taken out, a country's diplomacy is headed by
      // its foreign minister.
      .replace(REDUCE_PHRASE_RE14, 'foreign minister')
      // Round 35: the same head written after its diplomacy ("European diplomacy Chief Josep Borrell", held-out 33 oa008;
      // "the US diplomacy chief"), a ministry's head after the ministry ("Ukrainian Foreign Ministry head Dmytro Kuleba").
      .replace(REDUCE_PHRASE_RE15, 'foreign minister')
      .replace(REDUCE_PHRASE_RE16, '$1 minister')
      // Round 35: a committee's head or chief is its chair ("The head of NATO's Military Committee, Rob Bauer", held-out 33
      // oc016; "NATO Military Committee chief Giuseppe Cavo Dragone"). Only a committee: a council's "head" may be its
      // secretary as the press writes it ("NSDC head Oleksiy Danilov").
      .replace(REDUCE_PHRASE_RE17, 'chair of $1')
      .replace(REDUCE_PHRASE_RE18, '$1 chair')
      // "Russia's Foreign Intelligence Service chief Sergey Naryshkin" (March 2022): a service's chief is named by the
      // service with or without the word; "Chief of General Staff of Russian Armed Forces Valery Gerasimov": the general
      // staff is the armed forces' own, the country taken out.
      .replace(REDUCE_PHRASE_RE19, ' $1')
      .replace(REDUCE_PHRASE_RE20, '$1 of general staff')
  );
}

// Built once (speed, round 41): a literal in add was a new expression, parsed again, at each call.
const ADD_RE = /[\u2019`]/g;
const ADD_RE2 = /-/g;
/** Every office's roles (and fixed titles), reduced, to the offices they name; loose roles marked loose. */
const officeKeys = memoByFacts((facts: FactIndex, _key: 'keys'): Map<string, RoleSense[]> => {
  const out = new Map<string, RoleSense[]>();
  const add = (name: string, office: Office, loose: boolean) => {
    const key = reduceOfficePhrase(name.toLowerCase().replace(ADD_RE, "'").replace(ADD_RE2, ' '));
    const list = out.get(key) ?? [];
    if (!list.some((s) => s.office === office)) list.push({ office, loose });
    out.set(key, list);
  };
  for (const office of facts.offices.values()) {
    for (const r of office.roles) add(r, office, false);
    for (const r of office.looseRoles ?? []) add(r, office, true);
    for (const r of office.fixedTitles ?? []) add(r, office, false);
    // Round 35: an office the press calls its jurisdiction's top diplomat heads that jurisdiction's diplomacy, read as its
    // foreign minister ("Head of Diplomacy of the EU Kaja Kallas", held-out 33 oc035: the EU's High Representative). A
    // loose word (confirmed, never flagged); a foreign minister's own strict sense is kept (added first).
    if (office.looseRoles?.includes('top diplomat')) add('foreign minister', office, true);
  }
  return out;
});

/**
 * The first and last words of the keys: a cheap test of a phrase before it is reduced (most words
 * after a comma or before a name start or end no office's name). "alliance" ends "of the alliance",
 * which is taken out as NATO; "ministry" ends "head of the Foreign Ministry", read as its minister.
 */
const keyEdges = memoByFacts((facts: FactIndex, _key: 'edges'): { first: Set<string>; last: Set<string> } => {
  const first = new Set<string>();
  // Round 35: "head", "chief" end "Foreign Ministry head", "diplomacy chief" and "Military Committee head" (reducePhrase).
  const last = new Set<string>(['alliance', 'ministry', 'head', 'chief', 'committee']);
  // "the Defense Ministry's Main Intelligence Directorate" ends where its key's "... directorate of
  // defence ministry" has "of": the word before each "of" may end a phrase too.
  const both = (set: Set<string>, word: string) => set.add(word).add(word.replace('defence', 'defense'));
  for (const key of officeKeys(facts, 'keys').keys()) {
    const words = key.split(' ');
    both(first, words[0]);
    both(last, words[words.length - 1]);
    words.forEach((w, i) => words[i + 1] === 'of' && both(last, w));
  }
  return { first, last };
});

// Built once (speed, round 41): a literal in wordFrom was a new expression, parsed again, at each call.
const WORD_FROM_RE = /^[a-z0-9']+/;
/** The word of the folded text that starts at `at`, or ends at `to`. */
const wordFrom = (folded: string, at: number) => WORD_FROM_RE.exec(folded.slice(at, at + 40))?.[0] ?? '';
// The run of word characters ending at `to` (at most 40 back), read backwards: an expression ending
// on "$" tries every position of the window.
const wordTo = (folded: string, to: number) => {
  const from = Math.max(0, to - 40);
  const end = Math.min(to, folded.length);
  let i = end;
  while (i > from && isWordTail(folded.charCodeAt(i - 1))) i--;
  return folded.slice(i, end);
};
/** [a-z0-9'] */
const isWordTail = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 39;

/** Where the doc's qualifiers ("Ukraine's", "Ukrainian") start and end: a phrase may begin or end with one. */
function qualifierEdges(doc: Doc): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const m of doc.matches) {
    if (!m.values.some((v) => v.type === 'qualifier')) continue;
    starts.add(m.start);
    ends.add(m.end);
  }
  return { starts, ends };
}

interface Reduced {
  key: string;
  jurisdictions: string[];
  /** The phrase is one lexicon title standing where title.ts reads it (nothing after it, no gloss): not this form's. */
  plain: boolean;
}

// Built once (speed, round 41): a literal in reduceSpan was a new expression, parsed again, at each call.
const REDUCE_SPAN_RE = /(?:^|[^a-z])(?:to|in)[ \t]+(?:the[ \t]+)?$/;
const REDUCE_SPAN_RE2 = /^[ \t]+command\b/;
const REDUCE_SPAN_RE3 = /^['\u2019]s\b/;
/**
 * The phrase doc.text[from, to) reduced: qualifiers ("Ukraine's", "Ukrainian", "of Ukraine") taken
 * out as its jurisdictions, a person's name in it ("President Zelensky's office") taken out and their
 * offices' countries kept. Null when it names another person whose offices are not known on the day.
 */
function reduceSpan(doc: Doc, from: number, to: number, firstMatch: number): Reduced | null {
  const { folded, matches } = doc;
  const jurisdictions: string[] = [];
  let text = '';
  let at = from;
  let titleWords = 0;
  let titleText = '';
  let titleEnd = -1;
  // A country after the title ("of Ukraine", "of the alliance") is not where title.ts reads one.
  let countryAfterTitle = false;
  for (let i = firstMatch; i < matches.length && matches[i].start < to; i++) {
    const m = matches[i];
    if (m.start < from || m.end > to) continue;
    // What the match names, in one pass over its values (speed, round 42: it was four, each with a closure): a qualifier,
    // the first person, a title.
    let qualifier = false;
    let person: Extract<LexEntry, { type: 'person' }> | undefined;
    let title = false;
    for (const v of m.values) {
      if (v.type === 'qualifier') qualifier = true;
      else if (v.type === 'person') person ??= v;
      else if (v.type === 'role' || v.type === 'fixed') title = true;
    }
    if (title) {
      titleWords++;
      titleText = folded.slice(m.start, m.end);
      titleEnd = m.end;
    }
    // The words around are read only for a qualifier that may be taken out: most matches are names and titles.
    if (
      qualifier &&
      !title &&
      // "ambassadors to Russia": a country after "to" or "in" is the post's destination, part of its name.
      !REDUCE_SPAN_RE.test(folded.slice(Math.max(0, m.start - 8), m.start)) &&
      // "U.S. European Command", "Africa Command": a region before "Command" names a military command, not a country.
      !REDUCE_SPAN_RE2.test(folded.slice(m.end, m.end + 9))
    ) {
      for (const v of m.values) if (v.type === 'qualifier') jurisdictions.push(v.jurisdiction);
      if (titleWords) countryAfterTitle = true;
      text += folded.slice(at, m.start);
      at = m.end;
      // "Ukraine's National Security ...": the possessive goes with the country.
      if (REDUCE_SPAN_RE3.test(folded.slice(at, at + 3))) at += 2;
    } else if (person) {
      const ids = [
        ...new Set(
          (doc.facts.officesByPerson.get(person.id) ?? [])
            .filter((o) => holdersOn(o, doc.asOf).some((t) => t.holder.person === person.id))
            .map((o) => o.jurisdiction),
        ),
      ];
      if (!ids.length) return null;
      jurisdictions.push(...ids);
      text += folded.slice(at, m.start);
      at = m.end;
    }
  }
  text += folded.slice(at, to);
  if (text.includes('alliance')) {
    jurisdictions.push('nato');
    text = text.replace(ALLIANCE_RE, ' ');
    countryAfterTitle = true;
  }
  const key = reduceOfficePhrase(text);
  return { key, jurisdictions, plain: titleWords === 1 && !countryAfterTitle && titleEnd === to && key === reduceOfficePhrase(titleText) };
}

interface Found {
  senses: RoleSense[];
  explicit: boolean;
  /** A plural title given one name ("US ambassadors to Russia, John Sullivan"): a translation's slip, confirmed only. */
  plural?: boolean;
}

// Built once (speed, round 41): a literal in sensesFor was a new expression, parsed again, at each call.
const SENSES_FOR_RE = /^([a-z]+?)(ies|s)\b/;
function sensesFor(doc: Doc, reduced: Reduced): Found | null {
  const keys = officeKeys(doc.facts, 'keys');
  let all = keys.get(reduced.key);
  let plural = false;
  if (!all?.length) {
    const head = SENSES_FOR_RE.exec(reduced.key);
    if (!head || /ss$/.test(head[0])) return null;
    all = keys.get(head[1] + (head[2] === 'ies' ? 'y' : '') + reduced.key.slice(head[0].length));
    plural = true;
    if (!all?.length) return null;
  }
  if (!reduced.jurisdictions.length) return { senses: all, explicit: false, plural };
  const own = all.filter((s) => reduced.jurisdictions.includes(s.office.jurisdiction));
  return own.length ? { senses: own, explicit: true, plural } : null;
}

/** The index of the first match at or after `pos`. */
function matchAt(doc: Doc, pos: number, near: number): number {
  let i = Math.min(Math.max(near, 0), doc.matches.length - 1);
  while (i > 0 && doc.matches[i - 1].end > pos) i--;
  while (i < doc.matches.length && doc.matches[i].end <= pos) i++;
  return i;
}

export function describedTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.people.length) return out;
  const edges = keyEdges(doc.facts, 'edges');
  const qualifiers = qualifierEdges(doc);
  for (const person of doc.people) {
    if (person.match < 0) continue;
    const claim = describedAfter(doc, person, edges, qualifiers) ?? describedBefore(doc, person, edges, qualifiers);
    const annotation = claim && titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** "Name, [the] PHRASE" with the phrase ending the apposition. */
type Edges = { first: Set<string>; last: Set<string> };
type QualifierEdges = { starts: Set<number>; ends: Set<number> };

function describedAfter(doc: Doc, person: PersonMention, edges: Edges, qualifiers: QualifierEdges): TitleClaim | null {
  const { folded, text } = doc;
  const commaLead = WHO_LEAD_RE.exec(folded.slice(person.end, person.end + 30));
  // Cheap pretest before the dash's look: a space, then a dash.
  const dashAt = !commaLead && text.charCodeAt(person.end) === 32 && '—–-'.includes(text[person.end + 1] ?? ' ');
  const lead = commaLead ?? (dashAt ? DASH_LEAD_RE.exec(text.slice(person.end, person.end + 12)) : null);
  if (!lead) return null;
  const dash = !commaLead;
  const from = person.end + lead[0].length;
  const phraseFrom = from;
  // "X, who heads Ukraine's Presidential Office": the office is the head of what follows.
  const headOf = !!lead[1] && /^(?:heads|leads)$/.test(lead[1]);
  // Most appositions start with no office's first word ("X, who", "X, 65,"): nothing to reduce.
  if (!headOf && !edges.first.has(wordFrom(folded, from)) && !qualifiers.starts.has(from)) return null;
  // "X, former ...", "X, then ...": title-former.ts reads those, with the time the text tells.
  if (LEAD_MODIFIER_RE.test(folded.slice(from, from + 12))) return null;
  // The phrase runs to a clause's end or the next comma.
  const window = text.slice(phraseFrom, phraseFrom + REACH);
  let limit = window.length;
  const hard = PHRASE_STOP_RE.exec(window);
  if (hard) limit = hard.index;
  const comma = window.indexOf(',');
  if (comma >= 0 && comma < limit) limit = comma;
  const first = matchAt(doc, phraseFrom, person.match + 1);
  // Longest first: each word end from the limit back.
  for (let end = phraseFrom + limit; end > phraseFrom; end = folded.lastIndexOf(' ', end - 1)) {
    const to = end;
    if (to <= phraseFrom) break;
    if (!/[a-z)]/.test(folded[to - 1])) continue;
    if (folded[to - 1] !== ')' && !edges.last.has(wordTo(folded, to)) && !qualifiers.ends.has(to)) continue;
    if (!PHRASE_END_RE.test(text.slice(to, to + 14)) || titleRunsToNextName(doc, to)) continue;
    const reduced = reduceSpan(doc, phraseFrom, to, first);
    // A plain title after "who is" or a dash is not title.ts's: read it here.
    if (!reduced || (reduced.plain && !lead[1] && !dash)) continue;
    // "Rutte, who heads NATO": the phrase is the jurisdiction alone, whose head is meant (a loose word).
    const found =
      headOf && !reduced.key && reduced.jurisdictions.length
        ? (sensesFor(doc, { ...reduced, key: 'head' }) ?? sensesFor(doc, { ...reduced, key: 'leader' }))
        : // "who heads Ukraine's defence ministry": the head of a ministry is its minister, as reduced.
          sensesFor(doc, headOf ? { ...reduced, key: reduceOfficePhrase(`head of ${reduced.key}`) } : reduced);
    if (!found) continue;
    return finishDescribed(person, found, person.start, to);
  }
  return null;
}

// Between the phrase and the name: a comma, or nothing; then perhaps the person's nationality ("the
// Norwegian Jens Stoltenberg").
const GAP_BEFORE_RE = /^(?:,[ \t]+|[ \t]+)(?:the[ \t]+)?$/;

// Built once (speed, round 41): a literal in describedBefore was a new expression, parsed again, at each call.
const DESCRIBED_BEFORE_RE = /^[ \t]+$/;
const DESCRIBED_BEFORE_RE2 = /(?:,[ \t]+|[ \t]+)(?:the[ \t]+)?$/;
const DESCRIBED_BEFORE_RE3 = /[,\u2013\u2014-]/;
const DESCRIBED_BEFORE_RE4 = /[a-z)]/;
const DESCRIBED_BEFORE_RE5 = /[a-z]/;
const DESCRIBED_BEFORE_RE6 = /[a-z0-9']/;
const DESCRIBED_BEFORE_RE7 = /^the[ \t]+/;
// Round 41: "The head of the alliance since 2014 is Jens Stoltenberg" (AFP, March 2024, held-out 39 sm001), "the head of
// Ukraine's diplomacy since September 2024 has been Andrii Sybiha": the phrase, the year its holder took it up, then "is" or
// "has been" and the name (folded text). Only confirmed, and only when the person took up that office in the year told.
const SINCE_IS_BEFORE_RE =
  /[ \t]since[ \t]+(?:(?:early|mid|late)[ \t-]*)?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)[ \t]+(?:\d{1,2},?[ \t]+)?)?(\d{4}),?[ \t]+(?:is|has[ \t]+been|remains)[ \t]+$/;

/** "[the] PHRASE[,] Name", or "the PHRASE since YEAR is Name" (confirmed only). */
function describedBefore(doc: Doc, person: PersonMention, edges: Edges, qualifiers: QualifierEdges): TitleClaim | null {
  const { folded } = doc;
  // A cheap look first: the name right after "is", "been" or "remains".
  const since =
    (folded.endsWith('is ', person.start) || folded.endsWith('been ', person.start) || folded.endsWith('remains ', person.start)) &&
    folded.lastIndexOf(' since ', person.start) > person.start - 50
      ? SINCE_IS_BEFORE_RE.exec(folded.slice(Math.max(0, person.start - 50), person.start))
      : null;
  if (!since)
    return (
      describedBeforeTo(doc, person, edges, qualifiers) ?? ownOfficeBracket(doc, person) ?? slashTitles(doc, person, edges, qualifiers)
    );
  const claim = describedBeforeTo(doc, person, edges, qualifiers, person.start - since[0].length);
  const year = since[1];
  const began =
    !!claim &&
    claim.senses.some((s) =>
      tenuresOf(person.personId, s.office).some((t) => [t.holder.start, ...(t.holder.altStart ?? [])].some((d) => d.startsWith(year))),
    );
  return began ? { ...claim!, soft: true, softReason: 'A title told with the year its holder took it up, read only to confirm' } : null;
}

// Round 41: "as well as with the head of my Office [Andrii Yermak – ed.]" (Zelensky, February 2025, held-out 39 sg021), "our
// chief of staff [NAME]": a leader's own office, headed by the person an editor's bracket names. "My" is the speaker's, whom
// the page may not name, so this only confirms: the named person heads a leader's office (a president's or prime
// minister's office or administration, a chief of staff) that day.
const OWN_OFFICE_BRACKET_RE =
  /(?:^|[^a-z])((?:head|chief)[ \t]+of[ \t]+(?:my|our)[ \t]+(?:office|administration)|(?:my|our)[ \t]+chief[ \t]+of[ \t]+staff)[ \t]*\[$/;
const OWN_OFFICE_NAME_RE =
  /^(?:(?:Head|Chief) of (?:the )?(?:Office of the (?:President|Prime Minister)|Presidential (?:Office|Administration))|Chief of Staff of the Presidential Administration|White House Chief of Staff)\b/;
const EDITOR_CLOSE_RE = /^(?:[ \t]*[\u2013\u2014-][ \t]*(?:ed|eds|editor|transl?)\.?[ \t]*)?\]/i;

// Round 41: "the High Representative of the Union for Foreign Affairs and Security Policy/Vice-President of the European
// Commission, Kaja Kallas" (Romania's foreign ministry, June 2025, held-out 39 sg024), "Deputy Prime Minister / Foreign
// Minister of Poland, Radosław Sikorski": two titles of one person joined by a slash before the name. The first is read as
// any phrase before a name is; only to confirm (the second is not judged).
const SLASH_SECOND_RE = new RegExp(String.raw`^\/[ \t]*(?:[A-Z][\p{L}'\u2019.-]*|of|the|for|and|on|to|[ \t])+?,?[ \t]+$`, 'u');

function slashTitles(doc: Doc, person: PersonMention, edges: Edges, qualifiers: QualifierEdges): TitleClaim | null {
  const from = Math.max(0, person.start - 70);
  const at = doc.text.slice(from, person.start).lastIndexOf('/');
  const slash = from + at;
  if (at < 0 || !SLASH_SECOND_RE.test(doc.text.slice(slash, person.start))) return null;
  // Nothing else of a person or a title's list between: no name in the second title.
  if (doc.people.some((p) => p !== person && p.start > slash && p.start < person.start)) return null;
  const claim = describedBeforeTo(doc, person, edges, qualifiers, slash);
  return claim ? { ...claim, soft: true, softReason: 'The first of two titles joined by a slash, read only to confirm' } : null;
}

function ownOfficeBracket(doc: Doc, person: PersonMention): TitleClaim | null {
  if (doc.folded.charCodeAt(person.start - 1) !== 91 /* [ */ || !person.full || person.fuzzy) return null;
  const m = OWN_OFFICE_BRACKET_RE.exec(doc.folded.slice(Math.max(0, person.start - 40), person.start));
  if (!m || !EDITOR_CLOSE_RE.test(doc.text.slice(person.end, person.end + 16))) return null;
  const offices = (doc.facts.officesByPerson.get(person.personId) ?? []).filter(
    (o) => OWN_OFFICE_NAME_RE.test(o.name) && tenuresOf(person.personId, o).some((t) => onDay(t, doc.asOf) === 'in'),
  );
  if (!offices.length) return null;
  const start = person.start - m[0].length + m[0].indexOf(m[1]);
  return {
    start,
    end: person.end,
    person,
    senses: offices.map((office) => ({ office, loose: false })),
    explicit: true,
    modifier: 'none',
    soft: true,
    softReason: "A leader's own office told by the speaker, the holder named in an editor's bracket",
  };
}

function describedBeforeTo(doc: Doc, person: PersonMention, edges: Edges, qualifiers: QualifierEdges, sinceTo?: number): TitleClaim | null {
  const { folded, text, matches } = doc;
  let gapStart = person.start;
  // A nationality right before the name is the person's, not the office's.
  const q = matches[person.match - 1];
  let nationalityAfterComma = false;
  if (q && q.values.every((v) => v.type === 'qualifier') && DESCRIBED_BEFORE_RE.test(text.slice(q.end, person.start))) {
    if (/(?:,[ \t]+|^)the[ \t]+$/.test(folded.slice(Math.max(0, q.start - 8), q.start))) gapStart = q.start;
  }
  // Round 35: "the Secretary General of the Atlantic Alliance, Dutchman Mark Rutte" (held-out 33 oc036), "..., Norway's Jens
  // Stoltenberg": a possessive or a demonym noun after a comma (title.ts nationalityBefore). It only confirms: a list may
  // put a name with its nationality after a title that is not its own.
  if (gapStart === person.start) {
    const nationality = nationalityBefore(doc, person);
    if (nationality && /,[ \t]+$/.test(folded.slice(Math.max(0, nationality.start - 3), nationality.start))) {
      gapStart = nationality.start;
      nationalityAfterComma = true;
    }
  }
  let to = sinceTo ?? 0;
  if (sinceTo === undefined) {
    const gapMatch = DESCRIBED_BEFORE_RE2.exec(folded.slice(Math.max(0, gapStart - 8), gapStart));
    if (!gapMatch || !GAP_BEFORE_RE.test(gapMatch[0])) return null;
    to = gapStart - gapMatch[0].length;
  }
  // "The Prime Minister of the Netherlands, Mark Rutte's successor Dick Schoof, said" (round 27): after a comma or a dash
  // (folded to a space) the phrase stands in apposition to the whole possessive phrase, not to the name.
  if (REDUCE_SPAN_RE3.test(text.slice(person.end, person.end + 3)) && DESCRIBED_BEFORE_RE3.test(text.slice(to, person.start))) return null;
  if (to <= 0 || !DESCRIBED_BEFORE_RE4.test(folded[to - 1])) return null;
  // The word before the name must end an office's name (or be a country or a gloss in brackets).
  if (folded[to - 1] !== ')' && !edges.last.has(wordTo(folded, to)) && !qualifiers.ends.has(to)) return null;
  const window = text.slice(Math.max(0, to - REACH), to);
  let from = to - window.length;
  for (let k = window.length - 1; k >= 0; k--) {
    const ch = window[k];
    if (HARD_STOPS.includes(ch) || ch === ',' || ch === '(' || ch === ')') {
      // Brackets inside the phrase are a gloss ("(NSDC)"): step over a closed pair.
      if (window[k] === ')') {
        const open = window.lastIndexOf('(', k);
        if (open >= 0) {
          k = open;
          continue;
        }
      }
      from = to - window.length + k + 1;
      break;
    }
  }
  const first = matchAt(doc, from, person.match - 6);
  // Longest first: each word start from the clause's start on.
  for (let start = from; start < to; start = nextWord(folded, start, to)) {
    if (!DESCRIBED_BEFORE_RE5.test(folded[start])) continue;
    if (start > 0 && DESCRIBED_BEFORE_RE6.test(folded[start - 1])) continue;
    let phraseFrom = start;
    if (DESCRIBED_BEFORE_RE7.test(folded.slice(start, start + 4))) phraseFrom += 4;
    if (!edges.first.has(wordFrom(folded, phraseFrom)) && !qualifiers.starts.has(phraseFrom)) continue;
    const reduced = reduceSpan(doc, phraseFrom, to, first);
    if (!reduced || reduced.plain) continue;
    const found = sensesFor(doc, reduced);
    if (!found) continue;
    // "the deputy head of ...", "first deputy ...": another office. "an adviser to the head of the
    // President's Office, X", "the wife of the Secretary General, X": the phrase completes another
    // noun, which is what the name is.
    if (namesAnotherOffice(folded, start)) return null;
    // Round 35: "According to the head of the Ukrainian Foreign Ministry, Dmytro Kuleba" (held-out 33 oc024), "the delivery of
    // membership documents to the head of American diplomacy Antony Blinken" (od006): "to", "of", "for" after a verb or
    // a thing (not a person) complete nothing the name is. The phrase still may complete a person ("an adviser to the head
    // of the President's Office, X"), so it only confirms: whichever the name is, it holds the office if its record says so.
    const complement =
      COMPLEMENT_BEFORE_RE.test(folded.slice(Math.max(0, start - 12), start)) &&
      !ACCORDING_TO_RE.test(folded.slice(Math.max(0, start - 16), start));
    // "the first meeting chaired by the new Secretary General of the Alliance, Mark Rutte" (September 2024, of October's
    // meeting; held-out 19 xa044): "new", "incoming", "next" are read as title.ts reads them, of a holder about to take
    // office. It only confirms: the words around may tell of a plan as much as of an appointment.
    const ahead = AHEAD_BEFORE_RE.exec(folded.slice(Math.max(0, start - 12), start));
    if (ahead)
      return {
        ...finishDescribed(person, found, start, person.end),
        ...(ahead[1] === 'new' ? {} : { modifier: 'elect' as const }),
        soft: true,
        softReason: 'A holder about to take office is told in words of its own',
      };
    // "the former head of ...", "Former British Chancellor of the Exchequer ...": title.ts's
    // modifiers, also before a country, not read here.
    if (
      BEFORE_MODIFIER_RE.test(folded.slice(Math.max(0, start - 12), start)) ||
      MODIFIER_COUNTRY_BEFORE_RE.test(folded.slice(Math.max(0, start - 40), start))
    )
      return null;
    const claim = finishDescribed(person, found, start, person.end);
    // Read only where it confirms: otherwise the phrase is left to the readers of the noun it completes ("a special envoy
    // of the president of the United States Steve Witkoff", counterpart.ts), as before.
    if (complement)
      return found.senses.some((s) => tenuresOf(person.personId, s.office).some((t) => onDay(t, doc.asOf) === 'in'))
        ? { ...claim, soft: true, softReason: 'The office may be of another person the phrase completes' }
        : null;
    if (nationalityAfterComma) return { ...claim, soft: true, softReason: NATIONALITY_BETWEEN_REASON };
    return claim;
  }
  return null;
}

function nextWord(folded: string, at: number, to: number): number {
  const space = folded.indexOf(' ', at);
  return space < 0 || space >= to ? to : space + 1;
}

function finishDescribed(person: PersonMention, found: Found, start: number, end: number): TitleClaim {
  const sure = !found.plural && found.explicit && person.full && !person.fuzzy && found.senses.some((s) => !s.loose);
  const softReason = found.plural
    ? 'A plural title given one name'
    : sure
      ? undefined
      : 'The office is told in words of its own, with no country named';
  return {
    start,
    end,
    person,
    senses: found.senses,
    explicit: found.explicit,
    modifier: 'none',
    ...(softReason ? { soft: true, softReason } : {}),
  };
}
