// Money pledged to Ukraine, told by its amount: "The EU pledged a €90bn loan" (February 2026), "a separate €90 billion
// EU loan for Ukraine", "to obstruct a 90 billion euro loan for Ukraine" (AP, February 2026), "90 billion euros ($106
// billion) of support to Ukraine for 2026-27". Confirmed once agreed, when the donor and the recipient are named
// around the figure. Never flagged: the EU has other loans and packages for Ukraine with other amounts (the Ukraine
// Facility's EUR 50 billion, the G7's loans of EUR 45 billion, the reparations loan proposed at EUR 140-210 billion),
// so a different figure is not a wrong one.
import type { AidPledge } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import { formatDay } from '../dates';
import { sourcesOf } from '../holders';

// "€90bn", "EUR 90 billion", "90 billion euro(s)", "90bn euros".
const AMOUNT_RE = /(?:€\s?|EUR\s?)(\d{1,3}(?:\.\d)?)\s?(?:bn|billion)\b|\b(\d{1,3}(?:\.\d)?)\s?(?:bn|billion)\s+(?:euros?|EUR)\b/gi;
// What the amount is: right after it, a dollar conversion and a word or two aside ("EU", "interest-free").
const AID_AFTER_RE = /^\s*(?:\([^)]{0,30}\)\s*)?(?:[\w-]+\s+){0,2}?(?:loans?|support|financing|funding|package)\b/i;
const DONORS: Record<string, RegExp> = {
  eu: /\b(?:EU|E\.U\.|European\s+Union|European\s+Council|the\s+bloc|bloc['’]s|Brussels|EU\s+leaders)\b/,
};
const RECIPIENTS: Record<string, RegExp> = { ukr: /\b(?:Ukrain\w*|Kyiv|Kiev)\b/ };

export function aidPledgeClaims(doc: Doc): Annotation[] {
  const pledges = doc.facts.base.figures.aidPledges;
  if (!pledges?.length || !/bn|billion/.test(doc.text)) return [];
  const out: Annotation[] = [];
  doc.sentences.forEach((sentence, i) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!text.includes('bn') && !text.includes('billion')) return;
    const previous = i > 0 ? doc.text.slice(doc.sentences[i - 1].start, doc.sentences[i - 1].end) : '';
    AMOUNT_RE.lastIndex = 0;
    for (let m = AMOUNT_RE.exec(text); m; m = AMOUNT_RE.exec(text)) {
      const after = AID_AFTER_RE.exec(text.slice(m.index + m[0].length));
      if (!after) continue;
      const billions = Number(m[1] ?? m[2]);
      const pledge = pledges.find((p) => p.billions === billions && p.currency === 'EUR' && named(p, text, previous, doc.text));
      if (!pledge || doc.asOf < pledge.agreed) continue;
      const start = sentence.start + m.index;
      const end = start + m[0].length + after[0].length;
      out.push(onRecordFigure(doc, start, end, pledge, `agreed on ${formatDay(pledge.agreed)}`));
    }
  });
  return out;
}

/** A figure confirmed by a record of the fact base (a pledge, a demand), with when it was made: never a red flag. */
export function onRecordFigure(
  doc: Doc,
  start: number,
  end: number,
  record: { id: string; summary: string; confidence: string; sources: Array<{ url: string }> },
  when: string,
): Annotation {
  return {
    start,
    end,
    quote: doc.text.slice(start, end),
    kind: 'figure',
    verdict: record.confidence === 'verified' ? 'supported' : 'context',
    message: `On record: ${when}. ${record.summary}`,
    fact: record.summary,
    factIds: [record.id],
    sources: sourcesOf(record),
  };
}

/** The donor named in the sentence or the one before, the recipient in the sentence or anywhere on the page. */
function named(pledge: AidPledge, text: string, previous: string, page: string): boolean {
  const donor = DONORS[pledge.donor];
  const recipient = RECIPIENTS[pledge.recipient];
  return !!donor && !!recipient && (donor.test(text) || donor.test(previous)) && (recipient.test(text) || recipient.test(page));
}
