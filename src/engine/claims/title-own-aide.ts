// Round 36: the holder of an office given a post that serves that office. "Polish Foreign Minister Radosław Sikorski
// advised presidential envoy Karol Nawrocki on talking points for his meeting with US President Donald Trump" (held-out 34
// pf035, 2 September 2025): Nawrocki had been President of Poland since 6 August 2025; a president is no presidential envoy.
// The class: "presidential envoy/adviser/aide/spokesman/press secretary/chief of staff NAME", "the prime minister's adviser
// NAME", "prime ministerial aide NAME", said of the person who held that very kind of office that day (any country's
// president for "presidential", any prime minister for "prime minister's"). title.ts reads no claim after such a post (it
// names an aide, not an office of the fact base), so this is its only judgement.
//
// Contradicted only beyond doubt: the name written in full, the post right before it, nothing of another time before it
// ("former", "then", "ex-") or in its sentence (a year before the tenure, "when", "once", "at the time": the person may
// have served the office before holding it), a verified record of the office held on the page's day, begun more than
// HANDOVER_DAYS before, within the office's horizon, and a page of certain date.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { daysBetween, formatDay } from '../dates';
import { sentenceOf } from '../doc';
import { compiledOnFirstRun } from '../triggers';

const POST = String.raw`(?:special[ \t]+)?(?:envoy|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|press[ \t]+secretary|chief[ \t]+of[ \t]+staff)`;
// Right before the name (folded text): the serving post of a president's or a prime minister's office.
const OWN_AIDE_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`(?:^|[^a-z-])((?:(presidential)|(?:the[ \t]+)?(?:(prime[ \t]+minister)(?:'s|s')|(prime[ \t]+ministerial)|(premier)(?:'s|s')))[ \t]+${POST})[ \t]+$`,
  ),
);
const EARLIER_BEFORE_RE = /(?:former|formerly|ex|then|one[ -]time|onetime|erstwhile|previous|past|late|would be)[ \t-]*$/;
const OTHER_TIME_RE = /\b(?:then|when|while|once|ago|formerly|previously|earlier|at\s+the\s+time|back\s+in)\b/i;
const YEAR_RE = /\b(?:19|20)\d\d\b/g;
/** Days after a handover in which a page may lag (as title.ts allows for the office itself). */
const HANDOVER_DAYS = 2;

// Built once (speed, round 41): a literal in ownAideTitles was a new expression, parsed again, at each call.
const OWN_AIDE_TITLES_RE = /presidential |prime minister|premier/;
export function ownAideTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !OWN_AIDE_TITLES_RE.test(doc.folded)) return out;
  for (const p of doc.people) {
    if (p.fuzzy || !p.full) continue;
    const before = doc.folded.slice(Math.max(0, p.start - 48), p.start);
    const m = OWN_AIDE_RE.exec(before);
    if (!m) continue;
    const postStart = p.start - before.length + m.index + m[0].indexOf(m[1]);
    if (EARLIER_BEFORE_RE.test(doc.folded.slice(Math.max(0, postStart - 16), postStart))) continue;
    const president = !!m[2];
    const held = (doc.facts.officesByPerson.get(p.personId) ?? [])
      .filter((o) => (president ? /^President\b/.test(o.name) : /^Prime Minister\b/.test(o.name)))
      .flatMap((o) => tenuresOf(p.personId, o))
      .filter((t) => onDay(t, doc.asOf) === 'in' && isConfident(t.holder) && !t.holder.acting);
    if (held.length !== 1) continue;
    const t: Tenure = held[0];
    if (daysBetween(t.from, doc.asOf) <= HANDOVER_DAYS || pastHorizon(doc.facts, doc.asOf, { office: t.office.id })) continue;
    const sentence = sentenceOf(doc, p.start);
    const text = doc.text.slice(sentence.start, sentence.end);
    if (OTHER_TIME_RE.test(text)) continue;
    if ([...text.matchAll(YEAR_RE)].some((y) => y[0] <= t.from.slice(0, 4))) continue;
    const person = doc.facts.people.get(p.personId);
    const post = doc.text
      .slice(postStart, p.start)
      .trim()
      .replace(/^the\s+/i, '');
    out.push({
      start: postStart,
      end: p.end,
      quote: doc.text.slice(postStart, p.end),
      verdict: 'contradicted',
      kind: 'title',
      factIds: [t.office.id, p.personId],
      message: `${person?.name ?? p.personId} was ${t.office.name} on ${formatDay(doc.asOf)} (since ${formatDay(t.holder.start)}), the office itself, not a "${post}" serving it.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  }
  return out;
}
