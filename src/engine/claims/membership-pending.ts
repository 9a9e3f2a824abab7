// A member said to be still on its way in (read by membership.ts): "Recently, Finland and Sweden have expressed
// interest in joining NATO" (an explainer of December 2023, eight months after Finland joined), "Sweden, which is
// seeking to join NATO", "Finland wants to join NATO", "Finland and Sweden are applying to join the alliance".
// Said in the present of a country that had joined more than two months before the article, it is outdated; said
// of one not yet a member it is nothing here (accession-steps.ts and accession-process.ts read the steps). A time
// the sentence tells of ("In April 2022, Finland wants to join NATO, Marin said") is the claim's: nothing. A time
// an earlier sentence tells of makes it context, unless the sentence says it is of now ("Recently",
// "currently": the explainer's bullet above told of North Macedonia in 2020).
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import { narratedTime } from '../narrated-time';
import { compiledOnFirstRun, execWarm, gated, warmed } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];

const HINT_RE = gated(
  /\b(?:interest in joining|(?:seeking|hoping|trying|aiming|looking|applying|bidding|waiting|aspiring|wants|hopes|seeks|aims|aspires)\s+to\s+join|stages?\s+of\s+(?:its\s+|their\s+)?(?:accession|joining)|process\s+of\s+(?:joining|acceding))\b/,
);
// After the country (or "X and Y"): the wish told in the present or present perfect, NATO itself its object (not
// "wants to join NATO's Nordic air command", "to join NATO exercises").
// Round 21: "Its neighbor, Sweden, is also in the final stages of accession into the alliance" (March 2024, held-out 19
// xa040), "Sweden is in the process of joining NATO": on the way in, told as a stage. Round 40: the country told by what
// it is, "the Foreign Minister of Sweden, as a country who is in the process of joining the alliance" (held-out 38 rr021,
// November 2023), "Finland, a country that is seeking to join NATO".
const PENDING_AFTER_RE =
  /^(?:,\s+which|,(?=\s+(?:is|are)\s)|,\s+(?:as\s+)?(?:a|the)\s+(?:country|nation|state)\s+(?:who|that|which)|\s+and\s+(?:[A-Z][\w\u2019'-]+\s*){1,3})?\s+(?:(?:is|are)\s+(?:also\s+|still\s+|now\s+|currently\s+)?in\s+the\s+(?:(final|last|closing|late)\s+stages?\s+of\s+(?:its\s+|their\s+)?(?:accession\s+(?:in)?to|joining)|process\s+of\s+(?:joining|acceding\s+to))|(?:has|have)\s+(?:recently\s+|also\s+|now\s+)?(?:expressed|shown|signalled|signaled)\s+(?:an?\s+|their\s+|its\s+)?(?:strong\s+)?interest\s+in\s+joining|(?:is|are)\s+(?:still\s+|now\s+|currently\s+|also\s+)?(?:seeking|hoping|trying|aiming|looking|applying|bidding|waiting|aspiring)\s+to\s+join|(?:wants|hopes|seeks|aims|aspires)\s+to\s+join)\s+(?:NATO\b|Nato\b|the\s+North\s+Atlantic\s+Treaty(?:\s+Organi[sz]ation)?\b|the\s+(?:NATO\s+|military\s+|Atlantic\s+)?[Aa]lliance\b)(?!['\u2019]|-|\s+(?:mission|command|exercises?|forces?|operations?|programmes?|programs?|initiatives?|drills?|efforts?|battle\s?groups?|air\s+policing|summits?|talks|structures?|Partnership)\b)/;
// At least this long a member: news of the days around an accession may lag.
const SETTLED_DAYS = 60;
// Words that put a clause in the article's present whatever an earlier sentence told of (not "now" or "still",
// which a narrative of the past uses too).
const NOW_RE = /\b(?:[Rr]ecently|[Cc]urrently|[Aa]t present|[Tt]hese days)\b/;

// "benefits for potential new NATO members like Sweden and Finland" (an AI summary of May 2024, held-out 13 c106):
// countries named as NATO's would-be members, right after the phrase (one or two, "like", "such as", "including" or
// a comma between). Each named must have been a member for SETTLED_DAYS; judged like the wish to join.
const PROSPECT_HINT_RE = gated(/\b(?:potential|prospective|aspiring|would-be|candidate)\s/i);
const PROSPECT_BEFORE_RE =
  /\b(?:potential|prospective|aspiring|would-be|candidate)\s+(?:new\s+)?(?:NATO|Nato)\s+(?:members?|member\s+states?|member\s+countries|countries|allies)(?:\s*,\s*|\s+(?:like|such\s+as|including|namely)\s+|\s+)$/;

// Round 20. "More than 7,000 sailors and airmen from 16 countries participated, including two nations that are aspiring to
// join NATO, Finland and Sweden" (held-out 18 wb101, June 2022): the countries listed after the phrase, each of them an
// applicant on the page's day (its application on record on or before it, its accession after it). Confirmed only.
const ASPIRANTS_RE =
  /\b(?:nations|countries|states|neighbou?rs)\s+(?:that|which|who)\s+(?:are|have\s+been)\s+(?:(?:still|now|currently|both)\s+)?(?:seeking|hoping|trying|aiming|looking|applying|bidding|waiting|aspiring)\s+to\s+join\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)\s*(?:,|:|\s+[-\u2013\u2014])\s*$/;

