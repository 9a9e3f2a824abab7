// Round 38. A term told as ending soon, with no day: "Mark Rutte’s term as prime minister will expire shortly, and he
// intends to continue his political career as NATO secretary general" (held-out 36 qq016, 18 June 2024; he left office on
// 2 July), "Stoltenberg's mandate is coming to an end", "Biden's term ends in the coming weeks". A day told ("expires on
// 1 October") is tenure-mandate.ts's. "Soon" is loose, so this only ever confirms: supported when the person named by
// the possessive (in full on the page, or a lone surname the lexicon reads as them alone) held, on the page's day, the
// office named after "as" (or, with none named, their one office running that day) by a verified record, and that tenure
// ended within SOON_DAYS after the day.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { describeHolder, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { keysGate, warmed } from '../triggers';
import { namedPeople } from './tenure-pronoun';
import { officesNamed } from './tenure';

const KEYS = [' shortly', ' soon', ' coming to an end', ' coming weeks', ' coming months', ' drawing to a close'];
const GATE = keysGate(KEYS);
// After the person's possessive: the term, the office (group 1), the ending told as near.
const SOON_RE =
  /^['\u2019]s?[ \t]+(?:(?:current|second|third|final|last|present)[ \t]+)?(?:term(?:[ \t]+in[ \t]+office)?|mandate|tenure)(?:[ \t]+as[ \t]+([^,.;:()"\u201c\u201d]{3,50}?))?[ \t]+(?:(?:will|is[ \t]+(?:set|due|about)[ \t]+to)[ \t]+(?:expire|end|run[ \t]+out|come[ \t]+to[ \t]+an[ \t]+end)[ \t]+(?:shortly|soon|in[ \t]+the[ \t]+coming[ \t]+(?:days|weeks|months))|(?:expires|ends|runs[ \t]+out)[ \t]+(?:shortly|soon|in[ \t]+the[ \t]+coming[ \t]+(?:days|weeks|months))|is[ \t]+(?:(?:soon|now)[ \t]+)?(?:coming[ \t]+to[ \t]+an[ \t]+end|drawing[ \t]+to[ \t]+a[ \t]+close|ending[ \t]+soon|expiring[ \t]+soon))\b/iu;
/** How soon after the page's day the tenure must end. */
const SOON_DAYS = 120;

export function termsEndingSoon(doc: Doc): Annotation[] {
  if (!GATE.test(doc.folded)) return [];
  const out: Annotation[] = [];
  for (const p of namedPeople(doc)) {
    const c = doc.text.charCodeAt(p.end);
    // A possessive: "’" or "'" right after the name.
    if (c !== 0x2019 && c !== 0x27) continue;
    const tail = doc.text.slice(p.end, p.end + 140);
    const m = warmed(SOON_RE, tail).exec(tail);
    if (!m) continue;
    const end = p.end + m[0].length;
    let tenures: Tenure[];
    if (m[1]) {
      const titleStart = p.end + m[0].indexOf(m[1]);
      tenures = officesNamed(doc, titleStart, titleStart + m[1].length).flatMap((o) => tenuresOf(p.personId, o));
    } else tenures = (doc.facts.officesByPerson.get(p.personId) ?? []).flatMap((o) => tenuresOf(p.personId, o));
    const running = tenures.filter((t) => onDay(t, doc.asOf) === 'in');
    if (running.length !== 1) continue;
    const [t] = running;
    const who = doc.facts.people.get(p.personId);
    if (!who || who.confidence !== 'verified' || t.holder.confidence !== 'verified' || !t.until) continue;
    if (daysBetween(doc.asOf, t.until) > SOON_DAYS) continue;
    out.push({
      start: p.start,
      end,
      quote: doc.text.slice(p.start, end),
      kind: 'tenure',
      verdict: 'supported',
      factIds: [t.office.id, p.personId],
      message: `${who.name}'s tenure as ${t.office.name} ended on ${formatDay(t.holder.end ?? t.until)}, soon after ${formatDay(doc.asOf)}.`,
      fact: describeHolder(who, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
