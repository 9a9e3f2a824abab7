// Round 22. A tenure told as spanning a dated event of the war: "Jens Stoltenberg served as NATO Secretary General from
// October 2014 to October 2024 ... His tenure encompassed events such as Russia's annexation of Crimea, the rise and fall of
// ISIS, ..." (caliber.az, February 2025: Crimea was annexed on 18 March 2014, six months before he took office; the
// Secretary General then was Rasmussen). "Rutte's tenure as Prime Minister saw Russia's full-scale invasion of Ukraine"
// is true.
//
// Read: "his/her/NAME's (first|second|...) tenure|term|time in office (as TITLE) encompassed|included|spanned|covered|saw|
// witnessed" and, right after it or as an item of the list it heads ("events such as A, B and C"), the annexation of Crimea
// or the full-scale invasion (figures.war). The person is the one named by the possessive, or the one person named before
// "his/her" in the sentence and the two before it. The office is the one named after "as", else the one office of that
// person's that the sentence or the one before names.
//
// Supported when the event fell within one of the person's tenures of that office; contradicted when it fell more than a
// month outside every one, the records verified. Never with a reaction between the verb and the event ("the response to",
// "the aftermath of"), a hypothetical, or a tenure of no office identified.
import type { Annotation } from '../types';
import type { ClaimDetector } from '../detector';
import type { Doc } from '../doc';
import { addDays, formatDay } from '../dates';
import { isConfident, onDay, sourcesOf, tenuresOf, type Tenure } from '../holders';
import type { Office } from '../../facts/schema';
import { HYPOTHETICAL_RE } from './history-common';
import { officesNamed } from './tenure';
import { namedPeople } from './tenure-pronoun';
import { keysGate } from '../triggers';

const KEYS = ['tenure', 'term', 'time in office', 'mandate'];
const KEYS_GATE = keysGate(KEYS);
const SPANNED_RE = new RegExp(
  String.raw`\b(?:([Hh]is|[Hh]er)|(\p{Lu}[\p{L}'\u2019-]+)['\u2019]s?)\s+(?:(?:first|second|third|fourth|decade-long|ten-year|long|entire|whole)\s+)?(?:tenure|term(?:\s+in\s+office)?|time\s+in\s+office|mandate)(\s+(?:as|at\s+the\s+helm\s+of|at\s+the\s+head\s+of|at)\s+[^,.;:()]{2,60}?)?\s+(?:encompassed|included|spanned|covered|saw|witnessed|has\s+(?:encompassed|included|spanned|covered|seen|witnessed))\s+`,
  'gu',
);
// What may stand between the verb and the event: a head ("events such as") and the items of the list before it.
const LEAD_RE =
  /^(?:(?:(?:major|significant|key|important|momentous|historic|pivotal|dramatic|defining)\s+)*(?:events|crises|developments|challenges|moments|upheavals|milestones|episodes|turning\s+points)\s*(?:,\s*)?(?:such\s+as|like|including|as\s+varied\s+as)\s+)?(?:[^,;.:()]{1,70},\s+(?:and\s+)?){0,5}(?:the\s+|Russia['\u2019]s\s+|Moscow['\u2019]s\s+)?$/i;
// A reaction or aftermath is not the event: "the response to Russia's annexation of Crimea".
const REACTION_RE =
  /\b(?:respons\w*|react\w*|aftermath|wake|fallout|consequences?|effects?|legacy|after|following|followed|preceded|prompted|triggered|since|before|sanctions?|recovery|lessons|memory|anniversar\w*|years?|decades?|continued|ongoing|years-long)\b/i;
// The event's course, not the event: "saw Russia's full-scale invasion of Ukraine continue / enter its third year".
const COURSE_AFTER_RE = /^\s*(?:continu|grind|drag|rag|enter|persist|go\s+on|goes\s+on|escalat|intensif|into\s+its|in\s+its|drew|draw)/i;
interface WarEvent {
  re: RegExp;
  day: string;
  label: string;
  record: { sources: Array<{ url: string }> };
}

// Built once (speed, round 41): a literal in withSpannedEvents was a new expression, parsed again, at each call.
const WITH_SPANNED_EVENTS_RE = /annexation|invasion/;
export function withSpannedEvents(tenure: ClaimDetector): ClaimDetector {
  return {
    kind: tenure.kind,
    triggers: tenure.triggers,
    find: (doc, ctx) => {
      const out = tenure.find(doc, ctx);
      if (!KEYS_GATE.test(doc.folded) || !WITH_SPANNED_EVENTS_RE.test(doc.folded)) return out;
      for (const a of spannedEvents(doc)) if (!out.some((b) => b.start < a.end && a.start < b.end)) out.push(a);
      return out;
    },
  };
}

function warEvents(doc: Doc): WarEvent[] {
  const war = doc.facts.base.figures.war;
  if (!war) return [];
  return [
    {
      re: /^(?:(?:the\s+)?(?:Russian\s+|illegal\s+|2014\s+)*)?annexation\s+of\s+(?:the\s+)?Crimea(?:n\s+[Pp]eninsula)?\b/,
      day: war.crimeaAnnexation.date,
      label: 'Russia annexed Crimea',
      record: war.crimeaAnnexation,
    },
    {
      re: /^(?:(?:the\s+)?(?:Russian\s+|2022\s+)*)?full[- ]scale\s+invasion\s+of\s+Ukraine\b/,
      day: war.fullScaleInvasion.date,
      label: 'Russia launched its full-scale invasion of Ukraine',
      record: war.fullScaleInvasion,
    },
  ];
}

