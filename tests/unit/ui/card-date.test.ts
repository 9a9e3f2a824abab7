// The card says which date the page was judged as of, where it came from, and which dates the
// page gave that were set aside (src/engine/article-date.ts). Rendered by Preact into linkedom.
import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card, type CardAnnotation } from '../../../src/ui/card/Card';

const annotation: CardAnnotation = {
  id: 1,
  start: 0,
  end: 33,
  quote: 'NATO Secretary General Mark Rutte',
  sentence: 'NATO Secretary General Mark Rutte spoke.',
  verdict: 'supported',
  kind: 'title',
  factIds: ['nato-sg'],
  message: 'Mark Rutte was Secretary General of NATO on that date.',
  fact: 'Mark Rutte: NATO Secretary General since 2024-10-01',
  sources: [],
};

function cardText(props: Partial<Parameters<typeof Card>[0]>): string {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  vi.stubGlobal('document', document);
  const root = document.getElementById('root')!;
  render(
    h(Card, { annotation, asOf: '2026-12-01', asOfSource: 'today', onClose() {}, onReport() {}, ...props }),
    root as unknown as Element,
  );
  return (root.querySelector('.asof')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the card on dates', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('names the dates set aside, and says today is a guess for want of a plausible date', () => {
    const text = cardText({
      rejectedDates: [
        { source: 'meta', date: '1970-01-01', why: 'too-early' },
        { source: 'jsonld', date: '2030-05-01', why: 'future' },
      ],
    });
    expect(text).toBe(
      'Judged as of 2026-12-01, from today (the page shows no plausible date). Set aside: 1970-01-01 from the page’s publication-date tag (before 1990); 2030-05-01 from the page’s structured data (in the future).',
    );
  });

  it('says nothing of rejected dates when there were none', () => {
    expect(cardText({ asOf: '2025-10-22', asOfSource: 'meta' })).toBe('Judged as of 2025-10-22, from the page’s publication-date tag.');
  });
});
