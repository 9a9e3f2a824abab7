// Round 39. An accession placed at a NATO summit when no summit was held near its day: "Finland formally became a member of
// NATO on 04.04.2023 during a scheduled summit" (a blog of June 2023, held-out 37 rk002: Finland's instrument was deposited
// at a meeting of foreign ministers in Brussels; the year's summit was Vilnius, 11-12 July), "Sweden joined NATO at the
// Vilnius summit" (it joined on 7 March 2024), "North Macedonia was admitted to NATO at a summit in 2020".
//
// The country right before the verb of joining ("which" or an adverb between), NATO or the alliance what it joined, at most
// a time between, then "at / during a (the) ... summit". Contradicted when the record of NATO's summits is complete for the
// accession's day (event-series.json, `named: 'nato-summit'`) and no summit of it falls within 30 days of the accession
// (Montenegro joined on 5 June 2017, eleven days after the Brussels meeting of leaders: quiet). Nothing for a time to come,
// a hedge, a denial, or an accession not on record by its day.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import type { EventRecord } from '../../facts/schema';
import { factRange, formatDay, gapDays } from '../dates';
import { isConfident, sourcesOfAll } from '../holders';
import { spansOverlap } from '../sentences';
import { memoByFacts } from '../memo';
import { warmed } from '../triggers';
import { eventDays } from './event-confirmed';
import { countriesIn, historyAnnotation, NATO_JOINED_SRC } from './history-common';

type Country = Doc['facts']['base']['jurisdictions'][number];

const HINT_RE = /\b(?:summit|Summit)\b/;
const JOIN_SUMMIT_RE = new RegExp(
  String.raw`\b(?:joined|entered|acceded\s+to|became\s+(?:(?:a|an|the)\s+)?(?:(?:full|new|formal|official|\d{2}(?:st|nd|rd|th))\s+)*(?:member|ally)\s+of|(?:was|were)\s+(?:formally\s+|officially\s+)?(?:admitted|accepted)\s+(?:in)?to)\s+${NATO_JOINED_SRC}(?:\s+(?:on|in)\s+[^,;:()]{1,30}?)?\s*,?\s+(?:at|during)\s+(?:a|an|the|its)\s+(?:(?:scheduled|regular|planned|NATO|Nato|alliance['\u2019]s|annual|special|extraordinary|[A-Z][a-z]+)\s+){0,2}[Ss]ummit\b`,
  'g',
);
const DOUBT_RE =
  /\b(?:will|would|could|might|should|expected|hop\w*|plan\w*|set\s+to|due\s+to|if|unless|whether|not|never|n['\u2019]t|likely|invited|invitation)\b|\?/i;

const summitRecord = memoByFacts((facts: Doc['facts'], _: 'all') => {
  const series = [...facts.eventSeries.values()].find((s) => s.named === 'nato-summit' && isConfident(s));
  if (!series) return null;
  const summits = series.events.map((id) => facts.events.get(id)).filter((e): e is EventRecord => !!e && e.status === 'held');
  return { from: series.from, through: series.through, summits };
});

function summitClaims(doc: Doc): Annotation[] {
  const rec = summitRecord(doc.facts, 'all');
  if (!rec) return [];
  const out: Annotation[] = [];
  warmed(JOIN_SUMMIT_RE, doc.text).lastIndex = 0;
  for (let m = JOIN_SUMMIT_RE.exec(doc.text); m; m = JOIN_SUMMIT_RE.exec(doc.text)) {
    const at = m.index;
    const sentence = doc.sentences.find((s) => s.start <= at && at < s.end);
    if (!sentence || at + m[0].length > sentence.end) continue;
    const named = countriesIn(doc, { start: sentence.start, end: at });
    const last = named[named.length - 1];
    if (!last) continue;
    const gap = doc.text.slice(last.end, at);
    if (!/^\s*(?:,\s*(?:which|that)\s+)?(?:(?:formally|officially|finally|then|later|eventually)\s+)*$/.test(gap)) continue;
    if (DOUBT_RE.test(doc.text.slice(Math.max(sentence.start, last.start - 40), at + m[0].length))) continue;
    const country = doc.facts.jurisdictions.get(last.id) as Country | undefined;
    if (!country?.nato || !isConfident(country.nato) || country.nato.joined.length !== 10) continue;
    const joined = factRange(country.nato.joined).first;
    if (joined > doc.asOf || joined < rec.from || joined > rec.through) continue;
    const day = { first: joined, last: joined };
    if (rec.summits.some((e) => gapDays(eventDays(e), day) <= 30)) continue;
    const fact = `${country.name} joined NATO on ${formatDay(joined)}, when no NATO summit was held (none within a month of that day).`;
    out.push(
      historyAnnotation(
        doc,
        { start: last.start, end: at + m[0].length },
        'membership',
        doc.dateCertain ? 'contradicted' : 'context',
        `Not so: ${fact}`,
        fact,
        [country.id],
        sourcesOfAll([country.nato]).slice(0, 3),
      ),
    );
  }
  return out;
}

/** Adds the red flags, in place of confirmations over the same words. */
export function withAccessionSummits(inner: ClaimDetector): ClaimDetector {
  return {
    kind: inner.kind,
    triggers: inner.triggers,
    find(doc, ctx) {
      const found = inner.find(doc, ctx);
      if (!HINT_RE.test(doc.text)) return found;
      const mine = summitClaims(doc);
      if (!mine.length) return found;
      const kept = found.filter((f) => f.verdict !== 'supported' || !mine.some((a) => spansOverlap(a, f)));
      for (const a of mine) if (!kept.some((f) => f.verdict !== 'supported' && spansOverlap(f, a))) kept.push(a);
      return kept;
    },
  };
}
