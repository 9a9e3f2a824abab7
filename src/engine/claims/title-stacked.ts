// Two titles given one person, as official releases do: "Josep Borrell, European Commission
// Vice-President, EU High Representative for Foreign Affairs and Security Policy, explained" and
// "the current First Deputy Prime Minister and Minister of Digital Transformation, Mykhailo
// Fedorov". title.ts reads one title next to the name; with another title in between, it read
// nothing.
//
// After the name, the first title (a run of capitalised words holding a role word and no name)
// is skipped and the second read, which must end the phrase. Before the name, the first title is
// read when "and" and a run of capitalised words join it to the comma before the name. Judged by
// title.ts's rules; red only when the title read names its country or is a fixed title and the
// name is written in full.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import { titleAnnotation, type TitleClaim } from './title';
import { finish, readTitle } from './title-paren';
import { tenuresOf } from '../holders';
import { compiledOnFirstRun, execWarm } from '../triggers';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** "for" and the capitalised words of what an office is for, after a title ("Minister for Foreign Affairs"). */
const FOR_NAMED_TAIL_RE = new RegExp(String.raw`^[ \t]+for(?:[ \t]+(?:[A-Z][\p{L}\u2019'-]*|and|the|of)){1,8}`, 'u');

// ", European Commission Vice-President, " after a name: a run of capitalised words (with "of",
// "the", "for", "and" between them), then a comma and an optional article.
const FIRST_TITLE_RE = new RegExp(
  String.raw`^,[ \t]+[A-Z][\p{L}\u2019'-]*(?:[ \t]+(?:[A-Z][\p{L}\u2019'-]*|of|the|for|and)){0,8},[ \t]+(?:the[ \t]+)?`,
  'u',
);
// " and Minister of Digital Transformation, " between the first title and the name.
const SECOND_TITLE_RE = new RegExp(
  String.raw`^[ \t]+and[ \t]+[A-Z][\p{L}\u2019'-]*(?:[ \t]+(?:[A-Z][\p{L}\u2019'-]*|of|the|for|and)){0,8}[ \t]*,[ \t]*$`,
  'u',
);
const PHRASE_END_RE = /^(?:\s*[,.;:)\n]|\s*$|\s+(?:and|who|said|says|told|has|had|is|was|will|would|on|in|at|explained|added|stressed)\b)/;
// The words before a title that make it another office or a past one: not this form's to read.
const BLOCKING_MODIFIER_RE = compiledOnFirstRun(
  /(?:^|[^a-z])(?:former|ex|then|outgoing|acting|interim|deputy|vice|assistant|under|shadow)[ \t]+$/,
);

// "an assertion Dutch Prime Minister and NATO Secretary General Mark Rutte disputed" (held-out 13 c102, June 2025: he
// had left the Dutch premiership a year before): two titles, each with its country or body, joined by "and" right
// before the name, no comma. The first is read as the name's when no article stands before it ("the Dutch Prime
// Minister and NATO Secretary General Mark Rutte" may be two people) and the person held its office at some time (a
// title of an office never theirs is more likely another, unnamed person's).
const JOINED_SECOND_RE = /^[ \t]+and[ \t]+$/;
// "EU High Representative for Foreign Affairs and Security Policy and European Commission Vice President Josep Borrell"
// (March 2021; held-out 18 wa017): the second title is a body's office ("European Commission", "European Council") the
// fact base may not hold under that name; the country and the body's one word stand before its role.
const BODY_GAP_RE = /^[ \t]+(?:Commission|Council|Parliament|Government|Cabinet)[ \t]+$/;
const ARTICLE_BEFORE_RE = /(?:^|[^a-z])(?:the|a|an|both|between|with|by)[ \t]+$/;

// "Canadian Deputy Prime Minister and Minister of Transport and Internal Trade Chrystia Freeland" (held-out 17 vd312,
// September 2025: she had left the deputy premiership in December 2024): the second title is a portfolio the fact base
// does not know, so no role word stands right before the name. "and Minister/Secretary of|for" and a run of capitalised
// words (with of, the, for, and between them) to the name, no comma; read under the same guards as two known titles.
const PORTFOLIO_SECOND_RE = compiledOnFirstRun(
  new RegExp(
    String.raw`^[ \t]+and[ \t]+(?:Minister|Secretary|Commissioner)[ \t]+(?:of|for)(?:[ \t]+(?:[A-Z][\p{L}\u2019'-]*|of|the|for|and|&)){1,8}[ \t]+$`,
    'u',
  ),
);

