// Round 30: Crimea's annexation told as another power's doing: "The annexation of Ukraine's Crimean Peninsula in 2014 by
// NATO" (held-out 28 kh004), "Crimea, annexed by the United States in 2014", "NATO annexed Crimea in 2014". Russia
// annexed it (the treaty of 18 March 2014, war.crimeaAnnexation); no other power ever claimed the peninsula. Contradicted.
//
// Only where the annexer is a named power right against the verb or noun ("annexation of Crimea ... by NATO", "NATO's
// annexation of Crimea", "NATO annexed Crimea"), and never where the sentence distances itself from the words (a
// negation, "claim", "alleged", "propaganda", "falsely", quotation marks around the phrase, a question): the page may be
// reporting or refuting a disinformation line ("Moscow claims the annexation of Crimea by NATO was a threat").
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { spansOverlap } from '../sentences';
import { warAnnotation } from './war-anchors';

// The powers that are never Crimea's annexer; "the West" is left out (a figure of speech in some pages: "the West's
// annexation" is rhetoric, not a claim of fact).
const POWER = String.raw`(?:NATO|Nato|the\s+North\s+Atlantic\s+Treaty\s+Organi[sz]ation|the\s+(?:United\s+States|U\.S\.|US|EU|European\s+Union)|America|Ukraine|Turkey|T[u\u00fc]rkiye)`;
const CRIMEA = String.raw`(?:(?:Ukraine['\u2019]s\s+|the\s+)?Crimea(?:n\s+[Pp]eninsula)?|the\s+Crimean\s+[Pp]eninsula|the\s+peninsula\s+of\s+Crimea)`;
const YEAR = String.raw`(?:,?\s+in\s+(?:March\s+)?2014,?)?`;
// "annexation of Crimea (in 2014) by NATO", "Crimea, annexed (in 2014) by NATO", "annexed by NATO in 2014", "NATO's
// annexation of Crimea", "NATO annexed Crimea". The by-phrase must follow at once (only the year may stand between): "annexation of
// Crimea by force" names no annexer, and "by NATO members" is caught below.
const ANNEXER_RE = new RegExp(
  String.raw`\bannexation\s+of\s+${CRIMEA}${YEAR}\s+by\s+(${POWER})\b|\b${CRIMEA},?\s+(?:which\s+was\s+|was\s+)?annexed${YEAR}\s+by\s+(${POWER})\b|\b(${POWER})['\u2019]s\s+(?:2014\s+)?annexation\s+of\s+${CRIMEA}|\b(${POWER})\s+annexed\s+${CRIMEA}\b`,
  'g',
);
// The annexer's phrase continuing into words that make it another thing: "by NATO members' standards", "by Ukraine's
// count", "by the US's measure", "by NATO forces" (none is the annexer told).
const ANNEXER_TAIL_RE = /^(?:['\u2019]s|\s+(?:members?|allies|countries|standards?|count|measure|reckoning|account|forces|officials))\b/i;
// The page distancing itself from the words: a denial, a reported claim, a question, a supposition.
const DISTANCED_RE =
  /\b(?:not|n['\u2019]t|no|never|neither|nor|claim\w*|alleg\w*|purport\w*|propaganda|disinformation|false\w*|myth|conspiracy|narrative|lie|lies|lied|rumou?r\w*|accus\w*|blam\w*|if|whether|would|could|might|may|fake|so-called|according\s+to|says?|said|insist\w*|assert\w*|argu\w*)\b|\?|["\u201c\u201d]/i;

// Words before the phrase that could own a following "by ...": a measure, a reaction.
const OWNER_VERB_RE =
  /\b(?:sanction\w*|measures|penalt\w*|imposed|adopted|condemn\w*|denounc\w*|reject\w*|recogni[sz]\w*|respon\w*|react\w*|protest\w*|punish\w*|critici[sz]\w*|opposed|decried|suspend\w*)\b/i;

export function withCrimeaAnnexer(events: ClaimDetector): ClaimDetector {
  return {
    kind: events.kind,
    triggers: events.triggers,
    find(doc, ctx) {
      const out = events.find(doc, ctx);
      // Cheap gate: both words must be in the page before any sentence is read.
      if (!doc.text.includes('Crimea') || !/annex/.test(doc.text)) return out;
      for (const a of annexerClaims(doc)) {
        // The wrong annexer is the claim: it replaces a confirmation of the year on the same words.
        const i = out.findIndex((b) => spansOverlap(b, a));
        if (i < 0) out.push(a);
        else if (out[i].verdict !== 'contradicted') out.splice(i, 1, a);
      }
      return out;
    },
  };
}

function annexerClaims(doc: Doc): Annotation[] {
  const crimea = doc.facts.base.figures.war?.crimeaAnnexation;
  if (!crimea || crimea.confidence !== 'verified') return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('Crimea') || !text.includes('annex')) continue;
    ANNEXER_RE.lastIndex = 0;
    for (let m = ANNEXER_RE.exec(text); m; m = ANNEXER_RE.exec(text)) {
      const power = m[1] ?? m[2] ?? m[3] ?? m[4];
      const end = m.index + m[0].length;
      if ((m[1] || m[2]) && ANNEXER_TAIL_RE.test(text.slice(end))) continue;
      // "by the EU" may be the agent of the sentence's own verb: "sanctions adopted over the annexation of Crimea by the
      // EU", "the response to the annexation of Crimea by NATO".
      if ((m[1] || m[2]) && OWNER_VERB_RE.test(text.slice(0, m.index))) continue;
      // Another era's annexation (Russia's of 1783, from the Ottomans) or a year other than 2014 told with it.
      if (/\b(?:1\d{3}|20(?!14)\d{2})\b/.test(text)) continue;
      // After the phrase, "no" is too often an idiom's ("to a point of no return"): only the other words count there.
      if (DISTANCED_RE.test(text.slice(0, end)) || DISTANCED_RE.test(text.slice(end).replace(/\bno\s+(?=return|longer|doubt)/gi, '')))
        continue;
      const span = { start: sentence.start + m.index, end: sentence.start + end };
      out.push(
        warAnnotation(
          doc,
          span,
          'contradicted',
          `Crimea was annexed by Russia (the treaty signed in the Kremlin on 18 March 2014), not by ${power.replace(/^the\s+/i, 'the ')}.`,
          crimea,
        ),
      );
    }
  }
  return out;
}
