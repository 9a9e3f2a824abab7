// Round 42 (founding). NATO's founders counted with a bound: "Over 12 countries, including the US, the UK, Canada, and
// France, established NATO in 1949" (held-out 40 sy001, india.com, April 2023). NATO was founded by exactly twelve
// countries, so "over / more than twelve" (or "over a dozen") founders is wrong, as is "fewer / less than twelve"; the
// readers of the count (membership-founders.ts, member-count-forms.ts, alliance-founding.ts) read the number after the
// bound and confirmed "12 countries ... founded NATO", wrongly.
//
// The founders are those who founded, formed, created, established or set up NATO, or signed the North Atlantic Treaty in
// 1949 (later members signed protocols of accession, but a page may loosely say they signed the treaty: the year ties the
// signing to the founding):
//   - the count first: "Over 12 countries(, including the US, ...,) established NATO (in 1949)", "More than a dozen nations
//     founded the alliance", "In 1949, more than 12 countries signed the North Atlantic Treaty";
//   - the count after "by": "NATO was founded (in 1949) by more than 12 countries", "The North Atlantic Treaty was signed by
//     more than 12 countries in 1949".
// A bound that fits the twelve ("more than ten", "fewer than 15", "some 12", "about a dozen") is not read. "More than 12
// countries have joined NATO since it was founded" is no founding ("joined"). Not with another body or a supposition in
// the sentence, and "the alliance" only with NATO named in the sentence or just before it.
//
// The confirmations the count's readers made of the number after a bound are withdrawn (withholdBoundedFounders): the
// count told is not the one they confirmed.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { factRange, formatDay } from '../dates';
import { sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import { compiledOnFirstRun } from '../triggers';

// The bounds and the counts read, written once: the readers below and withholdBoundedFounders share them.
const BOUND_WORDS = String.raw`more\s+than|over|upwards\s+of|in\s+excess\s+of|fewer\s+than|less\s+than`;
const COUNT_WORDS = String.raw`\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|a\s+dozen`;
const BOUND = String.raw`([Mm]ore\s+than|[Oo]ver|[Uu]pwards\s+of|[Ii]n\s+excess\s+of|[Ff]ewer\s+than|[Ll]ess\s+than)`;
const COUNT = `(${COUNT_WORDS})`;
const NOUN = String.raw`(?:(?:founding\s+|original\s+|Western\s+|democratic\s+)?(?:nations|countries|states|member\s+states|members|signatories|allies))`;
const NATO_OBJ = String.raw`(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation|the\s+(?:North\s+)?Atlantic\s+[Aa]lliance|the\s+(?:military\s+|transatlantic\s+)?[Aa]lliance)\b(?!['\u2019])`;
const TREATY = String.raw`(?:the\s+)?(?:North\s+Atlantic|Washington)\s+Treaty\b(?!\s+Organi)`;
// An aside between the count and the verb: "Over 12 countries, including the US, the UK, Canada, and France, established".
const ASIDE = String.raw`(?:,\s+(?:including|among\s+them|led\s+by|such\s+as)\s+[^.;:!?]{3,90}?,|\s+(?:from|in|on\s+both\s+sides\s+of)\s+[^.;:!?,]{3,40}?)?`;
const FOUND_VERB = String.raw`(?:(?:jointly|formally|officially|originally|together)\s+)?(?:founded|formed|created|established|set\s+up|launched|came\s+together\s+to\s+(?:form|found|create|establish))`;
// The count first: the founders as the subject.
const COUNT_FIRST_RE = new RegExp(
  String.raw`\b${BOUND}\s+${COUNT}\s+${NOUN}${ASIDE}\s+(?:(?:had|have)\s+)?(?:${FOUND_VERB}\s+${NATO_OBJ}|(signed)\s+${TREATY})`,
  'g',
);
// The count after "by": NATO or its treaty as the subject.
const COUNT_AFTER_BY_RE = new RegExp(
  String.raw`\b(?:(NATO|Nato|[Tt]he\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation|[Tt]he\s+(?:North\s+)?Atlantic\s+[Aa]lliance|[Tt]he\s+[Aa]lliance)(?:\s*\([^()]{1,50}\))?(?:,\s+which)?\s+(?:was\s+)?(?:originally\s+|first\s+)?(?:founded|formed|created|established|set\s+up)|(${TREATY})(?:,\s+which)?\s+(?:was\s+)?(?:originally\s+|first\s+)?signed)(?:\s+in\s+Washington(?:,?\s+D\.?\s?C\.?)?)?(?:\s+(?:in|on)\s+(?:[\w,]+\s+){0,2}?1949,?)?\s+by\s+${BOUND}\s+${COUNT}\s+${NOUN}`,
  'g',
);
const GATE_RE = compiledOnFirstRun(/\b(?:[Mm]ore\s+than|[Oo]ver|[Uu]pwards|[Ee]xcess|[Ff]ewer|[Ll]ess\s+than)\b/);
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic)\b/;
const OTHER_BODY_RE =
  /\b(?:EU|European\s+(?:Union|Community|Economic\s+Community)|EEC|Brussels\s+Treaty|Treaty\s+of\s+Brussels|Western\s+Union|Dunkirk|Warsaw\s+Pact|United\s+Nations|UN|OSCE|Council\s+of\s+Europe|SEATO|CENTO|ANZUS|AUKUS|BRICS|G7|G-7|Partnership\s+for\s+Peace|protocols?|accession)\b/;
