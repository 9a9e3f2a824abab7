// Round 32: an office told by the body its holder leads, in the present tense: "Lloyd Austin leads the U.S. Department of
// Defense", "David Lammy now runs the Foreign Office", "Rutte, who heads NATO, said", and of "he" or "she" just after the
// person and the office are named ("The current Secretary of Defense is Lloyd J. Austin III. He leads the Department of
// Defense"; a profile page of January 2026 said "He was sworn in on January 22, 2021, and leads ..."). The body names one office beyond
// doubt (a short list below, each of one country: a ministry of no country is every country's); the present tense says
// the person holds it on the page's day. Judged as title.ts judges any title (the narrated time, the handover's days, the
// horizon), softened in quotation marks.
import type { Annotation } from '../types';
import { sentenceOf, startSentencesBack, type Doc, type PersonMention } from '../doc';
import { titleAnnotation } from './title';
import { insideQuotes } from '../sentences';
import { keysGate } from '../triggers';
import { tenuresOf } from '../holders';
import { NON_LETTER_FIRST_RE } from '../letter-classes';

const KEYS = [' leads ', ' heads ', ' runs ', ' oversees ', ' helms '];
const GATE = keysGate(KEYS);
// The body after the verb, with the country it may be qualified by. Capitals as written ("the state department" in lower
// case is as often a state's), and the body ends the phrase: "leads the Pentagon's review", "leads the NATO summit" are tasks.
const BODY_RE =
  /^(?:the[ \t]+)?(?:(U\.S\.|US|United[ \t]+States|American|UK|U\.K\.|British|Britain['\u2019]s|America['\u2019]s)[ \t]+)?(Pentagon|Department[ \t]+of[ \t]+Defen[sc]e|Defen[sc]e[ \t]+Department|State[ \t]+Department|Department[ \t]+of[ \t]+State|Treasury[ \t]+Department|Department[ \t]+of[ \t]+the[ \t]+Treasury|Foreign[ \t]+Office|Foreign,[ \t]+Commonwealth[ \t]+(?:and|&)[ \t]+Development[ \t]+Office|FCDO|NATO|Nato|North[ \t]+Atlantic[ \t]+Treaty[ \t]+Organi[sz]ation)(?=[ \t]*(?:[.,;:!?)\n]|$)|[ \t]+(?:and|in|as|at|on|for|with|through|since|from|during|amid|while|which|that|where|under|today|now)\b)/;
const US_RE = /^(?:U\.S\.|US|United[ \t]+States|American|America['\u2019]s)$/;
const UK_RE = /^(?:UK|U\.K\.|British|Britain['\u2019]s)$/;

function officeOf(body: string, country: string | undefined): { id: string; country: 'us' | 'uk' | null } | null {
  const b = body.replace(/[ \t]+/g, ' ').toLowerCase();
  if (/^(?:pentagon|department of defen[sc]e|defen[sc]e department)$/.test(b)) return { id: 'us-secretary-of-defense', country: 'us' };
  if (/^(?:state department|department of state)$/.test(b)) return { id: 'us-secretary-of-state', country: 'us' };
  if (/^(?:treasury department|department of the treasury)$/.test(b)) return { id: 'us-treasury-secretary', country: 'us' };
  if (/^(?:foreign office|foreign, commonwealth (?:and|&) development office|fcdo)$/.test(b))
    return { id: 'gbr-foreign-secretary', country: 'uk' };
  if (/^(?:nato|north atlantic treaty organi[sz]ation)$/.test(b)) return country ? null : { id: 'nato-secretary-general', country: null };
  return null;
}

// The subject right before the verb: a name, "NAME, who", "NAME now", or "he"/"she". Not "He was sworn in on January 22,
// 2021, and leads ...": the narrated time (narrated-time.ts) would read the oath's day as the time of "leads" too.
const NAME_GAP_RE = /^(?:[ \t]*,[ \t]*who)?(?:[ \t]+(?:now|currently|still|also))?[ \t]*$/i;
const PRONOUN_BEFORE_RE = new RegExp(String.raw`(?:^|[^\p{L}])(he|she)(?:[ \t]+(?:now|currently|still|also))?[ \t]*$`, 'iu');
// The verb told of another time in its sentence: a year before the page's, "when", "at the time", "back then".
const OTHER_TIME_RE = /\b(?:when|while|at[ \t]+the[ \t]+time|back[ \t]+then|in[ \t]+those[ \t]+days|until)\b/i;
const YEAR_RE = /\b(?:19|20)\d{2}\b/g;

export function bodiesLedTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!GATE.test(doc.folded)) return out;
  const { text } = doc;
  for (const key of GATE.keysIn(doc.folded))
    for (let i = doc.folded.indexOf(key); i >= 0; i = doc.folded.indexOf(key, i + key.length)) {
      const body = BODY_RE.exec(text.slice(i + key.length, i + key.length + 60));
      if (!body) continue;
      const target = officeOf(body[2], body[1]);
      if (!target) continue;
      if (body[1] && ((target.country === 'us' && !US_RE.test(body[1])) || (target.country === 'uk' && !UK_RE.test(body[1])))) continue;
      const office = doc.facts.offices.get(target.id);
      if (!office) continue;
      const end = i + key.length + body[0].length;
      const sentence = sentenceOf(doc, i);
      const subject = subjectOf(doc, i + 1, sentence);
      if (!subject) continue;
      // Someone with no tenure of the office on record: nothing to weigh ("NATO" is led by others too: its commanders).
      if (!tenuresOf(subject.person.personId, office).length) continue;
      const told = text.slice(sentence.start, sentence.end);
      const otherTime =
        OTHER_TIME_RE.test(told) ||
        (told.match(YEAR_RE) ?? []).some((y) => y < doc.asOf.slice(0, 4)) ||
        insideQuotes(text.slice(sentence.start, subject.start));
      const annotation = titleAnnotation(doc, {
        start: subject.start,
        end,
        person: subject.person,
        senses: [{ office, loose: false }],
        explicit: true,
        modifier: 'none',
        ...(otherTime ? { soft: true, softReason: 'The sentence tells of another time, or is quoted' } : {}),
      });
      if (annotation) out.push(annotation);
    }
  return out;
}

/** Who leads: the name right before the verb, or the one person "he" or "she" can mean (named in this sentence or the one before, alone). */
function subjectOf(doc: Doc, verbAt: number, sentence: { start: number; end: number }): { start: number; person: PersonMention } | null {
  const { text } = doc;
  const named = doc.people.filter((p) => !p.fuzzy && p.end <= verbAt && p.end >= verbAt - 24 && p.start >= sentence.start);
  const last = named[named.length - 1];
  if (last && NAME_GAP_RE.test(text.slice(last.end, verbAt))) return { start: last.start, person: last };
  const before = text.slice(sentence.start, verbAt);
  const pronoun = PRONOUN_BEFORE_RE.exec(before);
  if (!pronoun) return null;
  const start = sentence.start + pronoun.index + (NON_LETTER_FIRST_RE.test(pronoun[0]) ? 1 : 0);
  const from = startSentencesBack(doc, sentence, 1);
  const people = doc.people.filter((p) => p.start >= from && p.end <= start);
  const ids = new Set(people.map((p) => p.personId));
  if (ids.size !== 1 || people.some((p) => p.fuzzy)) return null;
  return { start, person: people[people.length - 1] };
}
