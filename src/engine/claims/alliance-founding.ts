// Round 38 (confirmations by volume). NATO's founding told of "an alliance" or with its twelve founders, where the readers
// that need the name NATO (figure.ts, membership-founders.ts) find nothing: "a military alliance founded in 1949", "an
// alliance created in 1949", "a political and military alliance established in 1949", "since the military alliance was
// founded in 1949"; "At the time of its founding in 1949, the alliance still consisted of twelve members", "Initially, 12
// countries joined the alliance", "The original 12 countries signed a pact in 1949", "After its formation in 1949 with
// twelve founding members", "the original 12 NATO Allies". Held-out 25–36 had a dozen such true quotes left unconfirmed, and a
// page judged paragraph by paragraph often names NATO only in a paragraph before.
//
// Confirm only, and only what no other body fits:
//   - a founding date told of an alliance is confirmed when it is 1949 (the day, if told, 4 April or 24 August): no other
//     alliance of note was founded that year; another year says nothing here (the Warsaw Pact was founded in 1955);
//   - a count of founders is confirmed when it is twelve and the sentence ties it to NATO: NATO, the alliance or allies in
//     it (or NATO in the 300 characters before): the Antarctic Treaty had twelve original signatories too;
//   - no other alliance or body named in the sentence, no negation or supposition.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { sourcesOf, sourcesOfAll } from '../holders';
import { formatDay } from '../dates';
import { memoByFacts } from '../memo';

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = `((?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTHS}\\s+|${MONTHS}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?1949)\\b`;
// "a military alliance founded in 1949", "the alliance, which was established on 4 April 1949", "an alliance created in 1949".
const ALLIANCE_FOUNDED_RE = new RegExp(
  `\\b[Aa]lliance(?:\\s*,)?\\s+(?:(?:that|which)\\s+)?(?:was\\s+|had\\s+been\\s+)?(?:officially\\s+|formally\\s+|originally\\s+|first\\s+)?(?:founded|established|created|formed|set\\s+up|born|launched)\\s+(?:(?:way|all\\s+the\\s+way)\\s+back\\s+|back\\s+)?(?:in|on)\\s+${DATE}`,
  'g',
);
const NOUN = '(?:member\\s+states|member\\s+countries|member\\s+nations|members|countries|nations|states|allies|Allies|signatories)';
const TWELVE = '(?:12|twelve|Twelve)';
const FOUNDERS_RES: RegExp[] = [
  // "the original 12 NATO Allies", "twelve founding NATO members": NATO inside the phrase, which membership-founders.ts does
  // not read (it reads "the 12 founding members of NATO/the alliance" and "NATO's 12 founding members").
  new RegExp(`\\b(?:(?:original|founding)\\s+${TWELVE}|${TWELVE}\\s+(?:original|founding))\\s+NATO\\s+${NOUN}\\b`, 'g'),
  // "Originally comprising 12 members", "Initially, 12 countries joined the alliance", "In the beginning, the organisation
  // consisted of 12 member states", "At the time of its founding in 1949, the alliance still consisted of twelve members".
  new RegExp(
    `\\b(?:[Oo]riginally|[Ii]nitially|[Ii]n\\s+the\\s+beginning|[Aa]t\\s+(?:the\\s+time\\s+of\\s+)?its\\s+(?:founding|creation|formation|establishment|inception|birth)(?:\\s+in\\s+1949)?)\\b,?\\s+(?:[^.;:!?]{0,60}?\\s)?${TWELVE}\\s+${NOUN}\\b`,
    'g',
  ),
];
const GATE_RE = /\b(?:1949|12|[Tt]welve)\b/;
// A country called one of NATO's founders in the forms accession.ts's founderClaims does not read: an aside between the
// country and the verb ("Portugal, as you know, is a founding member of NATO", held-out 36 qq026), "as a founding member"
// ("the Netherlands as a founding member of NATO", held-out 35 qc021), a title-cased noun ("Italy, a Founding Country of
// the Atlantic Alliance", held-out 36 qq008). Confirm only: a later member called a founder is founderClaims' to flag in
// its own forms, and here says nothing.
const FOUNDER_GATE_RE = /\b[Ff]ounding\s+(?:[Mm]ember|[Cc]ountr|[Nn]ation|[Ss]tate|[Aa]ll)/;
const FOUNDER_NOUN =
  '(?:[Ff]ounding\\s+(?:[Mm]embers?(?:\\s+(?:[Ss]tates?|[Cc]ountr(?:y|ies)|[Nn]ations?))?|[Cc]ountr(?:y|ies)|[Nn]ations?|[Ss]tates?|[Aa]ll(?:y|ies)))';
