// An aide given as a leader's: "Mike Waltz, President Joe Biden's National Security Advisor" (held-out
// 12, g209, May 2025: he was Trump's), "Trump's national security adviser John Bolton", "Zelensky's chief
// of staff, Andriy Yermak". The claim is that the person held the office while the leader headed the
// country's state or government, whatever the page's date: a narrated "Obama's defence secretary" is as
// true in 2025 as in 2015.
//
// Supported when one of the person's tenures of the office overlaps one of the leader's terms.
// Contradicted only when the person held that office (so the title is theirs to be judged on), never
// while the leader headed the country, the office's record is complete over every one of the leader's
// terms (`coveredFrom`), and both records are verified. A person the record knows in no such office is
// left alone (another office of the same name, an aide of the leader's earlier post).
import type { Annotation } from '../types';
import { isProblem } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc, PersonMention } from '../doc';
import type { Office } from '../../facts/schema';
import { hasForeignFirstName, sentenceOf } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { describeHolder, describeTenure, holdersOn, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { pastHorizon } from '../horizon';
import { officesNamed } from './tenure';
import { testWarm, compiledOnFirstRun } from '../triggers';

// Speed (round 45): built once from a string (see letter-classes.ts); a literal here was parsed again at each call.
/** A quote that opens with a capitalised word in the possessive ("Rutte's aide"): the word. */
const SURNAME_POSSESSIVE_FIRST_RE = new RegExp(String.raw`^([A-Z][\p{L}'\u2019-]+?)['\u2019]s[ \t]`, 'u');

/** "'s " after the leader's name. */
const POSSESSIVE_RE = /^['\u2019]s[ \t]+/;
/** The title after the possessive, up to the phrase's end: a few words, no punctuation. */
const TITLE_RE = compiledOnFirstRun(/^(?:(?:former|then|longtime|long-time|top|chief)[ \t]+)?[A-Za-z][A-Za-z -]{2,48}/);
/** Between a name and the leader that follows it: a comma or an opening bracket ("Steve Witkoff (Trump’s special envoy)"), then at most a title of the leader ("President", "U.S. President"). */
const NAME_THEN_LEADER_RE =
  /^(?:,[ \t]+|[ \t]+\()(?:(?:the[ \t]+)?(?:then[- ])?(?:(?:U\.S\.|US|American|Ukrainian|Russian|British|French|German)[ \t]+)?(?:President|Prime[ \t]+Minister|Chancellor|Premier)[ \t]+)?$/;
/** Between a title and the name after it. */
const TITLE_THEN_NAME_RE = /^,?[ \t]+$/;
/** What may follow the title in the name-first form: the end of the phrase. */
const PHRASE_END_RE = compiledOnFirstRun(
  /^(?:\s*[,.;:)\n\u2013\u2014]|\s*$|\s+(?:and|who|said|says|told|has|had|is|was|were|will|would|warned|added|shared|noted|wrote)\b)/,
);

/** The leader's terms at the head of a country's state or government, by jurisdiction. */
function termsOfLeader(doc: Doc, personId: string): Tenure[] {
  return (doc.facts.officesByPerson.get(personId) ?? []).filter((o) => o.headOf).flatMap((o) => tenuresOf(personId, o));
}

const overlaps = (a: Tenure, b: Tenure) => (b.until === null || a.from < b.until) && (a.until === null || b.from < a.until);
/** Fewer days than this under a leader (a holder kept on until the successor was sworn in) do not count as serving under them. */
const MIN_OVERLAP_DAYS = 7;
function overlapDays(a: Tenure, b: Tenure): number {
  if (!overlaps(a, b)) return 0;
  const from = a.from > b.from ? a.from : b.from;
  const until = [a.until, b.until].filter((x): x is string => x !== null).sort()[0] ?? '9999-12-31';
  return daysBetween(from, until);
}

/**
 * "Steve Witkoff (Trump’s special envoy)" on a page that never writes "Donald Trump": a lone surname with a possessive,
 * not otherwise linked, that only one person of the record bearing it ever headed a state or government with. Such a
 * leader only confirms an aide's title (withLeaderAides turns its red flags into context): the surname may be a
 * relative's or a namesake's the record does not hold.
 */
function surnameLeaders(doc: Doc): PersonMention[] {
  const out: PersonMention[] = [];
  doc.matches.forEach((m, index) => {
    if (!POSSESSIVE_RE.test(doc.text.slice(m.end, m.end + 4))) return;
    const ids = m.values.filter((v) => v.type === 'person' && !v.full).map((v) => (v as { id: string }).id);
    if (!ids.length || m.values.some((v) => v.type === 'person' && v.full)) return;
    if (doc.people.some((p) => p.start <= m.start && p.end >= m.end)) return;
    // "Eric Trump's": a capitalised word before the surname may be a first name the record does not hold.
    if (hasForeignFirstName(doc, m, index)) return;
    const leaders = ids.filter((id) => termsOfLeader(doc, id).length);
    if (leaders.length !== 1) return;
    out.push({ start: m.start, end: m.end, personId: leaders[0], full: false, match: index });
  });
  return out;
}

// Built once (speed, round 41): a literal in leaderAideTitles was a new expression, parsed again, at each call.
const LEADER_AIDE_TITLES_RE = /[, \t]*$/;
const LEADER_AIDE_TITLES_RE2 = /[ \t-]+$/;
function leaderAideTitles(doc: Doc): Array<Annotation & { ownAide?: true }> {
  const out: Array<Annotation & { ownAide?: true }> = [];
  if (!doc.text.includes("'s ") && !doc.text.includes('’s ')) return out;
  const bySurname = surnameLeaders(doc);
  for (const leader of [...doc.people, ...bySurname]) {
    if (leader.fuzzy) continue;
    const poss = POSSESSIVE_RE.exec(doc.text.slice(leader.end, leader.end + 4));
    if (!poss) continue;
    const terms = termsOfLeader(doc, leader.personId);
    // "Mike Pence's national security adviser Keith Kellogg" (2018): the possessor heads nothing but holds
    // another office of the country, so the aide is that office's own, not the one the title names.
    const own = terms.length ? [] : (doc.facts.officesByPerson.get(leader.personId) ?? []).filter((o) => !o.headOf);
    if (!terms.length && !own.length) continue;
    const titleStart = leader.end + poss[0].length;
    const sentence = sentenceOf(doc, leader.start);
    const rest = TITLE_RE.exec(doc.text.slice(titleStart, Math.min(sentence.end, titleStart + 60)));
    if (!rest) continue;
    // The name after the title ("Trump's national security adviser John Bolton") or before the leader
    // ("Mike Waltz, President Joe Biden's National Security Advisor").
    let aide: PersonMention | undefined;
    let titleEnd = titleStart + rest[0].length;
    let spanStart = leader.start;
    let spanEnd = titleEnd;
    const after = doc.people.find((p) => p.start > titleStart && p.start <= titleEnd + 2 && p.personId !== leader.personId);
    if (after) {
      const gap = LEADER_AIDE_TITLES_RE.exec(doc.text.slice(titleStart, after.start));
      titleEnd = after.start - (gap ? gap[0].length : 0);
      if (!TITLE_THEN_NAME_RE.test(doc.text.slice(titleEnd, after.start))) continue;
      aide = after;
      spanEnd = after.end;
    } else {
      titleEnd = titleStart + rest[0].replace(LEADER_AIDE_TITLES_RE2, '').length;
      if (!PHRASE_END_RE.test(doc.text.slice(titleEnd, titleEnd + 12))) continue;
      const before = [...doc.people].reverse().find((p) => p.end <= leader.start && p.start >= sentence.start);
      if (!before || before.personId === leader.personId) continue;
      // The leader's own title annotation starts before the leader's name ("President Joe Biden").
      if (!testWarm(NAME_THEN_LEADER_RE, doc.text.slice(before.end, leader.start))) continue;
      aide = before;
      spanStart = before.start;
    }
    if (!aide || aide.fuzzy) continue;
    const aideId = aide.personId;
    // Where each finding stands: the leader, the title and the aide's name.
    const at = { start: spanStart, end: spanEnd, quote: doc.text.slice(spanStart, spanEnd), kind: 'title' as const };
    // The title may be an aide of another office of the leader's than the one named: told, not judged.
    const notJudged = (office: Office, tenure: Tenure, message: string) =>
      out.push({
        ...at,
        verdict: 'context',
        factIds: [office.id, aideId, leader.personId],
        message,
        fact: describeHolder(doc.facts.people.get(aideId), tenure),
        sources: [],
        ownAide: true,
      });
    // Added one by one, not spread from map(): see qualifierJurisdictions (doc.ts).
    const jurisdictions = new Set<string>();
    for (const t of terms) jurisdictions.add(t.office.jurisdiction);
    for (const o of own) jurisdictions.add(o.jurisdiction);
    const offices = officesNamed(doc, titleStart, titleEnd).filter((o) => jurisdictions.has(o.jurisdiction) && !o.headOf);
    if (terms.length && offices.length && leaderInAnotherRole(doc, offices, terms, aideId)) {
      notJudged(
        offices[0],
        tenuresOf(aideId, offices[0])[0],
        `On ${formatDay(doc.asOf)} ${doc.facts.people.get(leader.personId)?.name} held another office than the one ${doc.facts.people.get(aideId)?.name} later served under as ${offices[0].name}: "${doc.text.slice(titleStart, titleEnd)}" may be an aide of that other office, so it is not judged.`,
      );
      continue;
    }
    if (offices.length !== 1) {
      // "Keith Kellogg, Trump’s special envoy for Ukraine": the title names the general envoy's office and the
      // Ukraine envoy's; one the aide held under the leader confirms it, none flags it.
      const leaderTerms = (o: Office) => terms.filter((t) => t.office.jurisdiction === o.jurisdiction);
      // The first office so held that confirms it. A loop, not filter().map().find(): arrays made by map() differ in kind
      // as the caller is optimised or not, and this reader was compiled again on meeting the other kind.
      let a: ReturnType<typeof judge> = null;
      for (const o of offices) {
        if (!terms.length || !tenuresOf(aideId, o).length) continue;
        const x = judge(doc, o, tenuresOf(aideId, o), leaderTerms(o), aideId, leader.personId);
        if (x?.verdict === 'supported') {
          a = x;
          break;
        }
      }
      if (a) out.push({ ...a, ...at });
      continue;
    }
    const office = offices[0];
    const held = tenuresOf(aideId, office);
    if (!held.length) {
      // "Trump's special envoy for the Middle East, Stephen Mnuchin" (February 2025; held-out 22 pc003): someone the
      // record knows, who never held the office, named as the sitting leader's holder of it while it had one known holder.
      const wrong = terms.length ? heldByAnother(doc, office, terms, aide, titleStart, titleEnd, sentence) : null;
      if (wrong) out.push({ ...wrong, ...at });
      continue;
    }
    if (!terms.length) {
      if (own.some((o) => o.id === office.id)) continue;
      notJudged(
        office,
        held[0],
        `${doc.facts.people.get(leader.personId)?.name} headed no state or government: "${doc.text.slice(titleStart, titleEnd)}" may be an aide of their own office, not the ${office.name}, so it is not judged.`,
      );
      continue;
    }
    const leaderTerms = terms.filter((t) => t.office.jurisdiction === office.jurisdiction);
    let a = judge(doc, office, held, leaderTerms, aideId, leader.personId);
    // Round 45: "Retired Lt. Gen. Keith Kellogg, Trump's special envoy" (held-out 38 ra027, July 2025): the general office
    // the words name is on record only weakly (anyone a leader sends is an envoy), but a more particular office of it, whose
    // name starts with the same words ("special envoy for Ukraine"), held under the leader by a confident record, confirms.
    if (a?.verdict === 'context' && !held.some((t) => isConfident(t.holder)))
      a = particularOfficeUnder(doc, office, aideId, leaderTerms, leader.personId) ?? a;
    // The name first ("Dmytro Kuleba, Zelensky's foreign minister, said"): title.ts reads no title there, so a holder who
    // left while the leader stays in the same term is judged here as title.ts judges the title before the name.
    const stale =
      a?.verdict === 'supported' && !after
        ? leftUnderSameLeader(doc, office, held, leaderTerms, aide, titleStart, titleEnd, sentence)
        : null;
    if (stale) out.push({ ...stale, ...at });
    else if (a) out.push({ ...a, ...at });
  }
  if (!bySurname.length) return out;
  // A leader known by the surname alone confirms, never flags.
  return out.map((a) =>
    isProblem(a.verdict) && bySurname.some((l) => l.start >= a.start && l.end <= a.end)
      ? { ...a, verdict: 'context', message: `${a.message} (Not flagged: the leader is named by the surname alone.)` }
      : a,
  );
}

/**
 * "Putin's foreign policy adviser Yuri Ushakov" in 2010 (Putin was then Prime Minister, Ushakov deputy head of his
 * government's staff for foreign policy; the presidential aide's office came in 2012, under President Putin): the aide
 * held none of the offices named on the page's day, but held one later or earlier under the same leader in another head
 * office than the leader held that day. The aide may have served the leader in that other role, which the record does
 * not hold: the title is not judged as of the page's day.
 */
function leaderInAnotherRole(doc: Doc, offices: readonly Office[], terms: readonly Tenure[], aideId: string): boolean {
  const on = (t: Tenure) => t.from <= doc.asOf && (t.until === null || t.until > doc.asOf);
  const leaderTerm = terms.find(on);
  if (!leaderTerm) return false;
  const held = offices.flatMap((o) => tenuresOf(aideId, o));
  if (!held.length || held.some(on)) return false;
  return held.some((t) => terms.some((l) => l.office.id !== leaderTerm.office.id && overlapDays(t, l) >= MIN_OVERLAP_DAYS));
}

/**
 * The same as leaderInAnotherRole for a leader named by surname before the title ("Putin's foreign policy adviser Yuri
 * Ushakov" on a 2010 page): the surname is not linked for sure, so it only ever keeps a red flag of the aide's title
 * from being raised, never judges.
 */
function surnameLeaderInAnotherRole(doc: Doc, titles: Annotation[]): Annotation[] {
  if (!titles.some((a) => a.kind === 'title' && isProblem(a.verdict))) return titles;
  return titles.map((a) => {
    if (a.kind !== 'title' || !isProblem(a.verdict) || a.factIds.length < 2) return a;
    const office = doc.facts.offices.get(a.factIds[0]);
    if (!office || office.headOf) return a;
    // The leader's surname with its possessive opens the span: as a name ("Putin's foreign policy adviser Yuri Ushakov") or
    // inside a fixed title that holds it (the lexicon's "Putin's foreign policy adviser").
    const surname = SURNAME_POSSESSIVE_FIRST_RE.exec(a.quote)?.[1];
    if (!surname) return a;
    const leaderIds = [...doc.facts.people.values()]
      .filter((p) => p.id !== a.factIds[1] && p.surnames.includes(surname) && termsOfLeader(doc, p.id).length)
      .map((p) => p.id);
    if (leaderIds.length !== 1) return a;
    const terms = termsOfLeader(doc, leaderIds[0]).filter((t) => t.office.jurisdiction === office.jurisdiction);
    if (!terms.length || !leaderInAnotherRole(doc, [office], terms, a.factIds[1])) return a;
    return {
      ...a,
      verdict: 'context',
      message: `${a.message} (Not flagged: on ${formatDay(doc.asOf)} ${doc.facts.people.get(leaderIds[0])?.name} held another office than the one the aide later served under.)`,
    };
  });
}

// Words that put the title in another time than the page's: "former", "then", a term, a year, "once".
const OTHER_TIME_TITLE_RE = /^(?:former|then|ex|one-time|onetime|erstwhile|previous|first-term|longtime|long-time)\b/i;
const OTHER_TIME_SENTENCE_RE =
  /\b(?:1[89]\d\d|20\d\d|first\s+term|previous\s+administration|former|formerly|then|once|earlier|ago|used\s+to|had\s+been|was\s+(?:named|appointed)|until|before|after|when|during|later|would\s+(?:be|become))\b/i;
// Right after the name-first title, a time of its own ("Dmytro Kuleba, Zelensky's foreign minister in the first years of
// the war", "at the start of the invasion") or a restrictive clause telling a past act in the office ("Sergei Shoigu,
// Putin's defence minister who ordered the invasion"): the title of that time, not the page's day. News verbs ("who said")
// are the page's own act and do not count.
const TIME_AFTER_TITLE_RE =
  /\s(?:(?:in|at|during|throughout|through)\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:(?:first|early|opening|initial|last|final|start|outset|beginning|height|time|days|years|months|weeks)\b|war['\u2019]s|invasion['\u2019]s)|for\s+(?:\w+\s+)?(?:years|months|decades?)\b|(?:who|that)\s+(?:had\s+|was\s+|were\s+)?(?!(?:said|told|added|warned|claimed|stated|noted|announced|insisted)\b)(?:[a-z]+ed|led|ran|oversaw|began|took|gave|made|drew|fought|won|lost|built|sent|met|saw|spent|wrote|held|went|left|brought|kept|rose|fell|stood|sought|helped|signed)\b)/i;

/**
 * The aide never held the office named, and on the page's day the leader was in office and the office had one known
 * holder, someone else: contradicted. Only an office one person holds at a time whose record is complete on the day
 * (`coveredFrom`), verified, within the office's horizon, a name written in full and linked for sure, the title not
 * put in another time ("former", "then", a year, "first term" in the sentence), the page's date certain. A person the
 * record does not know is never judged (no mention); a holder of the office at another time is judge()'s.
 */
function heldByAnother(
  doc: Doc,
  office: Office,
  terms: Tenure[],
  aide: PersonMention,
  titleStart: number,
  titleEnd: number,
  sentence: { start: number; end: number },
): Omit<Annotation, 'start' | 'end' | 'quote' | 'kind'> | null {
  if (!doc.dateCertain || !aide.full || aide.namedInFull || !office.single || !office.coveredFrom) return null;
  if (office.coveredFrom > doc.asOf || pastHorizon(doc.facts, doc.asOf, { office: office.id })) return null;
  const leaderTerm = terms.find((t) => t.office.jurisdiction === office.jurisdiction && onDay(t, doc.asOf) === 'in');
  if (!leaderTerm || !isConfident(leaderTerm.holder)) return null;
  // Not within days of the leader's start or end, when an outgoing team and an incoming one are both told of.
  if (daysBetween(leaderTerm.from, doc.asOf) < 14 || (leaderTerm.until && daysBetween(doc.asOf, leaderTerm.until) < 14)) return null;
  const on = holdersOn(office, doc.asOf);
  if (on.length !== 1 || on[0].holder.person === aide.personId || !isConfident(on[0].holder)) return null;
  const title = doc.text.slice(titleStart, titleEnd);
  if (OTHER_TIME_TITLE_RE.test(title)) return null;
  // "Trump's Ukraine envoy Steve Witkoff": someone who held another office of the country on the day, of the same kind
  // (a word of the title in that office's name or roles: "envoy"), may be loosely called by the title; not judged.
  const words = new Set(title.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const similar = (doc.facts.officesByPerson.get(aide.personId) ?? []).some(
    (o) =>
      o.jurisdiction === office.jurisdiction &&
      tenuresOf(aide.personId, o).some((t) => onDay(t, doc.asOf) !== 'out') &&
      [o.name, ...o.roles, ...(o.looseRoles ?? [])].some((r) => (r.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => words.has(w))),
  );
  if (similar) return null;
  // "Donald Trump's Middle East envoy Jared Kushner" (2025): the record's own line on the person says they act in such a
  // role without the office ("informal envoy in the Ukraine talks"); not judged.
  const described = (
    doc.facts.people
      .get(aide.personId)
      ?.description.toLowerCase()
      .match(/[a-z]{4,}/g) ?? []
  ).some((w) => words.has(w));
  if (described) return null;
  if (OTHER_TIME_SENTENCE_RE.test(doc.text.slice(sentence.start, sentence.end))) return null;
  const aideName = doc.facts.people.get(aide.personId)?.name ?? aide.personId;
  const holderName = doc.facts.people.get(on[0].holder.person)?.name ?? on[0].holder.person;
  return {
    verdict: 'contradicted',
    factIds: [office.id, aide.personId, on[0].holder.person],
    message: `${aideName} has never been ${office.name}; on ${formatDay(doc.asOf)} it was ${holderName} (${describeTenure(on[0])}).`,
    fact: describeHolder(doc.facts.people.get(on[0].holder.person), on[0]),
    sources: sourcesOf(on[0].holder),
  };
}

// "Dmytro Kuleba, Zelensky's foreign minister, said" (a page of March 2025: Kuleba left on 5 September 2024, Zelensky
// stayed in office), "Sergei Shoigu, Putin's defence minister, said" (September 2024): the apposition gives the title
// of the page's day, as "Zelensky's foreign minister Dmytro Kuleba" does; "Obama's defence secretary" told in 2025 of a
// leader no longer in office stays a narration (judge's "while").
/** Days after the aide left within which the title is not flagged: the press lags a handover. */
const LEFT_DAYS = 30;

/**
 * Outdated when the leader is in office on the page's day in the same term the aide served in, the aide left more than
 * LEFT_DAYS before and the office, one person's at a time, has one known holder that day, someone else. Only on
 * confident records within the office's horizon, a name written in full, a page of certain date, a title and a sentence
 * that tell no other time.
 */
function leftUnderSameLeader(
  doc: Doc,
  office: Office,
  held: Tenure[],
  terms: Tenure[],
  aide: PersonMention,
  titleStart: number,
  titleEnd: number,
  sentence: { start: number; end: number },
): Omit<Annotation, 'start' | 'end' | 'quote' | 'kind'> | null {
  if (!doc.dateCertain || !aide.full || !office.single || pastHorizon(doc.facts, doc.asOf, { office: office.id })) return null;
  const term = terms.find((l) => onDay(l, doc.asOf) === 'in' && isConfident(l.holder));
  if (!term) return null;
  const left = held.find((t) => t.until && t.until < doc.asOf && overlapDays(t, term) >= MIN_OVERLAP_DAYS && isConfident(t.holder));
  if (!left || held.some((t) => onDay(t, doc.asOf) === 'in') || daysBetween(left.until!, doc.asOf) <= LEFT_DAYS) return null;
  const on = holdersOn(office, doc.asOf);
  if (on.length !== 1 || on[0].holder.person === aide.personId || !isConfident(on[0].holder)) return null;
  if (OTHER_TIME_TITLE_RE.test(doc.text.slice(titleStart, titleEnd))) return null;
  if (OTHER_TIME_SENTENCE_RE.test(doc.text.slice(sentence.start, sentence.end))) return null;
  // The title's own words and what follows up to the next comma (the reader may have taken the phrase into the title).
  const comma = doc.text.slice(titleEnd, sentence.end).search(/[,;:]/);
  if (TIME_AFTER_TITLE_RE.test(doc.text.slice(titleStart, comma < 0 ? sentence.end : titleEnd + comma))) return null;
  const aideName = doc.facts.people.get(aide.personId)?.name ?? aide.personId;
  const holderName = doc.facts.people.get(on[0].holder.person)?.name ?? on[0].holder.person;
  return {
    verdict: 'outdated',
    factIds: [office.id, aide.personId, on[0].holder.person],
    message: `${aideName} left the office of ${office.name} on ${formatDay(left.until!)}. On ${formatDay(doc.asOf)} the office was held by ${holderName}.`,
    fact: describeHolder(doc.facts.people.get(aide.personId), left),
    sources: sourcesOf(left.holder, on[0].holder),
  };
}

/** A more particular office of the aide's, its roles the general office's words and more, confirmed under the leader. */
function particularOfficeUnder(doc: Doc, general: Office, aideId: string, terms: Tenure[], leaderId: string): ReturnType<typeof judge> {
  for (const o of doc.facts.officesByPerson.get(aideId) ?? []) {
    if (o === general || o.jurisdiction !== general.jurisdiction) continue;
    if (!o.roles.some((r) => general.roles.some((g) => r.startsWith(`${g} `)))) continue;
    const x = judge(doc, o, tenuresOf(aideId, o), terms, aideId, leaderId);
    if (x?.verdict === 'supported') return x;
  }
  return null;
}

function judge(
  doc: Doc,
  office: Office,
  held: Tenure[],
  terms: Tenure[],
  aideId: string,
  leaderId: string,
): Omit<Annotation, 'start' | 'end' | 'quote' | 'kind'> | null {
  const aide = doc.facts.people.get(aideId);
  const leader = doc.facts.people.get(leaderId);
  const factIds = [office.id, aideId, leaderId];
  // A day or two at a handover ("Blinken stayed until Rubio was sworn in") is not serving under the leader.
  let brief = false;
  for (const t of held) {
    const term = terms.find((l) => overlapDays(t, l) >= MIN_OVERLAP_DAYS);
    if (terms.some((l) => overlaps(t, l))) brief ||= !term;
    if (!term) continue;
    return {
      verdict: isConfident(t.holder) ? 'supported' : 'context',
      factIds,
      message: `${aide?.name} was ${office.name} (${describeTenure(t)}) while ${leader?.name} was ${term.office.name}.`,
      fact: describeHolder(aide, t),
      sources: sourcesOf(t.holder, term.holder),
    };
  }
  // Never under this leader: a red flag only when the office's record covers all the leader's terms.
  const complete = office.single && !!office.coveredFrom && terms.every((l) => office.coveredFrom! <= l.from);
  const confident = held.every((t) => isConfident(t.holder)) && terms.every((l) => isConfident(l.holder));
  const served = terms.map((l) => `${l.office.name} ${describeTenure(l)}`).join('; ');
  return {
    verdict: complete && confident && !brief && doc.dateCertain ? 'contradicted' : 'context',
    factIds,
    message: `${aide?.name} was ${office.name} ${held.map(describeTenure).join(' and ')}, never while ${leader?.name} was in office (${served}).`,
    fact: describeHolder(aide, held[0]),
    sources: sourcesOf(...held.map((t) => t.holder), ...terms.map((t) => t.holder)),
  };
}

/** Adds the leader-aide claims; a red one replaces a confirmation of the same name's title inside its span. */
export function withLeaderAides(titles: ClaimDetector): ClaimDetector {
  return {
    kind: titles.kind,
    triggers: titles.triggers,
    find(doc, ctx) {
      let out = surnameLeaderInAnotherRole(doc, titles.find(doc, ctx));
      for (const { ownAide, ...a } of leaderAideTitles(doc)) {
        const aideId = a.factIds[1];
        const same = (b: Annotation) => b.kind === 'title' && b.start >= a.start && b.end <= a.end && b.factIds.includes(aideId);
        if (ownAide) {
          // A red flag on the aide's title as the country's office becomes context.
          out = out.map((b) =>
            same(b) && isProblem(b.verdict) ? { ...b, verdict: 'context', message: `${b.message} (Not flagged: ${a.message})` } : b,
          );
          continue;
        }
        if (a.verdict === 'contradicted') {
          // The name's title already flagged as of the page's day says enough; a confirmation of it is replaced.
          if (out.some((b) => same(b) && isProblem(b.verdict))) continue;
          out = out.filter((b) => !(same(b) && b.verdict === 'supported'));
          out.push(a);
        } else if (!out.some((b) => same(b) || (b.kind === 'title' && b.start <= a.start && b.end >= a.end))) out.push(a);
      }
      return out;
    },
  };
}
