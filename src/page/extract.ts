// Readable text of a page, and a map from offsets in that text back to DOM text nodes.
//
// One implementation for the browser and for Node (linkedom), so the `check` CLI and the
// content script hand the engine identical text. It uses only DOM Core (nodeType, data,
// localName, attributes, child/sibling links): no layout and no getComputedStyle, so a
// large page is one cheap pass.
//
// The text is built like this:
// - text nodes are copied, with runs of whitespace collapsed to one space (as the browser
//   renders them), so "Mark\n      Rutte" in the source reads "Mark Rutte";
// - a "\n" separator is inserted where a block element starts or ends and for <br>, so the
//   last sentence of one paragraph never runs into the first of the next. Separators are
//   synthetic: they belong to no node, and the map snaps offsets in them to a neighbour;
// - each run of text between separators is a block (a paragraph, a heading, a list item):
//   the unit the engine analyses, so a changed paragraph can be re-analysed on its own.

/** Elements whose text the reader does not read as article text, or cannot be ours to mark. */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'button',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'head',
  'title',
  'datalist',
]);

/** Elements rendered as blocks by default: a text boundary on each side. */
const BLOCK_ELEMENTS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** The tag name of Factmark's own UI host and fallback marks; never read as page text. */
export const OWN_ELEMENT_PREFIX = 'factmark-';

export interface TextSegment {
  /** The DOM text node this part of the text was copied from. */
  node: Text;
  /** Where the node's text starts and ends in the extracted text. */
  start: number;
  end: number;
  /**
   * Node offset for each character of [start, end) when whitespace was collapsed; absent when
   * the node's text was copied as it is (the common case), so the offset is `i - start`.
   */
  nodeOffsets?: Int32Array;
}

export interface TextBlock {
  /** Offsets of the block in the extracted text (separators excluded). */
  start: number;
  end: number;
}

export interface DomPosition {
  node: Text;
  offset: number;
}

export interface Extraction {
  text: string;
  segments: TextSegment[];
  blocks: TextBlock[];
}