function aspirantsAfter(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!/\bto\s+join\b/.test(text) || HYPOTHETICAL_RE.test(text)) continue;
    const qs = matchesIn(doc, sentence, 'qualifier');
    for (const [i, q] of qs.entries()) {
      const m = ASPIRANTS_RE.exec(doc.text.slice(Math.max(sentence.start, q.start - 120), q.start));
      if (!m) continue;
      // The list: this country and those joined to it by "and" or a comma right after.
      const list = [q];
      for (let k = i + 1; k < qs.length && /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$/.test(doc.text.slice(qs[k - 1].end, qs[k].start)); k++)
        list.push(qs[k]);
      const applied = list.map((c) => {
        const country = members.find((j) => j.id === c.value.jurisdiction);
        const step = steps.find((s) => s.country === c.value.jurisdiction && s.step === 'applied' && factRange(s.date).last <= doc.asOf);
        return country?.nato && step && factRange(country.nato.joined).first > doc.asOf && isConfident(step) ? step : null;
      });
      if (applied.some((s) => !s)) break;
      const from = Math.max(sentence.start, q.start - 120) + m.index;
      const end = list[list.length - 1].end;
      const fact = applied.map((s) => s!.summary).join(' ');
      const message = `Applicants, not yet members, on ${formatDay(doc.asOf)}: ${fact}`;
      const sources = applied.flatMap((s) => sourcesOf(s!)).slice(0, 3);
      out.push(
        historyAnnotation(
          doc,
          { start: from, end },
          'membership',
          'supported',
          message,
          fact,
          list.map((c) => c.value.jurisdiction),
          sources,
        ),
      );
      break;
    }
  }
  return out;
}

/** The step on record by the page's day that puts a country on its way in: its protocol signed for the final stages, else its application. */
function onTheWay(doc: Doc, id: string, finalStages: boolean) {
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  const step = steps.find(
    (s) => s.country === id && s.step === (finalStages ? 'protocol-signed' : 'applied') && factRange(s.date).last <= doc.asOf,
  );
  return step && isConfident(step) ? step : null;
}