const OF_NATO =
  '(?:NATO|Nato|the\\s+(?:North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|(?:North\\s+)?Atlantic\\s+[Aa]lliance|[Aa]lliance))\\b';
const FOUNDER_CALLED_RE = new RegExp(
  `^(?:,\\s+(?:as\\s+you\\s+(?:all\\s+)?know|of\\s+course|after\\s+all|too|also|indeed|remember)\\s*,\\s+(?:is|was)\\s+(?:also\\s+)?|\\s+as\\s+|,\\s+|\\s+(?:is|was)\\s+(?:also\\s+)?)(?:a|one\\s+of\\s+the)\\s+(${FOUNDER_NOUN})\\s+of\\s+${OF_NATO}`,
);
// With 1949 alone the count is membership-founders.ts's and accession.ts's ("The original 12 countries signed a pact in 1949").
const NATO_TIED_RE = /\b(?:NATO|Nato|North\s+Atlantic|[Aa]lliance|[Aa]llies|[Aa]llied)\b/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North\s+Atlantic(?:\s+Treaty|\s+[Aa]lliance)?)\b/;
const OTHER_BODY_RE =
  /\b(?:EU|E\.U\.|European\s+(?:Union|Community|Economic\s+Community|Council)|EEC|eurozone|euro|Schengen|UN|U\.N\.|United\s+Nations|Antarctic\w*|Council\s+of\s+Europe|OSCE|CSCE|OPEC|ASEAN|Commonwealth|CIS|[Ll]eague|Warsaw|SEATO|CENTO|ANZUS|AUKUS|Rio\s+Pact|Baghdad\s+Pact|Balkan\s+Pact|Brussels\s+Treaty|Western\s+Union|Comecon|COMECON|CSTO|Shanghai|BRICS|G7|G-7|OECD|OAS|African\s+Union|Arab)\b/;
