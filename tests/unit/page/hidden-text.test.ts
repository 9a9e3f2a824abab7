// Text the reader cannot see is not read: closed <details> (structure alone), and text hidden by
// the page's CSS, judged from computed style. linkedom has no CSS engine, so the tests hand the
// extractor a computed-style reader built from a small class -> style table, as a browser's would.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createMarkedExtractor, extractText, isHiddenByStyle, type RenderStyle } from '../../../src/page/extract';

const body = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as HTMLElement;

const SHOWN: RenderStyle = { display: 'block', visibility: 'visible', position: 'static', clip: 'auto', clipPath: 'none' };
const CLASSES: Record<string, Partial<RenderStyle>> = {
  gone: { display: 'none' },
  invisible: { visibility: 'hidden' },
  'sr-only': { position: 'absolute', clip: 'rect(0px, 0px, 0px, 0px)' },
  'visually-hidden': { position: 'absolute', clipPath: 'inset(50%)' },
  skipped: { contentVisibility: 'hidden' },
  badge: { position: 'absolute' },
};
const asked: string[] = [];
const computedStyle = (element: Element): RenderStyle => {
  asked.push(element.localName);
  return { ...SHOWN, ...CLASSES[element.getAttribute('class') ?? ''] };
};

describe('hidden text', () => {
  it('leaves out text hidden by the page CSS: display, visibility, content-visibility, screen-reader-only clipping', () => {
    const root = body(
      '<p>Shown one.</p><div class="gone"><p>Mark Rutte A</p></div><p class="invisible">Mark Rutte B</p>' +
        '<p>Shown <span class="sr-only">Mark Rutte C</span>two.</p><p>x<span class="visually-hidden">Mark Rutte D</span></p>' +
        '<section class="skipped"><p>Mark Rutte E</p></section><p>Shown <span class="badge">three</span>.</p>',
    );
    expect(extractText(root, { computedStyle }).text).toBe('Shown one.\nShown two.\nx\nShown three.');
  });

  it('asks for the style of blocks and of elements with attributes only, never of bare inline elements', () => {
    asked.length = 0;
    extractText(body('<p>NATO <b>Secretary</b> <i>General</i> <span class="x">Mark Rutte</span></p>'), { computedStyle });
    expect(asked).toEqual(['p', 'span']);
  });

  it('reads only the summary of a closed <details>, everything of an open one', () => {
    const root = body(
      '<details><summary>About Mark Rutte</summary><p>Mark Rutte is NATO Secretary General.</p>loose text</details>' +
        '<details open><summary>More</summary><p>Shown inside.</p></details>',
    );
    expect(extractText(root, { computedStyle: null }).text).toBe('About Mark Rutte\nMore\nShown inside.');
  });

  it('the marked reading (what the first look found) skips the same hidden paragraphs', () => {
    const root = body(
      '<p>Mark Rutte one.</p><div class="gone"><p>Mark Rutte two.</p></div><details><summary>s</summary><p>Mark Rutte three.</p></details>',
    );
    const whole = root.textContent!;
    const marks = [...whole.matchAll(/Mark Rutte/g)].map((m) => m.index!);
    const reader = createMarkedExtractor(root, marks, { computedStyle });
    reader.step(() => false);
    expect(reader.result().text).toBe('Mark Rutte one.');
  });

  it('without a CSS engine (the CLI on linkedom), inline style attributes still count', () => {
    expect(extractText(body('<p style="display: none">Mark Rutte</p><p>Shown.</p>')).text).toBe('Shown.');
  });

  it('judges style values as a browser computes them', () => {
    expect(isHiddenByStyle({ ...SHOWN, display: 'none' })).toBe(true);
    expect(isHiddenByStyle({ ...SHOWN, position: 'absolute', clip: 'rect(1px, 1px, 1px, 1px)' })).toBe(true);
    expect(isHiddenByStyle({ ...SHOWN, clip: 'rect(0px, 0px, 0px, 0px)' })).toBe(false); // clip applies to positioned boxes only
    expect(isHiddenByStyle({ ...SHOWN, position: 'fixed' })).toBe(false);
    expect(isHiddenByStyle(SHOWN)).toBe(false);
  });
});
