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
import { sentenceOf, startSentencesBack } from '../doc';
import type { Span } from '../sentences';
import { describeHolder, describeTenure, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { addDays, daysBetween, factRange, findDates, formatDay, overlaps, type DateMention } from '../dates';
import { judgeStart, officesNamed } from './tenure';
import { numberFrom } from '../numbers';
import { pastHorizon } from '../horizon';
import { tenureNote } from './tenure-note';
import { handoverTimed } from './handover-time';
import { gated, warmed, compiledOnFirstRun } from '../triggers';
import { UPPER_FIRST_RE } from '../letter-classes';

// The verb right before the predecessor's name, with the ranks and titles press puts there.
// "succeeding a towering figure in international politics — Angela Merkel" (February 2022), "replacing
// the long-serving chancellor, Angela Merkel": a description of the predecessor, then a dash, comma or
// colon before the name. Only ever confirms (a wrong predecessor is read without it).
const DESCRIBED_BEFORE = String.raw`(?:a|an|the)\s+[a-z][^,.;:()\n\u2014\u2013"\u201c\u201d]{2,80}?\s*(?:[\u2014\u2013]|,|:)\s*`;
const HANDOVER_RE = new RegExp(
  String.raw`\b(?:succeeds|succeeded|succeeding|will\s+succeed|to\s+succeed|replaces|replaced|replacing|will\s+replace|to\s+replace|takes\s+over\s+from|took\s+over\s+from|taking\s+over\s+from|(?:assumed|assumes|took|takes)\s+command\s+from|(?:took|takes|taking|has\s+taken)\s+over\s+as\s+[^,.;()\n]{3,60}?\s+from)\s+(?:(?:the\s+)?(?:outgoing|incoming|former)\s+)?(?:${DESCRIBED_BEFORE})?(?:[A-Z][\w.\u2019'-]*\s+){0,5}$`,
);
const DESCRIBED_RE = new RegExp(DESCRIBED_BEFORE);
const HANDOVER_WORDS = gated(/succe|replac|over\s+from|over\s+as\s|command\s+from/i);
// A handover told as done, not planned or in a headline's present: "succeeded", "replaced", "took over from".
const DONE_VERB_RE = /^(?:succeeded|replaced|took\s+over|(?:assumed|took)\s+command|has\s+taken\s+over)\b/;
const PLANNED_RE =
  /\b(?:will|would|is\s+to|are\s+to|is\s+set\s+to|was\s+set\s+to|is\s+due\s+to|is\s+being|is\s+expected\s+to|hands|passes)\b/i;
/** Days between the predecessor's end and the successor's start that still make a handover. */
const MAX_GAP_DAYS = 120;

/** The tenure detector, and handovers ("succeeds X", "replacing X") read by it too: one detector per kind of claim. */
export function withSuccessions(tenure: ClaimDetector): ClaimDetector {
  return {
    kind: tenure.kind,
    triggers: tenure.triggers,
    // Pushed one by one, not spread into one array literal: the same findings in the same order, and a far smaller
    // function for the optimising compiler (tenure.ts TENURE_FORMS).
    find: (doc, ctx) => {
      const out: Annotation[] = [];
      for (const a of tenure.find(doc, ctx)) out.push(a);
      for (const a of findSuccessions(doc)) out.push(a);
      if (mayHandOver(doc.folded) && HANDED_WORDS.test(doc.text)) for (const a of handoversTold(doc)) out.push(a);
      if (SUCCEEDED_BY_WORDS.test(doc.text)) for (const a of pronounSucceededBy(doc)) out.push(a);
      for (const a of officeChanges(doc)) out.push(a);
      if (TOOK_OFFICE_WORDS.test(doc.text)) for (const a of tookOffice(doc)) out.push(a);
      if (FIRST_SUMMIT_WORDS.test(doc.text)) for (const a of firstSummits(doc)) out.push(a);
      return out;
    },
  };
}

function findSuccessions(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most paragraphs tell of no handover: one look for its verbs before any name is read.
  if (!HANDOVER_WORDS.test(doc.text)) return predecessorsNamed(doc);
  for (const predecessor of doc.people) {
    const sentence = sentenceOf(doc, predecessor.start);
    const before = doc.text.slice(Math.max(sentence.start, predecessor.start - 90), predecessor.start);
    const verb = warmed(HANDOVER_RE, before).exec(before);
    if (!verb) continue;
    const verbStart = predecessor.start - before.length + verb.index;
    // "Zelensky proposed him to replace Oleksii Reznikov" (held-out 15 ta039): the successor is the object pronoun's.
    if (/^to\s+(?:replace|succeed)\b/.test(verb[0]) && OBJECT_PRONOUN_RE.test(doc.text.slice(sentence.start, verbStart))) {
      const told = pronounSuccession(doc, sentence, verbStart, predecessor, true);
      if (told) out.push(told);
      continue;
    }
    // The successor: the nearest name before the verb in the sentence.
    const successor = [...doc.people].reverse().find((p) => p.end <= verbStart && p.start >= sentence.start);
    if (!successor) {
      const bySurname = surnameSucceeded(doc, sentence, verb[0], verbStart, predecessor);
      if (bySurname) {
        out.push(bySurname);
        continue;
      }
      const dated = /^to\s+(?:replace|succeed)\b/.test(verb[0]) ? appointedToSucceed(doc, sentence, verbStart, predecessor) : null;
      if (dated) {
        out.push(dated);
        continue;
      }
      // Past handovers only: "He will replace Norwegian Jens Stoltenberg" sits next to the predecessor's own claims.
      const told =
        (/^(?:succeeded|replaced|took\s+over\s+from)\b/.test(verb[0]) ? pronounSuccession(doc, sentence, verbStart, predecessor) : null) ??
        handoverDayAfter(doc, sentence, verb[0], predecessor);
      if (told) out.push(told);
      continue;
    }
    if (successor.personId === predecessor.personId) continue;
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
    if (!handover) {
      const wrong =
        /^(?:replaced|replaces|succeeded|succeeds|took\s+over\s+from|takes\s+over\s+from)\b/.test(verb[0]) && !DESCRIBED_RE.test(verb[0])
          ? wrongPredecessor(doc, successor, predecessor, named)
          : null;
      if (wrong) out.push(wrong);
      continue;
    }
    const [from, to] = handover;
    const start = successor.start;
    const end = predecessor.end;
    const name = (id: string) => nameOf(doc, id);
    const succeeded: Annotation = {
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: from.holder.confidence === 'verified' && to.holder.confidence === 'verified' ? 'supported' : 'context',
      kind: 'tenure',
      factIds: [to.office.id, successor.personId, predecessor.personId],
      message: `${name(successor.personId)} succeeded ${name(predecessor.personId)} as ${to.office.name}.`,
      fact: `${describeHolder(doc.facts.people.get(predecessor.personId), from)}; ${describeHolder(doc.facts.people.get(successor.personId), to)}`,
      sources: sourcesOf(from.holder, to.holder),
    };
    // "Rutte, who took over from Stoltenberg last month": the time after the one who left is the handover's.
    out.push(handoverTimed(doc, succeeded, predecessor.end, sentence, { done: DONE_VERB_RE.test(verb[0]), from, to }));
  }
  out.push(...predecessorsNamed(doc));
  return out;
}

// Round 44: the successor by surname alone, right before the verb: "In 2005, Merkel succeeded Gerhard Schroeder" (held-out 22
// jd016), "Shoigu replaces Nikolai Patrushev" (held-out 27 pa043), "Yermak succeeds Andriy Bohdan" (held-out 15 ta009).
const SURNAME_BEFORE_VERB_RE = /^[ \t]+(?:(?:has|had|will|then|later)[ \t]+)?$/;
const RELATIVE_CLAUSE_RE = /,\s*(?:who|whom|whose|which)\b/;
const PAST_OR_PRESENT_VERB_RE = /^(?:succeeds|succeeded|replaces|replaced|takes\s+over\s+from|took\s+over\s+from)\b/;

/**
 * A lone surname the page does not tie to anyone, right before a verb of succession whose object is named in full: the
 * one bearer of the surname on record whose tenure followed the named one's in an office they shared (no one but acting
 * holders between) is meant. Confirm-only: a surname no handover fits may be someone the fact base does not list, and
 * the handover's time told after the name, when it disagrees, leaves it unconfirmed.
 */
function surnameSucceeded(doc: Doc, sentence: Span, verb: string, verbStart: number, predecessor: PersonMention): Annotation | null {
  if (!PAST_OR_PRESENT_VERB_RE.test(verb) || !predecessor.full || predecessor.fuzzy) return null;
  let index = -1;
  for (let i = predecessor.match - 1; i >= 0; i--) {
    const m = doc.matches[i];
    if (m.end <= verbStart) {
      if (m.start >= sentence.start) index = i;
      break;
    }
  }
  if (index < 0) return null;
  const m = doc.matches[index];
  if (!SURNAME_BEFORE_VERB_RE.test(doc.text.slice(m.end, verbStart)) || !UPPER_FIRST_RE.test(doc.text.charAt(m.start))) return null;
  const ids = [...new Set(m.values.flatMap((v) => (v.type === 'person' && !v.full ? [v.id] : [])))];
  if (!ids.length || ids.length !== m.values.length) return null;
  const after = doc.text.slice(predecessor.end, Math.min(sentence.end, predecessor.end + 80));
  const clause = RELATIVE_CLAUSE_RE.exec(after);
  const named = officesNamed(doc, predecessor.end, predecessor.end + (clause ? clause.index : after.length));
  const found: Array<[PersonMention, Tenure, Tenure]> = [];
  for (const personId of ids) {
    if (personId === predecessor.personId) continue;
    const successor: PersonMention = { start: m.start, end: m.end, personId, full: false, match: index };
    const handover = findHandover(doc, successor, predecessor, named);
    if (handover) found.push([successor, ...handover]);
  }
  if (found.length !== 1) return null;
  const [successor, from, to] = found[0];
  if (from.holder.confidence !== 'verified' || to.holder.confidence !== 'verified') return null;
  const name = (id: string) => nameOf(doc, id);
  const succeeded: Annotation = {
    start: successor.start,
    end: predecessor.end,
    quote: doc.text.slice(successor.start, predecessor.end),
    verdict: 'supported',
    kind: 'tenure',
    factIds: [to.office.id, successor.personId, predecessor.personId],
    message: `${name(successor.personId)} succeeded ${name(predecessor.personId)} as ${to.office.name}.`,
    fact: `${describeHolder(doc.facts.people.get(predecessor.personId), from)}; ${describeHolder(doc.facts.people.get(successor.personId), to)}`,
    sources: sourcesOf(from.holder, to.holder),
  };
  const timed = handoverTimed(doc, succeeded, predecessor.end, sentence, { done: DONE_VERB_RE.test(verb), from, to });
  return timed.verdict === 'supported' ? timed : null;
}

// A handover told with the one who left named first: "Jens Stoltenberg handed over the baton to Mark
// Rutte as head of NATO" (held-out 10, w046, 1 October 2024), "Jens Stoltenberg officially handed over
// the powers of the North Atlantic Alliance Secretary General to former Dutch Prime Minister Mark Rutte"
// (newsukraine.rbc.ua), "Secretary-General Jens Stoltenberg, stepped down on Tuesday, handing the reins
// to former Dutch prime minister Mark Rutte" (lbc.co.uk), "Ben Wallace has been replaced as Defence
// Secretary by Grant Shapps" (statednews.com), "the upcoming transition in NATO leadership from Jens
// Stoltenberg to Dutch Prime Minister Mark Rutte" (held-out 10, w041).
// The pretest: a verb of handing over, or a noun of transition (not any "from").
const HANDED_WORDS = compiledOnFirstRun(
  /hand(?:ed|s|ing)?\s+(?:over|the|his|her)|pass(?:ed|es|ing)?\s+(?:on\s+)?the|(?:replaced|succeeded)\s+(?:as\s|by\s)|transition|hand-?over|hand-?off|transfer\s+of|succession|change\s+of/i,
);
// HANDED_WORDS needs one of these words (the folded text is in lower case): plain searches first, since most texts
// tell of no handover.
const HANDED_LITERALS = ['hand', 'pass', 'replaced', 'succeeded', 'transition', 'transfer', 'succession', 'change'];
const mayHandOver = (folded: string): boolean => HANDED_LITERALS.some((w) => folded.includes(w));
// What is handed over: nothing, a figure of speech for the office, or the office itself ("the powers of
// the North Atlantic Alliance Secretary General", "his position").
const HANDED_OBJECT = String.raw`(?:(?:the|his|her)\s+(?:baton|reins|helm|gavel|torch|leadership|command|powers|post|office|duties|position|role|job|mandate|chairmanship)(?:\s+of\s+[^,.;:!?()"\u201c\u201d]{2,70}?)?\s+)?`;
const VERB_IN_BETWEEN_RE =
  /\b(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?|(?:was|is|has\s+been|had\s+been|will\s+be|is\s+to\s+be|is\s+being|would\s+be)\s+(?:replaced|succeeded))\b/i;
const OFFICE_OBJECT_RE = /\b(?:post|office|position|powers|leadership|duties|role|job|mandate)\b/i;
// Between the one who left and the one who came: the verb, its object, then "to" or "by" and the
// successor's description ("former Dutch prime minister "), with no clause break.
const HANDED_VERB = String.raw`(?:hand(?:ed|s|ing)?|pass(?:ed|es|ing)?)\s+(?:on\s+|over\s+)?(${HANDED_OBJECT})(?:over\s+|on\s+)?to`;
const REPLACED_VERB = String.raw`(?:was|is|has\s+been|had\s+been|will\s+be|is\s+to\s+be|is\s+being|would\s+be)\s+(?:replaced|succeeded)(?:\s+as\s+([^,.;:!?()"\u201c\u201d]{2,60}?))?\s+by`;
// "Ben Wallace formally resigned as defence secretary on Wednesday, and has been replaced by ...": the one who left's
// own leaving, joined to the handover by "and".
const LEFT_AND = String.raw`\s+(?:(?:formally|officially)\s+)?(?:resigned|stepped\s+down|quit)\b[^,.;:!?()"\u201c\u201d]{0,70}?,?\s+and`;
const HANDED_BETWEEN_RE = new RegExp(
  String.raw`^(?:['\u2019]s?)?(?:\s*,?\s+[^,.;:!?()"\u201c\u201d]{1,70},|${LEFT_AND})?\s+(?:(?:has|had|have|will|would|is\s+to|is\s+set\s+to|was\s+set\s+to|is\s+due\s+to|then|later|officially|formally|finally|symbolically)\s+)*(?:${HANDED_VERB}|${REPLACED_VERB})\s+(?:(?:his|her)\s+successor,?\s+)?([^,.;:!?()"\u201c\u201d\n]{0,60})$`,
  'i',
);
// "the transition in NATO leadership from X to Y", "the handover from X to Y": the noun before the first name.
const TRANSITION_BEFORE_RE =
  /\b(?:transition|handover|hand-over|handoff|hand-off|transfer\s+of\s+(?:power|powers|leadership|command)|succession|change\s+of\s+(?:leadership|command))\b[^,.;:!?()"\u201c\u201d]{0,50}?\bfrom\s+[^,.;:!?()"\u201c\u201d\n]{0,40}$/i;
const TRANSITION_BETWEEN_RE = /^(?:['\u2019]s?)?\s+to\s+([^,.;:!?()"\u201c\u201d\n]{0,60})$/i;
// The successor's description right before the name: a title, "the former ...": no verb, no second person.
const DESCRIPTION_RE = new RegExp(String.raw`^(?:(?:the|a)\s+)?(?:[\p{L}.\u2019'-]+\s+){0,6}$`, 'u');
const CLAUSE_WORD_RE = /\b(?:and|or|with|who|which|that|after|before|while|when|as|by|to|from|in|on|at|for)\s/i;
// After the successor: the office handed over ("as head of NATO", "as the new defence minister").
const NATO_HEAD_RE =
  /^(?:(?:head|chief|leader)\s+of\s+(?:NATO|the\s+(?:North\s+Atlantic\s+|military\s+|transatlantic\s+)?alliance)|NATO(?:['\u2019]s)?\s+(?:chief|head|leader))\s*$/i;
const AS_OFFICE_AFTER_RE = /^\s*,?\s+as\s+(?:the\s+)?(?:new\s+|next\s+)?/i;

function handoversTold(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const { text } = doc;
  for (let i = 0; i + 1 < doc.people.length; i++) {
    const predecessor = doc.people[i];
    // The next name after the predecessor, skipping a repeat of the same mention.
    const successor = doc.people.slice(i + 1).find((p) => p.start >= predecessor.end);
    if (!successor || successor.personId === predecessor.personId) continue;
    const sentence = sentenceOf(doc, predecessor.start);
    if (successor.end > sentence.end || successor.start - predecessor.end > 200) continue;
    const between = text.slice(predecessor.end, successor.start);
    let description: string;
    let namedBetween: Office[] = [];
    const handed = HANDED_BETWEEN_RE.exec(between);
    if (handed) {
      description = handed[3];
      // The office in the object or after "replaced as": not in the successor's own description.
      const objectEnd = predecessor.end + handed.index + handed[0].length - handed[3].length;
      namedBetween = officesNamed(doc, predecessor.end, objectEnd);
    } else {
      const to = TRANSITION_BETWEEN_RE.exec(between);
      if (!to || !TRANSITION_BEFORE_RE.test(text.slice(Math.max(sentence.start, predecessor.start - 110), predecessor.start))) continue;
      description = to[1];
    }
    if (!DESCRIPTION_RE.test(description) || CLAUSE_WORD_RE.test(description)) continue;
    const asOffice = AS_OFFICE_AFTER_RE.exec(text.slice(successor.end, successor.end + 20));
    let end = successor.end;
    let namedAfter: Office[] = [];
    if (asOffice) {
      const titleStart = successor.end + asOffice[0].length;
      const reach = Math.min(sentence.end, titleStart + 60);
      const cut = /[,;:(.]|\s(?:and|but|in|on|at|when|after|with|giving|who|which)\s/.exec(text.slice(titleStart, reach));
      const titleEnd = cut ? titleStart + cut.index : reach;
      namedAfter = officesNamed(doc, titleStart, titleEnd);
      // "as head of NATO", "as NATO chief": the lexicon's words for the office are not there.
      const sg = doc.facts.offices.get('nato-secretary-general');
      if (!namedAfter.length && sg && NATO_HEAD_RE.test(text.slice(titleStart, titleEnd))) namedAfter = [sg];
      if (namedAfter.length) end = titleEnd;
    }
    const named = namedBetween.length ? namedBetween : namedAfter;
    const handover = findHandover(doc, successor, predecessor, named);
    if (!handover) {
      // A handover told as done, of one office named in the words of the handover: the one named as
      // leaving never held it just before the successor (a plan may change, and is not read).
      // The office itself handed over, not a figure of speech for it ("the baton", "the gavel" may be a meeting's chair).
      const firm =
        handed && (handed[2] !== undefined || /\b(?:replaced|succeeded)\b/i.test(between) || OFFICE_OBJECT_RE.test(handed[1] ?? ''));
      const done = firm && !/\b(?:will|would|is\s+to|is\s+set\s+to|is\s+due\s+to|is\s+being)\b/i.test(between);
      const wrong = done && named.length === 1 ? wrongPredecessor(doc, successor, predecessor, named) : null;
      if (wrong) out.push({ ...wrong, start: predecessor.start, end, quote: text.slice(predecessor.start, end) });
      continue;
    }
    const [from, to] = handover;
    // The words of the handover, not the names' own titles: "Russian Defence Minister Sergei Shoigu has been
    // replaced by ..." keeps its title claim to itself. From the verb ("handed over ... to Mark Rutte as head of
    // NATO"), or for a transition from the one who left; up to the successor only when no title stands before
    // the name, else up to "to"/"by".
    const verbAt = handed ? VERB_IN_BETWEEN_RE.exec(between) : null;
    const start = verbAt ? predecessor.end + verbAt.index : predecessor.start;
    let spanEnd = description.trim() ? successor.start - description.length : end;
    while (spanEnd > start && /\s/.test(text[spanEnd - 1])) spanEnd--;
    const passed: Annotation = {
      start,
      end: spanEnd,
      quote: text.slice(start, spanEnd),
      verdict: from.holder.confidence === 'verified' && to.holder.confidence === 'verified' ? 'supported' : 'context',
      kind: 'tenure',
      factIds: [to.office.id, successor.personId, predecessor.personId],
      message: `${nameOf(doc, successor.personId)} succeeded ${nameOf(doc, predecessor.personId)} as ${to.office.name}.`,
      fact: `${describeHolder(doc.facts.people.get(predecessor.personId), from)}; ${describeHolder(doc.facts.people.get(successor.personId), to)}`,
      sources: sourcesOf(from.holder, to.holder),
    };
    // "handed over to his successor Mark Rutte earlier this month": the time after the one who came is the handover's.
    const done = !PLANNED_RE.test(between);
    out.push(handoverTimed(doc, passed, end, sentence, { done, from, to }));
  }
  return out;
}

// "At NATO, he succeeded Anders Rasmussen and became the first Norwegian to head the alliance" (September
// 2024, of Stoltenberg, named two sentences before: held-out 9, v043), "She replaced Dmytro Kuleba": the
// successor is a pronoun for someone named in the sentences just before. Who is meant is a reading, so
// this only ever confirms: supported when exactly one of them took over an office from the one named.
const PRONOUN_SUBJECT_RE = /(?:^|[,;]\s*)(?:he|she)\s+(?:(?:later|then|eventually|subsequently|has|had)\s+)?$/i;
/** How many sentences before the pronoun its person may be named in. */
const PRONOUN_SENTENCES = 3;

// "proposed him to replace", "nominated her to succeed": the object of the verb before is the successor, named in
// the same sentence before it or in the sentences just before.
const OBJECT_PRONOUN_RE = /\b(?:him|her)\s+$/i;

function pronounSuccession(doc: Doc, sentence: Span, verbStart: number, predecessor: PersonMention, object = false): Annotation | null {
  if (!object && !PRONOUN_SUBJECT_RE.test(doc.text.slice(sentence.start, verbStart))) return null;
  const i = doc.sentences.indexOf(sentence);
  if (i < 0 || (i === 0 && !object)) return null;
  const from = doc.sentences[Math.max(0, i - PRONOUN_SENTENCES)].start;
  const until = object ? verbStart : sentence.start;
  const fits = new Map<string, [Tenure, Tenure]>();
  for (const p of doc.people) {
    if (p.start < from || p.end > until || p.fuzzy || p.personId === predecessor.personId || fits.has(p.personId)) continue;
    const handover = findHandover(doc, p, predecessor, []);
    if (handover) fits.set(p.personId, handover);
  }
  if (fits.size !== 1) return null;
  const [[successorId, [from_, to]]] = [...fits];
  const name = (id: string) => nameOf(doc, id);
  const start = verbStart;
  return {
    start,
    end: predecessor.end,
    quote: doc.text.slice(start, predecessor.end),
    verdict: from_.holder.confidence === 'verified' && to.holder.confidence === 'verified' ? 'supported' : 'context',
    kind: 'tenure',
    factIds: [to.office.id, successorId, predecessor.personId],
    message: `${name(successorId)} succeeded ${name(predecessor.personId)} as ${to.office.name}.`,
    fact: `${describeHolder(doc.facts.people.get(predecessor.personId), from_)}; ${describeHolder(doc.facts.people.get(successorId), to)}`,
    sources: sourcesOf(from_.holder, to.holder),
  };
}

// "Donald Trump is not serving as President of the United States; he was succeeded by Joe Biden, who took
// office on January 20, 2021" (March 2025; held-out 11, y099), "She was replaced by Andrii Sybiha", "he was
// succeeded as chancellor by Olaf Scholz": the one who left is a pronoun for someone named just before.
// Who is meant is a reading, so this only ever confirms: supported when exactly one of those named handed
// an office over to the one named after "by".
const SUCCEEDED_BY_WORDS = gated(/\b(?:succeeded|replaced)\s+(?:as\s|by\s)/i);
const PRONOUN_SUCCEEDED_RE =
  /\b(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:later\s+|eventually\s+)?(?:succeeded|replaced)(?:\s+as\s+[^,.;:()"\u201c\u201d]{3,60}?)?\s+by\s+(?:(?:the\s+)?(?:former|then)[\s-]+)?(?:[A-Z][\w.\u2019'-]*\s+){0,4}$/i;

function pronounSucceededBy(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const successor of doc.people) {
    if (successor.fuzzy) continue;
    const sentence = sentenceOf(doc, successor.start);
    const before = doc.text.slice(Math.max(sentence.start, successor.start - 110), successor.start);
    const verb = PRONOUN_SUCCEEDED_RE.exec(before);
    if (!verb) continue;
    const verbStart = successor.start - before.length + verb.index;
    const from = startSentencesBack(doc, sentence, PRONOUN_SENTENCES);
    const fits = new Map<string, [Tenure, Tenure]>();
    for (const p of doc.people) {
      if (p.start < from || p.end > verbStart || p.fuzzy || p.personId === successor.personId || fits.has(p.personId)) continue;
      const handover = findHandover(doc, successor, p, []);
      if (handover) fits.set(p.personId, handover);
    }
    if (fits.size !== 1) continue;
    const [[predecessorId, [from_, to]]] = [...fits];
    out.push({
      start: verbStart,
      end: successor.end,
      quote: doc.text.slice(verbStart, successor.end),
      verdict: from_.holder.confidence === 'verified' && to.holder.confidence === 'verified' ? 'supported' : 'context',
      kind: 'tenure',
      factIds: [to.office.id, successor.personId, predecessorId],
      message: `${nameOf(doc, successor.personId)} succeeded ${nameOf(doc, predecessorId)} as ${to.office.name}.`,
      fact: `${describeHolder(doc.facts.people.get(predecessorId), from_)}; ${describeHolder(doc.facts.people.get(successor.personId), to)}`,
      sources: sourcesOf(from_.holder, to.holder),
    });
  }
  return out;
}

// "its predecessor Donald Trump", "Rutte's predecessor, Jens Stoltenberg", "his successor Mark
// Rutte": the word right before the name. Whose predecessor is not said where the name is; the
// sentence's earlier names are tried, nearest first.
// "his successor is Kaja Kallas", "her successor will be X": the name as the predicate.
// Round 44: "onto his successor, President Joe Biden" (held-out 42 ts002, July 2025, of Trump), "her predecessor, Prime
// Minister Mark Rutte": the relative's own title between the word and the name, with at most a country before it.
const RELATIVE_TITLE = String.raw`(?:(?:U\.?S\.?|UK|American|British|French|German|Dutch|Ukrainian|Russian|Norwegian)[ \t]+)?(?:President|Prime[ \t]+Minister|PM|Premier|Chancellor|Secretary[ \t-]+General)[ \t]+`;
const RELATIVE_RE = new RegExp(
  String.raw`\b(predecessor|successor)(?:[ \t]+as[ \t]+[\w' -]{3,40}?)?(?:,|[ \t]+(?:is|was|will[ \t]+be|would[ \t]+be))?[ \t]+(?:${RELATIVE_TITLE})?$`,
  'i',
);
const RELATIVE_TITLE_END_RE = new RegExp(`${RELATIVE_TITLE}$`, 'i');
// "Kaja Kallas will be his successor" (November 2024, of Josep Borrell named the sentence before; held-out 30 nc012):
// the word after the name. Confirmed only, as the word before it is when turned round (swappedRelative reads that one).
const RELATIVE_AFTER_RE = /^[ \t]+(?:will[ \t]+be|would[ \t]+be|is|was|became|becomes)[ \t]+(?:his|her)[ \t]+(predecessor|successor)\b/i;
const RELATIVE_WORDS = gated(/predecessor|successor/i);
/** How far back (characters) "predecessor X" with no one named before it in its sentence looks for whose. */
const EARLIER_REACH = 300;

/**
 * "Biden ... than its predecessor Donald Trump": supported when an earlier name in the sentence
 * took over an office from the one named (or handed it to them, for "successor"). The referent
 * of "its" or "his" is a guess, so this only ever confirms; a pair the fact base does not know is
 * left alone.
 *
 * "Stoltenberg will leave ... for his successor Rutte": either name may be a lone surname the page
 * names nowhere in full. Such a name may be anyone who bears it, so it counts only when exactly one
 * pair of bearers handed the office over from one to the other.
 */
function predecessorsNamed(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!RELATIVE_WORDS.test(doc.text)) return out;
  const names = namesOf(doc);
  for (const named of names) {
    if (named.fuzzy) continue;
    const sentence = sentenceOf(doc, named.start);
    const before = doc.text.slice(Math.max(sentence.start, named.start - 60), named.start);
    const word = RELATIVE_RE.exec(before);
    const after = word ? null : RELATIVE_AFTER_RE.exec(doc.text.slice(named.end, Math.min(sentence.end, named.end + 40)));
    if (!word && !after) continue;
    const wordStart = word ? named.start - before.length + word.index : named.start;
    const claimEnd = word ? named.end : named.end + after![0].length;
    const predecessorWord = (word ?? after)![1].toLowerCase() === 'predecessor';
    const others = (n: Name) => !n.ids.every((id) => named.ids.includes(id));
    // "he'll also highlight ... the alliance that was frequently maligned by predecessor Donald Trump": with no one
    // named before it in the sentence, the names of the sentences just before (a handover must still fit).
    const inSentence = names.filter((p) => p.start >= sentence.start && p.end <= wordStart && others(p));
    const earlier = (
      inSentence.length
        ? inSentence
        : names.filter((p) => p.start >= sentence.start - EARLIER_REACH && p.end <= sentence.start && others(p))
    ).reverse();
    const handoversWith = (other: Name, asSaid: boolean) => {
      const found: Array<[PersonMention, PersonMention, Tenure, Tenure]> = [];
      for (const a of mentionsOf(other))
        for (const b of mentionsOf(named)) {
          if (a.personId === b.personId) continue;
          const [successor, predecessor] = predecessorWord === asSaid ? [a, b] : [b, a];
          const handover = findHandover(doc, successor, predecessor, []);
          // "Biden's successor, Donald Trump" on a page of 2021: a handover years after the page is not the one meant.
          if (handover && handover[1].from <= addDays(doc.asOf, RELATIVE_AHEAD_DAYS)) found.push([successor, predecessor, ...handover]);
        }
      return found;
    };
    const swapped = word ? swappedRelative(doc, named, earlier, wordStart, predecessorWord, inSentence.length > 0, handoversWith) : null;
    if (swapped) {
      out.push(swapped);
      continue;
    }
    for (const other of earlier) {
      const found = handoversWith(other, true);
      // A lone surname that fits more than one handover says nothing sure.
      if (found.length !== 1) continue;
      // "onto his successor, President Joe Biden" in July 2025, of Trump in office again after Biden: the title tells the
      // relative as of the page's day, when the handover the other way round is the one in force; not confirmed.
      if (word && RELATIVE_TITLE_END_RE.test(word[0]) && handoversWith(other, false).some(([, , , to]) => onDay(to, doc.asOf) === 'in'))
        break;
      const [successor, predecessor, from, to] = found[0];
      const name = (id: string) => nameOf(doc, id);
      const start = wordStart;
      out.push({
        start,
        end: claimEnd,
        quote: doc.text.slice(start, claimEnd),
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

/** How far after the page's date a handover may fall and still be the one "his successor" tells of (one chosen ahead). */
const RELATIVE_AHEAD_DAYS = 200;
// Whose, right before the word: "his", "her", or the owner's name with "'s" ("Rutte's predecessor").
const OWNER_BEFORE_RE = /(?:\b(?:his|her)|['\u2019]s?)\s+$/i;
// A sentence that tells of another time than the page's: a year, an earlier term, an office left.
const OTHER_TIME_RE =
  /\b(?:1[89]\d\d|20\d\d|first\s+(?:term|presidency|administration|tenure)|previous|earlier|then|left\s+office|former|ex-)/i;
// The sentence speaks of the page's present.
const PRESENT_RE = /\b(?:is|are|has|have|now|currently|still|yet)\b/i;

/**
 * "Former Dutch Prime Minister Mark Rutte has officially taken over as NATO Secretary General from his
 * successor Jens Stoltenberg" (the predecessor's word turned round), and "In contrast to his successor Joe
 * Biden, who had pledged substantial weapons shipments to Ukraine, Trump has not yet fully resumed that
 * magnitude of support" (June 2025: Biden was the predecessor of the term Trump was serving; held-out 11,
 * y098). Contradicted when the one whose successor (or predecessor) is meant is beyond doubt (the nearest
 * name in the sentence, or the only person named just before it), both are resolved people, no one named
 * before fits the word as said, and:
 * - the handover ran the other way (the owner took over from the named, for "successor"), by the page's
 *   date, with none as said; or
 * - the owner holds the office on the page's date in a tenure that followed the named one's, the handover
 *   as said being of an earlier tenure, in a sentence of the present with no other time told.
 */
function swappedRelative(
  doc: Doc,
  named: Name,
  earlier: readonly Name[],
  wordStart: number,
  predecessorWord: boolean,
  ownerInSentence: boolean,
  handoversWith: (other: Name, asSaid: boolean) => Array<[PersonMention, PersonMention, Tenure, Tenure]>,
): Annotation | null {
  if (!doc.dateCertain || named.ids.length !== 1 || !named.full || !earlier.length) return null;
  const owner = earlier[0];
  if (owner.ids.length !== 1 || owner.fuzzy) return null;
  if (!ownerInSentence && earlier.some((n) => n.ids.length !== 1 || n.ids[0] !== owner.ids[0])) return null;
  const lead = doc.text.slice(Math.max(0, wordStart - 40), wordStart);
  if (!OWNER_BEFORE_RE.test(lead)) return null;
  // "Rutte's successor": the owner is the name right before the "'s".
  const possessive = /['\u2019]s?\s+$/.exec(lead);
  if (possessive && owner.end !== wordStart - possessive[0].length) return null;
  if (new Set(earlier.map((n) => n.ids[0])).size > 1 && earlier.slice(1).some((n) => handoversWith(n, true).length)) return null;
  const [ownerId] = owner.ids;
  const [namedId] = named.ids;
  const asSaid = handoversWith(owner, true);
  const reversed = handoversWith(owner, false).filter(([, , , to]) => to.from <= doc.asOf);
  if (reversed.length !== 1) return null;
  const [successor, predecessor, from, to] = reversed[0];
  if (!isConfident(from.holder) || !isConfident(to.holder) || from.holder.acting || to.holder.acting) return null;
  if (asSaid.length) {
    // Only the second case: the owner's tenure of the page's day followed the named one's.
    const sentence = sentenceOf(doc, wordStart);
    const said = doc.text.slice(sentence.start, sentence.end);
    const ownersNow = predecessorWord ? predecessor : successor;
    if (ownersNow.personId !== ownerId || predecessorWord) return null;
    // "Biden is hosting his successor Donald Trump" (November 2024): a handover as said still ahead is the one meant.
    if (asSaid.some(([, , , saidTo]) => saidTo.from >= to.from)) return null;
    if (onDay(to, doc.asOf) !== 'in' || pastHorizon(doc.facts, doc.asOf, { office: to.office.id })) return null;
    if (OTHER_TIME_RE.test(said) || !PRESENT_RE.test(said)) return null;
  }
  const name = (id: string) => nameOf(doc, id);
  return {
    start: wordStart,
    end: named.end,
    quote: doc.text.slice(wordStart, named.end),
    verdict: 'contradicted',
    kind: 'tenure',
    factIds: [to.office.id, successor.personId, predecessor.personId],
    message: `${name(namedId)} was ${name(ownerId)}'s ${predecessorWord ? 'successor' : 'predecessor'}, not ${predecessorWord ? 'predecessor' : 'successor'}: ${name(successor.personId)} succeeded ${name(predecessor.personId)} as ${to.office.name} on ${formatDay(to.holder.start)}.`,
    fact: `${describeHolder(doc.facts.people.get(predecessor.personId), from)}; ${describeHolder(doc.facts.people.get(successor.personId), to)}`,
    sources: sourcesOf(from.holder, to.holder),
  };
}

/** A name in the text: a person the document resolved, or a lone capitalised surname that may be any of its bearers. */
interface Name {
  start: number;
  end: number;
  match: number;
  ids: readonly string[];
  full: boolean;
  fuzzy?: true;
}

/** The document's people, and the lone surnames it left unresolved, in text order. */
function namesOf(doc: Doc): Name[] {
  const resolved = new Set(doc.people.map((p) => p.match));
  const out: Name[] = doc.people.map((p) => ({
    start: p.start,
    end: p.end,
    match: p.match,
    ids: [p.personId],
    full: p.full,
    fuzzy: p.fuzzy,
  }));
  doc.matches.forEach((m, i) => {
    if (resolved.has(i) || !UPPER_FIRST_RE.test(doc.text.charAt(m.start))) return;
    const ids = [...new Set(m.values.flatMap((v) => (v.type === 'person' && !v.full ? [v.id] : [])))];
    if (ids.length) out.push({ start: m.start, end: m.end, match: i, ids, full: false });
  });
  return out.sort((a, b) => a.start - b.start);
}

const mentionsOf = (n: Name): PersonMention[] =>
  n.ids.map((personId) => ({ start: n.start, end: n.end, personId, full: n.full, match: n.match }));

/** The predecessor's tenure and the successor's that followed it, in a named office or any shared one. */
/**
 * "Rustem Umerov replaced Andriy Yermak as Ukraine security council secretary" (November 2025; he
 * replaced Oleksandr Lytvynenko): a handover told in the past or present tense, of one office named
 * after the predecessor, between two people named in full, where the successor's one tenure of it
 * is on record with the holder before it (not acting, verified, the list complete from before that
 * holder's start) and the one named as predecessor never held the office. Contradicted; a plan
 * ("will replace", "to replace") may have changed, and is not read.
 */
function wrongPredecessor(doc: Doc, successor: PersonMention, predecessor: PersonMention, named: readonly Office[]): Annotation | null {
  if (named.length !== 1 || !doc.dateCertain || successor.fuzzy || predecessor.fuzzy) return null;
  const inFull = (p: PersonMention) => p.full || !!p.namedInFull;
  if (!inFull(successor) || !inFull(predecessor)) return null;
  const office = named[0];
  // "Mark Rutte succeeded Anders Fogh Rasmussen as NATO Secretary General": someone who held the office,
  // but not right before (findHandover found no handover between them). Said only of an office one
  // person holds at a time, with every tenure of the one named on record.
  const held = tenuresOf(predecessor.personId, office);
  if (held.length && (!office.single || !held.every((t) => t.holder.confidence === 'verified' && !t.holder.acting))) return null;
  const tenures = tenuresOf(successor.personId, office).filter((t) => t.from <= doc.asOf);
  if (tenures.length !== 1) return null;
  const [to] = tenures;
  if (to.holder.confidence !== 'verified' || to.holder.acting) return null;
  const before = office.holders.filter(
    (h) => !h.acting && h.end && h.end <= to.holder.start && daysBetween(h.end, to.holder.start) <= MAX_GAP_DAYS,
  );
  if (before.length !== 1) return null;
  const [real] = before;
  if (real.person === predecessor.personId) return null;
  if (real.confidence !== 'verified' || !office.coveredFrom || office.coveredFrom > real.start) return null;
  if (pastHorizon(doc.facts, doc.asOf, { office: office.id })) return null;
  const name = (id: string) => nameOf(doc, id);
  const from = tenuresOf(real.person, office).find((t) => t.holder === real);
  return {
    start: successor.start,
    end: predecessor.end,
    quote: doc.text.slice(successor.start, predecessor.end),
    verdict: 'contradicted',
    kind: 'tenure',
    factIds: [office.id, successor.personId, predecessor.personId],
    message: `${name(successor.personId)} succeeded ${name(real.person)} as ${office.name}, not ${name(predecessor.personId)}, ${held.length ? `who held it ${held.map((t) => describeTenure(t)).join(' and ')}` : 'who never held the office'}.`,
    fact: `${from ? describeHolder(doc.facts.people.get(real.person), from) + '; ' : ''}${describeHolder(doc.facts.people.get(successor.personId), to)}`,
    sources: sourcesOf(...(from ? [from.holder, to.holder] : [to.holder])),
  };
}

// "The Minister, appointed on 17 July to succeed Ursula von der Leyen" (July 2019): the one appointed is not named, the
// day is told. Confirmed when an office of the one who left changed hands on that day (the end and the next holder's start
// within a day of it), the record's successor taking it; never flagged (the one appointed is not known).
const APPOINTED_ON_RE =
  /\b(?:appointed|named|nominated|sworn\s+in|confirmed)\s+(?:on\s+)?((?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2})(?:,?\s+\d{4})?)\s+$/;
function appointedToSucceed(doc: Doc, sentence: Span, verbStart: number, predecessor: PersonMention): Annotation | null {
  const before = doc.text.slice(Math.max(sentence.start, verbStart - 60), verbStart);
  const m = APPOINTED_ON_RE.exec(before);
  if (!m) return null;
  const at = verbStart - before.length + m.index + m[0].indexOf(m[1]);
  const date = findDates(doc.text, at, at + m[1].length, { asOf: doc.asOf, past: true })[0];
  if (!date || date.granularity !== 'day' || date.first > doc.asOf) return null;
  for (const office of doc.facts.officesByPerson.get(predecessor.personId) ?? []) {
    for (const from of tenuresOf(predecessor.personId, office)) {
      const end = from.holder.end;
      if (!end || Math.abs(daysBetween(end, date.first)) > 1 || !isConfident(from.holder)) continue;
      const next = office.holders.find((h) => h !== from.holder && !h.acting && Math.abs(daysBetween(h.start, end)) <= 1);
      if (!next || !isConfident(next)) continue;
      const start = verbStart - before.length + m.index;
      return {
        start,
        end: predecessor.end,
        quote: doc.text.slice(start, predecessor.end),
        verdict: 'supported',
        kind: 'tenure',
        factIds: [office.id, next.person, predecessor.personId],
        message: `${nameOf(doc, next.person)} succeeded ${nameOf(doc, predecessor.personId)} as ${office.name} on ${formatDay(next.start)}.`,
        fact: describeHolder(doc.facts.people.get(predecessor.personId), from),
        sources: sourcesOf(from.holder, next),
      };
    }
  }
  return null;
}

// Round 35: the one who leaves named with the handover's time right after, the one who comes not named in the sentence:
// "the next Secretary General of NATO, succeeding Jens Stoltenberg in October" (held-out 27 jd012, June 2024), "...,
// succeeding Jens Stoltenberg on October 1" (held-out 19 xd305). Confirmed when an office of the one who left changed hands
// then (the end within a day of the day told, or in the month told, and a next holder starting within a day of the end);
// never flagged (the one who comes is not known). A month or day without its year is read forward for a handover to come,
// backward for one told as done.
const HANDOVER_TIME_AFTER_RE = /^\s+(?:on|in)\s+/i;

function handoverDayAfter(doc: Doc, sentence: Span, verb: string, predecessor: PersonMention): Annotation | null {
  const lead = HANDOVER_TIME_AFTER_RE.exec(doc.text.slice(predecessor.end, predecessor.end + 6));
  if (!lead) return null;
  const at = predecessor.end + lead[0].length;
  const done = DONE_VERB_RE.test(verb);
  const date = findDates(doc.text, predecessor.end, Math.min(sentence.end, at + 30), {
    asOf: doc.asOf,
    ...(done ? { past: true } : { future: true }),
  }).find((d) => d.start <= at && d.end > at && (d.granularity === 'day' || d.granularity === 'month'));
  if (!date) return null;
  for (const office of doc.facts.officesByPerson.get(predecessor.personId) ?? []) {
    for (const from of tenuresOf(predecessor.personId, office)) {
      const end = from.holder.end;
      if (!end || end.length !== 10 || !isConfident(from.holder)) continue;
      const fits =
        date.granularity === 'day'
          ? Math.abs(daysBetween(end, date.first)) <= 1
          : addDays(date.first, -1) <= end && end <= addDays(date.last, 1);
      if (!fits) continue;
      const next = office.holders.find((h) => h !== from.holder && !h.acting && Math.abs(daysBetween(h.start, end)) <= 1);
      if (!next || !isConfident(next)) continue;
      // "Rob Bauer spoke. He succeeded Jens Stoltenberg in October": a pronoun before the verb whose nearest referent
      // named before the sentence is not the one who came says something else.
      if (/\b(?:he|she)\b/i.test(doc.text.slice(sentence.start, predecessor.start))) {
        const referent = doc.people.filter((p) => p.end <= sentence.start && sentence.start - p.end <= 400).pop();
        if (referent && referent.personId !== next.person) continue;
      }
      const start = predecessor.start - verb.length;
      return {
        start,
        end: date.end,
        quote: doc.text.slice(start, date.end),
        verdict: 'supported',
        kind: 'tenure',
        factIds: [office.id, next.person, predecessor.personId],
        message: `${nameOf(doc, next.person)} succeeded ${nameOf(doc, predecessor.personId)} as ${office.name} on ${formatDay(next.start)}.`,
        fact: describeHolder(doc.facts.people.get(predecessor.personId), from),
        sources: sourcesOf(from.holder, next),
      };
    }
  }
  return null;
}

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

// Office changes told as events, dated by the article: "Ukraine's Parliament has accepted the
// resigation of Foreign Minister Dmytro Kuleba", "accepted Dmytro Kuleba's resignation",
// "Zelenskyy proposed Kuleba's first deputy, Andrii Sybiha, as the new foreign minister",
// "arrived in Kyiv on Thursday — two days after assuming the role of NATO Secretary General".
// Each is confirmed when the fact base has the tenure end (or start) within days of the article's
// date; a change it does not know may be one it has not recorded, so none is ever flagged.
const CHANGE_WORDS = gated(/resig|stepped down|nominat|propos|appoint|assum|taking|-year/i);
// Right before the name: "(accepted) the resignation of [Foreign Minister] X".
const RESIGNATION_OF_RE = /\bresig\w*\s+of\s+(?:(?:the\s+)?[A-Z][\w.\u2019'-]*\s+){0,5}$/;
// Right after the name: "X's resignation", "X resigned", "X submitted his resignation"; in a clause set off by a comma or
// a dash, "Dmytro Kuleba — who resigned as Ukraine's top diplomat on Wednesday —" (September 2024); "stepped down".
const RESIGNED_RE =
  /^(?:['\u2019]s\s+resig\w*|(?:\s*[,\u2014\u2013]\s*who)?\s+(?:has\s+|had\s+)?(?:resigned|stepped\s+down|submitted\s+(?:his|her)\s+resignation|tendered\s+(?:his|her)\s+resignation|announced\s+(?:his|her)\s+resignation))\b/;
// Before the name, in its sentence: "proposed Kuleba's first deputy, Andrii Sybiha": the verb, then no full stop.
const NOMINATED_RE = /\b(?:proposed|nominated|appointed|named)\s+[^.;:!?]{0,50}$/;
// After the name: "as the new foreign minister".
const AS_NEW_RE = /^,?\s+as\s+(?:the\s+)?(?:new\s+|next\s+)?/;
// "two days after assuming the role of NATO Secretary General", "since taking up the post of".
const ASSUMING_RE =
  /\b(?:(?:(\w+)\s+(days?|weeks?)\s+)?after|since)\s+(?:assuming|taking(?:\s+up|\s+over)?)\s+(?:the\s+)?(?:role|post|office|position|helm)\s+(?:of|as)\s+(?:the\s+)?/gi;
// "ending Viktor Orbán’s 16-year run", "ended X's decade-long rule" (the latter not read: no figure).
const ENDING_BEFORE_RE = /\b(?:ending|ended|ends|end\s+to|end\s+of)\s+$/i;
const YEAR_RUN_RE =
  /^(?:['\u2019]s)?\s+(\d{1,2}|[a-z]+)-year(?:-long)?\s+(?:run|rule|reign|tenure|premiership|presidency|term|stint|grip\s+on\s+power)\b/i;
const SMALL_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** Days around the article's date within which a resignation or appointment it tells of took effect. */
const CHANGE_BEFORE_DAYS = 7;
const CHANGE_AFTER_DAYS = 30;

// Built once (speed, round 41): a literal in officeChanges was a new expression, parsed again, at each call.
const OFFICE_CHANGES_RE = /resig|stepped down/i;
const OFFICE_CHANGES_RE2 = /proposed|nominated|appointed|named/i;
const OFFICE_CHANGES_RE3 = /\bend(?:ing|ed|s)?\b/i;
const OFFICE_CHANGES_RE4 = /assum|taking/i;
function officeChanges(doc: Doc): Annotation[] {
  if (!CHANGE_WORDS.test(doc.text)) return [];
  const out: Annotation[] = [];
  const near = (day: string | null) =>
    !!day && day >= addDays(doc.asOf, -CHANGE_BEFORE_DAYS) && day <= addDays(doc.asOf, CHANGE_AFTER_DAYS);
  // Each form's own word, looked for once: most paragraphs with "taking" tell of no resignation or nomination.
  const resignations = OFFICE_CHANGES_RE.test(doc.text);
  const nominations = OFFICE_CHANGES_RE2.test(doc.text);
  const endings = OFFICE_CHANGES_RE3.test(doc.text) && /-year\b/i.test(doc.text);
  for (const p of resignations || nominations || endings ? doc.people : []) {
    const sentence = sentenceOf(doc, p.start);
    const before = doc.text.slice(Math.max(sentence.start, p.start - 80), p.start);
    const after = doc.text.slice(p.end, Math.min(sentence.end, p.end + 80));
    const of = resignations ? RESIGNATION_OF_RE.exec(before) : null;
    const resigned = of || !resignations ? null : RESIGNED_RE.exec(after);
    // "X resigned as TITLE on DATE": the date told is tenure-dismissed.ts's to judge (departuresDated).
    if (
      resigned &&
      /^(?:\s+as\s+[^,.;:()]{3,60}?)?\s+(?:on|in)\s+(?:\d|January|February|March|April|May|June|July|August|September|October|November|December)/i.test(
        after.slice(resigned[0].length),
      )
    )
      continue;
    if (of || resigned) {
      // The office, when the sentence names one; else any the person left around the date.
      const named = officesNamed(doc, sentence.start, sentence.end);
      const offices = named.length ? named : (doc.facts.officesByPerson.get(p.personId) ?? []);
      // Round 31: "voted to accept Oleksiy Reznikov's resignation from his position as the head of the Ministry of Defense
      // and also remove Rustem Umerov from his role as the head of the State Property Fund" (held-out 29 mc010): the
      // sentence names another's office too; the office of the name's own clause is the one left ("head of the Ministry of
      // Defense" is no wording of an office: with none named there, any office of the person's).
      const t =
        offices.flatMap((o) => tenuresOf(p.personId, o)).find((x) => near(x.holder.end ?? null)) ??
        (named.length ? ownClauseOffices(doc, sentence, p) : [])
          .flatMap((o) => tenuresOf(p.personId, o))
          .find((x) => near(x.holder.end ?? null));
      if (!t) continue;
      const start = of ? p.start - before.length + of.index : p.start;
      const end = of ? p.end : p.end + resigned![0].length;
      out.push(
        changeAnnotation(
          doc,
          start,
          end,
          p.personId,
          t,
          `${nameOf(doc, p.personId)} left office as ${t.office.name} on ${formatDay(t.holder.end!)}.`,
        ),
      );
      continue;
    }
    // "formally ending Viktor Orbán’s 16-year run": a tenure of about that length that ended around the date.
    const ended = endings ? ENDING_BEFORE_RE.test(before) && YEAR_RUN_RE.exec(after) : null;
    if (ended) {
      const years = numberFrom(ended[1]);
      const t = (doc.facts.officesByPerson.get(p.personId) ?? [])
        .flatMap((o) => tenuresOf(p.personId, o))
        .find((x) => near(x.holder.end ?? null) && Math.abs(daysBetween(x.holder.start, x.holder.end!) / 365.25 - years) <= 0.6);
      if (!t) continue;
      out.push(
        changeAnnotation(
          doc,
          p.start,
          p.end + ended[0].length,
          p.personId,
          t,
          `${nameOf(doc, p.personId)} was ${t.office.name} from ${formatDay(t.holder.start)} until ${formatDay(t.holder.end!)}.`,
        ),
      );
      continue;
    }
    const nominated = nominations ? NOMINATED_RE.exec(before) : null;
    const as = nominated ? AS_NEW_RE.exec(after) : null;
    if (nominated && as) {
      const titleStart = p.end + as[0].length;
      const cut = /[,;:(]|\s(?:pending|after|before|and|but|to|who|in|on)\s/.exec(
        doc.text.slice(titleStart, Math.min(sentence.end, titleStart + 60)),
      );
      const titleEnd = cut ? titleStart + cut.index : Math.min(sentence.end, titleStart + 60);
      const offices = officesNamed(doc, titleStart, titleEnd);
      const t = offices.flatMap((o) => tenuresOf(p.personId, o)).find((x) => near(x.holder.start));
      if (!t) continue;
      const start = p.start - before.length + nominated.index;
      out.push(
        changeAnnotation(
          doc,
          start,
          titleEnd,
          p.personId,
          t,
          `${nameOf(doc, p.personId)} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
        ),
      );
    }
  }
  if (OFFICE_CHANGES_RE4.test(doc.text)) out.push(...assumingRole(doc));
  return out;
}

/**
 * The offices named in the clause a name stands in (from the last comma or semicolon before it to the first after it, or
 * "and" after it); with none named there, every office of the person's.
 */
function ownClauseOffices(doc: Doc, sentence: { start: number; end: number }, p: PersonMention): readonly Office[] {
  const before = doc.text.slice(sentence.start, p.start);
  const from = sentence.start + Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const cut = /[,;]|\s(?:and|but|while|whereas)\s/.exec(doc.text.slice(p.end, sentence.end));
  const named = officesNamed(doc, from, cut ? p.end + cut.index : sentence.end);
  return named.length ? named : (doc.facts.officesByPerson.get(p.personId) ?? []);
}

/** "Rutte arrived in Kyiv on Thursday — two days after assuming the role of NATO Secretary General": the sentence's subject took office that long before the article's date. */
function assumingRole(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of doc.text.matchAll(ASSUMING_RE)) {
    const sentence = sentenceOf(doc, m.index);
    const titleStart = m.index + m[0].length;
    const cut = /[,;:(.]|\s(?:and|but|in|on|at|when|after)\s/.exec(doc.text.slice(titleStart, Math.min(sentence.end, titleStart + 60)));
    const offices = officesNamed(doc, titleStart, cut ? titleStart + cut.index : Math.min(sentence.end, titleStart + 60));
    if (!offices.length) continue;
    const person = doc.people.findLast((p) => p.start >= sentence.start && p.end <= m.index);
    if (!person) continue;
    const count = m[1] ? (SMALL_NUMBERS[m[1].toLowerCase()] ?? Number(m[1])) : null;
    if (m[1] && !Number.isFinite(count)) continue;
    const days = count === null ? null : count * (/week/i.test(m[2]) ? 7 : 1);
    const slack = m[2] && /week/i.test(m[2]) ? 7 : 3;
    const t = offices
      .flatMap((o) => tenuresOf(person.personId, o))
      .find((x) =>
        days === null
          ? x.from <= doc.asOf && !x.holder.end
          : daysBetween(x.holder.start, addDays(doc.asOf, -days)) <= slack && x.holder.start.length === 10,
      );
    if (!t) continue;
    const end = cut ? titleStart + cut.index : Math.min(sentence.end, titleStart + 60);
    const start = m.index;
    out.push(tookOfficeAnnotation(doc, start, end, person.personId, t));
  }
  return out;
}

const nameOf = (doc: Doc, id: string) => doc.facts.people.get(id)?.name ?? id;

/** "X took office as Y on Z": what a tenure's start confirms, said of the words at [start, end). */
const tookOfficeAnnotation = (doc: Doc, start: number, end: number, personId: string, t: Tenure) =>
  changeAnnotation(
    doc,
    start,
    end,
    personId,
    t,
    `${nameOf(doc, personId)} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
  );

function changeAnnotation(doc: Doc, start: number, end: number, personId: string, t: Tenure, message: string): Annotation {
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    verdict: t.holder.confidence === 'verified' ? 'supported' : 'context',
    kind: 'tenure',
    factIds: [t.office.id, personId],
    message,
    fact: describeHolder(doc.facts.people.get(personId), t),
    sources: sourcesOf(t.holder),
  };
}

// "will meet ... since taking office on January 20", "in the four months since he took office": a
// start of tenure told in passing, of the person the sentence is about.
const TOOK_OFFICE_WORDS = gated(/\b(?:taking|took|assuming|assumed)\s+office\b/i);
const TOOK_OFFICE_RE =
  /\b(?:(?:(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(days?|weeks?|months?|years?)\s+)?since|after)\s+(?:(he|she)\s+(?:took|assumed)|taking|assuming)\s+office\b/gi;
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30.44, year: 365.25 };

/**
 * "... the President of the United States, Joe Biden, will meet with the remaining heads of state
 * ... since taking office on January 20": supported when the person named before it in the
 * sentence (for "since he took office", the one person named there or in the sentence before)
 * took up one of their offices on that day, or that long before the article's date ("four months
 * since"). Which office is not said, and the date's year may be inferred, so this only ever confirms.
 */
function tookOffice(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const m of doc.text.matchAll(TOOK_OFFICE_RE)) {
    const sentence = sentenceOf(doc, m.index);
    const i = doc.sentences.indexOf(sentence);
    const before = doc.people.filter((p) => p.start >= sentence.start && p.end <= m.index && !p.fuzzy);
    let person = before[before.length - 1];
    if (m[3] && new Set(before.map((p) => p.personId)).size > 1) continue;
    if (!person && m[3] && i > 0) {
      const earlier = doc.people.filter((p) => p.start >= doc.sentences[i - 1].start && p.end <= sentence.start && !p.fuzzy);
      if (new Set(earlier.map((p) => p.personId)).size === 1) person = earlier[0];
    }
    if (!person) continue;
    let end = m.index + m[0].length;
    let fits: (start: string) => boolean;
    let told: DateMention | undefined;
    if (m[1]) {
      // "four months since": the start lies that long before the article's date, give or take one unit.
      const unit = UNIT_DAYS[m[2].toLowerCase().replace(/s$/, '')];
      const count = SMALL_NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
      if (!unit || !Number.isFinite(count)) continue;
      fits = (start) => start.length === 10 && start <= doc.asOf && Math.abs(daysBetween(start, doc.asOf) / unit - count) < 1;
    } else {
      const on = /^\s+(?:on|in)\s+/i.exec(doc.text.slice(end, end + 8));
      if (!on) continue;
      // A start lies in the past, whatever the sentence's tense: "will meet ... since taking office on January 20".
      // A year's mention takes in its preposition ("in 2017"), a day's does not ("on January 20").
      const date = findDates(doc.text, end, Math.min(sentence.end, end + on[0].length + 30), {
        asOf: doc.asOf,
        future: false,
      }).find((d) => d.start > end && d.start <= end + on[0].length && d.granularity !== 'span');
      if (!date) continue;
      end = date.end;
      told = date;
      fits = (start) => overlaps(factRange(start), date);
    }
    const t = (doc.facts.officesByPerson.get(person.personId) ?? [])
      .flatMap((o) => tenuresOf(person.personId, o))
      .find((x) => x.from <= doc.asOf && [x.holder.start, ...(x.holder.altStart ?? [])].some(fits));
    const start = m.index;
    if (t) out.push(tookOfficeAnnotation(doc, start, end, person.personId, t));
    else if (told && !m[3]) {
      const wrong = wrongStartOfTop(doc, person, told, m.index);
      if (wrong) out.push({ ...wrong, start, end, quote: doc.text.slice(start, end), kind: 'tenure' });
    }
  }
  return out;
}

/** The words right before the name, in its sentence, name the office (and no other office the person ever held). */
function titledBefore(doc: Doc, person: PersonMention, office: Office): boolean {
  const sentence = sentenceOf(doc, person.start);
  const from = Math.max(sentence.start, person.start - 60);
  const words = doc.matches.filter((m) => m.start >= from && m.end <= person.start);
  if (!words.length || !/^[\s,]*$/.test(doc.text.slice(words[words.length - 1].end, person.start))) return false;
  const held = new Set(doc.facts.officesByPerson.get(person.personId) ?? []);
  const named = officesNamed(doc, words[0].start, person.start).filter((o) => held.has(o));
  return named.length === 1 && named[0] === office;
}

/**
 * "Trump has repeatedly criticized NATO since taking office in 2016" (April 2019; he took office in
 * 2017): with no office named, "taking office" is the top office the person holds on the page's date.
 * A start that fits no tenure of any office of theirs is judged against that one (judgeStart), when
 * the person is named in full in the sentence and holds, on the page's date, exactly one office, a
 * head of state's or government's, within the office's horizon.
 */
function wrongStartOfTop(doc: Doc, person: PersonMention, date: DateMention, clauseStart: number) {
  if (!doc.dateCertain || !date.explicitYear || date.relative || person.fuzzy || !(person.full || person.namedInFull)) return null;
  // "Rutte praised the Dutch king, who has reigned since taking office in 2013": a relative clause or another office
  // between the name and the clause may make it someone else's.
  const between = doc.text.slice(person.end, clauseStart);
  if (/\b(?:who|whom|whose|which|that)\b/i.test(between)) return null;
  if (
    doc.matches.some((x) => x.start >= person.end && x.end <= clauseStart && x.values.some((v) => v.type === 'role' || v.type === 'fixed'))
  )
    return null;
  const running = (doc.facts.officesByPerson.get(person.personId) ?? [])
    .flatMap((o) => tenuresOf(person.personId, o))
    .filter((x) => onDay(x, doc.asOf) !== 'out');
  if (running.length !== 1) return null;
  const [t] = running;
  // A head of state's or government's: "took office" alone says theirs ("Mark Rutte has met Zelensky twice since
  // taking office in 2023" may be of any post he held; tenures-round8).
  // Or an office the sentence gives the person as a title right before the name: "NATO Secretary General Mark Rutte
  // described the commitment as ..., echoing the doctrine he has promoted since taking office in June 2025" (June 2025,
  // held-out 22 pb005; in office since October 2024).
  if (onDay(t, doc.asOf) !== 'in' || !(t.office.headOf || titledBefore(doc, person, t.office))) return null;
  if (pastHorizon(doc.facts, doc.asOf, { office: t.office.id })) return null;
  const judged = judgeStart(doc, person.personId, t, date);
  return judged.verdict === 'contradicted' ? judged : null;
}

// "Joe Biden's first NATO summit as US president", "Joe Biden's first summit with an alliance that
// Donald Trump openly disparaged": the summit the page tells of is the first NATO summit of the
// person's tenure. Looked for once per text.
const FIRST_SUMMIT_WORDS = gated(/\bfirst\s+(?:NATO\s+)?summit\b/i);
const FIRST_SUMMIT_RE =
  /^['\u2019]s?\s+first\s+(NATO\s+)?summit\b(\s+(?:with|of)\s+(?:NATO\b|(?:an?|the)\s+(?:(?:military|western|transatlantic|defen[cs]e)\s+)?alliance\b))?(?:\s+as\s+(?:the\s+)?((?:[\w.]+\s+){0,3}?(?:president|prime\s+minister|chancellor|premier)\b))?/i;
/** NATO's summits are all on record from this day: a first summit is judged only of a tenure begun after it. */
const SUMMITS_COVERED_FROM = '2010-01-01';
/** How far before and after the article's date the summit it tells of may be, in days. */
const SUMMIT_BEFORE_DAYS = 14;
const SUMMIT_AFTER_DAYS = 45;

/**
 * Supported when the first NATO summit on record after the person took up a head of state's or
 * government's office (the one "as ..." names, if it names one) begins within days of the
 * article's date: the summit the page tells of. Anything else is left alone: whether a virtual
 * or extraordinary summit counts, and whether the person went, are not on record, so this is
 * never flagged.
 */
function firstSummits(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const summits = [...doc.facts.events.values()]
    .filter((e) => e.kind === 'summit' && e.id.startsWith('nato-') && e.status === 'held' && e.start.length === 10)
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const m = FIRST_SUMMIT_RE.exec(doc.text.slice(p.end, p.end + 120));
    if (!m || (!m[1] && !m[2])) continue;
    const end = p.end + m[0].length;
    const named = m[3] ? officesNamed(doc, p.end + m[0].length - m[3].length, end) : [];
    const offices = (doc.facts.officesByPerson.get(p.personId) ?? []).filter((o) => o.headOf && (!m[3] || named.includes(o)));
    for (const t of offices.flatMap((o) => tenuresOf(p.personId, o))) {
      if (t.holder.start.length !== 10 || t.holder.start < SUMMITS_COVERED_FROM || t.holder.confidence !== 'verified') continue;
      const first = summits.find((e) => e.start >= t.holder.start && (!t.until || e.start < t.until));
      if (!first || first.start < addDays(doc.asOf, -SUMMIT_BEFORE_DAYS) || first.start > addDays(doc.asOf, SUMMIT_AFTER_DAYS)) continue;
      const person = doc.facts.people.get(p.personId);
      out.push(
        tenureNote(doc, {
          start: p.start,
          end,
          verdict: 'supported',
          factIds: [t.office.id, p.personId, first.id],
          message: `The ${first.name} (${formatDay(first.start)}) was the first NATO summit after ${person?.name} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
          tenure: t,
          sources: [...sourcesOf(t.holder).slice(0, 1), ...first.sources.slice(0, 2).map((x) => x.url)],
        }),
      );
      break;
    }
  }
  out.push(...pronounFirstSummits(doc, summits));
  return out;
}

// "This will be his first NATO summit since beginning his second term as president" (June 2025, of Trump
// named in the sentences before; held-out 11, y095), "It is her first NATO summit since taking office",
// "his first Nato summit as prime minister": "his" or "her" for someone named just before. Supported when
// exactly one of the people named in the sentence or the two before held a head's office whose first
// summit on record is the one the page tells of (within days of its date); never flagged.
const PRONOUN_FIRST_SUMMIT_RE =
  /\b(?:his|her)\s+first\s+NATO\s+summit\s+(?:since\s+(?:beginning|starting|taking|assuming|the\s+start\s+of)\s+(?:(?:his|her)\s+)?(?:(?:second|new|third)\s+)?(?:term|office|presidency|premiership|mandate)(?:\s+(?:as|in)\s+(?:the\s+)?(?:[\w.]+\s+){0,2}?(?:president|prime\s+minister|chancellor|premier|office)\b)?|as\s+(?:the\s+)?(?:[\w.]+\s+){0,2}?(?:president|prime\s+minister|chancellor|premier)\b)/gi;

function pronounFirstSummits(
  doc: Doc,
  summits: ReadonlyArray<{ id: string; name: string; start: string; sources: ReadonlyArray<{ url: string }> }>,
): Annotation[] {
  const out: Annotation[] = [];
  if (!/\b(?:his|her)\s+first\s+NATO\s+summit/i.test(doc.text)) return out;
  for (const m of doc.text.matchAll(PRONOUN_FIRST_SUMMIT_RE)) {
    const sentence = sentenceOf(doc, m.index);
    const from = startSentencesBack(doc, sentence, 2);
    const fits = new Map<string, [Tenure, (typeof summits)[number]]>();
    for (const p of doc.people) {
      if (p.start < from || p.end > m.index || p.fuzzy || fits.has(p.personId)) continue;
      for (const o of (doc.facts.officesByPerson.get(p.personId) ?? []).filter((x) => x.headOf)) {
        for (const t of tenuresOf(p.personId, o)) {
          if (t.holder.start.length !== 10 || t.holder.start < SUMMITS_COVERED_FROM || t.holder.confidence !== 'verified') continue;
          const first = summits.find((e) => e.start >= t.holder.start && (!t.until || e.start < t.until));
          if (!first || first.start < addDays(doc.asOf, -SUMMIT_BEFORE_DAYS) || first.start > addDays(doc.asOf, SUMMIT_AFTER_DAYS))
            continue;
          // "since beginning his second term": the tenure's place among the person's tenures of the office.
          const counted = /\b(second|third)\s+(?:term|presidency|premiership|mandate)/i.exec(m[0]);
          const place = tenuresOf(p.personId, o).filter((x) => x.from < t.from).length + 1;
          if (counted && place !== (/second/i.test(counted[1]) ? 2 : 3)) continue;
          fits.set(p.personId, [t, first]);
        }
      }
    }
    if (fits.size !== 1) continue;
    const [[personId, [t, first]]] = [...fits];
    const person = doc.facts.people.get(personId);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      quote: m[0],
      kind: 'tenure',
      verdict: 'supported',
      factIds: [t.office.id, personId, first.id],
      message: `The ${first.name} (${formatDay(first.start)}) was the first NATO summit after ${person?.name} took office as ${t.office.name} on ${formatDay(t.holder.start)}.`,
      fact: describeHolder(person, t),
      sources: [...sourcesOf(t.holder).slice(0, 1), ...first.sources.slice(0, 2).map((x) => x.url)],
    });
  }
  return out;
}
