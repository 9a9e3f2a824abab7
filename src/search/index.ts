// The popup's lookup: a fuse.js index over the whole fact base. People are found by name,
// alias, surname and every office they held; events by name, place and participants;
// sanctions by target, issuer and programme; figures and member states by what they are.
// A year or day in the query keeps only what was true then and ranks it first. A role
// question ("dutch pm", "german chancellor 2019", "who leads germany") is answered first with
// the office's holders, the one on the day asked about on top (src/search/roles.ts).
//
// How: every entity is split into words; fuse.js fuzzy-matches each query word against the
// vocabulary of unique words (short strings, so a keystroke costs well under a millisecond
// even as the fact base grows), and an entity matches when every query word does. Running
// fuse.js over whole records instead cost 5-20 ms a keystroke on long summaries (measured).
//
// Pure: no DOM, no browser API, so the benchmark and the unit tests run it in Node.
import Fuse from 'fuse.js';
import type { FactIndex } from '../facts/load';
import type { Source } from '../facts/schema';
import { overlaps, parseQuery, words, type ParsedQuery } from './query';
import { createRoleQuestions, type Tenure, type WordIndex } from './roles';
import type { EventHit, FigureHit, MemberHit, PersonHit, RoleSpan, SanctionHit, SearchHit } from './types';
import { addDays } from '../engine/dates';

export type { SearchHit, PersonHit, SanctionHit } from './types';

/** One searchable face of an entity. A person has one entry for themself and one per tenure. */
interface Entry {
  hitKey: string;
  /** What the entity is called: names, aliases, surnames, targets. Weighted highest. */
  names: string[];
  /** Offices and titles: "secretary general", "nato chief", "u.s. president". */
  roles: string[];
  /** Other words a reader may use: place, issuer, programme, kind of event. */
  terms: string[];
  /** Descriptions and summaries. */
  text: string;
  /** When the entry was true; entries without a span (a person as such) are never dropped by a date. */
  span?: { start: string; end?: string };
  /** For a tenure entry: the tenure, reported as the hit's matched role. */
  role?: RoleSpan;
}

interface SearchOptions {
  /** At most this many hits; 20 unless told. */
  limit?: number;
  /** The reader's date (YYYY-MM-DD), which a role question without a date asks about; their local today unless told. */
  today?: string;
}

export interface SearchIndex {
  /** Hits for what the reader typed, best first; [] for an empty query. */
  search(query: string, options?: SearchOptions): SearchHit[];
  /** How many entries the index holds (people, tenures, events, …), for the benchmark's report. */
  readonly size: number;
}

// Fields in order of weight; a word found in a later field scores this much worse.
const FIELDS = ['names', 'roles', 'terms', 'text'] as const;
/** A field's place in FIELDS: 0 is the best. */
type FieldRank = 0 | 1 | 2 | 3;
const FIELD_RANKS: readonly FieldRank[] = [0, 1, 2, 3];
const FIELD_PENALTY: readonly [number, number, number, number] = [0, 0.05, 0.1, 0.2];
/** An exact word scores 0; a prefix ("stolt") up to PREFIX; a fuzzy match ("stoltenbrg") FUZZY + fuse.js's score. */
const PREFIX = 0.15;
const FUZZY = 0.2;
/** Per letter of difference between a fuzzy match and the typed word ("lavorv": Lavrov before Milatović). */
const LENGTH_PENALTY = 0.03;
/** fuse.js looks at no more than this many candidate words per typed word. */
const MAX_FUZZY_CANDIDATES = 120;
/** Fuzzy matching starts at this many letters: "us" must not find "russia". */
const FUZZY_MIN_LENGTH = 4;
/** At most this many entries are ranked in full (a limit of 20 hits needs far fewer). */
const MAX_CANDIDATES = 300;
/** Added in proportion to the words of the best-covered name or title that the query leaves out. */
const UNCOVERED_WEIGHT = 0.1;
/** Hits scoring worse than the best by more than this are noise ("putin" -> "spain"). */
const MARGIN = 0.3;

/** A date in the query halves the score of what was true then, and adds this to what has no date. */
const UNDATED_PENALTY = 0.25;

// A holder whose person has no record of their own still deserves a readable name.
const nameFromId = (id: string) =>
  id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join(' ');

