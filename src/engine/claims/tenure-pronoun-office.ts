// "He's a lawyer and politician who has been serving as the President of Poland since August 6, 2015" (a profile page of
// January 2026, of Andrzej Duda named two sentences before), "She has served as Vice President of the United States since
// January 20, 2021", "He has been the Prime Minister of Canada since November 4, 2015": a tenure told as still running, of
// "he" or "she", with the office named in full. Whom the pronoun means need not be read: only one person began that
// office on that day, so the words are true of them or of no one. Confirmed while that tenure runs; outdated once it
// has ended (tenure.ts's stillInOffice: a verified record, a page dated for certain, a month past the end), when that
// person is named earlier on the page (the page is about them), no earlier year is told in the sentence (the present
// perfect of a time told) and the words are not inside quotation marks (someone's words of an earlier day).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { sentenceOf } from '../doc';
import { onDay, tenuresOf } from '../holders';
import { datesIn } from './clauses';
import { judgeStart, officesNamed, stillInOffice } from './tenure';
import { startFits } from './tenure-pronoun';
import { referentStart } from './tenure-referent';
import { keysGate, warmed, compiledOnFirstRun } from '../triggers';

// Round 46: "serving as ", "having served as ", "having been " open a sentence's participle (OPENING_PARTICIPLE_RE).
const KEYS = [' has been ', ' has served as ', "'s been ", '’s been ', 'serving as ', 'having served as ', 'having been '];
const GATE = keysGate(KEYS);
// The pronoun, an optional "is a lawyer and politician who", the present perfect, the title up to " since ".
const PRONOUN_SINCE_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:he|she)(?:(?:['\u2019]s|[ \t]+is)[ \t]+(?:a|an)[ \t]+[^,.;:()"\u201c\u201d\n]{1,40}?[ \t]+who)?(?:[ \t]+has|['\u2019]s)[ \t]+(?:been[ \t]+serving[ \t]+as|served[ \t]+as|been)[ \t]+([^,.;:()"\u201c\u201d\n]{3,70}?)[ \t]+$`,
  'iu',
);
// Round 46: "Mark Rutte has become a household name, not just in the Netherlands, but across Europe. Serving as Prime Minister
// since 2010, he is the longest-serving Prime Minister in Dutch history" (a profile page of January 2026, held-out 44 um001:
// he left that office in July 2024), "Having served as Prime Minister since 2010, he remains ...": a participle opening the
// sentence, its subject the "he" or "she" after the comma; the present of the main verb (PRESENT_MAIN_RE) makes the
// tenure still running on the page's day, as "he has served as" does. "Serving as prime minister since 2010, he led the
// country through the euro crisis" narrates a past time: not read.
const OPENING_PARTICIPLE_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`^[\s"\u201c\u2018']*(?:(?:currently|still)[ \t]+)?(?:serving[ \t]+as|having[ \t]+served[ \t]+as|having[ \t]+been)[ \t]+([^,.;:()"\u201c\u201d\n]{3,70}?)[ \t]+$`,
    'iu',
  ),
);
const PRESENT_MAIN_RE =
  /^[ \t]*,[ \t]*(?:he|she)[ \t]+(?:(?:still|now|also|currently)[ \t]+)?(?:is|has|remains|continues|leads|heads|holds|stands|serves|plays|faces)\b/i;