function portfolioSecondBefore(doc: Doc, person: PersonMention): TitleClaim | null {
  const { text, matches } = doc;
  // The first title's role: the nearest match before the name with the portfolio run after it (the run may hold a role
  // the fact base knows of another country, "Minister of Finance"; never a person).
  let k = person.match - 1;
  while (k >= 0 && k >= person.match - 4 && !PORTFOLIO_SECOND_RE.test(text.slice(matches[k].end, person.start))) {
    if (matches[k].values.some((v) => v.type === 'person')) return null;
    k--;
  }
  const role1 = k >= person.match - 4 ? matches[k] : undefined;
  if (!role1 || !PORTFOLIO_SECOND_RE.test(text.slice(role1.end, person.start))) return null;
  if (!role1.values.some((v) => v.type === 'role' || v.type === 'fixed')) return null;
  const first = firstTitle(doc, person, k);
  return first && finish(person, first.title, first.start, role1.end);
}

/**
 * The first of two joined titles, its role at matches[k] after its country: read as title.ts reads it, explicit, with no
 * article or blocking modifier before it, of an office the person held at some time.
 */
function firstTitle(
  doc: Doc,
  person: PersonMention,
  k: number,
): { title: NonNullable<ReturnType<typeof readTitle>>; start: number } | null {
  const { text, folded, matches } = doc;
  const role1 = matches[k];
  const q1 = matches[k - 1];
  if (!q1?.values.some((v) => v.type === 'qualifier') || !/^(?:['\u2019]s)?[ \t]+$/.test(text.slice(q1.end, role1.start))) return null;
  const start = q1.start;
  const before = folded.slice(Math.max(0, start - 14), start);
  if (ARTICLE_BEFORE_RE.test(before) || BLOCKING_MODIFIER_RE.test(before)) return null;
  const title = readTitle(doc, k - 1);
  if (!title || title.end !== role1.end || !title.explicit) return null;
  if (!title.senses.some((s) => !s.loose && tenuresOf(person.personId, s.office).length)) return null;
  return { title, start };
}

// "Canadian Deputy Prime Minister and Finance Minister Chrystia Freeland" (after 16 December 2024, when she left both):
// the second title has no country of its own and names an office, not a loose word. When it is one of the person's
// offices, they held it while they held the first ("Turkish Prime Minister and President Recep Tayyip Erdogan" may be
// two people: he never held both at once); an office of another person only, as an unknown portfolio, is left to the
// first title's guards.
function unqualifiedSecondIsTheirs(doc: Doc, person: PersonMention, role2: Doc['matches'][number], first: TitleClaim['senses']): boolean {
  const own = doc.facts.officesByPerson.get(person.personId) ?? [];
  const senses = role2.values.flatMap((v) => (v.type === 'role' ? (doc.lexicon.roles.get(v.key) ?? []) : [])).filter((s) => !s.loose);
  if (!senses.length) return false;
  const theirs = senses.filter((s) => own.includes(s.office));
  if (!theirs.length) return true;
  const firstTenures = first.filter((s) => !s.loose).flatMap((s) => tenuresOf(person.personId, s.office));
  return theirs.some(
    (s) =>
      !first.some((f) => f.office === s.office) &&
      tenuresOf(person.personId, s.office).some((t) =>
        firstTenures.some((f) => t.from < (f.until ?? '9999') && f.from < (t.until ?? '9999')),
      ),
  );
}

// Built once (speed, round 41): a literal in joinedTitleBefore was a new expression, parsed again, at each call.
const JOINED_TITLE_BEFORE_RE = /^[ \t]+$/;
function joinedTitleBefore(doc: Doc, person: PersonMention): TitleClaim | null {
  const { text, matches } = doc;
  if (person.full && !person.fuzzy && person.match >= 2) {
    const portfolio = portfolioSecondBefore(doc, person);
    if (portfolio) return portfolio;
  }
  if (!person.full || person.fuzzy || !JOINED_TITLE_BEFORE_RE.test(text.slice(matches[person.match - 1]?.end ?? 0, person.start)))
    return null;
  // The second title right before the name: a fixed title ("NATO Secretary General"), or a country or body and a role.
  const role2 = matches[person.match - 1];
  if (!role2?.values.some((v) => v.type === 'role' || v.type === 'fixed')) return null;
  let k = person.match - 2;
  // A role with no country of its own ("and Finance Minister Chrystia Freeland") shares the first title's.
  let unqualified = false;
  let secondStart = role2.start;
  let bodyOffice = false;
  if (!role2.values.some((v) => v.type === 'fixed')) {
    const q2 = matches[k];
    const qualified = q2?.values.some((v) => v.type === 'qualifier');
    if (qualified && JOINED_TITLE_BEFORE_RE.test(text.slice(q2.end, role2.start))) k -= 1;
    else if (qualified && BODY_GAP_RE.test(text.slice(q2.end, role2.start))) {
      // "... and European Commission Vice President Josep Borrell": a body's office, read as an unknown portfolio.
      // Confirm-only: an office unknown to the fact base cannot show the two titles are one person's.
      k -= 1;
      unqualified = true;
      bodyOffice = true;
    } else unqualified = true;
    secondStart = matches[k + 1].start;
  }
  // The first title: country and role, then " and ".
  const role1 = matches[k];
  if (!role1 || !JOINED_SECOND_RE.test(text.slice(role1.end, secondStart))) return null;
  if (!role1.values.some((v) => v.type === 'role' || v.type === 'fixed')) return null;
  const first = firstTitle(doc, person, k);
  if (!first || (unqualified && !unqualifiedSecondIsTheirs(doc, person, role2, first.title.senses))) return null;
  // The first title's own words: the second, with the name, is title.ts's claim.
  const claim = finish(person, first.title, first.start, role1.end);
  return bodyOffice ? { ...claim, soft: true, softReason: 'The second title names an office of a body the record does not hold' } : claim;
}

export function stackedTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    const claim = secondTitleAfter(doc, person) ?? firstTitleBefore(doc, person);
    if (!claim) continue;
    const annotation = titleAnnotation(doc, claim);
    if (annotation) out.push(annotation);
  }
  return out;
}

/** What the matches after the name and before `to` hold: a person, a role word (read from the name's match on, not the whole text). */
function between(doc: Doc, person: PersonMention, to: number): { person: boolean; title: boolean } {
  const out = { person: false, title: false };
  for (let i = person.match + 1; i < doc.matches.length && doc.matches[i].start < to; i++) {
    const values = doc.matches[i].values;
    if (values.some((v) => v.type === 'person')) out.person = true;
    if (values.some((v) => v.type === 'role' || v.type === 'fixed') && doc.matches[i].end <= to) out.title = true;
  }
  return out;
}

function secondTitleAfter(doc: Doc, person: PersonMention): TitleClaim | null {
  const { text, matches } = doc;
  const first = execWarm(FIRST_TITLE_RE, text.slice(person.end, person.end + 120));
  if (!first) return null;
  const firstEnd = person.end + first[0].length;
  // The skipped words must be a title ("Vice-President"), not another name in a list.
  const skipped = between(doc, person, firstEnd);
  if (!skipped.title || skipped.person) return null;
  let i = person.match + 1;
  while (matches[i] && matches[i].start < firstEnd) i++;
  if (!matches[i] || matches[i].start !== firstEnd) return null;
  const title = readTitle(doc, i);
  if (!title) return null;
  let end = title.end;
  // "High Representative for Foreign Affairs and Security Policy": the rest of the office's name.
  const tail = FOR_NAMED_TAIL_RE.exec(text.slice(end, end + 80));
  if (tail && !PHRASE_END_RE.test(text.slice(end, end + 12))) end += tail[0].length;
  if (!PHRASE_END_RE.test(text.slice(end, end + 12))) return null;
  return finish(person, title, person.start, end);
}

// Built once (speed, round 41): a literal in firstTitleBefore was a new expression, parsed again, at each call.
const FIRST_TITLE_BEFORE_RE = /,[ \t]*$/;
function firstTitleBefore(doc: Doc, person: PersonMention): TitleClaim | null {
  const { text, folded, matches } = doc;
  if (person.start >= 8 && !FIRST_TITLE_BEFORE_RE.test(text.slice(person.start - 3, person.start))) return joinedTitleBefore(doc, person);
  if (person.start < 8) return null;
  // Back through the matches of the words before the name, to the first title of the pair.
  for (let i = person.match - 1; i >= 0 && matches[i].start >= person.start - 140; i--) {
    const m = matches[i];
    if (m.values.some((v) => v.type === 'person')) return null;
    if (!m.values.some((v) => v.type === 'role' || v.type === 'fixed')) continue;
    if (!SECOND_TITLE_RE.test(text.slice(m.end, person.start))) continue;
    // The country before the first title, when there is one ("Ukraine's First Deputy ...").
    const q = matches[i - 1];
    const withCountry = q && q.values.some((v) => v.type === 'qualifier') && /^(?:['\u2019]s)?[ \t]+$/.test(text.slice(q.end, m.start));
    const at = withCountry ? i - 1 : i;
    const title = readTitle(doc, at);
    if (!title || title.end !== m.end) return null;
    const start = matches[at].start;
    if (BLOCKING_MODIFIER_RE.test(folded.slice(Math.max(0, start - 14), start))) return null;
    return finish(person, title, start, person.end);
  }
  return null;
}
