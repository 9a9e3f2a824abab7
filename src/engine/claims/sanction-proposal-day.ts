// Round 40: the day the European Commission proposed a sanctions package, told wrong where the record holds both the proposal
// and the package's other days. "European Commission President Ursula von der Leyen announced on June 11 that the EU has
// proposed to ban the operation of the Nord Stream 1 and 2 gas pipelines and reduce the price cap on Russian oil" (held-out 38
// ry009, a page of 11 June 2025: she presented the 18th package on Tuesday 10 June), "The Commission unveiled its 19th package
// on September 18, 2025" (19 September).
//
// The package is identified by its number ("the 18th package", "its eighteenth sanctions package") or, where no number is
// told, by the one measure on record as its own (the ban on the Nord Stream pipelines, the 18th's). The proposal is told by its
// verb (proposed, unveiled, presented, put forward, tabled, or announced with a proposal), the Commission or its President
// its maker, with one day written out (not "on Tuesday") right after the verb or heading the sentence. Contradicted when that
// day is one to three days off the proposal's on record and is no other day of the package (its adoption, the ambassadors'
// agreement, a blocked meeting); confirmed on the day. Never with the member states' envoys, ministers, capitals, the
// Parliament or the leaders in the sentence (the Commission presents its proposal to them on other days), with the adoption
// told, or in a plan, a forecast or a condition.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { SanctionPackageStep } from '../../facts/schema';
import { factRange, formatDay, gapDays, MODAL_MAY } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { numberFrom } from '../numbers';
import { datesIn } from './clauses';
import { compiledOnFirstRun } from '../triggers';

