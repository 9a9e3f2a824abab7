// Round 43: an office named, then its holder told by "the post": "The first Secretary General of NATO was Lord Ismay, of
// the United Kingdom. At time of writing, the post is held by Jens Stoltenberg of Norway." (held-out 41 ti004, 4 April
// 2018). The class: "the post / position / office / job is (now, currently) held by NAME", "NAME (now, currently) holds
// the post / position". "The post" stands for the last office the passage named (in its sentence or the one before),
// written with its country or body (a fixed title, or a role with its qualifier) so which office is not in doubt.
//
// Confirm-only: the anaphora is a reading, so a holder who is not the office's on the day says nothing ("the post was
// held by" tells of the past and is not read at all).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { onDay, tenuresOf } from '../holders';
import { readTitle } from './title-paren';
import { titleAnnotation } from './title';

const POST_WORDS_RE = /\b(?:post|position|office|job)\b/;
// "the post is (now|currently) held by " right before the name.
const HELD_BY_BEFORE_RE =
  /\b[Tt]he[ \t]+(?:post|position|office|job)[ \t]+is[ \t]+(?:now[ \t]+|currently[ \t]+|presently[ \t]+)?held[ \t]+by[ \t]+$/;
// " (now|currently) holds the post" right after the name.
const HOLDS_AFTER_RE = /^[ \t]+(?:now[ \t]+|currently[ \t]+|presently[ \t]+)?holds[ \t]+the[ \t]+(?:post|position|office|job)\b/;

export function postHeldTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  // Most texts hold none of the words: one look at the folded text first.
  if (!doc.folded.includes('held by') && !doc.folded.includes('holds the')) return out;
  if (!POST_WORDS_RE.test(doc.folded)) return out;
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    const before = HELD_BY_BEFORE_RE.exec(doc.text.slice(Math.max(0, person.start - 48), person.start));
    const after = before ? null : HOLDS_AFTER_RE.exec(doc.text.slice(person.end, person.end + 48));
    if (!before && !after) continue;
    const start = before ? person.start - before[0].length : person.start;
    const end = after ? person.end + after[0].length : person.end;
    const annotation = heldPost(doc, person, start, end);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** The office last named before `start`, in its sentence or the one before; confirmed of the person if held. */
function heldPost(doc: Doc, person: PersonMention, start: number, end: number): Annotation | null {
  const k = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  if (k < 0) return null;
  const from = doc.sentences[Math.max(0, k - 1)].start;
  // The last title word before the phrase: it alone is what "the post" stands for.
  let i = person.match - 1;
  while (i >= 0 && (doc.matches[i].end > start || !doc.matches[i].values.some((v) => v.type === 'role' || v.type === 'fixed'))) i--;
  if (i < 0 || doc.matches[i].start < from) return null;
  // With its country's qualifier right before it ("NATO Secretary General", "Russia's president"), or "of" one after.
  const viaQualifier = i > 0 ? readTitle(doc, i - 1) : null;
  const title = viaQualifier && viaQualifier.end >= doc.matches[i].end ? viaQualifier : readTitle(doc, i);
  if (!title?.explicit) return null;
  const held = title.senses.filter((s) => !s.loose && tenuresOf(person.personId, s.office).some((t) => onDay(t, doc.asOf) === 'in'));
  if (!held.length) return null;
  const annotation = titleAnnotation(doc, {
    start,
    end,
    person,
    senses: held,
    explicit: true,
    modifier: 'none',
    soft: true,
    softReason: '"The post" is read as the office named before it',
  });
  return annotation?.verdict === 'supported'
    ? { ...annotation, message: `${annotation.message} ("The post" is read as the office named before it.)` }
    : null;
}
