// Extraction on real HTML parsed by linkedom: the text the engine sees, and the map back
// to DOM positions that painting depends on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractText, indexSegments, toDomPosition, toTextOffset, type Extraction } from '../../../src/page/extract';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement;

/** The DOM text between two map positions, read straight from the nodes. */
function domSlice(ex: Extraction, start: number, end: number): string {
  const from = toDomPosition(ex, start, 'start')!;
  const to = toDomPosition(ex, end, 'end')!;
  if (from.node === to.node) return from.node.data.slice(from.offset, to.offset);
  let out = from.node.data.slice(from.offset);
  const i = ex.segments.findIndex((s) => s.node === from.node);
  for (let k = i + 1; ex.segments[k].node !== to.node; k++) out += ex.segments[k].node.data;
  return out + to.node.data.slice(0, to.offset);
}

describe('extractText', () => {
  it('separates blocks so sentences do not run together, and keeps inline text joined', () => {
    const ex = extractText(
      body('<h1>Rutte in Washington</h1><p>NATO Secretary General <b>Mark Rutte</b> met Trump.</p><p>Second paragraph.</p>'),
    );
    expect(ex.text).toBe('Rutte in Washington\nNATO Secretary General Mark Rutte met Trump.\nSecond paragraph.');
    expect(ex.blocks.map((b) => ex.text.slice(b.start, b.end))).toEqual([
      'Rutte in Washington',
      'NATO Secretary General Mark Rutte met Trump.',
      'Second paragraph.',
    ]);
  });

  it('collapses source whitespace like the browser renders it', () => {
    const ex = extractText(body('<p>\n   NATO Secretary\n      General   Mark\tRutte\n</p>'));
    expect(ex.text).toBe('NATO Secretary General Mark Rutte ');
    expect(ex.blocks).toEqual([{ start: 0, end: 33 }]);
    const at = ex.text.indexOf('Mark Rutte');
    expect(domSlice(ex, at, at + 'Mark Rutte'.length)).toBe('Mark\tRutte');
  });

  it('skips scripts, styles, form fields, editable areas, hidden blocks and our own UI', () => {
    const ex = extractText(
      body(
        '<p>Kept one.</p><script>var x = "Jens Stoltenberg"</script><style>p{}</style><noscript>ns</noscript>' +
          '<textarea>typed</textarea><select><option>opt</option></select><div contenteditable="true">draft</div>' +
          '<div contenteditable="false">Kept two.</div><div hidden>gone</div><div style="display: none">gone too</div>' +
          '<template><p>tpl</p></template><factmark-card>card</factmark-card><p aria-hidden="true">Kept three.</p>',
      ),
    );
    expect(ex.text).toBe('Kept one.\nKept two.\nKept three.');
  });

  it('treats <br> and table cells as boundaries', () => {
    const ex = extractText(body('<p>Line one<br>Line two</p><table><tr><td>A</td><td>B</td></tr></table>'));
    expect(ex.text).toBe('Line one\nLine two\nA\nB');
  });

  it('maps every offset of the text back to the same character in the DOM', () => {
    const html = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/002.html'), 'utf8');
    const { document } = parseHTML(html);
    const ex = extractText(document.body as unknown as Node);
    expect(ex.text).toContain('NATO Secretary-General Jens Stoltenberg');
    expect(ex.text).not.toContain('hidden teaser');
    expect(ex.text).not.toContain('window.analytics');
    for (const quote of [
      'NATO Secretary-General Jens Stoltenberg',
      'former U.S. President Donald trump',
      'held at Trump’s Mar-a-Lago estate',
    ]) {
      const at = ex.text.indexOf(quote);
      expect(at).toBeGreaterThan(0);
      expect(domSlice(ex, at, at + quote.length)).toBe(quote);
    }
    // Round trip: text offset -> DOM position -> text offset, for each segment's characters.
    const index = indexSegments(ex);
    for (const segment of ex.segments.slice(0, 40)) {
      for (let i = segment.start; i < segment.end; i += 7) {
        const position = toDomPosition(ex, i, 'start')!;
        expect(toTextOffset(ex, position.node, position.offset, index)).toBe(i);
      }
    }
  });

  it('reads a screenful from a given element, stopping at the first block boundary past maxChars', () => {
    const page = body('<p>Top.</p><p id="here">Here starts the view.</p><p>Second <b>one</b> here.</p><p>Third.</p><p>Fourth.</p>');
    const ex = extractText(page, { startAt: page.querySelector('#here'), maxChars: 30 });
    // 21 characters after the first block, 38 after the second: it stops there, at a boundary.
    expect(ex.text).toBe('Here starts the view.\nSecond one here.');
    expect(ex.blocks.map((b) => ex.text.slice(b.start, b.end))).toEqual(['Here starts the view.', 'Second one here.']);
    expect(domSlice(ex, ex.text.indexOf('one'), ex.text.indexOf('one') + 3)).toBe('one');
  });

  it('snaps offsets inside separators to the neighbouring nodes', () => {
    const ex = extractText(body('<p>One.</p><p>Two.</p>'));
    const separator = ex.text.indexOf('\n');
    expect(toDomPosition(ex, separator, 'start')!.node.data).toBe('Two.');
    expect(toDomPosition(ex, separator + 1, 'end')).toMatchObject({ offset: 4 });
  });

  it('keeps the seed article text the engine is scored on', () => {
    // Each paragraph of a seed page is extracted verbatim, so labels found in the plain text
    // are found in the page text too.
    const seeds = readFileSync(join(import.meta.dirname, '../../fixtures/seeds/expected.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    for (const seed of seeds) {
      const { document } = parseHTML(readFileSync(join(import.meta.dirname, `../../fixtures/seeds/${seed.id}.html`), 'utf8'));
      const ex = extractText(document.body as unknown as Node);
      for (const label of seed.labels) expect(ex.text, `${seed.id}: ${label.quote}`).toContain(label.quote);
    }
  });
});
