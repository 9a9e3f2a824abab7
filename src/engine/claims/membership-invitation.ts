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
import { HYPOTHETICAL_RE } from './history-common';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const INVITATION_RE = new RegExp(
  `\\b(?:(?:[Ff]ormal|[Oo]fficial|[Tt]he|[Ii]ts|[Aa]n?)\\s+)?(?:formal\\s+|official\\s+)?[Ii]nvitation\\s+(?:to\\s+(?:join\\s+)?(?:NATO|Nato|the\\s+(?:military\\s+)?[Aa]lliance)|for\\s+(?:NATO\\s+)?membership)\\s+(?:was|had\\s+been)\\s+(?:formally\\s+|officially\\s+)?(?:given|extended|issued|sent|delivered|made|received)\\s+in\\s+(${MONTHS})\\s+((?:19|20)\\d{2})\\b`,
  'g',
);

export function invitationMonthClaims(doc: Doc): Annotation[] {
  const out: Annotation[] = [];
  if (!/nvitation/.test(doc.text)) return out;
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
    const invitedIn = (span: { start: number; end: number }) => [
      ...new Set(
        matchesIn(doc, span, 'qualifier')
          .map((q) => q.value.jurisdiction)
          .filter((id) => steps.some((s) => s.country === id && s.step === 'invited')),
      ),
    ];
    let countries = invitedIn(sentence);
    if (!countries.length && i > 0) countries = invitedIn(doc.sentences[i - 1]);
    if (countries.length !== 1) continue;
    const [country] = countries;
    const own = steps.filter((s) => s.country === country && (s.step === 'invited' || s.step === 'protocol-signed'));
    const invited = own.find((s) => s.step === 'invited');
    if (!invited) continue;
    const month = String(MONTHS.split('|').indexOf(m[1]) + 1).padStart(2, '0');
    const said = factRange(`${m[2]}-${month}`);
    const fits = own.find((s) => gapDays(said, factRange(s.date)) === 0);
    const far = own.every((s) => gapDays(said, factRange(s.date)) > 31);
    if (!fits && !far) continue;
    const sure = far && own.every((s) => s.confidence === 'verified') && doc.dateCertain;
    if (!fits && !sure) continue;
    const record = fits ?? invited;
    const told = own.map((s) => `${s.step === 'invited' ? 'invited' : 'accession protocol signed'} ${formatDay(s.date)}`).join('; ');
    out.push({
      start,
      end,
      quote: doc.text.slice(start, end),
      kind: 'membership',
      verdict: fits ? 'supported' : 'contradicted',
      message: fits ? `On record: ${record.summary}` : `Not in ${m[1]} ${m[2]}: ${told}.`,
      fact: own.map((s) => s.summary).join(' '),
      factIds: own.map((s) => s.id),
      sources: sourcesOf(...own),
    });
  }
  return out;
}
