// A deputy's title given to the holder of the office itself, after a promotion: "Ukraine's deputy foreign minister Andrii
// Sybiha" (December 2025, held-out 26 ga050: he had been foreign minister since 5 September 2024, and first deputy foreign
// minister from April to September 2024). title.ts reads no claim after "deputy" (another office, which the fact base mostly
// does not keep: "Deputy Prime Minister Viktor Orban" says nothing, title.test.ts), so this is the only judgement of such a
// title, and it is made only where the record holds the deputy's office: a stale title, not a guess at a real double office
// or a post the record lacks. Beyond doubt only: "deputy" (or "first deputy") right before the role, or a role whose own
// words begin so ("deputy foreign minister", Russia's), the role right before the name written in full, nothing of another
// time before it ("former", "then") or in its sentence (a year, "when", "at the time": the person may have been the deputy
// then), and on the page's day the person holds the office the role names (one country's: the qualifier's, or the one such
// office of the person's), on a verified record begun more than SETTLED_DAYS before, within the horizon, holds no deputy's
// office, and held that country's deputy's office of the role before: outdated. "Vice" is left alone: "Vice President
// Biden" is told of his vice presidency long after.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { addDays, formatDay } from '../dates';
import { spanIndexAt } from '../sentences';

// Right before the role: "deputy", "first deputy" (folded text); or the role's own words begin so.
const DEPUTY_ROLE_RE = /^(?:first )?deputy (.+)$/;
const DEPUTY_BEFORE_RE = /(?:^|[^a-z-])(?:first[ \t]+)?deputy[ \t]+$/;
const EARLIER_BEFORE_RE = /(?:former|formerly|ex|then|one[ -]time|onetime|erstwhile|previous|past|late|acting|interim|would be)[ \t-]*$/;
// Another time told in the sentence: the deputy's title may be of that time.
// Read only for a deputy's title before a held office's holder, so no gate is needed.
const OTHER_TIME_RE =
  /\b(?:1[89]\d\d|20\d\d|then|when|while|until|once|ago|formerly|previously|earlier|before|at\s+the\s+time|last\s+(?:year|spring|summer|autumn|fall|winter))\b/i;
const CHOSE_AFTER_RE = /^[ \t]+(?:appointed|named|picked|chose|selected|hired|fired|dismissed|sacked|nominated|replaced)\b/;
/** Days into the office before a deputy's title is called wrong: stories filed around an appointment lag. */
const SETTLED_DAYS = 30;

export function deputyOfHolderTitles(doc: Doc): Annotation[] {
  if (!doc.folded.includes('deputy ') || !doc.dateCertain) return [];
  const out: Annotation[] = [];
  for (const p of doc.people) {
    if (p.fuzzy || !p.full) continue;
    // "the deputy foreign minister Andrii Sybiha appointed in February": the name is the subject of a clause about the deputy.
    if (CHOSE_AFTER_RE.test(doc.text.slice(p.end, p.end + 16))) continue;
    const r = doc.matches[p.match - 1];
    if (!r || r.end > p.start || !/^[ \t]*$/.test(doc.folded.slice(r.end, p.start))) continue;
    const role = r.values.find((v) => v.type === 'role');
    if (!role) continue;
    // "deputy foreign minister" may be a role of its own (Russia's deputy foreign minister): the office it is a deputy of.
    const own = DEPUTY_ROLE_RE.exec(role.key);
    let key = role.key;
    let deputyStart = r.start;
    if (own) key = own[1];
    else {
      const before = doc.folded.slice(Math.max(0, r.start - 40), r.start);
      const deputy = DEPUTY_BEFORE_RE.exec(before);
      if (!deputy || role.key.includes('deputy')) continue;
      deputyStart = r.start - before.length + deputy.index + (deputy[0].length - deputy[0].trimStart().length);
    }
    const lead = doc.folded.slice(Math.max(0, deputyStart - 40), deputyStart);
    if (EARLIER_BEFORE_RE.test(lead)) continue;
    // "Ukraine's deputy foreign minister", "the Ukrainian Deputy Foreign Minister": the country right before.
    const q = doc.matches[p.match - 2];
    const qualified = !!q && q.end <= deputyStart && /^(?:['\u2019]s)?[ \t]+$/.test(doc.text.slice(q.end, deputyStart));
    const countries = qualified ? q.values.flatMap((v) => (v.type === 'qualifier' ? [v.jurisdiction] : [])) : [];
    const start = qualified && countries.length ? q.start : deputyStart;
    const sentence = doc.sentences[spanIndexAt(doc.sentences, start)];
    if (!sentence || OTHER_TIME_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const senses = (doc.lexicon.roles.get(key) ?? []).filter(
      (s) => !s.loose && s.office.single !== false && (!countries.length || countries.includes(s.office.jurisdiction)),
    );
    const held: Tenure[] = senses.flatMap((s) => tenuresOf(p.personId, s.office).filter((t) => onDay(t, doc.asOf) === 'in'));
    if (held.length !== 1) continue;
    const [t] = held;
    if (t.holder.confidence !== 'verified' || t.holder.acting || t.fromLate > addDays(doc.asOf, -SETTLED_DAYS)) continue;
    if (pastHorizon(doc.facts, doc.asOf, { office: t.office.id })) continue;
    // A deputy's office of that country the person left before: the title is stale, not made up.
    const earlier = (doc.facts.officesByPerson.get(p.personId) ?? [])
      .filter((o) => o.jurisdiction === t.office.jurisdiction && /\bdeputy\b/i.test(o.name) && o.roles.some((x) => x.includes(key)))
      .flatMap((o) => tenuresOf(p.personId, o))
      .filter((x) => x.until && x.until <= doc.asOf)
      .pop();
    // A deputy's office held on the day as well (a deputy prime minister who is also a minister): the words may be that.
    if (
      (doc.facts.officesByPerson.get(p.personId) ?? []).some(
        (o) => /\bdeputy\b/i.test(o.name) && tenuresOf(p.personId, o).some((x) => onDay(x, doc.asOf) !== 'out'),
      )
    )
      continue;
    if (!earlier?.until) continue;
    const person = doc.facts.people.get(p.personId);
    const name = person?.name ?? p.personId;
    out.push({
      start,
      end: p.end,
      quote: doc.text.slice(start, p.end),
      verdict: 'outdated',
      kind: 'title',
      factIds: [t.office.id, p.personId],
      message: `${name} left the office of ${earlier.office.name} on ${formatDay(earlier.until)}; on ${formatDay(doc.asOf)} ${name} was ${t.office.name} (since ${formatDay(t.holder.start)}), not a deputy.`,
      fact: `${name}: ${t.office.name}, since ${formatDay(t.holder.start)}`,
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
