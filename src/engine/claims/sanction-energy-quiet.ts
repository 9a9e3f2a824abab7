// Round 43: a new US action against Russia's energy sector told on a day when the record holds none. "On March 6, 2025, the
// United States government announced an expansion of sanctions targeting Russia's energy sector" (held-out 41 to003): the
// Trump administration took no Russia sanctions action until OFAC designated Rosneft and Lukoil on 22 October 2025, the
// first since the Biden administration's energy package of 10 January 2025 (sanctions.json `energyFirstSince`, from its
// sources). Also "Washington imposed new sanctions on Russian oil on June 2, 2025", "the Treasury slapped fresh sanctions on
// Russia's oil and gas sector on 14 April 2025".
//
// Only the US as the actor, Russia's energy (its energy sector, oil, gas, oil companies) as the target, a verb of a new act
// in the past with new or more sanctions, and a day written out with its year, more than two weeks from both actions. A
// threat, a plan, a call, a denial or a measure taking effect is left alone ("the petroleum-services ban of 10 January took
// effect on February 27, 2025"; "Trump threatened on March 7 to impose large-scale sanctions"); so are other programmes
// (a cyber or a crypto designation of Russian nationals), which name no energy.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { factRange, formatDay, gapDays, MODAL_MAY } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { datesIn } from './clauses';
import { compiledOnFirstRun } from '../triggers';

const US_ACTOR_RE =
  /\b(?:United\s+States|U\.S\.|US|USA|Washington|Treasury|OFAC|Office\s+of\s+Foreign\s+Assets\s+Control|White\s+House|Trump\s+administration|Trump)\b/;
// The act, new: "announced an expansion of sanctions", "imposed new sanctions", "slapped fresh sanctions", "expanded sanctions".
const NEW_ACT_RE =
  /\b(?:announc(?:ed|es)|impos(?:ed|es)|unveil(?:ed|s)|introduc(?:ed|es)|slapp(?:ed)|levi(?:ed|es)|roll(?:ed)\s+out|issu(?:ed|es)|expand(?:ed|s)|widen(?:ed|s)|broaden(?:ed|s)|extend(?:ed|s))\s+(?:(?:an?|the|its)\s+)?(?:(?:new|fresh|additional|further|more|sweeping|tougher|expanded|broader|wider|major|significant)\s+|(?:expansion|widening|broadening|extension|escalation)\s+of\s+(?:(?:its|the)\s+)?)(?:(?:US|U\.S\.|American|economic|energy)\s+)?sanctions\b/i;
// Russia's energy as the sanctions' target, after them.
const ENERGY_TARGET_RE =
  /\b(?:Russia['\u2019]s|Russian|Moscow['\u2019]s)\s+(?:(?:state-owned|major|largest|biggest|key|vital|crucial)\s+)*(?:energy|oil|gas|oil\s+and\s+gas|petroleum|crude|LNG)\b/i;
/** A cheap look before the rest: words of the target. */
export const ENERGY_QUIET_GATE_RE = compiledOnFirstRun(/\b(?:energy|oil|gas|petroleum|crude|LNG)\b/i);
const DOUBT_RE = new RegExp(
  String.raw`\b(?:will|would|could|should|might|${MODAL_MAY}|threat\w*|consider\w*|weigh\w*|mull\w*|plan\w*|prepar\w*|propos\w*|expect\w*|urg\w*|call(?:s|ed|ing)?\s+(?:on|for)|ready|readies|if|unless|whether|not|n['\u2019]t|no|never|warn\w*|promis\w*|vow\w*|pledg\w*|took\s+effect|takes?\s+effect|came\s+into|in\s+force|effective|expir\w*|lapse\w*|license|licence|waiver)\b|\?`,
  'i',
);
/** Days from either recorded action within which a day told may be a slip about it. */
const NEAR_ACTION_DAYS = 14;

export function energyActionsOffRecord(doc: Doc): Annotation[] {
  if (!doc.dateCertain) return [];
  const records = doc.facts.base.sanctions.filter((s) => s.jurisdiction === 'usa' && s.energyFirstSince && isConfident(s));
  if (!records.length) return [];
  const out: Annotation[] = [];
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('sanctions') || !ENERGY_QUIET_GATE_RE.test(text)) continue;
    const act = NEW_ACT_RE.exec(text);
    if (!act || !US_ACTOR_RE.test(text.slice(0, act.index)) || DOUBT_RE.test(text)) continue;
    const target = ENERGY_TARGET_RE.exec(text.slice(act.index + act[0].length));
    if (!target || target.index > 60) continue;
    const days = datesIn(doc, sentence, sentence).filter((d) => d.granularity === 'day' && d.explicitYear && !d.relative);
    if (days.length !== 1 || days[0].last > doc.asOf) continue;
    const d = days[0];
    const record = records.find(
      (r) =>
        d.first > r.energyFirstSince! &&
        d.last < r.date &&
        gapDays(d, factRange(r.energyFirstSince!)) > NEAR_ACTION_DAYS &&
        gapDays(d, factRange(r.date)) > NEAR_ACTION_DAYS,
    );
    if (!record) continue;
    const start = Math.min(d.start, sentence.start + act.index);
    const end = Math.max(d.end, sentence.start + act.index + act[0].length + target.index + target[0].length);
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      verdict: 'contradicted',
      kind: 'sanction',
      factIds: [record.id],
      message: `No new US sanctions on Russia's energy sector came on ${formatDay(d.first)}: none came between ${formatDay(record.energyFirstSince!)} and ${formatDay(record.date)}. ${record.summary}`,
      fact: record.summary,
      sources: sourcesOf(record),
    });
  }
  return out;
}
