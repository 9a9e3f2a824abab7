// NATO's founders counted, in the phrasings that can only mean all of them (read by membership.ts):
// "The 12 nations that formed NATO did so ..." (DoD News, April 2019), "On 4 April, 1949, 12 nations
// signed the Washington Treaty, creating NATO" (nato.int, April 2015), "On April 4, 1949, 12 countries
// signed the North Atlantic Treaty" (Islander News, April 2022), "the 12 founding members of NATO",
// "NATO's twelve original members". Twelve is right; another count is a contradiction, since the
// founding is fixed in the past and each phrase says it is the whole of them.
//
// Not "the 10 European nations that founded NATO" (a part: an adjective between count and noun is
// not read) nor "12 countries signed" with no treaty of 1949 in sight (accession.ts confirms that
// loosely). "the alliance" as the object must have NATO named near it and no other body.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange } from '../dates';
import { sourcesOfAll } from '../holders';
import { numberFrom } from '../numbers';
import { HYPOTHETICAL_RE } from './history-common';

const NUM = '(\\d{1,2}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)';
const CAPITAL_NUM = NUM.replace(/\|([a-z])/g, (_, c: string) => `|[${c.toUpperCase()}${c}]`);
const NOUN = '(?:nations|countries|states|members|member states|member countries|member nations|allies|signatories)';
const NATO_OBJECT =
  '(?:NATO|Nato|the\\s+North\\s+Atlantic\\s+Treaty\\s+Organi[sz]ation|the\\s+(?:North\\s+)?Atlantic\\s+[Aa]lliance|the\\s+(?:NATO\\s+|military\\s+|transatlantic\\s+)?[Aa]lliance)';
const TREATY = '(?:the\\s+)?(?:North\\s+Atlantic|Washington)\\s+Treaty';

// Each form: the count in group 1; `dated` forms need 1949 (or the founding said after them) to be strict.
const FOUNDERS_FORMS: Array<{ re: RegExp; dated?: true }> = [
  // "The 12 nations that formed NATO", "the twelve countries which founded the alliance", "the 12 original members that created NATO"
  {
    re: new RegExp(
      `\\b[Tt]he\\s+(?:original\\s+|founding\\s+)?${NUM}\\s+(?:original\\s+|founding\\s+)?${NOUN}\\s+(?:that|which|who)\\s+(?:(?:originally|first|had)\\s+)?(?:formed|founded|created|established|set\\s+up|launched)\\s+${NATO_OBJECT}(?!['’])`,
      'g',
    ),
  },
  // "12 nations signed the Washington Treaty, creating NATO", "twelve countries signed the North Atlantic Treaty" (with 1949)
  { re: new RegExp(`\\b${NUM}\\s+(?:founding\\s+)?(?:nations|countries|states)\\s+signed\\s+${TREATY}\\b`, 'g'), dated: true },
  // "the 12 founding members of NATO", "the twelve original signatories of the North Atlantic Treaty"
  {
    re: new RegExp(`\\b[Tt]he\\s+${NUM}\\s+(?:founding|original)\\s+${NOUN}\\s+of\\s+(?:${NATO_OBJECT}|${TREATY})(?!['’])`, 'g'),
  },
  // "twelve countries founded NATO in 1949", "12 nations created the North Atlantic Treaty Organization" (a sentence
  // may open on the count: "Twelve countries founded NATO").
  {
    re: new RegExp(
      `\\b${CAPITAL_NUM}\\s+(?:countries|nations|states)\\s+(?:founded|formed|created|established|set\\s+up)\\s+${NATO_OBJECT}(?!['’])`,
      'g',
    ),
  },
  // "Originally, NATO had 12 members", "NATO initially had twelve member countries", "At its founding in 1949, NATO had 12 members"
  {
    re: new RegExp(
      `\\b(?:(?:[Oo]riginally|[Ii]nitially|[Aa]t\\s+(?:its|the)\\s+(?:founding|creation|start|outset)(?:\\s+in\\s+1949)?|[Ii]n\\s+1949),?\\s+(?:NATO|Nato|the\\s+[Aa]lliance)\\s+(?:had|comprised|consisted\\s+of|counted|was\\s+made\\s+up\\s+of)|(?:NATO|Nato)\\s+(?:originally|initially)\\s+(?:had|comprised|consisted\\s+of|counted|was\\s+made\\s+up\\s+of))\\s+(?:just\\s+|only\\s+)?${NUM}\\s+(?:members|member states|member countries|member nations|countries|nations|allies)\\b`,
      'g',
    ),
  },
  // "NATO's 12 founding members", "the alliance's twelve original members"
  {
    re: new RegExp(`\\b(?:NATO['’]s|Nato['’]s|the\\s+[Aa]lliance['’]s)\\s+${NUM}\\s+(?:founding|original)\\s+${NOUN}\\b`, 'g'),
  },
];
const HINT_RE = /\b(?:formed|founded|created|established|set up|launched|signed|founding|original|[Oo]riginally|[Ii]nitially|1949)\b/;
const NATO_NAMED_RE = /\b(?:NATO|Nato|North Atlantic)\b/;
const OTHER_BODY_RE =
  /\b(?:EU|European Union|European Community|EEC|Brussels Treaty|Western Union|Treaty of Dunkirk|Warsaw Pact|United Nations|UN|OSCE|Council of Europe|SEATO|CENTO|ANZUS|AUKUS|BRICS|G7|G-7)\b/;
