// A holder said to stay in office: "He nominated Sergei Lavrov to remain as the Minister of Foreign
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

// Right after the name: the verb and what the person stays as.
const REMAIN_AFTER_RE =
  /^,?\s+(?:(to|will|would|shall|should|could|may|might|is\s+to|is\s+expected\s+to|will\s+continue\s+to)\s+)?(?:remains?|stays?)\s+(?:(?:in\s+(?:office|post|the\s+government|the\s+cabinet)\s+)?as\s+|in\s+(?:the|his|her|their)\s+(?:position|post|role|office|job)\s+(?:of|as)\s+)?(?:(?:the|Russia['’]s|Ukraine['’]s)\s+)?/i;
// A sentence that tells a condition or a guess says nothing certain of the day.
const HYPOTHETICAL_RE = /\b(?:if|unless|whether|would|could|might|expected|likely|reportedly|rumou?red|speculat)/i;

export function remainingHolders(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.folded.includes(' remain') && !doc.folded.includes(' stay')) return out;
  const { text, matches } = doc;
  for (const p of doc.people) {
    const after = REMAIN_AFTER_RE.exec(text.slice(p.end, p.end + 80));
    if (!after) continue;
    const at = p.end + after[0].length;
    // "the" and a possessive the pattern took may be the start of the title's own match: read from the first match at or after.
    const i = firstAtOrAfter(matches, p.end + after[0].replace(/(?:(?:the|Russia['’]s|Ukraine['’]s)\s+)$/i, '').length);
    const m = matches[i];
    if (!m || m.start > at) continue;
    const title = readTitle(doc, i);
    // "Trump remains president-elect": another title than the word's.
    if (!title || /^[-‐]/.test(text.slice(title.end, title.end + 1))) continue;
    const sentence = sentenceOf(doc, p.start);
    const sure = !after[1] && !HYPOTHETICAL_RE.test(text.slice(sentence.start, sentence.end));
    const annotation = titleAnnotation(doc, {
      start: p.start,
      end: title.end,
      person: p,
      senses: title.senses,
      explicit: title.explicit,
      modifier: 'none',
      ...(sure ? {} : { soft: true, softReason: 'Said of a day to come, or of a condition' }),
    });
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
  /^,?\s+(?:has|have)\s+(?:(?:now|officially|formally)\s+)?(?:taken\s+over\s+as|become)\s+(?:(?:the|Russia['’]s|Ukraine['’]s|NATO['’]s)\s+)?/i;
const TAKEN_OVER_WORDS = [' taken over as ', ' become '];
/** Days before a tenure's start within which "has become" is not flagged. */
const TAKING_UP_DAYS = 60;

export function presentPerfectAccessions(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!TAKEN_OVER_WORDS.some((w) => doc.folded.includes(w))) return out;
  const { text, matches } = doc;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const after = TAKEN_OVER_RE.exec(text.slice(p.end, p.end + 60));
    if (!after) continue;
    const i = firstAtOrAfter(matches, p.end + after[0].replace(/(?:(?:the|Russia['’]s|Ukraine['’]s|NATO['’]s)\s+)$/i, '').length);
    const m = matches[i];
    if (!m || m.start > p.end + after[0].length) continue;
    const title = readTitle(doc, i);
    if (!title || /^[-‐]/.test(text.slice(title.end, title.end + 1))) continue;
    const sentence = sentenceOf(doc, p.start);
    const soon = title.senses.some((s) =>
      tenuresOf(p.personId, s.office).some((t) => t.from > doc.asOf && daysBetween(doc.asOf, t.from) <= TAKING_UP_DAYS),
    );
    const sure = !soon && !HYPOTHETICAL_RE.test(text.slice(sentence.start, sentence.end));
    const annotation = titleAnnotation(doc, {
      start: p.start,
      end: title.end,
      person: p,
      senses: title.senses,
      explicit: title.explicit,
      modifier: 'none',
      ...(sure ? {} : { soft: true, softReason: 'Said of a tenure about to begin, or of a condition' }),
    });
    if (annotation) out.push(annotation);
  }
  return out;
}