export function createSearchIndex(facts: FactIndex): SearchIndex {
  const hits = new Map<string, SearchHit>();
  const entries: Entry[] = [];
  const { base } = facts;

  const personName = (id: string) => facts.people.get(id)?.name ?? nameFromId(id);
  const entityName = (id: string) =>
    facts.organisations.get(id)?.name ?? facts.people.get(id)?.name ?? facts.jurisdictions.get(id)?.name ?? nameFromId(id);
  const entityNames = (id: string): string[] => {
    const org = facts.organisations.get(id);
    if (org) return [org.name, ...org.aliases];
    const person = facts.people.get(id);
    if (person) return [person.name, ...person.aliases, ...person.surnames];
    return [entityName(id)];
  };
  // "Office of Foreign Assets Control (OFAC)": the acronym is what readers search and recognise.
  const issuerLabel = (id: string) => {
    const org = facts.organisations.get(id);
    const acronym = org?.aliases.find((alias) => /^[A-Z]{2,6}$/.test(alias));
    return org && acronym ? `${org.name} (${acronym})` : entityName(id);
  };
  const placeNames = (id: string | undefined): string[] => {
    const names: string[] = [];
    // Walk up "within" so a summit in The Hague is also found by "netherlands".
    for (
      let place = id ? facts.places.get(id) : undefined, hops = 0;
      place && hops < 5;
      place = place.within ? facts.places.get(place.within) : undefined, hops++
    ) {
      names.push(place.name, ...place.aliases);
    }
    if (id && names.length === 0) names.push(nameFromId(id));
    return names;
  };

  // One array per person, shared by their own entry and each of their tenures.
  const personNames = new Map<string, string[]>();
  const namesOfPerson = (id: string): string[] => {
    let names = personNames.get(id);
    if (!names) {
      const person = facts.people.get(id);
      personNames.set(id, (names = person ? [person.name, ...person.aliases, ...person.surnames] : [personName(id)]));
    }
    return names;
  };

  // People: one hit each, with their whole role history.
  const rolesByPerson = new Map<string, RoleSpan[]>();
  const tenuresByOffice = new Map<string, Tenure[]>();
  for (const office of base.offices) {
    const jurisdiction = facts.jurisdictions.get(office.jurisdiction);
    const qualifiers = jurisdiction ? [jurisdiction.name, ...jurisdiction.qualifiers] : [office.jurisdiction];
    const roleWords = [
      office.name,
      ...office.roles,
      ...(office.fixedTitles ?? []),
      ...qualifiers.flatMap((q) => office.roles.map((role) => `${q} ${role}`)),
    ];
    for (const holder of office.holders) {
      const role: RoleSpan = {
        officeId: office.id,
        office: office.name,
        start: holder.start,
        end: holder.end,
        acting: holder.acting,
        sources: holder.sources,
      };
      const list = rolesByPerson.get(holder.person) ?? [];
      list.push(role);
      rolesByPerson.set(holder.person, list);
      const tenures = tenuresByOffice.get(office.id) ?? [];
      tenures.push({ person: holder.person, role });
      tenuresByOffice.set(office.id, tenures);
      entries.push({
        hitKey: `person:${holder.person}`,
        names: namesOfPerson(holder.person),
        roles: roleWords,
        terms: qualifiers,
        text: '',
        span: { start: holder.start, end: holder.end },
        role,
      });
    }
  }
  const personIds = new Set([...base.people.map((p) => p.id), ...rolesByPerson.keys()]);
  for (const id of personIds) {
    const person = facts.people.get(id);
    const roles = (rolesByPerson.get(id) ?? []).sort((a, b) => a.start.localeCompare(b.start));
    const hit: PersonHit = {
      kind: 'person',
      key: `person:${id}`,
      id,
      title: personName(id),
      description: person?.description ?? roles.map((r) => r.office).join('; '),
      roles,
      sources: person?.sources ?? uniqueSources(roles.flatMap((r) => r.sources)),
      hasRecord: person != null,
      score: 0,
    };
    hits.set(hit.key, hit);
    if (person) entries.push({ hitKey: hit.key, names: namesOfPerson(id), roles: [], terms: [], text: person.description });
  }

  for (const event of base.events) {
    const place = event.place ? placeNames(event.place) : [];
    const participants = event.participants.map(entityName);
    const hit: EventHit = {
      kind: 'event',
      key: `event:${event.id}`,
      id: event.id,
      title: event.name,
      eventKind: event.kind,
      start: event.start,
      end: event.end,
      place: place[0],
      status: event.status,
      statusChanges: event.statusChanges ?? [],
      participants,
      summary: event.summary,
      sources: event.sources,
      score: 0,
    };
    hits.set(hit.key, hit);
    entries.push({
      hitKey: hit.key,
      names: [event.name],
      roles: [event.kind],
      terms: [...place, ...participants, ...event.participants.flatMap(entityNames)],
      text: event.summary,
      span: { start: event.start, end: event.end ? dayAfter(event.end) : dayAfter(event.start) },
    });
  }

  for (const sanction of base.sanctions) {
    const targets = sanction.targets.map(entityName);
    const jurisdiction = entityName(sanction.jurisdiction);
    const hit: SanctionHit = {
      kind: 'sanction',
      key: `sanction:${sanction.id}`,
      id: sanction.id,
      title: `${jurisdiction} sanctions on ${targets.join(', ')}`,
      issuer: issuerLabel(sanction.issuer),
      jurisdiction,
      date: sanction.date,
      targets,
      programme: sanction.programme,
      summary: sanction.summary,
      sources: sanction.sources,
      score: 0,
    };
    hits.set(hit.key, hit);
    const jurisdictionRecord = facts.jurisdictions.get(sanction.jurisdiction);
    entries.push({
      hitKey: hit.key,
      names: sanction.targets.flatMap(entityNames),
      roles: ['sanctions', 'sanction', 'designation'],
      terms: [...entityNames(sanction.issuer), jurisdiction, ...(jurisdictionRecord?.qualifiers ?? []), sanction.programme],
      text: sanction.summary,
      span: { start: sanction.date, end: dayAfter(sanction.date) },
    });
  }

  const { founding, spendingTargets } = base.figures;
  {
    const hit: FigureHit = {
      kind: 'figure',
      key: 'figure:founding',
      id: 'founding',
      title: 'North Atlantic Treaty',
      summary: `Signed ${founding.signed} in Washington; in force ${founding.inForce}.`,
      date: founding.signed,
      detail: [`Signed ${founding.signed}`, `In force ${founding.inForce}`],
      sources: founding.sources,
      score: 0,
    };
    hits.set(hit.key, hit);
    entries.push({
      hitKey: hit.key,
      names: ['North Atlantic Treaty', 'Washington Treaty'],
      roles: ['founding', 'founded', 'treaty'],
      terms: ['nato', 'alliance'],
      text: hit.summary,
      span: { start: founding.signed },
    });
  }
  for (const target of spendingTargets) {
    const headline = `${target.percent}% of GDP`;
    const adoptedAt = target.adoptedAt ? (facts.events.get(target.adoptedAt)?.name ?? placeNames(target.adoptedAt)[0]) : undefined;
    const hit: FigureHit = {
      kind: 'figure',
      key: `figure:${target.id}`,
      id: target.id,
      title: `Defence spending target: ${headline}${target.byYear ? ` by ${target.byYear}` : ''} (${target.adopted.slice(0, 4)})`,
      summary: target.summary,
      date: target.adopted,
      until: target.superseded,
      detail: [
        ...(target.components ?? []).map((c) => `${c.percent}% ${c.label}`),
        `Adopted ${target.adopted}${adoptedAt ? ` (${adoptedAt})` : ''}`,
        ...(target.superseded ? [`Superseded ${target.superseded}`] : []),
      ],
      sources: target.sources,
      score: 0,
    };
    hits.set(hit.key, hit);
    entries.push({
      hitKey: hit.key,
      names: [headline, `${target.percent}%`, `${target.percent} percent`],
      roles: ['defence spending target', 'defense spending target', 'gdp', 'spending'],
      terms: [
        ...(target.components ?? []).map((c) => `${c.percent}% ${c.label}`),
        ...(adoptedAt ? [adoptedAt] : []),
        ...(target.adoptedAt ? placeNames(target.adoptedAt) : []),
      ],
      text: target.summary,
      span: { start: target.adopted, end: target.superseded },
    });
  }

  for (const jurisdiction of base.jurisdictions) {
    if (!jurisdiction.nato) continue;
    const hit: MemberHit = {
      kind: 'member',
      key: `member:${jurisdiction.id}`,
      id: jurisdiction.id,
      title: jurisdiction.name,
      joined: jurisdiction.nato.joined,
      sources: jurisdiction.nato.sources,
      score: 0,
    };
    hits.set(hit.key, hit);
    entries.push({
      hitKey: hit.key,
      names: [jurisdiction.name, ...jurisdiction.qualifiers],
      roles: ['member state', 'ally', 'nato member'],
      terms: [],
      text: `NATO member since ${jurisdiction.nato.joined}`,
      span: { start: jurisdiction.nato.joined },
    });
  }

  // Names and titles repeat across tenures (every holder of an office has its titles):
  // splitting each distinct string once keeps opening the popup cheap.
  const wordCache = new Map<string, string[]>();
  const wordsOf = (text: string): string[] => {
    let cached = wordCache.get(text);
    if (!cached) wordCache.set(text, (cached = words(text)));
    return cached;
  };
  // The word index: each distinct word, and the entries that hold it with their best field.
  // Tenures of one office share their title arrays: their words are split once per array.
  const arrayWords = new WeakMap<string[], string[]>();
  const wordsOfField = (value: string | string[]): string[] => {
    if (!Array.isArray(value)) return wordsOf(value);
    let cached = arrayWords.get(value);
    if (!cached) arrayWords.set(value, (cached = [...new Set(value.flatMap(wordsOf))]));
    return cached;
  };
  const postings = new Map<string, Array<[entry: number, field: FieldRank]>>();
  entries.forEach((entry, index) => {
    const seen = new Set<string>();
    // Fields in order of weight: a word's first field in an entry is its best.
    FIELD_RANKS.forEach((rank) => {
      const field = FIELDS[rank];
      for (const word of wordsOfField(entry[field])) {
        if (seen.has(word)) continue;
        seen.add(word);
        let list = postings.get(word);
        if (!list) postings.set(word, (list = []));
        list.push([index, rank]);
      }
    });
  });
  const vocabulary = [...postings.keys()];
  const hitDates = new Map([...hits].map(([key, hit]) => [key, hitDate(hit)]));
  const phrases = entries.map((entry) => [...entry.names, ...entry.roles].map(wordsOf).filter((phrase) => phrase.length > 0));
  // fuse.js costs a few microseconds a word, too much for every keystroke over the whole
  // vocabulary: an inverted index of letter pairs picks the candidates first, the words that
  // keep enough of the typed word's letter pairs to be a misspelling of it.
  const wordsByBigram = new Map<string, number[]>();
  vocabulary.forEach((word, index) => {
    for (const bigram of new Set(bigrams(word))) {
      let list = wordsByBigram.get(bigram);
      if (!list) wordsByBigram.set(bigram, (list = []));
      list.push(index);
    }
  });
  const fuzzyCandidates = (token: string): string[] => {
    const pairs = [...new Set(bigrams(token))];
    // A typo breaks at most two letter pairs; allow one typo up to 5 letters, two up to 9, then three.
    const typos = token.length <= 5 ? 1 : token.length <= 9 ? 2 : 3;
    const need = Math.max(1, pairs.length - 2 * typos);
    const shared = new Uint16Array(vocabulary.length);
    const found: number[] = [];
    // fuse.js would also find the word inside longer ones ("putn" in "surgutneftegas"): only
    // words of about the typed length are candidates.
    const shortest = token.length - typos;
    const longest = token.length + typos + 1;
    for (const pair of pairs) {
      for (const index of wordsByBigram.get(pair) ?? []) {
        const count = (shared[index] ?? 0) + 1;
        shared[index] = count;
        const length = vocabulary[index]?.length ?? 0;
        if (count === need && length >= shortest && length <= longest) found.push(index);
      }
    }
    // A short word shares a pair with hundreds of others; the closest ones are those sharing most.
    if (found.length > MAX_FUZZY_CANDIDATES) {
      found.sort((a, b) => (shared[b] ?? 0) - (shared[a] ?? 0));
      found.length = MAX_FUZZY_CANDIDATES;
    }
    return found.flatMap((index) => vocabulary[index] ?? []);
  };
  // Only the word is matched, so location does not matter.
  const FUZZY_OPTIONS = { includeScore: true, ignoreLocation: true };

  // Typing "stoltenberg" asks for "s", "st", ... and a multi-word query repeats its first
  // words on every keystroke: remember each word's matches (bounded, the vocabulary is fixed).
  const tokenCache = new Map<string, Map<string, number>>();
  function matchToken(token: string): Map<string, number> {
    const cached = tokenCache.get(token);
    if (cached) return cached;
    const matched = new Map<string, number>();
    for (const word of vocabulary) {
      if (word === token) matched.set(word, 0);
      else if (word.startsWith(token)) matched.set(word, PREFIX * (1 - token.length / word.length));
    }
    if (token.length >= FUZZY_MIN_LENGTH) {
      // Shorter words tolerate fewer errors: at 0.4 "putin" would find "meeting" and "austin".
      const threshold = token.length <= 5 ? 0.25 : token.length <= 8 ? 0.34 : 0.4;
      for (const result of new Fuse(fuzzyCandidates(token), { ...FUZZY_OPTIONS, threshold }).search(token)) {
        // fuse.js scores the best stretch of the word; a length unlike the typed word's counts against it.
        if (!matched.has(result.item))
          matched.set(result.item, FUZZY + (result.score ?? 1) + LENGTH_PENALTY * Math.abs(result.item.length - token.length));
      }
    }
    if (tokenCache.size > 500) tokenCache.clear();
    tokenCache.set(token, matched);
    return matched;
  }

  // Role questions read words as the rest of the lookup does: misspellings are those fuse.js finds.
  const wordIndex: WordIndex = {
    has: (word) => postings.has(word),
    *misspellings(token) {
      for (const [word, score] of matchToken(token)) if (score >= FUZZY) yield word;
    },
  };
  const roleQuestions = createRoleQuestions(facts, tenuresByOffice, wordIndex);

  function search(raw: string, options: SearchOptions = {}): SearchHit[] {
    const limit = options.limit ?? 20;
    const query = parseQuery(raw);
    if (query.tokens.length === 0 && !query.when) return [];
    const ranked = rankWords(query, limit);
    const holders = roleQuestions.answer(query, options.today ?? localToday());
    if (!holders) return ranked;
    // A role question: its holders first, in the answer's order, then whatever else matched,
    // but no other office's holders ("italian pm 2019" is not Theresa May, "german chancellor
    // 1990", before the data's list begins, is nobody), unless the query names them ("montenegro pm").
    const answered: SearchHit[] = holders.flatMap(({ person, role, answer }) => {
      const hit = hits.get(`person:${person}`);
      return hit?.kind === 'person' ? [{ ...hit, score: 0, matchedRole: role, answer }] : [];
    });
    const listed = new Set(answered.map((hit) => hit.key));
    const typed = new Set(query.tokens);
    const named = (hit: SearchHit) =>
      hit.kind !== 'person' || namesOfPerson(hit.id).some((name) => wordsOf(name).some((w) => typed.has(w)));
    return [...answered, ...ranked.filter((hit) => !listed.has(hit.key) && named(hit))].slice(0, limit);
  }

  function rankWords(query: ParsedQuery, limit: number): SearchHit[] {
    // 1. Each entry's word score: the mean of each token's best score in it; an entry that
    //    misses a token is out. A bare year ("2010") scores everything dated alike.
    let scores: Map<number, number>;
    if (query.tokens.length === 0) {
      scores = new Map();
      entries.forEach((entry, index) => entry.span && scores.set(index, 0.5));
    } else {
      let totals: Map<number, number> | undefined;
      for (const token of query.tokens) {
        const best = new Map<number, number>();
        // A single letter is the start of a name being typed: match names only, not every
        // description with a word in "s".
        const lastField = token.length === 1 ? 0 : FIELDS.length - 1;
        for (const [word, wordScore] of matchToken(token)) {
          for (const [index, field] of postings.get(word) ?? []) {
            if (field > lastField || (totals && !totals.has(index))) continue;
            const score = wordScore + FIELD_PENALTY[field];
            const seen = best.get(index);
            if (seen == null || score < seen) best.set(index, score);
          }
        }
        if (totals) for (const [index, score] of best) best.set(index, totals.get(index)! + score);
        totals = best;
      }
      scores = totals!;
      for (const [index, sum] of scores) scores.set(index, sum / query.tokens.length);
    }

    // 2. A year or day keeps only what was true then (halving its score) and pushes the undated down.
    let bestScore = Infinity;
    if (query.when) {
      const { from, to } = query.when;
      for (const [index, score] of scores) {
        const span = entries[index]?.span;
        if (!span) scores.set(index, score + UNDATED_PENALTY);
        else if (overlaps(span.start, span.end, from, to)) scores.set(index, score * 0.5);
        else scores.delete(index);
      }
    }
    for (const score of scores.values()) if (score < bestScore) bestScore = score;

    // 3. Among close matches, the one whose name or title the query covers wholly wins:
    //    "putn" is Putin before "Putin receives Witkoff…", "secretary general" the Secretary
    //    General before the Deputy. Only entries that can still make the cut are looked at.
    let reach = bestScore + UNCOVERED_WEIGHT + MARGIN;
    // A short prefix matches much of the fact base: rank only the best few hundred.
    if (scores.size > MAX_CANDIDATES) reach = Math.min(reach, [...scores.values()].sort((a, b) => a - b)[MAX_CANDIDATES - 1] ?? reach);
    // The words a token stands for: what it spells or begins; a misspelling's near words only
    // when it spells and begins none ("putin" covers "Putin", not "meeting").
    const matchedWords = new Set<string>();
    for (const token of query.tokens) {
      const matched = matchToken(token);
      let strong = 0;
      for (const [word, score] of matched) if (score < FUZZY && ++strong) matchedWords.add(word);
      if (strong === 0) for (const word of matched.keys()) matchedWords.add(word);
    }
    for (const [index, score] of scores) {
      if (score > reach) {
        scores.delete(index);
        continue;
      }
      let coverage = query.tokens.length === 0 ? 1 : 0;
      for (const phrase of phrases[index] ?? []) {
        let covered = 0;
        for (const word of phrase) if (matchedWords.has(word)) covered++;
        if (covered / phrase.length > coverage) coverage = covered / phrase.length;
      }
      scores.set(index, score + UNCOVERED_WEIGHT * (1 - coverage));
    }

    // 4. One hit per entity: its best entry, and its best tenure (the role the query was about).
    const best = new Map<string, { score: number; plain: number; tenure?: { score: number; role: RoleSpan } }>();
    for (const [index, score] of scores) {
      const entry = entries[index];
      if (!entry) continue;
      let seen = best.get(entry.hitKey);
      if (!seen) best.set(entry.hitKey, (seen = { score: Infinity, plain: Infinity }));
      if (score < seen.score) seen.score = score;
      if (entry.role) {
        if (!seen.tenure || score < seen.tenure.score) seen.tenure = { score, role: entry.role };
      } else if (score < seen.plain) {
        seen.plain = score;
      }
    }
    let top = Infinity;
    for (const { score } of best.values()) if (score < top) top = score;
    const ranked = [...best].filter(([, { score }]) => score <= top + MARGIN);
    // Equal scores: the more recent first ("rosneft" lists the latest designation on top).
    ranked.sort((a, b) => a[1].score - b[1].score || compareDesc(hitDates.get(a[0]) ?? '', hitDates.get(b[0]) ?? ''));
    return ranked.slice(0, limit).map(([key, { score, plain, tenure }]) => {
      const hit = hits.get(key)!;
      if (hit.kind !== 'person') return { ...hit, score };
      // Name the tenure when the query was about a time, or matched an office better than the name alone.
      const aboutRole = tenure && (query.when != null || tenure.score < plain);
      return { ...hit, score, matchedRole: aboutRole ? tenure.role : undefined };
    });
  }

  return { search, size: entries.length };
}

const compareDesc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** The reader's calendar day, YYYY-MM-DD, in their time zone. */
function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** The date a hit is ordered by among equals: a person's latest tenure, an event's start, a designation's day. */
function hitDate(hit: SearchHit): string {
  switch (hit.kind) {
    case 'person':
      return hit.roles.at(-1)?.start ?? '';
    case 'event':
      return hit.start;
    case 'sanction':
      return hit.date;
    case 'figure':
      return hit.date;
    case 'member':
      return hit.joined;
  }
}

function bigrams(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) out.push(word.slice(i, i + 2));
  return out;
}

function uniqueSources(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(s.url) && seen.add(s.url));
}

/** The next calendar day of an ISO date (partial dates are returned as they are: their span is already wide). */
function dayAfter(date: string): string {
  return date.length < 10 ? date : addDays(date, 1);
}
