// Role questions: "dutch pm", "german chancellor 2019", "who leads germany". A reader types an
// office, not a name. When every word of the query names an office (a role, a fixed title, a
// loose role, or what the office heads) and, optionally, its jurisdiction (a qualifier: "Dutch",
// "UK", "Portugal"), the answer is the office's holders: whoever held it on the day asked about
// first (the reader's today, or the year or date typed), then the others, newest first.
//
// A query with any word that names no office ("rutte", "summit") is no role question: it is
// left to the fuzzy lookup, so a person's name still beats everything.
//
// Past the fact base's knowledge horizon (`checkedThrough`, src/facts/horizon.ts) the data cannot
// know who holds an office today: the answer is the holder on the horizon day, and says so.
//
// Everything comes from the office data (roles, fixedTitles, looseRoles, headOf, the
// jurisdictions' qualifiers); nothing here names an office or a person.
import type { FactIndex } from '../facts/load';
import { horizonFor } from '../facts/horizon';
import type { Office } from '../facts/schema';
import { contentWords, dayFrom, overlaps, type ParsedQuery } from './query';
import type { HolderAnswer, RoleSpan } from './types';
import { addDays, daysBetween } from '../engine/dates';

type PhraseKind = 'title' | 'titleRest' | 'role' | 'headOf' | 'loose';

/**
 * How surely a phrase names one office, alone or with a qualifier of the office's jurisdiction.
 * Only the strongest reading of a query is answered: "us president" is the U.S. presidency (3),
 * not every presidency (1). 0: the phrase alone is no role question ("leader", "head of state").
 */
const STRENGTH: Record<PhraseKind, { alone: number; qualified: number }> = {
  // A fixed title names one office by itself: "kremlin spokesman", "nato chief".
  title: { alone: 3, qualified: 3 },
  // What follows the qualifier in a fixed title ("russian leader"), with any qualifier of the same
  // jurisdiction: "leader of russia", "who leads russia" are the office the data calls Russia's leader.
  titleRest: { alone: 0, qualified: 3 },
  // "prime minister" names one office with its country; alone, every office with that role.
  role: { alone: 1, qualified: 3 },
  // What the office heads (`headOf`), asked about with a country: "who leads germany". It beats
  // a loose role of the same country, so that "leader of russia" is its head of government.
  headOf: { alone: 0, qualified: 2.5 },
  // Loose words ("leader", "chief") only with a country: "german leader".
  loose: { alone: 0, qualified: 2 },
};

// How a reader asks for a head of government or of state. "Who leads X" means X's head of
// government (issue 14), unless the data gives X's leader a fixed title ("Russian leader": the
// president); an office that heads both (the U.S. presidency) answers either.
const HEAD_OF_GOVERNMENT = ['leader', 'head of government', 'leader of the government'];
const HEAD_OF_STATE = ['head of state'];
/** "Who leads X", "who runs X": the verbs ask what "leader" names. */
const LEADS = new Set(['leads', 'lead', 'leading', 'runs']);

/** Words that change nothing in a role question: "who is the current dutch pm", "who's NATO chief now". */
const IGNORABLE = new Set(['current', 'currently', 'today', 'now', 'present', 'incumbent', 'serving', 'sitting', 's', 'whos']);

export interface Tenure {
  person: string;
  role: RoleSpan;
}

/** One holder in the answer to a role question, in answer order. */
interface RoleAnswer extends Tenure {
  answer: HolderAnswer;
}

/** What the lookup's word index knows of a typed word, so that role questions read words as the rest of the lookup does. */
export interface WordIndex {
  /** Whether the index holds the word as it is. */
  has(word: string): boolean;
  /** The words the typed one may misspell ("chancelor": "chancellor"). */
  misspellings(token: string): Iterable<string>;
}

interface Phrase {
  words: string[];
  kind: PhraseKind;
}

interface OfficeForms {
  office: Office;
  /** The jurisdiction's name and qualifiers, as words: ["dutch"], ["netherlands"], ["united", "kingdom"]. */
  qualifiers: string[][];
  phrases: Phrase[];
  tenures: Tenure[];
}

export interface RoleQuestions {
  /** The holders that answer the query, best first; undefined when the query is no role question. */
  answer(query: ParsedQuery, today: string): RoleAnswer[] | undefined;
}

