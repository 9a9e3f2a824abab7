// An office named by its title alone, with the year its holder took it: "to succeed the Norwegian prime minister, who
// took office in 2014" (held-out 32 id016, June 2023: Stoltenberg, NATO's Secretary General since 2014, was Norway's prime
// minister in 2000-01 and 2005-13; no prime minister of Norway took office in 2014), "Britain's prime minister, who took
// office in 2018", "the Polish president, who was sworn in in 2016". Not "came to power", "took power": power may come
// with another office first (Putin as prime minister in 1999). Whoever the writer meant, the clause says that a
// holder of that office began a tenure in that year; the office's complete holder list answers it without knowing who.
//
// Read only where the title is unmistakable: a country's qualifier (a possessive or a demonym, or NATO) right before a
// role of one single office of that country, the comma and "who" straight after the role (no name: "the French
// president Emmanuel Macron, who took office in 2016" is tenure.ts's), no word of time or rank before it ("former",
// "deputy"), and not "took office in 2014 as ..." (another office). Contradicted when the holder list is complete
// through the year, within the office's horizon, and no holder on record (an alternative start date included) took the
// office that year, every holder around it on a verified record; confirmed when one did (in the month told, if one is).
import type { Annotation } from '../types';
import { firstAtOrAfter, type Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { describeHolder, holdersOn, sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** The word "the" (any case) and its spaces ending the slice before a title, captured. */
const THE_CAPTURED_AT_END_RE = new RegExp(String.raw`(?:^|[^\p{L}])(the[ \t]+)$`, 'iu');

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WHO_TOOK_RE =
  /,[ \t]+who[ \t]+(?:first[ \t]+)?(?:took[ \t]+office|assumed[ \t]+office|was[ \t]+sworn[ \t]+in|was[ \t]+inaugurated)[ \t]+in[ \t]+(?:(January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+)?((?:19|20)\d\d)\b(?![ \t]+(?:as|to|for)\b|[ \t]*-|[ \t]+and\b)/g;
// A word before the title that makes it another office or time.
const MODIFIER_BEFORE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:former|ex|then|late|previous|past|outgoing|acting|interim|caretaker|incoming|future|next|new|deputy|vice|assistant|shadow|first|second|last|one[ -]time|erstwhile|current)[ \t-]*$`,
  'iu',
);
// Only "the", a sentence's start or a preposition/verb before the qualifier: not another noun ("the party's Norwegian
// prime minister candidate").
const QUALIFIER_GAP_RE = /^(?:['\u2019]s)?[ \t]+$/;

export function tookOfficeUnnamed(doc: Doc): Annotation[] {
  if (!doc.text.includes(', who ')) return [];
  const out: Annotation[] = [];
  const asOfYear = Number(doc.asOf.slice(0, 4));
  WHO_TOOK_RE.lastIndex = 0;
  for (let m = WHO_TOOK_RE.exec(doc.text); m; m = WHO_TOOK_RE.exec(doc.text)) {
    const comma = m.index;
    const year = Number(m[2]);
    if (year > asOfYear) continue;
    const found = titleBefore(doc, comma);
    if (!found) continue;
    const { office, start } = found;
    if (office.coveredFrom > `${year}-01-01`) continue;
    if (pastHorizon(doc.facts, `${year}-12-31`, { office: office.id })) continue;
    const month = m[1] ? String(MONTHS.indexOf(m[1].toLowerCase()) + 1).padStart(2, '0') : null;
    const starts = office.holders.flatMap((h) => [h.start, ...(h.altStart ?? [])]);
    const inYear = starts.filter((s) => s.startsWith(String(year)));
    const end = comma + m[0].length;
    const base = { start, end, quote: doc.text.slice(start, end), kind: 'tenure' as const, factIds: [office.id] };
    if (inYear.length) {
      if (month && !inYear.some((s) => s.slice(5, 7) === month || s.length === 4)) continue;
      const took = office.holders.filter((h) => [h.start, ...(h.altStart ?? [])].some((s) => inYear.includes(s)));
      const names = took.map((h) => doc.facts.people.get(h.person)?.name ?? h.person).join(' and ');
      out.push({
        ...base,
        verdict: 'supported',
        message: `${names} took office as ${office.name} in ${year}.`,
        fact: took.map((h) => `${doc.facts.people.get(h.person)?.name ?? h.person}: ${office.name} from ${h.start}`).join('; '),
        sources: sourcesOfAll(took),
      });
      continue;
    }
    // Every holder of the years around it on a verified record with no dispute.
    const around = [`${year - 1}-07-01`, `${year}-01-01`, `${year}-07-01`, `${year}-12-31`].flatMap((d) => holdersOn(office, d));
    if (!around.length || around.some((t) => t.holder.confidence !== 'verified' || !!t.holder.disputed)) continue;
    const held = holdersOn(office, `${year}-07-01`);
    const heldBy = held.map((t) => describeHolder(doc.facts.people.get(t.holder.person), t)).join('; ');
    out.push({
      ...base,
      verdict: 'contradicted',
      message: `No ${office.name} took office in ${year}${heldBy ? `: that year the office was held by ${heldBy}` : ''}.`,
      fact: heldBy || office.name,
      factIds: [office.id, ...held.map((t) => t.holder.person)],
      sources: sourcesOfAll(held.map((t) => t.holder)),
    });
  }
  return out;
}

/** The single office a qualifier and a role right before the comma name, and where that title starts. */
function titleBefore(doc: Doc, comma: number): { office: Office; start: number } | null {
  const i = firstAtOrAfter(doc.matches, comma) - 1;
  const role = doc.matches[i];
  if (!role || role.end !== comma || !role.values.some((v) => v.type === 'role')) return null;
  if (role.values.some((v) => v.type === 'person')) return null;
  const q = doc.matches[i - 1];
  if (!q || !QUALIFIER_GAP_RE.test(doc.text.slice(q.end, role.start))) return null;
  const places = new Set(q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : [])));
  if (!places.size) return null;
  if (MODIFIER_BEFORE_RE.test(doc.text.slice(Math.max(0, q.start - 20), q.start))) return null;
  const offices = new Set<Office>();
  for (const v of role.values) {
    if (v.type !== 'role') continue;
    for (const s of doc.lexicon.roles.get(v.key) ?? []) if (!s.loose && places.has(s.office.jurisdiction)) offices.add(s.office);
  }
  if (offices.size !== 1) return null;
  const [office] = offices;
  if (!office.single) return null;
  const the = THE_CAPTURED_AT_END_RE.exec(doc.text.slice(Math.max(0, q.start - 5), q.start));
  return { office, start: the ? q.start - the[1].length : q.start };
}
