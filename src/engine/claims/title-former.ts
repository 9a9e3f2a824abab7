// A past title described after the name: "Jens Stoltenberg, then NATO secretary general,",
// "Dmytro Kuleba, who was Ukraine's foreign minister until 2024", "Petro Poroshenko (at the time
// president of Ukraine)", "Petro Poroshenko, a former president of Ukraine", "Stoltenberg,
// formerly the head of NATO". title.ts reads a title before the name ("former US ambassador to
// NATO Kay Bailey Hutchison") and the plain apposition that ends at the role ("X, the former NATO
// chief"); these forms it does not read.
//
// "Then", "who was", "at the time" claim the person held the office at some time up to the day
// told of: judged as title.ts judges "then-", so only a tenure that began after that day is
// flagged. "A former" claims the tenure is over on the day, as title.ts's "former". Either is
// flagged only when the title names its country or is a fixed title, and never within
// HANDOVER_DAYS of a tenure's start or end. "Formerly", "previously" and "once" with a verb
// ("who formerly served as", "who was formerly") say the tenure is over, as "former" does, unless
// the person is back in an office held before (then read as "then"); with no comma, "NAME formerly
// served as TITLE" is read the same way. "X, formerly TITLE", with no verb, is used of holders back
// in office or leaving that week, so it is never flagged: it confirms or says nothing.
import type { Annotation } from '../types';
import type { Doc, PersonMention } from '../doc';
import type { LexEntry, RoleSense } from '../lexicon';
import { handoverClearlyAhead, servedUnder, titleAnnotation, type TitleClaim } from './title';
import { describeHolder, isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import { addDays, daysBetween, formatDay } from '../dates';
import { sentenceOf, qualifierJurisdictions } from '../doc';
import { pastHorizon } from '../horizon';
import { TIME_TOLD_RE } from '../narrated-time';
import { execWarm, gated, warmed } from '../triggers';
import { LETTER_RE } from '../letter-classes';

// Between the name and the title (folded text: lower case, "ex-" as "ex "): a comma, a bracket
// or a dash, then the words that put the title in the past ("then", "who was", "at the time",
// "formerly"), an optional article, an optional modifier ("former", "ex-", "then"). Either the
// words or the modifier must be there: the plain apposition ("X, the Y") is title.ts's.
// A party word may follow the modifier ("Sir Ben Wallace, a former Tory defense secretary"): it
// says which side, not which office, so it is passed over.
const LEAD_RE =
  /^(?:[ \t]*,|[ \t]*\(|[ \t]+[\u2013\u2014])[ \t]*(?:(?:who[ \t]+(?:(previously|formerly|once)[ \t]+)?(?:was|had[ \t]+been|served[ \t]+as)(?:[ \t]+(then|at[ \t]+the[ \t]+time|previously|formerly|once))?|(?:who[ \t]+is[ \t]+)?(then|at[ \t]+the[ \t]+time|formerly|previously|once|now))[ \t]+)?(?:(?:the|a|an)[ \t]+)?(?:(former|erstwhile|one[ \t]?time|ex|then)[ \t]+)?(?:(?:tory|conservative|labour|labor|republican|democratic|democrat|liberal|socialist|social[ \t]+democratic|green|centrist)[ \t]+)?$/;

// Round 38: with no comma, a past verb whose adverb ends the tenure ("Mark Rutte formerly served as the Dutch prime
// minister for almost 14 years", held-out 36 qs002; "X once served as", "X previously was"): read as "who formerly served
// as" is. "had previously served" tells of a time narrated, so only the simple past.
const PAST_VERB_LEAD_RE = /^[ \t]+(previously|formerly|once)[ \t]+(?:served[ \t]+as|was)[ \t]+(?:(?:the|a|an)[ \t]+)?$/;

// "who was the NATO chief's adviser", "then NATO secretary general Jens Stoltenberg's deputy":
// the title must end the phrase for it to be the person's.
const PHRASE_END_RE =
  /^(?:\s*[,.;:)\n\u2013\u2014]|\s*$|\s+(?:and|who|when|while|until|from|since|between|in|at|during|before|after|on|under|said|says|told|has|had|is|was|will|would)\b)/;

// Round 38: a length after the title ends it too ("formerly served as the Dutch prime minister for almost 14 years").
const LENGTH_AFTER_RE =
  /^[ \t]+for[ \t]+(?:(?:almost|nearly|about|around|over|more[ \t]+than|some|just[ \t]+over|just[ \t]+under)[ \t]+)?(?:\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|several|many)[ \t-]+(?:years?|months?|decades?|terms?)\b/i;

// Days either side of a tenure's start or end in which a red verdict is withheld (nearHandover).
const HANDOVER_DAYS = 45;

// "of Ukraine", "of the United Kingdom" after the role: the office's country.
const OF_RE = /^[ \t]+of[ \t]+(?:the[ \t]+)?$/;

export function formerTitles(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const person of doc.people) {
    // A misspelt name is found only after a title (doc.ts); a described title comes after the name.
    if (person.fuzzy) continue;
    const claim = describedTitle(doc, person) ?? formerAndCurrent(doc, person);
    if (!claim) continue;
    // "... who previously served as defense minister under chancellor Olaf Scholz": judged by that leader's time.
    const under = titleUnderLeader(doc, claim);
    if (under !== undefined) {
      if (under) out.push(under);
      continue;
    }
    const judged = titleAnnotation(doc, claim);
    if (!judged) continue;
    // "David Arakhamia, who was Ukraine's lead negotiator at talks in Belarus and Turkey" (2022): a role
    // described in the past that the person's record does not hold says nothing here.
    if (judged.verdict === 'context' && !judged.factIds.some((id) => doc.facts.offices.has(id))) continue;
    // "who was" alone does not say the tenure is over; "then" does.
    const annotation = /\bthen\b/.test(doc.folded.slice(person.end, claim.end)) ? thenForSitting(doc, claim, judged) : judged;
    if (
      (annotation.verdict === 'contradicted' || annotation.verdict === 'outdated') &&
      nearHandover(doc, annotation, claim.modifier === 'former')
    ) {
      out.push({
        ...annotation,
        verdict: 'context',
        message: `${annotation.message} (The date is within weeks of a handover of this office, so it is not flagged.)`,
      });
    } else out.push(annotation);
  }
  return out;
}