const NATO_IS_BEFORE_RE = /\b(?:NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)\b(?:\s*\([^)]{1,50}\))?\s+is\s+an?\s+[^,.;]{0,40}$/;
const GROWTH_RE = /\bfrom\s+(?:the\s+|its\s+)?(?:original\s+|founding\s+)?(?:12|twelve)\b[^.;]{0,40}?\bto\s+(?:\d|thirty|twenty)/i;
const UNSURE_RE = /\b(?:not|never|n['’]t|if|would|could|might|whether|unless)\b|\?/i;

const founders = memoByFacts((facts, _: 'all') => {
  const list = facts.base.jurisdictions.filter((j) => j.nato?.joined.startsWith('1949'));
  return { count: list.length, sources: sourcesOfAll(list.map((j) => j.nato!)).slice(0, 3) };
}, 1);

function findFounding(doc: Doc): Annotation[] {
  const text = doc.text;
  const out: Annotation[] = FOUNDER_GATE_RE.test(text) ? foundersCalled(doc) : [];
  if (!GATE_RE.test(text)) return out;
  const sentenceOf = (at: number) => doc.sentences.find((s) => s.start <= at && at < s.end);
  const clear = (at: number) => {
    const s = sentenceOf(at);
    const words = s ? text.slice(s.start, s.end) : '';
    return s && !OTHER_BODY_RE.test(words) && !UNSURE_RE.test(words) ? { s, words } : null;
  };
  if (text.includes('1949')) {
    const founding = doc.facts.base.figures.founding;
    ALLIANCE_FOUNDED_RE.lastIndex = 0;
    for (let m = ALLIANCE_FOUNDED_RE.exec(text); m; m = ALLIANCE_FOUNDED_RE.exec(text)) {
      // "the alliance was founded in 1949" is figure.ts's (FOUNDED_RES).
      if (/\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
      const c = clear(m.index);
      if (!c) continue;
      // "NATO (North Atlantic Treaty Organization) is a political and military alliance established in 1949": figure.ts's.
      if (NATO_IS_BEFORE_RE.test(text.slice(c.s.start, m.index))) continue;
      // "It's a military alliance that was formed way back in 1949" after NATO is named: the reader of the alliance told as
      // "It" or "This" (figure.ts) judges the whole sentence; a second, shorter confirmation would underline it twice.
      if (/^\s*(?:It|This)(?:\s+(?:is|was)|['’]s)\s/.test(c.words)) continue;
      const day = m[1].replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(/\bof\s+/, '');
      if (/[A-Z]/.test(day) && !/April 4\b|August 24\b|\b4 April|\b24 August|^(?:April|August) 1949$/.test(day)) continue;
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        quote: m[0],
        verdict: 'supported',
        kind: 'figure',
        factIds: ['nato-founding'],
        message: 'NATO was founded in 1949.',
        fact: `The North Atlantic Treaty was signed on ${formatDay(founding.signed)} and came into force on ${formatDay(founding.inForce)}.`,
        sources: sourcesOf(founding),
      });
    }
  }
  const { count, sources } = founders(doc.facts, 'all');
  if (count !== 12) return out;
  for (const re of FOUNDERS_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((o) => o.start < end && start < o.end)) continue;
      const c = clear(start);
      if (!c) continue;
      // With NATO named in the sentence or just before it, the count is membership-founders.ts's and accession.ts's (unless
      // NATO stands inside the phrase: "the original 12 NATO Allies"); without, the alliance or allies tie it to NATO.
      const inside = re === FOUNDERS_RES[0];
      if (!inside && NATO_NAMED_RE.test(text.slice(Math.max(0, c.s.start - 300), c.s.end))) continue;
      if (!inside && !NATO_TIED_RE.test(c.words)) continue;
      // "grew from twelve founding members to 32 allies": the growth's readers (member-count-growth.ts) take it.
      if (GROWTH_RE.test(c.words)) continue;
      out.push({
        start,
        end,
        quote: m[0],
        verdict: 'supported',
        kind: 'membership',
        factIds: ['nato-founders'],
        message: 'NATO had 12 founding members.',
        fact: 'The North Atlantic Treaty was signed by 12 countries on April 4, 1949: NATO had 12 founding members.',
        sources,
      });
    }
  }
  return out;
}

function foundersCalled(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  for (const q of doc.matches) {
    const country = q.values.find((v) => v.type === 'qualifier') as { jurisdiction?: string } | undefined;
    if (!country?.jurisdiction) continue;
    const m = FOUNDER_CALLED_RE.exec(doc.text.slice(q.end, q.end + 120));
    if (!m) continue;
    // Only what founderClaims leaves: an aside, "as a", or a title-cased noun.
    const aside = /^,\s+(?:as|of|after|too|also|indeed|remember)\b/.test(m[0]) || /^\s+as\s/.test(m[0]);
    if (!aside && !/^[A-Z]/.test(m[1])) continue;
    const j = doc.facts.jurisdictions.get(country.jurisdiction);
    if (!j?.nato || !j.nato.joined.startsWith('1949')) continue;
    const sentence = doc.sentences.find((x) => x.start <= q.start && q.start < x.end);
    if (!sentence || UNSURE_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    const end = q.end + m[0].length;
    const message = `${j.name} is one of NATO's 12 founding members (North Atlantic Treaty signed April 4, 1949).`;
    out.push({
      start: q.start,
      end,
      quote: doc.text.slice(q.start, end),
      verdict: 'supported',
      kind: 'membership',
      factIds: [j.id],
      message,
      fact: message,
      sources: sourcesOf(j.nato),
    });
  }
  return out;
}

export const allianceFoundingDetector: ClaimDetector = {
  kind: 'figure',
  // The founding's words with its year or its count ("an alliance founded in 1949", "the original 12 countries").
  triggers: [
    {
      words: ['alliance', 'allies', 'original', 'originally', 'initially', 'founding', 'founded', 'beginning'],
      marks: ['1949', '12', 'twelve'],
    },
  ],
  find: findFounding,
};
