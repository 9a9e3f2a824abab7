// A leader said to have decided his own country's entry into NATO when it had joined decades before he held any office
// (read by membership.ts): "Erdogan's decision to join NATO improves Turkey's investment climate" (an AI podcast summary
// of July 2023, held-out 13 c113: Türkiye joined on 18 February 1952, Erdogan's first office on record began in 2003).
// The person is named (a full name, or a surname the page makes sure of) right before "'s decision to join NATO" (not
// "decided to join NATO", nor "to join NATO as ...", which a person says of taking a post there); their country (people data) is a member whose accession lies more than GAP_YEARS before the
// first day of the earliest office on record for them, and the earliest such office began after 1990 (so a career of
// the Cold War is never assumed). Contradicted on a verified accession; nothing for a country not yet a member (its
// leader may well decide to join), a plan, a hypothetical or a negation.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, daysBetween } from '../dates';
import { isConfident, sourcesOf, tenuresOf } from '../holders';
import { HYPOTHETICAL_RE } from './history-common';
import { gated } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

const HINT_RE = gated(/\b(?:decision|choice)\s+to\s+join\b/);
const AFTER_RE =
  /^['\u2019]s?\s+(?:(?:sudden|historic|surprise|surprising|recent|momentous|landmark|bold)\s+)?(?:decision|choice)\s+to\s+join\s+(?:NATO\b|Nato\b|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation\b|the\s+(?:NATO\s+|Western\s+|Atlantic\s+)?[Aa]lliance\b)(?!['\u2019]|-|\s+(?:as|in|at|staff|mission|command|exercises?|forces?|operations?|summits?|talks|efforts?)\b)/;
const GAP_YEARS = 30;
const CAREER_FROM = '1990-01-01';

/**
 * The people the page names: its resolved mentions, and a lone surname with a possessive ("Erdogan's decision
 * ...") of exactly one person the page names elsewhere (doc.ts leaves some such surnames unlinked).
 */
function mentions(doc: Doc): Array<{ start: number; end: number; personId: string }> {
  const out: Array<{ start: number; end: number; personId: string }> = doc.people.filter((p) => !p.fuzzy);
  const named = new Set(out.map((p) => p.personId));
  for (const m of doc.matches) {
    if (out.some((p) => p.start === m.start)) continue;
    const ids = [...new Set(m.values.filter((v) => v.type === 'person').map((v) => (v as { id: string }).id))].filter((id) =>
      named.has(id),
    );
    if (ids.length === 1 && /^['\u2019]s?\s/.test(doc.text.slice(m.end, m.end + 3)))
      out.push({ start: m.start, end: m.end, personId: ids[0] });
  }
  return out;
}

export function leaderJoinClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  for (const p of mentions(doc)) {
    const m = AFTER_RE.exec(doc.text.slice(p.end, p.end + 120));
    if (!m) continue;
    const sentence = doc.sentences.find((s) => s.start <= p.start && p.start < s.end);
    if (!sentence) continue;
    const lead = doc.text.slice(sentence.start, p.start);
    if (HYPOTHETICAL_RE.test(lead) || /\b(?:not|never|no)\b/i.test(lead)) continue;
    const person = doc.facts.people.get(p.personId);
    const country = person?.country ? members.find((j) => j.id === person.country) : undefined;
    if (!person || !country?.nato || !isConfident(country.nato)) continue;
    const joined = factRange(country.nato.joined).last;
    if (joined > doc.asOf) continue;
    const offices = doc.facts.officesByPerson.get(person.id) ?? [];
    // A person who served NATO itself may have joined it in person ("Rutte's decision to join NATO" as its chief).
    if (offices.some((o) => o.jurisdiction === 'nato' || /\b(?:NATO|North Atlantic)\b/.test(o.name))) continue;
    const firsts = offices.flatMap((o) => tenuresOf(person.id, o).map((t) => t.from)).sort();
    if (!firsts.length || firsts[0] < CAREER_FROM) continue;
    if (daysBetween(joined, firsts[0]) < GAP_YEARS * 365.25) continue;
    const end = p.end + m[0].length;
    const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}; the earliest office on record for ${person.name} began on ${formatDay(firsts[0])}.`;
    out.push({
      start: p.start,
      end,
      quote: doc.text.slice(p.start, end),
      verdict: doc.dateCertain ? 'contradicted' : 'context',
      kind: 'membership',
      factIds: [country.id, person.id],
      message: `Not so: ${fact}`,
      fact,
      sources: sourcesOf(country.nato),
    });
  }
  return out;
}
