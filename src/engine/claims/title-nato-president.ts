// Round 42 (founding). NATO has no president: its head is the Secretary General, who chairs the North Atlantic Council.
// "Fun fact: the current president of NATO is Norwegian" (held-out 40 sy002, a webcomic's caption, April 2023: Jens
// Stoltenberg, a Norwegian, was Secretary General). title.ts reads "NATO President Jens Stoltenberg" (absentOfficeTitles:
// the organisation's name, the head's title, a full name); this reads the forms without a name after the title:
//   - the office as a subject or an apposition, said of a nationality or a person: "the (current) president of NATO is
//     Norwegian / is a Norwegian / was Jens Stoltenberg", "NATO's president is Dutch", "the president of NATO, Jens
//     Stoltenberg, said";
//   - a person, then the office in apposition: "Jens Stoltenberg, the president of NATO, said", "Mark Rutte, NATO's president";
//   - "NATO president Stoltenberg": a lone surname after the title, of someone who was Secretary General that day.
// Contradicted when the person named (or, for a nationality, the Secretary General of the day) is on a confident record;
// whatever the nationality told, the title is wrong. Never with "the president of NATO" followed by anything else ("the
// president of NATO member Poland", "of NATO ally Turkey", "of NATO's Parliamentary Assembly", "the President of the North
// Atlantic Council", an honorary post the foreign ministers once held in turn), nor with a question, a negation or a
// supposition in the sentence ("NATO does not have a president", "Who is the president of NATO?").
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { matchesIn, qualifierJurisdictions } from '../doc';
import { describeHolder, holdersOn, isConfident, sourcesOf, type Tenure } from '../holders';
import { formatDay } from '../dates';
import { HYPOTHETICAL_RE } from './history-common';
import { compiledOnFirstRun, warmed } from '../triggers';

const NATO = String.raw`(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)`;
// The office, then what it is said to be: "is Norwegian", "is a Norwegian", "was Jens Stoltenberg", ", Jens Stoltenberg,".
const OFFICE_SAID_RE = new RegExp(
  String.raw`\b(?:(?:[Tt]he\s+)?(?:(?:current|present|new|sitting|incumbent)\s+)?[Pp]resident\s+of\s+${NATO}|(?:NATO|Nato)['\u2019]s\s+(?:(?:current|present|new)\s+)?president)(?:\s+(?:is|was)\s+(?:(?:also\s+|himself\s+|herself\s+)?(?:a|an)\s+)?|,\s+)(?=[A-Z])`,
  'g',
);
// A person, then the office in apposition: "Jens Stoltenberg, the president of NATO,".
const OFFICE_AFTER_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`^,\s+(?:the\s+)?(?:(?:current|present|new|sitting)\s+)?(?:[Pp]resident\s+of\s+${NATO}|(?:NATO|Nato)(?:['\u2019]s)?\s+[Pp]resident)(?=\s*(?:[,.;:)]|$|\s+(?:said|says|told|has|had|is|was|will|who|and|in|at|on)\b))`,
  ),
);
// "NATO president Stoltenberg": the title before a lone surname.
const TITLE_BEFORE_RE = compiledOnFirstRun(/\b(?:NATO|Nato)\s+[Pp]resident\s+$/);
const GATE_RE = compiledOnFirstRun(/\b(?:NATO|Nato|North\s+Atlantic\s+Treaty)\b/);
const DOUBT_RE =
  /\b(?:not|never|no|n['\u2019]t|without|lacks?|instead\s+of|rather\s+than|dubbed|so-called|nicknamed|jokingly|as\s+if|like\s+a)\b/i;
const SECRETARY_GENERAL = 'nato-secretary-general';

function natoPresidents(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!text.includes('resident') || !GATE_RE.test(text)) return [];
  const office = doc.facts.offices.get(SECRETARY_GENERAL);
  if (!office) return [];
  const out: Annotation[] = [];
  const sentenceAt = (at: number) => doc.sentences.find((s) => s.start <= at && at < s.end);
  // No question in the sentence, and no negation or supposition in it up to the claim's end ("NATO does not have a
  // president"); a clause after it ("said the alliance would stand by Ukraine") is another claim.
  const clear = (at: number, end: number) => {
    const s = sentenceAt(at);
    if (!s || text.slice(s.start, s.end).includes('?')) return false;
    const words = text.slice(s.start, Math.min(s.end, end));
    return !HYPOTHETICAL_RE.test(words) && !DOUBT_RE.test(words);
  };
  const sgOnDay = (personId?: string): Tenure | undefined =>
    holdersOn(office, doc.asOf).find((t) => (!personId || t.holder.person === personId) && isConfident(t.holder));
  const flag = (start: number, end: number, t: Tenure) => {
    const person = doc.facts.people.get(t.holder.person);
    if (!person || !isConfident(person) || out.some((o) => o.start < end && start < o.end)) return;
    out.push({
      start,
      end,
      quote: text.slice(start, end),
      verdict: doc.dateCertain ? 'contradicted' : 'context',
      kind: 'title',
      factIds: [office.id, person.id],
      message: `NATO has no president; its head is the Secretary General: on ${formatDay(doc.asOf)}, ${person.name}.`,
      fact: describeHolder(person, t),
      sources: sourcesOf(t.holder),
    });
  };
  // The office said of a nationality or a person.
  OFFICE_SAID_RE.lastIndex = 0;
  for (let m = warmed(OFFICE_SAID_RE, text).exec(text); m; m = OFFICE_SAID_RE.exec(text)) {
    const at = m.index + m[0].length;
    if (!clear(m.index, at + 40)) continue;
    const person = doc.people.find((p) => p.start === at && p.full);
    if (person) {
      const t = sgOnDay(person.personId);
      if (t) flag(m.index, person.end, t);
      continue;
    }
    // A nationality: the day's Secretary General is who the sentence means, whatever the nationality told.
    const q = matchesIn(doc, { start: at, end: at + 1 }, 'qualifier')[0];
    if (!q || q.start !== at || !qualifierJurisdictions(q).every((j) => doc.facts.jurisdictions.get(j)?.kind === 'country')) continue;
    if (
      !/^(?:[\s.,;:!)]|$)/.test(text.slice(q.end, q.end + 1)) &&
      !/^\s+(?:man|woman|politician|national|citizen|diplomat)\b/.test(text.slice(q.end, q.end + 20))
    )
      continue;
    const t = sgOnDay();
    if (t) flag(m.index, q.end, t);
  }
  // A person, then the office.
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const after = OFFICE_AFTER_RE.exec(text.slice(p.end, p.end + 80));
    if (!after || !clear(p.start, p.end + after[0].length)) continue;
    const t = sgOnDay(p.personId);
    if (t) flag(p.start, p.end + after[0].length, t);
  }
  // The title before the day's Secretary General's surname alone (a lone surname after a title the lexicon does not link
  // to NATO's office): "NATO president Stoltenberg".
  const sg = sgOnDay();
  const surname = sg && doc.facts.people.get(sg.holder.person)?.name.split(' ').pop();
  if (sg && surname && text.includes(surname)) {
    for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
      const before = TITLE_BEFORE_RE.exec(text.slice(Math.max(0, at - 20), at));
      const end = at + surname.length;
      if (!before || /^\w/.test(text.slice(end, end + 1)) || !clear(at, end)) continue;
      flag(at - before[0].length, end, sg);
    }
  }
  return out;
}

export const natoPresidentDetector: ClaimDetector = {
  kind: 'title',
  // NATO named, which the lexicon matches: no words of its own.
  triggers: [],
  find: natoPresidents,
};
