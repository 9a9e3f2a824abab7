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
import { namesIn } from './accession-lists';
import { foundersGrowth } from './member-count-from-founders';
import { compiledOnFirstRun } from '../triggers';

const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const DATE = `((?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTHS}\\s+|${MONTHS}\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?)?1949)\\b`;
// "a military alliance founded in 1949", "the alliance, which was established on 4 April 1949", "an alliance created in 1949".
const ALLIANCE_FOUNDED_RE = new RegExp(
  `\\b[Aa]lliance(?:\\s*,)?\\s+(?:(?:that|which)\\s+)?(?:was\\s+|had\\s+been\\s+)?(?:officially\\s+|formally\\s+|originally\\s+|first\\s+)?(?:founded|established|created|formed|set\\s+up|born|launched)\\s+(?:(?:way|all\\s+the\\s+way)\\s+back\\s+|back\\s+)?(?:in|on)\\s+${DATE}`,
  'g',
);
// Round 41: the alliance named, then its founding told of "it" in a clause of time: "looking back on the journey of this
// Alliance since it started in 1949" (held-out 39 sh021, April 2024), "NATO has kept the peace since it was founded in 1949".
// The claim is the clause, from its conjunction.
const IT_FOUNDED_RE = new RegExp(
  `\\b(?:NATO|Nato|[Aa]lliance)\\b[^.;:!?]{0,80}?\\b((?:since|when|after|before|ever\\s+since)\\s+it\\s+(?:was\\s+)?(?:first\\s+)?(?:founded|established|created|formed|started|began|set\\s+up|born|launched)\\s+(?:in|on)\\s+${DATE.replace(/^\(/, '(?:')})`,
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
// Round 40's forms (foundingForms): a count of twelve, the Second World War, the place the treaty was signed.
const FORMS_GATE_RE = compiledOnFirstRun(/\b(?:12|[Tt]welve|dozen|World\s+War|WWII|WW2|where\s+it\s+was\s+signed)\b/);
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
const UNSURE_RE = /\b(?:not|never|n['\u2019]t|if|would|could|might|whether|unless)\b|\?/i;

const founders = memoByFacts((facts, _: 'all') => {
  const list = facts.base.jurisdictions.filter((j) => j.nato?.joined.startsWith('1949'));
  return { count: list.length, sources: sourcesOfAll(list.map((j) => j.nato!)).slice(0, 3) };
}, 1);

type Founding = Doc['facts']['base']['figures']['founding'];

/** A date told with "1949" fits the founding unless it names another day or month than the treaty's signature or entry into force. */
function dayOfFounding(told: string): boolean {
  const day = told.replace(/(\d)(?:st|nd|rd|th)\b/, '$1').replace(/\bof\s+/, '');
  return !/[A-Z]/.test(day) || /April 4\b|August 24\b|\b4 April|\b24 August|^(?:April|August) 1949$/.test(day);
}

function foundingConfirmed(start: number, end: number, quote: string, founding: Founding): Annotation {
  return {
    start,
    end,
    quote,
    verdict: 'supported',
    kind: 'figure',
    factIds: ['nato-founding'],
    message: 'NATO was founded in 1949.',
    fact: `The North Atlantic Treaty was signed on ${formatDay(founding.signed)} and came into force on ${formatDay(founding.inForce)}.`,
    sources: sourcesOf(founding),
  };
}

function findFounding(doc: Doc): Annotation[] {
  const text = doc.text;
  const out: Annotation[] = FOUNDER_GATE_RE.test(text) ? foundersCalled(doc) : [];
  if (FORMS_GATE_RE.test(text)) out.push(...foundingForms(doc));
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
      if (/^\s*(?:It|This)(?:\s+(?:is|was)|['\u2019]s)\s/.test(c.words)) continue;
      if (!dayOfFounding(m[1])) continue;
      out.push(foundingConfirmed(m.index, m.index + m[0].length, m[0], founding));
    }
  }
  if (text.includes('1949') && text.includes(' it ')) {
    const founding = doc.facts.base.figures.founding;
    IT_FOUNDED_RE.lastIndex = 0;
    for (let m = IT_FOUNDED_RE.exec(text); m; m = IT_FOUNDED_RE.exec(text)) {
      const start = m.index + m[0].length - m[1].length;
      const end = m.index + m[0].length;
      const c = clear(start);
      if (!c || m.index < c.s.start || out.some((o) => o.start < end && start < o.end)) continue;
      // The date written, as above: a day other than the treaty's signature or entry into force says nothing.
      if (!dayOfFounding(m[1].replace(/^.*?\s(?:in|on)\s+/, ''))) continue;
      out.push(foundingConfirmed(start, end, text.slice(start, end), founding));
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

// Round 40 (confirmations by volume). The founding told in forms the readers above and figure*.ts, member-count-forms.ts
// leave: (1) the twelve founders as the signers of "the treaty" with their list as an aside, or as the treaty's first
// members: "Twelve states – Belgium, Canada, ..., the United States – signed the treaty" (held-out 36 qr003), "12 countries in
// Western Europe and North America – wartime allies the United States, ... – signed the North Atlantic Treaty" (qr009),
// "The treaty originally had 12 member nations" (qv001), "There were 12 signatory states to the military treaty" (jd030),
// "a dozen nations endorsed the North Atlantic Treaty" (kd010); (2) the founding told as after the Second World War: "NATO
// ... was founded in the aftermath of World War II" (qr003), "The alliance started shortly after World War II" (qv002);
// (3) the treaty's place without its year: "the North Atlantic Treaty, in Washington DC, where it was signed" (qr003).
// Confirm only, never a count other than twelve, a listed country that did not found NATO, another body in the sentence,
// another year than 1949, a negation or a supposition.
const SIGN_NOUN =
  '(?:member\\s+(?:states|countries|nations)|founding\\s+(?:members|states|countries|nations)|original\\s+(?:members|states|countries|nations)|members|countries|nations|states|signatories|signatory\\s+(?:states|countries|nations))';
const TREATY_OBJ =
  '(?:the\\s+)?(?:(North\\s+Atlantic|Washington)\\s+Treaty(?!\\s+Organi)|(?:founding\\s+|military\\s+|defen[cs]e\\s+|original\\s+)?(?:[Tt]reaty|[Pp]act)\\b|(NATO|Nato)\\b|(?:military\\s+)?[Aa]lliance\\b)';
// (1a) the count, a place it is from, an aside (dashes, brackets) and the verb.
const SIGNERS_ASIDE_RE = new RegExp(
  `\\b(12|[Tt]welve|[Aa]\\s+dozen)\\s+${SIGN_NOUN}(?:\\s+(?:in|from|of|on\\s+both\\s+sides\\s+of)\\s+[^–—(),.;:]{3,50}?)?(\\s*[–—]\\s*[^–—.;:!?]{5,300}?\\s*[–—]\\s*|\\s*\\([^()]{5,300}\\)\\s*|\\s+)(?:(?:had|have)\\s+)?(?:(?:formally|originally|jointly|together|first)\\s+)?(signed|endorsed|founded|created|formed|established)\\s+${TREATY_OBJ}`,
  'g',
);
// (1b) the treaty told with its first members or signatories.
const TREATY_HAD_RE = new RegExp(
  `\\b(?:[Tt]he\\s+(?:(?:North\\s+Atlantic|Washington|military|founding)\\s+)?(?:[Tt]reaty|[Pp]act)\\s+(?:(?:originally|initially|first|at\\s+first)\\s+(?:had|comprised|included|counted|united|brought\\s+together)|(?:was\\s+)?(?:originally|initially|first)\\s+signed\\s+by|was\\s+signed\\s+(?:originally|initially|first)\\s+by)\\s+(?:12|twelve|a\\s+dozen)\\s+${SIGN_NOUN}|[Tt]here\\s+were\\s+(?:12|twelve)\\s+(?:original\\s+|founding\\s+)?(?:signatory\\s+(?:states|countries|nations)|signatories|signing\\s+(?:states|countries|nations))\\s+(?:to|of)\\s+the\\s+(?:(North\\s+Atlantic|Washington)\\s+Treaty|(?:military\\s+|founding\\s+|defen[cs]e\\s+)?[Tt]reaty))\\b`,
  'g',
);
// (2) after the Second World War.
const AFTER_WW2_RE =
  /\b(?:founded|created|formed|established|set\s+up|born|launched|started|began|forged)\s+(?:(?:shortly|soon|just|immediately|four\s+years|a\s+few\s+years|in\s+the\s+years)\s+)?(?:after|following|in\s+the\s+(?:aftermath|wake)\s+of)\s+(?:the\s+end\s+of\s+)?(?:World\s+War\s+(?:II|2|Two)|WWII|WW2|WW\s+II|the\s+Second\s+World\s+War)\b/g;
// Right before the verb: NATO or the alliance as the subject, with an aside of its name and "was".
const WW2_SUBJECT_RE =
  /(?:\b(NATO|Nato|North\s+Atlantic\s+Treaty\s+Organi[sz]ation)|\b(?:[Tt]he|[Aa]n?)\s+(?:(?:[Ww]estern|[Mm]ilitary|[Dd]efen[cs]e|[Tt]ransatlantic|[Aa]tlantic|[Pp]olitical|and|intergovernmental|security)\s+){0,3}(?:[Aa]lliance|[Oo]rgani[sz]ation|bloc))(?:\s*\([^()]{1,60}\))?(?:\s*,\s*[^,.;]{1,80},)?\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|had\s+been)\s+)?(?:(?:originally|initially|first|officially|formally)\s+)?$/;
// (3) the place, the treaty named before it.
const WHERE_SIGNED_RE =
  /\b(?:North\s+Atlantic|Washington)\s+Treaty\b(?!\s+Organi)[^.;!?]{0,40}?,\s+in\s+Washington(?:,?\s+D\.?\s?C\.?)?,\s+where\s+it\s+was\s+signed\b/g;
const FOUNDING_1949_ONLY = (words: string) => [...words.matchAll(/\b(?:1[89]|20)\d{2}\b/g)].every((y) => y[0] === '1949');

function foundingForms(doc: Doc): Annotation[] {
  const text = doc.text;
  const out: Annotation[] = [];
  const founding = doc.facts.base.figures.founding;
  if (founding.confidence !== 'verified') return out;
  const signed = `The North Atlantic Treaty was signed on ${formatDay(founding.signed)} and came into force on ${formatDay(founding.inForce)}.`;
  const sentenceOf = (at: number) => doc.sentences.find((s) => s.start <= at && at < s.end);
  const natoBefore = (s: { start: number; end: number }) => NATO_NAMED_RE.test(text.slice(Math.max(0, s.start - 300), s.end));
  const push = (
    start: number,
    end: number,
    kind: Annotation['kind'],
    message: string,
    fact: string,
    factIds: string[],
    sources: Annotation['sources'],
  ) => {
    if (!out.some((o) => o.start < end && start < o.end))
      out.push({ start, end, quote: text.slice(start, end), verdict: 'supported', kind, factIds, message, fact, sources });
  };
  // (1) the twelve founders.
  const { count, sources } = founders(doc.facts, 'all');
  if (count === 12 && /\b(?:12|[Tt]welve|dozen)\b/.test(text) && /\b(?:[Tt]reaty|[Pp]act|NATO|Nato|[Aa]lliance)\b/.test(text)) {
    const founderCount = (start: number, end: number) =>
      push(
        start,
        end,
        'membership',
        'NATO had 12 founding members.',
        'The North Atlantic Treaty was signed by 12 countries on April 4, 1949: NATO had 12 founding members.',
        ['nato-founders'],
        sources,
      );
    SIGNERS_ASIDE_RE.lastIndex = 0;
    for (let m = SIGNERS_ASIDE_RE.exec(text); m; m = SIGNERS_ASIDE_RE.exec(text)) {
      const s = sentenceOf(m.index);
      if (!s) continue;
      const words = text.slice(s.start, s.end);
      if (OTHER_BODY_RE.test(words) || UNSURE_RE.test(words) || !FOUNDING_1949_ONLY(words) || GROWTH_RE.test(words)) continue;
      const aside = m[2].trim();
      const named = !!(m[4] || m[5]);
      // "Twelve countries signed the North Atlantic Treaty", "12 countries founded NATO": read by member-count-forms.ts and
      // figure-forms.ts; a dozen, "endorsed" or an aside is this reader's.
      if (!aside && named && !/dozen/i.test(m[1]) && m[3] !== 'endorsed') continue;
      if (!named && !natoBefore(s)) continue;
      // The aside's countries: all of them founders, or say nothing.
      if (aside) {
        const at = m.index + m[0].indexOf(m[2]);
        const listed = namesIn(doc, { start: at, end: at + m[2].length });
        if (listed.some((n) => !n.country.nato?.joined.startsWith('1949'))) continue;
      }
      founderCount(m.index, m.index + m[0].length);
    }
    TREATY_HAD_RE.lastIndex = 0;
    for (let m = TREATY_HAD_RE.exec(text); m; m = TREATY_HAD_RE.exec(text)) {
      const s = sentenceOf(m.index);
      if (!s) continue;
      const words = text.slice(s.start, s.end);
      if (OTHER_BODY_RE.test(words) || UNSURE_RE.test(words) || !FOUNDING_1949_ONLY(words) || GROWTH_RE.test(words)) continue;
      if (!m[1] && !natoBefore(s)) continue;
      founderCount(m.index, m.index + m[0].length);
    }
  }
  // (2) after the Second World War.
  if (/W(?:ar|W)/.test(text)) {
    AFTER_WW2_RE.lastIndex = 0;
    for (let m = AFTER_WW2_RE.exec(text); m; m = AFTER_WW2_RE.exec(text)) {
      const s = sentenceOf(m.index);
      if (!s) continue;
      const words = text.slice(s.start, s.end);
      if (OTHER_BODY_RE.test(words) || UNSURE_RE.test(words) || !FOUNDING_1949_ONLY(words)) continue;
      const subject = WW2_SUBJECT_RE.exec(text.slice(s.start, m.index));
      if (!subject) continue;
      // The alliance or the organisation: NATO named in the sentence or just before, no other body just before.
      if (!subject[1] && (!natoBefore(s) || OTHER_BODY_RE.test(text.slice(Math.max(0, s.start - 300), s.start)))) continue;
      push(
        m.index,
        m.index + m[0].length,
        'figure',
        `NATO was founded on ${formatDay(founding.signed)}, four years after the end of the Second World War (1945).`,
        signed,
        ['nato-founding'],
        sourcesOf(founding),
      );
    }
  }
  // (3) the treaty signed in Washington.
  if (text.includes('where it was signed')) {
    WHERE_SIGNED_RE.lastIndex = 0;
    for (let m = WHERE_SIGNED_RE.exec(text); m; m = WHERE_SIGNED_RE.exec(text)) {
      const s = sentenceOf(m.index);
      if (!s) continue;
      const words = text.slice(s.start, s.end);
      // A year only in the match (a dateline may head the sentence: "April 4, 2019 -- ... where it was signed", qr003).
      if (UNSURE_RE.test(words) || !FOUNDING_1949_ONLY(m[0]) || /\b(?:protocols?|accession)\b/i.test(m[0])) continue;
      const start = m.index + m[0].lastIndexOf('in Washington');
      push(
        start,
        m.index + m[0].length,
        'figure',
        `The North Atlantic Treaty was signed in Washington on ${formatDay(founding.signed)}.`,
        signed,
        ['nato-founding'],
        sourcesOf(founding),
      );
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
    // Round 40: "a dozen nations endorsed the treaty", "the alliance started shortly after World War II".
    { words: ['treaty', 'pact', 'signatory', 'signatories'], marks: ['12', 'twelve', 'dozen'] },
    { words: ['alliance', 'organization', 'organisation'], marks: ['World War', 'WWII', 'WW2'] },
  ],
  find(doc) {
    const out = findFounding(doc);
    // Round 46, confirm-only, where nothing above confirmed the same words: NATO's size told as a growth from its twelve
    // founders (member-count-from-founders.ts).
    for (const a of foundersGrowth(doc)) if (!out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
    return out;
  },
};
