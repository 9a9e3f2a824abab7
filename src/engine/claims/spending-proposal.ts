// Round 45 (confirm-only). The Secretary General's proposal before The Hague, told by his office or his name: "He reiterated that
// Germany supports a proposal by the NATO Secretary General to increase investment in defence and relevant infrastructure to
// five percent of GDP, referring to a plan to gradually raise military spending to 3.5 percent and security related spending to
// 1.5 percent of output" (AFP via mixedtimes, 28 May 2025, held-out 43 tx034), "Rutte's proposal of 3.5% for core defence and
// 1.5% for related spending", "NATO chief Mark Rutte has proposed alliance members boost defence spending to 3.5% of GDP".
//
// Reuters reported Rutte's proposal on 2 May 2025 (figures.json, spendingDemands, a proposal of the Secretary General on its
// day); the allies adopted its split at The Hague on 25 June. Two readings, both only confirmations (a figure the proposal did
// not hold may be one he floated on another day, or one ally's own: left alone):
// - the proposal named (by the office, "NATO chief", or the holder's surname), then within its clause the figures it held
//   (the whole and its two parts), from the day it was reported on;
// - the two parts told in words, core (military, defence) before related (security, infrastructure, resilience), from the day
//   the proposal was reported to the summit that adopted them, where nothing says they were already agreed ("allies agreed to
//   3.5% and 1.5%" in May is figure.ts's context, "only adopted on June 25"); NATO, its allies, the Secretary General or The
//   Hague named in the sentence or the two before. This reading takes the place of that context on a plan or proposal.
import type { SpendingTarget } from '../../facts/schema';
import type { Annotation } from '../types';
import { countriesNamed, type Doc } from '../doc';
import { formatDay } from '../dates';
import { onDay, tenuresOf } from '../holders';
import { onRecordFigure } from './spending-aid';
import { compiledOnFirstRun } from '../triggers';

const SG_OFFICE = 'nato-secretary-general';
export type SpendingDemand = NonNullable<Doc['facts']['base']['figures']['spendingDemands']>[number];
const GATE_RE = compiledOnFirstRun(
  /\b(?:3\.5|1\.5|three\s+and\s+a\s+half|one\s+and\s+a\s+half)\b|(?<![\d.,])\b(?:5|five)\s*(?:%|[\s-]?per\s?cent)/i,
);
const PERCENT_RE =
  /(?<![\d.,])\b(\d+(?:\.\d+)?|five|three\s+and\s+a\s+half|one\s+and\s+a\s+half)(?:\s*%|[\s-]?per\s?cent\b|[\s-]?per[\s-]cent\b)/gi;
const WORDS: Record<string, number> = { five: 5, 'three and a half': 3.5, 'one and a half': 1.5 };
const valueOf = (s: string) => WORDS[s.toLowerCase().replace(/\s+/g, ' ')] ?? Number(s);

// The proposal named: "a proposal by the NATO Secretary General", "the Secretary General's proposal", "NATO chief Mark Rutte has
// proposed", "Rutte's plan"; the surname is put in at the place of SURNAME.
const PROPOSAL_SOURCE =
  "\\b(?:(?:a|the|his)\\s+(?:\\w+\\s+)?(?:proposal|plan|formula)\\s+(?:by|from|of)\\s+(?:the\\s+)?(?:NATO|Nato|alliance)?\\s*(?:Secretary[\\s-]General|chief|head)\\b(?:\\s+(?:[A-Z][a-z]+\\s+)?SURNAME\\b)?|(?:(?:the\\s+)?(?:NATO|Nato)\\s+(?:Secretary[\\s-]General|chief)(?:\\s+(?:[A-Z][a-z]+\\s+)?SURNAME)?|the\\s+Secretary[\\s-]General|SURNAME)(?:['\\u2019]s\\s+(?:\\w+\\s+)?(?:proposal|plan|formula)\\b|\\s+(?:has\\s+|had\\s+|is\\s+|was\\s+)?(?:proposed|proposing|suggested|put\\s+forward|floated|urg(?:ed|es|ing))\\b))";
// Where the proposal's clause ends: the end of the sentence, or a country named (checked apart) within this many characters.
const CLAUSE_CHARS = 200;
// The two parts in words: core before related, joined.
const CORE_BEFORE_RE = /\b(?:core|military|defen[cs]e|hard)\b[^.;%]{0,40}$/i;
const CORE_AFTER_RE = /^[^.;%]{0,25}?\b(?:core|military|defen[cs]e|hard)\b/i;
const RELATED_NEAR_RE =
  /\b(?:security|infrastructure|resilience|related|broader|wider|dual[- ]use|civil|cyber)\b[^.;%]{0,40}$|^[^.;%]{0,40}?\b(?:security|infrastructure|resilience|related|broader|wider|dual[- ]use|civil|cyber)\b/i;
