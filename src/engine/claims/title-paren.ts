// A title in brackets after the name: "Jens Stoltenberg (NATO Secretary General)", "Air Chief
// Marshal Sir Stuart Peach (Chairman of the NATO Military Committee)", "Oleksii Sobolev
// [Ukraine's Economy Minister]". Lists of participants and quotes with an editor's gloss give
// titles this way. The bracket must hold the title alone (it closes right after it), so "X (who
// met NATO Secretary General Y)" says nothing of X. "(then ...)" and "(former ...)" are
// title-former.ts's.
//
// Judged by title.ts's rules: red only when the title names its country or is a fixed title and
// the name is written in full.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { qualifierJurisdictions } from '../doc';
import type { RoleSense } from '../lexicon';
import { titleAnnotation, type TitleClaim } from './title';
import { portfolioSenses } from './title-portfolio';
import { memoByFacts } from '../memo';
import { foldKey } from '../normalize';

const OPEN_RE = /^[ \t]*[([][ \t]*(?:the[ \t]+)?$/;
const CLOSE_RE = /^[ \t]*[)\]]/;
// "of Ukraine", "of the United Kingdom" after the role: the office's country.
const OF_RE = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/;

// Built once (speed, round 41): a literal in parenTitles was a new expression, parsed again, at each call.
const PAREN_TITLES_RE = /[([]/;
export function parenTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most paragraphs hold no bracket: one look before any name is read.
  if (!PAREN_TITLES_RE.test(doc.text)) return out;
  for (const person of doc.people) {
    const claim = bracketedTitle(doc, person);
    if (!claim) continue;
    const annotation = titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  for (const claim of givenNamesInBrackets(doc)) {
    const annotation = titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

// "Prime Minister (Jonas Gahr) Store", "the re-elected president of Turkey (Recep Tayyip)
// Erdogan": given names in brackets between the title and the surname, as translations from
// Russian and Ukrainian write them. Together they are a full name of the fact base's.
const GIVEN_IN_BRACKETS_RE = new RegExp(String.raw`^[ \t]*\(((?:[A-Z][\p{L}'\u2019-]+[ \t]*){1,3})\)[ \t]*([A-Z][\p{L}'\u2019-]+)`, 'u');
const fullNames = memoByFacts((facts, _key: 'full names') => {
  const byName = new Map<string, string>();
  for (const person of facts.people.values()) for (const name of [person.name, ...person.aliases]) byName.set(foldKey(name), person.id);
  return byName;
});

/** Titles followed by a name written with its given names in brackets; confirm-only (the name is read, not matched). */
function givenNamesInBrackets(doc: Doc): TitleClaim[] {
  const out: TitleClaim[] = [];
  let i = 0;
  for (let k = doc.text.indexOf('('); k >= 0; k = doc.text.indexOf('(', k + 1)) {
    // The title's match ends right before the bracket (both lists are in text order).
    while (i + 1 < doc.matches.length && doc.matches[i + 1].end <= k) i++;
    const last = doc.matches[i];
    if (!last || last.end > k || k - last.end > 2) continue;
    // The title may be one match ("President") or a role and its country ("president of Turkey").
    let title: ReadTitle | null = null;
    let titleStart = 0;
    for (const j of [i, i - 1, i - 2]) {
      const t = j >= 0 ? readTitle(doc, j) : null;
      if (t?.end !== last.end) continue;
      title = t;
      titleStart = doc.matches[j].start;
    }
    if (!title) continue;
    const name = GIVEN_IN_BRACKETS_RE.exec(doc.text.slice(title.end, title.end + 60));
    if (!name) continue;
    const personId = fullNames(doc.facts, 'full names').get(foldKey(`${name[1]} ${name[2]}`));
    if (!personId) continue;
    const start = title.end + name[0].indexOf('(');
    const person: PersonMention = { start, end: title.end + name[0].length, personId, full: true, match: -1 };
    out.push({
      start: titleStart,
      end: person.end,
      person,
      senses: title.senses,
      explicit: title.explicit,
      modifier: 'none',
      soft: true,
      softReason: 'The name is written with its given names in brackets',
    });
  }
  return out;
}

function bracketedTitle(doc: Doc, person: PersonMention): TitleClaim | null {
  const i = person.match + 1;
  const m = doc.matches[i];
  if (!m || m.start - person.end > 8 || !OPEN_RE.test(doc.folded.slice(person.end, m.start))) return null;
  let title = readTitle(doc, i);
  if (title && !title.explicit) title = countryAfterComma(doc, title) ?? title;
  const close = title && CLOSE_RE.exec(doc.text.slice(title.end, title.end + 4));
  if (!title || !close) return null;
  const claim = finish(person, title, person.start, title.end + close[0].length);
  // "Rustem Umerov (Minister of Defence)", "Andriy Yermak (Head of the Presidential Office)": a full
  // name glossed with a bare title says what "Defence Minister Rustem Umerov" says, which title.ts
  // flags when stale; the bracket names no other person and holds nothing but the title. The
  // person's own offices tell which country's it is.
  if (claim.soft && person.full && !person.fuzzy && title.senses.some((s) => !s.loose)) return { ...claim, soft: undefined };
  return claim;
}

// Round 43: after a lone surname, ", " (or ", the ") opening a title that names its country.
const SURNAME_COMMA_OPEN_RE = /^,[ \t]+(?:the[ \t]+)?$/;
// Where that title must end: the apposition closes, or the verb of its sentence follows. Not "in", "at", "until" or
// "from", which may name the time it was held ("Erdogan, prime minister of Turkey until 2014").
const SURNAME_TITLE_END_RE = /^(?:[ \t]*[,.;:\n]|[ \t]*$|[ \t]+(?:and|who|said|says|told|has|had|is|was|will|would)\b)/;

/**
 * Round 43: "Erdogan (prime minister of Turkey) said that Ankara would not approve their applications" (held-out 41
 * tm004, 18 May 2022: he had been President since 28 August 2014), "Abramovich ... has previously been photographed with
 * Putin, president of Russia" (tl004, March 2022), "Erdogan, the prime minister of Turkey, said": a title that names its
 * country, in brackets or in apposition, after a surname the page gives alone. title.ts's titleAfter reads the country
 * before the role ("Putin, Russia's president"); this reads it after ("president of Russia") and in brackets. The
 * claim is made of the surname as a match; title-short.ts takes it to be the one bearer of it who ever held an office
 * the title can name, and title.ts's guards for a lone surname decide whether a stale title is red (the surname borne
 * by no one else on record, the sentence of the page's own time). "(then prime minister of Turkey)", "(former ...)"
 * and a title followed by its time ("until 2014", "in 2013") are not read.
 */
export function titleAfterSurname(doc: Doc, person: PersonMention): TitleClaim | null {
  const i = person.match + 1;
  const m = doc.matches[i];
  if (!m || m.start - person.end > 8) return null;
  const gap = doc.folded.slice(person.end, m.start);
  const bracket = OPEN_RE.test(gap);
  if (!bracket && !SURNAME_COMMA_OPEN_RE.test(gap)) return null;
  const title = readTitle(doc, i);
  if (!title?.explicit) return null;
  let end = title.end;
  const tail = doc.text.slice(end, end + 12);
  if (bracket) {
    const close = CLOSE_RE.exec(tail);
    if (!close) return null;
    end += close[0].length;
  } else {
    if (!SURNAME_TITLE_END_RE.test(tail)) return null;
    // "talks between Erdogan, Prime Minister of Turkey, Davutoglu and ...": a list whose next item is a name.
    const next = doc.matches.find((x) => x.start >= end);
    if (next && next.start - end <= 3 && next.values.some((v) => v.type === 'person')) return null;
  }
  const loose = title.senses.every((s) => s.loose);
  return loose
    ? { start: person.start, end, person, senses: title.senses, explicit: true, modifier: 'none', soft: true }
    : { start: person.start, end, person, senses: title.senses, explicit: true, modifier: 'none' };
}

/**
 * "(Minister of Foreign Affairs, Ukraine)": the country after a comma, as NATO's photo captions
 * write it. The title narrowed to that country's office; null when the country has none.
 */
function countryAfterComma(doc: Doc, title: ReadTitle): ReadTitle | null {
  const q = doc.matches.find((m) => m.start > title.end && m.start <= title.end + 3);
  if (!q || !/^,[ \t]*$/.test(doc.text.slice(title.end, q.start))) return null;
  const jurisdictions = qualifierJurisdictions(q);
  const senses = title.senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
  return senses.length ? { senses, explicit: true, end: q.end } : null;
}

export interface ReadTitle {
  senses: RoleSense[];
  /** The title named its country or was a fixed title. */
  explicit: boolean;
  /** Where the title ends in the text. */
  end: number;
}

// Built once (speed, round 41): a literal in readTitle was a new expression, parsed again, at each call.
const READ_TITLE_RE = /^(?:['\u2019]s)?[ \t]+$/;
/**
 * The title that starts at doc.matches[i]: a fixed title, or a role with an optional country
 * before it ("NATO", "Ukraine's") or after it ("of Ukraine"). A generic ministerial word for a
 * country that names the post otherwise ("US foreign minister") is that country's office.
 */
export function readTitle(doc: Doc, i: number): ReadTitle | null {
  const { matches, text } = doc;
  let m = matches[i];
  if (!m) return null;
  let jurisdictions = qualifierJurisdictions(m);
  if (jurisdictions.length && !m.values.some((v) => v.type === 'fixed' || v.type === 'role')) {
    const r = matches[++i];
    if (!r || !READ_TITLE_RE.test(text.slice(m.end, r.start))) return null;
    m = r;
  } else jurisdictions = [];
  const fixed = m.values.find((v) => v.type === 'fixed');
  const role = m.values.find((v) => v.type === 'role');
  if (fixed) {
    const office = doc.facts.offices.get(fixed.office);
    return office ? { senses: [{ office, loose: false }], explicit: true, end: m.end } : null;
  }
  if (!role) return null;
  let end = m.end;
  if (!jurisdictions.length) {
    const after = matches[i + 1];
    if (after && OF_RE.test(text.slice(m.end, after.start))) {
      jurisdictions = qualifierJurisdictions(after);
      if (jurisdictions.length) end = after.end;
    }
  }
  let senses = doc.lexicon.roles.get(role.key) ?? [];
  if (jurisdictions.length) {
    const own = senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
    senses = own.length ? own : portfolioSenses(doc, role.key, jurisdictions);
  }
  return senses.length ? { senses, explicit: jurisdictions.length > 0, end } : null;
}

/** The claim: soft (confirm only) unless the title is explicit, its roles not loose, and the name full. */
export function finish(person: PersonMention, title: ReadTitle, start: number, end: number): TitleClaim {
  const sure = title.explicit && person.full && !person.fuzzy && title.senses.some((s) => !s.loose);
  return { start, end, person, senses: title.senses, explicit: title.explicit, modifier: 'none', ...(sure ? {} : { soft: true }) };
}
