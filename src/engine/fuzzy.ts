// Misspelt names after a title ("Secretary General Jans Stoltenberg"): fuse.js over the
// holders of the offices that title can name, never over everyone, so a typo can only be
// taken for someone who plausibly fits the title. Run once while the Doc is built (doc.ts),
// so every detector sees the same people and none edits what another reads.
import Fuse from 'fuse.js';
import type { Office } from '../facts/schema';
import type { LexEntry, Lexicon } from './lexicon';
import type { Match } from './matcher';
import { memoByFacts } from './memo';

// After the title, or after a comma: "the President of the European Council, Antoniou Kosta".
const CAPITALISED_NAME = /^,?[ \t]+((?:[A-Z][\p{L}'’-]+)(?:[ \t]+[A-Z][\p{L}'’-]+){0,2})/u;

/** A misspelt name found after the title at `after` (an index into the matches). */
export interface FuzzyName {
  after: number;
  match: Match<LexEntry>;
  personId: string;
}

/**
 * The misspelt names after titles, each as a synthetic person match to go right after its
 * title's match. `taken`: indexes of matches already resolved to people.
 */
export function fuzzyNames(text: string, matches: readonly Match<LexEntry>[], lexicon: Lexicon, taken: ReadonlySet<number>): FuzzyName[] {
  const out: FuzzyName[] = [];
  const { facts } = lexicon;
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i];
    const next = matches[i + 1];
    if (next && next.start - m.end <= 2) continue;
    const title = m.values.find((v) => v.type === 'role' || v.type === 'fixed');
    if (!title) continue;
    const name = CAPITALISED_NAME.exec(text.slice(m.end, m.end + 60));
    if (!name || name[1].length < 6) continue;
    // A known person within the words read as the name: the title has its name, nothing is
    // misspelt. Only there: a person named further on ("NATO Secretary-General Mark Rutt said
    // ... Josep Borrell") says nothing about this title's name.
    if (next && taken.has(i + 1) && next.start < m.end + name[0].length) continue;
    const offices = title.type === 'fixed' ? [facts.offices.get(title.office)!] : (lexicon.roles.get(title.key) ?? []).map((s) => s.office);
    const fuse = fuseFor(facts, offices);
    const words = name[1].split(/\s+/).length;
    const [hit] = fuse.search(name[1], { limit: 1 });
    // Full names tolerate a letter or two; a single word must be very close.
    if (!hit || hit.score === undefined || hit.score > (words > 1 ? 0.3 : 0.12)) continue;
    const start = m.end + name[0].length - name[1].length;
    out.push({
      after: i,
      match: { start, end: start + name[1].length, values: [{ type: 'person', id: hit.item.id, full: true }] },
      personId: hit.item.id,
    });
  }
  return out;
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
