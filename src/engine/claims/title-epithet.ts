// An age epithet with a title and no name, opening a sentence: "NATO has officially welcomed its new Secretary General,
// Mark Rutte ... The 57-year-old Dutch Prime Minister succeeded Jens Stoltenberg" (held-out 17 va049, 1 October 2024:
// Rutte had left the Dutch premiership on 2 July). The press names someone, then calls them "the N-year-old TITLE" in
// the next sentence; the title is said of that person, not of whoever held the office that day (title-bare.ts reads
// "the TITLE" so, and never flags it).
//
// Read as the person's title only when the sentence before names exactly one person, named in full on the page, who
// held an office the title names at some time (a title never theirs more likely means someone else, unnamed), no
// modifier stands between the age and the title ("the 57-year-old former Dutch prime minister" is left alone), the
// day's holder of the office is not named on the page, and neither sentence tells a year other than the page's or
// speaks of a predecessor or successor. Judged by title.ts's rules (handover days, horizon, narrated time).
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { firstAtOrAfter, sentenceOf } from '../doc';
import { holdersOn, tenuresOf } from '../holders';
import { titleAnnotation } from './title';
import { readTitle } from './title-paren';

const EPITHET_RE = /(?:^|[.!?]["\u201d\u2019]?\s+|\n\s*)(The[ \t]+\d{2,3}-year-old[ \t]+)/g;
// Right after the title: a verb or a clause, not a name.
const NO_NAME_AFTER_RE = /^(?:[ \t]+[a-z]|[ \t]*[.;:!?]|[ \t]*,[ \t]+[a-z])/;
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;
const OTHER_ONE_RE = /\b(?:predecessor|successor|then|former|ex-|late)\b/i;
const MOVED_ON_RE = /\b(?:now|no longer|who (?:had )?(?:led|headed|ran|served))\b/i;

export function epithetTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.text.includes('-year-old')) return out;
  const { text, matches } = doc;
  for (const found of text.matchAll(EPITHET_RE)) {
    const at = found.index + found[0].length - found[1].length;
    const titleAt = found.index + found[0].length;
    const i = firstAtOrAfter(matches, titleAt);
    if (matches[i]?.start !== titleAt) continue;
    const title = readTitle(doc, i);
    if (!title || !title.explicit || !NO_NAME_AFTER_RE.test(text.slice(title.end, title.end + 3))) continue;
    const offices = [...new Set(title.senses.filter((s) => !s.loose).map((s) => s.office))];
    if (!offices.length) continue;
    const sentence = sentenceOf(doc, at);
    const k = doc.sentences.indexOf(sentence);
    if (k < 1) continue;
    const previous = doc.sentences[k - 1];
    const told = text.slice(previous.start, sentence.end);
    const year = doc.asOf.slice(0, 4);
    if ((told.match(YEAR_RE) ?? []).some((y) => y !== year) || OTHER_ONE_RE.test(told)) continue;
    // The one person the sentence before names.
    const named = new Set(doc.people.filter((p) => p.start >= previous.start && p.end <= previous.end && !p.fuzzy).map((p) => p.personId));
    if (named.size !== 1) continue;
    const [personId] = named;
    if (!doc.people.some((p) => p.personId === personId && !p.fuzzy && (p.full || p.namedInFull))) continue;
    // The one the page is about, not someone named in passing ("He attacked Rishi Sunak over his record. The 62-year-old
    // British Prime Minister promised ...", of his successor; "saying Joe Biden had been a better partner. The 78-year-old
    // US President ..."): named elsewhere on the page too (a headline), or opening the sentence before.
    const mentions = doc.people.filter((p) => p.personId === personId && !p.fuzzy);
    const first = mentions.find((p) => p.start >= previous.start);
    const opens = first && /^[\s"\u201c\u2018']*(?:(?:[A-Z][\w.'\u2019-]*|of|the)\s+)*$/.test(text.slice(previous.start, first.start));
    // Or introduced with a title ("welcomed its new Secretary General, Mark Rutte, during a ceremony").
    const titled =
      first &&
      doc.matches.some(
        (m) => m.end <= first.start && /^,?\s*$/.test(text.slice(m.end, first.start)) && m.values.some((v) => v.type === 'role'),
      );
    if (mentions.length < 2 && !opens && !titled) continue;
    // A move told in the sentence before ("Mark Rutte, who led it for 14 years, now heads NATO"): the writer knows the
    // person left the office, and the epithet is likely the successor's.
    if (MOVED_ON_RE.test(text.slice(previous.start, previous.end))) continue;
    if (!offices.some((o) => tenuresOf(personId, o).length)) continue;
    // The day's holder named on the page: the epithet may be theirs.
    if (
      offices.some((o) =>
        holdersOn(o, doc.asOf).some((t) => t.holder.person !== personId && doc.people.some((p) => p.personId === t.holder.person)),
      )
    )
      continue;
    const person: PersonMention = { start: title.end, end: title.end, personId, full: true, match: -1 };
    const annotation = titleAnnotation(doc, {
      start: at,
      end: title.end,
      person,
      senses: title.senses,
      explicit: true,
      modifier: 'none',
    });
    if (annotation) out.push(annotation);
  }
  return out;
}
