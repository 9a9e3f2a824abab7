// Who followed whom in an office: "General Grynkewich succeeds General Chris Cavoli", "Rutte will
// assume the post ..., replacing Jens Stoltenberg", "Grynkewich assumed command from U.S. Army
// General Christopher G. Cavoli", "Kyrylo Budanov will replace Andriy Yermak as the new head of the
// President's Office".
//
// Supported when, in an office the sentence names (or any office, when it names none), the one
// person's tenure began where the other's ended, with at most acting holders between. A handover
// the fact base does not know is left alone: it may be one it has not recorded, so this is never
// a red flag.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import type { ClaimDetector } from '../detector';
import { sentenceOf } from '../doc';
import { describeHolder, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { daysBetween } from '../dates';
import { officesNamed } from './tenure';

// The verb right before the predecessor's name, with the ranks and titles press puts there.
const HANDOVER_RE =
  /\b(?:succeeds|succeeded|succeeding|will\s+succeed|to\s+succeed|replaces|replaced|replacing|will\s+replace|to\s+replace|takes\s+over\s+from|took\s+over\s+from|taking\s+over\s+from|(?:assumed|assumes|took|takes)\s+command\s+from|(?:took|takes|taking|has\s+taken)\s+over\s+as\s+[^,.;()\n]{3,60}?\s+from)\s+(?:(?:the\s+)?(?:outgoing|incoming|former)\s+)?(?:[A-Z][\w.’'-]*\s+){0,5}$/;
const HANDOVER_WORDS = /succe|replac|over\s+from|over\s+as\s|command\s+from/i;
/** Days between the predecessor's end and the successor's start that still make a handover. */
const MAX_GAP_DAYS = 120;

/** The tenure detector, and handovers ("succeeds X", "replacing X") read by it too: one detector per kind of claim. */
export function withSuccessions(tenure: ClaimDetector): ClaimDetector {
  return {
    kind: tenure.kind,
    triggers: tenure.triggers,
    find: (doc, ctx) => [...tenure.find(doc, ctx), ...findSuccessions(doc)],
  };
}

function findSuccessions(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most paragraphs tell of no handover: one look for its verbs before any name is read.
  if (!HANDOVER_WORDS.test(doc.text)) return predecessorsNamed(doc);
  for (const predecessor of doc.people) {
    const sentence = sentenceOf(doc, predecessor.start);
    const before = doc.text.slice(Math.max(sentence.start, predecessor.start - 90), predecessor.start);
    const verb = HANDOVER_RE.exec(before);
    if (!verb) continue;
    const verbStart = predecessor.start - before.length + verb.index;
    // The successor: the nearest name before the verb in the sentence.
    const successor = [...doc.people].reverse().find((p) => p.end <= verbStart && p.start >= sentence.start);
    if (!successor || successor.personId === predecessor.personId) continue;
    // The office, when the sentence names one after the predecessor ("as the new head of ..."),
    // before any relative clause: "Fedorov replaces Denys Shmyhal, whom Zelensky nominated to be
    // his first deputy prime minister" names Shmyhal's next office, not the one handed over.
    const after = doc.text.slice(predecessor.end, Math.min(sentence.end, predecessor.end + 80));
    const clause = /,\s*(?:who|whom|whose|which)\b/.exec(after);
    // "took over as NATO's 14th Secretary General from X": the office is named before the predecessor.
    const named = /\bover\s+as\s/.test(verb[0])
      ? officesNamed(doc, predecessor.start - before.length + verb.index, predecessor.start)
      : officesNamed(doc, predecessor.end, predecessor.end + (clause ? clause.index : after.length));
    const handover = findHandover(doc, successor, predecessor, named);
    if (!handover) continue;
    const [from, to] = handover;
    const start = successor.start;
    const end = predecessor.end;
    const name = (id: string) => doc.facts.people.get(id)?.name ?? id;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: from.holder.confidence === 'verified' && to.holder.confidence === 'verified' ? 'supported' : 'context',
      kind: 'tenure',
      factIds: [to.office.id, successor.personId, predecessor.personId],
      message: `${name(successor.personId)} succeeded ${name(predecessor.personId)} as ${to.office.name}.`,
      fact: `${describeHolder(doc.facts.people.get(predecessor.personId), from)}; ${describeHolder(doc.facts.people.get(successor.personId), to)}`,
      sources: sourcesOf(from.holder, to.holder),
    });
  }
  out.push(...predecessorsNamed(doc));
  return out;
}

// "its predecessor Donald Trump", "Rutte's predecessor, Jens Stoltenberg", "his successor Mark
// Rutte": the word right before the name. Whose predecessor is not said where the name is; the
// sentence's earlier names are tried, nearest first.
const RELATIVE_RE = /\b(predecessor|successor)(?:[ \t]+as[ \t]+[\w' -]{3,40}?)?,?[ \t]+$/i;
const RELATIVE_WORDS = /predecessor|successor/i;

/**
 * "Biden ... than its predecessor Donald Trump": supported when an earlier name in the sentence
 * took over an office from the one named (or handed it to them, for "successor"). The referent
 * of "its" or "his" is a guess, so this only ever confirms; a pair the fact base does not know is
 * left alone.
 */
function predecessorsNamed(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!RELATIVE_WORDS.test(doc.text)) return out;
  for (const named of doc.people) {
    if (!named.full || named.fuzzy) continue;
    const sentence = sentenceOf(doc, named.start);
    const before = doc.text.slice(Math.max(sentence.start, named.start - 60), named.start);
    const word = RELATIVE_RE.exec(before);
    if (!word) continue;
    const wordStart = named.start - before.length + word.index;
    const predecessorWord = word[1].toLowerCase() === 'predecessor';
    const earlier = doc.people.filter((p) => p.start >= sentence.start && p.end <= wordStart && p.personId !== named.personId).reverse();
    for (const other of earlier) {
      const [successor, predecessor] = predecessorWord ? [other, named] : [named, other];
      const handover = findHandover(doc, successor, predecessor, []);
      if (!handover) continue;
      const [from, to] = handover;
      const name = (id: string) => doc.facts.people.get(id)?.name ?? id;
      const start = wordStart;
      out.push({
        start,
        end: named.end,
        quote: doc.text.slice(start, named.end),
        verdict: from.holder.confidence === 'verified' && to.holder.confidence === 'verified' ? 'supported' : 'context',
        kind: 'tenure',
        factIds: [to.office.id, successor.personId, predecessor.personId],
        message: `${name(successor.personId)} succeeded ${name(predecessor.personId)} as ${to.office.name}.`,
        fact: `${describeHolder(doc.facts.people.get(predecessor.personId), from)}; ${describeHolder(doc.facts.people.get(successor.personId), to)}`,
        sources: sourcesOf(from.holder, to.holder),
      });
      break;
    }
  }
  return out;
}

/** The predecessor's tenure and the successor's that followed it, in a named office or any shared one. */
function findHandover(doc: Doc, successor: PersonMention, predecessor: PersonMention, named: readonly Office[]): [Tenure, Tenure] | null {
  const offices = named.length ? named : (doc.facts.officesByPerson.get(successor.personId) ?? []);
  for (const office of offices) {
    for (const to of tenuresOf(successor.personId, office)) {
      for (const from of tenuresOf(predecessor.personId, office)) {
        if (!from.holder.end || from.holder.end > to.holder.start) continue;
        if (daysBetween(from.holder.end, to.holder.start) > MAX_GAP_DAYS) continue;
        // No one but acting holders in between.
        const between = office.holders.some(
          (h) => !h.acting && h !== from.holder && h !== to.holder && h.start >= from.holder.end! && h.start < to.holder.start,
        );
        if (!between) return [from, to];
      }
    }
  }
  return null;
}
