// A holder's place among the holders of an office from one country: "Rutte will be the fourth Dutch leader of Nato,
// following Dirk Stikker (1961-1964), Joseph Luns (1971-1984) and former foreign minister Jaap de Hoop Scheffer
// (2004-2009)" (held-out 38 rw003, June 2024), "Stoltenberg became the first Norwegian secretary general of NATO",
// "Mark Rutte, the fourth Dutch NATO Secretary General". Counted over the office's holders (acting ones left out) whose
// person is of that country, in the order of their first tenure, the person's own included, begun or still to come.
//
// Only for an office whose record is complete from long ago (COMPLETE_SINCE). Supported when the count gives the person
// that place. Contradicted when it does not, the person is named in full, every holder of the office has a country on
// record and every tenure counted is verified; the place is fixed in the past, so the horizon does not apply.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import { qualifierJurisdictions } from '../doc';
import { describeHolder, sourcesOf, tenuresOf } from '../holders';
import { officesNamed } from './tenure';

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8 };
// The link between the name and the number: a verb of being or becoming, or a comma.
const LINK_RE =
  /^(?:[ \t]*,[ \t]*|[ \t]+(?:(?:is|was|will[ \t]+be|would[ \t]+be|becomes|became|has[ \t]+become|will[ \t]+become)[ \t]+))the[ \t]+(first|second|third|fourth|fifth|sixth|seventh|eighth)[ \t]+$/i;
// "leader of NATO", "head of the alliance", "chief of Nato": NATO's Secretary General in loose words.
const NATO_LOOSE_RE = /^[ \t]+(?:leader|head|chief|boss)[ \t]+of[ \t]+(?:NATO|Nato|the[ \t]+(?:Atlantic[ \t]+)?[Aa]lliance)\b/;

// Built once (speed, round 41): a literal in nationalityOrdinals was a new expression, parsed again, at each call.
const NATIONALITY_ORDINALS_RE = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth)\s/;
export function nationalityOrdinals(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // A cheap look first: an ordinal word of the list.
  if (!NATIONALITY_ORDINALS_RE.test(doc.folded)) return out;
  for (let i = 0; i < doc.matches.length; i++) {
    const q = doc.matches[i];
    // A cheap look first, with no string made: a space before the country's word, after a word ending as an ordinal does.
    const c = doc.folded.charCodeAt(q.start - 2);
    if (doc.folded.charCodeAt(q.start - 1) !== 32 || (c !== 116 && c !== 100 && c !== 104)) continue;
    const places = qualifierJurisdictions(q);
    if (places.length !== 1) continue;
    const link = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth)[ \t]+$/i.exec(
      doc.text.slice(Math.max(0, q.start - 10), q.start),
    );
    if (!link) continue;
    const numberAt = q.start - link[0].length;
    const person = doc.people.filter((p) => !p.fuzzy && p.end <= numberAt && numberAt - p.end <= 40).pop();
    const linked = person && LINK_RE.exec(doc.text.slice(person.end, q.start));
    if (!person || !linked) continue;
    const found = officeAfter(doc, i);
    if (!found) continue;
    const claim = judge(doc, person, found.office, places[0], ORDINALS[linked[1].toLowerCase()], numberAt - 4, found.end);
    if (claim) out.push(claim);
  }
  return out;
}

/** The office named right after the country's word ("secretary general of NATO", "NATO Secretary General", "leader of Nato"). */
function officeAfter(doc: Doc, i: number): { office: Office; end: number } | null {
  const q = doc.matches[i];
  const loose = NATO_LOOSE_RE.exec(doc.text.slice(q.end, q.end + 40));
  const sg = doc.facts.offices.get('nato-secretary-general');
  if (loose && sg) return { office: sg, end: q.end + loose[0].length };
  // The role's words, the next match or two, with only spaces before them and no person among them.
  const r = doc.matches[i + 1];
  if (!r || !/^[ \t]+$/.test(doc.text.slice(q.end, r.start)) || r.values.some((v) => v.type === 'person')) return null;
  let end = r.end;
  const next = doc.matches[i + 2];
  // "secretary general of NATO": the body after "of".
  if (next && /^[ \t]+of[ \t]+(?:the[ \t]+)?$/.test(doc.text.slice(r.end, next.start)) && !next.values.some((v) => v.type === 'person'))
    end = next.end;
  // "Norwegian NATO Secretary General": the body's word, then its role.
  else if (
    next &&
    r.values.every((v) => v.type === 'qualifier') &&
    /^[ \t]+$/.test(doc.text.slice(r.end, next.start)) &&
    next.values.some((v) => v.type === 'role' || v.type === 'fixed')
  )
    end = next.end;
  const offices = officesNamed(doc, q.end, end).filter((o) => o.jurisdiction !== qualifierJurisdictions(q)[0]);
  return offices.length === 1 ? { office: offices[0], end } : null;
}

// An office whose record is complete from this year or earlier: its holders from one country can be counted (NATO's
// Secretary General, on record since 1952). A record begun later may miss the first of them.
const COMPLETE_SINCE = '1960';

function judge(
  doc: Doc,
  person: PersonMention,
  office: Office,
  country: string,
  told: number,
  start: number,
  end: number,
): Annotation | null {
  if (office.coveredFrom > COMPLETE_SINCE) return null;
  const at = Math.max(start, person.start);
  const firsts = new Map<string, string>();
  for (const h of office.holders) {
    if (h.acting) continue;
    const prev = firsts.get(h.person);
    if (!prev || h.start < prev) firsts.set(h.person, h.start);
  }
  if (!firsts.has(person.personId)) return null;
  const countries = [...firsts.keys()].map((id) => doc.facts.people.get(id)?.country);
  const theirs = [...firsts.entries()]
    .filter(([id]) => doc.facts.people.get(id)?.country === country)
    .sort((a, b) => (a[1] < b[1] ? -1 : 1));
  const place = theirs.findIndex(([id]) => id === person.personId) + 1;
  if (place === 0) return null;
  const t = tenuresOf(person.personId, office).sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  const who = doc.facts.people.get(person.personId);
  const name = who?.name ?? person.personId;
  const base = {
    start: person.start,
    end,
    quote: doc.text.slice(person.start, end),
    kind: 'tenure' as const,
    factIds: [office.id, person.personId],
    fact: describeHolder(who, t),
    sources: sourcesOf(t.holder),
  };
  const others = theirs.filter(([id]) => id !== person.personId).map(([id]) => doc.facts.people.get(id)?.name ?? id);
  if (place === told)
    return {
      ...base,
      verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
      message: `${name} is the ${ordinal(place)} holder of the office of ${office.name} from that country${others.length ? `, after ${others.join(', ')}` : ''}.`,
    };
  const sure =
    doc.dateCertain &&
    at >= 0 &&
    person.full &&
    office.holders.every((h) => h.acting || doc.facts.people.get(h.person)?.country !== country || h.confidence === 'verified') &&
    countries.every(Boolean) &&
    office.holders.every((h) => h.start >= office.coveredFrom) &&
    office.coveredFrom <= [...firsts.values()].sort()[0];
  if (!sure) return null;
  return {
    ...base,
    verdict: 'contradicted',
    message: `${name} is the ${ordinal(place)} holder of the office of ${office.name} from that country, not the ${ordinal(told)}${others.length ? ` (before: ${others.join(', ')})` : ''}.`,
  };
}

const ordinal = (n: number) => ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth'][n - 1] ?? `${n}th`;
