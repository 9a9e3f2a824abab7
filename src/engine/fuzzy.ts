// Misspelt names after a title ("Secretary General Jans Stoltenberg"): fuse.js over the
// holders of the offices that title can name, never over everyone, so a typo can only be
// taken for someone who plausibly fits the title. Run once while the Doc is built (doc.ts),
// so every detector sees the same people and none edits what another reads.
import Fuse from 'fuse.js';
import type { Office } from '../facts/schema';
import type { LexEntry, Lexicon } from './lexicon';
import type { Match } from './matcher';
import { memoByFacts } from './memo';
import { foldKey } from './normalize';
import { warmed, compiledOnFirstRun } from './triggers';

// After the title, or after a comma: "the President of the European Council, Antoniou Kosta";
// a courtesy word may come first ("the Prime Minister of the Republic of Estonia, Mrs. Kaja Klass").
// A word of the name stops before a possessive "'s" ("Chancellor Angel Merkel’s conservatives", held-out 14 l012).
const NAME_WORD = "\\p{Lu}[\\p{L}'’-]+?(?=(?:['’]s)?(?![\\p{L}'’-]))";
// An officer's rank before the name is no part of it: "Colonel General Oleksandr Syrskyi", "Air Chief Marshal Stuart Peach".
const RANK =
  '(?:(?:(?:(?:Lt|Lieutenant|Vice|Rear|Brig|Brigadier|Maj|Major|Col|Colonel)\\.?[ \\t]+)?(?:General|Gen|Admiral|Adm)\\.?|Air[ \\t]+(?:Chief[ \\t]+)?Marshal)[ \\t]+)?';
const CAPITALISED_NAME = new RegExp(
  `^,?[ \\t]+(?:(?:Mr|Ms|Mrs|Dr|Madam|Mister)\\.?[ \\t]+)?${RANK}((?:${NAME_WORD})(?:[ \\t]+${NAME_WORD}){0,2})`,
  'u',
);

// Between a role and its country, in the form of official releases: " of ", " of the ", " of the
// Republic of " ("the Prime Minister of the Republic of Estonia"), and the long forms of the
// monarchies ("Minister of Foreign Affairs of the Kingdom of the Netherlands Stef Blok", "of the
// Grand Duchy of Luxembourg"), which name the same country.
export const ROLE_OF_COUNTRY_RE =
  /^[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:(?:Federal[ \t]+)?Republic|Kingdom|Grand[ \t]+Duchy)[ \t]+of[ \t]+(?:the[ \t]+)?)?$/;
// What may follow the country before the name: "the French Republic", "the Russian Federation",
// and the acronym in brackets ("of the United States (US), Lloyd J. Austin III").
const COUNTRY_TAIL_RE = /^(?:[ \t]+(?:Republic|Federation))?(?:[ \t]+\([A-Z][A-Za-z.]{1,7}\))?/;

/** The length of what follows a country named after a role ("Republic", "(US)") and is still part of the title; 0 if nothing. */
export function countryTail(text: string, from: number): number {
  return COUNTRY_TAIL_RE.exec(text.slice(from, from + 20))?.[0].length ?? 0;
}

/** A misspelt name found after the title at `after` (an index into the matches). */
export interface FuzzyName {
  after: number;
  match: Match<LexEntry>;
  personId: string;
  /** Indexes of matches inside the name ("Tagarev" in "Todor Dimitrov Tagarev"), read as part of it and left out of the document. */
  replaces?: number[];
}

/**
 * The misspelt names after titles, each as a synthetic person match to go right after its
 * title's match. `taken`: indexes of matches already resolved to people.
 */
/** A known person among the matches from `from` that start before `end` (at most three looked at). */
function nameTaken(matches: readonly Match<LexEntry>[], taken: ReadonlySet<number>, from: number, end: number): boolean {
  for (let k = from; k < from + 3 && k < matches.length && matches[k].start < end; k++) if (taken.has(k)) return true;
  return false;
}

