// The annotation of a claim about the price cap on Russian oil: its span, a verdict, and the cap's record as the fact and
// sources. One builder for price-cap.ts and the two readers it gates (price-cap-replaced.ts, price-cap-alone.ts).
import type { PriceCap } from '../../facts/schema';
import type { Annotation } from '../types';
import type { Doc } from '../doc';
import type { Span } from '../sentences';
import { sourcesOf } from '../holders';

export function capAnnotation(doc: Doc, span: Span, verdict: Annotation['verdict'], cap: PriceCap, message: string): Annotation {
  return {
    start: span.start,
    end: span.end,
    quote: doc.text.slice(span.start, span.end),
    verdict,
    kind: 'sanction',
    factIds: [cap.id],
    message,
    fact: cap.summary,
    sources: sourcesOf(cap),
  };
}
