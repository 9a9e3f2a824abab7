// One tenure annotation resting on one tenure of the record: the words told, the verdict, and the tenure's
// holder line and sources on the card. The dismissal, departure, administration and return readers build
// theirs here rather than each writing out the same object.
import type { Annotation, Verdict } from '../types';
import type { Doc } from '../doc';
import { describeHolder, sourcesOf, type Tenure } from '../holders';

export interface TenureNote {
  start: number;
  end: number;
  verdict: Verdict;
  factIds: string[];
  message: string;
  /** The tenure the verdict rests on: its holder is described on the card. */
  tenure: Tenure;
  /** Default: the tenure's own sources. */
  sources?: string[];
  /** Trim the quote's trailing spaces (words cut before a title or a day). */
  trim?: boolean;
}

export function tenureNote(doc: Doc, n: TenureNote): Annotation {
  const quote = doc.text.slice(n.start, n.end);
  return {
    start: n.start,
    end: n.end,
    quote: n.trim ? quote.trimEnd() : quote,
    kind: 'tenure',
    verdict: n.verdict,
    factIds: n.factIds,
    message: n.message,
    fact: describeHolder(doc.facts.people.get(n.tenure.holder.person), n.tenure),
    sources: n.sources ?? sourcesOf(n.tenure.holder),
  };
}
