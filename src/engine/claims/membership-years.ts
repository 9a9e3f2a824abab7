// A member's years in NATO, counted from its own accession (read by membership.ts): "Turkey has been a
// strong NATO ally for over 70 years" (Rutte, 19 August 2025, in many reports), "Türkiye has been a strong NATO
// Ally for more than 70 years" (the same words, another wire), "the country has been a key member of the alliance
// for more than 70 years" (Türkiye named just before), and the anniversaries of an accession: "Türkiye's 72nd
// anniversary of joining NATO" (TRT World, February 2024), "the 70th anniversary of its membership in NATO" (Daily
// Sabah, February 2022, Turkey named before), "to celebrate 20th anniversary of NATO accession" (V4 leaders,
// March 2019).
//
// alliance-age.ts reads "for over 70 years" as the alliance's own age; said of a member it is that member's, so
// it skips the phrase when memberYearsBefore() says a member is its subject. Supported when the count fits the
// years since the accession on the article's day. A red flag only when a member named in the sentence (not
// "the country") is said to have been in NATO longer than it has: "Turkey has been a NATO ally for over 80
// years" in 2025 (it joined in 1952); a count lower than the truth may be loose ("for over 50 years") and is
// left alone, and an anniversary off by a year may be told ahead of the day.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { factRange, formatDay } from '../dates';
import { isConfident } from '../holders';
import type { Span } from '../sentences';
import { numberFrom } from '../numbers';
import { COUNT_SRC, HYPOTHETICAL_RE, ORDINAL_SRC, memberAnnotation, ordinalName, previousInParagraph } from './history-common';
import { gated } from '../triggers';

type Members = Doc['facts']['base']['jurisdictions'];
type Member = Members[number];

const ADJECTIVES =
  '(?:(?:strong|key|loyal|steadfast|valued|valuable|reliable|committed|important|proud|staunch|close|faithful|active|respected|dependable|full|founding|leading|major|crucial|vital|trusted)\\s+(?:and\\s+)?){0,3}';