const PROPOSAL_WORD_RE = compiledOnFirstRun(/\b(?:propos(?:ed|al|es)|unveil(?:ed|s)|present(?:ed|s)|put\s+forward|tabled)\b/i);
const MAKER_RE = compiledOnFirstRun(
  /\b(?:European\s+Commission|(?:the\s+)?Commission|(?:Ursula\s+)?von\s+der\s+Leyen|EU|E\.U\.|European\s+Union|Brussels)\b/,
);
const NUMBERED_RE =
  /\b(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\s+(?:(?:EU|E\.U\.|new)\s+)?(?:sanctions?\s+)?package\b/i;
const NORD_STREAM_RE = /\bNord\s+Stream\b/;
const BAN_RE = /\bban(?:s|ned|ning)?\b|\bprohibit\w*/i;
// Another party the proposal may be presented to, days later; the adoption told; a plan, forecast or condition.
const OFF_RE = new RegExp(
  String.raw`\b(?:ambassadors?|envoys?|Coreper|member\s+states|capitals|ministers?|Parliament|MEPs|lawmakers|leaders|summit|adopt\w*|approv\w*|agreed|agreement|endors\w*|in\s+force|will|would|could|might|${MODAL_MAY}|expected|plans?\s+to|planned|planning|if|whether|scheduled|set\s+to|due\s+to|draft)\b`,
  'i',
);
// The day tied to the proposal: right after its verb ("proposed on June 11", "announced on June 11 that ... proposed") or
// heading the sentence ("On June 11, the Commission proposed").
const VERB_BEFORE_DAY_RE =
  /\b(?:propos(?:ed|es)|unveil(?:ed|s)|present(?:ed|s)|put\s+forward|tabled|announc(?:ed|es))(?:\s+(?:its|the|a|an)\s+(?:[\w-]+\s+){0,5}?(?:package|sanctions|measures|proposal))?\s+(?:on\s+)?$/i;
const HEAD_RE = /^\W*On\s+$/;
// Round 40 (lead's read): with the day heading the sentence, the proposal must be its main verb, right after the maker ("On
// June 11, the Commission proposed"), not a clause of another act ("On June 11, von der Leyen defended the 18th package she
// had proposed a day earlier").
const HEAD_MAIN_VERB_RE =
  /^[\s,]*(?:(?:the|European|Commission|Commission['\u2019]s|EU|E\.U\.|Union|Brussels|President|chief|Ursula|von|der|Leyen)\b[\s,]*)*(?:formally\s+|officially\s+|first\s+)?(?:propos(?:ed|es)|unveil(?:ed|s)|present(?:ed|s)|put\s+forward|tabled|announc(?:ed|es))\b/i;
// An act told as before another: "had proposed", "a day earlier", "the day before".
const EARLIER_RE =
  /\bhad\s+(?:\w+\s+)?(?:propos|unveil|present|put\s+forward|tabled|announc)\w*|\b(?:earlier|the\s+(?:day|week)\s+before|previous\s+day|before\s+that)\b/i;
const STEP_SLACK_DAYS = 3;

function packageOf(doc: Doc, text: string): number | null {
  const m = NUMBERED_RE.exec(text);
  if (m) {
    const n = numberFrom(m[1]);
    return n >= 1 && n <= 40 ? n : null;
  }
  // No number: the Nord Stream ban, the one measure whose package's proposal is on record with it.
  if (!NORD_STREAM_RE.test(text) || !BAN_RE.test(text)) return null;
  const steps = (doc.facts.base.sanctionLaw?.packageSteps ?? []).filter((s) => s.step === 'proposed' && NORD_STREAM_RE.test(s.summary));
  return steps.length === 1 ? steps[0].package : null;
}

export function proposalDays(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  const allSteps = doc.facts.base.sanctionLaw?.packageSteps ?? [];
  if (!allSteps.length) return out;
  for (const sentence of doc.sentences) {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!PROPOSAL_WORD_RE.test(text) || !MAKER_RE.test(text) || OFF_RE.test(text)) continue;
    const n = packageOf(doc, text);
    if (n === null) continue;
    const steps: SanctionPackageStep[] = allSteps.filter((s) => s.package === n);
    const proposal = steps.find((s) => s.step === 'proposed');
    if (!proposal) continue;
    const dates = datesIn(doc, sentence, sentence);
    if (dates.length !== 1) continue;
    const d = dates[0];
    if (d.granularity !== 'day' || d.relative || !(d.explicitYear || doc.dateCertain) || d.first > doc.asOf) continue;
    const dayStart = d.start + (/^on\s/i.test(doc.text.slice(d.start, d.end)) ? 3 : 0);
    const before = doc.text.slice(Math.max(sentence.start, dayStart - 90), dayStart);
    const verb = VERB_BEFORE_DAY_RE.exec(before);
    if (!verb && !(HEAD_RE.test(doc.text.slice(sentence.start, dayStart)) && HEAD_MAIN_VERB_RE.test(doc.text.slice(d.end, sentence.end))))
      continue;
    if (EARLIER_RE.test(text)) continue;
    const gap = gapDays(d, factRange(proposal.date));
    if (gap > STEP_SLACK_DAYS) continue;
    // From the verb (a title before it is the titles' claim), else the day heading the sentence.
    const span = { start: verb ? dayStart - before.length + verb.index : dayStart, end: d.end };
    const fact = proposal.summary;
    const base = {
      start: span.start,
      end: span.end,
      quote: doc.text.slice(span.start, span.end),
      kind: 'sanction' as const,
      factIds: [`eu-package-${n}-proposed`],
      fact,
      sources: sourcesOf(proposal),
    };
    // The day itself: confirmed. A day off: the Commission proposes in Brussels by day, a day that no time zone moves.
    if (gap === 0) {
      if (proposal.confidence === 'verified') out.push({ ...base, verdict: 'supported', message: `On record: ${fact}` });
      continue;
    }
    // Another day of the package's record (its adoption, the envoys' agreement, a meeting that blocked it): left alone.
    const adopted = doc.facts.base.sanctions.find((s) => s.package === n && s.jurisdiction === 'eu');
    const otherDays = [
      ...(adopted ? [adopted.date, ...(adopted.altDates ?? [])] : []),
      ...steps.filter((s) => s !== proposal).map((s) => s.date),
    ];
    if (otherDays.some((x) => gapDays(d, factRange(x)) <= 1)) continue;
    if (!isConfident(proposal) || !doc.dateCertain) continue;
    out.push({
      ...base,
      verdict: 'contradicted',
      message: `Not so: the Commission proposed the ${n}${ordinalSuffix(n)} package on ${formatDay(proposal.date)}, not ${doc.text
        .slice(d.start, d.end)
        .replace(/^on\s+/i, '')}. ${fact}`,
    });
  }
  return out;
}

const ordinalSuffix = (n: number) =>
  n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