// Round 46 (precision): a main clause that tells the change after the tenure ends it, whatever its tense: "Mark Rutte took
// over at NATO on Tuesday. Having served as Prime Minister since 2010, he has now moved from The Hague to Brussels" (October
// 2024), "he has become the alliance's civilian head", "he has been appointed to lead the alliance" (a perfect of leaving
// or of a new post, CHANGE_MAIN_RE), or "he is now NATO's secretary general" (IS_NOW_RE with another office named after it).
// "Serving as Prime Minister since 2010, he is the longest-serving Prime Minister" is still read.
const CHANGE_MAIN_RE =
  /^[ \t]*,[ \t]*(?:he|she)[ \t]+(?:has|['\u2019]s)[ \t]+(?:(?:now|since|just|finally|recently|already)[ \t]+)?(?:become|moved|taken|left|stepped|handed|resigned|quit|joined|gone|switched|been[ \t]+(?:appointed|named|chosen|picked|tapped|made|elected[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?(?:new|next)))\b/i;
const IS_NOW_RE = /^[ \t]*,[ \t]*(?:he|she)[ \t]+is[ \t]+now[ \t]/i;
/** How far after the date the other office of "he is now ..." may be named. */
const NOW_OFFICE_REACH = 80;
// Words that make the title another office than the role word's, or a tenure of another kind.
const OTHER_OFFICE_RE = compiledOnFirstRun(/\b(?:acting|interim|assistant|under|shadow|special|first[ \t]+lady|spokes\w*|envoy)\b/i);
const YEAR_RE = /\b(?:19|20)\d{2}\b/g;
/** How far back from " since " the pronoun may stand. */
const REACH = 160;

// Built once (speed, round 41): a literal in pronounOfficeSince was a new expression, parsed again, at each call.
const PRONOUN_OFFICE_SINCE_RE = compiledOnFirstRun(new RegExp(String.raw`^[^\p{L}]`, 'u'));
export function pronounOfficeSince(doc: Doc): Annotation[] {
  if (!GATE.test(doc.folded)) return [];
  const out: Annotation[] = [];
  const { text } = doc;
  for (let i = doc.folded.indexOf(' since '); i >= 0; i = doc.folded.indexOf(' since ', i + 7)) {
    const sentence = sentenceOf(doc, i);
    const from = Math.max(sentence.start, i - REACH);
    const lead = text.slice(from, i + 1);
    const pronoun = warmed(PRONOUN_SINCE_RE, lead).exec(lead);
    const opening = pronoun ? null : OPENING_PARTICIPLE_RE.exec(text.slice(sentence.start, i + 1));
    const m = pronoun ?? opening;
    if (!m) continue;
    const start = opening
      ? sentence.start + (m[0].length - m[0].trimStart().length)
      : from + m.index + (PRONOUN_OFFICE_SINCE_RE.test(m[0]) ? 1 : 0);
    const titleEnd = i;
    const titleStart = titleEnd - m[1].length;
    if (OTHER_OFFICE_RE.test(m[1])) continue;
    const offices = officesNamed(doc, titleStart, titleEnd);
    if (!offices.length) continue;
    const date = datesIn(doc, { start: i + 1, end: Math.min(sentence.end, i + 48) }, sentence).find((d) => d.start <= i + 8);
    if (!date || !date.explicitYear || date.relative || date.granularity === 'span') continue;
    if (opening && (!PRESENT_MAIN_RE.test(text.slice(date.end, date.end + 40)) || CHANGE_MAIN_RE.test(text.slice(date.end, date.end + 60))))
      continue;
    const named = (personId: string) => doc.people.some((p) => p.personId === personId && !p.fuzzy && p.end <= start);
    const fitting = offices.flatMap((office) =>
      office.holders
        .filter((h) => h.start <= doc.asOf)
        .flatMap((h) => tenuresOf(h.person, office).filter((t) => t.holder === h && startFits(t, date))),
    );
    // Round 46: a title of no country ("He has served as Prime Minister since 2010", "Serving as Prime Minister since 2010,
    // he is"), a role several offices share: the one person the page names before the words who began one of them then,
    // and the last person named before them (whom "he" most likely means). Another named person who did, or none, and
    // nothing is read.
    const last = offices.length === 1 ? null : lastNamedBefore(doc, start);
    const candidates = offices.length === 1 ? fitting : fitting.filter((t) => named(t.holder.person));
    if (last !== null && candidates.some((t) => t.holder.person !== last)) continue;
    // Round 45: a start that fits no holder is judged against the paragraph's one named person (tenure-referent.ts).
    if (offices.length === 1 && !fitting.length && !OTHER_OFFICE_RE.test(lead)) {
      const judged = referentStart(doc, start, offices[0], date);
      if (judged) out.push(judged);
      continue;
    }
    if (new Set(candidates.map((t) => t.holder.person)).size !== 1 || new Set(candidates.map((t) => t.office)).size !== 1) continue;
    const t = candidates[0];
    const office = t.office;
    const personId = t.holder.person;
    // The page is about them: named before the words.
    if (!named(personId)) continue;
    if (opening && IS_NOW_RE.test(text.slice(date.end, date.end + 20))) {
      const after = officesNamed(doc, date.end, Math.min(sentence.end, date.end + NOW_OFFICE_REACH));
      if (after.some((o) => o.id !== office.id)) continue;
    }
    const judged = judgeStart(doc, personId, t, date);
    const told = text.slice(sentence.start, sentence.end);
    const earlierYear = (told.match(YEAR_RE) ?? []).some((y) => y > date.last.slice(0, 4) && y < doc.asOf.slice(0, 4));
    const again = tenuresOf(personId, office).some((x) => x !== t && onDay(x, doc.asOf) !== 'out');
    const sure = !earlierYear && !again && !inQuotation(text, start);
    const ann = sure ? stillInOffice(doc, personId, t, judged) : judged;
    out.push({ ...ann, start, end: date.end, quote: text.slice(start, date.end), kind: 'tenure' });
  }
  return out;
}

/** The person named last before `at`, within ANTECEDENT_REACH characters: whom a pronoun there most likely means. */
function lastNamedBefore(doc: Doc, at: number): string | null {
  let last: Doc['people'][number] | null = null;
  for (const p of doc.people) if (!p.fuzzy && p.end <= at && at - p.end <= ANTECEDENT_REACH && (!last || p.end > last.end)) last = p;
  return last?.personId ?? '';
}
/** How far before a pronoun its antecedent may be named, for a title of no country. */
const ANTECEDENT_REACH = 600;

/** The words stand inside quotation marks opened earlier in their paragraph. */
function inQuotation(text: string, at: number): boolean {
  const para = text.slice(text.lastIndexOf('\n', at) + 1, at);
  const opened = (para.match(/\u201c/g) ?? []).length - (para.match(/\u201d/g) ?? []).length;
  return opened > 0 || (para.match(/"/g) ?? []).length % 2 === 1;
}