// The founding said after "signed the ... Treaty": ", creating NATO", "to found the alliance", "in 1949".
const FOUNDING_AFTER_RE = new RegExp(
  `^[^.;]{0,40}?(?:\\b1949\\b|,?\\s+(?:creating|founding|forming|establishing|to\\s+(?:create|found|form|establish))\\s+${NATO_OBJECT})`,
);

const FOUNDING_FACT =
  'NATO was founded by the 12 countries that signed the North Atlantic Treaty on April 4, 1949: Belgium, Canada, Denmark, France, Iceland, Italy, Luxembourg, the Netherlands, Norway, Portugal, the United Kingdom and the United States.';

/** The founders counted: supported when twelve, contradicted otherwise when the phrase can only mean all of them. */
export function foundersCounted(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!HINT_RE.test(doc.text)) return out;
  const founders = doc.facts.base.jurisdictions.filter((j) => j.nato && factRange(j.nato.joined).first.startsWith('1949'));
  if (founders.length !== 12) return out;
  const verified = founders.every((j) => j.nato!.confidence === 'verified');
  const sources = sourcesOfAll(founders.map((j) => j.nato)).slice(0, 3);
  for (const { re, dated } of FOUNDERS_FORMS) {
    re.lastIndex = 0;
    for (let m = re.exec(doc.text); m; m = re.exec(doc.text)) {
      const n = numberFrom(m[1]);
      const start = m.index;
      const end = start + m[0].length;
      const sentence = doc.sentences.find((s) => s.start <= start && start < s.end);
      if (!sentence || !Number.isFinite(n)) continue;
      const text = doc.text.slice(sentence.start, sentence.end);
      const before = doc.text.slice(Math.max(0, sentence.start - 300), sentence.start);
      if (OTHER_BODY_RE.test(text)) continue;
      // "the alliance" is NATO only when NATO is named in the sentence or just before it.
      if (!NATO_NAMED_RE.test(m[0]) && !NATO_NAMED_RE.test(text) && !(NATO_NAMED_RE.test(before) && !OTHER_BODY_RE.test(before))) continue;
      const founding = !dated || FOUNDING_AFTER_RE.test(doc.text.slice(end, sentence.end)) || /\b1949\b/.test(text);
      if (n === 12) {
        out.push(annotation(doc, start, end, 'supported', 'NATO had 12 founding members.', sources));
        continue;
      }
      // A signing with no founding in sight may be the accession of later members; one after a hypothetical is not said as fact.
      if (!founding || HYPOTHETICAL_RE.test(text)) continue;
      out.push(
        annotation(doc, start, end, verified ? 'contradicted' : 'context', `Not so: NATO was founded by 12 countries, not ${n}.`, sources),
      );
    }
  }
  return out;
}

function annotation(doc: Doc, start: number, end: number, verdict: Annotation['verdict'], message: string, sources: string[]): Annotation {
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    verdict,
    kind: 'membership',
    factIds: ['nato-founders'],
    message,
    fact: FOUNDING_FACT,
    sources,
  };
}
