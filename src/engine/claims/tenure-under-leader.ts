// A holder's place in line under a leader: "Zelenskyy's fourth defence minister: why the president is
// replacing Oleksii Reznikov with Rustem Umierov" (September 2023: held-out 9, v032), "Umerov, who
// became Zelensky's fourth defense minister", "Trump's fourth national security adviser".
//
// The count is of those who took the office (acting holders aside) during the leader's tenure running
// on the page's date. Supported when the one so counted is named in the sentence, or, with no one
// named, took office within RECENT_DAYS of the page's date (a headline on the appointment). Counting
// is a reading (an acting holder, a holder kept over from the predecessor), so this is never flagged.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { daysBetween, formatDay } from '../dates';
import { describeHolder, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { sentenceOf } from '../doc';
import { numberFrom, ordinalText } from '../numbers';
import { officesNamed } from './tenure';
import { keysGate } from '../triggers';

const ORDINAL_WORDS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const UNDER_KEYS = ['first ', 'second ', 'third ', 'fourth ', 'fifth ', 'sixth ', 'seventh ', 'eighth ', 'ninth ', 'tenth '];
const UNDER_GATE = keysGate(UNDER_KEYS);
const UNDER_RE = new RegExp(String.raw`^['\u2019]s?\s+(${ORDINAL_WORDS}|\d{1,2}(?:st|nd|rd|th))\s+`, 'i');
/** How recent a start may be for a headline with no one named to be about it. */
const RECENT_DAYS = 14;

export function holdersUnderLeaders(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!UNDER_GATE.test(doc.folded)) return out;
  for (const leader of doc.people) {
    if (leader.fuzzy) continue;
    const m = UNDER_RE.exec(doc.text.slice(leader.end, leader.end + 16));
    if (!m) continue;
    // The leader's tenure on the page's date, of a head of state or government.
    const led = (doc.facts.officesByPerson.get(leader.personId) ?? [])
      .filter((o) => o.headOf)
      .flatMap((o) => tenuresOf(leader.personId, o))
      .find((t) => onDay(t, doc.asOf) !== 'out');
    if (!led) continue;
    const sentence = sentenceOf(doc, leader.start);
    const titleStart = leader.end + m[0].length;
    const rest = /^[^,.;:()]{3,50}/.exec(doc.text.slice(titleStart, sentence.end));
    if (!rest) continue;
    // Offices of the leader's own jurisdiction: "Zelenskyy's defence minister" is Ukraine's.
    const offices = officesNamed(doc, titleStart, titleStart + rest[0].length).filter(
      (o) => o.jurisdiction === led.office.jurisdiction && o.id !== led.office.id,
    );
    if (offices.length !== 1) continue;
    const n = numberFrom(m[1]);
    const office = offices[0];
    const holders = underLeader(office, led);
    const nth = holders[n - 1];
    if (!nth) continue;
    const inSentence = doc.people.filter((p) => p.start >= sentence.start && p.end <= sentence.end && p.personId !== leader.personId);
    const named = inSentence.some((p) => p.personId === nth.holder.person);
    const recent = nth.holder.start <= doc.asOf && daysBetween(nth.holder.start, doc.asOf) <= RECENT_DAYS;
    const end = titleStart + rest[0].length;
    const annotate = (t: Tenure, verdict: Annotation['verdict'], message: (name: string | undefined) => string): Annotation => {
      const person = doc.facts.people.get(t.holder.person);
      return {
        start: leader.start,
        end,
        quote: doc.text.slice(leader.start, end),
        kind: 'tenure',
        verdict,
        factIds: [office.id, t.holder.person, leader.personId],
        message: message(person?.name),
        fact: describeHolder(person, t),
        sources: sourcesOf(t.holder),
      };
    };
    const leaderName = doc.facts.people.get(leader.personId)?.name;
    if (!named && !recent) {
      // Another holder under the same leader named instead: said, not flagged (who counts is a reading).
      const other = holders.findIndex((t) => inSentence.some((p) => p.personId === t.holder.person));
      if (other >= 0)
        out.push(
          annotate(
            holders[other],
            'context',
            (name) =>
              `${name} was the ${ordinalText(other + 1)} ${office.name} appointed under ${leaderName}, not the ${m[1]} (acting holders not counted).`,
          ),
        );
      continue;
    }
    out.push(
      annotate(
        nth,
        nth.holder.confidence === 'verified' ? 'supported' : 'context',
        (name) =>
          `${name} was the ${m[1]} ${office.name} appointed while ${leaderName} was ${led.office.name}, from ${formatDay(nth.holder.start)}.`,
      ),
    );
  }
  return out;
}

/** The office's non-acting tenures begun during the leader's tenure, in order. */
function underLeader(office: Office, led: Tenure): Tenure[] {
  return office.holders
    .filter((h) => !h.acting && h.start >= led.holder.start && (!led.holder.end || h.start < led.holder.end))
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .flatMap((h) => tenuresOf(h.person, office).filter((t) => t.holder === h));
}
