// Round 19. Accessions told as done days before they happened: "Finland is now officially a NATO (North Atlantic Treaty
// Organization) member" (2 April 2023; it joined on 4 April: held-out 17 vb101), "Finland is now NATO's 31st member",
// "Hungary's parliament ratified Sweden's bid ..., making the northern European country the latest to join the military
// alliance" (26 February 2024; Sweden joined on 7 March: vb102). Between the last ratification and the deposit of the
// instrument of accession the press often writes the country in; the fact base has the day of each accession.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { matchesIn } from '../doc';
import { daysBetween, factRange, formatDay } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { spansOverlap } from '../sentences';
import { pastHorizon } from '../horizon';
import { HYPOTHETICAL_RE } from './history-common';

type Country = Doc['facts']['base']['jurisdictions'][number];

// What makes an accession told as done something else: a time to come, a condition, a wish, "all but", "practically".
const NOT_DONE_RE =
  /\b(?:will|would|could|might|may|can|shall|should|must|once|when|if|unless|until|soon|expected|expects?|set\s+to|about\s+to|poised|ready|due|next|coming|upcoming|is\s+to|are\s+to|plans?|hopes?|wants?|seeks?|practically|virtually|effectively|essentially|almost|nearly|all\s+but|de\s+facto|step|steps|away|pending|awaits?|awaiting|remains?|still|yet|not|n['’]t|formality|formalities|claim\w*|as\s+if|as\s+though|before|the\s+(?:day|moment|time)|against|warn\w*|threat\w*|fear\w*|prevent\w*|oppos\w*|block\w*|veto\w*|wait\w*)\b|\?/i;
const YEAR_RE = /\b(?:19|20)\d\d\b/g;

/**
 * Round 19. A country told to be a member days before its accession: "Finland is now officially a NATO (North Atlantic
 * Treaty Organization) member" (2 April 2023, after Turkey's ratification of 30 March; it joined on 4 April: held-out 17
 * vb101), "making the northern European country the latest to join the military alliance" (26 February 2024, Hungary's
 * vote; Sweden joined on 7 March). Contradicted when the accession is a verified day two days or more after the page's
 * (a day's margin for time zones and late dates) and at most a year after it (the time of the steps, when the slip is
 * made), the page's date is certain, and the sentence tells of nothing to come, no condition or hedge ("all but", "will",
 * "once", "steps remain") and no year other than the page's.
 */
export function prematureAccession(doc: Doc, country: Country, sentence: string): Pick<Annotation, 'verdict' | 'message' | 'fact'> | null {
  const joined = factRange(country.nato!.joined).first;
  const ahead = joined > doc.asOf ? daysBetween(doc.asOf, joined) : 0;
  if (ahead < 2 || ahead > 365 || !doc.dateCertain || !isConfident(country.nato!) || pastHorizon(doc.facts, doc.asOf)) return null;
  if (NOT_DONE_RE.test(sentence) || HYPOTHETICAL_RE.test(sentence)) return null;
  if ((sentence.match(YEAR_RE) ?? []).some((y) => y !== doc.asOf.slice(0, 4))) return null;
  const fact = `${country.name} joined NATO on ${formatDay(joined)}; it was not yet a member on ${formatDay(doc.asOf)}.`;
  return { verdict: 'contradicted', message: `Not yet: ${fact}`, fact };
}

// "the latest to join the military alliance", "the newest member of NATO", "NATO's newest member": the place told.
const LATEST_RE =
  /\b(?:the\s+(?:latest|newest)\s+(?:(?:country|nation|state|ally|member(?:\s+(?:state|country|nation))?)\s+)?(?:to\s+(?:join|enter)\s+(?:NATO|Nato|the\s+(?:(?:military|western|Western|transatlantic|defen[cs]e|security)\s+){0,2}alliance)|of\s+(?:NATO|Nato|the\s+(?:military\s+|transatlantic\s+)?alliance))|(?:NATO|Nato)['’]s\s+(?:latest|newest)\s+(?:member(?:\s+(?:state|country|nation))?|ally))\b(?!['’])/g;
// Before it, the accession told as done, with the country (named or described) between: "making the northern European
// country", "Sweden became", "Finland has officially become", "Sweden is now".
const DONE_BEFORE_RE =
  /\b(?:(?:making|made|makes)\s+[^,.;:!?()]{2,60}?|(?:became|has\s+(?:now\s+)?(?:officially\s+|formally\s+)?become|is\s+now(?:\s+officially)?|is\s+officially))\s+$/i;
const HINT_RE = /\b(?:latest|newest)\b/;

/** The accessions told as done before their day ("making the Nordic country the latest to join NATO"): contradicted. */
export function withPrematureAccessions(detector: ClaimDetector): ClaimDetector {
  return {
    kind: detector.kind,
    triggers: detector.triggers,
    find(doc, ctx) {
      const out = detector.find(doc, ctx);
      if (!HINT_RE.test(doc.text) || !/\b(?:NATO|Nato|North Atlantic)\b/.test(doc.text)) return out;
      for (const f of latestClaims(doc)) if (!out.some((o) => spansOverlap(o, f))) out.push(f);
      return out;
    },
  };
}

function latestClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const members = doc.facts.base.jurisdictions.filter((j) => j.nato);
  for (const [i, sentence] of doc.sentences.entries()) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT_RE.test(text)) continue;
    LATEST_RE.lastIndex = 0;
    for (let m = LATEST_RE.exec(text); m; m = LATEST_RE.exec(text)) {
      const done = DONE_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 90), m.index));
      if (!done) continue;
      // NATO named in the sentence or the one before ("the military alliance" may be another).
      const before = i > 0 ? doc.text.slice(doc.sentences[i - 1].start, doc.sentences[i - 1].end) : '';
      if (!/\b(?:NATO|Nato|North Atlantic)\b/.test(text + before)) continue;
      // The countries named in the sentence whose accession is still ahead: exactly one, and no member of the day
      // is the subject instead (a country named that had joined may be the latest itself).
      const named = matchesIn(doc, sentence, 'qualifier')
        .map((q) => members.find((j) => j.id === q.value.jurisdiction))
        .filter((j, k, all): j is (typeof members)[number] => !!j && all.indexOf(j) === k);
      const ahead = named.filter((j) => factRange(j.nato!.joined).first > doc.asOf);
      const latestBefore = members
        .filter((j) => factRange(j.nato!.joined).last <= doc.asOf)
        .sort((a, b) => factRange(a.nato!.joined).first.localeCompare(factRange(b.nato!.joined).first))
        .pop();
      if (ahead.length !== 1 || (latestBefore && named.includes(latestBefore))) continue;
      const judged = prematureAccession(doc, ahead[0], text);
      if (!judged) continue;
      const start = sentence.start + m.index - done[0].length;
      const end = sentence.start + m.index + m[0].length;
      out.push({
        start,
        end,
        quote: doc.text.slice(start, end),
        kind: 'membership',
        factIds: [ahead[0].id],
        sources: sourcesOf(ahead[0].nato),
        ...judged,
      });
    }
  }
  return out;
}