// Built once (speed, round 41): a literal in pendingMemberClaims was a new expression, parsed again, at each call.
const PENDING_MEMBER_CLAIMS_RE = compiledOnFirstRun(/\bto\s+join\s+(?:NATO|Nato|the\s+(?:military\s+)?[Aa]lliance)\s*[,:\u2013\u2014-]/);
/** Members said in the present to be seeking to join: outdated. */
export function pendingMemberClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = PENDING_MEMBER_CLAIMS_RE.test(doc.text) ? aspirantsAfter(doc, members) : [];
  const prospects = PROSPECT_HINT_RE.test(doc.text);
  if ((!HINT_RE.test(doc.text) && !prospects) || !doc.dateCertain) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const hint = HINT_RE.test(text);
    if (!hint && !(prospects && PROSPECT_HINT_RE.test(text))) continue;
    const qs = matchesIn(doc, sentence, 'qualifier');
    for (const [i, q] of qs.entries()) {
      const country = members.find((j) => j.id === q.value.jurisdiction);
      if (!country?.nato) continue;
      let m: RegExpExecArray | null = hint ? PENDING_AFTER_RE.exec(doc.text.slice(q.end, sentence.end)) : null;
      let from = q.start;
      if (!m && prospects) {
        // The phrase right before the country, or before the first of two joined by "and" ("like Sweden and Finland").
        const prevQ = i > 0 ? qs[i - 1] : null;
        const first = prevQ && /^\s+and\s+$/.test(doc.text.slice(prevQ.end, q.start)) ? prevQ : q;
        const pm = execWarm(PROSPECT_BEFORE_RE, doc.text.slice(Math.max(sentence.start, first.start - 80), first.start));
        const firstCountry = members.find((j) => j.id === first.value.jurisdiction);
        if (pm && firstCountry?.nato && !/\b(?:once|then|at the time|former|formerly|were|was|had been)\b/i.test(text)) {
          m = Object.assign([''], { index: 0, input: '' }) as unknown as RegExpExecArray;
          from = Math.max(sentence.start, first.start - 80) + pm.index;
        }
      }
      if (!m) continue;
      // The country is the subject: not "Finland's neighbour Sweden", nor after a hypothetical or a negation.
      const lead = doc.text.slice(sentence.start, q.start);
      if (/['\u2019]s?\s*$/.test(lead) || HYPOTHETICAL_RE.test(lead) || /\b(?:not|never|no longer)\b/i.test(lead)) continue;
      const joined = factRange(country.nato.joined).last;
      // Round 21. Not yet a member: confirmed once the step it tells of is on record by the page's day (its application; for
      // the final stages, its accession protocol signed), never flagged.
      if (factRange(country.nato.joined).first > doc.asOf) {
        const onWay = hint ? onTheWay(doc, country.id, !!m[1]) : null;
        if (onWay) {
          const end = q.end + m[0].length;
          const message = `On its way in, not yet a member, on ${formatDay(doc.asOf)}: ${onWay.summary}`;
          out.push(
            historyAnnotation(
              doc,
              { start: from, end },
              'membership',
              'supported',
              message,
              onWay.summary,
              [country.id, onWay.id],
              sourcesOf(onWay),
            ),
          );
        }
        continue;
      }
      // A founder's record is disputed only over which day of 1949 (signing or entry into force): no matter to a wish to join.
      const long = daysBetween(joined, doc.asOf) >= 3652;
      if (daysBetween(joined, doc.asOf) < SETTLED_DAYS || !(isConfident(country.nato) || (long && country.nato.confidence === 'verified')))
        continue;
      // A time the sentence tells of is the claim's ("In April 2022, ...", "Recently, ..."): judged as of its end.
      const told = narratedTime(doc, q.start).narration;
      // A mark past a full stop or a bullet's dash is another clause's (a list read as one sentence).
      const at =
        told && 'start' in told.range && typeof told.range.start === 'number'
          ? (told.range as unknown as { start: number; end: number })
          : null;
      const own =
        told?.source === 'sentence' &&
        !(at && /[.;!?]\s|\n|\s[-\u2013\u2014]\s/.test(doc.text.slice(Math.min(at.end, q.start), Math.max(at.start, q.end))));
      if (own && (told.range.last < joined || daysBetween(joined, told.range.last) < SETTLED_DAYS)) continue;
      const end = q.end + m[0].length;
      const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}.`;
      const now = !told || own || NOW_RE.test(text);
      // Round 33: a member of ten years or more told as on its way in ("Hungary is currently aspiring to join the North
      // Atlantic Treaty", an exam note of April 2024; Hungary joined in 1999) was never so in the page's time: contradicted.
      out.push({
        start: from,
        end,
        quote: doc.text.slice(from, end),
        verdict: now ? (long ? 'contradicted' : 'outdated') : 'context',
        kind: 'membership',
        factIds: [country.id],
        message: now ? `${long ? 'Not so' : 'No longer so'}: ${fact}` : `${fact} (The passage may tell of ${told.label}.)`,
        fact,
        sources: sourcesOf(country.nato),
      });
    }
  }
  return out;
}

// Round 32. A member's joining told as a prospect of the page's present: "The prospect of Finland and Sweden joining NATO has
// cast a spotlight on the Åland Islands" (September 2025: both had joined), "Finland and Sweden's potential membership in NATO
// worries Moscow", "the possibility of Sweden joining the alliance is raising tensions". Only with a verb in the present
// right after the phrase (the prospect is of now; "The prospect of Finland joining NATO alarmed Moscow in 2022" is history
// told), every country named a member for SETTLED_DAYS, a time the sentence tells of before the accession leaves it alone,
// and never after a hypothetical or a denial.
const PROSPECT_NOUN_HINT_RE = gated(/\b(?:prospect|possibility|likelihood|potential|possible|prospective|eventual)\b/);
const NATO_OBJECT_SRC = String.raw`(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation|the\s+(?:NATO\s+|military\s+|Atlantic\s+|North\s+Atlantic\s+)?[Aa]lliance)`;
const PRESENT_VERB_SRC = String.raw`(?:has|have|is|are|remains|raises|poses|worries|threatens|casts|puts|sparks|prompts|angers|alarms|looms|continues|brings|creates|changes|shifts|reshapes|challenges)`;
// Before the first country: "The prospect of", "the possibility of", "the likelihood of".
const PROSPECT_OF_BEFORE_RE = compiledOnFirstRun(/\b[Tt]he\s+(?:very\s+|growing\s+|real\s+)?(?:prospect|possibility|likelihood)\s+of\s+$/);
// After the last country: "joining NATO has", "'s potential membership in NATO is", "' possible accession to the alliance raises".
const PROSPECT_AFTER_RE = new RegExp(
  String.raw`^(?:\s+(?:joining|acceding\s+to|entering)\s+${NATO_OBJECT_SRC}|['\u2019]s?\s+(?:potential|possible|prospective|eventual)\s+(?:(?:NATO|Nato)\s+membership|membership\s+(?:in|of)\s+${NATO_OBJECT_SRC}|accession\s+(?:in)?to\s+${NATO_OBJECT_SRC}|entry\s+into\s+${NATO_OBJECT_SRC}))\s+(?:(?:still|now|also|already)\s+)?${PRESENT_VERB_SRC}\b`,
);

// Built once (speed, round 41): a literal in prospectNounClaims was a new expression, parsed again, at each call.
const PROSPECT_NOUN_CLAIMS_RE = compiledOnFirstRun(/^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+)$/);
/** Members whose joining is told as a prospect of the page's present: outdated. */
export function prospectNounClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!doc.dateCertain || !PROSPECT_NOUN_HINT_RE.test(doc.text)) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!PROSPECT_NOUN_HINT_RE.test(text)) continue;
    const qs = matchesIn(doc, sentence, 'qualifier');
    for (let i = 0; i < qs.length; i++) {
      // The list: the country and those joined to it by "and" or a comma right after.
      let k = i;
      while (k + 1 < qs.length && PROSPECT_NOUN_CLAIMS_RE.test(doc.text.slice(qs[k].end, qs[k + 1].start))) k++;
      const list = qs.slice(i, k + 1);
      const last = list[list.length - 1];
      const rest = doc.text.slice(last.end, sentence.end);
      const m = warmed(PROSPECT_AFTER_RE, rest).exec(rest);
      const nounBefore = PROSPECT_OF_BEFORE_RE.exec(doc.text.slice(Math.max(sentence.start, qs[i].start - 40), qs[i].start));
      const joiningForm = !!m && /^\s+(?:joining|acceding|entering)/.test(m[0]);
      // "joining NATO" needs "the prospect of" before the list; "'s potential membership" names the prospect itself.
      if (!m || (joiningForm && !nounBefore) || (!joiningForm && nounBefore)) {
        i = k;
        continue;
      }
      const from = nounBefore ? Math.max(sentence.start, qs[i].start - 40) + nounBefore.index : qs[i].start;
      const lead = doc.text.slice(sentence.start, from);
      if (HYPOTHETICAL_RE.test(lead) || /\b(?:not|never|no longer)\b/i.test(lead)) break;
      const countries = list.map((q) => members.find((j) => j.id === q.value.jurisdiction));
      const settled = countries.every(
        (c) =>
          c?.nato &&
          isConfident(c.nato) &&
          factRange(c.nato.joined).last <= doc.asOf &&
          daysBetween(factRange(c.nato.joined).last, doc.asOf) >= SETTLED_DAYS,
      );
      if (!settled) {
        i = k;
        continue;
      }
      // A time the sentence tells of before the latest accession is the claim's: history told.
      const latest = countries
        .map((c) => factRange(c!.nato!.joined).last)
        .sort()
        .pop()!;
      const told = narratedTime(doc, qs[i].start).narration;
      if (told?.source === 'sentence' && told.range.last < latest) break;
      const end = last.end + m[0].length;
      const fact = countries.map((c) => `${c!.name} joined NATO on ${formatDay(c!.nato!.joined)}.`).join(' ');
      out.push(
        historyAnnotation(
          doc,
          { start: from, end },
          'membership',
          told && told.source !== 'sentence' ? 'context' : 'outdated',
          `No longer so: ${fact}`,
          fact,
          countries.map((c) => c!.id),
          countries.flatMap((c) => sourcesOf(c!.nato!)).slice(0, 3),
        ),
      );
      i = k;
    }
  }
  return out;
}

