// Round 34 (confirmations). A NATO fact told in a passage that does not name NATO: a paragraph of a page about the
// alliance, or an excerpt of one, says "the current target of 2 per cent of GDP", "3.5% for core defence", and the readers of
// spending targets, which want NATO named in the sentence or the one before, say nothing.
//
// The class: the passage's claim is read as if NATO were named just before it, and only a CONFIRMATION of that reading is
// kept, never a red flag (the referent is not certain, so nothing is wrong for it). The wrapped readers still confirm only
// what matches the record on the page's day (The Hague's 5% and its parts, the 2% before it). Not read: a passage naming NATO
// (the readers had their chance) or another body a target may be of (the EU and its institutions, the UN, the G7, a
// coalition, ...); a spending figure in a sentence with neither GDP nor defence ("5% by 2035" may be of emissions); the
// founding year alone ("established in 1949"). The same for the EU's sanctions packages, the only numbered ones ("its 18th
// sanctions package against Russia"), in a passage that names neither the EU nor another power that sanctions Russia.
//
// The same reading of member counts, accessions and NATO meetings was tried this round and withdrawn: it confirmed about 110
// more true quotes of held-out 13-32 read alone, none on held-out 33's pages, and cost about a fifth more instructions per
// megabyte of the bench's news mix (a second reading of most paragraphs), against the goal that the bench not get slower.
import type { ClaimDetector, DetectorContext } from '../detector';
import { buildDoc, type Doc } from '../doc';
import type { Annotation } from '../types';
import { compiledOnFirstRun } from '../triggers';

// NATO by its name: a text naming only the North Atlantic Treaty or Council is read again too ("It was established in 1949
// with the signing of the North Atlantic Treaty").
const NATO_NAMED_RE = /\b(?:NATO|Nato|OTAN)\b/;
// Another body a count, an accession or a target may be of.
const OTHER_BODY_RE =
  /\b(?:club|league|EU|E\.U\.|European\s+(?:Union|Council|Commission|Parliament|Community|Economic\s+Community|Free\s+Trade)|EEC|eurozone|euro\s+(?:area|zone)|Schengen|UN|U\.N\.|United\s+Nations|Security\s+Council|G-?7|G-?8|G-?20|OSCE|OECD|OPEC\+?|BRICS|ASEAN|African\s+Union|Arab\s+League|CSTO|SCO|Shanghai\s+Cooperation|Warsaw\s+Pact|Comecon|CIS|Commonwealth|Council\s+of\s+Europe|Nordic\s+Council|Visegr[a\u00e1]d|B9|Bucharest\s+Nine|Three\s+Seas|Joint\s+Expeditionary\s+Force|JEF|AUKUS|Quad|Five\s+Eyes|coalition|Coalition|Ramstein|Contact\s+Group|WHO|WTO|IMF|World\s+Bank|Olympic\w*|World\s+Cup|FIFA|UEFA|Eurovision|Paris\s+Agreement|climate|emissions?)\b/;