const JOINED_RE = /^[^.;%]{0,80}?(?:\band\b|\bplus\b|\bwith\s+(?:an?\s+)?(?:additional|further|extra)\b|,)[^.;%]{0,60}$/i;
// Told as already agreed (and not as what is expected): the parts' adoption, which came only at The Hague.
const AGREED_RE = /\b(?:agreed|adopted|approved|decided|endorsed|committed|signed\s+up|pledged)\b/i;
const EXPECTED_RE = /\b(?:expected|will|set\s+to|to\s+be|poised|likely|would|plan\w*|propos\w*)\b/i;
// A refusal or a supposition ("Madrid refused to commit to 3.5% ... and 1.5%"), or a deadline told with the parts (the proposal
// was reported with 2032, the summit set 2035: "Allies would set 3.5% ... by 2030" is left to the figure readers).
const DOUBT_RE = /\b(?:refus\w*|reject\w*|oppos\w*|not|never|could|might|if|whether|unless|instead)\b|n['\u2019]t\b|\?/i;
const BY_YEAR_RE = /\bby\s+20\d{2}\b/;
const DOMAIN_RE = /\b(?:GDP|gross\s+domestic\s+product|output|defen[cs]e|military|security|spending|budgets?|expenditures?|investment)\b/i;
const NATO_NEAR_RE = /\b(?:NATO|Nato|[Aa]llies|[Aa]lliance|Secretary[\s-]General|Rutte|Hague)\b/;

/**
 * Whether a level on record was put forward by NATO's Secretary General in office that day: a proposal to the allies, read
 * here in its own forms, not as a leader's demand (spending-demands.ts, whose "Rutte said ... five percent" is any mention).
 */
export function bySecretaryGeneral(doc: Doc, d: SpendingDemand): boolean {
  const office = doc.facts.offices.get(SG_OFFICE);
  return !!office && tenuresOf(d.person, office).some((t) => onDay(t, d.said) === 'in');
}

/** The Secretary General's proposals on record, with the target that adopted their figures. */
function proposals(doc: Doc): Array<{ demand: SpendingDemand; surname: string; adopted?: SpendingTarget }> {
  const out: Array<{ demand: SpendingDemand; surname: string; adopted?: SpendingTarget }> = [];
  for (const d of doc.facts.base.figures.spendingDemands ?? []) {
    if (d.confidence !== 'verified' || d.said > doc.asOf || !bySecretaryGeneral(doc, d)) continue;
    const surname = doc.facts.people.get(d.person)?.surnames?.[0];
    if (!surname) continue;
    const adopted = doc.facts.base.figures.spendingTargets.find(
      (t) => t.percent === d.percent && t.adopted >= d.said && t.components?.length && t.confidence === 'verified',
    );
    out.push({ demand: d, surname, adopted });
  }
  return out;
}

const proposalRes = new Map<string, RegExp>();
function proposalRe(surname: string): RegExp {
  let re = proposalRes.get(surname);
  if (!re)
    proposalRes.set(surname, (re = new RegExp(PROPOSAL_SOURCE.replaceAll('SURNAME', surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), 'g')));
  return re;
}

export function proposalClaims(doc: Doc): Annotation[] {
  if (!GATE_RE.test(doc.text)) return [];
  const found = proposals(doc);
  if (!found.length) return [];
  const out: Annotation[] = [];
  const push = (a: Annotation) => {
    if (!out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
  };
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!GATE_RE.test(text)) return;
    // Spending of the alliance's members: a word of defence or GDP in the sentence, NATO or its Secretary General near.
    const window = doc.text.slice(doc.sentences[Math.max(0, i - 2)].start, sentence.end);
    if (!DOMAIN_RE.test(text) || !NATO_NEAR_RE.test(window)) return;
    const figures = [...text.matchAll(PERCENT_RE)].map((m) => ({ at: m.index, end: m.index + m[0].length, value: valueOf(m[1]) }));
    for (const { demand, surname, adopted } of found) {
      const held = new Set([demand.percent, ...(adopted?.components ?? []).map((c) => c.percent)]);
      const when = `proposed by the Secretary General, reported on ${formatDay(demand.said)}`;
      // The proposal named, then its figures in its clause.
      const re = proposalRe(surname);
      re.lastIndex = 0;
      let named = false;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        named = true;
        const from = m.index + m[0].length;
        for (const f of figures) {
          if (f.at < from || f.at - from > CLAUSE_CHARS || !held.has(f.value)) continue;
          if (countriesNamed(doc, sentence.start + from, sentence.start + f.at).size > 0) break;
          push(onRecordFigure(doc, sentence.start + f.at, sentence.start + f.end, demand, when));
        }
      }
      // The two parts in words, between the report and the adoption.
      if (!adopted?.components || doc.asOf >= adopted.adopted) continue;
      const [core, related] = adopted.components;
      if ((AGREED_RE.test(text) && !EXPECTED_RE.test(text)) || DOUBT_RE.test(text) || BY_YEAR_RE.test(text)) continue;
      for (let k = 0; k + 1 < figures.length; k++) {
        const a = figures[k];
        const b = figures[k + 1];
        if (a.value !== core.percent || b.value !== related.percent) continue;
        // One ally's own split ("Spain wants to raise military spending to 3.5 percent and ... 1.5 percent"), unless the
        // sentence names the proposal ("Germany supports a proposal by the NATO Secretary General ...").
        if (!named && countriesNamed(doc, sentence.start, sentence.start + a.at).size > 0) continue;
        const before = text.slice(Math.max(0, a.at - 60), a.at);
        if (!CORE_BEFORE_RE.test(before) && !CORE_AFTER_RE.test(text.slice(a.end, b.at))) continue;
        if (!JOINED_RE.test(text.slice(a.end, b.at))) continue;
        if (!RELATED_NEAR_RE.test(text.slice(a.end, b.at)) && !RELATED_NEAR_RE.test(text.slice(b.end, b.end + 60))) continue;
        for (const f of [a, b]) push(onRecordFigure(doc, sentence.start + f.at, sentence.start + f.end, demand, when));
      }
    }
  });
  return out;
}
