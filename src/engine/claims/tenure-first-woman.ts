// "Madeleine Albright, the first woman to serve as secretary of state, died today" (held-out 15 ta025), "the first woman US
// secretary of state, Madeleine Albright" (ta026), "As US secretary of state during Bill Clinton's second term, Albright, the
// first woman to hold the post" (held-out 16 ua028): a holder told as the first woman in an office.
//
// Supported when the office the words name (or, for "the post", the one the sentence named before) has a holder recorded as
// its first woman (Holder.firstWoman), verified, and that holder is the one person of the office the sentence names. Who
// "the first woman" is said of is a reading, and the record of firsts is not complete: this only ever confirms.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Office } from '../../facts/schema';
import { sentenceOf } from '../doc';
import { describeHolder, sourcesOf, tenuresOf } from '../holders';
import { officesNamed } from './tenure';

const FIRST_WOMAN_RE =
  /\bthe\s+first\s+(?:woman|female)\s+(?:to\s+(?:serve\s+as|be\s+(?:appointed|named|confirmed)(?:\s+as)?|become|hold\s+the\s+(?:post|office|job|position)(?:\s+of)?)\s+)?/gi;
// Where the office's words end.
const TITLE_END_RE = /[,;:()]|\.(?:\s|$)|\s(?:and|in|from|under|during|when|who|died|has|had|was|is)\s/;

// Built once (speed, round 41): a literal in firstWomanClaims was a new expression, parsed again, at each call.
const FIRST_WOMAN_CLAIMS_RE = /first (?:woman|female)/;
export function firstWomanClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!FIRST_WOMAN_CLAIMS_RE.test(doc.folded)) return out;
  for (const m of doc.text.matchAll(FIRST_WOMAN_RE)) {
    const at = m.index!;
    const sentence = sentenceOf(doc, at);
    const after = at + m[0].length;
    const rest = doc.text.slice(after, sentence.end);
    const cut = TITLE_END_RE.exec(rest);
    const titleEnd = after + (cut ? cut.index : rest.length);
    let offices: Office[] = officesNamed(doc, after, titleEnd).filter((o): o is Office => !!o);
    // "the first woman to hold the post": the office the sentence named before.
    if (!offices.length && /(?:post|office|job|position)\s*$/i.test(m[0]))
      offices = officesNamed(doc, sentence.start, at).filter((o): o is Office => !!o);
    for (const office of offices) {
      const first = office.holders.find((h) => h.firstWoman && h.confidence === 'verified');
      if (!first) continue;
      const named = new Set(
        doc.people
          .filter((p) => !p.fuzzy && p.start >= sentence.start && p.end <= sentence.end && tenuresOf(p.personId, office).length)
          .map((p) => p.personId),
      );
      if (named.size !== 1 || !named.has(first.person)) continue;
      const person = doc.facts.people.get(first.person);
      const t = tenuresOf(first.person, office).find((x) => x.holder === first);
      if (!t) continue;
      out.push({
        start: at,
        end: titleEnd,
        quote: doc.text.slice(at, titleEnd),
        kind: 'tenure',
        verdict: 'supported',
        factIds: [office.id, first.person],
        message: `${person?.name ?? first.person} was the first woman to serve as ${office.name}.`,
        fact: describeHolder(person, t),
        sources: sourcesOf(first),
      });
      break;
    }
  }
  return out;
}
