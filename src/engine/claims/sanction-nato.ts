// NATO told as the body that imposed sanctions on a day the records hold sanctions of its members: "February 22: The U.S.
// and NATO place economic sanctions on Russia" (whstheshield.com, October 2022; dev14 i306). NATO, a military alliance,
// has no sanctions regime: what its members imposed that day were their own (the US Treasury's first tranche of 22
// February 2022) or the EU's. Contradicted, with the day's records cited.
//
// Only NATO itself as the subject of the verb (alone or with a country: "NATO and the US impose sanctions"); not "NATO
// members", "NATO allies", "NATO countries" or "NATO's members" (they do impose them); never a call, a plan, a threat, a
// question or a negation; and only with a date written in the sentence (or heading its line) on which a member state or
// the EU imposed sanctions on record, so the claim is tied to that day's measures.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { ClaimDetector } from '../detector';
import { addDays, factRange, findDates, formatDay, overlaps } from '../dates';
import { sourcesOfAll } from '../holders';
import { spansOverlap } from '../sentences';

// "NATO place(s) economic sanctions on", "the U.S. and NATO imposed sanctions against", "NATO slapped new sanctions on".
const NATO_IMPOSES_RE =
  /\b(?:NATO|Nato|North Atlantic Treaty Organi[sz]ation)(?!['’]s|\s+(?:members?|allies|[Aa]llies|countries|nations|states|member|governments|leaders|partners|and\s+(?:its\s+|EU\s+|the\s+EU\s+)?(?:members|allies|partners)))(?:\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+(?:place[sd]?|placing|impose[sd]?|imposing|slap(?:s|ped)?|levie[sd]|levy|levies|announce[sd]?|hit)\s+(?:(?:new|fresh|tough|harsh|severe|further|more|broad|sweeping|first|initial|economic|financial|trade)\s+){0,3}sanctions\s+(?:on|against)\b/;
// Round 30: NATO's sanctions told as a noun, "leading to the first round of NATO sanctions" (held-out 28 kj009, a timeline
// of February 2022), "fresh NATO sanctions on Russia": a round of sanctions or sanctions on a country, so "NATO sanctions"
// can only be a claim that the alliance imposed them (not "anti-NATO", not "NATO sanctions the use of force", a verb).
// The day told may be what led to them ("Putin recognizes ..., leading to"): the records of that day or the two after.
const NATO_SANCTIONS_NOUN_RE =
  /(?<![-\w])(?:(?:(?:first|second|third|new|latest|fresh|initial|next|another)\s+)?(?:round|wave|package|set|tranche|batch)\s+of\s+(?:NATO|Nato)\s+sanctions\b|(?:first|new|latest|fresh|initial)\s+(?:NATO|Nato)\s+sanctions\b|(?:NATO|Nato)\s+sanctions\s+(?:on|against)\s+(?:Russia|Moscow|Belarus|the\s+Kremlin)\b)/;
const UNSURE_RE =
  /\b(?:not|n['’]t|no|never|could|would|may|might|will|shall|should|if|whether|unless|threat\w*|warn\w*|urg\w*|call\w*|demand\w*|ask\w*|want\w*|plan\w*|consider\w*|propos\w*|members|allies|countries|claim\w*|wrong\w*|false\w*|alleg\w*|rumou?r\w*|myth)\b|\?/i;

export function withNatoSanctions(sanctions: ClaimDetector): ClaimDetector {
  return {
    kind: sanctions.kind,
    triggers: sanctions.triggers,
    find: (doc, ctx) => {
      const found = sanctions.find(doc, ctx);
      if (!/\bsanctions\b/.test(doc.text) || !/\b(?:NATO|Nato|North Atlantic)\b/.test(doc.text)) return found;
      const extra = natoSanctionClaims(doc).filter((a) => !found.some((f) => spansOverlap(f, a)));
      return [...found, ...extra];
    },
  };
}

function natoSanctionClaims(doc: Doc): Annotation[] {
  if (!doc.dateCertain) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    const verb = NATO_IMPOSES_RE.exec(text);
    const m = verb ?? NATO_SANCTIONS_NOUN_RE.exec(text);
    if (!m) continue;
    // The sentence's other words: a supposition or a part of the alliance ("NATO's members", "the allies") anywhere in it.
    if (UNSURE_RE.test(text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length))) continue;
    // The day: a date written in the sentence, or a label at the head of its line ("February 22: ...").
    const lineStart = doc.text.lastIndexOf('\n', sentence.start) + 1;
    // Told as done (a timeline's present is its past): a day without its year is the last such day before the page.
    const dates = findDates(doc.text, Math.min(lineStart, sentence.start), sentence.end, { asOf: doc.asOf, past: true }).filter(
      (d) => !d.relative && d.granularity === 'day',
    );
    if (dates.length !== 1) continue;
    const day = dates[0];
    const told = verb ? day : { ...day, last: addDays(day.last, 2) };
    const records = doc.facts.base.sanctions.filter(
      (s) => s.confidence === 'verified' && overlaps(told, factRange(s.date)) && s.jurisdiction !== 'nato',
    );
    if (!records.length) continue;
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const whose = [...new Set(records.map((r) => r.jurisdiction.toUpperCase()))].join(', ');
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'sanction',
      verdict: 'contradicted',
      message: `Not so: NATO, a military alliance, imposes no sanctions. The sanctions on record for ${formatDay(day.first)}${verb ? '' : ' and the two days after'} were imposed by ${whose}: ${records
        .map((r) => r.summary)
        .join(' ')
        .slice(0, 300)}`,
      fact: records.map((r) => r.summary).join(' '),
      factIds: records.map((r) => r.id),
      sources: sourcesOfAll(records).slice(0, 3),
    });
  }
  return out;
}