export function createRoleQuestions(facts: FactIndex, tenuresByOffice: Map<string, Tenure[]>, index: WordIndex): RoleQuestions {
  const offices: OfficeForms[] = [];
  /** Each word of a role phrase, and the offices with a phrase holding it: the candidates for a query. */
  const officesByWord = new Map<string, number[]>();

  for (const office of facts.base.offices) {
    const jurisdiction = facts.jurisdictions.get(office.jurisdiction);
    const qualifiers = unique((jurisdiction ? [jurisdiction.name, ...jurisdiction.qualifiers] : [office.jurisdiction]).map(contentWords));
    const phrases: Phrase[] = [];
    const seen = new Set<string>();
    const add = (text: string, kind: PhraseKind) => {
      const words = contentWords(text);
      // Order does not matter ("portugal pm", "pm of portugal"): one phrase per set of words.
      const key = [...words].sort().join(' ');
      if (words.length === 0 || seen.has(key)) return;
      seen.add(key);
      phrases.push({ words, kind });
    };
    for (const title of office.fixedTitles ?? []) {
      add(title, 'title');
      const words = contentWords(title);
      const qualifier = qualifiers.find((q) => q.length < words.length && q.every((word, i) => words[i] === word));
      if (qualifier) add(words.slice(qualifier.length).join(' '), 'titleRest');
    }
    for (const role of office.roles) add(role, 'role');
    // "pm" is written in the data; "fm", "dm", "sg" are read the same way: the initials of a role of two plain words.
    for (const role of office.roles) {
      const words = contentWords(role);
      if (words.length === 2 && words.join(' ') === role.replace(/-/g, ' ')) add(words.map((word) => word[0]).join(''), 'role');
    }
    if (office.headOf === 'government' || office.headOf === 'state-and-government') for (const p of HEAD_OF_GOVERNMENT) add(p, 'headOf');
    if (office.headOf === 'state' || office.headOf === 'state-and-government') for (const p of HEAD_OF_STATE) add(p, 'headOf');
    for (const role of office.looseRoles ?? []) add(role, 'loose');

    const position = offices.push({ office, qualifiers, phrases, tenures: tenuresByOffice.get(office.id) ?? [] }) - 1;
    for (const word of new Set(phrases.flatMap((p) => p.words))) {
      let list = officesByWord.get(word);
      if (!list) officesByWord.set(word, (list = []));
      list.push(position);
    }
  }
  // Every word a role question can be made of, sorted: the words a word being typed begins are a range of it.
  const vocabulary = [...new Set([...officesByWord.keys(), ...offices.flatMap((o) => o.qualifiers.flat())])].sort();

  const roleWords = new Set(vocabulary);

  /**
   * What a typed word stands for: the words it spells or misspells; the last word, still being
   * typed, also for the words it begins. A word of a role or qualifier ("uk", "pm") or of three
   * letters or more that the index holds ("russia") is taken as meant, not as the start of a
   * longer one ("ukraine", "russian").
   */
  function wordsOf(token: string, isLast: boolean): Map<string, { prefix: boolean }> {
    const found = new Map([[token, { prefix: false }]]);
    const known = index.has(token);
    if (isLast && !roleWords.has(token) && !(known && token.length >= 3)) {
      for (const word of vocabulary.slice(lowerBound(vocabulary, token))) {
        if (!word.startsWith(token)) break;
        if (word !== token) found.set(word, { prefix: true });
      }
    }
    if (!known) for (const word of index.misspellings(token)) if (!found.has(word)) found.set(word, { prefix: false });
    return found;
  }

  function answer(query: ParsedQuery, today: string): RoleAnswer[] | undefined {
    const { tokens } = query;
    if (tokens.length === 0) return undefined;
    const matched = tokens.map((token, i) => {
      const words = wordsOf(token, i === tokens.length - 1);
      if (LEADS.has(token)) words.set('leader', { prefix: false });
      return words;
    });
    const candidates = new Set<number>();
    for (const words of matched)
      for (const word of words.keys()) for (const position of officesByWord.get(word) ?? []) candidates.add(position);
    // Most queries name no office at all: they stop here.
    if (candidates.size === 0) return undefined;

    // Every word of the phrase and the qualifier must be typed, each by a token of its own ("p"
    // is not both "Portugal" and "PM"); every other token must be a word that changes nothing. A
    // word only begun ("dutch p") counts only for a phrase that names one office: "p" alone is a
    // name being typed.
    const explains = (words: string[], allowPrefix: boolean) => {
      const stands = (i: number, word: string) => {
        const how = matched[i]?.get(word);
        return how != null && (allowPrefix || !how.prefix);
      };
      const tokenOfWord = new Map<number, number>();
      // Kuhn's augmenting paths: a handful of words and tokens, so this costs nothing.
      const assign = (w: number, tried: Set<number>): boolean => {
        const word = words[w];
        if (word === undefined) return false;
        for (let i = 0; i < tokens.length; i++) {
          if (tried.has(i) || !stands(i, word)) continue;
          tried.add(i);
          const holder = [...tokenOfWord].find(([, token]) => token === i)?.[0];
          if (holder == null || assign(holder, tried)) {
            tokenOfWord.set(w, i);
            return true;
          }
        }
        return false;
      };
      for (let w = 0; w < words.length; w++) if (!assign(w, new Set())) return false;
      const used = new Set(tokenOfWord.values());
      return tokens.every((token, i) => used.has(i) || IGNORABLE.has(token) || words.some((word) => stands(i, word)));
    };

    // Most offices fall at the first test: a phrase or qualifier with a word nobody typed.
    const typed = new Set<string>();
    for (const words of matched) for (const word of words.keys()) typed.add(word);
    const allTyped = (words: string[]) => words.every((word) => typed.has(word));

    let best = 0;
    let chosen: OfficeForms[] = [];
    for (const position of candidates) {
      const forms = offices[position];
      if (!forms) continue;
      const qualifiers = [undefined, ...forms.qualifiers.filter(allTyped)];
      let strength = 0;
      for (const phrase of forms.phrases) {
        if (Math.max(STRENGTH[phrase.kind].alone, STRENGTH[phrase.kind].qualified) <= strength || !allTyped(phrase.words)) continue;
        for (const qualifier of qualifiers) {
          const s = qualifier ? STRENGTH[phrase.kind].qualified : STRENGTH[phrase.kind].alone;
          if (s <= strength) continue;
          const words = qualifier ? [...new Set([...phrase.words, ...qualifier])] : phrase.words;
          if (words.length <= tokens.length && explains(words, s >= 2)) strength = s;
        }
      }
      if (strength > best) [best, chosen] = [strength, [forms]];
      else if (strength === best && strength > 0) chosen.push(forms);
    }
    if (best === 0) return undefined;
    return holders(chosen, query, today);
  }

  function holders(chosen: OfficeForms[], query: ParsedQuery, today: string): RoleAnswer[] {
    const first: Array<RoleAnswer & { overlap: number }> = [];
    const rest: RoleAnswer[] = [];
    for (const { office, tenures } of chosen) {
      const horizon = horizonFor(facts, { office: office.id });
      let from: string;
      let to: string;
      let answer: HolderAnswer;
      if (query.when && query.when.from <= horizon) {
        // A year that runs past the horizon is answered up to the horizon.
        ({ from } = query.when);
        to = query.when.to < horizon ? query.when.to : horizon;
        answer = { kind: 'on-date', day: query.when.label };
      } else if (query.when || today > horizon) {
        // After the horizon the data may have missed a change: the holder then is the last one known.
        from = to = horizon;
        answer = { kind: 'as-of', day: horizon };
      } else {
        from = to = today;
        answer = { kind: 'current', day: today };
      }
      for (const tenure of tenures) {
        const { start, end } = tenure.role;
        if (overlaps(start, end, from, to)) first.push({ ...tenure, answer, overlap: overlapDays(start, end, from, to) });
        // A date typed keeps only what was true then (as the rest of the lookup does).
        else if (!query.when) rest.push({ ...tenure, answer: { kind: 'other', day: answer.day } });
      }
    }
    // The holder for most of the span first ("uk prime minister 2022": Johnson, then Sunak, then Truss); then newest first.
    first.sort((a, b) => b.overlap - a.overlap || byStartDesc(a, b));
    rest.sort(byStartDesc);
    const seen = new Set<string>();
    return [...first, ...rest]
      .filter((tenure) => !seen.has(tenure.person) && seen.add(tenure.person))
      .map(({ person, role, answer }) => ({ person, role, answer }));
  }

  return { answer };
}

const byStartDesc = (a: Tenure, b: Tenure) => (a.role.start < b.role.start ? 1 : a.role.start > b.role.start ? -1 : 0);

/** Days of [start, end) within the inclusive span of days [from, to]; partial tenure dates read as their first day. */
function overlapDays(start: string, end: string | undefined, from: string, to: string): number {
  // YYYY-MM-DD days compare as strings: the later of the starts, the earlier of the ends.
  const first = dayFrom(start);
  const begin = first > from ? first : from;
  const afterSpan = addDays(to, 1);
  const finish = end && dayFrom(end) < afterSpan ? dayFrom(end) : afterSpan;
  return finish > begin ? daysBetween(begin, finish) : 0;
}

/** The first position in a sorted array whose value is not below `value`. */
function lowerBound(sorted: string[], value: string): number {
  let [low, high] = [0, sorted.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid];
    if (at !== undefined && at < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function unique(phrases: string[][]): string[][] {
  const seen = new Set<string>();
  return phrases.filter((words) => words.length > 0 && !seen.has(words.join(' ')) && seen.add(words.join(' ')));
}