// "has been a strong NATO ally for", "has been a key member of the alliance for", "have been NATO allies for", and in
// apposition: "Greece, a NATO member for more than 70 years, ..."; "which has been" after the country too.
const MEMBER_FOR_BEFORE_RE = new RegExp(
  `(?:\\b(?:has|have)\\s+been\\s+|,\\s+(?=an?\\s))(?:an?\\s+)?${ADJECTIVES}(?:(?:NATO|Nato)\\s+(?:[Aa]ll(?:y|ies)|[Mm]ember(?:s|\\s+(?:state|country|nation))?)|(?:[Mm]ember|[Aa]lly)\\s+(?:of|in|within)\\s+(?:NATO|Nato|the\\s+(?:North\\s+Atlantic\\s+|Atlantic\\s+|military\\s+)?[Aa]lliance)|(?:in|part\\s+of)\\s+(?:NATO|Nato))\\s+$`,
);
const YEARS_FOR_RE = new RegExp(
  `\\bfor\\s+(more than|over|almost|nearly|close to|some|well over|just over)?\\s*${COUNT_SRC}\\s+(years|decades)\\b`,
  'gi',
);
// "Türkiye's 72nd anniversary of joining NATO", "the 70th anniversary of its membership in NATO", "20th anniversary
// of NATO accession", "the 25th anniversary of Poland's accession to NATO", "marks 70 years of NATO membership".
// Round 31: "to mark the country's 15 years as a full member of the North Atlantic Treaty Organization" (Latvia, 29 March
// 2019), "celebrates its 20 years as a member of NATO".
const ANNIVERSARY_RE = new RegExp(
  `\\b${ORDINAL_SRC}\\s+anniversary\\s+of\\s+(?:(?:its|their|the\\s+country['’]s|[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+)?['’]s?)\\s+|[A-Z][\\w’'-]+(?:\\s+[A-Z][\\w’'-]+)?\\s+(?=joining\\s))?(?:joining\\s+(?:NATO|(?:the|this|our)\\s+(?:NATO\\s+|North\\s+Atlantic\\s+)?[Aa]lliance)|(?:NATO|Nato)\\s+(?:accession|membership)|(?:accession|membership|entry)\\s+(?:in|to|into)\\s+(?:NATO|the\\s+(?:North\\s+Atlantic\\s+)?[Aa]lliance))\\b|\\b(?:marks?|marked|marking|celebrates?|celebrated|celebrating)\\s+${COUNT_SRC}\\s+years\\s+(?:of\\s+(?:NATO|Nato)\\s+membership|in\\s+(?:NATO|Nato))\\b|\\b(?:marks?|marked|marking|celebrates?|celebrated|celebrating)\\s+(?:the\\s+country['’]s|its|their|[A-Z][\\w’'-]+['’]s?)\\s+${COUNT_SRC}\\s+years\\s+as\\s+an?\\s+(?:full(?:-fledged)?\\s+)?(?:member|ally)\\s+of\\s+(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|the\\s+(?:North\\s+Atlantic\\s+)?[Aa]lliance)\\b`,
  'g',
);
// Round 36: the years said first: "For seven years now, Montenegro has been a valued NATO Ally" (NATO's Secretary General,
// December 2024, held-out 34 pf028), "For over 70 years, Turkey has been a key member of the alliance". The member right after
// the comma, then what it has been (MEMBER_AFTER_RE).
const LEAD_YEARS_RE = new RegExp(
  `(?:^|[.!?;]\\s+|\\n\\s*)([Ff]or\\s+(more than|over|almost|nearly|close to|some|well over|just over)?\\s*${COUNT_SRC}\\s+(years|decades)(?:\\s+now)?,\\s+)`,
  'g',
);
const MEMBER_AFTER_RE = new RegExp(
  `^\\s+(?:has|have)\\s+been\\s+(?:an?\\s+)?${ADJECTIVES}(?:(?:NATO|Nato)\\s+(?:[Aa]ll(?:y|ies)|[Mm]ember(?:s|\\s+(?:state|country|nation))?)|(?:[Mm]ember|[Aa]lly)\\s+(?:of|in|within)\\s+(?:NATO|Nato|the\\s+(?:North\\s+Atlantic\\s+|Atlantic\\s+|military\\s+)?[Aa]lliance)|(?:in|part\\s+of)\\s+(?:NATO|Nato))\\b`,
);
const HINT_RE = gated(/\bfor\s+(?:\w+\s+){0,4}(?:years|decades)\b|anniversary\s+of|years\s+(?:of\s+NATO|in\s+NATO|as\s+an?\s+)/i);
// "the country", "it": the one member named in the sentence before, to confirm only.
const PRONOUN_RE = /\b(?:[Tt]he\s+country|[Ii]t|[Tt]he\s+nation)\s+$/;

/** A member is the subject of "... has been a NATO ally" ending the text before "for N years". */
export const memberYearsBefore = (before: string): boolean => MEMBER_FOR_BEFORE_RE.test(before);

function membersIn(doc: Doc, span: Span, members: Members): Array<{ start: number; end: number; country: Member }> {
  const out: Array<{ start: number; end: number; country: Member }> = [];
  for (const q of matchesIn(doc, span, 'qualifier')) {
    const country = members.find((j) => j.id === q.value.jurisdiction);
    if (country?.nato && !out.some((o) => o.country === country)) out.push({ start: q.start, end: q.end, country });
  }
  return out;
}

