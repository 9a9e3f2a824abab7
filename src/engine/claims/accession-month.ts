// Round 35. An accession told with a month or a day that is not its own, the countries the subject of the joining:
// "Estonia, Latvia, Lithuania, Bulgaria, Romania, Slovakia and Slovenia -- which joined the North Atlantic Treaty
// Organization in April -- will join the top table at the Istanbul gathering" (AFP, 22 June 2004, held-out 33 of001: they
// joined on 29 March 2004), "After Slovenia officially ratified Croatia’s accession to NATO, the country will join the
// alliance on March 4" (9 February 2009, held-out 33 oi001: Croatia joined on 1 April 2009), "Finland joined NATO on 4
// May", "Sweden will become a member of NATO on March 17". One country, or a list of countries that joined on one day,
// right before the verb ("which" or "the country" may stand between), then NATO and the month or the day.
//
// A month or day written without its year is the nearest such time: before the page's day for a past tense, after it for
// "will". It is this accession's only when the accession falls within the year around the page's day (a month told of an
// accession of long ago may be its anniversary's); a year written out is read as written. Contradicted when the month is
// not the accession's (an accession on a month's first or last day allows the month beside it, for time zones), or a
// day is more than three days off; a day written for an accession still to come only when more than a week off (a
// ceremony may follow the deposit by days). Nothing after a hedge, a condition or a denial ("expected to", "could", "not").
// A confirmation of the same words by another reader stands; this reader flags, and confirms only a weekday.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { matchesIn } from '../doc';
import { addDays, daysBetween, factRange, findDates, formatDay, MONTH_NAMES, weekdayOf } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { spansOverlap } from '../sentences';
import { memoByFacts } from '../memo';
import { compiledOnFirstRun } from '../triggers';

type Country = Doc['facts']['base']['jurisdictions'][number];