// Round 31. A member's decision to join told as recent: "Following Hungary’s recent decision to join NATO, Sweden
// ceremonially submitted its accession documents" (March 2024: Hungary joined in 1999; what it had just decided was to
// ratify Sweden's accession), "Hungary has just decided to join NATO", "Turkey recently decided to join the alliance". Only
// a member of at least two years, the decision told as recent in so many words (a bare "Finland's decision to join NATO"
// is history told), the country the owner or subject right before; never hedged, denied or supposed.
const RECENT_DECISION_HINT_RE = gated(/\b(?:recent|recently|just|latest)\b[^.]{0,30}\bdeci\w+\s+to\s+join\b/i);
const RECENT_DECISION_AFTER_RE =
  /^(?:(?:['\u2019]s?)?\s+(?:(?:recent|latest|sudden|surprise)\s+)+decision|\s+(?:has\s+|had\s+)?(?:just|recently)\s+decided)\s+to\s+join\s+(?:NATO\b|Nato\b|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation\b|the\s+(?:NATO\s+|military\s+|Atlantic\s+)?[Aa]lliance\b)(?!['\u2019]|-|\s+(?:mission|command|exercises?|forces?|operations?|programmes?|programs?|initiatives?|drills?|efforts?|battle\s?groups?|air\s+policing|summits?|talks|structures?|Partnership)\b)/;
const SETTLED_YEARS_DAYS = 730;

/** Members whose decision to join is told as recent, years after they joined: contradicted. */
export function recentDecisionClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!RECENT_DECISION_HINT_RE.test(doc.text) || !doc.dateCertain) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!RECENT_DECISION_HINT_RE.test(text) || HYPOTHETICAL_RE.test(text) || /\b(?:not|never|no|denied|claim\w*|false\w*)\b/i.test(text))
      continue;
    for (const q of matchesIn(doc, sentence, 'qualifier')) {
      const country = members.find((j) => j.id === q.value.jurisdiction);
      if (!country?.nato || !isConfident(country.nato)) continue;
      const m = RECENT_DECISION_AFTER_RE.exec(doc.text.slice(q.end, sentence.end));
      if (!m || daysBetween(factRange(country.nato.joined).last, doc.asOf) < SETTLED_YEARS_DAYS) continue;
      const fact = `${country.name} joined NATO on ${formatDay(country.nato.joined)}.`;
      out.push(
        historyAnnotation(
          doc,
          { start: q.start, end: q.end + m[0].length },
          'membership',
          'contradicted',
          `Not so: ${fact} It has been a member since.`,
          fact,
          [country.id],
          sourcesOf(country.nato),
        ),
      );
    }
  }
  return out;
}
