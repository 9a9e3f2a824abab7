// Reading Factmark's work from a page, the way a test (or a person with devtools) can: the
// registered highlights' ranges, which quotes they cover, and the card inside its closed
// shadow root (reachable only through the DevTools protocol, not from page scripts).
import type { Page } from 'playwright-core';

const HIGHLIGHT_NAMES = ['factmark-supported', 'factmark-outdated', 'factmark-contradicted', 'factmark-context'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

export interface PaintedRange {
  name: HighlightName;
  text: string;
  connected: boolean;
}

/** Every range of every factmark highlight, with its text. */
export function paintedRanges(page: Page): Promise<PaintedRange[]> {
  return page.evaluate(
    (names) => {
      const out: Array<{ name: string; text: string; connected: boolean }> = [];
      for (const name of names) {
        const highlight = CSS.highlights.get(name);
        if (!highlight) continue;
        for (const range of highlight as unknown as Iterable<Range>)
          out.push({ name, text: range.toString(), connected: range.startContainer.isConnected });
      }
      return out;
    },
    [...HIGHLIGHT_NAMES],
  ) as Promise<PaintedRange[]>;
}

/** Waits until the painted ranges stop changing (the content script's passes are done). */
export async function settledRanges(page: Page, { quietMs = 700, timeoutMs = 15_000 } = {}): Promise<PaintedRange[]> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(await paintedRanges(page));
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    await page.waitForTimeout(150);
    const now = JSON.stringify(await paintedRanges(page));
    if (now !== last) {
      last = now;
      stableSince = Date.now();
    } else if (now !== '[]' && Date.now() - stableSince >= quietMs) break;
  }
  return JSON.parse(last);
}

/**
 * For each quote: the names of the highlights whose ranges overlap its first occurrence in
 * the page's text (the scorer's rule: overlap counts). Null when the quote is not on the page.
 */
export function highlightsOverQuotes(page: Page, quotes: string[]): Promise<Array<HighlightName[] | null>> {
  return page.evaluate(
    ({ quotes, names }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
      return quotes.map((quote) => {
        const node = nodes.find((t) => t.data.includes(quote) && !t.parentElement?.closest('script,style,title,[hidden]'));
        if (!node) return null;
        const at = node.data.indexOf(quote);
        const q = document.createRange();
        q.setStart(node, at);
        q.setEnd(node, at + quote.length);
        const hits: string[] = [];
        for (const name of names) {
          const highlight = CSS.highlights.get(name);
          if (!highlight) continue;
          for (const r of highlight as unknown as Iterable<Range>) {
            if (!r.startContainer.isConnected) continue;
            const overlaps = r.compareBoundaryPoints(Range.START_TO_END, q) > 0 && r.compareBoundaryPoints(Range.END_TO_START, q) < 0;
            if (overlaps) hits.push(name);
          }
        }
        return [...new Set(hits)];
      });
    },
    { quotes, names: [...HIGHLIGHT_NAMES] },
  ) as Promise<Array<HighlightName[] | null>>;
}

/** The centre of the first client rect of the first range of a highlight whose text includes `text`. */
export function pointOver(page: Page, name: HighlightName, text: string): Promise<{ x: number; y: number } | null> {
  return page.evaluate(
    ({ name, text }) => {
      const highlight = CSS.highlights.get(name);
      if (!highlight) return null;
      for (const r of highlight as unknown as Iterable<Range>) {
        if (!r.toString().includes(text)) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = r.getClientRects()[0];
        return rect ? { x: rect.left + Math.min(rect.width / 2, 40), y: rect.top + rect.height / 2 } : null;
      }
      return null;
    },
    { name, text },
  );
}

/** The card's HTML from inside its closed shadow root, or null when no card is shown. */
export async function cardHtml(page: Page): Promise<string | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const host = findNode(root, (n) => n.localName === 'factmark-card');
    const shadow = host?.shadowRoots?.[0];
    if (!host || !shadow) return null;
    const container = shadow.children?.find((c) => c.localName === 'div');
    if (!container) return null;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: container.nodeId })) as { outerHTML: string };
    // A closed card renders nothing (whether it shows is written inside the shadow root, not on the host).
    return outerHTML === '<div></div>' ? null : outerHTML;
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeId: number;
  localName: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | null {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return null;
}