export interface ExtractOptions {
  /** An element to leave out besides our own (e.g. a page-specific overlay). */
  exclude?: Node | null;
  /**
   * Start the walk at this node inside `root` instead of at the top, and stop at the first
   * block boundary after `maxChars` characters: a quick read of the part of a long page the
   * reader is looking at, before the whole page is read.
   */
  startAt?: Node | null;
  maxChars?: number;
  /**
   * Reads an element's computed style, to leave out text the page's CSS hides. Default: the
   * document's getComputedStyle in a browser, none in Node (linkedom has no CSS engine); null
   * turns the check off.
   */
  computedStyle?: ((element: Element) => RenderStyle) | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const WHITESPACE = /[ \t\n\r\f]/;
const WHITESPACE_RUNS = /[ \t\n\r\f]+/g;
const NEEDS_COLLAPSE = /[\t\n\r\f]| [ \t\n\r\f]/;

/** The computed properties that say whether an element's text is rendered. */
export type RenderStyle = Pick<CSSStyleDeclaration, 'display' | 'visibility' | 'position' | 'clip' | 'clipPath'> & {
  contentVisibility?: string;
};

/**
 * Is the element's text hidden from the reader by the page's CSS? display:none, visibility:hidden,
 * content-visibility:hidden, and the "screen-reader only" pattern (absolutely positioned and
 * clipped away). Only computed *style* is read, never layout (no sizes, no boxes), and only for
 * elements that can carry their own rule (a class or style attribute, or a block): a run of
 * attribute-less inline elements inherits what its parent was found to be.
 */
export function isHiddenByStyle(style: RenderStyle): boolean {
  if (style.display === 'none') return true;
  if (style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (style.contentVisibility === 'hidden') return true;
  if (style.position === 'absolute' || style.position === 'fixed') {
    // clip: rect(0 0 0 0) / rect(1px, 1px, 1px, 1px) and clip-path: inset(50%) are the two
    // spellings of visually-hidden text; a real box with a clip is rare, and skipping it only
    // means a claim goes unchecked, never a false flag.
    if (style.clip && style.clip !== 'auto' && /^rect\(/.test(style.clip)) return true;
    if (style.clipPath && /^inset\(\s*50%/.test(style.clipPath)) return true;
  }
  return false;
}

type StyleOf = ((element: Element) => RenderStyle) | null;

/** getComputedStyle where there is one (a browser); null in Node (linkedom), where only attributes can tell. */
function styleReader(root: Node, options: ExtractOptions): StyleOf {
  if (options.computedStyle !== undefined) return options.computedStyle;
  const view = (root.ownerDocument ?? (root as Document)).defaultView;
  return view && typeof view.getComputedStyle === 'function' ? (element) => view.getComputedStyle(element) : null;
}

/**
 * The element's shadow root when it is open (web components that let the page's scripts in
 * let us in too). Closed shadow roots are out of reach, by design of the platform.
 */
function openShadowRoot(element: Element): ShadowRoot | null {
  const shadow = (element as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
  if (!shadow) return null;
  onShadowRoot?.(shadow);
  return shadow;
}

let onShadowRoot: ((shadow: ShadowRoot) => void) | null = null;
/**
 * Called with each open shadow root the extraction reads: the content script adopts the
 * highlight styles there (::highlight rules of the document do not reach into a shadow tree).
 */
export function setShadowRootHook(hook: ((shadow: ShadowRoot) => void) | null): void {
  onShadowRoot = hook;
}

/**
 * Open shadow hosts under `root` (not inside another shadow tree: those are read with their
 * host). A scan of the element list, done only by the marked reading, whose first look reads
 * `textContent` and so never sees shadow text.
 */
export function openShadowHosts(root: Node): Element[] {
  const container = root as Element | Document;
  if (typeof container.getElementsByTagName !== 'function') return [];
  const all = container.getElementsByTagName('*');
  const out: Element[] = [];
  for (let i = 0; i < all.length; i++) if ((all[i] as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot) out.push(all[i]);
  return out;
}

/** Closed <details>: only its first <summary> is shown. */
function isInClosedDetails(element: Element): boolean {
  const parent = element.parentNode as Element | null;
  if (!parent || parent.localName !== 'details' || parent.hasAttribute('open')) return false;
  if (element.localName !== 'summary') return true;
  for (let sibling = element.previousElementSibling; sibling; sibling = sibling.previousElementSibling)
    if (sibling.localName === 'summary') return true;
  return false;
}

function isSkipped(element: Element, exclude: Node | null | undefined, styleOf: StyleOf = null): boolean {
  const name = element.localName;
  if (SKIPPED_ELEMENTS.has(name)) return true;
  if (name.startsWith(OWN_ELEMENT_PREFIX) && name !== 'factmark-mark') return true;
  if (element === exclude) return true;
  if (isInClosedDetails(element)) return true;
  const hasAttributes = element.hasAttributes();
  if (hasAttributes) {
    // Hidden where that is knowable from attributes alone. aria-hidden is *not* a skip: sites set
    // it on the whole page while a cookie dialog is open, which would hide every article.
    if (element.hasAttribute('hidden')) return true;
    const editable = element.getAttribute('contenteditable');
    if (editable != null && editable !== 'false') return true;
    const style = element.getAttribute('style');
    if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  }
  // The page's stylesheets: asked of blocks and of elements a rule can single out.
  if (styleOf && (hasAttributes || BLOCK_ELEMENTS.has(name)) && isHiddenByStyle(styleOf(element))) return true;
  return false;
}

/** Extracts the readable text under `root` (usually document.body), in one go (CLI, tests). */
export function extractText(root: Node, options: ExtractOptions = {}): Extraction {
  const extractor = createExtractor(root, options);
  extractor.step(() => false);
  return extractor.result();
}

export interface Extractor {
  /**
   * Walks on until done (true) or until `shouldYield()` says to give the main thread back
   * (false; call again later). Asked every few hundred nodes, so its cost does not matter.
   */
  step(shouldYield: () => boolean): boolean;
  result(): Extraction;
}

/** A resumable extraction: a very large page is read in slices, never in one long task. */
export function createExtractor(root: Node, options: ExtractOptions = {}): Extractor {
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;
  // What the text ends with: 'start' (nothing yet), 'separator', 'space' or 'text'.
  let tail: 'start' | 'separator' | 'space' | 'text' = 'start';
  let blockStart = 0;

  const closeBlock = () => {
    // A trailing collapsed space is part of the text but not of the block's content.
    let end = length;
    if (tail === 'space') end -= 1;
    if (end > blockStart) blocks.push({ start: blockStart, end });
  };
  const separate = () => {
    if (tail === 'start' || tail === 'separator') return;
    closeBlock();
    parts.push('\n');
    length += 1;
    tail = 'separator';
    blockStart = length;
  };

  const appendText = (node: Text) => {
    const data = node.data;
    if (!data) return;
    // Fast path: collapse with one regex; most text nodes need no per-character offsets
    // because a "\n" turned into a space keeps the 1:1 mapping.
    // Only runs other than a lone plain space need replacing; most paragraphs have none, and
    // then the node's string is used as it is (no allocation, no per-space replacement).
    let out = NEEDS_COLLAPSE.test(data) ? data.replace(WHITESPACE_RUNS, ' ') : data;
    let droppedLead = false;
    if (out.charCodeAt(0) === 32 && tail !== 'text') {
      out = out.slice(1);
      droppedLead = true;
    }
    if (!out) return;
    const segment: TextSegment = { node, start: length, end: length + out.length };
    if (out.length !== data.length) segment.nodeOffsets = collapsedOffsets(data, out.length, droppedLead);
    if (tail === 'start' || tail === 'separator') blockStart = length;
    segments.push(segment);
    parts.push(out);
    length += out.length;
    tail = out.charCodeAt(out.length - 1) === 32 ? 'space' : 'text';
  };

  // Iterative depth-first walk over child/sibling links: one pass, no recursion limit, a hook
  // on the way out of each element (where a block's closing separator goes), and a position
  // (`node`) to resume from.
  const styleOf = styleReader(root, options);

  /**
   * The rendered content of an open shadow root, read whole (web components hold little text):
   * its own tree, with each <slot> standing for the light-DOM nodes assigned to it (or its
   * fallback content). Recursive, so a component inside a component is read too.
   */
  const readComposed = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      const parent = node.parentNode as Element | null;
      if (parent?.localName !== 'details' || parent.hasAttribute('open')) appendText(node as Text);
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as Element;
    if (element.localName === 'br') return separate();
    if (isSkipped(element, options.exclude, styleOf)) return;
    const block = BLOCK_ELEMENTS.has(element.localName);
    if (block) separate();
    if (element.localName === 'slot') {
      const assigned = (element as HTMLSlotElement).assignedNodes?.({ flatten: true }) ?? [];
      if (assigned.length) for (const child of assigned) readComposed(child);
      else for (let child = element.firstChild; child; child = child.nextSibling) readComposed(child);
    } else {
      const inner: Node = openShadowRoot(element) ?? element;
      for (let child = inner.firstChild; child; child = child.nextSibling) readComposed(child);
    }
    if (block) separate();
  };

  let node: Node | null = options.startAt ?? root.firstChild;
  if (root.nodeType === ELEMENT_NODE && BLOCK_ELEMENTS.has((root as Element).localName)) separate();
  if (!options.startAt && root.nodeType === ELEMENT_NODE && openShadowRoot(root as Element)) {
    // A shadow host read on its own (the marked reading's): its shadow tree, not its light children.
    readComposed(root);
    node = null;
  }
  const maxChars = options.maxChars ?? Infinity;
  let done = false;
  let cached: Extraction | null = null;

  const step = (shouldYield: () => boolean): boolean => {
    let visited = 0;
    while (node) {
      if ((++visited & 255) === 0 && shouldYield()) return false;
      // (closures change `tail`; TypeScript's narrowing cannot see that)
      if (length >= maxChars && (tail as string) === 'separator') break;
      let descend = false;
      if (node.nodeType === TEXT_NODE) {
        // Loose text right inside a closed <details> is hidden too (only the summary shows).
        const parent = node.parentNode as Element | null;
        if (parent?.localName !== 'details' || parent.hasAttribute('open')) appendText(node as Text);
      } else if (node.nodeType === ELEMENT_NODE) {
        const element = node as Element;
        if (element.localName === 'br') separate();
        else if (!isSkipped(element, options.exclude, styleOf)) {
          const shadow = openShadowRoot(element);
          if (shadow) {
            // A web component: what shows is its shadow tree (light children only where slotted).
            readComposed(element);
          } else {
            if (BLOCK_ELEMENTS.has(element.localName)) separate();
            descend = element.firstChild != null;
            if (!descend && BLOCK_ELEMENTS.has(element.localName)) separate();
          }
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Climb until a next sibling exists, closing blocks on the way out.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && node.nodeType === ELEMENT_NODE && BLOCK_ELEMENTS.has((node as Element).localName)) separate();
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    if (!done) {
      done = true;
      // (closures above change `tail`; TypeScript's narrowing cannot see that)
      if ((tail as string) === 'text' || (tail as string) === 'space') closeBlock();
      // A closing block leaves a separator at the very end; no segment refers to it.
      if (parts[parts.length - 1] === '\n') parts.pop();
    }
    return true;
  };

  return {
    step,
    result() {
      if (!done) throw new Error('extraction not finished');
      return (cached ??= { text: parts.join(''), segments, blocks });
    },
  };
}

/**
 * The text of the paragraphs holding `marks` (offsets into `root.textContent`, sorted), and
 * nothing else: what the first look found worth judging (src/page/judge.ts).
 *
 * Why not the walk above with a filter: on a long page most paragraphs hold no mark, and
 * copying their text, collapsing its spaces and mapping its offsets is most of the walk's
 * cost. textContent is every text node's data in document order, so a native NodeIterator over
 * text nodes, reading only their lengths, finds the nodes holding marks; each one's nearest
 * block element is then read with the full walk, and those readings are put end to end.
 */
export function createMarkedExtractor(root: Node, marks: ArrayLike<number>, options: ExtractOptions = {}): Extractor {
  const doc = root.ownerDocument ?? (root as Document);
  const styleOf = styleReader(root, options);
  // 0x4: NodeFilter.SHOW_TEXT (the constant, so this also runs where NodeFilter is not a global).
  // A NodeIterator rather than a TreeWalker: same order, a little faster in Chromium.
  const walker = doc.createNodeIterator(root, 0x4);
  const hits: Node[] = [];
  let raw = 0;
  let next = 0;
  let cached: Extraction | null = null;
  /** The blocks to read, once the hits are all found; then read one by one, in slices like the rest (issue 13). */
  let toRead: Node[] | null = null;
  let reading = 0;
  const parts: string[] = [];
  const segments: TextSegment[] = [];
  const blocks: TextBlock[] = [];
  let length = 0;

  /**
   * Whether an element is skipped, asked once per element: the hits of a page dense with names
   * share their ancestors, and each answer may read computed style.
   */
  const skippedCache = new Map<Element, boolean>();
  const skipped = (element: Element): boolean => {
    let answer = skippedCache.get(element);
    if (answer === undefined) skippedCache.set(element, (answer = isSkipped(element, options.exclude, styleOf)));
    return answer;
  };

  const findHits = (shouldYield: () => boolean): boolean => {
    let visited = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const end = raw + (node as Text).length;
      if (next < marks.length && marks[next] < end) {
        hits.push(node);
        while (next < marks.length && marks[next] < end) next++;
        if (next >= marks.length) break;
      }
      raw = end;
      if ((++visited & 1023) === 0 && shouldYield()) return false;
    }
    return true;
  };

  /** The block elements to read: each hit's nearest block, outermost first, none inside a skipped element. */
  const blocksOfHits = (): Node[] => {
    const out: Node[] = [];
    for (const hit of hits) {
      let block: Node | null = null;
      let inSkipped = false;
      for (let node = hit.parentNode; node && node !== root; node = node.parentNode) {
        if (node.nodeType !== ELEMENT_NODE) continue;
        const element = node as Element;
        if (skipped(element)) {
          inSkipped = true;
          break;
        }
        if (!block && BLOCK_ELEMENTS.has(element.localName)) block = element;
      }
      if (inSkipped) continue;
      block ??= root;
      // Hits come in document order: a block already taken, or inside one, is not read twice;
      // a block around the ones before it replaces them.
      const last = out[out.length - 1];
      if (last && (last === block || last.contains(block))) continue;
      while (out.length && block.contains(out[out.length - 1])) out.pop();
      out.push(block);
    }
    return out;
  };

  /**
   * The blocks to read, plus every open shadow host not inside one of them, in document order:
   * the first look did not see shadow text, so a component's text is read whatever it holds.
   */
  const withShadowHosts = (found: Node[]): Node[] => {
    const hosts = openShadowHosts(root);
    if (!hosts.length) return found;
    const taken = new Set(found);
    const extra = hosts.filter((host) => {
      for (let node: Node | null = host; node && node !== root; node = node.parentNode) {
        if (taken.has(node)) return false;
        if (node !== host && node.nodeType === ELEMENT_NODE && skipped(node as Element)) return false;
      }
      return !skipped(host);
    });
    // A host outside the blocks may still contain some of them: keep the outermost.
    const all = [...found.filter((b) => !extra.some((h) => h.contains(b))), ...extra];
    // Document order (0x4: DOCUMENT_POSITION_FOLLOWING).
    return all.sort((a, b) => (a.compareDocumentPosition(b) & 0x4 ? -1 : 1));
  };

  /** Reads one block with the full walk and puts it after those read before. */
  const readBlock = (element: Node) => {
    const part = extractText(element, options);
    if (!part.text) return;
    if (parts.length) {
      parts.push('\n');
      length += 1;
    }
    for (const segment of part.segments) {
      segment.start += length;
      segment.end += length;
      segments.push(segment);
    }
    for (const block of part.blocks) blocks.push({ start: block.start + length, end: block.end + length });
    parts.push(part.text);
    length += part.text.length;
  };

  return {
    step(shouldYield) {
      if (!toRead) {
        if (!findHits(shouldYield)) return false;
        toRead = withShadowHosts(blocksOfHits());
        if (shouldYield()) return false;
      }
      while (reading < toRead.length) {
        readBlock(toRead[reading++]);
        if (reading < toRead.length && shouldYield()) return false;
      }
      return true;
    },
    result() {
      if (!toRead || reading < toRead.length) throw new Error('extraction not finished');
      return (cached ??= { text: parts.join(''), segments, blocks });
    },
  };
}

/** For each character of the collapsed text, its offset in the node's data (slow path). */
function collapsedOffsets(data: string, count: number, droppedLead: boolean): Int32Array {
  const offsets = new Int32Array(count);
  let k = 0;
  let i = 0;
  if (droppedLead) while (i < data.length && WHITESPACE.test(data[i])) i++;
  while (i < data.length && k < count) {
    offsets[k++] = i;
    if (WHITESPACE.test(data[i])) while (i < data.length && WHITESPACE.test(data[i])) i++;
    else i++;
  }
  return offsets;
}

/** Index of the last segment whose start is <= offset (binary search), or -1. */
function segmentIndexAt(segments: TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function nodeOffset(segment: TextSegment, offset: number): number {
  const i = offset - segment.start;
  if (!segment.nodeOffsets) return i;
  if (i >= segment.nodeOffsets.length) return segment.nodeOffsets[segment.nodeOffsets.length - 1] + 1;
  return segment.nodeOffsets[i];
}

/**
 * The DOM position of a text offset. `side` says which way to snap when the offset falls in a
 * separator: a range's start snaps forward to the next node, its end back to the previous one.
 */
export function toDomPosition(extraction: Extraction, offset: number, side: 'start' | 'end'): DomPosition | null {
  const { segments } = extraction;
  if (!segments.length) return null;
  if (side === 'start') {
    let i = segmentIndexAt(segments, offset);
    if (i >= 0 && offset < segments[i].end) return { node: segments[i].node, offset: nodeOffset(segments[i], offset) };
    i += 1; // in a separator or past a segment: the next node's start
    if (i >= segments.length) return null;
    return { node: segments[i].node, offset: nodeOffset(segments[i], segments[i].start) };
  }
  // An end offset is exclusive: locate the character before it.
  const i = segmentIndexAt(segments, offset - 1);
  if (i < 0) return null;
  const segment = segments[i];
  const last = Math.min(offset, segment.end) - 1;
  return { node: segment.node, offset: nodeOffset(segment, last) + 1 };
}

/** The offset in the extracted text of a DOM position, or -1 when the node was not extracted. */
export function toTextOffset(extraction: Extraction, node: Node, offset: number, index?: Map<Node, TextSegment>): number {
  const segment = index ? index.get(node) : extraction.segments.find((s) => s.node === node);
  if (!segment) return -1;
  if (!segment.nodeOffsets) return Math.min(segment.start + offset, segment.end);
  // First character whose node offset is >= offset.
  const offsets = segment.nodeOffsets;
  for (let i = 0; i < offsets.length; i++) if (offsets[i] >= offset) return segment.start + i;
  return segment.end;
}

/** A node -> segment index, for repeated lookups (hit-testing). */
export function indexSegments(extraction: Extraction): Map<Node, TextSegment> {
  const map = new Map<Node, TextSegment>();
  for (const segment of extraction.segments) map.set(segment.node, segment);
  return map;
}
