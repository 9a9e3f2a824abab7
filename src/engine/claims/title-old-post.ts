// Round 38. An office named by a predecessor's possessive: "his former Labour Party colleague Jonas Gahr Støre, who now
// holds Stoltenberg’s old post" (held-out 36 qq019, September 2024: Norway's premiership, Stoltenberg's 2005–2013), "Dick
// Schoof, who took over Rutte's old job", "Kaja Kallas now occupies Borrell's former post". Which office is meant is not
// said, so this only ever confirms: supported when, on the page's day, the first person holds by a confident record
// exactly one office the second held and left before them; otherwise nothing is said.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';
import { formatDay } from '../dates';
import { keysGate } from '../triggers';
import { namedPeople } from './tenure-pronoun';

const KEYS = [' old post', ' old job', ' former post', ' former job', ' old position', ' former position', ' old seat', ' old role'];
const GATE = keysGate(KEYS);
// After the holder's name, up to the predecessor's name.
const LEAD_RE =
  /^,?[ \t]+(?:who[ \t]+)?(?:(?:now|currently)[ \t]+)?(?:holds|occupies|fills|has|took[ \t]+over|inherited|(?:has|had)[ \t]+(?:taken[ \t]+over|inherited))[ \t]+(?:(?:now|currently)[ \t]+)?$/;
// After the predecessor's name: the possessive and the post.
const POST_RE = /^['\u2019]s?[ \t]+(?:old|former|previous)[ \t]+(?:post|job|position|seat|role)\b/;

export function oldPostTitles(doc: Doc): Annotation[] {
  if (!GATE.test(doc.folded)) return [];
  const out: Annotation[] = [];
  const { text, facts, asOf } = doc;
  // Lone surnames the lexicon reads as one person count too ("Stoltenberg’s old post" on a page that names him in full).
  const people = namedPeople(doc).sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < people.length; i++) {
    const holder = people[i];
    const before = people[i + 1];
    if (holder.personId === before.personId || before.start - holder.end > 40) continue;
    if (!LEAD_RE.test(text.slice(holder.end, before.start))) continue;
    const post = POST_RE.exec(text.slice(before.end, before.end + 30));
    if (!post) continue;
    const end = before.end + post[0].length;
    const held = (facts.officesByPerson.get(holder.personId) ?? []).flatMap((o) =>
      tenuresOf(holder.personId, o).filter((t) => onDay(t, asOf) === 'in' && isConfident(t.holder)),
    );
    const fits = held.filter((t) =>
      tenuresOf(before.personId, t.office).some((x) => x.from < t.from && x.until !== null && x.until <= t.from),
    );
    if (fits.length !== 1) continue;
    const [t] = fits;
    const who = facts.people.get(holder.personId);
    const other = facts.people.get(before.personId);
    if (!who || !other || !isConfident(who) || t.holder.confidence !== 'verified') continue;
    out.push({
      start: holder.start,
      end,
      quote: text.slice(holder.start, end),
      kind: 'title',
      verdict: 'supported',
      factIds: [t.office.id, holder.personId, before.personId],
      message: `${who.name} was ${t.office.name} on ${formatDay(asOf)}, an office ${other.name} had held before.`,
      fact: describeHolder(who, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