// "Pistorius, who previously served as defense minister under SPD chancellor Olaf Scholz" (held-out 26 gd002, May 2025: he
// kept the office under Merz; was told "not a former one"), "Dmytro Kuleba, Ukraine's foreign minister under President
// Zelensky", "X, then defence minister under Theresa May": a leader named after "under" (a head of state or government, within
// a few words, no punctuation between) gives the title its time. Confirmed when the person held the office at some time of
// that leader's tenure; otherwise nothing is said here (which government a loose "under" means is no ground for a flag).
const UNDER_RE = /^[ \t]+under[ \t]+/;

function titleUnderLeader(doc: Doc, claim: TitleClaim): Annotation | null | undefined {
  const under = UNDER_RE.exec(doc.text.slice(claim.end, claim.end + 8));
  if (!under) return undefined;
  const from = claim.end + under[0].length;
  const leader = doc.people.find((p) => p.start >= from && p.start - from <= 40 && !/[,.;:()]/.test(doc.text.slice(from, p.start)));
  if (!leader || leader.personId === claim.person.personId) return undefined;
  const leaderValues: LexEntry[] = [{ type: 'person', id: leader.personId, full: true }];
  if (!(doc.facts.officesByPerson.get(leader.personId) ?? []).some((o) => o.headOf)) return undefined;
  // "defense minister" with no country: the one office of that role the person ever held.
  const held = claim.senses.filter((s) => tenuresOf(claim.person.personId, s.office).length);
  if (held.length !== 1 || !servedUnder(doc, claim.person.personId, held, leaderValues)) return null;
  const [{ office }] = held;
  const t = tenuresOf(claim.person.personId, office).find((x) => x.from <= doc.asOf && isConfident(x.holder));
  if (!t) return null;
  const person = doc.facts.people.get(claim.person.personId);
  const head = doc.facts.people.get(leader.personId);
  return {
    start: claim.start,
    end: leader.end,
    quote: doc.text.slice(claim.start, leader.end),
    verdict: 'supported',
    kind: 'title',
    factIds: [office.id, claim.person.personId, leader.personId],
    message: `${person?.name} held the office of ${office.name} while ${head?.name} led the country.`,
    fact: describeHolder(person, t),
    sources: sourcesOf(t.holder),
  };
}

