// Bounding a report draft before it is sent by message or stored (content script, popup, background).
import { LIMITS } from './limits';
import type { ReportDraft } from './types';

const clip = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * A draft cut to what a report can carry, and nothing else: whatever the page held, a draft
 * sent by message or kept in storage.session is a few kilobytes (the sentence is already a window
 * around the claim; this is the bound if it were not). The page's annotation fields the form does
 * not use (offsets, sources, the fact's text) are left out.
 */
export function boundDraft(draft: ReportDraft): ReportDraft {
  const { annotation } = draft;
  return {
    annotation: {
      quote: clip(String(annotation.quote), LIMITS.quote),
      verdict: annotation.verdict,
      kind: annotation.kind,
      factIds: (Array.isArray(annotation.factIds) ? annotation.factIds : [])
        .slice(0, LIMITS.factIds)
        .map((id) => clip(String(id), LIMITS.factId)),
      message: clip(String(annotation.message), LIMITS.message),
    },
    sentence: clip(String(draft.sentence), LIMITS.sentence),
    asOf: clip(String(draft.asOf), 10),
    asOfSource: draft.asOfSource,
    pageUrl: clip(String(draft.pageUrl), LIMITS.url),
  };
}