export function fuzzyNames(text: string, matches: readonly Match<LexEntry>[], lexicon: Lexicon, taken: ReadonlySet<number>): FuzzyName[] {
  const out: FuzzyName[] = [];
  const { facts } = lexicon;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const next = matches[i + 1];
    if (next && next.start - m.end <= 2) continue;
    const title = m.values.find((v) => v.type === 'role' || v.type === 'fixed');
    if (!title) continue;
    copulaName(text, matches, lexicon, i, title, out);
    appositionName(text, matches, lexicon, i, title, taken, out);
    // "President of Lithuania Gitanas Nowzoda": the name comes after the role's country, and can
    // only be a holder of that country's office.
    const country =
      title.type === 'role' && next && next.start - m.end <= 32 && ROLE_OF_COUNTRY_RE.test(text.slice(m.end, next.start))
        ? next
        : undefined;
    const jurisdictions = country?.values.filter((v) => v.type === 'qualifier').map((v) => v.jurisdiction) ?? [];
    const titleEnd = country && jurisdictions.length ? country.end + countryTail(text, country.end) : m.end;
    const at = titleEnd === m.end ? i : i + 1;
    const after = text.slice(titleEnd, titleEnd + 60);
    const name = warmed(CAPITALISED_NAME, after).exec(after);
    if (!name || name[1].length < 6) continue;
    // A known person within the words read as the name: the title has its name, nothing is
    // misspelt. Only there: a person named further on ("NATO Secretary-General Mark Rutt said
    // ... Josep Borrell") says nothing about this title's name.
    // "Chairman of the NATO Military Committee, Air Chief Marshal Stuart Peach": the rank's "Chief" is a match of its own,
    // so the name may be a match or two further on.
    if (nameTaken(matches, taken, at + 1, titleEnd + name[0].length)) continue;
    let offices = title.type === 'fixed' ? [facts.offices.get(title.office)!] : (lexicon.roles.get(title.key) ?? []).map((s) => s.office);
    if (at !== i) offices = offices.filter((o) => jurisdictions.includes(o.jurisdiction));
    if (!offices.length) continue;
    const fuse = fuseFor(facts, offices);
    const words = name[1].split(/\s+/).length;
    const [hit] = fuse.search(name[1], { limit: 1 });
    // Full names tolerate a letter or two; a single word must be very close.
    let personId = hit?.score !== undefined && hit.score <= (words > 1 ? 0.3 : 0.12) ? hit.item.id : undefined;
    // After a country's title, the few holders of that one office: a first name written right
    // and a surname garbled beyond that is still theirs when no other holder fits.
    if (!personId && at !== i) personId = sameFirstNames(facts, offices, name[1]);
    if (!personId) personId = sameTransliteration(facts, offices, name[1]);
    if (!personId) personId = sameFirstAndLast(facts, offices, name[1]);
    if (!personId) continue;
    const start = titleEnd + name[0].length - name[1].length;
    out.push({
      after: at,
      match: { start, end: start + name[1].length, values: [{ type: 'person', id: personId, full: true }] },
      personId,
    });
  }
  // In the order of the text: a name before its title (copulaName, appositionName) comes before the title's match.
  return out.sort((a, b) => a.after - b.after || a.match.start - b.match.start);
}

// "Denys Monastyrskiy, the Ukrainian Minister of Internal Affairs" (held-out 26 gf013: Monastyrsky), "Andriy Sibikha, Minister
// of Foreign Affairs", "Todor Dimitrov Tagarev, Minister of Defense of the Republic of Bulgaria" (ga030): a name of two or three
// capitalised words, a comma, perhaps "the" and a country, then the title, which ends the phrase. Matched as after a title:
// only against the holders of the offices the title can name (of the country written before or after it), by the same
// tests (fuse.js, one holder's transliteration, one holder's first and last words).
const APPOSITION_NAME_RE = new RegExp(
  String.raw`(?:^|[^\p{L}'\u2019.-])(\p{Lu}[\p{L}'\u2019-]+(?:[ \t]+\p{Lu}[\p{L}'\u2019-]+){1,2}),[ \t]+(?:the[ \t]+)?$`,
  'u',
);
// After the title (and its country): the phrase ends.
const APPOSITION_END_RE = compiledOnFirstRun(/^(?:\s*[,.;:)\n]|\s*$|\s+(?:and|who|said|says|told|has|had|is|was|will|would|on|in|at)\b)/);