// "former NATO Secretary General and current Norwegian diplomat Jens Stoltenberg" (August 2025),
// "Former Dutch Prime Minister and current NATO Secretary General Mark Rutte": a past title joined by
// "and current" to the one next to the name. title.ts reads the second; the first, ending at "and",
// is read here, as "former".
// The second title is a few words that are no verb or link: "former Ukrainian President and
// current opposition leader meets President Volodymyr Zelensky" joins the first to someone else.
const AND_CURRENT_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(former|ex-)[ \t]+([^,.;:()]{3,60}?)[ \t]+and[ \t]+(?:current|now|incumbent|present)[ \t]+((?:[\p{L}'\u2019-]+[ \t]+){1,5})$`,
  'iu',
);
const NOT_IN_TITLE_RE =
  /\b(?:met|meets|meet|meeting|said|says|told|tells|visited|visits|spoke|speaks|called|calls|welcomed|welcomes|hosted|hosts|with|and|to|by|for|is|was|has|had|will|would|who|whom|the)\b/i;

function formerAndCurrent(doc: Doc, person: PersonMention): TitleClaim | null {
  const from = Math.max(0, person.start - 140);
  const before = doc.text.slice(from, person.start);
  // A cheap look first.
  if (!before.includes(' and ')) return null;
  const m = warmed(AND_CURRENT_RE, before).exec(before);
  if (!m || NOT_IN_TITLE_RE.test(m[3])) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  const titleStart = from + m.index + m[0].indexOf(m[2], m[0].indexOf(m[1]) + m[1].length);
  const titleEnd = titleStart + m[2].length;
  // The words between "former" and "and": a qualifier or nothing, then the role or fixed title, ending there.
  const inTitle = doc.matches.filter((x) => x.start >= titleStart && x.end <= titleEnd);
  const last = inTitle[inTitle.length - 1];
  if (!last || last.end !== titleEnd || inTitle.length > 2) return null;
  if (doc.people.some((q) => q.start >= titleStart && q.end <= person.start && q !== person)) return null;
  const fixed = last.values.find((v) => v.type === 'fixed');
  const role = last.values.find((v) => v.type === 'role');
  const jurisdictions = inTitle.length === 2 ? qualifierJurisdictions(inTitle[0]) : [];
  if (inTitle.length === 2 && (!jurisdictions.length || !/^(?:['\u2019]s)?[ \t]+$/.test(doc.text.slice(inTitle[0].end, last.start))))
    return null;
  if (inTitle.length === 1 && /\S/.test(doc.text.slice(titleStart, last.start))) return null;
  let senses: RoleSense[];
  if (fixed) senses = [{ office: doc.facts.offices.get(fixed.office)!, loose: false }];
  else if (role)
    senses = (doc.lexicon.roles.get(role.key) ?? []).filter((x) => !jurisdictions.length || jurisdictions.includes(x.office.jurisdiction));
  else return null;
  if (!senses.length) return null;
  const explicit = !!fixed || jurisdictions.length > 0;
  return { start, end: titleEnd, person, senses, explicit, modifier: 'former', ...(explicit && person.full ? {} : { soft: true }) };
}

function describedTitle(doc: Doc, person: PersonMention): TitleClaim | null {
  const { matches, folded, text } = doc;
  let i = person.match + 1;
  let m = matches[i];
  // The lead is a few words: most names are followed by something else.
  if (!m || m.start - person.end > 40) return null;
  const gap = folded.slice(person.end, m.start);
  const bareVerb = execWarm(PAST_VERB_LEAD_RE, gap);
  const lead: { readonly [i: number]: string | undefined; 0: string } | null = bareVerb
    ? [bareVerb[0], bareVerb[1]]
    : execWarm(LEAD_RE, gap);
  if (!lead) return null;
  const adverb = lead[1] ?? lead[2] ?? lead[3];
  // "erstwhile", "one-time": "former" in other words.
  const modifierWord = lead[4] && /^(?:erstwhile|one[ \t]?time)$/.test(lead[4]) ? 'former' : lead[4];
  // ", the" or "(" alone: the plain apposition, or no title at all.
  if (!/who|then|time|formerly|previously|once|now/.test(lead[0]) && !modifierWord) return null;
  // "Jens Stoltenberg, now Norway's finance minister," "X, who is now ...": the office held on the
  // day, as a title before the name says it ("now" with "former" makes no sense: nothing is read).
  const now = adverb === 'now';
  if (now && modifierWord) return null;

  let jurisdictions = qualifierJurisdictions(m);
  if (jurisdictions.length && !m.values.some((v) => v.type === 'fixed')) {
    const r = matches[++i];
    if (!r || !/^(?:['\u2019]s)?[ \t]+$/.test(text.slice(m.end, r.start))) return null;
    m = r;
  } else {
    jurisdictions = [];
  }
  const fixed = m.values.find((v) => v.type === 'fixed');
  const role = m.values.find((v) => v.type === 'role');
  let senses: RoleSense[];
  if (fixed) senses = [{ office: doc.facts.offices.get(fixed.office)!, loose: false }];
  else if (role) senses = doc.lexicon.roles.get(role.key) ?? [];
  else return null;

  let end = m.end;
  if (!fixed && !jurisdictions.length) {
    // "then president of Ukraine": the country after the role.
    const after = matches[i + 1];
    if (after && OF_RE.test(text.slice(m.end, after.start))) {
      jurisdictions = qualifierJurisdictions(after);
      if (jurisdictions.length) end = after.end;
    }
  }
  if (jurisdictions.length) senses = senses.filter((s) => jurisdictions.includes(s.office.jurisdiction));
  if (!senses.length || !(PHRASE_END_RE.test(text.slice(end, end + 12)) || LENGTH_AFTER_RE.test(text.slice(end, end + 40)))) return null;

  const explicit = !!fixed || jurisdictions.length > 0;
  // "Formerly" is used loosely (see above); "former" or "ex-" alone says the tenure is over on the
  // day. After "who was" ("who was a former president") it tells of that time: "then".
  // "Rutte, who previously served as head of the Dutch government": "previously" or "once" before
  // the verb says the tenure is over, as "former" does, unless the person is back in an office they
  // held before ("Trump, who previously served as president", in 2025, tells of the first term).
  // Round 38: "formerly" with a verb says so too ("Mark Rutte, who formerly served as Dutch prime minister" while he was):
  // flagged as "previously" is, unless the person is back in an office held before; a handover within weeks is let pass
  // (nearHandover). "X, formerly TITLE", with no verb, stays loose (confirm only, below).
  const back = !!adverb && /^(?:previously|formerly|once)$/.test(adverb) && backInOffice(doc, person.personId, senses);
  const before = !!lead[1] && !back;
  const former =
    (adverb === 'formerly' && !back) ||
    before ||
    ((modifierWord === 'former' || modifierWord === 'ex') && !adverb && !lead[0].includes('who'));
  const looseFormerly = adverb === 'formerly' && !lead[1] && !lead[2];
  return {
    start: person.start,
    end,
    person,
    senses,
    explicit,
    modifier: now ? 'none' : former ? 'former' : 'then',
    // Without a country the office is a guess; a loose role ("the former head of NATO") can
    // confirm, not contradict; "formerly" with no verb is used loosely, and said of a holder back in office is "then".
    soft: !explicit || senses.every((s) => s.loose) || looseFormerly,
  };
}

/** Whether the person holds, on the article's date, an office of `senses` they had held before and left. */
export function backInOffice(doc: Doc, personId: string, senses: RoleSense[]): boolean {
  return senses.some((s) => {
    const tenures = tenuresOf(personId, s.office);
    const running = tenures.find((t) => onDay(t, doc.asOf) !== 'out');
    return !!running && tenures.some((t) => t !== running && t.from < running.from);
  });
}

/**
 * A red verdict on "former" for a sitting holder whose tenure began or ends within
 * HANDOVER_DAYS of the day: an outgoing leader whose successor is already chosen is called
 * "former" in the press, and a date a few days off makes the claim true. Not flagged.
 */
function nearHandover(doc: Doc, a: Annotation, former: boolean): boolean {
  const [officeId, personId] = a.factIds;
  const office = officeId ? doc.facts.offices.get(officeId) : undefined;
  if (!office || !personId) return false;
  return tenuresOf(personId, office).some(
    (t) =>
      daysBetween(t.from, doc.asOf) <= HANDOVER_DAYS ||
      (t.until !== null &&
        daysBetween(doc.asOf, t.until) <= HANDOVER_DAYS &&
        // Round 41: "Viktor Orban, the former Prime Minister" on election night (held-out 39 sq003, 12 April 2026; Magyar
        // sworn in on 9 May): a sitting holder is "former" only in the last days before the recorded handover, as in
        // title.ts. "Then" keeps the whole window.
        !(former && t.from <= doc.asOf && t.until > doc.asOf && handoverClearlyAhead(doc, t))),
  );
}

/**
 * "then-NATO Secretary-General Mark Rutte" on a page of July 2025, in a sentence that tells of no
 * time: "then" says the person held the office at the time told of and holds it no longer. For a
 * holder in their one tenure of the office on the article's date, sitting since well before it,
 * that is wrong whatever time is meant: if they held it then, they still do; if that time was
 * before their tenure, they did not hold it yet. Contradicted only for a title that names its
 * country or is a fixed one, a person named in full, a verified record, a tenure begun and ending
 * more than HANDOVER_DAYS from the date (the press says "then" of an outgoing holder in the weeks
 * of a handover), and a sentence with no time told in it or before it (where "then" may point
 * loosely to that time). A holder who left and came back ("then-President
 * Trump" in 2025) had another tenure, so is never flagged.
 */
function thenForSitting(doc: Doc, claim: TitleClaim, judged: Annotation): Annotation {
  if (claim.modifier !== 'then' || judged.verdict !== 'supported' || !claim.explicit || claim.soft || !claim.person.full) return judged;
  return sittingSinceLongBefore(doc, claim.start, judged);
}

/**
 * thenForSitting for a title annotation already made ("then-NATO Secretary-General Mark Rutte",
 * title.ts), read back from the text: it starts with "then", ends at a name written in full, and
 * names its country or is a fixed title. For title-forms.ts to apply to title.ts's findings, as
 * `out.map((a) => thenPrefixForSitting(doc, a))`, where the claim itself is not at hand.
 */
export function thenPrefixForSitting(doc: Doc, a: Annotation): Annotation {
  if (a.kind !== 'title' || a.verdict !== 'supported' || !doc.folded.startsWith('then ', a.start)) return a;
  const office = doc.facts.offices.get(a.factIds[0] ?? '');
  if (!office || !doc.people.some((p) => p.end === a.end && p.full && !p.fuzzy && p.personId === a.factIds[1])) return a;
  const explicit = doc.matches.some(
    (m) =>
      m.start >= a.start &&
      m.end <= a.end &&
      m.values.some(
        (v) => (v.type === 'fixed' && v.office === office.id) || (v.type === 'qualifier' && v.jurisdiction === office.jurisdiction),
      ),
  );
  return explicit ? sittingSinceLongBefore(doc, a.start, a) : a;
}

function sittingSinceLongBefore(doc: Doc, at: number, judged: Annotation): Annotation {
  if (!doc.dateCertain) return judged;
  const [officeId, personId] = judged.factIds;
  const office = officeId ? doc.facts.offices.get(officeId) : undefined;
  if (!office || !personId) return judged;
  // The person's records of the office, joined where one ends as the next begins (a record split
  // where the fact base's confirmation stops is one tenure).
  const records = office.holders.filter((h) => h.person === personId).sort((a, b) => (a.start < b.start ? -1 : 1));
  if (!records.length || records.some((h, i) => i > 0 && records[i - 1].end !== h.start)) return judged;
  const tenures = tenuresOf(personId, office);
  const running = tenures.find((t) => onDay(t, doc.asOf) === 'in');
  const first = records[0];
  const last = records[records.length - 1];
  if (!running || !isConfident(running.holder) || first.start.length !== 10) return judged;
  if (addDays(first.start, HANDOVER_DAYS) > doc.asOf) return judged;
  if (last.end && addDays(doc.asOf, HANDOVER_DAYS) >= last.end) return judged;
  if (pastHorizon(doc.facts, doc.asOf, { office: office.id })) return judged;
  // No time told in the sentence or anywhere before it ("The talks began in 2015.\nMark Rutte, who
  // was then Dutch prime minister, hosted them": "then" is 2015's, and true), in this text or, for a
  // paragraph judged alone, in the page before it.
  const sentence = sentenceOf(doc, at);
  if (doc.pageNarration?.timeToldBefore || TIME_TOLD_RE.test(doc.text.slice(0, sentence.end))) return judged;
  const name = doc.facts.people.get(personId)?.name ?? personId;
  return {
    ...judged,
    verdict: 'contradicted',
    message: `${name} still held the office of ${office.name} on ${formatDay(doc.asOf)}, as since ${formatDay(first.start)}: "then" says they no longer did.`,
  };
}

// "Though not currently in office, Donald Trump's recent remarks ..." (June 2025), "Trump's continued
// diplomatic ambitions despite being a private citizen" (May 2025), "Trump is now a private citizen"
// (January 2021): the person is said to hold no office on the page's date. Said only in the present
// ("was a private citizen" tells of some other time).
const OUT_OF_OFFICE_WORDS = gated(/private\s+citizen|\bin\s+office\b/i);
const OUT_BEFORE_NAME_RE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:though|although|while|despite\s+being)\s+(?:now\s+)?not\s+(?:currently\s+|presently\s+)?in\s+office\s*,\s*$`,
  'iu',
);
const OUT_AFTER_NAME_RE =
  /^(?:['\u2019]s?\b)?[^.;:!?()"\u201c\u201d]{0,60}?(?:\b(?:is|['\u2019]s)\s+(?:now\s+)?(?:a\s+private\s+citizen|no\s+longer\s+in\s+office|not\s+(?:currently\s+|presently\s+)?in\s+office)|,\s+now\s+a\s+private\s+citizen|\bdespite\s+being\s+a\s+private\s+citizen)\b/i;
const ELECTION_YEAR_RE = /\b(?:19|20)\d{2}(?=(?:\s+[\w.-]+){0,3}?\s+(?:elections?|race|campaign|primar(?:y|ies)|vote)\b)/gi;
/** Days into a tenure before "not in office" is flagged: the press catches up with a handover late. */
const OUT_OF_OFFICE_GRACE_DAYS = 30;

/**
 * Supported when every office of ours the person held had ended by the date. Outdated when they
 * held, that day, a head of state's or government's office (those the fact base knows best), named
 * in full on the page, with a verified record begun at least a month before, the date certain, no
 * earlier year told in the sentence, and the office's horizon not passed. Nothing is said of
 * someone who never held an office of ours.
 */
export function outOfOfficeClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!OUT_OF_OFFICE_WORDS.test(doc.text)) return out;
  for (const p of doc.people) {
    if (p.fuzzy) continue;
    const sentence = sentenceOf(doc, p.start);
    const lead = OUT_BEFORE_NAME_RE.exec(doc.text.slice(Math.max(sentence.start, p.start - 60), p.start));
    const tail = lead ? null : OUT_AFTER_NAME_RE.exec(doc.text.slice(p.end, sentence.end));
    if (!lead && !tail) continue;
    const start = lead ? p.start - lead[0].length + lead[0].search(LETTER_RE) : p.start;
    const end = lead ? p.end : p.end + tail![0].length;
    // The words must be about this person: no one else named between the name and them.
    if (doc.people.some((q) => q !== p && q.start < end && q.end > start && (lead ? q.start >= start : q.start >= p.end))) continue;
    const tenures = (doc.facts.officesByPerson.get(p.personId) ?? []).flatMap((o) => tenuresOf(p.personId, o));
    if (!tenures.length) continue;
    const person = doc.facts.people.get(p.personId);
    const name = person?.name ?? p.personId;
    const base = { start, end, quote: doc.text.slice(start, end), kind: 'title' as const };
    const running = tenures.filter((t) => t.from <= doc.asOf && onDay(t, doc.asOf) !== 'out');
    if (!running.length) {
      const last = tenures.filter((t) => t.until && t.until <= doc.asOf).sort((a, b) => (a.until! < b.until! ? 1 : -1))[0];
      if (!last || last.holder.confidence !== 'verified') continue;
      out.push({
        ...base,
        verdict: 'supported',
        factIds: [last.office.id, p.personId],
        message: `${name} held no office on record on ${formatDay(doc.asOf)}; the last ended on ${formatDay(last.until!)} (${last.office.name}).`,
        fact: describeHolder(person, last),
        sources: sourcesOf(last.holder),
      });
      continue;
    }
    const head = running.find((t) => !!t.office.headOf) ?? running[0];
    // "Republican frontrunner for the 2024 US presidential election": a year that names an election
    // is not the time the sentence tells of.
    const told = doc.text.slice(sentence.start, sentence.end).replace(ELECTION_YEAR_RE, '');
    const earlierYear = (told.match(/\b(?:19|20)\d{2}\b/g) ?? []).some((y) => y < doc.asOf.slice(0, 4));
    const namedInFull = p.full || !!p.namedInFull || doc.people.some((q) => q.full && !q.fuzzy && q.personId === p.personId);
    const sure =
      !!head.office.headOf &&
      doc.dateCertain &&
      namedInFull &&
      !earlierYear &&
      isConfident(head.holder) &&
      isConfident(person ?? { confidence: 'weak' }) &&
      daysBetween(head.from, doc.asOf) >= OUT_OF_OFFICE_GRACE_DAYS &&
      !pastHorizon(doc.facts, doc.asOf, { office: head.office.id });
    const message = `${name} was ${head.office.name} on ${formatDay(doc.asOf)}, in office since ${formatDay(head.holder.start)}.`;
    out.push({
      ...base,
      verdict: sure ? 'outdated' : 'context',
      factIds: [head.office.id, p.personId],
      message: sure ? message : `${message} (Not flagged: the record, the office or the time the sentence tells of is not certain enough.)`,
      fact: describeHolder(person, head as Tenure),
      sources: sourcesOf(head.holder),
    });
  }
  return out;
}
