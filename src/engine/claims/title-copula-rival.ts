// "Brandon Lewis is Lord Chancellor and Defence Secretary." (held-out 14 l029, a list of Truss's new cabinet on
// 6 September 2022; the same page: "keeping only Defence Secretary Ben Wallace in his post"). A name, "is" and a
// title (or titles joined by "and") with no word of the present only confirms in title-copula.ts: it may be a
// definition or another time's. Here the page itself anchors the claim to its day: it names, with a title of the
// same office, the one person the record holds in that office on the page's day. Two people told as holding one
// single office, one of them the record's holder that day: the other is contradicted, when the office's record is
// complete on the day (covered and checked through it) and the person never held the office at all.
import type { Annotation } from '../types';
import { sentenceOf, type Doc, type PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import { titleAnnotation } from './title';
import { titlePhraseAt, type TitlePhrase } from './title-copula';
import { holdersOn, isConfident, tenuresOf } from '../holders';
import { compiledOnFirstRun } from '../triggers';

const IS_RE = /^[ \t]+is[ \t]+$/;
const AND_RE = /^[ \t]+and[ \t]+$/;
// The titles end the sentence or its clause.
const LIST_END_RE = /^[ \t]*(?:[.;\n]|$)/;
// A year or another time in the sentence before the name: the claim may be of then.
const OTHER_TIME_BEFORE_RE = compiledOnFirstRun(/\b(?:1[89]\d\d|20\d\d|then|former|formerly|previously|once|until|when|after|before)\b/i);

/** The titles after "NAME is ": one, or several joined by "and", ending the clause. */
function titlesAfter(doc: Doc, person: PersonMention): TitlePhrase[] {
  const { text, matches } = doc;
  const out: TitlePhrase[] = [];
  let i = person.match + 1;
  let from = person.end;
  let gap = IS_RE;
  for (;;) {
    const m = matches[i];
    if (!m || !gap.test(text.slice(from, m.start))) return [];
    const phrase = titlePhraseAt(doc, i);
    if (!phrase || phrase.start !== m.start) return [];
    out.push(phrase);
    if (LIST_END_RE.test(text.slice(phrase.end, phrase.end + 3))) return out;
    // The next match past the phrase.
    let j = i + 1;
    while (matches[j] && matches[j].start < phrase.end) j++;
    i = j;
    from = phrase.end;
    gap = AND_RE;
    if (out.length > 3) return [];
  }
}

/** The office's one holder on the day when its record is complete then; null otherwise. */
function recordHolder(office: Office, day: string): string | null {
  if (!office.single || !office.coveredFrom || office.coveredFrom > day || !office.checkedThrough || office.checkedThrough < day)
    return null;
  const on = holdersOn(office, day);
  return on.length === 1 && isConfident(on[0].holder) ? on[0].holder.person : null;
}

// Between a holder's name and the office's title after it: "Ben Wallace stays on as Defence Secretary".
const HOLDER_THEN_TITLE_RE =
  /^(?:[ \t]+(?:is|remains|stays(?:[ \t]+on)?[ \t]+as|continues[ \t]+as|is[ \t]+kept[ \t]+as)[ \t]+|,[ \t]+)(?:the[ \t]+)?$/;

/** The page names `personId` in full right after a title of `office` ("Defence Secretary Ben Wallace") or with it after a verb. */
function pageTitlesHolder(doc: Doc, personId: string, office: Office): boolean {
  const ofOffice = (m: (typeof doc.matches)[number] | undefined) =>
    !!m?.values.some(
      (v) =>
        (v.type === 'fixed' && v.office === office.id) ||
        (v.type === 'role' && (doc.lexicon.roles.get(v.key) ?? []).some((r) => !r.loose && r.office === office)),
    );
  return doc.people.some((p) => {
    if (p.personId !== personId || !p.full || p.fuzzy) return false;
    const before = doc.matches[p.match - 1];
    if (ofOffice(before) && /^[ \t]+$/.test(doc.text.slice(before.end, p.start))) return true;
    const after = doc.matches[p.match + 1];
    return ofOffice(after) && HOLDER_THEN_TITLE_RE.test(doc.text.slice(p.end, after.start));
  });
}

// Built once (speed, round 41): a literal in rivalCopulaTitles was a new expression, parsed again, at each call.
const RIVAL_COPULA_TITLES_RE = /^[ \t]+is[ \t]/;
export function rivalCopulaTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    if (!person.full || person.fuzzy) continue;
    if (!RIVAL_COPULA_TITLES_RE.test(doc.text.slice(person.end, person.end + 5))) continue;
    const s = sentenceOf(doc, person.start);
    if (OTHER_TIME_BEFORE_RE.test(doc.text.slice(s.start, person.start))) continue;
    const phrases = titlesAfter(doc, person);
    if (!phrases.length) continue;
    const country = doc.facts.people.get(person.personId)?.country;
    for (const phrase of phrases) {
      // One office the title names: of the person's own country unless the title names another.
      const offices = [...new Set(phrase.senses.map((x) => x.office))].filter((o) => phrase.explicit || o.jurisdiction === country);
      if (offices.length !== 1) continue;
      const [office] = offices;
      if (tenuresOf(person.personId, office).length) continue;
      const holder = recordHolder(office, doc.asOf);
      if (!holder || holder === person.personId || !pageTitlesHolder(doc, holder, office)) continue;
      const a = titleAnnotation(doc, {
        start: person.start,
        end: phrases[phrases.length - 1].end,
        person,
        senses: [{ office, loose: false }],
        explicit: true,
        modifier: 'none',
      });
      if (a?.verdict !== 'contradicted') continue;
      const name = doc.facts.people.get(holder)?.name ?? holder;
      out.push({ ...a, message: `${a.message} (The page itself names ${name} as ${office.name} that day.)` });
      break;
    }
  }
  return out;
}