// Built once (speed, round 41): a literal in appositionName was a new expression, parsed again, at each call.
const APPOSITION_NAME_RE2 = /^(?:['\u2019]s)?[ \t]+$/;
function appositionName(
  text: string,
  matches: readonly Match<LexEntry>[],
  lexicon: Lexicon,
  i: number,
  title: Extract<LexEntry, { type: 'role' | 'fixed' }>,
  taken: ReadonlySet<number>,
  out: FuzzyName[],
): void {
  const m = matches[i];
  // The country before the title ("the Ukrainian", "Poland's"), if any.
  const q = i > 0 ? matches[i - 1] : undefined;
  const before = q?.values.filter((v) => v.type === 'qualifier').map((v) => v.jurisdiction) ?? [];
  const qualified = !!q && before.length > 0 && APPOSITION_NAME_RE2.test(text.slice(q.end, m.start));
  const head = qualified ? q!.start : m.start;
  // Cheap pretest: a comma within three characters before the title's phrase.
  if (head < 8 || !text.slice(head - 6, head).includes(',')) return;
  const name = APPOSITION_NAME_RE.exec(text.slice(Math.max(0, head - 64), head));
  if (!name || name[1].length < 8) return;
  const start = head - name[0].length + name[0].indexOf(name[1]);
  const end = start + name[1].length;
  // The country after the title ("Minister of Defense of the Republic of Bulgaria").
  const next = matches[i + 1];
  const after =
    title.type === 'role' && next && next.start - m.end <= 32 && ROLE_OF_COUNTRY_RE.test(text.slice(m.end, next.start))
      ? next.values.filter((v) => v.type === 'qualifier').map((v) => v.jurisdiction)
      : [];
  const titleEnd = after.length ? next.end + countryTail(text, next.end) : m.end;
  if (!APPOSITION_END_RE.test(text.slice(titleEnd, titleEnd + 12))) return;
  // The matches inside the name: none may be a person already read, nor anything but a lone surname.
  const inside: number[] = [];
  let k = (qualified ? i - 1 : i) - 1;
  for (; k >= 0 && matches[k].end > start; k--) {
    if (matches[k].start < start || taken.has(k) || !matches[k].values.every((v) => v.type === 'person' && !v.full)) return;
    inside.unshift(k);
  }
  const jurisdictions = qualified ? before : after;
  let offices =
    title.type === 'fixed' ? [lexicon.facts.offices.get(title.office)!] : (lexicon.roles.get(title.key) ?? []).map((s) => s.office);
  if (jurisdictions.length) offices = offices.filter((o) => jurisdictions.includes(o.jurisdiction));
  if (!offices.length) return;
  const [hit] = fuseFor(lexicon.facts, offices).search(name[1], { limit: 1 });
  const personId =
    (hit?.score !== undefined && hit.score <= 0.3 ? hit.item.id : undefined) ??
    sameTransliteration(lexicon.facts, offices, name[1]) ??
    sameFirstAndLast(lexicon.facts, offices, name[1]);
  if (!personId) return;
  out.push({
    after: inside.length ? inside[inside.length - 1] : k,
    match: { start, end, values: [{ type: 'person', id: personId, full: true }] },
    personId,
    replaces: inside,
  });
}

// "James Cleverley is Foreign Secretary." (held-out 14 l029, a cabinet list): a full name (two or three capitalised
// words) opening a sentence or line, then "is" and the title. Only a whole name, only the holders of the offices
// that title can name, and nothing the matcher read between: title-copula.ts only ever confirms such a name.
const COPULA_NAME_RE = new RegExp(
  String.raw`(?:^|\n|[.!?][ \t]+)((?:[A-Z][\p{L}'\u2019-]+)(?:[ \t]+[A-Z][\p{L}'\u2019-]+){1,2})[ \t]+is[ \t]+(?:(?:now|the|new)[ \t]+){0,2}$`,
  'u',
);

function copulaName(
  text: string,
  matches: readonly Match<LexEntry>[],
  lexicon: Lexicon,
  i: number,
  title: Extract<LexEntry, { type: 'role' | 'fixed' }>,
  out: FuzzyName[],
): void {
  const m = matches[i];
  if (out.some((z) => z.after === i - 1)) return;
  const from = Math.max(0, m.start - 80);
  const before = text.slice(from, m.start);
  const name = warmed(COPULA_NAME_RE, before).exec(before);
  if (!name || name[1].length < 8) return;
  const start = from + name.index + name[0].length - name[0].replace(/^(?:\n|[.!?][ \t]+)/, '').length;
  if (i > 0 && matches[i - 1].end > start) return;
  const offices =
    title.type === 'fixed' ? [lexicon.facts.offices.get(title.office)!] : (lexicon.roles.get(title.key) ?? []).map((s) => s.office);
  if (!offices.length) return;
  const [hit] = fuseFor(lexicon.facts, offices).search(name[1], { limit: 1 });
  if (hit?.score === undefined || hit.score > 0.3) return;
  out.push({
    after: i - 1,
    match: { start, end: start + name[1].length, values: [{ type: 'person', id: hit.item.id, full: true }] },
    personId: hit.item.id,
  });
}

/**
 * The one holder of these offices whose full name has the written name's first names and a
 * surname of the same initial and about the same length ("Gitanas Nowzoda": Gitanas Nausėda);
 * undefined when none or several do.
 */
function sameFirstNames(facts: Lexicon['facts'], offices: readonly Office[], written: string): string | undefined {
  const words = foldKey(written).split(' ');
  const surname = words.pop()!;
  if (!words.length || surname.length < 4) return undefined;
  const first = words.join(' ');
  const found = new Set<string>();
  for (const office of offices) {
    for (const h of office.holders) {
      const p = facts.people.get(h.person);
      for (const full of p ? [p.name, ...p.aliases] : []) {
        const theirs = foldKey(full).split(' ');
        const last = theirs.pop()!;
        if (theirs.join(' ') === first && last[0] === surname[0] && Math.abs(last.length - surname.length) <= 1) found.add(h.person);
      }
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

// Built once (speed, round 41): a literal in translitKey was a new expression, parsed again, at each call.
const TRANSLIT_KEY_RE = /sch|sh/g;
const TRANSLIT_KEY_RE2 = /tsch|tch|ch/g;
const TRANSLIT_KEY_RE3 = /kh/g;
const TRANSLIT_KEY_RE4 = /zh/g;
const TRANSLIT_KEY_RE5 = /ts/g;
const TRANSLIT_KEY_RE6 = /ou/g;
const TRANSLIT_KEY_RE7 = /w/g;
const TRANSLIT_KEY_RE8 = /[yj]/g;
const TRANSLIT_KEY_RE9 = /ck|c(?=[aou])|q/g;
const TRANSLIT_KEY_RE10 = /c(?=[^eih]|$)/g;
const TRANSLIT_KEY_RE11 = /ii|ij/g;
const TRANSLIT_KEY_RE12 = /phen\b/g;
const TRANSLIT_KEY_RE13 = /([a-z])\1/g;
// Transliterations of one name ("Denîs Şmihal", "Denis Smihal", "Denys Shmyhal"; "Rustem Oumerov"; "Olha Stefanişina";
// "Victor Orban"): folded (diacritics off), then the spellings that differ between languages' romanisations made one:
// sh/sch/ch/kh/zh/ts lose their h or s, ou and w are u and v, y and j are i, c and ck are k, doubled letters are single;
// "Stephen" is "Steven" ("Trump's special envoy for the Middle East, Stephen Mnuchin", held-out 22 pc003).
/** A name's key under which its usual romanisations agree. */
export function translitKey(name: string): string {
  return foldKey(name)
    .replace(TRANSLIT_KEY_RE, 's')
    .replace(TRANSLIT_KEY_RE2, 'c')
    .replace(TRANSLIT_KEY_RE3, 'h')
    .replace(TRANSLIT_KEY_RE4, 'z')
    .replace(TRANSLIT_KEY_RE5, 'c')
    .replace(TRANSLIT_KEY_RE6, 'u')
    .replace(TRANSLIT_KEY_RE7, 'v')
    .replace(TRANSLIT_KEY_RE8, 'i')
    .replace(TRANSLIT_KEY_RE9, 'k')
    .replace(TRANSLIT_KEY_RE10, 'k')
    .replace(TRANSLIT_KEY_RE11, 'i')
    .replace(TRANSLIT_KEY_RE12, 'ven')
    .replace(TRANSLIT_KEY_RE13, '$1');
}

/**
 * The one holder of these offices whose full name (two words or more) has the written name's transliteration key
 * ("Prime Minister Denîs Şmihal": Denys Shmyhal); undefined when none or several do.
 */
function sameTransliteration(facts: Lexicon['facts'], offices: readonly Office[], written: string): string | undefined {
  if (!/\s/.test(written.trim())) return undefined;
  const key = translitKey(written);
  const found = new Set<string>();
  for (const office of offices)
    for (const h of office.holders) {
      const p = facts.people.get(h.person);
      if (p && [p.name, ...p.aliases].some((n) => /\s/.test(n.trim()) && translitKey(n) === key)) found.add(h.person);
    }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The one holder of these offices with a name of two words or more whose first and last words are the written name's, under
 * their transliteration keys: a middle name left out ("Norwegian Defense Minister Bjorn Gram": Bjørn Arild Gram; "Troels
 * Poulsen") or added ("Todor Dimitrov Tagarev": Todor Tagarev); undefined when none or several do.
 */
function sameFirstAndLast(facts: Lexicon['facts'], offices: readonly Office[], written: string): string | undefined {
  const words = foldKey(written).split(' ');
  if (words.length < 2) return undefined;
  const first = translitKey(words[0]);
  const last = translitKey(words[words.length - 1]);
  if (first.length < 3 || last.length < 3) return undefined;
  const found = new Set<string>();
  for (const office of offices)
    for (const h of office.holders) {
      const p = facts.people.get(h.person);
      for (const n of p ? [p.name, ...p.aliases] : []) {
        const theirs = foldKey(n).split(' ');
        if (theirs.length >= 2 && translitKey(theirs[0]) === first && translitKey(theirs[theirs.length - 1]) === last) found.add(h.person);
      }
    }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Edits (insertions, deletions, substitutions) between two strings; 3 for any pair whose lengths differ by more than 2. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

type Row = { id: string; name: string };

const fuseFor = (facts: Lexicon['facts'], offices: Office[]): Fuse<Row> => fuseByOffices(facts, offices.map((o) => o.id).join('|'));

const fuseByOffices = memoByFacts((facts, key: string): Fuse<Row> => {
  const rows: Row[] = [];
  for (const id of key.split('|')) {
    for (const h of facts.offices.get(id)?.holders ?? []) {
      const p = facts.people.get(h.person);
      if (!p) continue;
      for (const name of new Set([p.name, ...p.aliases, ...p.surnames])) rows.push({ id: p.id, name });
    }
  }
  return new Fuse(rows, { keys: ['name'], includeScore: true, threshold: 0.3, ignoreLocation: true });
});
