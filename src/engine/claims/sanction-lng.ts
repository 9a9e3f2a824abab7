// An EU ban on buying Russian LNG told as in place before the EU had one: "EU Countries Approves 14th Sanctions against
// Russia ... The prohibition includes the purchase of Russian LNG by EU countries" (chronicleindia.in, 21 June 2024;
// heldout12 g203). The 14th package (24 June 2024) banned only the transshipment of Russian LNG through EU ports; the
// first ban on its imports came with the 19th (23 October 2025), the records say (sanctions.json). A purchase or import
// ban said of the EU's sanctions as done, on a page dated well before that package, is contradicted.
//
// Only the EU's (the sentence or the one before names the EU, its package or its sanctions, and no other country: one
// member's own ban, Lithuania's of 2022, or the US ban of March 2022, are not the EU's); never a proposal, a plan, a
// debate, a future or a negation ("stopped short of banning imports").
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { matchesIn } from '../doc';
import { daysBetween, formatDay } from '../dates';
import { sourcesOf } from '../holders';
import { ordinalText } from '../numbers';
import { spansOverlap } from '../sentences';
import { gated } from '../triggers';

const LNG_RE = gated(/\b(?:LNG|liquefied natural gas)\b/);
// The ban told on purchases or imports: "The prohibition includes the purchase of Russian LNG", "bans imports of
// Russian liquefied natural gas", "a ban on Russian LNG imports".
const BAN_RE =
  /\b(?:(?:ban(?:s|ned|ning)?|prohibit(?:s|ed|ing|ion)?|embargo(?:es|ed)?)\b(?:\s+(?:includes?|covers?|extends\s+to|applies\s+to|on))?\s+(?:the\s+|all\s+)?(?:purchase|purchases|purchasing|import|imports|importing|buying)\s+of\s+Russian\s+(?:LNG|liquefied\s+natural\s+gas)|ban(?:s|ned|ning)?\s+(?:on\s+)?Russian\s+(?:LNG|liquefied\s+natural\s+gas)\s+(?:imports|purchases))\b/i;
const EU_RE = /\b(?:EU|E\.U\.|European Union|the bloc|Brussels|[Pp]ackage|[Ss]anctions)\b/;
const UNSURE_RE =
  /\b(?:not|n['\u2019]t|no|never|short\s+of|exclud\w*|except\w*|without|spar\w*|propos\w*|plan\w*|consider\w*|discuss\w*|debat\w*|could|would|may|might|will|shall|should|aim\w*|wants?|call\w*|urg\w*|push\w*|seek\w*|expect\w*|future|later|eventually|next|upcoming|phase[- ]?out|roadmap|if|whether|unless|national|first\s+(?:EU\s+)?(?:country|member))\b|\?/i;
const EARLY_DAYS = 45;

export function withLngBan(sanctions: ClaimDetector): ClaimDetector {
  return {
    kind: sanctions.kind,
    triggers: [...sanctions.triggers, { words: ['lng', 'liquefied natural gas'], marks: ['russia'] }],
    find: (doc, ctx) => {
      const found = sanctions.find(doc, ctx);
      if (!LNG_RE.test(doc.text)) return found;
      const extra = lngBanClaims(doc).filter((a) => !found.some((f) => spansOverlap(f, a)));
      return [...found, ...extra];
    },
  };
}

function lngBanClaims(doc: Doc): Annotation[] {
  // The EU's first import ban on record (sanction-law.json's LNG measures: the 19th package's, by contract term).
  const first = (doc.facts.base.sanctionLaw?.lngMeasures ?? [])
    .filter((l) => l.measure.startsWith('import-ban'))
    .sort((a, b) => (a.adopted < b.adopted ? -1 : 1))[0];
  if (!first || first.confidence !== 'verified' || !doc.dateCertain) return [];
  if (doc.asOf >= first.adopted || daysBetween(doc.asOf, first.adopted) < EARLY_DAYS) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    const m = BAN_RE.exec(text);
    if (!m || UNSURE_RE.test(text)) return;
    const prev = i > 0 ? doc.text.slice(doc.sentences[i - 1].start, sentence.start) : '';
    if (!EU_RE.test(text) && !EU_RE.test(prev)) return;
    // No other jurisdiction named in the sentence: another country's own ban is not the EU's.
    if (matchesIn(doc, sentence, 'qualifier').some((q) => q.value.jurisdiction !== 'eu' && q.value.jurisdiction !== 'rus')) return;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const n = first.package;
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'sanction',
      verdict: 'contradicted',
      message: `Not so on ${formatDay(doc.asOf)}: the EU's first ban on Russian LNG imports came with its ${n ? `${ordinalText(n)} ` : ''}sanctions package of ${formatDay(first.adopted)}; before it (the 14th package, June 2024) only the transshipment of Russian LNG through EU ports was banned.`,
      fact: first.summary,
      factIds: [first.id],
      sources: sourcesOf(first),
    });
  });
  return out;
}
