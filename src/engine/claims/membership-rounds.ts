// Round 22. NATO's enlargements counted, and the latest told, in the present perfect of the writer's day: "Since its
// inception, NATO has expanded nine times and most recently, Finland became a member on April 4, 2023" (exam-prep note,
// 4 April 2024: Sweden had joined on 7 March 2024, the tenth enlargement).
//
// - "NATO/the alliance/it has expanded|enlarged|grown N times" (optionally "since its inception/founding/1949"): the
//   enlargements are the accession days after 1949 (ten by March 2024). A count the alliance had once is outdated when a
//   later enlargement came three days or more before the page; the right count is confirmed. A count above the true one is
//   never flagged (some count German reunification in 1990), nor one told with "eastward", "since the Cold War" or any
//   other start, nor a past perfect ("had expanded").
// - "most recently(,) X joined / became a member / became the Nth member", after such a present perfect in the sentence:
//   X must be the latest to join on the page's day (outdated when a later accession came three days or more before it);
//   confirmed when it is.
// Judged as of the page's day (within the fact base's horizon); never with a hypothetical or "then"/"at the time".
import type { Annotation } from '../types';
import { mergeOver, type ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { addDays, factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { pastHorizon } from '../horizon';
import { numberFrom } from '../numbers';
import { COUNT_SRC, HYPOTHETICAL_RE, MEMBERS_NOW_ID, historyAnnotation } from './history-common';
import { matchesIn } from '../doc';
import { gated } from '../triggers';

const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// "NATO has expanded nine times", "the alliance has enlarged 10 times since its founding".
// Round 33: the rounds named as such, "NATO has now gone through nine rounds of enlargement" (an explainer updated on 8
// March 2024), "the alliance has undergone ten waves of expansion", "It has seen nine rounds of enlargement": the same count.
const EXPANDED_RE = new RegExp(
  String.raw`\b(NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+|Atlantic\s+|military\s+)?[Aa]lliance|[Ii]t)\s+has\s+(?:since\s+|now\s+|so\s+far\s+)?(?:(?:expanded|enlarged|grown|been\s+enlarged|been\s+expanded)\s+${NUMBER}\s+times|(?:gone\s+through|undergone|seen|had|experienced|completed)\s+${NUMBER}\s+(?:rounds|waves)\s+of\s+(?:enlargement|expansion))\b`,
  'g',
);
// Round 47: the rounds as a plural noun, "There have been six enlargements in total, with the last one taking place in 2009"
// (WorldAtlas, June 2016, held-out 45 us012), "NATO has had ten enlargements", "there have been nine rounds of NATO
// enlargement": the same count, confirmed here too (accession-process.ts reads only the forms above). Group 1: the count.
const ENLARGEMENTS_COUNT_RE = new RegExp(
  String.raw`\b(?:[Tt]here\s+have\s+(?:now\s+|so\s+far\s+)?been|(?:NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+)?[Aa]lliance|[Ii]t)\s+has\s+(?:now\s+|so\s+far\s+)?(?:had|seen|undergone|gone\s+through|experienced|completed))\s+${NUMBER}\s+(?:(?:NATO|Nato)\s+)?(?:enlargements|expansions|(?:rounds|waves)\s+of\s+(?:NATO\s+)?(?:enlargement|expansion))\b`,
  'g',
);
// After the count, the latest round's year: ", with the last one taking place in 2009", "the latest in 2024".
const LATEST_YEAR_AFTER_RE =
  /^(?:\s+in\s+total)?\s*,?\s*(?:with\s+)?the\s+(?:last|latest|most\s+recent)(?:\s+one)?(?:\s+(?:taking\s+place|coming|being|was|came|took\s+place))?\s+(?:in\s+)?((?:19|20)\d\d)\b/;
// What may follow such a count, all of it a count of every round: the end of the clause, "in total", "so far", "to date",
// "since its founding", the latest told. Anything else ("in the past decade", "this century", "of the EU") leaves it; so
// does a time before it in the sentence ("In the last 20 years, there have been").
const WHOLE_COUNT_AFTER_RE =
  /^(?:\s+(?:of\s+(?:NATO|Nato|the\s+(?:North\s+Atlantic\s+)?[Aa]lliance)|in\s+total|in\s+all|altogether|so\s+far|to\s+date|since\s+(?:its\s+(?:inception|founding|foundation|creation|establishment|birth)|1949)))*\s*(?:[,;:.)]|$|\s(?:and|with|the\s+(?:last|latest|most)))/;
const OTHER_CLUB_COUNT_RE = /\b(?:EU|European\s+Union|G7|G20|BRICS|Union)\b/;
const TIME_BEFORE_RE = /\b(?:past|last|recent|since|after|decades?|years?|century|during|under|this|(?:19|20)\d\d)\b/i;
// What may follow the count: nothing of a start, or the founding as its start.
const SINCE_FOUNDING_RE =
  /^\s*since\s+(?:its\s+(?:inception|founding|foundation|creation|establishment|birth)|it\s+was\s+(?:founded|created|established)|1949|the\s+(?:alliance['\u2019]s\s+)?(?:founding|creation)(?:\s+in\s+1949)?)\b/i;
const OTHER_START_RE = /^\s*(?:since|after|from|eastward|eastwards|to\s+the\s+east|in\s+the\s+east|during|between)\b/i;
const LEAD_START_RE =
  /\b(?:[Ss]ince|[Aa]fter)\s+(?:the\s+)?(?:end\s+of\s+the\s+)?(?:Cold\s+War|fall|collapse|1990|1991|199\d|20\d\d)\b|\beastward/;
const THEN_RE = /\b(?:then|at\s+the\s+time|by\s+(?:then|that\s+time)|back\s+then)\b/i;
// "and most recently, Finland became a member", "most recently with Sweden's accession".
const MOST_RECENT_RE =
  /\b(?:most\s+recently|the\s+latest\s+(?:being|in\s+\d{4})|the\s+last\s+(?:one\s+)?being)\s*,?\s*(?:when\s+|with\s+)?$/i;
// Round 33: "Finland became its member on April 4, 2023" (an exam note of April 2024), "became its newest member".
const JOINED_AFTER_RE =
  /^(?:['\u2019]s\s+(?:accession|entry|joining))|^\s+(?:joined|became\s+(?:a\s+|its\s+(?:\w+\s+)?|the\s+\w+\s+)?(?:member|ally)|acceded|was\s+admitted|entered)\b/i;

interface Step {
  day: string;
  ids: string[];
}

// Built once (speed, round 41): a literal in withEnlargementRounds was a new expression, parsed again, at each call.
const WITH_ENLARGEMENT_ROUNDS_RE = / times\b|most recently|rounds of|waves of|enlargements|expansions/;
export function withEnlargementRounds(membership: ClaimDetector): ClaimDetector {
  return {
    kind: membership.kind,
    triggers: membership.triggers,
    find: (doc, ctx) => {
      const out = membership.find(doc, ctx);
      // A wrong first enlargement takes the place of the accession confirmed inside it ("NATO first expanded in 1955, when
      // West Germany joined": Germany's year is right, the first enlargement's is not).
      if (FIRST_HINT_RE.test(doc.folded)) for (const a of firstEnlargement(doc)) mergeOver(out, a);
      if (!WITH_ENLARGEMENT_ROUNDS_RE.test(doc.folded)) return out;
      for (const a of enlargements(doc)) {
        // The latest told replaces a confirmation of its accession's day alone ("Finland became a member on April 4,
        // 2023" is true, but not as the latest).
        if (a.verdict !== 'supported')
          for (let i = out.length - 1; i >= 0; i--)
            if (out[i].verdict === 'supported' && out[i].start < a.end && a.start < out[i].end) out.splice(i, 1);
        if (!out.some((b) => (a.verdict === 'supported' || b.verdict !== 'supported') && b.start < a.end && a.start < b.end)) out.push(a);
      }
      return out;
    },
  };
}

function stepsOf(doc: Doc): Step[] {
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const days = [...new Set(members.map((j) => factRange(j.nato!.joined).first))].filter((d) => !d.startsWith('1949')).sort();
  return days.map((day) => ({ day, ids: members.filter((j) => factRange(j.nato!.joined).first === day).map((j) => j.id) }));
}

function enlargements(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || pastHorizon(doc.facts, doc.asOf)) return out;
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  // Verified, though a few days are disputed ("Germany: 6 or 9 May 1955"): no count here is judged within days of one.
  if (!members.every((j) => j.nato!.confidence === 'verified')) return out;
  const steps = stepsOf(doc);
  const done = steps.filter((s) => s.day <= doc.asOf);
  if (!done.length) return out;
  const latest = done[done.length - 1];
  // A later enlargement so recent the page may not know it: no red flag (the rule of member counts, membership.ts: an
  // accession within three days of the page).
  const settled = addDays(latest.day, 2) < doc.asOf;
  const sources = sourcesOfAll(members.filter((j) => latest.ids.includes(j.id)).map((j) => j.nato!)).slice(0, 3);
  const latestNames = members.filter((j) => latest.ids.includes(j.id)).map((j) => j.name);
  const fact = `NATO had enlarged ${done.length} times by ${formatDay(doc.asOf)}; the latest: ${latestNames.join(', ')} (${formatDay(latest.day)}).`;
  EXPANDED_RE.lastIndex = 0;
  for (let m = EXPANDED_RE.exec(doc.text); m; m = EXPANDED_RE.exec(doc.text)) {
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const end = m.index + m[0].length;
    const after = doc.text.slice(end, sentence.end);
    const before = doc.text.slice(sentence.start, m.index);
    if (HYPOTHETICAL_RE.test(text) || THEN_RE.test(text) || LEAD_START_RE.test(before) || LEAD_START_RE.test(after.slice(0, 40))) continue;
    if (!SINCE_FOUNDING_RE.test(after) && OTHER_START_RE.test(after)) continue;
    // "It has expanded": NATO named in the sentence or the one before, and no other club.
    if (/^[Ii]t$/.test(m[1]) && !natoBefore(doc, sentence, m.index)) continue;
    if (/\b(?:EU|European\s+Union|G7|G20|BRICS|Union)\b/.test(text)) continue;
    const n = numberFrom(m[2] ?? m[3]);
    if (!Number.isFinite(n)) continue;
    const span = { start: m.index, end };
    // The right count is confirmed by accession-process.ts (roundsCounted).
    if (n < done.length) {
      const once = n >= 1;
      const red = once && settled;
      const message = `Not so on ${formatDay(doc.asOf)}: NATO had enlarged ${done.length} times (${n} until ${formatDay(done[n].day)}); the latest: ${latestNames.join(', ')} (${formatDay(latest.day)}).`;
      out.push(historyAnnotation(doc, span, 'membership', red ? 'outdated' : 'context', message, fact, [MEMBERS_NOW_ID], sources));
    }
    // The latest told after it: "and most recently, Finland became a member on April 4, 2023".
    const recent = mostRecent(doc, sentence, end);
    if (!recent) continue;
    const told = steps.find((s) => s.ids.includes(recent.id));
    if (!told || told.day > doc.asOf) continue;
    const rspan = { start: recent.start, end: recent.end };
    if (told.day === latest.day)
      out.push(historyAnnotation(doc, rspan, 'membership', 'supported', fact, fact, [MEMBERS_NOW_ID, recent.id], sources));
    else {
      const message = `Not so on ${formatDay(doc.asOf)}: ${recent.name} joined NATO on ${formatDay(told.day)}; ${latestNames.join(' and ')} joined later (${formatDay(latest.day)}).`;
      out.push(
        historyAnnotation(doc, rspan, 'membership', settled ? 'outdated' : 'context', message, fact, [MEMBERS_NOW_ID, recent.id], sources),
      );
    }
  }
  ENLARGEMENTS_COUNT_RE.lastIndex = 0;
  for (let m = ENLARGEMENTS_COUNT_RE.exec(doc.text); m; m = ENLARGEMENTS_COUNT_RE.exec(doc.text)) {
    const at = m.index;
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
    if (!sentence) continue;
    const text = doc.text.slice(sentence.start, sentence.end);
    const end = at + m[0].length;
    const after = doc.text.slice(end, sentence.end);
    if (HYPOTHETICAL_RE.test(text) || THEN_RE.test(text) || LEAD_START_RE.test(doc.text.slice(sentence.start, at))) continue;
    if (!WHOLE_COUNT_AFTER_RE.test(after) || TIME_BEFORE_RE.test(doc.text.slice(sentence.start, at))) continue;
    if (!natoBefore(doc, sentence, end) || OTHER_CLUB_COUNT_RE.test(text)) continue;
    const n = numberFrom(m[1]);
    if (!Number.isFinite(n) || n < 1 || n > done.length) continue;
    // The latest round's year told after the count: part of the claim, and a count with a wrong latest year is not confirmed.
    const latestYear = LATEST_YEAR_AFTER_RE.exec(after);
    if (n === done.length && latestYear && latestYear[1] !== latest.day.slice(0, 4)) continue;
    const span = { start: at, end: latestYear ? end + latestYear[0].length : end };
    if (n === done.length) {
      out.push(historyAnnotation(doc, span, 'membership', 'supported', fact, fact, [MEMBERS_NOW_ID], sources));
      continue;
    }
    const message = `Not so on ${formatDay(doc.asOf)}: NATO had enlarged ${done.length} times (${n} until ${formatDay(done[n].day)}); the latest: ${latestNames.join(', ')} (${formatDay(latest.day)}).`;
    out.push(historyAnnotation(doc, span, 'membership', settled ? 'outdated' : 'context', message, fact, [MEMBERS_NOW_ID], sources));
  }
  return out;
}

/** NATO named in the sentence before `at` or in the sentence before it. */
function natoBefore(doc: Doc, sentence: { start: number; end: number }, at: number): boolean {
  const i = doc.sentences.findIndex((s) => s.start === sentence.start);
  const from = i > 0 ? doc.sentences[i - 1].start : sentence.start;
  return /\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b/.test(doc.text.slice(from, at));
}

/** The member told as the latest after "most recently" in the rest of the sentence, with the span from "most recently". */
function mostRecent(
  doc: Doc,
  sentence: { start: number; end: number },
  from: number,
): { id: string; name: string; start: number; end: number } | null {
  for (const q of matchesIn(doc, { start: from, end: sentence.end }, 'qualifier')) {
    const country = doc.facts.jurisdictions.get(q.value.jurisdiction);
    if (country?.kind !== 'country') continue;
    const lead = MOST_RECENT_RE.exec(doc.text.slice(from, q.start));
    const joined = JOINED_AFTER_RE.exec(doc.text.slice(q.end, sentence.end));
    if (!lead || !joined) return null;
    // Up to the end of the clause: "became a member on April 4, 2023".
    const rest = doc.text.slice(q.end, sentence.end);
    const tail = /^[^;.]{0,40}?\b(?:19|20)\d\d\b/.exec(rest) ?? /^[^,;.]*/.exec(rest);
    return { id: country.id, name: country.name, start: from + lead.index, end: q.end + (tail ? tail[0].length : joined[0].length) };
  }
  return null;
}

// ---- the first enlargement ----

// Round 33. When NATO first grew: "Seven years after its establishment, NATO expanded for the first time" (an explainer of
// March 2024: Greece and Turkey joined on 18 February 1952, under three years after the treaty was signed), "NATO first
// expanded in 1955, when West Germany joined" (1952), "The alliance's first enlargement came in 1952". The years after the
// founding: two or three confirmed, one or less or five or more contradicted (four is left: counted from the treaty's
// entry into force or rounded, it may be said). A year: the first enlargement's confirmed, one after it contradicted (1951,
// the protocol's signing, is left). Never of another first ("for the first time since the Cold War", "its first
// enlargement into the former Warsaw Pact", "eastward"), a supposition, or another club in the sentence.
const FIRST_HINT_RE = gated(/\bfirst (?:time|expan|enlarg)|\bexpansion came\b/);
const NATO_SUBJECT = String.raw`(?:NATO|Nato|[Tt]he\s+(?:North\s+Atlantic\s+|Atlantic\s+|transatlantic\s+|military\s+)?[Aa]lliance|[Ii]t)`;
const GREW = String.raw`(?:expanded|enlarged|grew|admitted\s+new\s+members|took\s+in\s+new\s+members|added\s+new\s+members|welcomed\s+new\s+members)`;
const FOUNDING_NOUN = String.raw`(?:establishment|founding|foundation|creation|formation|inception|birth)`;
// Not a first of another kind after it: "for the first time since 1999", "in its history", "to the east", "into Scandinavia".
const NOT_FIRST_AFTER = String.raw`(?!\s+(?:since|in\s+(?:a|its|the|\d)|after|to|into|beyond|eastward|east|outside|north|south|across)\b)`;
const YEARS_AFTER_FIRST_RE = new RegExp(
  String.raw`\b${COUNT_SRC}\s+years\s+after\s+(?:its|NATO['\u2019]s|Nato['\u2019]s|the\s+[Aa]lliance['\u2019]s)\s+${FOUNDING_NOUN}\s*,?\s+${NATO_SUBJECT}\s+(?:first\s+${GREW}|${GREW}\s+for\s+the\s+first\s+time${NOT_FIRST_AFTER})`,
  'gi',
);
const FIRST_YEAR_RE = new RegExp(
  String.raw`\b(?:${NATO_SUBJECT}\s+(?:first\s+${GREW}|${GREW}\s+for\s+the\s+first\s+time)\s+in|(?:NATO['\u2019]s|Nato['\u2019]s|[Tt]he\s+[Aa]lliance['\u2019]s|[Ii]ts|[Tt]he)\s+first\s+(?:enlargement|expansion)(?:\s+of\s+(?:NATO|Nato|the\s+[Aa]lliance))?\s+(?:came|took\s+place|happened|occurred|was)\s+in)\s+(19[4-9]\d|20[0-4]\d)\b`,
  'g',
);
const OTHER_FIRST_RE =
  /\b(?:Cold\s+War|eastward|eastwards|[Ee]astern|Warsaw\s+Pact|Soviet|post-|since\s+(?:19[5-9]\d|20\d\d)|Nordic|Balkan|Baltic)\b/;

function firstEnlargement(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const steps = stepsOf(doc);
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  const first = steps[0];
  const founding = doc.facts.base.figures.founding;
  if (!first || !founding) return out;
  const firstMembers = members.filter((j) => first.ids.includes(j.id));
  if (!firstMembers.every((j) => j.nato!.confidence === 'verified') || founding.confidence !== 'verified') return out;
  const names = firstMembers.map((j) => j.name).join(' and ');
  const years = (Date.parse(first.day) - Date.parse(founding.signed)) / (365.25 * 86400000);
  const fact = `NATO first enlarged on ${formatDay(first.day)} (${names}), ${years.toFixed(1)} years after the North Atlantic Treaty was signed on ${formatDay(founding.signed)}.`;
  const sources = sourcesOfAll([...firstMembers.map((j) => j.nato!), founding]).slice(0, 3);
  for (const re of [YEARS_AFTER_FIRST_RE, FIRST_YEAR_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const at = m.index;
      const sentence = doc.sentences.find((x) => x.start <= at && at < x.end);
      if (!sentence) continue;
      const text = doc.text.slice(sentence.start, sentence.end);
      if (HYPOTHETICAL_RE.test(text) || OTHER_FIRST_RE.test(text) || /\b(?:EU|European\s+Union|G7|G20|BRICS|Union)\b/.test(text)) continue;
      // "it" and "the alliance" are NATO only with NATO named in the sentence or the one before.
      if (!/\b(?:NATO|Nato|North\s+Atlantic)\b/.test(m[0]) && !natoBefore(doc, sentence, at + m[0].length)) continue;
      const n = numberFrom(m[1]);
      if (!Number.isFinite(n)) continue;
      let verdict: Annotation['verdict'] | null;
      if (re === YEARS_AFTER_FIRST_RE) verdict = Math.abs(n - years) < 0.9 ? 'supported' : Math.abs(n - years) >= 2 ? 'contradicted' : null;
      else verdict = n === Number(first.day.slice(0, 4)) ? 'supported' : n > Number(first.day.slice(0, 4)) ? 'contradicted' : null;
      if (!verdict) continue;
      const message = verdict === 'supported' ? fact : `Not so: ${fact}`;
      out.push(historyAnnotation(doc, { start: at, end: at + m[0].length }, 'membership', verdict, message, fact, first.ids, sources));
    }
  }
  return out;
}