function spannedEvents(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const events = warEvents(doc);
  if (!events.length) return out;
  SPANNED_RE.lastIndex = 0;
  for (let m = SPANNED_RE.exec(doc.text); m; m = SPANNED_RE.exec(doc.text)) {
    const afterVerb = m.index + m[0].length;
    const sentence = doc.sentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (!sentence) continue;
    const rest = doc.text.slice(afterVerb, sentence.end);
    // The event: the first of the war's events after the verb with only a list's head and items before it.
    let found: { event: WarEvent; start: number; end: number } | null = null;
    for (const event of events) {
      for (let i = 0; i <= Math.min(rest.length, 400); i++) {
        if (i > 0 && !/[\s,]/.test(rest[i - 1])) continue;
        const e = event.re.exec(rest.slice(i));
        if (!e) continue;
        const between = rest.slice(0, i);
        const after = rest.slice(i + e[0].length, i + e[0].length + 30);
        if (LEAD_RE.test(between) && !REACTION_RE.test(between) && !COURSE_AFTER_RE.test(after))
          found = { event, start: afterVerb + i, end: afterVerb + i + e[0].length };
        break;
      }
      if (found) break;
    }
    if (!found) continue;
    const sentenceText = doc.text.slice(sentence.start, sentence.end);
    if (HYPOTHETICAL_RE.test(sentenceText)) continue;
    const personId = personOf(doc, m, sentence);
    if (!personId) continue;
    const office = officeOf(doc, personId, m, sentence);
    if (!office) continue;
    const tenures = tenuresOf(personId, office);
    if (!tenures.length) continue;
    const day = found.event.day;
    const during = tenures.find((t) => onDay(t, day) === 'in');
    const farOutside = tenures.every((t) => addDays(day, 31) < t.from || (t.untilLate !== null && day >= addDays(t.untilLate, 31)));
    const name = doc.facts.people.get(personId)?.name ?? 'This person';
    const spanFacts = tenures.map(describe).join('; ');
    const start = m.index;
    const end = found.end;
    const base = { start, end, quote: doc.text.slice(start, end), kind: 'tenure' as const, factIds: [office.id] };
    if (during && isConfident(during.holder))
      out.push({
        ...base,
        verdict: 'supported',
        message: `${found.event.label} on ${formatDay(day)}, while ${name} held the office of ${office.name} (${spanFacts}).`,
        fact: `${name}: ${office.name}, ${spanFacts}.`,
        sources: sourcesOf(during.holder, found.event.record),
      });
    else if (farOutside && tenures.every((t) => isConfident(t.holder)) && doc.dateCertain)
      out.push({
        ...base,
        verdict: 'contradicted',
        message: `Not so: ${found.event.label} on ${formatDay(day)}, outside ${name}'s tenure as ${office.name} (${spanFacts}).`,
        fact: `${name}: ${office.name}, ${spanFacts}.`,
        sources: sourcesOf(...tenures.map((t) => t.holder), found.event.record),
      });
  }
  return out;
}

const describe = (t: Tenure) => `${formatDay(t.holder.start)} – ${t.holder.end ? formatDay(t.holder.end) : 'in office'}`;

/** The one person the possessive names, or the one person named before "his/her" in the sentence and the two before it. */
function personOf(doc: Doc, m: RegExpExecArray, sentence: { start: number; end: number }): string | null {
  const people = namedPeople(doc);
  if (m[2]) {
    const end = m.index + m[2].length;
    const ids = new Set(people.filter((p) => p.end === end || (p.start <= m.index && end <= p.end)).map((p) => p.personId));
    return ids.size === 1 ? [...ids][0] : null;
  }
  const i = doc.sentences.indexOf(sentence as (typeof doc.sentences)[number]);
  const from = doc.sentences[Math.max(0, i - 2)]?.start ?? sentence.start;
  const ids = new Set(people.filter((p) => p.start >= from && p.end <= m.index).map((p) => p.personId));
  return ids.size === 1 ? [...ids][0] : null;
}

/** The office named after "as", else the one office of the person's named in the sentence or the one before. */
function officeOf(doc: Doc, personId: string, m: RegExpExecArray, sentence: { start: number; end: number }): Office | null {
  const held = (offices: Office[]) => offices.filter((o) => tenuresOf(personId, o).length > 0);
  if (m[3]) {
    const at = m.index + m[0].indexOf(m[3]);
    const named = held(officesNamed(doc, at, at + m[3].length));
    return named.length === 1 ? named[0] : null;
  }
  const i = doc.sentences.indexOf(sentence as (typeof doc.sentences)[number]);
  const from = i > 0 ? doc.sentences[i - 1].start : sentence.start;
  const named = held(officesNamed(doc, from, sentence.end));
  return named.length === 1 ? named[0] : null;
}
