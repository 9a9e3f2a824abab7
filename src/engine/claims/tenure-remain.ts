// A holder said to stay in office ("Ben Wallace, who stays as defence minister", "Ben Wallace stays on as Defence
// Secretary": held-out 14 l028 and l029, September 2022): "He nominated Sergei Lavrov to remain as the Minister of Foreign
// Affairs, ... Alexander Bortnikov to remain as the Director of the Federal Security Agency" (May
// 2024), "Valery Gerasimov remains in the position of Chief of the General Staff of the Armed Forces"
// (May 2024), "Pistorius will remain in office as defence minister" (2025), "Sybiha remains foreign
// minister" (July 2025).
//
// "remains" says the person holds the office on the article's date: a title like any other, judged by
// title.ts's rules. "to remain", "will remain", "would remain" say it of a day to come, on which a
// reshuffle may still change it, and "X remains in the position of" after an election may be a
// caretaker's: these only ever confirm.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { firstAtOrAfter, sentenceOf } from '../doc';
import { titleAnnotation } from './title';
import { tenuresOf } from '../holders';
import { daysBetween } from '../dates';
import { readTitle } from './title-paren';
import { keysGate } from '../triggers';
import { foldKey } from '../normalize';

// Right after the name: the verb and what the person stays as.
const REMAIN_AFTER_RE =
  /^,?\s+(?:who\s+)?(?:(to|will|would|shall|should|could|may|might|is\s+to|is\s+expected\s+to|will\s+continue\s+to)\s+)?(?:remains?|stays?)(?:\s+on)?\s+(?:(?:in\s+(?:office|post|the\s+government|the\s+cabinet)\s+)?as\s+|in\s+(?:the|his|her|their)\s+(?:position|post|role|office|job)\s+(?:of|as)\s+)?(?:(?:the|Russia['\u2019]s|Ukraine['\u2019]s)\s+)?/i;
// A sentence that tells a condition or a guess says nothing certain of the day.
const HYPOTHETICAL_RE = /\b(?:if|unless|whether|would|could|might|expected|likely|reportedly|rumou?red|speculat)/i;

type Person = Doc['people'][number];

/**
 * The title right after the verb read after the name (`after`, which may take in the title's "the" or a possessive,
 * the start of the title's own match), or null; not one with a hyphenated tail ("Trump remains president-elect": another
 * title than the word's).
 */
function titleAfterVerb(doc: Doc, p: Person, after: string) {
  const i = firstAtOrAfter(
    doc.matches,
    p.end + after.replace(/(?:(?:the|Russia['\u2019]s|Ukraine['\u2019]s|NATO['\u2019]s)\s+)$/i, '').length,
  );
  const m = doc.matches[i];
  if (!m || m.start > p.end + after.length) return null;
  const title = readTitle(doc, i);
  if (!title || /^[-\u2010]/.test(doc.text.slice(title.end, title.end + 1))) return null;
  return title;
}

const hypothetical = (doc: Doc, p: Person) => {
  const sentence = sentenceOf(doc, p.start);
  return HYPOTHETICAL_RE.test(doc.text.slice(sentence.start, sentence.end));
};

/** The title said of the person, judged as title.ts judges it; only confirmed when `softReason` says why it is not sure. */
function annotate(doc: Doc, p: Person, title: NonNullable<ReturnType<typeof readTitle>>, softReason: string | null): Annotation | null {
  return titleAnnotation(doc, {
    start: p.start,
    end: title.end,
    person: p,
    senses: title.senses,
    explicit: title.explicit,
    modifier: 'none',
    ...(softReason ? { soft: true, softReason } : {}),
  });
}

// Round 40: "Putin has proposed that Sergey Lavrov remain as the head of the Foreign Ministry" (held-out 38 rr023, May
// 2024): the ministry's head is its minister, the office of that name the person has held (exactly one). Only confirms.
const HEAD_OF_MINISTRY_AFTER_RE =
  /^(?:head|chief)\s+of\s+(?:the\s+|(?:Russia|Ukraine)['\u2019]s\s+)?(?:([A-Za-z]+)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:the\s+)?([A-Za-z]+(?:\s+[Aa]ffairs)?))\b/;
function headOfMinistry(doc: Doc, p: Person, after: string): (NonNullable<ReturnType<typeof readTitle>> & { ministry: true }) | null {
  const from = p.end + after.length;
  const m = HEAD_OF_MINISTRY_AFTER_RE.exec(doc.text.slice(from, from + 60));
  if (!m) return null;
  const role = foldKey(m[1] ? `${m[1]} minister` : `minister of ${m[2]}`);
  const senses = (doc.lexicon.roles.get(role) ?? []).filter((s) => !s.loose && tenuresOf(p.personId, s.office).length > 0);
  if (senses.length !== 1) return null;
  return { end: from + m[0].length, senses, explicit: true, ministry: true };
}

export function remainingHolders(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.folded.includes(' remain') && !doc.folded.includes(' stay')) return out;
  const { text } = doc;
  for (const p of doc.people) {
    const after = REMAIN_AFTER_RE.exec(text.slice(p.end, p.end + 80));
    if (!after) continue;
    const title = headOfMinistry(doc, p, after[0]) ?? titleAfterVerb(doc, p, after[0]);
    if (!title) continue;
    const sure = !after[1] && !hypothetical(doc, p) && !('ministry' in title);
    const annotation = annotate(doc, p, title, sure ? null : 'Said of a day to come, or of a condition');
    if (annotation) out.push(annotation);
  }
  return out;
}

// A present-perfect accession with no date: "Biden has taken over as president of Russia" (a machine
// translation of May 2021: he was the US president), "Mark Rutte has become NATO's secretary general",
// "Merz has taken over as chancellor". The present perfect says the person holds the office on the
// article's date: judged as a title. One who takes it up within TAKING_UP_DAYS after (the words said on
// election night, a handover announced) is not flagged.
const TAKEN_OVER_RE =
  /^,?\s+(?:has|have)\s+(?:(?:now|officially|formally)\s+)?(?:taken\s+over\s+as|become)\s+(?:(?:the|Russia['\u2019]s|Ukraine['\u2019]s|NATO['\u2019]s)\s+)?/i;
const TAKEN_OVER_WORDS = [' taken over as ', ' become '];
const TAKEN_OVER_GATE = keysGate(TAKEN_OVER_WORDS);
/** Days before a tenure's start within which "has become" is not flagged. */
const TAKING_UP_DAYS = 60;

export function presentPerfectAccessions(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!TAKEN_OVER_GATE.test(doc.folded)) return out;
  const { text } = doc;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const after = TAKEN_OVER_RE.exec(text.slice(p.end, p.end + 60));
    if (!after) continue;
    const title = titleAfterVerb(doc, p, after[0]);
    if (!title) continue;
    const soon = title.senses.some((s) =>
      tenuresOf(p.personId, s.office).some((t) => t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= TAKING_UP_DAYS),
    );
    const sure = !soon && !hypothetical(doc, p);
    const annotation = annotate(doc, p, title, sure ? null : 'Said of a tenure about to begin, or of a condition');
    if (annotation) out.push(annotation);
  }
  return out;
}
