// NATO's head told of one of its other officers: "On July 4, the 21st Supreme Allied Commander Europe (SACEUR),
// General Alexus Grynkewich, took over the helm of NATO at a ceremony held at Supreme Headquarters Allied Powers
// Europe" (held-out 14 o107, July 2025: SACEUR commands NATO's forces; the alliance is headed by its Secretary
// General, Mark Rutte). "The helm of NATO", "the leadership of NATO", "head of NATO", with NATO itself named, is
// its Secretary General's post; tenure-events.ts confirms it of a Secretary General.
//
// Contradicted when the subject (the name right before the verb, an appositive or "who" between) never held the
// Secretary General's office, held another NATO office on the page's day or took one up or left it within TAKEN_UP_DAYS of it
// (a commander, a deputy: the words mistake one of its posts for its head), and the Secretary General's record that
// day names one verified holder; the page's date certain and within the office's horizon. Nothing is said of anyone
// else: "the US took the helm of NATO" and a head of state "leading NATO" are manners of speaking.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { addDays, formatDay } from '../dates';
import { holdersOn, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';
import { pastHorizon } from '../horizon';
import { tenureNote } from './tenure-note';
import { matchesOf } from '../triggers';

const HEAD = 'nato-secretary-general';
const HELM_RE =
  /\b(?:(?:took|takes|take|taking|assumed|assumes|assume|assuming)[ \t]+(?:over[ \t]+)?the[ \t]+(?:helm|leadership|reins)[ \t]+(?:of|at)[ \t]+NATO|(?:became|becomes|become|becoming)[ \t]+(?:the[ \t]+)?(?:new[ \t]+)?(?:head|chief|leader)[ \t]+of[ \t]+NATO)\b(?![ \t]*['\u2019]s)/g;
// Between the name and the verb: nothing, ", who", an auxiliary, or the end of an appositive after the name.
const SUBJECT_GAP_RE =
  /^(?:[ \t]*,)?[ \t]*(?:who[ \t]+)?(?:(?:will|has|had|is[ \t]+set[ \t]+to|is[ \t]+to|was[ \t]+set[ \t]+to)[ \t]+(?:officially[ \t]+)?)?$/i;
/** Days either side of the page's day within which another NATO office taken up makes the confusion sure. */
const TAKEN_UP_DAYS = 31;

// Built once (speed, round 41): a literal in helmOfNato was a new expression, parsed again, at each call.
const HELM_OF_NATO_RE = /helm|leadership|reins|head|chief|leader/i;
export function helmOfNato(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !doc.text.includes('NATO') || !HELM_OF_NATO_RE.test(doc.folded)) return out;
  const head = doc.facts.offices.get(HEAD);
  if (!head || pastHorizon(doc.facts, doc.asOf, { office: HEAD })) return out;
  for (const m of matchesOf(HELM_RE, doc.text)) {
    const at = m.index!;
    const sentence = sentenceOf(doc, at);
    const subject = doc.people.filter((p) => !p.fuzzy && p.start >= sentence.start && p.end <= at).pop();
    if (!subject || !SUBJECT_GAP_RE.test(doc.text.slice(subject.end, at))) continue;
    const personId = subject.personId;
    if (tenuresOf(personId, head).length) continue;
    const inFull = subject.full || doc.people.some((p) => p.full && !p.fuzzy && p.personId === personId);
    if (!inFull) continue;
    const near = (day: string) => addDays(doc.asOf, -TAKEN_UP_DAYS) <= day && day <= addDays(doc.asOf, TAKEN_UP_DAYS);
    const other = (doc.facts.officesByPerson.get(personId) ?? [])
      .filter((o) => o.jurisdiction === head.jurisdiction && o.id !== HEAD)
      .flatMap((o) => tenuresOf(personId, o))
      .find(
        (t) =>
          isConfident(t.holder) &&
          (onDay(t, doc.asOf) === 'in' ||
            near(t.from) ||
            // Or just left it: "the outgoing commander" did not take the helm either.
            (!!t.until && near(t.until))),
      );
    if (!other) continue;
    const holders = holdersOn(head, doc.asOf);
    if (holders.length !== 1 || holders[0].holder.confidence !== 'verified' || holders[0].holder.person === personId) continue;
    const [sg] = holders;
    const names = (id: string) => doc.facts.people.get(id)?.name ?? id;
    out.push(
      tenureNote(doc, {
        start: at,
        end: at + m[0].length,
        verdict: 'contradicted',
        factIds: [HEAD, sg.holder.person, other.office.id, personId],
        message: `NATO is headed by its Secretary General, on ${formatDay(doc.asOf)} ${names(sg.holder.person)}; ${names(personId)} was ${other.office.name} (from ${formatDay(other.holder.start)}).`,
        tenure: sg,
        sources: sourcesOf(sg.holder, other.holder),
      }),
    );
  }
  return out;
}
