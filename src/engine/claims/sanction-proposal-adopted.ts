// Round 48: the Commission's proposal of an EU sanctions package told as its adoption. The Commission proposes a package
// (with the High Representative) and the Council adopts it, unanimously, days or weeks later; on the day of the proposal the
// press often writes that the EU "has adopted" it. "The European Union has adopted a fifth package of sanctions against
// Russia, European Commission President Ursula von der Leyen announced on Tuesday" (Romania Journal, 5 April 2022: she
// only proposed it that day; ambassadors agreed it on the 7th and the Council adopted it on the 8th); "This sixth package of
// sanctions ... was adopted yesterday, 4 May" (b2eu consulting, 5 May 2022: proposed on 4 May, adopted on 3 June).
//
// Two readings, both with the package named once and its proposal and adoption on record and verified:
// - a day written out, told as the adoption's, that is the proposal's day ("adopted yesterday, 4 May"); round 39's
//   adoptedOnBlockedDay (sanction-packages.ts, run first) reads it where the proposal lies a week or more before every day
//   of the agreement, this one where it lies two to six days before (the 5th: proposed 5 April, agreed 7, adopted 8 April);
// - no day but the page's own, on a page of the proposal's day ("has adopted", "adopted on Tuesday").
// Each only when every other day on record (the adoption, the agreements before it, the entry into force) lies two days or
// more after it, so a late-night agreement reported the next morning is never read as the proposal. The adoption must be
// told done, of this package, by its verb right before the package ("adopted a fifth package") or right after it ("the
// sixth package ... was adopted"); never the Commission's adoption of its proposal ("the Commission has adopted a proposal
// for"), a plan, a forecast, the envoys' agreement or a proposal told in the sentence (the callers' checks).
import type { Sanction, SanctionPackageStep } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { factRange, formatDay, gapDays, type DateMention } from '../dates';
import { isConfident, sourcesOf } from '../holders';
import { ordinalText } from '../numbers';

// The adoption told as done, right before the package: "has adopted a fifth package", "adopted its seventh", "on Wednesday
// imposed a tenth".
const DONE_BEFORE_RE = /\b(?:adopted|approved|imposed|enacted)\s+(?:(?:a|an|the|its|their|new|EU['\u2019]s|bloc['\u2019]s)\s+){1,2}$/i;
// Or right after it: "the sixth package ... was adopted", "has been approved", "were imposed".
const DONE_AFTER_RE =
  /^[^.;:]{0,160}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:formally\s+|officially\s+|finally\s+|unanimously\s+)?(?:adopted|approved|imposed|enacted)\b/i;
// The Commission as the adopter: it adopts its proposal, which is no adoption of the package.
const BY_COMMISSION_RE = /\bby\s+(?:the\s+)?(?:European\s+)?Commission\b|\bCommission\s+(?:has\s+|had\s+)?adopted\b/i;
// Days after the proposal within which every other day on record would leave the reading in doubt.
const OTHER_STEP_GAP = 2;

/** Whether the sentence tells the package, at `claim`, as adopted: the verb right before or right after it. */
function adoptionToldOf(doc: Doc, sentence: Span, claim: Span): boolean {
  const before = doc.text.slice(Math.max(sentence.start, claim.start - 60), claim.start);
  const after = doc.text.slice(claim.end, sentence.end);
  return DONE_BEFORE_RE.test(before) || DONE_AFTER_RE.test(after);
}

export function proposalToldAsAdoption(
  doc: Doc,
  sentence: Span,
  text: string,
  n: number,
  claim: Span,
  adopted: Sanction,
  steps: readonly SanctionPackageStep[],
  dates: readonly DateMention[],
): Annotation | null {
  // A dispute over which of the adoption's days is the one (the 19th's: agreed on 22 October 2025, adopted by written procedure
  // on the 23rd) leaves every one of them weeks after the proposal: the record need only be verified.
  if (!doc.dateCertain || adopted.confidence !== 'verified') return null;
  const proposal = steps.find((s) => s.step === 'proposed' && isConfident(s));
  if (!proposal || BY_COMMISSION_RE.test(text) || !adoptionToldOf(doc, sentence, claim)) return null;
  const proposedOn = factRange(proposal.date);
  const others = [adopted.date, ...(adopted.altDates ?? []), ...(adopted.inForce ?? [])].map(factRange);
  if (others.some((r) => r.first < proposedOn.first || gapDays(proposedOn, r) < OTHER_STEP_GAP)) return null;
  const written = dates.filter((d) => !d.relative && d.granularity === 'day');
  let day: DateMention | null = null;
  if (written.length) {
    // A day written out: the one day of the sentence ("yesterday, 4 May" tells it twice), the proposal's.
    if (written.length !== 1 || dates.some((d) => d !== written[0] && !(d.relative && gapDays(d, written[0]) === 0))) return null;
    if (gapDays(written[0], proposedOn) !== 0 || written[0].first > doc.asOf) return null;
    day = written[0];
  } else {
    // No day written out: the page of the proposal's day, and nothing in the sentence that tells of another time.
    if (doc.asOf !== proposal.date) return null;
    if (dates.some((d) => d.granularity !== 'day' || d.first !== proposal.date || d.last !== proposal.date)) return null;
  }
  const start = day ? Math.min(claim.start, day.start) : claim.start;
  const end = day ? Math.max(claim.end, day.end) : claim.end;
  const agreed = (adopted.altDates ?? []).filter((a) => a < adopted.date);
  const agreedWords = agreed.length ? ` (agreed on ${agreed.map(formatDay).join(' and ')})` : '';
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    verdict: 'contradicted',
    kind: 'sanction',
    factIds: [adopted.id, `eu-package-${n}-proposed`],
    message: `Not so: on ${formatDay(proposal.date)} the European Commission only proposed the EU's ${ordinalText(n)} sanctions package; the Council adopted it on ${formatDay(adopted.date)}${agreedWords}.`,
    fact: `${proposal.summary} EU ${ordinalText(n)} sanctions package, adopted ${formatDay(adopted.date)}: ${adopted.summary}`,
    sources: sourcesOf(proposal, adopted),
  };
}