const MONTHS_SRC = MONTH_NAMES.join('|');
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const HINT_RE = compiledOnFirstRun(
  new RegExp(`\\b(?:join|joined|joins|became|become|acceded)\\b[^.]{0,80}\\b(?:${MONTHS_SRC}|${WEEKDAYS.join('|')})\\b`),
);
// The joining, NATO, then the time: "joined NATO in April", "will join the alliance on March 4", "became members of the
// North Atlantic Treaty Organization on 2 April 2004".
const JOINED_WHEN_RE = new RegExp(
  `\\b(?:(will)\\s+(?:formally\\s+|officially\\s+)?(?:join|become\\s+(?:a\\s+)?(?:new\\s+|full\\s+)?members?\\s+of)|(?:formally\\s+|officially\\s+)?(?:joined|became\\s+(?:a\\s+)?(?:new\\s+|full\\s+)?members?\\s+of|acceded\\s+to))\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|the\\s+(?:(?:North\\s+Atlantic|Atlantic|military|western|Western|transatlantic)\\s+){0,2}[Aa]lliance|the\\s+(?:organi[sz]ation|bloc))(?:\\s+\\((?:NATO|Nato)\\))?\\s+(?:(in)\\s+(${MONTHS_SRC})(?:\\s+((?:19|20)\\d\\d))?|on\\s+(?:(${MONTHS_SRC})\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS_SRC}))(?:,?\\s+((?:19|20)\\d\\d))?|on\\s+(${WEEKDAYS.join('|')}))\\b(?!\\s*,?\\s*(?:(?:19|20)\\d\\d|${MONTHS_SRC}|\\d))`,
  'g',
);
// Between the last country and the verb: nothing, "which", "-- which", ", who", "the country".
const SUBJECT_GAP_RE = /^\s*(?:[,\u2013\u2014-]+\s*)?(?:(?:which|that|who)\s+(?:both\s+|all\s+)?)?$/;
// Round 48 (held-out 47 vq001, 24/7 Wall St., 17 November 2023: "NATO ... now has 31 members after Finland, which shares an
// 830-mile border with Russia, joined the organization in May"; it joined on 4 April): a relative clause between commas
// stands between the country and its verb; the subject is the last country before it, not one named inside it.
const RELATIVE_CLAUSE_RE = /\s*,\s*(?:which|who)\s+[^,;.()]{1,90},\s*$/;
// "the organization", "the bloc" is NATO only with NATO named in the sentence or the one before, and no other club there.
const LOOSE_OBJECT_RE = /\bthe\s+(?:organi[sz]ation|bloc)\b/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic\s+Treaty)\b/;
const LIST_GAP_RE = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/;
const IT_BEFORE_RE = /(?:^|[,;]\s+(?:and|but|while|as|so)\s+|\band\s+|^\s*)\b[Ii]t\s+$/;
const THE_COUNTRY_RE = /\b(?:the|this)\s+(?:country|nation|Balkan\s+(?:country|nation)|Nordic\s+(?:country|nation))\s+$/;
const DOUBT_RE =
  /\b(?:expected|expects|hopes?|hoping|aims?|aiming|plans?|planned|set\s+to|likely|could|might|would|should|if|unless|whether|not|never|n['\u2019]t|probably|possibly|tentative\w*)\b|\?/i;
const MAY_RE = /\bmay\b/;
const OTHER_CLUB_RE = /\b(?:EU|European Union|eurozone|euro\s+zone|Schengen|OECD|WTO|UN|United Nations|Council of Europe|OSCE|G7|G20)\b/;

interface Subject {
  start: number;
  countries: Country[];
}

/** The countries right before the verb at `at`: a list of members, or "the country" for the one non-member of the sentence. */
function subjectBefore(doc: Doc, sentence: { start: number; end: number }, at: number, future: boolean): Subject | null {
  let named = matchesIn(doc, { start: sentence.start, end: at }, 'qualifier').filter(
    (q, i, all) => all.findIndex((o) => o.start === q.start) === i,
  );
  const countryOf = (id: string) => doc.facts.jurisdictions.get(id) as Country | undefined;
  const head = doc.text.slice(sentence.start, at);
  // "the country will join": the one country of the sentence not yet a member on the page's day.
  if (THE_COUNTRY_RE.test(head)) {
    if (!future) return null;
    const outs = [
      ...new Set(
        named
          .map((q) => countryOf(q.value.jurisdiction))
          .filter((c): c is Country => !!c?.nato && factRange(c.nato.joined).first > doc.asOf)
          .map((c) => c.id),
      ),
    ];
    if (outs.length !== 1) return null;
    return { start: at - THE_COUNTRY_RE.exec(head)![0].length, countries: [countryOf(outs[0])!] };
  }
  // Round 37. "Finland's membership was ratified by all NATO members last year, and it became a member of the alliance in
  // April 2022" (CNBC, January 2024, held-out 35 qk001: it joined in April 2023), "It joined NATO in March 2023": "it" right
  // before the verb stands for the one member named earlier in the sentence, else in the sentence before in its paragraph;
  // nothing when several are named there or none.
  if (IT_BEFORE_RE.test(head)) {
    const i = doc.sentences.indexOf(sentence as (typeof doc.sentences)[number]);
    const prev = i > 0 && !doc.text.slice(doc.sentences[i - 1].end, sentence.start).includes('\n') ? doc.sentences[i - 1] : null;
    const membersOf = (qs: typeof named) => [
      ...new Set(
        qs
          .map((q) => countryOf(q.value.jurisdiction))
          .filter((c): c is Country => !!c?.nato)
          .map((c) => c.id),
      ),
    ];
    const it = sentence.start + head.search(/\b[Ii]t\s+$/);
    const before = named.filter((q) => q.end <= it);
    let ids = before.length ? membersOf(before) : [];
    if (!before.length && prev) ids = membersOf(matchesIn(doc, prev, 'qualifier'));
    if (ids.length !== 1) return null;
    return { start: it, countries: [countryOf(ids[0])!] };
  }
  const relative = RELATIVE_CLAUSE_RE.exec(head);
  if (relative) {
    const cut = at - relative[0].length;
    named = named.filter((q) => q.end <= cut);
    at = cut;
  }
  if (!named.length) return null;
  let k = named.length - 1;
  if (!SUBJECT_GAP_RE.test(doc.text.slice(named[k].end, at))) return null;
  const list = [named[k]];
  while (k > 0 && LIST_GAP_RE.test(doc.text.slice(named[k - 1].end, named[k].start))) list.unshift(named[--k]);
  // A possessive or a title before the list ("Croatia's", "President of ...") is not a subject.
  if (list.some((q) => /^['\u2019]s\b/.test(doc.text.slice(q.end, q.end + 2)))) return null;
  const countries = list.map((q) => countryOf(q.value.jurisdiction));
  if (countries.some((c) => !c?.nato)) return null;
  return { start: list[0].start, countries: countries as Country[] };
}

/** The month (1-12) as written, resolved to a year: the given one, else the nearest before (past) or after (future). */
function resolveMonth(asOf: string, month: number, year: string | undefined, future: boolean): string {
  if (year) return `${year}-${String(month).padStart(2, '0')}`;
  const y = Number(asOf.slice(0, 4));
  const m = Number(asOf.slice(5, 7));
  const yy = future ? (month >= m ? y : y + 1) : month <= m ? y : y - 1;
  return `${yy}-${String(month).padStart(2, '0')}`;
}

function accessionMonthClaims(doc: Doc): Annotation[] {
  if (!HINT_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  JOINED_WHEN_RE.lastIndex = 0;
  for (let m = JOINED_WHEN_RE.exec(doc.text); m; m = JOINED_WHEN_RE.exec(doc.text)) {
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    if (OTHER_CLUB_RE.test(text)) continue;
    if (LOOSE_OBJECT_RE.test(m[0])) {
      const i = doc.sentences.indexOf(sentence);
      const prev = i > 0 ? doc.text.slice(doc.sentences[i - 1].start, doc.sentences[i - 1].end) : '';
      if (!NATO_NAMED_RE.test(`${prev} ${text}`) || OTHER_CLUB_RE.test(prev)) continue;
    }
    const future = !!m[1];
    const clause = doc.text.slice(Math.max(sentence.start, m.index - 60), m.index + m[0].length);
    if (DOUBT_RE.test(clause) || MAY_RE.test(clause)) continue;
    const subject = subjectBefore(doc, sentence, m.index, future);
    if (!subject) continue;
    const days = new Set(subject.countries.map((c) => factRange(c.nato!.joined).first));
    if (days.size !== 1 || subject.countries.some((c) => !isConfident(c.nato!) || c.nato!.joined.length < 10)) continue;
    const joined = [...days][0];
    if (joined.startsWith('1949')) continue;
    // "Finland will become a new member of NATO on Tuesday" (dpa, 4 April 2023, a Tuesday; held-out 33 od005): the weekday
    // nearest the page's day on the side the tense says (the page's own day for "will"). Confirmed on the accession's day or
    // a day from it; never flagged (a weekday is often another step's, or the page's day a guess).
    if (m[10]) {
      if (!doc.dateCertain) continue;
      const wd = WEEKDAYS.indexOf(m[10]);
      const today = weekdayOf(doc.asOf);
      const told = future ? addDays(doc.asOf, (wd - today + 7) % 7) : addDays(doc.asOf, -((today - wd + 7) % 7));
      if (Math.abs(daysBetween(joined, told)) > 1) continue;
      const start = subject.start;
      const end = m.index + m[0].length;
      const fact = `${subject.countries.map((c) => c.name).join(', ')} joined NATO on ${formatDay(joined)}.`;
      out.push({
        start,
        end,
        quote: doc.text.slice(start, end),
        verdict: 'supported',
        kind: 'membership',
        factIds: subject.countries.map((c) => c.id),
        message: fact,
        fact,
        sources: sourcesOfAll(subject.countries.map((c) => c.nato)).slice(0, 3),
      });
      continue;
    }
    const month = MONTH_NAMES.indexOf(m[3] ?? m[5] ?? m[8]) + 1;
    const year = m[4] ?? m[9];
    const dd = m[6] ?? m[7];
    const ym = resolveMonth(doc.asOf, month, year, future);
    // A time written without its year is this accession's only when it falls within the year around the page's day, on
    // the side the tense says.
    if (!year && Math.abs(daysBetween(joined, `${ym}-15`)) > 366) continue;
    if (future !== joined > doc.asOf) continue;
    let wrong: string | null = null;
    if (dd) {
      const told = `${ym}-${String(Number(dd)).padStart(2, '0')}`;
      const off = Math.abs(daysBetween(joined, told));
      if (off > (future ? 7 : 3)) wrong = told;
    } else {
      const ok = [joined.slice(0, 7)];
      if (joined.endsWith('-01')) ok.push(addDays(joined, -1).slice(0, 7));
      if (addDays(joined, 1).slice(8) === '01') ok.push(addDays(joined, 1).slice(0, 7));
      if (!ok.includes(ym)) wrong = ym;
    }
    if (!wrong) continue;
    const start = subject.start;
    const end = m.index + m[0].length;
    const names = subject.countries.map((c) => c.name);
    const who = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
    const fact = `${who} joined NATO on ${formatDay(joined)}.`;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: doc.dateCertain ? 'contradicted' : 'context',
      kind: 'membership',
      factIds: subject.countries.map((c) => c.id),
      message: `Not so: ${fact}`,
      fact,
      sources: sourcesOfAll(subject.countries.map((c) => c.nato)).slice(0, 3),
    });
  }
  return out;
}

// Round 35. The accession told as its own act, confirm-only: "Just before 17.30 CET, Sweden’s instrument of accession was
// deposited with the United States Government, as depositary of the North Atlantic Treaty" (a dateline of 7 March 2024,
// held-out 33 od026), "Finland deposited its instrument of accession in Washington on Tuesday", "The Protocol entered into
// force on March 7, 2024" (the protocol on Sweden's accession named in the sentence before, od027). The deposit is the
// accession: told as done, of the one country right before it, on a page dated on or after the accession day, and with
// any day the sentence writes within a day of it. The protocol's entry into force with its day, of a country the sentence or
// the one before names whose accession fell within a day of it.
const DEPOSIT_RE =
  /\binstruments?\s+of\s+accession\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+)?deposited\b|\bdeposited\s+(?:its|their)\s+instruments?\s+of\s+accession\b/g;
const IN_FORCE_RE = /\b[Tt]he\s+[Pp]rotocol\b[^.;]{0,120}?\bentered\s+into\s+force\s+on\s+/g;
// Round 39: the ceremony of the accession with its day: "during a ceremony to admit Finland to NATO, at the alliances
// headquarters in Brussels, Belgium, on Tuesday, April 4, 2023" (a photo caption, 4 April 2023; held-out 37 qz013), "a
// ceremony marking Sweden's accession to NATO ... on March 7, 2024". Confirmed when the day written is within a day of the
// accession of the one country named in the words (a flag-raising days later says nothing).
const CEREMONY_RE =
  /\bceremony\s+(?:to\s+(?:admit|welcome|mark|formali[sz]e|celebrate)|marking|formali[sz]ing|celebrating|welcoming|admitting|for)\s+(?:the\s+)?/g;

function accessionDepositClaims(doc: Doc): Annotation[] {
  if (!doc.text.includes('deposited') && !doc.text.includes('into force') && !doc.text.includes('ceremony')) return [];
  const out: Annotation[] = [];
  const countryOf = (id: string) => doc.facts.jurisdictions.get(id) as Country | undefined;
  const confirm = (start: number, end: number, c: Country) => {
    const joined = factRange(c.nato!.joined).first;
    const fact = `${c.name} joined NATO on ${formatDay(joined)}, when its instrument of accession was deposited with the United States, the treaty's depositary.`;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'supported',
      kind: 'membership',
      factIds: [c.id],
      message: fact,
      fact,
      sources: sourcesOfAll([c.nato]).slice(0, 3),
    });
  };
  const near = (a: string, b: string) => Math.abs(daysBetween(a, b)) <= 1;
  if (doc.text.includes('ceremony')) {
    CEREMONY_RE.lastIndex = 0;
    for (let m = CEREMONY_RE.exec(doc.text); m; m = CEREMONY_RE.exec(doc.text)) {
      const at = m.index;
      const sentence = doc.sentences.find((x) => x.start <= at && at < x.end);
      if (!sentence) continue;
      const rest = doc.text.slice(at + m[0].length, sentence.end);
      // The country right after the verb, its accession or its joining named with NATO right there.
      const head =
        /^([A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*)?)(?:['\u2019]s\s+(?:NATO\s+)?(?:accession|membership|entry)(?:\s+(?:in)?to)?|\s+(?:in)?to)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b/.exec(
          rest,
        );
      if (
        !head ||
        DOUBT_RE.test(doc.text.slice(sentence.start, sentence.end)) ||
        /\bwill\b/.test(doc.text.slice(sentence.start, sentence.end))
      )
        continue;
      const named = matchesIn(doc, { start: at + m[0].length, end: at + m[0].length + head[1].length }, 'qualifier');
      const c = named.length ? countryOf(named[0].value.jurisdiction) : undefined;
      if (!c?.nato || c.nato.joined.length < 10 || c.nato.joined.startsWith('1949')) continue;
      const joined = factRange(c.nato.joined).first;
      if (joined > doc.asOf) continue;
      const day = findDates(doc.text, at, sentence.end, { asOf: doc.asOf })
        .filter((d) => d.granularity === 'day' && !d.relative)
        .find((d) => d.start > at + m[0].length);
      if (!day || !near(day.first, joined)) continue;
      confirm(at, day.end, c);
    }
  }
  for (const re of [DEPOSIT_RE, IN_FORCE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const at = m.index;
      const si = doc.sentences.findIndex((x) => x.start <= at && at < x.end);
      if (si < 0) continue;
      const sentence = doc.sentences[si];
      const text = doc.text.slice(sentence.start, sentence.end);
      if (DOUBT_RE.test(text) || MAY_RE.test(text) || OTHER_CLUB_RE.test(text) || /\bwill\b/.test(text)) continue;
      const dates = findDates(doc.text, sentence.start, sentence.end, { asOf: doc.asOf }).filter((d) => d.granularity === 'day');
      if (re === DEPOSIT_RE) {
        const before = matchesIn(doc, { start: Math.max(sentence.start, at - 40), end: at }, 'qualifier');
        const ids = [...new Set(before.map((q) => q.value.jurisdiction))];
        const c = ids.length === 1 ? countryOf(ids[0]) : undefined;
        if (!c?.nato || c.nato.joined.length < 10 || c.nato.joined.startsWith('1949')) continue;
        const joined = factRange(c.nato.joined).first;
        if (joined > doc.asOf || (dates.length && !dates.some((d) => near(d.first, joined)))) continue;
        confirm(before[0].start, at + m[0].length, c);
        continue;
      }
      const day = dates.find((d) => d.start === at + m[0].length && !d.relative);
      if (!day) continue;
      const from = si > 0 ? doc.sentences[si - 1].start : sentence.start;
      const named = matchesIn(doc, { start: from, end: sentence.end }, 'qualifier')
        .map((q) => countryOf(q.value.jurisdiction))
        .filter((c): c is Country => !!c?.nato && c.nato.joined.length === 10 && near(c.nato.joined, day.first));
      const ids = [...new Set(named.map((c) => c.id))];
      if (ids.length !== 1) continue;
      confirm(at, day.end, named[0]);
    }
  }
  return out;
}

// Round 37. An accession told in the first person with its year: "Our accession to NATO in 1989 was a clear signal" (Czechia's
// foreign minister at NATO's 75th anniversary, April 2024, held-out 35 qm003: Czechia joined in 1999), "we joined NATO in
// 2001", "our NATO accession in 1998", "since we became a member of the Alliance in 2003". Whose "we" is not read: a past year
// in which no country joined NATO at all (its founding included) is wrong whoever speaks; a year in which some country joined
// says nothing here. Not a year to come, nor after a preposition of what led to it ("the decision on our accession to NATO
// in 1997", "the road to our accession"), nor a supposition.
const FIRST_PERSON_ACCESSION_RE =
  /\b(?:(?:[Oo]ur|[Mm]y\s+country['\u2019]s)\s+(?:(?:NATO|Nato)\s+(?:accession|entry)|(?:accession|entry)\s+(?:to|into|in)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance))|[Ww]e\s+(?:(?:officially|formally|finally)\s+)?(?:joined|acceded\s+to|entered)\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)|[Ww]e\s+became\s+(?:a\s+)?(?:full\s+)?(?:NATO\s+members?|members?\s+of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)))\s+in\s+((?:19|20)\d\d)\b/g;
const FIRST_PERSON_BEFORE_RE = compiledOnFirstRun(
  /\b(?:on|for|about|towards?|regarding|concerning|of|ahead\s+of|road\s+to|path\s+to|way\s+to)\s+$|\b(?:if|would|could|should|might|unless|whether)\b/i,
);
const accessionYears = memoByFacts(
  (facts, _: 'all') => new Set(facts.base.jurisdictions.filter((j) => j.nato).map((j) => factRange(j.nato!.joined).first.slice(0, 4))),
  4,
);

// Built once (speed, round 41): a literal in firstPersonAccessionClaims was a new expression, parsed again, at each call.
const FIRST_PERSON_ACCESSION_CLAIMS_RE = compiledOnFirstRun(
  /\b(?:[Oo]ur|[Ww]e|[Mm]y\s+country['\u2019]s)\s+(?:NATO|accession|entry|joined|acceded|entered|became|officially|formally|finally)\b/,
);
function firstPersonAccessionClaims(doc: Doc): Annotation[] {
  if (!FIRST_PERSON_ACCESSION_CLAIMS_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  const years = accessionYears(doc.facts, 'all');
  FIRST_PERSON_ACCESSION_RE.lastIndex = 0;
  for (let m = FIRST_PERSON_ACCESSION_RE.exec(doc.text); m; m = FIRST_PERSON_ACCESSION_RE.exec(doc.text)) {
    const year = m[1];
    // 1990: the east of Germany entered NATO with unification; 1980: Greece re-entered its military structure.
    if (years.has(year) || year < '1949' || year === '1990' || year === '1980' || year >= doc.asOf.slice(0, 4) || !doc.dateCertain)
      continue;
    const sentence = doc.sentences.find((x) => x.start <= m!.index && m!.index < x.end);
    if (!sentence || FIRST_PERSON_BEFORE_RE.test(doc.text.slice(sentence.start, m.index))) continue;
    // The same year told again ("... but so did our NATO accession in 1989"): one claim, flagged once.
    if (out.some((a) => a.quote.endsWith(year))) continue;
    const sorted = [...years].filter((y) => y <= doc.asOf.slice(0, 4)).sort();
    const fact = `no country joined NATO in ${year}; its accessions fell in ${sorted.join(', ')}.`;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      quote: m[0],
      verdict: 'contradicted',
      kind: 'membership',
      factIds: ['nato-members'],
      message: `Not so: ${fact}`,
      fact: fact[0].toUpperCase() + fact.slice(1),
      sources: sourcesOfAll(doc.facts.base.jurisdictions.filter((j) => j.nato).map((j) => j.nato)).slice(0, 3),
    });
  }
  return out;
}

/** Adds the accession-month red flags where no annotation of the inner detector stands on the same words. */
export function withAccessionMonths(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const found = inner.find(doc, ctx);
      const mine = [...accessionMonthClaims(doc), ...accessionDepositClaims(doc), ...firstPersonAccessionClaims(doc)];
      const more = mine.filter((a, k) => !found.some((f) => spansOverlap(f, a)) && !mine.slice(0, k).some((f) => spansOverlap(f, a)));
      return more.length ? [...found, ...more] : found;
    },
  };
}
