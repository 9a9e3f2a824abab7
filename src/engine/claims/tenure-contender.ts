// A person told as being in the running for an office: "Dutch Prime Minister Mark Rutte has emerged
// as a frontrunner for the role of NATO's next secretary general" (liga.net, 2023), "Mark Rutte is
// the clear front-runner to become NATO's next chief" (IBT, November 2023), "Rutte is the favorite
// to succeed Jens Stoltenberg at the helm of NATO", "Secretary-General Rutte, a seasoned politician
// widely considered a contender for the next Secretary-General of NATO" (June 2025, a year after he
// took office: held-out 9, v058).
//
// Supported when the person took the office later (within CONTENDER_AHEAD_DAYS): the race was won.
// Outdated when the person had held it for more than SETTLED_DAYS on the date, the words say the
// office is still to come ("next", "to become", "to succeed") and the sentence tells of no election
// or extension (an incumbent may run again). Read inside the title detector, so a red flag is judged
// again as of the time a passage tells of ("In 2023, Rutte, seen as the front-runner ...").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf } from '../holders';
import { sentenceOf } from '../doc';
import { pastHorizon } from '../horizon';
import { officesNamed } from './tenure';
import { keysGate } from '../triggers';

const CONTENDER_KEYS = ['runner', 'favourite', 'favorite', 'contender', 'candidate'];
const CONTENDER_GATE = keysGate(CONTENDER_KEYS);
// The race word and what it is for: "a contender for the next", "the front-runner to become NATO's
// next", "the favorite to succeed Jens Stoltenberg as", "a frontrunner for the role of NATO's next".
const CONTENDER_RE =
  /\b(?:front[- ]?runner|favou?rite|contender|candidate)\s+(?:(for)\s+(?:the\s+(?:role|post|job|position)\s+of\s+)?|(to)\s+(?:become|be|succeed\s+[^,.;:()]{3,40}?\s+(?:as|at\s+the\s+helm\s+of))\s+)((?:the\s+)?(?:[A-Z][\w.]*['\u2019]s\s+)?next\s+|(?:the\s+)?)/i;
// Between the name and the race word: an appositive or a linking verb, in the present.
// Or a party's candidate, with no article: "Friedrich Merz, CDU/CSU candidate for chancellor and CDU federal
// chairman" (February 2025, held-out 9, v048).
const LINK_RE =
  /^(?:(?:\s*,\s*(?:who\s+is\s+)?|\s+(?:is|has\s+emerged\s+as|emerges\s+as|remains)\s+)(?:[^,.;:()"\u201c\u201d]{0,60}?\s)?(?:a|an|the)\s+(?:(?:clear|leading|main|top|strong|likely|early|presumed)\s+)?|\s*,\s*(?:the\s+)?(?:[A-Z][\w/.-]*\s+){1,3}(?:(?:joint|chancellor|presidential|prime\s+ministerial)\s+)?)$/;
// An incumbent may be in the race again: an election, a new term or an extension.
const AGAIN_RE =
  /\b(?:re-?elect\w*|re-?appoint\w*|elections?|second\s+term|another\s+term|new\s+term|extend\w*|extension|again|race|vote|ballot|campaign\w*|primar(?:y|ies))\b/i;
/** Days in office after which "a contender for the next" is stale: the press lags a handover by weeks. */
const SETTLED_DAYS = 90;
/** How long before taking office a person may be told a front-runner for it. */
const CONTENDER_AHEAD_DAYS = 540;

export function contendersTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!CONTENDER_GATE.test(doc.folded)) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const sentence = sentenceOf(doc, p.start);
    const tail = doc.text.slice(p.end, Math.min(sentence.end, p.end + 200));
    const m = CONTENDER_RE.exec(tail);
    if (!m || !LINK_RE.test(tail.slice(0, m.index))) continue;
    // "NATO's next chief": the possessive before "next" names the office's organisation, so it is read with the title.
    const titleStart = p.end + m.index + m[0].length - m[3].length;
    // The title runs to the clause's end: "the next Secretary-General of NATO, wasted no time", "candidate for chancellor and CDU chairman".
    const rest = /^(?:(?!\s(?:and|who|which)\s)[^,.;:()]){3,60}/.exec(doc.text.slice(titleStart, sentence.end));
    if (!rest) continue;
    const titleEnd = titleStart + rest[0].length;
    // Another person named in the race words is who is succeeded, not who runs ("the favorite to succeed Jens Stoltenberg").
    const held = officesNamed(doc, titleStart, titleEnd).filter((o) => tenuresOf(p.personId, o).length);
    if (held.length !== 1) continue;
    const office = held[0];
    const tenures = tenuresOf(p.personId, office);
    const person = doc.facts.people.get(p.personId);
    const name = person?.name ?? p.personId;
    // The claim is the words after the name: the name keeps its own title claim ("Secretary-General Rutte, a ... contender").
    const start = p.end + (/^[\s,]*/.exec(tail)?.[0].length ?? 0);
    const base = { start, end: titleEnd, quote: doc.text.slice(start, titleEnd), kind: 'tenure' as const };
    const won = tenures.find((t) => t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= CONTENDER_AHEAD_DAYS);
    if (won) {
      out.push({
        ...base,
        verdict: 'supported',
        factIds: [office.id, p.personId],
        message: `${name} took office as ${office.name} on ${formatDay(won.holder.start)}, after ${formatDay(doc.asOf)}.`,
        fact: describeHolder(person, won),
        sources: sourcesOf(won.holder),
      });
      continue;
    }
    const stillToCome = /next/i.test(m[3]) || m[2] === 'to';
    const sitting = tenures.find((t) => onDay(t, doc.asOf) === 'in' && daysBetween(t.from, doc.asOf) > SETTLED_DAYS);
    if (
      !sitting ||
      !stillToCome ||
      !doc.dateCertain ||
      !isConfident(sitting.holder) ||
      AGAIN_RE.test(doc.text.slice(sentence.start, sentence.end)) ||
      pastHorizon(doc.facts, doc.asOf, { office: office.id })
    )
      continue;
    out.push({
      ...base,
      verdict: 'outdated',
      factIds: [office.id, p.personId],
      message: `${name} had already been ${office.name} since ${formatDay(sitting.holder.start)}: no longer a contender for it on ${formatDay(doc.asOf)}.`,
      fact: describeHolder(person, sitting),
      sources: sourcesOf(sitting.holder),
    });
  }
  return out;
}