const SPENDING_DOMAIN_RE = compiledOnFirstRun(
  /\b(?:GDP|gross\s+domestic\s+product|GNP|defen[cs]e|military|armed\s+forces|rearmament|security[- ]related|core\s+defen[cs]e)\b/i,
);
// A target refused, supposed or only proposed to be weighed: the readers with NATO named leave these to their own rules.
const UNSURE_RE =
  /\b(?:refus\w*|reject\w*|declin\w*|oppos\w*|not|never|could|would|might|may|if|unless|whether|should)\b|n['\u2019]t\b|\?/i;

type Keep = (a: Annotation, doc: Doc) => boolean;
/** What a text must show for the second reading to be tried. */
type Cue = { test(text: string): boolean };
/** The body understood: how it is named, the others a claim may be of, and the sentence that names it before the text. */
interface Understood {
  named: RegExp;
  others: RegExp;
  prefix: string;
}
const NATO: Understood = { named: NATO_NAMED_RE, others: OTHER_BODY_RE, prefix: 'NATO. ' };
// The EU's sanctions packages are the only ones numbered ("its 18th sanctions package against Russia"): read as the EU's
// where the text names no one else who sanctions Russia.
const EU: Understood = {
  named: /\b(?:EU|E\.U\.|European\s+Union|European\s+Council|Council\s+of\s+the\s+(?:EU|European\s+Union))\b/,
  others:
    /\b(?:US|U\.S\.|USA|United\s+States|America\w*|Washington|Treasury|OFAC|White\s+House|UK|U\.K\.|Britain|British|London|Japan\w*|Tokyo|Canad\w*|Ottawa|Australia\w*|Switzerland|Swiss|Norw\w*|G-?7|Ukraine['\u2019]s\s+(?:own\s+)?sanctions|Kyiv['\u2019]s|Zelensk\w+['\u2019]s\s+decree|NSDC)\b/,
  prefix: 'The European Union. ',
};
const PACKAGE_CUE_RE =
  /\bpackages?\b[^.;]{0,80}\b(?:sanction\w*|restrictive\s+measures|against\s+Russia)|\b(?:sanctions?|restrictive\s+measures)\b[^.;]{0,30}\bpackages?\b/i;

/** Sanctions: an EU package by its number or day, confirmed. */
const keepPackage: Keep = (a) => a.kind === 'sanction' && a.factIds.length > 0 && a.factIds.every((id) => id.startsWith('eu-package'));

/** The sanctions readers with the EU understood: a numbered package in a passage that names no one who sanctions. */
export function withPackagesUnderstood(detector: ClaimDetector): ClaimDetector {
  return withNatoUnderstood(detector, PACKAGE_CUE_RE, keepPackage, [], EU);
}

/** Spending: a target's figure, in a sentence of GDP or defence. */
const keepFigure: Keep = (a, doc) => {
  if (a.kind !== 'figure') return false;
  // The founding told by the treaty's day or name, not by a year alone ("established in 1949" may be of anything).
  if (a.factIds.includes('nato-founding')) return FOUNDING_TOLD_RE.test(sentenceOf(a, doc));
  if (!a.factIds.some((id) => id.includes('spending'))) return false;
  const sentence = sentenceOf(a, doc);
  if (!SPENDING_DOMAIN_RE.test(sentence) || UNSURE_RE.test(sentence)) return false;
  // Round 45: a passage with no word of defence or of allies (let in only by The Hague's deadline, "5% of GDP by 2035":
  // figure.ts's triggers) is read only as the target's bare terms, nothing but a pledge's or target's words before the
  // figure: "five per cent of their GDP by 2035", "committing to a target of 5% of their gross domestic product (GDP) by
  // 2035" (held-out 38 rt005, 39 sh024, 21 za061). Not "public debt falls to 5% of GDP by 2035", "Health spending is to
  // rise to 5% of GDP by 2035".
  if (DEFENCE_WORD_RE.test(doc.text)) return true;
  const start = doc.sentences.find((s) => s.start <= a.start && a.start < s.end)?.start ?? 0;
  return BARE_TERMS_BEFORE_RE.test(doc.text.slice(start, a.start));
};
// The words of the spending readers' other triggers (figure.ts, withSpendingUnderstood): texts holding one are read as before.
const DEFENCE_WORD_RE = compiledOnFirstRun(/\b(?:defen[cs]es?|military|allies|alliances?|armed\s+forces|rearmament|security)\b/i);
const BARE_TERMS_BEFORE_RE =
  /^\W*(?:(?:committing|committed|commitment|pledging|pledged|pledge|agreeing|agreed|aiming|aim)\s+(?:to|for|at)\s+)?(?:(?:the|a|an|their|its)\s+)?(?:(?:new|higher|agreed|headline|common)\s+)?(?:(?:target|goal|benchmark|commitment|pledge|level)\s+of\s+)?(?:at\s+least\s+)?$/i;

function sentenceOf(a: Annotation, doc: Doc): string {
  const sentence = doc.sentences.find((s) => s.start <= a.start && a.start < s.end);
  return sentence ? doc.text.slice(sentence.start, sentence.end) : a.quote;
}

const FOUNDING_TOLD_RE = compiledOnFirstRun(/\b(?:4\s+April|April\s+4(?:th)?),?\s+1949\b|\bNorth\s+Atlantic\s+Treaty\b/);
// The text with its body named before it, built once per text and body: the four wrappers of NATO share it (building a
// Doc runs the name matcher and the sentence splitter over the whole text again).
const namedDocs = new WeakMap<Doc, Map<string, Doc>>();
function namedDoc(doc: Doc, prefix: string): Doc {
  let byPrefix = namedDocs.get(doc);
  if (!byPrefix) namedDocs.set(doc, (byPrefix = new Map()));
  let named = byPrefix.get(prefix);
  if (!named) {
    named = buildDoc(prefix + doc.text, doc.lexicon, doc.asOf, doc.dateCertain, undefined, undefined, doc.pageNarration);
    byPrefix.set(prefix, named);
  }
  return named;
}

/**
 * The detector's findings, and where the text names neither NATO nor another body, the confirmations it gives with NATO
 * named just before the text (those `keep` accepts, where the detector found nothing).
 */
function withNatoUnderstood(
  detector: ClaimDetector,
  cue: Cue,
  keep: Keep,
  triggers: ClaimDetector['triggers'] = [],
  body: Understood = NATO,
): ClaimDetector {
  return {
    kind: detector.kind,
    triggers: [...detector.triggers, ...triggers],
    find(doc: Doc, ctx: DetectorContext) {
      const out = detector.find(doc, ctx);
      if (!cue.test(doc.text) || body.named.test(doc.text) || body.others.test(doc.text)) return out;
      const { prefix } = body;
      const named = namedDoc(doc, prefix);
      for (const f of detector.find(named, ctx)) {
        if (f.verdict !== 'supported' || f.start < prefix.length) continue;
        const a = { ...f, start: f.start - prefix.length, end: f.end - prefix.length };
        if (!keep(a, doc) || out.some((o) => o.start < a.end && a.start < o.end)) continue;
        out.push(a);
      }
      return out;
    },
  };
}

const SHARE_TOLD_RE = compiledOnFirstRun(/%|\bper\s?cent\b|\bpercent\b/i);

/** The spending readers with NATO understood. */
export function withSpendingUnderstood(detector: ClaimDetector): ClaimDetector {
  // Military spending told with a per cent and no defence word ("lift military spending to 5% of GDP").
  return withNatoUnderstood(
    detector,
    { test: (text: string) => (SPENDING_DOMAIN_RE.test(text) && SHARE_TOLD_RE.test(text)) || FOUNDING_TOLD_RE.test(text) },
    keepFigure,
    [{ words: ['military'], marks: ['%', 'per\\s?cent'] }],
  );
}