const YEAR_RE = /\b(?:1[89]|20)\d\d\b/g;

const BOUNDED_MESSAGE = 'Not so: NATO was founded by exactly 12 countries, not';
const FOUNDING_FACT =
  'NATO was founded by the 12 countries that signed the North Atlantic Treaty on April 4, 1949: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.';

/** Whether a count with a bound leaves out twelve: "more than 12" (or 14), "fewer than 12" (or ten). */
function excludesTwelve(bound: string, n: number): boolean {
  return /^(?:more|over|upwards|in\s+excess)/i.test(bound) ? n >= 12 : n <= 12;
}

const countOf = (written: string) => (/dozen/i.test(written) ? 12 : numberFrom(written));

function boundedFounders(doc: Doc): Annotation[] {
  const text = doc.text;
  if (!GATE_RE.test(text) || !/\b(?:\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|dozen)\b/i.test(text)) return [];
  const founders = doc.facts.base.jurisdictions.filter((j) => j.nato && factRange(j.nato.joined).first.startsWith('1949'));
  if (founders.length !== 12) return [];
  const sure = founders.every((j) => j.nato!.confidence === 'verified');
  const sources = sourcesOfAll(founders.map((j) => j.nato)).slice(0, 3);
  const out: Annotation[] = [];
  for (const re of [COUNT_FIRST_RE, COUNT_AFTER_BY_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const first = re === COUNT_FIRST_RE;
      const bound = first ? m[1] : m[3];
      const written = first ? m[2] : m[4];
      const n = countOf(written);
      if (!Number.isFinite(n) || !excludesTwelve(bound, n)) continue;
      const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
      if (!sentence) continue;
      const words = text.slice(sentence.start, sentence.end);
      if (OTHER_BODY_RE.test(words) || HYPOTHETICAL_RE.test(words) || /\b(?:not|never|n['\u2019]t)\b/.test(words)) continue;
      // Any year told is the founding's.
      if ([...words.matchAll(YEAR_RE)].some((y) => y[0] !== '1949')) continue;
      // A signing of the treaty is the founders' only in 1949.
      const signing = first ? !!m[3] : !!m[6];
      if (signing && !/\b1949\b/.test(words)) continue;
      // "the alliance": NATO named in the sentence or just before it.
      const before = text.slice(Math.max(0, sentence.start - 300), sentence.start);
      if (!NATO_NAMED_RE.test(m[0]) && !NATO_NAMED_RE.test(words) && !(NATO_NAMED_RE.test(before) && !OTHER_BODY_RE.test(before))) continue;
      const start = m.index;
      const end = m.index + m[0].length;
      const told = `${bound.toLowerCase().replace(/\s+/g, ' ')} ${written.replace(/\s+/g, ' ')}`;
      out.push(
        historyAnnotation(
          doc,
          { start, end },
          'membership',
          sure ? 'contradicted' : 'context',
          `${BOUNDED_MESSAGE} ${told}; they signed the North Atlantic Treaty on ${formatDay(doc.facts.base.figures.founding.signed)}.`,
          FOUNDING_FACT,
          ['nato-founders'],
          sources,
        ),
      );
    }
  }
  return out;
}

export const foundersBoundDetector: ClaimDetector = {
  kind: 'membership',
  // NATO named in the sentence or just before it, which the lexicon matches: no words of its own.
  triggers: [],
  find: boundedFounders,
};

// The bound right before a confirmed count's first words, or inside them before the count ("founded by more than 12").
const BOUND_BEFORE_RE = new RegExp(String.raw`\b(?:${BOUND_WORDS})\s+$`, 'i');
const BOUND_INSIDE_RE = new RegExp(String.raw`\bby\s+(${BOUND_WORDS})\s+(${COUNT_WORDS})\b`, 'i');
const LEADING_COUNT_RE = new RegExp(String.raw`^(?:the\s+)?(?:${COUNT_WORDS})\b`, 'i');

/**
 * Confirmations of the founders' count or of the founding whose words give the count with a bound that leaves out twelve
 * ("More than 12 countries founded NATO" was confirmed as "12 countries founded NATO"), or that hold this reader's red
 * flag: not confirmed as a whole. Asked of confirmations whose record is the founders or the founding only.
 */
export function withholdBoundedFounders(text: string, found: Annotation[]): void {
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    if (!a.factIds.includes('nato-founders') && !a.factIds.includes('nato-founding')) continue;
    if (a.verdict === 'contradicted' && a.factIds.includes('nato-founders') && !a.message.startsWith(BOUNDED_MESSAGE)) {
      // The other readers' red flag on the number after a bound that twelve fits: "More than ten countries founded NATO",
      // "Fewer than 15 countries signed the North Atlantic Treaty in 1949" are true.
      const count = LEADING_COUNT_RE.exec(a.quote);
      const bound = count && BOUND_BEFORE_RE.exec(text.slice(Math.max(0, a.start - 20), a.start));
      if (!count || !bound) continue;
      if (!excludesTwelve(bound[0].trim(), countOf(count[0].replace(/^the\s+/i, ''))))
        found[i] = {
          ...a,
          verdict: 'context',
          message: `The count is told as a bound ("${bound[0].trim()} ${count[0]}") that NATO's 12 founders fit. On record: ${a.fact}`,
        };
      // The number after the bound, flagged again inside this reader's red flag ("Fewer than ten countries founded ..."): one.
      else if (found.some((b) => b !== a && b.message.startsWith(BOUNDED_MESSAGE) && b.start <= a.start && a.end <= b.end))
        found[i] = { ...a, verdict: 'context', message: `Judged with its bound ("${bound[0].trim()} ${count[0]}"). On record: ${a.fact}` };
      continue;
    }
    if (a.verdict !== 'supported') continue;
    let told: string | null = null;
    const lead = LEADING_COUNT_RE.exec(a.quote);
    const bound = lead && BOUND_BEFORE_RE.exec(text.slice(Math.max(0, a.start - 20), a.start));
    if (lead && bound && excludesTwelve(bound[0].trim(), countOf(lead[0].replace(/^the\s+/i, '')))) told = `${bound[0].trim()} ${lead[0]}`;
    const inside = BOUND_INSIDE_RE.exec(a.quote);
    if (!told && inside && excludesTwelve(inside[1], countOf(inside[2]))) told = `${inside[1]} ${inside[2]}`;
    // Overlapping this reader's red flag ("Over 12 countries, ..., established NATO" and "established NATO in 1949").
    const red = told
      ? null
      : found.find((b) => b.verdict !== 'supported' && b.message.startsWith(BOUNDED_MESSAGE) && b.start < a.end && a.start < b.end);
    if (red) told = red.quote;
    if (told)
      found[i] = {
        ...a,
        verdict: 'context',
        message: `Not confirmed as a whole: the count told ("${told}") is not right. On record: ${a.fact}`,
      };
  }
}