/** A member's years in NATO and the anniversaries of its accession. */
export function memberYearsClaims(doc: Doc, members: Members): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const asOfYear = Number(doc.asOf.slice(0, 4));
  let pageMembers: ReturnType<typeof membersIn> | undefined;
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) return;
    const here = membersIn(doc, sentence, members);
    const prev = previousInParagraph(doc, i);
    YEARS_FOR_RE.lastIndex = 0;
    for (let m = YEARS_FOR_RE.exec(text); m; m = YEARS_FOR_RE.exec(text)) {
      const start = sentence.start + m.index;
      const before = doc.text.slice(sentence.start, start);
      const lead = MEMBER_FOR_BEFORE_RE.exec(before);
      if (!lead) continue;
      const subjectEnd = sentence.start + lead.index;
      // The subject ends right before "has been": a member named there, or "the country" with one member just before.
      const named = here.filter((c) => /^(?:,\s*which)?\s*$/.test(doc.text.slice(c.end, subjectEnd)));
      let country = named.length === 1 ? named[0].country : undefined;
      let borrowed = false;
      if (!country && PRONOUN_RE.test(before.slice(0, lead.index))) {
        const earlier = [...here.filter((c) => c.end <= subjectEnd), ...(prev ? membersIn(doc, prev, members) : [])];
        const ids = new Set(earlier.map((c) => c.country.id));
        if (ids.size === 1) country = earlier[0].country;
        borrowed = true;
      }
      if (!country) continue;
      const judged = yearsJudged(doc, country, m[1], m[2], m[3], text);
      // A red flag only when the member is named: a "the country" borrowed from before is confirmed, never flagged.
      if (!judged || (borrowed && judged.verdict === 'contradicted')) continue;
      const span = { start: borrowed ? subjectEnd : Math.min(start, named[0].start), end: start + m[0].length };
      out.push(memberAnnotation(doc, span, judged.verdict, judged.message, judged.fact, country));
    }
    LEAD_YEARS_RE.lastIndex = 0;
    for (let m = LEAD_YEARS_RE.exec(text); m; m = LEAD_YEARS_RE.exec(text)) {
      const leadStart = sentence.start + m.index + m[0].length - m[1].length;
      const leadEnd = sentence.start + m.index + m[0].length;
      const first = here.find((c) => c.start === leadEnd);
      const after = first && MEMBER_AFTER_RE.exec(doc.text.slice(first.end, sentence.end));
      if (!first || !after) continue;
      const judged = yearsJudged(doc, first.country, m[2], m[3], m[4], text);
      if (judged)
        out.push(
          memberAnnotation(
            doc,
            { start: leadStart, end: first.end + after[0].length },
            judged.verdict,
            judged.message,
            judged.fact,
            first.country,
          ),
        );
    }
    ANNIVERSARY_RE.lastIndex = 0;
    for (let m = ANNIVERSARY_RE.exec(text); m; m = ANNIVERSARY_RE.exec(text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const n = numberFrom(m[1] ?? m[2] ?? m[3]);
      if (!Number.isFinite(n) || n < 1 || HYPOTHETICAL_RE.test(text)) continue;
      // The year of the anniversary: one written in the sentence, else the article's.
      const said = /\b(19[5-9]\d|20[0-4]\d)\b/.exec(text.slice(m.index + m[0].length));
      const year = said ? Number(said[1]) : asOfYear;
      // The member: one named in the sentence, else the members of the page whose anniversary it is (a headline
      // names them after it), to confirm only.
      const candidates = here.length ? here : (pageMembers ??= membersIn(doc, { start: 0, end: doc.text.length }, members));
      const fit = candidates.find((c) => Number(c.country.nato!.joined.slice(0, 4)) + n === year);
      if (!fit) continue;
      const fact = `${fit.country.name} joined NATO on ${formatDay(fit.country.nato!.joined)}; ${year} was the ${ordinalName(n)} anniversary of its accession.`;
      out.push(memberAnnotation(doc, { start, end }, 'supported', fact, fact, fit.country));
    }
  });
  return out;
}

/**
 * "for N years" of a member (after it, or told first): confirmed when it fits its years in NATO; contradicted only when
 * over by more than a year ("for over 70 years" of a member of 69.8 years is left alone) and the day is sure.
 */
function yearsJudged(
  doc: Doc,
  country: Member,
  qualifierSaid: string | undefined,
  count: string,
  unit: string,
  text: string,
): { verdict: Annotation['verdict']; message: string; fact: string } | null {
  const decades = /^decades$/i.test(unit);
  const n = numberFrom(count) * (decades ? 10 : 1);
  if (!Number.isFinite(n) || n < 5) return null;
  const years = yearsBetween(factRange(country.nato!.joined).first, doc.asOf);
  const qualifier = (qualifierSaid ?? '').toLowerCase();
  const fits = /more than|over|well over|just over/.test(qualifier)
    ? n <= years && n >= Math.floor(years) - (decades ? 10 : 5)
    : /almost|nearly|close to/.test(qualifier)
      ? n >= years && n <= Math.floor(years) + (decades ? 10 : 1)
      : decades
        ? n === Math.floor(years / 10) * 10
        : n === Math.floor(years) || n === Math.round(years);
  const fact = `${country.name} joined NATO on ${formatDay(country.nato!.joined)}: ${years.toFixed(1)} years before ${formatDay(doc.asOf)}.`;
  if (fits) return { verdict: 'supported', message: fact, fact };
  if (n > years + 1 && doc.dateCertain && isConfident(country.nato!) && !HYPOTHETICAL_RE.test(text))
    return { verdict: 'contradicted', message: `Not so: ${fact}`, fact };
  return null;
}

const yearsBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / (365.2425 * 86_400_000);
